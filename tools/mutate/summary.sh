#!/usr/bin/env bash
# Per-mutator table of one or more slither-mutate logs (make mutate writes them to
# cache/mutation/<Contract><lane>.log):
#   tools/mutate/summary.sh cache/mutation/SequencerLocking-*.log           one table per log
#   tools/mutate/summary.sh --merge cache/mutation/GrantEscrow-*.log        one table for all
# Score = caught / (caught + uncaught); mutants that do not compile are excluded, as
# slither-mutate does. A mutator that a stopped log did not finish is marked "(partial)".
set -euo pipefail
merge=false
if [[ "${1:-}" == "--merge" ]]; then merge=true; shift; fi
[[ $# -gt 0 ]] || { echo "usage: $0 [--merge] <slither-mutate log>..." >&2; exit 2; }

# One line per mutant: <mutator> <CAUGHT|UNCAUGHT|FAILURE> <1 if its log stopped inside it>.
entries() {
    local log="$1" finished=0 last
    grep -q "Finished mutation testing assessment" "$log" && finished=1
    last=$(grep -oE '^INFO:Slither-Mutate:\[[A-Z]+\]' "$log" | tail -n 1 | tr -d '[]' | sed 's/.*://' || true)
    # A mutant's text can span lines: take the mutator from the line that opens the entry and
    # the verdict from the line that ends it.
    awk -v last="$last" -v finished="$finished" '
        /^INFO:Slither-Mutate:\[[A-Z]+\]/ { m = $0; sub(/^INFO:Slither-Mutate:\[/, "", m); sub(/\].*/, "", m) }
        / --> CAUGHT$/ { v = "CAUGHT" } / --> UNCAUGHT$/ { v = "UNCAUGHT" } / --> COMPILATION FAILURE$/ { v = "FAILURE" }
        v != "" { print m, v, (m == last && finished == 0) ? 1 : 0; v = "" }' "$log"
}

table() {
    awk '{ m = $1; r = $2; if (!(m in order)) { order[m] = ++n; names[n] = m }
           if ($3 == 1) part[m] = 1
           if (r == "CAUGHT") c[m]++; else if (r == "UNCAUGHT") u[m]++; else f[m]++ }
         END {
           printf "| mutator | caught | uncaught | did not compile | score |\n|---|---:|---:|---:|---:|\n"
           for (i = 1; i <= n; i++) { m = names[i]; k = c[m] + u[m]; tag = part[m] ? " (partial)" : ""
             printf "| %s%s | %d | %d | %d | %s |\n", m, tag, c[m], u[m], f[m], k ? sprintf("%.1f%%", 100 * c[m] / k) : "n/a"
             tc += c[m]; tu += u[m]; tf += f[m] }
           printf "| **total** | **%d** | **%d** | %d | **%s** |\n", tc, tu, tf, (tc + tu) ? sprintf("%.1f%%", 100 * tc / (tc + tu)) : "n/a"
         }'
}

if $merge; then
    echo "== $*"
    for log in "$@"; do entries "$log"; done | table
else
    for log in "$@"; do
        echo "== $log"
        entries "$log" | table
    done
fi
