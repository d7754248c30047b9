// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title The parts of ERC-7540 (asynchronous ERC-4626 vaults) that an asynchronous-redemption
///        vault implements: operators and redeem requests (eips.ethereum.org/EIPS/eip-7540).
/// @dev Deposits stay synchronous (ERC-4626). A redeem request moves shares out of the owner's
///      hands at once; the request is Pending until the vault can pay it, then Claimable, and
///      the controller claims it with ERC-4626's `redeem` or `withdraw` (with `controller` in
///      place of `owner`). `previewRedeem` and `previewWithdraw` revert.
interface IERC7540Operator {
    /// @notice `controller` approved (or revoked) `operator` to manage its requests.
    event OperatorSet(address indexed controller, address indexed operator, bool approved);

    /// @notice Approves or revokes `operator` to manage the caller's requests and claims.
    /// @return Always true.
    function setOperator(address operator, bool approved) external returns (bool);

    /// @notice Whether `operator` may manage the requests and claims of `controller`.
    function isOperator(address controller, address operator) external view returns (bool);
}

interface IERC7540Redeem {
    /// @notice `owner`'s `shares` became request `requestId` of `controller`, by `sender`.
    event RedeemRequest(
        address indexed controller,
        address indexed owner,
        uint256 indexed requestId,
        address sender,
        uint256 shares
    );

    /// @notice Takes `shares` from `owner` (the caller, an operator of `owner`, or a holder of
    ///         an ERC-20 allowance from `owner`) into a redeem request that `controller` will
    ///         claim.
    /// @return requestId The request's id.
    function requestRedeem(uint256 shares, address controller, address owner)
        external
        returns (uint256 requestId);

    /// @notice The shares of request `requestId` of `controller` still Pending (0 once Claimable).
    function pendingRedeemRequest(uint256 requestId, address controller)
        external
        view
        returns (uint256 pendingShares);

    /// @notice The shares of request `requestId` of `controller` that are Claimable and not yet
    ///         claimed.
    function claimableRedeemRequest(uint256 requestId, address controller)
        external
        view
        returns (uint256 claimableShares);
}
