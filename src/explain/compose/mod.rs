//! Compose explanations: one item per key of the file (top-level elements, each service, each
//! service attribute and the keys of its long syntax, each network, volume, secret and config and
//! their options), written from the normalized project: the ports as "host → container", the
//! networks with the names a service answers to and who reaches it, each volume's kind and
//! lifetime, the start order.

mod env;
mod mounts;
mod ports;
mod resources;
mod service;

pub(crate) use ports::mapping_text;

use super::{Item, ItemKind};
use crate::analysis::network::NetworkReport;
use crate::compose::model::{Project, Service};
use crate::compose::ComposeAnalysis;
use crate::i18n::Text;
use crate::yaml::Node;

/// What the explainers of one file share.
pub(super) struct Cx<'a> {
    /// The file's text.
    pub text: &'a str,
    /// The normalized project, when the file loaded.
    pub project: Option<&'a Project>,
    /// Who reaches whom, when the file loaded.
    pub network: Option<NetworkReport>,
    /// The items so far.
    pub items: Vec<Item>,
    /// Keys past [`super::MAX_ITEMS`], not explained.
    pub omitted: usize,
    /// Services by name.
    by_name: std::collections::HashMap<&'a str, &'a Service>,
    /// Indexes into the network report's reachability, by the service reached.
    pub reach_to: std::collections::HashMap<String, Vec<usize>>,
    /// The same, by the service that reaches.
    pub reach_from: std::collections::HashMap<String, Vec<usize>>,
}

impl Cx<'_> {
    /// The service called `name`.
    fn service(&self, name: &str) -> Option<&Service> {
        self.by_name.get(name).copied()
    }

    /// The pairs of the network report in which `name` reaches another service.
    fn reached_from(&self, name: &str) -> impl Iterator<Item = &crate::analysis::network::Reach> {
        let net = self.network.as_ref();
        self.reach_from
            .get(name)
            .into_iter()
            .flatten()
            .filter_map(move |&i| net.and_then(|n| n.reachability.get(i)))
    }

    /// The pairs of the network report in which `name` is reached.
    fn reaching(&self, name: &str) -> impl Iterator<Item = &crate::analysis::network::Reach> {
        let net = self.network.as_ref();
        self.reach_to
            .get(name)
            .into_iter()
            .flatten()
            .filter_map(move |&i| net.and_then(|n| n.reachability.get(i)))
    }

    /// Add an item for the entry `key: value` (span from the key to the end of the value).
    fn item(
        &mut self,
        key_node: &Node,
        value: &Node,
        key: String,
        text: Text,
    ) -> Option<&mut Item> {
        if self.items.len() >= super::MAX_ITEMS {
            self.omitted += 1;
            return None;
        }
        let title = key_node.as_str().unwrap_or("").to_string();
        let end = value.span.end.max(key_node.span.end);
        let span = crate::text::Span::new(key_node.span.start, end);
        let mut item = Item::new(span, ItemKind::ComposeKey, key, title);
        item.text = text;
        self.items.push(item);
        self.items.last_mut()
    }
}

/// The entries of a mapping that are written inside it (entries merged in with `<<` from an
/// anchor elsewhere are explained where the anchor is).
pub(super) fn entries(parent: &Node) -> impl Iterator<Item = (&Node, &Node, &str)> {
    let span = parent.span;
    parent
        .as_map()
        .unwrap_or(&[])
        .iter()
        .filter(move |(k, _)| k.span.start >= span.start && k.span.end <= span.end)
        .filter_map(|(k, v)| k.as_str().map(|s| (k, v, s)))
}

/// Every item of file `file` of `analysis`, in file order.
pub(super) fn explain(text: &str, file: usize, analysis: &ComposeAnalysis) -> (Vec<Item>, usize) {
    let Some(Some(root)) = analysis.roots.get(file) else {
        return (Vec::new(), 0);
    };
    let project = analysis.project.as_ref();
    let names = [String::new()];
    let network = project.map(|p| crate::analysis::network::report(p, &names, &[text.to_string()]));
    let mut cx = Cx {
        text,
        project,
        network,
        items: Vec::new(),
        omitted: 0,
        by_name: project
            .map(|p| p.services.iter().map(|s| (s.name.as_str(), s)).collect())
            .unwrap_or_default(),
        reach_to: Default::default(),
        reach_from: Default::default(),
    };
    if let Some(net) = &cx.network {
        for (i, r) in net.reachability.iter().enumerate() {
            cx.reach_to.entry(r.to.clone()).or_default().push(i);
            cx.reach_from.entry(r.from.clone()).or_default().push(i);
        }
    }
    for (k, v, name) in entries(root) {
        let key = if name.starts_with("x-") {
            "compose.top.x-".to_string()
        } else if crate::compose::schema::TOP.contains(&name) {
            format!("compose.top.{name}")
        } else {
            "compose.unknown".to_string()
        };
        let t = resources::top_text(&cx, name, v);
        cx.item(k, v, key, t);
        match name {
            "services" => {
                for (sk, sv, sname) in entries(v) {
                    service::explain(&mut cx, sk, sv, sname);
                }
            }
            "networks" | "volumes" | "secrets" | "configs" | "models" => {
                for (rk, rv, rname) in entries(v) {
                    resources::explain(&mut cx, name, rk, rv, rname);
                }
            }
            "include" => resources::include(&mut cx, v),
            _ => {}
        }
    }
    crate::sort::sort_by_key(&mut cx.items, |i| i.span.start);
    (cx.items, cx.omitted)
}

/// The inner span of a scalar (see [`crate::yaml::inner_span`]).
pub(super) fn scalar_span(text: &str, node: &Node) -> Option<crate::text::Span> {
    crate::yaml::inner_span(text, node)
}
