//! SARIF 2.1.0 for code-scanning tools, with every code's docs from the registry.

use super::{DiagnosticOut, Report};
use crate::diagnostic::Severity;
use crate::i18n::Lang;

/// SARIF's level for a severity (SARIF has no style level: info and style are notes).
fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Style => "note",
    }
}

/// SARIF metadata of the code behind `d`, from the registry: summary, description, help text
/// and Markdown docs in the report's language, default level, origin, aliases and help URI.
fn sarif_rule(d: &DiagnosticOut, lang: Lang) -> serde_json::Value {
    use serde_json::json;
    let Some(code) = crate::rules::find(&d.rule) else {
        // Not reached while the registry test passes; keep the log valid regardless.
        return json!({
            "id": d.rule,
            "name": d.name,
            "shortDescription": { "text": d.message_i18n.get(lang) },
            "defaultConfiguration": { "level": sarif_level(d.severity) },
        });
    };
    let mut r = json!({
        "id": d.rule,
        "name": d.name,
        "shortDescription": { "text": code.summary.get(lang) },
        "fullDescription": { "text": code.why.get(lang) },
        "help": {
            "text": format!("{} {}", code.why.get(lang), code.fix.get(lang)),
            "markdown": crate::rules::docs::doc_markdown(code, lang),
        },
        "defaultConfiguration": { "level": sarif_level(code.severity) },
        "properties": {
            "origin": code.origin,
            "aliases": crate::rules::registry::aliases(code.id),
        },
    });
    if let Some(u) = crate::rules::docs::help_uri(code) {
        r["helpUri"] = json!(u);
    }
    r
}

/// SARIF 2.1.0 log for code-scanning tools.
pub fn to_sarif(report: &Report) -> serde_json::Value {
    use serde_json::json;
    let zh = report.lang == Lang::Zh;
    // Rules in first-seen order; results refer to them by index.
    let mut rules: Vec<serde_json::Value> = Vec::new();
    let mut rule_ids: Vec<String> = Vec::new();
    let mut results = Vec::new();
    for f in &report.files {
        for d in &f.diagnostics {
            let index = match rule_ids.iter().position(|id| id == &d.rule) {
                Some(i) => i,
                None => {
                    rule_ids.push(d.rule.clone());
                    rules.push(sarif_rule(d, report.lang));
                    rule_ids.len() - 1
                }
            };
            let level = sarif_level(d.severity);
            let mut message = d.message.clone();
            if let Some(h) = &d.help {
                message.push_str(&format!(" ({h})"));
            }
            results.push(json!({
                "ruleId": d.rule,
                "ruleIndex": index,
                "level": level,
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": f.path },
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column.max(1),
                        }
                    }
                }]
            }));
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "dockplay",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "language": if zh { "zh-CN" } else { "en-US" },
            "results": results,
        }]
    })
}
