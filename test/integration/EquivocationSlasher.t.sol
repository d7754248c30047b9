// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {CanonicalVote} from "../../contracts/slashing/CanonicalVote.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {CometVotes} from "../utils/CometVotes.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {Reports} from "../utils/Reports.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice The equivocation slasher on the real SequencerLocking and SequencerMining, with
///         positions locked with the very keys of the tendermint-rs vectors: the slasher role
///         (set by governance only; the slasher slashes within the cap, receives the slash and
///         jails; governance keeps its powers), a key rotated out (its retirement time), and
///         the slash split between reporter and treasury.
contract EquivocationSlasherIntegrationTest is LockingMiningFixture, CometVotes, Reports {
    EquivocationSlasher internal slasher;
    address internal operator;
    address internal reporter;

    uint256 internal constant LOCKED = 50_000e18;
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    function setUp() public {
        _deployPair();
        _fund(10_000_000e18);
        _start(T0);
        operator = makeAddr("operator");
        reporter = makeAddr("reporter");
        slasher = new EquivocationSlasher(locking, gov, "metis-sequencer-1", 500, 1000, 7 days);
        vm.expectEmit(address(locking));
        emit ISequencerLocking.SlasherSet(address(slasher));
        vm.prank(gov);
        locking.setSlasher(address(slasher));
    }

    /// @dev The fixtures' node key of seed `seed` (`cometbft_votes.rs`: 0x11, zeros, seed).
    function _fixtureKey(uint8 seed) internal pure returns (uint256) {
        return (uint256(0x11) << 248) | seed;
    }

    function _lockWith(uint8 seed) internal returns (uint256 id) {
        uint256 pk = _fixtureKey(seed);
        _prepare(operator, LOCKED);
        bytes memory proof = proofFor(locking, pk, operator);
        vm.prank(operator);
        id = locking.lock(pubkeyOf(pk), proof, LOCKED);
    }

    function _commit(uint256 i) internal returns (bytes32) {
        return _commitReport(
            slasher, _vote(i, "voteA"), _sig(i, "voteA"), _vote(i, "voteB"), _sig(i, "voteB"), reporter
        );
    }

    function _reveal(uint256 i, bytes32 salt) internal returns (uint256 id, uint256 amount, uint256 reward) {
        return slasher.reveal(
            _vote(i, "voteA"), _sig(i, "voteA"), _vote(i, "voteB"), _sig(i, "voteB"), reporter, salt
        );
    }

    function _submit(uint256 i) internal returns (uint256 id, uint256 amount, uint256 reward) {
        return _reveal(i, _commit(i));
    }

    /// @dev Commits and reveals votes `a` and `b` for the reporter.
    function _report(
        CanonicalVote.Vote memory a,
        bytes memory sa,
        CanonicalVote.Vote memory b,
        bytes memory sb
    ) internal returns (uint256 id, uint256 amount, uint256 reward) {
        bytes32 salt = _commitReport(slasher, a, sa, b, sb, reporter);
        return slasher.reveal(a, sa, b, sb, reporter, salt);
    }

    function test_theRoleIsGovernancesToSet() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        locking.setSlasher(address(this));
        assertEq(locking.slasher(), address(slasher), "set by governance");
    }

    /// @notice A double sign by the vectors' first key: 5% slashed to the slasher, split 10/90
    ///         between reporter and treasury, the position jailed and out of the earning.
    function test_aDoubleSignIsSlashedJailedAndPaid() public {
        uint256 id = _lockWith(1);
        assertEq(locking.signerToId(_signer(0)), id, "the vector's signer");
        vm.warp(_vote(0, "voteA").timestampSeconds + 1 hours);
        uint256 before = token.balanceOf(treasury);
        (uint256 slashedId, uint256 amount, uint256 reward) = _submit(0);
        assertEq(slashedId, id);
        assertEq(amount, LOCKED / 20, "5%");
        assertEq(reward, amount / 10, "10% of it");
        assertEq(token.balanceOf(reporter), reward, "the reporter");
        assertEq(token.balanceOf(treasury) - before, amount - reward, "the treasury");
        assertEq(token.balanceOf(address(slasher)), 0, "nothing stays in the slasher");
        ISequencerLocking.Position memory p = locking.getPosition(id);
        assertEq(p.amount, LOCKED - amount, "principal");
        assertEq(uint8(p.status), uint8(ISequencerLocking.Status.Jailed), "jailed");
        assertEq(mining.earningOf(id), 0, "no longer earning");
    }

    /// @notice Rotating after equivocating does not escape: the old key is retired (its time
    ///         recorded), still maps to the position, and is slashed within the evidence age.
    function test_aKeyRotatedOutIsRetiredAndStillAnswers() public {
        uint256 id = _lockWith(2);
        uint256 t = _vote(1, "voteA").timestampSeconds;
        vm.warp(t);
        assertEq(locking.signerRetiredAt(_signer(1)), 0, "current");
        uint256 pk = nodeKey(777);
        bytes memory proof = proofFor(locking, pk, operator);
        vm.prank(operator);
        locking.updateSigner(id, pubkeyOf(pk), proof);
        assertEq(locking.signerRetiredAt(_signer(1)), t, "retired now");
        assertEq(locking.signerToId(_signer(1)), id, "still maps to its position");
        assertEq(locking.signerRetiredAt(vm.addr(pk)), 0, "the new key is current");
        // It answers up to `maxEvidenceAge` after it left, the last second included.
        vm.warp(t + 7 days);
        (uint256 slashedId,,) = _submit(1);
        assertEq(slashedId, id, "slashed");
    }

    /// @notice Governance keeps its own slash (to the treasury) and jail; a stranger has
    ///         neither; the slasher cannot exceed the cap; without the role the slasher fails.
    function test_governanceKeepsItsPowersAndTheCapHolds() public {
        uint256 id = _lockWith(1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        locking.slash(id, 1e18, "no");
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.NotGuardianOrOwner.selector, address(this)));
        locking.jail(id);
        vm.prank(address(slasher));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISequencerLocking.SlashExceedsCap.selector, id, LOCKED / 10 + 1, LOCKED / 10
            )
        );
        locking.slash(id, LOCKED / 10 + 1, "above the cap");
        uint256 before = token.balanceOf(treasury);
        vm.prank(gov);
        locking.slash(id, 1e18, "governance");
        assertEq(token.balanceOf(treasury) - before, 1e18, "governance's slash goes to the treasury");
        vm.prank(gov);
        locking.setSlasher(address(0));
        vm.warp(_vote(0, "voteA").timestampSeconds + 1 hours);
        bytes32 salt1 = _commit(0);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(slasher)));
        _reveal(0, salt1);
    }

    /// @dev A prevote or precommit by the fixtures' key of seed `seed` at `height`, for block
    ///      `tag`, signed here (SHA-256 of our sign bytes, equal to tendermint-rs's).
    function _signed(uint8 seed, uint64 height, uint8 voteType, uint8 tag)
        internal
        view
        returns (CanonicalVote.Vote memory v, bytes memory sig)
    {
        v = CanonicalVote.Vote({
            voteType: voteType,
            height: height,
            round: 0,
            blockHash: bytes32(uint256(tag)),
            partsTotal: 1,
            partsHash: bytes32(uint256(tag) + 1),
            timestampSeconds: uint64(block.timestamp),
            timestampNanos: 0
        });
        (, bytes32 r, bytes32 s) = vm.sign(_fixtureKey(seed), sha256(_signBytes(v)));
        sig = abi.encodePacked(r, s);
    }

    function _signBytes(CanonicalVote.Vote memory v) internal pure returns (bytes memory) {
        return CanonicalVote.signBytes(v, "metis-sequencer-1");
    }

    /// @notice One incident, one slash (the second audit's H-1): a key that double-signs at
    ///         every height is slashed once per `maxEvidenceAge`; the next offence within it is
    ///         refused, one after it is slashed again.
    function test_oneIncidentIsOneSlash() public {
        uint256 id = _lockWith(1);
        vm.warp(T0 + 30 days);
        (CanonicalVote.Vote memory a, bytes memory sa) = _signed(1, 500, 1, 1);
        (CanonicalVote.Vote memory b, bytes memory sb) = _signed(1, 500, 1, 2);
        (, uint256 first,) = _report(a, sa, b, sb);
        assertEq(first, LOCKED / 20, "5%");
        uint256 until = block.timestamp + 7 days;
        (a, sa) = _signed(1, 501, 2, 3);
        (b, sb) = _signed(1, 501, 2, 4);
        bytes32 salt = _commitReport(slasher, a, sa, b, sb, reporter);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.SlashedRecently.selector, id, until));
        slasher.reveal(a, sa, b, sb, reporter, salt);
        vm.warp(until);
        (a, sa) = _signed(1, 9000, 1, 5);
        (b, sb) = _signed(1, 9000, 1, 6);
        (, uint256 second,) = _report(a, sa, b, sb);
        assertEq(second, (LOCKED - first) / 20, "a new incident, slashed again");
        assertEq(slasher.lastSlashedAt(id), until, "recorded");
    }

    /// @notice The tail of an incident is the incident (the review of commit–reveal, F5): votes
    ///         it signed after the first slash landed, before the L2 applied the jail, do not
    ///         slash the position again one window later, while they are still young enough.
    function test_anIncidentsTailIsNotSlashedAgain() public {
        uint256 id = _lockWith(1);
        uint256 start = T0 + 30 days;
        vm.warp(start);
        (CanonicalVote.Vote memory a, bytes memory sa) = _signed(1, 1000, 1, 1);
        (CanonicalVote.Vote memory b, bytes memory sb) = _signed(1, 1000, 1, 2);
        vm.warp(start + 10 minutes);
        (CanonicalVote.Vote memory ta, bytes memory tsa) = _signed(1, 1600, 1, 3);
        (CanonicalVote.Vote memory tb, bytes memory tsb) = _signed(1, 1600, 1, 4);
        vm.warp(start + 5 minutes);
        _report(a, sa, b, sb);
        uint256 until = block.timestamp + 7 days;
        vm.warp(until);
        bytes32 salt = _commitReport(slasher, ta, tsa, tb, tsb, reporter);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.SlashedRecently.selector, id, until));
        slasher.reveal(ta, tsa, tb, tsb, reporter, salt);
        // Votes signed from the end of the window on are a new incident.
        (a, sa) = _signed(1, 9000, 2, 5);
        (b, sb) = _signed(1, 9000, 2, 6);
        (, uint256 second,) = _report(a, sa, b, sb);
        assertGt(second, 0, "a new incident");
    }

    /// @notice What the commit–reveal leaves to the key holder (THREAT-MODEL E7, E8): it can make
    ///         evidence at will and report itself first, which takes the window from an honest
    ///         reporter; it still loses the slash less the reporter's share, at least half of it
    ///         (here at the maxima: 10% slashed, 50% of it back), and is jailed.
    function test_aKeyHolderReportingItselfStillLosesHalfTheSlash() public {
        vm.prank(gov);
        slasher.setParams(1000, 5000, 7 days);
        uint256 id = _lockWith(1);
        vm.warp(T0 + 30 days);
        (CanonicalVote.Vote memory a, bytes memory sa) = _signed(1, 42, 1, 1);
        (CanonicalVote.Vote memory b, bytes memory sb) = _signed(1, 42, 1, 2);
        bytes32 salt = _commitReport(slasher, a, sa, b, sb, operator);
        uint256 before = token.balanceOf(operator);
        (, uint256 amount, uint256 reward) = slasher.reveal(a, sa, b, sb, operator, salt);
        assertEq(amount, LOCKED / 10, "10%");
        assertEq(token.balanceOf(operator) - before, reward, "its share back");
        assertEq(amount - reward, LOCKED / 20, "a net loss of half the slash");
        assertEq(uint8(locking.getPosition(id).status), uint8(ISequencerLocking.Status.Jailed), "jailed");
    }

    /// @notice A reward paid to the slasher or the locking contract would be lost there.
    function test_RevertWhen_theReporterCannotBePaid() public {
        _lockWith(1);
        vm.warp(_vote(0, "voteA").timestampSeconds + 1 hours);
        bytes32 salt = _commit(0);
        address[3] memory nobody = [address(0), address(slasher), address(locking)];
        for (uint256 k; k < 3; ++k) {
            vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.InvalidReporter.selector, nobody[k]));
            slasher.reveal(
                _vote(0, "voteA"), _sig(0, "voteA"), _vote(0, "voteB"), _sig(0, "voteB"), nobody[k], salt
            );
        }
    }

    /// @notice Each vote's time is judged: one old (or future) vote in a pair is enough to
    ///         refuse it, whichever of the two it is.
    function test_RevertWhen_eitherVoteIsTooOldOrFromTheFuture() public {
        _lockWith(1);
        uint256 t = T0 + 30 days;
        vm.warp(t - 8 days);
        (CanonicalVote.Vote memory old, bytes memory so) = _signed(1, 700, 1, 1);
        vm.warp(t + 2 hours);
        (CanonicalVote.Vote memory future, bytes memory sf) = _signed(1, 700, 1, 3);
        vm.warp(t);
        (CanonicalVote.Vote memory fresh, bytes memory sr) = _signed(1, 700, 1, 2);
        bytes memory tooOld = abi.encodeWithSelector(
            EquivocationSlasher.EvidenceTooOld.selector, old.timestampSeconds, t - 7 days
        );
        bytes memory ahead = abi.encodeWithSelector(
            EquivocationSlasher.EvidenceFromTheFuture.selector, future.timestampSeconds, t + 1 hours
        );
        // Committed first (to nothing in particular): the evidence is judged before the commitment.
        bytes32 salt = _commitReport(slasher, fresh, sr, old, so, reporter);
        vm.warp(t);
        vm.expectRevert(tooOld);
        slasher.reveal(old, so, fresh, sr, reporter, salt);
        vm.expectRevert(tooOld);
        slasher.reveal(fresh, sr, old, so, reporter, salt);
        vm.expectRevert(ahead);
        slasher.reveal(future, sf, fresh, sr, reporter, salt);
        vm.expectRevert(ahead);
        slasher.reveal(fresh, sr, future, sf, reporter, salt);
    }

    /// @notice The slash is announced with everything an indexer needs: the position, the
    ///         signer, the offence, where it was signed, the amount and the reporter's share.
    function test_aSlashEmitsEquivocationSlashed() public {
        uint256 id = _lockWith(1);
        vm.warp(_vote(0, "voteA").timestampSeconds + 1 hours);
        bytes32 salt = _commit(0);
        CanonicalVote.Vote memory a = _vote(0, "voteA");
        bytes32 offence = slasher.offenceKey(_signer(0), a.height, a.round, a.voteType);
        vm.expectEmit(address(slasher));
        emit EquivocationSlasher.EquivocationSlashed(
            id, _signer(0), offence, a.height, a.round, a.voteType, LOCKED / 20, reporter, LOCKED / 200
        );
        _reveal(0, salt);
    }

    /// @notice The constructor refuses a missing locking contract and a chain id CometBFT
    ///         would not have (empty, or longer than 50 bytes).
    function test_RevertWhen_constructedWithoutLockingOrChainId() public {
        vm.expectRevert(EquivocationSlasher.ZeroAddress.selector);
        new EquivocationSlasher(ISequencerLocking(address(0)), gov, "metis-sequencer-1", 500, 1000, 7 days);
        vm.expectRevert(abi.encodeWithSelector(CanonicalVote.MalformedChainId.selector, 0));
        new EquivocationSlasher(locking, gov, "", 500, 1000, 7 days);
        vm.expectRevert(abi.encodeWithSelector(CanonicalVote.MalformedChainId.selector, 51));
        new EquivocationSlasher(locking, gov, new bytes(51), 500, 1000, 7 days);
        assertEq(new EquivocationSlasher(locking, gov, new bytes(50), 500, 1000, 7 days).chainId().length, 50);
    }

    /// @dev A prevote at `height` for a block chosen from `tag` on, signed by `pk`, whose
    ///      signature recovers with recovery id `v` (27 or 28): the slasher tries both.
    function _signedWithV(uint256 pk, uint64 height, uint8 tag, uint8 v)
        internal
        view
        returns (CanonicalVote.Vote memory vote, bytes memory sig)
    {
        for (uint8 t = tag;; ++t) {
            vote = CanonicalVote.Vote({
                voteType: 1,
                height: height,
                round: 0,
                blockHash: bytes32(uint256(t)),
                partsTotal: 1,
                partsHash: bytes32(uint256(t) + 1),
                timestampSeconds: uint64(block.timestamp),
                timestampNanos: 0
            });
            (uint8 got, bytes32 r, bytes32 s) = vm.sign(pk, sha256(_signBytes(vote)));
            if (got == v) return (vote, abi.encodePacked(r, s));
        }
    }

    /// @notice A double sign by a key that never belonged to a position, and a pair of which
    ///         only one vote is a sequencer's, are refused `UnknownSigner`, whichever recovery
    ///         id the signatures take.
    function test_RevertWhen_theSignerIsNotOneSequencer() public {
        _lockWith(1);
        vm.warp(T0 + 30 days);
        uint256 stranger = _fixtureKey(200);
        for (uint8 v = 27; v <= 28; ++v) {
            (CanonicalVote.Vote memory a, bytes memory sa) = _signedWithV(stranger, 300, 1, v);
            (CanonicalVote.Vote memory b, bytes memory sb) = _signedWithV(stranger, 300, 100, 27);
            vm.expectRevert(EquivocationSlasher.UnknownSigner.selector);
            slasher.reveal(a, sa, b, sb, reporter, bytes32(0));
            // The first vote by the sequencer's key, the second by another.
            (a, sa) = _signedWithV(_fixtureKey(1), 301, 1, v);
            (b, sb) = _signedWithV(stranger, 301, 100, 27);
            vm.expectRevert(EquivocationSlasher.UnknownSigner.selector);
            slasher.reveal(a, sa, b, sb, reporter, bytes32(0));
        }
    }

    /// @notice The accepted times include their edges: votes exactly `maxEvidenceAge` old, and
    ///         votes exactly `MAX_CLOCK_DRIFT` ahead of the chain's clock, slash.
    function test_votesAtTheEdgesOfTheAcceptedTimesSlash() public {
        _lockWith(1);
        uint256 t = T0 + 30 days;
        uint256 snap = vm.snapshotState();
        vm.warp(t - 7 days);
        (CanonicalVote.Vote memory a, bytes memory sa) = _signed(1, 800, 1, 1);
        (CanonicalVote.Vote memory b, bytes memory sb) = _signed(1, 800, 1, 2);
        vm.warp(t);
        (, uint256 amount,) = _report(a, sa, b, sb);
        assertGt(amount, 0, "exactly maxEvidenceAge old");
        vm.revertToState(snap);
        vm.warp(t + 1 hours);
        (a, sa) = _signed(1, 801, 1, 1);
        (b, sb) = _signed(1, 801, 1, 2);
        vm.warp(t);
        (, amount,) = _report(a, sa, b, sb);
        assertGt(amount, 0, "exactly MAX_CLOCK_DRIFT ahead");
    }

    /// @notice Signatures: 63 or 65 bytes are refused by length; `s` exactly n/2 is low enough
    ///         (CometBFT refuses only `s` above it), so such a signature is judged by whom it
    ///         recovers to, not refused as high.
    function test_signatureLengthAndTheLowSEdge() public {
        _lockWith(1);
        vm.warp(_vote(0, "voteA").timestampSeconds + 1 hours);
        CanonicalVote.Vote memory a = _vote(0, "voteA");
        CanonicalVote.Vote memory b = _vote(0, "voteB");
        bytes memory sb = _sig(0, "voteB");
        bytes memory sa = _sig(0, "voteA");
        bytes memory short = new bytes(63);
        for (uint256 k; k < 63; ++k) {
            short[k] = sa[k];
        }
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.InvalidSignatureLength.selector, 63));
        slasher.reveal(a, short, b, sb, reporter, bytes32(0));
        (bytes32 r,) = abi.decode(sa, (bytes32, bytes32));
        bytes memory edge = abi.encodePacked(r, bytes32(HALF_N));
        vm.expectRevert(EquivocationSlasher.UnknownSigner.selector);
        slasher.reveal(a, edge, b, sb, reporter, bytes32(0));
    }
}
