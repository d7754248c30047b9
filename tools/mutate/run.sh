#!/usr/bin/env bash
# Mutation campaign of one contract (`make mutate` calls this once per contract).
#   tools/mutate/run.sh <Contract> [extra slither-mutate flags]
# Environment: MUTATE_TIMEOUT (seconds, default 300), MUTATE_LANE (a suffix, so that two
# campaigns of the same contract, e.g. split by --mutators-to-run, can run side by side),
# MUTATE_VENV (the Python environment holding slither-mutate, default .venv),
# MUTATE_RESUME (space-separated logs of earlier campaigns of this contract: the mutants they
# caught are not judged again, see tools/mutate/known.py; their count is printed at the end).
#
# slither-mutate edits the contract in place. The campaign therefore runs in a scratch copy,
# cache/mutation/work/<Contract><lane>/, never in the working tree: an interrupted run cannot
# leave a mutant behind in contracts/, and several campaigns can run at once. The copy holds
# only the contracts, the test helpers and the suites that judge this contract (scratch.sh). Using
# forge's --skip instead is not enough: a --skip build leaves the skipped files that import
# the mutated contract dirty, so forge recompiles on every command (measured: every mutant
# compiled twice, 60 files each time).
set -euo pipefail
contract="${1:?usage: tools/mutate/run.sh <Contract> [slither-mutate flags]}"
shift
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
lane="${MUTATE_LANE:-}"
venv="${MUTATE_VENV:-$root/.venv}"
work="$root/cache/mutation/work/$contract$lane"
log="$root/cache/mutation/$contract$lane.log"
suites="$("$root/tools/mutate/scratch.sh" "$contract" "$work")"
# contracts/<Contract>.sol, or in a folder of contracts/ (the vault: contracts/lst/).
src="$(find contracts -name "$contract.sol" -not -path 'contracts/test/*' | head -n 1)"

known=""
if [[ -n "${MUTATE_RESUME:-}" ]]; then
    known="$work/cache/known-caught"
    # shellcheck disable=SC2086 # a list of log files
    "$venv/bin/python" "$root/tools/mutate/known.py" "$src" $MUTATE_RESUME >"$known"
    : >"$known.reused"
fi

echo "== mutating $contract$lane in $work (log: $log)"
echo "   judged by: $suites"
cd "$work"
PATH="$work/tools/mutate:$PATH" FOUNDRY_PROFILE=mutate MUTATE_MARKER="$work/cache/mutate-parsed" \
    MUTATE_KNOWN="$known" MUTATE_SOURCE="$work/$src" \
    "$venv/bin/slither-mutate" "$src" --contract-names "$contract" \
    --test-cmd "forge test --fail-fast" --timeout "${MUTATE_TIMEOUT:-300}" \
    --output-dir "$root/cache/mutation/$contract$lane" -v "$@" 2>&1 | tee "$log"
if [[ -n "$known" ]]; then
    echo "INFO:Slither-Mutate:reused: $(sort -u "$known.reused" | wc -l) CAUGHT verdicts of earlier campaigns (MUTATE_RESUME)" | tee -a "$log"
fi
