# Shared by the CLI benchmarks (script/bench-cli.sh, script/bench-sync.sh); sourced, not run.
# Defines CLI (the binary measured), WORK (a temporary directory), RPC and PROXY_PORT, the
# deployments file, GOV (anvil's first key, which deploys and governs), `start_anvil [FLAGS]`
# (an anvil on RPC, stopped and WORK removed on exit) and `q` (a CLI call whose output is
# dropped; a failure stops the benchmark with its error).
CLI=${METIS_STAKE_BIN:-target/release/metis-stake}
WORK=$(mktemp -d)
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PORT=$(free_port)
PROXY_PORT=$(free_port)
RPC="http://127.0.0.1:${PORT}"
export METIS_DEPLOYMENTS="$WORK/deployments.json"
GOV=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80

start_anvil() {
  anvil --port "$PORT" --silent "$@" &
  PIDS=$!
  trap 'kill $PIDS 2>/dev/null || true; rm -rf "$WORK"' EXIT
  for _ in $(seq 1 50); do cast chain-id --rpc-url "$RPC" >/dev/null 2>&1 && break; sleep 0.1; done
}

q() { "$CLI" --rpc-url "$RPC" "$@" >/dev/null 2>"$WORK/err" || { echo "failed: metis-stake $*"; cat "$WORK/err"; exit 1; }; }
