// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {Vm} from "../utils/Vm.sol";

/// @notice The sequencer set rebuilt from SequencerLocking's events alone, as a consensus node
///         following the logs would: after every kind of transition (lock, top-up, compound,
///         key rotation, partial and full withdrawal request, jail, unjail, slash, slash into
///         jail) the replayed set equals `activeSequencers()` (ids, keys, amounts, powers) and
///         the version carried by the events equals `setVersion()`. A second replayer starts
///         mid-way from a snapshot of the view, as a node that joins late does, and follows the
///         same events to the same set.
contract SetReplayTest is LockingMiningFixture {
    struct Member {
        bytes pubkey;
        uint256 amount;
        ISequencerLocking.Status status;
    }

    /// @dev One replayer's view of the positions it has heard of.
    struct Replayer {
        uint256[] ids;
        mapping(uint256 id => Member) members;
        mapping(uint256 id => bool) known;
        uint256 version;
    }

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

    // ------------------------------------------------------------------ replaying

    function _touch(Replayer storage r, uint256 id) internal returns (Member storage) {
        if (!r.known[id]) {
            r.known[id] = true;
            r.ids.push(id);
        }
        return r.members[id];
    }

    /// @dev Applies one SequencerLocking log to `r`; returns whether it was a set event.
    function _apply(Replayer storage r, Vm.Log memory log) internal returns (bool) {
        bytes32 sig = log.topics[0];
        uint256 id = log.topics.length > 1 ? uint256(log.topics[1]) : 0;
        uint256 version;
        if (sig == ISequencerLocking.Locked.selector) {
            Member storage m = _touch(r, id);
            (m.pubkey, m.amount, version) = abi.decode(log.data, (bytes, uint256, uint256));
            m.status = ISequencerLocking.Status.Active;
        } else if (sig == ISequencerLocking.LockIncreased.selector) {
            Member storage m = _touch(r, id);
            (, m.amount, m.status, version) =
                abi.decode(log.data, (uint256, uint256, ISequencerLocking.Status, uint256));
        } else if (sig == ISequencerLocking.Compounded.selector) {
            Member storage m = _touch(r, id);
            (, m.amount, version) = abi.decode(log.data, (uint256, uint256, uint256));
            m.status = ISequencerLocking.Status.Active;
        } else if (sig == ISequencerLocking.SignerUpdated.selector) {
            Member storage m = _touch(r, id);
            (m.pubkey, m.amount, m.status, version) =
                abi.decode(log.data, (bytes, uint256, ISequencerLocking.Status, uint256));
        } else if (sig == ISequencerLocking.WithdrawalRequested.selector) {
            Member storage m = _touch(r, id);
            (, m.amount,, m.status, version) =
                abi.decode(log.data, (uint256, uint256, uint256, ISequencerLocking.Status, uint256));
        } else if (sig == ISequencerLocking.Jailed.selector) {
            Member storage m = _touch(r, id);
            (m.amount, version) = abi.decode(log.data, (uint256, uint256));
            m.status = ISequencerLocking.Status.Jailed;
        } else if (sig == ISequencerLocking.Unjailed.selector) {
            Member storage m = _touch(r, id);
            (m.amount, m.pubkey, version) = abi.decode(log.data, (uint256, bytes, uint256));
            m.status = ISequencerLocking.Status.Active;
        } else if (sig == ISequencerLocking.Slashed.selector) {
            Member storage m = _touch(r, id);
            (,,, m.amount, m.status, version,) = abi.decode(
                log.data, (uint256, uint256, uint256, uint256, ISequencerLocking.Status, uint256, string)
            );
        } else {
            return false;
        }
        // Versions never go back; events of one transaction may repeat the same version.
        assertGe(version, r.version, "the version carried by the events never decreases");
        r.version = version;
        return true;
    }

    /// @dev Feeds the logs recorded since the last step to the replayers, then checks both
    ///      against the contract's own view.
    function _step(string memory what) internal {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool setEvent;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(locking)) continue;
            setEvent = _apply(_full, logs[i]) || setEvent;
            if (_lateStarted) _apply(_late, logs[i]);
        }
        assertTrue(setEvent, string.concat(what, ": emitted a set event"));
        _check(_full, what);
        if (_lateStarted) _check(_late, string.concat(what, " (late replayer)"));
    }

    function _check(Replayer storage r, string memory what) internal view {
        ISequencerLocking.ActiveSequencer[] memory view_ = locking.activeSequencers();
        uint256 active;
        for (uint256 i; i < r.ids.length; ++i) {
            if (r.members[r.ids[i]].status == ISequencerLocking.Status.Active) active++;
        }
        assertEq(active, view_.length, string.concat(what, ": member count"));
        for (uint256 i; i < view_.length; ++i) {
            Member storage m = r.members[view_[i].id];
            assertTrue(m.status == ISequencerLocking.Status.Active, string.concat(what, ": a member"));
            assertEq(m.pubkey, view_[i].pubkey, string.concat(what, ": key"));
            assertEq(m.amount, view_[i].amount, string.concat(what, ": amount"));
            assertEq(m.amount / 1e18, view_[i].votingPower, string.concat(what, ": power"));
        }
        assertEq(r.version, locking.setVersion(), string.concat(what, ": version"));
    }

    /// @dev The late replayer starts here, from the view (what a node reads at its first block).
    function _startLate() internal {
        ISequencerLocking.ActiveSequencer[] memory view_ = locking.activeSequencers();
        for (uint256 i; i < view_.length; ++i) {
            Member storage m = _touch(_late, view_[i].id);
            (m.pubkey, m.amount, m.status) =
            (view_[i].pubkey, view_[i].amount, ISequencerLocking.Status.Active);
        }
        _late.version = locking.setVersion();
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
