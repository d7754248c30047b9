// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../../contracts/GrantEscrow.sol";
import {SequencerLocking} from "../../contracts/SequencerLocking.sol";
import {SequencerMining} from "../../contracts/SequencerMining.sol";
import {ISequencerLocking} from "../../contracts/interfaces/ISequencerLocking.sol";
import {SequencerVault} from "../../contracts/lst/SequencerVault.sol";
import {EquivocationSlasher} from "../../contracts/slashing/EquivocationSlasher.sol";
import {Deploy} from "../../script/Deploy.s.sol";
import {Test} from "../utils/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @notice The deploy script's logic, as governance will run it: every address, owner,
///         parameter, role and wiring, and the checks that stop a bad configuration.
contract DeployScriptTest is Test {
    Deploy internal script;
    address internal deployer;
    address internal multisig;
    address internal executor;
    address internal guardian;

    function setUp() public {
        script = new Deploy();
        deployer = makeAddr("deployer");
        multisig = makeAddr("multisig");
        executor = makeAddr("executor");
        guardian = makeAddr("guardian");
        vm.chainId(11_155_111);
        vm.warp(1_764_000_000); // a realistic clock (the timelock reads timestamp 1 as "done")
    }

    function _config() internal view returns (Deploy.Config memory c) {
        c = script.readConfig(deployer);
        c.proposers = new address[](1);
        c.proposers[0] = multisig;
        c.executors = new address[](1);
        c.executors[0] = executor;
        c.guardian = guardian;
        c.timelockDelay = 3 days;
        c.minLock = 25_000e18;
        c.maxLock = 90_000e18;
        c.maxSequencers = 21;
        c.unlockDelay = 14 days;
    }

    function test_deploy_wiresEverythingAndHandsItToTheTimelock() public {
        Deploy.Config memory c = _config();
        Deploy.Deployment memory d = _deployAsDeployer(c);
        TimelockController t = d.timelock;

        assertTrue(d.testToken, "TestMetis on a test chain");
        assertEq(address(d.locking.token()), address(d.token), "locking token");
        assertEq(address(d.mining.token()), address(d.token), "mining token");
        assertEq(address(d.grants.TOKEN()), address(d.token), "grants token");
        assertEq(address(d.mining.locking()), address(d.locking), "mining -> locking");
        assertEq(d.locking.distributor(), address(d.mining), "locking -> mining");

        assertEq(d.locking.owner(), address(t), "locking owned by the timelock");
        assertEq(d.mining.owner(), address(t), "mining owned by the timelock");
        assertEq(d.grants.owner(), address(t), "grants owned by the timelock");
        assertEq(d.locking.pendingOwner(), address(0), "no pending owner left");
        assertEq(d.mining.pendingOwner(), address(0), "no pending owner left");

        assertEq(d.locking.minLock(), 25_000e18, "minLock");
        assertEq(d.locking.maxLock(), 90_000e18, "maxLock");
        assertEq(d.locking.maxSequencers(), 21, "maxSequencers");
        assertEq(d.locking.unlockDelay(), 14 days, "unlockDelay");
        assertEq(d.locking.guardian(), guardian, "guardian");
        assertEq(d.locking.treasury(), address(t), "treasury defaults to the timelock");
        assertEq(d.grants.POOL(), 220_000e18, "grant pool");

        assertEq(t.getMinDelay(), 3 days, "timelock delay");
        assertTrue(t.hasRole(t.PROPOSER_ROLE(), multisig), "multisig proposes");
        assertTrue(t.hasRole(t.CANCELLER_ROLE(), multisig), "multisig cancels");
        assertTrue(t.hasRole(t.EXECUTOR_ROLE(), executor), "executor executes");
        assertFalse(t.hasRole(t.PROPOSER_ROLE(), deployer), "deployer keeps no proposer role");
        assertFalse(t.hasRole(t.CANCELLER_ROLE(), deployer), "deployer keeps no canceller role");
        assertFalse(t.hasRole(t.EXECUTOR_ROLE(), deployer), "deployer keeps no executor role");
        assertFalse(t.hasRole(t.DEFAULT_ADMIN_ROLE(), deployer), "deployer keeps no admin role");
        assertTrue(t.hasRole(t.DEFAULT_ADMIN_ROLE(), address(t)), "the timelock administers itself");
    }

    function test_deploy_withoutAVaultByDefault() public {
        Deploy.Deployment memory d = _deployAsDeployer(_config());
        assertEq(d.vault, address(0), "no vault unless DEPLOY_VAULT");
    }

    function test_deploy_aVaultAdministeredByTheTimelock() public {
        Deploy.Config memory c = _config();
        address allocator = makeAddr("allocator");
        c.vault = true;
        c.vaultAllocator = allocator;
        c.vaultCommissionBps = 800;
        Deploy.Deployment memory d = _deployAsDeployer(c);
        SequencerVault v = SequencerVault(d.vault);
        assertEq(v.asset(), address(d.token), "the locked token");
        assertEq(address(v.LOCKING()), address(d.locking), "the locking contract");
        assertEq(address(v.MINING()), address(d.mining), "the distributor");
        assertTrue(d.locking.whitelisted(address(v)), "whitelisted");
        assertTrue(v.hasRole(v.DEFAULT_ADMIN_ROLE(), address(d.timelock)), "the timelock administers it");
        assertFalse(v.hasRole(v.DEFAULT_ADMIN_ROLE(), deployer), "not the deployer");
        assertTrue(v.hasRole(v.ALLOCATOR_ROLE(), allocator), "the allocator");
        (uint256 bps,,) = v.commission();
        assertEq(bps, 800, "the commission");
        assertEq(v.symbol(), "stMETIS", "default symbol");
    }

    /// @notice DEPLOY_SLASHER: the equivocation slasher, governed by the timelock, holds the
    ///         locking contract's slasher role; it needs the L2's chain id.
    function test_deploy_aSlasherWithTheRole() public {
        Deploy.Config memory c = _config();
        assertEq(_deployAsDeployer(c).slasher, address(0), "none by default");
        c.slasher = true;
        vm.expectRevert(abi.encodeWithSelector(Deploy.ParameterRequired.selector, "L2_CHAIN_ID"));
        script.check(c);
        c.l2ChainId = "metis-sequencer-1";
        c.slashBps = 300;
        c.reporterBps = 2000;
        c.maxEvidenceAge = 5 days;
        Deploy.Deployment memory d = _deployAsDeployer(c);
        EquivocationSlasher s = EquivocationSlasher(d.slasher);
        assertEq(d.locking.slasher(), d.slasher, "the role");
        assertEq(s.owner(), address(d.timelock), "governed by the timelock");
        assertEq(address(s.LOCKING()), address(d.locking), "over the locking contract");
        assertEq(s.chainId(), bytes("metis-sequencer-1"), "the chain id");
        (uint256 slashBps, uint256 reporterBps, uint256 age) = s.params();
        assertEq(slashBps, 300);
        assertEq(reporterBps, 2000);
        assertEq(age, 5 days);
    }

    function test_RevertWhen_productionVaultWithoutAnAllocator() public {
        Deploy.Config memory c = script.readConfig(deployer, true);
        c.token = address(new GrantEscrowTokenStub());
        c.guardian = guardian;
        c.timelockDelay = 2 days;
        c.vault = true;
        c.proposers[0] = multisig;
        vm.expectRevert(abi.encodeWithSelector(Deploy.VaultAllocatorRequired.selector, "VAULT_ALLOCATOR"));
        script.check(c);
        c.vaultAllocator = deployer;
        vm.expectRevert(abi.encodeWithSelector(Deploy.VaultAllocatorRequired.selector, "VAULT_ALLOCATOR"));
        script.check(c);
    }

    function test_timelock_refusesNonProposersAndEarlyExecution() public {
        Deploy.Deployment memory d = _deployAsDeployer(_config());
        TimelockController t = d.timelock;
        bytes memory data = abi.encodeCall(SequencerLocking.setPermissionless, (true));

        vm.expectRevert(
            abi.encodeWithSignature(
                "AccessControlUnauthorizedAccount(address,bytes32)", deployer, t.PROPOSER_ROLE()
            )
        );
        vm.prank(deployer);
        t.schedule(address(d.locking), 0, data, bytes32(0), bytes32(0), 3 days);

        vm.prank(multisig);
        t.schedule(address(d.locking), 0, data, bytes32(0), bytes32(0), 3 days);
        bytes32 id = t.hashOperation(address(d.locking), 0, data, bytes32(0), bytes32(0));

        vm.warp(block.timestamp + 3 days - 1);
        vm.expectRevert(
            abi.encodeWithSignature(
                "TimelockUnexpectedOperationState(bytes32,bytes32)", id, bytes32(uint256(1) << 2)
            )
        );
        vm.prank(executor);
        t.execute(address(d.locking), 0, data, bytes32(0), bytes32(0));
        assertFalse(d.locking.permissionless(), "still permissioned before the delay");

        vm.warp(block.timestamp + 1);
        vm.prank(executor);
        t.execute(address(d.locking), 0, data, bytes32(0), bytes32(0));
        assertTrue(d.locking.permissionless(), "executed after the delay");

        // Nobody but the timelock governs the contracts.
        vm.expectRevert(abi.encodeWithSignature("OwnableUnauthorizedAccount(address)", deployer));
        vm.prank(deployer);
        d.locking.setPermissionless(false);
    }

    function test_deploy_usesAGivenToken() public {
        Deploy.Config memory c = _config();
        c.token = address(new GrantEscrowTokenStub());
        Deploy.Deployment memory d = _deployAsDeployer(c);
        assertFalse(d.testToken, "no TestMetis when a token is given");
        assertEq(address(d.token), c.token, "the given token");
    }

    function test_RevertWhen_timelockNotFasterThanExits() public {
        Deploy.Config memory c = _config();
        c.timelockDelay = c.unlockDelay;
        vm.expectRevert(
            abi.encodeWithSelector(
                Deploy.TimelockDelayNotBelowUnlockDelay.selector, c.unlockDelay, c.unlockDelay
            )
        );
        script.check(c);
    }

    function test_RevertWhen_noTokenOnAChainOfRealValue() public {
        Deploy.Config memory c = _config();
        vm.chainId(1);
        c = script.readConfig(deployer);
        c.proposers = _config().proposers;
        c.guardian = guardian;
        vm.expectRevert(abi.encodeWithSelector(Deploy.TokenRequired.selector, "METIS_TOKEN"));
        script.check(c);
        // PRODUCTION=true on a testnet: the same.
        vm.chainId(11_155_111);
        c = _config();
        c.production = true;
        vm.expectRevert(abi.encodeWithSelector(Deploy.TokenRequired.selector, "METIS_TOKEN"));
        script.check(c);
        c.token = address(new GrantEscrowTokenStub());
        script.check(c);
    }

    function test_RevertWhen_productionProposerIsTheDeployer() public {
        Deploy.Config memory c = _config();
        c.production = true;
        c.token = address(new GrantEscrowTokenStub());
        c.proposers = new address[](2);
        c.proposers[0] = multisig;
        c.proposers[1] = deployer;
        vm.expectRevert(
            abi.encodeWithSelector(Deploy.ProposerIsDeployer.selector, "TIMELOCK_PROPOSERS", deployer)
        );
        script.check(c);
        c.proposers = _config().proposers;
        script.check(c);
        // Elsewhere the deployer may propose (the rehearsals do).
        c.production = false;
        c.proposers[0] = deployer;
        script.check(c);
    }

    function test_RevertWhen_tokenHasNoCode() public {
        Deploy.Config memory c = _config();
        c.token = makeAddr("not a token");
        vm.expectRevert(abi.encodeWithSelector(Deploy.TokenHasNoCode.selector, c.token));
        script.check(c);
    }

    /// @dev The contracts judge their own settings while the script is simulated: the
    ///      script repeats none of their rules, and a refused setting stops it with the
    ///      contract's own error.
    function test_RevertWhen_lockLimitsRefusedByTheContract() public {
        Deploy.Config memory c = _config();
        c.minLock = c.maxLock + 1;
        _expectDeployRevert(
            c, abi.encodeWithSelector(ISequencerLocking.InvalidLockLimits.selector, c.minLock, c.maxLock)
        );
        c = _config();
        c.minLock = 0.5e18;
        _expectDeployRevert(
            c, abi.encodeWithSelector(ISequencerLocking.InvalidLockLimits.selector, c.minLock, c.maxLock)
        );
    }

    function test_RevertWhen_unlockDelayRefusedByTheContract() public {
        Deploy.Config memory c = _config();
        c.unlockDelay = 91 days;
        c.timelockDelay = 1 days;
        _expectDeployRevert(
            c,
            abi.encodeWithSelector(
                ISequencerLocking.UnlockDelayOutOfBounds.selector, 91 days, 1 days, 90 days
            )
        );
    }

    function test_RevertWhen_proposerIsZero() public {
        Deploy.Config memory c = _config();
        c.proposers[0] = address(0);
        vm.expectRevert(Deploy.InvalidProposers.selector);
        script.check(c);
    }

    function test_RevertWhen_noExecutors() public {
        Deploy.Config memory c = _config();
        c.executors = new address[](0);
        vm.expectRevert(Deploy.InvalidExecutors.selector);
        script.check(c);
    }

    function test_RevertWhen_zeroCapOrPool() public {
        Deploy.Config memory c = _config();
        c.maxSequencers = 0;
        _expectDeployRevert(c, abi.encodeWithSelector(ISequencerLocking.InvalidMaxSequencers.selector, 0, 0));
        c = _config();
        c.grantPool = 0;
        vm.expectRevert(abi.encodeWithSelector(Deploy.ZeroParameter.selector, "GRANT_POOL"));
        script.check(c);
    }

    function test_RevertWhen_productionGuardianUnsetOrTheDeployer() public {
        Deploy.Config memory c = _config();
        c.production = true;
        c.guardian = address(0);
        vm.expectRevert(abi.encodeWithSelector(Deploy.GuardianRequired.selector, "GUARDIAN"));
        script.check(c);
        c.guardian = deployer;
        vm.expectRevert(abi.encodeWithSelector(Deploy.GuardianIsDeployer.selector, "GUARDIAN", deployer));
        script.check(c);
        c.guardian = guardian;
        c.token = address(new GrantEscrowTokenStub());
        script.check(c); // a separate guardian passes
    }

    function test_RevertWhen_productionTimelockDelayBelowADay() public {
        Deploy.Config memory c = _config();
        c.production = true;
        c.timelockDelay = 0;
        vm.expectRevert(
            abi.encodeWithSelector(Deploy.TimelockDelayTooShort.selector, "TIMELOCK_DELAY", 0, 1 days)
        );
        script.check(c);
        c.timelockDelay = 1 days - 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                Deploy.TimelockDelayTooShort.selector, "TIMELOCK_DELAY", 1 days - 1, 1 days
            )
        );
        script.check(c);
        c.timelockDelay = 1 days;
        c.token = address(new GrantEscrowTokenStub());
        script.check(c);
    }

    function test_readConfig_mainnetIsProductionAndLeavesTheGuardianUnset() public {
        vm.chainId(1);
        Deploy.Config memory c = script.readConfig(deployer);
        assertTrue(c.production, "mainnet holds real value");
        assertEq(c.guardian, address(0), "no default guardian on mainnet");
        assertEq(c.deployer, deployer, "the deployer is recorded");
        // Elsewhere the deployer stays the default guardian, unless PRODUCTION=true.
        vm.chainId(11_155_111);
        c = script.readConfig(deployer);
        assertFalse(c.production, "a testnet by default");
        assertEq(c.guardian, deployer, "the deployer guards a testnet by default");
        c = script.readConfig(deployer, true);
        assertTrue(c.production, "PRODUCTION=true extends the checks");
        assertEq(c.guardian, address(0), "and leaves the guardian unset");
    }

    function test_RevertWhen_mainnetDefaultsAreUsed() public {
        vm.chainId(1);
        Deploy.Config memory c = script.readConfig(deployer);
        c.token = address(new GrantEscrowTokenStub());
        vm.expectRevert(abi.encodeWithSelector(Deploy.GuardianRequired.selector, "GUARDIAN"));
        script.check(c);
    }

    /// @dev `Deploy.deploy` creates contracts with `new` from the script contract and calls
    ///      them as the script; under --broadcast both come from the deployer's account. In a
    ///      test the script contract itself plays the deployer.
    /// @dev Like `_deployAsDeployer`, expecting `deploy` to revert with `err`.
    function _expectDeployRevert(Deploy.Config memory c, bytes memory err) internal {
        deployer = address(script);
        c = _withProposers(c);
        script.check(c);
        vm.expectRevert(err);
        script.deploy(c, deployer);
    }

    function _deployAsDeployer(Deploy.Config memory c) internal returns (Deploy.Deployment memory) {
        deployer = address(script);
        c = _withProposers(c);
        script.check(c);
        return script.deploy(c, deployer);
    }

    function _withProposers(Deploy.Config memory c) internal view returns (Deploy.Config memory) {
        c.proposers[0] = multisig;
        c.executors[0] = executor;
        return c;
    }
}

/// @dev A contract with code, standing in for an existing METIS token.
contract GrantEscrowTokenStub {
    function balanceOf(address) external pure returns (uint256) {
        return 0;
    }
}
