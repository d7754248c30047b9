//! `sync` end to end against anvil: the validator updates it writes, applied in order the way
//! CometBFT applies ABCI `ValidatorUpdate`s (power 0 removes, else sets the power of that key),
//! give exactly the validator set that `sequencers --format tendermint` exports; every update
//! parses with tendermint-rs and encodes to the ABCI protobuf type; a run resumes from its
//! state file; a reorganisation (anvil's snapshot and revert) is rewound; a state file that
//! does not match the chain stops the self-check.

mod common;
use alloy::providers::Provider;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;

fn lines(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// A follower's validator set: base64 key -> power, updated as CometBFT does.
fn follow(set: &mut BTreeMap<String, u64>, line: &Value) {
    for u in line["validator_updates"].as_array().unwrap() {
        // The reference types: tendermint-rs's `validator::Update`, then the ABCI protobuf.
        let parsed: tendermint::validator::Update = serde_json::from_value(u.clone())
            .unwrap_or_else(|e| panic!("tendermint-rs refuses the update ({e}): {u}"));
        let raw: tendermint_proto::v0_38::abci::ValidatorUpdate = parsed.into();
        assert!(raw.pub_key.is_some(), "an ABCI update carries its key");
        let key = u["pub_key"]["value"].as_str().unwrap().to_string();
        assert_eq!(u["pub_key"]["type"], "tendermint/PubKeySecp256k1");
        let power: u64 = u["power"].as_str().unwrap().parse().unwrap();
        assert_eq!(raw.power as u64, power);
        if power == 0 {
            assert!(
                set.remove(&key).is_some(),
                "a removal of a key not in the set: {u}"
            );
        } else {
            set.insert(key, power);
        }
    }
}

/// The set `sequencers --format tendermint` exports, as key -> power.
fn exported(env: &Env) -> BTreeMap<String, u64> {
    let v: Value = serde_json::from_str(&ok(env.cli_read().args([
        "sequencers",
        "--format",
        "tendermint",
    ])))
    .unwrap();
    v["validators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["pub_key"]["value"].as_str().unwrap().to_string(),
                v["power"].as_str().unwrap().parse().unwrap(),
            )
        })
        .collect()
}

/// `sync --once --state STATE` against `env`'s chain; more arguments may follow.
fn sync_once(env: &Env, state: &std::path::Path) -> assert_cmd::Command {
    let mut c = env.cli_read();
    c.args(["sync", "--once", "--state"]).arg(state);
    c
}

fn sync(env: &Env, dir: &std::path::Path, extra: &[&str]) -> String {
    ok(sync_once(env, &dir.join("state.json"))
        .arg("--out")
        .arg(dir.join("updates.jsonl"))
        .args(extra))
}

#[tokio::test]
async fn a_follower_of_sync_has_the_exported_set_after_every_kind_of_transition() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    let out = dir.join("updates.jsonl");
    let a = env.node_key("a.key");
    let b = env.node_key("b.key");
    ok(env.cli(1).args(["deposit", "40000", "--key-file", &a]));
    ok(env.cli(2).args(["deposit", "50000", "--key-file", &b]));
    sync(&env, &dir, &[]);
    let got = lines(&out);
    assert_eq!(
        got.len(),
        2,
        "one line per block that changed the set: {got:?}"
    );
    assert_eq!(got[1]["setVersion"], "2");
    let mut set = BTreeMap::new();
    for l in &got {
        follow(&mut set, l);
    }
    assert_eq!(set, exported(&env));

    // Every kind of transition, then a resumed run: only the new blocks are written.
    ok(env.cli(1).args(["top-up", "1", "1000"]));
    ok(env.cli(1).args(["top-up", "1", "0.5"])); // the same whole token: no line
    let c = env.node_key("c.key");
    ok(env.cli(1).args(["rotate-signer", "1", "--key-file", &c]));
    ok(env.cli(2).args(["unlock", "2", "10000"]));
    env.increase_time(30 * 86_400).await;
    ok(env.cli(2).args(["claim", "2", "--compound"]));
    ok(env.cli(2).args(["withdraw", "2"])); // not a set change: no line
    ok(env.cli(0).args(["gov", "jail", "1"]));
    ok(env.cli(0).args(["gov", "unjail", "1"]));
    ok(env
        .cli(0)
        .args(["gov", "slash", "2", "2000", "--reason", "test"]));
    let d = env.node_key("d.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &d]));
    ok(env
        .cli(0)
        .args(["gov", "slash", "3", "1", "--reason", "into jail"]));
    ok(env.cli(2).args(["unlock", "2", "--all"]));
    sync(&env, &dir, &[]);
    let got = lines(&out);
    assert_eq!(
        got.len(),
        2 + 10,
        "top-up, rotation, partial unlock, compound, jail, unjail, slash, lock, slash into jail, exit: {got:?}"
    );
    let mut set = BTreeMap::new();
    for l in &got {
        follow(&mut set, l);
    }
    assert_eq!(set, exported(&env), "the follower's set is the contract's");
    assert_eq!(set.len(), 1, "only sequencer 1 is left");
    let state: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("state.json")).unwrap()).unwrap();
    assert_eq!(
        state["cursor"]["number"],
        env.provider.get_block_number().await.unwrap()
    );
    // Nothing new: a run writes nothing.
    sync(&env, &dir, &[]);
    assert_eq!(lines(&out).len(), 12);
}

#[tokio::test]
async fn confirmations_hold_back_the_newest_blocks() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    let a = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "40000", "--key-file", &a]));
    // The lock is in the head block: with 2 confirmations it waits for one more block.
    sync(&env, &dir, &["--confirmations", "2"]);
    assert!(lines(&dir.join("updates.jsonl")).is_empty());
    env.increase_time(1).await;
    sync(&env, &dir, &["--confirmations", "2"]);
    assert_eq!(lines(&dir.join("updates.jsonl")).len(), 1);

    // The state file records the depth: a run that names none keeps it (the new lock waits).
    let state = || -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join("state.json")).unwrap()).unwrap()
    };
    assert_eq!(state()["depth"], serde_json::json!({"confirmations": 2}));
    let b = env.node_key("b.key");
    ok(env.cli(2).args(["deposit", "50000", "--key-file", &b]));
    sync(&env, &dir, &[]);
    assert_eq!(lines(&dir.join("updates.jsonl")).len(), 1, "still 2 deep");
    // A depth named on the command line replaces it, and says so.
    let run = env
        .cli_read()
        .args(["sync", "--once", "--finalized", "--state"])
        .arg(dir.join("state.json"))
        .output()
        .unwrap();
    assert!(run.status.success());
    let said = stderr(&run);
    assert!(
        said.contains("followed blocks with 2 confirmation(s); from now on finalized blocks"),
        "{said}"
    );
    assert_eq!(state()["depth"], "finalized");
    // Two depths at once are refused, wherever --confirmations stands.
    fails(
        env.cli_read().args([
            "--confirmations",
            "3",
            "sync",
            "--once",
            "--finalized",
            "--state",
            dir.join("state.json").to_str().unwrap(),
        ]),
        2,
        "--finalized and --confirmations 3 name two depths",
    );
    // A run that fails before its first line leaves no output file behind.
    let fresh = dir.join("fresh.jsonl");
    fails(
        sync_once(&env, &dir.join("fresh-state.json"))
            .args(["--from-block", "99999999"])
            .arg("--out")
            .arg(&fresh),
        1,
        "--from-block 99999999 is above the head",
    );
    assert!(!fresh.exists(), "no empty output file");
}

#[tokio::test]
async fn a_reorganisation_is_rewound_and_the_follower_ends_on_the_new_chain() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    let out = dir.join("updates.jsonl");
    let a = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "40000", "--key-file", &a]));
    sync(&env, &dir, &[]);
    let snap: Value = env
        .provider
        .raw_request("evm_snapshot".into(), ())
        .await
        .unwrap();
    let b = env.node_key("b.key");
    ok(env.cli(2).args(["deposit", "50000", "--key-file", &b]));
    ok(env.cli(1).args(["top-up", "1", "5000"]));
    sync(&env, &dir, &[]);
    assert_eq!(lines(&out).len(), 3);

    // The last blocks are replaced by another history, longer than the first.
    let _: Value = env
        .provider
        .raw_request("evm_revert".into(), (snap,))
        .await
        .unwrap();
    let c = env.node_key("c.key");
    ok(env.cli(2).args(["deposit", "20000", "--key-file", &c]));
    for _ in 0..5 {
        env.increase_time(1).await;
    }
    sync(&env, &dir, &[]);
    let got = lines(&out);
    let rewind: Vec<&Value> = got.iter().filter(|l| l["rewind"] == true).collect();
    assert_eq!(rewind.len(), 1, "one rewind line: {got:?}");
    let mut set = BTreeMap::new();
    for l in &got {
        follow(&mut set, l);
    }
    assert_eq!(
        set,
        exported(&env),
        "after the rewind the follower has the new chain's set"
    );
    assert_eq!(set.len(), 2);
}

#[tokio::test]
async fn a_state_file_that_does_not_match_the_chain_stops_the_self_check() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    let a = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "40000", "--key-file", &a]));
    sync(&env, &dir, &[]);
    // Someone edits the replayed amount.
    let path = dir.join("state.json");
    let mut state: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    state["set"]["members"]["1"]["amount"] = Value::from("0x1");
    std::fs::write(&path, serde_json::to_string(&state).unwrap()).unwrap();
    let b = env.node_key("b.key");
    ok(env.cli(2).args(["deposit", "50000", "--key-file", &b]));
    let err = fails(
        sync_once(&env, &path)
            .arg("--out")
            .arg(dir.join("updates.jsonl")),
        1,
        "self-check failed at block",
    );
    assert!(err.contains("sequencer 1:"), "{err}");
    assert_eq!(
        lines(&dir.join("updates.jsonl")).len(),
        1,
        "nothing written for the block that failed"
    );
}

#[tokio::test]
async fn a_shorter_new_chain_is_rewound_too() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    let out = dir.join("updates.jsonl");
    let snap: Value = env
        .provider
        .raw_request("evm_snapshot".into(), ())
        .await
        .unwrap();
    let a = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "40000", "--key-file", &a]));
    ok(env.cli(1).args(["top-up", "1", "5000"]));
    sync(&env, &dir, &[]);
    assert_eq!(lines(&out).len(), 2);
    // Back to before both: the cursor's block no longer exists.
    let _: Value = env
        .provider
        .raw_request("evm_revert".into(), (snap,))
        .await
        .unwrap();
    sync(&env, &dir, &[]);
    let got = lines(&out);
    assert_eq!(got.last().unwrap()["rewind"], true, "{got:?}");
    assert_eq!(
        got.last().unwrap()["empty"],
        true,
        "the set is left empty: said on the line"
    );
    assert_eq!(
        got[0].get("empty"),
        None,
        "not on a line that leaves members"
    );
    let mut set = BTreeMap::new();
    for l in &got {
        follow(&mut set, l);
    }
    assert!(set.is_empty(), "the new chain has no member");
    assert_eq!(set, exported(&env));
}

#[tokio::test]
async fn one_process_per_state_file_and_only_a_chain_with_the_contract() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    sync(&env, &dir, &[]);
    // Another sync holds the state file (its lock): refused, nothing written.
    let lock = std::fs::File::open(dir.join("state.json.lock")).unwrap();
    lock.lock().unwrap();
    fails(
        &mut sync_once(&env, &dir.join("state.json")),
        1,
        "another sync is running on",
    );
    drop(lock);
    sync(&env, &dir, &[]);
    // Another state file beside it has a lock of its own (`state.lock` would be shared by
    // `state.json` and `state.other`).
    let lock = std::fs::File::open(dir.join("state.json.lock")).unwrap();
    lock.lock().unwrap();
    ok(&mut sync_once(&env, &dir.join("state.other")));
    drop(lock);

    // The same deployments file against a chain without the contracts (a reset devnet): for
    // sync and for sequencers.
    let other = Env::start();
    std::fs::copy(env.deployments(), other.deployments()).unwrap();
    fails(
        &mut sync_once(&other, &other.dir.path().join("s.json")),
        1,
        "no contract at",
    );
    fails(
        other.cli_read().args(["sequencers"]),
        1,
        "does not match this chain",
    );

    // A deployments file whose `locking` is another contract (here the token): refused, not
    // followed as an empty set.
    let mut wrong = env.deployed();
    wrong["locking"] = wrong["token"].clone();
    let wrong_path = dir.join("wrong.json");
    std::fs::write(&wrong_path, wrong.to_string()).unwrap();
    for args in [
        vec!["sync", "--once", "--state", "wrong-state.json"],
        vec!["sequencers"],
    ] {
        fails(
            assert_cmd::Command::cargo_bin("metis-stake")
                .unwrap()
                .env_clear()
                .current_dir(&dir)
                .args(["--rpc-url", &env.rpc(), "--deployments"])
                .arg(&wrong_path)
                .args(&args),
            1,
            "does not answer as a SequencerLocking",
        );
    }
    assert!(
        !dir.join("wrong-state.json").exists(),
        "no state file written"
    );
}

/// A state file resumed on another chain (same chain id and addresses, another history, as
/// after a devnet reset and a new deployment) is refused as such, not rewound; a
/// `--from-block` above the head, or not a number, is refused with the head named.
#[tokio::test]
async fn another_chain_and_blocks_beyond_the_head_are_named() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    sync(&env, &dir, &[]);
    // Another genesis (anvil's genesis hash follows its start time, to the second: two anvils
    // started in the same second share block 0, and cannot be told apart from a reorganisation).
    let other = Env::start_with(&["--timestamp", "1600000000"]);
    ok(other.cli(0).args(["deploy", "--test-token"]));
    std::fs::copy(env.deployments(), other.deployments()).unwrap();
    let err = fails(
        &mut sync_once(&other, &dir.join("state.json")),
        1,
        "followed another chain",
    );
    assert!(err.contains("start a new --state file"), "{err}");
    let head = env.block_number().await;
    let far = (head + 10).to_string();
    let err = fails(
        sync_once(&env, &dir.join("new.json")).args(["--from-block", &far]),
        1,
        "is above the head",
    );
    assert!(err.contains(&format!("(block {head})")), "{err}");
    fails(
        env.cli_read()
            .args(["sync", "--from-block", "latest", "--state"])
            .arg(dir.join("new.json")),
        2,
        "is not a block number (decimal or 0x hex)",
    );
    // Hex, as cast takes it.
    ok(sync_once(&env, &dir.join("hex.json")).args(["--from-block", &format!("{head:#x}")]));
    // `--out -` is stdout for sequencers too.
    let out = ok(env.cli_read().current_dir(&dir).args([
        "sequencers",
        "--format",
        "tendermint",
        "--out",
        "-",
    ]));
    assert!(out.contains("\"validators\""), "{out}");
    assert!(!dir.join("-").exists(), "no file named -");
}

/// When the relay replaces blocks: around the first `eth_getLogs` it forwards once armed.
#[derive(Clone, Copy, PartialEq, Debug)]
enum When {
    /// Before the logs are read: they come from the new chain, the range's last block changed.
    Before,
    /// After they are read: they come from blocks that are gone when each line is checked.
    After,
}

/// A JSON-RPC relay in front of anvil (HTTP/1.1, one thread per connection) that replaces the
/// last `depth` blocks with empty ones (`anvil_reorg`) in the middle of a `sync` run.
struct Relay {
    url: String,
    armed: std::sync::Arc<std::sync::Mutex<Option<(When, u64)>>>,
}

impl Relay {
    fn start(upstream: String) -> Relay {
        use std::io::{BufRead, BufReader, Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let armed = std::sync::Arc::new(std::sync::Mutex::new(None::<(When, u64)>));
        let shared = armed.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(mut conn) = conn else { return };
                let (upstream, armed) = (upstream.clone(), shared.clone());
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(conn.try_clone().unwrap());
                    loop {
                        let mut length = 0usize;
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return; // the client closed the connection
                        }
                        loop {
                            line.clear();
                            reader.read_line(&mut line).unwrap();
                            let l = line.trim().to_ascii_lowercase();
                            if l.is_empty() {
                                break;
                            }
                            if let Some(v) = l.strip_prefix("content-length:") {
                                length = v.trim().parse().unwrap();
                            }
                        }
                        let mut body = vec![0; length];
                        reader.read_exact(&mut body).unwrap();
                        let get_logs = String::from_utf8_lossy(&body).contains("eth_getLogs");
                        let fire = |now: When| {
                            let mut a = armed.lock().unwrap();
                            if let Some((when, depth)) = *a {
                                if when == now && get_logs {
                                    *a = None;
                                    let reorg = format!(
                                        r#"{{"jsonrpc":"2.0","id":1,"method":"anvil_reorg","params":[{depth},[]]}}"#
                                    );
                                    let answer = post(&upstream, reorg.as_bytes());
                                    assert!(
                                        !String::from_utf8_lossy(&answer).contains("error"),
                                        "anvil_reorg: {}",
                                        String::from_utf8_lossy(&answer)
                                    );
                                }
                            }
                        };
                        fire(When::Before);
                        let answer = post(&upstream, &body);
                        fire(When::After);
                        let head = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                            answer.len()
                        );
                        if conn.write_all(head.as_bytes()).is_err()
                            || conn.write_all(&answer).is_err()
                        {
                            return;
                        }
                    }
                });
            }
        });
        Relay { url, armed }
    }

    fn arm(&self, when: When, depth: u64) {
        *self.armed.lock().unwrap() = Some((when, depth));
    }

    fn fired(&self) -> bool {
        self.armed.lock().unwrap().is_none()
    }
}

/// One JSON-RPC request to `upstream` (`http://host:port`) on its own connection; the body of
/// the answer (anvil answers with a content length, or chunked).
fn post(upstream: &str, body: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let host = upstream.trim_start_matches("http://").trim_end_matches('/');
    let mut s = std::net::TcpStream::connect(host).unwrap();
    let head = format!(
        "POST / HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let headers = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let mut rest = &raw[split + 4..];
    if !headers.contains("transfer-encoding: chunked") {
        return rest.to_vec();
    }
    let mut out = Vec::new();
    loop {
        let end = rest.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&rest[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&rest[end + 2..end + 2 + size]);
        rest = &rest[end + 2 + size + 2..];
    }
}

/// Blocks replaced while `sync` reads them: nothing is written for a block that is gone, and
/// the run reads again and ends on the new chain, both when the blocks change after the logs
/// were read (each line's self-check sees it) and before (the range's last block has changed).
#[tokio::test]
async fn blocks_replaced_while_they_are_read_are_read_again() {
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    let out = dir.join("updates.jsonl");
    let a = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "40000", "--key-file", &a]));
    sync(&env, &dir, &[]);
    let relay = Relay::start(env.rpc());
    let through_relay = || {
        assert_cmd::Command::cargo_bin("metis-stake")
            .unwrap()
            .env_clear()
            .env("RUST_BACKTRACE", "0")
            .args(["--rpc-url", &relay.url, "--deployments"])
            .arg(env.deployments())
            .args(["sync", "--once", "--state"])
            .arg(dir.join("state.json"))
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
    };
    for (when, said) in [
        (When::After, "was replaced while it was read: reading again"),
        (
            When::Before,
            "was replaced while the range was read: reading again",
        ),
    ] {
        let before = env.block_number().await;
        let b = env.node_key(&format!("b-{when:?}.key"));
        ok(env.cli(2).args(["deposit", "50000", "--key-file", &b]));
        ok(env.cli(1).args(["top-up", "1", "5000"]));
        let depth = env.block_number().await - before;
        relay.arm(when, depth);
        let run = through_relay();
        assert!(relay.fired(), "{when:?}: the relay replaced the blocks");
        assert!(run.status.success(), "{when:?}: {}", stderr(&run));
        assert!(stderr(&run).contains(said), "{when:?}: {}", stderr(&run));
        let got = lines(&out);
        assert_eq!(
            got.len(),
            1,
            "{when:?}: nothing for the replaced blocks: {got:?}"
        );
        let mut set = BTreeMap::new();
        for l in &got {
            follow(&mut set, l);
        }
        assert_eq!(set, exported(&env), "{when:?}: the new chain's set");
    }
}

/// A contract with more positions than one `activeSequencersIn` call covers (1,000 ids) is read
/// in ranges, at one block. 2,499 ids are made to have existed (the `nextId` counter of
/// `_set`, slot 5, bits 184..248, raised with `anvil_setStorageAt`: they read as never created),
/// so the two members have ids 2,500 and 2,501, in the third range: `sequencers` and `sync`
/// must find them there.
#[tokio::test]
async fn a_set_past_one_call_is_read_in_ranges() {
    use alloy::primitives::{B256, U256};
    let env = Env::with_system();
    let dir = env.dir.path().to_path_buf();
    let locking = env.addr_of("locking");
    let slot = U256::from(5);
    let word = env.provider.get_storage_at(locking, slot).await.unwrap();
    let mask: U256 = (U256::from(1) << 64) - U256::from(1);
    assert_eq!(
        (word >> 184usize) & mask,
        U256::from(1),
        "the layout: nextId is 1"
    );
    let raised = (word & !(mask << 184usize)) | (U256::from(2_500) << 184usize);
    let _: Value = env
        .provider
        .raw_request(
            "anvil_setStorageAt".into(),
            (locking, B256::from(slot), B256::from(raised)),
        )
        .await
        .unwrap();
    let a = env.node_key("a.key");
    let b = env.node_key("b.key");
    ok(env.cli(1).args(["deposit", "40000", "--key-file", &a]));
    ok(env.cli(2).args(["deposit", "50000", "--key-file", &b]));
    let listed: Value =
        serde_json::from_str(&ok(env.cli_read().args(["--json", "sequencers"]))).unwrap();
    let ids: Vec<&str> = listed["sequencers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["2500", "2501"]);
    sync(&env, &dir, &[]);
    let got = lines(&dir.join("updates.jsonl"));
    assert_eq!(got.len(), 2, "{got:?}");
    let mut set = BTreeMap::new();
    for l in &got {
        follow(&mut set, l);
    }
    assert_eq!(set, exported(&env));
    assert_eq!(set.len(), 2);
}
