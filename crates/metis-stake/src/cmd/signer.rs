//! `signer new` and `signer prove`: the node's key, and its proof of possession.
//!
//! `signer prove` runs on the node's machine: it reads the node key file and prints the
//! public key and the proof for a given owner, so the key itself never travels. The
//! owner then passes both to `deposit` (or `rotate-signer`).

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::opts::GlobalOpts;
use crate::output;
use crate::possession;
use crate::rpc::Reads;
use alloy::primitives::{Address, U256};
use alloy::signers::local::PrivateKeySigner;
use clap::{Args, Subcommand};
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking;
use serde_json::json;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum SignerCmd {
    /// Make a new node key file (hex private key, readable only by you)
    New(NewArgs),
    /// Print the node's public key and its proof of possession for an owner
    Prove(ProveArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// Where to write the key (refuses to overwrite)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Args, Debug, Clone)]
pub struct KeyFileOpts {
    /// The node's key file: a hex secp256k1 private key, a JSON keystore, or CometBFT's secp256k1 priv_validator_key.json
    #[arg(long = "key-file", value_name = "FILE")]
    pub key_file: PathBuf,
    /// Password file for a keystore key file
    #[arg(long = "key-password-file", value_name = "FILE")]
    pub key_password_file: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ProveArgs {
    #[command(flatten)]
    pub key: KeyFileOpts,
    /// The address that will own the position (the account that runs `deposit`)
    #[arg(long, value_name = "ADDRESS")]
    pub owner: Address,
    /// The owner's current proof nonce [default: read from the chain]
    #[arg(long, value_name = "N")]
    pub nonce: Option<u64>,
    /// Chain id [default: read from the chain]; with --nonce and --locking, no RPC is used
    #[arg(long, value_name = "ID")]
    pub chain_id: Option<u64>,
    /// Locking contract [default: from the deployments file]
    #[arg(long, value_name = "ADDRESS")]
    pub locking: Option<Address>,
}

pub async fn run(global: &GlobalOpts, cmd: SignerCmd) -> Result<()> {
    match cmd {
        SignerCmd::New(a) => new_key(global, a),
        SignerCmd::Prove(a) => prove(global, a).await,
    }
}

fn new_key(global: &GlobalOpts, args: NewArgs) -> Result<()> {
    if args.out.exists() {
        return Err(CliError::failed(format!(
            "{} already exists; not overwriting a key",
            args.out.display()
        ))
        .into());
    }
    let key = PrivateKeySigner::random();
    write_private(
        &args.out,
        &format!("{}\n", alloy::hex::encode(key.to_bytes())),
    )?;
    let pubkey = possession::public_key(&key);
    output::result(
        global.json,
        format!(
            "wrote {}\n  signer  {}\n  pubkey  {pubkey}",
            args.out.display(),
            key.address()
        ),
        json!({ "keyFile": args.out, "signer": key.address(), "pubkey": pubkey }),
    );
    Ok(())
}

fn write_private(path: &std::path::Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .map_err(|e| CliError::failed(format!("cannot create {}: {e}", path.display())))?;
    f.write_all(text.as_bytes())?;
    Ok(())
}

async fn prove(global: &GlobalOpts, args: ProveArgs) -> Result<()> {
    let key = possession::read_key_file(&args.key.key_file, args.key.key_password_file.as_deref())?;
    let (chain_id, locking, nonce) = match (args.chain_id, args.locking, args.nonce) {
        (Some(c), Some(l), Some(n)) => (c, l, U256::from(n)),
        _ => {
            let ctx = Ctx::connect(global).await?;
            if let Some(c) = args.chain_id.filter(|c| *c != ctx.chain_id) {
                return Err(CliError::usage(format!(
                    "--chain-id {c} but the RPC serves chain id {}",
                    ctx.chain_id
                ))
                .into());
            }
            let locking = match args.locking {
                Some(l) => l,
                None => ctx.deployments()?.locking()?,
            };
            let nonce = match args.nonce {
                Some(n) => U256::from(n),
                None => {
                    let mut r = Reads::new();
                    let n = r.add(locking, SequencerLocking::noncesCall { owner_: args.owner });
                    r.send(&ctx).await?.get(&n)?
                }
            };
            (ctx.chain_id, locking, nonce)
        }
    };
    let pubkey = possession::public_key(&key);
    let proof = possession::prove(&key, args.owner, nonce, chain_id, locking)?;
    output::result(
        global.json,
        format!(
            "signer  {}\npubkey  {pubkey}\nproof   {proof}\n(for owner {}, nonce {nonce}, chain {chain_id}, locking {locking})",
            key.address(),
            args.owner
        ),
        json!({
            "signer": key.address(), "pubkey": pubkey, "proof": proof,
            "owner": args.owner, "nonce": nonce.to_string(), "chainId": chain_id, "locking": locking,
        }),
    );
    Ok(())
}
