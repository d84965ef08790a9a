//! DC1012 `service-keys-order`: a service's keys not in the conventional order (dclint's
//! groups; off by default: a style preference).

use super::order::{collate, reorder_map_fix};
use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1012",
        name: "unordered-service-keys",
        severity: Severity::Style,
        origin: Origin::Dclint,
        aliases: &["service-keys-order", "order-service-properties"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A service's keys are not in the conventional order",
            zh: "服务的键没有按约定的顺序排列",
        }),
        why: doc(Text {
            en: "Key order changes nothing. A fixed order (what runs: image, build, container_name; then depends_on; data: volumes, volumes_from, configs, secrets; environment, env_file; network: ports, networks, network_mode, extra_hosts; runtime: command, entrypoint, working_dir, restart, healthcheck; logging, labels; user, isolation; then every other key alphabetically) lets a reader find a key in the same place in every service. Off by default.",
            zh: "键的顺序不影响任何行为。固定的顺序（运行什么：image、build、container_name；然后是 depends_on；数据：volumes、volumes_from、configs、secrets；environment、env_file；网络：ports、networks、network_mode、extra_hosts；运行方式：command、entrypoint、working_dir、restart、healthcheck；logging、labels；user、isolation；其余的键按字母顺序）让读者能在每个服务的同一位置找到同一个键。默认关闭。",
        }),
        fix: doc(Text {
            en: "Move the keys into that order.",
            zh: "把这些键调整为这个顺序。",
        }),
        differs: doc_opt(Some(Text {
            en: "dclint's options groups and groupOrder are honoured. A << merge key stays first. dclint reports some findings a line early (a flow collection such as ports: [\"80\"], or a comment between a key and its list) and does not see keys merged in with <<; dockplay points at the token itself.",
            zh: "支持 dclint 的选项 groups 和 groupOrder。<< 合并键保持在最前面。dclint 有时把报告位置提前一行（例如 ports: [\"80\"] 这样的流式集合，或者键与列表之间有注释时），也看不到用 << 合并进来的键；dockplay 指向具体的那个标记。",
        })),
        bad: doc_str("services:\n  web:\n    ports:\n      - \"80:80\"\n    image: nginx:1.27\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n"),
        example_config: Some("rules:\n  service-keys-order: 1\n"),
        fixable: true,
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

const GROUPS: &[(&str, &[&str])] = &[
    ("Core Definitions", &["image", "build", "container_name"]),
    ("Service Dependencies", &["depends_on"]),
    (
        "Data Management and Configuration",
        &["volumes", "volumes_from", "configs", "secrets"],
    ),
    ("Environment Configuration", &["environment", "env_file"]),
    (
        "Networking",
        &["ports", "networks", "network_mode", "extra_hosts"],
    ),
    (
        "Runtime Behavior",
        &[
            "command",
            "entrypoint",
            "working_dir",
            "restart",
            "healthcheck",
        ],
    ),
    ("Operational Metadata", &["logging", "labels"]),
    ("Security and Execution Context", &["user", "isolation"]),
    ("Other", &[]),
];

/// The known keys in order, from dclint's `groups` and `groupOrder` options over the defaults.
fn known(cx: &ComposeCtx) -> Vec<String> {
    let opts = cx.options(&RULE.code);
    let group = |name: &str| -> Vec<String> {
        opts.and_then(|o| o.get("groups"))
            .and_then(|g| g.get(name))
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_else(|| {
                GROUPS
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, keys)| keys.iter().map(|k| k.to_string()).collect())
                    .unwrap_or_default()
            })
    };
    let order: Vec<String> = opts
        .and_then(|o| o.get("groupOrder"))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_else(|| GROUPS.iter().map(|(n, _)| n.to_string()).collect());
    order.iter().flat_map(|g| group(g)).collect()
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    let known = known(cx);
    for s in cx.services() {
        let Some(map) = s.body.as_map() else { continue };
        let keys: Vec<&str> = map.iter().map(|(k, _)| k.as_str().unwrap_or("")).collect();
        let rank = |k: &str| -> (usize, usize) {
            match known.iter().position(|x| x == k) {
                _ if k == "<<" => (0, 0),
                Some(i) => (1, i),
                None => (2, 0),
            }
        };
        let order = crate::sort::indices(keys.len(), &|a, b| {
            rank(keys[a]).cmp(&rank(keys[b])).then_with(|| {
                if rank(keys[a]).0 == 2 {
                    collate(keys[a], keys[b])
                } else {
                    std::cmp::Ordering::Equal
                }
            })
        });
        let mut fix = reorder_map_fix(
            cx.text(s.file),
            map,
            &order,
            crate::text!("reorder the keys", "调整键的顺序"),
        );
        for i in 1..keys.len() {
            let (prev, key) = (keys[i - 1], keys[i]);
            let (rp, rk) = (rank(prev), rank(key));
            let out_of_order = rk < rp || (rk.0 == 2 && rp.0 == 2 && collate(key, prev).is_lt());
            if !out_of_order {
                continue;
            }
            let name = s.name;
            let message = crate::text!(
                "key \"{key}\" of service \"{name}\" should come before \"{prev}\"",
                "服务 \"{name}\" 的键 \"{key}\" 应该排在 \"{prev}\" 之前"
            );
            let help = Some(crate::text!(
                "order: image, build, container_name, depends_on, volumes, …, then other keys alphabetically",
                "顺序为：image、build、container_name、depends_on、volumes……，其余的键按字母顺序"
            ));
            let at = s.loc(map[i].0.span);
            out.report_maybe_fix(at, message, help, fix.take());
        }
    }
}
