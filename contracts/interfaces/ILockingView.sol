// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ILockingForDistributor
/// @notice The part of the sequencer locking contract that the reward distributor uses. The
///         full `ISequencerLocking` declares these exact functions, so any locking contract
///         is a valid `ILockingForDistributor`.
/// @dev The locking contract also calls `IEarningHook.onEarningChanged` on the distributor after
///      every change of a position's earning amount (principal while Active, else 0).
interface ILockingForDistributor {
    /// @notice The ERC-20 locked as collateral; the distributor pays its rewards in it too.
    function token() external view returns (IERC20);

    /// @notice The owner of position `id` (who locked it; positions are non-transferable).
    /// @dev Reverts for an id that was never created.
    function ownerOf(uint256 id) external view returns (address);

    /// @notice The owner of position `id` and where its rewards go by default.
    /// @dev Reverts for an id that was never created.
    /// @return owner Who locked the position.
    /// @return recipient The reward recipient, or `owner` when none is set.
    function rewardAccounts(uint256 id) external view returns (address owner, address recipient);

    /// @notice Adds `amount` to the principal of Active position `id` (reward compounding).
    /// @dev Callable only by the distributor, which must have transferred `amount` tokens to the
    ///      locking contract beforehand. Reverts unless the position is Active, its owner is
    ///      whitelisted while the whitelist is in force, and the new principal stays within
    ///      `maxLock`. Calls `onEarningChanged(id, newPrincipal)` on
    ///      the distributor before it returns.
    function compoundFor(uint256 id, uint256 amount) external;

    /// @notice The reward distributor the locking contract reports earning changes to.
    function distributor() external view returns (address);
}
