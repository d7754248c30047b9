//! The consensus set as the contract has it at one block: `activeSequencersIn` over ranges of
//! ids, and `setVersion()`, every read pinned to the block's hash (EIP-1898), so that a set too
//! large for one `eth_call` (its cost grows with every position ever created; geth caps a call
//! at 50M gas) is still read whole, and from one block.

use crate::ctx::Ctx;
use crate::rpc::Reads;
use alloy::eips::BlockId;
use alloy::primitives::{Address, B256, U256};
use eyre::Result;
use metis_bindings::sequencer_locking::ISequencerLocking::ActiveSequencer;
use metis_bindings::sequencer_locking::SequencerLocking as L;

/// Ids per `activeSequencersIn` call: at most about 10M gas (1,000 members, every slot cold;
/// `test_gas_activeSequencersIn_1000In250s` measures 2.3M per 250).
pub const IDS_PER_CALL: u64 = 1_000;

/// The set at a block.
pub struct SetAt {
    /// The members in id order.
    pub members: Vec<ActiveSequencer>,
    /// `setVersion()`.
    pub version: U256,
    /// The hash of the chain's block at the height asked for (see `read`).
    pub header_hash: Option<B256>,
}

/// Reads the set at `block`: one round trip when the contract holds at most `IDS_PER_CALL`
/// positions (the ids, the version and, with `header`, the hash of the chain's block at that
/// height now), and one more for all the other ranges, as one batch.
pub async fn read(ctx: &Ctx, locking: Address, block: B256, header: Option<u64>) -> Result<SetAt> {
    let at = BlockId::hash(block);
    let mut r = Reads::new().at(at);
    if let Some(n) = header {
        r = r.with_header(n);
    }
    let count = r.add(locking, L::positionCountCall {});
    let version = r.add(locking, L::setVersionCall {});
    let first = r.add(locking, range(1));
    let a = r.send(ctx).await?;
    let mut members = a.get(&first)?;
    let last: u64 = a.get(&count)?.saturating_to();
    let starts = later_starts(last);
    if !starts.is_empty() {
        let mut rest = Reads::new().at(at);
        let slots: Vec<_> = starts
            .iter()
            .map(|&from| rest.add(locking, range(from)))
            .collect();
        let b = rest.send(ctx).await?;
        for s in &slots {
            members.extend(b.get(s)?);
        }
    }
    Ok(SetAt {
        members,
        version: a.get(&version)?,
        header_hash: a.header_hash(),
    })
}

/// Checks that `locking` answers as a SequencerLocking (`setVersion()` and `positionCount()`
/// at the latest block): a deployments file that names another contract is refused at once,
/// not followed as an empty set.
pub async fn probe(ctx: &Ctx, locking: Address) -> Result<()> {
    let mut r = Reads::new();
    let version = r.add(locking, L::setVersionCall {});
    let count = r.add(locking, L::positionCountCall {});
    let answered = match r.send(ctx).await {
        Ok(a) => a.get(&version).and_then(|_| a.get(&count)).map(|_| ()),
        Err(e) => Err(e),
    };
    answered.map_err(|e| {
        crate::error::CliError::failed(format!(
            "{} does not answer as a SequencerLocking (setVersion(), positionCount()): {e}",
            locking.to_checksum(None)
        ))
        .hint("the deployments file's `locking` must be this chain's SequencerLocking: pass the right --deployments")
        .into()
    })
}

/// The first ids of the ranges after the first one (`[1, 1 + IDS_PER_CALL)`), up to the range
/// that holds `last`, the last position's id.
fn later_starts(last: u64) -> Vec<u64> {
    (1..)
        .map(|k| 1 + k * IDS_PER_CALL)
        .take_while(|&from| from <= last)
        .collect()
}

fn range(from: u64) -> L::activeSequencersInCall {
    L::activeSequencersInCall {
        fromId: U256::from(from),
        toId: U256::from(from + IDS_PER_CALL),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ranges start where the first ends, each where the one before ends, and the last
    /// holds the last id: every id once.
    #[test]
    fn ranges_cover_every_id_once() {
        for last in [0u64, 1, 999, 1_000, 1_001, 2_000, 2_001, 9_999, 10_000] {
            let mut ranges = vec![(1, 1 + IDS_PER_CALL)];
            ranges.extend(later_starts(last).into_iter().map(|from| {
                let r = range(from);
                (r.fromId.to::<u64>(), r.toId.to::<u64>())
            }));
            for w in ranges.windows(2) {
                assert_eq!(w[0].1, w[1].0, "contiguous at {last}");
            }
            let (from, end) = *ranges.last().unwrap();
            assert!(end > last, "{last} is covered (ranges end at {end})");
            assert!(from == 1 || from <= last, "no range wholly past {last}");
        }
        assert!(later_starts(1_000).is_empty(), "1,000 positions: one call");
        assert_eq!(later_starts(1_001), vec![1_001]);
    }
}
