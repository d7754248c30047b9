//! The staker's commands: `deposit`, `top-up`, `unlock`, `withdraw`, `rotate-signer`,
//! `set-recipient`.

use crate::amount::metis;
use crate::cli::AmountOpts;
use crate::cmd::token::{approve_if_short, ensure_balance};
use crate::ctx::Ctx;
use crate::decode;
use crate::error::CliError;
use crate::possession;
use crate::rpc::Reads;
use crate::time::{format_duration, format_ts};
use crate::{output, tx};
use alloy::primitives::{Address, Bytes, U256};
use alloy::rpc::types::TransactionReceipt;
use alloy::sol_types::SolEvent;
use clap::Args;
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking;
use metis_bindings::sequencer_mining::SequencerMining;
use metis_bindings::test_metis::TestMetis;
use serde_json::json;

/// The node key given as public key + proof (made by `signer prove`), or as the key file.
#[derive(Args, Debug, Clone)]
#[group(required = true, multiple = true)]
pub struct SignerKeyOpts {
    /// The node's public key: 64 bytes of hex (from `signer prove`)
    #[arg(long, value_parser = possession::parse_pubkey, requires = "proof", conflicts_with = "key_file")]
    pub pubkey: Option<Bytes>,
    /// The proof of possession for this owner (from `signer prove`)
    #[arg(long, value_parser = possession::parse_proof, requires = "pubkey", conflicts_with = "key_file")]
    pub proof: Option<Bytes>,
    /// The node's key file, to make the proof here (local use; the key stays on this machine)
    #[arg(long = "key-file", value_name = "FILE")]
    pub key_file: Option<std::path::PathBuf>,
    /// Password file for a keystore key file
    #[arg(long = "key-password-file", value_name = "FILE", requires = "key_file")]
    pub key_password_file: Option<std::path::PathBuf>,
}

#[derive(Args, Debug)]
pub struct DepositArgs {
    #[command(flatten)]
    pub amount: AmountOpts,
    #[command(flatten)]
    pub key: SignerKeyOpts,
}

#[derive(Args, Debug)]
pub struct TopUpArgs {
    /// Sequencer id
    pub id: u64,
    #[command(flatten)]
    pub amount: AmountOpts,
}

#[derive(Args, Debug)]
pub struct UnlockArgs {
    /// Sequencer id
    pub id: u64,
    /// How much to unlock, in METIS (partial: the rest stays locked and active)
    #[arg(value_parser = crate::amount::parse_amount_arg, required_unless_present = "all", conflicts_with = "all", allow_hyphen_values = true)]
    pub amount: Option<crate::amount::AmountArg>,
    /// Unlock everything: leave the sequencer set now, stop earning, withdraw after the delay
    #[arg(long)]
    pub all: bool,
    /// Read AMOUNT as raw token wei
    #[arg(long)]
    pub wei: bool,
}

#[derive(Args, Debug)]
pub struct IdArgs {
    /// Sequencer id
    pub id: u64,
}

#[derive(Args, Debug)]
pub struct RotateArgs {
    /// Sequencer id
    pub id: u64,
    #[command(flatten)]
    pub key: SignerKeyOpts,
}

#[derive(Args, Debug)]
pub struct RecipientArgs {
    /// Sequencer id
    pub id: u64,
    /// Where rewards go by default (the zero address resets it to the owner)
    pub recipient: Address,
}

fn status_name(s: u8) -> &'static str {
    match s {
        1 => "active",
        2 => "jailed",
        3 => "unlocking",
        4 => "exited",
        _ => "unknown",
    }
}

pub(crate) fn status_label(s: u8) -> &'static str {
    status_name(s)
}

/// The node key as given: public key + proof from `signer prove`, or the key file itself.
enum KeyMaterial {
    Given { pubkey: Bytes, proof: Bytes },
    Key(alloy::signers::local::PrivateKeySigner),
}

impl KeyMaterial {
    /// Reads the key file if one is given (no RPC).
    fn from_opts(k: &SignerKeyOpts) -> Result<Self> {
        if let (Some(pubkey), Some(proof)) = (&k.pubkey, &k.proof) {
            return Ok(Self::Given {
                pubkey: pubkey.clone(),
                proof: proof.clone(),
            });
        }
        let path = k
            .key_file
            .as_ref()
            .ok_or_else(|| CliError::usage("pass --pubkey and --proof, or --key-file"))?;
        Ok(Self::Key(possession::read_key_file(
            path,
            k.key_password_file.as_deref(),
        )?))
    }

    fn pubkey(&self) -> Bytes {
        match self {
            Self::Given { pubkey, .. } => pubkey.clone(),
            Self::Key(k) => possession::public_key(k),
        }
    }

    /// The proof for `owner` at `nonce` (made here from the key file, or as given).
    fn proof(&self, owner: Address, nonce: U256, chain_id: u64, locking: Address) -> Result<Bytes> {
        match self {
            Self::Given { proof, .. } => Ok(proof.clone()),
            Self::Key(k) => possession::prove(k, owner, nonce, chain_id, locking),
        }
    }
}

/// Resolves the key options into (pubkey, proof) for `owner`, reading the nonce if needed.
async fn key_material(
    ctx: &Ctx,
    locking: Address,
    owner: Address,
    k: &SignerKeyOpts,
) -> Result<(Bytes, Bytes)> {
    let km = KeyMaterial::from_opts(k)?;
    let nonce = match &km {
        KeyMaterial::Given { .. } => U256::ZERO,
        KeyMaterial::Key(_) => {
            let mut r = Reads::new();
            let n = r.add(locking, SequencerLocking::noncesCall { owner_: owner });
            r.send(ctx).await?.get(&n)?
        }
    };
    Ok((km.pubkey(), km.proof(owner, nonce, ctx.chain_id, locking)?))
}

/// `metis-stake deposit AMOUNT (--pubkey HEX --proof HEX | --key-file FILE)`
pub async fn deposit(ctx: &Ctx, args: DepositArgs) -> Result<()> {
    let amount = args
        .amount
        .amount
        .to_wei(args.amount.wei)
        .map_err(CliError::usage)?;
    let d = ctx.deployments()?;
    let locking_addr = d.locking()?;
    let owner = ctx.sender()?;
    let km = KeyMaterial::from_opts(&args.key)?;
    let pubkey = km.pubkey();
    let signer = possession::signer_of(&pubkey);

    // One round trip for everything the checks below need.
    let mut r = Reads::new();
    let min = r.add(locking_addr, SequencerLocking::minLockCall {});
    let max = r.add(locking_addr, SequencerLocking::maxLockCall {});
    let paused = r.add(locking_addr, SequencerLocking::pausedCall {});
    let open = r.add(locking_addr, SequencerLocking::permissionlessCall {});
    let listed = r.add(
        locking_addr,
        SequencerLocking::whitelistedCall { operator: owner },
    );
    let active = r.add(locking_addr, SequencerLocking::activeCountCall {});
    let cap = r.add(locking_addr, SequencerLocking::maxSequencersCall {});
    let used = r.add(locking_addr, SequencerLocking::signerToIdCall { signer });
    let nonce = r.add(locking_addr, SequencerLocking::noncesCall { owner_: owner });
    let bal = r.add(d.token, TestMetis::balanceOfCall { account: owner });
    let allow = r.add(
        d.token,
        TestMetis::allowanceCall {
            owner,
            spender: locking_addr,
        },
    );
    let room = d.mining.map(|m| r.add(m, SequencerMining::headroomCall {}));
    let a = r.send(ctx).await?;

    use SequencerLocking as L;
    let refuse = |e: L::SequencerLockingErrors| -> eyre::Report { decode::locking_error(e).into() };
    if amount.is_zero() {
        return Err(refuse(L::SequencerLockingErrors::ZeroAmount(
            L::ZeroAmount {},
        )));
    }
    let (min, max) = (a.get(&min)?, a.get(&max)?);
    if amount < min {
        return Err(refuse(L::SequencerLockingErrors::AmountBelowMinimum(
            L::AmountBelowMinimum {
                amount,
                minLock: min,
            },
        )));
    }
    if amount > max {
        return Err(refuse(L::SequencerLockingErrors::AmountAboveMaximum(
            L::AmountAboveMaximum {
                amount,
                maxLock: max,
            },
        )));
    }
    if a.get(&paused)? {
        return Err(CliError::failed("new locks are paused by the guardian")
            .hint("exits still work; try again when governance unpauses")
            .into());
    }
    if !a.get(&open)? && !a.get(&listed)? {
        return Err(refuse(L::SequencerLockingErrors::NotWhitelisted(
            L::NotWhitelisted { operator: owner },
        )));
    }
    let cap = a.get(&cap)?;
    if a.get(&active)? >= cap {
        return Err(refuse(L::SequencerLockingErrors::ActiveSetFull(
            L::ActiveSetFull { maxSequencers: cap },
        )));
    }
    let used_by = a.get(&used)?;
    if !used_by.is_zero() {
        return Err(refuse(L::SequencerLockingErrors::SignerAlreadyUsed(
            L::SignerAlreadyUsed {
                signer,
                id: used_by,
            },
        )));
    }
    let nonce = a.get(&nonce)?;
    let proof = km.proof(owner, nonce, ctx.chain_id, locking_addr)?;
    let digest = possession::digest(owner, signer, nonce, ctx.chain_id, locking_addr);
    let recovered = possession::recover(&proof, digest).unwrap_or(Address::ZERO);
    if recovered != signer {
        return Err(refuse(L::SequencerLockingErrors::InvalidPossessionProof(
            L::InvalidPossessionProof {
                expectedSigner: signer,
                recovered,
            },
        )));
    }
    ensure_balance(owner, a.get(&bal)?, amount, "the deposit")?;
    if let Some(room) = room {
        let room = a.get(&room)?;
        if amount > room {
            return Err(decode::mining_error(
                SequencerMining::SequencerMiningErrors::RewardBudgetExceeded(
                    SequencerMining::RewardBudgetExceeded {
                        needed: amount,
                        available: room,
                    },
                ),
            )
            .into());
        }
    }

    approve_if_short(
        ctx,
        d.token,
        locking_addr,
        a.get(&allow)?,
        amount,
        "the locking contract",
    )
    .await?;
    let locking = SequencerLocking::new(locking_addr, ctx.provider.clone());
    let receipt = tx::send(
        ctx,
        &format!("lock {} as sequencer {signer}", metis(amount)),
        locking.lock(pubkey.clone(), proof, amount),
    )
    .await?;
    let id = locked_id(&receipt)
        .ok_or_else(|| CliError::failed("the lock was mined but emitted no Locked event"))?;
    output::result(
        ctx.json(),
        format!("sequencer {id} locked {} (signer {signer})", metis(amount)),
        json!({ "id": id.to_string(), "owner": owner, "signer": signer, "pubkey": pubkey, "amount": amount.to_string(), "tx": receipt.transaction_hash }),
    );
    Ok(())
}

fn locked_id(receipt: &TransactionReceipt) -> Option<U256> {
    receipt.inner.logs().iter().find_map(|l| {
        SequencerLocking::Locked::decode_log(&l.inner)
            .ok()
            .map(|e| e.data.id)
    })
}

/// `metis-stake top-up ID AMOUNT`
pub async fn top_up(ctx: &Ctx, args: TopUpArgs) -> Result<()> {
    let amount = args
        .amount
        .amount
        .to_wei(args.amount.wei)
        .map_err(CliError::usage)?;
    let d = ctx.deployments()?;
    let locking_addr = d.locking()?;
    let owner = ctx.sender()?;
    let id = U256::from(args.id);
    let mut r = Reads::new();
    let pos = r.add(locking_addr, SequencerLocking::getPositionCall { id });
    let max = r.add(locking_addr, SequencerLocking::maxLockCall {});
    let bal = r.add(d.token, TestMetis::balanceOfCall { account: owner });
    let allow = r.add(
        d.token,
        TestMetis::allowanceCall {
            owner,
            spender: locking_addr,
        },
    );
    let paused = r.add(locking_addr, SequencerLocking::pausedCall {});
    let a = r.send(ctx).await?;
    let p = a.get(&pos)?;
    use SequencerLocking as L;
    if p.owner != owner {
        return Err(
            decode::locking_error(L::SequencerLockingErrors::NotPositionOwner(
                L::NotPositionOwner { id, caller: owner },
            ))
            .into(),
        );
    }
    if amount.is_zero() {
        return Err(
            decode::locking_error(L::SequencerLockingErrors::ZeroAmount(L::ZeroAmount {})).into(),
        );
    }
    if p.status != 1 && p.status != 2 {
        return Err(
            decode::locking_error(L::SequencerLockingErrors::InvalidStatus(L::InvalidStatus {
                id,
                status: p.status,
            }))
            .into(),
        );
    }
    if a.get(&paused)? {
        return Err(CliError::failed("top-ups are paused by the guardian")
            .hint("exits still work; try again when governance unpauses")
            .into());
    }
    let max = a.get(&max)?;
    if p.amount + amount > max {
        return Err(
            decode::locking_error(L::SequencerLockingErrors::AmountAboveMaximum(
                L::AmountAboveMaximum {
                    amount: p.amount + amount,
                    maxLock: max,
                },
            ))
            .into(),
        );
    }
    ensure_balance(owner, a.get(&bal)?, amount, "the top-up")?;
    let locking = SequencerLocking::new(locking_addr, ctx.provider.clone());
    // Everything the lock would refuse is checked above, before any approval is sent.
    approve_if_short(
        ctx,
        d.token,
        locking_addr,
        a.get(&allow)?,
        amount,
        "the locking contract",
    )
    .await?;
    let receipt = tx::send(
        ctx,
        &format!("top up sequencer {id} by {}", metis(amount)),
        locking.increaseLock(id, amount),
    )
    .await?;
    output::result(
        ctx.json(),
        format!("sequencer {id} now locks {}", metis(p.amount + amount)),
        json!({ "id": id.to_string(), "added": amount.to_string(), "amount": (p.amount + amount).to_string(), "tx": receipt.transaction_hash }),
    );
    Ok(())
}

/// `metis-stake unlock ID (AMOUNT | --all)`
pub async fn unlock(ctx: &Ctx, args: UnlockArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let locking_addr = d.locking()?;
    let id = U256::from(args.id);
    let mut r = Reads::new();
    let pos = r.add(locking_addr, SequencerLocking::getPositionCall { id });
    let delay = r.add(locking_addr, SequencerLocking::unlockDelayCall {});
    let a = r.send(ctx).await?;
    let p = a.get(&pos)?;
    let amount = match &args.amount {
        Some(x) => x.to_wei(args.wei).map_err(CliError::usage)?,
        None => p.amount,
    };
    let delay = a.get(&delay)?;
    let locking = SequencerLocking::new(locking_addr, ctx.provider.clone());
    let full = amount == p.amount;
    let label = if full {
        format!("unlock all of sequencer {id} ({})", metis(amount))
    } else {
        format!("unlock {} of sequencer {id}", metis(amount))
    };
    let receipt = tx::send(ctx, &label, locking.requestWithdrawal(id, amount)).await?;
    let after = SequencerLocking::new(locking_addr, ctx.provider.clone())
        .getPosition(id)
        .call()
        .await
        .map_err(tx::explain)?;
    let at = after.withdrawableAt.saturating_to::<u64>();
    output::result(
        ctx.json(),
        format!(
            "{} requested for sequencer {id}{}; withdraw after {} (in {})",
            metis(amount),
            if full {
                ", which left the sequencer set and stopped earning"
            } else {
                ""
            },
            format_ts(at),
            format_duration(delay.saturating_to())
        ),
        json!({ "id": id.to_string(), "amount": amount.to_string(), "full": full, "withdrawableAt": at, "tx": receipt.transaction_hash }),
    );
    Ok(())
}

/// `metis-stake withdraw ID`
pub async fn withdraw(ctx: &Ctx, args: IdArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let locking = SequencerLocking::new(d.locking()?, ctx.provider.clone());
    let id = U256::from(args.id);
    let p = locking.getPosition(id).call().await.map_err(tx::explain)?;
    let receipt = tx::send(
        ctx,
        &format!(
            "withdraw {} from sequencer {id}",
            metis(p.pendingWithdrawal)
        ),
        locking.withdraw(id),
    )
    .await?;
    output::result(
        ctx.json(),
        format!(
            "withdrew {} from sequencer {id} to {}",
            metis(p.pendingWithdrawal),
            p.owner
        ),
        json!({ "id": id.to_string(), "amount": p.pendingWithdrawal.to_string(), "to": p.owner, "tx": receipt.transaction_hash }),
    );
    Ok(())
}

/// `metis-stake rotate-signer ID (--pubkey --proof | --key-file)`
pub async fn rotate(ctx: &Ctx, args: RotateArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let locking_addr = d.locking()?;
    let owner = ctx.sender()?;
    let (pubkey, proof) = key_material(ctx, locking_addr, owner, &args.key).await?;
    let signer = possession::signer_of(&pubkey);
    let locking = SequencerLocking::new(locking_addr, ctx.provider.clone());
    let id = U256::from(args.id);
    let receipt = tx::send(
        ctx,
        &format!("rotate sequencer {id} to signer {signer}"),
        locking.updateSigner(id, pubkey.clone(), proof),
    )
    .await?;
    output::result(
        ctx.json(),
        format!("sequencer {id} now signs as {signer}"),
        json!({ "id": id.to_string(), "signer": signer, "pubkey": pubkey, "tx": receipt.transaction_hash }),
    );
    Ok(())
}

/// `metis-stake set-recipient ID ADDRESS`
pub async fn set_recipient(ctx: &Ctx, args: RecipientArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let locking = SequencerLocking::new(d.locking()?, ctx.provider.clone());
    let id = U256::from(args.id);
    let receipt = tx::send(
        ctx,
        &format!("set the reward recipient of sequencer {id}"),
        locking.setRewardRecipient(id, args.recipient),
    )
    .await?;
    output::result(
        ctx.json(),
        format!(
            "rewards of sequencer {id} go to {} by default",
            args.recipient
        ),
        json!({ "id": id.to_string(), "recipient": args.recipient, "tx": receipt.transaction_hash }),
    );
    Ok(())
}
