#!/usr/bin/env python3
"""Mutants an earlier campaign already caught, by content hash, so that a resumed campaign
does not judge them again.

    tools/mutate/known.py <contract.sol> <log>... > <known file>

slither-mutate has no way to resume: every run generates and judges every mutant of the
mutators it is given. Its log names each verdict as `[MUT] Line N: 'old' ==> 'new' --> CAUGHT`
and the mutant it judged is the contract with `old` replaced by `new` at that place. This
script rebuilds each CAUGHT mutant of the given logs from the current contract (the first
occurrence of `old` at or after the start of line N), and prints the SHA-256 of every mutant
so rebuilt, one per line. tools/mutate/forge answers a mutant whose hash is listed as caught
without building or testing it.

It is safe by construction:
- only CAUGHT verdicts are reused. The test suites only grow, so a mutant they caught once
  they catch again; survivors and compilation failures are always judged anew, against the
  tests of today;
- a mutant is recognised by the hash of the whole file. If the contract changed since the
  log was written, or the log's strings do not rebuild the exact file (slither-mutate's ROR
  span bug, a multi-line string), no hash matches and the mutant is judged as usual.
"""
import hashlib
import re
import sys

VERDICT = re.compile(r"\[([A-Z]+)\] Line (\d+): '(.*)' ==> '(.*)' --> CAUGHT$", re.DOTALL)
# A log record starts with its level; a verdict whose strings span lines continues without one.
RECORD = re.compile(r"^(?=INFO:|WARNING:|ERROR:|DEBUG:|CRITICAL:|==|   judged by:)", re.MULTILINE)


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    source = open(sys.argv[1], "rb").read()
    starts = [0] + [i + 1 for i, b in enumerate(source) if b == 0x0A]
    hashes = set()
    seen = missed = 0
    for log in sys.argv[2:]:
        with open(log, encoding="utf8", errors="replace") as f:
            for record in RECORD.split(f.read()):
                m = VERDICT.search(record.rstrip("\n"))
                if not m:
                    continue
                seen += 1
                number, old, new = int(m.group(2)), m.group(3).encode(), m.group(4).encode()
                at = source.find(old, starts[number - 1]) if number <= len(starts) else -1
                if at < 0:
                    missed += 1
                    continue
                mutant = source[:at] + new + source[at + len(old) :]
                hashes.add(hashlib.sha256(mutant).hexdigest())
    for h in sorted(hashes):
        print(h)
    print(
        f"known.py: {seen} CAUGHT verdicts, {missed} not found in the contract, "
        f"{len(hashes)} distinct mutants",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
