//! The explanation catalogue covers everything the tool reads, in both languages: every
//! instruction, directive, form, flag, mount type and option, predefined ARG; every property of
//! the compose specification (from its JSON schema) with the sub-keys of long syntaxes; every
//! `docker run` flag; every rule's docs; and every key an explanation of the corpus refers to.

use dockplay::dockerfile::flags::{allowed, MountType, MOUNT_OPTIONS};
use dockplay::dockerfile::model::scope::PLATFORM_ARGS;
use dockplay::dockerfile::Keyword;
use dockplay::explain::{Catalogue, Entry};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The problems of one entry: a missing language, Chinese without Chinese, English with it.
fn entry_problems(e: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    let mut texts = vec![("summary", Some(&e.summary))];
    texts.extend([
        ("build", e.build.as_ref()),
        ("run", e.run.as_ref()),
        ("cache", e.cache.as_ref()),
    ]);
    texts.extend(e.mistakes.iter().map(|m| ("mistake", Some(m))));
    for (what, t) in texts {
        let Some(t) = t else { continue };
        if t.en.trim().is_empty() || t.zh.trim().is_empty() {
            out.push(format!("{}: {what} lacks a language", e.key));
        } else if !has_chinese(&t.zh) {
            out.push(format!("{}: {what} in Chinese has no Chinese", e.key));
        } else if has_chinese(&t.en) {
            out.push(format!("{}: {what} in English has Chinese", e.key));
        }
    }
    if e.summary.en.is_empty() {
        out.push(format!("{}: no summary", e.key));
    }
    out
}

/// Keys missing from the catalogue (or incomplete there).
fn missing(cat: &Catalogue, keys: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    for k in keys {
        match cat.get(&k) {
            None => out.push(format!("{k}: no entry")),
            Some(e) => out.extend(entry_problems(e)),
        }
    }
    out
}

#[test]
fn every_entry_is_written_in_both_languages() {
    let cat = Catalogue::builtin();
    let mut problems = Vec::new();
    for k in cat.keys().collect::<BTreeSet<_>>() {
        problems.extend(entry_problems(cat.get(k).unwrap()));
        let e = cat.get(k).unwrap();
        if let Some(d) = &e.docs {
            assert!(d.starts_with("https://"), "{k}: docs {d}");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_dockerfile_construct_has_an_entry() {
    let mut keys: Vec<String> = Vec::new();
    for k in Keyword::ALL {
        keys.push(format!("dockerfile.instruction.{}", k.as_str()));
        for (flag, _) in allowed(k) {
            keys.push(format!("dockerfile.flag.{}.{flag}", k.as_str()));
        }
    }
    for d in ["syntax", "escape", "check"] {
        keys.push(format!("dockerfile.directive.{d}"));
    }
    keys.extend(
        [
            "dockerfile.heredoc",
            "dockerfile.form.shell",
            "dockerfile.form.exec",
        ]
        .map(String::from),
    );
    for t in MountType::ALL {
        keys.push(format!("dockerfile.mount.{}", t.as_str()));
    }
    for o in MOUNT_OPTIONS {
        keys.push(format!(
            "dockerfile.mount.option.{}",
            dockplay::dockerfile::flags::mount_option_name(o)
        ));
    }
    for (a, _) in PLATFORM_ARGS {
        keys.push(format!("dockerfile.arg.{a}"));
    }
    let m = missing(Catalogue::builtin(), keys);
    assert!(m.is_empty(), "{}", m.join("\n"));
}

/// `$ref`s of the schema resolved.
fn resolve<'a>(schema: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let path = r.trim_start_matches("#/");
            let mut cur = schema;
            for p in path.split('/') {
                cur = &cur[p];
            }
            resolve(schema, cur)
        }
        None => v,
    }
}

/// The object properties a value of this schema can have: directly, through `oneOf`/`anyOf`,
/// as the items of an array, or as the values of a mapping of user-chosen names.
fn sub_properties(schema: &Value, v: &Value, depth: usize) -> BTreeSet<String> {
    let v = resolve(schema, v);
    let mut out = BTreeSet::new();
    if depth > 3 {
        return out;
    }
    if let Some(p) = v.get("properties").and_then(Value::as_object) {
        out.extend(p.keys().cloned());
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for alt in v.get(key).and_then(Value::as_array).into_iter().flatten() {
            out.extend(sub_properties(schema, alt, depth + 1));
        }
    }
    if let Some(items) = v.get("items") {
        out.extend(sub_properties(schema, items, depth + 1));
    }
    for key in ["additionalProperties", "patternProperties"] {
        match v.get(key) {
            Some(Value::Object(o)) if key == "patternProperties" => {
                for alt in o.values() {
                    out.extend(sub_properties(schema, alt, depth + 1));
                }
            }
            Some(o @ Value::Object(_)) => out.extend(sub_properties(schema, o, depth + 1)),
            _ => {}
        }
    }
    out.retain(|k| !k.starts_with("x-"));
    out
}

#[test]
fn every_compose_specification_property_has_an_entry() {
    let text = std::fs::read_to_string(shared().join("conformance/compose-spec/compose-spec.json"))
        .unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let mut keys = Vec::new();
    for k in schema["properties"].as_object().unwrap().keys() {
        keys.push(format!("compose.top.{k}"));
    }
    let service = &schema["definitions"]["service"]["properties"];
    let attrs = service.as_object().unwrap();
    assert!(attrs.len() >= 90, "{} service attributes", attrs.len());
    for (k, v) in attrs {
        keys.push(format!("compose.service.{k}"));
        // Long syntax: the keys of the objects the attribute takes (ports' target, published, …),
        // where they are keys of the specification rather than names the user chooses.
        if [
            "environment",
            "labels",
            "annotations",
            "extra_hosts",
            "sysctls",
            "storage_opt",
            "ulimits",
            "networks",
            "depends_on",
            "extends",
            "driver_opts",
        ]
        .contains(&k.as_str())
            && !["depends_on", "networks"].contains(&k.as_str())
        {
            continue;
        }
        for sub in sub_properties(&schema, v, 0) {
            keys.push(format!("compose.service.{k}.{sub}"));
        }
    }
    for (section, def) in [
        ("network", "network"),
        ("volume", "volume"),
        ("secret", "secret"),
        ("config", "config"),
    ] {
        for k in schema["definitions"][def]["properties"]
            .as_object()
            .unwrap()
            .keys()
        {
            if !k.starts_with("x-") {
                keys.push(format!("compose.{section}.{k}"));
            }
        }
    }
    let m = missing(Catalogue::builtin(), keys);
    assert!(m.is_empty(), "{} missing:\n{}", m.len(), m.join("\n"));
}

#[test]
fn every_docker_run_flag_has_an_entry() {
    let keys: Vec<String> = dockplay::docker_run::flags::all()
        .iter()
        .map(|f| format!("docker-run.{}", f.long))
        .chain(["docker-run".to_string()])
        .collect();
    assert!(keys.len() > 100);
    let m = missing(Catalogue::builtin(), keys);
    assert!(m.is_empty(), "{}", m.join("\n"));
}

#[test]
fn every_rule_has_its_docs_in_both_languages() {
    for c in dockplay::rules::registry::CODES.iter() {
        for t in [c.summary, c.why, c.fix] {
            assert!(!t.en.is_empty() && has_chinese(t.zh), "{}: {t:?}", c.id);
        }
    }
}

/// The files the corpus and the seeds hold, as (name, text).
fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["corpus/dockerfiles", "corpus/compose", "seed-examples"] {
        for entry in walk(&shared().join(dir)) {
            let name = entry.file_name().unwrap().to_string_lossy().to_string();
            let kind = if name.ends_with(".yml") || name.ends_with(".yaml") {
                "compose.yaml"
            } else if name.ends_with(".sh") {
                "run.sh"
            } else if name.ends_with(".jsonl") || name.ends_with(".md") || name.ends_with(".json") {
                continue;
            } else {
                "Dockerfile"
            };
            if let Ok(text) = std::fs::read_to_string(&entry) {
                out.push((kind.to_string(), text));
            }
        }
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn every_key_an_explanation_of_the_corpus_uses_has_an_entry() {
    let cat = Catalogue::builtin();
    let opts = dockplay::Options {
        fallback_project_name: Some("corpus".into()),
        ..Default::default()
    };
    let mut used: BTreeSet<String> = BTreeSet::new();
    let files = corpus();
    assert!(files.len() > 900, "{} corpus files", files.len());
    for (name, text) in &files {
        let f = dockplay::explain::file(name, text.as_bytes(), &opts, cat);
        for it in &f.items {
            used.insert(it.key.clone());
            // Commands of RUN lines are open-ended: those the catalogue lacks get a generic text.
            used.extend(
                it.parts
                    .iter()
                    .map(|p| p.key.clone())
                    .filter(|k| !k.starts_with("command.")),
            );
        }
    }
    // A compose key below what the catalogue describes reads its nearest ancestor's entry.
    let used: BTreeSet<String> = used
        .into_iter()
        .map(
            |k| match dockplay::report::explain::entry_or_ancestor(cat, &k) {
                Some(e) => e.key.clone(),
                None => k,
            },
        )
        .collect();
    let m = missing(cat, used);
    assert!(
        m.is_empty(),
        "{} keys used but not in the catalogue:\n{}",
        m.len(),
        m.join("\n")
    );
}
