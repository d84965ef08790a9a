//! DL3015 `apt-get-no-install-recommends`: Avoid extra packages with --no-install-recommends.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3015",
        name: "apt-get-no-install-recommends",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Avoid extra packages with --no-install-recommends", zh: "用 --no-install-recommends 避免安装多余的软件包" }),
        why: doc(Text { en: "apt-get installs recommended packages by default, which can double the image size.", zh: "apt-get 默认会安装推荐的软件包，可能使镜像体积翻倍。" }),
        fix: doc(Text { en: "Add --no-install-recommends.", zh: "加上 --no-install-recommends。" }),
        differs: doc_opt(Some(Text { en: "-o APT::Install-Recommends=0 (or false) counts like --no-install-recommends; hadolint only accepts false.", zh: "-o APT::Install-Recommends=0（或 false）与 --no-install-recommends 等效；hadolint 只接受 false。" })),
        bad: doc_str("FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8\n"),
        good: doc_str("FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n"),
        fixable: true,
        unsafe_fix: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if p.manager != Manager::Apt || !p.is(&["install"]) || c.name != "apt-get" {
            continue;
        }
        let ok = c.args.iter().any(|a| {
            a == "--no-install-recommends"
                || a.contains("Install-Recommends=false")
                || a.contains("Install-Recommends=0")
        });
        if !ok {
            let message = text!(
                "apt-get install without --no-install-recommends",
                "apt-get install 没有加 --no-install-recommends"
            );
            // Insert the flag right after the `install` word, when it is written plainly.
            let install = c
                .args
                .iter()
                .zip(&c.arg_spans)
                .find(|(a, s)| *a == "install" && cx.src.get(s.start..s.end) == Some("install"))
                .map(|(_, s)| *s);
            match install {
                Some(s) => out.report_fix(
                    c.name_span,
                    message,
                    None,
                    crate::diagnostic::Fix::replace(
                        text!(
                            "add --no-install-recommends",
                            "加上 --no-install-recommends"
                        ),
                        crate::text::Span::new(s.end, s.end),
                        " --no-install-recommends",
                    ),
                ),
                None => out.report(c.name_span, message, None),
            }
        }
    }
}
