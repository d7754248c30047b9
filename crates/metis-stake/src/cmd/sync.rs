//! `sync`: the sequencer set as a stream a consensus node follows. Replays SequencerLocking's
//! set events block by block from a cursor kept in a state file, and writes, for every L1 block
//! that changed the set, one JSON line with the block, the set version and the validator updates
//! in the form of CometBFT's ABCI `ValidatorUpdate` (as tendermint-rs serialises
//! `validator::Update`: `pub_key` type and value, `power`; power 0 removes a validator).
//!
//! Only confirmed blocks are read (the global `--confirmations`, or `--finalized`; the state
//! file records the depth, and a run that names none keeps it). Each written
//! block is checked against the contract: the replayed set must equal `activeSequencers()` and
//! `setVersion()` at that block's hash, or `sync` stops with the difference. A reorganisation
//! is seen when the cursor's hash is no longer the chain's: `sync` goes back to the newest
//! checkpoint still on the chain, reads the set there from the contract, and writes a `rewind`
//! line whose updates take a follower from the set it had to that set.

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::logs::{self, NodeLogs, DEFAULT_RANGE};
use crate::{output, set, tendermint};
use alloy::eips::{BlockId, BlockNumberOrTag};
use alloy::primitives::{Address, Bytes, B256, U256};
use alloy::providers::Provider;
use alloy::rpc::types::{Filter, Log};
use alloy::sol_types::SolEvent;
use clap::Args;
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking as L;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Checkpoints (cursor positions) kept in the state file to rewind to after a reorganisation.
const CHECKPOINTS: usize = 64;

/// `ISequencerLocking.Status.Active`: the status of a member.
const ACTIVE: u8 = 1;

#[derive(Args, Debug)]
pub struct SyncArgs {
    /// The cursor and the set it has reached; created on the first run, resumed after
    #[arg(long, value_name = "FILE")]
    pub state: PathBuf,
    /// First block to follow on the first run [default: the deployment block]; the set before it
    /// is read from the contract
    #[arg(long, value_name = "N", value_parser = parse_block_number)]
    pub from_block: Option<u64>,
    /// Follow finalized blocks only (else blocks with --confirmations confirmations; without
    /// either, the depth the state file records, 1 confirmation for a new one)
    #[arg(long, conflicts_with = "confirmations")]
    pub finalized: bool,
    /// Where the JSON lines go (appended): a file, or `-` for stdout
    #[arg(long, value_name = "FILE|-", default_value = "-")]
    pub out: String,
    /// Process up to the last confirmed block and exit (else keep polling)
    #[arg(long)]
    pub once: bool,
    /// Seconds between polls when following
    #[arg(long, value_name = "SECONDS", default_value_t = 12, value_parser = clap::value_parser!(u64).range(1..))]
    pub poll: u64,
}

/// `--from-block`: a block number, decimal or `0x` hex.
fn parse_block_number(s: &str) -> Result<u64, String> {
    let parsed = match s.strip_prefix("0x") {
        Some(hex) if !hex.is_empty() => u64::from_str_radix(hex, 16).ok(),
        Some(_) => None,
        None => s.parse().ok(),
    };
    parsed.ok_or_else(|| format!("`{s}` is not a block number (decimal or 0x hex)"))
}

/// A member of the set: its 64-byte key (x || y) and principal (token wei).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub pubkey: Bytes,
    pub amount: U256,
}

impl Member {
    /// CometBFT voting power: whole tokens (the contract's `VOTING_POWER_UNIT`, 1e18).
    pub fn power(&self) -> U256 {
        self.amount / U256::from(10u64).pow(U256::from(18u64))
    }
}

/// The set as replayed: members by position id, and the set version the events carried.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replay {
    pub members: BTreeMap<u64, Member>,
    #[serde(rename = "setVersion")]
    pub version: U256,
}

fn id_of(topic: Option<&B256>) -> Result<u64> {
    let t = topic.ok_or_else(|| CliError::failed("a set event without its position id"))?;
    Ok(U256::from_be_bytes(t.0).saturating_to())
}

impl Replay {
    /// Applies one SequencerLocking log; returns whether it was a set event.
    pub fn apply(&mut self, log: &Log) -> Result<bool> {
        use crate::logs::decode;
        let Some(&topic0) = log.topic0() else {
            return Ok(false);
        };
        let id = || id_of(log.topics().get(1));
        let version = if topic0 == L::Locked::SIGNATURE_HASH {
            let e: L::Locked = decode(log)?;
            self.join(id()?, e.pubkey, e.amount);
            e.setVersion
        } else if topic0 == L::LockIncreased::SIGNATURE_HASH {
            let e: L::LockIncreased = decode(log)?;
            self.set_amount(id()?, e.status, e.newAmount)?;
            e.setVersion
        } else if topic0 == L::Compounded::SIGNATURE_HASH {
            let e: L::Compounded = decode(log)?;
            self.set_amount(id()?, ACTIVE, e.newAmount)?;
            e.setVersion
        } else if topic0 == L::SignerUpdated::SIGNATURE_HASH {
            let e: L::SignerUpdated = decode(log)?;
            if e.status == ACTIVE {
                self.member(id()?)?.pubkey = e.pubkey;
            }
            e.setVersion
        } else if topic0 == L::WithdrawalRequested::SIGNATURE_HASH {
            let e: L::WithdrawalRequested = decode(log)?;
            self.set_amount(id()?, e.status, e.remaining)?;
            e.setVersion
        } else if topic0 == L::Jailed::SIGNATURE_HASH {
            let e: L::Jailed = decode(log)?;
            self.members.remove(&id()?);
            e.setVersion
        } else if topic0 == L::Unjailed::SIGNATURE_HASH {
            let e: L::Unjailed = decode(log)?;
            self.join(id()?, e.pubkey, e.amount);
            e.setVersion
        } else if topic0 == L::Slashed::SIGNATURE_HASH {
            let e: L::Slashed = decode(log)?;
            self.set_amount(id()?, e.status, e.principal)?;
            e.setVersion
        } else {
            return Ok(false);
        };
        self.version = version;
        Ok(true)
    }

    /// Position `id` enters the set (a lock, an unjail) with `pubkey` and `amount`.
    fn join(&mut self, id: u64, pubkey: Bytes, amount: U256) {
        self.members.insert(id, Member { pubkey, amount });
    }

    /// A position now in `status` with `amount`: a member while Active, else out of the set.
    fn set_amount(&mut self, id: u64, status: u8, amount: U256) -> Result<()> {
        if status == ACTIVE {
            self.member(id)?.amount = amount;
        } else {
            // Jailed, Unlocking: not (or no longer) a member. A jailed position's top-up or key
            // rotation changes nothing in the set.
            self.members.remove(&id);
        }
        Ok(())
    }

    fn member(&mut self, id: u64) -> Result<&mut Member> {
        self.members.get_mut(&id).ok_or_else(|| {
            CliError::failed(format!(
                "a set event of sequencer {id}, which the replayed set does not hold as a member"
            ))
            .hint("the state file does not match the chain: start again from --from-block with a new state file")
            .into()
        })
    }
}

/// The validator updates that take a follower from `before` to `after`, in CometBFT's ABCI
/// form: a removed member, or a member's old key, gets power 0; a new member, a new key or a
/// new power gets its power. By position id, removals first; each key at most once.
pub fn updates(before: &Replay, after: &Replay) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for (id, old) in &before.members {
        match after.members.get(id) {
            Some(new) if new.pubkey == old.pubkey => {}
            _ => out.push(update(&old.pubkey, U256::ZERO)?),
        }
    }
    for (id, new) in &after.members {
        let changed = match before.members.get(id) {
            Some(old) => old.pubkey != new.pubkey || old.power() != new.power(),
            None => true,
        };
        if changed {
            if new.power().is_zero() {
                return Err(CliError::failed(format!(
                    "sequencer {id} is a member with voting power 0 (it locks less than one whole token): CometBFT would read it as a removal"
                ))
                .into());
            }
            out.push(update(&new.pubkey, new.power())?);
        }
    }
    Ok(out)
}

/// One `ValidatorUpdate`: `{"pub_key": {"type": "tendermint/PubKeySecp256k1", "value": ...}, "power": "N"}`.
fn update(pubkey: &[u8], power: U256) -> Result<Value> {
    let v = tendermint::validator(pubkey, power, "")?;
    Ok(json!({ "pub_key": v["pub_key"], "power": v["power"] }))
}

/// A block: number and hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub number: u64,
    pub hash: B256,
}

/// How deep behind the head `sync` reads: finalized blocks, or blocks with N confirmations
/// (1 = the head itself). JSON: `"finalized"` or `{"confirmations": N}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Depth {
    Finalized,
    Confirmations(u64),
}

impl std::fmt::Display for Depth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Depth::Finalized => f.write_str("finalized blocks"),
            Depth::Confirmations(n) => write!(f, "blocks with {n} confirmation(s)"),
        }
    }
}

impl Depth {
    /// The depth the command line asks for, if it names one (`--finalized`, `--confirmations`).
    fn asked(ctx: &Ctx, args: &SyncArgs) -> Result<Option<Depth>> {
        match (args.finalized, ctx.opts.confirmations) {
            // clap sees the conflict only when both follow `sync`.
            (true, Some(n)) => Err(CliError::usage(format!(
                "--finalized and --confirmations {n} name two depths: give one"
            ))
            .into()),
            (true, None) => Ok(Some(Depth::Finalized)),
            (false, n) => Ok(n.map(Depth::Confirmations)),
        }
    }
}

/// The state file: where `sync` is, and the set it has replayed up to there.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct State {
    format: u32,
    chain_id: u64,
    locking: Address,
    /// The depth followed (absent in files of the first format: 1 confirmation was assumed).
    #[serde(default = "one_confirmation")]
    depth: Depth,
    /// The hash of the chain's block 0: another chain (a reset devnet) is told apart from a
    /// reorganisation (absent in older files).
    #[serde(default)]
    genesis: Option<B256>,
    cursor: Cursor,
    set: Replay,
    /// Recent cursors, oldest first, to find a common block after a reorganisation.
    checkpoints: Vec<Cursor>,
}

impl State {
    fn load(path: &Path) -> Result<Option<State>> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(CliError::failed(format!("cannot read {}: {e}", path.display())).into())
            }
        };
        let s: State = serde_json::from_str(&text).map_err(|e| {
            CliError::failed(format!("{} is not a sync state file: {e}", path.display()))
        })?;
        if s.format != 1 {
            return Err(CliError::failed(format!(
                "{} is a state file of format {}; this metis-stake reads format 1",
                path.display(),
                s.format
            ))
            .into());
        }
        if s.depth == Depth::Confirmations(0) {
            return Err(CliError::failed(format!(
                "{} records a depth of 0 confirmations; the least is 1",
                path.display()
            ))
            .hint("pass --confirmations N or --finalized to record a depth")
            .into());
        }
        Ok(Some(s))
    }

    /// Written whole to a temporary file, then renamed: a crash leaves the old or the new state.
    fn save(&self, path: &Path) -> Result<()> {
        let tmp = beside(path, "tmp");
        std::fs::write(&tmp, serde_json::to_string_pretty(self)? + "\n")
            .map_err(|e| CliError::failed(format!("cannot write {}: {e}", tmp.display())))?;
        std::fs::rename(&tmp, path).map_err(|e| {
            CliError::failed(format!(
                "cannot replace {} with {}: {e}",
                path.display(),
                tmp.display()
            ))
        })?;
        Ok(())
    }

    fn advance(&mut self, to: Cursor) {
        self.cursor = to;
        if self.checkpoints.last() != Some(&to) {
            self.checkpoints.push(to);
        }
        if self.checkpoints.len() > CHECKPOINTS {
            self.checkpoints.remove(0);
        }
    }
}

/// `FILE.suffix` next to `FILE` (`sync.json` -> `sync.json.lock`): two state files never share one.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn one_confirmation() -> Depth {
    Depth::Confirmations(1)
}

/// Whether a node's error says it no longer has the state of an old block (a full node keeps
/// about 128 blocks of state; geth "missing trie node", anvil "BlockOutOfRangeError", ...).
fn state_pruned(message: &str) -> bool {
    let m = message.to_lowercase();
    [
        "missing trie node",
        "blockoutofrange",
        "state not available",
        "state is not available",
        "historical state",
        "pruned",
        "header not found",
    ]
    .iter()
    .any(|p| m.contains(p))
}

/// Explains a read at an old block that the node could not serve.
fn pruned_hint(e: eyre::Report, block: B256) -> eyre::Report {
    if !state_pruned(&e.to_string()) {
        return e;
    }
    CliError::failed(format!(
        "the node no longer has the state of block {block}: {e}"
    ))
    .hint("sync reads the set at old blocks (to start, to check each line, to rewind): use an archive node to follow a long history, or start a new state file near the head (--from-block)")
    .into()
}

/// The set as the contract has it at `block` (its hash pins the read).
async fn set_at(ctx: &Ctx, locking: Address, block: B256) -> Result<Replay> {
    Ok(set_and_canonical(ctx, locking, block, None).await?.0)
}

/// The set at `block`, and (when `height` is given, in the same round trip) the hash of the
/// chain's block at that height now.
async fn set_and_canonical(
    ctx: &Ctx,
    locking: Address,
    block: B256,
    height: Option<u64>,
) -> Result<(Replay, Option<B256>)> {
    let got = set::read(ctx, locking, block, height)
        .await
        .map_err(|e| pruned_hint(e, block))?;
    let mut out = Replay {
        version: got.version,
        ..Replay::default()
    };
    for s in got.members {
        out.members.insert(
            s.id.saturating_to(),
            Member {
                pubkey: s.pubkey,
                amount: s.amount,
            },
        );
    }
    Ok((out, got.header_hash))
}

/// The set at `block`, or the empty set (version 0) if the contract was not deployed yet there.
async fn set_at_or_before_deployment(ctx: &Ctx, locking: Address, block: B256) -> Result<Replay> {
    let code = ctx
        .provider
        .get_code_at(locking)
        .block_id(BlockId::hash(block))
        .await
        .map_err(|e| pruned_hint(logs::failure("read the contract's code", &e).into(), block))?;
    if code.is_empty() {
        return Ok(Replay::default());
    }
    set_at(ctx, locking, block).await
}

async fn header(ctx: &Ctx, block: BlockNumberOrTag) -> Result<Cursor> {
    if let Some(c) = header_if_any(ctx, block).await? {
        return Ok(c);
    }
    let head = logs::latest_block(&ctx.provider).await?;
    Err(CliError::failed(format!(
        "the node has no {} (its head is block {head})",
        block_words(block)
    ))
    .into())
}

/// "block 41", "the finalized block".
fn block_words(block: BlockNumberOrTag) -> String {
    match block {
        BlockNumberOrTag::Number(n) => format!("block {n}"),
        tag => format!("{tag} block"),
    }
}

/// The block, or `None` when the node has none there (e.g. above a shorter new chain).
async fn header_if_any(ctx: &Ctx, block: BlockNumberOrTag) -> Result<Option<Cursor>> {
    let b = ctx
        .provider
        .get_block_by_number(block)
        .await
        .map_err(|e| logs::failure(&format!("read {}", block_words(block)), &e))?;
    Ok(b.map(|b| Cursor {
        number: b.header.number,
        hash: b.header.hash,
    }))
}

/// The first difference between the replayed set and the contract's, in words.
fn difference(replayed: &Replay, chain: &Replay) -> Option<String> {
    if replayed.version != chain.version {
        return Some(format!(
            "set version {} replayed, {} in the contract",
            replayed.version, chain.version
        ));
    }
    for (id, m) in &chain.members {
        match replayed.members.get(id) {
            None => {
                return Some(format!(
                    "sequencer {id} is a member, not in the replayed set"
                ))
            }
            Some(r) if r.pubkey != m.pubkey => {
                return Some(format!("sequencer {id}: replayed key differs"))
            }
            Some(r) if r.amount != m.amount => {
                return Some(format!(
                    "sequencer {id}: {} replayed, {} in the contract",
                    crate::amount::metis(r.amount),
                    crate::amount::metis(m.amount)
                ))
            }
            _ => {}
        }
    }
    replayed
        .members
        .keys()
        .find(|id| !chain.members.contains_key(id))
        .map(|id| format!("sequencer {id} is in the replayed set, not a member"))
}

/// Checks the replayed set against the contract at `at`. `Ok(false)`: the block is no longer
/// the chain's at that height (a reorganisation while reading): nothing may be written for it.
async fn check(ctx: &Ctx, locking: Address, at: Cursor, replayed: &Replay) -> Result<bool> {
    let (chain, now_there) = match set_and_canonical(ctx, locking, at.hash, Some(at.number)).await {
        Ok(x) => x,
        // A node may refuse a read at a block it has just dropped from its chain.
        Err(e) => match header_if_any(ctx, BlockNumberOrTag::Number(at.number)).await? {
            Some(c) if c.hash == at.hash => return Err(e),
            _ => return Ok(false),
        },
    };
    if now_there != Some(at.hash) {
        return Ok(false);
    }
    match difference(replayed, &chain) {
        None => Ok(true),
        Some(d) => Err(CliError::failed(format!(
            "self-check failed at block {} ({}): {d}",
            at.number, at.hash
        ))
        .hint("nothing was written for that block; the state file does not match the chain: start again with a new state file (--from-block)")
        .into()),
    }
}

/// A line that leaves the set empty says so (`"empty": true`), and so does stderr: CometBFT
/// refuses updates that would leave it without validators (the chain would halt), so an ABCI
/// application must not pass these on as they are (README, "For node operators").
fn mark_empty(line: &mut Value, after: &Replay, block: u64) {
    if after.members.is_empty() {
        line["empty"] = json!(true);
        output::step(format!(
            "warning: at block {block} the sequencer set is empty (the last member left or was jailed): CometBFT refuses an empty validator set"
        ));
    }
}

/// Where the lines go. A file is opened (created, then appended to) at its first line: a run
/// that fails before it writes one leaves no file behind.
enum Out {
    Stdout,
    File(PathBuf, Option<std::fs::File>),
}

impl Out {
    fn line(&mut self, v: &Value) -> Result<()> {
        let text = serde_json::to_string(v)? + "\n";
        match self {
            Out::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(text.as_bytes())
                    .and_then(|_| o.flush())
                    .map_err(|e| CliError::failed(format!("cannot write to stdout: {e}")))?;
            }
            Out::File(path, file) => {
                if file.is_none() {
                    *file = Some(Self::open(path)?);
                }
                if let Some(f) = file {
                    f.write_all(text.as_bytes())
                        .and_then(|_| f.sync_data())
                        .map_err(|e| {
                            CliError::failed(format!("cannot write {}: {e}", path.display()))
                        })?;
                }
            }
        }
        Ok(())
    }

    fn open(path: &Path) -> Result<std::fs::File> {
        Ok(std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| CliError::failed(format!("cannot write {}: {e}", path.display())))?)
    }
}

/// `metis-stake sync --state FILE [--from-block N] [--finalized] [--out FILE|-] [--once]`
pub async fn sync(ctx: &Ctx, args: SyncArgs) -> Result<()> {
    let asked = Depth::asked(ctx, &args)?;
    let d = ctx.deployments()?;
    let locking = d.locking()?;
    // The contract must be on this chain now (a wrong --rpc-url, a reset devnet).
    let code = ctx
        .provider
        .get_code_at(locking)
        .await
        .map_err(|e| logs::failure("read the contract's code", &e))?;
    if code.is_empty() {
        return Err(ctx.no_contract(locking).into());
    }
    set::probe(ctx, locking).await?;
    // One process per state file: a second one would write every line again. The OS releases
    // the lock when the process ends, however it ends.
    let lock_path = beside(&args.state, "lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| CliError::failed(format!("cannot open {}: {e}", lock_path.display())))?;
    if lock.try_lock().is_err() {
        return Err(CliError::failed(format!(
            "another sync is running on {} (it holds {})",
            args.state.display(),
            lock_path.display()
        ))
        .hint("one process per state file: stop the other one first")
        .into());
    }
    let mut out = match args.out.as_str() {
        "-" => Out::Stdout,
        path => {
            // Said now, not at the first line, which may come days later.
            let path = PathBuf::from(path);
            if path.is_dir()
                || path
                    .parent()
                    .is_some_and(|p| !p.as_os_str().is_empty() && !p.is_dir())
            {
                return Err(CliError::failed(format!(
                    "cannot write {}: not a file in an existing directory",
                    path.display()
                ))
                .into());
            }
            Out::File(path, None)
        }
    };
    let mut state = match State::load(&args.state)? {
        Some(s) => {
            if s.chain_id != ctx.chain_id || s.locking != locking {
                return Err(CliError::failed(format!(
                    "{} follows SequencerLocking {} on chain {}, not {locking} on chain {}",
                    args.state.display(),
                    s.locking,
                    s.chain_id,
                    ctx.chain_id
                ))
                .hint("give the state file of this deployment, or a new --state file to start following this one")
                .into());
            }
            // (A cursor above the head is not enough: a reorganisation to a shorter chain
            // leaves it there too, and is rewound.)
            let genesis = header(ctx, BlockNumberOrTag::Number(0)).await?.hash;
            if let Some(g) = s.genesis.filter(|g| *g != genesis) {
                return Err(CliError::failed(format!(
                    "{} followed another chain: its block 0 was {g}, this chain's is {genesis}",
                    args.state.display()
                ))
                .hint("a reset devnet or another node's chain: start a new --state file (and a new follower set)")
                .into());
            }
            if args.from_block.is_some() {
                output::step(format!(
                    "note: resuming from {} at block {}; --from-block applies to a new state file only",
                    args.state.display(),
                    s.cursor.number
                ));
            }
            let mut s = s;
            if let Some(d) = asked.filter(|d| *d != s.depth) {
                output::step(format!(
                    "note: {} followed {}; from now on {d} (recorded in it). Lines already written stay",
                    args.state.display(),
                    s.depth
                ));
                s.depth = d;
                s.save(&args.state)?;
            }
            s
        }
        None => {
            let from = args.from_block.unwrap_or(d.deployment_block).max(1);
            let head = logs::latest_block(&ctx.provider).await?;
            if from > head + 1 {
                return Err(CliError::failed(format!(
                    "--from-block {from} is above the head (block {head}): sync starts from the set at block {}",
                    from - 1
                ))
                .hint("give a block up to the head + 1, or leave --from-block out to start at the deployment")
                .into());
            }
            let base = header(ctx, BlockNumberOrTag::Number(from - 1)).await?;
            let genesis = header(ctx, BlockNumberOrTag::Number(0)).await?.hash;
            let set = set_at_or_before_deployment(ctx, locking, base.hash).await?;
            let s = State {
                format: 1,
                chain_id: ctx.chain_id,
                locking,
                depth: asked.unwrap_or(one_confirmation()),
                genesis: Some(genesis),
                cursor: base,
                set,
                checkpoints: vec![base],
            };
            s.save(&args.state)?;
            s
        }
    };
    let filter = Filter::new().address(locking).event_signature(vec![
        L::Locked::SIGNATURE_HASH,
        L::LockIncreased::SIGNATURE_HASH,
        L::Compounded::SIGNATURE_HASH,
        L::SignerUpdated::SIGNATURE_HASH,
        L::WithdrawalRequested::SIGNATURE_HASH,
        L::Jailed::SIGNATURE_HASH,
        L::Unjailed::SIGNATURE_HASH,
        L::Slashed::SIGNATURE_HASH,
    ]);
    if !args.once {
        output::step(format!(
            "following SequencerLocking {locking} from block {} ({}, polling every {} s); Ctrl-C stops",
            state.cursor.number + 1,
            state.depth,
            args.poll.max(1)
        ));
    }
    loop {
        let step = advance(ctx, locking, &filter, &mut state, &mut out, &args).await;
        match step {
            Ok(()) => {}
            // Following: a node that does not answer for a while is waited for; a fault of
            // the state itself is not.
            Err(e) if !args.once && !fatal(&e) => {
                output::step(format!(
                    "warning: {e}; trying again in {} s",
                    args.poll.max(1)
                ));
            }
            Err(e) => return Err(e),
        }
        if args.once {
            output::step(format!(
                "at block {} ({}), set version {}, {} member(s)",
                state.cursor.number,
                state.cursor.hash,
                state.set.version,
                state.set.members.len()
            ));
            drop(lock);
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_secs(args.poll.max(1))).await;
    }
}

/// Errors that waiting cannot cure: the state disagrees with the chain, or cannot be saved.
fn fatal(e: &eyre::Report) -> bool {
    let m = e.to_string();
    [
        "self-check failed",
        "reorganised below every checkpoint",
        "cannot write",
        "cannot replace",
        "no longer has the state",
        "does not hold as a member",
        "followed another chain",
        "voting power 0",
    ]
    .iter()
    .any(|p| m.contains(p))
}

/// One poll: a rewind if the cursor's block was replaced, then every confirmed block.
async fn advance(
    ctx: &Ctx,
    locking: Address,
    filter: &Filter,
    state: &mut State,
    out: &mut Out,
    args: &SyncArgs,
) -> Result<()> {
    // A block replaced while it was read stops `follow` before it writes anything for it:
    // look again (a few times: a chain that keeps reorganising is reported, not chased).
    for _ in 0..5 {
        // Reorganised below the cursor? Back to the newest checkpoint still on the chain.
        let now_there = header_if_any(ctx, BlockNumberOrTag::Number(state.cursor.number)).await?;
        if now_there.map(|c| c.hash) != Some(state.cursor.hash) {
            rewind(ctx, locking, state, out).await?;
            state.save(&args.state)?;
        }
        let target = match state.depth {
            Depth::Finalized => header(ctx, BlockNumberOrTag::Finalized).await?.number,
            Depth::Confirmations(n) => {
                let head = logs::latest_block(&ctx.provider).await?;
                head.saturating_sub(n.saturating_sub(1))
            }
        };
        if target < state.cursor.number && args.once {
            output::step(format!(
                "note: the state is at block {}, ahead of the last of the {} (block {target}): nothing to read until the chain passes it",
                state.cursor.number, state.depth
            ));
        }
        if target <= state.cursor.number
            || follow(ctx, locking, filter, state, target, out, &args.state).await?
        {
            return Ok(());
        }
    }
    Err(
        CliError::failed("the chain was reorganised five times in a row while sync read it")
            .hint("follow more confirmations (or --finalized)")
            .into(),
    )
}

/// Replays blocks `cursor + 1 ..= target`, range by range, writing a line per block that
/// changed the set, each checked against the contract first. `Ok(false)`: a block was replaced
/// while it was read; nothing was written for it, and the state stops before it.
async fn follow(
    ctx: &Ctx,
    locking: Address,
    filter: &Filter,
    state: &mut State,
    target: u64,
    out: &mut Out,
    path: &Path,
) -> Result<bool> {
    let mut from = state.cursor.number + 1;
    while from <= target {
        let to = target.min(from + DEFAULT_RANGE - 1);
        // The range's last block first: if it is still the same after the range, no block of
        // the range was replaced meanwhile (each written block is also checked on its own).
        let end = header(ctx, BlockNumberOrTag::Number(to)).await?;
        let mut source = NodeLogs::new(&ctx.provider, filter.clone());
        let found = logs::read(&mut source, from, to, DEFAULT_RANGE, |_| {}).await?;
        let mut by_block: BTreeMap<u64, Vec<Log>> = BTreeMap::new();
        for l in found {
            by_block
                .entry(l.block_number.unwrap_or_default())
                .or_default()
                .push(l);
        }
        for (number, block_logs) in by_block {
            let hash = block_logs[0].block_hash.unwrap_or_default();
            let before = state.set.clone();
            let mut next = state.set.clone();
            for l in &block_logs {
                next.apply(l).map_err(|e| {
                    CliError::failed(format!("block {number}: {e}"))
                        .hint("the state file does not match the chain: start again with a new state file (--from-block)")
                })?;
            }
            let at = Cursor { number, hash };
            let changes = updates(&before, &next)?;
            if !changes.is_empty() {
                if !check(ctx, locking, at, &next).await? {
                    output::step(format!(
                        "note: block {number} was replaced while it was read: reading again"
                    ));
                    return Ok(false);
                }
                let mut line = json!({
                    "block": number,
                    "hash": hash,
                    "setVersion": next.version.to_string(),
                    "validator_updates": changes,
                });
                mark_empty(&mut line, &next, number);
                out.line(&line)?;
                output::step(format!(
                    "block {number}: {} update(s), set version {}",
                    changes.len(),
                    next.version
                ));
            }
            state.set = next;
            state.advance(at);
            state.save(path)?;
        }
        if header_if_any(ctx, BlockNumberOrTag::Number(to))
            .await?
            .map(|c| c.hash)
            != Some(end.hash)
        {
            output::step(format!(
                "note: block {to} was replaced while the range was read: reading again"
            ));
            return Ok(false);
        }
        state.advance(end);
        state.save(path)?;
        from = to + 1;
    }
    Ok(true)
}

/// After a reorganisation: the newest checkpoint still on the chain, the set there (from the
/// contract), and a `rewind` line that takes a follower from the set it has to that set.
async fn rewind(ctx: &Ctx, locking: Address, state: &mut State, out: &mut Out) -> Result<()> {
    let mut common = None;
    for c in state.checkpoints.iter().rev() {
        let there = header_if_any(ctx, BlockNumberOrTag::Number(c.number)).await?;
        if there.map(|h| h.hash) == Some(c.hash) {
            common = Some(*c);
            break;
        }
    }
    let Some(common) = common else {
        if state.checkpoints.first().is_some_and(|c| c.number == 0) {
            return Err(CliError::failed(
                "the state file followed another chain: its block 0 is not this chain's",
            )
            .hint("a reset devnet or another node's chain: start a new --state file (and a new follower set)")
            .into());
        }
        return Err(CliError::failed(format!(
            "the chain was reorganised below every checkpoint of the state file (the oldest is block {})",
            state.checkpoints.first().map(|c| c.number).unwrap_or_default()
        ))
        .hint("start again with a new state file and --from-block; follow more confirmations (or --finalized)")
        .into());
    };
    let set = set_at_or_before_deployment(ctx, locking, common.hash).await?;
    let changes = updates(&state.set, &set)?;
    output::step(format!(
        "reorg: block {} is no longer {}; back to block {} ({})",
        state.cursor.number, state.cursor.hash, common.number, common.hash
    ));
    let mut line = json!({
        "block": common.number,
        "hash": common.hash,
        "setVersion": set.version.to_string(),
        "rewind": true,
        "validator_updates": changes,
    });
    if !state.set.members.is_empty() {
        mark_empty(&mut line, &set, common.number);
    }
    out.line(&line)?;
    state.set = set;
    state.checkpoints.retain(|c| c.number <= common.number);
    state.cursor = common;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(x: u8, tokens: u64) -> Member {
        let mut k = [0u8; 64];
        k[0] = x;
        k[63] = 2;
        Member {
            pubkey: Bytes::copy_from_slice(&k),
            amount: U256::from(tokens) * U256::from(10u64).pow(U256::from(18u64)),
        }
    }

    fn set(members: &[(u64, Member)]) -> Replay {
        Replay {
            members: members.iter().cloned().collect(),
            version: U256::ZERO,
        }
    }

    #[test]
    fn updates_remove_add_rotate_and_repower() {
        let before = set(&[
            (1, member(1, 100)),
            (2, member(2, 200)),
            (3, member(3, 300)),
        ]);
        let after = set(&[(1, member(1, 150)), (3, member(9, 300)), (4, member(4, 40))]);
        let u = updates(&before, &after).unwrap();
        let powers: Vec<&str> = u.iter().map(|v| v["power"].as_str().unwrap()).collect();
        // Removals first (2 left, 3's old key), then 1's new power, 3's new key, 4 joins.
        assert_eq!(powers, ["0", "0", "150", "300", "40"]);
        assert_eq!(u[0]["pub_key"]["type"], "tendermint/PubKeySecp256k1");
        assert!(
            updates(&after, &after).unwrap().is_empty(),
            "no change, no update"
        );
        // A change within the same whole token is no update.
        let mut same = after.clone();
        same.members.get_mut(&1).unwrap().amount += U256::from(1u64);
        assert!(updates(&after, &same).unwrap().is_empty());
    }

    #[test]
    fn a_member_of_power_zero_is_refused() {
        let mut half = member(5, 0);
        half.amount = U256::from(5u64) * U256::from(10u64).pow(U256::from(17u64));
        let err = updates(&Replay::default(), &set(&[(5, half)])).unwrap_err();
        assert!(err.to_string().contains("voting power 0"), "{err}");
    }

    #[test]
    fn pruned_state_is_recognised_in_the_words_of_geth_and_anvil() {
        assert!(state_pruned("missing trie node 0xabc (path )"));
        assert!(state_pruned(
            "BlockOutOfRangeError: block height is 32 but requested was 0"
        ));
        assert!(!state_pruned("execution reverted"));
    }

    #[test]
    fn the_difference_names_the_first_mismatch() {
        let a = set(&[(1, member(1, 100))]);
        assert_eq!(difference(&a, &a), None);
        let mut b = a.clone();
        b.members.get_mut(&1).unwrap().amount = U256::from(7u64);
        assert!(difference(&b, &a).unwrap().contains("sequencer 1:"));
        let mut c = a.clone();
        c.version = U256::from(3u64);
        assert!(difference(&c, &a)
            .unwrap()
            .contains("set version 3 replayed"));
        assert!(difference(&set(&[]), &a)
            .unwrap()
            .contains("not in the replayed set"));
    }
}
