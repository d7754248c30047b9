// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../../contracts/GrantEscrow.sol";
import {IGrantEscrow} from "../../contracts/interfaces/IGrantEscrow.sol";
import {FeeOnTransferToken, ReentrantToken} from "../utils/GrantEscrowMocks.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {Test} from "../utils/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @notice Shared fixture: a 220,000-token escrow owned by `gov`, a funder, three beneficiaries.
abstract contract GrantEscrowFixture is Test {
    uint256 internal constant POOL = 220_000e18;
    uint256 internal constant T0 = 1_700_000_000;
    uint256 internal constant YEAR = 365 days;

    MockMetis internal token;
    GrantEscrow internal escrow;

    address internal gov;
    address internal funder;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal stranger;

    function setUp() public virtual {
        vm.warp(T0);
        gov = makeAddr("gov");
        funder = makeAddr("funder");
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        carol = makeAddr("carol");
        stranger = makeAddr("stranger");
        token = new MockMetis();
        escrow = new GrantEscrow(IERC20(address(token)), gov, POOL);
        vm.label(address(escrow), "escrow");
    }

    // ------------------------------------------------------------------ helpers

    function _fund(uint256 amount) internal {
        token.mint(funder, amount);
        vm.startPrank(funder);
        token.approve(address(escrow), amount);
        escrow.fund(amount);
        vm.stopPrank();
    }

    /// @dev A plain (non-gated, revocable) grant starting now.
    function _grant(address beneficiary, uint256 amount, uint256 cliff, uint256 duration)
        internal
        returns (uint256 id)
    {
        vm.prank(gov);
        id = escrow.createGrant(beneficiary, amount, block.timestamp, cliff, duration, true, false, "grant");
    }

    function _gatedGrant(address beneficiary, uint256 amount, uint256 duration)
        internal
        returns (uint256 id)
    {
        vm.prank(gov);
        id = escrow.createGrant(beneficiary, amount, block.timestamp, 0, duration, true, true, "gated");
    }

    function _totals() internal view returns (uint256 count, uint256 allocated, uint256 claimed) {
        return (escrow.grantCount(), escrow.allocated(), escrow.totalClaimed());
    }

    function _assertTotals(uint256 count, uint256 allocated, uint256 claimed) internal view {
        assertEq(escrow.grantCount(), count, "grantCount");
        assertEq(escrow.allocated(), allocated, "allocated");
        assertEq(escrow.totalClaimed(), claimed, "totalClaimed");
    }

    function _hashGrant(IGrantEscrow.Grant memory g) internal pure returns (bytes32) {
        return keccak256(abi.encode(g));
    }

    /// @dev Independent reference for linear vesting with a cliff, written with OZ mulDiv
    ///      (rounding down) rather than the contract's own arithmetic.
    function _refVested(uint256 amount, uint256 start, uint256 cliff, uint256 duration, uint256 t)
        internal
        pure
        returns (uint256)
    {
        if (t < start || t - start < cliff) return 0;
        if (t - start >= duration) return amount;
        return Math.mulDiv(amount, t - start, duration, Math.Rounding.Floor);
    }
}

contract GrantEscrowTest is GrantEscrowFixture {
    // ================================================================== constructor

    function test_constructor_setsTokenPoolAndOwner() public view {
        assertEq(address(escrow.TOKEN()), address(token), "token");
        assertEq(escrow.POOL(), POOL, "pool");
        assertEq(escrow.owner(), gov, "owner");
        _assertTotals(0, 0, 0);
        assertEq(escrow.available(), 0, "nothing funded yet");
    }

    function test_constructor_acceptsLargest96BitPool() public {
        GrantEscrow e = new GrantEscrow(IERC20(address(token)), gov, type(uint96).max);
        assertEq(e.POOL(), type(uint96).max, "pool");
    }

    function test_RevertWhen_constructorTokenIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InvalidToken.selector, address(0)));
        new GrantEscrow(IERC20(address(0)), gov, POOL);
    }

    function test_RevertWhen_constructorPoolIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InvalidPool.selector, 0, type(uint96).max));
        new GrantEscrow(IERC20(address(token)), gov, 0);
    }

    function test_RevertWhen_constructorPoolAbove96Bits() public {
        uint256 pool = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InvalidPool.selector, pool, type(uint96).max));
        new GrantEscrow(IERC20(address(token)), gov, pool);
    }

    function test_RevertWhen_constructorOwnerIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new GrantEscrow(IERC20(address(token)), address(0), POOL);
    }

    // ================================================================== ownership

    function test_transferOwnership_isTwoStep() public {
        vm.prank(gov);
        escrow.transferOwnership(carol);
        assertEq(escrow.owner(), gov, "still gov until accepted");
        vm.prank(carol);
        escrow.acceptOwnership();
        assertEq(escrow.owner(), carol, "carol owns");
        _fund(1e18);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, gov));
        escrow.createGrant(alice, 1e18, T0, 0, YEAR, true, false, "");
    }

    // ================================================================== fund

    function test_fund_pullsTokens() public {
        _fund(1000e18);
        assertEq(token.balanceOf(address(escrow)), 1000e18, "escrow balance");
        assertEq(token.balanceOf(funder), 0, "funder paid");
        assertEq(escrow.available(), 1000e18, "available");
    }

    function test_fund_emitsFunded() public {
        // Not the first funding: the event and the return value count only this call's tokens.
        _fund(1000e18);
        token.mint(funder, 5e18);
        vm.startPrank(funder);
        token.approve(address(escrow), 5e18);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.Funded(funder, 5e18);
        uint256 received = escrow.fund(5e18);
        vm.stopPrank();
        assertEq(received, 5e18, "received");
    }

    function test_fund_recordsWhatArrived() public {
        FeeOnTransferToken fee = new FeeOnTransferToken();
        GrantEscrow e = new GrantEscrow(IERC20(address(fee)), gov, POOL);
        fee.mint(funder, 100e18);
        vm.startPrank(funder);
        fee.approve(address(e), 100e18);
        vm.expectEmit(true, true, true, true, address(e));
        emit IGrantEscrow.Funded(funder, 99e18);
        uint256 received = e.fund(100e18);
        vm.stopPrank();
        assertEq(received, 99e18, "1% fee taken");
        assertEq(e.available(), 99e18, "only what arrived counts");
    }

    function test_fund_plainTransferCountsAsFunding() public {
        token.mint(address(escrow), 300e18);
        assertEq(escrow.available(), 300e18, "donation is funding");
        uint256 id = _grant(alice, 300e18, 0, YEAR);
        assertEq(escrow.grant(id).amount, 300e18, "granted from the donation");
    }

    function test_RevertWhen_fundAmountIsZero() public {
        vm.prank(funder);
        vm.expectRevert(IGrantEscrow.ZeroAmount.selector);
        escrow.fund(0);
    }

    function test_RevertWhen_fundWithoutAllowance() public {
        token.mint(funder, 1e18);
        vm.prank(funder);
        vm.expectRevert(
            abi.encodeWithSignature(
                "ERC20InsufficientAllowance(address,uint256,uint256)", address(escrow), 0, 1e18
            )
        );
        escrow.fund(1e18);
        assertEq(token.balanceOf(address(escrow)), 0, "nothing moved");
    }

    function test_RevertWhen_fundReenters() public {
        ReentrantToken hook = new ReentrantToken();
        GrantEscrow e = new GrantEscrow(IERC20(address(hook)), gov, POOL);
        hook.mint(funder, 10e18);
        vm.prank(funder);
        hook.approve(address(e), 10e18);
        hook.arm(address(e), abi.encodeCall(IGrantEscrow.fund, (1e18)));
        vm.prank(funder);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        e.fund(1e18);
        assertEq(hook.balanceOf(address(e)), 0, "nothing moved");
    }

    // ================================================================== createGrant

    function test_createGrant_storesTheGrant() public {
        _fund(POOL);
        vm.prank(gov);
        uint256 id = escrow.createGrant(alice, 1000e18, T0 + 10, 30 days, YEAR, true, true, "LST protocol X");
        assertEq(id, 1, "ids count from 1");
        IGrantEscrow.Grant memory g = escrow.grant(id);
        assertEq(g.beneficiary, alice, "beneficiary");
        assertEq(uint256(g.start), T0 + 10, "start");
        assertEq(uint256(g.cliff), 30 days, "cliff");
        assertEq(uint256(g.duration), YEAR, "duration");
        assertEq(uint256(g.amount), 1000e18, "amount");
        assertEq(uint256(g.claimed), 0, "claimed");
        assertTrue(g.revocable, "revocable");
        assertTrue(g.milestoneGated, "gated");
        assertFalse(g.revoked, "not revoked");
        assertEq(g.pendingBeneficiary, address(0), "no pending");
        assertEq(uint256(g.approvedCap), 0, "cap starts at 0");
        _assertTotals(1, 1000e18, 0);
        assertEq(escrow.unpaid(), 1000e18, "unpaid");
        assertEq(escrow.available(), POOL - 1000e18, "available");
    }

    function test_createGrant_emitsGrantCreated() public {
        _fund(POOL);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.GrantCreated(
            1, alice, 500e18, T0 + 1, 7 days, 90 days, false, true, "ipfs://grant-1"
        );
        vm.prank(gov);
        escrow.createGrant(alice, 500e18, T0 + 1, 7 days, 90 days, false, true, "ipfs://grant-1");
    }

    function test_createGrant_returnsSequentialIds() public {
        _fund(POOL);
        assertEq(_grant(alice, 1e18, 0, YEAR), 1, "first");
        assertEq(_grant(bob, 1e18, 0, YEAR), 2, "second");
        assertEq(_grant(alice, 1e18, 0, YEAR), 3, "third");
        _assertTotals(3, 3e18, 0);
    }

    function test_createGrant_allowsTheWholePool() public {
        _fund(POOL + 1e18);
        _grant(alice, POOL - 1e18, 0, YEAR);
        _grant(bob, 1e18, 0, YEAR);
        assertEq(escrow.allocated(), POOL, "pool fully allocated");
        assertEq(escrow.available(), 0, "nothing left");
    }

    function test_createGrant_allowsExactlyTheFundedBalance() public {
        _fund(1000e18);
        _grant(alice, 1000e18, 0, YEAR);
        assertEq(escrow.available(), 0, "funding used up");
    }

    function test_createGrant_allowsAPastStart() public {
        _fund(POOL);
        vm.prank(gov);
        uint256 id = escrow.createGrant(alice, 1200e18, T0 - 30 days, 0, 120 days, false, false, "");
        assertEq(escrow.claimable(id), 300e18, "a quarter vested at once");
    }

    function test_createGrant_allowsCliffEqualToDuration() public {
        _fund(POOL);
        uint256 id = _grant(alice, 100e18, YEAR, YEAR);
        assertEq(escrow.vestedAmount(id, T0 + YEAR - 1), 0, "nothing before the cliff");
        assertEq(escrow.vestedAmount(id, T0 + YEAR), 100e18, "all at the end");
    }

    function test_createGrant_allowsLargestSchedule() public {
        _fund(POOL);
        vm.prank(gov);
        uint256 id = escrow.createGrant(
            alice, 1e18, type(uint40).max, type(uint32).max, type(uint32).max, false, false, ""
        );
        IGrantEscrow.Grant memory g = escrow.grant(id);
        assertEq(uint256(g.start), type(uint40).max, "start");
        assertEq(uint256(g.duration), type(uint32).max, "duration");
    }

    function test_RevertWhen_createGrantCallerIsNotOwner() public {
        _fund(POOL);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        escrow.createGrant(alice, 1e18, T0, 0, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantBeneficiaryIsZero() public {
        _fund(POOL);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InvalidBeneficiary.selector, address(0)));
        escrow.createGrant(address(0), 1e18, T0, 0, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantBeneficiaryIsTheEscrow() public {
        _fund(POOL);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InvalidBeneficiary.selector, address(escrow)));
        escrow.createGrant(address(escrow), 1e18, T0, 0, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantAmountIsZero() public {
        _fund(POOL);
        vm.prank(gov);
        vm.expectRevert(IGrantEscrow.ZeroAmount.selector);
        escrow.createGrant(alice, 0, T0, 0, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantDurationIsZero() public {
        _fund(POOL);
        vm.prank(gov);
        vm.expectRevert(IGrantEscrow.ZeroDuration.selector);
        escrow.createGrant(alice, 1e18, T0, 0, 0, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantCliffIsPastTheEnd() public {
        _fund(POOL);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.CliffAfterEnd.selector, YEAR + 1, YEAR));
        escrow.createGrant(alice, 1e18, T0, YEAR + 1, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantStartDoesNotFit() public {
        _fund(POOL);
        uint256 start = uint256(type(uint40).max) + 1;
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.ScheduleOutOfRange.selector, start, YEAR));
        escrow.createGrant(alice, 1e18, start, 0, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantDurationDoesNotFit() public {
        _fund(POOL);
        uint256 duration = uint256(type(uint32).max) + 1;
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.ScheduleOutOfRange.selector, T0, duration));
        escrow.createGrant(alice, 1e18, T0, 0, duration, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantExceedsThePool() public {
        _fund(POOL + 50_000e18);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.PoolExceeded.selector, POOL + 1, POOL));
        escrow.createGrant(alice, POOL + 1, T0, 0, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantExceedsWhatIsLeftOfThePool() public {
        _fund(POOL + 50_000e18);
        _grant(alice, 200_000e18, 0, YEAR);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.PoolExceeded.selector, 20_001e18, 20_000e18));
        escrow.createGrant(bob, 20_001e18, T0, 0, YEAR, true, false, "");
        _assertTotals(1, 200_000e18, 0);
    }

    function test_RevertWhen_createGrantExceedsTheFunding() public {
        _fund(1000e18);
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(IGrantEscrow.InsufficientFunding.selector, 1000e18 + 1, 1000e18)
        );
        escrow.createGrant(alice, 1000e18 + 1, T0, 0, YEAR, true, false, "");
        _assertTotals(0, 0, 0);
    }

    function test_RevertWhen_createGrantExceedsTheFundingNotYetOwed() public {
        _fund(1000e18);
        uint256 id = _grant(alice, 600e18, 0, 100 days);
        vm.warp(T0 + 50 days);
        vm.prank(alice);
        escrow.claim(id, address(0));
        // balance 700, unpaid 300: 400 free, whatever was paid out.
        assertEq(escrow.available(), 400e18, "available");
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InsufficientFunding.selector, 401e18, 400e18));
        escrow.createGrant(bob, 401e18, T0, 0, YEAR, true, false, "");
        _assertTotals(1, 600e18, 300e18);
        _grant(bob, 400e18, 0, YEAR);
    }

    // ================================================================== vestedAmount

    function test_vestedAmount_followsTheSchedule() public {
        _fund(POOL);
        vm.prank(gov);
        uint256 id = escrow.createGrant(alice, 1200e18, T0 + 100, 30 days, 120 days, false, false, "");
        assertEq(escrow.vestedAmount(id, 0), 0, "at time 0");
        assertEq(escrow.vestedAmount(id, T0 + 99), 0, "before start");
        assertEq(escrow.vestedAmount(id, T0 + 100), 0, "at start, before cliff");
        assertEq(escrow.vestedAmount(id, T0 + 100 + 30 days - 1), 0, "just before cliff");
        assertEq(escrow.vestedAmount(id, T0 + 100 + 30 days), 300e18, "at cliff: the quarter jumps in");
        assertEq(escrow.vestedAmount(id, T0 + 100 + 60 days), 600e18, "half");
        assertEq(
            escrow.vestedAmount(id, T0 + 100 + 120 days - 1),
            uint256(1200e18) * (120 days - 1) / (120 days),
            "last second"
        );
        assertEq(escrow.vestedAmount(id, T0 + 100 + 120 days), 1200e18, "end");
        assertEq(escrow.vestedAmount(id, type(uint256).max), 1200e18, "far future");
    }

    function test_vestedAmount_roundsDown() public {
        _fund(POOL);
        uint256 id = _grant(alice, 10, 0, 3);
        assertEq(escrow.vestedAmount(id, T0 + 1), 3, "10/3 rounds down");
        assertEq(escrow.vestedAmount(id, T0 + 2), 6, "20/3 rounds down");
        assertEq(escrow.vestedAmount(id, T0 + 3), 10, "all");
    }

    function test_RevertWhen_vestedAmountOfUnknownGrant() public {
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 1));
        escrow.vestedAmount(1, T0);
    }

    function testFuzz_vestedAmount_matchesReference(
        uint256 amount,
        uint256 start,
        uint256 cliff,
        uint256 duration,
        uint256 t
    ) public {
        amount = bound(amount, 1, POOL);
        start = bound(start, 0, type(uint40).max);
        duration = bound(duration, 1, type(uint32).max);
        cliff = bound(cliff, 0, duration);
        t = bound(t, 0, start + duration + 1000);
        _fund(POOL);
        vm.prank(gov);
        uint256 id = escrow.createGrant(alice, amount, start, cliff, duration, false, false, "");
        assertEq(escrow.vestedAmount(id, t), _refVested(amount, start, cliff, duration, t), "vested");
    }

    function testFuzz_vestedAmount_isMonotonicAndBounded(
        uint256 amount,
        uint256 duration,
        uint256 t1,
        uint256 t2
    ) public {
        amount = bound(amount, 1, POOL);
        duration = bound(duration, 1, 10 * YEAR);
        t1 = bound(t1, T0, T0 + duration + 1);
        t2 = bound(t2, t1, T0 + 2 * duration);
        _fund(POOL);
        uint256 id = _grant(alice, amount, 0, duration);
        uint256 v1 = escrow.vestedAmount(id, t1);
        uint256 v2 = escrow.vestedAmount(id, t2);
        assertLe(v1, v2, "monotonic");
        assertLe(v2, amount, "bounded by amount");
    }

    // ================================================================== claimable

    function test_claimable_isVestedMinusClaimed() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 10 days);
        assertEq(escrow.claimable(id), 100e18, "10%");
        vm.prank(alice);
        escrow.claim(id, address(0));
        assertEq(escrow.claimable(id), 0, "claimed");
        vm.warp(T0 + 30 days);
        assertEq(escrow.claimable(id), 200e18, "20% more");
    }

    function test_claimable_isCappedByTheApprovedMilestone() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.warp(T0 + 50 days);
        assertEq(escrow.claimable(id), 0, "nothing approved");
        vm.prank(gov);
        escrow.approveMilestone(id, 200e18);
        assertEq(escrow.claimable(id), 200e18, "cap binds");
        vm.prank(gov);
        escrow.approveMilestone(id, 800e18);
        assertEq(escrow.claimable(id), 500e18, "vesting binds");
    }

    function test_RevertWhen_claimableOfUnknownGrant() public {
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 7));
        escrow.claimable(7);
    }

    // ================================================================== claim

    function test_claim_paysTheVestedAmountToTheCaller() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 25 days);
        vm.prank(alice);
        uint256 paid = escrow.claim(id, address(0));
        assertEq(paid, 250e18, "returned amount");
        assertEq(token.balanceOf(alice), 250e18, "alice paid");
        assertEq(uint256(escrow.grant(id).claimed), 250e18, "claimed recorded");
        _assertTotals(1, 1000e18, 250e18);
        assertEq(escrow.unpaid(), 750e18, "unpaid");
        assertEq(token.balanceOf(address(escrow)), POOL - 250e18, "escrow balance");
    }

    function test_claim_paysTheGivenRecipient() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 100 days);
        vm.prank(alice);
        escrow.claim(id, carol);
        assertEq(token.balanceOf(carol), 1000e18, "carol paid");
        assertEq(token.balanceOf(alice), 0, "alice not paid");
    }

    function test_claim_emitsGrantClaimed() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 40 days);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.GrantClaimed(id, alice, carol, 400e18);
        vm.prank(alice);
        escrow.claim(id, carol);
    }

    function test_claim_emitsTheCallerAsRecipientWhenToIsZero() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 40 days);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.GrantClaimed(id, alice, alice, 400e18);
        vm.prank(alice);
        escrow.claim(id, address(0));
    }

    function test_claim_paysOnlyTheIncrementEachTime() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 10 days, 100 days);
        uint256 total;
        for (uint256 day = 10; day <= 100; day += 9) {
            vm.warp(T0 + day * 1 days);
            vm.prank(alice);
            total += escrow.claim(id, address(0));
            assertEq(total, escrow.vestedAmount(id, block.timestamp), "claimed == vested");
        }
        assertEq(total, 1000e18, "all paid in the end");
        assertEq(token.balanceOf(alice), 1000e18, "alice balance");
        assertEq(escrow.unpaid(), 0, "nothing owed");
    }

    function test_claim_keepsGrantsApart() public {
        _fund(POOL);
        uint256 a = _grant(alice, 1000e18, 0, 100 days);
        uint256 b = _grant(bob, 2000e18, 0, 100 days);
        vm.warp(T0 + 50 days);
        vm.prank(alice);
        escrow.claim(a, address(0));
        assertEq(escrow.claimable(b), 1000e18, "bob untouched");
        assertEq(uint256(escrow.grant(b).claimed), 0, "bob's claimed untouched");
    }

    function test_claim_payToTheEscrowFundsIt() public {
        _fund(1000e18);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 100 days);
        vm.prank(alice);
        escrow.claim(id, address(escrow));
        assertEq(escrow.available(), 1000e18, "paid back into the pool's funding");
        assertEq(escrow.allocated(), 1000e18, "still allocated");
    }

    function test_RevertWhen_claimCallerIsNotBeneficiary() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 50 days);
        bytes32 before = _hashGrant(escrow.grant(id));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotBeneficiary.selector, id, stranger));
        escrow.claim(id, stranger);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotBeneficiary.selector, id, gov));
        escrow.claim(id, gov);
        assertEq(_hashGrant(escrow.grant(id)), before, "grant unchanged");
        _assertTotals(1, 1000e18, 0);
    }

    function test_RevertWhen_claimBeforeTheCliff() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 30 days, 100 days);
        vm.warp(T0 + 30 days - 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NothingToClaim.selector, id));
        escrow.claim(id, address(0));
        _assertTotals(1, 1000e18, 0);
    }

    function test_RevertWhen_claimTwiceInTheSameSecond() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 50 days);
        vm.startPrank(alice);
        escrow.claim(id, address(0));
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NothingToClaim.selector, id));
        escrow.claim(id, address(0));
        vm.stopPrank();
        _assertTotals(1, 1000e18, 500e18);
        assertEq(token.balanceOf(alice), 500e18, "paid once");
    }

    function test_RevertWhen_claimGatedGrantWithoutApproval() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.warp(T0 + 100 days);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NothingToClaim.selector, id));
        escrow.claim(id, address(0));
        _assertTotals(1, 1000e18, 0);
    }

    function test_RevertWhen_claimUnknownGrant() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 1));
        escrow.claim(1, address(0));
    }

    function test_RevertWhen_claimReenters() public {
        ReentrantToken hook = new ReentrantToken();
        GrantEscrow e = new GrantEscrow(IERC20(address(hook)), gov, POOL);
        hook.mint(address(e), 1000e18);
        vm.prank(gov);
        uint256 id = e.createGrant(alice, 1000e18, T0, 0, 100 days, true, false, "");
        vm.warp(T0 + 50 days);
        hook.arm(address(e), abi.encodeCall(IGrantEscrow.claim, (id, alice)));
        vm.prank(alice);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        e.claim(id, alice);
        assertEq(hook.balanceOf(alice), 0, "nothing paid");
        assertEq(e.totalClaimed(), 0, "nothing recorded");
    }

    function testFuzz_claim_neverPaysMoreThanVested(
        uint256 amount,
        uint256 cliff,
        uint256 duration,
        uint256 seed
    ) public {
        amount = bound(amount, 1, POOL);
        duration = bound(duration, 1, 4 * YEAR);
        cliff = bound(cliff, 0, duration);
        _fund(POOL);
        uint256 id = _grant(alice, amount, cliff, duration);
        uint256 t = T0;
        uint256 paid;
        for (uint256 i; i < 6; ++i) {
            seed = uint256(keccak256(abi.encode(seed)));
            t += seed % (duration / 3 + 2);
            vm.warp(t);
            uint256 expected = _refVested(amount, T0, cliff, duration, t) - paid;
            assertEq(escrow.claimable(id), expected, "claimable matches reference");
            if (expected > 0) {
                vm.prank(alice);
                paid += escrow.claim(id, address(0));
            }
            assertEq(paid, _refVested(amount, T0, cliff, duration, t), "paid == vested");
        }
        assertEq(token.balanceOf(alice), paid, "alice balance");
    }

    // ================================================================== approveMilestone

    function test_approveMilestone_raisesTheCap() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.startPrank(gov);
        escrow.approveMilestone(id, 100e18);
        assertEq(uint256(escrow.grant(id).approvedCap), 100e18, "first milestone");
        escrow.approveMilestone(id, 1000e18);
        vm.stopPrank();
        assertEq(uint256(escrow.grant(id).approvedCap), 1000e18, "up to the amount");
    }

    function test_approveMilestone_emitsMilestoneApproved() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.prank(gov);
        escrow.approveMilestone(id, 100e18);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.MilestoneApproved(id, 100e18, 400e18);
        vm.prank(gov);
        escrow.approveMilestone(id, 400e18);
    }

    function test_approveMilestone_letsTheBeneficiaryClaimUpToTheCap() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.warp(T0 + 60 days);
        vm.prank(gov);
        escrow.approveMilestone(id, 250e18);
        vm.prank(alice);
        assertEq(escrow.claim(id, address(0)), 250e18, "capped");
        vm.prank(gov);
        escrow.approveMilestone(id, 1000e18);
        vm.prank(alice);
        assertEq(escrow.claim(id, address(0)), 350e18, "up to vested");
        vm.warp(T0 + 100 days);
        vm.prank(alice);
        assertEq(escrow.claim(id, address(0)), 400e18, "the rest");
    }

    function test_RevertWhen_approveMilestoneCallerIsNotOwner() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        escrow.approveMilestone(id, 100e18);
        assertEq(uint256(escrow.grant(id).approvedCap), 0, "cap unchanged");
    }

    function test_RevertWhen_approveMilestoneOnNonGatedGrant() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotMilestoneGated.selector, id));
        escrow.approveMilestone(id, 100e18);
        assertEq(uint256(escrow.grant(id).approvedCap), 0, "cap unchanged");
    }

    function test_RevertWhen_approveMilestoneLowersTheCap() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.startPrank(gov);
        escrow.approveMilestone(id, 500e18);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.CapNotRaised.selector, id, 499e18, 500e18));
        escrow.approveMilestone(id, 499e18);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.CapNotRaised.selector, id, 500e18, 500e18));
        escrow.approveMilestone(id, 500e18);
        vm.stopPrank();
        assertEq(uint256(escrow.grant(id).approvedCap), 500e18, "cap unchanged");
    }

    function test_RevertWhen_approveMilestoneOfZero() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.CapNotRaised.selector, id, 0, 0));
        escrow.approveMilestone(id, 0);
    }

    function test_RevertWhen_approveMilestoneAboveTheAmount() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.prank(gov);
        vm.expectRevert(
            abi.encodeWithSelector(IGrantEscrow.CapAboveAmount.selector, id, 1000e18 + 1, 1000e18)
        );
        escrow.approveMilestone(id, 1000e18 + 1);
        assertEq(uint256(escrow.grant(id).approvedCap), 0, "cap unchanged");
    }

    function test_RevertWhen_approveMilestoneAfterRevocation() public {
        _fund(POOL);
        uint256 id = _gatedGrant(alice, 1000e18, 100 days);
        vm.warp(T0 + 50 days);
        vm.startPrank(gov);
        escrow.approveMilestone(id, 100e18);
        escrow.revoke(id);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantAlreadyRevoked.selector, id));
        escrow.approveMilestone(id, 100e18 + 1);
        vm.stopPrank();
        assertEq(uint256(escrow.grant(id).approvedCap), 100e18, "cap unchanged");
    }

    function test_RevertWhen_approveMilestoneOfUnknownGrant() public {
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 3));
        escrow.approveMilestone(3, 1);
    }

    // ================================================================== revoke

    function test_revoke_keepsWhatVestedAndReturnsTheRest() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 30 days);
        vm.prank(gov);
        (uint256 kept, uint256 returned) = escrow.revoke(id);
        assertEq(kept, 300e18, "kept");
        assertEq(returned, 700e18, "returned");
        IGrantEscrow.Grant memory g = escrow.grant(id);
        assertEq(uint256(g.amount), 300e18, "amount cut");
        assertTrue(g.revoked, "revoked");
        _assertTotals(1, 300e18, 0);
        assertEq(escrow.claimable(id), 300e18, "kept is claimable");
        assertEq(escrow.available(), POOL - 300e18, "returned to the pool");
    }

    function test_revoke_emitsGrantRevoked() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 30 days);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.GrantRevoked(id, 300e18, 700e18);
        vm.prank(gov);
        escrow.revoke(id);
    }

    function test_revoke_freezesVesting() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 30 days);
        vm.prank(gov);
        escrow.revoke(id);
        vm.warp(T0 + 1000 days);
        assertEq(escrow.vestedAmount(id, block.timestamp), 300e18, "nothing more vests");
        assertEq(escrow.claimable(id), 300e18, "still the kept part");
        vm.prank(alice);
        assertEq(escrow.claim(id, address(0)), 300e18, "paid in full, late");
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NothingToClaim.selector, id));
        escrow.claim(id, address(0));
    }

    function test_revoke_keepsTheClaimedPart() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 20 days);
        vm.prank(alice);
        escrow.claim(id, address(0));
        vm.warp(T0 + 50 days);
        vm.prank(gov);
        (uint256 kept, uint256 returned) = escrow.revoke(id);
        assertEq(kept, 500e18, "kept includes the claimed 200");
        assertEq(returned, 500e18, "returned");
        assertEq(escrow.claimable(id), 300e18, "the unclaimed vested part");
        _assertTotals(1, 500e18, 200e18);
        assertEq(escrow.unpaid(), 300e18, "unpaid");
    }

    function test_revoke_beforeTheCliffReturnsEverything() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 30 days, 100 days);
        vm.warp(T0 + 29 days);
        vm.prank(gov);
        (uint256 kept, uint256 returned) = escrow.revoke(id);
        assertEq(kept, 0, "kept");
        assertEq(returned, 1000e18, "returned");
        _assertTotals(1, 0, 0);
        vm.warp(T0 + 200 days);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NothingToClaim.selector, id));
        escrow.claim(id, address(0));
    }

    function test_revoke_afterTheEndReturnsNothing() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 100 days);
        vm.prank(gov);
        (uint256 kept, uint256 returned) = escrow.revoke(id);
        assertEq(kept, 1000e18, "kept all");
        assertEq(returned, 0, "returned none");
        _assertTotals(1, 1000e18, 0);
    }

    function test_revoke_gatedKeepsTheApprovedPartOfWhatVested() public {
        _fund(POOL);
        uint256 capped = _gatedGrant(alice, 1000e18, 100 days);
        uint256 vestBound = _gatedGrant(bob, 1000e18, 100 days);
        vm.warp(T0 + 40 days);
        vm.startPrank(gov);
        escrow.approveMilestone(capped, 250e18);
        escrow.approveMilestone(vestBound, 900e18);
        (uint256 kept1, uint256 returned1) = escrow.revoke(capped);
        (uint256 kept2, uint256 returned2) = escrow.revoke(vestBound);
        vm.stopPrank();
        assertEq(kept1, 250e18, "the cap binds");
        assertEq(returned1, 750e18, "vested but unapproved returns");
        assertEq(kept2, 400e18, "vesting binds");
        assertEq(returned2, 600e18, "unvested returns");
        assertEq(escrow.claimable(capped), 250e18, "alice");
        assertEq(escrow.claimable(vestBound), 400e18, "bob");
        _assertTotals(2, 650e18, 0);
    }

    function test_revoke_returnedAmountCanBeGrantedAgain() public {
        _fund(POOL);
        uint256 id = _grant(alice, POOL, 0, 100 days);
        vm.warp(T0 + 25 days);
        vm.prank(gov);
        escrow.revoke(id);
        assertEq(escrow.available(), 165_000e18, "three quarters back");
        _grant(bob, 165_000e18, 0, 100 days);
        assertEq(escrow.allocated(), POOL, "pool full again");
        vm.warp(T0 + 200 days);
        vm.prank(alice);
        escrow.claim(id, address(0));
        vm.prank(bob);
        escrow.claim(2, address(0));
        assertEq(token.balanceOf(alice) + token.balanceOf(bob), POOL, "both paid in full");
    }

    function test_RevertWhen_revokeCallerIsNotOwner() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        escrow.revoke(id);
        assertFalse(escrow.grant(id).revoked, "not revoked");
    }

    function test_RevertWhen_revokeNonRevocableGrant() public {
        _fund(POOL);
        vm.prank(gov);
        uint256 id = escrow.createGrant(alice, 1000e18, T0, 0, 100 days, false, false, "");
        bytes32 before = _hashGrant(escrow.grant(id));
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotRevocable.selector, id));
        escrow.revoke(id);
        assertEq(_hashGrant(escrow.grant(id)), before, "grant unchanged");
        _assertTotals(1, 1000e18, 0);
    }

    function test_RevertWhen_revokeTwice() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 10 days);
        vm.prank(gov);
        escrow.revoke(id);
        bytes32 before = _hashGrant(escrow.grant(id));
        vm.warp(T0 + 90 days);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantAlreadyRevoked.selector, id));
        escrow.revoke(id);
        assertEq(_hashGrant(escrow.grant(id)), before, "grant unchanged");
        _assertTotals(1, 100e18, 0);
    }

    function test_RevertWhen_revokeUnknownGrant() public {
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 1));
        escrow.revoke(1);
    }

    // ================================================================== beneficiary change

    function test_proposeBeneficiary_recordsTheProposal() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(alice);
        escrow.proposeBeneficiary(id, bob);
        IGrantEscrow.Grant memory g = escrow.grant(id);
        assertEq(g.pendingBeneficiary, bob, "pending");
        assertEq(g.beneficiary, alice, "alice until bob accepts");
    }

    function test_proposeBeneficiary_emitsBeneficiaryProposed() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.BeneficiaryProposed(id, alice, bob);
        vm.prank(alice);
        escrow.proposeBeneficiary(id, bob);
    }

    function test_proposeBeneficiary_overwritesTheProposal() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.startPrank(alice);
        escrow.proposeBeneficiary(id, bob);
        escrow.proposeBeneficiary(id, carol);
        vm.stopPrank();
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotPendingBeneficiary.selector, id, bob));
        escrow.acceptBeneficiary(id);
        vm.prank(carol);
        escrow.acceptBeneficiary(id);
        assertEq(escrow.grant(id).beneficiary, carol, "carol took over");
    }

    function test_proposeBeneficiary_zeroCancels() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(alice);
        escrow.proposeBeneficiary(id, bob);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.BeneficiaryProposed(id, alice, address(0));
        vm.prank(alice);
        escrow.proposeBeneficiary(id, address(0));
        assertEq(escrow.grant(id).pendingBeneficiary, address(0), "cancelled");
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotPendingBeneficiary.selector, id, bob));
        escrow.acceptBeneficiary(id);
    }

    function test_acceptBeneficiary_movesTheGrant() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 50 days);
        vm.prank(alice);
        escrow.proposeBeneficiary(id, bob);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.BeneficiaryChanged(id, alice, bob);
        vm.prank(bob);
        escrow.acceptBeneficiary(id);
        IGrantEscrow.Grant memory g = escrow.grant(id);
        assertEq(g.beneficiary, bob, "bob");
        assertEq(g.pendingBeneficiary, address(0), "proposal cleared");
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotBeneficiary.selector, id, alice));
        escrow.claim(id, alice);
        vm.prank(bob);
        assertEq(escrow.claim(id, address(0)), 500e18, "bob claims");
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotBeneficiary.selector, id, alice));
        escrow.proposeBeneficiary(id, alice);
    }

    function test_RevertWhen_proposeBeneficiaryCallerIsNotBeneficiary() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotBeneficiary.selector, id, gov));
        escrow.proposeBeneficiary(id, gov);
        assertEq(escrow.grant(id).pendingBeneficiary, address(0), "no proposal");
    }

    function test_RevertWhen_proposeBeneficiaryIsTheEscrow() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InvalidBeneficiary.selector, address(escrow)));
        escrow.proposeBeneficiary(id, address(escrow));
        assertEq(escrow.grant(id).pendingBeneficiary, address(0), "no proposal");
    }

    function test_RevertWhen_proposeBeneficiaryOfUnknownGrant() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 1));
        escrow.proposeBeneficiary(1, bob);
    }

    function test_RevertWhen_acceptBeneficiaryWithoutProposal() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotPendingBeneficiary.selector, id, bob));
        escrow.acceptBeneficiary(id);
        assertEq(escrow.grant(id).beneficiary, alice, "unchanged");
    }

    function test_RevertWhen_acceptBeneficiaryCallerIsNotPending() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.prank(alice);
        escrow.proposeBeneficiary(id, bob);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NotPendingBeneficiary.selector, id, carol));
        escrow.acceptBeneficiary(id);
        IGrantEscrow.Grant memory g = escrow.grant(id);
        assertEq(g.beneficiary, alice, "unchanged");
        assertEq(g.pendingBeneficiary, bob, "proposal kept");
    }

    function test_RevertWhen_acceptBeneficiaryOfUnknownGrant() public {
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 2));
        escrow.acceptBeneficiary(2);
    }

    // ================================================================== views

    function test_grantsOf_listsTheBeneficiarysGrants() public {
        _fund(POOL);
        _grant(alice, 1e18, 0, YEAR);
        _grant(bob, 1e18, 0, YEAR);
        _grant(alice, 1e18, 0, YEAR);
        uint256[] memory ids = escrow.grantsOf(alice);
        assertEq(ids.length, 2, "alice has two");
        assertEq(ids[0], 1, "first");
        assertEq(ids[1], 3, "third");
        assertEq(escrow.grantsOf(bob).length, 1, "bob has one");
        assertEq(escrow.grantsOf(carol).length, 0, "carol has none");
    }

    function test_grantsOf_followsBeneficiaryChanges() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1e18, 0, YEAR);
        vm.prank(alice);
        escrow.proposeBeneficiary(id, carol);
        assertEq(escrow.grantsOf(carol).length, 0, "not before acceptance");
        vm.prank(carol);
        escrow.acceptBeneficiary(id);
        assertEq(escrow.grantsOf(alice).length, 0, "alice lost it");
        assertEq(escrow.grantsOf(carol)[0], id, "carol has it");
    }

    function test_grantsOf_isEmptyWithoutGrants() public view {
        assertEq(escrow.grantsOf(alice).length, 0, "empty");
    }

    function test_grantsOf_theZeroAddressHasNone() public {
        assertEq(escrow.grantsOf(address(0)).length, 0, "before any grant");
        _fund(POOL);
        _grant(alice, 1000e18, 0, YEAR);
        assertEq(escrow.grantsOf(address(0)).length, 0, "after one");
    }

    function test_RevertWhen_grantIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.GrantNotFound.selector, 0));
        escrow.grant(0);
    }

    function test_available_isBoundedByThePoolAndTheFunding() public {
        _fund(100_000e18);
        assertEq(escrow.available(), 100_000e18, "funding binds");
        _fund(200_000e18);
        assertEq(escrow.available(), POOL, "pool binds");
        _grant(alice, 20_000e18, 0, YEAR);
        assertEq(escrow.available(), 200_000e18, "both shrink");
    }

    function test_excess_isZeroWhileThePoolIsUnderfunded() public {
        _fund(100_000e18);
        assertEq(escrow.excess(), 0, "below the pool nothing is excess");
    }

    function test_createGrant_whenTheTokenHoldsLessThanIsOwed() public {
        _fund(POOL);
        _grant(alice, 100_000e18, 0, YEAR);
        // The token takes tokens out of the escrow (a burn, a negative rebase) until it holds
        // less than the 100,000 still owed: nothing is free, and a new grant is refused with the
        // escrow's own error. (OpenZeppelin's ERC-20 keeps its balances mapping in slot 0.)
        bytes32 slot = keccak256(abi.encode(address(escrow), uint256(0)));
        vm.store(address(token), slot, bytes32(uint256(60_000e18)));
        assertEq(escrow.available(), 0, "nothing available");
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.InsufficientFunding.selector, 1, 0));
        vm.prank(gov);
        escrow.createGrant(bob, 1, block.timestamp, 0, YEAR, true, false, "");
    }

    // ================================================================== storage layout

    function test_storage_grantTakesThreePackedSlots() public {
        _fund(POOL);
        vm.prank(gov);
        uint256 id = escrow.createGrant(alice, 1000e18, T0 + 5, 30 days, YEAR, true, true, "");
        vm.warp(T0 + 5 + 60 days);
        vm.prank(gov);
        escrow.approveMilestone(id, 700e18);
        vm.prank(alice);
        escrow.claim(id, address(0));
        vm.prank(alice);
        escrow.proposeBeneficiary(id, bob);

        uint256 base = uint256(keccak256(abi.encode(id, uint256(3)))); // _grants is slot 3
        uint256 s0 = uint256(vm.load(address(escrow), bytes32(base)));
        uint256 s1 = uint256(vm.load(address(escrow), bytes32(base + 1)));
        uint256 s2 = uint256(vm.load(address(escrow), bytes32(base + 2)));
        uint256 claimed = uint256(1000e18) * 60 days / YEAR;
        assertEq(s0, uint256(uint160(alice)) | (T0 + 5) << 160 | uint256(30 days) << 200, "slot 0");
        assertEq(s1, 1000e18 | claimed << 96 | YEAR << 192 | 1 << 224 | 1 << 232, "slot 1");
        assertEq(s2, uint256(uint160(bob)) | uint256(700e18) << 160, "slot 2");
        assertEq(vm.load(address(escrow), bytes32(base + 3)), bytes32(0), "no fourth slot");
    }

    function test_createGrant_idsDoNotWrapAt32Bits() public {
        _fund(POOL);
        // Pretend 2^32 - 1 grants were made (the count is bits 192-255 of slot 2).
        vm.store(address(escrow), bytes32(uint256(2)), bytes32(uint256(type(uint32).max) << 192));
        uint256 id = _grant(alice, 1000e18, 0, YEAR);
        assertEq(id, uint256(type(uint32).max) + 1, "id 2^32");
        assertEq(escrow.grantCount(), uint256(type(uint32).max) + 1, "the count holds 64 bits");
    }

    function test_storage_totalsShareOneSlot() public {
        _fund(POOL);
        _grant(alice, 1000e18, 0, 100 days);
        _grant(bob, 500e18, 0, 100 days);
        vm.warp(T0 + 10 days);
        vm.prank(alice);
        escrow.claim(1, address(0));
        uint256 totals = uint256(vm.load(address(escrow), bytes32(uint256(2))));
        assertEq(totals, 1500e18 | uint256(100e18) << 96 | uint256(2) << 192, "allocated | claimed | count");
    }

    // ================================================================== sweepExcess

    function test_sweepExcess_sendsOnlyWhatIsAboveThePool() public {
        _fund(POOL + 500e18);
        assertEq(escrow.excess(), 500e18, "excess");
        vm.prank(gov);
        uint256 swept = escrow.sweepExcess(carol);
        assertEq(swept, 500e18, "swept");
        assertEq(token.balanceOf(carol), 500e18, "carol");
        assertEq(token.balanceOf(address(escrow)), POOL, "the whole pool stays");
        assertEq(escrow.available(), POOL, "available untouched");
    }

    function test_sweepExcess_aDonationLargerThanThePool() public {
        _fund(POOL);
        token.mint(address(escrow), POOL + 7e18);
        assertEq(escrow.excess(), POOL + 7e18, "excess");
        vm.prank(gov);
        uint256 swept = escrow.sweepExcess(carol);
        assertEq(swept, POOL + 7e18, "all of it");
        assertEq(token.balanceOf(address(escrow)), POOL, "the pool stays");
    }

    function test_sweepExcess_emitsExcessSwept() public {
        _fund(POOL);
        token.mint(address(escrow), 7e18);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IGrantEscrow.ExcessSwept(gov, 7e18);
        vm.prank(gov);
        escrow.sweepExcess(address(0));
        assertEq(token.balanceOf(gov), 7e18, "zero recipient means the caller");
    }

    function test_sweepExcess_accountsForClaims() public {
        _fund(POOL);
        uint256 id = _grant(alice, 1000e18, 0, 100 days);
        vm.warp(T0 + 100 days);
        vm.prank(alice);
        escrow.claim(id, address(0));
        assertEq(escrow.excess(), 0, "paid claims are not excess");
        token.mint(address(escrow), 1000e18);
        assertEq(escrow.excess(), 1000e18, "a donation is");
        vm.prank(gov);
        escrow.sweepExcess(gov);
        assertEq(token.balanceOf(address(escrow)), POOL - 1000e18, "what the program may still pay");
        assertEq(escrow.available(), POOL - 1000e18, "the rest of the pool is still grantable");
    }

    function test_sweepExcess_leavesEveryGrantPayable() public {
        _fund(POOL);
        uint256 id = _grant(alice, 100_000e18, 0, 100 days);
        vm.warp(T0 + 10 days);
        vm.prank(gov);
        escrow.revoke(id);
        token.mint(address(escrow), 1e18);
        vm.prank(gov);
        escrow.sweepExcess(gov);
        assertEq(token.balanceOf(gov), 1e18, "only the donation");
        vm.prank(alice);
        assertEq(escrow.claim(id, address(0)), 10_000e18, "kept part paid");
    }

    function test_RevertWhen_sweepExcessWithoutExcess() public {
        _fund(POOL - 1);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NoExcess.selector, POOL - 1, POOL));
        escrow.sweepExcess(gov);
        _fund(1);
        vm.prank(gov);
        vm.expectRevert(abi.encodeWithSelector(IGrantEscrow.NoExcess.selector, POOL, POOL));
        escrow.sweepExcess(gov);
        assertEq(token.balanceOf(address(escrow)), POOL, "nothing moved");
    }

    function test_RevertWhen_sweepExcessCallerIsNotOwner() public {
        _fund(POOL + 1e18);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        escrow.sweepExcess(stranger);
        assertEq(token.balanceOf(address(escrow)), POOL + 1e18, "nothing moved");
    }
}
