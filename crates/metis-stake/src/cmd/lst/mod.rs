//! `lst`: the reference liquid staking vault (`SequencerVault`, issue 19): read it, deposit,
//! request a redemption, claim, harvest and process the queue ([`info`] and this module);
//! deploy a vault, register node operators, allocate, exit and set the commission
//! ([`admin`], through the governance routes). Every write is simulated with the approval
//! applied and explained with the vault's own errors (`Contract::Vault`).

mod admin;
mod info;

use crate::amount::metis;
use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::opts::AmountOpts;
use crate::output;
use crate::pipeline::{self, Action};
use crate::rpc::Reads;
use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::sequencer_vault::SequencerVault as V;
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum LstCmd {
    /// The vault: share price, assets by place, positions, the queue, the commission
    Info,
    /// Deposit METIS for shares (ERC-4626 `deposit`; the approval is sent when short)
    Deposit(DepositArgs),
    /// Ask for METIS back (ERC-7540 `requestRedeem`): the shares are taken now, the assets
    /// fixed now, claimable once the unlock delay has passed and the queue reaches them
    RequestRedeem(RequestArgs),
    /// Claim everything the sender's served requests hold (ERC-7540 `redeem`)
    Redeem(RedeemArgs),
    /// Claim the positions' rewards into the vault and pay the operators' commission
    Harvest,
    /// Harvest, serve the queue and ask the positions for what it still needs
    Process,
    /// Deploy a vault over the deployed system and record it in the deployments file
    Deploy(admin::DeployArgs),
    /// Register a node operator: its node key, a possession proof for the vault, where its commission goes (vault governance)
    AddOperator(admin::AddOperatorArgs),
    /// Give a node operator a new key: rotated on its live position now, or kept for its next one (vault governance)
    SetOperatorKey(admin::OperatorKeyArgs),
    /// Where a node operator's commission goes (vault governance)
    SetOperatorRewardAddress(admin::RewardAddressArgs),
    /// Move buffered METIS into a node operator's position: a new one (at least the minimum lock) or a top-up (allocator)
    Allocate(admin::AllocateArgs),
    /// Ask for a position's whole principal back: a jailed one (allocator), or any (vault governance)
    Exit(admin::ExitArgs),
    /// Announce the operators' commission: at most 10%, at most 2 points up, applied 7 days later (vault governance)
    AnnounceCommission(admin::CommissionArgs),
}

#[derive(Args, Debug)]
pub struct DepositArgs {
    #[command(flatten)]
    pub amount: AmountOpts,
    /// Who receives the shares [default: the sender]
    #[arg(long)]
    pub receiver: Option<Address>,
}

#[derive(Args, Debug)]
pub struct RequestArgs {
    /// The METIS to redeem (shares worth it at the vault's price, rounded down by the vault);
    /// or --all
    #[arg(required_unless_present = "all", conflicts_with = "all", value_parser = crate::amount::parse_amount_arg, allow_hyphen_values = true)]
    pub amount: Option<crate::amount::AmountArg>,
    /// Every share the sender holds
    #[arg(long)]
    pub all: bool,
}

#[derive(Args, Debug)]
pub struct RedeemArgs {
    /// Who receives the METIS [default: the sender]
    #[arg(long)]
    pub to: Option<Address>,
}

pub async fn run(ctx: &Ctx, cmd: LstCmd) -> Result<()> {
    match cmd {
        LstCmd::Info => info::info(ctx).await,
        LstCmd::Deposit(a) => deposit(ctx, a).await,
        LstCmd::RequestRedeem(a) => request(ctx, a).await,
        LstCmd::Redeem(a) => redeem(ctx, a).await,
        LstCmd::Harvest => harvest(ctx, false).await,
        LstCmd::Process => harvest(ctx, true).await,
        LstCmd::Deploy(a) => admin::deploy(ctx, a).await,
        LstCmd::AddOperator(a) => admin::add_operator(ctx, a).await,
        LstCmd::SetOperatorKey(a) => admin::set_operator_key(ctx, a).await,
        LstCmd::SetOperatorRewardAddress(a) => admin::set_reward_address(ctx, a).await,
        LstCmd::Allocate(a) => admin::allocate(ctx, a).await,
        LstCmd::Exit(a) => admin::exit(ctx, a).await,
        LstCmd::AnnounceCommission(a) => admin::announce_commission(ctx, a).await,
    }
}

/// `metis-stake lst deposit AMOUNT [--receiver ADDRESS]`
async fn deposit(ctx: &Ctx, args: DepositArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = d.vault()?;
    let assets = args.amount.wei()?;
    let receiver = match args.receiver {
        Some(a) => a,
        None => ctx.sender()?,
    };
    let action = Action::call(
        format!("deposit {} into the vault", metis(assets)),
        vault,
        V::depositCall { assets, receiver },
        Contract::Vault,
    )
    .pulls(d.token, assets, "the vault")
    .rerun("running it again deposits again: check `metis-stake lst info` first");
    let outcome = pipeline::execute(ctx, &action).await?;
    let shares = outcome
        .events::<V::Deposit>()
        .first()
        .map(|e| e.shares)
        .unwrap_or_default();
    output::result(
        ctx.json(),
        format!(
            "deposited {} for {} shares, held by {receiver} (tx {})",
            metis(assets),
            crate::amount::format_shares(shares),
            outcome.tx()
        ),
        json!({ "assets": assets.to_string(), "shares": shares.to_string(), "receiver": receiver, "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake lst request-redeem AMOUNT|--all`
async fn request(ctx: &Ctx, args: RequestArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = d.vault()?;
    let me = ctx.sender()?;
    let mut r = Reads::new();
    let held = r.add(vault, V::balanceOfCall { account: me });
    let delay = r.add(
        d.locking()?,
        metis_bindings::sequencer_locking::SequencerLocking::unlockDelayCall {},
    );
    let asked = match &args.amount {
        Some(a) => Some(a.to_wei(false).map_err(CliError::usage)?),
        None => None,
    };
    let converted = asked.map(|assets| r.add(vault, V::convertToSharesCall { assets }));
    let a = r.send(ctx).await?;
    let held = a.get(&held)?;
    let delay: u64 = a.get(&delay)?.saturating_to();
    let shares = match converted {
        Some(slot) => a.get(&slot)?,
        None => held,
    };
    let action = Action::call(
        "request a redemption from the vault",
        vault,
        V::requestRedeemCall {
            shares,
            controller: me,
            owner: me,
        },
        Contract::Vault,
    )
    .rerun("running it again requests again: check `metis-stake lst info` first");
    let outcome = pipeline::execute(ctx, &action).await?;
    let valued = outcome.events::<V::RedeemRequestValued>();
    let (id, assets) = valued
        .first()
        .map(|e| (e.requestId, e.assets))
        .unwrap_or_default();
    output::result(
        ctx.json(),
        format!(
            "request {id}: {} for your shares, claimable no earlier than {} from now, once the queue reaches it (`metis-stake lst process`, then `lst redeem`) (tx {})",
            metis(assets),
            crate::time::format_duration(delay),
            outcome.tx()
        ),
        json!({ "requestId": id.to_string(), "shares": shares.to_string(), "assets": assets.to_string(), "claimableAfterSeconds": delay, "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake lst redeem [--to ADDRESS]`
async fn redeem(ctx: &Ctx, args: RedeemArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = d.vault()?;
    let me = ctx.sender()?;
    let to = args.to.unwrap_or(me);
    let mut r = Reads::new();
    let claimable = r.add(vault, V::maxRedeemCall { controller: me });
    let shares = r.send(ctx).await?.get(&claimable)?;
    if shares.is_zero() {
        return Err(CliError::failed(format!("{me} has nothing to claim yet"))
            .hint("a request is claimable once the unlock delay has passed and the queue reached it: `metis-stake lst process`, then `lst info`")
            .into());
    }
    let action = Action::call(
        "claim from the vault",
        vault,
        V::redeemCall {
            shares,
            receiver: to,
            controller: me,
        },
        Contract::Vault,
    );
    let outcome = pipeline::execute(ctx, &action).await?;
    let paid = outcome
        .events::<V::Withdraw>()
        .first()
        .map(|e| e.assets)
        .unwrap_or_default();
    output::result(
        ctx.json(),
        format!("{to} received {} (tx {})", metis(paid), outcome.tx()),
        json!({ "assets": paid.to_string(), "receiver": to, "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake lst harvest` and `lst process`
async fn harvest(ctx: &Ctx, process: bool) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = d.vault()?;
    let action = if process {
        Action::call(
            "process the vault's queue",
            vault,
            V::processRedemptionsCall {},
            Contract::Vault,
        )
    } else {
        Action::call(
            "harvest the vault",
            vault,
            V::harvestCall {},
            Contract::Vault,
        )
    };
    let outcome = pipeline::execute(ctx, &action).await?;
    let harvested = outcome.events::<V::Harvested>();
    let reward: U256 = harvested.iter().map(|e| e.reward).sum();
    let fee: U256 = harvested.iter().map(|e| e.commission).sum();
    let served = outcome.events::<V::RedeemRequestClaimable>();
    let unlocked = outcome.events::<V::PositionUnlocked>();
    output::result(
        ctx.json(),
        format!(
            "claimed {} of rewards ({} to the operators), {} request(s) now claimable, {} position withdrawal(s) asked (tx {})",
            metis(reward),
            metis(fee),
            served.len(),
            unlocked.len(),
            outcome.tx()
        ),
        json!({
            "rewards": reward.to_string(),
            "commission": fee.to_string(),
            "served": served.iter().map(|e| e.requestId.to_string()).collect::<Vec<_>>(),
            "unlocked": unlocked.iter().map(|e| json!({ "positionId": e.positionId.to_string(), "amount": e.amount.to_string(), "full": e.full })).collect::<Vec<_>>(),
            "tx": outcome.tx(),
        }),
    );
    Ok(())
}
