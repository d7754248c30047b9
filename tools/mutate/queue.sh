#!/usr/bin/env bash
# One lane of a mutation campaign: run tools/mutate/run.sh on one contract once per mutator
# set, in the order given, each with its own log (cache/mutation/<Contract><lane>-<set>.log).
#   tools/mutate/queue.sh <Contract> <lane> <set> [<set> ...] [-- <slither-mutate flags>]
#   e.g. a set: "ROR" or "AOR,ASOR"; flags after `--` go to every set, e.g.
#   -- --target-functions 'fund(uint256),withdrawSurplus(address,uint256)'
# slither-mutate runs the mutators of one invocation in its own order (RR, CR, then by name);
# separate invocations let the most telling mutators run first when a session is short.
set -uo pipefail
contract="${1:?usage: tools/mutate/queue.sh <Contract> <lane> <set>...}"
lane="${2:?missing lane}"
shift 2
sets=()
while [[ $# -gt 0 && "$1" != "--" ]]; do sets+=("$1"); shift; done
[[ $# -gt 0 ]] && shift # the `--`; what follows goes to slither-mutate
here="$(cd "$(dirname "$0")" && pwd)"
for set in "${sets[@]}"; do
    MUTATE_LANE="$lane-${set//,/+}" "$here/run.sh" "$contract" --mutators-to-run "$set" "$@" >/dev/null 2>&1
    echo "$(date -u +%FT%TZ) $contract $set exit=$?"
done
