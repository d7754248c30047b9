// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {PossessionProofs} from "../utils/PossessionProofs.sol";
import {BenchDistributor} from "../utils/SequencerLockingMocks.sol";
import {Test} from "../utils/Test.sol";

/// @notice Gas of each user operation with 1, 10 and 100 positions already active.
/// @dev Method of /work/shared/PEERS.md: `forge snapshot --isolate --match-path 'test/gas/*'`
///      (every top-level call is its own transaction, so every account and slot starts cold),
///      and `vm.lastCallGas().gasTotalUsed` right after the measured call. The distributor is
///      `BenchDistributor`, which writes one storage slot per hook call (a real distributor writes
///      about one slot per position plus two global ones). Owners keep a token balance and a
///      finite allowance, so no refund flatters the figures. Nothing is asserted about gas; each
///      test asserts that the operation succeeded. Run with `-vv` to print the figures as logs.
contract SequencerLockingGasTest is Test, PossessionProofs {
    /// @dev ds-test style log event: forge prints it under `Logs:` with `-vv`.
    event log_named_uint(string key, uint256 val);

    uint256 internal constant AMOUNT = 50_000e18;
    uint256 internal constant FUNDS = 1_000_000e18;

    MockMetis internal token;
    SequencerLocking internal locking;
    BenchDistributor internal distributor;
    address internal operator;
    uint256 internal keyIndex;

    function setUp() public {
        vm.warp(1_700_000_000);
        token = new MockMetis();
        locking = new SequencerLocking(token, address(this), makeAddr("treasury"), makeAddr("guardian"));
        distributor = new BenchDistributor(address(locking));
        locking.setDistributor(address(distributor));
        locking.setMaxSequencers(1000);
        operator = makeAddr("operator");
        _fund(operator);
    }

    // ------------------------------------------------------------------ helpers

    function _fund(address who) internal {
        locking.setWhitelisted(who, true);
        token.mint(who, FUNDS);
        vm.prank(who);
        token.approve(address(locking), FUNDS);
    }

    function _lockAs(address who) internal returns (uint256 id) {
        uint256 pk = nodeKey(keyIndex++);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, who);
        vm.prank(who);
        id = locking.lock(pubkey, proof, AMOUNT);
    }

    /// @dev `n` positions of `n` other operators, all active; warped a day.
    function _populate(uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast) -- small constant + loop index
            address other = address(uint160(0x10000 + i));
            _fund(other);
            _lockAs(other);
        }
        vm.warp(block.timestamp + 1 days);
    }

    function _report(string memory operation, uint256 n) internal returns (uint256 gas) {
        gas = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(string.concat(operation, " with ", vm.toString(n)), gas);
    }

    // ------------------------------------------------------------------ measured operations

    /// @dev The measured keys are fixed so that calldata (hence gas) does not vary with `n`.
    uint256 internal constant MEASURED_KEY = 1_000_000;

    function _lock(uint256 n) internal {
        _populate(n);
        uint256 pk = nodeKey(MEASURED_KEY);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, operator);
        vm.prank(operator);
        uint256 id = locking.lock(pubkey, proof, AMOUNT);
        _report("lock", n);
        assertEq(locking.activeCount(), n + 1, "joined");
        assertEq(distributor.earningOf(id), AMOUNT, "hook");
    }

    function _lockPermissionless(uint256 n) internal {
        _populate(n);
        locking.setPermissionless(true);
        address stranger = makeAddr("stranger");
        token.mint(stranger, FUNDS);
        vm.prank(stranger);
        token.approve(address(locking), FUNDS);
        uint256 pk = nodeKey(MEASURED_KEY);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, stranger);
        vm.prank(stranger);
        locking.lock(pubkey, proof, AMOUNT);
        _report("lock (permissionless, first lock of the account)", n);
        assertEq(locking.activeCount(), n + 1, "joined");
    }

    function _increaseLock(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        vm.prank(operator);
        locking.increaseLock(id, 1000e18);
        _report("increaseLock", n);
        assertEq(locking.getPosition(id).amount, AMOUNT + 1000e18, "increased");
    }

    function _requestPartial(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        vm.prank(operator);
        locking.requestWithdrawal(id, 10_000e18);
        _report("requestWithdrawal (partial)", n);
        assertEq(locking.getPosition(id).pendingWithdrawal, 10_000e18, "pending");
    }

    function _requestFull(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        vm.prank(operator);
        locking.requestWithdrawal(id, AMOUNT);
        _report("requestWithdrawal (full)", n);
        assertEq(
            uint256(locking.getPosition(id).status), uint256(ISequencerLocking.Status.Unlocking), "unlocking"
        );
    }

    function _withdrawFull(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        vm.prank(operator);
        locking.requestWithdrawal(id, AMOUNT);
        vm.warp(block.timestamp + 21 days);
        vm.prank(operator);
        locking.withdraw(id);
        _report("withdraw (after a full request)", n);
        assertEq(uint256(locking.getPosition(id).status), uint256(ISequencerLocking.Status.Exited), "exited");
    }

    function _withdrawPartial(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        vm.prank(operator);
        locking.requestWithdrawal(id, 10_000e18);
        vm.warp(block.timestamp + 21 days);
        vm.prank(operator);
        locking.withdraw(id);
        _report("withdraw (after a partial request)", n);
        assertEq(locking.getPosition(id).pendingWithdrawal, 0, "paid");
    }

    function _compound(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        token.mint(address(distributor), 100e18);
        distributor.compound(id, 100e18);
        _report("compound via distributor (transfer + compoundFor)", n);
        assertEq(locking.getPosition(id).amount, AMOUNT + 100e18, "compounded");
    }

    function _updateSigner(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        uint256 pk = nodeKey(MEASURED_KEY);
        bytes memory pubkey = pubkeyOf(pk);
        bytes memory proof = proofFor(locking, pk, operator);
        vm.prank(operator);
        locking.updateSigner(id, pubkey, proof);
        _report("updateSigner", n);
        assertEq(locking.signerToId(signerOfKey(pubkey)), id, "rotated");
    }

    function _slash(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        locking.slash(id, 1000e18, "double signing");
        _report("slash (governance)", n);
        assertEq(locking.getPosition(id).amount, AMOUNT - 1000e18, "slashed");
    }

    function _jail(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        locking.jail(id);
        _report("jail (governance)", n);
        assertEq(locking.earningOf(id), 0, "jailed");
    }

    function _setRewardRecipient(uint256 n) internal {
        _populate(n);
        uint256 id = _lockAs(operator);
        vm.prank(operator);
        locking.setRewardRecipient(id, address(0xBEEF));
        _report("setRewardRecipient", n);
        (, address recipient) = locking.rewardAccounts(id);
        assertEq(recipient, address(0xBEEF), "recipient");
    }

    // ------------------------------------------------------------------ 1 / 10 / 100

    function test_gas_lock_with1() public {
        _lock(1);
    }

    function test_gas_lock_with10() public {
        _lock(10);
    }

    function test_gas_lock_with100() public {
        _lock(100);
    }

    function test_gas_lockPermissionless_with1() public {
        _lockPermissionless(1);
    }

    function test_gas_lockPermissionless_with100() public {
        _lockPermissionless(100);
    }

    function test_gas_increaseLock_with1() public {
        _increaseLock(1);
    }

    function test_gas_increaseLock_with10() public {
        _increaseLock(10);
    }

    function test_gas_increaseLock_with100() public {
        _increaseLock(100);
    }

    function test_gas_requestWithdrawalPartial_with1() public {
        _requestPartial(1);
    }

    function test_gas_requestWithdrawalPartial_with10() public {
        _requestPartial(10);
    }

    function test_gas_requestWithdrawalPartial_with100() public {
        _requestPartial(100);
    }

    function test_gas_requestWithdrawalFull_with1() public {
        _requestFull(1);
    }

    function test_gas_requestWithdrawalFull_with10() public {
        _requestFull(10);
    }

    function test_gas_requestWithdrawalFull_with100() public {
        _requestFull(100);
    }

    function test_gas_withdrawFull_with1() public {
        _withdrawFull(1);
    }

    function test_gas_withdrawFull_with10() public {
        _withdrawFull(10);
    }

    function test_gas_withdrawFull_with100() public {
        _withdrawFull(100);
    }

    function test_gas_withdrawPartial_with1() public {
        _withdrawPartial(1);
    }

    function test_gas_withdrawPartial_with100() public {
        _withdrawPartial(100);
    }

    function test_gas_compound_with1() public {
        _compound(1);
    }

    function test_gas_compound_with100() public {
        _compound(100);
    }

    function test_gas_updateSigner_with1() public {
        _updateSigner(1);
    }

    function test_gas_updateSigner_with100() public {
        _updateSigner(100);
    }

    function test_gas_slash_with1() public {
        _slash(1);
    }

    function test_gas_slash_with100() public {
        _slash(100);
    }

    function test_gas_jail_with1() public {
        _jail(1);
    }

    function test_gas_jail_with100() public {
        _jail(100);
    }

    function test_gas_setRewardRecipient_with1() public {
        _setRewardRecipient(1);
    }

    function test_gas_setRewardRecipient_with100() public {
        _setRewardRecipient(100);
    }

    /// @dev The view consensus nodes read the set with: an `eth_call` nobody pays for, but nodes
    ///      cap a call's gas (geth: 50M by default), so its cost bounds the set a node can read
    ///      in one call. Every slot cold, as in a fresh `eth_call`.
    function _activeSequencers(uint256 n) internal {
        _populate(n);
        ISequencerLocking.ActiveSequencer[] memory set = locking.activeSequencers();
        _report("activeSequencers (view)", n);
        assertEq(set.length, n, "the whole set");
    }

    function test_gas_activeSequencers_with100() public {
        _activeSequencers(100);
    }

    function test_gas_activeSequencers_with1000() public {
        _activeSequencers(1000);
    }

    /// @dev The same read in ranges of 250 ids, each a call of its own (every slot cold): what a
    ///      node pays per call when the whole set no longer fits in one.
    function test_gas_activeSequencersIn_1000In250s() public {
        _populate(1000);
        uint256 total;
        for (uint256 from = 1; from <= 1000; from += 250) {
            total += locking.activeSequencersIn(from, from + 250).length;
            _report("activeSequencersIn, 250 ids (view)", 1000);
        }
        assertEq(total, 1000, "the whole set");
    }
}
