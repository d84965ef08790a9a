//! DP1002: CMD or ENTRYPOINT starts a service in the background, so the container exits.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{Command, Instr};
use crate::dockerfile::run_script::analyze_run;
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;
use crate::text::Span;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1002",
        name: "daemon-in-cmd",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "The main process starts a background service and returns, so the container stops at once",
            zh: "主进程只是把服务放到后台启动后就返回了，容器会立刻退出",
        }),
        why: doc(Text {
            en: "A container lives exactly as long as its main process (PID 1). service, systemctl, nohup … & and daemonizing programs hand the work to the background and return; PID 1 ends and the container exits. systemctl does not even work: there is no systemd in a container.",
            zh: "容器的生命周期与主进程（PID 1）相同。service、systemctl、nohup … & 以及会自行转入后台的程序都会把工作交给后台然后返回；主进程结束，容器随之退出。systemctl 在容器里甚至无法使用：容器中没有 systemd。",
        }),
        fix: doc(Text {
            en: "Run the program in the foreground: CMD [\"nginx\", \"-g\", \"daemon off;\"]. For several programs, use one container per service (docker compose) or a process manager.",
            zh: "让程序在前台运行：CMD [\"nginx\", \"-g\", \"daemon off;\"]。需要运行多个程序时，每个服务一个容器（用 docker compose），或使用进程管理器。",
        }),
        bad: doc_str("FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y nginx\nCMD service nginx start\n"),
        good: doc_str("FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y nginx\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Why a command (name + args) leaves PID 1 with nothing to wait for, in both languages.
fn background(name: &str, args: &[String]) -> Option<(String, String)> {
    let base = name.rsplit('/').next().unwrap_or(name);
    let has = |s: &str| args.iter().any(|a| a == s);
    match base {
        "service" if args.iter().any(|a| matches!(a.as_str(), "start" | "restart")) => Some((
            format!("\"service {}\" starts a background daemon and returns", args.join(" ")),
            format!("\"service {}\" 会在后台启动守护进程后立即返回", args.join(" ")),
        )),
        "systemctl" => Some((
            "systemctl needs systemd, which does not run in a container".into(),
            "systemctl 依赖 systemd，而容器中没有运行 systemd".into(),
        )),
        "nohup" => Some((
            "nohup is for leaving a program running after you log out; in a container it only hides the real process".into(),
            "nohup 用于退出登录后保持程序运行；在容器中它只会把真正的进程藏到后台".into(),
        )),
        _ if name.starts_with("/etc/init.d/") && args.iter().any(|a| a == "start") => Some((
            format!("\"{name} start\" starts a background daemon and returns"),
            format!("\"{name} start\" 会在后台启动守护进程后立即返回"),
        )),
        "nginx" if !args.iter().any(|a| a.contains("daemon off")) => Some((
            "nginx puts itself in the background unless told \"daemon off;\"".into(),
            "nginx 默认会转入后台运行，除非设置 \"daemon off;\"".into(),
        )),
        "redis-server" | "memcached" | "mongod" | "php-fpm" if has("--daemonize") || has("-d") || has("--fork") || has("-D") => Some((
            format!("{base} is told to daemonize"),
            format!("{base} 被设置为以守护进程方式运行"),
        )),
        _ => None,
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if !matches!(ins.keyword(), Some(Keyword::Cmd | Keyword::Entrypoint)) {
            continue;
        }
        let (Instr::Cmd(cmd) | Instr::Entrypoint(cmd) | Instr::Shell(cmd)) = &ins.kind else {
            continue;
        };
        let mut found: Vec<(Span, (String, String))> = Vec::new();
        match cmd {
            Command::Exec(words) => {
                let vals: Vec<String> = words.iter().map(|w| w.value.clone()).collect();
                // ["sh", "-c", "service nginx start"]: look inside the shell string.
                if vals.len() >= 3
                    && matches!(vals[0].rsplit('/').next(), Some("sh" | "bash"))
                    && vals[1] == "-c"
                {
                    for part in vals[2]
                        .split(['&', ';', '|'])
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                    {
                        let ws: Vec<String> = part.split_whitespace().map(String::from).collect();
                        if let Some(r) = background(&ws[0], &ws[1..]) {
                            found.push((words[2].span, r));
                        }
                    }
                    if vals[2].trim_end().ends_with('&') && !vals[2].trim_end().ends_with("&&") {
                        found.push((
                            words[2].span,
                            (
                                "the command ends with \"&\", so it runs in the background".into(),
                                "命令以 \"&\" 结尾，会在后台运行".into(),
                            ),
                        ));
                    }
                } else if let Some(first) = vals.first() {
                    if let Some(r) = background(first, &vals[1..]) {
                        found.push((words[0].span, r));
                    }
                }
            }
            Command::Shell(s) => {
                if let Some(script) = analyze_run(cx.src, node) {
                    for c in &script.commands {
                        if let Some(r) = background(&c.name, &c.args) {
                            found.push((c.name_span, r));
                        }
                    }
                }
                let t = s.value.trim_end();
                if t.ends_with('&') && !t.ends_with("&&") {
                    found.push((
                        s.span,
                        (
                            "the command ends with \"&\", so it runs in the background".into(),
                            "命令以 \"&\" 结尾，会在后台运行".into(),
                        ),
                    ));
                }
            }
            Command::Empty => {}
        }
        let kw = ins.keyword_str();
        for (span, (en, zh)) in found.into_iter().take(1) {
            out.report(
                span,
                text!(
                    "{en}; when {kw} returns, the container stops",
                    "{zh}；{kw} 一返回，容器就会停止"
                ),
                Some(text!(
                    "run the program in the foreground as the main process, e.g. {kw} [\"nginx\", \"-g\", \"daemon off;\"]",
                    "让程序作为主进程在前台运行，例如 {kw} [\"nginx\", \"-g\", \"daemon off;\"]"
                )),
            );
        }
    }
}
