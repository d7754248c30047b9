#!/usr/bin/env bash
# `sync` benchmark: a history of 1,000 set changes among 100 sequencers (100 locks, then 900
# top-ups of one whole token, each a change of a member's power), followed by one
# `sync --once` from the deployment block through a counting proxy. Called by `make bench-sync`.
# Expected: one eth_getLogs per range of 10,000 blocks, one eth_call batch (the self-check) per
# written line, and a few block headers; 1,000 lines.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=script/bench-common.sh
source script/bench-common.sh
SEQUENCERS=${SEQUENCERS:-100}
TOPUPS=${TOPUPS:-900}

# Every block's state is kept (no --prune-history): `sync` checks each line against the
# contract at its block, which needs that block's state (about 1,200 blocks here).
start_anvil

echo "setting up: $SEQUENCERS sequencers of one owner, then $TOPUPS top-ups"
q --private-key $GOV deploy --test-token
# The faucet gives 250,000 a day: a draw, a day, a draw... for the locks, the top-ups and a
# year of rewards on them (20%: 4,000 per sequencer).
FUND=$(( SEQUENCERS * 4000 + 10000 ))
for _ in $(seq 1 $(( (SEQUENCERS * 20000 + TOPUPS + FUND) / 250000 + 1 ))); do
  q --private-key $GOV faucet 250000
  cast rpc --rpc-url "$RPC" evm_increaseTime 90000 >/dev/null && cast rpc --rpc-url "$RPC" evm_mine >/dev/null
done
q --private-key $GOV rewards fund "$FUND"
q --private-key $GOV rewards start
q --private-key $GOV gov set-max-sequencers "$SEQUENCERS"
q --private-key $GOV gov permissionless on
for i in $(seq 1 "$SEQUENCERS"); do
  q signer new --out "$WORK/k$i"
  q --private-key $GOV deposit 20000 --key-file "$WORK/k$i"
done
for i in $(seq 1 "$TOPUPS"); do
  q --private-key $GOV top-up $(( (i - 1) % SEQUENCERS + 1 )) 1
done

node tools/rpc-count.js "$PROXY_PORT" "$RPC" "$WORK/counts.json" &
PIDS="$PIDS $!"
sleep 0.3
t0=$(date +%s%N)
"$CLI" --rpc-url "http://127.0.0.1:${PROXY_PORT}" sync --once --state "$WORK/state.json" --out "$WORK/updates.jsonl" 2>"$WORK/err" \
  || { echo "sync failed"; cat "$WORK/err"; exit 1; }
t1=$(date +%s%N)
node -e '
  const fs = require("fs");
  const c = JSON.parse(fs.readFileSync(process.argv[1]));
  const lines = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").length;
  const m = Object.entries(c.methods).map(([k, v]) => `${k} x${v}`).join(", ");
  console.log(`sync --once: ${lines} lines written in ${process.argv[3]} ms, ${c.roundTrips} round trips (${c.calls} calls: ${m})`);
' "$WORK/counts.json" "$WORK/updates.jsonl" $(( (t1 - t0) / 1000000 ))
echo "head block: $(cast block-number --rpc-url "$RPC")"
