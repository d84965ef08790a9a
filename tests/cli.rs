//! The `dockplay` binary as users run it: formats, exit codes, stdin, and golden JSON fixtures.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dockplay"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run dockplay")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check")
}

/// Every `tests/fixtures/check/<case>/Dockerfile` gives exactly `expected.json` (UPDATE_GOLDEN=1 rewrites).
#[test]
fn golden_json_fixtures() {
    let mut n = 0;
    let mut dirs: Vec<PathBuf> = fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs {
        n += 1;
        // The case's input: its one file that is not the expectation or a side file.
        let input = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .find(|f| !f.starts_with('.') && f != "expected.json")
            .unwrap();
        let o = bin()
            .current_dir(&dir)
            .args([
                "check",
                "--format",
                "json",
                "--project-name",
                "fixture",
                &input,
            ])
            .output()
            .unwrap();
        let got = stdout(&o);
        let expected = dir.join("expected.json");
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            fs::write(&expected, &got).unwrap();
        }
        let want = fs::read_to_string(&expected)
            .unwrap_or_else(|_| panic!("missing {}", expected.display()));
        assert_eq!(got, want, "{}", dir.display());
        let report: serde_json::Value = serde_json::from_str(&got).unwrap();
        // The default fail level is warning: information and style findings exit 0.
        let has_findings = report["files"][0]["diagnostics"]
            .as_array()
            .is_some_and(|d| {
                d.iter()
                    .any(|x| matches!(x["severity"].as_str(), Some("error" | "warning")))
            });
        assert_eq!(
            o.status.code(),
            Some(if has_findings { 1 } else { 0 }),
            "{}",
            dir.display()
        );
    }
    assert!(n >= 7);
}

#[test]
fn text_format_is_path_line_col_severity_message_rule() {
    let o = run(&["check", "tests/fixtures/check/env-no-value/Dockerfile"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let first = out.lines().find(|l| l.contains("[DP0001]")).unwrap();
    assert_eq!(
        first,
        "tests/fixtures/check/env-no-value/Dockerfile:2:5: error: ENV must have two arguments [DP0001]"
    );
    assert!(!out.contains("\x1b["), "no colour when not a terminal");
}

#[test]
fn chinese_messages() {
    let o = run(&[
        "check",
        "--lang",
        "zh",
        "tests/fixtures/check/unknown-instruction/Dockerfile",
    ]);
    let out = stdout(&o);
    assert!(
        out.contains(":2:1: error: 未知指令 \"COPPY\" [DP0002]"),
        "{out}"
    );
    assert!(out.contains("建议：是不是想写 \"COPY\"？"), "{out}");
}

#[test]
fn fail_level_decides_the_exit_code() {
    let f = "tests/fixtures/check/empty-continuation/Dockerfile";
    assert_eq!(run(&["check", f]).status.code(), Some(1));
    assert_eq!(
        run(&["check", "--fail-level", "error", f]).status.code(),
        Some(0)
    );
    let clean = "tests/fixtures/check/multistage-clean/Dockerfile";
    assert_eq!(
        run(&["check", "--fail-level", "style", clean])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn stdin_and_build_args() {
    let mut child = bin()
        .args([
            "check",
            "--format",
            "json",
            "--fail-level",
            "error",
            "--build-arg",
            "BASE=debian:12",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"ARG BASE=alpine\nFROM $BASE\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "-");
    assert_eq!(
        v["files"][0]["dockerfile"]["stages"][0]["base"],
        "debian:12"
    );
}

#[test]
fn sarif_output() {
    let o = run(&[
        "check",
        "--format",
        "sarif",
        "tests/fixtures/check/unknown-flag/Dockerfile",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run0 = &v["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "dockplay");
    let results: Vec<&serde_json::Value> = run0["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["ruleId"] == "DP0003")
        .collect();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["ruleId"], "DP0003");
    assert_eq!(results[0]["level"], "error");
    let region = &results[0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(2), Some(6))
    );
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "DP0003"));
}

#[test]
fn kind_detection_and_unknown_names() {
    let dir = std::env::temp_dir().join(format!("dockplay-cli-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    for name in ["api.Dockerfile", "Dockerfile.dev", "Containerfile"] {
        let p = dir.join(name);
        fs::write(&p, "FROM alpine\n").unwrap();
        let o = run(&["check", "--format", "json", p.to_str().unwrap()]);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["files"][0]["kind"], "dockerfile", "{name}");
    }
    let p = dir.join("notes.txt");
    fs::write(&p, "Remember: FROM alpine\n").unwrap();
    let o = run(&["check", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("[DP0008]"));
    fs::write(&p, "FROM alpine\n").unwrap();
    let o = run(&[
        "check",
        "--kind",
        "dockerfile",
        "--fail-level",
        "error",
        p.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(
        run(&["check", "/nonexistent/Dockerfile"]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["check", "--format", "xml", "Dockerfile"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn parse_dump_matches_buildkit_and_fails_on_invalid_files() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/conformance/buildkit/testfiles/flags");
    let o = run(&["parse", "--dump", case.join("Dockerfile").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), fs::read_to_string(case.join("result")).unwrap());
    let neg = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/conformance/buildkit/testfiles-negative");
    for c in [
        "empty_dockerfile",
        "only_comments",
        "env_no_value",
        "shykes-nested-json",
    ] {
        let o = run(&[
            "parse",
            "--dump",
            neg.join(c).join("Dockerfile").to_str().unwrap(),
        ]);
        assert_ne!(o.status.code(), Some(0), "{c}");
        assert!(!o.stderr.is_empty(), "{c}: the reason goes to stderr");
    }
}

#[test]
fn network_command_formats_and_options() {
    let dir = "tests/fixtures/check/compose-normalization";
    let o = bin()
        .current_dir(dir)
        .args(["network", "--format", "json", "compose.yaml"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["project"], "shop-demo");
    let names: Vec<&str> = v["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["api", "front", "legacy"],
        "the debug profile is off"
    );
    let nets: Vec<(&str, &str, bool)> = v["networks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["key"].as_str().unwrap(),
                n["name"].as_str().unwrap(),
                n["internal"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        nets,
        [
            ("default", "shop-demo_default", false),
            ("internal_net", "shop-private", true),
            ("public", "public", false)
        ]
    );
    let legacy = v["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "legacy")
        .unwrap();
    assert_eq!(
        legacy["depends_on"][0]["service"], "api",
        "network_mode service: implies depends_on"
    );

    let o = bin()
        .current_dir(dir)
        .args([
            "network",
            "--format",
            "json",
            "--profile",
            "debug",
            "-p",
            "x",
            "compose.yaml",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["project"], "x");
    assert_eq!(v["services"].as_array().unwrap().len(), 4);

    let o = bin()
        .current_dir(dir)
        .args(["network", "--format", "dot", "compose.yaml"])
        .output()
        .unwrap();
    let dot = stdout(&o);
    assert!(dot.starts_with("graph compose {"));
    assert!(dot.contains("\"front\" -- \"net:public\""));
    assert!(dot.contains("\"legacy\" -- \"api\" [style=dashed"));

    let o = bin()
        .current_dir(dir)
        .args(["network", "--lang", "zh", "compose.yaml"])
        .output()
        .unwrap();
    assert!(stdout(&o).contains("连通性"));
}

#[test]
fn network_merges_files_and_reads_env() {
    let dir = std::env::temp_dir().join(format!("dockplay-net-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("compose.yaml"),
        "services:\n  web:\n    image: nginx\n    ports: [\"${WEB_PORT}:80\"]\n",
    )
    .unwrap();
    fs::write(
        dir.join("compose.override.yaml"),
        "services:\n  web:\n    ports: [\"8443:443\"]\n",
    )
    .unwrap();
    fs::write(dir.join(".env"), "WEB_PORT=8080\n").unwrap();
    let o = bin()
        .current_dir(&dir)
        .args([
            "network",
            "--format",
            "json",
            "compose.yaml",
            "compose.override.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows: Vec<(String, u64, String)> = v["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["published"].as_str().unwrap().to_string(),
                p["target"].as_u64().unwrap(),
                p["file"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("8080".into(), 80, "compose.yaml".into()),
            ("8443".into(), 443, "compose.override.yaml".into())
        ]
    );
    let o = bin()
        .current_dir(&dir)
        .args([
            "network",
            "--format",
            "json",
            "--env",
            "WEB_PORT=9999",
            "compose.yaml",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["ports"][0]["published"], "9999", "--env wins over .env");
    // A broken file: problems on stderr with line and column, exit 1.
    fs::write(
        dir.join("bad.yaml"),
        "services:\n  web:\n    image: [unclosed\n",
    )
    .unwrap();
    let o = bin()
        .current_dir(&dir)
        .args(["network", "bad.yaml"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("bad.yaml:"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn rules_command_lists_the_registry() {
    let o = run(&["rules", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rules = v.as_array().unwrap();
    assert!(rules.len() >= 21);
    let r = rules
        .iter()
        .find(|r| r["id"] == "JSONArgsRecommended")
        .unwrap();
    assert_eq!(r["severity"], "warning");
    assert_eq!(r["origin"], "buildkit");
    assert!(r["summary"]["zh"].as_str().unwrap().contains("JSON"));
    assert!(r["bad"].as_str().unwrap().contains("CMD python"));
    let text = stdout(&run(&["rules", "--lang", "zh"]));
    assert!(text.contains("构建阶段名应使用小写"), "{text}");
}

#[test]
fn help_in_chinese_with_lang_zh() {
    for args in [
        &["check", "--help", "--lang", "zh"][..],
        &["check", "--lang=zh", "-h"],
        &["help", "check", "--lang", "zh"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let page = stdout(&o);
        assert!(
            page.starts_with("报告 Dockerfile 和 compose 文件中的问题"),
            "{page}"
        );
        assert!(
            page.contains("用法：dockplay check") && page.contains("选项："),
            "{page}"
        );
        assert!(
            page.contains("--fail-level") && page.contains("［默认：text］"),
            "{page}"
        );
        assert!(
            !page.contains("Options:") && !page.contains("Print help"),
            "{page}"
        );
    }
    let root = stdout(&run(&["--lang", "zh", "--help"]));
    assert!(
        root.contains("命令：") && root.contains("模拟 BuildKit 的层缓存"),
        "{root}"
    );
    // Without --lang zh the help stays English.
    let en = stdout(&run(&["check", "--help"]));
    assert!(en.contains("Options:") && !en.contains("选项"), "{en}");
}

#[test]
fn rules_command_documents_the_codes_named() {
    // By id in any case, by name and by dclint's name, in the order named.
    let text = stdout(&run(&[
        "rules",
        "dp1011",
        "JSONArgsRecommended",
        "no-version-field",
    ]));
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{text}"))
    };
    assert!(at("### DP1011 `end-of-life-base-image`") < at("### JSONArgsRecommended"));
    assert!(at("### JSONArgsRecommended") < at("### DC1001 `obsolete-version`"));
    assert!(
        text.contains("**Why.** ") && text.contains("Flagged:"),
        "{text}"
    );
    assert!(!text.contains("DL3008"), "only the codes named: {text}");
    let zh = stdout(&run(&["rules", "DL3008", "--lang", "zh"]));
    assert!(
        zh.contains("**为什么：**") && zh.contains("有问题的写法："),
        "{zh}"
    );
    let o = run(&["rules", "DL3008", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().map(|a| a.len()), Some(1));
    assert_eq!(v[0]["id"], "DL3008");
    let o = run(&["rules", "DL9999"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("no code \"DL9999\""),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn hadolint_config_beside_the_dockerfile_and_explicit() {
    let dir = "tests/fixtures/check/hadolint-config";
    let o = bin()
        .current_dir(dir)
        .args(["check", "--format", "json", "Dockerfile"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    let rule = |id: &str| diags.iter().find(|d| d["rule"] == id).cloned();
    assert!(rule("DP1007").is_none(), "ignored by the config");
    assert_eq!(
        rule("DL3008").unwrap()["severity"],
        "error",
        "overridden to error"
    );
    assert!(
        rule("DL3026").is_some(),
        "quay.io is not a trusted registry"
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "errors reach the failure-threshold"
    );
    // --fail-level on the command line wins; an explicit --config replaces the one beside.
    let empty =
        std::env::temp_dir().join(format!("dockplay-empty-config-{}.yaml", std::process::id()));
    fs::write(&empty, "ignored: [DL3008, DL3026, DP1007, DL3009]\n").unwrap();
    let o = bin()
        .current_dir(dir)
        .args([
            "check",
            "--config",
            empty.to_str().unwrap(),
            "--fail-level",
            "error",
            "Dockerfile",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    fs::write(&empty, "ignored: [unclosed\n").unwrap();
    let o = bin()
        .current_dir(dir)
        .args(["check", "--config", empty.to_str().unwrap(), "Dockerfile"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    fs::remove_file(&empty).ok();
}

#[test]
fn inline_pragmas_suppress() {
    let o = bin()
        .current_dir("tests/fixtures/check/pragmas")
        .args(["check", "--format", "json", "Dockerfile"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let got: Vec<(String, u64)> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        !got.iter().any(|(r, l)| r == "DL3008" && *l == 4),
        "{got:?}"
    );
    assert!(got.iter().any(|(r, l)| r == "DL3008" && *l == 5), "{got:?}");
    assert!(!got.iter().any(|(r, _)| r == "DP1007"), "{got:?}");
    // check=skip=JSONArgsRecommended also silences its hadolint twin DL3025.
    assert!(
        !got.iter()
            .any(|(r, _)| r == "JSONArgsRecommended" || r == "DL3025"),
        "{got:?}"
    );
}

/// `docs/rules.md` and `docs/rules.zh.md` are the output of `dockplay rules --format markdown`
/// (UPDATE_GOLDEN=1 rewrites them).
#[test]
fn rule_reference_is_generated_from_rule_docs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (lang, file) in [("en", "docs/rules.md"), ("zh", "docs/rules.zh.md")] {
        let o = run(&["rules", "--format", "markdown", "--lang", lang]);
        assert_eq!(o.status.code(), Some(0));
        let got = stdout(&o);
        assert!(got.contains("### DL3008 `apt-get-pin-versions`") || got.contains("### DL3008"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            fs::write(root.join(file), &got).unwrap();
        }
        let want = fs::read_to_string(root.join(file)).unwrap();
        assert!(
            got == want,
            "{file} is stale: run UPDATE_GOLDEN=1 cargo test --test cli"
        );
    }
}

/// `dockplay cache`: text and JSON, the `.dockerignore` beside the Dockerfile, `--previous`, and
/// exit codes.
#[test]
fn cache_command() {
    let dir = std::env::temp_dir().join(format!("dockplay-cache-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let df = dir.join("Dockerfile");
    fs::write(
        &df,
        "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n",
    )
    .unwrap();
    fs::write(dir.join(".dockerignore"), "docs\n").unwrap();
    let df = df.to_str().unwrap();

    let o = run(&["cache", "--changed", "server.js", df]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.contains("RE-RUNS  RUN npm ci"), "{text}");
    assert!(text.contains("suggestion:"), "{text}");
    assert!(
        text.contains("COPY package*.json ./\nRUN npm ci\nCOPY . .\n"),
        "{text}"
    );

    // A change under an ignored directory never invalidates anything.
    let o = run(&[
        "cache",
        "--format",
        "json",
        "--changed",
        "docs/guide.md",
        df,
    ]);
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["counts"]["rebuilt"], 0, "{r}");
    assert_eq!(r["counts"]["cached"], 4, "{r}");

    // A previous Dockerfile: only a CMD changed, but the Dockerfile is in the context.
    let old = dir.join("old.Dockerfile");
    fs::write(
        &old,
        "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"index.js\"]\n",
    )
    .unwrap();
    let o = run(&[
        "cache",
        "--format",
        "json",
        "--lang",
        "zh",
        "--previous",
        old.to_str().unwrap(),
        df,
    ]);
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let copy = &r["stages"][0]["steps"][2];
    assert_eq!(copy["status"], "rebuilt");
    assert!(
        copy["reason"]
            .as_str()
            .unwrap()
            .contains("Dockerfile（已修改）"),
        "{copy}"
    );

    // Errors are data, with exit code 1; a missing file is exit code 2.
    let o = run(&["cache", "--target", "nope", df]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("[DP0010]"));
    let o = run(&["cache", "/nonexistent/Dockerfile"]);
    assert_eq!(o.status.code(), Some(2));
    fs::remove_dir_all(&dir).ok();
}

/// A fresh directory under the system's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dockplay-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn fix_writes_safe_fixes_in_place_and_dry_run_prints_a_diff() {
    let dir = scratch("fix");
    let compose = dir.join("compose.yaml");
    let dockerfile = dir.join("Dockerfile");
    let before = "\u{feff}version: '3.8'\nservices:\n  web:\n    image: nginx:1.27\n    ports:\n      - 8080:80\n";
    fs::write(&compose, before).unwrap();
    // ADD → COPY is safe; moving an inline comment out of the COPY changes the instruction.
    let df = "FROM python:3.12-slim\nADD app.py /app/\nCOPY . .  # copy everything\n";
    fs::write(&dockerfile, df).unwrap();
    let (c, d) = (compose.to_str().unwrap(), dockerfile.to_str().unwrap());

    let o = run(&["check", "--fix", "--dry-run", c, d]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a dry run that would change files exits 1"
    );
    let diff = stdout(&o);
    assert!(
        diff.contains("-version: '3.8'") && diff.contains("+      - '8080:80'"),
        "{diff}"
    );
    assert!(
        diff.contains("-ADD app.py /app/") && diff.contains("+COPY app.py /app/"),
        "{diff}"
    );
    assert!(
        !diff.contains("# copy everything\n+"),
        "no unsafe fix without --unsafe-fixes: {diff}"
    );
    assert_eq!(
        fs::read_to_string(&compose).unwrap(),
        before,
        "a dry run writes nothing"
    );

    let o = run(&["check", "--fix", "--format", "json", c, d]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let left: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap())
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(
        !left.contains(&"DC1001") && !left.contains(&"DC1008") && !left.contains(&"DL3020"),
        "{left:?}"
    );
    assert!(left.contains(&"DP1003"), "the unsafe fix is left: {left:?}");
    assert_eq!(
        fs::read_to_string(&compose).unwrap(),
        "\u{feff}services:\n  web:\n    image: nginx:1.27\n    ports:\n      - '8080:80'\n",
        "fixed in place, the byte order mark kept"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("applied 2 fix(es)"));

    let o = run(&["check", "--fix", "--unsafe-fixes", d]);
    assert!(
        !fs::read_to_string(&dockerfile)
            .unwrap()
            .contains("COPY . .  #"),
        "{}",
        stdout(&o)
    );
    let o = run(&["check", "--fix", "--dry-run", c]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "nothing left to fix: {}",
        stdout(&o)
    );
    assert!(
        fs::read_dir(&dir).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains("dockplay-fix")),
        "no temporary file is left behind"
    );
    let o = run(&["check", "--dry-run", c]);
    assert_eq!(o.status.code(), Some(2), "--dry-run needs --fix");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn compose_is_checked_against_the_dockerfile_it_builds() {
    let dir = scratch("pair");
    fs::create_dir_all(dir.join("api")).unwrap();
    fs::write(
        dir.join("api/Dockerfile"),
        "FROM python:3.12-slim\nCMD [\"flask\", \"run\"]\n",
    )
    .unwrap();
    let compose = dir.join("compose.yaml");
    fs::write(
        &compose,
        "name: shop\nservices:\n  api:\n    build: ./api\n    ports:\n      - \"127.0.0.1:5000:5000\"\n",
    )
    .unwrap();
    // On disk, where build says.
    let o = run(&["check", compose.to_str().unwrap()]);
    assert!(
        stdout(&o).contains("[DC1304]"),
        "flask run listens on 127.0.0.1: {}",
        stdout(&o)
    );
    // Given beside it on the command line, under another name.
    fs::remove_dir_all(dir.join("api")).unwrap();
    let other = dir.join("api.Dockerfile");
    fs::write(&other, "FROM python:3.12-slim\nEXPOSE 8000\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n").unwrap();
    let o = run(&["check", compose.to_str().unwrap(), other.to_str().unwrap()]);
    let out = stdout(&o);
    assert!(
        out.contains("[DC1303]") && out.contains("listens on 8000"),
        "{out}"
    );
    // Alone, with no Dockerfile to be found: no cross-file finding.
    let o = run(&["check", compose.to_str().unwrap()]);
    assert!(!stdout(&o).contains("[DC130"), "{}", stdout(&o));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn dclintrc_and_dclint_comments_apply_to_compose_files() {
    let dir = scratch("dclintrc");
    let compose = dir.join("docker-compose.yml");
    fs::write(
        &compose,
        "# dclint disable require-project-name-field\nservices:\n  web:\n    image: nginx # dclint disable-line service-image-require-explicit-tag\n    ports:\n      # dclint disable-line\n      - 8080:80\n  db:\n    image: postgres\n  api:\n    image: myapi:1.0\n    ports:\n      - 9000:9000\n",
    )
    .unwrap();
    fs::write(
        dir.join(".dclintrc"),
        "{\"rules\": {\"no-unbound-port-interfaces\": 0, \"services-alphabetical-order\": 2, \"require-quotes-in-ports\": [1, {\"quoteType\": \"double\"}]}}",
    )
    .unwrap();
    let o = run(&["check", "--format", "json", compose.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let found: Vec<(String, u64, String)> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let has = |rule: &str, line: u64| found.iter().any(|(r, l, _)| r == rule && *l == line);
    assert!(
        !found.iter().any(|(r, ..)| r == "DC1007"),
        "disabled for the file: {found:?}"
    );
    assert!(
        !has("DC1011", 4) && has("DC1011", 9),
        "disable-line on its own line: {found:?}"
    );
    assert!(
        !has("DC1008", 7) && has("DC1008", 13),
        "disable-line above the item: {found:?}"
    );
    assert!(
        !found.iter().any(|(r, ..)| r == "DC1006"),
        "level 0 turns a rule off: {found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(r, l, s)| r == "DC1014" && *l == 8 && s == "error"),
        "an ordering rule turned on at level 2: {found:?}"
    );
    let fix = &report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "DC1008")
        .unwrap()["fix"]["edits"][0]["replacement"];
    assert_eq!(fix, "\"9000:9000\"", "quoteType from the options");
    let _ = fs::remove_dir_all(&dir);
}

/// Every hook of `.pre-commit-hooks.yaml` runs as pre-commit would run it (its `entry` plus the
/// matching file names), and its `files` pattern names the files `check` detects.
#[test]
fn pre_commit_hooks_run_as_written() {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"))
            .unwrap();
    let entries: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("entry: "))
        .collect();
    assert_eq!(entries, ["dockplay check", "dockplay check --fix"]);
    assert_eq!(
        text.matches("\n- id: ").count() + usize::from(text.starts_with("- id: ")),
        2
    );
    let dir = scratch("hooks");
    let compose = dir.join("docker-compose.yml");
    for entry in entries {
        fs::write(
            &compose,
            "version: '3'\nservices:\n  web:\n    image: nginx:1.27\n",
        )
        .unwrap();
        let mut words = entry.split_whitespace();
        assert_eq!(words.next(), Some("dockplay"));
        let mut args: Vec<&str> = words.collect();
        args.push(compose.to_str().unwrap());
        let o = run(&args);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{entry}: {:?}", o);
        let fixed = !fs::read_to_string(&compose).unwrap().contains("version:");
        assert_eq!(fixed, entry.contains("--fix"), "{entry}");
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_name_that_tells_nothing_is_read_by_its_content() {
    let dir = scratch("sniff");
    let files = [
        (
            "stack.yml",
            "services:\n  web:\n    image: nginx:1.27\n    ports: [8080:80]\n",
            Some("DC1008"),
        ),
        (
            "build.txt",
            "# syntax=docker/dockerfile:1\nFROM alpine:3.22\nMAINTAINER me\n",
            Some("DL4000"),
        ),
        (
            "compose-prod.yml",
            "services:\n  web:\n    image: nginx\n",
            Some("DC1011"),
        ),
        ("settings.yml", "hello: world\n", None),
    ];
    for (name, text, rule) in files {
        let p = dir.join(name);
        fs::write(&p, text).unwrap();
        let out = stdout(&run(&["check", p.to_str().unwrap()]));
        match rule {
            Some(rule) => {
                assert!(out.contains(&format!("[{rule}]")), "{name}: {out}");
                let sniffed = name != "compose-prod.yml";
                assert_eq!(out.contains("[DP0017]"), sniffed, "{name}: {out}");
            }
            None => assert!(out.contains("[DP0008]"), "{name}: {out}"),
        }
    }
    let _ = fs::remove_dir_all(&dir);
}

/// `naming: buildkit` means BuildKit's behaviour for the checks both tools have: no DL3025
/// under a custom SHELL (JSONArgsRecommended is silent there), no DL3000 after an absolute
/// WORKDIR (WorkdirRelativePath is silent there); what only hadolint checks (DL3025 on
/// HEALTHCHECK CMD) stays. With hadolint's naming both fire.
#[test]
fn naming_buildkit_follows_buildkits_checks() {
    let text = "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nWORKDIR /srv\nWORKDIR app\nCMD ./run.sh\nHEALTHCHECK CMD curl -f http://localhost/\nUSER 1000\n";
    let rules = |naming: &str| -> Vec<(String, usize)> {
        let opts = dockplay::Options {
            rules: Some(
                dockplay::rules::Config::from_yaml(&format!("naming: {naming}\n")).unwrap(),
            ),
            ..dockplay::Options::default()
        };
        dockplay::analyze_file("Dockerfile", text.as_bytes(), &opts)
            .diagnostics
            .iter()
            .map(|d| (d.rule.clone(), d.line))
            .collect()
    };
    let hadolint = rules("hadolint");
    assert!(hadolint.contains(&("DL3025".into(), 5)), "{hadolint:?}");
    assert!(hadolint.contains(&("DL3025".into(), 6)), "{hadolint:?}");
    assert!(hadolint.contains(&("DL3000".into(), 4)), "{hadolint:?}");
    let buildkit = rules("buildkit");
    let has = |r: &str, l: usize| buildkit.contains(&(r.to_string(), l));
    assert!(
        !has("DL3025", 5) && !has("JSONArgsRecommended", 5),
        "{buildkit:?}"
    );
    assert!(has("DL3025", 6), "{buildkit:?}");
    assert!(
        !has("DL3000", 4) && !has("WorkdirRelativePath", 4),
        "{buildkit:?}"
    );
}

/// The small defects of issue #13 stay fixed: the casing hint quotes the keyword once, a
/// quoted Windows WORKDIR is absolute, `check --help` says what --fail-level does once.
#[test]
fn small_precision_defects_stay_fixed() {
    let report = |text: &str| {
        dockplay::analyze_file("Dockerfile", text.as_bytes(), &dockplay::Options::default())
            .diagnostics
    };
    let casing =
        report("FROM rockylinux:9\nrun yum install -y x-1 && yum clean all\nRUN echo hi\n");
    let hint = casing
        .iter()
        .find(|d| d.rule == "ConsistentInstructionCasing")
        .and_then(|d| d.help.clone())
        .expect("a casing finding with a hint");
    assert_eq!(hint, "write \"RUN\"");
    let windows = report("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR \"C:\\\\\"\nUSER ContainerUser\n");
    assert!(!windows.iter().any(|d| d.rule == "DL3000"), "{windows:?}");
    let o = run(&["check", "--help"]);
    assert_eq!(stdout(&o).matches("Exit with 1 when a finding").count(), 1);
}

/// With `--lang zh`, usage errors are said in Chinese (clap's usage line kept) and still exit 2;
/// without it they stay clap's English.
#[test]
fn usage_errors_follow_lang_zh() {
    let o = run(&["check", "--bogus", "--lang", "zh"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.starts_with("错误：无法识别的参数“--bogus”"), "{err}");
    assert!(err.contains("用法：dockplay check"), "{err}");
    let o = run(&["nosuch", "--lang=zh"]);
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("无法识别的子命令“nosuch”"), "{err}");
    let o = run(&["check", "--lang", "zh", "--format", "xml", "x"]);
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("“xml”无效（可选值：text、json、sarif）"),
        "{err}"
    );
    let o = run(&["check", "--bogus"]);
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("unexpected argument '--bogus'"), "{err}");
    assert!(
        run(&["check", "--help", "--lang", "zh"]).status.success(),
        "help is not an error"
    );
}
