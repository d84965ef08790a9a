//! DL3036 `zypper-clean`: Run zypper clean after zypper use.

use super::package_checks::needs_clean;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3036",
        name: "zypper-clean",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Run zypper clean after zypper use",
            zh: "使用 zypper 后应执行 zypper clean",
        }),
        why: doc(Text {
            en: "zypper's cache stays in the layer otherwise.",
            zh: "否则 zypper 的缓存会留在镜像层中。",
        }),
        fix: doc(Text {
            en: "Add && zypper clean to the same RUN.",
            zh: "在同一个 RUN 中加上 && zypper clean。",
        }),
        differs: doc_opt(Some(Text { en: "A clean must come after the last install, rm -rf /var/cache/zypp counts as one, and only stages that reach the image are checked.", zh: "清理必须在最后一次安装之后；rm -rf /var/cache/zypp 也算清理；只检查能进入最终镜像的阶段。" })),
        bad: doc_str("FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0\n"),
        good: doc_str(
            "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
        ),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    needs_clean(
        out,
        cx,
        &["zypper"],
        &["install", "in"],
        &|c| c.name == "zypper" && c.args.iter().any(|a| a == "clean" || a == "cc"),
        "/var/cache/zypp",
        "zypper clean is missing after zypper install",
        "zypper install 之后缺少 zypper clean",
    );
}
