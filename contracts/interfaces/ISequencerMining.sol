// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEarningHook} from "./IEarningHook.sol";
import {ILockingForDistributor} from "./ILockingView.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ISequencerMining
/// @notice The Sequencer Mining reward distributor: every sequencer position earns a simple
///         (non-compounding) annual rate, per second, on its earning amount (its principal
///         while Active, else 0), during reward programs scheduled by governance. The first
///         program pays 2000 bps (20%) for 365 days from a start fixed once; each later one has
///         its own rate (at most `MAX_RATE_BPS`) and duration (`MIN_PROGRAM_DURATION` to
///         `MAX_PROGRAM_DURATION`) and starts at or after the end of the one before. Rewards are
///         never promised beyond their funding: an increase of earning, or a new program, that
///         the funded balance cannot cover to the end of the last scheduled program is refused.
/// @dev Accrual uses one global reward index in rate-seconds (bps x seconds), an exact integer
///      and a pure function of time: `R(t) = sum over programs of rateBps * (seconds of the
///      program elapsed at t)`. A position's reward since its checkpoint is
///      `earning * (R(now) - R(checkpoint)) / (10_000 * 365 days)` rounded down: the closed form
///      `amount * rate * seconds / 365 days` of each program in turn, summed before rounding.
///      Every operation is O(1) in the number of positions and of past programs.
///
///      Solvency, kept by construction: `liability() = owed() + futureLiability() <=
///      rewardBalance() <= token.balanceOf(this)`, where `owed()` covers every position's
///      pending reward and `futureLiability()` is the most the current earning total can still
///      accrue until the end of the last scheduled program, rounded up.
interface ISequencerMining is IEarningHook {
    // ------------------------------------------------------------------ events

    /// @notice `funder` added `amount` tokens (what actually arrived) to the reward balance.
    event Funded(address indexed funder, uint256 amount);

    /// @notice Reward program `id` runs over `[start, end)` at `rateBps`; `booked` is the
    ///         liability it added (the whole future reward of the earning total at scheduling,
    ///         rounded up; 0 for the first program, booked by every earning from the beginning).
    event ProgramScheduled(uint256 indexed id, uint64 start, uint64 end, uint256 rateBps, uint256 booked);

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

    /// @notice Thrown when a program `start` is before the current time `nowTime`.
    error StartInPast(uint64 start, uint256 nowTime);

    /// @notice Thrown when a program would end beyond the 40-bit time range: its `start` is
    ///         after `maxStart`.
    error StartTooLate(uint64 start, uint256 maxStart);

    /// @notice Thrown by `scheduleProgram` before the first program's start is fixed.
    error ProgramNotStarted();

    /// @notice Thrown by `scheduleProgram` for a rate outside `[1, maxRateBps]`.
    error RateOutOfBounds(uint256 rateBps, uint256 maxRateBps);

    /// @notice Thrown by `scheduleProgram` for a duration outside `[minDuration, maxDuration]`.
    error DurationOutOfBounds(uint256 duration, uint256 minDuration, uint256 maxDuration);

    /// @notice Thrown by `scheduleProgram` when `start` is before `previousEnd`, the end of the
    ///         last scheduled program: programs never overlap.
    error StartBeforePreviousEnd(uint64 start, uint64 previousEnd);

    /// @notice Thrown by `scheduleProgram` when `queued` programs have not started yet and
    ///         at most `max` may wait.
    error TooManyQueuedPrograms(uint256 queued, uint256 max);

    /// @notice Thrown by `scheduleProgram` when `start` is after `latestStart`: more than
    ///         `MAX_PROGRAM_GAP` after the end of the last program (or after now, if that is
    ///         later). A scheduled program cannot be cancelled.
    error StartTooFarAhead(uint64 start, uint64 latestStart);

    /// @notice Thrown when `amount` of surplus is asked for and only `available` exists.
    error InsufficientSurplus(uint256 amount, uint256 available);

    /// @notice Ownership cannot be renounced: governance must always be able to unpause,
    ///         unjail, start the program or manage grants; hand it over with the two-step
    ///         transfer instead.
    error RenounceDisabled();

    // ------------------------------------------------------------------ constants

    /// @notice The first program's annual rate in basis points: 2000 (20%), simple, per second.
    function APR_BPS() external view returns (uint256);

    /// @notice The first program's length in seconds: 365 days.
    function DURATION() external view returns (uint256);

    /// @notice The highest rate a program may pay, in basis points a year: 5000 (50%).
    function MAX_RATE_BPS() external view returns (uint256);

    /// @notice The shortest program, in seconds: 7 days.
    function MIN_PROGRAM_DURATION() external view returns (uint256);

    /// @notice The longest program, in seconds: 730 days.
    function MAX_PROGRAM_DURATION() external view returns (uint256);

    /// @notice The longest gap a program may leave after the last one (or after now, if that
    ///         is later), in seconds: 90 days.
    function MAX_PROGRAM_GAP() external view returns (uint256);

    /// @notice How many scheduled programs may wait for their start at once: 2 (each one
    ///         waiting costs every operation one more storage read until it starts).
    function MAX_QUEUED_PROGRAMS() external view returns (uint256);

    /// @notice The reward token (the locking contract's token).
    function token() external view returns (IERC20);

    /// @notice The locking contract, the only caller of the earning hook.
    function locking() external view returns (ILockingForDistributor);

    // ------------------------------------------------------------------ governance

    /// @notice Fixes the first program to `[start, start + DURATION)` at `APR_BPS`. Once only;
    ///         never movable. Emits `ProgramScheduled(1, start, end, APR_BPS, 0)`.
    /// @dev Only the owner (governance). Reverts with `ProgramAlreadyStarted` on a second call,
    ///      `StartInPast` when `start < block.timestamp`, `StartTooLate` past the 40-bit range.
    ///      The budget needs no check here: until the start every earning is already booked for
    ///      the full year, so fixing the start changes no liability.
    /// @param start The first second of accrual (unix time).
    function startProgram(uint64 start) external;

    /// @notice Schedules the next reward program: `rateBps` a year over `[start, start +
    ///         duration)`, at or after the end of the last scheduled one (back to back, or after
    ///         a gap in which nothing accrues). No position has to do anything to earn it.
    /// @dev Only the owner (governance). Books the whole future reward of the current earning
    ///      total for the program, `totalEarning * rateBps * duration / (10_000 * 365 days)`
    ///      rounded up, against the surplus, or reverts `RewardBudgetExceeded(needed,
    ///      available)`. Reverts `ProgramNotStarted` before `startProgram`, `RateOutOfBounds`
    ///      outside `[1, MAX_RATE_BPS]`, `DurationOutOfBounds` outside `[MIN_PROGRAM_DURATION,
    ///      MAX_PROGRAM_DURATION]`, `StartInPast`, `StartBeforePreviousEnd`, `StartTooFarAhead`
    ///      (more than `MAX_PROGRAM_GAP` after the last end or now), `StartTooLate`, and
    ///      `TooManyQueuedPrograms` when `MAX_QUEUED_PROGRAMS` already wait for their start.
    ///      A scheduled program is final: it cannot be cancelled or moved.
    /// @param rateBps Basis points a year (simple, per second).
    /// @param duration Seconds.
    /// @param start Unix seconds.
    /// @return id The new program's id (the first program is 1).
    function scheduleProgram(uint256 rateBps, uint256 duration, uint64 start) external returns (uint256 id);

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

    /// @notice The global reward index now, in rate-seconds (bps x seconds; see the contract).
    function rewardIndex() external view returns (uint256);

    /// @notice The global reward index at time `t` (any time, past or future as scheduled now),
    ///         in rate-seconds. A view that walks the programs: O(number of programs).
    function rewardIndexAt(uint256 t) external view returns (uint256);

    /// @notice The number of programs scheduled so far (the first counts from deployment).
    function programCount() external view returns (uint256);

    /// @notice Program `id` (1-based): its window (`start` and `end` 0 while the first is not
    ///         started), its rate in basis points a year, its length in seconds, and the reward
    ///         index at its start.
    function program(uint256 id)
        external
        view
        returns (uint64 start, uint64 end, uint256 rateBps, uint256 duration, uint256 indexAtStart);

    /// @notice The id of the program in force now (0 before the first start, in a gap between
    ///         programs, and after the last one ended).
    function currentProgram() external view returns (uint256);

    /// @notice The rate in force now, in basis points a year (0 when no program is in force).
    function currentRate() external view returns (uint256);

    /// @notice The first program's start (0 while governance has not started it).
    function programStart() external view returns (uint64);

    /// @notice The end of the last scheduled program: when rewards stop unless governance
    ///         schedules more (0 while the first program is not started).
    function programEnd() external view returns (uint64);

    /// @notice Tokens funded and not yet paid out (claims and compounds); donations excluded.
    function rewardBalance() external view returns (uint256);

    /// @notice Everything the program may still have to pay: `owed() + futureLiability()`,
    ///         rounded up.
    function liability() external view returns (uint256);

    /// @notice Rewards accrued and not yet claimed, over all positions; at least the sum of
    ///         their `pendingReward`.
    function owed() external view returns (uint256);

    /// @notice The most the current earning total can still accrue until the end of the last
    ///         scheduled program: `totalEarning * (R(end) - R(now)) / (10_000 * 365 days)`,
    ///         rounded up.
    function futureLiability() external view returns (uint256);

    /// @notice `rewardBalance() - liability()`: funding not promised to anyone.
    function surplus() external view returns (uint256);

    /// @notice How much more earning amount the budget accepts now:
    ///         `surplus * 10_000 * 365 days / (R(end) - R(now))`, rounded down;
    ///         `type(uint256).max` once nothing is left to accrue.
    function headroom() external view returns (uint256);
}
