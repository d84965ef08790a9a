//! The page's own strings, in English and Chinese.

use dockplay::i18n::Lang;

/// A string of the page's chrome.
#[derive(Clone, Copy)]
pub enum Ui {
    Tagline,
    EditorLabel,
    Diagnostics,
    NoProblems,
    Summary,
    Language,
    Offline,
    Help,
}

/// The text of `s` in `lang`.
pub fn t(lang: Lang, s: Ui) -> &'static str {
    match (lang, s) {
        (Lang::En, Ui::Tagline) => {
            "Paste a Dockerfile: problems show up as you type. Nothing leaves this page."
        }
        (Lang::Zh, Ui::Tagline) => {
            "粘贴一个 Dockerfile，输入时即可看到问题。所有内容都只在本页面中处理。"
        }
        (Lang::En, Ui::EditorLabel) => "Dockerfile",
        (Lang::Zh, Ui::EditorLabel) => "Dockerfile",
        (Lang::En, Ui::Diagnostics) => "Problems",
        (Lang::Zh, Ui::Diagnostics) => "问题",
        (Lang::En, Ui::NoProblems) => "No problems found.",
        (Lang::Zh, Ui::NoProblems) => "没有发现问题。",
        (Lang::En, Ui::Summary) => "Summary",
        (Lang::Zh, Ui::Summary) => "概要",
        (Lang::En, Ui::Language) => "Language",
        (Lang::Zh, Ui::Language) => "语言",
        (Lang::En, Ui::Offline) => "Runs entirely in your browser (WebAssembly).",
        (Lang::Zh, Ui::Offline) => "完全在浏览器中运行（WebAssembly）。",
        (Lang::En, Ui::Help) => "hint: ",
        (Lang::Zh, Ui::Help) => "提示：",
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
