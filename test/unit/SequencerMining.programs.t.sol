// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {SequencerMiningFixture} from "../utils/SequencerMiningMocks.sol";

/// @notice Reward programs after the first year: scheduling, its refusals, the booking of the
///         whole future reward, accrual across programs and gaps, and the views.
contract SequencerMiningProgramsTest is SequencerMiningFixture {
    bytes4 internal constant OWNABLE_UNAUTHORIZED = bytes4(keccak256("OwnableUnauthorizedAccount(address)"));

    function _schedule(uint256 rate, uint256 duration, uint256 start) internal returns (uint256 id) {
        vm.prank(gov);
        id = mining.scheduleProgram(rate, duration, _u64(start));
    }

    /// @dev The closed form of `amount` over `seconds_` at `rate` bps a year, times K (exact).
    function _closedTimesK(uint256 amount, uint256 rate, uint256 seconds_) internal pure returns (uint256) {
        return amount * rate * seconds_;
    }

    // ================================================================== scheduling

    function test_scheduleProgram_backToBackBooksTheWholeFutureReward() public {
        _fund(40_000e18);
        uint256 id = _lock(alice, 100_000e18); // books 20,000 for the first year
        _start(T0);
        uint256 before = mining.surplus();
        assertEq(before, 20_000e18, "the first year booked");
        // 15% for 365 days on 100,000 = 15,000, booked now.
        vm.expectEmit(address(mining));
        emit ISequencerMining.ProgramScheduled(2, _u64(T0 + YEAR), _u64(T0 + 2 * YEAR), 1500, 15_000e18);
        assertEq(_schedule(1500, YEAR, T0 + YEAR), 2, "id 2");
        assertEq(mining.surplus(), before - 15_000e18, "booked against the surplus");
        assertEq(mining.programCount(), 2, "two programs");
        assertEq(mining.programEnd(), T0 + 2 * YEAR, "rewards now end with the second");
        (uint64 start, uint64 end, uint256 rate, uint256 duration, uint256 r0) = mining.program(2);
        assertEq(start, T0 + YEAR, "start");
        assertEq(end, T0 + 2 * YEAR, "end");
        assertEq(rate, 1500, "rate");
        assertEq(duration, YEAR, "duration");
        assertEq(r0, 2000 * YEAR, "the index at its start is the first's end");
        // Untouched for two years: exactly both closed forms.
        vm.warp(T0 + 2 * YEAR + 30 days);
        assertEq(mining.pendingReward(id), 35_000e18, "20% then 15%");
        vm.prank(alice);
        assertEq(mining.claim(id, address(0)), 35_000e18, "claimed");
        assertEq(mining.liability(), 0, "nothing left owed");
    }

    function test_scheduleProgram_movesTheBalanceToTheNewLastSlot() public {
        _fund(30_000e18);
        _start(T0);
        _schedule(1000, YEAR, T0 + YEAR);
        // The funded balance (the top 104 bits) lives in the last program's slot only.
        uint256 first = uint256(vm.load(address(mining), keccak256(abi.encode(uint256(1), uint256(3)))));
        uint256 second = uint256(vm.load(address(mining), keccak256(abi.encode(uint256(2), uint256(3)))));
        assertEq(first >> 152, 0, "nothing left in the first's slot");
        assertEq(second >> 152, 30_000e18, "all of it in the second's");
        assertEq(mining.rewardBalance(), 30_000e18, "the balance");
    }

    function test_scheduleProgram_roundsTheBookingUp() public {
        _fund(40_000e18);
        _lock(alice, 99_999e18 + 7);
        _start(T0);
        uint256 before = mining.surplus();
        _schedule(1, 7 days, T0 + YEAR);
        uint256 exactTimesK = _closedTimesK(99_999e18 + 7, 1, 7 days);
        uint256 booked = before - mining.surplus();
        assertEq(booked, (exactTimesK + K - 1) / K, "ceil of the exact reward");
        assertGt(booked * K, exactTimesK - 1, "never below the exact reward");
    }

    function test_scheduleProgram_withAGapAccruesNothingInTheGap() public {
        _fund(60_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        _schedule(3000, 100 days, T0 + YEAR + 50 days);
        vm.warp(T0 + YEAR + 25 days);
        assertEq(mining.pendingReward(id), 20_000e18, "the first year, then nothing in the gap");
        assertEq(mining.currentProgram(), 0, "no program in force in the gap");
        assertEq(mining.currentRate(), 0, "rate 0 in the gap");
        vm.warp(T0 + YEAR + 50 days + 10 days);
        assertEq(mining.currentProgram(), 2, "the second in force");
        assertEq(mining.currentRate(), 3000, "its rate");
        uint256 second = _closedTimesK(100_000e18, 3000, 10 days) / K;
        assertEq(mining.pendingReward(id), 20_000e18 + second, "10 days of the second");
    }

    function test_scheduleProgram_queuedProgramsAreFoundWithoutAnyTransaction() public {
        _fund(200_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        _schedule(1000, 30 days, T0 + YEAR);
        _schedule(4000, 7 days, T0 + YEAR + 30 days);
        // Two programs wait: a third is refused.
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.TooManyQueuedPrograms.selector, 2, 2));
        mining.scheduleProgram(500, 730 days, _u64(T0 + YEAR + 40 days));
        // Once the first of them has started, one more may wait.
        vm.warp(T0 + YEAR);
        _schedule(500, 730 days, T0 + YEAR + 40 days);
        // Nobody touches anything for 4 years: the position is owed every program in turn.
        vm.warp(T0 + 5 * YEAR);
        uint256 exactTimesK = _closedTimesK(100_000e18, 2000, YEAR) + _closedTimesK(100_000e18, 1000, 30 days)
            + _closedTimesK(100_000e18, 4000, 7 days) + _closedTimesK(100_000e18, 500, 730 days);
        assertEq(mining.pendingReward(id), exactTimesK / K, "the sum of the closed forms, rounded down once");
        _schedule(500, 7 days, T0 + 5 * YEAR);
        assertEq(mining.programCount(), 5, "five programs");
    }

    function test_scheduleProgram_theFirstMayStillWait() public {
        _fund(100_000e18);
        _start(T0 + 10 days);
        _schedule(1000, 30 days, T0 + 10 days + YEAR);
        vm.prank(gov);
        // The first program waits too: with it, two wait.
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.TooManyQueuedPrograms.selector, 2, 2));
        mining.scheduleProgram(1000, 30 days, _u64(T0 + 10 days + YEAR + 30 days));
    }

    function test_RevertWhen_scheduleProgramCannotBeFunded() public {
        _fund(25_000e18);
        _lock(alice, 100_000e18); // 20,000 booked, 5,000 left
        _start(T0);
        // 10% for a year on 100,000 = 10,000 > 5,000.
        uint256 balance = mining.rewardBalance();
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 30_000e18, balance)
        );
        mining.scheduleProgram(1000, YEAR, _u64(T0 + YEAR));
        // Funded, it goes through.
        _fund(5000e18);
        _schedule(1000, YEAR, T0 + YEAR);
        assertEq(mining.surplus(), 0, "every token booked");
        assertEq(mining.headroom(), 0, "no room for more earning");
    }

    function test_RevertWhen_scheduleProgramBeforeTheFirstStart() public {
        vm.prank(gov);
        vm.expectRevert(ISequencerMining.ProgramNotStarted.selector);
        mining.scheduleProgram(1000, YEAR, _u64(T0 + YEAR));
    }

    function test_RevertWhen_scheduleProgramOutOfBounds() public {
        _start(T0);
        vm.startPrank(gov);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.RateOutOfBounds.selector, 0, 5000));
        mining.scheduleProgram(0, YEAR, _u64(T0 + YEAR));
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.RateOutOfBounds.selector, 5001, 5000));
        mining.scheduleProgram(5001, YEAR, _u64(T0 + YEAR));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.DurationOutOfBounds.selector, 7 days - 1, 7 days, 730 days
            )
        );
        mining.scheduleProgram(5000, 7 days - 1, _u64(T0 + YEAR));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.DurationOutOfBounds.selector, 730 days + 1, 7 days, 730 days
            )
        );
        mining.scheduleProgram(5000, 730 days + 1, _u64(T0 + YEAR));
        // The bounds themselves are accepted.
        mining.scheduleProgram(5000, 7 days, _u64(T0 + YEAR));
        mining.scheduleProgram(1, 730 days, _u64(T0 + YEAR + 7 days));
        vm.stopPrank();
    }

    function test_RevertWhen_scheduleProgramOverlapsOrStartsInThePast() public {
        _start(T0);
        vm.startPrank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.StartBeforePreviousEnd.selector, _u64(T0 + YEAR - 1), _u64(T0 + YEAR)
            )
        );
        mining.scheduleProgram(1000, YEAR, _u64(T0 + YEAR - 1));
        vm.stopPrank();
        vm.warp(T0 + 2 * YEAR);
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.StartInPast.selector, _u64(T0 + YEAR), T0 + 2 * YEAR)
        );
        mining.scheduleProgram(1000, YEAR, _u64(T0 + YEAR));
        // Now, after a gap, is fine.
        _schedule(1000, YEAR, T0 + 2 * YEAR);
        assertEq(mining.currentProgram(), 2, "in force at once");
    }

    function test_RevertWhen_scheduleProgramEndsBeyondTheTimeRange() public {
        // The first program as late as the 40-bit range allows: its end is the last second.
        uint256 firstStart = uint256(type(uint40).max) - YEAR;
        vm.warp(firstStart);
        _start(firstStart);
        assertEq(mining.programEnd(), type(uint40).max, "the last second of the range");
        // Nothing can follow it: a program would end beyond the range.
        uint256 maxStart = uint256(type(uint40).max) - 7 days;
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.StartTooLate.selector, _u64(type(uint40).max), maxStart)
        );
        mining.scheduleProgram(1000, 7 days, _u64(type(uint40).max));
    }

    function test_scheduleProgram_mayEndAtTheLastSecondOfTheRange() public {
        // The first program ends 7 days before the last second of the 40-bit range: a 7-day
        // program right after it ends exactly at that second, which is allowed.
        uint256 maxEnd = type(uint40).max;
        _start(maxEnd - 7 days - YEAR);
        assertEq(_schedule(1000, 7 days, maxEnd - 7 days), 2, "scheduled");
        assertEq(mining.programEnd(), maxEnd, "ends at the last second");
    }

    function test_RevertWhen_scheduleProgramStartsTooFarAhead() public {
        _start(T0);
        // 90 days after the end of the first program at the latest.
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.StartTooFarAhead.selector,
                _u64(T0 + YEAR + 90 days + 1),
                _u64(T0 + YEAR + 90 days)
            )
        );
        mining.scheduleProgram(1000, YEAR, _u64(T0 + YEAR + 90 days + 1));
        // After the last end, 90 days after now.
        vm.warp(T0 + 3 * YEAR);
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.StartTooFarAhead.selector,
                _u64(T0 + 3 * YEAR + 91 days),
                _u64(T0 + 3 * YEAR + 90 days)
            )
        );
        mining.scheduleProgram(1000, YEAR, _u64(T0 + 3 * YEAR + 91 days));
        _schedule(1000, YEAR, T0 + 3 * YEAR + 90 days);
        assertEq(mining.MAX_PROGRAM_GAP(), 90 days, "the constant");
    }

    function test_scheduleProgram_pastTheYear2106_eventAndErrorKeep64Bits() public {
        uint256 start = uint256(type(uint32).max) + 1; // 2106-02-07, past 32-bit seconds
        _start(start);
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.StartBeforePreviousEnd.selector, _u64(start + YEAR - 1), _u64(start + YEAR)
            )
        );
        mining.scheduleProgram(1000, YEAR, _u64(start + YEAR - 1));
        // The latest start allowed (the end plus 90 days) is past 2^32 too.
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.StartTooFarAhead.selector,
                _u64(start + YEAR + 90 days + 1),
                _u64(start + YEAR + 90 days)
            )
        );
        mining.scheduleProgram(1000, YEAR, _u64(start + YEAR + 90 days + 1));
        vm.expectEmit(address(mining));
        emit ISequencerMining.ProgramScheduled(2, _u64(start + YEAR), _u64(start + 2 * YEAR), 1000, 0);
        _schedule(1000, YEAR, start + YEAR);
    }

    function test_scheduleProgram_idsPast255() public {
        // Program ids are 16 bits (`SafeCast.toUint16`): the 256th program gets id 256.
        _start(T0);
        uint256 start = T0 + YEAR;
        for (uint256 id = 2; id <= 256; ++id) {
            assertEq(_schedule(1, 7 days, start), id, "the next id");
            vm.warp(start); // in force: it no longer waits
            start += 7 days;
        }
        assertEq(mining.programCount(), 256, "256 programs");
        assertEq(mining.currentProgram(), 256, "the last one in force");
        (uint64 lastStart,,,,) = mining.program(256);
        assertEq(lastStart, start - 7 days, "its start");
    }

    function test_RevertWhen_scheduleProgramCalledByNonOwner() public {
        _start(T0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(OWNABLE_UNAUTHORIZED, alice));
        mining.scheduleProgram(1000, YEAR, _u64(T0 + YEAR));
    }

    // ================================================================== booking across programs

    function test_increaseBooksEveryScheduledProgram() public {
        _fund(100_000e18);
        _start(T0);
        _schedule(1000, YEAR, T0 + YEAR);
        vm.warp(T0 + YEAR / 2);
        uint256 before = mining.surplus();
        _lock(alice, 50_000e18);
        // Half of the first (10% of 50,000) and all of the second (10% of 50,000).
        assertEq(before - mining.surplus(), 10_000e18, "what remains of both");
        assertEq(mining.futureLiability(), 10_000e18, "the future liability");
        assertEq(
            mining.headroom(), (before - 10_000e18) * K / (1000 * YEAR + 1000 * YEAR), "headroom over both"
        );
    }

    function test_decreaseReleasesEveryScheduledProgram() public {
        _fund(100_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        _schedule(1000, YEAR, T0 + YEAR);
        vm.warp(T0 + YEAR + YEAR / 2);
        uint256 before = mining.surplus();
        locking.jail(id); // earning 0: releases half of the second program's 10,000
        assertEq(mining.surplus() - before, 5000e18, "released");
        assertEq(mining.pendingReward(id), 25_000e18, "owed what accrued");
        assertEq(mining.liability(), 25_000e18, "the liability is what is owed");
    }

    function test_liabilityCoversOwedAndFutureAcrossPrograms() public {
        _fund(100_000e18);
        uint256 a = _lock(alice, 33_333e18 + 1);
        _start(T0 + 5);
        _schedule(777, 100 days, T0 + 5 + YEAR + 3 days);
        vm.warp(T0 + 200 days);
        uint256 b = _lock(bob, 77_777e18 + 3);
        vm.warp(T0 + 5 + YEAR + 50 days);
        locking.jail(a);
        vm.warp(T0 + 5 + YEAR + 60 days);
        uint256 owed = mining.owed();
        assertGe(owed, mining.pendingReward(a) + mining.pendingReward(b), "owed covers pending");
        assertLe(mining.liability(), mining.rewardBalance(), "solvent");
        assertEq(mining.liability(), owed + mining.futureLiability(), "liability = owed + future");
    }

    function test_views_afterTheLastProgram() public {
        _fund(100_000e18);
        _start(T0);
        _schedule(2500, 10 days, T0 + YEAR);
        vm.warp(T0 + YEAR + 10 days);
        assertEq(mining.currentProgram(), 0, "none in force");
        assertEq(mining.headroom(), type(uint256).max, "nothing left to book");
        assertEq(mining.rewardIndex(), 2000 * YEAR + 2500 * 10 days, "the final index");
        assertEq(mining.rewardIndexAt(T0 + YEAR + 5 days), 2000 * YEAR + 2500 * 5 days, "in the second");
        assertEq(mining.rewardIndexAt(T0 + YEAR / 2), 1000 * YEAR, "in the first");
        assertEq(mining.rewardIndexAt(T0 - 1), 0, "before");
    }

    function test_views_theProgramInForceWhileAnotherWaits() public {
        _fund(100_000e18);
        _start(T0);
        _schedule(3000, 30 days, T0 + YEAR + 10 days);
        vm.warp(T0 + YEAR / 2);
        // The last scheduled one has not started: the walk back finds the first, in force.
        assertEq(mining.currentProgram(), 1, "the first, in force");
        assertEq(mining.currentRate(), 2000, "its rate");
    }

    function test_views_walkBackOverTwoWaitingPrograms() public {
        _fund(200_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        _schedule(1000, 30 days, T0 + YEAR);
        _schedule(4000, 7 days, T0 + YEAR + 30 days);
        vm.warp(T0 + YEAR / 2);
        // Two programs wait behind the one in force: every walk back goes over both.
        assertEq(mining.currentProgram(), 1, "the first, in force");
        assertEq(mining.currentRate(), 2000, "its rate");
        assertEq(mining.rewardIndex(), 1000 * YEAR, "the first's index");
        assertEq(mining.rewardIndexAt(T0 + YEAR / 2), 1000 * YEAR, "the same, asked for the time");
        assertEq(mining.pendingReward(id), 10_000e18, "half of the first year");
    }

    function test_views_noProgramInForceWhileTheFirstIsUnset() public {
        // Within the first year of the epoch: the unset start (0) alone must say "none", not the
        // window [0, 365 days) it would otherwise describe.
        vm.warp(100 days);
        assertEq(mining.currentProgram(), 0, "none while unset");
        assertEq(mining.currentRate(), 0, "rate 0 while unset");
    }
}
