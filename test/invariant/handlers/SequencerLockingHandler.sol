// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../../contracts/interfaces/ISequencerLocking.sol";
import {MockMetis} from "../../utils/MockMetis.sol";
import {PossessionProofs} from "../../utils/PossessionProofs.sol";
import {RecordingHook} from "../../utils/SequencerLockingMocks.sol";
import {SetReplayer} from "../../utils/SetReplayer.sol";
import {Test} from "../../utils/Test.sol";
import {Vm} from "../../utils/Vm.sol";

/// @notice Drives SequencerLocking through random sequences of operator, distributor and
///         governance actions, plus direct token donations and time jumps, and keeps ghost
///         variables of what must be true.
/// @dev Inputs are bounded so that most calls are valid; a call that reverts leaves the ghosts
///      untouched (the whole handler call reverts), so ghosts only follow successful actions.
contract SequencerLockingHandler is Test, PossessionProofs, SetReplayer {
    SequencerLocking public immutable locking;
    MockMetis public immutable token;
    RecordingHook public immutable hook;
    address public immutable gov;
    address public immutable guardian;

    address[] internal _actors;
    uint256 internal _keyIndex;

    // ------------------------------------------------------------------ ghosts

    /// @notice Tokens that entered through locks, top-ups and compounds.
    uint256 public ghostIn;
    /// @notice Tokens that left through withdrawals and slashes.
    uint256 public ghostOut;
    /// @notice Tokens sent to the contract directly (not through an operation).
    uint256 public ghostDonated;
    /// @notice Every signer ever accepted, and the id it was accepted for.
    address[] public ghostSigners;
    mapping(address signer => uint256 id) public ghostSignerId;
    /// @notice Set when the contract accepted a signer twice (must stay false).
    bool public ghostSignerReused;
    /// @notice Set when an exit rehearsal failed or paid the wrong amount (must stay false).
    bool public ghostExitFailed;
    uint256 public ghostExitFailedId;
    /// @notice How many exit rehearsals succeeded (shows the check ran).
    uint256 public ghostExitChecks;
    /// @notice Set when the principal of a position grew in an action that began while its owner
    ///         could not add to it (the whitelist in force and the owner not whitelisted).
    bool public ghostGrewWithoutAdmission;
    /// @dev Set when a call changed the consensus set (ids, keys, powers) without incrementing
    ///      `setVersion` by exactly one, or incremented it without changing the set.
    bool public ghostVersionWrong;
    uint256 public versionChanges;
    /// @dev The set rebuilt from the events of every call, as a node following the logs would.
    Replayer internal _replayed;
    /// @dev The first difference between the replayed set and the contract's ("": none yet).
    string public ghostReplayDifference;
    uint256 public ghostGrewId;
    /// @notice Set when a top-up or compound for such an owner was not refused with exactly
    ///         `NotWhitelisted(owner)` (it went through, or failed for another reason).
    bool public ghostWrongRefusal;
    /// @notice Node key of each signer, so that the handler can try to reuse it.
    mapping(address signer => uint256 privateKey) internal _keyOf;
    /// @notice When each signer was rotated out, as the handler saw it (0: still current).
    mapping(address signer => uint256 time) public ghostRetiredAt;
    /// @notice What the slasher received from its slashes.
    uint256 public ghostSlasherReceived;
    /// @notice The slasher (issue 20): slashes within the cap, receiving them, and jails.
    address public immutable slasher = makeAddr("slasher");

    mapping(bytes32 action => uint256 count) public calls;

    constructor(
        SequencerLocking locking_,
        MockMetis token_,
        RecordingHook hook_,
        address gov_,
        address guardian_
    ) {
        locking = locking_;
        token = token_;
        hook = hook_;
        gov = gov_;
        guardian = guardian_;
        vm.prank(gov_);
        locking_.setSlasher(slasher);
        for (uint256 i; i < 4; ++i) {
            address actor = makeAddr(string.concat("operator", vm.toString(i)));
            _actors.push(actor);
            vm.prank(actor);
            token.approve(address(locking_), type(uint256).max);
            // Three of four start whitelisted.
            if (i < 3) {
                vm.prank(gov_);
                locking_.setWhitelisted(actor, true);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function ghostSignerCount() external view returns (uint256) {
        return ghostSigners.length;
    }

    /// @dev An existing id from a seed, or 0 when none exists.
    function _pickId(uint256 seed) internal view returns (uint256) {
        uint256 count = locking.positionCount();
        if (count == 0) return 0;
        return bound(seed, 1, count);
    }

    /// @dev Whether `owner` may add to its positions now (the whitelist rule).
    function _admitted(address owner) internal view returns (bool) {
        return locking.permissionless() || locking.whitelisted(owner);
    }

    /// @dev Runs an action and flags any position whose principal grew although its owner was
    ///      not admitted when the action began (no action both admits and tops up).
    modifier watched() {
        uint256 count = locking.positionCount();
        uint256[] memory amounts = new uint256[](count + 1);
        bool[] memory admitted = new bool[](count + 1);
        for (uint256 id = 1; id <= count; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            amounts[id] = p.amount;
            admitted[id] = _admitted(p.owner);
        }
        bytes32 setBefore = consensusSet();
        uint256 versionBefore = locking.setVersion();
        vm.recordLogs();
        _;
        _applyAll(_replayed, vm.getRecordedLogs(), address(locking));
        if (bytes(ghostReplayDifference).length == 0) {
            ghostReplayDifference = _difference(_replayed, locking);
        }
        bool changed = consensusSet() != setBefore;
        if (locking.setVersion() != (changed ? versionBefore + 1 : versionBefore)) ghostVersionWrong = true;
        if (changed) versionChanges++;
        for (uint256 id = 1; id <= count; ++id) {
            if (!admitted[id] && locking.getPosition(id).amount > amounts[id]) {
                ghostGrewWithoutAdmission = true;
                ghostGrewId = id;
            }
        }
    }

    /// @dev The consensus set as CometBFT sees it: ids, keys and voting powers of the members.
    function consensusSet() public view returns (bytes32) {
        ISequencerLocking.ActiveSequencer[] memory set = locking.activeSequencers();
        bytes memory packed;
        for (uint256 i; i < set.length; ++i) {
            packed = bytes.concat(packed, abi.encode(set[i].id, keccak256(set[i].pubkey), set[i].votingPower));
        }
        return keccak256(packed);
    }

    /// @dev Calls `target` with `data` as `caller`, expecting exactly `NotWhitelisted(owner)`.
    function _expectNotWhitelisted(address caller, address target, bytes memory data, address owner)
        internal
    {
        vm.prank(caller);
        (bool ok, bytes memory reason) = target.call(data);
        if (
            ok
                || keccak256(reason)
                    != keccak256(abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, owner))
        ) {
            ghostWrongRefusal = true;
        }
    }

    function _recordSigner(address signer, uint256 id, uint256 pk) internal {
        if (ghostSignerId[signer] != 0) ghostSignerReused = true;
        ghostSignerId[signer] = id;
        ghostSigners.push(signer);
        _keyOf[signer] = pk;
    }

    // ------------------------------------------------------------------ operator actions

    function lock(uint256 actorSeed, uint256 amountSeed) external watched {
        address actor = _actors[actorSeed % _actors.length];
        uint256 amount = bound(amountSeed, locking.minLock(), locking.maxLock());
        uint256 pk = nodeKey(1_000_000 + _keyIndex++);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, actor);
        token.mint(actor, amount);
        vm.prank(actor);
        uint256 id = locking.lock(pubkey, proof, amount);
        ghostIn += amount;
        _recordSigner(vm.addr(pk), id, pk);
        calls["lock"]++;
    }

    /// @dev Tries to lock with a key that was already used (valid proof): must be refused.
    function lockReusedKey(uint256 signerSeed, uint256 actorSeed) external watched {
        if (ghostSigners.length == 0) return;
        address signer = ghostSigners[bound(signerSeed, 0, ghostSigners.length - 1)];
        uint256 pk = _keyOf[signer];
        address actor = _actors[actorSeed % _actors.length];
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, actor);
        uint256 amount = locking.minLock();
        token.mint(actor, amount);
        vm.prank(actor);
        try locking.lock(pubkey, proof, amount) {
            ghostSignerReused = true;
        } catch {}
        calls["lockReusedKey"]++;
    }

    /// @dev An owner who may not add (whitelist rule) must be refused with `NotWhitelisted`
    ///      whenever nothing else refuses first (pause, a status that cannot top up).
    function increaseLock(uint256 idSeed, uint256 amountSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        uint256 room = locking.maxLock() > p.amount ? locking.maxLock() - p.amount : 0;
        if (room == 0) return;
        uint256 amount = bound(amountSeed, 1, room);
        token.mint(p.owner, amount);
        bool live = p.status == ISequencerLocking.Status.Active || p.status == ISequencerLocking.Status.Jailed;
        if (live && !locking.paused() && !_admitted(p.owner)) {
            _expectNotWhitelisted(
                p.owner, address(locking), abi.encodeCall(locking.increaseLock, (id, amount)), p.owner
            );
            calls["increaseLockRefused"]++;
            return;
        }
        vm.prank(p.owner);
        locking.increaseLock(id, amount);
        ghostIn += amount;
        calls["increaseLock"]++;
    }

    function updateSigner(uint256 idSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        address owner = locking.ownerOf(id);
        address oldSigner = locking.getPosition(id).signer;
        uint256 pk = nodeKey(1_000_000 + _keyIndex++);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, owner);
        vm.prank(owner);
        locking.updateSigner(id, pubkey, proof);
        ghostRetiredAt[oldSigner] = block.timestamp;
        _recordSigner(vm.addr(pk), id, pk);
        calls["updateSigner"]++;
    }

    function setRewardRecipient(uint256 idSeed, address recipient) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        vm.prank(locking.ownerOf(id));
        locking.setRewardRecipient(id, recipient);
        calls["setRewardRecipient"]++;
    }

    function requestWithdrawal(uint256 idSeed, uint256 amountSeed, bool full) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.amount == 0) return;
        uint256 amount;
        if (full || p.amount <= locking.minLock()) {
            amount = p.amount;
        } else {
            amount = bound(amountSeed, 1, p.amount - locking.minLock());
        }
        vm.prank(p.owner);
        locking.requestWithdrawal(id, amount);
        if (full) calls["requestFull"]++;
        else calls["requestPartial"]++;
    }

    function withdraw(uint256 idSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.pendingWithdrawal == 0) return;
        if (block.timestamp < p.withdrawableAt) vm.warp(p.withdrawableAt);
        vm.prank(p.owner);
        uint256 paid = locking.withdraw(id);
        ghostOut += paid;
        calls["withdraw"]++;
    }

    // ------------------------------------------------------------------ distributor

    /// @dev As for `increaseLock`: refused with `NotWhitelisted(owner)` when only the whitelist
    ///      rule stands in the way (the distributor calls, the owner is named).
    function compound(uint256 idSeed, uint256 amountSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        uint256 room = locking.maxLock() > p.amount ? locking.maxLock() - p.amount : 0;
        if (room == 0) return;
        uint256 amount = bound(amountSeed, 1, room < 5000e18 ? room : 5000e18);
        token.mint(address(hook), amount);
        if (p.status == ISequencerLocking.Status.Active && !locking.paused() && !_admitted(p.owner)) {
            _expectNotWhitelisted(
                address(this), address(hook), abi.encodeCall(hook.compound, (id, amount)), p.owner
            );
            calls["compoundRefused"]++;
            return;
        }
        hook.compound(id, amount);
        ghostIn += amount;
        calls["compound"]++;
    }

    // ------------------------------------------------------------------ governance

    function jail(uint256 idSeed, bool byGuardian) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        vm.prank(byGuardian ? guardian : gov);
        locking.jail(id);
        calls["jail"]++;
    }

    function unjail(uint256 idSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        vm.prank(gov);
        locking.unjail(id);
        calls["unjail"]++;
    }

    function slash(uint256 idSeed, uint256 amountSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        uint256 cap = (p.amount + p.pendingWithdrawal) * 1000 / 10_000;
        if (cap == 0) return;
        uint256 amount = bound(amountSeed, 1, cap);
        vm.prank(gov);
        locking.slash(id, amount, "fuzz");
        ghostOut += amount;
        calls["slash"]++;
    }

    /// @dev The slasher slashes within the cap (what it slashes comes to it). (The equivocation
    ///      slasher then jails in the same transaction; here that is `jailBySlasher`, one set
    ///      change per action, as the version check of `watched` counts them.)
    function slashBySlasher(uint256 idSeed, uint256 amountSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        uint256 cap = (p.amount + p.pendingWithdrawal) * 1000 / 10_000;
        if (cap == 0) return;
        uint256 amount = bound(amountSeed, 1, cap);
        uint256 before = token.balanceOf(slasher);
        vm.prank(slasher);
        locking.slash(id, amount, "equivocation");
        ghostSlasherReceived += token.balanceOf(slasher) - before;
        ghostOut += amount;
        calls["slashBySlasher"]++;
    }

    function jailBySlasher(uint256 idSeed) external watched {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        vm.prank(slasher);
        locking.jail(id);
        calls["jailBySlasher"]++;
    }

    function setWhitelisted(uint256 actorSeed, bool allowed) external watched {
        vm.prank(gov);
        locking.setWhitelisted(_actors[actorSeed % _actors.length], allowed);
        calls["setWhitelisted"]++;
    }

    function setPermissionless(bool enabled) external watched {
        vm.prank(gov);
        locking.setPermissionless(enabled);
        calls["setPermissionless"]++;
    }

    function setPaused(bool paused, bool byGuardian) external watched {
        if (paused == locking.paused()) return;
        if (paused) {
            vm.prank(byGuardian ? guardian : gov);
            locking.pause();
        } else {
            vm.prank(gov);
            locking.unpause();
        }
        calls["setPaused"]++;
    }

    /// @dev Limits are changed only in ways that keep every active amount inside them: the
    ///      contract grandfathers existing positions (tested in the unit tests), and the
    ///      invariant checks the strict form.
    function setLockLimits(uint256 minSeed, uint256 maxSeed) external watched {
        uint256 lowest = type(uint256).max;
        uint256 highest;
        uint256 count = locking.positionCount();
        for (uint256 id = 1; id <= count; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            if (p.status != ISequencerLocking.Status.Active) continue;
            if (p.amount < lowest) lowest = p.amount;
            if (p.amount > highest) highest = p.amount;
        }
        uint256 newMin = bound(minSeed, 1000e18, lowest < 40_000e18 ? lowest : 40_000e18);
        uint256 floor = highest > newMin ? highest : newMin;
        uint256 newMax = bound(maxSeed, floor, floor > 150_000e18 ? floor : 150_000e18);
        // The maximum is a whole number of tokens: rounded up, it still covers every member.
        newMax = (newMax + 1e18 - 1) / 1e18 * 1e18;
        vm.prank(gov);
        locking.setLockLimits(newMin, newMax);
        calls["setLockLimits"]++;
    }

    function setMaxSequencers(uint256 seed) external watched {
        uint256 active = locking.activeCount();
        vm.prank(gov);
        locking.setMaxSequencers(bound(seed, active == 0 ? 1 : active, 25));
        calls["setMaxSequencers"]++;
    }

    function setUnlockDelay(uint256 seed) external watched {
        vm.prank(gov);
        locking.setUnlockDelay(bound(seed, 1 days, 90 days));
        calls["setUnlockDelay"]++;
    }

    // ------------------------------------------------------------------ outside world

    function donate(uint256 amountSeed) external watched {
        uint256 amount = bound(amountSeed, 1, 10_000e18);
        token.mint(address(locking), amount);
        ghostDonated += amount;
        calls["donate"]++;
    }

    function warp(uint256 seconds_) external watched {
        vm.warp(block.timestamp + bound(seconds_, 1, 30 days));
        calls["warp"]++;
    }

    // ------------------------------------------------------------------ exit rehearsal

    /// @dev For a live position: in a snapshot, withdraw what is pending, then request the whole
    ///      principal, wait the delay and withdraw; the owner must receive principal + pending
    ///      whatever governance did before (pause, de-whitelisting, jail). Then revert the snapshot.
    function checkExit(uint256 idSeed) external {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.status == ISequencerLocking.Status.Exited) return;
        uint256 expected = p.amount + p.pendingWithdrawal;
        uint256 now_ = block.timestamp;
        uint256 snapshot = vm.snapshotState();

        uint256 before = token.balanceOf(p.owner);
        bool ok = true;
        if (p.pendingWithdrawal != 0) {
            if (block.timestamp < p.withdrawableAt) vm.warp(p.withdrawableAt);
            vm.prank(p.owner);
            try locking.withdraw(id) {}
            catch {
                ok = false;
            }
        }
        if (ok && p.amount != 0) {
            vm.prank(p.owner);
            try locking.requestWithdrawal(id, p.amount) {}
            catch {
                ok = false;
            }
            vm.warp(block.timestamp + locking.unlockDelay());
            vm.prank(p.owner);
            try locking.withdraw(id) {}
            catch {
                ok = false;
            }
        }
        bool exited = locking.getPosition(id).status == ISequencerLocking.Status.Exited;
        uint256 received = token.balanceOf(p.owner) - before;

        vm.revertToState(snapshot);
        vm.warp(now_);
        if (!ok || received != expected || !exited) {
            ghostExitFailed = true;
            ghostExitFailedId = id;
        } else {
            ghostExitChecks++;
        }
    }
}
