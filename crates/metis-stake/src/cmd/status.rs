//! `status` (positions with their rewards) and `sequencers` (the active set, also as a
//! Tendermint validator set).

use crate::amount::{format_metis, metis};
use crate::contracts::status_label;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::lens::{self, Entry, Query, Snapshot};
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use crate::{output, tendermint};
use alloy::primitives::{Address, U256};
use clap::{Args, ValueEnum};
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking;
use metis_bindings::sequencer_mining::SequencerMining;
use serde_json::json;
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct StatusArgs {
    /// One sequencer id [default: every position of --owner, or of the sender]
    pub id: Option<u64>,
    /// Show every position of this owner
    #[arg(long, value_name = "ADDRESS", conflicts_with = "id")]
    pub owner: Option<Address>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetFormat {
    /// A table for people
    Table,
    /// A CometBFT/Tendermint validator set (`validators` of a genesis file)
    Tendermint,
    /// A CometBFT genesis fragment: the validators and consensus params that accept secp256k1 keys
    Genesis,
}

#[derive(Args, Debug)]
pub struct SequencersArgs {
    /// Output format (`tendermint` and `genesis` are JSON already; `--json` turns the table
    /// into the raw set with its block and version)
    #[arg(long, value_enum, default_value_t = SetFormat::Table)]
    pub format: SetFormat,
    /// Write the output to this file instead of stdout (`-`: stdout)
    #[arg(long, value_name = "FILE|-")]
    pub out: Option<PathBuf>,
    /// The L1 block to read the set at: a number (decimal or 0x hex), a block hash, latest,
    /// safe, finalized or earliest (as cast's --block); the block is resolved to its hash
    /// first, so that every node reading it gets the same set
    #[arg(long, value_name = "BLOCK", default_value = "latest", value_parser = parse_block)]
    pub block: alloy::eips::BlockId,
}

/// `--block`: what alloy's `BlockId` parses (as cast does), except `pending`, which is no block
/// yet and so cannot pin a set.
pub fn parse_block(s: &str) -> Result<alloy::eips::BlockId, String> {
    let bad = || {
        format!(
            "`{s}` is not a block: give a number, a block hash, latest, safe, finalized or earliest"
        )
    };
    match s.parse::<alloy::eips::BlockId>() {
        // alloy reads a bare `0x` as block 0.
        _ if s == "0x" => Err(bad()),
        Ok(b) if b.is_pending() => Err(format!(
            "`{s}`: the pending block is not mined, so its set is nobody's; give latest or a number"
        )),
        Ok(b) => Ok(b),
        Err(_) => Err(bad()),
    }
}

/// CometBFT's default consensus params (`types.DefaultConsensusParams`, v0.38), except the
/// validator key types: secp256k1, the sequencers' keys (the default allows ed25519 only).
pub fn consensus_params() -> serde_json::Value {
    json!({
        "block": { "max_bytes": "22020096", "max_gas": "-1" },
        "evidence": {
            "max_age_num_blocks": "100000",
            "max_age_duration": "172800000000000",
            "max_bytes": "1048576"
        },
        "validator": { "pub_key_types": ["secp256k1"] },
        "version": { "app": "0" },
        "abci": { "vote_extensions_enable_height": "0" }
    })
}

/// `metis-stake status [ID | --owner ADDRESS]`
pub async fn status(ctx: &Ctx, args: StatusArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let locking = d.locking()?;
    let mining = d.mining;
    let query = match args.id {
        Some(id) => Query::Id(U256::from(id)),
        None => Query::Owner(match args.owner {
            Some(o) => o,
            None => ctx.sender().map_err(|_| {
                CliError::usage("say whose positions to show")
                    .hint("pass a sequencer ID, --owner ADDRESS, or a --private-key")
            })?,
        }),
    };

    // One eth_call reads everything (up to 40 positions; a second round trip reads the rest).
    let snapshot = match lens::read(ctx, locking, mining, &query).await? {
        lens::Read::Done(s) => s,
        lens::Read::Unsupported(why) => {
            output::step(format!(
                "note: the node cannot run the one-call read ({why}); reading view by view"
            ));
            read_by_views(ctx, locking, mining, &query).await?
        }
    };
    let Snapshot {
        entries,
        program_start: start,
        program_end: end,
        rate_bps,
        now,
    } = snapshot;

    let bps = rate_bps.saturating_to::<u64>();
    let apr = format!("{}%", crate::amount::percent(bps));
    // The program in force and the next one, from the list of programs (a few per year).
    let programs = match mining {
        Some(m) if start != 0 => crate::programs::programs(ctx, m).await?,
        _ => Vec::new(),
    };
    let current = programs
        .iter()
        .position(|p| p.start <= now && now < p.end && p.start != 0);
    let next = programs.iter().position(|p| p.start > now);
    let brief = |i: usize| {
        let p = &programs[i];
        json!({ "id": i + 1, "start": p.start, "end": p.end, "rateBps": p.rateBps.saturating_to::<u64>() })
    };
    let then = match next {
        Some(i) => format!(
            "; next: {}% a year from {}",
            crate::amount::percent(programs[i].rateBps.saturating_to()),
            format_ts(programs[i].start)
        ),
        // The program in force is the last one: its end was just said.
        None if current.is_some_and(|i| programs[i].end == end) => String::new(),
        None => format!("; the last program ends {}", format_ts(end)),
    };
    let program_line = if start == 0 {
        "reward programs: none yet (the first program's start is not fixed)".to_string()
    } else if end <= now {
        format!("reward programs: the last one ended {}", format_ts(end))
    } else if start > now {
        format!(
            "reward programs: none in force yet; the first starts {}",
            format_ts(start)
        )
    } else if let (Some(i), true) = (current, bps != 0) {
        format!(
            "reward programs: {apr} a year in force now, until {}{then}",
            format_ts(programs[i].end)
        )
    } else {
        format!("reward programs: none in force now (between programs){then}")
    };

    let mut human = String::new();
    let mut items = Vec::new();
    if entries.is_empty() {
        human.push_str("no positions\n");
    }
    for Entry {
        id,
        position: p,
        reward,
    } in &entries
    {
        let st = status_label(p.status);
        let _ = writeln!(human, "sequencer {id}  [{st}]");
        let _ = writeln!(human, "  owner      {}", p.owner);
        let _ = writeln!(human, "  signer     {}", p.signer);
        let _ = writeln!(human, "  locked     {}", metis(p.amount));
        let _ = writeln!(human, "  reward     {} (claimable)", metis(*reward));
        // Only an active position earns, at the rate in force.
        let earns = p.status == crate::contracts::status::ACTIVE;
        let rate = if earns { bps } else { 0 };
        let _ = writeln!(
            human,
            "  earning    {}",
            match (earns, bps) {
                (false, _) => format!("nothing ({st})"),
                (true, 0) => "nothing now (no program in force)".to_string(),
                (true, _) => format!("{} a year", apr),
            }
        );
        if p.rewardRecipient != p.owner && p.rewardRecipient != Address::ZERO {
            let _ = writeln!(human, "  recipient  {}", p.rewardRecipient);
        }
        if !p.pendingWithdrawal.is_zero() {
            let at = p.withdrawableAt.saturating_to::<u64>();
            let when = if at <= now {
                "now".to_string()
            } else {
                format!("{} (in {})", format_ts(at), format_duration(at - now))
            };
            let _ = writeln!(
                human,
                "  unlocking  {}, withdrawable {when}",
                metis(p.pendingWithdrawal)
            );
        }
        items.push(json!({
            "id": id.to_string(), "owner": p.owner, "status": st, "signer": p.signer, "pubkey": p.pubkey,
            "amount": p.amount.to_string(), "pendingReward": reward.to_string(),
            "pendingWithdrawal": p.pendingWithdrawal.to_string(), "withdrawableAt": p.withdrawableAt.to_string(),
            "rewardRecipient": p.rewardRecipient, "rateBps": rate,
        }));
    }
    human.push_str(&program_line);
    output::result(
        ctx.json(),
        human,
        json!({
            "positions": items,
            "program": {
                "firstStart": start, "lastEnd": end, "rateBps": bps,
                "current": current.map(brief), "next": next.map(brief),
            },
            "now": now,
        }),
    );
    Ok(())
}

/// The same snapshot from the individual views, for nodes that cannot run the lens: the
/// owner's ids (one round trip), then every position, its reward, the program and the latest
/// block's time in one batch.
async fn read_by_views(
    ctx: &Ctx,
    locking: Address,
    mining: Option<Address>,
    query: &Query,
) -> Result<Snapshot> {
    let ids: Vec<U256> = match query {
        Query::Id(id) => vec![*id],
        Query::Owner(owner) => {
            let mut r = Reads::new();
            let s = r.add(
                locking,
                SequencerLocking::positionsOfCall { owner_: *owner },
            );
            r.send(ctx).await?.get(&s)?
        }
    };

    let mut r = Reads::new().with_block_time();
    let positions: Vec<_> = ids
        .iter()
        .map(|id| r.add(locking, SequencerLocking::getPositionCall { id: *id }))
        .collect();
    let rewards: Vec<_> = match mining {
        Some(m) => ids
            .iter()
            .map(|id| Some(r.add(m, SequencerMining::pendingRewardCall { id: *id })))
            .collect(),
        None => ids.iter().map(|_| None).collect(),
    };
    let program = mining.map(|m| {
        (
            r.add(m, SequencerMining::programStartCall {}),
            r.add(m, SequencerMining::programEndCall {}),
            r.add(m, SequencerMining::currentRateCall {}),
        )
    });
    let a = r.send(ctx).await?;

    let (program_start, program_end, rate_bps) = match &program {
        Some((s, e, apr)) => (a.get(s)?, a.get(e)?, a.get(apr)?),
        None => (0, 0, U256::ZERO),
    };
    let mut entries = Vec::with_capacity(ids.len());
    for (i, id) in ids.iter().enumerate() {
        let reward = match &rewards[i] {
            Some(s) => a.get(s)?,
            None => U256::ZERO,
        };
        entries.push(Entry {
            id: *id,
            position: a.get(&positions[i])?,
            reward,
        });
    }
    Ok(Snapshot {
        entries,
        program_start,
        program_end,
        rate_bps,
        now: a.block_time(),
    })
}

/// `metis-stake sequencers [--format tendermint] [--out FILE]`
pub async fn sequencers(ctx: &Ctx, args: SequencersArgs) -> Result<()> {
    use alloy::providers::Provider;
    let d = ctx.deployments()?;
    // The block first, then the set at its hash: one answer for everyone who asks for it.
    use alloy::eips::{BlockId, BlockNumberOrTag};
    // The contract must be on this chain now (a wrong --rpc-url, a reset devnet), and be a
    // SequencerLocking (a deployments file naming another contract).
    let locking = d.locking()?;
    if ctx
        .provider
        .get_code_at(locking)
        .await
        .map_err(|e| CliError::failed(format!("cannot read the contract's code: {e}")))?
        .is_empty()
    {
        return Err(ctx.no_contract(locking).into());
    }
    crate::set::probe(ctx, locking).await?;
    let label = match args.block {
        BlockId::Number(BlockNumberOrTag::Number(n)) => format!("block {n}"),
        BlockId::Number(tag) => format!("{tag} block"),
        BlockId::Hash(h) => format!("block {}", h.block_hash),
    };
    let block = ctx
        .provider
        .get_block(args.block)
        .await
        .map_err(|e| CliError::failed(format!("cannot read the {label}: {e}")))?
        .ok_or_else(|| {
            CliError::failed(format!("the node has no {label}")).hint(
                "a number above the head, a hash of no block of this chain, or a node that does not track safe/finalized blocks: try latest or a number",
            )
        })?;
    let (number, hash) = (block.header.number, block.header.hash);
    if number < d.deployment_block {
        return Err(CliError::failed(format!(
            "the {label}{} is before the deployment (block {}): there was no set yet",
            if matches!(args.block, BlockId::Number(BlockNumberOrTag::Number(_))) {
                String::new()
            } else {
                format!(" ({number})")
            },
            d.deployment_block
        ))
        .into());
    }
    let read = crate::set::read(ctx, d.locking()?, hash, None).await?;
    let (set, version) = (read.members, read.version);
    output::step(format!(
        "the set at block {number} ({hash}), version {version}: {} sequencer(s)",
        set.len()
    ));
    let text = if matches!(args.format, SetFormat::Tendermint | SetFormat::Genesis) {
        // CometBFT reads power 0 as "remove" and refuses a genesis that holds one.
        if let Some(s) = set.iter().find(|s| s.votingPower.is_zero()) {
            return Err(CliError::failed(format!(
                "sequencer {} is active with voting power 0 (it locks {}; power counts whole METIS): CometBFT refuses a validator set that holds one",
                s.id,
                metis(s.amount)
            ))
            .hint("governance should keep the minimum lock at 1 METIS or more (`metis-stake gov set-limits`)")
            .into());
        }
        if set.is_empty() {
            output::step(format!(
                "warning: no sequencer is active at block {number}: the validator list is empty. CometBFT then takes the set from the application's InitChain answer, and does not start if that is empty too"
            ));
        }
        let validators = set
            .iter()
            .map(|s| {
                tendermint::validator(&s.pubkey, s.votingPower, &format!("sequencer-{}", s.id))
            })
            .collect::<Result<Vec<_>>>()?;
        let out = if args.format == SetFormat::Genesis {
            json!({ "consensus_params": consensus_params(), "validators": validators })
        } else {
            json!({ "validators": validators })
        };
        serde_json::to_string_pretty(&out)? + "\n"
    } else if ctx.json() {
        let items: Vec<_> = set
            .iter()
            .map(|s| json!({ "id": s.id.to_string(), "signer": s.signer, "pubkey": s.pubkey, "amount": s.amount.to_string(), "votingPower": s.votingPower.to_string() }))
            .collect();
        let out = json!({
            "block": { "number": number, "hash": hash },
            "setVersion": version.to_string(),
            "sequencers": items,
        });
        serde_json::to_string_pretty(&output::checksummed(out))? + "\n"
    } else {
        // Amounts with many decimals widen their column rather than push the next one.
        let amounts: Vec<String> = set.iter().map(|s| format_metis(s.amount)).collect();
        let w = amounts.iter().map(String::len).max().unwrap_or(0).max(14);
        let mut t = format!(
            "{:>4}  {:<42}  {:>w$}  {:>8}\n",
            "id", "signer", "locked METIS", "power"
        );
        for (s, amount) in set.iter().zip(&amounts) {
            let _ = writeln!(
                t,
                "{:>4}  {:<42}  {:>w$}  {:>8}",
                s.id,
                s.signer.to_string(),
                amount,
                s.votingPower
            );
        }
        let _ = writeln!(t, "{} active sequencer(s)", set.len());
        t
    };
    match args.out.filter(|p| p.as_os_str() != "-") {
        Some(path) => {
            std::fs::write(&path, &text)
                .map_err(|e| CliError::failed(format!("cannot write {}: {e}", path.display())))?;
            output::step(format!(
                "wrote {} sequencer(s) to {}",
                set.len(),
                path.display()
            ));
        }
        None => output::print(&text),
    }
    Ok(())
}
