//! End-to-end test kit: a real anvil per test (native binary, free port), the built
//! `metis-stake` binary, and helpers to read the chain back.
#![allow(dead_code)]

pub mod proxy;

use alloy::node_bindings::{Anvil, AnvilInstance};
use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// How many of anvil's development accounts the tests use.
pub const ACCOUNTS: usize = 4;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// The native anvil: `METIS_ANVIL_BIN` (set by the Makefile) or the npm platform package.
pub fn anvil_bin() -> PathBuf {
    if let Ok(p) = std::env::var("METIS_ANVIL_BIN") {
        return PathBuf::from(p);
    }
    workspace_root().join("node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil")
}

pub struct Env {
    pub anvil: AnvilInstance,
    pub dir: TempDir,
    pub provider: DynProvider,
}

impl Env {
    pub fn start() -> Self {
        Self::start_with(&[])
    }

    pub fn start_with(args: &[&str]) -> Self {
        let anvil = Anvil::at(anvil_bin())
            .port(0u16)
            .args(args.iter().copied())
            .spawn();
        let provider = ProviderBuilder::new()
            .connect_http(anvil.endpoint_url())
            .erased();
        Self {
            anvil,
            dir: tempfile::tempdir().expect("tempdir"),
            provider,
        }
    }

    pub fn rpc(&self) -> String {
        self.anvil.endpoint()
    }

    pub fn deployments(&self) -> PathBuf {
        self.dir.path().join("deployments.json")
    }

    /// `metis-stake` with this chain's RPC and deployments file, signing with `KEYS[key]`.
    pub fn cli(&self, key: usize) -> Command {
        let mut c = Command::cargo_bin("metis-stake").expect("binary built");
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("RUST_BACKTRACE", "0")
            .arg("--rpc-url")
            .arg(self.rpc())
            .arg("--deployments")
            .arg(self.deployments())
            .arg("--private-key")
            .arg(self.key(key));
        c
    }

    /// `metis-stake` as [`Env::cli`], but talking to the node through `rpc` (a [`proxy::Relay`]).
    pub fn cli_via(&self, key: usize, rpc: &str) -> Command {
        let mut c = Command::cargo_bin("metis-stake").expect("binary built");
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("RUST_BACKTRACE", "0")
            .arg("--rpc-url")
            .arg(rpc)
            .arg("--deployments")
            .arg(self.deployments())
            .arg("--private-key")
            .arg(self.key(key));
        c
    }

    /// `metis-stake` without a signer.
    pub fn cli_read(&self) -> Command {
        let mut c = Command::cargo_bin("metis-stake").expect("binary built");
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("RUST_BACKTRACE", "0")
            .arg("--rpc-url")
            .arg(self.rpc())
            .arg("--deployments")
            .arg(self.deployments());
        c
    }

    /// Private key `i` of this anvil, as hex.
    pub fn key(&self, i: usize) -> String {
        alloy::hex::encode_prefixed(self.anvil.keys()[i].to_bytes())
    }

    pub fn address(&self, key: usize) -> Address {
        self.anvil.addresses()[key]
    }

    pub fn deployed(&self) -> serde_json::Value {
        serde_json::from_str(
            &std::fs::read_to_string(self.deployments()).expect("deployments file"),
        )
        .expect("json")
    }

    pub fn addr_of(&self, name: &str) -> Address {
        self.deployed()[name]
            .as_str()
            .expect(name)
            .parse()
            .expect("address")
    }

    pub async fn block_number(&self) -> u64 {
        self.provider
            .get_block_number()
            .await
            .expect("block number")
    }

    pub async fn nonce(&self, key: usize) -> u64 {
        self.provider
            .get_transaction_count(self.address(key))
            .await
            .expect("nonce")
    }

    pub async fn increase_time(&self, secs: u64) {
        let _: serde_json::Value = self
            .provider
            .raw_request("evm_increaseTime".into(), (secs,))
            .await
            .expect("increaseTime");
        let _: serde_json::Value = self
            .provider
            .raw_request("evm_mine".into(), ())
            .await
            .expect("mine");
    }
}

pub fn wei(metis: u64) -> U256 {
    U256::from(metis) * U256::from(10u64).pow(U256::from(18))
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs a command that must succeed and returns its stdout.
pub fn ok(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run metis-stake");
    assert!(
        out.status.success(),
        "command failed ({:?})\nstdout: {}\nstderr: {}",
        out.status.code(),
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

/// Runs a command that must fail with `code` and an `error:` line containing `needle`;
/// returns stderr.
pub fn fails(cmd: &mut Command, code: i32, needle: &str) -> String {
    let out = cmd.output().expect("run metis-stake");
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "expected exit {code}\nstdout: {}\nstderr: {err}",
        stdout(&out)
    );
    let first = err
        .lines()
        .find(|l| l.starts_with("error:"))
        .unwrap_or_else(|| panic!("no error: line in\n{err}"));
    assert!(err.contains(needle), "expected {needle:?} in\n{err}");
    assert!(!first.is_empty());
    assert!(
        out.stdout.is_empty(),
        "nothing on stdout on failure, got {}",
        stdout(&out)
    );
    err
}

impl Env {
    /// The whole system on this anvil, governed by account 0, with rewards funded
    /// (100,000 METIS), the program started, and accounts 1 and 2 whitelisted and holding
    /// 200,000 METIS each.
    pub fn with_system() -> Self {
        let env = Env::start();
        ok(env.cli(0).args(["deploy", "--test-token"]));
        ok(env.cli(0).args(["faucet", "200000"]));
        ok(env.cli(0).args(["rewards", "fund", "100000"]));
        ok(env.cli(0).args(["rewards", "start"]));
        for k in [1usize, 2] {
            ok(env
                .cli(0)
                .args(["gov", "whitelist", &env.address(k).to_string()]));
            ok(env.cli(k).args(["faucet", "200000"]));
        }
        env
    }

    /// A new node key file in the temp dir; returns its path.
    pub fn node_key(&self, name: &str) -> String {
        let path = self.dir.path().join(name);
        ok(self.cli_read().args(["signer", "new", "--out"]).arg(&path));
        path.to_string_lossy().into_owned()
    }

    /// Chain state that a refused command must leave alone: every key's nonce and the head.
    pub async fn snapshot(&self) -> (Vec<u64>, u64) {
        let mut nonces = Vec::new();
        for k in 0..ACCOUNTS {
            nonces.push(self.nonce(k).await);
        }
        (nonces, self.block_number().await)
    }
}

/// The native forge: `METIS_FORGE_BIN` (set by the Makefile) or the npm platform package.
pub fn forge_bin() -> PathBuf {
    if let Ok(p) = std::env::var("METIS_FORGE_BIN") {
        return PathBuf::from(p);
    }
    workspace_root().join("node_modules/@foundry-rs/forge-linux-amd64/bin/forge")
}

impl Env {
    /// Runs `script/Deploy.s.sol` against this anvil with `--broadcast`, signing with account
    /// 0 and the given extra environment; the deployments file goes to `self.deployments()`
    /// (through a file under `deployments/`, where forge may write).
    pub fn forge_deploy(&self, env: &[(&str, &str)]) -> std::process::Output {
        self.forge_script(env, true)
    }

    /// `forge_deploy` that must succeed (its output in the panic otherwise).
    pub fn forge_deploy_ok(&self, env: &[(&str, &str)]) {
        let out = self.forge_deploy(env);
        assert!(
            out.status.success(),
            "forge script failed:\n{}\n{}",
            stdout(&out),
            stderr(&out)
        );
    }

    /// `script/Deploy.s.sol` against this anvil, broadcast or dry run; what it writes lands
    /// in this test's deployments file (a dry run's in `<that file>.dry-run`).
    pub fn forge_script(&self, env: &[(&str, &str)], broadcast: bool) -> std::process::Output {
        // One forge at a time: parallel tests would otherwise share out/ and cache/.
        static FORGE: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _one = FORGE.lock().unwrap_or_else(|e| e.into_inner());
        let root = workspace_root();
        let out_name = format!("e2e-{}.json", self.anvil.port());
        let out_path = root.join("deployments").join(&out_name);
        let dry_path = root
            .join("deployments")
            .join(format!("e2e-{}.dry-run.json", self.anvil.port()));
        let mut cmd = std::process::Command::new(forge_bin());
        cmd.current_dir(&root)
            .args(["script", "script/Deploy.s.sol", "--rpc-url"])
            .arg(self.rpc())
            .arg("--private-key")
            .arg(self.key(0))
            .env("DEPLOYMENTS_OUT", &out_path)
            .env("DEPLOYMENTS_DRY_RUN_OUT", &dry_path)
            .env("GIT_COMMIT", "e2e-test");
        if broadcast {
            // One transaction at a time, each after the previous one's receipt: a batch sent at
            // once once left a nonce gap under load (six transactions queued in anvil, forge
            // waiting on them for ever).
            cmd.args(["--broadcast", "--slow"]);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run forge script");
        if out_path.exists() {
            std::fs::copy(&out_path, self.deployments()).expect("copy deployments");
            std::fs::remove_file(&out_path).ok();
        }
        if dry_path.exists() {
            let mut to = self.deployments().into_os_string();
            to.push(".dry-run");
            std::fs::copy(&dry_path, to).expect("copy dry-run deployments");
            std::fs::remove_file(&dry_path).ok();
        }
        out
    }
}
