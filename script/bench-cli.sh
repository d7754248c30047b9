#!/usr/bin/env bash
# CLI benchmark: wall time and JSON-RPC round trips of `deposit`, of `status` for an owner
# with 20 positions, and of `history` for those 20 positions over 100,000 blocks (its
# eth_getLogs calls), against a local anvil. Called by `make bench-cli`.
# Expected: `status` 2 round trips (eth_chainId, then one eth_call of PositionsLens);
# `deposit` with its approval 4 besides the receipt polls; `history` at most 20 eth_getLogs.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=script/bench-common.sh
source script/bench-common.sh
OWNER_KEY=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
OWNER=0x70997970C51812dc3A010C7d01b50e0d17dc79C8
N=20

# --prune-history: without it anvil keeps every block's state in memory, and 100,000 blocks
# take some 20 GB.
start_anvil --prune-history

echo "setting up: the system, and $N positions of one owner"
q --private-key $GOV deploy --test-token
q --private-key $GOV faucet 200000
q --private-key $GOV rewards fund 200000
q --private-key $GOV rewards start
q --private-key $GOV gov permissionless on
q --private-key $OWNER_KEY faucet 250000
cast rpc --rpc-url "$RPC" evm_increaseTime 90000 >/dev/null && cast rpc --rpc-url "$RPC" evm_mine >/dev/null
q --private-key $OWNER_KEY faucet 250000
for i in $(seq 1 $N); do
  q signer new --out "$WORK/k$i"
  q --private-key $OWNER_KEY deposit 20000 --key-file "$WORK/k$i"
done
q signer new --out "$WORK/k-new"

node tools/rpc-count.js "$PROXY_PORT" "$RPC" "$WORK/counts.json" &
PIDS="$PIDS $!"
sleep 0.3
measure() { # label, then the CLI arguments
  local label=$1; shift
  rm -f "$WORK/counts.json"
  node -e 'require("http").get(process.argv[1], (r) => r.resume())' "http://127.0.0.1:${PROXY_PORT}/reset"
  sleep 0.1
  local t0 t1
  t0=$(date +%s%N)
  "$CLI" --rpc-url "http://127.0.0.1:${PROXY_PORT}" "$@" >/dev/null 2>&1
  t1=$(date +%s%N)
  node -e '
    const c = JSON.parse(require("fs").readFileSync(process.argv[1]));
    const m = Object.entries(c.methods).map(([k, v]) => `${k} x${v}`).join(", ");
    console.log(`${process.argv[2].padEnd(34)} ${String(process.argv[3]).padStart(6)} ms  ${String(c.roundTrips).padStart(3)} round trips  (${c.calls} calls: ${m})`);
  ' "$WORK/counts.json" "$label" $(( (t1 - t0) / 1000000 ))
}
echo
measure "status, owner with $N positions" --private-key $OWNER_KEY status
measure "status --json, owner with $N positions" --private-key $OWNER_KEY --json status
# Empty blocks, mined one by one by anvil: this takes many minutes.
echo "mining 100,000 blocks"
cast rpc --rpc-url "$RPC" --rpc-timeout 36000 anvil_mine 100000 >/dev/null
measure "history, $N positions, 100k blocks" --private-key $OWNER_KEY history
node -e '
  const c = JSON.parse(require("fs").readFileSync(process.argv[1]));
  console.log(`  eth_getLogs calls for ${process.argv[2]} positions over 100,000 blocks: ${c.methods.eth_getLogs || 0}`);
' "$WORK/counts.json" "$N"
measure "deposit (approve + lock)" --private-key $OWNER_KEY deposit 20000 --key-file "$WORK/k-new"
q signer new --out "$WORK/k-new2"
cast send --rpc-url "$RPC" --private-key $OWNER_KEY "$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).token)' "$METIS_DEPLOYMENTS")" "approve(address,uint256)" "$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).locking)' "$METIS_DEPLOYMENTS")" 1000000000000000000000000 >/dev/null
measure "deposit (allowance already set)" --private-key $OWNER_KEY deposit 20000 --key-file "$WORK/k-new2"
