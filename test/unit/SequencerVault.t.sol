// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {SequencerVault} from "../../contracts/lst/SequencerVault.sol";
import {IERC7540Operator, IERC7540Redeem} from "../../contracts/lst/interfaces/IERC7540.sol";
import {ISequencerVault} from "../../contracts/lst/interfaces/ISequencerVault.sol";
import {VaultFixture} from "../utils/VaultFixture.sol";
import {Vm} from "../utils/Vm.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice SequencerVault on the real locking and mining pair: deposits and the inflation
///         attack, node operators and allocation, rewards net of commission and harvests, the
///         commission's announcement, redemptions through the buffer and the unlock delay in
///         order, slashes shared pro rata with pending requests, jailed exits, ERC-7540 views.
contract SequencerVaultTest is VaultFixture {
    address internal alice;
    address internal bob;
    address internal opRewards;

    function setUp() public {
        _deployVault();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        opRewards = makeAddr("operator rewards");
    }

    /// @dev Alice and Bob deposit, and the vault runs one position of 40,000 for one operator.
    function _running() internal returns (uint256 operatorId, uint256 positionId) {
        _deposit(alice, 30_000e18);
        _deposit(bob, 10_000e18);
        operatorId = _addOperator(opRewards);
        positionId = _allocate(operatorId, 40_000e18);
    }

    // ================================================================== deposits

    function test_deposit_mintsSharesWithTheDecimalsOffset() public {
        uint256 preview = vault.previewDeposit(500e18);
        uint256 shares = _deposit(alice, 500e18);
        assertEq(shares, 500e18 * 1e6, "a million shares per unit at first");
        assertEq(shares, preview, "as previewed");
        assertEq(vault.totalAssets(), 500e18, "the buffer");
        assertEq(vault.decimals(), 24, "18 + 6");
        assertEq(vault.convertToAssets(shares), 500e18, "worth the deposit");
    }

    function test_mint_takesTheAssetsRoundedUp() public {
        _deposit(alice, 1000e18);
        token.mint(bob, 1000e18);
        vm.startPrank(bob);
        token.approve(address(vault), 1000e18);
        uint256 preview = vault.previewMint(3e24);
        uint256 assets = vault.mint(3e24, bob);
        vm.stopPrank();
        assertEq(assets, preview, "as previewed");
        assertEq(vault.balanceOf(bob), 3e24, "exactly the shares");
        assertGe(assets * 1e6, 3e24, "never less than the shares are worth");
    }

    /// @notice The first-depositor attack: 1 wei, then a large donation before the victim's
    ///         deposit. The virtual shares make it lose money, and the victim keeps its deposit
    ///         to within a thousandth.
    function test_inflationAttack_costsTheAttackerAndSparesTheVictim() public {
        address attacker = makeAddr("attacker");
        _deposit(attacker, 1);
        uint256 donation = 1_000_000e18;
        token.mint(attacker, donation);
        vm.prank(attacker);
        token.transfer(address(vault), donation);
        uint256 victimShares = _deposit(alice, 500e18);
        assertGt(victimShares, 0, "the victim gets shares");
        assertGe(vault.convertToAssets(victimShares), 500e18 * 999 / 1000, "the victim keeps its deposit");
        assertLt(vault.convertToAssets(vault.balanceOf(attacker)), donation, "the attacker loses");
    }

    function test_RevertWhen_depositMintsNoShares() public {
        _deposit(alice, 1000e18);
        token.mint(address(vault), 1e30); // a donation that makes one share worth more than 1 wei
        token.mint(bob, 1);
        vm.startPrank(bob);
        token.approve(address(vault), 1);
        vm.expectRevert(ISequencerVault.ZeroAmount.selector);
        vault.deposit(1, bob);
        vm.stopPrank();
    }

    // ================================================================== node operators, allocation

    function test_allocate_locksANewPositionForTheVault() public {
        _deposit(alice, 40_000e18);
        (uint256 pk, bytes memory pubkey, bytes memory registered) = _vaultKey();
        vm.expectEmit(address(vault));
        emit ISequencerVault.NodeOperatorAdded(0, opRewards, vm.addr(pk), pubkey);
        vm.prank(vaultGov);
        uint256 operatorId = vault.addNodeOperator(opRewards, pubkey, registered);
        bytes memory proof = proofFor(locking, pk, address(vault));
        vm.expectEmit(address(vault));
        emit ISequencerVault.Allocated(operatorId, 1, 40_000e18, 40_000e18);
        vm.prank(allocator);
        uint256 positionId = vault.allocate(operatorId, 40_000e18, proof);
        assertEq(positionId, 1, "the locking contract's first position");
        ISequencerLocking.Position memory p = locking.getPosition(positionId);
        assertEq(p.owner, address(vault), "the vault owns it");
        assertEq(p.amount, 40_000e18, "principal");
        assertEq(p.pubkey, vault.nodeOperator(operatorId).pubkey, "the operator's key");
        assertEq(vault.nodeOperator(operatorId).positionId, positionId, "recorded");
        assertEq(vault.positions().length, 1, "one position");
        assertEq(vault.totalAssets(), 40_000e18, "moved, not lost");
        assertEq(token.balanceOf(address(vault)), 0, "the buffer went in");
    }

    function test_allocate_topsUpTheOperatorsPosition() public {
        (uint256 operatorId, uint256 positionId) = _running();
        _deposit(alice, 5000e18);
        vm.expectEmit(address(vault));
        emit ISequencerVault.Allocated(operatorId, positionId, 5000e18, 45_000e18);
        vm.prank(allocator);
        vault.allocate(operatorId, 5000e18, "");
        assertEq(locking.getPosition(positionId).amount, 45_000e18, "topped up");
    }

    function test_RevertWhen_allocateBeyondTheBuffer() public {
        _deposit(alice, 30_000e18);
        uint256 operatorId = _addOperator(opRewards);
        vm.prank(allocator);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerVault.InsufficientBuffer.selector, 30_001e18, 30_000e18)
        );
        vault.allocate(operatorId, 30_001e18, "");
    }

    function test_RevertWhen_allocateBelowTheMinimumLock() public {
        _deposit(alice, 30_000e18);
        uint256 operatorId = _addOperator(opRewards);
        // The locking contract judges its own rule.
        bytes memory proof = proofFor(locking, _operatorKey[operatorId], address(vault));
        vm.prank(allocator);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerLocking.AmountBelowMinimum.selector, 1000e18, MIN_LOCK)
        );
        vault.allocate(operatorId, 1000e18, proof);
    }

    function test_RevertWhen_allocateByAnotherThanTheAllocator() public {
        _deposit(alice, 30_000e18);
        uint256 operatorId = _addOperator(opRewards);
        bytes32 role = vault.ALLOCATOR_ROLE();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role)
        );
        vault.allocate(operatorId, 20_000e18, "");
    }

    function test_RevertWhen_addNodeOperatorWithABadKey() public {
        vm.prank(vaultGov);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.InvalidPublicKeyLength.selector, 63));
        vault.addNodeOperator(opRewards, new bytes(63), "");
        // An uncompressed key with its 0x04 prefix is one byte too long.
        vm.prank(vaultGov);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.InvalidPublicKeyLength.selector, 65));
        vault.addNodeOperator(opRewards, new bytes(65), "");
        // The first id past the last operator is unknown (not an out-of-bounds panic).
        uint256 count = vault.nodeOperatorCount();
        vm.prank(vaultGov);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.UnknownNodeOperator.selector, count));
        vault.setNodeOperatorRewardAddress(count, opRewards);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        vault.addNodeOperator(opRewards, new bytes(64), "");
    }

    function test_setNodeOperatorKey_rotatesTheLivePosition() public {
        (uint256 operatorId, uint256 positionId) = _running();
        (uint256 pk, bytes memory pubkey, bytes memory proof) = _vaultKey();
        vm.prank(vaultGov);
        vault.setNodeOperatorKey(operatorId, pubkey, proof);
        _operatorKey[operatorId] = pk;
        assertEq(locking.getPosition(positionId).pubkey, pubkey, "rotated in the locking contract");
        assertTrue(vault.nodeOperator(operatorId).keyUsed, "the key backs the position now");
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.NoKeyToApply.selector, operatorId));
        vault.applyNodeOperatorKey(operatorId, proof);
    }

    /// @notice Only governance changes an operator's key: a key that others could set would
    ///         hand them the operator's node (and the rewards address its position earns for).
    function test_RevertWhen_setNodeOperatorKeyByAnother() public {
        (uint256 operatorId, uint256 positionId) = _running();
        (, bytes memory pubkey, bytes memory proof) = _vaultKey();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)
            )
        );
        vault.setNodeOperatorKey(operatorId, pubkey, proof);
        assertEq(
            locking.getPosition(positionId).signer, vm.addr(_operatorKey[operatorId]), "the key unchanged"
        );
    }

    /// @notice An operator without a position takes a new key with its proof; the next
    ///         allocation locks with that key and the stored proof, none given.
    function test_setNodeOperatorKey_beforeAPositionItsProofServesTheAllocation() public {
        _deposit(alice, 20_000e18);
        uint256 operatorId = _addOperator(opRewards);
        (uint256 pk, bytes memory pubkey, bytes memory proof) = _vaultKey();
        vm.prank(vaultGov);
        vault.setNodeOperatorKey(operatorId, pubkey, proof);
        assertEq(vault.nodeOperator(operatorId).proof, proof, "kept for the allocation");
        assertFalse(vault.nodeOperator(operatorId).keyUsed, "no position yet");
        vm.prank(allocator);
        uint256 id = vault.allocate(operatorId, 20_000e18, "");
        assertEq(locking.getPosition(id).signer, vm.addr(pk), "locked with the new key");
    }

    /// @notice A new position may use the proof given at registration (no fresh one), and the
    ///         vault runs at most `MAX_POSITIONS` positions.
    function test_allocate_registeredProofAndThePositionCap() public {
        uint256 max = vault.MAX_POSITIONS();
        _deposit(alice, (max + 1) * 20_000e18);
        uint256 first = _addOperator(opRewards); // its proof is for the vault's nonce now
        vm.prank(allocator);
        uint256 id = vault.allocate(first, 20_000e18, "");
        assertEq(locking.ownerOf(id), address(vault), "locked with the registered proof");
        for (uint256 i = 1; i < max; ++i) {
            _allocate(_addOperator(opRewards), 20_000e18);
        }
        assertEq(vault.positions().length, max, "the cap reached");
        uint256 extra = _addOperator(opRewards);
        bytes memory proof = proofFor(locking, _operatorKey[extra], address(vault));
        vm.prank(allocator);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.TooManyPositions.selector, max));
        vault.allocate(extra, 20_000e18, proof);
    }

    // ================================================================== rewards

    function test_rewardsRaiseTheSharePriceNetOfCommission() public {
        (, uint256 positionId) = _running();
        uint256 before = vault.totalAssets();
        vm.warp(T0 + 30 days);
        uint256 reward = mining.pendingReward(positionId);
        assertGt(reward, 0, "accrued");
        assertEq(vault.totalAssets(), before + _net(reward), "net of commission");
    }

    function test_harvest_paysTheCommissionAndLeavesTotalAssetsUnchanged() public {
        (uint256 operatorId, uint256 positionId) = _running();
        vm.warp(T0 + 30 days);
        uint256 reward = mining.pendingReward(positionId);
        uint256 assets = vault.totalAssets();
        uint256 fee = reward * COMMISSION_BPS / 10_000;
        vm.expectEmit(address(vault));
        emit ISequencerVault.Harvested(positionId, operatorId, reward, fee);
        vm.prank(bob);
        assertEq(vault.harvest(), reward, "claimed");
        assertEq(token.balanceOf(opRewards), fee, "the operator's commission");
        assertEq(token.balanceOf(address(vault)), reward - fee, "the rest in the buffer");
        assertEq(vault.totalAssets(), assets, "already counted");
    }

    function test_announceCommission_appliesAtTheFirstHarvestAfterTheDelay() public {
        (, uint256 positionId) = _running();
        vm.expectEmit(address(vault));
        emit ISequencerVault.CommissionAnnounced(700, T0 + 7 days);
        vm.prank(vaultGov);
        vault.announceCommission(700);
        (uint256 bps, uint256 next, uint256 at) = vault.commission();
        assertEq(bps, 500, "not yet");
        assertEq(next, 700, "announced");
        assertEq(at, T0 + 7 days, "a week ahead");
        vm.warp(T0 + 7 days);
        uint256 reward = mining.pendingReward(positionId);
        vm.expectEmit(address(vault));
        emit ISequencerVault.CommissionChanged(500, 700);
        vault.harvest();
        assertEq(token.balanceOf(opRewards), reward * 500 / 10_000, "rewards so far at the old rate");
        (bps,,) = vault.commission();
        assertEq(bps, 700, "then the new rate");
    }

    function test_RevertWhen_announceCommissionTooHighOrTooSteep() public {
        vm.startPrank(vaultGov);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerVault.CommissionStepTooLarge.selector, 701, 500, 200)
        );
        vault.announceCommission(701);
        vault.announceCommission(700);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.CommissionTooHigh.selector, 1001, 1000));
        vault.announceCommission(1001);
        vault.announceCommission(0);
        vm.stopPrank();
    }

    /// @notice The constructor refuses a zero admin, locking contract or distributor, and a
    ///         distributor or token wired to another locking contract.
    function test_RevertWhen_constructedWithZeroOrMiswiredAddresses() public {
        ISequencerLocking l = ISequencerLocking(address(locking));
        ISequencerMining m = ISequencerMining(address(mining));
        vm.expectRevert(ISequencerVault.ZeroAddress.selector);
        new SequencerVault(token, l, m, "S", "S", address(0), 500);
        vm.expectRevert(ISequencerVault.ZeroAddress.selector);
        new SequencerVault(token, ISequencerLocking(address(0)), m, "S", "S", vaultGov, 500);
        vm.expectRevert(ISequencerVault.ZeroAddress.selector);
        new SequencerVault(token, l, ISequencerMining(address(0)), "S", "S", vaultGov, 500);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerVault.WrongWiring.selector, address(vaultGov), address(l), address(m)
            )
        );
        new SequencerVault(IERC20(vaultGov), l, m, "S", "S", vaultGov, 500);
    }

    /// @notice The cap and the step are inclusive: exactly 10% at construction, and a raise of
    ///         exactly 2 points up to exactly 10%, are accepted; one basis point more is not.
    function test_commission_theCapAndTheStepAreInclusive() public {
        ISequencerLocking l = ISequencerLocking(address(locking));
        ISequencerMining m = ISequencerMining(address(mining));
        SequencerVault v = new SequencerVault(token, l, m, "S", "S", vaultGov, 1000);
        (uint256 bps,,) = v.commission();
        assertEq(bps, 1000, "10% accepted at construction");
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.CommissionTooHigh.selector, 1001, 1000));
        new SequencerVault(token, l, m, "S", "S", vaultGov, 1001);
        v = new SequencerVault(token, l, m, "S", "S", vaultGov, 800);
        vm.prank(vaultGov);
        v.announceCommission(1000);
        (, uint256 next,) = v.commission();
        assertEq(next, 1000, "a step of exactly 2 points, to exactly 10%");
    }

    /// @notice The starting commission is an event like every later change, so an indexer
    ///         rebuilds the rate from the vault's first block.
    function test_constructor_emitsTheStartingCommission() public {
        vm.expectEmit(true, true, true, true);
        emit ISequencerVault.CommissionChanged(0, 700);
        new SequencerVault(
            token,
            ISequencerLocking(address(locking)),
            ISequencerMining(address(mining)),
            "S",
            "S",
            vaultGov,
            700
        );
    }

    // ================================================================== redemptions

    /// @notice Zero amounts are refused everywhere; claims may be partial, exactly what is
    ///         claimable, never more.
    function test_claims_zeroRefusedPartialAndExactAllowed() public {
        uint256 shares = _deposit(alice, 1000e18);
        vm.startPrank(alice);
        vm.expectRevert(ISequencerVault.ZeroAmount.selector);
        vault.mint(0, alice);
        vm.expectRevert(ISequencerVault.ZeroAmount.selector);
        vault.requestRedeem(0, alice, alice);
        vault.requestRedeem(shares, alice, alice);
        vm.stopPrank();
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        vm.startPrank(alice);
        vm.expectRevert(ISequencerVault.ZeroAmount.selector);
        vault.redeem(0, alice, alice);
        vm.expectRevert(ISequencerVault.ZeroAmount.selector);
        vault.withdraw(0, alice, alice);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerVault.ExceedsClaimable.selector, alice, 1000e18 + 1, 1000e18)
        );
        vault.withdraw(1000e18 + 1, alice, alice);
        assertEq(vault.redeem(shares / 4, alice, alice), 250e18, "a partial redeem");
        (, uint256 reserved,) = vault.bookedAssets();
        assertEq(reserved, 750e18, "the rest stays set aside");
        assertEq(vault.withdraw(250e18, alice, alice), shares / 4, "a partial withdraw");
        assertEq(vault.withdraw(500e18, alice, alice), shares / 2, "exactly what is left");
        vm.stopPrank();
        assertEq(vault.maxWithdraw(alice), 0, "all claimed");
        assertEq(token.balanceOf(alice), 1000e18, "all paid");
    }

    /// @notice Even when the buffer could pay it, a request waits the unlock delay: a slash
    ///         announced in the locking contract's timelock (shorter than the delay) reaches it.
    function test_requestRedeem_fromTheBufferAfterTheUnlockDelay() public {
        uint256 shares = _deposit(alice, 1000e18);
        assertEq(vault.maxRedeem(alice), 0, "nothing claimable yet");
        vm.expectEmit(address(vault));
        emit IERC7540Redeem.RedeemRequest(alice, alice, 1, alice, shares / 2);
        vm.prank(alice);
        uint256 requestId = vault.requestRedeem(shares / 2, alice, alice);
        assertEq(vault.balanceOf(alice), shares - shares / 2, "half the shares taken");
        assertEq(vault.pendingRedeemRequest(requestId, alice), shares / 2, "pending");
        (ISequencerVault.Request memory r,) = vault.request(requestId);
        assertEq(r.claimableAt, block.timestamp + UNLOCK_DELAY, "not before the unlock delay");
        vm.warp(block.timestamp + UNLOCK_DELAY - 1);
        vault.processRedemptions();
        assertEq(vault.maxRedeem(alice), 0, "a second early");
        vm.warp(block.timestamp + 1);
        vm.recordLogs();
        vault.processRedemptions();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            // The queue is empty at par: no reset to announce.
            assertTrue(logs[i].topics[0] != ISequencerVault.PendingFactorReset.selector, "no reset");
        }
        assertEq(vault.pendingRedeemRequest(requestId, alice), 0, "not pending");
        assertEq(vault.claimableRedeemRequest(requestId, alice), shares / 2, "claimable");
        assertEq(vault.maxWithdraw(alice), 500e18, "half the deposit");
        vm.prank(alice);
        uint256 assets = vault.redeem(shares / 2, alice, alice);
        assertEq(assets, 500e18, "paid");
        assertEq(token.balanceOf(alice), 500e18, "received");
        assertEq(vault.totalAssets(), 500e18, "the rest stays");
    }

    /// @notice Two served requests of one controller add up: both claims, in shares and in
    ///         assets, are there to redeem at once.
    function test_redeem_twoServedRequestsOfOneControllerAddUp() public {
        uint256 shares = _deposit(alice, 1000e18);
        vm.startPrank(alice);
        vault.requestRedeem(shares / 4, alice, alice);
        vault.requestRedeem(shares / 2, alice, alice);
        vm.stopPrank();
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.maxRedeem(alice), shares / 4 + shares / 2, "both requests' shares");
        assertEq(vault.maxWithdraw(alice), 750e18, "both requests' assets");
        vm.prank(alice);
        assertEq(vault.redeem(shares / 4 + shares / 2, alice, alice), 750e18, "paid both");
    }

    /// @notice Every entry point serves the queue: a request whose time has come is served by
    ///         the next holder's request.
    function test_requestRedeem_servesTheRequestsBeforeIt() public {
        uint256 aliceShares = _deposit(alice, 1000e18);
        uint256 bobShares = _deposit(bob, 1000e18);
        vm.prank(alice);
        uint256 first = vault.requestRedeem(aliceShares, alice, alice);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vm.prank(bob);
        vault.requestRedeem(bobShares / 2, bob, bob);
        assertEq(vault.claimableRedeemRequest(first, alice), aliceShares, "served by bob's request");
    }

    function test_requestRedeem_waitsForTheUnlockDelayInOrder() public {
        (, uint256 positionId) = _running();
        uint256 aliceShares = vault.balanceOf(alice);
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        uint256 first = vault.requestRedeem(bobShares, bob, bob);
        vm.prank(alice);
        uint256 second = vault.requestRedeem(aliceShares / 3, alice, alice);
        assertEq(vault.pendingRedeemRequest(first, bob), bobShares, "pending");
        (,, uint256 owed) = vault.queue();
        assertApproxEqAbs(owed, 20_000e18, 2, "what the two requests are worth");

        vault.processRedemptions();
        ISequencerLocking.Position memory p = locking.getPosition(positionId);
        // 40,000 - 20,000 would leave exactly the minimum: a partial withdrawal.
        assertEq(p.pendingWithdrawal, owed, "asked for what the queue needs");
        assertEq(p.amount, 40_000e18 - owed, "keeps the rest");

        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertGt(vault.claimableRedeemRequest(first, bob), 0, "first served");
        assertGt(vault.claimableRedeemRequest(second, alice), 0, "then the second");
        vm.prank(bob);
        uint256 paid = vault.redeem(bobShares, bob, bob);
        assertApproxEqAbs(paid, 10_000e18, 1, "bob's deposit back");
    }

    /// @notice A position exited by governance carries its last reward until its withdrawal is
    ///         collected: the collection claims it, pays its commission, and the holders keep
    ///         the rest.
    function test_anExitsLastRewardIsClaimedWhenCollected() public {
        (uint256 operatorId, uint256 positionId) = _running();
        vm.warp(block.timestamp + 10 days);
        vm.expectEmit(address(vault));
        emit ISequencerVault.PositionUnlocked(positionId, 40_000e18, true);
        vm.prank(vaultGov);
        vault.exitPosition(positionId);
        uint256 reward = mining.pendingReward(positionId);
        assertGt(reward, 0, "earned until the exit");
        vm.warp(block.timestamp + UNLOCK_DELAY);
        uint256 before = vault.totalAssets();
        // The books first (effects), then the withdrawal (the call).
        vm.expectEmit(address(vault));
        emit ISequencerVault.PositionClosed(positionId, operatorId);
        vm.expectEmit(address(vault));
        emit ISequencerVault.PositionWithdrawn(positionId, 40_000e18);
        vault.processRedemptions();
        assertEq(mining.pendingReward(positionId), 0, "claimed at the collection");
        assertEq(token.balanceOf(opRewards), reward * COMMISSION_BPS / 10_000, "its commission paid");
        assertEq(vault.positions().length, 0, "closed");
        assertEq(vault.totalAssets(), before, "the holders keep the rest");
        // Off the books: no longer the vault's position, so no status of it is judged.
        vm.prank(allocator);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.PositionNotEligible.selector, positionId, 0));
        vault.exitJailed(positionId);
    }

    /// @notice `mint`, like every entry point, collects the withdrawals that are due: an
    ///         exited position's principal comes in and leaves the books.
    function test_mint_collectsWhatIsDue() public {
        (, uint256 positionId) = _running();
        vm.prank(vaultGov);
        vault.exitPosition(positionId);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        uint256 pending = locking.getPosition(positionId).pendingWithdrawal;
        uint256 held = token.balanceOf(address(vault));
        token.mint(carol(), 1000e18);
        vm.startPrank(carol());
        token.approve(address(vault), 1000e18);
        uint256 assets = vault.mint(vault.previewDeposit(100e18), carol());
        vm.stopPrank();
        assertEq(locking.getPosition(positionId).pendingWithdrawal, 0, "collected");
        assertEq(vault.positions().length, 0, "closed");
        assertGe(token.balanceOf(address(vault)), held + pending + assets, "the principal came in");
    }

    /// @notice A loss is announced only when there is one: entry points without a slash emit
    ///         no `LossRecognised` (indexers rebuild the pending factor from these events).
    function test_noLossNoLossEvent() public {
        _running();
        vm.warp(block.timestamp + 10 days);
        vm.recordLogs();
        _deposit(carol(), 1000e18);
        vault.harvest();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != ISequencerVault.LossRecognised.selector, "no loss announced");
        }
    }

    /// @notice What a call brings in is counted once and only once: an exit's last reward
    ///         serves the queue in the same call; a partial withdrawal's reward is not counted
    ///         twice (the reserve never exceeds the tokens held).
    function test_processRedemptions_countsWhatComesInOnce() public {
        (, uint256 positionId) = _running();
        uint256 five = vault.convertToShares(5000e18);
        vm.prank(alice);
        vault.requestRedeem(five, alice, alice);
        vault.processRedemptions(); // a partial withdrawal
        assertGt(locking.getPosition(positionId).pendingWithdrawal, 0, "partial asked");
        uint256 some = vault.convertToShares(650e18);
        vm.prank(bob);
        vault.requestRedeem(some, bob, bob); // more than a harvest's rewards
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        assertGe(buffer, reserved, "the reserve is in the buffer");
        assertEq(vault.maxRedeem(bob), 0, "bob waits for the withdrawal asked for him");
    }

    /// @notice A harvest counts a due exit's last reward once and net of its commission: it is
    ///         in what the exit brings and among the positions' rewards, and the queue is served
    ///         with it once. A request worth a little more than what comes in waits.
    function test_harvest_countsADueExitsRewardOnce() public {
        _deposit(alice, 50_000e18);
        _deposit(bob, 15_000e18);
        uint256 exiting = _allocate(_addOperator(opRewards), 40_000e18);
        uint256 earning = _allocate(_addOperator(opRewards), 25_000e18);
        vm.warp(block.timestamp + 30 days);
        vm.prank(guardian);
        locking.jail(exiting);
        vm.prank(allocator);
        vault.exitJailed(exiting); // due one unlock delay from now, with its last reward
        uint256 r = mining.pendingReward(exiting);
        uint256 netExit = _net(r);
        uint256 q = mining.pendingReward(earning) + _closedForm(25_000e18, UNLOCK_DELAY);
        uint256 comesIn = 40_000e18 + netExit + _net(q);
        // Above what comes in by half the exit's commission: counting the exit's reward again,
        // or without its commission, would serve it.
        uint256 shares = vault.convertToShares(comesIn + (r - netExit) / 2);
        vm.prank(alice);
        uint256 id = vault.requestRedeem(shares, alice, alice);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        uint256 rewards = r + mining.pendingReward(earning);
        assertEq(vault.harvest(), rewards, "claimed: the exit's last reward and the other's");
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        assertGe(buffer, reserved, "the reserve is in the buffer");
        assertEq(vault.claimableRedeemRequest(id, alice), 0, "not enough came in: it waits");
    }

    /// @notice Two exits that fall due together both pay the queue in the call that collects
    ///         them, and harvest returns the last rewards of both.
    function test_harvest_collectsEveryDueExitInOneCall() public {
        _deposit(alice, 35_000e18);
        _deposit(bob, 5000e18);
        (uint256 first, uint256 second) = _twoExits();
        uint256 shares = vault.convertToShares(30_000e18);
        vm.prank(alice);
        uint256 id = vault.requestRedeem(shares, alice, alice);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        uint256 r1 = mining.pendingReward(first);
        uint256 r2 = mining.pendingReward(second);
        assertGt(r1 * r2, 0, "both have a last reward");
        assertEq(vault.harvest(), r1 + r2, "both exits' last rewards");
        assertGt(vault.claimableRedeemRequest(id, alice), 0, "served by both in the same call");
    }

    /// @notice With two exits due, the rewards the harvest counts once each are not counted
    ///         again through either exit: a request above what comes in waits.
    function test_harvest_countsTwoDueExitsRewardsOnce() public {
        _deposit(alice, 65_000e18);
        uint256 earning = _allocate(_addOperator(opRewards), 25_000e18);
        (uint256 first, uint256 second) = _twoExits();
        uint256 n1 = _net(mining.pendingReward(first));
        uint256 n2 = _net(mining.pendingReward(second));
        uint256 q = _net(mining.pendingReward(earning) + _closedForm(25_000e18, UNLOCK_DELAY));
        uint256 comesIn = 40_000e18 + n1 + n2 + q;
        // Above what comes in by half the smaller exit's net reward: counting either again
        // would serve it.
        uint256 shares = vault.convertToShares(comesIn + (n1 < n2 ? n1 : n2) / 2);
        vm.prank(alice);
        uint256 id = vault.requestRedeem(shares, alice, alice);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.harvest();
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        assertGe(buffer, reserved, "the reserve is in the buffer");
        assertEq(vault.claimableRedeemRequest(id, alice), 0, "not enough came in: it waits");
    }

    /// @dev Two positions of 20,000 earn for 30 days, then governance exits both: they fall
    ///      due together one unlock delay later, each with its last reward unclaimed.
    function _twoExits() internal returns (uint256 first, uint256 second) {
        first = _allocate(_addOperator(opRewards), 20_000e18);
        second = _allocate(_addOperator(opRewards), 20_000e18);
        vm.warp(block.timestamp + 30 days);
        vm.startPrank(vaultGov);
        vault.exitPosition(first);
        vault.exitPosition(second);
        vm.stopPrank();
    }

    /// @dev What the vault keeps of `reward` after the commission (rounded as `_claim`).
    function _net(uint256 reward) internal pure returns (uint256) {
        return reward - reward * COMMISSION_BPS / 10_000;
    }

    function test_processRedemptions_anExitsRewardServesInTheSameCall() public {
        (, uint256 positionId) = _running();
        vm.warp(block.timestamp + 10 days);
        vm.prank(vaultGov);
        vault.exitPosition(positionId);
        uint256 a = vault.balanceOf(alice);
        uint256 b = vault.balanceOf(bob);
        vm.prank(alice);
        vault.requestRedeem(a, alice, alice);
        vm.prank(bob);
        vault.requestRedeem(b, bob, bob);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.maxRedeem(alice), a, "alice served");
        assertEq(vault.maxRedeem(bob), b, "bob served too: the exit's reward came in this call");
    }

    function test_processRedemptions_exitsAPositionThatWouldFallBelowTheMinimum() public {
        (, uint256 positionId) = _running();
        uint256 shares = vault.balanceOf(alice);
        vm.prank(alice);
        vault.requestRedeem(shares, alice, alice); // 30,000: 10,000 would be left
        vault.processRedemptions();
        ISequencerLocking.Position memory p = locking.getPosition(positionId);
        assertEq(uint8(p.status), uint8(ISequencerLocking.Status.Unlocking), "exited whole");
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.positions().length, 0, "closed");
        assertApproxEqAbs(vault.maxWithdraw(alice), 30_000e18, 1, "alice claims hers");
        assertApproxEqAbs(vault.totalAssets(), 10_000e18, 2, "bob's in the buffer");
    }

    function test_RevertWhen_previewRedeemOrClaimByAnother() public {
        uint256 shares = _deposit(alice, 1000e18);
        vm.expectRevert(ISequencerVault.AsyncRedemption.selector);
        vault.previewRedeem(1);
        vm.expectRevert(ISequencerVault.AsyncRedemption.selector);
        vault.previewWithdraw(1);
        vm.prank(alice);
        vault.requestRedeem(shares, alice, alice);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.NotControllerOrOperator.selector, bob, alice));
        vault.redeem(1, bob, alice);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.NotControllerOrOperator.selector, bob, alice));
        vault.withdraw(1, bob, alice);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerVault.ExceedsClaimable.selector, alice, shares + 1, shares)
        );
        vault.redeem(shares + 1, alice, alice);
    }

    /// @notice A request for shares worth nothing, for no controller, or of another's shares
    ///         without its allowance (or operator approval) is refused; an allowance is spent.
    function test_requestRedeem_refusalsAndAllowances() public {
        uint256 shares = _deposit(alice, 1000e18);
        vm.startPrank(alice);
        vm.expectRevert(ISequencerVault.ZeroAmount.selector);
        vault.requestRedeem(1, alice, alice); // a millionth of a wei
        vm.expectRevert(ISequencerVault.ZeroAddress.selector);
        vault.requestRedeem(shares, address(0), alice);
        vm.stopPrank();
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 0, shares / 2)
        );
        vault.requestRedeem(shares / 2, bob, alice);
        vm.prank(alice);
        vault.approve(bob, shares / 2);
        vm.prank(bob);
        uint256 id = vault.requestRedeem(shares / 2, bob, alice);
        assertEq(vault.allowance(alice, bob), 0, "the allowance spent");
        assertEq(vault.pendingRedeemRequest(id, bob), shares / 2, "bob controls it");
        assertEq(vault.balanceOf(alice), shares - shares / 2, "alice's shares taken");
    }

    /// @notice `claimableRedeemRequest` is the request's own controller's, once served: zero
    ///         while pending, zero for anyone else.
    function test_claimableRedeemRequest_isOnlyTheServedControllers() public {
        uint256 shares = _deposit(alice, 1000e18);
        vm.prank(alice);
        uint256 id = vault.requestRedeem(shares, alice, alice);
        assertEq(vault.claimableRedeemRequest(id, alice), 0, "pending");
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.claimableRedeemRequest(id, alice), shares, "served");
        assertEq(vault.pendingRedeemRequest(id, alice), 0, "no longer pending");
        // Bob, with claimable shares of his own, and alice's next request, still pending.
        uint256 bobShares = _deposit(bob, 1000e18);
        vm.prank(bob);
        uint256 bobId = vault.requestRedeem(bobShares, bob, bob);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertGt(vault.maxRedeem(bob), 0, "bob can claim");
        assertEq(vault.claimableRedeemRequest(id, bob), 0, "not bob's");
        uint256 more = _deposit(alice, 1000e18);
        vm.prank(alice);
        uint256 next = vault.requestRedeem(more, alice, alice);
        assertEq(vault.claimableRedeemRequest(next, alice), 0, "pending, though alice can claim others");
        assertEq(vault.claimableRedeemRequest(bobId, bob), bobShares, "bob's own");
    }

    /// @notice A harvest with no commission announced keeps the commission, and never asks the
    ///         positions for withdrawals (only `processRedemptions` does).
    function test_harvest_keepsTheCommissionAndNeverUnlocks() public {
        _deposit(alice, 60_000e18);
        uint256 id = _allocate(_addOperator(opRewards), 60_000e18);
        vm.warp(block.timestamp + 10 days);
        vault.harvest();
        vm.warp(block.timestamp + 10 days);
        uint256 reward = mining.pendingReward(id);
        uint256 before = token.balanceOf(opRewards);
        uint256 aliceShares = vault.balanceOf(alice);
        vm.prank(alice);
        vault.requestRedeem(aliceShares / 2, alice, alice); // far more than the buffer
        vault.harvest();
        (uint256 bps,,) = vault.commission();
        assertEq(bps, COMMISSION_BPS, "unchanged without an announcement");
        assertEq(token.balanceOf(opRewards) - before, reward * COMMISSION_BPS / 10_000, "paid at that rate");
        assertEq(locking.getPosition(id).pendingWithdrawal, 0, "harvest asked the position for nothing");
    }

    /// @notice Governance moves an operator's commission elsewhere (zero and unknown operators
    ///         refused, nobody else may); the next harvest pays the new address; a zero
    ///         reward address is refused at registration too; allocating 0 is refused by the
    ///         vault itself.
    function test_setNodeOperatorRewardAddress_movesTheCommission() public {
        (, bytes memory pubkey, bytes memory proof) = _vaultKey();
        vm.prank(vaultGov);
        vm.expectRevert(ISequencerVault.ZeroAddress.selector);
        vault.addNodeOperator(address(0), pubkey, proof);
        uint256 op = _addOperator(opRewards);
        vm.prank(allocator);
        vm.expectRevert(ISequencerVault.ZeroAmount.selector);
        vault.allocate(op, 0, "");
        _deposit(alice, 60_000e18);
        uint256 id = _allocate(op, 60_000e18);
        address next = makeAddr("new rewards");
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                address(this),
                vault.DEFAULT_ADMIN_ROLE()
            )
        );
        vault.setNodeOperatorRewardAddress(op, next);
        vm.startPrank(vaultGov);
        vm.expectRevert(ISequencerVault.ZeroAddress.selector);
        vault.setNodeOperatorRewardAddress(op, address(0));
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.UnknownNodeOperator.selector, 9));
        vault.setNodeOperatorRewardAddress(9, next);
        vm.expectEmit(address(vault));
        emit ISequencerVault.NodeOperatorRewardAddressSet(op, next);
        vault.setNodeOperatorRewardAddress(op, next);
        vm.stopPrank();
        assertEq(vault.nodeOperator(op).rewardAddress, next, "recorded");
        vm.warp(block.timestamp + 10 days);
        uint256 reward = mining.pendingReward(id);
        vault.harvest();
        assertEq(
            token.balanceOf(next), reward * COMMISSION_BPS / 10_000, "the commission goes to the new address"
        );
        assertEq(token.balanceOf(opRewards), 0, "not the old one");
    }

    function test_operator_requestsAndClaimsForItsController() public {
        uint256 shares = _deposit(alice, 1000e18);
        vm.expectEmit(address(vault));
        emit IERC7540Operator.OperatorSet(alice, bob, true);
        vm.prank(alice);
        assertTrue(vault.setOperator(bob, true));
        assertTrue(vault.isOperator(alice, bob), "approved");
        vm.prank(bob);
        vault.requestRedeem(shares, alice, alice);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        vm.prank(bob);
        vault.withdraw(100e18, bob, alice);
        assertEq(token.balanceOf(bob), 100e18, "paid where the operator says");
    }

    // ================================================================== slashes and jails

    /// @notice A slash lands while Alice's request is pending: she takes the same fraction of
    ///         the loss as Bob, who stayed.
    function test_slash_isSharedProRataWithPendingRequests() public {
        (, uint256 positionId) = _running();
        uint256 aliceShares = vault.balanceOf(alice);
        vm.prank(alice);
        uint256 requestId = vault.requestRedeem(aliceShares, alice, alice);
        (, uint256 aliceBefore) = vault.request(requestId);
        uint256 bobBefore = vault.convertToAssets(vault.balanceOf(bob));

        vm.prank(gov);
        locking.slash(positionId, 4000e18, "double sign"); // 10% of everything
        vault.processRedemptions();

        (, uint256 aliceAfter) = vault.request(requestId);
        uint256 bobAfter = vault.convertToAssets(vault.balanceOf(bob));
        assertApproxEqRel(aliceAfter, aliceBefore * 9 / 10, 1e12, "alice loses 10%");
        assertApproxEqRel(bobAfter, bobBefore * 9 / 10, 1e12, "so does bob");
        assertLe(aliceAfter, aliceBefore * 9 / 10, "never more than her share");
    }

    /// @notice The audit's M-1: a holder who sees a slash coming (it waits in the locking
    ///         contract's timelock) requests first, with the buffer able to pay her at once. The
    ///         request waits the unlock delay, the slash lands meanwhile, and she loses the same
    ///         share as the holder who stayed.
    function test_slash_cannotBeEscapedThroughTheBuffer() public {
        _deposit(alice, 30_000e18);
        _deposit(bob, 30_000e18);
        uint256 positionId = _allocate(_addOperator(opRewards), 40_000e18); // buffer: 20,000
        uint256 aliceShares = vault.balanceOf(alice) * 2 / 3;
        vm.prank(alice);
        uint256 requestId = vault.requestRedeem(aliceShares, alice, alice);
        vault.processRedemptions();
        assertEq(vault.maxRedeem(alice), 0, "not served before the delay");
        vm.prank(gov);
        locking.slash(positionId, 4000e18, "double sign"); // 4,000 of 60,000: 1/15 of everything
        vm.recordLogs();
        vault.processRedemptions(); // recognised now (later, the loss is a fraction of more)
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool announced;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] != ISequencerVault.LossRecognised.selector) continue;
            (uint256 loss,, uint256 f) = abi.decode(logs[i].data, (uint256, uint256, uint256));
            assertEq(loss, 4000e18, "the loss");
            assertEq(f, vault.pendingFactor(), "the factor indexers rebuild");
            announced = true;
        }
        assertTrue(announced, "LossRecognised");
        (, uint256 requestNow) = vault.request(requestId);
        assertApproxEqRel(requestNow, uint256(20_000e18) * 14 / 15, 1e12, "her request takes 1/15");
        assertApproxEqRel(
            vault.convertToAssets(vault.balanceOf(bob)), 30_000e18 * 14 / 15, 1e12, "so do bob's shares"
        );
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vm.expectEmit(address(vault));
        emit ISequencerVault.PendingFactorReset();
        vault.processRedemptions();
        uint256 claimable = vault.maxRedeem(alice);
        vm.prank(alice);
        assertEq(vault.redeem(claimable, alice, alice), requestNow, "paid what the slash left");
        assertEq(vault.pendingFactor(), 1e18, "an empty queue starts again at par");
    }

    /// @notice Dust requests cannot tie up every position's one withdrawal (second audit, M-1):
    ///         a partial withdrawal asks at least `MIN_UNLOCK_BPS` of the position's room, and
    ///         that cushion in flight covers the requests that follow; a later request gets a
    ///         position of its own and is served one unlock delay after it was made.
    function test_processRedemptions_dustCannotTieUpThePositions() public {
        address attacker = makeAddr("attacker");
        _deposit(alice, 69_000e18);
        _deposit(bob, 10_000e18);
        _deposit(attacker, 1000e18);
        uint256 p1 = _allocate(_addOperator(opRewards), 40_000e18);
        uint256 p2 = _allocate(_addOperator(opRewards), 40_000e18);
        uint256 t0 = block.timestamp;
        vm.startPrank(attacker);
        vault.requestRedeem(1e7, attacker, attacker); // about 10 wei
        vault.processRedemptions();
        vault.requestRedeem(1e7, attacker, attacker);
        vault.processRedemptions();
        vm.stopPrank();
        uint256 room = 40_000e18 - locking.minLock();
        assertEq(
            locking.getPosition(p1).pendingWithdrawal + locking.getPosition(p2).pendingWithdrawal,
            room / 10,
            "one cushion of a tenth of the room, for both dust requests"
        );
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        vault.requestRedeem(bobShares, bob, bob);
        vault.processRedemptions();
        vm.warp(t0 + locking.unlockDelay());
        vault.processRedemptions(); // collects, and serves
        assertEq(vault.maxRedeem(bob), bobShares, "bob served one unlock delay after his request");
    }

    /// @notice When the room above `minLock` is short by a little, the queue exits the smallest
    ///         position whole and takes the rest in partial withdrawals (second audit, L-1):
    ///         it never exits every position for one wei more than the room.
    function test_processRedemptions_exitsNoMoreThanItMust() public {
        _deposit(alice, 400_002e18);
        _deposit(bob, 99_998e18);
        uint256[] memory ids = new uint256[](5);
        for (uint256 i; i < 5; ++i) {
            ids[i] = _allocate(_addOperator(opRewards), 100_000e18);
        }
        uint256 shares = vault.convertToShares(400_001e18) + 1;
        vm.prank(alice);
        vault.requestRedeem(shares, alice, alice); // 1 wei and more above the room (400,000)
        vault.processRedemptions();
        uint256 exits;
        uint256 asked;
        for (uint256 i; i < 5; ++i) {
            ISequencerLocking.Position memory p = locking.getPosition(ids[i]);
            if (p.status == ISequencerLocking.Status.Unlocking) ++exits;
            asked += p.pendingWithdrawal;
        }
        assertEq(exits, 1, "one whole exit");
        assertEq(locking.activeCount(), 4, "the others stay in the set");
        (,, uint256 pending) = vault.queue();
        assertGe(asked, pending, "enough asked");
        assertLt(asked - pending, 100_000e18, "less than a position too much");
    }

    /// @notice A key rotation that waits in a timelock approves the key (no proof), then
    ///         anyone rotates to it with a fresh proof (second audit, L-2): a position created
    ///         meanwhile cannot make it fail.
    function test_setNodeOperatorKey_approvedThenAppliedWithAFreshProof() public {
        _deposit(alice, 100_000e18);
        uint256 op0 = _addOperator(opRewards);
        uint256 op1 = _addOperator(opRewards);
        uint256 id = _allocate(op0, 40_000e18);
        (uint256 pk, bytes memory pubkey,) = _vaultKey();
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.NoKeyToApply.selector, op0));
        vault.applyNodeOperatorKey(op0, "");
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.NoKeyToApply.selector, op1));
        vault.applyNodeOperatorKey(op1, ""); // no position yet
        vm.expectEmit(address(vault));
        emit ISequencerVault.NodeOperatorKeySet(op0, 0, vm.addr(pk), pubkey);
        vm.prank(vaultGov);
        vault.setNodeOperatorKey(op0, pubkey, ""); // approved, not rotated
        assertEq(locking.getPosition(id).signer, vm.addr(_operatorKey[op0]), "not rotated yet");
        _allocate(op1, 40_000e18); // the vault's nonce moves on
        bytes memory fresh = proofFor(locking, pk, address(vault));
        address caller = carol();
        vm.expectEmit(address(vault));
        emit ISequencerVault.NodeOperatorKeySet(op0, id, vm.addr(pk), pubkey);
        vm.prank(caller);
        vault.applyNodeOperatorKey(op0, fresh);
        assertEq(locking.getPosition(id).signer, vm.addr(pk), "rotated to the approved key");
        assertEq(vault.nodeOperator(op0).proof, fresh, "the view shows the proof it rotated with");
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.NoKeyToApply.selector, op0));
        vault.applyNodeOperatorKey(op0, "");
    }

    /// @notice A partial withdrawal comes from the position with the most room, wherever it is
    ///         in the vault's list (here the second).
    function test_processRedemptions_asksThePositionWithTheMostRoom() public {
        _deposit(alice, 25_000e18);
        _deposit(bob, 45_000e18);
        uint256 small = _allocate(_addOperator(opRewards), 25_000e18);
        uint256 big = _allocate(_addOperator(opRewards), 45_000e18);
        uint256 shares = vault.convertToShares(3000e18);
        vm.prank(bob);
        vault.requestRedeem(shares, bob, bob);
        (,, uint256 need) = vault.queue();
        vault.processRedemptions();
        assertEq(_pending(small), 0, "the small one, first in the list, is not asked");
        assertEq(_pending(big), need, "the one with the most room is");
    }

    /// @notice After a whole exit the room of the exited position no longer counts: when the
    ///         rest is still above the room left, the next position exits whole too.
    function test_processRedemptions_anExitedPositionsRoomNoLongerCounts() public {
        _deposit(alice, 25_000e18);
        _deposit(bob, 30_000e18);
        uint256 small = _allocate(_addOperator(opRewards), 25_000e18); // room 5,000
        uint256 big = _allocate(_addOperator(opRewards), 30_000e18); // room 10,000
        uint256 bobShares = vault.balanceOf(bob);
        uint256 aliceShares = vault.convertToShares(6000e18);
        vm.prank(bob);
        vault.requestRedeem(bobShares, bob, bob);
        vm.prank(alice);
        vault.requestRedeem(aliceShares, alice, alice);
        vault.processRedemptions(); // 36,000 in all, above the 15,000 of room
        assertEq(_pending(small), 25_000e18, "the smallest exits whole");
        assertEq(_pending(big), 30_000e18, "11,000 more is above its 10,000 of room: whole too");
    }

    /// @notice The same with equal positions: after the first exits whole, the room left is the
    ///         other's 5,000 alone, below the 10,000 still needed, so it exits whole too.
    function test_processRedemptions_anExitedPositionsRoomNoLongerCountsWithEqualRooms() public {
        _deposit(alice, 40_000e18);
        _deposit(bob, 10_000e18);
        uint256 first = _allocate(_addOperator(opRewards), 25_000e18); // room 5,000
        uint256 second = _allocate(_addOperator(opRewards), 25_000e18); // room 5,000
        uint256 shares = vault.convertToShares(35_000e18);
        vm.prank(alice);
        vault.requestRedeem(shares, alice, alice);
        vault.processRedemptions();
        assertEq(_pending(first), 25_000e18, "the first of equals exits whole");
        assertEq(_pending(second), 25_000e18, "10,000 more is above its 5,000 of room: whole too");
    }

    /// @notice Of equal candidates the first in the list is asked, for a partial withdrawal
    ///         (equal room) ...: the choice is deterministic.
    function test_processRedemptions_asksTheFirstOfEqualCandidates() public {
        _deposit(alice, 30_000e18);
        _deposit(bob, 30_000e18);
        uint256 first = _allocate(_addOperator(opRewards), 30_000e18);
        uint256 second = _allocate(_addOperator(opRewards), 30_000e18);
        _ask(bob, 500e18);
        assertEq(_pending(first), 1000e18, "a tenth of its room");
        assertEq(_pending(second), 0, "the second waits");
    }

    /// @notice ... and for a whole exit (equal principal, no room).
    function test_processRedemptions_exitsTheFirstOfEqualSmallest() public {
        _deposit(alice, 20_000e18);
        _deposit(bob, 20_000e18);
        uint256 first = _allocate(_addOperator(opRewards), 20_000e18);
        uint256 second = _allocate(_addOperator(opRewards), 20_000e18);
        _ask(bob, 1000e18); // no room: a whole exit
        assertEq(_pending(first), 20_000e18, "the first of the two exits");
        assertEq(_pending(second), 0, "the other stays");
    }

    /// @notice When the room falls short, the smallest position exits whole (not the one with
    ///         the most room), and the choice is made again: the rest comes from the other's
    ///         room by a partial withdrawal.
    function test_processRedemptions_exitsTheSmallestPositionWhenTheRoomFallsShort() public {
        _deposit(alice, 25_000e18);
        _deposit(bob, 45_000e18);
        uint256 small = _allocate(_addOperator(opRewards), 25_000e18);
        uint256 big = _allocate(_addOperator(opRewards), 45_000e18);
        uint256 shares = vault.convertToShares(35_000e18); // above the 30,000 of room
        vm.prank(bob);
        vault.requestRedeem(shares, bob, bob);
        (,, uint256 need) = vault.queue();
        vault.processRedemptions();
        assertEq(_pending(small), 25_000e18, "the smallest exits whole");
        assertEq(uint8(locking.getPosition(small).status), uint8(ISequencerLocking.Status.Unlocking));
        assertEq(_pending(big), need - 25_000e18, "the rest from the big one's room");
        assertEq(uint8(locking.getPosition(big).status), uint8(ISequencerLocking.Status.Active));
    }

    /// @notice The audit's L-1: a small shortfall takes a partial withdrawal from the position
    ///         with the most room above the minimum, and counts the rewards a harvest brings:
    ///         no position is exited whole for it.
    function test_processRedemptions_takesTheLeastItCan() public {
        _deposit(alice, 60_000e18);
        uint256 older = _allocate(_addOperator(opRewards), 60_000e18);
        _deposit(bob, 20_000e18);
        uint256 newest = _allocate(_addOperator(opRewards), 20_000e18);
        vm.warp(block.timestamp + 30 days); // about 1,250 of rewards net of commission
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        vault.requestRedeem(bobShares / 20, bob, bob); // about 1,000: the rewards cover it
        vm.prank(carol());
        vault.processRedemptions();
        assertEq(locking.getPosition(newest).pendingWithdrawal, 0, "the newest untouched");
        assertEq(locking.getPosition(older).pendingWithdrawal, 0, "the rewards were enough");
        uint256 half = vault.balanceOf(bob) / 2;
        vm.prank(bob);
        vault.requestRedeem(half, bob, bob); // about 9,500 more
        vault.processRedemptions();
        ISequencerLocking.Position memory o = locking.getPosition(older);
        assertGt(o.pendingWithdrawal, 0, "a partial withdrawal of the one with room");
        assertEq(uint8(o.status), uint8(ISequencerLocking.Status.Active), "still in the set");
        assertEq(
            uint8(locking.getPosition(newest).status), uint8(ISequencerLocking.Status.Active), "not exited"
        );
    }

    function carol() internal returns (address) {
        return makeAddr("carol");
    }

    /// @notice A harvest before the announced time keeps the old rate; one after it (not at
    ///         the very second) applies the new one; an operator whose position closed cannot
    ///         lock again with the key that backed it.
    function test_commissionBeforeAndAfterItsTime_andAUsedKey() public {
        (uint256 operatorId, uint256 positionId) = _running();
        vm.prank(vaultGov);
        vault.announceCommission(700);
        vm.warp(T0 + 1 days);
        vault.harvest();
        (uint256 bps,,) = vault.commission();
        assertEq(bps, 500, "not before its time");
        vm.warp(T0 + 8 days);
        vault.harvest();
        (bps,,) = vault.commission();
        assertEq(bps, 700, "at the first harvest after it");
        vm.prank(vaultGov);
        vault.exitPosition(positionId);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.positions().length, 0, "closed");
        bytes memory proof = proofFor(locking, _operatorKey[operatorId], address(vault));
        vm.prank(allocator);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.KeyAlreadyUsed.selector, operatorId));
        vault.allocate(operatorId, 20_000e18, proof);
    }

    /// @notice The audit's L-3 and I-3: a jailed position with a withdrawal that is due is
    ///         exited (collected first); a new key for an exiting position waits for the next
    ///         one; a jailed position gets no top-up.
    function test_exitsAndKeysAroundJailsAndWithdrawals() public {
        (uint256 operatorId, uint256 positionId) = _running();
        _deposit(carol(), 30_000e18);
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        vault.requestRedeem(bobShares, bob, bob);
        vm.prank(guardian);
        locking.jail(positionId);
        vm.prank(allocator);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerVault.PositionNotEligible.selector,
                positionId,
                uint8(ISequencerLocking.Status.Jailed)
            )
        );
        vault.allocate(operatorId, 1000e18, "");
        vm.prank(allocator);
        vault.exitJailed(positionId);
        assertEq(uint8(locking.getPosition(positionId).status), uint8(ISequencerLocking.Status.Unlocking));
        (uint256 pk, bytes memory pubkey, bytes memory proof) = _vaultKey();
        vm.prank(vaultGov);
        vault.setNodeOperatorKey(operatorId, pubkey, proof);
        _operatorKey[operatorId] = pk;
        assertFalse(vault.nodeOperator(operatorId).keyUsed, "kept for the next position");
        assertTrue(locking.getPosition(positionId).pubkey.length == 64, "the exiting one keeps its key");
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.positions().length, 0, "closed");
        assertGt(_allocate(operatorId, 20_000e18), positionId, "a new position with the new key");
    }

    /// @dev Three positions of 25,000 METIS, by three operators, and no buffer.
    function _threePositions() internal returns (uint256[3] memory ids) {
        _deposit(alice, 25_000e18);
        _deposit(bob, 25_000e18);
        _deposit(carol(), 25_000e18);
        for (uint256 k; k < 3; ++k) {
            ids[k] = _allocate(_addOperator(opRewards), 25_000e18);
        }
    }

    function _pending(uint256 id) internal view returns (uint256) {
        return locking.getPosition(id).pendingWithdrawal;
    }

    /// @notice While the room of all the positions covers the need, the queue takes partial
    ///         withdrawals, the jailed positions' room first (they earn nothing), then the
    ///         active ones' for the rest; every position stays, the jailed ones jailed.
    function test_processRedemptions_asksTheJailedPositionsRoomFirst() public {
        uint256[3] memory ids = _threePositions();
        vm.startPrank(guardian);
        locking.jail(ids[1]);
        locking.jail(ids[2]);
        vm.stopPrank();
        uint256 half = vault.balanceOf(alice) / 2;
        vm.prank(alice);
        vault.requestRedeem(half, alice, alice);
        (,, uint256 need) = vault.queue();
        vault.processRedemptions();
        assertEq(_pending(ids[1]), 5000e18, "the first jailed position's whole room");
        assertEq(_pending(ids[2]), 5000e18, "the second's");
        assertEq(_pending(ids[0]), need - 10_000e18, "the active one for the rest only");
        assertEq(uint8(locking.getPosition(ids[1]).status), uint8(ISequencerLocking.Status.Jailed));
        assertEq(uint8(locking.getPosition(ids[2]).status), uint8(ISequencerLocking.Status.Jailed));
    }

    /// @notice When the room of all the positions falls short, positions exit whole, a jailed
    ///         one first, and only as many as the need takes: the other jailed one stays.
    function test_processRedemptions_exitsAJailedPositionFirstAndOnlyWhatItNeeds() public {
        uint256[3] memory ids = _threePositions();
        vm.startPrank(guardian);
        locking.jail(ids[1]);
        locking.jail(ids[2]);
        vm.stopPrank();
        uint256 shares = vault.balanceOf(alice) * 4 / 5; // 20,000 METIS: above the 15,000 of room
        vm.prank(alice);
        vault.requestRedeem(shares, alice, alice);
        vault.processRedemptions();
        assertEq(_pending(ids[1]), 25_000e18, "the first jailed position exits whole");
        assertEq(uint8(locking.getPosition(ids[1]).status), uint8(ISequencerLocking.Status.Unlocking));
        assertEq(_pending(ids[2]), 0, "the second is not needed");
        assertEq(uint8(locking.getPosition(ids[2]).status), uint8(ISequencerLocking.Status.Jailed));
        assertEq(_pending(ids[0]), 0, "the active one keeps earning");
    }

    /// @notice The final review's re-check of F-1: a request above a jailed position's room
    ///         does not end it while the active positions' room covers the rest.
    function test_processRedemptions_aRequestAboveAJailedRoomDoesNotEndIt() public {
        _deposit(alice, 21_000e18);
        _deposit(bob, 60_000e18);
        uint256 jailed = _allocate(_addOperator(opRewards), 21_000e18);
        uint256 active = _allocate(_addOperator(opRewards), 60_000e18);
        vm.prank(guardian);
        locking.jail(jailed);
        uint256 shares = vault.convertToShares(1500e18);
        vm.prank(bob);
        vault.requestRedeem(shares, bob, bob);
        vault.processRedemptions();
        assertEq(_pending(jailed), 1000e18, "the jailed position's room");
        assertEq(uint8(locking.getPosition(jailed).status), uint8(ISequencerLocking.Status.Jailed));
        assertEq(_pending(active), 4000e18, "the rest from the active one, with its cushion");
        vm.prank(gov);
        locking.unjail(jailed);
    }

    /// @notice A jailed position smaller than the need: the rest is asked of the active ones.
    function test_processRedemptions_asksTheActiveForWhatAJailedPositionLeaves() public {
        uint256[3] memory ids = _threePositions();
        vm.prank(guardian);
        locking.jail(ids[1]);
        uint256 aliceShares = vault.balanceOf(alice);
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(alice);
        vault.requestRedeem(aliceShares, alice, alice);
        vm.prank(bob);
        vault.requestRedeem(bobShares, bob, bob);
        vault.processRedemptions();
        assertEq(_pending(ids[1]), 25_000e18, "the jailed one exits");
        assertEq(_pending(ids[0]) + _pending(ids[2]), 25_000e18, "and an active one for the rest");
    }

    /// @notice A position whose withdrawal is still in flight is not asked again: the next
    ///         request goes to another position, even one with less room.
    function test_processRedemptions_skipsAPositionWithAWithdrawalInFlight() public {
        _deposit(alice, 45_000e18);
        _deposit(bob, 25_000e18);
        uint256 big = _allocate(_addOperator(opRewards), 45_000e18);
        uint256 small = _allocate(_addOperator(opRewards), 25_000e18);
        uint256 aliceShares = vault.balanceOf(alice) / 9;
        vm.prank(alice);
        vault.requestRedeem(aliceShares, alice, alice);
        vault.processRedemptions();
        assertEq(_pending(big), 5000e18, "the most room is asked first");
        uint256 bobShares = vault.balanceOf(bob) / 5;
        vm.prank(bob);
        vault.requestRedeem(bobShares, bob, bob);
        vault.processRedemptions();
        assertEq(_pending(big), 5000e18, "in flight: not asked again");
        assertEq(_pending(small), 5000e18, "the other position is");
        // Every position has a withdrawal in flight: nothing is left to ask, and the next
        // request waits for a later round (the call does not fail).
        uint256 more = vault.balanceOf(alice) / 8;
        vm.prank(alice);
        vault.requestRedeem(more, alice, alice);
        vault.processRedemptions();
        assertEq(_pending(big) + _pending(small), 10_000e18, "nothing more asked for now");
    }

    /// @notice Governance raised the minimum above the positions: none has room for a partial
    ///         withdrawal, so the queue exits one whole (and does not fail on the arithmetic).
    function test_processRedemptions_afterTheMinimumRoseAboveThePositions() public {
        uint256[3] memory ids = _threePositions();
        vm.prank(gov);
        locking.setLockLimits(30_000e18, MAX_LOCK);
        uint256 half = vault.balanceOf(alice) / 2;
        vm.prank(alice);
        vault.requestRedeem(half, alice, alice);
        vault.processRedemptions();
        assertEq(_pending(ids[0]) + _pending(ids[1]) + _pending(ids[2]), 25_000e18, "one exits whole");
    }

    /// @notice Slashes that take more than half the principal before the vault looks (seven
    ///         of 10% in a row) reach a pending request in full proportion: the loss is the
    ///         booked principal less the live one.
    function test_slash_aLossAboveHalfIsSharedInProportion() public {
        (, uint256 positionId) = _running();
        uint256 half = vault.balanceOf(alice) / 2;
        vm.prank(alice);
        uint256 id = vault.requestRedeem(half, alice, alice);
        (, uint256 before) = vault.request(id);
        vm.startPrank(gov);
        for (uint256 k; k < 7; ++k) {
            ISequencerLocking.Position memory p = locking.getPosition(positionId);
            locking.slash(positionId, (p.amount + p.pendingWithdrawal) / 10, "seven in a row");
        }
        vm.stopPrank();
        ISequencerLocking.Position memory q = locking.getPosition(positionId);
        uint256 live = q.amount + q.pendingWithdrawal;
        assertLt(live, 20_000e18, "more than half of the 40,000 is gone");
        (, uint256 worth) = vault.request(id);
        assertApproxEqAbs(worth, before * live / 40_000e18, 1e18, "the request keeps the same fraction");
        vault.harvest(); // recognised: the same
        (, uint256 recognised) = vault.request(id);
        assertApproxEqAbs(recognised, worth, 1, "recognising the loss does not change it");
    }

    /// @notice A served request's reserve is not free: another request worth more than the
    ///         buffer less the reserve waits, though the buffer alone would cover it.
    function test_harvest_servesNothingOutOfTheReserve() public {
        _running();
        _deposit(carol(), 10_000e18);
        uint256 five = vault.convertToShares(5000e18);
        vm.prank(bob);
        vault.requestRedeem(five, bob, bob);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions(); // served from the buffer; bob does not claim yet
        assertEq(vault.claimableRedeemRequest(1, bob), five, "bob's request served");
        uint256 six = vault.convertToShares(6000e18);
        vm.prank(alice);
        uint256 id = vault.requestRedeem(six, alice, alice);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.harvest();
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        assertGe(buffer, reserved, "the reserve is in the buffer");
        assertEq(vault.claimableRedeemRequest(id, alice), 0, "5,000 free and a harvest: it waits");
    }

    /// @notice A jailed position with a withdrawal in flight (not yet due) is refused an exit
    ///         in the vault's words: one withdrawal at a time.
    function test_RevertWhen_exitJailedWithAWithdrawalInFlight() public {
        uint256[3] memory ids = _threePositions();
        uint256 half = vault.balanceOf(alice) / 10;
        vm.prank(alice);
        vault.requestRedeem(half, alice, alice);
        vault.processRedemptions(); // a partial withdrawal from one position
        uint256 asked = type(uint256).max;
        for (uint256 k; k < 3; ++k) {
            if (_pending(ids[k]) != 0) asked = ids[k];
        }
        vm.prank(guardian);
        locking.jail(asked);
        vm.prank(allocator);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerVault.PositionNotEligible.selector, asked, uint8(ISequencerLocking.Status.Jailed)
            )
        );
        vault.exitJailed(asked);
    }

    /// @notice Closing positions keeps the others on the books, whatever their order in the
    ///         list (a swap and pop reorders it): the first position closes, then the second.
    function test_exitedPositionsLeaveTheBooksInAnyOrder() public {
        uint256[3] memory ids = _threePositions();
        vm.startPrank(guardian);
        locking.jail(ids[0]);
        vm.stopPrank();
        vm.prank(allocator);
        vault.exitJailed(ids[0]);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        uint256[] memory left = vault.positions();
        assertEq(left.length, 2, "the first closed");
        assertEq(left[0], ids[2], "the last moved into its place");
        vm.prank(guardian);
        locking.jail(ids[1]);
        vm.prank(allocator);
        vault.exitJailed(ids[1]);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        left = vault.positions();
        assertEq(left.length, 1, "the second closed");
        assertEq(left[0], ids[2], "the third stays");
    }

    /// @notice A harvest pays each operator the commission on its own position's rewards.
    function test_harvest_paysEachOperatorItsOwnCommission() public {
        address rewardsA = makeAddr("operator A rewards");
        address rewardsB = makeAddr("operator B rewards");
        _deposit(alice, 20_000e18);
        _deposit(bob, 60_000e18);
        uint256 a = _allocate(_addOperator(rewardsA), 20_000e18);
        uint256 b = _allocate(_addOperator(rewardsB), 60_000e18);
        vm.warp(block.timestamp + 30 days);
        uint256 ra = mining.pendingReward(a);
        uint256 rb = mining.pendingReward(b);
        assertEq(vault.harvest(), ra + rb, "harvest returns every position's rewards");
        assertEq(token.balanceOf(rewardsA), ra * COMMISSION_BPS / 10_000, "A's commission on A's rewards");
        assertEq(token.balanceOf(rewardsB), rb * COMMISSION_BPS / 10_000, "B's on B's");
    }

    /// @notice The final review's F-1: a small request does not end a jailed position. One with
    ///         room above the minimum is asked for its whole room (it earns nothing; asked once,
    ///         it cannot be asked again), stays jailed at the minimum, and governance can still
    ///         unjail it; the active position is not asked.
    function test_processRedemptions_asksAJailedPositionForItsWholeRoom() public {
        _deposit(alice, 40_000e18);
        _deposit(bob, 20_000e18);
        uint256 jailed = _allocate(_addOperator(opRewards), 40_000e18);
        uint256 active = _allocate(_addOperator(opRewards), 20_000e18);
        vm.prank(guardian);
        locking.jail(jailed);
        uint256 shares = vault.convertToShares(200e18);
        vm.prank(bob);
        vault.requestRedeem(shares, bob, bob);
        vault.processRedemptions();
        assertEq(_pending(jailed), 20_000e18, "its whole room");
        ISequencerLocking.Position memory p = locking.getPosition(jailed);
        assertEq(uint8(p.status), uint8(ISequencerLocking.Status.Jailed), "still jailed");
        assertEq(p.amount, 20_000e18, "the minimum stays");
        assertEq(_pending(active), 0, "the active one earns on");
        vm.prank(gov);
        locking.unjail(jailed);
        assertEq(uint8(locking.getPosition(jailed).status), uint8(ISequencerLocking.Status.Active));
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.claimableRedeemRequest(1, bob), shares, "served from the cushion");
    }

    /// @dev `owner` asks `assets` back, and the queue is processed.
    function _ask(address owner, uint256 assets) internal {
        uint256 shares = vault.convertToShares(assets);
        vm.startPrank(owner);
        vault.requestRedeem(shares, owner, owner);
        vault.processRedemptions();
        vm.stopPrank();
    }

    /// @dev What the free buffer and `inFlight` cover beyond the queue (rewards land in the
    ///      buffer meanwhile): a request must exceed it to ask a position.
    function _slack(uint256 inFlight) internal view returns (uint256) {
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        (,, uint256 owed) = vault.queue();
        return buffer - reserved + inFlight - owed;
    }

    /// @notice The re-check's bypass of F-1 (room in flight): once the active position's
    ///         withdrawal is in flight, a request above the jailed position's room waits for
    ///         the active room instead of ending the jail, and is served when it comes back.
    function test_processRedemptions_waitsForRoomInFlightRatherThanEndAJail() public {
        _deposit(alice, 21_000e18);
        _deposit(bob, 60_000e18);
        uint256 jailed = _allocate(_addOperator(opRewards), 21_000e18); // room 1,000
        uint256 active = _allocate(_addOperator(opRewards), 60_000e18); // room 40,000
        vm.prank(guardian);
        locking.jail(jailed);
        uint256 t0 = block.timestamp;
        _ask(bob, 100e18);
        assertEq(_pending(jailed), 1000e18, "the jailed room, whole");
        assertEq(_pending(active), 0, "the active one earns on");
        vm.warp(t0 + 1);
        _ask(bob, 4000e18);
        assertEq(_pending(active), 4000e18, "the rest, 3,100, at least a tenth of 40,000");

        vm.warp(t0 + UNLOCK_DELAY); // the jailed withdrawal is due, the active one 1 s later
        vault.processRedemptions();
        assertEq(_pending(jailed), 0, "collected");
        uint256 need = _slack(4000e18) + 901e18;
        _ask(bob, need);
        ISequencerLocking.Position memory j = locking.getPosition(jailed);
        assertEq(uint8(j.status), uint8(ISequencerLocking.Status.Jailed), "still jailed");
        assertEq(j.pendingWithdrawal, 0, "not asked");
        assertEq(_pending(active), 4000e18, "in flight: nothing more asked yet");
        (, uint256 requestId,) = vault.queue();

        vm.warp(t0 + 1 + UNLOCK_DELAY);
        vault.processRedemptions();
        assertGt(_pending(active), 0, "the active one asked again");
        assertEq(uint8(locking.getPosition(active).status), uint8(ISequencerLocking.Status.Active));
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertGt(vault.claimableRedeemRequest(requestId, bob), 0, "served");
        vm.prank(gov);
        locking.unjail(jailed);
    }

    /// @notice Tokens reserved for a served request are not free: a request that needs more
    ///         than the rest of the buffer asks a position.
    function test_processRedemptions_countsNoReserveAsFree() public {
        _deposit(alice, 30_000e18);
        _deposit(bob, 5000e18);
        uint256 id = _allocate(_addOperator(opRewards), 30_000e18);
        _ask(bob, 5000e18);
        assertEq(_pending(id), 0, "the buffer pays");
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        assertGe(reserved, 5000e18, "served and reserved");
        assertLt(buffer - reserved, 1000e18, "what is free: the rewards");
        _ask(alice, 1000e18);
        assertEq(_pending(id), 1000e18, "a tenth of the room, above what is free");
    }

    /// @notice The re-check's bypass of F-1 in one block: a jailed position at the minimum and
    ///         an active one in flight; a request of 1 more waits for the active one.
    function test_processRedemptions_doesNotEndAJailAtTheMinimumWhileRoomIsInFlight() public {
        _deposit(alice, 20_000e18);
        _deposit(bob, 60_000e18);
        uint256 jailed = _allocate(_addOperator(opRewards), 20_000e18);
        uint256 active = _allocate(_addOperator(opRewards), 60_000e18);
        vm.prank(guardian);
        locking.jail(jailed);
        _ask(bob, 4000e18);
        assertEq(_pending(active), 4000e18);
        _ask(bob, 1e18);
        assertEq(uint8(locking.getPosition(jailed).status), uint8(ISequencerLocking.Status.Jailed));
        assertEq(_pending(jailed), 0, "not asked");
        assertEq(_pending(active), 4000e18, "nothing more asked yet");
    }

    /// @notice The re-check's second finding: a holder who processes the queue as a jailed
    ///         position's withdrawal falls due cannot have it asked again (it has no room left),
    ///         so the allocator's `exitJailed` waits at most one unlock delay.
    function test_exitJailed_waitsAtMostOneUnlockDelay() public {
        _deposit(alice, 30_000e18);
        _deposit(bob, 60_000e18);
        uint256 jailed = _allocate(_addOperator(opRewards), 30_000e18); // room 10,000
        uint256 active = _allocate(_addOperator(opRewards), 60_000e18);
        vm.prank(guardian);
        locking.jail(jailed);
        _ask(bob, 1000e18);
        assertEq(_pending(jailed), 10_000e18, "its whole room");
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vm.startPrank(bob);
        vault.processRedemptions();
        vault.redeem(vault.maxRedeem(bob), bob, bob);
        vm.stopPrank();
        _ask(bob, _slack(0) + 1000e18);
        assertEq(_pending(jailed), 0, "no room: not asked again");
        assertEq(_pending(active), 4000e18, "the active one, at least a tenth of 40,000");
        vm.prank(allocator);
        vault.exitJailed(jailed);
        assertEq(_pending(jailed), 20_000e18, "exited whole by the allocator");
    }

    /// @notice The price of waiting for room in flight rather than exiting a position: a
    ///         request behind a small one that put the room in flight waits about two unlock
    ///         delays (the re-check's I-1), and no more: the collection asks for the rest.
    function test_processRedemptions_servesARequestBehindRoomInFlightWithinTwoDelays() public {
        address first = makeAddr("first");
        _deposit(alice, 60_000e18);
        _deposit(bob, 20_000e18);
        _deposit(first, 1000e18);
        uint256 a = _allocate(_addOperator(opRewards), 61_000e18); // room 41,000
        uint256 b = _allocate(_addOperator(opRewards), 20_000e18); // room 0
        uint256 t0 = block.timestamp;
        _ask(first, 1e18);
        assertEq(_pending(a), 4100e18, "a tenth of the room");
        vm.warp(t0 + 1);
        _ask(bob, 10_000e18);
        (, uint256 id,) = vault.queue();
        assertEq(_pending(b), 0, "not exited: the queue waits for the room in flight");
        vm.warp(t0 + UNLOCK_DELAY);
        vault.processRedemptions();
        assertGt(_pending(a), 0, "collected and asked again");
        vm.warp(t0 + 1 + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.claimableRedeemRequest(id, bob), 0, "not after one delay");
        vm.warp(t0 + 2 * UNLOCK_DELAY);
        vault.processRedemptions();
        assertGt(vault.claimableRedeemRequest(id, bob), 0, "after two");
        assertEq(
            uint8(locking.getPosition(b).status), uint8(ISequencerLocking.Status.Active), "b never exited"
        );
    }

    /// @notice The bound on holding off `exitJailed` (the re-check's L-1): a position jailed with
    ///         a withdrawal in flight can be asked its whole room when that one is collected, so
    ///         the allocator waits what was left of the first plus one unlock delay, and no more.
    function test_exitJailed_waitsUnderTwoDelaysWhenJailedInFlight() public {
        _deposit(alice, 30_000e18);
        _deposit(bob, 60_000e18);
        uint256 p = _allocate(_addOperator(opRewards), 60_000e18); // room 40,000
        _allocate(_addOperator(opRewards), 30_000e18);
        uint256 t0 = block.timestamp;
        _ask(bob, 1000e18);
        assertEq(_pending(p), 4000e18, "a tenth of the room");
        vm.warp(t0 + 1);
        vm.prank(guardian);
        locking.jail(p);
        vm.warp(t0 + UNLOCK_DELAY);
        vault.processRedemptions(); // a holder first, as the withdrawal falls due
        uint256 served = vault.maxRedeem(bob);
        vm.prank(bob);
        vault.redeem(served, bob, bob);
        _ask(bob, _slack(0) + 1e18);
        assertEq(_pending(p), 36_000e18, "its whole room, once");
        vm.warp(t0 + 2 * UNLOCK_DELAY - 1);
        vm.prank(allocator);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerVault.PositionNotEligible.selector, p, uint8(ISequencerLocking.Status.Jailed)
            )
        );
        vault.exitJailed(p);
        vm.warp(t0 + 2 * UNLOCK_DELAY);
        vm.prank(allocator);
        vault.exitJailed(p);
        assertEq(uint8(locking.getPosition(p).status), uint8(ISequencerLocking.Status.Unlocking));
        assertEq(_pending(p), 20_000e18, "the rest, whole");
    }

    /// @notice A jailed position at the minimum has no room: a request it must serve exits it
    ///         whole (it could not be unjailed below the minimum after a partial withdrawal).
    function test_processRedemptions_exitsAJailedPositionWithoutRoomWhole() public {
        _deposit(alice, 20_000e18);
        _deposit(bob, 20_000e18);
        uint256 jailed = _allocate(_addOperator(opRewards), 20_000e18);
        _allocate(_addOperator(opRewards), 20_000e18);
        vm.prank(guardian);
        locking.jail(jailed);
        uint256 shares = vault.convertToShares(200e18);
        vm.prank(bob);
        vault.requestRedeem(shares, bob, bob);
        vault.processRedemptions();
        assertEq(_pending(jailed), 20_000e18, "whole");
        assertEq(uint8(locking.getPosition(jailed).status), uint8(ISequencerLocking.Status.Unlocking));
    }

    function test_exitJailed_asksForThePrincipalBack() public {
        (, uint256 positionId) = _running();
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerVault.PositionNotEligible.selector,
                positionId,
                uint8(ISequencerLocking.Status.Active)
            )
        );
        vm.prank(allocator);
        vault.exitJailed(positionId);
        vm.prank(guardian);
        locking.jail(positionId);
        // A short jail need not end the position: not anyone's call.
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, bob, bytes32(0))
        );
        vault.exitJailed(positionId);
        vm.prank(allocator);
        vault.exitJailed(positionId);
        assertEq(uint8(locking.getPosition(positionId).status), uint8(ISequencerLocking.Status.Unlocking));
        assertEq(vault.totalAssets(), 40_000e18, "a jail costs nothing but the rewards");
    }

    /// @notice A position already exiting is passed over when the queue asks for more: the
    ///         next position is asked for what its whole withdrawal in flight does not cover.
    function test_processRedemptions_passesOverAnExitingPosition() public {
        _deposit(alice, 30_000e18);
        _deposit(bob, 60_000e18);
        uint256 exiting = _allocate(_addOperator(opRewards), 30_000e18);
        uint256 active = _allocate(_addOperator(opRewards), 60_000e18); // room 40,000
        vm.prank(guardian);
        locking.jail(exiting);
        vm.prank(allocator);
        vault.exitJailed(exiting);
        _ask(bob, _slack(30_000e18) + 1000e18); // 1,000 beyond what is in flight
        assertEq(_pending(exiting), 30_000e18, "still exiting, nothing more");
        assertEq(_pending(active), 4000e18, "the active one, a tenth of its room");
        (, uint256 requestId,) = vault.queue();
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertGt(vault.claimableRedeemRequest(requestId, bob), 0, "served after one delay");
    }

    /// @notice Every withdrawal in flight counts toward the queue's need, not only the last
    ///         one read: once two positions' withdrawals cover it, nothing more is asked.
    function test_processRedemptions_countsEveryWithdrawalInFlight() public {
        _deposit(alice, 100_000e18);
        _deposit(bob, 50_000e18);
        uint256 a = _allocate(_addOperator(opRewards), 60_000e18); // room 40,000
        uint256 b = _allocate(_addOperator(opRewards), 50_000e18); // room 30,000
        uint256 c = _allocate(_addOperator(opRewards), 40_000e18); // room 20,000
        _ask(alice, _slack(0) + 5000e18);
        assertEq(_pending(a), 5000e18, "the most room");
        _ask(bob, _slack(5000e18) + 4000e18);
        assertEq(_pending(b), 4000e18, "the most room of those not in flight");
        vault.processRedemptions();
        assertEq(_pending(c), 0, "the two in flight cover the queue");
    }

    /// @notice The allocator locks only the buffer pending redemptions leave: none while they
    ///         need more than the buffer holds, the difference once the buffer holds more.
    function test_RevertWhen_allocateWhatPendingRedemptionsNeed() public {
        (uint256 operatorId,) = _running();
        _deposit(carol(), 1000e18);
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        vault.requestRedeem(bobShares, bob, bob);
        vm.prank(allocator);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.InsufficientBuffer.selector, 1000e18, 0));
        vault.allocate(operatorId, 1000e18, "");
        _deposit(carol(), 24_000e18);
        vm.prank(allocator);
        vm.expectRevert(
            abi.encodeWithSelector(ISequencerVault.InsufficientBuffer.selector, 15_001e18, 15_000e18)
        );
        vault.allocate(operatorId, 15_001e18, "");
        vm.prank(allocator);
        vault.allocate(operatorId, 15_000e18, "");
        assertEq(token.balanceOf(address(vault)), 10_000e18, "what the request needs stays");
        // Served, the request's assets are reserved for its claim: not the allocator's either.
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.claimableRedeemRequest(1, bob), bobShares, "served");
        (uint256 buffer, uint256 reserved,) = vault.bookedAssets();
        assertGe(reserved, 10_000e18, "reserved");
        uint256 free = buffer - reserved;
        vm.prank(allocator);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.InsufficientBuffer.selector, free + 1, free));
        vault.allocate(operatorId, free + 1, "");
    }

    /// @notice The vault exits only its own positions: another owner's jailed position is
    ///         refused in the vault's words, with no status (it is not the vault's to judge).
    function test_RevertWhen_exitJailedAnotherOwnersPosition() public {
        _running();
        uint256 foreign = _lock(carol(), 20_000e18);
        vm.prank(guardian);
        locking.jail(foreign);
        vm.prank(allocator);
        vm.expectRevert(abi.encodeWithSelector(ISequencerVault.PositionNotEligible.selector, foreign, 0));
        vault.exitJailed(foreign);
        assertEq(uint8(locking.getPosition(foreign).status), uint8(ISequencerLocking.Status.Jailed));
    }

    /// @notice The vault keeps earning across reward programs: the first year's rewards to
    ///         its end, nothing in a gap, the next program's rate from its start; a harvest in
    ///         each keeps `totalAssets` = principal + rewards net of commission, the price
    ///         never falls, and a request made in the second program is served and redeemed.
    function test_acrossRewardPrograms_earnsEachProgramsRateAndNothingInAGap() public {
        (, uint256 positionId) = _running();
        uint64 firstEnd = mining.programEnd();
        uint64 secondStart = firstEnd + 30 days;
        vm.prank(gov);
        mining.scheduleProgram(1000, 180 days, secondStart);

        // Just before the first program's end, then well past it: the rest of the year, no more.
        vm.warp(firstEnd - 1 days);
        vault.harvest();
        uint256 before = vault.totalAssets();
        vm.warp(firstEnd + 10 days);
        uint256 lastDay = mining.pendingReward(positionId);
        assertEq(lastDay, _closedForm(40_000e18, 1 days), "one day of the first program's rate");
        assertEq(vault.totalAssets(), before + _net(lastDay), "net of commission");
        vault.harvest();
        assertEq(mining.pendingReward(positionId), 0, "claimed");

        // In the gap: nothing accrues, the price stands still and a harvest claims nothing.
        uint256 priceInGap = vault.convertToAssets(1e24);
        vm.warp(secondStart);
        assertEq(mining.pendingReward(positionId), 0, "nothing in the gap");
        assertEq(vault.harvest(), 0, "nothing to claim");
        assertEq(vault.convertToAssets(1e24), priceInGap, "the price stands still");

        // The second program: 10% a year from its start.
        vm.warp(secondStart + 73 days);
        uint256 second = mining.pendingReward(positionId);
        assertEq(second, 40_000e18 * 1000 * 73 days / (10_000 * 365 days), "the second program's rate");
        uint256 assets = vault.totalAssets();
        vault.harvest();
        assertEq(vault.totalAssets(), assets, "a harvest moves rewards, it does not make them");
        assertGt(vault.convertToAssets(1e24), priceInGap, "the price rose again");

        // A holder leaves during the second program: served after the delay, then redeemed.
        uint256 bobShares = vault.balanceOf(bob);
        uint256 worth = vault.convertToAssets(bobShares);
        vm.prank(bob);
        uint256 requestId = vault.requestRedeem(bobShares, bob, bob);
        // More than the harvested buffer: a withdrawal from the position, then its delay.
        vault.processRedemptions();
        assertGt(locking.getPosition(positionId).pendingWithdrawal, 0, "asked of the position");
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        assertEq(vault.claimableRedeemRequest(requestId, bob), bobShares, "served");
        vm.prank(bob);
        assertEq(vault.redeem(bobShares, bob, bob), worth, "what the shares were worth");
    }

    // ================================================================== ERC-165

    function test_supportsInterface_erc7540() public view {
        assertTrue(vault.supportsInterface(0xe3bc4e65), "operators");
        assertTrue(vault.supportsInterface(0x620ee8e4), "asynchronous redemption");
        assertTrue(vault.supportsInterface(0x2f0a18c5), "ERC-7575");
        assertEq(vault.share(), address(vault), "the share token is the vault itself");
        assertEq(type(IERC7540Operator).interfaceId, bytes4(0xe3bc4e65), "the EIP's id");
        assertEq(type(IERC7540Redeem).interfaceId, bytes4(0x620ee8e4), "the EIP's id");
        assertFalse(vault.supportsInterface(0xffffffff), "not everything");
    }
}
