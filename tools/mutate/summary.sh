#!/usr/bin/env bash
# Per-mutator table of one or more slither-mutate logs (make mutate writes them to
# cache/mutation/<Contract><lane>.log):
#   tools/mutate/summary.sh cache/mutation/SequencerLocking-*.log
# Score = caught / (caught + uncaught); mutants that do not compile are excluded, as
# slither-mutate does. The last mutator of a log that was stopped early is marked "(partial)".
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: $0 <slither-mutate log>..." >&2; exit 2; }
for log in "$@"; do
    finished=false
    grep -q "Finished mutation testing assessment" "$log" && finished=true
    last=$(grep -oE '^INFO:Slither-Mutate:\[[A-Z]+\]' "$log" | tail -n 1 | tr -d '[]' | sed 's/.*://')
    echo "== $log"
    # A mutant's text can span lines: take the mutator from the line that opens the entry and
    # the verdict from the line that ends it.
    awk '/^INFO:Slither-Mutate:\[[A-Z]+\]/ { m = $0; sub(/^INFO:Slither-Mutate:\[/, "", m); sub(/\].*/, "", m) }
         / --> CAUGHT$/ { print m, "CAUGHT" } / --> UNCAUGHT$/ { print m, "UNCAUGHT" }
         / --> COMPILATION FAILURE$/ { print m, "FAILURE" }' "$log" |
        awk -v last="$last" -v finished="$finished" '
            { m = $1; r = $2; seen[m] = 1; if (!(m in order)) { order[m] = ++n; names[n] = m }
              if (r == "CAUGHT") c[m]++; else if (r == "UNCAUGHT") u[m]++; else f[m]++ }
            END {
              printf "| mutator | caught | uncaught | did not compile | score |\n|---|---:|---:|---:|---:|\n"
              for (i = 1; i <= n; i++) { m = names[i]; k = c[m] + u[m]
                tag = (m == last && finished != "true") ? " (partial)" : ""
                printf "| %s%s | %d | %d | %d | %s |\n", m, tag, c[m], u[m], f[m], k ? sprintf("%.1f%%", 100 * c[m] / k) : "n/a"
                tc += c[m]; tu += u[m]; tf += f[m] }
              printf "| **total** | **%d** | **%d** | %d | **%s** |\n", tc, tu, tf, (tc + tu) ? sprintf("%.1f%%", 100 * tc / (tc + tu)) : "n/a"
            }'
done
