//! ShellCheck's checks that hadolint users meet most, on each RUN's shell script, under their SC
//! codes (so `# hadolint ignore=SC2086` and `.hadolint.yaml` keep working). Written from
//! ShellCheck's documented behaviour, one check per file, on the facts `run_script` collects.
//! Scripts run by a non-POSIX shell (`SHELL ["pwsh", …]`, `cmd`) are not checked; the SC3xxx
//! checks (syntax POSIX sh lacks) only run under `/bin/sh`, `dash`, `ash` or `busybox sh`.

pub(super) mod sc2005_useless_echo;
pub(super) mod sc2006_backquotes;
pub(super) mod sc2016_single_quoted_expansion;
pub(super) mod sc2028_echo_escapes;
pub(super) mod sc2035_glob_as_option;
pub(super) mod sc2038_find_xargs;
pub(super) mod sc2043_loop_runs_once;
pub(super) mod sc2046_unquoted_substitution;
pub(super) mod sc2059_variable_in_format;
pub(super) mod sc2086_unquoted_variable;
pub(super) mod sc2143_grep_output_test;
pub(super) mod sc2155_declare_and_assign;
pub(super) mod sc2164_cd_unchecked;
pub(super) mod sc2251_bang_skips_errexit;
pub(super) mod sc2308_expr_extension;
pub(super) mod sc3001_process_substitution;
pub(super) mod sc3009_brace_expansion;
pub(super) mod sc3010_double_brackets;
pub(super) mod sc3011_here_string;
pub(super) mod sc3014_double_equals;
pub(super) mod sc3020_and_redirect;
pub(super) mod sc3037_echo_flags;
pub(super) mod sc3040_pipefail_option;
pub(super) mod sc3043_local;
pub(super) mod sc3046_source;
pub(super) mod sc3057_substring;
pub(super) mod sc3060_replacement;

use super::context::Ctx;
use super::shared::{declared_before, shell_in_effect, shell_name};
use super::Out;
use crate::dockerfile::model::Instruction;
use crate::dockerfile::run_script::Script;
use crate::dockerfile::shell_facts::Bashism;
use crate::dockerfile::shell_facts::{Facts, Role, Word};
use crate::dockerfile::shell_pieces::{pieces, spaceless_special, ParamOp, Piece, PieceKind};
use crate::dockerfile::Keyword;
use crate::i18n::Text;
use crate::text::Span;
use std::collections::{BTreeMap, BTreeSet};

/// The shell a RUN runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// POSIX sh (the default `/bin/sh -c`, dash, ash, busybox).
    Sh,
    /// bash, zsh or ksh: bash syntax is fine.
    Bash,
}

/// The shell of the last `SHELL` before `ins` in its stage or the stages it builds on; `None`
/// for a shell that is not a POSIX shell (PowerShell, cmd).
pub(crate) fn dialect(cx: &Ctx, ins: &Instruction) -> Option<Dialect> {
    let Some(shell) = shell_in_effect(cx, ins) else {
        return Some(Dialect::Sh);
    };
    match shell_name(shell).as_str() {
        "sh" | "dash" | "ash" | "busybox" | "posh" => Some(Dialect::Sh),
        "bash" | "zsh" | "ksh" | "mksh" => Some(Dialect::Bash),
        _ => None,
    }
}

/// Every shell-form RUN (and ONBUILD RUN) with a parsed script in a POSIX shell.
pub(crate) fn scripts<'a>(
    cx: &'a Ctx<'a>,
) -> impl Iterator<Item = (&'a Instruction, &'a Script, Dialect)> + 'a {
    cx.instructions().filter_map(move |(ins, _)| {
        if !ins.is(Keyword::Run) {
            return None;
        }
        let script = cx.script(ins)?;
        if script.unparsed || script.exec {
            return None;
        }
        Some((ins, script, dialect(cx, ins)?))
    })
}

/// The scripts run by POSIX sh, where the SC3xxx checks (bash-only syntax) apply.
pub(crate) fn sh_scripts<'a>(cx: &'a Ctx<'a>) -> impl Iterator<Item = &'a Script> + 'a {
    scripts(cx)
        .filter(|(_, _, d)| *d == Dialect::Sh)
        .map(|(_, s, _)| s)
}

/// Where the walk found bash-only syntax of `kind` in a script.
pub(crate) fn bashisms(script: &Script, kind: Bashism) -> impl Iterator<Item = Span> + '_ {
    script
        .facts
        .bashisms
        .iter()
        .filter(move |(b, _)| *b == kind)
        .map(|(_, s)| *s)
}

/// The pieces of a POSIX sh script's words that `pick` chooses, with their place and text.
pub(crate) fn picked_pieces(
    cx: &Ctx,
    script: &Script,
    pick: impl Fn(&PieceKind) -> bool,
) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for w in &script.facts.words {
        for p in w.pieces().iter().filter(|p| pick(&p.kind)) {
            out.push((piece_span(cx, w, p), short(&w.raw[p.start..p.end])));
        }
    }
    out
}

/// Report the bash-only syntax `what` at `span`, with a hint.
pub(crate) fn report_bashism(out: &mut Out, span: Span, what: &str, hint: Text) {
    out.report(
        span,
        crate::text!(
            "{what} is bash syntax; POSIX sh does not define it",
            "{what} 是 bash 语法，POSIX sh 中没有定义"
        ),
        Some(hint),
    );
}

/// The place of a piece of a word: its own bytes when the word is written on one line as in the
/// source, else the whole word.
pub(crate) fn piece_span(cx: &Ctx, w: &Word, p: &Piece) -> Span {
    let src = cx.src.get(w.span.start..w.span.end);
    if src == Some(w.raw.as_str()) {
        Span::new(w.span.start + p.start, w.span.start + p.end)
    } else {
        w.span
    }
}

/// The literal value of a word's pieces, when it has no expansion or glob: `None` otherwise.
pub(crate) fn literal(ps: &[Piece]) -> Option<String> {
    let mut out = String::new();
    for p in ps {
        match &p.kind {
            PieceKind::Lit(s) => out.push_str(s),
            _ => return None,
        }
    }
    Some(out)
}

/// Variables whose value is known to have no spaces or globs when `ins` runs: every value the
/// script gives them is a word without blanks or globs, or an arithmetic result, or another such
/// variable; ARG and ENV names declared before the RUN count as such (hadolint tells ShellCheck
/// of them the same way). A variable the script never sets is not known.
pub(crate) fn spaceless_vars(cx: &Ctx, ins: &Instruction, facts: &Facts) -> BTreeSet<String> {
    let mut values: BTreeMap<&str, Vec<Option<&str>>> = BTreeMap::new();
    let mut always: BTreeSet<&str> = BTreeSet::new();
    for a in &facts.assigns {
        values
            .entry(a.name.as_str())
            .or_default()
            .push(a.value.as_deref());
        if !a.conditional {
            always.insert(a.name.as_str());
        }
    }
    // Names the script does not set are known when an ARG or ENV before the RUN declares them;
    // asked per name used, through the stage index.
    let mut spaceless: BTreeSet<String> = BTreeSet::new();
    for w in &facts.words {
        for p in w.pieces() {
            if let PieceKind::Param { name, .. } = &p.kind {
                if !values.contains_key(name.as_str())
                    && !spaceless.contains(name)
                    && declared_before(cx, ins, name)
                {
                    spaceless.insert(name.clone());
                }
            }
        }
    }
    // Names the script sets: known once every value is, to a fixed point (bounded by the number
    // of names: each round adds one or stops).
    // A few rounds resolve chains of assignments (`a=1; b=$a`); a longer chain stays unknown,
    // which keeps the work linear in the script.
    let mut changed = true;
    let mut rounds = 0;
    while changed && rounds < 8 {
        changed = false;
        rounds += 1;
        for (name, vals) in &values {
            if spaceless.contains(*name) {
                continue;
            }
            // An empty value is neutral (`x=; case … x=--flag`), but a variable only ever set
            // to "" is not known.
            let all = vals.iter().all(|v| {
                v.is_some_and(|v| {
                    v.is_empty() || v == "''" || v == "\"\"" || value_is_spaceless(v, &spaceless)
                })
            });
            let some = vals
                .iter()
                .any(|v| v.is_some_and(|v| !v.is_empty() && v != "''" && v != "\"\""));
            // Set only on some paths, it may be unset (empty) where it is used.
            if all && some && always.contains(*name) {
                spaceless.insert(name.to_string());
                changed = true;
            }
        }
    }
    spaceless
}

/// Whether an assigned value can never hold blanks or globs.
fn value_is_spaceless(value: &str, spaceless: &BTreeSet<String>) -> bool {
    let ps = pieces(value);
    if ps.is_empty() {
        return false;
    }
    ps.iter().all(|p| match &p.kind {
        PieceKind::Lit(s) => !s.is_empty() && !s.contains(char::is_whitespace),
        PieceKind::Arith => true,
        PieceKind::Param { name, op } => {
            *op == ParamOp::Length
                || spaceless_special(name)
                || (spaceless.contains(name) && expansion_keeps_spaceless(&value[p.start..p.end]))
        }
        _ => false,
    })
}

/// Whether `${x…}` of a variable without blanks has none either: plain, with a default without
/// blanks (`${x:-}`, `${x-a}`), or with a prefix or suffix removed (`${x%.tar}`).
pub(crate) fn expansion_keeps_spaceless(text: &str) -> bool {
    let Some(body) = text.strip_prefix("${").and_then(|b| b.strip_suffix('}')) else {
        return true;
    };
    let name_end = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(body.len());
    let rest = &body[name_end..];
    let default = ["!:-", ":-", ":=", ":+", "-", "=", "+"]
        .iter()
        .find_map(|op| rest.strip_prefix(op));
    match default {
        Some(d) => !d.contains(char::is_whitespace) && !d.contains(['$', '`', '*', '?', '[']),
        None => rest.is_empty() || rest.starts_with(['%', '#']),
    }
}

/// Whether a word stands where the shell splits and globs it (arguments, redirection targets,
/// declarations' values), rather than in an assignment, a `for` list, a `case` subject or a
/// here-string.
pub(crate) fn splits(role: Role) -> bool {
    matches!(role, Role::Arg | Role::Redirect | Role::DeclArg)
}

/// The name of the command a word belongs to.
pub(crate) fn command_of<'a>(facts: &'a Facts, w: &Word) -> &'a str {
    w.command
        .and_then(|c| facts.commands.get(c))
        .map(|c| c.name.as_str())
        .unwrap_or("")
}

/// A word or piece for a message: at most 40 characters, on one line.
pub(crate) fn short(raw: &str) -> String {
    let one: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > 40 {
        format!("{}…", one.chars().take(39).collect::<String>())
    } else {
        one
    }
}
