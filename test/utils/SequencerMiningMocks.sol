// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SequencerMining} from "../../contracts/SequencerMining.sol";
import {IEarningHook} from "../../contracts/interfaces/IEarningHook.sol";
import {ILockingForDistributor} from "../../contracts/interfaces/ILockingView.sol";
import {MockMetis} from "./MockMetis.sol";
import {Test} from "./Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice A test double of SequencerLocking, as the distributor sees it: positions with an
///         owner, a status and a principal; every change of the earning amount (principal while
///         Active, else 0) calls `onEarningChanged` after the state is updated, as the real
///         contract does. No signer keys, whitelist, set cap or unlock delay.
/// @dev Storage is kept realistic for the gas benchmark: `rewardAccounts` reads one packed slot
///      (and the recipient slot only when a recipient was set).
contract LockingDouble is ILockingForDistributor {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    enum Status {
        None,
        Active,
        Jailed,
        Unlocking,
        Exited
    }

    /// @dev One slot: owner | status | hasRecipient | principal.
    struct Position {
        address owner;
        Status status;
        bool hasRecipient;
        uint80 principal;
    }

    error UnknownPosition(uint256 id);
    error NotOwner(uint256 id, address caller);
    error NotDistributor(address caller);
    error NotActive(uint256 id);
    error NotJailed(uint256 id);
    error AboveMaxLock(uint256 amount, uint256 maxLock);
    error BadAmount(uint256 amount);
    error CompoundNotFunded(uint256 held, uint256 needed);
    error DistributorAlreadySet();

    IERC20 public immutable token;
    address public distributor;
    uint256 public maxLock = 100_000e18;
    uint256 public nextId = 1;
    uint256 public totalLocked;

    mapping(uint256 id => Position) internal _positions;
    mapping(uint256 id => address) internal _recipients;

    constructor(IERC20 token_) {
        token = token_;
    }

    function setDistributor(address distributor_) external {
        if (distributor != address(0)) revert DistributorAlreadySet();
        distributor = distributor_;
    }

    function setMaxLock(uint256 maxLock_) external {
        maxLock = maxLock_;
    }

    // ------------------------------------------------------------------ views

    function ownerOf(uint256 id) public view returns (address owner) {
        owner = _positions[id].owner;
        if (owner == address(0)) revert UnknownPosition(id);
    }

    function rewardAccounts(uint256 id) external view returns (address owner, address recipient) {
        Position memory p = _positions[id];
        if (p.owner == address(0)) revert UnknownPosition(id);
        owner = p.owner;
        recipient = p.hasRecipient ? _recipients[id] : p.owner;
    }

    function principalOf(uint256 id) external view returns (uint256) {
        return _positions[id].principal;
    }

    function statusOf(uint256 id) external view returns (Status) {
        return _positions[id].status;
    }

    function earningOf(uint256 id) public view returns (uint256) {
        Position memory p = _positions[id];
        return p.status == Status.Active ? p.principal : 0;
    }

    // ------------------------------------------------------------------ owner operations

    function lock(uint256 amount) external returns (uint256 id) {
        if (amount == 0) revert BadAmount(amount);
        if (amount > maxLock) revert AboveMaxLock(amount, maxLock);
        id = nextId++;
        _positions[id] = Position(msg.sender, Status.Active, false, amount.toUint80());
        totalLocked += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        IEarningHook(distributor).onEarningChanged(id, amount);
    }

    function topUp(uint256 id, uint256 amount) external {
        Position memory p = _own(id);
        if (p.status != Status.Active) revert NotActive(id);
        uint256 principal = p.principal + amount;
        if (principal > maxLock) revert AboveMaxLock(principal, maxLock);
        _positions[id].principal = principal.toUint80();
        totalLocked += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        IEarningHook(distributor).onEarningChanged(id, principal);
    }

    /// @dev Partial or full withdrawal, immediate (the real contract waits out a delay but
    ///      stops or lowers the earning at the request, which is what the distributor sees).
    function withdraw(uint256 id, uint256 amount) external {
        Position memory p = _own(id);
        if (amount == 0 || amount > p.principal || p.status == Status.Exited) revert BadAmount(amount);
        uint256 before = p.status == Status.Active ? p.principal : 0;
        uint256 principal = p.principal - amount;
        _positions[id].principal = principal.toUint80();
        if (principal == 0) _positions[id].status = Status.Exited;
        totalLocked -= amount;
        token.safeTransfer(msg.sender, amount);
        uint256 earning = earningOf(id);
        if (earning != before) IEarningHook(distributor).onEarningChanged(id, earning);
    }

    /// @dev Requests a full exit: stops earning at once (the funds stay until `withdraw`).
    function unlock(uint256 id) external {
        Position memory p = _own(id);
        if (p.status != Status.Active && p.status != Status.Jailed) revert NotActive(id);
        _positions[id].status = Status.Unlocking;
        if (p.status == Status.Active) IEarningHook(distributor).onEarningChanged(id, 0);
    }

    function setRewardRecipient(uint256 id, address recipient) external {
        _own(id);
        _positions[id].hasRecipient = recipient != address(0);
        _recipients[id] = recipient;
    }

    // ------------------------------------------------------------------ governance

    function jail(uint256 id) external {
        Position memory p = _positions[id];
        if (p.status != Status.Active) revert NotActive(id);
        _positions[id].status = Status.Jailed;
        IEarningHook(distributor).onEarningChanged(id, 0);
    }

    function unjail(uint256 id) external {
        Position memory p = _positions[id];
        if (p.status != Status.Jailed) revert NotJailed(id);
        _positions[id].status = Status.Active;
        IEarningHook(distributor).onEarningChanged(id, p.principal);
    }

    // ------------------------------------------------------------------ distributor

    function compoundFor(uint256 id, uint256 amount) external {
        if (msg.sender != distributor) revert NotDistributor(msg.sender);
        Position memory p = _positions[id];
        if (p.status != Status.Active) revert NotActive(id);
        uint256 principal = p.principal + amount;
        if (principal > maxLock) revert AboveMaxLock(principal, maxLock);
        uint256 locked = totalLocked + amount;
        uint256 held = token.balanceOf(address(this));
        if (held < locked) revert CompoundNotFunded(held, locked);
        totalLocked = locked;
        _positions[id].principal = principal.toUint80();
        IEarningHook(distributor).onEarningChanged(id, principal);
    }

    function _own(uint256 id) internal view returns (Position memory p) {
        p = _positions[id];
        if (p.owner == address(0)) revert UnknownPosition(id);
        if (p.owner != msg.sender) revert NotOwner(id, msg.sender);
    }
}

/// @notice A distributor that does nothing: the baseline to price the hook inside a lock.
contract NoopHook is IEarningHook {
    function onEarningChanged(uint256, uint256) external {}
}

/// @notice An ERC-20 that keeps `feeBps` of every transfer (burns it), to test `fund`'s
///         "credit what arrived".
contract FeeOnTransferToken {
    string public constant name = "Fee Token";
    string public constant symbol = "FEE";
    uint8 public constant decimals = 18;
    uint256 public immutable feeBps;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    constructor(uint256 feeBps_) {
        feeBps = feeBps_;
    }

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
        totalSupply += amount;
        emit Transfer(address(0), to, amount);
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        _move(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        _move(from, to, amount);
        return true;
    }

    function _move(address from, address to, uint256 amount) internal {
        uint256 fee = amount * feeBps / 10_000;
        balanceOf[from] -= amount;
        balanceOf[to] += amount - fee;
        totalSupply -= fee;
        emit Transfer(from, to, amount - fee);
    }
}

/// @notice A locking contract whose token is another one (constructor check).
contract OtherTokenLocking {
    IERC20 public immutable token;

    constructor(IERC20 token_) {
        token = token_;
    }
}

/// @notice A token that re-enters the distributor from `transfer` / `transferFrom`, to check
///         that token-moving entry points are guarded.
contract ReentrantToken {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    address public target;
    bytes public payload;
    bool public reentered;
    bytes public reentryError;

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        _reenter();
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        _reenter();
        return true;
    }

    function _reenter() internal {
        if (target == address(0)) return;
        address t = target;
        target = address(0);
        (bool ok, bytes memory err) = t.call(payload);
        reentered = ok;
        reentryError = err;
    }
}

/// @notice The distributor deployed against the locking double, with funded actors; shared
///         by the unit, differential, invariant and gas suites.
abstract contract SequencerMiningFixture is Test {
    uint256 internal constant T0 = 1_700_000_000;
    uint256 internal constant YEAR = 365 days;
    /// @dev Rate-seconds that pay an earning once over (the contract's `K`).
    uint256 internal constant K = 10_000 * 365 days;
    uint256 internal constant MAX_LOCK = 100_000e18;

    MockMetis internal token;
    LockingDouble internal locking;
    SequencerMining internal mining;

    address internal gov;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal funder;

    function setUp() public virtual {
        vm.warp(T0);
        gov = makeAddr("gov");
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        carol = makeAddr("carol");
        funder = makeAddr("funder");
        token = new MockMetis();
        locking = new LockingDouble(IERC20(address(token)));
        mining = new SequencerMining(IERC20(address(token)), locking, gov);
        locking.setDistributor(address(mining));
        vm.label(address(token), "token");
        vm.label(address(locking), "locking");
        vm.label(address(mining), "mining");
    }

    function _fund(uint256 amount) internal {
        token.mint(funder, amount);
        vm.startPrank(funder);
        token.approve(address(mining), amount);
        mining.fund(amount);
        vm.stopPrank();
    }

    function _lock(address owner, uint256 amount) internal returns (uint256 id) {
        token.mint(owner, amount);
        vm.startPrank(owner);
        token.approve(address(locking), amount);
        id = locking.lock(amount);
        vm.stopPrank();
    }

    function _topUp(address owner, uint256 id, uint256 amount) internal {
        token.mint(owner, amount);
        vm.startPrank(owner);
        token.approve(address(locking), amount);
        locking.topUp(id, amount);
        vm.stopPrank();
    }

    function _start(uint256 start) internal {
        vm.prank(gov);
        mining.startProgram(_u64(start));
    }

    function _u64(uint256 x) internal pure returns (uint64) {
        return SafeCast.toUint64(x);
    }

    /// @dev The design's index of the first program (rate-seconds), written independently of
    ///      the contract: 2000 bps times the program seconds elapsed at `t`.
    function _index(uint256 start, uint256 t) internal pure returns (uint256) {
        if (t <= start) return 0;
        uint256 elapsed = t - start > YEAR ? YEAR : t - start;
        return 2000 * elapsed;
    }
}
