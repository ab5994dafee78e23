//! YAML reading: the only module that calls `serde_yaml` (archived upstream, so a swap
//! touches this file alone), plus a position index built from `yaml-rust2` events so that
//! validation errors found after parsing can still point at a line and column.

use std::collections::HashMap;
use std::path::Path;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

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
    let (line, column) = match context_mark(&full) {
        Some((l, c)) if full.contains("while scanning a quoted scalar") => (l + doc.line_offset, c),
        _ => (line, column),
    };
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
    } else if message.contains("date") {
        hint = Some("write a date as year-month-day, for example `2026-10-01`".to_string());
    } else if message.starts_with("invalid type") {
        hint = Some(type_hint(&message).to_string());
    } else if message.contains("duplicate field") {
        hint = Some("remove one of the two".to_string());
    } else if field.is_empty() && err.location().is_some() {
        hint = Some(syntax_hint(doc.yaml, line.saturating_sub(doc.line_offset)));
    }
    let mut e = ContentError::new(path, field, message).at((line, column));
    e.hint = hint;
    e
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

fn type_hint(message: &str) -> &'static str {
    if message.contains("expected a boolean") || message.contains("expected ja") {
        "write `ja` or `nee`"
    } else if message.contains("invalid type: sequence") {
        "write one value here, not a list"
    } else if message.contains("sequence") {
        "write a list: each item on its own line starting with `- `"
    } else if message.contains("expected a string") || message.contains("string") {
        "put the value in quotes, for example \"10.00-17.00\""
    } else if message.contains("map") || message.contains("struct") {
        "write the fields indented on the lines below"
    } else {
        "check the form of this value"
    }
}

/// Where each value of a YAML document starts, by dotted path in serde_yaml's notation
/// (`spreekuren[0].tijd`).
#[derive(Debug, Default)]
pub struct Positions {
    values: HashMap<String, (usize, usize)>,
    keys: HashMap<String, (usize, usize)>,
    /// Used when nothing more specific is known.
    fallback: (usize, usize),
}

impl Positions {
    pub fn index(doc: &Document) -> Positions {
        let mut rec = Recorder {
            stack: Vec::new(),
            pos: Positions::default(),
            offset: doc.line_offset,
        };
        rec.pos.fallback = (doc.line_offset + 1, 1);
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

    /// Keys of the mapping at `field` in document order.
    pub fn has(&self, field: &str) -> bool {
        self.values.contains_key(field)
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
        match ev {
            Event::Scalar(value, ..) => match self.value_path() {
                Some(p) => {
                    self.pos.values.insert(p, at);
                }
                None => {
                    if let Some((base, Frame::Map { key })) = self.stack.last_mut() {
                        self.pos.keys.insert(join_field(base, &value), at);
                        *key = Some(value);
                    }
                }
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let path = self.value_path().unwrap_or_default();
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
