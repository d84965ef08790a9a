//! Where everything of the network picture goes: a layered (Sugiyama) layout of the services,
//! computed by `rust-sugiyama`, then regions, connectors and labels around it.
//!
//! The layered graph has one vertex per service, one for the host and one small attractor per
//! network. Its edges are the host's published ports (host → service), each network's
//! membership (network → service, which pulls a network's services together), `depends_on`
//! (dependent → dependency, so dependencies sit lower) and shared network stacks (`service:x`
//! → the service). Only the services' positions are drawn; the host becomes the bar along the
//! top and each network the region around its services.

use super::model::{Connector, DependsLine, MountLine, Picture, Rect, Region, ServiceBox};
use crate::analysis::network::NetworkReport;
use crate::compose::model::Project;
use rust_sugiyama::configure::{Config, CrossingMinimization, RankingType};

/// Height of the host bar along the top.
pub const HOST_HEIGHT: f64 = 34.0;
/// Gap under the host bar, where the port labels go.
const HOST_GAP: f64 = 40.0;
/// Padding between a region's edge and the boxes in it, per nesting step.
const REGION_PAD: f64 = 14.0;
/// Room above the boxes of a region for its label.
const LABEL_ROOM: f64 = 18.0;
/// Height of a box's name line; each mount adds [`LINE`].
const BOX_HEAD: f64 = 30.0;
/// Height of a line of text in a box.
pub const LINE: f64 = 15.0;
/// Most mounts listed in a box (the rest are counted).
pub const MAX_MOUNTS: usize = 3;
/// Widest box.
const MAX_BOX_WIDTH: f64 = 300.0;
/// Average width of a character at the box font size.
const CHAR: f64 = 6.6;
/// Gap between disconnected parts of the picture.
const PART_GAP: f64 = 40.0;

/// The width text takes at the box font size (a CJK character counts twice).
pub fn text_width(s: &str) -> f64 {
    s.chars()
        .map(|c| if (c as u32) >= 0x2E80 { 2.0 } else { 1.0 })
        .sum::<f64>()
        * CHAR
}

/// A service's mounts as box lines.
fn mount_lines(p: &Project, service: &str) -> (Vec<MountLine>, usize) {
    let Some(s) = p.service(service) else {
        return (Vec::new(), 0);
    };
    let lines: Vec<MountLine> = s
        .mounts
        .iter()
        .map(|m| MountLine {
            kind: m.kind.clone(),
            source: m.source.clone(),
            target: m.target.clone(),
            read_only: m.read_only,
        })
        .collect();
    let more = lines.len().saturating_sub(MAX_MOUNTS);
    (lines.into_iter().take(MAX_MOUNTS).collect(), more)
}

/// A box's size: wide enough for its name and mount lines, within [`MAX_BOX_WIDTH`].
fn box_size(name: &str, tag: Option<&str>, mounts: &[MountLine], more: bool) -> (f64, f64) {
    let widest = mounts
        .iter()
        .map(|m| text_width(&format!("volume {}", m.text())) * 0.9)
        .chain([
            text_width(name) + 16.0,
            tag.map_or(0.0, |t| text_width(t) + 100.0),
        ])
        .fold(110.0_f64, f64::max);
    let lines = mounts.len() + usize::from(tag.is_some()) + usize::from(more);
    (
        (widest + 20.0).min(MAX_BOX_WIDTH),
        BOX_HEAD + LINE * lines as f64,
    )
}

/// The layered layout of one compose project's network report.
pub fn layout(p: &Project, r: &NetworkReport) -> Picture {
    let services = &r.services;
    let n_svc = services.len();
    let index_of = |name: &str| services.iter().position(|s| s.name == name);
    // Vertices: services 0..n, then the host, then one per network.
    let host = n_svc;
    let net_base = n_svc + 1;
    let mut boxes: Vec<ServiceBox> = services
        .iter()
        .map(|s| {
            let (mounts, more_mounts) = mount_lines(p, &s.name);
            let (w, h) = box_size(&s.name, s.network_mode.as_deref(), &mounts, more_mounts > 0);
            ServiceBox {
                name: s.name.clone(),
                rect: Rect::new(0.0, 0.0, w, h),
                networks: s.networks.clone(),
                network_mode: s.network_mode.clone(),
                mounts,
                more_mounts,
                ports: Vec::new(),
            }
        })
        .collect();
    let mut vertices: Vec<(u32, (f64, f64))> = boxes
        .iter()
        .enumerate()
        .map(|(i, b)| (i as u32, (b.rect.w, b.rect.h + LABEL_ROOM)))
        .collect();
    vertices.push((host as u32, (1.0, 1.0)));
    for i in 0..r.networks.len() {
        vertices.push(((net_base + i) as u32, (1.0, 1.0)));
    }
    let mut edges: Vec<(u32, u32)> = Vec::new();
    // Only an acyclic graph is laid out (rust-sugiyama's layering does not end on a cycle): an
    // edge that would close one (a depends_on cycle, which Compose rejects as DC0006, or
    // network_mode pointing back) is left out of the layout, not out of the picture.
    let push = |edges: &mut Vec<(u32, u32)>, a: usize, b: usize| {
        let (a, b) = (a as u32, b as u32);
        if a != b && !edges.contains(&(a, b)) && !reaches(edges, b, a) {
            edges.push((a, b));
        }
    };
    for port in &r.ports {
        if let Some(i) = index_of(&port.service) {
            push(&mut edges, host, i);
        }
    }
    for (i, s) in services.iter().enumerate() {
        for n in &s.networks {
            if let Some(k) = r.networks.iter().position(|x| &x.key == n) {
                push(&mut edges, net_base + k, i);
            }
        }
        for d in &s.depends_on {
            if let Some(j) = index_of(&d.service) {
                push(&mut edges, i, j);
            }
        }
        if let Some(j) = s
            .network_mode
            .as_deref()
            .and_then(|m| m.strip_prefix("service:"))
            .and_then(index_of)
        {
            push(&mut edges, j, i);
        }
    }
    let config = Config {
        minimum_length: 1,
        vertex_spacing: 36.0,
        dummy_vertices: true,
        dummy_size: 0.3,
        ranking_type: RankingType::MinimizeEdgeLength,
        c_minimization: CrossingMinimization::Barycenter,
        transpose: true,
    };
    let parts = rust_sugiyama::from_vertices_and_edges(&vertices, &edges, &config);
    // Place the parts left to right, each from its own top-left corner.
    let mut left = 0.0;
    for (coords, _, _) in &parts {
        let placed: Vec<(usize, f64, f64)> = coords
            .iter()
            .filter(|(id, _)| *id < n_svc)
            .map(|&(id, (x, y))| (id, x, y))
            .collect();
        if placed.is_empty() {
            continue;
        }
        let min_x = placed
            .iter()
            .map(|&(i, x, _)| x - boxes[i].rect.w / 2.0)
            .fold(f64::INFINITY, f64::min);
        let min_y = placed
            .iter()
            .map(|&(i, _, y)| y - boxes[i].rect.h / 2.0)
            .fold(f64::INFINITY, f64::min);
        let mut right = left;
        for &(i, x, y) in &placed {
            let b = &mut boxes[i].rect;
            b.x = left + (x - b.w / 2.0 - min_x);
            b.y = y - b.h / 2.0 - min_y;
            right = right.max(b.x + b.w);
        }
        left = right + PART_GAP;
    }
    finish(r, boxes)
}

/// Regions, connectors and the picture's size around placed boxes (at y ≥ 0).
fn finish(r: &NetworkReport, mut boxes: Vec<ServiceBox>) -> Picture {
    // Room for the regions' padding at the left and the host bar and port labels at the top.
    let depth = r.networks.len().min(4) as f64;
    let dx = REGION_PAD * (depth + 1.0);
    let dy = HOST_HEIGHT + HOST_GAP + LABEL_ROOM + REGION_PAD * depth;
    for b in &mut boxes {
        b.rect.x += dx;
        b.rect.y += dy;
    }
    let mut regions: Vec<Region> = Vec::new();
    for n in &r.networks {
        let members: Vec<&ServiceBox> = boxes
            .iter()
            .filter(|b| b.networks.contains(&n.key))
            .collect();
        let Some(mut rect) = Rect::around(members.iter().map(|b| b.rect)) else {
            continue;
        };
        // A region that would coincide with an earlier one's edges sits one step further out.
        let step = regions
            .iter()
            .filter(|x| x.rect.intersects(&rect.grow(REGION_PAD, LABEL_ROOM)))
            .count()
            .min(4) as f64;
        let pad = REGION_PAD * (1.0 + step);
        rect = Rect::new(
            rect.x - pad,
            rect.y - pad - LABEL_ROOM,
            rect.w + 2.0 * pad,
            rect.h + 2.0 * pad + LABEL_ROOM,
        );
        regions.push(Region {
            network: n.key.clone(),
            name: n.name.clone(),
            internal: n.internal,
            external: n.external,
            rect,
            members: members.iter().map(|b| b.name.clone()).collect(),
        });
    }
    let mut ports = Vec::new();
    for (k, row) in r.ports.iter().enumerate() {
        let Some(b) = boxes.iter_mut().find(|b| b.name == row.service) else {
            continue;
        };
        let nth = b.ports.len();
        b.ports.push(k);
        let x = (b.rect.x + 14.0 + nth as f64 * 12.0).min(b.rect.x + b.rect.w - 6.0);
        ports.push(Connector {
            row: k,
            nth,
            service: row.service.clone(),
            from: (x, HOST_HEIGHT),
            to: (x, b.rect.y),
            reachable: row.reachable_from_host,
        });
    }
    let mut depends = Vec::new();
    // The boxes are in the report's service order.
    for (s, a) in r.services.iter().zip(&boxes) {
        for d in &s.depends_on {
            let Some(b) = boxes.iter().find(|b| b.name == d.service) else {
                continue;
            };
            let (from, to) = a.rect.facing(&b.rect);
            depends.push(DependsLine {
                from: s.name.clone(),
                to: d.service.clone(),
                condition: d.condition.clone(),
                start: from,
                end: to,
            });
        }
    }
    let right = boxes
        .iter()
        .map(|b| b.rect.x + b.rect.w)
        .chain(regions.iter().map(|g| g.rect.x + g.rect.w))
        .fold(0.0_f64, f64::max);
    let bottom = boxes
        .iter()
        .map(|b| b.rect.y + b.rect.h)
        .chain(regions.iter().map(|g| g.rect.y + g.rect.h))
        .fold(HOST_HEIGHT, f64::max);
    Picture {
        project: r.project.clone(),
        width: (right + REGION_PAD * 2.0).max(320.0).ceil(),
        height: (bottom + REGION_PAD * 2.0).ceil(),
        host: !r.ports.is_empty(),
        regions,
        boxes,
        ports,
        depends,
    }
}

/// Whether `to` can be reached from `from` along `edges`.
fn reaches(edges: &[(u32, u32)], from: u32, to: u32) -> bool {
    let mut seen = vec![from];
    let mut stack = vec![from];
    while let Some(v) = stack.pop() {
        if v == to {
            return true;
        }
        for &(a, b) in edges {
            if a == v && !seen.contains(&b) {
                seen.push(b);
                stack.push(b);
            }
        }
    }
    false
}
