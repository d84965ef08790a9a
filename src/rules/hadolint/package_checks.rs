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
        let short: Vec<char> = yes
            .iter()
            .filter_map(|y| y.strip_prefix('-').filter(|l| l.len() == 1))
            .filter_map(|l| l.chars().next())
            .collect();
        let cluster = |a: &str| {
            a.strip_prefix('-').is_some_and(|l| {
                !l.starts_with('-')
                    && l.chars().all(|ch| ch.is_ascii_alphabetic())
                    && l.chars().any(|ch| short.contains(&ch))
            })
        };
        if !c
            .args
            .iter()
            .any(|a| yes.contains(&a.as_str()) || cluster(a))
        {
            out.report(c.name_span, text!("{en}", "{zh}"), None);
        }
    }
}

/// A "clean after use" check shared by yum, dnf, zypper and yarn: after the last install of a
/// RUN in a stage that reaches the image, a clean (`clean`) or the removal of the cache
/// directory (`rm -rf /var/cache/dnf`) must follow; a cache or tmpfs mount on that directory
/// keeps the cache out of the layer instead.
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
        if !crate::rules::shared::reaches_final(cx, ins) {
            continue;
        }
        if crate::rules::shared::mount_covers(mounts, cache_prefix) {
            continue;
        }
        let Some(script) = cx.script(ins) else {
            continue;
        };
        let installs: Vec<usize> = cx
            .packages(ins)
            .iter()
            .filter(|p| names.contains(&script.commands[p.command].name.as_str()) && p.is(subs))
            .map(|p| p.command)
            .collect();
        let (Some(&first), Some(&last)) = (installs.first(), installs.last()) else {
            continue;
        };
        let removes = |c: &ShellCommand| {
            c.name == "rm"
                && c.args
                    .iter()
                    .any(|a| a.trim_end_matches(['/', '*']).starts_with(cache_prefix))
        };
        let cleaned = script.commands[last + 1..]
            .iter()
            .any(|c| clean(c) || removes(c));
        if !cleaned {
            out.report(
                script.commands[first].name_span,
                text!("{en}", "{zh}"),
                None,
            );
        }
    }
}

pub(super) fn version_dash(p: &str) -> bool {
    p.char_indices()
        .any(|(i, c)| c == '-' && p[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        || p.ends_with(".rpm")
}

/// Whether a yum/dnf package is pinned: `name-version`, a module's `name:stream`, or a local
/// package file.
pub(super) fn rpm_pinned(p: &PackageCommand, name: &str) -> bool {
    if p.module {
        return name.contains(':');
    }
    version_dash(name) || name.starts_with('/') || name.starts_with("./")
}
