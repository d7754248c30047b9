#!/usr/bin/env bash
# The main job on a throwaway local anvil, with the metis-stake CLI. Called by `make demo`,
# which installs the toolchain, puts the native Foundry binaries on PATH and builds the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

CLI=${METIS_STAKE_BIN:-target/debug/metis-stake}
WORK=$(mktemp -d)
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
run() { printf '$ metis-stake %s\n' "$*"; "$CLI" "$@"; }

# A free port, so that an anvil already running on 8545 is left alone.
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export ETH_RPC_URL="http://127.0.0.1:${PORT}"
export METIS_DEPLOYMENTS="$WORK/deployments.json"

# anvil's well-known development accounts (public test keys: never use them on a real chain).
GOV_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
ALICE_KEY=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
ALICE=0x70997970C51812dc3A010C7d01b50e0d17dc79C8
BOB_KEY=0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a
BOB=0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC

say "Starting a local anvil on ${ETH_RPC_URL}"
anvil --port "$PORT" --silent &
ANVIL_PID=$!
trap 'kill $ANVIL_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 50); do cast chain-id >/dev/null 2>&1 && break; sleep 0.1; done
cast chain-id >/dev/null || { echo "error: anvil did not start on port $PORT"; exit 1; }

say "Governance deploys the system (TestMetis as the token), funds two years of rewards, starts the first program (20%) and schedules a second (15%) back to back"
ETH_PRIVATE_KEY=$GOV_KEY run deploy --test-token
ETH_PRIVATE_KEY=$GOV_KEY run faucet 200000
ETH_PRIVATE_KEY=$GOV_KEY run rewards fund 60000
ETH_PRIVATE_KEY=$GOV_KEY run rewards start
ETH_PRIVATE_KEY=$GOV_KEY run rewards schedule --rate 15 --duration-days 365
ETH_PRIVATE_KEY=$GOV_KEY run gov whitelist "$ALICE"
ETH_PRIVATE_KEY=$GOV_KEY run gov whitelist "$BOB"

say "Two operators get tokens and node keys"
ETH_PRIVATE_KEY=$ALICE_KEY run faucet 120000
ETH_PRIVATE_KEY=$BOB_KEY run faucet 120000
run signer new --out "$WORK/alice-node.key"
run signer new --out "$WORK/bob-node.key"

say "Alice's node proves possession of its key for Alice (on the node's machine)"
PROOF_JSON=$("$CLI" --json signer prove --key-file "$WORK/alice-node.key" --owner "$ALICE")
PUBKEY=$(node -e 'console.log(JSON.parse(process.argv[1]).pubkey)' "$PROOF_JSON")
PROOF=$(node -e 'console.log(JSON.parse(process.argv[1]).proof)' "$PROOF_JSON")
echo "pubkey $PUBKEY"
echo "proof  $PROOF"

say "Both deposit: Alice 100,000 METIS with the proof, Bob 50,000 METIS from his key file"
ETH_PRIVATE_KEY=$ALICE_KEY run deposit 100000 --pubkey "$PUBKEY" --proof "$PROOF"
ETH_PRIVATE_KEY=$BOB_KEY run deposit 50000 --key-file "$WORK/bob-node.key"

say "30 days pass"
cast rpc evm_increaseTime $((30 * 86400)) >/dev/null
cast rpc evm_mine >/dev/null
ETH_PRIVATE_KEY=$ALICE_KEY run status

say "Alice claims her reward; Bob compounds his into the lock"
ETH_PRIVATE_KEY=$ALICE_KEY run claim 1
ETH_PRIVATE_KEY=$BOB_KEY run claim 2 --compound

say "Status"
ETH_PRIVATE_KEY=$ALICE_KEY run status
run status --owner "$BOB"
run rewards info

say "A year passes: the second program (15%) is in force; nobody had to do anything"
cast rpc evm_increaseTime $((365 * 86400)) >/dev/null
cast rpc evm_mine >/dev/null
run rewards info
ETH_PRIVATE_KEY=$ALICE_KEY run status
ETH_PRIVATE_KEY=$ALICE_KEY run claim 1

say "Bob's history, as a tax spreadsheet would take it"
run history --owner "$BOB" --format csv

say "The active set, as a Tendermint validator set for the consensus nodes"
run sequencers
run sequencers --format tendermint

say "Done: anvil stopped, temporary files removed"
