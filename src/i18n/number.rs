//! Numbers written the way each locale writes them ("2,4" and "18.400" in Dutch, "2.4" and
//! "18,400" in English). The one place tjm formats numbers for people: catalogue messages,
//! the terminal, the report and exports all come through here.

use super::Locale;

/// A number with a fixed count of decimals, with a real minus sign and thousands separators.
pub fn decimal(value: f64, places: usize, locale: impl Into<Locale>) -> String {
    let locale = locale.into();
    // A whole number without decimals (every percentage): integer digits, the same text as
    // the float formatting below, which takes its slow exact path for every value.
    if places == 0 && value.fract() == 0.0 && value.abs() < 1e15 {
        let whole = value as i64;
        let grouped = group(&whole.unsigned_abs().to_string(), locale);
        return if whole < 0 {
            format!("−{grouped}")
        } else {
            grouped
        };
    }
    let mut text = format!("{value:.places$}");
    if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text.remove(0); // no "-0.0"
    }
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("−", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let mut out = String::from(sign);
    out.push_str(&group(whole, locale));
    if let Some(fraction) = fraction {
        out.push(decimal_separator(locale));
        out.push_str(fraction);
    }
    out
}

/// A number for a spreadsheet cell: the locale's decimal mark, no thousands separators (Dutch
/// Excel reads "18.400" as eighteen point four) and a plain minus.
pub fn plain(value: f64, places: usize, locale: impl Into<Locale>) -> String {
    let mut text = format!("{value:.places$}");
    if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text.remove(0);
    }
    let mark = decimal_separator(locale);
    if mark == '.' {
        text
    } else {
        text.replace('.', &mark.to_string())
    }
}

/// A whole number with thousands separators: "18.400" in Dutch, "18,400" in English.
pub fn integer(value: u64, locale: impl Into<Locale>) -> String {
    group(&value.to_string(), locale.into())
}

/// A share (0–1) as a whole percentage, "43%"; shares between 0 and 1% show as "<1%".
pub fn percent(fraction: f64, locale: impl Into<Locale>) -> String {
    let value = fraction * 100.0;
    if value > 0.0 && value < 0.5 {
        return "<1%".to_owned();
    }
    format!("{}%", decimal(value.round(), 0, locale))
}

/// A percentage given as 0–100 (survey results): "74%", or "74,5%" when it has a fraction.
pub fn percentage(value: f64, locale: impl Into<Locale>) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format!("{}%", decimal(value, 0, locale))
    } else {
        format!("{}%", decimal(value, 1, locale))
    }
}

/// A survey grade on the Dutch 1–10 scale: "7,4".
pub fn grade(value: f64, locale: impl Into<Locale>) -> String {
    decimal(value, 1, locale)
}

/// The decimal separator: a comma in Dutch.
pub fn decimal_separator(locale: impl Into<Locale>) -> char {
    match locale.into() {
        Locale::Nl => ',',
        Locale::En | Locale::Pseudo => '.',
    }
}

fn group(digits: &str, locale: Locale) -> String {
    let separator = match locale {
        Locale::Nl => '.',
        Locale::En | Locale::Pseudo => ',',
    };
    let bytes = digits.as_bytes();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(char::from(*b));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_uses_a_decimal_comma_and_point_thousands() {
        assert_eq!(decimal(7.94, 1, Locale::Nl), "7,9");
        assert_eq!(decimal(7.94, 1, Locale::En), "7.9");
        assert_eq!(integer(18_400, Locale::Nl), "18.400");
        assert_eq!(integer(18_400, Locale::En), "18,400");
        assert_eq!(decimal(12_345.5, 1, Locale::Nl), "12.345,5");
    }

    #[test]
    fn spreadsheet_numbers_have_no_grouping() {
        assert_eq!(plain(18_400.25, 2, Locale::Nl), "18400,25");
        assert_eq!(plain(-2.5, 1, Locale::En), "-2.5");
        assert_eq!(plain(-0.01, 1, Locale::Nl), "0,0");
    }

    #[test]
    fn negative_numbers_get_a_real_minus_and_no_negative_zero() {
        assert_eq!(decimal(-2.0, 0, Locale::En), "−2");
        assert_eq!(decimal(-0.04, 1, Locale::Nl), "0,0");
    }

    #[test]
    fn whole_numbers_read_as_the_float_formatting_writes_them() {
        // The integer path for whole numbers gives what `{:.0}` and grouping gave.
        let by_float = |value: f64, locale: Locale| {
            let text = format!("{value:.0}");
            let (sign, digits) = match text.strip_prefix('-') {
                Some(rest) if rest != "0" => ("−", rest.to_owned()),
                Some(rest) => ("", rest.to_owned()),
                None => ("", text),
            };
            format!("{sign}{}", group(&digits, locale))
        };
        for locale in [Locale::Nl, Locale::En] {
            for value in [
                0.0, -0.0, 1.0, -1.0, 7.0, 99.0, 100.0, 999.0, 1_000.0, -1_000.0,
            ]
            .into_iter()
            .chain([12_345.0, 1_234_567.0, -987_654_321.0, 9.99e14, -9.99e14])
            {
                assert_eq!(
                    decimal(value, 0, locale),
                    by_float(value, locale),
                    "{value}"
                );
            }
        }
        assert_eq!(decimal(1_234_567.0, 0, Locale::Nl), "1.234.567");
        assert_eq!(decimal(-0.0, 0, Locale::En), "0");
    }

    #[test]
    fn percentages_are_whole_unless_given_with_a_fraction() {
        assert_eq!(percent(0.432, Locale::Nl), "43%");
        assert_eq!(percent(0.001, Locale::En), "<1%");
        assert_eq!(percent(0.0, Locale::En), "0%");
        assert_eq!(percentage(74.0, Locale::En), "74%");
        assert_eq!(percentage(74.5, Locale::Nl), "74,5%");
        assert_eq!(grade(7.44, Locale::Nl), "7,4");
    }
}
