//! The network picture's geometry: what the layout places and the SVG draws.

use serde::Serialize;

/// An axis-aligned rectangle (top-left corner and size).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// A rectangle.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }

    /// The smallest rectangle around all of `rects` (`None` for none).
    pub fn around(rects: impl Iterator<Item = Rect>) -> Option<Rect> {
        rects.fold(None, |acc: Option<Rect>, r| {
            Some(match acc {
                None => r,
                Some(a) => {
                    let (x, y) = (a.x.min(r.x), a.y.min(r.y));
                    let right = (a.x + a.w).max(r.x + r.w);
                    let bottom = (a.y + a.h).max(r.y + r.h);
                    Rect::new(x, y, right - x, bottom - y)
                }
            })
        })
    }

    /// This rectangle grown by `dx` on the left and right and `dy` on the top and bottom.
    pub fn grow(&self, dx: f64, dy: f64) -> Rect {
        Rect::new(
            self.x - dx,
            self.y - dy,
            self.w + 2.0 * dx,
            self.h + 2.0 * dy,
        )
    }

    /// Whether the two overlap (touching edges do not).
    pub fn intersects(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// Whether `o` lies inside this rectangle.
    pub fn contains(&self, o: &Rect) -> bool {
        o.x >= self.x
            && o.y >= self.y
            && o.x + o.w <= self.x + self.w
            && o.y + o.h <= self.y + self.h
    }

    /// Centre.
    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// The points on this rectangle's and `o`'s edges where a line between them starts and
    /// ends: bottom to top when `o` is lower, top to bottom when higher, else side to side.
    pub fn facing(&self, o: &Rect) -> ((f64, f64), (f64, f64)) {
        let (ax, ay) = self.centre();
        let (bx, by) = o.centre();
        if o.y >= self.y + self.h {
            ((ax, self.y + self.h), (bx, o.y))
        } else if self.y >= o.y + o.h {
            ((ax, self.y), (bx, o.y + o.h))
        } else if bx >= ax {
            ((self.x + self.w, ay), (o.x, by))
        } else {
            ((self.x, ay), (o.x + o.w, by))
        }
    }
}

/// A mount listed in a service's box.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MountLine {
    /// `volume`, `bind`, `tmpfs`, …
    pub kind: String,
    /// Named volume or host path.
    pub source: Option<String>,
    /// Path in the container.
    pub target: String,
    /// Read-only.
    pub read_only: bool,
}

impl MountLine {
    /// `source → target` (`target` alone without a source), `:ro` when read-only.
    pub fn text(&self) -> String {
        let ro = if self.read_only { " (ro)" } else { "" };
        match &self.source {
            Some(s) => format!("{s} → {}{ro}", self.target),
            None => format!("{}{ro}", self.target),
        }
    }
}

/// A service's box.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceBox {
    /// Service name.
    pub name: String,
    pub rect: Rect,
    /// The networks it joins (none with `network_mode`).
    pub networks: Vec<String>,
    /// `network_mode`, when set.
    pub network_mode: Option<String>,
    /// Its first mounts.
    pub mounts: Vec<MountLine>,
    /// How many more mounts it has.
    pub more_mounts: usize,
    /// Indexes of its published ports in the report's `ports`.
    pub ports: Vec<usize>,
}

/// A network drawn as the region around its services.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Region {
    /// Key in the compose file.
    pub network: String,
    /// Engine name.
    pub name: String,
    pub internal: bool,
    pub external: bool,
    pub rect: Rect,
    /// Its services.
    pub members: Vec<String>,
}

/// A published port: a connector from the host bar to the service's box.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Connector {
    /// Index in the report's `ports`.
    pub row: usize,
    /// Which of its service's ports it is (0 for the first).
    pub nth: usize,
    pub service: String,
    pub from: (f64, f64),
    pub to: (f64, f64),
    /// Whether the host can reach it.
    pub reachable: bool,
}

/// A `depends_on` arrow from a service to the one it waits for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DependsLine {
    pub from: String,
    pub to: String,
    /// `service_started`, `service_healthy` or `service_completed_successfully`.
    pub condition: String,
    pub start: (f64, f64),
    pub end: (f64, f64),
}

/// The whole picture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Picture {
    pub project: String,
    pub width: f64,
    pub height: f64,
    /// Whether the host bar is drawn (some port is published).
    pub host: bool,
    pub regions: Vec<Region>,
    pub boxes: Vec<ServiceBox>,
    pub ports: Vec<Connector>,
    pub depends: Vec<DependsLine>,
}
