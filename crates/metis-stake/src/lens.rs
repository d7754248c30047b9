//! `PositionsLens` (contracts/lens/PositionsLens.sol), a deployless lens: its creation code and
//! constructor arguments are sent as one `eth_call` without `to`; the constructor reads the
//! positions, their rewards and the program, and returns them in place of runtime code.
//! Nothing is deployed and nothing is written.

use crate::ctx::Ctx;
use crate::decode;
use crate::transport::explain_transport;
use alloy::primitives::{Address, Bytes, U256};
use alloy::providers::Provider;
use alloy::rpc::types::{TransactionInput, TransactionRequest};
use alloy::sol_types::sol_data::{Array, Uint};
use alloy::sol_types::{SolConstructor, SolType};
use alloy::transports::{RpcError, TransportError};
use eyre::Result;
use metis_bindings::positions_lens::PositionsLens;
use metis_bindings::sequencer_locking::ISequencerLocking::Position;
use metis_bindings::sequencer_locking::SequencerLocking::SequencerLockingErrors;
use metis_bindings::sequencer_mining::SequencerMining::SequencerMiningErrors;

/// `PositionsLens.Mode`, in declaration order.
const BY_OWNER: u8 = 0;
const BY_ID: u8 = 1;

/// `PositionsLens.Snapshot` as the lens `abi.encode`s it: total, entries (id, position,
/// pendingReward), programStart, programEnd, rateBps (the rate in force), timestamp.
type SnapshotAbi = (
    Uint<256>,
    Array<(Uint<256>, Position, Uint<256>)>,
    Uint<64>,
    Uint<64>,
    Uint<256>,
    Uint<256>,
);

/// Whose positions to read.
pub enum Query {
    /// Every position of this owner.
    Owner(Address),
    /// This position only.
    Id(U256),
}

/// One position and its claimable reward (token wei).
pub struct Entry {
    pub id: U256,
    pub position: Position,
    pub reward: U256,
}

/// What `status` shows: the positions, the program (unix seconds, 0 when not started or
/// without a distributor; the rate in basis points) and the time the rewards are as of.
pub struct Snapshot {
    pub entries: Vec<Entry>,
    pub program_start: u64,
    pub program_end: u64,
    pub rate_bps: U256,
    pub now: u64,
}

/// The outcome of a lens read.
pub enum Read {
    Done(Snapshot),
    /// The node cannot run a creation as a call (or answered something else); why, in its words.
    Unsupported(String),
}

/// One answer of the lens, or why the node could not give it.
enum Answer {
    Page(u64, Snapshot),
    Unsupported(String),
}

/// Reads `query` with the lens: one round trip for up to `MAX_ENTRIES` (40) positions, and one
/// more, a batch of the remaining pages, above that. `mining` is the distributor, if any.
/// Reverts of the contracts read (e.g. `UnknownSequencer`) are errors; anything else that keeps
/// the node from answering is `Read::Unsupported`, for the caller to read view by view instead.
pub async fn read(
    ctx: &Ctx,
    locking: Address,
    mining: Option<Address>,
    query: &Query,
) -> Result<Read> {
    let call = |skip: u64| {
        let (mode, owner, id) = match query {
            Query::Owner(owner) => (BY_OWNER, *owner, U256::ZERO),
            Query::Id(id) => (BY_ID, Address::ZERO, *id),
        };
        let args = PositionsLens::constructorCall {
            locking,
            mining: mining.unwrap_or(Address::ZERO),
            mode,
            owner,
            id,
            skip: U256::from(skip),
        };
        let mut code = PositionsLens::BYTECODE.to_vec();
        code.extend_from_slice(&args.abi_encode());
        TransactionRequest::default().input(TransactionInput::new(Bytes::from(code)))
    };

    let first = ctx
        .provider
        .client()
        .request::<_, Bytes>("eth_call", (call(0), "latest"))
        .await;
    let (total, mut snapshot) = match answer(first)? {
        Answer::Page(total, s) => (total, s),
        Answer::Unsupported(why) => {
            // A reset chain also makes the lens revert: say that, not "the node cannot".
            let code = ctx
                .provider
                .get_code_at(locking)
                .await
                .map_err(|e| explain_transport(&e))?;
            if code.is_empty() {
                return Err(ctx.no_contract(locking).into());
            }
            return Ok(Read::Unsupported(why));
        }
    };
    let page = snapshot.entries.len() as u64;
    if page == 0 || page >= total {
        return Ok(Read::Done(snapshot));
    }

    // More positions than one answer holds: every other page in one batch.
    let mut batch = alloy::rpc::client::BatchRequest::new(ctx.provider.client());
    let mut waiters = Vec::new();
    for skip in (page..total).step_by(page as usize) {
        let w = batch
            .add_call::<_, Bytes>("eth_call", &(call(skip), "latest"))
            .map_err(|e| explain_transport(&e))?;
        waiters.push(w);
    }
    batch.send().await.map_err(|e| explain_transport(&e))?;
    for w in waiters {
        match answer(w.await)? {
            Answer::Page(_, s) => snapshot.entries.extend(s.entries),
            Answer::Unsupported(why) => return Ok(Read::Unsupported(why)),
        }
    }
    Ok(Read::Done(snapshot))
}

/// Decodes one answer, or sorts out why there is none.
fn answer(result: Result<Bytes, TransportError>) -> Result<Answer> {
    let data = match result {
        Ok(data) => data,
        Err(RpcError::ErrorResp(resp)) => {
            if let Some(e) = resp.as_decoded_interface_error::<SequencerLockingErrors>() {
                return Err(decode::locking_error(e).into());
            }
            if let Some(e) = resp.as_decoded_interface_error::<SequencerMiningErrors>() {
                return Err(decode::mining_error(e).into());
            }
            return Ok(Answer::Unsupported(resp.message.to_string()));
        }
        Err(e) => return Err(explain_transport(&e).into()),
    };
    let Ok((total, entries, program_start, program_end, rate_bps, timestamp)) =
        SnapshotAbi::abi_decode(&data)
    else {
        return Ok(Answer::Unsupported(format!(
            "its answer to the lens is {} bytes that do not decode",
            data.len()
        )));
    };
    let entries = entries
        .into_iter()
        .map(|(id, position, reward)| Entry {
            id,
            position,
            reward,
        })
        .collect();
    Ok(Answer::Page(
        total.saturating_to(),
        Snapshot {
            entries,
            program_start,
            program_end,
            rate_bps,
            now: timestamp.saturating_to(),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(owner: Address) -> Position {
        Position {
            owner,
            status: 1,
            signer: Address::repeat_byte(2),
            pubkey: Bytes::from(vec![7u8; 64]),
            amount: U256::from(20_000u64),
            pendingWithdrawal: U256::ZERO,
            withdrawableAt: U256::ZERO,
            rewardRecipient: Address::ZERO,
            lockedAt: U256::from(1_700_000_000u64),
        }
    }

    #[test]
    fn an_answer_decodes_into_a_snapshot() {
        let owner = Address::repeat_byte(1);
        let data = SnapshotAbi::abi_encode(&(
            U256::from(3),
            vec![(U256::from(5), position(owner), U256::from(9))],
            10u64,
            20u64,
            U256::from(2000),
            U256::from(15),
        ));
        // `abi.encode` of one struct with dynamic fields starts with its offset, 0x20.
        assert_eq!(U256::from_be_slice(&data[..32]), U256::from(32));
        let Answer::Page(total, s) = answer(Ok(Bytes::from(data))).unwrap() else {
            panic!("expected a page");
        };
        assert_eq!(total, 3);
        assert_eq!(s.entries.len(), 1);
        assert_eq!(s.entries[0].id, U256::from(5));
        assert_eq!(s.entries[0].position.owner, owner);
        assert_eq!(s.entries[0].reward, U256::from(9));
        assert_eq!((s.program_start, s.program_end, s.now), (10, 20, 15));
        assert_eq!(s.rate_bps, U256::from(2000));
    }

    #[test]
    fn an_empty_answer_means_the_node_did_not_run_the_lens() {
        assert!(matches!(
            answer(Ok(Bytes::new())).unwrap(),
            Answer::Unsupported(_)
        ));
    }
}
