//! The one write path. A command turns its arguments into an [`Action`] (the call, the token
//! it pulls, what to say); [`execute`] does the rest, in this order:
//!
//! 1. **Preflight**, in one JSON-RPC batch: the sender's pending nonce and ETH balance, the
//!    latest block (base fee), the priority fee, the code at the target, the token balance
//!    and allowance when the action pulls tokens, and the simulation of the whole action as
//!    the chain will run it (`eth_simulateV1`): the approval first, then the call, then, for
//!    a timelock schedule, the scheduled call in a later block at its earliest execution time.
//! 2. **What only the CLI can see**: a target without code.
//! 3. **The contract's verdict**: a revert anywhere in the simulation is explained in the words
//!    of the contract that was called ([`crate::decode::explain`]), and nothing is sent. When
//!    the refusal is the token's (the balance is short), it is said with the balance and the
//!    amount; a refusal for another reason comes first, since more tokens would not help.
//!    Then the ETH balance against the most the transactions may cost.
//! 4. **Send**: the approval (only when the allowance is short) and the call are signed here
//!    with consecutive nonces, gas from the simulation, and sent in one batch.
//! 5. **Confirm**, with progress on stderr. A node lost while confirming gets an error that
//!    says what is known (the hash, that the outcome is unknown) and what re-running does.
//!
//! Nodes without `eth_simulateV1` get `eth_call` (with a state override of the allowance at
//! OpenZeppelin's ERC-20 slot, verified in the same call batch) and `eth_estimateGas`.

use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::decode;
use crate::error::CliError;
use crate::output;
use crate::transport::{explain_transport, short_transport_error};
use alloy::eips::eip2718::Encodable2718;
use alloy::network::{Ethereum, NetworkTransactionBuilder, TransactionBuilder};
use alloy::primitives::{keccak256, Address, Bytes, TxHash, TxKind, B256, U256};
use alloy::providers::Provider;
use alloy::rpc::client::BatchRequest;
use alloy::rpc::types::state::{AccountOverride, StateOverride};
use alloy::rpc::types::{BlockOverrides, TransactionInput, TransactionReceipt, TransactionRequest};
use alloy::sol_types::{SolCall, SolError, SolEvent};
use alloy::transports::{RpcError, TransportError};
use eyre::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use metis_bindings::test_metis::TestMetis;
use serde_json::Value;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// How long to wait for a transaction to be mined and confirmed.
const CONFIRM_TIMEOUT: Duration = Duration::from_secs(600);
/// How long a node may stay unreachable while a transaction confirms before we give up.
const NODE_LOST_AFTER: Duration = Duration::from_secs(10);
/// Storage slot of `_allowances` in OpenZeppelin's ERC-20 (v2 to v5): the fallback
/// simulation overrides `allowance[owner][spender]` there, and checks it took.
const OZ_ALLOWANCES_SLOT: u64 = 1;

/// A token the target pulls from the sender with `transferFrom`.
#[derive(Clone, Debug)]
pub struct Pull {
    pub token: Address,
    /// In token wei.
    pub amount: U256,
    /// The spender in words, for progress lines ("the locking contract").
    pub spender: &'static str,
}

/// Calls that must also work later: a timelock operation's calls (one, or a batch run in
/// order), simulated from the timelock as of its earliest execution time.
#[derive(Clone, Debug)]
pub struct Later {
    /// Unix seconds.
    pub at: u64,
    pub from: Address,
    pub calls: Vec<LaterCall>,
    /// What a refusal of a later call means for the action, before the call's own words
    /// ("this would be scheduled, but could not execute").
    pub refused: String,
}

/// One call of a [`Later`].
#[derive(Clone, Debug)]
pub struct LaterCall {
    pub to: Address,
    pub data: Bytes,
    pub judge: Contract,
    /// What the call does, in words ("start the reward program at ...").
    pub what: String,
}

/// Everything a command asks of the chain.
#[derive(Clone, Debug)]
pub struct Action {
    /// What the transaction does, for progress lines ("lock 20000 METIS as ...").
    pub label: String,
    /// `None` deploys `data` as a contract.
    pub to: Option<Address>,
    pub data: Bytes,
    /// The contract whose words explain a revert (then its callees).
    pub judge: Contract,
    pub pull: Option<Pull>,
    pub later: Option<Later>,
    /// Hints that replace the default one for a given error selector, where the command knows
    /// more than the error ("the program ended at ...").
    pub hints: Vec<([u8; 4], String)>,
    /// Whole explanations that replace the default one for a given error selector, where the
    /// error means something else for this call (`EnforcedPause` from `pause()` is "already
    /// paused", not "inflows are paused").
    pub rewords: Vec<([u8; 4], CliError)>,
    /// What re-running the command does, for when the outcome cannot be known.
    pub rerun: String,
    /// Simulate the call in a block of this time (unix seconds) instead of the node's default:
    /// the earliest time the transaction can be mined, for calls whose work grows with time
    /// (the vault's harvest claims only rewards that exist; see [`Action::at`]).
    pub at: Option<u64>,
    /// Simulate the call in a block of this number instead of the node's default (some nodes
    /// simulate in a block numbered as the latest): for calls that must run in a block after
    /// a given one (the slasher's reveal). `eth_simulateV1` only.
    pub number: Option<u64>,
}

impl Action {
    /// A call of `to`, judged by `judge`'s errors.
    pub fn call(
        label: impl Into<String>,
        to: Address,
        call: impl SolCall,
        judge: Contract,
    ) -> Self {
        Self::raw(label, to, call.abi_encode().into(), judge)
    }

    /// A call of `to` with calldata built elsewhere.
    pub fn raw(label: impl Into<String>, to: Address, data: Bytes, judge: Contract) -> Self {
        Self {
            label: label.into(),
            to: Some(to),
            data,
            judge,
            pull: None,
            later: None,
            hints: Vec::new(),
            rewords: Vec::new(),
            rerun:
                "check the result (e.g. with `metis-stake status`) before running the command again"
                    .into(),
            at: None,
            number: None,
        }
    }

    /// Simulates the call as of time `t` (unix seconds), the earliest the transaction can be
    /// mined: a call whose gas depends on the time passed (rewards accrued since the last
    /// claim, a withdrawal come due) then gets a gas limit for the work it will really do.
    /// `eth_simulateV1` only; a node without it simulates at its latest block.
    pub fn at(mut self, t: u64) -> Self {
        self.at = Some(t);
        self
    }

    /// Simulates the call in block `number` at time `t` (unix seconds): the block it will be
    /// mined in at the earliest. `eth_simulateV1` only.
    pub fn in_block(mut self, number: u64, t: u64) -> Self {
        self.number = Some(number);
        self.at = Some(t);
        self
    }

    /// A contract creation from init code (bytecode + constructor arguments), judged by the
    /// errors of the contract being deployed.
    pub fn deploy(label: impl Into<String>, init_code: Bytes, judge: Contract) -> Self {
        let mut a = Self::raw(label, Address::ZERO, init_code, judge);
        a.to = None;
        a
    }

    /// The target pulls `amount` of `token` from the sender: the approval is simulated
    /// with the call, and sent only when the allowance is short.
    pub fn pulls(mut self, token: Address, amount: U256, spender: &'static str) -> Self {
        self.pull = Some(Pull {
            token,
            amount,
            spender,
        });
        self
    }

    pub fn then_later(mut self, later: Later) -> Self {
        self.later = Some(later);
        self
    }

    /// Replaces the hint of error `E` with `hint`.
    pub fn hint_on<E: alloy::sol_types::SolError>(mut self, hint: impl Into<String>) -> Self {
        self.hints.push((E::SELECTOR, hint.into()));
        self
    }

    pub fn rerun(mut self, text: impl Into<String>) -> Self {
        self.rerun = text.into();
        self
    }

    fn refusal(&self, judge: Contract, data: &[u8]) -> CliError {
        let sel = decode::selector(data);
        if let Some((_, e)) = self.rewords.iter().find(|(s, _)| Some(*s) == sel) {
            return e.clone();
        }
        let mut e = decode::explain(judge, data);
        if let Some(sel) = sel {
            if let Some((_, h)) = self.hints.iter().find(|(s, _)| *s == sel) {
                e = e.hint(h.clone());
            }
        }
        e
    }
}

/// What happened on chain.
#[derive(Debug)]
pub struct Outcome {
    pub receipt: TransactionReceipt,
    /// The approval's receipt, when one was needed.
    pub approval: Option<TransactionReceipt>,
}

impl Outcome {
    pub fn tx(&self) -> TxHash {
        self.receipt.transaction_hash
    }

    /// The address a contract creation deployed to (`what` names it in the error).
    pub fn created(&self, what: &str) -> Result<Address> {
        self.receipt.contract_address.ok_or_else(|| {
            CliError::failed(format!("{what}: the receipt has no contract address")).into()
        })
    }

    /// Every `E` event the transaction emitted (from any contract: check `address` where it
    /// matters).
    pub fn events<E: SolEvent>(&self) -> Vec<E> {
        self.receipt
            .inner
            .logs()
            .iter()
            .filter_map(|l| E::decode_log(&l.inner).ok().map(|e| e.data))
            .collect()
    }

    pub fn event<E: SolEvent>(&self) -> Option<E> {
        self.events::<E>().into_iter().next()
    }
}

/// One transaction to sign: what it does, where, with what calldata, and its gas limit.
struct Draft {
    label: String,
    to: Option<Address>,
    data: Bytes,
    gas: u64,
}

/// Fees for every transaction of this action.
#[derive(Clone, Copy)]
enum Fees {
    Eip1559 { max_fee: u128, priority: u128 },
    Legacy { gas_price: u128 },
}

impl Fees {
    fn max_per_gas(self) -> u128 {
        match self {
            Self::Eip1559 { max_fee, .. } => max_fee,
            Self::Legacy { gas_price } => gas_price,
        }
    }
}

/// Simulates, approves when needed, sends and confirms `action` (see the module docs).
pub async fn execute(ctx: &Ctx, action: &Action) -> Result<Outcome> {
    let sender = ctx.sender()?;
    let pre = preflight(ctx, sender, action).await?;

    // What only the CLI can see.
    if let Some(to) = action.to {
        if pre.code_len == 0 {
            return Err(ctx.no_contract(to).into());
        }
    }
    // The contract's verdict. A short token balance is worded with the figures, but only
    // when it is the reason: a refusal for another cause (the whitelist, the set cap) comes
    // first, since more tokens would not help.
    let needs_approval = action
        .pull
        .as_ref()
        .is_some_and(|p| pre.allowance < p.amount);
    let sim = pre.simulation?;
    let short = action
        .pull
        .as_ref()
        .filter(|p| pre.token_balance < p.amount)
        .map(|pull| {
            CliError::failed(format!(
                "{sender} holds {}, but {} would pull {}",
                crate::amount::metis(pre.token_balance),
                pull.spender,
                crate::amount::metis(pull.amount)
            ))
            .hint("get more METIS first (on test chains: `metis-stake faucet`)")
        });
    if let Some(data) = sim.approval_revert {
        let e = decode::explain(Contract::Token, &data);
        return Err(CliError::failed(format!("the approval would fail: {}", e.message)).into());
    }
    if let Some(data) = sim.call_revert {
        let balance_error = decode::selector(&data)
            == Some(<TestMetis::ERC20InsufficientBalance as SolError>::SELECTOR);
        return Err(match short {
            Some(short) if balance_error => short,
            _ => action.refusal(action.judge, &data),
        }
        .into());
    }
    if let Some(short) = short {
        return Err(short.into());
    }
    if let Some((i, data)) = sim.later_revert {
        let mut e = later_refusal(action, i, &data);
        let refused = action.later.as_ref().map(|l| l.refused.as_str());
        e.message = format!("{} {}", refused.unwrap_or_default(), e.message);
        return Err(e.into());
    }

    // Send: the approval only when the allowance is short, then the call.
    let mut drafts = Vec::new();
    if needs_approval {
        let pull = action.pull.as_ref().expect("checked above");
        drafts.push(Draft {
            label: format!(
                "approve {} for {}",
                crate::amount::metis(pull.amount),
                pull.spender
            ),
            to: Some(pull.token),
            data: TestMetis::approveCall {
                spender: action.to.unwrap_or_default(),
                value: pull.amount,
            }
            .abi_encode()
            .into(),
            gas: with_margin(sim.approval_gas),
        });
    }
    drafts.push(Draft {
        label: action.label.clone(),
        to: action.to,
        data: action.data.clone(),
        gas: with_margin(sim.call_gas),
    });
    let gas_total: u128 = drafts.iter().map(|d| u128::from(d.gas)).sum();
    let eth_needed = U256::from(gas_total) * U256::from(pre.fees.max_per_gas());
    if pre.eth_balance < eth_needed {
        return Err(CliError::failed(format!(
            "{sender} has {} ETH, but these transactions may need up to {} ETH for gas",
            crate::amount::format_metis(pre.eth_balance),
            crate::amount::format_metis(eth_needed)
        ))
        .hint("fund the account with ETH on this chain (on anvil: `cast rpc anvil_setBalance <ADDRESS> 0xde0b6b3a7640000`)")
        .into());
    }
    let sent = send_all(ctx, sender, pre.nonce, pre.fees, &drafts).await?;
    let mut approval_refused = None;
    let (drafts, hashes) = match sent.refused {
        None => (drafts, sent.hashes.into_iter().flatten().collect()),
        // The call itself was refused: nothing this run asked for will happen.
        Some(err) if sent.hashes.last().is_none_or(Option::is_none) => {
            let accepted: Vec<String> = drafts
                .iter()
                .zip(&sent.hashes)
                .filter_map(|(d, h)| h.map(|h| format!("{} (tx {h})", d.label)))
                .collect();
            if accepted.is_empty() {
                return Err(err.into());
            }
            let before = err.hint.clone().unwrap_or_default();
            return Err(err
                .hint(format!(
                    "the node took {} all the same: check it with `cast receipt <HASH>` before running the command again. {before}",
                    accepted.join(" and ")
                ))
                .into());
        }
        // Only the approval was refused (its nonce was taken by another transaction from this
        // account), and the node took the call: the call runs on whatever allowance is in place
        // when it is mined, and its receipt says what happened.
        Some(err) => {
            output::step(format!(
                "not sent: {} (the call was sent and runs on the allowance already in place)",
                err.message
            ));
            approval_refused = Some(err.message);
            let call = drafts
                .into_iter()
                .last()
                .expect("the call is the last draft");
            let hash = sent
                .hashes
                .last()
                .copied()
                .flatten()
                .expect("checked above");
            (vec![call], vec![hash])
        }
    };

    // Confirm, in order. A lost node is reported for the whole action: what was sent, and
    // what running the command again does.
    let sent: Vec<String> = drafts
        .iter()
        .zip(&hashes)
        .map(|(d, h)| format!("{} (tx {h})", d.label))
        .collect();
    let mut receipts = Vec::new();
    for (draft, hash) in drafts.iter().zip(&hashes) {
        match confirm(ctx, &draft.label, *hash).await {
            Ok(r) => receipts.push(r),
            Err(Unconfirmed::Lost(cause)) => {
                return Err(CliError::failed(format!(
                    "{}: sent, but the node stopped answering while it confirmed ({cause})",
                    action.label
                ))
                .hint(format!(
                    "sent {}; whether it was mined is not known: once the node is back, look it up with `cast receipt <HASH>`; {}",
                    sent.join(" and "),
                    action.rerun
                ))
                .into())
            }
            Err(Unconfirmed::Timeout) => {
                return Err(CliError::failed(format!(
                    "{}: transaction {hash} was not mined within {}",
                    draft.label,
                    crate::time::format_duration(CONFIRM_TIMEOUT.as_secs())
                ))
                .hint(format!(
                    "it may still be pending: look it up with `cast receipt {hash}`; {}",
                    action.rerun
                ))
                .into())
            }
            Err(Unconfirmed::Failed(mut e)) => {
                if let (Some(approval), Some(pull)) = (receipts.first(), &action.pull) {
                    if receipts.len() + 1 == drafts.len() {
                        e = e.hint(format!(
                            "the chain changed between the simulation and the transaction; the approval (tx {}) stays: it lets {} pull up to {} from you, and the next run uses it (or set it to 0 with `cast send {} \"approve(address,uint256)\" {} 0`)",
                            approval.transaction_hash,
                            pull.spender,
                            crate::amount::metis(pull.amount),
                            pull.token,
                            action.to.unwrap_or_default()
                        ));
                    }
                }
                if let Some(refused) = &approval_refused {
                    let before = e.hint.clone().unwrap_or_default();
                    e = e.hint(format!(
                        "the approval was not sent ({refused}): is another metis-stake or wallet sending from this account right now? {before}"
                    ));
                }
                return Err(e.into());
            }
        }
    }
    let receipt = receipts.pop().expect("one receipt per draft");
    Ok(Outcome {
        receipt,
        approval: receipts.pop(),
    })
}

/// Why later call `i` of `action` (which reverted with `data`) would fail ("at <time> (<call>):
/// <the contract's words>"), with the earliest time the timelock can make it.
fn later_refusal(action: &Action, i: usize, data: &[u8]) -> CliError {
    let Some(later) = &action.later else {
        return CliError::failed("the simulation reported a later call it was not given");
    };
    let Some(call) = later.calls.get(i) else {
        return CliError::failed("the simulation reported a call it was not given");
    };
    let e = action.refusal(call.judge, data);
    let which = match later.calls.len() {
        1 => call.what.clone(),
        n => format!("call {} of {n}: {}", i + 1, call.what),
    };
    let out = CliError::failed(format!(
        "at {} ({which}): {}",
        crate::time::format_ts(later.at),
        e.message
    ));
    // A time argument refused against the clock: say when the earliest execution is.
    match (
        Contract::takes_time(&call.data) && Contract::refuses_a_time(data),
        e.hint,
    ) {
        (true, hint) => out.hint(format!(
            "the earliest the call can run is {} (unix {}), and its time argument is judged against that time{}",
            crate::time::format_ts(later.at),
            later.at,
            hint.map(|h| format!("; {h}")).unwrap_or_default()
        )),
        (false, Some(hint)) => out.hint(hint),
        (false, None) => out,
    }
}

/// Judges calls the timelock would make later (a batch being built), and sends nothing: they
/// run in order, from the timelock, in a block at `later.at` (without `eth_simulateV1`, each
/// alone). The first refusal is explained as in [`later_refusal`].
pub async fn judge_later(ctx: &Ctx, later: Later) -> Result<()> {
    // eth_simulateV1 takes the later calls in a second block; the first carries a read.
    let action = Action::call(
        "judge",
        later.from,
        crate::contracts::ITimelock::getMinDelayCall {},
        Contract::Timelock,
    )
    .then_later(later);
    let answer = ctx
        .provider
        .client()
        .request::<_, Vec<Value>>(
            "eth_simulateV1",
            (simulate_payload(Address::ZERO, &action), "latest"),
        )
        .await;
    let sim = match answer {
        Ok(blocks) => parse_simulation(&action, &blocks)?,
        Err(e) if unsupported(&e) => {
            fallback_simulation(ctx, Address::ZERO, &action, U256::ZERO).await?
        }
        Err(e) => return Err(explain_transport(&e).into()),
    };
    if let Some(data) = sim.call_revert {
        return Err(action.refusal(Contract::Timelock, &data).into());
    }
    match sim.later_revert {
        Some((i, data)) => Err(later_refusal(&action, i, &data).into()),
        None => Ok(()),
    }
}

/// Judges independent actions with `eth_call` (one batch) and sends nothing: the first
/// refusal is explained by its action's contract. For a job of several transactions (a
/// deployment), so that a refusal of a later one stops the job before the first is sent.
pub async fn check(ctx: &Ctx, actions: &[&Action]) -> Result<()> {
    let sender = ctx.sender()?;
    let t = |e: TransportError| explain_transport(&e);
    let mut batch = BatchRequest::new(ctx.provider.client());
    let mut waiters = Vec::new();
    for a in actions {
        waiters.push(
            batch
                .add_call::<_, Bytes>(
                    "eth_call",
                    &(request(sender, a.to, a.data.clone()), "latest"),
                )
                .map_err(t)?,
        );
    }
    batch.send().await.map_err(t)?;
    for (a, w) in actions.iter().zip(waiters) {
        if let Err(e) = w.await {
            return Err(match e.as_error_resp().and_then(|r| r.as_revert_data()) {
                Some(data) => {
                    let mut err = a.refusal(a.judge, &data);
                    err.message = format!("{}: {}", a.label, err.message);
                    err
                }
                None => explain_transport(&e),
            }
            .into());
        }
    }
    Ok(())
}

/// A gas limit with room above the simulated use: the 63/64 rule on the cross-contract hook
/// and refunds make `gasUsed` an underestimate of the gas a call needs to start with.
fn with_margin(used: u64) -> u64 {
    used + used / 4 + 30_000
}

struct Preflight {
    nonce: u64,
    eth_balance: U256,
    fees: Fees,
    code_len: usize,
    token_balance: U256,
    allowance: U256,
    simulation: Result<Simulation>,
}

#[derive(Default)]
struct Simulation {
    approval_revert: Option<Bytes>,
    approval_gas: u64,
    call_revert: Option<Bytes>,
    call_gas: u64,
    /// The first later call that reverts (its index) and its revert data.
    later_revert: Option<(usize, Bytes)>,
}

fn request(from: Address, to: Option<Address>, data: Bytes) -> TransactionRequest {
    let mut tx = TransactionRequest::default()
        .from(from)
        .input(TransactionInput::new(data));
    // A creation has no `to` (nodes read an explicit null as a missing key).
    tx.to = to.map(TxKind::Call);
    tx
}

/// The simulated calls of `action`: the approval (always, so the verdict does not depend on
/// the allowance read in the same batch), the call, and the later call in its own block.
fn simulate_payload(sender: Address, action: &Action) -> Value {
    let mut calls = Vec::new();
    if let Some(pull) = &action.pull {
        let approve = TestMetis::approveCall {
            spender: action.to.unwrap_or_default(),
            value: pull.amount,
        };
        calls.push(request(
            sender,
            Some(pull.token),
            approve.abi_encode().into(),
        ));
    }
    calls.push(request(sender, action.to, action.data.clone()));
    let mut blocks = vec![match (action.at, action.number) {
        (None, None) => serde_json::json!({ "calls": calls }),
        (time, number) => serde_json::json!({
            "blockOverrides": BlockOverrides { time, number: number.map(U256::from), ..Default::default() },
            "calls": calls,
        }),
    }];
    if let Some(later) = &action.later {
        let block = BlockOverrides {
            time: Some(later.at),
            ..Default::default()
        };
        let calls: Vec<_> = later
            .calls
            .iter()
            .map(|c| request(later.from, Some(c.to), c.data.clone()))
            .collect();
        blocks.push(serde_json::json!({ "blockOverrides": block, "calls": calls }));
    }
    serde_json::json!({ "blockStateCalls": blocks, "validation": false })
}

async fn preflight(ctx: &Ctx, sender: Address, action: &Action) -> Result<Preflight> {
    let client = ctx.provider.client();
    let mut batch = BatchRequest::new(client);
    let t = |e: TransportError| explain_transport(&e);
    let nonce = batch
        .add_call::<_, alloy::primitives::U64>("eth_getTransactionCount", &(sender, "pending"))
        .map_err(t)?;
    let eth = batch
        .add_call::<_, U256>("eth_getBalance", &(sender, "latest"))
        .map_err(t)?;
    let block = batch
        .add_call::<_, Value>("eth_getBlockByNumber", &("latest", false))
        .map_err(t)?;
    let tip = batch
        .add_call::<_, U256>("eth_maxPriorityFeePerGas", &())
        .map_err(t)?;
    let price = batch.add_call::<_, U256>("eth_gasPrice", &()).map_err(t)?;
    let code = match action.to {
        Some(to) => Some(
            batch
                .add_call::<_, Bytes>("eth_getCode", &(to, "latest"))
                .map_err(t)?,
        ),
        None => None,
    };
    let token_reads = match &action.pull {
        Some(pull) => {
            let bal = TestMetis::balanceOfCall { account: sender }.abi_encode();
            let allow = TestMetis::allowanceCall {
                owner: sender,
                spender: action.to.unwrap_or_default(),
            }
            .abi_encode();
            Some((
                batch
                    .add_call::<_, Bytes>(
                        "eth_call",
                        &(request(sender, Some(pull.token), bal.into()), "latest"),
                    )
                    .map_err(t)?,
                batch
                    .add_call::<_, Bytes>(
                        "eth_call",
                        &(request(sender, Some(pull.token), allow.into()), "latest"),
                    )
                    .map_err(t)?,
            ))
        }
        None => None,
    };
    // anvil 1.7 cannot simulate a creation in eth_simulateV1 ("missing keys: [to]"): a
    // deployment (which pulls no tokens) is judged by eth_call instead.
    let sim = match action.to {
        Some(_) => Some(
            batch
                .add_call::<_, Vec<Value>>(
                    "eth_simulateV1",
                    &(simulate_payload(sender, action), "latest"),
                )
                .map_err(t)?,
        ),
        None => None,
    };
    batch.send().await.map_err(t)?;

    let nonce = nonce.await.map_err(t)?.to::<u64>();
    let eth_balance = eth.await.map_err(t)?;
    let block = block.await.map_err(t)?;
    let base_fee = block
        .get("baseFeePerGas")
        .and_then(Value::as_str)
        .and_then(|s| u128::from_str_radix(s.trim_start_matches("0x"), 16).ok());
    let gas_price = price.await.map_err(t)?.saturating_to::<u128>();
    let fees = match base_fee {
        Some(base) => {
            // A node without eth_maxPriorityFeePerGas: the tip implied by the gas price.
            let priority = match tip.await {
                Ok(p) => p.saturating_to::<u128>(),
                Err(_) => gas_price.saturating_sub(base).max(1),
            };
            Fees::Eip1559 {
                max_fee: base * 2 + priority,
                priority,
            }
        }
        None => Fees::Legacy { gas_price },
    };
    let code_len = match code {
        Some(c) => c.await.map_err(t)?.len(),
        None => 1,
    };
    let (token_balance, allowance) = match token_reads {
        Some((b, a)) => {
            let b = b
                .await
                .map_err(|e| eyre::Report::from(explain_transport(&e)))?;
            let a = a
                .await
                .map_err(|e| eyre::Report::from(explain_transport(&e)))?;
            (word(&b), word(&a))
        }
        None => (U256::ZERO, U256::ZERO),
    };
    let simulation = match sim {
        None => fallback_simulation(ctx, sender, action, allowance).await,
        Some(sim) => match sim.await {
            Ok(blocks) => parse_simulation(action, &blocks),
            Err(e) if unsupported(&e) => fallback_simulation(ctx, sender, action, allowance).await,
            Err(e) => Err(explain_transport(&e).into()),
        },
    };
    Ok(Preflight {
        nonce,
        eth_balance,
        fees,
        code_len,
        token_balance,
        allowance,
        simulation,
    })
}

/// The first 32-byte word of an answer as a number (0 when the answer is empty).
fn word(b: &[u8]) -> U256 {
    b.get(..32).map(U256::from_be_slice).unwrap_or_default()
}

/// A node that does not know a method.
fn unsupported(e: &TransportError) -> bool {
    match e {
        RpcError::ErrorResp(r) => {
            let m = r.message.to_lowercase();
            r.code == -32601
                || m.contains("not supported")
                || m.contains("does not exist")
                || m.contains("not found")
                || m.contains("unknown method")
        }
        _ => false,
    }
}

fn parse_simulation(action: &Action, blocks: &[Value]) -> Result<Simulation> {
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Call {
        #[serde(default)]
        return_data: Bytes,
        gas_used: alloy::primitives::U64,
        status: alloy::primitives::U64,
        #[serde(default)]
        error: Option<CallError>,
    }
    #[derive(serde::Deserialize)]
    struct CallError {
        #[serde(default)]
        data: Option<Bytes>,
    }
    let calls = |i: usize| -> Result<Vec<Call>> {
        let v = blocks
            .get(i)
            .and_then(|b| b.get("calls"))
            .cloned()
            .ok_or_else(|| CliError::failed("the node's eth_simulateV1 answer has no calls"))?;
        Ok(serde_json::from_value(v).map_err(|e| {
            CliError::failed(format!("cannot read the node's eth_simulateV1 answer: {e}"))
        })?)
    };
    // A revert's data: in `error.data` (geth) or `returnData` (anvil, reth).
    let revert = |c: &Call| -> Option<Bytes> {
        (c.status.to::<u64>() == 0).then(|| {
            c.error
                .as_ref()
                .and_then(|e| e.data.clone())
                .unwrap_or_else(|| c.return_data.clone())
        })
    };
    let first = calls(0)?;
    let mut sim = Simulation::default();
    let mut it = first.iter();
    if action.pull.is_some() {
        let a = it
            .next()
            .ok_or_else(|| CliError::failed("the simulation lost the approval"))?;
        sim.approval_gas = a.gas_used.to();
        sim.approval_revert = revert(a);
    }
    if sim.approval_revert.is_none() {
        let c = it
            .next()
            .ok_or_else(|| CliError::failed("the simulation lost the call"))?;
        sim.call_gas = c.gas_used.to();
        sim.call_revert = revert(c);
    }
    if action.later.is_some() && sim.call_revert.is_none() && sim.approval_revert.is_none() {
        sim.later_revert = calls(1)?
            .iter()
            .enumerate()
            .find_map(|(i, c)| revert(c).map(|data| (i, data)));
    }
    Ok(sim)
}

/// For nodes without `eth_simulateV1`: `eth_call` and `eth_estimateGas` of the call, with the
/// allowance overridden when it is short (and the override checked), in one batch.
async fn fallback_simulation(
    ctx: &Ctx,
    sender: Address,
    action: &Action,
    allowance: U256,
) -> Result<Simulation> {
    let t = |e: TransportError| explain_transport(&e);
    let mut overrides = StateOverride::default();
    if let Some(pull) = action.pull.as_ref().filter(|p| allowance < p.amount) {
        let spender = action.to.unwrap_or_default();
        // allowance[owner][spender] = keccak(spender . keccak(owner . slot)), Solidity's layout.
        let mut buf = [0u8; 64];
        buf[..32].copy_from_slice(sender.into_word().as_slice());
        buf[32..].copy_from_slice(&U256::from(OZ_ALLOWANCES_SLOT).to_be_bytes::<32>());
        let inner = keccak256(buf);
        buf[..32].copy_from_slice(spender.into_word().as_slice());
        buf[32..].copy_from_slice(inner.as_slice());
        let slot = keccak256(buf);
        let mut diff = alloy::primitives::map::B256HashMap::default();
        diff.insert(slot, B256::from(pull.amount.to_be_bytes::<32>()));
        overrides.insert(
            pull.token,
            AccountOverride {
                state_diff: Some(diff),
                ..Default::default()
            },
        );
    }
    let call = request(sender, action.to, action.data.clone());
    let mut batch = BatchRequest::new(ctx.provider.client());
    let check = match &action.pull {
        Some(pull) if !overrides.is_empty() => {
            let q = TestMetis::allowanceCall {
                owner: sender,
                spender: action.to.unwrap_or_default(),
            };
            Some((
                pull.amount,
                batch
                    .add_call::<_, Bytes>(
                        "eth_call",
                        &(
                            request(sender, Some(pull.token), q.abi_encode().into()),
                            "latest",
                            &overrides,
                        ),
                    )
                    .map_err(t)?,
            ))
        }
        _ => None,
    };
    let result = batch
        .add_call::<_, Bytes>("eth_call", &(&call, "latest", &overrides))
        .map_err(t)?;
    let gas = batch
        .add_call::<_, alloy::primitives::U64>("eth_estimateGas", &(&call, "latest", &overrides))
        .map_err(t)?;
    // Without eth_simulateV1 each later call is judged alone, from the state of now (a
    // batch's earlier calls are not applied first).
    let mut later = Vec::new();
    if let Some(l) = &action.later {
        let block = BlockOverrides {
            time: Some(l.at),
            ..Default::default()
        };
        for c in &l.calls {
            later.push(
                batch
                    .add_call::<_, Bytes>(
                        "eth_call",
                        &(
                            request(l.from, Some(c.to), c.data.clone()),
                            "latest",
                            StateOverride::default(),
                            &block,
                        ),
                    )
                    .map_err(t)?,
            );
        }
    }
    batch.send().await.map_err(t)?;
    if let Some((amount, w)) = check {
        let seen = w.await.map(|b| word(&b)).unwrap_or_default();
        if seen != amount {
            return Err(CliError::failed(
                "this node cannot simulate the call with the approval applied: it has no eth_simulateV1, and the token does not keep allowances where OpenZeppelin's ERC-20 does",
            )
            .hint("use a node that supports eth_simulateV1 (geth 1.14.9+, reth, anvil), or approve first with `cast send`")
            .into());
        }
    }
    let mut sim = Simulation::default();
    match result.await {
        Ok(_) => {}
        Err(e) => match e.as_error_resp().and_then(|r| r.as_revert_data()) {
            Some(data) => sim.call_revert = Some(data),
            None => return Err(explain_transport(&e).into()),
        },
    }
    if sim.call_revert.is_none() {
        sim.call_gas = gas.await.map_err(t)?.to();
        for (i, w) in later.into_iter().enumerate() {
            if let Err(e) = w.await {
                match e.as_error_resp().and_then(|r| r.as_revert_data()) {
                    Some(data) if sim.later_revert.is_none() => sim.later_revert = Some((i, data)),
                    Some(_) => {}
                    None => return Err(explain_transport(&e).into()),
                }
            }
        }
    }
    // The approval itself was not simulated: an ERC-20 approve of our own tokens.
    sim.approval_gas = 60_000;
    Ok(sim)
}

/// What the node answered to a batch of sends.
struct Sent {
    /// Per draft, in order: its hash when the node took it.
    hashes: Vec<Option<TxHash>>,
    /// The first refusal, in words, with the draft's label.
    refused: Option<CliError>,
}

/// Signs every draft with consecutive nonces from `nonce` and sends them in one batch. A draft
/// the node refuses although it already holds the very same transaction (same hash: another
/// run signed identical bytes) counts as taken.
async fn send_all(
    ctx: &Ctx,
    sender: Address,
    nonce: u64,
    fees: Fees,
    drafts: &[Draft],
) -> Result<Sent> {
    let wallet = ctx.wallet()?;
    // Each signed transaction with its hash: a refused send is checked against the node by hash.
    let mut raw = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.iter().enumerate() {
        let mut tx = request(sender, d.to, d.data.clone())
            .with_nonce(nonce + i as u64)
            .with_chain_id(ctx.chain_id)
            .with_gas_limit(d.gas);
        if d.to.is_none() {
            tx.to = Some(TxKind::Create);
        }
        match fees {
            Fees::Eip1559 { max_fee, priority } => {
                tx = tx
                    .with_max_fee_per_gas(max_fee)
                    .with_max_priority_fee_per_gas(priority);
            }
            Fees::Legacy { gas_price } => tx = tx.with_gas_price(gas_price),
        }
        let envelope =
            <TransactionRequest as NetworkTransactionBuilder<Ethereum>>::build(tx, wallet)
                .await
                .map_err(|e| {
                    CliError::failed(format!("{}: cannot sign the transaction: {e}", d.label))
                })?;
        raw.push((*envelope.tx_hash(), Bytes::from(envelope.encoded_2718())));
    }
    let t = |e: TransportError| explain_transport(&e);
    let mut batch = BatchRequest::new(ctx.provider.client());
    let mut waiters = Vec::new();
    for (_, r) in &raw {
        waiters.push(
            batch
                .add_call::<_, TxHash>("eth_sendRawTransaction", &(r,))
                .map_err(t)?,
        );
    }
    batch.send().await.map_err(|e| {
        let mut err = explain_transport(&e);
        err.message = format!(
            "{}: the node did not answer when the transaction was sent ({})",
            drafts.last().map(|d| d.label.as_str()).unwrap_or_default(),
            short_transport_error(&e)
        );
        err.hint("whether it reached the node is unknown: check with `metis-stake status` (or `cast nonce <ADDRESS>`) before running the command again")
    })?;
    // Every answer is read: when one is refused, the user learns which others the node took.
    let mut hashes = Vec::new();
    let mut refused: Option<CliError> = None;
    for ((w, d), (own, _)) in waiters.into_iter().zip(drafts).zip(&raw) {
        match w.await {
            Ok(h) => {
                output::step(format!("sent: {} (tx {h})", d.label));
                hashes.push(Some(h));
            }
            Err(_) if known_to_node(ctx, *own).await => {
                output::step(format!(
                    "sent: {} (tx {own}; the node already had this very transaction)",
                    d.label
                ));
                hashes.push(Some(*own));
            }
            Err(e) => {
                if refused.is_none() {
                    let mut err = explain_transport(&e);
                    err.message = format!("{}: {}", d.label, err.message);
                    refused = Some(err);
                }
                hashes.push(None);
            }
        }
    }
    Ok(Sent { hashes, refused })
}

/// Whether the node knows the transaction `hash` (pending or mined).
async fn known_to_node(ctx: &Ctx, hash: TxHash) -> bool {
    matches!(
        ctx.provider.get_transaction_by_hash(hash).await,
        Ok(Some(_))
    )
}

/// Why a sent transaction has no receipt to show.
enum Unconfirmed {
    /// The node stopped answering (the innermost cause).
    Lost(String),
    /// Not mined within [`CONFIRM_TIMEOUT`].
    Timeout,
    /// Mined and reverted, or reorganised away while confirming.
    Failed(CliError),
}

/// Waits for `hash` to be mined and confirmed, with a spinner on a terminal.
async fn confirm(
    ctx: &Ctx,
    label: &str,
    hash: TxHash,
) -> std::result::Result<TransactionReceipt, Unconfirmed> {
    let progress = Progress::start(label, hash);
    let result = wait_for(ctx, label, hash).await;
    progress.finish();
    let receipt = result?;
    output::step(format!(
        "confirmed: {label} (tx {hash}, block {}, gas {})",
        receipt.block_number.unwrap_or_default(),
        receipt.gas_used
    ));
    Ok(receipt)
}

async fn wait_for(
    ctx: &Ctx,
    label: &str,
    hash: TxHash,
) -> std::result::Result<TransactionReceipt, Unconfirmed> {
    let started = Instant::now();
    let mut lost_since: Option<Instant> = None;
    let mut wait = Duration::from_millis(50);
    let mut poll = |e: Option<TransportError>| -> std::result::Result<(), Unconfirmed> {
        match e {
            None => lost_since = None,
            Some(e) => {
                let since = *lost_since.get_or_insert_with(Instant::now);
                if since.elapsed() >= NODE_LOST_AFTER {
                    return Err(Unconfirmed::Lost(short_transport_error(&e)));
                }
            }
        }
        if started.elapsed() >= CONFIRM_TIMEOUT {
            return Err(Unconfirmed::Timeout);
        }
        Ok(())
    };
    let receipt = loop {
        match ctx.provider.get_transaction_receipt(hash).await {
            Ok(Some(r)) => break r,
            Ok(None) => poll(None)?,
            Err(e) => poll(Some(e))?,
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(Duration::from_secs(2));
    };
    let needed = ctx.opts.confirmations();
    let mined = receipt.block_number.unwrap_or_default();
    if needed > 1 {
        output::step(format!(
            "mined: {label} (tx {hash}, block {mined}); waiting for {needed} confirmations"
        ));
        loop {
            match ctx.provider.get_block_number().await {
                Ok(head) if head + 1 >= mined + needed => break,
                Ok(_) => poll(None)?,
                Err(e) => poll(Some(e))?,
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
    if needed > 1 {
        // Still in the chain after the confirmations? A reorg may have dropped it.
        match ctx.provider.get_transaction_receipt(hash).await {
            Ok(Some(r)) if r.block_hash == receipt.block_hash => {}
            Ok(_) => {
                return Err(Unconfirmed::Failed(
                    CliError::failed(format!(
                        "{label}: transaction {hash} was mined in block {mined}, then left the chain in a reorganisation"
                    ))
                    .hint("run the command again: it is judged against the chain as it is now"),
                ))
            }
            Err(e) => return Err(Unconfirmed::Lost(short_transport_error(&e))),
        }
    }
    if !receipt.status() {
        // All of its gas used: it ran out, rather than being refused.
        let limit = match ctx.provider.get_transaction_by_hash(hash).await {
            Ok(Some(tx)) => Some(alloy::consensus::Transaction::gas_limit(&tx)),
            _ => None,
        };
        if limit.is_some_and(|l| receipt.gas_used >= l) {
            return Err(Unconfirmed::Failed(
                CliError::failed(format!(
                    "{label}: transaction {hash} ran out of gas on chain (block {mined}): it used all of its limit of {}, more than the simulation needed",
                    receipt.gas_used
                ))
                .hint("the call had more work to do when it was mined than when it was simulated; run the command again: it is simulated anew"),
            ));
        }
        return Err(Unconfirmed::Failed(
            CliError::failed(format!(
                "{label}: transaction {hash} reverted on chain (block {mined})"
            ))
            .hint("the chain changed between the simulation and the transaction; run the command again to see why"),
        ));
    }
    Ok(receipt)
}

/// A spinner on stderr while a transaction confirms; nothing when stderr is not a terminal
/// (the `sent:` and `confirmed:` lines say it all there).
struct Progress(Option<ProgressBar>);

impl Progress {
    fn start(label: &str, hash: TxHash) -> Self {
        if !std::io::stderr().is_terminal() {
            return Self(None);
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(format!("{label}: waiting for tx {hash}"));
        bar.enable_steady_tick(Duration::from_millis(100));
        Self(Some(bar))
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gas_margin_covers_the_hook() {
        assert_eq!(with_margin(200_000), 280_000);
        assert!(with_margin(0) > 0);
    }

    #[test]
    fn simulation_reads_revert_data_where_each_node_puts_it() {
        let action = Action::raw("x", Address::ZERO, Bytes::new(), Contract::Locking);
        // anvil/reth: the revert data in returnData.
        let anvil = serde_json::json!([{ "calls": [
            { "returnData": "0x717c3e93", "gasUsed": "0x10", "status": "0x0", "error": { "code": -32000, "message": "execution failed" } }
        ]}]);
        let sim = parse_simulation(&action, anvil.as_array().unwrap()).unwrap();
        assert_eq!(sim.call_revert.unwrap().as_ref(), &[0x71, 0x7c, 0x3e, 0x93]);
        // geth: in error.data.
        let geth = serde_json::json!([{ "calls": [
            { "returnData": "0x", "gasUsed": "0x10", "status": "0x0", "error": { "code": 3, "message": "execution reverted", "data": "0xdeadbeef" } }
        ]}]);
        let sim = parse_simulation(&action, geth.as_array().unwrap()).unwrap();
        assert_eq!(sim.call_revert.unwrap().as_ref(), &[0xde, 0xad, 0xbe, 0xef]);
        let ok = serde_json::json!([{ "calls": [
            { "returnData": "0x", "gasUsed": "0x5208", "status": "0x1" }
        ]}]);
        let sim = parse_simulation(&action, ok.as_array().unwrap()).unwrap();
        assert!(sim.call_revert.is_none());
        assert_eq!(sim.call_gas, 21_000);
    }
}
