// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../../contracts/SequencerLocking.sol";
import {SequencerMining} from "../../../contracts/SequencerMining.sol";
import {ISequencerLocking} from "../../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../../../contracts/interfaces/ISequencerMining.sol";
import {MockMetis} from "../../utils/MockMetis.sol";
import {PossessionProofs} from "../../utils/PossessionProofs.sol";
import {Test} from "../../utils/Test.sol";

/// @notice Drives the REAL SequencerLocking + SequencerMining pair through random sequences of
///         operator actions (lock, top-up, key rotation, recipient, withdrawal requests,
///         withdrawals, claims, compounds), governance and guardian actions (jail, unjail, slash,
///         pause, whitelist, permissionless, funding, surplus withdrawal), attempts by strangers,
///         donations and time jumps across the whole program and past its end. Ghost variables
///         record what must hold.
/// @dev The reward model of each position is built from the LOCKING contract's earning amount
///      (principal while Active, else 0), never from the distributor's own view, so that the
///      closed-form bound checks the distributor against what it was told. A handler call that
///      reverts leaves every ghost untouched.
contract LockingMiningHandler is Test, PossessionProofs {
    uint256 internal constant YEAR = 365 days;
    uint256 internal constant DENOMINATOR = 10_000 * 365 days;

    SequencerLocking public immutable locking;
    SequencerMining public immutable mining;
    MockMetis public immutable token;
    address public immutable gov;
    address public immutable guardian;
    address public immutable funder;

    address[] internal _owners;
    address[] internal _strangers;
    address[] internal _recipients;
    uint256 internal _keyIndex;

    struct Model {
        uint256 earning; // the locking contract's earning amount, as of the last action
        uint256 lastTime;
        uint256 numerator; // sum of earning * APR_BPS * program seconds, exact
        uint256 checkpoints; // earning changes, claims, compounds (2)
        uint256 paid; // claimed + compounded
    }

    mapping(uint256 id => Model) internal _models;

    // ------------------------------------------------------------------ ghosts

    /// @notice Tokens that entered the locking contract through locks and top-ups.
    uint256 public ghostLocked;
    /// @notice Rewards moved into locks by compounding.
    uint256 public ghostCompounded;
    /// @notice Tokens that left the locking contract through withdrawals and slashes.
    uint256 public ghostWithdrawn;
    uint256 public ghostSlashed;
    /// @notice Tokens sent directly (not through an operation) to each contract.
    uint256 public ghostDonatedLocking;
    uint256 public ghostDonatedMining;
    /// @notice The distributor's flows: funded in, rewards paid (claims + compounds), surplus out.
    uint256 public ghostFunded;
    uint256 public ghostPaid;
    uint256 public ghostSurplusOut;
    /// @notice What each reward recipient received (recipients receive nothing else).
    mapping(address => uint256) public ghostReceived;
    /// @notice Calls by non-owners that moved something of a position (must stay 0).
    uint256 public ghostStrangerSuccesses;
    /// @notice Set when a position's pending reward dropped in an action that was not its
    ///         owner's claim or compound (must stay false).
    bool public ghostRewardMovedByOther;
    uint256 public ghostRewardMovedId;
    /// @notice Set when a claim paid other than what was pending, or to another receiver.
    bool public ghostClaimMismatch;
    /// @notice Set when a refused lock (budget) moved a token or left a trace (must stay false).
    bool public ghostBadRefusal;
    uint256 public ghostBudgetRefusals;
    /// @notice After the end: paid + pending of each position when the end was first crossed.
    bool public ghostFrozen;
    uint256 public ghostFrozenCount;
    mapping(uint256 id => uint256) public ghostAtEnd;
    /// @notice Set when an exit rehearsal failed or paid the wrong amount (must stay false).
    bool public ghostExitFailed;
    uint256 public ghostExitChecks;
    /// @notice Set when the principal of a position grew in an action that began while its owner
    ///         could not add to it (the whitelist in force and the owner not whitelisted).
    bool public ghostGrewWithoutAdmission;
    uint256 public ghostGrewId;
    /// @notice Set when a top-up or compound for such an owner was not refused with exactly
    ///         `NotWhitelisted(owner)`, or the refusal moved a token or a reward.
    bool public ghostWrongRefusal;

    mapping(bytes32 action => uint256 count) public calls;

    constructor(
        SequencerLocking locking_,
        SequencerMining mining_,
        MockMetis token_,
        address gov_,
        address guardian_,
        address funder_
    ) {
        locking = locking_;
        mining = mining_;
        token = token_;
        gov = gov_;
        guardian = guardian_;
        funder = funder_;
        for (uint256 i; i < 4; ++i) {
            address owner = makeAddr(string.concat("owner", vm.toString(i)));
            _owners.push(owner);
            vm.prank(owner);
            token.approve(address(locking_), type(uint256).max);
            vm.prank(gov_);
            locking_.setWhitelisted(owner, true);
            _strangers.push(makeAddr(string.concat("stranger", vm.toString(i))));
        }
        for (uint256 i; i < 3; ++i) {
            _recipients.push(makeAddr(string.concat("recipient", vm.toString(i))));
        }
        vm.prank(funder_);
        token.approve(address(mining_), type(uint256).max);
    }

    // ------------------------------------------------------------------ views for the invariants

    function positionCount() external view returns (uint256) {
        return locking.positionCount();
    }

    function strangerCount() external view returns (uint256) {
        return _strangers.length;
    }

    function strangerAt(uint256 i) external view returns (address) {
        return _strangers[i];
    }

    function recipientCount() external view returns (uint256) {
        return _recipients.length;
    }

    function recipientAt(uint256 i) external view returns (address) {
        return _recipients[i];
    }

    function paidOf(uint256 id) external view returns (uint256) {
        return _models[id].paid;
    }

    function checkpointsOf(uint256 id) external view returns (uint256) {
        return _models[id].checkpoints;
    }

    /// @notice The closed form of position `id`'s reward until now, rounded down.
    function exactOf(uint256 id) public view returns (uint256) {
        Model storage m = _models[id];
        uint256 numerator = m.numerator + m.earning * 2000 * (_clip(block.timestamp) - _clip(m.lastTime));
        return numerator / DENOMINATOR;
    }

    // ------------------------------------------------------------------ helpers

    function _clip(uint256 t) internal view returns (uint256) {
        uint256 start = mining.programStart();
        if (start == 0 || t <= start) return 0;
        uint256 s = t - start;
        return s > YEAR ? YEAR : s;
    }

    function _accrue(uint256 id) internal {
        Model storage m = _models[id];
        m.numerator += m.earning * 2000 * (_clip(block.timestamp) - _clip(m.lastTime));
        m.lastTime = block.timestamp;
    }

    /// @dev After an action on `id`: a new earning amount is one more checkpoint.
    function _sync(uint256 id) internal {
        uint256 earning = locking.earningOf(id);
        Model storage m = _models[id];
        if (earning != m.earning) {
            m.earning = earning;
            m.checkpoints += 1;
        }
    }

    function _pickId(uint256 seed) internal view returns (uint256) {
        uint256 count = locking.positionCount();
        if (count == 0) return 0;
        return bound(seed, 1, count);
    }

    function _status(uint256 id) internal view returns (ISequencerLocking.Status) {
        return locking.getPosition(id).status;
    }

    function _pendingAll() internal view returns (uint256[] memory pending) {
        uint256 count = locking.positionCount();
        pending = new uint256[](count + 1);
        for (uint256 id = 1; id <= count; ++id) {
            pending[id] = mining.pendingReward(id);
        }
    }

    /// @dev Flags any position (other than `except`) whose pending reward dropped.
    function _checkNoneTaken(uint256[] memory before, uint256 except) internal {
        for (uint256 id = 1; id < before.length; ++id) {
            if (id != except && mining.pendingReward(id) < before[id]) {
                ghostRewardMovedByOther = true;
                ghostRewardMovedId = id;
            }
        }
    }

    /// @dev Whether `owner` may add to its positions now (the whitelist rule).
    function _admitted(address owner) internal view returns (bool) {
        return locking.permissionless() || locking.whitelisted(owner);
    }

    /// @dev The principal of every position, and whether its owner may add to it now.
    function _principalsAll() internal view returns (uint256[] memory amounts, bool[] memory admitted) {
        uint256 count = locking.positionCount();
        amounts = new uint256[](count + 1);
        admitted = new bool[](count + 1);
        for (uint256 id = 1; id <= count; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            amounts[id] = p.amount;
            admitted[id] = _admitted(p.owner);
        }
    }

    /// @dev Flags any position whose principal grew although its owner was not admitted.
    function _checkNoGrowthWithoutAdmission(uint256[] memory amounts, bool[] memory admitted) internal {
        for (uint256 id = 1; id < amounts.length; ++id) {
            if (!admitted[id] && locking.getPosition(id).amount > amounts[id]) {
                ghostGrewWithoutAdmission = true;
                ghostGrewId = id;
            }
        }
    }

    /// @dev Runs an action and checks that it took no one's reward (`except`: the owner's own
    ///      claim or compound of that id) and grew no principal of an owner not admitted when
    ///      it began (no action both admits and tops up).
    modifier watched(uint256 except) {
        uint256[] memory before = _pendingAll();
        (uint256[] memory amounts, bool[] memory admitted) = _principalsAll();
        _;
        _checkNoneTaken(before, except);
        _checkNoGrowthWithoutAdmission(amounts, admitted);
    }

    /// @dev `owner` calls `target` with `data`, expecting exactly `NotWhitelisted(owner)` and no
    ///      token or reward moved.
    function _expectNotWhitelisted(uint256 id, address owner, address target, bytes memory data) internal {
        uint256 lockingBefore = token.balanceOf(address(locking));
        uint256 miningBefore = token.balanceOf(address(mining));
        uint256 pendingBefore = mining.pendingReward(id);
        vm.prank(owner);
        (bool ok, bytes memory reason) = target.call(data);
        if (
            ok
                || keccak256(reason)
                    != keccak256(abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, owner))
                || token.balanceOf(address(locking)) != lockingBefore
                || token.balanceOf(address(mining)) != miningBefore
                || mining.pendingReward(id) != pendingBefore
        ) ghostWrongRefusal = true;
    }

    function _warpTo(uint256 t) internal {
        vm.warp(t);
        uint256 end = mining.programEnd();
        if (!ghostFrozen && end != 0 && t >= end) {
            ghostFrozen = true;
            uint256 count = locking.positionCount();
            ghostFrozenCount = count;
            for (uint256 id = 1; id <= count; ++id) {
                ghostAtEnd[id] = _models[id].paid + mining.pendingReward(id);
            }
        }
    }

    // ------------------------------------------------------------------ operator actions

    function lock(uint256 ownerSeed, uint256 amountSeed) external watched(0) {
        address owner = _owners[ownerSeed % _owners.length];
        uint256 amount = bound(amountSeed, locking.minLock(), locking.maxLock());
        uint256 pk = nodeKey(2_000_000 + _keyIndex++);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, owner);
        token.mint(owner, amount);

        uint256 ownerBefore = token.balanceOf(owner);
        uint256 lockingBefore = token.balanceOf(address(locking));
        uint256 miningBefore = token.balanceOf(address(mining));
        uint256 countBefore = locking.positionCount();
        uint256 nonceBefore = locking.nonces(owner);
        uint256 liabilityBefore = mining.liability();
        vm.prank(owner);
        try locking.lock(pubkey, proof, amount) returns (uint256 id) {
            ghostLocked += amount;
            _models[id] =
                Model({earning: amount, lastTime: block.timestamp, numerator: 0, checkpoints: 1, paid: 0});
            calls["lock"]++;
        } catch (bytes memory reason) {
            // Paused or a full set may refuse too; check the budget refusal leaves no trace.
            // forge-lint: disable-next-line(unsafe-typecast) the first 4 bytes: the selector
            if (bytes4(reason) != ISequencerMining.RewardBudgetExceeded.selector) return;
            ghostBudgetRefusals++;
            if (
                token.balanceOf(owner) != ownerBefore || token.balanceOf(address(locking)) != lockingBefore
                    || token.balanceOf(address(mining)) != miningBefore
                    || locking.positionCount() != countBefore || locking.nonces(owner) != nonceBefore
                    || locking.signerToId(vm.addr(pk)) != 0 || mining.liability() != liabilityBefore
            ) ghostBadRefusal = true;
        }
    }

    function increaseLock(uint256 idSeed, uint256 amountSeed) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        uint256 maxLock = locking.maxLock();
        if (p.amount >= maxLock || p.status == ISequencerLocking.Status.Unlocking) return;
        if (p.status == ISequencerLocking.Status.Exited || locking.paused()) return;
        uint256 amount = bound(amountSeed, 1, maxLock - p.amount);
        token.mint(p.owner, amount);
        if (!_admitted(p.owner)) {
            _expectNotWhitelisted(
                id, p.owner, address(locking), abi.encodeCall(locking.increaseLock, (id, amount))
            );
            calls["increaseLockRefused"]++;
            return;
        }
        _accrue(id);
        vm.prank(p.owner);
        locking.increaseLock(id, amount);
        ghostLocked += amount;
        _sync(id);
        calls["increaseLock"]++;
    }

    function updateSigner(uint256 idSeed) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Status status = _status(id);
        if (status != ISequencerLocking.Status.Active && status != ISequencerLocking.Status.Jailed) return;
        address owner = locking.ownerOf(id);
        uint256 pk = nodeKey(2_000_000 + _keyIndex++);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, owner);
        uint256 pendingBefore = mining.pendingReward(id);
        vm.prank(owner);
        locking.updateSigner(id, pubkey, proof);
        if (mining.pendingReward(id) != pendingBefore) {
            ghostRewardMovedByOther = true;
            ghostRewardMovedId = id;
        }
        calls["updateSigner"]++;
    }

    function setRewardRecipient(uint256 idSeed, uint256 recipientSeed) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        uint256 pick = recipientSeed % (_recipients.length + 1);
        address recipient = pick == _recipients.length ? address(0) : _recipients[pick];
        vm.prank(locking.ownerOf(id));
        locking.setRewardRecipient(id, recipient);
        calls["setRewardRecipient"]++;
    }

    function requestWithdrawal(uint256 idSeed, uint256 amountSeed, bool full) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.status != ISequencerLocking.Status.Active && p.status != ISequencerLocking.Status.Jailed) {
            return;
        }
        if (p.pendingWithdrawal != 0) return;
        uint256 amount = p.amount;
        if (!full) {
            uint256 minLock = locking.minLock();
            if (p.amount <= minLock) return;
            amount = bound(amountSeed, 1, p.amount - minLock);
        }
        _accrue(id);
        vm.prank(p.owner);
        locking.requestWithdrawal(id, amount);
        _sync(id);
        if (full) calls["requestFull"]++;
        else calls["requestPartial"]++;
    }

    function withdraw(uint256 idSeed) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.pendingWithdrawal == 0) return;
        if (block.timestamp < p.withdrawableAt) _warpTo(p.withdrawableAt);
        vm.prank(p.owner);
        uint256 paid = locking.withdraw(id);
        ghostWithdrawn += paid;
        calls["withdraw"]++;
    }

    function claim(uint256 idSeed, uint256 toSeed) external watched(_pickId(idSeed)) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        (address owner, address recipient) = locking.rewardAccounts(id);
        // to: the default (recipient or owner), or an explicit recipient address.
        address to = toSeed % 2 == 0 ? address(0) : _recipients[toSeed % _recipients.length];
        address receiver = to == address(0) ? recipient : to;
        uint256 pending = mining.pendingReward(id);
        if (pending == 0) return;
        uint256 before = token.balanceOf(receiver);
        _accrue(id);
        vm.prank(owner);
        uint256 paid = mining.claim(id, to);
        if (paid != pending || token.balanceOf(receiver) != before + paid) ghostClaimMismatch = true;
        _models[id].paid += paid;
        _models[id].checkpoints += 1;
        ghostPaid += paid;
        if (receiver != owner) ghostReceived[receiver] += paid;
        calls["claim"]++;
    }

    function compound(uint256 idSeed) external watched(_pickId(idSeed)) {
        uint256 id = _pickId(idSeed);
        if (id == 0 || locking.paused()) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.status != ISequencerLocking.Status.Active) return;
        uint256 pending = mining.pendingReward(id);
        if (pending == 0 || p.amount + pending > locking.maxLock()) return;
        address owner = p.owner;
        if (!_admitted(owner)) {
            // Refused by the locking contract; the reward stays claimable (`claim`, `checkExit`).
            _expectNotWhitelisted(id, owner, address(mining), abi.encodeCall(mining.compound, (id)));
            calls["compoundRefused"]++;
            return;
        }
        _accrue(id);
        vm.prank(owner);
        uint256 moved = mining.compound(id);
        _models[id].paid += moved;
        _models[id].checkpoints += 1; // the payout; `_sync` counts the hook
        ghostPaid += moved;
        ghostCompounded += moved;
        _sync(id);
        calls["compound"]++;
    }

    // ------------------------------------------------------------------ strangers

    /// @notice A non-owner (a stranger, the reward recipient, the guardian or governance) tries
    ///         to claim, compound, redirect, unlock or withdraw a position: all must revert.
    function strangerActs(uint256 idSeed, uint256 whoSeed, uint256 action) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        uint256 pick = whoSeed % (_strangers.length + 3);
        address who = pick < _strangers.length
            ? _strangers[pick]
            : pick == _strangers.length ? gov : pick == _strangers.length + 1 ? guardian : _recipients[0];
        if (who == locking.ownerOf(id)) return;
        action = action % 5;
        vm.prank(who);
        bool ok;
        if (action == 0) {
            try mining.claim(id, who) {
                ok = true;
            } catch {}
        } else if (action == 1) {
            try mining.compound(id) {
                ok = true;
            } catch {}
        } else if (action == 2) {
            try locking.setRewardRecipient(id, who) {
                ok = true;
            } catch {}
        } else if (action == 3) {
            try locking.requestWithdrawal(id, 1) {
                ok = true;
            } catch {}
        } else {
            try locking.withdraw(id) {
                ok = true;
            } catch {}
        }
        if (ok) ghostStrangerSuccesses++;
        calls["strangerActs"]++;
    }

    // ------------------------------------------------------------------ governance and guardian

    function jail(uint256 idSeed) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0 || _status(id) != ISequencerLocking.Status.Active) return;
        _accrue(id);
        vm.prank(guardian);
        locking.jail(id);
        _sync(id);
        calls["jail"]++;
    }

    function unjail(uint256 idSeed) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0 || _status(id) != ISequencerLocking.Status.Jailed) return;
        _accrue(id);
        vm.prank(gov);
        locking.unjail(id);
        _sync(id);
        calls["unjail"]++;
    }

    function slash(uint256 idSeed, uint256 amountSeed) external watched(0) {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        uint256 cap = (p.amount + p.pendingWithdrawal) * 1000 / 10_000;
        if (cap == 0) return;
        uint256 amount = bound(amountSeed, 1, cap);
        _accrue(id);
        vm.prank(gov);
        locking.slash(id, amount, "invariant");
        ghostSlashed += amount;
        _sync(id);
        calls["slash"]++;
    }

    function setPaused(bool paused) external watched(0) {
        if (paused == locking.paused()) return;
        vm.prank(paused ? guardian : gov);
        if (paused) locking.pause();
        else locking.unpause();
        calls["setPaused"]++;
    }

    function setWhitelisted(uint256 ownerSeed, bool allowed) external watched(0) {
        vm.prank(gov);
        locking.setWhitelisted(_owners[ownerSeed % _owners.length], allowed);
        calls["setWhitelisted"]++;
    }

    function setPermissionless(bool enabled) external watched(0) {
        vm.prank(gov);
        locking.setPermissionless(enabled);
        calls["setPermissionless"]++;
    }

    function fund(uint256 amountSeed) external watched(0) {
        uint256 amount = bound(amountSeed, 1, 50_000e18);
        token.mint(funder, amount);
        vm.prank(funder);
        mining.fund(amount);
        ghostFunded += amount;
        calls["fund"]++;
    }

    function withdrawSurplus(uint256 amountSeed) external watched(0) {
        uint256 funded = mining.surplus();
        if (funded == 0) return;
        uint256 amount = bound(amountSeed, 1, funded);
        vm.prank(gov);
        mining.withdrawSurplus(gov, amount + ghostDonatedMining); // donations go first
        ghostSurplusOut += amount;
        ghostDonatedMining = 0;
        calls["withdrawSurplus"]++;
    }

    function donate(bool toMining, uint256 amountSeed) external watched(0) {
        uint256 amount = bound(amountSeed, 1, 1000e18);
        address to = toMining ? address(mining) : address(locking);
        token.mint(to, amount);
        if (toMining) ghostDonatedMining += amount;
        else ghostDonatedLocking += amount;
        calls["donate"]++;
    }

    // ------------------------------------------------------------------ time

    function warp(uint256 secondsSeed) external watched(0) {
        _warpTo(block.timestamp + bound(secondsSeed, 1, 90 days));
        calls["warp"]++;
    }

    // ------------------------------------------------------------------ exit rehearsal

    /// @notice The owner of a position exits completely (request, wait, withdraw) and claims,
    ///         whatever governance did short of a slash (pause, de-whitelisting, jail, an empty
    ///         budget); then everything is rolled back.
    function checkExit(uint256 idSeed) external {
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.status == ISequencerLocking.Status.Exited) return;
        uint256 principal = p.amount + p.pendingWithdrawal;
        uint256 rewardNow = mining.pendingReward(id);
        uint256 before = token.balanceOf(p.owner);
        uint256 snapshot = vm.snapshotState();
        (bool ok, uint256 claimed) = _rehearseExit(id, p);
        uint256 received = token.balanceOf(p.owner) - before;
        vm.revertToState(snapshot);
        if (!ok || claimed < rewardNow || received != principal + claimed) ghostExitFailed = true;
        else ghostExitChecks++;
    }

    /// @dev Exits `id` as its owner and claims to the owner; `ok` false if anything reverted.
    function _rehearseExit(uint256 id, ISequencerLocking.Position memory p)
        internal
        returns (bool ok, uint256 claimed)
    {
        uint256 t = block.timestamp;
        if (p.pendingWithdrawal != 0) {
            if (t < p.withdrawableAt) t = p.withdrawableAt;
            vm.warp(t);
            vm.prank(p.owner);
            try locking.withdraw(id) {}
            catch {
                return (false, 0);
            }
        }
        if (p.amount != 0) {
            vm.prank(p.owner);
            try locking.requestWithdrawal(id, p.amount) {}
            catch {
                return (false, 0);
            }
            vm.warp(t + locking.unlockDelay());
            vm.prank(p.owner);
            try locking.withdraw(id) {}
            catch {
                return (false, 0);
            }
        }
        if (mining.pendingReward(id) != 0) {
            vm.prank(p.owner);
            try mining.claim(id, p.owner) returns (uint256 paid) {
                claimed = paid;
            } catch {
                return (false, 0);
            }
        }
        ok = true;
    }
}
