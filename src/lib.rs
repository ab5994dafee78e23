//! ido: a static site generator for the Dutch Informatiepunten Digitale Overheid.
//!
//! One orchestrator, [`build`], drives the stages: load and validate the content into one
//! typed model ([`content`]) → derive indexes ([`index`]) → render the site ([`render`])
//! → write it atomically ([`output`]).

pub mod check;
pub mod content;
pub mod dutch;
pub mod error;
pub mod feeds;
pub mod index;
pub mod markdown;
pub mod model;
pub mod new;
pub mod output;
pub mod render;
pub mod schedule;
pub mod serve;
pub mod spreadsheet;
pub mod style;
pub mod synthetic;

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
}

impl BuildOptions {
    pub fn new(content: impl Into<PathBuf>, output: impl Into<PathBuf>) -> Self {
        BuildOptions {
            content: content.into(),
            output: output.into(),
            templates: PathBuf::from("templates"),
            base_url: None,
            today: today(),
        }
    }
}

/// What a build produced.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub locations: usize,
    pub pages: usize,
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

/// Load, check and validate the content only (what `ido check` builds on).
pub fn load(opts: &BuildOptions) -> Result<model::Site, Error> {
    let mut site = content::load(&opts.content, &opts.templates.join("huisstijl.yaml"))?;
    if let Some(url) = &opts.base_url {
        site.config.base_url = content::base_url(url).map_err(|m| {
            Error::Content(Problems(vec![ContentError::new(
                Path::new("--base-url"),
                "",
                m,
            )]))
        })?;
    }
    Ok(site)
}

/// Prints how long each stage took when `IDO_TIMINGS` is set (for profiling).
struct Timer(Option<std::time::Instant>);

impl Timer {
    fn new() -> Self {
        Timer(std::env::var_os("IDO_TIMINGS").map(|_| std::time::Instant::now()))
    }
    fn lap(&mut self, stage: &str) {
        if let Some(t) = self.0.as_mut() {
            eprintln!("{stage:>10}: {:>7.1} ms", t.elapsed().as_secs_f64() * 1e3);
            *t = std::time::Instant::now();
        }
    }
}

/// Build the site. On any error the previous output folder is left untouched.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Error> {
    let mut timer = Timer::new();
    let site = load(opts)?;
    timer.lap("load");
    let index = index::Index::new(&site);
    let tera = render::templates(&opts.templates)?;
    let staging = output::Staging::new(&opts.output)?;
    match write_site(opts, &site, &index, &tera, &staging, &mut timer) {
        Ok(report) => {
            staging.commit()?;
            timer.lap("commit");
            Ok(report)
        }
        Err(e) => {
            staging.discard();
            Err(e)
        }
    }
}

fn write_site(
    opts: &BuildOptions,
    site: &model::Site,
    index: &index::Index,
    tera: &tera::Tera,
    out: &output::Staging,
    timer: &mut Timer,
) -> Result<BuildReport, Error> {
    let assets = opts.templates.join("assets");

    let css = render::css::build(&assets.join("css/site.css"), &site.tokens)?;
    let css_path = format!(
        "css/site.{:016x}.css",
        xxhash_rust::xxh3::xxh3_64(css.as_bytes())
    );
    out.write(&css_path, css.as_bytes())?;
    for font in [&site.tokens.font_regular, &site.tokens.font_bold] {
        out.copy(&assets.join(font), font)?;
    }
    out.copy(&assets.join("fonts/LICENSE.txt"), "fonts/LICENSE.txt")?;
    out.write("favicon.svg", site.tokens.favicon_svg().as_bytes())?;
    for (name, json) in content::schema::all() {
        out.write(&format!("schema/{name}"), json.as_bytes())?;
    }
    // Scripts of our pages get a content hash; those that municipalities paste keep a
    // stable address.
    let script = |name: &str, hashed: bool| write_script(out, &assets, name, hashed);
    let scripts = [
        script("tijden", true)?,
        script("zoeker", true)?,
        script("embed-kind", true)?,
    ];
    script("embed", false)?;
    script("widget", false)?;
    out.copy(&assets.join("locator/pc4.json"), "zoeken/pc4.json")?;
    out.copy(&assets.join("locator/places.json"), "zoeken/plaatsen.json")?;
    let logos = site.config.logo.iter().chain(&site.config.partner_logos);
    for logo in logos {
        out.copy(
            &opts.content.join(&logo.file),
            &render::views::media_path(&logo.file),
        )?;
    }

    let base_path = url::Url::parse(&site.config.base_url)
        .map(|u| u.path().to_string())
        .unwrap_or_else(|_| "/".into());
    let renderer = render::Renderer {
        tera,
        site,
        index,
        layout: render::views::Layout::new(site, css_path, scripts, opts.today),
        today: opts.today,
        base_path,
    };
    timer.lap("assets");
    let urls = renderer.render_all(out)?;
    timer.lap("pages");
    feeds::write(site, index, opts.today, &opts.templates.join("api"), out)?;
    timer.lap("feeds");

    let absolute: Vec<String> = urls
        .iter()
        .map(|u| format!("{}{u}", site.config.base_url))
        .collect();
    out.write(
        "sitemap.xml",
        render::render_plain(tera, "sitemap.xml", "urls", &absolute)?.as_bytes(),
    )?;
    // Static hosts that read a _headers file (Netlify, Cloudflare Pages) let other sites
    // read the open data, as the widget does.
    out.write("_headers", b"/api/*\n  Access-Control-Allow-Origin: *\n")?;
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    );
    out.write("robots.txt", robots.as_bytes())?;
    if let Some(sec) = &site.config.security {
        out.write(
            ".well-known/security.txt",
            security_txt(sec, &site.config.base_url).as_bytes(),
        )?;
    }
    Ok(BuildReport {
        locations: site.locations.len(),
        pages: urls.len() + 1,
    })
}

/// Strip a script from `templates/assets/js/` into `js/`; returns its site path.
fn write_script(
    out: &output::Staging,
    assets: &Path,
    name: &str,
    hashed: bool,
) -> Result<String, Error> {
    let js = render::js::stripped(&assets.join(format!("js/{name}.js")))?;
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
