// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {RecordingHook} from "../utils/SequencerLockingMocks.sol";
import {SequencerLockingBase} from "./SequencerLocking.base.t.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice Parameters, whitelist, pause, jail/unjail and slash.
contract SequencerLockingGovernanceTest is SequencerLockingBase {
    function _expectNotOwner(address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        vm.prank(caller);
    }

    // ================================================================== parameters

    function test_setWhitelisted_togglesAndEmits() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.WhitelistSet(stranger, true);
        vm.prank(gov);
        locking.setWhitelisted(stranger, true);
        assertTrue(locking.whitelisted(stranger), "whitelisted");
        _lock(stranger, AMOUNT);

        vm.prank(gov);
        locking.setWhitelisted(stranger, false);
        assertFalse(locking.whitelisted(stranger), "removed");
        assertEq(locking.nonces(stranger), 1, "nonce kept in the same slot");
    }

    function test_RevertWhen_setWhitelistedNotOwner() public {
        _expectNotOwner(guardian);
        locking.setWhitelisted(stranger, true);
    }

    function test_setPermissionless_opensAndCloses() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.PermissionlessSet(true);
        vm.prank(gov);
        locking.setPermissionless(true);
        assertTrue(locking.permissionless(), "open");
        _lock(stranger, AMOUNT);
        vm.prank(gov);
        locking.setPermissionless(false);
        assertFalse(locking.permissionless(), "closed");
    }

    /// @dev The pause and permissionless flags share a byte of one slot: each switch leaves the
    ///      other as it was.
    function test_pauseAndPermissionlessAreIndependent() public {
        vm.startPrank(gov);
        locking.pause();
        locking.setPermissionless(true);
        assertTrue(locking.paused(), "still paused after opening");
        assertTrue(locking.permissionless(), "open");
        locking.unpause();
        assertFalse(locking.paused(), "unpaused");
        assertTrue(locking.permissionless(), "still open after unpausing");
        locking.pause();
        assertTrue(locking.permissionless(), "still open after pausing");
        locking.setPermissionless(false);
        assertTrue(locking.paused(), "still paused after closing");
        assertFalse(locking.permissionless(), "closed");
        locking.setPermissionless(false);
        assertFalse(locking.permissionless(), "closing twice keeps it closed");
        locking.unpause();
        locking.setPermissionless(true);
        locking.setPermissionless(true);
        assertTrue(locking.permissionless(), "opening twice keeps it open");
        assertFalse(locking.paused(), "and unpaused");
        vm.stopPrank();
    }

    function test_RevertWhen_setPermissionlessNotOwner() public {
        _expectNotOwner(alice);
        locking.setPermissionless(true);
    }

    /// @dev The widest limits: one voting-power unit, and the most whole tokens 88 bits hold.
    uint256 internal constant WIDEST_MAX = uint256(type(uint88).max) - uint256(type(uint88).max) % 1e18;

    function test_setLockLimits_updatesAndEmits() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.LockLimitsSet(1e18, WIDEST_MAX);
        vm.prank(gov);
        locking.setLockLimits(1e18, WIDEST_MAX);
        assertEq(locking.minLock(), 1e18, "min");
        assertEq(locking.maxLock(), WIDEST_MAX, "max");
        assertEq(WIDEST_MAX / 1e18, 309_485_009, "the most voting power of one member");
        vm.prank(gov);
        locking.setLockLimits(5e18, 5e18);
        assertEq(locking.minLock(), 5e18, "min == max allowed");
    }

    function test_setLockLimits_doesNotMoveExistingPositions() public {
        uint256 id = _lock(alice, MIN);
        vm.prank(gov);
        locking.setLockLimits(30_000e18, 40_000e18);
        _assertStatus(id, ISequencerLocking.Status.Active, "grandfathered");
        // New rules apply to new operations: a partial withdrawal must now leave 30k.
        uint256 bobId = _lock(bob, 40_000e18);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.RemainingBelowMinimum.selector, 29_000e18, 30_000e18)
        );
        _request(bob, bobId, 11_000e18);
    }

    function test_RevertWhen_setLockLimitsInvalid() public {
        uint256[2][8] memory bad = [
            [uint256(0), MAX],
            [MAX + 1, MAX],
            [MIN, uint256(type(uint88).max) + 1],
            [uint256(0), uint256(0)],
            // below one unit of voting power: a member of power 0, which CometBFT reads as a removal
            [uint256(1e18 - 1), MAX],
            [uint256(1), uint256(1e18)],
            // a maximum that is not a whole number of tokens
            [MIN, MAX + 1],
            [MIN, WIDEST_MAX + 1e18]
        ];
        for (uint256 i; i < bad.length; ++i) {
            bytes32 before = _fingerprint();
            vm.expectRevert(
                abi.encodeWithSelector(ISequencerLocking.InvalidLockLimits.selector, bad[i][0], bad[i][1])
            );
            vm.prank(gov);
            locking.setLockLimits(bad[i][0], bad[i][1]);
            assertEq(_fingerprint(), before, "state unchanged");
        }
    }

    function test_RevertWhen_setLockLimitsNotOwner() public {
        _expectNotOwner(guardian);
        locking.setLockLimits(MIN, MAX);
    }

    function test_setMaxSequencers_updatesAndEmits() public {
        _lock(alice, AMOUNT);
        _lock(bob, AMOUNT);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.MaxSequencersSet(2);
        vm.prank(gov);
        locking.setMaxSequencers(2);
        assertEq(locking.maxSequencers(), 2, "down to the active count");
    }

    function test_RevertWhen_setMaxSequencersBelowActiveCount() public {
        _lock(alice, AMOUNT);
        _lock(bob, AMOUNT);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.InvalidMaxSequencers.selector, 1, 2));
        vm.prank(gov);
        locking.setMaxSequencers(1);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.InvalidMaxSequencers.selector, 0, 2));
        vm.prank(gov);
        locking.setMaxSequencers(0);
        uint256 tooBig = locking.MAX_SEQUENCERS_LIMIT() + 1;
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.InvalidMaxSequencers.selector, tooBig, 2));
        vm.prank(gov);
        locking.setMaxSequencers(tooBig);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    /// @dev The cap and the widest lock limits keep the set's total voting power below
    ///      CometBFT's `MaxTotalVotingPower` (`types.MaxTotalVotingPower = int64(math.MaxInt64) / 8`).
    function test_setMaxSequencers_upToTheLimitKeepsTotalPowerBelowCometBFTs() public {
        uint256 limit = locking.MAX_SEQUENCERS_LIMIT();
        vm.startPrank(gov);
        locking.setMaxSequencers(limit);
        locking.setLockLimits(1e18, WIDEST_MAX);
        vm.stopPrank();
        assertEq(locking.maxSequencers(), limit, "the limit itself is allowed");
        uint256 mostPower = limit * (locking.maxLock() / locking.VOTING_POWER_UNIT());
        assertLt(mostPower, uint256(uint64(type(int64).max)) / 8, "below MaxTotalVotingPower");
    }

    /// @dev A cap of zero is refused on its own, not only because it is below the active count:
    ///      with nobody in the set, zero would otherwise pass and stop every lock.
    function test_RevertWhen_setMaxSequencersZeroWithAnEmptySet() public {
        assertEq(locking.activeCount(), 0, "empty set");
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.InvalidMaxSequencers.selector, 0, 0));
        vm.prank(gov);
        locking.setMaxSequencers(0);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    /// @dev The bounds are inclusive: the largest cap the storage holds and the longest delay
    ///      the contract allows are both accepted.
    function test_setMaxSequencersAndUnlockDelay_acceptTheirUpperBounds() public {
        vm.startPrank(gov);
        locking.setMaxSequencers(locking.MAX_SEQUENCERS_LIMIT());
        locking.setUnlockDelay(locking.MAX_UNLOCK_DELAY());
        locking.setUnlockDelay(locking.MIN_UNLOCK_DELAY());
        vm.stopPrank();
        assertEq(locking.maxSequencers(), locking.MAX_SEQUENCERS_LIMIT(), "cap");
        assertEq(locking.unlockDelay(), locking.MIN_UNLOCK_DELAY(), "delay");
    }

    function test_RevertWhen_setMaxSequencersNotOwner() public {
        _expectNotOwner(alice);
        locking.setMaxSequencers(5);
    }

    function testFuzz_setUnlockDelay_withinBounds(uint256 delay) public {
        delay = bound(delay, 1 days, 90 days);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.UnlockDelaySet(delay);
        vm.prank(gov);
        locking.setUnlockDelay(delay);
        assertEq(locking.unlockDelay(), delay, "delay");
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        assertEq(locking.getPosition(id).withdrawableAt, block.timestamp + delay, "applied to the request");
    }

    function testFuzz_RevertWhen_setUnlockDelayOutOfBounds(uint256 delay) public {
        vm.assume(delay < 1 days || delay > 90 days);
        bytes32 before = _fingerprint();
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.UnlockDelayOutOfBounds.selector, delay, 1 days, 90 days)
        );
        vm.prank(gov);
        locking.setUnlockDelay(delay);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_setUnlockDelayNotOwner() public {
        _expectNotOwner(guardian);
        locking.setUnlockDelay(2 days);
    }

    function test_setTreasury_updatesAndEmits() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.TreasurySet(bob);
        vm.prank(gov);
        locking.setTreasury(bob);
        assertEq(locking.treasury(), bob, "treasury");
    }

    function test_RevertWhen_setTreasuryZero() public {
        vm.expectRevert(ISequencerLocking.ZeroAddress.selector);
        vm.prank(gov);
        locking.setTreasury(address(0));
    }

    function test_RevertWhen_setTreasuryNotOwner() public {
        _expectNotOwner(alice);
        locking.setTreasury(alice);
    }

    function test_setGuardian_updatesAndEmits() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.GuardianSet(bob);
        vm.prank(gov);
        locking.setGuardian(bob);
        assertEq(locking.guardian(), bob, "guardian");
        // The old guardian lost its powers.
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotGuardianOrOwner.selector, guardian));
        vm.prank(guardian);
        locking.pause();
        // Zero disables the role.
        vm.prank(gov);
        locking.setGuardian(address(0));
        assertEq(locking.guardian(), address(0), "none");
    }

    function test_RevertWhen_setGuardianNotOwner() public {
        _expectNotOwner(guardian);
        locking.setGuardian(guardian);
    }

    function test_setDistributor_onceBeforeFirstLock() public {
        // The fixture already set it; check on a fresh contract.
        ISequencerLocking fresh = _freshLocking();
        RecordingHook freshHook = new RecordingHook(fresh);
        vm.expectEmit(true, true, true, true, address(fresh));
        emit ISequencerLocking.DistributorSet(address(freshHook));
        vm.prank(gov);
        fresh.setDistributor(address(freshHook));
        assertEq(fresh.distributor(), address(freshHook), "set");
    }

    function test_RevertWhen_setDistributorBuiltForAnotherLocking() public {
        ISequencerLocking fresh = _freshLocking();
        // `hook` was built for the fixture's locking contract, not for `fresh`.
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.DistributorMismatch.selector, address(hook)));
        vm.prank(gov);
        fresh.setDistributor(address(hook));
        assertEq(fresh.distributor(), address(0), "unchanged");
    }

    function test_RevertWhen_setDistributorHasNoCodeOrNoViews() public {
        ISequencerLocking fresh = _freshLocking();
        address eoa = address(0xD15);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.DistributorMismatch.selector, eoa));
        vm.prank(gov);
        fresh.setDistributor(eoa);
        // A contract without `locking()` / `token()` (the token itself).
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.DistributorMismatch.selector, address(token))
        );
        vm.prank(gov);
        fresh.setDistributor(address(token));
        // A contract with only one of the two views, the other answering rightly.
        address[2] memory halves =
            [address(new OnlyTokenView(address(token))), address(new OnlyLockingView(address(fresh)))];
        for (uint256 k; k < halves.length; ++k) {
            vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.DistributorMismatch.selector, halves[k]));
            vm.prank(gov);
            fresh.setDistributor(halves[k]);
        }
        assertEq(fresh.distributor(), address(0), "unchanged");
    }

    /// Any other token is refused, whether its address sorts below or above the locked token's.
    function test_RevertWhen_setDistributorPaysInAnotherToken() public {
        ISequencerLocking fresh = _freshLocking();
        address[2] memory others = [address(0xBAD), address(type(uint160).max)];
        for (uint256 k; k < others.length; ++k) {
            WrongTokenDistributor wrong = new WrongTokenDistributor(address(fresh), others[k]);
            vm.expectRevert(
                abi.encodeWithSelector(ISequencerLocking.DistributorMismatch.selector, address(wrong))
            );
            vm.prank(gov);
            fresh.setDistributor(address(wrong));
            assertEq(fresh.distributor(), address(0), "unchanged");
        }
    }

    function test_RevertWhen_setDistributorTwice() public {
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.DistributorAlreadySet.selector, address(hook))
        );
        vm.prank(gov);
        locking.setDistributor(address(0xD15));
    }

    function test_RevertWhen_setDistributorAfterFirstLock() public {
        ISequencerLocking fresh = _freshLocking();
        vm.prank(gov);
        fresh.setWhitelisted(alice, true);
        vm.prank(alice);
        token.approve(address(fresh), AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(fresh, pk, alice);
        vm.prank(alice);
        fresh.lock(pubkey, proof, AMOUNT);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.PositionsAlreadyExist.selector, 1));
        vm.prank(gov);
        fresh.setDistributor(address(hook));
        assertEq(fresh.distributor(), address(0), "still none");
    }

    function test_RevertWhen_setDistributorZero() public {
        ISequencerLocking fresh = _freshLocking();
        vm.expectRevert(ISequencerLocking.ZeroAddress.selector);
        vm.prank(gov);
        fresh.setDistributor(address(0));
    }

    function test_RevertWhen_setDistributorNotOwner() public {
        ISequencerLocking fresh = _freshLocking();
        _expectNotOwner(alice);
        fresh.setDistributor(alice);
    }

    function _freshLocking() internal returns (ISequencerLocking) {
        return new SequencerLocking(token, gov, treasury, guardian);
    }

    // ================================================================== pause

    function test_pause_byGuardianUnpauseByOwner() public {
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Paused(guardian);
        vm.prank(guardian);
        locking.pause();
        assertTrue(locking.paused(), "paused");

        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, guardian));
        vm.prank(guardian);
        locking.unpause();

        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Unpaused(gov);
        vm.prank(gov);
        locking.unpause();
        assertFalse(locking.paused(), "unpaused");
        _lock(alice, AMOUNT);
    }

    function test_pause_byOwner() public {
        vm.prank(gov);
        locking.pause();
        assertTrue(locking.paused(), "paused");
    }

    function test_RevertWhen_pauseByStranger() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotGuardianOrOwner.selector, alice));
        vm.prank(alice);
        locking.pause();
    }

    function test_RevertWhen_pauseTwice() public {
        vm.prank(guardian);
        locking.pause();
        vm.expectRevert(ISequencerLocking.EnforcedPause.selector);
        vm.prank(gov);
        locking.pause();
    }

    function test_RevertWhen_unpauseNotPaused() public {
        vm.expectRevert(ISequencerLocking.ExpectedPause.selector);
        vm.prank(gov);
        locking.unpause();
        // Nor while permissionless: the other bit of the flag byte is set, not this one.
        vm.prank(gov);
        locking.setPermissionless(true);
        vm.expectRevert(ISequencerLocking.ExpectedPause.selector);
        vm.prank(gov);
        locking.unpause();
    }

    // ================================================================== jail / unjail

    function test_jail_byGuardianTakesOutOfTheSet() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Jailed(id, guardian, AMOUNT, 2);
        vm.prank(guardian);
        locking.jail(id);
        _assertStatus(id, ISequencerLocking.Status.Jailed, "jailed");
        assertEq(locking.activeCount(), 0, "left the set");
        assertEq(locking.earningOf(id), 0, "earns nothing");
        assertEq(locking.getPosition(id).amount, AMOUNT, "principal kept");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(c.earning, 0, "hook told 0");
        assertEq(c.activeCountSeen, 0, "state updated before the hook");
    }

    /// @dev From a set of four, jailing one leaves exactly three. With one or two in the set,
    ///      a count that flips or shifts a bit instead of subtracting would go unnoticed
    ///      (1 ^ 1 == 1 - 1, 2 >> 1 == 2 - 1); from four, every such slip gives another number.
    function test_jail_fromASetOfFourLeavesThree() public {
        uint256 id = _lockFour();
        vm.prank(guardian);
        locking.jail(id);
        assertEq(locking.activeCount(), 3, "three left");
        assertEq(locking.activeSequencers().length, 3, "listed");
    }

    /// @dev Four active positions (alice twice, bob, carol); returns alice's first.
    function _lockFour() internal returns (uint256 id) {
        id = _lock(alice, MIN);
        _lock(alice, AMOUNT);
        _lock(bob, AMOUNT);
        _lock(carol, AMOUNT);
        assertEq(locking.activeCount(), 4, "four in the set");
    }

    function test_jail_byOwner() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.jail(id);
        _assertStatus(id, ISequencerLocking.Status.Jailed, "jailed");
    }

    function test_RevertWhen_jailByStranger() public {
        uint256 id = _lock(alice, AMOUNT);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotGuardianOrOwner.selector, alice));
        vm.prank(alice);
        locking.jail(id);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_jailNotActive() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Jailed
            )
        );
        vm.prank(guardian);
        locking.jail(id);

        uint256 id2 = _lock(bob, AMOUNT);
        _request(bob, id2, AMOUNT);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id2, ISequencerLocking.Status.Unlocking
            )
        );
        vm.prank(guardian);
        locking.jail(id2);
    }

    function test_RevertWhen_jailUnknownId() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 4));
        vm.prank(guardian);
        locking.jail(4);
    }

    function test_RevertWhen_jailRefusedByDistributor() public {
        uint256 id = _lock(alice, AMOUNT);
        hook.setShouldRevert(true);
        vm.expectRevert(abi.encodeWithSelector(RecordingHook.BudgetExceeded.selector, id, 0));
        vm.prank(guardian);
        locking.jail(id);
    }

    function test_unjail_putsBackIntoTheSet() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Unjailed(id, AMOUNT, locking.getPosition(id).pubkey, 3);
        vm.prank(gov);
        locking.unjail(id);
        _assertStatus(id, ISequencerLocking.Status.Active, "active");
        assertEq(locking.activeCount(), 1, "back in the set");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(c.earning, AMOUNT, "earning restored");
        assertEq(c.earningSeenInLocking, AMOUNT, "state updated before the hook");
    }

    function test_RevertWhen_unjailByGuardian() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        _expectNotOwner(guardian);
        locking.unjail(id);
    }

    function test_RevertWhen_unjailNotJailed() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Active
            )
        );
        vm.prank(gov);
        locking.unjail(id);
    }

    /// @dev Only a jailed position can be unjailed: one on its way out, or gone, is refused for
    ///      its status (not for some later check that happens to fail).
    function test_RevertWhen_unjailUnlockingOrExited() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Unlocking
            )
        );
        vm.prank(gov);
        locking.unjail(id);

        vm.warp(block.timestamp + locking.unlockDelay());
        vm.prank(alice);
        locking.withdraw(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Exited
            )
        );
        vm.prank(gov);
        locking.unjail(id);
    }

    function test_RevertWhen_unjailBelowMinimum() public {
        uint256 id = _lock(alice, MIN);
        vm.prank(gov);
        locking.slash(id, 1e18, "downtime"); // below min: jailed
        bytes32 before = _fingerprint();
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.AmountBelowMinimum.selector, MIN - 1e18, MIN)
        );
        vm.prank(gov);
        locking.unjail(id);
        assertEq(_fingerprint(), before, "state unchanged");
        // Topping up while jailed makes it eligible again.
        vm.prank(alice);
        locking.increaseLock(id, 1e18);
        vm.prank(gov);
        locking.unjail(id);
        _assertStatus(id, ISequencerLocking.Status.Active, "back");
    }

    function test_RevertWhen_unjailAboveMaximum() public {
        uint256 id = _lock(alice, MAX);
        vm.prank(guardian);
        locking.jail(id);
        vm.prank(gov);
        locking.setLockLimits(MIN, MAX - 1e18);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.AmountAboveMaximum.selector, MAX, MAX - 1e18)
        );
        vm.prank(gov);
        locking.unjail(id);
        // The maximum itself is allowed: with the limit back at MAX the position is let in.
        vm.prank(gov);
        locking.setLockLimits(MIN, MAX);
        vm.prank(gov);
        locking.unjail(id);
        _assertStatus(id, ISequencerLocking.Status.Active, "back at exactly the maximum");
    }

    function test_RevertWhen_unjailSetFull() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        vm.prank(gov);
        locking.setMaxSequencers(1);
        _lock(bob, AMOUNT);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.ActiveSetFull.selector, 1));
        vm.prank(gov);
        locking.unjail(id);
    }

    function test_RevertWhen_unjailRefusedByDistributor() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        hook.setShouldRevert(true);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(RecordingHook.BudgetExceeded.selector, id, AMOUNT));
        vm.prank(gov);
        locking.unjail(id);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_unjailUnknownId() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 5));
        vm.prank(gov);
        locking.unjail(5);
    }

    // ================================================================== slash

    function test_slash_fromPrincipalKeepsActiveAboveMinimum() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Slashed(
            id,
            treasury,
            5000e18,
            0,
            5000e18,
            AMOUNT - 5000e18,
            ISequencerLocking.Status.Active,
            2,
            "double signing"
        );
        vm.prank(gov);
        locking.slash(id, 5000e18, "double signing");
        assertEq(locking.getPosition(id).amount, AMOUNT - 5000e18, "principal");
        _assertStatus(id, ISequencerLocking.Status.Active, "still active");
        assertEq(token.balanceOf(treasury), 5000e18, "treasury paid");
        assertEq(token.balanceOf(address(locking)), AMOUNT - 5000e18, "locking balance");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(c.earning, AMOUNT - 5000e18, "earning reduced");
        assertEq(c.earningSeenInLocking, AMOUNT - 5000e18, "state updated before the hook");
    }

    /// The minimum itself is enough to stay in the set.
    function test_slash_downToExactlyTheMinimumStaysActive() public {
        uint256 id = _lock(alice, MIN + 1e18);
        vm.prank(gov);
        locking.slash(id, 1e18, "");
        assertEq(locking.getPosition(id).amount, MIN, "principal at the minimum");
        _assertStatus(id, ISequencerLocking.Status.Active, "still active");
        assertEq(locking.activeCount(), 1, "still in the set");
        assertEq(hook.lastCall().earning, MIN, "hook told the new earning");
    }

    function test_slash_belowMinimumJails() public {
        uint256 id = _lock(alice, MIN);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Slashed(id, treasury, 1, 0, 1, MIN - 1, ISequencerLocking.Status.Jailed, 2, "");
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Jailed(id, gov, MIN - 1, 2);
        vm.prank(gov);
        locking.slash(id, 1, "");
        _assertStatus(id, ISequencerLocking.Status.Jailed, "jailed");
        assertEq(locking.activeCount(), 0, "left the set");
        assertEq(hook.lastCall().earning, 0, "hook told 0");
    }

    /// @dev As `test_jail_fromASetOfFourLeavesThree`, for the jail that a slash below the
    ///      minimum causes.
    function test_slash_belowMinimumFromASetOfFourLeavesThree() public {
        uint256 id = _lockFour();
        vm.prank(gov);
        locking.slash(id, 1, "");
        _assertStatus(id, ISequencerLocking.Status.Jailed, "jailed");
        assertEq(locking.activeCount(), 3, "three left");
        assertEq(locking.activeSequencers().length, 3, "listed");
    }

    function test_slash_takesPendingFirst() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, 10_000e18);
        uint256 calls = hook.callCount();
        vm.prank(gov);
        locking.slash(id, 4000e18, "");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.pendingWithdrawal, 6000e18, "from pending");
        assertEq(p.amount, AMOUNT - 10_000e18, "principal untouched");
        assertEq(p.withdrawableAt, T0 + DELAY, "date kept");
        assertEq(hook.callCount(), calls, "earning unchanged: no hook call");
        vm.warp(T0 + DELAY);
        vm.prank(alice);
        assertEq(locking.withdraw(id), 6000e18, "owner gets the rest");
    }

    /// @notice A member left below a raised minimum (it stays a member) loses only from its
    ///         pending withdrawal: it stays Active, with its principal and the set's version.
    function test_slash_fromPendingAloneKeepsAMemberBelowARaisedMinimum() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, 10_000e18);
        uint256 principal = AMOUNT - 10_000e18;
        vm.prank(gov);
        locking.setLockLimits(principal + 1e18, MAX);
        uint256 version = locking.setVersion();
        vm.prank(gov);
        locking.slash(id, 4000e18, "");
        _assertStatus(id, ISequencerLocking.Status.Active, "still a member");
        assertEq(locking.getPosition(id).amount, principal, "principal untouched");
        assertEq(locking.setVersion(), version, "the set did not change");
    }

    function test_slash_splitsPendingThenPrincipal() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, 1000e18);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Slashed(
            id,
            treasury,
            3000e18,
            1000e18,
            2000e18,
            AMOUNT - 1000e18 - 2000e18,
            ISequencerLocking.Status.Active,
            3,
            "evidence"
        );
        vm.prank(gov);
        locking.slash(id, 3000e18, "evidence");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.pendingWithdrawal, 0, "pending consumed");
        assertEq(p.withdrawableAt, 0, "no request left");
        assertEq(p.amount, AMOUNT - 3000e18, "rest from principal");
        assertEq(hook.lastCall().earning, AMOUNT - 3000e18, "earning reduced");
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NoPendingWithdrawal.selector, id));
        vm.prank(alice);
        locking.withdraw(id);
        // A new request is possible again.
        _request(alice, id, 1000e18);
    }

    function test_slash_reachesUnlockingFunds() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        vm.warp(T0 + DELAY - 1);
        vm.prank(gov);
        locking.slash(id, AMOUNT / 10, "caught before leaving");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.pendingWithdrawal, AMOUNT - AMOUNT / 10, "pending reduced");
        assertEq(uint256(p.status), uint256(ISequencerLocking.Status.Unlocking), "still unlocking");
        vm.warp(T0 + DELAY);
        vm.prank(alice);
        assertEq(locking.withdraw(id), AMOUNT - AMOUNT / 10, "reduced payout");
        _assertStatus(id, ISequencerLocking.Status.Exited, "exited");
    }

    function test_slash_jailedPositionPrincipal() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        uint256 calls = hook.callCount();
        vm.prank(gov);
        locking.slash(id, 1000e18, "");
        assertEq(locking.getPosition(id).amount, AMOUNT - 1000e18, "principal");
        _assertStatus(id, ISequencerLocking.Status.Jailed, "still jailed");
        assertEq(hook.callCount(), calls, "earning stays 0");
    }

    function testFuzz_slash_withinCap(uint256 principal, uint256 pending, uint256 amount) public {
        principal = bound(principal, MIN, MAX);
        uint256 id = _lock(alice, principal);
        pending = bound(pending, 0, principal - MIN);
        if (pending != 0) _request(alice, id, pending);
        uint256 cap = principal * 1000 / 10_000; // principal + pending == the original principal
        amount = bound(amount, 1, cap);
        vm.prank(gov);
        locking.slash(id, amount, "");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.amount + p.pendingWithdrawal, principal - amount, "total reduced by amount");
        assertEq(p.amount + p.pendingWithdrawal, token.balanceOf(address(locking)), "accounted");
        uint256 fromPending = amount < pending ? amount : pending;
        assertEq(p.pendingWithdrawal, pending - fromPending, "pending first");
        assertEq(token.balanceOf(treasury), amount, "treasury");
    }

    function test_RevertWhen_slashAboveCap() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, 10_000e18);
        uint256 cap = AMOUNT / 10; // 10% of principal + pending
        vm.prank(gov);
        locking.slash(id, cap, "exactly the cap");
        uint256 newCap = (AMOUNT - cap) / 10;
        bytes32 before = _fingerprint();
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.SlashExceedsCap.selector, id, newCap + 1, newCap)
        );
        vm.prank(gov);
        locking.slash(id, newCap + 1, "");
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_slashZero() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.expectRevert(ISequencerLocking.ZeroAmount.selector);
        vm.prank(gov);
        locking.slash(id, 0, "");
    }

    function test_RevertWhen_slashExited() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        vm.warp(T0 + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Exited
            )
        );
        vm.prank(gov);
        locking.slash(id, 1, "");
    }

    function test_RevertWhen_slashByGuardian() public {
        uint256 id = _lock(alice, AMOUNT);
        _expectNotOwner(guardian);
        locking.slash(id, 1, "");
    }

    function test_RevertWhen_slashUnknownId() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 1));
        vm.prank(gov);
        locking.slash(1, 1, "");
    }

    function test_RevertWhen_slashRefusedByDistributor() public {
        uint256 id = _lock(alice, AMOUNT);
        hook.setShouldRevert(true);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(RecordingHook.BudgetExceeded.selector, id, AMOUNT - 1));
        vm.prank(gov);
        locking.slash(id, 1, "");
        assertEq(_fingerprint(), before, "state unchanged");
    }

    // ================================================================== ownership

    function test_transferOwnership_isTwoStep() public {
        vm.prank(gov);
        locking.transferOwnership(bob);
        assertEq(locking.owner(), gov, "not yet");
        assertEq(locking.pendingOwner(), bob, "pending");
        vm.prank(bob);
        locking.acceptOwnership();
        assertEq(locking.owner(), bob, "accepted");
        _expectNotOwner(gov);
        locking.setPermissionless(true);
    }
}

/// @dev Claims the right locking contract but another token.
contract WrongTokenDistributor {
    address public immutable locking;
    address public immutable token;

    constructor(address locking_, address token_) {
        locking = locking_;
        token = token_;
    }

    function onEarningChanged(uint256, uint256) external {}
}

/// @dev Answers `token()` rightly but has no `locking()`.
contract OnlyTokenView {
    address public immutable token;

    constructor(address token_) {
        token = token_;
    }
}

/// @dev Answers `locking()` rightly but has no `token()`.
contract OnlyLockingView {
    address public immutable locking;

    constructor(address locking_) {
        locking = locking_;
    }
}
