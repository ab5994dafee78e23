//! Derived indexes over the model: gemeenten with their locations, which locations
//! offer each theme and host each partner, and each location's derived agenda.
//! Borrowed from the model and the agendas, built once per run.

use std::collections::{BTreeMap, HashMap};

use crate::derive::Agenda;

use crate::model::{Area, Location, Partner, Site, Theme};

pub struct Gemeente<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    /// Sorted by place, then name.
    pub locations: Vec<&'a Location>,
    /// Services located elsewhere that serve this gemeente too ("Ook voor u"): those
    /// for a region that names it, then those for the whole country.
    pub also: Vec<&'a Location>,
}

pub struct Index<'a> {
    /// Sorted by name. Only gemeenten with a location of their own get a page.
    pub gemeenten: Vec<Gemeente<'a>>,
    /// Services for a region or the whole country (`werkgebied`): regional ones first,
    /// then national ones, each by name.
    pub wide: Vec<&'a Location>,
    pub themes: BTreeMap<&'a str, &'a Theme>,
    /// Themes in display order (`volgorde`, then title).
    pub themes_ordered: Vec<&'a Theme>,
    pub partners: BTreeMap<&'a str, &'a Partner>,
    pub by_theme: BTreeMap<&'a str, Vec<&'a Location>>,
    pub by_partner: BTreeMap<&'a str, Vec<&'a Location>>,
    /// The agenda of each location (in the order of `site.locations`), and where
    /// each slug sits in that order.
    agendas: &'a [Agenda],
    positions: HashMap<&'a str, usize>,
}

fn place_of(l: &Location) -> &str {
    l.address.as_ref().map_or("", |a| a.place.as_str())
}

impl<'a> Index<'a> {
    /// "SVB en UWV": the names of the given partners (unknown slugs left out), or `None`.
    pub fn partner_names(&self, slugs: &[String]) -> Option<String> {
        let names: Vec<&str> = slugs
            .iter()
            .filter_map(|p| self.partners.get(p.as_str()))
            .map(|p| p.name.as_str())
            .collect();
        (!names.is_empty()).then(|| crate::dutch::join_and(&names))
    }

    /// The agenda of a location of the site.
    pub fn agenda(&self, l: &Location) -> &'a Agenda {
        &self.agendas[self.positions[l.slug.as_str()]]
    }

    /// `agendas` are those of `site.locations`, in their order
    /// ([`crate::derive::agendas`]).
    pub fn new(site: &'a Site, agendas: &'a [Agenda]) -> Self {
        assert_eq!(
            site.locations.len(),
            agendas.len(),
            "one agenda per location"
        );
        let mut gemeenten: BTreeMap<&str, Gemeente> = BTreeMap::new();
        let mut by_theme: BTreeMap<&str, Vec<&Location>> = BTreeMap::new();
        let mut by_partner: BTreeMap<&str, Vec<&Location>> = BTreeMap::new();
        for loc in &site.locations {
            if let (Some(name), Some(slug)) = (&loc.gemeente, &loc.gemeente_slug) {
                gemeenten
                    .entry(slug)
                    .or_insert_with(|| Gemeente {
                        name,
                        slug,
                        locations: Vec::new(),
                        also: Vec::new(),
                    })
                    .locations
                    .push(loc);
            }
            for t in &loc.themes {
                by_theme.entry(t).or_default().push(loc);
            }
            for p in &loc.partners {
                by_partner.entry(p).or_default().push(loc);
            }
        }
        let by_place =
            |a: &&Location, b: &&Location| place_of(a).cmp(place_of(b)).then(a.name.cmp(&b.name));
        let mut wide: Vec<&Location> = site
            .locations
            .iter()
            .filter(|l| l.area != Area::Local)
            .collect();
        wide.sort_by(|a, b| {
            (a.area == Area::National)
                .cmp(&(b.area == Area::National))
                .then(a.name.cmp(&b.name))
                .then(a.slug.cmp(&b.slug))
        });
        let mut gemeenten: Vec<Gemeente> = gemeenten.into_values().collect();
        for g in &mut gemeenten {
            g.locations.sort_by(by_place);
            g.also = wide
                .iter()
                .copied()
                .filter(|l| l.area.serves(g.slug) && l.gemeente_slug.as_deref() != Some(g.slug))
                .collect();
        }
        gemeenten.sort_by_key(|g| sort_key(g.name));
        for list in by_theme.values_mut().chain(by_partner.values_mut()) {
            list.sort_by(|a, b| a.gemeente.cmp(&b.gemeente).then(by_place(a, b)));
        }
        let mut themes_ordered: Vec<&Theme> = site.themes.iter().collect();
        themes_ordered.sort_by(|a, b| a.order.cmp(&b.order).then(a.title.cmp(&b.title)));
        Index {
            gemeenten,
            wide,
            themes: site.themes.iter().map(|t| (t.slug.as_str(), t)).collect(),
            themes_ordered,
            partners: site.partners.iter().map(|p| (p.slug.as_str(), p)).collect(),
            by_theme,
            by_partner,
            agendas,
            positions: site
                .locations
                .iter()
                .enumerate()
                .map(|(i, l)| (l.slug.as_str(), i))
                .collect(),
        }
    }
}

/// Sort "'s-Hertogenbosch" under H, as Dutch readers expect.
pub fn sort_key(name: &str) -> String {
    let n = name.trim_start_matches(['\'', '’']);
    let n = n
        .strip_prefix("s-")
        .or_else(|| n.strip_prefix("t "))
        .unwrap_or(n);
    slug::slugify(n)
}
