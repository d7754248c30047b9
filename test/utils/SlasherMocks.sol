// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {MockMetis} from "./MockMetis.sol";

/// @notice The part of a locking contract the equivocation slasher uses, with the slasher role
///         it needs (issue 20): its slasher may slash within the 10% cap, receiving what it
///         slashes, and jail. Positions and signers are set by the test.
contract SlashableLockingMock {
    MockMetis public immutable token;
    address public slasher;
    address public treasury = address(0x7ea5);
    uint256 public unlockDelay = 21 days;
    mapping(address signer => uint256) public signerToId;
    mapping(address signer => uint256) public signerRetiredAt;
    mapping(uint256 id => ISequencerLocking.Position) internal _positions;

    constructor(MockMetis token_) {
        token = token_;
    }

    function setSlasher(address s) external {
        slasher = s;
    }

    function setPosition(
        uint256 id,
        address signer,
        ISequencerLocking.Status status,
        uint256 amount,
        uint256 pending
    ) external {
        signerToId[signer] = id;
        ISequencerLocking.Position storage p = _positions[id];
        p.status = status;
        p.signer = signer;
        p.amount = amount;
        p.pendingWithdrawal = pending;
    }

    /// @dev A key rotated out still maps to its position.
    function rotate(uint256 id, address newSigner) external {
        signerRetiredAt[_positions[id].signer] = block.timestamp;
        signerToId[newSigner] = id;
        _positions[id].signer = newSigner;
    }

    function getPosition(uint256 id) external view returns (ISequencerLocking.Position memory) {
        return _positions[id];
    }

    function slash(uint256 id, uint256 amount, string calldata) external {
        require(msg.sender == slasher, "not the slasher");
        ISequencerLocking.Position storage p = _positions[id];
        require(amount <= (p.amount + p.pendingWithdrawal) / 10, "above the cap");
        uint256 fromPending = amount < p.pendingWithdrawal ? amount : p.pendingWithdrawal;
        p.pendingWithdrawal -= fromPending;
        p.amount -= amount - fromPending;
        token.mint(msg.sender, amount);
    }

    function jail(uint256 id) external {
        require(msg.sender == slasher, "not the slasher");
        require(_positions[id].status == ISequencerLocking.Status.Active, "not active");
        _positions[id].status = ISequencerLocking.Status.Jailed;
    }
}
