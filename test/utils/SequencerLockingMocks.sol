// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEarningHook} from "../../contracts/interfaces/IEarningHook.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @notice An ERC-20 that burns `feeBps` (1% by default) of every transfer, so it delivers less
///         than sent; the fee can be changed (0 = a normal token) to reach later code paths.
///         With `clawback` set, every transfer also burns that much from the recipient, so the
///         recipient's balance can even go down; with `bonus` set, every transfer also mints that
///         much to the recipient, so it receives more than sent (hostile or broken tokens).
contract FeeOnTransferToken is ERC20 {
    uint256 public feeBps = 100;
    uint256 public clawback;
    uint256 public bonus;

    function setFeeBps(uint256 newFeeBps) external {
        feeBps = newFeeBps;
    }

    function setClawback(uint256 newClawback) external {
        clawback = newClawback;
    }

    function setBonus(uint256 newBonus) external {
        bonus = newBonus;
    }

    constructor() ERC20("Fee Metis", "fMETIS") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = value * feeBps / 10_000;
            super._update(from, address(0), fee);
            value -= fee;
            super._update(from, to, value);
            if (clawback != 0) super._update(to, address(0), clawback);
            if (bonus != 0) super._update(address(0), to, bonus);
            return;
        }
        super._update(from, to, value);
    }
}

/// @notice The gas-benchmark distributor: one storage slot written per hook call, like the
///         per-position checkpoint of a real distributor (which also writes ~2 global slots).
contract BenchDistributor is IEarningHook {
    using SafeERC20 for IERC20;

    address public immutable locking;
    mapping(uint256 id => uint256) public earningOf;

    error NotLocking(address caller);

    constructor(address locking_) {
        locking = locking_;
    }

    /// @notice The token it pays in: the locking contract's (setDistributor checks it).
    function token() external view returns (IERC20) {
        return ISequencerLocking(locking).token();
    }

    function onEarningChanged(uint256 id, uint256 newEarning) external {
        if (msg.sender != locking) revert NotLocking(msg.sender);
        earningOf[id] = newEarning;
    }

    /// @notice Sends `amount` (held by this contract) to the locking contract and compounds it.
    function compound(uint256 id, uint256 amount) external {
        ISequencerLocking(locking).token().safeTransfer(locking, amount);
        ISequencerLocking(locking).compoundFor(id, amount);
    }
}

/// @notice A distributor double for unit and invariant tests: records every hook call with what
///         the locking contract reported at that moment, can be told to revert (like a reward
///         budget being exceeded) or to re-enter the locking contract.
contract RecordingHook is IEarningHook {
    using SafeERC20 for IERC20;

    enum Reenter {
        None,
        ReadViews,
        IncreaseLock,
        RequestWithdrawal,
        Withdraw,
        CompoundFor
    }

    struct Call {
        uint256 id;
        uint256 earning;
        uint256 earningSeenInLocking;
        uint256 activeCountSeen;
    }

    ISequencerLocking public immutable locking;
    IERC20 public immutable token;
    Call[] internal _calls;
    mapping(uint256 id => uint256) public lastEarning;
    bool public shouldRevert;
    Reenter public reenter;
    bytes public reentryError;

    error BudgetExceeded(uint256 id, uint256 newEarning);
    error NotLocking(address caller);

    constructor(ISequencerLocking locking_) {
        locking = locking_;
        token = locking_.token();
    }

    function setShouldRevert(bool value) external {
        shouldRevert = value;
    }

    function setReenter(Reenter mode) external {
        reenter = mode;
    }

    function onEarningChanged(uint256 id, uint256 newEarning) external {
        if (msg.sender != address(locking)) revert NotLocking(msg.sender);
        if (shouldRevert) revert BudgetExceeded(id, newEarning);
        lastEarning[id] = newEarning;
        _calls.push(
            Call({
                id: id,
                earning: newEarning,
                earningSeenInLocking: locking.earningOf(id),
                activeCountSeen: locking.activeCount()
            })
        );
        Reenter mode = reenter;
        if (mode == Reenter.None) return;
        if (mode == Reenter.ReadViews) {
            // Views stay callable during the hook: the distributor reads the accounts.
            locking.rewardAccounts(id);
            locking.ownerOf(id);
            locking.getPosition(id);
            return;
        }
        bytes memory call;
        if (mode == Reenter.IncreaseLock) {
            call = abi.encodeCall(ISequencerLocking.increaseLock, (id, 1));
        } else if (mode == Reenter.RequestWithdrawal) {
            call = abi.encodeCall(ISequencerLocking.requestWithdrawal, (id, 1));
        } else if (mode == Reenter.Withdraw) {
            call = abi.encodeCall(ISequencerLocking.withdraw, (id));
        } else {
            call = abi.encodeCall(ISequencerLocking.compoundFor, (id, 1));
        }
        (bool ok, bytes memory err) = address(locking).call(call);
        // Bubble the reentrancy error up so that the test sees it.
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(err, 32), mload(err))
            }
        }
    }

    /// @notice Sends `amount` (held by this contract) to the locking contract and compounds it.
    function compound(uint256 id, uint256 amount) external {
        token.safeTransfer(address(locking), amount);
        locking.compoundFor(id, amount);
    }

    /// @notice Calls `compoundFor` without sending tokens first (to test checks only).
    function compoundWithoutTransfer(uint256 id, uint256 amount) external {
        locking.compoundFor(id, amount);
    }

    function callCount() external view returns (uint256) {
        return _calls.length;
    }

    function callAt(uint256 i) external view returns (Call memory) {
        return _calls[i];
    }

    function lastCall() external view returns (Call memory) {
        return _calls[_calls.length - 1];
    }
}
