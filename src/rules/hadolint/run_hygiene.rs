//! hadolint rules about what RUN commands do: interactive tools, cd, sudo, useradd, wget, pipes.

use super::{meta, t};
use crate::diagnostic::Severity::*;
use crate::dockerfile::Keyword;
use crate::rules::Rule;
use crate::text;

pub static DL3001: Rule = Rule {
    meta: meta(
        "DL3001",
        "pointless-command",
        Info,
        &[],
        t("Some commands make no sense in a container build", "有些命令在构建容器时没有意义"),
        t(
            "ssh, vim, shutdown, service, ps, free, top, kill, mount and ifconfig act on a running system; during a build there is none to inspect or manage.",
            "ssh、vim、shutdown、service、ps、free、top、kill、mount、ifconfig 都作用于运行中的系统；构建时并没有这样的系统可以查看或管理。",
        ),
        t("Remove the command; do that work at run time if needed.", "删除该命令；确有需要时在运行时处理。"),
        None,
        "FROM debian:12\nRUN service ssh start\n",
        "FROM debian:12\nRUN mkdir -p /run/sshd\n",
    ),
    check: |cx, out| {
        const CMDS: &[&str] = &["ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig"];
        for (_, c) in cx.run_commands() {
            if CMDS.contains(&c.name.as_str()) {
                let n = &c.name;
                out.report(c.name_span, text!("\"{n}\" makes no sense while building an image", "构建镜像时执行 \"{n}\" 没有意义"), None);
            }
        }
    },
};

pub static DL3003: Rule = Rule {
    meta: meta(
        "DL3003",
        "use-workdir",
        Warning,
        &[],
        t(
            "Use WORKDIR to switch to a directory",
            "应使用 WORKDIR 切换目录",
        ),
        t(
            "cd lasts only for one RUN; the next instruction starts in the old directory again.",
            "cd 只在当前这个 RUN 中有效；下一条指令又回到原来的目录。",
        ),
        t(
            "Use WORKDIR /path before the commands.",
            "在命令之前使用 WORKDIR /路径。",
        ),
        None,
        "FROM alpine:3.22\nRUN cd /tmp && touch x\n",
        "FROM alpine:3.22\nWORKDIR /tmp\nRUN touch x\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name == "cd" {
                out.report(
                    c.name_span,
                    text!("use WORKDIR instead of cd", "请用 WORKDIR 代替 cd"),
                    None,
                );
            }
        }
    },
};

pub static DL3004: Rule = Rule {
    meta: meta(
        "DL3004",
        "no-sudo",
        Error,
        &[],
        t("Do not use sudo", "不要使用 sudo"),
        t("Builds run as root already; sudo adds an unpredictable TTY and PAM layer and is often not installed.", "构建本来就以 root 运行；sudo 会引入不可预测的 TTY 和 PAM 行为，而且往往没有安装。"),
        t("Drop sudo; switch users with USER, or gosu at run time.", "去掉 sudo；用 USER 切换用户，运行时可用 gosu。"),
        None,
        "FROM debian:12\nRUN sudo mkdir /data\n",
        "FROM debian:12\nRUN mkdir /data\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name == "sudo" {
                out.report(c.name_span, text!("do not use sudo", "不要使用 sudo"), None);
            }
        }
    },
};

pub static DL3046: Rule = Rule {
    meta: meta(
        "DL3046",
        "useradd-high-uid",
        Warning,
        &[],
        t("useradd with a high UID needs -l", "用较大的 UID 执行 useradd 时需要加 -l"),
        t("useradd writes a lastlog entry sized by the UID: a UID like 123456789 creates a file of hundreds of MB.", "useradd 会按 UID 大小写入 lastlog：像 123456789 这样的 UID 会生成几百 MB 的文件。"),
        t("Add -l (--no-log-init).", "加上 -l（--no-log-init）。"),
        None,
        "FROM debian:12\nRUN useradd -u 123456789 app\n",
        "FROM debian:12\nRUN useradd -l -u 123456789 app\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name != "useradd" || c.args.iter().any(|a| a == "-l" || a == "--no-log-init") {
                continue;
            }
            let uid = c.args.windows(2).find(|w| w[0] == "-u" || w[0] == "--uid").map(|w| w[1].clone());
            if uid.is_some_and(|u| u.len() > 5 && u.bytes().all(|b| b.is_ascii_digit())) {
                out.report(c.name_span, text!("useradd with a high UID and without -l makes a huge image", "useradd 使用较大 UID 且没有 -l，会让镜像变得很大"), None);
            }
        }
    },
};

pub static DL3047: Rule = Rule {
    meta: meta(
        "DL3047",
        "wget-progress",
        Info,
        &[],
        t(
            "Avoid wget's default progress bar",
            "避免使用 wget 默认的进度条",
        ),
        t(
            "The progress bar floods the build log.",
            "进度条会刷满构建日志。",
        ),
        t(
            "Use wget --progress=dot:giga, -q or -nv.",
            "使用 wget --progress=dot:giga、-q 或 -nv。",
        ),
        None,
        "FROM alpine:3.22\nRUN wget https://example.com/a.tgz\n",
        "FROM alpine:3.22\nRUN wget -q https://example.com/a.tgz\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name != "wget" {
                continue;
            }
            let quiet = c.args.iter().any(|a| {
                a.starts_with("--progress")
                    || matches!(
                        a.as_str(),
                        "-q" | "--quiet"
                            | "-nv"
                            | "--no-verbose"
                            | "-o"
                            | "--output-file"
                            | "-a"
                            | "--append-output"
                    )
                    || (a.starts_with('-') && !a.starts_with("--") && a.contains('q'))
            });
            if !quiet {
                out.report(
                    c.name_span,
                    text!(
                        "wget without --progress, -q or -nv floods the build log",
                        "wget 没有 --progress、-q 或 -nv，会刷满构建日志"
                    ),
                    None,
                );
            }
        }
    },
};

pub static DL3059: Rule = Rule {
    meta: meta(
        "DL3059",
        "consecutive-run",
        Info,
        &[],
        t("Multiple consecutive RUN instructions", "连续多个 RUN 指令"),
        t("Each RUN is a layer; files deleted in a later RUN still take space in the earlier layer.", "每个 RUN 都是一层；后面的 RUN 删除的文件仍占用前面那一层的空间。"),
        t("Join related commands with && in one RUN.", "把相关命令用 && 合并到一个 RUN 中。"),
        None,
        "FROM debian:12\nRUN mkdir /data\nRUN chown 1000 /data\n",
        "FROM debian:12\nRUN mkdir /data && chown 1000 /data\n",
    ),
    check: |cx, out| {
        // Like hadolint: only when both RUNs hold a single command and use the same flags.
        let single = |ins: &crate::dockerfile::model::Instruction| cx.script(ins).is_some_and(|s| s.commands.len() == 1 && !s.has_pipe);
        for stage in &cx.model.stages {
            let mut prev: Option<(&crate::dockerfile::model::Instruction, &crate::dockerfile::syntax::Node)> = None;
            for (ins, node) in cx.stage_instructions(stage) {
                if ins.is(Keyword::Run) {
                    if let Some((pi, p)) = prev {
                        let same_flags = p.flags.iter().map(|f| &f.raw).eq(node.flags.iter().map(|f| &f.raw));
                        if same_flags && single(pi) && single(ins) {
                            out.report(node.keyword.span, text!("consecutive RUN instructions; consider joining them", "连续的 RUN 指令，建议合并"), None);
                        }
                    }
                    prev = Some((ins, node));
                } else {
                    prev = None;
                }
            }
        }
    },
};

pub static DL4001: Rule = Rule {
    meta: meta(
        "DL4001",
        "curl-or-wget",
        Warning,
        &[],
        t("Use either wget or curl, not both", "wget 和 curl 只用其中一个"),
        t("Installing both doubles the tools that do the same job.", "两者都装只是让功能相同的工具多了一份。"),
        t("Pick one for the whole stage.", "整个阶段只选用一个。"),
        None,
        "FROM debian:12\nRUN curl -fsSO https://example.com/a && wget -q https://example.com/b\n",
        "FROM debian:12\nRUN curl -fsSO https://example.com/a && curl -fsSO https://example.com/b\n",
    ),
    check: |cx, out| {
        for stage in &cx.model.stages {
            let mut seen: Vec<&str> = Vec::new();
            for (ins, _) in cx.stage_instructions(stage) {
                let Some(script) = cx.script(ins) else { continue };
                for c in &script.commands {
                    for tool in ["curl", "wget"] {
                        if c.name == tool {
                            if seen.iter().any(|s| *s != tool) {
                                out.report(c.name_span, text!("both wget and curl are used in this stage", "本阶段同时使用了 wget 和 curl"), None);
                            }
                            if !seen.contains(&tool) {
                                seen.push(tool);
                            }
                        }
                    }
                }
            }
        }
    },
};

pub static DL4005: Rule = Rule {
    meta: meta(
        "DL4005",
        "use-shell-instruction",
        Warning,
        &[],
        t(
            "Use SHELL to change the default shell",
            "应使用 SHELL 指令更改默认 shell",
        ),
        t(
            "Replacing /bin/sh with a link affects every program in the image, not just the build.",
            "把 /bin/sh 换成链接会影响镜像里的所有程序，而不仅是构建。",
        ),
        t(
            "Write SHELL [\"/bin/bash\", \"-c\"].",
            "写成 SHELL [\"/bin/bash\", \"-c\"]。",
        ),
        None,
        "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n",
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n",
    ),
    check: |cx, out| {
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
    },
};

pub static DL4006: Rule = Rule {
    meta: meta(
        "DL4006",
        "pipefail",
        Warning,
        &[],
        t("Set -o pipefail before RUN with a pipe", "含管道的 RUN 之前应设置 -o pipefail"),
        t(
            "A pipeline's status is that of its last command: in curl … | tar x a failed download still lets the build go on.",
            "管道的退出状态只取决于最后一个命令：curl … | tar x 中下载失败，构建仍会继续。",
        ),
        t(
            "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (ash on Alpine) or start the RUN with set -o pipefail &&.",
            "加上 SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]（Alpine 用 ash），或让 RUN 以 set -o pipefail && 开头。",
        ),
        None,
        "FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n",
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n",
    ),
    check: |cx, out| {
        for (ins, node) in cx.instructions() {
            let Some(script) = cx.script(ins) else { continue };
            if !script.has_pipe {
                continue;
            }
            let shell_has = ins.stage.is_some_and(|s| {
                cx.model.stage_chain(s).into_iter().any(|st| {
                    cx.stage_instructions(&cx.model.stages[st]).any(|(i, n)| i.node < ins.node && n.is("shell") && n.args.iter().any(|a| a.value == "pipefail"))
                })
            });
            let set_here = script.commands.iter().any(|c| c.name == "set" && c.args.windows(2).any(|w| w[0].starts_with('-') && w[0].contains('o') && w[1] == "pipefail"));
            let set_here = set_here || script.commands.iter().any(|c| c.name == "set" && c.args.iter().any(|a| a == "-euxo" || a == "-eo" || a.ends_with("o") && a.starts_with('-')) && c.args.iter().any(|a| a == "pipefail"));
            if !shell_has && !set_here {
                let first = script.commands.iter().find(|c| c.piped).map(|c| c.name_span).unwrap_or(node.keyword.span);
                out.report(first, text!("this RUN has a pipe but pipefail is not set, so a failure before the last command is ignored", "这个 RUN 中有管道但没有设置 pipefail，最后一个命令之前的失败会被忽略"), None);
            }
        }
    },
};
