//! DC1207 `plaintext-secret`: a password, token or key written in `environment`.

use super::{env_vars, ComposeCtx};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1207",
        name: "plaintext-secret",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A password or other secret is written in the compose file",
            zh: "compose 文件中直接写了密码或其他密钥",
        }),
        why: doc(Text {
            en: "A compose file is committed, shared and pasted: a password in it is known to everyone who sees the repository, and `docker inspect` shows every environment variable of the container. A ${VARIABLE} read from an .env file kept out of version control, or a secret (secrets:, mounted as a file, with the image's *_FILE variables), keeps it out of the file.",
            zh: "compose 文件会被提交、分享和粘贴：写在里面的密码，所有能看到仓库的人都知道；`docker inspect` 也会显示容器的全部环境变量。改用 ${变量}，并在未纳入版本控制的 .env 文件中设置它的值；或者使用密钥（secrets:，以文件形式挂载，配合镜像支持的 *_FILE 变量）。这样密码就不会写进 compose 文件。",
        }),
        fix: doc(Text {
            en: "Write ${MYSQL_PASSWORD} and set it in .env (not committed), or use secrets: with MYSQL_PASSWORD_FILE.",
            zh: "写成 ${MYSQL_PASSWORD}，在 .env（不提交）中设置它；或者使用 secrets: 并配合 MYSQL_PASSWORD_FILE。",
        }),
        bad: doc_str("services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: s3cret-Passw0rd\n"),
        good: doc_str("services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// Whether a variable's name says it holds a secret.
fn secret_name(name: &str) -> bool {
    let u = name.to_ascii_uppercase();
    if u.ends_with("_FILE") || u.ends_with("_PATH") || u.ends_with("_URL") && !u.contains("PASS") {
        return false;
    }
    [
        "PASSWORD",
        "PASSWD",
        "PASS",
        "SECRET",
        "TOKEN",
        "API_KEY",
        "APIKEY",
        "PRIVATE_KEY",
        "ACCESS_KEY",
        "CREDENTIAL",
    ]
    .iter()
    .any(|w| {
        u == *w
            || u.ends_with(&format!("_{w}"))
            || u.starts_with(&format!("{w}_"))
            || u.contains(&format!("_{w}_"))
    })
}

/// The password of a `scheme://user:password@host` URL.
fn url_password(value: &str) -> Option<(usize, &str)> {
    let i = value.find("://")? + 3;
    let authority = value[i..].split(['/', '?', '#']).next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    let (user, pw) = userinfo.split_once(':')?;
    (!pw.is_empty()).then_some((i + user.len() + 1, pw))
}

/// Values that are no secret: empty, placeholders such as `<password>` or `****`, booleans. A
/// weak password (`password`, `root1234`) is still a password.
fn placeholder(v: &str) -> bool {
    let l = v.to_ascii_lowercase();
    v.len() < 3
        || matches!(
            l.as_str(),
            "true" | "false" | "yes" | "no" | "none" | "null"
        )
        || v.starts_with('<') && v.ends_with('>')
        || v.chars().all(|c| c == '*' || c == 'x' || c == 'X')
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let text = cx.text(s.file);
        for var in env_vars(text, s.body) {
            let raw = text.get(var.span.start..var.span.end).unwrap_or("");
            if raw.contains('$') {
                continue;
            }
            let found = if secret_name(&var.name) && !placeholder(&var.value) {
                Some((0, var.value.len()))
            } else {
                url_password(&var.value)
                    .filter(|(_, pw)| !placeholder(pw))
                    .map(|(at, pw)| (at, pw.len()))
            };
            let Some((at, len)) = found else { continue };
            let (name, service) = (&var.name, s.name);
            out.report_at(
                s.loc(var.at(at, len)),
                crate::text!(
                    "{name} of service \"{service}\" holds a secret written in the file",
                    "服务 \"{service}\" 的 {name} 含有直接写在文件里的密钥"
                ),
                Some(crate::text!(
                    "write ${{{name}}} and set it in an .env file kept out of version control, or use secrets:",
                    "写成 ${{{name}}}，并在不纳入版本控制的 .env 文件中设置它的值；或者使用 secrets:"
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_urls() {
        assert!(
            secret_name("MYSQL_ROOT_PASSWORD")
                && secret_name("API_TOKEN")
                && secret_name("SECRET_KEY")
        );
        assert!(
            !secret_name("MYSQL_PASSWORD_FILE")
                && !secret_name("PASSENGER")
                && !secret_name("TOKEN_URL")
        );
        assert_eq!(
            url_password("postgres://app:hunter22@db/app"),
            Some((15, "hunter22"))
        );
        assert_eq!(url_password("redis://redis:6379"), None);
    }
}
