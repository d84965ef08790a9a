//! DL3060 `yarn-cache-clean`: Run yarn cache clean after yarn install.

use super::package_checks::needs_clean;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3060",
        name: "yarn-cache-clean",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Run yarn cache clean after yarn install",
            zh: "yarn install 之后应执行 yarn cache clean",
        }),
        why: doc(Text {
            en: "yarn's cache stays in the layer otherwise.",
            zh: "否则 yarn 的缓存会留在镜像层中。",
        }),
        fix: doc(Text {
            en: "Add && yarn cache clean to the same RUN.",
            zh: "在同一个 RUN 中加上 && yarn cache clean。",
        }),
        bad: doc_str("FROM node:22\nRUN yarn install --frozen-lockfile\n"),
        good: doc_str("FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    needs_clean(
        out,
        cx,
        &["yarn"],
        &["install"],
        &|c| c.name == "yarn" && c.args.iter().any(|a| a == "cache"),
        "/usr/local/share/.cache/yarn",
        "yarn cache clean is missing after yarn install",
        "yarn install 之后缺少 yarn cache clean",
    );
}
