//! QR codes as small SVG images, for the flyers, posters, slides and slideshows.

/// The QR code of `url` as SVG (error correction M, with the quiet zone a reader needs):
/// one stroked path of horizontal runs (`M4 4.5h7m3 0h1`: a run, then a move to the next
/// run of the row), a few KB instead of a rectangle per module.
pub fn svg(url: &str) -> Vec<u8> {
    use std::fmt::Write as _;
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
                let _ = match pen {
                    None => write!(d, "M{} {}.5h{}", start + quiet, y + quiet, x - start),
                    Some(p) => write!(d, "m{} 0h{}", start - p, x - start),
                };
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
