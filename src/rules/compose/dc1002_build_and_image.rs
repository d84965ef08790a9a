//! DC1002 `build-and-image`: a service with both `build` and `image` and no `pull_policy`.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1002",
        name: "build-and-image",
        severity: Severity::Warning,
        origin: Origin::Dclint,
        aliases: &["no-build-and-image"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A service has both build and image but no pull_policy",
            zh: "服务同时写了 build 和 image，却没有 pull_policy",
        }),
        why: doc(Text {
            en: "With both keys, image names the image Compose builds. Without pull_policy, `docker compose up` first looks for that image, and pulls it when a registry has one by that name, so a teammate can end up running someone else's image instead of your Dockerfile. pull_policy: build (always build) or missing says which one you mean.",
            zh: "两个键同时存在时，image 指定的是 Compose 构建出的镜像名。没有 pull_policy 时，`docker compose up` 会先找这个镜像，如果镜像仓库里有同名镜像就会拉取它，于是同事运行的可能是别人推送的同名镜像，而不是用你的 Dockerfile 构建出来的镜像。写上 pull_policy: build（总是构建）或 missing 就表明了你的意图。",
        }),
        fix: doc(Text {
            en: "Keep only build (or only image), or add pull_policy: build.",
            zh: "只保留 build（或只保留 image），或者加上 pull_policy: build。",
        }),
        differs: doc_opt(Some(Text {
            en: "A warning rather than dclint's error: Compose accepts the file. The option checkPullPolicy (default true) is honoured.",
            zh: "级别为警告，而 dclint 报告为错误：Compose 能接受这样的文件。支持 dclint 的选项 checkPullPolicy（默认 true）。",
        })),
        bad: doc_str("services:\n  web:\n    build: .\n    image: myorg/web:1.0\n"),
        good: doc_str("services:\n  web:\n    build: .\n    image: myorg/web:1.0\n    pull_policy: build\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    let check_pull = cx
        .options(&RULE.code)
        .and_then(|o| o.get("checkPullPolicy"))
        .and_then(|v| v.as_bool())
        .unwrap_or(true);
    for s in cx.services() {
        let (Some((build_key, _)), Some(_)) = (s.body.entry("build"), s.body.get("image")) else {
            continue;
        };
        if check_pull && s.body.get("pull_policy").is_some() {
            continue;
        }
        let name = s.name;
        out.report_at(
            s.loc(build_key.span),
            crate::text!(
                "service \"{name}\" has both build and image: without pull_policy, Compose may pull an image of that name instead of building",
                "服务 \"{name}\" 同时有 build 和 image：没有 pull_policy 时，Compose 可能拉取同名镜像而不是自己构建"
            ),
            Some(crate::text!(
                "add pull_policy: build, or keep only one of the two",
                "加上 pull_policy: build，或者两者只保留一个"
            )),
        );
    }
}
