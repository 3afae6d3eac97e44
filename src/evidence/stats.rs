//! Medians and percentiles of waits, interpolated between ranks as pandas, polars and DuckDB
//! do (`quantile` with linear interpolation), so tjm's figures match theirs.

/// The `q` quantile (0–1) of `values`, which it reorders; `None` when empty.
pub fn quantile(values: &mut [i64], q: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let rank = q * (values.len() - 1) as f64;
    let lo = rank.floor() as usize;
    let (_, &mut low, upper) = values.select_nth_unstable(lo);
    let low = low as f64;
    let fraction = rank - lo as f64;
    if fraction == 0.0 || upper.is_empty() {
        return Some(low);
    }
    let high = *upper.iter().min().expect("not empty") as f64;
    Some(low + (high - low) * fraction)
}

/// Median and 90th percentile, in the unit of the values.
pub fn median_p90(values: &mut [i64]) -> Option<(f64, f64)> {
    Some((quantile(values, 0.5)?, quantile(values, 0.9)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolates_like_pandas() {
        // pandas: Series([1, 2, 3, 4]).quantile(0.5) == 2.5, .quantile(0.9) == 3.7
        let mut v = vec![4, 1, 3, 2];
        assert_eq!(quantile(&mut v, 0.5), Some(2.5));
        let q = quantile(&mut v, 0.9).unwrap();
        assert!((q - 3.7).abs() < 1e-9, "{q}");
        assert_eq!(quantile(&mut [7], 0.9), Some(7.0));
        assert_eq!(quantile(&mut [], 0.5), None);
        assert_eq!(median_p90(&mut [10, 20, 30]), Some((20.0, 28.0)));
    }
}
