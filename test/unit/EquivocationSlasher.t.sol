// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {CanonicalVote} from "../../contracts/slashing/CanonicalVote.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {CometVotes} from "../utils/CometVotes.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {Reports} from "../utils/Reports.sol";
import {SlashableLockingMock} from "../utils/SlasherMocks.sol";

/// @notice The equivocation slasher judges every vector of the reference implementation as
///         CometBFT would (slash the genuine conflicts; refuse a high s, another chain, the
///         same vote twice, non-conflicts, two signers), slashes once per offence, catches a
///         rotated-out key, refuses old, future and empty cases, and pays reporter and
///         treasury. Over a locking mock with the slasher role (the role lands in
///         SequencerLocking next).
contract EquivocationSlasherTest is CometVotes, Reports {
    MockMetis internal token;
    SlashableLockingMock internal locking;
    EquivocationSlasher internal slasher;
    address internal gov = address(0x60f);
    address internal reporter = address(0x4e9);

    uint256 internal constant PRINCIPAL = 100_000e18;

    function setUp() public {
        token = new MockMetis();
        locking = new SlashableLockingMock(token);
        slasher = new EquivocationSlasher(
            ISequencerLocking(address(locking)), gov, "metis-sequencer-1", 500, 1000, 7 days
        );
        locking.setSlasher(address(slasher));
    }

    /// @dev Registers case `i`'s signer(s) as positions 1 (and 2) and moves the clock to an
    ///      hour after its votes.
    function _arrange(uint256 i) internal {
        locking.setPosition(1, _signer(i), ISequencerLocking.Status.Active, PRINCIPAL, 0);
        address b = vm.parseJsonAddress(fixtures, _case(i, "signerB"));
        if (b != _signer(i)) locking.setPosition(2, b, ISequencerLocking.Status.Active, PRINCIPAL, 0);
        vm.warp(_vote(i, "voteA").timestampSeconds + 1 hours);
    }

    /// @dev Commits the reporter's report of case `i` and rolls a block; returns the salt.
    function _commit(uint256 i) internal returns (bytes32) {
        return _commitReport(
            slasher, _vote(i, "voteA"), _sig(i, "voteA"), _vote(i, "voteB"), _sig(i, "voteB"), reporter
        );
    }

    /// @dev Reveals case `i` for the reporter with `salt` (sent by anyone: here, this test).
    function _reveal(uint256 i, bytes32 salt) internal returns (uint256 id, uint256 amount, uint256 reward) {
        return slasher.reveal(
            _vote(i, "voteA"), _sig(i, "voteA"), _vote(i, "voteB"), _sig(i, "voteB"), reporter, salt
        );
    }

    function _submit(uint256 i) internal returns (uint256 id, uint256 amount, uint256 reward) {
        return _reveal(i, _commit(i));
    }

    /// @notice Every vector, judged as its `expect` says.
    function test_everyVector_isJudgedAsCometBFTWould() public {
        for (uint256 i; i < CASES; ++i) {
            uint256 snap = vm.snapshotState();
            _arrange(i);
            bytes32 want = keccak256(bytes(_expect(i)));
            if (want == keccak256("slash")) {
                (uint256 id, uint256 amount, uint256 reward) = _submit(i);
                assertEq(id, 1, _name(i));
                assertEq(amount, PRINCIPAL * 500 / 10_000, "5% of the principal");
                assertEq(reward, amount / 10, "10% of it to the reporter");
                assertEq(token.balanceOf(reporter), reward, "paid");
                assertEq(token.balanceOf(locking.treasury()), amount - reward, "the rest to the treasury");
                assertEq(
                    uint8(locking.getPosition(1).status), uint8(ISequencerLocking.Status.Jailed), "jailed"
                );
            } else {
                bytes32 salt = _commit(i);
                if (want == keccak256("HighS")) {
                    (, bytes32 s) = abi.decode(_sig(i, "voteA"), (bytes32, bytes32));
                    vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.HighS.selector, s));
                } else if (want == keccak256("NotConflicting")) {
                    vm.expectRevert(EquivocationSlasher.NotConflicting.selector);
                } else {
                    // Another chain's votes, or two signers: no one sequencer key signed both
                    // for this chain id.
                    vm.expectRevert(EquivocationSlasher.UnknownSigner.selector);
                }
                _reveal(i, salt);
            }
            vm.revertToState(snap);
        }
    }

    /// @notice One offence, one slash: the same pair again, or swapped, is refused.
    function test_RevertWhen_theOffenceWasAlreadySlashed() public {
        _arrange(0);
        _submit(0);
        bytes32 offence = slasher.offenceKey(_signer(0), _vote(0, "voteA").height, 0, 1);
        assertTrue(slasher.slashed(offence), "recorded");
        bytes32 salt1 = _commit(0);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.AlreadySlashed.selector, offence));
        _reveal(0, salt1);
        bytes32 swapped = _commitReport(
            slasher, _vote(0, "voteB"), _sig(0, "voteB"), _vote(0, "voteA"), _sig(0, "voteA"), reporter
        );
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.AlreadySlashed.selector, offence));
        slasher.reveal(
            _vote(0, "voteB"), _sig(0, "voteB"), _vote(0, "voteA"), _sig(0, "voteA"), reporter, swapped
        );
    }

    /// @notice A key rotated out still maps to its position: equivocating and then rotating
    ///         does not escape, for `maxEvidenceAge` after the rotation; after that, the key
    ///         (perhaps leaked) cannot frame the position.
    function test_aRotatedOutKeyIsCaughtForTheEvidenceAge() public {
        _arrange(1);
        uint256 snap = vm.snapshotState();
        locking.rotate(1, address(0xbeef));
        (uint256 id,,) = _submit(1);
        assertEq(id, 1, "the position that key belonged to");
        vm.revertToState(snap);
        vm.warp(block.timestamp - 8 days); // rotated out 8 days before the votes are judged
        locking.rotate(1, address(0xbeef));
        uint256 retiredAt = block.timestamp;
        vm.warp(retiredAt + 8 days);
        bytes32 salt2 = _commit(1);
        vm.expectRevert(
            abi.encodeWithSelector(EquivocationSlasher.KeyRetired.selector, _signer(1), retiredAt)
        );
        _reveal(1, salt2);
    }

    /// @notice A position exiting is slashed from its pending withdrawal too; an exited one,
    ///         or one with nothing left, is refused.
    function test_pendingWithdrawalsAreReachedAndExitedPositionsRefused() public {
        uint256 snap = vm.snapshotState();
        _arrange(2);
        locking.setPosition(1, _signer(2), ISequencerLocking.Status.Unlocking, 0, PRINCIPAL);
        (, uint256 amount,) = _submit(2);
        assertEq(amount, PRINCIPAL / 20, "5% of the pending withdrawal");
        assertEq(locking.getPosition(1).pendingWithdrawal, PRINCIPAL - amount, "taken from it");
        vm.revertToState(snap);
        _arrange(0);
        locking.setPosition(1, _signer(0), ISequencerLocking.Status.Exited, 0, 0);
        bytes32 salt3 = _commit(0);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.NothingToSlash.selector, 1));
        _reveal(0, salt3);
    }

    /// @notice Evidence older than `maxEvidenceAge`, or ahead of the clock by more than the
    ///         drift, is refused.
    function test_RevertWhen_theEvidenceIsTooOldOrFromTheFuture() public {
        _arrange(0);
        uint64 t = _vote(0, "voteA").timestampSeconds;
        vm.warp(uint256(t) + 7 days + 1);
        bytes32 salt4 = _commit(0);
        vm.expectRevert(
            abi.encodeWithSelector(EquivocationSlasher.EvidenceTooOld.selector, t, uint256(t) + 1)
        );
        _reveal(0, salt4);
        vm.warp(uint256(t) - 1 hours - 1);
        bytes32 salt5 = _commit(0);
        vm.expectRevert(
            abi.encodeWithSelector(EquivocationSlasher.EvidenceFromTheFuture.selector, t, uint256(t) - 1)
        );
        _reveal(0, salt5);
    }

    /// @notice Governance sets the parameters within their bounds; nobody else can.
    function test_params_boundedAndGovernanceOnly() public {
        vm.expectRevert();
        slasher.setParams(100, 100, 1 days);
        vm.startPrank(gov);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.InvalidParams.selector, 1001, 0, 1 days));
        slasher.setParams(1001, 0, 1 days);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.InvalidParams.selector, 0, 0, 1 days));
        slasher.setParams(0, 0, 1 days);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.InvalidParams.selector, 100, 5001, 1 days));
        slasher.setParams(100, 5001, 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(EquivocationSlasher.InvalidParams.selector, 100, 0, 21 days + 1)
        );
        slasher.setParams(100, 0, 21 days + 1);
        vm.expectEmit(address(slasher));
        emit EquivocationSlasher.ParamsSet(1000, 5000, 21 days);
        slasher.setParams(1000, 5000, 21 days);
        vm.stopPrank();
        (uint256 s, uint256 r, uint256 age) = slasher.params();
        assertEq(s, 1000);
        assertEq(r, 5000);
        assertEq(age, 21 days);
    }

    /// @notice Signatures of another length are refused.
    function test_RevertWhen_aSignatureIsNot64Bytes() public {
        _arrange(0);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.InvalidSignatureLength.selector, 65));
        slasher.reveal(
            _vote(0, "voteA"),
            abi.encodePacked(_sig(0, "voteA"), uint8(27)),
            _vote(0, "voteB"),
            _sig(0, "voteB"),
            reporter,
            bytes32(0)
        );
    }

    /// @notice The reveal pays the reporter named in the commitment, whoever sends it: a
    ///         copier of the reveal (front-running it as is) pays the reporter, and one naming
    ///         itself has no commitment made before it.
    function test_aCopiedRevealPaysTheCommittedReporter() public {
        _arrange(0);
        bytes32 salt = _commit(0);
        address copier = address(0xc0c0);
        bytes32 offence = slasher.offenceKey(_signer(0), _vote(0, "voteA").height, 0, 1);
        bytes32 own = slasher.commitmentOf(offence, copier, salt);
        vm.prank(copier);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.NotCommitted.selector, own));
        _revealFor(0, copier, salt);
        bytes32 other = slasher.commitmentOf(offence, reporter, bytes32(uint256(salt) ^ 1));
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.NotCommitted.selector, other));
        _revealFor(0, reporter, bytes32(uint256(salt) ^ 1));
        vm.prank(copier);
        (,, uint256 reward) = _revealFor(0, reporter, salt);
        assertGt(reward, 0, "a reward");
        assertEq(token.balanceOf(reporter), reward, "to the reporter");
        assertEq(token.balanceOf(copier), 0, "not to the sender");
    }

    function _revealFor(uint256 i, address to, bytes32 salt) internal returns (uint256, uint256, uint256) {
        CanonicalVote.Vote memory a = _vote(i, "voteA");
        CanonicalVote.Vote memory b = _vote(i, "voteB");
        return slasher.reveal(a, _sig(i, "voteA"), b, _sig(i, "voteB"), to, salt);
    }

    /// @notice A commitment is made once, in a block, and revealed in a later one; the reveal
    ///         clears it. Paying nobody is refused.
    function test_commit_onceThenRevealInALaterBlock() public {
        _arrange(0);
        CanonicalVote.Vote memory a = _vote(0, "voteA");
        CanonicalVote.Vote memory b = _vote(0, "voteB");
        bytes memory sa = _sig(0, "voteA");
        bytes memory sb = _sig(0, "voteB");
        bytes32 c = slasher.commitmentOf(
            slasher.offenceKey(_signer(0), a.height, a.round, a.voteType), reporter, bytes32("salt")
        );
        bytes32 offence = slasher.offenceKey(_signer(0), a.height, 0, 1);
        assertTrue(
            offence == keccak256(abi.encode(_signer(0), a.height, uint32(0), uint8(1))),
            "the offence's formula"
        );
        assertTrue(c == keccak256(abi.encode(offence, reporter, bytes32("salt"))), "the documented formula");
        vm.roll(100);
        vm.expectEmit(address(slasher));
        emit EquivocationSlasher.EvidenceCommitted(c, 100);
        slasher.commit(c);
        assertEq(slasher.commitments(c), 100, "the block");
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.AlreadyCommitted.selector, c, 100));
        slasher.commit(c);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.RevealTooEarly.selector, c, 100));
        slasher.reveal(a, sa, b, sb, reporter, bytes32("salt"));
        vm.roll(101);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.InvalidReporter.selector, address(0)));
        slasher.reveal(a, sa, b, sb, address(0), bytes32("salt"));
        vm.expectEmit(address(slasher));
        emit EquivocationSlasher.EvidenceRevealed(c, offence);
        slasher.reveal(a, sa, b, sb, reporter, bytes32("salt"));
        assertEq(slasher.commitments(c), 0, "cleared");
    }
}
