//! `faucet` and `balance`: the token side.

use crate::amount::{format_metis, metis};
use crate::cli::{BalanceArgs, FaucetArgs};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::{output, tx};
use alloy::primitives::{Address, U256};
use eyre::Result;
use metis_bindings::test_metis::TestMetis;
use serde_json::json;

/// `metis-stake faucet AMOUNT [--to ADDRESS]`
pub async fn faucet(ctx: &Ctx, args: FaucetArgs) -> Result<()> {
    let amount = args
        .amount
        .amount
        .to_wei(args.amount.wei)
        .map_err(CliError::usage)?;
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
    let token = TestMetis::new(d.token, ctx.provider.clone());
    tx::send(
        ctx,
        &format!("faucet {}", metis(amount)),
        token.faucet(to, amount),
    )
    .await?;
    let balance = token.balanceOf(to).call().await.map_err(tx::explain)?;
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
    let token = TestMetis::new(d.token, ctx.provider.clone());
    let balance = token.balanceOf(who).call().await.map_err(tx::explain)?;
    output::result(
        ctx.json(),
        format!("{} METIS", format_metis(balance)),
        json!({ "account": who, "balance": balance.to_string() }),
    );
    Ok(())
}

/// Refuses, before anything is sent, when `who` holds less than `amount` for `what`.
pub fn ensure_balance(who: Address, balance: U256, amount: U256, what: &str) -> Result<()> {
    if balance < amount {
        return Err(CliError::failed(format!(
            "{who} holds {}, but {what} needs {}",
            metis(balance),
            metis(amount)
        ))
        .hint("get more METIS first (on test chains: `metis-stake faucet`)")
        .into());
    }
    Ok(())
}

/// Approves `spender` for exactly `amount` when `allowance` is short of it.
pub async fn approve_if_short(
    ctx: &Ctx,
    token: Address,
    spender: Address,
    allowance: U256,
    amount: U256,
    spender_name: &str,
) -> Result<()> {
    if allowance < amount {
        let t = TestMetis::new(token, ctx.provider.clone());
        tx::send(
            ctx,
            &format!("approve {} for {spender_name}", metis(amount)),
            t.approve(spender, amount),
        )
        .await?;
    }
    Ok(())
}
