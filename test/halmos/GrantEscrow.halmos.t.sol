// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../../contracts/GrantEscrow.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {Test} from "../utils/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title GrantEscrowHalmos
/// @notice Symbolic proofs (halmos, `make halmos`) that `GrantEscrow.vestedAmount` never exceeds
///         the grant and never decreases, for every grant schedule the contract accepts and
///         every pair of instants.
/// @dev Parameters of `check_*` functions are symbolic; the grant is created through the real
///      `createGrant`, so only schedules that pass its checks are explored.
contract GrantEscrowHalmos is Test {
    uint256 internal constant POOL = 220_000e18;

    MockMetis internal metis;
    GrantEscrow internal escrow;

    function setUp() public {
        metis = new MockMetis();
        escrow = new GrantEscrow(IERC20(address(metis)), address(this), POOL);
        metis.mint(address(this), POOL);
        metis.approve(address(escrow), POOL);
        escrow.fund(POOL);
    }

    /// @dev Durations explored: the SMT solvers here (yices, z3) time out on a division by a
    ///      symbolic 256-bit divisor, so the duration ranges over these constants (edges and
    ///      typical schedules); everything else (amount, start, cliff, instants) is symbolic.
    ///      `testFuzz_vestedAmount_isMonotonicAndBounded` (test/unit/GrantEscrow.t.sol) covers
    ///      arbitrary durations by fuzzing (10,000 runs with `make deep`).
    function _duration(uint8 which) internal pure returns (uint32) {
        uint32[8] memory durations =
            [uint32(1), 2, 3, 1 days, 30 days + 1, 365 days, 4 * 365 days, type(uint32).max];
        return durations[which % 8];
    }

    function _grant(uint256 amount, uint40 start, uint32 cliff, uint8 which)
        internal
        returns (uint256, uint32)
    {
        uint32 duration = _duration(which);
        vm.assume(amount > 0 && amount <= POOL && cliff <= duration);
        return
            (escrow.createGrant(address(0xBEEF), amount, start, cliff, duration, false, false, ""), duration);
    }

    /// @notice For every grant and every instant, what has vested is at most the grant.
    function check_vestedNeverExceedsTheGrant(
        uint256 amount,
        uint40 start,
        uint32 cliff,
        uint8 which,
        uint256 t
    ) external {
        (uint256 id,) = _grant(amount, start, cliff, which);
        assert(escrow.vestedAmount(id, t) <= amount);
    }

    /// @notice For every grant and every two instants `t1 <= t2`, vested(t1) <= vested(t2).
    function check_vestedIsMonotonic(
        uint256 amount,
        uint40 start,
        uint32 cliff,
        uint8 which,
        uint256 t1,
        uint256 t2
    ) external {
        vm.assume(t1 <= t2);
        (uint256 id,) = _grant(amount, start, cliff, which);
        assert(escrow.vestedAmount(id, t1) <= escrow.vestedAmount(id, t2));
    }

    /// @notice The end points, for every duration (symbolic too): nothing before the cliff,
    ///         everything from the end on.
    function check_vestedEndPoints(uint256 amount, uint40 start, uint32 cliff, uint32 duration, uint256 t)
        external
    {
        vm.assume(amount > 0 && amount <= POOL && duration > 0 && cliff <= duration);
        uint256 id = escrow.createGrant(address(0xBEEF), amount, start, cliff, duration, false, false, "");
        uint256 vested = escrow.vestedAmount(id, t);
        if (t < uint256(start) + cliff) assert(vested == 0);
        if (t >= uint256(start) + duration) assert(vested == amount);
    }
}
