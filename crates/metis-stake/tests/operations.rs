//! The remaining commands end to end: key rotation, reward recipients, guardian pause,
//! parameter changes, surplus, beneficiary hand-over, keystores.

mod common;
use common::*;
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[tokio::test]
async fn rotate_signer_set_recipient_and_claim_to() {
    let env = Env::with_system();
    let key = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &key]));

    // Rotate to a new key; the old key stays burnt.
    let key2 = env.node_key("b.key");
    let out = json(&ok(env.cli(1).args([
        "--json",
        "rotate-signer",
        "1",
        "--key-file",
        &key2,
    ])));
    let st = json(&ok(env.cli(1).args(["--json", "status", "1"])));
    assert_eq!(st["positions"][0]["signer"], out["signer"]);
    fails(
        env.cli(2).args(["deposit", "20000", "--key-file", &key]),
        1,
        "is already bound to sequencer 1",
    );
    fails(
        env.cli(2).args(["rotate-signer", "1", "--key-file", &key2]),
        1,
        "error:",
    );

    // Rewards go to the recipient by default, or to --to.
    let cold = env.address(3).to_string();
    ok(env.cli(1).args(["set-recipient", "1", &cold]));
    env.increase_time(86_400).await;
    let c = json(&ok(env.cli(1).args(["--json", "claim", "1"])));
    assert_eq!(
        c["to"].as_str().unwrap().to_lowercase(),
        cold.to_lowercase()
    );
    env.increase_time(86_400).await;
    let to = env.address(2).to_string();
    let c = json(&ok(env.cli(1).args(["--json", "claim", "1", "--to", &to])));
    assert_eq!(c["to"].as_str().unwrap().to_lowercase(), to.to_lowercase());
    let bal = json(&ok(env.cli_read().args(["--json", "balance", &cold])));
    assert_ne!(bal["balance"], "0");
    // Nothing accrued since the last claim in the same second: refused, nothing sent.
    let before = env.snapshot().await;
    fails(env.cli(1).args(["claim", "1"]), 1, "has no reward to claim");
    assert_eq!(env.snapshot().await, before);
}

#[tokio::test]
async fn pause_stops_locks_but_not_exits_and_parameters_change() {
    let env = Env::with_system();
    let key = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "20000", "--key-file", &key]));
    ok(env.cli(0).args(["gov", "pause"]));
    let key2 = env.node_key("b.key");
    fails(
        env.cli(2).args(["deposit", "20000", "--key-file", &key2]),
        1,
        "paused",
    );
    ok(env.cli(1).args(["unlock", "1", "--all"]));
    ok(env.cli(0).args(["gov", "unpause"]));
    ok(env.cli(2).args(["deposit", "20000", "--key-file", &key2]));

    ok(env.cli(0).args(["gov", "set-limits", "25000", "90000"]));
    let key3 = env.node_key("c.key");
    fails(
        env.cli(2).args(["deposit", "20000", "--key-file", &key3]),
        1,
        "below the minimum lock of 25000 METIS",
    );
    fails(
        env.cli(0).args(["gov", "set-limits", "9", "8"]),
        1,
        "invalid lock limits",
    );
    ok(env.cli(0).args(["gov", "set-max-sequencers", "1"]));
    fails(
        env.cli(2).args(["deposit", "25000", "--key-file", &key3]),
        1,
        "the sequencer set is full (1 active)",
    );
    ok(env.cli(0).args(["gov", "set-unlock-delay", "86400"]));
    fails(
        env.cli(0).args(["gov", "set-unlock-delay", "60"]),
        1,
        "outside 1 day .. 90 days",
    );
    ok(env.cli(0).args(["gov", "permissionless", "on"]));

    // The reward surplus can be withdrawn, never the liability.
    let info = json(&ok(env.cli_read().args(["--json", "rewards", "info"])));
    let surplus = info["surplus"].as_str().unwrap().to_string();
    let to = env.address(3).to_string();
    fails(
        env.cli(0)
            .args(["gov", "withdraw-surplus", "100000", "--to", &to]),
        1,
        "of surplus can be withdrawn",
    );
    ok(env
        .cli(0)
        .args(["gov", "withdraw-surplus", &surplus, "--wei", "--to", &to]));
    let bal = json(&ok(env.cli_read().args(["--json", "balance", &to])));
    assert_eq!(bal["balance"].as_str().unwrap(), surplus);
}

#[tokio::test]
async fn beneficiary_hand_over_and_keystores() {
    let env = Env::start();
    ok(env.cli(0).args(["deploy", "--test-token"]));
    ok(env.cli(0).args(["faucet", "1000"]));
    ok(env.cli(0).args(["grants", "fund", "1000"]));
    let b1 = env.address(1).to_string();
    ok(env
        .cli(0)
        .args(["grants", "create", &b1, "1000", "--duration-days", "1"]));
    ok(env
        .cli(1)
        .args(["grants", "propose", "1", &env.address(2).to_string()]));
    fails(
        env.cli(3).args(["grants", "accept", "1"]),
        1,
        "was not proposed as beneficiary of grant 1",
    );
    ok(env.cli(2).args(["grants", "accept", "1"]));
    env.increase_time(2 * 86_400).await;
    fails(
        env.cli(1).args(["grants", "claim", "1"]),
        1,
        "is not the beneficiary",
    );

    // The new beneficiary signs with an encrypted keystore.
    let dir = env.dir.path();
    let pw = dir.join("pw");
    std::fs::write(&pw, "correct horse\n").unwrap();
    let cast = workspace_root().join("node_modules/@foundry-rs/cast-linux-amd64/bin/cast");
    let out = std::process::Command::new(cast)
        .args(["wallet", "import", "ks", "--keystore-dir"])
        .arg(dir)
        .args([
            "--private-key",
            &env.key(2),
            "--unsafe-password",
            "correct horse",
        ])
        .output()
        .expect("cast wallet import");
    assert!(out.status.success(), "{}", stderr(&out));
    let ks = dir.join("ks");
    let mut cmd = env.cli_read();
    cmd.arg("--keystore")
        .arg(&ks)
        .arg("--password-file")
        .arg(&pw)
        .args(["--json", "grants", "claim", "1"]);
    let c = json(&ok(&mut cmd));
    assert_eq!(c["claimed"], "1000000000000000000000");
    std::fs::write(&pw, "wrong\n").unwrap();
    let mut cmd = env.cli_read();
    cmd.arg("--keystore")
        .arg(&ks)
        .arg("--password-file")
        .arg(&pw)
        .args(["balance"]);
    fails(&mut cmd, 1, "cannot open keystore");
}
