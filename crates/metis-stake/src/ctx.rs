//! The connection a command works with: provider, chain id, optional wallet, deployments.

use crate::deployments::{self, Deployments};
use crate::error::CliError;
use crate::opts::GlobalOpts;
use crate::transport::short_transport_error;
use alloy::network::EthereumWallet;
use alloy::primitives::Address;
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::signers::local::PrivateKeySigner;
use eyre::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct Ctx {
    /// Reads and raw sends; the write pipeline signs transactions with `wallet`.
    pub provider: DynProvider,
    pub chain_id: u64,
    /// Loaded on first use: a read-only command never opens (nor fails on) a wallet.
    wallet: std::sync::OnceLock<(Address, EthereumWallet)>,
    pub opts: GlobalOpts,
    /// `lst --vault ADDRESS` (env `METIS_VAULT`): the vault to use instead of the deployments
    /// file's.
    pub vault: Option<Address>,
}

/// Where the sending key comes from, in cast's order: a flag on the command line, then the
/// environment (`ETH_PRIVATE_KEY`, then `ETH_KEYSTORE`).
enum KeySource {
    PrivateKey(String),
    Keystore(PathBuf),
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn key_source(opts: &GlobalOpts) -> Result<Option<KeySource>> {
    match (&opts.private_key, &opts.keystore) {
        (Some(_), Some(_)) => Err(CliError::usage(
            "--private-key and --keystore both name the sending account",
        )
        .hint("pass one of them")
        .into()),
        (Some(k), None) => Ok(Some(KeySource::PrivateKey(k.clone()))),
        (None, Some(p)) => Ok(Some(KeySource::Keystore(p.clone()))),
        (None, None) => Ok(env("ETH_PRIVATE_KEY")
            .map(KeySource::PrivateKey)
            .or_else(|| env("ETH_KEYSTORE").map(|p| KeySource::Keystore(p.into())))),
    }
}

/// Reads a password file as Foundry does: the whole file, trailing whitespace trimmed.
pub fn read_password_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::usage(format!(
            "cannot read the password file {}: {e}",
            path.display()
        ))
    })?;
    Ok(text.trim_end().to_string())
}

/// Loads the sending account from the flags or the environment (see [`GlobalOpts`]).
pub fn load_signer(opts: &GlobalOpts) -> Result<Option<PrivateKeySigner>> {
    match key_source(opts)? {
        None => Ok(None),
        Some(KeySource::PrivateKey(key)) => {
            let signer: PrivateKeySigner = key.trim().parse().map_err(|_| {
                CliError::usage("--private-key (or ETH_PRIVATE_KEY) is not a valid private key")
                    .hint("pass 32 bytes of hex, with or without 0x")
            })?;
            Ok(Some(signer))
        }
        Some(KeySource::Keystore(path)) => {
            let pw_path = opts
                .password_file
                .clone()
                .or_else(|| env("ETH_PASSWORD").map(PathBuf::from))
                .ok_or_else(|| {
                    CliError::usage(format!(
                        "the keystore {} needs its password",
                        path.display()
                    ))
                    .hint("pass --password-file <FILE> (or set ETH_PASSWORD to the file's path)")
                })?;
            let password = read_password_file(&pw_path)?;
            let signer = PrivateKeySigner::decrypt_keystore(&path, password).map_err(|e| {
                CliError::failed(format!("cannot open keystore {}: {e}", path.display()))
                    .hint("check the keystore path and the password file")
            })?;
            Ok(Some(signer))
        }
    }
}

impl Ctx {
    /// Connects to `--rpc-url` and reads the chain id (one round trip).
    pub async fn connect(opts: &GlobalOpts) -> Result<Self> {
        let url: alloy::transports::http::reqwest::Url = opts.rpc_url.parse().map_err(|_| {
            CliError::usage(format!("--rpc-url '{}' is not a URL", opts.rpc_url))
                .hint("e.g. http://127.0.0.1:8545")
        })?;
        let provider = ProviderBuilder::new().connect_http(url).erased();
        let unreachable = |why: String| {
            CliError::failed(format!("cannot reach the RPC at {}{why}", opts.rpc_url)).hint(
                "start a local node with `anvil`, or pass --rpc-url / set ETH_RPC_URL to a working endpoint",
            )
        };
        let chain_id =
            match tokio::time::timeout(Duration::from_secs(20), provider.get_chain_id()).await {
                Ok(Ok(id)) => id,
                Ok(Err(e)) => {
                    return Err(unreachable(format!(" ({})", short_transport_error(&e))).into())
                }
                Err(_) => return Err(unreachable(" (no answer within 20 s)".into()).into()),
            };
        Ok(Self {
            provider,
            chain_id,
            wallet: std::sync::OnceLock::new(),
            opts: opts.clone(),
            vault: None,
        })
    }

    /// The sending account (loaded from the flags or the environment on first use), or a
    /// usage error saying how to give one.
    pub fn sender(&self) -> Result<Address> {
        Ok(self.loaded()?.0)
    }

    /// The sender's signature (65 bytes, r || s || v) over `hash` as is (no EIP-191 prefix):
    /// deterministic (RFC 6979), and nobody without the key can make it.
    pub fn sign_hash(&self, hash: alloy::primitives::B256) -> Result<alloy::primitives::Signature> {
        use alloy::signers::SignerSync;
        let signer = load_signer(&self.opts)?.ok_or_else(|| {
            CliError::usage("this command needs an account (the sender), and none is given")
        })?;
        signer
            .sign_hash_sync(&hash)
            .map_err(|e| CliError::failed(format!("cannot sign: {e}")).into())
    }

    /// The wallet that signs transactions.
    pub fn wallet(&self) -> Result<&EthereumWallet> {
        Ok(&self.loaded()?.1)
    }

    fn loaded(&self) -> Result<&(Address, EthereumWallet)> {
        if let Some(w) = self.wallet.get() {
            return Ok(w);
        }
        let signer = load_signer(&self.opts)?.ok_or_else(|| {
            CliError::usage("this command needs an account (the sender), and none is given")
                .hint("pass --private-key <HEX> (or set ETH_PRIVATE_KEY), or --keystore <FILE> --password-file <FILE>")
        })?;
        Ok(self
            .wallet
            .get_or_init(|| (signer.address(), EthereumWallet::from(signer))))
    }

    pub fn deployments_path(&self) -> PathBuf {
        self.opts
            .deployments
            .clone()
            .unwrap_or_else(|| deployments::default_path(self.chain_id))
    }

    pub fn deployments(&self) -> Result<Deployments> {
        let mut d = Deployments::load(&self.deployments_path(), self.chain_id)?;
        if self.vault.is_some() {
            d.vault = self.vault;
        }
        Ok(d)
    }

    /// The error for an address that should hold one of our contracts and holds no code.
    pub fn no_contract(&self, address: Address) -> CliError {
        CliError::failed(format!(
            "no contract at {} on chain {}: the deployments file {} does not match this chain",
            address.to_checksum(None),
            self.chain_id,
            self.deployments_path().display()
        ))
        .hint("pass the right --deployments / --rpc-url; a file from a `forge script` run without --broadcast names contracts that were never deployed; after a chain reset, deploy again (`script/Deploy.s.sol` or `metis-stake deploy`)")
    }

    pub fn json(&self) -> bool {
        self.opts.json
    }
}
