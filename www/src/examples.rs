//! The lessons of the examples menu: small projects, each with the mistake or the idea it teaches.
//! Their files live in `www/examples/<id>/`.

use dockplay::i18n::Text;

/// Which part of the page a lesson opens with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Opens {
    Dockerfile,
    Compose,
}

/// One lesson of the examples menu.
pub struct Example {
    /// Stable id, used in share links and tests (`cache-order`, …).
    pub id: &'static str,
    /// The menu entry.
    pub title: Text<&'static str>,
    /// One or two sentences saying what to look at.
    pub summary: Text<&'static str>,
    pub dockerfile: &'static str,
    pub compose: &'static str,
    pub dockerignore: &'static str,
    pub env: &'static str,
    /// The virtual build context's files (paths relative to the context root).
    pub context: &'static [&'static str],
    /// Context files marked as changed since the last build.
    pub changed: &'static [&'static str],
    /// The tab shown first.
    pub opens: Opens,
    /// The start of the line the lesson is about: it opens in the Explain panel with the caret
    /// there.
    pub explains: Option<&'static str>,
    /// The service picked in the network picture when the lesson opens on the Network panel.
    pub picks: Option<&'static str>,
}

/// Every lesson, in menu order.
pub const EXAMPLES: &[Example] = &[
    Example {
        id: "cache-order",
        title: Text::of("Cache order: COPY before install", "构建缓存与指令顺序"),
        summary: Text::of(
            "COPY . . comes before pip install, so editing app.py misses the cache at that COPY and every later step runs again, the dependency install included. Copy requirements.txt and install first, then copy the code.",
            "COPY . . 写在 pip install 之前，改动 app.py 会让这条 COPY 缓存失效，之后的每一步（包括安装依赖）都要重新执行。应该先复制 requirements.txt 并安装依赖，再复制代码。",
        ),
        dockerfile: include_str!("../examples/cache-order/Dockerfile"),
        compose: "",
        dockerignore: "",
        env: "",
        context: &["app.py", "requirements.txt"],
        changed: &["app.py"],
        opens: Opens::Dockerfile,
        explains: None,
        picks: None,
    },
    Example {
        id: "cmd-entrypoint",
        title: Text::of("CMD vs ENTRYPOINT", "CMD 与 ENTRYPOINT"),
        summary: Text::of(
            "ENTRYPOINT fixes the program and CMD only gives its default arguments: docker run IMAGE photo.jpg replaces --help and still runs python thumbnail.py.",
            "ENTRYPOINT 固定了要运行的程序，CMD 只提供默认参数：docker run IMAGE photo.jpg 会替换掉 --help，运行的仍然是 python thumbnail.py。",
        ),
        dockerfile: include_str!("../examples/cmd-entrypoint/Dockerfile"),
        compose: "",
        dockerignore: "",
        env: "",
        context: &["requirements.txt", "thumbnail.py"],
        changed: &[],
        opens: Opens::Dockerfile,
        picks: None,
        explains: Some("CMD ["),
    },
    Example {
        id: "shell-exec-form",
        title: Text::of("Shell form vs exec form", "shell 与 exec 形式"),
        summary: Text::of(
            "The CMD is in shell form, so Docker runs it as /bin/sh -c \"gunicorn …\": the main process is the shell (unless it happens to exec the command), and docker stop's SIGTERM may never reach gunicorn. The exec form [\"gunicorn\", …] runs gunicorn directly as the main process.",
            "这里的 CMD 是 shell 形式，Docker 会用 /bin/sh -c \"gunicorn …\" 运行它：主进程是 shell（除非 shell 恰好用 exec 执行该命令），docker stop 发出的 SIGTERM 可能到不了 gunicorn。改用 exec 形式 [\"gunicorn\", …] 就会让 gunicorn 直接作为主进程运行。",
        ),
        dockerfile: include_str!("../examples/shell-exec-form/Dockerfile"),
        compose: "",
        dockerignore: "",
        env: "",
        context: &["app.py", "requirements.txt"],
        changed: &[],
        opens: Opens::Dockerfile,
        picks: None,
        explains: Some("CMD gunicorn"),
    },
    Example {
        id: "multi-stage",
        title: Text::of("Multi-stage build and an unused stage", "多阶段构建：用不到的阶段"),
        summary: Text::of(
            "The final image copies only the compiled server from the build stage, not the Go toolchain. No later stage uses the test stage, so BuildKit skips it unless you build with --target test.",
            "最终镜像只从 build 阶段复制编译好的 server，不带 Go 工具链。后面没有阶段用到 test 阶段，所以 BuildKit 会跳过它，除非用 --target test 构建。",
        ),
        dockerfile: include_str!("../examples/multi-stage/Dockerfile"),
        compose: "",
        dockerignore: "",
        env: "",
        context: &[
            "go.mod",
            "go.sum",
            "cmd/server/main.go",
            "cmd/server/main_test.go",
        ],
        changed: &["cmd/server/main.go"],
        opens: Opens::Dockerfile,
        explains: None,
        picks: None,
    },
    Example {
        id: "dockerignore",
        title: Text::of(".dockerignore and the build context", "构建上下文与忽略文件"),
        summary: Text::of(
            "COPY . . copies the whole build context, but .dockerignore leaves node_modules, .git and .env out of it. They never reach the image, and changing them (here .env) re-runs nothing.",
            "COPY . . 会复制整个构建上下文，而 .dockerignore 把 node_modules、.git 和 .env 排除在外。它们不会进入镜像，改动它们（这里是 .env）也不会让任何一步重新执行。",
        ),
        dockerfile: include_str!("../examples/dockerignore/Dockerfile"),
        compose: "",
        dockerignore: include_str!("../examples/dockerignore/.dockerignore"),
        env: "",
        context: &[
            "package.json",
            "package-lock.json",
            "server.js",
            "node_modules/express/package.json",
            ".git/HEAD",
            ".env",
        ],
        changed: &[".env"],
        opens: Opens::Dockerfile,
        explains: None,
        picks: None,
    },
    Example {
        id: "two-networks",
        title: Text::of("Two networks: web and database", "用两个网络隔离数据库"),
        summary: Text::of(
            "nginx is only on front and db only on back, while app joins both. Containers reach each other only over a network they share, so nginx can reach app but not db.",
            "nginx 只连在 front 网络上，db 只连在 back 网络上，app 同时接入两者。容器之间只有连在同一个网络上才能互相访问，所以 nginx 可以访问 app，却访问不到 db。",
        ),
        dockerfile: include_str!("../examples/two-networks/Dockerfile"),
        compose: include_str!("../examples/two-networks/compose.yaml"),
        dockerignore: "",
        env: include_str!("../examples/two-networks/.env"),
        context: &["app.py", "requirements.txt"],
        changed: &[],
        opens: Opens::Compose,
        explains: None,
        picks: Some("nginx"),
    },
    Example {
        id: "internal-network",
        title: Text::of("An internal network for the database", "把数据库放进内部网络"),
        summary: Text::of(
            "private is an internal network: its containers can talk to each other but have no route to or from the outside. db is only on it; web also joins public, so its published port still works.",
            "private 是内部网络：连在上面的容器可以互相访问，但与外部之间没有路由。db 只连在这个网络上；web 还接入了 public 网络，所以它发布的端口照样可以访问。",
        ),
        dockerfile: include_str!("../examples/internal-network/Dockerfile"),
        compose: include_str!("../examples/internal-network/compose.yaml"),
        dockerignore: include_str!("../examples/internal-network/.dockerignore"),
        env: include_str!("../examples/internal-network/.env"),
        context: &["package.json", "package-lock.json", "server.js"],
        changed: &[],
        opens: Opens::Compose,
        explains: None,
        picks: None,
    },
    Example {
        id: "ports-localhost",
        title: Text::of("Port mapping and localhost", "端口映射与 localhost"),
        summary: Text::of(
            "\"8000:5000\" publishes container port 5000 as port 8000 of the host (\"127.0.0.1:8080:80\" only on its loopback address); other containers do not go through published ports. Inside worker, localhost is worker itself: it should call http://api:5000, the service name and the container port.",
            "\"8000:5000\" 把容器的 5000 端口发布为宿主机的 8000 端口（\"127.0.0.1:8080:80\" 则只发布在宿主机的回环地址上），容器之间互相访问并不经过发布的端口。在 worker 容器里，localhost 指的是 worker 自己：应该用服务名加容器端口访问 http://api:5000。",
        ),
        dockerfile: include_str!("../examples/ports-localhost/Dockerfile"),
        compose: include_str!("../examples/ports-localhost/compose.yaml"),
        dockerignore: "",
        env: "",
        context: &["api.py", "worker.py", "requirements.txt"],
        changed: &[],
        opens: Opens::Compose,
        explains: None,
        picks: None,
    },
    Example {
        id: "volumes",
        title: Text::of("Named volume, bind mount, tmpfs", "数据卷、绑定挂载与 tmpfs"),
        summary: Text::of(
            "The named volume pgdata keeps the database files after docker compose down, and the bind mount ./src lays your local code over the image's copy so edits show up at once. The tmpfs at /tmp lives in memory and is gone when the container stops.",
            "具名数据卷 pgdata 在 docker compose down 之后仍然保留数据库文件；绑定挂载 ./src 用本地代码盖住镜像里的那份，改了就能立刻看到。挂载在 /tmp 的 tmpfs（内存文件系统）不写入磁盘，容器停止后内容就没了。",
        ),
        dockerfile: include_str!("../examples/volumes/Dockerfile"),
        compose: include_str!("../examples/volumes/compose.yaml"),
        dockerignore: "",
        env: include_str!("../examples/volumes/.env"),
        context: &["requirements.txt", "src/app.py"],
        changed: &[],
        opens: Opens::Compose,
        explains: None,
        picks: None,
    },
    Example {
        id: "flask-redis-postgres",
        title: Text::of("Flask + Redis + Postgres", "Flask 完整项目"),
        summary: Text::of(
            "web starts only once db and redis pass their healthchecks (depends_on with condition: service_healthy), and ${POSTGRES_PASSWORD} and the other variables are filled in from .env. The Dockerfile installs the requirements before copying the code, so code changes keep the install cached.",
            "web 要等 db 和 redis 通过健康检查（depends_on 配合 condition: service_healthy）才会启动，${POSTGRES_PASSWORD} 等变量插值时取 .env 中的值。Dockerfile 先安装依赖再复制代码，改代码时安装依赖这一步仍然命中缓存。",
        ),
        dockerfile: include_str!("../examples/flask-redis-postgres/Dockerfile"),
        compose: include_str!("../examples/flask-redis-postgres/compose.yaml"),
        dockerignore: include_str!("../examples/flask-redis-postgres/.dockerignore"),
        env: include_str!("../examples/flask-redis-postgres/.env"),
        context: &["app.py", "requirements.txt", ".env"],
        changed: &[],
        opens: Opens::Compose,
        explains: None,
        picks: None,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use dockplay::analysis::cache::{CacheOptions, Status};
    use dockplay::analysis::network::NetworkReport;
    use dockplay::compose::interpolate::parse_env_file;
    use dockplay::compose::{ComposeFile, ComposeOptions};
    use dockplay::diagnostic::Severity;
    use dockplay::report::cache::{CacheReport, StepOut};
    use dockplay::report::{FileKind, FileReport, Report};
    use dockplay::{analyze, simulate_cache, InputFile, Options};
    use std::collections::HashSet;

    fn example(id: &str) -> &'static Example {
        EXAMPLES
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no lesson {id}"))
    }

    /// The lesson's files through the core, as the page analyses them.
    fn report(e: &Example) -> Report {
        let mut files = Vec::new();
        if !e.dockerfile.is_empty() {
            files.push(InputFile {
                name: "Dockerfile".into(),
                text: e.dockerfile.into(),
            });
        }
        if !e.compose.is_empty() {
            files.push(InputFile {
                name: "compose.yaml".into(),
                text: e.compose.into(),
            });
        }
        let opts = Options {
            env: parse_env_file(e.env),
            dockerignore: (!e.dockerignore.is_empty()).then(|| e.dockerignore.to_string()),
            fallback_project_name: Some(e.id.to_string()),
            ..Default::default()
        };
        analyze(&files, &opts)
    }

    fn file_of(r: &Report, kind: FileKind) -> &FileReport {
        r.files
            .iter()
            .find(|f| f.kind == Some(kind))
            .unwrap_or_else(|| panic!("no {kind:?} in the report"))
    }

    fn rules(f: &FileReport) -> Vec<&str> {
        f.diagnostics.iter().map(|d| d.rule.as_str()).collect()
    }

    fn network(r: &Report) -> &NetworkReport {
        file_of(r, FileKind::Compose)
            .network
            .as_ref()
            .expect("a network report")
    }

    fn cache_options(e: &Example) -> CacheOptions {
        CacheOptions {
            changed: e.changed.iter().map(|f| f.to_string()).collect(),
            context: e.context.iter().map(|f| f.to_string()).collect(),
            dockerignore: (!e.dockerignore.is_empty()).then(|| e.dockerignore.to_string()),
            ..Default::default()
        }
    }

    fn cache(e: &Example) -> CacheReport {
        simulate_cache(e.dockerfile, &cache_options(e))
    }

    fn steps<'r>(r: &'r CacheReport) -> impl Iterator<Item = &'r StepOut> + 'r {
        r.stages.iter().flat_map(|st| st.steps.iter())
    }

    fn is_install(step: &StepOut) -> bool {
        ["pip install", "npm ci", "go mod download"]
            .iter()
            .any(|c| step.instruction.contains(*c))
    }

    #[test]
    fn the_menu_lists_the_ten_lessons_in_order() {
        let ids: Vec<&str> = EXAMPLES.iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            [
                "cache-order",
                "cmd-entrypoint",
                "shell-exec-form",
                "multi-stage",
                "dockerignore",
                "two-networks",
                "internal-network",
                "ports-localhost",
                "volumes",
                "flask-redis-postgres",
            ]
        );
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for e in EXAMPLES {
            assert!(seen.insert(e.id), "duplicate id {}", e.id);
            let kebab = !e.id.is_empty()
                && e.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !e.id.starts_with('-')
                && !e.id.ends_with('-')
                && !e.id.contains("--");
            assert!(kebab, "{} is not kebab-case", e.id);
        }
    }

    #[test]
    fn every_lesson_has_a_dockerfile_or_a_compose_file() {
        for e in EXAMPLES {
            assert!(
                !e.dockerfile.trim().is_empty() || !e.compose.trim().is_empty(),
                "{} has neither",
                e.id
            );
            let opened = match e.opens {
                Opens::Dockerfile => e.dockerfile,
                Opens::Compose => e.compose,
            };
            assert!(!opened.trim().is_empty(), "{} opens an empty tab", e.id);
            assert!(
                e.env.is_empty() || !e.compose.is_empty(),
                "{} has a .env but no compose file",
                e.id
            );
        }
    }

    #[test]
    fn changed_files_are_in_the_context() {
        for e in EXAMPLES {
            for f in e.changed {
                assert!(e.context.contains(f), "{}: {f} is not in the context", e.id);
            }
        }
    }

    #[test]
    fn titles_are_short_and_texts_are_in_both_languages() {
        for e in EXAMPLES {
            assert!(
                e.title.en.chars().count() <= 40,
                "{}: English title too long",
                e.id
            );
            assert!(
                e.title.zh.chars().count() <= 16,
                "{}: Chinese title too long",
                e.id
            );
            for t in [e.title, e.summary] {
                assert!(
                    !t.en.trim().is_empty() && !t.zh.trim().is_empty(),
                    "{}",
                    e.id
                );
            }
        }
    }

    #[test]
    fn no_lesson_has_an_error() {
        for e in EXAMPLES {
            let r = report(e);
            for f in &r.files {
                let errors: Vec<&str> = f
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .map(|d| d.rule.as_str())
                    .collect();
                assert!(errors.is_empty(), "{} {}: {errors:?}", e.id, f.path);
                // An interpolated variable the lesson's .env does not set.
                assert!(!rules(f).contains(&"DC0011"), "{} {}", e.id, f.path);
                if let Some(summary) = &f.dockerfile {
                    assert!(summary.parses, "{}: the Dockerfile does not parse", e.id);
                }
            }
            if !e.dockerfile.is_empty() {
                let c = cache(e);
                assert!(c.diagnostics.is_empty(), "{}: {:?}", e.id, c.diagnostics);
            }
        }
    }

    #[test]
    fn cache_order_reinstalls_on_a_code_change_and_suggests_the_fix() {
        let e = example("cache-order");
        assert_eq!(e.changed, ["app.py"]);
        let r = cache(e);
        let pip = steps(&r)
            .find(|s| s.instruction.contains("pip install"))
            .expect("a pip install step");
        assert_eq!(pip.status, Status::Rebuilt);
        let suggestion = r.suggestion.as_ref().expect("a reordering suggestion");
        // With the suggested order the same change keeps the install cached.
        let fixed = simulate_cache(&suggestion.reordered, &cache_options(e));
        let pip = steps(&fixed)
            .find(|s| s.instruction.contains("pip install"))
            .expect("a pip install step");
        assert_eq!(pip.status, Status::Cached);
        let lint = report(e);
        assert!(rules(file_of(&lint, FileKind::Dockerfile)).contains(&"DP1001"));
    }

    /// Whether a context file lists dependencies rather than holding code.
    fn is_manifest(path: &str) -> bool {
        [
            "requirements.txt",
            "package.json",
            "package-lock.json",
            "go.mod",
            "go.sum",
        ]
        .contains(&path)
    }

    #[test]
    fn the_other_lessons_keep_the_install_cached_when_the_code_changes() {
        for e in EXAMPLES
            .iter()
            .filter(|e| e.id != "cache-order" && !e.dockerfile.is_empty())
        {
            let code: Vec<String> = e
                .context
                .iter()
                .filter(|f| !is_manifest(f))
                .map(|f| f.to_string())
                .collect();
            assert!(!code.is_empty(), "{}: no code in the context", e.id);
            let opts = CacheOptions {
                changed: code,
                ..cache_options(e)
            };
            let r = simulate_cache(e.dockerfile, &opts);
            let installs: Vec<&StepOut> = steps(&r).filter(|s| is_install(s)).collect();
            assert!(!installs.is_empty(), "{}: no install step", e.id);
            for s in installs {
                assert_eq!(s.status, Status::Cached, "{}: {}", e.id, s.instruction);
            }
            assert!(
                steps(&r).any(|s| s.status == Status::Rebuilt),
                "{}: a code change re-runs nothing",
                e.id
            );
            assert!(r.suggestion.is_none(), "{}", e.id);
            let lint = report(e);
            assert!(
                !rules(file_of(&lint, FileKind::Dockerfile)).contains(&"DP1001"),
                "{}",
                e.id
            );
        }
    }

    #[test]
    fn cmd_entrypoint_explains_that_cmd_gives_arguments() {
        let r = report(example("cmd-entrypoint"));
        assert!(rules(file_of(&r, FileKind::Dockerfile)).contains(&"DP1013"));
    }

    #[test]
    fn shell_exec_form_flags_the_shell_form_cmd() {
        let e = example("shell-exec-form");
        let r = report(e);
        let f = file_of(&r, FileKind::Dockerfile);
        let d = f
            .diagnostics
            .iter()
            .find(|d| d.rule == "DL3025")
            .expect("DL3025 on the shell-form CMD");
        let line = e.dockerfile.lines().nth(d.line - 1).unwrap_or("");
        assert!(line.starts_with("CMD gunicorn"), "{line}");
    }

    #[test]
    fn multi_stage_skips_the_test_stage() {
        let r = cache(example("multi-stage"));
        let test = r
            .stages
            .iter()
            .find(|s| s.name.as_deref() == Some("test"))
            .expect("a test stage");
        assert!(!test.reachable);
        assert!(test.steps.iter().all(|s| s.status == Status::Skipped));
        let build = r
            .stages
            .iter()
            .find(|s| s.name.as_deref() == Some("build"))
            .expect("a build stage");
        assert!(build.reachable);
        assert!(r.counts.skipped > 0);
    }

    #[test]
    fn dockerignore_keeps_ignored_files_out_of_the_cache() {
        let e = example("dockerignore");
        for ignored in ["node_modules", ".git", ".env"] {
            assert!(
                e.dockerignore.lines().any(|l| l.trim() == ignored),
                "{ignored}"
            );
            assert!(
                e.context.iter().any(|f| f.starts_with(ignored)),
                "{ignored}"
            );
        }
        let r = cache(e);
        assert_eq!(r.counts.rebuilt, 0);
        assert!(steps(&r).all(|s| s.status == Status::Cached));
        let lint = report(e);
        assert!(!rules(file_of(&lint, FileKind::Dockerfile)).contains(&"CopyIgnoredFile"));
    }

    #[test]
    fn two_networks_keeps_nginx_away_from_the_database() {
        let r = report(example("two-networks"));
        let net = network(&r);
        let reaches = |from: &str, to: &str| {
            net.reachability
                .iter()
                .any(|p| p.from == from && p.to == to)
        };
        assert!(!reaches("nginx", "db"), "nginx must not reach db");
        assert!(reaches("nginx", "app"));
        assert!(reaches("app", "db"));
    }

    #[test]
    fn internal_network_isolates_the_database() {
        let r = report(example("internal-network"));
        let net = network(&r);
        let private = net
            .networks
            .iter()
            .find(|n| n.key == "private")
            .expect("the private network");
        assert!(private.internal);
        let public = net
            .networks
            .iter()
            .find(|n| n.key == "public")
            .expect("the public network");
        assert!(!public.internal);
        let db = net.services.iter().find(|s| s.name == "db").expect("db");
        assert_eq!(db.networks, ["private"]);
        assert!(net.ports.iter().all(|p| p.reachable_from_host));
        assert!(!rules(file_of(&r, FileKind::Compose)).contains(&"DC1106"));
    }

    #[test]
    fn ports_localhost_flags_localhost_and_lists_the_mappings() {
        let r = report(example("ports-localhost"));
        let compose = file_of(&r, FileKind::Compose);
        assert!(rules(compose).contains(&"DC1102"));
        let net = network(&r);
        assert!(net.ports.iter().any(|p| p.service == "api"
            && p.host_ip.is_none()
            && p.published.as_deref() == Some("8000")
            && p.target == 5000));
        assert!(net.ports.iter().any(|p| p.service == "docs"
            && p.host_ip.as_deref() == Some("127.0.0.1")
            && p.published.as_deref() == Some("8080")
            && p.target == 80));
    }

    #[test]
    fn volumes_has_a_named_volume_a_bind_mount_and_a_tmpfs() {
        let e = example("volumes");
        let a = dockplay::compose::analyze(
            &[ComposeFile {
                name: "compose.yaml".into(),
                text: e.compose.into(),
            }],
            &ComposeOptions {
                env: parse_env_file(e.env),
                ..Default::default()
            },
        );
        let project = a.project.as_ref().expect("a project");
        let db = project.service("db").expect("db");
        assert!(db
            .mounts
            .iter()
            .any(|m| m.kind == "volume" && m.source.as_deref() == Some("pgdata")));
        let app = project.service("app").expect("app");
        assert!(app.mounts.iter().any(|m| m.kind == "bind"
            && m.source.as_deref() == Some("./src")
            && m.target == "/app/src"));
        assert!(project.volumes.iter().any(|v| v.key == "pgdata"));
        // `tmpfs:` is a key of its own, not one of the mounts.
        assert!(e.compose.contains("tmpfs:"));
    }

    #[test]
    fn flask_redis_postgres_waits_for_healthy_dependencies() {
        let e = example("flask-redis-postgres");
        assert!(e.compose.contains("${POSTGRES_PASSWORD}"));
        let env = parse_env_file(e.env);
        assert!(env
            .iter()
            .any(|(k, v)| k == "POSTGRES_PASSWORD" && !v.is_empty()));
        let r = report(e);
        let compose = file_of(&r, FileKind::Compose);
        let found = rules(compose);
        assert!(!found.contains(&"DC1101"), "{found:?}");
        assert!(!found.contains(&"DC1207"), "{found:?}");
        let net = network(&r);
        let web = net.services.iter().find(|s| s.name == "web").expect("web");
        for dep in ["db", "redis"] {
            assert!(
                web.depends_on
                    .iter()
                    .any(|d| d.service == dep && d.condition == "service_healthy"),
                "web should wait for {dep} to be healthy"
            );
        }
        let lint = report(e);
        assert!(!rules(file_of(&lint, FileKind::Dockerfile)).contains(&"DP1001"));
    }
}
