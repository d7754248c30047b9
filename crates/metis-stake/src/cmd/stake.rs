//! The staker's commands: `deposit`, `top-up`, `unlock`, `withdraw`, `rotate-signer`,
//! `set-recipient`. Each turns its arguments into an [`Action`]; the contract judges it in
//! the pipeline's simulation, and the result is read from the receipt's events.

use crate::amount::metis;
use crate::contracts::{status, Contract};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::opts::{AmountOpts, NodeKeyOpts};
use crate::output;
use crate::pipeline::{self, Action};
use crate::possession;
use crate::possession::NodeKey;
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use alloy::primitives::{Address, U256};
use clap::Args;
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking as L;
use metis_bindings::sequencer_mining::SequencerMining as M;
use serde_json::json;

#[derive(Args, Debug)]
pub struct DepositArgs {
    #[command(flatten)]
    pub amount: AmountOpts,
    #[command(flatten, next_help_heading = "Node key")]
    pub key: NodeKeyOpts,
}

#[derive(Args, Debug)]
pub struct TopUpArgs {
    /// Sequencer id
    pub id: u64,
    #[command(flatten)]
    pub amount: AmountOpts,
}

#[derive(Args, Debug)]
pub struct UnlockArgs {
    /// Sequencer id
    pub id: u64,
    /// How much to unlock, in METIS (partial: the rest stays locked and active)
    #[arg(value_parser = crate::amount::parse_amount_arg, required_unless_present = "all", conflicts_with = "all", allow_hyphen_values = true)]
    pub amount: Option<crate::amount::AmountArg>,
    /// Unlock everything: leave the sequencer set now, stop earning, withdraw after the delay
    #[arg(long)]
    pub all: bool,
    /// Read AMOUNT as raw token wei
    #[arg(long, requires = "amount")]
    pub wei: bool,
}

#[derive(Args, Debug)]
pub struct IdArgs {
    /// Sequencer id
    pub id: u64,
}

#[derive(Args, Debug)]
pub struct RotateArgs {
    /// Sequencer id
    pub id: u64,
    #[command(flatten, next_help_heading = "Node key")]
    pub key: NodeKeyOpts,
}

#[derive(Args, Debug)]
pub struct RecipientArgs {
    /// Sequencer id
    pub id: u64,
    /// Where rewards go by default (the zero address resets it to the owner)
    pub recipient: Address,
}

/// `metis-stake deposit AMOUNT (--pubkey HEX --proof HEX | --key-file FILE)`
pub async fn deposit(ctx: &Ctx, args: DepositArgs) -> Result<()> {
    let amount = args.amount.wei()?;
    let d = ctx.deployments()?;
    let locking = d.locking()?;
    let owner = ctx.sender()?;
    let key = NodeKey::from_opts(&args.key)?;
    let pubkey = key.pubkey();
    let signer = possession::signer_of(&pubkey);

    // One round trip: the owner's proof nonce and the program window.
    let mut r = Reads::new().with_block_time();
    let nonce = r.add(locking, L::noncesCall { owner_: owner });
    let end = d.mining.map(|m| r.add(m, M::programEndCall {}));
    let a = r.send(ctx).await?;
    let nonce = if key.needs_nonce() {
        a.get(&nonce)?
    } else {
        U256::ZERO
    };
    let proof = key.proof(owner, nonce, ctx.chain_id, locking)?;
    let ended = match &end {
        Some(e) => Some(a.get(e)?).filter(|end| *end != 0 && *end <= a.block_time()),
        None => None,
    };
    if let Some(end) = ended {
        output::step(format!(
            "warning: the reward program ended at {}: this lock earns no rewards",
            format_ts(end)
        ));
    }

    let action = Action::call(
        format!("lock {} as sequencer {signer}", metis(amount)),
        locking,
        L::lockCall {
            pubkey: pubkey.clone(),
            proof,
            amount,
        },
        Contract::Locking,
    )
    .pulls(d.token, amount, "the locking contract")
    .rerun("running `metis-stake deposit` again is safe: a node key binds once, so a lock that went through is refused, not repeated (`metis-stake status` shows it)");
    let outcome = pipeline::execute(ctx, &action).await?;
    let locked = outcome
        .event::<L::Locked>()
        .ok_or_else(|| CliError::failed("the lock was mined but emitted no Locked event"))?;
    let note = ended.map(|e| {
        format!(
            "the reward program ended at {}: this position earns no rewards",
            format_ts(e)
        )
    });
    output::result(
        ctx.json(),
        format!(
            "sequencer {} locked {} (signer {signer}){}",
            locked.id,
            metis(locked.amount),
            note.as_ref()
                .map(|n| format!("\nnote: {n}"))
                .unwrap_or_default()
        ),
        json!({ "id": locked.id.to_string(), "owner": owner, "signer": signer, "pubkey": pubkey, "amount": locked.amount.to_string(), "earns": note.is_none(), "tx": outcome.tx(), "approvalTx": outcome.approval.as_ref().map(|r| r.transaction_hash) }),
    );
    Ok(())
}

/// `metis-stake top-up ID AMOUNT`
pub async fn top_up(ctx: &Ctx, args: TopUpArgs) -> Result<()> {
    let amount = args.amount.wei()?;
    let d = ctx.deployments()?;
    let locking = d.locking()?;
    let id = U256::from(args.id);
    // The status, to say when the added METIS will not earn (the contract accepts top-ups of
    // jailed positions).
    let mut r = Reads::new();
    let pos = r.add(locking, L::getPositionCall { id });
    let status = r
        .send(ctx)
        .await?
        .get(&pos)
        .map(|p| p.status)
        .unwrap_or_default();
    let action = Action::call(
        format!("top up sequencer {id} by {}", metis(amount)),
        locking,
        L::increaseLockCall { id, amount },
        Contract::Locking,
    )
    .pulls(d.token, amount, "the locking contract")
    .hint_on::<L::NotWhitelisted>(format!(
        "a removed operator cannot add to sequencer {id} while the whitelist is in force; it can still unlock, withdraw and claim"
    ))
    .rerun(format!(
        "check `metis-stake status {id}` before running the command again: a second run adds again"
    ));
    let outcome = pipeline::execute(ctx, &action).await?;
    let e = outcome.event::<L::LockIncreased>().ok_or_else(|| {
        CliError::failed("the top-up was mined but emitted no LockIncreased event")
    })?;
    let note = (status != status::ACTIVE).then(|| {
        format!(
            "\nnote: sequencer {id} is {}: it earns nothing until it is back in the set",
            crate::contracts::status_label(status)
        )
    });
    output::result(
        ctx.json(),
        format!(
            "sequencer {id} now locks {}{}",
            metis(e.newAmount),
            note.clone().unwrap_or_default()
        ),
        json!({ "id": id.to_string(), "added": e.amount.to_string(), "amount": e.newAmount.to_string(), "earns": note.is_none(), "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake unlock ID (AMOUNT | --all)`
pub async fn unlock(ctx: &Ctx, args: UnlockArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let locking = d.locking()?;
    let id = U256::from(args.id);
    let mut r = Reads::new().with_block_time();
    let pos = r.add(locking, L::getPositionCall { id });
    let a = r.send(ctx).await?;
    let p = a.get(&pos)?;
    let now = a.block_time();
    let amount = match &args.amount {
        Some(x) => x.to_wei(args.wei).map_err(CliError::usage)?,
        None => p.amount,
    };
    let label = if args.all {
        format!("unlock all of sequencer {id} ({})", metis(amount))
    } else {
        format!("unlock {} of sequencer {id}", metis(amount))
    };
    let action = Action::call(
        label,
        locking,
        L::requestWithdrawalCall { id, amount },
        Contract::Locking,
    )
    .rerun(format!(
        "check `metis-stake status {id}` before running the command again: one request at a time"
    ));
    let outcome = pipeline::execute(ctx, &action).await?;
    let e = outcome.event::<L::WithdrawalRequested>().ok_or_else(|| {
        CliError::failed("the request was mined but emitted no WithdrawalRequested event")
    })?;
    let at = e.withdrawableAt.saturating_to::<u64>();
    let full = e.status == status::UNLOCKING;
    let effect = if !full {
        String::new()
    } else if p.status == status::ACTIVE {
        ", which left the sequencer set and stopped earning".to_string()
    } else {
        format!(
            " (it was {}: already out of the set and not earning)",
            crate::contracts::status_label(p.status)
        )
    };
    output::result(
        ctx.json(),
        format!(
            "{} requested for sequencer {id}{effect}; withdraw after {} (in {})",
            metis(e.amount),
            format_ts(at),
            format_duration(at.saturating_sub(now))
        ),
        json!({ "id": id.to_string(), "amount": e.amount.to_string(), "remaining": e.remaining.to_string(), "full": full, "withdrawableAt": at, "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake withdraw ID`
pub async fn withdraw(ctx: &Ctx, args: IdArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let id = U256::from(args.id);
    let action = Action::call(
        format!("withdraw from sequencer {id}"),
        d.locking()?,
        L::withdrawCall { id },
        Contract::Locking,
    )
    .rerun(format!(
        "running it again is safe: a withdrawal already paid is refused (`metis-stake status {id}`)"
    ));
    let outcome = pipeline::execute(ctx, &action).await?;
    let e = outcome.event::<L::Withdrawn>().ok_or_else(|| {
        CliError::failed("the withdrawal was mined but emitted no Withdrawn event")
    })?;
    output::result(
        ctx.json(),
        format!(
            "withdrew {} from sequencer {id} to {}{}",
            metis(e.amount),
            e.owner,
            if e.exited {
                "; the position is closed"
            } else {
                ""
            }
        ),
        json!({ "id": id.to_string(), "amount": e.amount.to_string(), "to": e.owner, "exited": e.exited, "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake rotate-signer ID (--pubkey --proof | --key-file)`
pub async fn rotate(ctx: &Ctx, args: RotateArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let locking = d.locking()?;
    let owner = ctx.sender()?;
    let key = NodeKey::from_opts(&args.key)?;
    let nonce = if key.needs_nonce() {
        let mut r = Reads::new();
        let n = r.add(locking, L::noncesCall { owner_: owner });
        r.send(ctx).await?.get(&n)?
    } else {
        U256::ZERO
    };
    let pubkey = key.pubkey();
    let proof = key.proof(owner, nonce, ctx.chain_id, locking)?;
    let signer = possession::signer_of(&pubkey);
    let id = U256::from(args.id);
    let action = Action::call(
        format!("rotate sequencer {id} to signer {signer}"),
        locking,
        L::updateSignerCall {
            id,
            pubkey: pubkey.clone(),
            proof,
        },
        Contract::Locking,
    )
    .rerun(
        "running it again is safe: a key binds once, so a rotation that went through is refused",
    );
    let outcome = pipeline::execute(ctx, &action).await?;
    output::result(
        ctx.json(),
        format!("sequencer {id} now signs as {signer}"),
        json!({ "id": id.to_string(), "signer": signer, "pubkey": pubkey, "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake set-recipient ID ADDRESS`
pub async fn set_recipient(ctx: &Ctx, args: RecipientArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let id = U256::from(args.id);
    let action = Action::call(
        format!("set the reward recipient of sequencer {id}"),
        d.locking()?,
        L::setRewardRecipientCall {
            id,
            recipient: args.recipient,
        },
        Contract::Locking,
    )
    .rerun("running it again is safe: it sets the same recipient");
    let outcome = pipeline::execute(ctx, &action).await?;
    let to = if args.recipient == Address::ZERO {
        "its owner".to_string()
    } else {
        args.recipient.to_string()
    };
    output::result(
        ctx.json(),
        format!("rewards of sequencer {id} go to {to} by default"),
        json!({ "id": id.to_string(), "recipient": args.recipient, "tx": outcome.tx() }),
    );
    Ok(())
}
