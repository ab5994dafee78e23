//! `ido check`: everything `build` validates (errors), plus warnings that do not stop a
//! build: stale data and plain language (B1) in every text citizens read, including
//! the sentences the generator writes and the text of the templates.

pub mod language;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::error::{read_to_string, ContentError, Error, Problems};
use crate::model::{Kind, Site};
use crate::BuildOptions;
use language::Checker;

/// Data not checked for this long is stale.
pub const STALE_MONTHS: i64 = 6;

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub errors: Vec<ContentError>,
    pub warnings: Vec<ContentError>,
    /// Per other language: what has not been translated or reviewed.
    pub translations: Vec<Translation>,
}

/// The state of one language: the built-in messages no native speaker has reviewed, and
/// the author's texts without a translation (the pages show them in Dutch).
#[derive(Debug, Serialize)]
pub struct Translation {
    pub code: String,
    pub name: String,
    pub messages: usize,
    pub unreviewed: Vec<String>,
    /// (file, the fields of `vertalingen.<code>` it lacks).
    pub untranslated: Vec<(PathBuf, Vec<&'static str>)>,
}

/// How many files a language's summary names before it says how many more there are.
const LIST_FILES: usize = 10;

impl Translation {
    fn text(&self) -> String {
        let mut out = format!(
            "{} ({}): {} of {} built-in messages not yet reviewed by a native speaker (src/lang/{}.ftl)",
            self.code,
            self.name,
            self.unreviewed.len(),
            self.messages,
            self.code
        );
        if self.untranslated.is_empty() {
            out.push_str("; every text of the content is translated\n");
            return out;
        }
        out.push_str(&format!(
            "; {} content files have text only in Dutch (add `vertalingen: {{{}: ...}}`):\n",
            self.untranslated.len(),
            self.code
        ));
        for (path, fields) in self.untranslated.iter().take(LIST_FILES) {
            out.push_str(&format!("  {}: {}\n", path.display(), fields.join(", ")));
        }
        if self.untranslated.len() > LIST_FILES {
            out.push_str(&format!(
                "  and {} more\n",
                self.untranslated.len() - LIST_FILES
            ));
        }
        out
    }
}

/// Every other language of the site: its unreviewed messages and untranslated texts.
fn translations(site: &Site) -> Vec<Translation> {
    crate::lang::all().published(&site.config.languages)[1..]
        .iter()
        .map(|lang| {
            let mut untranslated = Vec::new();
            for l in &site.locations {
                let t = l.translations.get(&lang.code);
                let mut missing = Vec::new();
                if !l.body_html.trim().is_empty() && t.is_none_or(|t| t.body_html.is_none()) {
                    missing.push("tekst");
                }
                if l.visit_note.is_some() && t.is_none_or(|t| t.visit_note.is_none()) {
                    missing.push("afspraak");
                }
                let inside = l.address.as_ref().is_some_and(|a| a.inside.is_some());
                if inside && t.is_none_or(|t| t.inside.is_none()) {
                    missing.push("waar");
                }
                if !missing.is_empty() {
                    untranslated.push((l.source.clone(), missing));
                }
            }
            for th in &site.themes {
                let t = th.translations.get(&lang.code);
                let mut missing = Vec::new();
                if t.is_none_or(|t| t.summary.is_none()) {
                    missing.push("uitleg");
                }
                if !th.body_html.trim().is_empty() && t.is_none_or(|t| t.body_html.is_none()) {
                    missing.push("tekst");
                }
                if !th.bring.is_empty() && t.is_none_or(|t| t.bring.is_empty()) {
                    missing.push("meenemen");
                }
                if !missing.is_empty() {
                    untranslated.push((site_file(site, "themas", &th.slug), missing));
                }
            }
            for p in &site.pages {
                let t = p.translations.get(&lang.code);
                let mut missing = Vec::new();
                if t.is_none_or(|t| t.title.is_none()) {
                    missing.push("titel");
                }
                if !p.body_html.trim().is_empty() && t.is_none_or(|t| t.body_html.is_none()) {
                    missing.push("tekst");
                }
                if !missing.is_empty() {
                    untranslated.push((site_file(site, "paginas", &p.slug), missing));
                }
            }
            untranslated.sort();
            Translation {
                code: lang.code.clone(),
                name: lang.name.clone(),
                messages: lang.reviewed.len(),
                unreviewed: lang
                    .reviewed
                    .iter()
                    .filter(|(_, ok)| !**ok)
                    .map(|(id, _)| id.clone())
                    .collect(),
                untranslated,
            }
        })
        .collect()
}

impl Report {
    /// The report as text: errors, then warnings, then a count.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (kind, list) in [("error", &self.errors), ("warning", &self.warnings)] {
            for e in list {
                out.push_str(&format!("{kind}: {e}\n"));
            }
        }
        if !self.translations.is_empty() {
            out.push_str("translations (what is missing shows in Dutch, marked as Dutch):\n");
            for t in &self.translations {
                out.push_str(&t.text());
            }
        }
        out.push_str(&format!(
            "{} errors, {} warnings\n",
            self.errors.len(),
            self.warnings.len()
        ));
        out
    }
}

use crate::content::{Source, Sources};

fn warn(
    out: &mut Vec<ContentError>,
    path: &Path,
    at: (usize, usize),
    field: &str,
    message: String,
    hint: impl Into<String>,
) {
    out.push(ContentError::new(path, field, message).at(at).hint(hint));
}

/// Check the content (and templates) of a site: the errors `build` would give, then
/// warnings. The site is built into a temporary folder that is removed afterwards
/// (nothing is written next to the content or in the working directory). Flyers, posters
/// and slides are rendered only when `opts.print` is set; otherwise only the check that
/// their text fits the print font runs (the one error the rendering itself can find).
pub fn check(opts: &BuildOptions) -> Result<Report, Error> {
    let mut report = Report::default();
    // One load: the build below starts from it, and the warnings point at lines with the
    // positions it kept.
    let (site, sources) = match crate::load_keeping(opts) {
        Ok(loaded) => loaded,
        Err(Error::Content(Problems(list))) => {
            report.errors = list;
            return Ok(report);
        }
        Err(e) => return Err(e),
    };
    let tmp = tempfile::Builder::new()
        .prefix("ido-check-")
        .tempdir()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let mut build = opts.clone();
    build.output = tmp.path().join("public");
    build.cache = tmp.path().join("cache");
    let built = crate::Session::start_with(build.clone(), site)
        .and_then(|session| print_font(&build, session.site()).map(|()| session));
    let session = match built {
        Ok(session) => session,
        Err(Error::Content(Problems(list))) => {
            report.errors = list;
            return Ok(report);
        }
        Err(e) => return Err(e),
    };
    let site = session.site();
    let checker = Checker::new();
    stale(site, &sources, opts.today, &mut report.warnings);
    if let Some(sec) = site
        .config
        .security
        .as_ref()
        .filter(|s| s.expires <= opts.today)
    {
        let path = opts.content.join("site.yaml");
        let at = sources
            .get(&path)
            .map_or((0, 0), |s| s.positions.of("beveiliging.verloopt"));
        warn(
            &mut report.warnings,
            &path,
            at,
            "beveiliging.verloopt",
            format!(
                "the date {} has passed, so security.txt is not published",
                sec.expires
            ),
            format!(
                "write a date less than a year ahead, for example `{}`",
                opts.today.saturating_add(jiff::Span::new().months(11))
            ),
        );
    }
    texts(
        site,
        session.agendas(),
        &sources,
        opts.today,
        &checker,
        &mut report.warnings,
    );
    templates(&opts.templates.join("site"), &checker, &mut report.warnings)?;
    images(site, &sources, &mut report.warnings);
    links(&build.output, site, &sources, &mut report.warnings)?;
    report.translations = translations(site);
    report.warnings.sort();
    report.warnings.dedup();
    Ok(report)
}

fn stale(site: &Site, sources: &Sources, today: Date, out: &mut Vec<ContentError>) {
    let limit = today
        .checked_sub(jiff::Span::new().months(STALE_MONTHS))
        .unwrap_or(today);
    for loc in &site.locations {
        let Some(src) = sources.get(&loc.source) else {
            continue;
        };
        let p = &loc.source;
        if loc.last_checked < limit {
            warn(
                out,
                p,
                src.positions.of("laatst_gecontroleerd"),
                "laatst_gecontroleerd",
                format!(
                    "last checked on {}, more than {STALE_MONTHS} months ago",
                    loc.last_checked
                ),
                "check hours, spreekuren and contact details, then set today's date",
            );
        }
        if let Some(period) = loc.period.filter(|p| p.until < today) {
            let what = if loc.kind == Kind::PopUp {
                "this pop-up"
            } else {
                "this location"
            };
            warn(
                out,
                p,
                src.positions.of("periode"),
                "periode",
                format!("{what} closed on {}", period.until),
                "remove the file, or give it a new period",
            );
        }
        for (i, c) in loc
            .schedule
            .closures
            .iter()
            .enumerate()
            .filter(|(_, c)| c.until < today)
        {
            warn(
                out,
                p,
                src.positions.of(&format!("gesloten[{i}]")),
                "gesloten",
                format!("the closure \"{}\" ended on {}", c.reason, c.until),
                "remove it from `gesloten`",
            );
        }
        for (i, sp) in loc
            .schedule
            .special
            .iter()
            .enumerate()
            .filter(|(_, s)| s.date < today)
        {
            warn(
                out,
                p,
                src.positions.of(&format!("andere_tijden[{i}]")),
                "andere_tijden",
                format!("the other hours \"{}\" were on {}", sp.reason, sp.date),
                "remove it from `andere_tijden`",
            );
        }
        for (i, s) in loc.schedule.sessions.iter().enumerate() {
            if let Some(until) = s.period.and_then(|pe| pe.until).filter(|u| *u < today) {
                let field = format!("spreekuren[{i}].periode");
                warn(
                    out,
                    p,
                    src.positions.of(&field),
                    &field,
                    format!("\"{}\" ended on {}", s.title, until),
                    "remove the spreekuur, or give it a new period",
                );
            }
        }
        for (field, c) in loc.schedule.stale_calendars(today) {
            let message = match c.missing_before(today) {
                Some(next) => format!(
                    "the calendar `{}` has no dates before {next}: periods seem to be missing, so the spreekuur shows as held in them",
                    c.slug
                ),
                None => format!(
                    "the calendar `{}` has no dates for the coming 12 months",
                    c.slug
                ),
            };
            warn(
                out,
                p,
                src.positions.of(&field),
                &field,
                message,
                format!("add the coming periods to `kalenders/{}.yaml`", c.slug),
            );
        }
    }
}

/// Markdown to plain sentences: drop headings marks, list bullets, link targets, code.
fn plain(markdown: &str) -> String {
    let mut out = String::new();
    for line in markdown.lines() {
        let l = line
            .trim_start()
            .trim_start_matches('#')
            .trim_start_matches(['-', '*', '>'])
            .trim();
        if l.starts_with('|') {
            continue; // tables hold data, not sentences
        }
        let mut text = String::new();
        let mut rest = l;
        while let Some(i) = rest.find("](") {
            text.push_str(&rest[..i].replace('[', ""));
            rest = rest[i + 2..].split_once(')').map_or("", |(_, r)| r);
        }
        text.push_str(&rest.replace('`', ""));
        // A list item or heading without a full stop is still its own sentence.
        if !text.is_empty()
            && !text.ends_with(['.', '!', '?', ':'])
            && line.trim_start().starts_with(['#', '-', '*'])
        {
            text.push('.');
        }
        out.push_str(&text);
        out.push('\n');
        if line.trim().is_empty() || line.trim_start().starts_with(['#', '-', '*']) {
            out.push('\n');
        }
    }
    out
}

/// Where a sentence is in a file: the line holding its first words.
fn locate(src: &Source, sentence: &str, fallback: usize) -> (usize, usize) {
    let head: Vec<&str> = language::words(sentence).take(3).collect();
    let needle = head.join(" ");
    for (i, line) in src.text.lines().enumerate() {
        if let Some(col) = line.find(&needle) {
            return (i + 1, line[..col].chars().count() + 1);
        }
    }
    (fallback, 1)
}

fn check_text(
    checker: &Checker,
    src: &Source,
    path: &Path,
    field: &str,
    text: &str,
    fallback: usize,
    out: &mut Vec<ContentError>,
) {
    for s in language::sentences(text) {
        for f in checker.sentence(&s) {
            let at = locate(src, &s, fallback);
            let message = if f.words.is_empty() {
                f.message
            } else {
                format!("{}: {}", f.message, f.words)
            };
            warn(out, path, at, field, message, f.hint);
        }
    }
}

/// Marks a generated text made of dates (cancelled and extra dates, closures).
const DATES: &str = "\u{0}dates:";

fn texts(
    site: &Site,
    agendas: &[crate::derive::Agenda],
    sources: &Sources,
    today: Date,
    checker: &Checker,
    out: &mut Vec<ContentError>,
) {
    let content = |slug: &str, folder: &str| site_file(site, folder, slug);
    let mut files: Vec<(PathBuf, Vec<(String, String)>, String)> = Vec::new();
    for (l, agenda) in site.locations.iter().zip(agendas) {
        let mut fields = vec![(
            "afspraak.uitleg".to_string(),
            l.visit_note.clone().unwrap_or_default(),
        )];
        if let Some(a) = &l.address {
            fields.push(("adres.waar".into(), a.inside.clone().unwrap_or_default()));
        }
        for (i, s) in l.schedule.sessions.iter().enumerate() {
            fields.push((
                format!("spreekuren[{i}].uitleg"),
                s.note.clone().unwrap_or_default(),
            ));
            // The sentences the generator writes from the rule and its exceptions.
            fields.push((format!("spreekuren[{i}]"), s.dutch(today)));
            if let Some(x) = crate::present::session_exceptions(crate::lang::source(), s, today) {
                fields.push((format!("{DATES}spreekuren[{i}]"), x));
            }
        }
        // The location's coming changes: closures, holidays, other hours.
        fields.push((
            format!("{DATES}gesloten"),
            crate::present::changes(
                crate::lang::source(),
                &l.schedule,
                agenda,
                crate::present::CHANGES_DAYS,
            )
            .join(" "),
        ));
        files.push((l.source.clone(), fields, String::new()));
    }
    for t in &site.themes {
        let mut fields = vec![("uitleg".to_string(), t.summary.clone())];
        fields.extend(
            t.bring
                .iter()
                .enumerate()
                .map(|(i, b)| (format!("meenemen[{i}]"), b.clone())),
        );
        files.push((content(&t.slug, "themas"), fields, String::new()));
    }
    for p in &site.partners {
        files.push((
            content(&p.slug, "partners"),
            vec![("helpt_met".into(), p.helps_with.clone())],
            String::new(),
        ));
    }
    for p in &site.pages {
        files.push((
            content(&p.slug, "paginas"),
            vec![(
                "beschrijving".into(),
                p.description.clone().unwrap_or_default(),
            )],
            String::new(),
        ));
    }
    for (path, fields, _) in files {
        let Some(src) = sources.get(&path) else {
            continue;
        };
        let body = src
            .text
            .split("\n---")
            .nth(1)
            .and_then(|rest| rest.split_once('\n'))
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        let body = plain(&body);
        check_text(checker, src, &path, "", &body, src.body_line, out);
        let mut all = body.clone();
        for (field, text) in &fields {
            // Lists of dates are checked sentence by sentence, but are no prose for the
            // reading ease of the whole file.
            let (field, dates) = match field.strip_prefix(DATES) {
                Some(f) => (f, true),
                None => (field.as_str(), false),
            };
            let at = src.positions.of(field).0;
            let before = out.len();
            check_text(checker, src, &path, field, text, at, out);
            // The author cannot split a generated sentence: say what makes it long.
            let hint = if field == "gesloten" {
                "the page writes this sentence from `gesloten`, `andere_tijden` and the holidays: give each `reden` a few words"
            } else {
                "the page writes this sentence from `vervalt` and `extra`: for holidays or school holidays, use a calendar (`niet_tijdens`) instead of a list of dates"
            };
            if dates {
                for w in &mut out[before..] {
                    w.hint = Some(hint.into());
                }
            }
            if !dates {
                all.push_str(text);
                all.push('\n');
            }
        }
        if let Some(score) = checker.reading_ease(&all) {
            if score < language::MIN_READING_EASE {
                warn(
                    out,
                    &path,
                    (1, 1),
                    "",
                    format!(
                        "reading ease {score:.0} (Flesch-Douma); B1 asks {} or more",
                        language::MIN_READING_EASE
                    ),
                    "use shorter sentences and shorter words",
                );
            }
        }
    }
}

fn site_file(site: &Site, folder: &str, slug: &str) -> PathBuf {
    // Content files live next to a location file; all share the content folder.
    let base = site
        .locations
        .first()
        .and_then(|l| l.source.parent()?.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let md = base.join(folder).join(format!("{slug}.md"));
    if md.exists() {
        md
    } else {
        base.join(folder).join(format!("{slug}.yaml"))
    }
}

/// The loaded files of the locations (in the site's order), then of the themes, partners
/// and pages (by path).
fn content_files<'s>(
    site: &'s Site,
    sources: &'s Sources,
) -> impl Iterator<Item = (&'s PathBuf, &'s Source)> {
    let locations = site
        .locations
        .iter()
        .filter_map(|l| sources.get_key_value(&l.source));
    let folders = ["themas", "partners", "paginas"]
        .into_iter()
        .flat_map(move |folder| {
            let dir = site_file(site, folder, "x")
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            sources
                .iter()
                .filter(move |(path, _)| path.parent() == Some(dir.as_path()))
        });
    locations.chain(folders)
}

/// Tags whose text stands on its own (a heading, a list item, a cell).
const BLOCK: &[&str] = &[
    "h1", "h2", "h3", "h4", "p", "li", "td", "th", "dt", "dd", "caption", "div", "section", "nav",
    "ul", "ol", "tr", "label", "button", "title", "pre", "header", "footer", "main", "table",
    "form", "iframe", "dl", "html", "head", "body", "meta",
];

/// The readable text of a template: block tags end a piece of text, inline tags and
/// `{% %}` vanish, `{{ value }}` counts as one word.
pub fn template_text(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '{']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let (close, replacement) = if tail.starts_with("{{") {
            ("}}", "X".to_string())
        } else if tail.starts_with("{%") || tail.starts_with("{#") {
            (
                if tail.starts_with("{%") { "%}" } else { "#}" },
                " ".to_string(),
            )
        } else if let Some(tag) = tail.strip_prefix('<') {
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            (
                ">",
                if BLOCK.contains(&name.to_lowercase().as_str()) {
                    "\n\n".to_string()
                } else {
                    " ".to_string()
                },
            )
        } else {
            ("", String::new())
        };
        if close.is_empty() {
            out.push('{');
            rest = &tail[1..];
            continue;
        }
        rest = tail.find(close).map_or("", |j| &tail[j + close.len()..]);
        out.push_str(&replacement);
    }
    out.push_str(rest);
    out
}

/// The Dutch text in the templates (between tags, outside template code).
fn templates(dir: &Path, checker: &Checker, out: &mut Vec<ContentError>) -> Result<(), Error> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    for path in files {
        let text = read_to_string(&path)?;
        let src = Source {
            text: text.clone(),
            positions: crate::content::yaml::Positions::default(),
            body_line: 1,
        };
        let plain_text = template_text(&text);
        check_text(checker, &src, &path, "", &plain_text, 1, out);
    }
    Ok(())
}

/// Markdown images need a text alternative: `![wat er te zien is](foto.jpg)`.
fn images(site: &Site, sources: &Sources, out: &mut Vec<ContentError>) {
    for (path, src) in content_files(site, sources) {
        let text = &src.text;
        for (i, line) in text.lines().enumerate() {
            let mut rest = line;
            while let Some(j) = rest.find("![") {
                let alt = rest[j + 2..].split(']').next().unwrap_or("");
                if alt.trim().is_empty() {
                    let col = line.len() - rest.len() + j + 1;
                    warn(out, path, (i + 1, col), "", "image without a text alternative".into(),
                        "describe the image between the brackets: ![Medewerker helpt een bezoeker](foto.jpg)");
                }
                rest = &rest[j + 2..];
            }
        }
    }
}

/// Without rendering the print products: the characters of their text that the print
/// font lacks (what a build with print products reports).
#[cfg(feature = "print")]
fn print_font(build: &BuildOptions, site: &Site) -> Result<(), Error> {
    if build.print {
        return Ok(()); // the build rendered them, and checked
    }
    let printer = crate::print::Printer::new(
        site,
        &build.templates,
        &build.content,
        &build.cache,
        build.today,
    )?;
    let agendas = crate::derive::agendas(site, build.today);
    let index = crate::index::Index::new(site, &agendas);
    let products = crate::print::products(site, &index, build.today, None);
    let problems = printer.check_glyphs_of(&products);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Content(problems.sorted()))
    }
}

#[cfg(not(feature = "print"))]
fn print_font(_: &BuildOptions, _: &Site) -> Result<(), Error> {
    Ok(())
}

/// Every internal link and anchor of the site built in `root` must lead somewhere; a
/// broken link is reported at the content file that holds it, or else at the built page.
fn links(
    root: &Path,
    site: &Site,
    sources: &Sources,
    out: &mut Vec<ContentError>,
) -> Result<(), Error> {
    let base = url::Url::parse(&site.config.base_url)
        .map_err(|e| Error::io("basis_url", std::io::Error::other(e)))?;
    let pages: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    let mut ids: std::collections::HashMap<PathBuf, Vec<String>> = std::collections::HashMap::new();
    // Where a link may be written: the locations, then the themes, partners and pages.
    let sources: Vec<(&PathBuf, &str)> = content_files(site, sources)
        .map(|(path, src)| (path, src.text.as_str()))
        .collect();
    for page in &pages {
        let rel = page
            .strip_prefix(root)
            .unwrap_or(page)
            .to_string_lossy()
            .replace('\\', "/");
        let html = read_to_string(page)?;
        let at = if rel == "404.html" {
            "404/".to_string()
        } else {
            rel.trim_end_matches("index.html").to_string()
        };
        let Ok(page_url) = base.join(&at) else {
            continue;
        };
        for link in attr_values(&html, "href") {
            if link.starts_with("mailto:") || link.starts_with("tel:") || link.starts_with("data:")
            {
                continue;
            }
            if let Some(frag) = link.strip_prefix('#') {
                let own = attr_values(&html, "id");
                if !frag.is_empty() && !own.iter().any(|id| id == frag) {
                    warn(
                        out,
                        Path::new(&format!("public/{rel}")),
                        (1, 1),
                        "",
                        format!("link to an anchor that does not exist: {link}"),
                        "correct the anchor, or remove the link",
                    );
                }
                continue;
            }
            let Ok(target) = page_url.join(&link) else {
                continue;
            };
            if target.host_str() != base.host_str() || !target.path().starts_with(base.path()) {
                continue; // another website
            }
            let path = &target.path()[base.path().len()..];
            let file = root.join(if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.to_string()
            });
            let problem = if !file.is_file() {
                Some(format!("link to a page that does not exist: {link}"))
            } else if let Some(frag) = target.fragment().filter(|f| !f.is_empty()) {
                let list = ids.entry(file.clone()).or_insert_with(|| {
                    attr_values(&read_to_string(&file).unwrap_or_default(), "id")
                });
                (!list.iter().any(|id| id == frag))
                    .then(|| format!("link to an anchor that does not exist: {link}"))
            } else {
                None
            };
            if let Some(message) = problem {
                let needle = link.trim_start_matches("../").trim_start_matches('/');
                let place = sources.iter().find_map(|(p, text)| {
                    text.lines()
                        .enumerate()
                        .find_map(|(i, l)| l.find(needle).map(|c| ((*p).clone(), (i + 1, c + 1))))
                });
                let (path, pos) =
                    place.unwrap_or_else(|| (PathBuf::from(format!("public/{rel}")), (1, 1)));
                warn(
                    out,
                    &path,
                    pos,
                    "",
                    message,
                    "correct the address, or remove the link",
                );
            }
        }
    }
    Ok(())
}

fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let pat = format!(" {attr}=\"");
    html.match_indices(&pat)
        .filter_map(|(i, _)| html[i + pat.len()..].split('"').next())
        .map(|v| v.replace("&amp;", "&"))
        .collect()
}
