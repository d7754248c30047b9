// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../../contracts/GrantEscrow.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {Test} from "../utils/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Gas benchmark of GrantEscrow (method: /work/shared/PEERS.md). Run with
///         `forge test --isolate --match-path 'test/gas/*' -vv` (or `make snapshot`): each
///         top-level call is its own transaction, so `vm.lastCallGas().gasTotalUsed` is what a
///         receipt would show. Every operation is measured with 1, 10 and 100 grants already
///         present; the figures are logged, never asserted.
contract GrantEscrowGasTest is Test {
    event log_named_uint(string key, uint256 val);

    uint256 internal constant POOL = 220_000e18;
    uint256 internal constant GRANT = 1000e18;
    uint256 internal constant T0 = 1_700_000_000;

    MockMetis internal token;
    GrantEscrow internal escrow;
    address internal gov;
    address internal alice;
    address internal bob;

    function setUp() public {
        vm.warp(T0);
        gov = makeAddr("gov");
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        token = new MockMetis();
        escrow = new GrantEscrow(IERC20(address(token)), gov, POOL);
        token.mint(address(escrow), POOL);
    }

    /// @dev `n` grants of 1,000 tokens over 100 days, grant 1 to alice, the others to fresh
    ///      addresses; then half the schedule passes.
    function _populate(uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            address beneficiary = i == 0 ? alice : vm.addr(0x10000 + i);
            vm.prank(gov);
            escrow.createGrant(beneficiary, GRANT, T0, 0, 100 days, true, false, "LST grant");
        }
        vm.warp(T0 + 50 days);
    }

    function _log(string memory key) internal returns (uint256 gas) {
        gas = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(key, gas);
    }

    // ------------------------------------------------------------------ createGrant

    function _createGrant(uint256 n, string memory key) internal {
        _populate(n);
        vm.prank(gov);
        uint256 id = escrow.createGrant(bob, GRANT, T0 + 50 days, 30 days, 365 days, true, true, "LST grant");
        _log(key);
        assertEq(id, n + 1, "created");
        assertEq(escrow.allocated(), (n + 1) * GRANT, "allocated");
    }

    function test_gas_createGrant_with1() public {
        _createGrant(1, "createGrant with 1");
    }

    function test_gas_createGrant_with10() public {
        _createGrant(10, "createGrant with 10");
    }

    function test_gas_createGrant_with100() public {
        _createGrant(100, "createGrant with 100");
    }

    // ------------------------------------------------------------------ claim

    /// @dev First claim of grant 1 (alice holds no tokens yet), then a repeat a day later.
    function _claim(uint256 n, string memory firstKey, string memory repeatKey) internal {
        _populate(n);
        vm.prank(alice);
        uint256 paid = escrow.claim(1, address(0));
        _log(firstKey);
        assertEq(paid, GRANT / 2, "half vested");
        vm.warp(T0 + 51 days);
        vm.prank(alice);
        paid = escrow.claim(1, address(0));
        _log(repeatKey);
        assertEq(paid, GRANT / 100, "one more day");
        assertEq(token.balanceOf(alice), GRANT * 51 / 100, "alice paid");
    }

    function test_gas_claim_with1() public {
        _claim(1, "claim (first) with 1", "claim (repeat) with 1");
    }

    function test_gas_claim_with10() public {
        _claim(10, "claim (first) with 10", "claim (repeat) with 10");
    }

    function test_gas_claim_with100() public {
        _claim(100, "claim (first) with 100", "claim (repeat) with 100");
    }

    // ------------------------------------------------------------------ revoke

    function _revoke(uint256 n, string memory key) internal {
        _populate(n);
        vm.prank(gov);
        (uint256 kept, uint256 returned) = escrow.revoke(1);
        _log(key);
        assertEq(kept, GRANT / 2, "kept");
        assertEq(returned, GRANT / 2, "returned");
        assertTrue(escrow.grant(1).revoked, "revoked");
    }

    function test_gas_revoke_with1() public {
        _revoke(1, "revoke with 1");
    }

    function test_gas_revoke_with10() public {
        _revoke(10, "revoke with 10");
    }

    function test_gas_revoke_with100() public {
        _revoke(100, "revoke with 100");
    }
}
