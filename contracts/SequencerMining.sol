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
/// @dev How solvency holds by construction. Let `L` be the stored liability (`liability()`),
///      in wei. The exact (real-valued) entitlement of a position is
///      `sum over its earning changes of delta * (I(end) - I(t_change)) / RAY` minus what it was
///      paid, because its earning is constant between changes and `I` stops at `I(end)`. So:
///      - an earning increase adds `delta * (I(end) - I(now)) / RAY` rounded UP to `L`, and is
///        refused when `L` would exceed the funded balance `B`;
///      - an earning decrease subtracts it rounded DOWN;
///      - a claim or compound subtracts exactly what it pays from both `L` and `B`;
///      - time changes nothing (the index is a pure function of time, already counted).
///      Hence `L >= sum of exact entitlements >= sum of pendingReward` (rewards round down), and
///      `L <= B <= token.balanceOf(this)` always. Nothing in `L` depends on a global checkpoint,
///      so the hook and claims touch three storage slots whatever the number of positions.
///      The index snapshot of a position is stored as the program second it was taken at
///      (`I` is a pure function of it), which lets a position fit one slot.
contract SequencerMining is ISequencerMining, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @inheritdoc ISequencerMining
    uint256 public constant APR_BPS = 2000;
    /// @inheritdoc ISequencerMining
    uint256 public constant DURATION = DURATION_SECONDS;
    /// @inheritdoc ISequencerMining
    uint256 public constant RAY = 1e27;
    /// @dev The program length as a timestamp-sized integer.
    uint64 internal constant DURATION_SECONDS = 365 days;
    /// @dev Basis points in one.
    uint256 internal constant BPS = 10_000;
    /// @dev `I(end) = APR_BPS * RAY / BPS = 0.2e27` (exact). `I(t) = END_INDEX * elapsed / DURATION`
    ///      rounded down equals the design's formula, the factor `BPS` dividing `APR_BPS * RAY`.
    uint256 internal constant END_INDEX = APR_BPS * RAY / BPS;

    /// @inheritdoc ISequencerMining
    IERC20 public immutable token;
    /// @inheritdoc ISequencerMining
    ILockingForDistributor public immutable locking;

    /// @dev One slot: earning (< 2^96, checked) | checkpoint (program second of the last
    ///      snapshot, <= DURATION < 2^32) | accrued (<= liability <= balance < 2^128).
    struct Position {
        uint96 earning;
        uint32 checkpoint;
        uint128 accrued;
    }

    /// @dev One slot, read by every accrual: sum of earnings | program start (0 = not started).
    struct Program {
        uint128 totalEarning;
        uint64 start;
    }

    /// @dev One slot, written by every payout: funded minus paid | liability (wei, rounded up).
    ///      Invariant: `liability <= balance`.
    struct Budget {
        uint128 balance;
        uint128 liability;
    }

    // Storage layout (after Ownable's `_owner` at slot 0 and Ownable2Step's `_pendingOwner` at
    // slot 1; ReentrancyGuardTransient uses transient storage only):
    // slot 2: _program, slot 3: _budget, slot 4: _positions (mapping).
    Program internal _program;
    Budget internal _budget;
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
        uint64 current = _program.start;
        if (current != 0) revert ProgramAlreadyStarted(current);
        if (start < block.timestamp) revert StartInPast(start, block.timestamp);
        // Before the start `L` already counts the full year for every earning, so this holds
        // while the hook keeps it; checked anyway as the design asks.
        Budget memory budget = _budget;
        if (budget.liability > budget.balance) revert RewardBudgetExceeded(budget.liability, budget.balance);
        _program.start = start;
        emit ProgramStarted(start, start + DURATION_SECONDS);
    }

    /// @inheritdoc ISequencerMining
    function withdrawSurplus(address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        Budget memory budget = _budget;
        uint256 held = token.balanceOf(address(this));
        uint256 donated = held > budget.balance ? held - budget.balance : 0;
        uint256 available = budget.balance - budget.liability + donated;
        if (amount > available) revert InsufficientSurplus(amount, available);
        // Donations go first; the rest leaves the funded balance, never below the liability.
        // forge-lint: disable-next-line(unsafe-typecast) amount - donated <= balance < 2^128
        if (amount > donated) _budget.balance = budget.balance - uint128(amount - donated);
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
        _budget.balance = (_budget.balance + received).toUint128();
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
        // against the budget (or reverts the whole compound).
        locking.compoundFor(id, amount);
    }

    // ------------------------------------------------------------------ locking hook

    /// @inheritdoc IEarningHook
    /// @dev Not `nonReentrant`: it runs inside `compound` (through `locking.compoundFor`).
    function onEarningChanged(uint256 id, uint256 newEarning) external {
        if (msg.sender != address(locking)) revert NotLocking(msg.sender);
        if (newEarning > type(uint96).max) revert EarningTooLarge(id, newEarning, type(uint96).max);

        Program memory program = _program;
        uint256 elapsed = _elapsed(program.start);
        uint256 indexNow = _indexOf(elapsed);

        // Checkpoint the position at the old earning.
        Position memory position = _positions[id];
        uint256 oldEarning = position.earning;
        uint256 accrued = position.accrued;
        if (position.checkpoint != elapsed) {
            accrued += _mulDivDown(oldEarning, indexNow - _indexOf(position.checkpoint), RAY);
        }
        // newEarning < 2^96 (checked), elapsed <= DURATION < 2^32, accrued <= liability < 2^128
        // (see the contract's solvency note).
        // forge-lint: disable-next-line(unsafe-typecast)
        _positions[id] = Position(uint96(newEarning), uint32(elapsed), uint128(accrued));

        if (newEarning != oldEarning) {
            _program.totalEarning = (program.totalEarning + newEarning - oldEarning).toUint128();
            uint256 remaining = END_INDEX - indexNow;
            if (remaining != 0) {
                Budget memory budget = _budget;
                if (newEarning > oldEarning) {
                    // Liabilities round up.
                    uint256 needed = budget.liability + _mulDivUp(newEarning - oldEarning, remaining, RAY);
                    if (needed > budget.balance) revert RewardBudgetExceeded(needed, budget.balance);
                    // forge-lint: disable-next-line(unsafe-typecast) needed <= balance < 2^128
                    _budget.liability = uint128(needed);
                } else {
                    // Releasing rounds down. `liability` >= the old earning's exact future
                    // reward >= this, so no underflow.
                    // forge-lint: disable-next-line(unsafe-typecast) the released part <= liability
                    _budget.liability =
                        budget.liability - uint128(_mulDivDown(oldEarning - newEarning, remaining, RAY));
                }
            }
        }
        emit EarningUpdated(id, oldEarning, newEarning);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISequencerMining
    function pendingReward(uint256 id) external view returns (uint256) {
        Position memory position = _positions[id];
        uint256 indexNow = _indexOf(_elapsed(_program.start));
        return position.accrued + _mulDivDown(position.earning, indexNow - _indexOf(position.checkpoint), RAY);
    }

    /// @inheritdoc ISequencerMining
    function earningOf(uint256 id) external view returns (uint256) {
        return _positions[id].earning;
    }

    /// @inheritdoc ISequencerMining
    function totalEarning() external view returns (uint256) {
        return _program.totalEarning;
    }

    /// @inheritdoc ISequencerMining
    function index() external view returns (uint256) {
        return _indexOf(_elapsed(_program.start));
    }

    /// @inheritdoc ISequencerMining
    function indexAt(uint256 t) external view returns (uint256) {
        uint256 start = _program.start;
        if (start == 0 || t <= start) return 0;
        uint256 elapsed = t - start;
        return _indexOf(elapsed < DURATION ? elapsed : DURATION);
    }

    /// @inheritdoc ISequencerMining
    function programStart() external view returns (uint64) {
        return _program.start;
    }

    /// @inheritdoc ISequencerMining
    function programEnd() external view returns (uint64) {
        uint64 start = _program.start;
        return start == 0 ? 0 : start + DURATION_SECONDS;
    }

    /// @inheritdoc ISequencerMining
    function rewardBalance() external view returns (uint256) {
        return _budget.balance;
    }

    /// @inheritdoc ISequencerMining
    function liability() external view returns (uint256) {
        return _budget.liability;
    }

    /// @inheritdoc ISequencerMining
    function owed() external view returns (uint256) {
        // liability >= ceil(exact future reward) (an integer above a real), so no underflow;
        // and owed >= sum of pendingReward, both sides being integers within 1 of the exact sum.
        return _budget.liability - _futureLiability();
    }

    /// @inheritdoc ISequencerMining
    function futureLiability() external view returns (uint256) {
        return _futureLiability();
    }

    /// @inheritdoc ISequencerMining
    function surplus() external view returns (uint256) {
        Budget memory budget = _budget;
        return budget.balance - budget.liability;
    }

    /// @inheritdoc ISequencerMining
    function headroom() external view returns (uint256) {
        uint256 remaining = END_INDEX - _indexOf(_elapsed(_program.start));
        if (remaining == 0) return type(uint256).max;
        Budget memory budget = _budget;
        // x is accepted iff ceil(x * remaining / RAY) <= surplus iff x <= surplus * RAY / remaining.
        return _mulDivDown(budget.balance - budget.liability, RAY, remaining);
    }

    // ------------------------------------------------------------------ internals

    /// @dev Pays out the whole reward of `id`: checkpoints it, zeroes it, and takes it out of
    ///      both the balance and the liability. Reverts with `NothingToClaim` when it is 0.
    function _takeReward(uint256 id) private returns (uint256 amount) {
        uint256 elapsed = _elapsed(_program.start);
        Position memory position = _positions[id];
        amount = position.accrued
            + _mulDivDown(position.earning, _indexOf(elapsed) - _indexOf(position.checkpoint), RAY);
        if (amount == 0) revert NothingToClaim(id);
        // forge-lint: disable-next-line(unsafe-typecast) elapsed <= DURATION < 2^32
        _positions[id] = Position(position.earning, uint32(elapsed), 0);
        Budget memory budget = _budget;
        // amount <= sum of pendingReward <= liability <= balance < 2^128.
        // forge-lint: disable-next-line(unsafe-typecast)
        _budget = Budget(budget.balance - uint128(amount), budget.liability - uint128(amount));
    }

    /// @dev `totalEarning * (I(end) - I(now)) / RAY`, rounded up.
    function _futureLiability() private view returns (uint256) {
        Program memory program = _program;
        return _mulDivUp(program.totalEarning, END_INDEX - _indexOf(_elapsed(program.start)), RAY);
    }

    /// @dev Program seconds elapsed now, clipped to `[0, DURATION]`; 0 while not started.
    function _elapsed(uint256 start) private view returns (uint256) {
        if (start == 0 || block.timestamp <= start) return 0;
        uint256 elapsed = block.timestamp - start;
        return elapsed < DURATION ? elapsed : DURATION;
    }

    /// @dev The global index after `elapsed` program seconds, in RAY, rounded down.
    function _indexOf(uint256 elapsed) private pure returns (uint256) {
        return END_INDEX * elapsed / DURATION;
    }

    /// @dev `x * y / d` rounded down (no overflow here: x < 2^128, y <= 2^128).
    function _mulDivDown(uint256 x, uint256 y, uint256 d) private pure returns (uint256) {
        return x * y / d;
    }

    /// @dev `x * y / d` rounded up (no overflow here: x < 2^128, y < 2^88).
    function _mulDivUp(uint256 x, uint256 y, uint256 d) private pure returns (uint256) {
        return (x * y + (d - 1)) / d;
    }
}
