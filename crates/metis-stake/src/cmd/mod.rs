//! One module per subcommand.

pub mod deploy;
pub mod token;

use crate::cli::{Cli, Command};
use crate::ctx::Ctx;
use eyre::Result;

pub async fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx::connect(&cli.global).await?;
    match cli.command {
        Command::Deploy(args) => deploy::run(&ctx, args).await,
        Command::Faucet(args) => token::faucet(&ctx, args).await,
        Command::Balance(args) => token::balance(&ctx, args).await,
    }
}
