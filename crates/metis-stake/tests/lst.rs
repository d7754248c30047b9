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
    env.forge_deploy_ok(&[("DEPLOY_VAULT", "true"), ("VAULT_COMMISSION_BPS", "750")]);
    let empty = info(&env);
    assert_eq!(empty["totalAssets"], "0");
    assert_eq!(empty["commissionBps"], "750");
    assert_eq!(empty["positions"], serde_json::json!([]));
    let human = ok(env.cli_read().args(["lst", "info"]));
    assert!(human.contains("commission       7.5%"), "{human}");
    // An empty METIS_VAULT (or ETH_RPC_URL, METIS_DEPLOYMENTS) counts as unset: the
    // deployments file's vault is used.
    let unset = ok(env.cli_read().env("METIS_VAULT", "").args(["lst", "info"]));
    assert_eq!(unset, human);

    // Account 0 draws TestMetis and deposits 500 METIS through the CLI (approval included).
    ok(env.cli(0).args(["faucet", "1000"]));
    fails(
        env.cli(0).args(["lst", "deposit", "0"]),
        2,
        "nothing to deposit: the amount is 0",
    );
    fails(
        env.cli(0).args(["lst", "request-redeem", "0"]),
        2,
        "nothing to redeem: the amount is 0",
    );
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
        "has nothing to claim yet: its request(s) #1 (100 METIS, claimable no earlier than",
    );
    fails(
        env.cli(1).args(["lst", "redeem"]),
        1,
        "has nothing to claim and no request waiting in the vault",
    );
    // The estimate of a request made now, of a given size; 0 is a usage error.
    let probe: Value = serde_json::from_str(&ok(env.cli(0).args([
        "--json",
        "lst",
        "info",
        "--request",
        "300",
    ])))
    .unwrap();
    assert_eq!(
        probe["queue"]["newRequestAssets"],
        (amount * U256::from(3u64) / U256::from(5u64)).to_string()
    );
    assert!(
        probe["queue"]["newRequestExpectedClaimableAt"].is_u64(),
        "the buffer pays it: {probe}"
    );
    fails(
        env.cli(0).args(["lst", "info", "--request", "0"]),
        2,
        "nothing to estimate: --request is 0",
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

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

/// The vault's governance is the timelock (`script/Deploy.s.sol`): registering a node operator
/// and announcing a commission are scheduled, then executed by the same command; the
/// allocator (account 0) allocates directly; `lst info` shows the positions, the operators and
/// when the queue's requests can expect to be paid; an account without the role is refused
/// in words, and refusals send nothing.
#[tokio::test]
async fn vault_governance_and_allocation_take_the_usual_routes() {
    let env = Env::start();
    env.forge_deploy_ok(&[("DEPLOY_VAULT", "true"), ("TIMELOCK_DELAY", "3600")]);
    let vault = env.addr_of("vault").to_string();
    let key = env.node_key("operator-0.key");
    let reward = env.address(3).to_string();
    let add = |k: usize| {
        let mut c = env.cli(k);
        c.args([
            "--json",
            "lst",
            "add-operator",
            "--reward-address",
            &reward,
            "--key-file",
            &key,
        ]);
        c
    };
    // --print: the timelock's schedule calldata, nothing sent.
    let before = env.snapshot().await;
    let printed = ok(env.cli(0).args([
        "lst",
        "add-operator",
        "--reward-address",
        &reward,
        "--key-file",
        &key,
        "--print",
    ]));
    assert!(printed.contains("schedule"), "{printed}");
    // Account 2 holds no role and proposes nothing.
    fails(
        env.cli(2).args(["lst", "allocate", "0", "25000"]),
        1,
        "only an account holding ALLOCATOR_ROLE on",
    );
    fails(&mut add(2), 1, "is not a proposer of the timelock");
    assert_eq!(env.snapshot().await, before, "refusals send nothing");

    assert_eq!(json(&ok(&mut add(0)))["state"], "scheduled");
    env.increase_time(3600).await;
    let added = json(&ok(&mut add(0)));
    assert_eq!(added["state"], "executed");
    assert_eq!(added["operatorId"], "0");

    // A holder deposits; the allocator (account 0) locks 25,000 of it with operator 0's key.
    ok(env.cli(1).args(["faucet", "100000"]));
    ok(env.cli(1).args(["lst", "deposit", "30000"]));
    // Rewards are never promised beyond funding: a lock needs a year of them funded.
    ok(env.cli(0).args(["faucet", "10000"]));
    ok(env.cli(0).args(["rewards", "fund", "10000"]));
    fails(
        env.cli(0).args(["lst", "allocate", "0", "40000"]),
        1,
        "the vault can allocate 30000 METIS, not 40000 METIS",
    );
    let alloc = json(&ok(env
        .cli(0)
        .args(["--json", "lst", "allocate", "0", "25000"])));
    assert_eq!(alloc["state"], "done");
    assert_eq!(alloc["principal"], wei(25_000).to_string());
    let id = alloc["positionId"].as_str().unwrap().to_string();
    let i = info(&env);
    assert_eq!(i["positions"][0]["id"], id.as_str());
    assert_eq!(i["positions"][0]["status"], "active");
    assert_eq!(i["positions"][0]["operatorId"], 0);
    assert_eq!(i["nodeOperators"][0]["positionId"], id.as_str());
    assert_eq!(i["freeBuffer"], wei(5_000).to_string());

    // A request beyond the buffer: the estimate is one unlock delay from now, and `process`
    // exits the position whole (its room above the minimum, 5,000, is not enough).
    ok(env.cli(1).args(["lst", "request-redeem", "20000"]));
    let i = info(&env);
    let req = &i["queue"]["requests"][0];
    assert_eq!(req["id"], "1");
    let expected = req["expectedClaimableAt"].as_u64().unwrap();
    assert_eq!(expected, req["claimableAt"].as_u64().unwrap());
    let processed = json(&ok(env.cli(2).args(["--json", "lst", "process"])));
    assert_eq!(processed["unlocked"][0]["full"], true);
    let i = info(&env);
    assert_eq!(i["positions"][0]["status"], "unlocking");
    assert_eq!(
        i["queue"]["requests"][0]["expectedClaimableAt"]
            .as_u64()
            .unwrap(),
        i["positions"][0]["withdrawableAt"]
            .as_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            .max(expected),
        "paid when the exit's withdrawal comes back"
    );
    let human = ok(env.cli_read().args(["lst", "info"]));
    assert!(human.contains("node operators"), "{human}");
    assert!(human.contains("unlocking"), "{human}");

    // A new key for operator 0 approved through the timelock (no proof to go stale while it
    // waits), then applied by anyone with a fresh proof: refused while nothing is approved.
    let key2 = env.node_key("operator-0b.key");
    let pub2 = json(&ok(env.cli_read().args([
        "--json",
        "signer",
        "prove",
        "--key-file",
        &key2,
        "--owner",
        &vault,
    ])))["pubkey"]
        .as_str()
        .unwrap()
        .to_string();
    fails(
        env.cli(2)
            .args(["lst", "apply-operator-key", "0", "--key-file", &key2]),
        1,
        "has no approved key waiting",
    );
    let _ = pub2;
    // The exit of an unlocking position is refused at scheduling, in the vault's words.
    fails(
        env.cli(0).args(["lst", "exit", &id]),
        1,
        "is unlocking: its withdrawal is pending",
    );
    // The commission: above the step refused at scheduling; 7% scheduled, then executed.
    fails(
        env.cli(0).args(["lst", "announce-commission", "8"]),
        1,
        "more than 2 points above the current 5%",
    );
    assert_eq!(
        json(&ok(env.cli(0).args([
            "--json",
            "lst",
            "announce-commission",
            "7"
        ])))["state"],
        "scheduled"
    );
    env.increase_time(3600).await;
    let c = json(&ok(env.cli(0).args([
        "--json",
        "lst",
        "announce-commission",
        "7",
    ])));
    assert_eq!(c["state"], "executed");
    assert_eq!(c["commissionBps"], "700");
    assert_eq!(info(&env)["nextCommissionBps"], "700");
}

/// An LST protocol's vault over a system deployed with the CLI (`lst deploy`): operators
/// checked at registration (a bound key, a proof made for another owner), two positions,
/// back-to-back harvests and queue processing that never run out of gas (each is simulated at
/// the time it will be mined, when rewards have accrued), a request rounded up to the METIS
/// asked, a holder's view, a Safe holding the admin role getting calldata, and `--vault`.
#[tokio::test]
async fn a_protocol_runs_its_vault_deployed_with_the_cli() {
    let env = Env::with_system();
    let out = json(&ok(env.cli(0).args([
        "--json",
        "lst",
        "deploy",
        "--commission",
        "5",
    ])));
    let vault = out["vault"].as_str().unwrap().to_string();
    assert_eq!(out["whitelistNeeded"], true);
    ok(env.cli(0).args(["gov", "whitelist", &vault]));
    let k1 = env.node_key("v1.key");
    let k2 = env.node_key("v2.key");
    let ops = env.address(3).to_string();
    // A proof made for another owner is refused at registration, with the way to make it.
    let other: Value = json(&ok(env.cli_read().args([
        "--json",
        "signer",
        "prove",
        "--key-file",
        &k1,
        "--owner",
        &env.address(1).to_string(),
    ])));
    let (pk, pf) = (
        other["pubkey"].as_str().unwrap(),
        other["proof"].as_str().unwrap(),
    );
    fails(
        env.cli(0).args([
            "lst",
            "add-operator",
            "--reward-address",
            &ops,
            "--pubkey",
            pk,
            "--proof",
            pf,
        ]),
        1,
        "is not a proof of possession of",
    );
    ok(env.cli(0).args([
        "lst",
        "add-operator",
        "--reward-address",
        &ops,
        "--key-file",
        &k1,
    ]));
    // The same key twice: refused.
    fails(
        env.cli(0).args([
            "lst",
            "add-operator",
            "--reward-address",
            &ops,
            "--key-file",
            &k1,
        ]),
        1,
        "already has the key of signer",
    );
    let second = ok(env.cli(0).args([
        "lst",
        "add-operator",
        "--reward-address",
        &ops,
        "--key-file",
        &k2,
        "--nonce",
        "1",
    ]));
    let _ = second;
    ok(env.cli(1).args(["lst", "deposit", "60000"]));
    ok(env.cli(0).args(["lst", "allocate", "0", "25000"]));
    ok(env.cli(0).args(["lst", "allocate", "1", "25000"]));
    // Back to back, on a chain whose blocks are 12 seconds apart (as on Ethereum): every
    // harvest and every process is mined 12 seconds after the latest block, with rewards
    // that the latest block did not have.
    use alloy::providers::Provider;
    let _: Value = env
        .provider
        .raw_request("anvil_setBlockTimestampInterval".into(), (12u64,))
        .await
        .expect("interval");
    for _ in 0..3 {
        ok(env.cli(2).args(["lst", "harvest"]));
        ok(env.cli(2).args(["lst", "process"]));
    }
    // A new key for operator 0: approved by governance without a proof, applied by anyone
    // (here account 2) with a fresh proof; the position signs with it at once.
    let k3 = env.node_key("v3.key");
    let p3 = json(&ok(env.cli_read().args([
        "--json",
        "signer",
        "prove",
        "--key-file",
        &k3,
        "--owner",
        &vault,
    ])));
    ok(env.cli(0).args([
        "lst",
        "approve-operator-key",
        "0",
        "--pubkey",
        p3["pubkey"].as_str().unwrap(),
    ]));
    let applied = json(&ok(env.cli(2).args([
        "--json",
        "lst",
        "apply-operator-key",
        "0",
        "--key-file",
        &k3,
    ])));
    assert_eq!(
        applied["signer"].as_str().unwrap().to_lowercase(),
        p3["signer"].as_str().unwrap().to_lowercase()
    );
    // 100 METIS asked: the shares are rounded up, the request is worth at least 100 (a little
    // more: the price rose in the 12 seconds before it was mined).
    let req = json(&ok(env.cli(1).args([
        "--json",
        "lst",
        "request-redeem",
        "100",
    ])));
    let assets: alloy::primitives::U256 = req["assets"].as_str().unwrap().parse().unwrap();
    assert!(
        assets >= wei(100) && assets < wei(100) + wei(1) / alloy::primitives::U256::from(1000u64),
        "{assets}"
    );
    fails(
        env.cli(1).args(["lst", "request-redeem", "1000000"]),
        1,
        "METIS asked",
    );
    let i = json(&ok(env.cli_read().args([
        "--json",
        "lst",
        "info",
        "--holder",
        &env.address(1).to_string(),
    ])));
    assert_eq!(i["holder"]["requests"][0]["id"], "1");
    assert!(i["holder"]["shares"].as_str().unwrap().len() > 24);
    // Account 4, a "Safe" holding the admin role itself, gets the calldata with --print --safe.
    ok(env
        .cli(0)
        .args(["lst", "grant-role", "admin", &env.address(4).to_string()]));
    let printed = ok(env.cli_read().args([
        "lst",
        "announce-commission",
        "6",
        "--print",
        "--safe",
        &env.address(4).to_string(),
    ]));
    // The calldata of announceCommission(600), for the Safe to send to the vault.
    let data = alloy::primitives::hex::encode(alloy::sol_types::SolCall::abi_encode(
        &metis_bindings::sequencer_vault::SequencerVault::announceCommissionCall {
            commissionBps_: U256::from(600u64),
        },
    ));
    let lower = printed.to_lowercase();
    assert!(lower.contains(&data), "{printed}");
    assert!(
        lower.contains(&vault.to_lowercase()),
        "sent to the vault: {printed}"
    );
    fails(
        env.cli(2).args(["lst", "announce-commission", "6"]),
        1,
        "--print --safe",
    );
    // --vault: another address is refused as not a vault over this locking contract.
    let mining = env.addr_of("mining").to_string();
    fails(
        env.cli_read().args(["lst", "--vault", &mining, "info"]),
        1,
        "is not a SequencerVault over the locking contract",
    );
    ok(env.cli_read().args(["lst", "--vault", &vault, "info"]));
    // Roles: who holds them (from the vault's events); a grant already held is nothing to do;
    // the last admin is not revoked without --force.
    let (a0, a4) = (env.address(0).to_string(), env.address(4).to_string());
    let roles = &json(&ok(env.cli_read().args(["--json", "lst", "info"])))["roles"];
    assert_eq!(roles["admin"], serde_json::json!([a0, a4]), "{roles}");
    assert_eq!(roles["allocator"], serde_json::json!([a0]), "{roles}");
    let same = json(&ok(env.cli(0).args([
        "--json",
        "lst",
        "grant-role",
        "allocator",
        &a0,
    ])));
    assert_eq!(same["changed"], false, "{same}");
    ok(env.cli(0).args(["lst", "revoke-role", "admin", &a4]));
    fails(
        env.cli(0).args(["lst", "revoke-role", "admin", &a0]),
        1,
        "is the only holder of the vault's DEFAULT_ADMIN_ROLE",
    );
    fails(
        env.cli(0).args(["lst", "--vault", &vault, "deploy"]),
        2,
        "lst deploy creates a vault",
    );
}

/// The timelock routes of the vault's governance when the world moves while a call waits: a
/// registration made from a key file is rebuilt at the vault's new nonce on the second run,
/// and that run executes the operation the first one scheduled (no second operation); `gov
/// execute ID` runs any ready operation; the same commission announced again is nothing to
/// do; a batch that registers an operator and names operator ids is refused while another
/// registration waits (whichever executes first takes the next id).
#[tokio::test]
async fn timelocked_vault_calls_survive_a_moving_nonce_and_racing_registrations() {
    let env = Env::start();
    env.forge_deploy_ok(&[("DEPLOY_VAULT", "true"), ("TIMELOCK_DELAY", "3600")]);
    let reward = env.address(3).to_string();
    let add = |key: &str| {
        let mut c = env.cli(0);
        c.args([
            "--json",
            "lst",
            "add-operator",
            "--reward-address",
            &reward,
            "--key-file",
            key,
        ]);
        c
    };
    let (k0, k1, k2, k3) = (
        env.node_key("race-0.key"),
        env.node_key("race-1.key"),
        env.node_key("race-2.key"),
        env.node_key("race-3.key"),
    );
    assert_eq!(json(&ok(&mut add(&k0)))["state"], "scheduled");
    env.increase_time(3600).await;
    assert_eq!(json(&ok(&mut add(&k0)))["state"], "executed");
    // Operator 1's registration waits; meanwhile operator 0's position moves the vault's nonce.
    assert_eq!(json(&ok(&mut add(&k1)))["state"], "scheduled");
    ok(env.cli(1).args(["faucet", "100000"]));
    ok(env.cli(1).args(["lst", "deposit", "30000"]));
    ok(env.cli(0).args(["faucet", "10000"]));
    ok(env.cli(0).args(["rewards", "fund", "10000"]));
    ok(env.cli(0).args(["lst", "allocate", "0", "25000"]));
    env.increase_time(3600).await;
    let out = add(&k1).output().unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(
        common::stderr(&out)
            .contains("made by an earlier run: acting on it instead of scheduling it again"),
        "{}",
        common::stderr(&out)
    );
    let done = json(&common::stdout(&out));
    assert_eq!(
        done["state"], "executed",
        "the first run's operation, not a new one"
    );
    assert_eq!(done["operatorId"], "1");
    // A proof made at a nonce that has passed is named as such, not as another key's.
    let vault = env.addr_of("vault").to_string();
    let stale = json(&ok(env.cli_read().args([
        "--json",
        "signer",
        "prove",
        "--key-file",
        &k2,
        "--owner",
        &vault,
        "--nonce",
        "0",
    ])));
    fails(
        env.cli(0).args([
            "lst",
            "add-operator",
            "--reward-address",
            &reward,
            "--pubkey",
            stale["pubkey"].as_str().unwrap(),
            "--proof",
            stale["proof"].as_str().unwrap(),
        ]),
        1,
        "it was made at the vault's nonce 0, which has passed (the vault is at 1",
    );

    // `gov execute ID`: a commission announcement run by its operation id.
    let scheduled = json(&ok(env.cli(0).args([
        "--json",
        "lst",
        "announce-commission",
        "6",
    ])));
    let id = scheduled["operation"].as_str().unwrap().to_string();
    fails(
        env.cli(0).args(["gov", "execute", &id]),
        1,
        "is scheduled; the timelock lets it run from",
    );
    env.increase_time(3600).await;
    ok(env.cli(0).args(["gov", "execute", &id]));
    fails(
        env.cli(0).args(["gov", "execute", &id]),
        1,
        "is executed: only a ready operation can be executed",
    );
    let again = json(&ok(env.cli(0).args([
        "--json",
        "lst",
        "announce-commission",
        "6",
    ])));
    assert_eq!(again["changed"], false, "{again}");

    // A batch that registers operator 2 and sets its reward address, while operator 3's
    // registration waits: refused at the append that makes it name an id.
    assert_eq!(json(&ok(&mut add(&k3)))["state"], "scheduled");
    let batch = env.dir.path().join("race-batch.json");
    let batch = batch.to_str().unwrap();
    ok(env.cli(0).args([
        "lst",
        "add-operator",
        "--reward-address",
        &reward,
        "--key-file",
        &k2,
        "--append",
        batch,
    ]));
    fails(
        env.cli(0).args([
            "lst",
            "set-operator-reward-address",
            "2",
            &env.address(4).to_string(),
            "--append",
            batch,
        ]),
        1,
        "registers another: whichever executes first takes the next id",
    );
}
