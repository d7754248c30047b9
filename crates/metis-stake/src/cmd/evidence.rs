//! `evidence`: slashing from CometBFT double-sign evidence (issue 20). `deploy` an
//! EquivocationSlasher for the L2's chain id, `info` about it, `submit` CometBFT's
//! `DuplicateVoteEvidence` JSON as the node's RPC returns it: parsed with tendermint-proto (the
//! reference types), turned into the fields of each vote's sign bytes and its signature,
//! simulated and sent like every other transaction.

use crate::amount::{metis, percent};
use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output;
use crate::pipeline::{self, Action};
use crate::rpc::Reads;
use alloy::primitives::{keccak256, Address, Bytes, B256, U256};
use alloy::sol_types::SolValue;
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::equivocation_slasher::CanonicalVote::Vote;
use metis_bindings::equivocation_slasher::EquivocationSlasher as S;
use metis_bindings::sequencer_locking::SequencerLocking as L;
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::PathBuf;
use tendermint_proto::v0_38::types as proto;

#[derive(Subcommand, Debug)]
pub enum EvidenceCmd {
    /// Deploy the equivocation slasher for the L2's CometBFT chain id and record it (governance then gives it the role: `gov set-slasher`)
    Deploy(DeployArgs),
    /// The slasher: chain id, slash, reporter's share, evidence age, whether it holds the role
    Info,
    /// Set the slasher's slash, reporter's share and evidence age (governance: the slasher's owner, through the timelock like every `gov` command); options left out keep their value
    SetParams(SetParamsArgs),
    /// Report CometBFT DuplicateVoteEvidence JSON (as the node's RPC returns it): commits to it, then reveals it in the next block, which slashes the sequencer and pays you (or --reporter) the reporter's share
    Submit(SubmitArgs),
}

#[derive(Args, Debug)]
pub struct DeployArgs {
    /// The L2's CometBFT chain id (genesis `chain_id`), e.g. metis-sequencer-1
    #[arg(long)]
    pub chain_id: String,
    /// The slash, percent of principal + pending withdrawal (at most 10, the per-event cap)
    #[arg(long, value_name = "PERCENT", default_value = "5", value_parser = crate::amount::parse_percent_bps)]
    pub slash: u64,
    /// The reporter's share of the slash, percent (at most 50)
    #[arg(long, value_name = "PERCENT", default_value = "10", value_parser = crate::amount::parse_percent_bps)]
    pub reporter_share: u64,
    /// The oldest a vote may be, days (at most the unlock delay)
    #[arg(long, value_name = "DAYS", default_value_t = 7)]
    pub max_age_days: u64,
    /// Replace the slasher already in the deployments file
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct SetParamsArgs {
    /// The slash, percent of principal + pending withdrawal (0.01 to 10)
    #[arg(long, value_name = "PERCENT", value_parser = crate::amount::parse_percent_bps)]
    pub slash: Option<u64>,
    /// The reporter's share of the slash, percent (0 to 50)
    #[arg(long, value_name = "PERCENT", value_parser = crate::amount::parse_percent_bps)]
    pub reporter_share: Option<u64>,
    /// The oldest a vote may be, days (1 to the unlock delay)
    #[arg(long, value_name = "DAYS")]
    pub max_age_days: Option<u64>,
    #[command(flatten)]
    pub gov: crate::opts::GovOpts,
}

#[derive(Args, Debug)]
pub struct SubmitArgs {
    /// The evidence: `{"type": "tendermint/DuplicateVoteEvidence", "value": {...}}` or its
    /// `value` alone (`vote_a`, `vote_b`, ...), as CometBFT's RPC returns it (`/block`,
    /// `evidence.evidence[i]`); `-` reads stdin
    pub file: PathBuf,
    /// The address paid the reporter's share (default: the sender)
    #[arg(long, value_name = "ADDRESS")]
    pub reporter: Option<alloy::primitives::Address>,
}

pub async fn run(ctx: &Ctx, cmd: EvidenceCmd) -> Result<()> {
    match cmd {
        EvidenceCmd::Deploy(a) => deploy(ctx, a).await,
        EvidenceCmd::Info => info(ctx).await,
        EvidenceCmd::Submit(a) => submit(ctx, a).await,
        EvidenceCmd::SetParams(a) => set_params(ctx, a).await,
    }
}

/// `metis-stake evidence deploy --chain-id ID`: governed by the locking contract's owner.
async fn deploy(ctx: &Ctx, args: DeployArgs) -> Result<()> {
    ctx.sender()?;
    let path = ctx.deployments_path();
    let mut d = ctx.deployments()?;
    crate::deployments::Deployments::refuse_replacing(&path, "slasher", d.slasher, args.force)?;
    let locking = d.locking()?;
    let mut r = Reads::new();
    let owner = r.add(locking, L::ownerCall {});
    let delay = r.add(locking, L::unlockDelayCall {});
    let answers = r.send(ctx).await?;
    let owner = answers.get(&owner)?;
    let delay: u64 = answers.get(&delay)?.saturating_to();
    // Out of range on purpose when the days are: the slasher refuses it in words.
    let max_age = args.max_age_days.saturating_mul(86_400);
    let init = S::deploy_builder(
        ctx.provider.clone(),
        locking,
        owner,
        Bytes::from(args.chain_id.clone().into_bytes()),
        U256::from(args.slash),
        U256::from(args.reporter_share),
        U256::from(max_age),
    )
    .calldata()
    .clone();
    let outcome = pipeline::execute(
        ctx,
        &Action::deploy("deploy EquivocationSlasher", init, Contract::Slasher)
            .hint_on::<S::InvalidParams>(format!(
                "--slash 0.01 to 10, --reporter-share 0 to 50, --max-age-days 1 to the unlock delay: {} ({} whole days)",
                crate::time::format_duration(delay),
                delay / 86_400
            ))
            .rerun("nothing is recorded until the end: run it again with --force"),
    )
    .await?;
    let slasher = outcome.created("deploy EquivocationSlasher")?;
    d.slasher = Some(slasher);
    d.save(&path)?;
    output::result(
        ctx.json(),
        format!(
            "deployed the equivocation slasher {slasher} for chain {}, recorded in {}\n  governance {owner} (the locking contract's owner)\n  slash      {}%, reporter {}% of it, evidence up to {} days old\nnext: governance gives it the role: metis-stake gov set-slasher {slasher}",
            args.chain_id,
            path.display(),
            percent(args.slash),
            percent(args.reporter_share),
            args.max_age_days
        ),
        json!({ "slasher": slasher, "chainId": args.chain_id, "governance": owner, "slashBps": args.slash, "reporterBps": args.reporter_share, "maxEvidenceAge": max_age, "tx": outcome.tx() }),
    );
    Ok(())
}

/// `metis-stake evidence set-params [--slash P] [--reporter-share P] [--max-age-days D]`
async fn set_params(ctx: &Ctx, args: SetParamsArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let slasher = d.slasher()?;
    let mut r = Reads::new();
    let params = r.add(slasher, S::paramsCall {});
    let p = r.send(ctx).await?.get(&params)?;
    let slash = args.slash.map(U256::from).unwrap_or(p.slashBps);
    let share = args.reporter_share.map(U256::from).unwrap_or(p.reporterBps);
    let age = args
        .max_age_days
        .map(|days| U256::from(days.saturating_mul(86_400)))
        .unwrap_or(p.maxEvidenceAge);
    let call = crate::governance::GovCall::new(
        format!(
            "set the slasher's slash to {}%, the reporter's share to {}%, evidence up to {} old",
            percent(slash.saturating_to()),
            percent(share.saturating_to()),
            crate::time::format_duration(age.saturating_to())
        ),
        slasher,
        S::setParamsCall {
            slashBps_: slash,
            reporterBps_: share,
            maxEvidenceAge_: age,
        },
    );
    crate::governance::govern(ctx, &d, call, &args.gov).await
}

/// `metis-stake evidence info`
async fn info(ctx: &Ctx) -> Result<()> {
    let d = ctx.deployments()?;
    let slasher = d.slasher()?;
    let mut r = Reads::new();
    let chain = r.add(slasher, S::chainIdCall {});
    let params = r.add(slasher, S::paramsCall {});
    let role = r.add(d.locking()?, L::slasherCall {});
    let governance = r.add(slasher, S::ownerCall {});
    let a = r.send(ctx).await?;
    let governance = a.get(&governance)?;
    let chain = String::from_utf8_lossy(&a.get(&chain)?).into_owned();
    let p = a.get(&params)?;
    let holder = a.get(&role)?;
    let holds = holder == slasher;
    let age: u64 = p.maxEvidenceAge.saturating_to();
    output::result(
        ctx.json(),
        format!(
            "equivocation slasher {slasher}\n  chain id   {chain}\n  slash      {}% of principal + pending withdrawal\n  reporter   {}% of the slash\n  evidence   up to {} old, and at most 1 hour ahead of this chain's clock\n  governance {governance}\n  role       {}",
            percent(p.slashBps.saturating_to()),
            percent(p.reporterBps.saturating_to()),
            crate::time::format_duration(age),
            if holds {
                "held: it may slash and jail".to_string()
            } else if holder.is_zero() {
                format!("not held: governance runs `metis-stake gov set-slasher {slasher}`")
            } else {
                format!("not held: {holder} holds it (is this deployments file out of date?)")
            }
        ),
        json!({ "slasher": slasher, "chainId": chain, "governance": governance, "slashBps": p.slashBps.saturating_to::<u64>(), "reporterBps": p.reporterBps.saturating_to::<u64>(), "maxEvidenceAge": age, "holdsRole": holds, "roleHolder": holder }),
    );
    Ok(())
}

/// The evidence file's two votes, with their 64-byte signatures.
fn read_evidence(file: &PathBuf) -> Result<((Vote, Bytes), (Vote, Bytes))> {
    let text = if file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())?
    } else {
        std::fs::read_to_string(file)
            .map_err(|e| CliError::usage(format!("cannot read {}: {e}", file.display())))?
    };
    let bad = |why: String| -> eyre::Report {
        CliError::usage(format!("{} is not CometBFT duplicate-vote evidence: {why}", file.display()))
            .hint("give the evidence as the node's RPC returns it: {\"type\": \"tendermint/DuplicateVoteEvidence\", \"value\": {\"vote_a\": ..., \"vote_b\": ...}} (or the value alone)")
            .into()
    };
    let v: Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    if v.get("result").is_some() || v.get("block").is_some() || v.get("evidence").is_some() {
        return Err(bad(
            "it is a block (or an RPC response holding one): give one piece of its evidence, `result.block.evidence.evidence[i]`, in a file of its own".into(),
        ));
    }
    if let Value::Array(list) = &v {
        return Err(bad(format!(
            "it is a list of {} pieces of evidence: give one (`evidence.evidence[i]` of the block), in a file of its own",
            list.len()
        )));
    }
    let value = match v.get("type").and_then(Value::as_str) {
        Some("tendermint/DuplicateVoteEvidence") => v.get("value").cloned().unwrap_or_default(),
        Some(other) => return Err(bad(format!("its type is {other}"))),
        None => v,
    };
    let e: proto::DuplicateVoteEvidence =
        serde_json::from_value(with_optional_fields(value)).map_err(|e| bad(e.to_string()))?;
    let a = e.vote_a.ok_or_else(|| bad("no vote_a".into()))?;
    let b = e.vote_b.ok_or_else(|| bad("no vote_b".into()))?;
    Ok((vote_of(&a).map_err(bad)?, vote_of(&b).map_err(bad)?))
}

/// Adds the fields tendermint-proto requires that a CometBFT RPC may leave out of a vote
/// (`extension`, `extension_signature`, before 0.38) and of the evidence.
fn with_optional_fields(mut v: Value) -> Value {
    for key in ["vote_a", "vote_b"] {
        if let Some(vote) = v.get_mut(key).and_then(Value::as_object_mut) {
            vote.entry("extension").or_insert(Value::Null);
            vote.entry("extension_signature").or_insert(Value::Null);
        }
    }
    if let Some(o) = v.as_object_mut() {
        if !o.contains_key("total_voting_power") && !o.contains_key("TotalVotingPower") {
            o.insert("total_voting_power".into(), json!("0"));
        }
        if !o.contains_key("validator_power") && !o.contains_key("ValidatorPower") {
            o.insert("validator_power".into(), json!("0"));
        }
    }
    v
}

/// One vote as the slasher takes it (the fields of its sign bytes) and its signature.
fn vote_of(v: &proto::Vote) -> std::result::Result<(Vote, Bytes), String> {
    let word = |b: &[u8], what: &str| -> std::result::Result<B256, String> {
        match b.len() {
            0 => Ok(B256::ZERO),
            32 => Ok(B256::from_slice(b)),
            n => Err(format!("{what} is {n} bytes, not 32")),
        }
    };
    let (block_hash, parts_total, parts_hash) = match &v.block_id {
        Some(id) => {
            let psh = id.part_set_header.clone().unwrap_or_default();
            (
                word(&id.hash, "a block hash")?,
                psh.total,
                word(&psh.hash, "a part set hash")?,
            )
        }
        None => (B256::ZERO, 0, B256::ZERO),
    };
    let ts = v.timestamp.unwrap_or_default();
    if v.signature.len() != 64 {
        return Err(format!(
            "a signature is {} bytes, not 64 (secp256k1 r || s)",
            v.signature.len()
        ));
    }
    Ok((
        Vote {
            voteType: u8::try_from(v.r#type).map_err(|_| format!("vote type {}", v.r#type))?,
            height: u64::try_from(v.height).map_err(|_| format!("height {}", v.height))?,
            round: u32::try_from(v.round).map_err(|_| format!("round {}", v.round))?,
            blockHash: block_hash,
            partsTotal: parts_total,
            partsHash: parts_hash,
            timestampSeconds: u64::try_from(ts.seconds)
                .map_err(|_| format!("timestamp {}", ts.seconds))?,
            timestampNanos: u32::try_from(ts.nanos).map_err(|_| format!("nanos {}", ts.nanos))?,
        },
        Bytes::from(v.signature.clone()),
    ))
}

/// The refusal of an offence the slasher has already slashed, with where it was (its
/// `EquivocationSlashed` event, found by the offence, an indexed topic).
async fn already_slashed(
    ctx: &Ctx,
    d: &crate::deployments::Deployments,
    slasher: Address,
    offence: B256,
) -> CliError {
    use crate::logs::{self, NodeLogs};
    use alloy::rpc::types::Filter;
    use alloy::sol_types::SolEvent;
    let refusal = CliError::failed(format!(
        "this offence was already slashed (offence {offence})"
    ));
    let filter = Filter::new()
        .address(slasher)
        .event_signature(S::EquivocationSlashed::SIGNATURE_HASH)
        .topic3(offence);
    let Ok(to) = logs::latest_block(&ctx.provider).await else {
        return refusal;
    };
    let mut source = NodeLogs::new(&ctx.provider, filter);
    let found = logs::read(
        &mut source,
        d.deployment_block,
        to,
        logs::DEFAULT_RANGE,
        |_| {},
    )
    .await;
    match found.ok().and_then(|l| l.into_iter().next()) {
        Some(log) => match S::EquivocationSlashed::decode_log(&log.inner) {
            Ok(e) => CliError::failed(format!(
                "this offence was already slashed: sequencer {} lost {} for it in block {} (tx {}), {} paid to {}",
                e.data.id,
                metis(e.data.amount),
                log.block_number.unwrap_or_default(),
                log.transaction_hash.unwrap_or_default(),
                metis(e.data.reward),
                e.data.reporter
            )),
            Err(_) => refusal,
        },
        None => refusal,
    }
}

/// The salt hiding a report's commitment: the sender's (deterministic) signature over the
/// slasher, the offence and the reporter, hashed. Secret to anyone without the key, and the same
/// on every run, so a run stopped between the commit and the reveal resumes with it.
fn salt(ctx: &Ctx, slasher: Address, offence: B256, reporter: Address) -> Result<B256> {
    let what = keccak256(
        (
            "metis-stake evidence salt".to_string(),
            U256::from(ctx.chain_id),
            slasher,
            offence,
            reporter,
        )
            .abi_encode(),
    );
    Ok(keccak256(ctx.sign_hash(what)?.as_bytes()))
}

/// `metis-stake evidence submit FILE [--reporter ADDRESS]`: commit, then reveal in a later
/// block. The commitment (`commitmentOf(offenceKey(signer, height, round, type), reporter,
/// salt)`) is sent only after the slasher has judged the reveal in a simulated next block, and
/// not again when it is already on chain (a run stopped after the commit).
async fn submit(ctx: &Ctx, args: SubmitArgs) -> Result<()> {
    let ((a, sig_a), (b, sig_b)) = read_evidence(&args.file)?;
    let d = ctx.deployments()?;
    let slasher = d.slasher()?;
    let sender = ctx.sender()?;
    let reporter = args.reporter.unwrap_or(sender);
    if reporter.is_zero() {
        return Err(
            CliError::usage("--reporter is the zero address: nobody would be paid")
                .hint("name the address to pay, or leave --reporter out to be paid yourself")
                .into(),
        );
    }
    let height = a.height;
    let kind = match a.voteType {
        1 => "prevotes",
        2 => "precommits",
        _ => "votes",
    };
    // The slasher recovers the signer (and refuses evidence it would never slash).
    let mut r = Reads::new();
    let signer = r.add(
        slasher,
        S::signerOfCall {
            a: a.clone(),
            sigA: sig_a.clone(),
            b: b.clone(),
            sigB: sig_b.clone(),
        },
    );
    let signer = r.send(ctx).await?.get(&signer)?;
    let mut r = Reads::new();
    let offence = r.add(
        slasher,
        S::offenceKeyCall {
            signer,
            height: a.height,
            round: a.round,
            voteType: a.voteType,
        },
    );
    let offence = r.send(ctx).await?.get(&offence)?;
    let salt = salt(ctx, slasher, offence, reporter)?;
    let mut r = Reads::new();
    let commitment = r.add(
        slasher,
        S::commitmentOfCall {
            offence,
            reporter,
            salt,
        },
    );
    let commitment = r.send(ctx).await?.get(&commitment)?;
    let mut r = Reads::new();
    let made = r.add(slasher, S::commitmentsCall { commitment });
    let done = r.add(slasher, S::slashedCall { offence });
    let answers = r.send(ctx).await?;
    let made = answers.get(&made)?;
    if answers.get(&done)? {
        return Err(already_slashed(ctx, &d, slasher, offence).await.into());
    }

    let reveal = S::revealCall {
        a,
        sigA: sig_a,
        b,
        sigB: sig_b,
        reporter,
        salt,
    };
    let mut reveal = Action::call(
        format!("reveal the double-sign evidence at height {height}"),
        slasher,
        reveal,
        Contract::Slasher,
    )
    .rerun("running it again is safe: it reveals the commitment already made, and an offence is slashed once");
    // The locking contract refuses a slash by a slasher without its role with `Ownable`'s error.
    reveal.rewords.push((
        <L::OwnableUnauthorizedAccount as alloy::sol_types::SolError>::SELECTOR,
        CliError::failed(format!(
            "the slasher {slasher} does not hold the locking contract's slasher role"
        ))
        .hint("governance gives it: `metis-stake gov set-slasher`; `metis-stake evidence info` shows it"),
    ));
    let committed = if made.is_zero() {
        // The commit, judged together with the reveal one block later: nothing is sent for
        // evidence the slasher would refuse.
        let commit = Action::call(
            format!(
                "commit to the double-sign evidence at height {height} (commitment {commitment})"
            ),
            slasher,
            S::commitCall { commitment },
            Contract::Slasher,
        )
        .rerun("running it again reveals with the commitment made")
        .then_later(pipeline::Later {
            // Two slots after the latest block, by the chain's clock (not the wall clock: the
            // evidence's age is judged against the chain's).
            at: crate::governance::latest_time(ctx).await? + 24,
            from: sender,
            calls: vec![pipeline::LaterCall {
                to: slasher,
                data: reveal.data.clone(),
                judge: Contract::Slasher,
                what: reveal.label.clone(),
            }],
            refused: "nothing was sent: the slasher would refuse the reveal".into(),
        });
        let mut commit = commit;
        commit.rewords = reveal.rewords.clone();
        Some(pipeline::execute(ctx, &commit).await?.tx())
    } else {
        output::step(format!(
            "commitment {commitment} already made in block {made}: revealing it"
        ));
        None
    };
    // Judged in the block after the latest (the commitment's block or later), as mined.
    let (number, time) = crate::governance::latest_block(ctx).await?;
    let outcome = pipeline::execute(ctx, &reveal.in_block(number + 1, time + 12)).await?;
    let e = outcome.event::<S::EquivocationSlashed>().ok_or_else(|| {
        CliError::failed("the reveal was mined but emitted no EquivocationSlashed event")
    })?;
    let from_pending = outcome
        .event::<L::Slashed>()
        .map(|x| x.fromPending)
        .unwrap_or_default();
    let jailed = outcome.event::<L::Jailed>().is_some();
    let treasury = e.amount - e.reward;
    let mut what = format!(
        "sequencer {} (signer {}) slashed {}",
        e.id,
        e.signer,
        metis(e.amount)
    );
    if !from_pending.is_zero() {
        let _ = write!(
            what,
            " ({} of it from its pending withdrawal)",
            metis(from_pending)
        );
    }
    let _ = write!(
        what,
        " for two conflicting {kind} at height {}, round {}{}; {} paid to {}, {} to the treasury (tx {})",
        e.height,
        e.round,
        if jailed { ", and jailed" } else { "" },
        metis(e.reward),
        e.reporter,
        metis(treasury),
        outcome.tx()
    );
    output::result(
        ctx.json(),
        what,
        json!({ "id": e.id.to_string(), "signer": e.signer, "offence": e.offence, "height": e.height.to_string(), "round": e.round, "voteType": e.voteType, "amount": e.amount.to_string(), "fromPendingWithdrawal": from_pending.to_string(), "jailed": jailed, "reward": e.reward.to_string(), "reporter": e.reporter, "toTreasury": treasury.to_string(), "commitment": commitment, "commitTx": committed, "tx": outcome.tx() }),
    );
    Ok(())
}
