//! Command-line usage errors in the language asked for (the help pages: [`super::help_zh`]):
//! clap writes them in English; with `--lang zh` among the arguments the common ones (an unknown
//! argument or subcommand, a missing argument or value, a value not among the choices) are said
//! in Chinese, clap's usage line kept.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The command line's arguments, or the end of the program with its help page or usage error:
/// with `--lang zh` the help pages ([`super::help_zh`]) and the common errors are in Chinese.
pub fn parse() -> super::Cli {
    use clap::{CommandFactory, FromArgMatches, Parser};
    let args: Vec<String> = std::env::args().collect();
    let chinese = wants_chinese(&args);
    let parsed = if chinese {
        super::help_zh::localize(super::Cli::command())
            .try_get_matches_from(super::help_zh::help_request(&args))
            .and_then(|m| super::Cli::from_arg_matches(&m))
    } else {
        super::Cli::try_parse()
    };
    parsed.unwrap_or_else(|e| match chinese_error(&e).filter(|_| chinese) {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(e.exit_code());
        }
        None => e.exit(),
    })
}

/// Whether the arguments ask for Chinese (`--lang zh` or `--lang=zh`).
pub fn wants_chinese(args: &[String]) -> bool {
    args.windows(2).any(|w| w[0] == "--lang" && w[1] == "zh")
        || args.iter().any(|a| a == "--lang=zh")
}

fn context(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join("、"),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The Chinese text of a usage error, when it is one of the common kinds.
pub fn chinese_error(e: &clap::Error) -> Option<String> {
    let arg = || context(e, ContextKind::InvalidArg);
    let message = match e.kind() {
        ErrorKind::UnknownArgument => format!("无法识别的参数“{}”", arg()),
        ErrorKind::InvalidSubcommand => {
            format!(
                "无法识别的子命令“{}”",
                context(e, ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数：{}", arg()),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "缺少子命令".to_string()
        }
        ErrorKind::InvalidValue => {
            let value = context(e, ContextKind::InvalidValue);
            let valid = context(e, ContextKind::ValidValue);
            match (value.is_empty(), valid.is_empty()) {
                (true, _) => format!("参数 {} 需要一个值", arg()),
                (false, true) => format!("参数 {} 的值“{value}”无效", arg()),
                (false, false) => format!("参数 {} 的值“{value}”无效（可选值：{valid}）", arg()),
            }
        }
        ErrorKind::ValueValidation => format!(
            "参数 {} 的值“{}”无效",
            arg(),
            context(e, ContextKind::InvalidValue)
        ),
        _ => return None,
    };
    let usage = e
        .render()
        .to_string()
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .map(|l| format!("\n\n用法：{}", l.trim_start_matches("Usage:").trim()))
        .unwrap_or_default();
    Some(format!(
        "错误：{message}{usage}\n\n运行 --help 查看更多信息。\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_asked_for_by_lang_zh_only() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(wants_chinese(&args(&["dockplay", "check", "--lang", "zh"])));
        assert!(wants_chinese(&args(&["dockplay", "--lang=zh"])));
        assert!(!wants_chinese(&args(&[
            "dockplay", "check", "--lang", "en", "zh"
        ])));
        assert!(!wants_chinese(&args(&["dockplay", "zh"])));
    }
}
