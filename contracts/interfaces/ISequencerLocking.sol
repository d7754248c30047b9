// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ISequencerLocking
/// @notice Collateral and the sequencer set. An operator locks METIS against a node key and
///         becomes a sequencer position with an id; the active positions form the set that
///         the L2 nodes read. Rewards are paid by a separate distributor, which this contract
///         keeps informed through `IEarningHook.onEarningChanged` whenever what a position
///         earns on changes.
/// @dev Position life cycle (`Status`):
///      - `None`: the id was never created (every id-taking function reverts `UnknownSequencer`).
///      - `Active`: in the set, earning on its principal. Counts toward `maxSequencers`.
///      - `Jailed`: out of the set (jailed by the guardian or governance, or slashed below
///        `minLock`), earns nothing; may top up, rotate its key, withdraw; governance may unjail.
///      - `Unlocking`: the owner asked for everything back; the principal waits out the delay
///        as a pending withdrawal; earns nothing; still slashable.
///      - `Exited`: paid out; the id, owner and (burnt) signer stay on record forever.
///      A partial withdrawal keeps the status (`Active` or `Jailed`) and only lowers the principal.
///      Earning amount: the principal while `Active`, 0 in every other status.
///      Whitelist rule: while the whitelist is in force (`permissionless == false`), the
///      principal of a position whose owner is not whitelisted cannot grow: `lock`,
///      `increaseLock` and `compoundFor` revert `NotWhitelisted(owner)`. The position keeps
///      earning, and exits, withdrawals, reward claims, key rotation and the reward recipient
///      are never blocked by the whitelist. Once `permissionless`, the whitelist is not read.
///      Exits are never blocked: pause (no lock, top-up or compound), de-whitelisting (the rule
///      above) and jail (out of the set, no earning) never stop `requestWithdrawal` or `withdraw`.
interface ISequencerLocking {
    // ------------------------------------------------------------------ types

    /// @notice The life-cycle stage of a position (see the contract-level notes).
    enum Status {
        None,
        Active,
        Jailed,
        Unlocking,
        Exited
    }

    /// @notice A position as the CLI and indexers see it.
    /// @param owner Who locked; the only one who may top up, rotate the key, unlock and withdraw.
    /// @param status The life-cycle stage.
    /// @param signer The node address, `address(uint160(uint256(keccak256(pubkey))))`.
    /// @param pubkey The node's 64-byte uncompressed secp256k1 public key (x || y, no 0x04 prefix).
    /// @param amount The locked principal, token wei (0 once `Unlocking`).
    /// @param pendingWithdrawal The amount waiting out the unlock delay, token wei (0 if none).
    /// @param withdrawableAt When the pending withdrawal can be withdrawn, unix seconds (0 if none).
    /// @param rewardRecipient Where rewards go by default; `address(0)` means the owner.
    /// @param lockedAt When the position was created, unix seconds.
    struct Position {
        address owner;
        Status status;
        address signer;
        bytes pubkey;
        uint256 amount;
        uint256 pendingWithdrawal;
        uint256 withdrawableAt;
        address rewardRecipient;
        uint256 lockedAt;
    }

    /// @notice A member of the active set, as a sequencer node needs it.
    /// @param id The position id.
    /// @param signer The node address.
    /// @param pubkey The node's 64-byte uncompressed public key (x || y).
    /// @param amount The locked principal, token wei.
    /// @param votingPower `amount / 1e18`, rounded down (whole tokens).
    struct ActiveSequencer {
        uint256 id;
        address signer;
        bytes pubkey;
        uint256 amount;
        uint256 votingPower;
    }

    // ------------------------------------------------------------------ events

    /// @notice Position `id` was created by `owner` for node `signer` (key `pubkey`) with `amount`
    ///         locked; it is `Active` (it joined the set with power `amount / VOTING_POWER_UNIT`)
    ///         and the owner's nonce was incremented. The set is now at version `setVersion`.
    /// @dev Set events: `Locked`, `LockIncreased`, `Compounded`, `SignerUpdated`,
    ///      `WithdrawalRequested`, `Jailed`, `Unjailed` and `Slashed` each carry the position's
    ///      resulting principal and status (stated, or fixed by the event) and the `setVersion`
    ///      after the change, so that a node holding the set at any block can follow it from the
    ///      logs alone (the key of a member is in `Locked`, `SignerUpdated` and `Unjailed`).
    event Locked(
        uint256 indexed id,
        address indexed owner,
        address indexed signer,
        bytes pubkey,
        uint256 amount,
        uint256 setVersion
    );

    /// @notice The owner added `amount` to position `id`; its principal is now `newAmount` and
    ///         its status `status` (`Active`: a member, `Jailed`: out of the set). The set is at
    ///         version `setVersion` (incremented if the member's voting power changed).
    event LockIncreased(
        uint256 indexed id, uint256 amount, uint256 newAmount, Status status, uint256 setVersion
    );

    /// @notice The distributor compounded `amount` of rewards into the `Active` position `id`;
    ///         principal now `newAmount`. The set is at version `setVersion` (incremented if
    ///         the member's voting power changed).
    event Compounded(uint256 indexed id, uint256 amount, uint256 newAmount, uint256 setVersion);

    /// @notice Position `id` (status `status`, principal `amount`) now runs node `newSigner`
    ///         (key `pubkey`); `oldSigner` stays burnt. The owner's nonce was incremented. The
    ///         set is at version `setVersion` (incremented when the position is `Active`: a
    ///         member changed its key).
    event SignerUpdated(
        uint256 indexed id,
        address indexed oldSigner,
        address indexed newSigner,
        bytes pubkey,
        uint256 amount,
        Status status,
        uint256 setVersion
    );

    /// @notice Rewards of position `id` go to `recipient` by default (`address(0)`: the owner).
    event RewardRecipientSet(uint256 indexed id, address indexed recipient);

    /// @notice The owner asked for `amount` of position `id` back, withdrawable at
    ///         `withdrawableAt`; `remaining` principal stays locked and the position is now in
    ///         `status`: `Unlocking` after a full request (it left the set), else unchanged
    ///         (`Active` or `Jailed`). The set is at version `setVersion` (incremented when a
    ///         member left or its voting power changed).
    event WithdrawalRequested(
        uint256 indexed id,
        uint256 amount,
        uint256 remaining,
        uint256 withdrawableAt,
        Status status,
        uint256 setVersion
    );

    /// @notice The pending withdrawal of position `id`, `amount`, was paid to `owner`; `exited`
    ///         means the position is now `Exited`. Not a set event: the set does not change.
    event Withdrawn(uint256 indexed id, address indexed owner, uint256 amount, bool exited);

    /// @notice Position `id`, principal `amount`, was jailed by `by`: it left the set and earns
    ///         nothing. The set is now at version `setVersion`. After a `Slashed` event of the
    ///         same position with status `Jailed` (a slash into jail) it repeats that change and
    ///         its version: a follower treats it as a no-op.
    event Jailed(uint256 indexed id, address indexed by, uint256 amount, uint256 setVersion);

    /// @notice Position `id` was unjailed by governance: it is `Active` again, back in the set
    ///         with principal `amount` and key `pubkey`. The set is now at version `setVersion`.
    event Unjailed(uint256 indexed id, uint256 amount, bytes pubkey, uint256 setVersion);

    /// @notice `amount` of position `id` went to `treasury` (the treasury, or the slasher when
    ///         it slashed): `fromPending` out of the pending withdrawal, then `fromPrincipal`
    ///         out of the principal, which is now `principal`;
    ///         the position is now in `status` (`Jailed` when the slash left an `Active`
    ///         position below `minLock`; a `Jailed` event is then emitted too). The set is at
    ///         version `setVersion` (incremented when a member left or its voting power
    ///         changed). `reason` is free text.
    event Slashed(
        uint256 indexed id,
        address indexed treasury,
        uint256 amount,
        uint256 fromPending,
        uint256 fromPrincipal,
        uint256 principal,
        Status status,
        uint256 setVersion,
        string reason
    );

    /// @notice `operator` may (or may no longer) lock, top up and compound while the set is
    ///         permissioned.
    event WhitelistSet(address indexed operator, bool whitelisted);

    /// @notice Anyone may (or only whitelisted operators may) lock, top up and compound.
    event PermissionlessSet(bool permissionless);

    /// @notice New lock limits, token wei, for new locks, top-ups, partial withdrawals and unjails.
    event LockLimitsSet(uint256 minLock, uint256 maxLock);

    /// @notice New cap on the number of active positions.
    event MaxSequencersSet(uint256 maxSequencers);

    /// @notice New unlock delay in seconds, for withdrawal requests made from now on.
    event UnlockDelaySet(uint256 unlockDelay);

    /// @notice Slashed funds now go to `treasury`.
    event TreasurySet(address indexed treasury);

    /// @notice `guardian` may now pause new locks and jail (`address(0)`: no guardian).
    event GuardianSet(address indexed guardian);

    /// @notice `slasher` may now slash (within the cap, receiving what it slashes) and jail
    ///         (`address(0)`: no slasher).
    event SlasherSet(address indexed slasher);

    /// @notice The reward distributor was set (once) to `distributor`.
    event DistributorSet(address indexed distributor);

    /// @notice `account` (guardian or governance) paused new locks, top-ups and compounding.
    event Paused(address account);

    /// @notice Governance (`account`) lifted the pause.
    event Unpaused(address account);

    // ------------------------------------------------------------------ errors

    /// @notice New locks, top-ups and compounding are paused (exits never are).
    error EnforcedPause();

    /// @notice `unpause` was called while not paused.
    error ExpectedPause();

    /// @notice Position `id` was never created.
    error UnknownSequencer(uint256 id);

    /// @notice `caller` is not the owner of position `id`.
    error NotPositionOwner(uint256 id, address caller);

    /// @notice `caller` is not the reward distributor.
    error NotDistributor(address caller);

    /// @notice `caller` is neither the guardian nor governance.
    error NotGuardianOrOwner(address caller);

    /// @notice `operator` is not whitelisted and the set is not permissionless yet, so it cannot
    ///         add to a position: lock (the caller), top up (the caller, who is the owner) or
    ///         compound (the position's owner). Exits, withdrawals and claims are not affected.
    error NotWhitelisted(address operator);

    /// @notice An amount was zero.
    error ZeroAmount();

    /// @notice An address that must be set was `address(0)`.
    error ZeroAddress();

    /// @notice `amount` is below the minimum lock `minLock` (token wei).
    error AmountBelowMinimum(uint256 amount, uint256 minLock);

    /// @notice `amount` is above the maximum lock `maxLock` (token wei).
    error AmountAboveMaximum(uint256 amount, uint256 maxLock);

    /// @notice The active set already has `maxSequencers` members.
    error ActiveSetFull(uint256 maxSequencers);

    /// @notice A public key was `length` bytes long instead of 64 (x || y, no 0x04 prefix).
    error InvalidPublicKeyLength(uint256 length);

    /// @notice The 64-byte public key `(x, y)` is not a point of secp256k1: a coordinate is not
    ///         below the field prime p, or `y^2 != x^3 + 7 (mod p)` (SEC 2, section 2.4.1).
    error PublicKeyNotOnCurve(bytes32 x, bytes32 y);

    /// @notice `signer` is (or was) the node of position `id`; signers are never reused.
    error SignerAlreadyUsed(address signer, uint256 id);

    /// @notice The possession proof recovered to `recovered` instead of `expectedSigner`
    ///         (`address(0)` for a malformed signature).
    error InvalidPossessionProof(address expectedSigner, address recovered);

    /// @notice The token transfer delivered `received` instead of `expected` (fee-on-transfer token).
    error TransferAmountMismatch(uint256 expected, uint256 received);

    /// @notice Position `id` is in `status`, where this operation is not allowed.
    error InvalidStatus(uint256 id, Status status);

    /// @notice Position `id` already has `pendingAmount` waiting until `withdrawableAt`.
    error WithdrawalAlreadyPending(uint256 id, uint256 pendingAmount, uint256 withdrawableAt);

    /// @notice `amount` is more than the `principal` of the position.
    error AmountExceedsPrincipal(uint256 amount, uint256 principal);

    /// @notice A partial withdrawal would leave `remaining`, below `minLock`; withdraw all or less.
    error RemainingBelowMinimum(uint256 remaining, uint256 minLock);

    /// @notice Position `id` has no pending withdrawal.
    error NoPendingWithdrawal(uint256 id);

    /// @notice The pending withdrawal of position `id` is not withdrawable before `withdrawableAt`.
    error WithdrawalNotReady(uint256 id, uint256 withdrawableAt);

    /// @notice A slash of `amount` on position `id` exceeds the per-event cap `cap`.
    error SlashExceedsCap(uint256 id, uint256 amount, uint256 cap);

    /// @notice Lock limits must satisfy `VOTING_POWER_UNIT <= minLock <= maxLock <= type(uint88).max`,
    ///         with `maxLock` a whole number of tokens (a multiple of `VOTING_POWER_UNIT`).
    error InvalidLockLimits(uint256 minLock, uint256 maxLock);

    /// @notice `maxSequencers` must be at least 1, at least `activeCount` and at most
    ///         `MAX_SEQUENCERS_LIMIT`.
    error InvalidMaxSequencers(uint256 maxSequencers, uint256 activeCount);

    /// @notice `unlockDelay` (seconds) is outside `[minDelay, maxDelay]`.
    error UnlockDelayOutOfBounds(uint256 unlockDelay, uint256 minDelay, uint256 maxDelay);

    /// @notice The distributor is already set to `distributor`; it can be set only once.
    error DistributorAlreadySet(address distributor);

    /// @notice `distributor` is not a distributor for this contract: it has no code, or its
    ///         `locking()` is not this contract, or its `token()` is not this contract's token.
    error DistributorMismatch(address distributor);

    /// @notice `count` positions exist already; the distributor must be set before the first lock.
    error PositionsAlreadyExist(uint256 count);

    /// @notice Ownership cannot be renounced: governance must always be able to unpause,
    ///         unjail, start the program or manage grants; hand it over with the two-step
    ///         transfer instead.
    error RenounceDisabled();

    // ------------------------------------------------------------------ operator actions

    /// @notice Locks `amount` tokens as a new `Active` position for the node key `pubkey`.
    /// @dev Requires: not paused; the caller whitelisted unless `permissionless`; `minLock <= amount
    ///      <= maxLock`; room in the active set; `pubkey` 64 bytes, a point of secp256k1, its signer never used;
    ///      `proof` an EIP-712 signature by the signer key over
    ///      `Possession(address owner,address signer,uint256 nonce)` with `owner = msg.sender`,
    ///      `nonce = nonces(msg.sender)` (see `possessionDigest`). Pulls exactly `amount` (the
    ///      caller must have approved it; a token that delivers less reverts
    ///      `TransferAmountMismatch`), increments the caller's nonce, calls the distributor hook.
    /// @param pubkey The node's 64-byte uncompressed secp256k1 public key (x || y).
    /// @param proof The 65-byte (r, s, v) possession signature by that key.
    /// @param amount The amount to lock, token wei.
    /// @return id The new position id (ids start at 1).
    function lock(bytes calldata pubkey, bytes calldata proof, uint256 amount) external returns (uint256 id);

    /// @notice Adds `amount` tokens to the principal of position `id` (owner only).
    /// @dev Allowed while `Active` or `Jailed` and not paused; while the whitelist is in force
    ///      (not `permissionless`) the caller must be whitelisted, else `NotWhitelisted(msg.sender)`;
    ///      the new principal must stay `<= maxLock`. Reverts, in this order: `EnforcedPause`,
    ///      `UnknownSequencer`, `NotPositionOwner`, `InvalidStatus`, `NotWhitelisted`,
    ///      `ZeroAmount`, `AmountAboveMaximum`. Pulls exactly `amount`. Calls the hook when the
    ///      position is `Active`.
    /// @param id The position id.
    /// @param amount The amount to add, token wei.
    function increaseLock(uint256 id, uint256 amount) external;

    /// @notice Rotates the node key of position `id` to `pubkey` (owner only).
    /// @dev Allowed while `Active` or `Jailed`. Same checks on the new key and `proof` as `lock`
    ///      (proof over the caller's current nonce, which is then incremented). The old signer
    ///      stays burnt. The earning amount does not change, so no hook call.
    /// @param id The position id.
    /// @param pubkey The new 64-byte uncompressed public key (x || y).
    /// @param proof The possession signature by the new key.
    function updateSigner(uint256 id, bytes calldata pubkey, bytes calldata proof) external;

    /// @notice Sets where the rewards of position `id` go by default (owner only, any status).
    /// @param id The position id.
    /// @param recipient The recipient; `address(0)` means the owner.
    function setRewardRecipient(uint256 id, address recipient) external;

    /// @notice Asks for `amount` of the principal of position `id` back (owner only).
    /// @dev Never blocked by pause, de-whitelisting or jail. `amount == principal` is a full
    ///      exit: the position leaves the set at once and becomes `Unlocking`. Otherwise the rest
    ///      must stay `>= minLock` and the status is kept. One pending request per position. The
    ///      request becomes withdrawable `unlockDelay` seconds from now (the delay in force now).
    ///      Calls the hook when the earning amount changes (the position was `Active`).
    /// @param id The position id.
    /// @param amount The amount to withdraw, token wei.
    function requestWithdrawal(uint256 id, uint256 amount) external;

    /// @notice Pays the pending withdrawal of position `id` to its owner (owner only).
    /// @dev Never blocked by pause, de-whitelisting or jail. Ends a full exit in `Exited`.
    /// @param id The position id.
    /// @return amount The amount paid, token wei (less than requested if slashed meanwhile).
    function withdraw(uint256 id) external returns (uint256 amount);

    // ------------------------------------------------------------------ distributor

    /// @notice Adds `amount` of rewards, already transferred here by the distributor, to the
    ///         principal of the `Active` position `id`.
    /// @dev Only the distributor; not while paused; while the whitelist is in force (not
    ///      `permissionless`) the position's owner must be whitelisted, else
    ///      `NotWhitelisted(owner)` (the reward stays claimable); the new principal must stay
    ///      `<= maxLock` (else `AmountAboveMaximum(newAmount, maxLock)`). Reverts, in this order:
    ///      `NotDistributor`, `EnforcedPause`, `UnknownSequencer`, `InvalidStatus`,
    ///      `NotWhitelisted`, `ZeroAmount`, `AmountAboveMaximum`. Emits `Compounded`, then calls the
    ///      hook with the new earning amount: the distributor is re-entered (its
    ///      `onEarningChanged`), which is intended. This contract's own reentrancy guard is set
    ///      during the call, so the hook cannot re-enter this contract's mutating functions,
    ///      only its views.
    /// @param id The position id.
    /// @param amount The amount compounded, token wei.
    function compoundFor(uint256 id, uint256 amount) external;

    // ------------------------------------------------------------------ governance

    /// @notice Allows or disallows `operator` to add collateral while permissioned (governance):
    ///         lock new positions, top up and compound its existing ones.
    /// @dev Existing positions of a removed operator keep earning and can always exit, withdraw,
    ///      claim, rotate their key and set their reward recipient (jail them to stop their
    ///      earning). No effect once `permissionless`.
    function setWhitelisted(address operator, bool allowed) external;

    /// @notice Opens (or closes again) locking to everyone (governance).
    function setPermissionless(bool enabled) external;

    /// @notice Sets the lock limits, token wei (governance).
    /// @dev `VOTING_POWER_UNIT <= newMinLock <= newMaxLock <= type(uint88).max`, and `newMaxLock`
    ///      a whole number of tokens (a multiple of `VOTING_POWER_UNIT`), else `InvalidLockLimits`.
    ///      The floor keeps every member's voting power at 1 or more: CometBFT reads power 0 as a
    ///      removal. The limits apply to operations from now on (lock, top-up, compound, partial
    ///      withdrawal, unjail): existing positions are not moved or jailed by a change of limits.
    function setLockLimits(uint256 newMinLock, uint256 newMaxLock) external;

    /// @notice Sets the cap on the active set (governance); never below the current active count
    ///         nor above `MAX_SEQUENCERS_LIMIT`.
    /// @dev With `maxLock <= type(uint88).max` (309,485,009 whole tokens of voting power) the cap
    ///      keeps the set's total power at most `MAX_SEQUENCERS_LIMIT * 309,485,009`, about
    ///      3.1e12, far below CometBFT's `MaxTotalVotingPower` (`int64` max / 8, about 1.15e18).
    function setMaxSequencers(uint256 newMaxSequencers) external;

    /// @notice Sets the unlock delay in seconds within `[MIN_UNLOCK_DELAY, MAX_UNLOCK_DELAY]`
    ///         (governance). Pending requests keep the `withdrawableAt` they were given.
    function setUnlockDelay(uint256 newUnlockDelay) external;

    /// @notice Sets where slashed funds go (governance); not `address(0)`.
    function setTreasury(address newTreasury) external;

    /// @notice Sets the guardian (governance); `address(0)` disables it.
    function setGuardian(address newGuardian) external;

    /// @notice Sets the slasher (governance): a contract that slashes from verified evidence
    ///         (e.g. `EquivocationSlasher`); `address(0)` disables it. It may `slash` within
    ///         the per-event cap (what it slashes goes to it, to pay a reporter and the
    ///         treasury) and `jail`; governance keeps both powers.
    function setSlasher(address newSlasher) external;

    /// @notice Sets the reward distributor (governance), once, and only before the first lock
    ///         (so that every position is in its accounting from the start).
    /// @dev The distributor may refuse increases of earning (by reverting), and must never
    ///      refuse a decrease: exits call it too. Since the setting is permanent, the
    ///      distributor must be a contract whose `locking()` is this contract and whose
    ///      `token()` is this contract's token, or the call reverts `DistributorMismatch`.
    function setDistributor(address newDistributor) external;

    /// @notice Takes the `Active` position `id` out of the set; it stops earning (guardian,
    ///         slasher or governance).
    function jail(uint256 id) external;

    /// @notice Puts the `Jailed` position `id` back into the set (governance).
    /// @dev Requires `minLock <= principal <= maxLock` and room in the set. Calls the hook.
    function unjail(uint256 id) external;

    /// @notice Sends `amount` of position `id`'s funds to the treasury (governance), or to the
    ///         slasher when the slasher calls (it pays its reporter and the treasury).
    /// @dev Governance or the slasher (`OwnableUnauthorizedAccount` otherwise). Allowed while
    ///      `Active`, `Jailed` or `Unlocking`. Per-event cap: `MAX_SLASH_BPS` of
    ///      `principal + pendingWithdrawal`, rounded down (in the owner's favour). Takes from the
    ///      pending withdrawal first (the funds about to leave), then from the principal. An
    ///      `Active` position left below `minLock` is jailed. Calls the hook when the earning
    ///      amount changes.
    /// @param id The position id.
    /// @param amount The amount to slash, token wei.
    /// @param reason Free text for the record (e.g. a link to the evidence).
    function slash(uint256 id, uint256 amount, string calldata reason) external;

    /// @notice Stops new locks, top-ups and compounding (guardian or governance).
    function pause() external;

    /// @notice Lifts the pause (governance only).
    function unpause() external;

    // ------------------------------------------------------------------ views used by the distributor

    /// @notice The locked token (METIS).
    function token() external view returns (IERC20);

    /// @notice The reward distributor called on earning changes (`address(0)` until set).
    function distributor() external view returns (address);

    /// @notice The owner of position `id`; reverts `UnknownSequencer(id)` for ids never created.
    function ownerOf(uint256 id) external view returns (address);

    /// @notice The owner of position `id` and where its rewards go (`rewardRecipient`, or the
    ///         owner when unset); reverts `UnknownSequencer(id)` for ids never created.
    function rewardAccounts(uint256 id) external view returns (address owner, address recipient);

    /// @notice What position `id` earns on now: its principal while `Active`, else 0.
    function earningOf(uint256 id) external view returns (uint256);

    // ------------------------------------------------------------------ views for nodes and the CLI

    /// @notice The token wei per unit of CometBFT voting power: a member's power is
    ///         `amount / VOTING_POWER_UNIT` (1e18: whole tokens), and `minLock` is at least this.
    function VOTING_POWER_UNIT() external view returns (uint256);

    /// @notice The highest `maxSequencers` governance may set (10,000): with `maxLock` at most
    ///         309,485,009 tokens, the total power stays below CometBFT's `MaxTotalVotingPower`.
    function MAX_SEQUENCERS_LIMIT() external view returns (uint256);

    /// @notice Position `id`; reverts `UnknownSequencer(id)` for ids never created.
    function getPosition(uint256 id) external view returns (Position memory);

    /// @notice The ids of the positions ever created by `owner`, in creation order (loops over all ids).
    function positionsOf(address owner) external view returns (uint256[] memory ids);

    /// @notice The active set in id order, with keys and voting power (loops over all ids).
    /// @dev Its cost grows with every position ever created (about 2.1k gas per id, about 10k
    ///      per member, cold): past the gas cap of a node's `eth_call` (geth: 50M), read the
    ///      set in id ranges with `activeSequencersIn`, all at one block.
    function activeSequencers() external view returns (ActiveSequencer[] memory);

    /// @notice The members whose id is in `[fromId, toId)`, in id order, as `activeSequencers`
    ///         gives them. Ids past the last position are ignored, and an empty range
    ///         (`fromId >= toId`) gives an empty list. The ranges `[1, k)`, `[k, m)`, ...,
    ///         `[.., positionCount() + 1)`, read at the same block, give `activeSequencers()`.
    /// @param fromId First id of the range (id 0 is no position and is skipped).
    /// @param toId   First id after the range.
    function activeSequencersIn(uint256 fromId, uint256 toId) external view returns (ActiveSequencer[] memory);

    /// @notice The version of the consensus set: incremented by every change of its membership,
    ///         of a member's key or of a member's voting power (`amount / VOTING_POWER_UNIT`),
    ///         and by nothing else. Starts at 0 (no member). Two reads with the same version
    ///         see the same `activeSequencers()` ids, keys and powers. Every set event carries it.
    function setVersion() external view returns (uint256);

    /// @notice The number of `Active` positions.
    function activeCount() external view returns (uint256);

    /// @notice The number of positions ever created (ids run from 1 to this number).
    function positionCount() external view returns (uint256);

    /// @notice The position id whose node is (or was) `signer`; 0 if never used.
    function signerToId(address signer) external view returns (uint256);

    /// @notice When `signer` was rotated out of its position (`updateSigner`), unix seconds;
    ///         0 if it is still its position's key, or was never used.
    function signerRetiredAt(address signer) external view returns (uint256);

    /// @notice The minimum principal of an active position, token wei.
    function minLock() external view returns (uint256);

    /// @notice The maximum principal of a position, token wei.
    function maxLock() external view returns (uint256);

    /// @notice The cap on the number of active positions.
    function maxSequencers() external view returns (uint256);

    /// @notice The delay between a withdrawal request and the withdrawal, seconds (new requests).
    function unlockDelay() external view returns (uint256);

    /// @notice Whether anyone may lock, top up and compound (true) or only whitelisted owners (false).
    function permissionless() external view returns (bool);

    /// @notice Whether new locks, top-ups and compounding are paused.
    function paused() external view returns (bool);

    /// @notice Where slashed funds go.
    function treasury() external view returns (address);

    /// @notice Who may pause and jail besides governance (`address(0)`: nobody).
    function guardian() external view returns (address);

    /// @notice Who may slash and jail from verified evidence besides governance
    ///         (`address(0)`: nobody).
    function slasher() external view returns (address);

    /// @notice Whether `operator` is whitelisted.
    function whitelisted(address operator) external view returns (bool);

    /// @notice The nonce `owner`'s next possession proof must sign (incremented by every
    ///         successful `lock` and `updateSigner` of `owner`).
    function nonces(address owner) external view returns (uint256);

    /// @notice The EIP-712 digest the signer key signs to prove possession: domain
    ///         `("SequencerLocking", "1", chainid, this)`, struct
    ///         `Possession(address owner,address signer,uint256 nonce)`.
    function possessionDigest(address owner, address signer, uint256 nonce) external view returns (bytes32);

    /// @notice The EIP-712 domain separator of this contract on this chain.
    function DOMAIN_SEPARATOR() external view returns (bytes32);
}
