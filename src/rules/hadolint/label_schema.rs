//! The label-schema rules' shared parts (DL3049–DL3058): the example schema, how LABEL pairs are
//! matched to it, and the value checks several of them use.

use crate::rules::prelude::*;

pub(super) const SCHEMA: &str = "label-schema:\n  org.opencontainers.image.authors: text\n  org.opencontainers.image.url: url\n  org.opencontainers.image.created: rfc3339\n  org.opencontainers.image.licenses: spdx\n  org.opencontainers.image.revision: hash\n  org.opencontainers.image.version: semver\n  maintainer: email\nstrict-labels: true\n";

/// The `differs` note of the rules that need a schema.
pub(super) const NEEDS_SCHEMA: StaticText = Text {
    en: "Runs only when .hadolint.yaml declares a label-schema. Values that use a variable are not judged, since they are known only at build time. Values are checked against the standards themselves: URLs with a host (file:/// too), RFC 3339 times with +02:00 offsets, SemVer 2.0 without leading zeros, RFC 5322 addresses (quoted local parts and domain literals too); an empty value is reported once, by DL3051.",
    zh: "只有在 .hadolint.yaml 中声明了 label-schema 时才会运行。引用变量的值要到构建时才确定，因此不作判断。取值按标准本身检查：URL 要有主机名（file:/// 也可以），RFC 3339 时间可以带 +02:00 这样的时区偏移，SemVer 2.0 不允许前导零，RFC 5322 邮件地址（也接受带引号的本地部分和域名字面量）；空值只由 DL3051 报告一次。",
};

pub(super) fn key(kv: &KeyValue) -> &str {
    kv.key.value.trim_matches(|c| c == '"' || c == '\'')
}

/// Every LABEL pair in the file whose key is in the schema, with its declared type.
pub(super) fn schema_pairs<'a>(cx: &Ctx<'a>) -> Vec<(&'a KeyValue, &'a str)> {
    cx.pairs(Keyword::Label)
        .filter(|kv| !kv.value.value.contains('$'))
        .filter_map(|kv| {
            let (_, ty) = cx.config.label_schema.iter().find(|(k, _)| k == key(kv))?;
            Some((kv, ty.as_str()))
        })
        .collect()
}

/// A value-type rule: report every non-empty schema label of type `ty` that `valid` rejects.
pub(super) fn typed(
    cx: &Ctx,
    out: &mut Out,
    ty: &str,
    valid: fn(&str) -> bool,
    what: (&str, &str),
) {
    for (kv, t) in schema_pairs(cx) {
        let v = kv.expanded.as_str();
        if t != ty || v.is_empty() || valid(v) {
            continue;
        }
        let k = key(kv);
        let (en, zh) = what;
        out.report(
            kv.value.span,
            text!(
                "label \"{k}\" is \"{v}\", which is not {en}",
                "label \"{k}\" 的值 \"{v}\" 不是{zh}"
            ),
            None,
        );
    }
}

pub(super) fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}
