// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";

/// @notice A stand-in for SequencerLocking and SequencerMining at once, with every view the lens
///         reads, where the view whose selector is `trap` writes a storage slot before answering.
///         Called with CALL, the write succeeds; called with STATICCALL (as a `view` function of
///         an interface is), the EVM refuses it and the call reverts. So a lens that still
///         answers with a trap set did not reach that view with a call that could write.
/// @dev Every owner has one position, id 1, whatever is asked.
contract WritingViews {
    /// @notice The selector of the view that writes; `bytes4(0)`: none.
    bytes4 public trap;
    /// @notice How many writes the trap made (only a CALL can raise it).
    uint256 public writes;

    function setTrap(bytes4 selector) external {
        trap = selector;
    }

    function positionsOf(address) external returns (uint256[] memory ids) {
        _write();
        ids = new uint256[](1);
        ids[0] = 1;
    }

    function getPosition(uint256) external returns (ISequencerLocking.Position memory position) {
        _write();
        position.owner = address(this);
        position.status = ISequencerLocking.Status.Active;
        position.pubkey = new bytes(64);
    }

    function pendingReward(uint256) external returns (uint256) {
        _write();
        return 1;
    }

    function programStart() external returns (uint64) {
        _write();
        return 1;
    }

    function programEnd() external returns (uint64) {
        _write();
        return 2;
    }

    function currentRate() external returns (uint256) {
        _write();
        return 2000;
    }

    function _write() private {
        if (msg.sig == trap) ++writes;
    }
}
