//! ido: a static site generator for the Dutch Informatiepunten Digitale Overheid.
//!
//! One orchestrator, [`build`], drives the stages: load and validate the content into one
//! typed model ([`content`]) → derive each location's agenda ([`derive`]) and the
//! indexes ([`index`]) → render the site, feeds and products ([`render`], [`feeds`],
//! [`screen`], [`print`]) → write it atomically ([`output`]).

pub mod check;
pub mod content;
pub mod days;
pub mod derive;
pub mod dutch;
pub mod error;
pub mod feeds;
pub mod index;
pub mod lang;
pub mod markdown;
pub mod minify;
pub mod model;
pub mod new;
pub mod output;
pub mod present;
pub mod print;
pub mod qr;
pub mod render;
pub mod routes;
pub mod screen;
pub mod serve;
pub mod spreadsheet;
pub mod stamp;
pub mod style;
pub mod synthetic;

/// The rules of opening hours and spreekuren, part of the model.
pub use model::schedule;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

pub use error::{ContentError, Error, Problems};

/// What `ido build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub content: PathBuf,
    pub output: PathBuf,
    pub templates: PathBuf,
    /// Overrides `basis_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// The date the build treats as today (next dates, "bijgewerkt op").
    pub today: Date,
    /// The minute of the day the build treats as now (a spreekuur that has ended today
    /// is not "next"); 0 = the start of `today`.
    pub minute: u16,
    /// Make the flyers, posters and slides (needs the `print` feature).
    pub print: bool,
    /// Make the pages in the site's other languages (`talen`); without them only the
    /// Dutch site, which `ido serve` shows first.
    pub languages: bool,
    /// Where rendered print products are kept between builds (default: `.ido-cache`
    /// beside the output folder).
    pub cache: PathBuf,
    /// The `ido` program, to render a full build's print products in helper processes
    /// beside the build (`print::Helpers`); `None`: on threads of this process only.
    pub print_helper: Option<PathBuf>,
}

impl BuildOptions {
    pub fn new(content: impl Into<PathBuf>, output: impl Into<PathBuf>) -> Self {
        let output: PathBuf = output.into();
        let cache = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join(".ido-cache");
        BuildOptions {
            content: content.into(),
            output,
            templates: PathBuf::from("templates"),
            base_url: None,
            today: today(),
            minute: now_minute(),
            print: cfg!(feature = "print"),
            languages: true,
            cache,
            print_helper: None,
        }
    }
}

/// What a build produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildReport {
    pub locations: usize,
    pub pages: usize,
    /// Print products and slides rendered now, and those taken from the cache.
    pub rendered: usize,
    pub cached: usize,
    /// Of `rendered`, the print products that helper processes made
    /// ([`BuildOptions::print_helper`]).
    pub helped: usize,
    /// The files an update of `ido serve` wrote (site paths, sorted); `None` for a whole
    /// build, which may change every page.
    pub changed: Option<Vec<String>>,
    /// Nothing changed since the last build: the output was left as it was.
    pub unchanged: bool,
}

/// Today in the Netherlands, or the day of `SOURCE_DATE_EPOCH` when set (reproducible builds).
pub fn today() -> Date {
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    now.to_zoned(tz).date()
}

/// The minute of the day now in the Netherlands, or of `SOURCE_DATE_EPOCH` when set.
pub fn now_minute() -> u16 {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    schedule::local(now).1
}

/// Load, check and validate the content only (what `ido check` builds on).
pub fn load(opts: &BuildOptions) -> Result<model::Site, Error> {
    let mut site = content::load(
        &opts.content,
        &opts.templates.join("huisstijl.yaml"),
        opts.today,
    )?;
    apply_base_url(opts, &mut site)?;
    Ok(site)
}

/// `--base-url` over `basis_url` of site.yaml.
fn apply_base_url(opts: &BuildOptions, site: &mut model::Site) -> Result<(), Error> {
    if let Some(url) = &opts.base_url {
        site.config.base_url = content::base_url(url).map_err(|m| {
            Error::Content(Problems(vec![ContentError::new(
                Path::new("--base-url"),
                "",
                m,
            )]))
        })?;
    }
    Ok(())
}

/// [`load`], keeping every content file's text and field positions ([`content::Sources`])
/// for `ido check`.
pub fn load_keeping(opts: &BuildOptions) -> Result<(model::Site, content::Sources), Error> {
    let (mut site, sources) = content::load_keeping(
        &opts.content,
        &opts.templates.join("huisstijl.yaml"),
        opts.today,
    )?;
    apply_base_url(opts, &mut site)?;
    Ok((site, sources))
}

/// Prints how long each stage took when `IDO_TIMINGS` is set (for profiling).
struct Timer(Option<std::time::Instant>);

impl Timer {
    fn new() -> Self {
        Timer(std::env::var_os("IDO_TIMINGS").map(|_| std::time::Instant::now()))
    }
    fn lap(&mut self, stage: &str) {
        if let Some(t) = self.0.as_mut() {
            // With the peak memory so far (Linux), to see which stage sets it.
            let peak = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| {
                    s.lines()
                        .find_map(|l| l.strip_prefix("VmHWM:").map(|v| v.trim().to_string()))
                })
                .unwrap_or_default();
            eprintln!(
                "{stage:>10}: {:>7.1} ms  peak {peak}",
                t.elapsed().as_secs_f64() * 1e3
            );
            *t = std::time::Instant::now();
        }
    }
}

/// Build the site. On any error the previous output folder is left untouched.
///
/// When nothing that makes the output changed since the last build (the content and
/// templates, the options, the program, the day and the spreekuren that ended today) and
/// its output is still there, the output is left as it is ([`stamp`]).
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Error> {
    let mut timer = Timer::new();
    output::recover(&opts.output)?;
    let settings = format!(
        "content={:?} templates={:?} base_url={:?} print={} languages={} cache={:?} source_date_epoch={:?}",
        opts.content,
        opts.templates,
        opts.base_url,
        opts.print,
        opts.languages,
        opts.cache,
        std::env::var("SOURCE_DATE_EPOCH").ok()
    );
    // Without a hash (a folder that cannot be read) the build runs, and says why.
    let inputs = stamp::inputs(&stamp::Options {
        content: &opts.content,
        templates: &opts.templates,
        output: &opts.output,
        settings,
    })
    .ok();
    timer.lap("inputs");
    let today = opts.today.to_string();
    if let (Some(inputs), Some(last)) = (&inputs, stamp::read(&opts.cache)) {
        if last.still_holds(inputs, &today, opts.minute, &opts.output) {
            return Ok(BuildReport {
                locations: last.locations,
                pages: last.pages,
                cached: last.products,
                unchanged: true,
                ..BuildReport::default()
            });
        }
    }
    let session = Session::start(opts.clone())?;
    let mut timer = Timer::new();
    if let Some(inputs) = inputs {
        let r = &session.report;
        stamp::write(
            &opts.cache,
            &stamp::Stamp {
                inputs,
                today,
                minute: opts.minute,
                turns: session.turns(),
                output: session.listing.clone(),
                pages: r.pages,
                locations: r.locations,
                products: r.rendered + r.cached,
            },
        );
    }
    timer.lap("stamp");
    Ok(session.report)
}

/// A built site kept in memory, so that `ido serve` can rebuild only what an edit touches.
pub struct Session {
    pub opts: BuildOptions,
    pub report: BuildReport,
    site: model::Site,
    /// The agenda of each location, in the order of `site.locations`.
    agendas: Vec<derive::Agenda>,
    /// Locations (as they were before an edit) whose listing pages, open data and print
    /// products an update has not written yet ([`Session::catch_up`]).
    pending: Vec<model::Location>,
    tera: render::Templates,
    built: Built,
    /// Hash of the files the full build wrote, with their sizes ([`stamp::listing`]).
    listing: String,
}

impl Session {
    /// A full build (atomic: the previous output stays on any error).
    pub fn start(opts: BuildOptions) -> Result<Session, Error> {
        let mut timer = Timer::new();
        // Restore what a killed earlier build left, even if this build fails.
        output::recover(&opts.output)?;
        let site = load(&opts)?;
        timer.lap("load");
        Self::build_from(opts, site, timer)
    }

    /// A full build of a site loaded already ([`load`] or [`load_keeping`]).
    pub fn start_with(opts: BuildOptions, site: model::Site) -> Result<Session, Error> {
        output::recover(&opts.output)?;
        Self::build_from(opts, site, Timer::new())
    }

    /// The site as built.
    pub fn site(&self) -> &model::Site {
        &self.site
    }

    /// The agenda of each location, in the order of the site's locations.
    pub fn agendas(&self) -> &[derive::Agenda] {
        &self.agendas
    }

    fn build_from(
        opts: BuildOptions,
        mut site: model::Site,
        mut timer: Timer,
    ) -> Result<Session, Error> {
        if !opts.languages {
            site.config.languages.clear();
        }
        // The output is about to change: the last build's stamp no longer describes it.
        stamp::forget(&opts.cache);
        let staging = output::Staging::new(&opts.output)?;
        // The agendas, the parsed templates and the stylesheet, fonts and scripts each
        // need only the site: made side by side (the templates and assets on one thread).
        let (agendas, (tera, assets)) = rayon::join(
            || derive::agendas(&site, opts.today),
            || {
                let tera = render::templates(
                    &opts.templates,
                    &lang::all().published(&site.config.languages),
                );
                (tera, write_assets(&opts, &site, &staging))
            },
        );
        let (tera, assets) = match (tera, assets) {
            (Ok(tera), Ok(assets)) => (tera, assets),
            (Err(e), _) | (_, Err(e)) => {
                staging.discard();
                return Err(e);
            }
        };
        timer.lap("derive, templates, assets");
        let index = index::Index::new(&site, &agendas);
        let written = write_site(&opts, &site, &index, &tera, assets, &staging, &mut timer);
        let (report, built) = match written {
            Ok(done) => done,
            Err(e) => {
                staging.discard();
                return Err(e);
            }
        };
        let listing = stamp::listing(&staging.listing());
        staging.commit()?;
        timer.lap("commit");
        drop(index);
        Ok(Session {
            opts,
            report,
            site,
            agendas,
            pending: Vec::new(),
            tera,
            built,
            listing,
        })
    }

    /// The minutes of the build's day at which its output changes: when a spreekuur held
    /// that day ends, it is no longer shown as next. Sorted, each once.
    fn turns(&self) -> Vec<u16> {
        let today = self.opts.today;
        let mut turns: Vec<u16> = self
            .site
            .locations
            .iter()
            .zip(&self.agendas)
            .filter_map(|(l, agenda)| Some((l, agenda.day(today)?)))
            .flat_map(|(l, day)| {
                day.sessions
                    .iter()
                    .filter_map(|&i| l.schedule.sessions.get(usize::from(i)))
                    .map(|s| s.time.end)
            })
            .collect();
        turns.sort_unstable();
        turns.dedup();
        turns
    }

    /// Bring the output up to date after `changed` files changed. An edit of existing
    /// location files re-renders only what shows them (their pages, gemeenten, themes,
    /// partners, the lists and the feeds); anything else is a full build. On an error the
    /// output and the model stay as they were.
    pub fn update(&mut self, changed: &[PathBuf]) -> Result<BuildReport, Error> {
        let mut timer = Timer::new();
        let locations_dir = self.opts.content.join("locaties");
        let slugs: std::collections::HashSet<&str> = self
            .site
            .locations
            .iter()
            .map(|l| l.slug.as_str())
            .collect();
        let in_locations = |p: &PathBuf| p.parent().is_some_and(|d| same_file(d, &locations_dir));
        let known = |p: &PathBuf| {
            in_locations(p)
                && p.file_stem()
                    .is_some_and(|s| slugs.contains(s.to_string_lossy().as_ref()))
        };
        // Temporary files of editors and tools (gone by now, no content extension) do not count.
        let content_like = |p: &&PathBuf| {
            p.exists()
                || known(p)
                || p.extension().is_some_and(|e| {
                    matches!(
                        e.to_str(),
                        Some("md" | "yaml" | "yml" | "html" | "css" | "js" | "json")
                    )
                })
        };
        let changed: Vec<PathBuf> = changed.iter().filter(content_like).cloned().collect();
        let changed = &changed[..];
        let only_locations = !changed.is_empty()
            && changed
                .iter()
                .all(|p| p.extension().is_some_and(|e| e == "md") && p.is_file() && known(p));
        if !only_locations {
            *self = Session::start(self.opts.clone())?;
            return Ok(self.report.clone());
        }
        timer.lap("which");
        let mut updated = Vec::new();
        for path in changed {
            updated.push(content::reload_location(&self.site, path, self.opts.today)?);
        }
        timer.lap("reload");
        // Moving to another gemeente adds or removes whole pages: build everything.
        let moved = updated.iter().any(|n| {
            self.site
                .locations
                .iter()
                .any(|o| o.slug == n.slug && o.gemeente_slug != n.gemeente_slug)
                // A service for a region or the whole country shows on many pages.
                || n.area != model::Area::Local
                || self.site.locations.iter().any(|o| o.slug == n.slug && o.area != n.area)
        });
        if moved {
            *self = Session::start(self.opts.clone())?;
            return Ok(self.report.clone());
        }
        let mut olds = Vec::new();
        let mut old_agendas = Vec::new();
        for loc in updated {
            if let Some(i) = self.site.locations.iter().position(|l| l.slug == loc.slug) {
                let agenda = derive::Agenda::new(&loc.schedule, self.opts.today);
                old_agendas.push((i, std::mem::replace(&mut self.agendas[i], agenda)));
                olds.push(std::mem::replace(&mut self.site.locations[i], loc));
            }
        }
        // Every file of the update is staged beside the output and moved into place only
        // when all are made; on an error the output and the model stay as they were.
        let out = output::Staging::update(&self.opts.output)?;
        match self.write_update(&olds, &out, &mut timer) {
            Ok(mut report) => {
                report.changed = Some(out.commit()?);
                timer.lap("commit");
                self.pending.extend(olds);
                Ok(report)
            }
            Err(e) => {
                out.discard();
                for (i, agenda) in old_agendas {
                    self.agendas[i] = agenda;
                }
                for old in olds {
                    if let Some(slot) = self.site.locations.iter_mut().find(|l| l.slug == old.slug)
                    {
                        *slot = old;
                    }
                }
                Err(e)
            }
        }
    }

    /// The page renderer of this session's site, with `index` (made from its agendas).
    fn renderer<'s>(&'s self, index: &'s index::Index<'s>) -> render::Renderer<'s> {
        renderer(
            &self.opts,
            &self.site,
            index,
            &self.tera,
            &self.built.assets,
        )
    }

    /// The files an edit of the locations `olds` (as they were) changes, staged in `out`.
    fn write_update(
        &self,
        olds: &[model::Location],
        out: &output::Staging,
        timer: &mut Timer,
    ) -> Result<BuildReport, Error> {
        let index = index::Index::new(&self.site, &self.agendas);
        let renderer = self.renderer(&index);
        write_media(
            self.site
                .locations
                .iter()
                .filter(|l| olds.iter().any(|o| o.slug == l.slug))
                .flat_map(|l| &l.media),
            out,
        )?;
        let mut pages = 0;
        for old in olds {
            pages += renderer.render_own(old, out)?;
        }
        timer.lap("pages");
        let slugs: Vec<&str> = olds.iter().map(|o| o.slug.as_str()).collect();
        feeds::write_calendars(&self.site, &index, out, Some(&slugs))?;
        timer.lap("feeds");
        screen::write(
            &self.site,
            &index,
            self.opts.today,
            self.tera.dutch(),
            &self.built.products.screens,
            out,
            Some(&slugs),
        )?;
        timer.lap("screens");
        Ok(BuildReport {
            locations: self.site.locations.len(),
            pages,
            ..BuildReport::default()
        })
    }

    /// What an update leaves for later, so that the edited page reloads first: the pages
    /// that list the edited locations (gemeente, home page, lists, themes, partners), the
    /// site-wide open data and finder data (tens of MB for a large site) and the print
    /// products of the edited locations. Staged and committed like the update; `ido serve`
    /// calls it right after telling the edited pages to reload, and then reloads the
    /// pages it wrote.
    pub fn catch_up(&mut self) -> Result<BuildReport, Error> {
        let mut report = BuildReport {
            locations: self.site.locations.len(),
            changed: Some(Vec::new()),
            ..BuildReport::default()
        };
        if self.pending.is_empty() {
            return Ok(report);
        }
        let mut timer = Timer::new();
        let pending = std::mem::take(&mut self.pending);
        let mut slugs: Vec<&str> = pending.iter().map(|o| o.slug.as_str()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        let index = index::Index::new(&self.site, &self.agendas);
        for (i, l) in self
            .site
            .locations
            .iter()
            .enumerate()
            .filter(|(_, l)| slugs.contains(&l.slug.as_str()))
        {
            self.built.values[i] =
                feeds::api::location_json(l, &self.site, &index, self.opts.today);
        }
        let out = output::Staging::update(&self.opts.output)?;
        let renderer = self.renderer(&index);
        let written = (|| {
            for old in &pending {
                report.pages += renderer.render_listing(old, &out)?;
            }
            timer.lap("lists");
            feeds::write_open_data(
                &self.site,
                &index,
                self.opts.today,
                &out,
                &self.built.values,
                Some(&slugs),
            )?;
            timer.lap("open data");
            self.built.products.write_print(
                &self.opts,
                &self.site,
                &index,
                &out,
                Some(&slugs),
                &mut report,
                &mut timer,
                &renderer,
            )
        })();
        match written {
            Ok(()) => {
                report.changed = Some(out.commit()?);
                timer.lap("commit");
                Ok(report)
            }
            Err(e) => {
                out.discard();
                // Try again after the next edit.
                self.pending = pending;
                Err(e)
            }
        }
    }
}

/// Whether two paths name the same file (one may be relative).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// What a full build leaves for later updates.
struct Built {
    assets: Assets,
    /// The published form of each location, in the order of `site.locations`.
    values: Vec<String>,
    products: Products,
}

/// What makes the screen and print products, loaded once per full build (house style,
/// fonts, templates) and kept for the updates of `ido serve`.
struct Products {
    screens: screen::Assets,
    #[cfg(feature = "print")]
    printer: Option<print::Printer>,
}

impl Products {
    fn new(opts: &BuildOptions, site: &model::Site) -> Result<Products, Error> {
        Ok(Products {
            screens: screen::Assets::new(site, &opts.templates)?,
            #[cfg(feature = "print")]
            printer: if opts.print {
                Some(print::Printer::new(
                    site,
                    &opts.templates,
                    &opts.content,
                    &opts.cache,
                    opts.today,
                )?)
            } else {
                None
            },
        })
    }

    /// The flyers, posters and slides, when printing.
    #[allow(clippy::too_many_arguments)]
    fn write_print(
        &self,
        opts: &BuildOptions,
        site: &model::Site,
        index: &index::Index,
        out: &output::Staging,
        only: Option<&[&str]>,
        report: &mut BuildReport,
        timer: &mut Timer,
        renderer: &render::Renderer,
    ) -> Result<(), Error> {
        #[cfg(feature = "print")]
        if let Some(printer) = &self.printer {
            let helpers = opts.print_helper.as_ref().map(|program| print::Helpers {
                program: program.clone(),
                args: print_share_args(opts),
                count: rayon::current_num_threads(),
            });
            let r = print::write(
                printer,
                site,
                index,
                opts.today,
                only,
                out,
                helpers.as_ref(),
            )?;
            report.rendered = r.rendered;
            report.cached = r.cached;
            report.helped = r.helped;
            timer.lap("print");
            // A week slide can take several screens: only now is it known how many, so
            // the staff pages are made again with every file linked.
            if !r.pages.is_empty() {
                renderer.render_staff(only, &r.pages, out)?;
            }
        }
        #[cfg(not(feature = "print"))]
        let _ = (opts, site, index, out, only, report, timer, renderer);
        Ok(())
    }
}

/// The arguments of `ido print-share` that load the site of `opts` (see [`print_share`]).
#[cfg(feature = "print")]
fn print_share_args(opts: &BuildOptions) -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = vec![
        "print-share".into(),
        "--content".into(),
        opts.content.clone().into(),
        "--templates".into(),
        opts.templates.clone().into(),
        "--cache".into(),
        opts.cache.clone().into(),
        "--today".into(),
        opts.today.to_string().into(),
    ];
    if let Some(url) = &opts.base_url {
        args.extend(["--base-url".into(), url.into()]);
    }
    if !opts.languages {
        args.push("--no-languages".into());
    }
    args
}

/// A helper process of a full build ([`print::Helpers`]): load the site as the build
/// did and render share `part` of `of` of its print products into the print cache.
/// Returns the number of files rendered.
#[cfg(feature = "print")]
pub fn print_share(opts: &BuildOptions, part: usize, of: usize) -> Result<usize, Error> {
    let mut site = load(opts)?;
    if !opts.languages {
        site.config.languages.clear();
    }
    let agendas = derive::agendas(&site, opts.today);
    let index = index::Index::new(&site, &agendas);
    let printer = print::Printer::new(
        &site,
        &opts.templates,
        &opts.content,
        &opts.cache,
        opts.today,
    )?;
    print::write_share(&printer, &site, &index, opts.today, part, of)
}

/// Paths of the hashed assets that pages link to.
#[derive(Debug, Clone)]
struct Assets {
    css: String,
    scripts: [String; 4],
    /// `tijden.js` with the words of each language, by language code.
    words: std::collections::BTreeMap<String, String>,
}

fn write_assets(
    opts: &BuildOptions,
    site: &model::Site,
    out: &output::Staging,
) -> Result<Assets, Error> {
    let assets = opts.templates.join("assets");

    let css = render::css::build(&assets.join("css/site.css"), &site.tokens)?;
    let css_path = format!(
        "css/site.{:016x}.css",
        xxhash_rust::xxh3::xxh3_64(css.as_bytes())
    );
    out.write(&css_path, css.as_bytes())?;
    for font in [&site.tokens.font_regular, &site.tokens.font_bold] {
        out.copy(&assets.join(font), &routes::font(font))?;
    }
    out.copy(&assets.join("fonts/LICENSE.txt"), "fonts/LICENSE.txt")?;
    out.write("favicon.svg", site.tokens.favicon_svg().as_bytes())?;
    for (name, json) in content::schema::all() {
        out.write(&format!("schema/{name}"), json.as_bytes())?;
    }
    // Scripts of our pages get a content hash; those that municipalities paste keep a
    // stable address.
    let script = |name: &str, hashed: bool| write_script(out, &assets, name, hashed);
    // tijden.js once per language, with that language's words in front of it.
    let tijden = minify::stripped(&assets.join("js/tijden.js"))?;
    let mut words = std::collections::BTreeMap::new();
    let languages = lang::all().published(&site.config.languages);
    for lang in &languages {
        let js = format!("{}{tijden}", present::words_script(lang));
        let path = format!(
            "js/tijden-{}.{:016x}.js",
            lang.code,
            xxhash_rust::xxh3::xxh3_64(js.as_bytes())
        );
        out.write(&path, js.as_bytes())?;
        words.insert(lang.code.clone(), path);
    }
    let scripts = [
        words[lang::SOURCE].clone(),
        script("zoeker", true)?,
        script("embed-kind", true)?,
        script("diazip", true)?,
    ];
    script("embed", false)?;
    // The widget carries tijden.js, so a host page computes "open now" and today's hours
    // with the same code as the site; one per language (`js/widget.js` is Dutch).
    let widget = minify::stripped(&assets.join("js/widget.js"))?;
    for lang in &languages {
        let js = format!("{}{tijden}\n{widget}", present::words_script(lang));
        out.write(&routes::widget_script(&lang.prefix()), js.as_bytes())?;
    }
    out.copy(&assets.join("locator/pc4.json"), routes::FINDER_POSTCODES)?;
    out.copy(&assets.join("locator/places.json"), routes::FINDER_PLACES)?;
    for logo in site.config.logo.iter().chain(&site.config.partner_logos) {
        out.copy(&opts.content.join(&logo.file), &routes::media(&logo.file))?;
    }
    write_media(site.media(), out)?;
    Ok(Assets {
        css: css_path,
        scripts,
        words,
    })
}

fn renderer<'a>(
    opts: &BuildOptions,
    site: &'a model::Site,
    index: &'a index::Index<'a>,
    tera: &'a render::Templates,
    assets: &Assets,
) -> render::Renderer<'a> {
    let base_path = url::Url::parse(&site.config.base_url)
        .map(|u| u.path().to_string())
        .unwrap_or_else(|_| "/".into());
    render::Renderer {
        tera,
        site,
        index,
        layout: render::views::Layout::new(
            site,
            assets.css.clone(),
            assets.scripts.clone(),
            assets.words.clone(),
            opts.today,
        ),
        today: opts.today,
        minute: opts.minute,
        base_path,
        print: opts.print && cfg!(feature = "print"),
        products: print::location_product_paths,
        organisation_shows,
        pages: Default::default(),
        languages: lang::all().published(&site.config.languages),
    }
}

/// The slideshows of organisations with several locations, as the staff index lists
/// them: (organisation, folder).
fn organisation_shows(site: &model::Site) -> Vec<(String, String)> {
    screen::organisations(site)
        .into_iter()
        .map(|(slug, locs)| {
            (
                locs[0].organisation.clone(),
                routes::organisation_show_dir(&slug),
            )
        })
        .collect()
}

fn write_site(
    opts: &BuildOptions,
    site: &model::Site,
    index: &index::Index,
    tera: &render::Templates,
    assets: Assets,
    out: &output::Staging,
    timer: &mut Timer,
) -> Result<(BuildReport, Built), Error> {
    let renderer = renderer(opts, site, index, tera, &assets);
    let products = Products::new(opts, site)?;
    // Pages, feeds and slideshows do not depend on each other: made side by side, so
    // none waits for another's single-threaded parts (such as writing the large
    // open-data files) and both cores stay busy.
    let ((urls, values), screens) = rayon::join(
        || {
            rayon::join(
                || renderer.render_all(out),
                || -> Result<Vec<String>, Error> {
                    let values = feeds::api::locations(site, index, opts.today);
                    feeds::write(site, index, opts.today, out, &values, None)?;
                    Ok(values)
                },
            )
        },
        || {
            screen::write(
                site,
                index,
                opts.today,
                tera.dutch(),
                &products.screens,
                out,
                None,
            )
        },
    );
    let (urls, values) = (urls?, values?);
    screens?;
    timer.lap("pages, feeds, screens");

    let absolute: Vec<String> = urls
        .iter()
        .map(|u| format!("{}{u}", site.config.base_url))
        .collect();
    out.write(
        "sitemap.xml",
        render::render_plain(tera.dutch(), "sitemap.xml", "urls", &absolute)?.as_bytes(),
    )?;
    // Static hosts that read a _headers file (Netlify, Cloudflare Pages) let other sites
    // read the open data, as the widget does.
    out.write("_headers", b"/api/*\n  Access-Control-Allow-Origin: *\n")?;
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    );
    out.write("robots.txt", robots.as_bytes())?;
    // An expired security.txt is worse than none (`ido check` warns about it).
    if let Some(sec) = site
        .config
        .security
        .as_ref()
        .filter(|s| s.expires > opts.today)
    {
        out.write(
            ".well-known/security.txt",
            security_txt(sec, &site.config.base_url).as_bytes(),
        )?;
    }
    let mut report = BuildReport {
        locations: site.locations.len(),
        pages: urls.len() + 1,
        ..BuildReport::default()
    };
    products.write_print(opts, site, index, out, None, &mut report, timer, &renderer)?;
    Ok((
        report,
        Built {
            assets,
            values,
            products,
        },
    ))
}

/// Publish the images of Markdown bodies (each under a name with its content hash).
fn write_media<'a>(
    media: impl Iterator<Item = &'a model::Media>,
    out: &output::Staging,
) -> Result<(), Error> {
    let mut done = std::collections::BTreeSet::new();
    for m in media {
        if done.insert(&m.url) {
            out.copy(&m.source, &m.url)?;
        }
    }
    Ok(())
}

/// Strip a script from `templates/assets/js/` into `js/`; returns its site path.
fn write_script(
    out: &output::Staging,
    assets: &Path,
    name: &str,
    hashed: bool,
) -> Result<String, Error> {
    let js = minify::stripped(&assets.join(format!("js/{name}.js")))?;
    let path = if hashed {
        format!(
            "js/{name}.{:016x}.js",
            xxhash_rust::xxh3::xxh3_64(js.as_bytes())
        )
    } else {
        format!("js/{name}.js")
    };
    out.write(&path, js.as_bytes())?;
    Ok(path)
}

/// RFC 9116 security.txt.
fn security_txt(sec: &model::Security, base_url: &str) -> String {
    let mut s = format!(
        "Contact: {}\nExpires: {}T00:00:00.000Z\n",
        sec.contact, sec.expires
    );
    if let Some(p) = &sec.policy {
        s.push_str(&format!("Policy: {p}\n"));
    }
    s.push_str(&format!(
        "Preferred-Languages: nl, en\nCanonical: {base_url}.well-known/security.txt\n"
    ));
    s
}
