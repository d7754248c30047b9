//! `claim` and `rewards info|fund|start|schedule`.

use crate::amount::metis;
use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::governance::{self, GovCall};
use crate::opts::{AmountOpts, GovOpts};
use crate::output;
use crate::pipeline::{self, Action};
use crate::programs::{next_start, programs_in, waiting_ops, waiting_programs, WaitingProgram};
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
    /// Percent a year, simple, per second: 0.01 to 50 (e.g. 15 or 12.5; at most two decimals)
    #[arg(long, value_name = "PERCENT", value_parser = crate::amount::parse_percent_bps)]
    pub rate: u64,
    /// Length of the program in whole days, 7 to 730
    #[arg(long, value_name = "DAYS")]
    pub duration_days: u64,
    /// Unix time to start at, from the end of the last program up to 90 days after it (or after now) [default: the end of the last program, back to back]
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
    let rate = r.add(m, M::currentRateCall {});
    let a = r.send(ctx).await?;
    let (start, end, now) = (a.get(&start)?, a.get(&end)?, a.block_time());
    let in_gap = start != 0 && start <= now && now < end && a.get(&rate)?.is_zero();
    let why_nothing = if in_gap {
        match next_start(ctx, m, now).await? {
            Some(t) => format!(
                "no reward program is in force now (between programs): rewards accrue again from {}",
                format_ts(t)
            ),
            None => "no reward program is in force now (between programs)".to_string(),
        }
    } else if start == 0 {
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
        .hint_on::<M::RewardBudgetExceeded>(format!(
            "a plain `metis-stake claim {id}` pays the reward out and needs no budget; compounding raises the position's earning, whose rewards to the end of the last program must be funded first (anyone may fund: `metis-stake rewards fund <AMOUNT>`)"
        ))
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
    let mut first_start = 0;
    let mut next_start: Option<u64> = None;
    for (i, slot) in slots.iter().enumerate() {
        let p = a.get(slot)?;
        if i == 0 {
            first_start = p.start;
        }
        if p.start > now && next_start.is_none() {
            next_start = Some(p.start);
        }
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
        (0, false) if end == 0 => "none yet: the first program's start is not fixed".to_string(),
        (0, false) if now < first_start => format!(
            "none yet: the first program starts {}",
            format_ts(first_start)
        ),
        (0, false) => match next_start {
            Some(t) => format!(
                "none now (between programs): the next starts {}",
                format_ts(t)
            ),
            None => "none now (between programs)".to_string(),
        },
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
    let ops = waiting_ops(ctx, &d, m).await?;
    let waiting = programs_in(&ops, m);
    let mut pending = String::new();
    for op in &ops {
        use alloy::sol_types::SolCall;
        let start = op
            .calls
            .iter()
            .filter(|c| c.target == m)
            .find_map(|c| M::startProgramCall::abi_decode(&c.data).ok());
        if let Some(c) = start {
            let _ = std::fmt::Write::write_fmt(
                &mut pending,
                format_args!(
                    "\n  operation {} [{}]: start the first program at {}",
                    op.id,
                    op.state.label(),
                    format_ts(c.start)
                ),
            );
        }
    }
    for w in &waiting {
        // What it would book at today's earning total: its whole reward, rounded up.
        let k = U256::from(10_000 * YEAR);
        let need = earning * w.call.rateBps * w.call.duration;
        let book = need.div_ceil(k);
        let _ = std::fmt::Write::write_fmt(
            &mut pending,
            format_args!(
                "\n  operation {} [{}]: {}; would book {} at today's earning ({}), when executed",
                w.op.id,
                w.op.state.label(),
                w.describe(),
                metis(book),
                if book <= surplus {
                    format!("the surplus of {} covers it", metis(surplus))
                } else {
                    format!(
                        "{} more than the surplus: fund it before executing",
                        metis(book - surplus)
                    )
                }
            ),
        );
    }
    if !pending.is_empty() {
        lines.push_str("\nwaiting in the timelock");
        lines.push_str(&pending);
    }
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
            "waitingInTimelock": waiting.iter().map(|w| json!({
                "operation": w.op.id, "state": w.op.state.label(), "rateBps": w.call.rateBps.saturating_to::<u64>(),
                "start": w.call.start, "durationSeconds": w.call.duration.saturating_to::<u64>(),
                "wouldBook": (earning * w.call.rateBps * w.call.duration).div_ceil(U256::from(10_000 * YEAR)).to_string(),
            })).collect::<Vec<_>>(),
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
///
/// The contract judges the program (rate, duration, start, queue, budget) when the call is
/// simulated. Checked here, because the contract cannot see them: that a default start means
/// what the user thinks (not a second copy of the program a first run already added), and
/// that no other program operation waits in the timelock (each is judged against the programs
/// on chain, never against the other).
async fn schedule(ctx: &Ctx, args: ScheduleArgs) -> Result<()> {
    use crate::error::CliError;
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let mut r = Reads::new().with_block_time();
    let end = r.add(m, M::programEndCall {});
    let count = r.add(m, M::programCountCall {});
    let a = r.send(ctx).await?;
    let (end, count, now) = (a.get(&end)?, a.get(&count)?, a.block_time());
    let mut r = Reads::new();
    let last = r.add(m, M::programCall { id: count });
    let last = r.send(ctx).await?.get(&last)?;
    let waiting = waiting_programs(ctx, &d, m).await?;
    let duration = args.duration_days.saturating_mul(86_400);
    let rate = crate::amount::percent(args.rate);

    let start = match args.start {
        Some(t) => t,
        None => {
            // This command's own operation, scheduled by its first run: the same call again.
            let own = |w: &&WaitingProgram| {
                w.call.start == end
                    && w.call.rateBps == U256::from(args.rate)
                    && w.call.duration == U256::from(duration)
            };
            if end != 0 && waiting.iter().any(|w| own(&w)) {
                // Its second run: report the operation or execute it.
                return schedule_at(ctx, &d, m, &args, end, &waiting).await;
            }
            if let Some(w) = waiting.iter().find(|w| !own(w)) {
                return Err(CliError::failed(format!(
                    "operation {} waiting in the timelock schedules a program too ({}), and a default start does not follow it",
                    w.op.id,
                    w.describe()
                ))
                .hint(format!(
                    "execute it first once it is executable (its own command again: `rewards schedule` with --start {}, or `gov batch FILE` for a batch), then schedule the next program; or drop it: metis-stake gov cancel {}",
                    w.call.start,
                    w.op.id
                ))
                .into());
            }
            if end == 0 {
                return Err(CliError::failed(
                    "the first reward program's start is not fixed yet, so there is no end for a program to follow",
                )
                .hint("fix it first with `metis-stake rewards start --at <UNIX_SECONDS>` (through a timelock, run this command once that operation has executed, or put both in one batch with --append)")
                .into());
            }
            // The same program again, back to back: most likely this very command run a second
            // time (its first run added the last program). Ask for the start explicitly.
            if last.rateBps == U256::from(args.rate) && last.duration == U256::from(duration) {
                return Err(CliError::failed(format!(
                    "the last program (number {count}) already is {rate}% a year for {} days, from {} to {}: without --start, this command would add another such program after it (is this command running a second time?)",
                    args.duration_days,
                    format_ts(last.start),
                    format_ts(last.end)
                ))
                .hint(format!(
                    "see `metis-stake rewards info`; to add another such program after it, pass --start {end}"
                ))
                .into());
            }
            if end < now {
                let delay = governance::timelock_delay(ctx, &d, m).await?.unwrap_or(0);
                return Err(CliError::failed(format!(
                    "the last program ended {}, so the default start (its end) is in the past",
                    format_ts(end)
                ))
                .hint(format!(
                    "pass --start with a unix time after the call can run, e.g. --start {} (now{} + 1 day)",
                    now + delay + 86_400,
                    if delay > 0 { " + the timelock's delay" } else { "" }
                ))
                .into());
            }
            end
        }
    };
    schedule_at(ctx, &d, m, &args, start, &waiting).await
}

/// `rewards schedule` with its start resolved.
async fn schedule_at(
    ctx: &Ctx,
    d: &crate::deployments::Deployments,
    m: Address,
    args: &ScheduleArgs,
    start: u64,
    waiting: &[WaitingProgram],
) -> Result<()> {
    use crate::error::CliError;
    use alloy::sol_types::SolCall;
    let duration = args.duration_days.saturating_mul(86_400);
    let rate = crate::amount::percent(args.rate);
    let call = M::scheduleProgramCall {
        rateBps: U256::from(args.rate),
        duration: U256::from(duration),
        start,
    };
    let data = alloy::primitives::Bytes::from(call.abi_encode());
    if let Some(w) = waiting
        .iter()
        .find(|w| !w.op.calls.iter().any(|c| c.target == m && c.data == data))
    {
        return Err(CliError::failed(format!(
            "operation {} waiting in the timelock schedules another program ({}); two program operations are each judged against the programs on chain, not against each other",
            w.op.id,
            w.describe()
        ))
        .hint(format!(
            "execute it first (its own command again once it is executable), then schedule this one; or cancel it (metis-stake gov cancel {}) and schedule both in one batch (--append FILE, then metis-stake gov batch FILE)",
            w.op.id
        ))
        .into());
    }
    let gcall = GovCall::new(
        format!(
            "schedule a reward program: {rate}% a year for {} days from {}",
            args.duration_days,
            format_ts(start)
        ),
        m,
        call,
    )
    .describe(describe_scheduled);
    governance::govern(ctx, d, gcall, &args.gov).await?;
    Ok(())
}

/// What `scheduleProgram` did, from its `ProgramScheduled` event.
fn describe_scheduled(o: &pipeline::Outcome) -> (String, serde_json::Value) {
    match o.event::<M::ProgramScheduled>() {
        Some(e) => (
            format!(
                "  program   {} ({}% a year, {} to {})\n  booked    {} (today's earning total's whole reward in it, now set aside from the surplus)",
                e.id,
                crate::amount::percent(e.rateBps.saturating_to()),
                format_ts(e.start),
                format_ts(e.end),
                metis(e.booked)
            ),
            json!({ "program": e.id.saturating_to::<u64>(), "start": e.start, "end": e.end, "rateBps": e.rateBps.saturating_to::<u64>(), "booked": e.booked.to_string() }),
        ),
        None => (String::new(), json!({})),
    }
}
