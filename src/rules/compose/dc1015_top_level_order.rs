//! DC1015 `top-level-order`: top-level keys not in the conventional order (off by default: a
//! style preference).

use super::order::{collate, reorder_map_fix};
use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1015",
        name: "top-level-order",
        severity: Severity::Style,
        origin: Origin::Dclint,
        aliases: &["top-level-properties-order", "order-top-level-properties"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "Top-level keys are not in the conventional order",
            zh: "顶层的键没有按约定的顺序排列",
        }),
        why: doc(Text {
            en: "Key order changes nothing. The usual order, extension fields (x-*) first, then name, include, services, networks, volumes, secrets and configs, puts the definitions that services refer to right where a reader looks for them. Off by default.",
            zh: "键的顺序不影响任何行为。通常的顺序是：扩展字段（x-*）在前，然后是 name、include、services、networks、volumes、secrets 和 configs，这样服务引用的定义正好在读者会去找的位置。默认关闭。",
        }),
        fix: doc(Text {
            en: "Move the keys into that order.",
            zh: "把这些键调整为这个顺序。",
        }),
        differs: doc_opt(Some(Text {
            en: "dclint's option customOrder is honoured. A key outside the order (models, …) goes after the known ones instead of being reported, and the fix never deletes it. dclint reports the first line of the file that starts with the key, often a service's own networks: or volumes:; dockplay reports the top-level key.",
            zh: "支持 dclint 的选项 customOrder。不在顺序表中的键（如 models）排在已知键之后，不会被报告，修复也不会删除它。dclint 报告的是文件中第一个以这个键开头的行，常常是某个服务自己的 networks: 或 volumes:；dockplay 报告顶层的那个键。",
        })),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\nname: shop\n"),
        good: doc_str("name: shop\nservices:\n  web:\n    image: nginx:1.27\n"),
        example_config: Some("rules:\n  top-level-properties-order: 1\n"),
        fixable: true,
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

const ORDER: &[&str] = &[
    "x-*", "version", "name", "include", "services", "networks", "volumes", "secrets", "configs",
];

fn check(cx: &ComposeCtx, out: &mut Out) {
    let custom: Option<Vec<String>> = cx
        .options(&RULE.code)
        .and_then(|o| o.get("customOrder"))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        });
    let order_list: Vec<String> =
        custom.unwrap_or_else(|| ORDER.iter().map(|s| s.to_string()).collect());
    let rank = |k: &str| -> usize {
        let key = if k.starts_with("x-") { "x-*" } else { k };
        order_list
            .iter()
            .position(|x| x == key)
            .unwrap_or(order_list.len())
    };
    for (file, root) in cx.top_levels() {
        let Some(map) = root.as_map() else { continue };
        let keys: Vec<&str> = map.iter().map(|(k, _)| k.as_str().unwrap_or("")).collect();
        let cmp = |a: &str, b: &str| {
            rank(a).cmp(&rank(b)).then_with(|| {
                if a.starts_with("x-") && b.starts_with("x-") {
                    collate(a, b)
                } else {
                    std::cmp::Ordering::Equal
                }
            })
        };
        let order = crate::sort::indices(keys.len(), &|a, b| cmp(keys[a], keys[b]));
        let mut fix = reorder_map_fix(
            cx.text(file),
            map,
            &order,
            crate::text!("reorder the top-level keys", "调整顶层键的顺序"),
        );
        for i in 1..keys.len() {
            let (prev, key) = (keys[i - 1], keys[i]);
            if !cmp(key, prev).is_lt() {
                continue;
            }
            let message = crate::text!(
                "top-level key \"{key}\" should come before \"{prev}\"",
                "顶层键 \"{key}\" 应该排在 \"{prev}\" 之前"
            );
            let help = Some(crate::text!(
                "order: x-*, name, include, services, networks, volumes, secrets, configs",
                "顺序为：x-*、name、include、services、networks、volumes、secrets、configs"
            ));
            let at = crate::compose::model::Loc {
                file,
                span: map[i].0.span,
            };
            out.report_maybe_fix(at, message, help, fix.take());
        }
    }
}
