//! Token amounts: parsed and printed exactly, in METIS with up to 18 decimals or in raw wei.
//! Never through floating point.

use alloy::primitives::U256;
use std::fmt;

/// Decimals of METIS (and of TestMetis).
pub const DECIMALS: usize = 18;

/// An amount as the user typed it, checked to be a non-negative decimal number. Whether it is
/// METIS or wei is decided by the command's `--wei` flag, see [`AmountArg::to_wei`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmountArg(String);

impl AmountArg {
    /// The amount in token wei: `--wei` takes the number as raw wei (no decimals allowed),
    /// otherwise it is METIS with up to 18 decimals.
    pub fn to_wei(&self, wei: bool) -> Result<U256, String> {
        if wei {
            if self.0.contains('.') {
                return Err(format!(
                    "'{}' has decimals, but --wei takes a whole number of wei",
                    self.0
                ));
            }
            U256::from_str_radix(&self.0, 10).map_err(|_| format!("'{}' is too large", self.0))
        } else {
            parse_metis(&self.0)
        }
    }
}

impl fmt::Display for AmountArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// clap value parser: accepts `20000`, `12.5`, `0.000000000000000001`; refuses signs,
/// exponents, separators, empty parts and more than 18 decimals.
pub fn parse_amount_arg(s: &str) -> Result<AmountArg, String> {
    let s = s.trim();
    if s.starts_with('-') {
        return Err("amounts cannot be negative".into());
    }
    parse_metis(s)?; // validates shape and range
    Ok(AmountArg(s.to_string()))
}

/// Parses a METIS amount with up to 18 decimals into wei.
pub fn parse_metis(s: &str) -> Result<U256, String> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if s.is_empty() || (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(format!(
            "'{s}' is not an amount: use a plain decimal number such as 20000 or 12.5"
        ));
    }
    if s.ends_with('.') {
        return Err(format!("'{s}' ends with a decimal point"));
    }
    if frac.len() > DECIMALS {
        return Err(format!(
            "'{s}' has {} decimals; METIS has at most {DECIMALS}",
            frac.len()
        ));
    }
    let mut padded = String::with_capacity(int.len() + DECIMALS);
    padded.push_str(if int.is_empty() { "0" } else { int });
    padded.push_str(frac);
    padded.extend(std::iter::repeat_n('0', DECIMALS - frac.len()));
    U256::from_str_radix(&padded, 10).map_err(|_| format!("'{s}' is too large"))
}

/// Formats wei as METIS, exactly, without trailing zeros: `20000`, `12.5`, `0.000000000000000001`.
pub fn format_metis(wei: U256) -> String {
    let s = wei.to_string();
    let (int, frac) = if s.len() > DECIMALS {
        let (i, f) = s.split_at(s.len() - DECIMALS);
        (i.to_string(), f.to_string())
    } else {
        ("0".to_string(), format!("{s:0>DECIMALS$}"))
    };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    }
}

/// `format_metis` followed by the unit.
pub fn metis(wei: U256) -> String {
    format!("{} METIS", format_metis(wei))
}

/// Vault share units per unit of METIS wei: SequencerVault's decimals offset of 6 gives its
/// shares 24 decimals (`_decimalsOffset()`, contracts/lst/SequencerVault.sol).
pub const SHARE_UNITS_PER_WEI: u64 = 1_000_000;

/// Vault shares (24-decimal units) as a decimal number of whole shares: `1.5`.
pub fn format_shares(units: U256) -> String {
    format_metis(units / U256::from(SHARE_UNITS_PER_WEI))
}

/// Basis points as a percentage without trailing zeros: 2000 -> `20`, 1250 -> `12.5`.
pub fn percent(bps: u64) -> String {
    let frac = bps % 100;
    if frac == 0 {
        format!("{}", bps / 100)
    } else {
        format!(
            "{}.{}",
            bps / 100,
            format!("{frac:02}").trim_end_matches('0')
        )
    }
}

/// A percentage a year as basis points: `15` -> 1500, `12.5` -> 1250, `0.01` -> 1. At most two
/// decimals (a basis point is 0.01%); the contract judges the bounds.
pub fn parse_percent_bps(s: &str) -> Result<u64, String> {
    let t = s.trim().trim_end_matches('%');
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !(digits(whole) || (whole.is_empty() && digits(frac))) || !(frac.is_empty() || digits(frac))
    {
        return Err(format!("'{s}' is not a percentage (e.g. 15 or 12.5)"));
    }
    if frac.len() > 2 {
        return Err(format!(
            "'{s}' has more than two decimals: rates are whole basis points (0.01%)"
        ));
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole
            .parse()
            .map_err(|_| format!("'{s}' is too large a percentage"))?
    };
    let frac: u64 = format!("{frac:0<2}").parse().unwrap_or(0);
    whole
        .checked_mul(100)
        .and_then(|b| b.checked_add(frac))
        .ok_or_else(|| format!("'{s}' is too large a percentage"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vault_shares_print_as_whole_shares() {
        let one_and_a_half = U256::from(15u64) * U256::from(10u64).pow(U256::from(23u64));
        assert_eq!(format_shares(one_and_a_half), "1.5");
        assert_eq!(
            format_shares(U256::from(SHARE_UNITS_PER_WEI)),
            "0.000000000000000001"
        );
    }

    #[test]
    fn parses_percentages_as_basis_points() {
        assert_eq!(parse_percent_bps("15"), Ok(1500));
        assert_eq!(parse_percent_bps("12.5"), Ok(1250));
        assert_eq!(parse_percent_bps("0.01"), Ok(1));
        assert_eq!(parse_percent_bps(".5"), Ok(50));
        assert_eq!(parse_percent_bps("20%"), Ok(2000));
        assert!(parse_percent_bps("0.001")
            .unwrap_err()
            .contains("two decimals"));
        assert!(parse_percent_bps("-1").is_err());
        assert!(parse_percent_bps("abc").is_err());
        assert!(parse_percent_bps("1.").is_ok());
        assert_eq!(percent(parse_percent_bps("7.25").unwrap()), "7.25");
    }

    fn wei(s: &str) -> U256 {
        U256::from_str_radix(s, 10).unwrap()
    }

    #[test]
    fn parses_whole_and_decimal_amounts() {
        assert_eq!(
            parse_metis("20000").unwrap(),
            wei("20000000000000000000000")
        );
        assert_eq!(parse_metis("12.5").unwrap(), wei("12500000000000000000"));
        assert_eq!(parse_metis("0.000000000000000001").unwrap(), U256::from(1));
        assert_eq!(parse_metis(".5").unwrap(), wei("500000000000000000"));
        assert_eq!(parse_metis("0").unwrap(), U256::ZERO);
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for bad in [
            "", ".", "1.", "abc", "1e18", "1,000", "1.2.3", " ", "+5", "0x10", "1 000",
        ] {
            assert!(parse_amount_arg(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(parse_amount_arg("-5").unwrap_err().contains("negative"));
        assert!(parse_amount_arg("1.0000000000000000001")
            .unwrap_err()
            .contains("19 decimals"));
        let too_big = "9".repeat(80);
        assert!(parse_amount_arg(&too_big)
            .unwrap_err()
            .contains("too large"));
    }

    #[test]
    fn wei_flag_takes_whole_numbers_only() {
        let a = parse_amount_arg("1000").unwrap();
        assert_eq!(a.to_wei(true).unwrap(), U256::from(1000));
        assert_eq!(a.to_wei(false).unwrap(), wei("1000000000000000000000"));
        let d = parse_amount_arg("1.5").unwrap();
        assert!(d.to_wei(true).unwrap_err().contains("--wei"));
    }

    #[test]
    fn formats_exactly_and_round_trips() {
        assert_eq!(format_metis(U256::ZERO), "0");
        assert_eq!(format_metis(U256::from(1)), "0.000000000000000001");
        assert_eq!(format_metis(wei("20000000000000000000000")), "20000");
        assert_eq!(format_metis(wei("12500000000000000000")), "12.5");
        for s in [
            "1",
            "12.5",
            "0.1",
            "99999.999999999999999999",
            "0.000000000000000123",
        ] {
            assert_eq!(format_metis(parse_metis(s).unwrap()), s);
        }
        assert_eq!(metis(wei("1500000000000000000")), "1.5 METIS");
        assert_eq!(percent(2000), "20");
        assert_eq!(percent(1250), "12.5");
        assert_eq!(percent(1205), "12.05");
    }
}
