// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEarningHook} from "./interfaces/IEarningHook.sol";
import {ILockingForDistributor} from "./interfaces/ILockingView.sol";
import {ISequencerMining} from "./interfaces/ISequencerMining.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title SequencerMining
/// @notice Pays every sequencer position its program's rate (simple, per second) on its earning
///         amount, through reward programs scheduled by governance: the first at 20% for 365
///         days, then any number more, back to back or after gaps, with no position ever having
///         to exit or re-lock. It never promises a reward it has not been funded for.
/// @dev The reward index `R(t)` counts rate-seconds (bps x seconds, an exact integer):
///      `R(t) = rStart(p) + rateBps(p) * (min(t, end(p)) - start(p))` for the program `p` in
///      force or last ended at `t` (`rStart(p)`, stored, is `R` at the end of the program
///      before). A position is owed `earning * (R(now) - R(checkpoint)) / K` with
///      `K = 10_000 * 365 days`, rounded down: the closed form `amount * rate * seconds /
///      365 days` of each program in turn, summed before rounding.
///
///      How solvency holds by construction. Let `B` be the funded balance (funded minus paid)
///      and `L = B - S` the liability, where `S` (the surplus) is what is stored. `R(end)` is
///      the index at the end of the last scheduled program. The exact (real-valued)
///      entitlement of a position is `sum over its earning changes of delta * (R(end) -
///      R(t_change)) / K` minus what it was paid, plus, for each program scheduled after a
///      change, `earning * rate * duration / K`. So:
///      - an earning increase takes `delta * (R(end) - R(now)) / K` rounded UP out of `S`, and
///        is refused when `S` is too small; a decrease gives it back rounded DOWN;
///      - scheduling a program takes `totalEarning * rate * duration / K` rounded UP out of
///        `S`, or is refused;
///      - a claim or compound takes exactly what it pays out of `B` (so out of `L`; `S` stays);
///      - time changes nothing (`R` is a pure function of time, already counted), and neither
///        does fixing the first start (its full year was counted from deployment).
///      Hence `L >= sum of exact entitlements >= sum of pendingReward`, and
///      `L <= B <= token.balanceOf(this)` always, `S` being unsigned.
///
///      Cost. Nothing depends on a global checkpoint or on the number of programs: the
///      program in force is found from the last scheduled one, walking back over the ones that
///      have not started yet (at most `MAX_QUEUED_PROGRAMS`). Every operation touches the
///      globals, the last program's slot (which also holds the funded balance) and the
///      position: three slots, whatever the number of positions and of past programs.
///
///      Events. The earning of a position is the locking contract's business (its principal
///      while Active, else 0) and its events announce every change with the resulting amount;
///      this contract emits no event of its own for it (it cost 1.7k gas on every lock, top-up,
///      exit, jail and compound). Programs, funding, claims, compounds and surplus withdrawals
///      have their events here.
contract SequencerMining is ISequencerMining, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc ISequencerMining
    uint256 public constant APR_BPS = 2000;
    /// @inheritdoc ISequencerMining
    uint256 public constant DURATION = 365 days;
    /// @inheritdoc ISequencerMining
    uint256 public constant MAX_RATE_BPS = 5000;
    /// @inheritdoc ISequencerMining
    uint256 public constant MIN_PROGRAM_DURATION = 7 days;
    /// @inheritdoc ISequencerMining
    uint256 public constant MAX_PROGRAM_DURATION = 730 days;
    /// @inheritdoc ISequencerMining
    uint256 public constant MAX_QUEUED_PROGRAMS = 2;
    /// @inheritdoc ISequencerMining
    uint256 public constant MAX_PROGRAM_GAP = 90 days;
    /// @dev Rate-seconds that pay an earning amount once over: 100% (10,000 bps) for a year.
    uint256 internal constant K = 10_000 * 365 days;
    /// @dev The last second a program may end at (the 40-bit time range, year 36812).
    uint256 internal constant MAX_END = type(uint40).max;

    /// @inheritdoc ISequencerMining
    IERC20 public immutable token;
    /// @inheritdoc ISequencerMining
    ILockingForDistributor public immutable locking;

    /// @dev One slot: window, rate and the index at its start; `start` 0 = the first program,
    ///      not started yet; `rStart < 2^64` (at most 5000 bps over the 40-bit time range).
    ///      `balance` is the funded balance (funded minus paid, < 2^104, checked at funding),
    ///      kept in the slot of the LAST scheduled program only (0 in the others): every
    ///      operation reads that slot anyway, so a claim or compound touches no other global.
    struct Program {
        uint40 start;
        uint32 duration;
        uint16 rateBps;
        uint64 rStart;
        uint104 balance;
    }

    /// @dev One slot: earning (<= maxLock < 2^88, checked) | index at the last checkpoint
    ///      (< 2^64) | accrued (<= liability <= balance < 2^104).
    struct Position {
        uint88 earning;
        uint64 checkpoint;
        uint104 accrued;
    }

    /// @dev One slot, all the hook touches besides the programs and the position: surplus
    ///      `S = balance - liability` (<= balance < 2^104) | sum of earnings (checked) | id of
    ///      the last scheduled program.
    struct Globals {
        uint104 surplus;
        uint112 totalEarning;
        uint16 lastProgram;
    }

    // Storage layout (after Ownable's `_owner` at slot 0 and Ownable2Step's `_pendingOwner` at
    // slot 1; ReentrancyGuardTransient uses transient storage only):
    // slot 2: _globals, slot 3: _programs, slot 4: _positions (mappings).
    Globals internal _globals;
    mapping(uint256 id => Program) internal _programs;
    mapping(uint256 id => Position) internal _positions;

    /// @param token_ The reward token; must be the locking contract's token.
    /// @param locking_ The locking contract (may be deployed after this one, at a precomputed
    ///        address; when it already exists its token is checked).
    /// @param owner_ Governance (a timelock in production).
    constructor(IERC20 token_, ILockingForDistributor locking_, address owner_) Ownable(owner_) {
        if (address(token_) == address(0) || address(locking_) == address(0)) revert ZeroAddress();
        if (address(locking_).code.length != 0) {
            address lockingToken = address(locking_.token());
            if (lockingToken != address(token_)) revert TokenMismatch(address(token_), lockingToken);
        }
        token = token_;
        locking = locking_;
        // The first program exists from the beginning, start unset: every earning books its
        // full year until governance fixes the start.
        // forge-lint: disable-start(unsafe-typecast) constants that fit
        _programs[1] =
            Program({start: 0, duration: uint32(DURATION), rateBps: uint16(APR_BPS), rStart: 0, balance: 0});
        // forge-lint: disable-end(unsafe-typecast)
        _globals.lastProgram = 1;
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc ISequencerMining
    function startProgram(uint64 start) external onlyOwner {
        uint256 current = _programs[1].start;
        // forge-lint: disable-next-line(unsafe-typecast) a stored start < 2^40
        if (current != 0) revert ProgramAlreadyStarted(uint64(current));
        if (start < block.timestamp) revert StartInPast(start, block.timestamp);
        if (start > MAX_END - DURATION) revert StartTooLate(start, MAX_END - DURATION);
        // No budget to check: the liability does not change when the start is fixed (before it
        // every earning was already booked for the full year) and `surplus >= 0` is kept.
        // forge-lint: disable-next-line(unsafe-typecast) start <= MAX_END - DURATION < 2^40
        _programs[1].start = uint40(start);
        // forge-lint: disable-next-line(unsafe-typecast) start + DURATION <= MAX_END < 2^40
        emit ProgramScheduled(1, start, uint64(start + DURATION), APR_BPS, 0);
    }

    /// @inheritdoc ISequencerMining
    function scheduleProgram(uint256 rateBps, uint256 duration, uint64 start)
        external
        onlyOwner
        returns (uint256 id)
    {
        if (_programs[1].start == 0) revert ProgramNotStarted();
        if (rateBps == 0 || rateBps > MAX_RATE_BPS) revert RateOutOfBounds(rateBps, MAX_RATE_BPS);
        if (duration < MIN_PROGRAM_DURATION || duration > MAX_PROGRAM_DURATION) {
            revert DurationOutOfBounds(duration, MIN_PROGRAM_DURATION, MAX_PROGRAM_DURATION);
        }
        if (start < block.timestamp) revert StartInPast(start, block.timestamp);
        Globals memory globals = _globals;
        uint256 last = globals.lastProgram;
        Program memory previous = _programs[last];
        uint256 previousEnd = uint256(previous.start) + previous.duration;
        // forge-lint: disable-next-line(unsafe-typecast) previousEnd <= MAX_END < 2^40
        if (start < previousEnd) revert StartBeforePreviousEnd(start, uint64(previousEnd));
        // A program cannot be cancelled: a mistyped year must not stop rewards for years.
        uint256 latestStart =
            (previousEnd > block.timestamp ? previousEnd : block.timestamp) + MAX_PROGRAM_GAP;
        // forge-lint: disable-next-line(unsafe-typecast) latestStart < 2^40 + 2^27
        if (start > latestStart) revert StartTooFarAhead(start, uint64(latestStart));
        if (start > MAX_END - duration) revert StartTooLate(start, MAX_END - duration);
        uint256 queued = _queued(last, previous);
        if (queued >= MAX_QUEUED_PROGRAMS) revert TooManyQueuedPrograms(queued, MAX_QUEUED_PROGRAMS);

        // The whole future reward of today's earning over the new program, rounded up.
        uint256 booked = _mulDivUp(globals.totalEarning, rateBps * duration, K);
        uint256 surplusLeft = globals.surplus;
        if (booked > surplusLeft) {
            revert RewardBudgetExceeded(previous.balance - surplusLeft + booked, previous.balance);
        }
        id = last + 1;
        // forge-lint: disable-start(unsafe-typecast)
        // rateBps <= 5000 < 2^16, duration <= 730 days < 2^32, start < 2^40, the index at the
        // previous end < 2^64 (5000 bps over 2^40 s), id <= 2^16 (see `_queued`'s note).
        _programs[id] = Program({
            start: uint40(start),
            duration: uint32(duration),
            rateBps: uint16(rateBps),
            rStart: uint64(previous.rStart + uint256(previous.rateBps) * previous.duration),
            balance: previous.balance
        });
        _programs[last].balance = 0; // the balance moves to the new last program
        _globals = Globals({
            surplus: uint104(surplusLeft - booked),
            totalEarning: globals.totalEarning,
            lastProgram: SafeCast.toUint16(id)
        });
        emit ProgramScheduled(id, start, uint64(start + duration), rateBps, booked);
        // forge-lint: disable-end(unsafe-typecast)
    }

    /// @inheritdoc ISequencerMining
    function withdrawSurplus(address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint256 last = _globals.lastProgram;
        uint256 balance = _programs[last].balance;
        uint256 funded = _globals.surplus;
        uint256 held = token.balanceOf(address(this));
        uint256 donated = held > balance ? held - balance : 0;
        uint256 available = funded + donated;
        if (amount > available) revert InsufficientSurplus(amount, available);
        // Donations go first; the rest leaves the funded balance and its surplus together.
        if (amount > donated) {
            uint256 fromFunding = amount - donated;
            // forge-lint: disable-next-line(unsafe-typecast) fromFunding <= surplus < 2^104
            _globals.surplus = uint104(funded - fromFunding);
            // forge-lint: disable-next-line(unsafe-typecast) balance - fromFunding < 2^104
            _programs[last].balance = uint104(balance - fromFunding);
        }
        emit SurplusWithdrawn(to, amount);
        token.safeTransfer(to, amount);
    }

    // ------------------------------------------------------------------ users

    /// @inheritdoc ISequencerMining
    function fund(uint256 amount) external nonReentrant returns (uint256 received) {
        if (amount == 0) revert ZeroAmount();
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        // Credit what arrived, not what was asked (fee-on-transfer tokens).
        received = token.balanceOf(address(this)) - before;
        // The balance is capped at 2^104 wei (2e13 tokens): the surplus, never above it, then
        // always fits, also when a decrease releases liability (which must never revert).
        Globals memory globals = _globals;
        uint256 balance = _programs[globals.lastProgram].balance + received;
        if (balance > type(uint104).max) revert SafeCast.SafeCastOverflowedUintDowncast(104, balance);
        // forge-lint: disable-start(unsafe-typecast) surplus <= balance < 2^104
        _globals.surplus = uint104(globals.surplus + received);
        _programs[globals.lastProgram].balance = uint104(balance);
        // forge-lint: disable-end(unsafe-typecast)
        emit Funded(msg.sender, received);
    }

    /// @inheritdoc ISequencerMining
    function claim(uint256 id, address to) external nonReentrant returns (uint256 amount) {
        (address positionOwner, address recipient) = locking.rewardAccounts(id);
        if (msg.sender != positionOwner) revert NotPositionOwner(id, msg.sender);
        if (to == address(0)) to = recipient;
        amount = _takeReward(id);
        emit RewardClaimed(id, to, amount);
        token.safeTransfer(to, amount);
    }

    /// @inheritdoc ISequencerMining
    function compound(uint256 id) external nonReentrant returns (uint256 amount) {
        if (msg.sender != locking.ownerOf(id)) revert NotPositionOwner(id, msg.sender);
        amount = _takeReward(id);
        emit RewardCompounded(id, amount);
        token.safeTransfer(address(locking), amount);
        // Calls back `onEarningChanged(id, principal + amount)`, which books the larger earning
        // against the surplus (or reverts the whole compound).
        locking.compoundFor(id, amount);
    }

    // ------------------------------------------------------------------ locking hook

    /// @inheritdoc IEarningHook
    /// @dev Not `nonReentrant`: it runs inside `compound` (through `locking.compoundFor`).
    function onEarningChanged(uint256 id, uint256 newEarning) external {
        if (msg.sender != address(locking)) revert NotLocking(msg.sender);
        if (newEarning > type(uint88).max) revert EarningTooLarge(id, newEarning, type(uint88).max);

        Globals memory globals = _globals;
        (uint256 rNow, uint256 rEnd,) = _clock(globals.lastProgram);

        // Checkpoint the position at its old earning.
        Position memory position = _positions[id];
        uint256 oldEarning = position.earning;
        uint256 accrued = position.accrued;
        // Unchecked: the index never decreases; earning < 2^88 and index < 2^64, so the
        // product < 2^152; accrued <= liability < 2^104.
        unchecked {
            if (position.checkpoint != rNow) accrued += oldEarning * (rNow - position.checkpoint) / K;
        }
        // newEarning < 2^88 (checked), rNow < 2^64, accrued <= liability < 2^104 (see the
        // solvency note above).
        // forge-lint: disable-next-line(unsafe-typecast)
        _positions[id] = Position(uint88(newEarning), uint64(rNow), uint104(accrued));

        if (newEarning != oldEarning) {
            uint256 surplusLeft = globals.surplus;
            // Unchecked: rNow <= rEnd; deltas < 2^88 times remaining < 2^64; the cost is
            // subtracted only when it fits; a release keeps the surplus <= balance < 2^104.
            unchecked {
                uint256 remaining = rEnd - rNow;
                if (newEarning > oldEarning) {
                    // Liabilities round up.
                    uint256 cost = _mulDivUp(newEarning - oldEarning, remaining, K);
                    if (cost > surplusLeft) {
                        uint256 balance = _programs[globals.lastProgram].balance;
                        revert RewardBudgetExceeded(balance - surplusLeft + cost, balance);
                    }
                    surplusLeft -= cost;
                } else {
                    // Releases round down. The liability covers the old earning's exact future
                    // reward, so the surplus stays <= balance.
                    surplusLeft += (oldEarning - newEarning) * remaining / K;
                }
            }
            // Only an increase can overflow 112 bits (and is then refused); a decrease cannot.
            // Called as `SafeCast.toUint112(x)`, not `x.toUint112()`: slither 0.11.6 types the sum
            // as uint112 and then finds no `toUint112(uint112)`, which left this whole function
            // out of its analysis (docs/SLITHER.md).
            uint112 total = SafeCast.toUint112(globals.totalEarning + newEarning - oldEarning);
            // forge-lint: disable-start(unsafe-typecast) surplusLeft <= balance < 2^104
            _globals = Globals({
                surplus: uint104(surplusLeft), totalEarning: total, lastProgram: globals.lastProgram
            });
            // forge-lint: disable-end(unsafe-typecast)
        }
    }

    /// @notice Disabled: a contract without governance could never be unpaused, unjailed or
    ///         managed again. Transfer ownership (two-step) instead.
    function renounceOwnership() public view override onlyOwner {
        revert RenounceDisabled();
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISequencerMining
    function pendingReward(uint256 id) external view returns (uint256) {
        Position memory position = _positions[id];
        (uint256 rNow,,) = _clock(_globals.lastProgram);
        return position.accrued + position.earning * (rNow - position.checkpoint) / K;
    }

    /// @inheritdoc ISequencerMining
    function earningOf(uint256 id) external view returns (uint256) {
        return _positions[id].earning;
    }

    /// @inheritdoc ISequencerMining
    function totalEarning() external view returns (uint256) {
        return _globals.totalEarning;
    }

    /// @inheritdoc ISequencerMining
    function rewardIndex() external view returns (uint256 rNow) {
        (rNow,,) = _clock(_globals.lastProgram);
    }

    /// @inheritdoc ISequencerMining
    function rewardIndexAt(uint256 t) external view returns (uint256) {
        uint256 id = _globals.lastProgram;
        Program memory p = _programs[id];
        while (id > 1 && t < p.start) {
            --id;
            p = _programs[id];
        }
        return _indexAt(p, t);
    }

    /// @inheritdoc ISequencerMining
    function programCount() external view returns (uint256) {
        return _globals.lastProgram;
    }

    /// @inheritdoc ISequencerMining
    function program(uint256 id)
        external
        view
        returns (uint64 start, uint64 end, uint256 rateBps, uint256 duration, uint256 indexAtStart)
    {
        Program memory p = _programs[id];
        start = p.start;
        // slither-disable-next-line incorrect-equality (start 0 = the first program, not started)
        end = p.start == 0 ? 0 : p.start + p.duration;
        return (start, end, p.rateBps, p.duration, p.rStart);
    }

    /// @inheritdoc ISequencerMining
    function currentProgram() public view returns (uint256 id) {
        id = _globals.lastProgram;
        Program memory p = _programs[id];
        while (id > 1 && block.timestamp < p.start) {
            --id;
            p = _programs[id];
        }
        // slither-disable-next-line incorrect-equality (start 0 = the first program, not started)
        if (p.start == 0 || block.timestamp < p.start || block.timestamp >= uint256(p.start) + p.duration) {
            return 0;
        }
    }

    /// @inheritdoc ISequencerMining
    function currentRate() external view returns (uint256) {
        uint256 id = currentProgram();
        // slither-disable-next-line incorrect-equality (id 0 = no program in force, a sentinel)
        return id == 0 ? 0 : _programs[id].rateBps;
    }

    /// @inheritdoc ISequencerMining
    function programStart() external view returns (uint64) {
        return _programs[1].start;
    }

    /// @inheritdoc ISequencerMining
    function programEnd() external view returns (uint64) {
        if (_programs[1].start == 0) return 0;
        Program memory last = _programs[_globals.lastProgram];
        // forge-lint: disable-next-line(unsafe-typecast) an end <= MAX_END < 2^40
        return uint64(uint256(last.start) + last.duration);
    }

    /// @inheritdoc ISequencerMining
    function rewardBalance() public view returns (uint256) {
        return _programs[_globals.lastProgram].balance;
    }

    /// @inheritdoc ISequencerMining
    function liability() public view returns (uint256) {
        return rewardBalance() - _globals.surplus;
    }

    /// @inheritdoc ISequencerMining
    function owed() external view returns (uint256) {
        // liability >= the exact future reward, an integer above a real, so >= its ceiling: no
        // underflow; and owed >= sum of pendingReward, both integers within 1 of exact sums.
        return liability() - _futureLiability();
    }

    /// @inheritdoc ISequencerMining
    function futureLiability() external view returns (uint256) {
        return _futureLiability();
    }

    /// @inheritdoc ISequencerMining
    function surplus() external view returns (uint256) {
        return _globals.surplus;
    }

    /// @inheritdoc ISequencerMining
    function headroom() external view returns (uint256) {
        Globals memory globals = _globals;
        (uint256 rNow, uint256 rEnd,) = _clock(globals.lastProgram);
        uint256 remaining = rEnd - rNow;
        // slither-disable-next-line incorrect-equality (nothing left to accrue, nothing to book)
        if (remaining == 0) return type(uint256).max;
        // x is accepted iff ceil(x * remaining / K) <= surplus iff x <= surplus * K / remaining.
        return uint256(globals.surplus) * K / remaining;
    }

    // ------------------------------------------------------------------ internals

    /// @dev Pays out the whole reward of `id`: checkpoints it, zeroes it and takes it out of the
    ///      balance (so out of the liability; the surplus stays). Reverts with `NothingToClaim`
    ///      when it is 0.
    function _takeReward(uint256 id) private returns (uint256 amount) {
        uint256 last = _globals.lastProgram;
        (uint256 rNow,, uint256 balance) = _clock(last);
        Position memory position = _positions[id];
        // Unchecked: the index never decreases, earning < 2^88 and index < 2^64, and the sum is
        // at most the liability (see the solvency note), which the checked subtraction below
        // enforces again.
        unchecked {
            amount = position.accrued + position.earning * (rNow - position.checkpoint) / K;
        }
        // slither-disable-next-line incorrect-equality (0 = nothing to pay; no balance is compared)
        if (amount == 0) revert NothingToClaim(id);
        // forge-lint: disable-start(unsafe-typecast) rNow < 2^64; amount <= liability <= balance
        _positions[id] = Position(position.earning, uint64(rNow), 0);
        _programs[last].balance = uint104(balance - amount);
        // forge-lint: disable-end(unsafe-typecast)
    }

    /// @dev `totalEarning * (R(end) - R(now)) / K`, rounded up.
    function _futureLiability() private view returns (uint256) {
        Globals memory globals = _globals;
        (uint256 rNow, uint256 rEnd,) = _clock(globals.lastProgram);
        return _mulDivUp(globals.totalEarning, rEnd - rNow, K);
    }

    /// @dev The reward index now and at the end of the last scheduled program (`last`), in
    ///      rate-seconds, and the funded balance (kept in the last program's slot). Reads
    ///      `last`, then walks back over the programs that have not started yet (at most
    ///      `MAX_QUEUED_PROGRAMS`) to the one in force or last ended.
    function _clock(uint256 last) private view returns (uint256 rNow, uint256 rEnd, uint256 balance) {
        Program memory p = _programs[last];
        balance = p.balance;
        uint256 id = last;
        // Unchecked: rStart < 2^64 and rate * duration < 2^48; id > 1 before it decreases.
        unchecked {
            rEnd = p.rStart + uint256(p.rateBps) * p.duration;
            while (id > 1 && block.timestamp < p.start) {
                --id;
                p = _programs[id];
            }
        }
        rNow = _indexAt(p, block.timestamp);
    }

    /// @dev The index at `t` given `p`, the program in force or last started at `t` (or the
    ///      first one, not started yet): flat before its start and after its end.
    function _indexAt(Program memory p, uint256 t) private pure returns (uint256) {
        // slither-disable-next-line incorrect-equality (start 0 = the first program, not started)
        if (p.start == 0 || t <= p.start) return p.rStart;
        uint256 elapsed = t - p.start;
        return p.rStart + uint256(p.rateBps) * (elapsed < p.duration ? elapsed : p.duration);
    }

    /// @dev How many programs, from `last` (read as `p`) back, have not started yet.
    ///      Scheduling refuses a third, which bounds every walk of `_clock`. (Program ids are
    ///      16 bits: `SafeCast` refuses the 65,536th program, over 1,250 years of 7-day programs
    ///      away.)
    function _queued(uint256 last, Program memory p) private view returns (uint256 queued) {
        uint256 id = last;
        while (id > 1 && block.timestamp < p.start) {
            ++queued;
            --id;
            p = _programs[id];
        }
        // The first program waits too while it is unset or in the future (it is never queued
        // behind another, so scheduling refuses before: `ProgramNotStarted`).
        if (id == 1 && (p.start == 0 || block.timestamp < p.start)) ++queued;
    }

    /// @dev `x * y / d` rounded up (no overflow here: x < 2^112, y < 2^64).
    function _mulDivUp(uint256 x, uint256 y, uint256 d) private pure returns (uint256) {
        return (x * y + (d - 1)) / d;
    }
}
