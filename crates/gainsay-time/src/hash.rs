//! A fast, non-cryptographic hasher for the lexicon tables of gainsay (keys are short words from
//! embedded or user data, not attacker-chosen map keys of unbounded size; the tables are
//! built once, so HashDoS resistance buys nothing here).

use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash (as used in rustc): a rotate-xor-multiply per 8-byte word.
#[derive(Debug, Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

/// The Fx multiplier.
pub const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail(rest) ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The bytes of `rest` (at most 7) as a little-endian integer, zero-padded: in at most
/// three loads of 4, 2 and 1 bytes (a copy of a variable length would call `memcpy` for
/// every word hashed).
#[inline]
fn tail(rest: &[u8]) -> u64 {
    let (mut v, mut k) = (0u64, 0usize);
    if rest.len() >= 4 {
        v = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
        k = 4;
    }
    if rest.len() - k >= 2 {
        v |= u64::from(u16::from_le_bytes([rest[k], rest[k + 1]])) << (8 * k);
        k += 2;
    }
    if rest.len() > k {
        v |= u64::from(rest[k]) << (8 * k);
    }
    v
}

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::tail;

    #[test]
    fn tail_is_the_zero_padded_little_endian_word() {
        let bytes: Vec<u8> = (1..=7u8).map(|x| x.wrapping_mul(37) | 0x80).collect();
        for n in 1..=7 {
            let mut b = [0u8; 8];
            b[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail(&bytes[..n]), u64::from_le_bytes(b), "{n} bytes");
        }
    }
}
