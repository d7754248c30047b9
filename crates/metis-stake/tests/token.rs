//! `deploy --test-token`, `faucet`, `balance` and the errors every command shares,
//! against a real anvil.

mod common;
use common::*;
use metis_bindings::test_metis::TestMetis;

#[tokio::test]
async fn deploy_then_faucet_then_balance() {
    let env = Env::start();
    env.cli(0)
        .args(["deploy", "--test-token"])
        .assert()
        .success();
    let token = env.addr_of("token");
    assert_eq!(env.deployed()["testToken"], true);
    assert_eq!(env.deployed()["chainId"], 31337);

    let out = env.cli(1).args(["faucet", "1234.5"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("received 1234.5 METIS"),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("confirmed: faucet 1234.5 METIS"),
        "{}",
        stderr(&out)
    );

    let t = TestMetis::new(token, env.provider.clone());
    let bal = t.balanceOf(env.address(1)).call().await.unwrap();
    assert_eq!(bal, wei(1234) + wei(1) / alloy::primitives::U256::from(2));

    let out = env
        .cli_read()
        .args(["balance", &env.address(1).to_string()])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "1234.5 METIS\n");
    let out = env
        .cli_read()
        .args(["--json", "balance", &env.address(1).to_string()])
        .output()
        .unwrap();
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["balance"], "1234500000000000000000");
}

#[tokio::test]
async fn a_reverting_faucet_call_is_explained_and_nothing_is_sent() {
    let env = Env::start();
    env.cli(0)
        .args(["deploy", "--test-token"])
        .assert()
        .success();
    let nonce = env.nonce(1).await;
    let block = env.block_number().await;
    let out = env.cli(1).args(["faucet", "250001"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).lines().next().unwrap(),
        "error: 250001 METIS is more than the faucet gives at once (250000 METIS)"
    );
    assert!(stderr(&out).contains("hint: "));
    assert!(out.stdout.is_empty());
    assert_eq!(env.nonce(1).await, nonce, "nothing sent");
    assert_eq!(env.block_number().await, block, "no block mined");
}

#[tokio::test]
async fn bad_amounts_are_usage_errors() {
    let env = Env::start();
    env.cli(0)
        .args(["deploy", "--test-token"])
        .assert()
        .success();
    let nonce = env.nonce(1).await;
    for (amount, needle) in [
        ("abc", "not an amount"),
        ("-5", "negative"),
        ("1.0000000000000000001", "19 decimals"),
        ("1e18", "not an amount"),
    ] {
        let out = env.cli(1).args(["faucet", amount]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{amount}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{amount}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("error:"),
            "{amount}: {}",
            stderr(&out)
        );
    }
    let out = env
        .cli(1)
        .args(["faucet", "1.5", "--wei"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--wei"), "{}", stderr(&out));
    assert_eq!(env.nonce(1).await, nonce, "nothing sent");
}

#[tokio::test]
async fn unreachable_rpc_is_a_clear_error() {
    let out = assert_cmd::Command::cargo_bin("metis-stake")
        .unwrap()
        .env_clear()
        .args([
            "--rpc-url",
            "http://127.0.0.1:1",
            "balance",
            "0x0000000000000000000000000000000000000001",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: cannot reach the RPC at http://127.0.0.1:1"),
        "{err}"
    );
    assert!(err.contains("hint: "), "{err}");

    let out = assert_cmd::Command::cargo_bin("metis-stake")
        .unwrap()
        .env_clear()
        .args(["--rpc-url", "not a url", "balance"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[tokio::test]
async fn missing_or_foreign_deployments_file() {
    let env = Env::start();
    let out = env
        .cli_read()
        .args(["balance", "0x0000000000000000000000000000000000000001"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("error: no deployments file at"),
        "{}",
        stderr(&out)
    );

    env.cli(0)
        .args(["deploy", "--test-token"])
        .assert()
        .success();
    let other = Env::start_with(&["--chain-id", "11155111"]);
    std::fs::copy(env.deployments(), other.deployments()).unwrap();
    let out = other
        .cli_read()
        .args(["balance", "0x0000000000000000000000000000000000000001"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is for chain id 31337, but the RPC serves chain id 11155111"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test]
async fn sending_without_a_key_is_a_usage_error() {
    let env = Env::start();
    env.cli(0)
        .args(["deploy", "--test-token"])
        .assert()
        .success();
    let out = env.cli_read().args(["faucet", "1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("needs an account"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--private-key"), "{}", stderr(&out));
}
