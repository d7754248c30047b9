//! `metis-stake`: stake METIS as a sequencer, claim Sequencer Mining rewards and run the
//! LST grant program. `main` only parses and dispatches; each command lives in `cmd/`.

mod amount;
mod batch;
mod cli;
mod cmd;
mod contracts;
mod ctx;
mod decode;
mod deployments;
mod error;
mod governance;
mod lens;
mod logs;
mod operations;
mod opts;
mod output;
mod pipeline;
mod possession;
mod programs;
mod rpc;
mod safe;
mod set;
mod tendermint;
mod time;
mod transport;

use clap::Parser;
use cli::{Cli, Command};
use ctx::Ctx;
use eyre::Result;

/// The environment variables that clap reads for options (`--rpc-url`, `--deployments`,
/// `lst --vault`). Set but empty (`METIS_VAULT=`), they count as unset, as `ETH_PRIVATE_KEY`,
/// `ETH_KEYSTORE` and `ETH_PASSWORD` already do: clap would take the empty string as the
/// value and refuse it.
const OPTION_ENV: [&str; 3] = ["ETH_RPC_URL", "METIS_DEPLOYMENTS", "METIS_VAULT"];

fn main() {
    for name in OPTION_ENV {
        if std::env::var_os(name).is_some_and(|v| v.to_string_lossy().trim().is_empty()) {
            // Before any other thread exists (the runtime starts below).
            std::env::remove_var(name);
        }
    }
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // clap prints its own message; usage errors exit 2, --help/--version exit 0.
            e.exit();
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            std::process::exit(1);
        }
    };
    let code = match runtime.block_on(run(cli)) {
        Ok(()) => 0,
        Err(report) => error::render(&report),
    };
    std::process::exit(code);
}

/// Dispatches to the command; every command but `signer` needs the chain.
async fn run(cli: Cli) -> Result<()> {
    // `signer` may work offline; everything else needs the chain.
    let command = match cli.command {
        Command::Signer(c) => return cmd::signer::run(&cli.global, c).await,
        other => other,
    };
    let mut ctx = Ctx::connect(&cli.global).await?;
    if let Command::Lst(l) = &command {
        ctx.vault = l.vault;
    }
    match command {
        Command::Signer(_) => unreachable!("handled above"),
        Command::Deploy(a) => cmd::deploy::run(&ctx, a).await,
        Command::Deposit(a) => cmd::stake::deposit(&ctx, a).await,
        Command::TopUp(a) => cmd::stake::top_up(&ctx, a).await,
        Command::Unlock(a) => cmd::stake::unlock(&ctx, a).await,
        Command::Withdraw(a) => cmd::stake::withdraw(&ctx, a).await,
        Command::RotateSigner(a) => cmd::stake::rotate(&ctx, a).await,
        Command::SetRecipient(a) => cmd::stake::set_recipient(&ctx, a).await,
        Command::Claim(a) => cmd::rewards::claim(&ctx, a).await,
        Command::Status(a) => cmd::status::status(&ctx, a).await,
        Command::History(a) => cmd::history::history(&ctx, a).await,
        Command::Sequencers(a) => cmd::status::sequencers(&ctx, a).await,
        Command::Sync(a) => cmd::sync::sync(&ctx, a).await,
        Command::Rewards(c) => cmd::rewards::run(&ctx, c).await,
        Command::Grants(c) => cmd::grants::run(&ctx, c).await,
        Command::Lst(c) => cmd::lst::run(&ctx, c.cmd).await,
        Command::Evidence(c) => cmd::evidence::run(&ctx, c).await,
        Command::Gov(c) => cmd::gov::run(&ctx, c).await,
        Command::Faucet(a) => cmd::token::faucet(&ctx, a).await,
        Command::Balance(a) => cmd::token::balance(&ctx, a).await,
    }
}
