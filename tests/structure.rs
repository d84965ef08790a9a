//! The shape the code keeps (ruff's and actionlint's): one rule per file under `src/rules/`,
//! every file of a rule named after its code, no function longer than 120 lines, and a
//! `src/main.rs` that only dispatches.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn src(sub: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(sub), &mut files);
    files.sort();
    files
}

/// `text` with string and character literals, comments and non-ASCII bytes blanked (same
/// length, newlines kept), so braces count right.
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = vec![b' '; b.len()];
    let starts = |i: usize, p: &str| b[i..].starts_with(p.as_bytes());
    let mut i = 0;
    while i < b.len() {
        let end = if starts(i, "//") {
            b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |n| i + n)
        } else if b[i] == b'"' || starts(i, "r#\"") {
            let (close, mut j) = if b[i] == b'r' {
                ("\"#", i + 3)
            } else {
                ("\"", i + 1)
            };
            while j < b.len() && !starts(j, close) {
                j += if b[j] == b'\\' && close == "\"" { 2 } else { 1 };
            }
            (j + close.len()).min(b.len())
        } else if b[i] == b'\'' && i + 2 < b.len() && (b[i + 2] == b'\'' || b[i + 1] == b'\\') {
            b[i + 2..]
                .iter()
                .position(|&c| c == b'\'')
                .map_or(b.len(), |n| i + 3 + n)
        } else {
            if b[i].is_ascii() {
                out[i] = b[i];
            }
            i += 1;
            continue;
        };
        for k in i..end.min(b.len()) {
            if b[k] == b'\n' {
                out[k] = b'\n';
            }
        }
        i = end;
    }
    String::from_utf8(out).expect("ASCII")
}

/// `(name, first line, number of lines)` of every function with a body.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(text);
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(k) = code[at..].find("fn ") {
        let start = at + k;
        at = start + 3;
        if start > 0
            && (code.as_bytes()[start - 1].is_ascii_alphanumeric()
                || code.as_bytes()[start - 1] == b'_')
        {
            continue;
        }
        let name: String = code[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let (Some(open), semi) = (code[at..].find('{'), code[at..].find(';')) else {
            continue;
        };
        if semi.is_some_and(|s| s < open) || name.is_empty() {
            continue;
        }
        let mut depth = 0;
        let mut end = at + open;
        for (j, ch) in code[at + open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = at + open + j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let first = code[..start].matches('\n').count() + 1;
        let last = code[..end].matches('\n').count() + 1;
        out.push((name, first, last - first + 1));
    }
    out
}

#[test]
fn one_rule_per_file_named_by_its_code() {
    let mut failures = Vec::new();
    for f in src("src/rules") {
        let text = fs::read_to_string(&f).unwrap();
        let rules = text.matches("static RULE: Rule = Rule {").count();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if rules > 1 {
            failures.push(format!("{}: {rules} rules", f.display()));
        }
        if rules == 1 {
            let id = text
                .split("id: \"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or("");
            let from_name = id.to_lowercase();
            let snake: String = id
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    let sep = (i > 0 && c.is_uppercase()).then_some('_');
                    sep.into_iter().chain(c.to_lowercase())
                })
                .collect();
            if !name.starts_with(&from_name)
                && !name.starts_with(&snake)
                && !name.starts_with(&snake.replace("j_s_o_n", "json"))
            {
                failures.push(format!("{name}: rule {id} is not found by its file name"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_function_is_longer_than_120_lines() {
    let mut failures = Vec::new();
    for dir in ["src", "www/src"] {
        for f in src(dir) {
            let text = fs::read_to_string(&f).unwrap();
            for (name, line, len) in functions(&text) {
                if len > 120 {
                    failures.push(format!("{}:{line}: fn {name} has {len} lines", f.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn main_only_dispatches() {
    let main =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs")).unwrap();
    assert!(
        main.lines().count() <= 30,
        "src/main.rs has grown: keep subcommands in src/cli/"
    );
    let fns = functions(&main);
    assert_eq!(fns.len(), 1, "{fns:?}");
}

#[test]
fn the_line_counter_counts() {
    let text = "fn a() {\n    let s = \"}{\";\n    // }\n}\nfn b() -> u8 { 1 }\n";
    assert_eq!(
        functions(text),
        [("a".to_string(), 1, 4), ("b".to_string(), 5, 1)]
    );
}

/// libFuzzer accepts only `\\`, `\"` and `\xAB` escapes in a dictionary entry; any other
/// escape makes the whole fuzz run fail before it starts.
#[test]
fn fuzz_dictionaries_parse() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/dict");
    let mut seen = 0;
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let text = fs::read_to_string(&p).unwrap();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = format!("{}:{}", p.display(), n + 1);
            let start = line
                .find('"')
                .unwrap_or_else(|| panic!("{at}: no opening quote"));
            let body = &line[start + 1..];
            assert!(
                body.ends_with('"') && body.len() >= 2,
                "{at}: no closing quote"
            );
            let b = &body.as_bytes()[..body.len() - 1];
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'\\' {
                    match b.get(i + 1) {
                        Some(b'\\' | b'"') => i += 2,
                        Some(b'x')
                            if b.len() > i + 3
                                && b[i + 2..i + 4].iter().all(u8::is_ascii_hexdigit) =>
                        {
                            i += 4
                        }
                        _ => panic!("{at}: libFuzzer cannot read the escape in {line}"),
                    }
                } else {
                    assert!(b[i] != b'"', "{at}: unescaped quote");
                    i += 1;
                }
            }
            seen += 1;
        }
    }
    assert!(seen > 50, "only {seen} dictionary entries");
}
