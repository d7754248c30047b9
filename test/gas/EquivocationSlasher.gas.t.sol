// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {CanonicalVote} from "../../contracts/slashing/CanonicalVote.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {CometVotes} from "../utils/CometVotes.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {SlashableLockingMock} from "../utils/SlasherMocks.sol";

/// @notice Gas of verifying one pair of CometBFT votes (issue 20: at most 60,000, the slash
///         excluded): rebuilding both sign bytes, two SHA-256, four `ecrecover`, the signer's
///         position (`signerOf`, called from another contract, as `reveal` runs it), for the
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

/// @notice Gas of a whole report on the real SequencerLocking and SequencerMining: `commit`, then
///         `reveal` (verification, the slash within the cap, the jail, which takes the position
///         out of the earning, and the two payments). Figures are `vm.lastCallGas`.
contract EquivocationSlasherReportGasTest is LockingMiningFixture, CometVotes {
    event log_named_uint(string key, uint256 val);

    EquivocationSlasher internal slasher;

    function setUp() public {
        _deployPair();
        _fund(10_000_000e18);
        _start(T0);
        slasher = new EquivocationSlasher(locking, gov, "metis-sequencer-1", 500, 1000, 7 days);
        vm.prank(gov);
        locking.setSlasher(address(slasher));
        address operator = makeAddr("operator");
        uint256 pk = (uint256(0x11) << 248) | 1; // the fixtures' first key
        _prepare(operator, 50_000e18);
        bytes memory proof = proofFor(locking, pk, operator);
        vm.prank(operator);
        locking.lock(pubkeyOf(pk), proof, 50_000e18);
        vm.warp(_vote(0, "voteA").timestampSeconds + 1 hours);
    }

    function test_gas_commitThenReveal() public {
        address reporter = makeAddr("reporter");
        bytes32 offence = slasher.offenceKey(_signer(0), _vote(0, "voteA").height, 0, 1);
        bytes32 commitment = slasher.commitmentOf(offence, reporter, bytes32("salt"));
        slasher.commit(commitment);
        emit log_named_uint("commit", vm.lastCallGas().gasTotalUsed);
        vm.roll(block.number + 1);
        CanonicalVote.Vote memory a = _vote(0, "voteA");
        CanonicalVote.Vote memory b = _vote(0, "voteB");
        bytes memory sa = _sig(0, "voteA");
        bytes memory sb = _sig(0, "voteB");
        slasher.reveal(a, sa, b, sb, reporter, bytes32("salt"));
        emit log_named_uint("reveal (slash, jail, pay)", vm.lastCallGas().gasTotalUsed);
        assertGt(token.balanceOf(reporter), 0, "the reporter was paid");
    }
}
