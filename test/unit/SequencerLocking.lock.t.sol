// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {FeeOnTransferToken, RecordingHook} from "../utils/SequencerLockingMocks.sol";
import {SequencerLockingBase} from "./SequencerLocking.base.t.sol";

/// @notice `lock`, the proof of possession (including the key-squatting attack), `increaseLock`,
///         `updateSigner` and `setRewardRecipient`.
contract SequencerLockingLockTest is SequencerLockingBase {
    // ================================================================== lock

    function test_lock_createsActivePosition() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        uint256 aliceBefore = token.balanceOf(alice);

        vm.prank(alice);
        uint256 id = locking.lock(pubkey, proof, AMOUNT);

        assertEq(id, 1, "first id is 1");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.owner, alice, "owner");
        assertEq(uint256(p.status), uint256(ISequencerLocking.Status.Active), "active");
        assertEq(p.signer, vm.addr(pk), "signer");
        assertEq(p.pubkey, pubkey, "pubkey");
        assertEq(p.amount, AMOUNT, "amount");
        assertEq(p.pendingWithdrawal, 0, "no pending");
        assertEq(p.withdrawableAt, 0, "no withdrawableAt");
        assertEq(p.rewardRecipient, address(0), "no recipient");
        assertEq(p.lockedAt, T0, "lockedAt");
        assertEq(locking.signerToId(vm.addr(pk)), id, "signer mapped");
        assertEq(locking.nonces(alice), 1, "nonce incremented");
        assertEq(locking.activeCount(), 1, "active count");
        assertEq(locking.positionCount(), 1, "position count");
        assertEq(locking.earningOf(id), AMOUNT, "earning");
        assertEq(token.balanceOf(address(locking)), AMOUNT, "locked tokens");
        assertEq(token.balanceOf(alice), aliceBefore - AMOUNT, "pulled from alice");
    }

    function test_lock_callsHookAfterStateIsUpdated() public {
        uint256 id = _lock(alice, AMOUNT);
        assertEq(hook.callCount(), 1, "one hook call");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(c.id, id, "id");
        assertEq(c.earning, AMOUNT, "earning");
        assertEq(c.earningSeenInLocking, AMOUNT, "locking state already updated");
        assertEq(c.activeCountSeen, 1, "active count already updated");
    }

    function test_lock_emitsLocked() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Locked(1, alice, vm.addr(pk), pubkey, AMOUNT, 1);
        vm.prank(alice);
        locking.lock(pubkey, proof, AMOUNT);
    }

    function test_lock_assignsSequentialIds() public {
        assertEq(_lock(alice, AMOUNT), 1, "id 1");
        assertEq(_lock(bob, AMOUNT), 2, "id 2");
        assertEq(_lock(alice, MIN), 3, "id 3");
        assertEq(locking.nonces(alice), 2, "alice nonce");
        assertEq(locking.nonces(bob), 1, "bob nonce");
        assertEq(locking.activeCount(), 3, "three active");
    }

    function test_lock_acceptsTheLimitsExactly() public {
        uint256 a = _lock(alice, MIN);
        uint256 b = _lock(bob, MAX);
        assertEq(locking.getPosition(a).amount, MIN, "min");
        assertEq(locking.getPosition(b).amount, MAX, "max");
    }

    function test_lock_permissionlessAllowsAnyone() public {
        vm.prank(gov);
        locking.setPermissionless(true);
        uint256 id = _lock(stranger, AMOUNT);
        assertEq(locking.ownerOf(id), stranger, "stranger owns it");
    }

    function test_lock_worksWithoutDistributor() public {
        SequencerLocking bare = new SequencerLocking(token, gov, treasury, guardian);
        vm.prank(gov);
        bare.setWhitelisted(alice, true);
        vm.prank(alice);
        token.approve(address(bare), AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(bare, pk, alice);
        vm.prank(alice);
        uint256 id = bare.lock(pubkey, proof, AMOUNT);
        assertEq(bare.earningOf(id), AMOUNT, "locked without a hook");
        assertEq(hook.callCount(), 0, "the other contract's hook untouched");
    }

    function testFuzz_lock_anyAmountWithinLimits(uint256 amount) public {
        amount = bound(amount, MIN, MAX);
        uint256 id = _lock(alice, amount);
        assertEq(locking.getPosition(id).amount, amount, "amount");
        assertEq(token.balanceOf(address(locking)), amount, "balance");
        assertEq(hook.lastEarning(id), amount, "hook");
    }

    function testFuzz_RevertWhen_lockAmountOutsideLimits(uint256 amount) public {
        vm.assume(amount < MIN || amount > MAX);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        bytes32 before = _fingerprint();
        if (amount == 0) {
            vm.expectRevert(ISequencerLocking.ZeroAmount.selector);
        } else if (amount < MIN) {
            vm.expectRevert(
                abi.encodeWithSelector(ISequencerLocking.AmountBelowMinimum.selector, amount, MIN)
            );
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(ISequencerLocking.AmountAboveMaximum.selector, amount, MAX)
            );
        }
        vm.prank(alice);
        locking.lock(pubkey, proof, amount);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    // ------------------------------------------------------------------ lock: reverts

    function _expectLockRevert(
        address owner,
        bytes memory pubkey,
        bytes memory proof,
        uint256 amount,
        bytes memory err
    ) internal {
        bytes32 before = _fingerprint();
        vm.expectRevert(err);
        vm.prank(owner);
        locking.lock(pubkey, proof, amount);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_lockPaused() public {
        vm.prank(guardian);
        locking.pause();
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            alice,
            pubkey,
            proofFor(locking, pk, alice),
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.EnforcedPause.selector)
        );
    }

    function test_RevertWhen_lockNotWhitelisted() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            stranger,
            pubkey,
            proofFor(locking, pk, stranger),
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, stranger)
        );
    }

    function test_RevertWhen_lockByDewhitelistedOperator() public {
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            alice,
            pubkey,
            proofFor(locking, pk, alice),
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice)
        );
    }

    function test_RevertWhen_lockZeroAmount() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            alice,
            pubkey,
            proofFor(locking, pk, alice),
            0,
            abi.encodeWithSelector(ISequencerLocking.ZeroAmount.selector)
        );
    }

    function test_RevertWhen_lockBelowMinimum() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            alice,
            pubkey,
            proofFor(locking, pk, alice),
            MIN - 1,
            abi.encodeWithSelector(ISequencerLocking.AmountBelowMinimum.selector, MIN - 1, MIN)
        );
    }

    function test_RevertWhen_lockAboveMaximum() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            alice,
            pubkey,
            proofFor(locking, pk, alice),
            MAX + 1,
            abi.encodeWithSelector(ISequencerLocking.AmountAboveMaximum.selector, MAX + 1, MAX)
        );
    }

    function test_RevertWhen_lockActiveSetFull() public {
        vm.prank(gov);
        locking.setMaxSequencers(2);
        _lock(alice, AMOUNT);
        _lock(bob, AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            carol,
            pubkey,
            proofFor(locking, pk, carol),
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.ActiveSetFull.selector, 2)
        );
    }

    function test_lock_roomFreedByAnExitIsReusable() public {
        vm.prank(gov);
        locking.setMaxSequencers(1);
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        uint256 id2 = _lock(bob, AMOUNT);
        assertEq(locking.activeCount(), 1, "one active");
        _assertStatus(id2, ISequencerLocking.Status.Active, "bob joined");
    }

    function test_RevertWhen_lockPubkeyWrongLength() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        // 65 bytes: the 0x04-prefixed form is refused.
        bytes memory prefixed = abi.encodePacked(bytes1(0x04), pubkey);
        _expectLockRevert(
            alice,
            prefixed,
            proof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPublicKeyLength.selector, 65)
        );
        // 33 bytes: compressed form.
        bytes memory compressed = new bytes(33);
        _expectLockRevert(
            alice,
            compressed,
            proof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPublicKeyLength.selector, 33)
        );
        _expectLockRevert(
            alice,
            "",
            proof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPublicKeyLength.selector, 0)
        );
    }

    /// @dev secp256k1's field prime and two points with a small coordinate: (1, Y_OF_X1) and
    ///      (X_OF_Y1, 1), computed with sympy (`sqrt_mod(8, p)`, `nthroot_mod(-6, 3, p)`) and
    ///      checked on the curve below. A coordinate plus p still fits 256 bits, and reduces mod p
    ///      to a point: only the range check can refuse it.
    uint256 internal constant P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;
    uint256 internal constant Y_OF_X1 = 0x4218f20ae6c646b363db68605822fb14264ca8d2587fdd6fbc750d587e76a7ee;
    uint256 internal constant X_OF_Y1 = 0x146d3b65add9f54ccca28533c88e2cbc63f7443e1658783ab41f8ef97c2a10b5;

    function test_smallCoordinatePoints_areOnTheCurve() public pure {
        assertEq(mulmod(Y_OF_X1, Y_OF_X1, P), 8, "1^3 + 7");
        uint256 x3 = mulmod(mulmod(X_OF_Y1, X_OF_Y1, P), X_OF_Y1, P);
        assertEq(addmod(x3, 7, P), 1, "1^2");
    }

    function test_RevertWhen_lockZeroPubkey() public {
        (uint256 pk,) = _newKey();
        _expectLockRevert(
            alice,
            new bytes(64),
            proofFor(locking, pk, alice),
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.PublicKeyNotOnCurve.selector, bytes32(0), bytes32(0))
        );
    }

    /// @dev A key with one zero coordinate is not on the curve (secp256k1 has no point with
    ///      x = 0 or y = 0), nor is a real key with one coordinate changed.
    function test_RevertWhen_lockPubkeyOffTheCurve() public {
        (uint256 pk, bytes memory realKey) = _newKey();
        bytes32 x = _slice32(realKey, 0);
        bytes32 y = _slice32(realKey, 32);
        bytes32[2][4] memory bad =
            [[bytes32(0), y], [x, bytes32(0)], [x, bytes32(uint256(y) ^ 1)], [bytes32(uint256(x) + 1), y]];
        for (uint256 i; i < bad.length; ++i) {
            _expectLockRevert(
                alice,
                bytes.concat(bad[i][0], bad[i][1]),
                proofFor(locking, pk, alice),
                AMOUNT,
                abi.encodeWithSelector(ISequencerLocking.PublicKeyNotOnCurve.selector, bad[i][0], bad[i][1])
            );
        }
    }

    /// @dev A coordinate at or above p is refused even when it is a point of the curve modulo p.
    ///      The points themselves pass the curve check: their lock fails only the proof.
    function test_RevertWhen_lockCoordinateNotBelowThePrime() public {
        (uint256 pk,) = _newKey();
        bytes32[2][2] memory wide = [[bytes32(1 + P), bytes32(Y_OF_X1)], [bytes32(X_OF_Y1), bytes32(1 + P)]];
        bytes32[2][2] memory reduced =
            [[bytes32(uint256(1)), bytes32(Y_OF_X1)], [bytes32(X_OF_Y1), bytes32(uint256(1))]];
        for (uint256 i; i < 2; ++i) {
            _expectLockRevert(
                alice,
                bytes.concat(wide[i][0], wide[i][1]),
                proofFor(locking, pk, alice),
                AMOUNT,
                abi.encodeWithSelector(ISequencerLocking.PublicKeyNotOnCurve.selector, wide[i][0], wide[i][1])
            );
            bytes memory point = bytes.concat(reduced[i][0], reduced[i][1]);
            address signer = signerOfKey(point);
            _expectLockRevert(
                alice,
                point,
                signDigest(pk, expectedDigest(address(locking), alice, signer, 0)),
                AMOUNT,
                abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, signer, vm.addr(pk))
            );
        }
    }

    function _slice32(bytes memory b, uint256 offset) internal pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(add(b, 32), offset))
        }
    }

    function test_RevertWhen_lockSignerAlreadyUsed() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        vm.prank(alice);
        uint256 id = locking.lock(pubkey, proof, AMOUNT);
        // Even the owner, with a fresh valid proof, cannot use the key twice.
        _expectLockRevert(
            alice,
            pubkey,
            proofFor(locking, pk, alice),
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.SignerAlreadyUsed.selector, vm.addr(pk), id)
        );
    }

    function test_RevertWhen_lockSignerUsedByAnExitedPosition() public {
        (uint256 id, uint256 pk) = _lockReturningKey(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        vm.warp(block.timestamp + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        _assertStatus(id, ISequencerLocking.Status.Exited, "exited");
        _expectLockRevert(
            alice,
            pubkeyOf(pk),
            proofFor(locking, pk, alice),
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.SignerAlreadyUsed.selector, vm.addr(pk), id)
        );
    }

    function test_RevertWhen_lockProofSignedByAnotherKey() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        (uint256 otherPk,) = _newKey();
        bytes memory proof = signDigest(otherPk, expectedDigest(address(locking), alice, vm.addr(pk), 0));
        _expectLockRevert(
            alice,
            pubkey,
            proof,
            AMOUNT,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), vm.addr(otherPk)
            )
        );
    }

    function test_RevertWhen_lockProofForAnotherNonce() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofWithNonce(locking, pk, alice, 1);
        address recovered = _recover(expectedDigest(address(locking), alice, vm.addr(pk), 0), proof);
        _expectLockRevert(
            alice,
            pubkey,
            proof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), recovered)
        );
    }

    function test_RevertWhen_lockProofReplayedAfterNonceMoved() public {
        // Alice gets a proof for key K at nonce 0, then locks another key first (nonce -> 1).
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory staleProof = proofFor(locking, pk, alice);
        _lock(alice, AMOUNT);
        address recovered = _recover(expectedDigest(address(locking), alice, vm.addr(pk), 1), staleProof);
        _expectLockRevert(
            alice,
            pubkey,
            staleProof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), recovered)
        );
    }

    function test_RevertWhen_lockProofForAnotherContract() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = signDigest(pk, expectedDigest(address(0xdead), alice, vm.addr(pk), 0));
        address recovered = _recover(expectedDigest(address(locking), alice, vm.addr(pk), 0), proof);
        _expectLockRevert(
            alice,
            pubkey,
            proof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), recovered)
        );
    }

    function test_RevertWhen_lockProofForAnotherChain() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        vm.chainId(block.chainid + 1);
        address recovered = _recover(expectedDigest(address(locking), alice, vm.addr(pk), 0), proof);
        _expectLockRevert(
            alice,
            pubkey,
            proof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), recovered)
        );
    }

    function test_RevertWhen_lockProofMalformed() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        bytes memory truncated = new bytes(64);
        for (uint256 i; i < 64; ++i) {
            truncated[i] = proof[i];
        }
        _expectLockRevert(
            alice,
            pubkey,
            truncated,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), address(0))
        );
        _expectLockRevert(
            alice,
            pubkey,
            "",
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), address(0))
        );
    }

    function test_RevertWhen_lockFeeOnTransferToken() public {
        FeeOnTransferToken fot = new FeeOnTransferToken();
        SequencerLocking fotLocking = new SequencerLocking(fot, gov, treasury, guardian);
        vm.prank(gov);
        fotLocking.setWhitelisted(alice, true);
        fot.mint(alice, FUNDS);
        vm.prank(alice);
        fot.approve(address(fotLocking), type(uint256).max);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(fotLocking, pk, alice);

        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.TransferAmountMismatch.selector, AMOUNT, AMOUNT * 99 / 100
            )
        );
        vm.prank(alice);
        fotLocking.lock(pubkey, proof, AMOUNT);
        assertEq(fotLocking.positionCount(), 0, "no position");
        assertEq(fot.balanceOf(alice), FUNDS, "nothing taken");
        assertEq(fotLocking.nonces(alice), 0, "nonce unchanged");
    }

    function test_RevertWhen_lockWithoutAllowance() public {
        vm.prank(alice);
        token.approve(address(locking), AMOUNT - 1);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        bytes32 before = _fingerprint();
        vm.expectRevert();
        vm.prank(alice);
        locking.lock(pubkey, proof, AMOUNT);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_lockRefusedByDistributor() public {
        hook.setShouldRevert(true);
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectLockRevert(
            alice,
            pubkey,
            proofFor(locking, pk, alice),
            AMOUNT,
            abi.encodeWithSelector(RecordingHook.BudgetExceeded.selector, 1, AMOUNT)
        );
    }

    // ------------------------------------------------------------------ lock: key squatting

    /// @dev Bob's node key is public; carol watches the mempool and front-runs bob's lock with
    ///      bob's public key, first with bob's own proof, then with a proof of her own. Both
    ///      fail, and bob's transaction then goes through.
    function test_RevertWhen_attackerSquatsVictimKey() public {
        (uint256 bobNodePk, bytes memory bobPubkey) = _newKey();
        bytes memory bobProof = proofFor(locking, bobNodePk, bob);
        address bobSigner = vm.addr(bobNodePk);

        // 1. Carol replays bob's pubkey and bob's proof from the mempool: the proof names bob.
        address recovered = _recover(expectedDigest(address(locking), carol, bobSigner, 0), bobProof);
        assertTrue(recovered != bobSigner, "bob's proof does not work for carol");
        _expectLockRevert(
            carol,
            bobPubkey,
            bobProof,
            AMOUNT,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, bobSigner, recovered)
        );

        // 2. Carol signs with a key of her own: it is not the key she claims.
        (uint256 carolNodePk,) = _newKey();
        bytes memory carolProof =
            signDigest(carolNodePk, expectedDigest(address(locking), carol, bobSigner, 0));
        _expectLockRevert(
            carol,
            bobPubkey,
            carolProof,
            AMOUNT,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidPossessionProof.selector, bobSigner, vm.addr(carolNodePk)
            )
        );

        // 3. Bob's own transaction still succeeds.
        vm.prank(bob);
        uint256 id = locking.lock(bobPubkey, bobProof, AMOUNT);
        assertEq(locking.signerToId(bobSigner), id, "bob got his key");
        assertEq(locking.ownerOf(id), bob, "bob owns it");
    }

    /// @dev Carol tries to take bob's key by rotating one of her own positions to it.
    function test_RevertWhen_attackerRotatesToVictimKey() public {
        uint256 carolId = _lock(carol, AMOUNT);
        (uint256 bobNodePk, bytes memory bobPubkey) = _newKey();
        bytes memory bobProof = proofFor(locking, bobNodePk, bob);
        address bobSigner = vm.addr(bobNodePk);
        address recovered =
            _recover(expectedDigest(address(locking), carol, bobSigner, locking.nonces(carol)), bobProof);
        bytes32 before = _fingerprint();
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, bobSigner, recovered)
        );
        vm.prank(carol);
        locking.updateSigner(carolId, bobPubkey, bobProof);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function _recover(bytes32 digest, bytes memory sig) internal pure returns (address) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(sig, 32))
            s := mload(add(sig, 64))
            v := byte(0, mload(add(sig, 96)))
        }
        return ecrecover(digest, v, r, s);
    }

    // ================================================================== increaseLock

    function test_increaseLock_addsToPrincipal() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(alice);
        locking.increaseLock(id, 10_000e18);
        assertEq(locking.getPosition(id).amount, AMOUNT + 10_000e18, "principal");
        assertEq(token.balanceOf(address(locking)), AMOUNT + 10_000e18, "balance");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(hook.callCount(), 2, "hook called");
        assertEq(c.earning, AMOUNT + 10_000e18, "new earning");
        assertEq(c.earningSeenInLocking, AMOUNT + 10_000e18, "state updated before the hook");
    }

    function test_increaseLock_emitsLockIncreased() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.LockIncreased(id, 1e18, AMOUNT + 1e18, ISequencerLocking.Status.Active, 2);
        vm.prank(alice);
        locking.increaseLock(id, 1e18);
    }

    function test_increaseLock_upToMaximumExactly() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(alice);
        locking.increaseLock(id, MAX - AMOUNT);
        assertEq(locking.getPosition(id).amount, MAX, "at max");
    }

    function test_increaseLock_whileJailedDoesNotCallHook() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        uint256 calls = hook.callCount();
        vm.prank(alice);
        locking.increaseLock(id, 1e18);
        assertEq(locking.getPosition(id).amount, AMOUNT + 1e18, "principal");
        assertEq(hook.callCount(), calls, "earning unchanged (0): no call");
        assertEq(locking.earningOf(id), 0, "still earns nothing");
    }

    // ------------------------------------------------------------------ increaseLock: the whitelist

    /// @dev While the whitelist is in force a removed operator adds nothing: the exact error
    ///      names the owner, and no token, principal, nonce or hook call moves.
    function test_RevertWhen_increaseLockByDewhitelistedOwner() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 lockedBefore = token.balanceOf(address(locking));
        uint256 nonceBefore = locking.nonces(alice);
        uint256 callsBefore = hook.callCount();

        _expectIncreaseRevert(
            alice, id, 1e18, abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice)
        );

        assertEq(locking.getPosition(id).amount, AMOUNT, "principal unchanged");
        assertEq(token.balanceOf(alice), aliceBefore, "nothing pulled");
        assertEq(token.balanceOf(address(locking)), lockedBefore, "nothing received");
        assertEq(locking.nonces(alice), nonceBefore, "nonce unchanged");
        assertEq(hook.callCount(), callsBefore, "distributor not told");
        assertEq(locking.earningOf(id), AMOUNT, "still earning");
    }

    /// @dev The rule is about the owner, not the status: a jailed position of a removed operator
    ///      is refused too (a top-up is the only inflow a jailed position has).
    function test_RevertWhen_increaseLockByDewhitelistedOwnerWhileJailed() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.startPrank(gov);
        locking.jail(id);
        locking.setWhitelisted(alice, false);
        vm.stopPrank();
        _expectIncreaseRevert(
            alice, id, 1e18, abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice)
        );
    }

    /// @dev An owner who locked while permissionless and was never whitelisted is refused once
    ///      governance puts the whitelist back in force.
    function test_RevertWhen_increaseLockByNeverWhitelistedOwnerAfterPermissionlessEnds() public {
        vm.prank(gov);
        locking.setPermissionless(true);
        uint256 id = _lock(stranger, AMOUNT);
        vm.prank(gov);
        locking.setPermissionless(false);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, stranger));
        vm.prank(stranger);
        locking.increaseLock(id, 1e18);
        assertEq(_fingerprint(), before, "state unchanged");
        assertEq(locking.getPosition(id).amount, AMOUNT, "principal unchanged");
    }

    /// @dev The whitelist check comes after the position checks: a stranger (never whitelisted)
    ///      is told it does not own the position, a removed owner of an unlocking position about
    ///      its status.
    function test_RevertWhen_increaseLockDewhitelistedAndNotOwnerOrUnlocking() public {
        uint256 id = _lock(alice, AMOUNT);
        _expectIncreaseRevert(
            stranger,
            id,
            1e18,
            abi.encodeWithSelector(ISequencerLocking.NotPositionOwner.selector, id, stranger)
        );
        _request(alice, id, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        _expectIncreaseRevert(
            alice,
            id,
            1e18,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Unlocking
            )
        );
    }

    /// @dev The whitelist is checked before the amount (the documented order): a removed
    ///      operator is told why it cannot add at all, not that the amount is wrong.
    function test_RevertWhen_increaseLockByDewhitelistedOwnerWithABadAmount() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        bytes memory err = abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice);
        _expectIncreaseRevert(alice, id, 0, err);
        _expectIncreaseRevert(alice, id, MAX, err);
    }

    function test_increaseLock_dewhitelistedOwnerTopsUpOncePermissionless() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        vm.prank(gov);
        locking.setPermissionless(true);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.LockIncreased(id, 1e18, AMOUNT + 1e18, ISequencerLocking.Status.Active, 2);
        vm.prank(alice);
        locking.increaseLock(id, 1e18);
        assertEq(locking.getPosition(id).amount, AMOUNT + 1e18, "principal");
        assertEq(hook.lastEarning(id), AMOUNT + 1e18, "hook told");
        assertFalse(locking.whitelisted(alice), "still not whitelisted");
    }

    function test_increaseLock_dewhitelistedOwnerTopsUpOnceRewhitelisted() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        _expectIncreaseRevert(
            alice, id, 1e18, abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice)
        );
        vm.prank(gov);
        locking.setWhitelisted(alice, true);
        vm.prank(alice);
        locking.increaseLock(id, 1e18);
        assertEq(locking.getPosition(id).amount, AMOUNT + 1e18, "principal");
        assertEq(token.balanceOf(address(locking)), AMOUNT + 1e18, "balance");
    }

    function testFuzz_increaseLock_withinMaximum(uint256 initial, uint256 added) public {
        initial = bound(initial, MIN, MAX - 1);
        added = bound(added, 1, MAX - initial);
        uint256 id = _lock(alice, initial);
        vm.prank(alice);
        locking.increaseLock(id, added);
        assertEq(locking.getPosition(id).amount, initial + added, "principal");
        assertEq(token.balanceOf(address(locking)), initial + added, "balance");
        assertEq(hook.lastEarning(id), initial + added, "hook");
    }

    function _expectIncreaseRevert(address caller, uint256 id, uint256 amount, bytes memory err) internal {
        bytes32 before = _fingerprint();
        vm.expectRevert(err);
        vm.prank(caller);
        locking.increaseLock(id, amount);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_increaseLockUnknownId() public {
        _expectIncreaseRevert(
            alice, 7, 1e18, abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 7)
        );
    }

    function test_RevertWhen_increaseLockNotOwner() public {
        uint256 id = _lock(alice, AMOUNT);
        _expectIncreaseRevert(
            bob, id, 1e18, abi.encodeWithSelector(ISequencerLocking.NotPositionOwner.selector, id, bob)
        );
    }

    function test_RevertWhen_increaseLockZeroAmount() public {
        uint256 id = _lock(alice, AMOUNT);
        _expectIncreaseRevert(alice, id, 0, abi.encodeWithSelector(ISequencerLocking.ZeroAmount.selector));
    }

    function test_RevertWhen_increaseLockAboveMaximum() public {
        uint256 id = _lock(alice, AMOUNT);
        _expectIncreaseRevert(
            alice,
            id,
            MAX - AMOUNT + 1,
            abi.encodeWithSelector(ISequencerLocking.AmountAboveMaximum.selector, MAX + 1, MAX)
        );
    }

    function test_RevertWhen_increaseLockUnlocking() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        _expectIncreaseRevert(
            alice,
            id,
            1e18,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Unlocking
            )
        );
    }

    function test_RevertWhen_increaseLockExited() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        vm.warp(block.timestamp + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        _expectIncreaseRevert(
            alice,
            id,
            1e18,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Exited
            )
        );
    }

    function test_RevertWhen_increaseLockPaused() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.pause();
        _expectIncreaseRevert(
            alice, id, 1e18, abi.encodeWithSelector(ISequencerLocking.EnforcedPause.selector)
        );
    }

    function test_RevertWhen_increaseLockRefusedByDistributor() public {
        uint256 id = _lock(alice, AMOUNT);
        hook.setShouldRevert(true);
        _expectIncreaseRevert(
            alice, id, 1e18, abi.encodeWithSelector(RecordingHook.BudgetExceeded.selector, id, AMOUNT + 1e18)
        );
    }

    /// @dev A locking contract over a `FeeOnTransferToken`, with alice's position of AMOUNT locked
    ///      while the token charged no fee; the test then makes the token misbehave.
    function _lockWithAdjustableToken()
        internal
        returns (FeeOnTransferToken fot, SequencerLocking fotLocking, uint256 id)
    {
        fot = new FeeOnTransferToken();
        fotLocking = new SequencerLocking(fot, gov, treasury, guardian);
        vm.prank(gov);
        fotLocking.setWhitelisted(alice, true);
        fot.mint(alice, FUNDS);
        vm.prank(alice);
        fot.approve(address(fotLocking), type(uint256).max);
        fot.setFeeBps(0);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(fotLocking, pk, alice);
        vm.prank(alice);
        id = fotLocking.lock(pubkey, proof, AMOUNT);
    }

    /// A token that delivers anything but the amount asked is refused with what it delivered:
    /// one that leaves the locking contract holding less than before (nothing delivered, not an
    /// arithmetic panic), and one that delivers more than asked.
    function test_RevertWhen_increaseLockTokenDeliversOtherThanAsked() public {
        (FeeOnTransferToken fot, SequencerLocking fotLocking, uint256 id) = _lockWithAdjustableToken();

        fot.setClawback(1000e18 + 1);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.TransferAmountMismatch.selector, 1000e18, 0));
        vm.prank(alice);
        fotLocking.increaseLock(id, 1000e18);

        fot.setClawback(0);
        fot.setBonus(1);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.TransferAmountMismatch.selector, 1000e18, 1000e18 + 1)
        );
        vm.prank(alice);
        fotLocking.increaseLock(id, 1000e18);
        assertEq(fotLocking.getPosition(id).amount, AMOUNT, "principal unchanged");
    }

    function test_RevertWhen_increaseLockFeeOnTransferToken() public {
        (FeeOnTransferToken fot, SequencerLocking fotLocking, uint256 id) = _lockWithAdjustableToken();

        fot.setFeeBps(100);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.TransferAmountMismatch.selector, 1000e18, 990e18)
        );
        vm.prank(alice);
        fotLocking.increaseLock(id, 1000e18);
        assertEq(fotLocking.getPosition(id).amount, AMOUNT, "principal unchanged");
        assertEq(fot.balanceOf(address(fotLocking)), AMOUNT, "nothing taken");
    }

    // ================================================================== updateSigner

    function test_updateSigner_rotatesTheKey() public {
        (uint256 id, uint256 oldPk) = _lockReturningKey(alice, AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        uint256 calls = hook.callCount();

        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.SignerUpdated(
            id, vm.addr(oldPk), vm.addr(pk), pubkey, AMOUNT, ISequencerLocking.Status.Active, 2
        );
        vm.prank(alice);
        locking.updateSigner(id, pubkey, proof);

        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.signer, vm.addr(pk), "new signer");
        assertEq(p.pubkey, pubkey, "new pubkey");
        assertEq(locking.signerToId(vm.addr(pk)), id, "new signer mapped");
        assertEq(locking.signerToId(vm.addr(oldPk)), id, "old signer stays burnt");
        assertEq(locking.nonces(alice), 2, "nonce incremented");
        assertEq(hook.callCount(), calls, "earning unchanged: no hook call");
        assertEq(p.amount, AMOUNT, "amount unchanged");
    }

    function test_updateSigner_worksWhileJailed() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        vm.prank(alice);
        locking.updateSigner(id, pubkey, proof);
        assertEq(locking.getPosition(id).signer, vm.addr(pk), "rotated");
    }

    function test_RevertWhen_updateSignerToOldSigner() public {
        (uint256 id, uint256 oldPk) = _lockReturningKey(alice, AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        vm.prank(alice);
        locking.updateSigner(id, pubkey, proof);
        _expectUpdateSignerRevert(
            alice,
            id,
            pubkeyOf(oldPk),
            proofFor(locking, oldPk, alice),
            abi.encodeWithSelector(ISequencerLocking.SignerAlreadyUsed.selector, vm.addr(oldPk), id)
        );
    }

    function _expectUpdateSignerRevert(
        address caller,
        uint256 id,
        bytes memory pubkey,
        bytes memory proof,
        bytes memory err
    ) internal {
        bytes32 before = _fingerprint();
        vm.expectRevert(err);
        vm.prank(caller);
        locking.updateSigner(id, pubkey, proof);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_updateSignerNotOwner() public {
        uint256 id = _lock(alice, AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectUpdateSignerRevert(
            bob,
            id,
            pubkey,
            proofFor(locking, pk, bob),
            abi.encodeWithSelector(ISequencerLocking.NotPositionOwner.selector, id, bob)
        );
    }

    function test_RevertWhen_updateSignerUnknownId() public {
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectUpdateSignerRevert(
            alice,
            3,
            pubkey,
            proofFor(locking, pk, alice),
            abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 3)
        );
    }

    function test_RevertWhen_updateSignerUnlocking() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        _expectUpdateSignerRevert(
            alice,
            id,
            pubkey,
            proofFor(locking, pk, alice),
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Unlocking
            )
        );
    }

    function test_RevertWhen_updateSignerBadKey() public {
        uint256 id = _lock(alice, AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        _expectUpdateSignerRevert(
            alice,
            id,
            abi.encodePacked(pubkey, bytes1(0)),
            proof,
            abi.encodeWithSelector(ISequencerLocking.InvalidPublicKeyLength.selector, 65)
        );
        _expectUpdateSignerRevert(
            alice,
            id,
            new bytes(64),
            proof,
            abi.encodeWithSelector(ISequencerLocking.PublicKeyNotOnCurve.selector, bytes32(0), bytes32(0))
        );
        bytes memory offCurve = bytes.concat(bytes32(uint256(1)), bytes32(uint256(1)));
        _expectUpdateSignerRevert(
            alice,
            id,
            offCurve,
            proof,
            abi.encodeWithSelector(
                ISequencerLocking.PublicKeyNotOnCurve.selector, bytes32(uint256(1)), bytes32(uint256(1))
            )
        );
    }

    function test_RevertWhen_updateSignerToAnotherPositionsSigner() public {
        uint256 id = _lock(alice, AMOUNT);
        (uint256 bobId, uint256 bobPk) = _lockReturningKey(bob, AMOUNT);
        _expectUpdateSignerRevert(
            alice,
            id,
            pubkeyOf(bobPk),
            proofFor(locking, bobPk, alice),
            abi.encodeWithSelector(ISequencerLocking.SignerAlreadyUsed.selector, vm.addr(bobPk), bobId)
        );
    }

    function test_RevertWhen_updateSignerProofReplayed() public {
        uint256 id = _lock(alice, AMOUNT);
        (uint256 pk, bytes memory pubkey) = _newKey();
        // Signed over nonce 0, which the lock consumed.
        bytes memory stale = proofWithNonce(locking, pk, alice, 0);
        address recovered = _recover(expectedDigest(address(locking), alice, vm.addr(pk), 1), stale);
        _expectUpdateSignerRevert(
            alice,
            id,
            pubkey,
            stale,
            abi.encodeWithSelector(ISequencerLocking.InvalidPossessionProof.selector, vm.addr(pk), recovered)
        );
    }

    // ================================================================== setRewardRecipient

    function test_setRewardRecipient_setsAndResets() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.RewardRecipientSet(id, bob);
        vm.prank(alice);
        locking.setRewardRecipient(id, bob);
        (address owner, address recipient) = locking.rewardAccounts(id);
        assertEq(owner, alice, "owner");
        assertEq(recipient, bob, "recipient");
        assertEq(locking.getPosition(id).rewardRecipient, bob, "stored");

        vm.prank(alice);
        locking.setRewardRecipient(id, address(0));
        (, recipient) = locking.rewardAccounts(id);
        assertEq(recipient, alice, "zero means owner");
    }

    function test_setRewardRecipient_worksAfterExit() public {
        uint256 id = _lock(alice, AMOUNT);
        _request(alice, id, AMOUNT);
        vm.warp(block.timestamp + DELAY);
        vm.prank(alice);
        locking.withdraw(id);
        vm.prank(alice);
        locking.setRewardRecipient(id, bob);
        (, address recipient) = locking.rewardAccounts(id);
        assertEq(recipient, bob, "claims work forever, so does the recipient");
    }

    function test_RevertWhen_setRewardRecipientNotOwner() public {
        uint256 id = _lock(alice, AMOUNT);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotPositionOwner.selector, id, bob));
        vm.prank(bob);
        locking.setRewardRecipient(id, bob);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_setRewardRecipientUnknownId() public {
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 1));
        vm.prank(alice);
        locking.setRewardRecipient(1, bob);
    }
}
