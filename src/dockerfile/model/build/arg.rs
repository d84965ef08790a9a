//! `ARG name[=default] …`: declares build arguments in the global scope or the stage's.

use super::Input;
use crate::dockerfile::model::instruction::{ArgDef, Instr};
use crate::dockerfile::model::scope::{Builder, Which};
use crate::dockerfile::syntax::Spanned;
use crate::text::Span;

pub(super) fn build(b: &mut Builder, input: &mut Input) -> Instr {
    let node = input.node;
    if node.args.is_empty() {
        b.invalid(
            node.span,
            "ARG requires at least one argument",
            "ARG 至少需要一个参数",
        );
    }
    let in_stage = b.current_stage().is_some();
    let which = if in_stage {
        Which::Stage
    } else {
        Which::Global
    };
    let mut defs = Vec::new();
    for a in &node.args {
        let (name, default) = match a.value.split_once('=') {
            Some((n, d)) => (n.to_string(), Some(d.to_string())),
            None => (a.value.clone(), None),
        };
        if name.is_empty() {
            b.invalid(
                a.span,
                format!("ARG \"{}\" has no name", a.value),
                format!("ARG \"{}\" 缺少名字", a.value),
            );
            continue;
        }
        let name_span = Span::new(a.span.start, (a.span.start + name.len()).min(a.span.end));
        let default_expanded = default.as_ref().map(|d| {
            let sp = Spanned {
                value: d.clone(),
                span: a.span,
            };
            b.expand(&sp, which, &mut input.undefined)
        });
        // A build argument wins over the default; a stage ARG without either takes the global value.
        let value = b.build_arg(&name).or(default_expanded).or_else(|| {
            in_stage
                .then(|| b.global.vars.get(&name).cloned())
                .flatten()
        });
        let target = if in_stage {
            &mut b.stage_scope
        } else {
            &mut b.global
        };
        if let Some(v) = &value {
            target.vars.insert(name.clone(), v.clone());
        }
        defs.push(ArgDef {
            name: Spanned {
                value: name,
                span: name_span,
            },
            default,
            value,
        });
    }
    Instr::Arg(defs)
}
