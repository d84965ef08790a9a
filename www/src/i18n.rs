//! The page's own strings, in English and Chinese.

use dockplay::i18n::Lang;

/// The page's chrome: each string's name with its English and Chinese.
macro_rules! ui_texts {
    ($($(#[$doc:meta])* $name:ident => $en:expr, $zh:expr;)*) => {
        /// A string of the page's chrome.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Ui {
            $($(#[$doc])* $name,)*
        }

        /// The text of `s` in `lang`.
        pub fn t(lang: Lang, s: Ui) -> &'static str {
            let (en, zh) = match s {
                $(Ui::$name => ($en, $zh),)*
            };
            lang.pick(en, zh)
        }
    };
}

ui_texts! {
    Tagline =>
        "Paste a Dockerfile or a compose file: problems show up as you type. Nothing leaves this page.",
        "粘贴 Dockerfile 或 compose 文件，输入时即可看到问题。所有内容都只在本页面中处理。";
    Diagnostics =>
        "Problems",
        "问题";
    NoProblems =>
        "No problems found.",
        "没有发现问题。";
    Summary =>
        "Summary",
        "概要";
    Language =>
        "Language",
        "语言";
    Offline =>
        "Runs entirely in your browser (WebAssembly).",
        "完全在浏览器中运行（WebAssembly）。";
    Help =>
        "hint: ",
        "建议：";
    EnvHint =>
        "Variables for ${…} in the compose file, one KEY=VALUE per line (like a .env file next to it).",
        "compose 文件中 ${…} 使用的变量，每行一个 KEY=VALUE（相当于放在它旁边的 .env 文件）。";
    Project =>
        "Project",
        "项目";
    Networks =>
        "Networks",
        "网络";
    Reachability =>
        "Who can reach whom",
        "谁可以访问谁";
    ReachHint =>
        "A row's service can connect to a column's service only when they share a network.",
        "只有和列中的服务接入同一个网络，行中的服务才能访问它。";
    Ports =>
        "Port mappings",
        "端口映射";
    NoPorts =>
        "No port is published to the host.",
        "没有向宿主机发布任何端口。";
    Host =>
        "host",
        "宿主机";
    Container =>
        "container",
        "容器";
    Internal =>
        "internal",
        "内部网络";
    External =>
        "external",
        "外部创建";
    Names =>
        "reachable by",
        "可用的主机名";
    NotAnalysed =>
        "The compose file could not be loaded; the Problems panel says why.",
        "compose 文件无法加载，请在“问题”面板中查看原因。";
    CacheTitle =>
        "Build cache: what re-runs?",
        "构建缓存：哪些步骤会重新执行？";
    CacheHint =>
        "Tick the files you changed since the last build. BuildKit reuses a step only when its instruction, everything before it, and the files it reads are unchanged.",
        "勾选自上次构建以来改动过的文件。只有当指令本身、它之前的所有步骤以及它读取的文件都没有变化时，BuildKit 才会复用这一步的构建缓存。";
    AddFile =>
        "Add",
        "添加";
    AddFilePlaceholder =>
        "another changed file, e.g. src/app.py",
        "其他改动的文件，例如 src/app.py";
    ApplySuggestion =>
        "Apply this order to the Dockerfile",
        "把 Dockerfile 改成这个顺序";
    RunHint =>
        "Paste the docker run lines of a tutorial: each flag is explained in the Explain panel, and the lines become a compose file below.",
        "粘贴教程里的 docker run 命令：“解释”面板会解释每个参数，下面会把这些命令转换成 compose 文件。";
    RunTitle =>
        "docker run and compose",
        "docker run 与 compose";
    RunToCompose =>
        "docker run → compose.yaml",
        "docker run → compose.yaml";
    RunToRun =>
        "compose.yaml → docker run",
        "compose.yaml → docker run";
    RunEmpty =>
        "No docker run line yet: paste one above, e.g. docker run -d -p 8000:5000 --name web web:1",
        "还没有 docker run 命令：在上面粘贴一条，例如 docker run -d -p 8000:5000 --name web web:1";
    RunNoCompose =>
        "The compose.yaml tab is empty.",
        "compose.yaml 标签页是空的。";
    UseAsCompose =>
        "Use this as compose.yaml",
        "用它替换 compose.yaml";
    RunNotes =>
        "Flag by flag",
        "逐个参数说明";
    NoteMapped =>
        "same",
        "等价";
    NoteDiffers =>
        "differs",
        "有差异";
    NoteDropped =>
        "dropped",
        "未转换";
    RunsTitle =>
        "What docker run starts",
        "docker run 实际启动的命令";
    RunsArgsLabel =>
        "arguments after the image name in docker run",
        "docker run 命令中镜像名后面的参数";
    RunsYouType =>
        "you run",
        "你执行";
    RunsStarts =>
        "the container starts",
        "容器启动的命令";
    RunsBaseCmd =>
        "the base image's CMD (this file sets none)",
        "基础镜像的 CMD（这个文件没有设置）";
    RunsAppended =>
        "ENTRYPOINT in exec form: the arguments are appended to it and replace CMD.",
        "exec 形式的 ENTRYPOINT：参数会追加在它后面，并替换 CMD。";
    RunsShellIgnores =>
        "ENTRYPOINT in shell form: CMD and the arguments are ignored.",
        "shell 形式的 ENTRYPOINT：CMD 和这些参数都会被忽略。";
    RunsReplaced =>
        "No ENTRYPOINT: the arguments replace CMD and are run as the command.",
        "没有 ENTRYPOINT：这些参数会替换 CMD，作为命令运行。";
    RunsOverride =>
        "--entrypoint replaces the ENTRYPOINT and clears the image's CMD as well.",
        "--entrypoint 会替换 ENTRYPOINT，同时清空镜像的 CMD。";
    WhatIf =>
        "What if…",
        "假如……";
    BuiltNone =>
        "The cache holds a build of this Dockerfile as it is now. Mark it as built, then edit it: the steps you change, and every step after them, re-run.",
        "构建缓存里保存的是当前这个 Dockerfile 的构建结果。先把它标记为已构建，再修改它：改动的步骤以及它之后的所有步骤都会重新执行。";
    BuiltActive =>
        "Compared with the build you marked as built: edit the Dockerfile or the settings below to see which steps re-run.",
        "正在与你标记为已构建的那次构建比较：修改 Dockerfile 或下面的设置，就能看到哪些步骤会重新执行。";
    MarkBuilt =>
        "Mark as built",
        "标记为已构建";
    MarkAgain =>
        "Mark this version as built",
        "把当前版本标记为已构建";
    ForgetBuilt =>
        "Forget the marked build",
        "取消标记";
    HowChanged =>
        "How it changed:",
        "改动方式：";
    FileChanged =>
        "content changed",
        "内容已修改";
    FileAdded =>
        "new file",
        "新增的文件";
    FileRemoved =>
        "deleted",
        "已删除";
    TargetLabel =>
        "Target stage (--target)",
        "构建目标阶段（--target）";
    LastStage =>
        "the last stage (default)",
        "最后一个阶段（默认）";
    BuildArgs =>
        "Build arguments (--build-arg)",
        "构建参数（--build-arg）";
    ArgUnset =>
        "no default",
        "没有默认值";
    ArgDefault =>
        "default:",
        "默认值：";
    ArgChanged =>
        "value changed since the last build",
        "自上次构建以来值已改变";
    BaseMoved =>
        "Base images whose tag now points at a new image",
        "标签已指向新镜像的基础镜像";
    BaseMovedHint =>
        "When a new image is pushed under a tag such as python:3.13, the next build resolves the tag to the new digest and every step of the stages built on it re-runs.",
        "当有人在同一个标签（例如 python:3.13）下推送了新镜像时，下一次构建会把标签解析为新的摘要，基于它的阶段中的所有步骤都会重新执行。";
    NoCacheFilter =>
        "Stages built without the cache (--no-cache-filter)",
        "不使用构建缓存的阶段（--no-cache-filter）";
    StagesTitle =>
        "Stages",
        "构建阶段";
    StagesHint =>
        "A solid arrow: FROM builds on that stage. A dashed arrow: COPY --from (or a mount) reads from it. Grey stages are not needed for the target and are skipped.",
        "实线箭头：FROM 基于该阶段；虚线箭头：COPY --from（或挂载）从该阶段读取文件。灰色的阶段不是构建目标所需要的，会被跳过。";
    TargetStage =>
        "target",
        "构建目标";
    StageUnused =>
        "not needed for the target",
        "构建目标不需要";
    StepsTitle =>
        "Build steps",
        "构建步骤";
    LayersTitle =>
        "Layers of the final image",
        "最终镜像的层";
    LayersHint =>
        "RUN, COPY and ADD add a filesystem layer; ENV, CMD, EXPOSE, LABEL and the like only change the image's configuration.",
        "RUN、COPY 和 ADD 会添加文件系统层；ENV、CMD、EXPOSE、LABEL 等指令只修改镜像的配置，不产生新的层。";
    LayerBase =>
        "base image",
        "基础镜像";
    LayerLayer =>
        "layer",
        "层";
    LayerConfig =>
        "config only",
        "仅配置";
    LogTitle =>
        "BuildKit log of this build",
        "本次构建的 BuildKit 日志";
    OrderApplied =>
        "Suggested order applied.",
        "已按建议调整顺序。";
    MarkedBuilt =>
        "Marked as built: now edit the Dockerfile.",
        "已标记为已构建，现在可以修改 Dockerfile 了。";
    Close =>
        "Close",
        "关闭";
    FixShortcut =>
        "Apply the fix (Ctrl+.)",
        "应用修复（Ctrl+.）";
    ApplyFix =>
        "Fix: ",
        "修复：";
    Why =>
        "Why: ",
        "原因：";
    HowToFix =>
        "How to fix: ",
        "修复方法：";
    UpstreamDocs =>
        "The original tool's documentation",
        "原工具的文档";
    Analysing =>
        "Analysing…",
        "正在分析……";
    FilterBySeverity =>
        "Show problems of severity",
        "按严重程度显示问题";
    ContextHint =>
        "The files of the build context (the directory sent to the builder). Tick the ones changed since the last build: the Build cache panel shows which steps re-run.",
        "构建上下文（发送给构建器的目录）中的文件。勾选自上次构建以来改动过的文件，“构建缓存”面板会显示哪些步骤需要重新执行。";
    Changed =>
        "changed",
        "已改动";
    RenameFile =>
        "Rename",
        "重命名";
    RemoveFile =>
        "Remove",
        "删除";
    NamedByDockerfile =>
        "Named by the Dockerfile's COPY/ADD (click to add):",
        "Dockerfile 的 COPY/ADD 用到的文件（点击添加）：";
    PairsOmitted =>
        "Too many services to list every pair; the matrix and the list are left out.",
        "服务太多，无法列出所有服务对，这里省略了矩阵和列表。";
    ThemeAuto =>
        "Colours: system",
        "配色：跟随系统";
    ThemeLight =>
        "Colours: light",
        "配色：浅色";
    ThemeDark =>
        "Colours: dark",
        "配色：深色";
    Theme =>
        "Colour scheme",
        "配色方案";
    Version =>
        "The version of dockplay",
        "dockplay 的版本";
    Examples =>
        "Examples",
        "示例";
    ExamplesPlaceholder =>
        "Open an example lesson…",
        "打开一个示例课程……";
    Share =>
        "Copy link",
        "复制链接";
    /// The widget's link to the playground.
    #[cfg_attr(not(feature = "widget"), allow(dead_code))]
    OpenInPlayground =>
        "Open in playground",
        "在练习场中打开";
    /// The start of a widget's accessible name (the file names follow).
    #[cfg_attr(not(feature = "widget"), allow(dead_code))]
    WidgetLabel =>
        "dockplay live example:",
        "dockplay 实时示例：";
    ShareShortcut =>
        "Copy a link to this exact state (Ctrl/⌘+S)",
        "复制指向当前状态的链接（Ctrl/⌘+S）";
    CopyMarkdown =>
        "Copy as Markdown",
        "复制为 Markdown";
    Shortcuts =>
        "Keyboard shortcuts",
        "键盘快捷键";
    KeyShare =>
        "copy a link to this state",
        "复制当前状态的链接";
    KeyNext =>
        "next / previous problem in the editor",
        "在编辑器中跳到下一个 / 上一个问题";
    KeyFix =>
        "apply the fix of the problem at the caret",
        "应用光标处问题的修复";
    KeyUndo =>
        "undo, a fix or the suggested order included",
        "撤销（修复和顺序调整也能撤销）";
    KeyClose =>
        "close the problem card",
        "关闭问题卡片";
    KeyTab =>
        "leave the editor (Tab does not indent)",
        "离开编辑器（Tab 不会缩进）";
    KeyTabs =>
        "move between tabs",
        "在标签页之间切换";
    Title =>
        "dockplay — Dockerfile and compose playground",
        "dockplay — Dockerfile 与 compose 练习场";
    ContextTab =>
        "build context",
        "构建上下文";
    CacheTab =>
        "Build cache",
        "构建缓存";
    NetworkTab =>
        "Network",
        "网络";
    ExplainTab =>
        "Explain",
        "解释";
    ExplainHint =>
        "Put the cursor on an instruction or a compose key: here is what it does in this file. Click a part to select it in the editor.",
        "把光标放在一条指令或一个 compose 键上，这里会说明它在这个文件中的作用。点击某个组成部分，即可在编辑器中选中它。";
    Picture =>
        "Picture",
        "网络图";
    PictureHint =>
        "A network is a region around its services; a service in two regions is on both. Click a service (or press Enter on it) to see whom it reaches; again to clear.",
        "每个网络是一个区域，框住接入它的服务；位于两个区域中的服务同时接入这两个网络。点击服务（或选中后按 Enter）可查看它能访问谁，再点一次取消。";
    PictureLoading =>
        "Drawing the picture…",
        "正在绘制网络图……";
    PictureFailed =>
        "The picture could not be drawn; reload the page to try again. Details: ",
        "网络图绘制失败，请刷新页面重试。详细信息：";
    PictureNone =>
        "No picture: the file does not load, or it has over 200 services. The lists below remain.",
        "无法绘图：文件无法加载，或服务超过 200 个。下面的列表仍然可用。";
    ExportSvg =>
        "Export SVG",
        "导出 SVG";
    ExportPng =>
        "Export PNG",
        "导出 PNG";
    PictureFit =>
        "Fit to width",
        "适应宽度";
    CannotReach =>
        "cannot reach (no shared network): ",
        "无法访问（没有共同的网络）：";
    ReachesNone =>
        "It can reach no other service.",
        "它无法访问任何其他服务。";
    ExplainLoading =>
        "Loading the explanations…",
        "正在加载解释……";
    ExplainFailed =>
        "The explanations could not load; reload the page to try again. Details: ",
        "解释加载失败，请刷新页面重试。详细信息：";
    ExplainNothing =>
        "Nothing to explain at the cursor: move it onto an instruction or a key.",
        "光标处没有可解释的内容：请把光标移到一条指令或一个键上。";
    ExplainOmitted =>
        "Nothing explained at the cursor: a file is explained up to its first 2,000 instructions or keys.",
        "光标处没有解释：一个文件最多只解释前 2,000 条指令或键。";
    ExplainOtherTab =>
        "Explanations cover the Dockerfile and compose.yaml: open one of them.",
        "解释只针对 Dockerfile 和 compose.yaml：请打开其中一个。";
    ExplainParts =>
        "Its parts",
        "组成部分";
    ExplainSelectPart =>
        "Select this part in the editor",
        "在编辑器中选中这一部分";
    ExplainBuild =>
        "At build time",
        "构建时";
    ExplainRun =>
        "When the container runs",
        "容器运行时";
    ExplainCache =>
        "Build cache and layers",
        "构建缓存与镜像层";
    ExplainMistakes =>
        "Common mistakes",
        "常见错误";
    ExplainExample =>
        "Example",
        "示例";
    ExplainFindings =>
        "Problems here",
        "此处的问题";
    ExplainDocs =>
        "Docker's reference",
        "Docker 官方参考文档";
    EditorLabel =>
        "editor",
        "编辑器";
    LargeEditorLoading =>
        "Opening the editor for large files…",
        "正在打开大文件编辑器……";
    LargeEditorNote =>
        "A large file: this editor draws only the lines in view, so typing stays fast.",
        "这是一个大文件：此编辑器只绘制可见的行，输入依然流畅。";
    LargeEditorFailed =>
        "The editor for large files could not load; reload the page to try again. Details: ",
        "大文件编辑器加载失败，请刷新页面重试。详细信息：";
    IgnoreHint =>
        "Patterns of files left out of the build context, one per line (the .dockerignore at the context's root).",
        "构建上下文中要排除的文件模式，每行一个（即构建上下文根目录下的 .dockerignore）。";
    NoDockerfile =>
        "There is no Dockerfile to simulate: write one in the Dockerfile tab.",
        "没有可以模拟的 Dockerfile：请在 Dockerfile 标签页中编写。";
    NoCompose =>
        "There is no compose file: write one in the compose.yaml tab.",
        "没有 compose 文件：请在 compose.yaml 标签页中编写。";
    LinkErrorTitle =>
        "This share link could not be opened",
        "无法打开这个分享链接";
    LinkErrorHint =>
        "The default example is shown instead.",
        "已改为显示默认示例。";
    Dismiss =>
        "Dismiss",
        "关闭";
    WorkerErrorTitle =>
        "The analysis stopped",
        "分析已停止";
    Files =>
        "Files",
        "文件";
    Results =>
        "Results",
        "结果";
    LinkCopied =>
        "Link copied: it opens this exact state.",
        "链接已复制，打开它会看到完全相同的状态。";
    MarkdownCopied =>
        "Copied as Markdown.",
        "已复制为 Markdown。";
    CopyFailed =>
        "The browser did not allow copying to the clipboard (a share link is in the address bar).",
        "浏览器不允许复制到剪贴板（分享链接已在地址栏中）。";
    TooLargeToShare =>
        "These files are too large for a link (over 2 MiB compressed).",
        "这些文件太大，无法放进链接（压缩后超过 2 MiB）。";
    FixApplied =>
        "Fix applied.",
        "已应用修复。";
    Undo =>
        "Undo",
        "撤销";
    MarkdownFooter =>
        "Checked with dockplay, in the browser.",
        "在浏览器中用 dockplay 检查。";
}

/// "N instructions, M stages" in `lang`.
pub fn counts(lang: Lang, instructions: usize, stages: usize) -> String {
    match lang {
        Lang::En => format!(
            "{instructions} instruction{}, {stages} stage{}",
            if instructions == 1 { "" } else { "s" },
            if stages == 1 { "" } else { "s" }
        ),
        Lang::Zh => format!("{instructions} 条指令，{stages} 个构建阶段"),
    }
}

/// "3 problems" in `lang`.
pub fn problem_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} problem{}", if n == 1 { "" } else { "s" }),
        Lang::Zh => format!("{n} 个问题"),
    }
}

/// A stage's name, else "stage 2".
pub fn stage_label(lang: Lang, name: Option<&str>, index: usize) -> String {
    match (name, lang) {
        (Some(n), _) => n.to_string(),
        (None, Lang::En) => format!("stage {index}"),
        (None, Lang::Zh) => format!("阶段 {index}"),
    }
}

/// "Go to line 7" in `lang`.
pub fn go_to_line(lang: Lang, line: usize) -> String {
    match lang {
        Lang::En => format!("Go to line {line}"),
        Lang::Zh => format!("跳到第 {line} 行"),
    }
}

/// "4 layers of 9 entries" in `lang`.
pub fn layer_count(lang: Lang, layers: usize, entries: usize) -> String {
    match lang {
        Lang::En => format!(
            "({layers} layer{} in {entries} history entries)",
            if layers == 1 { "" } else { "s" }
        ),
        Lang::Zh => format!("（{entries} 条历史记录中有 {layers} 个层）"),
    }
}

/// "nginx can reach:" in `lang`.
pub fn reaches(lang: Lang, service: &str) -> String {
    match lang {
        Lang::En => format!("{service} can reach:"),
        Lang::Zh => format!("{service} 可以访问："),
    }
}

/// "as app, myapp-app-1 over front" in `lang`.
pub fn reached_by(lang: Lang, names: &[String], networks: &[String]) -> String {
    let over = if networks.is_empty() {
        lang.pick(" (the same network stack)", "（共用网络栈）")
            .to_string()
    } else {
        match lang {
            Lang::En => format!(" over {}", networks.join(", ")),
            Lang::Zh => format!("，经由 {} 网络", networks.join("、")),
        }
    };
    match lang {
        Lang::En => format!("as {}{over}", names.join(", ")),
        Lang::Zh => format!("可用名称 {}{over}", names.join("、")),
    }
}

/// "Show 200 more (350 hidden)" in `lang`.
pub fn show_more(lang: Lang, more: usize, hidden: usize) -> String {
    match lang {
        Lang::En => format!("Show {more} more ({hidden} not shown)"),
        Lang::Zh => format!("再显示 {more} 项（共 {hidden} 项未显示）"),
    }
}

/// "1,500 more are not listed here" in `lang`.
pub fn omitted(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => {
            format!("{n} more are not listed here; the CLI (dockplay check) lists them all.")
        }
        Lang::Zh => format!("另有 {n} 项未在此列出；命令行工具（dockplay check）会全部列出。"),
    }
}

/// "line 3, column 5" in `lang`.
pub fn position(lang: Lang, line: usize, column: usize) -> String {
    match lang {
        Lang::En => format!("line {line}, column {column}"),
        Lang::Zh => format!("第 {line} 行，第 {column} 列"),
    }
}

/// One published port in words.
pub fn port_sentence(
    lang: Lang,
    host_ip: Option<&str>,
    published: Option<&str>,
    service: &str,
    (target, target_end): (u16, u16),
    proto: &str,
) -> String {
    let any = host_ip.is_none();
    if target_end > target {
        return range_sentence(
            lang,
            host_ip,
            published,
            service,
            (target, target_end),
            proto,
        );
    }
    match (lang, published) {
        (Lang::En, Some(p)) if p.contains('-') => format!(
            "one free host port in {p}{} forwards to port {target}/{proto} of \"{service}\"",
            if any {
                " on every interface".to_string()
            } else {
                format!(" on {}", host_ip.unwrap_or_default())
            }
        ),
        (Lang::En, Some(p)) => format!(
            "{} port {p} forwards to port {target}/{proto} of \"{service}\"",
            if any {
                "every host address,".to_string()
            } else {
                format!("host address {},", host_ip.unwrap_or_default())
            }
        ),
        (Lang::En, None) => {
            format!("a random host port forwards to port {target}/{proto} of \"{service}\"")
        }
        (Lang::Zh, Some(p)) if p.contains('-') => format!(
            "在{}从 {p} 中选一个空闲的宿主机端口，转发到 \"{service}\" 的 {target}/{proto} 端口",
            if any {
                "所有网卡上".to_string()
            } else {
                format!(" {} 上", host_ip.unwrap_or_default())
            }
        ),
        (Lang::Zh, Some(p)) => format!(
            "{}的 {p} 端口转发到 \"{service}\" 的 {target}/{proto} 端口",
            if any {
                "宿主机所有地址".to_string()
            } else {
                format!("宿主机地址 {} ", host_ip.unwrap_or_default())
            }
        ),
        (Lang::Zh, None) => {
            format!("宿主机随机分配一个端口，转发到 \"{service}\" 的 {target}/{proto} 端口")
        }
    }
}

/// A container port range mapped port by port (or to random host ports).
fn range_sentence(
    lang: Lang,
    host_ip: Option<&str>,
    published: Option<&str>,
    service: &str,
    (target, target_end): (u16, u16),
    proto: &str,
) -> String {
    let n = target_end - target + 1;
    let on = host_ip.unwrap_or(lang.pick("every interface", "所有网卡"));
    match (lang, published) {
        (Lang::En, Some(p)) => format!(
            "host ports {p} on {on} forward, one to one, to the {n} ports {target}-{target_end}/{proto} of \"{service}\""
        ),
        (Lang::En, None) => format!(
            "random host ports forward to the {n} ports {target}-{target_end}/{proto} of \"{service}\""
        ),
        (Lang::Zh, Some(p)) => format!(
            "宿主机端口 {p}（{on}）逐一转发到 \"{service}\" 的 {target}-{target_end}/{proto} 这 {n} 个端口"
        ),
        (Lang::Zh, None) => format!(
            "宿主机随机分配端口，转发到 \"{service}\" 的 {target}-{target_end}/{proto} 这 {n} 个端口"
        ),
    }
}

/// The name of a severity in `lang`.
pub fn severity(lang: Lang, s: dockplay::diagnostic::Severity) -> &'static str {
    use dockplay::diagnostic::Severity::*;
    match (lang, s) {
        (Lang::En, Error) => "error",
        (Lang::En, Warning) => "warning",
        (Lang::En, Info) => "info",
        (Lang::En, Style) => "style",
        (Lang::Zh, Error) => "错误",
        (Lang::Zh, Warning) => "警告",
        (Lang::Zh, Info) => "提示",
        (Lang::Zh, Style) => "风格",
    }
}

/// The interface language, which the app provides to every component as a context.
#[yew::hook]
pub fn use_lang() -> Lang {
    yew::use_context::<Lang>().unwrap_or_default()
}

/// "line 3" or "lines 3–5", in `lang`.
pub fn lines_label(lang: Lang, line: usize, end: usize) -> String {
    match (lang, end > line) {
        (Lang::En, false) => format!("line {line}"),
        (Lang::En, true) => format!("lines {line}–{end}"),
        (Lang::Zh, false) => format!("第 {line} 行"),
        (Lang::Zh, true) => format!("第 {line}–{end} 行"),
    }
}
