//! DC1008 `unquoted-port`: a `ports` or `expose` item written as a plain YAML scalar.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::{Node, Style, Value};

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1008",
        name: "unquoted-port",
        severity: Severity::Warning,
        origin: Origin::Dclint,
        aliases: &["require-quotes-in-ports"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A port mapping is not quoted",
            zh: "端口映射没有加引号",
        }),
        why: doc(Text {
            en: "YAML 1.1 reads digits:digits with a right-hand part under 60 as a base-60 number: 22:22 is the integer 1342, not a mapping of port 22. Docker Compose's own parser reads it right, but other tools in the chain (older Compose, CI linters, templating) may not, and 80 without quotes is a number where a string is meant. The Compose documentation recommends always quoting port mappings.",
            zh: "YAML 1.1 会把“数字:数字”且右边小于 60 的写法当作六十进制数：22:22 是整数 1342，而不是 22 端口的映射。Docker Compose 自己的解析器能正确读取，但工具链中的其他工具（旧版 Compose、CI 中的检查工具、模板工具）未必如此；不加引号的 80 是数字，而这里需要的是字符串。Compose 文档建议端口映射总是加上引号。",
        }),
        fix: doc(Text {
            en: "Quote it: \"8000:5000\".",
            zh: "加上引号：\"8000:5000\"。",
        }),
        differs: doc_opt(Some(Text {
            en: "dclint's options quoteType (single or double, default single) and portsSections (default ports and expose) are honoured, but quotes of the other kind are reported only when the configuration sets quoteType (dclint reports \"80:80\" by default, asking for single quotes). The message says when the value is one YAML 1.1 reads as a base-60 number. dclint reports some findings a line early (a flow collection such as ports: [\"80\"], or a comment between a key and its list) and does not see keys merged in with <<; dockplay points at the token itself.",
            zh: "支持 dclint 的选项 quoteType（single 或 double，默认 single）和 portsSections（默认 ports 和 expose），但只有在配置中设置了 quoteType 时才报告另一种引号（dclint 默认要求单引号，会报告 \"80:80\"）。当这个值会被 YAML 1.1 读成六十进制数时，消息会特别说明。dclint 有时把报告位置提前一行（例如 ports: [\"80\"] 这样的流式集合，或者键与列表之间有注释时），也看不到用 << 合并进来的键；dockplay 指向具体的那个标记。",
        })),
        bad: doc_str("services:\n  web:\n    image: myapp:1.0\n    ports:\n      - 8000:5000\n"),
        good: doc_str("services:\n  web:\n    image: myapp:1.0\n    ports:\n      - '8000:5000'\n"),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// The integer YAML 1.1 reads a plain `a:b[:c…]` as (every part after the first below 60).
fn sexagesimal(s: &str) -> Option<u64> {
    let mut parts = s.split(':');
    let first: u64 = parts.next()?.parse().ok()?;
    let mut n = first;
    let mut any = false;
    for p in parts {
        if p.is_empty() || p.len() > 2 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let d: u64 = p.parse().ok()?;
        if d >= 60 {
            return None;
        }
        n = n.checked_mul(60)?.checked_add(d)?;
        any = true;
    }
    any.then_some(n)
}

fn sections(cx: &ComposeCtx) -> Vec<String> {
    cx.options(&RULE.code)
        .and_then(|o| o.get("portsSections"))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_else(|| vec!["ports".into(), "expose".into()])
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    // Quotes of the other kind are reported only when the configuration asks for one kind.
    let asked = cx.option_str(&RULE.code, "quoteType");
    let quote = match asked {
        Some("double") => '"',
        _ => '\'',
    };
    let sections = sections(cx);
    for s in cx.services() {
        for section in &sections {
            let Some(items) = s.body.get(section).and_then(Node::as_seq) else {
                continue;
            };
            for item in items {
                let Value::Scalar(v, style) = &item.value else {
                    continue;
                };
                let raw = cx.raw(s.file, item);
                if v.is_empty() || v.contains(['\'', '"', '\\']) {
                    continue;
                }
                if *style == Style::Quoted {
                    let other = raw.len() == v.len() + 2
                        && !raw.starts_with(quote)
                        && !raw.starts_with(['|', '>']);
                    if asked.is_some() && other {
                        out.report_fix_at(
                            s.loc(item.span),
                            crate::text!(
                                "port {raw} is not in {quote} quotes, as the configuration asks",
                                "端口 {raw} 没有按配置的要求使用 {quote} 引号"
                            ),
                            Some(crate::text!(
                                "write {quote}{v}{quote}",
                                "写成 {quote}{v}{quote}"
                            )),
                            Fix::replace(
                                crate::text!("change the quotes", "更换引号"),
                                item.span,
                                format!("{quote}{v}{quote}"),
                            ),
                        );
                    }
                    continue;
                }
                if raw != v {
                    continue;
                }
                let message = match sexagesimal(v) {
                    Some(n) => crate::text!(
                        "{v} is not quoted: YAML 1.1 reads it as the base-60 number {n}, not a port mapping",
                        "{v} 没有加引号：YAML 1.1 会把它读成六十进制数 {n}，而不是端口映射"
                    ),
                    None => crate::text!(
                        "port {v} in {section} is not quoted",
                        "{section} 中的端口 {v} 没有加引号"
                    ),
                };
                out.report_fix_at(
                    s.loc(item.span),
                    message,
                    Some(crate::text!(
                        "write {quote}{v}{quote}",
                        "写成 {quote}{v}{quote}"
                    )),
                    Fix::replace(
                        crate::text!("quote the port", "给端口加上引号"),
                        item.span,
                        format!("{quote}{v}{quote}"),
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn base_60() {
        assert_eq!(super::sexagesimal("22:22"), Some(1342));
        assert_eq!(super::sexagesimal("5000:5000"), None);
        assert_eq!(super::sexagesimal("80"), None);
        assert_eq!(super::sexagesimal("1:2:3"), Some(3723));
    }
}
