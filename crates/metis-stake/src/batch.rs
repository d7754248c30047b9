//! Timelock batches, built one governance command at a time.
//!
//! `--append FILE` on any governance command whose owner is the timelock adds the command's
//! call to FILE instead of routing it. Each append simulates every call of the file, in order,
//! from the timelock, in one block at the earliest time the batch could execute, so a call
//! that would fail is refused before it is written. `gov batch FILE` then schedules the
//! calls as one `scheduleBatch` operation (all run, in order, or none), says when it becomes
//! executable, executes it after the delay (`executeBatch`), or prints it (`--print`, text or
//! Safe Transaction Builder files), by the same routes as a single call
//! ([`crate::governance::through_timelock`]).
//!
//! The file (JSON): `{"version": 1, "chainId": 11155111, "timelock": "0x…", "calls":
//! [{"label": "add 0x… to the whitelist", "target": "0x…", "data": "0x…"}]}`. Values are
//! always 0 and there is no predecessor. A file holds calls for one chain and one timelock.

use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::governance::{self, OpCall, Routed};
use crate::operations::{self, State};
use crate::opts::PrintOpts;
use crate::output;
use crate::pipeline;
use alloy::primitives::{Address, Bytes, B256};
use eyre::Result;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::path::Path;

/// The format version this CLI writes and reads.
const VERSION: u32 = 1;

/// A batch file (see the module docs).
#[derive(Serialize, Deserialize, Debug, Clone)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BatchFile {
    pub version: u32,
    pub chain_id: u64,
    pub timelock: Address,
    pub calls: Vec<BatchCall>,
}

/// One call of a batch file.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct BatchCall {
    /// What the call does, in words (the command's own).
    pub label: String,
    pub target: Address,
    pub data: Bytes,
}

/// The calls of `file` as the timelock will make them, each checked to call a contract of
/// this deployment with calldata its ABI decodes, and labelled with the decoded call (the
/// file's labels are notes for people reading it, never trusted: a hand edit could make them
/// say something else than the calldata).
fn checked_calls(d: &Deployments, path: &Path, file: &BatchFile) -> Result<Vec<OpCall>> {
    file.calls
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let contract = Contract::of(d, c.target);
            if matches!(contract, Contract::Other | Contract::Token) {
                return Err(CliError::failed(format!(
                    "call {} of {} targets {}, which is not a contract of this deployment",
                    i + 1,
                    path.display(),
                    c.target
                ))
                .hint("batch files hold calls made by governance commands (--append); do not edit them by hand")
                .into());
            }
            if operations::decode_call(d, c.target, &c.data).is_none() {
                return Err(CliError::failed(format!(
                    "call {} of {} is not a call {} knows",
                    i + 1,
                    path.display(),
                    contract.name()
                ))
                .hint("batch files hold calls made by governance commands (--append); do not edit them by hand")
                .into());
            }
            Ok(OpCall {
                target: c.target,
                data: c.data.clone(),
                label: format!(
                    "{} on {}",
                    operations::describe_call(d, c.target, &c.data),
                    contract.name()
                ),
            })
        })
        .collect()
}

/// Reads `path`; `None` when there is no such file.
fn load(path: &Path) -> Result<Option<BatchFile>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(CliError::failed(format!("cannot read {}: {e}", path.display())).into())
        }
    };
    let file: BatchFile = serde_json::from_str(&text).map_err(|e| {
        CliError::failed(format!(
            "{} is not a metis-stake batch file: {e}",
            path.display()
        ))
        .hint("batch files are written by `--append FILE` on governance commands")
    })?;
    if file.version != VERSION {
        return Err(CliError::failed(format!(
            "{} is a batch file of version {}; this metis-stake reads version {VERSION}",
            path.display(),
            file.version
        ))
        .into());
    }
    Ok(Some(file))
}

/// Refuses a file made for another chain or timelock.
fn check_origin(path: &Path, file: &BatchFile, chain_id: u64, timelock: Address) -> Result<()> {
    if file.chain_id != chain_id {
        return Err(CliError::failed(format!(
            "{} holds calls for chain {}, and this node is chain {chain_id}",
            path.display(),
            file.chain_id
        ))
        .hint("check --rpc-url / ETH_RPC_URL, or start a new batch file")
        .into());
    }
    if file.timelock != timelock {
        return Err(CliError::failed(format!(
            "{} holds calls for the timelock {}, and this deployment's timelock is {timelock}",
            path.display(),
            file.timelock
        ))
        .hint("check --deployments / METIS_DEPLOYMENTS, or start a new batch file")
        .into());
    }
    Ok(())
}

/// Writes `file` to `path` whole (a temporary file renamed over it).
fn save(path: &Path, file: &BatchFile) -> Result<()> {
    // Addresses in EIP-55 form, as everything else this CLI writes.
    let text =
        serde_json::to_string_pretty(&output::checksummed(serde_json::to_value(file)?))? + "\n";
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, text)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| CliError::failed(format!("cannot write {}: {e}", path.display())))?;
    Ok(())
}

/// `--append FILE`: adds `call` (owned by `timelock`) to the batch in `path`, after judging
/// every call of the batch, in order, as the timelock would make them at the earliest.
pub async fn append(
    ctx: &Ctx,
    d: &Deployments,
    path: &Path,
    timelock: Address,
    call: &OpCall,
) -> Result<()> {
    let mut file = match load(path)? {
        Some(f) => {
            check_origin(path, &f, ctx.chain_id, timelock)?;
            f
        }
        None => BatchFile {
            version: VERSION,
            chain_id: ctx.chain_id,
            timelock,
            calls: Vec::new(),
        },
    };
    let new = BatchCall {
        label: call.label.clone(),
        target: call.target,
        data: call.data.clone(),
    };
    if let Some(i) = file
        .calls
        .iter()
        .position(|c| c.target == new.target && c.data == new.data)
    {
        return Err(CliError::failed(format!(
            "{} already holds this call (call {})",
            path.display(),
            i + 1
        ))
        .into());
    }
    let mut calls = checked_calls(d, path, &file)?;
    // What the timelock already holds: a file scheduled or executed is done with, and a call
    // waiting elsewhere must not be scheduled twice.
    let ops = operations::list(ctx, d, timelock).await?;
    let pairs: Vec<_> = calls.iter().map(|c| (c.target, c.data.clone())).collect();
    if let Some(o) = ops.iter().find(|o| {
        !pairs.is_empty() && operations::same_calls(o, &pairs) && o.state != State::Cancelled
    }) {
        let done = match o.state {
            State::Done => "was executed".to_string(),
            _ => format!("is scheduled ({})", o.state.label()),
        };
        return Err(CliError::failed(format!(
            "{} {done} as operation {}: a call added now would make a new operation that repeats its calls",
            path.display(),
            o.id
        ))
        .hint("start a new batch file for further calls")
        .into());
    }
    if let Some(o) = operations::holding(&ops, call.target, &call.data) {
        return Err(CliError::failed(format!(
            "not added to {}: this call is already waiting in operation {} ({}); scheduling it again would make it run twice",
            path.display(),
            o.id,
            o.state.label()
        ))
        .hint(format!("leave it out, or cancel that operation first: metis-stake gov cancel {}", o.id))
        .into());
    }
    calls.push(call.clone());
    file.calls.push(new);
    refuse_racing_registrations(ctx, d, &calls, &ops, None)
        .await
        .map_err(|e| governance::prefixed(e, &format!("not added to {}: ", path.display())))?;
    judge(ctx, d, timelock, &calls, path).await?;
    save(path, &file)?;
    let n = file.calls.len();
    output::result(
        ctx.json(),
        format!(
            "added to {} as call {n} of {n}: {}\n  `metis-stake gov batch {}` schedules the {} as one timelock operation",
            path.display(),
            call.label,
            path.display(),
            if n == 1 { "call" } else { "calls" },
        ),
        json!({ "file": path, "calls": n, "added": call.label, "target": call.target, "data": call.data }),
    );
    Ok(())
}

/// Simulates `calls`, in order, from the timelock, at the earliest time a batch scheduled now
/// could execute.
async fn judge(
    ctx: &Ctx,
    d: &Deployments,
    timelock: Address,
    calls: &[OpCall],
    path: &Path,
) -> Result<()> {
    let delay = governance::min_delay(ctx, timelock).await?;
    let now = governance::latest_time(ctx).await?;
    let at = now.max(governance::wall_clock()) + 1 + delay.saturating_to::<u64>();
    pipeline::judge_later(ctx, governance::later(d, timelock, calls, at))
        .await
        .map_err(|e| {
            governance::prefixed(
                e,
                &format!(
                    "not added to {}: the batch could not execute ",
                    path.display()
                ),
            )
        })
}

/// A batch that schedules a reward program while another program operation waits in the
/// timelock is refused, as `rewards schedule` is: each would be judged against the programs on
/// chain, never against the other, and one of them could then never run.
async fn refuse_a_second_program_operation(
    ctx: &Ctx,
    d: &Deployments,
    calls: &[OpCall],
) -> Result<()> {
    use alloy::sol_types::SolCall;
    use metis_bindings::sequencer_mining::SequencerMining::scheduleProgramCall;
    let Some(m) = d.mining else {
        return Ok(());
    };
    let schedules = calls
        .iter()
        .any(|c| c.target == m && c.data.get(..4) == Some(&scheduleProgramCall::SELECTOR[..]));
    if !schedules {
        return Ok(());
    }
    let pairs: Vec<_> = calls.iter().map(|c| (c.target, c.data.clone())).collect();
    let waiting = crate::programs::waiting_programs(ctx, d, m).await?;
    match waiting
        .iter()
        .find(|w| !crate::operations::same_calls(&w.op, &pairs))
    {
        None => Ok(()),
        Some(w) => Err(CliError::failed(format!(
            "this batch schedules a reward program, and operation {} waiting in the timelock schedules another ({}); each would be judged against the programs on chain, not against the other",
            w.op.id,
            w.describe()
        ))
        .hint(format!(
            "execute that operation first, or cancel it (metis-stake gov cancel {}) and put its program in this batch",
            w.op.id
        ))
        .into()),
    }
}

/// Node operator ids are handed out in the order registrations execute. A batch that
/// registers an operator in the vault and names operator ids (its key, reward address or an
/// allocation) was written for the ids of the moment: it is refused while another
/// registration waits in the timelock (whichever executes first takes the next id), and, once
/// scheduled (in block `scheduled`), if a registration executed since, so that its calls
/// would now reach other operators.
async fn refuse_racing_registrations(
    ctx: &Ctx,
    d: &Deployments,
    calls: &[OpCall],
    ops: &[operations::Operation],
    scheduled: Option<u64>,
) -> Result<()> {
    use alloy::sol_types::{SolCall, SolEvent};
    use metis_bindings::sequencer_vault::SequencerVault as V;
    let Some(vault) = d.vault else {
        return Ok(());
    };
    let selector = |c: &operations::Call| c.data.get(..4).map(|s| [s[0], s[1], s[2], s[3]]);
    let on_vault = |target: Address, data: &Bytes, sels: &[[u8; 4]]| {
        target == vault
            && data
                .get(..4)
                .is_some_and(|s| sels.iter().any(|x| x[..] == *s))
    };
    let register = [V::addNodeOperatorCall::SELECTOR];
    let naming = [
        V::setNodeOperatorKeyCall::SELECTOR,
        V::setNodeOperatorRewardAddressCall::SELECTOR,
        V::allocateCall::SELECTOR,
        V::applyNodeOperatorKeyCall::SELECTOR,
    ];
    let registers = calls.iter().any(|c| on_vault(c.target, &c.data, &register));
    let names = calls.iter().any(|c| on_vault(c.target, &c.data, &naming));
    if !(registers && names) {
        return Ok(());
    }
    let pairs: Vec<_> = calls.iter().map(|c| (c.target, c.data.clone())).collect();
    let other = ops.iter().find(|o| {
        o.state.waits()
            && !operations::same_calls(o, &pairs)
            && o.calls
                .iter()
                .any(|c| c.target == vault && selector(c) == Some(V::addNodeOperatorCall::SELECTOR))
    });
    if let Some(o) = other {
        return Err(CliError::failed(format!(
            "this batch registers a node operator and names operator ids, and operation {} waiting in the timelock ({}, executable from {}) registers another: whichever executes first takes the next id, and the batch's calls could reach the wrong operator",
            o.id,
            o.state.label(),
            crate::time::format_ts(o.eta)
        ))
        .hint(format!(
            "execute that operation first (metis-stake gov execute {}), or cancel it (metis-stake gov cancel {}), then build the batch again",
            o.id, o.id
        ))
        .into());
    }
    let Some(from) = scheduled else {
        return Ok(());
    };
    let filter = alloy::rpc::types::Filter::new()
        .address(vault)
        .event_signature(V::NodeOperatorAdded::SIGNATURE_HASH);
    let to = crate::logs::latest_block(&ctx.provider).await?;
    let mut source = crate::logs::NodeLogs::new(&ctx.provider, filter);
    let found =
        crate::logs::read(&mut source, from, to, crate::logs::DEFAULT_RANGE, |_| {}).await?;
    if let Some(first) = found.first() {
        let ids: Vec<String> = found
            .iter()
            .filter_map(|l| V::NodeOperatorAdded::decode_log(&l.inner).ok())
            .map(|e| e.operatorId.to_string())
            .collect();
        return Err(CliError::failed(format!(
            "since this batch was scheduled (block {from}), {} node operator(s) were registered in the vault (id {}, from block {}): the batch registers one and names operator ids written for the ids before",
            ids.len(),
            ids.join(", "),
            first.block_number.unwrap_or_default()
        ))
        .hint("cancel the batch (metis-stake gov cancel OPERATION_ID, as `gov pending` lists it) and build it again with the ids of now")
        .into());
    }
    Ok(())
}

/// `metis-stake gov batch FILE`: schedules, executes or prints the batch in `path`.
pub async fn run(
    ctx: &Ctx,
    d: &Deployments,
    path: &Path,
    salt: Option<B256>,
    printing: &PrintOpts,
) -> Result<()> {
    let timelock = d.timelock.ok_or_else(|| {
        CliError::failed("this deployment has no timelock: there is nothing to batch")
            .hint("`script/Deploy.s.sol` deploys with a timelock; `metis-stake deploy` does not")
    })?;
    let file = load(path)?.ok_or_else(|| {
        CliError::failed(format!("there is no batch file {}", path.display()))
            .hint("add calls to it with `--append FILE` on governance commands, e.g. `metis-stake gov whitelist 0x… --append FILE`")
    })?;
    check_origin(path, &file, ctx.chain_id, timelock)?;
    if file.calls.is_empty() {
        return Err(CliError::failed(format!("{} holds no calls", path.display())).into());
    }
    let calls = checked_calls(d, path, &file)?;
    let n = calls.len();
    let label = format!(
        "the batch {} ({n} {})",
        path.display(),
        if n == 1 { "call" } else { "calls" }
    );
    for (i, c) in calls.iter().enumerate() {
        output::step(format!("{}. {}", i + 1, c.label));
    }
    refuse_a_second_program_operation(ctx, d, &calls).await?;
    let ops = operations::list(ctx, d, timelock).await?;
    let pairs: Vec<_> = calls.iter().map(|c| (c.target, c.data.clone())).collect();
    let scheduled = ops
        .iter()
        .find(|o| o.state.waits() && operations::same_calls(o, &pairs))
        .map(|o| o.block);
    refuse_racing_registrations(ctx, d, &calls, &ops, scheduled).await?;
    let salted = governance::resolve_salt(ctx, d, timelock, &calls, salt).await?;
    if printing.print {
        return governance::print_operation(ctx, d, &label, timelock, &calls, &salted, printing)
            .await;
    }
    governance::through_timelock(ctx, d, timelock, &calls, &salted, Routed::new(label)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> BatchFile {
        BatchFile {
            version: VERSION,
            chain_id: 11155111,
            timelock: Address::repeat_byte(0x11),
            calls: vec![BatchCall {
                label: "add 0x… to the whitelist".into(),
                target: Address::repeat_byte(0x22),
                data: Bytes::from(vec![0x92, 0x81, 0xaa, 0x0b]),
            }],
        }
    }

    #[test]
    fn a_batch_file_round_trips() {
        let dir = std::env::temp_dir().join(format!("metis-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("b.json");
        assert!(load(&path).unwrap().is_none(), "a missing file is no batch");
        save(&path, &sample()).unwrap();
        let back = load(&path).unwrap().unwrap();
        assert_eq!(back.calls, sample().calls);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"chainId\": 11155111"), "{text}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn another_chain_or_timelock_is_refused() {
        let f = sample();
        let p = Path::new("b.json");
        assert!(check_origin(p, &f, 11155111, f.timelock).is_ok());
        let e = check_origin(p, &f, 1, f.timelock).unwrap_err().to_string();
        assert!(e.contains("holds calls for chain 11155111"), "{e}");
        let e = check_origin(p, &f, 11155111, Address::ZERO)
            .unwrap_err()
            .to_string();
        assert!(e.contains("this deployment's timelock is"), "{e}");
    }

    #[test]
    fn an_unknown_version_or_field_is_refused() {
        let dir = std::env::temp_dir().join(format!("metis-batch-v-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("b.json");
        let mut f = sample();
        f.version = 2;
        save(&path, &f).unwrap();
        let e = load(&path).unwrap_err().to_string();
        assert!(e.contains("version 2"), "{e}");
        std::fs::write(&path, r#"{"version":1,"chainId":1,"timelock":"0x1111111111111111111111111111111111111111","calls":[],"extra":0}"#).unwrap();
        let e = load(&path).unwrap_err().to_string();
        assert!(e.contains("is not a metis-stake batch file"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
