// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {SequencerMining} from "../../contracts/SequencerMining.sol";
import {ILockingForDistributor} from "../../contracts/interfaces/ILockingView.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {PossessionProofs} from "../utils/PossessionProofs.sol";
import {Test} from "../utils/Test.sol";
import {CallbackToken, ReenteringOperator} from "../utils/ThreatModelMocks.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title ThreatModelTest
/// @notice The attacks of docs/THREAT-MODEL.md that need the real contracts wired together under
///         a real `TimelockController`: bypassing the timelock, evading a slash by exiting, and
///         exhausting the reward budget.
contract ThreatModelTest is Test, PossessionProofs {
    uint256 internal constant TIMELOCK_DELAY = 2 days;
    uint256 internal constant AMOUNT = 50_000e18;
    uint256 internal constant YEAR_OF_REWARDS = 10_000e18; // 20% of AMOUNT
    uint256 internal constant T0 = 1_700_000_000;

    MockMetis internal token;
    TimelockController internal timelock;
    SequencerLocking internal locking;
    SequencerMining internal mining;

    address internal proposer = makeAddr("proposer");
    address internal executor = makeAddr("executor");
    address internal treasury = makeAddr("treasury");
    address internal guardian = makeAddr("guardian");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal funder = makeAddr("funder");
    uint256 internal salt;
    uint256 internal keys;

    function setUp() public {
        vm.warp(T0);
        address[] memory proposers = new address[](1);
        proposers[0] = proposer;
        address[] memory executors = new address[](1);
        executors[0] = executor;
        timelock = new TimelockController(TIMELOCK_DELAY, proposers, executors, address(0));

        token = new MockMetis();
        locking = new SequencerLocking(token, address(timelock), treasury, guardian);
        mining = new SequencerMining(token, ILockingForDistributor(address(locking)), address(timelock));
        _govern(address(locking), abi.encodeCall(ISequencerLocking.setDistributor, (address(mining))));
        _govern(address(locking), abi.encodeCall(ISequencerLocking.setWhitelisted, (alice, true)));
        _govern(address(locking), abi.encodeCall(ISequencerLocking.setWhitelisted, (bob, true)));
        address[3] memory holders = [alice, bob, funder];
        for (uint256 i; i < 3; ++i) {
            token.mint(holders[i], 1_000_000e18);
            vm.startPrank(holders[i]);
            token.approve(address(locking), type(uint256).max);
            token.approve(address(mining), type(uint256).max);
            vm.stopPrank();
        }
    }

    // ------------------------------------------------------------------ helpers

    function _schedule(address target, bytes memory data) internal returns (bytes32 saltUsed) {
        saltUsed = bytes32(++salt);
        vm.prank(proposer);
        timelock.schedule(target, 0, data, bytes32(0), saltUsed, TIMELOCK_DELAY);
    }

    function _execute(address target, bytes memory data, bytes32 saltUsed) internal {
        vm.prank(executor);
        timelock.execute(target, 0, data, bytes32(0), saltUsed);
    }

    /// @dev A governance action the only way there is: schedule, wait the delay, execute.
    function _govern(address target, bytes memory data) internal {
        bytes32 s = _schedule(target, data);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        _execute(target, data, s);
    }

    function _lock(address owner, uint256 amount) internal returns (uint256 id) {
        uint256 pk = nodeKey(keys++);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, owner);
        vm.prank(owner);
        id = locking.lock(pubkey, proof, amount);
    }

    /// @dev Ten years of rewards for one position: the budget never gets in the way.
    modifier funded() {
        vm.prank(funder);
        mining.fund(10 * YEAR_OF_REWARDS);
        _;
    }

    // ------------------------------------------------------------------ bypassing the timelock

    function test_RevertWhen_proposerCallsGovernanceDirectly() public funded {
        uint256 id = _lock(alice, AMOUNT);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, proposer));
        locking.slash(id, 1e18, "no timelock");
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, proposer));
        mining.withdrawSurplus(proposer, 1);
    }

    function test_RevertWhen_governanceActionExecutedBeforeTheDelay() public funded {
        uint256 id = _lock(alice, AMOUNT);
        bytes memory data = abi.encodeCall(ISequencerLocking.slash, (id, 1e18, "too early"));
        bytes32 s = _schedule(address(locking), data);
        bytes32 operation = timelock.hashOperation(address(locking), 0, data, bytes32(0), s);
        vm.warp(block.timestamp + TIMELOCK_DELAY - 1);
        bytes32 readyState = bytes32(uint256(1) << uint8(TimelockController.OperationState.Ready));
        vm.prank(executor);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector, operation, readyState
            )
        );
        timelock.execute(address(locking), 0, data, bytes32(0), s);
        assertEq(locking.getPosition(id).amount, AMOUNT, "nothing slashed");
    }

    function test_RevertWhen_strangerExecutesOrShortensTheDelay() public funded {
        uint256 id = _lock(alice, AMOUNT);
        bytes memory data = abi.encodeCall(ISequencerLocking.slash, (id, 1e18, "stranger"));
        bytes32 s = _schedule(address(locking), data);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        bytes32 executorRole = timelock.EXECUTOR_ROLE();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, executorRole
            )
        );
        timelock.execute(address(locking), 0, data, bytes32(0), s);
        // Only the timelock itself (so: through its own delay) may change the delay.
        vm.prank(proposer);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockUnauthorizedCaller.selector, proposer)
        );
        timelock.updateDelay(0);
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY, "delay unchanged");
    }

    // ------------------------------------------------------------------ evading a slash by exiting

    function test_slash_landsOnAFullExitWaitingOutTheDelay() public funded {
        uint256 id = _lock(alice, AMOUNT);
        // Alice sees the slash coming and leaves at once.
        vm.prank(alice);
        locking.requestWithdrawal(id, AMOUNT);
        uint256 requestedAt = block.timestamp;
        // Governance proposes the slash in the same second; the timelock delay (2 days) is
        // shorter than the unlock delay (21 days), so it lands while the funds wait.
        uint256 cap = AMOUNT / 10;
        _govern(address(locking), abi.encodeCall(ISequencerLocking.slash, (id, cap, "double sign")));
        assertEq(token.balanceOf(treasury), cap, "slashed from the pending withdrawal");
        assertEq(locking.getPosition(id).pendingWithdrawal, AMOUNT - cap, "pending cut");

        vm.warp(requestedAt + locking.unlockDelay());
        uint256 before = token.balanceOf(alice);
        vm.prank(alice);
        uint256 paid = locking.withdraw(id);
        assertEq(paid, AMOUNT - cap, "the exit pays what is left");
        assertEq(token.balanceOf(alice) - before, AMOUNT - cap, "alice got the rest only");
        assertGt(locking.unlockDelay(), timelock.getMinDelay(), "the deployment keeps delay < unlock delay");
    }

    // ------------------------------------------------------------------ exhausting the reward budget

    function test_budgetExhaustionRefusesLocksUntilFunded() public {
        vm.prank(funder);
        mining.fund(YEAR_OF_REWARDS); // exactly one position's year
        _lock(alice, AMOUNT);
        assertEq(mining.surplus(), 0, "the budget is fully promised");

        // Bob cannot be promised rewards nobody funded: his lock is refused, nothing moves.
        (uint256 pk, bytes memory pubkey) = (nodeKey(99), pubkeyOf(nodeKey(99)));
        bytes memory proof = proofFor(locking, pk, bob);
        uint256 bobBefore = token.balanceOf(bob);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerMining.RewardBudgetExceeded.selector, 2 * YEAR_OF_REWARDS, YEAR_OF_REWARDS
            )
        );
        locking.lock(pubkey, proof, AMOUNT);
        assertEq(token.balanceOf(bob), bobBefore, "bob kept his tokens");

        // Anyone can fund; then the same lock goes through.
        vm.prank(funder);
        mining.fund(YEAR_OF_REWARDS);
        vm.prank(bob);
        locking.lock(pubkey, proof, AMOUNT);
        assertEq(locking.activeCount(), 2, "bob joined once funded");
        assertEq(mining.liability(), 2 * YEAR_OF_REWARDS, "both years promised, and funded");
    }
}

/// @title LockingTokenReentrancyTest
/// @notice Reentrancy through the token: a token that hands control to the recipient on every
///         transfer (ERC-777 style) lets a position owner re-enter `withdraw` while being paid.
contract LockingTokenReentrancyTest is Test, PossessionProofs {
    uint256 internal constant AMOUNT = 50_000e18;

    function test_RevertWhen_tokenCallbackReentersWithdraw() public {
        vm.warp(1_700_000_000);
        CallbackToken token = new CallbackToken();
        SequencerLocking locking =
            new SequencerLocking(IERC20(address(token)), address(this), makeAddr("treasury"), address(0));
        ReenteringOperator attacker = new ReenteringOperator(locking);
        locking.setWhitelisted(address(attacker), true);
        token.mint(address(attacker), AMOUNT);
        uint256 pk = nodeKey(7);
        attacker.lock(pubkeyOf(pk), proofFor(locking, pk, address(attacker)), AMOUNT);
        attacker.requestWithdrawal(AMOUNT);
        vm.warp(block.timestamp + locking.unlockDelay());

        token.setHooked(address(attacker), true);
        uint256 paid = attacker.withdraw();

        assertEq(attacker.reentries(), 1, "the token handed control to the attacker");
        assertFalse(attacker.reentrySucceeded(), "the re-entered withdraw failed");
        assertEq(
            attacker.reentryRevertData(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "stopped by the reentrancy guard"
        );
        assertEq(paid, AMOUNT, "paid once");
        assertEq(token.balanceOf(address(attacker)), AMOUNT, "no double payment");
        assertEq(token.balanceOf(address(locking)), 0, "nothing else left the contract");
        assertEq(
            uint256(locking.getPosition(attacker.id()).status),
            uint256(ISequencerLocking.Status.Exited),
            "exited exactly once"
        );
    }
}

/// @title MiningRoundingDrainTest
/// @notice Rounding drains: any sequence of earning changes (joins, top-ups, exits, jails) and
///         claims can neither create budget nor leave the liability short of what is owed; the
///         dust it costs stays with the contract, a few wei per change.
/// @dev This contract plays the locking contract (the hook's only caller), as in test/halmos.
contract MiningRoundingDrainTest is Test {
    MockMetis internal metis;
    SequencerMining internal mining;

    function token() external view returns (IERC20) {
        return IERC20(address(metis));
    }

    function rewardAccounts(uint256) external view returns (address, address) {
        return (address(this), address(this));
    }

    function setUp() public {
        vm.warp(1_700_000_000);
        metis = new MockMetis();
        mining =
            new SequencerMining(IERC20(address(metis)), ILockingForDistributor(address(this)), address(this));
        metis.mint(address(this), 1_000_000e18);
        metis.approve(address(mining), type(uint256).max);
        mining.fund(1_000_000e18);
        mining.startProgram(uint64(block.timestamp));
    }

    function testFuzz_earningChangesAndClaimsNeverCreateBudget(uint256 seed) public {
        uint256 initialSurplus = mining.surplus();
        uint256 paid;
        uint256 changes;
        for (uint256 i; i < 40; ++i) {
            seed = uint256(keccak256(abi.encode(seed, i)));
            vm.warp(block.timestamp + bound(seed >> 128, 0, 20 days));
            if (seed % 4 == 0 && mining.pendingReward(1) > 0) {
                paid += mining.claim(1, address(this));
            } else {
                // Odd amounts, 1 wei up to a full lock, so every rounding direction is hit.
                mining.onEarningChanged(1, bound(seed % 2 ** 64, 0, 100_000e18) | 1);
                ++changes;
            }
            assertLe(mining.liability(), mining.rewardBalance(), "liability within the balance");
            assertGe(mining.owed(), mining.pendingReward(1), "owed covers what is claimable");
        }
        mining.onEarningChanged(1, 0);
        ++changes;
        if (mining.pendingReward(1) > 0) paid += mining.claim(1, address(this));

        // Nobody earned budget out of rounding: what is left to promise plus what was paid is at
        // most what was funded, and the difference (dust kept as liability) is a few wei a change.
        uint256 surplus = mining.surplus();
        assertLe(surplus + paid, initialSurplus, "no budget created");
        assertLe(initialSurplus - surplus - paid, 3 * changes, "dust bounded by the changes");
        assertEq(mining.liability(), initialSurplus - surplus - paid, "the dust is still owed to nobody");
    }
}
