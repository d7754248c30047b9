//! `evidence` end to end (issue 20): a position locked with the very node key of a
//! tendermint-rs vector (`test/fixtures/cometbft-votes.json`), the slasher deployed and given
//! its role by governance, the vector's evidence submitted as CometBFT's RPC returns it: the
//! sequencer slashed and jailed, the reporter paid; a second submission, another chain's
//! evidence and a file that is not evidence refused in words.

mod common;
use alloy::primitives::U256;
use common::*;
use serde_json::Value;

/// 2026-01-01T00:00:00Z, the vectors' time.
const T: u64 = 1_767_225_600;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[tokio::test]
async fn double_sign_evidence_from_the_rpc_slashes_the_sequencer() {
    // A chain whose clock starts just before the vectors' votes.
    let env = Env::start_with(&["--timestamp", &(T - 600).to_string()]);
    ok(env.cli(0).args(["deploy", "--test-token"]));
    ok(env.cli(0).args(["faucet", "200000"]));
    ok(env.cli(0).args(["rewards", "fund", "100000"]));
    ok(env.cli(0).args(["rewards", "start"]));
    ok(env
        .cli(0)
        .args(["gov", "whitelist", &env.address(1).to_string()]));
    ok(env.cli(1).args(["faucet", "100000"]));
    // The vectors' first key (`cometbft_votes.rs`: 0x11, zeros, 1) as a node key file.
    let key = env.dir.path().join("vector-1.key");
    std::fs::write(&key, format!("0x11{}01\n", "00".repeat(30))).unwrap();
    let locked = json(&ok(env
        .cli(1)
        .args(["--json", "deposit", "25000", "--key-file"])
        .arg(&key)));
    let fixtures: Value = json(
        &std::fs::read_to_string(workspace_root().join("test/fixtures/cometbft-votes.json"))
            .unwrap(),
    );
    let case = |name: &str| -> Value {
        fixtures["cases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(
        locked["signer"].as_str().unwrap().to_lowercase(),
        case("prevote_round0")["signer"]
            .as_str()
            .unwrap()
            .to_lowercase(),
        "the vector's signer"
    );

    // Before the slasher exists: refused, with the way to deploy one.
    let file = env.dir.path().join("evidence.json");
    std::fs::write(&file, case("prevote_round0")["rpcEvidence"].to_string()).unwrap();
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        1,
        "no equivocation slasher",
    );
    let deployed = json(&ok(env.cli(0).args([
        "--json",
        "evidence",
        "deploy",
        "--chain-id",
        "metis-sequencer-1",
    ])));
    assert_eq!(deployed["slashBps"], 500);
    let info = json(&ok(env.cli_read().args(["--json", "evidence", "info"])));
    assert_eq!(info["holdsRole"], false);
    // Without the role the slasher's call fails in the locking contract's words.
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        1,
        "does not hold the locking contract's slasher role",
    );
    ok(env.cli(0).args(["gov", "set-slasher"]));
    assert_eq!(
        json(&ok(env.cli_read().args(["--json", "evidence", "info"])))["holdsRole"],
        true
    );

    // An hour after the votes, account 2 reports them.
    let now: u64 = {
        use alloy::providers::Provider;
        env.provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .unwrap()
            .unwrap()
            .header
            .timestamp
    };
    env.increase_time(T + 3600 - now).await;
    let before = json(&ok(env.cli(2).args(["--json", "balance"])))["balance"]
        .as_str()
        .unwrap()
        .parse::<U256>()
        .unwrap();
    let out = json(&ok(env
        .cli(2)
        .args(["--json", "evidence", "submit"])
        .arg(&file)));
    assert_eq!(out["id"], "1");
    assert!(out["commitTx"].is_string(), "committed first: {out}");
    assert!(out["commitment"].is_string(), "{out}");
    assert_eq!(out["amount"], wei(1250).to_string(), "5% of 25,000");
    assert_eq!(out["reward"], wei(125).to_string(), "10% of the slash");
    let after = json(&ok(env.cli(2).args(["--json", "balance"])))["balance"]
        .as_str()
        .unwrap()
        .parse::<U256>()
        .unwrap();
    assert_eq!(after - before, wei(125), "paid");
    let status = json(&ok(env.cli_read().args(["--json", "status", "1"])));
    assert_eq!(status["positions"][0]["status"], "jailed", "{status}");

    // A second position, by the key of the nil-vote vector; its report pays account 3. The
    // node refuses the reveal (the run stops after the commit): the same command again finds
    // the commitment on chain and reveals it.
    let key2 = env.dir.path().join("vector-2.key");
    std::fs::write(&key2, format!("0x11{}02\n", "00".repeat(30))).unwrap();
    ok(env
        .cli(1)
        .args(["deposit", "25000", "--key-file"])
        .arg(&key2));
    let file2 = env.dir.path().join("evidence-2.json");
    std::fs::write(
        &file2,
        case("precommit_nil_and_block")["rpcEvidence"].to_string(),
    )
    .unwrap();
    let mut sends = 0;
    let relay = common::proxy::Relay::start(
        &env.rpc(),
        Box::new(move |_| {
            sends += 1;
            if sends == 2 {
                common::proxy::Act::Refuse
            } else {
                common::proxy::Act::Pass
            }
        }),
    );
    let reporter = env.address(3).to_string();
    let stopped = env
        .cli_via(2, &relay.url)
        .args(["evidence", "submit", "--reporter", &reporter])
        .arg(&file2)
        .output()
        .unwrap();
    let err = stderr(&stopped);
    assert_eq!(stopped.status.code(), Some(1), "{err}");
    assert!(
        err.contains("confirmed: commit to the double-sign evidence at height 77"),
        "{err}"
    );
    assert!(err.contains("refused by the test relay"), "{err}");
    let resumed = env
        .cli(2)
        .args(["--json", "evidence", "submit", "--reporter", &reporter])
        .arg(&file2)
        .output()
        .unwrap();
    let err = stderr(&resumed);
    assert!(resumed.status.success(), "{err}");
    assert!(err.contains("already made in block"), "{err}");
    let out = json(&stdout(&resumed));
    assert_eq!(out["id"], "2");
    assert!(out["commitTx"].is_null(), "not committed again: {out}");
    assert_eq!(out["reporter"].as_str().unwrap(), reporter, "{out}");
    let paid = json(&ok(env.cli(3).args(["--json", "balance"])))["balance"]
        .as_str()
        .unwrap()
        .parse::<U256>()
        .unwrap();
    assert_eq!(paid, wei(125), "the reporter named in the commitment");

    // The same offence again, another chain's evidence, and a file that is not evidence.
    let err = fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        1,
        "already slashed",
    );
    assert!(
        err.contains("nothing was sent: the slasher would refuse the reveal"),
        "{err}"
    );
    std::fs::write(&file, case("other_chain")["rpcEvidence"].to_string()).unwrap();
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        1,
        "not both signed by one sequencer's key",
    );
    std::fs::write(
        &file,
        "{\"type\": \"tendermint/LightClientAttackEvidence\", \"value\": {}}",
    )
    .unwrap();
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        2,
        "is not CometBFT duplicate-vote evidence",
    );
}
