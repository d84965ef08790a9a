//! `COPY` and `ADD`: sources, a destination and flags.

use super::Input;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::model::instruction::CopyCommand;
use crate::dockerfile::model::scope::{Builder, Which};
use crate::dockerfile::syntax::{Form, Spanned};

pub(super) fn build(b: &mut Builder, input: &mut Input, keyword: Keyword) -> CopyCommand {
    let node = input.node;
    let mut words: Vec<Spanned> = Vec::new();
    for a in &node.args {
        // Exec-form sources are taken literally.
        let value = if node.form == Form::Json {
            a.value.clone()
        } else {
            b.expand(a, Which::Stage, &mut input.undefined)
        };
        words.push(Spanned {
            value,
            span: a.span,
        });
    }
    let heredocs = !node.heredocs.is_empty();
    if words.len() < 2 && !heredocs {
        b.invalid(
            node.span,
            format!("{keyword} requires at least two arguments: a source and a destination"),
            format!("{keyword} 至少需要两个参数：源路径和目标路径"),
        );
    }
    let dest = if words.len() >= 2 || heredocs {
        words.pop()
    } else {
        None
    };
    let from = input.flag("from").map(|f| Spanned {
        value: f.flag.value.clone().unwrap_or_default(),
        span: f.flag.value_span.unwrap_or(f.flag.span),
    });
    let from = from.map(|sp| b.expand_word(&sp, &mut input.undefined));
    let flags = input
        .flags
        .iter()
        .filter(|f| f.flag.name != "from")
        .map(|f| (f.flag.name.clone(), f.flag.value.clone()))
        .collect();
    CopyCommand {
        sources: words,
        dest,
        from,
        link: input.bool_flag("link"),
        flags,
    }
}
