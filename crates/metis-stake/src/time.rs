//! Timestamps and durations for people: UTC dates, "in 3 days 4 h".

/// A unix timestamp as `2026-11-25 12:00:00 UTC`.
pub fn format_ts(ts: u64) -> String {
    let days = (ts / 86_400) as i64;
    let secs = ts % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        secs / 3600,
        (secs / 60) % 60,
        secs % 60
    )
}

/// A duration in seconds as `21 days`, `3 days 4 h`, `5 h 3 min`, `42 s`.
pub fn format_duration(secs: u64) -> String {
    let (d, h, m, s) = (
        secs / 86_400,
        (secs / 3600) % 24,
        (secs / 60) % 60,
        secs % 60,
    );
    let plural = |n: u64, w: &str| {
        if n == 1 {
            format!("1 {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    match (d, h, m) {
        (0, 0, 0) => format!("{s} s"),
        (0, 0, _) => format!("{m} min {s} s"),
        (0, _, _) => format!("{h} h {m} min"),
        (_, 0, _) => plural(d, "day"),
        _ => format!("{} {h} h", plural(d, "day")),
    }
}

/// Unix seconds from 2^32 on (2106-02-07) are refused: such a value is almost surely in
/// milliseconds or mistyped, and a program start or a vesting start can be set only once.
const MAX_PLAUSIBLE_SECONDS: u64 = 1 << 32;

/// clap value parser for a unix time in seconds; refuses milliseconds by mistake.
pub fn parse_unix_seconds(s: &str) -> Result<u64, String> {
    let t: u64 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a unix time in seconds (e.g. 1767225600)"))?;
    if t >= MAX_PLAUSIBLE_SECONDS {
        return Err(format!(
            "{t} is {}: is it in milliseconds, or mistyped? pass unix seconds (e.g. {})",
            format_ts(t),
            t / 1000
        ));
    }
    Ok(t)
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_in_utc() {
        assert_eq!(format_ts(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(format_ts(1_700_000_000), "2023-11-14 22:13:20 UTC");
        assert_eq!(format_ts(951_782_400), "2000-02-29 00:00:00 UTC");
    }

    #[test]
    fn refuses_unix_times_in_milliseconds() {
        assert_eq!(parse_unix_seconds("1767225600"), Ok(1_767_225_600));
        let e = parse_unix_seconds("1767225600000").unwrap_err();
        assert!(
            e.contains("milliseconds") && e.contains("1767225600"),
            "{e}"
        );
        assert!(parse_unix_seconds("99999999999").is_err());
        assert!(parse_unix_seconds("4294967295").is_ok());
        assert!(parse_unix_seconds("-1").is_err());
    }

    #[test]
    fn formats_durations() {
        assert_eq!(format_duration(21 * 86_400), "21 days");
        assert_eq!(format_duration(86_400 + 3600 * 4), "1 day 4 h");
        assert_eq!(format_duration(3600 * 5 + 180), "5 h 3 min");
        assert_eq!(format_duration(42), "42 s");
        assert_eq!(format_duration(61), "1 min 1 s");
    }
}
