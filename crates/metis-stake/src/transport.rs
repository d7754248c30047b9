//! Transport failures and node-side refusals, in words: a connection refused, a nonce
//! already taken, no ETH for gas.

use crate::contracts::Contract;
use crate::decode;
use crate::error::CliError;
use alloy::transports::{RpcError, TransportError};

/// Node-side refusals (no gas money, a nonce taken) and connection failures, in words.
pub fn explain_transport(t: &TransportError) -> CliError {
    if let RpcError::ErrorResp(resp) = t {
        let msg = resp.message.to_lowercase();
        if msg.contains("insufficient funds") {
            return CliError::failed("the sending account has not enough ETH to pay for gas")
                .hint("fund the account with ETH on this chain (on anvil: `cast rpc anvil_setBalance <ADDRESS> 0xde0b6b3a7640000`)");
        }
        if msg.contains("nonce")
            || msg.contains("already imported")
            || msg.contains("already known")
            || msg.contains("replacement transaction underpriced")
        {
            return CliError::failed(format!(
                "the node refused the transaction: {} (another transaction from this account took its nonce)",
                resp.message
            ))
            .hint("is another metis-stake or wallet sending from this account right now? wait until its transaction is mined, then run the command again: it will be judged against the new state");
        }
        if let Some(data) = resp.as_revert_data() {
            return decode::explain(Contract::Other, &data);
        }
        return CliError::failed(format!("the node refused the request: {}", resp.message));
    }
    CliError::failed(format!("RPC request failed ({})", short_transport_error(t)))
        .hint("check --rpc-url / ETH_RPC_URL and that the node is running")
}

/// The innermost cause of a transport error ("Connection refused (os error 111)").
pub fn short_transport_error(t: &TransportError) -> String {
    let mut msg = t.to_string();
    let mut source = std::error::Error::source(t);
    while let Some(s) = source {
        msg = s.to_string();
        source = s.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::rpc::json_rpc::ErrorPayload;

    fn refused(message: &str) -> TransportError {
        RpcError::ErrorResp(ErrorPayload {
            code: -32003,
            message: message.to_string().into(),
            data: None,
        })
    }

    #[test]
    fn a_nonce_taken_by_a_concurrent_run_gets_a_hint() {
        for m in [
            "transaction already imported",
            "already known",
            "nonce too low: next nonce 7, tx nonce 6",
            "replacement transaction underpriced",
        ] {
            let e = explain_transport(&refused(m));
            assert!(e.message.contains(m), "{}", e.message);
            assert!(
                e.hint
                    .as_deref()
                    .unwrap()
                    .contains("another metis-stake or wallet"),
                "{m}"
            );
        }
        let e = explain_transport(&refused("insufficient funds for gas * price + value"));
        assert_eq!(
            e.message,
            "the sending account has not enough ETH to pay for gas"
        );
    }
}
