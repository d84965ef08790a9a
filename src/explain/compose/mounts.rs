//! A service's `volumes`: each entry's kind (named volume, bind mount, anonymous volume, tmpfs)
//! and how long its data lives.

use super::super::words::join;
use super::super::Item;
use super::{entries, scalar_span};
use crate::compose::model::{Mount, Service};
use crate::i18n::Text;
use crate::text;
use crate::text::Span;
use crate::yaml::Node;

/// What one mount is and how long its data lives.
pub(super) fn mount_text(m: &Mount) -> Text {
    let target = &m.target;
    let ro = if m.read_only {
        Text::new("; read-only in the container", "；在容器中只读")
    } else {
        Text::default()
    };
    let main = match (m.kind.as_str(), &m.source) {
        ("volume", Some(v)) => text!(
            "the named volume {v} at {target}: Docker manages its data, which survives removing the container and docker compose down (only down -v deletes it); while it is empty, Docker first copies into it what the image has at {target}",
            "具名数据卷 {v} 挂载到 {target}：数据由 Docker 管理，删除容器或执行 docker compose down 后仍然保留（只有 down -v 才会删除）；数据卷为空时，Docker 会先把镜像中 {target} 的内容复制进去"
        ),
        ("volume", None) => text!(
            "an anonymous volume at {target}: Compose keeps it when it re-creates the container, but an up after docker compose down gets a new one; old ones are not deleted unless down -v",
            "匿名数据卷挂载到 {target}：Compose 重建容器时会沿用它，但 docker compose down 之后再 up 会得到一个新的；旧数据卷不会自动删除（除非执行 down -v）"
        ),
        ("bind", Some(src)) => text!(
            "a bind mount of the host path {src} at {target}: the container sees the host's files and changes go both ways; it hides what the image had at {target}",
            "把宿主机路径 {src} 绑定挂载到 {target}：容器看到的是宿主机上的文件，改动双向同步；镜像中 {target} 原有的内容会被遮住"
        ),
        ("tmpfs", _) => text!(
            "a tmpfs at {target}: kept in memory and gone when the container stops",
            "tmpfs 挂载到 {target}：数据保存在内存中，容器停止后就消失"
        ),
        ("image", Some(src)) => text!("the files of the image {src} at {target}", "把镜像 {src} 的文件挂载到 {target}"),
        (k, _) => text!("a {k} mount at {target}", "{k} 类型的挂载，目标为 {target}"),
    };
    Text::new(main.en + &ro.en, main.zh + &ro.zh)
}

/// The `volumes` attribute as a whole.
pub(super) fn text(s: Option<&Service>) -> Text {
    let Some(s) = s else {
        return Text::default();
    };
    let has = |k: &str, named: bool| {
        s.mounts
            .iter()
            .any(|m| m.kind == k && m.source.is_some() == named)
    };
    let mut out = vec![Text::new(
        "Mounts storage into the service's containers.",
        "把存储挂载到服务的容器中。",
    )];
    if has("volume", true) {
        out.push(Text::new(
            "A named volume (name:/path) keeps data such as a database's files across container re-creation; it must be declared under the top-level volumes:.",
            "具名数据卷（名称:/路径）会在容器重建后保留数据，例如数据库的文件；它必须在顶层 volumes: 中声明。",
        ));
    }
    if has("bind", true) {
        out.push(Text::new(
            "A bind mount (./path:/path) shows a host directory in the container, handy for live code in development; a relative path is relative to the compose file.",
            "绑定挂载（./路径:/路径）把宿主机目录映射进容器，适合开发时实时修改代码；相对路径相对于 compose 文件所在目录。",
        ));
    }
    join(&out)
}

/// One part per entry; a short-syntax entry also gets a part for its source and its target.
pub(super) fn parts(text: &str, s: Option<&Service>, v: &Node, item: &mut Item) {
    for entry in v.as_seq().unwrap_or(&[]) {
        let mount = s.and_then(|s| s.mounts.iter().find(|m| m.loc.span == entry.span));
        let key = match mount.map(|m| m.kind.as_str()) {
            Some("bind") => "compose.concept.bind-mount",
            Some("volume") if mount.is_some_and(|m| m.source.is_some()) => {
                "compose.concept.named-volume"
            }
            Some("volume") => "compose.concept.anonymous-volume",
            _ => "compose.service.volumes",
        };
        item.part(entry.span, key, mount.map(mount_text).unwrap_or_default());
        if entry.as_map().is_some() {
            for (k, _, sub) in entries(entry) {
                item.part(
                    k.span,
                    format!("compose.service.volumes.{sub}"),
                    Text::default(),
                );
            }
        } else if let (Some(m), Some(inner)) = (mount, scalar_span(text, entry)) {
            sides(&text[inner.start..inner.end], inner.start, m, item);
        }
    }
}

/// `source:target[:mode]` as parts.
fn sides(raw: &str, at: usize, m: &Mount, item: &mut Item) {
    let Some(src) = &m.source else {
        return;
    };
    let Some(rest) = raw
        .strip_prefix(src.as_str())
        .and_then(|r| r.strip_prefix(':'))
    else {
        return;
    };
    let t = if m.kind == "bind" {
        text!("the host path {src}", "宿主机路径 {src}")
    } else {
        text!("the volume {src}", "数据卷 {src}")
    };
    item.part(
        Span::new(at, at + src.len()),
        "compose.service.volumes.source",
        t,
    );
    let target = rest.split(':').next().unwrap_or(rest);
    let t_at = at + src.len() + 1;
    let tg = target.to_string();
    item.part(
        Span::new(t_at, t_at + target.len()),
        "compose.service.volumes.target",
        text!("the path {tg} in the container", "容器中的路径 {tg}"),
    );
    if let Some(mode) = rest[target.len()..].strip_prefix(':') {
        let m_at = t_at + target.len() + 1;
        item.part(
            Span::new(m_at, m_at + mode.len()),
            "compose.service.volumes.read_only",
            if mode.split(',').any(|m| m == "ro") {
                text!("options {mode} (ro: read-only)", "选项 {mode}（ro：只读）")
            } else {
                text!("options {mode}", "选项 {mode}")
            },
        );
    }
}
