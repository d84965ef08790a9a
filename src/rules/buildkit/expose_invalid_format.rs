//! ExposeInvalidFormat: an address or a host port in EXPOSE.

use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "ExposeInvalidFormat",
        name: "expose-invalid-format",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "EXPOSE takes container ports only, not addresses or host:container mappings",
            zh: "EXPOSE 只接受容器端口，不能写 IP 地址或“宿主机端口:容器端口”",
        }),
        why: doc(Text {
            en: "EXPOSE only documents which ports the container listens on; publishing to the host happens at run time (docker run -p, compose ports). BuildKit will reject this form.",
            zh: "EXPOSE 只是说明容器监听哪些端口；映射到宿主机是在运行时完成的（docker run -p 或 compose 的 ports）。BuildKit 今后会拒绝这种写法。",
        }),
        fix: doc(Text {
            en: "Write only the container port (EXPOSE 80) and publish it when running: docker run -p 8080:80.",
            zh: "只写容器端口（EXPOSE 80），运行时再发布：docker run -p 8080:80。",
        }),
        bad: doc_str("FROM nginx:1.27\nEXPOSE 8080:80\n"),
        good: doc_str("FROM nginx:1.27\nEXPOSE 80\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for w in cx.words(Keyword::Expose).filter(|w| w.value.contains(':')) {
        let v = &w.value;
        let port = v.rsplit(':').next().unwrap_or("");
        out.report(
            w.span,
            text!(
                "EXPOSE instruction should not define an IP address or host-port mapping, found '{v}'",
                "EXPOSE 不应包含 IP 地址或宿主机端口映射，这里写的是 '{v}'"
            ),
            Some(text!(
                "write EXPOSE {port} and publish with docker run -p or compose ports",
                "写成 EXPOSE {port}，运行时用 docker run -p 或 compose 的 ports 发布"
            )),
        );
    }
}
