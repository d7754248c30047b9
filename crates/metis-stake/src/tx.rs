//! Sending transactions the safe way: simulate first (nothing is sent when the simulation
//! reverts, and the revert is explained), then send, show progress on stderr while the
//! transaction confirms, and check the receipt.

use crate::ctx::Ctx;
use crate::decode;
use crate::error::CliError;
use alloy::contract::{CallBuilder, CallDecoder};
use alloy::primitives::TxHash;
use alloy::providers::Provider;
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use alloy::transports::{RpcError, TransportError};
use eyre::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// How long to wait for a transaction to be mined and confirmed.
const CONFIRM_TIMEOUT: Duration = Duration::from_secs(600);

/// Simulates `call` from the sender, then sends it and waits for its confirmations.
/// `label` says what the transaction does, for the progress lines ("lock 20000 METIS").
pub async fn send<P: Provider, D: CallDecoder>(
    ctx: &Ctx,
    label: &str,
    call: CallBuilder<P, D>,
) -> Result<TransactionReceipt> {
    let call = call.from(ctx.sender()?);
    simulate(&call).await?;
    let pending = call.send().await.map_err(explain)?;
    confirm(ctx, label, pending).await
}

/// `send` for a raw transaction request (governance calls built from calldata).
pub async fn send_request(
    ctx: &Ctx,
    label: &str,
    req: TransactionRequest,
) -> Result<TransactionReceipt> {
    let req = req.from(ctx.sender()?);
    if let Err(e) = ctx.provider.call(req.clone()).await {
        return Err(explain_rpc(&e).into());
    }
    let pending = ctx
        .provider
        .send_transaction(req)
        .await
        .map_err(|e| explain_rpc(&e))?;
    confirm(ctx, label, pending).await
}

/// A revert in a node answer becomes the contract's error in words.
pub fn explain_rpc(e: &TransportError) -> CliError {
    match e.as_error_resp().and_then(|r| r.as_revert_data()) {
        Some(data) => decode::describe(&data),
        None => explain_transport(e),
    }
}

async fn confirm(
    ctx: &Ctx,
    label: &str,
    pending: alloy::providers::PendingTransactionBuilder<alloy::network::Ethereum>,
) -> Result<TransactionReceipt> {
    let hash = *pending.tx_hash();
    let progress = Progress::start(label, hash);
    let receipt = pending
        .with_required_confirmations(ctx.opts.confirmations.max(1))
        .with_timeout(Some(CONFIRM_TIMEOUT))
        .get_receipt()
        .await;
    progress.finish();
    let receipt = receipt.map_err(|e| {
        CliError::failed(format!("{label}: no receipt for transaction {hash}: {e}"))
            .hint("the transaction may still be pending: look it up with `cast receipt <HASH>`")
    })?;
    if !receipt.status() {
        return Err(CliError::failed(format!(
            "{label}: transaction {hash} reverted on chain (block {})",
            receipt.block_number.unwrap_or_default()
        ))
        .hint("the chain changed between the simulation and the transaction; run the command again to see why")
        .into());
    }
    eprintln!(
        "confirmed: {label} (tx {hash}, block {}, gas {})",
        receipt.block_number.unwrap_or_default(),
        receipt.gas_used
    );
    Ok(receipt)
}

/// Runs the call with `eth_call`; a revert becomes an explained error.
pub async fn simulate<P: Provider, D: CallDecoder>(call: &CallBuilder<P, D>) -> Result<()> {
    call.call_raw().await.map(|_| ()).map_err(explain)
}

/// Turns a contract-call error into something a user can act on.
pub fn explain(e: alloy::contract::Error) -> eyre::Report {
    if let Some(data) = e.as_revert_data() {
        return decode::describe(&data).into();
    }
    match &e {
        alloy::contract::Error::TransportError(t) => explain_transport(t).into(),
        other => CliError::failed(format!("the call failed: {other}")).into(),
    }
}

/// Node-side refusals (no gas money, bad nonce) and connection failures.
pub fn explain_transport(t: &TransportError) -> CliError {
    if let RpcError::ErrorResp(resp) = t {
        let msg = resp.message.to_lowercase();
        if msg.contains("insufficient funds") {
            return CliError::failed("the sending account has not enough ETH to pay for gas")
                .hint("fund the account with ETH on this chain (on anvil: `cast rpc anvil_setBalance <ADDRESS> 0xde0b6b3a7640000`)");
        }
        if msg.contains("nonce") {
            return CliError::failed(format!(
                "the node refused the transaction: {}",
                resp.message
            ))
            .hint("another transaction from this account may be pending; wait for it and retry");
        }
        return CliError::failed(format!("the node refused the request: {}", resp.message));
    }
    CliError::failed(format!("RPC request failed ({})", short_transport_error(t)))
        .hint("check --rpc-url / ETH_RPC_URL and that the node is running")
}

/// The innermost cause of a transport error ("Connection refused (os error 111)").
pub fn short_transport_error(t: &TransportError) -> String {
    let mut msg = t.to_string();
    let mut source = std::error::Error::source(t);
    while let Some(s) = source {
        msg = s.to_string();
        source = s.source();
    }
    msg
}

/// A spinner on stderr while a transaction confirms; plain lines when stderr is not a terminal.
struct Progress(Option<ProgressBar>);

impl Progress {
    fn start(label: &str, hash: TxHash) -> Self {
        if !std::io::stderr().is_terminal() {
            eprintln!("sent: {label} (tx {hash})");
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

    fn finish(self) {
        if let Some(bar) = self.0 {
            bar.finish_and_clear();
        }
    }
}
