//! `lst info`: the vault as a holder and its governance see it: the share price, the assets by
//! place, every position and node operator, the queue, and when its requests can expect to
//! be paid ([`expected_times`]).

use crate::amount::{format_shares, metis, percent};
use crate::ctx::Ctx;
use crate::output;
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use alloy::primitives::U256;
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking as L;
use metis_bindings::sequencer_mining::SequencerMining as M;
use metis_bindings::sequencer_vault::SequencerVault as V;
use serde_json::json;

#[derive(clap::Args, Debug)]
pub struct InfoArgs {
    /// Whose shares and requests to show [default: the sender, when a key is given]
    #[arg(long, value_name = "ADDRESS")]
    pub holder: Option<alloy::primitives::Address>,
}

/// The most pending requests `info` reads one by one (the queue's total is always shown).
const LISTED_REQUESTS: u64 = 100;

/// A pending request, for the estimate: its assets (token wei) and the earliest time the
/// vault may serve it (unix seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub assets: U256,
    pub claimable_at: u64,
}

/// What the vault can pay the queue with, and when (token wei, unix seconds).
#[derive(Clone, Debug, Default)]
pub struct Supply {
    /// Available now: the free buffer and the positions' unclaimed rewards net of commission.
    pub now: U256,
    /// Withdrawals already asked of positions, as (amount, withdrawable at).
    pub in_flight: Vec<(U256, u64)>,
    /// What the positions could still be asked for (their principal without a pending
    /// withdrawal), arriving one unlock delay after `lst process` asks.
    pub lockable: U256,
}

/// When each pending request can expect to become Claimable, in queue order (unix seconds;
/// `None`: the vault's positions do not hold enough, only new deposits can pay it).
///
/// The vault's rules (`SequencerVault._serve`, `_unlockForQueue`): requests are served in
/// order, each no earlier than its `claimableAt`, once the free buffer and what collecting
/// due withdrawals brings cover it; what the queue needs beyond the buffer and the
/// withdrawals in flight is asked of the positions by `processRedemptions`, and arrives one
/// unlock delay later. The estimate assumes `lst process` runs at `now` and again when
/// each request's time comes, and no new deposit, slash or reward.
pub fn expected_times(
    now: u64,
    unlock_delay: u64,
    supply: &Supply,
    queue: &[Waiting],
) -> Vec<Option<u64>> {
    let mut flight = supply.in_flight.clone();
    flight.sort_by_key(|(_, at)| *at);
    let mut need = U256::ZERO;
    let mut previous = now;
    queue
        .iter()
        .map(|w| {
            need += w.assets;
            // The first time the cumulative need is covered.
            let mut have = supply.now;
            let mut funded = (have >= need).then_some(now);
            for (amount, at) in &flight {
                if funded.is_some() {
                    break;
                }
                have += *amount;
                if have >= need {
                    funded = Some((*at).max(now));
                }
            }
            if funded.is_none() && have + supply.lockable >= need {
                funded = Some(now + unlock_delay);
            }
            let at = funded?.max(w.claimable_at).max(previous);
            previous = at;
            Some(at)
        })
        .collect()
}

/// `metis-stake lst info`
pub async fn info(ctx: &Ctx, args: InfoArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let (locking, mining) = (d.locking()?, d.mining()?);
    // What one whole share (10^24 units) is worth.
    let one_share = U256::from(10).pow(U256::from(24));
    let mut r = Reads::new().with_block_time();
    let total = r.add(vault, V::totalAssetsCall {});
    let supply = r.add(vault, V::totalSupplyCall {});
    let price = r.add(vault, V::convertToAssetsCall { shares: one_share });
    let books = r.add(vault, V::bookedAssetsCall {});
    let queue = r.add(vault, V::queueCall {});
    let positions = r.add(vault, V::positionsCall {});
    let commission = r.add(vault, V::commissionCall {});
    let operators = r.add(vault, V::nodeOperatorCountCall {});
    let delay = r.add(locking, L::unlockDelayCall {});
    let holder = args.holder.or_else(|| ctx.sender().ok());
    let held = holder.map(|h| r.add(vault, V::balanceOfCall { account: h }));
    let a = r.send(ctx).await?;
    let held = match &held {
        Some(s) => a.get(s)?,
        None => U256::ZERO,
    };
    let now = a.block_time();
    let (total, supply, price) = (a.get(&total)?, a.get(&supply)?, a.get(&price)?);
    let books = a.get(&books)?;
    let queue = a.get(&queue)?;
    let positions = a.get(&positions)?;
    let commission = a.get(&commission)?;
    let operator_count: u64 = a.get(&operators)?.saturating_to();
    let delay: u64 = a.get(&delay)?.saturating_to();
    let bps: u64 = commission.bps.saturating_to();

    // Second round trip: every position, operator and listed request.
    let first = queue.nextToServe.saturating_to::<u64>();
    let last = queue.lastRequestId.saturating_to::<u64>();
    let listed_last = last.min(first.saturating_add(LISTED_REQUESTS - 1));
    let mut r = Reads::new();
    let pos_slots: Vec<_> = positions
        .iter()
        .map(|id| {
            (
                r.add(locking, L::getPositionCall { id: *id }),
                r.add(mining, M::pendingRewardCall { id: *id }),
            )
        })
        .collect();
    let op_slots: Vec<_> = (0..operator_count)
        .map(|i| {
            r.add(
                vault,
                V::nodeOperatorCall {
                    operatorId: U256::from(i),
                },
            )
        })
        .collect();
    let req_slots: Vec<_> = (first..=listed_last)
        .filter(|_| first <= last)
        .map(|id| {
            (
                id,
                r.add(
                    vault,
                    V::requestCall {
                        requestId: U256::from(id),
                    },
                ),
            )
        })
        .collect();
    let mine = holder.map(|h| {
        (
            r.add(vault, V::convertToAssetsCall { shares: held }),
            r.add(vault, V::maxWithdrawCall { controller: h }),
        )
    });
    let a = r.send(ctx).await?;
    let mine = match &mine {
        Some((worth, claimable)) => Some((a.get(worth)?, a.get(claimable)?)),
        None => None,
    };
    let ops = op_slots
        .iter()
        .map(|s| a.get(s))
        .collect::<Result<Vec<_>>>()?;
    let operator_of = |id: U256| ops.iter().position(|o| o.positionId == id);

    let mut supply_now = books.buffer.saturating_sub(books.reserved);
    let free = supply_now;
    let mut in_flight = Vec::new();
    let mut lockable = U256::ZERO;
    let mut rows = Vec::new();
    let mut pos_json = Vec::new();
    for (id, (p, reward)) in positions.iter().zip(&pos_slots) {
        let p = a.get(p)?;
        let reward = a.get(reward)?;
        let net = reward - reward * U256::from(bps) / U256::from(10_000);
        supply_now += net;
        if !p.pendingWithdrawal.is_zero() {
            in_flight.push((p.pendingWithdrawal, p.withdrawableAt.saturating_to::<u64>()));
        } else {
            lockable += p.amount;
        }
        let status = crate::contracts::status_label(p.status);
        let op = operator_of(*id);
        let pending = if p.pendingWithdrawal.is_zero() {
            String::new()
        } else {
            format!(
                ", {} coming back {}",
                metis(p.pendingWithdrawal),
                format_ts(p.withdrawableAt.saturating_to())
            )
        };
        rows.push(format!(
            "    #{id:<5} operator {:<3} {status:<9} {}{pending}, rewards {}",
            op.map(|o| o.to_string()).unwrap_or("-".into()),
            metis(p.amount),
            metis(reward)
        ));
        pos_json.push(json!({
            "id": id.to_string(), "operatorId": op, "status": status, "signer": p.signer,
            "principal": p.amount.to_string(), "pendingWithdrawal": p.pendingWithdrawal.to_string(),
            "withdrawableAt": p.withdrawableAt.to_string(), "unclaimedReward": reward.to_string(),
        }));
    }
    let mut waiting = Vec::new();
    let mut req_json = Vec::new();
    for (id, slot) in &req_slots {
        let (req, assets) = a.get(slot).map(|x| (x.r, x.assets))?;
        waiting.push(Waiting {
            assets,
            claimable_at: req.claimableAt,
        });
        req_json.push((*id, req.controller, assets, req.claimableAt));
    }
    let sup = Supply {
        now: supply_now,
        in_flight,
        lockable,
    };
    let times = expected_times(now, delay, &sup, &waiting);
    // A small request made now: after the whole queue, and the unlock delay.
    let listed_all = listed_last >= last;
    let mut probe = waiting.clone();
    probe.push(Waiting {
        assets: U256::from(1),
        claimable_at: now + delay,
    });
    let new_request = if listed_all {
        expected_times(now, delay, &sup, &probe)
            .last()
            .copied()
            .flatten()
    } else {
        None
    };

    let count = (last + 1).saturating_sub(first);
    let mut text = format!(
        "vault {vault}\n  share price      {} per share\n  total assets     {} (backing {} shares; waiting requests are not counted)\n  free buffer      {}\n  in positions     {} (principal and pending withdrawals, {} position(s), {} operator(s))\n  claimable        {} (set aside for served requests)\n  queue            {count} request(s) waiting, worth {}\n  commission       {}%",
        metis(price),
        metis(total),
        format_shares(supply),
        metis(free),
        metis(books.booked),
        positions.len(),
        operator_count,
        metis(books.reserved),
        metis(queue.pendingAssets),
        percent(bps),
    );
    if !commission.effectiveAt.is_zero() {
        text += &format!(
            "\n  announced        {}% from the first harvest after {}",
            percent(commission.nextBps.saturating_to()),
            format_ts(commission.effectiveAt.saturating_to())
        );
    }
    let roles = super::role_holders(ctx, &d, vault).await?;
    let admins = super::holders_of(&roles, alloy::primitives::B256::ZERO);
    let allocators = super::holders_of(&roles, alloy::primitives::keccak256("ALLOCATOR_ROLE"));
    let list = |a: &[alloy::primitives::Address]| match a {
        [] => "nobody".to_string(),
        _ => a
            .iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    };
    text += &format!(
        "\n  governance       {} (DEFAULT_ADMIN_ROLE)\n  allocator        {} (ALLOCATOR_ROLE)",
        list(&admins),
        list(&allocators)
    );
    let when = |t: Option<u64>| match t {
        Some(t) if t <= now => "now (`lst process`)".to_string(),
        Some(t) => format!("{} (in {})", format_ts(t), format_duration(t - now)),
        None => "not before new deposits: the positions do not hold enough".to_string(),
    };
    if let Some(t) = new_request.map(Some).or(listed_all.then_some(None)) {
        text += &format!("\n  a request now    claimable {}", when(t));
    }
    if !rows.is_empty() {
        text += "\n  positions";
        for row in &rows {
            text += &format!("\n{row}");
        }
    }
    if !ops.is_empty() {
        text += "\n  node operators";
        for (i, o) in ops.iter().enumerate() {
            let at = if o.positionId.is_zero() {
                "no position".to_string()
            } else {
                format!("position #{}", o.positionId)
            };
            text += &format!(
                "\n    {i:<3} signer {}  {at}{}, commission to {}",
                crate::possession::signer_of(&o.pubkey),
                if o.keyUsed && o.positionId.is_zero() {
                    " (needs a new key)"
                } else {
                    ""
                },
                o.rewardAddress
            );
        }
    }
    if !req_json.is_empty() {
        text += "\n  waiting requests (expected claimable if `lst process` runs now and then)";
        for ((id, controller, assets, _), t) in req_json.iter().zip(&times) {
            text += &format!(
                "\n    #{id:<5} {} for {controller}: {}",
                metis(*assets),
                when(*t)
            );
        }
        if !listed_all {
            text += &format!("\n    ... and {} more", last - listed_last);
        }
    }
    let mut holder_json = serde_json::Value::Null;
    if let (Some(h), Some((worth, claimable))) = (holder, mine) {
        let theirs: Vec<_> = req_json
            .iter()
            .zip(&times)
            .filter(|((_, c, _, _), _)| *c == h)
            .collect();
        text += &format!(
            "\n  holder {h}\n    shares         {} (worth {})\n    claimable now  {}{}",
            format_shares(held),
            metis(worth),
            metis(claimable),
            if claimable.is_zero() {
                ""
            } else {
                " (`lst redeem`)"
            }
        );
        for ((id, _, assets, _), t) in &theirs {
            text += &format!("\n    request #{id}    {}: {}", metis(*assets), when(**t));
        }
        holder_json = json!({
            "address": h, "shares": held.to_string(), "worth": worth.to_string(),
            "claimable": claimable.to_string(),
            "requests": theirs.iter().map(|((id, _, assets, _), t)| json!({ "id": id.to_string(), "assets": assets.to_string(), "expectedClaimableAt": t })).collect::<Vec<_>>(),
        });
    }
    let op_json: Vec<_> = ops
        .iter()
        .enumerate()
        .map(|(i, o)| {
            json!({
                "id": i, "signer": crate::possession::signer_of(&o.pubkey), "pubkey": o.pubkey,
                "positionId": o.positionId.to_string(), "keyUsed": o.keyUsed, "rewardAddress": o.rewardAddress,
            })
        })
        .collect();
    let requests: Vec<_> = req_json
        .iter()
        .zip(&times)
        .map(|((id, controller, assets, at), t)| {
            json!({ "id": id.to_string(), "controller": controller, "assets": assets.to_string(), "claimableAt": at, "expectedClaimableAt": t })
        })
        .collect();
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
            "positions": pos_json,
            "nodeOperators": op_json,
            "queue": {
                "nextToServe": queue.nextToServe.to_string(),
                "lastRequestId": queue.lastRequestId.to_string(),
                "pendingAssets": queue.pendingAssets.to_string(),
                "requests": requests,
                "newRequestExpectedClaimableAt": new_request,
            },
            "unlockDelay": delay,
            "holder": holder_json,
            "commissionBps": commission.bps.to_string(),
            "nextCommissionBps": commission.nextBps.to_string(),
            "commissionEffectiveAt": commission.effectiveAt.saturating_to::<u64>(),
            "roles": { "admin": admins, "allocator": allocators },
        }),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(assets: u64, claimable_at: u64) -> Waiting {
        Waiting {
            assets: U256::from(assets),
            claimable_at,
        }
    }

    #[test]
    fn the_buffer_pays_at_the_claimable_time() {
        let s = Supply {
            now: U256::from(100),
            ..Default::default()
        };
        let t = expected_times(1_000, 50, &s, &[w(60, 1_050), w(40, 1_020)]);
        // In order: the second never before the first.
        assert_eq!(t, vec![Some(1_050), Some(1_050)]);
    }

    #[test]
    fn withdrawals_in_flight_then_new_unlocks_then_nothing() {
        let s = Supply {
            now: U256::from(10),
            in_flight: vec![(U256::from(30), 1_500), (U256::from(20), 1_200)],
            lockable: U256::from(100),
        };
        let t = expected_times(
            1_000,
            2_000,
            &s,
            &[w(25, 1_010), w(30, 1_010), w(90, 1_010), w(20, 1_010)],
        );
        // 25: the buffer (10) and the first withdrawal due (20 at 1,200).
        // 55 in all: the second due withdrawal too (30 at 1,500).
        // 145: new unlocks, one delay after now (3,000); 165 is more than the vault holds (160).
        assert_eq!(t, vec![Some(1_200), Some(1_500), Some(3_000), None]);
    }
}
