//! Plain-language (B1) checks for Dutch text that citizens read: long sentences, the
//! passive with "worden", jargon with plain alternatives, very long words, and the
//! Flesch-Douma reading ease per page, with syllables counted by Dutch hyphenation
//! patterns (the `hyphenation` crate's embedded TeX patterns).

use hyphenation::{Hyphenator, Language, Load, Standard};

/// Sentences longer than this many words get a warning.
pub const MAX_WORDS: usize = 15;
/// Words of this many syllables or more get a warning.
pub const MAX_SYLLABLES: usize = 7;
/// Flesch-Douma reading ease below this is harder than B1 (60-70 is "fairly easy").
pub const MIN_READING_EASE: f64 = 60.0;

/// Jargon and the plain words to use instead.
pub const JARGON: &[(&str, &str)] = &[
    ("eerstelijns", "de eerste plek waar u terechtkunt"),
    ("digitale inclusie", "iedereen kan meedoen met internet"),
    ("doorverwijzen", "u naar de juiste plek sturen"),
    ("doorverwezen", "naar de juiste plek gestuurd"),
    ("spuk", "geld van het Rijk"),
    ("nt2", "Nederlands als tweede taal"),
    ("e-overheid", "de digitale overheid"),
    ("faciliteren", "helpen, mogelijk maken"),
    ("middels", "met"),
    ("inzake", "over"),
    ("indien", "als"),
    ("alsmede", "en"),
    ("teneinde", "om"),
    ("dienen te", "moeten"),
    ("woonachtig", "u woont"),
    ("ten behoeve van", "voor"),
    ("verstrekken", "geven"),
    ("retourneren", "terugsturen"),
];

const PASSIVE: &[&str] = &["wordt", "worden", "werd", "werden"];

/// Official terms that may be long (the name of a document people are looking for).
const OFFICIAL: &[&str] = &["toegankelijkheidsverklaring"];

/// One finding in a text: what, the words concerned, and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub message: String,
    pub words: String,
    pub hint: String,
}

pub struct Checker {
    dict: Option<Standard>,
}

/// Sentences of a text: split after `.`, `!`, `?` and at line breaks between paragraphs.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split("\n\n") {
        let mut cur = String::new();
        let chars: Vec<char> = para.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            cur.push(if *c == '\n' { ' ' } else { *c });
            let end =
                matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
            // "10.00 uur" and "bijv." do not end sentences.
            let prev_digit = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if end && !prev_digit {
                out.push(cur.trim().to_string());
                cur.clear();
            }
        }
        if !cur.trim().is_empty() {
            out.push(cur.trim().to_string());
        }
    }
    out.retain(|s| words(s).count() > 0);
    out
}

/// The words of a sentence (letters, digits, hyphens and apostrophes).
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['-', '\'', '’']))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

impl Default for Checker {
    fn default() -> Self {
        Self::new()
    }
}

impl Checker {
    pub fn new() -> Self {
        let dict = Standard::from_embedded(Language::Dutch).ok().map(|mut d| {
            // Count every syllable, also at the edges of words.
            d.minima = (1, 1);
            d
        });
        Checker { dict }
    }

    /// Syllables of a word: hyphenation points plus one.
    pub fn syllables(&self, word: &str) -> usize {
        let w = word.to_lowercase();
        let breaks = match &self.dict {
            Some(d) => w
                .split('-')
                .map(|part| d.hyphenate(part).breaks.len() + 1)
                .sum::<usize>(),
            None => 1,
        };
        breaks.max(1)
    }

    /// Findings for one sentence.
    pub fn sentence(&self, s: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        let ws: Vec<&str> = words(s).collect();
        let lower = s.to_lowercase();
        if ws.len() > MAX_WORDS {
            out.push(Finding {
                message: format!("sentence of {} words (more than {MAX_WORDS})", ws.len()),
                words: ws.iter().take(6).copied().collect::<Vec<_>>().join(" ") + " …",
                hint: "split it into two shorter sentences".into(),
            });
        }
        let lw: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
        if let Some(i) = lw.iter().position(|w| PASSIVE.contains(&w.as_str())) {
            // A past participle near "worden": ge…d/t/en, or with a prefix such as ver-,
            // be-, ont-, her-, door-, over- and an ending -d, -t or -en.
            let prefixed = |w: &str| {
                [
                    "ge", "ver", "be", "ont", "her", "door", "over", "aan", "uit", "op", "in",
                    "toe",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            };
            let participle = lw
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, w)| w)
                .find(|w| {
                    w.len() > 5
                        && !PASSIVE.contains(&w.as_str())
                        && prefixed(w)
                        && (w.contains("ge")
                            || w.contains("ver")
                            || w.starts_with("be")
                            || w.starts_with("ont")
                            || w.starts_with("her"))
                        && (w.ends_with('d') || w.ends_with('t') || w.ends_with("en"))
                });
            if let Some(p) = participle {
                out.push(Finding {
                    message: "passive sentence".into(),
                    words: format!("{} … {p}", lw[i]),
                    hint: "say who does it: \"wij helpen u\" instead of \"u wordt geholpen\""
                        .into(),
                });
            }
        }
        for (jargon, plain) in JARGON {
            if contains_word(&lower, jargon) {
                out.push(Finding {
                    message: format!("jargon: \"{jargon}\""),
                    words: String::new(),
                    hint: format!("write \"{plain}\""),
                });
            }
        }
        // Names (capitalised) and official terms are what they are.
        for w in ws.iter().filter(|w| {
            !w.starts_with(char::is_uppercase) && !OFFICIAL.contains(&w.to_lowercase().as_str())
        }) {
            let n = self.syllables(w);
            if n >= MAX_SYLLABLES {
                out.push(Finding {
                    message: format!("long word of {n} syllables"),
                    words: (*w).to_string(),
                    hint: "use a shorter or more common word, or split the word".into(),
                });
            }
        }
        out
    }

    /// Flesch-Douma reading ease of a text: 206.84 - 0.77 × syllables per 100 words
    /// - 0.93 × words per sentence. None for texts under 30 words (too short to score).
    pub fn reading_ease(&self, text: &str) -> Option<f64> {
        let ss = sentences(text);
        let ws: Vec<&str> = ss
            .iter()
            .flat_map(|s| words(s).collect::<Vec<_>>())
            .collect();
        if ws.len() < 30 {
            return None;
        }
        let syl: usize = ws.iter().map(|w| self.syllables(w)).sum();
        let wl = 100.0 * syl as f64 / ws.len() as f64;
        let zl = ws.len() as f64 / ss.len() as f64;
        Some(206.84 - 0.77 * wl - 0.93 * zl)
    }
}

fn contains_word(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(i, _)| {
        let before = haystack[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = haystack[i + needle.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_dutch_syllables_with_hyphenation_patterns() {
        let c = Checker::new();
        assert_eq!(c.syllables("bibliotheek"), 4);
        assert_eq!(c.syllables("huisarts"), 2);
        // Hyphenation patterns never split off a lone first vowel (o-pen), so such words
        // count one syllable short and scores come out slightly easier.
        assert_eq!(c.syllables("open"), 1);
        assert_eq!(c.syllables("belastingaangifte"), 6);
        assert_eq!(c.syllables("gezondheid"), 3);
    }

    #[test]
    fn finds_long_passive_and_jargon_sentences() {
        let c = Checker::new();
        let f = c.sentence("U wordt door ons doorverwezen naar de eerstelijns hulp.");
        let messages: Vec<&str> = f.iter().map(|f| f.message.as_str()).collect();
        assert!(messages.contains(&"passive sentence"), "{f:?}");
        assert!(messages.contains(&"jargon: \"eerstelijns\""), "{f:?}");
        assert!(messages.contains(&"jargon: \"doorverwezen\""), "{f:?}");
        assert!(c.sentence("Wij helpen u graag.").is_empty());
        let long = "Wij helpen u met DigiD en met toeslagen en met uw belastingaangifte en ook met de app van de huisarts.";
        assert_eq!(
            c.sentence(long)[0].message,
            "sentence of 20 words (more than 15)"
        );
        assert_eq!(
            sentences("Open om 10.00 uur. Kom langs!"),
            vec!["Open om 10.00 uur.", "Kom langs!"]
        );
    }

    #[test]
    fn reading_ease_separates_plain_from_hard_text() {
        let c = Checker::new();
        let plain = "Wij helpen u graag. Kom langs in de bibliotheek. Neem uw pas mee. Het is gratis. U hoeft geen lid te zijn. Wij kijken samen met u. U doet het zelf.";
        let hard = "Teneinde de digitale zelfredzaamheid van kwetsbare doelgroepen structureel te bevorderen, faciliteert de informatievoorziening laagdrempelige ondersteuningsmogelijkheden.";
        let hard = format!("{hard} {hard} {hard}");
        assert!(c.reading_ease(plain).unwrap() > MIN_READING_EASE);
        assert!(c.reading_ease(&hard).unwrap() < 0.0);
    }
}
