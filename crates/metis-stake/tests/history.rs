//! `history`: a position's whole life read back from the chain's logs, end to end.

mod common;
use alloy::providers::Provider;
use common::*;
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn rows(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

fn kinds(v: &Value) -> Vec<&str> {
    rows(v)
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect()
}

const E18: &str = "000000000000000000";

#[tokio::test]
async fn a_positions_life_in_order_in_json_csv_and_table() {
    let env = Env::with_system();
    let key1 = env.node_key("node1.key");
    let key2 = env.node_key("node2.key");
    let cold = env.address(3).to_string().to_lowercase();

    // (kind, amount in wei or null, recipient or null, tx) as each command reported it.
    let mut want: Vec<(&str, Value, Value, Value)> = Vec::new();
    let lock = json(&ok(env.cli(1).args([
        "--json",
        "deposit",
        "20000",
        "--key-file",
        &key1,
    ])));
    want.push((
        "lock",
        format!("20000{E18}").into(),
        Value::Null,
        lock["tx"].clone(),
    ));
    // Another owner's position: none of its events may show in owner 1's history.
    ok(env.cli(2).args(["deposit", "20000", "--key-file", &key2]));
    let top = json(&ok(env.cli(1).args(["--json", "top-up", "1", "5000"])));
    want.push((
        "top-up",
        format!("5000{E18}").into(),
        Value::Null,
        top["tx"].clone(),
    ));

    env.increase_time(30 * 86_400).await;
    let claim = json(&ok(env
        .cli(1)
        .args(["--json", "claim", "1", "--to", &cold])));
    want.push((
        "claim",
        claim["claimed"].clone(),
        cold.clone().into(),
        claim["tx"].clone(),
    ));
    ok(env.cli(2).args(["claim", "2"]));
    env.increase_time(86_400).await;
    let comp = json(&ok(env.cli(1).args(["--json", "claim", "1", "--compound"])));
    want.push((
        "compound",
        comp["compounded"].clone(),
        Value::Null,
        comp["tx"].clone(),
    ));
    let unlock = json(&ok(env.cli(1).args(["--json", "unlock", "1", "1000"])));
    want.push((
        "unlock",
        format!("1000{E18}").into(),
        Value::Null,
        unlock["tx"].clone(),
    ));
    env.increase_time(21 * 86_400).await;
    let withdraw = json(&ok(env.cli(1).args(["--json", "withdraw", "1"])));
    let owner = env.address(1).to_string().to_lowercase();
    want.push((
        "withdraw",
        format!("1000{E18}").into(),
        owner.into(),
        withdraw["tx"].clone(),
    ));
    let jail = json(&ok(env.cli(0).args(["--json", "gov", "jail", "1"])));
    want.push(("jail", Value::Null, Value::Null, jail["tx"].clone()));
    let unjail = json(&ok(env.cli(0).args(["--json", "gov", "unjail", "1"])));
    want.push(("unjail", Value::Null, Value::Null, unjail["tx"].clone()));
    let slash = json(&ok(env
        .cli(0)
        .args(["--json", "gov", "slash", "1", "100", "--reason", "x, twice"])));
    let treasury = env.deployed()["parameters"]["treasury"]
        .as_str()
        .unwrap()
        .to_lowercase();
    want.push((
        "slash",
        format!("100{E18}").into(),
        treasury.into(),
        slash["tx"].clone(),
    ));

    // JSON: every event, in order, with the amounts and transactions the commands reported.
    let h = json(&ok(env.cli(1).args(["--json", "history"])));
    assert_eq!(
        kinds(&h),
        ["lock", "top-up", "claim", "compound", "unlock", "withdraw", "jail", "unjail", "slash"]
    );
    for (row, (kind, amount, recipient, tx)) in rows(&h).iter().zip(&want) {
        assert_eq!(row["position"], "1", "{kind}");
        assert_eq!(&row["amount"], amount, "{kind}");
        assert_eq!(row["tx"], *tx, "{kind}");
        let got = row["recipient"].as_str().map(str::to_lowercase);
        assert_eq!(got.as_deref(), recipient.as_str(), "{kind}");
    }
    let all = rows(&h);
    assert_eq!(all[0]["amountMetis"], "20000");
    assert_eq!(all[8]["amountMetis"], "100");
    assert_eq!(all[8]["note"], "x, twice");
    assert!(all[6]["amountMetis"].is_null());
    // The claim's METIS amount is the wei amount with the point moved 18 places, exactly.
    let metis = all[2]["amountMetis"].as_str().unwrap();
    let (int, frac) = metis.split_once('.').unwrap_or((metis, ""));
    let back = format!("{int}{frac:0<18}")
        .trim_start_matches('0')
        .to_string();
    assert_eq!(back, all[2]["amount"].as_str().unwrap());
    let blocks: Vec<u64> = all.iter().map(|r| r["block"].as_u64().unwrap()).collect();
    assert!(blocks.windows(2).all(|w| w[0] < w[1]), "{blocks:?}");
    // The block time is the block's, and the date says the same in UTC.
    let block = env
        .provider
        .get_block_by_number(blocks[2].into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(all[2]["timestamp"], block.header.timestamp);
    let date = all[2]["date"].as_str().unwrap();
    assert!(
        date.len() == 20 && date.ends_with('Z') && &date[10..11] == "T",
        "{date}"
    );
    assert_eq!(
        json(&ok(env.cli(1).args(["history", "--format", "json"]))),
        h,
        "--format json is --json"
    );

    // CSV: the same rows, in columns a tax spreadsheet takes.
    let csv = ok(env.cli(1).args(["history", "--format", "csv"]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "date_utc,kind,position,amount_metis,token,recipient,tx_hash,block,note"
    );
    assert_eq!(lines.len(), 10, "{csv}");
    for (line, row) in lines[1..].iter().zip(all) {
        let f: Vec<&str> = line.splitn(9, ',').collect();
        assert_eq!(f[0], row["date"], "{line}");
        assert_eq!(f[1], row["kind"], "{line}");
        assert_eq!(f[2], "1", "{line}");
        assert_eq!(f[3], row["amountMetis"].as_str().unwrap_or(""), "{line}");
        assert_eq!(f[4], if row["amount"].is_null() { "" } else { "METIS" });
        assert_eq!(
            f[5].to_lowercase(),
            row["recipient"].as_str().unwrap_or("").to_lowercase()
        );
        assert_eq!(f[6], row["tx"], "{line}");
        assert_eq!(f[7], row["block"].to_string(), "{line}");
    }
    assert!(lines[3].starts_with(&format!("{},claim,1,", all[2]["date"].as_str().unwrap())));
    assert!(lines[9].ends_with(",\"x, twice\""), "{}", lines[9]);

    // The table: a header and one line per event.
    let table = ok(env.cli(1).args(["history"]));
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 10, "{table}");
    assert!(lines[0].starts_with("date (UTC)"), "{table}");
    assert!(lines[3].contains(" claim ") && lines[3].contains(all[2]["tx"].as_str().unwrap()));

    // --from-block: only what happened from the compound on.
    let from = blocks[3].to_string();
    let later = json(&ok(env.cli(1).args([
        "--json",
        "history",
        "--from-block",
        &from,
    ])));
    assert_eq!(
        kinds(&later),
        ["compound", "unlock", "withdraw", "jail", "unjail", "slash"]
    );
    assert_eq!(rows(&later)[0]["tx"], want[3].3);

    // The other owner, by address and by id: position 2 only, and none of position 1.
    let other = env.address(2).to_string();
    let theirs = json(&ok(env
        .cli_read()
        .args(["--json", "history", "--owner", &other])));
    assert_eq!(kinds(&theirs), ["lock", "claim"]);
    assert!(rows(&theirs).iter().all(|r| r["position"] == "2"));
    assert!(rows(&theirs)
        .iter()
        .all(|r| !want.iter().any(|w| w.3 == r["tx"])));
    let by_id = json(&ok(env.cli(1).args(["--json", "history", "2"])));
    assert_eq!(by_id, theirs);
}

#[tokio::test]
async fn bad_requests_and_empty_histories() {
    let env = Env::start();
    ok(env.cli(0).args(["deploy", "--test-token"]));

    fails(env.cli_read().args(["history"]), 2, "say whose history");
    fails(
        env.cli(0).args(["history", "7"]),
        1,
        "there is no sequencer 7",
    );
    fails(
        env.cli(0).args(["--json", "history", "--format", "csv"]),
        2,
        "--json asks for JSON",
    );
    fails(
        env.cli(0).args(["history", "--from-block", "999999"]),
        2,
        "past the latest block",
    );
    fails(
        env.cli(0)
            .args(["history", "1", "--owner", &env.address(1).to_string()]),
        2,
        "cannot be used with",
    );

    // An owner without positions: nothing, in every format.
    assert_eq!(
        json(&ok(env.cli(0).args(["--json", "history"]))),
        Value::Array(vec![])
    );
    assert_eq!(ok(env.cli(0).args(["history"])), "no events\n");
    assert_eq!(
        ok(env.cli(0).args(["history", "--format", "csv"])),
        "date_utc,kind,position,amount_metis,token,recipient,tx_hash,block,note\n"
    );
}
