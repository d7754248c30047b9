// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CanonicalVote} from "../../contracts/slashing/CanonicalVote.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {Test} from "./Test.sol";

/// @notice The first step of a report to the equivocation slasher, as `metis-stake evidence
///         submit` makes it: commit to (offence, reporter, a fresh salt), then a block passes.
abstract contract Reports is Test {
    uint256 private _salts;

    /// @dev Commits `reporter`'s report of votes `a` and `b` (signatures `sigA`, `sigB`) to
    ///      `slasher` and rolls to the next block; returns the salt to reveal with. Evidence
    ///      without a sequencer signer gets a commitment all the same (of offence 0): its reveal
    ///      is refused for the evidence, before the commitment is looked at.
    function _commitReport(
        EquivocationSlasher slasher,
        CanonicalVote.Vote memory a,
        bytes memory sigA,
        CanonicalVote.Vote memory b,
        bytes memory sigB,
        address reporter
    ) internal returns (bytes32 salt) {
        salt = keccak256(abi.encode("a report's salt", ++_salts));
        bytes32 offence;
        try slasher.signerOf(a, sigA, b, sigB) returns (address signer) {
            offence = slasher.offenceKey(signer, a.height, a.round, a.voteType);
        } catch {}
        slasher.commit(slasher.commitmentOf(offence, reporter, salt));
        vm.roll(block.number + 1);
    }
}
