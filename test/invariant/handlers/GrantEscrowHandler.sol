// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GrantEscrow} from "../../../contracts/GrantEscrow.sol";
import {IGrantEscrow} from "../../../contracts/interfaces/IGrantEscrow.sol";
import {MockMetis} from "../../utils/MockMetis.sol";
import {Test} from "../../utils/Test.sol";

/// @notice Drives a GrantEscrow through random sequences of governance actions (grants,
///         milestones, revocations, sweeps), beneficiary actions (claims, beneficiary changes),
///         funding, donations and time. Ghost variables record what must stay true; each
///         action also checks its own outcome against what the views predicted and raises
///         `ghost_unexpected` on a mismatch.
contract GrantEscrowHandler is Test {
    GrantEscrow public escrow;
    MockMetis public token;
    address public gov;

    address[] internal _actors;

    // ------------------------------------------------------------------ ghosts

    /// @dev Tokens moved in by `fund` / by plain transfers, out by claims / by sweeps.
    uint256 public ghost_funded;
    uint256 public ghost_donated;
    uint256 public ghost_paid;
    uint256 public ghost_swept;

    /// @dev Sum of amounts granted, and of amounts returned to the pool by revocations.
    uint256 public ghost_granted;
    uint256 public ghost_returned;

    /// @dev Per grant: the amount it was created with; tokens its claims delivered; whether it
    ///      was revoked and what it was entitled to at that moment (claimed + claimable).
    mapping(uint256 id => uint256) public ghost_originalAmount;
    mapping(uint256 id => uint256) public ghost_paidOf;
    mapping(uint256 id => bool) public ghost_revoked;
    mapping(uint256 id => uint256) public ghost_entitlementAtRevoke;

    /// @dev Set when an action's outcome differs from what the views predicted before it
    ///      (a claim of claimable funds reverted, an over-allocation went through, ...).
    bool public ghost_unexpected;
    string public ghost_unexpectedWhy;

    /// @dev How often each action did something, to check the run covered the paths.
    mapping(bytes32 action => uint256) public calls;

    constructor(GrantEscrow escrow_, MockMetis token_, address gov_) {
        escrow = escrow_;
        token = token_;
        gov = gov_;
        _actors.push(makeAddr("lst-a"));
        _actors.push(makeAddr("lst-b"));
        _actors.push(makeAddr("lst-c"));
        _actors.push(makeAddr("lst-d"));
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    // ------------------------------------------------------------------ funding

    function fund(uint256 amount) external {
        amount = bound(amount, 1, 120_000e18);
        address funder = _actors[amount % _actors.length];
        token.mint(funder, amount);
        vm.startPrank(funder);
        token.approve(address(escrow), amount);
        uint256 received = escrow.fund(amount);
        vm.stopPrank();
        if (received != amount) _flag("fund: received differs");
        ghost_funded += amount;
        ++calls["fund"];
    }

    function donate(uint256 amount) external {
        amount = bound(amount, 1, 20_000e18);
        token.mint(address(escrow), amount);
        ghost_donated += amount;
        ++calls["donate"];
    }

    function warp(uint256 secs) external {
        secs = bound(secs, 1, 60 days);
        vm.warp(block.timestamp + secs);
        ++calls["warp"];
    }

    // ------------------------------------------------------------------ governance

    function createGrant(
        uint256 actorSeed,
        uint256 amount,
        uint256 startOffset,
        uint256 duration,
        uint256 flags
    ) external {
        address beneficiary = _actors[actorSeed % _actors.length];
        uint256 avail = escrow.available();
        // Mostly grants that fit; one in five may ask for more than is available.
        amount = bound(amount, 1, flags % 5 == 0 ? avail + avail / 4 + 1 : (avail == 0 ? 1 : avail));
        duration = bound(duration, 1, 2 * 365 days);
        uint256 cliff = bound(actorSeed >> 8, 0, duration);
        uint256 start = block.timestamp - 30 days + bound(startOffset, 0, 60 days);
        bool revocable = flags & 2 == 0 || flags & 4 == 0; // three in four are revocable
        bool gated = flags & 8 != 0;

        vm.prank(gov);
        try escrow.createGrant(beneficiary, amount, start, cliff, duration, revocable, gated, "h") returns (
            uint256 id
        ) {
            if (amount > avail) _flag("createGrant: over-allocation accepted");
            ghost_originalAmount[id] = amount;
            ghost_granted += amount;
            ++calls["createGrant"];
        } catch {
            if (amount <= avail) _flag("createGrant: a fitting grant was refused");
            ++calls["createGrant.refused"];
        }
    }

    function approveMilestone(uint256 idSeed, uint256 capSeed) external {
        (uint256 id, IGrantEscrow.Grant memory g) = _find(idSeed, _gatedOpen);
        if (id == 0) return;
        uint256 newCap = bound(capSeed, uint256(g.approvedCap) + 1, g.amount);
        vm.prank(gov);
        escrow.approveMilestone(id, newCap);
        ++calls["approveMilestone"];
    }

    function revoke(uint256 idSeed) external {
        (uint256 id, IGrantEscrow.Grant memory g) = _find(idSeed, _revocable);
        if (id == 0) return;
        uint256 entitlement = uint256(g.claimed) + escrow.claimable(id);
        vm.prank(gov);
        (uint256 kept, uint256 returned) = escrow.revoke(id);
        if (kept != entitlement) _flag("revoke: kept differs from what was claimable");
        if (kept + returned != g.amount) _flag("revoke: kept + returned differs from the amount");
        ghost_revoked[id] = true;
        ghost_entitlementAtRevoke[id] = entitlement;
        ghost_returned += returned;
        ++calls["revoke"];
    }

    function sweepExcess(uint256 actorSeed) external {
        uint256 expected = escrow.excess();
        if (expected == 0) return;
        address to = _actors[actorSeed % _actors.length];
        uint256 before = token.balanceOf(to);
        vm.prank(gov);
        uint256 swept = escrow.sweepExcess(to);
        if (swept != expected || token.balanceOf(to) - before != expected) _flag("sweep: wrong amount");
        ghost_swept += swept;
        ++calls["sweepExcess"];
    }

    // ------------------------------------------------------------------ beneficiaries

    function claim(uint256 idSeed, uint256 callerSeed, uint256 toSeed) external {
        // Three in four claims look for a grant with something to claim; the others take any.
        (uint256 id, IGrantEscrow.Grant memory g) = _find(idSeed, toSeed % 4 == 0 ? _any : _hasClaimable);
        if (id == 0) return;
        // Mostly the beneficiary; one in eight calls from some other actor, which must fail.
        address caller = callerSeed % 8 == 0 ? _actors[callerSeed % _actors.length] : g.beneficiary;
        address to = toSeed % 3 == 0 ? address(0) : _actors[toSeed % _actors.length];
        address recipient = to == address(0) ? caller : to;
        uint256 expected = escrow.claimable(id);
        uint256 before = token.balanceOf(recipient);

        vm.prank(caller);
        try escrow.claim(id, to) returns (uint256 paid) {
            if (caller != g.beneficiary) _flag("claim: paid a non-beneficiary");
            if (expected == 0) _flag("claim: a claim of nothing went through");
            if (paid != expected || token.balanceOf(recipient) - before != expected) {
                _flag("claim: wrong amount");
            }
            ghost_paid += paid;
            ghost_paidOf[id] += paid;
            if (g.revoked) ++calls["claim.revoked"];
            else ++calls["claim"];
        } catch {
            if (caller == g.beneficiary && expected > 0) _flag("claim: claimable funds refused");
            ++calls["claim.refused"];
        }
    }

    function proposeBeneficiary(uint256 idSeed, uint256 actorSeed) external {
        uint256 id = _pick(idSeed);
        if (id == 0) return;
        address current = escrow.grant(id).beneficiary;
        address proposed = actorSeed % 5 == 0 ? address(0) : _actors[actorSeed % _actors.length];
        vm.prank(current);
        escrow.proposeBeneficiary(id, proposed);
        ++calls["proposeBeneficiary"];
    }

    function acceptBeneficiary(uint256 idSeed) external {
        (uint256 id, IGrantEscrow.Grant memory g) = _find(idSeed, _hasPending);
        if (id == 0) return;
        address pending = g.pendingBeneficiary;
        vm.prank(pending);
        escrow.acceptBeneficiary(id);
        if (escrow.grant(id).beneficiary != pending) _flag("accept: beneficiary not changed");
        ++calls["acceptBeneficiary"];
    }

    // ------------------------------------------------------------------ helpers

    /// @dev A grant id in [1, grantCount], or 0 when there is none yet.
    function _pick(uint256 seed) internal view returns (uint256) {
        uint256 count = escrow.grantCount();
        return count == 0 ? 0 : 1 + seed % count;
    }

    /// @dev The first grant, scanning from a random id and wrapping around, that `fits`;
    ///      id 0 when none does.
    function _find(
        uint256 seed,
        function(uint256, IGrantEscrow.Grant memory) internal view returns (bool) fits
    ) internal view returns (uint256 id, IGrantEscrow.Grant memory g) {
        uint256 count = escrow.grantCount();
        if (count == 0) return (0, g);
        uint256 first = seed % count;
        for (uint256 i; i < count; ++i) {
            id = 1 + (first + i) % count;
            g = escrow.grant(id);
            if (fits(id, g)) return (id, g);
        }
        return (0, g);
    }

    function _any(uint256, IGrantEscrow.Grant memory) internal pure returns (bool) {
        return true;
    }

    function _hasClaimable(uint256 id, IGrantEscrow.Grant memory) internal view returns (bool) {
        return escrow.claimable(id) > 0;
    }

    function _gatedOpen(uint256, IGrantEscrow.Grant memory g) internal pure returns (bool) {
        return g.milestoneGated && !g.revoked && g.approvedCap < g.amount;
    }

    function _revocable(uint256, IGrantEscrow.Grant memory g) internal pure returns (bool) {
        return g.revocable && !g.revoked;
    }

    function _hasPending(uint256, IGrantEscrow.Grant memory g) internal pure returns (bool) {
        return g.pendingBeneficiary != address(0);
    }

    function _flag(string memory why) internal {
        if (!ghost_unexpected) ghost_unexpectedWhy = why;
        ghost_unexpected = true;
    }
}
