// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGrantEscrow} from "./interfaces/IGrantEscrow.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title GrantEscrow
/// @notice Holds the grant pool for liquid-staking-token protocols and pays vesting grants out
///         of it. Governance (the owner, a `TimelockController`) creates, gates and revokes
///         grants; beneficiaries claim.
/// @dev Invariants kept here (and fuzzed in test/invariant):
///      1. every grant: `claimed <= vested(now) <= amount` (and `claimed <= approvedCap` if gated);
///      2. `allocated == sum(amount) <= POOL` and `totalClaimed == sum(claimed) <= allocated`;
///      3. `token.balanceOf(this) >= allocated - totalClaimed` (every unpaid token is held):
///         a grant is created only against funded, unowed tokens, and only `sweepExcess`
///         takes tokens out other than claims, leaving `POOL - totalClaimed >= unpaid`;
///      4. revocation keeps `min(vested, approvedCap)` claimable forever.
///      Storage: the three accounting figures share one slot (`_totals`), a grant takes
///      three slots (see `Grant`). Every amount fits in 96 bits because `POOL < 2^96`
///      (enforced at construction) and every grant amount, and every sum of them, is `<= POOL`.
contract GrantEscrow is IGrantEscrow, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev Global accounting, packed in one slot (96 + 96 + 64 bits): `createGrant` reads
    ///      and writes all three, `claim` and `revoke` one each: one SLOAD/SSTORE per call.
    struct Totals {
        uint96 allocated; // sum of the live amounts of all grants, <= POOL
        uint96 claimed; // sum of the claimed amounts of all grants, <= allocated
        uint64 grantCount; // number of grants; ids are 1..grantCount
    }

    /// @inheritdoc IGrantEscrow
    IERC20 public immutable TOKEN;

    /// @inheritdoc IGrantEscrow
    uint256 public immutable POOL;

    Totals private _totals;

    /// @dev Grant id => grant, three slots packed on purpose (field order of `Grant`):
    ///      slot 0: beneficiary (160) | start (40) | cliff (32)              read by every claim
    ///      slot 1: amount (96) | claimed (96) | duration (32) | 3 flags      the only slot `claim`
    ///              and `revoke` write (one SSTORE each)
    ///      slot 2: pendingBeneficiary (160) | approvedCap (96)              read only for gated
    ///              grants and beneficiary changes; never written by `createGrant`
    ///      Ownable2Step keeps `_owner` (slot 0) and `_pendingOwner` (slot 1); `_totals` is
    ///      slot 2 and this mapping slot 3; the reentrancy lock lives in transient storage.
    mapping(uint256 id => Grant) private _grants;

    /// @param token The token grants are paid in (METIS on mainnet).
    /// @param owner_ Governance (a `TimelockController` in production).
    /// @param pool The program's size in token wei (220,000e18 in production), `< 2^96`.
    constructor(IERC20 token, address owner_, uint256 pool) Ownable(owner_) {
        if (address(token) == address(0)) revert InvalidToken(address(token));
        if (pool == 0 || pool > type(uint96).max) revert InvalidPool(pool, type(uint96).max);
        TOKEN = token;
        POOL = pool;
    }

    // ------------------------------------------------------------------ funding

    /// @inheritdoc IGrantEscrow
    function fund(uint256 amount) external nonReentrant returns (uint256 received) {
        if (amount == 0) revert ZeroAmount();
        // No state of ours changes: the balance difference is only measured and reported.
        uint256 before = TOKEN.balanceOf(address(this));
        TOKEN.safeTransferFrom(msg.sender, address(this), amount);
        received = TOKEN.balanceOf(address(this)) - before;
        emit Funded(msg.sender, received);
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IGrantEscrow
    function createGrant(
        address beneficiary,
        uint256 amount,
        uint256 start,
        uint256 cliff,
        uint256 duration,
        bool revocable,
        bool milestoneGated,
        string calldata description
    ) external onlyOwner returns (uint256 id) {
        if (beneficiary == address(0) || beneficiary == address(this)) {
            revert InvalidBeneficiary(beneficiary);
        }
        if (amount == 0) revert ZeroAmount();
        if (duration == 0) revert ZeroDuration();
        if (cliff > duration) revert CliffAfterEnd(cliff, duration);
        if (start > type(uint40).max || duration > type(uint32).max) {
            revert ScheduleOutOfRange(start, duration);
        }

        Totals memory totals = _totals;
        uint256 unallocated = POOL - totals.allocated;
        if (amount > unallocated) revert PoolExceeded(amount, unallocated);
        uint256 free = _freeFunds(totals);
        if (amount > free) revert InsufficientFunding(amount, free);

        // The casts below cannot truncate: amount <= POOL - allocated and POOL < 2^96 (constructor),
        // start < 2^40 and cliff <= duration < 2^32 (checked above), and the id < 2^64 (one
        // grant per transaction).
        // forge-lint: disable-start(unsafe-typecast)
        id = uint256(totals.grantCount) + 1;
        _totals = Totals({
            allocated: totals.allocated + uint96(amount), claimed: totals.claimed, grantCount: uint64(id)
        });
        Grant storage g = _grants[id];
        g.beneficiary = beneficiary;
        g.start = uint40(start);
        g.cliff = uint32(cliff);
        g.amount = uint96(amount);
        g.duration = uint32(duration);
        g.revocable = revocable;
        g.milestoneGated = milestoneGated;
        // forge-lint: disable-end(unsafe-typecast)

        emit GrantCreated(
            id, beneficiary, amount, start, cliff, duration, revocable, milestoneGated, description
        );
    }

    /// @inheritdoc IGrantEscrow
    function approveMilestone(uint256 id, uint256 newCap) external onlyOwner {
        Grant storage g = _grant(id);
        if (!g.milestoneGated) revert NotMilestoneGated(id);
        if (g.revoked) revert GrantAlreadyRevoked(id);
        uint256 currentCap = g.approvedCap;
        if (newCap <= currentCap) revert CapNotRaised(id, newCap, currentCap);
        uint256 amount = g.amount;
        if (newCap > amount) revert CapAboveAmount(id, newCap, amount);

        // casting to 'uint96' is safe because newCap <= amount < 2^96
        // forge-lint: disable-next-line(unsafe-typecast)
        g.approvedCap = uint96(newCap);
        emit MilestoneApproved(id, currentCap, newCap);
    }

    /// @inheritdoc IGrantEscrow
    function revoke(uint256 id) external onlyOwner returns (uint256 kept, uint256 returned) {
        Grant storage g = _grant(id);
        if (!g.revocable) revert NotRevocable(id);
        if (g.revoked) revert GrantAlreadyRevoked(id);

        // What the beneficiary could ever claim as of now stays theirs: min(vested, cap) >= claimed.
        kept = _releasable(g, block.timestamp);
        uint256 amount = g.amount;
        returned = amount - kept;

        // The casts cannot truncate: kept <= amount < 2^96 and returned <= amount. The pool
        // regains `returned` (<= allocated) for new grants.
        // forge-lint: disable-start(unsafe-typecast)
        g.amount = uint96(kept);
        g.revoked = true;
        _totals.allocated -= uint96(returned);
        // forge-lint: disable-end(unsafe-typecast)

        emit GrantRevoked(id, kept, returned);
    }

    /// @inheritdoc IGrantEscrow
    function sweepExcess(address to) external onlyOwner nonReentrant returns (uint256 amount) {
        if (to == address(0)) to = msg.sender;
        uint256 balance = TOKEN.balanceOf(address(this));
        uint256 required = POOL - _totals.claimed;
        if (balance <= required) revert NoExcess(balance, required);
        amount = balance - required;

        emit ExcessSwept(to, amount);
        TOKEN.safeTransfer(to, amount);
    }

    /// @notice Disabled: a contract without governance could never be unpaused, unjailed or
    ///         managed again. Transfer ownership (two-step) instead.
    function renounceOwnership() public view override onlyOwner {
        revert RenounceDisabled();
    }

    // ------------------------------------------------------------------ beneficiaries

    /// @inheritdoc IGrantEscrow
    function claim(uint256 id, address to) external nonReentrant returns (uint256 amount) {
        Grant storage g = _grant(id);
        if (msg.sender != g.beneficiary) revert NotBeneficiary(id, msg.sender);
        uint256 claimed = g.claimed;
        amount = _releasable(g, block.timestamp) - claimed;
        // slither-disable-next-line incorrect-equality (0 = nothing to pay; no balance is compared)
        if (amount == 0) revert NothingToClaim(id);
        if (to == address(0)) to = msg.sender;

        // The casts cannot truncate: claimed + amount <= releasable <= g.amount < 2^96.
        // forge-lint: disable-start(unsafe-typecast)
        g.claimed = uint96(claimed + amount);
        _totals.claimed += uint96(amount);
        // forge-lint: disable-end(unsafe-typecast)

        emit GrantClaimed(id, msg.sender, to, amount);
        TOKEN.safeTransfer(to, amount);
    }

    /// @inheritdoc IGrantEscrow
    function proposeBeneficiary(uint256 id, address newBeneficiary) external {
        Grant storage g = _grant(id);
        if (msg.sender != g.beneficiary) revert NotBeneficiary(id, msg.sender);
        if (newBeneficiary == address(this)) revert InvalidBeneficiary(newBeneficiary);

        g.pendingBeneficiary = newBeneficiary;
        emit BeneficiaryProposed(id, msg.sender, newBeneficiary);
    }

    /// @inheritdoc IGrantEscrow
    function acceptBeneficiary(uint256 id) external {
        Grant storage g = _grant(id);
        // msg.sender is never zero, so an empty proposal can never be accepted.
        if (msg.sender != g.pendingBeneficiary) revert NotPendingBeneficiary(id, msg.sender);

        address previous = g.beneficiary;
        g.beneficiary = msg.sender;
        g.pendingBeneficiary = address(0);
        emit BeneficiaryChanged(id, previous, msg.sender);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IGrantEscrow
    function grant(uint256 id) external view returns (Grant memory) {
        return _grant(id);
    }

    /// @inheritdoc IGrantEscrow
    function grantCount() external view returns (uint256) {
        return _totals.grantCount;
    }

    /// @inheritdoc IGrantEscrow
    function grantsOf(address beneficiary) external view returns (uint256[] memory ids) {
        uint256 count = _totals.grantCount;
        ids = new uint256[](count);
        uint256 found;
        for (uint256 id = 1; id <= count; ++id) {
            if (_grants[id].beneficiary == beneficiary) ids[found++] = id;
        }
        // Shrink the array to the ids found (memory only; `found <= count`).
        assembly ("memory-safe") {
            mstore(ids, found)
        }
    }

    /// @inheritdoc IGrantEscrow
    function vestedAmount(uint256 id, uint256 timestamp) external view returns (uint256) {
        return _vested(_grant(id), timestamp);
    }

    /// @inheritdoc IGrantEscrow
    function claimable(uint256 id) external view returns (uint256) {
        Grant storage g = _grant(id);
        return _releasable(g, block.timestamp) - g.claimed;
    }

    /// @inheritdoc IGrantEscrow
    function allocated() external view returns (uint256) {
        return _totals.allocated;
    }

    /// @inheritdoc IGrantEscrow
    function totalClaimed() external view returns (uint256) {
        return _totals.claimed;
    }

    /// @inheritdoc IGrantEscrow
    function unpaid() external view returns (uint256) {
        Totals memory totals = _totals;
        return totals.allocated - totals.claimed;
    }

    /// @inheritdoc IGrantEscrow
    function available() external view returns (uint256) {
        Totals memory totals = _totals;
        uint256 unallocated = POOL - totals.allocated;
        uint256 free = _freeFunds(totals);
        return unallocated < free ? unallocated : free;
    }

    /// @inheritdoc IGrantEscrow
    function excess() external view returns (uint256) {
        uint256 balance = TOKEN.balanceOf(address(this));
        uint256 required = POOL - _totals.claimed;
        return balance > required ? balance - required : 0;
    }

    // ------------------------------------------------------------------ internals

    /// @dev The grant with id `id`; reverts when none (a live grant never has a zero beneficiary).
    function _grant(uint256 id) private view returns (Grant storage g) {
        g = _grants[id];
        if (g.beneficiary == address(0)) revert GrantNotFound(id);
    }

    /// @dev Tokens held and not owed to any grant: `balance - unpaid`, or 0 if the token ever
    ///      held less (it cannot with a standard ERC-20: invariant 3).
    function _freeFunds(Totals memory totals) private view returns (uint256) {
        uint256 balance = TOKEN.balanceOf(address(this));
        uint256 owed = totals.allocated - totals.claimed;
        return balance > owed ? balance - owed : 0;
    }

    /// @dev Linear vesting after the cliff, rounded down (against the beneficiary, who is paid
    ///      from the promise): `amount * (t - start) / duration`. No overflow: amount < 2^96 and
    ///      t - start < duration < 2^32. A revoked grant has vested its (cut) amount, frozen.
    function _vested(Grant storage g, uint256 timestamp) private view returns (uint256) {
        uint256 amount = g.amount;
        if (g.revoked) return amount;
        uint256 start = g.start;
        if (timestamp < start + g.cliff) return 0;
        uint256 elapsed = timestamp - start;
        uint256 duration = g.duration;
        if (elapsed >= duration) return amount;
        return amount * elapsed / duration;
    }

    /// @dev What grant `g` may ever pay as of `timestamp` (claimed part included):
    ///      `min(vested, approvedCap)` if gated, else `vested`. Always `>= claimed`: vesting
    ///      and the cap only grow, and revocation freezes them at this value.
    function _releasable(Grant storage g, uint256 timestamp) private view returns (uint256 releasable) {
        releasable = _vested(g, timestamp);
        // A revoked grant's amount is already cut to min(vested, cap) at revocation.
        if (g.milestoneGated && !g.revoked) {
            uint256 cap = g.approvedCap;
            if (cap < releasable) releasable = cap;
        }
    }
}
