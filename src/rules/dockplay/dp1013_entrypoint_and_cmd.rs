//! DP1013: how ENTRYPOINT and CMD combine.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{Command, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1013",
        name: "entrypoint-and-cmd",
        severity: Severity::Info,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "With ENTRYPOINT, CMD only supplies default arguments",
            zh: "有 ENTRYPOINT 时，CMD 只提供默认参数",
        }),
        why: doc(Text {
            en: "The container runs ENTRYPOINT followed by CMD. Arguments after the image name in docker run replace CMD, not ENTRYPOINT. A shell-form ENTRYPOINT ignores CMD and run arguments completely.",
            zh: "容器执行的是 ENTRYPOINT 加上 CMD。docker run 时写在镜像名后面的参数会替换 CMD，而不是 ENTRYPOINT。shell 形式的 ENTRYPOINT 则会完全忽略 CMD 和运行时参数。",
        }),
        fix: doc(Text {
            en: "Use exec form for both: ENTRYPOINT [\"python3\"] with CMD [\"app.py\"] runs python3 app.py, and docker run image other.py runs python3 other.py.",
            zh: "两者都用 exec 形式：ENTRYPOINT [\"python3\"] 配合 CMD [\"app.py\"] 会执行 python3 app.py，docker run 镜像 other.py 则执行 python3 other.py。",
        }),
        bad: doc_str("FROM python:3.12-slim\nENTRYPOINT python3\nCMD [\"app.py\"]\n"),
        good: doc_str("FROM python:3.12-slim\nENTRYPOINT [\"python3\"]\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn words(c: &Command) -> Vec<String> {
    match c {
        Command::Exec(w) => w.iter().map(|x| x.value.clone()).collect(),
        Command::Shell(s) => vec!["/bin/sh".into(), "-c".into(), s.value.clone()],
        Command::Empty => vec![],
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    for stage in &m.stages {
        let mut entry = None;
        let mut cmd = None;
        for s in m.stage_chain(stage.index).into_iter().rev() {
            for (ins, node) in cx.stage_instructions(&m.stages[s]) {
                match &ins.kind {
                    Instr::Entrypoint(c) => {
                        entry = Some((c.clone(), node, s == stage.index));
                        // A new ENTRYPOINT resets an inherited CMD.
                        cmd = None;
                    }
                    Instr::Cmd(c) => cmd = Some((c.clone(), node, s == stage.index)),
                    _ => {}
                }
            }
        }
        let (Some((e, enode, e_here)), Some((c, cnode, c_here))) = (entry, cmd) else {
            continue;
        };
        if !e_here && !c_here {
            continue;
        }
        match e {
            Command::Shell(_) => {
                let line = enode.start_line;
                out.report(
                    cnode.keyword.span,
                    text!(
                        "CMD is ignored: the ENTRYPOINT on line {line} is in shell form, which does not pass CMD (or docker run arguments) to the program",
                        "这个 CMD 不会生效：第 {line} 行的 ENTRYPOINT 是 shell 形式，不会把 CMD（或 docker run 的参数）传给程序"
                    ),
                    Some(text!("write the ENTRYPOINT in exec form: ENTRYPOINT [\"…\"]", "把 ENTRYPOINT 改成 exec 形式：ENTRYPOINT [\"…\"]")),
                );
            }
            Command::Exec(_) if stage.index + 1 == m.stages.len() => {
                let mut all = words(&e);
                let args = words(&c);
                let shown_args = args.join(" ");
                all.extend(args);
                let full = all.join(" ");
                let ep = words(&e).join(" ");
                out.report(
                    cnode.keyword.span,
                    text!(
                        "the container runs \"{full}\": CMD only gives default arguments to ENTRYPOINT; docker run IMAGE ARGS replaces \"{shown_args}\" and keeps \"{ep}\"",
                        "容器实际执行 \"{full}\"：CMD 只是 ENTRYPOINT 的默认参数；docker run 镜像 参数 会替换 \"{shown_args}\"，保留 \"{ep}\""
                    ),
                    None,
                );
            }
            _ => {}
        }
    }
}
