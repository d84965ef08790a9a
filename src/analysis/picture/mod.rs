//! The network picture: a compose project's networks as regions, its services as boxes inside
//! the networks they join, the host's published ports as labelled connectors, `depends_on` as
//! dotted arrows, `network_mode` and mounts in the boxes. [`layout`] places everything with a
//! layered graph layout; [`svg`] draws it as a standalone SVG document.

mod layout;
pub mod model;
mod svg;

use crate::analysis::network::NetworkReport;
use crate::compose::model::Project;
use crate::i18n::Lang;

pub use layout::layout;
pub use svg::{esc, port_label};

/// Most services drawn (a picture of more is not readable; the matrix and lists remain).
pub const MAX_SERVICES: usize = 200;

/// The picture of a project's network report as an SVG document in `lang`; `None` with more
/// than [`MAX_SERVICES`] services.
pub fn svg(p: &Project, r: &NetworkReport, lang: Lang) -> Option<String> {
    if r.services.len() > MAX_SERVICES {
        return None;
    }
    Some(svg::render(&layout(p, r), r, lang))
}
