// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../../contracts/SequencerLocking.sol";
import {SequencerMining} from "../../../contracts/SequencerMining.sol";
import {ISequencerLocking} from "../../../contracts/interfaces/ISequencerLocking.sol";
import {SequencerVault} from "../../../contracts/lst/SequencerVault.sol";
import {ISequencerVault} from "../../../contracts/lst/interfaces/ISequencerVault.sol";
import {MockMetis} from "../../utils/MockMetis.sol";
import {PossessionProofs} from "../../utils/PossessionProofs.sol";
import {Test} from "../../utils/Test.sol";
import {Vm} from "../../utils/Vm.sol";

/// @notice Drives SequencerVault on the real locking and mining pair through random sequences
///         of holder, allocator, governance and stranger actions, slashes and jails, and time,
///         and keeps ghosts of what must hold after each action.
/// @dev Inputs are bounded so that most calls are valid; a call that reverts leaves the ghosts
///      untouched (the whole handler call reverts).
contract SequencerVaultHandler is Test, PossessionProofs {
    SequencerVault public immutable vault;
    SequencerLocking public immutable locking;
    SequencerMining public immutable mining;
    MockMetis public immutable token;
    address public immutable vaultGov;
    address public immutable allocator;
    address public immutable gov;
    address public immutable guardian;

    address[] internal _holders;
    uint256[] internal _operatorIds;
    mapping(uint256 operatorId => uint256 privateKey) internal _keyOf;
    uint256 internal _nextKey = 50_000;

    // ------------------------------------------------------------------ ghosts

    /// @notice The share price (assets of 1e24 shares) after the last action.
    uint256 public ghostPrice;
    /// @notice Set when an action without a slash lowered the share price.
    bool public ghostPriceFell;
    string public ghostPriceFellIn;
    /// @notice Set when a deposit redeemed at once was worth more than it paid.
    bool public ghostRoundTripGain;
    uint256 public slashes;
    /// @notice Boundary warps that left every scheduled program behind (a stretch without
    ///         rewards, until governance schedules more).
    uint256 public programsEnded;

    /// @notice Ghosts rebuilt from the vault's events alone (as an indexer would), never from
    ///         its storage: each request's assets when made (`RedeemRequestValued`), the slash
    ///         count then, its assets when served (`RedeemRequestClaimable`), and what each
    ///         controller may still claim (served assets less `Withdraw`n assets).
    mapping(uint256 requestId => uint256) public ghostValued;
    mapping(uint256 requestId => uint256) public ghostSlashesAtRequest;
    mapping(uint256 requestId => uint256) public ghostServed;
    mapping(address controller => uint256) public ghostClaimable;
    uint256 public ghostRequests;

    mapping(bytes32 action => uint256 count) public calls;

    constructor(
        SequencerVault vault_,
        SequencerLocking locking_,
        SequencerMining mining_,
        MockMetis token_,
        address vaultGov_,
        address allocator_,
        address gov_,
        address guardian_
    ) {
        vault = vault_;
        locking = locking_;
        mining = mining_;
        token = token_;
        vaultGov = vaultGov_;
        allocator = allocator_;
        gov = gov_;
        guardian = guardian_;
        for (uint256 i; i < 4; ++i) {
            _holders.push(makeAddr(string.concat("holder", vm.toString(i))));
        }
    }

    /// @dev Registers three node operators (called once by the test's setUp).
    function registerOperators() external {
        for (uint256 i; i < 3; ++i) {
            uint256 pk = nodeKey(_nextKey++);
            address rewards = makeAddr(string.concat("operator rewards", vm.toString(i)));
            vm.prank(vaultGov);
            uint256 id = vault.addNodeOperator(rewards, pubkeyOf(pk), proofFor(locking, pk, address(vault)));
            _operatorIds.push(id);
            _keyOf[id] = pk;
        }
        ghostPrice = _price();
    }

    function holders() external view returns (address[] memory) {
        return _holders;
    }

    // ------------------------------------------------------------------ holders

    function deposit(uint256 who, uint256 assets) external checked("deposit", false) {
        address h = _holder(who);
        assets = bound(assets, 1e15, 60_000e18);
        token.mint(h, assets);
        vm.startPrank(h);
        token.approve(address(vault), assets);
        vault.deposit(assets, h);
        vm.stopPrank();
    }

    function mint(uint256 who, uint256 shares) external checked("mint", false) {
        address h = _holder(who);
        shares = bound(shares, 1e21, 60_000e24);
        uint256 assets = vault.previewMint(shares);
        token.mint(h, assets);
        vm.startPrank(h);
        token.approve(address(vault), assets);
        vault.mint(shares, h);
        vm.stopPrank();
    }

    function requestRedeem(uint256 who, uint256 fractionBps) external checked("requestRedeem", false) {
        address h = _holder(who);
        uint256 shares = vault.balanceOf(h) * bound(fractionBps, 1, 10_000) / 10_000;
        if (shares == 0 || vault.convertToAssets(shares) == 0) return;
        vm.prank(h);
        vault.requestRedeem(shares, h, h);
    }

    function claim(uint256 who) external checked("claim", false) {
        address h = _holder(who);
        uint256 shares = vault.maxRedeem(h);
        if (shares == 0) return;
        vm.prank(h);
        vault.redeem(shares, h, h);
    }

    /// @dev A deposit redeemed at once is worth at most what it paid (rounding favours the vault).
    function roundTrip(uint256 who, uint256 assets) external checked("roundTrip", false) {
        address h = _holder(who);
        assets = bound(assets, 1e15, 10_000e18);
        token.mint(h, assets);
        vm.startPrank(h);
        token.approve(address(vault), assets);
        uint256 shares = vault.deposit(assets, h);
        uint256 id = vault.requestRedeem(shares, h, h);
        vm.stopPrank();
        // What the request was valued at when made, from its event (the request may be served
        // at once, with older requests of the same holder).
        _readLogs(vm.getRecordedLogs());
        uint256 worth = ghostValued[id];
        if (worth == 0 || worth > assets) ghostRoundTripGain = true;
    }

    function donate(uint256 assets) external checked("donate", false) {
        assets = bound(assets, 1, 1000e18);
        token.mint(address(vault), assets);
    }

    // ------------------------------------------------------------------ anyone

    function harvest() external checked("harvest", false) {
        vault.harvest();
    }

    function processRedemptions() external checked("processRedemptions", false) {
        vault.processRedemptions();
    }

    function exitJailed(uint256 seed) external checked("exitJailed", false) {
        uint256[] memory ps = vault.positions();
        if (ps.length == 0) return;
        uint256 id = ps[seed % ps.length];
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.status != ISequencerLocking.Status.Jailed || p.pendingWithdrawal != 0) return;
        vault.exitJailed(id);
    }

    function warp(uint256 secs) external checked("warp", false) {
        vm.warp(block.timestamp + bound(secs, 1 hours, 12 days));
    }

    // ------------------------------------------------------------------ allocator, governance

    function allocate(uint256 seed, uint256 amount) external checked("allocate", false) {
        uint256 operatorId = _operatorIds[seed % _operatorIds.length];
        ISequencerVault.NodeOperator memory op = vault.nodeOperator(operatorId);
        (,, uint256 pending) = vault.queue();
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        uint256 available = buffer - reserved > pending ? buffer - reserved - pending : 0;
        if (op.positionId == 0) {
            if (available < locking.minLock()) return;
            amount = bound(amount, locking.minLock(), _min(available, locking.maxLock()));
            if (op.keyUsed) _newKey(operatorId);
            uint256 pk = _keyOf[operatorId];
            bytes memory proof = proofFor(locking, pk, address(vault));
            vm.prank(allocator);
            vault.allocate(operatorId, amount, proof);
        } else {
            ISequencerLocking.Position memory p = locking.getPosition(op.positionId);
            if (p.status != ISequencerLocking.Status.Active && p.status != ISequencerLocking.Status.Jailed) {
                return;
            }
            uint256 room = locking.maxLock() - p.amount;
            if (available < 1e18 || room < 1e18) return;
            amount = bound(amount, 1e18, _min(available, room));
            vm.prank(allocator);
            vault.allocate(operatorId, amount, "");
        }
    }

    function announceCommission(uint256 bps) external checked("announceCommission", false) {
        (uint256 current,,) = vault.commission();
        bps = bound(bps, 0, _min(vault.MAX_COMMISSION_BPS(), current + vault.MAX_COMMISSION_STEP_BPS()));
        vm.prank(vaultGov);
        vault.announceCommission(bps);
    }

    function rotateKey(uint256 seed) external checked("rotateKey", false) {
        uint256 operatorId = _operatorIds[seed % _operatorIds.length];
        _newKey(operatorId);
    }

    /// @dev Governance approves a new key without a proof (as through a timelock); then the
    ///      operator applies it with a fresh proof if its position is in the set or jailed.
    function approveAndApplyKey(uint256 seed) external checked("approveAndApplyKey", false) {
        uint256 operatorId = _operatorIds[seed % _operatorIds.length];
        uint256 pk = nodeKey(_nextKey++);
        vm.prank(vaultGov);
        vault.setNodeOperatorKey(operatorId, pubkeyOf(pk), "");
        _keyOf[operatorId] = pk;
        uint256 id = vault.nodeOperator(operatorId).positionId;
        if (id == 0) return;
        ISequencerLocking.Status st = locking.getPosition(id).status;
        if (st != ISequencerLocking.Status.Active && st != ISequencerLocking.Status.Jailed) return;
        vault.applyNodeOperatorKey(operatorId, proofFor(locking, pk, address(vault)));
        assertEq(locking.getPosition(id).signer, vm.addr(pk), "applied");
    }

    // ------------------------------------------------------------------ the locking contract's governance

    function slash(uint256 seed, uint256 bps) external checked("slash", true) {
        uint256[] memory ps = vault.positions();
        if (ps.length == 0) return;
        uint256 id = ps[seed % ps.length];
        ISequencerLocking.Position memory p = locking.getPosition(id);
        uint256 amount = (p.amount + p.pendingWithdrawal) * bound(bps, 1, 1000) / 10_000;
        if (amount == 0) return;
        vm.prank(gov);
        locking.slash(id, amount, "evidence");
        ++slashes;
    }

    function jail(uint256 seed) external checked("jail", false) {
        uint256[] memory ps = vault.positions();
        if (ps.length == 0) return;
        uint256 id = ps[seed % ps.length];
        if (locking.getPosition(id).status != ISequencerLocking.Status.Active) return;
        vm.prank(guardian);
        locking.jail(id);
    }

    // ------------------------------------------------------------------ the reward programs

    /// @dev The mining contract's governance schedules the next reward program: 1 to 50% a
    ///      year for 7 to 60 days, starting up to 30 days after the last one ends (a gap
    ///      without rewards), while less than 60 days of programs lie ahead.
    function scheduleProgram(uint256 rateBps, uint256 duration, uint256 gap)
        external
        checked("scheduleProgram", false)
    {
        uint256 end = mining.programEnd();
        if (end > block.timestamp + 60 days) return;
        uint256 start = (end > block.timestamp ? end : block.timestamp) + bound(gap, 0, 30 days);
        rateBps = bound(rateBps, 1, mining.MAX_RATE_BPS());
        duration = bound(duration, mining.MIN_PROGRAM_DURATION(), 60 days);
        vm.prank(gov);
        // forge-lint: disable-next-line(unsafe-typecast) test times are far below 2^64
        mining.scheduleProgram(rateBps, duration, uint64(start));
    }

    /// @dev Time runs to within an hour either side of the next program boundary (a start or
    ///      an end), never backwards: the first year's end is out of reach of `warp`'s steps
    ///      otherwise.
    function warpToProgramBoundary(uint256 offset) external checked("warpToProgramBoundary", false) {
        uint256 next = type(uint256).max;
        uint256 n = mining.programCount();
        for (uint256 id = 1; id <= n; ++id) {
            (uint64 start, uint64 end,,,) = mining.program(id);
            if (start > block.timestamp && start < next) next = start;
            if (end > block.timestamp && end < next) next = end;
        }
        if (next == type(uint256).max) return;
        // Never back in time: a boundary less than an hour ahead is reached from now on.
        uint256 to = next - 1 hours + bound(offset, 0, 2 hours);
        vm.warp(to > block.timestamp ? to : block.timestamp + bound(offset, 1, 2 hours));
        if (mining.programEnd() < block.timestamp) ++programsEnded;
    }

    // ------------------------------------------------------------------ helpers

    /// @dev Counts the action, then checks that it did not lower the share price unless it is
    ///      a slash (the price reflects a slash at once: `totalAssets` reads the positions).
    modifier checked(bytes32 action, bool slashing) {
        ++calls[action];
        vm.recordLogs();
        _;
        _readLogs(vm.getRecordedLogs());
        uint256 price = _price();
        if (price < ghostPrice && !slashing) {
            ghostPriceFell = true;
            ghostPriceFellIn = string(abi.encodePacked(action));
        }
        ghostPrice = price;
    }

    /// @dev Folds the vault's events of one action into the ghosts.
    function _readLogs(Vm.Log[] memory logs) internal {
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            if (l.emitter != address(vault) || l.topics.length == 0) continue;
            bytes32 t = l.topics[0];
            if (t == ISequencerVault.RedeemRequestValued.selector) {
                uint256 id = uint256(l.topics[1]);
                ghostValued[id] = abi.decode(l.data, (uint256));
                ghostSlashesAtRequest[id] = slashes;
                ghostRequests = id;
            } else if (t == ISequencerVault.RedeemRequestClaimable.selector) {
                (, uint256 assets) = abi.decode(l.data, (uint256, uint256));
                ghostServed[uint256(l.topics[1])] = assets;
                ghostClaimable[address(uint160(uint256(l.topics[2])))] += assets;
            } else if (t == WITHDRAW) {
                // ERC-4626 Withdraw(sender, receiver, owner indexed; assets, shares): the owner
                // is the request's controller.
                (uint256 assets,) = abi.decode(l.data, (uint256, uint256));
                ghostClaimable[address(uint160(uint256(l.topics[3])))] -= assets;
            }
        }
    }

    bytes32 internal constant WITHDRAW = keccak256("Withdraw(address,address,address,uint256,uint256)");

    function _newKey(uint256 operatorId) internal {
        uint256 pk = nodeKey(_nextKey++);
        vm.prank(vaultGov);
        vault.setNodeOperatorKey(operatorId, pubkeyOf(pk), proofFor(locking, pk, address(vault)));
        _keyOf[operatorId] = pk;
    }

    function _price() internal view returns (uint256) {
        return vault.convertToAssets(1e24);
    }

    function _holder(uint256 seed) internal view returns (address) {
        return _holders[seed % _holders.length];
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }
}
