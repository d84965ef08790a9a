//! DL3019 `apk-no-cache`: Use apk add --no-cache.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3019",
        name: "apk-no-cache",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Use apk add --no-cache",
            zh: "apk add 应使用 --no-cache",
        }),
        why: doc(Text {
            en: "Without it the package index stays in /var/cache/apk inside the layer.",
            zh: "不加时，软件包索引会留在镜像层的 /var/cache/apk 中。",
        }),
        fix: doc(Text {
            en: "Write apk add --no-cache ….",
            zh: "写成 apk add --no-cache …。",
        }),
        differs: doc_opt(Some(Text { en: "Not reported when /var/cache/apk or /etc/apk/cache is a cache mount (apk keeps its packages and indexes there, see apk-cache(5)).", zh: "当 /var/cache/apk 或 /etc/apk/cache 是缓存挂载时不报告（apk 会把软件包和索引放在那里，见 apk-cache(5)）。" })),
        bad: doc_str("FROM alpine:3.22\nRUN apk add curl=8.14.1-r1\n"),
        good: doc_str("FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r1\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else {
            continue;
        };
        if crate::rules::shared::mount_covers(mounts, "/var/cache/apk")
            || crate::rules::shared::mount_covers(mounts, "/etc/apk/cache")
        {
            continue;
        }
        let Some(script) = cx.script(ins) else {
            continue;
        };
        for p in cx.packages(ins) {
            let c = &script.commands[p.command];
            if p.manager == Manager::Apk
                && p.is(&["add"])
                && !c.args.iter().any(|a| a == "--no-cache")
            {
                out.report(
                    c.name_span,
                    text!(
                        "apk add without --no-cache leaves the index in the image",
                        "apk add 没有 --no-cache，索引会留在镜像中"
                    ),
                    None,
                );
            }
        }
    }
}
