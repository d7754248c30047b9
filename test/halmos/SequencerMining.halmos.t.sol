// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerMining} from "../../contracts/SequencerMining.sol";
import {ILockingForDistributor} from "../../contracts/interfaces/ILockingView.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {Test} from "../utils/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title SequencerMiningHalmos
/// @notice Symbolic proofs (halmos, `make halmos`) of SequencerMining's reward math, for every
///         earning amount and every pair of instants: the real contract is deployed and this
///         test plays the locking contract (the only caller of `onEarningChanged`), so the
///         index, the checkpointing and the liability booking are the contract's own code.
/// @dev Parameters of `check_*` functions are symbolic. Bounds are the contract's own: an
///      earning is < 2^88 (checked by the hook), program seconds <= DURATION. The exact
///      (real-valued) reward of `e` wei over `s` program seconds is
///      `e * APR_BPS * s / (BPS * DURATION)`; comparisons are cross-multiplied so that no
///      rounding hides in the proof itself.
contract SequencerMiningHalmos is Test {
    uint256 internal constant APR_BPS = 2000;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant DURATION = 365 days;
    uint256 internal constant START = 1_000_000;
    uint256 internal constant ID = 1;
    /// @dev The second program of `check_accrualAcrossProgramsIsTheSumOfClosedForms`: after a
    ///      gap, another rate, another length.
    uint256 internal constant GAP = 10 days;
    uint256 internal constant RATE2 = 1234;
    uint256 internal constant DURATION2 = 100 days;

    MockMetis internal metis;
    SequencerMining internal mining;

    function setUp() public {
        metis = new MockMetis();
        mining =
            new SequencerMining(IERC20(address(metis)), ILockingForDistributor(address(this)), address(this));
        // Enough for the largest earning (2^88 wei) for a full year, and more (< 2^104, the cap).
        uint256 budget = 2 ** 100;
        metis.mint(address(this), budget);
        metis.approve(address(mining), budget);
        mining.fund(budget);
        vm.warp(START);
        // forge-lint: disable-next-line(unsafe-typecast) START is a small constant
        mining.startProgram(uint64(START));
    }

    // ------------------------------------------------------------------ the locking side

    function token() external view returns (IERC20) {
        return IERC20(address(metis));
    }

    function rewardAccounts(uint256) external view returns (address, address) {
        return (address(this), address(this));
    }

    // ------------------------------------------------------------------ helpers

    function _clip(uint256 t) internal pure returns (uint256) {
        if (t <= START) return 0;
        uint256 s = t - START;
        return s < DURATION ? s : DURATION;
    }

    /// @dev A fuzzed instant from the start to well past the end of the program.
    function _time(uint256 t) internal pure returns (uint256) {
        return bound(t, START, START + DURATION + 30 days);
    }

    /// @dev A fuzzed earning over the hook's whole range (it refuses 2^88 and above).
    function _earning(uint256 e) internal pure returns (uint256) {
        return bound(e, 0, type(uint88).max);
    }

    // ------------------------------------------------------------------ properties
    // Each property is an internal function run two ways: `check_*` (halmos: every input, the
    // parameters are symbolic) and `testFuzz_*` (forge: random inputs; `make deep` runs 10,000).

    /// @notice What a position accrues between joining at `t1` and any later `t2` is exactly the
    ///         20% a year of its earning over the program seconds in between, also past the
    ///         end, rounded down: the index counts rate-seconds, an exact integer, so
    ///         `exact - 1 < reward <= exact` for every amount and interval. Never more than 20%.
    function check_accrualNeverExceedsTwentyPercent(uint88 earning, uint40 t1, uint40 t2) external {
        _accrualNeverExceedsTwentyPercent(earning, t1, t2);
    }

    function testFuzz_accrualNeverExceedsTwentyPercent(uint256 earning, uint256 t1, uint256 t2) external {
        t1 = _time(t1);
        _accrualNeverExceedsTwentyPercent(_earning(earning), t1, bound(t2, t1, START + DURATION + 30 days));
    }

    function _accrualNeverExceedsTwentyPercent(uint256 earning, uint256 t1, uint256 t2) internal {
        vm.assume(t1 >= START && t2 >= t1);
        vm.warp(t1);
        mining.onEarningChanged(ID, earning);
        vm.warp(t2);
        uint256 reward = mining.pendingReward(ID);

        uint256 exactTimesDenominator = earning * APR_BPS * (_clip(t2) - _clip(t1));
        uint256 denominator = BPS * DURATION;
        assert(reward * denominator <= exactTimesDenominator);
        assert((reward + 1) * denominator > exactTimesDenominator);
    }

    /// @notice Booking an earning reserves at least the exact reward it can still earn until the
    ///         end of the program: the liability rounds up, never down.
    function check_bookingReservesAtLeastTheExactReward(uint88 earning, uint40 t1) external {
        _bookingReservesAtLeastTheExactReward(earning, t1);
    }

    function testFuzz_bookingReservesAtLeastTheExactReward(uint256 earning, uint256 t1) external {
        _bookingReservesAtLeastTheExactReward(_earning(earning), _time(t1));
    }

    function _bookingReservesAtLeastTheExactReward(uint256 earning, uint256 t1) internal {
        vm.assume(t1 >= START);
        vm.warp(t1);
        uint256 before = mining.liability();
        mining.onEarningChanged(ID, earning);
        uint256 reserved = mining.liability() - before;

        uint256 exactTimesDenominator = earning * APR_BPS * (DURATION - _clip(t1));
        assert(reserved * BPS * DURATION >= exactTimesDenominator);
        assert(mining.liability() <= mining.rewardBalance());
    }

    /// @notice After any change of earning (up or down) at `t1` and any later instant `t2`, the
    ///         liability covers what the position may claim now plus the exact reward its
    ///         current earning can still accrue: rounding always favours solvency.
    function check_liabilityCoversOwedAfterAChange(uint88 first, uint88 second, uint40 t1, uint40 t2)
        external
    {
        _liabilityCoversOwedAfterAChange(first, second, t1, t2);
    }

    function testFuzz_liabilityCoversOwedAfterAChange(uint256 first, uint256 second, uint256 t1, uint256 t2)
        external
    {
        t1 = _time(t1);
        _liabilityCoversOwedAfterAChange(
            _earning(first), _earning(second), t1, bound(t2, t1, START + DURATION + 30 days)
        );
    }

    function _liabilityCoversOwedAfterAChange(uint256 first, uint256 second, uint256 t1, uint256 t2)
        internal
    {
        vm.assume(t1 >= START && t2 >= t1);
        mining.onEarningChanged(ID, first); // at the start: the whole year booked
        vm.warp(t1);
        mining.onEarningChanged(ID, second);
        vm.warp(t2);

        uint256 pending = mining.pendingReward(ID);
        uint256 liability = mining.liability();
        uint256 exactFutureTimesDenominator = second * APR_BPS * (DURATION - _clip(t2));
        assert(liability >= pending);
        assert((liability - pending) * BPS * DURATION >= exactFutureTimesDenominator);
        assert(mining.owed() >= pending);
        assert(liability <= mining.rewardBalance());
    }

    /// @notice A claim pays exactly the pending reward and leaves the rest of the liability
    ///         covering the exact future reward: claiming never eats into other promises.
    function check_claimKeepsTheRestCovered(uint88 earning, uint40 t1, uint40 t2) external {
        _claimKeepsTheRestCovered(earning, t1, t2);
    }

    function testFuzz_claimKeepsTheRestCovered(uint256 earning, uint256 t1, uint256 t2) external {
        t1 = _time(t1);
        // At least 1 token and 1 minute, so that there is something to claim.
        _claimKeepsTheRestCovered(
            bound(earning, 1e18, type(uint88).max), t1, bound(t2, t1 + 60, START + DURATION + 30 days)
        );
    }

    function _claimKeepsTheRestCovered(uint256 earning, uint256 t1, uint256 t2) internal {
        vm.assume(t1 >= START && t2 >= t1);
        vm.warp(t1);
        mining.onEarningChanged(ID, earning);
        vm.warp(t2);
        uint256 pending = mining.pendingReward(ID);
        vm.assume(pending > 0);
        uint256 balanceBefore = metis.balanceOf(address(this));

        uint256 paid = mining.claim(ID, address(this));

        assert(paid == pending);
        assert(metis.balanceOf(address(this)) == balanceBefore + paid);
        assert(mining.pendingReward(ID) == 0);
        uint256 exactFutureTimesDenominator = earning * APR_BPS * (DURATION - _clip(t2));
        assert(mining.liability() * BPS * DURATION >= exactFutureTimesDenominator);
        assert(metis.balanceOf(address(mining)) >= mining.liability());
    }

    /// @notice Across a program boundary and a gap, what a position accrues between `t1` and
    ///         `t2` is exactly the sum of the closed forms of the two programs (20% a year over
    ///         the first's seconds, then RATE2 over the second's), rounded down once: nothing
    ///         accrues in the gap, nothing is lost or gained at the boundaries.
    function check_accrualAcrossProgramsIsTheSumOfClosedForms(uint88 earning, uint40 t1, uint40 t2) external {
        _accrualAcrossProgramsIsTheSumOfClosedForms(earning, t1, t2);
    }

    function testFuzz_accrualAcrossProgramsIsTheSumOfClosedForms(uint256 earning, uint256 t1, uint256 t2)
        external
    {
        uint256 horizon = START + DURATION + GAP + DURATION2 + 30 days;
        t1 = bound(t1, START, horizon);
        _accrualAcrossProgramsIsTheSumOfClosedForms(_earning(earning), t1, bound(t2, t1, horizon));
    }

    function _accrualAcrossProgramsIsTheSumOfClosedForms(uint256 earning, uint256 t1, uint256 t2) internal {
        vm.assume(t1 >= START && t2 >= t1);
        uint256 start2 = START + DURATION + GAP;
        // forge-lint: disable-next-line(unsafe-typecast) a small constant
        mining.scheduleProgram(RATE2, DURATION2, uint64(start2));
        vm.warp(t1);
        mining.onEarningChanged(ID, earning);
        vm.warp(t2);
        uint256 reward = mining.pendingReward(ID);

        uint256 rateSeconds = APR_BPS * (_clip(t2) - _clip(t1)) + RATE2
            * (_within(t2, start2, DURATION2) - _within(t1, start2, DURATION2));
        uint256 denominator = BPS * DURATION;
        assert(reward * denominator <= earning * rateSeconds);
        assert((reward + 1) * denominator > earning * rateSeconds);
    }

    /// @dev Seconds of the program `[start, start + length)` elapsed at `t`.
    function _within(uint256 t, uint256 start, uint256 length) internal pure returns (uint256) {
        if (t <= start) return 0;
        uint256 s = t - start;
        return s < length ? s : length;
    }

    /// @notice The program-boundary arithmetic itself: at every instant from the first start on,
    ///         inside either program, in the gap between them and after the last end, the index
    ///         is exactly the rate-seconds of the programs so far. Linear in the instant (rates
    ///         and windows are constants), so the solver can finish it. (Booking a program
    ///         scheduled after a position's checkpoint is covered by the unit tests and
    ///         `invariant_solventAcrossPrograms`, not here: the program is scheduled while
    ///         nothing earns.)
    function check_indexIsTheRateSecondsAcrossPrograms(uint40 t) external {
        _indexIsTheRateSecondsAcrossPrograms(t);
    }

    function testFuzz_indexIsTheRateSecondsAcrossPrograms(uint256 t) external {
        _indexIsTheRateSecondsAcrossPrograms(bound(t, 0, START + DURATION + GAP + DURATION2 + 30 days));
    }

    function _indexIsTheRateSecondsAcrossPrograms(uint256 t) internal {
        uint256 start2 = START + DURATION + GAP;
        // forge-lint: disable-next-line(unsafe-typecast) a small constant
        mining.scheduleProgram(RATE2, DURATION2, uint64(start2));
        vm.assume(t >= START);
        vm.warp(t);
        uint256 expected = APR_BPS * _clip(t) + RATE2 * _within(t, start2, DURATION2);
        assert(mining.rewardIndex() == expected);
        assert(mining.rewardIndexAt(t) == expected);
    }
}
