// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../interfaces/ISequencerLocking.sol";
import {CanonicalVote} from "./CanonicalVote.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title EquivocationSlasher
/// @notice Slashes a sequencer from CometBFT double-sign evidence, verified on L1, by anyone:
///         two votes signed by one sequencer key for the same height, round and vote type
///         but different blocks. It rebuilds each vote's sign bytes for the L2's chain id
///         (`CanonicalVote`), recovers the signer from SHA-256 of them (both recovery ids;
///         a high `s` is refused, as CometBFT refuses it), maps the signer to its position
///         (`signerToId`: a key rotated out still maps to it, for `maxEvidenceAge` after it
///         was rotated out), slashes a fixed fraction set
///         by governance (within the locking contract's per-event cap), jails the position,
///         and pays the reporter a governance-set share of the slash; the rest goes to the
///         locking contract's treasury. Each offence (signer, height, round, type) is slashed
///         once, and a position at most once per `maxEvidenceAge` (one incident, one slash).
///         Reports are made in two steps, so that nobody can take a reporter's reward by
///         copying its transaction: `commit` a hash of the offence, the reporter and a secret
///         salt (`commitmentOf`), then, in a later block, `reveal` the evidence with the
///         reporter and the salt. The commitment names the reporter paid, whoever sends the
///         reveal; a copier needs a commitment of its own, made in a block before its reveal.
///         The first valid reveal is paid (not the first commitment): see docs/THREAT-MODEL.md
///         E7 and E8 for what that leaves (the key holder can always report itself first).
/// @dev Needs the locking contract's slasher role (`setSlasher`): the locking contract sends
///      what its slasher slashes to the slasher, which splits it here. Governance (`owner`,
///      the timelock) sets the fraction, the reporter's share and how old evidence may be.
contract EquivocationSlasher is Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice The highest slash, basis points of principal + pending withdrawal: the locking
    ///         contract's per-event cap.
    uint256 public constant MAX_SLASH_BPS = 1000;

    /// @notice The highest share of a slash paid to the reporter, basis points.
    uint256 public constant MAX_REPORTER_BPS = 5000;

    /// @notice How far ahead of this chain's clock a vote's time may be, seconds.
    uint256 public constant MAX_CLOCK_DRIFT = 1 hours;

    uint256 private constant BPS = 10_000;

    /// @dev secp256k1's n / 2: a signature's `s` must not exceed it (CometBFT, EIP-2).
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice The locking contract whose sequencers are slashed.
    ISequencerLocking public immutable LOCKING;

    /// @notice The locked token (what slashes pay in).
    IERC20 public immutable TOKEN;

    /// @dev One slot: the slash, the reporter's share (basis points), and the oldest a vote
    ///      may be (seconds).
    struct Params {
        uint16 slashBps;
        uint16 reporterBps;
        uint64 maxEvidenceAge;
    }

    Params private _params;

    /// @notice The L2's CometBFT chain id: votes are verified as signed for it.
    bytes public chainId;

    /// @notice Whether an offence (`offenceKey`) was already slashed.
    mapping(bytes32 offence => bool) public slashed;

    /// @notice The block in which each commitment (`commitmentOf`) was made (0: never made, or
    ///         used by a reveal: `EvidenceRevealed`).
    mapping(bytes32 commitment => uint256 blockNumber) public commitments;

    /// @notice When each position was last slashed here (unix seconds; 0: never).
    /// @dev One incident (two nodes run with one key, for hours) signs a conflict at every
    ///      height, round and vote type: each is an offence of its own. A position is slashed
    ///      here at most once per `maxEvidenceAge`, so one incident costs one slash (the
    ///      second audit's H-1: without this, 50 offences of one incident took 92%).
    mapping(uint256 id => uint256) public lastSlashedAt;

    /// @notice Sequencer `id` (node `signer`) signed two votes for different blocks at
    ///         `height`, `round`, vote type `voteType` (offence `offence`): `amount` was slashed,
    ///         `reward` of it paid to `reporter`, the rest to the treasury.
    event EquivocationSlashed(
        uint256 indexed id,
        address indexed signer,
        bytes32 indexed offence,
        uint64 height,
        uint32 round,
        uint8 voteType,
        uint256 amount,
        address reporter,
        uint256 reward
    );

    /// @notice A report was committed in block `blockNumber` (see `commitmentOf`).
    event EvidenceCommitted(bytes32 indexed commitment, uint256 blockNumber);

    /// @notice Commitment `commitment` was revealed as a report of `offence` and cleared (the
    ///         slash follows in `EquivocationSlashed`).
    event EvidenceRevealed(bytes32 indexed commitment, bytes32 indexed offence);

    /// @notice Governance set the slash, the reporter's share (basis points) and the oldest a
    ///         vote may be (seconds).
    event ParamsSet(uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);

    /// @notice The two votes do not conflict: another type, height or round, or the same block.
    error NotConflicting();
    /// @notice A signature is not 64 bytes (r || s).
    error InvalidSignatureLength(uint256 length);
    /// @notice A signature's `s` is above n/2 (CometBFT refuses it).
    error HighS(bytes32 s);
    /// @notice The two votes were not signed by one sequencer key for this chain id.
    error UnknownSigner();
    /// @notice A vote's time is before `oldest` (unix seconds): too old to slash.
    error EvidenceTooOld(uint64 voteTime, uint256 oldest);
    /// @notice A vote's time is after `latest` (unix seconds): ahead of this chain's clock.
    error EvidenceFromTheFuture(uint64 voteTime, uint256 latest);
    /// @notice This offence was already slashed.
    error AlreadySlashed(bytes32 offence);
    /// @notice Position `id` was slashed here less than `maxEvidenceAge` ago, or the votes were
    ///         signed then: one incident, one slash. Evidence of votes signed from `until` (unix
    ///         seconds) on is accepted from `until`.
    error SlashedRecently(uint256 id, uint256 until);
    /// @notice Disabled: governance cannot be renounced (it would freeze the parameters).
    error RenounceDisabled();
    /// @notice `signer` was rotated out of its position at `retiredAt` (unix seconds), more than
    ///         `maxEvidenceAge` ago: its votes could have been signed after it left the set.
    error KeyRetired(address signer, uint256 retiredAt);
    /// @notice Position `id` holds nothing left to slash (exited, or too little).
    error NothingToSlash(uint256 id);
    /// @notice A parameter is out of its bounds.
    error InvalidParams(uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);
    /// @notice An address parameter is zero.
    error ZeroAddress();
    /// @notice `reporter` cannot be paid: the zero address, this contract or the locking
    ///         contract (the reward would be lost in it).
    error InvalidReporter(address reporter);
    /// @notice `commitment` was already made, in block `blockNumber`.
    error AlreadyCommitted(bytes32 commitment, uint256 blockNumber);
    /// @notice No commitment `commitment` (of this offence, reporter and salt) was made.
    error NotCommitted(bytes32 commitment);
    /// @notice `commitment` was made in this block (`blockNumber`): reveal it in a later one.
    error RevealTooEarly(bytes32 commitment, uint256 blockNumber);

    /// @param locking The locking contract (its slasher must be this contract).
    /// @param governance The owner (the timelock).
    /// @param chainId_ The L2's CometBFT chain id.
    /// @param slashBps_ The slash, basis points (1 to `MAX_SLASH_BPS`).
    /// @param reporterBps_ The reporter's share of it, basis points (at most `MAX_REPORTER_BPS`).
    /// @param maxEvidenceAge_ The oldest a vote may be, seconds (1 to the locking contract's
    ///        unlock delay: older evidence might find the funds gone).
    constructor(
        ISequencerLocking locking,
        address governance,
        bytes memory chainId_,
        uint256 slashBps_,
        uint256 reporterBps_,
        uint256 maxEvidenceAge_
    ) Ownable(governance) {
        if (address(locking) == address(0)) revert ZeroAddress();
        if (chainId_.length == 0 || chainId_.length > 50) {
            revert CanonicalVote.MalformedChainId(chainId_.length);
        }
        LOCKING = locking;
        TOKEN = locking.token();
        chainId = chainId_;
        _setParams(slashBps_, reporterBps_, maxEvidenceAge_);
    }

    /// @notice Commits to a report: `commitment` is `commitmentOf(offence, reporter, salt)`,
    ///         which hides the offence until the reveal. Anyone may commit; a commitment stands
    ///         until a reveal uses it (the evidence's own age is checked at the reveal).
    function commit(bytes32 commitment) external {
        uint256 made = commitments[commitment];
        if (made != 0) revert AlreadyCommitted(commitment, made);
        commitments[commitment] = block.number;
        emit EvidenceCommitted(commitment, block.number);
    }

    /// @notice Slashes the sequencer that signed votes `a` and `b` (the fields of their sign
    ///         bytes) with signatures `sigA` and `sigB` (64 bytes, r || s), and pays `reporter`
    ///         its reward: the report committed in an earlier block as
    ///         `commitmentOf(offenceKey(...), reporter, salt)`. Anyone may send the reveal.
    /// @return id The position slashed.
    /// @return amount The tokens slashed, token wei.
    /// @return reward The reporter's share of them, token wei.
    function reveal(
        CanonicalVote.Vote calldata a,
        bytes calldata sigA,
        CanonicalVote.Vote calldata b,
        bytes calldata sigB,
        address reporter,
        bytes32 salt
    ) external nonReentrant returns (uint256 id, uint256 amount, uint256 reward) {
        if (reporter == address(0) || reporter == address(this) || reporter == address(LOCKING)) {
            revert InvalidReporter(reporter);
        }
        (id, amount, reward) = _judge(a, sigA, b, sigB, reporter, salt);
        LOCKING.slash(id, amount, "equivocation");
        if (LOCKING.getPosition(id).status == ISequencerLocking.Status.Active) LOCKING.jail(id);
        if (reward != 0) TOKEN.safeTransfer(reporter, reward);
        TOKEN.safeTransfer(LOCKING.treasury(), amount - reward);
    }

    /// @notice The commitment to a report of `offence` (`offenceKey`) paying `reporter`, with
    ///         `salt` (32 secret random bytes) hiding it: `keccak256(abi.encode(offence,
    ///         reporter, salt))`.
    function commitmentOf(bytes32 offence, address reporter, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encode(offence, reporter, salt));
    }

    /// @dev Requires `commitment` (of `offence`) made in an earlier block, and clears it.
    function _useCommitment(bytes32 commitment, bytes32 offence) private {
        uint256 made = commitments[commitment];
        // slither-disable-next-line incorrect-equality (0 is "never committed": no block is number 0 after genesis)
        if (made == 0) revert NotCommitted(commitment);
        if (made >= block.number) revert RevealTooEarly(commitment, made);
        delete commitments[commitment];
        emit EvidenceRevealed(commitment, offence);
    }

    /// @dev Verifies the evidence, uses the commitment, and books the slash (effects only).
    function _judge(
        CanonicalVote.Vote calldata a,
        bytes calldata sigA,
        CanonicalVote.Vote calldata b,
        bytes calldata sigB,
        address reporter,
        bytes32 salt
    ) private returns (uint256 id, uint256 amount, uint256 reward) {
        address signer;
        bytes32 offence;
        (signer, id, offence) = _verify(a, sigA, b, sigB);
        (amount, reward) = _book(a, signer, id, offence, reporter, salt);
    }

    /// @dev Uses the commitment, computes the slash and the reward, records the offence and
    ///      emits `EquivocationSlashed`.
    function _book(
        CanonicalVote.Vote calldata a,
        address signer,
        uint256 id,
        bytes32 offence,
        address reporter,
        bytes32 salt
    ) private returns (uint256 amount, uint256 reward) {
        _useCommitment(commitmentOf(offence, reporter, salt), offence);
        (amount, reward) = _amounts(id);
        _record(id, offence);
        emit EquivocationSlashed(id, signer, offence, a.height, a.round, a.voteType, amount, reporter, reward);
    }

    /// @dev Checks that the votes conflict, are recent, were signed by one sequencer key, and
    ///      that the offence was not slashed yet. Returns the signer, its position and the
    ///      offence key.
    function _verify(
        CanonicalVote.Vote calldata a,
        bytes calldata sigA,
        CanonicalVote.Vote calldata b,
        bytes calldata sigB
    ) private view returns (address signer, uint256 id, bytes32 offence) {
        if (
            a.voteType != b.voteType || a.height != b.height || a.round != b.round
                || (a.blockHash == b.blockHash && a.partsTotal == b.partsTotal && a.partsHash == b.partsHash)
        ) revert NotConflicting();
        uint256 maxAge = _params.maxEvidenceAge;
        _checkTime(a.timestampSeconds, maxAge);
        _checkTime(b.timestampSeconds, maxAge);
        (signer, id) = _signer(a, sigA, b, sigB, chainId);
        // A key rotated out answers for its votes only for `maxEvidenceAge` after it left: a
        // key leaked later must not be able to frame the position (vote times are the
        // signer's own claim).
        uint256 retiredAt = LOCKING.signerRetiredAt(signer);
        if (retiredAt != 0 && block.timestamp > retiredAt + maxAge) revert KeyRetired(signer, retiredAt);
        offence = offenceKey(signer, a.height, a.round, a.voteType);
        if (slashed[offence]) revert AlreadySlashed(offence);
        _checkWindow(id, a.timestampSeconds, b.timestampSeconds, maxAge);
    }

    /// @dev One incident, one slash: after a slash of position `id` at `last`, the next needs
    ///      both the chain's clock and both votes at `last + window` or later. Votes signed
    ///      before then count as the incident already slashed (an incident can go on signing
    ///      conflicts until the L2 applies the jail), however long after they are reported; a
    ///      position unjailed before then is slashed for a new double sign only by governance.
    function _checkWindow(uint256 id, uint64 timeA, uint64 timeB, uint256 window) private view {
        uint256 last = lastSlashedAt[id];
        if (last != 0) {
            uint256 until = last + window;
            if (block.timestamp < until || timeA < until || timeB < until) revert SlashedRecently(id, until);
        }
    }

    /// @dev Records the offence and the time of the slash.
    function _record(uint256 id, bytes32 offence) private {
        slashed[offence] = true;
        lastSlashedAt[id] = block.timestamp;
    }

    /// @dev The slash of position `id` (its principal and pending withdrawal times the slash
    ///      fraction, rounded down) and the reporter's part of it (rounded down).
    function _amounts(uint256 id) private view returns (uint256 amount, uint256 reward) {
        Params memory p = _params;
        ISequencerLocking.Position memory pos = LOCKING.getPosition(id);
        amount = (pos.amount + pos.pendingWithdrawal) * p.slashBps / BPS;
        if (pos.status == ISequencerLocking.Status.Exited || amount == 0) revert NothingToSlash(id);
        // slither-disable-next-line divide-before-multiply (the reporter's share of the slash as made; rounding down favours the treasury)
        reward = amount * p.reporterBps / BPS;
    }

    /// @notice Sets the slash, the reporter's share (basis points) and the oldest a vote may be
    ///         (seconds) (governance).
    function setParams(uint256 slashBps_, uint256 reporterBps_, uint256 maxEvidenceAge_) external onlyOwner {
        _setParams(slashBps_, reporterBps_, maxEvidenceAge_);
    }

    /// @notice Disabled: a slasher without governance could never be reconfigured.
    function renounceOwnership() public view override onlyOwner {
        revert RenounceDisabled();
    }

    /// @notice The slash and the reporter's share (basis points), and the oldest a vote may be
    ///         (seconds).
    function params() external view returns (uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge) {
        Params memory p = _params;
        return (p.slashBps, p.reporterBps, p.maxEvidenceAge);
    }

    /// @notice The key of an offence: one signer, one height, round and vote type:
    ///         `keccak256(abi.encode(signer, height, round, voteType))`.
    function offenceKey(address signer, uint64 height, uint32 round, uint8 voteType)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(signer, height, round, voteType));
    }

    /// @notice The sequencer key that signed both votes for this chain id (reverts
    ///         `UnknownSigner`, `HighS`, `InvalidSignatureLength` or `MalformedVote`).
    function signerOf(
        CanonicalVote.Vote calldata a,
        bytes calldata sigA,
        CanonicalVote.Vote calldata b,
        bytes calldata sigB
    ) external view returns (address signer) {
        (signer,) = _signer(a, sigA, b, sigB, chainId);
    }

    /// @dev The one address both votes recover to, with either recovery id, that the locking
    ///      contract knows as a signer, and its position.
    function _signer(
        CanonicalVote.Vote calldata a,
        bytes calldata sigA,
        CanonicalVote.Vote calldata b,
        bytes calldata sigB,
        bytes memory chain
    ) private view returns (address signer, uint256 id) {
        (address a27, address a28) = _recover(sha256(CanonicalVote.signBytes(a, chain)), sigA);
        (address b27, address b28) = _recover(sha256(CanonicalVote.signBytes(b, chain)), sigB);
        if (a27 != address(0) && (a27 == b27 || a27 == b28)) {
            id = LOCKING.signerToId(a27);
            if (id != 0) return (a27, id);
        }
        if (a28 != address(0) && (a28 == b27 || a28 == b28)) {
            id = LOCKING.signerToId(a28);
            if (id != 0) return (a28, id);
        }
        revert UnknownSigner();
    }

    /// @dev The two addresses `sig` recovers over `digest` (recovery ids 27 and 28).
    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address, address) {
        if (sig.length != 64) revert InvalidSignatureLength(sig.length);
        bytes32 r = bytes32(sig[:32]);
        bytes32 s = bytes32(sig[32:]);
        if (uint256(s) > HALF_N) revert HighS(s);
        return (ecrecover(digest, 27, r, s), ecrecover(digest, 28, r, s));
    }

    function _checkTime(uint64 voteTime, uint256 maxAge) private view {
        uint256 oldest = block.timestamp > maxAge ? block.timestamp - maxAge : 0;
        if (voteTime < oldest) revert EvidenceTooOld(voteTime, oldest);
        if (voteTime > block.timestamp + MAX_CLOCK_DRIFT) {
            revert EvidenceFromTheFuture(voteTime, block.timestamp + MAX_CLOCK_DRIFT);
        }
    }

    function _setParams(uint256 slashBps_, uint256 reporterBps_, uint256 maxEvidenceAge_) private {
        if (
            slashBps_ == 0 || slashBps_ > MAX_SLASH_BPS || reporterBps_ > MAX_REPORTER_BPS
                || maxEvidenceAge_ == 0 || maxEvidenceAge_ > LOCKING.unlockDelay()
        ) revert InvalidParams(slashBps_, reporterBps_, maxEvidenceAge_);
        // forge-lint: disable-next-line(unsafe-typecast) (each bounded above)
        _params = Params(uint16(slashBps_), uint16(reporterBps_), uint64(maxEvidenceAge_));
        emit ParamsSet(slashBps_, reporterBps_, maxEvidenceAge_);
    }
}
