//! Suppression after the rules ran: hadolint pragmas (`# hadolint ignore=…` for the next
//! instruction, `global ignore=`, `stage ignore=`), BuildKit's `# check=skip=…;error=true` (at the
//! top, above one instruction, or from the `BUILDKIT_DOCKERFILE_CHECK` build argument), then the
//! configuration's `ignored` and `override`.

use super::config::Config;
use super::is_buildkit_check;
use crate::diagnostic::{Diagnostic, Severity};
use crate::dockerfile::Dockerfile;

/// A `check=` value: `skip=A,B|all`, `error=true`, `experimental=A|all`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckOptions {
    /// Skipped check names.
    pub skip: Vec<String>,
    /// Everything skipped.
    pub skip_all: bool,
    /// Violations are errors.
    pub error: bool,
    /// Experimental checks turned on.
    pub experimental: Vec<String>,
}

impl CheckOptions {
    /// Parse `skip=…;error=…;experimental=…`, ignoring a trailing `// comment`.
    pub fn parse(value: &str) -> CheckOptions {
        let value = value.split_whitespace().next().unwrap_or("");
        let mut o = CheckOptions::default();
        for part in value.split(';') {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            match k.trim().to_ascii_lowercase().as_str() {
                "skip" => {
                    for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        if s.eq_ignore_ascii_case("all") {
                            o.skip_all = true;
                        } else {
                            o.skip.push(s.to_string());
                        }
                    }
                }
                "error" => o.error = v.trim().eq_ignore_ascii_case("true"),
                "experimental" => o
                    .experimental
                    .extend(v.split(',').map(|s| s.trim().to_string())),
                _ => {}
            }
        }
        o
    }

    fn skips(&self, id: &str) -> bool {
        self.skip_all || self.skip.iter().any(|s| s == id)
    }

    /// Whether the experimental check `id` is enabled.
    pub fn experimental_on(&self, id: &str) -> bool {
        self.experimental.iter().any(|s| s == id || s == "all")
    }
}

/// The file-wide `check=` options: the build argument wins over the directive.
pub fn file_check_options(model: &Dockerfile, build_args: &[(String, String)]) -> CheckOptions {
    if let Some((_, v)) = build_args
        .iter()
        .rev()
        .find(|(k, _)| k == "BUILDKIT_DOCKERFILE_CHECK")
    {
        return CheckOptions::parse(v);
    }
    model
        .parsed
        .directives
        .iter()
        .find(|d| d.name == "check")
        .map(|d| CheckOptions::parse(&d.value))
        .unwrap_or_default()
}

/// Rule IDs listed by a hadolint pragma comment text (after `#`), and its scope.
pub(crate) fn hadolint_pragma(text: &str) -> Option<(&'static str, Vec<String>)> {
    let rest = text.trim().strip_prefix("hadolint")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let (scope, rest) = if let Some(r) = rest.strip_prefix("global") {
        ("global", r.trim_start())
    } else if let Some(r) = rest.strip_prefix("stage") {
        ("stage", r.trim_start())
    } else {
        ("next", rest)
    };
    let list = rest
        .strip_prefix("ignore")?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let list = list
        .split(|c: char| c.is_whitespace() || c == '#')
        .next()
        .unwrap_or("");
    let ids: Vec<String> = list
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some((scope, ids))
}

/// Index of the instruction whose span holds `offset`.
pub(crate) fn instruction_at(model: &Dockerfile, offset: usize) -> Option<usize> {
    let nodes = &model.parsed.nodes;
    let i = nodes.partition_point(|n| n.span.start <= offset);
    i.checked_sub(1)
        .filter(|&i| offset <= nodes[i].span.end.max(nodes[i].span.start))
}

/// The names a finding answers to: its own code and name, and those of the same check in other
/// tools (so `# check=skip=JSONArgsRecommended` also silences DL3025, and the other way round).
fn names_of(d: &Diagnostic) -> Vec<&'static str> {
    let mut names = vec![d.code.id, d.code.name];
    names.extend(super::registry::aliases(d.code.id));
    names
}

/// Apply every suppression and the configuration.
pub fn apply(
    model: &Dockerfile,
    diags: &mut Vec<Diagnostic>,
    config: &Config,
    build_args: &[(String, String)],
) {
    let file = file_check_options(model, build_args);
    let from_build_arg = build_args
        .iter()
        .any(|(k, _)| k == "BUILDKIT_DOCKERFILE_CHECK");
    // hadolint pragmas.
    let mut global: Vec<String> = Vec::new();
    let mut next: Vec<(usize, Vec<String>)> = Vec::new();
    let mut stage_ignores: Vec<(usize, Vec<String>)> = Vec::new();
    if !config.disable_ignore_pragma {
        for c in &model.parsed.comments {
            let Some((scope, ids)) = hadolint_pragma(&c.text) else {
                continue;
            };
            match scope {
                "global" => global.extend(ids),
                "stage" => {
                    let stage = model
                        .instructions
                        .iter()
                        .rev()
                        .filter(|i| model.parsed.nodes[i.node].start_line <= c.line)
                        .find_map(|i| i.stage);
                    if let Some(s) = stage {
                        stage_ignores.push((s, ids));
                    }
                }
                _ => {
                    if let Some(n) = model
                        .parsed
                        .nodes
                        .iter()
                        .position(|n| n.start_line == c.line + 1)
                    {
                        next.push((n, ids));
                    }
                }
            }
        }
    }
    diags.retain(|d| {
        let names = names_of(d);
        let matches = |ids: &[String]| ids.iter().any(|x| names.contains(&x.as_str()));
        if matches(&global) {
            return false;
        }
        let at = instruction_at(model, d.span.start);
        if let Some(i) = at {
            if next.iter().any(|(n, ids)| *n == i && matches(ids)) {
                return false;
            }
            if let Some(stage) = model.instructions[i].stage {
                if stage_ignores
                    .iter()
                    .any(|(s, ids)| *s == stage && matches(ids))
                {
                    return false;
                }
            }
        }
        if let Some(bk) = names.iter().copied().find(|n| is_buildkit_check(n)) {
            if file.skips(bk) {
                return false;
            }
            // `# check=skip=…` right above the instruction (not when the build argument rules).
            if let (Some(i), false) = (at, from_build_arg) {
                let local = model.parsed.nodes[i]
                    .comments
                    .iter()
                    .filter_map(|c| c.strip_prefix("check=").map(CheckOptions::parse));
                for o in local {
                    if o.skips(bk) {
                        return false;
                    }
                }
            }
        }
        !matches(&config.ignored)
    });
    for d in diags.iter_mut() {
        if file.error && is_buildkit_check(d.code.id) {
            d.severity = Severity::Error;
        }
        if let Some((_, s)) = config
            .overrides
            .iter()
            .rev()
            .find(|(x, _)| x == d.code.id || x == d.code.name)
        {
            d.severity = *s;
        }
    }
}

/// Apply the configuration alone (compose files): `ignored` drops a code, `override` sets its
/// severity; both accept IDs, names and aliases (dclint's rule names).
pub(crate) fn apply_config(diags: &mut Vec<Diagnostic>, config: &Config) {
    diags.retain(|d| {
        let names = names_of(d);
        !config.ignored.iter().any(|x| names.contains(&x.as_str()))
    });
    for d in diags.iter_mut() {
        let names = names_of(d);
        if let Some((_, s)) = config
            .overrides
            .iter()
            .rev()
            .find(|(x, _)| names.contains(&x.as_str()))
        {
            d.severity = *s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pragmas() {
        assert_eq!(
            hadolint_pragma(" hadolint ignore=DL3008,DL3015"),
            Some(("next", vec!["DL3008".into(), "DL3015".into()]))
        );
        assert_eq!(
            hadolint_pragma("hadolint global ignore=DL3006  # reason"),
            Some(("global", vec!["DL3006".into()]))
        );
        assert_eq!(
            hadolint_pragma("hadolint stage ignore=DL3011"),
            Some(("stage", vec!["DL3011".into()]))
        );
        assert_eq!(hadolint_pragma("hadolintignore=DL3006"), None);
        let o = CheckOptions::parse("skip=all // is local");
        assert!(o.skip_all);
        let o = CheckOptions::parse("skip=A,B;error=true;experimental=C");
        assert_eq!(
            (o.skip.len(), o.error, o.experimental_on("C")),
            (2, true, true)
        );
    }
}
