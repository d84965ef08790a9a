//! DL3009 `apt-lists-not-deleted`: Delete the apt lists after installing.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3009",
        name: "apt-lists-not-deleted",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Delete the apt lists after installing", zh: "安装后应删除 apt 的软件包列表" }),
        why: doc(Text { en: "/var/lib/apt/lists adds tens of MB to the layer and is useless at run time.", zh: "/var/lib/apt/lists 会给该层增加几十 MB，而运行时毫无用处。" }),
        fix: doc(Text { en: "End the RUN with && rm -rf /var/lib/apt/lists/*.", zh: "在 RUN 的最后加上 && rm -rf /var/lib/apt/lists/*。" }),
        differs: doc_opt(Some(Text { en: "Not reported when the lists live in a cache mount (RUN --mount=type=cache,target=/var/lib/apt/lists), nor in stages that do not end up in the final image (hadolint reports both). hadolint accepts any rm -rf in the RUN as cleanup (rm -rf \"$GNUPGHOME\" too); dockplay needs /var/lib/apt/lists removed (rm, or apt-get dist-clean), so it reports RUNs hadolint misses.", zh: "软件包列表位于缓存挂载中（RUN --mount=type=cache,target=/var/lib/apt/lists），或所在阶段不会进入最终镜像时，不报告（这两种情况 hadolint 都会报告）。hadolint 把 RUN 中任意 rm -rf（包括 rm -rf \"$GNUPGHOME\"）都当作清理；dockplay 要求确实删除了 /var/lib/apt/lists（用 rm 或 apt-get dist-clean），因此会报告 hadolint 漏掉的情况。" })),
        bad: doc_str("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n"),
        good: doc_str("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether the RUN removes the lists: `rm … /var/lib/apt/lists…`, or apt 2.7's
/// `apt-get dist-clean`, which deletes them.
fn removes_lists(cmds: &[ShellCommand]) -> bool {
    cmds.iter().any(|c| {
        (c.name == "rm" && c.args.iter().any(|a| a.starts_with("/var/lib/apt/lists")))
            || (matches!(c.name.as_str(), "apt-get" | "apt")
                && c.args.iter().any(|a| a == "dist-clean"))
    })
}

fn check(cx: &Ctx, out: &mut Out) {
    if cx.model.stages.is_empty() {
        return;
    }
    for (ins, _) in cx.instructions() {
        let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else {
            continue;
        };
        if !crate::rules::shared::reaches_final(cx, ins) {
            continue;
        }
        if crate::rules::shared::mount_covers(mounts, "/var/lib/apt/lists") {
            continue;
        }
        let Some(script) = cx.script(ins) else {
            continue;
        };
        let update = cx
            .packages(ins)
            .iter()
            .map(|p| (&script.commands[p.command], p))
            .find(|(c, p)| {
                matches!(c.name.as_str(), "apt-get" | "apt" | "aptitude") && p.is(&["update"])
            })
            .map(|(c, _)| c);
        if let Some(u) = update {
            if !removes_lists(&script.commands) {
                out.report(
                    u.name_span,
                    text!(
                        "apt lists are not deleted after apt-get update",
                        "apt-get update 之后没有删除软件包列表"
                    ),
                    Some(text!(
                        "add && rm -rf /var/lib/apt/lists/*",
                        "加上 && rm -rf /var/lib/apt/lists/*"
                    )),
                );
            }
        }
    }
}
