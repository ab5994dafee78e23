//! Narrowcasting for screens in libraries, pharmacies and health centres: per location and
//! per host organisation with several locations an HTML slideshow that shares the site's
//! fonts, CSS and script (a small page a player caches; the staff pages make a
//! self-contained zip of it in the browser for players that store it offline), and a JSON
//! feed "spreekuren deze week" for players that read data.

use std::collections::BTreeMap;

use base64::Engine as _;
use jiff::civil::Date;
use serde::Serialize;
use serde_json::json;

use crate::error::Error;
use crate::index::Index;
use crate::model::{Location, Site};
use crate::output::Staging;
use crate::present::products::{LocationData, ThemeView};
use crate::schedule::add_days;

/// Seconds a slide stays up unless the player's URL says `?sec=N`.
pub const DEFAULT_INTERVAL: u32 = 10;
/// Hours after which a slideshow reloads itself to pick up a new build.
pub const RELOAD_HOURS: u32 = 4;

/// A language spoken at a location, as the language slide shows it.
#[derive(Serialize)]
struct Spoken {
    code: String,
    name: String,
    dir: &'static str,
    sentence: Option<String>,
}

#[derive(Serialize)]
struct ScreenLocation<'a> {
    data: LocationData<'a>,
    /// The schedule rules the script recomputes "this week" from.
    rules_json: String,
    /// Per spreekuur (in rule order): title and place, for the script.
    sessions_json: String,
    /// The id of the location's QR code symbol (see [`Show::qr_symbols`]).
    qr: String,
    /// The languages besides Dutch its staff speak, for the language slide: each in
    /// itself, and (where the site has the language) a sentence in it.
    spoken: Vec<Spoken>,
    /// That symbol (made once, used by the location's show and its organisation's).
    #[serde(skip)]
    qr_symbol: String,
    /// Its slides (`scherm-locatie.html`), rendered once for its own show and its
    /// organisation's.
    #[serde(skip)]
    slides: String,
}

/// What `scherm-locatie.html` sees: one location, and the logo its slides show.
#[derive(Serialize)]
struct SlidesPage<'a> {
    l: &'a ScreenLocation<'a>,
    logo: &'a str,
    logo_alt: &'a str,
    logo_symbol: &'a str,
    logo_view_box: &'a str,
}

/// A location in a show: its slides, and what a theme slide's footer says of it.
#[derive(Serialize)]
struct ShowLocation<'a> {
    name: &'a str,
    url_display: &'a str,
    slides: &'a str,
}

#[derive(Serialize)]
struct Show<'a> {
    title: String,
    interval: u32,
    reload_hours: u32,
    /// The stylesheet link (online) or `<style>` (offline), and likewise the script.
    head: &'a str,
    tail: &'a str,
    logo: &'a str,
    logo_alt: &'a str,
    /// An SVG logo inlined once as a symbol (its text then uses the embedded font).
    logo_symbol: &'a str,
    logo_view_box: &'a str,
    /// The id of the QR code to the organisation's or site's page, for the theme slides.
    qr: String,
    /// Every QR code of the show, once, as SVG symbols the slides `<use>`.
    qr_symbols: String,
    /// The site's address without scheme, for the theme slides of an organisation.
    site_url: String,
    locations: Vec<ShowLocation<'a>>,
    themes: Vec<ThemeView<'a>>,
}

/// What every slideshow shares: the CSS and the script (site files beside the fonts; the
/// staff pages' script puts them in a show's offline zip) and the logo.
pub struct Assets {
    /// Site paths and contents of the shared stylesheet and script.
    css_path: String,
    css: String,
    script_path: String,
    script: String,
    logo: String,
    /// For an SVG logo: `<symbol>` markup and its viewBox.
    logo_symbol: String,
    logo_view_box: String,
}

/// An SVG logo as a `<symbol id="ido-logo">` and its viewBox, so the slides can show it
/// inline (`<use>`): text in an SVG shown as an image cannot use the page's fonts.
fn logo_symbol(svg: &str) -> Option<(String, String)> {
    let doc = roxmltree::Document::parse(svg).ok()?;
    let root = doc.root_element();
    let view_box = match root.attribute("viewBox") {
        Some(v) => v.to_string(),
        None => format!(
            "0 0 {} {}",
            root.attribute("width")?.trim_end_matches("px"),
            root.attribute("height")?.trim_end_matches("px")
        ),
    };
    // Numbers only: the viewBox goes into an attribute of the page.
    if !view_box
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | ','))
    {
        return None;
    }
    let first = root.first_child()?.range().start;
    let last = root.last_child()?.range().end;
    let inner = svg.get(first..last)?;
    // The file's own <title> would name the symbol twice: the slide's `aria-label` names
    // it. Its comments are for whoever edits the file, not for every show.
    let inner = strip_comments(&strip_title(inner));
    Some((
        format!(
            r#"<svg aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden"><symbol id="ido-logo" viewBox="{view_box}">{inner}</symbol></svg>"#
        ),
        view_box,
    ))
}

fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

fn strip_title(s: &str) -> String {
    match (s.find("<title"), s.find("</title>")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &s[..a], &s[b + "</title>".len()..]),
        _ => s.to_string(),
    }
}

impl Assets {
    pub fn new(site: &Site, templates: &std::path::Path) -> Result<Assets, Error> {
        let assets = templates.join("assets");
        let read = |p: &std::path::Path| std::fs::read(p).map_err(|e| Error::io(p, e));
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        let own_css = crate::error::read_to_string(&assets.join("css/scherm.css"))?;
        // The fonts are the site's own files (`css/` is beside `fonts/`).
        let css = format!("{}{own_css}", site.tokens.to_css(|f| format!("../{f}")));
        // The slideshows are Dutch: tijden.js with the Dutch words in front.
        let mut script = crate::present::words_script(crate::lang::source());
        script.push_str(&crate::minify::stripped(&assets.join("js/tijden.js"))?);
        script.push('\n');
        script.push_str(&crate::minify::stripped(&assets.join("js/scherm.js"))?);
        let hashed = |name: &str, ext: &str, text: &str| {
            format!(
                "{name}/scherm.{:016x}.{ext}",
                xxhash_rust::xxh3::xxh3_64(text.as_bytes())
            )
        };
        let logo_path = assets.join(&site.tokens.logo.file);
        let svg = logo_path.extension().is_some_and(|e| e == "svg");
        let mime = if svg { "image/svg+xml" } else { "image/png" };
        let bytes = read(&logo_path)?;
        // The house-style logo is checked (no script, no outside references) when loaded.
        let (logo_symbol, logo_view_box) = if svg {
            logo_symbol(&String::from_utf8_lossy(&bytes)).unwrap_or_default()
        } else {
            Default::default()
        };
        Ok(Assets {
            css_path: hashed("css", "css", &css),
            script_path: hashed("js", "js", &script),
            css,
            script,
            logo: format!("data:{mime};base64,{}", b64(&bytes)),
            logo_symbol,
            logo_view_box,
        })
    }

    /// Write the shared stylesheet and script of the online slideshows.
    pub fn write(&self, out: &Staging) -> Result<(), Error> {
        out.write(&self.css_path, self.css.as_bytes())?;
        out.write(&self.script_path, self.script.as_bytes())
    }

    /// The stylesheet link and script tag of a show `depth` folders below the site root.
    fn online(&self, depth: usize) -> (String, String) {
        let root = "../".repeat(depth);
        (
            format!(r#"<link rel="stylesheet" href="{root}{}">"#, self.css_path),
            format!(r#"<script src="{root}{}"></script>"#, self.script_path),
        )
    }
}

/// Host organisations with several locations, and those locations (sorted by name): they
/// get a show of all of them. An organisation with one location has that location's show.
pub fn organisations(site: &Site) -> BTreeMap<String, Vec<&Location>> {
    let mut map = by_organisation(site);
    map.retain(|_, locs| locs.len() > 1);
    map
}

/// Every host organisation (by URL slug) and its locations.
fn by_organisation(site: &Site) -> BTreeMap<String, Vec<&Location>> {
    let mut map: BTreeMap<String, Vec<&Location>> = BTreeMap::new();
    for l in &site.locations {
        map.entry(crate::routes::url_slug(&l.organisation))
            .or_default()
            .push(l);
    }
    map
}

fn screen_location<'a>(
    l: &'a Location,
    site: &'a Site,
    index: &Index<'a>,
    today: Date,
) -> ScreenLocation<'a> {
    let sessions: Vec<_> = l
        .schedule
        .sessions
        .iter()
        .map(|s| {
            // Another address on some dates, by day number (as the slideshow script counts).
            let places: serde_json::Map<String, serde_json::Value> = s
                .places
                .iter()
                .map(|(d, a)| {
                    (
                        crate::schedule::day_number(*d).to_string(),
                        json!(crate::present::one_line(a)),
                    )
                })
                .collect();
            let partner = index.partner_names(&s.partners);
            json!({
                "titel": s.title,
                "plaats": s.address.as_ref().map(crate::present::one_line),
                "plaatsen": places,
                "partner": partner,
            })
        })
        .collect();
    let data = LocationData::new(crate::lang::source(), l, site, index, today, true);
    let url = data.url.clone();
    ScreenLocation {
        data,
        rules_json: crate::schedule::rules::json(&l.schedule),
        sessions_json: serde_json::to_string(&sessions)
            .unwrap_or_default()
            .replace('<', "\\u003c"),
        qr: format!("qr-{}", l.slug),
        spoken: l
            .languages
            .iter()
            .filter(|x| x.code != crate::lang::SOURCE)
            .map(|x| {
                let lang = crate::lang::all().get(&x.code);
                Spoken {
                    code: x.code.clone(),
                    name: crate::lang::autonym(&x.code)
                        .map_or_else(|| x.name.clone(), str::to_string),
                    dir: if lang.is_some_and(|l| l.rtl) || matches!(x.code.as_str(), "fa" | "prs") {
                        "rtl"
                    } else {
                        "ltr"
                    },
                    sentence: lang.map(|l| l.t("slide-we-speak-this")),
                }
            })
            .collect(),
        qr_symbol: qr_symbol(&format!("qr-{}", l.slug), &url),
        slides: String::new(),
    }
}

/// Render the slides of `view` into it.
fn render_slides(
    tera: &tera::Tera,
    assets: &Assets,
    site: &Site,
    view: &mut ScreenLocation,
) -> Result<(), Error> {
    let page = SlidesPage {
        l: view,
        logo: &assets.logo,
        logo_alt: &site.tokens.logo.alt,
        logo_symbol: &assets.logo_symbol,
        logo_view_box: &assets.logo_view_box,
    };
    let template = "scherm-locatie.html";
    let ctx = tera::Context::from_serialize(&page).map_err(|e| Error::template(template, &e))?;
    let slides = tera
        .render(template, &ctx)
        .map_err(|e| Error::template(template, &e))?;
    view.slides = slides;
    Ok(())
}

/// A QR code as `<symbol id="…">` (the SVG's own content under its viewBox).
fn qr_symbol(id: &str, url: &str) -> String {
    let svg = String::from_utf8(crate::qr::svg(url)).unwrap_or_default();
    let view_box = svg
        .split_once("viewBox=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(v, _)| v)
        .unwrap_or("0 0 1 1");
    let inner = svg
        .split_once('>')
        .and_then(|(_, rest)| rest.rsplit_once("</svg>"))
        .map(|(inner, _)| inner)
        .unwrap_or("");
    format!(r#"<symbol id="{id}" viewBox="{view_box}">{inner}</symbol>"#)
}

/// The page of a show `depth` folders deep.
#[allow(clippy::too_many_arguments)]
fn show_html(
    tera: &tera::Tera,
    assets: &Assets,
    site: &Site,
    title: String,
    qr_url: &str,
    locations: Vec<&ScreenLocation>,
    index: &Index,
    depth: usize,
    site_qr: &std::sync::OnceLock<String>,
) -> Result<String, Error> {
    let mut themes: Vec<&str> = Vec::new();
    for l in &locations {
        for t in &l.data.themes {
            if !themes.contains(&t.slug) {
                themes.push(t.slug);
            }
        }
    }
    let mut qr_symbols = String::from(
        r#"<svg aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">"#,
    );
    let mut show_qr = "qr-show".to_string();
    for l in &locations {
        qr_symbols.push_str(&l.qr_symbol);
        if l.data.url == qr_url {
            show_qr = l.qr.clone();
        }
    }
    if show_qr == "qr-show" {
        if qr_url == site.config.base_url {
            // Every organisation's show links to the site: its code is made once.
            qr_symbols.push_str(site_qr.get_or_init(|| qr_symbol(&show_qr, qr_url)));
        } else {
            qr_symbols.push_str(&qr_symbol(&show_qr, qr_url));
        }
    }
    qr_symbols.push_str("</svg>");
    let (head, tail) = assets.online(depth);
    let show = Show {
        title,
        interval: DEFAULT_INTERVAL,
        reload_hours: RELOAD_HOURS,
        head: &head,
        tail: &tail,
        logo: &assets.logo,
        logo_alt: &site.tokens.logo.alt,
        logo_symbol: &assets.logo_symbol,
        logo_view_box: &assets.logo_view_box,
        qr: show_qr,
        qr_symbols,
        site_url: crate::present::products::display_url(&site.config.base_url),
        themes: themes
            .iter()
            .filter_map(|t| index.themes.get(t))
            // (The show's pages name no partners: only the national ones.)
            .map(|t| ThemeView::new(t, index, &[]))
            .collect(),
        locations: locations
            .iter()
            .map(|l| ShowLocation {
                name: l.data.name,
                url_display: &l.data.url_display,
                slides: &l.slides,
            })
            .collect(),
    };
    let ctx =
        tera::Context::from_serialize(&show).map_err(|e| Error::template("scherm.html", &e))?;
    tera.render("scherm.html", &ctx)
        .map_err(|e| Error::template("scherm.html", &e))
}

use crate::routes::{organisation_show_dir, SHOW_FILE, WEEK_FEED_FILE};

fn write_show(out: &Staging, dir: &str, html: String) -> Result<(), Error> {
    out.write(
        &format!("{dir}/{SHOW_FILE}"),
        crate::minify::tidy(&html).as_bytes(),
    )
}

/// The feed "spreekuren deze week" of one location: the seven days from `today`.
pub fn week_feed(l: &Location, site: &Site, index: &Index, today: Date) -> String {
    use crate::present::{hhmm, range_value as range};
    let sched = &l.schedule;
    let cal = index.agenda(l);
    let days: Vec<_> = (0..7)
        .map(|i| {
            let d = add_days(today, i);
            let hours = cal.hours_on(sched, d);
            let sessions = cal.day(d).map(|day| &day.sessions[..]).unwrap_or_default();
            json!({
                "datum": d.to_string(),
                "dag": crate::dutch::weekday_date(d),
                "open": hours.iter().map(range).collect::<Vec<_>>(),
                "spreekuren": sessions.iter().map(|i| &sched.sessions[*i as usize]).map(|s| json!({
                    "titel": s.title,
                    "van": hhmm(s.time.start),
                    "tot": hhmm(s.time.end),
                    "tijd": s.time.dutch(),
                    "partner": s.partners.first().and_then(|p| index.partners.get(p.as_str())).map(|p| &p.name),
                    "partners": s.partners.iter().filter_map(|p| index.partners.get(p.as_str())).map(|p| &p.name).collect::<Vec<_>>(),
                    "adres": s.address_on(d).map(crate::present::one_line),
                    "afspraak": s.visit.label(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let value = json!({
        "locatie": {"id": l.slug, "naam": l.name, "url": format!("{}{}", site.config.base_url, crate::routes::location(&l.slug))},
        "van": today.to_string(),
        "tot": add_days(today, 6).to_string(),
        "dagen": days,
    });
    serde_json::to_string(&value).unwrap_or_default()
}

/// Write the slideshows and the week feeds; with `only` (location slugs), just
/// those locations and their organisations.
pub fn write(
    site: &Site,
    index: &Index,
    today: Date,
    tera: &tera::Tera,
    assets: &Assets,
    out: &Staging,
    only: Option<&[&str]>,
) -> Result<(), Error> {
    use rayon::prelude::*;
    let wanted = |l: &Location| only.is_none_or(|o| o.contains(&l.slug.as_str()));
    if only.is_none() {
        assets.write(out)?;
    }
    // Per host organisation: what the slides show of each of its locations, and the
    // slides themselves, are made once, for the locations' own shows and (with several
    // locations) the organisation's, and dropped when the organisation is done.
    let site_qr = std::sync::OnceLock::new();
    by_organisation(site)
        .into_par_iter()
        .filter(|(_, locs)| locs.iter().any(|l| wanted(l)))
        .try_for_each(|(slug, locs)| {
            let mut views: Vec<ScreenLocation> = locs
                .iter()
                .map(|l| screen_location(l, site, index, today))
                .collect();
            for view in &mut views {
                render_slides(tera, assets, site, view)?;
            }
            for (l, view) in locs.iter().zip(&views).filter(|(l, _)| wanted(l)) {
                let dir = crate::routes::screen_dir(&l.slug);
                out.write(
                    &format!("{dir}/{WEEK_FEED_FILE}"),
                    week_feed(l, site, index, today).as_bytes(),
                )?;
                let html = show_html(
                    tera,
                    assets,
                    site,
                    l.name.clone(),
                    &format!(
                        "{}{}",
                        site.config.base_url,
                        crate::routes::location(&l.slug)
                    ),
                    vec![view],
                    index,
                    2,
                    &site_qr,
                )?;
                write_show(out, &dir, html)?;
            }
            if locs.len() < 2 {
                return Ok(());
            }
            let html = show_html(
                tera,
                assets,
                site,
                format!("Informatiepunten van {}", locs[0].organisation),
                &site.config.base_url,
                views.iter().collect(),
                index,
                3,
                &site_qr,
            )?;
            write_show(out, &organisation_show_dir(&slug), html)
        })
}
