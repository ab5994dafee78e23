//! Data feeds made from the model: an iCalendar file per location (more feeds follow).

pub mod ics;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::error::Error;
use crate::model::Site;
use crate::output::Staging;

/// Write every feed into the staging folder.
pub fn write(site: &Site, today: Date, out: &Staging) -> Result<(), Error> {
    let host = url::Url::parse(&site.config.base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    site.locations.par_iter().try_for_each(|loc| {
        let url = format!("{}locaties/{}/", site.config.base_url, loc.slug);
        let text = ics::calendar(loc, &url, &host, today);
        out.write(
            &format!("locaties/{}/agenda.ics", loc.slug),
            text.as_bytes(),
        )
    })
}
