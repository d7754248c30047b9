// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LockingDouble, NoopHook, SequencerMiningFixture} from "../utils/SequencerMiningMocks.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Gas of the distributor's user-paid operations with 1, 10 and 100 earning positions.
/// @dev Run with `forge snapshot --isolate --match-path 'test/gas/*'` (or `forge test --isolate
///      --match-path test/gas/SequencerMining.gas.t.sol -vv` to see the figures): each top-level
///      call is its own transaction, and `vm.lastCallGas().gasTotalUsed` right after it is what a
///      receipt would show. Nothing is asserted about the figures, only that the call worked.
contract SequencerMiningGasTest is SequencerMiningFixture {
    /// @dev Printed by forge with -vv (the test base has no console).
    event log_named_uint(string key, uint256 val);

    uint256 internal id; // alice's position, the one measured

    function _populate(uint256 n) internal {
        _fund(n * 20_000e18 + 100_000e18);
        id = _lock(alice, 50_000e18);
        for (uint256 i = 1; i < n; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast) small i
            _lock(address(uint160(0x10000 + i)), 20_000e18 + i);
        }
        _start(T0 + 1);
        vm.warp(T0 + 1 + 30 days);
        // Alice has claimed before: her position and her balance are non-zero slots.
        vm.prank(alice);
        mining.claim(id, address(0));
        vm.warp(block.timestamp + 1 days);
    }

    function _report(string memory what) internal returns (uint256 gasUsed) {
        gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(what, gasUsed);
    }

    // ------------------------------------------------------------------ claim (repeat)

    function _claim(string memory what) internal {
        uint256 before = token.balanceOf(alice);
        vm.prank(alice);
        uint256 paid = mining.claim(id, address(0));
        _report(what);
        assertGt(paid, 0, "paid");
        assertEq(token.balanceOf(alice), before + paid, "received");
    }

    function test_gas_claim_with1() public {
        _populate(1);
        _claim("claim, repeat, 1 position");
    }

    function test_gas_claim_with10() public {
        _populate(10);
        _claim("claim, repeat, 10 positions");
    }

    function test_gas_claim_with100() public {
        _populate(100);
        _claim("claim, repeat, 100 positions");
    }

    // ------------------------------------------------------------------ compound

    function _compound(string memory what) internal {
        uint256 principal = locking.principalOf(id);
        vm.prank(alice);
        uint256 moved = mining.compound(id);
        _report(what);
        assertGt(moved, 0, "moved");
        assertEq(locking.principalOf(id), principal + moved, "principal grew");
        assertEq(mining.earningOf(id), principal + moved, "earning grew");
    }

    function test_gas_compound_with1() public {
        _populate(1);
        _compound("compound, 1 position");
    }

    function test_gas_compound_with10() public {
        _populate(10);
        _compound("compound, 10 positions");
    }

    function test_gas_compound_with100() public {
        _populate(100);
        _compound("compound, 100 positions");
    }

    // ------------------------------------------------------------------ lock through the double (hook inside)

    function _lockNew(string memory what) internal {
        token.mint(bob, 20_000e18);
        vm.prank(bob);
        token.approve(address(locking), 20_000e18);
        vm.prank(bob);
        uint256 newId = locking.lock(20_000e18);
        _report(what);
        assertEq(mining.earningOf(newId), 20_000e18, "earning booked");
    }

    function test_gas_lockWithHook_with1() public {
        _populate(1);
        _lockNew("double lock + hook, new position, 1 position");
    }

    function test_gas_lockWithHook_with10() public {
        _populate(10);
        _lockNew("double lock + hook, new position, 10 positions");
    }

    function test_gas_lockWithHook_with100() public {
        _populate(100);
        _lockNew("double lock + hook, new position, 100 positions");
    }

    /// @dev The same lock against a distributor that does nothing: the difference with the
    ///      figures above is what the hook adds to a lock.
    function test_gas_lockWithNoopHook_baseline() public {
        LockingDouble bare = new LockingDouble(IERC20(address(token)));
        bare.setDistributor(address(new NoopHook()));
        token.mint(bob, 40_000e18);
        vm.prank(bob);
        token.approve(address(bare), 40_000e18);
        vm.prank(bob);
        bare.lock(20_000e18); // bob's balance and the double's counters are non-zero from here
        vm.prank(bob);
        uint256 newId = bare.lock(20_000e18);
        _report("double lock + no-op hook, new position (baseline)");
        assertEq(bare.principalOf(newId), 20_000e18, "locked");
    }

    // ------------------------------------------------------------------ top-up through the double

    function _topUpMeasured(string memory what) internal {
        token.mint(alice, 1000e18);
        vm.prank(alice);
        token.approve(address(locking), 1000e18);
        vm.prank(alice);
        locking.topUp(id, 1000e18);
        _report(what);
        assertEq(mining.earningOf(id), 51_000e18, "earning booked");
    }

    function test_gas_topUpWithHook_with1() public {
        _populate(1);
        _topUpMeasured("double top-up + hook, 1 position");
    }

    function test_gas_topUpWithHook_with10() public {
        _populate(10);
        _topUpMeasured("double top-up + hook, 10 positions");
    }

    function test_gas_topUpWithHook_with100() public {
        _populate(100);
        _topUpMeasured("double top-up + hook, 100 positions");
    }

    // ------------------------------------------------------------------ the hook alone

    function _hookNew(string memory what) internal {
        vm.prank(address(locking));
        mining.onEarningChanged(1000, 20_000e18);
        _report(what);
        assertEq(mining.earningOf(1000), 20_000e18, "booked");
    }

    function _hookIncrease(string memory what) internal {
        vm.prank(address(locking));
        mining.onEarningChanged(id, 60_000e18);
        _report(what);
        assertEq(mining.earningOf(id), 60_000e18, "booked");
    }

    function _hookToZero(string memory what) internal {
        vm.prank(address(locking));
        mining.onEarningChanged(id, 0);
        _report(what);
        assertEq(mining.earningOf(id), 0, "booked");
        assertGt(mining.pendingReward(id), 0, "reward checkpointed");
    }

    function test_gas_hookNewPosition_with1() public {
        _populate(1);
        _hookNew("hook alone, new position, 1 position");
    }

    function test_gas_hookNewPosition_with10() public {
        _populate(10);
        _hookNew("hook alone, new position, 10 positions");
    }

    function test_gas_hookNewPosition_with100() public {
        _populate(100);
        _hookNew("hook alone, new position, 100 positions");
    }

    function test_gas_hookIncrease_with1() public {
        _populate(1);
        _hookIncrease("hook alone, increase, 1 position");
    }

    function test_gas_hookIncrease_with10() public {
        _populate(10);
        _hookIncrease("hook alone, increase, 10 positions");
    }

    function test_gas_hookIncrease_with100() public {
        _populate(100);
        _hookIncrease("hook alone, increase, 100 positions");
    }

    function test_gas_hookToZero_with1() public {
        _populate(1);
        _hookToZero("hook alone, to zero (jail/exit), 1 position");
    }

    function test_gas_hookToZero_with10() public {
        _populate(10);
        _hookToZero("hook alone, to zero (jail/exit), 10 positions");
    }

    function test_gas_hookToZero_with100() public {
        _populate(100);
        _hookToZero("hook alone, to zero (jail/exit), 100 positions");
    }
}
