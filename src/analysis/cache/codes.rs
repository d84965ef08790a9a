//! Codes the layer cache simulator reports about its input, with their docs.

use crate::diagnostic::{doc, Code, ReportedBy, Severity};
use crate::i18n::Text;

/// An unknown `--target` or `--no-cache-filter` stage.
pub static UNKNOWN_STAGE: Code = Code {
    id: "DP0010",
    name: "unknown-stage",
    severity: Severity::Error,
    reported_by: ReportedBy::Cache,
    summary: doc(Text {
        en: "--target or --no-cache-filter names a stage the Dockerfile does not have",
        zh: "--target 或 --no-cache-filter 指定了 Dockerfile 中不存在的阶段",
    }),
    why: doc(Text {
        en: "docker build --target fails when no stage has that name (stage names are matched without regard to case); a --no-cache-filter for a missing stage does nothing.",
        zh: "没有同名阶段时 docker build --target 会失败（阶段名不区分大小写）；--no-cache-filter 指定不存在的阶段则不起任何作用。",
    }),
    fix: doc(Text {
        en: "Use a name from FROM … AS <name>, or a stage's index.",
        zh: "使用 FROM … AS <阶段名> 中的名字，或阶段的序号。",
    }),
    ..Code::BASE
};

/// `FROM <name>` naming this stage or a later one (BuildKit then pulls an image of that name).
pub static STAGE_NOT_ABOVE: Code = Code {
    id: "DP0011",
    name: "stage-not-defined-above",
    severity: Severity::Warning,
    reported_by: ReportedBy::Cache,
    summary: doc(Text {
        en: "FROM names a stage that is defined only later (or is this stage)",
        zh: "FROM 引用的阶段要到后面才定义（或就是本阶段）",
    }),
    why: doc(Text {
        en: "A stage can build only on a stage defined above it. FROM app, with the app stage defined later, makes BuildKit pull an image called app from a registry instead.",
        zh: "一个阶段只能基于在它之前定义的阶段。如果 app 阶段定义在后面，FROM app 会让 BuildKit 去镜像仓库拉取名为 app 的镜像。",
    }),
    fix: doc(Text {
        en: "Move the stage it builds on above it, or name the image you mean.",
        zh: "把作为基础的阶段移到它前面，或写明真正想用的镜像。",
    }),
    ..Code::BASE
};
