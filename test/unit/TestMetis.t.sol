// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TestMetis} from "../../contracts/test/TestMetis.sol";
import {Test} from "../utils/Test.sol";

contract TestMetisTest is Test {
    event Dripped(address indexed recipient, uint256 amount, uint256 nextDripAt);
    event Transfer(address indexed from, address indexed to, uint256 value);

    TestMetis internal token;
    address internal alice;
    address internal bob;

    function setUp() public {
        token = new TestMetis();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        vm.warp(1_700_000_000);
    }

    function test_metadata_looksLikeMetis() public view {
        assertEq(token.name(), "Test Metis", "name");
        assertEq(token.symbol(), "tMETIS", "symbol");
        assertEq(uint256(token.decimals()), 18, "decimals");
        assertEq(token.totalSupply(), 0, "starts empty");
    }

    function test_faucet_mintsToRecipient() public {
        vm.prank(alice);
        token.faucet(bob, 1000e18);
        assertEq(token.balanceOf(bob), 1000e18, "bob balance");
        assertEq(token.balanceOf(alice), 0, "caller balance");
        assertEq(token.totalSupply(), 1000e18, "supply");
        assertEq(token.nextDripAt(bob), block.timestamp + 1 days, "cooldown recorded");
    }

    function test_faucet_emitsDrippedAndTransfer() public {
        vm.expectEmit(true, true, true, true, address(token));
        emit Transfer(address(0), alice, 5e18);
        vm.expectEmit(true, true, true, true, address(token));
        emit Dripped(alice, 5e18, block.timestamp + 1 days);
        token.faucet(alice, 5e18);
    }

    function test_faucet_allowsExactlyMaxDrip() public {
        token.faucet(alice, token.MAX_DRIP());
        assertEq(token.balanceOf(alice), 250_000e18, "max drip");
    }

    function test_faucet_allowsAgainAfterCooldown() public {
        token.faucet(alice, 1e18);
        vm.warp(block.timestamp + 1 days);
        token.faucet(alice, 2e18);
        assertEq(token.balanceOf(alice), 3e18, "two drips");
    }

    function test_faucet_cooldownIsPerRecipient() public {
        token.faucet(alice, 1e18);
        token.faucet(bob, 1e18);
        assertEq(token.balanceOf(bob), 1e18, "bob unaffected by alice's cooldown");
    }

    function test_RevertWhen_faucetAmountIsZero() public {
        vm.expectRevert(TestMetis.DripZero.selector);
        token.faucet(alice, 0);
    }

    function test_RevertWhen_faucetAmountAboveMax() public {
        uint256 max = token.MAX_DRIP();
        vm.expectRevert(abi.encodeWithSelector(TestMetis.DripTooLarge.selector, max + 1, max));
        token.faucet(alice, max + 1);
        assertEq(token.totalSupply(), 0, "nothing minted");
    }

    function test_RevertWhen_faucetCalledBeforeCooldown() public {
        token.faucet(alice, 1e18);
        uint256 availableAt = block.timestamp + 1 days;
        vm.warp(availableAt - 1);
        vm.expectRevert(abi.encodeWithSelector(TestMetis.DripTooSoon.selector, alice, availableAt));
        token.faucet(alice, 1e18);
        assertEq(token.balanceOf(alice), 1e18, "second drip refused");
    }

    function test_RevertWhen_faucetToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSignature("ERC20InvalidReceiver(address)", address(0)));
        token.faucet(address(0), 1e18);
    }

    function testFuzz_faucet_mintsExactlyTheAmount(address to, uint256 amount) public {
        vm.assume(to != address(0));
        amount = bound(amount, 1, token.MAX_DRIP());
        token.faucet(to, amount);
        assertEq(token.balanceOf(to), amount, "balance");
        assertEq(token.totalSupply(), amount, "supply");
    }

    function testFuzz_transfer_movesBalance(uint256 amount, uint256 sent) public {
        amount = bound(amount, 1, token.MAX_DRIP());
        sent = bound(sent, 0, amount);
        token.faucet(alice, amount);
        vm.prank(alice);
        assertTrue(token.transfer(bob, sent), "transfer returns true");
        assertEq(token.balanceOf(alice), amount - sent, "alice");
        assertEq(token.balanceOf(bob), sent, "bob");
    }
}
