//! SecretsUsedInArgOrEnv: ARG or ENV names that look like secrets.

use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SecretsUsedInArgOrEnv",
        name: "secrets-used-in-arg-or-env",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "Do not pass secrets with ARG or ENV",
            zh: "不要用 ARG 或 ENV 传递密钥等敏感信息",
        }),
        why: doc(Text {
            en: "ARG and ENV values are stored in the image history and config; anyone who pulls the image can read them.",
            zh: "ARG 和 ENV 的值会保存在镜像的历史和配置中，任何拉取镜像的人都能看到。",
        }),
        fix: doc(Text {
            en: "Mount the secret for the one RUN that needs it: RUN --mount=type=secret,id=token …, and pass it with docker build --secret.",
            zh: "只在需要它的 RUN 中挂载：RUN --mount=type=secret,id=token …，构建时用 docker build --secret 传入。",
        }),
        differs: doc_opt(Some(Text {
            en: "Matches BuildKit: a whole \"_\"-separated word among apikey, auth, credential(s), key, password, pword, passwd, secret, token, unless public, file or version also appears.",
            zh: "与 BuildKit 一致：按 \"_\" 分隔的完整单词匹配 apikey、auth、credential(s)、key、password、pword、passwd、secret、token；若同时含有 public、file 或 version 则不报告。",
        })),
        bad: doc_str("FROM alpine\nARG GITHUB_TOKEN\n"),
        good: doc_str("FROM alpine\nARG GITHUB_TOKEN_FILE\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// BuildKit's deny and allow lists, matched as whole `_`-separated words, case-insensitive.
pub(crate) fn looks_secret(name: &str) -> bool {
    const DENY: &[&str] = &[
        "apikey",
        "auth",
        "credential",
        "credentials",
        "key",
        "password",
        "pword",
        "passwd",
        "secret",
        "token",
    ];
    const ALLOW: &[&str] = &["public", "file", "version"];
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split('_').collect();
    words.iter().any(|w| DENY.contains(w)) && !words.iter().any(|w| ALLOW.contains(w))
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let names = crate::rules::shared::arg_env_names(ins);
        let kw = ins.keyword_str();
        for (name, span) in names {
            if looks_secret(name) {
                out.report(
                    span,
                    text!(
                        "do not use ARG or ENV instructions for sensitive data ({kw} \"{name}\"): the value stays in the image",
                        "不要用 ARG 或 ENV 传递敏感信息（{kw} \"{name}\"）：它的值会留在镜像中"
                    ),
                    Some(text!(
                        "use a build secret: RUN --mount=type=secret,id={name} …",
                        "改用构建密钥：RUN --mount=type=secret,id={name} …"
                    )),
                );
            }
        }
    }
}
