//! Shared by several hadolint rules.

use crate::rules::prelude::*;

/// Report every package of `p` that `pinned` rejects (a package named through a variable is not
/// judged).
pub(super) fn unpinned(
    out: &mut Out,
    p: &PackageCommand,
    pinned: impl Fn(&str) -> bool,
    how: &str,
) {
    for pkg in &p.packages {
        let p = &pkg.name;
        if p.contains('$') || pinned(p) {
            continue;
        }
        out.report(
            pkg.span,
            text!(
                "pin the version of \"{p}\" ({how})",
                "请固定 \"{p}\" 的版本（{how}）"
            ),
            None,
        );
    }
}

/// A `yes` flag check shared by yum, dnf and zypper.
pub(super) fn needs_yes(
    out: &mut Out,
    cx: &Ctx,
    names: &[&str],
    subs: &[&str],
    yes: &[&str],
    en: &str,
    zh: &str,
) {
    for (_, c, p) in cx.package_commands() {
        if !names.contains(&c.name.as_str()) || !p.is(subs) {
            continue;
        }
        if !c.args.iter().any(|a| yes.contains(&a.as_str())) {
            out.report(c.name_span, text!("{en}", "{zh}"), None);
        }
    }
}

/// A "clean after use" check shared by yum, dnf, zypper and yarn.
#[allow(clippy::too_many_arguments)]
pub(super) fn needs_clean(
    out: &mut Out,
    cx: &Ctx,
    names: &[&str],
    subs: &[&str],
    clean: &dyn Fn(&ShellCommand) -> bool,
    cache_prefix: &str,
    en: &str,
    zh: &str,
) {
    for (ins, _) in cx.instructions() {
        let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else {
            continue;
        };
        if mounts
            .iter()
            .any(|m| m.get("target").is_some_and(|t| t.starts_with(cache_prefix)))
        {
            continue;
        }
        let Some(script) = cx.script(ins) else {
            continue;
        };
        let Some(first) = cx
            .packages(ins)
            .iter()
            .map(|p| (&script.commands[p.command], p))
            .find(|(c, p)| names.contains(&c.name.as_str()) && p.is(subs))
            .map(|(c, _)| c)
        else {
            continue;
        };
        if !script.commands.iter().any(clean) {
            out.report(first.name_span, text!("{en}", "{zh}"), None);
        }
    }
}

pub(super) fn version_dash(p: &str) -> bool {
    p.char_indices()
        .any(|(i, c)| c == '-' && p[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        || p.ends_with(".rpm")
}
