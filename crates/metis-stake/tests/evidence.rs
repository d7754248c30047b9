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
    assert_eq!(info["slashBps"], 500);
    assert_eq!(info["reporterBps"], 1000);
    assert_eq!(info["maxEvidenceAge"], 7 * 86_400);
    assert_eq!(
        info["governance"].as_str().unwrap().to_lowercase(),
        env.address(0).to_string().to_lowercase(),
        "the locking contract's owner"
    );
    // Without the role the slasher's call fails in the locking contract's words.
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        1,
        "does not hold the locking contract's slasher role",
    );
    // The role goes to an equivocation slasher of this locking contract, not to an account.
    let account = env.address(3).to_string();
    let err = fails(
        env.cli(0).args(["gov", "set-slasher", &account]),
        1,
        "is not a contract: the slasher role lets its holder slash any sequencer",
    );
    assert!(err.contains("--force"), "{err}");
    let done = ok(env.cli(0).args(["gov", "set-slasher"]));
    assert!(done.contains("give the slasher role to"), "{done}");
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
    assert_eq!(out["height"], "1000", "a string: heights go past 2^53");
    assert_eq!(out["jailed"], true);
    assert_eq!(out["toTreasury"], wei(1125).to_string());
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
    // The owner's history shows where the slash went: the reporter and the treasury.
    let history = json(&ok(env.cli_read().args([
        "--json",
        "history",
        "--owner",
        &env.address(1).to_string(),
    ])));
    let slash = history
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "slash")
        .expect("a slash row")
        .clone();
    assert_eq!(slash["amount"], wei(1250).to_string());
    assert!(slash["recipient"].is_null(), "{slash}");
    let note = slash["note"].as_str().unwrap();
    assert!(
        note.contains("125 METIS to the reporter") && note.contains("1125 METIS to the treasury"),
        "{note}"
    );
    let jail = history
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "jail")
        .expect("a jail row");
    assert!(jail["token"].is_null(), "no amount, no token: {jail}");
    // Unjailed within the slasher's window: governance hears what that means.
    let unjailed = env.cli(0).args(["gov", "unjail", "1"]).output().unwrap();
    assert!(unjailed.status.success(), "{}", stderr(&unjailed));
    let unjailed = stderr(&unjailed);
    assert!(
        unjailed.contains("note: the equivocation slasher slashed sequencer 1")
            && unjailed.contains("can only be slashed by governance"),
        "{unjailed}"
    );
    // Governance sets the slasher's parameters; those left out keep their value.
    ok(env
        .cli(0)
        .args(["evidence", "set-params", "--reporter-share", "20"]));
    let info = json(&ok(env.cli_read().args(["--json", "evidence", "info"])));
    assert_eq!(info["reporterBps"], 2000);
    assert_eq!(info["slashBps"], 500, "kept");
    fails(
        env.cli(0)
            .args(["evidence", "set-params", "--max-age-days", "30"]),
        1,
        "the slasher refuses evidence up to 30 days old",
    );
    ok(env
        .cli(0)
        .args(["evidence", "set-params", "--reporter-share", "10"]));

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
        "this offence was already slashed: sequencer 1 lost 1250 METIS for it in block",
    );
    assert!(err.contains("125 METIS paid to"), "{err}");
    std::fs::write(&file, case("other_chain")["rpcEvidence"].to_string()).unwrap();
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        1,
        "not both signed by one sequencer's key",
    );
    std::fs::write(
        &file,
        format!("[{}]", case("prevote_round0")["rpcEvidence"]),
    )
    .unwrap();
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        2,
        "it is a list of 1 pieces of evidence: give one",
    );
    std::fs::write(
        &file,
        format!(
            "{{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {{\"block\": {{\"evidence\": {{\"evidence\": [{}]}}}}}}}}",
            case("prevote_round0")["rpcEvidence"]
        ),
    )
    .unwrap();
    fails(
        env.cli(2).args(["evidence", "submit"]).arg(&file),
        2,
        "`result.block.evidence.evidence[i]`",
    );
    fails(
        env.cli(2)
            .args(["evidence", "submit", "--reporter"])
            .arg(alloy::primitives::Address::ZERO.to_string())
            .arg(&file2),
        2,
        "--reporter is the zero address",
    );
    // The slasher's own bounds, worded with the rule broken and the unlock delay.
    let err = fails(
        env.cli(0).args([
            "evidence",
            "deploy",
            "--chain-id",
            "metis-sequencer-1",
            "--max-age-days",
            "30",
            "--force",
        ]),
        1,
        "the slasher refuses evidence up to 30 days old: at most the locking contract's unlock delay",
    );
    assert!(err.contains("(21 whole days)"), "{err}");
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
