//! Governance calls. The owner of the contracts is either an account (local chains, where
//! `metis-stake deploy` makes the deployer the owner) or the timelock (`script/Deploy.s.sol`).
//! Every governance command works with both:
//! - owner is the sender: the call is simulated and sent directly;
//! - owner is the timelock: the first run schedules the call (the sender needs the proposer
//!   role; otherwise, or with `--print`, the calldata is printed for a multisig), the same
//!   command run again once the delay has passed executes it.

use crate::amount::metis;
use crate::cli::AmountOpts;
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use crate::{output, tx};
use alloy::primitives::{Address, Bytes, B256, U256};
use alloy::providers::Provider;
use alloy::sol;
use alloy::sol_types::SolCall;
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking;
use metis_bindings::sequencer_mining::SequencerMining;
use serde_json::json;

sol! {
    /// The parts of OpenZeppelin's TimelockController and Ownable that governance uses.
    #[sol(rpc)]
    interface ITimelock {
        function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay);
        function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable;
        function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) view returns (bytes32);
        function getMinDelay() view returns (uint256);
        function getTimestamp(bytes32 id) view returns (uint256);
        function hasRole(bytes32 role, address account) view returns (bool);
        function PROPOSER_ROLE() view returns (bytes32);
        function EXECUTOR_ROLE() view returns (bytes32);
        function owner() view returns (address);
        error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates);
        error TimelockInsufficientDelay(uint256 delay, uint256 minDelay);
        error TimelockUnexecutedPredecessor(bytes32 predecessorId);
        error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    }
}

/// Options every governance command takes.
#[derive(Args, Debug, Clone, Default)]
pub struct GovOpts {
    /// Only print the call (and the timelock's schedule/execute calldata), send nothing
    #[arg(long)]
    pub print: bool,
    /// Timelock salt, to schedule the same call again after it was executed once
    #[arg(
        long,
        value_name = "HEX32",
        default_value = "0x0000000000000000000000000000000000000000000000000000000000000000"
    )]
    pub salt: B256,
}

/// Done timestamps in OpenZeppelin's TimelockController.
const DONE: u64 = 1;

/// The timelock's delay when `target` is owned by the timelock, else `None`.
pub async fn timelock_delay(ctx: &Ctx, d: &Deployments, target: Address) -> Result<Option<u64>> {
    let Some(tl) = d.timelock else {
        return Ok(None);
    };
    let mut r = Reads::new();
    let owner = r.add(target, ITimelock::ownerCall {});
    let delay = r.add(tl, ITimelock::getMinDelayCall {});
    let a = r.send(ctx).await?;
    (a.get(&owner)? == tl)
        .then(|| a.get(&delay).map(|d| d.saturating_to::<u64>()))
        .transpose()
}

/// A time argument that defaults to "now" cannot default through a timelock: the second run
/// (the execution) must rebuild the very same call. Asks for it explicitly then.
pub async fn explicit_time_through_timelock(
    ctx: &Ctx,
    d: &Deployments,
    target: Address,
    given: Option<u64>,
    flag: &str,
) -> Result<u64> {
    if let Some(t) = given {
        return Ok(t);
    }
    let now = latest_time(ctx).await?;
    match timelock_delay(ctx, d, target).await? {
        // The next block's time: not before the latest block, nor before the wall clock
        // (a node that mines on demand stamps blocks with the current time), plus one slot.
        None => {
            let wall = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            Ok(now.max(wall) + 12)
        }
        Some(delay) => Err(CliError::usage(format!(
            "this call goes through the timelock (delay {}): pass {flag} explicitly",
            format_duration(delay)
        ))
        .hint(format!(
            "e.g. {flag} {} (now + delay + 1 day); run the same command again after the delay to execute it",
            now + delay + 86_400
        ))
        .into()),
    }
}

/// Carries out a governance call to `target`, directly or through the timelock.
pub async fn govern(
    ctx: &Ctx,
    d: &Deployments,
    target: Address,
    data: Bytes,
    label: &str,
    opts: &GovOpts,
) -> Result<()> {
    govern_as(ctx, d, target, data, label, opts, false).await
}

/// `govern`, where `guardian_may` says the locking contract's guardian may also make the
/// call directly (jail, pause).
pub async fn govern_as(
    ctx: &Ctx,
    d: &Deployments,
    target: Address,
    data: Bytes,
    label: &str,
    opts: &GovOpts,
    guardian_may: bool,
) -> Result<()> {
    let mut r = Reads::new();
    let owner = r.add(target, ITimelock::ownerCall {});
    let guardian = guardian_may.then(|| r.add(target, SequencerLocking::guardianCall {}));
    let a = r.send(ctx).await?;
    let owner = a.get(&owner)?;
    let guardian = match &guardian {
        Some(g) => Some(a.get(g)?),
        None => None,
    };
    let timelocked = d.timelock == Some(owner);

    if opts.print {
        let mut j = json!({ "target": target, "data": data, "owner": owner });
        let mut human = format!("{label}\n  target  {target}\n  data    {data}");
        if timelocked {
            let delay = ITimelock::new(owner, ctx.provider.clone())
                .getMinDelay()
                .call()
                .await
                .map_err(tx::explain)?;
            let schedule = ITimelock::scheduleCall {
                target,
                value: U256::ZERO,
                data: data.clone(),
                predecessor: B256::ZERO,
                salt: opts.salt,
                delay,
            }
            .abi_encode();
            let execute = ITimelock::executeCall {
                target,
                value: U256::ZERO,
                payload: data.clone(),
                predecessor: B256::ZERO,
                salt: opts.salt,
            }
            .abi_encode();
            human.push_str(&format!(
                "\nthrough the timelock {owner} (delay {}):\n  schedule  {}\n  execute   {}",
                format_duration(delay.saturating_to()),
                Bytes::from(schedule.clone()),
                Bytes::from(execute.clone())
            ));
            j["timelock"] = json!({ "address": owner, "delay": delay.to_string(), "schedule": Bytes::from(schedule), "execute": Bytes::from(execute) });
        }
        output::result(ctx.json(), human, j);
        return Ok(());
    }

    let sender = ctx.sender()?;
    if owner == sender || guardian == Some(sender) {
        let call = alloy::rpc::types::TransactionRequest::default()
            .to(target)
            .input(data.into());
        let receipt = tx::send_request(ctx, label, call).await?;
        output::result(
            ctx.json(),
            format!("done: {label}"),
            json!({ "action": label, "tx": receipt.transaction_hash }),
        );
        return Ok(());
    }
    if !timelocked {
        return Err(CliError::failed(format!(
            "only the owner {owner} may {label}; the sender is {sender}"
        ))
        .hint("send with the owner's key, or pass --print to get the calldata for the owner")
        .into());
    }

    // Through the timelock.
    let timelock = ITimelock::new(owner, ctx.provider.clone());
    let mut r = Reads::new();
    let id = r.add(
        owner,
        ITimelock::hashOperationCall {
            target,
            value: U256::ZERO,
            data: data.clone(),
            predecessor: B256::ZERO,
            salt: opts.salt,
        },
    );
    let delay = r.add(owner, ITimelock::getMinDelayCall {});
    let proposer_role = r.add(owner, ITimelock::PROPOSER_ROLECall {});
    let executor_role = r.add(owner, ITimelock::EXECUTOR_ROLECall {});
    let a = r.send(ctx).await?;
    let (id, delay) = (a.get(&id)?, a.get(&delay)?);
    let (proposer_role, executor_role) = (a.get(&proposer_role)?, a.get(&executor_role)?);
    let mut r = Reads::new();
    let ts = r.add(owner, ITimelock::getTimestampCall { id });
    let can_propose = r.add(
        owner,
        ITimelock::hasRoleCall {
            role: proposer_role,
            account: sender,
        },
    );
    let can_execute = r.add(
        owner,
        ITimelock::hasRoleCall {
            role: executor_role,
            account: sender,
        },
    );
    let open_execute = r.add(
        owner,
        ITimelock::hasRoleCall {
            role: executor_role,
            account: Address::ZERO,
        },
    );
    let a = r.send(ctx).await?;
    let ts = a.get(&ts)?.saturating_to::<u64>();
    let now = latest_time(ctx).await?;

    if ts == DONE {
        return Err(CliError::failed(format!(
            "this call was already executed through the timelock (operation {id})"
        ))
        .hint("to make the same call again, pass a new --salt")
        .into());
    }
    if ts == 0 {
        if !a.get(&can_propose)? {
            return Err(CliError::failed(format!(
                "{sender} is not a proposer of the timelock {owner}"
            ))
            .hint("pass --print to get the schedule calldata for the proposer (e.g. the multisig)")
            .into());
        }
        // The call must work once the timelock makes it: simulate it from the timelock now.
        let inner = alloy::rpc::types::TransactionRequest::default()
            .from(owner)
            .to(target)
            .input(data.clone().into());
        if let Err(e) = ctx.provider.call(inner).await {
            return Err(tx::explain_rpc(&e).into());
        }
        let receipt = tx::send(
            ctx,
            &format!("schedule: {label}"),
            timelock.schedule(target, U256::ZERO, data, B256::ZERO, opts.salt, delay),
        )
        .await?;
        let eta = timelock
            .getTimestamp(id)
            .call()
            .await
            .map_err(tx::explain)?
            .saturating_to::<u64>();
        output::result(
            ctx.json(),
            format!(
                "scheduled: {label}\n  operation {id}\n  executable from {} (in {}); run the same command again then",
                format_ts(eta),
                format_duration(delay.saturating_to())
            ),
            json!({ "action": label, "state": "scheduled", "operation": id, "executableAt": eta, "tx": receipt.transaction_hash }),
        );
        return Ok(());
    }
    if now < ts {
        return Err(CliError::failed(format!(
            "'{label}' is scheduled; the timelock lets it run from {} (in {})",
            format_ts(ts),
            format_duration(ts - now)
        ))
        .hint("run the same command again after that time")
        .into());
    }
    if !a.get(&can_execute)? && !a.get(&open_execute)? {
        return Err(CliError::failed(format!(
            "{sender} is not an executor of the timelock {owner}"
        ))
        .hint("pass --print to get the execute calldata for an executor")
        .into());
    }
    let receipt = tx::send(
        ctx,
        &format!("execute: {label}"),
        timelock.execute(target, U256::ZERO, data, B256::ZERO, opts.salt),
    )
    .await?;
    output::result(
        ctx.json(),
        format!("executed through the timelock: {label}"),
        json!({ "action": label, "state": "executed", "operation": id, "tx": receipt.transaction_hash }),
    );
    Ok(())
}

pub async fn latest_time(ctx: &Ctx) -> Result<u64> {
    Ok(ctx
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(|e| tx::explain_transport(&e))?
        .map(|b| b.header.timestamp)
        .unwrap_or_default())
}

#[derive(Subcommand, Debug)]
pub enum GovCmd {
    /// Allow (or with --remove, disallow) an operator to lock while the set is permissioned
    Whitelist(WhitelistArgs),
    /// Open the sequencer set to everyone (`on`) or return to the whitelist (`off`)
    Permissionless(SwitchArgs),
    /// Set the lock limits, in METIS
    SetLimits(LimitsArgs),
    /// Set the cap on the active set
    SetMaxSequencers(CountArgs),
    /// Set the unlock delay in seconds (applies to new requests)
    SetUnlockDelay(CountArgs),
    /// Jail a sequencer: it leaves the set and stops earning (it can still exit)
    Jail(GovIdArgs),
    /// Let a jailed sequencer back into the set
    Unjail(GovIdArgs),
    /// Slash a sequencer (capped per event); slashed funds go to the treasury
    Slash(SlashArgs),
    /// Pause new locks (exits keep working)
    Pause(GovOnly),
    /// Resume new locks
    Unpause(GovOnly),
    /// Withdraw reward funding above the liability
    WithdrawSurplus(SurplusArgs),
}

#[derive(Args, Debug)]
pub struct GovOnly {
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct WhitelistArgs {
    pub operator: Address,
    /// Remove from the whitelist instead
    #[arg(long)]
    pub remove: bool,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Args, Debug)]
pub struct SwitchArgs {
    #[arg(value_enum)]
    pub state: OnOff,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct LimitsArgs {
    #[arg(value_parser = crate::amount::parse_amount_arg)]
    pub min: crate::amount::AmountArg,
    #[arg(value_parser = crate::amount::parse_amount_arg)]
    pub max: crate::amount::AmountArg,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct CountArgs {
    pub value: u64,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct GovIdArgs {
    pub id: u64,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct SlashArgs {
    pub id: u64,
    #[command(flatten)]
    pub amount: AmountOpts,
    /// Why (recorded in the event)
    #[arg(long)]
    pub reason: String,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct SurplusArgs {
    #[command(flatten)]
    pub amount: AmountOpts,
    /// Who receives it
    #[arg(long)]
    pub to: Address,
    #[command(flatten)]
    pub gov: GovOpts,
}

pub async fn run(ctx: &Ctx, cmd: GovCmd) -> Result<()> {
    let d = ctx.deployments()?;
    let l = d.locking()?;
    use SequencerLocking as L;
    let guardian_may = matches!(cmd, GovCmd::Jail(_) | GovCmd::Pause(_));
    let (target, data, label, opts): (Address, Vec<u8>, String, GovOpts) = match cmd {
        GovCmd::Whitelist(a) => (
            l,
            L::setWhitelistedCall {
                operator: a.operator,
                allowed: !a.remove,
            }
            .abi_encode(),
            format!(
                "{} {} {} the whitelist",
                if a.remove { "remove" } else { "add" },
                a.operator,
                if a.remove { "from" } else { "to" }
            ),
            a.gov,
        ),
        GovCmd::Permissionless(a) => {
            let on = matches!(a.state, OnOff::On);
            (
                l,
                L::setPermissionlessCall { enabled: on }.abi_encode(),
                format!("turn permissionless {}", if on { "on" } else { "off" }),
                a.gov,
            )
        }
        GovCmd::SetLimits(a) => {
            let min = a.min.to_wei(false).map_err(CliError::usage)?;
            let max = a.max.to_wei(false).map_err(CliError::usage)?;
            (
                l,
                L::setLockLimitsCall {
                    newMinLock: min,
                    newMaxLock: max,
                }
                .abi_encode(),
                format!("set the lock limits to {} .. {}", metis(min), metis(max)),
                a.gov,
            )
        }
        GovCmd::SetMaxSequencers(a) => (
            l,
            L::setMaxSequencersCall {
                newMaxSequencers: U256::from(a.value),
            }
            .abi_encode(),
            format!("cap the active set at {}", a.value),
            a.gov,
        ),
        GovCmd::SetUnlockDelay(a) => (
            l,
            L::setUnlockDelayCall {
                newUnlockDelay: U256::from(a.value),
            }
            .abi_encode(),
            format!("set the unlock delay to {}", format_duration(a.value)),
            a.gov,
        ),
        GovCmd::Jail(a) => (
            l,
            L::jailCall {
                id: U256::from(a.id),
            }
            .abi_encode(),
            format!("jail sequencer {}", a.id),
            a.gov,
        ),
        GovCmd::Unjail(a) => (
            l,
            L::unjailCall {
                id: U256::from(a.id),
            }
            .abi_encode(),
            format!("unjail sequencer {}", a.id),
            a.gov,
        ),
        GovCmd::Slash(a) => {
            let amount = a
                .amount
                .amount
                .to_wei(a.amount.wei)
                .map_err(CliError::usage)?;
            (
                l,
                L::slashCall {
                    id: U256::from(a.id),
                    amount,
                    reason: a.reason.clone(),
                }
                .abi_encode(),
                format!(
                    "slash {} from sequencer {} ({})",
                    metis(amount),
                    a.id,
                    a.reason
                ),
                a.gov,
            )
        }
        GovCmd::Pause(a) => (
            l,
            L::pauseCall {}.abi_encode(),
            "pause new locks".to_string(),
            a.gov,
        ),
        GovCmd::Unpause(a) => (
            l,
            L::unpauseCall {}.abi_encode(),
            "resume new locks".to_string(),
            a.gov,
        ),
        GovCmd::WithdrawSurplus(a) => {
            let amount = a
                .amount
                .amount
                .to_wei(a.amount.wei)
                .map_err(CliError::usage)?;
            (
                d.mining()?,
                SequencerMining::withdrawSurplusCall { to: a.to, amount }.abi_encode(),
                format!("withdraw {} of reward surplus to {}", metis(amount), a.to),
                a.gov,
            )
        }
    };
    govern_as(ctx, &d, target, data.into(), &label, &opts, guardian_may).await
}
