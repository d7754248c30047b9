// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEarningHook} from "./interfaces/IEarningHook.sol";
import {ISequencerLocking} from "./interfaces/ISequencerLocking.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @dev What `setDistributor` asks of a distributor to check it was built for this contract.
interface IDistributorWiring {
    function locking() external view returns (address);
    function token() external view returns (IERC20);
}

/// @title SequencerLocking
/// @notice Collateral and the sequencer set: see `ISequencerLocking` for the behaviour.
/// @dev Governance (the owner, a TimelockController in production) sets the parameters, the
///      whitelist, the distributor, and may jail, unjail and slash; a guardian may pause new
///      inflows and jail. Every user operation is O(1) whatever the number of positions; only
///      the views loop over ids.
///
///      Storage, packed deliberately (figures from test/gas/SequencerLocking.gas.t.sol):
///      - `_core[id]`: owner (160) | status (8) | amount (88) = one slot, read by every operation.
///        uint88 holds 3.09e26 wei = 309M tokens; METIS supply is 10M and `maxLock` is bounded
///        by `type(uint88).max`, so principal and pending never overflow (checked on write anyway).
///      - `_pending[id]`: pendingWithdrawal (88) | withdrawableAt (40) | lockedAt (40) = one slot.
///        `lockedAt` is written at lock, so the slot is never zero: a withdrawal request updates
///        it (~5k) instead of creating it (~22k). Measured: lock +22.5k (187.4k -> 209.9k),
///        partial request -17.1k (67.3k -> 50.2k), full request -17.1k, withdraw +4.8k (no
///        clearing refund). One lock + one exit costs ~10k more, every further partial
///        withdrawal ~12k less, and both request targets keep a wide margin; `lockedAt` is also
///        useful to the CLI.
///      - `_rewardRecipient[id]` and `_pubkeys[id]` (x, y: two slots) are touched only by the
///        operations that need them. The signer address is not stored: it is `keccak256(x || y)`.
///      - `_signerIds[signer]`: id of the position that used `signer` (low 128 bits), never
///        cleared (uniqueness), and when it was rotated out (high 128 bits; 0 while current).
///      - `_accounts[operator]`: possession nonce and whitelisted flag share a slot (a
///        whitelisted operator's first lock updates it rather than creating it). A top-up or a
///        compound reads it only while the whitelist is in force (see below).
///      - `_inflow`: distributor | maxLockTokens | flags (paused, permissionless) | setVersion,
///        one slot (see `Inflow`): all that a top-up or a compound reads besides the position
///        (and, while the whitelist is in force, the owner's account), whom every earning
///        change is told, and the version every set change writes. The two flags are bits of
///        one byte: with the 40-bit maximum (whole tokens) and the 48-bit version, 8 bits are
///        all that is left beside the 160-bit address. The pause flag is kept here rather than in OpenZeppelin's `Pausable`
///        (its own slot, a cold 2.1k read on every lock, top-up and compound); the events and
///        errors keep OpenZeppelin's names. `permissionless` is here, not in `_set`, so that
///        the whitelist rule costs nothing once the set is permissionless.
///      - `_set`: minLock | maxSequencers | unlockDelay | activeCount | nextId, one slot: the
///        rules of the set and its counters, read together by lock and exits.
///      - The token is immutable.
///      Not kept on purpose: an active-set array and an owner -> ids array. Maintaining them
///      would cost every lock and exit two or three more slot writes (swap-and-pop); the views
///      derive both by looping over ids instead (fine for eth_call up to thousands of ids).
///
///      Whitelist: while it is in force (`permissionless == false`), the principal of a
///      position whose owner is not whitelisted cannot grow: `lock`, `increaseLock` and
///      `compoundFor` revert `NotWhitelisted(owner)` (`_checkAdmitted`, with the other checks,
///      before any write). Earning goes on; exits, withdrawals, claims, key rotation and the
///      reward recipient never read the whitelist. `permissionless` comes with `_inflow`, read
///      anyway: once it is set a top-up or a compound reads nothing more; while the whitelist is
///      in force, one more slot (the owner's account).
///
///      Reentrancy: every function that moves tokens or calls the hook is `nonReentrant`
///      (transient guard). That includes `compoundFor`: the distributor calls it and is called
///      back through `onEarningChanged`; the guard is this contract's own, so it does not block
///      that callback into the distributor. It only stops the callback from re-entering this
///      contract's mutating functions, which a correct distributor never does; views stay
///      callable. Tokens are pulled after the effects and checked by balance difference (the
///      guard makes the order safe against a token with callbacks).
///
///      Trust in the distributor: it is told every earning change and may refuse one by
///      reverting (reward budget exceeded), which refuses the whole operation. It must never
///      revert on a decrease (exit request, jail, slash): that would block exits, and it is set
///      once. Catching such a revert is not an option: a caller could starve the hook of gas
///      on purpose and keep earning on withdrawn funds.
contract SequencerLocking is ISequencerLocking, Ownable2Step, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;

    // ------------------------------------------------------------------ constants

    /// @notice EIP-712 type hash of the possession proof.
    bytes32 public constant POSSESSION_TYPEHASH =
        keccak256("Possession(address owner,address signer,uint256 nonce)");

    /// @notice Default lock limits, token wei (18 decimals).
    uint256 public constant DEFAULT_MIN_LOCK = 20_000e18;
    uint256 public constant DEFAULT_MAX_LOCK = 100_000e18;

    /// @notice Default cap on the active set.
    uint256 public constant DEFAULT_MAX_SEQUENCERS = 100;

    /// @notice Unlock delay: default and the bounds governance must stay within, seconds.
    uint256 public constant DEFAULT_UNLOCK_DELAY = 21 days;
    uint256 public constant MIN_UNLOCK_DELAY = 1 days;
    uint256 public constant MAX_UNLOCK_DELAY = 90 days;

    /// @notice Per-event slash cap, basis points of principal + pending withdrawal.
    uint256 public constant MAX_SLASH_BPS = 1000;
    uint256 public constant BPS = 10_000;

    /// @notice One unit of voting power: one whole token (18 decimals).
    uint256 public constant VOTING_POWER_UNIT = 1e18;

    /// @notice The highest cap governance may set on the active set (see `setMaxSequencers`).
    uint256 public constant MAX_SEQUENCERS_LIMIT = 10_000;

    /// @dev secp256k1's field prime p = 2^256 - 2^32 - 977 (SEC 2, section 2.4.1).
    uint256 private constant FIELD_PRIME = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    uint256 private constant PUBKEY_LENGTH = 64;

    // ------------------------------------------------------------------ storage

    /// @dev One slot: 160 + 8 + 88 bits.
    struct Core {
        address owner;
        Status status;
        uint88 amount;
    }

    /// @dev One slot: 88 + 40 + 40 bits (lockedAt keeps it non-zero, see the contract notes).
    struct Pending {
        uint88 amount;
        uint40 withdrawableAt;
        uint40 lockedAt;
    }

    /// @dev Two slots: the public key (x, y).
    struct PubKey {
        bytes32 x;
        bytes32 y;
    }

    /// @dev One slot: possession nonce and whitelist flag of an operator.
    struct Account {
        uint64 nonce;
        bool whitelisted;
    }

    /// @dev One slot, 160 + 40 + 8 + 48 bits: all that a principal increase (top-up, compound)
    ///      reads besides the position itself, whom every earning change is told, and the set
    ///      version, which every set change writes (here, so that a top-up or a compound, which
    ///      read this slot anyway, pay only the write: 2,900 gas, not 5,000 in another slot).
    ///      `maxLockTokens`: the maximum lock in whole tokens (units of `VOTING_POWER_UNIT`);
    ///      `flags`: `PAUSED` | `PERMISSIONLESS`. 2^48 versions cannot be used up: each costs at
    ///      least a state-changing call and a storage write (about 10k gas even when many are
    ///      batched in one transaction), 2.8e18 gas in all; the increment would revert, not
    ///      wrap, before.
    struct Inflow {
        address distributor;
        uint40 maxLockTokens;
        uint8 flags;
        uint48 setVersion;
    }

    /// @dev `Inflow.flags`: new locks, top-ups and compounds are paused.
    uint8 private constant PAUSED = 1;
    /// @dev `Inflow.flags`: anyone may lock; the whitelist is not in force.
    uint8 private constant PERMISSIONLESS = 2;

    /// @dev One slot, 88 + 32 + 32 + 32 + 64 bits: the rules of the set and its counters.
    struct SetState {
        uint88 minLock;
        uint32 maxSequencers;
        uint32 unlockDelay;
        uint32 activeCount;
        uint64 nextId;
    }

    IERC20 private immutable TOKEN;

    Inflow private _inflow;
    SetState private _set;
    address private _treasury;
    address private _guardian;
    /// @dev Who may slash (receiving what it slashes) and jail besides governance.
    address private _slasher;

    mapping(uint256 id => Core) private _core;
    mapping(uint256 id => Pending) private _pending;
    mapping(uint256 id => PubKey) private _pubkeys;
    mapping(uint256 id => address) private _rewardRecipient;
    mapping(address signer => uint256 id) private _signerIds;
    mapping(address operator => Account) private _accounts;

    // ------------------------------------------------------------------ construction

    /// @param token_ The token to lock (METIS).
    /// @param governance The owner (a TimelockController in production).
    /// @param treasury_ Where slashed funds go.
    /// @param guardian_ Who may pause and jail besides governance (`address(0)`: nobody).
    constructor(IERC20 token_, address governance, address treasury_, address guardian_)
        Ownable(governance)
        EIP712("SequencerLocking", "1")
    {
        if (address(token_) == address(0) || treasury_ == address(0)) {
            revert ZeroAddress();
        }
        TOKEN = token_;
        _inflow = Inflow({
            distributor: address(0),
            maxLockTokens: SafeCast.toUint40(DEFAULT_MAX_LOCK / VOTING_POWER_UNIT),
            flags: 0,
            setVersion: 0
        });
        _set = SetState({
            minLock: SafeCast.toUint88(DEFAULT_MIN_LOCK),
            maxSequencers: SafeCast.toUint32(DEFAULT_MAX_SEQUENCERS),
            unlockDelay: SafeCast.toUint32(DEFAULT_UNLOCK_DELAY),
            activeCount: 0,
            nextId: 1
        });
        _treasury = treasury_;
        _guardian = guardian_;
        emit LockLimitsSet(DEFAULT_MIN_LOCK, DEFAULT_MAX_LOCK);
        emit MaxSequencersSet(DEFAULT_MAX_SEQUENCERS);
        emit UnlockDelaySet(DEFAULT_UNLOCK_DELAY);
        emit PermissionlessSet(false);
        emit TreasurySet(treasury_);
        emit GuardianSet(guardian_);
    }

    // ------------------------------------------------------------------ operator actions

    /// @inheritdoc ISequencerLocking
    function lock(bytes calldata pubkey, bytes calldata proof, uint256 amount)
        external
        nonReentrant
        returns (uint256 id)
    {
        Inflow memory inflow = _inflow;
        if (inflow.flags & PAUSED != 0) revert EnforcedPause();
        SetState memory set = _set;
        Account memory account = _accounts[msg.sender];
        if (inflow.flags & PERMISSIONLESS == 0 && !account.whitelisted) revert NotWhitelisted(msg.sender);
        if (amount == 0) revert ZeroAmount();
        if (amount < set.minLock) revert AmountBelowMinimum(amount, set.minLock);
        if (amount > _maxLock(inflow)) revert AmountAboveMaximum(amount, _maxLock(inflow));
        if (set.activeCount >= set.maxSequencers) revert ActiveSetFull(set.maxSequencers);
        id = set.nextId;
        address signer;
        {
            bytes32 x;
            bytes32 y;
            (x, y, signer) = _checkNewSigner(pubkey, proof, msg.sender, account.nonce);
            _pubkeys[id] = PubKey({x: x, y: y});
        }
        _accounts[msg.sender] = Account({nonce: account.nonce + 1, whitelisted: account.whitelisted});
        _signerIds[signer] = id;
        _core[id] = Core({owner: msg.sender, status: Status.Active, amount: SafeCast.toUint88(amount)});
        _pending[id] = Pending({amount: 0, withdrawableAt: 0, lockedAt: SafeCast.toUint40(block.timestamp)});
        set.activeCount += 1;
        set.nextId += 1;
        _set = set;
        emit Locked(id, msg.sender, signer, pubkey, amount, _nextSetVersion(inflow));

        _pullExactly(msg.sender, amount);
        _notify(inflow.distributor, id, amount);
    }

    /// @inheritdoc ISequencerLocking
    function increaseLock(uint256 id, uint256 amount) external nonReentrant {
        Inflow memory inflow = _inflow;
        if (inflow.flags & PAUSED != 0) revert EnforcedPause();
        Core memory core = _ownedCore(id);
        if (core.status != Status.Active && core.status != Status.Jailed) {
            revert InvalidStatus(id, core.status);
        }
        _checkAdmitted(inflow, msg.sender);
        if (amount == 0) revert ZeroAmount();
        uint256 newAmount = core.amount + amount;
        uint256 maxLock_ = _maxLock(inflow);
        if (newAmount > maxLock_) revert AmountAboveMaximum(newAmount, maxLock_);

        // Safe: newAmount <= maxLock <= type(uint88).max (setLockLimits).
        // forge-lint: disable-next-line(unsafe-typecast)
        _core[id].amount = uint88(newAmount);
        uint256 version = core.status == Status.Active
            ? _versionAfterPowerChange(inflow, core.amount, newAmount)
            : inflow.setVersion;
        emit LockIncreased(id, amount, newAmount, core.status, version);

        _pullExactly(msg.sender, amount);
        if (core.status == Status.Active) _notify(inflow.distributor, id, newAmount);
    }

    /// @inheritdoc ISequencerLocking
    function updateSigner(uint256 id, bytes calldata pubkey, bytes calldata proof) external {
        Core memory core = _ownedCore(id);
        if (core.status != Status.Active && core.status != Status.Jailed) {
            revert InvalidStatus(id, core.status);
        }
        uint64 nonce = _accounts[msg.sender].nonce;
        (bytes32 x, bytes32 y, address signer) = _checkNewSigner(pubkey, proof, msg.sender, nonce);

        PubKey storage key = _pubkeys[id];
        address oldSigner = _signerOf(key.x, key.y);
        _accounts[msg.sender].nonce = nonce + 1;
        _signerIds[signer] = id;
        _signerIds[oldSigner] = id | (block.timestamp << 128);
        key.x = x;
        key.y = y;
        uint256 version = core.status == Status.Active ? _nextSetVersion(_inflow) : _inflow.setVersion;
        emit SignerUpdated(id, oldSigner, signer, pubkey, core.amount, core.status, version);
    }

    /// @inheritdoc ISequencerLocking
    function setRewardRecipient(uint256 id, address recipient) external {
        _ownedCore(id);
        _rewardRecipient[id] = recipient;
        emit RewardRecipientSet(id, recipient);
    }

    /// @inheritdoc ISequencerLocking
    function requestWithdrawal(uint256 id, uint256 amount) external nonReentrant {
        Core memory core = _ownedCore(id);
        if (core.status != Status.Active && core.status != Status.Jailed) {
            revert InvalidStatus(id, core.status);
        }
        if (amount == 0) revert ZeroAmount();
        Pending memory pending = _pending[id];
        if (pending.amount != 0) revert WithdrawalAlreadyPending(id, pending.amount, pending.withdrawableAt);
        if (amount > core.amount) revert AmountExceedsPrincipal(amount, core.amount);

        SetState memory set = _set;
        uint256 remaining = core.amount - amount;
        bool full = remaining == 0;
        if (!full && remaining < set.minLock) revert RemainingBelowMinimum(remaining, set.minLock);
        bool wasActive = core.status == Status.Active;

        uint256 withdrawableAt = block.timestamp + set.unlockDelay;
        _pending[id] = Pending({
            amount: SafeCast.toUint88(amount),
            withdrawableAt: SafeCast.toUint40(withdrawableAt),
            lockedAt: pending.lockedAt
        });
        _core[id] = Core({
            owner: core.owner,
            status: full ? Status.Unlocking : core.status,
            amount: SafeCast.toUint88(remaining)
        });
        Inflow memory inflow = _inflow;
        uint256 version = inflow.setVersion;
        if (wasActive) {
            if (full) {
                _set.activeCount = set.activeCount - 1;
                version = _nextSetVersion(inflow);
            } else {
                version = _versionAfterPowerChange(inflow, core.amount, remaining);
            }
        }
        emit WithdrawalRequested(
            id, amount, remaining, withdrawableAt, full ? Status.Unlocking : core.status, version
        );

        if (wasActive) _notify(inflow.distributor, id, remaining);
    }

    /// @inheritdoc ISequencerLocking
    function withdraw(uint256 id) external nonReentrant returns (uint256 amount) {
        Core memory core = _ownedCore(id);
        Pending memory pending = _pending[id];
        amount = pending.amount;
        if (amount == 0) revert NoPendingWithdrawal(id);
        if (block.timestamp < pending.withdrawableAt) revert WithdrawalNotReady(id, pending.withdrawableAt);

        _pending[id] = Pending({amount: 0, withdrawableAt: 0, lockedAt: pending.lockedAt});
        bool exited = core.status == Status.Unlocking;
        if (exited) _core[id].status = Status.Exited;
        emit Withdrawn(id, msg.sender, amount, exited);

        TOKEN.safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------ distributor

    /// @inheritdoc ISequencerLocking
    function compoundFor(uint256 id, uint256 amount) external nonReentrant {
        Inflow memory inflow = _inflow;
        if (msg.sender != inflow.distributor || msg.sender == address(0)) revert NotDistributor(msg.sender);
        if (inflow.flags & PAUSED != 0) revert EnforcedPause();
        Core memory core = _existingCore(id);
        if (core.status != Status.Active) revert InvalidStatus(id, core.status);
        _checkAdmitted(inflow, core.owner);
        if (amount == 0) revert ZeroAmount();
        uint256 newAmount = core.amount + amount;
        uint256 maxLock_ = _maxLock(inflow);
        if (newAmount > maxLock_) revert AmountAboveMaximum(newAmount, maxLock_);

        // Safe: newAmount <= maxLock <= type(uint88).max (setLockLimits).
        // forge-lint: disable-next-line(unsafe-typecast)
        _core[id].amount = uint88(newAmount);
        emit Compounded(id, amount, newAmount, _versionAfterPowerChange(inflow, core.amount, newAmount));

        _notify(inflow.distributor, id, newAmount);
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc ISequencerLocking
    function setWhitelisted(address operator, bool allowed) external onlyOwner {
        _accounts[operator].whitelisted = allowed;
        emit WhitelistSet(operator, allowed);
    }

    /// @inheritdoc ISequencerLocking
    function setPermissionless(bool enabled) external onlyOwner {
        uint8 flags = _inflow.flags;
        _inflow.flags = enabled ? flags | PERMISSIONLESS : flags & ~PERMISSIONLESS;
        emit PermissionlessSet(enabled);
    }

    /// @inheritdoc ISequencerLocking
    function setLockLimits(uint256 newMinLock, uint256 newMaxLock) external onlyOwner {
        if (
            newMinLock < VOTING_POWER_UNIT || newMinLock > newMaxLock || newMaxLock > type(uint88).max
                || newMaxLock % VOTING_POWER_UNIT != 0
        ) {
            revert InvalidLockLimits(newMinLock, newMaxLock);
        }
        _set.minLock = SafeCast.toUint88(newMinLock);
        _inflow.maxLockTokens = SafeCast.toUint40(newMaxLock / VOTING_POWER_UNIT);
        emit LockLimitsSet(newMinLock, newMaxLock);
    }

    /// @inheritdoc ISequencerLocking
    function setMaxSequencers(uint256 newMaxSequencers) external onlyOwner {
        uint256 active = _set.activeCount;
        if (newMaxSequencers == 0 || newMaxSequencers < active || newMaxSequencers > MAX_SEQUENCERS_LIMIT) {
            revert InvalidMaxSequencers(newMaxSequencers, active);
        }
        _set.maxSequencers = SafeCast.toUint32(newMaxSequencers);
        emit MaxSequencersSet(newMaxSequencers);
    }

    /// @inheritdoc ISequencerLocking
    function setUnlockDelay(uint256 newUnlockDelay) external onlyOwner {
        if (newUnlockDelay < MIN_UNLOCK_DELAY || newUnlockDelay > MAX_UNLOCK_DELAY) {
            revert UnlockDelayOutOfBounds(newUnlockDelay, MIN_UNLOCK_DELAY, MAX_UNLOCK_DELAY);
        }
        _set.unlockDelay = SafeCast.toUint32(newUnlockDelay);
        emit UnlockDelaySet(newUnlockDelay);
    }

    /// @inheritdoc ISequencerLocking
    function setTreasury(address newTreasury) external onlyOwner {
        if (newTreasury == address(0)) revert ZeroAddress();
        _treasury = newTreasury;
        emit TreasurySet(newTreasury);
    }

    /// @inheritdoc ISequencerLocking
    function setGuardian(address newGuardian) external onlyOwner {
        _guardian = newGuardian;
        emit GuardianSet(newGuardian);
    }

    /// @inheritdoc ISequencerLocking
    function setSlasher(address newSlasher) external onlyOwner {
        _slasher = newSlasher;
        emit SlasherSet(newSlasher);
    }

    /// @inheritdoc ISequencerLocking
    function setDistributor(address newDistributor) external onlyOwner {
        if (newDistributor == address(0)) revert ZeroAddress();
        address current = _inflow.distributor;
        if (current != address(0)) revert DistributorAlreadySet(current);
        uint256 created = _set.nextId - 1;
        if (created != 0) revert PositionsAlreadyExist(created);
        _checkDistributorWiring(newDistributor);
        _inflow.distributor = newDistributor;
        emit DistributorSet(newDistributor);
    }

    /// @inheritdoc ISequencerLocking
    function jail(uint256 id) external nonReentrant {
        // Governance and the guardian first: they pay no read of the slasher.
        if (msg.sender != owner() && msg.sender != _guardian && msg.sender != _slasher) {
            revert NotGuardianOrOwner(msg.sender);
        }
        Core memory core = _existingCore(id);
        if (core.status != Status.Active) revert InvalidStatus(id, core.status);

        _core[id].status = Status.Jailed;
        _set.activeCount -= 1;
        Inflow memory inflow = _inflow;
        emit Jailed(id, msg.sender, core.amount, _nextSetVersion(inflow));

        _notify(inflow.distributor, id, 0);
    }

    /// @inheritdoc ISequencerLocking
    function unjail(uint256 id) external onlyOwner nonReentrant {
        Core memory core = _existingCore(id);
        if (core.status != Status.Jailed) revert InvalidStatus(id, core.status);
        SetState memory set = _set;
        Inflow memory inflow = _inflow;
        if (core.amount < set.minLock) revert AmountBelowMinimum(core.amount, set.minLock);
        uint256 maxLock_ = _maxLock(inflow);
        if (core.amount > maxLock_) revert AmountAboveMaximum(core.amount, maxLock_);
        if (set.activeCount >= set.maxSequencers) revert ActiveSetFull(set.maxSequencers);

        _core[id].status = Status.Active;
        _set.activeCount = set.activeCount + 1;
        PubKey memory key = _pubkeys[id];
        emit Unjailed(id, core.amount, abi.encodePacked(key.x, key.y), _nextSetVersion(inflow));

        _notify(inflow.distributor, id, core.amount);
    }

    /// @inheritdoc ISequencerLocking
    function slash(uint256 id, uint256 amount, string calldata reason) external nonReentrant {
        if (msg.sender != owner() && msg.sender != _slasher) revert OwnableUnauthorizedAccount(msg.sender);
        Core memory core = _existingCore(id);
        if (core.status == Status.Exited) revert InvalidStatus(id, core.status);
        if (amount == 0) revert ZeroAmount();
        uint256 fromPending = _slashPending(id, core.amount, amount);
        Inflow memory inflow = _inflow;
        // `inflow.setVersion` is the version after the slash from here on (`_nextSetVersion`).
        (uint256 principal, Status status) = _slashPrincipal(id, core, amount - fromPending, inflow);
        address to = _emitSlashed(id, amount, fromPending, principal, status, inflow.setVersion, reason);
        if (status != core.status) emit Jailed(id, msg.sender, principal, inflow.setVersion);

        // The earning amount changed only if an `Active` position lost principal.
        if (core.status == Status.Active && principal != core.amount) {
            _notify(inflow.distributor, id, status == Status.Active ? principal : 0);
        }
        TOKEN.safeTransfer(to, amount);
    }

    /// @inheritdoc ISequencerLocking
    function pause() external {
        _checkGuardianOrOwner();
        uint8 flags = _inflow.flags;
        if (flags & PAUSED != 0) revert EnforcedPause();
        _inflow.flags = flags | PAUSED;
        emit Paused(msg.sender);
    }

    /// @inheritdoc ISequencerLocking
    function unpause() external onlyOwner {
        uint8 flags = _inflow.flags;
        if (flags & PAUSED == 0) revert ExpectedPause();
        _inflow.flags = flags & ~PAUSED;
        emit Unpaused(msg.sender);
    }

    /// @dev A wrong distributor is permanent (set once): insist that it was built for this
    ///      contract and its token. A distributor paying in another token could compound
    ///      unbacked principal that would then be withdrawn from other positions' collateral.
    function _checkDistributorWiring(address candidate) private view {
        if (candidate.code.length == 0) revert DistributorMismatch(candidate);
        try IDistributorWiring(candidate).locking() returns (address l) {
            if (l != address(this)) revert DistributorMismatch(candidate);
        } catch {
            revert DistributorMismatch(candidate);
        }
        try IDistributorWiring(candidate).token() returns (IERC20 t) {
            if (t != TOKEN) revert DistributorMismatch(candidate);
        } catch {
            revert DistributorMismatch(candidate);
        }
    }

    /// @notice Disabled: a contract without governance could never be unpaused, unjailed or
    ///         managed again. Transfer ownership (two-step) instead.
    function renounceOwnership() public view override onlyOwner {
        revert RenounceDisabled();
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISequencerLocking
    function token() external view returns (IERC20) {
        return TOKEN;
    }

    /// @inheritdoc ISequencerLocking
    function distributor() external view returns (address) {
        return _inflow.distributor;
    }

    /// @inheritdoc ISequencerLocking
    function ownerOf(uint256 id) external view returns (address) {
        return _existingCore(id).owner;
    }

    /// @inheritdoc ISequencerLocking
    function rewardAccounts(uint256 id) external view returns (address owner_, address recipient) {
        owner_ = _existingCore(id).owner;
        recipient = _rewardRecipient[id];
        if (recipient == address(0)) recipient = owner_;
    }

    /// @inheritdoc ISequencerLocking
    function earningOf(uint256 id) external view returns (uint256) {
        Core memory core = _existingCore(id);
        return core.status == Status.Active ? core.amount : 0;
    }

    /// @inheritdoc ISequencerLocking
    function getPosition(uint256 id) external view returns (Position memory position) {
        Core memory core = _existingCore(id);
        Pending memory pending = _pending[id];
        PubKey memory key = _pubkeys[id];
        position = Position({
            owner: core.owner,
            status: core.status,
            signer: _signerOf(key.x, key.y),
            pubkey: abi.encodePacked(key.x, key.y),
            amount: core.amount,
            pendingWithdrawal: pending.amount,
            withdrawableAt: pending.withdrawableAt,
            rewardRecipient: _rewardRecipient[id],
            lockedAt: pending.lockedAt
        });
    }

    /// @inheritdoc ISequencerLocking
    function positionsOf(address owner_) external view returns (uint256[] memory ids) {
        uint256 last = _set.nextId;
        // slither-disable-next-line uninitialized-local (a counter that starts at 0 on purpose)
        uint256 count;
        for (uint256 id = 1; id < last; ++id) {
            if (_core[id].owner == owner_) ++count;
        }
        ids = new uint256[](count);
        // slither-disable-next-line uninitialized-local (an index that starts at 0 on purpose)
        uint256 i;
        for (uint256 id = 1; i < count; ++id) {
            if (_core[id].owner == owner_) ids[i++] = id;
        }
    }

    /// @inheritdoc ISequencerLocking
    function activeSequencers() external view returns (ActiveSequencer[] memory list) {
        uint256 count = _set.activeCount;
        list = new ActiveSequencer[](count);
        // slither-disable-next-line uninitialized-local (an index that starts at 0 on purpose)
        uint256 i;
        for (uint256 id = 1; i < count; ++id) {
            Core memory core = _core[id];
            if (core.status == Status.Active) list[i++] = _activeSequencer(id, core.amount);
        }
    }

    /// @inheritdoc ISequencerLocking
    function activeSequencersIn(uint256 fromId, uint256 toId)
        external
        view
        returns (ActiveSequencer[] memory list)
    {
        uint256 end = _set.nextId;
        if (toId < end) end = toId;
        if (fromId == 0) fromId = 1;
        // Counted first, so that the list has its length (the second pass reads warm slots).
        // slither-disable-next-line uninitialized-local (a count that starts at 0 on purpose)
        uint256 count;
        for (uint256 id = fromId; id < end; ++id) {
            if (_core[id].status == Status.Active) ++count;
        }
        list = new ActiveSequencer[](count);
        // slither-disable-next-line uninitialized-local (an index that starts at 0 on purpose)
        uint256 i;
        for (uint256 id = fromId; i < count; ++id) {
            Core memory core = _core[id];
            if (core.status == Status.Active) list[i++] = _activeSequencer(id, core.amount);
        }
    }

    /// @dev Member `id` as the views give it: its key, the key's address and its voting power.
    ///      Fills the return struct in place (a struct literal would allocate a second one).
    function _activeSequencer(uint256 id, uint256 amount) private view returns (ActiveSequencer memory s) {
        PubKey memory key = _pubkeys[id];
        s.id = id;
        s.signer = _signerOf(key.x, key.y);
        s.pubkey = abi.encodePacked(key.x, key.y);
        s.amount = amount;
        // Rounded down: voting power counts whole tokens only.
        s.votingPower = amount / VOTING_POWER_UNIT;
    }

    /// @inheritdoc ISequencerLocking
    function setVersion() external view returns (uint256) {
        return _inflow.setVersion;
    }

    /// @inheritdoc ISequencerLocking
    function activeCount() external view returns (uint256) {
        return _set.activeCount;
    }

    /// @inheritdoc ISequencerLocking
    function positionCount() external view returns (uint256) {
        return _set.nextId - 1;
    }

    /// @inheritdoc ISequencerLocking
    function signerToId(address signer) external view returns (uint256) {
        return uint128(_signerIds[signer]);
    }

    /// @inheritdoc ISequencerLocking
    function signerRetiredAt(address signer) external view returns (uint256) {
        return _signerIds[signer] >> 128;
    }

    /// @inheritdoc ISequencerLocking
    function minLock() external view returns (uint256) {
        return _set.minLock;
    }

    /// @inheritdoc ISequencerLocking
    function maxLock() external view returns (uint256) {
        return _maxLock(_inflow);
    }

    /// @inheritdoc ISequencerLocking
    function maxSequencers() external view returns (uint256) {
        return _set.maxSequencers;
    }

    /// @inheritdoc ISequencerLocking
    function unlockDelay() external view returns (uint256) {
        return _set.unlockDelay;
    }

    /// @inheritdoc ISequencerLocking
    function permissionless() external view returns (bool) {
        return _inflow.flags & PERMISSIONLESS != 0;
    }

    /// @inheritdoc ISequencerLocking
    function paused() external view returns (bool) {
        return _inflow.flags & PAUSED != 0;
    }

    /// @inheritdoc ISequencerLocking
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc ISequencerLocking
    function guardian() external view returns (address) {
        return _guardian;
    }

    /// @inheritdoc ISequencerLocking
    function slasher() external view returns (address) {
        return _slasher;
    }

    /// @inheritdoc ISequencerLocking
    function whitelisted(address operator) external view returns (bool) {
        return _accounts[operator].whitelisted;
    }

    /// @inheritdoc ISequencerLocking
    function nonces(address owner_) external view returns (uint256) {
        return _accounts[owner_].nonce;
    }

    /// @inheritdoc ISequencerLocking
    function possessionDigest(address owner_, address signer, uint256 nonce) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(POSSESSION_TYPEHASH, owner_, signer, nonce)));
    }

    /// @inheritdoc ISequencerLocking
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------ internals

    /// @dev The core of an existing position; reverts `UnknownSequencer` otherwise.
    function _existingCore(uint256 id) private view returns (Core memory core) {
        core = _core[id];
        if (core.owner == address(0)) revert UnknownSequencer(id);
    }

    /// @dev The core of an existing position owned by the caller.
    function _ownedCore(uint256 id) private view returns (Core memory core) {
        core = _existingCore(id);
        if (core.owner != msg.sender) revert NotPositionOwner(id, msg.sender);
    }

    /// @dev Validates a new node key and its possession proof for `owner_` at `nonce`. The key
    ///      must be a point of the curve: the proof alone shows only that some key of the same
    ///      address signed, and a 64-byte string off the curve hashing to that address (a 160-bit
    ///      collision) would put a key no node can use into the set.
    function _checkNewSigner(bytes calldata pubkey, bytes calldata proof, address owner_, uint256 nonce)
        private
        view
        returns (bytes32 x, bytes32 y, address signer)
    {
        if (pubkey.length != PUBKEY_LENGTH) revert InvalidPublicKeyLength(pubkey.length);
        x = bytes32(pubkey[0:32]);
        y = bytes32(pubkey[32:64]);
        if (!_onCurve(uint256(x), uint256(y))) revert PublicKeyNotOnCurve(x, y);
        signer = _signerOf(x, y);
        uint256 usedBy = uint128(_signerIds[signer]);
        if (usedBy != 0) revert SignerAlreadyUsed(signer, usedBy);
        // A failed recovery returns address(0), never a signer (keccak of a key): the check below
        // rejects it, so the error code adds nothing.
        // slither-disable-next-line unused-return
        (address recovered,,) = ECDSA.tryRecoverCalldata(possessionDigest(owner_, signer, nonce), proof);
        if (recovered != signer) revert InvalidPossessionProof(signer, recovered);
    }

    /// @dev While the whitelist is in force (not `permissionless`, a flag of `inflow`, read
    ///      anyway), reverts `NotWhitelisted(owner_)` unless `owner_` is whitelisted: the
    ///      principal of a removed operator's position cannot grow. Once permissionless the
    ///      account slot is never read.
    function _checkAdmitted(Inflow memory inflow, address owner_) private view {
        if (inflow.flags & PERMISSIONLESS == 0 && !_accounts[owner_].whitelisted) {
            revert NotWhitelisted(owner_);
        }
    }

    /// @dev Reverts unless the caller is the guardian or governance.
    function _checkGuardianOrOwner() private view {
        if (msg.sender != owner() && msg.sender != _guardian) revert NotGuardianOrOwner(msg.sender);
    }

    /// @dev Checks the per-event cap and takes what it can of `amount` from the pending
    ///      withdrawal of `id`. Pending first: those funds are about to leave and this is the last
    ///      chance to reach them; the principal stays slashable later, and the set is disturbed
    ///      least (no earning change, no jailing, while the pending withdrawal covers the slash).
    function _slashPending(uint256 id, uint256 principal, uint256 amount)
        private
        returns (uint256 fromPending)
    {
        Pending memory pending = _pending[id];
        // Rounded down: the cap favours the owner.
        uint256 cap = (principal + pending.amount) * MAX_SLASH_BPS / BPS;
        if (amount > cap) revert SlashExceedsCap(id, amount, cap);
        if (pending.amount == 0) return 0;
        fromPending = amount < pending.amount ? amount : pending.amount;
        uint256 left = pending.amount - fromPending;
        _pending[id] = Pending({
            amount: SafeCast.toUint88(left),
            withdrawableAt: left == 0 ? 0 : pending.withdrawableAt,
            lockedAt: pending.lockedAt
        });
    }

    /// @dev Takes `fromPrincipal` out of the principal of `id` (nothing to write when 0); an
    ///      `Active` position left below `minLock` is jailed (out of the set). Returns the
    ///      resulting principal and status; a set change increments the version in `inflow` too.
    function _slashPrincipal(uint256 id, Core memory core, uint256 fromPrincipal, Inflow memory inflow)
        private
        returns (uint256 principal, Status status)
    {
        principal = core.amount - fromPrincipal;
        status = core.status;
        if (fromPrincipal == 0) return (principal, status);
        if (status != Status.Active) {
            _core[id].amount = SafeCast.toUint88(principal);
        } else if (principal < _set.minLock) {
            status = Status.Jailed;
            _core[id] = Core({owner: core.owner, status: status, amount: SafeCast.toUint88(principal)});
            _set.activeCount -= 1;
            _nextSetVersion(inflow);
        } else {
            _core[id].amount = SafeCast.toUint88(principal);
            _versionAfterPowerChange(inflow, core.amount, principal);
        }
    }

    /// @dev Emits `Slashed` (a function of its own: the event has too many fields for the stack
    ///      of `slash`) and returns the treasury it names.
    function _emitSlashed(
        uint256 id,
        uint256 amount,
        uint256 fromPending,
        uint256 principal,
        Status status,
        uint256 version,
        string calldata reason
    ) private returns (address to) {
        // Only governance and the slasher get here: governance's slash goes to the treasury,
        // the slasher's to the slasher (which pays its reporter and the treasury).
        to = msg.sender == owner() ? _treasury : msg.sender;
        emit Slashed(id, to, amount, fromPending, amount - fromPending, principal, status, version, reason);
    }

    /// @dev Increments the set version (stored in `_inflow`, whose value `inflow` was read in
    ///      this call) and returns the new version.
    function _nextSetVersion(Inflow memory inflow) private returns (uint256 version) {
        uint48 next = inflow.setVersion + 1;
        _inflow.setVersion = next;
        inflow.setVersion = next;
        return next;
    }

    /// @dev The set version after a member's principal went from `oldAmount` to `newAmount`:
    ///      incremented when its voting power (whole tokens) changed, else unchanged.
    function _versionAfterPowerChange(Inflow memory inflow, uint256 oldAmount, uint256 newAmount)
        private
        returns (uint256)
    {
        if (oldAmount / VOTING_POWER_UNIT == newAmount / VOTING_POWER_UNIT) return inflow.setVersion;
        return _nextSetVersion(inflow);
    }

    /// @dev The maximum lock in token wei.
    function _maxLock(Inflow memory inflow) private pure returns (uint256) {
        return uint256(inflow.maxLockTokens) * VOTING_POWER_UNIT;
    }

    /// @dev Whether `(x, y)` is a point of secp256k1: both coordinates below p and
    ///      `y^2 == x^3 + 7 (mod p)` (SEC 2, section 2.4.1). The point at infinity has no affine
    ///      form, and `(0, 0)` fails the equation (0 != 7).
    function _onCurve(uint256 x, uint256 y) private pure returns (bool) {
        if (x >= FIELD_PRIME || y >= FIELD_PRIME) return false;
        uint256 rhs = addmod(mulmod(mulmod(x, x, FIELD_PRIME), x, FIELD_PRIME), 7, FIELD_PRIME);
        return mulmod(y, y, FIELD_PRIME) == rhs;
    }

    /// @dev The Ethereum address of the public key (x, y).
    function _signerOf(bytes32 x, bytes32 y) private pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked(x, y)))));
    }

    /// @dev Pulls exactly `amount` from `from`; a token that delivers anything else reverts.
    function _pullExactly(address from, uint256 amount) private {
        uint256 before = TOKEN.balanceOf(address(this));
        // slither-disable-next-line arbitrary-send-erc20 (`from` is always msg.sender: lock, increaseLock)
        TOKEN.safeTransferFrom(from, address(this), amount);
        uint256 afterwards = TOKEN.balanceOf(address(this));
        uint256 received = afterwards > before ? afterwards - before : 0;
        if (received != amount) revert TransferAmountMismatch(amount, received);
    }

    /// @dev Tells the distributor (if any) the new earning amount of `id`.
    function _notify(address hook, uint256 id, uint256 earning) private {
        if (hook != address(0)) IEarningHook(hook).onEarningChanged(id, earning);
    }
}
