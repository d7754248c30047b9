// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice The reward programs as the tests model them, written from the design and not from
///         the contract: windows with a rate, the rate-seconds of every program up to an
///         instant, and the next program a random seed asks governance to schedule.
library ProgramsModel {
    /// @dev A program: `rate` bps a year over `[start, start + duration)`.
    struct Window {
        uint256 start;
        uint256 duration;
        uint256 rate;
    }

    /// @dev Rate-seconds of every program up to `t`: each program's rate times its seconds
    ///      elapsed at `t`, clipped to its window.
    function rateSeconds(Window[] storage windows, uint256 t) internal view returns (uint256 sum) {
        for (uint256 i; i < windows.length; ++i) {
            Window storage w = windows[i];
            if (t <= w.start) continue;
            uint256 s = t - w.start;
            sum += w.rate * (s > w.duration ? w.duration : s);
        }
    }

    /// @dev How many programs have not started at `t`.
    function waiting(Window[] storage windows, uint256 t) internal view returns (uint256 n) {
        for (uint256 i; i < windows.length; ++i) {
            if (t < windows[i].start) ++n;
        }
    }

    /// @dev The next program after the last one, from three seeds: back to back or after a gap
    ///      of up to 60 days, 7 to 730 days, 1 to 5000 bps; never before `now`.
    function next(
        Window[] storage windows,
        uint256 now_,
        uint256 gapSeed,
        uint256 durationSeed,
        uint256 rateSeed
    ) internal view returns (Window memory w) {
        Window storage last = windows[windows.length - 1];
        uint256 end = last.start + last.duration;
        uint256 gap = gapSeed % 2 == 0 ? 0 : (gapSeed >> 1) % (60 days + 1);
        w.start = (end > now_ ? end : now_) + gap;
        w.duration = 7 days + durationSeed % (723 days + 1);
        w.rate = 1 + rateSeed % 5000;
    }
}
