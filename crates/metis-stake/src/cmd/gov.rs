//! `gov ...`: governance commands. Each turns its arguments into a [`GovCall`]; the route
//! (direct, timelock schedule or execute, print) is [`crate::governance`]'s.

use crate::amount::metis;
use crate::contracts::{Contract, ITimelock};
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::governance::{self, GovCall};
use crate::operations::{self, State};
use crate::opts::{AmountOpts, GovOpts, PrintOpts};
use crate::output;
use crate::pipeline::{self, Action};
use crate::time::{format_duration, format_ts};
use alloy::primitives::{Address, B256, U256};
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking;
use metis_bindings::sequencer_mining::SequencerMining;
use serde_json::json;
use std::fmt::Write;

#[derive(Subcommand, Debug)]
pub enum GovCmd {
    /// Allow (or with --remove, disallow) an operator to lock while the set is permissioned
    Whitelist(WhitelistArgs),
    /// Open the sequencer set to everyone (`on`) or return to the whitelist (`off`)
    Permissionless(SwitchArgs),
    /// Set the lock limits, in METIS
    SetLimits(LimitsArgs),
    /// Set the cap on the active set
    SetMaxSequencers(CountArgs),
    /// Set the unlock delay in seconds (applies to new requests)
    SetUnlockDelay(CountArgs),
    /// Jail a sequencer: it leaves the set and stops earning (it can still exit)
    Jail(GovIdArgs),
    /// Let a jailed sequencer back into the set
    Unjail(GovIdArgs),
    /// Slash a sequencer (capped per event); slashed funds go to the treasury
    Slash(SlashArgs),
    /// Give the slasher role to a contract (the equivocation slasher, `evidence deploy`), or take it away with the zero address
    SetSlasher(SlasherArgs),
    /// Pause new locks (exits keep working)
    Pause(GovOnly),
    /// Resume new locks
    Unpause(GovOnly),
    /// Withdraw reward funding above the liability
    WithdrawSurplus(SurplusArgs),
    /// The timelock's operations: pending, ready, executed and cancelled, with their calls
    Pending,
    /// Cancel a pending or ready timelock operation (the sender needs the canceller role)
    Cancel(CancelArgs),
    /// Execute a ready timelock operation by its id (`gov pending` lists them), e.g. one the command that scheduled it can no longer rebuild
    Execute(CancelArgs),
    /// Schedule the calls of a batch file (made with --append FILE) as one timelock operation; run it again after the delay to execute it
    Batch(BatchArgs),
}

#[derive(Args, Debug)]
pub struct BatchArgs {
    /// The batch file, written by `--append FILE` on governance commands
    pub file: std::path::PathBuf,
    #[command(flatten)]
    pub printing: PrintOpts,
    /// Timelock salt (32 bytes of hex, 64 digits), to schedule the same calls again after they were executed once [default: the salt of this very batch if it is already scheduled, else 0x00...00]
    #[arg(long, value_name = "HEX32")]
    pub salt: Option<B256>,
}

#[derive(Args, Debug)]
pub struct CancelArgs {
    /// The operation id, as `gov pending` and scheduling print it
    #[arg(value_parser = operations::parse_id)]
    pub id: B256,
    #[command(flatten)]
    pub printing: PrintOpts,
}

#[derive(Args, Debug)]
pub struct GovOnly {
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct WhitelistArgs {
    /// The operator's address (the account that will run `deposit`)
    pub operator: Address,
    /// Remove from the whitelist instead
    #[arg(long)]
    pub remove: bool,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Args, Debug)]
pub struct SwitchArgs {
    #[arg(value_enum)]
    pub state: OnOff,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct LimitsArgs {
    /// Minimum lock, in METIS (in wei with --wei)
    #[arg(value_parser = crate::amount::parse_amount_arg, allow_hyphen_values = true)]
    pub min: crate::amount::AmountArg,
    /// Maximum lock, in METIS (in wei with --wei)
    #[arg(value_parser = crate::amount::parse_amount_arg, allow_hyphen_values = true)]
    pub max: crate::amount::AmountArg,
    /// Read MIN and MAX as raw token wei
    #[arg(long)]
    pub wei: bool,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct CountArgs {
    /// The new value: a number of sequencers for set-max-sequencers, seconds for set-unlock-delay
    pub value: u64,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct GovIdArgs {
    /// Sequencer id
    pub id: u64,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct SlashArgs {
    /// Sequencer id
    pub id: u64,
    #[command(flatten)]
    pub amount: AmountOpts,
    /// Why (recorded in the event)
    #[arg(long)]
    pub reason: String,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct SlasherArgs {
    /// The slasher contract [default: `slasher` in the deployments file]; 0x0000000000000000000000000000000000000000 removes the role
    pub slasher: Option<Address>,
    /// Give the role to an address that is not an equivocation slasher of this locking
    /// contract (an account or another contract: it could slash and jail any sequencer)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct SurplusArgs {
    #[command(flatten)]
    pub amount: AmountOpts,
    /// Who receives it
    #[arg(long)]
    pub to: Address,
    #[command(flatten)]
    pub gov: GovOpts,
}

pub async fn run(ctx: &Ctx, cmd: GovCmd) -> Result<()> {
    let d = ctx.deployments()?;
    let l = d.locking()?;
    let cmd = match cmd {
        GovCmd::Pending => return pending(ctx, &d).await,
        GovCmd::Cancel(a) => return cancel(ctx, &d, a.id, &a.printing).await,
        GovCmd::Execute(a) => return execute(ctx, &d, a.id, &a.printing).await,
        GovCmd::Batch(a) => return crate::batch::run(ctx, &d, &a.file, a.salt, &a.printing).await,
        other => other,
    };
    use SequencerLocking as L;
    let (call, opts): (GovCall, GovOpts) = match cmd {
        GovCmd::Pending | GovCmd::Cancel(_) | GovCmd::Execute(_) | GovCmd::Batch(_) => {
            unreachable!("handled above")
        }
        GovCmd::Whitelist(a) => (
            GovCall::new(
                format!(
                    "{} {} {} the whitelist",
                    if a.remove { "remove" } else { "add" },
                    a.operator,
                    if a.remove { "from" } else { "to" }
                ),
                l,
                L::setWhitelistedCall {
                    operator: a.operator,
                    allowed: !a.remove,
                },
            ),
            a.gov,
        ),
        GovCmd::Permissionless(a) => {
            let on = matches!(a.state, OnOff::On);
            (
                GovCall::new(
                    format!("turn permissionless {}", if on { "on" } else { "off" }),
                    l,
                    L::setPermissionlessCall { enabled: on },
                ),
                a.gov,
            )
        }
        GovCmd::SetLimits(a) => {
            let min = a.min.to_wei(a.wei).map_err(CliError::usage)?;
            let max = a.max.to_wei(a.wei).map_err(CliError::usage)?;
            (
                GovCall::new(
                    format!("set the lock limits to {} .. {}", metis(min), metis(max)),
                    l,
                    L::setLockLimitsCall {
                        newMinLock: min,
                        newMaxLock: max,
                    },
                ),
                a.gov,
            )
        }
        GovCmd::SetMaxSequencers(a) => (
            GovCall::new(
                format!("cap the active set at {}", a.value),
                l,
                L::setMaxSequencersCall {
                    newMaxSequencers: U256::from(a.value),
                },
            ),
            a.gov,
        ),
        GovCmd::SetUnlockDelay(a) => (
            {
                // What the contract cannot see: a slash proposed when an exit is requested must
                // land before the funds leave, so exits must wait longer than governance.
                if let Some(delay) = governance::timelock_delay(ctx, &d, l).await? {
                    if a.value <= delay {
                        return Err(CliError::failed(format!(
                            "an unlock delay of {} is not longer than the timelock's delay ({}): a slash proposed when an exit is requested could not land before the funds leave",
                            format_duration(a.value),
                            format_duration(delay)
                        ))
                        .hint("keep the unlock delay above the timelock's delay (docs/THREAT-MODEL.md, row 9)")
                        .into());
                    }
                }
                GovCall::new(
                    format!("set the unlock delay to {}", format_duration(a.value)),
                    l,
                    L::setUnlockDelayCall {
                        newUnlockDelay: U256::from(a.value),
                    },
                )
            },
            a.gov,
        ),
        GovCmd::Jail(a) => (
            GovCall::new(
                format!("jail sequencer {}", a.id),
                l,
                L::jailCall {
                    id: U256::from(a.id),
                },
            )
            .guardian_may(),
            a.gov,
        ),
        GovCmd::Unjail(a) => {
            unjail_note(ctx, l, a.id).await?;
            (
            GovCall::new(
                format!("unjail sequencer {}", a.id),
                l,
                L::unjailCall {
                    id: U256::from(a.id),
                },
            )
            .hint_on::<L::AmountBelowMinimum>(format!(
                "a slash left sequencer {} below the minimum: its owner tops it up first (`metis-stake top-up {} AMOUNT` works while it is jailed), then governance unjails it",
                a.id, a.id
            )),
            a.gov,
        )
        }
        GovCmd::Slash(a) => {
            let amount = a.amount.wei()?;
            (
                GovCall::new(
                    format!(
                        "slash {} from sequencer {} ({})",
                        metis(amount),
                        a.id,
                        a.reason
                    ),
                    l,
                    L::slashCall {
                        id: U256::from(a.id),
                        amount,
                        reason: a.reason.clone(),
                    },
                ),
                a.gov,
            )
        }
        GovCmd::SetSlasher(a) => {
            let slasher = match a.slasher {
                Some(s) => s,
                None => d.slasher()?,
            };
            let what = slasher_change(ctx, l, slasher, a.force).await?;
            (
                GovCall::new(
                    what,
                    l,
                    L::setSlasherCall {
                        newSlasher: slasher,
                    },
                ),
                a.gov,
            )
        }
        GovCmd::Pause(a) => (
            GovCall::new("pause new locks", l, L::pauseCall {})
                .guardian_may()
                .reword_on::<L::EnforcedPause>(CliError::failed("new locks are already paused")),
            a.gov,
        ),
        GovCmd::Unpause(a) => (
            GovCall::new("resume new locks", l, L::unpauseCall {}).reword_on::<L::ExpectedPause>(
                CliError::failed("new locks are not paused: there is nothing to resume"),
            ),
            a.gov,
        ),
        GovCmd::WithdrawSurplus(a) => {
            let amount = a.amount.wei()?;
            (
                GovCall::new(
                    format!("withdraw {} of reward surplus to {}", metis(amount), a.to),
                    d.mining()?,
                    SequencerMining::withdrawSurplusCall { to: a.to, amount },
                ),
                a.gov,
            )
        }
    };
    governance::govern(ctx, &d, call, &opts).await?;
    Ok(())
}

fn timelock_of(d: &Deployments) -> Result<Address> {
    d.timelock.ok_or_else(|| {
        CliError::failed(
            "this deployment has no timelock: governance is an account, nothing is scheduled",
        )
        .hint("`script/Deploy.s.sol` deploys with a timelock; `metis-stake deploy` does not")
        .into()
    })
}

/// `metis-stake gov pending`
/// Before an unjail: when the equivocation slasher slashed the position less than its window
/// ago, says until when the slasher will refuse evidence of new double signs by it (votes
/// signed before the window's end count as the incident already slashed).
async fn unjail_note(ctx: &Ctx, l: Address, id: u64) -> Result<()> {
    use metis_bindings::equivocation_slasher::EquivocationSlasher as S;
    let holder = SequencerLocking::new(l, ctx.provider.clone())
        .slasher()
        .call()
        .await
        .unwrap_or_default();
    if holder.is_zero() {
        return Ok(());
    }
    let s = S::new(holder, ctx.provider.clone());
    let (last, p) = (
        s.lastSlashedAt(U256::from(id)).call().await,
        s.params().call().await,
    );
    let (Ok(last), Ok(p)) = (last, p) else {
        return Ok(());
    };
    let until = last.saturating_add(p.maxEvidenceAge).saturating_to::<u64>();
    let now = governance::latest_time(ctx).await?;
    if !last.is_zero() && now < until {
        output::step(format!(
            "note: the equivocation slasher slashed sequencer {id} at {}; until {} it refuses evidence of double signs by it, new ones included (one incident, one slash): unjailed before then, a new double sign can only be slashed by governance (`metis-stake gov slash`)",
            format_ts(last.saturating_to()),
            format_ts(until)
        ));
    }
    Ok(())
}

/// What `gov set-slasher ADDRESS` does, in words ("give the slasher role to X (taking it from
/// Y)"), after checking that `slasher` is an EquivocationSlasher of locking contract `l`: the
/// role lets its holder slash any sequencer up to the cap and jail it, so an account or another
/// contract needs `--force`.
async fn slasher_change(ctx: &Ctx, l: Address, slasher: Address, force: bool) -> Result<String> {
    use alloy::providers::Provider;
    use metis_bindings::equivocation_slasher::EquivocationSlasher as S;
    let current = SequencerLocking::new(l, ctx.provider.clone())
        .slasher()
        .call()
        .await
        .map_err(|e| CliError::failed(format!("cannot read the current slasher: {e}")))?;
    if slasher.is_zero() {
        return Ok(match current.is_zero() {
            true => "take the slasher role away (no slasher holds it now)".into(),
            false => format!("take the slasher role away from {current}"),
        });
    }
    if !force {
        let code = ctx
            .provider
            .get_code_at(slasher)
            .await
            .map_err(|e| crate::transport::explain_transport(&e))?;
        let bound = match code.is_empty() {
            true => None,
            false => S::new(slasher, ctx.provider.clone())
                .LOCKING()
                .call()
                .await
                .ok(),
        };
        let refusal = match bound {
            _ if code.is_empty() => Some(format!("{slasher} is not a contract")),
            None => Some(format!("{slasher} is not an equivocation slasher")),
            Some(other) if other != l => Some(format!(
                "{slasher} is an equivocation slasher of another locking contract ({other})"
            )),
            Some(_) => {
                // Governed by someone else, it could be set to slash up to the cap and pay
                // its governance half of it.
                let locking_owner = SequencerLocking::new(l, ctx.provider.clone())
                    .owner()
                    .call()
                    .await
                    .map_err(|e| {
                        CliError::failed(format!("cannot read the locking contract's owner: {e}"))
                    })?;
                match S::new(slasher, ctx.provider.clone()).owner().call().await {
                    Ok(o) if o == locking_owner => None,
                    Ok(o) => Some(format!(
                        "{slasher} is governed by {o}, not by the locking contract's owner {locking_owner}: its governance could set its slash and reporter's share"
                    )),
                    Err(_) => Some(format!("{slasher} is not an equivocation slasher")),
                }
            }
        };
        if let Some(why) = refusal {
            return Err(CliError::failed(format!(
                "{why}: the slasher role lets its holder slash any sequencer up to the per-event cap and jail it"
            ))
            .hint("give it to this locking contract's EquivocationSlasher (`metis-stake evidence deploy`), or pass --force to give it to this address all the same")
            .into());
        }
    }
    Ok(match current {
        c if c.is_zero() => format!("give the slasher role to {slasher}"),
        c if c == slasher => format!("give the slasher role to {slasher} (it holds it already)"),
        c => format!("give the slasher role to {slasher} (taking it from {c}; the new slasher starts without the old one's record of offences and slashes)"),
    })
}

async fn pending(ctx: &Ctx, d: &Deployments) -> Result<()> {
    let timelock = timelock_of(d)?;
    let ops = operations::list(ctx, d, timelock).await?;
    let mut human = String::new();
    let mut items = Vec::new();
    for o in &ops {
        let when = match o.state {
            State::Pending | State::Ready => format!("executable from {}", format_ts(o.eta)),
            State::Done | State::Cancelled => String::new(),
        };
        let _ = writeln!(human, "{}  [{}] {when}", o.id, o.state.label());
        let mut calls = Vec::new();
        for (i, c) in o.calls.iter().enumerate() {
            let call = operations::describe_call(d, c.target, &c.data);
            let n = if o.calls.len() > 1 {
                format!(" {}", i + 1)
            } else {
                String::new()
            };
            let _ = writeln!(
                human,
                "  call{n:<4}{call}
  target  {}",
                c.target
            );
            calls.push(json!({ "target": c.target, "data": c.data, "call": call }));
        }
        let _ = writeln!(human, "  salt    {}", o.salt);
        let mut item = json!({
            "id": o.id, "state": o.state.label(), "executableAt": matches!(o.state, State::Pending | State::Ready).then_some(o.eta),
            "calls": calls, "salt": o.salt, "scheduledInBlock": o.block,
        });
        // One call: its fields at the top level too.
        if let [c] = o.calls.as_slice() {
            item["target"] = json!(c.target);
            item["data"] = json!(c.data);
            item["call"] = json!(operations::describe_call(d, c.target, &c.data));
        }
        items.push(item);
    }
    if ops.is_empty() {
        human.push_str("no timelock operations\n");
    }
    output::result(ctx.json(), human.trim_end(), json!({ "operations": items }));
    Ok(())
}

/// `metis-stake gov execute ID`: executes (or with `--print`, prints the execution of) the
/// operation `ID` as the timelock holds it, its calls read from its `CallScheduled` events and
/// judged like any execution: the route of a command run again after the delay, for an
/// operation no command rebuilds byte for byte.
async fn execute(ctx: &Ctx, d: &Deployments, id: B256, printing: &PrintOpts) -> Result<()> {
    let (timelock, op) = operation_by_id(ctx, d, id).await?;
    let op = &op;
    if !op.state.waits() {
        return Err(CliError::failed(format!(
            "operation {id} is {}: only a ready operation can be executed (a pending one once its delay has passed)",
            op.state.label()
        ))
        .into());
    }
    if !op.predecessor.is_zero() || op.calls.iter().any(|c| !c.value.is_zero()) {
        return Err(CliError::failed(format!(
            "operation {id} has a predecessor or sends value: this CLI makes neither, and executes only operations it could have made"
        ))
        .into());
    }
    let calls: Vec<governance::OpCall> = op
        .calls
        .iter()
        .map(|c| governance::OpCall {
            target: c.target,
            data: c.data.clone(),
            label: format!(
                "{} on {}",
                operations::describe_call(d, c.target, &c.data),
                Contract::of(d, c.target).name()
            ),
        })
        .collect();
    for (i, c) in calls.iter().enumerate() {
        output::step(format!("{}. {}", i + 1, c.label));
    }
    let label = format!(
        "operation {id} ({} {})",
        calls.len(),
        if calls.len() == 1 { "call" } else { "calls" }
    );
    let salted = governance::Salted {
        salt: op.salt,
        fresh: op.salt,
    };
    if printing.print {
        return governance::print_operation(ctx, d, &label, timelock, &calls, &salted, printing)
            .await;
    }
    governance::through_timelock(
        ctx,
        d,
        timelock,
        &calls,
        &salted,
        governance::Routed::new(label),
    )
    .await
}

/// The timelock and its operation `id`, as its events record it; refused in words when the
/// timelock has no such operation.
async fn operation_by_id(
    ctx: &Ctx,
    d: &Deployments,
    id: B256,
) -> Result<(Address, operations::Operation)> {
    let timelock = timelock_of(d)?;
    let op = operations::list(ctx, d, timelock)
        .await?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or_else(|| operations::unknown(id))?;
    Ok((timelock, op))
}

/// `metis-stake gov cancel OPERATION_ID [--print [--format safe]]`
async fn cancel(ctx: &Ctx, d: &Deployments, id: B256, printing: &PrintOpts) -> Result<()> {
    let (timelock, op) = operation_by_id(ctx, d, id).await?;
    let op = &op;
    let call = op
        .calls
        .iter()
        .map(|c| operations::describe_call(d, c.target, &c.data))
        .collect::<Vec<_>>()
        .join("; ");
    if printing.print {
        if !op.state.waits() {
            return Err(CliError::failed(format!(
                "operation {id} is {}: only a pending or ready operation can be cancelled",
                op.state.label()
            ))
            .into());
        }
        return governance::print_call(
            ctx,
            d,
            &format!("cancel operation {id}"),
            timelock,
            &alloy::sol_types::SolCall::abi_encode(&ITimelock::cancelCall { id }).into(),
            &format!(
                "cancel operation {id} ({call}); the sender needs the timelock's CANCELLER_ROLE"
            ),
            printing,
        );
    }
    let mut action = Action::call(
        format!("cancel operation {id}"),
        timelock,
        ITimelock::cancelCall { id },
        Contract::Timelock,
    )
    .rerun("running it again is safe: a cancelled operation is refused, not cancelled twice");
    action.rewords.push((
        <ITimelock::TimelockUnexpectedOperationState as alloy::sol_types::SolError>::SELECTOR,
        CliError::failed(format!(
            "operation {id} is {}: only a pending or ready operation can be cancelled",
            op.state.label()
        )),
    ));
    let outcome = pipeline::execute(ctx, &action).await?;
    output::result(
        ctx.json(),
        format!("cancelled operation {id}\n  call    {call}"),
        json!({ "id": id, "call": call, "tx": outcome.tx() }),
    );
    Ok(())
}
