//! `claim` and `rewards info|fund|start|schedule`.

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
    /// Fix the first program's start (governance; once): now, or --at a unix time
    Start(StartArgs),
    /// Schedule the next reward program (governance): a rate for a number of days, from the end of the last program or --start
    Schedule(ScheduleArgs),
}

#[derive(Args, Debug)]
pub struct ScheduleArgs {
    /// Percent a year, simple, per second (e.g. 15 or 12.5; at most two decimals)
    #[arg(long, value_name = "PERCENT", value_parser = crate::amount::parse_percent_bps)]
    pub rate: u64,
    /// Length of the program in days
    #[arg(long, value_name = "DAYS")]
    pub duration_days: u64,
    /// Unix time to start at [default: the end of the last scheduled program, back to back]
    #[arg(long, value_name = "UNIX_SECONDS", value_parser = crate::time::parse_unix_seconds)]
    pub start: Option<u64>,
    #[command(flatten)]
    pub gov: GovOpts,
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
        RewardsCmd::Schedule(a) => schedule(ctx, a).await,
    }
}

/// Seconds in a year for rates: the contracts' `365 days`.
const YEAR: u64 = 365 * 86_400;

/// `rewards info`: the programs (past, in force, scheduled), the funding and what it covers.
async fn info(ctx: &Ctx) -> Result<()> {
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let mut r = Reads::new().with_block_time();
    let count = r.add(m, M::programCountCall {});
    let current = r.add(m, M::currentProgramCall {});
    let rate = r.add(m, M::currentRateCall {});
    let end = r.add(m, M::programEndCall {});
    let bal = r.add(m, M::rewardBalanceCall {});
    let owed = r.add(m, M::owedCall {});
    let liab = r.add(m, M::liabilityCall {});
    let surplus = r.add(m, M::surplusCall {});
    let head = r.add(m, M::headroomCall {});
    let earning = r.add(m, M::totalEarningCall {});
    let a = r.send(ctx).await?;
    let now = a.block_time();
    let (count, current, rate, end) = (
        a.get(&count)?.saturating_to::<u64>(),
        a.get(&current)?.saturating_to::<u64>(),
        a.get(&rate)?.saturating_to::<u64>(),
        a.get(&end)?,
    );
    let (bal, owed, liab, surplus, head, earning) = (
        a.get(&bal)?,
        a.get(&owed)?,
        a.get(&liab)?,
        a.get(&surplus)?,
        a.get(&head)?,
        a.get(&earning)?,
    );
    let mut r = Reads::new();
    let slots: Vec<_> = (1..=count)
        .map(|id| r.add(m, M::programCall { id: U256::from(id) }))
        .collect();
    let a = r.send(ctx).await?;

    let mut lines = String::new();
    let mut programs = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let p = a.get(slot)?;
        let id = i as u64 + 1;
        let (start, stop) = (p.start, p.end);
        let rate_bps = p.rateBps.saturating_to::<u64>();
        let duration = p.duration.saturating_to::<u64>();
        let state = if start == 0 {
            "not started"
        } else if now >= stop {
            "ended"
        } else if now >= start {
            "in force"
        } else {
            "scheduled"
        };
        // What today's earning total would still earn in it (what it keeps booked).
        let left = if start == 0 {
            duration
        } else {
            stop.saturating_sub(now.max(start))
        };
        let future = earning * U256::from(rate_bps) * U256::from(left) / U256::from(10_000 * YEAR);
        let window = if start == 0 {
            format!("{} days from a start not fixed yet", duration / 86_400)
        } else {
            format!("{} to {}", format_ts(start), format_ts(stop))
        };
        let _ = std::fmt::Write::write_fmt(
            &mut lines,
            format_args!(
                "\n  {id}  {:>6}  {window}  [{state}]{}",
                format!("{}%", crate::amount::percent(rate_bps)),
                if left > 0 && !earning.is_zero() {
                    format!("  {} still to accrue at today's earning", metis(future))
                } else {
                    String::new()
                }
            ),
        );
        programs.push(json!({
            "id": id, "rateBps": rate_bps, "start": start, "end": stop, "durationSeconds": duration,
            "state": state, "futureReward": future.to_string(),
        }));
    }
    let ended = end != 0 && end <= now;
    let in_force = match (current, ended) {
        (0, true) => format!("none: the last program ended {}", format_ts(end)),
        (0, false) if end == 0 => "none yet: the first program has not started".to_string(),
        (0, false) => "none now (between programs)".to_string(),
        _ => format!(
            "{}% a year, simple, per second (program {current})",
            crate::amount::percent(rate)
        ),
    };
    // Once nothing is left to accrue, nothing is booked: the contract reports an unlimited headroom.
    let headroom = if head == U256::MAX {
        "unlimited: no program is left to run, new collateral earns nothing until governance schedules one".to_string()
    } else {
        format!("{} more collateral can be accepted", metis(head))
    };
    let human = format!(
        "rate now      {in_force}\nprograms{lines}\nearning       {} locked and active\nfunded        {}\nowed now      {}\nliability     {} (owed + the most still to accrue, to the end of the last program)\nsurplus       {}\nheadroom      {headroom}",
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
            "rateBps": rate, "currentProgram": current, "programs": programs, "end": end, "ended": ended,
            "totalEarning": earning.to_string(), "rewardBalance": bal.to_string(),
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

/// `rewards schedule --rate PERCENT --duration-days DAYS [--start UNIX_SECONDS]`
async fn schedule(ctx: &Ctx, args: ScheduleArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let m = d.mining()?;
    // Back to back by default: the end of the last program, a fixed time, so that the run
    // after a timelock's delay rebuilds the very same call.
    let start = match args.start {
        Some(t) => t,
        None => {
            let mut r = Reads::new();
            let end = r.add(m, M::programEndCall {});
            let end = r.send(ctx).await?.get(&end)?;
            if end == 0 {
                return Err(crate::error::CliError::failed(
                    "the first reward program has not started: there is no end to follow",
                )
                .hint("start it first (`metis-stake rewards start --at <UNIX_SECONDS>`), or pass --start")
                .into());
            }
            end
        }
    };
    let duration = args.duration_days.saturating_mul(86_400);
    let call = GovCall::new(
        format!(
            "schedule a reward program: {}% a year for {} days from {}",
            crate::amount::percent(args.rate),
            args.duration_days,
            format_ts(start)
        ),
        m,
        M::scheduleProgramCall {
            rateBps: U256::from(args.rate),
            duration: U256::from(duration),
            start,
        },
    );
    governance::govern(ctx, &d, call, &args.gov).await?;
    Ok(())
}
