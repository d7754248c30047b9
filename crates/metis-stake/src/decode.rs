//! Revert data decoded into the contracts' custom errors, explained in words with their
//! values and a hint where one helps.

use crate::amount::metis;
use crate::error::CliError;
use alloy::sol_types::{Revert, SolError, SolInterface};
use metis_bindings::test_metis::TestMetis::TestMetisErrors;

/// Explains revert data from any of the project's contracts.
pub fn describe(data: &[u8]) -> CliError {
    if let Ok(e) = TestMetisErrors::abi_decode(data) {
        return token_error(e);
    }
    if let Ok(r) = Revert::abi_decode(data) {
        return CliError::failed(format!("the contract refused: {}", r.reason));
    }
    CliError::failed(format!(
        "the contract refused with an unknown error (data 0x{})",
        alloy::hex::encode(data)
    ))
    .hint(
        "is the deployments file for these contracts? compare it with `metis-stake deploy` output",
    )
}

fn when(ts: alloy::primitives::U256) -> String {
    crate::time::format_ts(ts.saturating_to::<u64>())
}

fn token_error(e: TestMetisErrors) -> CliError {
    use TestMetisErrors as E;
    match e {
        E::DripZero(_) => CliError::failed("the faucet cannot drip 0 METIS"),
        E::DripTooLarge(x) => CliError::failed(format!(
            "{} is more than the faucet gives at once ({})",
            metis(x.requested),
            metis(x.max)
        ))
        .hint("ask for less, or draw again after the cooldown"),
        E::DripTooSoon(x) => CliError::failed(format!(
            "{} already drew from the faucet; next draw at {}",
            x.recipient,
            when(x.availableAt)
        ))
        .hint("the faucet gives each address one draw a day"),
        E::ERC20InsufficientBalance(x) => CliError::failed(format!(
            "{} holds {}, but {} is needed",
            x.sender,
            metis(x.balance),
            metis(x.needed)
        ))
        .hint("get more METIS first (on test chains: `metis-stake faucet`)"),
        E::ERC20InsufficientAllowance(x) => CliError::failed(format!(
            "{} may spend only {} of the tokens, {} is needed",
            x.spender,
            metis(x.allowance),
            metis(x.needed)
        )),
        E::ERC20InvalidReceiver(x) => {
            CliError::failed(format!("tokens cannot be sent to {}", x.receiver))
        }
        E::ERC20InvalidSender(x) => {
            CliError::failed(format!("tokens cannot be sent from {}", x.sender))
        }
        E::ERC20InvalidApprover(x) => CliError::failed(format!("{} cannot approve", x.approver)),
        E::ERC20InvalidSpender(x) => {
            CliError::failed(format!("{} cannot be approved as spender", x.spender))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{Address, U256};
    use metis_bindings::test_metis::TestMetis;

    #[test]
    fn explains_a_token_error_with_its_values() {
        let data = TestMetis::DripTooLarge {
            requested: U256::from(300_000u64) * U256::from(10u64).pow(U256::from(18)),
            max: U256::from(250_000u64) * U256::from(10u64).pow(U256::from(18)),
        }
        .abi_encode();
        let e = describe(&data);
        assert_eq!(
            e.message,
            "300000 METIS is more than the faucet gives at once (250000 METIS)"
        );
        assert!(e.hint.is_some());
    }

    #[test]
    fn explains_a_revert_string_and_unknown_data() {
        let data = Revert::from("nope").abi_encode();
        assert_eq!(describe(&data).message, "the contract refused: nope");
        let e = describe(&[1, 2, 3, 4]);
        assert!(e.message.contains("0x01020304"), "{}", e.message);
        let _ = Address::ZERO;
    }
}
