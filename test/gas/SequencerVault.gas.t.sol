// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VaultFixture} from "../utils/VaultFixture.sol";

/// @notice Gas of the vault's user operations with 1, 10 and 50 positions (its maximum), on the
///         real locking and mining pair.
/// @dev Same method as `System.gas.t.sol` (/work/shared/PEERS.md): `--isolate`, every slot cold,
///      `vm.lastCallGas().gasTotalUsed`. Every entry point reads each position (principal,
///      pending withdrawal, reward) to price the shares: the cost grows with the positions.
///      The holder has deposited before and keeps a balance and a finite allowance; the program
///      runs (30 days in) and the vault harvested once. Nothing is asserted about the figures.
contract SequencerVaultGasTest is VaultFixture {
    /// @dev ds-test style log: forge prints it under `Logs:` with `-vv`.
    event log_named_uint(string key, uint256 val);

    address internal holder;

    function setUp() public {
        _deployVault();
        holder = makeAddr("holder");
    }

    /// @dev `n` positions of 20,000 each, one per node operator; the holder deposited 1,000.
    function _populate(uint256 n) internal {
        _deposit(makeAddr("whale"), n * 20_000e18);
        for (uint256 i; i < n; ++i) {
            uint256 operatorId = _addOperator(makeAddr(string.concat("operator", vm.toString(i))));
            _allocate(operatorId, 20_000e18);
        }
        token.mint(holder, 1_000_000e18);
        vm.prank(holder);
        token.approve(address(vault), 1_000_000e18);
        vm.prank(holder);
        vault.deposit(1000e18, holder);
        vm.warp(T0 + 30 days);
        vault.harvest();
        vm.warp(T0 + 31 days);
        assertEq(vault.positions().length, n, "n positions");
    }

    function _report(string memory operation, uint256 n) internal returns (uint256 gasUsed) {
        gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(string.concat(operation, " with ", vm.toString(n)), gasUsed);
    }

    function _depositGas(uint256 n) internal {
        _populate(n);
        vm.prank(holder);
        uint256 shares = vault.deposit(1000e18, holder);
        _report("vault deposit (repeat)", n);
        assertGt(shares, 0, "minted");
    }

    /// @dev A request the buffer (the harvested rewards and the holder's deposit) pays once
    ///      the unlock delay has passed: queued, then served by `processRedemptions`.
    function _requestGas(uint256 n) internal {
        _populate(n);
        uint256 shares = vault.balanceOf(holder) / 2;
        vm.prank(holder);
        vault.requestRedeem(shares, holder, holder);
        _report("vault requestRedeem", n);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vault.processRedemptions();
        _report("vault processRedemptions (serves it)", n);
        assertEq(vault.maxRedeem(holder), shares, "claimable");
        vm.prank(holder);
        vault.redeem(shares, holder, holder);
        _report("vault redeem (claim)", n);
    }

    function _harvestGas(uint256 n) internal {
        _populate(n);
        vault.harvest();
        _report("vault harvest", n);
    }

    function test_gas_vaultDeposit_with1() public {
        _depositGas(1);
    }

    function test_gas_vaultDeposit_with10() public {
        _depositGas(10);
    }

    function test_gas_vaultDeposit_with50() public {
        _depositGas(50);
    }

    function test_gas_vaultRequestAndRedeem_with1() public {
        _requestGas(1);
    }

    function test_gas_vaultRequestAndRedeem_with10() public {
        _requestGas(10);
    }

    function test_gas_vaultRequestAndRedeem_with50() public {
        _requestGas(50);
    }

    function test_gas_vaultHarvest_with1() public {
        _harvestGas(1);
    }

    function test_gas_vaultHarvest_with10() public {
        _harvestGas(10);
    }

    function test_gas_vaultHarvest_with50() public {
        _harvestGas(50);
    }
}
