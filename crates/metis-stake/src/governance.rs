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

use crate::contracts::{Contract, ITimelock};
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::operations;
use crate::opts::{GovOpts, PrintFormat};
use crate::output;
use crate::pipeline::{self, Action, Later};
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use crate::transport::explain_transport;
use alloy::primitives::{Address, Bytes, B256, U256};
use alloy::providers::Provider;
use alloy::sol_types::SolCall;
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking;
use serde_json::json;

/// Done timestamps in OpenZeppelin's TimelockController.
const DONE: u64 = 1;

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
}

/// Describes a governance call's outcome from its receipt: (human text, JSON fields).
pub type Describe = fn(&pipeline::Outcome) -> (String, serde_json::Value);

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
        }
    }

    /// Replaces the whole explanation of error `E` for this call.
    pub fn reword_on<E: alloy::sol_types::SolError>(mut self, error: CliError) -> Self {
        self.rewords.push((E::SELECTOR, error));
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
            "e.g. {flag} {} (now + delay + 1 day); run the same command again after the delay to execute it",
            now + delay + 86_400
        ))
        .into()),
    }
}

fn wall_clock() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Carries out `call` by the route that fits (see the module docs) and prints the result.
pub async fn govern(ctx: &Ctx, d: &Deployments, call: GovCall, opts: &GovOpts) -> Result<()> {
    let GovCall {
        label,
        target,
        data,
        guardian_may,
        hints,
        rewords,
        describe,
    } = call;
    let mut r = Reads::new();
    let owner = r.add(target, ITimelock::ownerCall {});
    let guardian = guardian_may.then(|| r.add(target, SequencerLocking::guardianCall {}));
    let a = r.send(ctx).await?;
    let owner = a.get(&owner)?;
    let guardian = match &guardian {
        Some(g) => Some(a.get(g)?),
        None => None,
    };
    let timelocked = d.timelock == Some(owner);
    let judge = Contract::of(d, target);
    // The salt: as given, else that of the same call already waiting in the timelock (under
    // any salt: never schedule a call twice), else zero.
    let salt = match (opts.salt, timelocked) {
        (Some(s), _) => s,
        (None, false) => B256::ZERO,
        (None, true) => {
            let ops = operations::list(ctx, d, owner).await?;
            match operations::waiting(&ops, target, &data) {
                Some(op) => {
                    output::step(format!(
                        "the same call is already scheduled: operation {} (salt {}, {})",
                        op.id,
                        op.salt,
                        op.state.label()
                    ));
                    op.salt
                }
                None => B256::ZERO,
            }
        }
    };

    if opts.print && opts.format == PrintFormat::Safe {
        return print_safe(ctx, d, &label, target, &data, owner, timelocked, salt, opts).await;
    }
    if opts.print {
        let mut j = json!({ "target": target, "data": data, "owner": owner });
        let mut human = format!("{label}\n  target  {target}\n  data    {data}");
        if timelocked {
            let delay = min_delay(ctx, owner).await?;
            let (schedule, execute) = timelock_calls(target, &data, salt, delay);
            let (schedule, execute) = (schedule.abi_encode(), execute.abi_encode());
            human.push_str(&format!(
                "\nthrough the timelock {owner} (delay {}):\n  schedule  {}\n  execute   {}",
                format_duration(delay.saturating_to()),
                Bytes::from(schedule.clone()),
                Bytes::from(execute.clone())
            ));
            j["timelock"] = json!({ "address": owner, "delay": delay.to_string(), "schedule": Bytes::from(schedule), "execute": Bytes::from(execute) });
        }
        output::result(ctx.json(), human, j);
        return Ok(());
    }

    let sender = ctx.sender()?;
    if owner == sender || guardian == Some(sender) {
        let mut action = Action::raw(label.clone(), target, data, judge);
        action.hints = hints;
        action.rewords = rewords;
        let outcome = pipeline::execute(ctx, &action).await?;
        report(ctx, &label, describe, &outcome, "done", None);
        return Ok(());
    }
    if !timelocked {
        let who = match guardian {
            Some(g) => format!("the owner {owner} or the guardian {g}"),
            None => format!("the owner {owner}"),
        };
        return Err(
            CliError::failed(format!("only {who} may {label}; the sender is {sender}"))
                .hint("send with their key, or pass --print to get the calldata")
                .into(),
        );
    }

    // Through the timelock.
    let mut r = Reads::new().with_block_time();
    let id = r.add(
        owner,
        ITimelock::hashOperationCall {
            target,
            value: U256::ZERO,
            data: data.clone(),
            predecessor: B256::ZERO,
            salt,
        },
    );
    let delay = r.add(owner, ITimelock::getMinDelayCall {});
    let proposer_role = r.add(owner, ITimelock::PROPOSER_ROLECall {});
    let executor_role = r.add(owner, ITimelock::EXECUTOR_ROLECall {});
    let a = r.send(ctx).await?;
    let now = a.block_time();
    let (id, delay) = (a.get(&id)?, a.get(&delay)?);
    let (proposer_role, executor_role) = (a.get(&proposer_role)?, a.get(&executor_role)?);
    let mut r = Reads::new();
    let ts = r.add(owner, ITimelock::getTimestampCall { id });
    let can_propose = r.add(
        owner,
        ITimelock::hasRoleCall {
            role: proposer_role,
            account: sender,
        },
    );
    let can_execute = r.add(
        owner,
        ITimelock::hasRoleCall {
            role: executor_role,
            account: sender,
        },
    );
    let open_execute = r.add(
        owner,
        ITimelock::hasRoleCall {
            role: executor_role,
            account: Address::ZERO,
        },
    );
    let a = r.send(ctx).await?;
    let ts = a.get(&ts)?.saturating_to::<u64>();

    if ts == DONE {
        return Err(CliError::failed(format!(
            "this call was already executed through the timelock (operation {id})"
        ))
        .hint("to make the same call again, pass a new --salt: 32 bytes of hex (64 digits), e.g. 0x0000000000000000000000000000000000000000000000000000000000000001")
        .into());
    }
    if ts == 0 {
        if !a.get(&can_propose)? {
            return Err(CliError::failed(format!(
                "{sender} is not a proposer of the timelock {owner}"
            ))
            .hint("pass --print to get the schedule calldata for the proposer (e.g. the multisig)")
            .into());
        }
        // The call must work when the timelock makes it: simulated from the timelock as of
        // the earliest execution time (the schedule's block, at least the next one, + delay).
        let delay_s = delay.saturating_to::<u64>();
        let earliest = now.max(wall_clock()) + 1 + delay_s;
        let (schedule, _) = timelock_calls(target, &data, salt, delay);
        let mut action = Action::call(
            format!("schedule: {label}"),
            owner,
            schedule,
            Contract::Timelock,
        )
        .then_later(Later {
            at: earliest,
            from: owner,
            to: target,
            data,
            judge,
            what: label.clone(),
        })
        .rerun("run the same command again: an operation already scheduled is never scheduled twice, it says when it becomes executable");
        action.hints = hints;
        action.rewords = rewords;
        let outcome = pipeline::execute(ctx, &action).await?;
        let eta = ITimelock::new(owner, ctx.provider.clone())
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
            json!({ "action": label, "state": "scheduled", "operation": id, "salt": salt, "executableAt": eta, "tx": outcome.tx() }),
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
            "{sender} is not an executor of the timelock {owner}"
        ))
        .hint("pass --print to get the execute calldata for an executor")
        .into());
    }
    // The timelock bubbles up the executed call's revert: explain it in the target's words.
    let (_, execute) = timelock_calls(target, &data, salt, delay);
    let mut action = Action::call(format!("execute: {label}"), owner, execute, judge).rerun(
        "run the same command again: an executed operation says so and is not executed twice",
    );
    action.hints = hints;
    let outcome = pipeline::execute(ctx, &action).await?;
    report(ctx, &label, describe, &outcome, "executed", Some(id));
    Ok(())
}

/// `--print --format safe`: Safe Transaction Builder batch files, written next to `opts.out`.
#[allow(clippy::too_many_arguments)]
async fn print_safe(
    ctx: &Ctx,
    d: &Deployments,
    label: &str,
    target: Address,
    data: &Bytes,
    owner: Address,
    timelocked: bool,
    salt: B256,
    opts: &GovOpts,
) -> Result<()> {
    use alloy::dyn_abi::DynSolValue as V;
    use alloy::json_abi::Function;
    let created = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|t| t.as_millis() as u64)
        .unwrap_or_default();
    let name = format!("metis-stake: {label}");
    let prefix = opts.out.to_string_lossy().into_owned();
    let mut files = Vec::new();
    if timelocked {
        let delay = min_delay(ctx, owner).await?;
        let (schedule, execute) = timelock_calls(target, data, salt, delay);
        let word = |b: B256| V::FixedBytes(b, 32);
        let parse = |sig: &str| {
            Function::parse(sig).map_err(|e| CliError::failed(format!("internal ABI error: {e}")))
        };
        let f_schedule = parse("function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay)")?;
        let f_execute = parse("function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt)")?;
        let common = vec![
            V::Address(target),
            V::Uint(U256::ZERO, 256),
            V::Bytes(data.to_vec()),
            word(B256::ZERO),
            word(salt),
        ];
        let mut schedule_args = common.clone();
        schedule_args.push(V::Uint(delay, 256));
        files.push((
            format!("{prefix}-schedule.json"),
            crate::safe::batch(
                ctx.chain_id,
                created,
                &name,
                &format!(
                    "schedule through the timelock {owner} (delay {} s, salt {salt})",
                    delay
                ),
                opts.safe,
                vec![crate::safe::transaction(
                    owner,
                    &f_schedule,
                    &schedule_args,
                    &schedule.abi_encode().into(),
                )],
            ),
        ));
        files.push((
            format!("{prefix}-execute.json"),
            crate::safe::batch(
                ctx.chain_id,
                created,
                &name,
                &format!(
                    "execute through the timelock {owner} once the delay has passed (salt {salt})"
                ),
                opts.safe,
                vec![crate::safe::transaction(
                    owner,
                    &f_execute,
                    &common,
                    &execute.abi_encode().into(),
                )],
            ),
        ));
    } else {
        let (function, args) = operations::decode_call(d, target, data).ok_or_else(|| {
            CliError::failed("this call cannot be described for the Safe Transaction Builder")
        })?;
        files.push((
            format!("{prefix}.json"),
            crate::safe::batch(
                ctx.chain_id,
                created,
                &name,
                &format!("a direct call: the owner {owner} makes it"),
                opts.safe,
                vec![crate::safe::transaction(target, &function, &args, data)],
            ),
        ));
    }
    let mut human = label.to_string();
    let mut items = Vec::new();
    for (path, batch) in &files {
        let text = serde_json::to_string_pretty(batch)? + "\n";
        std::fs::write(path, text)
            .map_err(|e| CliError::failed(format!("cannot write {path}: {e}")))?;
        human.push_str(&format!(
            "\n  wrote {path} (checksum {})",
            batch["meta"]["checksum"].as_str().unwrap_or_default()
        ));
        items.push(json!({ "file": path, "checksum": batch["meta"]["checksum"] }));
    }
    human.push_str("\nimport them in the Safe's Transaction Builder (drag the file in), schedule first, execute after the delay");
    output::result(ctx.json(), human, json!({ "files": items }));
    Ok(())
}

/// The timelock's minimum delay, in seconds.
async fn min_delay(ctx: &Ctx, timelock: Address) -> Result<U256> {
    ITimelock::new(timelock, ctx.provider.clone())
        .getMinDelay()
        .call()
        .await
        .map_err(explain_call)
}

/// The timelock's `schedule` and `execute` calls of one operation (no value, no predecessor).
fn timelock_calls(
    target: Address,
    data: &Bytes,
    salt: B256,
    delay: U256,
) -> (ITimelock::scheduleCall, ITimelock::executeCall) {
    (
        ITimelock::scheduleCall {
            target,
            value: U256::ZERO,
            data: data.clone(),
            predecessor: B256::ZERO,
            salt,
            delay,
        },
        ITimelock::executeCall {
            target,
            value: U256::ZERO,
            payload: data.clone(),
            predecessor: B256::ZERO,
            salt,
        },
    )
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
    Ok(ctx
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(|e| explain_transport(&e))?
        .map(|b| b.header.timestamp)
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
