//! DL3066 `non-numeric-user`: Non-numeric user ID may not be resolvable by the host.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3066",
        name: "non-numeric-user",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Non-numeric user ID may not be resolvable by the host", zh: "非数字的用户 ID 在宿主机上可能无法解析" }),
        why: doc(Text { en: "Kubernetes runAsNonRoot and some runtimes need a numeric UID to prove the user is not root.", zh: "Kubernetes 的 runAsNonRoot 和一些运行时需要数字 UID 才能确认用户不是 root。" }),
        fix: doc(Text { en: "Use the numeric ID: USER 10001.", zh: "使用数字 ID：USER 10001。" }),
        differs: doc_opt(Some(Text { en: "A user given by a variable is only known at build time (perhaps from the base image), so it is not judged; ONBUILD USER triggers are checked.", zh: "用变量给出的用户要到构建时才确定（可能来自基础镜像），因此不作判断；ONBUILD 中的 USER 也会检查。" })),
        bad: doc_str("FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER app\n"),
        good: doc_str("FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::User(v) = &ins.kind else {
            continue;
        };
        let name = v.value.split(':').next().unwrap_or("");
        let raw = cx.src.get(v.span.start..v.span.end).unwrap_or("");
        if !name.is_empty() && !name.bytes().all(|b| b.is_ascii_digit()) && !raw.contains('$') {
            out.report(
                v.span,
                text!(
                    "user \"{name}\" is not numeric",
                    "用户 \"{name}\" 不是数字 ID"
                ),
                None,
            );
        }
    }
}
