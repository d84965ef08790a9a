//! DL3032 `yum-clean-all`: Run yum clean all after yum install.

use super::package_checks::needs_clean;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3032",
        name: "yum-clean-all",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Run yum clean all after yum install",
            zh: "yum install 之后应执行 yum clean all",
        }),
        why: doc(Text {
            en: "yum's cache stays in the layer otherwise.",
            zh: "否则 yum 的缓存会留在镜像层中。",
        }),
        fix: doc(Text {
            en: "Add && yum clean all to the same RUN.",
            zh: "在同一个 RUN 中加上 && yum clean all。",
        }),
        differs: doc_opt(Some(Text { en: "Only the RUNs of stages that reach the image are checked (a builder stage's cache is not in the image), a clean must come after the last install, rm -rf /var/cache/yum counts as a clean, and a cache or tmpfs mount on /var/cache/yum makes it unnecessary; groupinstall, reinstall and upgrade count as installs.", zh: "只检查能进入最终镜像的阶段中的 RUN（构建阶段的缓存不在镜像里）；清理必须在最后一次安装之后；rm -rf /var/cache/yum 也算清理；/var/cache/yum 上有缓存挂载或 tmpfs 挂载时不需要清理；groupinstall、reinstall 和 upgrade 也算安装。" })),
        bad: doc_str("FROM rockylinux:9\nRUN yum install -y httpd-2.4.62\n"),
        good: doc_str("FROM rockylinux:9\nRUN yum install -y httpd-2.4.62 && yum clean all\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    needs_clean(
        out,
        cx,
        &["yum"],
        &[
            "install",
            "groupinstall",
            "localinstall",
            "reinstall",
            "upgrade",
        ],
        &|c| c.name == "yum" && c.args.iter().any(|a| a == "clean"),
        "/var/cache/yum",
        "yum clean all is missing after yum install",
        "yum install 之后缺少 yum clean all",
    );
}
