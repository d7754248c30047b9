// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerMiningFixture} from "../utils/SequencerMiningMocks.sol";
import {SequencerMiningHandler} from "./handlers/SequencerMiningHandler.sol";

/// @notice The distributor's invariants (DESIGN.md, invariant 3) under random sequences of
///         locking, reward and governance actions over the whole program and past its end.
contract SequencerMiningInvariantTest is SequencerMiningFixture {
    SequencerMiningHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new SequencerMiningHandler(mining, locking, token, gov);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](19);
        selectors[0] = SequencerMiningHandler.lock.selector;
        selectors[1] = SequencerMiningHandler.lock.selector; // locks twice as likely
        selectors[2] = SequencerMiningHandler.topUp.selector;
        selectors[3] = SequencerMiningHandler.withdraw.selector;
        selectors[4] = SequencerMiningHandler.unlock.selector;
        selectors[5] = SequencerMiningHandler.setRecipient.selector;
        selectors[6] = SequencerMiningHandler.claim.selector;
        selectors[7] = SequencerMiningHandler.compound.selector;
        selectors[8] = SequencerMiningHandler.strangerClaim.selector;
        selectors[9] = SequencerMiningHandler.jail.selector;
        selectors[10] = SequencerMiningHandler.unjail.selector;
        selectors[11] = SequencerMiningHandler.startProgram.selector;
        selectors[12] = SequencerMiningHandler.fund.selector;
        selectors[13] = SequencerMiningHandler.withdrawSurplus.selector;
        selectors[14] = SequencerMiningHandler.donate.selector;
        selectors[15] = SequencerMiningHandler.warp.selector; // time: three times as likely
        selectors[16] = SequencerMiningHandler.warp.selector;
        selectors[17] = SequencerMiningHandler.warp.selector;
        selectors[18] = SequencerMiningHandler.scheduleProgram.selector;
        targetSelector(FuzzSelector(address(handler), selectors));
    }

    /// @notice Tokens held >= funded balance >= owed + future liability; owed covers every
    ///         pending reward.
    function invariant_balanceCoversOwedAndFutureLiability() public view {
        uint256 owed = mining.owed();
        uint256 future = mining.futureLiability();
        assertEq(mining.liability(), owed + future, "liability = owed + future");
        assertLe(owed + future, mining.rewardBalance(), "funded balance covers the liability");
        assertGe(token.balanceOf(address(mining)), mining.rewardBalance(), "tokens cover the balance");
        uint256 sumPending;
        for (uint256 id = 1; id <= handler.positionCount(); ++id) {
            sumPending += mining.pendingReward(id);
        }
        assertGe(owed, sumPending, "owed covers every pending reward");
        assertEq(mining.surplus(), mining.rewardBalance() - mining.liability(), "surplus");
    }

    /// @notice The internal balance is funded minus paid minus withdrawn; donations are extra.
    function invariant_balanceIsTrackedExactly() public view {
        assertEq(
            mining.rewardBalance(),
            handler.ghostFunded() - handler.ghostPaid() - handler.ghostSurplusFromFunding(),
            "funded - paid - withdrawn"
        );
        assertEq(
            token.balanceOf(address(mining)),
            mining.rewardBalance() + handler.ghostDonations(),
            "held = balance + donations"
        );
    }

    /// @notice What each position was paid plus what it can still claim never exceeds the
    ///         closed form (each program's rate on its time-weighted earning, in turn), and is
    ///         at most a wei per checkpoint below it; the total paid never exceeds the sum of
    ///         the closed forms.
    function invariant_paidWithinTheClosedForm() public view {
        uint256 sumTotal;
        uint256 sumExact;
        uint256 n = handler.positionCount();
        for (uint256 id = 1; id <= n; ++id) {
            uint256 total = handler.paidOf(id) + mining.pendingReward(id);
            uint256 exact = handler.exactOf(id);
            assertLe(total, exact, "never above the closed form");
            assertGe(total + handler.checkpointsOf(id) + 1, exact, "at most a wei per checkpoint below");
            sumTotal += total;
            sumExact += exact;
        }
        assertLe(handler.ghostPaid(), sumExact, "total paid within the sum of the closed forms");
        assertLe(sumTotal, sumExact, "total entitlement within the sum of the closed forms");
    }

    /// @notice Nobody but a position's owner claims or compounds it; strangers never receive.
    function invariant_onlyOwnersMoveRewards() public view {
        assertEq(handler.ghostStrangerSuccesses(), 0, "a stranger moved a reward");
        for (uint256 i; i < handler.strangerCount(); ++i) {
            assertEq(token.balanceOf(handler.strangerAt(i)), 0, "a stranger received tokens");
        }
    }

    /// @notice Lower earnings (withdrawals, exits, jails) are never refused.
    function invariant_exitsNeverBlocked() public view {
        assertEq(handler.ghostBlockedExits(), 0, "an exit was refused");
    }

    /// @notice No reward accrues outside every program: before the first start, in a gap,
    ///         after the last end.
    function invariant_noGrowthOutsidePrograms() public view {
        assertEq(handler.ghostGrowthOutsidePrograms(), 0, "a reward grew outside every program");
        uint256 end = mining.programEnd();
        if (end == 0 || block.timestamp < end) return;
        assertEq(mining.rewardIndex(), handler.finalRateSeconds(), "index stops at R(end)");
        assertEq(mining.futureLiability(), 0, "nothing left to accrue");
    }

    /// @notice The index is the model's: the programs' rate-seconds so far. And solvency against
    ///         the model rather than the contract's own formula: the stored liability (balance
    ///         minus surplus) covers every pending reward plus the exact reward of the earning
    ///         total until the end of the last scheduled program, as the handler wrote them.
    function invariant_solventAcrossPrograms() public view {
        assertEq(mining.rewardIndex(), handler.rateSeconds(block.timestamp), "the index is the rate-seconds");
        assertEq(mining.programCount(), handler.ghostSchedules() + 1, "every program scheduled");
        uint256 remaining = handler.finalRateSeconds() - handler.rateSeconds(block.timestamp);
        uint256 sumPending;
        uint256 sumEarning;
        for (uint256 id = 1; id <= handler.positionCount(); ++id) {
            sumPending += mining.pendingReward(id);
            sumEarning += locking.earningOf(id);
        }
        assertEq(mining.totalEarning(), sumEarning, "the total is the locking side's");
        uint256 k = 10_000 * 365 days;
        assertGe(
            (mining.rewardBalance() - mining.surplus()) * k,
            sumPending * k + sumEarning * remaining,
            "the liability covers the pending rewards and every scheduled program's exact reward"
        );
    }
}
