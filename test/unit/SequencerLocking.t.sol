// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {RecordingHook} from "../utils/SequencerLockingMocks.sol";
import {SequencerLockingBase} from "./SequencerLocking.base.t.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice Construction, the EIP-712 digest, views, `compoundFor` and the reentrancy rules.
///         Other functions: SequencerLocking.{lock,withdraw,governance}.t.sol.
contract SequencerLockingTest is SequencerLockingBase {
    // ================================================================== constructor

    function test_constructor_setsDefaults() public view {
        assertEq(address(locking.token()), address(token), "token");
        assertEq(locking.owner(), gov, "owner");
        assertEq(locking.treasury(), treasury, "treasury");
        assertEq(locking.guardian(), guardian, "guardian");
        assertEq(locking.minLock(), 20_000e18, "minLock");
        assertEq(locking.maxLock(), 100_000e18, "maxLock");
        assertEq(locking.maxSequencers(), 100, "maxSequencers");
        assertEq(locking.unlockDelay(), 21 days, "unlockDelay");
        assertFalse(locking.permissionless(), "permissioned");
        assertFalse(locking.paused(), "not paused");
        assertEq(locking.positionCount(), 0, "no positions");
        assertEq(locking.activeCount(), 0, "no active");
        assertEq(locking.MAX_SLASH_BPS(), 1000, "slash cap 10%");
        assertEq(locking.MIN_UNLOCK_DELAY(), 1 days, "min delay");
        assertEq(locking.MAX_UNLOCK_DELAY(), 90 days, "max delay");
    }

    function test_constructor_emitsConfigEvents() public {
        vm.expectEmit(true, true, true, true);
        emit ISequencerLocking.LockLimitsSet(20_000e18, 100_000e18);
        vm.expectEmit(true, true, true, true);
        emit ISequencerLocking.MaxSequencersSet(100);
        vm.expectEmit(true, true, true, true);
        emit ISequencerLocking.UnlockDelaySet(21 days);
        vm.expectEmit(true, true, true, true);
        emit ISequencerLocking.PermissionlessSet(false);
        vm.expectEmit(true, true, true, true);
        emit ISequencerLocking.TreasurySet(treasury);
        vm.expectEmit(true, true, true, true);
        emit ISequencerLocking.GuardianSet(guardian);
        SequencerLocking fresh = new SequencerLocking(token, gov, treasury, guardian);
        assertEq(fresh.distributor(), address(0), "no distributor yet");
    }

    function test_RevertWhen_constructorZeroTokenOrTreasury() public {
        vm.expectRevert(ISequencerLocking.ZeroAddress.selector);
        new SequencerLocking(IERC20(address(0)), gov, treasury, guardian);
        vm.expectRevert(ISequencerLocking.ZeroAddress.selector);
        new SequencerLocking(token, gov, address(0), guardian);
    }

    // ================================================================== EIP-712

    function test_possessionDigest_matchesEip712() public view {
        address signer = address(0x5161);
        for (uint256 nonce; nonce < 3; ++nonce) {
            assertEq(
                locking.possessionDigest(alice, signer, nonce),
                expectedDigest(address(locking), alice, signer, nonce),
                "digest"
            );
        }
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                keccak256("SequencerLocking"),
                keccak256("1"),
                block.chainid,
                address(locking)
            )
        );
        assertEq(locking.DOMAIN_SEPARATOR(), domain, "domain separator");
        assertEq(locking.POSSESSION_TYPEHASH(), POSSESSION_TYPEHASH_, "type hash");
    }

    function test_possessionDigest_followsTheChainId() public {
        bytes32 before = locking.possessionDigest(alice, bob, 0);
        vm.chainId(11_155_111);
        assertTrue(locking.possessionDigest(alice, bob, 0) != before, "chain id is in the domain");
        assertEq(
            locking.possessionDigest(alice, bob, 0), expectedDigest(address(locking), alice, bob, 0), "digest"
        );
    }

    // ================================================================== views

    function test_RevertWhen_viewsOfUnknownId() public {
        uint256[2] memory ids = [uint256(0), 42];
        for (uint256 i; i < 2; ++i) {
            bytes memory err = abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, ids[i]);
            vm.expectRevert(err);
            locking.ownerOf(ids[i]);
            vm.expectRevert(err);
            locking.rewardAccounts(ids[i]);
            vm.expectRevert(err);
            locking.getPosition(ids[i]);
            vm.expectRevert(err);
            locking.earningOf(ids[i]);
        }
    }

    function test_ownerOf_andRewardAccounts() public {
        uint256 id = _lock(alice, AMOUNT);
        assertEq(locking.ownerOf(id), alice, "owner");
        (address owner, address recipient) = locking.rewardAccounts(id);
        assertEq(owner, alice, "owner");
        assertEq(recipient, alice, "defaults to owner");
    }

    function test_earningOf_followsStatus() public {
        uint256 id = _lock(alice, AMOUNT);
        assertEq(locking.earningOf(id), AMOUNT, "active");
        vm.prank(guardian);
        locking.jail(id);
        assertEq(locking.earningOf(id), 0, "jailed");
        vm.prank(gov);
        locking.unjail(id);
        _request(alice, id, AMOUNT);
        assertEq(locking.earningOf(id), 0, "unlocking");
    }

    function test_positionsOf_theZeroAddressHasNone() public view {
        assertEq(locking.positionsOf(address(0)).length, 0, "the empty slot 0 is nobody's");
    }

    function test_positionsOf_listsIdsInOrder() public {
        _lock(alice, AMOUNT);
        _lock(bob, AMOUNT);
        _lock(alice, AMOUNT);
        uint256[] memory ids = locking.positionsOf(alice);
        assertEq(ids.length, 2, "two");
        assertEq(ids[0], 1, "first");
        assertEq(ids[1], 3, "second");
        assertEq(locking.positionsOf(bob).length, 1, "bob one");
        assertEq(locking.positionsOf(carol).length, 0, "carol none");
    }

    function test_activeSequencers_listsActiveWithKeysAndVotingPower() public {
        (uint256 a, uint256 pkA) = _lockReturningKey(alice, 20_000.9e18);
        uint256 b = _lock(bob, AMOUNT);
        (uint256 c, uint256 pkC) = _lockReturningKey(carol, MAX);
        vm.prank(guardian);
        locking.jail(b);

        ISequencerLocking.ActiveSequencer[] memory set = locking.activeSequencers();
        assertEq(set.length, 2, "two active");
        assertEq(set[0].id, a, "id a");
        assertEq(set[0].signer, vm.addr(pkA), "signer a");
        assertEq(set[0].pubkey, pubkeyOf(pkA), "pubkey a");
        assertEq(set[0].amount, 20_000.9e18, "amount a");
        assertEq(set[0].votingPower, 20_000, "voting power rounds down");
        assertEq(set[1].id, c, "id c");
        assertEq(set[1].signer, vm.addr(pkC), "signer c");
        assertEq(set[1].votingPower, 100_000, "voting power c");
    }

    function test_activeSequencers_emptyAtStart() public view {
        assertEq(locking.activeSequencers().length, 0, "empty");
        assertEq(locking.activeSequencersIn(0, type(uint256).max).length, 0, "no range holds one");
    }

    function test_activeSequencersIn_givesTheMembersOfTheRange() public {
        uint256 a = _lock(alice, AMOUNT);
        uint256 b = _lock(bob, AMOUNT);
        uint256 c = _lock(carol, 20_000.9e18);
        uint256 d = _lock(alice, MAX);
        vm.prank(guardian);
        locking.jail(b);

        ISequencerLocking.ActiveSequencer[] memory r = locking.activeSequencersIn(b, d + 1);
        assertEq(r.length, 2, "b jailed: c and d");
        assertEq(r[0].id, c, "c first");
        assertEq(r[0].amount, 20_000.9e18, "c's amount");
        assertEq(r[0].votingPower, 20_000, "c's power rounds down");
        assertEq(r[1].id, d, "then d");
        assertEq(locking.activeSequencersIn(a, b).length, 1, "[a, b) is a alone");
        assertEq(locking.activeSequencersIn(a, b)[0].id, a, "a");
        assertEq(locking.activeSequencersIn(b, c).length, 0, "[b, c) holds only the jailed b");
        assertEq(locking.activeSequencersIn(c, c).length, 0, "an empty range");
        assertEq(locking.activeSequencersIn(d, a).length, 0, "a reversed range is empty");
        assertEq(locking.activeSequencersIn(d + 1, type(uint256).max).length, 0, "past the last id");
        assertEq(locking.activeSequencersIn(0, 2).length, 1, "id 0 is no position");
    }

    /// @notice Any split of the ids into ranges gives `activeSequencers()`, entry by entry.
    function testFuzz_activeSequencersIn_rangesGiveTheSet(uint8 positions, uint8 step, uint256 jailMask)
        public
    {
        positions = uint8(bound(positions, 0, 24));
        address[3] memory owners = [alice, bob, carol];
        for (uint256 i = 0; i < positions; ++i) {
            uint256 id = _lock(owners[i % 3], AMOUNT + i * 1e18);
            if ((jailMask >> i) & 1 == 1) {
                vm.prank(guardian);
                locking.jail(id);
            }
        }
        ISequencerLocking.ActiveSequencer[] memory all = locking.activeSequencers();
        uint256 width = bound(step, 1, 30);
        uint256 seen;
        for (uint256 from = 1; from <= locking.positionCount(); from += width) {
            ISequencerLocking.ActiveSequencer[] memory page = locking.activeSequencersIn(from, from + width);
            for (uint256 j = 0; j < page.length; ++j) {
                assertEq(keccak256(abi.encode(page[j])), keccak256(abi.encode(all[seen + j])), "same entry");
            }
            seen += page.length;
        }
        assertEq(seen, all.length, "every member once");
    }

    function test_getPosition_signerMatchesPubkeyHash() public {
        uint256 id = _lock(alice, AMOUNT);
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.pubkey.length, 64, "64 bytes");
        assertEq(p.signer, signerOfKey(p.pubkey), "keccak(pubkey)");
    }

    // ================================================================== compoundFor

    function test_compoundFor_addsToPrincipalAndCallsHook() public {
        uint256 id = _lock(alice, AMOUNT);
        token.mint(address(hook), 500e18);
        vm.expectEmit(true, true, true, true, address(locking));
        emit ISequencerLocking.Compounded(id, 500e18, AMOUNT + 500e18, 2);
        hook.compound(id, 500e18);
        assertEq(locking.getPosition(id).amount, AMOUNT + 500e18, "principal");
        assertEq(token.balanceOf(address(locking)), AMOUNT + 500e18, "balance");
        RecordingHook.Call memory c = hook.lastCall();
        assertEq(c.earning, AMOUNT + 500e18, "hook re-entered with the new earning");
        assertEq(c.earningSeenInLocking, AMOUNT + 500e18, "state updated before the hook");
    }

    function test_compoundFor_upToMaximumExactly() public {
        uint256 id = _lock(alice, AMOUNT);
        token.mint(address(hook), MAX - AMOUNT);
        hook.compound(id, MAX - AMOUNT);
        assertEq(locking.getPosition(id).amount, MAX, "max");
    }

    function test_compoundFor_hookMayReadViews() public {
        uint256 id = _lock(alice, AMOUNT);
        hook.setReenter(RecordingHook.Reenter.ReadViews);
        token.mint(address(hook), 1e18);
        hook.compound(id, 1e18);
        assertEq(hook.lastEarning(id), AMOUNT + 1e18, "hook ran to the end");
    }

    function _expectCompoundRevert(uint256 id, uint256 amount, bytes memory err) internal {
        bytes32 before = _fingerprint();
        vm.expectRevert(err);
        hook.compoundWithoutTransfer(id, amount);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_compoundForNotDistributor() public {
        uint256 id = _lock(alice, AMOUNT);
        bytes32 before = _fingerprint();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotDistributor.selector, alice));
        vm.prank(alice);
        locking.compoundFor(id, 1e18);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_compoundForWithoutDistributor() public {
        SequencerLocking bare = new SequencerLocking(token, gov, treasury, guardian);
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotDistributor.selector, address(0)));
        vm.prank(address(0));
        bare.compoundFor(1, 1e18);
    }

    function test_RevertWhen_compoundForUnknownId() public {
        _expectCompoundRevert(3, 1e18, abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 3));
    }

    function test_RevertWhen_compoundForZero() public {
        uint256 id = _lock(alice, AMOUNT);
        _expectCompoundRevert(id, 0, abi.encodeWithSelector(ISequencerLocking.ZeroAmount.selector));
    }

    function test_RevertWhen_compoundForAboveMaximum() public {
        uint256 id = _lock(alice, AMOUNT);
        _expectCompoundRevert(
            id,
            MAX - AMOUNT + 1,
            abi.encodeWithSelector(ISequencerLocking.AmountAboveMaximum.selector, MAX + 1, MAX)
        );
    }

    function test_RevertWhen_compoundForNotActive() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.jail(id);
        _expectCompoundRevert(
            id,
            1e18,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Jailed
            )
        );
        uint256 id2 = _lock(bob, AMOUNT);
        _request(bob, id2, AMOUNT);
        _expectCompoundRevert(
            id2,
            1e18,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id2, ISequencerLocking.Status.Unlocking
            )
        );
    }

    function test_RevertWhen_compoundForPaused() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(guardian);
        locking.pause();
        _expectCompoundRevert(id, 1e18, abi.encodeWithSelector(ISequencerLocking.EnforcedPause.selector));
    }

    /// @dev While the whitelist is in force the distributor cannot grow a removed operator's
    ///      principal: the error names the position's owner, not the distributor that called.
    function test_RevertWhen_compoundForDewhitelistedOwner() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        _expectCompoundRevert(
            id, 1e18, abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice)
        );
        assertEq(locking.getPosition(id).amount, AMOUNT, "principal unchanged");
        assertEq(locking.earningOf(id), AMOUNT, "still earning");
    }

    /// @dev The documented order: the status before the whitelist, the whitelist before the
    ///      amount.
    function test_RevertWhen_compoundForDewhitelistedOwnerWithABadAmountOrJailed() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        bytes memory err = abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice);
        _expectCompoundRevert(id, 0, err);
        _expectCompoundRevert(id, MAX, err);
        vm.prank(guardian);
        locking.jail(id);
        _expectCompoundRevert(
            id,
            1e18,
            abi.encodeWithSelector(
                ISequencerLocking.InvalidStatus.selector, id, ISequencerLocking.Status.Jailed
            )
        );
    }

    function test_compoundFor_dewhitelistedOwnerOncePermissionlessOrRewhitelisted() public {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(gov);
        locking.setWhitelisted(alice, false);
        token.mint(address(hook), 2e18);

        vm.prank(gov);
        locking.setPermissionless(true);
        hook.compound(id, 1e18);
        assertEq(locking.getPosition(id).amount, AMOUNT + 1e18, "compounded once permissionless");

        vm.prank(gov);
        locking.setPermissionless(false);
        _expectCompoundRevert(
            id, 1e18, abi.encodeWithSelector(ISequencerLocking.NotWhitelisted.selector, alice)
        );

        vm.prank(gov);
        locking.setWhitelisted(alice, true);
        hook.compound(id, 1e18);
        assertEq(locking.getPosition(id).amount, AMOUNT + 2e18, "compounded once re-whitelisted");
        assertEq(hook.lastEarning(id), AMOUNT + 2e18, "hook told");
    }

    function test_RevertWhen_compoundForRefusedByDistributor() public {
        uint256 id = _lock(alice, AMOUNT);
        hook.setShouldRevert(true);
        _expectCompoundRevert(
            id, 1e18, abi.encodeWithSelector(RecordingHook.BudgetExceeded.selector, id, AMOUNT + 1e18)
        );
    }

    // ================================================================== reentrancy through the hook

    function _expectReentryBlocked(RecordingHook.Reenter mode) internal {
        hook.setReenter(mode);
        (uint256 pk, bytes memory pubkey) = _newKey();
        bytes memory proof = proofFor(locking, pk, alice);
        bytes32 before = _fingerprint();
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        vm.prank(alice);
        locking.lock(pubkey, proof, AMOUNT);
        assertEq(_fingerprint(), before, "state unchanged");
    }

    function test_RevertWhen_hookReentersIncreaseLock() public {
        _expectReentryBlocked(RecordingHook.Reenter.IncreaseLock);
    }

    function test_RevertWhen_hookReentersRequestWithdrawal() public {
        _expectReentryBlocked(RecordingHook.Reenter.RequestWithdrawal);
    }

    function test_RevertWhen_hookReentersWithdraw() public {
        _expectReentryBlocked(RecordingHook.Reenter.Withdraw);
    }

    function test_RevertWhen_hookReentersCompoundFor() public {
        _expectReentryBlocked(RecordingHook.Reenter.CompoundFor);
    }
}
