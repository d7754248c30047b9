// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {RecordingHook} from "../utils/SequencerLockingMocks.sol";
import {SequencerLockingBase} from "./SequencerLocking.base.t.sol";

/// @notice `requestWithdrawal` and `withdraw`, including "exits are never blocked".
contract SequencerLockingWithdrawTest is SequencerLockingBase {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _lock(alice, AMOUNT);
    }

    // ================================================================== requestWithdrawal: partial

    function test_requestWithdrawal_partialKeepsPositionActive() public {
        _request(alice, id, 10_000e18);
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(uint256(p.status), uint256(ISequencerLocking.Status.Active), "still active");
        assertEq(p.amount, AMOUNT - 10_000e18, "principal reduced");
        assertEq(p.pendingWithdrawal, 10_000e18, "pending");
        assertEq(p.withdrawableAt, T0 + DELAY, "withdrawableAt");
        assertEq(p.lockedAt, T0, "lockedAt kept");
        assertEq(locking.activeCount(), 1, "still in the set");
        assertEq(token.balanceOf(address(locking)), AMOUNT, "tokens stay until withdraw");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(c.earning, AMOUNT - 10_000e18, "earning reduced at once");
        assertEq(c.earningSeenInLocking, AMOUNT - 10_000e18, "state updated before the hook");
    }

    function test_requestWithdrawal_partialEmits() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.WithdrawalRequested(
            id, 10_000e18, AMOUNT - 10_000e18, T0 + DELAY, ISequencerLocking.Status.Active, 2
        );
        _request(alice, id, 10_000e18);
    }

    function test_requestWithdrawal_partialDownToMinimumExactly() public {
        _request(alice, id, AMOUNT - MIN);
        assertEq(locking.getPosition(id).amount, MIN, "at min");
        _assertStatus(id, ISequencerLocking.Status.Active, "active");
    }

    // ================================================================== requestWithdrawal: full

    function test_requestWithdrawal_fullLeavesTheSet() public {
        _request(alice, id, AMOUNT);
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(uint256(p.status), uint256(ISequencerLocking.Status.Unlocking), "unlocking");
        assertEq(p.amount, 0, "no principal");
        assertEq(p.pendingWithdrawal, AMOUNT, "all pending");
        assertEq(p.withdrawableAt, T0 + DELAY, "withdrawableAt");
        assertEq(locking.activeCount(), 0, "left the set");
        assertEq(locking.earningOf(id), 0, "earns nothing");
        assertEq(locking.activeSequencers().length, 0, "not listed");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(c.earning, 0, "hook told 0");
        assertEq(c.activeCountSeen, 0, "state updated before the hook");
    }

    function test_requestWithdrawal_fullEmits() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.WithdrawalRequested(
            id, AMOUNT, 0, T0 + DELAY, ISequencerLocking.Status.Unlocking, 2
        );
        _request(alice, id, AMOUNT);
    }

    function test_requestWithdrawal_fullWhileJailedSkipsHook() public {
        vm.prank(guardian);
        locking.jail(id);
        uint256 calls = hook.callCount();
        _request(alice, id, AMOUNT);
        _assertStatus(id, ISequencerLocking.Status.Unlocking, "unlocking");
        assertEq(locking.activeCount(), 0, "count not decremented twice");
        assertEq(hook.callCount(), calls, "earning was already 0");
    }

    function test_requestWithdrawal_partialWhileJailedKeepsJailed() public {
        vm.prank(guardian);
        locking.jail(id);
        uint256 calls = hook.callCount();
        _request(alice, id, 1000e18);
        _assertStatus(id, ISequencerLocking.Status.Jailed, "jailed");
        assertEq(locking.getPosition(id).pendingWithdrawal, 1000e18, "pending");
        assertEq(hook.callCount(), calls, "earning was already 0");
    }

    function testFuzz_requestWithdrawal_partialOrFull(uint256 amount) public {
        amount = bound(amount, 1, AMOUNT);
        uint256 remaining = AMOUNT - amount;
        if (remaining != 0 && remaining < MIN) {
            vm.expectRevert(
                abi.encodeWithSelector(ISequencerLocking.RemainingBelowMinimum.selector, remaining, MIN)
            );
            _request(alice, id, amount);
            return;
        }
        _request(alice, id, amount);
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.amount, remaining, "principal");
        assertEq(p.pendingWithdrawal, amount, "pending");
        assertEq(p.amount + p.pendingWithdrawal, token.balanceOf(address(locking)), "accounted");
        assertEq(
            uint256(p.status),
            uint256(remaining == 0 ? ISequencerLocking.Status.Unlocking : ISequencerLocking.Status.Active),
            "status"
        );
        assertEq(hook.lastEarning(id), remaining, "earning");
    }

    // ------------------------------------------------------------------ exits are never blocked

    function test_requestWithdrawal_andWithdrawWorkWhilePaused() public {
        vm.prank(guardian);
        locking.pause();
        _exitAndCheck();
    }

    function test_requestWithdrawal_andWithdrawWorkWhenDewhitelisted() public {
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        _exitAndCheck();
    }

    function test_requestWithdrawal_andWithdrawWorkWhileJailed() public {
        vm.prank(guardian);
        locking.jail(id);
        _exitAndCheck();
    }

    function test_requestWithdrawal_andWithdrawWorkWhenAllOfItHappens() public {
        vm.startPrank(gov);
        locking.setWhitelisted(alice, false);
        locking.jail(id);
        locking.pause();
        locking.setPermissionless(false);
        vm.stopPrank();
        _exitAndCheck();
    }

    function _exitAndCheck() internal {
        uint256 before = token.balanceOf(alice);
        _request(alice, id, AMOUNT);
        vm.warp(block.timestamp + DELAY);
        vm.prank(alice);
        uint256 paid = locking.withdraw(id);
        assertEq(paid, AMOUNT, "paid");
        assertEq(token.balanceOf(alice), before + AMOUNT, "received");
        _assertStatus(id, ISequencerLocking.Status.Exited, "exited");
    }

    // ------------------------------------------------------------------ unlock delay changes

    function test_requestWithdrawal_usesDelayInForceAtRequest() public {
        _request(alice, id, 10_000e18);
        vm.prank(gov);
        locking.setUnlockDelay(1 days);
        assertEq(locking.getPosition(id).withdrawableAt, T0 + DELAY, "old request keeps its date");

        uint256 bobId = _lock(bob, AMOUNT);
        _request(bob, bobId, AMOUNT);
        assertEq(locking.getPosition(bobId).withdrawableAt, T0 + 1 days, "new request uses the new delay");

        vm.warp(T0 + 1 days);
        vm.prank(bob);
        locking.withdraw(bobId);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.WithdrawalNotReady.selector, id, T0 + DELAY));
        vm.prank(alice);
        locking.withdraw(id);
    }

    // ------------------------------------------------------------------ requestWithdrawal: reverts

    function _expectRequestRevert(address caller, uint256 positionId, uint256 amount, bytes memory err)
        internal
    {
        bytes32 before = _fingerprint();
        vm.expectRevert(err);
        vm.prank(caller);
        locking.requestWithdrawal(positionId, amount);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_requestWithdrawalZero() public {
        _expectRequestRevert(alice, id, 0, abi.encodeWithSelector(ISequencerLocking.ZeroAmount.selector));
    }

    function test_RevertWhen_requestWithdrawalExceedsPrincipal() public {
        _expectRequestRevert(
            alice,
            id,
            AMOUNT + 1,
            abi.encodeWithSelector(ISequencerLocking.AmountExceedsPrincipal.selector, AMOUNT + 1, AMOUNT)
        );
    }

    function test_RevertWhen_requestWithdrawalLeavesBelowMinimum() public {
        uint256 amount = AMOUNT - MIN + 1;
        _expectRequestRevert(
            alice,
            id,
            amount,
            abi.encodeWithSelector(ISequencerLocking.RemainingBelowMinimum.selector, MIN - 1, MIN)
        );
    }

    function test_RevertWhen_requestWithdrawalAlreadyPending() public {
        _request(alice, id, 1000e18);
        _expectRequestRevert(
            alice,
            id,
            1000e18,
            abi.encodeWithSelector(
                ISequencerLocking.WithdrawalAlreadyPending.selector, id, 1000e18, T0 + DELAY
            )
        );
        // Not even a full exit while a partial one is pending.
        _expectRequestRevert(
            alice,
            id,
            AMOUNT - 1000e18,
            abi.encodeWithSelector(
                ISequencerLocking.WithdrawalAlreadyPending.selector, id, 1000e18, T0 + DELAY
            )
        );
    }

    function test_requestWithdrawal_againAfterWithdrawing() public {
        _request(alice, id, 1000e18);
        vm.warp(block.timestamp + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        _request(alice, id, AMOUNT - 1000e18);
        _assertStatus(id, ISequencerLocking.Status.Unlocking, "second request went through");
    }

    function test_RevertWhen_requestWithdrawalUnlocking() public {
        _request(alice, id, AMOUNT);
        _expectRequestRevert(
            alice,
            id,
            1,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Unlocking
            )
        );
    }

    function test_RevertWhen_requestWithdrawalExited() public {
        _request(alice, id, AMOUNT);
        vm.warp(block.timestamp + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        _expectRequestRevert(
            alice,
            id,
            1,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Exited
            )
        );
    }

    function test_RevertWhen_requestWithdrawalNotOwner() public {
        _expectRequestRevert(
            bob, id, 1000e18, abi.encodeWithSelector(ISequencerLocking.NotPositionOwner.selector, id, bob)
        );
        _expectRequestRevert(
            gov, id, 1000e18, abi.encodeWithSelector(ISequencerLocking.NotPositionOwner.selector, id, gov)
        );
    }

    function test_RevertWhen_requestWithdrawalUnknownId() public {
        _expectRequestRevert(
            alice, 0, 1000e18, abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 0)
        );
    }

    function test_RevertWhen_requestWithdrawalRefusedByDistributor() public {
        hook.setShouldRevert(true);
        _expectRequestRevert(
            alice, id, AMOUNT, abi.encodeWithSelector(RecordingHook.BudgetExceeded.selector, id, 0)
        );
    }

    // ================================================================== withdraw

    function test_withdraw_paysOwnerAfterFullRequest() public {
        _request(alice, id, AMOUNT);
        vm.warp(T0 + DELAY);
        uint256 before = token.balanceOf(alice);
        uint256 calls = hook.callCount();

        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Withdrawn(id, alice, AMOUNT, true);
        vm.prank(alice);
        uint256 paid = locking.withdraw(id);

        assertEq(paid, AMOUNT, "returned amount");
        assertEq(token.balanceOf(alice), before + AMOUNT, "paid to owner");
        assertEq(token.balanceOf(address(locking)), 0, "nothing left");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(uint256(p.status), uint256(ISequencerLocking.Status.Exited), "exited");
        assertEq(p.pendingWithdrawal, 0, "pending cleared");
        assertEq(p.withdrawableAt, 0, "date cleared");
        assertEq(p.owner, alice, "owner on record");
        assertEq(hook.callCount(), calls, "earning already 0: no hook call");
    }

    function test_withdraw_paysOwnerAfterPartialRequest() public {
        _request(alice, id, 10_000e18);
        vm.warp(T0 + DELAY);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Withdrawn(id, alice, 10_000e18, false);
        vm.prank(alice);
        locking.withdraw(id);
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(uint256(p.status), uint256(ISequencerLocking.Status.Active), "still active");
        assertEq(p.amount, AMOUNT - 10_000e18, "principal");
        assertEq(token.balanceOf(address(locking)), AMOUNT - 10_000e18, "rest still locked");
    }

    function testFuzz_withdraw_onlyFromWithdrawableAt(uint256 wait) public {
        wait = bound(wait, 0, 2 * DELAY);
        _request(alice, id, AMOUNT);
        vm.warp(T0 + wait);
        if (wait < DELAY) {
            bytes32 before = _fingerprint();
            vm.expectRevert(
                abi.encodeWithSelector(ISequencerLocking.WithdrawalNotReady.selector, id, T0 + DELAY)
            );
            vm.prank(alice);
            locking.withdraw(id);
            assertEq(_fingerprint(), before, "state unchanged");
        } else {
            vm.prank(alice);
            assertEq(locking.withdraw(id), AMOUNT, "paid");
        }
    }

    function test_RevertWhen_withdrawOneSecondEarly() public {
        _request(alice, id, AMOUNT);
        vm.warp(T0 + DELAY - 1);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.WithdrawalNotReady.selector, id, T0 + DELAY));
        vm.prank(alice);
        locking.withdraw(id);
        vm.warp(T0 + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
    }

    function test_RevertWhen_withdrawNothingPending() public {
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NoPendingWithdrawal.selector, id));
        vm.prank(alice);
        locking.withdraw(id);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_withdrawTwice() public {
        _request(alice, id, AMOUNT);
        vm.warp(T0 + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NoPendingWithdrawal.selector, id));
        vm.prank(alice);
        locking.withdraw(id);
    }

    function test_RevertWhen_withdrawNotOwner() public {
        _request(alice, id, AMOUNT);
        vm.warp(T0 + DELAY);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotPositionOwner.selector, id, bob));
        vm.prank(bob);
        locking.withdraw(id);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_withdrawUnknownId() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 9));
        vm.prank(alice);
        locking.withdraw(9);
    }
}
