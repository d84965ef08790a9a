//! CMD and ENTRYPOINT: what the container runs, as one argv, the way Docker combines them.

use super::super::words::{argv, join};
use super::super::Item;
use super::State;
use crate::dockerfile::model::Command;
use crate::dockerfile::{Dockerfile, Instr, Instruction};
use crate::i18n::Text;
use crate::text;

/// The argv a command stands for: exec form as written, shell form behind the stage's shell.
pub(super) fn words(c: &Command, shell: &[String]) -> Vec<String> {
    match c {
        Command::Exec(w) => w.iter().map(|x| x.value.clone()).collect(),
        Command::Shell(s) => {
            let mut v = shell.to_vec();
            v.push(s.value.clone());
            v
        }
        Command::Empty => Vec::new(),
    }
}

/// What the container runs, given the ENTRYPOINT and CMD in effect (with the shell each was
/// written under): ENTRYPOINT in shell form ignores CMD; otherwise CMD's words follow.
pub(super) fn effective(state: &State) -> Vec<String> {
    let cmd = state
        .cmd
        .as_ref()
        .map(|(c, _, sh)| words(c, sh))
        .unwrap_or_default();
    match &state.entrypoint {
        Some((c @ Command::Shell(_), _, sh)) => words(c, sh),
        Some((c, _, sh)) => {
            let mut v = words(c, sh);
            v.extend(cmd);
            v
        }
        None => cmd,
    }
}

/// CMD or ENTRYPOINT: updates `state` and says what the container now runs.
pub(super) fn explain(
    model: &Dockerfile,
    ins: &Instruction,
    state: &mut State,
    item: &mut Item,
) -> Text {
    let line = model.parsed.nodes[ins.node].start_line;
    let entry = matches!(ins.kind, Instr::Entrypoint(_));
    let (Instr::Cmd(c) | Instr::Entrypoint(c)) = &ins.kind else {
        return Text::default();
    };
    for w in exec_words(c) {
        item.part(w.span, "dockerfile.part.command", Text::default());
    }
    if let Command::Shell(s) = c {
        item.part(s.span, "dockerfile.form.shell", Text::default());
    }
    let mut out = Vec::new();
    if entry {
        let inherited = state.cmd.is_some() && !state.cmd_here;
        if inherited {
            state.cmd = None;
        }
        state.entrypoint = Some((c.clone(), line, state.shell.clone()));
        out.push(Text::new(
            "Sets the executable every container of the image starts; in exec form the arguments of docker run IMAGE … are appended to it, or CMD when none are given.",
            "设置由这个镜像启动的每个容器要运行的可执行程序。exec 形式下，docker run 镜像 … 中镜像名后面的参数会追加在它后面；没有给参数时，追加的是 CMD。",
        ));
        if inherited {
            out.push(Text::new(
                "It also clears the CMD inherited from the base image (or base stage), so set CMD again after it if the image needs default arguments.",
                "它还会清空从基础镜像（或基础阶段）继承的 CMD；如果镜像需要默认参数，请在它之后重新写一条 CMD。",
            ));
        }
    } else {
        state.cmd = Some((c.clone(), line, state.shell.clone()));
        state.cmd_here = true;
        out.push(match &state.entrypoint {
            Some((Command::Shell(_), l, _)) => text!(
                "Sets default arguments, but the ENTRYPOINT on line {l} is in shell form, which ignores CMD: this has no effect.",
                "设置默认参数，但第 {l} 行的 ENTRYPOINT 是 shell 形式，会忽略 CMD：这一行不起作用。"
            ),
            Some((_, l, _)) => text!(
                "Sets the default arguments of the ENTRYPOINT on line {l}; docker run IMAGE ARGS replaces them.",
                "设置第 {l} 行 ENTRYPOINT 的默认参数；docker run 镜像 参数… 中的参数会替换它们。"
            ),
            None => Text::new(
                "Sets the command a container runs when docker run gives none; docker run IMAGE COMMAND replaces it. Only the last CMD counts.",
                "设置容器的默认命令（docker run 没有指定命令时运行）；docker run 镜像 命令… 会替换它。只有最后一条 CMD 生效。",
            ),
        });
    }
    if let Command::Shell(_) = c {
        let sh = argv(&state.shell);
        out.push(text!(
            "Shell form: it runs as {sh} followed by the text, so the shell is the main process and the program may not receive docker stop's SIGTERM; the exec form [\"program\", \"arg\"] avoids that.",
            "shell 形式：它以 {sh} 加上这段文本的方式运行，主进程是 shell，程序可能收不到 docker stop 发出的 SIGTERM；exec 形式 [\"程序\", \"参数\"] 可以避免这个问题。"
        ));
    }
    let argv_now = effective(state);
    item.runs = Some(super::super::Runs {
        entrypoint: state.entrypoint.as_ref().map(|(c, _, sh)| words(c, sh)),
        entrypoint_shell: matches!(state.entrypoint, Some((Command::Shell(_), _, _))),
        cmd: state.cmd.as_ref().map(|(c, _, sh)| words(c, sh)),
        default: argv_now.clone(),
    });
    if !argv_now.is_empty() {
        let shown = argv(&argv_now);
        out.push(text!(
            "With the instructions so far, a container of this stage runs {shown}.",
            "按到这里为止的指令，这个阶段的容器会运行 {shown}。"
        ));
    }
    if let Some(stage) = ins.stage {
        let used = model.stages.iter().any(|s| s.base_stage == Some(stage));
        if stage + 1 != model.stages.len() && !used {
            out.push(Text::new(
                "This stage is not the final image, so it matters only when it is built with --target.",
                "这个阶段不会成为最终镜像，只有用 --target 构建它时才起作用。",
            ));
        }
    }
    join(&out)
}

fn exec_words(c: &Command) -> &[crate::dockerfile::syntax::Spanned] {
    match c {
        Command::Exec(w) => w,
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use crate::dockerfile::{analyze_text, BuildOptions};

    fn texts(src: &str) -> Vec<String> {
        let (text, model) = analyze_text(src, &BuildOptions::default());
        super::super::explain(&text, &model, None, &[])
            .into_iter()
            .map(|i| i.text.en)
            .collect()
    }

    #[test]
    fn entrypoint_and_cmd_make_one_argv() {
        let t = texts("FROM python\nENTRYPOINT [\"python\"]\nCMD [\"app.py\"]\n");
        assert!(t[2].contains(r#"runs ["python", "app.py"]"#), "{}", t[2]);
        let t = texts("FROM python\nCMD python app.py\n");
        assert!(
            t[1].contains(r#"runs ["/bin/sh", "-c", "python app.py"]"#),
            "{}",
            t[1]
        );
        let t = texts("FROM python\nENTRYPOINT python app.py\nCMD [\"x\"]\n");
        assert!(t[2].contains("ignores CMD"), "{}", t[2]);
        assert!(
            t[2].contains(r#"runs ["/bin/sh", "-c", "python app.py"]"#),
            "{}",
            t[2]
        );
    }

    #[test]
    fn entrypoint_clears_an_inherited_cmd_only() {
        let t = texts("FROM a AS base\nCMD [\"x\"]\nFROM base\nENTRYPOINT [\"e\"]\n");
        assert!(t[3].contains("clears the CMD"), "{}", t[3]);
        assert!(t[3].contains(r#"runs ["e"]"#), "{}", t[3]);
        let t = texts("FROM a\nCMD [\"x\"]\nENTRYPOINT [\"e\"]\n");
        assert!(!t[2].contains("clears"), "{}", t[2]);
        assert!(t[2].contains(r#"runs ["e", "x"]"#), "{}", t[2]);
    }
}
