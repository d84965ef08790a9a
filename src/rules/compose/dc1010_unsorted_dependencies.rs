//! DC1010 `unsorted-dependencies`: a service's `depends_on` not in alphabetical order (off by
//! default: a style preference).

use super::order::{collate, reorder_fix};
use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1010",
        name: "unsorted-dependencies",
        severity: Severity::Style,
        origin: Origin::Dclint,
        aliases: &["service-dependencies-alphabetical-order", "order-service-dependencies"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "depends_on is not in alphabetical order",
            zh: "depends_on 没有按字母顺序排列",
        }),
        why: doc(Text {
            en: "The order of depends_on changes nothing (Compose orders the start by the dependency graph); a sorted list is easier to scan and to merge. Off by default: turn it on in the configuration.",
            zh: "depends_on 的顺序不影响任何行为（Compose 按依赖图决定启动顺序）；排好序的列表更容易查看和合并。默认关闭，可以在配置中开启。",
        }),
        fix: doc(Text {
            en: "Sort the entries.",
            zh: "把条目排好序。",
        }),
        bad: doc_str("services:\n  web:\n    image: myapp:1.0\n    depends_on:\n      - redis\n      - db\n  db:\n    image: postgres:16\n  redis:\n    image: redis:7\n"),
        good: doc_str("services:\n  web:\n    image: myapp:1.0\n    depends_on:\n      - db\n      - redis\n  db:\n    image: postgres:16\n  redis:\n    image: redis:7\n"),
        example_config: Some("rules:\n  service-dependencies-alphabetical-order: 1\n"),
        fixable: true,
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let Some((key, deps)) = s.body.entry("depends_on") else {
            continue;
        };
        let entries: Vec<(&str, usize, usize)> = match (deps.as_seq(), deps.as_map()) {
            (Some(items), _) => items
                .iter()
                .filter_map(|i| Some((i.as_str()?, i.span.start, i.span.end)))
                .collect(),
            (_, Some(map)) => map
                .iter()
                .filter_map(|(k, v)| Some((k.as_str()?, k.span.start, v.span.end.max(k.span.end))))
                .collect(),
            _ => continue,
        };
        let order =
            crate::sort::indices(entries.len(), &|a, b| collate(entries[a].0, entries[b].0));
        if order.iter().enumerate().all(|(i, &j)| i == j) {
            continue;
        }
        let starts: Vec<usize> = entries.iter().map(|e| e.1).collect();
        let last_end = entries.iter().map(|e| e.2).max().unwrap_or(0);
        let want: Vec<&str> = order.iter().map(|&i| entries[i].0).collect();
        let (name, want) = (s.name, want.join(", "));
        let message = crate::text!(
            "depends_on of service \"{name}\" is not sorted: {want}",
            "服务 \"{name}\" 的 depends_on 没有排序，应为：{want}"
        );
        let help = Some(crate::text!("sort the entries", "把条目排好序"));
        let fix = reorder_fix(
            cx.text(s.file),
            &starts,
            last_end,
            &order,
            crate::text!("sort depends_on", "给 depends_on 排序"),
        );
        let at = s.loc(key.span);
        out.report_maybe_fix(at, message, help, fix);
    }
}
