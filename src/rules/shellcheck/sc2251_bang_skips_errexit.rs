//! SC2251 `bang-skips-errexit`: This ! is not on a condition and skips errexit.

use super::scripts;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2251",
        name: "bang-skips-errexit",
        severity: Severity::Info,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "This ! is not on a condition and skips errexit", zh: "这个 ! 不在条件中，会绕过 errexit" }),
        why: doc(Text { en: "set -e does not stop on a negated command: ! grep -q x file; goes on whether grep matches or not, so the check the line meant to make never fails the build.", zh: "set -e 不会因为被 ! 取反的命令而中止：! grep -q x file; 无论 grep 是否匹配都会继续执行，这一行本想做的检查永远不会让构建失败。" }),
        fix: doc(Text { en: "Write the check as a condition: ! grep -q x file || exit 1, or if grep -q x file; then exit 1; fi.", zh: "把检查写成条件：! grep -q x file || exit 1，或者 if grep -q x file; then exit 1; fi。" }),
        bad: doc_str("FROM debian:12\nRUN set -e; \\\n    sed -i '/^deb-src/d' /etc/apt/sources.list; \\\n    ! grep -q '^deb-src' /etc/apt/sources.list; \\\n    apt-get update\n"),
        good: doc_str("FROM debian:12\nRUN set -e; \\\n    sed -i '/^deb-src/d' /etc/apt/sources.list; \\\n    ! grep -q '^deb-src' /etc/apt/sources.list || exit 1; \\\n    apt-get update\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        for b in &script.facts.bangs {
            if !(b.standalone && b.errexit && b.followed) {
                continue;
            }
            out.report(
                b.span,
                text!(
                    "this negated command does not stop the build when it fails: set -e ignores commands after !",
                    "这个取反的命令失败时不会中止构建：set -e 会忽略 ! 后面的命令"
                ),
                Some(text!("add || exit 1 after it", "在后面加上 || exit 1")),
            );
        }
    }
}
