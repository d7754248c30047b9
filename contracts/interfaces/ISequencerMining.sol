// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEarningHook} from "./IEarningHook.sol";
import {ILockingForDistributor} from "./ILockingView.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ISequencerMining
/// @notice The Sequencer Mining reward distributor: every sequencer position earns a simple
///         (non-compounding) 20% annual rate, per second, on its earning amount (its principal
///         while Active, else 0), during one program of `DURATION` from a start fixed once by
///         governance. Rewards are never promised beyond their funding: an increase of earning
///         that the funded balance cannot cover to the end of the program is refused.
/// @dev Accrual uses one global index, a pure function of time:
///      `I(t) = APR_BPS * RAY * (min(t, end) - start) / (10_000 * DURATION)` for `t > start`,
///      else 0 (rounded down), so `I(end) = 0.2 * RAY`. A position's reward since its checkpoint
///      is `earning * (I(now) - I(checkpoint)) / RAY`, rounded down. Every operation is O(1).
///
///      Solvency, kept by construction: `liability() = owed() + futureLiability() <=
///      rewardBalance() <= token.balanceOf(this)`, where `owed()` covers every position's
///      pending reward and `futureLiability()` is the most the current earning total can still
///      accrue, `totalEarning * (I(end) - I(now)) / RAY` rounded up (a full year before start).
interface ISequencerMining is IEarningHook {
    // ------------------------------------------------------------------ events

    /// @notice `funder` added `amount` tokens (what actually arrived) to the reward balance.
    event Funded(address indexed funder, uint256 amount);

    /// @notice The program was fixed to run over `[start, end)`.
    event ProgramStarted(uint64 start, uint64 end);

    /// @notice Position `id` now earns on `newEarning` instead of `oldEarning`; its reward up to
    ///         this second was checkpointed first.
    event EarningUpdated(uint256 indexed id, uint256 oldEarning, uint256 newEarning);

    /// @notice The owner of position `id` claimed `amount` of reward, paid to `to`.
    event RewardClaimed(uint256 indexed id, address indexed to, uint256 amount);

    /// @notice The owner of position `id` moved `amount` of reward into the position's lock.
    event RewardCompounded(uint256 indexed id, uint256 amount);

    /// @notice Governance withdrew `amount` of surplus (funding or donations not owed) to `to`.
    event SurplusWithdrawn(address indexed to, uint256 amount);

    // ------------------------------------------------------------------ errors

    /// @notice Thrown when an address argument that must be set is zero.
    error ZeroAddress();

    /// @notice Thrown when an amount that must be positive is zero.
    error ZeroAmount();

    /// @notice Thrown at construction when the locking contract locks another token.
    error TokenMismatch(address token, address lockingToken);

    /// @notice Thrown when `caller`, not the locking contract, calls the earning hook.
    error NotLocking(address caller);

    /// @notice Thrown when `caller` claims or compounds position `id` without owning it.
    error NotPositionOwner(uint256 id, address caller);

    /// @notice Thrown when position `id` has no reward to claim or compound.
    error NothingToClaim(uint256 id);

    /// @notice Thrown when the earning amount `earning` of position `id` exceeds `max`.
    error EarningTooLarge(uint256 id, uint256 earning, uint256 max);

    /// @notice Thrown when a liability of `needed` would exceed the funded reward balance
    ///         `available` (a lock, top-up, unjail or compound the budget cannot cover).
    error RewardBudgetExceeded(uint256 needed, uint256 available);

    /// @notice Thrown by `startProgram` when the program was already started at `start`.
    error ProgramAlreadyStarted(uint64 start);

    /// @notice Thrown by `startProgram` when `start` is before the current time `nowTime`.
    error StartInPast(uint64 start, uint256 nowTime);

    /// @notice Thrown by `startProgram` when `start` is beyond `maxStart` (year 36812).
    error StartTooLate(uint64 start, uint256 maxStart);

    /// @notice Thrown when `amount` of surplus is asked for and only `available` exists.
    error InsufficientSurplus(uint256 amount, uint256 available);

    /// @notice Ownership cannot be renounced: governance must always be able to unpause,
    ///         unjail, start the program or manage grants; hand it over with the two-step
    ///         transfer instead.
    error RenounceDisabled();

    // ------------------------------------------------------------------ constants

    /// @notice The annual reward rate in basis points: 2000 (20%), simple, per second.
    function APR_BPS() external view returns (uint256);

    /// @notice The length of the program in seconds: 365 days.
    function DURATION() external view returns (uint256);

    /// @notice The fixed-point unit of the index: 1e27.
    function RAY() external view returns (uint256);

    /// @notice The reward token (the locking contract's token).
    function token() external view returns (IERC20);

    /// @notice The locking contract, the only caller of the earning hook.
    function locking() external view returns (ILockingForDistributor);

    // ------------------------------------------------------------------ governance

    /// @notice Fixes the program to `[start, start + DURATION)`. Once only; never movable.
    /// @dev Only the owner (governance). Reverts with `ProgramAlreadyStarted` on a second call,
    ///      `StartInPast` when `start < block.timestamp`, `StartTooLate` past the 40-bit range.
    ///      The budget needs no check here: until the start every earning is already booked for
    ///      the full year, so fixing the start changes no liability.
    /// @param start The first second of accrual (unix time).
    function startProgram(uint64 start) external;

    /// @notice Pays `amount` of surplus (reward balance not owed, plus tokens sent directly
    ///         to this contract) to `to`.
    /// @dev Only the owner (governance). Donations are swept first, then the funded surplus.
    ///      Reverts with `InsufficientSurplus(amount, available)` beyond the surplus.
    function withdrawSurplus(address to, uint256 amount) external;

    // ------------------------------------------------------------------ users

    /// @notice Pulls `amount` tokens from the caller into the reward balance. Anyone may fund.
    /// @dev Needs an allowance. Credits what actually arrived (a fee-on-transfer token credits
    ///      less). Reverts with `ZeroAmount` for 0.
    /// @return received The amount credited.
    function fund(uint256 amount) external returns (uint256 received);

    /// @notice Pays all the reward accrued by position `id` to `to`, or to the position's reward
    ///         recipient when `to` is the zero address.
    /// @dev Only the position's owner. Reverts with `NothingToClaim(id)` when nothing accrued.
    ///      Works for ever, also after the program ended.
    /// @return amount The reward paid.
    function claim(uint256 id, address to) external returns (uint256 amount);

    /// @notice Moves all the reward accrued by position `id` into its lock.
    /// @dev Only the position's owner; the position must be Active and stay within the locking
    ///      contract's `maxLock`, its owner must be whitelisted while the locking contract's
    ///      whitelist is in force (else `NotWhitelisted(owner)` from the locking contract; `claim`
    ///      still works), and the budget must cover the larger earning (else the locking
    ///      contract or the hook reverts). Reverts with `NothingToClaim(id)` when nothing accrued.
    /// @return amount The reward added to the principal.
    function compound(uint256 id) external returns (uint256 amount);

    // ------------------------------------------------------------------ views

    /// @notice The reward position `id` could claim now (rounded down).
    function pendingReward(uint256 id) external view returns (uint256);

    /// @notice The amount position `id` currently earns on (token wei).
    function earningOf(uint256 id) external view returns (uint256);

    /// @notice The sum of every position's earning amount.
    function totalEarning() external view returns (uint256);

    /// @notice The global index now, in RAY.
    function index() external view returns (uint256);

    /// @notice The global index at time `t`, in RAY (0 before the start or while unset).
    function indexAt(uint256 t) external view returns (uint256);

    /// @notice The program start (0 while governance has not started it).
    function programStart() external view returns (uint64);

    /// @notice The program end, `programStart() + DURATION` (0 while not started).
    function programEnd() external view returns (uint64);

    /// @notice Tokens funded and not yet paid out (claims and compounds); donations excluded.
    function rewardBalance() external view returns (uint256);

    /// @notice Everything the program may still have to pay: `owed() + futureLiability()`,
    ///         rounded up.
    function liability() external view returns (uint256);

    /// @notice Rewards accrued and not yet claimed, over all positions; at least the sum of
    ///         their `pendingReward`.
    function owed() external view returns (uint256);

    /// @notice The most the current earning total can still accrue until the end:
    ///         `totalEarning * (I(end) - I(now)) / RAY`, rounded up.
    function futureLiability() external view returns (uint256);

    /// @notice `rewardBalance() - liability()`: funding not promised to anyone.
    function surplus() external view returns (uint256);

    /// @notice How much more earning amount the budget accepts now:
    ///         `surplus * RAY / (I(end) - I(now))`, rounded down; `type(uint256).max` after the end.
    function headroom() external view returns (uint256);
}
