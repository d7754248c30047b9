//! Sequencer signer keys and their proof of possession.
//!
//! A position binds a node's secp256k1 key (64 bytes, uncompressed, without the 0x04
//! prefix). So that nobody can squat a key that is not theirs, the locking contract wants
//! an EIP-712 signature by that key over `Possession(owner, signer, nonce)` in the domain
//! `("SequencerLocking", "1", chainId, locking)`. `signer prove` makes it on the node's
//! machine, so the node key never travels.
//!
//! The key itself comes in the forms a node operator has it (a hex key, an Ethereum keystore,
//! CometBFT's `priv_validator_key.json`, CometBFT's printed public key): see [`keys`].

mod keys;

pub use keys::{parse_pubkey, read_key_file};

use crate::error::CliError;
use alloy::primitives::{keccak256, uint, Address, Bytes, Signature, B256, U256};
use alloy::signers::local::PrivateKeySigner;
use alloy::signers::SignerSync;
use alloy::sol;
use alloy::sol_types::{eip712_domain, SolStruct};
use eyre::Result;

/// n, the order of secp256k1's group (SEC 2 v2, §2.4.1): r and s of a signature lie in [1, n).
const N: U256 = uint!(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141_U256);

/// The largest s that EIP-2 (and OpenZeppelin's `ECDSA`) accepts: n / 2, rounded down.
const HALF_N: U256 = uint!(0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0_U256);

sol! {
    /// The typed message a signer key signs to prove possession (see ISequencerLocking).
    struct Possession {
        address owner;
        address signer;
        uint256 nonce;
    }
}

/// The EIP-712 digest the signer key signs (matches `SequencerLocking.possessionDigest`):
/// `keccak256(0x1901 || domainSeparator || hashStruct(Possession(owner, signer, nonce)))`.
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

/// The 64-byte public key (x || y, big-endian, no 0x04 prefix) of a private key.
pub fn public_key(key: &PrivateKeySigner) -> Bytes {
    let point = key.credential().verifying_key().to_encoded_point(false);
    Bytes::copy_from_slice(&point.as_bytes()[1..])
}

/// The address a 64-byte public key signs as: the last 20 bytes of `keccak256(x || y)`.
pub fn signer_of(pubkey: &[u8]) -> Address {
    Address::from_slice(&keccak256(pubkey)[12..])
}

/// Signs the proof: 65 bytes, r || s || v, with v = 27 or 28 and a low s (s <= n/2), the one
/// form the contract accepts (see [`parse_proof`]).
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
    Ok(Bytes::copy_from_slice(&sig.normalized_s().as_bytes()))
}

/// Who the contract would say signed `proof` over `hash`, judged as OpenZeppelin's
/// `ECDSA.tryRecoverCalldata` judges it: `None` (the contract's address 0) unless `proof` is
/// 65 bytes r || s || v with v = 27 or 28, s <= n/2 and a point that recovers. A proof given
/// on the command line has been through [`parse_proof`], which puts it in that form.
/// The CLI leaves a proof to the contract wherever the contract judges it (in the
/// simulation); this mirror serves where none does yet: a vault stores a node operator's
/// proof unchecked, and the locking contract judges it only when the position is created
/// (`lst add-operator` checks it at registration), and in tests.
pub fn recover(proof: &[u8], hash: B256) -> Option<Address> {
    if proof.len() != 65 {
        return None;
    }
    let y_parity = match proof[64] {
        27 => false,
        28 => true,
        _ => return None,
    };
    let sig = Signature::from_bytes_and_parity(&proof[..64], y_parity);
    if sig.s() > HALF_N {
        return None;
    }
    sig.recover_address_from_prehash(&hash).ok()
}

/// Parses a proof of possession given on the command line: 65 bytes of hex (0x optional),
/// r || s || v, each of r and s 32 bytes big-endian, v one byte. Returns it in the one form
/// the contract accepts: v = 27 or 28 and s <= n/2.
///
/// Why rewrite it: the contract checks the proof with OpenZeppelin's `ECDSA.tryRecoverCalldata`,
/// which refuses any v but 27 or 28 and, as Ethereum has since EIP-2, any s above n/2 (the
/// other half is the malleable twin of each signature); it answers address 0 and the lock
/// reverts. Yet many signers write v as the bare recovery bit (0 or 1), and signers outside
/// Ethereum need not keep s low. Both are the same signature: v = 0/1 is 27/28 less 27, and
/// (r, n - s) with the recovery bit flipped recovers the same key as (r, s). So v becomes 27/28
/// and a high s becomes n - s with the bit flipped: the signer it recovers to is unchanged.
///
/// Refused: anything but 65 bytes of hex; v other than 0, 1, 27 or 28 (v >= 35 is EIP-155, for
/// transactions, not for typed data); r or s zero or not below n.
pub fn parse_proof(text: &str) -> Result<Bytes, String> {
    let bytes = alloy::hex::decode(text.trim())
        .map_err(|_| "a proof of possession is 65 bytes of hex (r || s || v), this is not hex")?;
    let Ok(bytes) = <[u8; 65]>::try_from(bytes.as_slice()) else {
        return Err(format!(
            "a proof of possession is 65 bytes (r || s || v), this one is {} bytes",
            bytes.len()
        ));
    };
    let mut y_parity = match bytes[64] {
        0 | 27 => false,
        1 | 28 => true,
        v => {
            return Err(format!(
                "the proof's v (last byte) is {v}; it must be 27 or 28 (or 0 or 1)"
            ))
        }
    };
    let r = U256::from_be_slice(&bytes[..32]);
    let mut s = U256::from_be_slice(&bytes[32..64]);
    for (name, x) in [("r", r), ("s", s)] {
        if x.is_zero() || x >= N {
            return Err(format!(
                "the proof's {name} is {}; it must be between 1 and n - 1 (n: the order of secp256k1)",
                if x.is_zero() { "zero" } else { "not below n" }
            ));
        }
    }
    if s > HALF_N {
        s = N - s;
        y_parity = !y_parity;
    }
    Ok(Bytes::copy_from_slice(
        &Signature::new(r, s, y_parity).as_bytes(),
    ))
}

/// The node key as given: public key + proof from `signer prove`, or the key file itself.
pub enum NodeKey {
    Given { pubkey: Bytes, proof: Bytes },
    File(PrivateKeySigner),
}

impl NodeKey {
    /// Reads the key file if one is given (no RPC): formats are checked here, the rest is
    /// the contract's to judge.
    pub fn from_opts(k: &crate::opts::NodeKeyOpts) -> Result<Self> {
        if let (Some(pubkey), Some(proof)) = (&k.pubkey, &k.proof) {
            return Ok(Self::Given {
                pubkey: pubkey.clone(),
                proof: proof.clone(),
            });
        }
        let path = k
            .key_file
            .as_ref()
            .ok_or_else(|| CliError::usage("pass --pubkey and --proof, or --key-file"))?;
        Ok(Self::File(read_key_file(
            path,
            k.key_password_file.as_deref(),
        )?))
    }

    pub fn pubkey(&self) -> Bytes {
        match self {
            Self::Given { pubkey, .. } => pubkey.clone(),
            Self::File(k) => public_key(k),
        }
    }

    pub fn needs_nonce(&self) -> bool {
        matches!(self, Self::File(_))
    }

    /// The proof for `owner` at `nonce` (made here from the key file, or as given).
    pub fn proof(
        &self,
        owner: Address,
        nonce: U256,
        chain_id: u64,
        locking: Address,
    ) -> Result<Bytes> {
        match self {
            Self::Given { proof, .. } => Ok(proof.clone()),
            Self::File(k) => prove(k, owner, nonce, chain_id, locking),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWNER: Address = Address::repeat_byte(7);
    const LOCKING: Address = Address::repeat_byte(9);

    fn good_proof(key: &PrivateKeySigner) -> (Bytes, B256) {
        let nonce = U256::from(3);
        let proof = prove(key, OWNER, nonce, 31337, LOCKING).unwrap();
        (proof, digest(OWNER, key.address(), nonce, 31337, LOCKING))
    }

    /// The malleable twin of a good proof: (r, n - s), the recovery bit flipped.
    fn high_s(proof: &[u8]) -> Vec<u8> {
        let mut out = proof.to_vec();
        let s = U256::from_be_slice(&proof[32..64]);
        out[32..64].copy_from_slice(&(N - s).to_be_bytes::<32>());
        out[64] = if proof[64] == 27 { 28 } else { 27 };
        out
    }

    fn hex(b: &[u8]) -> String {
        alloy::hex::encode_prefixed(b)
    }

    #[test]
    fn proof_recovers_to_the_key_of_the_public_key() {
        let key = PrivateKeySigner::random();
        let pk = public_key(&key);
        assert_eq!(pk.len(), 64);
        assert_eq!(signer_of(&pk), key.address());
        let (proof, hash) = good_proof(&key);
        assert_eq!(proof.len(), 65);
        assert!(proof[64] == 27 || proof[64] == 28);
        assert!(U256::from_be_slice(&proof[32..64]) <= HALF_N, "low s");
        assert_eq!(recover(&proof, hash), Some(key.address()));
        let other = digest(
            Address::repeat_byte(8),
            key.address(),
            U256::from(3),
            31337,
            LOCKING,
        );
        assert_ne!(recover(&proof, other), Some(key.address()));
    }

    #[test]
    fn half_n_is_n_over_2_rounded_down() {
        assert_eq!(HALF_N, N >> 1);
        assert_eq!(HALF_N + HALF_N + U256::from(1), N);
    }

    #[test]
    fn a_good_proof_parses_unchanged() {
        let key = PrivateKeySigner::random();
        let (proof, _) = good_proof(&key);
        assert_eq!(parse_proof(&hex(&proof)).unwrap(), proof);
        let bare = alloy::hex::encode(&proof);
        assert_eq!(parse_proof(&format!("  {bare}\n")).unwrap(), proof);
    }

    #[test]
    fn v_0_or_1_becomes_27_or_28_and_recovers_the_same_signer() {
        for _ in 0..4 {
            let key = PrivateKeySigner::random();
            let (proof, hash) = good_proof(&key);
            let mut bare_v = proof.to_vec();
            bare_v[64] -= 27;
            // What the contract would do with it as given: refuse it (address 0).
            assert_eq!(recover(&bare_v, hash), None);
            let fixed = parse_proof(&hex(&bare_v)).unwrap();
            assert_eq!(fixed, proof);
            assert_eq!(recover(&fixed, hash), Some(key.address()));
        }
    }

    #[test]
    fn a_high_s_becomes_low_with_the_bit_flipped_and_recovers_the_same_signer() {
        for _ in 0..4 {
            let key = PrivateKeySigner::random();
            let (proof, hash) = good_proof(&key);
            let twin = high_s(&proof);
            assert!(U256::from_be_slice(&twin[32..64]) > HALF_N);
            // alloy would recover the twin (it normalises), the contract would not.
            let lenient = Signature::try_from(twin.as_slice()).unwrap();
            assert_eq!(
                lenient.recover_address_from_prehash(&hash).unwrap(),
                key.address()
            );
            assert_eq!(recover(&twin, hash), None);
            let fixed = parse_proof(&hex(&twin)).unwrap();
            assert_eq!(fixed, proof);
            assert_eq!(recover(&fixed, hash), Some(key.address()));

            // Both at once: a high s and a bare recovery bit.
            let mut both = twin.clone();
            both[64] -= 27;
            assert_eq!(parse_proof(&hex(&both)).unwrap(), proof);
        }
    }

    #[test]
    fn refuses_proofs_the_contract_cannot_take() {
        let key = PrivateKeySigner::random();
        let (proof, _) = good_proof(&key);
        let with = |at: std::ops::Range<usize>, bytes: &[u8]| {
            let mut p = proof.to_vec();
            p[at].copy_from_slice(bytes);
            parse_proof(&hex(&p)).unwrap_err()
        };
        for v in [2u8, 26, 29, 35, 37, 255] {
            let e = with(64..65, &[v]);
            assert!(e.contains(&format!("v (last byte) is {v}")), "{e}");
        }
        assert!(with(0..32, &[0; 32]).contains("r is zero"));
        assert!(with(32..64, &[0; 32]).contains("s is zero"));
        assert!(with(0..32, &N.to_be_bytes::<32>()).contains("r is not below n"));
        assert!(with(32..64, &[0xff; 32]).contains("s is not below n"));
        assert!(parse_proof("0x00")
            .unwrap_err()
            .contains("this one is 1 bytes"));
        assert!(parse_proof(&hex(&proof[..64]))
            .unwrap_err()
            .contains("64 bytes"));
        assert!(parse_proof("zz").unwrap_err().contains("not hex"));
        assert!(parse_proof("").unwrap_err().contains("0 bytes"));
    }

    #[test]
    fn recover_refuses_what_the_contract_refuses() {
        let key = PrivateKeySigner::random();
        let (proof, hash) = good_proof(&key);
        assert_eq!(recover(&proof[..64], hash), None);
        let mut v35 = proof.to_vec();
        v35[64] = 35;
        assert_eq!(recover(&v35, hash), None);
        let mut r0 = proof.to_vec();
        r0[..32].fill(0);
        assert_eq!(recover(&r0, hash), None);
    }
}
