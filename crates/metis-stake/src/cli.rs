//! The command line.

use crate::amount::{parse_amount_arg, AmountArg};
use crate::opts::GlobalOpts;
use alloy::primitives::Address;
use clap::{Args, Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "metis-stake",
    version,
    about = "Stake METIS as an L2 sequencer, earn Sequencer Mining rewards, run the LST grant program",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,

    #[command(subcommand)]
    pub command: Command,
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

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Deploy the contracts and write the deployments file
    Deploy(crate::cmd::deploy::DeployArgs),
    /// Draw TestMetis from the faucet (local chains and testnets only)
    Faucet(FaucetArgs),
    /// METIS balance of an account (default: the sender)
    Balance(BalanceArgs),
}

#[derive(Args, Debug)]
pub struct FaucetArgs {
    #[command(flatten)]
    pub amount: AmountOpts,
    /// Who receives the tokens [default: the sender]
    #[arg(long)]
    pub to: Option<Address>,
}

#[derive(Args, Debug)]
pub struct BalanceArgs {
    /// The account [default: the sender]
    pub account: Option<Address>,
}
