//! How money and numbers are written. Money stays `Decimal`; this only prints it.

use rust_decimal::{Decimal, RoundingStrategy};

/// Fills in the texts' placeholders (`"{}"`, `"{years}"` …): `str::replace` as a trait, written
/// without indexing. The standard one slices by index, which links the panic's message
/// formatting (~3 KB) into the browser's module; these only ever cut at a match.
pub trait Subst {
    /// Every `from` replaced by `to`.
    fn subst(&self, from: &str, to: &str) -> String;
}

impl Subst for str {
    fn subst(&self, from: &str, to: &str) -> String {
        let mut out = String::with_capacity(self.len() + to.len());
        let mut rest = self;
        while let Some((before, after)) = split_at_match(rest, from) {
            out.push_str(before);
            out.push_str(to);
            rest = after;
        }
        out.push_str(rest);
        out
    }
}

/// The text before the first `from` and the text after it (`split_once`, without indexing).
pub fn split_at_match<'a>(s: &'a str, from: &str) -> Option<(&'a str, &'a str)> {
    if from.is_empty() {
        return None;
    }
    let at = s
        .as_bytes()
        .windows(from.len())
        .position(|w| w == from.as_bytes())?;
    let (before, matched) = s.split_at_checked(at)?;
    Some((before, matched.get(from.len()..)?))
}

/// The longest part of a bad value echoed in a message, in characters.
const SHOWN_CHARS: usize = 40;

/// A value as a one-line message may show it: control characters (a newline, ESC, BEL) escaped
/// as `\n`, `\u{1b}`…, and cut after 40 characters with "…", so that a pasted 100 KB value or a
/// terminal escape never reaches the screen as typed.
pub fn shown_value(value: &str) -> String {
    let mut out = String::new();
    for (i, ch) in value.chars().enumerate() {
        if i == SHOWN_CHARS {
            out.push('…');
            break;
        }
        if ch.is_control() {
            out.extend(ch.escape_default());
        } else {
            out.push(ch);
        }
    }
    out
}

/// 四舍五入 to the fen.
fn to_fen(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Yuan with two decimals and no grouping, as in JSON: "3300.00".
pub fn yuan_plain(d: Decimal) -> String {
    let mut d = to_fen(d);
    d.rescale(2);
    d.to_string()
}

/// Yuan for reading: grouped thousands, fen only when there are any: "3,300", "1,049.38".
pub fn yuan(d: Decimal) -> String {
    let d = to_fen(d).normalize();
    let s = d.abs().to_string();
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(s.len() + 4);
    if d.is_sign_negative() && !d.is_zero() {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
        if f.len() == 1 {
            out.push('0');
        }
    }
    out
}

/// A count of years that may be a half: "4", "4.5".
pub fn years(d: Decimal) -> String {
    d.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn plain_has_two_decimals() {
        assert_eq!(yuan_plain(d("3300")), "3300.00");
        assert_eq!(yuan_plain(d("1049.38")), "1049.38");
        assert_eq!(yuan_plain(d("125.925")), "125.93");
    }

    #[test]
    fn reading_groups_thousands() {
        assert_eq!(yuan(d("3300")), "3,300");
        assert_eq!(yuan(d("50400.00")), "50,400");
        assert_eq!(yuan(d("1049.38")), "1,049.38");
        assert_eq!(yuan(d("348")), "348");
        assert_eq!(yuan(d("1234567.5")), "1,234,567.50");
        assert_eq!(yuan(d("-100")), "-100");
        assert_eq!(years(d("4.0")), "4");
        assert_eq!(years(d("4.5")), "4.5");
    }

    #[test]
    fn shown_values_are_one_short_line() {
        assert_eq!(shown_value("boss"), "boss");
        assert_eq!(shown_value("a\nb\x1b[31m\x07"), "a\\nb\\u{1b}[31m\\u{7}");
        let long = "9".repeat(100_000);
        assert_eq!(shown_value(&long).chars().count(), SHOWN_CHARS + 1);
        assert!(shown_value(&long).ends_with('…'));
    }

    #[test]
    fn subst_fills_every_placeholder() {
        assert_eq!("{}年，{}".subst("{}", "12"), "12年，12");
        assert_eq!(
            "还需 {years} 年升到 {level} 级"
                .subst("{years}", "3")
                .subst("{level}", "11"),
            "还需 3 年升到 11 级"
        );
        assert_eq!("无占位".subst("{}", "x"), "无占位");
        assert_eq!("{}{}".subst("{}", ""), "");
        assert_eq!("ab".subst("", "x"), "ab");
        assert_eq!(split_at_match("元{}元", "{}"), Some(("元", "元")));
        assert_eq!(split_at_match("元", "{}"), None);
    }

    proptest::proptest! {
        /// The same as the standard library's `replace`, for any text (Chinese included).
        #[test]
        fn subst_is_str_replace(s in "[a-c{}元年 ]{0,24}", from in "[a-c{}元]{1,3}", to in "[x元{}]{0,3}") {
            proptest::prop_assert_eq!(s.subst(&from, &to), s.replace(&from, &to));
        }
    }
}
