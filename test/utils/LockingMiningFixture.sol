// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {SequencerMining} from "../../contracts/SequencerMining.sol";
import {ILockingForDistributor} from "../../contracts/interfaces/ILockingView.sol";
import {MockMetis} from "./MockMetis.sol";
import {PossessionProofs} from "./PossessionProofs.sol";
import {Test} from "./Test.sol";

/// @notice The REAL pair, wired as the deploy script wires it: `SequencerLocking` owned by
///         governance, `SequencerMining` built for it and set as its distributor before the first
///         lock, a `MockMetis` token. Helpers lock with real node keys and EIP-712 possession
///         proofs, fund the reward budget and start the program; `_closedForm` is the design's
///         reward formula, written independently of the contract's index arithmetic.
abstract contract LockingMiningFixture is Test, PossessionProofs {
    uint256 internal constant T0 = 1_700_000_000;
    uint256 internal constant YEAR = 365 days;
    uint256 internal constant APR_BPS = 2000;
    /// @dev The closed form's denominator: `10_000 * 365 days`.
    uint256 internal constant DENOMINATOR = 10_000 * 365 days;
    uint256 internal constant MIN_LOCK = 20_000e18;
    uint256 internal constant MAX_LOCK = 100_000e18;
    uint256 internal constant UNLOCK_DELAY = 21 days;

    MockMetis internal token;
    SequencerLocking internal locking;
    SequencerMining internal mining;
    address internal gov;
    address internal guardian;
    address internal treasury;
    address internal funder;

    /// @dev Next node key index: every position gets a key of its own.
    uint256 internal _nextKey;

    /// @dev Deploys and wires the pair at `T0`; nothing funded, program not started.
    function _deployPair() internal {
        vm.warp(T0);
        gov = makeAddr("governance");
        guardian = makeAddr("guardian");
        treasury = makeAddr("treasury");
        funder = makeAddr("funder");
        token = new MockMetis();
        locking = new SequencerLocking(token, gov, treasury, guardian);
        mining = new SequencerMining(token, ILockingForDistributor(address(locking)), gov);
        vm.prank(gov);
        locking.setDistributor(address(mining));
        vm.prank(gov);
        locking.setMaxSequencers(1000);
    }

    // ------------------------------------------------------------------ governance and funding

    function _fund(uint256 amount) internal {
        token.mint(funder, amount);
        vm.prank(funder);
        token.approve(address(mining), amount);
        vm.prank(funder);
        mining.fund(amount);
    }

    function _start(uint256 start) internal {
        vm.prank(gov);
        // forge-lint: disable-next-line(unsafe-typecast) test times are far below 2^64
        mining.startProgram(uint64(start));
    }

    /// @dev Whitelists `who`, mints it `amount` and approves the locking contract for it.
    function _prepare(address who, uint256 amount) internal {
        if (!locking.whitelisted(who)) {
            vm.prank(gov);
            locking.setWhitelisted(who, true);
        }
        token.mint(who, amount);
        vm.prank(who);
        token.approve(address(locking), type(uint256).max);
    }

    /// @dev A fresh node key, its public key and a valid proof for `owner` at its current nonce.
    function _newKey(address owner) internal returns (bytes memory pubkey, bytes memory proof) {
        uint256 pk = nodeKey(_nextKey++);
        pubkey = pubkeyOf(pk);
        proof = proofFor(locking, pk, owner);
    }

    /// @dev `owner` locks `amount` with a fresh key (whitelisted and funded here).
    function _lock(address owner, uint256 amount) internal returns (uint256 id) {
        _prepare(owner, amount);
        (bytes memory pubkey, bytes memory proof) = _newKey(owner);
        vm.prank(owner);
        id = locking.lock(pubkey, proof, amount);
    }

    function _topUp(address owner, uint256 id, uint256 amount) internal {
        _prepare(owner, amount);
        vm.prank(owner);
        locking.increaseLock(id, amount);
    }

    // ------------------------------------------------------------------ the closed form

    /// @dev The design's reward for earning on `amount` during `seconds_` program seconds:
    ///      `amount * 2000 * seconds / (10_000 * 365 days)`, rounded down.
    function _closedForm(uint256 amount, uint256 seconds_) internal pure returns (uint256) {
        return amount * APR_BPS * seconds_ / DENOMINATOR;
    }
}
