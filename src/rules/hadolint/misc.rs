//! hadolint rules about WORKDIR, USER, ENV, LABEL, CMD/ENTRYPOINT/HEALTHCHECK and MAINTAINER.

use super::{meta, t};
use crate::diagnostic::Severity::*;
use crate::dockerfile::model::Instr;
use crate::dockerfile::syntax::Form;
use crate::dockerfile::Keyword;
use crate::rules::{Ctx, Out, Rule};
use crate::text;

pub static DL3000: Rule = Rule {
    meta: meta(
        "DL3000",
        "absolute-workdir",
        Error,
        &["WorkdirRelativePath"],
        t("Use an absolute WORKDIR", "WORKDIR 应使用绝对路径"),
        t(
            "A relative WORKDIR is resolved against whatever the previous working directory was, which the base image decides.",
            "相对路径的 WORKDIR 是相对于之前的工作目录解析的，而那由基础镜像决定。",
        ),
        t("Write the full path: WORKDIR /app.", "写完整路径：WORKDIR /app。"),
        None,
        "FROM python:3.12-slim\nWORKDIR app\n",
        "FROM python:3.12-slim\nWORKDIR /app\n",
    ),
    check: dl3000,
};

fn dl3000(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::Workdir(v) = &ins.kind else {
            continue;
        };
        let raw = cx.node(ins).rest();
        if crate::rules::is_absolute_path(&v.value)
            || raw.starts_with('$')
            || raw.starts_with("\"/")
        {
            continue;
        }
        let p = &v.value;
        out.report(
            v.span,
            text!(
                "WORKDIR \"{p}\" is not an absolute path",
                "WORKDIR \"{p}\" 不是绝对路径"
            ),
            Some(text!("write WORKDIR /{p}", "改写为 WORKDIR /{p}")),
        );
    }
}

pub static DL3002: Rule = Rule {
    meta: meta(
        "DL3002",
        "last-user-root",
        Warning,
        &[],
        t("The last USER should not be root", "最后一个 USER 不应是 root"),
        t(
            "Switching to root at the end means the container's main process runs with full privileges.",
            "最后切换到 root，意味着容器的主进程拥有全部权限。",
        ),
        t("End with USER set to an unprivileged user.", "最后用 USER 切换到普通用户。"),
        Some(t(
            "USER $NAME is judged on the ARG's value (USER $IMAGE_USER with ARG IMAGE_USER=root is root); hadolint does not expand it.",
            "USER $NAME 会按 ARG 的值判断（ARG IMAGE_USER=root 时 USER $IMAGE_USER 就是 root）；hadolint 不展开变量。",
        )),
        "FROM alpine:3.22\nUSER root\n",
        "FROM alpine:3.22\nUSER nobody\n",
    ),
    check: dl3002,
};

fn dl3002(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    let Some(last) = m.stages.last() else { return };
    let mut user = None;
    for s in m.stage_chain(last.index).into_iter().rev() {
        for (ins, _) in cx.stage_instructions(&m.stages[s]) {
            if let Instr::User(v) = &ins.kind {
                user = Some(v);
            }
        }
    }
    if let Some(v) = user {
        let name = v.value.split(':').next().unwrap_or("");
        if name == "root" || name == "0" {
            let u = &v.value;
            out.report(
                v.span,
                text!(
                    "the last USER is \"{u}\": the container runs as root",
                    "最后一个 USER 是 \"{u}\"：容器会以 root 身份运行"
                ),
                Some(text!(
                    "switch to an unprivileged user at the end",
                    "在最后切换到普通用户"
                )),
            );
        }
    }
}

/// hadolint's rules about one instruction kept once per stage (the later ones are reported).
fn multiple(cx: &Ctx, out: &mut Out, kw: Keyword) {
    for stage in &cx.model.stages {
        let all: Vec<_> = cx
            .stage_instructions(stage)
            .filter(|(i, _)| i.is(kw))
            .collect();
        for (_, node) in all.iter().skip(1) {
            let first = all[0].1.start_line;
            out.report(
                node.keyword.span,
                text!(
                    "multiple {kw} instructions in one stage (the first is on line {first}); only the last one takes effect",
                    "同一阶段中有多个 {kw}（第一个在第 {first} 行），只有最后一个生效"
                ),
                None,
            );
        }
    }
}

pub static DL3012: Rule = Rule {
    meta: meta(
        "DL3012",
        "multiple-healthcheck",
        Error,
        &["MultipleInstructionsDisallowed"],
        t(
            "Only one HEALTHCHECK per stage",
            "每个阶段只能有一个 HEALTHCHECK",
        ),
        t(
            "Each HEALTHCHECK replaces the previous one.",
            "后一个 HEALTHCHECK 会覆盖前一个。",
        ),
        t("Keep one HEALTHCHECK.", "只保留一个 HEALTHCHECK。"),
        None,
        "FROM nginx:1.27\nHEALTHCHECK CMD [\"true\"]\nHEALTHCHECK CMD [\"false\"]\n",
        "FROM nginx:1.27\nHEALTHCHECK CMD [\"true\"]\n",
    ),
    check: |cx, out| multiple(cx, out, Keyword::Healthcheck),
};

pub static DL4003: Rule = Rule {
    meta: meta(
        "DL4003",
        "multiple-cmd",
        Warning,
        &["MultipleInstructionsDisallowed"],
        t("Only the last CMD takes effect", "只有最后一个 CMD 生效"),
        t(
            "Each CMD replaces the previous one.",
            "后一个 CMD 会覆盖前一个。",
        ),
        t("Keep one CMD.", "只保留一个 CMD。"),
        None,
        "FROM python:3.12-slim\nCMD [\"python\", \"a.py\"]\nCMD [\"python\", \"b.py\"]\n",
        "FROM python:3.12-slim\nCMD [\"python\", \"b.py\"]\n",
    ),
    check: |cx, out| multiple(cx, out, Keyword::Cmd),
};

pub static DL4004: Rule = Rule {
    meta: meta(
        "DL4004",
        "multiple-entrypoint",
        Error,
        &["MultipleInstructionsDisallowed"],
        t(
            "Only the last ENTRYPOINT takes effect",
            "只有最后一个 ENTRYPOINT 生效",
        ),
        t(
            "Each ENTRYPOINT replaces the previous one.",
            "后一个 ENTRYPOINT 会覆盖前一个。",
        ),
        t("Keep one ENTRYPOINT.", "只保留一个 ENTRYPOINT。"),
        None,
        "FROM python:3.12-slim\nENTRYPOINT [\"python\"]\nENTRYPOINT [\"python3\"]\n",
        "FROM python:3.12-slim\nENTRYPOINT [\"python3\"]\n",
    ),
    check: |cx, out| multiple(cx, out, Keyword::Entrypoint),
};

pub static DL3025: Rule = Rule {
    meta: meta(
        "DL3025",
        "json-notation-cmd-entrypoint",
        Warning,
        &["JSONArgsRecommended"],
        t("Use JSON notation for CMD and ENTRYPOINT", "CMD 和 ENTRYPOINT 应使用 JSON 数组写法"),
        t(
            "In shell form the program runs under /bin/sh -c and never receives SIGTERM from docker stop.",
            "shell 形式下程序运行在 /bin/sh -c 之下，收不到 docker stop 发出的 SIGTERM。",
        ),
        t("Write CMD [\"executable\", \"arg\"].", "写成 CMD [\"可执行文件\", \"参数\"]。"),
        None,
        "FROM python:3.12-slim\nCMD python app.py\n",
        "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n",
    ),
    check: dl3025,
};

fn dl3025(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if matches!(ins.keyword(), Some(Keyword::Cmd | Keyword::Entrypoint))
            && node.form == Form::Shell
        {
            let kw = ins.keyword_str();
            out.report(
                node.rest_span,
                text!(
                    "use JSON notation for {kw} arguments",
                    "{kw} 的参数应使用 JSON 数组写法"
                ),
                None,
            );
        }
    }
}

pub static DL3044: Rule = Rule {
    meta: meta(
        "DL3044",
        "env-self-reference",
        Error,
        &[],
        t(
            "Do not refer to a variable in the same ENV statement that defines it",
            "不要在定义变量的同一条 ENV 中引用它",
        ),
        t(
            "All values of one ENV are expanded before any of them is set: ENV A=1 B=$A sets B to the old A (usually empty).",
            "同一条 ENV 中的所有值都在设置之前展开：ENV A=1 B=$A 中 B 得到的是旧的 A（通常为空）。",
        ),
        t("Split it into two ENV instructions.", "拆成两条 ENV 指令。"),
        None,
        "FROM alpine:3.22\nENV APP=/app LOGS=$APP/logs\n",
        "FROM alpine:3.22\nENV APP=/app\nENV LOGS=$APP/logs\n",
    ),
    check: dl3044,
};

/// Whether `value` refers to variable `name` (`$name` or `${name…}`).
pub(crate) fn refers_to(value: &str, name: &str) -> bool {
    let mut rest = value;
    while let Some(i) = rest.find('$') {
        let after = &rest[i + 1..];
        let body = after.strip_prefix('{').unwrap_or(after);
        if let Some(tail) = body.strip_prefix(name) {
            if !tail.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
                return true;
            }
        }
        rest = after;
    }
    false
}

fn dl3044(cx: &Ctx, out: &mut Out) {
    for stage in &cx.model.stages {
        let mut defined: Vec<String> = Vec::new();
        for (ins, _) in cx.stage_instructions(stage) {
            match &ins.kind {
                Instr::Env(kvs) => {
                    for (i, kv) in kvs.iter().enumerate() {
                        if let Some(earlier) = kvs[..i].iter().find(|e| {
                            !defined.contains(&e.key.value)
                                && refers_to(&kv.value.value, &e.key.value)
                        }) {
                            let k = &earlier.key.value;
                            out.report(
                                kv.value.span,
                                text!(
                                    "\"{k}\" is defined in this same ENV, so ${k} here still has its old value",
                                    "\"{k}\" 是在同一条 ENV 中定义的，这里的 ${k} 仍是旧值"
                                ),
                                Some(text!("move this variable to a separate ENV line", "把这个变量移到单独的一条 ENV 中")),
                            );
                        }
                    }
                    defined.extend(kvs.iter().map(|kv| kv.key.value.clone()));
                }
                Instr::Arg(defs) => defined.extend(defs.iter().map(|d| d.name.value.clone())),
                _ => {}
            }
        }
    }
}

pub static DL3048: Rule = Rule {
    meta: meta(
        "DL3048",
        "invalid-label-key",
        Style,
        &[],
        t("Invalid label key", "标签键不合规范"),
        t(
            "Label keys should be lowercase reverse-DNS names (letters, digits, dots, dashes), and the com.docker.*, io.docker.* and org.dockerproject.* prefixes are reserved.",
            "标签键应是小写的反向域名形式（字母、数字、点和连字符），且 com.docker.*、io.docker.*、org.dockerproject.* 前缀为保留前缀。",
        ),
        t("Use keys like org.opencontainers.image.title.", "使用类似 org.opencontainers.image.title 的键。"),
        None,
        "FROM alpine:3.22\nLABEL com.docker.version=1\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.version=1\n",
    ),
    check: dl3048,
};

pub(crate) fn valid_label_key(k: &str) -> bool {
    let reserved = ["com.docker.", "io.docker.", "org.dockerproject."];
    if reserved.iter().any(|r| k.starts_with(r)) {
        return false;
    }
    if k.is_empty()
        || !k.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !k.ends_with(|c: char| c.is_ascii_alphanumeric())
    {
        return false;
    }
    !k.contains("..")
        && !k.contains("--")
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

fn dl3048(cx: &Ctx, out: &mut Out) {
    for kv in cx.pairs(Keyword::Label) {
        let k = kv.key.value.trim_matches('"');
        if k.contains('$') || valid_label_key(k) {
            continue;
        }
        out.report(
            kv.key.span,
            text!("invalid label key \"{k}\"", "标签键 \"{k}\" 不合规范"),
            None,
        );
    }
}

pub static DL3064: Rule = Rule {
    meta: meta(
        "DL3064",
        "sensitive-arg-env",
        Warning,
        &["SecretsUsedInArgOrEnv"],
        t("Potentially sensitive data in ARG or ENV", "ARG 或 ENV 中可能包含敏感数据"),
        t(
            "ARG and ENV values are visible in the image history and configuration.",
            "ARG 和 ENV 的值可以在镜像历史和配置中看到。",
        ),
        t("Use RUN --mount=type=secret for secrets.", "用 RUN --mount=type=secret 传递密钥。"),
        Some(t(
            "Same as hadolint: a fixed list of well-known names, or a name containing api_key, client_key, password, private, secret, token or username.",
            "与 hadolint 一致：匹配一组常见名称，或名称中包含 api_key、client_key、password、private、secret、token、username。",
        )),
        "FROM alpine:3.22\nENV DB_PASSWORD=changeme\n",
        "FROM alpine:3.22\nENV DB_HOST=db\n",
    ),
    check: dl3064,
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

fn dl3064(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let names = crate::rules::arg_env_names(ins);
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

pub static DL3066: Rule = Rule {
    meta: meta(
        "DL3066",
        "non-numeric-user",
        Info,
        &[],
        t("Non-numeric user ID may not be resolvable by the host", "非数字的用户 ID 在宿主机上可能无法解析"),
        t(
            "Kubernetes runAsNonRoot and some runtimes need a numeric UID to prove the user is not root.",
            "Kubernetes 的 runAsNonRoot 和一些运行时需要数字 UID 才能确认用户不是 root。",
        ),
        t("Use the numeric ID: USER 10001.", "使用数字 ID：USER 10001。"),
        None,
        "FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER app\n",
        "FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\n",
    ),
    check: dl3066,
};

fn dl3066(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::User(v) = &ins.kind else {
            continue;
        };
        let name = v.value.split(':').next().unwrap_or("");
        let raw = cx.src.get(v.span.start..v.span.end).unwrap_or("");
        if !name.is_empty() && !name.bytes().all(|b| b.is_ascii_digit()) && !raw.contains('$') {
            out.report(
                v.span,
                text!(
                    "user \"{name}\" is not numeric",
                    "用户 \"{name}\" 不是数字 ID"
                ),
                None,
            );
        }
    }
}

pub static DL4000: Rule = Rule {
    meta: super::fixable(meta(
        "DL4000",
        "no-maintainer",
        Error,
        &["MaintainerDeprecated"],
        t("MAINTAINER is deprecated", "MAINTAINER 已被弃用"),
        t("Use a label for the author.", "请用标签记录作者。"),
        t(
            "Write LABEL org.opencontainers.image.authors=\"…\".",
            "改用 LABEL org.opencontainers.image.authors=\"…\"。",
        ),
        None,
        "FROM alpine:3.22\nMAINTAINER me@example.org\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n",
    )),
    check: |cx, out| {
        for (ins, node) in cx.instructions() {
            if ins.is(Keyword::Maintainer) {
                out.report_fix(
                    node.keyword.span,
                    text!("MAINTAINER is deprecated", "MAINTAINER 已被弃用"),
                    None,
                    crate::rules::maintainer_to_label(node),
                );
            }
        }
    },
};

pub static DL3057: Rule = Rule {
    meta: meta(
        "DL3057",
        "healthcheck-missing",
        Info,
        &[],
        t("The final image has no HEALTHCHECK (off by default)", "最终镜像没有 HEALTHCHECK（默认关闭）"),
        t("Without a health check, Docker and Compose only know whether the process runs, not whether it answers; depends_on: condition: service_healthy needs one.", "没有健康检查时，Docker 和 Compose 只知道进程是否在运行，不知道它能否正常响应；depends_on 的 condition: service_healthy 也依赖它。"),
        t("Add HEALTHCHECK CMD with a command that probes the service, or enable the check only where it matters (override: info: [DL3057]).", "加上探测服务的 HEALTHCHECK CMD；本规则默认关闭，需要时用 override: info: [DL3057] 开启。"),
        Some(t(
            "hadolint reports every stage that no other stage builds on, builder stages included; dockplay reports the final stage, counting a HEALTHCHECK it inherits through FROM <stage>.",
            "hadolint 会报告所有没有被其他阶段作为基础的阶段，包括构建阶段；dockplay 只报告最终阶段，并把通过 FROM <阶段> 继承的 HEALTHCHECK 算在内。",
        )),
        "FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n",
        "FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK CMD curl -fsS http://localhost/ || exit 1\n",
    ),
    check: |cx, out| {
        let Some(last) = cx.model.stages.last() else {
            return;
        };
        let has = cx.model.stage_chain(last.index)
            .into_iter()
            .any(|s| {
                cx.stage_instructions(&cx.model.stages[s])
                    .any(|(i, _)| i.is(Keyword::Healthcheck))
            });
        if !has {
            let from = cx.node(&cx.model.instructions[last.from]);
            out.report(
                from.keyword.span,
                text!(
                    "the final stage (FROM {}) has no HEALTHCHECK",
                    "最终阶段（FROM {}）没有 HEALTHCHECK",
                    last.base
                ),
                None,
            );
        }
    },
};

pub static DL1001: Rule = Rule {
    meta: meta(
        "DL1001",
        "inline-ignore-pragma",
        Info,
        &[],
        t("An inline `# hadolint ignore=` pragma (off by default)", "使用了行内 `# hadolint ignore=` 注释（默认关闭）"),
        t("Teams that keep exceptions in one reviewed configuration file want no exceptions scattered through Dockerfiles.", "有些团队把所有例外集中在一个经过评审的配置文件中，不希望例外分散在各个 Dockerfile 里。"),
        t("Move the exception to .hadolint.yaml (ignored:) or fix the finding; enable the rule with override: info: [DL1001].", "把例外移到 .hadolint.yaml 的 ignored: 中，或者修正问题本身；用 override: info: [DL1001] 开启本规则。"),
        None,
        "FROM alpine:3.22\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n",
        "FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r2\n",
    ),
    check: |cx, out| {
        for c in &cx.model.parsed.comments {
            if let Some(("next", ids)) = crate::rules::suppress::hadolint_pragma(&c.text) {
                let list = ids.join(",");
                out.report(
                    c.span,
                    text!(
                        "inline pragma ignores {list}; keep exceptions in the configuration file",
                        "行内注释忽略了 {list}；请把例外放在配置文件中"
                    ),
                    None,
                );
            }
        }
    },
};
