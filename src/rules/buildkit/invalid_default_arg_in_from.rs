//! InvalidDefaultArgInFrom: FROM is only valid when a build argument is passed.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::dockerfile::shell_word::Lex;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "InvalidDefaultArgInFrom",
        name: "invalid-default-arg-in-from",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "With the ARG defaults, FROM names an empty or invalid image",
            zh: "按 ARG 的默认值，FROM 得到的镜像名为空或无效",
        }),
        why: doc(Text {
            en: "A plain docker build without --build-arg fails; the build should work with its defaults.",
            zh: "不带 --build-arg 直接 docker build 就会失败；构建应当用默认值也能成功。",
        }),
        fix: doc(Text { en: "Give the ARG a default that makes a valid image name.", zh: "给 ARG 设置一个能组成有效镜像名的默认值。" }),
        bad: doc_str("ARG VERSION\nFROM python:$VERSION\n"),
        good: doc_str("ARG VERSION=3.12\nFROM python:$VERSION\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether `r` is a valid image reference (`[domain/]name[:tag][@digest]`).
pub(crate) fn valid_reference(r: &str) -> bool {
    if r.is_empty() {
        return false;
    }
    let (name_tag, digest) = match r.split_once('@') {
        Some((a, d)) => (a, Some(d)),
        None => (r, None),
    };
    if let Some(d) = digest {
        let Some((alg, hex)) = d.split_once(':') else {
            return false;
        };
        if alg.is_empty() || hex.len() < 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return false;
        }
    }
    let (name, tag) = match name_tag.rfind(':') {
        Some(i) if !name_tag[i..].contains('/') => (&name_tag[..i], Some(&name_tag[i + 1..])),
        _ => (name_tag, None),
    };
    if let Some(t) = tag {
        let ok = !t.is_empty()
            && t.len() <= 128
            && t.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
        if !ok {
            return false;
        }
    }
    let comps: Vec<&str> = name.split('/').collect();
    comps.iter().enumerate().all(|(i, c)| {
        if c.is_empty() {
            return false;
        }
        let domain =
            i == 0 && comps.len() > 1 && (c.contains('.') || c.contains(':') || *c == "localhost");
        if domain {
            c.chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ".-:".contains(ch))
        } else {
            c.starts_with(|ch: char| ch.is_ascii_lowercase() || ch.is_ascii_digit())
                && c.ends_with(|ch: char| ch.is_ascii_lowercase() || ch.is_ascii_digit())
                && c.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || "._-".contains(ch))
        }
    })
}

fn check(cx: &Ctx, out: &mut Out) {
    // Meta ARG defaults as written (build arguments deliberately ignored).
    let mut defaults: Vec<(String, String)> = crate::dockerfile::model::PLATFORM_ARGS
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let lex = Lex::new(cx.model.parsed.escape);
    for (ins, _) in cx.instructions() {
        match &ins.kind {
            Instr::Arg(defs) if ins.stage.is_none() => {
                for d in defs {
                    if let Some(def) = &d.default {
                        let v = lex
                            .process_word(def, &defaults)
                            .map(|p| p.result)
                            .unwrap_or_default();
                        defaults.push((d.name.value.clone(), v));
                    }
                }
            }
            Instr::From(FromCommand { image, .. }) if image.value.contains('$') => {
                let Ok(p) = lex.process_word(&image.value, &defaults) else {
                    continue;
                };
                if !valid_reference(&p.result) {
                    let raw = &image.value;
                    let got = &p.result;
                    out.report(
                        image.span,
                        text!(
                            "default value for ARG {raw} results in empty or invalid base image name \"{got}\"",
                            "按 ARG 的默认值，{raw} 得到的基础镜像名 \"{got}\" 为空或无效"
                        ),
                        Some(text!(
                            "give the ARG a default, e.g. ARG NAME=value before the first FROM",
                            "请在第一个 FROM 之前为 ARG 设置默认值，例如 ARG 名字=值"
                        )),
                    );
                }
            }
            _ => {}
        }
    }
}
