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

#[derive(Args, Debug)]
pub struct LstArgs {
    /// The vault [default: `vault` in the deployments file]
    #[arg(long, global = true, env = "METIS_VAULT", value_name = "ADDRESS")]
    pub vault: Option<Address>,
    #[command(subcommand)]
    pub cmd: LstCmd,
}

#[derive(Subcommand, Debug)]
pub enum LstCmd {
    /// The vault: share price, assets by place, positions, operators, the queue and its expected waits, and a holder's part
    Info(info::InfoArgs),
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
    /// Approve a new key for a node operator's live position without a proof (vault governance; for calls waiting in a timelock)
    ApproveOperatorKey(admin::ApproveKeyArgs),
    /// Rotate a node operator's live position to its approved key, with a fresh proof (anyone; the operator)
    ApplyOperatorKey(admin::ApplyKeyArgs),
    /// Where a node operator's commission goes (vault governance)
    SetOperatorRewardAddress(admin::RewardAddressArgs),
    /// Move buffered METIS into a node operator's position: a new one (at least the minimum lock) or a top-up (allocator)
    Allocate(admin::AllocateArgs),
    /// Ask for a position's whole principal back: a jailed one (allocator), or any (vault governance)
    Exit(admin::ExitArgs),
    /// Announce the operators' commission: at most 10%, at most 2 points up, applied 7 days later (vault governance)
    AnnounceCommission(admin::CommissionArgs),
    /// Grant a vault role (allocator or admin) to an account (vault governance)
    GrantRole(admin::RoleArgs),
    /// Revoke a vault role from an account (vault governance)
    RevokeRole(admin::RoleArgs),
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
    /// The METIS to redeem, in METIS (in wei with --wei): the fewest shares worth at least
    /// that at the vault's price; or --all
    #[arg(required_unless_present = "all", conflicts_with = "all", value_parser = crate::amount::parse_amount_arg, allow_hyphen_values = true)]
    pub amount: Option<crate::amount::AmountArg>,
    /// Read AMOUNT as raw token wei
    #[arg(long, requires = "amount")]
    pub wei: bool,
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

/// The vault this command acts on (`--vault`, else the deployments file's), checked to be a
/// SequencerVault over the deployments file's locking contract (one read).
pub(crate) async fn vault(ctx: &Ctx, d: &crate::deployments::Deployments) -> Result<Address> {
    let vault = d.vault()?;
    let locking = d.locking()?;
    let mut r = Reads::new();
    let slot = r.add(vault, V::LOCKINGCall {});
    let over = match r.send(ctx).await {
        Ok(a) => a.get(&slot).ok(),
        Err(_) => None,
    };
    if over != Some(locking) {
        return Err(CliError::failed(format!(
            "{vault} is not a SequencerVault over the locking contract {locking}"
        ))
        .hint("name the vault with --vault ADDRESS (or METIS_VAULT), or check the deployments file's `vault`")
        .into());
    }
    Ok(vault)
}

/// The accounts holding each role on `vault` now, in the order they were first granted it,
/// rebuilt from the vault's `RoleGranted` and `RoleRevoked` events from the deployment block
/// in one scan (OpenZeppelin `AccessControl` keeps no list of holders): `(role, holders)`.
pub(crate) async fn role_holders(
    ctx: &Ctx,
    d: &crate::deployments::Deployments,
    vault: Address,
) -> Result<Vec<(alloy::primitives::B256, Vec<Address>)>> {
    use alloy::sol_types::SolEvent;
    let filter = alloy::rpc::types::Filter::new()
        .address(vault)
        .event_signature(vec![
            V::RoleGranted::SIGNATURE_HASH,
            V::RoleRevoked::SIGNATURE_HASH,
        ]);
    let to = crate::logs::latest_block(&ctx.provider).await?;
    let mut source = crate::logs::NodeLogs::new(&ctx.provider, filter);
    let found = crate::logs::read(
        &mut source,
        d.deployment_block,
        to,
        crate::logs::DEFAULT_RANGE,
        |_| {},
    )
    .await?;
    let mut roles: Vec<(alloy::primitives::B256, Vec<Address>)> = Vec::new();
    for log in &found {
        let (role, account, granted) = if let Ok(e) = V::RoleGranted::decode_log(&log.inner) {
            (e.role, e.account, true)
        } else if let Ok(e) = V::RoleRevoked::decode_log(&log.inner) {
            (e.role, e.account, false)
        } else {
            continue;
        };
        let i = match roles.iter().position(|(r, _)| *r == role) {
            Some(i) => i,
            None => {
                roles.push((role, Vec::new()));
                roles.len() - 1
            }
        };
        let holders = &mut roles[i].1;
        if granted && !holders.contains(&account) {
            holders.push(account);
        } else if !granted {
            holders.retain(|a| *a != account);
        }
    }
    Ok(roles)
}

/// The holders of `role` among [`role_holders`]'s answer.
pub(crate) fn holders_of(
    roles: &[(alloy::primitives::B256, Vec<Address>)],
    role: alloy::primitives::B256,
) -> Vec<Address> {
    roles
        .iter()
        .find(|(r, _)| *r == role)
        .map(|(_, h)| h.clone())
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, cmd: LstCmd) -> Result<()> {
    match cmd {
        LstCmd::Info(a) => info::info(ctx, a).await,
        LstCmd::Deposit(a) => deposit(ctx, a).await,
        LstCmd::RequestRedeem(a) => request(ctx, a).await,
        LstCmd::Redeem(a) => redeem(ctx, a).await,
        LstCmd::Harvest => harvest(ctx, false).await,
        LstCmd::Process => harvest(ctx, true).await,
        LstCmd::Deploy(a) => admin::deploy(ctx, a).await,
        LstCmd::AddOperator(a) => admin::add_operator(ctx, a).await,
        LstCmd::SetOperatorKey(a) => admin::set_operator_key(ctx, a).await,
        LstCmd::ApproveOperatorKey(a) => admin::approve_operator_key(ctx, a).await,
        LstCmd::ApplyOperatorKey(a) => admin::apply_operator_key(ctx, a).await,
        LstCmd::SetOperatorRewardAddress(a) => admin::set_reward_address(ctx, a).await,
        LstCmd::Allocate(a) => admin::allocate(ctx, a).await,
        LstCmd::Exit(a) => admin::exit(ctx, a).await,
        LstCmd::AnnounceCommission(a) => admin::announce_commission(ctx, a).await,
        LstCmd::GrantRole(a) => admin::role(ctx, a, true).await,
        LstCmd::RevokeRole(a) => admin::role(ctx, a, false).await,
    }
}

/// `metis-stake lst deposit AMOUNT [--receiver ADDRESS]`
async fn deposit(ctx: &Ctx, args: DepositArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = vault(ctx, &d).await?;
    let assets = args.amount.wei()?;
    if assets.is_zero() {
        return Err(CliError::usage("nothing to deposit: the amount is 0").into());
    }
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
    .rerun("running it again deposits again: check `metis-stake lst info` first")
    .at(crate::governance::next_block_time(ctx).await?);
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
///
/// AMOUNT is METIS: the shares asked for are the fewest worth at least AMOUNT at the vault's
/// price now (so the request is worth AMOUNT or, as the price rises until it is mined, a
/// little more), or every share the sender holds if that is fewer than one share unit more.
async fn request(ctx: &Ctx, args: RequestArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = vault(ctx, &d).await?;
    let me = ctx.sender()?;
    let asked = match &args.amount {
        Some(a) => Some(a.to_wei(args.wei).map_err(CliError::usage)?),
        None => None,
    };
    if asked.is_some_and(|a| a.is_zero()) {
        return Err(CliError::usage("nothing to redeem: the amount is 0")
            .hint("`metis-stake lst request-redeem --all` asks for every share")
            .into());
    }
    let mut r = Reads::new();
    let held = r.add(vault, V::balanceOfCall { account: me });
    let delay = r.add(
        d.locking()?,
        metis_bindings::sequencer_locking::SequencerLocking::unlockDelayCall {},
    );
    let converted = asked.map(|assets| r.add(vault, V::convertToSharesCall { assets }));
    let a = r.send(ctx).await?;
    let held = a.get(&held)?;
    let delay: u64 = a.get(&delay)?.saturating_to();
    // The shares: rounded up so that the request is worth at least AMOUNT.
    let shares = match (converted, asked) {
        (Some(slot), Some(assets)) => {
            let down = a.get(&slot)?;
            let mut r = Reads::new();
            let worth = r.add(vault, V::convertToAssetsCall { shares: down });
            let worth_held = r.add(vault, V::convertToAssetsCall { shares: held });
            let b = r.send(ctx).await?;
            let up = if b.get(&worth)? < assets {
                down + U256::from(1)
            } else {
                down
            };
            if up > held && down <= held {
                held
            } else if up > held {
                return Err(CliError::failed(format!(
                    "{me} holds {} shares, worth {} at the vault's price; {} asked",
                    crate::amount::format_shares(held),
                    metis(b.get(&worth_held)?),
                    metis(assets)
                ))
                .hint("`metis-stake lst request-redeem --all` asks for every share")
                .into());
            } else {
                up
            }
        }
        _ => held,
    };
    if shares.is_zero() {
        return Err(
            CliError::failed(format!("{me} holds no shares of the vault {vault}"))
                .hint("`metis-stake lst info --holder ADDRESS` shows what an account holds")
                .into(),
        );
    }
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
    .rerun("running it again requests again: check `metis-stake lst info` first")
    .at(crate::governance::next_block_time(ctx).await?);
    let outcome = pipeline::execute(ctx, &action).await?;
    let valued = outcome.events::<V::RedeemRequestValued>();
    let (id, assets) = valued
        .first()
        .map(|e| (e.requestId, e.assets))
        .unwrap_or_default();
    output::result(
        ctx.json(),
        format!(
            "request {id}: {} for {} shares, claimable no earlier than {} from now, once the queue reaches it (`metis-stake lst info` shows when it is expected; `lst process`, then `lst redeem`) (tx {})",
            metis(assets),
            crate::amount::format_shares(shares),
            crate::time::format_duration(delay),
            outcome.tx()
        ),
        json!({ "requestId": id.to_string(), "shares": shares.to_string(), "assets": assets.to_string(), "claimableAfterSeconds": delay, "tx": outcome.tx() }),
    );
    Ok(())
}

/// Why `me` has nothing to claim: its waiting requests among the first
/// [`info::LISTED_REQUESTS`] of the queue, each with its earliest claimable time, or none.
async fn nothing_to_claim(ctx: &Ctx, vault: Address, me: Address) -> Result<CliError> {
    let mut r = Reads::new();
    let queue = r.add(vault, V::queueCall {});
    let q = r.send(ctx).await?.get(&queue)?;
    let (first, last) = (
        q.nextToServe.saturating_to::<u64>(),
        q.lastRequestId.saturating_to::<u64>(),
    );
    let ids = info::listed_ids(first, last);
    let read_last = *ids.end();
    let mut r = Reads::new();
    let slots: Vec<_> = ids
        .map(|id| {
            let call = V::requestCall {
                requestId: U256::from(id),
            };
            (id, r.add(vault, call))
        })
        .collect();
    let a = r.send(ctx).await?;
    let mut mine = Vec::new();
    for (id, slot) in &slots {
        let x = a.get(slot)?;
        if x.r.controller == me {
            mine.push(format!(
                "#{id} ({}, claimable no earlier than {})",
                metis(x.assets),
                crate::time::format_ts(x.r.claimableAt)
            ));
        }
    }
    let more = if read_last < last {
        format!(" among the first {} of the queue", info::LISTED_REQUESTS)
    } else {
        String::new()
    };
    Ok(if mine.is_empty() {
        CliError::failed(format!(
            "{me} has nothing to claim and no request waiting{more} in the vault {vault}"
        ))
        .hint("`metis-stake lst request-redeem AMOUNT` asks for METIS back")
    } else {
        CliError::failed(format!(
            "{me} has nothing to claim yet: its request(s) {} wait in the queue",
            mine.join(", ")
        ))
        .hint("`metis-stake lst info` shows when each is expected; `lst process` serves those whose time has come")
    })
}

/// `metis-stake lst redeem [--to ADDRESS]`
async fn redeem(ctx: &Ctx, args: RedeemArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = vault(ctx, &d).await?;
    let me = ctx.sender()?;
    let to = args.to.unwrap_or(me);
    let mut r = Reads::new();
    let claimable = r.add(vault, V::maxRedeemCall { controller: me });
    let shares = r.send(ctx).await?.get(&claimable)?;
    if shares.is_zero() {
        return Err(nothing_to_claim(ctx, vault, me).await?.into());
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
    )
    .at(crate::governance::next_block_time(ctx).await?);
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
    let vault = vault(ctx, &d).await?;
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
    // Simulated when it will be mined: rewards accrued by then are claimed, and the gas limit
    // covers their claims (simulated at the latest block, right after another harvest, it
    // would see none).
    let action = action.at(crate::governance::next_block_time(ctx).await?);
    let outcome = pipeline::execute(ctx, &action).await?;
    let harvested = outcome.events::<V::Harvested>();
    let reward: U256 = harvested.iter().map(|e| e.reward).sum();
    let fee: U256 = harvested.iter().map(|e| e.commission).sum();
    let served = outcome.events::<V::RedeemRequestClaimable>();
    let unlocked = outcome.events::<V::PositionUnlocked>();
    let collected = outcome.events::<V::PositionWithdrawn>();
    let back: U256 = collected.iter().map(|e| e.amount).sum();
    output::result(
        ctx.json(),
        format!(
            "claimed {} of rewards ({} to the operators), collected {} from {} due withdrawal(s), {} request(s) now claimable, {} position withdrawal(s) asked (tx {})",
            metis(reward),
            metis(fee),
            metis(back),
            collected.len(),
            served.len(),
            unlocked.len(),
            outcome.tx()
        ),
        json!({
            "rewards": reward.to_string(),
            "commission": fee.to_string(),
            "collected": collected.iter().map(|e| json!({ "positionId": e.positionId.to_string(), "amount": e.amount.to_string() })).collect::<Vec<_>>(),
            "served": served.iter().map(|e| e.requestId.to_string()).collect::<Vec<_>>(),
            "unlocked": unlocked.iter().map(|e| json!({ "positionId": e.positionId.to_string(), "amount": e.amount.to_string(), "full": e.full })).collect::<Vec<_>>(),
            "tx": outcome.tx(),
        }),
    );
    Ok(())
}
