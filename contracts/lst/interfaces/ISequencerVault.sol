// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ISequencerVault
/// @notice A liquid staking vault over sequencer positions: holders of any size deposit the
///         locked token and get ERC-20 shares (ERC-4626, with ERC-2612 permit); the vault owns
///         sequencer positions run by node operators that its governance registered, earns
///         Sequencer Mining rewards on them, and pays redemptions asynchronously through the
///         unlock delay (ERC-7540 redeem requests, served first in, first out).
/// @dev Books (all token wei):
///      - `totalAssets = free buffer + principal + pending withdrawals + unclaimed rewards net
///        of commission - pending redemptions`, where the free buffer is the vault's token
///        balance less what Claimable redemptions hold, principal and pending withdrawals are
///        the positions' own figures in the locking contract, and unclaimed rewards are the
///        distributor's `pendingReward` of each position.
///      - A redeem request burns its shares and fixes its assets at `convertToAssets(shares)`
///        (rounded down). Until it is Claimable it stays exposed to slashes: a loss of `S` out
///        of gross assets `G` (holders' assets plus pending redemptions) scales every pending
///        request by `(G - S) / G` (the pending factor), so that a holder who requests first
///        takes the same share of a slash as one who stays. Claimable requests are set aside
///        in tokens and no longer exposed.
///      - A slash is seen as principal + pending withdrawal below what the vault booked
///        (only the vault adds to its positions). Every entry point first brings the books up
///        to date (`_sync`): it recognises losses and collects withdrawals that are due.
///      Rounding favours the vault: shares minted and assets paid round down, liabilities up.
///      The share price never falls except by a slash: deposits and requests are priced at
///      `totalAssets`, which already counts accrued rewards net of commission, so a harvest
///      only turns them into tokens.
interface ISequencerVault {
    // ------------------------------------------------------------------ types

    /// @notice A node operator registered by governance.
    /// @param rewardAddress Where its commission goes.
    /// @param positionId Its live position (0 if none).
    /// @param pubkey Its node key for the next or the live position (64 bytes, x || y).
    /// @param proof A possession proof of `pubkey` for the vault as owner, over the vault's
    ///        nonce in the locking contract at the time it was given.
    /// @param keyUsed Whether `pubkey` already backed a position (a signer is never reused:
    ///        a new position needs a new key).
    struct NodeOperator {
        address rewardAddress;
        uint256 positionId;
        bytes pubkey;
        bytes proof;
        bool keyUsed;
    }

    /// @notice A redeem request in the queue.
    /// @param controller Who claims it.
    /// @param claimableAt The earliest time it may be served (unix seconds): its making plus
    ///        the locking contract's unlock delay, so that a slash announced in the locking
    ///        contract's governance timelock (shorter than the delay) still reaches it.
    /// @param shares The shares it took.
    /// @param scaledAssets Its assets divided by the pending factor at the time it was made
    ///        (1e18 fixed point): its value now is `scaledAssets * pendingFactor / 1e18`.
    struct Request {
        address controller;
        uint64 claimableAt;
        uint256 shares;
        uint256 scaledAssets;
    }

    // ------------------------------------------------------------------ events

    /// @notice Governance registered node operator `operatorId` with key `pubkey`.
    event NodeOperatorAdded(uint256 indexed operatorId, address rewardAddress, address signer, bytes pubkey);

    /// @notice Node operator `operatorId`'s key became `pubkey` (for its next position, or
    ///         rotated on its live position `positionId`).
    event NodeOperatorKeySet(
        uint256 indexed operatorId, uint256 indexed positionId, address signer, bytes pubkey
    );

    /// @notice Node operator `operatorId`'s commission now goes to `rewardAddress`.
    event NodeOperatorRewardAddressSet(uint256 indexed operatorId, address rewardAddress);

    /// @notice `amount` of the buffer went into position `positionId` of node operator
    ///         `operatorId` (a new position or a top-up); its principal is now `principal`.
    event Allocated(
        uint256 indexed operatorId, uint256 indexed positionId, uint256 amount, uint256 principal
    );

    /// @notice The vault asked for `amount` of position `positionId` back (`full`: an exit).
    event PositionUnlocked(uint256 indexed positionId, uint256 amount, bool full);

    /// @notice The vault collected `amount` from position `positionId`'s pending withdrawal.
    event PositionWithdrawn(uint256 indexed positionId, uint256 amount);

    /// @notice Position `positionId` left the vault's books (exited and paid out).
    event PositionClosed(uint256 indexed positionId, uint256 indexed operatorId);

    /// @notice The vault claimed `reward` of position `positionId`; `commission` went to its
    ///         node operator.
    event Harvested(
        uint256 indexed positionId, uint256 indexed operatorId, uint256 reward, uint256 commission
    );

    /// @notice Governance announced a commission of `commissionBps`, in force from the first
    ///         harvest at or after `effectiveAt` (unix seconds).
    event CommissionAnnounced(uint256 commissionBps, uint256 effectiveAt);

    /// @notice The commission changed from `previousBps` to `commissionBps`.
    event CommissionChanged(uint256 previousBps, uint256 commissionBps);

    /// @notice A loss of `loss` (a slash) was recognised out of gross assets `grossAssets`;
    ///         pending redemptions are now scaled by `pendingFactor` (1e18 fixed point).
    event LossRecognised(uint256 loss, uint256 grossAssets, uint256 pendingFactor);

    /// @notice Request `requestId` of `controller` is worth `assets` at the time it was made.
    event RedeemRequestValued(uint256 indexed requestId, address indexed controller, uint256 assets);

    /// @notice The queue is empty: pending redemptions start again at a factor of 1e18.
    event PendingFactorReset();

    /// @notice Request `requestId` became Claimable: `assets` for its `shares`. Requests are
    ///         served in id order: request `n` is Claimable once this event names it, and
    ///         every request before it is too (`queue().nextToServe`).
    event RedeemRequestClaimable(
        uint256 indexed requestId, address indexed controller, uint256 shares, uint256 assets
    );

    // ------------------------------------------------------------------ errors

    /// @notice No node operator has id `operatorId`.
    error UnknownNodeOperator(uint256 operatorId);

    /// @notice The vault already runs `max` positions.
    error TooManyPositions(uint256 max);

    /// @notice `amount` is more than the buffer can give: `available` after what pending
    ///         redemptions need.
    error InsufficientBuffer(uint256 amount, uint256 available);

    /// @notice Node operator `operatorId`'s key already backed a position: register a new one.
    error KeyAlreadyUsed(uint256 operatorId);

    /// @notice Node operator `operatorId` has no approved key waiting for its live position.
    error NoKeyToApply(uint256 operatorId);

    /// @notice A node key must be 64 bytes (x || y), not `length`.
    error InvalidPublicKeyLength(uint256 length);

    /// @notice Position `positionId` is not the vault's, or not in the state the call needs
    ///         (`status`, the locking contract's).
    error PositionNotEligible(uint256 positionId, uint8 status);

    /// @notice `commissionBps` is above `MAX_COMMISSION_BPS` (`max`).
    error CommissionTooHigh(uint256 commissionBps, uint256 max);

    /// @notice The increase from `currentBps` to `commissionBps` is more than `maxStep`.
    error CommissionStepTooLarge(uint256 commissionBps, uint256 currentBps, uint256 maxStep);

    /// @notice A zero amount of shares or assets.
    error ZeroAmount();

    /// @notice `caller` is neither `controller` nor an operator it approved.
    error NotControllerOrOperator(address caller, address controller);

    /// @notice `amount` is more than `controller` can claim (`claimable`).
    error ExceedsClaimable(address controller, uint256 amount, uint256 claimable);

    /// @notice Redemptions are asynchronous: there is no preview (ERC-7540).
    error AsyncRedemption();

    /// @notice The address is zero.
    error ZeroAddress();

    /// @notice The locking contract created position `created`, not the next id `expected`.
    error UnexpectedPositionId(uint256 created, uint256 expected);

    /// @notice Position `positionId` paid `paid` for a pending withdrawal of `expected`.
    error UnexpectedWithdrawal(uint256 positionId, uint256 paid, uint256 expected);

    /// @notice `locking` does not lock `asset`, or `mining` does not pay `locking`'s positions.
    error WrongWiring(address asset, address locking, address mining);

    // ------------------------------------------------------------------ anyone

    /// @notice A harvest (see `harvest`), then asks positions for what the queue needs beyond
    ///         the buffer, the rewards and the withdrawals in flight, disturbing as little as
    ///         it can: jailed positions first, exited whole; then one partial withdrawal from
    ///         the position with the most room above the locking contract's `minLock` if that
    ///         is enough, else partial withdrawals of all the room, the most first, if together
    ///         enough, else whole exits, the smallest first. Anyone may call it.
    /// @dev Requests become Claimable in order, each once the free buffer pays it in full and
    ///      its `claimableAt` has come (at most `MAX_SERVED_PER_CALL` per call).
    function processRedemptions() external;

    /// @notice Claims every position's rewards into the buffer and pays each node operator
    ///         its commission (basis points of its position's reward, rounded down) in tokens.
    ///         Applies an announced commission whose time has come, after claiming at the old
    ///         one. Then serves the queue. Anyone may call it. Leaves `totalAssets` unchanged:
    ///         it already counts the rewards net of commission.
    /// @return claimed The rewards claimed, token wei (commission included).
    function harvest() external returns (uint256 claimed);

    /// @notice Asks for the whole principal of the vault's jailed position `positionId` back
    ///         (a withdrawal that is due is collected first).
    /// @dev Only `ALLOCATOR_ROLE` or `DEFAULT_ADMIN_ROLE`: a short jail need not end the
    ///      position. Reverts `PositionNotEligible(positionId, status)` unless the position is
    ///      the vault's, `Jailed`, and has no withdrawal pending.
    function exitJailed(uint256 positionId) external;

    // ------------------------------------------------------------------ governance

    /// @notice Announces a commission of `commissionBps`, applied by the first harvest at or
    ///         after `COMMISSION_DELAY` from now; replaces an announcement not yet applied.
    /// @dev Only `DEFAULT_ADMIN_ROLE`. Reverts `CommissionTooHigh` above `MAX_COMMISSION_BPS`,
    ///      `CommissionStepTooLarge` for an increase of more than `MAX_COMMISSION_STEP_BPS`.
    function announceCommission(uint256 commissionBps) external;

    /// @notice Registers a node operator with its node key and a possession proof made for the
    ///         vault as owner (the locking contract checks it when the position is created).
    /// @dev Only `DEFAULT_ADMIN_ROLE`. Reverts `ZeroAddress`, `InvalidPublicKeyLength`.
    /// @param rewardAddress Where its commission goes.
    /// @param pubkey The node's 64-byte public key (x || y).
    /// @param proof The 65-byte possession signature over the vault's nonce.
    /// @return operatorId The new operator's id (from 0).
    function addNodeOperator(address rewardAddress, bytes calldata pubkey, bytes calldata proof)
        external
        returns (uint256 operatorId);

    /// @notice Gives node operator `operatorId` a new key: with a `proof`, rotated now on its
    ///         position if it is in the set or jailed (`updateSigner`; the answer to a
    ///         compromised key); with an empty `proof`, approved for that position, to be
    ///         rotated by `applyNodeOperatorKey` with a fresh proof; with no position, or one
    ///         exiting, kept for its next position.
    /// @dev Only `DEFAULT_ADMIN_ROLE`. The locking contract judges the key and the proof. A
    ///      proof is over the vault's nonce at the time of the rotation, which every new
    ///      position and rotation moves: a call waiting in a timelock should approve the key
    ///      (empty proof) and leave the proof to `applyNodeOperatorKey`.
    /// @param pubkey The node's 64-byte public key (x || y).
    /// @param proof The 65-byte possession signature for the vault at its nonce, or empty.
    function setNodeOperatorKey(uint256 operatorId, bytes calldata pubkey, bytes calldata proof) external;

    /// @notice Rotates node operator `operatorId`'s live position to the key governance
    ///         approved (`setNodeOperatorKey` with an empty proof), with `proof`, a possession
    ///         proof of that key for the vault at its nonce now.
    /// @dev Anyone may call it (the operator, typically): only the approved key can be
    ///      applied, and the locking contract judges the proof (`InvalidPossessionProof`) and
    ///      the position's status. Reverts `NoKeyToApply(operatorId)` when the operator has no
    ///      live position or its key already backs it.
    function applyNodeOperatorKey(uint256 operatorId, bytes calldata proof) external;

    /// @notice Sends node operator `operatorId`'s commission to `rewardAddress` from now on.
    /// @dev Only `DEFAULT_ADMIN_ROLE`.
    function setNodeOperatorRewardAddress(uint256 operatorId, address rewardAddress) external;

    /// @notice Asks for the whole principal of the vault's `Active` or `Jailed` position
    ///         `positionId` back (an operator leaving the vault).
    /// @dev Only `DEFAULT_ADMIN_ROLE`. Reverts `PositionNotEligible` otherwise, or while a
    ///      withdrawal is pending.
    function exitPosition(uint256 positionId) external;

    // ------------------------------------------------------------------ allocator

    /// @notice Moves `amount` of the buffer into node operator `operatorId`'s position: a new
    ///         one (`lock` with its registered key) if it has none, else a top-up.
    /// @dev Only `ALLOCATOR_ROLE`. A top-up goes only to an `Active` position
    ///      (`PositionNotEligible`). At most the free buffer less what pending redemptions need
    ///      (`InsufficientBuffer(amount, available)`); at most `MAX_POSITIONS` positions
    ///      (`TooManyPositions`); a key that backed a position is not used again
    ///      (`KeyAlreadyUsed`). The locking contract judges the rest (`minLock`, `maxLock`,
    ///      the whitelist, the proof, room in the set) and reverts with its own errors.
    /// @param proof A fresh possession proof for a new position (the vault's nonce moves with
    ///        every position it creates), or empty to use the registered one.
    /// @return positionId The position.
    function allocate(uint256 operatorId, uint256 amount, bytes calldata proof)
        external
        returns (uint256 positionId);

    // ------------------------------------------------------------------ views

    /// @notice The commission in force, the announced one and when it applies (0: none), bps
    ///         and unix seconds.
    function commission() external view returns (uint256 bps, uint256 nextBps, uint256 effectiveAt);

    /// @notice Node operator `operatorId`; reverts `UnknownNodeOperator`.
    function nodeOperator(uint256 operatorId) external view returns (NodeOperator memory);

    /// @notice How many node operators were registered.
    function nodeOperatorCount() external view returns (uint256);

    /// @notice The vault's live position ids.
    function positions() external view returns (uint256[] memory);

    /// @notice Request `requestId` and, while it is Pending, what it is worth now (token wei).
    ///         It is Claimable (served) once its id is below `queue().nextToServe`.
    function request(uint256 requestId) external view returns (Request memory r, uint256 assets);

    /// @notice The queue: the next request to serve, the last request's id, and what the
    ///         pending requests are worth (token wei, rounded up).
    function queue() external view returns (uint256 nextToServe, uint256 lastRequestId, uint256 pendingAssets);

    /// @notice The vault's token balance, the part of it Claimable requests hold, and the
    ///         principal + pending withdrawals it booked at its last update (token wei).
    function bookedAssets() external view returns (uint256 buffer, uint256 reserved, uint256 booked);
}
