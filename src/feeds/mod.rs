//! Data feeds made from the model: an iCalendar file per location and the open data
//! under `/api/v1/` with its JSON Schemas.

pub mod api;
pub mod ics;
pub mod open_data;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::error::Error;
use crate::index::Index;
use crate::model::Site;
use crate::output::Staging;

/// Write every feed into the staging folder; with `changed` (location slugs), only the
/// feeds those locations appear in (for `ido serve`).
pub fn write(
    site: &Site,
    idx: &Index,
    today: Date,
    out: &Staging,
    values: &[String],
    changed: Option<&[&str]>,
) -> Result<(), Error> {
    write_open_data(site, idx, today, out, values, changed)?;
    write_calendars(site, idx, out, changed)
}

/// The open data (all locations, GeoJSON, per gemeente) and the finder's data; with
/// `changed`, the files those locations appear in.
pub fn write_open_data(
    site: &Site,
    idx: &Index,
    today: Date,
    out: &Staging,
    values: &[String],
    changed: Option<&[&str]>,
) -> Result<(), Error> {
    let gemeenten: Option<Vec<&str>> = changed.map(|slugs| {
        site.locations
            .iter()
            .filter(|l| slugs.contains(&l.slug.as_str()))
            .filter_map(|l| l.gemeente_slug.as_deref())
            .collect()
    });
    api::files(
        site,
        idx,
        today,
        values,
        gemeenten.as_deref(),
        &mut |path, parts| out.write_parts(path, parts),
    )?;
    out.write(
        crate::routes::FINDER_LOCATIONS,
        api::finder_locations(site).as_bytes(),
    )?;
    if changed.is_none() {
        for (name, text) in open_data::schemas() {
            out.write(&crate::routes::api_schema(name), text.as_bytes())?;
        }
    }
    Ok(())
}

/// The iCalendar file of every location, or of the `changed` ones.
pub fn write_calendars(
    site: &Site,
    idx: &Index,
    out: &Staging,
    changed: Option<&[&str]>,
) -> Result<(), Error> {
    let host = url::Url::parse(&site.config.base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    site.locations
        .par_iter()
        .filter(|l| changed.is_none_or(|c| c.contains(&l.slug.as_str())))
        .try_for_each(|loc| {
            let url = format!(
                "{}{}",
                site.config.base_url,
                crate::routes::location(&loc.slug)
            );
            let text = ics::calendar(loc, &url, &host, idx.agenda(loc));
            out.write(
                &crate::routes::location_calendar(&loc.slug),
                text.as_bytes(),
            )
        })
}
