//! The contracts the CLI talks to, by kind: which ABI explains a revert from an address, and
//! the parts of OpenZeppelin's TimelockController and Ownable that governance uses.

use crate::deployments::Deployments;
use alloy::primitives::Address;
use alloy::sol;

sol! {
    /// OpenZeppelin 5 `TimelockController` (schedule, execute and their batch forms, state
    /// views, errors) and
    /// `Ownable.owner()`, as governance uses them.
    #[sol(rpc, abi)]
    interface ITimelock {
        function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay);
        function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable;
        function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) view returns (bytes32);
        function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay);
        function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable;
        function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) view returns (bytes32);
        function getMinDelay() view returns (uint256);
        function getTimestamp(bytes32 id) view returns (uint256);
        function hasRole(bytes32 role, address account) view returns (bool);
        function PROPOSER_ROLE() view returns (bytes32);
        function EXECUTOR_ROLE() view returns (bytes32);
        function owner() view returns (address);
        function cancel(bytes32 id);
        function updateDelay(uint256 newDelay);
        function grantRole(bytes32 role, address account);
        function revokeRole(bytes32 role, address account);
        function CANCELLER_ROLE() view returns (bytes32);
        event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay);
        event CallSalt(bytes32 indexed id, bytes32 salt);
        event Cancelled(bytes32 indexed id);
        error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates);
        error TimelockInsufficientDelay(uint256 delay, uint256 minDelay);
        error TimelockUnexecutedPredecessor(bytes32 predecessorId);
        error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values);
        error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    }
}

sol! {
    /// The calls governance makes directly (not scheduled), with their parameter names as in
    /// `contracts/interfaces` and OpenZeppelin: the Safe Transaction Builder keys a call's
    /// values by name, and the generated bindings keep only the types. A test checks each
    /// against the bindings' own signatures.
    #[sol(abi)]
    interface IGovernanceCalls {
        function setWhitelisted(address operator, bool allowed);
        function setPermissionless(bool enabled);
        function setLockLimits(uint256 newMinLock, uint256 newMaxLock);
        function setMaxSequencers(uint256 newMaxSequencers);
        function setUnlockDelay(uint256 newUnlockDelay);
        function setTreasury(address newTreasury);
        function setGuardian(address newGuardian);
        function setDistributor(address newDistributor);
        function jail(uint256 id);
        function unjail(uint256 id);
        function slash(uint256 id, uint256 amount, string reason);
        function pause();
        function unpause();
        function startProgram(uint64 start);
        function scheduleProgram(uint256 rateBps, uint256 duration, uint64 start);
        function withdrawSurplus(address to, uint256 amount);
        function createGrant(address beneficiary, uint256 amount, uint256 start, uint256 cliff, uint256 duration, bool revocable, bool milestoneGated, string description);
        function approveMilestone(uint256 id, uint256 newCap);
        function revoke(uint256 id);
        function sweepExcess(address to);
        function transferOwnership(address newOwner);
        function acceptOwnership();
        function cancel(bytes32 id);
        function updateDelay(uint256 newDelay);
        function grantRole(bytes32 role, address account);
        function revokeRole(bytes32 role, address account);
    }
}

/// `function`, with the parameter names of [`IGovernanceCalls`] when it is one of those.
pub fn named(function: alloy::json_abi::Function) -> alloy::json_abi::Function {
    let selector = function.selector();
    IGovernanceCalls::abi::functions()
        .into_values()
        .flatten()
        .find(|f| f.selector() == selector)
        .unwrap_or(function)
}

/// Which contract an address is: its ABI is the one that explains its reverts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contract {
    Locking,
    Mining,
    Grants,
    /// The staking token (TestMetis on test chains; METIS speaks OpenZeppelin's ERC-20 errors
    /// or revert strings).
    Token,
    Timelock,
    /// The reference liquid staking vault (issue 19).
    Vault,
    /// The equivocation slasher (issue 20).
    Slasher,
    /// Anything else (e.g. a contract being deployed).
    Other,
}

impl Contract {
    /// The kind of `address` in this deployment.
    pub fn of(d: &Deployments, address: Address) -> Self {
        if d.locking == Some(address) {
            Self::Locking
        } else if d.mining == Some(address) {
            Self::Mining
        } else if d.grants == Some(address) {
            Self::Grants
        } else if d.token == address {
            Self::Token
        } else if d.timelock == Some(address) {
            Self::Timelock
        } else if d.vault == Some(address) && !address.is_zero() {
            Self::Vault
        } else if d.slasher == Some(address) && !address.is_zero() {
            Self::Slasher
        } else {
            Self::Other
        }
    }

    /// The contracts whose errors can surface through a call to this one, in the order they
    /// are tried after its own: the locking contract's reward hook calls the distributor,
    /// `compound` calls back into the locking contract, every token move calls the token,
    /// and the timelock bubbles up the revert of the call it executes.
    pub fn callees(self) -> &'static [Contract] {
        match self {
            Self::Locking => &[Self::Mining, Self::Token],
            Self::Mining => &[Self::Locking, Self::Token],
            Self::Grants => &[Self::Token],
            Self::Token => &[],
            Self::Timelock => &[Self::Locking, Self::Mining, Self::Grants, Self::Token],
            // The vault locks, withdraws and claims through the locking contract and the
            // distributor, and moves the token.
            Self::Vault => &[Self::Locking, Self::Mining, Self::Token],
            // The slasher slashes and jails through the locking contract and pays in tokens.
            Self::Slasher => &[Self::Locking, Self::Mining, Self::Token],
            Self::Other => &[],
        }
    }
}

impl Contract {
    /// The contract's name, for people ("SequencerLocking", "the timelock").
    pub fn name(self) -> &'static str {
        match self {
            Self::Locking => "SequencerLocking",
            Self::Mining => "SequencerMining",
            Self::Grants => "GrantEscrow",
            Self::Token => "the token",
            Self::Timelock => "the timelock",
            Self::Vault => "the vault",
            Self::Slasher => "the equivocation slasher",
            Self::Other => "an unknown contract",
        }
    }

    /// Whether `data` calls a function that takes a time argument which must lie after the
    /// call is made (`startProgram`, `scheduleProgram`, `createGrant`): a timelock delay can
    /// make it stale.
    pub fn takes_time(data: &[u8]) -> bool {
        use alloy::sol_types::SolCall;
        use metis_bindings::grant_escrow::GrantEscrow::createGrantCall;
        use metis_bindings::sequencer_mining::SequencerMining::{
            scheduleProgramCall, startProgramCall,
        };
        let selector = data.get(..4);
        selector == Some(&startProgramCall::SELECTOR[..])
            || selector == Some(&scheduleProgramCall::SELECTOR[..])
            || selector == Some(&createGrantCall::SELECTOR[..])
    }

    /// Whether the revert data `err` refuses a time argument against the clock (a start in the
    /// past, too late or too far ahead of now, a grant schedule out of range): the refusals for
    /// which the earliest execution time of a timelock call is worth stating.
    pub fn refuses_a_time(err: &[u8]) -> bool {
        use alloy::sol_types::SolError;
        use metis_bindings::grant_escrow::GrantEscrow::ScheduleOutOfRange;
        use metis_bindings::sequencer_mining::SequencerMining::{
            StartInPast, StartTooFarAhead, StartTooLate,
        };
        let selector = err.get(..4);
        [
            StartInPast::SELECTOR,
            StartTooLate::SELECTOR,
            StartTooFarAhead::SELECTOR,
            ScheduleOutOfRange::SELECTOR,
        ]
        .iter()
        .any(|s| selector == Some(&s[..]))
    }
}

/// An OpenZeppelin `AccessControl` role of the timelock by name, or its hash when unknown.
pub fn role_name(role: alloy::primitives::B256) -> String {
    [
        "PROPOSER_ROLE",
        "EXECUTOR_ROLE",
        "CANCELLER_ROLE",
        "ALLOCATOR_ROLE",
    ]
    .into_iter()
    .find(|name| alloy::primitives::keccak256(name.as_bytes()) == role)
    .map(str::to_string)
    .unwrap_or_else(|| match role.is_zero() {
        true => "DEFAULT_ADMIN_ROLE".to_string(),
        false => role.to_string(),
    })
}

/// A position's status (`ISequencerLocking.Status`) in words.
pub fn status_label(status: u8) -> &'static str {
    match status {
        1 => "active",
        2 => "jailed",
        3 => "unlocking",
        4 => "exited",
        _ => "unknown",
    }
}

/// `ISequencerLocking.Status` values the CLI reasons about.
pub mod status {
    pub const ACTIVE: u8 = 1;
    pub const JAILED: u8 = 2;
    pub const UNLOCKING: u8 = 3;
}

#[cfg(test)]
mod tests {
    use super::*;
    use metis_bindings::grant_escrow::GrantEscrow::GrantEscrowCalls;
    use metis_bindings::sequencer_locking::SequencerLocking::SequencerLockingCalls;
    use metis_bindings::sequencer_mining::SequencerMining::SequencerMiningCalls;

    /// The named governance calls are the contracts' own: same signature, known by a binding.
    #[test]
    fn named_governance_calls_match_the_bindings() {
        let functions: Vec<_> = IGovernanceCalls::abi::functions()
            .into_values()
            .flatten()
            .collect();
        assert_eq!(functions.len(), 26);
        for f in functions {
            let sel = f.selector().0;
            let known = [
                SequencerLockingCalls::signature_by_selector(sel),
                SequencerMiningCalls::signature_by_selector(sel),
                GrantEscrowCalls::signature_by_selector(sel),
                ITimelock::ITimelockCalls::signature_by_selector(sel),
            ];
            assert!(
                known.contains(&Some(f.signature().as_str())),
                "{} is no function of the bindings",
                f.signature()
            );
            assert!(
                f.inputs.iter().all(|p| !p.name.is_empty()),
                "{}",
                f.signature()
            );
        }
    }
}
