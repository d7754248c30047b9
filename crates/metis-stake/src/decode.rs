//! Revert data decoded into the contracts' custom errors, explained in words with their
//! values and a hint where one helps.

use crate::amount::metis;
use crate::contracts::ITimelock::ITimelockErrors;
use crate::contracts::{status_label, Contract};
use crate::error::CliError;
use crate::time::format_duration;
use alloy::sol_types::{Panic, Revert, SolError, SolInterface};
use metis_bindings::grant_escrow::GrantEscrow::GrantEscrowErrors;
use metis_bindings::sequencer_locking::SequencerLocking::SequencerLockingErrors;
use metis_bindings::sequencer_mining::SequencerMining::SequencerMiningErrors;
use metis_bindings::test_metis::TestMetis::TestMetisErrors;

/// Explains revert data in the words of the contract that was called (`judge`), then of the
/// contracts its call reaches ([`Contract::callees`]): two contracts may declare the same
/// error (`NotPositionOwner(uint256,address)`, `ZeroAmount()`), and the one called is the one
/// that spoke first. Revert strings and panics are explained too.
pub fn explain(judge: Contract, data: &[u8]) -> CliError {
    for c in std::iter::once(judge).chain(judge.callees().iter().copied()) {
        if let Some(e) = explain_as(c, data) {
            return e;
        }
    }
    if let Ok(r) = Revert::abi_decode(data) {
        return CliError::failed(format!("the contract refused: {}", r.reason));
    }
    if let Ok(p) = Panic::abi_decode(data) {
        return CliError::failed(format!("the contract panicked ({p})"));
    }
    if data.is_empty() {
        return CliError::failed("the contract refused without saying why (empty revert data)");
    }
    CliError::failed(format!(
        "the contract refused with an unknown error (data 0x{})",
        alloy::hex::encode(data)
    ))
    .hint(
        "is the deployments file for these contracts? compare it with `metis-stake deploy` output",
    )
}

/// The error selector of revert data, if it has one.
pub fn selector(data: &[u8]) -> Option<[u8; 4]> {
    data.get(..4).and_then(|s| s.try_into().ok())
}

fn explain_as(c: Contract, data: &[u8]) -> Option<CliError> {
    match c {
        Contract::Locking => SequencerLockingErrors::abi_decode(data)
            .ok()
            .map(locking_error),
        Contract::Mining => SequencerMiningErrors::abi_decode(data)
            .ok()
            .map(mining_error),
        Contract::Grants => GrantEscrowErrors::abi_decode(data).ok().map(grants_error),
        Contract::Token => TestMetisErrors::abi_decode(data).ok().map(token_error),
        Contract::Timelock => ITimelockErrors::abi_decode(data).ok().map(timelock_error),
        Contract::Vault => {
            metis_bindings::sequencer_vault::SequencerVault::SequencerVaultErrors::abi_decode(data)
                .ok()
                .map(vault_error)
        }
        Contract::Slasher => {
            metis_bindings::equivocation_slasher::EquivocationSlasher::EquivocationSlasherErrors::abi_decode(data)
                .ok()
                .map(slasher_error)
        }
        Contract::Other => None,
    }
}

/// Errors of EquivocationSlasher, in words.
pub fn slasher_error(
    e: metis_bindings::equivocation_slasher::EquivocationSlasher::EquivocationSlasherErrors,
) -> CliError {
    use metis_bindings::equivocation_slasher::EquivocationSlasher::EquivocationSlasherErrors as E;
    match e {
        E::NotConflicting(_) => CliError::failed(
            "the two votes do not conflict: CometBFT's equivocation is two votes of one type, height and round for different blocks",
        ),
        E::HighS(x) => CliError::failed(format!(
            "a signature's s ({}) is above n/2: CometBFT refuses such a signature, and so does the slasher",
            x.s
        )),
        E::UnknownSigner(_) => CliError::failed(
            "the two votes were not both signed by one sequencer's key for the slasher's chain id",
        )
        .hint("either the votes were signed for another chain id than the slasher's (`metis-stake evidence info` shows it; a signature checked against another chain id recovers an unrelated address, so a sequencer's own key looks unknown too), or by two keys, or by a key that never belonged to a position (`metis-stake sequencers` lists the keys)"),
        E::EvidenceTooOld(x) => CliError::failed(format!(
            "a vote is from {}, before the oldest the slasher accepts ({})",
            when(alloy::primitives::U256::from(x.voteTime)),
            when(x.oldest)
        ))
        .hint("only governance can still slash for it (`metis-stake gov slash`)"),
        E::EvidenceFromTheFuture(x) => CliError::failed(format!(
            "a vote is from {}, ahead of this chain's clock (latest accepted {})",
            when(alloy::primitives::U256::from(x.voteTime)),
            when(x.latest)
        )),
        E::AlreadySlashed(x) => CliError::failed(format!(
            "this offence was already slashed (offence {})",
            x.offence
        )),
        E::SlashedRecently(x) => CliError::failed(format!(
            "sequencer {} was slashed for equivocation recently: one incident, one slash; only votes signed from {} on, reported from then, can slash it again (votes signed before are never accepted: the slasher counts them as the incident already slashed)",
            x.id,
            when(x.until)
        )),
        E::KeyRetired(x) => CliError::failed(format!(
            "the signer {} was rotated out of its position at {}, longer ago than the slasher accepts evidence",
            x.signer,
            when(x.retiredAt)
        )),
        E::NothingToSlash(x) => CliError::failed(format!(
            "sequencer {} holds nothing left to slash (exited, or too little)",
            x.id
        )),
        E::InvalidSignatureLength(x) => CliError::failed(format!(
            "a signature is {} bytes, not 64 (r || s)",
            x.length
        )),
        E::MalformedVote(_) => CliError::failed(
            "a vote CometBFT would not sign: its type is neither prevote nor precommit, its height 0 or above int64, its round above int32, its block id half empty, or its nanoseconds 1e9 or more",
        ),
        E::MalformedChainId(x) => CliError::usage(format!(
            "a chain id of {} bytes: CometBFT's are 1 to 50",
            x.length
        )),
        E::InvalidParams(x) => {
            let (slash, share) = (x.slashBps, x.reporterBps);
            let age: u64 = x.maxEvidenceAge.saturating_to();
            let why = if slash.is_zero() || slash > alloy::primitives::U256::from(1000) {
                format!(
                    "a slash of {}%: it must be 0.01% to 10% (the locking contract's per-event cap)",
                    crate::amount::percent(slash.saturating_to())
                )
            } else if share > alloy::primitives::U256::from(5000) {
                format!(
                    "a reporter's share of {}%: it is at most 50% of the slash",
                    crate::amount::percent(share.saturating_to())
                )
            } else if age == 0 {
                "an evidence age of 0: it is at least 1 second".to_string()
            } else {
                format!(
                    "evidence up to {} old: at most the locking contract's unlock delay, so that a slash still reaches a withdrawal",
                    crate::time::format_duration(age)
                )
            };
            CliError::failed(format!("the slasher refuses {why}"))
        }
        E::OwnableUnauthorizedAccount(x) => CliError::failed(format!(
            "{} is not the slasher's governance",
            x.account
        )),
        E::RenounceDisabled(_) => CliError::failed("the slasher's governance cannot be renounced"),
        E::AlreadyCommitted(x) => CliError::failed(format!(
            "this report was already committed, in block {} (commitment {})",
            x.blockNumber, x.commitment
        ))
        .hint("`metis-stake evidence submit` with the same file and reporter reveals it"),
        E::NotCommitted(x) => CliError::failed(format!(
            "no commitment {} was made for this offence, reporter and salt",
            x.commitment
        ))
        .hint("`metis-stake evidence submit` commits first, then reveals; the reporter and the sending key must be those of the commit"),
        E::RevealTooEarly(x) => CliError::failed(format!(
            "the commitment {} was made in block {}: it can be revealed from the next block",
            x.commitment, x.blockNumber
        ))
        .hint("run the command again once a new block is mined"),
        E::ZeroAddress(_) => CliError::usage("an address given to the slasher is zero"),
        E::InvalidReporter(x) => CliError::usage(format!(
            "the reporter {} cannot be paid: the zero address, the slasher or the locking contract would lose the reward",
            x.reporter
        ))
        .hint("pass --reporter with an address that can hold METIS, or leave it out to be paid yourself"),
        other => generic(other),
    }
}

fn when(ts: alloy::primitives::U256) -> String {
    crate::time::format_ts(ts.saturating_to::<u64>())
}

fn status(s: u8) -> &'static str {
    status_label(s)
}

fn generic<E: std::fmt::Debug>(e: E) -> CliError {
    CliError::failed(format!("the contract refused: {e:?}"))
}

/// Errors of SequencerLocking, in words.
pub fn locking_error(e: SequencerLockingErrors) -> CliError {
    use SequencerLockingErrors as E;
    match e {
        E::UnknownSequencer(x) => CliError::failed(format!("there is no sequencer {}", x.id))
            .hint("list your positions with `metis-stake status`"),
        E::NotPositionOwner(x) => CliError::failed(format!("{} does not own sequencer {}", x.caller, x.id))
            .hint("send with the key of the account that locked it"),
        // Thrown by a lock, a top-up and a compound alike: the words fit all three, and the
        // top-up and compound commands give their own hint (`Action::hint_on`).
        E::NotWhitelisted(x) => CliError::failed(format!(
            "{} is not whitelisted: while the whitelist is in force it cannot lock or add to a position",
            x.operator
        ))
        .hint("ask governance to whitelist this address, or wait until the set is permissionless; positions it already has can still unlock, withdraw and claim"),
        E::ZeroAmount(_) => CliError::failed("the amount must be more than 0"),
        E::ZeroAddress(_) => CliError::failed("the zero address is not allowed here"),
        E::AmountBelowMinimum(x) => CliError::failed(format!(
            "{} is below the minimum lock of {}",
            metis(x.amount),
            metis(x.minLock)
        ))
        .hint(format!("lock at least {}", metis(x.minLock))),
        E::AmountAboveMaximum(x) => CliError::failed(format!(
            "{} is above the maximum lock of {}",
            metis(x.amount),
            metis(x.maxLock)
        ))
        .hint(format!("a position holds at most {}", metis(x.maxLock))),
        E::ActiveSetFull(x) => CliError::failed(format!("the sequencer set is full ({} active)", x.maxSequencers))
            .hint("wait for a sequencer to leave, or for governance to raise the cap"),
        E::InvalidPublicKeyLength(x) => {
            CliError::failed(format!("a sequencer public key is 64 bytes, this one is {}", x.length))
        }
        E::PublicKeyNotOnCurve(x) => CliError::failed(format!(
            "the public key (x {}, y {}) is not a point of secp256k1, so no node can sign with it",
            x.x, x.y
        ))
        .hint("give the node's 64-byte uncompressed key (x || y, or 0x04 || x || y), as `metis-stake signer new` prints it"),
        E::SignerAlreadyUsed(x) => CliError::failed(format!(
            "the signer {} is already bound to sequencer {} (a signer key is never reused)",
            x.signer, x.id
        ))
        .hint("make a new node key with `metis-stake signer new`"),
        E::InvalidPossessionProof(x) => CliError::failed(format!(
            "the proof of possession does not match this owner, nonce, chain and locking contract: checked against them, it recovers {}, not the signer {}",
            x.recovered, x.expectedSigner
        ))
        .hint("a proof is made for one owner, that owner's current nonce (each lock or key rotation of the owner uses one up, also one made by another run at the same time), the chain id and the locking contract: with --key-file, run the command again (it makes a new proof); else make a new one with `metis-stake signer prove --owner <YOUR ADDRESS>`"),
        E::TransferAmountMismatch(x) => CliError::failed(format!(
            "the token delivered {} instead of {} (fee-on-transfer tokens are not supported)",
            metis(x.received),
            metis(x.expected)
        )),
        E::InvalidStatus(x) => CliError::failed(format!("sequencer {} is {}: not allowed in that state", x.id, status(x.status))),
        E::WithdrawalAlreadyPending(x) => CliError::failed(format!(
            "sequencer {} already has {} waiting to be withdrawn (from {})",
            x.id,
            metis(x.pendingAmount),
            when(x.withdrawableAt)
        ))
        .hint("withdraw it first with `metis-stake withdraw`; one request at a time"),
        E::AmountExceedsPrincipal(x) => CliError::failed(format!(
            "{} is more than the {} locked",
            metis(x.amount),
            metis(x.principal)
        )),
        E::RemainingBelowMinimum(x) => CliError::failed(format!(
            "that would leave {}, below the minimum lock of {}",
            metis(x.remaining),
            metis(x.minLock)
        ))
        .hint("unlock less, or everything with --all"),
        E::NoPendingWithdrawal(x) => CliError::failed(format!("sequencer {} has nothing to withdraw", x.id))
            .hint("a withdrawal is requested with `metis-stake unlock`, and paid once after the delay; `metis-stake status` shows what is pending"),
        E::WithdrawalNotReady(x) => CliError::failed(format!(
            "the withdrawal of sequencer {} is not ready until {}",
            x.id,
            when(x.withdrawableAt)
        ))
        .hint("the unlock delay protects the chain; try again after that time"),
        E::SlashExceedsCap(x) => CliError::failed(format!(
            "a slash of {} on sequencer {} exceeds the per-event cap of {}",
            metis(x.amount),
            x.id,
            metis(x.cap)
        )),
        E::InvalidLockLimits(x) => CliError::failed(format!(
            "invalid lock limits {} .. {}",
            metis(x.minLock),
            metis(x.maxLock)
        ))
        .hint("the minimum must be at least 1 METIS (one unit of voting power: CometBFT reads power 0 as a removal) and at most the maximum; the maximum a whole number of METIS, at most 309485009"),
        E::InvalidMaxSequencers(x) => CliError::failed(format!(
            "the cap {} is invalid with {} sequencers active",
            x.maxSequencers, x.activeCount
        ))
        .hint("the cap must be at least 1, at least the number of active sequencers and at most 10000 (MAX_SEQUENCERS_LIMIT)"),
        E::UnlockDelayOutOfBounds(x) => CliError::failed(format!(
            "an unlock delay of {} is outside {} .. {}",
            format_duration(x.unlockDelay.saturating_to()),
            format_duration(x.minDelay.saturating_to()),
            format_duration(x.maxDelay.saturating_to())
        )),
        E::NotGuardianOrOwner(x) => CliError::failed(format!("{} is neither the guardian nor governance", x.caller)),
        E::OwnableUnauthorizedAccount(x) => CliError::failed(format!("{} is not governance (the owner)", x.account))
            .hint("governance actions go through the owner; see `metis-stake gov --help`"),
        E::DistributorMismatch(x) => CliError::failed(format!(
            "{} is not a reward distributor built for this locking contract and its token",
            x.distributor
        )),
        E::DistributorAlreadySet(x) => {
            CliError::failed(format!("the reward distributor is already set to {}", x.distributor))
        }
        E::RenounceDisabled(_) => CliError::failed("ownership cannot be renounced")
            .hint("hand it over with a two-step ownership transfer instead"),
        E::EnforcedPause(_) => CliError::failed(
            "inflows are paused by the guardian: new locks, top-ups and compounding wait until governance unpauses",
        )
        .hint("exits, withdrawals and reward claims still work"),
        other => generic(other),
    }
}

/// Errors of SequencerMining, in words.
pub fn mining_error(e: SequencerMiningErrors) -> CliError {
    use SequencerMiningErrors as E;
    match e {
        E::NotPositionOwner(x) => CliError::failed(format!("{} does not own sequencer {}", x.caller, x.id))
            .hint("only the owner of a position may claim or compound its rewards"),
        E::NothingToClaim(x) => CliError::failed(format!("sequencer {} has no reward to claim", x.id))
            .hint("rewards accrue every second while the position is active and the program runs (`metis-stake rewards info` shows its window)"),
        E::RewardBudgetExceeded(x) => CliError::failed(format!(
            "the reward budget cannot cover this: {} would be promised (owed now plus what the programs still pay, to the end of the last one), {} is funded",
            metis(x.needed),
            metis(x.available)
        ))
        .hint(format!(
            "rewards are never promised beyond funding: {} more funding would cover it (anyone may fund: `metis-stake rewards fund <AMOUNT>`)",
            metis(x.needed.saturating_sub(x.available))
        )),
        E::ProgramAlreadyStarted(x) => CliError::failed(format!(
            "the reward program already started at {}",
            crate::time::format_ts(x.start)
        )),
        E::StartInPast(x) => CliError::failed(format!(
            "the start {} is in the past (now {})",
            crate::time::format_ts(x.start),
            when(x.nowTime)
        )),
        E::InsufficientSurplus(x) => CliError::failed(format!(
            "only {} of surplus can be withdrawn, not {}",
            metis(x.available),
            metis(x.amount)
        )),
        E::ZeroAddress(_) => CliError::failed("the zero address is not allowed here"),
        E::TokenMismatch(x) => CliError::failed(format!(
            "the reward token {} is not the locking contract's token {}",
            x.token, x.lockingToken
        )),
        E::StartTooLate(x) => CliError::failed(format!(
            "the start {} is later than the latest allowed, {}",
            crate::time::format_ts(x.start),
            when(x.maxStart)
        )),
        E::RenounceDisabled(_) => CliError::failed("ownership cannot be renounced")
            .hint("hand it over with a two-step ownership transfer instead"),
        E::ZeroAmount(_) => CliError::failed("the amount must be more than 0"),
        E::OwnableUnauthorizedAccount(x) => CliError::failed(format!("{} is not governance (the owner)", x.account)),
        E::ProgramNotStarted(_) => CliError::failed("the first reward program has not started")
            .hint("start it first: `metis-stake rewards start --at <UNIX_SECONDS>`"),
        E::RateOutOfBounds(x) => CliError::failed(format!(
            "a program pays between 0.01% and {}% a year, not {}%",
            crate::amount::percent(x.maxRateBps.saturating_to()),
            crate::amount::percent(x.rateBps.saturating_to())
        )),
        E::DurationOutOfBounds(x) => CliError::failed(format!(
            "a program lasts from {} to {}, not {}",
            format_duration(x.minDuration.saturating_to()),
            format_duration(x.maxDuration.saturating_to()),
            format_duration(x.duration.saturating_to())
        )),
        E::StartBeforePreviousEnd(x) => CliError::failed(format!(
            "programs never overlap: the start {} is before the end of the last program, {}",
            crate::time::format_ts(x.start),
            crate::time::format_ts(x.previousEnd)
        ))
        .hint(format!("start at {} or later (unix {})", crate::time::format_ts(x.previousEnd), x.previousEnd)),
        E::StartTooFarAhead(x) => CliError::failed(format!(
            "the start {} is too far ahead: a program may start at most 90 days after the later of now and the end of the last program, so by {}",
            crate::time::format_ts(x.start),
            crate::time::format_ts(x.latestStart)
        ))
        .hint("a scheduled program cannot be cancelled: check the year of --start"),
        E::TooManyQueuedPrograms(x) => CliError::failed(format!(
            "{} programs already wait for their start; at most {} may",
            x.queued, x.max
        ))
        .hint("schedule the next one once the first of them has started"),
        other => generic(other),
    }
}

/// Errors of GrantEscrow, in words.
pub fn grants_error(e: GrantEscrowErrors) -> CliError {
    use GrantEscrowErrors as E;
    match e {
        E::InvalidToken(x) => CliError::failed(format!("{} cannot be the grant token", x.token)),
        E::InvalidPool(x) => CliError::failed(format!(
            "a grant pool of {} is invalid: it must be more than 0 and at most {}",
            metis(x.pool),
            metis(x.max)
        )),
        E::ScheduleOutOfRange(x) => CliError::failed(format!(
            "a vesting schedule from {} over {} is out of range",
            when(x.start),
            format_duration(x.duration.saturating_to())
        )),
        E::NoExcess(x) => CliError::failed(format!(
            "the escrow holds {}, not more than the {} it needs: there is no excess",
            metis(x.balance),
            metis(x.required)
        )),
        E::RenounceDisabled(_) => CliError::failed("ownership cannot be renounced")
            .hint("hand it over with a two-step ownership transfer instead"),
        E::ZeroAmount(_) => CliError::failed("the amount must be more than 0"),
        E::InvalidBeneficiary(x) => {
            CliError::failed(format!("{} cannot be a beneficiary", x.beneficiary))
        }
        E::ZeroDuration(_) => CliError::failed("a grant must vest over at least one second"),
        E::CliffAfterEnd(x) => CliError::failed(format!(
            "the cliff ({}) is after the end of vesting ({})",
            format_duration(x.cliff.saturating_to()),
            format_duration(x.duration.saturating_to())
        )),
        E::PoolExceeded(x) => CliError::failed(format!(
            "a grant of {} exceeds what is left in the pool ({})",
            metis(x.requested),
            metis(x.available)
        )),
        E::InsufficientFunding(x) => CliError::failed(format!(
            "the escrow is funded for only {} more, not {}",
            metis(x.available),
            metis(x.requested)
        ))
        .hint("fund it first with `metis-stake grants fund`"),
        E::GrantNotFound(x) => CliError::failed(format!("there is no grant {}", x.id)),
        E::NotBeneficiary(x) => CliError::failed(format!(
            "{} is not the beneficiary of grant {}",
            x.caller, x.id
        )),
        E::NotPendingBeneficiary(x) => CliError::failed(format!(
            "{} was not proposed as beneficiary of grant {}",
            x.caller, x.id
        )),
        E::NothingToClaim(x) => {
            CliError::failed(format!("grant {} has nothing claimable now", x.id)).hint(
                "vesting is linear after the cliff; milestone-gated grants also need approval",
            )
        }
        E::NotRevocable(x) => CliError::failed(format!("grant {} is not revocable", x.id)),
        E::GrantAlreadyRevoked(x) => {
            CliError::failed(format!("grant {} was already revoked", x.id))
        }
        E::NotMilestoneGated(x) => {
            CliError::failed(format!("grant {} is not milestone-gated", x.id))
        }
        E::CapNotRaised(x) => CliError::failed(format!(
            "the new cap {} does not raise the current cap {} of grant {}",
            metis(x.newCap),
            metis(x.currentCap),
            x.id
        )),
        E::CapAboveAmount(x) => CliError::failed(format!(
            "the cap {} is above the grant's amount {}",
            metis(x.newCap),
            metis(x.amount)
        )),
        E::OwnableUnauthorizedAccount(x) => {
            CliError::failed(format!("{} is not governance (the owner)", x.account))
        }
        other => generic(other),
    }
}

fn timelock_error(e: ITimelockErrors) -> CliError {
    use ITimelockErrors as E;
    match e {
        E::TimelockUnexpectedOperationState(x) => CliError::failed(format!(
            "the timelock operation {} is not in a state that allows this",
            x.operationId
        ))
        .hint("it may be already scheduled, not yet ready, or done"),
        E::TimelockInsufficientDelay(x) => CliError::failed(format!(
            "the timelock needs a delay of at least {}, not {}",
            format_duration(x.minDelay.saturating_to()),
            format_duration(x.delay.saturating_to())
        )),
        E::TimelockUnexecutedPredecessor(x) => CliError::failed(format!(
            "the predecessor operation {} has not run yet",
            x.predecessorId
        )),
        E::TimelockInvalidOperationLength(x) => CliError::failed(format!(
            "a timelock batch needs as many targets, values and payloads; got {}, {} and {}",
            x.targets, x.values, x.payloads
        )),
        E::AccessControlUnauthorizedAccount(x) => CliError::failed(format!(
            "{} lacks the timelock's {}",
            x.account,
            crate::contracts::role_name(x.neededRole)
        ))
        .hint("pass --print to get the calldata for an account that has it (e.g. the multisig)"),
    }
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

/// Errors of SequencerVault, in words.
pub fn vault_error(
    e: metis_bindings::sequencer_vault::SequencerVault::SequencerVaultErrors,
) -> CliError {
    use metis_bindings::sequencer_vault::SequencerVault::SequencerVaultErrors as E;
    match e {
        E::ZeroAmount(_) => CliError::failed(
            "a zero amount, or shares worth nothing at the vault's price",
        ),
        E::ExceedsClaimable(x) => CliError::failed(format!(
            "{} can claim {} now, not {}",
            x.controller,
            x.claimable,
            x.amount
        ))
        .hint("a request is claimable once the unlock delay has passed and the queue reached it: `metis-stake lst process`, then `lst info`"),
        E::NotControllerOrOperator(x) => CliError::failed(format!(
            "{} is neither the controller {} nor an operator it approved",
            x.caller, x.controller
        )),
        E::InsufficientBuffer(x) => CliError::failed(format!(
            "the vault can allocate {}, not {} (its free buffer, less what pending redemptions need)",
            metis(x.available),
            metis(x.amount)
        )),
        // Shares have 24 decimals (the vault's offset of 6): shown as whole shares.
        E::ERC20InsufficientBalance(x) => {
            CliError::failed(format!(
                "{} holds {} shares, not {}",
                x.sender,
                crate::amount::format_shares(x.balance),
                crate::amount::format_shares(x.needed)
            ))
            .hint("`metis-stake lst info` gives the share price; `lst request-redeem --all` asks for every share")
        }
        E::AsyncRedemption(_) => CliError::failed(
            "redemptions are asynchronous: request with `lst request-redeem`, claim with `lst redeem`",
        ),
        E::UnknownNodeOperator(x) => CliError::failed(format!(
            "the vault has no node operator {}",
            x.operatorId
        ))
        .hint("`metis-stake lst info` lists them"),
        E::NoKeyToApply(x) => CliError::failed(format!(
            "node operator {} has no approved key waiting for a live position",
            x.operatorId
        ))
        .hint("governance approves one first: `metis-stake lst approve-operator-key`; `lst info` shows the operators"),
        E::TooManyPositions(x) => CliError::failed(format!(
            "the vault already runs its most positions ({})",
            x.max
        ))
        .hint("top up a live position instead (`lst allocate` to its operator)"),
        E::KeyAlreadyUsed(x) => CliError::failed(format!(
            "node operator {}'s key already backed a position, and a signer is never reused",
            x.operatorId
        ))
        .hint("give it a new key first: `metis-stake lst set-operator-key`"),
        E::PositionNotEligible(x) => CliError::failed(format!(
            "position {} is {}: {}",
            x.positionId,
            match x.status {
                0 => "not the vault's",
                s => crate::contracts::status_label(s),
            },
            match x.status {
                0 => "the vault does not run it",
                1 => "only the vault's governance exits an active position (`exitPosition`)",
                2 => "a jailed position is not topped up, and is exited once no withdrawal is pending",
                3 => "its withdrawal is pending (`lst process` collects it once due)",
                _ => "nothing is left to do with it",
            }
        )),
        E::CommissionTooHigh(x) => CliError::failed(format!(
            "a commission of {}% is above the vault's cap of {}%",
            crate::amount::percent(x.commissionBps.saturating_to()),
            crate::amount::percent(x.max.saturating_to())
        )),
        E::CommissionStepTooLarge(x) => CliError::failed(format!(
            "{}% is more than {} points above the current {}%",
            crate::amount::percent(x.commissionBps.saturating_to()),
            crate::amount::percent(x.maxStep.saturating_to()),
            crate::amount::percent(x.currentBps.saturating_to())
        ))
        .hint("raise it in steps, each announced 7 days ahead"),
        E::AccessControlUnauthorizedAccount(x) => CliError::failed(format!(
            "{} lacks the vault role {}",
            x.account,
            crate::contracts::role_name(x.neededRole)
        )),
        E::ZeroAddress(_) => CliError::failed(
            "the zero address is not allowed here: a reward address, receiver or controller must be an account",
        ),
        E::InvalidPublicKeyLength(x) => CliError::failed(format!(
            "a node key's public key is 64 bytes (x and y, no 0x04 prefix), not {}",
            x.length
        )),
        E::UnexpectedPositionId(x) => CliError::failed(format!(
            "the locking contract created position {} where the vault expected {}",
            x.created, x.expected
        )),
        E::UnexpectedWithdrawal(x) => CliError::failed(format!(
            "the locking contract paid {} for position {}, where the vault expected {}",
            crate::amount::metis(x.paid),
            x.positionId,
            crate::amount::metis(x.expected)
        )),
        other => generic(other),
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
        let e = explain(Contract::Token, &data);
        assert_eq!(
            e.message,
            "300000 METIS is more than the faucet gives at once (250000 METIS)"
        );
        assert!(e.hint.is_some());
    }

    #[test]
    fn explains_a_locking_error_as_the_readme_shows() {
        use metis_bindings::sequencer_locking::SequencerLocking;
        let e18 = U256::from(10u64).pow(U256::from(18));
        let data = SequencerLocking::AmountBelowMinimum {
            amount: U256::from(10_000u64) * e18,
            minLock: U256::from(20_000u64) * e18,
        }
        .abi_encode();
        let e = explain(Contract::Locking, &data);
        assert_eq!(
            e.message,
            "10000 METIS is below the minimum lock of 20000 METIS"
        );
        assert_eq!(e.hint.as_deref(), Some("lock at least 20000 METIS"));
        let e = explain(
            Contract::Locking,
            &SequencerLocking::RenounceDisabled {}.abi_encode(),
        );
        assert_eq!(e.message, "ownership cannot be renounced");
    }

    #[test]
    fn the_contract_called_speaks_first_when_selectors_collide() {
        use metis_bindings::sequencer_locking::SequencerLocking;
        use metis_bindings::sequencer_mining::SequencerMining;
        let (id, caller) = (U256::from(7), Address::repeat_byte(0xAB));
        let mining = SequencerMining::NotPositionOwner { id, caller }.abi_encode();
        let locking = SequencerLocking::NotPositionOwner { id, caller }.abi_encode();
        assert_eq!(mining, locking, "the same error in both ABIs");
        let m = explain(Contract::Mining, &mining);
        assert!(m.hint.unwrap().contains("claim or compound"));
        let l = explain(Contract::Locking, &locking);
        assert!(l.hint.unwrap().contains("the account that locked it"));
        // A callee's error still gets its own words: the reward hook refusing a lock.
        let budget = SequencerMining::RewardBudgetExceeded {
            needed: U256::from(4_000u64) * U256::from(10u64).pow(U256::from(18)),
            available: U256::from(10u64).pow(U256::from(18)),
        }
        .abi_encode();
        assert_eq!(
            explain(Contract::Locking, &budget).message,
            "the reward budget cannot cover this: 4000 METIS would be promised (owed now plus what the programs still pay, to the end of the last one), 1 METIS is funded"
        );
    }

    #[test]
    fn the_whitelist_refusal_fits_a_lock_a_top_up_and_a_compound() {
        use metis_bindings::sequencer_locking::SequencerLocking;
        let operator = Address::repeat_byte(0xAB);
        let data = SequencerLocking::NotWhitelisted { operator }.abi_encode();
        // A top-up or a lock goes to the locking contract, a compound to the distributor,
        // which bubbles the locking contract's refusal up: the same words either way.
        for judge in [Contract::Locking, Contract::Mining] {
            let e = explain(judge, &data);
            assert_eq!(
                e.message,
                format!("{operator} is not whitelisted: while the whitelist is in force it cannot lock or add to a position")
            );
            assert!(e
                .hint
                .unwrap()
                .contains("can still unlock, withdraw and claim"));
        }
    }

    #[test]
    fn explains_a_revert_string_and_unknown_data() {
        let data = Revert::from("nope").abi_encode();
        assert_eq!(
            explain(Contract::Locking, &data).message,
            "the contract refused: nope"
        );
        let e = explain(Contract::Mining, &[1, 2, 3, 4]);
        assert!(e.message.contains("0x01020304"), "{}", e.message);
        let _ = Address::ZERO;
    }
}
