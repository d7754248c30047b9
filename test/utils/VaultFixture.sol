// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {SequencerVault} from "../../contracts/lst/SequencerVault.sol";
import {LockingMiningFixture} from "./LockingMiningFixture.sol";

/// @notice The real locking and mining pair (funded, first program started at `T0`) with a
///         `SequencerVault` on top: its governance, an allocator, and helpers that register node
///         operators with real keys and proofs made for the vault, deposit for holders and
///         allocate.
abstract contract VaultFixture is LockingMiningFixture {
    uint256 internal constant COMMISSION_BPS = 500;

    SequencerVault internal vault;
    address internal vaultGov;
    address internal allocator;

    /// @dev The private key of each node operator's current key, by operator id.
    mapping(uint256 operatorId => uint256 privateKey) internal _operatorKey;

    function _deployVault() internal {
        _deployPair();
        _fund(10_000_000e18);
        _start(T0);
        vaultGov = makeAddr("vault governance");
        allocator = makeAddr("allocator");
        vault = new SequencerVault(
            token,
            ISequencerLocking(address(locking)),
            ISequencerMining(address(mining)),
            "Staked Metis",
            "stMETIS",
            vaultGov,
            COMMISSION_BPS
        );
        bytes32 role = vault.ALLOCATOR_ROLE();
        vm.prank(vaultGov);
        vault.grantRole(role, allocator);
        vm.prank(gov);
        locking.setWhitelisted(address(vault), true);
    }

    /// @dev `who` deposits `assets` (minted to it here).
    function _deposit(address who, uint256 assets) internal returns (uint256 shares) {
        token.mint(who, assets);
        vm.startPrank(who);
        token.approve(address(vault), assets);
        shares = vault.deposit(assets, who);
        vm.stopPrank();
    }

    /// @dev A fresh key and a proof of it for the vault at the vault's current nonce.
    function _vaultKey() internal returns (uint256 pk, bytes memory pubkey, bytes memory proof) {
        pk = nodeKey(_nextKey++);
        pubkey = pubkeyOf(pk);
        proof = proofFor(locking, pk, address(vault));
    }

    /// @dev Governance registers a node operator paid at `rewardAddress`.
    function _addOperator(address rewardAddress) internal returns (uint256 operatorId) {
        (uint256 pk, bytes memory pubkey, bytes memory proof) = _vaultKey();
        vm.prank(vaultGov);
        operatorId = vault.addNodeOperator(rewardAddress, pubkey, proof);
        _operatorKey[operatorId] = pk;
    }

    /// @dev The allocator moves `amount` into operator `operatorId`'s position, with a fresh
    ///      proof of its registered key for the vault's current nonce.
    function _allocate(uint256 operatorId, uint256 amount) internal returns (uint256 positionId) {
        bytes memory proof = proofFor(locking, _operatorKey[operatorId], address(vault));
        vm.prank(allocator);
        positionId = vault.allocate(operatorId, amount, proof);
    }
}
