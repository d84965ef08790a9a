//! DL3023 `copy-from-itself`: COPY --from cannot name its own stage.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3023",
        name: "copy-from-itself",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "COPY --from cannot name its own stage", zh: "COPY --from 不能引用自身所在的阶段" }),
        why: doc(Text { en: "A stage cannot read from itself while it is being built; BuildKit fails with a circular dependency.", zh: "阶段在构建过程中不能从自身读取；BuildKit 会报循环依赖错误。" }),
        fix: doc(Text { en: "Copy from an earlier stage.", zh: "从前面的阶段复制。" }),
        differs: doc_opt(Some(Text { en: "Stage names are compared as BuildKit does (case-insensitively, quotes removed, and --from=N by index); ONBUILD COPY --from is not judged, since it names a stage of the build that uses the image.", zh: "阶段名的比较方式与 BuildKit 一致（不区分大小写、去掉引号、--from=N 按序号）；ONBUILD 中的 COPY --from 不作判断，因为它指向的是使用该镜像的那次构建中的阶段。" })),
        bad: doc_str("FROM alpine:3.22 AS app\nCOPY --from=app /etc/hosts /tmp/\n"),
        good: doc_str("FROM alpine:3.22 AS base\nFROM alpine:3.22 AS app\nCOPY --from=base /etc/hosts /tmp/\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let (
            Instr::Copy(CopyCommand { from: Some(f), .. })
            | Instr::Add(CopyCommand { from: Some(f), .. }),
            Some(s),
        ) = (&ins.kind, ins.stage)
        else {
            continue;
        };
        let st = &cx.model.stages[s];
        let v = f.value.to_lowercase();
        if st.name.as_deref() == Some(v.as_str()) || v == s.to_string() {
            let shown = &f.value;
            out.report(
                f.span,
                text!(
                    "stage \"{shown}\" copies from itself",
                    "阶段 \"{shown}\" 从自身复制"
                ),
                None,
            );
        }
    }
}
