//! The node key in the forms a node operator has it.
//!
//! Private keys come from a key file (`--key-file`): a hex key, an Ethereum keystore, or
//! CometBFT's `priv_validator_key.json`. Public keys come from the command line (`--pubkey`):
//! hex, base64 or CometBFT's JSON. CometBFT encodes keys in JSON as `{"type": NAME, "value":
//! BASE64}` (its `libs/json`, the amino JSON encoding), with the names below; a secp256k1
//! public key there is the 33-byte compressed SEC1 point, a private key the 32-byte scalar.
//! Whatever the form, the contract takes 64 bytes x || y, and the point must be on secp256k1.

use crate::error::CliError;
use alloy::primitives::Bytes;
use alloy::signers::k256::elliptic_curve::sec1::ToEncodedPoint;
use alloy::signers::k256::PublicKey;
use alloy::signers::local::PrivateKeySigner;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use eyre::Result;
use serde_json::Value;
use std::path::Path;

/// CometBFT's JSON names for its key types (`crypto/secp256k1`, `crypto/ed25519`).
const SECP256K1_PUB: &str = "tendermint/PubKeySecp256k1";
const SECP256K1_PRIV: &str = "tendermint/PrivKeySecp256k1";
const ED25519_PUB: &str = "tendermint/PubKeyEd25519";
const ED25519_PRIV: &str = "tendermint/PrivKeyEd25519";

/// How to get a secp256k1 consensus key from CometBFT (v1 added the flag to both commands).
const MAKE_SECP256K1: &str = "CometBFT v1 makes one with `cometbft init --key-type secp256k1` \
                              (or `cometbft gen-validator --key-type secp256k1`)";

/// What a key file may hold, for hints.
const KEY_FILE_FORMS: &str = "a key file holds a secp256k1 private key: 32 bytes of hex (0x \
     optional), an encrypted JSON keystore (with --key-password-file), or CometBFT's \
     priv_validator_key.json of a secp256k1 key";

/// What `--pubkey` takes, for errors.
const PUBKEY_FORMS: &str = "a sequencer public key is secp256k1: hex of 64 bytes (x || y), 65 \
     (04 || x || y) or 33 (02/03 || x); base64 of 33 or 65 bytes; or CometBFT's JSON \
     {\"type\":\"tendermint/PubKeySecp256k1\",\"value\":\"<base64>\"}";

/// Parses a sequencer public key given on the command line and returns the 64 bytes x || y
/// (uncompressed SEC1 without its 0x04 prefix) that the contract takes. Accepted forms:
///
/// - hex, 0x optional: 64 bytes x || y; 65 bytes 04 || x || y (uncompressed SEC1); 33 bytes
///   02 || x or 03 || x (compressed SEC1, the prefix giving the parity of y);
/// - standard base64 (RFC 4648 alphabet, padded) of 33 or 65 bytes of SEC1: how CometBFT prints
///   a secp256k1 key (`pub_key.value` in `priv_validator_key.json` and in genesis files);
/// - CometBFT's JSON for a public key, `{"type":"tendermint/PubKeySecp256k1","value":"<base64
///   of 33 bytes>"}`, as `cometbft show-validator` prints it.
///
/// Every form must decode to a point on secp256k1 (compressed ones are decompressed); the zero
/// key and ed25519 keys are refused. Errors say which form was recognised and what is wrong.
pub fn parse_pubkey(s: &str) -> Result<Bytes, String> {
    let s = s.trim();
    if s.starts_with('{') {
        return from_cometbft_json(s);
    }
    let digits = s
        .strip_prefix("0x")
        .or_else(|| s.strip_prefix("0X"))
        .unwrap_or(s);
    let hex = alloy::hex::decode(digits).ok();
    let base64 = if digits.len() == s.len() {
        BASE64.decode(s).ok()
    } else {
        None
    };
    // A string can be both (hex digits are base64 letters): take the reading that fits.
    let fits = |b: &Vec<u8>| matches!(b.len(), 33 | 64 | 65);
    match (hex, base64) {
        (Some(h), Some(b)) if !fits(&h) && matches!(b.len(), 33 | 65) => to_xy(&b, Form::Base64),
        (Some(h), _) => to_xy(&h, Form::Hex),
        (None, Some(b)) => to_xy(&b, Form::Base64),
        (None, None) => Err(format!("not hex, nor base64; {PUBKEY_FORMS}")),
    }
}

/// `{"type":"tendermint/PubKeySecp256k1","value":"<base64>"}` to x || y.
fn from_cometbft_json(s: &str) -> Result<Bytes, String> {
    let json: Value =
        serde_json::from_str(s).map_err(|e| format!("looks like JSON but is not ({e})"))?;
    let (kind, value) = typed_value(&json).ok_or_else(|| {
        format!("a JSON public key is CometBFT's {{\"type\": ..., \"value\": ...}}; {PUBKEY_FORMS}")
    })?;
    match kind {
        SECP256K1_PUB => {}
        ED25519_PUB => {
            return Err(format!(
                "{ED25519_PUB} is an ed25519 key: sequencers need secp256k1"
            ))
        }
        other => {
            return Err(format!(
                "key type {other:?}; sequencers need a {SECP256K1_PUB}"
            ))
        }
    }
    let bytes = BASE64
        .decode(value)
        .map_err(|_| format!("the value of this {SECP256K1_PUB} is not base64"))?;
    if bytes.len() != 33 {
        return Err(format!(
            "a {SECP256K1_PUB} holds 33 bytes (compressed SEC1), this one holds {}",
            bytes.len()
        ));
    }
    to_xy(&bytes, Form::CometBft)
}

/// Where a public key's bytes came from, for errors ("33 bytes of base64 but ...").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Hex,
    Base64,
    CometBft,
}

impl std::fmt::Display for Form {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Form::Hex => "of hex",
            Form::Base64 => "of base64",
            Form::CometBft => "in a tendermint/PubKeySecp256k1",
        })
    }
}

/// SEC1 bytes (or, in hex, a bare 64-byte x || y) to x || y, checking the point is on the curve.
fn to_xy(bytes: &[u8], form: Form) -> Result<Bytes, String> {
    let n = bytes.len();
    let sec1 = match (n, bytes.first()) {
        (64, _) if form == Form::Hex => [&[4u8][..], bytes].concat(),
        (65, Some(4)) | (33, Some(2 | 3)) => bytes.to_vec(),
        (65, Some(b)) => {
            return Err(format!(
                "65 bytes {form} but the first is {b:#04x}, not 0x04 (uncompressed SEC1)"
            ))
        }
        (33, Some(b)) => {
            return Err(format!(
                "33 bytes {form} but the first is {b:#04x}, not 0x02 or 0x03 (compressed SEC1)"
            ))
        }
        (32, _) => {
            return Err(format!(
                "32 bytes {form}: an ed25519 public key, or a private key? {PUBKEY_FORMS}"
            ))
        }
        _ => return Err(format!("{n} bytes {form}; {PUBKEY_FORMS}")),
    };
    if sec1[0] == 4 && sec1[1..].iter().all(|b| *b == 0) {
        return Err("the zero public key cannot be a sequencer key".into());
    }
    let point = PublicKey::from_sec1_bytes(&sec1)
        .map_err(|_| format!("{n} bytes {form} but not a point on secp256k1"))?;
    Ok(Bytes::copy_from_slice(
        &point.to_encoded_point(false).as_bytes()[1..],
    ))
}

/// CometBFT's `{"type": NAME, "value": BASE64}`, if `v` is one.
fn typed_value(v: &Value) -> Option<(&str, &str)> {
    Some((v.get("type")?.as_str()?, v.get("value")?.as_str()?))
}

/// Reads a node key file and returns its secp256k1 key. Accepted contents:
///
/// - a hex private key (32 bytes, 0x optional, surrounding whitespace ignored), as
///   `signer new` writes it and geth's `nodekey` holds it;
/// - an encrypted JSON keystore (Web3 Secret Storage, recognised by its `crypto` field, or
///   `Crypto` as older geth wrote it): then `password_file` is required, and its content less
///   trailing whitespace (`trim_end`, as Foundry reads one) is the password;
/// - CometBFT's `priv_validator_key.json` with a `tendermint/PrivKeySecp256k1` `priv_key`
///   (base64 of the 32-byte scalar); its `pub_key`, when present, must be the same key.
///
/// Refused (exit 2), with what was expected: an ed25519 `priv_validator_key.json`, any other
/// JSON, and text that is not a 32-byte key. A keystore that does not open exits 1.
pub fn read_key_file(path: &Path, password_file: Option<&Path>) -> Result<PrivateKeySigner> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::usage(format!("cannot read key file {shown}: {e}")))?;
    if !text.trim_start().starts_with('{') {
        return hex_key(&text).map_err(|why| {
            CliError::usage(format!("{shown} {why}"))
                .hint(KEY_FILE_FORMS)
                .into()
        });
    }
    let json: Value = serde_json::from_str(&text).map_err(|e| {
        CliError::usage(format!("{shown} looks like JSON but is not ({e})")).hint(KEY_FILE_FORMS)
    })?;
    if let Some(field) = ["crypto", "Crypto"]
        .into_iter()
        .find(|f| json.get(f).is_some())
    {
        return keystore(path, &json, field, password_file);
    }
    if json.get("priv_key").is_some() {
        return cometbft_key(&json, &shown.to_string()).map_err(Into::into);
    }
    Err(CliError::usage(format!(
        "{shown} is JSON but neither an encrypted keystore (no `crypto` field) nor CometBFT's \
         priv_validator_key.json (no `priv_key` field)"
    ))
    .hint(KEY_FILE_FORMS)
    .into())
}

/// 32 bytes of hex (0x optional) to a key; the error completes "FILE ...".
fn hex_key(text: &str) -> Result<PrivateKeySigner, String> {
    let bytes =
        alloy::hex::decode(text.trim()).map_err(|_| "holds neither hex nor JSON".to_string())?;
    if bytes.len() != 32 {
        return Err(format!(
            "holds {} bytes of hex; a secp256k1 private key is 32",
            bytes.len()
        ));
    }
    PrivateKeySigner::from_slice(&bytes).map_err(|_| {
        "holds 32 bytes that are not a secp256k1 private key (zero, or not below the curve order)"
            .to_string()
    })
}

/// An encrypted keystore: decrypt it with the password file.
fn keystore(
    path: &Path,
    json: &Value,
    field: &str,
    password_file: Option<&Path>,
) -> Result<PrivateKeySigner> {
    let pw_path = password_file.ok_or_else(|| {
        CliError::usage(format!("{} is an encrypted keystore", path.display()))
            .hint("pass --key-password-file <FILE> with its password")
    })?;
    let password = std::fs::read_to_string(pw_path)
        .map_err(|e| CliError::usage(format!("cannot read {}: {e}", pw_path.display())))?;
    let password = password.trim_end();
    let opened = if field == "crypto" {
        PrivateKeySigner::decrypt_keystore(path, password).map_err(|e| e.to_string())
    } else {
        decrypt_renamed(json, password)
    };
    opened.map_err(|e| {
        CliError::failed(format!("cannot open keystore {}: {e}", path.display()))
            .hint("check the keystore and its password file")
            .into()
    })
}

/// A keystore whose `crypto` is spelt `Crypto` (geth reads JSON fields case-blind and some
/// tools wrote it so; the keystore library reads only `crypto`): decrypt a respelt copy.
fn decrypt_renamed(json: &Value, password: &str) -> Result<PrivateKeySigner, String> {
    use std::io::Write;
    let mut json = json.clone();
    if let Some(obj) = json.as_object_mut() {
        if let Some(crypto) = obj.remove("Crypto") {
            obj.insert("crypto".into(), crypto);
        }
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let copy = std::env::temp_dir().join(format!(
        "metis-stake-keystore-{}-{nanos}.json",
        std::process::id()
    ));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let written = opts
        .open(&copy)
        .and_then(|mut f| f.write_all(json.to_string().as_bytes()));
    let opened = written
        .map_err(|e| format!("cannot write a working copy in {}: {e}", copy.display()))
        .and_then(|()| {
            PrivateKeySigner::decrypt_keystore(&copy, password).map_err(|e| e.to_string())
        });
    let _ = std::fs::remove_file(&copy);
    opened
}

/// CometBFT's `priv_validator_key.json`: `{"address", "pub_key": {type, value}, "priv_key":
/// {type, value}}`. Only a secp256k1 key will do; its `pub_key`, if any, must match.
fn cometbft_key(json: &Value, shown: &str) -> Result<PrivateKeySigner, CliError> {
    let refuse = |why: String| CliError::usage(format!("{shown}: {why}"));
    let (kind, value) = typed_value(&json["priv_key"]).ok_or_else(|| {
        refuse("its priv_key is not CometBFT's {\"type\": ..., \"value\": ...}".into())
    })?;
    match kind {
        SECP256K1_PRIV => {}
        // CometBFT's node_key.json (the p2p identity, always ed25519) has no pub_key.
        ED25519_PRIV if json.get("pub_key").is_none() => {
            return Err(CliError::usage(format!(
                "{shown} holds an ed25519 key and no pub_key: CometBFT's node_key.json (the p2p \
                 key)? sequencers need a secp256k1 key"
            ))
            .hint("the consensus key is config/priv_validator_key.json, of type secp256k1"))
        }
        ED25519_PRIV => {
            return Err(CliError::usage(format!(
                "{shown} holds an ed25519 key ({ED25519_PRIV}): sequencers need a secp256k1 key"
            ))
            .hint(MAKE_SECP256K1))
        }
        other => {
            return Err(refuse(format!(
                "its priv_key is of type {other:?}; sequencers need a {SECP256K1_PRIV}"
            )))
        }
    }
    let bytes = BASE64
        .decode(value)
        .map_err(|_| refuse("its priv_key value is not base64".into()))?;
    if bytes.len() != 32 {
        return Err(refuse(format!(
            "its priv_key holds {} bytes; a secp256k1 private key is 32",
            bytes.len()
        )));
    }
    let key = PrivateKeySigner::from_slice(&bytes).map_err(|_| {
        refuse(
            "its priv_key is not a secp256k1 private key (zero, or not below the curve order)"
                .into(),
        )
    })?;
    if let Some(pub_key) = json.get("pub_key") {
        let ours = key.credential().verifying_key().to_encoded_point(true);
        let matches = typed_value(pub_key).is_some_and(|(kind, value)| {
            kind == SECP256K1_PUB && BASE64.decode(value).ok().as_deref() == Some(ours.as_bytes())
        });
        if !matches {
            return Err(
                refuse("its pub_key is not the public key of its priv_key".into())
                    .hint("the file was damaged or edited; restore it from the node's backup"),
            );
        }
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::possession::public_key;
    use std::path::PathBuf;

    /// A random key whose y is odd (`odd`) or even: compressed prefix 0x03 or 0x02.
    fn key_with_parity(odd: bool) -> PrivateKeySigner {
        loop {
            let key = PrivateKeySigner::random();
            if (compressed(&key)[0] == 3) == odd {
                return key;
            }
        }
    }

    fn compressed(key: &PrivateKeySigner) -> Vec<u8> {
        let point = key.credential().verifying_key().to_encoded_point(true);
        point.as_bytes().to_vec()
    }

    fn uncompressed(key: &PrivateKeySigner) -> Vec<u8> {
        let point = key.credential().verifying_key().to_encoded_point(false);
        point.as_bytes().to_vec()
    }

    fn b64(bytes: &[u8]) -> String {
        BASE64.encode(bytes)
    }

    /// A compressed point that is not on the curve: 0x02 || x for the first x >= 1 with no y.
    fn off_curve_compressed() -> Vec<u8> {
        (1u8..)
            .map(|x| {
                let mut p = vec![0u8; 33];
                p[0] = 2;
                p[32] = x;
                p
            })
            .find(|p| PublicKey::from_sec1_bytes(p).is_err())
            .unwrap()
    }

    /// priv_validator_key.json as CometBFT writes it, spelt by hand from the format.
    fn cometbft_file(priv_type: &str, secret: &[u8], pub_type: &str, pubkey: &[u8]) -> String {
        format!(
            r#"{{
  "address": "0000000000000000000000000000000000000000",
  "pub_key": {{ "type": "{pub_type}", "value": "{}" }},
  "priv_key": {{ "type": "{priv_type}", "value": "{}" }}
}}"#,
            b64(pubkey),
            b64(secret)
        )
    }

    fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// The error a key file read ends with, as the user would get it.
    fn refused(dir: &tempfile::TempDir, text: &str) -> CliError {
        let path = write(dir, "key", text);
        let report = read_key_file(&path, None).map(|_| ()).unwrap_err();
        report.downcast::<CliError>().expect("a CliError")
    }

    #[test]
    fn parses_every_public_key_form() {
        for odd in [false, true] {
            let key = key_with_parity(odd);
            let xy = public_key(&key);
            let (c, u) = (compressed(&key), uncompressed(&key));
            let forms = [
                alloy::hex::encode(&xy),
                alloy::hex::encode_prefixed(&xy),
                format!("  0X{}\n", alloy::hex::encode(&xy).to_uppercase()),
                alloy::hex::encode_prefixed(&u),
                alloy::hex::encode_prefixed(&c),
                alloy::hex::encode(&c),
                b64(&c),
                b64(&u),
                format!("{{\"type\":\"{SECP256K1_PUB}\",\"value\":\"{}\"}}", b64(&c)),
                format!(
                    "\n{{\n  \"type\": \"{SECP256K1_PUB}\",\n  \"value\": \"{}\"\n}}\n",
                    b64(&c)
                ),
            ];
            for form in forms {
                assert_eq!(parse_pubkey(&form), Ok(xy.clone()), "{form}");
            }
        }
    }

    #[test]
    fn refuses_public_keys_saying_the_form_and_the_fault() {
        let key = PrivateKeySigner::random();
        let (c, u) = (compressed(&key), uncompressed(&key));
        let off = off_curve_compressed();
        let mut off_xy = u[1..].to_vec();
        off_xy[63] ^= 1; // y + 1 or y - 1: no longer on the curve
        let json = |t: &str, v: &str| format!("{{\"type\":\"{t}\",\"value\":\"{v}\"}}");
        let cases: Vec<(String, &str)> = vec![
            ("zz!".into(), "not hex, nor base64"),
            ("nothex".into(), "not hex, nor base64"),
            ("0x1234".into(), "2 bytes of hex"),
            ("".into(), "0 bytes of hex"),
            (
                alloy::hex::encode([&[5u8][..], &u[1..]].concat()),
                "65 bytes of hex but the first is 0x05, not 0x04",
            ),
            (
                alloy::hex::encode([&[4u8][..], &c[1..]].concat()),
                "33 bytes of hex but the first is 0x04, not 0x02 or 0x03",
            ),
            (
                b64(&[&[6u8][..], &u[1..]].concat()),
                "65 bytes of base64 but the first is 0x06",
            ),
            ("00".repeat(64), "zero public key"),
            (format!("04{}", "00".repeat(64)), "zero public key"),
            (
                alloy::hex::encode(&off_xy),
                "64 bytes of hex but not a point on secp256k1",
            ),
            (
                alloy::hex::encode(&off),
                "33 bytes of hex but not a point on secp256k1",
            ),
            (b64(&off), "33 bytes of base64 but not a point on secp256k1"),
            (
                b64(&[&[4u8][..], &off_xy].concat()),
                "65 bytes of base64 but not a point on secp256k1",
            ),
            (
                format!("02{}", "ff".repeat(32)), // x >= p
                "33 bytes of hex but not a point on secp256k1",
            ),
            (b64(&u[1..]), "64 bytes of base64"),
            (b64(&[9u8; 32]), "32 bytes of base64: an ed25519 public key"),
            (
                alloy::hex::encode([9u8; 32]),
                "32 bytes of hex: an ed25519 public key, or a private key?",
            ),
            (
                json(ED25519_PUB, &b64(&[9u8; 32])),
                "an ed25519 key: sequencers need secp256k1",
            ),
            (
                json("tendermint/PubKeySr25519", &b64(&c)),
                "key type \"tendermint/PubKeySr25519\"",
            ),
            (
                json(SECP256K1_PUB, "not base64!"),
                "the value of this tendermint/PubKeySecp256k1 is not base64",
            ),
            (
                json(SECP256K1_PUB, &b64(&u)),
                "holds 33 bytes (compressed SEC1), this one holds 65",
            ),
            (
                json(SECP256K1_PUB, &b64(&off)),
                "33 bytes in a tendermint/PubKeySecp256k1 but not a point on secp256k1",
            ),
            (
                format!("{{\"value\":\"{}\"}}", b64(&c)),
                "CometBFT's {\"type\"",
            ),
            ("{\"type\": 1".into(), "looks like JSON but is not"),
        ];
        for (input, needle) in cases {
            let e = parse_pubkey(&input).unwrap_err();
            assert!(
                e.contains(needle),
                "{input:?}: expected {needle:?} in {e:?}"
            );
        }
    }

    #[test]
    fn reads_hex_key_files() {
        let dir = tempfile::tempdir().unwrap();
        let key = PrivateKeySigner::random();
        let hex = alloy::hex::encode(key.to_bytes());
        for text in [
            hex.clone(),
            format!("0x{hex}\n"),
            format!("\n  {hex}  \r\n"),
        ] {
            let path = write(&dir, "node.key", &text);
            assert_eq!(read_key_file(&path, None).unwrap().address(), key.address());
        }
    }

    #[test]
    fn refuses_key_files_that_hold_no_key() {
        let dir = tempfile::tempdir().unwrap();
        let n = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
        let cases = [
            ("not a key", "holds neither hex nor JSON"),
            (&"ab".repeat(31)[..], "holds 31 bytes of hex; a secp256k1 private key is 32"),
            (&"00".repeat(32)[..], "not a secp256k1 private key"),
            (n, "not a secp256k1 private key"),
            ("{\"address\": \"0x12\"}", "neither an encrypted keystore (no `crypto` field) nor CometBFT's priv_validator_key.json"),
            ("{\"crypto\": ", "looks like JSON but is not"),
        ];
        for (text, needle) in cases {
            let e = refused(&dir, text);
            assert_eq!(e.kind, Kind::Usage, "{text}");
            assert!(e.message.contains(needle), "{text}: {}", e.message);
            assert!(
                e.hint.as_deref().unwrap_or("").contains("32 bytes of hex"),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_keystores_with_the_password_trimmed_at_the_end() {
        use alloy::signers::k256::elliptic_curve::rand_core::OsRng;
        let dir = tempfile::tempdir().unwrap();
        let key = PrivateKeySigner::random();
        PrivateKeySigner::encrypt_keystore(
            dir.path(),
            &mut OsRng,
            key.to_bytes(),
            " pass word",
            Some("ks.json"),
        )
        .unwrap();
        let ks = dir.path().join("ks.json");
        let pw = write(&dir, "pw", " pass word \t\r\n\n");
        assert_eq!(
            read_key_file(&ks, Some(&pw)).unwrap().address(),
            key.address()
        );

        // Older geth keystores spell the field `Crypto`.
        let text = std::fs::read_to_string(&ks).unwrap();
        let geth = write(&dir, "geth.json", &text.replace("\"crypto\"", "\"Crypto\""));
        assert_eq!(
            read_key_file(&geth, Some(&pw)).unwrap().address(),
            key.address()
        );

        let e = read_key_file(&ks, None)
            .unwrap_err()
            .downcast::<CliError>()
            .unwrap();
        assert_eq!(e.kind, Kind::Usage);
        assert!(
            e.message.ends_with("is an encrypted keystore"),
            "{}",
            e.message
        );
        assert!(e.hint.unwrap().contains("--key-password-file"));

        let wrong = write(&dir, "wrong", "pass word\n"); // the leading space is part of it
        for file in [&ks, &geth] {
            let e = read_key_file(file, Some(&wrong)).unwrap_err();
            let e = e.downcast::<CliError>().unwrap();
            assert_eq!(e.kind, Kind::Failed);
            assert!(
                e.message.starts_with("cannot open keystore"),
                "{}",
                e.message
            );
        }
    }

    #[test]
    fn reads_a_cometbft_secp256k1_key_file() {
        let dir = tempfile::tempdir().unwrap();
        for odd in [false, true] {
            let key = key_with_parity(odd);
            let secret = key.to_bytes();
            let text = cometbft_file(
                SECP256K1_PRIV,
                &secret[..],
                SECP256K1_PUB,
                &compressed(&key),
            );
            let path = write(&dir, "priv_validator_key.json", &text);
            assert_eq!(read_key_file(&path, None).unwrap().address(), key.address());
            // pub_key is optional; a password file is not asked for.
            let bare = format!(
                "{{\"priv_key\":{{\"type\":\"{SECP256K1_PRIV}\",\"value\":\"{}\"}}}}",
                b64(&secret[..])
            );
            let path = write(&dir, "bare.json", &bare);
            assert_eq!(read_key_file(&path, None).unwrap().address(), key.address());
        }
    }

    #[test]
    fn refuses_cometbft_key_files_that_are_not_secp256k1_or_do_not_match() {
        let dir = tempfile::tempdir().unwrap();
        let key = PrivateKeySigner::random();
        let secret = key.to_bytes();
        let other = compressed(&PrivateKeySigner::random());

        let ed = refused(
            &dir,
            &cometbft_file(ED25519_PRIV, &[7u8; 64], ED25519_PUB, &[8u8; 32]),
        );
        assert_eq!(ed.kind, Kind::Usage);
        assert!(
            ed.message.contains(
                "holds an ed25519 key (tendermint/PrivKeyEd25519): sequencers need a secp256k1 key"
            ),
            "{}",
            ed.message
        );
        assert!(!ed.message.contains("encrypted"));
        assert!(ed
            .hint
            .unwrap()
            .contains("cometbft init --key-type secp256k1"));

        let node_key = format!(
            "{{\"priv_key\":{{\"type\":\"{ED25519_PRIV}\",\"value\":\"{}\"}}}}",
            b64(&[7u8; 64])
        );
        let nk = refused(&dir, &node_key);
        assert_eq!(nk.kind, Kind::Usage);
        assert!(nk
            .message
            .contains("node_key.json (the p2p key)? sequencers need a secp256k1 key"));
        assert!(nk.hint.unwrap().contains("priv_validator_key.json"));

        let cases = [
            (
                cometbft_file(SECP256K1_PRIV, &secret[..], SECP256K1_PUB, &other),
                "its pub_key is not the public key of its priv_key",
            ),
            (
                cometbft_file(SECP256K1_PRIV, &secret[..], ED25519_PUB, &compressed(&key)),
                "its pub_key is not the public key of its priv_key",
            ),
            (
                cometbft_file(
                    "tendermint/PrivKeySr25519",
                    &secret[..],
                    SECP256K1_PUB,
                    &other,
                ),
                "its priv_key is of type \"tendermint/PrivKeySr25519\"",
            ),
            (
                cometbft_file(SECP256K1_PRIV, &secret[..31], SECP256K1_PUB, &other),
                "its priv_key holds 31 bytes",
            ),
            (
                cometbft_file(SECP256K1_PRIV, &[0u8; 32], SECP256K1_PUB, &other),
                "its priv_key is not a secp256k1 private key",
            ),
            (
                r#"{"priv_key": {"type": "tendermint/PrivKeySecp256k1", "value": "%%"}}"#.into(),
                "its priv_key value is not base64",
            ),
            (
                r#"{"priv_key": "abc"}"#.into(),
                "its priv_key is not CometBFT's {\"type\"",
            ),
        ];
        for (text, needle) in cases {
            let e = refused(&dir, &text);
            assert_eq!(e.kind, Kind::Usage, "{text}");
            assert!(e.message.contains(needle), "{needle:?} in {}", e.message);
            assert!(e
                .message
                .starts_with(&dir.path().join("key").display().to_string()));
        }
    }

    /// Cross-checks against tendermint-rs, the Rust reference for CometBFT's encodings: the
    /// files and keys it writes read back as the same key here.
    mod reference {
        use super::*;
        use ::tendermint::{account, private_key, PrivateKey, PublicKey as TmPublicKey};

        /// priv_validator_key.json as tendermint-rs serialises its own types.
        fn tm_file(priv_key: &PrivateKey) -> String {
            let pub_key = priv_key.public_key();
            serde_json::to_string_pretty(&serde_json::json!({
                "address": account::Id::from(pub_key),
                "pub_key": pub_key,
                "priv_key": priv_key,
            }))
            .unwrap()
        }

        #[test]
        fn tendermint_rs_secp256k1_key_files_and_public_keys_read_as_the_same_key() {
            let dir = tempfile::tempdir().unwrap();
            for _ in 0..8 {
                let secret = PrivateKeySigner::random().to_bytes();
                let signing = private_key::Secp256k1::try_from(&secret[..]).unwrap();
                let tm_priv = PrivateKey::Secp256k1(signing);
                let tm_pub = tm_priv.public_key();
                let text = tm_file(&tm_priv);
                let path = write(&dir, "priv_validator_key.json", &text);

                let key = read_key_file(&path, None).unwrap();
                assert_eq!(key.to_bytes(), secret, "{text}");
                let xy = public_key(&key);

                // tendermint-rs's public key: 33 bytes compressed, printed as base64 and as JSON.
                let tm_compressed = tm_pub.to_bytes();
                assert_eq!(tm_compressed.len(), 33);
                assert_eq!(parse_pubkey(&b64(&tm_compressed)).unwrap(), xy);
                let tm_json = serde_json::to_string(&tm_pub).unwrap();
                assert_eq!(parse_pubkey(&tm_json).unwrap(), xy, "{tm_json}");
                let file: Value = serde_json::from_str(&text).unwrap();
                assert_eq!(parse_pubkey(&file["pub_key"].to_string()).unwrap(), xy);

                // The validator-set export says the same key and address as tendermint-rs.
                let ours = crate::tendermint::compress(&xy).unwrap();
                assert_eq!(ours.to_vec(), tm_compressed);
                assert_eq!(
                    crate::tendermint::address(&ours),
                    account::Id::from(tm_pub).to_string()
                );
            }
        }

        #[test]
        fn tendermint_rs_ed25519_keys_are_refused_as_ed25519() {
            let dir = tempfile::tempdir().unwrap();
            let signing = private_key::Ed25519::try_from(&[7u8; 32][..]).unwrap();
            let tm_priv = PrivateKey::Ed25519(signing);
            let e = refused(&dir, &tm_file(&tm_priv));
            assert_eq!(e.kind, Kind::Usage);
            assert!(e.message.contains("ed25519"), "{}", e.message);
            assert!(e.message.contains("sequencers need a secp256k1 key"));

            let tm_pub = tm_priv.public_key();
            let e = parse_pubkey(&serde_json::to_string(&tm_pub).unwrap()).unwrap_err();
            assert!(
                e.contains("an ed25519 key: sequencers need secp256k1"),
                "{e}"
            );
            let e = parse_pubkey(&b64(&tm_pub.to_bytes())).unwrap_err();
            assert!(
                e.contains("32 bytes of base64: an ed25519 public key"),
                "{e}"
            );
        }

        #[test]
        fn agrees_with_tendermint_rs_on_which_compressed_keys_are_points() {
            let (mut points, mut not_points) = (0, 0);
            for prefix in [2u8, 3] {
                for x in 0u8..=40 {
                    let mut sec1 = [0u8; 33];
                    sec1[0] = prefix;
                    sec1[32] = x;
                    let json = format!(
                        "{{\"type\":\"{SECP256K1_PUB}\",\"value\":\"{}\"}}",
                        b64(&sec1)
                    );
                    let theirs = serde_json::from_str::<TmPublicKey>(&json).is_ok();
                    assert_eq!(parse_pubkey(&json).is_ok(), theirs, "{json}");
                    assert_eq!(parse_pubkey(&b64(&sec1)).is_ok(), theirs, "{json}");
                    if theirs {
                        points += 1;
                    } else {
                        not_points += 1;
                    }
                }
            }
            assert!(points > 0 && not_points > 0, "{points} / {not_points}");
        }

        /// The secp256k1 example of CometBFT's own documentation of priv_validator_key.json
        /// (written by the Go implementation): read as one consistent key, same address.
        #[test]
        fn the_example_in_cometbft_documentation() {
            let dir = tempfile::tempdir().unwrap();
            let text = r#"{
  "address": "E5B4F106D46A46820308C49B5F92DC22D9F9ACFA",
  "pub_key": {
    "type": "tendermint/PubKeySecp256k1",
    "value": "AhRzbjoZaiyrbCE/yJ6gwIBXjwzl8+H7W8KMAphJVUzt"
  },
  "priv_key": {
    "type": "tendermint/PrivKeySecp256k1",
    "value": "Lfa2uW//4KGvzLXhtoHGfI5Yd2DA2gC7pOfHSkFheGg="
  }
}"#;
            let path = write(&dir, "priv_validator_key.json", text);
            let key = read_key_file(&path, None).unwrap();
            let xy = public_key(&key);
            assert_eq!(
                parse_pubkey("AhRzbjoZaiyrbCE/yJ6gwIBXjwzl8+H7W8KMAphJVUzt").unwrap(),
                xy
            );
            let c = crate::tendermint::compress(&xy).unwrap();
            assert_eq!(
                crate::tendermint::address(&c),
                "E5B4F106D46A46820308C49B5F92DC22D9F9ACFA"
            );
        }
    }
}
