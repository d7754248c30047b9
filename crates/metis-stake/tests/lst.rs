//! `lst` end to end: a vault deployed by `script/Deploy.s.sol` with `DEPLOY_VAULT=true`: `info`
//! before and after a deposit, a request that waits the unlock delay, `process` that serves it,
//! `redeem` that pays it, `harvest`, a refusal in the vault's words; a deployments file
//! without a vault is refused with the way to deploy one.

mod common;
use alloy::primitives::U256;
use common::*;
use serde_json::Value;

fn info(env: &Env) -> Value {
    let out = ok(env.cli_read().args(["--json", "lst", "info"]));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[tokio::test]
async fn a_holder_deposits_requests_and_claims_through_the_vault() {
    let env = Env::start();
    let out = env.forge_deploy(&[("DEPLOY_VAULT", "true"), ("VAULT_COMMISSION_BPS", "750")]);
    assert!(
        out.status.success(),
        "forge script failed:\n{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    let empty = info(&env);
    assert_eq!(empty["totalAssets"], "0");
    assert_eq!(empty["commissionBps"], "750");
    assert_eq!(empty["positions"], serde_json::json!([]));
    let human = ok(env.cli_read().args(["lst", "info"]));
    assert!(human.contains("commission       7.5%"), "{human}");

    // Account 0 draws TestMetis and deposits 500 METIS through the CLI (approval included).
    ok(env.cli(0).args(["faucet", "1000"]));
    let deposited: Value =
        serde_json::from_str(&ok(env.cli(0).args(["--json", "lst", "deposit", "500"]))).unwrap();
    let amount = U256::from(500u64) * U256::from(10u64).pow(U256::from(18u64));
    assert_eq!(deposited["assets"], amount.to_string());
    assert_eq!(
        deposited["shares"],
        (amount * U256::from(1_000_000u64)).to_string(),
        "a million share units per wei at first"
    );
    let after = info(&env);
    assert_eq!(after["totalAssets"], amount.to_string());
    assert_eq!(after["freeBuffer"], amount.to_string());
    assert_eq!(
        after["sharePrice"], "1000000000000000000",
        "1 METIS per share"
    );

    // A request waits the unlock delay, then the queue serves it and the claim pays.
    let req: Value = serde_json::from_str(&ok(env.cli(0).args([
        "--json",
        "lst",
        "request-redeem",
        "100",
    ])))
    .unwrap();
    assert_eq!(req["requestId"], "1");
    assert_eq!(req["assets"], (amount / U256::from(5u64)).to_string());
    fails(
        env.cli(0).args(["lst", "redeem"]),
        1,
        "has nothing to claim yet",
    );
    env.increase_time(21 * 24 * 3600).await;
    let processed: Value =
        serde_json::from_str(&ok(env.cli(0).args(["--json", "lst", "process"]))).unwrap();
    assert_eq!(processed["served"], serde_json::json!(["1"]));
    let before: U256 = {
        let b: Value = serde_json::from_str(&ok(env.cli(0).args(["--json", "balance"]))).unwrap();
        b["balance"].as_str().unwrap().parse().unwrap()
    };
    let paid: Value =
        serde_json::from_str(&ok(env.cli(0).args(["--json", "lst", "redeem"]))).unwrap();
    assert_eq!(paid["assets"], (amount / U256::from(5u64)).to_string());
    let b: Value = serde_json::from_str(&ok(env.cli(0).args(["--json", "balance"]))).unwrap();
    let now: U256 = b["balance"].as_str().unwrap().parse().unwrap();
    assert_eq!(now - before, amount / U256::from(5u64), "100 METIS back");
    ok(env.cli(0).args(["lst", "harvest"]));
    // Bad input is explained with the vault's own words; nothing is sent.
    fails(
        env.cli(0).args(["lst", "request-redeem", "100000"]),
        1,
        "shares",
    );

    // Without a vault in the deployments file: refused, with the way to deploy one.
    let plain = Env::with_system();
    fails(
        plain.cli_read().args(["lst", "info"]),
        1,
        "the deployments file has no liquid staking vault",
    );
}
