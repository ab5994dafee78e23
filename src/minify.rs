//! Smaller web files. Pages lose the indentation and blank lines their templates leave
//! ([`tidy`]). The site's small scripts are made smaller by a conservative whitespace
//! stripper ([`strip`]): whole-line `//` comments and blank lines go, and outside string
//! literals a space or tab is kept only between two identifier characters. Line breaks
//! stay, so automatic semicolon insertion is unaffected. The scripts are written for
//! this: no regex literals, no `a + +b`. Tests run the stripped file itself.

use std::path::Path;

use crate::error::{read_to_string, Error};

fn ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Strip a script as described above.
pub fn strip(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut quote: Option<char> = None;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match quote {
                Some(q) => {
                    out.push(c);
                    if c == '\\' && i + 1 < chars.len() {
                        out.push(chars[i + 1]);
                        i += 1;
                    } else if c == q {
                        quote = None;
                    }
                }
                None if c == '\'' || c == '"' => {
                    quote = Some(c);
                    out.push(c);
                }
                None if c == ' ' || c == '\t' => {
                    let prev = out.chars().last();
                    let next = chars[i + 1..].iter().find(|c| **c != ' ' && **c != '\t');
                    let words = prev.is_some_and(ident) && next.is_some_and(|n| ident(*n));
                    // `a + +b` and `a - -b` must not become `a++b` / `a--b`.
                    let signs = matches!(
                        (prev, next),
                        (Some('+'), Some('+')) | (Some('-'), Some('-'))
                    );
                    if words || signs {
                        out.push(' ');
                    }
                }
                None => out.push(c),
            }
            i += 1;
        }
        out.push('\n');
    }
    out
}

/// Read a script and strip it for the site.
pub fn stripped(path: &Path) -> Result<String, Error> {
    Ok(strip(&read_to_string(path)?))
}

/// The page without the indentation and blank lines its templates leave (some 1.8 MB at
/// 1,000 locations). Inside `<pre>` and `<textarea>`, where white space shows, every
/// line stays as it is; elsewhere a line break stays, so nothing renders differently.
pub fn tidy(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut verbatim = false;
    // Most pages have neither: then no line needs to be looked into for them.
    let may_open = html.contains("<pre") || html.contains("<textarea");
    // Lines found with a vectorised search for every line break at once: this runs over
    // every page.
    let ends = memchr::memchr_iter(b'\n', html.as_bytes())
        .map(|i| i + 1)
        .chain((!html.ends_with('\n')).then_some(html.len()));
    let mut start = 0;
    for end in ends {
        let line = &html[start..end];
        start = end;
        if verbatim {
            out.push_str(line);
        } else {
            // Spaces and tabs are one byte each, so the cut is on a char boundary.
            let indent = line
                .bytes()
                .take_while(|b| matches!(b, b' ' | b'\t'))
                .count();
            let line = &line[indent..];
            if line != "\n" {
                out.push_str(line);
            }
        }
        if may_open {
            verbatim = still_verbatim(line, verbatim);
        }
    }
    out
}

/// Whether the end of `line` is inside a `<pre>` or `<textarea>`, given whether its start was.
fn still_verbatim(line: &str, before: bool) -> bool {
    let mut inside = before;
    for (i, _) in line.match_indices('<') {
        let tag = &line.as_bytes()[i + 1..];
        let opens =
            |name: &[u8]| tag.starts_with(name) && matches!(tag.get(name.len()), Some(b'>' | b' '));
        if opens(b"pre") || opens(b"textarea") {
            inside = true;
        } else if tag.starts_with(b"/pre>") || tag.starts_with(b"/textarea>") {
            inside = false;
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    #[test]
    fn tidy_drops_indentation_and_blank_lines_but_not_inside_pre() {
        let html = "<ul>\n    <li>a</li>\n\n   \n    <li>b\n      c</li>\n</ul>\n<pre class=\"x\"><code>one\n    two\n\n</code></pre>\n  <textarea>\n  x\n</textarea>\n  <p>end</p>\n";
        assert_eq!(
            super::tidy(html),
            "<ul>\n<li>a</li>\n<li>b\nc</li>\n</ul>\n<pre class=\"x\"><code>one\n    two\n\n</code></pre>\n<textarea>\n  x\n</textarea>\n<p>end</p>\n"
        );
        // A last line without a line break, and nothing at all.
        assert_eq!(
            super::tidy("\t<p>a</p>\n  \n  <p>b</p>"),
            "<p>a</p>\n<p>b</p>"
        );
        assert_eq!(super::tidy(""), "");
    }

    #[test]
    fn keeps_strings_and_needed_spaces() {
        let src = "// comment\nvar a = 'x  y', b = \"it's\";\n  return a + b;\n\nif (a) { f(a, b) }\nc = a + +b - -a;\n";
        assert_eq!(
            super::strip(src),
            "var a='x  y',b=\"it's\";\nreturn a+b;\nif(a){f(a,b)}\nc=a+ +b- -a;\n"
        );
    }
}
