//! The command line.

use crate::cmd;
use crate::opts::GlobalOpts;
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "metis-stake",
    version,
    about = "Stake METIS as an L2 sequencer, earn Sequencer Mining rewards, run the LST grant program",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    #[command(
        flatten,
        next_help_heading = "Global options (connection, wallet, output)"
    )]
    pub global: GlobalOpts,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Deploy the contracts and write the deployments file
    Deploy(cmd::deploy::DeployArgs),
    /// Node keys: make one, or prove possession of one for an owner
    #[command(subcommand)]
    Signer(cmd::signer::SignerCmd),
    /// Lock METIS as a new sequencer (approves the locking contract only when needed)
    Deposit(cmd::stake::DepositArgs),
    /// Add METIS to a sequencer's lock
    TopUp(cmd::stake::TopUpArgs),
    /// Request a withdrawal: partial (stays active) or --all (leaves the set)
    Unlock(cmd::stake::UnlockArgs),
    /// Withdraw what was unlocked, once the unlock delay has passed
    Withdraw(cmd::stake::IdArgs),
    /// Claim a sequencer's rewards (or --compound them into the lock)
    Claim(cmd::rewards::ClaimArgs),
    /// Positions, locked amounts, rewards and pending withdrawals
    Status(cmd::status::StatusArgs),
    /// Every event of an owner's positions: locks, claims, unlocks, jails, slashes...
    History(cmd::history::HistoryArgs),
    /// The active sequencer set (--format tendermint for a validator set)
    Sequencers(cmd::status::SequencersArgs),
    /// Follow the sequencer set block by block: CometBFT validator updates as JSON lines
    Sync(cmd::sync::SyncArgs),
    /// Bind a sequencer to a new node key
    RotateSigner(cmd::stake::RotateArgs),
    /// Where a sequencer's rewards go by default
    SetRecipient(cmd::stake::RecipientArgs),
    /// The reward programs: info, funding, the first program's start, the programs that follow
    #[command(subcommand)]
    Rewards(cmd::rewards::RewardsCmd),
    /// The LST grant program
    #[command(subcommand)]
    Grants(cmd::grants::GrantsCmd),
    /// The reference liquid staking vault: hold shares, run a vault (`lst deploy`, or the deploy script's DEPLOY_VAULT=true)
    Lst(cmd::lst::LstArgs),
    /// Slashing from CometBFT double-sign evidence: deploy the slasher, submit evidence
    #[command(subcommand)]
    Evidence(cmd::evidence::EvidenceCmd),
    /// Governance actions (directly, or scheduled and executed through the timelock)
    #[command(subcommand)]
    Gov(cmd::gov::GovCmd),
    /// Draw TestMetis from the faucet (local chains and testnets only)
    Faucet(cmd::token::FaucetArgs),
    /// METIS balance of an account (default: the sender)
    Balance(cmd::token::BalanceArgs),
}
