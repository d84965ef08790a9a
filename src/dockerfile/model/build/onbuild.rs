//! `ONBUILD instruction`: a trigger for images built on this one.

use super::Input;
use crate::dockerfile::codes;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::model::instruction::Instr;
use crate::dockerfile::model::scope::Builder;
use crate::text;

pub(super) fn build(b: &mut Builder, input: &mut Input) -> Instr {
    let node = input.node;
    let Some(sub) = &node.sub else {
        b.invalid(
            node.span,
            "ONBUILD requires an instruction",
            "ONBUILD 后面需要一条指令",
        );
        return Instr::Onbuild;
    };
    match Keyword::parse(&sub.keyword.value) {
        Some(k @ (Keyword::Onbuild | Keyword::From | Keyword::Maintainer)) => b.invalid(
            sub.keyword.span,
            format!("{k} isn't allowed as an ONBUILD trigger"),
            format!("{k} 不能作为 ONBUILD 的触发指令"),
        ),
        Some(_) => {}
        None => {
            let kw = &sub.keyword.value;
            b.report(
                &codes::UNKNOWN_INSTRUCTION,
                sub.keyword.span,
                text!(
                    "unknown instruction \"{kw}\" in ONBUILD",
                    "ONBUILD 中有未知指令 \"{kw}\""
                ),
            );
        }
    }
    Instr::Onbuild
}
