// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title CanonicalVote
/// @notice The bytes a CometBFT validator signs for a vote, rebuilt on chain: the
///         length-delimited protobuf of `CanonicalVote` (cometbft/proto/tendermint/types/
///         canonical.proto), as `VoteSignBytes` (Go) and tendermint-rs
///         (`Vote::into_signable_vec`) encode it. Checked against tendermint-rs's own
///         encoding (`test/fixtures/cometbft-votes.json`, `test/unit/CanonicalVote.t.sol`).
/// @dev The message, field by field (proto3: a field at its default value is left out):
///      1. `type` (SignedMsgType, varint): 1 prevote, 2 precommit;
///      2. `height` (sfixed64): 8 bytes little-endian;
///      3. `round` (sfixed64): 8 bytes little-endian;
///      4. `block_id` (CanonicalBlockID): left out for a vote for nil (a zero block id),
///         else `hash` (32 bytes) and `part_set_header` (`total` varint, `hash` 32 bytes);
///      5. `timestamp` (google.protobuf.Timestamp, never left out): `seconds` and `nanos`,
///         varints;
///      6. `chain_id` (string).
///      The whole message is prefixed with its length (varint), as `protoio.MarshalDelimited`.
library CanonicalVote {
    /// @notice A vote's signed fields. A vote for nil has `blockHash`, `partsTotal` and
    ///         `partsHash` all zero; any other vote has all three non-zero (CometBFT's
    ///         `BlockID` is either empty or complete).
    /// @param voteType 1 prevote, 2 precommit.
    /// @param height The block height (CometBFT: a positive int64).
    /// @param round The round (CometBFT: a non-negative int32).
    /// @param blockHash The block's hash (SHA-256, 32 bytes), zero for nil.
    /// @param partsTotal The block's part count, zero for nil.
    /// @param partsHash The parts' Merkle root, zero for nil.
    /// @param timestampSeconds The vote's time, whole seconds since 1970 (non-negative).
    /// @param timestampNanos Its nanoseconds, below 1e9.
    struct Vote {
        uint8 voteType;
        uint64 height;
        uint32 round;
        bytes32 blockHash;
        uint32 partsTotal;
        bytes32 partsHash;
        uint64 timestampSeconds;
        uint32 timestampNanos;
    }

    /// @notice A vote CometBFT would not sign: its type is neither prevote nor precommit,
    ///         its height is zero or above int64, its round above int32, its block id
    ///         partly zero, or its nanoseconds 1e9 or more.
    error MalformedVote();

    /// @notice The chain id is empty or longer than CometBFT allows (50 bytes).
    error MalformedChainId(uint256 length);

    /// @notice `vote`'s sign bytes for chain `chainId`.
    function signBytes(Vote memory vote, bytes memory chainId) internal pure returns (bytes memory) {
        check(vote);
        if (chainId.length == 0 || chainId.length > 50) revert MalformedChainId(chainId.length);
        bytes memory body = abi.encodePacked(
            bytes1(0x08),
            vote.voteType,
            bytes1(0x11),
            _le64(vote.height),
            vote.round == 0 ? bytes("") : abi.encodePacked(bytes1(0x19), _le64(vote.round)),
            _blockId(vote),
            _timestamp(vote.timestampSeconds, vote.timestampNanos),
            bytes1(0x32),
            uint8(chainId.length),
            chainId
        );
        return abi.encodePacked(_varint(body.length), body);
    }

    /// @notice Reverts `MalformedVote` unless CometBFT could have signed `vote`.
    function check(Vote memory vote) internal pure {
        bool nil = vote.blockHash == 0 && vote.partsTotal == 0 && vote.partsHash == 0;
        bool complete = vote.blockHash != 0 && vote.partsTotal != 0 && vote.partsHash != 0;
        if (
            (vote.voteType != 1 && vote.voteType != 2) || vote.height == 0
                || vote.height > uint64(type(int64).max) || vote.round > uint32(type(int32).max)
                || !(nil || complete) || vote.timestampNanos >= 1e9
        ) revert MalformedVote();
    }

    /// @dev Field 4, or nothing for nil: hash (field 1), part_set_header (field 2: total,
    ///      field 1; hash, field 2). Every length is below 128: one byte each.
    function _blockId(Vote memory vote) private pure returns (bytes memory) {
        if (vote.partsTotal == 0) return "";
        bytes memory total = _varint(vote.partsTotal);
        bytes memory psh = abi.encodePacked(bytes1(0x08), total, bytes1(0x12), bytes1(0x20), vote.partsHash);
        bytes memory bid = abi.encodePacked(
            bytes1(0x0a), bytes1(0x20), vote.blockHash, bytes1(0x12), uint8(psh.length), psh
        );
        return abi.encodePacked(bytes1(0x22), uint8(bid.length), bid);
    }

    /// @dev Field 5, always present: seconds (field 1) and nanos (field 2), each left out at 0.
    function _timestamp(uint64 seconds_, uint32 nanos) private pure returns (bytes memory) {
        bytes memory ts = abi.encodePacked(
            seconds_ == 0 ? bytes("") : abi.encodePacked(bytes1(0x08), _varint(seconds_)),
            nanos == 0 ? bytes("") : abi.encodePacked(bytes1(0x10), _varint(nanos))
        );
        return abi.encodePacked(bytes1(0x2a), uint8(ts.length), ts);
    }

    /// @dev `x` as 8 bytes, least significant first.
    function _le64(uint64 x) private pure returns (bytes8 out) {
        // slither-disable-next-line uninitialized-local (built up from 0 on purpose)
        uint64 r;
        for (uint256 i; i < 8; ++i) {
            r = (r << 8) | ((x >> (8 * i)) & 0xff);
        }
        return bytes8(r);
    }

    /// @dev Protobuf's varint: 7 bits per byte, least significant first, the high bit set on
    ///      every byte but the last.
    function _varint(uint256 x) private pure returns (bytes memory out) {
        out = new bytes(10);
        uint256 n;
        while (x >= 0x80) {
            out[n++] = bytes1(uint8(x & 0x7f) | 0x80);
            x >>= 7;
        }
        out[n++] = bytes1(uint8(x));
        assembly ("memory-safe") {
            mstore(out, n)
        }
    }
}
