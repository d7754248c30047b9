// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {Vm} from "./Vm.sol";

/// @notice Builds node keys and EIP-712 proofs of possession for `SequencerLocking` in tests.
/// @dev The digest is computed here from the EIP-712 definition, independently of the contract's
///      `possessionDigest`, so tests check the contract against the standard (and against what
///      the CLI builds), not against itself.
abstract contract PossessionProofs {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant POSSESSION_TYPEHASH_ =
        keccak256("Possession(address owner,address signer,uint256 nonce)");

    /// @notice A deterministic node private key for index `i` (never 0, below the curve order).
    function nodeKey(uint256 i) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode("metis-stake node key", i)))
            % 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141 + 1;
    }

    /// @notice The 64-byte uncompressed public key (x || y) of `privateKey`.
    function pubkeyOf(uint256 privateKey) internal returns (bytes memory) {
        Vm.Wallet memory w = VM.createWallet(privateKey);
        return abi.encodePacked(w.publicKeyX, w.publicKeyY);
    }

    /// @notice The address of a 64-byte public key.
    function signerOfKey(bytes memory pubkey) internal pure returns (address) {
        return address(uint160(uint256(keccak256(pubkey))));
    }

    /// @notice The EIP-712 digest of `Possession(owner, signer, nonce)` for `locking` on this chain.
    function expectedDigest(address locking, address owner, address signer, uint256 nonce)
        internal
        view
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH, keccak256("SequencerLocking"), keccak256("1"), block.chainid, locking
            )
        );
        bytes32 structHash = keccak256(abi.encode(POSSESSION_TYPEHASH_, owner, signer, nonce));
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @notice A 65-byte (r, s, v) signature by `privateKey` over `digest`.
    function signDigest(uint256 privateKey, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = VM.sign(privateKey, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @notice A proof by node key `privateKey` for `owner` at an explicit `nonce`.
    function proofWithNonce(ISequencerLocking locking, uint256 privateKey, address owner, uint256 nonce)
        internal
        view
        returns (bytes memory)
    {
        address signer = VM.addr(privateKey);
        return signDigest(privateKey, expectedDigest(address(locking), owner, signer, nonce));
    }

    /// @notice A proof by node key `privateKey` for `owner` at the owner's current nonce.
    function proofFor(ISequencerLocking locking, uint256 privateKey, address owner)
        internal
        view
        returns (bytes memory)
    {
        return proofWithNonce(locking, privateKey, owner, locking.nonces(owner));
    }
}
