// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerMining} from "../../contracts/SequencerMining.sol";
import {ILockingForDistributor} from "../../contracts/interfaces/ILockingView.sol";
import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {
    FeeOnTransferToken,
    LockingDouble,
    OtherTokenLocking,
    ReentrantToken,
    SequencerMiningFixture
} from "../utils/SequencerMiningMocks.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract SequencerMiningTest is SequencerMiningFixture {
    event Transfer(address indexed from, address indexed to, uint256 value);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    bytes4 internal constant OWNABLE_UNAUTHORIZED = bytes4(keccak256("OwnableUnauthorizedAccount(address)"));
    bytes4 internal constant OWNABLE_INVALID_OWNER = bytes4(keccak256("OwnableInvalidOwner(address)"));
    bytes4 internal constant REENTRANT_CALL = bytes4(keccak256("ReentrancyGuardReentrantCall()"));
    bytes4 internal constant SAFECAST_OVERFLOW =
        bytes4(keccak256("SafeCastOverflowedUintDowncast(uint8,uint256)"));
    bytes4 internal constant INSUFFICIENT_ALLOWANCE =
        bytes4(keccak256("ERC20InsufficientAllowance(address,uint256,uint256)"));

    // ================================================================== constructor

    function test_constructor_setsImmutablesAndOwner() public view {
        assertEq(address(mining.token()), address(token), "token");
        assertEq(address(mining.locking()), address(locking), "locking");
        assertEq(mining.owner(), gov, "owner");
        assertEq(mining.APR_BPS(), 2000, "APR_BPS");
        assertEq(mining.DURATION(), 365 days, "DURATION");
        assertEq(mining.MAX_RATE_BPS(), 5000, "MAX_RATE_BPS");
        assertEq(mining.MIN_PROGRAM_DURATION(), 7 days, "MIN_PROGRAM_DURATION");
        assertEq(mining.MAX_PROGRAM_DURATION(), 730 days, "MAX_PROGRAM_DURATION");
        assertEq(mining.MAX_QUEUED_PROGRAMS(), 2, "MAX_QUEUED_PROGRAMS");
        assertEq(mining.programCount(), 1, "the first program exists from the beginning");
        (uint64 start, uint64 end, uint256 rate, uint256 duration, uint256 r0) = mining.program(1);
        assertEq(start, 0, "first start unset");
        assertEq(end, 0, "no end while unset");
        assertEq(rate, 2000, "first rate");
        assertEq(duration, 365 days, "first duration");
        assertEq(r0, 0, "index 0 at the first start");
        assertEq(mining.programStart(), 0, "not started");
        assertEq(mining.programEnd(), 0, "no end");
    }

    function test_constructor_acceptsLockingNotYetDeployed() public {
        address future = makeAddr("future locking");
        SequencerMining m = new SequencerMining(IERC20(address(token)), ILockingForDistributor(future), gov);
        assertEq(address(m.locking()), future, "locking at a precomputed address");
    }

    function test_RevertWhen_constructorTokenIsZero() public {
        vm.expectRevert(ISequencerMining.ZeroAddress.selector);
        new SequencerMining(IERC20(address(0)), locking, gov);
    }

    function test_RevertWhen_constructorLockingIsZero() public {
        vm.expectRevert(ISequencerMining.ZeroAddress.selector);
        new SequencerMining(IERC20(address(token)), ILockingForDistributor(address(0)), gov);
    }

    function test_RevertWhen_constructorOwnerIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(OWNABLE_INVALID_OWNER, address(0)));
        new SequencerMining(IERC20(address(token)), locking, address(0));
    }

    function test_RevertWhen_constructorTokenDiffersFromLocking() public {
        MockMetis other = new MockMetis();
        OtherTokenLocking l = new OtherTokenLocking(IERC20(address(other)));
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.TokenMismatch.selector, address(token), address(other))
        );
        new SequencerMining(IERC20(address(token)), ILockingForDistributor(address(l)), gov);
    }

    function test_storageLayout_matchesTheDocumentedSlots() public {
        _fund(30_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0 + 10);
        // slot 2: surplus (104 bits) | totalEarning (112 bits) | last program (16 bits)
        uint256 slot2 = uint256(vm.load(address(mining), bytes32(uint256(2))));
        assertEq(slot2 & type(uint104).max, 10_000e18, "slot 2 surplus");
        assertEq((slot2 >> 104) & type(uint112).max, 100_000e18, "slot 2 totalEarning");
        assertEq(slot2 >> 216, 1, "slot 2 last program");
        // slot 3: programs; one slot each: start (40) | duration (32) | rate (16) | index at
        // start (64) | the funded balance (104, in the last program's slot only)
        uint256 pr = uint256(vm.load(address(mining), keccak256(abi.encode(uint256(1), uint256(3)))));
        assertEq(pr & type(uint40).max, T0 + 10, "program start");
        assertEq((pr >> 40) & type(uint32).max, YEAR, "program duration");
        assertEq((pr >> 72) & type(uint16).max, 2000, "program rate");
        assertEq((pr >> 88) & type(uint64).max, 0, "program index at start");
        assertEq(pr >> 152, 30_000e18, "the balance in the last program's slot");
        // slot 4: positions; one slot each: earning (88) | checkpoint (64) | accrued (104)
        uint256 p = uint256(vm.load(address(mining), keccak256(abi.encode(id, uint256(4)))));
        assertEq(p & type(uint88).max, 100_000e18, "position earning");
        assertEq(p >> 152, 0, "position accrued");
    }

    // ================================================================== startProgram

    function test_startProgram_fixesStartAndEnd() public {
        vm.expectEmit(address(mining));
        emit ISequencerMining.ProgramScheduled(1, _u64(T0 + 1 days), _u64(T0 + 1 days + YEAR), 2000, 0);
        _start(T0 + 1 days);
        assertEq(mining.programStart(), T0 + 1 days, "start");
        assertEq(mining.programEnd(), T0 + 1 days + YEAR, "end");
    }

    function test_startProgram_acceptsTheCurrentSecond() public {
        _start(T0);
        assertEq(mining.programStart(), T0, "start now");
        assertEq(mining.rewardIndex(), 0, "index 0 at the start");
    }

    function test_startProgram_futureStartAccruesNothingBefore() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0 + 30 days);
        vm.warp(T0 + 30 days);
        assertEq(mining.pendingReward(id), 0, "nothing before start");
        vm.warp(T0 + 30 days + YEAR / 2);
        assertEq(mining.pendingReward(id), 10_000e18, "half the year from the start");
    }

    function test_RevertWhen_startProgramCalledByNonOwner() public {
        vm.expectRevert(abi.encodeWithSelector(OWNABLE_UNAUTHORIZED, alice));
        vm.prank(alice);
        mining.startProgram(_u64(T0));
    }

    function test_RevertWhen_startProgramCalledTwice() public {
        _start(T0 + 5);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.ProgramAlreadyStarted.selector, _u64(T0 + 5)));
        vm.prank(gov);
        mining.startProgram(_u64(T0 + 10));
        assertEq(mining.programStart(), T0 + 5, "not moved");
    }

    function test_RevertWhen_startProgramInThePast() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.StartInPast.selector, _u64(T0 - 1), T0));
        vm.prank(gov);
        mining.startProgram(_u64(T0 - 1));
    }

    function test_RevertWhen_startProgramBeyond40Bits() public {
        uint256 maxStart = uint256(type(uint40).max) - YEAR;
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.StartTooLate.selector, _u64(maxStart + 1), maxStart)
        );
        vm.prank(gov);
        mining.startProgram(_u64(maxStart + 1));
    }

    function test_startProgram_acceptsTheLatestStart() public {
        uint256 maxStart = uint256(type(uint40).max) - YEAR;
        _start(maxStart);
        assertEq(mining.programEnd(), type(uint40).max, "end fits 40 bits");
    }

    function test_startProgram_pastTheYear2106_eventAndErrorKeep64Bits() public {
        uint256 start = uint256(type(uint32).max) + 1; // 2106-02-07, past 32-bit seconds
        vm.expectEmit(address(mining));
        emit ISequencerMining.ProgramScheduled(1, _u64(start), _u64(start + YEAR), 2000, 0);
        _start(start);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.ProgramAlreadyStarted.selector, _u64(start)));
        vm.prank(gov);
        mining.startProgram(_u64(start + 1));
    }

    function test_startProgram_changesNoLiability() public {
        _fund(25_000e18);
        _lock(alice, 100_000e18);
        uint256 before = mining.liability();
        _start(T0 + 3 days);
        assertEq(mining.liability(), before, "the full year was booked before the start");
        assertEq(mining.surplus(), 5000e18, "surplus");
    }

    // ================================================================== fund

    function test_fund_creditsTheBalance() public {
        token.mint(bob, 1000e18);
        vm.startPrank(bob);
        token.approve(address(mining), 1000e18);
        vm.expectEmit(address(mining));
        emit ISequencerMining.Funded(bob, 1000e18);
        uint256 received = mining.fund(1000e18);
        vm.stopPrank();
        assertEq(received, 1000e18, "received");
        assertEq(mining.rewardBalance(), 1000e18, "balance");
        assertEq(mining.surplus(), 1000e18, "all surplus");
        assertEq(token.balanceOf(address(mining)), 1000e18, "tokens held");
    }

    function test_fund_addsUp() public {
        _fund(1e18);
        _fund(2e18);
        assertEq(mining.rewardBalance(), 3e18, "sum of fundings");
    }

    function test_fund_creditsWhatArrived() public {
        FeeOnTransferToken fee = new FeeOnTransferToken(100); // 1%
        LockingDouble l = new LockingDouble(IERC20(address(fee)));
        SequencerMining m = new SequencerMining(IERC20(address(fee)), l, gov);
        fee.mint(bob, 1000e18);
        vm.startPrank(bob);
        fee.approve(address(m), 1000e18);
        vm.expectEmit(address(m));
        emit ISequencerMining.Funded(bob, 990e18);
        uint256 received = m.fund(1000e18);
        vm.stopPrank();
        assertEq(received, 990e18, "received net of the fee");
        assertEq(m.rewardBalance(), 990e18, "credited net of the fee");
    }

    function test_fund_ignoresDonations() public {
        _fund(100e18);
        token.mint(address(mining), 50e18);
        assertEq(mining.rewardBalance(), 100e18, "donation not credited");
        assertEq(mining.surplus(), 100e18, "surplus is the funded one");
    }

    function test_RevertWhen_fundAmountIsZero() public {
        vm.expectRevert(ISequencerMining.ZeroAmount.selector);
        mining.fund(0);
    }

    function test_RevertWhen_fundWithoutAllowance() public {
        token.mint(bob, 10e18);
        vm.expectRevert(abi.encodeWithSelector(INSUFFICIENT_ALLOWANCE, address(mining), 0, 10e18));
        vm.prank(bob);
        mining.fund(10e18);
    }

    function test_RevertWhen_fundBeyondTheBalanceCap() public {
        uint256 cap = type(uint104).max;
        _fund(cap - 5);
        token.mint(bob, 6);
        vm.startPrank(bob);
        token.approve(address(mining), 6);
        vm.expectRevert(abi.encodeWithSelector(SAFECAST_OVERFLOW, 104, cap + 1));
        mining.fund(6);
        mining.fund(5);
        vm.stopPrank();
        assertEq(mining.rewardBalance(), cap, "up to the cap");
    }

    function test_RevertWhen_fundReentered() public {
        ReentrantToken r = new ReentrantToken();
        LockingDouble l = new LockingDouble(IERC20(address(r)));
        SequencerMining m = new SequencerMining(IERC20(address(r)), l, gov);
        r.mint(bob, 10e18);
        r.mint(address(r), 10e18);
        vm.prank(bob);
        r.approve(address(m), 10e18);
        r.arm(address(m), abi.encodeCall(ISequencerMining.fund, (1)));
        vm.prank(bob);
        m.fund(5e18);
        assertFalse(r.reentered(), "re-entry refused");
        assertEq(r.reentryError(), abi.encodeWithSelector(REENTRANT_CALL), "by the guard");
        assertEq(m.rewardBalance(), 5e18, "only the outer funding");
    }

    // ================================================================== onEarningChanged

    function test_onEarningChanged_emitsAndBooksTheFullYearBeforeStart() public {
        _fund(20_000e18);
        token.mint(alice, 100_000e18);
        vm.startPrank(alice);
        token.approve(address(locking), 100_000e18);
        locking.lock(100_000e18);
        vm.stopPrank();
        assertEq(mining.earningOf(1), 100_000e18, "earning");
        assertEq(mining.totalEarning(), 100_000e18, "total");
        assertEq(mining.liability(), 20_000e18, "a full year at 20%");
        assertEq(mining.futureLiability(), 20_000e18, "all of it in the future");
        assertEq(mining.owed(), 0, "nothing owed yet");
        assertEq(mining.surplus(), 0, "no surplus left");
        assertEq(mining.headroom(), 0, "no headroom left");
    }

    function test_onEarningChanged_tracksTotalEarning() public {
        _fund(100_000e18);
        uint256 a = _lock(alice, 30_000e18);
        _lock(bob, 50_000e18);
        _topUp(alice, a, 10_000e18);
        assertEq(mining.totalEarning(), 90_000e18, "after top-up");
        locking.jail(a);
        assertEq(mining.totalEarning(), 50_000e18, "after jail");
        assertEq(mining.earningOf(a), 0, "jailed earns on 0");
        locking.unjail(a);
        assertEq(mining.totalEarning(), 90_000e18, "after unjail");
    }

    function test_onEarningChanged_halfYearIncreaseCostsHalf() public {
        _fund(15_000e18);
        _lock(alice, 50_000e18); // 10k
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        _lock(bob, 50_000e18); // 5k: half a year left
        assertEq(mining.liability(), 15_000e18, "10k + 5k");
        assertEq(mining.owed(), 5000e18, "alice's half year");
        assertEq(mining.futureLiability(), 10_000e18, "100k for half a year");
    }

    function test_onEarningChanged_acceptsExactlyTheHeadroom() public {
        _fund(1000e18 + 7);
        _lock(alice, 1000e18);
        _start(T0);
        vm.warp(T0 + 12_345_678);
        uint256 room = mining.headroom();
        uint256 snap = vm.snapshotState();
        _lock(bob, room);
        assertLe(mining.liability(), mining.rewardBalance(), "solvent at the edge");
        vm.revertToState(snap);
        token.mint(bob, room + 1);
        uint256 needed = mining.liability() + _liabilityUp(room + 1);
        vm.startPrank(bob);
        token.approve(address(locking), room + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.RewardBudgetExceeded.selector, needed, mining.rewardBalance()
            )
        );
        locking.lock(room + 1);
        vm.stopPrank();
    }

    /// @dev What an increase of `x` adds to the liability now (rounded up).
    function _liabilityUp(uint256 x) internal view returns (uint256) {
        return (x * (2000 * YEAR - mining.rewardIndex()) + K - 1) / K;
    }

    function test_RevertWhen_onEarningChangedExceedsTheBudget() public {
        _fund(10_000e18);
        token.mint(alice, 100_000e18);
        vm.startPrank(alice);
        token.approve(address(locking), 100_000e18);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 20_000e18, 10_000e18)
        );
        locking.lock(100_000e18);
        vm.stopPrank();
        assertEq(mining.totalEarning(), 0, "refused as a whole");
    }

    function test_RevertWhen_onEarningChangedUnjailExceedsTheBudget() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        locking.jail(id);
        vm.prank(gov);
        mining.withdrawSurplus(gov, 1e18);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 20_000e18, 19_999e18)
        );
        locking.unjail(id);
    }

    function test_RevertWhen_onEarningChangedCallerIsNotLocking() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NotLocking.selector, alice));
        vm.prank(alice);
        mining.onEarningChanged(1, 1e18);
    }

    function test_RevertWhen_onEarningChangedAmountAbove96Bits() public {
        uint256 tooMuch = uint256(type(uint88).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.EarningTooLarge.selector, 1, tooMuch, type(uint88).max)
        );
        vm.prank(address(locking));
        mining.onEarningChanged(1, tooMuch);
    }

    function test_RevertWhen_onEarningChangedTotalBeyond112Bits() public {
        _start(T0);
        vm.warp(T0 + YEAR); // nothing left to book: only the total can overflow
        uint256 slot2 = uint256(vm.load(address(mining), bytes32(uint256(2))));
        vm.store(address(mining), bytes32(uint256(2)), bytes32(slot2 | (uint256(type(uint112).max) << 104)));
        vm.expectRevert(abi.encodeWithSelector(SAFECAST_OVERFLOW, 112, uint256(type(uint112).max) + 1));
        vm.prank(address(locking));
        mining.onEarningChanged(1, 1);
    }

    function test_onEarningChanged_decreaseReleasesAndNeverReverts() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + YEAR / 4);
        vm.prank(alice);
        locking.withdraw(id, 40_000e18);
        // 5k owed + 60k * 0.15 = 9k future
        assertEq(mining.liability(), 14_000e18, "released 40k * 0.15");
        assertEq(mining.owed(), 5000e18, "owed kept");
        vm.prank(alice);
        locking.unlock(id);
        assertEq(mining.liability(), 5000e18, "only what is owed");
        assertEq(mining.pendingReward(id), 5000e18, "reward kept");
        assertEq(mining.surplus(), 15_000e18, "surplus back");
    }

    function test_onEarningChanged_afterTheEndAcceptsAnyIncrease() public {
        _start(T0);
        vm.warp(T0 + YEAR);
        uint256 id = _lock(alice, 100_000e18); // unfunded, but nothing can accrue any more
        assertEq(mining.liability(), 0, "no liability");
        assertEq(mining.headroom(), type(uint256).max, "unbounded headroom");
        vm.warp(T0 + 2 * YEAR);
        assertEq(mining.pendingReward(id), 0, "never accrues");
    }

    function test_onEarningChanged_sameAmountOnlyCheckpoints() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        vm.prank(address(locking));
        mining.onEarningChanged(id, 100_000e18);
        assertEq(mining.pendingReward(id), 10_000e18, "checkpoint kept the reward");
        assertEq(mining.liability(), 20_000e18, "liability unchanged");
    }

    // ================================================================== claim

    function test_claim_paysTheOwnerByDefault() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        vm.expectEmit(address(mining));
        emit ISequencerMining.RewardClaimed(id, alice, 10_000e18);
        vm.expectEmit(address(token));
        emit Transfer(address(mining), alice, 10_000e18);
        vm.prank(alice);
        uint256 paid = mining.claim(id, address(0));
        assertEq(paid, 10_000e18, "half a year at 20%");
        assertEq(token.balanceOf(alice), 10_000e18, "alice paid");
        assertEq(mining.pendingReward(id), 0, "nothing pending");
        assertEq(mining.rewardBalance(), 10_000e18, "balance reduced");
        assertEq(mining.liability(), 10_000e18, "liability reduced");
        assertEq(mining.owed(), 0, "nothing owed");
    }

    function test_claim_paysTheRewardRecipient() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        vm.prank(alice);
        locking.setRewardRecipient(id, carol);
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        vm.expectEmit(address(mining));
        emit ISequencerMining.RewardClaimed(id, carol, 10_000e18);
        vm.prank(alice);
        mining.claim(id, address(0));
        assertEq(token.balanceOf(carol), 10_000e18, "recipient paid");
        assertEq(token.balanceOf(alice), 0, "owner not paid");
    }

    function test_claim_paysAnExplicitAddress() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        vm.prank(alice);
        locking.setRewardRecipient(id, carol);
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        vm.prank(alice);
        mining.claim(id, bob);
        assertEq(token.balanceOf(bob), 10_000e18, "explicit address paid");
        assertEq(token.balanceOf(carol), 0, "recipient not paid");
    }

    function test_claim_roundsDownToTheSecond() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 99_999e18 + 12_345);
        _start(T0 + 3);
        vm.warp(T0 + 3 + 777_777);
        uint256 expected = (99_999e18 + 12_345) * (2000 * 777_777) / K;
        vm.prank(alice);
        assertEq(mining.claim(id, address(0)), expected, "earning * rate * seconds / K rounded down");
        assertLe(
            expected * 10_000 * YEAR, (99_999e18 + 12_345) * 2000 * 777_777, "never above the exact rate"
        );
    }

    function test_claim_stopsAtTheEndAndWorksForever() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + YEAR + 10 * YEAR);
        assertEq(mining.pendingReward(id), 20_000e18, "capped at the end");
        vm.prank(alice);
        assertEq(mining.claim(id, address(0)), 20_000e18, "a full year at 20%");
        vm.warp(T0 + 50 * YEAR);
        assertEq(mining.pendingReward(id), 0, "nothing after the end");
        assertEq(mining.liability(), 0, "all paid");
        assertEq(mining.rewardBalance(), 0, "exactly funded");
    }

    function test_claim_splitClaimsLoseAtMostAWei() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + 100 days);
        vm.prank(alice);
        uint256 first = mining.claim(id, address(0));
        vm.warp(T0 + 250 days);
        vm.prank(alice);
        uint256 second = mining.claim(id, address(0));
        uint256 once = 100_000e18 * _index(T0, T0 + 250 days) / K;
        assertLe(first + second, once, "a checkpoint never adds");
        assertApproxEqAbs(first + second, once, 1, "and loses at most a wei");
    }

    function test_claim_jailedEarnsNothingFromTheJailSecond() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + 100 days);
        locking.jail(id);
        uint256 atJail = mining.pendingReward(id);
        assertEq(atJail, 100_000e18 * _index(T0, T0 + 100 days) / K, "accrued to the jail second");
        vm.warp(T0 + 200 days);
        assertEq(mining.pendingReward(id), atJail, "nothing while jailed");
        locking.unjail(id);
        vm.warp(T0 + 300 days);
        uint256 expected = atJail + 100_000e18 * (_index(T0, T0 + 300 days) - _index(T0, T0 + 200 days)) / K;
        vm.prank(alice);
        assertEq(mining.claim(id, address(0)), expected, "earns again after unjail");
    }

    function test_claim_afterExitPaysWhatAccrued() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + YEAR / 4);
        vm.prank(alice);
        locking.withdraw(id, 100_000e18);
        vm.warp(T0 + YEAR);
        vm.prank(alice);
        assertEq(mining.claim(id, address(0)), 5000e18, "a quarter year");
        assertEq(mining.surplus(), 15_000e18, "the rest is surplus");
    }

    function test_RevertWhen_claimCallerIsNotTheOwner() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        vm.prank(alice);
        locking.setRewardRecipient(id, bob);
        _start(T0);
        vm.warp(T0 + 10 days);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NotPositionOwner.selector, id, bob));
        vm.prank(bob);
        mining.claim(id, bob);
    }

    function test_RevertWhen_claimNothingAccrued() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NothingToClaim.selector, id));
        vm.prank(alice);
        mining.claim(id, address(0));
    }

    function test_RevertWhen_claimTwiceInTheSameSecond() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + 1 days);
        vm.prank(alice);
        mining.claim(id, address(0));
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NothingToClaim.selector, id));
        vm.prank(alice);
        mining.claim(id, address(0));
    }

    function test_RevertWhen_claimUnknownPosition() public {
        vm.expectRevert(abi.encodeWithSelector(LockingDouble.UnknownPosition.selector, 42));
        vm.prank(alice);
        mining.claim(42, address(0));
    }

    function test_RevertWhen_claimReentered() public {
        ReentrantToken r = new ReentrantToken();
        LockingDouble l = new LockingDouble(IERC20(address(r)));
        SequencerMining m = new SequencerMining(IERC20(address(r)), l, gov);
        l.setDistributor(address(m));
        r.mint(bob, 20_000e18);
        vm.prank(bob);
        r.approve(address(m), 20_000e18);
        vm.prank(bob);
        m.fund(20_000e18);
        r.mint(alice, 100_000e18);
        vm.startPrank(alice);
        r.approve(address(l), 100_000e18);
        uint256 id = l.lock(100_000e18);
        vm.stopPrank();
        vm.prank(gov);
        m.startProgram(_u64(T0));
        vm.warp(T0 + YEAR / 2);
        r.arm(address(m), abi.encodeCall(ISequencerMining.claim, (id, address(0))));
        vm.prank(alice);
        m.claim(id, address(0));
        assertFalse(r.reentered(), "re-entry refused");
        assertEq(r.reentryError(), abi.encodeWithSelector(REENTRANT_CALL), "by the guard");
        assertEq(r.balanceOf(alice), 10_000e18, "paid once");
    }

    // ================================================================== compound

    function test_compound_movesTheRewardIntoTheLock() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 80_000e18); // liability 16k
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        vm.expectEmit(address(mining));
        emit ISequencerMining.RewardCompounded(id, 8000e18);
        vm.prank(alice);
        uint256 moved = mining.compound(id);
        assertEq(moved, 8000e18, "half a year on 80k");
        assertEq(locking.principalOf(id), 88_000e18, "principal grew");
        assertEq(mining.earningOf(id), 88_000e18, "earns on it");
        assertEq(token.balanceOf(address(locking)), 88_000e18, "tokens moved to the lock");
        assertEq(mining.rewardBalance(), 12_000e18, "paid out of the balance");
        // 8k future on 80k + 8k * 0.1 on the compounded part
        assertEq(mining.liability(), 8800e18, "liability");
        assertEq(mining.pendingReward(id), 0, "nothing pending");
        vm.warp(T0 + YEAR);
        assertEq(mining.pendingReward(id), 8800e18, "the compounded part earns too");
    }

    function test_RevertWhen_compoundCallerIsNotTheOwner() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 80_000e18);
        _start(T0);
        vm.warp(T0 + 1 days);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NotPositionOwner.selector, id, bob));
        vm.prank(bob);
        mining.compound(id);
    }

    function test_RevertWhen_compoundNothingAccrued() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 80_000e18);
        vm.expectRevert(abi.encodeWithSelector(ISequencerMining.NothingToClaim.selector, id));
        vm.prank(alice);
        mining.compound(id);
    }

    function test_RevertWhen_compoundAboveMaxLock() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        vm.expectRevert(abi.encodeWithSelector(LockingDouble.AboveMaxLock.selector, 110_000e18, 100_000e18));
        vm.prank(alice);
        mining.compound(id);
        assertEq(mining.pendingReward(id), 10_000e18, "reward kept");
    }

    function test_RevertWhen_compoundPositionNotActive() public {
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18);
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        locking.jail(id);
        vm.expectRevert(abi.encodeWithSelector(LockingDouble.NotActive.selector, id));
        vm.prank(alice);
        mining.compound(id);
    }

    function test_RevertWhen_compoundExceedsTheBudget() public {
        locking.setMaxLock(200_000e18);
        _fund(20_000e18);
        uint256 id = _lock(alice, 100_000e18); // liability = balance = 20k
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        // after paying 10k: liability 10k, balance 10k; the compounded 10k needs 1k more
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.RewardBudgetExceeded.selector, 11_000e18, 10_000e18)
        );
        vm.prank(alice);
        mining.compound(id);
        assertEq(mining.pendingReward(id), 10_000e18, "reward kept");
    }

    function test_RevertWhen_compoundReentered() public {
        ReentrantToken r = new ReentrantToken();
        LockingDouble l = new LockingDouble(IERC20(address(r)));
        SequencerMining m = new SequencerMining(IERC20(address(r)), l, gov);
        l.setDistributor(address(m));
        r.mint(bob, 20_000e18);
        vm.prank(bob);
        r.approve(address(m), 20_000e18);
        vm.prank(bob);
        m.fund(20_000e18);
        r.mint(alice, 80_000e18);
        vm.startPrank(alice);
        r.approve(address(l), 80_000e18);
        uint256 id = l.lock(80_000e18);
        vm.stopPrank();
        vm.prank(gov);
        m.startProgram(_u64(T0));
        vm.warp(T0 + YEAR / 2);
        r.arm(address(m), abi.encodeCall(ISequencerMining.compound, (id)));
        vm.prank(alice);
        assertEq(m.compound(id), 8000e18, "compounded once");
        assertFalse(r.reentered(), "re-entry refused");
        assertEq(r.reentryError(), abi.encodeWithSelector(REENTRANT_CALL), "by the guard");
        assertEq(l.principalOf(id), 88_000e18, "principal grew once");
    }

    function test_RevertWhen_compoundForCalledByOthers() public {
        vm.expectRevert(abi.encodeWithSelector(LockingDouble.NotDistributor.selector, alice));
        vm.prank(alice);
        locking.compoundFor(1, 1);
    }

    // ================================================================== withdrawSurplus

    /// @dev Funds `funding`, locks 100,000 for alice (so 20,000 of the funding is reserved) and
    ///      sends `donation` to the distributor outside `fund`.
    function _fundLockAndDonate(uint256 funding, uint256 donation) private {
        _fund(funding);
        _lock(alice, 100_000e18);
        if (donation != 0) token.mint(address(mining), donation);
    }

    function test_withdrawSurplus_paysUpToTheSurplus() public {
        _fundLockAndDonate(30_000e18, 0);
        vm.expectEmit(address(mining));
        emit ISequencerMining.SurplusWithdrawn(carol, 10_000e18);
        vm.prank(gov);
        mining.withdrawSurplus(carol, 10_000e18);
        assertEq(token.balanceOf(carol), 10_000e18, "paid");
        assertEq(mining.rewardBalance(), 20_000e18, "balance");
        assertEq(mining.surplus(), 0, "no surplus left");
    }

    function test_withdrawSurplus_sweepsDonationsFirst() public {
        _fundLockAndDonate(20_000e18, 500e18);
        vm.prank(gov);
        mining.withdrawSurplus(carol, 500e18);
        assertEq(token.balanceOf(carol), 500e18, "donation swept");
        assertEq(mining.rewardBalance(), 20_000e18, "funded balance untouched");
    }

    function test_withdrawSurplus_takesDonationsThenFunding() public {
        _fundLockAndDonate(25_000e18, 500e18);
        vm.prank(gov);
        mining.withdrawSurplus(carol, 5500e18);
        assertEq(mining.rewardBalance(), 20_000e18, "5000 from the funding");
        assertEq(token.balanceOf(address(mining)), 20_000e18, "held == balance");
    }

    function test_withdrawSurplus_partOfADonationLeavesTheFundingAlone() public {
        _fundLockAndDonate(25_000e18, 500e18);
        vm.prank(gov);
        mining.withdrawSurplus(carol, 200e18);
        assertEq(token.balanceOf(carol), 200e18, "paid from the donation");
        assertEq(mining.rewardBalance(), 25_000e18, "funded balance untouched");
        assertEq(mining.surplus(), 5000e18, "surplus untouched");
        assertEq(token.balanceOf(address(mining)), 25_300e18, "300 of the donation left");
    }

    function test_withdrawSurplus_aDonationLargerThanTheFunding() public {
        _fundLockAndDonate(25_000e18, 60_000e18);
        vm.prank(gov);
        mining.withdrawSurplus(carol, 60_000e18);
        assertEq(token.balanceOf(carol), 60_000e18, "the whole donation");
        assertEq(mining.rewardBalance(), 25_000e18, "funded balance untouched");
        assertEq(mining.surplus(), 5000e18, "surplus untouched");
    }

    function test_withdrawSurplus_whenTheTokenHoldsLessThanTheBooks() public {
        _fundLockAndDonate(25_000e18, 0);
        // The token takes 1,000 out of the contract (a burn, a negative rebase): nothing was
        // donated, and the surplus is still paid from the funding. (OpenZeppelin's ERC-20 keeps
        // its balances mapping in slot 0.)
        bytes32 slot = keccak256(abi.encode(address(mining), uint256(0)));
        vm.store(address(token), slot, bytes32(uint256(24_000e18)));
        assertEq(token.balanceOf(address(mining)), 24_000e18, "balance lowered");
        vm.prank(gov);
        mining.withdrawSurplus(carol, 3000e18);
        assertEq(token.balanceOf(carol), 3000e18, "paid");
        assertEq(mining.rewardBalance(), 22_000e18, "from the funding");
        assertEq(mining.surplus(), 2000e18, "surplus left");
    }

    function test_RevertWhen_withdrawSurplusExceedsTheSurplus() public {
        _fundLockAndDonate(25_000e18, 1);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerMining.InsufficientSurplus.selector, 5000e18 + 2, 5000e18 + 1)
        );
        vm.prank(gov);
        mining.withdrawSurplus(carol, 5000e18 + 2);
    }

    function test_RevertWhen_withdrawSurplusCallerIsNotTheOwner() public {
        _fund(1e18);
        vm.expectRevert(abi.encodeWithSelector(OWNABLE_UNAUTHORIZED, alice));
        vm.prank(alice);
        mining.withdrawSurplus(alice, 1e18);
    }

    function test_RevertWhen_withdrawSurplusToZero() public {
        _fund(1e18);
        vm.expectRevert(ISequencerMining.ZeroAddress.selector);
        vm.prank(gov);
        mining.withdrawSurplus(address(0), 1e18);
    }

    function test_RevertWhen_withdrawSurplusAmountIsZero() public {
        vm.expectRevert(ISequencerMining.ZeroAmount.selector);
        vm.prank(gov);
        mining.withdrawSurplus(carol, 0);
    }

    // ================================================================== ownership

    function test_ownership_transfersInTwoSteps() public {
        vm.prank(gov);
        mining.transferOwnership(alice);
        assertEq(mining.owner(), gov, "still gov until accepted");
        vm.expectEmit(address(mining));
        emit OwnershipTransferred(gov, alice);
        vm.prank(alice);
        mining.acceptOwnership();
        assertEq(mining.owner(), alice, "alice owns");
    }

    // ================================================================== views

    function test_rewardIndex_followsTheFormula() public {
        assertEq(mining.rewardIndex(), 0, "0 before the program is set");
        assertEq(mining.rewardIndexAt(T0 + 100), 0, "0 at any time while unset");
        _start(T0 + 100);
        assertEq(mining.rewardIndexAt(T0 + 100), 0, "0 at the start");
        assertEq(mining.rewardIndexAt(T0 + 99), 0, "0 before the start");
        assertEq(mining.rewardIndexAt(T0 + 100 + YEAR / 2), 1000 * YEAR, "half: rate x seconds");
        assertEq(mining.rewardIndexAt(T0 + 100 + YEAR), 2000 * YEAR, "R(end) = 2000 bps x a year");
        assertEq(mining.rewardIndexAt(T0 + 100 + 5 * YEAR), 2000 * YEAR, "flat after the end");
        assertEq(mining.rewardIndexAt(type(uint256).max), 2000 * YEAR, "flat at the last second");
        assertEq(mining.rewardIndexAt(T0 + 101), 2000, "one second: exact, no rounding");
        vm.warp(T0 + 100 + 1234);
        assertEq(mining.rewardIndex(), 2000 * 1234, "index now");
    }

    function test_views_headroomIsFiveTimesTheSurplusBeforeStart() public {
        _fund(1000e18);
        assertEq(mining.headroom(), 5000e18, "20% a year");
        _start(T0);
        vm.warp(T0 + YEAR / 2);
        assertEq(mining.headroom(), 10_000e18, "10% left");
    }

    function test_views_owedCoversPendingRewards() public {
        _fund(100_000e18);
        uint256 a = _lock(alice, 33_333e18 + 1);
        uint256 b = _lock(bob, 77_777e18 + 3);
        _start(T0 + 7);
        vm.warp(T0 + 7 + 1_234_567);
        locking.jail(a);
        vm.warp(T0 + 7 + 9_876_543);
        uint256 sum = mining.pendingReward(a) + mining.pendingReward(b);
        assertGe(mining.owed(), sum, "owed covers every pending reward");
        assertLe(mining.owed(), sum + 3, "within a wei per checkpoint");
        assertEq(mining.owed() + mining.futureLiability(), mining.liability(), "liability splits");
    }

    // ================================================================== fuzz

    function testFuzz_claim_matchesTheClosedForm(uint256 amount, uint256 startDelay, uint256 dt) public {
        amount = bound(amount, 1, MAX_LOCK);
        startDelay = bound(startDelay, 0, 30 days);
        dt = bound(dt, 0, 2 * YEAR);
        _fund(20_000e18);
        uint256 id = _lock(alice, amount);
        _start(T0 + startDelay);
        vm.warp(T0 + startDelay + dt);
        uint256 expected = amount * _index(T0 + startDelay, block.timestamp) / K;
        assertEq(mining.pendingReward(id), expected, "pending");
        uint256 seconds_ = dt > YEAR ? YEAR : dt;
        assertLe(expected * 10_000 * YEAR, amount * 2000 * seconds_, "never above 20% a year");
        if (expected == 0) return;
        vm.prank(alice);
        assertEq(mining.claim(id, address(0)), expected, "claimed");
        assertLe(mining.liability(), mining.rewardBalance(), "solvent");
    }

    function testFuzz_headroom_isExact(uint256 funded, uint256 dt) public {
        funded = bound(funded, 1, 1_000_000e18);
        dt = bound(dt, 0, YEAR - 1);
        locking.setMaxLock(type(uint80).max);
        _fund(funded);
        _start(T0);
        vm.warp(T0 + dt);
        uint256 room = mining.headroom();
        assertLe(_liabilityUp(room), funded, "the headroom fits");
        assertGt(_liabilityUp(room + 1), funded, "one wei more does not");
        if (room == 0 || room >= type(uint80).max) return;
        uint256 snap = vm.snapshotState();
        _lock(alice, room);
        assertLe(mining.liability(), funded, "accepted");
        vm.revertToState(snap);
        token.mint(alice, room + 1);
        vm.startPrank(alice);
        token.approve(address(locking), room + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.RewardBudgetExceeded.selector, _liabilityUp(room + 1), funded
            )
        );
        locking.lock(room + 1);
        vm.stopPrank();
    }
}
