//! `history`: every event of an owner's positions (or of one position), from the chain's
//! logs, as a table, CSV for a spreadsheet, or JSON.

use crate::amount::format_metis;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::logs::{self, decode, NodeLogs, Progress, DEFAULT_RANGE};
use crate::output;
use crate::rpc::Reads;
use crate::time::format_ts;
use alloy::primitives::{Address, B256, U256};
use alloy::rpc::types::{Filter, Log};
use alloy::sol_types::SolEvent;
use clap::{Args, ValueEnum};
use eyre::Result;
use metis_bindings::equivocation_slasher::EquivocationSlasher as S;
use metis_bindings::sequencer_locking::SequencerLocking as L;
use metis_bindings::sequencer_mining::SequencerMining as M;
use serde_json::{json, Value};
use std::fmt::Write;

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// One sequencer id [default: every position of --owner, or of the sender]
    pub id: Option<u64>,
    /// Every position of this owner
    #[arg(long, value_name = "ADDRESS", conflicts_with = "id")]
    pub owner: Option<Address>,
    /// Output format [default: table, or json with --json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// First block to read [default: the deployment block of the deployments file]
    #[arg(long, value_name = "N")]
    pub from_block: Option<u64>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for people
    Table,
    /// One row per event, for a spreadsheet
    Csv,
    /// An array of objects, amounts in wei and in METIS
    Json,
}

/// What the staking token is called in the `token` column.
const TOKEN: &str = "METIS";

/// One event of a position.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    block: u64,
    time: u64,
    log_index: u64,
    kind: &'static str,
    id: U256,
    amount: Option<U256>,
    /// Where the tokens went, for claims, withdrawals and slashes.
    recipient: Option<Address>,
    tx: B256,
    /// A detail worth a glance: the new signer, "full", "exited", the slash reason.
    note: String,
}

/// `metis-stake history [ID | --owner ADDRESS] [--format table|csv|json] [--from-block N]`
pub async fn history(ctx: &Ctx, args: HistoryArgs) -> Result<()> {
    let format = match (args.format, ctx.json()) {
        (None, true) | (Some(Format::Json), _) => Format::Json,
        (Some(f), true) => {
            return Err(CliError::usage(format!(
                "--json asks for JSON, but --format asks for {}",
                if f == Format::Csv { "csv" } else { "a table" }
            ))
            .hint("pass one of them")
            .into())
        }
        (Some(f), false) => f,
        (None, false) => Format::Table,
    };
    let d = ctx.deployments()?;
    let locking = d.locking()?;
    let mining = d.mining;

    // The ids (one round trip; an unknown id is refused here) and the head, side by side.
    let mut r = Reads::new();
    let ids = async {
        match args.id {
            Some(id) => {
                let s = r.add(locking, L::getPositionCall { id: U256::from(id) });
                r.send(ctx).await?.get(&s)?;
                Ok(vec![U256::from(id)])
            }
            None => {
                let owner = match args.owner {
                    Some(o) => o,
                    None => ctx.sender().map_err(|_| {
                        CliError::usage("say whose history to show")
                            .hint("pass a sequencer ID, --owner ADDRESS, or a --private-key")
                    })?,
                };
                let s = r.add(locking, L::positionsOfCall { owner_: owner });
                r.send(ctx).await?.get(&s)
            }
        }
    };
    let (ids, latest) =
        tokio::try_join!(ids, async { Ok(logs::latest_block(&ctx.provider).await?) })?;
    let from = args.from_block.unwrap_or(d.deployment_block);
    if from > latest {
        return Err(CliError::usage(format!(
            "--from-block {from} is past the latest block ({latest})"
        ))
        .into());
    }

    let mut found = Vec::new();
    if !ids.is_empty() {
        let filter = filter(locking, mining, d.slasher, &ids);
        let span = latest - from + 1;
        let bar = Progress::blocks("reading events", span, DEFAULT_RANGE);
        let read = logs::read(
            &mut NodeLogs::new(&ctx.provider, filter),
            from,
            latest,
            DEFAULT_RANGE,
            |done| bar.set(done),
        )
        .await;
        bar.finish();
        found = read?;
        logs::fill_times(&ctx.provider, &mut found).await?;
    }
    let mut rows = Vec::new();
    for log in &found {
        if let Some(row) = row(log, locking, mining)? {
            rows.push(row);
        }
    }
    for log in found.iter().filter(|l| Some(l.address()) == d.slasher) {
        split_equivocation_slash(&mut rows, log);
    }

    match format {
        Format::Json => output::result(true, "", Value::Array(rows.iter().map(to_json).collect())),
        Format::Csv => output::print(&csv(&rows)),
        Format::Table => output::print(&table(&rows)),
    }
    Ok(())
}

/// The events `history` lists, by contract; each has the position id as its first indexed
/// topic. Compounding is read once, from the distributor (`RewardCompounded`), not also from
/// the locking contract (`Compounded`).
fn locking_events() -> [B256; 8] {
    [
        L::Locked::SIGNATURE_HASH,
        L::LockIncreased::SIGNATURE_HASH,
        L::WithdrawalRequested::SIGNATURE_HASH,
        L::Withdrawn::SIGNATURE_HASH,
        L::Jailed::SIGNATURE_HASH,
        L::Unjailed::SIGNATURE_HASH,
        L::Slashed::SIGNATURE_HASH,
        L::SignerUpdated::SIGNATURE_HASH,
    ]
}

fn mining_events() -> [B256; 2] {
    [
        M::RewardClaimed::SIGNATURE_HASH,
        M::RewardCompounded::SIGNATURE_HASH,
    ]
}

/// One filter for every range: the contracts, every event, every id (the equivocation
/// slasher's `EquivocationSlashed`, whose first indexed topic is the position too, tells how a
/// slash it made was split).
fn filter(
    locking: Address,
    mining: Option<Address>,
    slasher: Option<Address>,
    ids: &[U256],
) -> Filter {
    let mut addresses = vec![locking];
    let mut events = locking_events().to_vec();
    if let Some(m) = mining {
        addresses.push(m);
        events.extend(mining_events());
    }
    if let Some(s) = slasher {
        addresses.push(s);
        events.push(S::EquivocationSlashed::SIGNATURE_HASH);
    }
    Filter::new()
        .address(addresses)
        .event_signature(events)
        .topic1(ids.iter().map(|id| B256::from(*id)).collect::<Vec<_>>())
}

/// The row for one log, or `None` for a log this command does not list.
fn row(log: &Log, locking: Address, mining: Option<Address>) -> Result<Option<Row>> {
    let Some(&topic0) = log.topic0() else {
        return Ok(None);
    };
    let mut r = Row {
        block: log.block_number.unwrap_or_default(),
        time: log.block_timestamp.unwrap_or_default(),
        log_index: log.log_index.unwrap_or_default(),
        kind: "",
        id: U256::ZERO,
        amount: None,
        recipient: None,
        tx: log.transaction_hash.unwrap_or_default(),
        note: String::new(),
    };
    if log.address() == locking {
        if topic0 == L::Locked::SIGNATURE_HASH {
            let e: L::Locked = decode(log)?;
            (r.kind, r.id, r.amount) = ("lock", e.id, Some(e.amount));
            r.note = format!("signer {}", e.signer);
        } else if topic0 == L::LockIncreased::SIGNATURE_HASH {
            let e: L::LockIncreased = decode(log)?;
            (r.kind, r.id, r.amount) = ("top-up", e.id, Some(e.amount));
        } else if topic0 == L::WithdrawalRequested::SIGNATURE_HASH {
            let e: L::WithdrawalRequested = decode(log)?;
            (r.kind, r.id, r.amount) = ("unlock", e.id, Some(e.amount));
            if e.status == crate::contracts::status::UNLOCKING {
                r.note = "full".into();
            }
        } else if topic0 == L::Withdrawn::SIGNATURE_HASH {
            let e: L::Withdrawn = decode(log)?;
            (r.kind, r.id, r.amount) = ("withdraw", e.id, Some(e.amount));
            r.recipient = Some(e.owner);
            if e.exited {
                r.note = "exited".into();
            }
        } else if topic0 == L::Jailed::SIGNATURE_HASH {
            let e: L::Jailed = decode(log)?;
            (r.kind, r.id) = ("jail", e.id);
            r.note = format!("by {}", e.by);
        } else if topic0 == L::Unjailed::SIGNATURE_HASH {
            let e: L::Unjailed = decode(log)?;
            (r.kind, r.id) = ("unjail", e.id);
        } else if topic0 == L::Slashed::SIGNATURE_HASH {
            let e: L::Slashed = decode(log)?;
            (r.kind, r.id, r.amount) = ("slash", e.id, Some(e.amount));
            r.recipient = Some(e.treasury);
            r.note = e.reason;
        } else if topic0 == L::SignerUpdated::SIGNATURE_HASH {
            let e: L::SignerUpdated = decode(log)?;
            (r.kind, r.id) = ("signer", e.id);
            r.note = format!("signer {}", e.newSigner);
        } else {
            return Ok(None);
        }
    } else if Some(log.address()) == mining {
        if topic0 == M::RewardClaimed::SIGNATURE_HASH {
            let e: M::RewardClaimed = decode(log)?;
            (r.kind, r.id, r.amount) = ("claim", e.id, Some(e.amount));
            r.recipient = Some(e.to);
        } else if topic0 == M::RewardCompounded::SIGNATURE_HASH {
            let e: M::RewardCompounded = decode(log)?;
            (r.kind, r.id, r.amount) = ("compound", e.id, Some(e.amount));
        } else {
            return Ok(None);
        }
    } else {
        return Ok(None);
    }
    Ok(Some(r))
}

/// The slash row that `log` (an `EquivocationSlashed` of the slasher) split: the tokens went to
/// the reporter and the treasury, not to the slasher the locking contract paid, so the row has
/// no single recipient and its note gives both shares.
fn split_equivocation_slash(rows: &mut [Row], log: &Log) {
    let Ok(e) = decode::<S::EquivocationSlashed>(log) else {
        return;
    };
    let tx = log.transaction_hash.unwrap_or_default();
    if let Some(r) = rows
        .iter_mut()
        .find(|r| r.kind == "slash" && r.tx == tx && r.id == e.id)
    {
        r.recipient = None;
        r.note = format!(
            "equivocation at height {}: {} METIS to the reporter {}, {} METIS to the treasury",
            e.height,
            format_metis(e.reward),
            e.reporter,
            format_metis(e.amount - e.reward)
        );
    }
}

/// A unix timestamp in ISO 8601, UTC: `2026-11-29T12:00:00Z`.
fn iso(ts: u64) -> String {
    // format_ts gives `2026-11-29 12:00:00 UTC`.
    let s = format_ts(ts);
    format!("{}T{}Z", &s[..10], &s[11..19])
}

fn to_json(r: &Row) -> Value {
    json!({
        "block": r.block,
        "timestamp": r.time,
        "date": iso(r.time),
        "kind": r.kind,
        "position": r.id.to_string(),
        "amount": r.amount.map(|a| a.to_string()),
        "amountMetis": r.amount.map(format_metis),
        "token": r.amount.map(|_| TOKEN),
        "recipient": r.recipient,
        "tx": r.tx,
        "logIndex": r.log_index,
        "note": (!r.note.is_empty()).then(|| r.note.clone()),
    })
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
/// A free-text CSV cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or CR: a slash reason is governance's free text) is
/// prefixed with `'`, as OWASP recommends against CSV injection.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(rows: &[Row]) -> String {
    let mut out =
        String::from("date_utc,kind,position,amount_metis,token,recipient,tx_hash,block,note\n");
    for r in rows {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{}",
            iso(r.time),
            r.kind,
            r.id,
            r.amount.map(format_metis).unwrap_or_default(),
            if r.amount.is_some() { TOKEN } else { "" },
            r.recipient.map(|a| a.to_string()).unwrap_or_default(),
            r.tx,
            r.block,
            field(&r.note)
        );
    }
    out
}

fn table(rows: &[Row]) -> String {
    if rows.is_empty() {
        return "no events\n".into();
    }
    let head = [
        "date (UTC)",
        "block",
        "kind",
        "id",
        "amount METIS",
        "recipient",
        "tx",
        "note",
    ];
    let cells: Vec<[String; 8]> = rows
        .iter()
        .map(|r| {
            [
                format_ts(r.time).trim_end_matches(" UTC").to_string(),
                r.block.to_string(),
                r.kind.to_string(),
                r.id.to_string(),
                r.amount.map(format_metis).unwrap_or_else(|| "-".into()),
                r.recipient
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "-".into()),
                r.tx.to_string(),
                r.note.replace(['\n', '\r'], " "),
            ]
        })
        .collect();
    let mut width = head.map(str::len);
    for c in &cells {
        for (w, s) in width.iter_mut().zip(c) {
            *w = (*w).max(s.chars().count());
        }
    }
    // Numbers align right, text left; the last column is not padded.
    let line = |c: [&str; 8]| {
        let mut l = String::new();
        for (i, s) in c.iter().enumerate() {
            let w = width[i];
            match i {
                1 | 3 | 4 => {
                    let _ = write!(l, "{s:>w$}  ");
                }
                7 => l.push_str(s),
                _ => {
                    let _ = write!(l, "{s:<w$}  ");
                }
            }
        }
        l.trim_end().to_string() + "\n"
    };
    let mut out = line(head);
    for c in &cells {
        out.push_str(&line(c.each_ref().map(String::as_str)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(kind: &'static str, amount: Option<u64>, note: &str) -> Row {
        Row {
            block: 12,
            time: 1_795_953_600,
            log_index: 0,
            kind,
            id: U256::from(3),
            amount: amount.map(U256::from),
            recipient: None,
            tx: B256::repeat_byte(0xab),
            note: note.into(),
        }
    }

    #[test]
    fn dates_are_iso_8601_utc() {
        assert_eq!(iso(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso(1_795_953_600), "2026-11-29T12:00:00Z");
    }

    #[test]
    fn csv_quotes_free_text_and_leaves_amounts_exact() {
        let rows = [
            row("claim", Some(1), ""),
            row(
                "slash",
                Some(1_500_000_000_000_000_000),
                "double \"signing\", twice",
            ),
            row("jail", None, ""),
        ];
        let text = csv(&rows);
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(
            lines[0],
            "date_utc,kind,position,amount_metis,token,recipient,tx_hash,block,note"
        );
        let tx = B256::repeat_byte(0xab).to_string();
        assert_eq!(
            lines[1],
            format!("2026-11-29T12:00:00Z,claim,3,0.000000000000000001,METIS,,{tx},12,")
        );
        assert_eq!(
            lines[2],
            format!(
                "2026-11-29T12:00:00Z,slash,3,1.5,METIS,,{tx},12,\"double \"\"signing\"\", twice\""
            )
        );
        assert_eq!(lines[3], format!("2026-11-29T12:00:00Z,jail,3,,,,{tx},12,"));
        // A reason a spreadsheet would run as a formula is neutralised.
        assert_eq!(field("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(field("@SUM(1)"), "'@SUM(1)");
    }

    #[test]
    fn table_aligns_columns() {
        let rows = [
            row("lock", Some(20_000), "signer 0x01"),
            row("jail", None, ""),
        ];
        let text = table(&rows);
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("date (UTC)           block  kind  id"));
        assert!(lines[1].starts_with("2026-11-29 12:00:00     12  lock   3"));
        // The tx column starts at the same place on every line.
        let at = |l: &str| l.find("0xabab").unwrap();
        assert_eq!(at(lines[1]), at(lines[2]));
        assert_eq!(lines[0].find("tx"), Some(at(lines[1])));
        assert_eq!(table(&[]), "no events\n");
    }

    #[test]
    fn filter_has_both_contracts_every_event_and_every_id() {
        let f = filter(
            Address::repeat_byte(1),
            Some(Address::repeat_byte(2)),
            None,
            &[U256::from(1), U256::from(7)],
        );
        assert_eq!(f.address.len(), 2);
        assert_eq!(f.topics[0].len(), 10);
        let with_slasher = filter(
            Address::repeat_byte(1),
            Some(Address::repeat_byte(2)),
            Some(Address::repeat_byte(3)),
            &[U256::from(1)],
        );
        assert_eq!(with_slasher.address.len(), 3);
        assert!(with_slasher.topics[0].contains(&S::EquivocationSlashed::SIGNATURE_HASH));
        assert!(f.topics[0].contains(&M::RewardCompounded::SIGNATURE_HASH));
        assert!(!f.topics[0].contains(&L::Compounded::SIGNATURE_HASH));
        assert_eq!(f.topics[1].len(), 2);
        assert!(f.topics[1].contains(&B256::from(U256::from(7))));
        let without_mining = filter(Address::repeat_byte(1), None, None, &[U256::from(1)]);
        assert_eq!(without_mining.topics[0].len(), 8);
    }

    #[test]
    fn every_listed_event_has_the_id_as_first_indexed_topic() {
        use alloy::sol_types::SolType;
        fn topics<E: SolEvent>() -> (&'static str, &'static str, B256) {
            (
                E::SIGNATURE,
                <E::TopicList as SolType>::SOL_NAME,
                E::SIGNATURE_HASH,
            )
        }
        let listed = [
            topics::<L::Locked>(),
            topics::<L::LockIncreased>(),
            topics::<L::WithdrawalRequested>(),
            topics::<L::Withdrawn>(),
            topics::<L::Jailed>(),
            topics::<L::Unjailed>(),
            topics::<L::Slashed>(),
            topics::<L::SignerUpdated>(),
            topics::<M::RewardClaimed>(),
            topics::<M::RewardCompounded>(),
        ];
        for (sig, topic_list, _) in listed {
            // Topic 0 is the signature hash, topic 1 the first indexed argument.
            assert!(
                topic_list.starts_with("(bytes32,uint256"),
                "{sig}: {topic_list}"
            );
            assert!(sig.contains("(uint256"), "{sig}");
        }
        let (sig, topic_list, _) = topics::<S::EquivocationSlashed>();
        assert!(
            topic_list.starts_with("(bytes32,uint256"),
            "{sig}: {topic_list}"
        );
        let hashes: Vec<B256> = listed.iter().map(|t| t.2).collect();
        let filtered: Vec<B256> = locking_events()
            .into_iter()
            .chain(mining_events())
            .collect();
        assert_eq!(hashes, filtered);
    }
}
