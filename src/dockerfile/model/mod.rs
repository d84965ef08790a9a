//! The semantic model: typed instructions, stages, and ARG/ENV scoping with BuildKit's expansion.
//!
//! [`build`] walks the parse once; each keyword has its own builder in `build/`, the scopes and
//! the stages under construction live in [`scope`], and stage references in [`stage`].

mod build;
pub mod instruction;
pub mod scope;
pub mod stage;

pub use instruction::{
    ArgDef, Command, CopyCommand, FromCommand, Health, Instr, Instruction, KeyValue, RunCommand,
};
pub use scope::{BuildOptions, PLATFORM_ARGS, PROXY_ARGS};
pub use stage::{copied_from, Dockerfile, Stage};

use super::codes;
use super::flags;
use super::keyword::Keyword;
use super::parser::ParsedFile;
use super::syntax::Node;
use crate::diagnostic::Diagnostic;
use crate::text;
use scope::Builder;
use std::collections::BTreeSet;

/// Build the model from a parse.
pub fn build(parsed: ParsedFile, opts: &BuildOptions) -> Dockerfile {
    let mut b = Builder::new(opts, parsed.escape);
    let mut instructions = Vec::with_capacity(parsed.nodes.len());
    for (index, node) in parsed.nodes.iter().enumerate() {
        let instruction = match Keyword::parse(&node.keyword.value) {
            Some(keyword) => known(&mut b, node, index, keyword),
            None => {
                unknown(&mut b, node);
                Instruction {
                    node: index,
                    stage: b.current_stage(),
                    kind: Instr::Unknown,
                    undefined_vars: BTreeSet::new(),
                }
            }
        };
        instructions.push(instruction);
    }
    let mut stages = std::mem::take(&mut b.stages);
    stage::resolve_deps(&mut stages, &instructions, &b.stage_by_name);
    stage::report_cycles(&stages, &parsed, &mut b.diags);
    Dockerfile {
        parsed,
        instructions,
        stages,
        diagnostics: b.diags,
        stage_names: b.stage_by_name,
    }
}

/// Build a known instruction and add it to the current stage.
fn known(b: &mut Builder, node: &Node, index: usize, keyword: Keyword) -> Instruction {
    if b.current_stage().is_none() && !matches!(keyword, Keyword::From | Keyword::Arg) {
        b.invalid(
            node.keyword.span,
            format!("{keyword} comes before the first FROM; only ARG may stand there"),
            format!("{keyword} 出现在第一个 FROM 之前；FROM 之前只能有 ARG"),
        );
    }
    let flags = flags::validate(node, keyword, &mut b.diags);
    let mut input = build::Input {
        node,
        index,
        flags,
        undefined: BTreeSet::new(),
    };
    let kind = build::instruction(b, keyword, &mut input);
    let stage = b.current_stage();
    if let Some(s) = stage {
        b.stages[s].instructions.push(index);
    }
    Instruction {
        node: index,
        stage,
        kind,
        undefined_vars: input.undefined,
    }
}

/// Report an unknown keyword, with the closest known one.
fn unknown(b: &mut Builder, node: &Node) {
    let kw = &node.keyword.value;
    let d = Diagnostic::new(
        &codes::UNKNOWN_INSTRUCTION,
        node.keyword.span,
        text!("unknown instruction \"{kw}\"", "未知指令 \"{kw}\""),
    );
    b.diags.push(match Keyword::closest(kw) {
        Some(k) => d.with_help(text!("did you mean \"{k}\"?", "是不是想写 \"{k}\"？")),
        None => d,
    });
}
