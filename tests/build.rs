//! Building sites end to end: pages hold the facts from the content, links resolve under
//! a sub-path, output is deterministic, and a failed build leaves the output untouched.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::*;

fn build_example(out: &Path) -> ido::BuildReport {
    ido::build(&options(&root().join("content"), out)).unwrap_or_else(|e| panic!("{e}"))
}

/// The values of `attr="..."` in an HTML text.
fn attrs(html: &str, attr: &str) -> Vec<String> {
    let pat = format!(" {attr}=\"");
    html.match_indices(&pat)
        .map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            rest[..rest.find('"').unwrap()].replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn example_site_pages_hold_the_facts_from_the_content() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let report = build_example(&out);
    let site = ido::load(&options(&root().join("content"), &out)).unwrap();
    assert!(site.locations.len() >= 15, "at least 15 example locations");
    assert_eq!(report.locations, site.locations.len());
    let gemeenten: std::collections::BTreeSet<_> = site
        .locations
        .iter()
        .filter_map(|l| l.gemeente.as_ref())
        .collect();
    assert!(
        gemeenten.len() >= 8,
        "at least 8 gemeenten, got {}",
        gemeenten.len()
    );

    for loc in &site.locations {
        let html = read(&out, &format!("locaties/{}/index.html", loc.slug));
        let main = main_of(&html);
        assert!(
            main.contains(&format!("<h1>{}</h1>", ido::render::escape(&loc.name))),
            "{}: name as h1",
            loc.slug
        );
        if let Some(a) = &loc.address {
            assert!(
                main.contains(&ido::render::escape(&a.street)),
                "{}: street",
                loc.slug
            );
            assert!(main.contains(&a.postcode), "{}: postcode", loc.slug);
        }
        for (day, text) in loc.schedule.week.rows() {
            if text != "Gesloten" {
                assert!(main.contains(&text), "{}: hours of {day}: {text}", loc.slug);
            }
        }
        let today = jiff::civil::date(2026, 11, 23);
        for s in loc.schedule.sessions.iter().filter(|s| !s.over(today)) {
            assert!(
                main.contains(&ido::render::escape(&s.dutch(today))),
                "{}: spreekuur sentence {}",
                loc.slug,
                s.dutch(today)
            );
        }
        assert!(main.contains("0800-1508"), "{}: DigiHulplijn", loc.slug);
        assert!(
            main.contains("gecontroleerd op"),
            "{}: last checked",
            loc.slug
        );
        // The gemeente page lists the location; a regional or national service is on
        // the page of every gemeente it serves that has one ("Ook voor u").
        let mut pages: Vec<String> = loc.gemeente_slug.iter().cloned().collect();
        if let ido::model::Area::Region(list) = &loc.area {
            pages.extend(
                list.iter()
                    .map(|(_, g)| g.clone())
                    .filter(|g| out.join(format!("gemeenten/{g}/index.html")).exists()),
            );
        }
        assert!(!pages.is_empty(), "{} is on a gemeente page", loc.slug);
        for g in pages {
            let page = read(&out, &format!("gemeenten/{g}/index.html"));
            assert!(
                page.contains(&format!("locaties/{}/", loc.slug)),
                "{} on the gemeente page {g}",
                loc.slug
            );
        }
        for t in &loc.themes {
            let page = read(&out, &format!("themas/{t}/index.html"));
            assert!(
                page.contains(&format!("locaties/{}/", loc.slug)),
                "{} on theme page {t}",
                loc.slug
            );
        }
    }

    // A regional service without a gemeente: no page of its own for its gemeenten
    // without an informatiepunt, "Ook voor u" on those with one (page and embed), its
    // own group on the list of gemeenten.
    assert!(!out.join("gemeenten/bernheze").exists());
    for page in ["gemeenten/oss/index.html", "embed/gemeenten/oss/index.html"] {
        let html = read(&out, page);
        assert!(
            html.contains("locaties/noordoost-brabant-belspreekuur/")
                && html.contains("voor inwoners van &#39;s-Hertogenbosch, Oss, Maashorst, Land van Cuijk en Bernheze"),
            "{page}"
        );
    }
    assert!(
        read(&out, "gemeenten/oss/index.html").contains("<h2 id=\"ook-voor-u\">Ook voor u</h2>")
    );
    let list = read(&out, "gemeenten/index.html");
    assert!(
        list.contains(">Voor een regio</h2>")
            && list.contains("locaties/noordoost-brabant-belspreekuur/")
    );
    assert!(!read(&out, "gemeenten/tilburg/index.html").contains("noordoost-brabant"));
    let line = read(&out, "locaties/noordoost-brabant-belspreekuur/index.html");
    assert!(line.contains("<p class=\"area\">Voor inwoners van &#39;s-Hertogenbosch"));
    assert!(!line.contains("Gemeente:"), "no gemeente line");

    // Specific facts, written out in full as a citizen reads them.
    let lochal = read(&out, "locaties/tilburg-lochal/index.html");
    let tuesday = &weekday_items(&lochal)[1];
    assert!(
        tuesday.contains("<span class=\"day-name\" data-vandaag=\"(vandaag)\">Dinsdag"),
        "{tuesday}"
    );
    assert!(
        tuesday
            .contains("<span class=\"day-open\">10.00 tot 12.30 uur en 13.30 tot 17.00 uur</span>"),
        "{tuesday}"
    );
    assert!(lochal.contains("Elke eerste dinsdag van de maand, van 10.00 tot 12.00 uur."));
    // Dates in the coming months without their year (seen from 23 November 2026).
    assert!(lochal.contains("Van 1 maart tot en met 30 april."));
    assert!(lochal.contains(
        "Volgende keren: dinsdag 1 december 2026, dinsdag 5 januari 2027, dinsdag 2 februari 2027."
    ));
    let zaandam = read(&out, "locaties/zaanstad-wijkcentrum/index.html");
    assert!(zaandam.contains("Maak eerst een afspraak."));
    let home = read(&out, "index.html");
    assert!(home.contains("De hulp is gratis."));
    assert!(home.contains("U hoeft geen lid te zijn van de bibliotheek."));
    assert!(home.contains("de informatiepunten op deze website zijn voorbeelden"));
    let sitemap = read(&out, "sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://www.informatiepunt.example/locaties/tilburg-lochal/</loc>")
    );
    assert!(!sitemap.contains("404"));
    assert!(read(&out, "robots.txt")
        .contains("Sitemap: https://www.informatiepunt.example/sitemap.xml"));
    let security = read(&out, ".well-known/security.txt");
    assert!(security.contains(
        "Contact: mailto:security@informatiepunt.example\nExpires: 2027-11-01T00:00:00.000Z"
    ));
    for page in [
        "over-het-ido",
        "toegankelijkheid",
        "privacy",
        "voor-gemeenten",
    ] {
        assert!(out.join(page).join("index.html").exists(), "page {page}");
    }
}

#[test]
fn every_page_is_accessible_html_without_outside_requests() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    for rel in files(&out).iter().filter(|f| f.ends_with(".html")) {
        let html = read(&out, rel);
        // Each language's pages under its own folder; Dutch at the root.
        let page = rel.strip_prefix("embed/").unwrap_or(rel);
        let code = ["ar", "en", "pl", "tr", "uk"]
            .into_iter()
            .find(|c| page.starts_with(&format!("{c}/")))
            .unwrap_or("nl");
        let dir = if code == "ar" { "rtl" } else { "ltr" };
        assert!(
            html.starts_with(&format!(
                "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">"
            )),
            "{rel}: lang={code} dir={dir}"
        );
        assert_eq!(html.matches("<h1").count(), 1, "{rel}: exactly one h1");
        // Embeds and screen slideshows are content only: nothing to skip.
        if !rel.starts_with("embed/") && !rel.starts_with("scherm/") {
            assert!(
                html.contains("<a class=\"skip\" href=\"#inhoud\">"),
                "{rel}: skip link"
            );
        }
        assert!(html.contains("<main id=\"inhoud\""), "{rel}: main landmark");
        // Resources (not navigation links) must come from the site itself.
        for src in attrs(&html, "src") {
            assert!(!src.contains("//"), "{rel}: outside resource {src}");
        }
        for tag in html.split("<link ").skip(1) {
            let tag = &tag[..tag.find('>').unwrap()];
            // Canonical and alternate links are never fetched by the browser.
            if !tag.contains("rel=\"canonical\"") && !tag.contains("rel=\"alternate\"") {
                assert!(
                    !tag.contains("//"),
                    "{rel}: outside resource in <link {tag}>"
                );
            }
        }
        // Scripts only where they add something (status, finder, the staff pages' offline
        // zip), from the site itself; every page is complete without them.
        for src in html
            .split("<script")
            .skip(1)
            .filter_map(|t| t[..t.find('>').unwrap()].split_once("src=\""))
            .map(|(_, r)| &r[..r.find('"').unwrap()])
        {
            // A page in another language is under its language's folder.
            let rel = ["ar/", "en/", "pl/", "tr/", "uk/"]
                .iter()
                .find_map(|p| rel.strip_prefix(p))
                .unwrap_or(rel);
            let allowed = rel.starts_with("locaties/")
                || rel.starts_with("embed/")
                || rel.starts_with("scherm/")
                || rel.starts_with("drukwerk/")
                || rel.ends_with("/insluiten/index.html")
                || rel == "index.html"
                || rel == "zoeken/index.html";
            assert!(
                allowed && !src.contains("//") && src.contains("js/"),
                "{rel}: script {src}"
            );
        }
    }
    // The site's stylesheet, and the slideshows' own.
    let css_files: Vec<_> = files(&out)
        .into_iter()
        .filter(|f| f.ends_with(".css"))
        .collect();
    assert_eq!(css_files.len(), 2, "{css_files:?}");
    let css = read(
        &out,
        css_files.iter().find(|f| f.contains("/site.")).unwrap(),
    );
    assert!(!read(
        &out,
        css_files.iter().find(|f| f.contains("/scherm.")).unwrap()
    )
    .contains("http"));
    assert!(!css.contains("http"), "CSS loads nothing from elsewhere");
    assert!(
        css.contains("--kleur-primair:#154273"),
        "tokens become custom properties"
    );
    assert!(
        css.contains("font-family:Atkinson Hyperlegible")
            || css.contains("\"Atkinson Hyperlegible\"")
    );
}

/// Resolve every relative link of every page as a browser would under `/ido/`.
#[test]
fn all_links_resolve_when_served_under_a_sub_path() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let mut opts = options(&root().join("content"), &out);
    opts.base_url = Some("https://example.nl/ido/".into());
    ido::build(&opts).unwrap();
    let base = url::Url::parse("https://example.nl/ido/").unwrap();
    let mut checked = 0;
    for rel in files(&out).iter().filter(|f| f.ends_with(".html")) {
        let html = read(&out, rel);
        // 404.html is served at any missing path: resolve it from a deep one.
        let page_path = if rel == "404.html" {
            "does/not/exist/".to_string()
        } else {
            rel.trim_end_matches("index.html").to_string()
        };
        let page = base.join(&page_path).unwrap();
        for link in attrs(&html, "href").into_iter().chain(attrs(&html, "src")) {
            if link.starts_with("mailto:") || link.starts_with("tel:") || link.starts_with('#') {
                continue;
            }
            let target = page.join(&link).unwrap();
            if target.host_str() != Some("example.nl") {
                continue; // a link to another website
            }
            let path = target
                .path()
                .strip_prefix("/ido/")
                .unwrap_or_else(|| panic!("{rel}: {link} leaves /ido/"));
            let file = if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.to_string()
            };
            assert!(
                out.join(&file).is_file(),
                "{rel}: link {link} -> {file} does not exist"
            );
            checked += 1;
        }
    }
    assert!(checked > 500, "checked {checked} links");
    assert!(read(&out, "404.html").contains("href=\"/ido/gemeenten/\""));
    assert!(read(&out, "locaties/tilburg-lochal/index.html").contains(
        "<link rel=\"canonical\" href=\"https://example.nl/ido/locaties/tilburg-lochal/\">"
    ));
}

fn snapshot_of(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|f| (f.clone(), fs::read(dir.join(&f)).unwrap()))
        .collect()
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build_example(&a);
    build_example(&b);
    let (sa, sb) = (snapshot_of(&a), snapshot_of(&b));
    assert_eq!(sa.keys().collect::<Vec<_>>(), sb.keys().collect::<Vec<_>>());
    for (k, v) in &sa {
        assert!(v == &sb[k], "{k} differs between two builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let out = tmp.path().join("public");
    ido::build(&options(&content, &out)).unwrap();
    let before = snapshot_of(&out);
    fs::write(
        content.join("locaties/test-balie.md"),
        "---\nnaam: kapot\n---\n",
    )
    .unwrap();
    // A content error...
    let err = ido::build(&options(&content, &out)).unwrap_err();
    assert!(matches!(err, ido::Error::Content(_)), "{err}");
    assert_eq!(before, snapshot_of(&out));
    // ...and a template error, which fails after rendering has started.
    copy_tree(&fixture("minimal"), &content);
    let templates = tmp.path().join("templates");
    copy_tree(&root().join("templates"), &templates);
    fs::write(
        templates.join("site/partner.html"),
        "{% extends \"base.html\" %}{% block main %}{{ missing.value }}{% endblock main %}",
    )
    .unwrap();
    let mut opts = options(&content, &out);
    opts.templates = templates;
    assert!(matches!(
        ido::build(&opts),
        Err(ido::Error::Template { .. })
    ));
    assert_eq!(before, snapshot_of(&out));
    // Beside the output only the cache folder, which keeps the last build's stamp.
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|name| name != ".ido-cache")
        .collect();
    assert_eq!(
        leftovers.len(),
        3,
        "no staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn minimal_site_pages_match_snapshots() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    ido::build(&options(&fixture("minimal"), &out)).unwrap();
    insta::assert_snapshot!(
        "location_main",
        main_of(&read(&out, "locaties/test-balie/index.html"))
    );
    insta::assert_snapshot!(
        "telephone_main",
        main_of(&read(&out, "locaties/test-telefoon/index.html"))
    );
    insta::assert_snapshot!("home_main", main_of(&read(&out, "index.html")));
    insta::assert_snapshot!(
        "theme_main",
        main_of(&read(&out, "themas/digid/index.html"))
    );
}

/// The files of the incrementally updated site `dir/a` (returned), after checking that
/// a full build of `content` into `dir/b` gives the same files with the same bytes.
fn same_as_full_build(content: &Path, dir: &Path, after: &str) -> BTreeMap<String, Vec<u8>> {
    let _ = fs::remove_dir_all(dir.join("b"));
    ido::build(&options(content, &dir.join("b"))).unwrap();
    let (a, b) = (snapshot_of(&dir.join("a")), snapshot_of(&dir.join("b")));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (k, v) in &a {
        assert!(v == &b[k], "{k} differs from a full build after {after}");
    }
    a
}

/// `ido serve` re-renders only what an edit touches; the result must be exactly what a
/// full build of the edited content gives.
#[test]
fn an_incremental_update_equals_a_full_build() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    let mut session = ido::Session::start(options(&content, &tmp.path().join("a"))).unwrap();
    let file = content.join("locaties/tilburg-lochal.md");
    let text = fs::read_to_string(&file).unwrap();
    let edited = text
        .replace(
            "naam: Informatiepunt Bibliotheek LocHal",
            "naam: Informatiepunt LocHal Tilburg",
        )
        .replace(
            "themas: [digid, toeslagen, belastingen, gezondheid, computer-en-telefoon]",
            "themas: [digid, wonen]",
        )
        .replace(
            "  dinsdag: [10.00-12.30, 13.30-17.00]",
            "  dinsdag: 09.30-16.00",
        );
    assert_ne!(edited, text);
    fs::write(&file, &edited).unwrap();
    let api = tmp.path().join("a/api/v1/locaties.json");
    let open_data_before = fs::read_to_string(&api).unwrap();
    let report = session.update(std::slice::from_ref(&file)).unwrap();
    // The edited location's own pages first (its page in six languages, its staff
    // page); the pages that list it and the site-wide open data follow in `catch_up`.
    assert_eq!(report.pages, 7);
    let changed = report.changed.unwrap();
    assert!(changed.contains(&"locaties/tilburg-lochal/index.html".to_string()));
    assert!(!changed
        .iter()
        .any(|f| f.starts_with("api/") || f == "index.html"));
    let page = fs::read_to_string(tmp.path().join("a/locaties/tilburg-lochal/index.html")).unwrap();
    assert!(page.contains("Informatiepunt LocHal Tilburg"));
    assert_eq!(fs::read_to_string(&api).unwrap(), open_data_before);
    let listed = session.catch_up().unwrap();
    // The lists that show it, in six languages.
    assert!(
        listed.pages < 30 * 6,
        "only what the edit touches: {} pages",
        listed.pages
    );
    assert!(listed.changed.unwrap().contains(&"index.html".to_string()));
    assert!(fs::read_to_string(&api)
        .unwrap()
        .contains("Informatiepunt LocHal Tilburg"));
    same_as_full_build(&content, tmp.path(), "the first edit");
    // Hours and text only: the lists show nothing of that and are not made again, and
    // the result is still what a full build gives.
    let hours_only = edited
        .replace("  dinsdag: 09.30-16.00", "  dinsdag: 10.00-15.00")
        .replacen("\n---\n", "\n---\nNieuw: ook op dinsdag.\n", 1);
    assert_ne!(hours_only, edited);
    fs::write(&file, &hours_only).unwrap();
    let lists = listed.pages;
    session.update(std::slice::from_ref(&file)).unwrap();
    let report = session.catch_up().unwrap();
    assert!(
        // Its gemeente's page and embed (each in six languages) and snippets page.
        report.pages < lists && report.pages <= 13,
        "an edit of hours and text re-renders the location's own pages and its gemeente's: {} pages (with the lists {lists})",
        report.pages
    );
    let a = same_as_full_build(&content, tmp.path(), "an hours edit");
    // A broken edit changes nothing and is reported.
    fs::write(
        &file,
        hours_only.replace("postcode: 5041 SG", "postcode: 5041"),
    )
    .unwrap();
    assert!(matches!(
        session.update(std::slice::from_ref(&file)),
        Err(ido::Error::Content(_))
    ));
    assert_eq!(snapshot_of(&tmp.path().join("a")), a);
}

/// The `<li>` of each weekday in a location page's overview "wie is er wanneer?".
fn weekday_items(html: &str) -> Vec<String> {
    let start = html.find("<ul class=\"week\"").expect("a weekday overview");
    let list = &html[start..];
    (0..7)
        .map(|i| {
            let at = list
                .find(&format!("<li data-dag=\"{i}\""))
                .unwrap_or_else(|| panic!("weekday {i} in the overview"));
            let rest = &list[at..];
            let end = rest[1..]
                .find("<li data-dag=")
                .map_or(rest.len(), |e| e + 1);
            rest[..end].to_string()
        })
        .collect()
}

/// The levels of the headings of a page, in order.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(i, _)| {
            let b = html.as_bytes().get(i + 2)?;
            let next = html.as_bytes().get(i + 3)?;
            (b'1'..=b'6')
                .contains(b)
                .then_some(())
                .filter(|_| *next == b'>' || *next == b' ')
                .map(|_| b - b'0')
        })
        .collect()
}

#[test]
fn a_location_page_says_when_to_go_and_for_what_at_a_glance() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let site = ido::load(&options(&root().join("content"), &out)).unwrap();
    let dordrecht = site
        .locations
        .iter()
        .find(|l| l.slug == "dordrecht-samenwerkplein")
        .unwrap();
    assert_eq!(dordrecht.schedule.sessions.len(), 8);
    let html = read(&out, "locaties/dordrecht-samenwerkplein/index.html");
    let main = main_of(&html);
    let days = weekday_items(main);
    // Every organisation with a spreekuur is named on its weekday, and only there.
    for s in &dordrecht.schedule.sessions {
        let weekday = (0..7)
            .map(|i| jiff::civil::date(2026, 11, 23 + i))
            .find(|d| {
                s.rule_matches(*d)
                    || s.rule_matches(d.checked_add(jiff::Span::new().days(7)).unwrap())
            })
            .unwrap()
            .weekday();
        let day = weekday.to_monday_zero_offset() as usize;
        let name = s
            .partners
            .first()
            .and_then(|p| site.partners.iter().find(|x| &x.slug == p))
            .map_or(s.title.clone(), |p| p.name.clone());
        let shown = format!(
            "<strong>{}</strong> {}",
            ido::render::escape(&name),
            s.time.dutch()
        );
        for (i, item) in days.iter().enumerate() {
            assert_eq!(
                item.contains(&shown),
                i == day,
                "{shown} on weekday {i}: {item}"
            );
        }
    }
    // A spreekuur only by appointment is marked so in the overview; a walk-in one is not.
    for s in &dordrecht.schedule.sessions {
        let name = s
            .partners
            .first()
            .and_then(|p| site.partners.iter().find(|x| &x.slug == p))
            .map_or(s.title.clone(), |p| p.name.clone());
        let item = days
            .iter()
            .flat_map(|d| d.split("<li>"))
            .find(|i| i.starts_with(&format!("<strong>{}</strong>", ido::render::escape(&name))))
            .unwrap_or_else(|| panic!("{name} in the overview"));
        assert_eq!(
            item.contains("<span class=\"op-afspraak\">op afspraak</span>"),
            s.visit == ido::model::Visit::Appointment,
            "{item}"
        );
    }
    assert!(days.iter().any(|d| d.contains(
        "UWV</strong> 10.00 tot 12.00 uur <span class=\"op-afspraak\">op afspraak</span>"
    )));
    // A walk-in location says so, and that some spreekuren need an appointment.
    assert_eq!(dordrecht.visit, ido::model::Visit::WalkIn);
    assert!(main.contains("Voor sommige spreekuren maakt u eerst een afspraak."));
    // Every other week is said so.
    // Odd week numbers are said so: across week 53 and week 1 it is not "every other week".
    assert!(days[3].contains("Ondernemersloket</strong> 13.00 tot 15.00 uur <span class=\"muted\">(in oneven weken)</span>"), "{}", days[3]);
    assert!(!days.iter().any(|d| d.contains("om de week")));
    // The build date (Monday 23 November) is marked; no other day is.
    assert!(days[0].contains("class=\"day vandaag\"><span class=\"day-name\" data-vandaag=\"(vandaag)\">Maandag<span class=\"vandaag-tekst\"> (vandaag)</span>"), "{}", days[0]);
    assert_eq!(main.matches(" (vandaag)</span>").count(), 1);
    assert_eq!(main.matches(" vandaag\"").count(), 1);
    assert!(days[6].contains("Gesloten"));
    // The intro comes before the schedule; the overview before the full cards.
    let intro = main.find("Kijk hieronder wie er wanneer is.").unwrap();
    let overview = main.find("<ul class=\"week\"").unwrap();
    let cards = main.find("<ul class=\"sessions\">").unwrap();
    assert!(intro < main.find("id=\"wanneer\"").unwrap() && overview < cards);
    // A spreekuur named after its partner does not repeat the name as its host.
    assert!(!main.contains("<p class=\"muted\">Door <a href=\"../../partners/belastingdienst/\">"));
    assert!(
        main.contains("<h3><a href=\"../../partners/belastingdienst/\">Belastingdienst</a></h3>")
    );
    // A plain route link: nothing is loaded from the planner until it is followed.
    assert!(main.contains(
        "<a class=\"route\" href=\"https://www.google.com/maps/dir/?api=1&amp;destination=51.8131%2C4.6685\">Route plannen</a>"
    ));
    assert!(!html.contains("target=\"_blank\""));

    // "Neem dit mee": near-duplicates merged into the most complete item, at most six;
    // what is left out shows with its spreekuur.
    let lochal_html = read(&out, "locaties/tilburg-lochal/index.html");
    let lochal = main_of(&lochal_html);
    let bring = &lochal[lochal.find("id=\"meenemen\"").unwrap()..];
    let bring = &bring[..bring.find("</section>").unwrap()];
    assert!(
        bring.contains("<li>Uw telefoon, tablet of laptop</li>"),
        "{bring}"
    );
    assert!(
        !bring.contains("<li>Uw telefoon</li>")
            && !bring.contains("<li>Uw telefoon of tablet</li>"),
        "{bring}"
    );
    assert!(
        bring.matches("<li>").count() <= ido::render::views::BRING_MAX,
        "{bring}"
    );
    // DigiD is one item, not "Uw DigiD of de DigiD app" and "Uw gebruikersnaam en
    // wachtwoord van DigiD" (Deventer has every theme).
    let deventer_html = read(&out, "locaties/deventer-informatieplein/index.html");
    let deventer = main_of(&deventer_html);
    let list = &deventer[deventer.find("id=\"meenemen\"").unwrap()..];
    let list = &list[..list.find("</section>").unwrap()];
    let digid: Vec<&str> = list
        .split("<li>")
        .skip(1)
        .filter(|i| i.contains("DigiD"))
        .collect();
    assert_eq!(digid.len(), 1, "{list}");
    // "Eerste en derde maandag" is said as it is, not "om de week".
    let deventer_days = weekday_items(deventer);
    let dementia = deventer_days[0]
        .split("<li>")
        .find(|i| i.contains("Alzheimer Nederland"))
        .expect("the dementia spreekuur on Monday");
    assert!(
        dementia.contains("(1e en 3e maandag van de maand") && !dementia.contains("om de week"),
        "{dementia}"
    );
    // A spreekuur on a list of dates says its dates, not "een keer per maand" from
    // their gaps (the bakfiets stops of 6 March to 12 June, all Saturdays).
    let stops = deventer_days[5]
        .split("<li>")
        .find(|i| i.contains("De IDO-bakfiets op de markt"))
        .expect("the bakfiets stops on Saturday");
    assert!(
        stops.contains("(alleen op 6 maart 2027, 10 april 2027, 8 mei 2027 en 12 juni 2027")
            && !stops.contains("per maand"),
        "{stops}"
    );
    // Without opening hours, a day's hours are its weekly spreekuren, and say so: the
    // monthly GGD spreekuur on Monday morning is not in them.
    assert!(
        deventer_days[0].contains("<span class=\"day-open\">elke week 13.00 tot 16.00 uur</span>"),
        "{}",
        deventer_days[0]
    );
    // A spreekuur that ends says until when; a course with a later extra date does not
    // (it would seem to end before that date).
    let seniorweb = deventer_days[2]
        .split("<li>")
        .find(|i| i.contains("SeniorWeb"))
        .expect("SeniorWeb on Wednesday");
    assert!(seniorweb.contains("(tot en met 31 maart)"), "{seniorweb}");
    let course = deventer_days[3]
        .split("<li>")
        .find(|i| i.contains("Digisterker"))
        .expect("the Digisterker course on Thursday");
    assert!(
        course.contains("(vanaf 7 januari)") && !course.contains("tot en met"),
        "{course}"
    );
    let belasting = main.find("Neem ook mee:").unwrap();
    assert!(main[belasting..].contains("Brieven van de Belastingdienst"));

    // The telephone service never asks people to come by, and its number comes first.
    let phone_html = read(&out, "locaties/tilburg-telefonisch/index.html");
    let phone = main_of(&phone_html);
    for text in ["langskomen", "Kom langs", "kom langs", "langs"] {
        assert!(!phone.contains(text), "telephone page says {text}");
    }
    let tel = phone
        .find("href=\"tel:+31135421299\"")
        .expect("a tel: link");
    assert!(
        tel < phone.find("<h2").unwrap(),
        "the number comes before the first h2"
    );
    assert!(phone.contains("Bel ons gewoon."));
    // A mobile location says it stands there only at its times.
    let bike_html = read(&out, "locaties/den-bosch-bakfiets/index.html");
    let bike = main_of(&bike_html);
    assert!(bike.contains("Wij staan hier alleen op de dagen en tijden hieronder."));
    assert!(bike.contains("<strong>Waar precies:</strong>") && !bike.contains("In het gebouw"));
    // Its market spreekuur only runs from April to October: the overview says so (built
    // 23 November; October is more than half a year ahead, so both dates have a year).
    assert!(bike.contains(
        "<strong>Bakfiets op de weekmarkt</strong> 10.00 tot 13.00 uur <span class=\"muted\">(van 7 april 2027 tot en met 31 oktober 2027)</span>"
    ));
    // Neither that one nor the one on the last Saturday of the month makes its weekday
    // look open every week: the row has no hours of its own, only the spreekuur.
    for day in ["Woensdag", "Zaterdag"] {
        let row = &bike[bike.find(&format!(">{day}")).unwrap()..];
        let row = &row[..row.find("</li>").unwrap()];
        assert!(
            row.contains("<span class=\"day-open\"></span>"),
            "{day}: {row}"
        );
    }

    // The embed a gemeente shows tells, as the page does, which spreekuur needs an
    // appointment and which days the hours differ.
    let embed = read(&out, "embed/locaties/tilburg-lochal/index.html");
    let tax = &embed[embed.find("Hulp bij uw belastingaangifte").unwrap()..];
    let tax = &tax[..tax.find("</li>").unwrap()];
    assert!(
        tax.contains("<strong>Maak eerst een afspraak.</strong> Bel 013 542 1234"),
        "{tax}"
    );
    assert!(embed.contains("<h2>Let op: andere tijden</h2>"));
    assert!(
        embed.contains("Gesloten op vrijdag 25 december (Eerste Kerstdag)."),
        "{embed}"
    );
}

#[test]
fn markdown_headings_start_at_h2_and_no_page_skips_a_level() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    // `## Op uw eigen website` in content/paginas/voor-gemeenten.md.
    let page = read(&out, "voor-gemeenten/index.html");
    assert!(
        page.contains("<h2>Op uw eigen website</h2>"),
        "{}",
        main_of(&page)
    );
    for rel in files(&out)
        .iter()
        .filter(|f| f.ends_with(".html") && !f.starts_with("scherm/"))
    {
        let levels = heading_levels(&read(&out, rel));
        assert_eq!(levels.first(), Some(&1), "{rel}: starts with h1");
        for w in levels.windows(2) {
            assert!(w[1] <= w[0] + 1, "{rel}: h{} follows h{}", w[1], w[0]);
        }
    }
}

#[test]
fn staff_pages_say_print_products_are_not_made_when_the_build_does_not_print() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let site = ido::load(&options(&root().join("content"), &out)).unwrap();
    let index = read(&out, "drukwerk/index.html");
    // Linked from the footer of every page, not from the citizens' menu.
    let home = read(&out, "index.html");
    let footer = &home[home.find("<footer").unwrap()..];
    assert!(footer.contains("href=\"drukwerk/\">Voor medewerkers: drukwerk en schermen</a>"));
    assert!(!home[..home.find("<footer").unwrap()].contains("drukwerk/"));
    assert!(!read(&out, "sitemap.xml").contains("drukwerk"));
    for l in &site.locations {
        assert!(
            index.contains(&format!("href=\"../drukwerk/{}/\"", l.slug)),
            "{}",
            l.slug
        );
        let page_html = read(&out, &format!("drukwerk/{}/index.html", l.slug));
        let page = main_of(&page_html);
        let base = "https://www.informatiepunt.example/";
        assert!(
            page.contains(&format!("<code>{base}scherm/{}/</code>", l.slug)),
            "{}",
            l.slug
        );
        assert!(page.contains(&format!(
            "<code>{base}scherm/{}/deze-week.json</code>",
            l.slug
        )));
        assert!(page.contains("zijn bij deze versie van de website niet gemaakt"));
        // An organisation with several locations has one show for all of them, linked from
        // the index; one with a single location has only that location's show.
        let org = ido::content::url_slug(&l.organisation);
        let several = site
            .locations
            .iter()
            .filter(|o| o.organisation == l.organisation)
            .count()
            > 1;
        assert_eq!(
            out.join(format!("scherm/organisatie/{org}/index.html"))
                .is_file(),
            several,
            "{org}"
        );
        assert_eq!(
            index.contains(&format!("scherm/organisatie/{org}/")),
            several,
            "{org}"
        );
        assert!(
            !page.contains(".pdf") && !page.contains(".png"),
            "{}",
            l.slug
        );
    }
}

#[test]
fn a_staff_page_links_every_print_and_screen_product_of_its_location() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let mut opts = options(&fixture("minimal"), &out);
    opts.print = true;
    opts.cache = tmp.path().join("cache");
    ido::build(&opts).unwrap_or_else(|e| panic!("{e}"));
    let site = ido::load(&opts).unwrap();
    // The gemeente sheets are linked from the staff index.
    let index = read(&out, "drukwerk/index.html");
    let sheets = files(&out.join("print/gemeente"));
    assert!(!sheets.is_empty());
    for f in &sheets {
        assert!(
            index.contains(&format!("href=\"../print/gemeente/{f}\"")),
            "{f} is not linked from the staff index"
        );
    }
    for l in &site.locations {
        let page = read(&out, &format!("drukwerk/{}/index.html", l.slug));
        let links: Vec<String> = attrs(&page, "href")
            .into_iter()
            .chain(attrs(&page, "src"))
            .collect();
        // Every file made for the location, found on disk, is linked (the slideshow by
        // its folder).
        let mut made: Vec<String> = files(&out.join(format!("print/{}", l.slug)))
            .into_iter()
            .map(|f| format!("print/{}/{f}", l.slug))
            .collect();
        made.extend(
            files(&out.join(format!("scherm/{}", l.slug)))
                .into_iter()
                .map(|f| format!("scherm/{}/{}", l.slug, f.trim_end_matches("index.html"))),
        );
        assert!(
            made.iter().any(|f| f.ends_with("-drukkerij.pdf"))
                && made.iter().any(|f| f.ends_with(".png"))
        );
        for f in &made {
            assert!(
                links.contains(&format!("../../{f}")),
                "{}: {f} is not linked",
                l.slug
            );
        }
        // Both variants per print product; a thumbnail per slide.
        assert_eq!(
            page.matches(">Kantoor<").count(),
            page.matches(">Drukkerij<").count()
        );
        assert!(page.contains(">Kantoor<"));
        let pngs = made.iter().filter(|f| f.ends_with(".png")).count();
        let previews = page.matches("<img class=\"preview\" src=").count();
        assert_eq!(page.matches("<img src=").count() + previews, pngs);
        // A picture of every print product (of its office variant), made at build time,
        // small and loaded only when seen.
        let office = made.iter().filter(|f| f.ends_with("-kantoor.pdf")).count();
        assert_eq!(previews, office, "{}", l.slug);
        for f in made.iter().filter(|f| f.ends_with("-kantoor.pdf")) {
            let png = f.replace(".pdf", ".voorbeeld.png");
            let bytes = std::fs::read(out.join(&png)).unwrap();
            assert_eq!(&bytes[1..4], b"PNG", "{png}");
            let n =
                |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
            let (width, height) = (n(16), n(20));
            assert_eq!(width, ido::print::PREVIEW_WIDTH, "{png}");
            assert!(
                page.contains(&format!("src=\"../../{png}\" alt=\"\" width=\"{width}\" height=\"{height}\" loading=\"lazy\"")),
                "{png} ({width}×{height}) not shown at its size: {page}"
            );
        }
        // Slides are shown small: the picture itself, scaled by its attributes.
        assert!(!page.contains("width=\"1920\""));
        assert!(page.contains("width=\"240\" height=\"135\" loading=\"lazy\""));
        assert!(!page.contains("niet gemaakt"));
    }
}

#[test]
fn pages_in_other_languages_use_the_authors_translations_and_mark_dutch_text() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let en = read(&out, "en/locaties/tilburg-lochal/index.html");
    assert!(en.contains("<div class=\"prose\"><p>The help point is in the LocHal"));
    assert!(en.contains("Ground floor, to the right of the entrance"));
    assert!(!en.contains("class=\"in-dutch\">This text is in Dutch.</p>\n<div class=\"prose\""));
    // Generated in the page's language: the day (23 November 2026, a Monday) and hours.
    assert!(en.contains("Today, Monday 23 November: closed."), "{en}");
    assert!(en.contains("Every Wednesday, from 14:00 to 16:00."), "{en}");
    // Polish has no translation of the LocHal's text: Dutch, said and marked.
    let pl = read(&out, "pl/locaties/tilburg-lochal/index.html");
    assert!(pl.contains(
        "<p class=\"in-dutch\">Ten tekst jest po niderlandzku.</p>\n<div class=\"prose\" lang=\"nl\" dir=\"ltr\"><p>Het informatiepunt zit in de LocHal"
    ));
    assert!(
        pl.contains("Dziś, poniedziałek, 23 listopada: zamknięte."),
        "{pl}"
    );
    // A theme: the English list to bring; in Arabic the Dutch one, marked.
    let theme = read(&out, "en/themas/digid/index.html");
    assert!(theme.contains("<li>Your passport, identity card or driving licence</li>"));
    let ar = read(&out, "ar/themas/digid/index.html");
    assert!(ar.contains("<ul class=\"check-list\" lang=\"nl\" dir=\"ltr\"><li>Uw paspoort"));
    assert!(ar.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    // Links stay in the language; the staff pages are Dutch only.
    assert!(
        ar.contains("href=\"../../../ar/locaties/tilburg-lochal/\""),
        "{ar}"
    );
    assert!(!out.join("en/drukwerk").exists() && !out.join("en/embed").exists());
    // A free page with the author's translation, its title in the footer of every page;
    // a page without one is Dutch, marked, in the page and in the footer.
    let privacy = read(&out, "en/privacy/index.html");
    assert!(
        privacy.contains(
            "<h1>Privacy</h1>\n<div class=\"prose\"><p>We think your privacy is important.</p>"
        ),
        "{privacy}"
    );
    assert!(privacy.contains("content=\"This website uses no cookies and does not follow you.\""));
    assert!(
        ar.contains("<a href=\"../../../ar/toegankelijkheid/\">بيان إمكانية الوصول</a>"),
        "{ar}"
    );
    assert!(
        ar.contains(
            "<a href=\"../../../ar/voor-gemeenten/\"><span lang=\"nl\" dir=\"ltr\">Voor gemeenten</span> (بالهولندية)</a>"
        ),
        "{ar}"
    );
    // oEmbed on a page in another language gives the embed in that language.
    assert!(en.contains(
        "href=\"https://www.informatiepunt.example/embed/en/locaties/tilburg-lochal/oembed.json\""
    ));
    // Web editors get ready codes for a website in each other language.
    let snippets = read(&out, "gemeenten/tilburg/insluiten/index.html");
    for code in [
        "embed/ar/gemeenten/tilburg/",
        "js/widget-ar.js",
        "en/gemeenten/tilburg/&quot;&gt;Help points in Tilburg",
    ] {
        assert!(snippets.contains(code), "{code}: {snippets}");
    }
    let about = read(&out, "tr/over-het-ido/index.html");
    assert!(about
        .contains("<h1 lang=\"nl\" dir=\"ltr\">Over het Informatiepunt Digitale Overheid</h1>"));
}

#[test]
fn a_site_is_made_in_the_languages_it_chooses() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let site = fs::read_to_string(content.join("site.yaml")).unwrap();
    fs::write(
        content.join("site.yaml"),
        format!("{site}talen: [uk, en]\n"),
    )
    .unwrap();
    let out = tmp.path().join("public");
    ido::build(&options(&content, &out)).unwrap();
    let en = read(&out, "en/locaties/test-balie/index.html");
    // The switch and hreflang name Dutch and the chosen languages only, in order.
    let hreflangs = attrs(&en, "hreflang");
    assert_eq!(
        hreflangs,
        ["nl", "en", "uk", "x-default", "nl", "uk"],
        "{en}"
    );
    assert!(out.join("uk/index.html").exists());
    assert!(out.join("embed/en/locaties/test-balie/index.html").exists());
    assert!(out.join("js/widget-uk.js").exists());
    for gone in ["ar", "tr", "pl", "embed/ar", "js/widget-ar.js"] {
        assert!(!out.join(gone).exists(), "{gone} is not made");
    }
    // No other language at all.
    fs::write(content.join("site.yaml"), format!("{site}talen: []\n")).unwrap();
    ido::build(&options(&content, &out)).unwrap();
    let nl = read(&out, "locaties/test-balie/index.html");
    assert!(attrs(&nl, "hreflang").is_empty(), "{nl}");
    assert!(
        !nl.contains("aria-label=\"Taal\""),
        "no language switch: {nl}"
    );
    assert!(!out.join("en").exists() && !out.join("embed/en").exists());
}
