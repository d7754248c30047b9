// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {PossessionProofs} from "../utils/PossessionProofs.sol";
import {RecordingHook} from "../utils/SequencerLockingMocks.sol";
import {Test} from "../utils/Test.sol";

/// @notice Shared fixture of the SequencerLocking unit tests: a locking contract owned by `gov`,
///         wired to a `RecordingHook` distributor, three whitelisted and funded operators
///         (alice, bob, and carol who plays the attacker), and key/proof helpers.
abstract contract SequencerLockingBase is Test, PossessionProofs {
    uint256 internal constant MIN = 20_000e18;
    uint256 internal constant MAX = 100_000e18;
    uint256 internal constant AMOUNT = 50_000e18;
    uint256 internal constant FUNDS = 1_000_000e18;
    uint256 internal constant DELAY = 21 days;
    uint256 internal constant T0 = 1_700_000_000;

    MockMetis internal token;
    SequencerLocking internal locking;
    RecordingHook internal hook;

    address internal gov;
    address internal treasury;
    address internal guardian;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal stranger;

    uint256 internal keyCounter;

    function setUp() public virtual {
        vm.warp(T0);
        gov = makeAddr("governance");
        treasury = makeAddr("treasury");
        guardian = makeAddr("guardian");
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        carol = makeAddr("carol");
        stranger = makeAddr("stranger");

        token = new MockMetis();
        locking = new SequencerLocking(token, gov, treasury, guardian);
        hook = new RecordingHook(locking);
        vm.prank(gov);
        locking.setDistributor(address(hook));

        address[3] memory operators = [alice, bob, carol];
        for (uint256 i; i < 3; ++i) {
            vm.prank(gov);
            locking.setWhitelisted(operators[i], true);
            _fund(operators[i]);
        }
        _fund(stranger);
    }

    // ------------------------------------------------------------------ helpers

    function _fund(address who) internal {
        token.mint(who, FUNDS);
        vm.prank(who);
        token.approve(address(locking), type(uint256).max);
    }

    /// @dev A fresh node key and its public key.
    function _newKey() internal returns (uint256 pk, bytes memory pubkey) {
        pk = nodeKey(keyCounter++);
        pubkey = pubkeyOf(pk);
    }

    /// @dev `owner` locks `amount` with a fresh key and a valid proof.
    function _lock(address owner, uint256 amount) internal returns (uint256 id) {
        (id,) = _lockReturningKey(owner, amount);
    }

    function _lockReturningKey(address owner, uint256 amount) internal returns (uint256 id, uint256 pk) {
        bytes memory pubkey;
        (pk, pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, owner);
        vm.prank(owner);
        id = locking.lock(pubkey, proof, amount);
    }

    function _request(address owner, uint256 id, uint256 amount) internal {
        vm.prank(owner);
        locking.requestWithdrawal(id, amount);
    }

    function _status(uint256 id) internal view returns (ISequencerLocking.Status) {
        return locking.getPosition(id).status;
    }

    function _assertStatus(uint256 id, ISequencerLocking.Status expected, string memory err) internal view {
        assertEq(uint256(_status(id)), uint256(expected), err);
    }

    /// @dev A digest of everything the tests can observe: reverted calls must leave it as it was.
    function _fingerprint() internal view returns (bytes32) {
        uint256 count = locking.positionCount();
        bytes memory positions;
        for (uint256 id = 1; id <= count; ++id) {
            positions = abi.encode(positions, locking.getPosition(id));
        }
        bytes memory balances = abi.encode(
            token.balanceOf(address(locking)),
            token.balanceOf(alice),
            token.balanceOf(bob),
            token.balanceOf(carol),
            token.balanceOf(treasury),
            token.balanceOf(address(hook))
        );
        bytes memory accounts = abi.encode(
            locking.nonces(alice),
            locking.nonces(bob),
            locking.nonces(carol),
            locking.whitelisted(alice),
            locking.whitelisted(bob),
            locking.whitelisted(carol)
        );
        bytes memory config = abi.encode(
            locking.minLock(),
            locking.maxLock(),
            locking.maxSequencers(),
            locking.unlockDelay(),
            locking.permissionless(),
            locking.paused(),
            locking.treasury(),
            locking.guardian(),
            locking.distributor(),
            locking.owner()
        );
        return keccak256(
            abi.encode(count, locking.activeCount(), hook.callCount(), positions, balances, accounts, config)
        );
    }
}
