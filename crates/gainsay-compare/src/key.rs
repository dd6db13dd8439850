//! Proposition keys: the buckets of comparison.

use gainsay_core::Proposition;

/// The bucket a statement falls in: actor, predicate class and object class, all
/// lower-case (`"-"` for a missing actor or object). Statements in different buckets are never compared.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// Canonical actor, lower case.
    pub actor: String,
    /// Predicate class (or lemma).
    pub predicate: String,
    /// Object class (or object).
    pub object: String,
}

impl Key {
    /// The key of a proposition, or `None` when it lacks both an actor and an object.
    /// A missing one is `"-"`: "Banksy was arrested" (no agent) and "Banksy was not
    /// arrested" share the key `(-, arrest, banksy)`.
    pub fn of(p: &Proposition) -> Option<Key> {
        let norm = |s: Option<&str>| {
            s.map(|x| lowercase(x.trim_ascii()))
                .filter(|x| !x.is_empty())
        };
        let actor = norm(p.actor.as_deref());
        let object = norm(p.object_key());
        if actor.is_none() && object.is_none() {
            return None;
        }
        let actor = actor.unwrap_or_else(|| "-".to_string());
        let object = object.unwrap_or_else(|| "-".to_string());
        Some(Key {
            actor,
            predicate: lowercase(p.predicate_key()),
            object,
        })
    }
}

/// `s.to_lowercase()`, faster for ASCII text (the usual case).
fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// Two independent 64-bit hashes of a proposition's key, computed without allocating.
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeyHash {
    /// A hash of the case-folded key parts: the bucket.
    pub(crate) hash: u64,
    /// The high 32 bits of a second hash of the same bytes with another function: two
    /// keys are taken to be equal when both hashes agree (see `Entry::flags` in lib.rs
    /// for the bits used; briefs keep the top 30).
    pub(crate) check: u32,
    /// Both the actor and the object are present (not `"-"`): the proposition is not
    /// underspecified for want of one (see `crate::underspecified`).
    pub(crate) full: bool,
    /// The predicate key is `"*"`, the predicate of loose buckets of any predicate.
    pub(crate) star: bool,
}

/// The hashes of [`Key::of`]`(p)` (ASCII case folded, trimmed), or `None` when
/// [`Key::of`] is `None`. Equal keys hash equally. Reads each part 8 bytes at a time and
/// folds ASCII case in registers: no copy, no allocation.
pub(crate) fn key_hash_parts(p: &Proposition) -> Option<KeyHash> {
    key_hash_of(p.actor.as_deref(), p.predicate_key(), p.object_key())
}

/// [`key_hash_parts`] of a proposition with this actor, predicate key and object key.
pub(crate) fn key_hash_of(
    actor: Option<&str>,
    predicate_key: &str,
    object_key: Option<&str>,
) -> Option<KeyHash> {
    let actor = actor.map(str::trim_ascii).filter(|x| !x.is_empty());
    let object = object_key.map(str::trim_ascii).filter(|x| !x.is_empty());
    if actor.is_none() && object.is_none() {
        return None;
    }
    let full = actor.is_some() && object.is_some();
    // two multiply-rotate chains with different constants, each finished by a full mix
    let mut hash: u64 = 0;
    let mut check: u64 = 0x243F_6A88_85A3_08D3;
    let mut add = |w: u64| {
        hash = (hash ^ w)
            .wrapping_mul(0x51_7C_C1_B7_27_22_0A_95)
            .rotate_left(29);
        check = (check ^ w)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(23);
    };
    for part in [actor.unwrap_or("-"), predicate_key, object.unwrap_or("-")] {
        let bytes = part.as_bytes();
        let len = bytes.len();
        let last = if len <= 8 {
            tail_word(bytes)
        } else {
            // every 8 bytes but the last 1 to 8, then those (the last 8 bytes, shifted
            // down to the ones not yet read)
            let mut at = 0;
            while len - at > 8 {
                add(fold_ascii(word_at(bytes, at)));
                at += 8;
            }
            word_at(bytes, len - 8) >> (8 * (8 - (len - at)))
        };
        // the length ends the part: ("ab", "c") and ("a", "bc") differ
        add(fold_ascii(last) ^ (len as u64) << 56);
    }
    Some(KeyHash {
        hash: mix(hash),
        check: (mix(check ^ 0xC2B2_AE3D_27D4_EB4F) >> 32) as u32,
        full,
        star: predicate_key == "*",
    })
}

/// The first 8 bytes of `b` as a big-endian number, zero padded: ordered as the bytes.
pub(crate) fn prefix_be(b: &[u8]) -> u64 {
    if b.len() >= 8 {
        u64::from_be_bytes(b[..8].try_into().expect("8 bytes"))
    } else {
        // the bytes in little-endian order, zero padded, reversed
        tail_word(b).swap_bytes()
    }
}

/// A quick 64-bit hash of a short string from its length and its first and last 8 bytes
/// (for a cache whose hits are checked against the string itself).
pub(crate) fn quick_hash(b: &[u8]) -> u64 {
    let n = b.len();
    let (x, y) = if n >= 8 {
        (
            u64::from_le_bytes(b[..8].try_into().expect("8 bytes")),
            u64::from_le_bytes(b[n - 8..].try_into().expect("8 bytes")),
        )
    } else {
        (tail_word(b), 0)
    };
    mix(x ^ y.rotate_left(29) ^ (n as u64) << 56)
}

/// The 8 bytes of `b` from `at` as a little-endian word.
fn word_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

/// Up to 8 bytes as a little-endian word (zero padded), from at most two overlapping
/// loads.
fn tail_word(rem: &[u8]) -> u64 {
    let n = rem.len();
    if n == 8 {
        word_at(rem, 0)
    } else if n >= 4 {
        let lo = u32::from_le_bytes([rem[0], rem[1], rem[2], rem[3]]);
        let hi = u32::from_le_bytes([rem[n - 4], rem[n - 3], rem[n - 2], rem[n - 1]]);
        // the overlapping bytes are the same bytes at the same places
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(rem[0])
            | u64::from(rem[n / 2]) << (8 * (n / 2))
            | u64::from(rem[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// A 64-bit mixing step (the finaliser of MurmurHash3, after a multiply).
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    x ^= x >> 33;
    x
}

/// Lower-cases the ASCII capitals among 8 bytes, leaving every other byte alone (as
/// [`u8::make_ascii_lowercase`] does byte by byte).
fn fold_ascii(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = w & !HIGH;
    // per byte: bit 7 set when low7 >= 'A', and when low7 > 'Z'
    let ge_a = low7 + ONES * (0x80 - b'A' as u64);
    let gt_z = low7 + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = ge_a & !gt_z & !w & HIGH;
    w | upper >> 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ascii_is_make_ascii_lowercase() {
        let samples: [&[u8; 8]; 5] = [
            b"AZaz@[`{",
            b"Iran Sup",
            b"\xc3\x84\xc3\xa4ZZ09",
            b"\x80\xc1\xdaA\xffz\x7fZ",
            b"--------",
        ];
        for s in samples {
            let mut want = *s;
            want.make_ascii_lowercase();
            assert_eq!(fold_ascii(u64::from_le_bytes(*s)).to_le_bytes(), want);
        }
        for b in 0..=255u8 {
            let w = u64::from_le_bytes([b; 8]);
            assert_eq!(fold_ascii(w).to_le_bytes(), [b.to_ascii_lowercase(); 8]);
        }
    }

    #[test]
    fn prefix_be_orders_as_the_bytes() {
        for s in [
            "",
            "a",
            "d1",
            "d10",
            "d9",
            "abcdefg",
            "abcdefgh",
            "abcdefghij",
        ] {
            let mut want = [0u8; 8];
            let n = s.len().min(8);
            want[..n].copy_from_slice(&s.as_bytes()[..n]);
            assert_eq!(prefix_be(s.as_bytes()), u64::from_be_bytes(want), "{s}");
        }
    }

    #[test]
    fn tail_word_is_little_endian() {
        let bytes = [1u8, 2, 3, 4, 5, 6, 7];
        for n in 0..=7 {
            let mut want = [0u8; 8];
            want[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(want));
        }
    }

    #[test]
    fn equal_keys_hash_equally() {
        let p = |a: &str, o: &str| Proposition {
            actor: Some(a.to_string()),
            predicate: "supply".to_string(),
            object: Some(o.to_string()),
            ..Proposition::default()
        };
        let x = key_hash_parts(&p(" Iran Foreign Ministry ", "DRONES")).unwrap();
        let y = key_hash_parts(&p("iran foreign ministry", "drones")).unwrap();
        assert_eq!((x.hash, x.check), (y.hash, y.check));
        let z = key_hash_parts(&p("iran foreign ministr", "ydrones")).unwrap();
        assert_ne!(x.hash, z.hash);
        assert_ne!(x.check, z.check);
    }
}
