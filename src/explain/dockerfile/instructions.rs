//! The text of each instruction and its parts.

use super::super::words::{code, join, list};
use super::super::{Item, ItemKind};
use super::{entrypoint, key_of, run, stage_label, State};
use crate::dockerfile::model::{CopyCommand, FromCommand, Health, Instr, KeyValue};
use crate::dockerfile::run_script::Script;
use crate::dockerfile::syntax::{Node, Spanned};
use crate::dockerfile::{Dockerfile, Instruction, Keyword};
use crate::dockerignore::DockerIgnore;
use crate::i18n::Text;
use crate::text;

/// A parser directive.
pub(super) fn directive(name: &str, value: &str) -> Text {
    match name {
        "syntax" => text!(
            "Builds with the Dockerfile frontend {value} (BuildKit fetches that image first; \"docker/dockerfile:1\" follows the newest 1.x release).",
            "使用 Dockerfile 前端 {value} 构建（BuildKit 会先拉取这个镜像；\"docker/dockerfile:1\" 会跟随最新的 1.x 版本）。"
        ),
        "escape" => text!(
            "Makes {value} the escape and line-continuation character instead of \\ (useful for Windows paths).",
            "把续行和转义字符从 \\ 改为 {value}（适合含有 Windows 路径的文件）。"
        ),
        "check" => text!(
            "Configures BuildKit's build checks: {value}.",
            "配置 BuildKit 的构建检查：{value}。"
        ),
        _ => text!(
            "A parser directive \"{name}\" BuildKit does not use.",
            "BuildKit 不使用的解析器指令 \"{name}\"。"
        ),
    }
}

/// One instruction's item, updating `state` with what it changes.
pub(super) fn instruction(
    text: &str,
    model: &Dockerfile,
    ignore: Option<&DockerIgnore>,
    scripts: &[Option<Script>],
    users: &[Vec<usize>],
    ins: &Instruction,
    state: &mut State,
) -> Item {
    let node = &model.parsed.nodes[ins.node];
    let title = node.keyword.value.to_uppercase();
    let mut item = Item::new(node.span, ItemKind::Instruction, key_of(ins), title);
    item.part(node.keyword.span, key_of(ins), Text::default());
    for f in &node.flags {
        if let Some(k) = ins.keyword() {
            let part = flag_text(model, ins, &f.name, f.value.as_deref().unwrap_or(""), state);
            item.part(
                f.span,
                format!("dockerfile.flag.{}.{}", k.as_str(), f.name),
                part,
            );
            if f.name == "mount" {
                mount_parts(text, f, &mut item);
            }
        }
    }
    item.text = match &ins.kind {
        Instr::From(f) => from(model, users, ins, f, &mut item),
        Instr::Run(_) => run::run(
            text,
            model,
            scripts.get(ins.node).and_then(Option::as_ref),
            ins,
            state,
            &mut item,
        ),
        Instr::Copy(c) => copy(model, ins, c, state, ignore, false, &mut item),
        Instr::Add(c) => copy(model, ins, c, state, ignore, true, &mut item),
        Instr::Cmd(_) | Instr::Entrypoint(_) => entrypoint::explain(model, ins, state, &mut item),
        Instr::Shell(c) => shell(c, state, &mut item),
        Instr::Env(kvs) => env(ins, kvs, state, &mut item),
        Instr::Label(kvs) => label(kvs, &mut item),
        Instr::Arg(defs) => arg(ins, defs, state, &mut item),
        Instr::Expose(ws) => expose(ws, &mut item),
        Instr::Volume(ws) => volume(ws, &mut item),
        Instr::User(v) => user(v, state, &mut item),
        Instr::Workdir(v) => workdir(v, state, &mut item),
        Instr::Stopsignal(v) => {
            item.part(v.span, "dockerfile.part.signal", Text::new("", ""));
            let s = &v.value;
            text!(
                "docker stop sends {s} to the container's main process instead of SIGTERM (SIGKILL follows after the stop timeout).",
                "docker stop 会向容器的主进程发送 {s}，而不是 SIGTERM（超时后再发送 SIGKILL）。"
            )
        }
        Instr::Maintainer(v) => {
            let who = &v.value;
            let quoted = who.replace('"', "\\\"");
            text!(
                "Records {who} as the author; MAINTAINER is deprecated: write LABEL org.opencontainers.image.authors=\"{quoted}\" instead.",
                "记录作者为 {who}；MAINTAINER 已弃用，请改写为 LABEL org.opencontainers.image.authors=\"{quoted}\"。"
            )
        }
        Instr::Healthcheck(h) => healthcheck(node, h),
        Instr::Onbuild => onbuild(node),
        Instr::Invalid(k) => text!(
            "BuildKit refuses this {k} as written (see the problem on this line).",
            "BuildKit 不接受这样写的 {k}（见本行的问题）。"
        ),
        Instr::Unknown => {
            let kw = &node.keyword.value;
            text!(
                "\"{kw}\" is not an instruction BuildKit knows, so the build stops here.",
                "\"{kw}\" 不是 BuildKit 认识的指令，构建会在这里停止。"
            )
        }
    };
    let whole = match &ins.kind {
        Instr::Copy(c) | Instr::Add(c) => {
            c.from.is_none() && c.sources.iter().any(|s| whole_context(&s.value))
        }
        _ => false,
    };
    if super::makes_layer(ins.keyword()) && !matches!(ins.kind, Instr::Run(_)) && !whole {
        item.text = join(&[item.text.clone(), layer_note(ins.keyword())]);
    }
    item
}

/// One part per field of a `--mount` value written as is: `type=cache`, `target=/root/.cache`.
fn mount_parts(text: &str, f: &crate::dockerfile::syntax::Flag, item: &mut Item) {
    let Some(vs) = f.value_span else { return };
    let Some(raw) = text.get(vs.start..vs.end) else {
        return;
    };
    if Some(raw) != f.value.as_deref() {
        return;
    }
    let mut at = vs.start;
    for field in raw.split(',') {
        let (k, v) = field.split_once('=').unwrap_or((field, ""));
        let key = if k == "type" {
            format!("dockerfile.mount.{v}")
        } else {
            format!(
                "dockerfile.mount.option.{}",
                crate::dockerfile::flags::mount_option_name(k)
            )
        };
        item.part(
            crate::text::Span::new(at, at + field.len()),
            key,
            Text::default(),
        );
        at += field.len() + 1;
    }
}

/// What a step that adds a layer means for the cache.
fn layer_note(k: Option<Keyword>) -> Text {
    match k {
        Some(Keyword::Workdir) => Text::new(
            "It is a build step (it creates the directory), cached like the others.",
            "它是一个构建步骤（会创建这个目录），和其他步骤一样使用构建缓存。",
        ),
        _ => Text::new(
            "It adds a layer; when the files it copies change, this step and every step after it run again.",
            "它会新增一层；被复制的文件一旦变化，这一步和之后的每一步都会重新执行。",
        ),
    }
}

/// A flag's meaning here.
fn flag_text(
    model: &Dockerfile,
    ins: &Instruction,
    name: &str,
    value: &str,
    state: &State,
) -> Text {
    match (ins.keyword(), name) {
        (_, "platform") => text!(
            "builds this stage for the platform {value}",
            "为平台 {value} 构建这个阶段"
        ),
        (_, "from") => match model.stage_ref(value) {
            Some(s) => {
                let line = model.parsed.nodes[model.stages[s].from].start_line;
                text!(
                    "copies from the result of stage {s} (line {line}) instead of the build context",
                    "从阶段 {s}（第 {line} 行）的结果中复制，而不是从构建上下文中复制"
                )
            }
            None => text!(
                "copies from the image {value} (pulled if needed), not from the build context",
                "从镜像 {value} 中复制（需要时会拉取），而不是从构建上下文中复制"
            ),
        },
        (_, "chown") => text!(
            "the copied files belong to {value} (else root)",
            "复制进来的文件归 {value} 所有（不写时属于 root）"
        ),
        (_, "chmod") => text!(
            "the copied files get the permissions {value}",
            "复制进来的文件权限设为 {value}"
        ),
        (_, "link") => Text::new(
            "the files go into a layer of their own, independent of the layers before: it stays cached when only they change",
            "文件放入独立的一层，不依赖之前的层：即使之前的层变了，只要这些文件没变，这一层仍然命中缓存",
        ),
        (_, "parents") => Text::new(
            "keeps the source's parent directories under the destination",
            "在目标路径下保留源路径的上级目录结构",
        ),
        (_, "exclude") => text!(
            "leaves out what matches {value}",
            "排除匹配 {value} 的内容"
        ),
        (_, "checksum") => text!(
            "the download must have the checksum {value}, and it then counts as unchanged for the cache",
            "下载的内容必须符合校验和 {value}，之后在构建缓存中它就被视为未变化"
        ),
        (_, "keep-git-dir") => Text::new(
            "keeps the .git directory of the cloned repository",
            "保留克隆下来的仓库中的 .git 目录",
        ),
        (_, "unpack") => text!("unpack={value}: whether a local or remote archive is extracted", "unpack={value}：是否解压本地或远程的归档文件"),
        (_, "mount") => run::mount_text(value, state),
        (_, "network") => match value {
            "none" => Text::new("the command runs without network access", "命令在没有网络的环境中运行"),
            "host" => Text::new("the command uses the network of the builder's host", "命令使用构建器所在主机的网络"),
            _ => text!("network mode {value}", "网络模式 {value}"),
        },
        (_, "security") => text!("security mode {value} (insecure needs the builder's permission)", "安全模式 {value}（insecure 需要构建器授权）"),
        (_, "device") => text!("makes the device {value} available to the command", "让命令可以使用设备 {value}"),
        (Some(Keyword::Healthcheck), opt) => healthcheck_flag(opt, value),
        _ => text!("--{name}={value}", "--{name}={value}"),
    }
}

fn healthcheck_flag(name: &str, value: &str) -> Text {
    match name {
        "interval" => text!(
            "runs the check every {value} (default 30s)",
            "每隔 {value} 检查一次（默认 30s）"
        ),
        "timeout" => text!(
            "a check taking longer than {value} fails (default 30s)",
            "单次检查超过 {value} 就算一次失败（默认 30s）"
        ),
        "start-period" => text!(
            "failures in the first {value} after start do not count (default 0s)",
            "启动后的前 {value} 内失败不计数（默认 0s）"
        ),
        "start-interval" => text!(
            "checks every {value} during the start period",
            "启动阶段内每隔 {value} 检查一次"
        ),
        "retries" => text!(
            "{value} failures in a row make the container unhealthy (default 3)",
            "连续失败 {value} 次后容器被标记为不健康（默认 3）"
        ),
        _ => text!("--{name}={value}", "--{name}={value}"),
    }
}

/// FROM: the stage, its base, who copies from it, and whether the build needs it.
fn from(
    model: &Dockerfile,
    users: &[Vec<usize>],
    ins: &Instruction,
    f: &FromCommand,
    item: &mut Item,
) -> Text {
    let stage = ins.stage.unwrap_or(0);
    let st = &model.stages[stage];
    let label = stage_label(model, stage);
    let image = &f.expanded;
    let base = match st.base_stage {
        Some(b) => {
            let line = model.parsed.nodes[model.stages[b].from].start_line;
            let bl = stage_label(model, b);
            Text::new(
                format!("Starts {} from the result of {} (line {line}): its files, ENV, WORKDIR, USER, ENTRYPOINT and CMD carry over.", label.en, bl.en),
                format!("开始构建{}，以{}（第 {line} 行）的结果为起点：该阶段的文件以及 ENV、WORKDIR、USER、ENTRYPOINT 和 CMD 都会沿用下来。", label.zh, bl.zh),
            )
        }
        None if image.eq_ignore_ascii_case("scratch") => Text::new(
            format!(
                "Starts {} from scratch: an empty image with no files at all, not even a shell.",
                label.en
            ),
            format!(
                "开始构建{}，以 scratch 为起点：这是一个完全空的镜像，没有任何文件，连 shell 都没有。",
                label.zh
            ),
        ),
        None => {
            let (shown, shown_zh) = if f.image.value != *image {
                (
                    format!("{image} (written {})", f.image.value),
                    format!("{image}（原文为 {}）", f.image.value),
                )
            } else {
                (image.clone(), image.clone())
            };
            Text::new(
                format!("Starts {} from the image {shown}: its layers are the bottom of this stage, and its ENV, WORKDIR, USER, ENTRYPOINT and CMD are the starting point.", label.en),
                format!("开始构建{}，以镜像 {shown_zh} 为基础镜像：该镜像的层构成本阶段最底部的几层，它设置的 ENV、WORKDIR、USER、ENTRYPOINT 和 CMD 是本阶段的初始值。", label.zh),
            )
        }
    };
    let base_part = match st.base_stage {
        Some(_) => text!("the base: stage {image}", "起点：阶段 {image}"),
        None => text!("the base image: {image}", "基础镜像：{image}"),
    };
    item.part(f.image.span, "dockerfile.part.image", base_part);
    if let Some(a) = &f.alias {
        let n = &a.value;
        item.part(
            a.span,
            "dockerfile.part.stage-name",
            text!(
                "names the stage \"{n}\" for FROM {n} and COPY --from={n}",
                "把阶段命名为 \"{n}\"，供 FROM {n} 和 COPY --from={n} 引用"
            ),
        );
    }
    let total = users.get(stage).map_or(0, Vec::len);
    let mut users: Vec<Text> = users
        .get(stage)
        .into_iter()
        .flatten()
        .take(10)
        .map(|&u| &model.stages[u])
        .map(|o| {
            let line = model.parsed.nodes[o.from].start_line;
            let l = stage_label(model, o.index);
            Text::new(
                format!("{} (line {line})", l.en),
                format!("{}（第 {line} 行）", l.zh),
            )
        })
        .collect();
    if total > 10 {
        let more = total - 10;
        users.push(text!("{more} more stages", "另外 {more} 个阶段"));
    }
    let last = stage + 1 == model.stages.len();
    let used = match (users.is_empty(), last) {
        (false, _) => {
            let en = list(&users.iter().map(|t| t.en.clone()).collect::<Vec<_>>()).en;
            let zh = list(&users.iter().map(|t| t.zh.clone()).collect::<Vec<_>>()).zh;
            Text::new(format!("Used by {en}."), format!("{zh}会用到它。"))
        }
        (true, true) if model.stages.len() > 1 => Text::new(
            "It is the last stage: `docker build` without --target makes this image; files of the other stages end up in it only when COPY --from copies them (multi-stage build).",
            "这是最后一个阶段：不加 --target 的 `docker build` 产出的就是它；其他阶段的文件只有用 COPY --from 复制进来，才会出现在最终镜像中（多阶段构建）。",
        ),
        (true, true) => Text::new("", ""),
        (true, false) => Text::new(
            "No later stage uses it and it is not the last, so BuildKit skips it unless --target names it.",
            "后面没有阶段用到它，它也不是最后一个阶段，所以除非 --target 指定它，否则 BuildKit 会跳过它。",
        ),
    };
    join(&[base, used])
}

/// COPY or ADD: what is copied from where to where.
#[allow(clippy::too_many_arguments)]
fn copy(
    model: &Dockerfile,
    ins: &Instruction,
    c: &CopyCommand,
    state: &mut State,
    ignore: Option<&DockerIgnore>,
    add: bool,
    item: &mut Item,
) -> Text {
    let dest = c.dest.as_ref().map(|d| d.value.clone()).unwrap_or_default();
    let resolved = resolve(&state.workdir, &dest);
    let source_of = match &c.from {
        Some(f) => match model.stage_ref(&f.value) {
            Some(s) => {
                let l = stage_label(model, s);
                Text::new(format!("from {}", l.en), format!("{} 中的 ", l.zh))
            }
            None => Text::new(
                format!("from the image {}", f.value),
                format!("镜像 {} 中的 ", f.value),
            ),
        },
        None if add && c.sources.iter().all(|s| is_remote(&s.value)) => Text::default(),
        None => Text::new("from the build context", "构建上下文中的 "),
    };
    let sources: Vec<String> = c.sources.iter().map(|s| s.value.clone()).collect();
    for s in &c.sources {
        let v = &s.value;
        let t = if c.from.is_none() && whole_context(v) {
            Text::new(
                "the whole build context (minus what .dockerignore excludes)",
                "整个构建上下文（减去 .dockerignore 排除的内容）",
            )
        } else if add && (v.starts_with("http://") || v.starts_with("https://")) {
            text!("downloads {v} at build time", "构建时下载 {v}")
        } else if add && (v.starts_with("git@") || v.ends_with(".git")) {
            text!("clones the Git repository {v}", "克隆 Git 仓库 {v}")
        } else if add && c.from.is_none() && is_archive(v) {
            text!(
                "the local archive {v} is extracted into the destination",
                "本地归档文件 {v} 会被解压到目标路径"
            )
        } else {
            text!("source {v}", "源路径 {v}")
        };
        item.part(s.span, "dockerfile.part.source", t);
    }
    if let Some(d) = &c.dest {
        let t = if resolved != d.value {
            Text::new(
                format!(
                    "destination {resolved} (a relative path, resolved against the working directory {})",
                    state.workdir
                ),
                format!("目标路径 {resolved}（相对路径，按工作目录 {} 解析）", state.workdir),
            )
        } else {
            text!("destination {resolved}", "目标路径 {resolved}")
        };
        item.part(d.span, "dockerfile.part.destination", t);
    }
    let what = list(&sources.iter().map(|s| code(s)).collect::<Vec<_>>());
    let from_en = if source_of.en.is_empty() {
        String::new()
    } else {
        format!(" {}", source_of.en)
    };
    let from_zh = if source_of.zh.is_empty() {
        " ".to_string()
    } else {
        source_of.zh.clone()
    };
    let main = if add {
        Text::new(
            format!("Adds {}{from_en} to {resolved}.", what.en),
            format!("把{from_zh}{} 添加到 {resolved}。", what.zh),
        )
    } else {
        Text::new(
            format!("Copies {}{from_en} to {resolved}.", what.en),
            format!("把{from_zh}{} 复制到 {resolved}。", what.zh),
        )
    };
    let whole = c.from.is_none() && sources.iter().any(|s| whole_context(s));
    let mut out = vec![main];
    if whole {
        let kw = if add { "ADD" } else { "COPY" };
        state.whole_copy = Some((model.parsed.nodes[ins.node].start_line, kw));
        out.push(ignore_text(ignore));
        out.push(Text::new(
            "Because it copies the whole context, a change to any file re-runs this step and every step after it: copy the dependency manifests and install them before copying the code.",
            "因为它复制整个构建上下文，任何文件的改动都会让这一步以及之后的所有步骤重新执行：应先复制依赖清单并安装依赖，再复制代码。",
        ));
    }
    join(&out)
}

/// What the `.dockerignore` removes from a whole-context copy.
fn ignore_text(ignore: Option<&DockerIgnore>) -> Text {
    let Some(ig) = ignore else {
        return Text::new(
            "No .dockerignore was given, so everything in the context is sent and copied (.git, local build output, secrets in .env files included).",
            "没有提供 .dockerignore，所以构建上下文中的所有文件都会发送给构建器并复制进镜像（包括 .git、本地构建产物以及 .env 文件里的密钥）。",
        );
    };
    let excluded: Vec<String> = ig
        .patterns
        .iter()
        .filter(|p| !p.negated)
        .take(12)
        .map(|p| p.pattern.clone())
        .collect();
    let kept: Vec<String> = ig
        .patterns
        .iter()
        .filter(|p| p.negated)
        .take(6)
        .map(|p| p.pattern.clone())
        .collect();
    if excluded.is_empty() {
        return Text::new(
            "The .dockerignore excludes nothing, so everything in the context is copied.",
            ".dockerignore 没有排除任何内容，所以构建上下文中的所有文件都会被复制。",
        );
    }
    let e = list(&excluded);
    let mut t = Text::new(
        format!("The .dockerignore leaves out {}.", e.en),
        format!(".dockerignore 排除了 {}。", e.zh),
    );
    if !kept.is_empty() {
        let k = list(&kept);
        t = join(&[
            t,
            Text::new(
                format!("It keeps {} (patterns with !).", k.en),
                format!("但保留了 {}（以 ! 开头的规则）。", k.zh),
            ),
        ]);
    }
    t
}

/// A URL or a Git repository (what ADD fetches instead of reading the build context).
fn is_remote(v: &str) -> bool {
    v.starts_with("http://")
        || v.starts_with("https://")
        || v.starts_with("git@")
        || v.ends_with(".git")
}

fn whole_context(v: &str) -> bool {
    matches!(v.trim_end_matches('/'), "." | "" | "./" | "*" | "./*")
}

fn is_archive(v: &str) -> bool {
    [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".txz"]
        .iter()
        .any(|x| v.ends_with(x))
}

/// `p` against the working directory `cwd`.
pub(super) fn resolve(cwd: &str, p: &str) -> String {
    if p.starts_with('/') || p.starts_with('$') || p.is_empty() {
        return p.to_string();
    }
    let joined = format!("{}/{p}", cwd.trim_end_matches('/'));
    let keep_slash = p.ends_with('/');
    let mut c = crate::dockerignore::clean_path(&joined);
    if keep_slash && !c.ends_with('/') {
        c.push('/');
    }
    c
}

fn shell(c: &crate::dockerfile::model::Command, state: &mut State, item: &mut Item) -> Text {
    let crate::dockerfile::model::Command::Exec(words) = c else {
        return Text::new("", "");
    };
    let w: Vec<String> = words.iter().map(|w| w.value.clone()).collect();
    for s in words {
        item.part(s.span, "dockerfile.part.command", Text::new("", ""));
    }
    state.shell = w.clone();
    let shown = super::super::words::argv(&w);
    text!(
        "From here on, shell-form RUN, CMD and ENTRYPOINT run with {shown} instead of [\"/bin/sh\", \"-c\"].",
        "从这里开始，shell 形式的 RUN、CMD 和 ENTRYPOINT 改用 {shown} 运行，而不是 [\"/bin/sh\", \"-c\"]。"
    )
}

fn pair_part(kv: &KeyValue, item: &mut Item, key: &str, what: Text) {
    let span = crate::text::Span::new(kv.key.span.start, kv.value.span.end.max(kv.key.span.end));
    item.part(span, key, what);
}

fn env(ins: &Instruction, kvs: &[KeyValue], state: &mut State, item: &mut Item) -> Text {
    let mut shown = Vec::new();
    let mut inherited: Vec<String> = Vec::new();
    for kv in kvs {
        let k = &kv.key.value;
        // A variable this file never sets (`$PATH`) comes from the base image: show it as written.
        let from_base: Vec<&String> = ins
            .undefined_vars
            .iter()
            .filter(|u| {
                kv.value.value.contains(&format!("${u}"))
                    || kv.value.value.contains(&format!("${{{u}"))
            })
            .collect();
        let v = if from_base.is_empty() {
            kv.expanded.clone()
        } else {
            inherited.extend(from_base.iter().map(|u| format!("${u}")));
            kv.value.value.trim_matches('"').to_string()
        };
        state.define(k);
        pair_part(
            kv,
            item,
            "dockerfile.part.variable",
            text!("{k} is \"{v}\"", "{k} 的值为 \"{v}\""),
        );
        shown.push(format!("{k}=\"{v}\""));
    }
    let l = list(&shown);
    let mut t = if shown.len() == 1 {
        Text::new(
            format!("Sets {} for the later instructions of this stage and in every container started from the image. Every later RUN's cache key includes the value: when it changes, those RUN steps run again.", l.en),
            format!("设置 {}：本阶段之后的指令和由该镜像启动的每个容器都能看到它。之后每条 RUN 的缓存键都包含这个值：值一变，这些 RUN 都会重新执行。", l.zh),
        )
    } else {
        Text::new(
            format!("Sets {} for the later instructions of this stage and in every container started from the image. Every later RUN's cache key includes these values: changing any of them runs those RUN steps again.", l.en),
            format!("设置 {}：本阶段之后的指令和由该镜像启动的每个容器都能看到。之后每条 RUN 的缓存键都包含这些值：改动其中任何一个，这些 RUN 都会重新执行。", l.zh),
        )
    };
    if !inherited.is_empty() {
        inherited.dedup();
        let i = list(&inherited);
        t = join(&[
            t,
            Text::new(
                format!(
                    "{} is not set in this file: BuildKit fills in the base image's value.",
                    i.en
                ),
                format!("本文件没有设置 {}：BuildKit 会填入基础镜像中的值。", i.zh),
            ),
        ]);
    }
    t
}

fn label(kvs: &[KeyValue], item: &mut Item) -> Text {
    let mut shown = Vec::new();
    for kv in kvs {
        let (k, v) = (&kv.key.value, &kv.expanded);
        pair_part(
            kv,
            item,
            "dockerfile.part.variable",
            text!("label {k}=\"{v}\"", "label {k}=\"{v}\""),
        );
        shown.push(format!("{k}=\"{v}\""));
    }
    let l = list(&shown);
    Text::new(
        format!(
            "Adds the metadata {} to the image (docker inspect shows it); no layer.",
            l.en
        ),
        format!(
            "给镜像添加元数据 {}（docker inspect 可以看到）；不产生新的层。",
            l.zh
        ),
    )
}

fn arg(
    ins: &Instruction,
    defs: &[crate::dockerfile::model::ArgDef],
    state: &mut State,
    item: &mut Item,
) -> Text {
    let mut sentences = Vec::new();
    for d in defs {
        let n = &d.name.value;
        state.define(n);
        let t = match (&d.value, &d.default) {
            (Some(v), Some(def)) if v != def => text!(
                "{n} is \"{v}\" in this build (its default \"{def}\" is overridden)",
                "{n} 在本次构建中为 \"{v}\"（默认值 \"{def}\" 被覆盖）"
            ),
            (Some(v), _) => text!("{n} is \"{v}\"", "{n} 为 \"{v}\""),
            (None, _) => text!(
                "{n} has no value unless --build-arg {n}=… gives one",
                "除非用 --build-arg {n}=… 传入，否则 {n} 没有值"
            ),
        };
        item.part(d.name.span, "dockerfile.part.variable", t.clone());
        sentences.push(t);
    }
    let l = list(&sentences.iter().map(|t| t.en.clone()).collect::<Vec<_>>());
    let lz = sentences
        .iter()
        .map(|t| t.zh.clone())
        .collect::<Vec<_>>()
        .join("；");
    let scope = if ins.stage.is_none() {
        Text::new(
            "Declared before the first FROM, it can be used in FROM lines; a stage sees it only after repeating ARG with its name.",
            "它声明在第一个 FROM 之前，可以在 FROM 行中使用；某个阶段要使用它，必须在该阶段内再写一次同名的 ARG。",
        )
    } else {
        Text::new(
            "Build arguments exist only while building (not in the running container), but they are visible in the image's history, so never pass secrets this way.",
            "构建参数只在构建期间存在（运行中的容器里没有），但会留在镜像的历史记录中，所以不要用它传递密钥。",
        )
    };
    join(&[
        Text::new(
            format!("Declares a build argument: {}.", l.en),
            format!("声明构建参数：{lz}。"),
        ),
        scope,
    ])
}

fn expose(ws: &[Spanned], item: &mut Item) -> Text {
    let mut ports = Vec::new();
    for w in ws {
        let p = &w.value;
        let bare = p.split('/').next().unwrap_or(p);
        item.part(w.span, "dockerfile.part.port", text!(
            "port {p}: publish it with docker run -p HOST:{bare} or compose ports: - \"HOST:{bare}\"",
            "端口 {p}：用 docker run -p 宿主机端口:{bare} 或 compose 的 ports: - \"宿主机端口:{bare}\" 发布"
        ));
        ports.push(p.clone());
    }
    let l = list(&ports);
    Text::new(format!("Documents that the application listens on {}. It does not publish anything: the host reaches the port only with -p (or ports: in compose).", l.en), format!("声明应用监听 {} 端口。它并不会发布端口：宿主机要访问，必须使用 -p（或 compose 的 ports:）。", l.zh))
}

fn volume(ws: &[Spanned], item: &mut Item) -> Text {
    let mut paths = Vec::new();
    for w in ws {
        item.part(
            w.span,
            "dockerfile.part.path",
            Text::new(
                format!("{} becomes a volume", w.value),
                format!("{} 成为数据卷", w.value),
            ),
        );
        paths.push(w.value.clone());
    }
    let l = list(&paths);
    Text::new(format!("Declares {} as volumes: every container gets an anonymous volume there unless one is mounted, so the data outlives the container's filesystem.", l.en), format!("把 {} 声明为数据卷：除非挂载了别的数据卷，每个容器都会在那里得到一个匿名数据卷，数据因此不随容器的文件系统一起消失。", l.zh))
}

fn user(v: &Spanned, state: &mut State, item: &mut Item) -> Text {
    let u = &v.value;
    state.user = Some(u.clone());
    item.part(
        v.span,
        "dockerfile.part.user",
        text!("user {u}", "用户 {u}"),
    );
    let root = u.split(':').next().is_some_and(|n| n == "root" || n == "0");
    let tail = if root {
        Text::new(
            "That is root: the main process has full privileges in the container.",
            "这就是 root：主进程在容器中拥有全部权限。",
        )
    } else {
        Text::new("", "")
    };
    join(&[
        text!(
            "Later RUN, CMD and ENTRYPOINT of this stage run as \"{u}\", and so does the container's main process.",
            "本阶段之后的 RUN、CMD 和 ENTRYPOINT 都以用户 \"{u}\" 的身份运行，容器的主进程也一样。"
        ),
        tail,
    ])
}

fn workdir(v: &Spanned, state: &mut State, item: &mut Item) -> Text {
    let before = state.workdir.clone();
    let resolved = resolve(&before, &v.value);
    state.workdir = resolved.clone();
    let relative = !v.value.starts_with('/') && !v.value.starts_with('$');
    item.part(
        v.span,
        "dockerfile.part.path",
        text!("{resolved}", "{resolved}"),
    );
    let main = text!(
        "Makes {resolved} the working directory of the later instructions and of the container (created if missing).",
        "把 {resolved} 设为之后各条指令以及容器的工作目录（不存在时会创建）。"
    );
    let rel = match (relative, state.workdir_set) {
        (true, true) => text!(
            "The path is relative: it is resolved against the previous WORKDIR, {before}.",
            "这是相对路径：它相对于上一个 WORKDIR {before} 解析。"
        ),
        (true, false) => text!(
            "The path is relative and no WORKDIR came before in this file, so it depends on the base image's working directory (assumed {before}).",
            "这是相对路径，而本文件此前没有 WORKDIR，所以结果取决于基础镜像的工作目录（这里按 {before} 计算）。"
        ),
        _ => Text::new("", ""),
    };
    state.workdir_set = true;
    join(&[main, rel])
}

fn healthcheck(node: &Node, h: &Health) -> Text {
    match h {
        Health::None => Text::new(
            "Turns off any health check inherited from the base image.",
            "关闭从基础镜像继承来的健康检查。",
        ),
        Health::Cmd(c) => {
            let cmd = match c {
                crate::dockerfile::model::Command::Exec(w) => super::super::words::argv(
                    &w.iter().map(|x| x.value.clone()).collect::<Vec<_>>(),
                ),
                crate::dockerfile::model::Command::Shell(s) => code(&s.value),
                crate::dockerfile::model::Command::Empty => String::new(),
            };
            let get = |n: &str, d: &str| {
                node.flags
                    .iter()
                    .find(|f| f.name == n)
                    .and_then(|f| f.value.clone())
                    .unwrap_or_else(|| d.to_string())
            };
            let (interval, timeout, retries) = (
                get("interval", "30s"),
                get("timeout", "30s"),
                get("retries", "3"),
            );
            text!(
                "While a container runs, Docker runs {cmd} inside it every {interval}; exit code 0 is healthy, a check slower than {timeout} counts as a failure, and {retries} failures in a row mark it unhealthy. The tool it calls must exist in the image.",
                "容器运行期间，Docker 每隔 {interval} 在容器内执行一次 {cmd}；退出码为 0 表示健康，单次检查超过 {timeout} 也算一次失败，连续失败 {retries} 次就标记为不健康。镜像里必须有它调用的工具。"
            )
        }
    }
}

fn onbuild(node: &Node) -> Text {
    let trigger = code(node.rest());
    text!(
        "Does nothing in this build: it stores {trigger} as a trigger that runs when another Dockerfile builds FROM this image.",
        "在本次构建中什么也不做：它把 {trigger} 保存为触发器，等其他 Dockerfile 以本镜像为基础（FROM）构建时才执行。"
    )
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn paths_resolve_against_the_working_directory() {
        assert_eq!(resolve("/app", "src"), "/app/src");
        assert_eq!(resolve("/app", "./"), "/app/");
        assert_eq!(resolve("/app", "../x"), "/x");
        assert_eq!(resolve("/", "app"), "/app");
        assert_eq!(resolve("/app", "/srv"), "/srv");
    }
}
