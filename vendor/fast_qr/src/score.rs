//! `QRCode` need a way to define if they are readable, using a
//! scoring system. The lesser, the better.

#![warn(missing_docs)]

#[cfg(test)]
use crate::default::transpose;
use crate::datamasking;
use crate::placement::MASKS;
use crate::module::Module;
use crate::QRCode;

use super::hardcode;

#[cfg(test)]
pub fn test_score_line(l: &[Module]) -> u32 {
    line(l).1
}

#[cfg(test)]
pub fn test_score_pattern(l: &[Module]) -> u32 {
    line(l).0
}

#[cfg(test)]
pub fn test_matrix_dark_modules(qr: &QRCode) -> u32 {
    dark_module_score(qr)
}

#[cfg(test)]
pub fn test_matrix_pattern_and_line(qr: &QRCode) -> (u32, u32, u32) {
    let transpose = transpose(qr);
    matrix_pattern_and_line(qr, &transpose)
}

#[cfg(test)]
pub fn test_matrix_score_squares(qr: &QRCode) -> u32 {
    matrix_score_squares(qr)
}

/// Computes scores for squares, any 2x2 square (black or white)
/// add 3 to the score
///
/// ### Opti:
/// We don't want to access the 4 squares each time, so we score the left most
/// ones and only fetch the next right ones
#[cfg(test)]
pub(crate) fn matrix_score_squares(qr: &QRCode) -> u32 {
    let mut square_score = 0;

    for i in 0..qr.size - 1 {
        let mut count_data = 2;

        let line1 = &qr[i];
        let line2 = &qr[i + 1];

        let mut buffer = 0u8;
        buffer |= u8::from(line1[0].value()) << 2;
        buffer |= u8::from(line2[0].value()) << 3;

        for j in 0..qr.size - 1 {
            buffer >>= 2;
            buffer |= u8::from(line1[j + 1].value()) << 2;
            buffer |= u8::from(line2[j + 1].value()) << 3;

            if !line1[j + 1].is_data() || !line2[j + 1].is_data() {
                count_data = 0;
            }

            if count_data >= 2 && (buffer == 0b1111 || buffer == 0b0000) {
                square_score += 3;
            }

            count_data += 1;
        }
    }

    square_score
}

/// Computes scores for both patterns (`0b10111010000` or `0b00001011101`)
///
/// ### Opti:
/// We convert the line to a u11 (supposedly) so comparing it to a pattern is
/// a simple comparison.
pub(crate) fn line(line: &[Module]) -> (u32, u32) {
    const PATTERN_LEN: usize = 7;

    let mut line_score = 0;
    let mut patt_score = 0;

    let mut count = 1;
    let mut current = !line[0].value();

    let mut buffer = 0;
    let mut count_data = 0;

    for &item in line {
        buffer = ((buffer << 1) | u16::from(item.value())) & 0b111_1111;
        count_data += 1;

        if item.value() != current {
            if count >= 5 {
                line_score += count - 2;
            }
            count = 0;
            current = item.value();
        }

        if !item.is_data() {
            if count >= 5 {
                line_score += count - 2;
            }

            count_data = 0;
            count = 0;
            continue;
        }

        if count_data >= PATTERN_LEN && buffer == 0b101_1101 {
            patt_score += 40;
        }

        count += 1;
    }

    if count >= 5 {
        line_score += count - 2;
    }

    (patt_score, line_score)
}

/// Converts the matrix to lines & columns and feed it to `score_line`
#[cfg(test)]
fn matrix_pattern_and_line(qr: &QRCode, qr_transpose: &QRCode) -> (u32, u32, u32) {
    let mut line_score = 0;
    let mut col_score = 0;
    let mut patt_score = 0;

    let n = qr.size;

    for i in 0..n {
        let l = line(&qr[i]);
        line_score += l.1;

        let c = line(&qr_transpose[i]);
        col_score += c.1;

        patt_score += l.0 + c.0;
    }

    (line_score, col_score, patt_score)
}

/// Computes the number of `ModuleType::Dark` modules
#[cfg(test)]
pub(crate) fn dark_module_score(qr: &QRCode) -> u32 {
    let n = qr.size;
    let dark_modules = qr.data[..n * n]
        .iter()
        .filter(|m| m.value() == Module::DARK)
        .count();

    let percent = (dark_modules * 100) / (n * n);
    u32::from(hardcode::PERCENT_SCORE[percent])
}

/// Computes the score for the matrix
/// - `matrix_pattern_and_line`:
///   - 40 points for each [TFTTTFT] pattern (T: true / F: false)
///   - N - 2 points for each line with N consecutive modules of the same color (N >= 5)
/// - `matrix_score_squares`: 3 points for each 2x2 square (black or white)
/// - `dark_module_score`: 10 points for each 5% of dark modules away from 50%
///
/// The columns' part (`columns`, from [`columns_score`]) is computed once per code:
/// `place_on_matrix` scores every mask against the same unmasked transpose, so it is the
/// same for all eight masks. The rest is counted on rows of bits ([`Bits`]): `values`
/// and `data` are the unmasked matrix's dark and data modules, row by row, and `flips`
/// the modules mask number `mask` flips ([`mask_bits`]). It gives what `line`,
/// `matrix_score_squares` and `dark_module_score` give on the masked matrix.
pub fn score(
    values: &[Bits],
    data: &[Bits],
    flips: &[[Bits; 8]],
    mask: usize,
    columns: u32,
) -> u32 {
    let n = values.len();
    let mut masked = [Bits::default(); 177];
    for (i, v) in masked.iter_mut().enumerate().take(n) {
        *v = values[i] ^ (flips[i][mask] & data[i]);
    }
    let masked = &masked[..n];
    let dark: usize = masked.iter().map(|v| v.count() as usize).sum();
    let dark_score = u32::from(hardcode::PERCENT_SCORE[(dark * 100) / (n * n)]);
    let rows: u32 = masked
        .iter()
        .zip(data)
        .map(|(v, d)| row_score(*v, *d))
        .sum();
    let squares: u32 = (0..n.saturating_sub(1))
        .map(|i| squares(masked[i], masked[i + 1], data[i] & data[i + 1]))
        .sum();
    rows + columns + dark_score + 3 * squares
}

/// Which modules of each row of `qr` are data modules.
pub fn data_bits(qr: &QRCode) -> Vec<Bits> {
    (0..qr.size).map(|i| Bits::of(&qr[i], Module::is_data)).collect()
}

/// Which modules of each row of `qr` are dark.
pub fn value_bits(qr: &QRCode) -> Vec<Bits> {
    (0..qr.size).map(|i| Bits::of(&qr[i], Module::value)).collect()
}

/// For each row of a matrix `size` modules a side, the modules each of the eight masks
/// (in the order of [`MASKS`]) flips where they are data modules: read off a
/// matrix of light data modules that [`datamasking::mask`] masked, so they are the
/// mask functions' own. Made once per size.
pub fn mask_bits(size: usize) -> std::sync::Arc<Vec<[Bits; 8]>> {
    use std::sync::{Arc, Mutex};
    static MADE: Mutex<Vec<(usize, Arc<Vec<[Bits; 8]>>)>> = Mutex::new(Vec::new());
    let mut made = MADE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, bits)) = made.iter().find(|(s, _)| *s == size) {
        return Arc::clone(bits);
    }
    let mut rows = vec![[Bits::default(); 8]; size];
    for (m, mask) in MASKS.iter().enumerate() {
        let mut qr = QRCode::default(size);
        datamasking::mask(&mut qr, *mask);
        for (i, row) in rows.iter_mut().enumerate() {
            row[m] = Bits::of(&qr[i], Module::value);
        }
    }
    let bits = Arc::new(rows);
    made.push((size, Arc::clone(&bits)));
    bits
}

/// The modules of a row (at most 177) as bits: module `k` is bit `k % 64` of word
/// `k / 64`; bits past the row are 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bits([u64; 3]);

impl Bits {
    /// The row's modules for which `bit` holds.
    pub fn of(row: &[Module], bit: impl Fn(Module) -> bool) -> Bits {
        let mut words = [0u64; 3];
        for (word, chunk) in words.iter_mut().zip(row.chunks(64)) {
            *word = chunk
                .iter()
                .enumerate()
                .fold(0, |w, (k, m)| w | u64::from(bit(*m)) << k);
        }
        Bits(words)
    }

    /// Bit `k` set to bit `k - s` (0 for `k < s`), for `0 < s < 64`.
    fn up(self, s: u32) -> Bits {
        let [a, b, c] = self.0;
        Bits([a << s, (b << s) | (a >> (64 - s)), (c << s) | (b >> (64 - s))])
    }

    /// Bit `k` set to bit `k + s` (0 past the last word), for `0 < s < 64`.
    fn down(self, s: u32) -> Bits {
        let [a, b, c] = self.0;
        Bits([(a >> s) | (b << (64 - s)), (b >> s) | (c << (64 - s)), c >> s])
    }

    fn count(self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }
}

impl core::ops::BitAnd for Bits {
    type Output = Bits;
    fn bitand(self, o: Bits) -> Bits {
        Bits([self.0[0] & o.0[0], self.0[1] & o.0[1], self.0[2] & o.0[2]])
    }
}

impl core::ops::BitOr for Bits {
    type Output = Bits;
    fn bitor(self, o: Bits) -> Bits {
        Bits([self.0[0] | o.0[0], self.0[1] | o.0[1], self.0[2] | o.0[2]])
    }
}

impl core::ops::BitXor for Bits {
    type Output = Bits;
    fn bitxor(self, o: Bits) -> Bits {
        Bits([self.0[0] ^ o.0[0], self.0[1] ^ o.0[1], self.0[2] ^ o.0[2]])
    }
}

impl core::ops::Not for Bits {
    type Output = Bits;
    fn not(self) -> Bits {
        Bits([!self.0[0], !self.0[1], !self.0[2]])
    }
}

/// What `line` gives for a row (runs plus patterns), from its values `v` and data
/// modules `d`. A run is a stretch of data modules of one colour (any other module ends
/// it): N >= 5 long, it scores N - 2, that is one point for each module that ends five
/// alike (N - 4) and two for the run. A pattern is seven data modules in a row reading
/// 1011101.
pub(crate) fn row_score(v: Bits, d: Bits) -> u32 {
    let l = !v;
    let d5 = d & d.up(1) & d.up(2) & d.up(3) & d.up(4);
    let dark5 = v & v.up(1) & v.up(2) & v.up(3) & v.up(4);
    let light5 = l & l.up(1) & l.up(2) & l.up(3) & l.up(4);
    let ends_five = d5 & (dark5 | light5);
    let runs = ends_five.count() + 2 * (ends_five & !ends_five.up(1)).count();
    let d7 = d5 & d.up(5) & d.up(6);
    let patterns = d7 & v & l.up(1) & v.up(2) & v.up(3) & v.up(4) & l.up(5) & v.up(6);
    runs + 40 * patterns.count()
}

/// What `matrix_score_squares` counts (before its factor 3) for two rows with values `a`
/// and `b`, `both` the modules that are data in both: the 2x2 squares of one colour at
/// columns k and k + 1 where both columns are data in both rows (for k = 0, column 1).
pub(crate) fn squares(a: Bits, b: Bits, both: Bits) -> u32 {
    let dark = a & b;
    let light = !a & !b;
    let same = (dark & dark.down(1)) | (light & light.down(1));
    (same & both.down(1) & (both | Bits([1, 0, 0]))).count()
}

/// The runs and patterns of the columns (the rows of `qr_transpose`): the part of
/// [`score`] that reads the transpose.
pub fn columns_score(qr_transpose: &QRCode) -> u32 {
    (0..qr_transpose.size)
        .map(|i| {
            let (patt, run) = line(&qr_transpose[i]);
            patt + run
        })
        .sum()
}
