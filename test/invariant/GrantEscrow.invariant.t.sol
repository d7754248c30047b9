// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../../contracts/GrantEscrow.sol";
import {IGrantEscrow} from "../../contracts/interfaces/IGrantEscrow.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {Test} from "../utils/Test.sol";
import {GrantEscrowHandler} from "./handlers/GrantEscrowHandler.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice The escrow's invariants (docs: DESIGN.md, "GrantEscrow"), under random sequences of
///         grants, milestones, revocations, claims, beneficiary changes, funding, donations,
///         sweeps and time.
contract GrantEscrowInvariantTest is Test {
    uint256 internal constant POOL = 220_000e18;

    MockMetis internal token;
    GrantEscrow internal escrow;
    GrantEscrowHandler internal handler;
    address internal gov;

    function setUp() public {
        vm.warp(1_700_000_000);
        gov = makeAddr("gov");
        token = new MockMetis();
        escrow = new GrantEscrow(IERC20(address(token)), gov, POOL);
        handler = new GrantEscrowHandler(escrow, token, gov);

        // Weighted: claims, grants and time drive everything else, so they come up more often.
        bytes4[] memory selectors = new bytes4[](15);
        selectors[0] = GrantEscrowHandler.fund.selector;
        selectors[1] = GrantEscrowHandler.donate.selector;
        selectors[2] = GrantEscrowHandler.warp.selector;
        selectors[3] = GrantEscrowHandler.warp.selector;
        selectors[4] = GrantEscrowHandler.createGrant.selector;
        selectors[5] = GrantEscrowHandler.createGrant.selector;
        selectors[6] = GrantEscrowHandler.approveMilestone.selector;
        selectors[7] = GrantEscrowHandler.revoke.selector;
        selectors[8] = GrantEscrowHandler.sweepExcess.selector;
        selectors[9] = GrantEscrowHandler.claim.selector;
        selectors[10] = GrantEscrowHandler.claim.selector;
        selectors[11] = GrantEscrowHandler.claim.selector;
        selectors[12] = GrantEscrowHandler.proposeBeneficiary.selector;
        selectors[13] = GrantEscrowHandler.acceptBeneficiary.selector;
        selectors[14] = GrantEscrowHandler.fund.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @notice Every action's outcome matched what the views predicted just before it.
    function invariant_actionsBehaveAsPredicted() public view {
        assertFalse(handler.ghost_unexpected(), handler.ghost_unexpectedWhy());
    }

    /// @notice claimed <= vested(now) <= amount for every grant; a gated grant never paid more
    ///         than governance approved, and its cap never exceeds what was granted.
    function invariant_claimedLeVestedLeAmount() public view {
        uint256 count = escrow.grantCount();
        for (uint256 id = 1; id <= count; ++id) {
            IGrantEscrow.Grant memory g = escrow.grant(id);
            uint256 vested = escrow.vestedAmount(id, block.timestamp);
            assertLe(g.claimed, vested, "claimed <= vested");
            assertLe(vested, g.amount, "vested <= amount");
            assertLe(g.amount, handler.ghost_originalAmount(id), "amount only ever cut");
            assertEq(g.claimed, handler.ghost_paidOf(id), "claimed == tokens delivered");
            if (g.milestoneGated) {
                assertLe(g.claimed, g.approvedCap, "claimed <= approved cap");
                assertLe(g.approvedCap, handler.ghost_originalAmount(id), "cap <= granted");
            } else {
                assertEq(g.approvedCap, 0, "no cap on a plain grant");
            }
        }
    }

    /// @notice A revoked grant keeps exactly what it could claim at revocation (claimed part
    ///         included), and the beneficiary can still claim all of it, in one go.
    function invariant_revocationKeepsVestedAndApprovedFunds() public {
        uint256 count = escrow.grantCount();
        for (uint256 id = 1; id <= count; ++id) {
            IGrantEscrow.Grant memory g = escrow.grant(id);
            assertEq(g.revoked, handler.ghost_revoked(id), "revoked flag");
            if (!g.revoked) continue;
            uint256 entitlement = handler.ghost_entitlementAtRevoke(id);
            assertEq(g.amount, entitlement, "amount cut to the entitlement");
            uint256 open = escrow.claimable(id);
            assertEq(g.claimed + open, entitlement, "claimed + claimable == entitlement");
            if (open == 0) continue;
            uint256 snapshot = vm.snapshotState();
            uint256 before = token.balanceOf(g.beneficiary);
            vm.prank(g.beneficiary);
            escrow.claim(id, address(0));
            assertEq(token.balanceOf(g.beneficiary) - before, open, "the rest is claimable in full");
            vm.revertToState(snapshot);
        }
    }

    /// @notice The escrow always holds every grant's unpaid amount.
    function invariant_balanceCoversUnpaid() public view {
        uint256 count = escrow.grantCount();
        uint256 owed;
        for (uint256 id = 1; id <= count; ++id) {
            IGrantEscrow.Grant memory g = escrow.grant(id);
            owed += uint256(g.amount) - g.claimed;
        }
        assertEq(escrow.unpaid(), owed, "unpaid == sum(amount - claimed)");
        assertGe(token.balanceOf(address(escrow)), owed, "balance >= unpaid");
    }

    /// @notice Live allocations never exceed the pool, and the totals match the grants.
    function invariant_allocationsWithinPool() public view {
        uint256 count = escrow.grantCount();
        uint256 sumAmount;
        uint256 sumClaimed;
        for (uint256 id = 1; id <= count; ++id) {
            IGrantEscrow.Grant memory g = escrow.grant(id);
            sumAmount += g.amount;
            sumClaimed += g.claimed;
        }
        assertEq(escrow.allocated(), sumAmount, "allocated == sum(amount)");
        assertEq(escrow.allocated(), handler.ghost_granted() - handler.ghost_returned(), "granted - returned");
        assertLe(escrow.allocated(), POOL, "allocated <= POOL");
        assertEq(escrow.totalClaimed(), sumClaimed, "totalClaimed == sum(claimed)");
        assertEq(escrow.totalClaimed(), handler.ghost_paid(), "totalClaimed == tokens paid");
    }

    /// @notice Tokens in minus tokens out is the balance: nothing leaves but claims and sweeps.
    function invariant_tokenConservation() public view {
        uint256 inflow = handler.ghost_funded() + handler.ghost_donated();
        uint256 outflow = handler.ghost_paid() + handler.ghost_swept();
        assertEq(token.balanceOf(address(escrow)), inflow - outflow, "balance == in - out");
    }

    /// @notice `available` is the smaller of the unallocated pool and the funds not owed; a
    ///         sweep never cuts into what the program may still pay.
    function invariant_availableAndExcessAreConsistent() public view {
        uint256 balance = token.balanceOf(address(escrow));
        uint256 unallocated = POOL - escrow.allocated();
        uint256 free = balance - escrow.unpaid();
        assertEq(escrow.available(), unallocated < free ? unallocated : free, "available");
        uint256 required = POOL - escrow.totalClaimed();
        assertEq(escrow.excess(), balance > required ? balance - required : 0, "excess");
        // A sweep leaves exactly `required`; afterwards claims lower both sides equally and
        // nothing else lowers the balance, so the program stays fully funded.
        if (handler.ghost_swept() > 0) assertGe(balance, required, "sweeps kept the program whole");
    }
}
