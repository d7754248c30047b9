//! Options shared by every command, in Foundry cast's conventions.

use clap::Args;
use std::path::PathBuf;

/// The local anvil that `metis-stake` talks to when no RPC is given.
pub const DEFAULT_RPC_URL: &str = "http://127.0.0.1:8545";

#[derive(Args, Debug, Clone)]
pub struct GlobalOpts {
    /// JSON-RPC endpoint of the chain
    #[arg(long, global = true, env = "ETH_RPC_URL", default_value = DEFAULT_RPC_URL, value_name = "URL")]
    pub rpc_url: String,

    /// Private key of the account that sends transactions (hex)
    #[arg(
        long,
        global = true,
        env = "ETH_PRIVATE_KEY",
        value_name = "HEX",
        hide_env_values = true
    )]
    pub private_key: Option<String>,

    /// Encrypted JSON keystore of the sending account (instead of --private-key)
    #[arg(
        long,
        global = true,
        env = "ETH_KEYSTORE",
        value_name = "FILE",
        conflicts_with = "private_key"
    )]
    pub keystore: Option<PathBuf>,

    /// File holding the keystore's password
    #[arg(
        long,
        global = true,
        env = "ETH_PASSWORD",
        value_name = "FILE",
        requires = "keystore"
    )]
    pub password_file: Option<PathBuf>,

    /// Addresses of the deployed contracts [default: deployments/<chainId>.json]
    #[arg(long, global = true, env = "METIS_DEPLOYMENTS", value_name = "FILE")]
    pub deployments: Option<PathBuf>,

    /// Blocks to wait for after a transaction is mined
    #[arg(long, global = true, default_value_t = 1, value_name = "N")]
    pub confirmations: u64,

    /// Print results as JSON on stdout (progress still goes to stderr)
    #[arg(long, global = true)]
    pub json: bool,
}
