//! The deployments file: where the contracts of one chain live. Written by `metis-stake
//! deploy` and by `script/Deploy.s.sol`, read by every other command.

use crate::error::CliError;
use alloy::primitives::Address;
use eyre::{Result, WrapErr};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Deployments {
    pub chain_id: u64,
    /// The staking token (METIS, or TestMetis on local and test chains).
    pub token: Address,
    /// Whether `token` is the TestMetis faucet token.
    #[serde(default)]
    pub test_token: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locking: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mining: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grants: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timelock: Option<Address>,
    /// The reference liquid staking vault (`DEPLOY_VAULT=true`); the zero address: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault: Option<Address>,
    /// The equivocation slasher (`evidence deploy`, issue 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slasher: Option<Address>,
    /// Block of the first deployment transaction.
    #[serde(default)]
    pub deployment_block: u64,
    /// Deployment parameters, for people and tools to read (not interpreted by the CLI).
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub parameters: serde_json::Value,
}

/// `deployments/<chainId>.json`, relative to the working directory.
pub fn default_path(chain_id: u64) -> PathBuf {
    PathBuf::from("deployments").join(format!("{chain_id}.json"))
}

impl Deployments {
    /// Reads the file and checks that it belongs to the chain the RPC serves.
    pub fn load(path: &Path, chain_id: u64) -> Result<Self> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(CliError::failed(format!(
                    "no deployments file at {} (chain id {chain_id})",
                    path.display()
                ))
                .hint("deploy first with `metis-stake deploy`, or pass --deployments <FILE>")
                .into())
            }
            Err(e) => return Err(e).wrap_err_with(|| format!("failed to read {}", path.display())),
        };
        let d: Deployments = serde_json::from_str(&text).map_err(|e| {
            CliError::failed(format!(
                "{} is not a valid deployments file: {e}",
                path.display()
            ))
        })?;
        if d.chain_id != chain_id {
            return Err(CliError::failed(format!(
                "{} is for chain id {}, but the RPC serves chain id {chain_id}",
                path.display(),
                d.chain_id
            ))
            .hint("pass the deployments file of this chain with --deployments, or point --rpc-url at the right chain")
            .into());
        }
        Ok(d)
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .wrap_err_with(|| format!("failed to create {}", dir.display()))?;
        }
        // Addresses EIP-55 checksummed, as everything else the CLI prints.
        let text =
            serde_json::to_string_pretty(&crate::output::checksummed(serde_json::to_value(self)?))?
                + "\n";
        std::fs::write(path, text).wrap_err_with(|| format!("failed to write {}", path.display()))
    }

    fn need(&self, what: Option<Address>, name: &str) -> Result<Address> {
        what.ok_or_else(|| {
            CliError::failed(format!("the deployments file has no {name} contract"))
                .hint("redeploy the whole system with `metis-stake deploy`")
                .into()
        })
    }

    pub fn locking(&self) -> Result<Address> {
        self.need(self.locking, "locking")
    }

    pub fn mining(&self) -> Result<Address> {
        self.need(self.mining, "reward distributor")
    }

    pub fn grants(&self) -> Result<Address> {
        self.need(self.grants, "grant escrow")
    }

    /// The vault, which the deploy script deploys only with `DEPLOY_VAULT=true`.
    /// Refuses to replace a contract the file already records (`what` names it) unless
    /// `force`: a deploy command writes the file only at its end.
    pub fn refuse_replacing(
        path: &Path,
        what: &str,
        recorded: Option<Address>,
        force: bool,
    ) -> Result<()> {
        match recorded.filter(|a| !a.is_zero()) {
            Some(a) if !force => Err(CliError::failed(format!(
                "{} already records the {what} {a}",
                path.display()
            ))
            .hint("pass --force to deploy another and record it instead")
            .into()),
            _ => Ok(()),
        }
    }

    pub fn slasher(&self) -> Result<Address> {
        self.slasher.filter(|a| !a.is_zero()).ok_or_else(|| {
            CliError::failed("the deployments file has no equivocation slasher")
                .hint("deploy one with `metis-stake evidence deploy --chain-id L2_CHAIN_ID`, then give it the role: `metis-stake gov set-slasher ADDRESS`")
                .into()
        })
    }

    pub fn vault(&self) -> Result<Address> {
        self.vault.filter(|a| !a.is_zero()).ok_or_else(|| {
            CliError::failed("the deployments file has no liquid staking vault")
                .hint("name a protocol's vault with --vault ADDRESS (or METIS_VAULT); or deploy one: `metis-stake lst deploy`, or `DEPLOY_VAULT=true forge script script/Deploy.s.sol` (README, \"Deploying to Sepolia\")")
                .into()
        })
    }
}
