// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Called by `CallbackToken` on every address that receives tokens and has opted in
///         (an ERC-777-style receive hook: the way a token hands control to an attacker).
interface ITokenReceiver {
    function onTokensReceived(address from, uint256 amount) external;
}

/// @notice An ERC-20 that calls `onTokensReceived` on registered recipients after each transfer.
contract CallbackToken is ERC20 {
    mapping(address => bool) public hooked;

    constructor() ERC20("Callback Metis", "cbMETIS") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setHooked(address who, bool on) external {
        hooked[who] = on;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (hooked[to]) ITokenReceiver(to).onTokensReceived(from, value);
    }
}

/// @notice A position owner that re-enters `withdraw` from the token's receive hook and
///         records how the re-entry ended (it swallows the failure to keep the outer call alive).
contract ReenteringOperator is ITokenReceiver {
    ISequencerLocking public immutable locking;
    uint256 public id;
    bool public armed;
    uint256 public reentries;
    bytes public reentryRevertData;
    bool public reentrySucceeded;

    constructor(ISequencerLocking locking_) {
        locking = locking_;
    }

    function lock(bytes calldata pubkey, bytes calldata proof, uint256 amount) external {
        locking.token().approve(address(locking), amount);
        id = locking.lock(pubkey, proof, amount);
    }

    function requestWithdrawal(uint256 amount) external {
        locking.requestWithdrawal(id, amount);
    }

    function withdraw() external returns (uint256) {
        armed = true;
        return locking.withdraw(id);
    }

    function onTokensReceived(address, uint256) external {
        if (!armed) return;
        armed = false;
        ++reentries;
        try locking.withdraw(id) {
            reentrySucceeded = true;
        } catch (bytes memory reason) {
            reentryRevertData = reason;
        }
    }
}
