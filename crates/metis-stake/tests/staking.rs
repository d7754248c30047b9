//! The staker's journey and its bad inputs, end to end against a real anvil.

mod common;
use common::*;
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[tokio::test]
async fn deposit_claim_compound_unlock_withdraw() {
    let env = Env::with_system();
    let owner = env.address(1).to_string();

    // The node proves possession on its own machine; the owner deposits with the proof.
    let key = env.node_key("node1.key");
    let proof = json(&ok(env.cli_read().args([
        "--json",
        "signer",
        "prove",
        "--key-file",
        &key,
        "--owner",
        &owner,
    ])));
    let out = ok(env.cli(1).args([
        "--json",
        "deposit",
        "50000",
        "--pubkey",
        proof["pubkey"].as_str().unwrap(),
        "--proof",
        proof["proof"].as_str().unwrap(),
    ]));
    let dep = json(&out);
    assert_eq!(dep["id"], "1");
    assert_eq!(dep["signer"], proof["signer"]);

    // A second sequencer from a key file directly.
    let key2 = env.node_key("node2.key");
    let out = ok(env.cli(2).args(["deposit", "20000", "--key-file", &key2]));
    assert!(out.starts_with("sequencer 2 locked 20000 METIS"), "{out}");

    ok(env.cli(1).args(["top-up", "1", "10000"]));
    let st = json(&ok(env.cli(1).args(["--json", "status"])));
    assert_eq!(st["positions"][0]["amount"], "60000000000000000000000");
    assert_eq!(st["positions"][0]["status"], "active");

    // The active set, and as a Tendermint validator set.
    let set = json(&ok(env.cli_read().args(["--json", "sequencers"])));
    assert_eq!(set["sequencers"].as_array().unwrap().len(), 2);
    assert_eq!(set["sequencers"][0]["votingPower"], "60000");
    let tm = json(&ok(env.cli_read().args([
        "sequencers",
        "--format",
        "tendermint",
    ])));
    assert_eq!(tm["validators"][1]["power"], "20000");
    assert_eq!(
        tm["validators"][0]["pub_key"]["type"],
        "tendermint/PubKeySecp256k1"
    );

    // 30 days pass: 60,000 x 20% x 30/365 = 986.30... METIS.
    env.increase_time(30 * 86_400).await;
    let st = json(&ok(env.cli(1).args(["--json", "status", "1"])));
    let pending: f64 = st["positions"][0]["pendingReward"]
        .as_str()
        .unwrap()
        .parse::<f64>()
        .unwrap()
        / 1e18;
    assert!((pending - 986.30).abs() < 0.1, "pending {pending}");

    let claimed = json(&ok(env.cli(1).args(["--json", "claim", "1"])));
    assert_eq!(
        claimed["to"].as_str().unwrap().to_lowercase(),
        owner.to_lowercase()
    );
    env.increase_time(86_400).await;
    let comp = json(&ok(env.cli(1).args(["--json", "claim", "1", "--compound"])));
    assert_ne!(comp["compounded"], "0");

    // Partial unlock stays active; full unlock leaves the set.
    ok(env.cli(1).args(["unlock", "1", "5000"]));
    let st = json(&ok(env.cli(1).args(["--json", "status", "1"])));
    assert_eq!(st["positions"][0]["status"], "active");
    assert_eq!(
        st["positions"][0]["pendingWithdrawal"],
        "5000000000000000000000"
    );

    // Withdraw before the delay: refused with the time, nothing sent.
    let before = env.snapshot().await;
    fails(env.cli(1).args(["withdraw", "1"]), 1, "is not ready until");
    assert_eq!(env.snapshot().await, before, "chain unchanged");

    env.increase_time(21 * 86_400).await;
    let w = json(&ok(env.cli(1).args(["--json", "withdraw", "1"])));
    assert_eq!(w["amount"], "5000000000000000000000");

    ok(env.cli(2).args(["unlock", "2", "--all"]));
    let set = json(&ok(env.cli_read().args(["--json", "sequencers"])));
    assert_eq!(
        set["sequencers"].as_array().unwrap().len(),
        1,
        "sequencer 2 left the set"
    );
    env.increase_time(21 * 86_400).await;
    ok(env.cli(2).args(["withdraw", "2"]));
    let st = json(&ok(env.cli(2).args(["--json", "status", "2"])));
    assert_eq!(st["positions"][0]["status"], "exited");

    let info = json(&ok(env.cli_read().args(["--json", "rewards", "info"])));
    assert_eq!(info["rateBps"], 2000);
}

#[tokio::test]
async fn bad_deposits_are_refused_before_anything_is_sent() {
    let env = Env::with_system();
    let key = env.node_key("node.key");
    let before = env.snapshot().await;

    fails(
        env.cli(1).args(["deposit", "10000", "--key-file", &key]),
        1,
        "10000 METIS is below the minimum lock of 20000 METIS",
    );
    fails(
        env.cli(1).args(["deposit", "100001", "--key-file", &key]),
        1,
        "above the maximum lock",
    );
    fails(
        env.cli(1).args(["deposit", "lots", "--key-file", &key]),
        2,
        "not an amount",
    );
    fails(
        env.cli(1).args(["deposit", "-20000", "--key-file", &key]),
        2,
        "negative",
    );
    fails(
        env.cli(1)
            .args(["deposit", "20000.0000000000000000001", "--key-file", &key]),
        2,
        "decimals",
    );
    fails(
        env.cli(1).args([
            "deposit",
            "20000",
            "--pubkey",
            "0x1234",
            "--proof",
            &format!("0x{}", "11".repeat(65)),
        ]),
        2,
        "64 bytes",
    );
    fails(
        env.cli(1)
            .args(["deposit", "20000", "--pubkey", "nothex", "--proof", "0x00"]),
        2,
        "not hex",
    );
    fails(env.cli(1).args(["deposit", "20000"]), 2, "error:");

    // A proof made for another owner (account 2) does not work for account 1.
    let other = json(&ok(env.cli_read().args([
        "--json",
        "signer",
        "prove",
        "--key-file",
        &key,
        "--owner",
        &env.address(2).to_string(),
    ])));
    fails(
        env.cli(1).args([
            "deposit",
            "20000",
            "--pubkey",
            other["pubkey"].as_str().unwrap(),
            "--proof",
            other["proof"].as_str().unwrap(),
        ]),
        1,
        "proof of possession does not match",
    );

    // Not whitelisted and without tokens: the contract's refusal comes first, since more
    // tokens would not help.
    let err = fails(
        env.cli(3).args(["deposit", "20000", "--key-file", &key]),
        1,
        "is not whitelisted: while the whitelist is in force it cannot lock or add to a position",
    );
    assert!(!err.contains("holds 0 METIS"), "{err}");
    assert_eq!(
        env.snapshot().await,
        before,
        "nothing sent by any refused deposit"
    );
    ok(env
        .cli(0)
        .args(["gov", "whitelist", &env.address(3).to_string()]));
    let before = env.snapshot().await;
    fails(
        env.cli(3).args(["deposit", "20000", "--key-file", &key]),
        1,
        "holds 0 METIS, but the locking contract would pull 20000 METIS",
    );
    assert_eq!(env.snapshot().await, before, "nothing sent");

    // A key already used by another position (the squatting attempt).
    let before = env.snapshot().await;
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &key]));
    let after_first = env.snapshot().await;
    assert_ne!(after_first, before);
    fails(
        env.cli(2).args(["deposit", "20000", "--key-file", &key]),
        1,
        "is already bound to sequencer 1",
    );
    assert_eq!(env.snapshot().await, after_first, "nothing sent");
}

#[tokio::test]
async fn strangers_cannot_touch_a_position() {
    let env = Env::with_system();
    let key = env.node_key("node.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &key]));
    env.increase_time(86_400).await;
    let before = env.snapshot().await;
    fails(
        env.cli(2).args(["claim", "1"]),
        1,
        "does not own sequencer 1",
    );
    fails(
        env.cli(2).args(["claim", "1", "--compound"]),
        1,
        "does not own sequencer 1",
    );
    fails(
        env.cli(2).args(["unlock", "1", "--all"]),
        1,
        "does not own sequencer 1",
    );
    fails(
        env.cli(2).args(["top-up", "1", "1"]),
        1,
        "does not own sequencer 1",
    );
    fails(env.cli(2).args(["gov", "jail", "1"]), 1, "only the owner");
    fails(
        env.cli(1).args(["withdraw", "1"]),
        1,
        "has nothing to withdraw",
    );
    fails(
        env.cli(1).args(["claim", "7"]),
        1,
        "there is no sequencer 7",
    );
    assert_eq!(env.snapshot().await, before, "chain unchanged");
}

/// A de-whitelisted operator (governance removed it) cannot top up or compound while the
/// whitelist is in force: the contract refuses in the simulation, the words fit each command,
/// nothing is sent. It can still claim, and tops up again once the set is permissionless.
#[tokio::test]
async fn a_removed_operator_cannot_add_but_can_claim() {
    let env = Env::with_system();
    let owner = env.address(1).to_string();
    let key = env.node_key("node.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &key]));
    env.increase_time(86_400).await;
    ok(env.cli(0).args(["gov", "whitelist", &owner, "--remove"]));

    let before = env.snapshot().await;
    let nonce = env.nonce(1).await;
    let err = fails(
        env.cli(1).args(["top-up", "1", "5000"]),
        1,
        &format!(
            "error: {owner} is not whitelisted: while the whitelist is in force it cannot lock or add to a position"
        ),
    );
    assert!(
        err.contains("hint: a removed operator cannot add to sequencer 1 while the whitelist is in force; it can still unlock, withdraw and claim"),
        "{err}"
    );
    assert!(
        !err.contains("holds"),
        "the refusal, not the balance: {err}"
    );
    let err = fails(
        env.cli(1).args(["claim", "1", "--compound"]),
        1,
        &format!("error: {owner} is not whitelisted"),
    );
    assert!(
        err.contains("hint: take the reward with `metis-stake claim 1` instead"),
        "{err}"
    );
    assert_eq!(
        env.nonce(1).await,
        nonce,
        "the operator's nonce did not move"
    );
    assert_eq!(env.snapshot().await, before, "nothing sent");
    let st = json(&ok(env.cli(1).args(["--json", "status", "1"])));
    assert_eq!(st["positions"][0]["amount"], "20000000000000000000000");

    // The claim is never blocked by the whitelist.
    let claimed = json(&ok(env.cli(1).args(["--json", "claim", "1"])));
    assert_ne!(claimed["claimed"], "0");

    // Once permissionless, the whitelist is not read: the top-up goes through.
    ok(env.cli(0).args(["gov", "permissionless", "on"]));
    ok(env.cli(1).args(["top-up", "1", "5000"]));
    let st = json(&ok(env.cli(1).args(["--json", "status", "1"])));
    assert_eq!(st["positions"][0]["amount"], "25000000000000000000000");
}

#[tokio::test]
async fn governance_jails_and_unjails() {
    let env = Env::with_system();
    let key = env.node_key("node.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &key]));
    ok(env.cli(0).args(["gov", "jail", "1"]));
    let st = json(&ok(env.cli(1).args(["--json", "status", "1"])));
    assert_eq!(st["positions"][0]["status"], "jailed");
    let set = json(&ok(env.cli_read().args(["--json", "sequencers"])));
    assert!(set["sequencers"].as_array().unwrap().is_empty());
    // A jailed sequencer can still leave.
    ok(env.cli(1).args(["unlock", "1", "--all"]));
    let out = ok(env
        .cli(0)
        .args(["gov", "slash", "1", "1000", "--reason", "double signing"]));
    assert!(out.contains("done: slash 1000 METIS"), "{out}");
    fails(
        env.cli(0)
            .args(["gov", "slash", "1", "5000", "--reason", "again"]),
        1,
        "exceeds the per-event cap",
    );
}
