// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {LockingMiningHandler} from "./handlers/LockingMiningHandler.sol";

/// @notice Invariants of the REAL SequencerLocking + SequencerMining pair (DESIGN.md, invariants
///         1, 3 and 4) under random sequences of every operator, governance and stranger action,
///         across the whole program and past its end (see the handler).
contract LockingMiningInvariantTest is LockingMiningFixture {
    uint256 internal constant BUDGET = 200_000e18;

    LockingMiningHandler internal handler;

    function setUp() public {
        _deployPair();
        _fund(BUDGET);
        _start(T0 + 1 days);
        handler = new LockingMiningHandler(locking, mining, token, gov, guardian, funder);

        bytes4[] memory selectors = new bytes4[](24);
        selectors[0] = handler.lock.selector;
        selectors[1] = handler.lock.selector; // positions are what everything else needs
        selectors[2] = handler.warp.selector;
        selectors[3] = handler.increaseLock.selector;
        selectors[4] = handler.updateSigner.selector;
        selectors[5] = handler.setRewardRecipient.selector;
        selectors[6] = handler.requestWithdrawal.selector;
        selectors[7] = handler.withdraw.selector;
        selectors[8] = handler.claim.selector;
        selectors[9] = handler.claim.selector;
        selectors[10] = handler.compound.selector;
        selectors[11] = handler.strangerActs.selector;
        selectors[12] = handler.jail.selector;
        selectors[13] = handler.unjail.selector;
        selectors[14] = handler.slash.selector;
        selectors[15] = handler.setPaused.selector;
        selectors[16] = handler.setWhitelisted.selector;
        selectors[17] = handler.fund.selector;
        selectors[18] = handler.withdrawSurplus.selector;
        selectors[19] = handler.donate.selector;
        selectors[20] = handler.warp.selector; // time: three times as likely
        selectors[21] = handler.warp.selector;
        selectors[22] = handler.checkExit.selector;
        selectors[23] = handler.setPermissionless.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    // ------------------------------------------------------------------ distributor solvency

    /// @notice Internal balance and tokens held both cover owed + future liability; owed covers
    ///         every pending reward; the internal balance is funded - paid - surplus withdrawn and
    ///         the tokens held are that plus donations.
    function invariant_distributorCoversOwedAndFutureLiability() public view {
        uint256 owed = mining.owed();
        uint256 future = mining.futureLiability();
        assertEq(mining.liability(), owed + future, "liability = owed + future");
        assertGe(mining.rewardBalance(), owed + future, "internal balance covers the liability");
        assertGe(token.balanceOf(address(mining)), owed + future, "tokens cover the liability");
        uint256 sumPending;
        uint256 n = locking.positionCount();
        for (uint256 id = 1; id <= n; ++id) {
            sumPending += mining.pendingReward(id);
        }
        assertGe(owed, sumPending, "owed covers every pending reward");
        // The books: funded - paid - surplus withdrawn; donations on top.
        assertEq(
            mining.rewardBalance(),
            BUDGET + handler.ghostFunded() - handler.ghostPaid() - handler.ghostSurplusOut(),
            "funded - paid - withdrawn"
        );
        assertEq(
            token.balanceOf(address(mining)),
            mining.rewardBalance() + handler.ghostDonatedMining(),
            "held = balance + donations"
        );
    }

    // ------------------------------------------------------------------ the 20% bound

    /// @notice Everything paid (claimed + compounded) is within the closed-form 20% of the
    ///         time-weighted earning the locking contract reported; each position's total
    ///         (paid + pending) is never a whole wei above it, at most a wei per checkpoint below.
    ///         Both contracts agree on every position's earning amount.
    function invariant_paidWithinTheClosedFormBound() public view {
        uint256 n = locking.positionCount();
        uint256 sumExact;
        uint256 sumTotal;
        uint256 totalEarning;
        for (uint256 id = 1; id <= n; ++id) {
            // The bound is only as good as the earning the distributor was told: both agree.
            uint256 earning = locking.earningOf(id);
            assertEq(mining.earningOf(id), earning, "the hook missed a change");
            totalEarning += earning;
            uint256 exact = handler.exactOf(id);
            uint256 total = handler.paidOf(id) + mining.pendingReward(id);
            assertLe(total, exact + 1, "a position above the closed form");
            assertGe(total + handler.checkpointsOf(id) + 1, exact, "a position short of the closed form");
            sumExact += exact;
            sumTotal += total;
        }
        assertLe(handler.ghostPaid(), sumExact + n, "paid above the 20% bound");
        assertLe(sumTotal, sumExact + n, "entitlements above the 20% bound");
        assertEq(mining.totalEarning(), totalEarning, "total earning");
    }

    // ------------------------------------------------------------------ locking balance

    /// @notice The locking contract holds exactly principal + pending withdrawals (compounded
    ///         rewards included, as they were moved in), plus direct donations; a lock the budget
    ///         refused moved no token and left no trace.
    function invariant_lockingBalanceMatchesPositions() public view {
        uint256 n = locking.positionCount();
        uint256 held;
        for (uint256 id = 1; id <= n; ++id) {
            ISequencerLocking.Position memory p = locking.getPosition(id);
            held += p.amount + p.pendingWithdrawal;
        }
        uint256 balance = token.balanceOf(address(locking));
        assertEq(balance, held + handler.ghostDonatedLocking(), "balance = principal + pending + donations");
        assertEq(
            held,
            handler.ghostLocked() + handler.ghostCompounded() - handler.ghostWithdrawn()
                - handler.ghostSlashed(),
            "locked + compounded - withdrawn - slashed"
        );
        assertEq(token.balanceOf(treasury), handler.ghostSlashed(), "slashes reach the treasury");
        assertFalse(handler.ghostBadRefusal(), "a lock refused by the budget moved tokens or left a trace");
    }

    // ------------------------------------------------------------------ who moves rewards

    /// @notice Nobody but a position's owner claims, compounds, redirects or withdraws it; no
    ///         action other than the owner's own claim or compound lowers a pending reward;
    ///         recipients receive exactly what was claimed for them, strangers nothing.
    function invariant_onlyOwnersMoveRewards() public view {
        assertEq(handler.ghostStrangerSuccesses(), 0, "a non-owner moved a position");
        assertFalse(handler.ghostRewardMovedByOther(), "a pending reward dropped without its owner");
        assertFalse(handler.ghostClaimMismatch(), "a claim paid the wrong amount or receiver");
        for (uint256 i; i < handler.strangerCount(); ++i) {
            assertEq(token.balanceOf(handler.strangerAt(i)), 0, "a stranger received tokens");
        }
        for (uint256 i; i < handler.recipientCount(); ++i) {
            address recipient = handler.recipientAt(i);
            assertEq(token.balanceOf(recipient), handler.ghostReceived(recipient), "recipient received");
        }
    }

    // ------------------------------------------------------------------ after the end

    /// @notice After the end no reward grows: paid + pending stays what it was at the end, and
    ///         positions created afterwards earn nothing.
    function invariant_noGrowthAfterTheEnd() public view {
        uint256 end = mining.programEnd();
        if (block.timestamp < end) return;
        assertTrue(handler.ghostFrozen(), "the end was recorded");
        assertEq(mining.futureLiability(), 0, "nothing left to accrue");
        uint256 frozen = handler.ghostFrozenCount();
        uint256 n = locking.positionCount();
        for (uint256 id = 1; id <= n; ++id) {
            uint256 total = handler.paidOf(id) + mining.pendingReward(id);
            assertEq(total, id <= frozen ? handler.ghostAtEnd(id) : 0, "a reward grew after the end");
        }
    }

    // ------------------------------------------------------------------ exits

    /// @notice Every exit rehearsal paid the owner principal + pending withdrawal + reward.
    function invariant_ownerCanAlwaysExit() public view {
        assertFalse(handler.ghostExitFailed(), "an exit failed");
    }

    // ------------------------------------------------------------------ the whitelist

    /// @notice While the whitelist is in force, the principal of a position whose owner is not
    ///         whitelisted never grows: its top-ups and compounds are refused with exactly
    ///         `NotWhitelisted(owner)` and move no token or reward (its claims go on: the
    ///         reward invariants and the exit rehearsal above).
    function invariant_removedOwnersAddNothing() public view {
        assertFalse(handler.ghostGrewWithoutAdmission(), "the principal of a non-admitted owner grew");
        assertFalse(
            handler.ghostWrongRefusal(), "a top-up or compound not refused with NotWhitelisted(owner)"
        );
    }

    // ------------------------------------------------------------------ the handler itself

    /// @notice The rehearsal exits a jailed, de-whitelisted position while paused and with no
    ///         spare budget, leaves no trace, and the ghosts record the flows.
    function test_handler_exitRehearsalUnderEveryRestriction() public {
        handler.lock(0, 30_000e18);
        handler.warp(40 days);
        handler.requestWithdrawal(1, 5000e18, false);
        handler.jail(1);
        handler.setPaused(true);
        handler.setWhitelisted(0, false);
        handler.withdrawSurplus(mining.surplus()); // every spare token
        uint256 balance = token.balanceOf(address(locking));
        uint256 time = block.timestamp;
        handler.checkExit(1);
        assertEq(handler.ghostExitChecks(), 1, "rehearsal succeeded");
        assertFalse(handler.ghostExitFailed(), "no failure");
        assertEq(token.balanceOf(address(locking)), balance, "snapshot reverted");
        assertEq(block.timestamp, time, "time restored");
        assertEq(locking.getPosition(1).amount, 25_000e18, "position untouched");
        assertEq(handler.ghostLocked(), 30_000e18, "ghost lock");
        assertGt(mining.pendingReward(1), 0, "reward pending");
    }

    /// @notice A removed owner's top-up and compound are refused and counted, its claim pays,
    ///         and once permissionless the compound goes through.
    function test_handler_removedOwnerIsRefusedButClaims() public {
        handler.lock(0, 40_000e18);
        handler.warp(50 days);
        handler.setWhitelisted(0, false);
        handler.increaseLock(1, 1000e18);
        handler.compound(1);
        assertEq(handler.calls("increaseLockRefused"), 1, "top-up refused");
        assertEq(handler.calls("compoundRefused"), 1, "compound refused");
        assertFalse(handler.ghostWrongRefusal(), "refused with NotWhitelisted(owner), nothing moved");
        assertEq(locking.getPosition(1).amount, 40_000e18, "principal unchanged");

        handler.claim(1, 0);
        assertEq(handler.calls("claim"), 1, "the claim pays");
        handler.warp(10 days);
        handler.setPermissionless(true);
        handler.compound(1);
        assertEq(handler.calls("compound"), 1, "compound once permissionless");
        assertGt(locking.getPosition(1).amount, 40_000e18, "principal grew");
        assertFalse(handler.ghostGrewWithoutAdmission(), "no growth flagged");
    }

    /// @notice The stranger action is refused for every kind of non-owner.
    function test_handler_strangersAreRefused() public {
        handler.lock(1, 40_000e18);
        handler.warp(50 days);
        for (uint256 who; who < 7; ++who) {
            for (uint256 action; action < 5; ++action) {
                handler.strangerActs(1, who, action);
            }
        }
        assertEq(handler.ghostStrangerSuccesses(), 0, "all refused");
        assertEq(handler.calls("strangerActs"), 35, "all tried");
    }
}
