//! RUN: the command, the shell it runs in, each command of its script with its options, the
//! packages it installs, its mounts, and what its cache key is made of.

use super::super::words::{argv, code, join, list};
use super::super::Item;
use super::State;
use crate::dockerfile::flags::{parse_mount, MountType};
use crate::dockerfile::model::Command;
use crate::dockerfile::packages::PackageCommand;
use crate::dockerfile::run_script::{Script, ShellCommand};
use crate::dockerfile::{Dockerfile, Instr, Instruction};
use crate::i18n::Text;
use crate::text;
use crate::text::Span;

/// The subcommands that install the packages named after them.
const INSTALLS: &[&str] = &["install", "add", "i", "get", "in"];

/// Most command parts listed for one RUN (a generated script can have thousands).
const MAX_COMMANDS: usize = 200;

/// The RUN's text; adds a part per command, option and heredoc.
pub(super) fn run(
    text: &str,
    model: &Dockerfile,
    script: Option<&Script>,
    ins: &Instruction,
    state: &State,
    item: &mut Item,
) -> Text {
    let Instr::Run(r) = &ins.kind else {
        return Text::default();
    };
    let node = &model.parsed.nodes[ins.node];
    for h in &node.heredocs {
        let n = &h.name;
        item.part(
            h.span,
            "dockerfile.heredoc",
            text!(
                "the script is the here-document up to the line \"{n}\"",
                "脚本是直到 \"{n}\" 这一行为止的 here-document"
            ),
        );
    }
    let how = match &r.command {
        Command::Exec(words) => {
            let w: Vec<String> = words.iter().map(|w| w.value.clone()).collect();
            let shown = argv(&w);
            text!(
                "Runs {shown} directly, without a shell (exec form: no $VARIABLE expansion, no && or pipes)",
                "不经过 shell，直接执行 {shown}（exec 形式：不展开 $变量，也不能用 && 或管道）"
            )
        }
        _ => {
            let shell = argv(&state.shell);
            text!("Runs the script with {shell}", "用 {shell} 执行这段脚本")
        }
    };
    let whom = super::user_text(state);
    let wd = &state.workdir;
    let main = Text::new(
        format!("{} in {wd}, {}, at build time; what it writes to the filesystem becomes a new layer of the image.", how.en, whom.en),
        format!("构建时{}，工作目录为 {wd}，{}；它写入文件系统的内容会成为镜像的新一层。", how.zh, whom.zh),
    );
    let mut sentences = vec![main];
    if let Some(script) = script {
        let installs = PackageCommand::read_script(script);
        for (i, c) in script.commands.iter().enumerate().take(MAX_COMMANDS) {
            command_parts(text, c, installs.iter().find(|p| p.command == i), item);
        }
        sentences.extend(installed(&installs, &script.commands));
        sentences.extend(
            installs
                .iter()
                .filter_map(|p| manifest_text(p, &script.commands[p.command], state)),
        );
    }
    sentences.extend(r.mounts.iter().filter(|m| m.kind == MountType::Cache).take(1).map(|_| {
        Text::new(
            "Its cache mount keeps the package manager's downloads between builds, outside the image.",
            "它的缓存挂载会在多次构建之间保留包管理器下载的内容，而且不会进入镜像。",
        )
    }));
    sentences.extend(cache_text(state));
    join(&sentences)
}

/// The variables in its cache key, when there are any.
fn cache_text(state: &State) -> Option<Text> {
    if state.vars.is_empty() {
        return None;
    }
    let vars: Vec<String> = state.vars.iter().take(8).cloned().collect();
    let (more, more_zh) = if state.vars.len() > 8 {
        (", …", " 等变量")
    } else {
        ("", "")
    };
    let l = list(&vars);
    Some(if vars.len() == 1 {
        Text::new(
            format!(
                "The value of {} is part of its cache key: when it changes, this step runs again.",
                l.en
            ),
            format!(
                "{} 的值是这条 RUN 缓存键的一部分：值一变，这一步就会重新执行。",
                l.zh
            ),
        )
    } else {
        Text::new(
            format!("The values of {}{more} are part of its cache key: changing any of them runs this step again.", l.en),
            format!("{}{more_zh} 的值都是这条 RUN 缓存键的一部分：改动其中任何一个，这一步都会重新执行。", l.zh),
        )
    })
}

/// "apt-get installs a, b and c." once per tool, in order.
fn installed(installs: &[PackageCommand], commands: &[ShellCommand]) -> Vec<Text> {
    let mut by_tool: Vec<(&str, Vec<String>)> = Vec::new();
    for p in installs.iter().filter(|p| p.is(INSTALLS)) {
        let tool = commands[p.command].name.as_str();
        let names = p.packages.iter().map(|x| x.name.clone());
        match by_tool.iter_mut().find(|(t, _)| *t == tool) {
            Some((_, list)) => list.extend(names),
            None => by_tool.push((tool, names.collect())),
        }
    }
    by_tool
        .into_iter()
        .filter(|(_, names)| !names.is_empty())
        .map(|(tool, names)| {
            let more = if names.len() > 10 { " …" } else { "" };
            let l = list(&names[..names.len().min(10)]);
            Text::new(
                format!("{tool} installs {}{more}.", l.en),
                format!("{tool} 安装 {}{more}。", l.zh),
            )
        })
        .collect()
}

/// Which manifests a dependency install reads, and whether the code was copied before them.
fn manifest_text(p: &PackageCommand, c: &ShellCommand, state: &State) -> Option<Text> {
    let mut out = Vec::new();
    if let (Some(files), Some((line, kw))) = (p.manifests(c), state.whole_copy) {
        let f = list(&files);
        out.push(Text::new(
            format!("It installs what {} lists, but the {kw} on line {line} copied the whole build context before it: any code change re-runs this install. Copy {} first, run this, then copy the rest.", f.en, f.en),
            format!("它安装 {} 中列出的依赖，但第 {line} 行的 {kw} 已经先复制了整个构建上下文：任何代码改动都会让这次安装重新执行。应先复制 {}，执行这一步，再复制其余文件。", f.zh, f.zh),
        ));
    } else if let Some(files) = p.manifests(c) {
        let f = list(&files);
        out.push(Text::new(
            format!("It installs what {} lists.", f.en),
            format!("它安装 {} 中列出的依赖。", f.zh),
        ));
    }
    (!out.is_empty()).then(|| join(&out))
}

/// Commands whose first word is a subcommand (`git clone`, `go build`).
const WITH_SUBCOMMANDS: &[&str] = &[
    "git",
    "go",
    "cargo",
    "rustup",
    "npm",
    "npx",
    "yarn",
    "pnpm",
    "corepack",
    "pip",
    "pip3",
    "pipx",
    "poetry",
    "uv",
    "apt",
    "apt-get",
    "apk",
    "dnf",
    "microdnf",
    "yum",
    "zypper",
    "gem",
    "bundle",
    "composer",
    "conda",
    "dotnet",
    "systemctl",
    "update-alternatives",
    "kubectl",
    "helm",
    "docker",
];

/// Whether the source at `span` shows `word` as written (bare or in one pair of quotes).
fn shows(src: &str, span: Span, word: &str) -> bool {
    let Some(raw) = src.get(span.start..span.end) else {
        return false;
    };
    let inner = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .unwrap_or(raw);
    inner == word || (raw == word)
}

/// The parts of one command: its name, its subcommand, each option (combined short options split).
fn command_parts(src: &str, c: &ShellCommand, install: Option<&PackageCommand>, item: &mut Item) {
    let name = c.name.as_str();
    if !shows(src, c.name_span, name) {
        return;
    }
    item.part(c.name_span, format!("command.{name}"), Text::default());
    let sub = match install {
        Some(p) => p.subcommand.as_str(),
        None if WITH_SUBCOMMANDS.contains(&name) => c.subcommand(),
        None => "",
    };
    let mut sub_done = false;
    for (a, span) in c.args.iter().zip(&c.arg_spans) {
        if !shows(src, *span, a) {
            continue;
        }
        if let Some(opt) = a.strip_prefix("--") {
            let flag = opt.split('=').next().unwrap_or(opt);
            item.part(*span, format!("command.{name}.--{flag}"), Text::default());
        } else if a.starts_with('-') && a.len() > 1 {
            short_parts(src, name, a, *span, item);
        } else if !sub_done && !sub.is_empty() && a == sub {
            sub_done = true;
            item.part(*span, format!("command.{name}.sub.{a}"), Text::default());
        } else if install
            .is_some_and(|p| p.is(INSTALLS) && p.packages.iter().any(|x| x.span == *span))
        {
            let a = code(a);
            item.part(
                *span,
                "dockerfile.part.package",
                text!("the package {a}", "软件包 {a}"),
            );
        }
    }
}

/// `-y` as one part; `-xzf` as one part per letter when it is written as is.
fn short_parts(src: &str, name: &str, a: &str, span: Span, item: &mut Item) {
    let letters = &a[1..];
    let as_written = src.get(span.start..span.end) == Some(a);
    if letters.len() > 1 && letters.bytes().all(|b| b.is_ascii_alphabetic()) && as_written {
        for (i, l) in letters.char_indices() {
            let at = span.start + 1 + i;
            item.part(
                Span::new(at, at + 1),
                format!("command.{name}.-{l}"),
                Text::default(),
            );
        }
    } else {
        let flag = a.split('=').next().unwrap_or(a);
        item.part(span, format!("command.{name}.{flag}"), Text::default());
    }
}

/// What one `--mount` does here.
pub(super) fn mount_text(value: &str, state: &State) -> Text {
    let Ok(m) = parse_mount(value) else {
        return Text::new(
            "a mount BuildKit cannot read (see the problem on this line)",
            "BuildKit 无法解析的挂载（见本行的问题）",
        );
    };
    let target = m
        .get("target")
        .map(|t| super::instructions::resolve(&state.workdir, t))
        .unwrap_or_default();
    match m.kind {
        MountType::Cache => text!(
            "mounts a cache directory at {target} for this command only: its content survives between builds but is not in the image",
            "只为这条命令在 {target} 挂载缓存目录：内容会在多次构建之间保留，但不会进入镜像"
        ),
        MountType::Bind => {
            let from = m.get("from").map_or_else(
                || Text::new("the build context", "构建上下文"),
                |f| text!("the stage or image {f}", "阶段或镜像 {f}"),
            );
            let src = m.get("source").unwrap_or(".");
            let rw = if m.get("readwrite").or(m.get("rw")).is_some() {
                Text::new("writable, changes discarded", "可写，但改动会被丢弃")
            } else {
                Text::new("read-only", "只读")
            };
            Text::new(
                format!("bind-mounts {src} of {} at {target} ({}) while the command runs, without copying it into a layer", from.en, rw.en),
                format!("命令运行期间把{} 中的 {src} 绑定挂载到 {target}（{}），不会把它复制进任何层", from.zh, rw.zh),
            )
        }
        MountType::Tmpfs => text!(
            "an empty in-memory filesystem at {target} for this command only",
            "只为这条命令在 {target} 提供一个空的内存文件系统"
        ),
        MountType::Secret => {
            let id = m.get("id").unwrap_or("?");
            let at = match (m.get("target"), m.get("env")) {
                (_, Some(e)) => text!("in the variable {e}", "放在变量 {e} 中"),
                (Some(_), _) => text!("at {target}", "放在 {target}"),
                (None, None) => text!("at /run/secrets/{id}", "放在 /run/secrets/{id}"),
            };
            Text::new(
                format!("the secret \"{id}\" (from docker build --secret id={id},…) is available {} for this command only; it is never written to a layer", at.en),
                format!("密钥 \"{id}\"（来自 docker build --secret id={id},…）只对这条命令可用，{}；它不会被写入任何层", at.zh),
            )
        }
        MountType::Ssh => Text::new(
            "forwards the SSH agent given with docker build --ssh, so the command can clone private repositories without a key in the image",
            "转发 docker build --ssh 提供的 SSH 代理，命令因此可以克隆私有仓库，而镜像里不会留下密钥",
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::dockerfile::{analyze_text, BuildOptions};

    fn scripts(
        text: &str,
        model: &crate::dockerfile::Dockerfile,
    ) -> Vec<Option<crate::dockerfile::run_script::Script>> {
        model
            .parsed
            .nodes
            .iter()
            .map(|n| crate::dockerfile::run_script::analyze_run(text, n).filter(|_| n.is("run")))
            .collect()
    }

    fn parts(src: &str) -> Vec<(String, String)> {
        let (text, model) = analyze_text(src, &BuildOptions::default());
        let scripts = scripts(&text, &model);
        let items = super::super::explain(&text, &model, None, &scripts);
        let run = items.iter().find(|i| i.title == "RUN").unwrap();
        run.parts
            .iter()
            .map(|p| (p.key.clone(), text[p.span.start..p.span.end].to_string()))
            .collect()
    }

    #[test]
    fn each_command_and_option_is_a_part() {
        let p = parts("FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends curl && tar -xzf a.tgz\n");
        let keys: Vec<&str> = p.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "dockerfile.instruction.RUN",
                "command.apt-get",
                "command.apt-get.sub.update",
                "command.apt-get",
                "command.apt-get.sub.install",
                "command.apt-get.-y",
                "command.apt-get.--no-install-recommends",
                "dockerfile.part.package",
                "command.tar",
                "command.tar.-x",
                "command.tar.-z",
                "command.tar.-f",
            ]
        );
        assert_eq!(p[9].1, "x");
        assert_eq!(p[11].1, "f");
    }
}
