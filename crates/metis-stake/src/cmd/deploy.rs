//! `metis-stake deploy`: the whole system, from the bytecode in the bindings.

use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::output;
use crate::pipeline::{self, Action};
use crate::rpc::Reads;
use alloy::primitives::Address;
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
    if ctx.chain_id == MAINNET {
        // This command makes the deployer's key the owner and (by default) the guardian: on a
        // chain of real value, governance must be a timelock from the first block.
        return Err(CliError::usage(
            "`metis-stake deploy` is refused on Ethereum mainnet: it leaves the deployer's key owning every contract",
        )
        .hint("deploy with `forge script script/Deploy.s.sol` (README, \"Deploying to Sepolia\"): it hands everything to a timelock and refuses a guardian equal to the deployer")
        .into());
    }
    let block = ctx
        .provider
        .get_block_number()
        .await
        .map_err(|e| crate::transport::explain_transport(&e))?;
    let deployer = ctx.sender()?;
    let treasury = args.treasury.unwrap_or(deployer);
    let guardian = args.guardian.unwrap_or(deployer);
    let pool = args.grant_pool.to_wei(args.wei).map_err(CliError::usage)?;
    if let Some(t) = args.token {
        check_token(ctx, t).await?;
    }
    // The addresses the contracts will get (CREATE: the deployer's nonce), so that every
    // constructor is judged before the first transaction is sent.
    let nonce = ctx
        .provider
        .get_transaction_count(deployer)
        .pending()
        .await
        .map_err(|e| crate::transport::explain_transport(&e))?;
    let (token, locking_nonce) = match args.token {
        Some(t) => (t, nonce),
        None => (deployer.create(nonce), nonce + 1),
    };
    let p = ctx.provider.clone();
    let locking_at = deployer.create(locking_nonce);
    let deploy_locking = Action::deploy(
        "deploy SequencerLocking",
        SequencerLocking::deploy_builder(p.clone(), token, deployer, treasury, guardian)
            .calldata()
            .clone(),
        Contract::Locking,
    );
    let deploy_mining = Action::deploy(
        "deploy SequencerMining",
        SequencerMining::deploy_builder(p.clone(), token, locking_at, deployer)
            .calldata()
            .clone(),
        Contract::Mining,
    );
    let deploy_grants = Action::deploy(
        "deploy GrantEscrow",
        GrantEscrow::deploy_builder(p.clone(), token, deployer, pool)
            .calldata()
            .clone(),
        Contract::Grants,
    );
    // SequencerMining's constructor reads the locking contract, which does not exist yet: it
    // is judged when it is sent, after SequencerLocking.
    pipeline::check(ctx, &[&deploy_locking, &deploy_grants]).await?;

    if args.token.is_none() {
        let addr = deploy_contract(
            ctx,
            Action::deploy(
                "deploy TestMetis",
                TestMetis::deploy_builder(ctx.provider.clone())
                    .calldata()
                    .clone(),
                Contract::Token,
            ),
        )
        .await?;
        output::step(format!("TestMetis at {addr}"));
    }
    let locking = deploy_contract(ctx, deploy_locking).await?;
    let mining = deploy_contract(ctx, deploy_mining).await?;
    let grants = deploy_contract(ctx, deploy_grants).await?;
    if locking != locking_at {
        return Err(CliError::failed(format!(
            "SequencerLocking landed at {locking}, not at {locking_at}: another transaction from {deployer} was mined in between"
        ))
        .hint("deploy again with --force, with no other transaction from this account meanwhile")
        .into());
    }
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
        vault: None,
        slasher: None,
        deployment_block: block + 1,
        parameters: json!({
            "owner": deployer, "treasury": treasury, "guardian": guardian, "grantPool": pool.to_string(),
        }),
    };
    d.save(&path)?;
    output::result(
        ctx.json(),
        format!(
            "deployed on chain {}; addresses written to {}\n  token     {token}{}\n  locking   {locking}\n  mining    {mining}\n  grants    {grants}\n  owner     {deployer} (governance: this account)\n  treasury  {treasury}\n  guardian  {guardian}",
            ctx.chain_id,
            path.display(),
            if args.test_token { " (TestMetis)" } else { "" }
        ),
        json!({ "deploymentsFile": path, "deployments": d }),
    );
    Ok(())
}

async fn deploy_contract(ctx: &Ctx, action: Action) -> Result<Address> {
    let action = action.rerun("`metis-stake deploy` writes the deployments file only at the end: run it again with --force to deploy afresh");
    pipeline::execute(ctx, &action)
        .await?
        .created(&action.label)
}

/// `--token` must be an ERC-20 contract: code at the address, and `totalSupply()` and
/// `balanceOf` answering a 32-byte word (what the contracts cannot check at construction).
async fn check_token(ctx: &Ctx, token: Address) -> Result<()> {
    let refuse = |why: &str| -> eyre::Report {
        CliError::failed(format!("--token {token} {why} on chain {}", ctx.chain_id))
            .hint("pass the address of the METIS token on this chain (or --test-token on a local chain or testnet)")
            .into()
    };
    let code = ctx
        .provider
        .get_code_at(token)
        .await
        .map_err(|e| crate::transport::explain_transport(&e))?;
    if code.is_empty() {
        return Err(refuse("has no code"));
    }
    let mut r = Reads::new();
    let supply = r.add(token, TestMetis::totalSupplyCall {});
    let bal = r.add(
        token,
        TestMetis::balanceOfCall {
            account: Address::ZERO,
        },
    );
    let answers = r
        .send(ctx)
        .await
        .map_err(|_| refuse("is not an ERC-20 token (its views revert)"))?;
    if answers.get(&supply).is_err() || answers.get(&bal).is_err() {
        return Err(refuse("is not an ERC-20 token (no totalSupply/balanceOf)"));
    }
    Ok(())
}
