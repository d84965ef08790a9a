//! "Copy as Markdown": the files and their problems, ready for an issue or a chat.

use crate::i18n::{severity, t, Ui};
use crate::protocol::{Project, Response};
use dockplay::i18n::Lang;

/// Most problems listed per file.
const MAX_LISTED: usize = 50;

/// A fence longer than any run of backticks in `text`.
fn fence(text: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    "`".repeat((longest + 1).max(3))
}

/// The project's files (those not empty) and the problems found in them.
pub fn markdown(p: &Project, a: Option<&Response>, lang: Lang) -> String {
    let mut out = String::new();
    let files = [
        (crate::protocol::DOCKERFILE, &p.dockerfile, "dockerfile"),
        (crate::protocol::COMPOSE, &p.compose, "yaml"),
        (crate::protocol::DOCKERIGNORE, &p.dockerignore, "gitignore"),
        (crate::protocol::ENV, &p.env, "sh"),
        (crate::protocol::DOCKER_RUN, &p.docker_run, "sh"),
    ];
    for (name, text, info) in files {
        if text.is_empty() {
            continue;
        }
        let f = fence(text);
        out.push_str(&format!("**{name}**\n\n{f}{info}\n{}", text));
        if !text.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("{f}\n\n"));
        let Some(report) = a.and_then(|a| a.report.files.iter().find(|x| x.path == name)) else {
            continue;
        };
        if report.diagnostics.is_empty() {
            continue;
        }
        out.push_str(&format!("{} ({name}):\n\n", t(lang, Ui::Diagnostics)));
        for d in report.diagnostics.iter().take(MAX_LISTED) {
            out.push_str(&format!(
                "- {}:{} **{}** `{}` {}\n",
                d.line,
                d.column,
                severity(lang, d.severity),
                d.rule,
                d.message_i18n.get(lang).replace('\n', " ")
            ));
        }
        if report.diagnostics.len() > MAX_LISTED {
            out.push_str(&format!("- … {}\n", report.diagnostics.len() - MAX_LISTED));
        }
        out.push('\n');
    }
    out.push_str(&format!("_{}_\n", t(lang, Ui::MarkdownFooter)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_fenced_and_problems_listed() {
        let p = Project {
            dockerfile: "FROM alpine\nRUN echo ```\n".into(),
            ..Project::default()
        };
        let r = crate::protocol::answer(&crate::protocol::Request {
            id: 1,
            project: p.clone(),
            lang: Lang::Zh,
            panel: String::new(),
        });
        let md = markdown(&p, Some(&r), Lang::Zh);
        assert!(md.contains("````dockerfile\nFROM alpine\n"), "{md}");
        assert!(md.contains("- 1:6 **"), "{md}");
        assert!(!md.contains("compose.yaml"), "empty files are left out");
    }
}
