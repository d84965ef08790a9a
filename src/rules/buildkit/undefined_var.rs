//! UndefinedVar: a variable used before any ARG or ENV defines it.

use crate::dockerfile::model::{FromCommand, Instr, RunCommand};
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "UndefinedVar",
        name: "undefined-var",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "A variable is used before it is defined",
            zh: "变量在定义之前就被使用了",
        }),
        why: doc(Text {
            en: "Undefined variables silently become empty strings: COPY $SRC . copies the whole context, ENV PATH=$PAHT:/x loses the PATH.",
            zh: "未定义的变量会悄悄变成空字符串：COPY $SRC . 会复制整个上下文，ENV PATH=$PAHT:/x 会丢掉原来的 PATH。",
        }),
        fix: doc(Text {
            en: "Declare it first (ARG NAME or ENV NAME=value) in this stage, or fix the spelling.",
            zh: "先在本阶段声明它（ARG 名字 或 ENV 名字=值），或者修正拼写。",
        }),
        differs: doc_opt(Some(Text {
            en: "Like BuildKit, shell-form RUN, CMD and ENTRYPOINT are not checked (the shell expands them). BuildKit also knows the base image's environment from the registry; offline, dockplay knows PATH and the variables of common official images.",
            zh: "与 BuildKit 一致，不检查 shell 形式的 RUN、CMD 和 ENTRYPOINT（由 shell 展开）。BuildKit 还会从镜像仓库读取基础镜像的环境变量；dockplay 离线运行，只认识 PATH 以及常见官方镜像的变量。",
        })),
        bad: doc_str("FROM alpine\nENV PATH=$PAHT:/app/bin\n"),
        good: doc_str("FROM alpine\nENV PATH=$PATH:/app/bin\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Variables the common official images set in their config (so BuildKit sees them defined).
fn image_env(base: &str) -> &'static [&'static str] {
    let name = base.rsplit('/').next().unwrap_or(base);
    let name = name.split([':', '@']).next().unwrap_or(name);
    match name {
        "python" | "pypy" => &[
            "LANG",
            "GPG_KEY",
            "PYTHON_VERSION",
            "PYTHON_SHA256",
            "PYTHON_PIP_VERSION",
            "PYTHON_GET_PIP_URL",
        ],
        "node" => &["NODE_VERSION", "YARN_VERSION"],
        "golang" => &["GOLANG_VERSION", "GOTOOLCHAIN", "GOPATH"],
        "ruby" => &[
            "LANG",
            "RUBY_VERSION",
            "RUBY_DOWNLOAD_SHA256",
            "GEM_HOME",
            "BUNDLE_SILENCE_ROOT_WARNING",
            "BUNDLE_APP_CONFIG",
        ],
        "openjdk" | "eclipse-temurin" | "amazoncorretto" | "maven" | "gradle" => &[
            "JAVA_HOME",
            "JAVA_VERSION",
            "LANG",
            "LANGUAGE",
            "LC_ALL",
            "MAVEN_HOME",
            "MAVEN_CONFIG",
            "GRADLE_HOME",
            "GRADLE_VERSION",
        ],
        "php" => &[
            "PHPIZE_DEPS",
            "PHP_INI_DIR",
            "PHP_CFLAGS",
            "PHP_CPPFLAGS",
            "PHP_LDFLAGS",
            "GPG_KEYS",
            "PHP_VERSION",
            "PHP_URL",
            "PHP_ASC_URL",
            "PHP_SHA256",
        ],
        "nginx" => &[
            "NGINX_VERSION",
            "NJS_VERSION",
            "NJS_RELEASE",
            "PKG_RELEASE",
            "DYNPKG_RELEASE",
        ],
        "httpd" => &[
            "HTTPD_PREFIX",
            "HTTPD_VERSION",
            "HTTPD_SHA256",
            "HTTPD_PATCHES",
        ],
        "rust" => &["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"],
        "postgres" => &["PG_MAJOR", "PG_VERSION", "PGDATA", "GOSU_VERSION", "LANG"],
        "mysql" | "mariadb" => &[
            "GOSU_VERSION",
            "MYSQL_MAJOR",
            "MYSQL_VERSION",
            "MARIADB_VERSION",
            "LANG",
        ],
        "redis" => &["REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA"],
        "mongo" => &[
            "GOSU_VERSION",
            "JSYAML_VERSION",
            "MONGO_PACKAGE",
            "MONGO_REPO",
            "MONGO_MAJOR",
            "MONGO_VERSION",
            "HOME",
        ],
        "docker" => &[
            "DOCKER_VERSION",
            "DOCKER_BUILDX_VERSION",
            "DOCKER_COMPOSE_VERSION",
            "DOCKER_TLS_CERTDIR",
        ],
        "buildpack-deps" | "debian" | "ubuntu" | "alpine" | "busybox" | "scratch" => &[],
        _ => &[],
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    // Names defined (ENV and ARG) per stage, for stages built on another stage.
    let mut stage_env: Vec<Vec<String>> = vec![Vec::new(); m.stages.len()];
    for stage in &m.stages {
        let mut defined: Vec<String> = match stage.base_stage {
            Some(b) => stage_env[b].clone(),
            None if stage.base != "scratch" => {
                let mut v = vec!["PATH".to_string()];
                v.extend(image_env(&stage.base).iter().map(|s| s.to_string()));
                v
            }
            None => Vec::new(),
        };
        for (ins, _) in cx.stage_instructions(stage) {
            if !matches!(
                ins.kind,
                Instr::From(FromCommand { .. })
                    | Instr::Run(RunCommand { .. })
                    | Instr::Cmd(_)
                    | Instr::Entrypoint(_)
                    | Instr::Shell(_)
                    | Instr::Healthcheck(_)
                    | Instr::Onbuild
            ) {
                for name in ins.undefined_vars.iter().filter(|n| !defined.contains(n)) {
                    let span = cx.node(ins).rest_span;
                    let msg = match crate::rules::shared::did_you_mean(
                        name,
                        defined.iter().map(String::as_str),
                    ) {
                        Some(c) => text!(
                            "usage of undefined variable '${name}' (did you mean ${c}?)",
                            "使用了未定义的变量 '${name}'（是不是想写 ${c}？）"
                        ),
                        None => text!(
                            "usage of undefined variable '${name}'",
                            "使用了未定义的变量 '${name}'"
                        ),
                    };
                    out.report(
                        span,
                        msg,
                        Some(text!(
                            "this file does not declare it: unless the base image sets {name}, it is empty here; declare it before this line (ARG {name} or ENV {name}=value)",
                            "本文件没有声明它：除非基础镜像设置了 {name}，否则它在这里为空；请在这一行之前声明（ARG {name} 或 ENV {name}=值）"
                        )),
                    );
                }
            }
            match &ins.kind {
                Instr::Arg(defs) => defined.extend(defs.iter().map(|d| d.name.value.clone())),
                Instr::Env(kvs) | Instr::Label(kvs) if ins.is(Keyword::Env) => {
                    defined.extend(kvs.iter().map(|kv| kv.key.value.clone()))
                }
                _ => {}
            }
        }
        stage_env[stage.index] = defined;
    }
}
