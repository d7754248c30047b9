// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {SetReplayer} from "../utils/SetReplayer.sol";
import {Vm} from "../utils/Vm.sol";

/// @notice The sequencer set rebuilt from SequencerLocking's events alone, as a consensus node
///         following the logs would: after every kind of transition (lock, top-up, compound,
///         key rotation, partial and full withdrawal request, jail, unjail, slash, slash into
///         jail) the replayed set equals `activeSequencers()` (ids, keys, amounts, powers) and
///         the version carried by the events equals `setVersion()`. A second replayer starts
///         mid-way from a snapshot of the view, as a node that joins late does, and follows the
///         same events to the same set.
contract SetReplayTest is LockingMiningFixture, SetReplayer {
    Replayer internal _full;
    Replayer internal _late;
    bool internal _lateStarted;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal dave;

    function setUp() public {
        _deployPair();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        carol = makeAddr("carol");
        dave = makeAddr("dave");
        _fund(1_000_000e18);
        _start(T0);
        vm.recordLogs();
    }

    /// @dev Feeds the logs recorded since the last step to the replayers, then checks both
    ///      against the contract's own view.
    function _step(string memory what) internal {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertTrue(_applyAll(_full, logs, address(locking)), string.concat(what, ": emitted a set event"));
        assertEq(_difference(_full, locking), "", what);
        if (_lateStarted) {
            _applyAll(_late, logs, address(locking));
            assertEq(_difference(_late, locking), "", string.concat(what, " (late replayer)"));
        }
    }

    /// @dev The late replayer starts here, from the view (what a node reads at its first block).
    function _startLate() internal {
        _seed(_late, locking);
        _lateStarted = true;
    }

    // ------------------------------------------------------------------ the transitions

    function test_replayedSetMatchesTheViewAfterEveryTransition() public {
        uint256 a = _lock(alice, 40_000e18);
        _step("lock");
        uint256 b = _lock(bob, 50_000e18);
        uint256 c = _lock(carol, 30_000e18);
        _step("two more locks");
        assertEq(locking.setVersion(), 3, "one version per new member");

        _topUp(alice, a, 1000e18);
        _step("top-up");
        uint256 v = locking.setVersion();
        _topUp(alice, a, 0.5e18);
        _step("top-up within the same whole token");
        assertEq(locking.setVersion(), v, "the power did not change: neither did the version");

        _startLate();

        vm.warp(T0 + 30 days);
        vm.prank(bob);
        mining.compound(b);
        _step("compound");

        (bytes memory pubkey, bytes memory proof) = _newKey(alice);
        vm.prank(alice);
        locking.updateSigner(a, pubkey, proof);
        _step("key rotation");

        vm.prank(bob);
        locking.requestWithdrawal(b, 10_000e18);
        _step("partial withdrawal request");

        vm.prank(carol);
        locking.requestWithdrawal(c, 30_000e18);
        _step("full withdrawal request");

        vm.prank(guardian);
        locking.jail(a);
        _step("jail");
        v = locking.setVersion();

        _topUp(alice, a, 2000e18);
        _step("top-up while jailed");
        (pubkey, proof) = _newKey(alice);
        vm.prank(alice);
        locking.updateSigner(a, pubkey, proof);
        _step("key rotation while jailed");
        assertEq(locking.setVersion(), v, "a jailed position is not in the set");

        vm.prank(gov);
        locking.unjail(a);
        _step("unjail (the key rotated while jailed)");

        // 43,000.5 METIS: changes below a whole token move no power, hence no version.
        v = locking.setVersion();
        vm.prank(alice);
        locking.requestWithdrawal(a, 0.25e18);
        _step("partial withdrawal request within the same whole token");
        vm.prank(gov);
        locking.slash(a, 0.5e18, "evidence");
        _step("slash within the same whole token (the pending 0.25 first, then 0.25 of principal)");
        assertEq(locking.getPosition(a).amount, 43_000e18, "43,000.5 - 0.25 - 0.25");
        assertEq(locking.setVersion(), v, "the power did not change: neither did the version");

        vm.prank(gov);
        locking.slash(b, 1000e18, "evidence");
        _step("slash, still a member (the pending withdrawal first)");

        vm.prank(gov);
        locking.slash(b, 4000e18, "evidence");
        _step("slash of the principal, still a member");

        uint256 d = _lock(dave, 20_000e18);
        _step("lock at the minimum");
        vm.prank(gov);
        locking.slash(d, 1e18, "evidence");
        _step("slash into jail");
        _assertStatus(d, ISequencerLocking.Status.Jailed);

        vm.prank(gov);
        locking.slash(c, 1000e18, "evidence");
        _step("slash of an unlocking position");
    }

    function _assertStatus(uint256 id, ISequencerLocking.Status expected) internal view {
        assertEq(uint8(locking.getPosition(id).status), uint8(expected), "status");
    }
}
