//! The active set as a CometBFT (Tendermint) validator set: what a consensus node loads
//! (the `validators` array of a genesis file).

use crate::error::CliError;
use alloy::primitives::U256;
use base64::Engine;
use eyre::Result;
use ripemd::Ripemd160;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The 33-byte compressed form of a 64-byte uncompressed secp256k1 key (x || y).
pub fn compress(pubkey: &[u8]) -> Result<[u8; 33]> {
    if pubkey.len() != 64 {
        return Err(CliError::failed(format!(
            "a sequencer key of {} bytes cannot be exported",
            pubkey.len()
        ))
        .into());
    }
    let mut out = [0u8; 33];
    out[0] = if pubkey[63] & 1 == 0 { 0x02 } else { 0x03 };
    out[1..].copy_from_slice(&pubkey[..32]);
    Ok(out)
}

/// CometBFT's secp256k1 address: RIPEMD160(SHA256(compressed key)), upper-case hex.
pub fn address(compressed: &[u8; 33]) -> String {
    let sha = Sha256::digest(compressed);
    let rip = Ripemd160::digest(sha);
    alloy::hex::encode_upper(rip)
}

/// One validator entry: address, `tendermint/PubKeySecp256k1` key, voting power, name.
pub fn validator(pubkey: &[u8], power: U256, name: &str) -> Result<Value> {
    let c = compress(pubkey)?;
    Ok(json!({
        "address": address(&c),
        "pub_key": { "type": "tendermint/PubKeySecp256k1", "value": base64::engine::general_purpose::STANDARD.encode(c) },
        "power": power.to_string(),
        "name": name,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compresses_by_the_parity_of_y() {
        let mut pk = [0u8; 64];
        pk[0] = 0xAB;
        pk[63] = 2;
        assert_eq!(compress(&pk).unwrap()[..2], [0x02, 0xAB]);
        pk[63] = 3;
        assert_eq!(compress(&pk).unwrap()[0], 0x03);
        assert!(compress(&[0u8; 33]).is_err());
    }

    #[test]
    fn address_is_ripemd_of_sha() {
        // The secp256k1 generator point G: a key anyone can check by hand.
        let g = alloy::hex::decode(
            "79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798\
             483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8",
        )
        .unwrap();
        let c = compress(&g).unwrap();
        assert_eq!(
            alloy::hex::encode(c),
            "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        );
        // hash160 of the compressed generator, as in Bitcoin's well-known example for key 1.
        assert_eq!(address(&c), "751E76E8199196D454941C45D1B3A323F1433BD6");
        let v = validator(&g, U256::from(20_000), "sequencer-1").unwrap();
        assert_eq!(v["power"], "20000");
        assert_eq!(v["pub_key"]["type"], "tendermint/PubKeySecp256k1");
    }
}
