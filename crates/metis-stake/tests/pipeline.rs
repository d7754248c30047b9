//! The write pipeline end to end against anvil: the contract judges before anything is sent
//! (the approval included), refusals carry the contract's own figures in the words of the
//! contract that was called, and a lost node or a reset chain is explained.

mod common;
use common::*;
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

/// The system with almost no reward funding and an open set: what a new user gets from the
/// README's first commands.
fn underfunded() -> Env {
    let env = Env::start();
    ok(env.cli(0).args(["deploy", "--test-token"]));
    ok(env.cli(0).args(["faucet", "200000"]));
    ok(env.cli(0).args(["rewards", "fund", "1"]));
    ok(env.cli(0).args(["gov", "permissionless", "on"]));
    ok(env.cli(1).args(["faucet", "200000"]));
    env
}

#[tokio::test]
async fn a_refusal_carries_the_contracts_own_figures_and_nothing_is_sent() {
    let env = underfunded();
    let key = env.node_key("a.key");
    let before = env.snapshot().await;
    // A year of 20% on 20,000 METIS is 4,000 METIS to book; 1 METIS is funded.
    fails(
        env.cli(1).args(["deposit", "20000", "--key-file", &key]),
        1,
        "the reward budget cannot cover this: 4000 METIS would be promised (owed now plus what the programs still pay, to the end of the last one), 1 METIS is funded",
    );
    assert_eq!(env.snapshot().await, before, "no approval, no lock");
    let token = env.addr_of("token");
    let locking = env.addr_of("locking");
    let allowance = allowance(&env, token, env.address(1), locking).await;
    assert_eq!(
        allowance,
        alloy::primitives::U256::ZERO,
        "no allowance left behind"
    );
}

async fn allowance(
    env: &Env,
    token: alloy::primitives::Address,
    owner: alloy::primitives::Address,
    spender: alloy::primitives::Address,
) -> alloy::primitives::U256 {
    use alloy::providers::Provider;
    use alloy::sol_types::SolCall;
    use metis_bindings::test_metis::TestMetis;
    let data = TestMetis::allowanceCall { owner, spender }.abi_encode();
    let tx = alloy::rpc::types::TransactionRequest::default()
        .to(token)
        .input(data.into());
    let out = env.provider.call(tx).await.expect("allowance");
    alloy::primitives::U256::from_be_slice(&out[..32])
}

#[tokio::test]
async fn the_loser_of_a_race_for_the_last_seat_sends_no_approval() {
    let env = Env::with_system();
    ok(env.cli(0).args(["gov", "set-max-sequencers", "1"]));
    let a = env.node_key("a.key");
    let b = env.node_key("b.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &a]));
    let before = env.snapshot().await;
    fails(
        env.cli(2).args(["deposit", "20000", "--key-file", &b]),
        1,
        "the sequencer set is full (1 active)",
    );
    assert_eq!(env.snapshot().await, before, "the loser sent nothing");
    let allowance = allowance(
        &env,
        env.addr_of("token"),
        env.address(2),
        env.addr_of("locking"),
    )
    .await;
    assert!(allowance.is_zero(), "no allowance granted: {allowance}");
}

#[tokio::test]
async fn errors_are_explained_by_the_contract_that_was_called() {
    let env = Env::with_system();
    let key = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &key]));
    env.increase_time(86_400).await;
    let before = env.snapshot().await;
    // SequencerMining and SequencerLocking both declare NotPositionOwner(uint256,address).
    let err = fails(
        env.cli(2).args(["claim", "1"]),
        1,
        "does not own sequencer 1",
    );
    assert!(
        err.contains("only the owner of a position may claim or compound its rewards"),
        "SequencerMining's words: {err}"
    );
    let err = fails(
        env.cli(2).args(["unlock", "1", "1000"]),
        1,
        "does not own sequencer 1",
    );
    assert!(
        err.contains("send with the key of the account that locked it"),
        "SequencerLocking's words: {err}"
    );
    assert_eq!(env.snapshot().await, before);
}

#[tokio::test]
async fn a_deployments_file_from_another_chain_says_so() {
    let old = Env::with_system();
    let fresh = Env::start();
    std::fs::copy(old.deployments(), fresh.deployments()).unwrap();
    let locking = old.addr_of("locking").to_checksum(None);
    let err = fails(
        fresh
            .cli(1)
            .args(["status", "--owner", &old.address(1).to_string()]),
        1,
        &format!("no contract at {locking} on chain 31337"),
    );
    assert!(err.contains("does not match this chain"), "{err}");
    assert!(!err.contains("buffer overrun"), "{err}");
    assert!(!err.contains("cannot run the one-call read"), "{err}");
    let key = fresh.node_key("a.key");
    let before = fresh.snapshot().await;
    fails(
        fresh.cli(1).args(["deposit", "20000", "--key-file", &key]),
        1,
        "does not match this chain",
    );
    assert_eq!(fresh.snapshot().await, before);
}

#[tokio::test]
async fn a_node_lost_while_confirming_is_explained() {
    // Blocks every 60 s: the lock is sent, then the node dies before it is mined.
    let mut env = Env::start();
    ok(env.cli(0).args(["deploy", "--test-token"]));
    ok(env.cli(0).args(["faucet", "200000"]));
    ok(env.cli(0).args(["rewards", "fund", "100000"]));
    ok(env.cli(0).args(["gov", "permissionless", "on"]));
    let key = env.node_key("a.key");
    use alloy::providers::Provider;
    let _: Value = env
        .provider
        .raw_request("evm_setAutomine".into(), (false,))
        .await
        .expect("automine off");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("metis-stake"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .args(["--rpc-url", &env.rpc(), "--deployments"])
        .arg(env.deployments())
        .args([
            "--private-key",
            &env.key(0),
            "deposit",
            "20000",
            "--key-file",
            &key,
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Wait until the transactions are in the node's pool, then stop the node.
    for _ in 0..100 {
        let pending: Value = env
            .provider
            .raw_request("txpool_status".into(), ())
            .await
            .unwrap_or_default();
        if pending["pending"].as_str().unwrap_or("0x0") != "0x0"
            || pending["pending"].as_u64().unwrap_or(0) > 0
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    env.anvil.child_mut().kill().expect("kill anvil");
    let out = child.wait_with_output().expect("wait");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: lock 20000 METIS as sequencer"),
        "{err}"
    );
    assert!(
        err.contains("sent, but the node stopped answering while it confirmed"),
        "{err}"
    );
    assert!(
        err.contains("approve 20000 METIS for the locking contract (tx 0x"),
        "{err}"
    );
    assert!(
        err.to_lowercase().contains("connection refused"),
        "the cause: {err}"
    );
    assert!(err.contains("whether it was mined is not known"), "{err}");
    assert!(
        err.contains("running `metis-stake deposit` again is safe"),
        "{err}"
    );
}

#[tokio::test]
async fn wallet_flags_win_over_the_environment_as_in_cast() {
    let env = Env::with_system();
    // ETH_KEYSTORE exported, --private-key given: the flag wins.
    let out = ok(env
        .cli(1)
        .env("ETH_KEYSTORE", "/nonexistent/keystore.json")
        .args(["--json", "balance"]));
    assert_eq!(json(&out)["account"], env.address(1).to_checksum(None));

    // A keystore made by cast, whose password file ends in a space and a newline.
    let cast = common::workspace_root().join("node_modules/@foundry-rs/cast-linux-amd64/bin/cast");
    let dir = env.dir.path().join("keystores");
    std::fs::create_dir_all(&dir).unwrap();
    let made = std::process::Command::new(&cast)
        .args(["wallet", "new"])
        .arg(&dir)
        .args(["--unsafe-password", "pw"])
        .output()
        .expect("cast wallet new");
    assert!(made.status.success(), "{}", stderr(&made));
    let keystore = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    // cast prints "Address:    0x...".
    let address = stdout(&made)
        .lines()
        .find_map(|l| l.strip_prefix("Address:").map(|a| a.trim().to_string()))
        .expect("cast prints the address");
    let pw = env.dir.path().join("pw.txt");
    std::fs::write(&pw, "pw \n").unwrap();
    // By flags.
    let out = ok(env
        .cli_read()
        .args(["--json", "--keystore"])
        .arg(&keystore)
        .arg("--password-file")
        .arg(&pw)
        .arg("balance"));
    assert_eq!(
        json(&out)["account"].as_str().unwrap().to_lowercase(),
        address.to_lowercase()
    );
    // By the environment, as cast reads it: ETH_KEYSTORE and ETH_PASSWORD (the file's path).
    let out = ok(env
        .cli_read()
        .env("ETH_KEYSTORE", &keystore)
        .env("ETH_PASSWORD", &pw)
        .args(["--json", "balance"]));
    assert_eq!(
        json(&out)["account"].as_str().unwrap().to_lowercase(),
        address.to_lowercase()
    );
    // Two wallet flags on the command line are a usage error.
    fails(
        env.cli(1).arg("--keystore").arg(&keystore).arg("balance"),
        2,
        "both name the sending account",
    );
}

#[tokio::test]
async fn words_after_the_program_ends() {
    let env = Env::with_system();
    let a = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &a]));
    env.increase_time(366 * 86_400).await;
    ok(env.cli(1).args(["claim", "1"]));

    let info = ok(env.cli_read().args(["rewards", "info"]));
    assert!(
        info.contains("headroom      unlimited: no program is left to run"),
        "{info}"
    );
    assert!(
        !info.contains("115792089237316195423570985008687907853269984665640564039457"),
        "{info}"
    );
    assert!(json(&ok(env.cli_read().args(["--json", "rewards", "info"])))["headroom"].is_null());

    let before = env.snapshot().await;
    let err = fails(env.cli(1).args(["claim", "1"]), 1, "has no reward to claim");
    assert!(err.contains("the reward program ended at"), "{err}");
    assert!(!err.contains("yet"), "{err}");
    assert_eq!(env.snapshot().await, before);

    let b = env.node_key("b.key");
    let out = env
        .cli(2)
        .args(["deposit", "20000", "--key-file", &b])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: the reward program ended at"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("this position earns no rewards"),
        "{}",
        stdout(&out)
    );
}

#[tokio::test]
async fn words_that_fit_what_happened() {
    let env = Env::with_system();
    let a = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &a]));
    env.increase_time(86_400).await;

    // Compound while paused: inflows are paused, and claiming still works.
    ok(env.cli(0).args(["gov", "pause"]));
    let err = fails(
        env.cli(1).args(["claim", "1", "--compound"]),
        1,
        "inflows are paused by the guardian",
    );
    assert!(err.contains("compounding"), "{err}");
    assert!(!err.contains("new locks are paused"), "{err}");
    ok(env.cli(0).args(["gov", "unpause"]));

    // A full unlock of a jailed position does not claim it just left the set.
    ok(env.cli(0).args(["gov", "jail", "1"]));
    let out = ok(env.cli(1).args(["unlock", "1", "--all"]));
    assert!(
        out.contains("it was jailed: already out of the set"),
        "{out}"
    );
    assert!(!out.contains("left the sequencer set"), "{out}");

    // A negative grant amount is the amount parser's refusal, not clap's.
    fails(
        env.cli(0).args([
            "grants",
            "create",
            &env.address(3).to_string(),
            "-1",
            "--duration-days",
            "30",
        ]),
        2,
        "amounts cannot be negative",
    );

    // --json prints EIP-55 addresses.
    let st = ok(env.cli(1).args(["--json", "status", "1"]));
    assert!(st.contains(&env.address(1).to_checksum(None)), "{st}");
}

#[tokio::test]
async fn a_revocation_says_what_was_kept_and_returned() {
    let env = Env::with_system();
    ok(env.cli(3).args(["faucet", "200000"]));
    ok(env.cli(3).args(["grants", "fund", "100000"]));
    ok(env.cli(0).args([
        "grants",
        "create",
        &env.address(3).to_string(),
        "36500",
        "--duration-days",
        "365",
        "--revocable",
    ]));
    env.increase_time(100 * 86_400).await;
    let out = json(&ok(env.cli(0).args(["--json", "grants", "revoke", "1"])));
    let kept: f64 = out["kept"].as_str().unwrap().parse::<f64>().unwrap() / 1e18;
    let returned: f64 = out["returned"].as_str().unwrap().parse::<f64>().unwrap() / 1e18;
    assert!(
        (kept - 10_000.0).abs() < 1.0,
        "about 100 of 365 days vested: {kept}"
    );
    assert!(
        (kept + returned - 36_500.0).abs() < 1e-9,
        "{kept} + {returned}"
    );
    let human = ok(env.cli(0).args(["grants", "list"]));
    assert!(human.contains("REVOKED"), "{human}");
}

#[tokio::test]
async fn the_approval_is_sent_only_when_the_allowance_is_short() {
    let env = Env::with_system();
    let a = env.node_key("a.key");
    let b = env.node_key("b.key");
    let n0 = env.nonce(1).await;
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &a]));
    assert_eq!(env.nonce(1).await, n0 + 2, "approve + lock");
    // Approve more than needed by hand: the next deposit sends the lock alone.
    let cast = common::workspace_root().join("node_modules/@foundry-rs/cast-linux-amd64/bin/cast");
    let out = std::process::Command::new(cast)
        .args([
            "send",
            "--rpc-url",
            &env.rpc(),
            "--private-key",
            &env.key(1),
        ])
        .arg(env.addr_of("token").to_string())
        .args(["approve(address,uint256)"])
        .arg(env.addr_of("locking").to_string())
        .arg(wei(50_000).to_string())
        .output()
        .expect("cast send");
    assert!(out.status.success(), "{}", stderr(&out));
    let n1 = env.nonce(1).await;
    let dep = json(&ok(env.cli(1).args([
        "--json",
        "deposit",
        "20000",
        "--key-file",
        &b,
    ])));
    assert!(dep["approvalTx"].is_null(), "{dep}");
    assert_eq!(env.nonce(1).await, n1 + 1, "the lock alone");
}

#[tokio::test]
async fn a_deployment_that_would_fail_sends_nothing() {
    let env = Env::start();
    let before = env.snapshot().await;
    // GrantEscrow refuses an empty pool: judged before the first contract is sent.
    fails(
        env.cli(0)
            .args(["deploy", "--test-token", "--grant-pool", "0"]),
        1,
        "a grant pool of 0 METIS is invalid",
    );
    // A token address without code, or a contract that is not a token.
    fails(
        env.cli(0).args([
            "deploy",
            "--token",
            "0x000000000000000000000000000000000000dEaD",
        ]),
        1,
        "has no code",
    );
    assert_eq!(env.snapshot().await, before, "nothing sent");
    assert!(!env.deployments().exists());
    ok(env.cli(0).args(["deploy", "--test-token"]));
    let locking = env.addr_of("locking").to_string();
    let before = env.snapshot().await;
    fails(
        env.cli(0).args(["deploy", "--force", "--token", &locking]),
        1,
        "is not an ERC-20 token",
    );
    assert_eq!(env.snapshot().await, before, "nothing sent");
    // The deployments file is written with checksummed addresses.
    let text = std::fs::read_to_string(env.deployments()).unwrap();
    assert!(
        text.contains(&env.addr_of("locking").to_checksum(None)),
        "{text}"
    );
}

#[tokio::test]
async fn read_only_commands_ignore_a_wallet_they_do_not_need() {
    let env = Env::with_system();
    // A keystore exported without its password, or a broken key: reads still work.
    ok(env
        .cli_read()
        .env("ETH_KEYSTORE", "/nonexistent/keystore.json")
        .args(["rewards", "info"]));
    ok(env
        .cli_read()
        .env("ETH_PRIVATE_KEY", "garbage")
        .args(["balance", &env.address(1).to_string()]));
    // A command that needs the sender still says what is wrong with it.
    fails(
        env.cli_read()
            .env("ETH_PRIVATE_KEY", "garbage")
            .args(["faucet", "1"]),
        2,
        "not a valid private key",
    );
}

#[tokio::test]
async fn governance_words_fit_the_call() {
    let env = Env::with_system();
    ok(env.cli(0).args(["gov", "pause"]));
    let before = env.snapshot().await;
    fails(
        env.cli(0).args(["gov", "pause"]),
        1,
        "new locks are already paused",
    );
    assert_eq!(env.snapshot().await, before, "a second pause sends nothing");
    ok(env.cli(0).args(["gov", "unpause"]));
    let before = env.snapshot().await;
    fails(
        env.cli(0).args(["gov", "unpause"]),
        1,
        "new locks are not paused",
    );
    // A stranger is told who may pause: the owner or the guardian.
    let err = fails(env.cli(3).args(["gov", "pause"]), 1, "only the owner");
    assert!(err.contains("or the guardian"), "{err}");
    // A start in milliseconds is a usage error, before anything is read or sent.
    fails(
        env.cli(0)
            .args(["rewards", "start", "--at", "1767225600000"]),
        2,
        "is it in milliseconds",
    );
    assert_eq!(env.snapshot().await, before, "no refusal sent anything");
}

#[tokio::test]
async fn a_member_of_zero_power_cannot_exist() {
    let env = Env::with_system();
    // CometBFT reads power 0 as a removal: the contract keeps the minimum lock at one unit of
    // voting power or more, so no member can have 0 (the exporter refuses one anyway).
    let before = env.snapshot().await;
    let err = fails(
        env.cli(0).args(["gov", "set-limits", "0.5", "100000"]),
        1,
        "invalid lock limits 0.5 METIS .. 100000 METIS",
    );
    assert!(err.contains("at least 1 METIS"), "{err}");
    fails(
        env.cli(0).args(["gov", "set-limits", "1", "100000.5"]),
        1,
        "invalid lock limits",
    );
    assert_eq!(env.snapshot().await, before, "nothing sent");
    ok(env.cli(0).args(["gov", "set-limits", "1", "100000"]));
}

#[tokio::test]
async fn two_deposits_at_once_from_one_account() {
    let env = Env::with_system();
    let deposit = |key: String| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("metis-stake"));
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .args(["--rpc-url", &env.rpc(), "--deployments"])
            .arg(env.deployments())
            .args([
                "--private-key",
                &env.key(1),
                "deposit",
                "20000",
                "--key-file",
                &key,
            ]);
        std::thread::spawn(move || cmd.output().expect("run metis-stake"))
    };
    let (one, two) = (
        deposit(env.node_key("a.key")),
        deposit(env.node_key("b.key")),
    );
    let outs = [one.join().unwrap(), two.join().unwrap()];
    // Whatever the interleaving, each run either locks or is refused with words that say why
    // (both runs sign the same approval at the same nonce: the node's duplicate counts as
    // sent, and a lock taken after a refused approval runs on the other run's allowance):
    // the node refuses a transaction nonce another run took, or the contract refuses a proof
    // whose possession nonce the other run's lock used up, or (the other lock mined between
    // this one's simulation and its send) the lock reverts on chain and says the chain changed.
    let mut locked = 0;
    for out in &outs {
        if out.status.success() {
            locked += 1;
        } else {
            let err = stderr(out);
            assert_eq!(out.status.code(), Some(1), "{err}");
            assert!(
                err.contains("another metis-stake or wallet sending from this account")
                    || err.contains("also one made by another run at the same time")
                    || err.contains("the chain changed between the simulation and the transaction"),
                "{err}"
            );
        }
    }
    assert!(
        locked >= 1,
        "at least one deposit locks:\n--- one ---\n{}\n--- two ---\n{}",
        stderr(&outs[0]),
        stderr(&outs[1])
    );
}

#[tokio::test]
async fn the_same_transaction_sent_by_another_run_counts_as_sent() {
    // Another run on this account signed the very same approval (same nonce, same bytes) and
    // the node holds it: the node refuses ours as a duplicate, and the deposit goes on.
    let env = Env::with_system();
    let key = env.node_key("a.key");
    let relay = common::proxy::Relay::front_run_first_pair(&env.rpc(), |raws| raws[0].clone());
    let nonce = env.nonce(1).await;
    let out = env
        .cli_via(1, &relay.url)
        .args(["deposit", "20000", "--key-file", &key])
        .output()
        .expect("run");
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("the node already had this very transaction"),
        "{err}"
    );
    assert!(err.contains("confirmed: lock 20000 METIS"), "{err}");
    assert_eq!(env.nonce(1).await, nonce + 2, "the approval and the lock");
}

#[tokio::test]
async fn a_lock_sent_after_a_refused_approval_runs_on_the_allowance_in_place() {
    // Another wallet on this account approves the locking contract at the nonce this run's
    // approval was signed for: the node refuses our approval, takes our lock at the next
    // nonce, and the lock runs on the other approval.
    use alloy::network::{EthereumWallet, NetworkTransactionBuilder, TransactionBuilder};
    use alloy::primitives::Bytes;
    use alloy::rpc::types::TransactionRequest;
    use alloy::sol_types::SolCall;
    alloy::sol! { function approve(address spender, uint256 value) external returns (bool); }
    let env = Env::with_system();
    let key = env.node_key("a.key");
    let nonce = env.nonce(1).await;
    let signer: alloy::signers::local::PrivateKeySigner = env.key(1).parse().expect("key");
    let other = TransactionRequest::default()
        .with_from(env.address(1))
        .with_to(env.addr_of("token"))
        .with_input(Bytes::from(
            approveCall {
                spender: env.addr_of("locking"),
                value: wei(20_000),
            }
            .abi_encode(),
        ))
        .with_nonce(nonce)
        .with_chain_id(31337)
        .with_gas_limit(90_000)
        .with_max_fee_per_gas(100_000_000_000)
        .with_max_priority_fee_per_gas(1_000_000_000);
    let other = <TransactionRequest as NetworkTransactionBuilder<alloy::network::Ethereum>>::build(
        other,
        &EthereumWallet::from(signer),
    )
    .await
    .expect("sign");
    let other = alloy::hex::encode_prefixed(alloy::eips::Encodable2718::encoded_2718(&other));
    let relay = common::proxy::Relay::front_run_first_pair(&env.rpc(), move |_| other.clone());
    let out = env
        .cli_via(1, &relay.url)
        .args(["deposit", "20000", "--key-file", &key])
        .output()
        .expect("run");
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("not sent: approve 20000 METIS for the locking contract"),
        "{err}"
    );
    assert!(err.contains("confirmed: lock 20000 METIS"), "{err}");
    assert_eq!(
        env.nonce(1).await,
        nonce + 2,
        "the other approval and the lock"
    );
}

#[tokio::test]
async fn the_cli_does_not_deploy_on_mainnet() {
    let env = Env::start_with(&["--chain-id", "1"]);
    let before = env.snapshot().await;
    fails(
        env.cli(0).args(["deploy", "--test-token"]),
        2,
        "refused on Ethereum mainnet",
    );
    assert_eq!(env.snapshot().await, before);
}

#[tokio::test]
async fn unjail_refused_for_budget_says_how_much_to_fund() {
    // Funding for exactly one year of one minimum lock: 20% of 20,000 METIS.
    let env = Env::start();
    ok(env.cli(0).args(["deploy", "--test-token"]));
    ok(env.cli(0).args(["faucet", "200000"]));
    ok(env.cli(0).args(["rewards", "fund", "4000"]));
    ok(env.cli(0).args(["gov", "permissionless", "on"]));
    ok(env.cli(1).args(["faucet", "50000"]));
    ok(env.cli(2).args(["faucet", "50000"]));
    let a = env.node_key("a.key");
    let b = env.node_key("b.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &a]));
    // The jail releases sequencer 1's booking, and sequencer 2 takes it.
    ok(env.cli(0).args(["gov", "jail", "1"]));
    ok(env.cli(2).args(["deposit", "20000", "--key-file", &b]));
    let before = env.snapshot().await;
    let err = fails(
        env.cli(0).args(["gov", "unjail", "1"]),
        1,
        "the reward budget cannot cover this:",
    );
    assert!(
        err.contains("4000 METIS more funding would cover it"),
        "{err}"
    );
    assert_eq!(env.snapshot().await, before);
    ok(env.cli(0).args(["rewards", "fund", "4000"]));
    ok(env.cli(0).args(["gov", "unjail", "1"]));
}
