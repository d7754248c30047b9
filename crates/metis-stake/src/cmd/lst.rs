//! `lst`: the reference liquid staking vault (`SequencerVault`, issue 19). This increment
//! reads it (`lst info`); deposits, requests, claims and harvests follow.

use crate::amount::metis;
use crate::ctx::Ctx;
use crate::output;
use crate::rpc::Reads;
use alloy::primitives::U256;
use clap::Subcommand;
use eyre::Result;
use metis_bindings::sequencer_vault::SequencerVault as V;
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum LstCmd {
    /// The vault: share price, assets by place, positions, the queue, the commission
    Info,
}

pub async fn run(ctx: &Ctx, cmd: LstCmd) -> Result<()> {
    match cmd {
        LstCmd::Info => info(ctx).await,
    }
}

/// One share's worth of assets is priced on 10^24 share units (the vault's 18 + 6 decimals).
const ONE_SHARE: u64 = 1_000_000;

/// `metis-stake lst info`
async fn info(ctx: &Ctx) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = d.vault()?;
    let one_share = U256::from(10).pow(U256::from(18)) * U256::from(ONE_SHARE);
    let mut r = Reads::new();
    let total = r.add(vault, V::totalAssetsCall {});
    let supply = r.add(vault, V::totalSupplyCall {});
    let price = r.add(vault, V::convertToAssetsCall { shares: one_share });
    let books = r.add(vault, V::bookedAssetsCall {});
    let queue = r.add(vault, V::queueCall {});
    let positions = r.add(vault, V::positionsCall {});
    let commission = r.add(vault, V::commissionCall {});
    let operators = r.add(vault, V::nodeOperatorCountCall {});
    let a = r.send(ctx).await?;
    let (total, supply, price) = (a.get(&total)?, a.get(&supply)?, a.get(&price)?);
    let books = a.get(&books)?;
    let queue = a.get(&queue)?;
    let positions = a.get(&positions)?;
    let commission = a.get(&commission)?;
    let operators = a.get(&operators)?;
    let waiting = queue.lastRequestId + U256::from(1) - queue.nextToServe;
    let free = books.buffer.saturating_sub(books.reserved);
    let mut text = format!(
        "vault {vault}\n  share price      {} METIS per share\n  total assets     {} (backing {} shares)\n  free buffer      {}\n  in positions     {} (principal and pending withdrawals, {} position(s), {} operator(s))\n  claimable        {} (set aside for served requests)\n  queue            {} request(s) waiting, worth {}\n  commission       {}%",
        metis(price),
        metis(total),
        metis(supply / U256::from(ONE_SHARE)),
        metis(free),
        metis(books.booked),
        positions.len(),
        operators,
        metis(books.reserved),
        waiting,
        metis(queue.pendingAssets),
        bps(commission.bps),
    );
    if !commission.effectiveAt.is_zero() {
        text += &format!(
            "\n  announced        {}% from the first harvest after {}",
            bps(commission.nextBps),
            crate::time::format_ts(commission.effectiveAt.saturating_to())
        );
    }
    output::result(
        ctx.json(),
        text,
        json!({
            "vault": vault,
            "sharePrice": price.to_string(),
            "totalAssets": total.to_string(),
            "totalSupply": supply.to_string(),
            "freeBuffer": free.to_string(),
            "reserved": books.reserved.to_string(),
            "booked": books.booked.to_string(),
            "positions": positions.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            "nodeOperators": operators.to_string(),
            "queue": {
                "nextToServe": queue.nextToServe.to_string(),
                "lastRequestId": queue.lastRequestId.to_string(),
                "pendingAssets": queue.pendingAssets.to_string(),
            },
            "commissionBps": commission.bps.to_string(),
            "nextCommissionBps": commission.nextBps.to_string(),
            "commissionEffectiveAt": commission.effectiveAt.to_string(),
        }),
    );
    Ok(())
}

/// Basis points as a percentage ("5", "7.5").
fn bps(v: U256) -> String {
    let v: u64 = v.saturating_to();
    if v.is_multiple_of(100) {
        (v / 100).to_string()
    } else {
        format!("{}.{:02}", v / 100, v % 100)
            .trim_end_matches('0')
            .to_string()
    }
}
