//! `docker run` lines as a tutorial shows them: `docker run`, `docker container run`, `docker
//! create` (after an optional `$ ` prompt or `sudo`), with `\` continuations, quotes and
//! comments, read the way the Docker CLI reads its arguments (options stop at the image; a short
//! option group like `-itd` or `-p80:80`), every word with its place in the text.

pub mod codes;
pub mod convert;
pub mod flags;
mod words;

pub use flags::FlagSpec;
pub use words::Word;

use crate::diagnostic::Diagnostic;
use crate::text;
use crate::text::Span;

/// Most commands read from one file.
pub const MAX_COMMANDS: usize = 1000;

/// One option as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOption {
    /// What it is (`None` for a flag the Docker CLI does not know).
    pub spec: Option<&'static FlagSpec>,
    /// The flag as written (`-p`, `--publish`, the `p` of `-dp`).
    pub flag: Word,
    /// Its value, when it takes one.
    pub value: Option<Word>,
}

impl RunOption {
    /// The long name (`publish`), or the flag as written when unknown.
    pub fn name(&self) -> &str {
        self.spec
            .map_or(self.flag.value.as_str(), |s| s.long.as_str())
    }

    /// From the flag to the end of its value.
    pub fn span(&self) -> Span {
        let end = self
            .value
            .as_ref()
            .map_or(self.flag.span.end, |v| v.span.end.max(self.flag.span.end));
        Span::new(self.flag.span.start, end)
    }

    /// Whether a boolean flag is on (`--rm`, `--rm=true`, not `--rm=false`).
    pub fn on(&self) -> bool {
        self.value.as_ref().is_none_or(|v| v.value != "false")
    }
}

/// One `docker run` (or `docker create`) command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunCommand {
    /// From `docker` to the last argument.
    pub span: Span,
    /// `run` or `create`.
    pub subcommand: String,
    /// The words `docker [container] run`.
    pub head: Span,
    /// The options, in order.
    pub options: Vec<RunOption>,
    /// The image.
    pub image: Option<Word>,
    /// The command and its arguments after the image (they replace the image's CMD).
    pub args: Vec<Word>,
}

impl RunCommand {
    /// The options with long name `long`.
    pub fn all<'a>(&'a self, long: &'a str) -> impl Iterator<Item = &'a RunOption> + 'a {
        self.options
            .iter()
            .filter(move |o| o.spec.is_some_and(|s| s.long == long))
    }

    /// The last value of option `long`.
    pub fn value<'a>(&'a self, long: &'a str) -> Option<&'a str> {
        self.all(long)
            .filter_map(|o| o.value.as_ref())
            .last()
            .map(|w| w.value.as_str())
    }

    /// Whether boolean option `long` is on.
    pub fn flag(&self, long: &str) -> bool {
        self.all(long).last().is_some_and(RunOption::on)
    }
}

/// Other docker commands of the file that matter to the `docker run` lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Created {
    /// Networks made by `docker network create NAME`.
    pub networks: Vec<String>,
    /// Volumes made by `docker volume create NAME`.
    pub volumes: Vec<String>,
}

/// The `docker run` lines of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The commands, in order.
    pub commands: Vec<RunCommand>,
    /// Networks and volumes the file creates.
    pub created: Created,
    /// Unknown flags, missing values, missing images.
    pub diagnostics: Vec<Diagnostic>,
}

/// The words of a command line split as a shell would (no expansion), as Compose splits a
/// `command:` string.
pub fn split_words(s: &str) -> Vec<String> {
    words::commands(s)
        .into_iter()
        .flatten()
        .map(|w| w.value)
        .collect()
}

/// Read every `docker run`, `docker container run` and `docker create` command of `text`.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    for cmd in words::commands(text) {
        if out.commands.len() >= MAX_COMMANDS {
            break;
        }
        let ws = strip_prompt(&cmd);
        let Some(first) = ws.first() else { continue };
        if first.value != "docker" {
            continue;
        }
        let (sub, rest, head_end) = match ws.get(1).map(|w| w.value.as_str()) {
            Some("container") => match ws.get(2).map(|w| w.value.as_str()) {
                Some(s @ ("run" | "create")) => (s.to_string(), &ws[3..], ws[2].span.end),
                _ => continue,
            },
            Some(s @ ("run" | "create")) => (s.to_string(), &ws[2..], ws[1].span.end),
            Some(kind @ ("network" | "volume")) => {
                if ws.get(2).is_some_and(|w| w.value == "create") {
                    if let Some(name) = ws[3..].iter().rfind(|w| !w.value.starts_with('-')) {
                        let list = if kind == "network" {
                            &mut out.created.networks
                        } else {
                            &mut out.created.volumes
                        };
                        list.push(name.value.clone());
                    }
                }
                continue;
            }
            _ => continue,
        };
        let head = Span::new(first.span.start, head_end);
        out.commands
            .push(command(sub, head, rest, &mut out.diagnostics));
    }
    out
}

/// The words without a leading `$` prompt, `sudo` or `NAME=value` environment assignments.
fn strip_prompt(ws: &[Word]) -> &[Word] {
    let mut ws = ws;
    while let Some(w) = ws.first() {
        let assignment = w.value.split_once('=').is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
        match w.value.as_str() {
            "$" | "#" | "sudo" | ">" | "PS>" => ws = &ws[1..],
            "-E" if ws.len() > 1 => ws = &ws[1..],
            _ if assignment => ws = &ws[1..],
            _ => break,
        }
    }
    ws
}

/// Read options up to the image, the image, then the arguments.
fn command(subcommand: String, head: Span, ws: &[Word], diags: &mut Vec<Diagnostic>) -> RunCommand {
    let mut options = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        if w.value == "--" {
            i += 1;
            break;
        }
        if let Some(long) = w.value.strip_prefix("--") {
            i += long_option(long, w, ws.get(i + 1), &mut options, diags);
        } else if w.value.len() > 1 && w.value.starts_with('-') {
            i += short_group(w, ws.get(i + 1), &mut options, diags);
        } else {
            break;
        }
    }
    let image = ws.get(i).cloned();
    let args: Vec<Word> = ws.iter().skip(i + 1).cloned().collect();
    let end = args
        .last()
        .or(image.as_ref())
        .map_or(head.end, |w| w.span.end);
    let end = options
        .iter()
        .map(|o: &RunOption| o.span().end)
        .fold(end, usize::max);
    let help = options
        .iter()
        .any(|o: &RunOption| o.spec.is_some_and(|s| s.long == "help"));
    if image.is_none() && !help {
        diags.push(Diagnostic::new(
            &codes::NO_IMAGE,
            head,
            text!(
                "\"docker {subcommand}\" needs an image: docker {subcommand} [OPTIONS] IMAGE [COMMAND] [ARG...]",
                "\"docker {subcommand}\" 需要指定镜像：docker {subcommand} [选项] 镜像 [命令] [参数...]"
            ),
        ));
    }
    RunCommand {
        span: Span::new(head.start, end),
        subcommand,
        head,
        options,
        image,
        args,
    }
}

/// `--name value`, `--name=value`, `--rm`, `--rm=false`. Returns the words used.
fn long_option(
    long: &str,
    w: &Word,
    next: Option<&Word>,
    options: &mut Vec<RunOption>,
    diags: &mut Vec<Diagnostic>,
) -> usize {
    let (name, inline) = match long.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (long, None),
    };
    let name_span = Span::new(
        w.span.start,
        (w.span.start + 2 + name.len()).min(w.span.end),
    );
    let flag = Word {
        value: format!("--{name}"),
        span: name_span,
    };
    let inline_word = inline.map(|v| Word {
        value: v.to_string(),
        span: Span::new((name_span.end + 1).min(w.span.end), w.span.end),
    });
    let Some(spec) = flags::by_long(name) else {
        diags.push(unknown(&flag.value, w.span));
        // A misspelt flag takes a value when the flag it is closest to does (`--publsh 80:80`),
        // so the value is not mistaken for the image.
        let near = crate::suggest::closest(name, flags::all().iter().map(|f| f.long.as_str()))
            .and_then(flags::by_long);
        let takes = near.is_some_and(|f| f.value) && inline_word.is_none();
        let value = match next {
            Some(n) if takes && !n.value.starts_with('-') => Some(n.clone()),
            _ => inline_word,
        };
        let used = if takes && value.is_some() { 2 } else { 1 };
        options.push(RunOption {
            spec: None,
            flag,
            value,
        });
        return used;
    };
    if !spec.value {
        options.push(RunOption {
            spec: Some(spec),
            flag,
            value: inline_word,
        });
        return 1;
    }
    match (inline_word, next) {
        (Some(v), _) => {
            options.push(RunOption {
                spec: Some(spec),
                flag,
                value: Some(v),
            });
            1
        }
        (None, Some(n)) => {
            options.push(RunOption {
                spec: Some(spec),
                flag,
                value: Some(n.clone()),
            });
            2
        }
        (None, None) => {
            diags.push(needs_value(&format!("--{name}"), w.span));
            options.push(RunOption {
                spec: Some(spec),
                flag,
                value: None,
            });
            1
        }
    }
}

/// `-it`, `-p 80:80`, `-p80:80`, `-e=K=V`, `-itp 80:80`. Returns the words used.
fn short_group(
    w: &Word,
    next: Option<&Word>,
    options: &mut Vec<RunOption>,
    diags: &mut Vec<Diagnostic>,
) -> usize {
    let letters = &w.value[1..];
    // Offsets into the source are exact only when the word is written without quotes.
    let exact = w.span.len() == w.value.len();
    let at = |i: usize| {
        if exact {
            w.span.start + 1 + i
        } else {
            w.span.start
        }
    };
    for (i, c) in letters.char_indices() {
        // The first letter's part includes the dash (`-p`), the others are one letter (`t` of `-it`).
        let from = if i == 0 { w.span.start } else { at(i) };
        let flag_span = if exact {
            Span::new(from, at(i) + c.len_utf8())
        } else {
            w.span
        };
        let flag = Word {
            value: format!("-{c}"),
            span: flag_span,
        };
        let Some(spec) = flags::by_short(c) else {
            diags.push(unknown(&flag.value, flag_span));
            options.push(RunOption {
                spec: None,
                flag,
                value: None,
            });
            return 1;
        };
        if !spec.value {
            options.push(RunOption {
                spec: Some(spec),
                flag,
                value: None,
            });
            continue;
        }
        let rest = &letters[i + c.len_utf8()..];
        if !rest.is_empty() {
            let rest_at = if exact {
                at(i) + c.len_utf8()
            } else {
                w.span.start
            };
            let (v, skip) = match rest.strip_prefix('=') {
                Some(v) => (v, 1),
                None => (rest, 0),
            };
            let span = if exact {
                Span::new(rest_at + skip, w.span.end)
            } else {
                w.span
            };
            options.push(RunOption {
                spec: Some(spec),
                flag,
                value: Some(Word {
                    value: v.to_string(),
                    span,
                }),
            });
            return 1;
        }
        return match next {
            Some(n) => {
                options.push(RunOption {
                    spec: Some(spec),
                    flag,
                    value: Some(n.clone()),
                });
                2
            }
            None => {
                diags.push(needs_value(&format!("-{c}"), flag_span));
                options.push(RunOption {
                    spec: Some(spec),
                    flag,
                    value: None,
                });
                1
            }
        };
    }
    1
}

fn unknown(flag: &str, span: Span) -> Diagnostic {
    let suggestion = crate::suggest::closest(
        flag.trim_start_matches('-'),
        flags::all().iter().map(|f| f.long.as_str()),
    );
    let d = Diagnostic::new(
        &codes::UNKNOWN_FLAG,
        span,
        text!(
            "unknown flag {flag}: the Docker CLI refuses the whole command",
            "未知的选项 {flag}：Docker CLI 会拒绝执行整条命令"
        ),
    );
    match suggestion {
        Some(s) => d.with_help(text!("did you mean --{s}?", "是不是想写 --{s}？")),
        None => d.with_help(text!(
            "see docker run --help for the options it accepts",
            "用 docker run --help 查看它接受的选项"
        )),
    }
}

fn needs_value(flag: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        &codes::NEEDS_VALUE,
        span,
        text!(
            "{flag} needs a value, but the line ends here",
            "{flag} 需要一个值，但这一行在这里结束了"
        ),
    )
}
