// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {PositionsLens} from "../../contracts/lens/PositionsLens.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {WritingViews} from "../utils/PositionsLensMocks.sol";

/// @notice The deployless lens against the REAL SequencerLocking and SequencerMining: its answer
///         equals what the individual views say, for owners with 0, 1 and several positions in
///         every status, with and without a distributor, by owner, by id and in pages; and it
///         reads without writing.
/// @dev A creation's return data becomes the new contract's code, so `new PositionsLens(...)`
///      followed by reading that code gives exactly what a client's `eth_call` without `to`
///      returns.
contract PositionsLensTest is LockingMiningFixture {
    uint256 internal constant BUDGET = 1_000_000e18;
    uint256 internal constant START = T0 + 1 days;
    /// @dev `PositionsLens.MAX_ENTRIES`, and the size of one entry and of the head in the answer.
    uint256 internal constant MAX_ENTRIES = 40;
    uint256 internal constant ENTRY_BYTES = 512;
    uint256 internal constant HEAD_BYTES = 256;
    /// @dev EIP-170: the largest code, so the largest answer, a creation may return.
    uint256 internal constant MAX_CODE_SIZE = 24_576;

    address internal alice;
    address internal bob;
    address internal stranger;
    address internal cold;

    function setUp() public {
        _deployPair();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        stranger = makeAddr("stranger");
        cold = makeAddr("cold");
        _fund(BUDGET);
        _start(START);
    }

    // ------------------------------------------------------------------ helpers

    /// @dev What an `eth_call` of the lens's creation with these arguments returns, decoded.
    function _read(
        ISequencerLocking locking_,
        ISequencerMining mining_,
        PositionsLens.Mode mode,
        address owner,
        uint256 id,
        uint256 skip
    ) internal returns (PositionsLens.Snapshot memory snapshot, uint256 size) {
        bytes memory answer = address(new PositionsLens(locking_, mining_, mode, owner, id, skip)).code;
        size = answer.length;
        snapshot = abi.decode(answer, (PositionsLens.Snapshot));
    }

    function _byOwner(address owner, uint256 skip) internal returns (PositionsLens.Snapshot memory snapshot) {
        (snapshot,) = _read(_locking(), _mining(), PositionsLens.Mode.ByOwner, owner, 0, skip);
    }

    function _byId(uint256 id) internal returns (PositionsLens.Snapshot memory snapshot) {
        (snapshot,) = _read(_locking(), _mining(), PositionsLens.Mode.ById, address(0), id, 0);
    }

    function _locking() internal view returns (ISequencerLocking) {
        return ISequencerLocking(address(locking));
    }

    /// @dev The distributor as the deployments file names it: `address(0)` when there is none.
    function _mining() internal view returns (ISequencerMining) {
        return ISequencerMining(locking.distributor());
    }

    /// @dev The program fields and the time equal the views (0 without a distributor).
    function _assertProgram(PositionsLens.Snapshot memory s) internal view {
        ISequencerMining m = _mining();
        bool rewards = address(m) != address(0);
        assertEq(s.programStart, rewards ? m.programStart() : 0, "programStart");
        assertEq(s.programEnd, rewards ? m.programEnd() : 0, "programEnd");
        assertEq(s.rateBps, rewards ? m.currentRate() : 0, "rateBps");
        assertEq(s.timestamp, block.timestamp, "timestamp");
    }

    /// @dev `entry` equals `getPosition(id)` and `pendingReward(id)` (0 without a distributor).
    function _assertEntry(PositionsLens.Entry memory entry, uint256 id) internal view {
        assertEq(entry.id, id, "id");
        assertEq(abi.encode(entry.position), abi.encode(locking.getPosition(id)), "position");
        ISequencerMining m = _mining();
        assertEq(entry.pendingReward, address(m) != address(0) ? m.pendingReward(id) : 0, "pendingReward");
    }

    /// @dev The page of `owner`'s positions from the `skip`-th on equals the individual views.
    function _assertMatchesViews(address owner, uint256 skip)
        internal
        returns (PositionsLens.Snapshot memory s)
    {
        s = _byOwner(owner, skip);
        uint256[] memory ids = locking.positionsOf(owner);
        assertEq(s.total, ids.length, "total");
        uint256 expected = skip < ids.length ? ids.length - skip : 0;
        if (expected > MAX_ENTRIES) expected = MAX_ENTRIES;
        assertEq(s.entries.length, expected, "entries");
        for (uint256 i = 0; i < s.entries.length; ++i) {
            _assertEntry(s.entries[i], ids[skip + i]);
        }
        _assertProgram(s);
    }

    /// @dev `owner` gets one position in each status (an `Active` one twice, the second with a
    ///      partial withdrawal pending and a reward recipient), with a position of `bob` in
    ///      between; then time passes into the program. Returns the owner's ids.
    function _everyStatus(address owner) internal returns (uint256[5] memory ids) {
        uint256 exited = _lock(owner, MIN_LOCK);
        vm.prank(owner);
        locking.requestWithdrawal(exited, MIN_LOCK);
        uint256 active = _lock(owner, 2 * MIN_LOCK);
        _lock(bob, MIN_LOCK);
        uint256 partial_ = _lock(owner, 2 * MIN_LOCK);
        vm.prank(owner);
        locking.requestWithdrawal(partial_, MIN_LOCK / 2);
        vm.prank(owner);
        locking.setRewardRecipient(partial_, cold);
        uint256 jailed = _lock(owner, MIN_LOCK);
        vm.prank(guardian);
        locking.jail(jailed);
        uint256 unlocking = _lock(owner, MIN_LOCK);
        vm.prank(owner);
        locking.requestWithdrawal(unlocking, MIN_LOCK);
        vm.warp(T0 + UNLOCK_DELAY);
        vm.prank(owner);
        locking.withdraw(exited);
        vm.warp(START + 30 days);
        ids = [exited, active, partial_, jailed, unlocking];
    }

    function _assertStatuses(PositionsLens.Snapshot memory s) internal pure {
        ISequencerLocking.Status[5] memory expected = [
            ISequencerLocking.Status.Exited,
            ISequencerLocking.Status.Active,
            ISequencerLocking.Status.Active,
            ISequencerLocking.Status.Jailed,
            ISequencerLocking.Status.Unlocking
        ];
        assertEq(s.entries.length, 5, "entries");
        for (uint256 i = 0; i < 5; ++i) {
            assertEq(uint256(s.entries[i].position.status), uint256(expected[i]), "status");
        }
        assertGt(s.entries[2].position.pendingWithdrawal, 0, "partial withdrawal pending");
    }

    /// @dev Replaces the pair by a SequencerLocking without a distributor.
    function _withoutDistributor() internal {
        locking = new SequencerLocking(token, gov, treasury, guardian);
        vm.prank(gov);
        locking.setMaxSequencers(1000);
    }

    // ------------------------------------------------------------------ by owner

    function test_byOwner_noPositions() public {
        _lock(bob, MIN_LOCK);
        vm.warp(START + 10 days);
        PositionsLens.Snapshot memory s = _assertMatchesViews(stranger, 0);
        assertEq(s.total, 0, "total");
        assertEq(s.programStart, START, "programStart");
        assertEq(s.programEnd, START + YEAR, "programEnd");
        assertEq(s.rateBps, APR_BPS, "rateBps: the first program in force");
    }

    function test_byOwner_onePosition() public {
        uint256 id = _lock(alice, MIN_LOCK);
        _lock(bob, MIN_LOCK);
        vm.warp(START + 10 days);
        PositionsLens.Snapshot memory s = _assertMatchesViews(alice, 0);
        assertEq(s.entries[0].id, id, "id");
        assertGt(s.entries[0].pendingReward, 0, "reward");
    }

    function test_byOwner_everyStatus() public {
        uint256[5] memory ids = _everyStatus(alice);
        PositionsLens.Snapshot memory s = _assertMatchesViews(alice, 0);
        _assertStatuses(s);
        assertEq(s.entries[0].id, ids[0], "first id");
        assertGt(s.entries[1].pendingReward, 0, "an active position earned");
        assertEq(s.entries[2].position.rewardRecipient, cold, "recipient");
        _assertMatchesViews(bob, 0);
    }

    function test_byOwner_programNotStarted() public {
        _deployPair();
        _fund(BUDGET);
        _lock(alice, MIN_LOCK);
        vm.warp(T0 + 10 days);
        PositionsLens.Snapshot memory s = _assertMatchesViews(alice, 0);
        assertEq(s.programStart, 0, "programStart");
        assertEq(s.programEnd, 0, "programEnd");
        assertEq(s.rateBps, 0, "rateBps: no program in force before the start");
        assertEq(s.entries[0].pendingReward, 0, "reward");
    }

    function test_byOwner_withoutDistributor_noPositions() public {
        _withoutDistributor();
        PositionsLens.Snapshot memory s = _assertMatchesViews(alice, 0);
        assertEq(s.total, 0, "total");
        assertEq(s.rateBps, 0, "rateBps");
    }

    function test_byOwner_withoutDistributor_onePosition() public {
        _withoutDistributor();
        _lock(alice, MIN_LOCK);
        vm.warp(START + 10 days);
        PositionsLens.Snapshot memory s = _assertMatchesViews(alice, 0);
        assertEq(s.total, 1, "total");
        assertEq(s.entries[0].pendingReward, 0, "reward");
    }

    function test_byOwner_withoutDistributor_everyStatus() public {
        _withoutDistributor();
        _everyStatus(alice);
        PositionsLens.Snapshot memory s = _assertMatchesViews(alice, 0);
        _assertStatuses(s);
        for (uint256 i = 0; i < 5; ++i) {
            assertEq(s.entries[i].pendingReward, 0, "reward");
        }
        assertEq(s.programStart, 0, "programStart");
        assertEq(s.programEnd, 0, "programEnd");
        assertEq(s.rateBps, 0, "rateBps");
    }

    // ------------------------------------------------------------------ pages

    function test_byOwner_pagesOfAtMostMaxEntries() public {
        uint256 n = MAX_ENTRIES + 5;
        for (uint256 i = 0; i < n; ++i) {
            _lock(alice, MIN_LOCK);
        }
        vm.warp(START + 10 days);
        PositionsLens.Snapshot memory first = _assertMatchesViews(alice, 0);
        assertEq(first.total, n, "total");
        assertEq(first.entries.length, MAX_ENTRIES, "first page");
        PositionsLens.Snapshot memory second = _assertMatchesViews(alice, MAX_ENTRIES);
        assertEq(second.total, n, "total");
        assertEq(second.entries.length, 5, "second page");
        assertEq(_assertMatchesViews(alice, n).entries.length, 0, "past the end");
        assertEq(_assertMatchesViews(alice, type(uint256).max).entries.length, 0, "far past the end");
    }

    function test_byOwner_fullPageFitsCodeSizeLimit() public {
        for (uint256 i = 0; i < MAX_ENTRIES + 1; ++i) {
            _lock(alice, MIN_LOCK);
        }
        (PositionsLens.Snapshot memory s, uint256 size) =
            _read(_locking(), _mining(), PositionsLens.Mode.ByOwner, alice, 0, 0);
        assertEq(s.entries.length, MAX_ENTRIES, "entries");
        assertEq(size, HEAD_BYTES + MAX_ENTRIES * ENTRY_BYTES, "size");
        assertLe(size, MAX_CODE_SIZE, "fits EIP-170");
    }

    // ------------------------------------------------------------------ by id

    function test_byId_everyStatus() public {
        uint256[5] memory ids = _everyStatus(alice);
        for (uint256 i = 0; i < 5; ++i) {
            PositionsLens.Snapshot memory s = _byId(ids[i]);
            assertEq(s.total, 1, "total");
            assertEq(s.entries.length, 1, "entries");
            _assertEntry(s.entries[0], ids[i]);
            _assertProgram(s);
        }
    }

    function test_byId_ignoresOwnerAndSkip() public {
        uint256 id = _lock(alice, MIN_LOCK);
        vm.warp(START + 10 days);
        (PositionsLens.Snapshot memory s,) =
            _read(_locking(), _mining(), PositionsLens.Mode.ById, stranger, id, 7);
        assertEq(s.total, 1, "total");
        _assertEntry(s.entries[0], id);
    }

    function test_byId_withoutDistributor() public {
        _withoutDistributor();
        uint256[5] memory ids = _everyStatus(alice);
        PositionsLens.Snapshot memory s = _byId(ids[1]);
        _assertEntry(s.entries[0], ids[1]);
        assertEq(s.entries[0].pendingReward, 0, "reward");
        _assertProgram(s);
    }

    function test_RevertWhen_byIdUnknown() public {
        _lock(alice, MIN_LOCK);
        ISequencerLocking l = _locking();
        ISequencerMining m = _mining();
        vm.expectRevert(abi.encodeWithSelector(ISequencerLocking.UnknownSequencer.selector, 2));
        new PositionsLens(l, m, PositionsLens.Mode.ById, address(0), 2, 0);
    }

    // ------------------------------------------------------------------ reads only

    /// @dev The view `selector` is reached with STATICCALL: made to write, it reverts the lens,
    ///      while the same view called with CALL does write. (One test per view: a write in a
    ///      static context burns all the gas the call was given.)
    function _assertReachedWithStaticcall(bytes4 selector) internal {
        WritingViews views = new WritingViews();
        ISequencerLocking l = ISequencerLocking(address(views));
        ISequencerMining m = ISequencerMining(address(views));
        // Nothing trapped: the lens answers.
        new PositionsLens(l, m, PositionsLens.Mode.ByOwner, alice, 0, 0);
        views.setTrap(selector);
        (bool ok,) = address(views).call(abi.encodePacked(selector, uint256(1)));
        assertTrue(ok, "a CALL may write");
        assertEq(views.writes(), 1, "the trap wrote");
        vm.expectRevert();
        new PositionsLens(l, m, PositionsLens.Mode.ByOwner, alice, 0, 0);
    }

    function test_constructor_staticcallsPositionsOf() public {
        _assertReachedWithStaticcall(ISequencerLocking.positionsOf.selector);
    }

    function test_constructor_staticcallsGetPosition() public {
        _assertReachedWithStaticcall(ISequencerLocking.getPosition.selector);
    }

    function test_constructor_staticcallsPendingReward() public {
        _assertReachedWithStaticcall(ISequencerMining.pendingReward.selector);
    }

    function test_constructor_staticcallsProgramStart() public {
        _assertReachedWithStaticcall(ISequencerMining.programStart.selector);
    }

    function test_constructor_staticcallsProgramEnd() public {
        _assertReachedWithStaticcall(ISequencerMining.programEnd.selector);
    }

    function test_constructor_staticcallsAprBps() public {
        _assertReachedWithStaticcall(ISequencerMining.currentRate.selector);
    }

    /// @dev No storage slot of the token, the locking contract or the distributor is written.
    function test_constructor_writesNothing() public {
        _everyStatus(alice);
        ISequencerLocking l = _locking();
        ISequencerMining m = _mining();
        vm.record();
        new PositionsLens(l, m, PositionsLens.Mode.ByOwner, alice, 0, 0);
        address[3] memory read = [address(token), address(locking), address(mining)];
        for (uint256 i = 0; i < read.length; ++i) {
            (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(read[i]);
            assertEq(writes.length, 0, "writes");
            if (read[i] != address(token)) assertGt(reads.length, 0, "reads");
        }
    }
}
