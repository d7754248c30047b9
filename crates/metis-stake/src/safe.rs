//! Safe Transaction Builder batch files, for a Safe multisig that proposes to the timelock.
//!
//! The format (`version`, `chainId`, `createdAt`, `meta`, `transactions` with `to`, `value`,
//! `data`, `contractMethod`, `contractInputsValues`) and its checksum are those of the
//! Builder (safe-global, `apps/tx-builder`: `typings/models.ts`, `lib/checksum.ts`): the
//! checksum is `keccak256` of a serialization of the batch with `meta.name` set to null and
//! without `meta.checksum`, in which an object is `{` + its sorted keys as a JSON array + each
//! value (in key order) serialized and followed by `,` + `}`, an array is its serialized
//! elements joined by `,` in brackets, and anything else is its JSON.

use alloy::dyn_abi::DynSolValue;
use alloy::json_abi::Function;
use alloy::primitives::{keccak256, Address, Bytes, B256};
use serde_json::{json, Value};

/// The Builder version written in `meta.txBuilderVersion`.
pub const TX_BUILDER_VERSION: &str = "1.16.5";

/// The Builder's serialization of `v` (see the module docs).
pub fn serialize(v: &Value) -> String {
    match v {
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(serialize).collect::<Vec<_>>().join(",")
        ),
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = format!(
                "{{{}",
                serde_json::to_string(&keys).unwrap_or_else(|_| "[]".into())
            );
            for k in keys {
                out.push_str(&serialize(&map[k]));
                out.push(',');
            }
            out.push('}');
            out
        }
        other => other.to_string(),
    }
}

/// The checksum of a batch: keccak256 of its serialization with `meta.name` null and no
/// `meta.checksum`.
pub fn checksum(batch: &Value) -> B256 {
    let mut b = batch.clone();
    if let Some(meta) = b.get_mut("meta").and_then(Value::as_object_mut) {
        meta.remove("checksum");
        meta.insert("name".into(), Value::Null);
    }
    keccak256(serialize(&b).as_bytes())
}

/// A batch file of `transactions` for `chain_id`, with its checksum in `meta.checksum`.
/// `created_at` is in milliseconds, as the Builder writes it.
pub fn batch(
    chain_id: u64,
    created_at: u64,
    name: &str,
    description: &str,
    safe: Option<Address>,
    transactions: Vec<Value>,
) -> Value {
    let mut b = json!({
        "version": "1.0",
        "chainId": chain_id.to_string(),
        "createdAt": created_at,
        "meta": {
            "name": name,
            "description": description,
            "txBuilderVersion": TX_BUILDER_VERSION,
            "createdFromSafeAddress": safe.map(|a| a.to_checksum(None)).unwrap_or_default(),
            "createdFromOwnerAddress": "",
        },
        "transactions": transactions,
    });
    let sum = checksum(&b);
    b["meta"]["checksum"] = json!(sum);
    b
}

/// One transaction of a batch: a call of `function` with `args`, with its calldata too.
pub fn transaction(to: Address, function: &Function, args: &[DynSolValue], data: &Bytes) -> Value {
    let inputs: Vec<Value> = function
        .inputs
        .iter()
        .map(|p| {
            let ty = p.ty.to_string();
            json!({ "internalType": p.internal_type.as_ref().map(|t| t.to_string()).unwrap_or_else(|| ty.clone()), "name": p.name, "type": ty })
        })
        .collect();
    let values: serde_json::Map<String, Value> = function
        .inputs
        .iter()
        .zip(args)
        .map(|(p, v)| (p.name.clone(), Value::String(text(v, ","))))
        .collect();
    json!({
        "to": to.to_checksum(None),
        "value": "0",
        "data": data,
        "contractMethod": { "inputs": inputs, "name": function.name, "payable": function.state_mutability == alloy::json_abi::StateMutability::Payable },
        "contractInputsValues": values,
    })
}

/// An argument as text, as `gov pending` shows it: decimal numbers, checksummed addresses,
/// `0x` hex for bytes, `true`/`false`, strings in double quotes, lists in brackets.
pub fn value_text(v: &DynSolValue) -> String {
    match v {
        DynSolValue::String(s) => format!("{s:?}"),
        DynSolValue::Array(xs) | DynSolValue::FixedArray(xs) | DynSolValue::Tuple(xs) => format!(
            "[{}]",
            xs.iter().map(value_text).collect::<Vec<_>>().join(", ")
        ),
        other => text(other, ", "),
    }
}

/// An argument as the Builder's input fields hold it: as [`value_text`], but list items
/// joined by a bare `,` and unquoted (`[0xf39F…2266,0x7099…79C8]`), as the Builder parses them.
fn text(v: &DynSolValue, sep: &str) -> String {
    match v {
        DynSolValue::Address(a) => a.to_checksum(None),
        DynSolValue::Bool(b) => b.to_string(),
        DynSolValue::Uint(u, _) => u.to_string(),
        DynSolValue::Int(i, _) => i.to_string(),
        DynSolValue::String(s) => s.clone(),
        DynSolValue::Bytes(b) => Bytes::copy_from_slice(b).to_string(),
        DynSolValue::FixedBytes(w, n) => Bytes::copy_from_slice(&w[..*n]).to_string(),
        DynSolValue::Array(xs) | DynSolValue::FixedArray(xs) | DynSolValue::Tuple(xs) => {
            format!(
                "[{}]",
                xs.iter()
                    .map(|x| text(x, sep))
                    .collect::<Vec<_>>()
                    .join(sep)
            )
        }
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A batch whose checksum was computed apart from this code: the Builder's published
    /// serialization re-typed in JavaScript (node), hashed with `cast keccak`.
    #[test]
    fn checksum_matches_the_builders_algorithm() {
        let b = json!({
            "version": "1.0",
            "chainId": "11155111",
            "createdAt": 1_767_225_600_000u64,
            "meta": {
                "name": "metis-stake: add 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 to the whitelist",
                "description": "schedule",
                "txBuilderVersion": "1.16.5",
                "createdFromSafeAddress": "",
                "createdFromOwnerAddress": "",
            },
            "transactions": [{
                "to": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
                "value": "0",
                "data": "0x01d5062a",
                "contractMethod": {
                    "inputs": [
                        { "internalType": "address", "name": "target", "type": "address" },
                        { "internalType": "uint256", "name": "delay", "type": "uint256" },
                    ],
                    "name": "schedule",
                    "payable": false,
                },
                "contractInputsValues": {
                    "target": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
                    "delay": "3600",
                },
            }],
        });
        let expected: B256 = "0xad90d93965013f71ade4986a8d94c40e8b7595dc8c92d95d834b6c3d47b67e54"
            .parse()
            .unwrap();
        assert_eq!(checksum(&b), expected);
        // The name and an existing checksum do not count.
        let mut renamed = b.clone();
        renamed["meta"]["name"] = json!("another name");
        renamed["meta"]["checksum"] = json!("0x00");
        assert_eq!(checksum(&renamed), expected);
        // Anything else does.
        let mut changed = b.clone();
        changed["transactions"][0]["contractInputsValues"]["delay"] = json!("3601");
        assert_ne!(checksum(&changed), expected);
    }

    #[test]
    fn lists_are_written_as_the_builder_reads_them() {
        let a: Address = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
            .parse()
            .unwrap();
        let list = DynSolValue::Array(vec![DynSolValue::Address(a), DynSolValue::Address(a)]);
        let c = a.to_checksum(None);
        // The Builder: unquoted items joined by a bare comma; `gov pending`: for people.
        assert_eq!(text(&list, ","), format!("[{c},{c}]"));
        assert_eq!(value_text(&list), format!("[{c}, {c}]"));
    }

    #[test]
    fn serializes_as_the_builder_does() {
        assert_eq!(
            serialize(&json!({"b": 1, "a": [true, null]})),
            r#"{["a","b"][true,null],1,}"#
        );
    }

    #[test]
    fn a_transaction_carries_its_method_and_values() {
        let f = Function::parse("function setWhitelisted(address operator, bool allowed)").unwrap();
        let who: Address = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
            .parse()
            .unwrap();
        let t = transaction(
            who,
            &f,
            &[DynSolValue::Address(who), DynSolValue::Bool(true)],
            &Bytes::from(vec![1, 2]),
        );
        assert_eq!(t["contractMethod"]["name"], "setWhitelisted");
        assert_eq!(t["contractInputsValues"]["operator"], who.to_checksum(None));
        assert_eq!(t["contractInputsValues"]["allowed"], "true");
        assert_eq!(t["data"], "0x0102");
        let b = batch(1, 5, "n", "d", None, vec![t]);
        assert_eq!(b["meta"]["checksum"], json!(checksum(&b)));
    }
}
