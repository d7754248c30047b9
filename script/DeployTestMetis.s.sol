// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TestMetis} from "../contracts/test/TestMetis.sol";
import {Vm} from "../test/utils/Vm.sol";

/// @title DeployTestMetis
/// @notice Deploys the faucet token alone, for local chains and testnets. The full system
///         is deployed by `Deploy.s.sol` or `metis-stake deploy`.
/// @dev forge script script/DeployTestMetis.s.sol --rpc-url $ETH_RPC_URL --broadcast --private-key ...
contract DeployTestMetis {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    error RefusedOnMainnet();

    function run() external returns (TestMetis token) {
        if (block.chainid == 1) revert RefusedOnMainnet();
        vm.startBroadcast();
        token = new TestMetis();
        vm.stopBroadcast();
    }
}
