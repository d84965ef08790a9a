//! `dockplay rules`: every code with its default severity and bilingual documentation.

use super::{json, print, LangArg, Outcome};
use clap::ValueEnum;
use dockplay::i18n::Lang;
use dockplay::rules::registry;

/// `--format` of `rules`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
    /// The rule reference (`docs/rules.md` is this output).
    Markdown,
}

/// The arguments of `rules`.
#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the text and Markdown formats.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
}

/// Run `rules`.
pub fn run(args: Args) -> Outcome {
    let lang = Lang::from(args.lang);
    print(&match args.format {
        Format::Json => json(&registry())?,
        Format::Markdown => dockplay::rules::docs::reference_markdown(lang),
        Format::Text => text(lang),
    })
}

/// One line per code: id, default severity, summary and other names.
fn text(lang: Lang) -> String {
    let mut s = String::new();
    for r in registry() {
        let aliases = if r.aliases.is_empty() {
            String::new()
        } else {
            format!(" ({})", r.aliases.join(", "))
        };
        s.push_str(&format!(
            "{:<34} {:<8} {}{}\n",
            r.id,
            r.severity.as_str(),
            r.summary.get(lang),
            aliases
        ));
    }
    s
}
