//! DL3064 `sensitive-arg-env`: Potentially sensitive data in ARG or ENV.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3064",
        name: "sensitive-arg-env",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        aliases: &["SecretsUsedInArgOrEnv"],
        summary: doc(Text { en: "Potentially sensitive data in ARG or ENV", zh: "ARG 或 ENV 中可能包含敏感数据" }),
        why: doc(Text { en: "ARG and ENV values are visible in the image history and configuration.", zh: "ARG 和 ENV 的值可以在镜像历史和配置中看到。" }),
        fix: doc(Text { en: "Use RUN --mount=type=secret for secrets.", zh: "用 RUN --mount=type=secret 传递密钥。" }),
        differs: doc_opt(Some(Text { en: "Same as hadolint: a fixed list of well-known names, or a name containing api_key, client_key, password, private, secret, token or username.", zh: "与 hadolint 一致：匹配一组常见名称，或名称中包含 api_key、client_key、password、private、secret、token、username。" })),
        bad: doc_str("FROM alpine:3.22\nENV DB_PASSWORD=changeme\n"),
        good: doc_str("FROM alpine:3.22\nENV DB_HOST=db\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn hadolint_sensitive(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "AZURE_CLIENT_SECRET",
        "GITHUB_TOKEN",
        "GH_TOKEN",
        "GITLAB_TOKEN",
        "NPM_TOKEN",
        "DOCKER_PASSWORD",
        "POSTGRES_PASSWORD",
        "MYSQL_ROOT_PASSWORD",
        "MYSQL_PASSWORD",
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "SLACK_TOKEN",
        "STRIPE_SECRET_KEY",
        "GOOGLE_APPLICATION_CREDENTIALS",
    ];
    let lower = name.to_lowercase();
    NAMES.contains(&name)
        || [
            "api_key",
            "client_key",
            "password",
            "private",
            "secret",
            "token",
            "username",
        ]
        .iter()
        .any(|s| lower.contains(s))
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let names = crate::rules::shared::arg_env_names(ins);
        let kw = ins.keyword_str();
        for (n, span) in names.into_iter().filter(|(n, _)| hadolint_sensitive(n)) {
            out.report(
                span,
                text!(
                    "{kw} \"{n}\" may hold sensitive data, which stays in the image",
                    "{kw} \"{n}\" 可能包含敏感数据，它会留在镜像中"
                ),
                None,
            );
        }
    }
}
