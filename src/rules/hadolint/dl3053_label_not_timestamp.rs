//! DL3053 `label-not-timestamp`: A label of type rfc3339 is not an RFC 3339 timestamp.

use super::label_schema::{digits, typed, NEEDS_SCHEMA, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3053",
        name: "label-not-timestamp",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "A label of type rfc3339 is not an RFC 3339 timestamp", zh: "rfc3339 类型的 label 不是 RFC 3339 时间" }),
        why: doc(Text { en: "Build dates are compared and sorted by tools that expect a full timestamp with a time zone.", zh: "构建时间会被工具比较和排序，它们需要带时区的完整时间戳。" }),
        fix: doc(Text { en: "Write a date, time and offset, e.g. 2026-01-02T03:04:05Z (date -u +%Y-%m-%dT%H:%M:%SZ).", zh: "写出日期、时间和时区，例如 2026-01-02T03:04:05Z（可用 date -u +%Y-%m-%dT%H:%M:%SZ 生成）。" }),
        differs: doc_opt(Some(NEEDS_SCHEMA)),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.created=\"2026-01-02\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.created=\"2026-01-02T03:04:05Z\"\n"),
        example_config: Some(SCHEMA),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

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

fn check(cx: &Ctx, out: &mut Out) {
    typed(
        cx,
        out,
        "rfc3339",
        valid_rfc3339,
        ("an RFC 3339 timestamp", "RFC 3339 时间戳"),
    );
}
