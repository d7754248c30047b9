// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../contracts/GrantEscrow.sol";
import {SequencerLocking} from "../contracts/SequencerLocking.sol";
import {SequencerMining} from "../contracts/SequencerMining.sol";
import {ILockingForDistributor} from "../contracts/interfaces/ILockingView.sol";
import {EquivocationSlasher} from "../contracts/slashing/EquivocationSlasher.sol";
import {TestMetis} from "../contracts/test/TestMetis.sol";
import {Vm} from "../test/utils/Vm.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Deploy
/// @notice Deploys metis-stake for governance: a TimelockController that owns everything,
///         SequencerLocking, SequencerMining (wired as the locking contract's distributor),
///         GrantEscrow, TestMetis when no token is given on a test chain, and, with
///         DEPLOY_VAULT=true, a reference liquid staking vault (SequencerVault, administered
///         by the timelock, whitelisted in the locking contract), and with DEPLOY_SLASHER=true
///         the equivocation slasher (governed by the timelock, holding the locking contract's
///         slasher role). Writes
///         `deployments/<chainId>.json` for the CLI.
/// @dev Configuration comes from the environment (see README, "Deploying to Sepolia"):
///      METIS_TOKEN, TIMELOCK_DELAY, TIMELOCK_PROPOSERS, TIMELOCK_EXECUTORS, GUARDIAN, TREASURY,
///      MIN_LOCK, MAX_LOCK, MAX_SEQUENCERS, UNLOCK_DELAY, GRANT_POOL, DEPLOY_VAULT, VAULT_NAME,
///      VAULT_SYMBOL, VAULT_COMMISSION_BPS, VAULT_ALLOCATOR, DEPLOY_SLASHER, L2_CHAIN_ID,
///      SLASH_BPS, REPORTER_BPS, MAX_EVIDENCE_AGE, PRODUCTION, GIT_COMMIT,
///      DEPLOYMENTS_OUT, DEPLOYMENTS_DRY_RUN_OUT. The configuration is checked before anything is broadcast.
///
///      On a chain that holds real value (mainnet, or any chain with PRODUCTION=true) no power
///      may stay with the deployer's hot key: GUARDIAN must be given and differ from the
///      deployer (the guardian can jail every sequencer, which halts the L2, and only the
///      timelock can undo it), and TIMELOCK_DELAY must be at least a day.
///
///      Ownership hand-over, all inside this one run: the timelock starts with delay 0 and the
///      deployer as its only proposer, executor and admin; the deployer configures locking and
///      mining, offers their ownership to the timelock (Ownable2Step), and the timelock accepts
///      in one batch that also raises its delay to TIMELOCK_DELAY. Then the real proposers and
///      executors get their roles and the deployer gives up every role it held.
contract Deploy {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant MAINNET = 1;
    /// @notice The shortest timelock delay on a chain that holds real value, in seconds.
    uint256 internal constant MIN_PRODUCTION_DELAY = 1 days;

    struct Config {
        address token;
        uint256 timelockDelay;
        address[] proposers;
        address[] executors;
        address guardian;
        address treasury;
        uint256 minLock;
        uint256 maxLock;
        uint256 maxSequencers;
        uint256 unlockDelay;
        uint256 grantPool;
        /// @dev DEPLOY_VAULT: also deploy a SequencerVault (off by default).
        bool vault;
        string vaultName;
        string vaultSymbol;
        uint256 vaultCommissionBps;
        /// @dev Who may allocate the vault's buffer to positions.
        address vaultAllocator;
        /// @dev DEPLOY_SLASHER: also deploy an EquivocationSlasher and give it the locking
        ///      contract's slasher role (off by default; issue 20).
        bool slasher;
        /// @dev The L2's CometBFT chain id the slasher verifies votes for (L2_CHAIN_ID).
        string l2ChainId;
        uint256 slashBps;
        uint256 reporterBps;
        uint256 maxEvidenceAge;
        /// @dev The account that broadcasts (it keeps no role after the hand-over).
        address deployer;
        /// @dev Mainnet, or PRODUCTION=true: the stricter checks apply.
        bool production;
    }

    struct Deployment {
        TimelockController timelock;
        IERC20 token;
        bool testToken;
        SequencerLocking locking;
        SequencerMining mining;
        GrantEscrow grants;
        /// @dev The SequencerVault; the zero address unless DEPLOY_VAULT.
        address vault;
        /// @dev The EquivocationSlasher; the zero address unless DEPLOY_SLASHER.
        address slasher;
    }

    /// @notice No METIS_TOKEN on a chain of real value (mainnet, or with PRODUCTION=true): a
    ///         faucet token is never deployed there. `name` is the variable to set.
    error TokenRequired(string name);
    /// @notice On a chain of real value the deployer's hot key must not propose to the timelock.
    error ProposerIsDeployer(string name, address deployer);
    /// @notice The timelock must be faster than exits, or a proposed slash could never land.
    error TimelockDelayNotBelowUnlockDelay(uint256 timelockDelay, uint256 unlockDelay);
    /// @notice TIMELOCK_PROPOSERS is empty or holds the zero address.
    error InvalidProposers();
    /// @notice TIMELOCK_EXECUTORS is empty (use 0x0000000000000000000000000000000000000000 for anyone).
    error InvalidExecutors();
    /// @notice A required address is zero.
    error ZeroAddress(string name);
    /// @notice GRANT_POOL is zero.
    error ZeroParameter(string name);
    /// @notice A parameter the chosen options need is missing (variable `name`).
    error ParameterRequired(string name);
    /// @notice METIS_TOKEN has no code on this chain.
    error TokenHasNoCode(address token);
    /// @notice On a chain that holds real value, the variable `name` (GUARDIAN) must be set.
    error GuardianRequired(string name);
    /// @notice On a chain that holds real value, the guardian (variable `name`) must not be the
    ///         deployer's key.
    error GuardianIsDeployer(string name, address deployer);
    /// @notice On a chain that holds real value, the variable `name` (TIMELOCK_DELAY) is
    ///         `delay` seconds, below the `minDelay` seconds required.
    error TimelockDelayTooShort(string name, uint256 delay, uint256 minDelay);
    /// @notice On a chain that holds real value, the vault's allocator (variable `name`) must be
    ///         given, and not be the deployer's key.
    error VaultAllocatorRequired(string name);
    /// @notice The vault's constructor refused its arguments (e.g. a commission above 10%).
    error VaultCreationFailed();

    /// @notice Reads, checks, deploys, hands over and writes the deployments file.
    function run() external returns (Deployment memory d) {
        address deployer = msg.sender;
        Config memory c = readConfig(deployer);
        check(c);
        vm.startBroadcast(deployer);
        d = deploy(c, deployer);
        vm.stopBroadcast();
        write(c, d);
    }

    /// @notice The configuration from the environment, with the documented defaults.
    function readConfig(address deployer) public view returns (Config memory c) {
        return readConfig(deployer, vm.envOr("PRODUCTION", false));
    }

    /// @notice The configuration from the environment, with `productionFlag` standing for the
    ///         PRODUCTION variable (tests pass it: an environment variable set by one test is
    ///         seen by the others, which run at the same time).
    function readConfig(address deployer, bool productionFlag) public view returns (Config memory c) {
        address[] memory me = new address[](1);
        me[0] = deployer;
        c.token = vm.envOr("METIS_TOKEN", address(0));
        c.timelockDelay = vm.envOr("TIMELOCK_DELAY", uint256(2 days));
        c.proposers = vm.envOr("TIMELOCK_PROPOSERS", ",", me);
        c.executors = vm.envOr("TIMELOCK_EXECUTORS", ",", c.proposers);
        c.deployer = deployer;
        c.production = block.chainid == MAINNET || productionFlag;
        // On a chain of real value an unset GUARDIAN stays 0, and `check` refuses it.
        c.guardian = vm.envOr("GUARDIAN", c.production ? address(0) : deployer);
        c.treasury = vm.envOr("TREASURY", address(0)); // 0: the timelock itself
        c.minLock = vm.envOr("MIN_LOCK", uint256(20_000e18));
        c.maxLock = vm.envOr("MAX_LOCK", uint256(100_000e18));
        c.maxSequencers = vm.envOr("MAX_SEQUENCERS", uint256(100));
        c.unlockDelay = vm.envOr("UNLOCK_DELAY", uint256(21 days));
        c.grantPool = vm.envOr("GRANT_POOL", uint256(220_000e18));
        c.vault = vm.envOr("DEPLOY_VAULT", false);
        c.vaultName = vm.envOr("VAULT_NAME", string("Staked Metis"));
        c.vaultSymbol = vm.envOr("VAULT_SYMBOL", string("stMETIS"));
        c.vaultCommissionBps = vm.envOr("VAULT_COMMISSION_BPS", uint256(500));
        c.vaultAllocator = vm.envOr("VAULT_ALLOCATOR", c.production ? address(0) : deployer);
        c.slasher = vm.envOr("DEPLOY_SLASHER", false);
        c.l2ChainId = vm.envOr("L2_CHAIN_ID", string(""));
        c.slashBps = vm.envOr("SLASH_BPS", uint256(500));
        c.reporterBps = vm.envOr("REPORTER_BPS", uint256(1000));
        c.maxEvidenceAge = vm.envOr("MAX_EVIDENCE_AGE", uint256(7 days));
    }

    /// @notice Refuses a configuration that breaks a rule no single contract can see (how the
    ///         contracts, the timelock and the keys fit together), before anything is sent.
    ///         The contracts' own rules (lock limits, cap, unlock delay bounds) are judged by
    ///         the contracts themselves, when `forge script` simulates `deploy`: a refused
    ///         setting reverts with the contract's error and nothing is broadcast.
    function check(Config memory c) public view {
        if (c.token != address(0) && c.token.code.length == 0) revert TokenHasNoCode(c.token);
        if (c.timelockDelay >= c.unlockDelay) {
            revert TimelockDelayNotBelowUnlockDelay(c.timelockDelay, c.unlockDelay);
        }
        if (c.proposers.length == 0) revert InvalidProposers();
        for (uint256 i; i < c.proposers.length; ++i) {
            if (c.proposers[i] == address(0)) revert InvalidProposers();
        }
        if (c.executors.length == 0) revert InvalidExecutors();
        if (c.production) {
            if (c.guardian == address(0)) revert GuardianRequired("GUARDIAN");
            if (c.guardian == c.deployer) revert GuardianIsDeployer("GUARDIAN", c.deployer);
            if (c.timelockDelay < MIN_PRODUCTION_DELAY) {
                revert TimelockDelayTooShort("TIMELOCK_DELAY", c.timelockDelay, MIN_PRODUCTION_DELAY);
            }
            if (_contains(c.proposers, c.deployer)) {
                revert ProposerIsDeployer("TIMELOCK_PROPOSERS", c.deployer);
            }
            if (c.token == address(0)) revert TokenRequired("METIS_TOKEN");
            if (c.vault && (c.vaultAllocator == address(0) || c.vaultAllocator == c.deployer)) {
                revert VaultAllocatorRequired("VAULT_ALLOCATOR");
            }
        }
        if (c.vault && c.vaultAllocator == address(0)) revert ZeroAddress("VAULT_ALLOCATOR");
        if (c.slasher && bytes(c.l2ChainId).length == 0) revert ParameterRequired("L2_CHAIN_ID");
        if (c.guardian == address(0)) revert ZeroAddress("GUARDIAN");
        if (c.grantPool == 0) revert ZeroParameter("GRANT_POOL");
    }

    /// @notice Deploys and wires everything; `deployer` must be the account sending the calls.
    function deploy(Config memory c, address deployer) public returns (Deployment memory d) {
        address[] memory me = new address[](1);
        me[0] = deployer;
        d.timelock = new TimelockController(0, me, me, deployer);
        d.testToken = c.token == address(0);
        d.token = d.testToken ? IERC20(address(new TestMetis())) : IERC20(c.token);
        address treasury = c.treasury == address(0) ? address(d.timelock) : c.treasury;

        d.locking = new SequencerLocking(d.token, deployer, treasury, c.guardian);
        d.mining = new SequencerMining(d.token, ILockingForDistributor(address(d.locking)), deployer);
        d.grants = new GrantEscrow(d.token, address(d.timelock), c.grantPool);

        d.locking.setLockLimits(c.minLock, c.maxLock);
        d.locking.setMaxSequencers(c.maxSequencers);
        d.locking.setUnlockDelay(c.unlockDelay);
        d.locking.setDistributor(address(d.mining));
        if (c.vault) d.vault = _deployVault(c, d, deployer);
        if (c.slasher) {
            // Its own checks (the fractions, the age against the unlock delay, the chain id)
            // revert the simulation when refused.
            d.slasher = address(
                new EquivocationSlasher(
                    d.locking,
                    address(d.timelock),
                    bytes(c.l2ChainId),
                    c.slashBps,
                    c.reporterBps,
                    c.maxEvidenceAge
                )
            );
            d.locking.setSlasher(d.slasher);
        }
        d.locking.transferOwnership(address(d.timelock));
        d.mining.transferOwnership(address(d.timelock));

        // The timelock accepts both and raises its own delay, in one batch run at delay 0.
        address[] memory targets = new address[](3);
        uint256[] memory values = new uint256[](3);
        bytes[] memory payloads = new bytes[](3);
        targets[0] = address(d.locking);
        payloads[0] = abi.encodeWithSignature("acceptOwnership()");
        targets[1] = address(d.mining);
        payloads[1] = abi.encodeWithSignature("acceptOwnership()");
        targets[2] = address(d.timelock);
        payloads[2] = abi.encodeCall(TimelockController.updateDelay, (c.timelockDelay));
        d.timelock.scheduleBatch(targets, values, payloads, bytes32(0), bytes32(0), 0);
        d.timelock.executeBatch(targets, values, payloads, bytes32(0), bytes32(0));

        // Real roles in, the deployer's roles out.
        TimelockController t = d.timelock;
        for (uint256 i; i < c.proposers.length; ++i) {
            t.grantRole(t.PROPOSER_ROLE(), c.proposers[i]);
            t.grantRole(t.CANCELLER_ROLE(), c.proposers[i]);
        }
        for (uint256 i; i < c.executors.length; ++i) {
            t.grantRole(t.EXECUTOR_ROLE(), c.executors[i]);
        }
        if (!_contains(c.proposers, deployer)) {
            t.revokeRole(t.PROPOSER_ROLE(), deployer);
            t.revokeRole(t.CANCELLER_ROLE(), deployer);
        }
        if (!_contains(c.executors, deployer)) t.revokeRole(t.EXECUTOR_ROLE(), deployer);
        t.renounceRole(t.DEFAULT_ADMIN_ROLE(), deployer);
    }

    /// @notice Writes `deployments/<chainId>.json` (or DEPLOYMENTS_OUT) in the CLI's format; a
    ///         dry run writes `deployments/<chainId>.dry-run.json` (or DEPLOYMENTS_DRY_RUN_OUT).
    function write(Config memory c, Deployment memory d) public {
        string memory p = "parameters";
        vm.serializeUint(p, "timelockDelay", c.timelockDelay);
        vm.serializeUint(p, "minLock", c.minLock);
        vm.serializeUint(p, "maxLock", c.maxLock);
        vm.serializeUint(p, "maxSequencers", c.maxSequencers);
        vm.serializeUint(p, "unlockDelay", c.unlockDelay);
        vm.serializeUint(p, "grantPool", c.grantPool);
        vm.serializeAddress(p, "guardian", c.guardian);
        vm.serializeAddress(p, "treasury", d.locking.treasury());
        vm.serializeString(p, "gitCommit", vm.envOr("GIT_COMMIT", string("unknown")));
        vm.serializeAddress(p, "proposers", c.proposers);
        string memory params = vm.serializeAddress(p, "executors", c.executors);

        string memory o = "deployments";
        vm.serializeUint(o, "chainId", block.chainid);
        vm.serializeAddress(o, "token", address(d.token));
        vm.serializeBool(o, "testToken", d.testToken);
        vm.serializeAddress(o, "timelock", address(d.timelock));
        vm.serializeAddress(o, "locking", address(d.locking));
        vm.serializeAddress(o, "mining", address(d.mining));
        vm.serializeAddress(o, "grants", address(d.grants));
        vm.serializeAddress(o, "vault", d.vault);
        vm.serializeAddress(o, "slasher", d.slasher);
        // The script runs on the latest block; its first transaction lands in the next one.
        vm.serializeUint(o, "deploymentBlock", block.number + 1);
        string memory json = vm.serializeString(o, "parameters", params);

        string memory dir = string.concat(vm.projectRoot(), "/deployments");
        if (!vm.exists(dir)) vm.createDir(dir, true);
        string memory chain = vm.toString(block.chainid);
        // A dry run (no --broadcast) names contracts that were never deployed: it must not
        // overwrite the file of the real deployment.
        string memory path = vm.isContext(Vm.ForgeContext.ScriptDryRun)
            ? vm.envOr("DEPLOYMENTS_DRY_RUN_OUT", string.concat(dir, "/", chain, ".dry-run.json"))
            : vm.envOr("DEPLOYMENTS_OUT", string.concat(dir, "/", chain, ".json"));
        vm.writeJson(json, path);
    }

    /// @dev The vault, whitelisted in the locking contract (the deployer still owns it), its
    ///      allocator, then the timelock as its only admin (the commission and the checks of
    ///      its parameters are the vault's own: a refused value reverts the simulation).
    ///      Created from its artifact: SequencerVault is compiled for size (foundry.toml), and
    ///      importing it here would compile this script, and the locking and mining contracts
    ///      it deploys, the same way.
    function _deployVault(Config memory c, Deployment memory d, address deployer)
        private
        returns (address v)
    {
        bytes memory init = abi.encodePacked(
            vm.getCode("SequencerVault.sol:SequencerVault"),
            abi.encode(
                d.token, d.locking, d.mining, c.vaultName, c.vaultSymbol, deployer, c.vaultCommissionBps
            )
        );
        assembly ("memory-safe") {
            v := create(0, add(init, 0x20), mload(init))
        }
        if (v == address(0)) revert VaultCreationFailed();
        d.locking.setWhitelisted(v, true);
        IAccessControl(v).grantRole(keccak256("ALLOCATOR_ROLE"), c.vaultAllocator);
        IAccessControl(v).grantRole(bytes32(0), address(d.timelock));
        IAccessControl(v).renounceRole(bytes32(0), deployer);
    }

    function _contains(address[] memory list, address a) private pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == a) return true;
        }
        return false;
    }
}
