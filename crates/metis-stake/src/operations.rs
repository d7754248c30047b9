//! The timelock's operations, rebuilt from its events (`CallScheduled`, `CallSalt`) and its
//! state (`getTimestamp`): what is pending, ready, done or cancelled, with which salt. Lets
//! governance find an identical call already scheduled under any salt instead of scheduling
//! it twice, and lets `gov pending` list them.

use crate::contracts::ITimelock;
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::logs::{self, NodeLogs};
use crate::rpc::Reads;
use alloy::primitives::{Address, Bytes, B256, U256};
use alloy::rpc::types::Filter;
use alloy::sol_types::SolEvent;
use eyre::Result;

/// `getTimestamp` of an operation that was executed (OpenZeppelin's `_DONE_TIMESTAMP`).
pub const DONE: u64 = 1;

/// Where an operation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Scheduled, its delay not yet passed.
    Pending,
    /// Its delay passed: anyone with the executor role may execute it.
    Ready,
    Done,
    Cancelled,
}

impl State {
    /// Pending or ready: it may still execute.
    pub fn waits(self) -> bool {
        matches!(self, Self::Pending | Self::Ready)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Ready => "ready",
            Self::Done => "executed",
            Self::Cancelled => "cancelled",
        }
    }
}

/// One call of a timelock operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub target: Address,
    pub value: U256,
    pub data: Bytes,
}

/// One operation of the timelock: a single call (`schedule`), or a batch of calls run in
/// order as one (`scheduleBatch`).
#[derive(Clone, Debug)]
pub struct Operation {
    pub id: B256,
    /// In the order the timelock makes them (the `index` of each `CallScheduled`).
    pub calls: Vec<Call>,
    pub predecessor: B256,
    /// `bytes32(0)` unless a `CallSalt` event says otherwise.
    pub salt: B256,
    /// Unix seconds from which it may execute (0 when cancelled, 1 when done).
    pub eta: u64,
    pub state: State,
    /// The block it was scheduled in.
    pub block: u64,
}

/// Every operation scheduled on `timelock` since the deployment block, with its state now.
pub async fn list(ctx: &Ctx, d: &Deployments, timelock: Address) -> Result<Vec<Operation>> {
    let filter = Filter::new().address(timelock).event_signature(vec![
        ITimelock::CallScheduled::SIGNATURE_HASH,
        ITimelock::CallSalt::SIGNATURE_HASH,
    ]);
    let to = logs::latest_block(&ctx.provider).await?;
    let mut source = NodeLogs::new(&ctx.provider, filter);
    let found = logs::read(
        &mut source,
        d.deployment_block,
        to,
        logs::DEFAULT_RANGE,
        |_| {},
    )
    .await?;
    let mut ops: Vec<Operation> = Vec::new();
    let mut salts = Vec::new();
    for log in &found {
        if let Ok(e) = ITimelock::CallScheduled::decode_log(&log.inner) {
            // A batch emits one CallScheduled per call, with the same id and rising indexes.
            // An id scheduled again after a cancel starts over at index 0.
            let call = Call {
                target: e.data.target,
                value: e.data.value,
                data: e.data.data.clone(),
            };
            let block = log.block_number.unwrap_or_default();
            match ops.iter_mut().find(|o| o.id == e.data.id) {
                Some(o) if !e.data.index.is_zero() => o.calls.push(call),
                Some(o) => {
                    o.calls = vec![call];
                    o.block = block;
                }
                None => ops.push(Operation {
                    id: e.data.id,
                    calls: vec![call],
                    predecessor: e.data.predecessor,
                    salt: B256::ZERO,
                    eta: 0,
                    state: State::Pending,
                    block,
                }),
            }
        } else if let Ok(e) = ITimelock::CallSalt::decode_log(&log.inner) {
            salts.push((e.data.id, e.data.salt));
        }
    }
    for (id, salt) in salts {
        for o in ops.iter_mut().filter(|o| o.id == id) {
            o.salt = salt;
        }
    }
    let mut r = Reads::new().with_block_time();
    let slots: Vec<_> = ops
        .iter()
        .map(|o| r.add(timelock, ITimelock::getTimestampCall { id: o.id }))
        .collect();
    let a = r.send(ctx).await?;
    let now = a.block_time();
    for (o, slot) in ops.iter_mut().zip(&slots) {
        let ts = a.get(slot)?.saturating_to::<u64>();
        o.eta = ts;
        o.state = match ts {
            0 => State::Cancelled,
            DONE => State::Done,
            t if t > now => State::Pending,
            _ => State::Ready,
        };
    }
    Ok(ops)
}

/// Whether `o` makes exactly these calls, in this order, with no value and no predecessor.
pub fn same_calls(o: &Operation, calls: &[(Address, Bytes)]) -> bool {
    o.predecessor.is_zero()
        && o.calls.len() == calls.len()
        && o.calls
            .iter()
            .zip(calls)
            .all(|(c, (target, data))| c.target == *target && c.value.is_zero() && &c.data == data)
}

/// A waiting (pending or ready) operation, single or batch, that makes this call among others.
pub fn holding<'a>(ops: &'a [Operation], target: Address, data: &Bytes) -> Option<&'a Operation> {
    ops.iter().find(|o| {
        o.state.waits()
            && o.calls
                .iter()
                .any(|c| c.target == target && c.value.is_zero() && &c.data == data)
    })
}

/// The function a call of `target` makes and its decoded arguments, from the ABI of the
/// contract `target` is in this deployment; `None` for a call this CLI does not know.
pub fn decode_call(
    d: &Deployments,
    target: Address,
    data: &[u8],
) -> Option<(alloy::json_abi::Function, Vec<alloy::dyn_abi::DynSolValue>)> {
    use crate::contracts::Contract;
    use alloy::dyn_abi::JsonAbiExt;
    use metis_bindings::equivocation_slasher::EquivocationSlasher::EquivocationSlasherCalls;
    use metis_bindings::grant_escrow::GrantEscrow::GrantEscrowCalls;
    use metis_bindings::sequencer_locking::SequencerLocking::SequencerLockingCalls;
    use metis_bindings::sequencer_mining::SequencerMining::SequencerMiningCalls;
    use metis_bindings::sequencer_vault::SequencerVault::SequencerVaultCalls;
    let selector = <[u8; 4]>::try_from(data.get(..4)?).ok()?;
    let signature = match Contract::of(d, target) {
        Contract::Locking => SequencerLockingCalls::signature_by_selector(selector),
        Contract::Mining => SequencerMiningCalls::signature_by_selector(selector),
        Contract::Grants => GrantEscrowCalls::signature_by_selector(selector),
        Contract::Vault => SequencerVaultCalls::signature_by_selector(selector),
        Contract::Slasher => EquivocationSlasherCalls::signature_by_selector(selector),
        Contract::Timelock => {
            crate::contracts::ITimelock::ITimelockCalls::signature_by_selector(selector)
        }
        _ => None,
    }?;
    let function = crate::contracts::named(alloy::json_abi::Function::parse(signature).ok()?);
    let args = function.abi_decode_input(&data[4..]).ok()?;
    Some((function, args))
}

/// An operation's call in words: the function and its arguments, decoded with the ABI of the
/// contract it targets (`setWhitelisted(0x70997970C51812dc3A010C7d01b50e0d17dc79C8, true)`).
pub fn describe_call(d: &Deployments, target: Address, data: &[u8]) -> String {
    match decode_call(d, target, data) {
        Some((function, args)) => format!(
            "{}({})",
            function.name,
            args.iter()
                .map(crate::safe::value_text)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => format!("calldata {}", Bytes::copy_from_slice(data)),
    }
}

/// An operation id given on the command line.
pub fn parse_id(s: &str) -> Result<B256, String> {
    s.trim().parse::<B256>().map_err(|_| {
        format!("'{s}' is not an operation id (32 bytes of hex, as `gov pending` prints)")
    })
}

/// The refusal for an id that is not an operation of this timelock.
pub fn unknown(id: B256) -> CliError {
    CliError::failed(format!("{id} is not an operation of this timelock"))
        .hint("`metis-stake gov pending` lists them")
}
