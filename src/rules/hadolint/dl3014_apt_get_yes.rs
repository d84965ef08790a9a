//! DL3014 `apt-get-yes`: Use the -y switch with apt-get install.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3014",
        name: "apt-get-yes",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use the -y switch with apt-get install", zh: "apt-get install 应使用 -y" }),
        why: doc(Text { en: "Without -y, apt-get waits for a confirmation that never comes and the build fails.", zh: "不加 -y 时 apt-get 会等待确认，而构建中没人回答，于是构建失败。" }),
        fix: doc(Text { en: "Write apt-get install -y ….", zh: "写成 apt-get install -y …。" }),
        differs: doc_opt(Some(Text { en: "Quiet level 2 in any spelling (-qq, -q -q, --quiet --quiet, --quiet=2) implies -y, as apt-get(8) says; hadolint only knows -qq.", zh: "任何写法的 2 级安静模式（-qq、-q -q、--quiet --quiet、--quiet=2）都隐含 -y，与 apt-get(8) 的说明一致；hadolint 只认 -qq。" })),
        bad: doc_str("FROM debian:12\nRUN apt-get install --no-install-recommends curl=7.88.1-10+deb12u8\n"),
        good: doc_str("FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if p.manager != Manager::Apt || !p.is(&["install"]) || c.name != "apt-get" {
            continue;
        }
        // Quiet level 2 (-qq, -q -q, --quiet --quiet, -q=2) implies -y.
        let quiet: usize = c
            .args
            .iter()
            .map(|a| match a.as_str() {
                "--quiet" => 1,
                "-q=2" | "--quiet=2" => 2,
                a if a.starts_with('-') && !a.starts_with("--") => a.matches('q').count(),
                _ => 0,
            })
            .sum();
        let yes = quiet >= 2
            || c.args.iter().any(|a| {
                matches!(a.as_str(), "-y" | "--yes" | "--assume-yes")
                    || (a.starts_with('-') && !a.starts_with("--") && a.contains('y'))
            });
        if !yes {
            out.report(
                c.name_span,
                text!(
                    "apt-get install without -y waits for a confirmation",
                    "apt-get install 没有 -y，会等待确认"
                ),
                Some(text!("add -y", "加上 -y")),
            );
        }
    }
}
