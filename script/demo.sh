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


# ---------------------------------------------------------------- the liquid staking vault
CAROL_KEY=0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6
CAROL=0x90F79bf6EB2c4f870365E785982E1f101E93b906
DAVE_KEY=0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a
DAVE=0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65
ERIN_KEY=0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba
NODE_OPS=0x976EA74026E726554dB657fA54763abd0C3a0aa9

say "An LST protocol (Carol) deploys the reference vault: Carol is its governance and its allocator, commission 5%"
ETH_PRIVATE_KEY=$CAROL_KEY run lst deploy --commission 5
VAULT=$(node -e 'console.log(require(process.argv[1]).vault)' "$METIS_DEPLOYMENTS")

say "Governance whitelists the vault and gives Carol a vesting grant from the LST grant pool (50,000 METIS over a year)"
ETH_PRIVATE_KEY=$GOV_KEY run gov whitelist "$VAULT"
ETH_PRIVATE_KEY=$GOV_KEY run grants fund 50000
ETH_PRIVATE_KEY=$GOV_KEY run grants create "$CAROL" 50000 --duration-days 365

say "Two node operators join the vault: each node proves its key for the vault as owner (the second for the vault's next nonce)"
run signer new --out "$WORK/vault-node-1.key"
run signer new --out "$WORK/vault-node-2.key"
ETH_PRIVATE_KEY=$CAROL_KEY run lst add-operator --reward-address "$NODE_OPS" --key-file "$WORK/vault-node-1.key"
ETH_PRIVATE_KEY=$CAROL_KEY run lst add-operator --reward-address "$NODE_OPS" --key-file "$WORK/vault-node-2.key" --nonce 1

say "Dave, a small holder, deposits 500 METIS; Erin deposits 45,000"
ETH_PRIVATE_KEY=$DAVE_KEY run faucet 1000
ETH_PRIVATE_KEY=$ERIN_KEY run faucet 50000
ETH_PRIVATE_KEY=$DAVE_KEY run lst deposit 500
ETH_PRIVATE_KEY=$ERIN_KEY run lst deposit 45000

say "Carol allocates the buffer to two sequencer positions, one per operator"
ETH_PRIVATE_KEY=$CAROL_KEY run lst allocate 0 22500
ETH_PRIVATE_KEY=$CAROL_KEY run lst allocate 1 22500
run lst info

say "30 days pass: the positions earn (15% in this program), and the share price rises with them"
cast rpc evm_increaseTime $((30 * 86400)) >/dev/null
cast rpc evm_mine >/dev/null
run lst info

say "Anyone harvests: the rewards come into the vault, the operators get their 5%; the price stays where it was"
ETH_PRIVATE_KEY=$DAVE_KEY run lst harvest
run balance "$NODE_OPS"

say "Dave asks for all his METIS back: claimable after the unlock delay, from the buffer or the positions"
ETH_PRIVATE_KEY=$DAVE_KEY run lst request-redeem --all
run lst info --holder "$DAVE"

say "Carol claims what has vested of her grant"
ETH_PRIVATE_KEY=$CAROL_KEY run grants claim 1

say "Done: anvil stopped, temporary files removed"
