//! The reward programs as the CLI reads them: every program of the distributor, and the
//! program operations waiting in the timelock that owns it. Used by `rewards`, `status` and
//! `gov batch`.

use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::governance;
use crate::rpc::Reads;
use crate::time::format_ts;
use alloy::primitives::{Address, U256};
use eyre::Result;
use metis_bindings::sequencer_mining::SequencerMining as M;

/// Every program of the distributor `m`, program 1 first (a few per year: two round trips).
pub async fn programs(ctx: &Ctx, m: Address) -> Result<Vec<M::programReturn>> {
    let mut r = Reads::new();
    let count = r.add(m, M::programCountCall {});
    let count = r.send(ctx).await?.get(&count)?.saturating_to::<u64>();
    let mut r = Reads::new();
    let slots: Vec<_> = (1..=count)
        .map(|id| r.add(m, M::programCall { id: U256::from(id) }))
        .collect();
    let a = r.send(ctx).await?;
    slots.iter().map(|s| a.get(s)).collect()
}

/// The start of the first program that starts after `now` (unix seconds), if any.
pub async fn next_start(ctx: &Ctx, m: Address, now: u64) -> Result<Option<u64>> {
    Ok(programs(ctx, m)
        .await?
        .iter()
        .map(|p| p.start)
        .filter(|&t| t > now)
        .min())
}

/// A `scheduleProgram` call waiting in the timelock (pending or ready).
pub struct WaitingProgram {
    pub op: crate::operations::Operation,
    pub call: M::scheduleProgramCall,
}

impl WaitingProgram {
    pub fn describe(&self) -> String {
        let c = &self.call;
        format!(
            "{}% a year for {} from {}",
            crate::amount::percent(c.rateBps.saturating_to()),
            crate::time::format_duration(c.duration.saturating_to()),
            format_ts(c.start)
        )
    }
}

/// The operations waiting (pending or ready) in the timelock that owns `m`, if a timelock owns it.
pub async fn waiting_ops(
    ctx: &Ctx,
    d: &Deployments,
    m: Address,
) -> Result<Vec<crate::operations::Operation>> {
    let Some(timelock) = d.timelock else {
        return Ok(Vec::new());
    };
    if governance::timelock_delay(ctx, d, m).await?.is_none() {
        return Ok(Vec::new());
    }
    let ops = crate::operations::list(ctx, d, timelock).await?;
    Ok(ops.into_iter().filter(|o| o.state.waits()).collect())
}

/// The `scheduleProgram` calls of `m` among `ops`.
pub fn programs_in(ops: &[crate::operations::Operation], m: Address) -> Vec<WaitingProgram> {
    use alloy::sol_types::SolCall;
    ops.iter()
        .filter_map(|op| {
            op.calls
                .iter()
                .filter(|c| c.target == m)
                .find_map(|c| M::scheduleProgramCall::abi_decode(&c.data).ok())
                .map(|call| WaitingProgram {
                    op: op.clone(),
                    call,
                })
        })
        .collect()
}

/// The program operations waiting in the timelock that owns `m`, if a timelock owns it.
pub async fn waiting_programs(
    ctx: &Ctx,
    d: &Deployments,
    m: Address,
) -> Result<Vec<WaitingProgram>> {
    Ok(programs_in(&waiting_ops(ctx, d, m).await?, m))
}
