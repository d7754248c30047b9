//! `claim` and `rewards info|fund|start`.

use crate::amount::metis;
use crate::cli::AmountOpts;
use crate::cmd::gov::{self, GovOpts};
use crate::cmd::token::{approve_if_short, ensure_balance};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::rpc::Reads;
use crate::time::format_ts;
use crate::{output, tx};
use alloy::primitives::{Address, U256};
use alloy::sol_types::SolCall;
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::sequencer_mining::SequencerMining;
use metis_bindings::test_metis::TestMetis;
use serde_json::json;

#[derive(Args, Debug)]
pub struct ClaimArgs {
    /// Sequencer id
    pub id: u64,
    /// Send the reward here [default: the position's reward recipient]
    #[arg(long, value_name = "ADDRESS", conflicts_with = "compound")]
    pub to: Option<Address>,
    /// Add the reward to the lock instead of paying it out
    #[arg(long)]
    pub compound: bool,
}

#[derive(Subcommand, Debug)]
pub enum RewardsCmd {
    /// The program: rate, window, funding, liability and headroom
    Info,
    /// Fund the reward budget (anyone may)
    Fund(AmountOpts),
    /// Fix the program's start (governance; once): now, or --at a unix time
    Start(StartArgs),
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Unix time to start at [default: the next block's time]
    #[arg(long, value_name = "UNIX_SECONDS")]
    pub at: Option<u64>,
    #[command(flatten)]
    pub gov: GovOpts,
}

/// `metis-stake claim ID [--to ADDRESS | --compound]`
pub async fn claim(ctx: &Ctx, args: ClaimArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let mining = SequencerMining::new(d.mining()?, ctx.provider.clone());
    let id = U256::from(args.id);
    let pending = mining.pendingReward(id).call().await.map_err(tx::explain)?;
    if args.compound {
        let receipt = tx::send(
            ctx,
            &format!("compound about {} into sequencer {id}", metis(pending)),
            mining.compound(id),
        )
        .await?;
        let amount = event_amount(&receipt, true).unwrap_or(pending);
        output::result(
            ctx.json(),
            format!("compounded {} into sequencer {id}", metis(amount)),
            json!({ "id": id.to_string(), "compounded": amount.to_string(), "tx": receipt.transaction_hash }),
        );
    } else {
        let to = args.to.unwrap_or(Address::ZERO);
        let receipt = tx::send(
            ctx,
            &format!("claim about {} for sequencer {id}", metis(pending)),
            mining.claim(id, to),
        )
        .await?;
        let amount = event_amount(&receipt, false).unwrap_or(pending);
        let paid_to = receipt
            .inner
            .logs()
            .iter()
            .find_map(|l| {
                alloy::sol_types::SolEvent::decode_log(&l.inner)
                    .ok()
                    .map(|e: alloy::primitives::Log<SequencerMining::RewardClaimed>| e.data.to)
            })
            .unwrap_or(to);
        output::result(
            ctx.json(),
            format!(
                "claimed {} for sequencer {id}, paid to {paid_to}",
                metis(amount)
            ),
            json!({ "id": id.to_string(), "claimed": amount.to_string(), "to": paid_to, "tx": receipt.transaction_hash }),
        );
    }
    Ok(())
}

fn event_amount(receipt: &alloy::rpc::types::TransactionReceipt, compound: bool) -> Option<U256> {
    use alloy::sol_types::SolEvent;
    receipt.inner.logs().iter().find_map(|l| {
        if compound {
            SequencerMining::RewardCompounded::decode_log(&l.inner)
                .ok()
                .map(|e| e.data.amount)
        } else {
            SequencerMining::RewardClaimed::decode_log(&l.inner)
                .ok()
                .map(|e| e.data.amount)
        }
    })
}

pub async fn run(ctx: &Ctx, cmd: RewardsCmd) -> Result<()> {
    match cmd {
        RewardsCmd::Info => info(ctx).await,
        RewardsCmd::Fund(a) => fund(ctx, a).await,
        RewardsCmd::Start(a) => start(ctx, a).await,
    }
}

async fn info(ctx: &Ctx) -> Result<()> {
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let mut r = Reads::new();
    let apr = r.add(m, SequencerMining::APR_BPSCall {});
    let start = r.add(m, SequencerMining::programStartCall {});
    let end = r.add(m, SequencerMining::programEndCall {});
    let bal = r.add(m, SequencerMining::rewardBalanceCall {});
    let owed = r.add(m, SequencerMining::owedCall {});
    let liab = r.add(m, SequencerMining::liabilityCall {});
    let surplus = r.add(m, SequencerMining::surplusCall {});
    let head = r.add(m, SequencerMining::headroomCall {});
    let earning = r.add(m, SequencerMining::totalEarningCall {});
    let a = r.send(ctx).await?;
    let (apr, start, end) = (a.get(&apr)?, a.get(&start)?, a.get(&end)?);
    let (bal, owed, liab, surplus, head, earning) = (
        a.get(&bal)?,
        a.get(&owed)?,
        a.get(&liab)?,
        a.get(&surplus)?,
        a.get(&head)?,
        a.get(&earning)?,
    );
    let bps = apr.saturating_to::<u64>();
    let window = if start == 0 {
        "not started".to_string()
    } else {
        format!("{} to {}", format_ts(start), format_ts(end))
    };
    let human = format!(
        "rate          {}% a year, simple, per second\nprogram       {window}\nearning       {} locked and active\nfunded        {}\nowed now      {}\nliability     {} (owed + the most still to accrue)\nsurplus       {}\nheadroom      {} more collateral can be accepted",
        crate::amount::percent(bps),
        metis(earning),
        metis(bal),
        metis(owed),
        metis(liab),
        metis(surplus),
        metis(head)
    );
    output::result(
        ctx.json(),
        human,
        json!({
            "aprBps": bps, "start": start, "end": end, "totalEarning": earning.to_string(), "rewardBalance": bal.to_string(),
            "owed": owed.to_string(), "liability": liab.to_string(), "surplus": surplus.to_string(), "headroom": head.to_string(),
        }),
    );
    Ok(())
}

async fn fund(ctx: &Ctx, args: AmountOpts) -> Result<()> {
    let amount = args.amount.to_wei(args.wei).map_err(CliError::usage)?;
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let from = ctx.sender()?;
    let mut r = Reads::new();
    let bal = r.add(d.token, TestMetis::balanceOfCall { account: from });
    let allow = r.add(
        d.token,
        TestMetis::allowanceCall {
            owner: from,
            spender: m,
        },
    );
    let a = r.send(ctx).await?;
    ensure_balance(from, a.get(&bal)?, amount, "funding")?;
    approve_if_short(
        ctx,
        d.token,
        m,
        a.get(&allow)?,
        amount,
        "the reward distributor",
    )
    .await?;
    let mining = SequencerMining::new(m, ctx.provider.clone());
    let receipt = tx::send(
        ctx,
        &format!("fund rewards with {}", metis(amount)),
        mining.fund(amount),
    )
    .await?;
    let total = mining.rewardBalance().call().await.map_err(tx::explain)?;
    output::result(
        ctx.json(),
        format!(
            "funded {}; the reward balance is {}",
            metis(amount),
            metis(total)
        ),
        json!({ "funded": amount.to_string(), "rewardBalance": total.to_string(), "tx": receipt.transaction_hash }),
    );
    Ok(())
}

async fn start(ctx: &Ctx, args: StartArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let m = d.mining()?;
    let at = gov::explicit_time_through_timelock(ctx, &d, m, args.at, "--at").await?;
    let call = SequencerMining::startProgramCall { start: at };
    gov::govern(
        ctx,
        &d,
        m,
        call.abi_encode().into(),
        &format!("start the reward program at {}", format_ts(at)),
        &args.gov,
    )
    .await
}
