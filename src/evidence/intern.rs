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

/// Case ids to case numbers, without keeping the ids: nothing ever shows a case id, so only
/// the numbering is kept. A log has hundreds of thousands of cases and every event looks its
/// case up, so this table is what decides whether a large log stays in cache.
///
/// Most case ids are a prefix and a number (`RV-0003775`, `Z2025-118`, `123456`): those go to a
/// plain array per prefix, indexed by the number, 4 bytes per case, where a hash table entry
/// costs a cache line of its own. Other ids, and numbers far beyond the cases seen (an array
/// would be mostly empty), take the hash table.
#[derive(Default)]
pub(crate) struct CaseIds {
    families: Vec<Family>,
    family_of: FxHashMap<(Box<[u8]>, u8), u32>,
    last_family: Option<(Box<[u8]>, u8, u32)>,
    others: Interner,
    /// The case number of each id the hash table numbered.
    others_ids: Vec<u32>,
    /// Numbers handed out so far.
    len: u32,
}

/// Ids with one prefix and one count of digits.
#[derive(Default)]
struct Family {
    /// The case number + 1 of each id number; 0 when not seen.
    slots: Vec<u32>,
    /// True once an id of this family went to the hash table (its number was too large then):
    /// an empty slot must then also ask the table.
    spilled: bool,
}

/// Numbers of more than this many digits are not an array index.
const MAX_DIGITS: usize = 9;

impl CaseIds {
    /// The number of case `id`, adding it when new.
    #[inline]
    pub(crate) fn id(&mut self, id: &[u8]) -> u32 {
        let digits = id.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > MAX_DIGITS {
            return self.other(id);
        }
        let (prefix, number) = id.split_at(id.len() - digits);
        let number = number
            .iter()
            .fold(0usize, |n, d| n * 10 + usize::from(d - b'0'));
        let family = self.family(prefix, digits as u8);
        // an array at most 8 slots per case seen (and 64k to start): beyond that, ids are
        // sparse and the hash table is the smaller one
        let limit = (self.len as usize).saturating_mul(8).max(1 << 16);
        let slots = &mut self.families[family as usize].slots;
        if number >= slots.len() {
            if number >= limit {
                self.families[family as usize].spilled = true;
                return self.other(id);
            }
            slots.resize((number + 1).next_power_of_two().min(limit), 0);
        }
        let slot = slots[number];
        if slot != 0 {
            return slot - 1;
        }
        let next = if self.families[family as usize].spilled {
            self.other(id)
        } else {
            self.fresh()
        };
        self.families[family as usize].slots[number] = next + 1;
        next
    }

    /// How many cases.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len as usize
    }

    fn fresh(&mut self) -> u32 {
        let next = self.len;
        self.len = next.checked_add(1).expect("fewer than 4 billion cases");
        next
    }

    /// A case id the arrays do not hold: the hash table numbers it, in the same sequence.
    fn other(&mut self, id: &[u8]) -> u32 {
        let before = self.others.len();
        let local = self.others.id(id) as usize;
        if self.others.len() > before {
            let next = self.fresh();
            self.others_ids.push(next);
        }
        self.others_ids[local]
    }

    #[inline]
    fn family(&mut self, prefix: &[u8], digits: u8) -> u32 {
        if let Some((last, d, family)) = &self.last_family
            && *d == digits
            && **last == *prefix
        {
            return *family;
        }
        let next = self.families.len() as u32;
        let family = *self
            .family_of
            .entry((prefix.into(), digits))
            .or_insert(next);
        if family == next {
            self.families.push(Family::default());
        }
        self.last_family = Some((prefix.into(), digits, family));
        family
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

    #[test]
    fn case_ids_number_in_order_of_first_appearance_whatever_their_shape() {
        let mut cases = CaseIds::default();
        let ids: Vec<u32> = [
            "RV-0003775",
            "RV-3775",
            "RV-0003775",
            "A",
            "123",
            "0123",
            "RV-9999999",
            "X-1234567890",
            "RV-3775",
            "A",
            "X-1234567890",
            "123",
        ]
        .iter()
        .map(|id| cases.id(id.as_bytes()))
        .collect();
        assert_eq!(ids, [0, 1, 0, 2, 3, 4, 5, 6, 1, 2, 6, 3]);
        assert_eq!(cases.len(), 7);
    }

    #[test]
    fn a_family_that_spilled_to_the_table_still_finds_its_ids() {
        let mut cases = CaseIds::default();
        // far beyond the first array: to the table
        assert_eq!(cases.id(b"Z900000"), 0);
        for n in 0..120_000u32 {
            assert_eq!(cases.id(format!("Z{n:06}").as_bytes()), n + 1);
        }
        // now the array reaches 900000 and its slot is empty: the table still has the id
        assert_eq!(cases.id(b"Z900000"), 0);
        assert_eq!(cases.id(b"Z000005"), 6);
        assert_eq!(cases.len(), 120_001);
    }
}
