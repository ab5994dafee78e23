//! The site's small scripts, made smaller when the site is built by a conservative
//! whitespace stripper: whole-line `//` comments and blank lines go, and outside string
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

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_strings_and_needed_spaces() {
        let src = "// comment\nvar a = 'x  y', b = \"it's\";\n  return a + b;\n\nif (a) { f(a, b) }\nc = a + +b - -a;\n";
        assert_eq!(
            super::strip(src),
            "var a='x  y',b=\"it's\";\nreturn a+b;\nif(a){f(a,b)}\nc=a+ +b- -a;\n"
        );
    }
}
