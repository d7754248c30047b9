//! One module per subcommand.

pub mod deploy;
pub mod gov;
pub mod grants;
pub mod history;
pub mod rewards;
pub mod signer;
pub mod stake;
pub mod status;
pub mod token;

use crate::cli::{Cli, Command};
use crate::ctx::Ctx;
use eyre::Result;

pub async fn run(cli: Cli) -> Result<()> {
    // `signer` may work offline; everything else needs the chain.
    let command = match cli.command {
        Command::Signer(c) => return signer::run(&cli.global, c).await,
        other => other,
    };
    let ctx = Ctx::connect(&cli.global).await?;
    match command {
        Command::Signer(_) => unreachable!("handled above"),
        Command::Deploy(a) => deploy::run(&ctx, a).await,
        Command::Deposit(a) => stake::deposit(&ctx, a).await,
        Command::TopUp(a) => stake::top_up(&ctx, a).await,
        Command::Unlock(a) => stake::unlock(&ctx, a).await,
        Command::Withdraw(a) => stake::withdraw(&ctx, a).await,
        Command::RotateSigner(a) => stake::rotate(&ctx, a).await,
        Command::SetRecipient(a) => stake::set_recipient(&ctx, a).await,
        Command::Claim(a) => rewards::claim(&ctx, a).await,
        Command::Status(a) => status::status(&ctx, a).await,
        Command::History(a) => history::history(&ctx, a).await,
        Command::Sequencers(a) => status::sequencers(&ctx, a).await,
        Command::Rewards(c) => rewards::run(&ctx, c).await,
        Command::Grants(c) => grants::run(&ctx, c).await,
        Command::Gov(c) => gov::run(&ctx, c).await,
        Command::Faucet(a) => token::faucet(&ctx, a).await,
        Command::Balance(a) => token::balance(&ctx, a).await,
    }
}
