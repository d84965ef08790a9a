//! BuildKit conformance: parser fixtures, negative fixtures and shell-word fixtures.

use dockplay::dockerfile::dump::dump;
use dockplay::dockerfile::parse;
use dockplay::dockerfile::shell_word::Lex;
use std::fs;
use std::path::{Path, PathBuf};

fn buildkit() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance/buildkit")
}

fn cases(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(buildkit().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no cases in {dir}");
    v
}

#[test]
fn every_testfile_dumps_like_buildkit() {
    let mut failures = Vec::new();
    for case in cases("testfiles") {
        let src = fs::read(case.join("Dockerfile")).unwrap();
        let want = fs::read_to_string(case.join("result")).unwrap();
        let parsed = parse(&String::from_utf8_lossy(&src));
        let got = dump(&parsed.nodes);
        if parsed.rejection.is_some() || got != want {
            failures.push(format!(
                "== {}\nrejection: {:?}\n-- want\n{want}-- got\n{got}",
                case.display(),
                parsed.rejection
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_negative_testfile_is_rejected() {
    for case in cases("testfiles-negative") {
        let src = fs::read_to_string(case.join("Dockerfile")).unwrap();
        let parsed = parse(&src);
        assert!(
            parsed.rejection.is_some(),
            "{} should be rejected",
            case.display()
        );
        assert!(
            parsed.diagnostics.iter().any(|d| d.code.id == "DP0001"),
            "{}: the rejection must be a diagnostic",
            case.display()
        );
    }
}

fn env_pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn shell_env_var_cases() {
    let text = fs::read_to_string(buildkit().join("shell/envVarTest")).unwrap();
    let env = env_pairs(&[
        ("PWD", "/home"),
        ("SHELL", "bash"),
        ("KOREAN", "한국어"),
        ("NULL", ""),
    ]);
    let lex = Lex::new('\\');
    let mut n = 0;
    let mut failures = Vec::new();
    for line in text.lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split('|').collect();
        assert_eq!(parts.len(), 3, "bad line {line:?}");
        let (platform, source, expected) = (parts[0].trim(), parts[1].trim(), parts[2].trim());
        if platform == "W" {
            continue;
        }
        n += 1;
        let got = lex.process_word(source, &env);
        let ok = match (&got, expected) {
            (Err(_), "error") => true,
            (Ok(p), e) => p.result == e,
            _ => false,
        };
        if !ok {
            failures.push(format!("{source:?}: want {expected:?}, got {got:?}"));
        }
    }
    assert!(n > 200, "only {n} cases read");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shell_words_cases() {
    let text = fs::read_to_string(buildkit().join("shell/wordsTest")).unwrap();
    let lex = Lex::new('\\');
    let mut env: Vec<(String, String)> = Vec::new();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("ENV ") {
            let rest = rest.trim_start_matches(' ');
            let (k, v) = rest.split_once('=').unwrap();
            env.push((k.to_string(), v.to_string()));
            continue;
        }
        let parts: Vec<&str> = line.split('|').collect();
        assert_eq!(parts.len(), 2, "bad line {line:?}");
        let test = parts[0].trim();
        let expected: Vec<&str> = parts[1].trim_start_matches(' ').split(',').collect();
        n += 1;
        let got = lex
            .process_words(test, &env)
            .unwrap_or_else(|_| vec!["error".to_string()]);
        if got != expected {
            failures.push(format!("{test:?}: want {expected:?}, got {got:?}"));
        }
    }
    assert!(n > 20, "only {n} cases read");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
