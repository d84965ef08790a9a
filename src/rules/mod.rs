//! Checks over the semantic model, one per file, listed in one registry; plus BuildKit's
//! `# check=skip=…` directive applied to what they report.

mod copy_ignored_file;

use crate::diagnostic::{Code, Diagnostic};
use crate::dockerfile::Dockerfile;
use crate::dockerignore::DockerIgnore;

/// What a check may look at besides the model.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The build context's `.dockerignore`, when known.
    pub dockerignore: Option<&'a DockerIgnore>,
}

/// A check: its code and the function that runs it.
pub struct Rule {
    /// Code, name and default severity.
    pub code: Code,
    /// Whether the code is one of BuildKit's build checks (subject to `# check=skip=`).
    pub buildkit: bool,
    /// Run it.
    pub check: fn(&Dockerfile, &Context, &mut Vec<Diagnostic>),
}

/// Every Dockerfile rule, in code order.
pub static DOCKERFILE_RULES: &[Rule] = &[Rule {
    code: copy_ignored_file::CODE,
    buildkit: true,
    check: copy_ignored_file::check,
}];

/// BuildKit check names the parser reports itself.
const PARSER_BUILDKIT_CHECKS: &[&str] = &["NoEmptyContinuation"];

/// Run every rule.
pub fn run(model: &Dockerfile, ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in DOCKERFILE_RULES {
        (r.check)(model, ctx, &mut out);
    }
    out
}

/// Whether `id` is a BuildKit build-check name.
pub fn is_buildkit_check(id: &str) -> bool {
    PARSER_BUILDKIT_CHECKS.contains(&id)
        || DOCKERFILE_RULES
            .iter()
            .any(|r| r.buildkit && r.code.id == id)
}

/// Drop BuildKit checks skipped by `# check=skip=<names>|all` and raise them to errors with `error=true`.
pub fn apply_check_directive(model: &Dockerfile, diags: &mut Vec<Diagnostic>) {
    let Some(d) = model.parsed.directives.iter().find(|d| d.name == "check") else {
        return;
    };
    let mut skip: Vec<String> = Vec::new();
    let mut error = false;
    for part in d.value.split(';') {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match k.trim().to_ascii_lowercase().as_str() {
            "skip" => skip.extend(v.split(',').map(|s| s.trim().to_string())),
            "error" => error = v.trim().eq_ignore_ascii_case("true"),
            _ => {}
        }
    }
    let all = skip.iter().any(|s| s.eq_ignore_ascii_case("all"));
    diags.retain(|x| {
        !(is_buildkit_check(x.code.id) && (all || skip.iter().any(|s| s == x.code.id)))
    });
    if error {
        for x in diags.iter_mut().filter(|x| is_buildkit_check(x.code.id)) {
            x.severity = crate::diagnostic::Severity::Error;
        }
    }
}
