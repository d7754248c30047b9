//! The Sepolia runbook, rehearsed: anvil with Sepolia's chain id, `script/Deploy.s.sol`
//! with `--broadcast`, then the CLI with the written deployments file, governing through
//! the timelock (schedule, wait out the delay, execute).

mod common;
use alloy::primitives::{Address, U256};
use alloy::providers::Provider;
use common::*;
use metis_bindings::sequencer_locking::SequencerLocking;
use serde_json::Value;

const SEPOLIA: &str = "11155111";

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[tokio::test]
async fn deploy_script_then_govern_through_the_timelock() {
    let env = Env::start_with(&["--chain-id", SEPOLIA]);
    env.forge_deploy_ok(&[("TIMELOCK_DELAY", "3600")]);
    let d = env.deployed();
    assert_eq!(d["chainId"], 11155111);
    assert_eq!(d["parameters"]["timelockDelay"], 3600);
    assert_eq!(d["parameters"]["gitCommit"], "e2e-test");
    let timelock = env.addr_of("timelock");
    let locking = SequencerLocking::new(env.addr_of("locking"), env.provider.clone());
    assert_eq!(
        locking.owner().call().await.unwrap(),
        timelock,
        "the timelock owns locking"
    );
    assert_eq!(
        locking.distributor().call().await.unwrap(),
        env.addr_of("mining")
    );

    let alice = env.address(1).to_string();
    // Schedule the whitelisting (account 0 is the proposer here).
    let s = json(&ok(env.cli(0).args(["--json", "gov", "whitelist", &alice])));
    assert_eq!(s["state"], "scheduled");
    // Not before the delay: refused, nothing sent.
    let before = env.snapshot().await;
    fails(
        env.cli(0).args(["gov", "whitelist", &alice]),
        1,
        "is scheduled; the timelock lets it run from",
    );
    // A non-proposer cannot schedule anything.
    fails(
        env.cli(2).args(["gov", "permissionless", "on"]),
        1,
        "is not a proposer of the timelock",
    );
    assert_eq!(env.snapshot().await, before, "refusals send nothing");
    assert!(!locking.whitelisted(env.address(1)).call().await.unwrap());

    env.increase_time(3600).await;
    let e = json(&ok(env.cli(0).args(["--json", "gov", "whitelist", &alice])));
    assert_eq!(e["state"], "executed");
    // Exits must wait longer than governance, or a slash could not reach them: refused here
    // (the contract cannot see the timelock's delay).
    fails(
        env.cli(0).args(["gov", "set-unlock-delay", "3600"]),
        1,
        "is not longer than the timelock's delay",
    );
    assert!(locking.whitelisted(env.address(1)).call().await.unwrap());

    // Start the program through the timelock: the start time must be explicit.
    fails(
        env.cli(0).args(["rewards", "start"]),
        2,
        "pass --at explicitly",
    );
    let now: u64 = env
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp;
    // A start before the delay ends could never execute: refused now, nothing scheduled.
    let before = env.snapshot().await;
    let err = fails(
        env.cli(0)
            .args(["rewards", "start", "--at", &(now + 1800).to_string()]),
        1,
        "this would be scheduled, but could not execute",
    );
    assert!(err.contains("is in the past"), "{err}");
    assert!(
        err.contains("the earliest the call can run is"),
        "the earliest time: {err}"
    );
    assert_eq!(env.snapshot().await, before, "nothing scheduled");
    let at = (now + 7200).to_string();
    let s = ok(env.cli(0).args(["rewards", "start", "--at", &at]));
    assert!(s.contains("salt      0x0000"), "the salt is printed: {s}");
    env.increase_time(3600).await;
    ok(env.cli(0).args(["rewards", "start", "--at", &at]));

    // Fund, deposit, accrue, claim.
    ok(env.cli(0).args(["faucet", "100000"]));
    ok(env.cli(0).args(["rewards", "fund", "50000"]));
    ok(env.cli(1).args(["faucet", "100000"]));
    let key = env.node_key("node.key");
    let dep = json(&ok(env.cli(1).args([
        "--json",
        "deposit",
        "100000",
        "--key-file",
        &key,
    ])));
    assert_eq!(dep["id"], "1");
    env.increase_time(3600 + 10 * 86_400).await;
    let c = json(&ok(env.cli(1).args(["--json", "claim", "1"])));
    let claimed = U256::from_str_radix(c["claimed"].as_str().unwrap(), 10).unwrap();
    // 100,000 x 20% x ~10 days / 365 = ~547.9 METIS.
    assert!(
        claimed > wei(547) && claimed < wei(549),
        "claimed {claimed}"
    );

    // --print gives calldata for a multisig, and sends nothing.
    let before = env.snapshot().await;
    let p = json(&ok(env
        .cli(2)
        .args(["--json", "gov", "jail", "1", "--print"])));
    assert_eq!(
        p["timelock"]["address"]
            .as_str()
            .unwrap()
            .parse::<Address>()
            .unwrap(),
        timelock
    );
    assert!(
        p["timelock"]["schedule"]
            .as_str()
            .unwrap()
            .starts_with("0x01d5062a"),
        "schedule(...) selector"
    );
    assert_eq!(env.snapshot().await, before);

    // A batch: several commands appended to a file, then scheduled as one operation.
    let bob = env.address(2).to_checksum(None);
    let file = env.dir.path().join("batch.json");
    let file_s = file.to_str().unwrap().to_string();
    let append = |args: &[&str]| {
        let mut c = env.cli_read();
        c.args(["--json", "gov"])
            .args(args)
            .args(["--append", &file_s]);
        c
    };
    let a = json(&ok(&mut append(&["whitelist", &bob])));
    assert_eq!(a["calls"], 1);
    ok(&mut append(&["set-limits", "20000", "150000"]));
    let a = json(&ok(&mut append(&["set-max-sequencers", "50"])));
    assert_eq!(a["calls"], 3);
    // A grant in the same batch, as in the runbook (funding needs no governance).
    ok(env.cli(0).args(["grants", "fund", "1000"]));
    let now = env
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp;
    let start = (now + 2 * 3600).to_string();
    let a = json(&ok(env.cli_read().args([
        "--json",
        "grants",
        "create",
        &bob,
        "1000",
        "--start",
        &start,
        "--duration-days",
        "365",
        "--append",
        &file_s,
    ])));
    assert_eq!(a["calls"], 4);
    // Each append is judged with the calls before it, as the timelock would run them.
    let before = env.snapshot().await;
    let written = std::fs::read_to_string(&file).unwrap();
    let err = fails(&mut append(&["set-max-sequencers", "0"]), 1, "not added to");
    assert!(err.contains("call 5 of 5"), "{err}");
    fails(
        &mut append(&["whitelist", &bob]),
        1,
        "already holds this call (call 1",
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        written,
        "a refused call is not written"
    );
    assert_eq!(env.snapshot().await, before, "appending sends nothing");

    // Printed for a Safe: scheduleBatch with the Builder's list syntax, same calldata as text.
    let prefix = env.dir.path().join("b");
    ok(env
        .cli_read()
        .args([
            "gov", "batch", &file_s, "--print", "--format", "safe", "--out",
        ])
        .arg(&prefix));
    let sb: Value = json(&std::fs::read_to_string(env.dir.path().join("b-schedule.json")).unwrap());
    let t = &sb["transactions"][0];
    assert_eq!(t["contractMethod"]["name"], "scheduleBatch");
    let l = env.addr_of("locking").to_checksum(None);
    let g = env.addr_of("grants").to_checksum(None);
    assert_eq!(
        t["contractInputsValues"]["targets"],
        format!("[{l},{l},{l},{g}]")
    );
    assert_eq!(t["contractInputsValues"]["values"], "[0,0,0,0]");
    let text = json(&ok(env
        .cli_read()
        .args(["--json", "gov", "batch", &file_s, "--print"])));
    assert_eq!(t["data"], text["timelock"]["schedule"]);
    let eb: Value = json(&std::fs::read_to_string(env.dir.path().join("b-execute.json")).unwrap());
    assert_eq!(
        eb["transactions"][0]["contractMethod"]["name"],
        "executeBatch"
    );
    assert_eq!(env.snapshot().await, before, "printing sends nothing");

    // Scheduled once, listed with its four calls, executed after the delay.
    let s = json(&ok(env.cli(0).args(["--json", "gov", "batch", &file_s])));
    assert_eq!(s["state"], "scheduled");
    assert_eq!(s["calls"], 4);
    let id = s["operation"].as_str().unwrap().to_string();
    let err = fails(
        env.cli(0).args(["gov", "batch", &file_s]),
        1,
        "is scheduled; the timelock lets it run from",
    );
    assert!(
        err.contains(&format!(
            "the same batch is already scheduled: operation {id}"
        )),
        "{err}"
    );
    let p = json(&ok(env.cli_read().args(["--json", "gov", "pending"])));
    let op = p["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .cloned()
        .expect("the batch is listed");
    let calls: Vec<&str> = op["calls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["call"].as_str().unwrap())
        .collect();
    assert_eq!(
        calls[..3],
        [
            format!("setWhitelisted({bob}, true)"),
            "setLockLimits(20000000000000000000000, 150000000000000000000000)".to_string(),
            "setMaxSequencers(50)".to_string(),
        ]
    );
    assert!(
        calls[3].starts_with(&format!(
            "createGrant({bob}, 1000000000000000000000, {start}, "
        )),
        "{}",
        calls[3]
    );
    // The deploy script's own batch (hand-over and delay) is listed whole too.
    let handover: Vec<&str> = p["operations"][0]["calls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["call"].as_str().unwrap())
        .collect();
    assert_eq!(
        handover,
        [
            "acceptOwnership()",
            "acceptOwnership()",
            "updateDelay(3600)"
        ]
    );
    assert!(!locking.whitelisted(env.address(2)).call().await.unwrap());
    env.increase_time(3600).await;
    let e = json(&ok(env.cli(0).args(["--json", "gov", "batch", &file_s])));
    assert_eq!(e["state"], "executed");
    assert!(locking.whitelisted(env.address(2)).call().await.unwrap());
    assert_eq!(locking.maxLock().call().await.unwrap(), wei(150_000));
    assert_eq!(
        locking.maxSequencers().call().await.unwrap(),
        U256::from(50)
    );
    let p = json(&ok(env.cli_read().args([
        "--json",
        "grants",
        "list",
        "--beneficiary",
        &bob,
    ])));
    let grants = p["grants"].as_array().unwrap();
    assert_eq!(grants.len(), 1, "the batch created one grant: {p}");
    assert_eq!(grants[0]["amount"], wei(1000).to_string());
    assert_eq!(grants[0]["start"].to_string().trim_matches('"'), start);
    fails(
        env.cli(0).args(["gov", "batch", &file_s]),
        1,
        "already executed through the timelock",
    );
}

#[tokio::test]
async fn bad_configuration_stops_the_script_before_broadcast() {
    let env = Env::start_with(&["--chain-id", SEPOLIA]);
    let before = env.snapshot().await;
    let out = env.forge_deploy(&[("TIMELOCK_DELAY", "1814400"), ("UNLOCK_DELAY", "1814400")]);
    assert!(
        !out.status.success(),
        "a timelock as slow as the exit delay must be refused"
    );
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(all.contains("TimelockDelayNotBelowUnlockDelay"), "{all}");
    let out = env.forge_deploy(&[("MIN_LOCK", "5"), ("MAX_LOCK", "4")]);
    assert!(!out.status.success());
    assert!(format!("{}{}", stdout(&out), stderr(&out)).contains("InvalidLockLimits"));
    // A chain of real value: no default guardian, no zero delay.
    let out = env.forge_deploy(&[("PRODUCTION", "true")]);
    assert!(!out.status.success());
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        all.contains("GuardianRequired") && all.contains("GUARDIAN"),
        "{all}"
    );
    let deployer = env.address(0).to_string();
    let out = env.forge_deploy(&[("PRODUCTION", "true"), ("GUARDIAN", &deployer)]);
    assert!(format!("{}{}", stdout(&out), stderr(&out)).contains("GuardianIsDeployer"));
    let guardian = env.address(3).to_string();
    let out = env.forge_deploy(&[
        ("PRODUCTION", "true"),
        ("GUARDIAN", &guardian),
        ("TIMELOCK_DELAY", "0"),
    ]);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        all.contains("TimelockDelayTooShort") && all.contains("TIMELOCK_DELAY"),
        "{all}"
    );
    assert_eq!(env.snapshot().await, before, "nothing was broadcast");
    assert!(!env.deployments().exists(), "no deployments file written");
    // A good dry run writes its own file, never the deployment's.
    let out = env.forge_script(&[("TIMELOCK_DELAY", "3600")], false);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !env.deployments().exists(),
        "a dry run never writes the deployments file"
    );
    let mut dry = env.deployments().into_os_string();
    dry.push(".dry-run");
    assert!(
        std::path::Path::new(&dry).exists(),
        "the dry run's own file"
    );
    assert_eq!(env.snapshot().await, before, "nothing was broadcast");
}

#[tokio::test]
async fn a_call_already_scheduled_is_found_listed_and_cancelled() {
    let env = Env::start_with(&["--chain-id", SEPOLIA]);
    let out = env.forge_deploy(&[("TIMELOCK_DELAY", "3600")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bob = env.address(2).to_checksum(None);
    let salt = format!("0x{}05", "00".repeat(31));
    let s = json(&ok(env.cli(0).args([
        "--json",
        "gov",
        "whitelist",
        &bob,
        "--salt",
        &salt,
    ])));
    assert_eq!(s["state"], "scheduled");
    assert_eq!(s["salt"], salt);
    let id = s["operation"].as_str().unwrap().to_string();

    // Without --salt, the same call is found under its salt: nothing is scheduled twice.
    let before = env.snapshot().await;
    let err = fails(
        env.cli(0).args(["gov", "whitelist", &bob]),
        1,
        "is scheduled; the timelock lets it run from",
    );
    assert!(
        err.contains(&format!(
            "the same call is already scheduled: operation {id}"
        )),
        "{err}"
    );
    assert_eq!(env.snapshot().await, before, "no second operation");

    // Listed with its decoded call, state and salt.
    let p = json(&ok(env.cli_read().args(["--json", "gov", "pending"])));
    let ops = p["operations"].as_array().unwrap();
    let op = ops.iter().find(|o| o["id"] == id).expect("listed");
    assert_eq!(op["state"], "pending");
    assert_eq!(op["salt"], salt);
    assert_eq!(op["call"], format!("setWhitelisted({bob}, true)"));

    // Cancelled by the proposer (OpenZeppelin gives proposers the canceller role).
    ok(env.cli(0).args(["gov", "cancel", &id]));
    let p = json(&ok(env.cli_read().args(["--json", "gov", "pending"])));
    let op = p["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .cloned()
        .unwrap();
    assert_eq!(op["state"], "cancelled");
    let before = env.snapshot().await;
    fails(
        env.cli(0).args(["gov", "cancel", &id]),
        1,
        "is cancelled: only a pending or ready operation can be cancelled",
    );
    fails(
        env.cli(0)
            .args(["gov", "cancel", &format!("0x{}", "ab".repeat(32))]),
        1,
        "is not an operation of this timelock",
    );
    assert_eq!(env.snapshot().await, before);
    // A cancelled call is scheduled afresh.
    let s = json(&ok(env.cli(0).args(["--json", "gov", "whitelist", &bob])));
    assert_eq!(s["state"], "scheduled");
    assert_ne!(s["operation"], id);
}

#[tokio::test]
async fn a_safe_batch_file_schedules_what_the_cli_would() {
    let env = Env::start_with(&["--chain-id", SEPOLIA]);
    let out = env.forge_deploy(&[("TIMELOCK_DELAY", "3600")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bob = env.address(2).to_checksum(None);
    let prefix = env.dir.path().join("wl");
    let before = env.snapshot().await;
    ok(env
        .cli(0)
        .args([
            "gov",
            "whitelist",
            &bob,
            "--print",
            "--format",
            "safe",
            "--out",
        ])
        .arg(&prefix));
    assert_eq!(env.snapshot().await, before, "printing sends nothing");
    let read = |name: &str| -> Value {
        json(&std::fs::read_to_string(env.dir.path().join(name)).expect("batch file"))
    };
    let schedule = read("wl-schedule.json");
    let execute = read("wl-execute.json");
    let timelock = env.addr_of("timelock").to_checksum(None);
    for (b, method) in [(&schedule, "schedule"), (&execute, "execute")] {
        assert_eq!(b["version"], "1.0");
        assert_eq!(b["chainId"], SEPOLIA);
        assert!(b["meta"]["checksum"].as_str().unwrap().starts_with("0x"));
        let t = &b["transactions"][0];
        assert_eq!(t["to"], timelock);
        assert_eq!(t["value"], "0");
        assert_eq!(t["contractMethod"]["name"], method);
        assert_eq!(
            t["contractInputsValues"]["target"],
            env.addr_of("locking").to_checksum(None)
        );
    }
    assert_eq!(
        schedule["transactions"][0]["contractInputsValues"]["delay"],
        "3600"
    );
    // The schedule calldata, sent as the Safe would (here the proposer's key), schedules the
    // very operation the CLI then finds and lists.
    let cast = common::workspace_root().join("node_modules/@foundry-rs/cast-linux-amd64/bin/cast");
    let sent = std::process::Command::new(cast)
        .args([
            "send",
            "--rpc-url",
            &env.rpc(),
            "--private-key",
            &env.key(0),
            &timelock,
        ])
        .arg(schedule["transactions"][0]["data"].as_str().unwrap())
        .output()
        .expect("cast send");
    assert!(sent.status.success(), "{}", stderr(&sent));
    let p = json(&ok(env.cli_read().args(["--json", "gov", "pending"])));
    let call = format!("setWhitelisted({bob}, true)");
    let op = p["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["call"] == call)
        .expect("the operation the batch scheduled");
    assert_eq!(op["state"], "pending");
}

/// What a new user's review found could make a call run twice, or a multisig sign a call that
/// cannot run: each is refused, and nothing is sent.
#[tokio::test]
async fn nothing_runs_twice_and_nothing_unjudged_is_printed() {
    let env = Env::start_with(&["--chain-id", SEPOLIA]);
    let out = env.forge_deploy(&[("TIMELOCK_DELAY", "3600")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bob = env.address(2).to_checksum(None);
    let s = json(&ok(env.cli(0).args(["--json", "gov", "whitelist", &bob])));
    let id = s["operation"].as_str().unwrap().to_string();

    let before = env.snapshot().await;
    // The same call under another salt while the first waits: both would run.
    let salt = format!("0x{}aa", "00".repeat(31));
    let err = fails(
        env.cli(0).args(["gov", "whitelist", &bob, "--salt", &salt]),
        1,
        &format!("the same call is already waiting as operation {id}"),
    );
    assert!(err.contains("would let both run"), "{err}");
    // A batch that repeats a call waiting in another operation.
    let file = env.dir.path().join("b.json");
    let file_s = file.to_str().unwrap().to_string();
    fails(
        env.cli_read()
            .args(["gov", "whitelist", &bob, "--append", &file_s]),
        1,
        &format!("this call is already waiting in operation {id}"),
    );
    ok(env
        .cli_read()
        .args(["gov", "set-max-sequencers", "40", "--append", &file_s]));
    // A hand-edited file: the label is not trusted, a foreign target is refused.
    let mut b: Value = json(&std::fs::read_to_string(&file).unwrap());
    b["calls"][0]["label"] = serde_json::json!("something harmless");
    std::fs::write(&file, b.to_string()).unwrap();
    let listed = ok(env.cli_read().args(["gov", "batch", &file_s, "--print"]));
    assert!(listed.contains("setMaxSequencers(40)"), "{listed}");
    let p = env.dir.path().join("p.json");
    b["calls"][0]["target"] = serde_json::json!(format!("0x{}", "44".repeat(20)));
    std::fs::write(&p, b.to_string()).unwrap();
    fails(
        env.cli(0).args(["gov", "batch", p.to_str().unwrap()]),
        1,
        "which is not a contract of this deployment",
    );
    // --print is judged as the timelock would make the call.
    let err = fails(
        env.cli_read().args([
            "gov",
            "set-limits",
            "100000",
            "20000",
            "--print",
            "--format",
            "safe",
        ]),
        1,
        "this would be scheduled, but could not execute",
    );
    assert!(err.contains("invalid lock limits"), "{err}");
    assert!(!env.dir.path().join("safe-batch-schedule.json").exists());
    // The canceller role by name; a cancel printed for a Safe.
    let err = fails(
        env.cli(3).args(["gov", "cancel", &id]),
        1,
        "lacks the timelock's CANCELLER_ROLE",
    );
    assert!(err.contains("pass --print"), "{err}");
    let out_prefix = env.dir.path().join("cancel");
    ok(env
        .cli_read()
        .args(["gov", "cancel", &id, "--print", "--format", "safe", "--out"])
        .arg(&out_prefix));
    let c: Value = json(&std::fs::read_to_string(env.dir.path().join("cancel.json")).unwrap());
    assert_eq!(c["transactions"][0]["contractMethod"]["name"], "cancel");
    assert_eq!(c["transactions"][0]["contractInputsValues"]["id"], id);
    assert_eq!(
        env.snapshot().await,
        before,
        "every refusal and print sent nothing"
    );

    // Executed: a second run names a salt not used yet; printing it again is refused.
    env.increase_time(3600).await;
    ok(env.cli(0).args(["gov", "whitelist", &bob]));
    let err = fails(
        env.cli(0).args(["gov", "whitelist", &bob]),
        1,
        "already executed through the timelock",
    );
    assert!(
        err.contains(&format!("--salt 0x{}01", "00".repeat(31))),
        "{err}"
    );
    fails(
        env.cli_read().args(["gov", "whitelist", &bob, "--print"]),
        1,
        "already executed through the timelock",
    );
}
