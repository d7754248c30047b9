//! The LST grant program from the CLI, against a real anvil.

mod common;
use common::*;
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[tokio::test]
async fn create_vest_claim_approve_revoke() {
    let env = Env::start();
    ok(env.cli(0).args(["deploy", "--test-token"]));
    ok(env.cli(0).args(["faucet", "230000"]));
    let lst = env.address(1).to_string();
    let other = env.address(2).to_string();

    // Not funded yet: refused, nothing sent.
    let before = env.snapshot().await;
    fails(
        env.cli(0)
            .args(["grants", "create", &lst, "1000", "--duration-days", "100"]),
        1,
        "the escrow is funded for only 0 METIS more",
    );
    assert_eq!(env.snapshot().await, before);

    ok(env.cli(0).args(["grants", "fund", "220000"]));
    ok(env.cli(0).args([
        "grants",
        "create",
        &lst,
        "100000",
        "--duration-days",
        "100",
        "--revocable",
        "--description",
        "LST A",
    ]));
    ok(env.cli(0).args([
        "grants",
        "create",
        &other,
        "50000",
        "--duration-days",
        "10",
        "--milestones",
    ]));
    // The pool is 220,000: 70,001 more does not fit.
    fails(
        env.cli(0)
            .args(["grants", "create", &lst, "70001", "--duration-days", "1"]),
        1,
        "exceeds what is left in the pool (70000 METIS)",
    );
    fails(
        env.cli(0)
            .args(["grants", "create", &lst, "1", "--duration-days", "0"]),
        2,
        "--duration-days",
    );
    fails(
        env.cli(1)
            .args(["grants", "create", &lst, "1", "--duration-days", "1"]),
        1,
        "only the owner",
    );

    let info = json(&ok(env.cli_read().args(["--json", "grants", "info"])));
    assert_eq!(info["allocated"], "150000000000000000000000");
    assert_eq!(info["available"], "70000000000000000000000");

    env.increase_time(50 * 86_400).await;
    let c = json(&ok(env.cli(1).args(["--json", "grants", "claim", "1"])));
    let claimed: f64 = c["claimed"].as_str().unwrap().parse::<f64>().unwrap() / 1e18;
    assert!(
        (claimed - 50_000.0).abs() < 2.0,
        "about half of 100,000 after 50 of 100 days: {claimed}"
    );
    // Strangers cannot claim; gated grants need approval.
    fails(
        env.cli(2).args(["grants", "claim", "1"]),
        1,
        "is not the beneficiary of grant 1",
    );
    fails(
        env.cli(2).args(["grants", "claim", "2"]),
        1,
        "has nothing claimable now",
    );
    ok(env.cli(0).args(["grants", "approve", "2", "20000"]));
    let c2 = json(&ok(env.cli(2).args(["--json", "grants", "claim", "2"])));
    assert_eq!(c2["claimed"], "20000000000000000000000");

    // Revoke: the vested part stays claimable, the rest returns to the pool.
    ok(env.cli(0).args(["grants", "revoke", "1"]));
    fails(
        env.cli(0).args(["grants", "revoke", "1"]),
        1,
        "was already revoked",
    );
    fails(
        env.cli(0).args(["grants", "revoke", "2"]),
        1,
        "is not revocable",
    );
    let list = json(&ok(env.cli_read().args([
        "--json",
        "grants",
        "list",
        "--beneficiary",
        &lst,
    ])));
    assert_eq!(list["grants"][0]["revoked"], true);
    let info = json(&ok(env.cli_read().args(["--json", "grants", "info"])));
    let available: f64 = info["available"].as_str().unwrap().parse::<f64>().unwrap() / 1e18;
    assert!(
        available > 119_000.0,
        "about 50,000 returned to the pool: {available}"
    );
    let human = ok(env.cli_read().args(["grants", "list"]));
    assert!(human.contains("REVOKED"), "{human}");
}
