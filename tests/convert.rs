//! `docker run` ↔ compose conversion: fixtures (`tests/fixtures/docker-run/<case>/run.sh` with the
//! expected `compose.yaml`, its `notes.txt` and the commands converted back, `back.sh`;
//! UPDATE_GOLDEN=1 rewrites them), every compose file made is accepted by the real Docker
//! Compose (`docker-compose config`), every flag's catalogue example converts cleanly, and every
//! corpus compose file converts into docker commands dockplay reads back without an error.

use dockplay::docker_run::convert::{to_compose, to_run, Conversion, Status};
use dockplay::i18n::Lang;
use dockplay::Options;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Docker Compose v5 (`scripts/setup.sh` installs it into target/peers/py when it is missing).
fn docker_compose() -> PathBuf {
    let local = root().join("target/peers/py/bin/docker-compose");
    if local.exists() {
        return local;
    }
    let on_path = Command::new("docker-compose").arg("version").output();
    assert!(
        on_path.is_ok_and(|o| o.status.success()),
        "docker-compose is missing: run scripts/setup.sh"
    );
    PathBuf::from("docker-compose")
}

/// Docker Compose's verdict on `yaml`, run in `dir` (where the files it names are).
fn compose_accepts(dir: &Path, yaml: &str) -> Result<(), String> {
    let file = dir.join("converted.compose.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = Command::new(docker_compose())
        .current_dir(dir)
        .args(["-p", "convert-test", "-f"])
        .arg(&file)
        .args(["config", "--format", "json"])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn notes_text(c: &Conversion) -> String {
    let mut s = String::new();
    for d in &c.diagnostics {
        s.push_str(&format!(
            "{}:{}: {}: {}\n",
            d.line, d.column, d.rule, d.message
        ));
    }
    for n in &c.notes {
        let status = match n.status {
            Status::Mapped => "mapped",
            Status::Differs => "differs",
            Status::Dropped => "dropped",
        };
        s.push_str(&format!(
            "{}: {status}: {}: {}\n",
            n.line, n.subject, n.message
        ));
    }
    s
}

fn opts() -> Options {
    Options {
        project_name: Some("demo".into()),
        ..Options::default()
    }
}

#[test]
fn fixtures_convert_to_compose_and_back() {
    let dir = root().join("tests/fixtures/docker-run");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 8);
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for case in cases {
        let run = std::fs::read_to_string(case.join("run.sh")).unwrap();
        let c = to_compose(&run, Lang::En);
        let back = to_run(&c.output, "compose.yaml", &opts());
        for (file, got) in [
            ("compose.yaml", &c.output),
            ("notes.txt", &notes_text(&c)),
            ("back.sh", &back.output),
        ] {
            let p = case.join(file);
            if update {
                std::fs::write(&p, got).unwrap();
            } else if std::fs::read_to_string(&p).ok().as_deref() != Some(got.as_str()) {
                stale.push(p.display().to_string());
            }
        }
        if !c.output.is_empty() {
            compose_accepts(&case, &c.output)
                .unwrap_or_else(|e| panic!("{}: {e}\n{}", case.display(), c.output));
        }
        assert!(
            back.diagnostics.is_empty(),
            "{}: {:?}",
            case.display(),
            back.diagnostics
        );
        let again = dockplay::docker_run::parse(&back.output);
        assert!(
            again.diagnostics.is_empty(),
            "{}: {:?}\n{}",
            case.display(),
            again.diagnostics,
            back.output
        );
    }
    assert!(
        stale.is_empty(),
        "stale (UPDATE_GOLDEN=1 cargo test --test convert):\n{}",
        stale.join("\n")
    );
}

#[test]
fn image_and_command_are_told_apart_from_docker_options() {
    // What composerize gets wrong: -it/-d grouped, options after the image, `--` and quotes.
    let c = to_compose(
        "docker run -itd --name x -p80:80 -e=A=1 img:1 sh -c 'echo hi' -d\n",
        Lang::En,
    );
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    assert!(c.output.contains("image: img:1"), "{}", c.output);
    assert!(
        c.output
            .contains("command:\n      - sh\n      - \"-c\"\n      - \"echo hi\"\n      - \"-d\""),
        "{}",
        c.output
    );
    assert!(c.output.contains("      - \"80:80\""), "{}", c.output);
    assert!(c.output.contains("      - \"A=1\""), "{}", c.output);
    assert!(
        c.output.contains("stdin_open: true") && c.output.contains("tty: true"),
        "{}",
        c.output
    );
    let c = to_compose("docker run --rm -- alpine:3.22 -flag\n", Lang::En);
    assert!(
        c.output.contains("image: alpine:3.22") && c.output.contains("- \"-flag\""),
        "{}",
        c.output
    );
}

#[test]
fn named_volumes_and_networks_are_declared_at_the_top_level() {
    let c = to_compose(
        "docker run -v data:/data -v ./here:/x -v /anon --network back --network-alias api img\n",
        Lang::En,
    );
    assert!(
        c.output.contains("\nvolumes:\n  data: {}\n"),
        "{}",
        c.output
    );
    assert!(!c.output.contains("  here:"), "{}", c.output);
    assert!(
        c.output.contains("\nnetworks:\n  back: {}\n"),
        "{}",
        c.output
    );
    assert!(
        c.output
            .contains("networks:\n      back:\n        aliases:\n          - api"),
        "{}",
        c.output
    );
    assert!(c.notes.iter().any(|n| n.subject == "--volume"
        && n.status == Status::Differs
        && n.message.contains("<project>_data")));
}

#[test]
fn every_catalogue_example_converts_and_compose_accepts_the_result() {
    let text =
        std::fs::read_to_string(root().join("src/explain/catalogue/docker-run.json")).unwrap();
    let entries: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let dir = std::env::temp_dir().join(format!("dockplay-convert-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The files the examples name.
    for f in [".env", "labels"] {
        std::fs::write(dir.join(f), "").unwrap();
    }
    let mut failures = Vec::new();
    let mut converted = 0;
    for e in &entries {
        let Some(example) = e["example"].as_str() else {
            continue;
        };
        let c = to_compose(example, Lang::Zh);
        if !c.diagnostics.is_empty() {
            failures.push(format!(
                "{}: {:?}",
                e["key"],
                c.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
            ));
            continue;
        }
        if c.output.is_empty() {
            continue;
        }
        converted += 1;
        if let Err(err) = compose_accepts(&dir, &c.output) {
            failures.push(format!("{} ({example}): {err}", e["key"]));
        }
        let back = to_run(&c.output, "compose.yaml", &opts());
        let again = dockplay::docker_run::parse(&back.output);
        if !back.diagnostics.is_empty() || !again.diagnostics.is_empty() {
            failures.push(format!(
                "{}: back: {:?} {:?}",
                e["key"], back.diagnostics, again.diagnostics
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(converted > 95, "{converted} examples converted");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_tutorials_docker_run_lines_make_a_valid_compose_file() {
    let text =
        std::fs::read_to_string(root().join("../shared/seed-examples/docker-run-commands.sh"))
            .unwrap();
    let c = to_compose(&text, Lang::En);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    let dir = std::env::temp_dir();
    compose_accepts(&dir, &c.output).unwrap();
    // The lessons of the conversion: two lines share a container name and host ports.
    assert!(c
        .notes
        .iter()
        .any(|n| n.message.contains("two containers cannot share a name")));
    assert!(c
        .notes
        .iter()
        .any(|n| n.message.contains("publishes host port 8000 too")));
    assert!(c
        .notes
        .iter()
        .any(|n| n.subject == "--network" && n.message.contains("must exist first")));
}

#[test]
fn every_corpus_compose_file_converts_to_docker_commands_dockplay_reads_back() {
    let dir = root().join("../shared/corpus/compose");
    let index = std::fs::read_to_string(dir.join("compose-v5-config.jsonl")).unwrap();
    let mut n = 0;
    let mut failures = Vec::new();
    for line in index.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let file = v["file"].as_str().unwrap();
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            continue;
        };
        let c = to_run(&text, file, &opts());
        let again = dockplay::docker_run::parse(&c.output);
        if !again.diagnostics.is_empty() {
            failures.push(format!(
                "{file}: {:?}",
                again
                    .diagnostics
                    .iter()
                    .map(|d| d.message.en.clone())
                    .collect::<Vec<_>>()
            ));
        }
        n += 1;
    }
    assert!(n > 300, "{n} files");
    assert!(
        failures.is_empty(),
        "{} files:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
