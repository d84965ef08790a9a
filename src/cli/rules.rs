//! `dockplay rules`: every code with its default severity and bilingual documentation, or the
//! whole documentation of the codes named (`dockplay rules DP1011 no-new-privileges`).

use super::{json, print, Failure, LangArg, Outcome};
use clap::ValueEnum;
use dockplay::i18n::Lang;
use dockplay::rules::registry;
use dockplay::rules::registry::{find, RuleInfo};

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
    /// Codes to document in full, by id, name or dclint name (`DL3008`, `JSONArgsRecommended`,
    /// `no-version-field`); without any, every code is listed on one line each.
    codes: Vec<String>,
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
    if !args.codes.is_empty() {
        return documented(&args.codes, args.format, lang);
    }
    print(&match args.format {
        Format::Json => json(&registry())?,
        Format::Markdown => dockplay::rules::docs::reference_markdown(lang),
        Format::Text => text(lang),
    })
}

/// The documentation of the codes named, in the order named; an unknown one is a usage error
/// that names it.
fn documented(names: &[String], format: Format, lang: Lang) -> Outcome {
    let mut codes = Vec::new();
    for name in names {
        let code = find(name)
            .or_else(|| find(&name.to_uppercase()))
            .ok_or_else(|| {
                Failure::Usage(format!(
                    "no code {name:?}: `dockplay rules` lists every code"
                ))
            })?;
        codes.push(code);
    }
    print(&match format {
        Format::Json => json(&codes.iter().map(|c| RuleInfo::of(c)).collect::<Vec<_>>())?,
        Format::Markdown | Format::Text => codes
            .iter()
            .map(|c| dockplay::rules::docs::doc_markdown(c, lang))
            .collect::<Vec<_>>()
            .join("\n"),
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
