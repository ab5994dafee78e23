//! YAML reading: the only module that calls `serde_yaml` (archived upstream, so a swap
//! touches this file alone), plus a position index built from `yaml-rust2` events so that
//! validation errors found after parsing can still point at a line and column.

use std::collections::HashMap;
use std::path::Path;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::error::{did_you_mean, ContentError};

/// A YAML document cut from a file, with the line it starts on.
pub struct Document<'a> {
    pub yaml: &'a str,
    /// Number of lines in the file before the YAML text starts.
    pub line_offset: usize,
}

/// A Markdown file split into front matter and body.
pub struct FrontMatter<'a> {
    pub doc: Document<'a>,
    pub body: &'a str,
}

/// Split `---\n yaml \n---\n body`. The error names what is wrong with the fences.
pub fn split_front_matter<'a>(path: &Path, text: &'a str) -> Result<FrontMatter<'a>, ContentError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
        .ok_or_else(|| {
            ContentError::new(path, "", "the file does not start with front matter")
                .at((1, 1))
                .hint("start the file with a line `---`, then the fields, then another `---`")
        })?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(FrontMatter {
                doc: Document {
                    yaml,
                    line_offset: 1,
                },
                body,
            });
        }
        offset += line.len();
    }
    Err(
        ContentError::new(path, "", "the front matter is not closed")
            .at((1, 1))
            .hint("add a line `---` after the last field"),
    )
}

/// Deserialize a document into a typed front-matter struct, turning serde_yaml's error
/// into a `ContentError` with position, field and a hint.
pub fn parse<T: DeserializeOwned>(path: &Path, doc: &Document) -> Result<T, ContentError> {
    // An empty document is an empty mapping, so "missing field" errors name the field.
    let yaml = if doc.yaml.trim().is_empty() {
        "{}"
    } else {
        doc.yaml
    };
    serde_yaml::from_str(yaml).map_err(|err| convert_error(path, doc, &err))
}

fn convert_error(path: &Path, doc: &Document, err: &serde_yaml::Error) -> ContentError {
    let (line, column) = err
        .location()
        .map(|l| (l.line() + doc.line_offset, l.column()))
        .unwrap_or((doc.line_offset + 1, 1));
    let full = err.to_string();
    let text = strip_marks(&full);
    // An unclosed quote is found at the end of the file; point at where the quote opened.
    let (mut line, mut column) = match context_mark(&full) {
        Some((l, c)) if full.contains("while scanning a quoted scalar") => (l + doc.line_offset, c),
        _ => (line, column),
    };
    // The reader names control characters by their character offset only.
    if let Some(pos) = full
        .split("control characters are not allowed at position ")
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse::<usize>().ok())
    {
        let before: String = doc.yaml.chars().take(pos).collect();
        let l = before.matches('\n').count() + 1 + doc.line_offset;
        let c = before.rsplit('\n').next().map_or(0, |x| x.chars().count()) + 1;
        return ContentError::new(path, "", "the file contains an invisible control character")
            .at((l, c))
            .hint("retype this part of the line; text copied from Word, a PDF or an e-mail can bring such characters in");
    }
    // serde_yaml prefixes the message with the path of the value ("spreekuren[0]: ...").
    let (mut field, message) = match text.split_once(": ") {
        Some((p, m)) if !p.contains(' ') => (p.to_string(), m.to_string()),
        _ => (String::new(), text.clone()),
    };
    let mut hint = None;
    let mut message = message;
    if full.contains("while scanning a quoted scalar") {
        message = "the quote that opens this value is never closed".to_string();
    }
    if let Some(name) = backticked(&message, "unknown field `") {
        field = join_field(&field, &name);
        hint = did_you_mean(&name, expected_names(&message).iter().map(String::as_str)).or_else(
            || {
                Some(format!(
                    "allowed here: {}",
                    expected_names(&message).join(", ")
                ))
            },
        );
        message = format!("unknown field `{name}`");
    } else if let Some(name) = backticked(&message, "missing field `") {
        field = join_field(&field, &name);
        hint = Some(format!("add the field `{name}`"));
    } else if let Some(name) = backticked(&message, "unknown variant `") {
        let names = expected_names(&message);
        hint = if name == "vijfde" {
            Some(
                "a month has no fifth week for every weekday: use `laatste` for the last one"
                    .into(),
            )
        } else {
            did_you_mean(&name, names.iter().map(String::as_str))
        }
        .or_else(|| Some(format!("choose one of: {}", names.join(", "))));
        message = format!("unknown value `{name}`");
    } else if message.contains("expected ja or nee") {
        hint = Some("write `ja` or `nee`".to_string());
        message = format!(
            "`{}` is not `ja` or `nee`",
            message.split('"').nth(1).unwrap_or("")
        );
    } else if message.starts_with("invalid value") && message.contains("integer") {
        hint = Some("write a whole number, for example `10`".to_string());
        message = "this is not a whole number".to_string();
    } else if message.starts_with("invalid type") {
        hint = Some(type_hint(&message).to_string());
        message = type_message(&message);
    } else if message.contains("parsed date is not valid") {
        let max = message
            .split("must be in range `1..=")
            .nth(1)
            .and_then(|r| r.split('`').next())
            .map(str::to_string);
        hint = Some(match max {
            Some(n) if message.contains("'day'") => {
                format!("that month has {n} days: check the day and the month")
            }
            _ => "check the day and the month".to_string(),
        });
        message = "this date does not exist".to_string();
    } else if message.contains("date")
        || message.contains("four digit")
        || message.contains("unparsed input")
        || message.contains("two digit integer")
        || message.contains("parse year")
        || message.contains("civil")
    {
        let written = doc
            .yaml
            .lines()
            .nth(line.saturating_sub(doc.line_offset + 1))
            .unwrap_or("");
        hint = Some(match iso_date_from_dutch(written) {
            Some(iso) => format!("write the date as year-month-day: `{iso}`"),
            None => "write a date as year-month-day, for example `2026-10-01`".to_string(),
        });
        message = "this is not a date in the form year-month-day".to_string();
    } else if message.contains("duplicate field") {
        hint = Some("remove one of the two".to_string());
    } else if field.is_empty() && err.location().is_some() {
        let h = syntax_hint(doc.yaml, line.saturating_sub(doc.line_offset));
        message = if h.starts_with("indent with spaces") {
            "a tab is used where spaces belong".to_string()
        } else {
            syntax_message(&message)
        };
        hint = Some(h);
    }
    if message.contains("did not match any variant of untagged enum RawDay") {
        message = "these hours have the wrong form".to_string();
        hint = Some("write the hours as `10.00-17.00`, a list such as `[10.00-12.00, 13.00-17.00]`, or `gesloten`".to_string());
    } else if message.contains("did not match any variant of untagged enum RawArea") {
        message = "this werkgebied has the wrong form".to_string();
        if field.is_empty() {
            field = "werkgebied".to_string();
        }
        // An untagged value has no position of its own: point at its key.
        if let Some(i) = doc.yaml.lines().position(|l| l.starts_with("werkgebied:")) {
            (line, column) = (i + 1 + doc.line_offset, 1);
        }
        hint = Some("write `werkgebied: landelijk` for the whole country, or a list of the gemeenten it serves, for example `werkgebied: [Tilburg, Goirle]`".to_string());
    } else if message.contains("did not match any variant") {
        message = "this value has the wrong form".to_string();
        hint = hint.or_else(|| Some("compare it with the example in the README".to_string()));
    }
    let mut e = ContentError::new(path, field, plain_words(&message)).at((line, column));
    e.hint = hint;
    e
}

/// Rust and serde words that may remain in a message, in the words an author uses.
fn plain_words(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for (i, word) in message.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_end_matches([',', '.', ':', ')']);
        let rest = &word[core.len()..];
        let plain = match core {
            "f32" | "f64" => "a number",
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
                "a whole number"
            }
            "sequence" => "list",
            "map" => "fields",
            "struct" | "enum" => "",
            c if c.starts_with("Raw") && c[3..].starts_with(char::is_uppercase) => "these fields",
            c => c,
        };
        out.push_str(plain);
        out.push_str(rest);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Remove libyaml's " at line N column M" from a message (the position is reported apart).
fn strip_marks(message: &str) -> String {
    let mut out = message.to_string();
    while let Some(i) = out.find(" at line ") {
        let rest = &out[i + 9..];
        let end = rest.find(',').map_or(out.len(), |j| i + 9 + j);
        out.replace_range(i..end, "");
    }
    out
}

/// The last "at line N column M" of a libyaml message (the context), 1-based.
fn context_mark(message: &str) -> Option<(usize, usize)> {
    let i = message.rfind(" at line ")?;
    let mut nums = message[i + 9..]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty());
    Some((nums.next()?.parse().ok()?, nums.next()?.parse().ok()?))
}

/// A YAML syntax error of the parser in plain words.
fn syntax_message(message: &str) -> String {
    let plain = if message.starts_with("mapping values are not allowed") {
        "there is a `: ` in a value, or the line is indented wrongly"
    } else if message.contains("did not find expected key")
        || message.contains("did not find expected '-'")
    {
        "this line does not fit the lines above it"
    } else if message.contains("unknown escape character")
        || message.contains("Unicode character escape")
    {
        "a backslash `\\` in a value between double quotes"
    } else if message.contains("tab character") {
        "a tab is used where spaces belong"
    } else if message.contains("cannot start any token") {
        "a value starts with a sign that YAML reserves (such as `@`, `%` or a backquote)"
    } else if message.contains("while scanning an anchor")
        || message.contains("while scanning an alias")
    {
        "a value starts with `&` or `*`, which YAML reserves"
    } else if message.contains("did not find expected ',' or") {
        "a list or group between brackets is not closed"
    } else if message.contains("while scanning") || message.contains("while parsing") {
        "this line is not in the form `key: value`"
    } else {
        return message.to_string();
    };
    plain.to_string()
}

/// A hint for a YAML syntax error on (1-based) `line` of the document or just before it.
fn syntax_hint(yaml: &str, line: usize) -> String {
    let lines: Vec<&str> = yaml.lines().collect();
    if lines
        .get(line.saturating_sub(1))
        .is_some_and(|l| l.trim_end().starts_with(char::is_whitespace) && l.contains('\t'))
    {
        return "indent with spaces, not with a tab".to_string();
    }
    let from = line.saturating_sub(3);
    let to = line.min(lines.len());
    for l in lines.get(from..to).unwrap_or_default().iter().rev() {
        if let Some((key, value)) = l.split_once(": ") {
            let v = value.trim();
            let quote = v.chars().next().filter(|c| *c == '\'' || *c == '"');
            if let Some(q) = quote {
                if v.len() == 1 || !v.ends_with(q) {
                    return format!(
                        "a value that starts with {q} must be in quotes as a whole: write `{}: \"{}\"`",
                        key.trim(),
                        v.replace('"', "\\\"")
                    );
                }
            }
            if v.contains(": ") {
                return format!(
                    "a value with `: ` in it must be in quotes: write `{}: \"{v}\"`",
                    key.trim()
                );
            }
        }
    }
    "check the indentation (spaces, not tabs) and the `key: value` form of this line and the one above".to_string()
}

fn join_field(parent: &str, name: &str) -> String {
    if parent.is_empty() || parent == "." {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

fn backticked(message: &str, prefix: &str) -> Option<String> {
    let start = message.find(prefix)? + prefix.len();
    let end = message[start..].find('`')?;
    Some(message[start..start + end].to_string())
}

/// The names after "expected one of" / "expected" in a serde message.
fn expected_names(message: &str) -> Vec<String> {
    let Some(i) = message.find("expected") else {
        return Vec::new();
    };
    message[i..]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// What serde expected, in the words an author uses ("a number", "a list").
fn expected_kind(message: &str) -> &'static str {
    let exp = message.rsplit("expected ").next().unwrap_or("");
    let exp = exp.trim();
    if exp.starts_with("ja") || exp.contains("boolean") {
        "ja-nee"
    } else if exp.starts_with("f32") || exp.starts_with("f64") || exp.contains("floating") {
        "number"
    } else if exp.starts_with('u')
        || exp.starts_with('i') && exp[1..].starts_with(char::is_numeric)
        || exp.contains("integer")
    {
        "whole-number"
    } else if exp.contains("sequence") || exp.contains("list") {
        "list"
    } else if exp.starts_with("struct") || exp.contains("map") {
        "fields"
    } else if exp.contains("string") || exp.contains("char") {
        "text"
    } else if exp.contains("date") {
        "date"
    } else {
        ""
    }
}

/// What the author wrote, per serde's "invalid type: X" ("a list", "a number").
fn found_kind(message: &str) -> &'static str {
    let found = message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.split(',').next())
        .unwrap_or("");
    if found.starts_with("sequence") {
        "a list"
    } else if found.starts_with("map") {
        "fields"
    } else if found.starts_with("string") {
        "a text"
    } else if found.contains("integer") || found.contains("floating") {
        "a number"
    } else if found.starts_with("boolean") {
        "yes/no (true or false)"
    } else if found.starts_with("unit") {
        "nothing"
    } else {
        "another kind of value"
    }
}

/// A serde "invalid type" message in plain words: no Rust type names.
fn type_message(message: &str) -> String {
    let want = match expected_kind(message) {
        "ja-nee" => "`ja` or `nee`",
        "number" => "a number",
        "whole-number" => "a whole number",
        "list" => "a list",
        "fields" => "fields on the lines below",
        "text" => "a text",
        "date" => "a date",
        _ => "another kind of value",
    };
    format!(
        "{} is written here, but this field needs {want}",
        found_kind(message)
    )
}

fn type_hint(message: &str) -> &'static str {
    match expected_kind(message) {
        "ja-nee" => "write `ja` or `nee`",
        "number" => "write a number with a point, not a comma: for example `51.5606`",
        "whole-number" => "write a whole number, for example `10`",
        "list" => "write a list: each item on its own line starting with `- `, or `[a, b]`",
        "fields" => "write the fields indented on the lines below",
        "text" if message.contains("sequence") => {
            "write one text here, not a list (a text with a comma or `:` in it goes in quotes)"
        }
        "text" => "write a text; put it in quotes if it has a `:` or starts with a special sign",
        "date" => "write a date as year-month-day, for example `2026-10-01`",
        _ => "check the form of this value",
    }
}

/// A date written as day-month-year (`01-10-2026`, `1/10/2026`) in the right order.
fn iso_date_from_dutch(message: &str) -> Option<String> {
    let candidates =
        message.split(|c: char| !(c.is_ascii_digit() || c == '-' || c == '/' || c == '.'));
    for c in candidates {
        let parts: Vec<&str> = c.split(['-', '/', '.']).collect();
        if let [d, m, y] = parts[..] {
            if y.len() == 4 && (1..=2).contains(&d.len()) && (1..=2).contains(&m.len()) {
                let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
                if (1..=31).contains(&d) && (1..=12).contains(&m) {
                    return Some(format!("{y}-{m:02}-{d:02}"));
                }
            }
        }
    }
    None
}

/// Where each value of a YAML document starts, by dotted path in serde_yaml's notation
/// (`spreekuren[0].tijd`).
#[derive(Debug, Default)]
pub struct Positions {
    values: HashMap<String, (usize, usize)>,
    keys: HashMap<String, (usize, usize)>,
    /// Used when nothing more specific is known.
    fallback: (usize, usize),
    /// Values written as a YAML null (`~`, `null`, or nothing at all), by path.
    pub nulls: Vec<String>,
    /// Keys that stand twice in one mapping: the second one's position, by path.
    duplicates: HashMap<String, (usize, usize)>,
    /// Where the nesting first went deeper than [`MAX_DEPTH`].
    pub too_deep: Option<(usize, usize)>,
}

/// How deeply mappings and lists may be nested in a content file.
pub const MAX_DEPTH: usize = 12;

impl Positions {
    pub fn index(doc: &Document) -> Positions {
        let mut rec = Recorder {
            stack: Vec::new(),
            pos: Positions::default(),
            offset: doc.line_offset,
            skipped: 0,
        };
        rec.pos.fallback = (doc.line_offset + 1, 1);
        // Brackets nested deeper than any content needs are refused before parsing: both
        // parsers take time that grows with the square of the depth.
        if let Some((line, column)) = flow_too_deep(doc.yaml) {
            rec.pos.too_deep = Some((line + doc.line_offset, column));
            return rec.pos;
        }
        let mut parser = Parser::new_from_str(doc.yaml);
        // A syntax error is reported by serde_yaml; keep what was indexed so far.
        let _ = parser.load(&mut rec, false);
        rec.pos
    }

    /// Position of the value at `field`, or of its nearest indexed parent.
    pub fn of(&self, field: &str) -> (usize, usize) {
        let mut f = field;
        loop {
            if let Some(p) = self.values.get(f) {
                return *p;
            }
            match f.rfind(['.', '[']) {
                Some(i) => f = &f[..i],
                None => return self.fallback,
            }
        }
    }

    /// Position of the key of `field` (for errors about a key itself).
    pub fn key(&self, field: &str) -> (usize, usize) {
        self.keys
            .get(field)
            .copied()
            .unwrap_or_else(|| self.of(field))
    }

    /// Where a key that stands twice in its mapping stands the second time.
    pub fn duplicate(&self, field: &str) -> Option<(usize, usize)> {
        self.duplicates.get(field).copied()
    }

    /// Keys of the mapping at `field` in document order.
    pub fn has(&self, field: &str) -> bool {
        self.values.contains_key(field)
    }
}

/// Where `[` / `{` brackets (outside quotes and comments) first nest deeper than
/// [`MAX_DEPTH`], 1-based.
fn flow_too_deep(yaml: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, line) in yaml.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut prev = ' ';
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '\'' | '"') if depth > 0 || prev == ' ' => quote = Some(c),
                // A comment starts after a space or a tab, as yaml-rust2 reads it.
                (None, '#') if prev == ' ' || prev == '\t' => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some((i + 1, col + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
            prev = c;
        }
    }
    None
}

/// Whether a mapping or list in `yaml` may start deeper than [`MAX_DEPTH`], judged from
/// the text alone (never "no" when [`Positions::index`] would find it too deep), so that
/// a document that cannot be needs no positional parse before serde_yaml reads it.
///
/// Block collections: one that starts at column c is at most 2c + 2 deep (each level
/// starts at least one column further right, except a list that is a key's value at the
/// key's column, whose entries then start two columns right). A line's first node starts
/// at its indentation; each `- `, `? ` or `: ` indicator (or anchor or tag) before it on
/// the line adds at most one level, and a mapping after the last one more.
///
/// Flow collections: each bracket counts twice (inside brackets, `k: v` is a mapping of
/// its own). Quotes could hide brackets or fake closing ones, so a line with a quote
/// counts only when it is a plain `key: "text"` or `- 'text'` line; any other line with
/// a quote (an apostrophe in plain text, an escape, a quote left open, a comment after
/// it) makes the answer "may be", and so does a `#` that is not after a space or a tab
/// (yaml-rust2 may read a comment there too). On the other lines every opening bracket
/// counts, and a closing one outside a comment. A lone carriage return, which YAML reads
/// as a line end and `str::lines` does not, makes the answer "may be" as well.
pub fn may_be_too_deep(yaml: &str) -> bool {
    // YAML also ends a line at a lone carriage return, where `lines` does not.
    if yaml.split('\r').skip(1).any(|rest| !rest.starts_with('\n')) {
        return true;
    }
    let Some(flow) = flow_bound(yaml) else {
        return true;
    };
    let block = yaml
        .lines()
        .map(|line| {
            let content = line.trim_start_matches([' ', '\t']);
            if content.is_empty() || content.starts_with('#') {
                return 0;
            }
            let indent = line.len() - content.len();
            let mut indicators = 0;
            let mut rest = content;
            loop {
                let after = if let Some(after) = rest.strip_prefix(['-', '?', ':']) {
                    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
                        break;
                    }
                    after
                } else if rest.starts_with(['&', '!']) {
                    rest.trim_start_matches(|c: char| c != ' ' && c != '\t')
                } else {
                    break;
                };
                indicators += 1;
                rest = after.trim_start_matches([' ', '\t']);
            }
            2 * indent + 2 * indicators + 2
        })
        .max()
        .unwrap_or(0);
    block + 2 * flow > MAX_DEPTH
}

/// The deepest bracket nesting of `yaml` counted as [`may_be_too_deep`] says (at least
/// the real one), or None when a quote makes the text unsure.
fn flow_bound(yaml: &str) -> Option<usize> {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for line in yaml.lines() {
        if line.contains(['"', '\'']) {
            if !plain_quoted(line) {
                return None;
            }
            // A complete quoted text after a key or dash: no bracket outside it.
            continue;
        }
        let mut prev = ' ';
        for c in line.chars() {
            match c {
                // (Where yaml-rust2 and `flow_too_deep` see a comment.)
                '#' if prev == ' ' || prev == '\t' => break,
                // Elsewhere yaml-rust2 may still read one (`{}:#`): unsure.
                '#' => return None,
                '[' | '{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            prev = c;
        }
    }
    Some(deepest)
}

/// Whether `line` is `key: "text"`, `- key: 'text'` or `- "text"`: one quoted text that
/// closes at the end of the line, with no escape and no other quote in it, after a key
/// without quotes, brackets or comment.
fn plain_quoted(line: &str) -> bool {
    let mut rest = line.trim_start_matches(' ');
    while let Some(after) = rest.strip_prefix("- ") {
        rest = after.trim_start_matches(' ');
    }
    let value = match rest.split_once(": ") {
        Some((key, value)) if !key.contains(['"', '\'', '#', '[', ']', '{', '}']) => value,
        _ => rest,
    }
    .trim_end_matches(' ');
    let inner = |q: char| {
        value
            .strip_prefix(q)
            .and_then(|v| v.strip_suffix(q))
            .filter(|_| value.len() >= 2)
    };
    if let Some(text) = inner('"') {
        !text.contains(['"', '\\'])
    } else if let Some(text) = inner('\'') {
        !text.replace("''", "").contains('\'')
    } else {
        false
    }
}

enum Frame {
    Map { key: Option<String> },
    Seq { index: usize },
}

struct Recorder {
    stack: Vec<(String, Frame)>,
    pos: Positions,
    offset: usize,
    /// Collections opened below [`MAX_DEPTH`], not indexed (paths would grow with depth).
    skipped: usize,
}

impl Recorder {
    /// The path a value arriving now gets, or None if it is a mapping key.
    fn value_path(&mut self) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some((base, Frame::Map { key })) => key.take().map(|k| join_field(base, &k)),
            Some((base, Frame::Seq { index })) => {
                let p = format!("{base}[{index}]");
                *index += 1;
                Some(p)
            }
        }
    }
}

impl MarkedEventReceiver for Recorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = (mark.line() + self.offset, mark.col() + 1);
        if self.skipped > 0 {
            match ev {
                Event::MappingStart(..) | Event::SequenceStart(..) => self.skipped += 1,
                Event::MappingEnd | Event::SequenceEnd => self.skipped -= 1,
                _ => {}
            }
            return;
        }
        match ev {
            Event::Scalar(value, style, ..) => match self.value_path() {
                Some(p) => {
                    let null = style == TScalarStyle::Plain
                        && matches!(value.as_str(), "" | "~" | "null" | "Null" | "NULL");
                    if null {
                        self.pos.nulls.push(p.clone());
                    }
                    self.pos.values.insert(p, at);
                }
                None => {
                    if let Some((base, Frame::Map { key })) = self.stack.last_mut() {
                        let path = join_field(base, &value);
                        if self.pos.keys.contains_key(&path) {
                            self.pos.duplicates.entry(path).or_insert(at);
                        } else {
                            self.pos.keys.insert(path, at);
                        }
                        *key = Some(value);
                    }
                }
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let path = self.value_path().unwrap_or_default();
                if self.stack.len() >= MAX_DEPTH {
                    self.pos.too_deep.get_or_insert(at);
                    self.skipped = 1;
                    return;
                }
                self.pos.values.insert(path.clone(), at);
                let frame = if matches!(ev, Event::MappingStart(..)) {
                    Frame::Map { key: None }
                } else {
                    Frame::Seq { index: 0 }
                };
                self.stack.push((path, frame));
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            Event::Alias(_) => {
                let _ = self.value_path();
            }
            _ => {}
        }
    }
}

/// Serialize a value to YAML (for `ido new` and exports); kept here with the parser.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::{may_be_too_deep, Document, Positions, MAX_DEPTH};

    /// A YAML tree to write out in the block and flow styles authors (or attackers) use.
    #[derive(Debug, Clone)]
    enum Node {
        Text,
        Map(Vec<Node>),
        List(Vec<Node>),
        Flow(Vec<Node>),
    }

    /// A small deterministic random source (xorshift), so the test needs no seed handling.
    struct Dice(u64);

    impl Dice {
        fn roll(&mut self) -> u8 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 24) as u8
        }
    }

    impl Iterator for Dice {
        type Item = u8;
        fn next(&mut self) -> Option<u8> {
            Some(self.roll())
        }
    }

    /// A tree `levels` deep along one path, with a plain value beside it here and there.
    fn tree(levels: usize, dice: &mut Dice) -> Node {
        if levels == 0 {
            return Node::Text;
        }
        let mut children = vec![tree(levels - 1, dice)];
        if dice.roll().is_multiple_of(3) {
            children.insert(usize::from(dice.roll() % 2), Node::Text);
        }
        match dice.roll() % 7 {
            0 => Node::Flow(children),
            1..=3 => Node::Map(children),
            _ => Node::List(children),
        }
    }

    /// Texts as authors write them: plain, quoted (with brackets inside) and with an
    /// apostrophe in a plain word.
    const TEXTS: [&str; 5] = ["x", "\"[[x]] {y\"", "'it''s [['", "it's", "'a]]'"];

    /// `node` in flow style; a nested entry is sometimes `k: …`, a mapping of its own.
    fn flow(node: &Node, style: &mut impl Iterator<Item = u8>, out: &mut String) {
        match node {
            Node::Flow(items) | Node::List(items) | Node::Map(items) => {
                out.push('[');
                for (i, n) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if style.next().unwrap_or(0).is_multiple_of(2) {
                        out.push_str("k: ");
                    }
                    flow(n, style, out);
                }
                out.push(']');
            }
            Node::Text => out.push_str(TEXTS[usize::from(style.next().unwrap_or(0) % 5)]),
        }
    }

    /// Write `node` as the value after `key:` (or a list dash) whose line is indented
    /// `indent`; `style` picks among the ways YAML allows (indentless lists, compact
    /// entries, extra indentation).
    fn value(node: &Node, indent: usize, style: &mut impl Iterator<Item = u8>, out: &mut String) {
        let choice = style.next().unwrap_or(0);
        match node {
            Node::Text => {
                out.push(' ');
                out.push_str(TEXTS[usize::from(choice % 5)]);
                out.push('\n');
            }
            Node::Flow(_) => {
                out.push(' ');
                flow(node, style, out);
                out.push('\n');
            }
            Node::Map(_) => {
                out.push('\n');
                block(node, indent + 1 + usize::from(choice % 3), style, out);
            }
            Node::List(_) => {
                out.push('\n');
                // A list under a key may stand at the key's own indentation.
                let inner = if choice.is_multiple_of(2) {
                    indent
                } else {
                    indent + 2
                };
                block(node, inner, style, out);
            }
        }
    }

    fn block(node: &Node, indent: usize, style: &mut impl Iterator<Item = u8>, out: &mut String) {
        let pad = " ".repeat(indent);
        match node {
            Node::Map(entries) => {
                for (i, n) in entries.iter().enumerate() {
                    out.push_str(&format!("{pad}k{i}:"));
                    value(n, indent, style, out);
                }
            }
            Node::List(items) => {
                for n in items {
                    out.push_str(&pad);
                    out.push('-');
                    match n {
                        // Compact: `- k0: …` and `- - …` on the dash's line.
                        Node::Map(entries) if style.next().unwrap_or(0).is_multiple_of(2) => {
                            out.push(' ');
                            let inner = indent + 2;
                            for (i, e) in entries.iter().enumerate() {
                                if i > 0 {
                                    out.push_str(&" ".repeat(inner));
                                }
                                out.push_str(&format!("k{i}:"));
                                value(e, inner, style, out);
                            }
                        }
                        Node::List(_) if style.next().unwrap_or(0).is_multiple_of(2) => {
                            out.push(' ');
                            let mut nested = String::new();
                            block(n, indent + 2, style, &mut nested);
                            out.push_str(nested.trim_start_matches(' '));
                        }
                        _ => value(n, indent, style, out),
                    }
                }
            }
            Node::Text | Node::Flow(_) => {
                out.push_str(&pad);
                out.push_str("k:");
                value(node, indent, style, out);
            }
        }
    }

    /// The text-only bound never misses a document the positional parse finds too deep,
    /// so skipping that parse when it says "no" is safe. Random trees 1 to 20 levels deep,
    /// written in random styles (with pairs inside brackets, quoted texts holding brackets,
    /// apostrophes in plain words); enough of them are too deep, and enough may skip the
    /// parse, for the check to mean something.
    #[test]
    fn the_depth_bound_never_misses_a_too_deep_document() {
        let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
        let (mut deep, mut fast, mut valid) = (0, 0, 0);
        for _ in 0..5000 {
            let levels = 1 + usize::from(dice.roll() % 20);
            let root = match tree(levels, &mut dice) {
                Node::Map(entries) => Node::Map(entries),
                other => Node::Map(vec![other]),
            };
            let mut yaml = String::new();
            block(&root, 0, &mut dice, &mut yaml);
            let positions = Positions::index(&Document {
                yaml: &yaml,
                line_offset: 0,
            });
            let bound = may_be_too_deep(&yaml);
            valid += usize::from(serde_yaml::from_str::<serde_yaml::Value>(&yaml).is_ok());
            if positions.too_deep.is_some() {
                deep += 1;
                assert!(bound, "missed:\n{yaml}");
            } else if !bound {
                fast += 1;
            }
        }
        assert!(valid > 4500, "only {valid} documents were valid YAML");
        assert!(deep > 500, "only {deep} documents were too deep");
        assert!(
            fast > 250,
            "only {fast} documents could skip the positional parse"
        );
    }

    #[test]
    fn a_deep_block_document_is_caught_and_an_ordinary_one_is_not() {
        let mut deep = String::new();
        for level in 0..=MAX_DEPTH {
            deep.push_str(&format!("{}k{level}:\n", "  ".repeat(level)));
        }
        deep.push_str(&format!("{}k: x\n", "  ".repeat(MAX_DEPTH + 1)));
        let positions = Positions::index(&Document {
            yaml: &deep,
            line_offset: 0,
        });
        assert!(positions.too_deep.is_some());
        assert!(may_be_too_deep(&deep));
        // Found in review: pairs inside brackets are mappings of their own, and an
        // apostrophe in a plain word is no quote.
        assert!(may_be_too_deep("themas: [k: [k: [k: [k: [k: [k: v]]]]]]\n"));
        assert!(may_be_too_deep(
            "themas: [it's, [[[[[[[[[[[[v]]]]]]]]]]]]]\n"
        ));
        assert!(may_be_too_deep(
            "a: [[[[[[ \"]]]]]]\" , it 's, [[[[[[[v]]]]]]] ]]]]]]\n"
        ));
        // And in two more: lines that end in a lone carriage return, and a tab before `#`
        // (a comment for yaml-rust2, so the `]` after it closes nothing).
        let lone_cr: String = (0..=13)
            .map(|level| format!("{}k{level}:\r", " ".repeat(level)))
            .chain(["              x: y\n".to_string()])
            .collect();
        let index = |yaml: &str| {
            Positions::index(&Document {
                yaml,
                line_offset: 0,
            })
        };
        assert!(index(&lone_cr).too_deep.is_some());
        assert!(may_be_too_deep(&lone_cr));
        let tab_comment = format!("{}{}\n", "[\t#]\n".repeat(13), "]".repeat(13));
        assert!(index(&tab_comment).too_deep.is_some());
        assert!(may_be_too_deep(&tab_comment));
        // And in a fourth: a `#` right after a flow value indicator is a comment too.
        let glued = format!("{}x{}\n", "{{}:#}\n".repeat(13), "}".repeat(13));
        assert!(index(&glued).too_deep.is_some());
        assert!(may_be_too_deep(&glued));
        // Lists at the key's indentation, compact entries and flow lists, as authors write
        // them, also with Windows line ends.
        let ordinary = "naam: Test\nthemas: [digid, toeslagen]\nopeningstijden:\n  maandag: [10.00-12.00, 13.00-17.00]\nspreekuren:\n- titel: SVB\n  extra: [2026-12-01]\n- titel: UWV\n  dag: maandag\n";
        assert!(!may_be_too_deep(&ordinary.replace('\n', "\r\n")));
        assert!(!may_be_too_deep(ordinary));
    }
}
