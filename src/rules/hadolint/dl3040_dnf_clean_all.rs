//! DL3040 `dnf-clean-all`: Run dnf clean all after dnf install.

use super::package_checks::needs_clean;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3040",
        name: "dnf-clean-all",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Run dnf clean all after dnf install",
            zh: "dnf install 之后应执行 dnf clean all",
        }),
        why: doc(Text {
            en: "dnf's cache stays in the layer otherwise.",
            zh: "否则 dnf 的缓存会留在镜像层中。",
        }),
        fix: doc(Text {
            en: "Add && dnf clean all to the same RUN.",
            zh: "在同一个 RUN 中加上 && dnf clean all。",
        }),
        differs: doc_opt(Some(Text { en: "As DL3032 for dnf: only stages that reach the image, a clean after the last install, rm -rf /var/cache/dnf counts (yum's directory does not), cache and tmpfs mounts on /var/cache/dnf count; upgrade, upgrade-minimal, reinstall and the aliases count as installs.", zh: "与 DL3032 相同，针对 dnf：只检查能进入最终镜像的阶段；清理必须在最后一次安装之后；rm -rf /var/cache/dnf 算清理（yum 的目录不算）；/var/cache/dnf 上的缓存挂载和 tmpfs 挂载也算；upgrade、upgrade-minimal、reinstall 及其别名都算安装。" })),
        bad: doc_str("FROM fedora:41\nRUN dnf install -y httpd-2.4.62\n"),
        good: doc_str("FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    needs_clean(
        out,
        cx,
        &["dnf", "microdnf"],
        &[
            "install",
            "groupinstall",
            "localinstall",
            "reinstall",
            "upgrade",
            "upgrade-minimal",
        ],
        &|c| matches!(c.name.as_str(), "dnf" | "microdnf") && c.args.iter().any(|a| a == "clean"),
        "/var/cache/dnf",
        "dnf clean all is missing after dnf install",
        "dnf install 之后缺少 dnf clean all",
    );
}
