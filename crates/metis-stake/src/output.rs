//! Results go to stdout (human text, or JSON with `--json`); nothing else goes there.

use alloy::primitives::Address;
use serde_json::Value;
use std::io::Write;

/// Writes `text` to stdout. A reader that went away (`metis-stake status | head -2`) ends the
/// program quietly with exit 0, as `cat` or `rg` do, instead of a panic.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write to stdout: {e}");
        std::process::exit(1);
    }
}

/// Prints a command's result: `json` with `--json`, else `human`. Every address in the JSON
/// is written in its EIP-55 checksummed form, as cast prints addresses.
pub fn result(json_mode: bool, human: impl AsRef<str>, json: Value) {
    if json_mode {
        let json = checksummed(json);
        print(&(serde_json::to_string_pretty(&json).unwrap_or_else(|_| json.to_string()) + "\n"));
    } else {
        let h = human.as_ref();
        if !h.is_empty() {
            print(&format!("{h}\n"));
        }
    }
}

/// `value` with every string that is an address (`0x` + 40 hex digits) in EIP-55 form. Hashes
/// (32 bytes), keys and calldata have other lengths and are left as they are.
pub fn checksummed(value: Value) -> Value {
    match value {
        Value::String(s) if s.len() == 42 && s.starts_with("0x") => match s.parse::<Address>() {
            Ok(a) => Value::String(a.to_checksum(None)),
            Err(_) => Value::String(s),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(checksummed).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, checksummed(v))).collect())
        }
        other => other,
    }
}

/// A progress line on stderr (what the command is doing).
pub fn step(msg: impl AsRef<str>) {
    eprintln!("{}", msg.as_ref());
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn addresses_in_json_are_eip55() {
        let a: Address = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
            .parse()
            .unwrap();
        let v = checksummed(json!({
            "owner": a,
            "list": [a, "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"],
            "tx": "0x39eb4d2ebabcf2f94ef28fe6a9795d0a152922efc5a99e825b1fb611f7433084",
            "amount": "20000",
        }));
        assert_eq!(v["owner"], "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assert_eq!(v["list"][1], "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assert_eq!(
            v["tx"],
            "0x39eb4d2ebabcf2f94ef28fe6a9795d0a152922efc5a99e825b1fb611f7433084"
        );
        assert_eq!(v["amount"], "20000");
    }
}
