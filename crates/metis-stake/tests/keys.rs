//! Node keys in the forms node operators have them, end to end against a real anvil:
//! CometBFT's priv_validator_key.json and printed public key (written here by tendermint-rs,
//! the reference Rust encoding), proofs whose v or s the contract would refuse as given, and
//! the keys a sequencer cannot use.

mod common;
use alloy::primitives::{uint, U256};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use common::*;
use serde_json::{json, Value};
use tendermint::{account, private_key, PrivateKey, PublicKey};

/// n, the order of secp256k1's group.
const N: U256 = uint!(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141_U256);

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

/// Writes `priv_key` as CometBFT's priv_validator_key.json, serialised by tendermint-rs.
fn write_key_file(env: &Env, name: &str, priv_key: &PrivateKey) -> String {
    let pub_key = priv_key.public_key();
    let text = serde_json::to_string_pretty(&json!({
        "address": account::Id::from(pub_key),
        "pub_key": pub_key,
        "priv_key": priv_key,
    }))
    .unwrap();
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// A new secp256k1 consensus key as tendermint-rs holds it.
fn secp256k1_key() -> PrivateKey {
    let secret = alloy::signers::local::PrivateKeySigner::random().to_bytes();
    PrivateKey::Secp256k1(private_key::Secp256k1::try_from(&secret[..]).unwrap())
}

/// `signer prove` with `key_file` for account `owner`: (pubkey, proof), both hex.
fn prove(env: &Env, key_file: &str, owner: usize) -> (String, String) {
    let out = parse(&ok(env.cli_read().args([
        "--json",
        "signer",
        "prove",
        "--key-file",
        key_file,
        "--owner",
        &env.address(owner).to_string(),
    ])));
    (
        out["pubkey"].as_str().unwrap().to_owned(),
        out["proof"].as_str().unwrap().to_owned(),
    )
}

/// A good proof with v written as the bare recovery bit (0 or 1).
fn bare_v(proof: &str) -> String {
    let mut p = alloy::hex::decode(proof).unwrap();
    p[64] -= 27;
    alloy::hex::encode_prefixed(p)
}

/// The malleable twin of a proof: s replaced by n - s, the recovery bit flipped.
fn high_s(proof: &str) -> String {
    let mut p = alloy::hex::decode(proof).unwrap();
    let s = U256::from_be_slice(&p[32..64]);
    p[32..64].copy_from_slice(&(N - s).to_be_bytes::<32>());
    p[64] = match p[64] {
        27 => 28,
        28 => 27,
        0 => 1,
        _ => 0,
    };
    alloy::hex::encode_prefixed(p)
}

#[tokio::test]
async fn cometbft_key_files_and_printed_public_keys_make_deposits() {
    let env = Env::with_system();

    // The owner deposits straight from the node's priv_validator_key.json.
    let key1 = secp256k1_key();
    let file1 = write_key_file(&env, "priv_validator_key.json", &key1);
    let out = ok(env.cli(1).args(["deposit", "20000", "--key-file", &file1]));
    assert!(out.starts_with("sequencer 1 locked 20000 METIS"), "{out}");

    // The validator set it joins names the very key and address the node's file holds.
    let set = parse(&ok(env.cli_read().args([
        "sequencers",
        "--format",
        "tendermint",
    ])));
    let file = parse(&std::fs::read_to_string(&file1).unwrap());
    assert_eq!(set["validators"][0]["pub_key"], file["pub_key"]);
    assert_eq!(set["validators"][0]["address"], file["address"]);

    // The node proves on its machine; the owner passes the key as CometBFT prints it: the
    // base64 of `pub_key.value`, or the whole JSON of `cometbft show-validator`.
    let key2 = secp256k1_key();
    let file2 = write_key_file(&env, "node2.json", &key2);
    let (pubkey2, proof2) = prove(&env, &file2, 2);
    let b64 = BASE64.encode(key2.public_key().to_bytes());
    let dep = parse(&ok(env.cli(2).args([
        "--json", "deposit", "20000", "--pubkey", &b64, "--proof", &proof2,
    ])));
    assert_eq!(dep["id"], "2");
    assert_eq!(dep["pubkey"], pubkey2.as_str());

    let key3 = secp256k1_key();
    let file3 = write_key_file(&env, "node3.json", &key3);
    let (pubkey3, proof3) = prove(&env, &file3, 1);
    let shown: PublicKey = key3.public_key();
    let dep = parse(&ok(env.cli(1).args([
        "--json",
        "deposit",
        "20000",
        "--pubkey",
        &serde_json::to_string(&shown).unwrap(),
        "--proof",
        &proof3,
    ])));
    assert_eq!(dep["id"], "3");
    assert_eq!(dep["pubkey"], pubkey3.as_str());
}

#[tokio::test]
async fn proofs_with_a_bare_v_or_a_high_s_are_normalised_and_deposit() {
    let env = Env::with_system();
    type Rewrite = fn(&str) -> String;
    let rewrites: [(usize, &str, Rewrite); 3] = [
        (1, "bare v", bare_v),
        (2, "high s", high_s),
        (1, "high s and bare v", |p| bare_v(&high_s(p))),
    ];
    for (i, (owner, what, rewrite)) in rewrites.into_iter().enumerate() {
        let key = env.node_key(&format!("node{i}.key"));
        let (pubkey, proof) = prove(&env, &key, owner);
        let odd = rewrite(&proof);
        assert_ne!(odd, proof, "{what}");
        let dep = parse(&ok(env.cli(owner).args([
            "--json", "deposit", "20000", "--pubkey", &pubkey, "--proof", &odd,
        ])));
        assert_eq!(dep["id"], (i + 1).to_string(), "{what}");
        assert_eq!(dep["pubkey"], pubkey.as_str(), "{what}");
    }
    let set = parse(&ok(env.cli_read().args(["--json", "sequencers"])));
    assert_eq!(set["sequencers"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn ed25519_keys_and_off_curve_public_keys_are_refused_before_anything_is_sent() {
    let env = Env::with_system();
    let before = env.snapshot().await;

    let ed = PrivateKey::Ed25519(private_key::Ed25519::try_from(&[7u8; 32][..]).unwrap());
    let ed_file = write_key_file(&env, "ed25519.json", &ed);
    let err = fails(
        env.cli(1)
            .args(["deposit", "20000", "--key-file", &ed_file]),
        2,
        "holds an ed25519 key (tendermint/PrivKeyEd25519): sequencers need a secp256k1 key",
    );
    assert!(
        err.contains("hint: CometBFT v1 makes one with `cometbft init --key-type secp256k1`"),
        "{err}"
    );
    assert!(!err.contains("encrypted"), "{err}");
    fails(
        env.cli_read().args([
            "signer",
            "prove",
            "--key-file",
            &ed_file,
            "--owner",
            &env.address(1).to_string(),
        ]),
        2,
        "sequencers need a secp256k1 key",
    );
    let ed_pub = serde_json::to_string(&ed.public_key()).unwrap();
    let key = env.node_key("node.key");
    let (pubkey, proof) = prove(&env, &key, 1);
    fails(
        env.cli(1)
            .args(["deposit", "20000", "--pubkey", &ed_pub, "--proof", &proof]),
        2,
        "an ed25519 key: sequencers need secp256k1",
    );

    // A good key with y changed is off the curve, in hex or compressed in base64.
    let mut xy = alloy::hex::decode(&pubkey).unwrap();
    xy[63] ^= 1;
    fails(
        env.cli(1).args([
            "deposit",
            "20000",
            "--pubkey",
            &alloy::hex::encode_prefixed(&xy),
            "--proof",
            &proof,
        ]),
        2,
        "64 bytes of hex but not a point on secp256k1",
    );
    let mut x_past_p = vec![2u8];
    x_past_p.extend([0xff; 32]);
    fails(
        env.cli(1).args([
            "deposit",
            "20000",
            "--pubkey",
            &BASE64.encode(&x_past_p),
            "--proof",
            &proof,
        ]),
        2,
        "33 bytes of base64 but not a point on secp256k1",
    );

    // A v that is no recovery bit in any spelling.
    let mut p = alloy::hex::decode(&proof).unwrap();
    p[64] = 29;
    fails(
        env.cli(1).args([
            "deposit",
            "20000",
            "--pubkey",
            &pubkey,
            "--proof",
            &alloy::hex::encode(&p),
        ]),
        2,
        "the proof's v (last byte) is 29",
    );
    assert_eq!(env.snapshot().await, before, "nothing sent");

    // The same key, as given, still works.
    ok(env
        .cli(1)
        .args(["deposit", "20000", "--pubkey", &pubkey, "--proof", &proof]));
}

/// `sequencers --format genesis` is a genesis fragment CometBFT accepts, checked with
/// tendermint-rs (the reference Rust types): its consensus params allow secp256k1 (the
/// default allows ed25519 only), and each validator's key, address and power are the node's
/// own. `--block` pins the set to a block: a read at an earlier block gives the earlier set.
#[tokio::test]
async fn the_genesis_fragment_parses_with_tendermint_rs_and_blocks_pin_the_set() {
    use alloy::providers::Provider;
    let env = Env::with_system();
    // No member yet: an empty list, written, with the warning that CometBFT needs a set.
    let out = env
        .cli_read()
        .args(["sequencers", "--format", "genesis"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(parse(&stdout(&out))["validators"], json!([]));
    assert!(
        stderr(&out).contains("warning: no sequencer is active at block"),
        "{}",
        stderr(&out)
    );
    let key1 = secp256k1_key();
    let file1 = write_key_file(&env, "n1.json", &key1);
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &file1]));
    let first = env.provider.get_block_number().await.unwrap();
    let key2 = secp256k1_key();
    let file2 = write_key_file(&env, "n2.json", &key2);
    ok(env
        .cli(2)
        .args(["deposit", "30000.5", "--key-file", &file2]));

    let fragment = parse(&ok(env.cli_read().args([
        "sequencers",
        "--format",
        "genesis",
    ])));
    let mut genesis = fragment.clone();
    genesis["genesis_time"] = json!("2026-11-30T00:00:00Z");
    genesis["chain_id"] = json!("metis-sequencers");
    genesis["initial_height"] = json!("1");
    genesis["app_hash"] = json!("");
    genesis["app_state"] = json!({});
    let g: tendermint::Genesis = serde_json::from_value(genesis)
        .unwrap_or_else(|e| panic!("tendermint-rs refuses the fragment ({e}): {fragment}"));
    assert_eq!(
        g.consensus_params.validator.pub_key_types,
        vec![tendermint::public_key::Algorithm::Secp256k1],
        "secp256k1 validators are allowed"
    );
    assert_eq!(g.validators.len(), 2);
    for (v, (key, power)) in g
        .validators
        .iter()
        .zip([(&key1, 20_000u64), (&key2, 30_000)])
    {
        assert_eq!(v.pub_key, key.public_key(), "the node's key");
        assert_eq!(
            v.address,
            account::Id::from(key.public_key()),
            "its address"
        );
        assert_eq!(v.power(), power, "whole tokens");
    }
    // tendermint-rs builds the validator set from it (total power within its bound).
    let set = tendermint::validator::Set::without_proposer(g.validators.clone());
    assert_eq!(set.total_voting_power().value(), 50_000);

    // Pinned: at the first deposit's block the set had one member, whatever came after.
    let at = |block: &str, format: &str| {
        parse(&ok(env.cli_read().args([
            "--json",
            "sequencers",
            "--format",
            format,
            "--block",
            block,
        ])))
    };
    let then = at(&first.to_string(), "table");
    assert_eq!(then["sequencers"].as_array().unwrap().len(), 1);
    assert_eq!(then["block"]["number"], first);
    assert_eq!(then["setVersion"], "1");
    assert_eq!(at("latest", "table")["setVersion"], "2");
    assert_eq!(
        at(&first.to_string(), "tendermint")["validators"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Tags resolve to a block too: anvil's safe block trails the head by 32, here still before
    // the deployment (refused, with the reason), then, 40 blocks on, after both deposits.
    fails(
        env.cli_read().args(["sequencers", "--block", "safe"]),
        1,
        "the safe block (0) is before the deployment",
    );
    // (The second deposit took one or two blocks: its approval and lock may share one.)
    let head = env.provider.get_block_number().await.unwrap();
    let _: serde_json::Value = env
        .provider
        .raw_request("anvil_mine".into(), (40u64,))
        .await
        .unwrap();
    assert_eq!(at("safe", "table")["setVersion"], "2");
    assert_eq!(at("safe", "table")["block"]["number"], head + 40 - 32);
    fails(
        env.cli_read().args(["sequencers", "--block", "99999999"]),
        1,
        "the node has no block 99999999",
    );
    fails(
        env.cli_read().args(["sequencers", "--block", "0"]),
        1,
        "is before the deployment",
    );
    fails(
        env.cli_read().args(["sequencers", "--block", "soon"]),
        2,
        "is not a block",
    );
    // The forms cast takes: 0x hex, a block hash, earliest; pending is no block to pin.
    let hex = at(&format!("{first:#x}"), "table");
    assert_eq!(hex["block"]["number"], first);
    let by_hash = at(then["block"]["hash"].as_str().unwrap(), "table");
    assert_eq!(by_hash["block"]["number"], first);
    assert_eq!(by_hash["setVersion"], "1");
    fails(
        env.cli_read().args(["sequencers", "--block", "earliest"]),
        1,
        "the earliest block (0) is before the deployment",
    );
    fails(
        env.cli_read().args([
            "sequencers",
            "--block",
            "0x1111111111111111111111111111111111111111111111111111111111111111",
        ]),
        1,
        "the node has no block 0x1111",
    );
    fails(
        env.cli_read().args(["sequencers", "--block", "pending"]),
        2,
        "the pending block is not mined",
    );
}
