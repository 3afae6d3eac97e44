//! A small set of numbers per case (activities seen, edges taken, touchpoints reached): the
//! first 128 in one machine word pair, the rare rest in a list, so a case costs 16 bytes.

/// A set of small numbers.
#[derive(Debug, Clone, Default)]
pub(super) struct SmallSet {
    bits: u128,
    more: Vec<u32>,
}

impl SmallSet {
    /// Adds `n`; true when it was not there yet.
    #[inline]
    pub(super) fn insert(&mut self, n: u32) -> bool {
        if n < 128 {
            let bit = 1u128 << n;
            let new = self.bits & bit == 0;
            self.bits |= bit;
            new
        } else if self.more.contains(&n) {
            false
        } else {
            self.more.push(n);
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SmallSet;

    #[test]
    fn insert_tells_new_from_seen() {
        let mut set = SmallSet::default();
        assert!(set.insert(3));
        assert!(!set.insert(3));
        assert!(set.insert(500));
        assert!(!set.insert(500));
        assert!(set.insert(127));
    }
}
