//! `ENV` and `LABEL`: key/value pairs (ENV also sets the stage's variables).

use super::Input;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::model::instruction::KeyValue;
use crate::dockerfile::model::scope::{Builder, Which};

pub(super) fn build(b: &mut Builder, input: &mut Input, keyword: Keyword) -> Vec<KeyValue> {
    let node = input.node;
    if node.args.is_empty() {
        b.invalid(
            node.span,
            format!("{keyword} requires at least one argument"),
            format!("{keyword} 至少需要一个参数"),
        );
    }
    let mut kvs = Vec::new();
    // The parser lists each pair as key, value, separator ("" for the legacy `KEY value`).
    for t in node.args.chunks(3) {
        if t.len() < 3 {
            break;
        }
        let expanded = b.expand(&t[1], Which::Stage, &mut input.undefined);
        if keyword == Keyword::Env {
            b.stage_scope
                .vars
                .insert(t[0].value.clone(), expanded.clone());
        }
        kvs.push(KeyValue {
            key: t[0].clone(),
            value: t[1].clone(),
            expanded,
            legacy: t[2].value.is_empty(),
        });
    }
    kvs
}
