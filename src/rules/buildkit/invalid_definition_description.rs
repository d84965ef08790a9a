//! InvalidDefinitionDescription (experimental in BuildKit): the comment above a stage or an ARG
//! should start with its name.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::prelude::*;
use crate::rules::suppress::file_check_options;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "InvalidDefinitionDescription",
        name: "invalid-definition-description",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "The comment above a stage or an ARG should read \"# <name> <description>\"",
            zh: "阶段或 ARG 上方的注释应写成 \"# <名字> <说明>\"",
        }),
        why: doc(Text {
            en: "Tools such as docker buildx build --call=outline show these comments as descriptions; they only do so when the comment starts with the name.",
            zh: "docker buildx build --call=outline 等工具会把这些注释当作说明显示，但只认以名字开头的注释。",
        }),
        fix: doc(Text { en: "Start the comment with the stage or ARG name.", zh: "让注释以阶段名或 ARG 名开头。" }),
        differs: doc_opt(Some(Text {
            en: "Experimental, as in BuildKit: it runs only when enabled with # check=experimental=InvalidDefinitionDescription.",
            zh: "与 BuildKit 一样是实验性检查：只有用 # check=experimental=InvalidDefinitionDescription 开启后才运行。",
        })),
        bad: doc_str("# check=experimental=InvalidDefinitionDescription\n# the version to install\nARG VERSION=1.0\nFROM alpine\n"),
        good: doc_str("# check=experimental=InvalidDefinitionDescription\n# VERSION the version to install\nARG VERSION=1.0\nFROM alpine\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    if !file_check_options(cx.model, cx.build_args).experimental_on("InvalidDefinitionDescription")
    {
        return;
    }
    for (ins, node) in cx.instructions() {
        let Some(comment) = node.comments.last() else {
            continue;
        };
        if comment.starts_with("check=")
            || comment.starts_with("syntax=")
            || comment.starts_with("escape=")
        {
            continue;
        }
        let first = comment.split_whitespace().next().unwrap_or("");
        let (names, kind, shown): (Vec<&str>, &str, String) = match &ins.kind {
            Instr::From(FromCommand { alias: Some(a), .. }) => {
                (vec![a.value.as_str()], "FROM", a.value.clone())
            }
            Instr::Arg(defs) if !defs.is_empty() => {
                let names: Vec<&str> = defs.iter().map(|d| d.name.value.as_str()).collect();
                let shown = if names.len() == 1 {
                    names[0].to_string()
                } else {
                    "<arg_key>".to_string()
                };
                (names, "ARG", shown)
            }
            _ => continue,
        };
        if !names.contains(&first) {
            out.report(
                node.keyword.span,
                text!(
                    "comment for {kind} should follow the format: `# {shown} <description>`",
                    "{kind} 上方的注释应写成：`# {shown} <说明>`"
                ),
                None,
            );
        }
    }
}
