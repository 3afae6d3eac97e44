//! A small set of numbers per case (activities seen, edges taken, touchpoints reached): the
//! first 128 in two machine words inside the case, the rare rest in one table shared by all
//! cases, so a case's set costs 16 bytes and the case still fits one cache line.

use super::intern::FxHashMap;

/// A set of small numbers; numbers from 128 up live in an [`Overflow`].
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct SmallSet([u64; 2]);

impl SmallSet {
    /// Adds `n` to the set of `case`; true when it was not there yet.
    #[inline]
    pub(super) fn insert(&mut self, n: u32, case: u32, overflow: &mut Overflow) -> bool {
        if n < 128 {
            let (word, bit) = ((n / 64) as usize, 1u64 << (n % 64));
            let new = self.0[word] & bit == 0;
            self.0[word] |= bit;
            new
        } else {
            overflow.0.insert((case, n), ()).is_none()
        }
    }
}

/// The numbers from 128 up of every case's set of one kind.
#[derive(Debug, Clone, Default)]
pub(super) struct Overflow(FxHashMap<(u32, u32), ()>);

#[cfg(test)]
mod tests {
    use super::{Overflow, SmallSet};

    #[test]
    fn insert_tells_new_from_seen() {
        let mut more = Overflow::default();
        let (mut set, mut other) = (SmallSet::default(), SmallSet::default());
        assert!(set.insert(3, 0, &mut more));
        assert!(!set.insert(3, 0, &mut more));
        assert!(set.insert(500, 0, &mut more));
        assert!(!set.insert(500, 0, &mut more));
        assert!(
            other.insert(500, 1, &mut more),
            "another case's set is its own"
        );
        assert!(set.insert(127, 0, &mut more));
        assert!(set.insert(64, 0, &mut more));
        assert!(!set.insert(64, 0, &mut more));
    }
}
