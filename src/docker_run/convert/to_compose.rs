//! `docker run` lines → a compose file.

use super::yaml_out::Yaml;
use super::{Conversion, Notes, Status, CONVERT_VERSION};
use crate::docker_run::flags::Convert;
use crate::docker_run::{parse, Created, RunCommand, RunOption};
use crate::i18n::{Lang, Text};
use crate::text;
use crate::text::LineIndex;

/// Compose attributes that hold whole numbers.
const INTEGER_ATTRS: &[&str] = &[
    "oom_score_adj",
    "pids_limit",
    "cpu_shares",
    "cpu_quota",
    "cpu_period",
    "cpu_count",
    "cpu_percent",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "mem_swappiness",
    "blkio_config.weight",
    "healthcheck.retries",
];

/// What one run line's conversion shares with the others.
pub(super) struct Out<'a> {
    pub(super) root: Yaml,
    pub(super) notes: Notes,
    created: &'a Created,
    pub(super) line: usize,
    /// Container names and host ports taken so far, with their line.
    taken: Vec<(String, usize)>,
    /// The user-defined network of the command being converted.
    pub(super) network: Option<String>,
    /// `--name` of each line → its service key.
    pub(super) services: Vec<(String, String)>,
}

impl Out<'_> {
    /// Note when `what` (a container name or host port) was already taken by an earlier line.
    fn claim(&mut self, what: String, subject: &str, message: impl Fn(&str, usize) -> Text) {
        if let Some((_, line)) = self.taken.iter().find(|(w, _)| *w == what) {
            let t = message(&what, *line);
            self.notes.add(self.line, subject, Status::Differs, t);
        } else {
            self.taken.push((what, self.line));
        }
    }
}

/// Convert every `docker run` line of `text` into one compose file.
pub fn to_compose(text: &str, lang: Lang) -> Conversion {
    let parsed = parse(text);
    let idx = LineIndex::new(text);
    let mut out = Out {
        root: Yaml::map(),
        notes: Notes::new(lang),
        created: &parsed.created,
        line: 0,
        taken: Vec::new(),
        network: None,
        services: Vec::new(),
    };
    out.root.entry("services", Yaml::map());
    // Service keys first: --link and --volumes-from may name a container of a later line.
    let mut names: Vec<String> = Vec::new();
    for cmd in &parsed.commands {
        let name = service_name(cmd, &names);
        names.push(name);
    }
    out.services = parsed
        .commands
        .iter()
        .zip(&names)
        .filter_map(|(c, n)| c.value("name").map(|v| (v.to_string(), n.clone())))
        .collect();
    for (cmd, name) in parsed.commands.iter().zip(&names) {
        out.line = idx.position(text, cmd.span.start).line;
        if cmd.image.is_none() {
            out.notes.add(
                out.line,
                "IMAGE",
                Status::Dropped,
                Text::new(
                    "this line names no image, so it makes no service",
                    "这一行没有指定镜像，所以不会生成服务",
                ),
            );
            continue;
        }
        let svc = service(cmd, &mut out);
        out.root.path(&format!("services.{name}"), Yaml::map());
        *out.root.path(&format!("services.{name}"), Yaml::map()) = svc;
    }
    let mut diagnostics = parsed.diagnostics.clone();
    if parsed.commands.is_empty() {
        diagnostics.push(crate::diagnostic::Diagnostic::new(
            &crate::docker_run::codes::NO_RUN_LINE,
            crate::text::Span::empty(0),
            text!(
                "no docker run line to convert",
                "没有可以转换的 docker run 命令"
            ),
        ));
    }
    let output = if parsed.commands.iter().all(|c| c.image.is_none()) {
        String::new()
    } else {
        out.root.to_text()
    };
    Conversion {
        version: CONVERT_VERSION,
        lang,
        to: "compose",
        output,
        notes: out.notes.items,
        diagnostics: crate::report::resolve(text, &diagnostics, lang),
    }
}

/// The service key: `--name`, else the image's name without registry and tag, made unique.
fn service_name(cmd: &RunCommand, taken: &[String]) -> String {
    let base = cmd
        .value("name")
        .map(String::from)
        .or_else(|| {
            cmd.image.as_ref().map(|i| {
                let last = i.value.rsplit('/').next().unwrap_or(&i.value);
                last.split([':', '@']).next().unwrap_or(last).to_string()
            })
        })
        .unwrap_or_else(|| "app".into());
    let clean: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let clean = clean.trim_matches(['-', '.', '_']).to_string();
    let clean = if clean.is_empty() {
        "app".to_string()
    } else {
        clean
    };
    let mut name = clean.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{clean}-{n}");
        n += 1;
    }
    name
}

/// One run line's service.
fn service(cmd: &RunCommand, out: &mut Out) -> Yaml {
    let mut svc = Yaml::map();
    out.network = cmd
        .value("network")
        .filter(|n| {
            !matches!(*n, "host" | "none" | "bridge" | "default") && !n.starts_with("container:")
        })
        .map(String::from);
    if let Some(img) = &cmd.image {
        svc.entry("image", Yaml::Str(img.value.clone()));
    }
    for o in &cmd.options {
        option(o, &mut svc, out);
    }
    if !cmd.args.is_empty() {
        let args: Vec<Yaml> = cmd
            .args
            .iter()
            .map(|a| Yaml::Str(a.value.clone()))
            .collect();
        svc.entry("command", Yaml::Seq(args));
        let shown = cmd
            .args
            .iter()
            .map(|a| super::to_run::quote(&a.value))
            .collect::<Vec<_>>()
            .join(" ");
        out.notes.add(
            out.line,
            "COMMAND",
            Status::Mapped,
            text!(
            "the words after the image ({shown}) replace the image's CMD: command: does the same",
            "镜像名之后的内容（{shown}）会替换镜像的 CMD：command: 的作用相同"
        ),
        );
    }
    if cmd.subcommand == "create" {
        out.notes.add(out.line, "docker create", Status::Differs, Text::new(
            "docker create only creates the container; docker compose up also starts it (docker compose create only creates)",
            "docker create 只创建容器；docker compose up 还会启动它（docker compose create 才是只创建）",
        ));
    }
    svc
}

/// One option into the service (and the top level).
fn option(o: &RunOption, svc: &mut Yaml, out: &mut Out) {
    let Some(spec) = o.spec else {
        let f = &o.flag.value;
        out.notes.add(
            out.line,
            f,
            Status::Dropped,
            text!(
                "{f} is not a docker run flag, so it was left out",
                "{f} 不是 docker run 的选项，所以被略去了"
            ),
        );
        return;
    };
    let subject = format!("--{}", spec.long);
    let value = o.value.as_ref().map(|w| w.value.as_str()).unwrap_or("");
    if special(spec.long.as_str(), value, o, svc, out, &subject)
        || super::special::convert(spec.long.as_str(), value, svc, out, &subject)
    {
        return;
    }
    let note = spec.note.clone();
    match (spec.convert, spec.compose.as_deref()) {
        (Convert::Scalar, Some(path)) => {
            let v = if INTEGER_ATTRS.contains(&path) {
                value
                    .parse::<i64>()
                    .map(Yaml::Int)
                    .unwrap_or_else(|_| Yaml::Str(value.into()))
            } else {
                Yaml::Str(value.into())
            };
            *svc.path(path, Yaml::Str(String::new())) = v;
            mapped(out, &subject, path, note);
        }
        (Convert::Bool, Some(path)) => {
            *svc.path(path, Yaml::Bool(false)) = Yaml::Bool(o.on());
            mapped(out, &subject, path, note);
        }
        (Convert::List, Some(path)) => {
            svc.path(path, Yaml::Seq(Vec::new()))
                .push(Yaml::Str(value.into()));
            mapped(out, &subject, path, note);
        }
        (Convert::Map, Some(path)) => {
            let (k, v) = value.split_once('=').unwrap_or((value, ""));
            *svc.path(path, Yaml::map())
                .entry(k, Yaml::Str(String::new())) = Yaml::Str(v.into());
            mapped(out, &subject, path, note);
        }
        _ => {
            let why = note.unwrap_or_else(|| {
                Text::new(
                    "compose has no equivalent, so it was left out",
                    "compose 没有对应的写法，所以被略去了",
                )
            });
            out.notes.add(out.line, &subject, Status::Dropped, why);
        }
    }
}

/// Flags whose compose form behaves differently from the flag (the keyboard is not attached
/// under `docker compose up`; env files are read by another parser).
const DIFFERS: &[&str] = &["--interactive", "--tty", "--env-file"];

/// A note that `subject` became `path`, with the flag's own advice when it has some.
fn mapped(out: &mut Out, subject: &str, path: &str, note: Option<Text>) {
    let status = if DIFFERS.contains(&subject) {
        Status::Differs
    } else {
        Status::Mapped
    };
    let t = match note {
        Some(n) => Text::new(format!("→ {path}. {}", n.en), format!("→ {path}。{}", n.zh)),
        None => text!("→ {path}", "→ {path}"),
    };
    out.notes.add(out.line, subject, status, t);
}

/// The flags converted by their own rules; `false` for the others.
fn special(
    long: &str,
    value: &str,
    o: &RunOption,
    svc: &mut Yaml,
    out: &mut Out,
    subject: &str,
) -> bool {
    match long {
        "name" => {
            if let Some((_, line)) = out.taken.iter().find(|(w, _)| *w == format!("name {value}")) {
                let line = *line;
                out.notes.add(out.line, subject, Status::Differs, text!(
                    "line {line} already names its container {value}, and two containers cannot share a name, so container_name is left out here (the service gets its own key)",
                    "第 {line} 行已经把容器命名为 {value}，而两个容器不能同名，所以这里没有写 container_name（服务仍使用自己的键名）"
                ));
                return true;
            }
            out.taken.push((format!("name {value}"), out.line));
            svc.entry("container_name", Yaml::Str(value.into()));
            out.notes.add(out.line, subject, Status::Mapped, text!(
                "→ the service key and container_name: {value} (without container_name Compose would name it <project>-{value}-1)",
                "→ 服务名和 container_name: {value}（不写 container_name 时，Compose 会把容器命名为 <项目名>-{value}-1）"
            ));
        }
        "publish" => {
            svc.entry("ports", Yaml::Seq(Vec::new())).push(Yaml::Quoted(value.into()));
            if let Some(host) = crate::compose::ports::parse_short(value).ok().and_then(|m| m.published) {
                out.claim(format!("port {host}"), subject, |_, line| text!(
                    "line {line} publishes host port {host} too: only one container can listen on it, so the second one fails to start; give one of them another host port",
                    "第 {line} 行也发布了宿主机端口 {host}：同一个端口只能被一个容器占用，第二个容器会启动失败；请给其中一个换一个宿主机端口"
                ));
            }
            out.notes.add(out.line, subject, Status::Mapped, text!("→ ports: \"{value}\" (quoted, as YAML needs)", "→ ports: \"{value}\"（按 YAML 的要求加了引号）"));
        }
        "env" => {
            svc.entry("environment", Yaml::Seq(Vec::new())).push(Yaml::Str(value.into()));
            let msg = if value.contains('=') {
                text!("→ environment: {value}", "→ environment: {value}")
            } else {
                text!(
                    "→ environment: {value} (without a value it is taken from the environment docker compose runs in)",
                    "→ environment: {value}（没有写值，取执行 docker compose 时所在环境中的同名变量）"
                )
            };
            out.notes.add(out.line, subject, Status::Mapped, msg);
        }
        "volume" => volume(value, svc, out, subject),
        "network" => network(value, o, svc, out, subject),
        "rm" => out.notes.add(out.line, subject, Status::Dropped, Text::new(
            "--rm has no compose equivalent: docker compose down removes the containers (and docker compose run --rm does it for one-off runs); anonymous volumes stay unless down -v",
            "--rm 在 compose 中没有对应写法：docker compose down 会删除容器（一次性运行可以用 docker compose run --rm）；匿名数据卷要用 down -v 才会删除",
        )),
        "detach" => out.notes.add(out.line, subject, Status::Dropped, Text::new(
            "-d is how you start it, not part of the service: run docker compose up -d",
            "-d 是启动方式，不属于服务定义：请执行 docker compose up -d",
        )),
        _ => return false,
    }
    true
}

/// `-v`: named volumes get a top-level entry, `$PWD/x` becomes `./x`.
fn volume(value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let source = value.split(':').next().unwrap_or("");
    let has_target = value.contains(':');
    let pwd = ["$PWD", "${PWD}", "$(pwd)", "`pwd`", "%cd%"]
        .iter()
        .find_map(|p| source.strip_prefix(p).map(|rest| (p, rest)));
    let written = match pwd {
        Some((_, rest)) => format!(
            ".{}{}",
            if rest.is_empty() { "/" } else { rest },
            &value[source.len()..]
        ),
        None => value.to_string(),
    };
    svc.entry("volumes", Yaml::Seq(Vec::new()))
        .push(Yaml::Str(written.clone()));
    let named = has_target
        && !source.is_empty()
        && !source.starts_with(['/', '.', '~', '$', '%', '`'])
        && !source.contains('\\')
        && pwd.is_none();
    if named {
        out.root.path(&format!("volumes.{source}"), Yaml::map());
        let created = out.created.volumes.iter().any(|v| v == source);
        let extra = if created {
            Text::new(" This file also runs docker volume create for it: to reuse that volume, mark it external: true.", "本文件还用 docker volume create 创建了它：要复用那个数据卷，请把它标记为 external: true。")
        } else {
            Text::default()
        };
        let msg = text!(
            "→ volumes: {written}, and {source} declared under the top-level volumes:. docker run creates a volume called {source} on first use; Compose creates <project>_{source} instead, so the data of the old volume is not seen.",
            "→ volumes: {written}，并在顶层 volumes: 中声明 {source}。docker run 首次使用时创建名为 {source} 的数据卷；Compose 创建的则是 <项目名>_{source}，所以看不到旧数据卷里的数据。"
        );
        out.notes.add(
            out.line,
            subject,
            Status::Differs,
            Text::new(msg.en + &extra.en, msg.zh + &extra.zh),
        );
    } else if let Some((p, _)) = pwd {
        out.notes.add(out.line, subject, Status::Differs, text!(
            "→ volumes: {written}: {p} is the directory docker run was started in; in compose a relative path is relative to the compose file's directory",
            "→ volumes: {written}：{p} 是执行 docker run 时所在的目录；在 compose 中，相对路径相对于 compose 文件所在的目录"
        ));
    } else if !has_target {
        out.notes.add(
            out.line,
            subject,
            Status::Mapped,
            text!(
                "→ volumes: {written} (an anonymous volume)",
                "→ volumes: {written}（匿名数据卷）"
            ),
        );
    } else {
        out.notes.add(
            out.line,
            subject,
            Status::Mapped,
            text!(
                "→ volumes: {written} (a bind mount)",
                "→ volumes: {written}（绑定挂载）"
            ),
        );
    }
}

/// `--network`: a user network goes under the service's and the top-level networks:; host,
/// none and container:x become network_mode.
fn network(value: &str, _o: &RunOption, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let mode =
        matches!(value, "host" | "none" | "bridge" | "default") || value.starts_with("container:");
    if mode {
        let m = match value {
            "default" => "bridge",
            v => v,
        };
        svc.entry("network_mode", Yaml::Str(m.into()));
        out.notes.add(
            out.line,
            subject,
            Status::Mapped,
            text!("→ network_mode: {m}", "→ network_mode: {m}"),
        );
        return;
    }
    // A mapping already (an alias or address came first): add the network as a key.
    let nets = svc.entry("networks", Yaml::Seq(Vec::new()));
    if let Yaml::Map(_) = nets {
        nets.entry(value, Yaml::map());
    } else {
        nets.push(Yaml::Str(value.into()));
    }
    out.root.path(&format!("networks.{value}"), Yaml::map());
    let created = out.created.networks.iter().any(|n| n == value);
    let how = if created {
        Text::new(
            "This file makes it with docker network create; ",
            "本文件用 docker network create 创建了它；",
        )
    } else {
        Text::new(
            "With docker run the network must exist first (docker network create); ",
            "使用 docker run 时，网络必须事先存在（docker network create）；",
        )
    };
    out.notes.add(out.line, subject, Status::Differs, Text::new(
        format!("→ networks: [{value}] and the top-level networks: {value}. {}Compose creates <project>_{value} itself on up, and services on it find each other by service name. To join the network made by hand instead, mark it external: true.", how.en),
        format!("→ networks: [{value}] 以及顶层 networks: {value}。{}Compose 会在 up 时自行创建 <项目名>_{value}，其上的服务通过服务名互相访问。若要加入手动创建的那个网络，请把它标记为 external: true。", how.zh),
    ));
}
