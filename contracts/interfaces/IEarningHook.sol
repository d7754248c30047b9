// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IEarningHook
/// @notice What the locking contract calls on the reward distributor whenever the amount a
///         sequencer position earns on changes. The earning amount of a position is its
///         locked principal while it is `Active`, and 0 in every other status.
/// @dev The locking contract calls it in the same transaction as the change, after updating
///      its own state, so the distributor can checkpoint the position to the second. The
///      distributor may revert (e.g. when the reward budget cannot cover a higher earning
///      amount); the change is then refused as a whole.
interface IEarningHook {
    /// @notice The earning amount of position `id` is now `newEarning` (token wei).
    /// @dev Callable only by the locking contract the distributor was built for.
    /// @param id The position (sequencer) id.
    /// @param newEarning The new earning amount in token wei: the principal if Active, else 0.
    function onEarningChanged(uint256 id, uint256 newEarning) external;
}
