//! DL3001 `pointless-command`: Some commands make no sense in a container build.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3001",
        name: "pointless-command",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Some commands make no sense in a container build", zh: "有些命令在构建容器时没有意义" }),
        why: doc(Text { en: "ssh, vim, shutdown, service, ps, free, top, kill, mount and ifconfig act on a running system; during a build there is none to inspect or manage.", zh: "ssh、vim、shutdown、service、ps、free、top、kill、mount、ifconfig 都作用于运行中的系统；构建时并没有这样的系统可以查看或管理。" }),
        fix: doc(Text { en: "Remove the command; do that work at run time if needed.", zh: "删除该命令；确有需要时在运行时处理。" }),
        differs: doc_opt(Some(Text { en: "The script of an exec-form RUN [\"sh\", \"-c\", \"…\"] is read as shell, so the commands in it are seen; hadolint reads the array as one command.", zh: "exec 形式的 RUN [\"sh\", \"-c\", \"…\"] 中的脚本会按 shell 解析，其中的命令都能识别；hadolint 把整个数组当作一个命令。" })),
        bad: doc_str("FROM debian:12\nRUN service ssh start\n"),
        good: doc_str("FROM debian:12\nRUN mkdir -p /run/sshd\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    const CMDS: &[&str] = &[
        "ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig",
    ];
    for (_, c) in cx.run_commands() {
        if CMDS.contains(&c.name.as_str()) {
            let n = &c.name;
            out.report(
                c.name_span,
                text!(
                    "\"{n}\" makes no sense while building an image",
                    "构建镜像时执行 \"{n}\" 没有意义"
                ),
                None,
            );
        }
    }
}
