// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerVault} from "../../contracts/lst/interfaces/ISequencerVault.sol";
import {VaultFixture} from "../utils/VaultFixture.sol";
import {SequencerVaultHandler} from "./handlers/SequencerVaultHandler.sol";

/// @notice Invariants of SequencerVault over the real locking and mining pair, under random
///         deposits, mints, redeem requests and claims, allocations, harvests, queue
///         processing, commission changes, key rotations, slashes, jails, donations and time.
contract SequencerVaultInvariantTest is VaultFixture {
    SequencerVaultHandler internal handler;

    function setUp() public {
        _deployVault();
        handler = new SequencerVaultHandler(vault, locking, mining, token, vaultGov, allocator, gov, guardian);
        bytes32 role = vault.ALLOCATOR_ROLE();
        vm.startPrank(vaultGov);
        vault.grantRole(role, address(handler));
        vault.grantRole(vault.DEFAULT_ADMIN_ROLE(), address(handler));
        vm.stopPrank();
        handler.registerOperators();

        bytes4[] memory selectors = new bytes4[](23);
        selectors[0] = handler.deposit.selector;
        selectors[1] = handler.deposit.selector;
        selectors[2] = handler.mint.selector;
        selectors[3] = handler.requestRedeem.selector;
        selectors[4] = handler.requestRedeem.selector;
        selectors[5] = handler.claim.selector;
        selectors[6] = handler.roundTrip.selector;
        selectors[7] = handler.donate.selector;
        selectors[8] = handler.harvest.selector;
        selectors[9] = handler.processRedemptions.selector;
        selectors[10] = handler.processRedemptions.selector;
        selectors[11] = handler.exitJailed.selector;
        selectors[12] = handler.warp.selector;
        selectors[13] = handler.warp.selector;
        selectors[14] = handler.allocate.selector;
        selectors[15] = handler.allocate.selector;
        selectors[16] = handler.announceCommission.selector;
        selectors[17] = handler.rotateKey.selector;
        selectors[18] = handler.slash.selector;
        selectors[19] = handler.jail.selector;
        selectors[20] = handler.approveAndApplyKey.selector;
        selectors[21] = handler.scheduleProgram.selector;
        selectors[22] = handler.warpToProgramBoundary.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev Principal + pending withdrawals and net rewards of the vault's positions, read from
    ///      the locking contract and the distributor over every id (not the vault's list).
    function _positionsFromTheContracts() internal view returns (uint256 live, uint256 net, uint256 count) {
        (uint256 c,,) = vault.commission();
        uint256 n = locking.positionCount();
        for (uint256 id = 1; id <= n; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            if (p.owner != address(vault)) continue;
            uint256 r = mining.pendingReward(id);
            net += r - r * c / 10_000;
            if (p.status == ISequencerLocking.Status.Exited) continue;
            live += p.amount + p.pendingWithdrawal;
            ++count;
        }
    }

    /// @notice totalAssets = free buffer + principal + pending withdrawals + rewards net of
    ///         commission - pending redemptions, the positions read from the contracts.
    function invariant_totalAssetsIsTheBooks() public view {
        (uint256 live, uint256 net,) = _positionsFromTheContracts();
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        (,, uint256 pending) = vault.queue();
        uint256 gross = buffer - reserved + live + net;
        assertEq(vault.totalAssets(), gross > pending ? gross - pending : 0, "the books");
    }

    /// @notice What all shares, pending requests and Claimable requests can claim never
    ///         exceeds the assets; Claimable requests are always covered by tokens held.
    function invariant_claimsNeverExceedTheAssets() public view {
        (uint256 live, uint256 net,) = _positionsFromTheContracts();
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        (,, uint256 pending) = vault.queue();
        uint256 shares = vault.convertToAssets(vault.totalSupply());
        assertLe(shares + pending + reserved, buffer + live + net, "claims within the assets");
        assertGe(buffer, reserved, "Claimable requests are in the buffer");
    }

    /// @notice The share price never falls except by a slash; a deposit redeemed at once is
    ///         never worth more than it paid.
    function invariant_priceOnlyFallsBySlashAndRoundingFavoursTheVault() public view {
        assertFalse(handler.ghostPriceFell(), string.concat("the price fell in ", handler.ghostPriceFellIn()));
        assertFalse(handler.ghostRoundTripGain(), "a round trip gained");
    }

    /// @notice The vault's list is exactly its positions that have not exited, each with its
    ///         operator; what it booked is what they hold, less a slash not yet recognised.
    function invariant_booksMatchThePositions() public view {
        (uint256 live,, uint256 count) = _positionsFromTheContracts();
        uint256[] memory ps = vault.positions();
        assertEq(ps.length, count, "every live position listed");
        assertLe(ps.length, vault.MAX_POSITIONS(), "bounded");
        for (uint256 i; i < ps.length; ++i) {
            assertEq(locking.getPosition(ps[i]).owner, address(vault), "the vault's");
        }
        (,, uint256 booked) = vault.bookedAssets();
        assertGe(booked, live, "nothing appears from nowhere");
        uint256 operators = vault.nodeOperatorCount();
        uint256 withPosition;
        for (uint256 o; o < operators; ++o) {
            if (vault.nodeOperator(o).positionId != 0) ++withPosition;
        }
        assertEq(withPosition, ps.length, "one operator per position");
    }

    /// @notice Requests are served in order and never before their time: every request
    ///         before the next to serve was due when served (its `claimableAt` has passed) and
    ///         is no longer Pending; every one from it on is still Pending, whole.
    function invariant_requestsServedInOrder() public view {
        (uint256 next, uint256 last,) = vault.queue();
        for (uint256 id = 1; id <= last; ++id) {
            (ISequencerVault.Request memory r, uint256 worth) = vault.request(id);
            if (id < next) {
                assertLe(r.claimableAt, block.timestamp, "served no earlier than its time");
                assertEq(vault.pendingRedeemRequest(id, r.controller), 0, "served: not pending");
                assertEq(worth, 0, "served: its assets are set aside");
            } else {
                assertEq(vault.pendingRedeemRequest(id, r.controller), r.shares, "pending, whole");
            }
        }
    }

    /// @notice The queue and the claims as the vault's events alone tell them (the handler's
    ///         ghosts, never the vault's storage): every request was valued by its event; a
    ///         pending request is worth at most that, and less only if a slash landed since it
    ///         was made; a served one was paid at most that; the pending liability is the sum
    ///         of the pending requests (rounded up, by at most a wei each); and what each
    ///         controller may withdraw is what was served to it less what it withdrew, the
    ///         reserve being exactly their sum. Together: no holder can take more than its share.
    function invariant_queueAndClaimsMatchTheEvents() public view {
        (uint256 next, uint256 last, uint256 pending) = vault.queue();
        assertEq(last, handler.ghostRequests(), "every request has its event");
        uint256 slashes = handler.slashes();
        uint256 sum;
        uint256 count;
        for (uint256 id = 1; id <= last; ++id) {
            uint256 valued = handler.ghostValued(id);
            bool slashedSince = handler.ghostSlashesAtRequest(id) != slashes;
            if (id < next) {
                uint256 served = handler.ghostServed(id);
                assertLe(served, valued, "served at most its value");
                if (!slashedSince) assertGe(served + 1, valued, "served whole, but for a slash");
                continue;
            }
            (, uint256 worth) = vault.request(id);
            assertLe(worth, valued, "a pending request never gains");
            if (!slashedSince) assertGe(worth + 1, valued, "only a slash lowers a pending request");
            sum += worth;
            ++count;
        }
        assertGe(pending, sum, "the liability covers every pending request");
        assertLe(pending, sum + count, "rounded up by at most a wei each");
        address[] memory hs = handler.holders();
        uint256 claimable;
        for (uint256 i; i < hs.length; ++i) {
            assertEq(vault.maxWithdraw(hs[i]), handler.ghostClaimable(hs[i]), "served less withdrawn");
            claimable += handler.ghostClaimable(hs[i]);
        }
        (, uint256 reserved,) = vault.bookedAssets();
        assertEq(claimable, reserved, "the reserve is the controllers' claims");
    }

    /// @dev Every invariant above, as a function the scripted test can call between steps.
    function _checkAll() internal view {
        invariant_queueAndClaimsMatchTheEvents();
        invariant_totalAssetsIsTheBooks();
        invariant_claimsNeverExceedTheAssets();
        invariant_priceOnlyFallsBySlashAndRoundingFavoursTheVault();
        invariant_booksMatchThePositions();
        invariant_requestsServedInOrder();
    }

    /// @notice The handler's actions do what they say, on the paths the random runs may reach
    ///         rarely: positions, a queue served through the unlock delay, a slash with
    ///         requests pending, a jailed exit, a new key and a new position, the end of the
    ///         first reward program and a second one after a gap; the invariants hold after
    ///         every step.
    function test_handler_drivesTheWholeLifeCycle() public {
        handler.deposit(0, 45_000e18);
        handler.deposit(1, 30_000e18);
        handler.allocate(0, 40_000e18);
        handler.allocate(1, 30_000e18);
        assertEq(vault.positions().length, 2, "two positions");
        _checkAll();
        handler.warp(10 days);
        handler.requestRedeem(0, 5000); // half of holder 0: more than the buffer
        handler.processRedemptions();
        (uint256 next, uint256 last, uint256 pending) = vault.queue();
        assertEq(next, 1, "waiting for the unlock delay");
        assertEq(last, 1, "one request");
        assertGt(pending, 0, "pending");
        _checkAll();
        (, uint256 worthBefore) = vault.request(1);
        handler.slash(0, 1000);
        (, uint256 worthAfter) = vault.request(1);
        assertLt(worthAfter, worthBefore, "the slash reached the pending request");
        _checkAll();
        handler.warp(12 days);
        handler.warp(12 days);
        handler.processRedemptions(); // the partial withdrawal collected; the slash left a gap
        handler.warp(12 days);
        handler.warp(12 days);
        handler.processRedemptions();
        (next,,) = vault.queue();
        assertEq(next, 2, "served once the withdrawals it asked for arrived");
        address holder0 = handler.holders()[0];
        assertGt(handler.ghostServed(1), 0, "the ghost saw it served");
        assertEq(handler.ghostClaimable(holder0), handler.ghostServed(1), "and claimable by holder 0");
        assertLt(handler.ghostServed(1), handler.ghostValued(1), "the slash took its share");
        _checkAll();
        handler.claim(0);
        assertEq(handler.ghostClaimable(holder0), 0, "the ghost saw it withdrawn");
        handler.harvest();
        handler.jail(1);
        handler.exitJailed(1);
        handler.exitJailed(0);
        handler.warp(12 days);
        handler.warp(12 days);
        handler.processRedemptions();
        assertEq(vault.positions().length, 1, "the jailed one exited and closed; the queue took partials");
        _checkAll();
        handler.deposit(2, 60_000e18);
        handler.allocate(1, 20_000e18); // the operator whose position closed gets a new key
        assertEq(vault.positions().length, 2, "a new position, with a new key");
        handler.allocate(0, 5000e18); // a top-up
        handler.roundTrip(2, 1000e18);
        handler.announceCommission(700);
        handler.rotateKey(2);
        handler.approveAndApplyKey(0);
        _checkAll();
        assertGt(handler.calls("slash"), 0, "counted");

        // Across reward programs: the first year ends, a gap, a second program.
        handler.warpToProgramBoundary(2 hours);
        assertEq(handler.programsEnded(), 1, "past the first year's end");
        assertEq(mining.currentRate(), 0, "no program in force");
        handler.harvest();
        _checkAll();
        handler.scheduleProgram(2000, 30 days, 10 days);
        assertEq(mining.programCount(), 2, "scheduled");
        uint256 priceInGap = vault.convertToAssets(1e24);
        handler.warpToProgramBoundary(2 hours); // an hour into the second program
        assertEq(mining.currentProgram(), 2, "in force");
        handler.warp(10 days);
        assertGt(vault.convertToAssets(1e24), priceInGap, "the vault earns again");
        handler.harvest();
        handler.requestRedeem(2, 2000);
        _checkAll();
    }
}
