//! DC1011 `image-without-explicit-tag`: an image without a tag, or with a moving tag such as
//! `latest`.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1011",
        name: "image-without-explicit-tag",
        severity: Severity::Warning,
        origin: Origin::Dclint,
        aliases: &["service-image-require-explicit-tag", "require-explicit-image-tag"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "An image has no tag, or a moving tag such as latest",
            zh: "镜像没有标签，或者用了 latest 这样会变的标签",
        }),
        why: doc(Text {
            en: "Without a tag Docker uses latest, which points at whatever was pushed last: the same file starts a different database version next month, and a teammate's machine may run another one than yours. A version tag (or a digest) makes every start use the same image.",
            zh: "不写标签时 Docker 使用 latest，它指向最近一次推送的镜像：同一个文件下个月启动的可能就是另一个数据库版本，同事机器上运行的也可能和你的不同。写明版本标签（或摘要）能保证每次启动用的都是同一个镜像。",
        }),
        fix: doc(Text {
            en: "Name a version: postgres:16.4 rather than postgres or postgres:latest.",
            zh: "写明版本：用 postgres:16.4，而不是 postgres 或 postgres:latest。",
        }),
        differs: doc_opt(Some(Text {
            en: "dclint's option prohibitedTags is honoured (default: latest, stable, edge, test, nightly, dev, beta, canary, lts). An image written with a variable is not judged. dclint also reports an image written as a ${VARIABLE}. dclint reports some findings a line early (a flow collection such as ports: [\"80\"], or a comment between a key and its list) and does not see keys merged in with <<; dockplay points at the token itself.",
            zh: "支持 dclint 的选项 prohibitedTags（默认：latest、stable、edge、test、nightly、dev、beta、canary、lts）。用变量写的镜像不做判断。dclint 还会报告写成 ${变量} 的镜像。dclint 有时把报告位置提前一行（例如 ports: [\"80\"] 这样的流式集合，或者键与列表之间有注释时），也看不到用 << 合并进来的键；dockplay 指向具体的那个标记。",
        })),
        bad: doc_str("services:\n  db:\n    image: postgres\n"),
        good: doc_str("services:\n  db:\n    image: postgres:16.4\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

const MOVING: &[&str] = &[
    "latest", "stable", "edge", "test", "nightly", "dev", "beta", "canary", "lts",
];

/// The tag of an image reference (`None` without one); a digest counts as pinned.
pub(crate) fn tag_of(image: &str) -> Result<Option<&str>, ()> {
    if image.contains('@') {
        return Err(());
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    Ok(last.split_once(':').map(|(_, t)| t))
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    let custom: Option<Vec<String>> = cx
        .options(&RULE.code)
        .and_then(|o| o.get("prohibitedTags"))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        });
    let prohibited = |t: &str| match &custom {
        Some(list) => list.iter().any(|x| x == t),
        None => MOVING.contains(&t),
    };
    for s in cx.services() {
        let Some(node) = s.body.get("image") else {
            continue;
        };
        let Some(image) = node.as_str() else { continue };
        if image.is_empty() || cx.raw(s.file, node).contains('$') {
            continue;
        }
        let message = match tag_of(image) {
            Err(()) => continue,
            Ok(None) => crate::text!(
                "image \"{image}\" has no tag: Docker uses latest, whatever was pushed last",
                "镜像 \"{image}\" 没有标签：Docker 会使用 latest，也就是最近一次推送的版本"
            ),
            Ok(Some(tag)) if prohibited(tag) => crate::text!(
                "image \"{image}\" uses the moving tag {tag}: it changes whenever a new version is pushed",
                "镜像 \"{image}\" 用了会变的标签 {tag}：每次推送新版本，它指向的镜像都会变"
            ),
            Ok(Some(_)) => continue,
        };
        let at = crate::yaml::inner_span(cx.text(s.file), node).unwrap_or(node.span);
        out.report_at(
            s.loc(at),
            message,
            Some(crate::text!("name a version tag", "写明版本标签")),
        );
    }
}
