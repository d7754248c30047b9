//! `grants create|list|show|claim|approve|revoke|fund|propose|accept`: the LST grant program.

use crate::amount::metis;
use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::governance::{self, explicit_time_through_timelock, GovCall};
use crate::opts::{AmountOpts, GovOpts};
use crate::output;
use crate::pipeline::{self, Action, Outcome};
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use alloy::primitives::{Address, U256};
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::grant_escrow::GrantEscrow;
use metis_bindings::test_metis::TestMetis;
use serde_json::json;
use std::fmt::Write;

#[derive(Subcommand, Debug)]
pub enum GrantsCmd {
    /// The pool: size, allocated, claimed, available
    Info,
    /// List grants (all, or of one beneficiary)
    List(ListArgs),
    /// Create a vesting grant (governance)
    Create(CreateArgs),
    /// Claim what has vested (beneficiary)
    Claim(GrantClaimArgs),
    /// Raise the approved cap of a milestone-gated grant (governance)
    Approve(ApproveArgs),
    /// Revoke a revocable grant: the vested part stays claimable, the rest returns to the pool (governance)
    Revoke(GrantIdGov),
    /// Fund the escrow (anyone)
    Fund(AmountOpts),
    /// Propose a new beneficiary (current beneficiary; the new one must accept)
    Propose(ProposeArgs),
    /// Accept being the beneficiary of a grant (the proposed beneficiary)
    Accept(GrantId),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only grants of this beneficiary
    #[arg(long, value_name = "ADDRESS")]
    pub beneficiary: Option<Address>,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Who receives the grant (e.g. the LST protocol's multisig)
    pub beneficiary: Address,
    #[command(flatten)]
    pub amount: AmountOpts,
    /// Vesting start, unix seconds [default: 12 s after the latest block, so the transaction lands before it; required through a timelock]
    #[arg(long, value_name = "UNIX_SECONDS", value_parser = crate::time::parse_unix_seconds)]
    pub start: Option<u64>,
    /// Cliff in days after the start
    #[arg(long, default_value_t = 0, value_name = "DAYS")]
    pub cliff_days: u64,
    /// Vesting duration in days
    #[arg(long, value_name = "DAYS")]
    pub duration_days: u64,
    /// Governance may revoke the unvested part
    #[arg(long)]
    pub revocable: bool,
    /// Releases need milestone approvals (`grants approve`)
    #[arg(long)]
    pub milestones: bool,
    /// Short description or URI, recorded in the event
    #[arg(long, default_value = "")]
    pub description: String,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct GrantClaimArgs {
    /// Grant id
    pub id: u64,
    /// Pay to this address [default: the beneficiary]
    #[arg(long, value_name = "ADDRESS")]
    pub to: Option<Address>,
}

#[derive(Args, Debug)]
pub struct ApproveArgs {
    /// Grant id
    pub id: u64,
    /// New approved cap (total releasable), in METIS (in wei with --wei)
    #[command(flatten)]
    pub cap: AmountOpts,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct GrantIdGov {
    /// Grant id
    pub id: u64,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct GrantId {
    /// Grant id
    pub id: u64,
}

#[derive(Args, Debug)]
pub struct ProposeArgs {
    /// Grant id
    pub id: u64,
    /// The proposed beneficiary (who must then run `grants accept`)
    pub new_beneficiary: Address,
}

pub async fn run(ctx: &Ctx, cmd: GrantsCmd) -> Result<()> {
    let d = ctx.deployments()?;
    let g = d.grants()?;
    match cmd {
        GrantsCmd::Info => {
            let mut r = Reads::new();
            let pool = r.add(g, GrantEscrow::POOLCall {});
            let alloc = r.add(g, GrantEscrow::allocatedCall {});
            let claimed = r.add(g, GrantEscrow::totalClaimedCall {});
            let avail = r.add(g, GrantEscrow::availableCall {});
            let count = r.add(g, GrantEscrow::grantCountCall {});
            let bal = r.add(d.token, TestMetis::balanceOfCall { account: g });
            let a = r.send(ctx).await?;
            let (pool, alloc, claimed, avail, count, bal) = (
                a.get(&pool)?,
                a.get(&alloc)?,
                a.get(&claimed)?,
                a.get(&avail)?,
                a.get(&count)?,
                a.get(&bal)?,
            );
            output::result(
                ctx.json(),
                format!(
                    "pool       {}\nallocated  {}\nclaimed    {}\navailable  {} (to new grants)\nbalance    {}\ngrants     {count}",
                    metis(pool), metis(alloc), metis(claimed), metis(avail), metis(bal)
                ),
                json!({ "pool": pool.to_string(), "allocated": alloc.to_string(), "claimed": claimed.to_string(), "available": avail.to_string(), "balance": bal.to_string(), "grants": count.to_string() }),
            );
            Ok(())
        }
        GrantsCmd::List(a) => list(ctx, g, a).await,
        GrantsCmd::Create(a) => {
            let amount = a.amount.wei()?;
            if a.duration_days == 0 {
                return Err(CliError::usage("--duration-days must be at least 1").into());
            }
            let start = explicit_time_through_timelock(ctx, &d, g, a.start, "--start").await?;
            let call = GrantEscrow::createGrantCall {
                beneficiary: a.beneficiary,
                amount,
                start: U256::from(start),
                cliff: U256::from(a.cliff_days * 86_400),
                duration: U256::from(a.duration_days * 86_400),
                revocable: a.revocable,
                milestoneGated: a.milestones,
                description: a.description.clone(),
            };
            let label = format!(
                "grant {} to {} vesting over {} from {}",
                metis(amount),
                a.beneficiary,
                format_duration(a.duration_days * 86_400),
                format_ts(start)
            );
            governance::govern(ctx, &d, GovCall::new(label, g, call), &a.gov).await?;
            Ok(())
        }
        GrantsCmd::Claim(a) => {
            let id = U256::from(a.id);
            let action = Action::call(
                format!("claim what has vested of grant {id}"),
                g,
                GrantEscrow::claimCall {
                    id,
                    to: a.to.unwrap_or(Address::ZERO),
                },
                Contract::Grants,
            )
            .rerun("running it again is safe: what was paid is not paid twice");
            let outcome = pipeline::execute(ctx, &action).await?;
            let e = outcome
                .event::<GrantEscrow::GrantClaimed>()
                .ok_or_else(|| {
                    CliError::failed("the claim was mined but emitted no GrantClaimed event")
                })?;
            output::result(
                ctx.json(),
                format!(
                    "claimed {} of grant {id}, paid to {}",
                    metis(e.amount),
                    e.to
                ),
                json!({ "id": id.to_string(), "claimed": e.amount.to_string(), "to": e.to, "tx": outcome.tx() }),
            );
            Ok(())
        }
        GrantsCmd::Approve(a) => {
            let cap = a.cap.wei()?;
            let call = GovCall::new(
                format!("approve up to {} of grant {}", metis(cap), a.id),
                g,
                GrantEscrow::approveMilestoneCall {
                    id: U256::from(a.id),
                    newCap: cap,
                },
            );
            governance::govern(ctx, &d, call, &a.gov).await?;
            Ok(())
        }
        GrantsCmd::Revoke(a) => {
            let call = GovCall::new(
                format!("revoke grant {}", a.id),
                g,
                GrantEscrow::revokeCall {
                    id: U256::from(a.id),
                },
            )
            .describe(describe_revoke);
            governance::govern(ctx, &d, call, &a.gov).await?;
            Ok(())
        }
        GrantsCmd::Fund(a) => {
            let amount = a.wei()?;
            let action = Action::call(
                format!("fund the grant escrow with {}", metis(amount)),
                g,
                GrantEscrow::fundCall { amount },
                Contract::Grants,
            )
            .pulls(d.token, amount, "the grant escrow")
            .rerun("check `metis-stake grants info` before running the command again: a second run funds again");
            let outcome = pipeline::execute(ctx, &action).await?;
            let received = outcome
                .event::<GrantEscrow::Funded>()
                .map(|e| e.amount)
                .unwrap_or(amount);
            output::result(
                ctx.json(),
                format!("funded the grant escrow with {}", metis(received)),
                json!({ "funded": received.to_string(), "tx": outcome.tx() }),
            );
            Ok(())
        }
        GrantsCmd::Propose(a) => {
            let id = U256::from(a.id);
            let action = Action::call(
                format!("propose {} as beneficiary of grant {id}", a.new_beneficiary),
                g,
                GrantEscrow::proposeBeneficiaryCall {
                    id,
                    newBeneficiary: a.new_beneficiary,
                },
                Contract::Grants,
            )
            .rerun("running it again is safe: it proposes the same beneficiary");
            let outcome = pipeline::execute(ctx, &action).await?;
            output::result(
                ctx.json(),
                format!(
                    "proposed {} for grant {id}; they must run `metis-stake grants accept {id}`",
                    a.new_beneficiary
                ),
                json!({ "id": id.to_string(), "proposed": a.new_beneficiary, "tx": outcome.tx() }),
            );
            Ok(())
        }
        GrantsCmd::Accept(a) => {
            let id = U256::from(a.id);
            let action = Action::call(
                format!("accept grant {id}"),
                g,
                GrantEscrow::acceptBeneficiaryCall { id },
                Contract::Grants,
            )
            .rerun("running it again is safe: an accepted grant is refused, not changed");
            let outcome = pipeline::execute(ctx, &action).await?;
            output::result(
                ctx.json(),
                format!("{} is now the beneficiary of grant {id}", ctx.sender()?),
                json!({ "id": id.to_string(), "tx": outcome.tx() }),
            );
            Ok(())
        }
    }
}

/// What a revocation kept for the beneficiary and returned to the pool (`GrantRevoked`).
fn describe_revoke(o: &Outcome) -> (String, serde_json::Value) {
    match o.event::<GrantEscrow::GrantRevoked>() {
        Some(e) => (
            format!(
                "  kept      {} (vested: stays claimable by the beneficiary)\n  returned  {} (unvested: back in the pool for new grants)",
                metis(e.kept),
                metis(e.returned)
            ),
            json!({ "id": e.id.to_string(), "kept": e.kept.to_string(), "returned": e.returned.to_string() }),
        ),
        None => (String::new(), json!({})),
    }
}

async fn list(ctx: &Ctx, g: Address, args: ListArgs) -> Result<()> {
    let ids: Vec<U256> = match args.beneficiary {
        Some(b) => {
            let mut r = Reads::new();
            let s = r.add(g, GrantEscrow::grantsOfCall { beneficiary: b });
            r.send(ctx).await?.get(&s)?
        }
        None => {
            let mut r = Reads::new();
            let s = r.add(g, GrantEscrow::grantCountCall {});
            let n = r.send(ctx).await?.get(&s)?.saturating_to::<u64>();
            (1..=n).map(U256::from).collect()
        }
    };
    let mut r = Reads::new();
    let slots: Vec<_> = ids
        .iter()
        .map(|id| {
            (
                r.add(g, GrantEscrow::grantCall { id: *id }),
                r.add(g, GrantEscrow::claimableCall { id: *id }),
            )
        })
        .collect();
    let a = r.send(ctx).await?;
    let mut human = String::new();
    let mut items = Vec::new();
    for (id, (gs, cs)) in ids.iter().zip(slots.iter()) {
        let gr = a.get(gs)?;
        let due = a.get(cs)?;
        let amount = U256::from(gr.amount);
        let claimed = U256::from(gr.claimed);
        let start: u64 = gr.start.to();
        let _ = writeln!(
            human,
            "grant {id}  {}  {} (claimed {}, claimable {}){}{}\n  vests {} .. {} (cliff {}){}",
            gr.beneficiary,
            metis(amount),
            metis(claimed),
            metis(due),
            if gr.revocable { ", revocable" } else { "" },
            if gr.revoked { ", REVOKED" } else { "" },
            format_ts(start),
            format_ts(start + u64::from(gr.duration)),
            format_duration(u64::from(gr.cliff)),
            if gr.milestoneGated {
                format!(
                    "\n  milestones approved up to {}",
                    metis(U256::from(gr.approvedCap))
                )
            } else {
                String::new()
            },
        );
        items.push(json!({
            "id": id.to_string(), "beneficiary": gr.beneficiary, "amount": amount.to_string(), "claimed": claimed.to_string(),
            "claimable": due.to_string(), "start": start, "cliff": gr.cliff, "duration": gr.duration, "revocable": gr.revocable,
            "milestoneGated": gr.milestoneGated, "approvedCap": U256::from(gr.approvedCap).to_string(), "revoked": gr.revoked,
            "pendingBeneficiary": gr.pendingBeneficiary,
        }));
    }
    if ids.is_empty() {
        human.push_str("no grants\n");
    }
    output::result(ctx.json(), human.trim_end(), json!({ "grants": items }));
    Ok(())
}
