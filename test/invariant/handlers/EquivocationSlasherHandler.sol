// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../../contracts/interfaces/ISequencerLocking.sol";
import {CanonicalVote} from "../../../contracts/slashing/CanonicalVote.sol";
import {EquivocationSlasher} from "../../../contracts/slashing/EquivocationSlasher.sol";
import {MockMetis} from "../../utils/MockMetis.sol";
import {PossessionProofs} from "../../utils/PossessionProofs.sol";
import {Reports} from "../../utils/Reports.sol";

/// @notice Drives the equivocation slasher on the real locking contract: reporters submit
///         pairs of votes signed by the positions' keys (current or rotated out) at random
///         heights, rounds, types and blocks (the same block too), at random ages; owners
///         rotate keys and ask for withdrawals; governance unjails; time passes. Ghosts record
///         every slash as it happened.
contract EquivocationSlasherHandler is Reports, PossessionProofs {
    SequencerLocking public immutable locking;
    EquivocationSlasher public immutable slasher;
    MockMetis public immutable token;
    address public immutable gov;
    bytes internal constant CHAIN = "metis-sequencer-1";

    /// @dev Every key a position ever had, and its position.
    uint256[] internal _keys;
    mapping(uint256 privateKey => uint256 id) internal _idOf;
    uint256[] internal _ids;
    uint256 internal _next = 7_000_000;

    // ------------------------------------------------------------------ ghosts

    /// @notice Set when one offence was slashed twice.
    bool public ghostOffenceTwice;
    /// @notice Set when a slash took more than 10% of principal + pending withdrawal.
    bool public ghostAboveCap;
    /// @notice Set when one position was slashed twice within `maxEvidenceAge`.
    bool public ghostTwiceInAWindow;
    /// @notice Set when a slash came from votes signed within the window of the position's
    ///         previous slash (the tail of an incident already slashed).
    bool public ghostTailSlashed;
    /// @dev The vote time of the evidence being reported (both votes share it here).
    uint256 internal _voteTime;
    /// @notice Set when what the reporter and the treasury got differs from the slash.
    bool public ghostSplitWrong;
    uint256 public ghostSlashes;
    uint256 public ghostSlashed;
    mapping(bytes32 offence => uint256) public ghostTimesSlashed;
    mapping(uint256 id => uint256) public ghostLastSlashAt;

    mapping(bytes32 action => uint256) public calls;

    constructor(
        SequencerLocking locking_,
        EquivocationSlasher slasher_,
        MockMetis token_,
        address gov_,
        uint256[] memory keys,
        uint256[] memory ids
    ) {
        locking = locking_;
        slasher = slasher_;
        token = token_;
        gov = gov_;
        for (uint256 i; i < keys.length; ++i) {
            _keys.push(keys[i]);
            _idOf[keys[i]] = ids[i];
            _ids.push(ids[i]);
        }
    }

    function _vote(uint64 height, uint32 round, uint8 voteType, uint8 tag, uint64 time)
        internal
        pure
        returns (CanonicalVote.Vote memory)
    {
        return CanonicalVote.Vote({
            voteType: voteType,
            height: height,
            round: round,
            blockHash: bytes32(uint256(tag) + 1),
            partsTotal: 1,
            partsHash: bytes32(uint256(tag) + 2),
            timestampSeconds: time,
            timestampNanos: 0
        });
    }

    function _sign(uint256 pk, CanonicalVote.Vote memory v) internal pure returns (bytes memory) {
        (, bytes32 r, bytes32 s) = vm.sign(pk, sha256(CanonicalVote.signBytes(v, CHAIN)));
        return abi.encodePacked(r, s);
    }

    /// @dev A reporter submits two votes by one of the keys (any it ever was): `seed` gives
    ///      the height, round, type and the two blocks (the same block, sometimes).
    function submit(uint256 keySeed, uint256 seed, uint256 age) external {
        uint256 pk = _keys[keySeed % _keys.length];
        uint64 time = uint64(block.timestamp - bound(age, 0, 8 days));
        uint64 height = uint64(1 + seed % 1000);
        uint8 voteType = uint8(1 + (seed >> 16) % 2);
        CanonicalVote.Vote memory a =
            _vote(height, uint32((seed >> 24) % 4), voteType, uint8((seed >> 32) % 4), time);
        CanonicalVote.Vote memory b = _vote(height, a.round, voteType, uint8((seed >> 40) % 4), time);
        _submit(pk, a, b);
    }

    function _submit(uint256 pk, CanonicalVote.Vote memory a, CanonicalVote.Vote memory b) internal {
        uint256 id = _idOf[pk];
        ISequencerLocking.Position memory p = locking.getPosition(id);
        address reporter = makeAddr("reporter");
        uint256 before = token.balanceOf(reporter) + token.balanceOf(locking.treasury());
        _voteTime = a.timestampSeconds < b.timestampSeconds ? a.timestampSeconds : b.timestampSeconds;
        uint256 amount = _report(pk, a, b, reporter);
        _record(
            id,
            slasher.offenceKey(vm.addr(pk), a.height, a.round, a.voteType),
            amount,
            p.amount + p.pendingWithdrawal
        );
        if (token.balanceOf(reporter) + token.balanceOf(locking.treasury()) - before != amount) {
            ghostSplitWrong = true;
        }
    }

    /// @dev The reporter commits; anyone (a relayer, or a copier of the reveal) sends the
    ///      reveal, and the reporter is paid all the same. Returns the slash.
    function _report(uint256 pk, CanonicalVote.Vote memory a, CanonicalVote.Vote memory b, address reporter)
        internal
        returns (uint256 amount)
    {
        bytes memory sa = _sign(pk, a);
        bytes memory sb = _sign(pk, b);
        bytes32 salt = _commitReport(slasher, a, sa, b, sb, reporter);
        vm.prank(makeAddr("copier"));
        (, amount,) = slasher.reveal(a, sa, b, sb, reporter, salt);
    }

    /// @dev Books slash `amount` of position `id` (principal + pending withdrawal `base`
    ///      before it) for `offence` in the ghosts.
    function _record(uint256 id, bytes32 offence, uint256 amount, uint256 base) internal {
        if (++ghostTimesSlashed[offence] > 1) ghostOffenceTwice = true;
        if (amount > base / 10) ghostAboveCap = true;
        (,, uint256 window) = slasher.params();
        uint256 last = ghostLastSlashAt[id];
        if (last != 0 && block.timestamp < last + window) ghostTwiceInAWindow = true;
        if (last != 0 && _voteTime < last + window) ghostTailSlashed = true;
        ghostLastSlashAt[id] = block.timestamp;
        ++ghostSlashes;
        ghostSlashed += amount;
        calls["submit"]++;
    }

    /// @dev The owner rotates its position to a new key; the old one stays a signer.
    function rotate(uint256 idSeed) external {
        uint256 id = _ids[idSeed % _ids.length];
        address owner = locking.ownerOf(id);
        uint256 pk = nodeKey(_next++);
        bytes memory proof = proofFor(locking, pk, owner);
        vm.prank(owner);
        locking.updateSigner(id, pubkeyOf(pk), proof);
        _keys.push(pk);
        _idOf[pk] = id;
        calls["rotate"]++;
    }

    function requestWithdrawal(uint256 idSeed, uint256 amountSeed) external {
        uint256 id = _ids[idSeed % _ids.length];
        ISequencerLocking.Position memory p = locking.getPosition(id);
        if (p.amount == 0) return;
        uint256 amount = bound(amountSeed, 1, p.amount);
        if (p.amount - amount < locking.minLock()) amount = p.amount;
        vm.prank(locking.ownerOf(id));
        locking.requestWithdrawal(id, amount);
        calls["requestWithdrawal"]++;
    }

    function unjail(uint256 idSeed) external {
        uint256 id = _ids[idSeed % _ids.length];
        vm.prank(gov);
        locking.unjail(id);
        calls["unjail"]++;
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1 hours, 5 days));
        calls["warp"]++;
    }
}
