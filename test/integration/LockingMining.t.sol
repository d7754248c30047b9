// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";

/// @notice The REAL SequencerLocking and SequencerMining working together: every flow that
///         changes what a position earns goes through the real hook, and every reward is checked
///         against the design's closed form `amount * 2000 * seconds / (10_000 * 365 days)`.
/// @dev Rounding: the contract rounds each checkpoint down, so a reward is the closed form or up
///      to one wei per checkpoint below it (`_assertReward`). Where every checkpoint falls on a
///      multiple of 1971 seconds (73 days = a fifth of the year is one), the index is exact and
///      the reward equals the closed form to the wei (`assertEq`).
contract LockingMiningTest is LockingMiningFixture {
    uint256 internal constant BUDGET = 100_000e18;
    uint256 internal constant START = T0 + 1 days;
    /// @dev A fifth of the program: the index is exact there (0.04e27), rewards are 4% exactly.
    uint256 internal constant FIFTH = 73 days;

    address internal alice;
    address internal bob;
    address internal carol;
    address internal stranger;

    function setUp() public {
        _deployPair();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        carol = makeAddr("carol");
        stranger = makeAddr("stranger");
        _fund(BUDGET);
        _start(START);
    }

    // ------------------------------------------------------------------ helpers

    /// @dev `actual` is the closed form `expected` or at most `checkpoints` wei below it.
    function _assertReward(uint256 actual, uint256 expected, uint256 checkpoints, string memory what)
        internal
        pure
    {
        assertLe(actual, expected, string.concat(what, ": above the closed form"));
        assertLe(
            expected - actual, checkpoints, string.concat(what, ": more than a wei per checkpoint below")
        );
    }

    /// @dev Both contracts agree that `id` earns on `expected`.
    function _assertEarning(uint256 id, uint256 expected) internal view {
        assertEq(locking.earningOf(id), expected, "locking earning");
        assertEq(mining.earningOf(id), expected, "mining earning");
    }

    function _pending(uint256 id) internal view returns (uint256) {
        return mining.pendingReward(id);
    }

    function _claim(address owner, uint256 id, address to) internal returns (uint256) {
        vm.prank(owner);
        return mining.claim(id, to);
    }

    // ------------------------------------------------------------------ wiring

    function test_setUp_wiresTheRealPair() public view {
        assertEq(locking.distributor(), address(mining), "distributor");
        assertEq(address(mining.locking()), address(locking), "locking");
        assertEq(address(mining.token()), address(token), "token");
        assertEq(address(locking.token()), address(token), "same token");
        assertEq(mining.programStart(), START, "start");
        assertEq(mining.programEnd(), START + YEAR, "end");
        assertEq(mining.rewardBalance(), BUDGET, "funded");
        assertEq(mining.surplus(), BUDGET, "nothing promised yet");
    }

    // ------------------------------------------------------------------ lock -> accrue -> claim

    function test_lock_booksTheEarningThroughTheHook() public {
        (bytes memory pubkey, bytes memory proof) = _newKey(alice);
        _prepare(alice, 50_000e18);
        vm.expectEmit(address(locking));
        emit ISequencerLocking.Locked(1, alice, signerOfKey(pubkey), pubkey, 50_000e18, 1);
        vm.prank(alice);
        uint256 id = locking.lock(pubkey, proof, 50_000e18);

        _assertEarning(id, 50_000e18);
        assertEq(mining.totalEarning(), 50_000e18, "total earning");
        // Before the start the full year is booked: 20% of 50k.
        assertEq(mining.futureLiability(), 10_000e18, "a year booked");
        assertEq(mining.surplus(), BUDGET - 10_000e18, "surplus");
        assertEq(token.balanceOf(address(locking)), 50_000e18, "principal held");
    }

    function test_claim_accruesNothingBeforeTheStart() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START);
        assertEq(_pending(id), 0, "nothing before the first program second");
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NothingToClaim.selector, id));
        _claim(alice, id, address(0));
        vm.warp(START + 1);
        _assertReward(_pending(id), _closedForm(50_000e18, 1), 1, "one second");
        assertGt(_pending(id), 0, "accrues from the first second");
    }

    function test_claim_paysTheOwnerTheClosedForm() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + 30 days + 17);
        uint256 expected = _closedForm(50_000e18, 30 days + 17);
        uint256 pending = _pending(id);
        _assertReward(pending, expected, 1, "pending");

        vm.expectEmit(address(mining));
        emit ISequencerMining.RewardClaimed(id, alice, pending);
        uint256 paid = _claim(alice, id, address(0));

        assertEq(paid, pending, "pays what was pending");
        assertEq(token.balanceOf(alice), paid, "owner received");
        assertEq(_pending(id), 0, "nothing left");
        assertEq(mining.rewardBalance(), BUDGET - paid, "out of the balance");
        assertEq(mining.surplus(), BUDGET - 10_000e18, "the surplus does not move");
        assertEq(token.balanceOf(address(locking)), 50_000e18, "principal untouched");
    }

    function test_claim_isExactOnTheGrid() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        assertEq(_closedForm(50_000e18, FIFTH), 2000e18, "4% of 50k");
        assertEq(_claim(alice, id, address(0)), 2000e18, "exactly the closed form");
        vm.warp(START + 2 * FIFTH);
        assertEq(_claim(alice, id, address(0)), 2000e18, "a second fifth");
        assertEq(token.balanceOf(alice), 4000e18, "received");
    }

    function test_claim_paysTheRewardRecipient() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.expectEmit(address(locking));
        emit ISequencerLocking.RewardRecipientSet(id, bob);
        vm.prank(alice);
        locking.setRewardRecipient(id, bob);
        vm.warp(START + FIFTH);

        vm.expectEmit(address(mining));
        emit ISequencerMining.RewardClaimed(id, bob, 2000e18);
        uint256 paid = _claim(alice, id, address(0));
        assertEq(paid, 2000e18, "paid");
        assertEq(token.balanceOf(bob), 2000e18, "recipient received");
        assertEq(token.balanceOf(alice), 0, "owner did not");

        // Back to the owner when the recipient is cleared.
        vm.prank(alice);
        locking.setRewardRecipient(id, address(0));
        vm.warp(START + 2 * FIFTH);
        _claim(alice, id, address(0));
        assertEq(token.balanceOf(alice), 2000e18, "owner again");
    }

    function test_claim_paysAnExplicitToOverTheRecipient() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.prank(alice);
        locking.setRewardRecipient(id, bob);
        vm.warp(START + FIFTH);
        uint256 paid = _claim(alice, id, carol);
        assertEq(paid, 2000e18, "paid");
        assertEq(token.balanceOf(carol), 2000e18, "explicit to received");
        assertEq(token.balanceOf(bob), 0, "recipient did not");
    }

    function test_RevertWhen_claimByTheRecipientOrAStranger() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.prank(alice);
        locking.setRewardRecipient(id, bob);
        vm.warp(START + FIFTH);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NotPositionOwner.selector, id, bob));
        _claim(bob, id, bob);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NotPositionOwner.selector, id, stranger));
        _claim(stranger, id, stranger);
        assertEq(_pending(id), 2000e18, "untouched");
    }

    function test_RevertWhen_claimAnUnknownPosition() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 7));
        _claim(alice, 7, address(0));
    }

    // ------------------------------------------------------------------ compound

    function test_compound_movesTheRewardIntoTheLock() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);

        vm.expectEmit(address(mining));
        emit ISequencerMining.RewardCompounded(id, 2000e18);
        vm.expectEmit(address(locking));
        emit ISequencerLocking.Compounded(id, 2000e18, 52_000e18, 2);
        vm.prank(alice);
        uint256 moved = mining.compound(id);

        assertEq(moved, 2000e18, "moved the closed form");
        assertEq(locking.getPosition(id).amount, 52_000e18, "principal grew");
        _assertEarning(id, 52_000e18);
        assertEq(token.balanceOf(address(locking)), 52_000e18, "tokens moved into the lock");
        assertEq(mining.rewardBalance(), BUDGET - 2000e18, "out of the reward balance");
        assertEq(_pending(id), 0, "nothing pending");
        // The extra 2k earns 16% for the remaining four fifths: 320 out of the surplus.
        assertEq(mining.surplus(), BUDGET - 10_000e18 - 320e18, "the larger earning is booked");

        vm.warp(START + 2 * FIFTH);
        assertEq(_pending(id), 2080e18, "accrues on the compounded principal: 4% of 52k");
    }

    function test_compound_upToMaxLockThenRefusedAbove() public {
        uint256 id = _lock(alice, 99_000e18);
        vm.warp(START + FIFTH);
        // 4% of 99k = 3,960: the lock would reach 102,960 > maxLock.
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.AmountAboveMaximum.selector, 102_960e18, MAX_LOCK)
        );
        vm.prank(alice);
        mining.compound(id);
        assertEq(_pending(id), 3960e18, "reward kept");
        assertEq(token.balanceOf(address(locking)), 99_000e18, "nothing moved");

        vm.prank(gov);
        locking.setLockLimits(MIN_LOCK, 102_960e18);
        vm.prank(alice);
        assertEq(mining.compound(id), 3960e18, "fits exactly once the limit allows it");
        _assertEarning(id, 102_960e18);
    }

    function test_RevertWhen_compoundWhilePaused() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(guardian);
        locking.pause();
        vm.expectRevert(ISequencerLocking.EnforcedPause.selector);
        vm.prank(alice);
        mining.compound(id);
        // A claim is never paused.
        assertEq(_claim(alice, id, address(0)), 2000e18, "claim works while paused");
    }

    function test_RevertWhen_compoundAJailedPosition() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(guardian);
        locking.jail(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Jailed
            )
        );
        vm.prank(alice);
        mining.compound(id);
        // What accrued before the jail stays claimable.
        assertEq(_claim(alice, id, address(0)), 2000e18, "claim of a jailed position");
    }

    function test_RevertWhen_compoundByAStranger() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NotPositionOwner.selector, id, stranger));
        vm.prank(stranger);
        mining.compound(id);
    }

    function test_RevertWhen_compoundBeyondTheBudget() public {
        uint256 id = _lock(alice, 50_000e18); // books 10k
        vm.prank(gov);
        mining.withdrawSurplus(gov, BUDGET - 10_000e18); // nothing spare left
        vm.warp(START + FIFTH);
        // After paying out 2k the balance is 8k, all owed; 2k more earning costs 16% of it: 320.
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 8320e18, 8000e18)
        );
        vm.prank(alice);
        mining.compound(id);
        assertEq(_claim(alice, id, address(0)), 2000e18, "the claim is always covered");
    }

    /// @dev While the whitelist is in force a removed operator's reward cannot go into its lock:
    ///      the locking contract refuses with the owner's address, nothing moves, the position
    ///      keeps earning and the reward stays claimable.
    function test_RevertWhen_compoundByADewhitelistedOwner() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        uint256 surplusBefore = mining.surplus();

        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice));
        vm.prank(alice);
        mining.compound(id);

        assertEq(locking.getPosition(id).amount, 50_000e18, "principal unchanged");
        assertEq(token.balanceOf(address(locking)), 50_000e18, "nothing moved into the lock");
        assertEq(mining.rewardBalance(), BUDGET, "nothing left the reward balance");
        assertEq(mining.surplus(), surplusBefore, "nothing booked");
        assertEq(_pending(id), 2000e18, "reward kept");
        _assertEarning(id, 50_000e18);

        // Earning goes on and the claim works.
        vm.warp(START + 2 * FIFTH);
        assertEq(_claim(alice, id, address(0)), 4000e18, "claim of a removed operator");
        assertEq(token.balanceOf(alice), 4000e18, "paid");
    }

    function test_compound_byADewhitelistedOwnerOncePermissionless() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.startPrank(gov);
        locking.setWhitelisted(alice, false);
        locking.setPermissionless(true);
        vm.stopPrank();

        vm.expectEmit(address(locking));
        emit ISequencerLocking.Compounded(id, 2000e18, 52_000e18, 2);
        vm.prank(alice);
        assertEq(mining.compound(id), 2000e18, "compounded");
        assertEq(locking.getPosition(id).amount, 52_000e18, "principal grew");
        _assertEarning(id, 52_000e18);
    }

    function test_RevertWhen_compoundNothing() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NothingToClaim.selector, id));
        vm.prank(alice);
        mining.compound(id);
    }

    // ------------------------------------------------------------------ top-up

    function test_increaseLock_earnsOnTheNewAmountFromThatSecond() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        _prepare(alice, 25_000e18);
        vm.prank(alice);
        locking.increaseLock(id, 25_000e18);
        _assertEarning(id, 75_000e18);
        assertEq(_pending(id), 2000e18, "checkpointed at the old amount");
        vm.warp(START + 2 * FIFTH);
        assertEq(_pending(id), 2000e18 + 3000e18, "4% of 50k, then 4% of 75k");
    }

    function test_increaseLock_whileJailedEarnsOnlyOnceUnjailed() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(gov);
        locking.jail(id);
        _topUp(alice, id, 10_000e18);
        _assertEarning(id, 0);
        vm.warp(START + 2 * FIFTH);
        assertEq(_pending(id), 2000e18, "nothing while jailed");
        vm.prank(gov);
        locking.unjail(id);
        _assertEarning(id, 60_000e18);
        vm.warp(START + 3 * FIFTH);
        assertEq(_pending(id), 2000e18 + 2400e18, "4% of 60k after the unjail");
    }

    function test_RevertWhen_increaseLockBeyondTheBudget() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.prank(gov);
        mining.withdrawSurplus(gov, BUDGET - 10_000e18 - 1000e18); // 1k spare: 5k more earning
        _prepare(alice, 10_000e18);
        uint256 lockingBefore = token.balanceOf(address(locking));
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 11_000e18 + 1, 11_000e18)
        );
        vm.prank(alice);
        locking.increaseLock(id, 5000e18 + 5);
        assertEq(token.balanceOf(address(locking)), lockingBefore, "nothing pulled");
        vm.prank(alice);
        locking.increaseLock(id, 5000e18);
        _assertEarning(id, 55_000e18);
        assertEq(mining.surplus(), 0, "budget used to the wei");
    }

    // ------------------------------------------------------------------ withdrawal requests

    function test_requestWithdrawal_partialLowersTheEarning() public {
        uint256 id = _lock(alice, 60_000e18);
        vm.warp(START + FIFTH);
        vm.prank(alice);
        locking.requestWithdrawal(id, 20_000e18);
        _assertEarning(id, 40_000e18);
        assertEq(uint256(locking.getPosition(id).status), uint256(ISequencerLocking.Status.Active), "active");
        vm.warp(START + 2 * FIFTH);
        assertEq(_pending(id), 2400e18 + 1600e18, "4% of 60k, then 4% of 40k");

        vm.prank(alice);
        assertEq(locking.withdraw(id), 20_000e18, "withdrawn");
        assertEq(token.balanceOf(alice), 20_000e18, "owner received the principal");
        _assertEarning(id, 40_000e18);
        assertEq(_claim(alice, id, address(0)), 4000e18, "claim unaffected by the withdrawal");
    }

    function test_requestWithdrawal_fullStopsEarningAtThatSecond() public {
        uint256 id = _lock(alice, 50_000e18);
        uint256 twin = _lock(bob, 50_000e18);
        uint256 t = START + 1000;
        vm.warp(t);
        vm.prank(alice);
        locking.requestWithdrawal(id, 50_000e18);
        _assertEarning(id, 0);
        uint256 atRequest = _pending(id);
        _assertReward(atRequest, _closedForm(50_000e18, 1000), 1, "until the request");
        assertEq(atRequest, _pending(twin), "same as a twin up to that second");

        vm.warp(t + 1);
        assertEq(_pending(id), atRequest, "not one more second");
        assertGt(_pending(twin), atRequest, "the twin earns on");
        vm.warp(t + UNLOCK_DELAY);
        assertEq(_pending(id), atRequest, "nothing while unlocking");
        assertEq(mining.totalEarning(), 50_000e18, "only the twin earns");
    }

    function test_requestWithdrawal_fullReleasesTheBudget() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(alice);
        locking.requestWithdrawal(id, 50_000e18);
        // The four fifths left of 20% of 50k (8k) go back to the surplus; 2k stay owed.
        assertEq(mining.surplus(), BUDGET - 2000e18, "released");
        assertEq(mining.owed(), 2000e18, "owed");
        assertEq(mining.futureLiability(), 0, "nothing more to accrue");
    }

    // ------------------------------------------------------------------ withdraw and claims after exit

    function test_claim_afterExit() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(alice);
        locking.requestWithdrawal(id, 50_000e18);
        vm.warp(START + FIFTH + UNLOCK_DELAY);
        vm.prank(alice);
        assertEq(locking.withdraw(id), 50_000e18, "principal back");
        assertEq(uint256(locking.getPosition(id).status), uint256(ISequencerLocking.Status.Exited), "exited");
        assertEq(token.balanceOf(address(locking)), 0, "locking empty");

        vm.warp(START + 3 * FIFTH);
        assertEq(_pending(id), 2000e18, "frozen at the request");
        vm.prank(alice);
        locking.setRewardRecipient(id, carol); // allowed in any status
        assertEq(_claim(alice, id, address(0)), 2000e18, "claim after exit");
        assertEq(token.balanceOf(carol), 2000e18, "to the recipient");
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NothingToClaim.selector, id));
        _claim(alice, id, address(0));
    }

    function test_claim_afterTheProgramEnd() public {
        uint256 id = _lock(alice, 50_000e18);
        uint256 late = _lock(bob, 30_000e18);
        vm.warp(START + YEAR + 100 days);
        assertEq(mining.rewardIndex(), 2000 * 365 days, "index stops at 20% of a year");
        assertEq(mining.futureLiability(), 0, "nothing left to accrue");
        assertEq(_pending(id), _closedForm(50_000e18, YEAR), "20% of 50k, to the wei");
        assertEq(_pending(id), 10_000e18, "10k");
        assertEq(_claim(alice, id, address(0)), 10_000e18, "claim after the end");
        assertEq(_claim(bob, late, address(0)), 6000e18, "another");
        vm.warp(START + 3 * YEAR);
        assertEq(_pending(id), 0, "no growth after the end");
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NothingToClaim.selector, id));
        _claim(alice, id, address(0));
        // Exits still work, and what is left of the budget is surplus.
        vm.prank(alice);
        locking.requestWithdrawal(id, 50_000e18);
        vm.warp(START + 3 * YEAR + UNLOCK_DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        assertEq(token.balanceOf(alice), 60_000e18, "principal + rewards");
        assertEq(mining.surplus(), BUDGET - 16_000e18, "the rest is surplus");
    }

    function test_lock_afterTheEndNeedsNoBudgetAndEarnsNothing() public {
        vm.prank(gov);
        mining.withdrawSurplus(gov, BUDGET);
        vm.warp(START + YEAR);
        uint256 id = _lock(alice, 50_000e18);
        _assertEarning(id, 50_000e18);
        assertEq(mining.liability(), 0, "nothing promised");
        vm.warp(START + 2 * YEAR);
        assertEq(_pending(id), 0, "nothing accrues after the end");
    }

    // ------------------------------------------------------------------ jail / unjail

    function test_jail_earnsNothingWhileJailedToTheSecond() public {
        uint256 id = _lock(alice, 50_000e18);
        uint256 twin = _lock(bob, 50_000e18);
        uint256 t1 = START + 10 days + 7;
        vm.warp(t1);
        vm.prank(guardian);
        locking.jail(id);
        _assertEarning(id, 0);
        uint256 atJail = _pending(id);
        assertEq(atJail, _pending(twin), "same as the twin up to the jail");

        vm.warp(t1 + 1);
        assertEq(_pending(id), atJail, "not one second more");
        vm.warp(t1 + 5 days);
        assertEq(_pending(id), atJail, "nothing while jailed");
        uint256 t2 = block.timestamp;
        vm.prank(gov);
        locking.unjail(id);
        _assertEarning(id, 50_000e18);

        vm.warp(t2 + 10 days);
        uint256 jailed = t2 - t1;
        uint256 earned = t2 + 10 days - START - jailed;
        _assertReward(_pending(id), _closedForm(50_000e18, earned), 3, "jailed position");
        _assertReward(_pending(twin), _closedForm(50_000e18, t2 + 10 days - START), 1, "twin");
        assertApproxEqAbs(_pending(twin) - _pending(id), _closedForm(50_000e18, jailed), 2, "the gap");
    }

    function test_jail_releasesAndUnjailRebooksTheBudget() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(gov);
        locking.jail(id);
        assertEq(mining.surplus(), BUDGET - 2000e18, "jail released the future");
        vm.warp(START + 2 * FIFTH);
        vm.prank(gov);
        locking.unjail(id);
        // Three fifths left: 12% of 50k.
        assertEq(mining.surplus(), BUDGET - 2000e18 - 6000e18, "unjail booked the rest of the year");
    }

    function test_RevertWhen_unjailBeyondTheBudget() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.prank(gov);
        locking.jail(id); // before the start: releases the whole 10k
        vm.prank(gov);
        mining.withdrawSurplus(gov, BUDGET - 1);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 10_000e18, 1));
        vm.prank(gov);
        locking.unjail(id);
        _assertEarning(id, 0);
    }

    // ------------------------------------------------------------------ slash

    function test_slash_lowersTheEarning() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(gov);
        locking.slash(id, 5000e18, "double signing");
        _assertEarning(id, 45_000e18);
        assertEq(_pending(id), 2000e18, "the reward so far is not slashed");
        assertEq(token.balanceOf(treasury), 5000e18, "treasury");
        vm.warp(START + 2 * FIFTH);
        assertEq(_pending(id), 2000e18 + 1800e18, "4% of 50k, then 4% of 45k");
    }

    function test_slash_belowMinLockJailsAndStopsEarning() public {
        uint256 id = _lock(alice, 21_000e18);
        vm.warp(START + FIFTH);
        vm.prank(gov);
        locking.slash(id, 2000e18, "downtime");
        assertEq(uint256(locking.getPosition(id).status), uint256(ISequencerLocking.Status.Jailed), "jailed");
        _assertEarning(id, 0);
        vm.warp(START + 2 * FIFTH);
        assertEq(_pending(id), 840e18, "4% of 21k, then nothing");
    }

    function test_slash_fromThePendingWithdrawalKeepsTheEarning() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.prank(alice);
        locking.requestWithdrawal(id, 10_000e18);
        vm.warp(START + FIFTH);
        vm.prank(gov);
        locking.slash(id, 3000e18, "equivocation");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.pendingWithdrawal, 7000e18, "taken from the pending withdrawal");
        assertEq(p.amount, 40_000e18, "principal untouched");
        _assertEarning(id, 40_000e18);
        vm.warp(START + 2 * FIFTH);
        assertEq(_pending(id), 3200e18, "4% of 40k twice");
    }

    function test_slash_ofAnUnlockingPositionLeavesTheRewardClaimable() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        vm.prank(alice);
        locking.requestWithdrawal(id, 50_000e18);
        vm.prank(gov);
        locking.slash(id, 5000e18, "late evidence");
        _assertEarning(id, 0);
        vm.warp(START + FIFTH + UNLOCK_DELAY);
        vm.prank(alice);
        assertEq(locking.withdraw(id), 45_000e18, "what is left");
        assertEq(_claim(alice, id, address(0)), 2000e18, "reward intact");
    }

    // ------------------------------------------------------------------ the budget refuses locks

    function test_RevertWhen_lockBeyondTheBudget_balancesUntouched() public {
        _lock(alice, 50_000e18); // books 10k
        vm.prank(gov);
        mining.withdrawSurplus(gov, BUDGET - 10_000e18 - 4000e18); // 4k spare: 20k of earning
        _prepare(bob, 30_000e18);
        (bytes memory pubkey, bytes memory proof) = _newKey(bob);
        uint256 bobBefore = token.balanceOf(bob);
        uint256 lockingBefore = token.balanceOf(address(locking));
        uint256 miningBefore = token.balanceOf(address(mining));

        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 14_000e18 + 1, 14_000e18)
        );
        vm.prank(bob);
        locking.lock(pubkey, proof, 20_000e18 + 5);

        assertEq(token.balanceOf(bob), bobBefore, "bob keeps his tokens");
        assertEq(token.balanceOf(address(locking)), lockingBefore, "locking unchanged");
        assertEq(token.balanceOf(address(mining)), miningBefore, "mining unchanged");
        assertEq(locking.positionCount(), 1, "no position");
        assertEq(locking.activeCount(), 1, "set unchanged");
        assertEq(locking.nonces(bob), 0, "nonce unchanged");
        assertEq(locking.signerToId(signerOfKey(pubkey)), 0, "key not burnt");
        assertEq(mining.surplus(), 4000e18, "budget unchanged");

        // The same key and proof go through for what the budget covers, to the wei.
        vm.prank(bob);
        uint256 id = locking.lock(pubkey, proof, 20_000e18);
        _assertEarning(id, 20_000e18);
        assertEq(mining.surplus(), 0, "budget used to the wei");
    }

    function test_lock_headroomPredictsWhatTheBudgetAccepts() public {
        _lock(alice, 50_000e18); // books 10k
        vm.prank(gov);
        mining.withdrawSurplus(gov, BUDGET - 14_000e18); // 4k spare
        vm.warp(START + FIFTH);
        // Four fifths left: 4k covers 16% of 25k.
        assertEq(mining.headroom(), 25_000e18, "headroom");
        _prepare(bob, 30_000e18);
        (bytes memory pubkey, bytes memory proof) = _newKey(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 14_000e18 + 1, 14_000e18)
        );
        vm.prank(bob);
        locking.lock(pubkey, proof, 25_000e18 + 1);
        vm.prank(bob);
        locking.lock(pubkey, proof, 25_000e18);
        assertEq(mining.headroom(), 0, "full");

        // Funding again makes room.
        _fund(4000e18);
        assertEq(mining.headroom(), 25_000e18, "room again");
        _lock(carol, 25_000e18);
    }

    // ------------------------------------------------------------------ key rotation

    function test_updateSigner_doesNotAffectRewards() public {
        uint256 id = _lock(alice, 50_000e18);
        uint256 twin = _lock(bob, 50_000e18);
        vm.warp(START + 10 days + 3);
        (bytes memory pubkey, bytes memory proof) = _newKey(alice);
        vm.recordLogs();
        vm.prank(alice);
        locking.updateSigner(id, pubkey, proof);
        assertEq(vm.getRecordedLogs().length, 1, "SignerUpdated only: no hook call");
        assertEq(locking.getPosition(id).signer, signerOfKey(pubkey), "rotated");
        _assertEarning(id, 50_000e18);
        assertEq(_pending(id), _pending(twin), "same reward as the twin");
        vm.warp(START + 40 days);
        assertEq(_pending(id), _pending(twin), "still the same");
        assertEq(_claim(alice, id, address(0)), _claim(bob, twin, address(0)), "same claim");
    }

    // ------------------------------------------------------------------ exits are never blocked

    function test_requestWithdrawal_neverBlockedByPauseJailOrAnEmptyBudget() public {
        uint256 id = _lock(alice, 50_000e18);
        vm.warp(START + FIFTH);
        uint256 spare = mining.surplus();
        vm.prank(gov);
        mining.withdrawSurplus(gov, spare); // nothing spare
        vm.prank(guardian);
        locking.pause();
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        vm.prank(guardian);
        locking.jail(id);

        vm.prank(alice);
        locking.requestWithdrawal(id, 50_000e18);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        assertEq(_claim(alice, id, address(0)), 2000e18, "reward");
        assertEq(token.balanceOf(alice), 52_000e18, "principal + reward");
        assertEq(mining.liability(), 0, "nothing owed");
    }
}
