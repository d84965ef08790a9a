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
        (En, Ui::NotAnalysed) => "The compose file could not be loaded; see the problems below.",
        (Zh, Ui::NotAnalysed) => "compose 文件无法加载，请查看下面的问题。",
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
