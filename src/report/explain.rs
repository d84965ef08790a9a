//! The explanation contract (`dockplay explain --format json`, `explain` in the JS API): every
//! item of every file with its positions, its text in the chosen language and both, its parts,
//! the catalogue's general effects, the link to Docker's reference, and the findings on it.

use super::{DiagnosticOut, Range};
use crate::diagnostic::Severity;
use crate::explain::{Catalogue, Entry, Item, ItemKind};
use crate::i18n::{Lang, Text};
use crate::text::LineIndex;
use serde::Serialize;
use std::borrow::Cow;

/// Version of the explanation contract.
pub const EXPLAIN_VERSION: u32 = 1;

/// The explanation of a set of files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExplainReport<'c> {
    /// Contract version.
    pub version: u32,
    /// The language of `text` and `effects`.
    pub lang: Lang,
    /// One entry per input file, in input order.
    pub files: Vec<ExplainFile<'c>>,
}

/// The explanation of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExplainFile<'c> {
    /// The name it was given.
    pub path: String,
    /// Its kind (`null` when it could not be told).
    pub kind: Option<super::FileKind>,
    /// One item per instruction, directive, compose key or `docker run` line, in file order.
    pub items: Vec<ItemOut<'c>>,
    /// Items not explained because the file has more than [`crate::explain::MAX_ITEMS`].
    pub omitted: usize,
    /// The findings of the file (the same as `dockplay check` reports), which items refer to.
    pub diagnostics: Vec<DiagnosticOut>,
}

/// One explained item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemOut<'c> {
    /// Where it is.
    #[serde(flatten)]
    pub range: Range,
    /// `instruction`, `directive`, `compose-key` or `docker-run`.
    pub kind: ItemKind,
    /// Its catalogue key.
    pub key: String,
    /// Its name as written.
    pub title: String,
    /// What it does in this file, in the report's language (findings on it included).
    pub text: String,
    /// The same in both languages.
    pub text_i18n: Text,
    /// Its pieces.
    pub parts: Vec<PartOut<'c>>,
    /// The catalogue's general text about its key.
    pub effects: Effects<'c>,
    /// Docker's reference page about it.
    pub docs_url: Option<&'c str>,
    /// The findings on its lines.
    pub findings: Vec<FindingRef>,
    /// For CMD and ENTRYPOINT: how they combine into what `docker run` starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runs: Option<crate::explain::Runs>,
}

/// One piece of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartOut<'c> {
    /// Where it is.
    #[serde(flatten)]
    pub range: Range,
    /// Its catalogue key.
    pub key: String,
    /// What it does here (the catalogue's summary when there is nothing specific to say).
    pub text: Cow<'c, str>,
    /// The same in both languages.
    pub text_i18n: Text<Cow<'c, str>>,
    /// The catalogue's one-line summary of its key, in the report's language.
    pub summary: Option<Cow<'c, str>>,
    /// Docker's (or the command's) reference page about it.
    pub docs_url: Option<&'c str>,
}

/// What the catalogue says about a key in general, in the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Effects<'c> {
    /// One line: what it is.
    pub summary: Option<&'c str>,
    /// At build time.
    pub build: Option<&'c str>,
    /// When a container runs.
    pub run: Option<&'c str>,
    /// On the build cache and the image's layers.
    pub cache: Option<&'c str>,
    /// Common mistakes.
    pub mistakes: Vec<&'c str>,
    /// A tiny example.
    pub example: Option<&'c str>,
}

/// A finding an item mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingRef {
    /// Its code.
    pub rule: String,
    /// Its kebab-case name.
    pub name: String,
    /// Its severity.
    pub severity: Severity,
    /// Its message in the report's language.
    pub message: String,
    /// Its line.
    pub line: usize,
    /// Its documentation.
    pub docs_url: String,
}

impl ExplainReport<'_> {
    /// Pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The effects of `entry` in `lang` (an empty text counts as absent).
fn effects(entry: Option<&Entry>, lang: Lang) -> Effects<'_> {
    let Some(e) = entry else {
        return Effects::default();
    };
    fn pick(t: &Option<Text>, lang: Lang) -> Option<&str> {
        t.as_ref().map(|t| t.get(lang)).filter(|s| !s.is_empty())
    }
    Effects {
        summary: Some(e.summary.get(lang)).filter(|s| !s.is_empty()),
        build: pick(&e.build, lang),
        run: pick(&e.run, lang),
        cache: pick(&e.cache, lang),
        mistakes: e
            .mistakes
            .iter()
            .map(|m| m.get(lang))
            .filter(|s| !s.is_empty())
            .collect(),
        example: e.example.as_deref(),
    }
}

/// The entry of `key`, or for a compose key below what the catalogue describes
/// (`compose.service.deploy.resources.limits.memory`), the entry of its nearest ancestor.
pub fn entry_or_ancestor<'c>(cat: &'c Catalogue, key: &str) -> Option<&'c Entry> {
    let mut k = key;
    loop {
        if let Some(e) = cat.get(k) {
            return Some(e);
        }
        match k.rsplit_once('.') {
            Some((parent, _)) if k.starts_with("compose.") && parent.matches('.').count() >= 2 => {
                k = parent
            }
            _ => return None,
        }
    }
}

/// What to say about a key the catalogue does not have.
fn unknown_text(key: &str) -> Option<(String, String)> {
    let rest = key.strip_prefix("command.")?;
    Some(match rest.split_once('.') {
        Some((cmd, opt)) if opt.starts_with('-') => (
            format!("an option of {cmd} that dockplay's catalogue does not describe"),
            format!("{cmd} 的选项，dockplay 的说明库尚未收录"),
        ),
        Some((cmd, _)) => (
            format!("an argument of {cmd} that dockplay's catalogue does not describe"),
            format!("{cmd} 的参数，dockplay 的说明库尚未收录"),
        ),
        None => (
            format!("the command {rest} (dockplay's catalogue does not describe it)"),
            format!("命令 {rest}（dockplay 的说明库尚未收录）"),
        ),
    })
}

/// What to say about a key the catalogue does not have (a command or option of RUN it does not
/// describe), in both languages.
fn unknown_summary(key: &str) -> Option<Text> {
    unknown_text(key).map(|(en, zh)| Text::new(en, zh))
}

/// Characters of an item's text kept (a value quoted whole can be megabytes long).
pub const ITEM_TEXT_CHARS: usize = 2000;
/// Characters of a part's text kept.
pub const PART_TEXT_CHARS: usize = 300;
/// Parts listed per file in all; later items list none.
pub const MAX_FILE_PARTS: usize = 10_000;
/// Bytes of item and part text per file; past it, later items keep a short text and their
/// parts none, so the explanation of a generated file stays small.
pub const FILE_TEXT_BUDGET: usize = 2 << 20;

/// `t` cut to `n` characters in each language.
fn cut(t: Text, n: usize) -> Text {
    Text::new(cut_str(t.en, n), cut_str(t.zh, n))
}

/// `s` cut to `n` characters (a text of at most `n` bytes is returned as it is).
fn cut_str<S: AsRef<str> + From<String>>(s: S, n: usize) -> S {
    let r = s.as_ref();
    if r.len() <= n {
        return s;
    }
    match r.char_indices().nth(n) {
        Some((i, _)) => S::from(format!("{}…", &r[..i])),
        None => s,
    }
}

/// Resolve items against their text and the catalogue, attaching the findings on each item's
/// lines (each finding to the innermost item that contains it).
pub fn items_out<'c>(
    text: &str,
    items: &[Item],
    diagnostics: &[DiagnosticOut],
    cat: &'c Catalogue,
    lang: Lang,
) -> Vec<ItemOut<'c>> {
    let idx = LineIndex::new(text);
    let owners = owners(items, diagnostics);
    let (mut budget, mut parts_left) = (FILE_TEXT_BUDGET, MAX_FILE_PARTS);
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let entry = cat.get(&item.key);
            let findings: Vec<FindingRef> = owners
                .iter()
                .filter(|(_, o)| *o == i)
                .map(|(d, _)| finding_ref(&diagnostics[*d], lang))
                .collect();
            let full = with_findings(item, entry, &findings, diagnostics, &owners, i);
            let text_i18n = cut(full, if budget == 0 { 200 } else { ITEM_TEXT_CHARS });
            budget = budget.saturating_sub(text_i18n.en.len() + text_i18n.zh.len());
            let n = if budget == 0 {
                0
            } else {
                item.parts.len().min(parts_left)
            };
            parts_left -= n;
            let parts: Vec<PartOut> = item.parts[..n]
                .iter()
                .map(|p| part_out(text, &idx, p, cat, lang))
                .collect();
            budget = budget.saturating_sub(
                parts
                    .iter()
                    .map(|p| p.text_i18n.en.len() + p.text_i18n.zh.len())
                    .sum(),
            );
            ItemOut {
                range: Range::of(text, &idx, item.span),
                kind: item.kind,
                key: item.key.clone(),
                title: item.title.clone(),
                text: text_i18n.get(lang).to_string(),
                text_i18n,
                parts,
                effects: effects(entry, lang),
                docs_url: entry.and_then(|e| e.docs.as_deref()),
                findings,
                runs: item.runs.clone(),
            }
        })
        .collect()
}

/// One part: its own text, else the catalogue's summary of its key.
fn part_out<'c>(
    text: &str,
    idx: &LineIndex,
    p: &crate::explain::Part,
    cat: &'c Catalogue,
    lang: Lang,
) -> PartOut<'c> {
    let entry = entry_or_ancestor(cat, &p.key);
    let generic: Option<Text> = entry.is_none().then(|| unknown_summary(&p.key)).flatten();
    // The summary of the key in one language, borrowed from the catalogue where it has one.
    let summary_in = |l: Lang| -> Cow<'c, str> {
        match (entry, &generic) {
            (Some(e), _) => Cow::Borrowed(e.summary.get(l)),
            (None, Some(t)) => Cow::Owned(t.get(l).to_string()),
            (None, None) => Cow::Borrowed(""),
        }
    };
    let own = |s: &str, l: Lang| -> Cow<'c, str> {
        if s.is_empty() {
            summary_in(l)
        } else {
            Cow::Owned(s.to_string())
        }
    };
    let t = Text {
        en: cut_str(own(&p.text.en, Lang::En), PART_TEXT_CHARS),
        zh: cut_str(own(&p.text.zh, Lang::Zh), PART_TEXT_CHARS),
    };
    PartOut {
        range: Range::of(text, idx, p.span),
        key: p.key.clone(),
        text: lang.pick(&t.en, &t.zh).clone(),
        text_i18n: t,
        summary: Some(summary_in(lang)).filter(|s| !s.is_empty()),
        docs_url: entry.and_then(|e| e.docs.as_deref()),
    }
}

fn or(a: &str, b: &str) -> String {
    if a.is_empty() { b } else { a }.to_string()
}

/// For each diagnostic, the item it belongs to: the smallest item whose span contains its start
/// (findings outside every item belong to none).
fn owners(items: &[Item], diagnostics: &[DiagnosticOut]) -> Vec<(usize, usize)> {
    diagnostics
        .iter()
        .enumerate()
        .filter_map(|(d, diag)| {
            items
                .iter()
                .enumerate()
                .filter(|(_, it)| {
                    it.span.start <= diag.offset
                        && (diag.offset < it.span.end
                            || (it.span.is_empty() && diag.offset == it.span.start))
                })
                .min_by_key(|(_, it)| it.span.len())
                .map(|(i, _)| (d, i))
        })
        .collect()
}

/// The item's text, the catalogue summary when the explainer had nothing specific to say, then
/// one sentence per finding on it.
fn with_findings(
    item: &Item,
    entry: Option<&Entry>,
    findings: &[FindingRef],
    diagnostics: &[DiagnosticOut],
    owners: &[(usize, usize)],
    index: usize,
) -> Text {
    let summary = entry.map(|e| e.summary.clone()).unwrap_or_default();
    let mut t = Text::new(
        or(&item.text.en, &summary.en),
        or(&item.text.zh, &summary.zh),
    );
    let mine: Vec<(&FindingRef, usize)> = findings
        .iter()
        .zip(owners.iter().filter(|(_, o)| *o == index).map(|(d, _)| *d))
        .collect();
    let mut seen: Vec<&str> = Vec::new();
    for (f, d) in &mine {
        if seen.contains(&f.rule.as_str()) {
            continue;
        }
        seen.push(&f.rule);
        let more = mine.iter().filter(|(g, _)| g.rule == f.rule).count() - 1;
        let m = &diagnostics[*d].message_i18n;
        let (rule, url) = (&f.rule, &f.docs_url);
        let (also_en, also_zh) = match more {
            0 => (String::new(), String::new()),
            n => (
                format!(", and {n} more like it"),
                format!("，另有 {n} 处类似问题"),
            ),
        };
        // Only a page on the web is worth naming in prose: dockplay's own codes are documented
        // beside the finding (the Problems panel, `dockplay rules <code>`), and a path into the
        // repository would be a dead link on a page that embeds the explanation.
        let (see_en, see_zh) = if url.starts_with("https://") {
            (format!(" (see {url})"), format!("（详见 {url}）"))
        } else {
            (String::new(), String::new())
        };
        t.en.push_str(&format!(
            " {rule} flags this: {}{also_en}{see_en}.",
            m.en.trim_end_matches('.')
        ));
        t.zh.push_str(&format!(
            "{rule} 指出：{}{also_zh}{see_zh}。",
            m.zh.trim_end_matches('。')
        ));
    }
    t.en = t.en.trim_start().to_string();
    t
}

fn finding_ref(d: &DiagnosticOut, lang: Lang) -> FindingRef {
    let docs_url = crate::rules::registry::find(&d.rule)
        .map(|c| crate::rules::docs::docs_url(c, lang))
        .unwrap_or_default();
    FindingRef {
        rule: d.rule.clone(),
        name: d.name.clone(),
        severity: d.severity,
        message: d.message.clone(),
        line: d.line,
        docs_url,
    }
}

/// The explanation as text for a terminal: per item its first source line, its text, its parts
/// (at most [`TEXT_PARTS`]) and the catalogue's cache note; `texts` are the files' texts.
pub fn to_text(report: &ExplainReport, texts: &[String], color: bool) -> String {
    let (bold, dim, cyan, reset) = if color {
        ("\x1b[1m", "\x1b[2m", "\x1b[36m", "\x1b[0m")
    } else {
        ("", "", "", "")
    };
    let lang = report.lang;
    let mut s = String::new();
    for (f, text) in report.files.iter().zip(texts) {
        s.push_str(&format!("{bold}{}{reset}\n", f.path));
        if f.items.is_empty() {
            s.push_str(&format!(
                "  {}\n",
                lang.pick("(nothing to explain)", "（没有可解释的内容）")
            ));
        }
        for it in &f.items {
            let line = text
                .get(it.range.offset..it.range.end_offset)
                .and_then(|t| t.lines().next())
                .unwrap_or("");
            let line: String = line.chars().take(100).collect();
            s.push_str(&format!("\n{bold}{:>4} │ {line}{reset}\n", it.range.line));
            s.push_str(&format!("     │ {}\n", it.text));
            for p in it
                .parts
                .iter()
                .filter(|p| !p.text.is_empty())
                .take(TEXT_PARTS)
            {
                let what: String = text
                    .get(p.range.offset..p.range.end_offset)
                    .and_then(|t| t.lines().next())
                    .unwrap_or("")
                    .chars()
                    .take(40)
                    .collect();
                s.push_str(&format!("     │   {cyan}{what}{reset}: {}\n", p.text));
            }
            if let Some(c) = &it.effects.cache {
                s.push_str(&format!(
                    "     │ {dim}{}{c}{reset}\n",
                    lang.pick("Cache: ", "缓存：")
                ));
            }
            if let Some(u) = &it.docs_url {
                s.push_str(&format!("     │ {dim}{u}{reset}\n"));
            }
        }
        s.push('\n');
    }
    s
}

/// Parts listed per item in the text format.
pub const TEXT_PARTS: usize = 16;
