//! DP1011: a base image whose software no longer gets security updates.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1011",
        name: "end-of-life-base-image",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "The base image is past its end of life and gets no more security fixes",
            zh: "基础镜像已经停止维护，不再有安全更新",
        }),
        why: doc(Text {
            en: "Once a release reaches end of life, new vulnerabilities stay unfixed and the image's package mirrors often disappear, so builds start failing too.",
            zh: "版本停止维护后，新发现的漏洞不再修复，软件源也常常被下线，构建也会开始失败。",
        }),
        fix: doc(Text { en: "Move to a supported release (see the hint for the version).", zh: "升级到仍在维护的版本（提示中给出了建议版本）。" }),
        differs: doc_opt(Some(Text {
            en: "Uses a table dated 2026-11-22: python ≤ 3.10, node < 22 and odd releases, golang ≤ 1.25, ubuntu ≤ 20.04, debian ≤ 11 (also as a python/node tag suffix like -buster), alpine ≤ 3.21, php ≤ 8.1, ruby ≤ 3.2, mysql ≤ 8.0, postgres ≤ 14, centos.",
            zh: "依据 2026-11-22 的版本表：python ≤ 3.10、node < 22 及奇数版本、golang ≤ 1.25、ubuntu ≤ 20.04、debian ≤ 11（包括 -buster 这类 python/node 标签后缀）、alpine ≤ 3.21、php ≤ 8.1、ruby ≤ 3.2、mysql ≤ 8.0、postgres ≤ 14、centos。",
        })),
        bad: doc_str("FROM python:3.8-slim\n"),
        good: doc_str("FROM python:3.13-slim\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn version(tag: &str) -> Option<Vec<u32>> {
    let head = tag.split('-').next().unwrap_or("");
    let parts: Vec<u32> = head.split('.').map_while(|p| p.parse().ok()).collect();
    if parts.is_empty() {
        None
    } else {
        Some(parts)
    }
}

/// `(what, when it ended, what to use)`.
type EndOfLife = (String, &'static str, &'static str);

/// A tag's version numbers.
struct Ver {
    /// Whether the tag has a version at all.
    known: bool,
    major: u32,
    minor: u32,
    /// A major-only tag (`python:3`, `alpine:3`) follows that line's newest release.
    has_minor: bool,
}

/// `(what, when it ended, what to use)` when the image is past its end of life.
pub(crate) fn end_of_life(image: &str) -> Option<EndOfLife> {
    let (name, tag) = super::image_name_tag(image);
    let v = version(&tag);
    let ver = Ver {
        known: v.is_some(),
        major: v.as_ref().map_or(0, |p| p[0]),
        minor: v.as_ref().and_then(|p| p.get(1).copied()).unwrap_or(0),
        has_minor: v.as_ref().is_some_and(|p| p.len() > 1),
    };
    if let Some(r) = release_end_of_life(&name, &tag, &ver) {
        return Some(r);
    }
    // Language images on an old Debian release: python:3.12-slim-bullseye.
    if matches!(
        name.as_str(),
        "python" | "node" | "ruby" | "golang" | "php" | "openjdk"
    ) {
        if let Some((c, when)) = debian_codename(&tag) {
            return Some((
                format!("Debian {c} (the \"-{c}\" variant)"),
                when,
                "the -bookworm variant",
            ));
        }
    }
    None
}

/// An old Debian release named in a tag, with the day its support ended.
fn debian_codename(tag: &str) -> Option<(&'static str, &'static str)> {
    [
        ("jessie", "2020-06-30"),
        ("stretch", "2022-06-30"),
        ("buster", "2024-06-30"),
        ("bullseye", "2026-08-31"),
    ]
    .into_iter()
    .find(|(c, _)| tag.split('-').any(|x| x == *c))
}

/// The end of life of the release an image's version names.
fn release_end_of_life(name: &str, tag: &str, v: &Ver) -> Option<EndOfLife> {
    let (major, minor, has_minor) = (v.major, v.minor, v.has_minor);
    match name {
        "python" | "pypy" if has_minor && major == 3 && minor <= 10 || major == 2 => Some((
            format!("Python {major}.{minor}"),
            python_end(major, minor),
            "python:3.13",
        )),
        // An odd release, or one older than 22.
        "node" if v.known && (major < 22 || major % 2 == 1) => {
            Some((format!("Node.js {major}"), node_end(major), "node:24"))
        }
        "golang" if has_minor && major == 1 && minor <= 25 => {
            Some((format!("Go 1.{minor}"), "2026-08", "golang:1.27"))
        }
        "ubuntu" if has_minor && (major < 20 || (major == 20 && minor == 4)) => Some((
            format!("Ubuntu {major}.{minor:02}"),
            ubuntu_end(major),
            "ubuntu:24.04",
        )),
        "ubuntu" if matches!(tag, "trusty" | "xenial" | "bionic" | "focal") => {
            Some((format!("Ubuntu {tag}"), "2025-05-31", "ubuntu:24.04"))
        }
        "debian" if v.known && major <= 11 => Some((
            format!("Debian {major}"),
            if major == 11 {
                "2026-08-31"
            } else {
                "2024-06-30"
            },
            "debian:12",
        )),
        "debian" => {
            debian_codename(tag).map(|(c, when)| (format!("Debian {c}"), when, "debian:12"))
        }
        "alpine" if has_minor && major == 3 && minor <= 21 => Some((
            format!("Alpine {major}.{minor}"),
            if minor == 21 {
                "2026-11-01"
            } else {
                "2026-04-01"
            },
            "alpine:3.22",
        )),
        "php" if v.known && (major < 8 || (has_minor && major == 8 && minor <= 1)) => {
            Some((format!("PHP {major}.{minor}"), "2025-12-31", "php:8.4"))
        }
        "ruby" if v.known && (major < 3 || (has_minor && major == 3 && minor <= 2)) => {
            Some((format!("Ruby {major}.{minor}"), "2026-03-31", "ruby:3.4"))
        }
        "mysql" if v.known && (major < 8 || (has_minor && major == 8 && minor == 0)) => {
            Some((format!("MySQL {major}.{minor}"), "2026-04-30", "mysql:8.4"))
        }
        "postgres" if v.known && major <= 14 => {
            Some((format!("PostgreSQL {major}"), "2026-11-12", "postgres:17"))
        }
        "centos" => Some((
            "CentOS".to_string(),
            "2024-06-30",
            "rockylinux:9 or almalinux:9",
        )),
        _ => None,
    }
}

/// When a Python release line ended.
fn python_end(major: u32, minor: u32) -> &'static str {
    match (major, minor) {
        (2, _) => "2020-01-01",
        (3, 10) => "2026-10-31",
        (3, 9) => "2025-10-31",
        (3, 8) => "2024-10-07",
        (3, 7) => "2023-06-27",
        (3, 6) => "2021-12-23",
        _ => "2020-09-13",
    }
}

/// When a Node.js release line ended.
fn node_end(major: u32) -> &'static str {
    match major {
        21 => "2024-06-01",
        20 => "2026-04-30",
        19 => "2023-06-01",
        18 => "2025-04-30",
        16 => "2023-09-11",
        14 => "2023-04-30",
        23 => "2025-06-01",
        25 => "2026-06-01",
        _ => "2022-04-30",
    }
}

/// When an Ubuntu LTS release's standard support ended.
fn ubuntu_end(major: u32) -> &'static str {
    match major {
        20 => "2025-05-31",
        18 => "2023-05-31",
        16 => "2021-04-30",
        _ => "2019-04-30",
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::From(FromCommand {
            image, expanded, ..
        }) = &ins.kind
        else {
            continue;
        };
        if ins
            .stage
            .is_some_and(|s| cx.model.stages[s].base_stage.is_some())
        {
            continue;
        }
        if let Some((what, when, instead)) = end_of_life(expanded) {
            out.report(
                image.span,
                text!(
                    "\"{expanded}\" is based on {what}, which reached end of life on {when}",
                    "\"{expanded}\" 基于 {what}，它已于 {when} 停止维护"
                ),
                Some(text!(
                    "use a supported release, e.g. {instead}",
                    "请改用仍在维护的版本，例如 {instead}"
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::end_of_life;

    #[test]
    fn major_only_tags_follow_the_newest_release() {
        for floating in [
            "alpine:3", "python:3", "golang:1", "mysql:8", "ruby:3", "php:8",
        ] {
            assert_eq!(end_of_life(floating), None, "{floating}");
        }
        for old in [
            "alpine:3.18",
            "python:3.6",
            "python:2",
            "node:16",
            "ubuntu:16.04",
            "php:7",
        ] {
            assert!(end_of_life(old).is_some(), "{old}");
        }
    }
}
