// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../../contracts/GrantEscrow.sol";
import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {SequencerMining} from "../../contracts/SequencerMining.sol";
import {IGrantEscrow} from "../../contracts/interfaces/IGrantEscrow.sol";
import {ILockingForDistributor} from "../../contracts/interfaces/ILockingView.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {ISequencerMining} from "../../contracts/interfaces/ISequencerMining.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {MockMetis} from "../utils/MockMetis.sol";
import {Test} from "../utils/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice No contract can lose its governance: renounceOwnership always reverts, and only
///         the owner may even try.
contract RenounceDisabledTest is Test {
    address internal gov = address(0x60F);
    MockMetis internal token;
    Ownable[4] internal owned;

    function setUp() public {
        token = new MockMetis();
        SequencerLocking locking = new SequencerLocking(token, gov, address(0x7EA), address(0x6A4D));
        owned[0] = locking;
        owned[1] = new SequencerMining(token, ILockingForDistributor(address(locking)), gov);
        owned[2] = new GrantEscrow(token, gov, 220_000e18);
        owned[3] = new EquivocationSlasher(locking, gov, "metis-sequencer-1", 500, 1000, 7 days);
    }

    function test_RevertWhen_renouncingOwnership() public {
        bytes4[4] memory errors = [
            ISequencerLocking.RenounceDisabled.selector,
            ISequencerMining.RenounceDisabled.selector,
            IGrantEscrow.RenounceDisabled.selector,
            EquivocationSlasher.RenounceDisabled.selector
        ];
        for (uint256 i; i < 4; ++i) {
            vm.expectRevert(errors[i]);
            vm.prank(gov);
            owned[i].renounceOwnership();
            assertEq(owned[i].owner(), gov, "governance kept");
        }
    }

    function test_RevertWhen_strangerRenounces() public {
        for (uint256 i; i < 4; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this))
            );
            owned[i].renounceOwnership();
        }
    }
}
