// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IGrantEscrow
/// @notice The grant program for liquid-staking-token protocols: a pool of `POOL` tokens
///         (220,000 METIS in production), fixed at construction, from which governance (the
///         owner, a `TimelockController`) grants linearly vesting amounts to beneficiaries.
/// @dev Accounting, in token wei:
///      - `allocated` is the sum of the live amounts of all grants (a revoked grant counts
///        with the amount it kept); it never exceeds `POOL`.
///      - `totalClaimed` is the sum of what all grants have paid out; `unpaid = allocated -
///        totalClaimed` is what the escrow still owes, and its token balance always covers it.
///      - a grant is created only if its amount fits both in the unallocated pool
///        (`POOL - allocated`) and in the funded balance (`balance - unpaid`): no grant is
///        ever promised on tokens the escrow does not hold.
///      Vesting: `vested(t) = 0` before `start + cliff`, `amount * (t - start) / duration`
///      (rounded down) until `start + duration`, `amount` afterwards. A milestone-gated grant
///      pays at most the cap governance approved. A revoked grant keeps what had vested (and
///      been approved) at revocation and vests nothing more.
interface IGrantEscrow {
    /// @notice One grant. Field order is the storage layout (three slots, see GrantEscrow).
    /// @param beneficiary Who may claim, and propose a new beneficiary.
    /// @param start Vesting start, unix seconds.
    /// @param cliff Seconds after `start` before anything vests (`<= duration`).
    /// @param amount Tokens granted (wei); cut down to what was kept if revoked.
    /// @param claimed Tokens paid out so far (wei).
    /// @param duration Seconds from `start` to full vesting (`> 0`).
    /// @param revocable Whether governance may revoke the grant.
    /// @param milestoneGated Whether claims are capped by `approvedCap`.
    /// @param revoked Whether governance revoked the grant (then nothing more vests).
    /// @param pendingBeneficiary The proposed new beneficiary, zero when none.
    /// @param approvedCap For a milestone-gated grant, the most governance has approved for
    ///        payment (wei); 0 otherwise. After revocation `amount` (<= this cap) binds.
    struct Grant {
        address beneficiary;
        uint40 start;
        uint32 cliff;
        uint96 amount;
        uint96 claimed;
        uint32 duration;
        bool revocable;
        bool milestoneGated;
        bool revoked;
        address pendingBeneficiary;
        uint96 approvedCap;
    }

    // ------------------------------------------------------------------ events

    /// @notice `funder` sent `amount` tokens to the escrow through `fund` (what arrived).
    event Funded(address indexed funder, uint256 amount);

    /// @notice Governance created grant `id`; `description` (text or URI) is recorded here only.
    event GrantCreated(
        uint256 indexed id,
        address indexed beneficiary,
        uint256 amount,
        uint256 start,
        uint256 cliff,
        uint256 duration,
        bool revocable,
        bool milestoneGated,
        string description
    );

    /// @notice `beneficiary` claimed `amount` tokens of grant `id`, paid to `to`.
    event GrantClaimed(uint256 indexed id, address indexed beneficiary, address indexed to, uint256 amount);

    /// @notice Governance raised the approved cap of milestone-gated grant `id` to `newCap`.
    event MilestoneApproved(uint256 indexed id, uint256 previousCap, uint256 newCap);

    /// @notice Governance revoked grant `id`: it keeps `kept` (its new amount, claimed part
    ///         included) and `returned` went back to the pool.
    event GrantRevoked(uint256 indexed id, uint256 kept, uint256 returned);

    /// @notice `beneficiary` of grant `id` proposed `proposed` as its successor (zero: cancelled).
    event BeneficiaryProposed(uint256 indexed id, address indexed beneficiary, address indexed proposed);

    /// @notice Grant `id` passed from `previousBeneficiary` to `newBeneficiary`, who accepted it.
    event BeneficiaryChanged(
        uint256 indexed id, address indexed previousBeneficiary, address indexed newBeneficiary
    );

    /// @notice Governance sent `amount` tokens held above every commitment of the program to `to`.
    event ExcessSwept(address indexed to, uint256 amount);

    // ------------------------------------------------------------------ errors

    /// @notice Thrown by the constructor when the token is the zero address.
    error InvalidToken(address token);

    /// @notice Thrown by the constructor when `pool` is 0 or above `max` (amounts are stored in 96 bits).
    error InvalidPool(uint256 pool, uint256 max);

    /// @notice Thrown when an amount of 0 is given where tokens must move or be granted.
    error ZeroAmount();

    /// @notice Thrown when `beneficiary` cannot hold a grant (zero or the escrow itself).
    error InvalidBeneficiary(address beneficiary);

    /// @notice Thrown when a grant has a vesting duration of 0 seconds.
    error ZeroDuration();

    /// @notice Thrown when the cliff (`cliff` seconds after start) falls after the end (`duration`).
    error CliffAfterEnd(uint256 cliff, uint256 duration);

    /// @notice Thrown when `start` does not fit in 40 bits or `duration` in 32 bits.
    error ScheduleOutOfRange(uint256 start, uint256 duration);

    /// @notice Thrown when a grant of `requested` exceeds the unallocated pool, `available`.
    error PoolExceeded(uint256 requested, uint256 available);

    /// @notice Thrown when a grant of `requested` exceeds the funded balance not yet owed, `available`.
    error InsufficientFunding(uint256 requested, uint256 available);

    /// @notice Thrown when no grant has id `id`.
    error GrantNotFound(uint256 id);

    /// @notice Thrown when `caller` is not the beneficiary of grant `id`.
    error NotBeneficiary(uint256 id, address caller);

    /// @notice Thrown when `caller` is not the pending beneficiary of grant `id`.
    error NotPendingBeneficiary(uint256 id, address caller);

    /// @notice Thrown when grant `id` has nothing claimable now.
    error NothingToClaim(uint256 id);

    /// @notice Thrown when governance tries to revoke grant `id`, which is not revocable.
    error NotRevocable(uint256 id);

    /// @notice Thrown when grant `id` was already revoked (second revoke, or a milestone after it).
    error GrantAlreadyRevoked(uint256 id);

    /// @notice Thrown when a milestone is approved on grant `id`, which is not milestone-gated.
    error NotMilestoneGated(uint256 id);

    /// @notice Thrown when `newCap` does not raise the approved cap `currentCap` of grant `id`.
    error CapNotRaised(uint256 id, uint256 newCap, uint256 currentCap);

    /// @notice Thrown when `newCap` exceeds the amount `amount` of grant `id`.
    error CapAboveAmount(uint256 id, uint256 newCap, uint256 amount);

    /// @notice Thrown when the escrow holds no more than `required`, the most the program may
    ///         still pay (`POOL - totalClaimed`), so there is nothing to sweep (`balance`).
    error NoExcess(uint256 balance, uint256 required);

    /// @notice Ownership cannot be renounced: governance must always be able to unpause,
    ///         unjail, start the program or manage grants; hand it over with the two-step
    ///         transfer instead.
    error RenounceDisabled();

    // ------------------------------------------------------------------ funding

    /// @notice Pulls `amount` tokens from the caller into the escrow (anyone may fund).
    /// @dev Needs an allowance. Records and emits what arrived (the balance difference), so a
    ///      token that takes a fee cannot inflate the funding. Tokens sent with a plain
    ///      `transfer` fund the escrow as well, since funding is read from the balance.
    /// @param amount Tokens to pull, in wei (> 0).
    /// @return received Tokens that arrived, in wei.
    function fund(uint256 amount) external returns (uint256 received);

    // ------------------------------------------------------------------ governance

    /// @notice Creates a grant of `amount` tokens to `beneficiary`, vesting linearly from
    ///         `start` over `duration` seconds with nothing vesting before `start + cliff`.
    /// @dev Only the owner. Reverts with `PoolExceeded` when `amount > POOL - allocated` and
    ///      with `InsufficientFunding` when `amount > balance - unpaid`. `start` may lie in
    ///      the past (vesting then counts from it). A milestone-gated grant starts with an
    ///      approved cap of 0.
    /// @param beneficiary Who may claim (not zero, not the escrow).
    /// @param amount Tokens granted, in wei (> 0).
    /// @param start Vesting start, unix seconds (< 2^40).
    /// @param cliff Seconds after `start` before anything vests (`<= duration`).
    /// @param duration Seconds from `start` to full vesting (> 0, < 2^32).
    /// @param revocable Whether governance may later revoke the unvested part.
    /// @param milestoneGated Whether claims are capped by governance-approved milestones.
    /// @param description A text or URI describing the grant, recorded in the event only.
    /// @return id The new grant's id (ids count from 1).
    function createGrant(
        address beneficiary,
        uint256 amount,
        uint256 start,
        uint256 cliff,
        uint256 duration,
        bool revocable,
        bool milestoneGated,
        string calldata description
    ) external returns (uint256 id);

    /// @notice Raises the approved cap of milestone-gated grant `id` to `newCap`.
    /// @dev Only the owner. The cap only goes up, never above the grant's amount, and not
    ///      after revocation. Claims pay `min(vested, approvedCap) - claimed`.
    /// @param id The grant.
    /// @param newCap The new cap, in wei (above the current one, `<= amount`).
    function approveMilestone(uint256 id, uint256 newCap) external;

    /// @notice Revokes revocable grant `id`, once: what has vested (and, if gated, been
    ///         approved) by now stays claimable by the beneficiary, the rest returns to the pool.
    /// @dev Only the owner. The grant's amount is cut to the kept part and `allocated` drops by
    ///      the returned part, which may be granted again. Moves no tokens.
    /// @param id The grant.
    /// @return kept The grant's new amount (claimed part included), in wei.
    /// @return returned What went back to the pool, in wei.
    function revoke(uint256 id) external returns (uint256 kept, uint256 returned);

    /// @notice Sends the tokens held above everything the program may still pay to `to`.
    /// @dev Only the owner. The program may still pay `POOL - totalClaimed` (every unpaid
    ///      grant plus the whole unallocated pool), so the sweep leaves exactly that and never
    ///      touches a grant or the pool's capacity. Reverts with `NoExcess` when there is none.
    /// @param to The recipient; zero means the caller.
    /// @return amount Tokens sent, in wei.
    function sweepExcess(address to) external returns (uint256 amount);

    // ------------------------------------------------------------------ beneficiaries

    /// @notice Claims everything claimable on grant `id` and sends it to `to`.
    /// @dev Only the grant's beneficiary. Reverts with `NothingToClaim` when nothing is claimable.
    /// @param id The grant.
    /// @param to The recipient; zero means the caller.
    /// @return amount Tokens paid, in wei.
    function claim(uint256 id, address to) external returns (uint256 amount);

    /// @notice Proposes `newBeneficiary` as the next beneficiary of grant `id`; it takes over
    ///         once it calls `acceptBeneficiary`.
    /// @dev Only the current beneficiary. A new proposal replaces the pending one; zero cancels it.
    /// @param id The grant.
    /// @param newBeneficiary The proposed successor (not the escrow), or zero to cancel.
    function proposeBeneficiary(uint256 id, address newBeneficiary) external;

    /// @notice Accepts the beneficiary role of grant `id`, proposed to the caller.
    /// @dev Only the pending beneficiary. Clears the proposal.
    /// @param id The grant.
    function acceptBeneficiary(uint256 id) external;

    // ------------------------------------------------------------------ views

    /// @notice The token the grants are paid in.
    function TOKEN() external view returns (IERC20);

    /// @notice The program's size in token wei, fixed at construction.
    function POOL() external view returns (uint256);

    /// @notice Grant `id` as stored (a revoked grant shows its cut amount).
    /// @dev Reverts with `GrantNotFound` for an unknown id.
    function grant(uint256 id) external view returns (Grant memory);

    /// @notice How many grants exist; ids run from 1 to this number.
    function grantCount() external view returns (uint256);

    /// @notice The ids of the grants whose beneficiary is `beneficiary`, in creation order.
    /// @dev Loops over every grant: for off-chain use.
    function grantsOf(address beneficiary) external view returns (uint256[] memory ids);

    /// @notice What grant `id` has vested by `timestamp`, in wei, ignoring milestones.
    /// @dev Rounded down. For a revoked grant, its kept amount at any timestamp (frozen).
    function vestedAmount(uint256 id, uint256 timestamp) external view returns (uint256);

    /// @notice What the beneficiary of grant `id` could claim now, in wei.
    /// @dev `min(vested(now), approvedCap) - claimed` if milestone-gated, else `vested(now) - claimed`.
    function claimable(uint256 id) external view returns (uint256);

    /// @notice The sum of the live amounts of all grants (revoked grants count with what they kept).
    function allocated() external view returns (uint256);

    /// @notice The sum of what all grants have paid out.
    function totalClaimed() external view returns (uint256);

    /// @notice What the escrow still owes grants: `allocated - totalClaimed`.
    function unpaid() external view returns (uint256);

    /// @notice The largest amount a new grant may have now:
    ///         `min(POOL - allocated, balance - unpaid)`.
    function available() external view returns (uint256);

    /// @notice Tokens held above what the program may still pay: `balance - (POOL - totalClaimed)`,
    ///         or 0. What `sweepExcess` would send.
    function excess() external view returns (uint256);
}
