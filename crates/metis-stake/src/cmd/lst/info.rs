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
    /// Estimate a request of AMOUNT METIS made now (a larger request can wait longer than a
    /// small one) [default: 1 wei]
    #[arg(long, value_name = "AMOUNT", value_parser = crate::amount::parse_metis)]
    pub request: Option<U256>,
}

/// The most pending requests `info` reads one by one (the queue's total is always shown).
pub const LISTED_REQUESTS: u64 = 100;

/// The ids of the waiting requests read one by one: from `next_to_serve` (`queue().nextToServe`)
/// to `last` (`queue().lastRequestId`), at most [`LISTED_REQUESTS`] of them; empty when the
/// queue is (`next_to_serve > last`).
pub fn listed_ids(next_to_serve: u64, last: u64) -> std::ops::RangeInclusive<u64> {
    next_to_serve..=last.min(next_to_serve.saturating_add(LISTED_REQUESTS - 1))
}

/// A pending request, for the estimate: its assets (token wei) and the earliest time the
/// vault may serve it (unix seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub assets: U256,
    pub claimable_at: u64,
}

/// A position of the vault that the queue can ask, for the estimate (token wei, unix
/// seconds): an active or jailed one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Its principal (`amount`, without its pending withdrawal).
    pub principal: U256,
    /// Its principal above the locking contract's `minLock` (0 at or below it).
    pub room: U256,
    pub jailed: bool,
    /// When its withdrawal in flight is due, after which it can be asked again (0: none).
    pub free_at: u64,
}

/// What the vault can pay the queue with, and when (token wei, unix seconds).
#[derive(Clone, Debug, Default)]
pub struct Supply {
    /// Available now: the free buffer and the positions' unclaimed rewards net of commission.
    pub now: U256,
    /// Withdrawals already asked of positions, as (amount, withdrawable at).
    pub in_flight: Vec<(U256, u64)>,
    /// The positions the queue can ask, now or once their withdrawal in flight is collected.
    pub positions: Vec<Candidate>,
    /// `SequencerVault.MIN_UNLOCK_BPS`: the least part of a position's room a partial
    /// withdrawal asks (basis points).
    pub min_unlock_bps: U256,
}

/// The most calls of `processRedemptions` the estimate plays (each asks, or waits for the next
/// withdrawal to come back).
const MAX_CALLS: usize = 1_000;

/// When each pending request can expect to become Claimable, in queue order (unix seconds;
/// `None`: the vault's positions do not hold enough, only new deposits can pay it).
///
/// The estimate plays the vault's rules (`SequencerVault._serve`, `_unlockForQueue`) on the
/// positions as read now, assuming `lst process` runs now and whenever a withdrawal comes
/// back, and no new deposit, slash, reward or jail. Each call asks for what the whole queue
/// (`total_need`, token wei) needs beyond the buffer and the withdrawals in flight; what it
/// asks arrives one unlock delay later. Requests are served in order, each no earlier than
/// its `claimableAt`, once what has arrived covers it and those before it.
pub fn expected_times(
    now: u64,
    unlock_delay: u64,
    supply: &Supply,
    queue: &[Waiting],
    total_need: U256,
) -> Vec<Option<u64>> {
    let listed = queue.iter().fold(U256::ZERO, |s, w| s + w.assets);
    let mut got = arrivals(now, unlock_delay, supply, total_need.max(listed));
    got.sort_by_key(|(_, at)| *at);
    let mut need = U256::ZERO;
    let mut previous = now;
    queue
        .iter()
        .map(|w| {
            need += w.assets;
            // The first time what has arrived covers the cumulative need.
            let mut have = U256::ZERO;
            let funded = got.iter().find_map(|(amount, at)| {
                have += *amount;
                (have >= need).then_some(*at)
            });
            let at = funded?.max(w.claimable_at).max(previous);
            previous = at;
            Some(at)
        })
        .collect()
}

/// What pays the queue and when (amount, time): the buffer now, the withdrawals in flight,
/// and what the vault's calls would ask of the positions for `need` (token wei).
fn arrivals(now: u64, delay: u64, supply: &Supply, need: U256) -> Vec<(U256, u64)> {
    let mut got = vec![(supply.now, now)];
    got.extend(supply.in_flight.iter().map(|&(a, at)| (a, at.max(now))));
    let mut positions = supply.positions.clone();
    let mut t = now;
    for _ in 0..MAX_CALLS {
        let have = got.iter().fold(U256::ZERO, |s, (a, _)| s + *a);
        if have >= need {
            break;
        }
        unlock_for_queue(
            t,
            delay,
            supply.min_unlock_bps,
            &mut positions,
            need - have,
            &mut got,
        );
        // The next call that can ask anything: when the next withdrawal comes back.
        match positions
            .iter()
            .filter(|p| !p.principal.is_zero() && p.free_at > t)
            .map(|p| p.free_at)
            .min()
        {
            Some(next) => t = next,
            None => break,
        }
    }
    got
}

/// `SequencerVault._unlockForQueue`, played at time `t` on the model: partial withdrawals
/// while the room of all the positions (in flight or not) covers `shortfall` (a jailed
/// position's whole room first, then the most room, at least `min_unlock_bps` of it), whole
/// exits (jailed first, then the smallest) when it does not; a position in flight is not
/// asked, and nothing is asked when only positions in flight have room.
fn unlock_for_queue(
    t: u64,
    delay: u64,
    min_unlock_bps: U256,
    positions: &mut [Candidate],
    mut shortfall: U256,
    got: &mut Vec<(U256, u64)>,
) {
    let mut total_room = positions.iter().fold(U256::ZERO, |s, p| s + p.room);
    let mut asked = vec![false; positions.len()];
    while !shortfall.is_zero() {
        let by_room = total_room >= shortfall;
        let mut pick: Option<usize> = None;
        for (i, p) in positions.iter().enumerate() {
            if asked[i] || p.principal.is_zero() || p.free_at > t || (by_room && p.room.is_zero()) {
                continue;
            }
            let better = pick.is_none_or(|k| {
                let q = &positions[k];
                match (p.jailed == q.jailed, by_room) {
                    (true, true) => p.room > q.room,
                    (true, false) => p.principal < q.principal,
                    (false, _) => p.jailed,
                }
            });
            if better {
                pick = Some(i);
            }
        }
        let Some(k) = pick else { return };
        let p = &mut positions[k];
        let take = if !by_room {
            total_room -= p.room;
            p.principal
        } else {
            let take = if p.jailed {
                p.room
            } else {
                let cushion = p.room * min_unlock_bps / U256::from(10_000);
                p.room.min(shortfall.max(cushion))
            };
            total_room -= take;
            take
        };
        shortfall = shortfall.saturating_sub(take);
        got.push((take, t + delay));
        p.principal -= take;
        p.room = if p.principal.is_zero() {
            U256::ZERO
        } else {
            p.room - take
        };
        p.free_at = t + delay;
        asked[k] = true;
    }
}

/// `metis-stake lst info`
pub async fn info(ctx: &Ctx, args: InfoArgs) -> Result<()> {
    if args.request == Some(U256::ZERO) {
        return Err(crate::error::CliError::usage("nothing to estimate: --request is 0").into());
    }
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
    let min_lock = r.add(locking, L::minLockCall {});
    let min_unlock_bps = r.add(vault, V::MIN_UNLOCK_BPSCall {});
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
    let (min_lock, min_unlock_bps) = (a.get(&min_lock)?, a.get(&min_unlock_bps)?);
    let bps: u64 = commission.bps.saturating_to();

    // Second round trip: every position, operator and listed request.
    let first = queue.nextToServe.saturating_to::<u64>();
    let last = queue.lastRequestId.saturating_to::<u64>();
    let listed = listed_ids(first, last);
    let listed_last = *listed.end();
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
    let req_slots: Vec<_> = listed
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
    let mut candidates = Vec::new();
    let mut rows = Vec::new();
    let mut pos_json = Vec::new();
    for (id, (p, reward)) in positions.iter().zip(&pos_slots) {
        let p = a.get(p)?;
        let reward = a.get(reward)?;
        let net = reward - reward * U256::from(bps) / U256::from(10_000);
        supply_now += net;
        let free_at = if p.pendingWithdrawal.is_zero() {
            0
        } else {
            in_flight.push((p.pendingWithdrawal, p.withdrawableAt.saturating_to::<u64>()));
            p.withdrawableAt.saturating_to::<u64>()
        };
        let jailed = p.status == crate::contracts::status::JAILED;
        if (jailed || p.status == crate::contracts::status::ACTIVE) && !p.amount.is_zero() {
            candidates.push(Candidate {
                principal: p.amount,
                room: p.amount.saturating_sub(min_lock),
                jailed,
                free_at,
            });
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
        positions: candidates,
        min_unlock_bps,
    };
    let times = expected_times(now, delay, &sup, &waiting, queue.pendingAssets);
    // A request made now (1 wei unless `--request`): after the whole queue, and the delay.
    let listed_all = listed_last >= last;
    let probe_assets = args.request.unwrap_or(U256::from(1));
    let mut probe = waiting.clone();
    probe.push(Waiting {
        assets: probe_assets,
        claimable_at: now + delay,
    });
    let new_request = if listed_all {
        expected_times(now, delay, &sup, &probe, queue.pendingAssets + probe_assets)
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
        text += &match args.request {
            Some(a) => format!(
                "\n  a request now    of {}: claimable {}",
                metis(a),
                when(t)
            ),
            None => format!(
                "\n  a request now    claimable {} (a small one: `--request AMOUNT` for a size)",
                when(t)
            ),
        };
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
        text += "\n  waiting requests (expected claimable if `lst process` runs now and then; rewards or deposits meanwhile can make it sooner)";
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
                "newRequestAssets": probe_assets.to_string(),
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

    #[test]
    fn listed_ids_are_the_first_hundred_waiting_or_none() {
        assert!(listed_ids(1, 0).is_empty(), "no request yet");
        assert!(listed_ids(8, 7).is_empty(), "all served");
        assert_eq!(listed_ids(3, 7), 3..=7);
        assert_eq!(listed_ids(3, 500), 3..=102, "at most LISTED_REQUESTS");
    }

    fn w(assets: u64, claimable_at: u64) -> Waiting {
        Waiting {
            assets: U256::from(assets),
            claimable_at,
        }
    }

    fn pos(principal: u64, room: u64, jailed: bool, free_at: u64) -> Candidate {
        Candidate {
            principal: U256::from(principal),
            room: U256::from(room),
            jailed,
            free_at,
        }
    }

    fn supply(now: u64, in_flight: &[(u64, u64)], positions: Vec<Candidate>) -> Supply {
        Supply {
            now: U256::from(now),
            in_flight: in_flight.iter().map(|&(a, t)| (U256::from(a), t)).collect(),
            positions,
            min_unlock_bps: U256::from(1_000),
        }
    }

    fn total(queue: &[Waiting]) -> U256 {
        queue.iter().fold(U256::ZERO, |s, w| s + w.assets)
    }

    #[test]
    fn the_buffer_pays_at_the_claimable_time() {
        let s = supply(100, &[], vec![]);
        let q = [w(60, 1_050), w(40, 1_020)];
        let t = expected_times(1_000, 50, &s, &q, total(&q));
        // In order: the second never before the first.
        assert_eq!(t, vec![Some(1_050), Some(1_050)]);
    }

    #[test]
    fn withdrawals_in_flight_then_an_exit_then_nothing() {
        // One position of 100 with 60 of room, nothing pending.
        let s = supply(
            10,
            &[(30, 1_500), (20, 1_200)],
            vec![pos(100, 60, false, 0)],
        );
        let q = [w(25, 1_010), w(30, 1_010), w(90, 1_010), w(20, 1_010)];
        let t = expected_times(1_000, 2_000, &s, &q, total(&q));
        // 25: the buffer (10) and the first withdrawal due (20 at 1,200).
        // 55 in all: the second due withdrawal too (30 at 1,500).
        // 165 needs 105 more than the 60 in flight and the buffer: above the room (60), so
        // the position exits whole, one delay after now (3,000); 165 is more than the vault
        // holds (160).
        assert_eq!(t, vec![Some(1_200), Some(1_500), Some(3_000), None]);
    }

    #[test]
    fn a_partial_withdrawal_asks_at_least_its_cushion() {
        let s = supply(0, &[], vec![pos(100, 80, false, 0)]);
        assert_eq!(
            arrivals(1_000, 100, &s, U256::from(5)),
            vec![(U256::ZERO, 1_000), (U256::from(8), 1_100)],
            "a tenth of the room"
        );
    }

    #[test]
    fn a_jailed_position_gives_its_whole_room_first() {
        let s = supply(0, &[], vec![pos(100, 80, false, 0), pos(50, 30, true, 0)]);
        assert_eq!(
            arrivals(1_000, 100, &s, U256::from(5)),
            vec![(U256::ZERO, 1_000), (U256::from(30), 1_100)]
        );
    }

    #[test]
    fn the_queue_waits_for_room_in_flight_rather_than_exit_a_position() {
        // A: 60 left with 40 of room, its withdrawal of 10 due at 1,500; B at the minimum.
        let s = supply(
            0,
            &[(10, 1_500)],
            vec![pos(60, 40, false, 1_500), pos(20, 0, false, 0)],
        );
        let q = [w(30, 1_010)];
        // B is not exited: A is asked for the other 20 when its withdrawal comes back.
        assert_eq!(
            expected_times(1_000, 2_000, &s, &q, total(&q)),
            vec![Some(3_500)]
        );
        // Above all the room (40 + 10 in flight), B exits now and A gives the rest later.
        let q = [w(70, 1_010)];
        assert_eq!(
            arrivals(1_000, 2_000, &s, total(&q)),
            vec![
                (U256::ZERO, 1_000),
                (U256::from(10), 1_500),
                (U256::from(20), 3_000),
                (U256::from(40), 3_500)
            ]
        );
    }
}
