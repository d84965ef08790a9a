//! `dockplay explain` on the tutorials' own files (`../shared/seed-examples`), in both
//! languages: a reviewed snapshot per file and language (`tests/snapshots/explain/`,
//! UPDATE_GOLDEN=1 rewrites them), and the lessons each file teaches, read in the text of the
//! line that teaches them.

use dockplay::explain::Catalogue;
use dockplay::i18n::Lang;
use dockplay::report::explain::{to_text, ExplainFile, ExplainReport, ItemOut, EXPLAIN_VERSION};
use dockplay::Options;
use std::path::{Path, PathBuf};

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed-examples")
}

fn explain(name: &str, lang: Lang) -> (ExplainFile<'static>, String) {
    let text = std::fs::read_to_string(seeds().join(name)).unwrap();
    let opts = Options {
        lang,
        fallback_project_name: Some("seed".into()),
        ..Options::default()
    };
    (
        dockplay::explain::file(name, text.as_bytes(), &opts, Catalogue::builtin()),
        text,
    )
}

/// The innermost item on `line`.
fn at<'a, 'c>(f: &'a ExplainFile<'c>, line: usize) -> &'a ItemOut<'c> {
    f.items
        .iter()
        .filter(|i| i.range.line <= line && line <= i.range.end_line)
        .min_by_key(|i| i.range.end_offset - i.range.offset)
        .unwrap_or_else(|| panic!("no item on line {line} of {}", f.path))
}

#[test]
fn snapshots_of_every_seed_file_in_both_languages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/explain");
    let mut names: Vec<String> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert!(names.len() >= 16, "{names:?}");
    let mut stale = Vec::new();
    for name in &names {
        for lang in [Lang::En, Lang::Zh] {
            let (f, text) = explain(name, lang);
            assert!(!f.items.is_empty(), "{name}: nothing explained");
            let report = ExplainReport {
                version: EXPLAIN_VERSION,
                lang,
                files: vec![f],
            };
            let got = to_text(&report, &[text], false);
            let path = dir.join(format!("{name}.{}.txt", lang.as_str()));
            if std::env::var_os("UPDATE_GOLDEN").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &got).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(got.as_str()) {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale (UPDATE_GOLDEN=1 cargo test --test explain, then review the diff):\n{}",
        stale.join("\n")
    );
}

#[test]
fn cache_order_is_explained_on_the_install_line() {
    let (f, _) = explain("000-python.Dockerfile", Lang::En);
    let run = at(&f, 27);
    assert!(
        run.text
            .contains("the ADD on line 25 copied the whole build context before it"),
        "{}",
        run.text
    );
    assert!(
        run.findings.iter().any(|x| x.rule == "DP1001"),
        "{:?}",
        run.findings
    );
    let (f, _) = explain("000-python.Dockerfile", Lang::Zh);
    assert!(
        at(&f, 27)
            .text
            .contains("第 25 行的 ADD 已经先复制了整个构建上下文"),
        "{}",
        at(&f, 27).text
    );
    let (f, _) = explain("002-template.Dockerfile", Lang::En);
    assert!(
        at(&f, 22)
            .text
            .contains("copied the whole build context before it"),
        "{}",
        at(&f, 22).text
    );
}

#[test]
fn entrypoint_and_cmd_read_as_one_command() {
    let (f, _) = explain("001-flask.Dockerfile", Lang::En);
    let cmd = at(&f, 18);
    assert!(
        cmd.text
            .contains("default arguments of the ENTRYPOINT on line 16"),
        "{}",
        cmd.text
    );
    assert!(
        cmd.text.contains(r#"runs ["python3", "app/app.py"]"#),
        "{}",
        cmd.text
    );
    let (f, _) = explain("001-flask.Dockerfile", Lang::Zh);
    assert!(
        at(&f, 18)
            .text
            .contains(r#"会运行 ["python3", "app/app.py"]"#),
        "{}",
        at(&f, 18).text
    );
}

#[test]
fn cmd_and_entrypoint_items_carry_how_they_combine() {
    let (f, _) = explain("001-flask.Dockerfile", Lang::En);
    let runs = at(&f, 18).runs.clone().expect("CMD has runs");
    let words = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(runs.entrypoint, Some(words(&["python3"])));
    assert!(!runs.entrypoint_shell);
    assert_eq!(runs.default, words(&["python3", "app/app.py"]));
    assert!(at(&f, 1).runs.is_none(), "only CMD and ENTRYPOINT have one");
    // A shell-form ENTRYPOINT runs behind /bin/sh -c and ignores CMD.
    let text = "FROM alpine\nENTRYPOINT exec top -b\nCMD [\"-d\", \"1\"]\n";
    let f = dockplay::explain::file(
        "Dockerfile",
        text.as_bytes(),
        &Options::default(),
        Catalogue::builtin(),
    );
    let runs = at(&f, 3).runs.clone().unwrap();
    assert!(runs.entrypoint_shell);
    assert_eq!(runs.default, words(&["/bin/sh", "-c", "exec top -b"]));
    assert_eq!(runs.cmd, Some(words(&["-d", "1"])));
}

#[test]
fn expose_documents_and_ports_publish() {
    let (f, _) = explain("003-basic.Dockerfile", Lang::En);
    let expose = at(&f, 33);
    assert!(
        expose.text.contains("It does not publish anything"),
        "{}",
        expose.text
    );
    let (f, _) = explain("003-basic.compose.yml", Lang::En);
    let ports = at(&f, 8);
    assert_eq!(ports.title, "ports");
    assert!(
        ports
            .text
            .contains("host 0.0.0.0:8000 → container 8000/tcp"),
        "{}",
        ports.text
    );
    let (f, _) = explain("000-deploy.compose.yml", Lang::Zh);
    let expose = at(&f, 16);
    assert!(
        expose.text.contains("不会把端口发布到宿主机"),
        "{}",
        expose.text
    );
}

#[test]
fn networks_say_who_reaches_whom() {
    let (f, _) = explain("000-deploy.compose.yml", Lang::En);
    let mysql = at(&f, 26);
    assert!(
        mysql
            .text
            .contains("nginx shares no network with it, so it cannot reach it"),
        "{}",
        mysql.text
    );
    assert!(
        mysql
            .text
            .contains("On net_backend it also answers to masterdb"),
        "{}",
        mysql.text
    );
    let (f, _) = explain("003-basic.compose.yml", Lang::En);
    let env = at(&f, 10);
    let url = env
        .parts
        .iter()
        .find(|p| p.text.contains("DATABASE_URL"))
        .unwrap();
    assert!(
        url.text
            .contains("the host db is the service db, reachable over app-network"),
        "{}",
        url.text
    );
}

#[test]
fn named_volumes_and_bind_mounts_differ() {
    let (f, _) = explain("003-basic.compose.yml", Lang::En);
    let web = at(&f, 16);
    assert!(
        web.parts
            .iter()
            .any(|p| p.key == "compose.concept.bind-mount"
                && p.text.contains("bind mount of the host path ./logs")),
        "{:?}",
        web.parts
    );
    let db = at(&f, 29);
    assert!(
        db.parts
            .iter()
            .any(|p| p.key == "compose.concept.named-volume"
                && p.text
                    .contains("survives removing the container and docker compose down")),
        "{:?}",
        db.parts
    );
    let (f, _) = explain("003-basic.compose.yml", Lang::Zh);
    assert!(
        at(&f, 29)
            .parts
            .iter()
            .any(|p| p.text.contains("具名数据卷 postgres_data")),
        "{:?}",
        at(&f, 29).parts
    );
}

#[test]
fn relative_workdir_is_resolved() {
    let (f, _) = explain("000-python.Dockerfile", Lang::En);
    let w = at(&f, 26);
    assert!(
        w.text.contains("Makes /docker_file the working directory"),
        "{}",
        w.text
    );
    assert!(w.text.contains("The path is relative"), "{}", w.text);
    assert!(w.findings.iter().any(|x| x.rule == "DL3000"));
}

#[test]
fn docker_run_lines_explain_ports_and_arguments_after_the_image() {
    let (f, _) = explain("docker-run-commands.sh", Lang::En);
    let first = at(&f, 4);
    assert!(
        first
            .text
            .contains("host 0.0.0.0:8000 → container 5000/tcp"),
        "{}",
        first.text
    );
    assert!(
        first
            .text
            .contains("localhost:8000 on the host reaches the program listening on port 5000"),
        "{}",
        first.text
    );
    let third = at(&f, 3);
    assert!(
        third
            .text
            .contains("`-d debug`, is the container's command"),
        "{}",
        third.text
    );
    let mysql = at(&f, 7);
    let net = mysql
        .parts
        .iter()
        .find(|p| p.key == "docker-run.network")
        .unwrap();
    assert!(
        net.text
            .contains("must exist already (docker network create mysqlnet)"),
        "{}",
        net.text
    );
    let (f, _) = explain("docker-run-commands.sh", Lang::Zh);
    assert!(
        at(&f, 4)
            .text
            .contains("宿主机 0.0.0.0:8000 → 容器 5000/tcp"),
        "{}",
        at(&f, 4).text
    );
}

#[test]
fn every_finding_is_named_in_the_line_it_is_on_with_its_web_docs() {
    for name in [
        "000-python.Dockerfile",
        "003-production.Dockerfile",
        "003-basic.compose.yml",
        "docker-run-commands.sh",
    ] {
        let (f, _) = explain(name, Lang::En);
        for d in &f.diagnostics {
            let owner = f
                .items
                .iter()
                .filter(|i| {
                    i.range.offset <= d.offset
                        && d.offset < i.range.end_offset.max(i.range.offset + 1)
                })
                .min_by_key(|i| i.range.end_offset - i.range.offset);
            let Some(owner) = owner else { continue };
            let f2 = owner.findings.iter().find(|x| x.rule == d.rule);
            assert!(
                f2.is_some(),
                "{name}:{}: {} not on its item",
                d.line,
                d.rule
            );
            // A page on the web is named in the prose; a path into dockplay's own reference
            // is not (it would be a dead link where the explanation is embedded).
            let url = &f2.unwrap().docs_url;
            let web = url.starts_with("https://");
            assert!(
                owner.text.contains(&d.rule) && owner.text.contains(url.as_str()) == web,
                "{name}: {}",
                owner.text
            );
            assert!(!owner.text.contains("docs/rules"), "{name}: {}", owner.text);
        }
    }
}

#[test]
fn a_file_whose_name_tells_nothing_is_explained_by_its_content() {
    let opts = Options::default();
    let cat = Catalogue::builtin();
    let df = dockplay::explain::file("lesson.txt", b"FROM alpine\nRUN echo hi\n", &opts, cat);
    assert_eq!(df.kind, Some(dockplay::report::FileKind::Dockerfile));
    let titles: Vec<_> = df.items.iter().map(|i| i.title.as_str()).collect();
    assert!(
        titles.contains(&"FROM") && titles.contains(&"RUN"),
        "{titles:?}"
    );
    let yaml = b"services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n";
    let compose = dockplay::explain::file("notes.txt", yaml, &opts, cat);
    assert_eq!(compose.kind, Some(dockplay::report::FileKind::Compose));
    assert!(compose.items.iter().any(|i| i.title.contains("ports")));
    let nothing = dockplay::explain::file("notes.txt", b"hello\n", &opts, cat);
    assert_eq!(nothing.kind, None);
    assert!(nothing.items.is_empty());
}
