//! Event logs over long block spans: `eth_getLogs` in bounded ranges that shrink when the node
//! caps them, block timestamps in one batch, and a progress bar on stderr. Knows nothing of
//! the events it reads: the caller builds the filter and decodes the logs.

use crate::error::CliError;
use alloy::eips::BlockNumberOrTag;
use alloy::primitives::U64;
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, Log};
use alloy::transports::{RpcError, TransportError, TransportErrorKind};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::IsTerminal;

/// Blocks per `eth_getLogs` call to begin with: 100,000 blocks in 10 calls.
pub const DEFAULT_RANGE: u64 = 10_000;

const RPC_HINT: &str = "check --rpc-url / ETH_RPC_URL and that the node is running";

/// Why a source gave no logs for a range.
#[derive(Debug)]
pub enum Refusal {
    /// The node caps ranges (or results): ask again for fewer blocks.
    TooLarge(String),
    /// Anything else: the read fails with this error.
    Failed(CliError),
}

/// Where logs come from: a node ([`NodeLogs`]) or, in tests, a fake.
pub trait LogSource {
    /// The logs of blocks `from..=to`.
    async fn logs(&mut self, from: u64, to: u64) -> Result<Vec<Log>, Refusal>;
}

/// Reads the logs of blocks `from..=to` (nothing when `from > to`), `range` blocks per call at
/// first. A range the source refuses as too large is halved and asked again; the smaller size
/// is kept for the rest of the span, since a node's cap does not change halfway. `progress`
/// hears how many blocks are done after each call. Logs come back in chain order, without
/// those a reorganisation removed.
pub async fn read<S: LogSource>(
    source: &mut S,
    from: u64,
    to: u64,
    range: u64,
    mut progress: impl FnMut(u64),
) -> Result<Vec<Log>, CliError> {
    let mut out = Vec::new();
    let mut size = range.max(1);
    let mut start = from;
    while start <= to {
        let end = to.min(start.saturating_add(size - 1));
        let asked = (end - start).saturating_add(1);
        match source.logs(start, end).await {
            Ok(logs) => {
                out.extend(logs.into_iter().filter(|l| !l.removed));
                progress(end - from + 1);
                if end == to {
                    break;
                }
                start = end + 1;
            }
            Err(Refusal::TooLarge(_)) if asked > 1 => size = asked / 2,
            Err(Refusal::TooLarge(why)) => {
                return Err(CliError::failed(format!(
                    "the node refuses to return the logs of even one block ({start}): {why}"
                ))
                .hint("use an RPC endpoint that serves eth_getLogs without such a cap, e.g. your own node"))
            }
            Err(Refusal::Failed(e)) => return Err(e),
        }
    }
    out.sort_by_key(|l| (l.block_number, l.log_index));
    Ok(out)
}

/// `eth_getLogs` on a node, with one filter (addresses and topics) for every range.
pub struct NodeLogs<'a> {
    provider: &'a DynProvider,
    filter: Filter,
}

impl<'a> NodeLogs<'a> {
    /// `filter`'s block range is replaced for each call.
    pub fn new(provider: &'a DynProvider, filter: Filter) -> Self {
        Self { provider, filter }
    }
}

impl LogSource for NodeLogs<'_> {
    async fn logs(&mut self, from: u64, to: u64) -> Result<Vec<Log>, Refusal> {
        let filter = self.filter.clone().from_block(from).to_block(to);
        self.provider
            .get_logs(&filter)
            .await
            .map_err(|e| classify(&e, from, to))
    }
}

/// Sorts a failed `eth_getLogs` into "ask for fewer blocks" and a real failure.
fn classify(e: &TransportError, from: u64, to: u64) -> Refusal {
    let (code, text) = match e {
        RpcError::ErrorResp(p) => (Some(p.code), p.message.to_string()),
        RpcError::Transport(TransportErrorKind::HttpError(h))
        | RpcError::Transport(TransportErrorKind::HttpErrorWithRetryAfter { error: h, .. }) => {
            if h.status == 429 {
                return Refusal::Failed(rate_limited(&format!("HTTP {}", h.status)));
            }
            (None, format!("HTTP {}: {}", h.status, h.body.trim()))
        }
        other => return Refusal::Failed(failure("read event logs", other)),
    };
    if is_rate_limit(&text) {
        return Refusal::Failed(rate_limited(&text));
    }
    if is_range_cap(code, &text) {
        return Refusal::TooLarge(text);
    }
    Refusal::Failed(
        CliError::failed(format!(
            "the node refused eth_getLogs for blocks {from} to {to}: {text}"
        ))
        .hint("check that --rpc-url points at a node of this chain that serves eth_getLogs"),
    )
}

fn rate_limited(why: &str) -> CliError {
    CliError::failed(format!("the node rate-limits requests ({why})"))
        .hint("wait a moment and run the command again, or use another RPC endpoint")
}

/// Whether a node's message says it is throttling the caller (not capping the range).
fn is_rate_limit(message: &str) -> bool {
    let m = message.to_lowercase();
    [
        "rate limit",
        "rate-limit",
        "ratelimit",
        "too many requests",
        "request count",
        "requests per",
        "compute units",
        "quota",
    ]
    .iter()
    .any(|p| m.contains(p))
}

/// Whether a node's answer to `eth_getLogs` says the range (or its result) was too large.
/// Providers word it differently: "query returned more than 10000 results", "block range too
/// large", "exceed maximum block range: 5000", "range is too large", "limit exceeded",
/// "Log response size exceeded", code -32005, ...
pub fn is_range_cap(code: Option<i64>, message: &str) -> bool {
    if code == Some(-32005) {
        return true;
    }
    let m = message.to_lowercase();
    [
        "more than",
        "block range",
        "range is too",
        "range too",
        "too large",
        "too wide",
        "too many blocks",
        "too many results",
        "too many logs",
        "limit exceeded",
        "exceed max",
        "exceeds max",
        "exceeded max",
        "response size",
        "response is too big",
        "limited to",
        "range limit",
        "max results",
        "maximum block",
    ]
    .iter()
    .any(|p| m.contains(p))
}

/// A read that did not get an answer from the node (connection refused, bad answer).
pub fn failure(what: &str, e: &TransportError) -> CliError {
    if let RpcError::ErrorResp(p) = e {
        return CliError::failed(format!("cannot {what}: the node answered {}", p.message))
            .hint(RPC_HINT);
    }
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg = s.to_string();
        source = s.source();
    }
    CliError::failed(format!("cannot {what} ({msg})")).hint(RPC_HINT)
}

/// The number of the latest block.
pub async fn latest_block(provider: &DynProvider) -> Result<u64, CliError> {
    provider
        .get_block_number()
        .await
        .map_err(|e| failure("read the latest block number", &e))
}

/// Sets `block_timestamp` on the logs that came without one (nodes that do not implement it),
/// reading the blocks they need in one JSON-RPC batch.
pub async fn fill_times(provider: &DynProvider, logs: &mut [Log]) -> Result<(), CliError> {
    let missing = blocks_without_time(logs);
    if missing.is_empty() {
        return Ok(());
    }
    let times = block_times(provider, &missing).await?;
    for log in logs.iter_mut().filter(|l| l.block_timestamp.is_none()) {
        log.block_timestamp = log.block_number.and_then(|n| times.get(&n).copied());
    }
    Ok(())
}

/// The blocks whose timestamps are missing from `logs`, each once, in order.
fn blocks_without_time(logs: &[Log]) -> Vec<u64> {
    logs.iter()
        .filter(|l| l.block_timestamp.is_none())
        .filter_map(|l| l.block_number)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// The two fields of a block header this module reads (so that chains with unusual headers
/// parse too).
#[derive(Debug, Deserialize)]
struct Stamp {
    timestamp: U64,
}

/// Timestamps of `blocks`, in one JSON-RPC batch (one HTTP round trip).
pub async fn block_times(
    provider: &DynProvider,
    blocks: &[u64],
) -> Result<BTreeMap<u64, u64>, CliError> {
    let what = "read block timestamps";
    let mut batch = alloy::rpc::client::BatchRequest::new(provider.client());
    let mut waiters = Vec::with_capacity(blocks.len());
    for &n in blocks {
        let w = batch
            .add_call::<_, Option<Stamp>>(
                "eth_getBlockByNumber",
                &(BlockNumberOrTag::Number(n), false),
            )
            .map_err(|e| failure(what, &e))?;
        waiters.push((n, w));
    }
    batch.send().await.map_err(|e| failure(what, &e))?;
    let mut out = BTreeMap::new();
    for (n, w) in waiters {
        match w.await.map_err(|e| failure(what, &e))? {
            Some(s) => out.insert(n, s.timestamp.to::<u64>()),
            None => {
                return Err(
                    CliError::failed(format!("the node does not know block {n}"))
                        .hint("the chain may have reorganised: run the command again"),
                )
            }
        };
    }
    Ok(out)
}

/// A bar on stderr over the blocks of a span, drawn only when stderr is a terminal and the
/// span takes more than one call.
pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn blocks(label: &str, blocks: u64, range: u64) -> Self {
        if blocks <= range || !std::io::stderr().is_terminal() {
            return Self(None);
        }
        let bar = ProgressBar::with_draw_target(Some(blocks), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} blocks [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message(label.to_string());
        Self(Some(bar))
    }

    /// `done` blocks of the span are read.
    pub fn set(&self, done: u64) {
        if let Some(bar) = &self.0 {
            bar.set_position(done);
        }
    }

    pub fn finish(self) {
        if let Some(bar) = self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Decodes `log` as the event `E`, or says which event and transaction could not be read.
pub fn decode<E: alloy::sol_types::SolEvent>(log: &Log) -> eyre::Result<E> {
    E::decode_log_data(log.data()).map_err(|e| {
        CliError::failed(format!(
            "cannot read a {} event (tx {}): {e}",
            E::SIGNATURE,
            log.transaction_hash.unwrap_or_default()
        ))
        .hint("is the deployments file for this chain's contracts?")
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A node holding one log in each of `blocks`, refusing ranges above `cap` blocks;
    /// `fail_at` makes the call covering that block fail outright.
    struct Fake {
        blocks: Vec<u64>,
        cap: u64,
        fail_at: Option<u64>,
        calls: Vec<(u64, u64)>,
    }

    impl Fake {
        fn new(blocks: Vec<u64>, cap: u64) -> Self {
            Self {
                blocks,
                cap,
                fail_at: None,
                calls: Vec::new(),
            }
        }

        fn served(&self) -> u64 {
            self.calls.iter().filter(|(f, t)| t - f < self.cap).count() as u64
        }
    }

    impl LogSource for Fake {
        async fn logs(&mut self, from: u64, to: u64) -> Result<Vec<Log>, Refusal> {
            self.calls.push((from, to));
            if to - from + 1 > self.cap {
                return Err(Refusal::TooLarge(format!(
                    "exceed maximum block range: {}",
                    self.cap
                )));
            }
            if self.fail_at.is_some_and(|b| (from..=to).contains(&b)) {
                return Err(Refusal::Failed(CliError::failed("connection reset")));
            }
            Ok(self
                .blocks
                .iter()
                .filter(|b| (from..=to).contains(*b))
                .map(|&b| Log {
                    block_number: Some(b),
                    log_index: Some(0),
                    ..Log::default()
                })
                .collect())
        }
    }

    fn run<S: LogSource>(s: &mut S, from: u64, to: u64, range: u64) -> Result<Vec<u64>, CliError> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        rt.block_on(read(s, from, to, range, |_| {}))
            .map(|logs| logs.iter().filter_map(|l| l.block_number).collect())
    }

    /// The calls cover `from..=to` exactly once, in order, without gaps.
    fn assert_tiles(calls: &[(u64, u64)], cap: u64, from: u64, to: u64) {
        let served: Vec<_> = calls.iter().filter(|(f, t)| t - f < cap).collect();
        assert_eq!(served.first().map(|c| c.0), Some(from));
        assert_eq!(served.last().map(|c| c.1), Some(to));
        for w in served.windows(2) {
            assert_eq!(w[0].1 + 1, w[1].0, "gap or overlap in {calls:?}");
        }
    }

    #[test]
    fn default_range_reads_100k_blocks_in_at_most_20_calls() {
        let mut node = Fake::new(vec![5, 50_000, 100_004], u64::MAX);
        let got = run(&mut node, 5, 100_004, DEFAULT_RANGE).unwrap();
        assert_eq!(got, vec![5, 50_000, 100_004]);
        assert_eq!(node.calls.len(), 10);
        assert!(node.calls.len() <= 20);
        assert_tiles(&node.calls, u64::MAX, 5, 100_004);
    }

    #[test]
    fn a_capped_node_gets_halved_ranges_and_every_log_once() {
        // 10,000 refused, 5,000 refused, 2,500 served: 40 served calls + 2 refusals.
        let events: Vec<u64> = (0..100_000).step_by(997).collect();
        let mut node = Fake::new(events.clone(), 3_000);
        let got = run(&mut node, 0, 99_999, DEFAULT_RANGE).unwrap();
        assert_eq!(got, events);
        assert_eq!(node.calls.len(), 42, "{:?}", &node.calls[..4]);
        assert_eq!(node.served(), 40);
        assert_eq!(node.calls[0], (0, 9_999));
        assert_eq!(node.calls[1], (0, 4_999));
        assert_eq!(node.calls[2], (0, 2_499));
        assert_tiles(&node.calls, 3_000, 0, 99_999);
    }

    #[test]
    fn an_odd_cap_and_a_short_tail_still_tile_the_span() {
        let mut node = Fake::new(vec![10, 777, 1_234], 7);
        let got = run(&mut node, 10, 1_234, 100).unwrap();
        assert_eq!(got, vec![10, 777, 1_234]);
        // 100 -> 50 -> 25 -> 12 -> 6 blocks per call: 4 refusals, then 1,225 / 6 rounded up.
        assert_eq!(node.served(), 205);
        assert_eq!(node.calls.len(), 209);
        assert_tiles(&node.calls, 7, 10, 1_234);
    }

    #[test]
    fn one_block_spans_and_empty_spans() {
        let mut node = Fake::new(vec![42], 1);
        assert_eq!(run(&mut node, 42, 42, DEFAULT_RANGE).unwrap(), vec![42]);
        let mut node = Fake::new(vec![42], 1);
        assert!(run(&mut node, 43, 42, DEFAULT_RANGE).unwrap().is_empty());
        assert!(node.calls.is_empty());
    }

    #[test]
    fn a_node_that_refuses_one_block_is_an_error() {
        let mut node = Fake::new(vec![1], 0);
        let e = run(&mut node, 0, 20, 16).unwrap_err();
        assert!(e.message.contains("even one block (0)"), "{}", e.message);
        assert!(e.hint.is_some());
        assert_eq!(node.calls.len(), 5, "16, 8, 4, 2, 1 blocks");
    }

    #[test]
    fn a_transport_failure_stops_the_read() {
        let mut node = Fake::new(vec![1, 15_000], u64::MAX);
        node.fail_at = Some(12_000);
        let e = run(&mut node, 0, 30_000, DEFAULT_RANGE).unwrap_err();
        assert_eq!(e.message, "connection reset");
        assert_eq!(node.calls.len(), 2, "no retry after a real failure");
    }

    #[test]
    fn progress_counts_blocks_done() {
        let mut node = Fake::new(vec![], u64::MAX);
        let mut seen = Vec::new();
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(read(&mut node, 100, 350, 100, |d| seen.push(d)))
            .unwrap();
        assert_eq!(seen, vec![100, 200, 251]);
    }

    #[test]
    fn recognises_range_caps_of_known_nodes() {
        for msg in [
            "query returned more than 10000 results",
            "block range too large",
            "exceed maximum block range: 5000",
            "range is too large, max is 1k blocks",
            "limit exceeded",
            "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range",
            "eth_getLogs is limited to a 10,000 range",
            "Block range is too wide",
            "query exceeds max block range 100000",
            "HTTP 413: response is too big",
        ] {
            assert!(is_range_cap(Some(-32000), msg), "{msg}");
        }
        assert!(is_range_cap(Some(-32005), "anything"));
        for msg in [
            "invalid params",
            "filter not found",
            "header not found",
            "execution reverted",
        ] {
            assert!(!is_range_cap(Some(-32602), msg), "{msg}");
        }
    }

    #[test]
    fn a_rate_limit_is_not_a_range_cap() {
        for msg in [
            "rate limit exceeded",
            "Too Many Requests",
            "daily request count exceeded, request rate limited",
            "Your app has exceeded its compute units per second capacity",
        ] {
            assert!(is_rate_limit(msg), "{msg}");
        }
        assert!(!is_rate_limit("query returned more than 10000 results"));
        let answer = |code: i64, message: &str| -> TransportError {
            RpcError::ErrorResp(
                serde_json::from_value(serde_json::json!({ "code": code, "message": message }))
                    .unwrap(),
            )
        };
        let limited = answer(-32005, "daily request count exceeded, request rate limited");
        assert!(matches!(classify(&limited, 0, 9), Refusal::Failed(_)));
        let capped = answer(-32005, "query returned more than 10000 results");
        assert!(matches!(classify(&capped, 0, 9), Refusal::TooLarge(_)));
        let Refusal::Failed(e) = classify(&answer(-32602, "invalid params"), 0, 9) else {
            panic!("invalid params is not a range cap");
        };
        assert_eq!(
            e.message,
            "the node refused eth_getLogs for blocks 0 to 9: invalid params"
        );
    }

    /// The anvil of the end-to-end tests (`METIS_ANVIL_BIN`, or the npm package).
    fn anvil() -> alloy::node_bindings::AnvilInstance {
        let bin = std::env::var("METIS_ANVIL_BIN").unwrap_or_else(|_| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
            )
            .to_string()
        });
        alloy::node_bindings::Anvil::at(bin).port(0u16).spawn()
    }

    #[tokio::test]
    async fn times_missing_from_logs_come_from_the_blocks() {
        let node = anvil();
        let provider = alloy::providers::ProviderBuilder::new()
            .connect_http(node.endpoint_url())
            .erased();
        for _ in 0..3 {
            let _: serde_json::Value = provider
                .raw_request("evm_increaseTime".into(), (1_000u64,))
                .await
                .unwrap();
            let _: serde_json::Value = provider.raw_request("evm_mine".into(), ()).await.unwrap();
        }
        assert_eq!(latest_block(&provider).await.unwrap(), 3);
        let log = |n: u64, ts: Option<u64>| Log {
            block_number: Some(n),
            block_timestamp: ts,
            ..Log::default()
        };
        let mut logs = [log(1, None), log(3, None), log(3, None), log(2, Some(7))];
        fill_times(&provider, &mut logs).await.unwrap();
        for n in [1u64, 3] {
            let block = provider
                .get_block_by_number(n.into())
                .await
                .unwrap()
                .unwrap();
            let got: Vec<_> = logs.iter().filter(|l| l.block_number == Some(n)).collect();
            assert!(got
                .iter()
                .all(|l| l.block_timestamp == Some(block.header.timestamp)));
        }
        assert_eq!(
            logs[3].block_timestamp,
            Some(7),
            "a time the node gave is kept"
        );
        assert_ne!(logs[0].block_timestamp, logs[1].block_timestamp);

        let e = block_times(&provider, &[1, 99]).await.unwrap_err();
        assert_eq!(e.message, "the node does not know block 99");
        drop(node);
        let e = latest_block(&provider).await.unwrap_err();
        assert!(
            e.message
                .starts_with("cannot read the latest block number ("),
            "{}",
            e.message
        );
        assert_eq!(e.hint.as_deref(), Some(RPC_HINT));
    }

    #[test]
    fn missing_timestamps_name_each_block_once() {
        let log = |n: u64, ts: Option<u64>| Log {
            block_number: Some(n),
            block_timestamp: ts,
            ..Log::default()
        };
        let logs = [
            log(9, None),
            log(3, None),
            log(9, None),
            log(4, Some(1_700_000_000)),
        ];
        assert_eq!(blocks_without_time(&logs), vec![3, 9]);
        assert!(blocks_without_time(&[log(1, Some(1))]).is_empty());
    }
}
