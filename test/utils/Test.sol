// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "./Vm.sol";

/// @title Test
/// @notice The project's own test base (forge-std cannot be installed on our machines).
/// @dev How to use it:
///      - inherit `Test`, deploy what you test in `setUp()`, name tests `test_<fn>_<outcome>`,
///        `test_RevertWhen_<condition>` and `testFuzz_<property>`;
///      - `vm` is forge's native cheatcode handler (see `Vm.sol` for what is declared);
///      - `assertEq` and friends print both values on failure (they forward to the native
///        `vm.assert*` cheatcodes);
///      - `bound(x, lo, hi)` maps a fuzzed value into `[lo, hi]` without discarding runs;
///      - `makeActor("alice")` gives a labelled address with a known private key;
///      - invariant suites list their handlers with `targetContract` / `targetSelector`
///        in `setUp()`; forge reads them back through `targetContracts()` / `targetSelectors()`.
abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev Forge recognises test contracts by this flag.
    bool public IS_TEST = true;

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _targetContracts;
    FuzzSelector[] private _targetSelectors;
    address[] private _excludeSenders;

    // ------------------------------------------------------------------ actors

    /// @notice A labelled address whose private key is derived from `name`.
    function makeActor(string memory name) internal returns (address actor, uint256 privateKey) {
        privateKey = uint256(keccak256(bytes(name))) % SECP256K1_N;
        actor = vm.addr(privateKey);
        vm.label(actor, name);
    }

    /// @notice A labelled address (private key unused).
    function makeAddr(string memory name) internal returns (address actor) {
        (actor,) = makeActor(name);
    }

    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    // ------------------------------------------------------------------ fuzz helpers

    /// @notice Maps `x` into `[lo, hi]` (inclusive), keeping small values unchanged when in range.
    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        require(lo <= hi, "bound: lo > hi");
        if (x >= lo && x <= hi) return x;
        uint256 size = hi - lo;
        if (size == type(uint256).max) return x;
        return lo + (x % (size + 1));
    }

    // ------------------------------------------------------------------ assertions

    function assertTrue(bool c, string memory err) internal pure {
        vm.assertTrue(c, err);
    }

    function assertTrue(bool c) internal pure {
        vm.assertTrue(c, "expected true");
    }

    function assertFalse(bool c, string memory err) internal pure {
        vm.assertFalse(c, err);
    }

    function assertFalse(bool c) internal pure {
        vm.assertFalse(c, "expected false");
    }

    function assertEq(uint256 a, uint256 b) internal pure {
        vm.assertEq(a, b, "values differ");
    }

    function assertEq(uint256 a, uint256 b, string memory err) internal pure {
        vm.assertEq(a, b, err);
    }

    function assertEq(int256 a, int256 b, string memory err) internal pure {
        vm.assertEq(a, b, err);
    }

    function assertEq(address a, address b) internal pure {
        vm.assertEq(a, b, "addresses differ");
    }

    function assertEq(address a, address b, string memory err) internal pure {
        vm.assertEq(a, b, err);
    }

    function assertEq(bool a, bool b, string memory err) internal pure {
        vm.assertEq(a, b, err);
    }

    function assertEq(bytes32 a, bytes32 b, string memory err) internal pure {
        vm.assertEq(a, b, err);
    }

    function assertEq(bytes memory a, bytes memory b, string memory err) internal pure {
        vm.assertEq(a, b, err);
    }

    function assertEq(string memory a, string memory b, string memory err) internal pure {
        vm.assertEq(a, b, err);
    }

    function assertLe(uint256 a, uint256 b, string memory err) internal pure {
        vm.assertLe(a, b, err);
    }

    function assertLt(uint256 a, uint256 b, string memory err) internal pure {
        vm.assertLt(a, b, err);
    }

    function assertGe(uint256 a, uint256 b, string memory err) internal pure {
        vm.assertGe(a, b, err);
    }

    function assertGt(uint256 a, uint256 b, string memory err) internal pure {
        vm.assertGt(a, b, err);
    }

    function assertApproxEqAbs(uint256 a, uint256 b, uint256 maxDelta, string memory err) internal pure {
        vm.assertApproxEqAbs(a, b, maxDelta, err);
    }

    /// @dev `maxPercentDelta` in 1e18 = 100%.
    function assertApproxEqRel(uint256 a, uint256 b, uint256 maxPercentDelta, string memory err)
        internal
        pure
    {
        vm.assertApproxEqRel(a, b, maxPercentDelta, err);
    }

    // ------------------------------------------------------------------ invariant targets

    function targetContract(address target) internal {
        _targetContracts.push(target);
    }

    function targetSelector(FuzzSelector memory selector) internal {
        _targetSelectors.push(selector);
    }

    function excludeSender(address sender) internal {
        _excludeSenders.push(sender);
    }

    /// @dev Read by forge when it runs `invariant_*` functions.
    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    /// @dev Read by forge when it runs `invariant_*` functions.
    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetSelectors;
    }

    /// @dev Read by forge when it runs `invariant_*` functions.
    function excludeSenders() public view returns (address[] memory) {
        return _excludeSenders;
    }
}
