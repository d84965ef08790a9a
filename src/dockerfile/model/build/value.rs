//! `USER`, `WORKDIR`, `STOPSIGNAL` and `MAINTAINER`: one value.

use super::Input;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::model::instruction::Instr;
use crate::dockerfile::model::scope::Builder;

pub(super) fn build(b: &mut Builder, input: &mut Input, keyword: Keyword) -> Instr {
    let node = input.node;
    let Some(a) = node.args.first() else {
        b.invalid(
            node.span,
            format!("{keyword} requires exactly one argument"),
            format!("{keyword} 需要且只需要一个参数"),
        );
        return Instr::Invalid(keyword);
    };
    // MAINTAINER is not expanded.
    let v = if keyword == Keyword::Maintainer {
        a.clone()
    } else {
        b.expand_word(a, &mut input.undefined)
    };
    match keyword {
        Keyword::User => Instr::User(v),
        Keyword::Workdir => Instr::Workdir(v),
        Keyword::Stopsignal => Instr::Stopsignal(v),
        _ => Instr::Maintainer(v),
    }
}
