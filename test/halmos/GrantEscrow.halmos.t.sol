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
        // A chain of branches, not an array: halmos cannot index memory symbolically.
        uint256 w = which % 8;
        if (w == 0) return 1;
        if (w == 1) return 2;
        if (w == 2) return 3;
        if (w == 3) return 1 days;
        if (w == 4) return 30 days + 1;
        if (w == 5) return 365 days;
        if (w == 6) return 4 * 365 days;
        return type(uint32).max;
    }

    function _grant(uint256 amount, uint40 start, uint32 cliff, uint32 duration) internal returns (uint256) {
        vm.assume(amount > 0 && amount <= POOL && duration > 0 && cliff <= duration);
        return escrow.createGrant(address(0xBEEF), amount, start, cliff, duration, false, false, "");
    }

    // Each property is an internal function run two ways: `check_*` (halmos: every input, the
    // parameters are symbolic) and `testFuzz_*` (forge: random inputs, any duration; `make deep`
    // runs 10,000).

    /// @notice For every grant and every instant, what has vested is at most the grant.
    function check_vestedNeverExceedsTheGrant(
        uint256 amount,
        uint40 start,
        uint32 cliff,
        uint8 which,
        uint256 t
    ) external {
        _vestedNeverExceedsTheGrant(amount, start, cliff, _duration(which), t);
    }

    function testFuzz_vestedNeverExceedsTheGrant(
        uint256 amount,
        uint40 start,
        uint32 cliff,
        uint32 duration,
        uint256 t
    ) external {
        duration = uint32(bound(duration, 1, type(uint32).max));
        _vestedNeverExceedsTheGrant(
            bound(amount, 1, POOL), start, uint32(bound(cliff, 0, duration)), duration, t
        );
    }

    function _vestedNeverExceedsTheGrant(
        uint256 amount,
        uint40 start,
        uint32 cliff,
        uint32 duration,
        uint256 t
    ) internal {
        uint256 id = _grant(amount, start, cliff, duration);
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
        _vestedIsMonotonic(amount, start, cliff, _duration(which), t1, t2);
    }

    function testFuzz_vestedIsMonotonic(
        uint256 amount,
        uint40 start,
        uint32 cliff,
        uint32 duration,
        uint256 t1,
        uint256 t2
    ) external {
        duration = uint32(bound(duration, 1, type(uint32).max));
        // Instants around the schedule, where the interesting steps are.
        t1 = bound(t1, start, uint256(start) + duration + 1);
        _vestedIsMonotonic(
            bound(amount, 1, POOL),
            start,
            uint32(bound(cliff, 0, duration)),
            duration,
            t1,
            bound(t2, t1, uint256(start) + duration + 1)
        );
    }

    function _vestedIsMonotonic(
        uint256 amount,
        uint40 start,
        uint32 cliff,
        uint32 duration,
        uint256 t1,
        uint256 t2
    ) internal {
        vm.assume(t1 <= t2);
        uint256 id = _grant(amount, start, cliff, duration);
        assert(escrow.vestedAmount(id, t1) <= escrow.vestedAmount(id, t2));
    }

    /// @notice The end points, for every duration (symbolic here too: no division involved):
    ///         nothing before the cliff, everything from the end on.
    function check_vestedEndPoints(uint256 amount, uint40 start, uint32 cliff, uint32 duration, uint256 t)
        external
    {
        uint256 id = _grant(amount, start, cliff, duration);
        uint256 vested = escrow.vestedAmount(id, t);
        if (t < uint256(start) + cliff) assert(vested == 0);
        if (t >= uint256(start) + duration) assert(vested == amount);
    }
}
