//! `faucet` and `balance`: the token side.

use crate::amount::{format_metis, metis};
use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::opts::AmountOpts;
use crate::output;
use crate::pipeline::{self, Action};
use crate::rpc::Reads;
use alloy::primitives::Address;
use clap::Args;
use eyre::Result;
use metis_bindings::test_metis::TestMetis;
use serde_json::json;

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

/// `metis-stake faucet AMOUNT [--to ADDRESS]`
pub async fn faucet(ctx: &Ctx, args: FaucetArgs) -> Result<()> {
    let amount = args.amount.wei()?;
    let d = ctx.deployments()?;
    if !d.test_token {
        return Err(CliError::failed("this chain's token is not TestMetis: there is no faucet")
            .hint("the faucet exists only on local chains and testnets deployed with --test-token")
            .into());
    }
    let to = match args.to {
        Some(a) => a,
        None => ctx.sender()?,
    };
    let action = Action::call(
        format!("faucet {}", metis(amount)),
        d.token,
        TestMetis::faucetCall {
            recipient: to,
            amount,
        },
        Contract::Token,
    )
    .rerun("running it again draws again, once the faucet's cooldown allows");
    pipeline::execute(ctx, &action).await?;
    let mut r = Reads::new();
    let balance = r.add(d.token, TestMetis::balanceOfCall { account: to });
    let balance = r.send(ctx).await?.get(&balance)?;
    output::result(
        ctx.json(),
        format!(
            "{to} received {}; balance {}",
            metis(amount),
            metis(balance)
        ),
        json!({ "recipient": to, "amount": amount.to_string(), "balance": balance.to_string() }),
    );
    Ok(())
}

/// `metis-stake balance [ADDRESS]`
pub async fn balance(ctx: &Ctx, args: BalanceArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let who = match args.account {
        Some(a) => a,
        None => ctx.sender()?,
    };
    let mut r = Reads::new();
    let balance = r.add(d.token, TestMetis::balanceOfCall { account: who });
    let balance = r.send(ctx).await?.get(&balance)?;
    output::result(
        ctx.json(),
        format!("{} METIS", format_metis(balance)),
        json!({ "account": who, "balance": balance.to_string() }),
    );
    Ok(())
}
