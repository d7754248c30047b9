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
/// @notice Pays every sequencer position 20% a year (simple, per second) on its earning amount
///         during one 365-day program, and never promises a reward it has not been funded for.
/// @dev How solvency holds by construction. Let `B` be the funded balance (funded minus paid)
///      and `L = B - S` the liability, where `S` (the surplus) is what is stored. The exact
///      (real-valued) entitlement of a position is
///      `sum over its earning changes of delta * (I(end) - I(t_change)) / RAY` minus what it was
///      paid, because its earning is constant between changes and `I` stops at `I(end)`. So:
///      - an earning increase takes `delta * (I(end) - I(now)) / RAY` rounded UP out of `S`
///        (adds it to `L`), and is refused when `S` is too small;
///      - an earning decrease gives it back rounded DOWN;
///      - a claim or compound takes exactly what it pays out of `B` (so out of `L`; `S` stays);
///      - time changes nothing (the index is a pure function of time, already counted), and
///        neither does fixing the start (the full year was already counted before it).
///      Hence `L >= sum of exact entitlements >= sum of pendingReward` (rewards round down), and
///      `L <= B <= token.balanceOf(this)` always, `S` being unsigned. Nothing depends on a
///      global checkpoint, so the hook touches two storage slots and a claim three, whatever
///      the number of positions. The index snapshot of a position is stored as the program
///      second it was taken at (`I` is a pure function of it), which lets a position fit one
///      slot.
contract SequencerMining is ISequencerMining, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc ISequencerMining
    uint256 public constant APR_BPS = 2000;
    /// @inheritdoc ISequencerMining
    uint256 public constant DURATION = 365 days;
    /// @inheritdoc ISequencerMining
    uint256 public constant RAY = 1e27;
    /// @dev Basis points in one.
    uint256 internal constant BPS = 10_000;
    /// @dev `I(end) = APR_BPS * RAY / BPS = 0.2e27` (exact). `I(t) = END_INDEX * elapsed / DURATION`
    ///      rounded down equals the design's formula, the factor `BPS` dividing `APR_BPS * RAY`.
    uint256 internal constant END_INDEX = APR_BPS * RAY / BPS;
    /// @dev The latest start whose end still fits the 40-bit timestamp field (year 36812).
    uint256 internal constant MAX_START = type(uint40).max - DURATION;

    /// @inheritdoc ISequencerMining
    IERC20 public immutable token;
    /// @inheritdoc ISequencerMining
    ILockingForDistributor public immutable locking;

    /// @dev One slot: earning (< 2^96, checked) | checkpoint (program second of the last
    ///      snapshot, <= DURATION < 2^32) | accrued (<= liability <= balance, < 2^128).
    struct Position {
        uint96 earning;
        uint32 checkpoint;
        uint128 accrued;
    }

    /// @dev One slot, all the hook touches besides the position: sum of earnings (checked) |
    ///      surplus `S = balance - liability` (<= balance < 2^104 wei = 2e13 tokens, checked
    ///      at funding) | program
    ///      start (0 = not started).
    struct Globals {
        uint112 totalEarning;
        uint104 surplus;
        uint40 start;
    }

    // Storage layout (after Ownable's `_owner` at slot 0 and Ownable2Step's `_pendingOwner` at
    // slot 1; ReentrancyGuardTransient uses transient storage only):
    // slot 2: _globals, slot 3: _balance (funded minus paid), slot 4: _positions (mapping).
    Globals internal _globals;
    uint256 internal _balance;
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
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc ISequencerMining
    function startProgram(uint64 start) external onlyOwner {
        uint256 current = _globals.start;
        // forge-lint: disable-next-line(unsafe-typecast) a stored start < 2^40
        if (current != 0) revert ProgramAlreadyStarted(uint64(current));
        if (start < block.timestamp) revert StartInPast(start, block.timestamp);
        if (start > MAX_START) revert StartTooLate(start, MAX_START);
        // No budget to check: the liability does not change when the start is fixed (before it
        // every earning was already booked for the full year) and `surplus >= 0` is kept.
        // forge-lint: disable-next-line(unsafe-typecast) start <= MAX_START < 2^40
        _globals.start = uint40(start);
        // forge-lint: disable-next-line(unsafe-typecast) start + DURATION < 2^40
        emit ProgramStarted(start, uint64(start + DURATION));
    }

    /// @inheritdoc ISequencerMining
    function withdrawSurplus(address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        uint256 balance = _balance;
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
            _balance = balance - fromFunding;
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
        uint256 balance = _balance + received;
        if (balance > type(uint104).max) revert SafeCast.SafeCastOverflowedUintDowncast(104, balance);
        // forge-lint: disable-next-line(unsafe-typecast) surplus <= balance < 2^104
        _globals.surplus = uint104(_globals.surplus + received);
        _balance = balance;
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
        if (newEarning > type(uint96).max) revert EarningTooLarge(id, newEarning, type(uint96).max);

        Globals memory globals = _globals;
        uint256 elapsed = _elapsed(globals.start);
        uint256 indexNow = _indexOf(elapsed);

        // Checkpoint the position at its old earning.
        Position memory position = _positions[id];
        uint256 oldEarning = position.earning;
        uint256 accrued = position.accrued;
        if (position.checkpoint != elapsed) {
            accrued += _mulDivDown(oldEarning, indexNow - _indexOf(position.checkpoint), RAY);
        }
        // newEarning < 2^96 (checked), elapsed <= DURATION < 2^32, accrued <= liability < 2^128
        // (see the solvency note above).
        // forge-lint: disable-next-line(unsafe-typecast)
        _positions[id] = Position(uint96(newEarning), uint32(elapsed), uint128(accrued));

        if (newEarning != oldEarning) {
            uint256 surplusLeft = globals.surplus;
            uint256 remaining = END_INDEX - indexNow;
            if (newEarning > oldEarning) {
                // Liabilities round up.
                uint256 cost = _mulDivUp(newEarning - oldEarning, remaining, RAY);
                if (cost > surplusLeft) revert RewardBudgetExceeded(_balance - surplusLeft + cost, _balance);
                surplusLeft -= cost;
            } else {
                // Releases round down. The liability covers the old earning's exact future
                // reward, so the surplus stays <= balance.
                surplusLeft += _mulDivDown(oldEarning - newEarning, remaining, RAY);
            }
            // Only an increase can overflow 112 bits (and is then refused); a decrease cannot.
            // Called as `SafeCast.toUint112(x)`, not `x.toUint112()`: slither 0.11.6 types the sum
            // as uint112 and then finds no `toUint112(uint112)`, which left this whole function
            // out of its analysis (docs/SLITHER.md).
            uint112 total = SafeCast.toUint112(globals.totalEarning + newEarning - oldEarning);
            // forge-lint: disable-next-line(unsafe-typecast) surplusLeft <= balance < 2^104
            _globals = Globals({totalEarning: total, surplus: uint104(surplusLeft), start: globals.start});
        }
        emit EarningUpdated(id, oldEarning, newEarning);
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
        uint256 indexNow = _indexOf(_elapsed(_globals.start));
        return position.accrued + _mulDivDown(position.earning, indexNow - _indexOf(position.checkpoint), RAY);
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
    function index() external view returns (uint256) {
        return _indexOf(_elapsed(_globals.start));
    }

    /// @inheritdoc ISequencerMining
    function indexAt(uint256 t) external view returns (uint256) {
        uint256 start = _globals.start;
        // slither-disable-next-line incorrect-equality (start 0 = program not started, a sentinel)
        if (start == 0 || t <= start) return 0;
        uint256 elapsed = t - start;
        return _indexOf(elapsed < DURATION ? elapsed : DURATION);
    }

    /// @inheritdoc ISequencerMining
    function programStart() external view returns (uint64) {
        return _globals.start;
    }

    /// @inheritdoc ISequencerMining
    function programEnd() external view returns (uint64) {
        uint256 start = _globals.start;
        // slither-disable-start incorrect-equality (start 0 = program not started, a sentinel)
        // forge-lint: disable-next-line(unsafe-typecast) start <= MAX_START, so the end < 2^40
        return start == 0 ? 0 : uint64(start + DURATION);
        // slither-disable-end incorrect-equality
    }

    /// @inheritdoc ISequencerMining
    function rewardBalance() external view returns (uint256) {
        return _balance;
    }

    /// @inheritdoc ISequencerMining
    function liability() public view returns (uint256) {
        return _balance - _globals.surplus;
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
        uint256 remaining = END_INDEX - _indexOf(_elapsed(globals.start));
        // slither-disable-next-line incorrect-equality (no index left = program over, nothing to book)
        if (remaining == 0) return type(uint256).max;
        // x is accepted iff ceil(x * remaining / RAY) <= surplus iff x <= surplus * RAY / remaining.
        return _mulDivDown(globals.surplus, RAY, remaining);
    }

    // ------------------------------------------------------------------ internals

    /// @dev Pays out the whole reward of `id`: checkpoints it, zeroes it and takes it out of the
    ///      balance (so out of the liability; the surplus stays). Reverts with `NothingToClaim`
    ///      when it is 0.
    function _takeReward(uint256 id) private returns (uint256 amount) {
        uint256 elapsed = _elapsed(_globals.start);
        Position memory position = _positions[id];
        amount = position.accrued
            + _mulDivDown(position.earning, _indexOf(elapsed) - _indexOf(position.checkpoint), RAY);
        // slither-disable-next-line incorrect-equality (0 = nothing to pay; no balance is compared)
        if (amount == 0) revert NothingToClaim(id);
        // forge-lint: disable-next-line(unsafe-typecast) elapsed <= DURATION < 2^32
        _positions[id] = Position(position.earning, uint32(elapsed), 0);
        // amount <= sum of pendingReward <= liability = balance - surplus.
        _balance -= amount;
    }

    /// @dev `totalEarning * (I(end) - I(now)) / RAY`, rounded up.
    function _futureLiability() private view returns (uint256) {
        Globals memory globals = _globals;
        return _mulDivUp(globals.totalEarning, END_INDEX - _indexOf(_elapsed(globals.start)), RAY);
    }

    /// @dev Program seconds elapsed now, clipped to `[0, DURATION]`; 0 while not started.
    function _elapsed(uint256 start) private view returns (uint256) {
        // slither-disable-next-line incorrect-equality (start 0 = program not started, a sentinel)
        if (start == 0 || block.timestamp <= start) return 0;
        uint256 elapsed = block.timestamp - start;
        return elapsed < DURATION ? elapsed : DURATION;
    }

    /// @dev The global index after `elapsed` program seconds, in RAY, rounded down.
    function _indexOf(uint256 elapsed) private pure returns (uint256) {
        return END_INDEX * elapsed / DURATION;
    }

    /// @dev `x * y / d` rounded down (no overflow here: x < 2^128, y <= 2^104 * RAY < 2^194).
    function _mulDivDown(uint256 x, uint256 y, uint256 d) private pure returns (uint256) {
        return x * y / d;
    }

    /// @dev `x * y / d` rounded up (no overflow here: x < 2^112, y < 2^88).
    function _mulDivUp(uint256 x, uint256 y, uint256 d) private pure returns (uint256) {
        return (x * y + (d - 1)) / d;
    }
}
