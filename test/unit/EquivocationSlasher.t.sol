// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {CanonicalVote} from "../../contracts/slashing/CanonicalVote.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {CometVotes} from "../utils/CometVotes.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {SlashableLockingMock} from "../utils/SlasherMocks.sol";

/// @notice The equivocation slasher judges every vector of the reference implementation as
///         CometBFT would (slash the genuine conflicts; refuse a high s, another chain, the
///         same vote twice, non-conflicts, two signers), slashes once per offence, catches a
///         rotated-out key, refuses old, future and empty cases, and pays reporter and
///         treasury. Over a locking mock with the slasher role (the role lands in
///         SequencerLocking next).
contract EquivocationSlasherTest is CometVotes {
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

    function _submit(uint256 i) internal returns (uint256 id, uint256 amount, uint256 reward) {
        vm.prank(reporter);
        return slasher.submit(_vote(i, "voteA"), _sig(i, "voteA"), _vote(i, "voteB"), _sig(i, "voteB"));
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
                _submit(i);
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
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.AlreadySlashed.selector, offence));
        _submit(0);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.AlreadySlashed.selector, offence));
        slasher.submit(_vote(0, "voteB"), _sig(0, "voteB"), _vote(0, "voteA"), _sig(0, "voteA"));
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
        vm.expectRevert(
            abi.encodeWithSelector(EquivocationSlasher.KeyRetired.selector, _signer(1), retiredAt)
        );
        _submit(1);
    }

    /// @notice A position exiting is slashed from its pending withdrawal too; an exited one,
    ///         or one with nothing left, is refused.
    function test_pendingWithdrawalsAreReachedAndExitedPositionsRefused() public {
        _arrange(2);
        locking.setPosition(1, _signer(2), ISequencerLocking.Status.Unlocking, 0, PRINCIPAL);
        (, uint256 amount,) = _submit(2);
        assertEq(amount, PRINCIPAL / 20, "5% of the pending withdrawal");
        assertEq(locking.getPosition(1).pendingWithdrawal, PRINCIPAL - amount, "taken from it");
        _arrange(0);
        locking.setPosition(1, _signer(0), ISequencerLocking.Status.Exited, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(EquivocationSlasher.NothingToSlash.selector, 1));
        _submit(0);
    }

    /// @notice Evidence older than `maxEvidenceAge`, or ahead of the clock by more than the
    ///         drift, is refused.
    function test_RevertWhen_theEvidenceIsTooOldOrFromTheFuture() public {
        _arrange(0);
        uint64 t = _vote(0, "voteA").timestampSeconds;
        vm.warp(uint256(t) + 7 days + 1);
        vm.expectRevert(
            abi.encodeWithSelector(EquivocationSlasher.EvidenceTooOld.selector, t, uint256(t) + 1)
        );
        _submit(0);
        vm.warp(uint256(t) - 1 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(EquivocationSlasher.EvidenceFromTheFuture.selector, t, uint256(t) - 1)
        );
        _submit(0);
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
        slasher.submit(
            _vote(0, "voteA"),
            abi.encodePacked(_sig(0, "voteA"), uint8(27)),
            _vote(0, "voteB"),
            _sig(0, "voteB")
        );
    }
}
