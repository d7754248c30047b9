//! The connection a command works with: provider, chain id, optional signer, deployments.

use crate::deployments::{self, Deployments};
use crate::error::CliError;
use crate::opts::GlobalOpts;
use alloy::network::EthereumWallet;
use alloy::primitives::Address;
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::signers::local::PrivateKeySigner;
use eyre::Result;
use std::path::PathBuf;
use std::time::Duration;

pub struct Ctx {
    pub provider: DynProvider,
    pub chain_id: u64,
    sender: Option<Address>,
    pub opts: GlobalOpts,
}

/// Loads the signer from `--private-key` or `--keystore` + `--password-file`, if given.
pub fn load_signer(opts: &GlobalOpts) -> Result<Option<PrivateKeySigner>> {
    if let Some(key) = &opts.private_key {
        let signer: PrivateKeySigner = key.trim().parse().map_err(|_| {
            CliError::usage("--private-key is not a valid private key")
                .hint("pass 32 bytes of hex, with or without 0x")
        })?;
        return Ok(Some(signer));
    }
    if let Some(path) = &opts.keystore {
        let password = match &opts.password_file {
            Some(p) => std::fs::read_to_string(p)
                .map_err(|e| {
                    CliError::usage(format!("cannot read --password-file {}: {e}", p.display()))
                })?
                .trim_end_matches(['\n', '\r'])
                .to_string(),
            None => {
                return Err(CliError::usage("--keystore needs --password-file")
                    .hint("write the keystore password to a file readable only by you")
                    .into())
            }
        };
        let signer = PrivateKeySigner::decrypt_keystore(path, password).map_err(|e| {
            CliError::failed(format!("cannot open keystore {}: {e}", path.display()))
                .hint("check the keystore path and the password file")
        })?;
        return Ok(Some(signer));
    }
    Ok(None)
}

impl Ctx {
    /// Connects to `--rpc-url` and reads the chain id (one round trip).
    pub async fn connect(opts: &GlobalOpts) -> Result<Self> {
        let url: alloy::transports::http::reqwest::Url = opts.rpc_url.parse().map_err(|_| {
            CliError::usage(format!("--rpc-url '{}' is not a URL", opts.rpc_url))
                .hint("e.g. http://127.0.0.1:8545")
        })?;
        let signer = load_signer(opts)?;
        let sender = signer.as_ref().map(|s| s.address());
        let builder = ProviderBuilder::new();
        let provider = match signer {
            Some(s) => builder
                .wallet(EthereumWallet::from(s))
                .connect_http(url)
                .erased(),
            None => builder.connect_http(url).erased(),
        };
        let unreachable = |why: String| {
            CliError::failed(format!("cannot reach the RPC at {}{why}", opts.rpc_url)).hint(
                "start a local node with `anvil`, or pass --rpc-url / set ETH_RPC_URL to a working endpoint",
            )
        };
        let chain_id =
            match tokio::time::timeout(Duration::from_secs(20), provider.get_chain_id()).await {
                Ok(Ok(id)) => id,
                Ok(Err(e)) => {
                    return Err(
                        unreachable(format!(" ({})", crate::tx::short_transport_error(&e))).into(),
                    )
                }
                Err(_) => return Err(unreachable(" (no answer within 20 s)".into()).into()),
            };
        Ok(Self {
            provider,
            chain_id,
            sender,
            opts: opts.clone(),
        })
    }

    /// The account that signs, or a usage error saying how to give one.
    pub fn sender(&self) -> Result<Address> {
        self.sender.ok_or_else(|| {
            CliError::usage("this command sends a transaction and needs an account")
                .hint("pass --private-key <HEX> (or set ETH_PRIVATE_KEY), or --keystore <FILE> --password-file <FILE>")
                .into()
        })
    }

    pub fn deployments_path(&self) -> PathBuf {
        self.opts
            .deployments
            .clone()
            .unwrap_or_else(|| deployments::default_path(self.chain_id))
    }

    pub fn deployments(&self) -> Result<Deployments> {
        Deployments::load(&self.deployments_path(), self.chain_id)
    }

    pub fn json(&self) -> bool {
        self.opts.json
    }
}
