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
        vm.recordLogs();
        uint256 id = vault.requestRedeem(shares, h, h);
        vm.stopPrank();
        // What the request was valued at when made (the request may be served at once, with
        // older requests of the same holder).
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 worth;
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].topics[0] == ISequencerVault.RedeemRequestValued.selector
                    && uint256(logs[i].topics[1]) == id
            ) {
                worth = abi.decode(logs[i].data, (uint256));
            }
        }
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

    // ------------------------------------------------------------------ helpers

    /// @dev Counts the action, then checks that it did not lower the share price unless it is
    ///      a slash (the price reflects a slash at once: `totalAssets` reads the positions).
    modifier checked(bytes32 action, bool slashing) {
        ++calls[action];
        _;
        uint256 price = _price();
        if (price < ghostPrice && !slashing) {
            ghostPriceFell = true;
            ghostPriceFellIn = string(abi.encodePacked(action));
        }
        ghostPrice = price;
    }

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
