// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ProgramsModel} from "../utils/ProgramsModel.sol";
import {LockingDouble, SequencerMiningFixture} from "../utils/SequencerMiningMocks.sol";

/// @notice Differential fuzzing: random locks, top-ups, partial and full withdrawals, exits,
///         jails, unjails, claims and compounds at random times, across the first program and
///         up to five more with random rates (1 to 5000 bps), lengths (7 to 730 days) and gaps,
///         scheduled at random moments, and past the last end, against an independent closed
///         form of each position's reward: `sum over its history, and over the programs, of
///         earning * rate * seconds / (10_000 * 365 days)`, seconds clipped to each program's
///         window. Claims plus what is still pending must match it within 1 wei per checkpoint,
///         and never exceed it.
contract SequencerMiningDifferentialTest is SequencerMiningFixture {
    uint256 internal constant MAX_POSITIONS = 6;
    uint256 internal constant STEPS = 48;
    uint256 internal constant MAX_LATER_PROGRAMS = 5;
    uint256 internal constant DENOMINATOR = 10_000 * 365 days;

    struct Model {
        address owner;
        uint256 earning; // what the model believes the position earns on
        uint256 lastTime; // when the model last accrued
        uint256 numerator; // sum of earning * rate * seconds over the programs, exact
        uint256 checkpoints; // contract checkpoints of this position (hook calls, claims)
        uint256 paid; // claimed + compounded
    }

    Model[] internal models;
    ProgramsModel.Window[] internal windows; // empty until the first start

    function setUp() public override {
        super.setUp();
        // Enough for every position at the maximum over the first year and five programs of
        // up to 100% each (5000 bps for 730 days).
        _fund(MAX_POSITIONS * MAX_LOCK * 6 + 1e18);
    }

    function testFuzz_differential_matchesTheClosedForm(uint256 seed) public {
        uint256 startStep = seed % 10;
        for (uint256 step; step < STEPS; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            if (step == startStep) {
                windows.push(ProgramsModel.Window(block.timestamp + (r >> 200) % 3 days, YEAR, 2000));
                _start(windows[0].start);
            } else if (windows.length > 0 && (r >> 180) % 6 == 0) {
                _maybeSchedule(r);
            }
            _act(r);
            _checkAll();
            // Steps of up to 20 days: 48 of them span the year and well beyond its end.
            vm.warp(block.timestamp + (r >> 128) % 20 days);
        }
        vm.warp(block.timestamp + 2 * YEAR);
        _checkAll();
        _claimAll();
        _checkAll();
        assertEq(mining.programCount(), windows.length > 0 ? windows.length : 1, "every program scheduled");
    }

    // ------------------------------------------------------------------ the random actions

    /// @dev Schedules another program after the last one (back to back or after a gap of up
    ///      to 60 days), unless two already wait for their start or five were scheduled.
    function _maybeSchedule(uint256 r) internal {
        if (windows.length > MAX_LATER_PROGRAMS) return;
        if (ProgramsModel.waiting(windows, block.timestamp) >= 2) return;
        ProgramsModel.Window memory w =
            ProgramsModel.next(windows, block.timestamp, r >> 100, r >> 140, r >> 160);
        vm.prank(gov);
        uint256 id = mining.scheduleProgram(w.rate, w.duration, _u64(w.start));
        windows.push(w);
        assertEq(id, windows.length, "program ids in order");
    }

    function _act(uint256 r) internal {
        uint256 op = r % 9;
        uint256 n = models.length;
        if (op == 0 || n == 0) {
            if (n < MAX_POSITIONS) _newPosition(r);
            return;
        }
        uint256 i = (r >> 8) % n;
        uint256 id = i + 1;
        Model storage m = models[i];
        LockingDouble.Status status = locking.statusOf(id);
        uint256 principal = locking.principalOf(id);
        uint256 amount = (r >> 64) % 30_000e18 + 1;

        if (op == 1 && status == LockingDouble.Status.Active && principal + amount <= MAX_LOCK) {
            _accrue(m);
            _topUp(m.owner, id, amount);
            _booked(m, id);
        } else if (op == 2 && status != LockingDouble.Status.Exited && amount < principal) {
            _accrue(m);
            vm.prank(m.owner);
            locking.withdraw(id, amount); // partial
            if (status == LockingDouble.Status.Active) _booked(m, id);
        } else if (op == 3 && status != LockingDouble.Status.Exited) {
            _accrue(m);
            vm.prank(m.owner);
            locking.withdraw(id, principal); // full
            if (status == LockingDouble.Status.Active) _booked(m, id);
        } else if (op == 4 && status == LockingDouble.Status.Active) {
            _accrue(m);
            locking.jail(id);
            _booked(m, id);
        } else if (op == 5 && status == LockingDouble.Status.Jailed) {
            _accrue(m);
            locking.unjail(id);
            _booked(m, id);
        } else if (op == 6) {
            _claim(m, id);
        } else if (op == 7 && status == LockingDouble.Status.Active) {
            uint256 pending = mining.pendingReward(id);
            if (pending == 0 || principal + pending > MAX_LOCK) return;
            _accrue(m);
            vm.prank(m.owner);
            uint256 moved = mining.compound(id);
            assertEq(moved, pending, "compound moves what was pending");
            m.paid += moved;
            m.checkpoints += 2; // the payout and the hook
            m.earning = locking.earningOf(id);
            assertEq(mining.earningOf(id), m.earning, "earning after compound");
        } else if (
            op == 8 && (status == LockingDouble.Status.Active || status == LockingDouble.Status.Jailed)
        ) {
            _accrue(m);
            vm.prank(m.owner);
            locking.unlock(id);
            if (status == LockingDouble.Status.Active) _booked(m, id);
        }
    }

    function _newPosition(uint256 r) internal {
        address owner = vm.addr(models.length + 1);
        uint256 amount = (r >> 32) % 60_000e18 + 1;
        uint256 id = _lock(owner, amount);
        models.push(Model(owner, amount, block.timestamp, 0, 1, 0));
        assertEq(id, models.length, "ids in order");
        assertEq(mining.earningOf(id), amount, "earning booked");
    }

    function _claim(Model storage m, uint256 id) internal {
        uint256 pending = mining.pendingReward(id);
        if (pending == 0) return;
        uint256 before = token.balanceOf(m.owner);
        vm.prank(m.owner);
        uint256 paid = mining.claim(id, address(0));
        assertEq(paid, pending, "claim pays what was pending");
        assertEq(token.balanceOf(m.owner), before + paid, "owner received");
        m.paid += paid;
        m.checkpoints += 1;
    }

    function _claimAll() internal {
        for (uint256 i; i < models.length; ++i) {
            _claim(models[i], i + 1);
        }
    }

    /// @dev The locking double changed the earning of `id`: one more checkpoint in the contract.
    function _booked(Model storage m, uint256 id) internal {
        m.earning = locking.earningOf(id);
        m.checkpoints += 1;
        assertEq(mining.earningOf(id), m.earning, "the hook booked the new earning");
    }

    // ------------------------------------------------------------------ the closed form

    function _accrue(Model storage m) internal {
        m.numerator += m.earning
        * (ProgramsModel.rateSeconds(windows, block.timestamp)
            - ProgramsModel.rateSeconds(windows, m.lastTime));
        m.lastTime = block.timestamp;
    }

    function _checkAll() internal {
        uint256 sumPending;
        uint256 sumTotal;
        uint256 sumExact;
        for (uint256 i; i < models.length; ++i) {
            Model storage m = models[i];
            _accrue(m);
            uint256 pending = mining.pendingReward(i + 1);
            uint256 total = m.paid + pending;
            uint256 exact = m.numerator / DENOMINATOR; // rounded down
            assertLe(total, exact, "never above the closed form");
            assertGe(total + m.checkpoints + 1, exact, "within a wei per checkpoint below it");
            sumPending += pending;
            sumTotal += total;
            sumExact += exact;
        }
        assertLe(sumTotal, sumExact, "the programs' rates bound every position");
        assertGe(mining.owed(), sumPending, "owed covers every pending reward");
        assertLe(mining.liability(), mining.rewardBalance(), "solvent");
        assertEq(mining.liability(), mining.owed() + mining.futureLiability(), "liability splits");
    }
}
