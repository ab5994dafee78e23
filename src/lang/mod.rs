//! The languages of the public site: one Project Fluent message catalogue per language
//! (`src/lang/<code>.ftl`, built in: words, sentences and their plural forms) and the CLDR
//! names of weekdays and months (ICU4X), so every sentence the generator writes (hours,
//! spreekuren, dates, the live status) can be made in each language. Dutch is the source
//! language and always first; the others follow in the order of their codes.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;

use crate::error::{ContentError, Problems};

/// The source language: its URLs have no language part.
pub const SOURCE: &str = "nl";

/// One language: its catalogue and its CLDR names.
pub struct Lang {
    /// BCP 47 code: "nl", "en", "ar".
    pub code: String,
    /// The language's name in itself ("English", "العربية").
    pub name: String,
    /// Written right to left.
    pub rtl: bool,
    bundle: FluentBundle<FluentResource>,
    weekdays: [String; 7],
    months: [String; 12],
    /// Every message id with whether a native speaker has reviewed it (a `# reviewed:
    /// yes` comment above it; the source language counts as reviewed).
    pub reviewed: BTreeMap<String, bool>,
    /// The messages without arguments, ids with `_` for `-`, for the templates.
    pub plain: BTreeMap<String, String>,
    /// The arguments of each message (`$name`), in order of appearance.
    pub variables: BTreeMap<String, Vec<String>>,
    /// Each time of day as [`Lang::time`] writes it, made when first asked for: a site
    /// writes the same few dozen times tens of thousands of times.
    times: Vec<std::sync::OnceLock<String>>,
    /// The messages made only of text and `$variables` (most of them), by id: they are
    /// filled in directly, which gives what Fluent gives at a fraction of its work.
    simple: rustc_hash::FxHashMap<String, Vec<Piece>>,
}

/// A part of a message made only of text and `$variables`.
enum Piece {
    Text(String),
    Var(String),
}

/// Every language of the site, Dutch first.
pub struct Languages {
    pub list: Vec<Lang>,
}

/// The built-in catalogues: `src/lang/<code>.ftl`, compiled into the program.
const CATALOGUES: &[(&str, &str)] = &[
    ("nl", include_str!("nl.ftl")),
    ("ar", include_str!("ar.ftl")),
    ("en", include_str!("en.ftl")),
    ("pl", include_str!("pl.ftl")),
    ("tr", include_str!("tr.ftl")),
    ("uk", include_str!("uk.ftl")),
];

/// The languages of the site, parsed once. A catalogue that does not parse or lacks a
/// message of Dutch is left out (`cargo test` fails on it: see the tests below).
pub fn all() -> &'static Languages {
    static ALL: std::sync::OnceLock<Languages> = std::sync::OnceLock::new();
    ALL.get_or_init(|| Languages::parse(CATALOGUES).0)
}

/// The source language, Dutch.
pub fn source() -> &'static Lang {
    all().source()
}

impl Languages {
    /// Parse catalogues `(code, text)`: the languages that are complete and the problems
    /// of the others.
    pub fn parse(catalogues: &[(&str, &str)]) -> (Languages, Problems) {
        let mut problems = Problems::default();
        let mut list = Vec::new();
        for (code, text) in catalogues {
            let path = Path::new("src/lang").join(format!("{code}.ftl"));
            match Lang::parse(code, text, &path) {
                Ok(lang) => list.push(lang),
                Err(p) => problems.extend(p),
            }
        }
        list.sort_by_key(|l| (l.code != SOURCE, l.code.clone()));
        let source: Vec<String> = list
            .first()
            .filter(|l| l.code == SOURCE)
            .map(|l| l.reviewed.keys().cloned().collect())
            .unwrap_or_default();
        list.retain(|lang| {
            let missing: Vec<&String> = source
                .iter()
                .filter(|id| !lang.reviewed.contains_key(*id))
                .collect();
            for id in &missing {
                problems.push(
                    ContentError::new(
                        &Path::new("src/lang").join(format!("{}.ftl", lang.code)),
                        id.to_string(),
                        format!("message `{id}` of nl.ftl is missing"),
                    )
                    .hint("Translate it, or copy the Dutch text and leave it unreviewed."),
                );
            }
            missing.is_empty()
        });
        (Languages { list }, problems.sorted())
    }

    /// The source language.
    pub fn source(&self) -> &Lang {
        &self.list[0]
    }

    /// The languages a site is made in: Dutch, then those of `codes` (the site's
    /// `talen`), in this list's order.
    pub fn published(&self, codes: &[String]) -> Vec<&Lang> {
        self.list
            .iter()
            .filter(|l| l.is_source() || codes.contains(&l.code))
            .collect()
    }

    pub fn get(&self, code: &str) -> Option<&Lang> {
        self.list.iter().find(|l| l.code == code)
    }
}

fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

impl Lang {
    fn parse(code: &str, text: &str, path: &Path) -> Result<Lang, Problems> {
        let mut problems = Problems::default();
        let langid: unic_langid::LanguageIdentifier = match code.parse() {
            Ok(id) => id,
            Err(_) => {
                problems.push(
                    ContentError::new(path, "", format!("`{code}` is not a language code"))
                        .hint("Name the file after a BCP 47 code, such as en.ftl or ar.ftl."),
                );
                return Err(problems);
            }
        };
        // Which messages are reviewed: the comment attached to each message.
        let mut reviewed = BTreeMap::new();
        let mut simple = rustc_hash::FxHashMap::default();
        match fluent_syntax::parser::parse(text) {
            Ok(ast) => {
                for entry in &ast.body {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        if let Some(pieces) = m.value.as_ref().and_then(simple_pattern) {
                            simple.insert(m.id.name.to_string(), pieces);
                        }
                        let said = m.comment.as_ref().is_some_and(|c| {
                            c.content
                                .iter()
                                .any(|l| l.trim().eq_ignore_ascii_case("reviewed: yes"))
                        });
                        reviewed.insert(m.id.name.to_string(), code == SOURCE || said);
                    }
                }
            }
            Err((_, errors)) => {
                for e in errors {
                    problems.push(
                        ContentError::new(path, "", format!("Fluent syntax: {}", e.kind))
                            .at(line_col(text, e.pos.start))
                            .hint("See https://projectfluent.org/fluent/guide/ for the syntax."),
                    );
                }
                return Err(problems);
            }
        }
        let resource =
            FluentResource::try_new(text.to_string()).map_err(|_| Problems::default())?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        // Arguments are isolated by `Lang::f` itself (only in sentences, only in
        // right-to-left languages), not by Fluent.
        let rtl = matches!(langid.language.as_str(), "ar" | "he" | "fa" | "ur");
        // (`Lang::f` fills in simple messages itself, as this bundle would: keep it without
        // isolation, transform or formatter, or the test
        // `simple_messages_are_filled_in_as_fluent_does` fails.)
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(ContentError::new(path, "", e.to_string()));
            }
            return Err(problems);
        }
        let (weekdays, months) = match cldr_names(code) {
            Some(names) => names,
            None => {
                problems.push(
                    ContentError::new(path, "", format!("no CLDR data for `{code}`"))
                        .hint("Use a language that CLDR (ICU4X) knows."),
                );
                return Err(problems);
            }
        };
        let mut lang = Lang {
            code: code.to_string(),
            name: String::new(),
            rtl,
            bundle,
            weekdays,
            months,
            reviewed,
            plain: BTreeMap::new(),
            variables: BTreeMap::new(),
            // 0.00 up to and including 24.00.
            times: (0..=24 * 60).map(|_| std::sync::OnceLock::new()).collect(),
            simple,
        };
        // Messages with arguments keep them as `{name}` for the templates to fill.
        let variables: BTreeMap<String, Vec<String>> = fluent_syntax::parser::parse(text)
            .map(|ast| {
                ast.body
                    .iter()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => {
                            let mut vars = Vec::new();
                            if let Some(p) = &m.value {
                                pattern_variables(p, &mut vars);
                            }
                            Some((m.id.name.to_string(), vars))
                        }
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (id, vars) in &variables {
            if lang
                .bundle
                .get_message(id)
                .and_then(|m| m.value())
                .is_none()
            {
                continue;
            }
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .map(|v| (v.as_str(), Arg::from(format!("{{{v}}}"))))
                .collect();
            let text = lang.f(id, &args);
            lang.plain.insert(id.replace('-', "_"), text);
        }
        lang.variables = variables;
        lang.name = lang.t("language-name");
        Ok(lang)
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.f(id, &[])
    }

    /// A message without arguments, borrowed from the catalogue ("" for an unknown id).
    pub fn word(&self, id: &str) -> &str {
        self.plain
            .get(&id.replace('-', "_"))
            .map_or("", String::as_str)
    }

    /// The message `id` with arguments (strings, or numbers for plural choices).
    pub fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        // In right-to-left text a sentence isolates what it is given (a Latin name, a
        // date with digits) so it keeps its own order: FSI … PDI, as Fluent would.
        let isolate = self.rtl && !BUILDING_BLOCKS.contains(&id);
        if let Some(text) = self.simple.get(id).and_then(|p| fill(p, args, isolate)) {
            return text;
        }
        self.fluent(id, args, isolate)
    }

    /// The message `id` as Fluent formats it.
    fn fluent(&self, id: &str, args: &[(&str, Arg)], isolate: bool) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            let v: FluentValue = match v {
                Arg::S(s) if isolate => FluentValue::from(format!("\u{2068}{s}\u{2069}")),
                Arg::S(s) => FluentValue::from(s.as_ref()),
                Arg::N(n) => FluentValue::from(*n),
            };
            fargs.set(*k, v);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    pub fn is_source(&self) -> bool {
        self.code == SOURCE
    }

    /// `dir` of its pages.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The part of a URL before a page's path: "" for Dutch, "en/" for English.
    pub fn prefix(&self) -> String {
        if self.is_source() {
            String::new()
        } else {
            format!("{}/", self.code)
        }
    }

    /// Weekday name, Monday = 0 ("maandag", "Monday", "الاثنين").
    pub fn weekday(&self, i: usize) -> &str {
        &self.weekdays[i % 7]
    }

    /// Month name as used in a date, January = 1 ("december", "grudnia").
    pub fn month(&self, m: i8) -> &str {
        &self.months[(m.clamp(1, 12) - 1) as usize]
    }

    pub fn weekdays(&self) -> &[String; 7] {
        &self.weekdays
    }

    pub fn months(&self) -> &[String; 12] {
        &self.months
    }

    /// The grammatical gender of weekday `i` (Monday = 0), for ordinals that agree with
    /// it ("pierwsza środa"): "m" or "f".
    pub fn weekday_gender(&self, i: usize) -> String {
        self.f("weekday-gender", &[("day", Arg::N(i as i64))])
    }

    /// A time of day: "10.00" in Dutch, "10:00" in English.
    pub fn time(&self, minutes: u16) -> String {
        let write = || {
            self.f(
                "time",
                &[
                    ("h", Arg::S((minutes / 60).to_string().into())),
                    ("mm", Arg::S(format!("{:02}", minutes % 60).into())),
                ],
            )
        };
        match self.times.get(usize::from(minutes)) {
            Some(known) => known.get_or_init(write).clone(),
            None => write(),
        }
    }

    /// "1 december".
    pub fn day_month(&self, d: Date) -> String {
        self.f(
            "day-month",
            &[
                ("day", Arg::S(d.day().to_string().into())),
                ("month", Arg::S(self.month(d.month()).into())),
            ],
        )
    }

    /// "dinsdag 1 december".
    pub fn weekday_date(&self, d: Date) -> String {
        self.f(
            "weekday-date",
            &[
                (
                    "weekday",
                    Arg::S(
                        self.weekday(d.weekday().to_monday_zero_offset() as usize)
                            .into(),
                    ),
                ),
                ("day", Arg::S(d.day().to_string().into())),
                ("month", Arg::S(self.month(d.month()).into())),
            ],
        )
    }

    /// "1 december 2026".
    pub fn long_date(&self, d: Date) -> String {
        self.with_year(self.day_month(d), d)
    }

    fn with_year(&self, date: String, d: Date) -> String {
        self.f(
            "date-year",
            &[
                ("date", Arg::S(date.into())),
                ("year", Arg::S(d.year().to_string().into())),
            ],
        )
    }

    /// Dates shown together, seen from `today`: all with their year when one is past or
    /// more than half a year ahead, or when they fall in different years.
    pub fn weekday_dates_near(&self, dates: &[Date], today: Date) -> Vec<String> {
        self.near(dates, today, Lang::weekday_date)
    }

    pub fn weekday_date_near(&self, d: Date, today: Date) -> String {
        self.weekday_dates_near(&[d], today).remove(0)
    }

    /// "1 december", with the year as for [`Lang::weekday_dates_near`].
    pub fn day_months_near(&self, dates: &[Date], today: Date) -> Vec<String> {
        self.near(dates, today, Lang::day_month)
    }

    /// `dates` said with `say`, all with their year when one of them needs it.
    fn near(&self, dates: &[Date], today: Date, say: fn(&Lang, Date) -> String) -> Vec<String> {
        let year = dates_need_year(dates, today);
        dates
            .iter()
            .map(|d| {
                let s = say(self, *d);
                if year {
                    self.with_year(s, *d)
                } else {
                    s
                }
            })
            .collect()
    }

    pub fn day_month_near(&self, d: Date, today: Date) -> String {
        self.day_months_near(&[d], today).remove(0)
    }

    /// What follows each of `n` items in a list: for three, [", ", " en ", ""].
    pub fn separators(&self, n: usize) -> Vec<String> {
        let and = self.join_and(&["\u{1}", "\u{2}"]);
        let and = and
            .split_once('\u{1}')
            .and_then(|(_, r)| r.split_once('\u{2}'))
            .map_or(" ", |(m, _)| m)
            .to_string();
        let sep = self.t("list-separator");
        (0..n)
            .map(|i| match n - i {
                1 => String::new(),
                2 => and.clone(),
                _ => sep.clone(),
            })
            .collect()
    }

    /// A list of names ("Tilburg, Goirle en Oisterwijk"): in right-to-left text each name
    /// is isolated, so a Latin name keeps its letters in order and the list its order.
    pub fn join_names<S: AsRef<str>>(&self, items: &[S]) -> String {
        if !self.rtl {
            return self.join_and(items);
        }
        let isolated: Vec<String> = items
            .iter()
            .map(|s| format!("\u{2068}{}\u{2069}", s.as_ref()))
            .collect();
        self.join_and(&isolated)
    }

    /// "a, b en c" ("a, b and c", "a، b و c").
    pub fn join_and<S: AsRef<str>>(&self, items: &[S]) -> String {
        match items {
            [] => String::new(),
            [one] => one.as_ref().to_string(),
            [init @ .., last] => {
                let sep = self.t("list-separator");
                let head: Vec<&str> = init.iter().map(|s| s.as_ref()).collect();
                self.f(
                    "list-and",
                    &[
                        ("head", Arg::S(head.join(&sep).into())),
                        ("last", Arg::S(last.as_ref().into())),
                    ],
                )
            }
        }
    }
}

/// The pattern as [`Piece`]s when it has nothing but text and `$variables` (no choices,
/// terms or functions), and no more of them than Fluent fills in (100).
fn simple_pattern(p: &fluent_syntax::ast::Pattern<&str>) -> Option<Vec<Piece>> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let pieces: Vec<Piece> = p
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => Some(Piece::Text(value.to_string())),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(Piece::Var(id.name.to_string())),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let vars = pieces.iter().filter(|p| matches!(p, Piece::Var(_))).count();
    (vars <= 100).then_some(pieces)
}

/// A simple message filled in as Fluent would (without its isolation marks, which the
/// bundle does not use): None when an argument is missing or a number (Fluent formats
/// those), so that Fluent itself does it.
fn fill(pieces: &[Piece], args: &[(&str, Arg)], isolate: bool) -> Option<String> {
    // The last of equal names, as `FluentArgs::set` keeps it.
    let arg = |name: &str| match &args.iter().rev().find(|(k, _)| *k == name)?.1 {
        Arg::S(s) => Some(s.as_ref()),
        Arg::N(_) => None,
    };
    let mut len = 0;
    for p in pieces {
        len += match p {
            Piece::Text(t) => t.len(),
            // FSI and PDI take three bytes each.
            Piece::Var(name) => arg(name)?.len() + if isolate { 6 } else { 0 },
        };
    }
    let mut out = String::with_capacity(len);
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => {
                let s = arg(name)?;
                if isolate {
                    out.push('\u{2068}');
                    out.push_str(s);
                    out.push('\u{2069}');
                } else {
                    out.push_str(s);
                }
            }
        }
    }
    Some(out)
}

/// The variables a message uses (`$name`), also inside its choices.
fn pattern_variables(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
                out.push(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern_variables(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

/// A language's name in itself ("العربية" for `ar`), for the languages staff speak: a
/// visitor recognises their own. None for a code this table lacks, and for a name in a
/// script other than Latin, Arabic or Cyrillic (Tigrinya, Tamazight, Chinese): the
/// site's fonts and most screen players' cannot show it.
pub fn autonym(code: &str) -> Option<&'static str> {
    let name = any_autonym(code)?;
    name.chars()
        .all(|c| {
            c.is_ascii()
                || ('\u{00C0}'..='\u{024F}').contains(&c)
                || ('\u{0400}'..='\u{04FF}').contains(&c)
                || ('\u{0600}'..='\u{06FF}').contains(&c)
        })
        .then_some(name)
}

fn any_autonym(code: &str) -> Option<&'static str> {
    Some(match code {
        "ar" => "العربية",
        "bg" => "Български",
        "de" => "Deutsch",
        "dse" => "Nederlandse Gebarentaal",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fr" => "Français",
        "fy" => "Frysk",
        "it" => "Italiano",
        "nl" => "Nederlands",
        "pap" => "Papiamentu",
        "pl" => "Polski",
        "prs" => "دری",
        "pt" => "Português",
        "ro" => "Română",
        "ru" => "Русский",
        "so" => "Soomaali",
        "ti" => "ትግርኛ",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "zgh" => "ⵜⴰⵎⴰⵣⵉⵖⵜ",
        "zh" => "中文",
        _ => return None,
    })
}

/// Within this many days from today a date is shown without its year.
pub const NEAR_DAYS: i32 = 182;

/// Whether dates shown together need their years: one is past or more than about six
/// months ahead, or they fall in different years.
fn dates_need_year(dates: &[Date], today: Date) -> bool {
    dates
        .iter()
        .any(|d| *d < today || crate::days::days_between(today, *d) > NEAR_DAYS)
        || dates.windows(2).any(|w| w[0].year() != w[1].year())
}

/// Messages that make parts of sentences (times, dates, lists, ranges): their arguments
/// are not isolated, the sentence that uses them isolates the whole.
const BUILDING_BLOCKS: &[&str] = &[
    "time",
    "day-month",
    "weekday-date",
    "date-year",
    "list-and",
    "range",
    "range-short",
    "short-hours",
];

/// An argument of a message.
#[derive(Clone)]
pub enum Arg<'a> {
    S(Cow<'a, str>),
    N(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::S(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::S(Cow::Owned(s))
    }
}

/// Weekday names (standalone, Monday first) and month names as used in a date ("1
/// grudnia": Polish and Ukrainian months change form there) from CLDR.
fn cldr_names(code: &str) -> Option<([String; 7], [String; 12])> {
    use icu_calendar::{Date as IcuDate, Gregorian};
    use icu_datetime::fieldsets::{E, MD};
    use icu_datetime::FixedCalendarDateTimeFormatter;
    // Western digits in every language: the hours of the content are written so.
    let locale: icu_locale_core::Locale = format!("{code}-u-nu-latn").parse().ok()?;
    let wf =
        FixedCalendarDateTimeFormatter::<Gregorian, E>::try_new(locale.clone().into(), E::long())
            .ok()?;
    let mf =
        FixedCalendarDateTimeFormatter::<Gregorian, MD>::try_new(locale.into(), MD::long()).ok()?;
    let bare = |s: String| -> String { s.trim_matches(|c: char| !c.is_alphabetic()).to_string() };
    let mut weekdays: [String; 7] = Default::default();
    for (i, w) in weekdays.iter_mut().enumerate() {
        // Monday 30 November 2026, then Tuesday 1 December and on.
        let (m, day) = if i == 0 { (11, 30) } else { (12, i as u8) };
        let d = IcuDate::try_new_gregorian(2026, m, day).ok()?;
        *w = bare(wf.format(&d).to_string());
    }
    let mut months: [String; 12] = Default::default();
    for (i, m) in months.iter_mut().enumerate() {
        let d = IcuDate::try_new_gregorian(2026, i as u8 + 1, 1).ok()?;
        *m = bare(mf.format(&d).to_string());
    }
    Some((weekdays, months))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn every_catalogue_parses_and_is_complete() {
        let (langs, problems) = Languages::parse(CATALOGUES);
        assert!(problems.is_empty(), "{problems:?}");
        let codes: Vec<&str> = langs.list.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["nl", "ar", "en", "pl", "tr", "uk"]);
    }

    #[test]
    fn simple_messages_are_filled_in_as_fluent_does() {
        let mut checked = 0;
        for lang in &all().list {
            for (id, pieces) in &lang.simple {
                let vars = &lang.variables[id];
                // Names with letters of several scripts, and one arg given twice.
                let args: Vec<(&str, Arg)> = vars
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (v.as_str(), Arg::from(format!("Zoë {i} العربية {{x}}"))))
                    .chain(vars.first().map(|v| (v.as_str(), Arg::from("last"))))
                    .collect();
                for isolate in [false, true] {
                    assert_eq!(
                        fill(pieces, &args, isolate).as_deref(),
                        Some(lang.fluent(id, &args, isolate).as_str()),
                        "{} {id}",
                        lang.code
                    );
                }
                checked += 1;
            }
            // Missing and numeric arguments are left to Fluent.
            assert!(fill(&lang.simple["range"], &[("from", "1".into())], false).is_none());
            assert!(fill(
                &lang.simple["range"],
                &[("from", "1".into()), ("to", Arg::N(2))],
                false
            )
            .is_none());
        }
        // Most messages are simple (a catalogue without any would make this test empty).
        assert!(checked > 6 * 100, "{checked}");
    }

    #[test]
    fn dutch_formats_as_the_dutch_module() {
        let nl = source();
        assert_eq!(nl.time(600), "10.00");
        assert_eq!(nl.weekday_date(date(2026, 12, 1)), "dinsdag 1 december");
        assert_eq!(nl.long_date(date(2027, 4, 5)), "5 april 2027");
        assert_eq!(nl.join_and(&["a", "b", "c"]), "a, b en c");
        assert_eq!(nl.month(3), "maart");
        assert_eq!(nl.weekday(6), "zondag");
    }

    #[test]
    fn autonyms_only_in_scripts_the_fonts_show() {
        assert_eq!(autonym("ar"), Some("العربية"));
        assert_eq!(autonym("uk"), Some("Українська"));
        assert_eq!(autonym("tr"), Some("Türkçe"));
        // Ethiopic and Chinese: the Dutch name is shown instead.
        assert_eq!(autonym("ti"), None);
        assert_eq!(autonym("zh"), None);
    }

    #[test]
    fn cldr_names_per_language() {
        let pl = all().get("pl").unwrap();
        assert_eq!(pl.month(12), "grudnia");
        assert_eq!(pl.weekday(1), "wtorek");
        let ar = all().get("ar").unwrap();
        assert_eq!(ar.weekday(1), "الثلاثاء");
        assert!(ar.rtl);
        let uk = all().get("uk").unwrap();
        assert_eq!(uk.month(12), "грудня");
        assert_eq!(all().get("en").unwrap().weekday(0), "Monday");
        assert_eq!(all().get("tr").unwrap().month(12), "Aralık");
    }
}
