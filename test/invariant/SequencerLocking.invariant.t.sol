// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {RecordingHook} from "../utils/SequencerLockingMocks.sol";
import {Test} from "../utils/Test.sol";
import {SequencerLockingHandler} from "./handlers/SequencerLockingHandler.sol";

/// @notice Invariants of SequencerLocking under random sequences of every action (see the handler).
contract SequencerLockingInvariantTest is Test {
    SequencerLocking internal locking;
    MockMetis internal token;
    RecordingHook internal hook;
    SequencerLockingHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        address gov = makeAddr("governance");
        address guardian = makeAddr("guardian");
        token = new MockMetis();
        locking = new SequencerLocking(token, gov, makeAddr("treasury"), guardian);
        hook = new RecordingHook(locking);
        vm.prank(gov);
        locking.setDistributor(address(hook));
        vm.prank(gov);
        locking.setMaxSequencers(12);
        handler = new SequencerLockingHandler(locking, token, hook, gov, guardian);

        bytes4[] memory selectors = new bytes4[](23);
        selectors[0] = handler.lock.selector;
        selectors[1] = handler.lock.selector; // twice: positions are what everything else needs
        selectors[2] = handler.lockReusedKey.selector;
        selectors[3] = handler.increaseLock.selector;
        selectors[4] = handler.updateSigner.selector;
        selectors[5] = handler.setRewardRecipient.selector;
        selectors[6] = handler.requestWithdrawal.selector;
        selectors[7] = handler.withdraw.selector;
        selectors[8] = handler.compound.selector;
        selectors[9] = handler.jail.selector;
        selectors[10] = handler.unjail.selector;
        selectors[11] = handler.slash.selector;
        selectors[12] = handler.setWhitelisted.selector;
        selectors[13] = handler.setPermissionless.selector;
        selectors[14] = handler.setPaused.selector;
        selectors[15] = handler.setLockLimits.selector;
        selectors[16] = handler.setMaxSequencers.selector;
        selectors[17] = handler.setUnlockDelay.selector;
        selectors[18] = handler.donate.selector;
        selectors[19] = handler.warp.selector;
        selectors[20] = handler.checkExit.selector;
        selectors[21] = handler.slashBySlasher.selector;
        selectors[22] = handler.jailBySlasher.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev Sum of principal + pending withdrawal over all positions (exited ones hold 0).
    function _liveTotal() internal view returns (uint256 total) {
        uint256 count = locking.positionCount();
        for (uint256 id = 1; id <= count; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            total += p.amount + p.pendingWithdrawal;
        }
    }

    /// @notice The contract holds exactly what it owes plus what was donated; never less.
    function invariant_balanceMatchesPositions() public view {
        uint256 balance = token.balanceOf(address(locking));
        uint256 owed = _liveTotal();
        assertGe(balance, owed, "balance covers every position");
        assertEq(balance, owed + handler.ghostDonated(), "equality once donations are counted");
    }

    /// @notice What came in minus what went out is what the positions hold.
    function invariant_ghostFlowsMatchPositions() public view {
        assertEq(handler.ghostIn() - handler.ghostOut(), _liveTotal(), "in - out == principal + pending");
    }

    /// @notice The active set respects its cap, its count is exact, every member is within the
    ///         limits, has power, and the total power is within CometBFT's bound.
    function invariant_activeSetWithinCapAndLimits() public view {
        uint256 count = locking.positionCount();
        uint256 active;
        uint256 minLock = locking.minLock();
        uint256 maxLock = locking.maxLock();
        for (uint256 id = 1; id <= count; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            if (p.status != ISequencerLocking.Status.Active) continue;
            ++active;
            assertGe(p.amount, minLock, "active amount >= minLock");
            assertLe(p.amount, maxLock, "active amount <= maxLock");
        }
        assertEq(active, locking.activeCount(), "activeCount exact");
        assertLe(active, locking.maxSequencers(), "cap");
        ISequencerLocking.ActiveSequencer[] memory set = locking.activeSequencers();
        assertEq(set.length, active, "view lists the set");
        // CometBFT's MaxTotalVotingPower (int64 max / 8) bounds the total power of a set.
        uint256 totalPower;
        for (uint256 i; i < set.length; ++i) {
            assertGt(set[i].votingPower, 0, "no member of power 0");
            totalPower += set[i].votingPower;
        }
        assertLe(totalPower, uint256(uint64(type(int64).max)) / 8, "total power within CometBFT's bound");
    }

    /// @notice Each status has the shape it promises.
    function invariant_statusShapes() public view {
        uint256 count = locking.positionCount();
        for (uint256 id = 1; id <= count; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            assertTrue(p.status != ISequencerLocking.Status.None, "created ids have a status");
            assertEq(p.pendingWithdrawal == 0, p.withdrawableAt == 0, "pending <=> date");
            if (p.status == ISequencerLocking.Status.Unlocking) {
                assertEq(p.amount, 0, "unlocking: no principal");
                assertGt(p.pendingWithdrawal, 0, "unlocking: something pending");
            }
            if (p.status == ISequencerLocking.Status.Exited) {
                assertEq(p.amount + p.pendingWithdrawal, 0, "exited: empty");
            }
            assertEq(p.signer, address(uint160(uint256(keccak256(p.pubkey)))), "signer = keccak(pubkey)");
        }
    }

    /// @notice A signer maps to one position forever, and is never accepted twice.
    function invariant_signersNeverReused() public view {
        assertFalse(handler.ghostSignerReused(), "a signer was accepted twice");
        uint256 n = handler.ghostSignerCount();
        for (uint256 i; i < n; ++i) {
            address signer = handler.ghostSigners(i);
            assertEq(locking.signerToId(signer), handler.ghostSignerId(signer), "signer -> id forever");
            // A key rotated out keeps its position and says when it left; the current key of
            // a position says it never left.
            assertEq(
                locking.signerRetiredAt(signer), handler.ghostRetiredAt(signer), "retired when rotated out"
            );
            uint256 id = handler.ghostSignerId(signer);
            bool current = locking.getPosition(id).signer == signer;
            assertEq(current, handler.ghostRetiredAt(signer) == 0, "current exactly when never rotated out");
        }
    }

    /// @notice Everything the slasher slashed came to it, and nowhere else.
    function invariant_slasherReceivesWhatItSlashes() public view {
        assertEq(token.balanceOf(handler.slasher()), handler.ghostSlasherReceived(), "the slasher's tokens");
    }

    /// @notice The distributor always knows the current earning amount of every position.
    function invariant_hookMirrorsEarning() public view {
        uint256 count = locking.positionCount();
        for (uint256 id = 1; id <= count; ++id) {
            assertEq(hook.lastEarning(id), locking.earningOf(id), "hook told every change");
        }
    }

    /// @notice Every exit rehearsal paid the owner principal + pending.
    function invariant_ownerCanAlwaysExit() public view {
        assertFalse(handler.ghostExitFailed(), "an exit failed");
    }

    /// @notice While the whitelist is in force, the principal of a position whose owner is not
    ///         whitelisted never grows, and its top-ups and compounds are refused with exactly
    ///         `NotWhitelisted(owner)`.
    function invariant_removedOwnersAddNothing() public view {
        assertFalse(handler.ghostGrewWithoutAdmission(), "the principal of a non-admitted owner grew");
        assertFalse(
            handler.ghostWrongRefusal(), "a top-up or compound not refused with NotWhitelisted(owner)"
        );
    }

    /// @notice `setVersion` counts the changes of the consensus set: every call that changes
    ///         the members, a member's key or a member's voting power increments it by one, and
    ///         no other call moves it.
    function invariant_setVersionCountsSetChanges() public view {
        assertFalse(handler.ghostVersionWrong(), "setVersion moved without a set change, or missed one");
        // The set starts empty at version 0 and the handler sees every call: equal, not only
        // at least.
        assertEq(locking.setVersion(), handler.versionChanges(), "every change counted");
    }

    /// @notice The set rebuilt from the events of every call alone (as `sync` and any node
    ///         following the logs rebuild it) equals `activeSequencers()` and `setVersion()`.
    function invariant_eventsRebuildTheSet() public view {
        assertEq(handler.ghostReplayDifference(), "", "the events disagree with the set");
    }

    /// @notice Read in id ranges (as a node reads a set too large for one call), the set is
    ///         `activeSequencers()`, entry by entry.
    function invariant_rangesGiveTheSet() public view {
        ISequencerLocking.ActiveSequencer[] memory all = locking.activeSequencers();
        uint256 seen;
        uint256 last = locking.positionCount();
        for (uint256 from = 1; from <= last; from += 3) {
            ISequencerLocking.ActiveSequencer[] memory page = locking.activeSequencersIn(from, from + 3);
            for (uint256 j = 0; j < page.length; ++j) {
                assertEq(keccak256(abi.encode(page[j])), keccak256(abi.encode(all[seen + j])), "same entry");
            }
            seen += page.length;
        }
        assertEq(seen, all.length, "every member once");
    }

    // ------------------------------------------------------------------ the handler itself

    /// @notice A removed owner's top-up and compound are refused (and counted) until the set is
    ///         permissionless; the ghosts would notice one that went through.
    function test_handler_refusesRemovedOwnersAndDetectsABypass() public {
        address owner = handler.actors()[0];
        handler.lock(0, 30_000e18);
        handler.setWhitelisted(0, false);
        handler.increaseLock(1, 1e18);
        handler.compound(1, 1e18);
        assertEq(handler.calls("increaseLockRefused"), 1, "top-up refused");
        assertEq(handler.calls("compoundRefused"), 1, "compound refused");
        assertFalse(handler.ghostWrongRefusal(), "refused with NotWhitelisted(owner)");
        assertEq(locking.getPosition(1).amount, 30_000e18, "principal unchanged");

        handler.setPermissionless(true);
        handler.increaseLock(1, 1e18);
        handler.compound(1, 1e18);
        assertEq(handler.calls("increaseLock"), 1, "top-up once permissionless");
        assertEq(handler.calls("compound"), 1, "compound once permissionless");
        assertEq(locking.getPosition(1).amount, 30_002e18, "principal grew");
        assertFalse(handler.ghostGrewWithoutAdmission(), "no growth flagged");

        // The handler believes the owner is not whitelisted while the contract lets it add.
        handler.setPermissionless(false);
        vm.prank(locking.owner());
        locking.setWhitelisted(owner, true);
        vm.mockCall(address(locking), abi.encodeCall(locking.whitelisted, (owner)), abi.encode(false));
        handler.increaseLock(1, 1e18);
        vm.clearMockedCalls();
        assertTrue(handler.ghostWrongRefusal(), "a top-up that went through is seen");
        assertTrue(handler.ghostGrewWithoutAdmission(), "the growth is seen");
        assertEq(handler.ghostGrewId(), 1, "of position 1");
    }

    /// @notice The exit rehearsal runs, leaves no trace, and would notice a blocked exit.
    function test_handler_exitRehearsalDetectsBlockedExits() public {
        handler.lock(0, 30_000e18);
        handler.requestWithdrawal(1, 5000e18, false);
        uint256 balance = token.balanceOf(address(locking));
        uint256 time = block.timestamp;
        handler.checkExit(1);
        assertEq(handler.ghostExitChecks(), 1, "rehearsal succeeded");
        assertFalse(handler.ghostExitFailed(), "no failure");
        assertEq(token.balanceOf(address(locking)), balance, "snapshot reverted");
        assertEq(block.timestamp, time, "time restored");
        assertEq(locking.getPosition(1).amount, 25_000e18, "position untouched");

        // A distributor that refuses every change blocks the exit request: the check sees it.
        hook.setShouldRevert(true);
        handler.checkExit(1);
        assertTrue(handler.ghostExitFailed(), "blocked exit detected");
    }
}
