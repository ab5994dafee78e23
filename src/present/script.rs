//! The words of the browser scripts (`tijden.js`, the finder, the slideshows) in one
//! language: `var IDO_TAAL = {...};`, put in front of `tijden.js` by the build.

use crate::lang::Lang;

/// The messages the browser script (`tijden.js`) writes sentences with.
const SCRIPT_MESSAGES: &[&str] = &[
    "time",
    "weekday-date",
    "date-year",
    "list-separator",
    "list-and",
    "range",
    "status-open-until",
    "status-closed",
    "status-open-later-today",
    "status-open-tomorrow",
    "status-open-on",
    "change-closed-on",
    "change-closed-until",
    "change-closed-from-to",
    "change-open-on",
    "change-open-anyway",
    "next-dates",
    "no-next-dates",
    // The finder (zoeker.js).
    "finder-postcode",
    "finder-postcode-near",
    "finder-postcode-unknown",
    "finder-nothing",
    "finder-place",
    "finder-choice",
    "finder-chosen-theme",
    "finder-chosen-open",
    "finder-chosen-walk-in",
    "finder-chosen",
    "finder-results",
    "finder-results-for",
    "finder-other-place",
    "finder-further",
    "finder-km-near",
    "finder-none",
    "finder-none-hint",
    "finder-more",
    "finder-type-first",
    "finder-searching",
    "finder-failed",
    "finder-your-location",
    "finder-location-unknown",
    "finder-helpline-kind",
    "finder-helpline-visit",
    "decimal-separator",
    "card-call",
    "phone",
    "prefer-calling",
    // The embeds (embed-kind.js) and the widget.
    "today-hours",
    "today-closed-short",
    "tomorrow-hours",
    "tomorrow-closed-short",
    "all-locations",
    "visit-walk-in",
    "visit-appointment",
    "visit-either",
];

/// Messages the finder says with a number: written out for 0 to [`COUNTED_MAX`] (the
/// script never shows more), so the plural forms are the catalogue's own.
const COUNTED: &[&str] = &["finder-nearest", "finder-showing", "finder-also-call"];
const COUNTED_MAX: i64 = 20;

/// Kinds of locations and ways to come, as the finder's data says them in Dutch.
fn data_labels(lang: &Lang) -> std::collections::BTreeMap<String, String> {
    let nl = crate::lang::source();
    let mut out = std::collections::BTreeMap::new();
    if lang.is_source() {
        return out;
    }
    let ids = nl.reviewed.keys().filter(|id| {
        ["kind-", "venue-", "visit-", "card-"]
            .iter()
            .any(|p| id.starts_with(p))
    });
    for id in ids {
        out.insert(nl.t(id), lang.t(id));
    }
    out
}

/// `var IDO_TAAL = {...};`: the words of `lang` for the browser script, put in front of
/// `tijden.js`: weekday, month and holiday names and the patterns of its sentences, with
/// their `{placeholders}` (and, in right-to-left languages, the same isolation marks
/// around them as the pages' sentences).
pub fn words_script(lang: &Lang) -> String {
    let patterns: std::collections::BTreeMap<&str, &str> = SCRIPT_MESSAGES
        .iter()
        .map(|id| (*id, lang.word(id)))
        .collect();
    let holidays: Vec<String> = crate::schedule::holidays::ALL
        .iter()
        .map(|h| super::holiday_name(lang, *h))
        .collect();
    // Per message its distinct patterns (the number as `{count}`) and, for 0 to
    // COUNTED_MAX, which pattern says it: `[["U kunt ook bellen.", "…er zijn {count}
    // telefoonnummers."], [1, 0, 1, 1, …]]`.
    let counted: std::collections::BTreeMap<&str, (Vec<String>, Vec<usize>)> = COUNTED
        .iter()
        .map(|id| {
            let others: Vec<(&str, crate::lang::Arg)> = lang
                .variables
                .get(*id)
                .into_iter()
                .flatten()
                .filter(|v| *v != "count")
                .map(|v| (v.as_str(), crate::lang::Arg::from(format!("{{{v}}}"))))
                .collect();
            let mut patterns: Vec<String> = Vec::new();
            let mut which = Vec::new();
            for n in 0..=COUNTED_MAX {
                let mut args = others.clone();
                args.push(("count", crate::lang::Arg::N(n)));
                let text = lang.f(id, &args);
                // The number as a placeholder, when that gives the text back exactly.
                let pattern = text.replacen(&n.to_string(), "{count}", 1);
                let pattern = if pattern.replace("{count}", &n.to_string()) == text {
                    pattern
                } else {
                    text
                };
                let i = patterns
                    .iter()
                    .position(|p| *p == pattern)
                    .unwrap_or_else(|| {
                        patterns.push(pattern);
                        patterns.len() - 1
                    });
                which.push(i);
            }
            (*id, (patterns, which))
        })
        .collect();
    let words = serde_json::json!({
        "l": lang.code,
        "d": lang.dir(),
        "W": lang.weekdays(),
        "M": lang.months(),
        "H": holidays,
        "p": patterns,
        "n": counted,
        "T": data_labels(lang),
    });
    format!("var IDO_TAAL = {words};\n")
}
