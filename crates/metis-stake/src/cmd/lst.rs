//! `lst`: the reference liquid staking vault (`SequencerVault`, issue 19): read it, deposit,
//! request a redemption, claim, harvest and process the queue. Every write is simulated with
//! the approval applied and explained with the vault's own errors (`Contract::Vault`).

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
        LstCmd::Info => info(ctx).await,
        LstCmd::Deposit(a) => deposit(ctx, a).await,
        LstCmd::RequestRedeem(a) => request(ctx, a).await,
        LstCmd::Redeem(a) => redeem(ctx, a).await,
        LstCmd::Harvest => harvest(ctx, false).await,
        LstCmd::Process => harvest(ctx, true).await,
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

/// `metis-stake lst info`
async fn info(ctx: &Ctx) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = d.vault()?;
    // What one whole share (10^24 units) is worth.
    let one_share = U256::from(10).pow(U256::from(24));
    let mut r = Reads::new();
    let total = r.add(vault, V::totalAssetsCall {});
    let supply = r.add(vault, V::totalSupplyCall {});
    let price = r.add(vault, V::convertToAssetsCall { shares: one_share });
    let books = r.add(vault, V::bookedAssetsCall {});
    let queue = r.add(vault, V::queueCall {});
    let positions = r.add(vault, V::positionsCall {});
    let commission = r.add(vault, V::commissionCall {});
    let operators = r.add(vault, V::nodeOperatorCountCall {});
    let a = r.send(ctx).await?;
    let (total, supply, price) = (a.get(&total)?, a.get(&supply)?, a.get(&price)?);
    let books = a.get(&books)?;
    let queue = a.get(&queue)?;
    let positions = a.get(&positions)?;
    let commission = a.get(&commission)?;
    let operators = a.get(&operators)?;
    let waiting = queue.lastRequestId + U256::from(1) - queue.nextToServe;
    let free = books.buffer.saturating_sub(books.reserved);
    let mut text = format!(
        "vault {vault}\n  share price      {} METIS per share\n  total assets     {} (backing {} shares)\n  free buffer      {}\n  in positions     {} (principal and pending withdrawals, {} position(s), {} operator(s))\n  claimable        {} (set aside for served requests)\n  queue            {} request(s) waiting, worth {}\n  commission       {}%",
        metis(price),
        metis(total),
        crate::amount::format_shares(supply),
        metis(free),
        metis(books.booked),
        positions.len(),
        operators,
        metis(books.reserved),
        waiting,
        metis(queue.pendingAssets),
        crate::amount::percent(commission.bps.saturating_to()),
    );
    if !commission.effectiveAt.is_zero() {
        text += &format!(
            "\n  announced        {}% from the first harvest after {}",
            crate::amount::percent(commission.nextBps.saturating_to()),
            crate::time::format_ts(commission.effectiveAt.saturating_to())
        );
    }
    output::result(
        ctx.json(),
        text,
        json!({
            "vault": vault,
            "sharePrice": price.to_string(),
            "totalAssets": total.to_string(),
            "totalSupply": supply.to_string(),
            "freeBuffer": free.to_string(),
            "reserved": books.reserved.to_string(),
            "booked": books.booked.to_string(),
            "positions": positions.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            "nodeOperators": operators.to_string(),
            "queue": {
                "nextToServe": queue.nextToServe.to_string(),
                "lastRequestId": queue.lastRequestId.to_string(),
                "pendingAssets": queue.pendingAssets.to_string(),
            },
            "commissionBps": commission.bps.to_string(),
            "nextCommissionBps": commission.nextBps.to_string(),
            "commissionEffectiveAt": commission.effectiveAt.to_string(),
        }),
    );
    Ok(())
}
