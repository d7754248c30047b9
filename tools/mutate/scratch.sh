#!/usr/bin/env bash
# The scratch copy a mutant is judged in (used by run.sh and manual.sh):
#   tools/mutate/scratch.sh <Contract> <directory>
# It holds foundry.toml, contracts/, tools/, test/utils/ and the suites that judge a mutant of
# <Contract>: its unit suites, the fuzz twins of its halmos properties, the threat-model attacks
# and the ownership checks; for the two halves of the staking system, the integration suite of
# the real pair too. Invariant suites are left out (30-60 s each; every invariant has unit or
# fuzz counterparts here), except the vault's (below). Prints the suites, space-separated.
set -euo pipefail
contract="${1:?usage: tools/mutate/scratch.sh <Contract> <directory>}"
work="${2:?missing directory}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# The contract's source: contracts/<Contract>.sol, or in a folder of contracts/ (lst/).
src="$(find contracts -name "$contract.sol" -not -path 'contracts/test/*' | head -n 1)"
[[ -n "$src" ]] || { echo "error: no $contract.sol under contracts/" >&2; exit 2; }
shopt -s nullglob
suites=("test/unit/$contract"* "test/halmos/$contract"* test/unit/ThreatModel.t.sol test/unit/RenounceDisabled.t.sol)
case "$contract" in
SequencerLocking | SequencerMining) suites+=(test/integration/*.sol) ;;
# The vault's invariant suite (6 s at the default 64 runs) is its only judge of the FIFO order,
# the books against the positions and the holders' claims under random sequences.
SequencerVault) suites+=(test/invariant/SequencerVault.invariant.t.sol test/invariant/handlers/SequencerVaultHandler.sol) ;;
# The slasher's pieces judge each other: the encoding is only as right as the vectors the
# slasher accepts, and the slasher's integration suite runs on the real locking contract.
EquivocationSlasher | CanonicalVote)
    suites+=(test/unit/EquivocationSlasher.t.sol test/unit/CanonicalVote.t.sol test/integration/EquivocationSlasher.t.sol) ;;
esac
rm -rf "$work"
mkdir -p "$work/test/unit" "$work/test/halmos" "$work/test/integration" "$work/test/invariant/handlers" "$work/script" "$work/cache"
cp -a foundry.toml contracts tools "$work/"
cp -a test/utils "$work/test/"
# Test vectors some suites read (the CometBFT votes of issue 20): without them those suites
# fail on every mutant, which would count as caught.
[[ -d test/fixtures ]] && cp -a test/fixtures "$work/test/"
for s in "${suites[@]}"; do cp -a "$s" "$work/$s"; done
ln -s "$root/node_modules" "$work/node_modules"
echo "${suites[*]}"
