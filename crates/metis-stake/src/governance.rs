//! Governance routes. The owner of the contracts is either an account (local chains, where
//! `metis-stake deploy` makes the deployer the owner) or the timelock (`script/Deploy.s.sol`).
//! A governance call goes through the same [`pipeline`] as every other transaction, by one of
//! four routes:
//! - **direct**: the sender is the owner (or, for jail and pause, the guardian);
//! - **schedule**: the owner is the timelock and the operation is not scheduled: the sender
//!   (a proposer) schedules it, after the call was simulated from the timelock as of its
//!   earliest execution time;
//! - **execute**: the operation is ready: the same command run again executes it;
//! - **print**: `--print` sends nothing and prints the calldata for a multisig.
//!
//! With `--append FILE` a timelock call is not routed but added to a batch file, which
//! `gov batch FILE` then schedules (or prints) as one operation (see [`crate::batch`]).

use crate::contracts::{Contract, ITimelock};
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::operations;
use crate::opts::{GovOpts, PrintFormat, PrintOpts};
use crate::output;
use crate::pipeline::{self, Action, Later, LaterCall};
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use crate::transport::explain_transport;
use alloy::primitives::{Address, Bytes, B256, U256};
use alloy::providers::Provider;
use alloy::sol_types::SolCall;
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking;
use serde_json::json;

use operations::DONE;

/// A governance call: what it does, where, and who besides the owner may make it.
pub struct GovCall {
    pub label: String,
    pub target: Address,
    pub data: Bytes,
    /// The locking contract's guardian may also make this call directly (jail, pause).
    pub guardian_may: bool,
    /// Hints for the contract's errors where the command knows more (see [`Action::hint_on`]).
    pub hints: Vec<([u8; 4], String)>,
    /// Whole explanations for the contract's errors that mean something else for this call.
    pub rewords: Vec<([u8; 4], CliError)>,
    /// What the call did, read from its events (human text, JSON fields), for the direct and
    /// execute routes; `None` says "done: <label>".
    pub describe: Option<Describe>,
    /// The target is governed by an OpenZeppelin `AccessControl` role (the vault), not by an
    /// `Ownable` owner: the role, and its name in messages. See [`GovCall::role`].
    pub role: Option<(B256, &'static str)>,
    /// Simulate a direct call as of this time ([`Action::at`]).
    pub at: Option<u64>,
    /// Whether a waiting timelock call of the same target has the same effect as this one
    /// though not the same bytes (see [`GovCall::same_effect`]).
    pub same_effect: Option<SameEffect>,
}

/// Describes a governance call's outcome from its receipt: (human text, JSON fields).
pub type Describe = fn(&pipeline::Outcome) -> (String, serde_json::Value);

/// `(ours, theirs)`: whether calldata `theirs` has the effect of calldata `ours`.
pub type SameEffect = fn(&[u8], &[u8]) -> bool;

impl GovCall {
    pub fn new(label: impl Into<String>, target: Address, call: impl SolCall) -> Self {
        Self {
            label: label.into(),
            target,
            data: call.abi_encode().into(),
            guardian_may: false,
            hints: Vec::new(),
            rewords: Vec::new(),
            describe: None,
            role: None,
            at: None,
            same_effect: None,
        }
    }

    /// Calls made afresh on every run (a possession proof over a nonce that moved since the
    /// call was scheduled) would otherwise schedule a second operation on the second run:
    /// with `same`, a waiting single-call operation of the same target that `same` says has
    /// this call's effect is the one acted on (executed once ready), and no new one is made.
    pub fn same_effect(mut self, same: SameEffect) -> Self {
        self.same_effect = Some(same);
        self
    }

    /// The call is made by a holder of `role` (OpenZeppelin `AccessControl`) instead of the
    /// target's `owner()`: a sender holding it calls directly; otherwise, when the timelock
    /// holds it, the call takes the timelock routes. `name` is how messages call the role
    /// (e.g. "DEFAULT_ADMIN_ROLE").
    pub fn role(mut self, role: B256, name: &'static str) -> Self {
        self.role = Some((role, name));
        self
    }

    /// Replaces the whole explanation of error `E` for this call.
    pub fn reword_on<E: alloy::sol_types::SolError>(mut self, error: CliError) -> Self {
        self.rewords.push((E::SELECTOR, error));
        self
    }

    /// Replaces the hint of error `E` for this call (the contract's words stay).
    pub fn hint_on<E: alloy::sol_types::SolError>(mut self, hint: impl Into<String>) -> Self {
        self.hints.push((E::SELECTOR, hint.into()));
        self
    }

    pub fn describe(mut self, f: Describe) -> Self {
        self.describe = Some(f);
        self
    }

    pub fn guardian_may(mut self) -> Self {
        self.guardian_may = true;
        self
    }
}

/// The timelock's delay when `target` is owned by the timelock, else `None`.
pub async fn timelock_delay(ctx: &Ctx, d: &Deployments, target: Address) -> Result<Option<u64>> {
    let Some(tl) = d.timelock else {
        return Ok(None);
    };
    let mut r = Reads::new();
    let owner = r.add(target, ITimelock::ownerCall {});
    let delay = r.add(tl, ITimelock::getMinDelayCall {});
    let a = r.send(ctx).await?;
    (a.get(&owner)? == tl)
        .then(|| a.get(&delay).map(|d| d.saturating_to::<u64>()))
        .transpose()
}

/// A time argument that defaults to "now" cannot default through a timelock: the second run
/// (the execution) must rebuild the very same call. Asks for it explicitly then.
pub async fn explicit_time_through_timelock(
    ctx: &Ctx,
    d: &Deployments,
    target: Address,
    given: Option<u64>,
    flag: &str,
) -> Result<u64> {
    if let Some(t) = given {
        return Ok(t);
    }
    let now = latest_time(ctx).await?;
    match timelock_delay(ctx, d, target).await? {
        // The next block's time: not before the latest block, nor before the wall clock
        // (a node that mines on demand stamps blocks with the current time), plus one slot.
        None => Ok(now.max(wall_clock()) + 12),
        Some(delay) => Err(CliError::usage(format!(
            "this call goes through the timelock (delay {}): pass {flag} explicitly",
            format_duration(delay)
        ))
        .hint(format!(
            "e.g. {flag} {} (now + delay + 1 day); the same command, run again after the delay, executes it (or add it to a batch with --append FILE)",
            now + delay + 86_400
        ))
        .into()),
    }
}

/// When a transaction sent now is taken to be mined, for simulating calls whose work grows
/// with time: one Ethereum slot (12 s) after the latest block or the wall clock, whichever is
/// later (a node that mines on demand stamps blocks with the current time). Later is the safe
/// side: by then more rewards have accrued and more withdrawals are due, so the simulation
/// takes every path the mined call can take (a commission that rounds to 0 one second after
/// a harvest does not after twelve).
pub async fn next_block_time(ctx: &Ctx) -> Result<u64> {
    Ok(latest_time(ctx).await?.max(wall_clock()) + 12)
}

pub fn wall_clock() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// One call of a timelock operation: where, what, in words, and whose ABI explains it.
#[derive(Clone, Debug)]
pub struct OpCall {
    pub target: Address,
    pub data: Bytes,
    pub label: String,
}

impl OpCall {
    fn pair(&self) -> (Address, Bytes) {
        (self.target, self.data.clone())
    }
}

/// Who may make a governance call, as the chain says now.
struct Authority {
    /// The account that makes the call: the owner, the timelock holding the role, or the
    /// sender holding it (zero when nobody known holds the role).
    owner: Address,
    /// `owner` is the deployments file's timelock.
    timelocked: bool,
    /// The sender may make the call directly (owner, guardian, or role holder).
    sender_may: bool,
    /// Who may make it, in words, for refusals.
    who: String,
}

/// Reads who governs `target` for `call`: its `owner()` (and guardian), or the holders of
/// the call's `AccessControl` role among the timelock and the sender.
///
/// With `--print --safe SAFE`, a Safe that holds the role itself (not through the timelock)
/// is the account the printed call is judged from.
async fn authority(
    ctx: &Ctx,
    d: &Deployments,
    call: &GovCall,
    safe: Option<Address>,
) -> Result<Authority> {
    let sender = ctx.sender().ok();
    let mut r = Reads::new();
    if let Some((role, name)) = call.role {
        use metis_bindings::sequencer_vault::SequencerVault::hasRoleCall;
        let has =
            |r: &mut Reads, account: Address| r.add(call.target, hasRoleCall { role, account });
        let timelock = d.timelock.map(|t| (t, has(&mut r, t)));
        let mine = sender.map(|s| (s, has(&mut r, s)));
        let multisig = safe.map(|s| (s, has(&mut r, s)));
        let a = r.send(ctx).await?;
        // A Safe named with --print --safe that holds the role: the call is printed for it.
        if let Some((s, slot)) = &multisig {
            if a.get(slot)? {
                return Ok(Authority {
                    owner: *s,
                    timelocked: false,
                    sender_may: false,
                    who: format!("the Safe {s} (holding {name})"),
                });
            }
        }
        let timelocked = match &timelock {
            Some((_, slot)) => a.get(slot)?,
            None => false,
        };
        let sender_may = match &mine {
            Some((_, slot)) => a.get(slot)?,
            None => false,
        };
        let owner = match (timelock, mine) {
            (Some((t, _)), _) if timelocked && !sender_may => t,
            (_, Some((s, _))) if sender_may => s,
            _ => Address::ZERO,
        };
        let who = match d.timelock {
            Some(t) if !timelocked => format!(
                "an account holding {name} on {} (the timelock {t} does not hold it)",
                call.target
            ),
            _ => format!("an account holding {name} on {}", call.target),
        };
        return Ok(Authority {
            owner,
            timelocked: timelocked && !sender_may,
            sender_may,
            who,
        });
    }
    let owner = r.add(call.target, ITimelock::ownerCall {});
    let guardian = call
        .guardian_may
        .then(|| r.add(call.target, SequencerLocking::guardianCall {}));
    let a = r.send(ctx).await?;
    let owner = a.get(&owner)?;
    let guardian = match &guardian {
        Some(g) => Some(a.get(g)?),
        None => None,
    };
    let sender_may = sender.is_some() && (sender == Some(owner) || sender == guardian);
    let who = match guardian {
        Some(g) => format!("the owner {owner} or the guardian {g}"),
        None => format!("the owner {owner}"),
    };
    Ok(Authority {
        owner,
        timelocked: d.timelock == Some(owner),
        sender_may,
        who,
    })
}

/// Carries out `call` by the route that fits (see the module docs) and prints the result.
pub async fn govern(ctx: &Ctx, d: &Deployments, call: GovCall, opts: &GovOpts) -> Result<()> {
    let Authority {
        owner,
        timelocked,
        sender_may,
        who,
    } = authority(ctx, d, &call, opts.printing.safe).await?;
    let GovCall {
        label,
        target,
        data,
        hints,
        rewords,
        describe,
        role,
        at,
        same_effect,
        ..
    } = call;
    let judge = Contract::of(d, target);
    let mut op = [OpCall {
        target,
        data: data.clone(),
        label: label.clone(),
    }];
    if let Some(file) = &opts.append {
        if !timelocked {
            let whose = match role {
                Some((_, name)) => format!("the timelock does not hold {name} on {target}"),
                None => format!("the owner of {target} is {owner}, not the timelock"),
            };
            return Err(CliError::failed(format!(
                "{whose}: only timelock operations go into a batch"
            ))
            .hint("run the command without --append to make the call directly")
            .into());
        }
        return crate::batch::append(ctx, d, file, owner, &op[0]).await;
    }
    if opts.printing.print && !timelocked {
        if owner.is_zero() {
            return Err(CliError::failed(format!(
                "only {who} may {label}, and neither the timelock nor the sender holds it"
            ))
            .hint("name the multisig that holds it: --print --safe 0xSAFE (the call is judged as the Safe would make it), or send with a holder's key")
            .into());
        }
        let maker = match role {
            Some((_, name)) => format!("{owner} (holding {name})"),
            None => format!("the owner {owner}"),
        };
        return print_direct(ctx, d, &op[0], owner, &maker, &opts.printing).await;
    }
    if !opts.printing.print {
        let sender = ctx.sender()?;
        if sender_may {
            let mut action = Action::raw(label.clone(), target, data, judge);
            action.hints = hints;
            action.rewords = rewords;
            action.at = at;
            let outcome = pipeline::execute(ctx, &action).await?;
            report(ctx, &label, describe, &outcome, "done", None);
            return Ok(());
        }
        if !timelocked {
            let hint = match role {
                Some(_) => "send with a holder's key, or get the calldata for the multisig that holds it: --print --safe 0xSAFE",
                None => "send with their key, or pass --print to get the calldata",
            };
            return Err(CliError::failed(format!(
                "only {who} may {label}; the sender is {sender}"
            ))
            .hint(hint)
            .into());
        }
    }
    if let Some(same) = same_effect {
        if let Some(data) = waiting_same_effect(ctx, d, owner, &op[0], same).await? {
            op[0].data = data;
        }
    }
    let salted = resolve_salt(ctx, d, owner, &op, opts.salt).await?;
    if opts.printing.print {
        return print_operation(ctx, d, &label, owner, &op, &salted, &opts.printing).await;
    }
    let routed = Routed {
        label,
        hints,
        rewords,
        describe,
    };
    through_timelock(ctx, d, owner, &op, &salted, routed).await
}

/// The calldata of the one waiting single-call operation of `call`'s target that has its
/// effect (`same`) in other bytes; `None` when the very call waits, or none does. Several
/// are refused: executing them all would make the call more than once.
async fn waiting_same_effect(
    ctx: &Ctx,
    d: &Deployments,
    timelock: Address,
    call: &OpCall,
    same: SameEffect,
) -> Result<Option<Bytes>> {
    let ops = operations::list(ctx, d, timelock).await?;
    if operations::holding(&ops, call.target, &call.data).is_some() {
        return Ok(None);
    }
    let found: Vec<_> = ops
        .iter()
        .filter(|o| o.state.waits() && o.predecessor.is_zero())
        .filter_map(|o| match o.calls.as_slice() {
            [c] if c.target == call.target && c.value.is_zero() && same(&call.data, &c.data) => {
                Some((o, c))
            }
            _ => None,
        })
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [(o, c)] => {
            output::step(format!(
                "{} waits in operation {} ({}, executable from {}), made by an earlier run: acting on it instead of scheduling it again",
                operations::describe_call(d, c.target, &c.data),
                o.id,
                o.state.label(),
                format_ts(o.eta)
            ));
            Ok(Some(c.data.clone()))
        }
        many => Err(CliError::failed(format!(
            "{} operations waiting in the timelock have the effect of this call: {}; executing them all would make it {} times",
            many.len(),
            many.iter()
                .map(|(o, _)| format!("{} ({})", o.id, o.state.label()))
                .collect::<Vec<_>>()
                .join(", "),
            many.len()
        ))
        .hint("cancel all but one with `metis-stake gov cancel OPERATION_ID`")
        .into()),
    }
}

/// An operation's salt, and what the timelock already holds of its calls.
pub struct Salted {
    pub salt: B256,
    /// A salt no operation of these very calls has used: for making them again.
    pub fresh: B256,
}

/// The salt of an operation: as given, else that of the same calls already waiting in the
/// timelock (under any salt), else zero. Refuses what would let a call run twice: a second
/// salt for calls already waiting, several identical operations waiting, or a new operation
/// that repeats a call waiting in another one.
pub async fn resolve_salt(
    ctx: &Ctx,
    d: &Deployments,
    timelock: Address,
    calls: &[OpCall],
    given: Option<B256>,
) -> Result<Salted> {
    let ops = operations::list(ctx, d, timelock).await?;
    let pairs: Vec<_> = calls.iter().map(OpCall::pair).collect();
    let same: Vec<&operations::Operation> = ops
        .iter()
        .filter(|o| operations::same_calls(o, &pairs))
        .collect();
    let fresh = same
        .iter()
        .map(|o| U256::from_be_bytes(o.salt.0))
        .max()
        .map(|m| B256::from(m.saturating_add(U256::from(1))))
        .unwrap_or(B256::with_last_byte(1));
    let waiting: Vec<&&operations::Operation> = same.iter().filter(|o| o.state.waits()).collect();
    let noun = if calls.len() == 1 { "call" } else { "batch" };
    if waiting.len() > 1 {
        let list = waiting
            .iter()
            .map(|o| format!("{} ({})", o.id, o.state.label()))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(CliError::failed(format!(
            "{} identical operations of this {noun} are waiting in the timelock: {list}; executing them all would make the calls {} times",
            waiting.len(),
            waiting.len()
        ))
        .hint("cancel all but one with `metis-stake gov cancel OPERATION_ID`")
        .into());
    }
    let salt = match (given, waiting.first()) {
        (Some(s), Some(o)) if o.salt != s => {
            return Err(CliError::failed(format!(
                "the same {noun} is already waiting as operation {} (salt {}, {}): scheduling it again under the salt {s} would let both run",
                o.id,
                o.salt,
                o.state.label()
            ))
            .hint(format!(
                "run the command without --salt to act on that operation, or cancel it first: metis-stake gov cancel {}",
                o.id
            ))
            .into());
        }
        (Some(s), _) => s,
        (None, Some(o)) => {
            output::step(format!(
                "the same {noun} is already scheduled: operation {} (salt {}, {})",
                o.id,
                o.salt,
                o.state.label()
            ));
            o.salt
        }
        (None, None) => B256::ZERO,
    };
    if waiting.is_empty() {
        for c in calls {
            if let Some(o) = operations::holding(&ops, c.target, &c.data) {
                return Err(CliError::failed(format!(
                    "{} is already waiting in operation {} ({}, executable from {}): scheduling it again would make it run twice",
                    operations::describe_call(d, c.target, &c.data),
                    o.id,
                    o.state.label(),
                    format_ts(o.eta)
                ))
                .hint(format!(
                    "leave it out, or cancel that operation first: metis-stake gov cancel {}",
                    o.id
                ))
                .into());
            }
        }
    }
    Ok(Salted { salt, fresh })
}

/// What a timelock route needs besides the calls: words, hints and how to describe the result.
pub struct Routed {
    pub label: String,
    pub hints: Vec<([u8; 4], String)>,
    pub rewords: Vec<([u8; 4], CliError)>,
    pub describe: Option<Describe>,
}

impl Routed {
    pub fn new(label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            hints: Vec::new(),
            rewords: Vec::new(),
            describe: None,
        }
    }
}

/// The read of an operation's id: `hashOperation` for one call, `hashOperationBatch` for more.
enum IdSlot {
    One(crate::rpc::Slot<ITimelock::hashOperationCall>),
    Many(crate::rpc::Slot<ITimelock::hashOperationBatchCall>),
}

impl IdSlot {
    fn add(r: &mut Reads, timelock: Address, calls: &[OpCall], salt: B256) -> Self {
        match calls {
            [c] => Self::One(r.add(
                timelock,
                ITimelock::hashOperationCall {
                    target: c.target,
                    value: U256::ZERO,
                    data: c.data.clone(),
                    predecessor: B256::ZERO,
                    salt,
                },
            )),
            _ => {
                let (targets, values, payloads) = columns(calls);
                Self::Many(r.add(
                    timelock,
                    ITimelock::hashOperationBatchCall {
                        targets,
                        values,
                        payloads,
                        predecessor: B256::ZERO,
                        salt,
                    },
                ))
            }
        }
    }

    fn get(&self, a: &crate::rpc::Answers) -> Result<B256> {
        match self {
            Self::One(s) => a.get(s),
            Self::Many(s) => a.get(s),
        }
    }
}

/// The refusal of calls already executed under `salt`.
fn already_executed(id: B256, fresh: B256) -> CliError {
    CliError::failed(format!(
        "this was already executed through the timelock (operation {id})"
    ))
    .hint(format!(
        "to make the same calls again, pass a salt not used for them yet: --salt {fresh}"
    ))
}

/// The calls as the timelock will make them, at the earliest time `at`, for the simulation.
pub fn later(d: &Deployments, timelock: Address, calls: &[OpCall], at: u64) -> Later {
    Later {
        at,
        from: timelock,
        calls: calls
            .iter()
            .map(|c| LaterCall {
                to: c.target,
                data: c.data.clone(),
                judge: Contract::of(d, c.target),
                what: c.label.clone(),
            })
            .collect(),
        refused: "this would be scheduled, but could not execute".into(),
    }
}

/// The timelock routes: schedule (after simulating every call from the timelock as of the
/// earliest execution time), say when it becomes executable, or execute. One call uses
/// `schedule`/`execute`; several, `scheduleBatch`/`executeBatch` (run in order, all or none).
pub async fn through_timelock(
    ctx: &Ctx,
    d: &Deployments,
    timelock: Address,
    calls: &[OpCall],
    salted: &Salted,
    routed: Routed,
) -> Result<()> {
    let Routed {
        label,
        hints,
        rewords,
        describe,
    } = routed;
    let salt = salted.salt;
    let sender = ctx.sender()?;
    let mut r = Reads::new().with_block_time();
    let id = IdSlot::add(&mut r, timelock, calls, salt);
    let delay = r.add(timelock, ITimelock::getMinDelayCall {});
    let proposer_role = r.add(timelock, ITimelock::PROPOSER_ROLECall {});
    let executor_role = r.add(timelock, ITimelock::EXECUTOR_ROLECall {});
    let a = r.send(ctx).await?;
    let now = a.block_time();
    let id = id.get(&a)?;
    let delay = a.get(&delay)?;
    let (proposer_role, executor_role) = (a.get(&proposer_role)?, a.get(&executor_role)?);
    let mut r = Reads::new();
    let ts = r.add(timelock, ITimelock::getTimestampCall { id });
    let can_propose = r.add(
        timelock,
        ITimelock::hasRoleCall {
            role: proposer_role,
            account: sender,
        },
    );
    let can_execute = r.add(
        timelock,
        ITimelock::hasRoleCall {
            role: executor_role,
            account: sender,
        },
    );
    let open_execute = r.add(
        timelock,
        ITimelock::hasRoleCall {
            role: executor_role,
            account: Address::ZERO,
        },
    );
    let a = r.send(ctx).await?;
    let ts = a.get(&ts)?.saturating_to::<u64>();

    if ts == DONE {
        return Err(already_executed(id, salted.fresh).into());
    }
    if ts == 0 {
        if !a.get(&can_propose)? {
            return Err(CliError::failed(format!(
                "{sender} is not a proposer of the timelock {timelock}"
            ))
            .hint("pass --print to get the schedule calldata for the proposer (e.g. the multisig)")
            .into());
        }
        // The calls must work when the timelock makes them: simulated from the timelock as of
        // the earliest execution time (the schedule's block, at least the next one, + delay).
        let delay_s = delay.saturating_to::<u64>();
        let earliest = now.max(wall_clock()) + 1 + delay_s;
        let mut action = Action::raw(
            format!("schedule: {label}"),
            timelock,
            schedule_data(calls, salt, delay),
            Contract::Timelock,
        )
        .then_later(later(d, timelock, calls, earliest))
        .rerun("run the same command again: an operation already scheduled is never scheduled twice, it says when it becomes executable");
        action.hints = hints;
        action.rewords = rewords;
        let outcome = pipeline::execute(ctx, &action).await?;
        let eta = ITimelock::new(timelock, ctx.provider.clone())
            .getTimestamp(id)
            .call()
            .await
            .map_err(explain_call)?
            .saturating_to::<u64>();
        output::result(
            ctx.json(),
            format!(
                "scheduled: {label}\n  operation {id}\n  salt      {}\n  executable from {} (in {}); run the same command again then",
                salt,
                format_ts(eta),
                format_duration(delay_s)
            ),
            json!({ "action": label, "state": "scheduled", "operation": id, "salt": salt, "calls": calls.len(), "executableAt": eta, "tx": outcome.tx() }),
        );
        return Ok(());
    }
    if now < ts {
        return Err(CliError::failed(format!(
            "'{label}' is scheduled; the timelock lets it run from {} (in {})",
            format_ts(ts),
            format_duration(ts - now)
        ))
        .hint("run the same command again after that time")
        .into());
    }
    if !a.get(&can_execute)? && !a.get(&open_execute)? {
        return Err(CliError::failed(format!(
            "{sender} is not an executor of the timelock {timelock}"
        ))
        .hint("pass --print to get the execute calldata for an executor")
        .into());
    }
    // The timelock bubbles up the executed call's revert: explain it in the target's words.
    let judge = match calls {
        [c] => Contract::of(d, c.target),
        _ => Contract::Timelock,
    };
    let mut action = Action::raw(
        format!("execute: {label}"),
        timelock,
        execute_data(calls, salt),
        judge,
    )
    .rerun("run the same command again: an executed operation says so and is not executed twice");
    action.hints = hints;
    action.rewords = rewords;
    let outcome = pipeline::execute(ctx, &action).await.map_err(|e| {
        // A ready operation that can no longer run stays ready forever: say how to drop it.
        match e.downcast::<CliError>() {
            Ok(c) if c.hint.is_none() => c
                .hint(format!(
                    "if it can no longer run, cancel it: metis-stake gov cancel {id}"
                ))
                .into(),
            Ok(c) => c.into(),
            Err(other) => other,
        }
    })?;
    report(ctx, &label, describe, &outcome, "executed", Some(id));
    Ok(())
}

/// `--print` of a direct call: judged as the owner would make it now, then its target and
/// calldata, or a Safe batch file of the call.
async fn print_direct(
    ctx: &Ctx,
    d: &Deployments,
    call: &OpCall,
    owner: Address,
    maker: &str,
    opts: &PrintOpts,
) -> Result<()> {
    let now = latest_time(ctx).await?;
    pipeline::judge_later(
        ctx,
        later(
            d,
            owner,
            std::slice::from_ref(call),
            now.max(wall_clock()) + 12,
        ),
    )
    .await
    .map_err(|e| prefixed(e, &format!("{maker} could not make this call ")))?;
    print_call(
        ctx,
        d,
        &call.label,
        call.target,
        &call.data,
        &format!("a direct call: {maker} makes it"),
        opts,
    )
}

/// Prints one call made directly (not scheduled): its target and calldata, or a Safe batch
/// file `PREFIX.json` of it.
pub fn print_call(
    ctx: &Ctx,
    d: &Deployments,
    label: &str,
    target: Address,
    data: &Bytes,
    description: &str,
    opts: &PrintOpts,
) -> Result<()> {
    if opts.format == PrintFormat::Safe {
        let (function, args) = operations::decode_call(d, target, data).ok_or_else(|| {
            CliError::failed("this call cannot be described for the Safe Transaction Builder")
        })?;
        let file = safe_file(
            ctx,
            label,
            description,
            opts,
            crate::safe::transaction(target, &function, &args, data),
        );
        return write_safe(
            ctx,
            label,
            &[(format!("{}.json", prefix(opts)), file)],
            false,
        );
    }
    output::result(
        ctx.json(),
        format!(
            "{label}\n  target  {target}\n  data    {data}\n  call    {}",
            operations::describe_call(d, target, data)
        ),
        json!({ "target": target, "data": data, "call": operations::describe_call(d, target, data) }),
    );
    Ok(())
}

/// A user error with `prefix` put before its message (other errors as they are).
pub fn prefixed(e: eyre::Report, prefix: &str) -> eyre::Report {
    match e.downcast::<CliError>() {
        Ok(mut c) => {
            c.message = format!("{prefix}{}", c.message);
            c.into()
        }
        Err(other) => other,
    }
}

/// `--print` of a timelock operation, judged first as the timelock will make it: the calls,
/// the operation id, and the timelock's schedule and execute calldata (text), or Safe batch
/// files of the schedule and of the execute call. An operation already scheduled gets its
/// execute call only; one already executed is refused.
pub async fn print_operation(
    ctx: &Ctx,
    d: &Deployments,
    label: &str,
    timelock: Address,
    calls: &[OpCall],
    salted: &Salted,
    opts: &PrintOpts,
) -> Result<()> {
    let salt = salted.salt;
    let mut r = Reads::new().with_block_time();
    let id = IdSlot::add(&mut r, timelock, calls, salt);
    let delay = r.add(timelock, ITimelock::getMinDelayCall {});
    let proposer_role = r.add(timelock, ITimelock::PROPOSER_ROLECall {});
    let a = r.send(ctx).await?;
    let (now, id, delay) = (a.block_time(), id.get(&a)?, a.get(&delay)?);
    let proposer_role = a.get(&proposer_role)?;
    let mut r = Reads::new();
    let ts = r.add(timelock, ITimelock::getTimestampCall { id });
    let safe_proposes = opts.safe.map(|account| {
        r.add(
            timelock,
            ITimelock::hasRoleCall {
                role: proposer_role,
                account,
            },
        )
    });
    let a = r.send(ctx).await?;
    let ts = a.get(&ts)?.saturating_to::<u64>();
    if ts == DONE {
        return Err(already_executed(id, salted.fresh).into());
    }
    if let (Some(safe), Some(slot)) = (opts.safe, &safe_proposes) {
        if !a.get(slot)? {
            output::step(format!(
                "warning: the Safe {safe} is not a proposer of the timelock {timelock}: it cannot schedule this"
            ));
        }
    }
    let scheduled = ts != 0;
    if !scheduled {
        let earliest = now.max(wall_clock()) + 1 + delay.saturating_to::<u64>();
        pipeline::judge_later(ctx, later(d, timelock, calls, earliest))
            .await
            .map_err(|e| prefixed(e, "this would be scheduled, but could not execute "))?;
    } else {
        // Scheduled: judged as its execution would run, from when it is executable (the
        // chain may have moved since it was scheduled: a start now past, a budget used up).
        let at = ts.max(now.max(wall_clock()) + 1);
        pipeline::judge_later(ctx, later(d, timelock, calls, at))
            .await
            .map_err(|e| match e.downcast::<CliError>() {
                Ok(c) => {
                    let c = prefixed(
                        c.into(),
                        &format!("operation {id} is scheduled, but its execution would fail "),
                    );
                    match c.downcast::<CliError>() {
                        Ok(c) if c.hint.is_none() => c
                            .hint(format!(
                                "if it can no longer run, cancel it: metis-stake gov cancel {id}"
                            ))
                            .into(),
                        Ok(c) => c.into(),
                        Err(other) => other,
                    }
                }
                Err(other) => other,
            })?;
    }
    let state = match (scheduled, ts > now) {
        (false, _) => String::new(),
        (true, true) => format!(
            "already scheduled as operation {id}: executable from {}; only the execute call is needed",
            format_ts(ts)
        ),
        (true, false) => format!(
            "already scheduled as operation {id} and ready: only the execute call is needed"
        ),
    };
    if !state.is_empty() {
        output::step(&state);
    }
    let schedule = schedule_data(calls, salt, delay);
    let execute = execute_data(calls, salt);
    if opts.format == PrintFormat::Safe {
        let (f_schedule, f_execute) = safe_functions(calls.len())?;
        let (s_args, e_args) = safe_args(calls, salt, delay);
        let p = prefix(opts);
        let mut files = Vec::new();
        if !scheduled {
            files.push((
                format!("{p}-schedule.json"),
                safe_file(
                    ctx,
                    label,
                    &format!(
                        "schedule operation {id} through the timelock {timelock} (delay {delay} s, salt {salt}): {}",
                        described(d, calls)
                    ),
                    opts,
                    crate::safe::transaction(timelock, &f_schedule, &s_args, &schedule),
                ),
            ));
        }
        files.push((
            format!("{p}-execute.json"),
            safe_file(
                ctx,
                label,
                &format!(
                    "execute operation {id} through the timelock {timelock} once the delay has passed (salt {salt}): {}",
                    described(d, calls)
                ),
                opts,
                crate::safe::transaction(timelock, &f_execute, &e_args, &execute),
            ),
        ));
        return write_safe(ctx, label, &files, true);
    }
    let mut human = label.to_string();
    let mut items = Vec::new();
    for c in calls {
        if calls.len() > 1 {
            human.push_str(&format!("\n  - {}", c.label));
        }
        human.push_str(&format!(
            "\n  target  {}\n  data    {}\n  call    {}",
            c.target,
            c.data,
            operations::describe_call(d, c.target, &c.data)
        ));
        items.push(json!({ "target": c.target, "data": c.data, "label": c.label }));
    }
    human.push_str(&format!(
        "\nthrough the timelock {timelock} (delay {}), operation {id}, salt {salt}:\n  schedule  {schedule}\n  execute   {execute}",
        format_duration(delay.saturating_to()),
    ));
    let mut j = json!({ "owner": timelock, "calls": items, "operation": id, "scheduled": scheduled, "timelock": { "address": timelock, "delay": delay.to_string(), "salt": salt, "schedule": schedule, "execute": execute } });
    if let [c] = calls {
        j["target"] = json!(c.target);
        j["data"] = json!(c.data);
    }
    output::result(ctx.json(), human, j);
    Ok(())
}

/// The calls decoded, for a Safe batch's description ("setWhitelisted(0x…, true); ...").
fn described(d: &Deployments, calls: &[OpCall]) -> String {
    calls
        .iter()
        .map(|c| operations::describe_call(d, c.target, &c.data))
        .collect::<Vec<_>>()
        .join("; ")
}

fn prefix(opts: &PrintOpts) -> String {
    opts.out.to_string_lossy().into_owned()
}

/// A Safe Transaction Builder batch of one transaction.
fn safe_file(
    ctx: &Ctx,
    label: &str,
    description: &str,
    opts: &PrintOpts,
    transaction: serde_json::Value,
) -> serde_json::Value {
    let created = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|t| t.as_millis() as u64)
        .unwrap_or_default();
    crate::safe::batch(
        ctx.chain_id,
        created,
        &format!("metis-stake: {label}"),
        description,
        opts.safe,
        vec![transaction],
    )
}

/// Writes Safe batch files and says where, with their checksums.
fn write_safe(
    ctx: &Ctx,
    label: &str,
    files: &[(String, serde_json::Value)],
    timelocked: bool,
) -> Result<()> {
    let mut human = label.to_string();
    let mut items = Vec::new();
    for (path, batch) in files {
        let text = serde_json::to_string_pretty(batch)? + "\n";
        std::fs::write(path, text)
            .map_err(|e| CliError::failed(format!("cannot write {path}: {e}")))?;
        human.push_str(&format!(
            "\n  wrote {path} (checksum {})",
            batch["meta"]["checksum"].as_str().unwrap_or_default()
        ));
        items.push(json!({ "file": path, "checksum": batch["meta"]["checksum"] }));
    }
    human.push_str(if timelocked && files.len() > 1 {
        "\nimport them in the Safe's Transaction Builder (drag the file in), schedule first, execute after the delay"
    } else if timelocked {
        "\nimport it in the Safe's Transaction Builder (drag the file in) once the operation is executable"
    } else {
        "\nimport it in the Safe's Transaction Builder (drag the file in)"
    });
    output::result(ctx.json(), human, json!({ "files": items }));
    Ok(())
}

/// The timelock's schedule and execute functions (with their parameter names, as the Builder
/// shows them) for `n` calls: `schedule`/`execute`, or `scheduleBatch`/`executeBatch`.
fn safe_functions(n: usize) -> Result<(alloy::json_abi::Function, alloy::json_abi::Function)> {
    let mut abi = ITimelock::abi::functions();
    let mut take = |name: &str| {
        abi.remove(name)
            .and_then(|f| f.into_iter().next())
            .ok_or_else(|| {
                eyre::Report::from(CliError::failed(format!("internal ABI error: no {name}")))
            })
    };
    Ok(match n {
        1 => (take("schedule")?, take("execute")?),
        _ => (take("scheduleBatch")?, take("executeBatch")?),
    })
}

/// The arguments of [`safe_functions`]' schedule and execute.
fn safe_args(
    calls: &[OpCall],
    salt: B256,
    delay: U256,
) -> (
    Vec<alloy::dyn_abi::DynSolValue>,
    Vec<alloy::dyn_abi::DynSolValue>,
) {
    use alloy::dyn_abi::DynSolValue as V;
    let word = |b: B256| V::FixedBytes(b, 32);
    let mut common = match calls {
        [c] => vec![
            V::Address(c.target),
            V::Uint(U256::ZERO, 256),
            V::Bytes(c.data.to_vec()),
        ],
        _ => vec![
            V::Array(calls.iter().map(|c| V::Address(c.target)).collect()),
            V::Array(calls.iter().map(|_| V::Uint(U256::ZERO, 256)).collect()),
            V::Array(calls.iter().map(|c| V::Bytes(c.data.to_vec())).collect()),
        ],
    };
    common.extend([word(B256::ZERO), word(salt)]);
    let mut schedule = common.clone();
    schedule.push(V::Uint(delay, 256));
    (schedule, common)
}

/// Targets, values (all zero) and payloads of a batch.
fn columns(calls: &[OpCall]) -> (Vec<Address>, Vec<U256>, Vec<Bytes>) {
    (
        calls.iter().map(|c| c.target).collect(),
        vec![U256::ZERO; calls.len()],
        calls.iter().map(|c| c.data.clone()).collect(),
    )
}

/// The timelock's schedule calldata of an operation: `schedule` for one call, `scheduleBatch`
/// for several (no value, no predecessor).
fn schedule_data(calls: &[OpCall], salt: B256, delay: U256) -> Bytes {
    match calls {
        [c] => ITimelock::scheduleCall {
            target: c.target,
            value: U256::ZERO,
            data: c.data.clone(),
            predecessor: B256::ZERO,
            salt,
            delay,
        }
        .abi_encode()
        .into(),
        _ => {
            let (targets, values, payloads) = columns(calls);
            ITimelock::scheduleBatchCall {
                targets,
                values,
                payloads,
                predecessor: B256::ZERO,
                salt,
                delay,
            }
            .abi_encode()
            .into()
        }
    }
}

/// The timelock's execute calldata of an operation (see [`schedule_data`]).
fn execute_data(calls: &[OpCall], salt: B256) -> Bytes {
    match calls {
        [c] => ITimelock::executeCall {
            target: c.target,
            value: U256::ZERO,
            payload: c.data.clone(),
            predecessor: B256::ZERO,
            salt,
        }
        .abi_encode()
        .into(),
        _ => {
            let (targets, values, payloads) = columns(calls);
            ITimelock::executeBatchCall {
                targets,
                values,
                payloads,
                predecessor: B256::ZERO,
                salt,
            }
            .abi_encode()
            .into()
        }
    }
}

/// The timelock's minimum delay, in seconds.
pub async fn min_delay(ctx: &Ctx, timelock: Address) -> Result<U256> {
    ITimelock::new(timelock, ctx.provider.clone())
        .getMinDelay()
        .call()
        .await
        .map_err(explain_call)
}

/// Prints what a direct or executed call did: the command's description, or "done: <label>".
fn report(
    ctx: &Ctx,
    label: &str,
    describe: Option<Describe>,
    outcome: &pipeline::Outcome,
    state: &str,
    operation: Option<B256>,
) {
    let (human, extra) = match describe {
        Some(f) => f(outcome),
        None => (String::new(), json!({})),
    };
    let prefix = match operation {
        Some(_) => "executed through the timelock",
        None => "done",
    };
    let human = if human.is_empty() {
        format!("{prefix}: {label}")
    } else {
        format!("{prefix}: {label}\n{human}")
    };
    let mut j = json!({ "action": label, "state": state, "tx": outcome.tx() });
    if let Some(id) = operation {
        j["operation"] = json!(id);
    }
    if let (Some(j), serde_json::Value::Object(extra)) = (j.as_object_mut(), extra) {
        j.extend(extra);
    }
    output::result(ctx.json(), human, j);
}

/// The latest block's timestamp (unix seconds).
pub async fn latest_time(ctx: &Ctx) -> Result<u64> {
    Ok(latest_block(ctx).await?.1)
}

/// The latest block's number and timestamp (unix seconds).
pub async fn latest_block(ctx: &Ctx) -> Result<(u64, u64)> {
    Ok(ctx
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(|e| explain_transport(&e))?
        .map(|b| (b.header.number, b.header.timestamp))
        .unwrap_or_default())
}

fn explain_call(e: alloy::contract::Error) -> eyre::Report {
    if let Some(data) = e.as_revert_data() {
        return crate::decode::explain(Contract::Timelock, &data).into();
    }
    match &e {
        alloy::contract::Error::TransportError(t) => explain_transport(t).into(),
        other => CliError::failed(format!("the call failed: {other}")).into(),
    }
}
