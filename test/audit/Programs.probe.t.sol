// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {ProgramsModel} from "../utils/ProgramsModel.sol";
import {LockingDouble, SequencerMiningFixture} from "../utils/SequencerMiningMocks.sol";

/// @notice Audit probes of reward programs: the balance slot across moves, and a full drain.
contract ProgramsProbeTest is SequencerMiningFixture {
    function _schedule(uint256 rate, uint256 duration, uint256 start) internal returns (uint256 id) {
        vm.prank(gov);
        id = mining.scheduleProgram(rate, duration, _u64(start));
    }

    /// Two programs scheduled in one block, funding, surplus withdrawal and claims all hit the
    /// last slot; at the end everything is paid and only the surplus is left.
    function test_probe_twoInOneBlock_balanceFollowsTheLastSlot() public {
        _fund(100_000e18);
        uint256 a = _lock(alice, 100_000e18);
        _start(T0);
        _schedule(1000, 30 days, T0 + YEAR);
        _schedule(3000, 60 days, T0 + YEAR + 30 days);
        assertEq(mining.rewardBalance(), 100_000e18, "balance moved twice");
        _fund(1e18);
        assertEq(mining.rewardBalance(), 100_001e18, "fund hits the last slot");
        token.mint(address(mining), 7); // a donation
        uint256 s = mining.surplus();
        vm.prank(gov);
        mining.withdrawSurplus(gov, s + 7);
        assertEq(mining.surplus(), 0, "surplus");
        assertEq(token.balanceOf(address(mining)), mining.rewardBalance(), "held = balance");
        vm.warp(T0 + YEAR + 90 days + 1);
        vm.prank(alice);
        uint256 paid = mining.claim(a, address(0));
        assertEq(paid, (100_000e18 * (2000 * YEAR + 1000 * 30 days + 3000 * 60 days)) / K, "paid");
        assertLe(mining.liability(), 1, "only rounding dust left");
        vm.prank(alice);
        locking.withdraw(a, 100_000e18);
    }

    /// Random flows, then every position claims and exits after the last end: the balance
    /// must pay everyone, and only dust may stay booked.
    function testFuzz_probe_fullDrain(uint256 seed) public {
        _fund(2_000_000e18);
        uint256 n;
        _start(T0 + seed % 3 days);
        uint256 ops;
        for (uint256 step; step < 40; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            uint256 op = r % 6;
            if (op == 0 && n < 6) {
                _lock(vm.addr(n + 1), (r >> 8) % 100_000e18 + 1);
                ++n;
            } else if (op == 1 && n > 0) {
                uint256 id = (r >> 8) % n + 1;
                if (locking.statusOf(id) == LockingDouble.Status.Active && mining.pendingReward(id) > 0) {
                    vm.prank(vm.addr(id));
                    mining.claim(id, address(0));
                }
            } else if (op == 2 && n > 0) {
                uint256 id = (r >> 8) % n + 1;
                uint256 p = locking.principalOf(id);
                if (locking.statusOf(id) != LockingDouble.Status.Exited && p > 1) {
                    vm.prank(vm.addr(id));
                    locking.withdraw(id, (r >> 40) % (p - 1) + 1);
                }
            } else if (op == 3) {
                uint256 last = mining.programCount();
                (, uint64 e0,,,) = mining.program(last);
                uint256 start = e0 > block.timestamp ? e0 : block.timestamp;
                start += (r >> 8) % 2 == 0 ? 0 : (r >> 16) % 30 days;
                vm.prank(gov);
                try mining.scheduleProgram(
                    (r >> 64) % 5000 + 1, 7 days + (r >> 80) % 100 days, _u64(start)
                ) {}
                    catch {}
            } else if (op == 4 && n > 0) {
                uint256 id = (r >> 8) % n + 1;
                uint256 pend = mining.pendingReward(id);
                if (
                    locking.statusOf(id) == LockingDouble.Status.Active && pend > 0
                        && locking.principalOf(id) + pend <= MAX_LOCK
                ) {
                    vm.prank(vm.addr(id));
                    try mining.compound(id) {} catch {}
                }
            }
            ++ops;
            vm.warp(block.timestamp + (r >> 128) % 40 days);
        }
        vm.warp(mining.programEnd() + 1);
        for (uint256 id = 1; id <= n; ++id) {
            if (mining.pendingReward(id) > 0) {
                vm.prank(vm.addr(id));
                mining.claim(id, address(0));
            }
            uint256 p = locking.principalOf(id);
            if (locking.statusOf(id) != LockingDouble.Status.Exited && p > 0) {
                vm.prank(vm.addr(id));
                locking.withdraw(id, p);
            }
        }
        assertEq(mining.totalEarning(), 0, "no earning");
        assertLe(mining.liability(), ops * 2 + 2, "dust only");
        assertGe(token.balanceOf(address(mining)), mining.rewardBalance(), "held");
    }
}

/// @notice Finding: a scheduled program can never be cancelled, and its start has no upper
///         bound. One mistyped start (2036 instead of 2026) stops every reward for ten years:
///         nothing may be scheduled before it, the booked reward can neither be withdrawn nor
///         released by governance, and the distributor (set once in the locking contract)
///         cannot be replaced.
contract ProgramsIrrevocableFarStartTest is SequencerMiningFixture {
    /// @dev The audit's finding (low): a mistyped year used to book a program ten years ahead
    ///      and stop rewards until then, with no way back. Now refused: at most `MAX_PROGRAM_GAP`
    ///      after the last end (or now).
    function test_audit_mistypedFarStartIsRefused() public {
        _fund(40_000e18);
        _lock(alice, 100_000e18);
        _start(T0);
        uint256 surplusBefore = mining.surplus();
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.StartTooFarAhead.selector, _u64(T0 + 11 * YEAR), _u64(T0 + YEAR + 90 days)
            )
        );
        mining.scheduleProgram(1000, 365 days, _u64(T0 + 11 * YEAR));
        assertEq(mining.surplus(), surplusBefore, "nothing booked");
        // The latest start allowed is accepted.
        vm.prank(gov);
        mining.scheduleProgram(1000, 365 days, _u64(T0 + YEAR + 90 days));
    }
}

/// @notice Probe: time snapped to program boundaries (start - 1, start, start + 1, end - 1, end,
///         end + 1), programs scheduled to start "now", against the closed form.
contract ProgramsBoundaryProbeTest is SequencerMiningFixture {
    ProgramsModel.Window[] internal windows;
    uint256[] internal numer;
    uint256[] internal last;
    uint256[] internal earn;
    uint256[] internal paid;
    uint256[] internal cps;

    function _acc(uint256 i) internal {
        numer[i] += earn[i]
        * (ProgramsModel.rateSeconds(windows, block.timestamp) - ProgramsModel.rateSeconds(windows, last[i]));
        last[i] = block.timestamp;
    }

    function testFuzz_probe_boundaries(uint256 seed) public {
        _fund(5_000_000e18);
        uint256 s0 = T0 + seed % 2;
        _start(s0);
        windows.push(ProgramsModel.Window(s0, YEAR, 2000));
        for (uint256 step; step < 40; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            uint256 op = r % 5;
            uint256 n = earn.length;
            if (op == 0 && n < 5) {
                uint256 amt = (r >> 8) % 100_000e18 + 1;
                _lock(vm.addr(n + 1), amt);
                numer.push(0);
                last.push(block.timestamp);
                earn.push(amt);
                paid.push(0);
                cps.push(1);
            } else if (op == 1 && n > 0) {
                uint256 i = (r >> 8) % n;
                if (mining.pendingReward(i + 1) > 0) {
                    vm.prank(vm.addr(i + 1));
                    paid[i] += mining.claim(i + 1, address(0));
                    cps[i] += 1;
                }
            } else if (op == 2 && n > 0) {
                uint256 i = (r >> 8) % n;
                uint256 p = locking.principalOf(i + 1);
                if (locking.statusOf(i + 1) == LockingDouble.Status.Active && p > 1) {
                    _acc(i);
                    vm.prank(vm.addr(i + 1));
                    locking.withdraw(i + 1, (r >> 40) % (p - 1) + 1);
                    earn[i] = locking.earningOf(i + 1);
                    cps[i] += 1;
                }
            } else if (op == 3 && ProgramsModel.waiting(windows, block.timestamp) < 2 && windows.length < 7) {
                ProgramsModel.Window memory w =
                    ProgramsModel.next(windows, block.timestamp, r >> 8, r >> 40, r >> 80);
                if ((r >> 120) % 2 == 0 && w.start > block.timestamp) {
                    // snap: start exactly now when allowed
                    ProgramsModel.Window storage lw = windows[windows.length - 1];
                    if (lw.start + lw.duration <= block.timestamp) w.start = block.timestamp;
                }
                vm.prank(gov);
                try mining.scheduleProgram(w.rate, w.duration, _u64(w.start)) {
                    windows.push(w);
                } catch {}
            }
            // warp to a boundary of a random window
            ProgramsModel.Window storage bw = windows[(r >> 160) % windows.length];
            uint256 k = (r >> 200) % 6;
            uint256 target = k < 3 ? bw.start + k - 1 : bw.start + bw.duration + k - 4;
            if (target > block.timestamp) vm.warp(target);
            else vm.warp(block.timestamp + (r >> 220) % 3 days);
        }
        vm.warp(block.timestamp + 5 * YEAR);
        for (uint256 i; i < earn.length; ++i) {
            _acc(i);
            uint256 pend = mining.pendingReward(i + 1);
            if (pend > 0) {
                vm.prank(vm.addr(i + 1));
                paid[i] += mining.claim(i + 1, address(0));
            }
            uint256 exact = numer[i] / K;
            assertLe(paid[i], exact, "above the closed form");
            assertGe(paid[i] + cps[i] + 1, exact, "too far below");
        }
        assertGe(token.balanceOf(address(mining)), mining.rewardBalance(), "held");
    }
}
