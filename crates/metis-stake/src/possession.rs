//! Sequencer signer keys and their proof of possession.
//!
//! A position binds a node's secp256k1 key (64 bytes, uncompressed, without the 0x04
//! prefix). So that nobody can squat a key that is not theirs, the locking contract wants
//! an EIP-712 signature by that key over `Possession(owner, signer, nonce)` in the domain
//! `("SequencerLocking", "1", chainId, locking)`. `signer prove` makes it on the node's
//! machine, so the node key never travels.

use crate::error::CliError;
use alloy::primitives::{keccak256, Address, Bytes, Signature, B256, U256};
use alloy::signers::local::PrivateKeySigner;
use alloy::signers::SignerSync;
use alloy::sol;
use alloy::sol_types::{eip712_domain, SolStruct};
use eyre::Result;
use std::path::Path;

sol! {
    /// The typed message a signer key signs to prove possession (see ISequencerLocking).
    struct Possession {
        address owner;
        address signer;
        uint256 nonce;
    }
}

/// The digest the signer key signs (matches `SequencerLocking.possessionDigest`).
pub fn digest(
    owner: Address,
    signer: Address,
    nonce: U256,
    chain_id: u64,
    locking: Address,
) -> B256 {
    let domain = eip712_domain! {
        name: "SequencerLocking",
        version: "1",
        chain_id: chain_id,
        verifying_contract: locking,
    };
    Possession {
        owner,
        signer,
        nonce,
    }
    .eip712_signing_hash(&domain)
}

/// The 64-byte public key (x || y) of a private key.
pub fn public_key(key: &PrivateKeySigner) -> Bytes {
    let point = key.credential().verifying_key().to_encoded_point(false);
    Bytes::copy_from_slice(&point.as_bytes()[1..])
}

/// The address a 64-byte public key signs as.
pub fn signer_of(pubkey: &[u8]) -> Address {
    Address::from_slice(&keccak256(pubkey)[12..])
}

/// Signs the proof: 65 bytes, r || s || v (v = 27 or 28).
pub fn prove(
    key: &PrivateKeySigner,
    owner: Address,
    nonce: U256,
    chain_id: u64,
    locking: Address,
) -> Result<Bytes> {
    let hash = digest(owner, key.address(), nonce, chain_id, locking);
    let sig = key
        .sign_hash_sync(&hash)
        .map_err(|e| CliError::failed(format!("cannot sign the proof: {e}")))?;
    Ok(Bytes::copy_from_slice(&sig.as_bytes()))
}

/// Who signed `proof` over `hash`, if it is a well-formed signature.
pub fn recover(proof: &[u8], hash: B256) -> Option<Address> {
    let sig = Signature::try_from(proof).ok()?;
    sig.recover_address_from_prehash(&hash).ok()
}

/// Parses a public key given on the command line: 64 bytes of hex, or 65 with the 0x04 prefix.
pub fn parse_pubkey(s: &str) -> Result<Bytes, String> {
    let bytes = alloy::hex::decode(s.trim()).map_err(|_| format!("'{s}' is not hex"))?;
    match bytes.len() {
        64 => {}
        65 if bytes[0] == 4 => return Ok(Bytes::copy_from_slice(&bytes[1..])),
        n => {
            return Err(format!(
                "a sequencer public key is 64 bytes (uncompressed x || y), this one is {n} bytes"
            ))
        }
    }
    if bytes.iter().all(|b| *b == 0) {
        return Err("the zero public key cannot be a sequencer key".into());
    }
    Ok(Bytes::from(bytes))
}

/// Parses a proof given on the command line: 65 bytes of hex.
pub fn parse_proof(s: &str) -> Result<Bytes, String> {
    let bytes = alloy::hex::decode(s.trim()).map_err(|_| format!("'{s}' is not hex"))?;
    if bytes.len() != 65 {
        return Err(format!(
            "a proof of possession is 65 bytes, this one is {} bytes",
            bytes.len()
        ));
    }
    Ok(Bytes::from(bytes))
}

/// Reads a node key file: a hex private key (geth `nodekey` style, with or without 0x), or
/// an encrypted JSON keystore (then `password_file` is required).
pub fn read_key_file(path: &Path, password_file: Option<&Path>) -> Result<PrivateKeySigner> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::usage(format!("cannot read key file {}: {e}", path.display())))?;
    if text.trim_start().starts_with('{') {
        let pw_path = password_file.ok_or_else(|| {
            CliError::usage(format!("{} is an encrypted keystore", path.display()))
                .hint("pass --key-password-file <FILE> with its password")
        })?;
        let password = std::fs::read_to_string(pw_path)
            .map_err(|e| CliError::usage(format!("cannot read {}: {e}", pw_path.display())))?;
        return PrivateKeySigner::decrypt_keystore(path, password.trim_end_matches(['\n', '\r']))
            .map_err(|e| {
                CliError::failed(format!("cannot open keystore {}: {e}", path.display())).into()
            });
    }
    text.trim().parse::<PrivateKeySigner>().map_err(|_| {
        CliError::usage(format!(
            "{} does not hold a secp256k1 private key",
            path.display()
        ))
        .hint("the file holds 32 bytes of hex (optionally 0x-prefixed) or a JSON keystore")
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proof_recovers_to_the_key_of_the_public_key() {
        let key = PrivateKeySigner::random();
        let pk = public_key(&key);
        assert_eq!(pk.len(), 64);
        assert_eq!(signer_of(&pk), key.address());
        let owner = Address::repeat_byte(7);
        let locking = Address::repeat_byte(9);
        let proof = prove(&key, owner, U256::from(3), 31337, locking).unwrap();
        assert_eq!(proof.len(), 65);
        assert!(proof[64] == 27 || proof[64] == 28);
        let hash = digest(owner, key.address(), U256::from(3), 31337, locking);
        assert_eq!(recover(&proof, hash), Some(key.address()));
        let other = digest(
            Address::repeat_byte(8),
            key.address(),
            U256::from(3),
            31337,
            locking,
        );
        assert_ne!(recover(&proof, other), Some(key.address()));
    }

    #[test]
    fn parses_public_keys_and_refuses_bad_ones() {
        let key = PrivateKeySigner::random();
        let pk = public_key(&key);
        assert_eq!(parse_pubkey(&alloy::hex::encode_prefixed(&pk)).unwrap(), pk);
        let mut with_prefix = vec![4u8];
        with_prefix.extend_from_slice(&pk);
        assert_eq!(parse_pubkey(&alloy::hex::encode(&with_prefix)).unwrap(), pk);
        assert!(parse_pubkey("0x1234").unwrap_err().contains("2 bytes"));
        assert!(parse_pubkey("zz").unwrap_err().contains("not hex"));
        assert!(parse_pubkey(&"00".repeat(64)).unwrap_err().contains("zero"));
        assert!(parse_proof("0x00").unwrap_err().contains("65 bytes"));
    }
}
