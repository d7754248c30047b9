// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {CometVotes} from "../utils/CometVotes.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {SlashableLockingMock} from "../utils/SlasherMocks.sol";

/// @notice Gas of verifying one pair of CometBFT votes (issue 20: at most 60,000, the slash
///         excluded): rebuilding both sign bytes, two SHA-256, four `ecrecover`, the signer's
///         position (`signerOf`, called from another contract, as `submit` runs it), for the
///         reference vectors with and without a block id. Figures are `vm.lastCallGas`.
contract EquivocationSlasherGasTest is CometVotes {
    event log_named_uint(string key, uint256 val);

    EquivocationSlasher internal slasher;

    function setUp() public {
        MockMetis token = new MockMetis();
        SlashableLockingMock locking = new SlashableLockingMock(token);
        slasher = new EquivocationSlasher(
            ISequencerLocking(address(locking)), address(this), "metis-sequencer-1", 500, 1000, 7 days
        );
        locking.setSlasher(address(slasher));
        locking.setPosition(1, _signer(0), ISequencerLocking.Status.Active, 100_000e18, 0);
        locking.setPosition(2, _signer(1), ISequencerLocking.Status.Active, 100_000e18, 0);
    }

    function _verify(uint256 i, string memory label) internal {
        slasher.signerOf(_vote(i, "voteA"), _sig(i, "voteA"), _vote(i, "voteB"), _sig(i, "voteB"));
        uint256 used = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(label, used);
        assertLe(used, 60_000, "at most 60,000 gas per pair");
    }

    function test_gas_verifyPair_twoBlocks() public {
        _verify(0, "verify a pair (two block ids)");
    }

    function test_gas_verifyPair_nilAndBlock() public {
        _verify(1, "verify a pair (nil and a block id)");
    }
}
