//! A service and its attributes.

use super::super::words::{code, join, list};
use super::{entries, env, mounts, ports, Cx};
use crate::compose::model::{container_names, Service};
use crate::i18n::Text;
use crate::text;
use crate::yaml::Node;

/// Attribute paths whose mapping keys are names chosen by the user (variables, labels, services,
/// networks), explained as parts rather than as keys of the specification.
const NAMED_KEYS: &[&str] = &[
    "environment",
    "labels",
    "annotations",
    "extra_hosts",
    "sysctls",
    "ulimits",
    "storage_opt",
    "build.args",
    "build.labels",
    "build.additional_contexts",
    "build.extra_hosts",
    "build.ulimits",
    "logging.options",
    "deploy.labels",
    "driver_opts",
    "models",
    "provider.options",
];

/// Attributes explained with parts of their own (each entry), not sub-items.
const ENTRY_KEYS: &[&str] = &[
    "ports",
    "volumes",
    "depends_on",
    "networks",
    "environment",
    "expose",
];

/// The service `name` (its key `k`, its definition `v`) and each of its attributes.
pub(super) fn explain(cx: &mut Cx, k: &Node, v: &Node, name: &str) {
    let t = summary(cx, name);
    cx.item(k, v, "compose.service".into(), t);
    for (ak, av, attr) in entries(v) {
        attribute(cx, name, ak, av, attr);
    }
}

/// One attribute: its item, its parts, and the items of its sub-keys.
fn attribute(cx: &mut Cx, service: &str, k: &Node, v: &Node, attr: &str) {
    let key = if attr.starts_with("x-") {
        "compose.top.x-".to_string()
    } else if crate::compose::schema::SERVICE.contains(&attr) {
        format!("compose.service.{attr}")
    } else {
        "compose.unknown".to_string()
    };
    let t = attribute_text(cx, service, attr, v);
    let env_parts = if attr == "environment" {
        env::parts(cx, service, v)
    } else {
        Vec::new()
    };
    let text = cx.text;
    let svc = cx.service(service).cloned();
    let Some(item) = cx.item(k, v, key.clone(), t) else {
        return;
    };
    match attr {
        "ports" => ports::parts(text, svc.as_ref(), v, item),
        "expose" => ports::expose_parts(v, item),
        "volumes" => mounts::parts(text, svc.as_ref(), v, item),
        "environment" => item.parts.extend(env_parts),
        "depends_on" => depends_parts(v, item),
        "networks" => network_parts(v, item),
        _ => {}
    }
    if !ENTRY_KEYS.contains(&attr) && key != "compose.unknown" {
        sub_keys(cx, attr, &key, v);
    }
}

/// The keys inside a mapping-valued attribute (`build.context`, `healthcheck.test`) as items;
/// the keys below them (`deploy.resources.limits`) and names chosen by the user as parts.
fn sub_keys(cx: &mut Cx, path: &str, key: &str, v: &Node) {
    if v.as_map().is_none() {
        return;
    }
    if NAMED_KEYS.contains(&path) {
        if let Some(parent) = cx.items.last_mut() {
            named_parts(v, key, parent);
        }
        return;
    }
    for (sk, sv, sub) in entries(v) {
        let subkey = format!("{key}.{sub}");
        let subpath = format!("{path}.{sub}");
        let t = sub_text(&subpath, sv);
        let Some(item) = cx.item(sk, sv, subkey.clone(), t) else {
            return;
        };
        if NAMED_KEYS.contains(&subpath.as_str()) {
            named_parts(sv, &subkey, item);
        } else {
            deeper_parts(sv, &subkey, item, 0);
        }
    }
}

/// One part per entry of a mapping of user-chosen names (`KEY: value`).
fn named_parts(v: &Node, key: &str, item: &mut super::super::Item) {
    for (nk, nv, n) in entries(v) {
        let value = nv.as_str().unwrap_or("");
        let span = crate::text::Span::new(nk.span.start, nv.span.end.max(nk.span.end));
        item.part(span, key, text!("{n} = \"{value}\"", "{n} = \"{value}\""));
    }
}

/// The keys below a sub-key as parts of its item (`deploy.resources.limits.memory`), each with
/// its value when it has one.
fn deeper_parts(v: &Node, key: &str, item: &mut super::super::Item, depth: usize) {
    if depth > 4 {
        return;
    }
    for (k, dv, name) in entries(v) {
        let sub = format!("{key}.{name}");
        let t = match dv.as_str() {
            Some(val) => text!("{name}: {val}", "{name}：{val}"),
            None => Text::default(),
        };
        let span = crate::text::Span::new(k.span.start, dv.span.end.max(k.span.end));
        item.part(span, sub.clone(), t);
        deeper_parts(dv, &sub, item, depth + 1);
    }
}

/// What the service is: its image or build, its containers, networks and names, who reaches it,
/// its published ports and what it waits for.
fn summary(cx: &Cx, name: &str) -> Text {
    let Some(s) = cx.service(name) else {
        return text!("The service \"{name}\".", "服务 \"{name}\"。");
    };
    let project = cx.project.map(|p| p.name.as_str()).unwrap_or("");
    let mut out = vec![what_runs(s)];
    let containers = container_names(project, s);
    let c = list(&containers);
    out.push(if containers.len() == 1 {
        Text::new(
            format!("Its container is named {}.", c.en),
            format!("它的容器名为 {}。", c.zh),
        )
    } else {
        let n = containers.len();
        Text::new(
            format!("Its {n} containers are named {}.", c.en),
            format!("它的 {n} 个容器分别名为 {}。", c.zh),
        )
    });
    out.push(network_text(cx, s));
    if !s.ports.is_empty() {
        let all: Vec<Text> = s
            .ports
            .iter()
            .map(|p| ports::mapping_text(&p.mapping))
            .collect();
        let r = super::super::words::rows(&all);
        out.push(Text::new(
            format!("Published: {}.", r.en),
            format!("发布的端口：{}。", r.zh),
        ));
    }
    let deps: Vec<String> = s
        .depends_on
        .iter()
        .filter(|d| !d.implied)
        .map(|d| d.service.clone())
        .collect();
    if !deps.is_empty() {
        let d = list(&deps);
        out.push(Text::new(
            format!("Compose starts it after {}.", d.en),
            format!("Compose 会在 {} 之后启动它。", d.zh),
        ));
    }
    if !s.active {
        let p = list(&s.profiles);
        out.push(Text::new(
            format!(
                "It runs only when one of its profiles ({}) is enabled.",
                p.en
            ),
            format!("只有启用了它的某个 profile（{}）时它才会运行。", p.zh),
        ));
    }
    join(&out)
}

/// "Runs the image X" / "Builds from X".
fn what_runs(s: &Service) -> Text {
    let name = &s.name;
    match (&s.build_context, &s.image) {
        (Some(ctx), Some(img)) => text!(
            "Service \"{name}\": builds an image from the context `{ctx}`, tags it {img} and runs it.",
            "服务 \"{name}\"：以 `{ctx}` 为构建上下文构建镜像，打上标签 {img}，然后运行它。"
        ),
        (Some(ctx), None) => text!(
            "Service \"{name}\": builds an image from the context `{ctx}` and runs it.",
            "服务 \"{name}\"：以 `{ctx}` 为构建上下文构建镜像并运行它。"
        ),
        (None, Some(img)) => text!(
            "Service \"{name}\": runs the image {img} (pulled when it is not on the machine).",
            "服务 \"{name}\"：运行镜像 {img}（本机没有时会拉取）。"
        ),
        (None, None) => text!("Service \"{name}\".", "服务 \"{name}\"。"),
    }
}

/// The networks, the names it answers to, and who reaches it.
fn network_text(cx: &Cx, s: &Service) -> Text {
    if let Some((mode, _)) = &s.network_mode {
        return match mode.as_str() {
            "host" => Text::new(
                "It uses the host's network stack (network_mode: host): no Compose network, and ports: is ignored.",
                "它使用宿主机的网络栈（network_mode: host）：不加入 Compose 网络，ports: 也被忽略。",
            ),
            "none" => Text::new("It has no network at all (network_mode: none).", "它完全没有网络（network_mode: none）。"),
            m => text!(
                "It shares the network stack of {m}: the two reach each other as localhost.",
                "它与 {m} 共享网络栈：两者通过 localhost 互相访问。"
            ),
        };
    }
    let nets: Vec<String> = s.networks.iter().map(|n| n.name.clone()).collect();
    let n = list(&nets);
    let implicit = s.networks.iter().all(|n| n.loc.is_none());
    let on = if implicit {
        Text::new(
            format!("It joins the project's default network ({}).", n.en),
            format!("它加入项目的默认网络（{}）。", n.zh),
        )
    } else {
        match nets.len() {
            1 => Text::new(
                format!("It joins the network {}.", n.en),
                format!("它加入网络 {}。", n.zh),
            ),
            _ => Text::new(
                format!("It joins the networks {}.", n.en),
                format!("它加入网络 {}。", n.zh),
            ),
        }
    };
    let Some(net) = &cx.network else {
        return on;
    };
    let project = cx.project.map(|p| p.name.as_str()).unwrap_or("");
    let mut names = vec![s.name.clone()];
    names.extend(container_names(project, s).into_iter().take(3));
    let n = list(&names);
    let mut out = vec![
        on,
        Text::new(
            format!("Other services on its networks find it as {}.", n.en),
            format!("同一网络上的其他服务可以通过 {} 找到它。", n.zh),
        ),
    ];
    for sn in s.networks.iter().filter(|sn| !sn.aliases.is_empty()) {
        let a = list(&sn.aliases);
        let net_name = &sn.name;
        out.push(Text::new(
            format!("On {net_name} it also answers to {}.", a.en),
            format!("在 {net_name} 上，其他服务还可以用 {} 访问它。", a.zh),
        ));
    }
    // Who reaches it, grouped by the networks they share with it.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for r in cx.reaching(&s.name) {
        let via = r.networks.join(", ");
        match groups.iter_mut().find(|(v, _)| *v == via) {
            Some((_, who)) => who.push(r.from.clone()),
            None => groups.push((via, vec![r.from.clone()])),
        }
    }
    if net.reachability_omitted {
        return join(&out);
    }
    for (via, who) in &groups {
        let w = list(who);
        out.push(if via.is_empty() {
            Text::new(
                format!("{} reach it as localhost (a shared network stack).", w.en),
                format!("{} 通过 localhost 访问它（共享网络栈）。", w.zh),
            )
        } else {
            Text::new(
                format!("{} can reach it (over {via}).", w.en),
                format!("{} 可以通过网络 {via} 访问它。", w.zh),
            )
        });
    }
    let cut_off: Vec<String> = net
        .services
        .iter()
        .map(|o| o.name.clone())
        .filter(|o| *o != s.name && !groups.iter().any(|(_, who)| who.contains(o)))
        .collect();
    if !cut_off.is_empty() {
        let c = list(&cut_off);
        out.push(Text::new(
            format!(
                "{} {} no network with it, so {} reach it by any name.",
                c.en,
                if cut_off.len() == 1 {
                    "shares"
                } else {
                    "share"
                },
                if cut_off.len() == 1 {
                    "it cannot"
                } else {
                    "they cannot"
                }
            ),
            format!(
                "{} 与它没有共同的网络，所以无论用什么名字都访问不到它。",
                c.zh
            ),
        ));
    }
    join(&out)
}

/// The text of one attribute.
fn attribute_text(cx: &Cx, service: &str, attr: &str, v: &Node) -> Text {
    let s = cx.service(service);
    let val = v.as_str().unwrap_or("");
    match attr {
        "image" => image_text(val, s.is_some_and(|s| s.build_context.is_some())),
        "build" => match (v.as_str(), s.and_then(|s| s.build_context.as_deref())) {
            (Some(c), _) => text!(
                "Builds the service's image from the build context `{c}`, with the Dockerfile `{c}/Dockerfile`.",
                "以 `{c}` 为构建上下文、用 `{c}/Dockerfile` 构建这个服务的镜像。"
            ),
            (None, Some(c)) => text!("Builds the service's image from the build context `{c}`.", "以 `{c}` 为构建上下文构建这个服务的镜像。"),
            _ => Text::default(),
        },
        "ports" => ports::text(cx, s),
        "expose" => Text::new(
            "Documents ports other services may use; nothing is published to the host (only ports: does that), and services on a shared network reach every port anyway.",
            "声明其他服务可以使用的端口；它不会把端口发布到宿主机（只有 ports: 才会），而且同一网络上的服务本来就能访问所有端口。",
        ),
        "volumes" => mounts::text(s),
        "environment" => Text::new(
            "Sets environment variables in the service's containers (not at build time: build.args does that).",
            "为服务的容器设置环境变量（构建时不生效：构建时要用 build.args）。",
        ),
        "depends_on" => depends_text(s),
        "networks" => match (s, &cx.network) {
            (Some(s), Some(_)) => network_text(cx, s),
            _ => Text::default(),
        },
        "restart" => restart_text(val),
        "command" => Text::new(
            "Replaces the image's CMD (the default arguments); the image's ENTRYPOINT still runs first.",
            "替换镜像的 CMD（默认参数）；镜像的 ENTRYPOINT 仍然先执行。",
        ),
        "entrypoint" => Text::new(
            "Replaces the image's ENTRYPOINT, and the image's CMD is then ignored: give arguments with command:.",
            "替换镜像的 ENTRYPOINT，此时镜像的 CMD 会被忽略：参数要用 command: 提供。",
        ),
        "container_name" => text!(
            "Names the container \"{val}\" instead of <project>-{service}-1; such a service cannot be scaled beyond one container.",
            "把容器命名为 \"{val}\"，而不是 <项目名>-{service}-1；这样的服务不能扩展到多个容器。"
        ),
        "hostname" => text!(
            "Sets the container's own host name to \"{val}\"; other services still reach it by its service name, not by this.",
            "把容器自身的主机名设为 \"{val}\"；其他服务仍然要用服务名访问它，而不是这个名字。"
        ),
        "working_dir" => text!("Overrides the image's WORKDIR: the main process starts in {val}.", "覆盖镜像的 WORKDIR：主进程在 {val} 中启动。"),
        "user" => text!("Runs the main process as \"{val}\", overriding the image's USER.", "以 \"{val}\" 身份运行主进程，覆盖镜像的 USER。"),
        "network_mode" => match s {
            Some(s) => network_text(cx, s),
            None => Text::default(),
        },
        _ => Text::default(),
    }
}

fn image_text(img: &str, built: bool) -> Text {
    if built {
        return text!(
            "The image built for this service is tagged {img}.",
            "为这个服务构建的镜像会被打上标签 {img}。"
        );
    }
    let last = img.rsplit('/').next().unwrap_or(img);
    let tagless = !last.contains(':') && !img.contains('@');
    let tail = if tagless {
        Text::new(
            "No tag is written, so it means :latest, and the image :latest points to changes over time.",
            "没有写标签，相当于使用 :latest，而 :latest 指向的镜像会随时间变化。",
        )
    } else {
        Text::default()
    };
    join(&[
        text!(
            "Runs containers from the image {img}; docker compose up pulls it when the machine does not have it.",
            "用镜像 {img} 运行容器；本机没有这个镜像时，docker compose up 会先拉取。"
        ),
        tail,
    ])
}

fn restart_text(policy: &str) -> Text {
    match policy {
        "always" => Text::new(
            "Docker restarts the container whenever it exits; a container you stopped by hand starts again only when the Docker daemon restarts.",
            "容器退出时 Docker 总会重启它；手动停止的容器要等 Docker 守护进程重启时才会再次启动。",
        ),
        "unless-stopped" => Text::new(
            "Like always, except that a container you stopped stays stopped after the Docker daemon restarts.",
            "与 always 类似，但手动停止的容器在 Docker 守护进程重启后仍保持停止。",
        ),
        "no" | "\"no\"" => Text::new("The container is never restarted (the default).", "容器永远不会被自动重启（默认）。"),
        p if p.starts_with("on-failure") => Text::new(
            format!("Docker restarts the container only when it exits with a non-zero code ({p})."),
            format!("只有容器以非 0 退出码退出时，Docker 才会重启它（{p}）。"),
        ),
        _ => Text::default(),
    }
}

fn depends_text(s: Option<&Service>) -> Text {
    let Some(s) = s else {
        return Text::default();
    };
    let started: Vec<String> = s
        .depends_on
        .iter()
        .filter(|d| !d.implied && d.condition == "service_started")
        .map(|d| d.service.clone())
        .collect();
    let mut out = vec![Text::new(
        "Sets the start order: Compose starts these services first (and stops them after this one).",
        "设置启动顺序：Compose 会先启动这些服务（停止时则后停止它们）。",
    )];
    if !started.is_empty() {
        let l = list(&started);
        out.push(Text::new(
            format!("For {} Compose waits only until the container has started, not until the program inside is ready to accept connections: give those services a healthcheck and use condition: service_healthy, or retry in the application.", l.en),
            format!("对于 {}，Compose 只等到容器启动，不会等容器里的程序准备好接受连接：请给这些服务加上 healthcheck，并使用 condition: service_healthy，或者让应用自行重试。", l.zh),
        ));
    }
    join(&out)
}

/// One part per dependency (short or long syntax) and per key of a long entry.
fn depends_parts(v: &Node, item: &mut super::super::Item) {
    if let Some(seq) = v.as_seq() {
        for d in seq {
            let n = d.as_str().unwrap_or("");
            item.part(
                d.span,
                "compose.service.depends_on",
                text!("starts after {n} has started", "在 {n} 启动之后启动"),
            );
        }
        return;
    }
    for (dk, dv, n) in entries(v) {
        let cond = dv
            .get("condition")
            .and_then(Node::as_str)
            .unwrap_or("service_started");
        let t = match cond {
            "service_healthy" => text!(
                "starts after {n} reports healthy (its healthcheck passes)",
                "等 {n} 报告健康（健康检查通过）后再启动"
            ),
            "service_completed_successfully" => text!(
                "starts after {n} has run to completion with exit code 0",
                "等 {n} 运行结束且退出码为 0 后再启动"
            ),
            _ => text!("starts after {n} has started", "在 {n} 启动之后启动"),
        };
        item.part(dk.span, "compose.service.depends_on", t);
        for (sk, _, sub) in entries(dv) {
            item.part(
                sk.span,
                format!("compose.service.depends_on.{sub}"),
                Text::default(),
            );
        }
    }
}

/// One part per network (list or map) and per key of a network entry.
fn network_parts(v: &Node, item: &mut super::super::Item) {
    let named: Vec<(&Node, Option<&Node>)> = match v.as_seq() {
        Some(seq) => seq.iter().map(|n| (n, None)).collect(),
        None => entries(v).map(|(k, nv, _)| (k, Some(nv))).collect(),
    };
    for (k, nv) in named {
        let n = k.as_str().unwrap_or("");
        item.part(
            k.span,
            "compose.service.networks",
            text!("joins the network {n}", "加入网络 {n}"),
        );
        if let Some(nv) = nv {
            for (sk, _, sub) in entries(nv) {
                item.part(
                    sk.span,
                    format!("compose.service.networks.{sub}"),
                    Text::default(),
                );
            }
        }
    }
}

/// A few sub-keys say more than the catalogue with their value.
fn sub_text(path: &str, v: &Node) -> Text {
    let val = v.as_str().unwrap_or("");
    match path {
        "build.context" => text!(
            "The build context is `{val}`: only the files under it can be copied by the Dockerfile.",
            "构建上下文是 `{val}`：Dockerfile 只能复制它里面的文件。"
        ),
        "build.dockerfile" => text!(
            "Builds with the Dockerfile `{val}` (a path relative to the build context).",
            "用 `{val}` 作为 Dockerfile 进行构建（路径相对于构建上下文）。"
        ),
        "build.target" => text!(
            "Builds the stage \"{val}\" of a multi-stage Dockerfile and the stages it needs; the image is that stage.",
            "只构建多阶段 Dockerfile 中的 \"{val}\" 阶段及它依赖的阶段，产出的镜像就是这个阶段。"
        ),
        "healthcheck.test" => match v.as_seq().and_then(|s| s.first()).and_then(Node::as_str) {
            Some("CMD-SHELL") => Text::new(
                "The check runs through the container's shell (/bin/sh -c).",
                "检查命令通过容器里的 shell（/bin/sh -c）执行。",
            ),
            Some("CMD") => Text::new(
                "The check runs the program directly, without a shell.",
                "检查命令直接运行程序，不经过 shell。",
            ),
            Some("NONE") => Text::new(
                "Turns the image's health check off.",
                "关闭镜像自带的健康检查。",
            ),
            _ => code_text(val),
        },
        _ => Text::default(),
    }
}

fn code_text(val: &str) -> Text {
    if val.is_empty() {
        return Text::default();
    }
    let c = code(val);
    text!(
        "The check runs {c} through the container's shell.",
        "检查命令 {c} 通过容器里的 shell 执行。"
    )
}
