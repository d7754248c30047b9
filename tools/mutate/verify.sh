#!/usr/bin/env bash
# Check by hand that tests kill one mutant: apply it to a scratch copy of the repository, run the
# tests, expect a failure; restore the original, run again, expect a pass.
#   tools/mutate/verify.sh <Contract> <line> <original text> <mutant text> <--match-test regex>
# e.g. tools/mutate/verify.sh SequencerMining 122 'amount > donated' 'true' 'withdrawSurplus'
# The copy is cache/mutation/verify/ (FOUNDRY_PROFILE=mutate; the working tree is never edited).
# Exit status: 0 if the mutant is killed and the original passes, 1 otherwise.
set -euo pipefail
contract="$1" line="$2" from="$3" to="$4" match="$5"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/cache/mutation/verify"
mkdir -p "$work"
cd "$root"
# Refresh the copy (contracts and tests; out/ and cache/ stay, so builds are incremental).
for d in contracts test tools script; do
    rm -rf "${work:?}/$d"
    cp -a "$d" "$work/$d"
done
cp -a foundry.toml "$work/"
[[ -e "$work/node_modules" ]] || ln -s "$root/node_modules" "$work/node_modules"
mkdir -p "$work/deployments"
# contracts/<Contract>.sol, or in a folder of contracts/ (the vault: contracts/lst/).
src="$(cd "$root" && find contracts -name "$contract.sol" -not -path 'contracts/test/*' | head -n 1)"
file="$work/$src"
python3 - "$file" "$line" "$from" "$to" <<'PY'
import sys
path, line, old, new = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
lines = open(path).read().split("\n")
text = lines[line - 1]
if text.count(old) != 1:
    sys.exit(f"error: line {line} holds {text.count(old)} copies of {old!r}: {text.strip()!r}")
lines[line - 1] = text.replace(old, new)
open(path, "w").write("\n".join(lines))
PY
cd "$work"
export FOUNDRY_PROFILE=mutate PATH="$root/node_modules/@foundry-rs/forge-linux-amd64/bin:$PATH"
echo "== mutant: $contract.sol:$line '$from' -> '$to'"
if forge test --match-test "$match" >"$work/mutant.log" 2>&1; then
    echo "NOT KILLED: the tests matching '$match' pass with the mutant (log: $work/mutant.log)"
    exit 1
fi
grep -E '^\[FAIL' "$work/mutant.log" | sort -u | head -n 5 || { echo "error: no failing test (compile error?)"; tail -n 20 "$work/mutant.log"; exit 1; }
cp "$root/$src" "$file"
if ! forge test --match-test "$match" >"$work/original.log" 2>&1; then
    echo "error: the tests fail on the original too (log: $work/original.log)"
    exit 1
fi
echo "KILLED: fails with the mutant, passes with the original"
