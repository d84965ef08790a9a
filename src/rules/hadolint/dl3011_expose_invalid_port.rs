//! DL3011: EXPOSE with something that is not a port.

use crate::diagnostic::Severity;
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3011",
        name: "expose-invalid-port",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "EXPOSE needs port numbers from 0 to 65535, optionally /tcp, /udp or /sctp",
            zh: "EXPOSE 需要 0 到 65535 之间的端口号，可以带 /tcp、/udp 或 /sctp",
        }),
        why: doc(Text {
            en: "Docker cannot parse anything else and the build stops with an invalid port error. Template placeholders such as \"port\" are a common leftover.",
            zh: "Docker 无法解析其他写法，构建会因端口无效而中止。像 \"port\" 这样未替换的模板占位符是常见原因。",
        }),
        fix: doc(Text { en: "Write the port the application listens on, e.g. EXPOSE 8000.", zh: "写上应用实际监听的端口，例如 EXPOSE 8000。" }),
        differs: doc_opt(Some(Text { en: "Words that are not ports (a placeholder such as \"port\"), unknown protocols and reversed ranges (9000-8000) are rejected, as BuildKit rejects them; ports are judged after ARG expansion; a port made of a variable this file does not declare is not judged (the base image may set it); ONBUILD EXPOSE triggers are checked too.", zh: "不是端口的词（例如占位符 \"port\"）、未知协议和倒序范围（9000-8000）都会被拒绝，与 BuildKit 一致；端口按 ARG 展开后判断；由本文件未声明的变量组成的端口不作判断（基础镜像可能设置了它）；ONBUILD 中的 EXPOSE 也会检查。" })),
        bad: doc_str("FROM python:3.12-slim\nEXPOSE port\n"),
        good: doc_str("FROM python:3.12-slim\nEXPOSE 8000\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn valid(w: &str) -> bool {
    let (ports, proto) = match w.split_once('/') {
        Some((p, pr)) => (p, Some(pr)),
        None => (w, None),
    };
    if let Some(pr) = proto {
        if !matches!(pr.to_ascii_lowercase().as_str(), "tcp" | "udp" | "sctp") {
            return false;
        }
    }
    let num = |s: &str| {
        !s.is_empty()
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| n <= 65535)
    };
    match ports.split_once('-') {
        Some((a, b)) => num(a) && num(b) && a.parse::<u32>().ok() <= b.parse::<u32>().ok(),
        None => num(ports),
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    for w in cx.words(Keyword::Expose) {
        let v = &w.value;
        // A variable this file does not declare may come from the base image: its value is
        // not known here (a declared one with a bad value is reported).
        let raw = cx.src.get(w.span.start..w.span.end).unwrap_or("");
        let unknown = raw.contains('$') && (v.is_empty() || v.starts_with('/'));
        if v.contains(':') || v.contains('$') || unknown || valid(v) {
            continue;
        }
        out.report(
            w.span,
            text!(
                "\"{v}\" is not a port: EXPOSE takes numbers from 0 to 65535, optionally with /tcp, /udp or /sctp",
                "\"{v}\" 不是端口：EXPOSE 只接受 0 到 65535 的数字，可带 /tcp、/udp 或 /sctp"
            ),
            Some(text!("write the port the app listens on, e.g. EXPOSE 8000", "写上应用监听的端口，例如 EXPOSE 8000")),
        );
    }
}
