// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../interfaces/ISequencerMining.sol";

/// @title PositionsLens
/// @notice Everything `metis-stake status` shows, in one `eth_call`: the positions of an owner
///         (or one position), each with its claimable reward, the reward program, and the time
///         of the block they were read at.
/// @dev A deployless lens: this contract is NEVER deployed and has no function. A client sends
///      its creation code followed by the abi-encoded constructor arguments as the `data` of an
///      `eth_call` without `to`. The constructor does the reads and returns
///      `abi.encode(Snapshot)` in place of runtime code, so that encoding is the call's return
///      data. Nothing can be written: the constructor only calls view functions of
///      `SequencerLocking` and `SequencerMining` (compiled as staticcalls), and the contract an
///      `eth_call` creates is thrown away with the rest of the simulated state. (Deployed with a
///      real transaction, it would leave a contract whose code is that encoding: useless,
///      harmless, and owned by nobody.)
///
///      The answer is runtime code to the EVM, so it must fit the code size limit of EIP-170
///      (24,576 bytes; creation fails above it) and pays 200 gas a byte of code deposit. An
///      entry takes 512 bytes, so one answer holds at most `MAX_ENTRIES` of them (20,480 bytes
///      plus a 256-byte head): a client reads an owner with more positions in pages (`skip`).
///
///      Reverts of the contracts read are passed through unchanged, e.g.
///      `UnknownSequencer(id)` in `ById` mode for an id never created.
contract PositionsLens {
    /// @notice The most entries one answer holds (see the size limit above).
    uint256 internal constant MAX_ENTRIES = 40;

    /// @notice What to read.
    /// @dev `ByOwner`: the positions of `owner` (`SequencerLocking.positionsOf`, in id order),
    ///      from the `skip`-th on; `id` is ignored. `ById`: position `id` only; `owner` and
    ///      `skip` are ignored.
    enum Mode {
        ByOwner,
        ById
    }

    /// @notice One position and its reward.
    /// @param id The position id.
    /// @param position `SequencerLocking.getPosition(id)` (amounts in token wei, times in unix
    ///        seconds).
    /// @param pendingReward `SequencerMining.pendingReward(id)`, token wei; 0 without a distributor.
    struct Entry {
        uint256 id;
        ISequencerLocking.Position position;
        uint256 pendingReward;
    }

    /// @notice The answer, `abi.encode`d as the return data of the creation call.
    /// @param total How many positions the query matches: the owner's positions in `ByOwner`
    ///        mode, 1 in `ById` mode.
    /// @param entries The matched positions from the `skip`-th on, at most `MAX_ENTRIES` of them
    ///        (empty when `skip >= total`).
    /// @param programStart `SequencerMining.programStart()`: the first program's start, unix
    ///        seconds (0: not started, or no distributor).
    /// @param programEnd `SequencerMining.programEnd()`: the end of the last scheduled program,
    ///        unix seconds (0: not started, or no distributor).
    /// @param rateBps `SequencerMining.currentRate()`: the rate in force at `timestamp`, basis
    ///        points a year (0 between or outside programs, or without a distributor).
    /// @param timestamp `block.timestamp` of the block read, unix seconds: rewards are as of then.
    struct Snapshot {
        uint256 total;
        Entry[] entries;
        uint64 programStart;
        uint64 programEnd;
        uint256 rateBps;
        uint256 timestamp;
    }

    /// @notice Reads and returns the snapshot (see the contract notes); never deploy it.
    /// @param locking The `SequencerLocking` to read.
    /// @param mining Its reward distributor, or `address(0)` when it has none (then every reward,
    ///        the program times and the rate are 0).
    /// @param mode `ByOwner` or `ById`.
    /// @param owner Whose positions (`ByOwner` mode).
    /// @param id Which position (`ById` mode).
    /// @param skip How many of the owner's positions to leave out first (`ByOwner` mode).
    constructor(
        ISequencerLocking locking,
        ISequencerMining mining,
        Mode mode,
        address owner,
        uint256 id,
        uint256 skip
    ) {
        Snapshot memory snapshot;
        uint256[] memory ids;
        if (mode == Mode.ById) {
            ids = new uint256[](1);
            ids[0] = id;
            skip = 0;
        } else {
            ids = locking.positionsOf(owner);
        }
        snapshot.total = ids.length;
        uint256 count = skip < ids.length ? ids.length - skip : 0;
        if (count > MAX_ENTRIES) count = MAX_ENTRIES;
        snapshot.entries = new Entry[](count);
        bool rewards = address(mining) != address(0);
        for (uint256 i = 0; i < count; ++i) {
            uint256 positionId = ids[skip + i];
            Entry memory entry = snapshot.entries[i];
            entry.id = positionId;
            entry.position = locking.getPosition(positionId);
            if (rewards) entry.pendingReward = mining.pendingReward(positionId);
        }
        if (rewards) {
            snapshot.programStart = mining.programStart();
            snapshot.programEnd = mining.programEnd();
            snapshot.rateBps = mining.currentRate();
        }
        snapshot.timestamp = block.timestamp;

        bytes memory answer = abi.encode(snapshot);
        assembly ("memory-safe") {
            return(add(answer, 0x20), mload(answer))
        }
    }
}
