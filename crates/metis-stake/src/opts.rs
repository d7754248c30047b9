//! Option groups, defined once and flattened into the commands that take them (as cast does
//! with its `opts/`): the global connection and wallet options, an amount with `--wei`, a
//! node key, and the governance route.

use crate::amount::{parse_amount_arg, AmountArg};
use crate::error::CliError;
use crate::possession;
use alloy::primitives::{Bytes, B256, U256};
use clap::Args;
use std::path::PathBuf;

/// The local anvil that `metis-stake` talks to when no RPC is given.
pub const DEFAULT_RPC_URL: &str = "http://127.0.0.1:8545";

/// Options every command takes.
///
/// The wallet follows Foundry's cast: `--private-key` (env `ETH_PRIVATE_KEY`) or
/// `--keystore` (env `ETH_KEYSTORE`) with `--password-file` (env `ETH_PASSWORD`, a file path,
/// read with trailing whitespace trimmed). A flag on the command line wins over the
/// environment; two wallet flags on the command line are a usage error.
#[derive(Args, Debug, Clone)]
pub struct GlobalOpts {
    /// JSON-RPC endpoint of the chain
    #[arg(long, global = true, env = "ETH_RPC_URL", default_value = DEFAULT_RPC_URL, value_name = "URL")]
    pub rpc_url: String,

    /// Private key of the account that sends transactions (hex) [env: ETH_PRIVATE_KEY]
    #[arg(long, global = true, value_name = "HEX")]
    pub private_key: Option<String>,

    /// Encrypted JSON keystore of the sending account (instead of --private-key) [env: ETH_KEYSTORE]
    #[arg(long, global = true, value_name = "FILE")]
    pub keystore: Option<PathBuf>,

    /// File holding the keystore's password [env: ETH_PASSWORD]
    #[arg(long, global = true, value_name = "FILE")]
    pub password_file: Option<PathBuf>,

    /// Addresses of the deployed contracts [default: deployments/<chainId>.json]
    #[arg(long, global = true, env = "METIS_DEPLOYMENTS", value_name = "FILE")]
    pub deployments: Option<PathBuf>,

    /// Confirmations to wait for: 1 = the block that mines the transaction, 2 = one block more,
    /// ... [default: 1; `sync`: the depth its state file records]
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub confirmations: Option<u64>,

    /// Print results as JSON on stdout (progress still goes to stderr)
    #[arg(long, global = true)]
    pub json: bool,
}

impl GlobalOpts {
    /// `--confirmations`, 1 when not given.
    pub fn confirmations(&self) -> u64 {
        self.confirmations.unwrap_or(1)
    }
}

/// An amount in METIS (`20000`, `12.5`), or in wei with `--wei`.
#[derive(Args, Debug, Clone)]
pub struct AmountOpts {
    /// Amount in METIS (e.g. 20000 or 12.5); in wei with --wei
    #[arg(value_parser = parse_amount_arg, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub amount: AmountArg,

    /// Read AMOUNT as raw token wei instead of METIS
    #[arg(long)]
    pub wei: bool,
}

impl AmountOpts {
    /// The amount in wei, or a usage error (a decimal amount with `--wei`).
    pub fn wei(&self) -> Result<U256, CliError> {
        self.amount.to_wei(self.wei).map_err(CliError::usage)
    }
}

/// The node key given as public key + proof (made by `signer prove`), or as the key file.
#[derive(Args, Debug, Clone)]
#[group(skip)]
#[command(group(
    clap::ArgGroup::new("node_key")
        .required(true)
        .multiple(true)
        .args(["pubkey", "proof", "key_file"])
))]
pub struct NodeKeyOpts {
    /// The node's secp256k1 public key: hex (64 bytes x||y, 65 with 04, 33 compressed), base64 of 33 or 65 bytes as CometBFT prints it, or CometBFT's {"type":"tendermint/PubKeySecp256k1",...} JSON
    #[arg(long, value_parser = possession::parse_pubkey, requires = "proof", conflicts_with = "key_file")]
    pub pubkey: Option<Bytes>,
    /// The proof of possession for this owner (from `signer prove`)
    #[arg(long, value_parser = possession::parse_proof, requires = "pubkey", conflicts_with = "key_file")]
    pub proof: Option<Bytes>,
    /// The node's key file, to make the proof here: a hex private key, a JSON keystore, or CometBFT's secp256k1 priv_validator_key.json (local use; the key stays on this machine)
    #[arg(long = "key-file", value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Password file for a keystore key file (trailing whitespace trimmed)
    #[arg(long = "key-password-file", value_name = "FILE", requires = "key_file")]
    pub key_password_file: Option<PathBuf>,
}

/// Options every governance command takes.
#[derive(Args, Debug, Clone, Default)]
pub struct GovOpts {
    #[command(flatten)]
    pub printing: PrintOpts,
    /// Timelock salt (32 bytes of hex, 64 digits), to schedule the same call again after it was executed once [default: the salt of this very call if it is already scheduled, else 0x00...00]
    #[arg(long, value_name = "HEX32")]
    pub salt: Option<B256>,
    /// Add this timelock call to the batch file FILE (created if missing) instead of routing it; it is simulated first, after the calls already there. `gov batch FILE` then schedules them as one operation
    #[arg(long, value_name = "FILE", conflicts_with_all = ["print", "salt", "format", "out", "safe"])]
    pub append: Option<std::path::PathBuf>,
}

/// `--print` and how it writes a governance call.
#[derive(Args, Debug, Clone, Default)]
pub struct PrintOpts {
    /// Only print the call (and the timelock's schedule/execute calldata), send nothing
    #[arg(long)]
    pub print: bool,
    /// With --print: `text` (calldata), or `safe` (Safe Transaction Builder batch files: the schedule and, separately, the execute call)
    #[arg(long, value_enum, default_value_t = PrintFormat::Text, requires = "print")]
    pub format: PrintFormat,
    /// With --format safe: the batch files' path prefix (PREFIX-schedule.json, PREFIX-execute.json, or PREFIX.json for a direct call)
    #[arg(
        long,
        value_name = "PREFIX",
        default_value = "safe-batch",
        requires = "print"
    )]
    pub out: std::path::PathBuf,
    /// With --print: the Safe that proposes to the timelock (recorded in a Safe batch's meta, checked to be a proposer), or that holds the vault role a `lst` call needs (the call is judged as the Safe would make it)
    #[arg(long, value_name = "ADDRESS", requires = "print")]
    pub safe: Option<alloy::primitives::Address>,
}

/// How `--print` writes a governance call.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PrintFormat {
    /// The calldata (and the timelock's schedule/execute calldata), for people
    #[default]
    Text,
    /// Safe Transaction Builder batch files
    Safe,
}
