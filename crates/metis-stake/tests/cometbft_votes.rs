//! Test vectors of CometBFT votes from the reference implementation (tendermint-rs 0.41),
//! for the equivocation slasher (issue 20): the forge tests read
//! `test/fixtures/cometbft-votes.json` with `vm.readFile` and `vm.parseJson`.
//!
//! Every vote is built as a `tendermint::vote::Vote`, its sign bytes are tendermint-rs's
//! `CanonicalVote` encoding (`Vote::into_signable_vec`: length-delimited protobuf of type,
//! height and round as sfixed64, the canonical block id, the timestamp and the chain id), it
//! is signed with a secp256k1 key over SHA-256 of those bytes (k256, as CometBFT's
//! `secp256k1.PrivKey.Sign`), and the signature is checked with tendermint-rs's own verifier.
//! The evidence of each pair is also written as the CometBFT RPC returns it (the `Evidence`
//! JSON of tendermint-proto, `{"type": "tendermint/DuplicateVoteEvidence", "value": ...}`),
//! for `metis-stake evidence submit`.
//!
//! The file is generated, never edited: this test regenerates it and fails when the committed
//! file differs (`METIS_WRITE_FIXTURES=1 cargo test --test cometbft_votes` rewrites it).

mod common;
use alloy::primitives::{keccak256, Address};
use k256::ecdsa::signature::Signer;
use k256::ecdsa::{Signature as K256Signature, SigningKey};
use serde_json::{json, Value};
use tendermint::block::{self, parts, Height, Round};
use tendermint::chain;
use tendermint::crypto::default::signature::Verifier;
use tendermint::crypto::signature::Verifier as _;
use tendermint::hash::Hash;
use tendermint::vote::{self, ValidatorIndex, Vote};
use tendermint::{account, PublicKey, Signature, Time};

/// The L2's CometBFT chain id the fixtures use as the right one.
const CHAIN_ID: &str = "metis-sequencer-1";

/// A deterministic secp256k1 node key: the scalar `seed` (small, never zero).
fn key(seed: u8) -> SigningKey {
    let mut bytes = [0u8; 32];
    bytes[31] = seed;
    bytes[0] = 0x11;
    SigningKey::from_slice(&bytes).expect("a valid scalar")
}

/// The node key's uncompressed public key without its 0x04 prefix (x || y, 64 bytes), the
/// Ethereum address the locking contract binds, and CometBFT's validator address.
fn identities(k: &SigningKey) -> (Vec<u8>, Address, account::Id) {
    let vk = *k.verifying_key();
    let point = vk.to_sec1_point(false);
    let xy = point.as_bytes()[1..].to_vec();
    let signer = Address::from_slice(&keccak256(&xy)[12..]);
    (xy, signer, account::Id::from(PublicKey::Secp256k1(vk)))
}

fn block_id(tag: u8, total: u32) -> block::Id {
    block::Id {
        hash: Hash::Sha256([tag; 32]),
        part_set_header: parts::Header::new(total, Hash::Sha256([tag ^ 0xff; 32])).unwrap(),
    }
}

/// One vote before signing.
struct Spec {
    vote_type: vote::Type,
    height: u64,
    round: u32,
    block: Option<block::Id>,
    seconds: i64,
    nanos: u32,
}

/// A vote as the contract takes it, with its sign bytes and signature, and the tendermint-rs
/// vote (for the RPC JSON).
fn signed(k: &SigningKey, s: &Spec, chain_id: &str, high_s: bool) -> (Value, Vote) {
    let (_, _, address) = identities(k);
    let mut v = Vote {
        vote_type: s.vote_type,
        height: Height::try_from(s.height).unwrap(),
        round: Round::try_from(s.round).unwrap(),
        block_id: s.block,
        timestamp: Some(Time::from_unix_timestamp(s.seconds, s.nanos).unwrap()),
        validator_address: address,
        validator_index: ValidatorIndex::try_from(0u32).unwrap(),
        signature: None,
        extension: Vec::new(),
        extension_signature: None,
    };
    let chain = chain::Id::try_from(chain_id.to_string()).unwrap();
    let sign_bytes = v.clone().into_signable_vec(chain);
    let sig: K256Signature = k.sign(&sign_bytes);
    let sig = if high_s {
        let s_high = -*sig.s();
        K256Signature::from_scalars(sig.r().to_bytes(), s_high.to_bytes()).unwrap()
    } else {
        sig
    };
    let sig_bytes = sig.to_bytes().to_vec();
    let accepted = Verifier
        .verify(
            PublicKey::Secp256k1(*k.verifying_key()),
            &sign_bytes,
            &Signature::new(&sig_bytes).unwrap().unwrap(),
        )
        .is_ok();
    v.signature = Signature::new(&sig_bytes).unwrap();
    let (block_hash, parts_total, parts_hash) = match &s.block {
        Some(b) => (
            hex(b.hash.as_bytes()),
            b.part_set_header.total,
            hex(b.part_set_header.hash.as_bytes()),
        ),
        None => ("0x".to_string(), 0, "0x".to_string()),
    };
    let j = json!({
        "type": s.vote_type as u8,
        "height": s.height.to_string(),
        "round": s.round,
        "nilBlock": s.block.is_none(),
        "blockHash": block_hash,
        "partsTotal": parts_total,
        "partsHash": parts_hash,
        "timestampSeconds": s.seconds.to_string(),
        "timestampNanos": s.nanos,
        "chainId": chain_id,
        "signBytes": hex(&sign_bytes),
        "signature": hex(&sig_bytes),
        "acceptedByTendermintRs": accepted,
    });
    (j, v)
}

fn hex(b: &[u8]) -> String {
    format!("0x{}", alloy::primitives::hex::encode(b))
}

/// The evidence as CometBFT's RPC returns it in a block (`/block`, `evidence.evidence[i]`).
fn rpc_evidence(a: Vote, b: Vote) -> Value {
    use tendermint_proto::v0_38::types::{evidence::Sum, DuplicateVoteEvidence, Evidence};
    let raw = Evidence {
        sum: Some(Sum::DuplicateVoteEvidence(DuplicateVoteEvidence {
            vote_a: Some(a.into()),
            vote_b: Some(b.into()),
            total_voting_power: 100,
            validator_power: 10,
            timestamp: Some(Time::from_unix_timestamp(1_767_225_600, 0).unwrap().into()),
        })),
    };
    serde_json::to_value(raw.sum.unwrap()).unwrap()
}

/// A case: two votes by `signer_a` and `signer_b`, what the slasher must answer.
struct Case {
    name: &'static str,
    about: &'static str,
    a: (u8, Spec, &'static str, bool),
    b: (u8, Spec, &'static str, bool),
    /// "slash", or the reason for a refusal.
    expect: &'static str,
}

fn spec(
    vote_type: vote::Type,
    height: u64,
    round: u32,
    block: Option<block::Id>,
    seconds: i64,
    nanos: u32,
) -> Spec {
    Spec {
        vote_type,
        height,
        round,
        block,
        seconds,
        nanos,
    }
}

fn cases() -> Vec<Case> {
    use vote::Type::{Precommit, Prevote};
    const T: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z
    vec![
        Case {
            name: "prevote_round0",
            about: "two prevotes for different blocks at round 0 (round 0 is omitted from the encoding: a protobuf default)",
            a: (1, spec(Prevote, 1_000, 0, Some(block_id(0xa1, 1)), T, 123_456_789), CHAIN_ID, false),
            b: (1, spec(Prevote, 1_000, 0, Some(block_id(0xb2, 1)), T, 223_456_789), CHAIN_ID, false),
            expect: "slash",
        },
        Case {
            name: "precommit_nil_and_block",
            about: "a precommit for nil (no block id in the encoding) and one for a block, round 2",
            a: (2, spec(Precommit, 77, 2, None, T + 5, 0), CHAIN_ID, false),
            b: (2, spec(Precommit, 77, 2, Some(block_id(0xc3, 4)), T + 5, 1), CHAIN_ID, false),
            expect: "slash",
        },
        Case {
            name: "large_height_no_nanos",
            about: "height 2^62 + 12345 and round 1000 (sfixed64), timestamps of whole seconds (nanos omitted)",
            a: (3, spec(Precommit, (1 << 62) + 12_345, 1_000, Some(block_id(0x11, 65_535)), T + 86_400, 0), CHAIN_ID, false),
            b: (3, spec(Precommit, (1 << 62) + 12_345, 1_000, Some(block_id(0x22, 2)), T + 86_400, 0), CHAIN_ID, false),
            expect: "slash",
        },
        Case {
            name: "high_s",
            about: "vote A's signature with s replaced by n - s: tendermint-rs refuses it; the slasher must refuse it or normalise it",
            a: (4, spec(Prevote, 9, 0, Some(block_id(0x31, 1)), T, 5), CHAIN_ID, true),
            b: (4, spec(Prevote, 9, 0, Some(block_id(0x32, 1)), T, 6), CHAIN_ID, false),
            expect: "HighS",
        },
        Case {
            name: "other_chain",
            about: "a genuine conflict, signed for another chain id",
            a: (5, spec(Prevote, 50, 0, Some(block_id(0x41, 1)), T, 0), "other-chain-7", false),
            b: (5, spec(Prevote, 50, 0, Some(block_id(0x42, 1)), T, 0), "other-chain-7", false),
            expect: "WrongChain",
        },
        Case {
            name: "same_vote_twice",
            about: "the same vote twice: not a conflict",
            a: (6, spec(Precommit, 60, 0, Some(block_id(0x51, 1)), T, 7), CHAIN_ID, false),
            b: (6, spec(Precommit, 60, 0, Some(block_id(0x51, 1)), T, 7), CHAIN_ID, false),
            expect: "NotConflicting",
        },
        Case {
            name: "same_block_other_time",
            about: "the same block at two timestamps: CometBFT does not count this as equivocation",
            a: (6, spec(Precommit, 61, 0, Some(block_id(0x52, 1)), T, 7), CHAIN_ID, false),
            b: (6, spec(Precommit, 61, 0, Some(block_id(0x52, 1)), T + 1, 7), CHAIN_ID, false),
            expect: "NotConflicting",
        },
        Case {
            name: "different_rounds",
            about: "different blocks but at different rounds: not a conflict",
            a: (7, spec(Prevote, 70, 0, Some(block_id(0x61, 1)), T, 0), CHAIN_ID, false),
            b: (7, spec(Prevote, 70, 1, Some(block_id(0x62, 1)), T, 0), CHAIN_ID, false),
            expect: "NotConflicting",
        },
        Case {
            name: "prevote_and_precommit",
            about: "a prevote and a precommit for different blocks: different vote types, not a conflict",
            a: (7, spec(Prevote, 71, 0, Some(block_id(0x63, 1)), T, 0), CHAIN_ID, false),
            b: (7, spec(Precommit, 71, 0, Some(block_id(0x64, 1)), T, 0), CHAIN_ID, false),
            expect: "NotConflicting",
        },
        Case {
            name: "two_signers",
            about: "two keys voting for different blocks: not one validator's equivocation",
            a: (8, spec(Prevote, 80, 0, Some(block_id(0x71, 1)), T, 0), CHAIN_ID, false),
            b: (9, spec(Prevote, 80, 0, Some(block_id(0x72, 1)), T, 0), CHAIN_ID, false),
            expect: "DifferentSigners",
        },
        Case {
            name: "varint_edges",
            about: "part counts and nanoseconds at the varint's edges: 128 (the first two-byte value), 127, 16,384 (the first three-byte value) and 999,999,999 (the largest nanos)",
            a: (10, spec(Prevote, 128, 0, Some(block_id(0x81, 128)), T + 128, 128), CHAIN_ID, false),
            b: (10, spec(Prevote, 128, 0, Some(block_id(0x82, 16_384)), T + 127, 999_999_999), CHAIN_ID, false),
            expect: "slash",
        },
    ]
}

fn generate() -> Value {
    let mut out = Vec::new();
    for c in cases() {
        let (ka, kb) = (key(c.a.0), key(c.b.0));
        let (va, vote_a) = signed(&ka, &c.a.1, c.a.2, c.a.3);
        let (vb, vote_b) = signed(&kb, &c.b.1, c.b.2, c.b.3);
        let (pubkey, signer, address) = identities(&ka);
        let (pubkey_b, signer_b, _) = identities(&kb);
        out.push(json!({
            "name": c.name,
            "about": c.about,
            "expect": c.expect,
            "pubkey": hex(&pubkey),
            "signer": signer,
            "validatorAddress": address.to_string(),
            "pubkeyB": hex(&pubkey_b),
            "signerB": signer_b,
            "voteA": va,
            "voteB": vb,
            "rpcEvidence": rpc_evidence(vote_a, vote_b),
        }));
    }
    json!({
        "generator": "crates/metis-stake/tests/cometbft_votes.rs: tendermint-rs 0.41.0 (CanonicalVote sign bytes, secp256k1 verifier), k256 0.14.0 (signing)",
        "chainId": CHAIN_ID,
        "cases": out,
    })
}

#[test]
fn fixtures_are_the_reference_implementations() {
    let fresh = serde_json::to_string_pretty(&generate()).unwrap() + "\n";
    let path = common::workspace_root().join("test/fixtures/cometbft-votes.json");
    if std::env::var("METIS_WRITE_FIXTURES").is_ok() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} differs from what tendermint-rs gives: regenerate it with METIS_WRITE_FIXTURES=1 cargo test -p metis-stake --test cometbft_votes",
        path.display()
    );
}

#[test]
fn every_honest_signature_verifies_and_the_high_s_one_does_not() {
    let g = generate();
    for c in g["cases"].as_array().unwrap() {
        let high = c["name"] == "high_s";
        assert_eq!(c["voteA"]["acceptedByTendermintRs"], !high, "{}", c["name"]);
        assert_eq!(c["voteB"]["acceptedByTendermintRs"], true, "{}", c["name"]);
    }
}

#[test]
fn the_rpc_evidence_parses_back_into_tendermint_types() {
    let g = generate();
    for c in g["cases"].as_array().unwrap() {
        let raw: tendermint_proto::v0_38::types::evidence::Sum =
            serde_json::from_value(c["rpcEvidence"].clone()).unwrap();
        let tendermint_proto::v0_38::types::evidence::Sum::DuplicateVoteEvidence(e) = raw else {
            panic!("not a duplicate vote");
        };
        let a = Vote::try_from(e.vote_a.unwrap()).unwrap();
        let chain =
            chain::Id::try_from(c["voteA"]["chainId"].as_str().unwrap().to_string()).unwrap();
        assert_eq!(
            hex(&a.into_signable_vec(chain)),
            c["voteA"]["signBytes"].as_str().unwrap(),
            "{}",
            c["name"]
        );
    }
}
