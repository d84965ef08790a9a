//! ExposeProtoCasing: the protocol in EXPOSE should be lowercase.

use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "ExposeProtoCasing",
        name: "expose-proto-casing",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text { en: "The protocol in EXPOSE should be lowercase", zh: "EXPOSE 中的协议名应为小写" }),
        why: doc(Text {
            en: "Protocols are tcp, udp and sctp; other spellings are normalized silently and read inconsistently.",
            zh: "协议名是 tcp、udp 和 sctp；其他写法会被悄悄转换，读起来也不统一。",
        }),
        fix: doc(Text { en: "Write EXPOSE 53/udp.", zh: "写成 EXPOSE 53/udp。" }),
        bad: doc_str("FROM alpine\nEXPOSE 53/UDP\n"),
        good: doc_str("FROM alpine\nEXPOSE 53/udp\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for w in cx.words(Keyword::Expose) {
        let Some((_, proto)) = w.value.split_once('/') else {
            continue;
        };
        if proto != proto.to_lowercase() {
            let v = &w.value;
            let fixed = v.to_lowercase();
            out.report(
                w.span,
                text!(
                    "defined protocol '{v}' in EXPOSE instruction should be lowercase",
                    "EXPOSE 中的协议 '{v}' 应写成小写"
                ),
                Some(text!("write {fixed}", "改写为 {fixed}")),
            );
        }
    }
}
