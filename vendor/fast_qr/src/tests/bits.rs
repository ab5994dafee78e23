//! The bit-row scoring (`score::score`) against the module-by-module functions it
//! replaced, on random rows and matrices.

use crate::datamasking;
use crate::module::{Module, ModuleType};
use crate::placement::MASKS;
use crate::score::{
    dark_module_score, line, mask_bits, matrix_score_squares, row_score, score, squares, Bits,
};
use crate::QRCode;

/// xorshift64*: a fixed sequence, so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A module: dark or light; a data module four times in five, else of another type.
    fn module(&mut self, dark_percent: u64) -> Module {
        let value = self.next() % 100 < dark_percent;
        let kind = match self.next() % 10 {
            0 => ModuleType::FinderPattern,
            1 => ModuleType::Timing,
            _ => ModuleType::Data,
        };
        Module::new(value, kind)
    }
}

const LENGTHS: [usize; 10] = [21, 25, 33, 57, 63, 64, 65, 127, 129, 177];

#[test]
fn rows_score_as_line_does() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for n in LENGTHS {
        for round in 0..2000 {
            // Long runs and patterns need mostly one colour now and then.
            let dark = [50, 10, 90, 70][round % 4];
            let row: Vec<Module> = (0..n).map(|_| rng.module(dark)).collect();
            let (patt, run) = line(&row);
            let v = Bits::of(&row, Module::value);
            let d = Bits::of(&row, Module::is_data);
            assert_eq!(row_score(v, d), patt + run, "n = {n}, row {row:?}");
        }
    }
}

#[test]
fn squares_and_dark_modules_count_as_before() {
    let mut rng = Rng(0x0fed_cba9_8765_4321);
    for n in LENGTHS {
        for round in 0..100 {
            let dark = [50, 15, 85][round % 3];
            let mut qr = QRCode::default(n);
            for i in 0..n {
                for j in 0..n {
                    qr[i][j] = rng.module(dark);
                }
            }
            let v: Vec<Bits> = (0..n).map(|i| Bits::of(&qr[i], Module::value)).collect();
            let d: Vec<Bits> = (0..n).map(|i| Bits::of(&qr[i], Module::is_data)).collect();
            let new: u32 = (0..n - 1)
                .map(|i| squares(v[i], v[i + 1], d[i] & d[i + 1]))
                .sum();
            assert_eq!(3 * new, matrix_score_squares(&qr), "n = {n}");
            // The whole score of each mask (with 7 for the columns), against the
            // functions it replaces on the masked matrix.
            let flips = mask_bits(n);
            for (number, mask) in MASKS.into_iter().enumerate() {
                let mut masked = qr.clone();
                datamasking::mask(&mut masked, mask);
                let rows: u32 = (0..n)
                    .map(|i| line(&masked[i]).0 + line(&masked[i]).1)
                    .sum();
                assert_eq!(
                    score(&v, &d, &flips, number, 7),
                    rows + 7 + matrix_score_squares(&masked) + dark_module_score(&masked),
                    "n = {n}, mask {number}"
                );
            }
        }
    }
}
