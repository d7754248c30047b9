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

fn sync(env: &Env, dir: &std::path::Path, extra: &[&str]) -> String {
    let state = dir.join("state.json");
    let out = dir.join("updates.jsonl");
    ok(env
        .cli_read()
        .args([
            "sync",
            "--once",
            "--state",
            state.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
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
        env.cli_read().args([
            "sync",
            "--once",
            "--state",
            path.to_str().unwrap(),
            "--out",
            dir.join("updates.jsonl").to_str().unwrap(),
        ]),
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
    let lock = std::fs::File::open(dir.join("state.lock")).unwrap();
    lock.lock().unwrap();
    fails(
        env.cli_read().args([
            "sync",
            "--once",
            "--state",
            dir.join("state.json").to_str().unwrap(),
        ]),
        1,
        "another sync is running on",
    );
    drop(lock);
    sync(&env, &dir, &[]);

    // The same deployments file against a chain without the contracts (a reset devnet).
    let other = Env::start();
    std::fs::copy(env.deployments(), other.deployments()).unwrap();
    fails(
        other.cli_read().args([
            "sync",
            "--once",
            "--state",
            other.dir.path().join("s.json").to_str().unwrap(),
        ]),
        1,
        "no contract at",
    );
}
