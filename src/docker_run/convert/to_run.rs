//! A compose file → the docker commands that make the same containers: `docker network create`
//! for its networks, `docker build` for built services, one `docker run -d` per service in
//! start order.

use super::{Conversion, Notes, Status, CONVERT_VERSION};
use crate::compose::model::{container_names, Project, Service};
use crate::docker_run::flags::{self, Convert};
use crate::i18n::Text;
use crate::text;
use crate::text::LineIndex;
use crate::yaml::Node;

/// Attributes handled by their own code (not through the flag table).
const OWN: &[&str] = &[
    "image",
    "build",
    "ports",
    "volumes",
    "environment",
    "env_file",
    "networks",
    "network_mode",
    "depends_on",
    "command",
    "entrypoint",
    "container_name",
    "healthcheck",
    "links",
    "deploy",
    "profiles",
    "stop_grace_period",
    "ulimits",
    "tmpfs",
    "labels",
];

/// Convert the compose file `text` (called `name`) into docker commands.
pub fn to_run(text: &str, name: &str, opts: &crate::Options) -> Conversion {
    let a = crate::compose_analysis(name, text.as_bytes(), opts);
    let lang = opts.lang;
    let mut notes = Notes::new(lang);
    let mut lines: Vec<String> = Vec::new();
    if let (Some(p), Some(Some(root))) = (&a.analysis.project, a.analysis.roots.first()) {
        let idx = LineIndex::new(&a.text);
        let cx = Cx {
            text: &a.text,
            idx: &idx,
            project: p,
            root,
        };
        lines = commands(&cx, &mut notes);
    }
    let output = if lines.is_empty() {
        String::new()
    } else {
        lines.join("\n") + "\n"
    };
    crate::sort::sort_by_key(&mut notes.items, |n| n.line);
    Conversion {
        version: CONVERT_VERSION,
        lang,
        to: "run",
        output,
        notes: notes.items,
        // What stops or changes the conversion: the loader's findings, not the lint rules'.
        diagnostics: crate::report::resolve(
            &a.text,
            &a.diagnostics
                .iter()
                .filter(|d| d.code.reported_by != crate::diagnostic::ReportedBy::Rule)
                .cloned()
                .collect::<Vec<_>>(),
            lang,
        ),
    }
}

struct Cx<'a> {
    text: &'a str,
    idx: &'a LineIndex,
    project: &'a Project,
    root: &'a Node,
}

impl Cx<'_> {
    fn line(&self, n: &Node) -> usize {
        self.idx.position(self.text, n.span.start).line
    }

    /// The engine name of network `key`.
    fn network_name(&self, key: &str) -> String {
        self.project.network(key).map_or_else(
            || format!("{}_{key}", self.project.name),
            |n| n.name.clone(),
        )
    }
}

/// Every command, networks first, then the services in start order.
fn commands(cx: &Cx, notes: &mut Notes) -> Vec<String> {
    let services: Vec<&Service> = start_order(cx.project);
    let mut out = Vec::new();
    let used: Vec<&str> = services
        .iter()
        .filter(|s| s.network_mode.is_none())
        .flat_map(|s| s.networks.iter().map(|n| n.name.as_str()))
        .collect();
    for n in cx
        .project
        .networks
        .iter()
        .filter(|n| used.contains(&n.key.as_str()) && !n.external)
    {
        let mut c = format!("docker network create {}", quote(&n.name));
        if n.internal {
            c.push_str(" --internal");
        }
        if n.driver != "bridge" {
            c.push_str(&format!(" --driver {}", quote(&n.driver)));
        }
        out.push(c);
    }
    let svc_nodes = cx.root.get("services");
    for s in services {
        let Some(node) = svc_nodes.and_then(|n| n.get(&s.name)) else {
            continue;
        };
        out.extend(service(cx, s, node, notes));
    }
    out
}

/// Services with their dependencies first (file order among equals; a cycle keeps file order).
fn start_order(p: &Project) -> Vec<&Service> {
    let active: Vec<&Service> = p.services.iter().filter(|s| s.active).collect();
    let mut done: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for _ in 0..=active.len() {
        for s in &active {
            if done.contains(&s.name.as_str()) {
                continue;
            }
            let ready = s.depends_on.iter().all(|d| {
                done.contains(&d.service.as_str())
                    || p.service(&d.service).is_none_or(|x| !x.active)
            });
            if ready {
                done.push(&s.name);
                out.push(*s);
            }
        }
    }
    for s in active {
        if !done.contains(&s.name.as_str()) {
            done.push(&s.name);
            out.push(s);
        }
    }
    out
}

/// The commands of one service: a build when it has one, then its run line (and network
/// connections for its other networks).
fn service(cx: &Cx, s: &Service, node: &Node, notes: &mut Notes) -> Vec<String> {
    let mut out = Vec::new();
    let project = &cx.project.name;
    let image = s
        .image
        .clone()
        .unwrap_or_else(|| format!("{project}-{}", s.name));
    if let Some(b) = node.get("build") {
        let ctx = s.build_context.clone().unwrap_or_else(|| ".".into());
        let mut c = format!("docker build -t {}", quote(&image));
        if let Some(f) = b.get("dockerfile").and_then(Node::as_str) {
            c.push_str(&format!(
                " -f {}",
                quote(&format!("{}/{f}", ctx.trim_end_matches('/')))
            ));
        }
        if let Some(t) = b.get("target").and_then(Node::as_str) {
            c.push_str(&format!(" --target {}", quote(t)));
        }
        c.push_str(&format!(" {}", quote(&ctx)));
        out.push(c);
        notes.add(
            cx.line(b),
            "build",
            Status::Mapped,
            text!(
                "→ docker build -t {image} before the run line",
                "→ 在 docker run 之前执行 docker build -t {image}"
            ),
        );
    }
    let name = container_names(project, s)
        .into_iter()
        .next()
        .unwrap_or_default();
    let mut args: Vec<String> = vec!["docker run -d".into(), format!("--name {}", quote(&name))];
    let mut extra_networks = Vec::new();
    networks(cx, s, node, &mut args, &mut extra_networks, notes);
    for (k, v, attr) in entries(node) {
        attribute(cx, s, attr, v, k, &mut args, notes);
    }
    let command = node.get("command");
    args.push(quote(&image));
    if let Some(c) = command {
        args.extend(words_of(c));
    }
    if let Some(e) = node.get("entrypoint").and_then(Node::as_seq) {
        // `--entrypoint` takes one executable; the rest of the list goes before the command.
        let rest: Vec<String> = e
            .iter()
            .skip(1)
            .filter_map(Node::as_str)
            .map(quote)
            .collect();
        let at = args.len() - command.map_or(0, |c| words_of(c).len());
        for (i, w) in rest.into_iter().enumerate() {
            args.insert(at + i, w);
        }
    }
    out.push(args.join(" \\\n  "));
    for n in extra_networks {
        out.push(format!(
            "docker network connect --alias {} {} {}",
            quote(&s.name),
            quote(&n),
            quote(&name)
        ));
    }
    out
}

/// `--network` (the first network, with the service name as alias) or `--network host|none`.
fn networks(
    cx: &Cx,
    s: &Service,
    node: &Node,
    args: &mut Vec<String>,
    extra: &mut Vec<String>,
    notes: &mut Notes,
) {
    if let Some((mode, _)) = &s.network_mode {
        let m = match mode.strip_prefix("service:") {
            Some(other) => format!(
                "container:{}",
                cx.project
                    .service(other)
                    .and_then(|o| container_names(&cx.project.name, o).into_iter().next())
                    .unwrap_or_default()
            ),
            None => mode.clone(),
        };
        args.push(format!("--network {}", quote(&m)));
        return;
    }
    let mut first = true;
    for n in &s.networks {
        let engine = cx.network_name(&n.name);
        if first {
            args.push(format!("--network {}", quote(&engine)));
            args.push(format!("--network-alias {}", quote(&s.name)));
            for a in &n.aliases {
                args.push(format!("--network-alias {}", quote(a)));
            }
            first = false;
        } else {
            extra.push(engine);
        }
    }
    let line = node
        .get("networks")
        .map_or_else(|| cx.line(node), |n| cx.line(n));
    let shown = s
        .networks
        .iter()
        .map(|n| cx.network_name(&n.name))
        .collect::<Vec<_>>()
        .join(", ");
    notes.add(line, "networks", Status::Differs, text!(
        "→ --network {shown}, created first with docker network create; the service name becomes a --network-alias so the other containers still find it by that name",
        "→ --network {shown}，事先用 docker network create 创建；服务名作为 --network-alias，其他容器仍然可以用这个名字找到它"
    ));
}

/// One attribute into run flags, with its note.
fn attribute(
    cx: &Cx,
    s: &Service,
    attr: &str,
    v: &Node,
    k: &Node,
    args: &mut Vec<String>,
    notes: &mut Notes,
) {
    let line = cx.line(k);
    match attr {
        "image" | "build" | "networks" | "network_mode" | "command" | "container_name" => {}
        "ports" => {
            for p in &s.ports {
                let m = &p.mapping;
                let host = match (&m.host_ip, &m.published) {
                    (Some(ip), Some(pb)) => format!("{ip}:{pb}:"),
                    (None, Some(pb)) => format!("{pb}:"),
                    (Some(ip), None) => format!("{ip}::"),
                    (None, None) => String::new(),
                };
                let target = if m.target_end > m.target { format!("{}-{}", m.target, m.target_end) } else { m.target.to_string() };
                args.push(format!("-p {}", quote(&format!("{host}{target}/{}", m.protocol))));
            }
            notes.add(line, "ports", Status::Mapped, Text::new("→ one -p per mapping", "→ 每个映射一个 -p"));
        }
        "volumes" => volumes(cx, s, line, args, notes),
        "environment" => {
            for (k, val) in env_pairs(v) {
                args.push(format!("-e {}", quote(&match val { Some(val) => format!("{k}={val}"), None => k })));
            }
            notes.add(line, "environment", Status::Mapped, Text::new("→ one -e per variable", "→ 每个变量一个 -e"));
        }
        "env_file" => {
            for f in v.as_seq().map(|s| s.to_vec()).unwrap_or_else(|| vec![v.clone()]) {
                let path = f.as_str().or_else(|| f.get("path").and_then(Node::as_str)).unwrap_or("");
                args.push(format!("--env-file {}", quote(path)));
            }
            notes.add(line, "env_file", Status::Differs, Text::new(
                "→ --env-file; Compose also removes quotes and expands ${VAR} in the file, docker run takes each line literally",
                "→ --env-file；Compose 会去掉文件中的引号并展开 ${VAR}，docker run 则按字面读取每一行",
            ));
        }
        "depends_on" => notes.add(line, "depends_on", Status::Differs, Text::new(
            "→ the order of the lines: the services it depends on are started first, but nothing waits for them to be started or healthy",
            "→ 命令的先后顺序：它依赖的服务先启动，但不会等待它们启动完成或变为健康",
        )),
        "entrypoint" => {
            let first = v.as_seq().and_then(|s| s.first()).and_then(Node::as_str).or(v.as_str()).unwrap_or("");
            args.push(format!("--entrypoint {}", quote(first)));
            notes.add(line, "entrypoint", Status::Mapped, Text::new(
                "→ --entrypoint with the executable; the rest of the list goes before the command",
                "→ --entrypoint 写可执行程序；列表中其余的部分放在命令之前",
            ));
        }
        "healthcheck" => healthcheck(v, line, args, notes),
        "labels" => {
            for (k, val) in env_pairs(v) {
                args.push(format!("-l {}", quote(&format!("{k}={}", val.unwrap_or_default()))));
            }
            notes.add(line, "labels", Status::Mapped, Text::new("→ one -l per label", "→ 每个 label 一个 -l"));
        }
        "deploy" => deploy(v, line, args, notes),
        "stop_grace_period" => {
            let secs = crate::dockerfile::duration::parse_go_duration(v.as_str().unwrap_or("")).map(|d| d.round() as u64);
            match secs {
                Some(n) => {
                    args.push(format!("--stop-timeout {n}"));
                    notes.add(line, "stop_grace_period", Status::Mapped, text!("→ --stop-timeout {n} (seconds)", "→ --stop-timeout {n}（秒）"));
                }
                None => notes.add(line, "stop_grace_period", Status::Dropped, Text::new("not a duration dockplay can read, left out", "不是 dockplay 能读懂的时长，已略去")),
            }
        }
        a if a.starts_with("x-") => {}
        _ => generic(attr, v, line, args, notes),
    }
}

/// An attribute through the flag table.
fn generic(attr: &str, v: &Node, line: usize, args: &mut Vec<String>, notes: &mut Notes) {
    let spec = flags::all().iter().find(|f| {
        f.compose.as_deref() == Some(attr)
            && !matches!(f.convert, Convert::Special | Convert::Dropped)
    });
    let Some(spec) = spec.filter(|_| !OWN.contains(&attr)) else {
        notes.add(
            line,
            attr,
            Status::Dropped,
            text!(
                "{attr} has no docker run flag, so it was left out",
                "{attr} 没有对应的 docker run 选项，所以被略去了"
            ),
        );
        return;
    };
    let flag = format!("--{}", spec.long);
    match spec.convert {
        Convert::Bool => {
            if v.as_bool() == Some(true) || v.as_str() == Some("true") {
                args.push(flag.clone());
            }
        }
        Convert::List => {
            for item in v.as_seq().unwrap_or(std::slice::from_ref(v)) {
                if let Some(s) = item.as_str() {
                    args.push(format!("{flag} {}", quote(s)));
                }
            }
        }
        Convert::Map => {
            for (k, val) in env_pairs(v) {
                args.push(format!(
                    "{flag} {}",
                    quote(&format!("{k}={}", val.unwrap_or_default()))
                ));
            }
        }
        _ => {
            if let Some(s) = v.as_str() {
                args.push(format!("{flag} {}", quote(s)));
            }
        }
    }
    notes.add(line, attr, Status::Mapped, text!("→ {flag}", "→ {flag}"));
}

/// `-v` per mount: named volumes by their engine name, relative bind paths made absolute.
fn volumes(cx: &Cx, s: &Service, line: usize, args: &mut Vec<String>, notes: &mut Notes) {
    let mut relative = false;
    for m in &s.mounts {
        let ro = if m.read_only { ":ro" } else { "" };
        let arg = match (m.kind.as_str(), &m.source) {
            ("volume", Some(v)) => {
                let engine = cx
                    .project
                    .volumes
                    .iter()
                    .find(|r| &r.key == v)
                    .map_or_else(|| v.clone(), |r| r.name.clone());
                format!("-v {}", quote(&format!("{engine}:{}{ro}", m.target)))
            }
            ("volume", None) => format!("-v {}", quote(&m.target)),
            ("bind", Some(src)) => {
                let abs = match src.strip_prefix("./") {
                    Some(rest) => {
                        relative = true;
                        format!("$PWD/{rest}")
                    }
                    None if src == "." => {
                        relative = true;
                        "$PWD".into()
                    }
                    None => src.clone(),
                };
                format!("-v \"{abs}:{}{ro}\"", m.target)
            }
            ("tmpfs", _) => format!("--tmpfs {}", quote(&m.target)),
            (k, _) => format!(
                "--mount {}",
                quote(&format!("type={k},target={}", m.target))
            ),
        };
        args.push(arg);
    }
    let msg = if relative {
        Text::new(
            "→ one -v per mount; named volumes get the project's name in front (as Compose names them) and docker run creates them on first use; relative host paths become $PWD/…, so run the lines from the compose file's directory",
            "→ 每个挂载一个 -v；具名数据卷加上项目名前缀（与 Compose 的命名一致），docker run 会在首次使用时创建它们；相对的宿主机路径改写为 $PWD/…，所以请在 compose 文件所在的目录中执行这些命令",
        )
    } else {
        Text::new(
            "→ one -v per mount; named volumes get the project's name in front (as Compose names them) and docker run creates them on first use",
            "→ 每个挂载一个 -v；具名数据卷加上项目名前缀（与 Compose 的命名一致），docker run 会在首次使用时创建它们",
        )
    };
    notes.add(line, "volumes", Status::Differs, msg);
}

fn healthcheck(v: &Node, line: usize, args: &mut Vec<String>, notes: &mut Notes) {
    if v.get("disable").and_then(Node::as_bool) == Some(true) {
        args.push("--no-healthcheck".into());
    }
    if let Some(t) = v.get("test") {
        let cmd = match t.as_seq() {
            Some(seq) => {
                let words: Vec<&str> = seq.iter().filter_map(Node::as_str).collect();
                match words.split_first() {
                    Some((&"NONE", _)) => {
                        args.push("--no-healthcheck".into());
                        None
                    }
                    Some((&"CMD-SHELL", rest)) => Some(rest.join(" ")),
                    Some((&"CMD", rest)) => Some(rest.join(" ")),
                    _ => Some(words.join(" ")),
                }
            }
            None => t.as_str().map(String::from),
        };
        if let Some(c) = cmd {
            args.push(format!("--health-cmd {}", quote(&c)));
        }
    }
    for (key, flag) in [
        ("interval", "--health-interval"),
        ("timeout", "--health-timeout"),
        ("retries", "--health-retries"),
        ("start_period", "--health-start-period"),
        ("start_interval", "--health-start-interval"),
    ] {
        if let Some(x) = v.get(key).and_then(Node::as_str) {
            args.push(format!("{flag} {}", quote(x)));
        }
    }
    notes.add(line, "healthcheck", Status::Differs, Text::new(
        "→ --health-cmd and the --health-* options; --health-cmd always runs through the container's shell, as CMD-SHELL does",
        "→ --health-cmd 和各个 --health-* 选项；--health-cmd 总是通过容器里的 shell 执行，相当于 CMD-SHELL",
    ));
}

fn deploy(v: &Node, line: usize, args: &mut Vec<String>, notes: &mut Notes) {
    let limits = v.get("resources").and_then(|r| r.get("limits"));
    if let Some(m) = limits.and_then(|l| l.get("memory")).and_then(Node::as_str) {
        args.push(format!("--memory {}", quote(m)));
    }
    if let Some(c) = limits.and_then(|l| l.get("cpus")).and_then(Node::as_str) {
        args.push(format!("--cpus {}", quote(c)));
    }
    let replicas = v.get("replicas").and_then(Node::as_str).unwrap_or("1");
    let t = if replicas == "1" {
        Text::new(
            "→ --memory and --cpus from resources.limits; the rest of deploy (placement, update_config, …) is for Swarm and has no docker run flag",
            "→ resources.limits 转为 --memory 和 --cpus；deploy 的其他部分（placement、update_config 等）用于 Swarm，没有对应的 docker run 选项",
        )
    } else {
        text!(
            "→ --memory and --cpus from resources.limits; replicas: {replicas} has no docker run flag: one docker run makes one container, so run the line {replicas} times with different names",
            "→ resources.limits 转为 --memory 和 --cpus；replicas: {replicas} 没有对应的 docker run 选项：一次 docker run 只创建一个容器，所以要用不同的名字执行 {replicas} 次"
        )
    };
    notes.add(line, "deploy", Status::Differs, t);
}

/// The string-keyed entries of a mapping.
fn entries(n: &Node) -> impl Iterator<Item = (&Node, &Node, &str)> {
    n.as_map()
        .unwrap_or(&[])
        .iter()
        .filter_map(|(k, v)| k.as_str().map(|s| (k, v, s)))
}

/// `K=V` items or `K: V` entries (a value-less item as `None`).
fn env_pairs(v: &Node) -> Vec<(String, Option<String>)> {
    match v.as_seq() {
        Some(seq) => seq
            .iter()
            .filter_map(Node::as_str)
            .map(|s| match s.split_once('=') {
                Some((k, val)) => (k.to_string(), Some(val.to_string())),
                None => (s.to_string(), None),
            })
            .collect(),
        None => v
            .as_map()
            .unwrap_or(&[])
            .iter()
            .filter_map(|(k, val)| Some((k.as_str()?.to_string(), val.as_str().map(String::from))))
            .collect(),
    }
}

/// The words of `command:` (a list, or a string split as Compose splits it).
fn words_of(c: &Node) -> Vec<String> {
    match c.as_seq() {
        Some(seq) => seq.iter().filter_map(Node::as_str).map(quote).collect(),
        None => c
            .as_str()
            .map(|s| {
                crate::docker_run::split_words(s)
                    .into_iter()
                    .map(|w| quote(&w))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// A word for a POSIX shell: as is when safe, else in single quotes.
pub(crate) fn quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./:=@%+,-".contains(c))
    {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}
