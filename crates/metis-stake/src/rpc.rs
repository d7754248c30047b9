//! Reads in one round trip: many `eth_call`s sent as one JSON-RPC batch.

use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::decode;
use crate::error::CliError;
use crate::transport::explain_transport;
use alloy::primitives::{Address, Bytes};
use alloy::providers::Provider;
use alloy::rpc::types::{TransactionInput, TransactionRequest};
use alloy::sol_types::SolCall;
use alloy::transports::RpcError;
use eyre::Result;

/// A batch of view calls; `add` returns the index to read the answer back with `get`.
#[derive(Default)]
pub struct Reads {
    calls: Vec<(Address, Bytes)>,
    block_time: bool,
    /// The block the calls read (EIP-1898); `None`: the latest.
    block: Option<alloy::eips::BlockId>,
    /// Also read the hash of the chain's block at this height, in the same round trip.
    header: Option<u64>,
}

/// The answers of a batch, with the address each call went to.
pub struct Answers(
    Vec<Bytes>,
    Option<u64>,
    Vec<Address>,
    Option<alloy::primitives::B256>,
);

impl Reads {
    pub fn new() -> Self {
        Self::default()
    }

    /// Also read the latest block's timestamp, in the same round trip.
    pub fn with_block_time(mut self) -> Self {
        self.block_time = true;
        self
    }

    /// Read the state as of `block` instead of the latest block (a block hash pins it: the
    /// answers are those of that very block, even if it is reorganised away meanwhile).
    pub fn at(mut self, block: alloy::eips::BlockId) -> Self {
        self.block = Some(block);
        self
    }

    /// Also read the hash of the chain's block at height `number` (see `Answers::header_hash`).
    pub fn with_header(mut self, number: u64) -> Self {
        self.header = Some(number);
        self
    }

    pub fn add<C: SolCall>(&mut self, to: Address, call: C) -> Slot<C> {
        self.calls.push((to, Bytes::from(call.abi_encode())));
        Slot(self.calls.len() - 1, std::marker::PhantomData)
    }

    /// Sends every call in one JSON-RPC batch (one HTTP round trip).
    pub async fn send(self, ctx: &Ctx) -> Result<Answers> {
        if self.calls.is_empty() && !self.block_time {
            return Ok(Answers(Vec::new(), None, Vec::new(), None));
        }
        let client = ctx.provider.client();
        let mut batch = alloy::rpc::client::BatchRequest::new(client);
        let mut waiters = Vec::with_capacity(self.calls.len());
        for (to, data) in &self.calls {
            let tx = TransactionRequest::default()
                .to(*to)
                .input(TransactionInput::new(data.clone()));
            let block = self.block.unwrap_or(alloy::eips::BlockId::latest());
            let w = batch
                .add_call::<_, Bytes>("eth_call", &(tx, block))
                .map_err(|e| explain_transport(&e))?;
            waiters.push(w);
        }
        let block = if self.block_time {
            Some(
                batch
                    .add_call::<_, Option<alloy::rpc::types::Block>>(
                        "eth_getBlockByNumber",
                        &("latest", false),
                    )
                    .map_err(|e| explain_transport(&e))?,
            )
        } else {
            None
        };
        let header = match self.header {
            Some(n) => Some(
                batch
                    .add_call::<_, Option<alloy::rpc::types::Block>>(
                        "eth_getBlockByNumber",
                        &(alloy::eips::BlockNumberOrTag::Number(n), false),
                    )
                    .map_err(|e| explain_transport(&e))?,
            ),
            None => None,
        };
        batch.send().await.map_err(|e| explain_transport(&e))?;
        let mut out = Vec::with_capacity(waiters.len());
        for (w, (to, _)) in waiters.into_iter().zip(&self.calls) {
            match w.await {
                Ok(b) => out.push(b),
                Err(RpcError::ErrorResp(resp)) => {
                    return Err(match resp.as_revert_data() {
                        Some(data) => {
                            let judge = ctx
                                .deployments()
                                .map(|d| Contract::of(&d, *to))
                                .unwrap_or(Contract::Other);
                            decode::explain(judge, &data)
                        }
                        None => {
                            CliError::failed(format!("the node refused a read: {}", resp.message))
                        }
                    }
                    .into())
                }
                Err(e) => return Err(explain_transport(&e).into()),
            }
        }
        // A view that answers nothing is an address without code: say so, not "cannot decode".
        let empty: Vec<Address> = self
            .calls
            .iter()
            .zip(&out)
            .filter(|(_, b)| b.is_empty())
            .map(|((to, _), _)| *to)
            .collect();
        for to in empty {
            let code = ctx
                .provider
                .get_code_at(to)
                .block_id(self.block.unwrap_or(alloy::eips::BlockId::latest()))
                .await
                .map_err(|e| explain_transport(&e))?;
            if code.is_empty() {
                return Err(match self.block {
                    Some(_) => CliError::failed(format!(
                        "no contract at {to} in the block read: it was deployed later"
                    ))
                    .hint("read a later block: the contract's first block can be a few blocks after `deploymentBlock` (the deployments file's first transaction)"),
                    None => ctx.no_contract(to),
                }
                .into());
            }
        }
        let time = match block {
            Some(w) => w
                .await
                .map_err(|e| explain_transport(&e))?
                .map(|b| b.header.timestamp),
            None => None,
        };
        let header_hash = match header {
            Some(w) => w
                .await
                .map_err(|e| explain_transport(&e))?
                .map(|b| b.header.hash),
            None => None,
        };
        Ok(Answers(
            out,
            time,
            self.calls.into_iter().map(|(a, _)| a).collect(),
            header_hash,
        ))
    }
}

/// Where one call's answer will be.
pub struct Slot<C>(usize, std::marker::PhantomData<C>);

impl Answers {
    /// The latest block's timestamp, when asked for with `with_block_time`.
    pub fn block_time(&self) -> u64 {
        self.1.unwrap_or_default()
    }

    /// The hash of the chain's block at the height asked for with `with_header` (`None`: not
    /// asked for, or the node has no block there).
    pub fn header_hash(&self) -> Option<alloy::primitives::B256> {
        self.3
    }

    pub fn get<C: SolCall>(&self, slot: &Slot<C>) -> Result<C::Return> {
        let data = &self.0[slot.0];
        C::abi_decode_returns(data).map_err(|e| {
            CliError::failed(format!(
                "unexpected answer from the contract at {} ({}): {e}",
                self.2[slot.0],
                C::SIGNATURE
            ))
            .hint("is the deployments file for this chain's contracts?")
            .into()
        })
    }
}
