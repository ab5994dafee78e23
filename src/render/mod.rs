//! Rendering the public site: every page is a job rendered from a Tera template with a
//! borrowed view of the model; jobs run in parallel and are written to the staging folder.

pub mod css;
pub mod embed;
pub mod jsonld;
pub mod views;

use std::path::Path;

use crate::routes;
use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::error::Error;
use crate::index::{Gemeente, Index};
use crate::lang::Lang;
use crate::model::{Location, Page, Partner, Site, Theme};
use crate::output::Staging;
use views::*;

/// The site's templates, once per language: each with that language's words in place.
pub struct Templates {
    /// The source language first; never empty.
    first: Tera,
    others: std::collections::BTreeMap<String, Tera>,
}

impl Templates {
    /// The templates in `lang` (the source language's for a language not loaded).
    pub fn get(&self, lang: &Lang) -> &Tera {
        self.others.get(&lang.code).unwrap_or(&self.first)
    }

    /// The templates in Dutch (for the pages made only in Dutch, and the slideshows).
    pub fn dutch(&self) -> &Tera {
        self.get(crate::lang::source())
    }
}

/// Load every template under `dir/site/`, once per language of `languages` (Dutch
/// first). A message of the language's catalogue written `t.<id>` (`-` as `_`) in
/// template code is put in its place before Tera compiles it: `{{ t.<id> }}` as
/// escaped text, elsewhere as a string literal. So a page's context carries no word
/// list, and a macro needs none passed to it.
pub fn templates(dir: &Path, languages: &[&Lang]) -> Result<Templates, Error> {
    let site = dir.join("site");
    let mut sources = Vec::new();
    for entry in walkdir::WalkDir::new(&site).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(&site).display().to_string();
            Error::io(&path, std::io::Error::other(e.to_string()))
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = path
            .strip_prefix(&site)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        sources.push((name, text));
    }
    // Each language's set is parsed on its own (side by side: six languages took a
    // tenth of a build's instructions, on one core).
    let mut sets = languages
        .par_iter()
        .map(|lang| {
            let mut tera = Tera::default();
            tera.autoescape_on(vec![".html", ".xml"]);
            tera.set_escape_fn(escape);
            let baked: Vec<(String, String)> = sources
                .iter()
                .map(|(name, text)| (name.clone(), bake(text, &lang.plain)))
                .collect();
            tera.add_raw_templates(baked)
                .map_err(|e| Error::template(site.display().to_string(), &e))?;
            Ok((lang.code.clone(), tera))
        })
        .collect::<Result<Vec<_>, Error>>()?
        .into_iter();
    let (_, first) = sets.next().ok_or_else(|| {
        Error::io(
            site.display().to_string(),
            std::io::Error::other("no language to make the pages in"),
        )
    })?;
    let by_language = sets.collect();
    Ok(Templates {
        first,
        others: by_language,
    })
}

/// Put the words of `plain` in place of `t.<id>` in the template code of `text` (not in
/// its HTML text, comments or raw blocks).
fn bake(text: &str, plain: &std::collections::BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let open = &rest[start..];
        let close = if open.starts_with("{{") {
            "}}"
        } else if open.starts_with("{%") {
            "%}"
        } else if open.starts_with("{#") {
            "#}"
        } else {
            out.push_str(&rest[..start + 1]);
            rest = &rest[start + 1..];
            continue;
        };
        let Some(len) = open[2..].find(close).map(|i| i + 4) else {
            break; // Tera reports the unclosed tag
        };
        out.push_str(&rest[..start]);
        let tag = &open[..len];
        // `{% raw %}` leaves what follows alone, up to its end.
        if close == "%}" && tag[2..len - 2].trim().trim_matches('-').trim() == "raw" {
            let end = open.find("endraw").map_or(open.len(), |i| i);
            out.push_str(&open[..end]);
            rest = &open[end..];
            continue;
        }
        out.push_str(&match close {
            "}}" => bake_tag(tag, plain),
            "%}" => bake_code(tag, plain),
            _ => tag.to_string(),
        });
        rest = &open[len..];
    }
    out.push_str(rest);
    out
}

/// `{{ t.<id> }}` alone becomes the escaped text (when it holds nothing Tera would read
/// as a tag); other tags get string literals.
fn bake_tag(tag: &str, plain: &std::collections::BTreeMap<String, String>) -> String {
    let inner = tag[2..tag.len() - 2].trim();
    if let Some(word) = inner.strip_prefix("t.").and_then(|id| plain.get(id)) {
        if !["{{", "{%", "{#"].iter().any(|t| word.contains(t)) {
            return escape(word);
        }
    }
    bake_code(tag, plain)
}

/// Every `t.<id>` of a message in template code as a string literal, in quotes the
/// message does not contain (a message with all three kinds stays a lookup, which
/// then fails with Tera's error naming it).
fn bake_code(code: &str, plain: &std::collections::BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(code.len());
    let bytes = code.as_bytes();
    let mut i = 0;
    let mut done = 0;
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    // Inside a string literal nothing is code.
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if matches!(b, b'"' | b'\'' | b'`') => quote = Some(b),
            None if b == b't'
                && bytes.get(i + 1) == Some(&b'.')
                && (i == 0 || !(ident(bytes[i - 1]) || bytes[i - 1] == b'.')) =>
            {
                let end = (i + 2..bytes.len())
                    .find(|&j| !ident(bytes[j]))
                    .unwrap_or(bytes.len());
                let id = &code[i + 2..end];
                let quote = ['"', '\'', '`'];
                if let Some((word, q)) = plain
                    .get(id)
                    .and_then(|w| quote.iter().find(|q| !w.contains(**q)).map(|q| (w, q)))
                {
                    out.push_str(&code[done..i]);
                    out.push(*q);
                    out.push_str(word);
                    out.push(*q);
                    done = end;
                }
                i = end;
                continue;
            }
            None => {}
        }
        i += 1;
    }
    out.push_str(&code[done..]);
    out
}

/// Escape text for HTML and XML: `& < > " '`. Unlike Tera's default, `/` stays as it
/// is, so URLs in attributes and the sitemap read normally.
pub fn escape(s: &str) -> String {
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    // Most values (names, times, URLs) have none: then one pass finds that out.
    let Some(first) = s.as_bytes().iter().position(special) else {
        return s.to_owned();
    };
    let mut out = String::with_capacity(s.len() + 8);
    // The special characters are ASCII, so every cut is at a character boundary; the
    // text between them is copied at once.
    let mut done = 0;
    for (i, b) in s.bytes().enumerate().skip(first) {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[done..i]);
        out.push_str(entity);
        done = i + 1;
    }
    out.push_str(&s[done..]);
    out
}

/// One page of the site.
#[derive(Clone, Copy)]
enum Job<'a> {
    Home,
    Finder,
    Locations,
    Location(&'a Location),
    Gemeenten,
    Gemeente(&'a Gemeente<'a>),
    Themes,
    Theme(&'a Theme),
    Partners,
    Partner(&'a Partner),
    Page(&'a Page),
    EmbedGemeente(&'a Gemeente<'a>),
    /// "Op uw eigen website": snippets for one gemeente.
    Snippets(&'a Gemeente<'a>),
    /// For staff: the print and screen products of one location, and their index.
    Staff(&'a Location),
    StaffIndex,
    NotFound,
}

pub struct Renderer<'a> {
    pub tera: &'a Templates,
    pub site: &'a Site,
    pub index: &'a Index<'a>,
    pub layout: Layout<'a>,
    pub today: Date,
    /// The minute of the day of the build.
    pub minute: u16,
    /// Path part of the base URL, e.g. `/ido/`.
    pub base_path: String,
    /// Whether this build makes the print products and slides (the staff pages link them).
    pub print: bool,
    /// The site paths of a location's print products and slides, as the print stage
    /// makes them (given by the orchestrator, so render does not import print).
    pub products: fn(&Location, &Site, &Index, Date) -> Vec<String>,
    /// The slideshows of organisations with several locations: (name, folder), for the
    /// staff index (given by the orchestrator, so render does not import screen).
    pub organisation_shows: fn(&Site) -> Vec<(String, String)>,
    /// Products that took several files, and how many (known after the print stage).
    pub pages: std::collections::BTreeMap<String, usize>,
    /// The languages of the public pages, Dutch first.
    pub languages: Vec<&'static Lang>,
}

/// What one job renders: its site path (in Dutch), template, title and own context.
struct PageSpec {
    path: String,
    template: &'static str,
    title: String,
    ctx: Context,
}

impl Job<'_> {
    /// Whether the page is made in every language (else in Dutch only: the pages for
    /// staff and web editors).
    fn in_languages(&self) -> bool {
        !matches!(self, Job::Snippets(_) | Job::Staff(_) | Job::StaffIndex)
    }

    /// Whether the page is one of the public site's, with links to its other languages
    /// (not an embed).
    fn public(&self) -> bool {
        self.in_languages() && !matches!(self, Job::EmbedGemeente(_))
    }
}

impl<'a> Renderer<'a> {
    /// Every page in every language it is made in.
    fn jobs(&self) -> Vec<(Job<'a>, &'a Lang)> {
        self.in_languages(self.dutch_jobs())
    }

    /// A job in each language it is made in.
    fn in_languages(&self, jobs: Vec<Job<'a>>) -> Vec<(Job<'a>, &'a Lang)> {
        let mut out = Vec::new();
        for job in jobs {
            if job.in_languages() {
                for lang in self.languages[1..].iter().copied() {
                    out.push((job, lang));
                }
            }
            out.push((job, self.languages[0]));
        }
        out
    }

    fn dutch_jobs(&self) -> Vec<Job<'a>> {
        let s = self.site;
        let mut jobs = vec![
            Job::Home,
            Job::Finder,
            Job::Locations,
            Job::Gemeenten,
            Job::Themes,
            Job::Partners,
            Job::StaffIndex,
            Job::NotFound,
        ];
        jobs.extend(s.locations.iter().map(Job::Location));
        jobs.extend(self.index.gemeenten.iter().map(Job::Gemeente));
        jobs.extend(s.themes.iter().map(Job::Theme));
        jobs.extend(s.partners.iter().map(Job::Partner));
        jobs.extend(s.pages.iter().map(Job::Page));
        jobs.extend(self.index.gemeenten.iter().map(Job::EmbedGemeente));
        jobs.extend(self.index.gemeenten.iter().map(Job::Snippets));
        jobs.extend(s.locations.iter().map(Job::Staff));
        jobs
    }

    /// After an edit of location `old`: its own pages (its page with the embed, its staff
    /// page), what `ido serve` reloads first. Returns the number of pages written.
    pub fn render_own(&self, old: &Location, out: &Staging) -> Result<usize, Error> {
        let Some(new) = self.site.locations.iter().find(|l| l.slug == old.slug) else {
            return Ok(0);
        };
        let jobs = self.in_languages(vec![Job::Location(new), Job::Staff(new)]);
        jobs.par_iter()
            .map(|(job, lang)| self.render(job, lang, out))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(jobs.len())
    }

    /// The pages that list an edited location (`old` as it was): its gemeente's (old and
    /// new), and, when its card, themes, partners or organisation changed, the home page,
    /// the lists and its theme and partner pages (old and new).
    pub fn render_listing(&self, old: &Location, out: &Staging) -> Result<usize, Error> {
        let Some(new) = self.site.locations.iter().find(|l| l.slug == old.slug) else {
            return Ok(0);
        };
        // The lists show a location by its card, themes, partners and organisation: an
        // edit of anything else (hours, spreekuren, text) leaves them as they are.
        let nl = self.languages[0];
        let lists = serde_json::to_string(&Card::new(nl, old)).ok()
            != serde_json::to_string(&Card::new(nl, new)).ok()
            || (&old.themes, &old.partners, &old.organisation)
                != (&new.themes, &new.partners, &new.organisation);
        let mut jobs = Vec::new();
        if lists {
            jobs.extend([Job::Home, Job::Locations, Job::Gemeenten, Job::StaffIndex]);
        }
        for g in self.index.gemeenten.iter().filter(|g| {
            old.gemeente_slug.as_deref() == Some(g.slug)
                || new.gemeente_slug.as_deref() == Some(g.slug)
        }) {
            jobs.extend([Job::Gemeente(g), Job::EmbedGemeente(g), Job::Snippets(g)]);
        }
        let shows = |list: &[String], slug: &String| list.contains(slug);
        jobs.extend(
            self.site
                .themes
                .iter()
                .filter(|t| lists && (shows(&old.themes, &t.slug) || shows(&new.themes, &t.slug)))
                .map(Job::Theme),
        );
        jobs.extend(
            self.site
                .partners
                .iter()
                .filter(|p| {
                    lists && (shows(&old.partners, &p.slug) || shows(&new.partners, &p.slug))
                })
                .map(Job::Partner),
        );
        let jobs = self.in_languages(jobs);
        jobs.par_iter()
            .map(|(job, lang)| self.render(job, lang, out))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(jobs.len())
    }

    /// Render the staff pages of the given locations (all with `None`) again, now that the
    /// print stage has said which products took several files (`pages`).
    pub fn render_staff(
        &self,
        only: Option<&[&str]>,
        pages: &std::collections::BTreeMap<String, usize>,
        out: &Staging,
    ) -> Result<(), Error> {
        let with_pages = Renderer {
            pages: pages.clone(),
            layout: self.layout.clone(),
            base_path: self.base_path.clone(),
            languages: self.languages.clone(),
            ..*self
        };
        self.site
            .locations
            .par_iter()
            .filter(|l| only.is_none_or(|o| o.contains(&l.slug.as_str())))
            .try_for_each(|l| {
                with_pages
                    .render(&Job::Staff(l), self.languages[0], out)
                    .map(|_| ())
            })
    }

    /// Render all pages into `out`; returns the site-relative URL of each page, sorted.
    pub fn render_all(&self, out: &Staging) -> Result<Vec<String>, Error> {
        let mut urls: Vec<String> = self
            .jobs()
            .par_iter()
            .map(|(job, lang)| self.render(job, lang, out))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .flatten()
            .collect();
        urls.sort();
        Ok(urls)
    }

    /// Render one job; returns its URL (None for the 404 page, which is not in the sitemap).
    fn render(&self, job: &Job, lang: &Lang, out: &Staging) -> Result<Option<String>, Error> {
        let PageSpec {
            path,
            template,
            title,
            mut ctx,
        } = self.page(job, lang, out)?;
        let url = routes::in_language(&lang.prefix(), &path);
        let not_found = matches!(job, Job::NotFound);
        // Relative links work under any sub-path and from disk; the 404 page is served at
        // arbitrary paths, so it links from the base path.
        let root = if not_found {
            self.base_path.clone()
        } else {
            "../".repeat(url.matches('/').count())
        };
        ctx.insert("root", &root);
        // Links to other pages stay in the page's language.
        ctx.insert("home", &format!("{root}{}", lang.prefix()));
        ctx.insert(
            "lang",
            &LangView::new(
                lang,
                &self.languages,
                &path,
                &root,
                job.public(),
                self.site,
                self.today,
            ),
        );
        ctx.insert("layout", &self.layout);
        ctx.insert("title", &title);
        ctx.insert("url", &url);
        ctx.insert("path", &path);
        ctx.insert("canonical", &format!("{}{url}", self.site.config.base_url));
        let html = self
            .tera
            .get(lang)
            .render(template, &ctx)
            .map_err(|e| Error::template(template, &e))?;
        let html = rooted(html, &root);
        let file = if not_found {
            format!("{}404.html", lang.prefix())
        } else {
            format!("{url}{}", routes::PAGE_FILE)
        };
        out.write(&file, html.as_bytes())?;
        if let Job::Location(l) = job {
            self.write_location_embed(l, lang, &url, &mut ctx, out)?;
        }
        // Embeds and the staff pages are not for search engines.
        let listed = !not_found && !routes::is_unlisted(&url);
        Ok(listed.then_some(url))
    }

    /// A location's embed page shows the same view as its page: rendered from the same
    /// context (`embed/locaties/<slug>/`, and `embed/en/locaties/<slug>/` in English),
    /// with its oEmbed file.
    fn write_location_embed(
        &self,
        l: &Location,
        lang: &Lang,
        url: &str,
        ctx: &mut Context,
        out: &Staging,
    ) -> Result<(), Error> {
        let embed_url = routes::embed_of(url);
        ctx.insert("root", &"../".repeat(embed_url.matches('/').count()));
        ctx.insert("url", &embed_url);
        ctx.insert(
            "canonical",
            &format!("{}{embed_url}", self.site.config.base_url),
        );
        let html = self
            .tera
            .get(lang)
            .render("embed-locatie.html", ctx)
            .map_err(|e| Error::template("embed-locatie.html", &e))?;
        let html = rooted(html, &"../".repeat(embed_url.matches('/').count()));
        out.write(
            &format!("{embed_url}{}", routes::PAGE_FILE),
            html.as_bytes(),
        )?;
        let oembed = embed::oembed(
            self.site,
            &embed::location_title(l),
            &embed::location_snippet_in(self.site, l, &lang.prefix()),
        );
        out.write(&format!("{embed_url}oembed.json"), oembed.as_bytes())
    }

    /// The page a job makes: where it goes, its template, title and own context (the
    /// parts every page has are added by [`Renderer::render`]).
    fn page(&self, job: &Job, lang: &Lang, out: &Staging) -> Result<PageSpec, Error> {
        let idx = self.index;
        let spec = |path: String, template, title: String, ctx| PageSpec {
            path,
            template,
            title,
            ctx,
        };
        Ok(match job {
            Job::Home => {
                let mut c = self.listing(lang);
                c.insert("themes", &theme_cards(idx));
                c.insert("location_count", &self.site.locations.len());
                spec(
                    String::new(),
                    "index.html",
                    self.site.config.name.clone(),
                    c,
                )
            }
            Job::Finder => {
                let mut c = Context::new();
                c.insert("themes", &theme_cards(idx));
                spec(routes::finder(), "zoeken.html", lang.t("search-title"), c)
            }
            Job::Locations => spec(
                routes::locations(),
                "locaties.html",
                lang.t("locations-title"),
                self.listing(lang),
            ),
            Job::Location(l) => self.location_page(l, lang),
            Job::Gemeenten => spec(
                routes::gemeenten(),
                "gemeenten.html",
                lang.t("gemeenten-title"),
                self.listing(lang),
            ),
            Job::Gemeente(g) => self.gemeente_page(g, lang),
            Job::Themes => {
                let mut c = Context::new();
                c.insert("themes", &theme_cards(idx));
                spec(routes::themes(), "themas.html", lang.t("themes-title"), c)
            }
            Job::Theme(t) => self.theme_page(t, lang),
            Job::Partners => self.partners_page(lang),
            Job::Partner(p) => {
                let mut c = Context::new();
                c.insert("partner", p);
                c.insert(
                    "locations",
                    &cards(lang, idx.by_partner.get(p.slug.as_str())),
                );
                spec(routes::partner(&p.slug), "partner.html", p.name.clone(), c)
            }
            Job::Page(p) => self.text_page(p, lang),
            Job::EmbedGemeente(g) => self.embed_gemeente_page(g, lang, out)?,
            Job::Snippets(g) => self.snippets_page(g, lang),
            Job::Staff(l) => self.staff_page(l),
            Job::StaffIndex => {
                let mut c = self.listing(lang);
                c.insert("organisations", &(self.organisation_shows)(self.site));
                c.insert("print", &self.print);
                c.insert(
                    "gemeente_print",
                    routes::gemeente_print_dir("").trim_end_matches('/'),
                );
                spec(
                    routes::staff_index(),
                    "drukwerk-index.html",
                    "Drukwerk en schermen".into(),
                    c,
                )
            }
            Job::NotFound => spec(
                String::new(),
                "404.html",
                lang.t("not-found-title"),
                Context::new(),
            ),
        })
    }

    /// The context of the pages that list every location by gemeente: the gemeenten,
    /// and the services for a region or the whole country without a gemeente of their
    /// own (the lists per gemeente do not show them, so they get a group of their own:
    /// made only for these few pages).
    fn listing(&self, lang: &Lang) -> Context {
        let idx = self.index;
        let mut c = Context::new();
        let gemeenten: Vec<GemeenteView> = idx
            .gemeenten
            .iter()
            .map(|g| GemeenteView::new(lang, g))
            .collect();
        c.insert("gemeenten", &gemeenten);
        let wide_locs: Vec<&Location> = idx
            .wide
            .iter()
            .copied()
            .filter(|l| l.gemeente.is_none())
            .collect();
        let wide: Vec<Card> = wide_locs.iter().map(|l| Card::new(lang, l)).collect();
        let national = wide_locs
            .iter()
            .filter(|l| l.area == crate::model::Area::National)
            .count();
        let wide_title = lang.t(if national == wide_locs.len() {
            "wide-national"
        } else if national == 0 {
            "wide-region"
        } else {
            "wide-both"
        });
        c.insert("wide", &wide);
        c.insert("wide_title", &wide_title);
        c
    }

    /// A location's page.
    fn location_page(&self, l: &Location, lang: &Lang) -> PageSpec {
        let idx = self.index;
        let mut c = Context::new();
        let url = format!(
            "{}{}{}",
            self.site.config.base_url,
            lang.prefix(),
            routes::location(&l.slug)
        );
        c.insert(
            "view",
            &LocationView::new(lang, l, idx, self.today, self.minute, &url),
        );
        PageSpec {
            path: routes::location(&l.slug),
            template: "locatie.html",
            title: l.name.clone(),
            ctx: c,
        }
    }

    /// A gemeente's page: its locations by theme.
    fn gemeente_page(&self, g: &Gemeente, lang: &Lang) -> PageSpec {
        let idx = self.index;
        let mut c = Context::new();
        c.insert("gemeente", &GemeenteView::new(lang, g));
        c.insert("theme_groups", &views::theme_groups(lang, g, idx));
        c.insert(
            "lead",
            &lang.f(
                "gemeente-lead",
                &[
                    ("name", g.name.into()),
                    ("count", crate::lang::Arg::N(g.locations.len() as i64)),
                ],
            ),
        );
        PageSpec {
            path: routes::gemeente(g.slug),
            template: "gemeente.html",
            title: lang.f("gemeente-title", &[("name", g.name.into())]),
            ctx: c,
        }
    }

    /// A theme's page: the locations and partners that help with it.
    fn theme_page(&self, t: &Theme, lang: &Lang) -> PageSpec {
        let idx = self.index;
        let mut c = Context::new();
        c.insert("theme", t);
        c.insert("text", &t.translations.get(&lang.code));
        c.insert("locations", &cards(lang, idx.by_theme.get(t.slug.as_str())));
        let partners: Vec<_> = t
            .partners
            .iter()
            .filter_map(|p| idx.partners.get(p.as_str()))
            .map(|p| PartnerCard::new(p))
            .collect();
        c.insert("partners", &partners);
        PageSpec {
            path: routes::theme(&t.slug),
            template: "thema.html",
            title: t.title.clone(),
            ctx: c,
        }
    }

    /// The partners, national and local.
    fn partners_page(&self, lang: &Lang) -> PageSpec {
        let mut c = Context::new();
        let mut list: Vec<&Partner> = self.site.partners.iter().collect();
        list.sort_by_key(|a| a.name.to_lowercase());
        let national: Vec<_> = list
            .iter()
            .filter(|p| p.reach == crate::model::Reach::National)
            .map(|p| PartnerCard::new(p))
            .collect();
        let local: Vec<_> = list
            .iter()
            .filter(|p| p.reach == crate::model::Reach::Local)
            .map(|p| PartnerCard::new(p))
            .collect();
        c.insert("national", &national);
        c.insert("local", &local);
        PageSpec {
            path: routes::partners(),
            template: "partners.html",
            title: lang.t("partners-title"),
            ctx: c,
        }
    }

    /// A page of text (`paginas/`).
    fn text_page(&self, p: &Page, lang: &Lang) -> PageSpec {
        let idx = self.index;
        let mut c = Context::new();
        let view = PageView::new(lang, p);
        let title = view.title.to_string();
        c.insert("page", &view);
        let gemeenten: Vec<Link> = idx
            .gemeenten
            .iter()
            .map(|g| Link {
                slug: g.slug,
                title: g.name,
            })
            .collect();
        c.insert("gemeenten", &gemeenten);
        PageSpec {
            path: format!("{}/", p.slug),
            template: "pagina.html",
            title,
            ctx: c,
        }
    }

    /// A gemeente's embed, with its oEmbed file.
    fn embed_gemeente_page(
        &self,
        g: &Gemeente,
        lang: &Lang,
        out: &Staging,
    ) -> Result<PageSpec, Error> {
        let mut c = Context::new();
        c.insert("gemeente", &GemeenteView::new(lang, g));
        // Its own locations, then the regional and national services for it (as
        // in the widget's data).
        let shown: Vec<&Location> = g.locations.iter().chain(&g.also).copied().collect();
        let cards: Vec<Card> = shown.iter().map(|l| Card::new(lang, l)).collect();
        c.insert("cards", &cards);
        let facts: Vec<_> = shown
            .iter()
            .map(|l| views::EmbedFacts::new(lang, l, self.index.agenda(l)))
            .collect();
        c.insert("facts", &facts);
        c.insert("rules_json", &views::rules_list(&shown));
        let title = embed::gemeente_title(lang, g);
        let snippet = embed::gemeente_snippet(self.site, g, lang);
        let oembed = embed::oembed(self.site, &title, &snippet);
        out.write(
            &routes::in_language(&lang.prefix(), &routes::embed_gemeente_oembed(g.slug)),
            oembed.as_bytes(),
        )?;
        Ok(PageSpec {
            path: routes::embed_gemeente(g.slug),
            template: "embed-gemeente.html",
            title: lang.f("gemeente-title", &[("name", g.name.into())]),
            ctx: c,
        })
    }

    /// "Op uw eigen website": the embed codes for one gemeente.
    fn snippets_page(&self, g: &Gemeente, lang: &Lang) -> PageSpec {
        let mut c = Context::new();
        c.insert("gemeente", &GemeenteView::new(lang, g));
        c.insert(
            "snippet_gemeente",
            &embed::gemeente_snippet(self.site, g, lang),
        );
        let snippets: Vec<String> = g
            .locations
            .iter()
            .map(|l| embed::location_snippet(self.site, l))
            .collect();
        c.insert("snippets", &snippets);
        c.insert("snippet_widget", &embed::widget_snippet(self.site, g, lang));
        // The same codes, ready, for a website in each other language.
        let other: Vec<OtherLanguageSnippets> = self.languages[1..]
            .iter()
            .map(|other| OtherLanguageSnippets {
                code: &other.code,
                name: crate::content::SPOKEN_LANGUAGES
                    .iter()
                    .find(|(c, _)| *c == other.code)
                    .map_or(other.name.as_str(), |(_, n)| n),
                gemeente: embed::gemeente_snippet(self.site, g, other),
                widget: embed::widget_snippet(self.site, g, other),
                location_example: g
                    .locations
                    .first()
                    .map(|l| embed::location_snippet_in(self.site, l, &other.prefix())),
            })
            .collect();
        c.insert("other_languages", &other);
        let title = format!("Informatiepunten van {} op uw eigen website", g.name);
        PageSpec {
            path: routes::gemeente_embeds(g.slug),
            template: "insluiten.html",
            title,
            ctx: c,
        }
    }

    /// For staff: the print and screen products of one location.
    fn staff_page(&self, l: &Location) -> PageSpec {
        let idx = self.index;
        let mut c = Context::new();
        let products = if self.print {
            (self.products)(l, self.site, idx, self.today)
                .into_iter()
                .flat_map(|p| {
                    let n = self.pages.get(&p).copied().unwrap_or(1);
                    (0..n).map(move |k| routes::page_path(&p, k))
                })
                .collect()
        } else {
            Vec::new()
        };
        c.insert(
            "staff",
            &StaffView::new(l, self.site, idx, &products, self.print),
        );
        PageSpec {
            path: routes::staff(&l.slug),
            template: "drukwerk.html",
            title: format!("Drukwerk en schermen: {}", l.name),
            ctx: c,
        }
    }
}

/// The codes of the snippets page for a website in another language.
#[derive(Serialize)]
struct OtherLanguageSnippets<'a> {
    code: &'a str,
    /// The language's Dutch name ("Engels"): the page is for Dutch web editors.
    name: &'a str,
    gemeente: String,
    widget: String,
    location_example: Option<String>,
}

/// Every theme in display order, as cards.
fn theme_cards<'a>(idx: &Index<'a>) -> Vec<ThemeCard<'a>> {
    idx.themes_ordered
        .iter()
        .map(|t| ThemeCard::new(t))
        .collect()
}

/// Point the images of Markdown bodies (marked with [`crate::markdown::ROOT_MARK`]) at
/// the site root as seen from this page.
fn rooted(html: String, root: &str) -> String {
    let html = crate::minify::tidy(&html);
    if html.contains(crate::markdown::ROOT_MARK) {
        html.replace(crate::markdown::ROOT_MARK, root)
    } else {
        html
    }
}

fn cards<'a>(lang: &Lang, list: Option<&Vec<&'a Location>>) -> Vec<Card<'a>> {
    list.map(|l| l.iter().map(|l| Card::new(lang, l)).collect())
        .unwrap_or_default()
}

/// Render a non-HTML template (sitemap, robots.txt, security.txt) with a plain context.
pub fn render_plain<T: Serialize>(
    tera: &Tera,
    name: &str,
    key: &str,
    value: &T,
) -> Result<String, Error> {
    let mut ctx = Context::new();
    ctx.insert(key, value);
    tera.render(name, &ctx)
        .map_err(|e| Error::template(name, &e))
}

#[cfg(test)]
mod tests {
    use super::bake;

    fn words() -> std::collections::BTreeMap<String, String> {
        [
            ("home", "Home & start"),
            ("say", "Zeg \"hallo\""),
            ("name", "Over { $x }"),
            ("all", "\"'`"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn words_take_the_place_of_t_in_template_code_only() {
        let w = words();
        // Alone in a tag: the escaped text.
        assert_eq!(bake("<p>{{ t.home }}</p>", &w), "<p>Home &amp; start</p>");
        // With a filter, in an argument, in a condition: a string literal.
        assert_eq!(
            bake("{{ t.home | upper }}", &w),
            "{{ \"Home & start\" | upper }}"
        );
        assert_eq!(
            bake("{{ m::crumbs(current=t.home) }}", &w),
            "{{ m::crumbs(current=\"Home & start\") }}"
        );
        assert_eq!(bake("{% if t.say %}", &w), "{% if 'Zeg \"hallo\"' %}");
        // Not a word: text between tags, other names ending in t, string literals,
        // comments, unknown ids, and a message no quote can hold.
        for same in [
            "t.home and {{ th.home }} {{ at.home }} {{ x.t.home }}",
            "{{ \"t.home\" }}",
            "{# t.home #}",
            "{{ t.nothing }}",
            "{% if t.all %}",
        ] {
            assert_eq!(bake(same, &w), same);
        }
        // A message holding what Tera reads as a tag is a literal even alone.
        let mut w = w;
        w.insert("tag".into(), "a {{ b".into());
        assert_eq!(bake("{{ t.tag }}", &w), "{{ \"a {{ b\" }}");
        assert_eq!(bake("{{ t.name }}", &w), "Over { $x }");
    }

    #[test]
    fn escape_replaces_each_special_character_and_keeps_the_rest() {
        use super::escape;
        assert_eq!(escape(""), "");
        assert_eq!(
            escape("Bibliotheek Zuid · 10.00 uur"),
            "Bibliotheek Zuid · 10.00 uur"
        );
        assert_eq!(escape("https://a.nl/b/?c=1"), "https://a.nl/b/?c=1");
        assert_eq!(
            escape("Café <b>&</b> \"zo\" 'n"),
            "Café &lt;b&gt;&amp;&lt;/b&gt; &quot;zo&quot; &#39;n"
        );
        // A special character first, last, or after text with multi-byte characters.
        assert_eq!(escape("<"), "&lt;");
        assert_eq!(escape("één>"), "één&gt;");
        assert_eq!(escape("&&"), "&amp;&amp;");
    }
}
