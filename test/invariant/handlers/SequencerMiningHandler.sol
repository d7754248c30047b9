// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerMining} from "../../../contracts/SequencerMining.sol";
import {ISequencerMining} from "../../../contracts/interfaces/ISequencerMining.sol";
import {MockMetis} from "../../utils/MockMetis.sol";
import {ProgramsModel} from "../../utils/ProgramsModel.sol";
import {LockingDouble} from "../../utils/SequencerMiningMocks.sol";
import {Vm} from "../../utils/Vm.sol";

/// @notice Drives the distributor through the locking double with random sequences of locks,
///         top-ups, withdrawals, exits, jails, claims, compounds, fundings, surplus withdrawals,
///         donations, attempts by strangers, later reward programs (random rates, lengths and
///         gaps) and time jumps across the programs, their gaps and past the last end, and keeps
///         ghost variables of what should hold.
contract SequencerMiningHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant YEAR = 365 days;
    uint256 internal constant MAX_LOCK = 100_000e18;
    uint256 internal constant DENOMINATOR = 10_000 * 365 days;

    SequencerMining public immutable mining;
    LockingDouble public immutable locking;
    MockMetis public immutable token;
    address public immutable gov;

    address[] internal owners;
    address[] internal strangers;

    struct Model {
        address owner;
        uint256 earning;
        uint256 lastTime;
        uint256 numerator; // sum of earning * rate * program seconds over the programs, exact
        uint256 checkpoints;
        uint256 paid; // claimed + compounded
    }

    Model[] internal models;
    ProgramsModel.Window[] internal windows; // empty until the first start
    uint256 public programStartTime;

    // ghosts
    uint256 public ghostFunded;
    uint256 public ghostPaid;
    uint256 public ghostSurplusFromFunding;
    uint256 public ghostDonations; // donations still held
    uint256 public ghostStrangerSuccesses; // claims or compounds by a non-owner that went through
    uint256 public ghostCallsAfterEnd;
    uint256 public ghostBlockedExits; // withdrawals, unlocks or jails refused
    bool public ghostFrozen;
    mapping(uint256 id => uint256) public ghostAtEnd; // paid + pending at the end of the program
    uint256 public ghostGrowthOutsidePrograms; // time jumps with no program second that moved a reward
    uint256 public ghostSchedules; // later programs scheduled
    uint256 public ghostScheduleRefusals; // later programs refused for want of budget
    mapping(address => uint256) public ghostReceived; // rewards received, per address

    constructor(SequencerMining mining_, LockingDouble locking_, MockMetis token_, address gov_) {
        mining = mining_;
        locking = locking_;
        token = token_;
        gov = gov_;
        for (uint256 i; i < 4; ++i) {
            owners.push(vm.addr(0xA11CE + i));
            strangers.push(vm.addr(0xBAD + i));
        }
    }

    // ------------------------------------------------------------------ helpers

    function _bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        return lo + x % (hi - lo + 1);
    }

    /// @dev Rate-seconds of every program up to `t` (each program's rate times its seconds
    ///      elapsed at `t`, clipped to its window).
    function rateSeconds(uint256 t) public view returns (uint256) {
        return ProgramsModel.rateSeconds(windows, t);
    }

    /// @dev Rate-seconds of every program, to the end of the last.
    function finalRateSeconds() public view returns (uint256 sum) {
        for (uint256 i; i < windows.length; ++i) {
            sum += windows[i].rate * windows[i].duration;
        }
        // The first program's full year is booked before it starts.
        if (windows.length == 0) sum = 2000 * YEAR;
    }

    function _accrue(Model storage m) internal {
        m.numerator += m.earning * (rateSeconds(block.timestamp) - rateSeconds(m.lastTime));
        m.lastTime = block.timestamp;
    }

    /// @dev A position id from a seed, 0 when there is none yet.
    function _pick(uint256 seed) internal view returns (uint256) {
        return models.length == 0 ? 0 : seed % models.length + 1;
    }

    function _booked(Model storage m, uint256 id) internal {
        m.earning = locking.earningOf(id);
        m.checkpoints += 1;
    }

    function _ended() internal view returns (bool) {
        uint256 end = mining.programEnd();
        return end != 0 && block.timestamp >= end;
    }

    function _afterAction() internal {
        if (_ended()) ++ghostCallsAfterEnd;
    }

    // ------------------------------------------------------------------ views for the invariants

    function positionCount() external view returns (uint256) {
        return models.length;
    }

    function paidOf(uint256 id) external view returns (uint256) {
        return models[id - 1].paid;
    }

    function checkpointsOf(uint256 id) external view returns (uint256) {
        return models[id - 1].checkpoints;
    }

    /// @notice The closed form of position `id`'s whole entitlement up to now, rounded down.
    function exactOf(uint256 id) external view returns (uint256) {
        Model storage m = models[id - 1];
        return
            (m.numerator + m.earning * (rateSeconds(block.timestamp) - rateSeconds(m.lastTime))) / DENOMINATOR;
    }

    function strangerCount() external view returns (uint256) {
        return strangers.length;
    }

    function strangerAt(uint256 i) external view returns (address) {
        return strangers[i];
    }

    // ------------------------------------------------------------------ actions: owners

    function lock(uint256 ownerSeed, uint256 amount) external {
        if (models.length >= 12) return;
        address owner = owners[ownerSeed % owners.length];
        amount = _bound(amount, 1, MAX_LOCK);
        token.mint(owner, amount);
        vm.prank(owner);
        token.approve(address(locking), amount);
        vm.prank(owner);
        try locking.lock(amount) returns (uint256 id) {
            models.push(Model(owner, amount, block.timestamp, 0, 1, 0));
            require(id == models.length, "ids in order");
        } catch {
            // refused by the budget: nothing booked
        }
        _afterAction();
    }

    function topUp(uint256 idSeed, uint256 amount) external {
        uint256 id = _pick(idSeed);
        if (id == 0 || locking.statusOf(id) != LockingDouble.Status.Active) return;
        Model storage m = models[id - 1];
        uint256 principal = locking.principalOf(id);
        if (principal >= MAX_LOCK) return;
        amount = _bound(amount, 1, MAX_LOCK - principal);
        token.mint(m.owner, amount);
        vm.prank(m.owner);
        token.approve(address(locking), amount);
        _accrue(m);
        vm.prank(m.owner);
        try locking.topUp(id, amount) {
            _booked(m, id);
        } catch {}
        _afterAction();
    }

    function withdraw(uint256 idSeed, uint256 amount) external {
        uint256 id = _pick(idSeed);
        if (id == 0) return;
        Model storage m = models[id - 1];
        LockingDouble.Status status = locking.statusOf(id);
        uint256 principal = locking.principalOf(id);
        if (status == LockingDouble.Status.Exited || principal == 0) return;
        amount = _bound(amount, 1, principal);
        _accrue(m);
        vm.prank(m.owner);
        try locking.withdraw(id, amount) {
            if (status == LockingDouble.Status.Active) _booked(m, id);
        } catch {
            ++ghostBlockedExits; // exits (and lower earnings) must never be refused
        }
        _afterAction();
    }

    function unlock(uint256 idSeed) external {
        uint256 id = _pick(idSeed);
        if (id == 0) return;
        Model storage m = models[id - 1];
        LockingDouble.Status status = locking.statusOf(id);
        if (status != LockingDouble.Status.Active && status != LockingDouble.Status.Jailed) return;
        _accrue(m);
        vm.prank(m.owner);
        try locking.unlock(id) {
            if (status == LockingDouble.Status.Active) _booked(m, id);
        } catch {
            ++ghostBlockedExits;
        }
        _afterAction();
    }

    function setRecipient(uint256 idSeed, uint256 recipientSeed) external {
        uint256 id = _pick(idSeed);
        if (id == 0) return;
        Model storage m = models[id - 1];
        address recipient = recipientSeed % 3 == 0 ? address(0) : vm.addr(0xCAFE + recipientSeed % 5);
        vm.prank(m.owner);
        locking.setRewardRecipient(id, recipient);
        _afterAction();
    }

    function claim(uint256 idSeed, uint256 toSeed) external {
        uint256 id = _pick(idSeed);
        if (id == 0) return;
        Model storage m = models[id - 1];
        uint256 pending = mining.pendingReward(id);
        if (pending == 0) return;
        address to = toSeed % 2 == 0 ? address(0) : vm.addr(0xCAFE + toSeed % 5);
        (, address recipient) = locking.rewardAccounts(id);
        address payee = to == address(0) ? recipient : to;
        uint256 before = token.balanceOf(payee);
        vm.prank(m.owner);
        uint256 paid = mining.claim(id, to);
        require(paid == pending, "claim pays what was pending");
        require(token.balanceOf(payee) == before + paid, "payee received");
        m.paid += paid;
        m.checkpoints += 1;
        ghostPaid += paid;
        ghostReceived[payee] += paid;
        _afterAction();
    }

    function compound(uint256 idSeed) external {
        uint256 id = _pick(idSeed);
        if (id == 0 || locking.statusOf(id) != LockingDouble.Status.Active) return;
        Model storage m = models[id - 1];
        uint256 pending = mining.pendingReward(id);
        if (pending == 0 || locking.principalOf(id) + pending > MAX_LOCK) return;
        _accrue(m);
        vm.prank(m.owner);
        try mining.compound(id) returns (uint256 moved) {
            require(moved == pending, "compound moves what was pending");
            m.paid += moved;
            m.checkpoints += 1;
            ghostPaid += moved;
            _booked(m, id);
        } catch {
            // refused by the budget: the reward stays pending
        }
        _afterAction();
    }

    // ------------------------------------------------------------------ actions: strangers

    function strangerClaim(uint256 idSeed, uint256 strangerSeed, bool viaCompound) external {
        uint256 id = _pick(idSeed);
        if (id == 0) return;
        address stranger = strangers[strangerSeed % strangers.length];
        vm.prank(stranger);
        if (viaCompound) {
            try mining.compound(id) {
                ++ghostStrangerSuccesses;
            } catch {}
        } else {
            try mining.claim(id, stranger) {
                ++ghostStrangerSuccesses;
            } catch {}
        }
        _afterAction();
    }

    // ------------------------------------------------------------------ actions: governance

    function jail(uint256 idSeed) external {
        uint256 id = _pick(idSeed);
        if (id == 0 || locking.statusOf(id) != LockingDouble.Status.Active) return;
        Model storage m = models[id - 1];
        _accrue(m);
        try locking.jail(id) {
            _booked(m, id);
        } catch {
            ++ghostBlockedExits;
        }
        _afterAction();
    }

    function unjail(uint256 idSeed) external {
        uint256 id = _pick(idSeed);
        if (id == 0 || locking.statusOf(id) != LockingDouble.Status.Jailed) return;
        Model storage m = models[id - 1];
        _accrue(m);
        try locking.unjail(id) {
            _booked(m, id);
        } catch {}
        _afterAction();
    }

    function startProgram(uint256 delay) external {
        if (programStartTime != 0) return;
        uint256 start = block.timestamp + _bound(delay, 0, 7 days);
        vm.prank(gov);
        // forge-lint: disable-next-line(unsafe-typecast) a near timestamp
        mining.startProgram(uint64(start));
        programStartTime = start;
        windows.push(ProgramsModel.Window(start, YEAR, 2000));
        _afterAction();
    }

    /// @notice Governance schedules another program after the last one: back to back or after a
    ///         gap of up to 60 days, 1 to 5000 bps, 7 to 730 days; unless two already wait. A
    ///         refusal must be for want of budget, and leaves nothing behind.
    function scheduleProgram(uint256 rateSeed, uint256 durationSeed, uint256 gapSeed) external {
        if (windows.length == 0 || windows.length >= 8) return;
        if (ProgramsModel.waiting(windows, block.timestamp) >= 2) return;
        ProgramsModel.Window memory w =
            ProgramsModel.next(windows, block.timestamp, gapSeed, durationSeed, rateSeed);
        uint256 surplusBefore = mining.surplus();
        vm.prank(gov);
        // forge-lint: disable-next-line(unsafe-typecast) a timestamp within years
        try mining.scheduleProgram(w.rate, w.duration, uint64(w.start)) {
            windows.push(w);
            ++ghostSchedules;
        } catch (bytes memory reason) {
            require(
                bytes4(reason) == ISequencerMining.RewardBudgetExceeded.selector, "refused for another reason"
            );
            require(mining.surplus() == surplusBefore, "a refusal changed the surplus");
            ++ghostScheduleRefusals;
        }
        _afterAction();
    }

    function fund(uint256 amount) external {
        amount = _bound(amount, 1, 300_000e18);
        address funder = vm.addr(0xF00D);
        token.mint(funder, amount);
        vm.prank(funder);
        token.approve(address(mining), amount);
        vm.prank(funder);
        mining.fund(amount);
        ghostFunded += amount;
        _afterAction();
    }

    function withdrawSurplus(uint256 amount) external {
        uint256 available = mining.surplus() + ghostDonations;
        if (available == 0) return;
        amount = _bound(amount, 1, available);
        vm.prank(gov);
        mining.withdrawSurplus(gov, amount);
        uint256 fromDonations = amount < ghostDonations ? amount : ghostDonations;
        ghostDonations -= fromDonations;
        ghostSurplusFromFunding += amount - fromDonations;
        _afterAction();
    }

    function donate(uint256 amount) external {
        amount = _bound(amount, 1, 10_000e18);
        token.mint(address(mining), amount);
        ghostDonations += amount;
        _afterAction();
    }

    // ------------------------------------------------------------------ time

    function warp(uint256 dt) external {
        // Time only moves once the program is fixed (locks before it are still exercised).
        if (programStartTime == 0) {
            programStartTime = block.timestamp + dt % 3 days;
            vm.prank(gov);
            // forge-lint: disable-next-line(unsafe-typecast) a near timestamp
            mining.startProgram(uint64(programStartTime));
            windows.push(ProgramsModel.Window(programStartTime, YEAR, 2000));
        }
        uint256 target = block.timestamp + _bound(dt, 0, 90 days);
        // A jump with no program second in it (a gap, before the first start, after the last
        // end) must leave every reward as it was.
        bool idle = rateSeconds(target) == rateSeconds(block.timestamp);
        uint256[] memory before = new uint256[](models.length);
        for (uint256 id = 1; id <= models.length; ++id) {
            before[id - 1] = mining.pendingReward(id);
        }
        uint256 end = mining.programEnd();
        if (!ghostFrozen && end != 0 && target >= end) {
            // Stop exactly at the end and record every position's entitlement there.
            if (block.timestamp < end) vm.warp(end);
            for (uint256 id = 1; id <= models.length; ++id) {
                ghostAtEnd[id] = models[id - 1].paid + mining.pendingReward(id);
            }
            ghostFrozen = true;
        }
        vm.warp(target);
        if (idle) {
            for (uint256 id = 1; id <= models.length; ++id) {
                if (mining.pendingReward(id) != before[id - 1]) ++ghostGrowthOutsidePrograms;
            }
        }
        _afterAction();
    }
}
