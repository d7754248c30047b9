// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";

/// @notice Gas of every user operation on the REAL system (SequencerLocking with SequencerMining
///         as its distributor: proof of possession and reward hook included) with 1, 10 and 100
///         active sequencers, each with its own key.
/// @dev Method of /work/shared/PEERS.md: `forge snapshot --isolate --match-path 'test/gas/*'` (or
///      `forge test --isolate --match-path test/gas/System.gas.t.sol -vv` to print the figures):
///      every top-level call is its own transaction, every account and slot starts cold, and
///      `vm.lastCallGas().gasTotalUsed` right after the measured call is what a receipt shows.
///      The program runs (30 days in); the measured operator has locked and claimed before (its
///      position, nonce and token balance are non-zero slots), keeps a token balance and a finite
///      allowance, so no refund or skipped allowance write flatters the figures. Nothing is
///      asserted about the figures; each test asserts that the operation succeeded.
contract SystemGasTest is LockingMiningFixture {
    /// @dev ds-test style log: forge prints it under `Logs:` with `-vv`.
    event log_named_uint(string key, uint256 val);

    uint256 internal constant AMOUNT = 50_000e18;
    uint256 internal constant FUNDS = 1_000_000e18;
    uint256 internal constant START = T0 + 1 days;
    /// @dev Keys of the measured locks and rotations: fixed, so calldata does not vary with N.
    uint256 internal constant MEASURED_KEY = 1_000_000;

    address internal operator;
    address internal newcomer;
    uint256 internal id; // the operator's position

    function setUp() public {
        _deployPair();
        _fund(10_000_000e18);
        _start(START);
        operator = makeAddr("operator");
        newcomer = makeAddr("newcomer");
        _account(operator);
        _account(newcomer);
    }

    // ------------------------------------------------------------------ set-up helpers

    /// @dev Whitelisted, funded, with a finite allowance.
    function _account(address who) internal {
        vm.prank(gov);
        locking.setWhitelisted(who, true);
        token.mint(who, FUNDS);
        vm.prank(who);
        token.approve(address(locking), FUNDS);
    }

    function _lockAs(address who) internal returns (uint256 newId) {
        (bytes memory pubkey, bytes memory proof) = _newKey(who);
        vm.prank(who);
        newId = locking.lock(pubkey, proof, AMOUNT);
    }

    /// @dev `n` active sequencers, the operator's among them; 30 days in, the operator claimed
    ///      once; a day later.
    function _populate(uint256 n) internal {
        id = _lockAs(operator);
        for (uint256 i = 1; i < n; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast) small constant + loop index
            address other = address(uint160(0x10000 + i));
            _account(other);
            _lockAs(other);
        }
        vm.warp(START + 30 days);
        vm.prank(operator);
        mining.claim(id, address(0));
        vm.warp(START + 31 days);
        assertEq(locking.activeCount(), n, "n active");
        _programs();
    }

    function _report(string memory operation, uint256 n) internal returns (uint256 gasUsed) {
        gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(string.concat(operation, " with ", vm.toString(n)), gasUsed);
    }

    function _measuredKey(address owner) internal returns (bytes memory pubkey, bytes memory proof) {
        uint256 pk = nodeKey(MEASURED_KEY);
        pubkey = pubkeyOf(pk);
        proof = proofFor(locking, pk, owner);
    }

    /// @dev More programs around the measured operation. `queued` false: four more programs of
    ///      7 days after the first year, and the time moved into the fifth (the operator's last
    ///      checkpoint is back in the first). `queued` true: two programs scheduled after the
    ///      first, none started (the most a transaction walks back over).
    uint256 internal laterPrograms;
    bool internal laterQueued;

    function _programs() internal {
        for (uint256 k; k < laterPrograms; ++k) {
            uint256 start = START + 365 days + k * 7 days;
            vm.prank(gov);
            // forge-lint: disable-next-line(unsafe-typecast) small constants
            mining.scheduleProgram(1000 + k, 7 days, uint64(start));
            // Started before the next is scheduled: at most two may wait.
            if (!laterQueued) vm.warp(start + 3 days);
        }
    }

    // ------------------------------------------------------------------ measured operations

    /// @dev A new position by a whitelisted operator who has locked (and claimed) before.
    function _lock(uint256 n) internal {
        _populate(n);
        (bytes memory pubkey, bytes memory proof) = _measuredKey(operator);
        vm.prank(operator);
        uint256 newId = locking.lock(pubkey, proof, AMOUNT);
        _report("lock (operator who locked before)", n);
        assertEq(locking.activeCount(), n + 1, "joined");
        assertEq(mining.earningOf(newId), AMOUNT, "hook booked the earning");
    }

    /// @dev A new position by a whitelisted operator's first lock.
    function _lockFirst(uint256 n) internal {
        _populate(n);
        (bytes memory pubkey, bytes memory proof) = _measuredKey(newcomer);
        vm.prank(newcomer);
        uint256 newId = locking.lock(pubkey, proof, AMOUNT);
        _report("lock (first lock of a whitelisted operator)", n);
        assertEq(locking.activeCount(), n + 1, "joined");
        assertEq(mining.earningOf(newId), AMOUNT, "hook booked the earning");
    }

    /// @dev Once permissionless: the first lock of an account that was never whitelisted (its
    ///      nonce slot goes from zero to non-zero).
    function _lockPermissionless(uint256 n) internal {
        _populate(n);
        vm.prank(gov);
        locking.setPermissionless(true);
        address stranger = makeAddr("stranger");
        token.mint(stranger, FUNDS);
        vm.prank(stranger);
        token.approve(address(locking), FUNDS);
        (bytes memory pubkey, bytes memory proof) = _measuredKey(stranger);
        vm.prank(stranger);
        uint256 newId = locking.lock(pubkey, proof, AMOUNT);
        _report("lock (permissionless, first lock of the account)", n);
        assertEq(locking.activeCount(), n + 1, "joined");
        assertEq(mining.earningOf(newId), AMOUNT, "hook booked the earning");
    }

    function _increaseLock(uint256 n) internal {
        _populate(n);
        vm.prank(operator);
        locking.increaseLock(id, 1000e18);
        _report("increaseLock", n);
        assertEq(mining.earningOf(id), AMOUNT + 1000e18, "hook booked the earning");
    }

    /// @dev Once permissionless the whitelist rule reads `permissionless` only, not the owner's
    ///      account slot: the long-run phase pays one cold slot read for the rule, not two.
    function _increaseLockPermissionless(uint256 n) internal {
        _populate(n);
        vm.prank(gov);
        locking.setPermissionless(true);
        vm.prank(operator);
        locking.increaseLock(id, 1000e18);
        _report("increaseLock (permissionless)", n);
        assertEq(mining.earningOf(id), AMOUNT + 1000e18, "hook booked the earning");
    }

    function _updateSigner(uint256 n) internal {
        _populate(n);
        (bytes memory pubkey, bytes memory proof) = _measuredKey(operator);
        vm.prank(operator);
        locking.updateSigner(id, pubkey, proof);
        _report("updateSigner", n);
        assertEq(locking.signerToId(signerOfKey(pubkey)), id, "rotated");
    }

    function _setRewardRecipient(uint256 n) internal {
        _populate(n);
        vm.prank(operator);
        locking.setRewardRecipient(id, address(0xBEEF));
        _report("setRewardRecipient", n);
        (, address recipient) = locking.rewardAccounts(id);
        assertEq(recipient, address(0xBEEF), "recipient");
    }

    function _requestPartial(uint256 n) internal {
        _populate(n);
        vm.prank(operator);
        locking.requestWithdrawal(id, 10_000e18);
        _report("requestWithdrawal (partial)", n);
        assertEq(mining.earningOf(id), AMOUNT - 10_000e18, "hook booked the earning");
    }

    function _requestFull(uint256 n) internal {
        _populate(n);
        vm.prank(operator);
        locking.requestWithdrawal(id, AMOUNT);
        _report("requestWithdrawal (full)", n);
        assertEq(mining.earningOf(id), 0, "stopped earning");
        assertEq(locking.activeCount(), n - 1, "left the set");
    }

    function _withdraw(uint256 n) internal {
        _populate(n);
        vm.prank(operator);
        locking.requestWithdrawal(id, AMOUNT);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vm.prank(operator);
        locking.withdraw(id);
        _report("withdraw (exit, after a full request)", n);
        assertEq(uint256(locking.getPosition(id).status), uint256(ISequencerLocking.Status.Exited), "exited");
    }

    function _withdrawPartial(uint256 n) internal {
        _populate(n);
        vm.prank(operator);
        locking.requestWithdrawal(id, 10_000e18);
        vm.warp(block.timestamp + UNLOCK_DELAY);
        vm.prank(operator);
        locking.withdraw(id);
        _report("withdraw (after a partial request)", n);
        assertEq(locking.getPosition(id).pendingWithdrawal, 0, "paid");
    }

    /// @dev A repeat claim to the owner, who already holds tokens.
    function _claim(uint256 n) internal {
        _populate(n);
        uint256 before = token.balanceOf(operator);
        vm.prank(operator);
        uint256 paid = mining.claim(id, address(0));
        _report("claim (repeat, recipient holds tokens)", n);
        assertGt(paid, 0, "paid");
        assertEq(token.balanceOf(operator), before + paid, "received");
    }

    function _compound(uint256 n) internal {
        _populate(n);
        vm.prank(operator);
        uint256 moved = mining.compound(id);
        _report("compound", n);
        assertGt(moved, 0, "moved");
        assertEq(locking.getPosition(id).amount, AMOUNT + moved, "principal grew");
        assertEq(mining.earningOf(id), AMOUNT + moved, "earning grew");
    }

    function _compoundPermissionless(uint256 n) internal {
        _populate(n);
        vm.prank(gov);
        locking.setPermissionless(true);
        vm.prank(operator);
        uint256 moved = mining.compound(id);
        _report("compound (permissionless)", n);
        assertGt(moved, 0, "moved");
        assertEq(locking.getPosition(id).amount, AMOUNT + moved, "principal grew");
    }

    function _jail(uint256 n) internal {
        _populate(n);
        vm.prank(guardian);
        locking.jail(id);
        _report("jail (guardian)", n);
        assertEq(mining.earningOf(id), 0, "stopped earning");
    }

    function _slash(uint256 n) internal {
        _populate(n);
        vm.prank(gov);
        locking.slash(id, 1000e18, "double signing");
        _report("slash (governance)", n);
        assertEq(mining.earningOf(id), AMOUNT - 1000e18, "earning lowered");
        assertEq(token.balanceOf(treasury), 1000e18, "treasury");
    }

    // ------------------------------------------------------------------ 1 / 10 / 100

    function test_gas_lock_1() public {
        _lock(1);
    }

    function test_gas_lock_10() public {
        _lock(10);
    }

    function test_gas_lock_100() public {
        _lock(100);
    }

    function test_gas_lockFirst_1() public {
        _lockFirst(1);
    }

    function test_gas_lockFirst_10() public {
        _lockFirst(10);
    }

    function test_gas_lockFirst_100() public {
        _lockFirst(100);
    }

    function test_gas_lockPermissionless_1() public {
        _lockPermissionless(1);
    }

    function test_gas_lockPermissionless_10() public {
        _lockPermissionless(10);
    }

    function test_gas_lockPermissionless_100() public {
        _lockPermissionless(100);
    }

    function test_gas_increaseLock_1() public {
        _increaseLock(1);
    }

    function test_gas_increaseLock_10() public {
        _increaseLock(10);
    }

    function test_gas_increaseLock_100() public {
        _increaseLock(100);
    }

    function test_gas_increaseLockPermissionless_1() public {
        _increaseLockPermissionless(1);
    }

    function test_gas_increaseLockPermissionless_10() public {
        _increaseLockPermissionless(10);
    }

    function test_gas_increaseLockPermissionless_100() public {
        _increaseLockPermissionless(100);
    }

    function test_gas_updateSigner_1() public {
        _updateSigner(1);
    }

    function test_gas_updateSigner_10() public {
        _updateSigner(10);
    }

    function test_gas_updateSigner_100() public {
        _updateSigner(100);
    }

    function test_gas_setRewardRecipient_1() public {
        _setRewardRecipient(1);
    }

    function test_gas_setRewardRecipient_10() public {
        _setRewardRecipient(10);
    }

    function test_gas_setRewardRecipient_100() public {
        _setRewardRecipient(100);
    }

    function test_gas_requestWithdrawalPartial_1() public {
        _requestPartial(1);
    }

    function test_gas_requestWithdrawalPartial_10() public {
        _requestPartial(10);
    }

    function test_gas_requestWithdrawalPartial_100() public {
        _requestPartial(100);
    }

    function test_gas_requestWithdrawalFull_1() public {
        _requestFull(1);
    }

    function test_gas_requestWithdrawalFull_10() public {
        _requestFull(10);
    }

    function test_gas_requestWithdrawalFull_100() public {
        _requestFull(100);
    }

    function test_gas_withdraw_1() public {
        _withdraw(1);
    }

    function test_gas_withdraw_10() public {
        _withdraw(10);
    }

    function test_gas_withdraw_100() public {
        _withdraw(100);
    }

    function test_gas_withdrawPartial_1() public {
        _withdrawPartial(1);
    }

    function test_gas_withdrawPartial_10() public {
        _withdrawPartial(10);
    }

    function test_gas_withdrawPartial_100() public {
        _withdrawPartial(100);
    }

    function test_gas_claim_1() public {
        _claim(1);
    }

    function test_gas_claim_10() public {
        _claim(10);
    }

    function test_gas_claim_100() public {
        _claim(100);
    }

    function test_gas_compound_1() public {
        _compound(1);
    }

    function test_gas_compound_10() public {
        _compound(10);
    }

    function test_gas_compound_100() public {
        _compound(100);
    }

    function test_gas_compoundPermissionless_1() public {
        _compoundPermissionless(1);
    }

    function test_gas_compoundPermissionless_10() public {
        _compoundPermissionless(10);
    }

    function test_gas_compoundPermissionless_100() public {
        _compoundPermissionless(100);
    }

    function test_gas_jail_1() public {
        _jail(1);
    }

    function test_gas_jail_10() public {
        _jail(10);
    }

    function test_gas_jail_100() public {
        _jail(100);
    }

    function test_gas_slash_1() public {
        _slash(1);
    }

    function test_gas_slash_10() public {
        _slash(10);
    }

    function test_gas_slash_100() public {
        _slash(100);
    }

    // ------------------------------------------------------------------ 5 programs; 2 queued

    function test_gas_lock_1_5programs() public {
        laterPrograms = 4;
        _lock(1);
    }

    function test_gas_increaseLock_1_5programs() public {
        laterPrograms = 4;
        _increaseLock(1);
    }

    function test_gas_increaseLock_100_5programs() public {
        laterPrograms = 4;
        _increaseLock(100);
    }

    function test_gas_claim_1_5programs() public {
        laterPrograms = 4;
        _claim(1);
    }

    function test_gas_compound_1_5programs() public {
        laterPrograms = 4;
        _compound(1);
    }

    function test_gas_requestFull_1_5programs() public {
        laterPrograms = 4;
        _requestFull(1);
    }

    function test_gas_increaseLock_1_2queued() public {
        laterPrograms = 2;
        laterQueued = true;
        _increaseLock(1);
    }

    function test_gas_claim_1_2queued() public {
        laterPrograms = 2;
        laterQueued = true;
        _claim(1);
    }
}
