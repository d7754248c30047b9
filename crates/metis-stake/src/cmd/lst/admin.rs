//! The vault's own governance and allocation: deploy a vault, register node operators and
//! their keys, move the buffer into positions, exit positions, announce the commission.
//!
//! The vault is governed by OpenZeppelin `AccessControl` roles, not by an owner:
//! `DEFAULT_ADMIN_ROLE` (operators, keys, exits, commission) and `ALLOCATOR_ROLE`
//! (allocation). Every call takes the usual governance routes ([`crate::governance`]): a sender
//! holding the role calls directly; when the timelock holds it (`script/Deploy.s.sol` gives it
//! `DEFAULT_ADMIN_ROLE`), the call is scheduled, then executed by the same command run again,
//! or printed (`--print`), or added to a batch (`--append`). The vault judges every call.

use crate::amount::metis;
use crate::contracts::Contract;
use crate::ctx::Ctx;
use crate::deployments::Deployments;
use crate::error::CliError;
use crate::governance::{self, GovCall};
use crate::opts::{AmountOpts, GovOpts, NodeKeyOpts};
use crate::output;
use crate::pipeline::{self, Action};
use crate::possession::{self, NodeKey};
use crate::rpc::Reads;
use alloy::primitives::{keccak256, Address, Bytes, B256, U256};
use clap::Args;
use eyre::Result;
use metis_bindings::sequencer_locking::SequencerLocking as L;
use metis_bindings::sequencer_vault::SequencerVault as V;
use serde_json::json;
use std::path::PathBuf;

/// `DEFAULT_ADMIN_ROLE`: the vault's governance.
const ADMIN: (B256, &str) = (B256::ZERO, "DEFAULT_ADMIN_ROLE");

/// `ALLOCATOR_ROLE = keccak256("ALLOCATOR_ROLE")`: moves the buffer into positions.
fn allocator_role() -> B256 {
    keccak256("ALLOCATOR_ROLE")
}

#[derive(Args, Debug)]
pub struct DeployArgs {
    /// The shares' name (also their ERC-2612 permit domain)
    #[arg(long, default_value = "Staked Metis")]
    pub name: String,
    /// The shares' symbol
    #[arg(long, default_value = "stMETIS")]
    pub symbol: String,
    /// The operators' commission on rewards, in percent (at most 10; two decimals, e.g. 7.5)
    #[arg(long, value_name = "PERCENT", default_value = "5", value_parser = crate::amount::parse_percent_bps)]
    pub commission: u64,
    /// The vault's governance (DEFAULT_ADMIN_ROLE) [default: the sender]
    #[arg(long, value_name = "ADDRESS")]
    pub admin: Option<Address>,
    /// Who moves the buffer into positions (ALLOCATOR_ROLE) [default: the sender]
    #[arg(long, value_name = "ADDRESS")]
    pub allocator: Option<Address>,
    /// Replace the vault already in the deployments file
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct AddOperatorArgs {
    /// Where the operator's commission goes
    #[arg(long, value_name = "ADDRESS")]
    pub reward_address: Address,
    #[command(flatten)]
    pub key: NodeKeyOpts,
    /// With --key-file: the vault's proof nonce to prove for [default: the vault's nonce now;
    /// the proof must match the nonce when the position is created, see `lst allocate --proof`]
    #[arg(long, value_name = "N", requires = "key_file")]
    pub nonce: Option<u64>,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct OperatorKeyArgs {
    /// The node operator's id (`lst info` lists them)
    pub operator: u64,
    #[command(flatten)]
    pub key: NodeKeyOpts,
    /// With --key-file: the vault's proof nonce to prove for [default: the vault's nonce now]
    #[arg(long, value_name = "N", requires = "key_file")]
    pub nonce: Option<u64>,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct RewardAddressArgs {
    /// The node operator's id
    pub operator: u64,
    /// Where its commission goes from now on
    pub reward_address: Address,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct AllocateArgs {
    /// The node operator's id: a new position with its key, or a top-up of its live one
    pub operator: u64,
    #[command(flatten)]
    pub amount: AmountOpts,
    /// A new position's proof, replacing the one registered [default: the registered one]
    #[command(flatten)]
    pub fresh: FreshProofOpts,
    #[command(flatten)]
    pub gov: GovOpts,
}

/// A possession proof of an operator's key for the vault at the vault's nonce now: given, or
/// made here from the key file.
#[derive(Args, Debug)]
pub struct FreshProofOpts {
    /// A possession proof of the operator's key for the vault, at the vault's nonce now
    /// (`metis-stake signer prove --owner VAULT`)
    #[arg(long, value_parser = possession::parse_proof, conflicts_with = "key_file")]
    pub proof: Option<Bytes>,
    /// The operator's node key file, to make that proof here
    #[arg(long = "key-file", value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Password file for a keystore key file
    #[arg(long = "key-password-file", value_name = "FILE", requires = "key_file")]
    pub key_password_file: Option<PathBuf>,
}

impl FreshProofOpts {
    /// The proof as given, or made from the key file for `vault` at its nonce now; `None`
    /// when neither is given.
    async fn proof(&self, ctx: &Ctx, d: &Deployments) -> Result<Option<Bytes>> {
        match (&self.proof, &self.key_file) {
            (Some(p), _) => Ok(Some(p.clone())),
            (None, Some(file)) => {
                let key = possession::read_key_file(file, self.key_password_file.as_deref())?;
                let nonce = vault_nonce(ctx, d, None).await?;
                Ok(Some(possession::prove(
                    &key,
                    d.vault()?,
                    nonce,
                    ctx.chain_id,
                    d.locking()?,
                )?))
            }
            (None, None) => Ok(None),
        }
    }
}

#[derive(Args, Debug)]
pub struct ExitArgs {
    /// The vault's position (sequencer id)
    pub position: u64,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct CommissionArgs {
    /// The new commission in percent (at most 10, at most 2 points above the current one);
    /// it applies at the first harvest 7 days after the announcement
    #[arg(value_name = "PERCENT", value_parser = crate::amount::parse_percent_bps)]
    pub percent: u64,
    #[command(flatten)]
    pub gov: GovOpts,
}

/// `metis-stake lst deploy`: a vault over the deployed locking contract and distributor,
/// recorded in the deployments file. The sender deploys it as its admin, grants the
/// allocator, then hands the admin role to `--admin` if another account.
pub async fn deploy(ctx: &Ctx, args: DeployArgs) -> Result<()> {
    if let Some(v) = ctx.vault {
        return Err(CliError::usage(format!(
            "lst deploy creates a vault; --vault (or METIS_VAULT) names an existing one ({v})"
        ))
        .hint("unset METIS_VAULT (or drop --vault) to deploy")
        .into());
    }
    let sender = ctx.sender()?;
    let path = ctx.deployments_path();
    let mut d = ctx.deployments()?;
    Deployments::refuse_replacing(&path, "vault", d.vault, args.force)?;
    let (locking, mining) = (d.locking()?, d.mining()?);
    let admin = args.admin.unwrap_or(sender);
    let allocator = args.allocator.unwrap_or(sender);
    let init = V::deploy_builder(
        ctx.provider.clone(),
        d.token,
        locking,
        mining,
        args.name.clone(),
        args.symbol.clone(),
        sender,
        U256::from(args.commission),
    )
    .calldata()
    .clone();
    let outcome = pipeline::execute(
        ctx,
        &Action::deploy("deploy SequencerVault", init, Contract::Vault)
            .rerun("nothing is recorded until the end: run it again with --force"),
    )
    .await?;
    let vault = outcome.created("deploy SequencerVault")?;
    let grant = |role: B256, account: Address, what: &str| {
        Action::call(
            what.to_string(),
            vault,
            V::grantRoleCall { role, account },
            Contract::Vault,
        )
    };
    pipeline::execute(
        ctx,
        &grant(
            allocator_role(),
            allocator,
            &format!("grant ALLOCATOR_ROLE to {allocator}"),
        ),
    )
    .await?;
    if admin != sender {
        pipeline::execute(
            ctx,
            &grant(
                B256::ZERO,
                admin,
                &format!("grant DEFAULT_ADMIN_ROLE to {admin}"),
            ),
        )
        .await?;
        let renounce = Action::call(
            "renounce the deployer's DEFAULT_ADMIN_ROLE",
            vault,
            V::renounceRoleCall {
                role: B256::ZERO,
                callerConfirmation: sender,
            },
            Contract::Vault,
        );
        pipeline::execute(ctx, &renounce).await?;
    }
    d.vault = Some(vault);
    d.save(&path)?;
    // The locking contract's whitelist is the system's governance's to open: say so.
    let mut r = Reads::new();
    let open = r.add(locking, L::permissionlessCall {});
    let listed = r.add(locking, L::whitelistedCall { operator: vault });
    let a = r.send(ctx).await?;
    let note = (!a.get(&open)? && !a.get(&listed)?).then(|| {
        format!("the sequencer set is permissioned: governance must whitelist the vault before its first allocation (`metis-stake gov whitelist {vault}`)")
    });
    output::result(
        ctx.json(),
        format!(
            "deployed the vault {vault} ({} / {}), recorded in {}\n  admin      {admin}\n  allocator  {allocator}\n  commission {}%{}",
            args.name,
            args.symbol,
            path.display(),
            crate::amount::percent(args.commission),
            note.as_ref().map(|n| format!("\nnote: {n}")).unwrap_or_default()
        ),
        json!({ "vault": vault, "admin": admin, "allocator": allocator, "commissionBps": args.commission, "whitelistNeeded": note.is_some(), "tx": outcome.tx() }),
    );
    Ok(())
}

/// The vault's proof nonce in the locking contract (`nonces(vault)`), unless given.
async fn vault_nonce(ctx: &Ctx, d: &Deployments, given: Option<u64>) -> Result<U256> {
    if let Some(n) = given {
        return Ok(U256::from(n));
    }
    let mut r = Reads::new();
    let n = r.add(d.locking()?, L::noncesCall { owner_: d.vault()? });
    r.send(ctx).await?.get(&n)
}

/// The node key as given, or its proof made here for the vault at `nonce` (or the vault's
/// nonce now).
async fn key_for_vault(
    ctx: &Ctx,
    d: &Deployments,
    key: &NodeKeyOpts,
    nonce: Option<u64>,
) -> Result<(Bytes, Bytes)> {
    let key = NodeKey::from_opts(key)?;
    let nonce = if key.needs_nonce() {
        vault_nonce(ctx, d, nonce).await?
    } else {
        U256::ZERO
    };
    let proof = key.proof(d.vault()?, nonce, ctx.chain_id, d.locking()?)?;
    Ok((key.pubkey(), proof))
}

/// How many of the vault's nonces on either side of the useful ones a refused proof is tried
/// at, to say it is stale (or too far ahead) rather than not this key's.
const NONCE_WINDOW: u64 = 32;

/// Refuses a signer the locking contract already bound to a position (`bound`, 0: none): the
/// vault stores a key unchecked, and the locking contract would refuse it only later.
fn refuse_bound(signer: alloy::primitives::Address, bound: U256) -> Result<()> {
    if bound.is_zero() {
        return Ok(());
    }
    Err(CliError::failed(format!(
        "the signer {signer} is already bound to sequencer {bound}: a signer key is never reused"
    ))
    .hint("make the operator a new key (`metis-stake signer new`) and a proof of it for the vault")
    .into())
}

/// What the vault stores unchecked and the locking contract judges only when the position is
/// created: asks the locking contract whether the signer is already bound to a position and
/// what the proof is a proof of (its digest for the vault at the vault's nonces from now on,
/// one per node operator that may create a position first), and the vault whether another of
/// its operators has the key. Refuses a key or proof that could never create a position;
/// returns a note when the proof is for a later nonce.
async fn check_operator_key(
    ctx: &Ctx,
    d: &Deployments,
    pubkey: &Bytes,
    proof: &Bytes,
    operator: Option<u64>,
) -> Result<Option<String>> {
    let (vault, locking) = (d.vault()?, d.locking()?);
    let signer = possession::signer_of(pubkey);
    let mut r = Reads::new();
    let bound = r.add(locking, L::signerToIdCall { signer });
    let nonce = r.add(locking, L::noncesCall { owner_: vault });
    let count = r.add(vault, V::nodeOperatorCountCall {});
    let a = r.send(ctx).await?;
    refuse_bound(signer, a.get(&bound)?)?;
    let (nonce, count) = (a.get(&nonce)?, a.get(&count)?.saturating_to::<u64>());
    let mut r = Reads::new();
    let ops: Vec<_> = (0..count)
        .map(|i| {
            r.add(
                vault,
                V::nodeOperatorCall {
                    operatorId: U256::from(i),
                },
            )
        })
        .collect();
    let digests: Vec<_> = (0..=count)
        .map(|k| {
            r.add(
                locking,
                L::possessionDigestCall {
                    owner_: vault,
                    signer,
                    nonce: nonce + U256::from(k),
                },
            )
        })
        .collect();
    let a = r.send(ctx).await?;
    for (i, slot) in ops.iter().enumerate() {
        let op = a.get(slot)?;
        if op.pubkey == *pubkey && Some(i as u64) != operator {
            return Err(CliError::failed(format!(
                "node operator {i} of the vault already has the key of signer {signer}"
            ))
            .hint("every operator needs a key of its own")
            .into());
        }
    }
    let mut first_recovered = None;
    for (k, slot) in digests.iter().enumerate() {
        let recovered = possession::recover(proof, a.get(slot)?);
        if recovered == Some(signer) {
            return Ok((k > 0).then(|| {
                format!(
                    "the proof is for the vault's nonce {}: it creates a position once {k} other position(s) are created first (else pass a fresh proof to `lst allocate`)",
                    nonce + U256::from(k)
                )
            }));
        }
        first_recovered = first_recovered.or(Some(recovered));
    }
    // A proof of this key at another nonce of the vault says so (the usual mistake: a proof
    // made before a position was created, or with a mistyped --nonce).
    let (first, last) = (
        nonce.saturating_sub(U256::from(NONCE_WINDOW)),
        nonce + U256::from(count + NONCE_WINDOW),
    );
    let mut r = Reads::new();
    let mut window = Vec::new();
    let mut k = first;
    while k <= last {
        if k < nonce || k > nonce + U256::from(count) {
            let slot = r.add(
                locking,
                L::possessionDigestCall {
                    owner_: vault,
                    signer,
                    nonce: k,
                },
            );
            window.push((k, slot));
        }
        k += U256::from(1);
    }
    let a = r.send(ctx).await?;
    for (k, slot) in &window {
        if possession::recover(proof, a.get(slot)?) == Some(signer) {
            let why = if *k < nonce {
                format!("it was made at the vault's nonce {k}, which has passed (the vault is at {nonce}: a position was created or a key rotated since)")
            } else {
                format!("it was made for the vault's nonce {k}, further ahead than its {count} node operator(s) could use (the vault is at {nonce})")
            };
            return Err(CliError::failed(format!(
                "the proof of {signer} for the vault {vault} is not for its nonce now: {why}"
            ))
            .hint(format!(
                "make it again at the vault's nonce now: metis-stake signer prove --key-file NODE_KEY --owner {vault}, or pass --key-file here"
            ))
            .into());
        }
    }
    let got = match first_recovered.flatten() {
        Some(x) => format!("it recovers {x} (a proof of another key, or for another owner)"),
        None => "it is not a valid signature".to_string(),
    };
    Err(CliError::failed(format!(
        "the proof is not a proof of possession of {signer} for the vault {vault} (at its nonce {nonce} or the next {count}): {got}"
    ))
    .hint(format!(
        "make it on the node's machine for the vault as owner: metis-stake signer prove --key-file NODE_KEY --owner {vault}"
    ))
    .into())
}

/// A registration of the same key and reward address, whatever its proof: a proof made from
/// the key file follows the vault's nonce, so a second run makes other calldata than the
/// operation the first run scheduled (which the vault still accepts: it stores the proof,
/// and the locking contract judges it only when the position is created).
fn same_registration(ours: &[u8], theirs: &[u8]) -> bool {
    use alloy::sol_types::SolCall;
    match (
        V::addNodeOperatorCall::abi_decode(ours),
        V::addNodeOperatorCall::abi_decode(theirs),
    ) {
        (Ok(a), Ok(b)) => a.rewardAddress == b.rewardAddress && a.pubkey == b.pubkey,
        _ => false,
    }
}

/// The same key for the same operator, both with a proof (an approval without one is
/// another effect: it does not rotate a live position), whatever the proof's nonce.
fn same_key(ours: &[u8], theirs: &[u8]) -> bool {
    use alloy::sol_types::SolCall;
    match (
        V::setNodeOperatorKeyCall::abi_decode(ours),
        V::setNodeOperatorKeyCall::abi_decode(theirs),
    ) {
        (Ok(a), Ok(b)) => {
            a.operatorId == b.operatorId
                && a.pubkey == b.pubkey
                && !a.proof.is_empty()
                && !b.proof.is_empty()
        }
        _ => false,
    }
}

/// `metis-stake lst add-operator --reward-address A (--pubkey HEX --proof HEX | --key-file F)`
pub async fn add_operator(ctx: &Ctx, args: AddOperatorArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let (pubkey, proof) = key_for_vault(ctx, &d, &args.key, args.nonce).await?;
    if let Some(note) = check_operator_key(ctx, &d, &pubkey, &proof, None).await? {
        output::step(format!("note: {note}"));
    }
    let signer = possession::signer_of(&pubkey);
    let call = GovCall::new(
        format!("register a node operator (signer {signer}) in the vault"),
        vault,
        V::addNodeOperatorCall {
            rewardAddress: args.reward_address,
            pubkey,
            proof,
        },
    )
    .role(ADMIN.0, ADMIN.1)
    .same_effect(same_registration)
    .describe(|o| match o.event::<V::NodeOperatorAdded>() {
        Some(e) => (
            format!(
                "node operator {} (signer {}), commission to {}",
                e.operatorId, e.signer, e.rewardAddress
            ),
            json!({ "operatorId": e.operatorId.to_string(), "signer": e.signer, "rewardAddress": e.rewardAddress }),
        ),
        None => (String::new(), json!({})),
    });
    governance::govern(ctx, &d, call, &args.gov).await
}

/// `metis-stake lst set-operator-key OPERATOR (--pubkey HEX --proof HEX | --key-file F)`
pub async fn set_operator_key(ctx: &Ctx, args: OperatorKeyArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let (pubkey, proof) = key_for_vault(ctx, &d, &args.key, args.nonce).await?;
    if let Some(note) = check_operator_key(ctx, &d, &pubkey, &proof, Some(args.operator)).await? {
        output::step(format!("note: {note}"));
    }
    let signer = possession::signer_of(&pubkey);
    let call = GovCall::new(
        format!(
            "give node operator {} the key of signer {signer}",
            args.operator
        ),
        vault,
        V::setNodeOperatorKeyCall {
            operatorId: U256::from(args.operator),
            pubkey,
            proof,
        },
    )
    .role(ADMIN.0, ADMIN.1)
    .same_effect(same_key)
    .describe(|o| match o.event::<V::NodeOperatorKeySet>() {
        Some(e) if e.positionId.is_zero() => (
            format!(
                "node operator {}: signer {} for its next position",
                e.operatorId, e.signer
            ),
            json!({ "operatorId": e.operatorId.to_string(), "signer": e.signer, "rotatedPosition": null }),
        ),
        Some(e) => (
            format!(
                "node operator {}: position {} now signs with {}",
                e.operatorId, e.positionId, e.signer
            ),
            json!({ "operatorId": e.operatorId.to_string(), "signer": e.signer, "rotatedPosition": e.positionId.to_string() }),
        ),
        None => (String::new(), json!({})),
    });
    governance::govern(ctx, &d, call, &args.gov).await
}

/// `metis-stake lst set-operator-reward-address OPERATOR ADDRESS`
pub async fn set_reward_address(ctx: &Ctx, args: RewardAddressArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let call = GovCall::new(
        format!(
            "send node operator {}'s commission to {}",
            args.operator, args.reward_address
        ),
        super::vault(ctx, &d).await?,
        V::setNodeOperatorRewardAddressCall {
            operatorId: U256::from(args.operator),
            rewardAddress: args.reward_address,
        },
    )
    .role(ADMIN.0, ADMIN.1);
    governance::govern(ctx, &d, call, &args.gov).await
}

/// `metis-stake lst allocate OPERATOR AMOUNT [--proof HEX | --key-file F]`
pub async fn allocate(ctx: &Ctx, args: AllocateArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let amount = args.amount.wei()?;
    let proof = args.fresh.proof(ctx, &d).await?.unwrap_or_default();
    let nonce_hint = format!(
        "a new position's proof is over the vault's nonce at that moment (`metis-stake signer prove --owner {vault}` reads it): pass a fresh one with --proof, or --key-file with the operator's key"
    );
    let mut call = GovCall::new(
        format!(
            "allocate {} of the vault's buffer to node operator {}",
            metis(amount),
            args.operator
        ),
        vault,
        V::allocateCall {
            operatorId: U256::from(args.operator),
            amount,
            proof,
        },
    )
    .role(allocator_role(), "ALLOCATOR_ROLE")
    .describe(|o| match o.event::<V::Allocated>() {
        Some(e) => (
            format!(
                "position {} of node operator {}: {} added, principal {}",
                e.positionId,
                e.operatorId,
                metis(e.amount),
                metis(e.principal)
            ),
            json!({ "positionId": e.positionId.to_string(), "operatorId": e.operatorId.to_string(), "amount": e.amount.to_string(), "principal": e.principal.to_string() }),
        ),
        None => (String::new(), json!({})),
    });
    call.hints.push((
        <L::InvalidPossessionProof as alloy::sol_types::SolError>::SELECTOR,
        nonce_hint,
    ));
    call.hints.push((
        <L::SignerAlreadyUsed as alloy::sol_types::SolError>::SELECTOR,
        format!(
            "give node operator {} a new key first: `metis-stake lst set-operator-key {} --key-file NEW_KEY`",
            args.operator, args.operator
        ),
    ));
    call.rewords.push((
        <V::ZeroAmount as alloy::sol_types::SolError>::SELECTOR,
        CliError::usage("nothing to allocate: the amount is 0"),
    ));
    call.at = Some(governance::next_block_time(ctx).await?);
    governance::govern(ctx, &d, call, &args.gov).await
}

/// `metis-stake lst exit POSITION`: a jailed position by the allocator (`exitJailed`), any
/// position by the vault's governance (`exitPosition`).
pub async fn exit(ctx: &Ctx, args: ExitArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let id = U256::from(args.position);
    // Which function: `exitJailed` is the allocator's (and the admin's), for a jailed
    // position; the vault judges the status and the role either way.
    let mut r = Reads::new();
    let pos = r.add(d.locking()?, L::getPositionCall { id });
    let is_allocator = ctx.sender().ok().map(|account| {
        r.add(
            vault,
            V::hasRoleCall {
                role: allocator_role(),
                account,
            },
        )
    });
    let a = r.send(ctx).await?;
    let status = a.get(&pos)?.status;
    // Jailed: the allocator's `exitJailed`. Neither jailed nor active: the vault refuses
    // either function with the status, and the allocator's is asked so that the role the
    // allocator lacks for `exitPosition` does not speak first.
    let not_active = status != crate::contracts::status::ACTIVE;
    let allocator = match &is_allocator {
        Some(s) => a.get(s)?,
        None => false,
    };
    let describe: governance::Describe = |o| {
        match o.event::<V::PositionUnlocked>() {
        Some(e) => (
            format!(
                "position {} asked for its whole {} back; it comes in after the unlock delay (`lst process` collects it)",
                e.positionId,
                metis(e.amount)
            ),
            json!({ "positionId": e.positionId.to_string(), "amount": e.amount.to_string() }),
        ),
        None => (String::new(), json!({})),
    }
    };
    let call = if not_active && allocator {
        GovCall::new(
            format!("exit the vault's jailed position {id}"),
            vault,
            V::exitJailedCall { positionId: id },
        )
        .role(allocator_role(), "ALLOCATOR_ROLE")
    } else {
        GovCall::new(
            format!("exit the vault's position {id}"),
            vault,
            V::exitPositionCall { positionId: id },
        )
        .role(ADMIN.0, ADMIN.1)
    };
    let mut call = call.describe(describe);
    call.at = Some(governance::next_block_time(ctx).await?);
    governance::govern(ctx, &d, call, &args.gov).await
}

/// `metis-stake lst announce-commission PERCENT`
pub async fn announce_commission(ctx: &Ctx, args: CommissionArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    // The same announcement again would only restart its delay: nothing to do.
    let mut r = Reads::new();
    let c = r.add(vault, V::commissionCall {});
    let c = r.send(ctx).await?.get(&c)?;
    let asked = U256::from(args.percent);
    let pct = crate::amount::percent(args.percent);
    let unchanged = if !c.effectiveAt.is_zero() && c.nextBps == asked {
        Some(format!(
            "{pct}% is already announced, from the first harvest after {}: announcing it again would only move that time 7 days on",
            crate::time::format_ts(c.effectiveAt.saturating_to())
        ))
    } else if c.effectiveAt.is_zero() && c.bps == asked {
        Some(format!("the commission is already {pct}%"))
    } else {
        None
    };
    if let Some(why) = unchanged {
        output::result(
            ctx.json(),
            format!("{why}: nothing to do"),
            json!({ "commissionBps": args.percent.to_string(), "changed": false, "effectiveAt": c.effectiveAt.saturating_to::<u64>() }),
        );
        return Ok(());
    }
    let call = GovCall::new(
        format!(
            "announce a commission of {}%",
            crate::amount::percent(args.percent)
        ),
        vault,
        V::announceCommissionCall {
            commissionBps_: U256::from(args.percent),
        },
    )
    .role(ADMIN.0, ADMIN.1)
    .describe(|o| match o.event::<V::CommissionAnnounced>() {
        Some(e) => (
            format!(
                "{}% from the first harvest after {}",
                crate::amount::percent(e.commissionBps.saturating_to()),
                crate::time::format_ts(e.effectiveAt.saturating_to())
            ),
            json!({ "commissionBps": e.commissionBps.to_string(), "effectiveAt": e.effectiveAt.to_string() }),
        ),
        None => (String::new(), json!({})),
    });
    governance::govern(ctx, &d, call, &args.gov).await
}

/// The vault's roles, by name on the command line.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Role {
    /// ALLOCATOR_ROLE: moves the buffer into positions
    Allocator,
    /// DEFAULT_ADMIN_ROLE: the vault's governance
    Admin,
}

impl Role {
    fn id(self) -> (B256, &'static str) {
        match self {
            Role::Allocator => (allocator_role(), "ALLOCATOR_ROLE"),
            Role::Admin => ADMIN,
        }
    }
}

#[derive(Args, Debug)]
pub struct RoleArgs {
    #[arg(value_enum)]
    pub role: Role,
    /// The account
    pub account: Address,
    /// revoke-role: revoke DEFAULT_ADMIN_ROLE even from its last holder (the vault is then
    /// without governance for good)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub gov: GovOpts,
}

/// `metis-stake lst grant-role ROLE ACCOUNT` and `lst revoke-role ROLE ACCOUNT` (OpenZeppelin
/// `grantRole`/`revokeRole`, by the vault's governance). Handing governance to a timelock or a
/// Safe: grant it `admin`, then revoke your own (the vault refuses nothing here: check the
/// account).
pub async fn role(ctx: &Ctx, args: RoleArgs, grant: bool) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let (role, name) = args.role.id();
    let mut r = Reads::new();
    let has = r.add(
        vault,
        V::hasRoleCall {
            role,
            account: args.account,
        },
    );
    let has = r.send(ctx).await?.get(&has)?;
    if has == grant {
        let state = if grant {
            "already holds"
        } else {
            "does not hold"
        };
        output::result(
            ctx.json(),
            format!(
                "{} {state} {name} of the vault {vault}: nothing to do",
                args.account
            ),
            json!({ "account": args.account, "role": name, "holds": has, "changed": false }),
        );
        return Ok(());
    }
    if !grant && role == ADMIN.0 && !args.force {
        let holders = super::holders_of(&super::role_holders(ctx, &d, vault).await?, role);
        if holders == [args.account] {
            return Err(CliError::failed(format!(
                "{} is the only holder of the vault's DEFAULT_ADMIN_ROLE: without it nobody could ever again register node operators, change keys or reward addresses, exit positions, announce a commission or grant a role",
                args.account
            ))
            .hint("grant it to the new governance first (`metis-stake lst grant-role admin 0xNEW`), then revoke; or pass --force if the vault is meant to have no governance")
            .into());
        }
    }
    let call = if grant {
        GovCall::new(
            format!("grant {name} of the vault to {}", args.account),
            vault,
            V::grantRoleCall {
                role,
                account: args.account,
            },
        )
    } else {
        GovCall::new(
            format!("revoke {name} of the vault from {}", args.account),
            vault,
            V::revokeRoleCall {
                role,
                account: args.account,
            },
        )
    };
    governance::govern(ctx, &d, call.role(ADMIN.0, ADMIN.1), &args.gov).await
}

#[derive(Args, Debug)]
pub struct ApproveKeyArgs {
    /// The node operator's id
    pub operator: u64,
    /// The new node key's public key (formats as for `deposit --pubkey`)
    #[arg(long, value_parser = possession::parse_pubkey)]
    pub pubkey: Bytes,
    #[command(flatten)]
    pub gov: GovOpts,
}

#[derive(Args, Debug)]
pub struct ApplyKeyArgs {
    /// The node operator's id
    pub operator: u64,
    /// The proof of the approved key (`--proof` or `--key-file`: one is required)
    #[command(flatten)]
    pub fresh: FreshProofOpts,
}

/// `metis-stake lst approve-operator-key OPERATOR --pubkey HEX`: `setNodeOperatorKey` with
/// no proof (vault governance). Through a timelock, a proof would go stale while the call
/// waits (every new position or rotation moves the vault's nonce): the key is approved, and
/// `lst apply-operator-key` rotates the live position to it with a fresh proof.
pub async fn approve_operator_key(ctx: &Ctx, args: ApproveKeyArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let mut r = Reads::new();
    let signer = possession::signer_of(&args.pubkey);
    let bound = r.add(d.locking()?, L::signerToIdCall { signer });
    refuse_bound(signer, r.send(ctx).await?.get(&bound)?)?;
    let call = GovCall::new(
        format!(
            "approve the key of signer {} for node operator {}",
            possession::signer_of(&args.pubkey),
            args.operator
        ),
        vault,
        V::setNodeOperatorKeyCall {
            operatorId: U256::from(args.operator),
            pubkey: args.pubkey.clone(),
            proof: Bytes::new(),
        },
    )
    .role(ADMIN.0, ADMIN.1)
    .describe(|o| match o.event::<V::NodeOperatorKeySet>() {
        Some(e) => (
            format!(
                "node operator {}: signer {} approved; `metis-stake lst apply-operator-key {}` rotates its position to it",
                e.operatorId, e.signer, e.operatorId
            ),
            json!({ "operatorId": e.operatorId.to_string(), "signer": e.signer }),
        ),
        None => (String::new(), json!({})),
    });
    governance::govern(ctx, &d, call, &args.gov).await
}

/// `metis-stake lst apply-operator-key OPERATOR (--proof HEX | --key-file F)`: anyone (the
/// operator, typically) rotates the operator's live position to the key governance approved.
pub async fn apply_operator_key(ctx: &Ctx, args: ApplyKeyArgs) -> Result<()> {
    let d = ctx.deployments()?;
    let vault = super::vault(ctx, &d).await?;
    let proof = args.fresh.proof(ctx, &d).await?.ok_or_else(|| {
        CliError::usage("pass the approved key's proof with --proof, or its --key-file").hint(
            format!("metis-stake signer prove --key-file NEW_KEY --owner {vault}"),
        )
    })?;
    let action = Action::call(
        format!(
            "rotate node operator {}'s position to its approved key",
            args.operator
        ),
        vault,
        V::applyNodeOperatorKeyCall {
            operatorId: U256::from(args.operator),
            proof,
        },
        Contract::Vault,
    )
    .hint_on::<L::InvalidPossessionProof>(format!(
        "the proof must be for the approved key and the vault's nonce now: metis-stake signer prove --key-file NEW_KEY --owner {vault}"
    ));
    let outcome = pipeline::execute(ctx, &action).await?;
    let e = outcome.event::<V::NodeOperatorKeySet>();
    output::result(
        ctx.json(),
        match &e {
            Some(e) => format!(
                "position {} of node operator {} now signs with {} (tx {})",
                e.positionId,
                e.operatorId,
                e.signer,
                outcome.tx()
            ),
            None => format!("done (tx {})", outcome.tx()),
        },
        json!({ "positionId": e.as_ref().map(|e| e.positionId.to_string()), "signer": e.as_ref().map(|e| e.signer), "tx": outcome.tx() }),
    );
    Ok(())
}
