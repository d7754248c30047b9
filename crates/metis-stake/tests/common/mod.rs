//! End-to-end test kit: a real anvil per test (native binary, free port), the built
//! `metis-stake` binary, and helpers to read the chain back.
#![allow(dead_code)]

use alloy::node_bindings::{Anvil, AnvilInstance};
use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// anvil's first development keys (public test keys).
pub const KEYS: [&str; 4] = [
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9ad8f08a9a04a",
    "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
];

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
            .arg(KEYS[key]);
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
