//! The page's own strings, in English and Chinese.

use dockplay::i18n::Lang;

/// A string of the page's chrome.
#[derive(Clone, Copy)]
pub enum Ui {
    Tagline,
    Diagnostics,
    NoProblems,
    Summary,
    Language,
    Offline,
    Help,
    EnvHint,
    Project,
    Networks,
    Reachability,
    ReachHint,
    Ports,
    NoPorts,
    Host,
    Container,
    Internal,
    External,
    Names,
    NotAnalysed,
    CacheTitle,
    CacheHint,
    AddFile,
    AddFilePlaceholder,
    ApplySuggestion,
    Close,
    FixShortcut,
    ApplyFix,
    Why,
    HowToFix,
    UpstreamDocs,
    Analysing,
    FilterBySeverity,
    ContextHint,
    Changed,
    RenameFile,
    RemoveFile,
    NamedByDockerfile,
    PairsOmitted,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    Theme,
    Version,
    Examples,
    ExamplesPlaceholder,
    Share,
    ShareShortcut,
    CopyMarkdown,
    Shortcuts,
    KeyShare,
    KeyNext,
    KeyFix,
    KeyUndo,
    KeyClose,
    KeyTab,
    KeyTabs,
    Title,
    ContextTab,
    CacheTab,
    NetworkTab,
    EditorLabel,
    IgnoreHint,
    NoDockerfile,
    NoCompose,
    LinkErrorTitle,
    LinkErrorHint,
    Dismiss,
    WorkerErrorTitle,
    Files,
    Results,
    LinkCopied,
    MarkdownCopied,
    CopyFailed,
    TooLargeToShare,
    FixApplied,
    Undo,
    MarkdownFooter,
}

/// The text of `s` in `lang`.
pub fn t(lang: Lang, s: Ui) -> &'static str {
    use Lang::{En, Zh};
    match (lang, s) {
        (En, Ui::Tagline) => "Paste a Dockerfile or a compose file: problems show up as you type. Nothing leaves this page.",
        (Zh, Ui::Tagline) => "粘贴 Dockerfile 或 compose 文件，输入时即可看到问题。所有内容都只在本页面中处理。",
        (En, Ui::CacheTitle) => "Build cache: what re-runs?",
        (Zh, Ui::CacheTitle) => "构建缓存：哪些步骤会重新执行？",
        (En, Ui::CacheHint) => "Tick the files you changed since the last build. BuildKit reuses a step only when its instruction, everything before it, and the files it reads are unchanged.",
        (Zh, Ui::CacheHint) => "勾选自上次构建以来改动过的文件。只有当指令本身、它之前的所有步骤以及它读取的文件都没有变化时，BuildKit 才会复用这一步的构建缓存。",
        (En, Ui::AddFile) => "Add",
        (Zh, Ui::AddFile) => "添加",
        (En, Ui::AddFilePlaceholder) => "another changed file, e.g. src/app.py",
        (Zh, Ui::AddFilePlaceholder) => "其他改动的文件，例如 src/app.py",
        (En, Ui::ApplySuggestion) => "Apply this order to the Dockerfile",
        (Zh, Ui::ApplySuggestion) => "把 Dockerfile 改成这个顺序",
        (En, Ui::Diagnostics) => "Problems",
        (Zh, Ui::Diagnostics) => "问题",
        (En, Ui::NoProblems) => "No problems found.",
        (Zh, Ui::NoProblems) => "没有发现问题。",
        (En, Ui::Summary) => "Summary",
        (Zh, Ui::Summary) => "概要",
        (En, Ui::Language) => "Language",
        (Zh, Ui::Language) => "语言",
        (En, Ui::Offline) => "Runs entirely in your browser (WebAssembly).",
        (Zh, Ui::Offline) => "完全在浏览器中运行（WebAssembly）。",
        (En, Ui::Help) => "hint: ",
        (Zh, Ui::Help) => "建议：",
        (En, Ui::EnvHint) => "Variables for ${…} in the compose file, one KEY=VALUE per line (like a .env file next to it).",
        (Zh, Ui::EnvHint) => "compose 文件中 ${…} 使用的变量，每行一个 KEY=VALUE（相当于放在它旁边的 .env 文件）。",
        (En, Ui::Project) => "Project",
        (Zh, Ui::Project) => "项目",
        (En, Ui::Networks) => "Networks",
        (Zh, Ui::Networks) => "网络",
        (En, Ui::Reachability) => "Who can reach whom",
        (Zh, Ui::Reachability) => "服务之间的连通性",
        (En, Ui::ReachHint) => "A row's service can connect to a column's service only when they share a network.",
        (Zh, Ui::ReachHint) => "只有处在同一个网络中的服务才能互相访问（行中的服务访问列中的服务）。",
        (En, Ui::Ports) => "Port mappings",
        (Zh, Ui::Ports) => "端口映射",
        (En, Ui::NoPorts) => "No port is published to the host.",
        (Zh, Ui::NoPorts) => "没有任何端口映射到宿主机。",
        (En, Ui::Host) => "host",
        (Zh, Ui::Host) => "宿主机",
        (En, Ui::Container) => "container",
        (Zh, Ui::Container) => "容器",
        (En, Ui::Internal) => "internal",
        (Zh, Ui::Internal) => "内部网络",
        (En, Ui::External) => "external",
        (Zh, Ui::External) => "外部网络",
        (En, Ui::Names) => "reachable by",
        (Zh, Ui::Names) => "可用的主机名",
        (En, Ui::NotAnalysed) => "The compose file could not be loaded; the Problems panel says why.",
        (Zh, Ui::NotAnalysed) => "compose 文件无法加载，请在“问题”面板中查看原因。",
        (En, Ui::Close) => "Close",
        (Zh, Ui::Close) => "关闭",
        (En, Ui::FixShortcut) => "Apply the fix (Ctrl+.)",
        (Zh, Ui::FixShortcut) => "应用修复（Ctrl+.）",
        (En, Ui::ApplyFix) => "Fix: ",
        (Zh, Ui::ApplyFix) => "修复：",
        (En, Ui::Why) => "Why: ",
        (Zh, Ui::Why) => "原因：",
        (En, Ui::HowToFix) => "How to fix: ",
        (Zh, Ui::HowToFix) => "修改方法：",
        (En, Ui::UpstreamDocs) => "The original tool's documentation",
        (Zh, Ui::UpstreamDocs) => "原工具的文档",
        (En, Ui::Analysing) => "Analysing…",
        (Zh, Ui::Analysing) => "正在分析……",
        (En, Ui::FilterBySeverity) => "Show problems of severity",
        (Zh, Ui::FilterBySeverity) => "按严重程度显示问题",
        (En, Ui::ContextHint) => "The files of the build context (the directory sent to the build). Tick the ones changed since the last build: the Build cache panel shows which steps re-run.",
        (Zh, Ui::ContextHint) => "构建上下文（发送给构建的目录）中的文件。勾选自上次构建以来改动过的文件，“构建缓存”面板会显示哪些步骤需要重新执行。",
        (En, Ui::Changed) => "changed",
        (Zh, Ui::Changed) => "已改动",
        (En, Ui::RenameFile) => "Rename",
        (Zh, Ui::RenameFile) => "重命名",
        (En, Ui::RemoveFile) => "Remove",
        (Zh, Ui::RemoveFile) => "删除",
        (En, Ui::NamedByDockerfile) => "Named by the Dockerfile's COPY/ADD (click to add):",
        (Zh, Ui::NamedByDockerfile) => "Dockerfile 的 COPY/ADD 用到的文件（点击添加）：",
        (En, Ui::PairsOmitted) => "Too many services to list every pair; the matrix and the list are left out.",
        (Zh, Ui::PairsOmitted) => "服务太多，无法列出所有服务对，这里省略了矩阵和列表。",
        (En, Ui::ThemeAuto) => "Colours: system",
        (Zh, Ui::ThemeAuto) => "配色：跟随系统",
        (En, Ui::ThemeLight) => "Colours: light",
        (Zh, Ui::ThemeLight) => "配色：浅色",
        (En, Ui::ThemeDark) => "Colours: dark",
        (Zh, Ui::ThemeDark) => "配色：深色",
        (En, Ui::Theme) => "Colour scheme",
        (Zh, Ui::Theme) => "配色方案",
        (En, Ui::Version) => "The version of dockplay",
        (Zh, Ui::Version) => "dockplay 的版本",
        (En, Ui::Examples) => "Examples",
        (Zh, Ui::Examples) => "示例",
        (En, Ui::ExamplesPlaceholder) => "Open an example lesson…",
        (Zh, Ui::ExamplesPlaceholder) => "打开一个示例课程……",
        (En, Ui::Share) => "Copy link",
        (Zh, Ui::Share) => "复制链接",
        (En, Ui::ShareShortcut) => "Copy a link to this exact state (Ctrl/⌘+S)",
        (Zh, Ui::ShareShortcut) => "复制指向当前状态的链接（Ctrl/⌘+S）",
        (En, Ui::CopyMarkdown) => "Copy as Markdown",
        (Zh, Ui::CopyMarkdown) => "复制为 Markdown",
        (En, Ui::Shortcuts) => "Keyboard shortcuts",
        (Zh, Ui::Shortcuts) => "键盘快捷键",
        (En, Ui::KeyShare) => "copy a link to this state",
        (Zh, Ui::KeyShare) => "复制当前状态的链接",
        (En, Ui::KeyNext) => "next / previous problem in the editor",
        (Zh, Ui::KeyNext) => "在编辑器中跳到下一个 / 上一个问题",
        (En, Ui::KeyFix) => "apply the fix of the problem at the caret",
        (Zh, Ui::KeyFix) => "应用光标处问题的修复",
        (En, Ui::KeyUndo) => "undo, a fix or the suggested order included",
        (Zh, Ui::KeyUndo) => "撤销（包括修复和建议的顺序）",
        (En, Ui::KeyClose) => "close the problem card",
        (Zh, Ui::KeyClose) => "关闭问题卡片",
        (En, Ui::KeyTab) => "leave the editor (Tab does not indent)",
        (Zh, Ui::KeyTab) => "离开编辑器（Tab 不会缩进）",
        (En, Ui::KeyTabs) => "move between tabs",
        (Zh, Ui::KeyTabs) => "在标签页之间切换",
        (En, Ui::Title) => "dockplay — Dockerfile and compose playground",
        (Zh, Ui::Title) => "dockplay — Dockerfile 与 compose 练习场",
        (En, Ui::ContextTab) => "build context",
        (Zh, Ui::ContextTab) => "构建上下文",
        (En, Ui::CacheTab) => "Build cache",
        (Zh, Ui::CacheTab) => "构建缓存",
        (En, Ui::NetworkTab) => "Network",
        (Zh, Ui::NetworkTab) => "网络",
        (En, Ui::EditorLabel) => "editor",
        (Zh, Ui::EditorLabel) => "编辑器",
        (En, Ui::IgnoreHint) => "Patterns of files the build context leaves out, one per line (like a .dockerignore next to the Dockerfile).",
        (Zh, Ui::IgnoreHint) => "构建上下文中要排除的文件模式，每行一个（相当于 Dockerfile 旁边的 .dockerignore）。",
        (En, Ui::NoDockerfile) => "There is no Dockerfile to simulate: write one in the Dockerfile tab.",
        (Zh, Ui::NoDockerfile) => "没有可以模拟的 Dockerfile：请在 Dockerfile 标签页中编写。",
        (En, Ui::NoCompose) => "There is no compose file: write one in the compose.yaml tab.",
        (Zh, Ui::NoCompose) => "没有 compose 文件：请在 compose.yaml 标签页中编写。",
        (En, Ui::LinkErrorTitle) => "This share link could not be opened",
        (Zh, Ui::LinkErrorTitle) => "无法打开这个分享链接",
        (En, Ui::LinkErrorHint) => "The default example is shown instead.",
        (Zh, Ui::LinkErrorHint) => "已改为显示默认示例。",
        (En, Ui::Dismiss) => "Dismiss",
        (Zh, Ui::Dismiss) => "关闭",
        (En, Ui::WorkerErrorTitle) => "The analysis stopped",
        (Zh, Ui::WorkerErrorTitle) => "分析已停止",
        (En, Ui::Files) => "Files",
        (Zh, Ui::Files) => "文件",
        (En, Ui::Results) => "Results",
        (Zh, Ui::Results) => "结果",
        (En, Ui::LinkCopied) => "Link copied: it opens this exact state.",
        (Zh, Ui::LinkCopied) => "链接已复制，打开它会看到完全相同的状态。",
        (En, Ui::MarkdownCopied) => "Copied as Markdown.",
        (Zh, Ui::MarkdownCopied) => "已复制为 Markdown。",
        (En, Ui::CopyFailed) => "The browser did not allow copying; the link is in the address bar.",
        (Zh, Ui::CopyFailed) => "浏览器不允许复制；链接已在地址栏中。",
        (En, Ui::TooLargeToShare) => "These files are too large for a link (over 2 MiB compressed).",
        (Zh, Ui::TooLargeToShare) => "这些文件太大，无法放进链接（压缩后超过 2 MiB）。",
        (En, Ui::FixApplied) => "Fix applied.",
        (Zh, Ui::FixApplied) => "已应用修复。",
        (En, Ui::Undo) => "Undo",
        (Zh, Ui::Undo) => "撤销",
        (En, Ui::MarkdownFooter) => "Checked with dockplay, in the browser.",
        (Zh, Ui::MarkdownFooter) => "由 dockplay 在浏览器中检查。",
    }
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

/// "Show 200 more (350 hidden)" in `lang`.
pub fn show_more(lang: Lang, more: usize, hidden: usize) -> String {
    match lang {
        Lang::En => format!("Show {more} more ({hidden} not shown)"),
        Lang::Zh => format!("再显示 {more} 项（还有 {hidden} 项未显示）"),
    }
}

/// "1,500 more are not listed here" in `lang`.
pub fn omitted(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} more are not listed here; the CLI (dockplay check) lists them all."),
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
            "在{}从 {p} 中选一个空闲端口，转发到 \"{service}\" 的 {target}/{proto} 端口",
            if any {
                "所有网卡上".to_string()
            } else {
                format!(" {} 上", host_ip.unwrap_or_default())
            }
        ),
        (Lang::Zh, Some(p)) => format!(
            "{}的 {p} 端口转发到 \"{service}\" 容器的 {target}/{proto} 端口",
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
            "{on}上的宿主机端口 {p} 逐一转发到 \"{service}\" 的 {target}-{target_end}/{proto} 这 {n} 个端口"
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
