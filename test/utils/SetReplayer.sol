// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {Vm} from "./Vm.sol";

/// @notice The sequencer set as a node following SequencerLocking's events alone rebuilds it:
///         each set event carries the position's resulting principal and status, the set
///         version, and the key where a member joins or changes it. Used by the replay test
///         (`integration/SetReplay.t.sol`) and by the locking invariant handler, which replays
///         the events of every call it makes.
abstract contract SetReplayer {
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
        /// @dev Set when an event's version is not the one before it plus one if the event
        ///      changed the consensus set (a member joined or left, or a member's key or
        ///      power changed), plus zero if it did not.
        bool versionWrong;
    }

    /// @dev What CometBFT sees of a position: whether it is a member, and if so its key and
    ///      power (zero hashes for a non-member).
    function _consensusView(Member storage m) private view returns (bool member, bytes32 key, uint256 power) {
        member = m.status == ISequencerLocking.Status.Active;
        if (member) (key, power) = (keccak256(m.pubkey), m.amount / 1e18);
    }

    function _touch(Replayer storage r, uint256 id) internal returns (Member storage) {
        if (!r.known[id]) {
            r.known[id] = true;
            r.ids.push(id);
        }
        return r.members[id];
    }

    /// @dev Applies one log (of the locking contract) to `r`; returns whether it was a set event.
    function _apply(Replayer storage r, Vm.Log memory log) internal returns (bool) {
        bytes32 sig = log.topics[0];
        uint256 id = log.topics.length > 1 ? uint256(log.topics[1]) : 0;
        (bool wasMember, bytes32 oldKey, uint256 oldPower) = _consensusView(r.members[id]);
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
        // Exactly one step per change of the set, event by event (a slash into jail emits
        // `Slashed` then `Jailed`: the second changes nothing and repeats the version).
        (bool isMember, bytes32 newKey, uint256 newPower) = _consensusView(r.members[id]);
        bool changed = wasMember != isMember || newKey != oldKey || newPower != oldPower;
        if (version != r.version + (changed ? 1 : 0)) r.versionWrong = true;
        r.version = version;
        return true;
    }

    /// @dev Applies the logs `locking` emitted among `logs`; returns whether any was a set event.
    function _applyAll(Replayer storage r, Vm.Log[] memory logs, address locking)
        internal
        returns (bool any)
    {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == locking && _apply(r, logs[i])) any = true;
        }
    }

    /// @dev The first difference between `r` and the contract's own set and version, or "".
    function _difference(Replayer storage r, ISequencerLocking locking)
        internal
        view
        returns (string memory)
    {
        ISequencerLocking.ActiveSequencer[] memory view_ = locking.activeSequencers();
        uint256 active;
        for (uint256 i; i < r.ids.length; ++i) {
            if (r.members[r.ids[i]].status == ISequencerLocking.Status.Active) active++;
        }
        if (active != view_.length) return "member count";
        for (uint256 i; i < view_.length; ++i) {
            Member storage m = r.members[view_[i].id];
            if (m.status != ISequencerLocking.Status.Active) return "a member";
            if (keccak256(m.pubkey) != keccak256(view_[i].pubkey)) return "key";
            if (m.amount != view_[i].amount) return "amount";
            if (m.amount / 1e18 != view_[i].votingPower) return "power";
        }
        if (r.version != locking.setVersion()) return "version";
        if (r.versionWrong) return "a version that is not one step per set change";
        return "";
    }

    /// @dev Starts `r` from the contract's set (what a node reads at its first block).
    function _seed(Replayer storage r, ISequencerLocking locking) internal {
        ISequencerLocking.ActiveSequencer[] memory view_ = locking.activeSequencers();
        for (uint256 i; i < view_.length; ++i) {
            Member storage m = _touch(r, view_[i].id);
            (m.pubkey, m.amount, m.status) =
            (view_[i].pubkey, view_[i].amount, ISequencerLocking.Status.Active);
        }
        r.version = locking.setVersion();
    }
}
