//! The week overview PDF and the week slides follow periods, seasons and closure
//! calendars like the page does: for the large information point of the example
//! (Deventer, every rule form), the overview states each spreekuur's conditions in the
//! page's words, and the week slides leave out every spreekuur that does not take place
//! in the coming seven days. Read with poppler's pdftotext.
#![cfg(feature = "print")]

mod common;

use std::process::Command;

use common::*;

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed for this test");
    assert!(out.status.success());
    words(&String::from_utf8_lossy(&out.stdout))
}

#[test]
fn week_overview_and_week_slides_follow_periods_seasons_and_calendars() {
    let tmp = tempfile::tempdir().unwrap();
    let o = options(&root().join("content"), &tmp.path().join("out"));
    let site = ido::load(&o).unwrap();
    let agendas = ido::derive::agendas(&site, o.today);
    let index = ido::index::Index::new(&site, &agendas);
    let slug = "deventer-informatieplein";
    let loc = site.locations.iter().find(|l| l.slug == slug).unwrap();
    // The week slides typeset as PDF, so their text can be read (same template and data).
    let products: Vec<ido::print::Product> = ido::print::products(&site, &index, o.today, None)
        .into_iter()
        .filter(|p| {
            p.path.contains(slug)
                && (p
                    .office
                    .as_deref()
                    .is_some_and(|o| o.contains("/weekoverzicht-a4-kantoor"))
                    || p.path.contains("-deze-week-1920x1080"))
        })
        .map(|mut p| {
            if p.path.ends_with(".png") {
                p.format = ido::print::Format::Pdf;
                p.path = p.path.replace(".png", ".pdf");
            }
            p
        })
        .collect();
    assert_eq!(
        products.len(),
        2,
        "{:?}",
        products.iter().map(|p| &p.path).collect::<Vec<_>>()
    );
    common::render_products(&site, &o, &tmp.path().join("cache"), &products);
    let overview = pdf_text(
        &o.output
            .join(format!("print/{slug}/weekoverzicht-a4-kantoor.pdf")),
    );
    let slide = pdf_text(
        &o.output
            .join(format!("scherm/{slug}/dia-2-deze-week-1920x1080.pdf")),
    );

    // Every current spreekuur's period, season and calendars, as the page says them.
    let mut conditions = 0;
    for s in loc.schedule.sessions.iter().filter(|s| !s.over(o.today)) {
        let c = words(s.conditions(ido::lang::source(), o.today).trim());
        if !c.is_empty() {
            assert!(
                overview.contains(&c),
                "overview lacks {c:?} of {}: {overview}",
                s.title
            );
            conditions += 1;
        }
    }
    assert!(conditions >= 6, "{conditions} spreekuren with conditions");
    for part in [
        "Van september tot en met juni.",
        "Niet in de schoolvakanties.",
        "Vanaf 15 januari.",
    ] {
        assert!(overview.contains(part), "{part}: {overview}");
    }

    // The week slide: a spreekuur with no date in the coming seven days is not on it.
    let week: Vec<jiff::civil::Date> = (0..7)
        .map(|i| ido::schedule::add_days(o.today, i))
        .collect();
    let mut absent = 0;
    for s in &loc.schedule.sessions {
        let unique = loc
            .schedule
            .sessions
            .iter()
            .filter(|t| t.title == s.title)
            .count()
            == 1;
        if unique && !week.iter().any(|d| loc.schedule.session_on(s, *d)) {
            assert!(
                !slide.contains(&words(&s.title)),
                "{} is not this week: {slide}",
                s.title
            );
            absent += 1;
        }
    }
    assert!(absent >= 3, "{absent} spreekuren checked as absent");
}
