// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../interfaces/ISequencerMining.sol";
import {IERC7540Operator, IERC7540Redeem} from "./interfaces/IERC7540.sol";
import {ISequencerVault} from "./interfaces/ISequencerVault.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20, IERC20, IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title SequencerVault
/// @notice The reference liquid staking vault over sequencer positions (see `ISequencerVault`).
/// @dev Roles (OpenZeppelin `AccessControl`): `DEFAULT_ADMIN_ROLE`, the vault's governance (a
///      timelock), registers node operators, rotates their keys, exits positions and announces
///      the commission; `ALLOCATOR_ROLE` moves the buffer into positions. Everything else is
///      open to anyone: deposits, redeem requests, `harvest`, `processRedemptions`,
///      `exitJailed`. The vault never compounds: `harvest` claims, and the allocator puts the
///      buffer back to work, so that the commission is always paid in tokens.
contract SequencerVault is
    ERC4626,
    ERC20Permit,
    AccessControl,
    ReentrancyGuardTransient,
    ISequencerVault,
    IERC7540Operator,
    IERC7540Redeem
{
    using SafeERC20 for IERC20;
    using Math for uint256;

    /// @notice The role that moves the buffer into positions.
    bytes32 public constant ALLOCATOR_ROLE = keccak256("ALLOCATOR_ROLE");

    /// @notice The most positions the vault runs at once (bounds every loop over them).
    uint256 public constant MAX_POSITIONS = 50;

    /// @notice The highest commission, basis points of rewards.
    uint256 public constant MAX_COMMISSION_BPS = 1000;

    /// @notice The largest increase of the commission per announcement, basis points.
    uint256 public constant MAX_COMMISSION_STEP_BPS = 200;

    /// @notice How long before it applies a commission change is announced, seconds.
    uint256 public constant COMMISSION_DELAY = 7 days;

    /// @notice The most queued requests one call makes Claimable.
    uint256 public constant MAX_SERVED_PER_CALL = 100;

    /// @notice The least a partial withdrawal asks of a position: this share of its room above
    ///         `minLock`, basis points. A position has one withdrawal in flight at a time:
    ///         asking more than a tiny shortfall leaves a cushion in flight for the requests
    ///         that follow, so that dust requests cannot tie up every position's withdrawal.
    uint256 public constant MIN_UNLOCK_BPS = 1000;

    uint256 private constant BPS = 10_000;
    uint256 private constant WAD = 1e18;

    /// @dev Virtual shares: 10^6 per unit of assets, against the first-depositor inflation
    ///      attack (an attacker must donate a million times what it hopes to take).
    uint8 private constant DECIMALS_OFFSET = 6;

    /// @notice The locking contract the positions live in.
    ISequencerLocking public immutable LOCKING;

    /// @notice The reward distributor of those positions.
    ISequencerMining public immutable MINING;

    /// @dev One slot: the commission in force, the announced one and when it applies.
    struct Commission {
        uint16 bps;
        uint16 nextBps;
        uint64 effectiveAt;
    }

    /// @dev A position with a withdrawal to collect now: its pending withdrawal and, for a
    ///      full exit (closed once collected), its last reward and who earns its commission.
    struct Due {
        uint256 id;
        uint256 pending;
        bool exit;
        uint256 reward;
        uint256 operatorId;
    }

    /// @dev The positions' figures, as the locking contract and the distributor have them:
    ///      the free buffer, principal + pending withdrawals (`live`), rewards net of the
    ///      commission each would pay (`net`), the withdrawals due now, the withdrawals not yet
    ///      due (`inFlight`), and what collecting the due ones will add to the buffer
    ///      (`incoming`: their withdrawals, and the exits' last rewards net of commission).
    struct Scan {
        uint256 free;
        uint256 live;
        uint256 net;
        Due[] due;
        uint256 dueCount;
        uint256 inFlight;
        uint256 incoming;
    }

    NodeOperator[] private _operators;

    /// @dev The live positions' ids (at most `MAX_POSITIONS`), and each one's operator id + 1.
    uint256[] private _positions;
    mapping(uint256 positionId => uint256 operatorIdPlusOne) private _operatorOf;

    /// @dev Principal + pending withdrawals of the positions as the vault last saw them: what
    ///      is missing from them later is a slash.
    uint256 private _booked;

    Commission private _commission;

    /// @dev The queue: requests `_head + 1 .. _lastRequestId` are Pending, in order.
    mapping(uint256 requestId => Request) private _requests;
    uint256 private _head;
    uint256 private _lastRequestId;
    uint256 private _pendingScaled;

    /// @notice What pending requests are worth per unit of their scaled assets (1e18 fixed
    ///         point): 1e18, lowered by each slash in proportion to the loss.
    uint256 public pendingFactor = WAD;

    /// @dev Tokens set aside for Claimable requests, and each controller's part.
    uint256 private _reserved;
    mapping(address controller => uint256) private _claimableShares;
    mapping(address controller => uint256) private _claimableAssets;

    /// @inheritdoc IERC7540Operator
    mapping(address controller => mapping(address operator => bool)) public isOperator;

    /// @param asset_ The locked token (the locking contract's `token()`).
    /// @param locking The locking contract.
    /// @param mining The reward distributor wired to it.
    /// @param name_ The shares' name (also the ERC-2612 domain name).
    /// @param symbol_ The shares' symbol.
    /// @param admin The vault's governance (`DEFAULT_ADMIN_ROLE`).
    /// @param commissionBps_ The first commission, basis points (at most `MAX_COMMISSION_BPS`).
    constructor(
        IERC20 asset_,
        ISequencerLocking locking,
        ISequencerMining mining,
        string memory name_,
        string memory symbol_,
        address admin,
        uint256 commissionBps_
    ) ERC20(name_, symbol_) ERC20Permit(name_) ERC4626(asset_) {
        if (admin == address(0) || address(locking) == address(0) || address(mining) == address(0)) {
            revert ZeroAddress();
        }
        if (address(locking.token()) != address(asset_) || address(mining.locking()) != address(locking)) {
            revert WrongWiring(address(asset_), address(locking), address(mining));
        }
        if (commissionBps_ > MAX_COMMISSION_BPS) {
            revert CommissionTooHigh(commissionBps_, MAX_COMMISSION_BPS);
        }
        LOCKING = locking;
        MINING = mining;
        // forge-lint: disable-next-line(unsafe-typecast) (at most MAX_COMMISSION_BPS, checked above)
        _commission.bps = uint16(commissionBps_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit CommissionChanged(0, commissionBps_);
    }

    // ================================================================== ERC-4626, deposits

    /// @notice Buffer + principal + pending withdrawals + unclaimed rewards net of commission,
    ///         less pending redemptions (token wei), as of now (a slash not yet recognised
    ///         counts already).
    function totalAssets() public view override returns (uint256) {
        Scan memory s = _scan();
        (uint256 f,,) = _factor(s);
        return _assetsOf(s, f);
    }

    /// @notice Deposits `assets` for `receiver`; shares are priced after the books are brought
    ///         up to date (rounded down).
    function deposit(uint256 assets, address receiver) public override nonReentrant returns (uint256 shares) {
        (uint256 total, Scan memory s) = _sync();
        shares = _toShares(assets, total, Math.Rounding.Floor);
        if (shares == 0) revert ZeroAmount();
        _deposit(_msgSender(), receiver, assets, shares);
        _collect(s);
    }

    /// @notice Mints exactly `shares` for `receiver` against the assets they are worth
    ///         (rounded up).
    function mint(uint256 shares, address receiver) public override nonReentrant returns (uint256 assets) {
        if (shares == 0) revert ZeroAmount();
        (uint256 total, Scan memory s) = _sync();
        assets = _toAssets(shares, total, Math.Rounding.Ceil);
        _deposit(_msgSender(), receiver, assets, shares);
        _collect(s);
    }

    /// @notice The shares `controller` can claim (ERC-7540: Claimable requests).
    function maxRedeem(address controller) public view override returns (uint256) {
        return _claimableShares[controller];
    }

    /// @notice The assets `controller` can claim (ERC-7540: Claimable requests).
    function maxWithdraw(address controller) public view override returns (uint256) {
        return _claimableAssets[controller];
    }

    /// @notice Reverts: redemptions are asynchronous (ERC-7540).
    function previewRedeem(uint256) public pure override returns (uint256) {
        revert AsyncRedemption();
    }

    /// @notice Reverts: redemptions are asynchronous (ERC-7540).
    function previewWithdraw(uint256) public pure override returns (uint256) {
        revert AsyncRedemption();
    }

    /// @notice Claims `shares` of `controller`'s Claimable requests for their assets (pro rata
    ///         of what it can claim, rounded down), paid to `receiver`.
    /// @dev The caller is `controller` or an operator it approved.
    function redeem(uint256 shares, address receiver, address controller)
        public
        override
        nonReentrant
        returns (uint256 assets)
    {
        _checkController(controller);
        uint256 claimable = _claimableShares[controller];
        if (shares == 0) revert ZeroAmount();
        if (shares > claimable) revert ExceedsClaimable(controller, shares, claimable);
        assets = _claimableAssets[controller].mulDiv(shares, claimable, Math.Rounding.Floor);
        _payClaim(controller, receiver, assets, shares);
    }

    /// @notice Claims `assets` of `controller`'s Claimable requests against the shares they
    ///         take (rounded up), paid to `receiver`.
    /// @dev The caller is `controller` or an operator it approved.
    function withdraw(uint256 assets, address receiver, address controller)
        public
        override
        nonReentrant
        returns (uint256 shares)
    {
        _checkController(controller);
        uint256 claimable = _claimableAssets[controller];
        if (assets == 0) revert ZeroAmount();
        if (assets > claimable) revert ExceedsClaimable(controller, assets, claimable);
        shares = _claimableShares[controller].mulDiv(assets, claimable, Math.Rounding.Ceil);
        _payClaim(controller, receiver, assets, shares);
    }

    /// @notice The share token (ERC-7575): the vault itself.
    function share() external view returns (address) {
        return address(this);
    }

    /// @inheritdoc ERC4626
    function decimals() public view override(ERC20, ERC4626) returns (uint8) {
        return super.decimals();
    }

    /// @notice ERC-165: ERC-7540 operators (0xe3bc4e65), asynchronous redemption (0x620ee8e4),
    ///         ERC-7575 (0x2f0a18c5), and AccessControl.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IERC7540Operator).interfaceId
            || interfaceId == type(IERC7540Redeem).interfaceId || interfaceId == 0x2f0a18c5
            || super.supportsInterface(interfaceId);
    }

    // ================================================================== ERC-7540, redemptions

    /// @inheritdoc IERC7540Operator
    function setOperator(address operator, bool approved) external returns (bool) {
        isOperator[_msgSender()][operator] = approved;
        emit OperatorSet(_msgSender(), operator, approved);
        return true;
    }

    /// @inheritdoc IERC7540Redeem
    /// @dev Brings the books up to date, fixes the request's assets at `convertToAssets(shares)`
    ///      (rounded down), burns the shares, queues the request, then serves the queue from the
    ///      buffer. Reverts `ZeroAmount` for 0 shares or shares worth 0 assets.
    function requestRedeem(uint256 shares, address controller, address owner)
        external
        nonReentrant
        returns (uint256 requestId)
    {
        if (shares == 0) revert ZeroAmount();
        if (controller == address(0)) revert ZeroAddress();
        if (_msgSender() != owner && !isOperator[owner][_msgSender()]) {
            _spendAllowance(owner, _msgSender(), shares);
        }
        (uint256 total, Scan memory s) = _sync();
        uint256 assets = _toAssets(shares, total, Math.Rounding.Floor);
        if (assets == 0) revert ZeroAmount();
        _burn(owner, shares);
        // Rounded down: the request is worth at most `assets`.
        uint256 scaled = assets.mulDiv(WAD, pendingFactor, Math.Rounding.Floor);
        requestId = ++_lastRequestId;
        // Never Claimable before the unlock delay: a slash the locking contract's governance
        // has announced (its timelock is shorter than the delay) still reaches the request.
        uint64 claimableAt = uint64(block.timestamp + LOCKING.unlockDelay());
        _requests[requestId] =
            Request({controller: controller, claimableAt: claimableAt, shares: shares, scaledAssets: scaled});
        _pendingScaled += scaled;
        emit RedeemRequest(controller, owner, requestId, _msgSender(), shares);
        emit RedeemRequestValued(requestId, controller, assets);
        _serve(s.incoming);
        _collect(s);
    }

    /// @inheritdoc IERC7540Redeem
    function pendingRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        Request storage r = _requests[requestId];
        return r.controller == controller && requestId > _head ? r.shares : 0;
    }

    /// @inheritdoc IERC7540Redeem
    /// @dev Claims draw on a controller's Claimable requests together: this is the request's
    ///      shares, at most what the controller has left to claim.
    function claimableRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        Request storage r = _requests[requestId];
        return r.controller == controller && requestId <= _head
            ? Math.min(r.shares, _claimableShares[controller])
            : 0;
    }

    /// @inheritdoc ISequencerVault
    function processRedemptions() external nonReentrant {
        _harvest(true);
    }

    // ================================================================== rewards

    /// @inheritdoc ISequencerVault
    function harvest() external nonReentrant returns (uint256 claimed) {
        return _harvest(false);
    }

    /// @dev Claims every reward (at the rate in force until now, so `s.net` of them stays; an
    ///      announced rate whose time has come applies from here on), serves the queue with
    ///      what the claims and the due withdrawals will bring, collects those, and with
    ///      `unlock` then asks the positions for the rest of what the queue needs (after the
    ///      collection, so that a position whose withdrawal was just collected can be asked
    ///      again in the same call). Effects first, then the calls.
    function _harvest(bool unlock) private returns (uint256 claimed) {
        (, Scan memory s) = _sync();
        Commission memory cm = _commission;
        if (cm.effectiveAt != 0 && block.timestamp >= cm.effectiveAt) {
            _commission = Commission({bps: cm.nextBps, nextBps: 0, effectiveAt: 0});
            emit CommissionChanged(cm.bps, cm.nextBps);
        }
        _serve(s.incoming + s.net - _exitsNet(s, cm.bps));
        uint256 n = _positions.length;
        for (uint256 i; i < n; ++i) {
            uint256 id = _positions[i];
            uint256 operatorId = _operatorOf[id] - 1;
            if (MINING.pendingReward(id) != 0) {
                claimed += _claim(id, cm.bps, _operators[operatorId].rewardAddress, operatorId);
            }
        }
        claimed += _collect(s, cm.bps);
        if (unlock) _unlockForQueue(s.inFlight);
    }

    /// @inheritdoc ISequencerVault
    function announceCommission(uint256 commissionBps_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Commission memory cm = _commission;
        if (commissionBps_ > MAX_COMMISSION_BPS) {
            revert CommissionTooHigh(commissionBps_, MAX_COMMISSION_BPS);
        }
        if (commissionBps_ > cm.bps + MAX_COMMISSION_STEP_BPS) {
            revert CommissionStepTooLarge(commissionBps_, cm.bps, MAX_COMMISSION_STEP_BPS);
        }
        uint256 effectiveAt = block.timestamp + COMMISSION_DELAY;
        // Both fit: at most MAX_COMMISSION_BPS (checked above), and a time in seconds.
        // forge-lint: disable-next-line(unsafe-typecast)
        _commission =
            Commission({bps: cm.bps, nextBps: uint16(commissionBps_), effectiveAt: uint64(effectiveAt)});
        emit CommissionAnnounced(commissionBps_, effectiveAt);
    }

    // ================================================================== node operators, positions

    /// @inheritdoc ISequencerVault
    function addNodeOperator(address rewardAddress, bytes calldata pubkey, bytes calldata proof)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        returns (uint256 operatorId)
    {
        if (rewardAddress == address(0)) revert ZeroAddress();
        address signer = _signerOf(pubkey);
        operatorId = _operators.length;
        _operators.push(
            NodeOperator({
                rewardAddress: rewardAddress, positionId: 0, pubkey: pubkey, proof: proof, keyUsed: false
            })
        );
        emit NodeOperatorAdded(operatorId, rewardAddress, signer, pubkey);
    }

    /// @inheritdoc ISequencerVault
    function setNodeOperatorKey(uint256 operatorId, bytes calldata pubkey, bytes calldata proof)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        nonReentrant
    {
        NodeOperator storage op = _operator(operatorId);
        address signer = _signerOf(pubkey);
        uint256 id = op.positionId;
        // A position in the set or jailed rotates to it now when a proof comes with it (a
        // compromised key; the locking contract judges it). Without a proof the key is
        // approved, and `applyNodeOperatorKey` rotates to it with a fresh one. An exiting
        // position cannot rotate: the key waits for the next position.
        if (
            id != 0
                && (proof.length == 0 || LOCKING.getPosition(id).status == ISequencerLocking.Status.Unlocking)
        ) {
            id = 0;
        }
        op.pubkey = pubkey;
        op.proof = proof;
        op.keyUsed = id != 0;
        emit NodeOperatorKeySet(operatorId, id, signer, pubkey);
        if (id != 0) LOCKING.updateSigner(id, pubkey, proof);
    }

    /// @inheritdoc ISequencerVault
    function applyNodeOperatorKey(uint256 operatorId, bytes calldata proof) external nonReentrant {
        NodeOperator storage op = _operator(operatorId);
        uint256 id = op.positionId;
        if (id == 0 || op.keyUsed) revert NoKeyToApply(operatorId);
        bytes memory pubkey = op.pubkey;
        op.proof = proof;
        op.keyUsed = true;
        emit NodeOperatorKeySet(operatorId, id, address(uint160(uint256(keccak256(pubkey)))), pubkey);
        LOCKING.updateSigner(id, pubkey, proof);
    }

    /// @inheritdoc ISequencerVault
    function setNodeOperatorRewardAddress(uint256 operatorId, address rewardAddress)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (rewardAddress == address(0)) revert ZeroAddress();
        _operator(operatorId).rewardAddress = rewardAddress;
        emit NodeOperatorRewardAddressSet(operatorId, rewardAddress);
    }

    /// @inheritdoc ISequencerVault
    function allocate(uint256 operatorId, uint256 amount, bytes calldata proof)
        external
        onlyRole(ALLOCATOR_ROLE)
        nonReentrant
        returns (uint256 positionId)
    {
        NodeOperator storage op = _operator(operatorId);
        (, Scan memory s) = _sync();
        // The due withdrawals are not in the buffer yet: not counted.
        uint256 available = _allocatable();
        if (amount == 0) revert ZeroAmount();
        if (amount > available) revert InsufficientBuffer(amount, available);
        positionId = op.positionId;
        _booked += amount;
        if (positionId == 0) {
            if (op.keyUsed) revert KeyAlreadyUsed(operatorId);
            if (_positions.length >= MAX_POSITIONS) revert TooManyPositions(MAX_POSITIONS);
            if (proof.length != 0) op.proof = proof;
            // Ids are sequential: the books are written before the call (checked after it).
            positionId = LOCKING.positionCount() + 1;
            op.keyUsed = true;
            op.positionId = positionId;
            _positions.push(positionId);
            _operatorOf[positionId] = operatorId + 1;
            emit Allocated(operatorId, positionId, amount, amount);
            IERC20(asset()).forceApprove(address(LOCKING), amount);
            uint256 created = LOCKING.lock(op.pubkey, op.proof, amount);
            if (created != positionId) revert UnexpectedPositionId(created, positionId);
        } else {
            ISequencerLocking.Position memory p = LOCKING.getPosition(positionId);
            // A jailed or exiting position earns nothing: no top-up.
            if (p.status != ISequencerLocking.Status.Active) {
                revert PositionNotEligible(positionId, uint8(p.status));
            }
            uint256 principal = p.amount + amount;
            emit Allocated(operatorId, positionId, amount, principal);
            IERC20(asset()).forceApprove(address(LOCKING), amount);
            LOCKING.increaseLock(positionId, amount);
        }
        _collect(s);
    }

    /// @inheritdoc ISequencerVault
    function exitJailed(uint256 positionId) external nonReentrant {
        if (!hasRole(ALLOCATOR_ROLE, _msgSender())) _checkRole(DEFAULT_ADMIN_ROLE);
        _exit(positionId, false);
    }

    /// @inheritdoc ISequencerVault
    function exitPosition(uint256 positionId) external onlyRole(DEFAULT_ADMIN_ROLE) nonReentrant {
        _exit(positionId, true);
    }

    // ================================================================== views

    /// @inheritdoc ISequencerVault
    function commission() external view returns (uint256 bps, uint256 nextBps, uint256 effectiveAt) {
        Commission memory cm = _commission;
        return (cm.bps, cm.nextBps, cm.effectiveAt);
    }

    /// @inheritdoc ISequencerVault
    function nodeOperator(uint256 operatorId) external view returns (NodeOperator memory) {
        return _operator(operatorId);
    }

    /// @inheritdoc ISequencerVault
    function nodeOperatorCount() external view returns (uint256) {
        return _operators.length;
    }

    /// @inheritdoc ISequencerVault
    function positions() external view returns (uint256[] memory) {
        return _positions;
    }

    /// @inheritdoc ISequencerVault
    function request(uint256 requestId) external view returns (Request memory r, uint256 assets) {
        r = _requests[requestId];
        if (requestId > _head) {
            (uint256 f,,) = _factor(_scan());
            assets = r.scaledAssets.mulDiv(f, WAD, Math.Rounding.Floor);
        }
    }

    /// @inheritdoc ISequencerVault
    function queue()
        external
        view
        returns (uint256 nextToServe, uint256 lastRequestId, uint256 pendingAssets)
    {
        (uint256 f,,) = _factor(_scan());
        return (_head + 1, _lastRequestId, _owed(f));
    }

    /// @inheritdoc ISequencerVault
    function bookedAssets() external view returns (uint256 buffer, uint256 reserved, uint256 booked) {
        return (_balance(), _reserved, _booked);
    }

    // ================================================================== internals

    /// @dev Reads every position once: principal + pending withdrawal (`live`), rewards net of
    ///      the commission each would pay at a harvest (`net`), the withdrawals due now and the
    ///      withdrawals in flight (`inFlight`, not yet due), and the free buffer.
    function _scan() private view returns (Scan memory s) {
        uint256 c = _commission.bps;
        uint256 n = _positions.length;
        s.due = new Due[](n);
        for (uint256 i; i < n; ++i) {
            uint256 id = _positions[i];
            ISequencerLocking.Position memory p = LOCKING.getPosition(id);
            uint256 reward = MINING.pendingReward(id);
            s.live += p.amount + p.pendingWithdrawal;
            // Exactly what `_claim` leaves the vault: the commission rounds down per position.
            s.net += reward - reward * c / BPS;
            if (p.pendingWithdrawal == 0) continue;
            if (p.withdrawableAt > block.timestamp) {
                s.inFlight += p.pendingWithdrawal;
                continue;
            }
            bool exit = p.status == ISequencerLocking.Status.Unlocking;
            s.due[s.dueCount++] = Due({
                id: id,
                pending: p.pendingWithdrawal,
                exit: exit,
                reward: exit ? reward : 0,
                operatorId: _operatorOf[id] - 1
            });
            s.incoming += p.pendingWithdrawal + (exit ? reward - reward * c / BPS : 0);
        }
        s.free = _balance() - _reserved;
    }

    /// @dev The pending factor with any unrecognised loss applied: a loss `S` out of gross
    ///      assets `G` scales pending redemptions by `(G - S) / G` (rounded down).
    function _factor(Scan memory s) private view returns (uint256 f, uint256 loss, uint256 gross) {
        f = pendingFactor;
        uint256 booked = _booked;
        if (booked <= s.live) return (f, 0, 0);
        loss = booked - s.live;
        gross = s.free + booked + s.net;
        f = f.mulDiv(gross - loss, gross, Math.Rounding.Floor);
    }

    /// @dev Assets backing the shares: everything less pending redemptions (rounded up).
    function _assetsOf(Scan memory s, uint256 f) private view returns (uint256) {
        uint256 gross = s.free + s.live + s.net;
        uint256 owed = _owed(f);
        return gross > owed ? gross - owed : 0;
    }

    /// @dev Brings the books up to date, effects only: recognises a loss (scaling pending
    ///      redemptions), books the withdrawals due now as collected and takes the positions
    ///      that exited off the books. `_collect(s)`, the interactions, comes last in every
    ///      entry point. Returns `totalAssets`, which collecting does not change (a pending
    ///      withdrawal becomes buffer, an exit's net reward too), and the scan.
    function _sync() private returns (uint256 total, Scan memory s) {
        s = _scan();
        (uint256 f, uint256 loss, uint256 gross) = _factor(s);
        if (loss != 0) {
            pendingFactor = f;
            emit LossRecognised(loss, gross, f);
        }
        total = _assetsOf(s, f);
        uint256 booked = s.live;
        for (uint256 i; i < s.dueCount; ++i) {
            Due memory d = s.due[i];
            booked -= d.pending;
            if (d.exit) _close(d.id, d.operatorId);
        }
        _booked = booked;
    }

    /// @dev The interactions `_sync` booked: collects the due withdrawals, and claims the
    ///      exits' last rewards, paying their commission at the rate in force.
    function _collect(Scan memory s) private returns (uint256 claimed) {
        return _collect(s, _commission.bps);
    }

    /// @dev The same, at commission `c` (bps). Returns the rewards claimed.
    function _collect(Scan memory s, uint256 c) private returns (uint256 claimed) {
        for (uint256 i; i < s.dueCount; ++i) {
            Due memory d = s.due[i];
            emit PositionWithdrawn(d.id, d.pending);
            uint256 got = LOCKING.withdraw(d.id);
            if (got != d.pending) revert UnexpectedWithdrawal(d.id, got, d.pending);
            if (d.reward != 0) {
                claimed += _claim(d.id, c, _operators[d.operatorId].rewardAddress, d.operatorId);
            }
        }
    }

    /// @dev The exits' last rewards net of commission `c` (part of `s.incoming` and `s.net`).
    function _exitsNet(Scan memory s, uint256 c) private pure returns (uint256 net) {
        for (uint256 i; i < s.dueCount; ++i) {
            uint256 r = s.due[i].reward;
            net += r - r * c / BPS;
        }
    }

    /// @dev Claims position `id`'s rewards into the vault and pays `rewardAddress` the
    ///      commission `c` (bps, rounded down) out of them.
    function _claim(uint256 id, uint256 c, address rewardAddress, uint256 operatorId)
        private
        returns (uint256 reward)
    {
        reward = MINING.claim(id, address(this));
        uint256 fee = reward * c / BPS;
        emit Harvested(id, operatorId, reward, fee);
        if (fee != 0) IERC20(asset()).safeTransfer(rewardAddress, fee);
    }

    /// @dev Takes an exited position off the books (swap and pop); its operator needs a new key.
    function _close(uint256 id, uint256 operatorId) private {
        uint256 n = _positions.length;
        for (uint256 i; i < n; ++i) {
            if (_positions[i] != id) continue;
            _positions[i] = _positions[n - 1];
            _positions.pop();
            break;
        }
        delete _operatorOf[id];
        _operators[operatorId].positionId = 0;
        emit PositionClosed(id, operatorId);
    }

    /// @dev Makes pending requests Claimable in order while the free buffer, with `incoming`
    ///      (what this call's interactions will bring in), pays them in full.
    function _serve(uint256 incoming) private {
        uint256 f = pendingFactor;
        uint256 free = _balance() + incoming - _reserved;
        uint256 head = _head;
        uint256 last = _lastRequestId;
        uint256 end = Math.min(last, head + MAX_SERVED_PER_CALL);
        while (head < end) {
            Request storage r = _requests[head + 1];
            uint256 assets = r.scaledAssets.mulDiv(f, WAD, Math.Rounding.Floor);
            if (assets > free || r.claimableAt > block.timestamp) break;
            ++head;
            free -= assets;
            _pendingScaled -= r.scaledAssets;
            _reserved += assets;
            _claimableShares[r.controller] += r.shares;
            _claimableAssets[r.controller] += assets;
            emit RedeemRequestClaimable(head, r.controller, r.shares, assets);
        }
        _head = head;
        // An empty queue starts again at par: no rounding carried from old slashes.
        if (head == last && f != WAD) {
            pendingFactor = WAD;
            emit PendingFactorReset();
        }
    }

    /// @dev Asks positions for what pending redemptions need beyond the free buffer and the
    ///      withdrawals still in flight (`inFlight`), disturbing as little as it can.
    ///      - While the room above `minLock` of all the vault's positions covers the shortfall,
    ///        partial withdrawals: a jailed position's whole room first (it earns nothing, and
    ///        asked once it has no room left, so holders hold `exitJailed` off one unlock delay
    ///        at most, beyond a withdrawal in flight when the jail came), then the active
    ///        position with the most room, at least `MIN_UNLOCK_BPS` of its room (a cushion for
    ///        the requests that follow). The room of a position whose withdrawal is in flight
    ///        counts: it can be asked again once that withdrawal is collected, and the queue
    ///        waits for it rather than ending a position.
    ///      - Only when that room falls short, whole exits: jailed first, then the smallest, and
    ///        the choice is made again for the rest. A jail that governance may lift is ended
    ///        by a holder only when nothing else can pay (the final review's F-1, re-checks).
    ///      Of equal candidates, the first in the list. A position keeps `minLock` or exits.
    ///      Called after the due withdrawals were collected, whose positions can be asked again.
    function _unlockForQueue(uint256 inFlight) private {
        uint256 shortfall = _owed(pendingFactor);
        {
            uint256 have = _balance() - _reserved + inFlight;
            if (shortfall <= have) return;
            shortfall -= have;
        }
        uint256 minLock = LOCKING.minLock();
        uint256 n = _positions.length;
        // The positions that can be asked now (nothing pending): id, principal, room, jailed.
        uint256[] memory ids = new uint256[](n);
        uint256[] memory amounts = new uint256[](n);
        uint256[] memory room = new uint256[](n);
        bool[] memory jailed = new bool[](n);
        // The room of every active or jailed position, with a withdrawal in flight or not.
        // slither-disable-next-line uninitialized-local (a sum that starts at 0 on purpose)
        uint256 totalRoom;
        for (uint256 i; i < n; ++i) {
            uint256 id = _positions[i];
            ISequencerLocking.Position memory p = LOCKING.getPosition(id);
            bool isJailed = p.status == ISequencerLocking.Status.Jailed;
            if (!isJailed && p.status != ISequencerLocking.Status.Active) continue;
            uint256 r = p.amount > minLock ? p.amount - minLock : 0;
            totalRoom += r;
            if (p.pendingWithdrawal != 0 || p.amount == 0) continue;
            (ids[i], amounts[i], room[i], jailed[i]) = (id, p.amount, r, isJailed);
        }
        while (shortfall != 0) {
            // Jailed first; then the most room (partial), or the smallest position (whole);
            // none: the rest waits for the withdrawals in flight, or all was asked.
            bool byRoom = totalRoom >= shortfall;
            uint256 pick = type(uint256).max;
            for (uint256 i; i < n; ++i) {
                if (ids[i] == 0 || (byRoom && room[i] == 0)) continue;
                if (
                    pick == type(uint256).max
                        || (jailed[i] == jailed[pick]
                                ? (byRoom ? room[i] > room[pick] : amounts[i] < amounts[pick])
                                : jailed[i])
                ) {
                    pick = i;
                }
            }
            if (pick == type(uint256).max) return;
            uint256 take;
            if (!byRoom) {
                take = amounts[pick];
                totalRoom -= room[pick];
            } else {
                take = jailed[pick]
                    ? room[pick]
                    : Math.min(room[pick], Math.max(shortfall, room[pick] * MIN_UNLOCK_BPS / BPS));
                // What is left of its room is in flight, and still counts.
                totalRoom -= take;
            }
            shortfall = take >= shortfall ? 0 : shortfall - take;
            _unlock(ids[pick], take, take == amounts[pick]);
            ids[pick] = 0;
        }
    }

    function _unlock(uint256 id, uint256 amount, bool full) private {
        emit PositionUnlocked(id, amount, full);
        LOCKING.requestWithdrawal(id, amount);
    }

    /// @dev What the allocator may lock: the free buffer less what pending redemptions need.
    function _allocatable() private view returns (uint256) {
        uint256 free = _balance() - _reserved;
        uint256 owed = _owed(pendingFactor);
        return free > owed ? free - owed : 0;
    }

    /// @dev Asks for the whole principal of the vault's position back: a `Jailed` one, or
    ///      (`activeToo`, governance) an `Active` one too; none while a withdrawal is pending.
    function _exit(uint256 positionId, bool activeToo) private {
        (, Scan memory s) = _sync();
        // A withdrawal that is due is collected first: it would block the exit.
        _collect(s);
        if (_operatorOf[positionId] == 0) revert PositionNotEligible(positionId, 0);
        ISequencerLocking.Position memory p = LOCKING.getPosition(positionId);
        bool eligible = p.status == ISequencerLocking.Status.Jailed
            || (activeToo && p.status == ISequencerLocking.Status.Active);
        if (!eligible || p.pendingWithdrawal != 0) revert PositionNotEligible(positionId, uint8(p.status));
        _unlock(positionId, p.amount, true);
    }

    function _balance() private view returns (uint256) {
        return IERC20(asset()).balanceOf(address(this));
    }

    /// @dev What pending requests are worth at factor `f` (rounded up: a liability).
    function _owed(uint256 f) private view returns (uint256) {
        return _pendingScaled.mulDiv(f, WAD, Math.Rounding.Ceil);
    }

    function _payClaim(address controller, address receiver, uint256 assets, uint256 shares) private {
        _claimableShares[controller] -= shares;
        _claimableAssets[controller] -= assets;
        _reserved -= assets;
        emit Withdraw(_msgSender(), receiver, controller, assets, shares);
        IERC20(asset()).safeTransfer(receiver, assets);
    }

    function _checkController(address controller) private view {
        if (_msgSender() != controller && !isOperator[controller][_msgSender()]) {
            revert NotControllerOrOperator(_msgSender(), controller);
        }
    }

    function _operator(uint256 operatorId) private view returns (NodeOperator storage) {
        if (operatorId >= _operators.length) revert UnknownNodeOperator(operatorId);
        return _operators[operatorId];
    }

    function _signerOf(bytes calldata pubkey) private pure returns (address) {
        if (pubkey.length != 64) revert InvalidPublicKeyLength(pubkey.length);
        return address(uint160(uint256(keccak256(pubkey))));
    }

    /// @dev OpenZeppelin's conversion, with `total` given (the books just brought up to date).
    function _toShares(uint256 assets, uint256 total, Math.Rounding rounding) private view returns (uint256) {
        return assets.mulDiv(totalSupply() + 10 ** _decimalsOffset(), total + 1, rounding);
    }

    function _toAssets(uint256 shares, uint256 total, Math.Rounding rounding) private view returns (uint256) {
        return shares.mulDiv(total + 1, totalSupply() + 10 ** _decimalsOffset(), rounding);
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return DECIMALS_OFFSET;
    }
}
