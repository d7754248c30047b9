#!/usr/bin/env bash
# Relational-operator mutants that slither-mutate 0.11.6 writes out wrongly, run correctly.
#   tools/mutate/manual.sh <Contract> <line>[@<k>]...     (@k: only the k-th operator of the line)
# On some lines (a ternary in a `return`, a declaration with an initialiser, a condition with
# several `||`) slither-mutate's ROR pastes the mutated expression over the wrong span of the
# source: `return return a > b ? ...`, `bool x = bool x = ...`. solc rejects that with a syntax
# error and slither-mutate reports "COMPILATION FAILURE", so the mutant is never judged. This
# script makes the intended mutants of the given lines: every relational operator (==, !=, <,
# <=, >, >=) in the line's code, replaced by each of the five others, one at a time; judges each
# with the same suites and test command as tools/mutate/run.sh, in a scratch copy
# (cache/mutation/work/<Contract>-manual/); and logs in slither-mutate's format, mutator "RORM"
# (cache/mutation/<Contract>-manual.log, appended; tools/mutate/summary.sh tabulates it).
set -euo pipefail
contract="${1:?usage: tools/mutate/manual.sh <Contract> <line>...}"
shift
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/cache/mutation/work/$contract-manual"
log="$root/cache/mutation/$contract-manual.log"
cd "$root"
"$root/tools/mutate/scratch.sh" "$contract" "$work" >/dev/null
cd "$work"
export FOUNDRY_PROFILE=mutate PATH="$root/node_modules/@foundry-rs/forge-linux-amd64/bin:$PATH"
# contracts/<Contract>.sol, or in a folder of contracts/ (the vault: contracts/lst/).
src="$(find contracts -name "$contract.sol" -not -path 'contracts/test/*' | head -n 1)"
cp "$src" "$work/original.sol"
forge build >/dev/null
# One mutant per output line: <line>\t<original line>\t<mutated line>
python3 - "$work/original.sol" "$@" >"$work/mutants.tsv" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().split("\n")
ops = ["==", "!=", "<", "<=", ">", ">="]
pattern = re.compile(r"(?<![<>=!])(==|!=|<=|>=|<|>)(?![<>=])")
for arg in sys.argv[2:]:
    n, _, k = arg.partition("@")
    n = int(n)
    text = lines[n - 1]
    code = text.split("//")[0]
    for i, m in enumerate(pattern.finditer(code), 1):
        if k and i != int(k):
            continue
        for op in ops:
            if op == m.group(1):
                continue
            mutated = text[: m.start()] + op + text[m.end():]
            print(f"{n}\t{text.strip()}\t{mutated.strip()}")
PY
while IFS=$'\t' read -r n original mutated; do
    python3 - "$work/original.sol" "$src" "$n" "$mutated" <<'PY'
import sys
lines = open(sys.argv[1]).read().split("\n")
n = int(sys.argv[3])
indent = lines[n - 1][: len(lines[n - 1]) - len(lines[n - 1].lstrip())]
lines[n - 1] = indent + sys.argv[4]
open(sys.argv[2], "w").write("\n".join(lines))
PY
    if ! forge build >"$work/build.log" 2>&1; then
        verdict="COMPILATION FAILURE"
    elif timeout 300 forge test --fail-fast >"$work/test.log" 2>&1; then
        verdict="UNCAUGHT"
        cp "$src" "$root/cache/mutation/$contract-manual-line$n-$(date +%s%N).sol"
    else
        verdict="CAUGHT"
    fi
    echo "INFO:Slither-Mutate:[RORM] Line $n: '$original' ==> '$mutated' --> $verdict" | tee -a "$log"
done <"$work/mutants.tsv"
cp "$work/original.sol" "$src"
echo "INFO:Slither-Mutate:Finished mutation testing assessment of '$contract' (manual ROR)" >>"$log"
