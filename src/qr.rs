//! QR codes as small SVG images, for the flyers, posters, slides and slideshows.

/// The QR code of `url` as SVG (error correction M, with the quiet zone a reader needs):
/// one stroked path of horizontal runs (`M4 4.5h7m3 0h1`: a run, then a move to the next
/// run of the row), a few KB instead of a rectangle per module.
pub fn svg(url: &str) -> Vec<u8> {
    // Only a URL of thousands of characters does not fit; base URLs are checked.
    let Ok(code) = fast_qr::QRBuilder::new(url).ecl(fast_qr::ECL::M).build() else {
        return Vec::new();
    };
    let (width, quiet) = (code.size, 4);
    let size = width + 2 * quiet;
    let mut d = String::new();
    for y in 0..width {
        let row = &code[y];
        // Where the pen is after the last run of this row.
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < width {
            if row[x].value() {
                let start = x;
                while x < width && row[x].value() {
                    x += 1;
                }
                // Numbers through `itoa`: `write!` was a tenth of a code's instructions.
                match pen {
                    None => {
                        d.push('M');
                        push_number(&mut d, start + quiet);
                        d.push(' ');
                        push_number(&mut d, y + quiet);
                        d.push_str(".5h");
                    }
                    Some(p) => {
                        d.push('m');
                        push_number(&mut d, start - p);
                        d.push_str(" 0h");
                    }
                }
                push_number(&mut d, x - start);
                pen = Some(x);
            } else {
                x += 1;
            }
        }
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="400" height="400" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path stroke="#000" d="{d}"/></svg>"##
    )
    .into_bytes()
}

/// `n` in decimal digits at the end of `s`.
fn push_number(s: &mut String, n: usize) {
    s.push_str(itoa::Buffer::new().format(n));
}

#[cfg(test)]
mod tests {
    /// The code for a location page as the published fast_qr 0.13.1 made it (from the
    /// slideshow of a benchmark location): the copy in `vendor/fast_qr` scores the masks
    /// faster and must pick the same one, module for module.
    #[test]
    fn the_vendored_encoder_draws_the_published_crates_code() {
        let svg = String::from_utf8(super::svg(
            "https://www.informatiepunt.example/locaties/aaldam/",
        ))
        .unwrap();
        assert!(svg.contains(r##"viewBox="0 0 41 41""##), "{svg}");
        let d = svg.split("d=\"").nth(1).unwrap().split('"').next().unwrap();
        assert_eq!(d, PUBLISHED);
    }

    /// The same for 300 URLs of growing length (versions 3 to 10): a hash (FNV-1a) of
    /// their SVGs as the published crate made them.
    #[test]
    fn the_vendored_encoder_draws_the_published_crates_codes_for_many_urls() {
        let mut h: u64 = 0xcbf29ce484222325;
        for i in 0..300 {
            let url = format!(
                "https://www.informatiepunt.example/locaties/locatie-{}/",
                "x".repeat(i % 60) + &i.to_string()
            );
            for b in super::svg(&url) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x100000001b3);
            }
        }
        assert_eq!(h, 0x45ded1633bcc170c);
    }

    const PUBLISHED: &str = "M4 4.5h7m3 0h1m1 0h1m1 0h2m2 0h2m2 0h2m2 0h7M4 5.5h1m5 0h1m4 0h2m2 0h3m2 0h5m1 0h1m5 0h1M4 6.5h1m1 0h3m1 0h1m4 0h2m1 0h1m1 0h2m5 0h2m1 0h1m1 0h3m1 0h1M4 7.5h1m1 0h3m1 0h1m2 0h5m3 0h1m4 0h1m3 0h1m1 0h3m1 0h1M4 8.5h1m1 0h3m1 0h1m4 0h1m1 0h1m2 0h1m2 0h1m1 0h1m1 0h1m2 0h1m1 0h3m1 0h1M4 9.5h1m5 0h1m1 0h3m2 0h2m3 0h1m1 0h1m1 0h1m1 0h1m1 0h1m5 0h1M4 10.5h7m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h1m1 0h7M13 11.5h1m1 0h2m1 0h1m2 0h6m1 0h1M4 12.5h1m2 0h1m1 0h2m1 0h3m1 0h4m3 0h1m1 0h1m2 0h2m1 0h1M6 13.5h1m1 0h2m2 0h5m3 0h1m1 0h1m1 0h2m2 0h4m3 0h2M6 14.5h1m3 0h2m1 0h1m1 0h1m4 0h2m1 0h2m3 0h5m1 0h1m1 0h1M6 15.5h1m1 0h1m2 0h5m2 0h4m1 0h1m1 0h4m1 0h1m1 0h2m1 0h2M5 16.5h3m1 0h3m1 0h4m7 0h2m1 0h4m2 0h1m1 0h1M4 17.5h2m1 0h1m1 0h1m2 0h1m2 0h1m1 0h1m1 0h3m3 0h2m2 0h2m1 0h1m2 0h2M5 18.5h6m1 0h2m2 0h1m4 0h2m1 0h2m1 0h1m1 0h3m2 0h2M7 19.5h2m2 0h1m1 0h2m3 0h2m1 0h1m2 0h2m4 0h2m1 0h1m1 0h1M4 20.5h4m1 0h3m1 0h1m4 0h1m2 0h1m3 0h2m1 0h1m1 0h1m1 0h1m2 0h1M5 21.5h1m1 0h3m1 0h1m2 0h2m1 0h1m2 0h1m1 0h1m4 0h1m3 0h1m1 0h1m1 0h1M4 22.5h2m3 0h2m2 0h2m3 0h1m1 0h1m1 0h1m6 0h2m3 0h3M5 23.5h2m1 0h1m3 0h1m1 0h1m1 0h2m3 0h2m2 0h2m1 0h1m2 0h1M4 24.5h4m1 0h2m2 0h1m4 0h5m2 0h1m1 0h1m1 0h1M7 25.5h1m1 0h1m3 0h1m2 0h7m5 0h3m3 0h3M4 26.5h2m1 0h1m2 0h2m2 0h1m3 0h2m3 0h1m1 0h2m3 0h4m2 0h1M5 27.5h1m1 0h1m3 0h1m1 0h6m1 0h1m1 0h2m1 0h2m1 0h1m3 0h2M4 28.5h1m2 0h1m2 0h1m1 0h1m3 0h1m2 0h3m1 0h3m2 0h5m3 0h1M12 29.5h2m2 0h2m2 0h1m2 0h3m2 0h1m3 0h2m1 0h2M4 30.5h7m4 0h1m4 0h1m3 0h1m3 0h1m1 0h1m1 0h4M4 31.5h1m5 0h1m1 0h2m4 0h3m2 0h3m2 0h1m3 0h1M4 32.5h1m1 0h3m1 0h1m2 0h4m3 0h1m3 0h3m1 0h6M4 33.5h1m1 0h3m1 0h1m1 0h1m1 0h1m3 0h2m1 0h1m3 0h1m1 0h2m1 0h1m1 0h3M4 34.5h1m1 0h3m1 0h1m4 0h1m5 0h1m3 0h5m2 0h1m1 0h1m1 0h1M4 35.5h1m5 0h1m3 0h4m1 0h3m3 0h4m1 0h1M4 36.5h7m1 0h4m9 0h1m2 0h2m2 0h2m1 0h1";
}
