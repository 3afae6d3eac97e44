//! Names to small numbers: case ids, activities and resources are looked up once per event, so
//! the hash is a fast non-cryptographic one (FxHash, as rustc uses) over the raw bytes. Logs are
//! the organisation's own exports, not input from strangers, so hash flooding is not a concern.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash: one multiply and rotate per word.
#[derive(Default, Clone, Copy)]
pub(super) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            self.add(u64::from_le_bytes(
                bytes[..8].try_into().expect("eight bytes"),
            ));
            bytes = &bytes[8..];
        }
        if bytes.len() >= 4 {
            self.add(u64::from(u32::from_le_bytes(
                bytes[..4].try_into().expect("four bytes"),
            )));
            bytes = &bytes[4..];
        }
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// A final avalanche (MurmurHash3's fmix64): a multiply only carries upwards, so without it
    /// a difference in the high bytes of a word (the last digits of `RV-0123456`) never
    /// reaches the low bits the table indexes by, and 380,000 case ids pile up in few buckets.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// A `HashMap` with the Fx hash.
pub(super) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Gives each distinct name a number, in order of first appearance. Names up to 32 bytes (case
/// ids, activities, resources, codes: nearly all of them) are kept as four machine words, so a
/// lookup hashes and compares words instead of calling `memcmp`; longer names take a slower map.
#[derive(Default)]
pub(crate) struct Interner {
    short: FxHashMap<([u64; 4], u8), u32>,
    long: FxHashMap<Box<[u8]>, u32>,
    names: Vec<Box<[u8]>>,
}

#[inline]
fn pack(name: &[u8]) -> Option<([u64; 4], u8)> {
    if name.len() > 32 {
        return None;
    }
    let mut bytes = [0u8; 32];
    bytes[..name.len()].copy_from_slice(name);
    let word =
        |i: usize| u64::from_le_bytes(bytes[i * 8..i * 8 + 8].try_into().expect("eight bytes"));
    Some(([word(0), word(1), word(2), word(3)], name.len() as u8))
}

impl Interner {
    /// The number of `name`, adding it when new.
    #[inline]
    pub(crate) fn id(&mut self, name: &[u8]) -> u32 {
        let next = u32::try_from(self.names.len()).expect("fewer than 4 billion names");
        let id = match pack(name) {
            Some(key) => *self.short.entry(key).or_insert(next),
            None => {
                if let Some(&id) = self.long.get(name) {
                    return id;
                }
                self.long.insert(name.into(), next);
                next
            }
        };
        if id == next {
            self.names.push(name.into());
        }
        id
    }

    /// How many names there are.
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    /// The name of a number, as text (invalid UTF-8 replaced).
    pub(crate) fn name(&self, id: u32) -> String {
        String::from_utf8_lossy(&self.names[id as usize]).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_name_same_number() {
        let mut names = Interner::default();
        assert_eq!(names.id(b"KCC"), 0);
        assert_eq!(names.id(b"Monteur aannemer A"), 1);
        assert_eq!(names.id(b"KCC"), 0);
        assert_eq!(names.len(), 2);
        assert_eq!(names.name(1), "Monteur aannemer A");
        let long = "Tevredenheidsonderzoek verstuurd per e-mail".as_bytes();
        assert_eq!(names.id(long), 2);
        assert_eq!(names.id(long), 2);
        // a trailing NUL is another name, not a padded copy
        assert_eq!(names.id(b"KCC\0"), 3);
        assert_eq!(names.name(2), "Tevredenheidsonderzoek verstuurd per e-mail");
    }
}
