//! Field checks shared by every content kind: postcodes, phone numbers, e-mail, URLs,
//! coordinates, slugs and languages. Each returns the normalised value or a message
//! plus hint.

use crate::model::{Coordinates, Phone};

/// A failed check: what is wrong, and how to fix it.
#[derive(Debug)]
pub struct Invalid {
    pub message: String,
    pub hint: String,
}

fn invalid(message: impl Into<String>, hint: impl Into<String>) -> Invalid {
    Invalid {
        message: message.into(),
        hint: hint.into(),
    }
}

/// Dutch postcode: four digits (not starting with 0) and two letters (not SA, SD, SS).
/// Accepts `1234ab`, `1234 AB`; returns `1234 AB`.
pub fn postcode(s: &str) -> Result<String, Invalid> {
    let compact: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let bytes = compact.as_bytes();
    let ok = bytes.len() == 6
        && bytes[0] != b'0'
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4..].iter().all(u8::is_ascii_uppercase)
        && !matches!(&compact[4..], "SA" | "SD" | "SS");
    if ok {
        Ok(format!("{} {}", &compact[..4], &compact[4..]))
    } else {
        Err(invalid(
            format!("`{s}` is not a Dutch postcode"),
            "write four digits and two letters, for example `5038 TC`",
        ))
    }
}

/// The Netherlands' numbering plan alone (`phone-nl.xml`, libphonenumber's NL entry).
/// phonenumber's own database holds every country's and compiles all their patterns on
/// first use: some 90 ms at the start of every build, before any other work could begin.
static DUTCH_NUMBERS: std::sync::LazyLock<Option<phonenumber::metadata::Database>> =
    std::sync::LazyLock::new(|| {
        phonenumber::metadata::Database::parse(include_str!("phone-nl.xml")).ok()
    });

/// A number in its national form ("013 542 1234"), as phonenumber's formatter writes it
/// in `Mode::National`. That formatter loads the database of every country first, even
/// when it is given another one; `None` for what it alone handles (carrier codes and
/// extensions, which Dutch numbers written here do not have).
fn national_form(
    database: &phonenumber::metadata::Database,
    number: &phonenumber::PhoneNumber,
) -> Option<String> {
    if number.carrier().is_some() || number.extension().is_some() {
        return None;
    }
    let meta = database
        .by_code(&number.country().code())?
        .into_iter()
        .next()?;
    let national = number.national().to_string();
    // The first format whose leading digits and pattern fit (or that has no leading
    // digits: the formatter takes it then, pattern or not).
    let Some(format) = meta.formats().iter().find(|f| {
        f.leading_digits().last().is_none_or(|leading| {
            leading.find(&national).is_some_and(|m| m.start() == 0)
                && f.pattern()
                    .find(&national)
                    .is_some_and(|m| m.start() == 0 && m.end() == national.len())
        })
    }) else {
        return Some(national);
    };
    let mut template = format.format().to_string();
    if let Some(rule) = format.national_prefix() {
        // The national prefix rule ("$NP$FG": "0" and the first group) takes the place
        // of the format's first group ("$1").
        let at = template
            .as_bytes()
            .windows(2)
            .position(|w| w[0] == b'$' && w[1].is_ascii_digit())?;
        let first = template[at..at + 2].to_string();
        let rule = rule
            .replace("$NP", meta.national_prefix().unwrap_or(""))
            .replace("$FG", &first)
            .replace("$CC", "");
        template.replace_range(at..at + 2, &rule);
    }
    Some(
        format
            .pattern()
            .replace(&national, template.as_str())
            .into_owned(),
    )
}

/// `digits` as a valid number in `database`, read as Dutch when it has no country code.
fn valid_number(
    database: &phonenumber::metadata::Database,
    digits: &str,
) -> Option<phonenumber::PhoneNumber> {
    phonenumber::parse_with(database, Some(phonenumber::country::Id::NL), digits)
        .ok()
        .filter(|n| phonenumber::is_valid_with(database, n))
}

/// A Dutch phone number (landline, mobile, 0800/0900 or a municipal 14 number).
pub fn phone(s: &str) -> Result<Phone, Invalid> {
    let digits: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let rest_ok = s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    let hint = "write a Dutch number such as `013 542 1234`, `06 1234 5678` or `0800-1508`";
    if !rest_ok {
        return Err(invalid(format!("`{s}` is not a phone number"), hint));
    }
    // Municipal short numbers: 14 followed by the area code (14 013).
    if digits.starts_with("140") && (5..=6).contains(&digits.len()) {
        return Ok(Phone {
            display: s.trim().to_string(),
            uri: format!("tel:{digits}"),
        });
    }
    if let Some((display, n)) = DUTCH_NUMBERS.as_ref().and_then(|db| {
        let n = valid_number(db, &digits)?;
        Some((national_form(db, &n)?, n))
    }) {
        return Ok(Phone {
            display,
            uri: format!("tel:+{}{}", n.country().code(), n.national()),
        });
    }
    // A number from abroad: the database of every country, and its formatter.
    let all = &*phonenumber::metadata::DATABASE;
    match valid_number(all, &digits) {
        Some(n) => {
            let format = |mode| phonenumber::format_with(all, &n).mode(mode).to_string();
            Ok(Phone {
                display: format(phonenumber::Mode::National),
                uri: format!("tel:{}", format(phonenumber::Mode::E164)),
            })
        }
        None => Err(invalid(
            format!("`{s}` is not a valid Dutch phone number"),
            hint,
        )),
    }
}

pub fn email(s: &str) -> Result<String, Invalid> {
    let t = s.trim();
    // Only the characters real addresses use: `?`, `&`, `%` or `,` in a `mailto:` link
    // would add recipients, a subject or a text.
    let plain = t.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '\''))
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
    });
    if plain && email_address::EmailAddress::is_valid(t) && t.contains('.') {
        Ok(t.to_string())
    } else {
        Err(invalid(
            format!("`{s}` is not an e-mail address"),
            "write it like `ido@bibliotheek.nl`",
        ))
    }
}

/// An absolute http(s) URL with a real host name.
pub fn web_url(s: &str) -> Result<String, Invalid> {
    let hint = "write the full address, starting with `https://`";
    match url::Url::parse(s.trim()) {
        Ok(u)
            if matches!(u.scheme(), "http" | "https")
                && u.host_str().is_some_and(|h| h.contains('.')) =>
        {
            Ok(u.to_string())
        }
        Ok(_) => Err(invalid(format!("`{s}` is not a web address"), hint)),
        Err(_) if !s.contains("://") => {
            Err(invalid(format!("`{s}` is not a full web address"), hint))
        }
        Err(e) => Err(invalid(
            format!("`{s}` is not a valid web address ({e})"),
            hint,
        )),
    }
}

/// The address the site is published at: `http(s)://host/path/`, without a user name,
/// password, query or fragment (they would end up in every link and file).
pub fn base_url(s: &str) -> Result<String, Invalid> {
    let url = web_url(s)?;
    let u = url::Url::parse(&url).map_err(|e| {
        invalid(
            e.to_string(),
            "write the full address, starting with `https://`",
        )
    })?;
    if !u.username().is_empty() || u.password().is_some() {
        return Err(invalid(
            "the address contains a user name or password",
            "remove the part before `@`: the address is published in every page",
        ));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(invalid(
            "the address has a `?` or `#` part",
            "write only the address of the site's home page, for example `https://www.informatiepunt.nl/`",
        ));
    }
    Ok(url)
}

/// Latitude and longitude inside the Netherlands (with a margin for the coast).
pub fn coordinates(lat: f64, lon: f64) -> Result<Coordinates, Invalid> {
    let inside = (50.70..=53.60).contains(&lat) && (3.30..=7.30).contains(&lon);
    if inside {
        return Ok(Coordinates { lat, lon });
    }
    let hint = if (3.30..=7.30).contains(&lat) && (50.70..=53.60).contains(&lon) {
        "latitude and longitude seem swapped: `lat` is about 51-53, `lon` about 3-7"
    } else {
        "copy the coordinates of the address from a map: `lat` is about 51-53, `lon` about 3-7"
    };
    Err(invalid(
        format!("{lat}, {lon} is not in the Netherlands"),
        hint,
    ))
}

/// File-name slugs: lowercase letters, digits and single hyphens.
pub fn slug(s: &str) -> Result<(), Invalid> {
    let ok = !s.is_empty()
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if ok {
        Ok(())
    } else {
        Err(invalid(
            format!("the file name `{s}` cannot be used in a web address"),
            format!(
                "rename the file to `{}` (lowercase letters, digits and hyphens)",
                slug::slugify(s)
            ),
        ))
    }
}

/// Languages staff can speak, by ISO 639 code, with their Dutch names.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "Arabisch"),
    ("bg", "Bulgaars"),
    ("de", "Duits"),
    ("dse", "Nederlandse Gebarentaal"),
    ("en", "Engels"),
    ("es", "Spaans"),
    ("fa", "Perzisch"),
    ("fr", "Frans"),
    ("fy", "Fries"),
    ("it", "Italiaans"),
    ("nl", "Nederlands"),
    ("pap", "Papiaments"),
    ("pl", "Pools"),
    ("prs", "Dari"),
    ("pt", "Portugees"),
    ("ro", "Roemeens"),
    ("ru", "Russisch"),
    ("so", "Somalisch"),
    ("ti", "Tigrinya"),
    ("tr", "Turks"),
    ("uk", "Oekraïens"),
    ("zgh", "Tamazight"),
    ("zh", "Chinees"),
];

pub fn language(code: &str) -> Result<&'static str, Invalid> {
    let c = code.trim().to_lowercase();
    if let Some((_, name)) = LANGUAGES.iter().find(|(k, _)| *k == c) {
        return Ok(name);
    }
    // Authors may write the Dutch name instead of the code.
    let by_name = LANGUAGES
        .iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(code.trim()));
    let hint = match by_name {
        Some((k, _)) => format!("write the language code `{k}`"),
        None => format!(
            "use a language code: {}",
            LANGUAGES
                .iter()
                .map(|(k, n)| format!("{k} ({n})"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Err(invalid(format!("unknown language `{code}`"), hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes() {
        assert_eq!(postcode("5038tc").unwrap(), "5038 TC");
        assert_eq!(postcode(" 5038 TC ").unwrap(), "5038 TC");
        assert!(postcode("0123 AB").is_err());
        assert!(postcode("1234 SS").is_err());
        assert!(postcode("12345").is_err());
    }

    #[test]
    fn dutch_plan_reads_numbers_as_the_full_database_does() {
        assert!(DUTCH_NUMBERS.is_some(), "phone-nl.xml parses");
        let all = &*phonenumber::metadata::DATABASE;
        let dutch = DUTCH_NUMBERS.as_ref().unwrap();
        for s in [
            "0800-1508",
            "0800 0543",
            "0900-1234567",
            "013 542 1234",
            "020 123 4567",
            "0570 123 456",
            "06 1234 5678",
            "+31 6 1234 5678",
            "+31 (0)20 123 4567",
            "085 123 4567",
            "088 123 4567",
            "0970 1234 5678",
            "010-2345678",
            "12345",
            "06 123",
            "+32 2 555 12 12",
            "+49 30 1234567",
            "0031 20 123 4567",
            "0162 45 6789",
            "0412 63 4500",
            "055 526 8400",
            "0900-8020",
            "0800-0087",
            "088 898 9294",
            "058 205 0500",
            "0111 123456",
            "06-12345678",
            "0031612345678",
        ] {
            let digits: String = s
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            let read = |db| {
                valid_number(db, &digits).map(|n| {
                    let f = |m| phonenumber::format_with(db, &n).mode(m).to_string();
                    (f(phonenumber::Mode::National), f(phonenumber::Mode::E164))
                })
            };
            // The national form written here is the formatter's.
            if let Some(n) = valid_number(dutch, &digits) {
                let crate_form = phonenumber::format_with(all, &n)
                    .mode(phonenumber::Mode::National)
                    .to_string();
                assert_eq!(
                    national_form(dutch, &n).as_deref(),
                    Some(&*crate_form),
                    "{s}"
                );
                assert_eq!(
                    phone(s).unwrap().uri,
                    format!("tel:{}", n.format().mode(phonenumber::Mode::E164))
                );
            }
            let (d, a) = (read(dutch), read(all));
            // Foreign numbers are not in the Dutch plan; `phone` asks the full database.
            if s.starts_with("+32") || s.starts_with("+49") {
                assert_eq!(d, None, "{s}");
                assert!(a.is_some(), "{s}");
            } else {
                assert_eq!(d, a, "{s}");
            }
        }
        assert_eq!(phone("+32 2 555 12 12").unwrap().uri, "tel:+3225551212");
    }

    #[test]
    fn phones() {
        assert_eq!(phone("0800-1508").unwrap().uri, "tel:+318001508");
        assert_eq!(phone("013 542 1234").unwrap().uri, "tel:+31135421234");
        assert_eq!(phone("+31 6 1234 5678").unwrap().uri, "tel:+31612345678");
        assert!(phone("14 013").is_ok());
        assert!(phone("12345").is_err());
        assert!(phone("bel ons").is_err());
    }

    #[test]
    fn urls_and_mail() {
        assert!(web_url("https://www.svb.nl").is_ok());
        assert!(web_url("www.svb.nl").is_err());
        assert!(web_url("ftp://svb.nl").is_err());
        assert!(email("ido@bibliotheek.nl").is_ok());
        assert!(email("ido@bibliotheek").is_err());
    }

    #[test]
    fn coordinates_and_slugs() {
        assert!(coordinates(51.56, 5.08).is_ok());
        assert!(coordinates(5.08, 51.56)
            .unwrap_err()
            .hint
            .contains("swapped"));
        assert!(slug("bibliotheek-oss").is_ok());
        assert_eq!(
            slug("Bibliotheek Oss").unwrap_err().hint,
            "rename the file to `bibliotheek-oss` (lowercase letters, digits and hyphens)"
        );
    }
}
