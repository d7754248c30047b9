// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice An 18-decimal ERC-20 that anyone can mint, for tests only.
contract MockMetis is ERC20 {
    constructor() ERC20("Mock Metis", "METIS") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
