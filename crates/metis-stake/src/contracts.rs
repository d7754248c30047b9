//! The contracts the CLI talks to, by kind: which ABI explains a revert from an address, and
//! the parts of OpenZeppelin's TimelockController and Ownable that governance uses.

use crate::deployments::Deployments;
use alloy::primitives::Address;
use alloy::sol;

sol! {
    /// OpenZeppelin 5 `TimelockController` (schedule, execute and their batch forms, state
    /// views, errors) and
    /// `Ownable.owner()`, as governance uses them.
    #[sol(rpc)]
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
            Self::Other => &[],
        }
    }
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
}
