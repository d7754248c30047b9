//! `lst` end to end: a vault deployed by `script/Deploy.s.sol` with `DEPLOY_VAULT=true`, read
//! by `lst info` before and after a deposit; a deployments file without a vault is refused
//! with the way to deploy one.

mod common;
use alloy::network::TransactionBuilder;
use alloy::primitives::U256;
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;
use alloy::sol_types::SolCall;
use common::*;
use metis_bindings::sequencer_vault::SequencerVault;
use metis_bindings::test_metis::TestMetis;
use serde_json::Value;

fn info(env: &Env) -> Value {
    let out = ok(env.cli_read().args(["--json", "lst", "info"]));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[tokio::test]
async fn info_reads_the_vault_the_deploy_script_made() {
    let env = Env::start();
    let out = env.forge_deploy(&[("DEPLOY_VAULT", "true"), ("VAULT_COMMISSION_BPS", "750")]);
    assert!(
        out.status.success(),
        "forge script failed:\n{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    let vault = env.addr_of("vault");
    let empty = info(&env);
    assert_eq!(empty["totalAssets"], "0");
    assert_eq!(empty["commissionBps"], "750");
    assert_eq!(empty["positions"], serde_json::json!([]));
    let human = ok(env.cli_read().args(["lst", "info"]));
    assert!(human.contains("commission       7.5%"), "{human}");

    // Account 0 draws TestMetis and deposits 500 METIS (anvil's accounts are unlocked).
    ok(env.cli(0).args(["faucet", "1000"]));
    let me = env.address(0);
    let amount = U256::from(500u64) * U256::from(10u64).pow(U256::from(18u64));
    for (to, data) in [
        (
            env.addr_of("token"),
            TestMetis::approveCall {
                spender: vault,
                value: amount,
            }
            .abi_encode(),
        ),
        (
            vault,
            SequencerVault::depositCall {
                assets: amount,
                receiver: me,
            }
            .abi_encode(),
        ),
    ] {
        let tx = TransactionRequest::default()
            .with_from(me)
            .with_to(to)
            .with_input(data);
        let receipt = env
            .provider
            .send_transaction(tx)
            .await
            .unwrap()
            .get_receipt()
            .await
            .unwrap();
        assert!(receipt.status(), "sent");
    }
    let after = info(&env);
    assert_eq!(after["totalAssets"], amount.to_string());
    assert_eq!(after["freeBuffer"], amount.to_string());
    assert_eq!(
        after["sharePrice"], "1000000000000000000",
        "1 METIS per share"
    );

    // Without a vault in the deployments file: refused, with the way to deploy one.
    let plain = Env::with_system();
    fails(
        plain.cli_read().args(["lst", "info"]),
        1,
        "the deployments file has no liquid staking vault",
    );
}
