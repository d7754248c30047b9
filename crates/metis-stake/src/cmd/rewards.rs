//! `claim` and `rewards info|fund|start`.

use crate::amount::metis;
use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::governance::{self, GovCall};
use crate::opts::{AmountOpts, GovOpts};
use crate::output;
use crate::pipeline::{self, Action};
use crate::rpc::Reads;
use crate::time::format_ts;
use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking as L;
use metis_bindings::sequencer_mining::SequencerMining as M;
use serde_json::json;

#[derive(Args, Debug)]
pub struct ClaimArgs {
    /// Sequencer id
    pub id: u64,
    /// Send the reward here [default: the position's reward recipient]
    #[arg(long, value_name = "ADDRESS", conflicts_with = "compound")]
    pub to: Option<Address>,
    /// Add the reward to the lock instead of paying it out
    #[arg(long)]
    pub compound: bool,
}

#[derive(Subcommand, Debug)]
pub enum RewardsCmd {
    /// The program: rate, window, funding, liability and headroom
    Info,
    /// Fund the reward budget (anyone may)
    Fund(AmountOpts),
    /// Fix the program's start (governance; once): now, or --at a unix time
    Start(StartArgs),
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Unix time to start at [default: 12 s after the latest block, so the transaction lands before it; required through a timelock]
    #[arg(long, value_name = "UNIX_SECONDS", value_parser = crate::time::parse_unix_seconds)]
    pub at: Option<u64>,
    #[command(flatten)]
    pub gov: GovOpts,
}

/// `metis-stake claim ID [--to ADDRESS | --compound]`
pub async fn claim(ctx: &Ctx, args: ClaimArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let id = U256::from(args.id);
    // The program window, to say why there is nothing to claim when there is not.
    let mut r = Reads::new().with_block_time();
    let start = r.add(m, M::programStartCall {});
    let end = r.add(m, M::programEndCall {});
    let a = r.send(ctx).await?;
    let (start, end, now) = (a.get(&start)?, a.get(&end)?, a.block_time());
    let why_nothing = if start == 0 {
        "the reward program has not started: rewards accrue from its start".to_string()
    } else if end <= now {
        format!(
            "the reward program ended at {}: nothing accrues after it, and what this position earned was already paid",
            format_ts(end)
        )
    } else if start > now {
        format!(
            "the reward program starts at {}: rewards accrue from then",
            format_ts(start)
        )
    } else {
        "rewards accrue every second while the position is active; a jailed, unlocking or exited position earns nothing".to_string()
    };
    if args.compound {
        let action = Action::call(
            format!("compound the reward of sequencer {id}"),
            m,
            M::compoundCall { id },
            Contract::Mining,
        )
        .hint_on::<M::NothingToClaim>(why_nothing)
        .hint_on::<L::NotWhitelisted>(format!(
            "take the reward with `metis-stake claim {id}` instead: while the whitelist is in force a removed operator cannot add to a position, but it can still claim, unlock and withdraw"
        ))
        .rerun(
            "running it again is safe: a reward already compounded is not there to compound twice",
        );
        let outcome = pipeline::execute(ctx, &action).await?;
        let amount = outcome
            .event::<M::RewardCompounded>()
            .map(|e| e.amount)
            .unwrap_or_default();
        output::result(
            ctx.json(),
            format!("compounded {} into sequencer {id}", metis(amount)),
            json!({ "id": id.to_string(), "compounded": amount.to_string(), "tx": outcome.tx() }),
        );
    } else {
        let to = args.to.unwrap_or(Address::ZERO);
        let action = Action::call(
            format!("claim the reward of sequencer {id}"),
            m,
            M::claimCall { id, to },
            Contract::Mining,
        )
        .hint_on::<M::NothingToClaim>(why_nothing)
        .rerun("running it again is safe: a reward already paid is not paid twice");
        let outcome = pipeline::execute(ctx, &action).await?;
        let e = outcome.event::<M::RewardClaimed>();
        let (amount, paid_to) = e.map(|e| (e.amount, e.to)).unwrap_or((U256::ZERO, to));
        output::result(
            ctx.json(),
            format!(
                "claimed {} for sequencer {id}, paid to {paid_to}",
                metis(amount)
            ),
            json!({ "id": id.to_string(), "claimed": amount.to_string(), "to": paid_to, "tx": outcome.tx() }),
        );
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: RewardsCmd) -> Result<()> {
    match cmd {
        RewardsCmd::Info => info(ctx).await,
        RewardsCmd::Fund(a) => fund(ctx, a).await,
        RewardsCmd::Start(a) => start(ctx, a).await,
    }
}

async fn info(ctx: &Ctx) -> Result<()> {
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let mut r = Reads::new().with_block_time();
    let apr = r.add(m, M::APR_BPSCall {});
    let start = r.add(m, M::programStartCall {});
    let end = r.add(m, M::programEndCall {});
    let bal = r.add(m, M::rewardBalanceCall {});
    let owed = r.add(m, M::owedCall {});
    let liab = r.add(m, M::liabilityCall {});
    let surplus = r.add(m, M::surplusCall {});
    let head = r.add(m, M::headroomCall {});
    let earning = r.add(m, M::totalEarningCall {});
    let a = r.send(ctx).await?;
    let (apr, start, end, now) = (a.get(&apr)?, a.get(&start)?, a.get(&end)?, a.block_time());
    let (bal, owed, liab, surplus, head, earning) = (
        a.get(&bal)?,
        a.get(&owed)?,
        a.get(&liab)?,
        a.get(&surplus)?,
        a.get(&head)?,
        a.get(&earning)?,
    );
    let bps = apr.saturating_to::<u64>();
    let ended = start != 0 && end <= now;
    let window = if start == 0 {
        "not started".to_string()
    } else if ended {
        format!("{} to {} (ended)", format_ts(start), format_ts(end))
    } else {
        format!("{} to {}", format_ts(start), format_ts(end))
    };
    // After the end nothing is left to book: the contract reports an unlimited headroom.
    let headroom = if ended || head == U256::MAX {
        "unlimited: the program has ended, new collateral earns nothing".to_string()
    } else {
        format!("{} more collateral can be accepted", metis(head))
    };
    let human = format!(
        "rate          {}% a year, simple, per second\nprogram       {window}\nearning       {} locked and active\nfunded        {}\nowed now      {}\nliability     {} (owed + the most still to accrue)\nsurplus       {}\nheadroom      {headroom}",
        crate::amount::percent(bps),
        metis(earning),
        metis(bal),
        metis(owed),
        metis(liab),
        metis(surplus),
    );
    output::result(
        ctx.json(),
        human,
        json!({
            "aprBps": bps, "start": start, "end": end, "ended": ended, "totalEarning": earning.to_string(), "rewardBalance": bal.to_string(),
            "owed": owed.to_string(), "liability": liab.to_string(), "surplus": surplus.to_string(),
            "headroom": if head == U256::MAX { serde_json::Value::Null } else { json!(head.to_string()) },
        }),
    );
    Ok(())
}

async fn fund(ctx: &Ctx, args: AmountOpts) -> Result<()> {
    let amount = args.wei()?;
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let action = Action::call(
        format!("fund rewards with {}", metis(amount)),
        m,
        M::fundCall { amount },
        Contract::Mining,
    )
    .pulls(d.token, amount, "the reward distributor")
    .rerun("check `metis-stake rewards info` before running the command again: a second run funds again");
    let outcome = pipeline::execute(ctx, &action).await?;
    let received = outcome
        .event::<M::Funded>()
        .map(|e| e.amount)
        .unwrap_or(amount);
    let mut r = Reads::new();
    let total = r.add(m, M::rewardBalanceCall {});
    let total = r.send(ctx).await?.get(&total)?;
    output::result(
        ctx.json(),
        format!(
            "funded {}; the reward balance is {}",
            metis(received),
            metis(total)
        ),
        json!({ "funded": received.to_string(), "rewardBalance": total.to_string(), "tx": outcome.tx() }),
    );
    Ok(())
}

async fn start(ctx: &Ctx, args: StartArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let at = governance::explicit_time_through_timelock(ctx, &d, m, args.at, "--at").await?;
    let call = GovCall::new(
        format!("start the reward program at {}", format_ts(at)),
        m,
        M::startProgramCall { start: at },
    );
    governance::govern(ctx, &d, call, &args.gov).await?;
    Ok(())
}
