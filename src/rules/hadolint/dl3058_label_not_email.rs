//! DL3058 `label-not-email`: A label of type email is not an email address.

use super::label_schema::{typed, NEEDS_SCHEMA, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3058",
        name: "label-not-email",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "A label of type email is not an email address",
            zh: "email 类型的 label 不是电子邮件地址",
        }),
        why: doc(Text {
            en: "People and tools use the value to contact the maintainer.",
            zh: "人和工具都会用这个值联系维护者。",
        }),
        fix: doc(Text {
            en: "Write an address like name@example.com.",
            zh: "写成 name@example.com 这样的地址。",
        }),
        differs: doc_opt(Some(NEEDS_SCHEMA)),
        bad: doc_str("FROM alpine:3.22\nLABEL maintainer=\"Ann at example.com\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL maintainer=\"ann@example.com\"\n"),
        example_config: Some(SCHEMA),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// `local@domain`: an unquoted dot-atom local part and a domain of letter/digit/hyphen labels.
pub(crate) fn valid_email(v: &str) -> bool {
    let Some((local, domain)) = v.rsplit_once('@') else {
        return false;
    };
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let dot_atom = |s: &str, ok: &dyn Fn(char) -> bool| {
        !s.is_empty() && s.split('.').all(|p| !p.is_empty() && p.chars().all(ok))
    };
    let label = |c: char| c.is_ascii_alphanumeric() || c == '-';
    // RFC 5322 also allows a quoted local part ("ann lee") and a domain literal ([192.0.2.1]).
    let quoted = local.len() >= 2 && local.starts_with('"') && local.ends_with('"');
    let literal = domain.len() > 2 && domain.starts_with('[') && domain.ends_with(']');
    if quoted || literal {
        return (quoted || dot_atom(local, &atext)) && (literal || dot_atom(domain, &label));
    }
    dot_atom(local, &atext)
        && dot_atom(domain, &label)
        && domain
            .split('.')
            .all(|p| !p.starts_with('-') && !p.ends_with('-'))
}

fn check(cx: &Ctx, out: &mut Out) {
    typed(
        cx,
        out,
        "email",
        valid_email,
        ("an email address", "有效的电子邮件地址"),
    )
}
