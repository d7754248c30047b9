#!/usr/bin/env bash
# The main job on a throwaway local anvil. Called by `make demo` (which puts the native
# Foundry binaries on PATH and builds the contracts first).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n==> %s\n' "$*"; }

# A free port, so that an anvil already running on 8545 is left alone.
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
RPC="http://127.0.0.1:${PORT}"
# anvil's well-known development accounts (public test keys, never use them on a real chain).
DEPLOYER_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
ALICE=0x70997970C51812dc3A010C7d01b50e0d17dc79C8

say "Starting a local anvil on ${RPC}"
anvil --port "$PORT" --silent &
ANVIL_PID=$!
trap 'kill $ANVIL_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do cast chain-id --rpc-url "$RPC" >/dev/null 2>&1 && break; sleep 0.1; done
cast chain-id --rpc-url "$RPC" >/dev/null || { echo "error: anvil did not start on port $PORT"; exit 1; }

say "Deploying TestMetis with a forge script"
TOKEN=$(forge script script/DeployTestMetis.s.sol --rpc-url "$RPC" --broadcast --private-key "$DEPLOYER_KEY" --json 2>/dev/null |
  node -e 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>{for(const l of d.split("\n")){try{const j=JSON.parse(l);if(j.contract_address){console.log(j.contract_address);return}}catch(e){}}process.exit(1)})')
echo "TestMetis at ${TOKEN}"

say "Drawing 20,000 tMETIS from the faucet for ${ALICE}"
cast send --rpc-url "$RPC" --private-key "$DEPLOYER_KEY" "$TOKEN" "faucet(address,uint256)" "$ALICE" 20000ether >/dev/null
echo "faucet transaction confirmed"

say "Balance of ${ALICE}"
echo "$(cast call --rpc-url "$RPC" "$TOKEN" "balanceOf(address)(uint256)" "$ALICE" | cut -d' ' -f1 | xargs cast from-wei) tMETIS"

say "Done: anvil stopped"
