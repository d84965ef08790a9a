//! Differential test against dclint 3.1.0 (installed by scripts/setup.sh into target/peers) on
//! the 326 corpus compose files, for the 15 rules both tools have: every rule on, the same
//! configuration for both (a `.dclintrc` that dockplay reads too). A finding agrees when both
//! tools report the same rule in the same file on the same line, where dclint's habit of
//! reporting a list item's finding on the line of the list's key (`ports:`) counts as that line.
//! Files that dclint refuses (its bundled schema is older than Compose's) run no dclint rule and
//! are left out. The agreement must stay at or above 95% of all findings of both tools; every
//! remaining difference is a case documented in the rule's `differs`.

use dockplay::diagnostic::Origin;
use dockplay::report::FileKind;
use dockplay::rules::{find, Config};
use dockplay::{analyze_file, Options};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const CONFIG: &str = r#"{
  "rules": {
    "no-build-and-image": 2, "no-duplicate-container-names": 2, "no-duplicate-exported-ports": 2,
    "no-quotes-in-volumes": 2, "no-unbound-port-interfaces": 2, "no-version-field": 2,
    "require-project-name-field": 2, "require-quotes-in-ports": [2, {"quoteType": "single"}],
    "service-container-name-regex": 2, "service-dependencies-alphabetical-order": 2,
    "service-image-require-explicit-tag": 2, "service-keys-order": 2,
    "service-ports-alphabetical-order": 2, "services-alphabetical-order": 2,
    "top-level-properties-order": 2
  }
}"#;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The corpus compose files, relative to the corpus directory, sorted.
fn corpus() -> (PathBuf, Vec<String>) {
    let dir = root().join("../shared/corpus/compose");
    let mut files = Vec::new();
    for d in std::fs::read_dir(&dir).expect("the compose corpus") {
        let d = d.unwrap().path();
        if !d.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&d).unwrap() {
            let f = f.unwrap().path();
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".yml") || name.ends_with(".yaml") {
                files.push(f.strip_prefix(&dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    files.sort();
    (dir, files)
}

/// Findings by file: `(rule, line)`.
type Findings = BTreeMap<String, Vec<(String, usize)>>;

/// dclint's findings, and the files it refused.
fn dclint(dir: &Path, files: &[String], config: &Path) -> (Findings, Vec<String>) {
    let bin = root().join("target/peers/node_modules/.bin/dclint");
    assert!(
        bin.exists(),
        "dclint 3.1.0 is not installed: run scripts/setup.sh"
    );
    let out = std::env::temp_dir().join(format!("dockplay-dclint-{}.json", std::process::id()));
    let status = Command::new(&bin)
        .current_dir(dir)
        .args(files)
        .arg("-c")
        .arg(config)
        .args(["-f", "json", "-o"])
        .arg(&out)
        .status()
        .expect("dclint runs");
    assert!(status.code().is_some(), "dclint was killed");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("dclint wrote its report"))
            .unwrap();
    let _ = std::fs::remove_file(&out);
    let mut found: Findings = BTreeMap::new();
    let mut refused = Vec::new();
    for f in report.as_array().unwrap() {
        let path = f["filePath"].as_str().unwrap();
        let path = path
            .strip_prefix(&format!("{}/", dir.display()))
            .unwrap_or(path)
            .to_string();
        for m in f["messages"].as_array().unwrap() {
            let rule = m["rule"].as_str().unwrap().to_string();
            if rule == "invalid-schema" || rule == "invalid-yaml" {
                refused.push(path.clone());
                continue;
            }
            found
                .entry(path.clone())
                .or_default()
                .push((rule, m["line"].as_u64().unwrap() as usize));
        }
    }
    (found, refused)
}

/// The line of the key a line's item belongs to: the nearest line above with less indentation.
fn parent_line(text: &str, line: usize) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let own = indent(lines.get(line - 1)?);
    (1..line).rev().find(|&n| {
        let l = lines[n - 1];
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#') && indent(l) < own
    })
}

#[test]
fn dclint_agrees_on_the_corpus() {
    let (dir, files) = corpus();
    assert!(files.len() >= 300, "{} corpus files", files.len());
    let config_path =
        std::env::temp_dir().join(format!("dockplay-dclintrc-{}.json", std::process::id()));
    std::fs::write(&config_path, CONFIG).unwrap();
    let (theirs, refused) = dclint(&dir, &files, &config_path);
    let _ = std::fs::remove_file(&config_path);
    let config = Config::from_yaml(CONFIG).unwrap();
    // rule → (dclint's, ours, agreeing)
    let mut tally: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut differences = Vec::new();
    for f in files.iter().filter(|f| !refused.contains(f)) {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        let opts = Options {
            kind: Some(FileKind::Compose),
            rules: Some(config.clone()),
            ..Options::default()
        };
        let report = analyze_file(f, text.as_bytes(), &opts);
        let mut ours: Vec<(String, usize, bool)> = report
            .diagnostics
            .iter()
            .filter_map(|d| {
                let code = find(&d.rule)?;
                (code.origin == Origin::Dclint)
                    .then(|| (code.aliases[0].to_string(), d.line, false))
            })
            .collect();
        for (rule, _, _) in &ours {
            tally.entry(rule.clone()).or_default().1 += 1;
        }
        for (rule, line) in theirs.get(f).into_iter().flatten() {
            let t = tally.entry(rule.clone()).or_default();
            t.0 += 1;
            let hit = ours.iter_mut().find(|(r, l, used)| {
                !*used && r == rule && (*l == *line || parent_line(&text, *l) == Some(*line))
            });
            match hit {
                Some(h) => {
                    h.2 = true;
                    t.2 += 1;
                }
                None => differences.push(format!("{f}:{line}: only dclint: {rule}")),
            }
        }
        for (rule, line, used) in &ours {
            if !used {
                differences.push(format!("{f}:{line}: only dockplay: {rule}"));
            }
        }
    }
    let (mut all_theirs, mut all_ours, mut agreed) = (0, 0, 0);
    println!(
        "{:<42} {:>7} {:>9} {:>6}",
        "rule", "dclint", "dockplay", "agree"
    );
    for (rule, (t, o, a)) in &tally {
        println!("{rule:<42} {t:>7} {o:>9} {a:>6}");
        all_theirs += t;
        all_ours += o;
        agreed += a;
    }
    let share = 2.0 * agreed as f64 / (all_theirs + all_ours).max(1) as f64;
    println!(
        "{} files ({} refused by dclint's schema); dclint {all_theirs}, dockplay {all_ours}, agreeing {agreed}: {:.1}%",
        files.len(),
        refused.len(),
        share * 100.0
    );
    for d in &differences {
        println!("  {d}");
    }
    assert!(all_theirs > 1000, "dclint found only {all_theirs}");
    assert!(share >= 0.95, "agreement {:.1}% < 95%", share * 100.0);
}
