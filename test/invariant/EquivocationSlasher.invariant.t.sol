// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {LockingMiningFixture} from "../utils/LockingMiningFixture.sol";
import {EquivocationSlasherHandler} from "./handlers/EquivocationSlasherHandler.sol";

/// @notice Invariants of the equivocation slasher on the real locking contract (issue 20),
///         under random evidence by current and rotated-out keys, withdrawals, unjails and
///         time: no offence is slashed twice, every slash stays within the cap, a position is
///         slashed at most once per evidence window, the reporter and the treasury get exactly
///         the slash, and the slasher keeps nothing.
contract EquivocationSlasherInvariantTest is LockingMiningFixture {
    EquivocationSlasher internal slasher;
    EquivocationSlasherHandler internal handler;

    function setUp() public {
        _deployPair();
        _fund(10_000_000e18);
        _start(T0);
        slasher = new EquivocationSlasher(locking, gov, "metis-sequencer-1", 500, 1000, 7 days);
        vm.prank(gov);
        locking.setSlasher(address(slasher));
        uint256[] memory keys = new uint256[](3);
        uint256[] memory ids = new uint256[](3);
        for (uint256 i; i < 3; ++i) {
            address owner = makeAddr(string.concat("operator", vm.toString(i)));
            _prepare(owner, 60_000e18);
            keys[i] = nodeKey(100 + i);
            bytes memory proof = proofFor(locking, keys[i], owner);
            vm.prank(owner);
            ids[i] = locking.lock(pubkeyOf(keys[i]), proof, 60_000e18);
        }
        vm.warp(T0 + 30 days);
        handler = new EquivocationSlasherHandler(locking, slasher, token, gov, keys, ids);
        bytes4[] memory selectors = new bytes4[](7);
        selectors[0] = handler.submit.selector;
        selectors[1] = handler.submit.selector;
        selectors[2] = handler.submit.selector;
        selectors[3] = handler.rotate.selector;
        selectors[4] = handler.requestWithdrawal.selector;
        selectors[5] = handler.unjail.selector;
        selectors[6] = handler.warp.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_noOffenceSlashedTwice() public view {
        assertFalse(handler.ghostOffenceTwice(), "an offence slashed twice");
    }

    function invariant_slashesWithinTheCap() public view {
        assertFalse(handler.ghostAboveCap(), "a slash above 10% of principal + pending");
    }

    function invariant_onceAPositionPerWindow() public view {
        assertFalse(handler.ghostTwiceInAWindow(), "a position slashed twice within the window");
        assertFalse(handler.ghostTailSlashed(), "an incident's tail slashed again");
    }

    function invariant_theSlashIsSplitExactly() public view {
        assertFalse(handler.ghostSplitWrong(), "reporter + treasury != slash");
        assertEq(token.balanceOf(address(slasher)), 0, "the slasher keeps nothing");
    }

    /// @notice The handler reaches what it must: slashes happen.
    function test_handler_slashesAndRefuses() public {
        // seed: height 10, prevote, round 0, blocks 0 and 1
        handler.submit(0, 9 | (uint256(1) << 40), 0);
        assertEq(handler.ghostSlashes(), 1, "one slash");
        uint256 first = locking.signerToId(vm.addr(nodeKey(100)));
        vm.expectRevert(
            abi.encodeWithSelector(
                EquivocationSlasher.SlashedRecently.selector, first, block.timestamp + 7 days
            )
        );
        handler.submit(0, 10 | (uint256(1) << 40), 0); // the same position, within the window
        vm.expectRevert(EquivocationSlasher.NotConflicting.selector);
        handler.submit(2, 10, 0); // the same block twice: no conflict
        handler.rotate(1);
        handler.submit(1, 11 | (uint256(1) << 16) | (uint256(2) << 32) | (uint256(3) << 40), 0); // the key rotated out
        assertEq(handler.ghostSlashes(), 2, "two positions slashed");
        handler.warp(5 days);
        handler.warp(3 days);
        handler.submit(0, 12 | (uint256(1) << 24) | (uint256(2) << 40), 0); // a new window
        assertEq(handler.ghostSlashes(), 3, "again after the window");
        invariant_noOffenceSlashedTwice();
        invariant_slashesWithinTheCap();
        invariant_onceAPositionPerWindow();
        invariant_theSlashIsSplitExactly();
    }
}
