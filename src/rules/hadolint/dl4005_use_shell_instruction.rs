//! DL4005 `use-shell-instruction`: Use SHELL to change the default shell.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL4005",
        name: "use-shell-instruction",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use SHELL to change the default shell", zh: "应使用 SHELL 指令更改默认 shell" }),
        why: doc(Text { en: "Replacing /bin/sh with a link affects every program in the image, not just the build.", zh: "把 /bin/sh 换成链接会影响镜像里的所有程序，而不仅是构建。" }),
        fix: doc(Text { en: "Write SHELL [\"/bin/bash\", \"-c\"].", zh: "写成 SHELL [\"/bin/bash\", \"-c\"]。" }),
        differs: doc_opt(Some(Text { en: "Only ln -s that makes /bin/sh (the link, the last argument) is reported; ln -s /bin/sh elsewhere does not change the default shell.", zh: "只报告创建 /bin/sh 这个链接本身（最后一个参数）的 ln -s；在别处创建指向 /bin/sh 的链接不会改变默认 shell。" })),
        bad: doc_str("FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n"),
        good: doc_str("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c) in cx.run_commands() {
        if c.name == "ln" && c.args.last().is_some_and(|a| a == "/bin/sh") {
            out.report(
                c.name_span,
                text!(
                    "use SHELL instead of linking /bin/sh",
                    "请用 SHELL 指令代替链接 /bin/sh"
                ),
                None,
            );
        }
    }
}
