//! `HEALTHCHECK [--interval …] CMD command` or `HEALTHCHECK NONE`.

use super::Input;
use crate::dockerfile::codes;
use crate::dockerfile::duration::parse_go_duration;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::model::instruction::{Command, Health, Instr};
use crate::dockerfile::model::scope::Builder;
use crate::dockerfile::syntax::{Form, Spanned};
use crate::i18n::Text;

pub(super) fn build(b: &mut Builder, input: &mut Input) -> Instr {
    check_options(b, input);
    let node = input.node;
    let args = &node.args;
    match args.first().map(|a| a.value.to_uppercase()) {
        Some(t) if t == "NONE" => {
            if args.len() > 1 || !node.flags.is_empty() {
                b.invalid(
                    node.span,
                    "HEALTHCHECK NONE takes no other arguments",
                    "HEALTHCHECK NONE 不能带其他参数",
                );
            }
            Instr::Healthcheck(Health::None)
        }
        Some(t) if t == "CMD" => {
            let rest: Vec<Spanned> = args[1..].to_vec();
            if rest.is_empty() {
                b.invalid(
                    node.span,
                    "HEALTHCHECK CMD requires a command",
                    "HEALTHCHECK CMD 后面需要一条命令",
                );
            }
            let cmd = match node.form {
                Form::Json => Command::Exec(rest),
                _ => rest
                    .into_iter()
                    .next()
                    .map(Command::Shell)
                    .unwrap_or(Command::Empty),
            };
            Instr::Healthcheck(Health::Cmd(cmd))
        }
        other => {
            let t = other.unwrap_or_default();
            b.invalid(
                node.span,
                format!("unknown type \"{t}\" in HEALTHCHECK (try CMD)"),
                format!("HEALTHCHECK 的类型 \"{t}\" 无效（应为 CMD 或 NONE）"),
            );
            Instr::Invalid(Keyword::Healthcheck)
        }
    }
}

/// `--retries` must be a whole number, the others durations of at least 1ms (or 0).
fn check_options(b: &mut Builder, input: &Input) {
    for f in &input.flags {
        let v = f.flag.value.as_deref().unwrap_or("");
        let name = &f.flag.name;
        let retries = name == "retries";
        let bad = if retries {
            v.parse::<i64>().map(|n| n < 0).unwrap_or(true)
        } else {
            parse_go_duration(v).is_none_or(|d| d != 0.0 && d < 0.001)
        };
        if !bad {
            continue;
        }
        let message = if retries {
            Text::new(
                format!("--retries expects a whole number that is not negative, not \"{v}\""),
                format!("--retries 需要一个非负整数，而不是 \"{v}\""),
            )
        } else {
            Text::new(
                format!("--{name} expects a duration such as 30s, 1m30s or 500ms (at least 1ms), not \"{v}\""),
                format!("--{name} 需要一个时长，例如 30s、1m30s 或 500ms（至少 1ms），而不是 \"{v}\""),
            )
        };
        b.report(
            &codes::INVALID_FLAG,
            f.flag.value_span.unwrap_or(f.flag.span),
            message,
        );
    }
}
