//! The network picture as a standalone SVG document: presentation attributes only (no `<style>`
//! and no `style=`, so a strict Content-Security-Policy page can show it and an exported file
//! looks the same), classes and `data-` attributes a page can restyle and script, and an
//! accessible name on the picture and on every service and network.

use super::layout::{text_width, HOST_HEIGHT, LINE};
use super::model::{Picture, Rect, ServiceBox};
use crate::analysis::network::{NetworkReport, PortRow, ServiceOut};
use crate::i18n::Lang;
use std::fmt::Write;

/// Fill colours of the network regions, in turn.
const REGION_FILLS: [&str; 6] = [
    "#e8f1fd", "#eaf7ec", "#fdf1e3", "#f3ecfb", "#e6f6f6", "#fbe9ee",
];
/// Their border colours.
const REGION_STROKES: [&str; 6] = [
    "#4a7fc1", "#3f9150", "#c27a2a", "#8459b8", "#2f8f8f", "#b8506b",
];

/// Text escaped for XML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `text` cut to about `width` pixels at the box font size, with an ellipsis.
fn fit(text: &str, width: f64) -> String {
    if text_width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if text_width(&out) + 2.0 * 6.6 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// The host side of a port row: `127.0.0.1:8000`, `[::1]:8000`, `0.0.0.0:8000`, `0.0.0.0:?`.
pub fn host_side(p: &PortRow) -> String {
    let ip = match &p.host_ip {
        Some(ip) if ip.contains(':') => format!("[{ip}]"),
        Some(ip) => ip.clone(),
        None => "0.0.0.0".into(),
    };
    format!("{ip}:{}", p.published.as_deref().unwrap_or("?"))
}

/// `127.0.0.1:8000 → web:5000/tcp`.
pub fn port_label(p: &PortRow) -> String {
    format!(
        "{} → {}:{}/{}",
        host_side(p),
        p.service,
        p.target_text(),
        p.protocol
    )
}

/// How a `depends_on` condition reads on its arrow.
fn condition_label(lang: Lang, condition: &str) -> &'static str {
    match condition {
        "service_healthy" => lang.pick("waits until healthy", "等到健康"),
        "service_completed_successfully" => {
            lang.pick("waits until it exits with 0", "等到成功退出")
        }
        _ => lang.pick("waits until started", "等到启动"),
    }
}

/// The kind of a mount as its box line names it.
fn mount_kind(lang: Lang, kind: &str) -> &'static str {
    match kind {
        "volume" => lang.pick("volume", "数据卷"),
        "bind" => lang.pick("bind", "绑定挂载"),
        "tmpfs" => "tmpfs",
        "npipe" => "npipe",
        "image" => lang.pick("image", "镜像"),
        _ => lang.pick("mount", "挂载"),
    }
}

/// The accessible name of a service: its networks, ports and dependencies.
fn service_label(lang: Lang, b: &ServiceBox, s: &ServiceOut, r: &NetworkReport) -> String {
    let mut parts = vec![b.name.clone()];
    if let Some(m) = &b.network_mode {
        parts.push(format!("network_mode: {m}"));
    } else if !b.networks.is_empty() {
        parts.push(format!(
            "{}{}",
            lang.pick("networks: ", "网络："),
            b.networks.join(", ")
        ));
    }
    let ports: Vec<String> = b
        .ports
        .iter()
        .filter_map(|&k| r.ports.get(k))
        .map(port_label)
        .collect();
    if !ports.is_empty() {
        parts.push(format!(
            "{}{}",
            lang.pick("publishes ", "发布端口 "),
            ports.join(", ")
        ));
    }
    if !s.depends_on.is_empty() {
        let deps: Vec<&str> = s.depends_on.iter().map(|d| d.service.as_str()).collect();
        parts.push(format!(
            "{}{}",
            lang.pick("depends on ", "依赖 "),
            deps.join(", ")
        ));
    }
    let volumes = b.mounts.len() + b.more_mounts;
    if volumes > 0 {
        parts.push(match lang {
            Lang::En => format!("{volumes} mount{}", if volumes == 1 { "" } else { "s" }),
            Lang::Zh => format!("{volumes} 个挂载"),
        });
    }
    parts.join(lang.pick("; ", "；"))
}

fn rect_attrs(r: &Rect) -> String {
    format!(
        "x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"",
        r.x, r.y, r.w, r.h
    )
}

/// The picture as an SVG document.
pub fn render(pic: &Picture, r: &NetworkReport, lang: Lang) -> String {
    let mut o = String::new();
    let title = match lang {
        Lang::En => {
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            format!(
                "Network picture of the compose project {}: {} on {}",
                pic.project,
                plural(pic.boxes.len(), "service", "services"),
                plural(pic.regions.len(), "network", "networks")
            )
        }
        Lang::Zh => format!(
            "compose 项目 {} 的网络图：{} 个服务，{} 个网络",
            pic.project,
            pic.boxes.len(),
            pic.regions.len()
        ),
    };
    let _ = write!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"np\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"group\" aria-label=\"{t}\" font-family=\"system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif\" font-size=\"12\">",
        w = pic.width,
        h = pic.height,
        t = esc(&title)
    );
    let _ = write!(o, "<title>{}</title>", esc(&title));
    o.push_str("<defs><marker id=\"np-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#7a4fb5\"/></marker></defs>");
    let _ = write!(
        o,
        "<rect class=\"np-bg\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        pic.width, pic.height
    );
    regions(&mut o, pic, lang);
    host(&mut o, pic, r, lang);
    depends(&mut o, pic, lang);
    // The boxes are in the report's service order.
    for (b, s) in pic.boxes.iter().zip(&r.services) {
        service(&mut o, b, s, pic, r, lang);
    }
    o.push_str("</svg>");
    o
}

fn regions(o: &mut String, pic: &Picture, lang: Lang) {
    // The labels go over every region, so an overlapping region does not cover them.
    let mut labels = String::new();
    for (i, g) in pic.regions.iter().enumerate() {
        let (fill, stroke) = (
            REGION_FILLS[i % REGION_FILLS.len()],
            REGION_STROKES[i % REGION_STROKES.len()],
        );
        let mut tags = Vec::new();
        if g.internal {
            tags.push(lang.pick("internal: no route out", "内部网络：不能访问外部"));
        }
        if g.external {
            tags.push(lang.pick("external", "外部创建"));
        }
        let label = if tags.is_empty() {
            g.network.clone()
        } else {
            format!("{} ({})", g.network, tags.join(", "))
        };
        let name = match lang {
            Lang::En => format!(
                "network {label}, engine name {}: {}",
                g.name,
                g.members.join(", ")
            ),
            Lang::Zh => format!(
                "网络 {label}，引擎中名为 {}：{}",
                g.name,
                g.members.join("、")
            ),
        };
        let dash = if g.internal {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        let _ = write!(
            o,
            "<g class=\"np-net\" data-network=\"{key}\" aria-label=\"{n}\"><title>{n}</title><rect class=\"np-region\" {r} rx=\"12\" fill=\"{fill}\" fill-opacity=\"0.55\" stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}/></g>",
            key = esc(&g.network),
            n = esc(&name),
            r = rect_attrs(&g.rect),
        );
        labels.push_str(&format!(
            "<text class=\"np-net-label\" data-network=\"{key}\" x=\"{x:.1}\" y=\"{y:.1}\" fill=\"{stroke}\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" font-weight=\"600\">{l}</text>",
            key = esc(&g.network),
            x = g.rect.x + 10.0,
            y = g.rect.y + 15.0,
            l = esc(&fit(&label, g.rect.w - 16.0)),
        ));
    }
    o.push_str(&labels);
}

fn host(o: &mut String, pic: &Picture, r: &NetworkReport, lang: Lang) {
    if !pic.host {
        return;
    }
    let label = lang.pick(
        "Host (your computer): published ports",
        "宿主机（你的电脑）：发布的端口",
    );
    let _ = write!(
        o,
        "<g class=\"np-host\" aria-label=\"{l}\"><rect x=\"4\" y=\"2\" width=\"{w:.1}\" height=\"{h:.1}\" rx=\"6\" fill=\"#37474f\"/><text x=\"14\" y=\"22\" fill=\"#ffffff\" font-weight=\"600\">{l}</text></g>",
        l = esc(label),
        w = pic.width - 8.0,
        h = HOST_HEIGHT - 4.0,
    );
    for c in &pic.ports {
        let Some(row) = r.ports.get(c.row) else {
            continue;
        };
        let text = port_label(row);
        let (colour, dash, extra) = if c.reachable {
            ("#37474f", "", String::new())
        } else {
            (
                "#c62828",
                " stroke-dasharray=\"4 3\"",
                format!(
                    " ({})",
                    lang.pick("the host cannot reach it", "宿主机无法访问")
                ),
            )
        };
        let _ = write!(
            o,
            "<g class=\"np-port\" data-service=\"{s}\" aria-label=\"{a}\"><title>{a}</title><line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{colour}\" stroke-width=\"1.5\"{dash}/><circle cx=\"{x2:.1}\" cy=\"{y2:.1}\" r=\"3\" fill=\"{colour}\"/><text x=\"{tx:.1}\" y=\"{ty:.1}\" fill=\"{colour}\" font-size=\"11\">{t}</text></g>",
            s = esc(&c.service),
            a = esc(&format!("{text}{extra}")),
            x1 = c.from.0,
            y1 = c.from.1,
            x2 = c.to.0,
            y2 = c.to.1,
            tx = c.to.0 + 5.0,
            ty = c.to.1 - 5.0 - c.nth as f64 * 13.0,
            t = esc(&text),
        );
    }
}

fn depends(o: &mut String, pic: &Picture, lang: Lang) {
    for d in &pic.depends {
        let label = condition_label(lang, &d.condition);
        let name = match lang {
            Lang::En => format!("{} depends on {} ({label})", d.from, d.to),
            Lang::Zh => format!("{} 依赖 {}（{label}）", d.from, d.to),
        };
        let (mx, my) = ((d.start.0 + d.end.0) / 2.0, (d.start.1 + d.end.1) / 2.0);
        let _ = write!(
            o,
            "<g class=\"np-dep\" data-from=\"{f}\" data-to=\"{t}\" aria-label=\"{n}\"><title>{n}</title><path d=\"M{x1:.1} {y1:.1}L{x2:.1} {y2:.1}\" fill=\"none\" stroke=\"#7a4fb5\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\" marker-end=\"url(#np-arrow)\"/><text x=\"{tx:.1}\" y=\"{ty:.1}\" fill=\"#7a4fb5\" font-size=\"10\">{l}</text></g>",
            f = esc(&d.from),
            t = esc(&d.to),
            n = esc(&name),
            x1 = d.start.0,
            y1 = d.start.1,
            x2 = d.end.0,
            y2 = d.end.1,
            tx = mx + 5.0,
            ty = my + 3.0,
            l = esc(label),
        );
    }
}

fn service(
    o: &mut String,
    b: &ServiceBox,
    s: &ServiceOut,
    pic: &Picture,
    r: &NetworkReport,
    lang: Lang,
) {
    let name = service_label(lang, b, s, r);
    let dash = if b.network_mode.is_some() {
        " stroke-dasharray=\"5 3\""
    } else {
        ""
    };
    let _ = write!(
        o,
        "<g class=\"np-svc\" data-service=\"{s}\" tabindex=\"0\" role=\"button\" aria-label=\"{n}\"><title>{n}</title><rect class=\"np-box\" {r} rx=\"6\" fill=\"#ffffff\" stroke=\"#263238\" stroke-width=\"1.5\"{dash}/><text class=\"np-name\" x=\"{x:.1}\" y=\"{y:.1}\" fill=\"#1a1a1a\" font-size=\"13\" font-weight=\"600\">{t}</text>",
        s = esc(&b.name),
        n = esc(&name),
        r = rect_attrs(&b.rect),
        x = b.rect.x + 10.0,
        y = b.rect.y + 20.0,
        t = esc(&fit(&b.name, b.rect.w - 16.0)),
    );
    // A stripe per network in the region's colour, so membership reads even where regions
    // overlap.
    for (k, n) in b.networks.iter().enumerate() {
        if let Some(i) = pic.regions.iter().position(|g| &g.network == n) {
            let _ = write!(
                o,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"5\" height=\"{:.1}\" fill=\"{}\"/>",
                b.rect.x + b.rect.w - 8.0 - 7.0 * k as f64,
                b.rect.y + 6.0,
                14.0,
                REGION_STROKES[i % REGION_STROKES.len()]
            );
        }
    }
    let mut y = b.rect.y + 20.0 + LINE;
    if let Some(m) = &b.network_mode {
        let text = match m.strip_prefix("service:") {
            Some(x) => match lang {
                Lang::En => format!("uses {x}'s network stack"),
                Lang::Zh => format!("共用 {x} 的网络栈"),
            },
            None => format!("network_mode: {m}"),
        };
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{y:.1}\" fill=\"#8a3b00\" font-size=\"11\">{}</text>",
            b.rect.x + 10.0,
            esc(&fit(&text, b.rect.w - 16.0))
        );
        y += LINE;
    }
    for m in &b.mounts {
        let text = format!("{} {}", mount_kind(lang, &m.kind), m.text());
        let _ = write!(
            o,
            "<text class=\"np-mount\" x=\"{:.1}\" y=\"{y:.1}\" fill=\"#455a64\" font-size=\"11\"><title>{}</title>{}</text>",
            b.rect.x + 10.0,
            esc(&text),
            esc(&fit(&text, (b.rect.w - 16.0) / 0.9))
        );
        y += LINE;
    }
    if b.more_mounts > 0 {
        let more = match lang {
            Lang::En => format!("+{} more", b.more_mounts),
            Lang::Zh => format!("另有 {} 个", b.more_mounts),
        };
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"#455a64\" font-size=\"11\" text-anchor=\"end\">{}</text>",
            b.rect.x + b.rect.w - 8.0,
            b.rect.y + b.rect.h - 6.0,
            esc(&more)
        );
    }
    o.push_str("</g>");
}
