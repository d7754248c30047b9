// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {ProgramsModel} from "../utils/ProgramsModel.sol";

/// @notice Differential fuzzing of the REAL pair: random sequences of locks, top-ups, partial and
///         full withdrawal requests, withdrawals, jails, unjails, slashes, claims (to the owner,
///         the recipient or an explicit address), compounds, recipient changes and key
///         rotations, at random times across the first program, up to four more with random
///         rates, lengths and gaps scheduled at random moments, and past the last end.
/// @dev The test keeps its own model of every position (status, principal, pending withdrawal,
///      recipient), written from the design and not from the contracts, and derives the earning
///      amount from it. After every step it checks that both contracts agree with the model, and
///      that each position's total reward (claimed + compounded + pending) matches the closed
///      form `sum over its history and the programs of earning * rate * seconds / (10_000 * 365
///      days)`, seconds clipped to each program's window: never above it, at most one wei per
///      checkpoint (earning change, claim or compound) below it.
contract LockingMiningDifferentialTest is LockingMiningFixture {
    uint256 internal constant MAX_POSITIONS = 6;
    uint256 internal constant STEPS = 48;
    uint256 internal constant OWNERS = 3;
    uint256 internal constant BUDGET = 3_000_000e18; // every position at the most, over five programs

    struct Model {
        address owner;
        ISequencerLocking.Status status;
        uint256 principal;
        uint256 pendingWithdrawal;
        uint256 withdrawableAt;
        address recipient;
        uint256 lastTime; // when the reward model last accrued
        uint256 numerator; // sum of earning * rate * program seconds over the programs, exact
        uint256 checkpoints; // contract checkpoints: earning changes, claims, compounds (2)
        uint256 paid; // claimed + compounded
    }

    Model[] internal models;
    ProgramsModel.Window[] internal windows; // empty until the first start
    uint256 internal slashed; // sent to the treasury

    function setUp() public {
        _deployPair();
        _fund(BUDGET);
    }

    function testFuzz_differential_realPairMatchesTheClosedForm(uint256 seed) public {
        uint256 startStep = seed % 10;
        for (uint256 step; step < STEPS; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            if (step == startStep) {
                windows.push(ProgramsModel.Window(block.timestamp + (r >> 200) % 3 days, YEAR, APR_BPS));
                _start(windows[0].start);
            } else if (windows.length > 0 && windows.length < 5 && (r >> 180) % 6 == 0) {
                _schedule(r);
            }
            _act(r);
            _checkAll();
            // Steps of up to 20 days: 48 of them span the year and well beyond its end.
            vm.warp(block.timestamp + (r >> 128) % 20 days);
        }
        vm.warp(block.timestamp + 2 * YEAR);
        _checkAll();
        _exitAndClaimAll();
        _checkAll();
        assertEq(token.balanceOf(address(locking)), 0, "every principal went back");
        // Liabilities round up and releases down: what stays booked is rounding dust, a wei or
        // so per checkpoint, never a reward anyone can still claim.
        uint256 checkpoints;
        for (uint256 i; i < models.length; ++i) {
            checkpoints += models[i].checkpoints;
            assertEq(mining.pendingReward(i + 1), 0, "everything claimed");
        }
        assertLe(mining.liability(), checkpoints + models.length, "only rounding dust stays booked");
    }

    // ------------------------------------------------------------------ the random actions

    function _act(uint256 r) internal {
        uint256 op = r % 12;
        uint256 n = models.length;
        if (op == 0 || n == 0) {
            if (n < MAX_POSITIONS) _newPosition(r);
            return;
        }
        uint256 id = (r >> 8) % n + 1;
        Model storage m = models[id - 1];
        ISequencerLocking.Status status = m.status;
        bool live = status == ISequencerLocking.Status.Active || status == ISequencerLocking.Status.Jailed;
        uint256 amount = (r >> 64) % 30_000e18 + 1;

        if (op == 1 && live && m.principal + amount <= MAX_LOCK) {
            _accrue(m);
            _topUp(m.owner, id, amount);
            m.principal += amount;
            if (status == ISequencerLocking.Status.Active) m.checkpoints += 1;
        } else if (op == 2 && live && m.pendingWithdrawal == 0 && m.principal >= MIN_LOCK + amount) {
            _accrue(m);
            vm.prank(m.owner);
            locking.requestWithdrawal(id, amount); // partial
            m.principal -= amount;
            _pendingFor(m, amount);
            if (status == ISequencerLocking.Status.Active) m.checkpoints += 1;
        } else if (op == 3 && live && m.pendingWithdrawal == 0) {
            _accrue(m);
            vm.prank(m.owner);
            locking.requestWithdrawal(id, m.principal); // full
            _pendingFor(m, m.principal);
            m.principal = 0;
            m.status = ISequencerLocking.Status.Unlocking;
            if (status == ISequencerLocking.Status.Active) m.checkpoints += 1;
        } else if (op == 4 && m.pendingWithdrawal != 0) {
            if (block.timestamp < m.withdrawableAt) vm.warp(m.withdrawableAt);
            uint256 before = token.balanceOf(m.owner);
            vm.prank(m.owner);
            uint256 paid = locking.withdraw(id);
            assertEq(paid, m.pendingWithdrawal, "withdraw pays the pending withdrawal");
            assertEq(token.balanceOf(m.owner), before + paid, "to the owner");
            m.pendingWithdrawal = 0;
            m.withdrawableAt = 0;
            if (status == ISequencerLocking.Status.Unlocking) m.status = ISequencerLocking.Status.Exited;
        } else if (op == 5 && status == ISequencerLocking.Status.Active) {
            _accrue(m);
            vm.prank(guardian);
            locking.jail(id);
            m.status = ISequencerLocking.Status.Jailed;
            m.checkpoints += 1;
        } else if (
            op == 6 && status == ISequencerLocking.Status.Jailed && m.principal >= MIN_LOCK
                && m.principal <= MAX_LOCK
        ) {
            _accrue(m);
            vm.prank(gov);
            locking.unjail(id);
            m.status = ISequencerLocking.Status.Active;
            m.checkpoints += 1;
        } else if (op == 7 && status != ISequencerLocking.Status.Exited) {
            _slash(m, id, r);
        } else if (op == 8) {
            _claim(m, id, r);
        } else if (op == 9 && status == ISequencerLocking.Status.Active) {
            uint256 pending = mining.pendingReward(id);
            if (pending == 0 || m.principal + pending > MAX_LOCK) return;
            _accrue(m);
            vm.prank(m.owner);
            uint256 moved = mining.compound(id);
            assertEq(moved, pending, "compound moves what was pending");
            m.principal += moved;
            m.paid += moved;
            m.checkpoints += 2; // the payout and the hook
        } else if (op == 10) {
            address recipient = (r >> 96) % 2 == 0 ? address(0) : vm.addr(0xEC1 + (r >> 100) % 4);
            vm.prank(m.owner);
            locking.setRewardRecipient(id, recipient);
            m.recipient = recipient;
        } else if (op == 11 && live) {
            uint256 pendingBefore = mining.pendingReward(id);
            (bytes memory pubkey, bytes memory proof) = _newKey(m.owner);
            vm.prank(m.owner);
            locking.updateSigner(id, pubkey, proof);
            assertEq(mining.pendingReward(id), pendingBefore, "a key rotation moves no reward");
        }
    }

    function _newPosition(uint256 r) internal {
        address owner = vm.addr(0xA11CE + (r >> 16) % OWNERS);
        uint256 amount = MIN_LOCK + (r >> 32) % (MAX_LOCK - MIN_LOCK + 1);
        uint256 id = _lock(owner, amount);
        assertEq(id, models.length + 1, "ids in order");
        models.push(
            Model({
                owner: owner,
                status: ISequencerLocking.Status.Active,
                principal: amount,
                pendingWithdrawal: 0,
                withdrawableAt: 0,
                recipient: address(0),
                lastTime: block.timestamp,
                numerator: 0,
                checkpoints: 1,
                paid: 0
            })
        );
    }

    function _pendingFor(Model storage m, uint256 amount) internal {
        m.pendingWithdrawal = amount;
        m.withdrawableAt = block.timestamp + UNLOCK_DELAY;
    }

    /// @dev Slashes up to the cap: from the pending withdrawal first, then the principal; an
    ///      Active position left below the minimum is jailed.
    function _slash(Model storage m, uint256 id, uint256 r) internal {
        uint256 cap = (m.principal + m.pendingWithdrawal) * 1000 / 10_000;
        if (cap == 0) return;
        uint256 amount = (r >> 160) % cap + 1;
        _accrue(m);
        vm.prank(gov);
        locking.slash(id, amount, "differential");
        slashed += amount;
        uint256 fromPending = amount < m.pendingWithdrawal ? amount : m.pendingWithdrawal;
        m.pendingWithdrawal -= fromPending;
        if (m.pendingWithdrawal == 0) m.withdrawableAt = 0;
        uint256 fromPrincipal = amount - fromPending;
        m.principal -= fromPrincipal;
        if (fromPrincipal != 0 && m.status == ISequencerLocking.Status.Active) {
            if (m.principal < MIN_LOCK) m.status = ISequencerLocking.Status.Jailed;
            m.checkpoints += 1;
        }
        assertEq(token.balanceOf(treasury), slashed, "slashed funds reach the treasury");
    }

    /// @dev Claims to the owner's default (owner or recipient) or to an explicit address.
    function _claim(Model storage m, uint256 id, uint256 r) internal {
        uint256 pending = mining.pendingReward(id);
        if (pending == 0) return;
        address to = (r >> 96) % 3 == 0 ? vm.addr(0x70 + (r >> 100) % 3) : address(0);
        address receiver = to != address(0) ? to : m.recipient != address(0) ? m.recipient : m.owner;
        uint256 before = token.balanceOf(receiver);
        vm.prank(m.owner);
        uint256 paid = mining.claim(id, to);
        assertEq(paid, pending, "claim pays what was pending");
        assertEq(token.balanceOf(receiver), before + paid, "the right receiver got it");
        m.paid += paid;
        m.checkpoints += 1;
    }

    /// @dev After the program: every owner exits and claims everything.
    function _exitAndClaimAll() internal {
        for (uint256 i; i < models.length; ++i) {
            Model storage m = models[i];
            uint256 id = i + 1;
            if (m.pendingWithdrawal != 0) {
                if (block.timestamp < m.withdrawableAt) vm.warp(m.withdrawableAt);
                vm.prank(m.owner);
                locking.withdraw(id);
                m.pendingWithdrawal = 0;
                m.withdrawableAt = 0;
                if (m.status == ISequencerLocking.Status.Unlocking) {
                    m.status = ISequencerLocking.Status.Exited;
                }
            }
            if (m.status == ISequencerLocking.Status.Active || m.status == ISequencerLocking.Status.Jailed) {
                _accrue(m);
                vm.prank(m.owner);
                locking.requestWithdrawal(id, m.principal);
                if (m.status == ISequencerLocking.Status.Active) m.checkpoints += 1;
                vm.warp(block.timestamp + UNLOCK_DELAY);
                vm.prank(m.owner);
                locking.withdraw(id);
                m.principal = 0;
                m.status = ISequencerLocking.Status.Exited;
            }
            _claim(m, id, 0);
        }
    }

    /// @dev Governance schedules another program after the last (back to back or after a gap
    ///      of up to 60 days, 1 to 5000 bps, 7 to 730 days), unless two already wait.
    function _schedule(uint256 r) internal {
        if (ProgramsModel.waiting(windows, block.timestamp) >= 2) return;
        ProgramsModel.Window memory w =
            ProgramsModel.next(windows, block.timestamp, r >> 100, r >> 140, r >> 160);
        vm.prank(gov);
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp within years
        mining.scheduleProgram(w.rate, w.duration, uint64(w.start));
        windows.push(w);
    }

    // ------------------------------------------------------------------ the closed form

    function _earning(Model storage m) internal view returns (uint256) {
        return m.status == ISequencerLocking.Status.Active ? m.principal : 0;
    }

    /// @dev Adds the model's reward since its last accrual (its earning was constant meanwhile).
    function _accrue(Model storage m) internal {
        m.numerator += _earning(m)
        * (ProgramsModel.rateSeconds(windows, block.timestamp)
            - ProgramsModel.rateSeconds(windows, m.lastTime));
        m.lastTime = block.timestamp;
    }

    function _checkAll() internal {
        uint256 sumTotal;
        uint256 sumExact;
        uint256 sumHeld;
        uint256 sumPending;
        for (uint256 i; i < models.length; ++i) {
            Model storage m = models[i];
            uint256 id = i + 1;
            // The locking contract follows the model...
            ISequencerLocking.Position memory p = locking.getPosition(id);
            assertEq(uint256(p.status), uint256(m.status), "status");
            assertEq(p.amount, m.principal, "principal");
            assertEq(p.pendingWithdrawal, m.pendingWithdrawal, "pending withdrawal");
            // ... and both contracts agree on the earning it implies.
            uint256 earning = _earning(m);
            assertEq(locking.earningOf(id), earning, "locking earning");
            assertEq(mining.earningOf(id), earning, "mining earning");

            _accrue(m);
            uint256 pending = mining.pendingReward(id);
            uint256 total = m.paid + pending;
            uint256 exact = m.numerator / DENOMINATOR; // rounded down
            assertLe(total, exact, "never above the closed form");
            assertGe(total + m.checkpoints + 1, exact, "at most a wei per checkpoint below it");
            sumTotal += total;
            sumExact += exact;
            sumHeld += m.principal + m.pendingWithdrawal;
            sumPending += pending;
        }
        assertLe(sumTotal, sumExact, "the programs' rates bound every position");
        assertEq(token.balanceOf(address(locking)), sumHeld, "locking holds principal + pending exactly");
        assertGe(mining.owed(), sumPending, "owed covers every pending reward");
        assertLe(mining.liability(), mining.rewardBalance(), "solvent");
        assertEq(token.balanceOf(address(mining)), mining.rewardBalance(), "held = funded - paid");
    }
}
