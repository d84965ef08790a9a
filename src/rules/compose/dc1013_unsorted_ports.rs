//! DC1013 `unsorted-ports`: a service's `ports` not in order of their host port (off by
//! default: a style preference).

use super::order::{natural, reorder_fix};
use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1013",
        name: "unsorted-ports",
        severity: Severity::Style,
        origin: Origin::Dclint,
        aliases: &["service-ports-alphabetical-order", "order-service-ports"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "ports are not in order",
            zh: "ports 没有按顺序排列",
        }),
        why: doc(Text {
            en: "The order of ports changes nothing; sorted by host port, a duplicate or a gap is easy to see. Off by default: turn it on in the configuration.",
            zh: "ports 的顺序不影响任何行为；按宿主机端口排好序后，重复或遗漏一眼就能看出来。默认关闭，可以在配置中开启。",
        }),
        fix: doc(Text {
            en: "Sort the mappings by host port.",
            zh: "按宿主机端口给映射排序。",
        }),
        differs: doc_opt(Some(Text {
            en: "dclint reports some findings a line early (a flow collection such as ports: [\"80\"], or a comment between a key and its list) and does not see keys merged in with <<; dockplay points at the token itself.",
            zh: "dclint 有时把报告位置提前一行（例如 ports: [\"80\"] 这样的流式集合，或者键与列表之间有注释时），也看不到用 << 合并进来的键；dockplay 指向具体的那个标记。",
        })),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"443:443\"\n      - \"80:80\"\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n      - \"443:443\"\n"),
        example_config: Some("rules:\n  service-ports-alphabetical-order: 1\n"),
        fixable: true,
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// The host port an item is sorted by: the published part (long syntax: `published`).
fn sort_key(item: &Node) -> String {
    if let Some(v) = item.as_str() {
        let parts: Vec<&str> = v.split(':').collect();
        return match parts.len() {
            1 => parts[0],
            2 => parts[0],
            _ => parts[parts.len() - 2],
        }
        .to_string();
    }
    item.get("published")
        .or_else(|| item.get("target"))
        .and_then(Node::as_str)
        .unwrap_or("")
        .to_string()
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let Some((key, ports)) = s.body.entry("ports") else {
            continue;
        };
        let Some(items) = ports.as_seq() else {
            continue;
        };
        let keys: Vec<String> = items.iter().map(sort_key).collect();
        let order = crate::sort::indices(items.len(), &|a, b| natural(&keys[a], &keys[b]));
        if order.iter().enumerate().all(|(i, &j)| i == j) {
            continue;
        }
        let starts: Vec<usize> = items.iter().map(|i| i.span.start).collect();
        let last_end = items.iter().map(|i| i.span.end).max().unwrap_or(0);
        let name = s.name;
        let message = crate::text!(
            "ports of service \"{name}\" are not in order of their host port",
            "服务 \"{name}\" 的 ports 没有按宿主机端口排序"
        );
        let help = Some(crate::text!("sort them by host port", "按宿主机端口排序"));
        let fix = reorder_fix(
            cx.text(s.file),
            &starts,
            last_end,
            &order,
            crate::text!("sort ports", "给 ports 排序"),
        );
        let at = s.loc(key.span);
        out.report_maybe_fix(at, message, help, fix);
    }
}
