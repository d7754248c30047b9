// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestMetis
/// @notice An 18-decimal stand-in for METIS on local chains and testnets, with a public
///         faucet. Each address may draw at most `MAX_DRIP` per `COOLDOWN`. Never deploy it
///         on mainnet: there the real METIS token is used.
contract TestMetis is ERC20 {
    /// @notice The most one faucet call may mint (enough for a maximum lock plus the grant pool).
    uint256 public constant MAX_DRIP = 250_000e18;

    /// @notice How long an address waits between two faucet draws, in seconds.
    uint256 public constant COOLDOWN = 1 days;

    /// @notice When each recipient may draw again (unix seconds); 0 = never drawn.
    mapping(address recipient => uint256 timestamp) public nextDripAt;

    /// @notice Emitted when the faucet mints `amount` to `recipient`.
    event Dripped(address indexed recipient, uint256 amount, uint256 nextDripAt);

    /// @notice Thrown when a faucet call asks for zero tokens.
    error DripZero();

    /// @notice Thrown when a faucet call asks for more than `max`.
    error DripTooLarge(uint256 requested, uint256 max);

    /// @notice Thrown when `recipient` drew less than `COOLDOWN` ago; it may draw at `availableAt`.
    error DripTooSoon(address recipient, uint256 availableAt);

    constructor() ERC20("Test Metis", "tMETIS") {}

    /// @notice Mints `amount` (token wei, at most `MAX_DRIP`) to `recipient`, once per
    ///         `COOLDOWN` for each recipient.
    /// @param recipient Who receives the tokens (any address but zero).
    /// @param amount How much to mint, in token wei.
    function faucet(address recipient, uint256 amount) external {
        if (amount == 0) revert DripZero();
        if (amount > MAX_DRIP) revert DripTooLarge(amount, MAX_DRIP);
        uint256 availableAt = nextDripAt[recipient];
        if (block.timestamp < availableAt) revert DripTooSoon(recipient, availableAt);

        uint256 next = block.timestamp + COOLDOWN;
        nextDripAt[recipient] = next;
        _mint(recipient, amount);
        emit Dripped(recipient, amount, next);
    }
}
