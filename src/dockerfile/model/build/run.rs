//! `RUN [--mount=…] [--network=…] [--security=…] command`.

use super::Input;
use crate::dockerfile::codes;
use crate::dockerfile::flags::parse_mount;
use crate::dockerfile::model::instruction::{Instr, RunCommand};
use crate::dockerfile::model::scope::Builder;
use crate::dockerfile::syntax::Form;
use crate::i18n::Text;
use crate::text;

pub(super) fn build(b: &mut Builder, input: &mut Input) -> Instr {
    let node = input.node;
    let mut mounts = Vec::new();
    for f in input.flags.iter().filter(|f| f.flag.name == "mount") {
        match parse_mount(f.flag.value.as_deref().unwrap_or("")) {
            Ok(m) => mounts.push(m),
            Err((en, zh)) => b.report(
                &codes::INVALID_FLAG,
                f.flag.value_span.unwrap_or(f.flag.span),
                Text::new(en, zh),
            ),
        }
    }
    let network = input.flag_value("network");
    if let Some(n) = &network {
        if !matches!(n.as_str(), "default" | "none" | "host") {
            let span = input
                .flag("network")
                .map(|f| f.flag.span)
                .unwrap_or(node.span);
            b.report(
                &codes::INVALID_FLAG,
                span,
                text!(
                    "unsupported network mode \"{n}\" (use default, none or host)",
                    "不支持的网络模式 \"{n}\"（可用 default、none 或 host）"
                ),
            );
        }
    }
    let security = input.flag_value("security");
    if node.form == Form::None && node.heredocs.is_empty() {
        b.invalid(node.span, "RUN requires a command", "RUN 需要一条命令");
    }
    Instr::Run(RunCommand {
        command: input.command(),
        mounts,
        network,
        security,
    })
}
