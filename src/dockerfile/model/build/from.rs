//! `FROM [--platform=…] image [AS name]`: starts a stage.

use super::Input;
use crate::dockerfile::model::instruction::{FromCommand, Instr};
use crate::dockerfile::model::scope::{Builder, Scope, Which};
use crate::dockerfile::model::stage::Stage;
use crate::dockerfile::syntax::Spanned;
use std::collections::HashMap;

pub(super) fn build(b: &mut Builder, input: &mut Input) -> Instr {
    let node = input.node;
    let args = input.args();
    let platform = input.flag_value("platform");
    let (image, alias) = match args.len() {
        1 => (args[0].clone(), None),
        3 if args[1].value.eq_ignore_ascii_case("as") => (args[0].clone(), Some(args[2].clone())),
        _ => {
            b.invalid(
                node.span,
                "FROM requires either one or three arguments: FROM image [AS name]",
                "FROM 需要一个或三个参数：FROM 镜像 [AS 阶段名]",
            );
            let img = args.first().cloned().unwrap_or(Spanned {
                value: String::new(),
                span: node.keyword.span,
            });
            (img, None)
        }
    };
    let expanded = b.expand(&image, Which::Global, &mut input.undefined);
    if let Some(a) = &alias {
        check_stage_name(b, a);
    }
    start_stage(b, input.index, &expanded, alias.as_ref());
    Instr::From(FromCommand {
        image,
        expanded,
        alias,
        platform,
    })
}

/// BuildKit's stage-name grammar: a letter, then letters, digits, `-`, `_` and `.`.
fn check_stage_name(b: &mut Builder, a: &Spanned) {
    let n = a.value.to_lowercase();
    let valid = n.starts_with(|c: char| c.is_ascii_lowercase())
        && n.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
    if !valid {
        let v = &a.value;
        b.invalid(
            a.span,
            format!("invalid stage name \"{v}\": it must start with a letter and contain only letters, digits, '-', '_' and '.'"),
            format!("阶段名 \"{v}\" 无效：必须以字母开头，只能包含字母、数字、'-'、'_' 和 '.'"),
        );
    }
}

/// Close the previous stage and open a new one on `base`.
fn start_stage(b: &mut Builder, from: usize, base: &str, alias: Option<&Spanned>) {
    // FROM sees only stages defined above it; a later or its own name is an image.
    let base_stage = b.stage_by_name.get(&base.to_lowercase()).copied();
    let index = b.stages.len();
    let name = alias.map(|a| a.value.to_lowercase());
    if let Some(n) = &name {
        b.stage_by_name.entry(n.clone()).or_insert(index);
    }
    // The previous stage is complete: keep its final scope for stages built on it.
    if let Some(prev) = b.stage_env.last_mut() {
        *prev = std::mem::take(&mut b.stage_scope.vars);
    }
    // A stage built on another stage starts from that stage's ENV and ARG values.
    b.stage_scope = Scope {
        vars: base_stage
            .map(|s| b.stage_env[s].clone())
            .unwrap_or_default(),
    };
    b.stage_env.push(HashMap::new());
    b.stages.push(Stage {
        index,
        name,
        base: base.to_string(),
        base_stage,
        from,
        instructions: Vec::new(),
        deps: base_stage.into_iter().collect(),
    });
}
