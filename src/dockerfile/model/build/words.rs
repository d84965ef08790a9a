//! `EXPOSE` and `VOLUME`: a list of words, expanded.

use super::Input;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::model::scope::Builder;
use crate::dockerfile::syntax::Spanned;

pub(super) fn build(b: &mut Builder, input: &mut Input, keyword: Keyword) -> Vec<Spanned> {
    let node = input.node;
    if node.args.is_empty() {
        b.invalid(
            node.span,
            format!("{keyword} requires at least one argument"),
            format!("{keyword} 至少需要一个参数"),
        );
    }
    node.args
        .iter()
        .map(|a| b.expand_word(a, &mut input.undefined))
        .collect()
}
