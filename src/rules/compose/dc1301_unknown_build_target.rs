//! DC1301 `unknown-build-target`: `build.target` names no stage of the Dockerfile.

use super::{image, ComposeCtx};
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1301",
        name: "unknown-build-target",
        severity: Severity::Error,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "build.target names no stage of the Dockerfile",
            zh: "build.target 指定的阶段在 Dockerfile 中不存在",
        }),
        why: doc(Text {
            en: "target picks the stage of a multi-stage build to stop at, by its FROM … AS name. A name the Dockerfile does not define fails the build with \"target stage could not be found\".",
            zh: "target 用 FROM … AS 起的阶段名，指定多阶段构建到哪个阶段为止。Dockerfile 中没有定义的名字会让构建失败，报错“target stage could not be found”（找不到目标阶段）。",
        }),
        fix: doc(Text {
            en: "Use one of the stage names the Dockerfile defines, or remove target to build the last stage.",
            zh: "改成 Dockerfile 中定义过的阶段名，或者删掉 target，构建最后一个阶段。",
        }),
        bad: doc_str("services:\n  web:\n    build:\n      context: .\n      target: production\n      dockerfile_inline: |\n        FROM python:3.12-slim AS base\n        FROM base AS prod\n        CMD [\"python\", \"app.py\"]\n"),
        good: doc_str("services:\n  web:\n    build:\n      context: .\n      target: prod\n      dockerfile_inline: |\n        FROM python:3.12-slim AS base\n        FROM base AS prod\n        CMD [\"python\", \"app.py\"]\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for b in cx.builds {
        let (Some(target), Some(m)) = (b.spec.target.as_deref(), image::model(cx, b)) else {
            continue;
        };
        if image::target_stage(m, Some(target)).is_some() {
            continue;
        }
        let Some(s) = cx.service_of(b) else {
            continue;
        };
        let at = s
            .body
            .get("build")
            .and_then(|x| x.get("target"))
            .map_or(s.body.span, |n: &Node| n.span);
        let names: Vec<&str> = m.stages.iter().filter_map(|s| s.name.as_deref()).collect();
        let (service, path) = (&b.service, &b.path);
        let (en, zh) = if names.is_empty() {
            (
                "it names no stage".to_string(),
                "它的阶段都没有名字".to_string(),
            )
        } else {
            (
                format!("its stages: {}", names.join(", ")),
                format!("它的阶段：{}", names.join("、")),
            )
        };
        out.report_at(
            s.loc(at),
            Text::new(
                format!("service \"{service}\" builds target \"{target}\", which {path} does not define ({en})"),
                format!("服务 \"{service}\" 要构建的阶段 \"{target}\" 在 {path} 中不存在（{zh}）"),
            ),
            Some(crate::text!(
                "name a stage defined with FROM … AS",
                "改成用 FROM … AS 定义过的阶段名"
            )),
        );
    }
}
