// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CanonicalVote} from "../../contracts/slashing/CanonicalVote.sol";
import {Test} from "./Test.sol";

/// @notice Reads the CometBFT vote vectors of `test/fixtures/cometbft-votes.json` (made by
///         `crates/metis-stake/tests/cometbft_votes.rs` with tendermint-rs).
abstract contract CometVotes is Test {
    /// @notice How many cases the file holds.
    uint256 internal constant CASES = 11;

    string internal fixtures = vm.readFile("test/fixtures/cometbft-votes.json");

    function _case(uint256 i, string memory field) internal pure returns (string memory) {
        return string.concat(".cases[", vm.toString(i), "].", field);
    }

    function _key(uint256 i, string memory vote, string memory field) internal pure returns (string memory) {
        return string.concat(".cases[", vm.toString(i), "].", vote, ".", field);
    }

    function _name(uint256 i) internal view returns (string memory) {
        return vm.parseJsonString(fixtures, _case(i, "name"));
    }

    /// @dev Case `i`'s vote `vote` ("voteA" or "voteB") as the contracts take it.
    function _vote(uint256 i, string memory vote) internal view returns (CanonicalVote.Vote memory v) {
        v.voteType = uint8(vm.parseJsonUint(fixtures, _key(i, vote, "type")));
        v.height = uint64(vm.parseJsonUint(fixtures, _key(i, vote, "height")));
        v.round = uint32(vm.parseJsonUint(fixtures, _key(i, vote, "round")));
        if (!vm.parseJsonBool(fixtures, _key(i, vote, "nilBlock"))) {
            v.blockHash = vm.parseJsonBytes32(fixtures, _key(i, vote, "blockHash"));
            v.partsTotal = uint32(vm.parseJsonUint(fixtures, _key(i, vote, "partsTotal")));
            v.partsHash = vm.parseJsonBytes32(fixtures, _key(i, vote, "partsHash"));
        }
        v.timestampSeconds = uint64(vm.parseJsonUint(fixtures, _key(i, vote, "timestampSeconds")));
        v.timestampNanos = uint32(vm.parseJsonUint(fixtures, _key(i, vote, "timestampNanos")));
    }

    function _sig(uint256 i, string memory vote) internal view returns (bytes memory) {
        return vm.parseJsonBytes(fixtures, _key(i, vote, "signature"));
    }

    function _chainId(uint256 i, string memory vote) internal view returns (bytes memory) {
        return bytes(vm.parseJsonString(fixtures, _key(i, vote, "chainId")));
    }

    function _signer(uint256 i) internal view returns (address) {
        return vm.parseJsonAddress(fixtures, _case(i, "signer"));
    }

    function _expect(uint256 i) internal view returns (string memory) {
        return vm.parseJsonString(fixtures, _case(i, "expect"));
    }
}
