//! DL3008 `apt-get-pin-versions`: Pin versions in apt-get install.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3008",
        name: "apt-get-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Pin versions in apt-get install", zh: "apt-get install 应固定软件包版本" }),
        why: doc(Text { en: "Unpinned packages change with every rebuild.", zh: "不固定版本时，每次重新构建装到的版本都可能不同。" }),
        fix: doc(Text { en: "Write package=version, e.g. curl=8.5.0-2.", zh: "写成 软件包=版本，例如 curl=8.5.0-2。" }),
        differs: doc_opt(Some(Text { en: "Only apt-get install is checked, as in hadolint (DL3027 already asks for apt-get instead of apt). A package written as $VAR that the same RUN sets earlier to plain words is judged by those words; one set elsewhere (an ARG, the base image) is not judged.", zh: "与 hadolint 一样只检查 apt-get install（DL3027 已经建议用 apt-get 代替 apt）。写成 $VAR 的包名，如果同一个 RUN 前面把它设成了普通的词，就按这些词判断；在别处设置的（ARG、基础镜像）不作判断。" })),
        bad: doc_str("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"),
        good: doc_str("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if p.manager != Manager::Apt || !p.is(&["install"]) || c.name != "apt-get" {
            continue;
        }
        for pkg in &p.packages {
            let n = &pkg.name;
            if n.contains('=') || n.ends_with(".deb") || n.contains('$') || n.contains('/') {
                continue;
            }
            out.report(
                pkg.span,
                text!(
                    "pin the version of \"{n}\": {n}=<version>",
                    "请固定 \"{n}\" 的版本：{n}=<版本>"
                ),
                None,
            );
        }
    }
}
