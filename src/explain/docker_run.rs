//! `docker run` lines: one item per command, a part per option, the image and the command
//! after it, with the line's own values (which port goes where, which volume kind).

use super::words::{code, join};
use super::{Item, ItemKind};
use crate::docker_run::{Parsed, RunCommand, RunOption};
use crate::i18n::Text;
use crate::text;

/// One item per command.
pub(super) fn explain(parsed: &Parsed) -> Vec<Item> {
    parsed.commands.iter().map(|c| command(c, parsed)).collect()
}

fn command(c: &RunCommand, parsed: &Parsed) -> Item {
    let title = format!("docker {}", c.subcommand);
    let mut item = Item::new(c.span, ItemKind::DockerRun, "docker-run", title);
    item.part(c.head, "docker-run", Text::default());
    for o in &c.options {
        let key = o.spec.map_or_else(
            || "docker-run.unknown".to_string(),
            |s| format!("docker-run.{}", s.long),
        );
        item.part(o.span(), key, option_text(o, parsed));
    }
    if let Some(img) = &c.image {
        let i = &img.value;
        item.part(
            img.span,
            "docker-run.part.image",
            text!("the image {i}", "镜像 {i}"),
        );
    }
    for a in &c.args {
        item.part(a.span, "docker-run.part.command", Text::default());
    }
    item.text = summary(c);
    item
}

/// What the whole line does.
fn summary(c: &RunCommand) -> Text {
    let image = c.image.as_ref().map(|w| w.value.as_str()).unwrap_or("?");
    let mut out = Vec::new();
    let verb = if c.subcommand == "create" {
        text!(
            "Creates (without starting) a container from the image {image}",
            "用镜像 {image} 创建（但不启动）一个容器"
        )
    } else {
        text!(
            "Creates and starts a container from the image {image}",
            "用镜像 {image} 创建并启动一个容器"
        )
    };
    let named = match c.value("name") {
        Some(n) => text!(", named {n}", "，容器名为 {n}"),
        None => Text::new(", with a random name", "，容器名随机生成"),
    };
    let mode = if c.flag("detach") {
        Text::new(", in the background (-d): the command returns at once and the output goes to docker logs.", "，在后台运行（-d）：命令立即返回，输出要用 docker logs 查看。")
    } else if c.flag("interactive") && c.flag("tty") {
        Text::new(
            ", attached to your terminal with a keyboard (-it).",
            "，并连接到你的终端，可以用键盘交互（-it）。",
        )
    } else {
        Text::new(
            ", in the foreground: the terminal shows its output until it stops.",
            "，在前台运行：终端会一直显示它的输出，直到它停止。",
        )
    };
    out.push(Text::new(
        format!("{}{}{}", verb.en, named.en, mode.en),
        format!("{}{}{}", verb.zh, named.zh, mode.zh),
    ));
    let ports: Vec<String> = c
        .all("publish")
        .filter_map(|o| o.value.as_ref())
        .map(|v| v.value.clone())
        .collect();
    if !ports.is_empty() {
        let all: Vec<Text> = ports.iter().map(|p| port_text(p)).collect();
        let r = super::words::rows(&all);
        out.push(Text::new(
            format!("Ports: {}.", r.en),
            format!("端口：{}。", r.zh),
        ));
        if let Some(m) = ports
            .iter()
            .find_map(|p| crate::compose::ports::parse_short(p).ok())
        {
            if let Some(host) = &m.published {
                let target = m.target;
                out.push(text!(
                    "So localhost:{host} on the host reaches the program listening on port {target} inside the container (it must listen on 0.0.0.0, not 127.0.0.1).",
                    "所以在宿主机上访问 localhost:{host}，就能连到容器内监听 {target} 端口的程序（程序必须监听 0.0.0.0，而不是 127.0.0.1）。"
                ));
            }
        }
    }
    if let Some(img) = &c.image {
        let last = img.value.rsplit('/').next().unwrap_or(&img.value);
        if !last.contains(':') && !img.value.contains('@') {
            let i = &img.value;
            out.push(text!(
                "The image {i} has no tag, so Docker uses {i}:latest, which changes whenever a new version is pushed.",
                "镜像 {i} 没有写标签，所以 Docker 使用 {i}:latest，每次有新版本推送时它都会变化。"
            ));
        }
    }
    if c.flag("rm") {
        out.push(Text::new(
            "--rm deletes the container (and its anonymous volumes) when it stops.",
            "--rm 会在容器停止时删除它（以及它的匿名数据卷）。",
        ));
    }
    if !c.args.is_empty() {
        let words: Vec<String> = c.args.iter().map(|a| a.value.clone()).collect();
        let shown = code(&words.join(" "));
        let mut t = text!(
            "Everything after the image, {shown}, is the container's command: it replaces the image's CMD (and is passed to its ENTRYPOINT).",
            "镜像名之后的所有内容 {shown} 都是容器的命令：它会替换镜像的 CMD（并作为参数传给 ENTRYPOINT）。"
        );
        if words.iter().any(|w| w.starts_with('-')) {
            t = join(&[t, Text::new(
                "Options written there (like -d) are not docker's options any more: put docker's options before the image.",
                "写在那里的选项（比如 -d）已经不再是 docker 的选项了：docker 的选项要写在镜像名之前。",
            )]);
        }
        out.push(t);
    }
    join(&out)
}

/// "host 0.0.0.0:8000 → container 5000/tcp" for a `-p` value.
fn port_text(v: &str) -> Text {
    match crate::compose::ports::parse_short(v) {
        Ok(m) => super::compose::mapping_text(&m),
        Err(_) => text!("{v} (not a valid mapping)", "{v}（不是有效的端口映射）"),
    }
}

/// What one option does here.
fn option_text(o: &RunOption, parsed: &Parsed) -> Text {
    let v = o.value.as_ref().map(|w| w.value.as_str()).unwrap_or("");
    match o.spec.map(|s| s.long.as_str()) {
        None => {
            let f = &o.flag.value;
            text!("{f} is not an option of docker run", "{f} 不是 docker run 的选项")
        }
        Some("publish") => port_text(v),
        Some("volume") => volume_text(v),
        Some("env") => match v.split_once('=') {
            Some((k, val)) => text!("sets {k} to \"{val}\" in the container", "在容器中把 {k} 设为 \"{val}\""),
            None => text!("passes {v} from your shell's environment into the container", "把你的 shell 环境中的 {v} 传入容器"),
        },
        Some("name") => text!("names the container {v}; on a user-defined network other containers reach it by this name", "把容器命名为 {v}；在自定义网络上，其他容器可以用这个名字访问它"),
        Some("network") => match v {
            "host" | "none" | "bridge" => text!("network mode {v}", "网络模式 {v}"),
            _ if parsed.created.networks.iter().any(|n| n == v) => text!(
                "joins the network {v} (this file creates it with docker network create); containers on it reach each other by name",
                "加入网络 {v}（本文件用 docker network create 创建了它）；同一网络上的容器可以通过名字互相访问"
            ),
            _ => text!(
                "joins the network {v}, which must exist already (docker network create {v}); containers on it reach each other by name",
                "加入网络 {v}，这个网络必须事先用 docker network create {v} 创建；同一网络上的容器可以通过名字互相访问"
            ),
        },
        Some("restart") => text!("restart policy {v}", "重启策略 {v}"),
        _ => Text::default(),
    }
}

/// `-v` as named volume, bind mount or anonymous volume.
fn volume_text(v: &str) -> Text {
    let Some((src, rest)) = v.split_once(':') else {
        return text!(
            "an anonymous volume at {v}, removed with the container only under --rm",
            "在 {v} 挂载一个匿名数据卷，只有加了 --rm 才会随容器一起删除"
        );
    };
    let target = rest.split(':').next().unwrap_or(rest);
    if src.starts_with(['/', '.', '~', '$', '%', '`']) || src.contains('\\') {
        text!(
            "bind-mounts the host path {src} at {target}: the container sees the host's files, and changes go both ways",
            "把宿主机路径 {src} 绑定挂载到 {target}：容器看到的是宿主机上的文件，改动双向同步"
        )
    } else {
        text!(
            "mounts the named volume {src} at {target} (Docker creates it if missing); its data stays when the container is removed",
            "把具名数据卷 {src} 挂载到 {target}（不存在时 Docker 会创建它）；容器删除后，其中的数据仍然保留"
        )
    }
}
