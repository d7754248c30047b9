//! `metis-stake deploy`: the whole system, from the bytecode in the bindings.

use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::output;
use crate::pipeline::{self, Action};
use alloy::primitives::{Address, Bytes};
use alloy::providers::Provider;
use clap::Args;
use eyre::Result;
use metis_bindings::grant_escrow::GrantEscrow;
use metis_bindings::sequencer_locking::SequencerLocking;
use metis_bindings::sequencer_mining::SequencerMining;
use metis_bindings::test_metis::TestMetis;
use serde_json::json;

#[derive(Args, Debug)]
pub struct DeployArgs {
    /// Deploy TestMetis (a faucet token) as the staking token: local chains and testnets only
    #[arg(long, conflicts_with = "token")]
    pub test_token: bool,

    /// Address of the existing staking token (METIS)
    #[arg(long, value_name = "ADDRESS", required_unless_present = "test_token")]
    pub token: Option<Address>,

    /// Where slashed funds go [default: the deployer]
    #[arg(long, value_name = "ADDRESS")]
    pub treasury: Option<Address>,

    /// Who may pause new locks and jail [default: the deployer]
    #[arg(long, value_name = "ADDRESS")]
    pub guardian: Option<Address>,

    /// Size of the LST grant pool, in METIS (in wei with --wei)
    #[arg(long, default_value = "220000", value_parser = crate::amount::parse_amount_arg, value_name = "AMOUNT")]
    pub grant_pool: crate::amount::AmountArg,

    /// Read --grant-pool as raw token wei
    #[arg(long)]
    pub wei: bool,

    /// Overwrite an existing deployments file
    #[arg(long)]
    pub force: bool,
}

/// Ethereum mainnet: never deploy a faucet token there.
const MAINNET: u64 = 1;

pub async fn run(ctx: &Ctx, args: DeployArgs) -> Result<()> {
    ctx.sender()?;
    let path = ctx.deployments_path();
    if path.exists() && !args.force {
        return Err(
            CliError::failed(format!("{} already exists", path.display()))
                .hint("pass --force to replace it, or --deployments <FILE> to write elsewhere")
                .into(),
        );
    }
    if args.test_token && ctx.chain_id == MAINNET {
        return Err(
            CliError::usage("--test-token is refused on Ethereum mainnet")
                .hint("pass --token <METIS address>")
                .into(),
        );
    }
    let block = ctx
        .provider
        .get_block_number()
        .await
        .map_err(|e| crate::transport::explain_transport(&e))?;
    let token = match args.token {
        Some(t) => t,
        None => {
            output::step("deploying TestMetis");
            let addr = deploy_contract(
                ctx,
                "deploy TestMetis",
                TestMetis::deploy_builder(ctx.provider.clone())
                    .calldata()
                    .clone(),
            )
            .await?;
            output::step(format!("TestMetis at {addr}"));
            addr
        }
    };
    let deployer = ctx.sender()?;
    let treasury = args.treasury.unwrap_or(deployer);
    let guardian = args.guardian.unwrap_or(deployer);
    let pool = args.grant_pool.to_wei(args.wei).map_err(CliError::usage)?;
    let p = ctx.provider.clone();
    let locking = deploy_contract(
        ctx,
        "deploy SequencerLocking",
        SequencerLocking::deploy_builder(p.clone(), token, deployer, treasury, guardian)
            .calldata()
            .clone(),
    )
    .await?;
    let mining = deploy_contract(
        ctx,
        "deploy SequencerMining",
        SequencerMining::deploy_builder(p.clone(), token, locking, deployer)
            .calldata()
            .clone(),
    )
    .await?;
    let grants = deploy_contract(
        ctx,
        "deploy GrantEscrow",
        GrantEscrow::deploy_builder(p.clone(), token, deployer, pool)
            .calldata()
            .clone(),
    )
    .await?;
    let connect = Action::call(
        "connect the locking contract to the reward distributor",
        locking,
        SequencerLocking::setDistributorCall {
            newDistributor: mining,
        },
        Contract::Locking,
    );
    pipeline::execute(ctx, &connect).await?;

    let d = Deployments {
        chain_id: ctx.chain_id,
        token,
        test_token: args.test_token,
        locking: Some(locking),
        mining: Some(mining),
        grants: Some(grants),
        timelock: None,
        deployment_block: block + 1,
        parameters: json!({
            "owner": deployer, "treasury": treasury, "guardian": guardian, "grantPool": pool.to_string(),
        }),
    };
    d.save(&path)?;
    output::result(
        ctx.json(),
        format!(
            "deployed on chain {}; addresses written to {}\n  token     {token}{}\n  locking   {locking}\n  mining    {mining}\n  grants    {grants}\n  owner     {deployer} (governance: this account)",
            ctx.chain_id,
            path.display(),
            if args.test_token { " (TestMetis)" } else { "" }
        ),
        json!({ "deploymentsFile": path, "deployments": d }),
    );
    Ok(())
}

async fn deploy_contract(ctx: &Ctx, label: &str, init_code: Bytes) -> Result<Address> {
    let action = Action::deploy(label, init_code)
        .rerun("`metis-stake deploy` writes the deployments file only at the end: run it again with --force to deploy afresh");
    let outcome = pipeline::execute(ctx, &action).await?;
    outcome.receipt.contract_address.ok_or_else(|| {
        CliError::failed(format!("{label}: the receipt has no contract address")).into()
    })
}
