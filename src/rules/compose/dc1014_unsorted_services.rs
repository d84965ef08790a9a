//! DC1014 `unsorted-services`: services not in alphabetical order (off by default: a style
//! preference).

use super::order::{collation_key, reorder_map_fix, CollationKey};
use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;
use std::collections::BTreeSet;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1014",
        name: "unsorted-services",
        severity: Severity::Style,
        origin: Origin::Dclint,
        aliases: &["services-alphabetical-order", "order-services"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "Services are not in alphabetical order",
            zh: "服务没有按字母顺序排列",
        }),
        why: doc(Text {
            en: "The order of services changes nothing (Compose starts them by their dependencies); in a long file, sorted services are easier to find. Off by default: many files list them in the order of the stack instead.",
            zh: "服务的顺序不影响任何行为（Compose 按依赖关系启动它们）；文件很长时，排好序的服务更容易找到。默认关闭：很多文件是按技术栈的层次而不是按名字来排列服务的。",
        }),
        fix: doc(Text {
            en: "Sort the services by name.",
            zh: "按名字给服务排序。",
        }),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16\n"),
        good: doc_str("services:\n  db:\n    image: postgres:16\n  web:\n    image: nginx:1.27\n"),
        example_config: Some("rules:\n  services-alphabetical-order: 1\n"),
        fixable: true,
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for (file, root) in cx.top_levels() {
        let Some(services) = root.get("services").and_then(Node::as_map) else {
            continue;
        };
        let names: Vec<&str> = services
            .iter()
            .map(|(k, _)| k.as_str().unwrap_or(""))
            .collect();
        let keys: Vec<CollationKey> = names.iter().map(|n| collation_key(n)).collect();
        let order = crate::sort::indices(names.len(), &|a, b| keys[a].cmp(&keys[b]));
        let mut fix = reorder_map_fix(
            cx.text(file),
            services,
            &order,
            crate::text!("sort the services", "给服务排序"),
        );
        // The earlier names, sorted: the smallest one above this name should come after it.
        let mut earlier: BTreeSet<(&CollationKey, usize)> = BTreeSet::new();
        for (i, (key, _)) in services.iter().enumerate() {
            let above = earlier
                .range((&keys[i], usize::MAX)..)
                .find(|(k, _)| *k > &keys[i])
                .map(|&(_, j)| names[j]);
            earlier.insert((&keys[i], i));
            let Some(after) = above else {
                continue;
            };
            let name = names[i];
            let message = crate::text!(
                "service \"{name}\" should come before \"{after}\"",
                "服务 \"{name}\" 应该排在 \"{after}\" 之前"
            );
            let help = Some(crate::text!(
                "sort the services by name",
                "按名字给服务排序"
            ));
            let at = crate::compose::model::Loc {
                file,
                span: key.span,
            };
            out.report_maybe_fix(at, message, help, fix.take());
        }
    }
}
