//! hadolint's label-schema rules (DL3049–DL3056, DL3058). They run only when the configuration
//! declares a `label-schema` (label name → value type); DL3050 also needs `strict-labels`.

use super::t;
use crate::diagnostic::{Severity, Severity::*};
use crate::dockerfile::model::{Instr, KeyValue};
use crate::dockerfile::Keyword;
use crate::rules::{Ctx, Meta, Out, Rule, T};
use crate::text;

const SCHEMA: &str = "label-schema:\n  org.opencontainers.image.authors: text\n  org.opencontainers.image.url: url\n  org.opencontainers.image.created: rfc3339\n  org.opencontainers.image.licenses: spdx\n  org.opencontainers.image.revision: hash\n  org.opencontainers.image.version: semver\n  maintainer: email\nstrict-labels: true\n";

/// Metadata of a label-schema rule: examples run with [`SCHEMA`].
#[allow(clippy::too_many_arguments)]
const fn label_meta(
    id: &'static str,
    name: &'static str,
    severity: Severity,
    summary: T,
    why: T,
    fix: T,
    differs: Option<T>,
    bad: &'static str,
    good: &'static str,
) -> Meta {
    Meta {
        example_config: Some(SCHEMA),
        ..super::meta(
            id,
            name,
            severity,
            &[],
            summary,
            why,
            fix,
            differs,
            bad,
            good,
        )
    }
}

const NEEDS_SCHEMA: T = t(
    "Runs only when .hadolint.yaml declares a label-schema. Values that use a variable are not judged, since they are known only at build time.",
    "只有在 .hadolint.yaml 中声明了 label-schema 时才会运行。引用变量的值只有在构建时才知道，因此不做判断。",
);

/// Every LABEL pair of a stage and the stages it builds on, nearest last (later ones win).
fn stage_labels<'a>(cx: &Ctx<'a>, stage: usize) -> Vec<&'a KeyValue> {
    let mut out = Vec::new();
    for s in cx.model.stage_chain(stage).into_iter().rev() {
        for (ins, _) in cx.stage_instructions(&cx.model.stages[s]) {
            if let Instr::Label(kvs) = &ins.kind {
                out.extend(kvs.iter());
            }
        }
    }
    out
}

fn key(kv: &KeyValue) -> &str {
    kv.key.value.trim_matches(|c| c == '"' || c == '\'')
}

/// Every LABEL pair in the file whose key is in the schema, with its declared type.
fn schema_pairs<'a>(cx: &Ctx<'a>) -> Vec<(&'a KeyValue, &'a str)> {
    cx.pairs(Keyword::Label)
        .filter(|kv| !kv.value.value.contains('$'))
        .filter_map(|kv| {
            let (_, ty) = cx.config.label_schema.iter().find(|(k, _)| k == key(kv))?;
            Some((kv, ty.as_str()))
        })
        .collect()
}

/// A value-type rule: report every non-empty schema label of type `ty` that `valid` rejects.
fn typed(cx: &Ctx, out: &mut Out, ty: &str, valid: fn(&str) -> bool, what: (&str, &str)) {
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
                "标签 \"{k}\" 的值 \"{v}\" 不是{zh}"
            ),
            None,
        );
    }
}

pub static DL3049: Rule = Rule {
    meta: label_meta(
        "DL3049",
        "label-missing",
        Info,
        t("A label the schema requires is missing from the final image", "最终镜像缺少标签模式要求的标签"),
        t("Tools that read image metadata (registries, scanners, deploy scripts) expect the labels your schema lists.", "读取镜像元数据的工具（镜像仓库、扫描器、部署脚本）依赖标签模式中列出的标签。"),
        t("Add the label to the final stage or to a stage it builds on.", "在最终阶段或它所基于的阶段中加上该标签。"),
        Some(t(
            "hadolint checks every stage that no other stage builds on, including builder stages whose labels never reach the image; dockplay checks the final stage, counting labels it inherits through FROM <stage>.",
            "hadolint 会检查所有没有被其他阶段作为基础的阶段，包括标签根本不会进入镜像的构建阶段；dockplay 只检查最终阶段，并把通过 FROM <阶段> 继承来的标签算在内。",
        )),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Ann\" org.opencontainers.image.url=\"https://example.com\" org.opencontainers.image.created=\"2026-01-02T03:04:05Z\" org.opencontainers.image.licenses=\"MIT\" org.opencontainers.image.revision=\"0a1b2c3d\" maintainer=\"ann@example.com\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Ann\" org.opencontainers.image.url=\"https://example.com\" org.opencontainers.image.created=\"2026-01-02T03:04:05Z\" org.opencontainers.image.licenses=\"MIT\" org.opencontainers.image.revision=\"0a1b2c3d\" org.opencontainers.image.version=\"1.4.0\" maintainer=\"ann@example.com\"\n",
    ),
    check: |cx, out| {
        if cx.config.label_schema.is_empty() {
            return;
        }
        let Some(last) = cx.model.stages.last() else {
            return;
        };
        let have = stage_labels(cx, last.index);
        for (k, _) in &cx.config.label_schema {
            if !have.iter().any(|kv| key(kv) == k) {
                let from = cx.node(&cx.model.instructions[last.from]);
                out.report(
                    from.keyword.span,
                    text!(
                        "label \"{k}\" is missing from the final stage",
                        "最终阶段缺少标签 \"{k}\""
                    ),
                    Some(text!("add LABEL {k}=…", "加上 LABEL {k}=…")),
                );
            }
        }
    },
};

pub static DL3050: Rule = Rule {
    meta: label_meta(
        "DL3050",
        "superfluous-label",
        Info,
        t("A label that the schema does not list (strict-labels)", "标签不在标签模式中（strict-labels）"),
        t("With strict-labels, the schema is the complete list of labels; anything else is likely a typo or a leftover.", "开启 strict-labels 时，标签模式就是完整的标签清单；其他标签多半是拼写错误或遗留内容。"),
        t("Remove the label or add it to label-schema.", "删除该标签，或把它加入 label-schema。"),
        Some(t("hadolint reports the LABEL line once; dockplay points at each extra key.", "hadolint 对整条 LABEL 只报告一次；dockplay 指向每一个多余的键。")),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"1.4.0\" build-host=\"ci-7\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"1.4.0\"\n",
    ),
    check: |cx, out| {
        if cx.config.label_schema.is_empty() || !cx.config.strict_labels {
            return;
        }
        for kv in cx.pairs(Keyword::Label) {
            let k = key(kv);
            if !cx.config.label_schema.iter().any(|(s, _)| s == k) {
                out.report(
                    kv.key.span,
                    text!(
                        "label \"{k}\" is not in the label schema",
                        "标签 \"{k}\" 不在标签模式中"
                    ),
                    None,
                );
            }
        }
    },
};

pub static DL3051: Rule = Rule {
    meta: label_meta(
        "DL3051",
        "label-empty",
        Warning,
        t("A label the schema lists is set to an empty value", "标签模式中的标签值为空"),
        t("An empty value usually means a build argument was not passed (LABEL version=$VERSION without --build-arg).", "空值通常意味着没有传入构建参数（写了 LABEL version=$VERSION 却没有 --build-arg）。"),
        t("Give the label a value.", "给标签一个值。"),
        Some(NEEDS_SCHEMA),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Ann\"\n",
    ),
    check: |cx, out| {
        for (kv, _) in schema_pairs(cx) {
            if kv.expanded.is_empty() {
                let k = key(kv);
                out.report(
                    kv.value.span,
                    text!("label \"{k}\" is empty", "标签 \"{k}\" 的值为空"),
                    None,
                );
            }
        }
    },
};

pub static DL3052: Rule = Rule {
    meta: label_meta(
        "DL3052",
        "label-not-url",
        Warning,
        t(
            "A label of type url is not a URL",
            "url 类型的标签不是有效的 URL",
        ),
        t(
            "Consumers open the value as a link.",
            "使用者会把这个值当作链接打开。",
        ),
        t(
            "Write an absolute URL with a scheme, e.g. https://example.com/docs.",
            "写出带协议的完整 URL，例如 https://example.com/docs。",
        ),
        Some(NEEDS_SCHEMA),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.url=\"example.com/docs\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.url=\"https://example.com/docs\"\n",
    ),
    check: |cx, out| typed(cx, out, "url", valid_url, ("a URL", "有效的 URL")),
};

pub static DL3053: Rule = Rule {
    meta: label_meta(
        "DL3053",
        "label-not-timestamp",
        Warning,
        t("A label of type rfc3339 is not an RFC 3339 timestamp", "rfc3339 类型的标签不是 RFC 3339 时间"),
        t("Build dates are compared and sorted by tools that expect a full timestamp with a time zone.", "构建时间会被工具比较和排序，它们需要带时区的完整时间戳。"),
        t("Write a date, time and offset, e.g. 2026-01-02T03:04:05Z (date -u +%Y-%m-%dT%H:%M:%SZ).", "写出日期、时间和时区，例如 2026-01-02T03:04:05Z（可用 date -u +%Y-%m-%dT%H:%M:%SZ 生成）。"),
        Some(NEEDS_SCHEMA),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.created=\"2026-01-02\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.created=\"2026-01-02T03:04:05Z\"\n",
    ),
    check: |cx, out| typed(cx, out, "rfc3339", valid_rfc3339, ("an RFC 3339 timestamp", "RFC 3339 时间戳")),
};

pub static DL3054: Rule = Rule {
    meta: label_meta(
        "DL3054",
        "label-not-spdx",
        Warning,
        t("A label of type spdx is not an SPDX license expression", "spdx 类型的标签不是 SPDX 许可证表达式"),
        t("License scanners match the value against the SPDX license list.", "许可证扫描工具会把这个值与 SPDX 许可证列表比对。"),
        t("Use an SPDX identifier such as MIT or Apache-2.0.", "使用 SPDX 标识符，例如 MIT 或 Apache-2.0。"),
        Some(t(
            "hadolint accepts a single identifier only; dockplay accepts any valid SPDX expression (MIT OR Apache-2.0, LicenseRef-…), as the OCI annotation org.opencontainers.image.licenses allows.",
            "hadolint 只接受单个标识符；dockplay 接受任何有效的 SPDX 表达式（如 MIT OR Apache-2.0、LicenseRef-…），这也是 OCI 注解 org.opencontainers.image.licenses 所允许的。",
        )),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.licenses=\"Apache 2\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.licenses=\"Apache-2.0\"\n",
    ),
    check: |cx, out| typed(cx, out, "spdx", valid_spdx, ("an SPDX license expression", "SPDX 许可证表达式")),
};

pub static DL3055: Rule = Rule {
    meta: label_meta(
        "DL3055",
        "label-not-git-hash",
        Warning,
        t("A label of type hash is not a git commit hash", "hash 类型的标签不是 git 提交哈希"),
        t("The revision label ties the image to the commit it was built from.", "revision 标签把镜像和构建它的提交对应起来。"),
        t("Use the output of git rev-parse HEAD (or its short form).", "使用 git rev-parse HEAD 的输出（或其短格式）。"),
        Some(t(
            "Like hadolint: lowercase hexadecimal, 7 to 40 characters (64 for SHA-256 repositories).",
            "与 hadolint 一致：小写十六进制，7 到 40 个字符（SHA-256 仓库为 64 个）。",
        )),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.revision=\"main\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.revision=\"0a1b2c3d\"\n",
    ),
    check: |cx, out| typed(cx, out, "hash", valid_git_hash, ("a git commit hash", "git 提交哈希")),
};

pub static DL3056: Rule = Rule {
    meta: label_meta(
        "DL3056",
        "label-not-semver",
        Warning,
        t(
            "A label of type semver is not a semantic version",
            "semver 类型的标签不是语义化版本",
        ),
        t(
            "Release tooling compares versions by the semantic versioning rules.",
            "发布工具按语义化版本规则比较版本。",
        ),
        t(
            "Write MAJOR.MINOR.PATCH, e.g. 1.4.0 or 2.0.0-rc.1 (no leading v).",
            "写成 主版本.次版本.修订号，例如 1.4.0 或 2.0.0-rc.1（不要前缀 v）。",
        ),
        Some(NEEDS_SCHEMA),
        "FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"v1.4\"\n",
        "FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"1.4.0\"\n",
    ),
    check: |cx, out| {
        typed(
            cx,
            out,
            "semver",
            valid_semver,
            ("a semantic version", "语义化版本号"),
        )
    },
};

pub static DL3058: Rule = Rule {
    meta: label_meta(
        "DL3058",
        "label-not-email",
        Warning,
        t(
            "A label of type email is not an email address",
            "email 类型的标签不是电子邮件地址",
        ),
        t(
            "People and tools use the value to contact the maintainer.",
            "人和工具都会用这个值联系维护者。",
        ),
        t(
            "Write an address like name@example.com.",
            "写成 name@example.com 这样的地址。",
        ),
        Some(NEEDS_SCHEMA),
        "FROM alpine:3.22\nLABEL maintainer=\"Ann at example.com\"\n",
        "FROM alpine:3.22\nLABEL maintainer=\"ann@example.com\"\n",
    ),
    check: |cx, out| {
        typed(
            cx,
            out,
            "email",
            valid_email,
            ("an email address", "有效的电子邮件地址"),
        )
    },
};

/// An absolute URI: a scheme, `:`, and a non-empty rest without spaces or control characters.
pub(crate) fn valid_url(v: &str) -> bool {
    let Some((scheme, rest)) = v.split_once(':') else {
        return false;
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let rest_ok = !rest.is_empty()
        && rest.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        });
    let host_ok = !rest.starts_with("//") || rest.len() > 2 && !rest[2..].starts_with('/');
    scheme_ok && rest_ok && host_ok
}

fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with calendar ranges checked.
pub(crate) fn valid_rfc3339(v: &str) -> bool {
    let Some((date, time)) = v.split_once(['T', 't']) else {
        return false;
    };
    let d: Vec<&str> = date.split('-').collect();
    let [y, m, day] = d[..] else { return false };
    let (Some(y), Some(m), Some(day)) = (digits(y, 4), digits(m, 2), digits(day, 2)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || day == 0 || day > month_days[m as usize - 1] {
        return false;
    }
    let (clock, offset) = if let Some(c) = time.strip_suffix(['Z', 'z']) {
        (c, None)
    } else if let Some(i) = time.rfind(['+', '-']) {
        (&time[..i], Some(&time[i + 1..]))
    } else {
        return false;
    };
    let (hms, frac) = match clock.split_once('.') {
        Some((a, f)) => (a, Some(f)),
        None => (clock, None),
    };
    if frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let t: Vec<&str> = hms.split(':').collect();
    let [h, mi, s] = t[..] else { return false };
    let ok_clock = matches!((digits(h, 2), digits(mi, 2), digits(s, 2)), (Some(h), Some(mi), Some(s)) if h < 24 && mi < 60 && s <= 60);
    let ok_offset = offset.is_none_or(|o| {
        matches!(o.split_once(':'), Some((h, m)) if digits(h, 2).is_some_and(|h| h < 24) && digits(m, 2).is_some_and(|m| m < 60))
    });
    ok_clock && ok_offset
}

pub(crate) fn valid_spdx(v: &str) -> bool {
    spdx::Expression::parse(v).is_ok()
}

pub(crate) fn valid_git_hash(v: &str) -> bool {
    ((7..=40).contains(&v.len()) || v.len() == 64)
        && v.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub(crate) fn valid_semver(v: &str) -> bool {
    semver::Version::parse(v).is_ok()
}

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
    dot_atom(local, &atext)
        && dot_atom(domain, &label)
        && domain
            .split('.')
            .all(|p| !p.starts_with('-') && !p.ends_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_types() {
        assert!(valid_rfc3339("2024-01-02T03:04:05Z"));
        assert!(valid_rfc3339("2024-01-02t03:04:05.123z"));
        assert!(valid_rfc3339("2024-02-29T23:59:60+01:00"));
        assert!(!valid_rfc3339("2023-02-29T00:00:00Z"));
        assert!(!valid_rfc3339("2024-01-02"));
        assert!(!valid_rfc3339("2024-13-01T00:00:00Z"));
        assert!(!valid_rfc3339("2024-01-01T00:00:00"));
        assert!(valid_url("https://example.com/a?b=c#d"));
        assert!(valid_url("mailto:ann@example.com"));
        assert!(!valid_url("ftp//x"));
        assert!(!valid_url("https://exa mple.com"));
        assert!(valid_email("a.b+c@mail.example.co"));
        assert!(!valid_email("a..b@example.com"));
        assert!(!valid_email("ann at example.com"));
        assert!(valid_git_hash("abc1234"));
        assert!(!valid_git_hash("ABC1234"));
        assert!(valid_semver("1.2.3-rc.1+b5"));
        assert!(!valid_semver("v1.0"));
        assert!(!valid_semver("01.2.3"));
        assert!(valid_spdx("MIT OR Apache-2.0"));
        assert!(valid_spdx("LicenseRef-acme"));
        assert!(!valid_spdx("MITX"));
    }
}
