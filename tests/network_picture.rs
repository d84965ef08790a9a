//! The network picture (`dockplay network --format svg`, `networkPicture` in the JS API): on
//! every corpus compose file and the lessons, no two service boxes overlap, every box lies
//! inside the region of each network it joins, everything lies inside the picture, the layout
//! is the same run after run, and the SVG names every service and network.

use dockplay::analysis::network::{self, NetworkReport};
use dockplay::analysis::picture::{self, model::Picture};
use dockplay::compose::{analyze, ComposeFile, ComposeOptions};
use dockplay::i18n::Lang;
use std::path::Path;

fn load(name: &str, text: &str) -> Option<(dockplay::compose::model::Project, NetworkReport)> {
    let files = [ComposeFile {
        name: name.into(),
        text: text.into(),
    }];
    let opts = ComposeOptions {
        project_name: Some("corpus".into()),
        ..ComposeOptions::default()
    };
    let a = analyze(&files, &opts);
    let p = a.project?;
    let r = network::report(&p, &[name.to_string()], &[text.to_string()]);
    Some((p, r))
}

/// Every property the picture must have; the first broken one, as a message.
fn check(pic: &Picture, r: &NetworkReport) -> Result<(), String> {
    if pic.boxes.len() != r.services.len() {
        return Err(format!(
            "{} boxes for {} services",
            pic.boxes.len(),
            r.services.len()
        ));
    }
    let whole = picture::model::Rect::new(0.0, 0.0, pic.width, pic.height);
    for (i, a) in pic.boxes.iter().enumerate() {
        if !whole.contains(&a.rect) {
            return Err(format!("{} lies outside the picture: {:?}", a.name, a.rect));
        }
        for b in &pic.boxes[i + 1..] {
            if a.rect.intersects(&b.rect) {
                return Err(format!("{} overlaps {}", a.name, b.name));
            }
        }
        for n in &a.networks {
            let Some(g) = pic.regions.iter().find(|g| &g.network == n) else {
                return Err(format!("no region for {n}, a network of {}", a.name));
            };
            if !g.rect.contains(&a.rect) {
                return Err(format!("{} is outside the region of {n}", a.name));
            }
        }
    }
    for g in &pic.regions {
        if !whole.contains(&g.rect) {
            return Err(format!("region {} lies outside the picture", g.network));
        }
    }
    Ok(())
}

#[test]
fn corpus_pictures_have_no_overlaps_and_keep_services_in_their_networks() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/compose");
    let index = std::fs::read_to_string(dir.join("compose-v5-config.jsonl")).unwrap();
    let mut drawn = 0;
    let mut failures = Vec::new();
    for line in index.lines() {
        let want: serde_json::Value = serde_json::from_str(line).unwrap();
        let file = want["file"].as_str().unwrap();
        let text = String::from_utf8_lossy(&std::fs::read(dir.join(file)).unwrap()).into_owned();
        let Some((p, r)) = load(file, &text) else {
            continue;
        };
        if r.services.is_empty() {
            continue;
        }
        let pic = picture::layout(&p, &r);
        if let Err(e) = check(&pic, &r) {
            failures.push(format!("{file}: {e}"));
        }
        if picture::layout(&p, &r) != pic {
            failures.push(format!("{file}: two layouts differ"));
        }
        let svg = picture::svg(&p, &r, Lang::En).unwrap();
        for s in &r.services {
            if !svg.contains(&format!("data-service=\"{}\"", picture::esc(&s.name))) {
                failures.push(format!("{file}: the SVG lacks {}", s.name));
            }
        }
        drawn += 1;
    }
    assert!(drawn > 250, "only {drawn} corpus files drawn");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A project of `n` services: a front tier publishing ports, a middle tier on two networks,
/// a back tier with volumes, chained by depends_on.
fn synthetic(n: usize) -> String {
    let mut s = String::from("services:\n");
    for i in 0..n {
        let tier = i % 3;
        s.push_str(&format!("  svc{i}:\n    image: example/svc{i}\n"));
        match tier {
            0 => s.push_str(&format!(
                "    ports: [\"127.0.0.1:{}:80\"]\n    networks: [front]\n    depends_on: [svc{}]\n",
                8000 + i,
                i + 1
            )),
            1 => s.push_str(&format!(
                "    networks: [front, back]\n    depends_on: [svc{}]\n",
                i + 1
            )),
            _ => s.push_str(&format!(
                "    networks: [back]\n    volumes: [\"data{i}:/var/lib/data\"]\n"
            )),
        }
    }
    s.push_str("networks:\n  front:\n  back:\n    internal: true\nvolumes:\n");
    for i in (2..n).step_by(3) {
        s.push_str(&format!("  data{i}:\n"));
    }
    s
}

#[test]
fn thirty_services_on_two_networks_are_laid_out_without_overlaps() {
    let text = synthetic(30);
    let (p, r) = load("compose.yaml", &text).unwrap();
    assert_eq!(r.services.len(), 30);
    let pic = picture::layout(&p, &r);
    check(&pic, &r).unwrap();
    // The middle tier bridges the two networks: its boxes lie in both regions.
    let front = pic.regions.iter().find(|g| g.network == "front").unwrap();
    let back = pic.regions.iter().find(|g| g.network == "back").unwrap();
    let bridge = pic.boxes.iter().find(|b| b.name == "svc1").unwrap();
    assert!(front.rect.contains(&bridge.rect) && back.rect.contains(&bridge.rect));
    assert_eq!(pic.ports.len(), 10);
    assert!(pic.host);
}

#[test]
fn the_lesson_shows_ports_internal_networks_dependencies_and_mounts_in_both_languages() {
    let text = "services:\n  web:\n    image: nginx\n    ports: [\"127.0.0.1:8000:5000\"]\n    networks: [front]\n    depends_on:\n      db: {condition: service_healthy}\n  db:\n    image: postgres\n    networks: [back]\n    volumes: [\"pgdata:/var/lib/postgresql/data\", \"./init.sql:/docker-entrypoint-initdb.d/init.sql:ro\"]\n    tmpfs: [/run]\n  sidecar:\n    image: busybox\n    network_mode: service:web\nnetworks:\n  front:\n  back:\n    internal: true\nvolumes:\n  pgdata:\n";
    let (p, r) = load("compose.yaml", text).unwrap();
    let en = picture::svg(&p, &r, Lang::En).unwrap();
    for want in [
        "127.0.0.1:8000 → web:5000/tcp",
        "internal: no route out",
        "waits until healthy",
        "volume pgdata → /var/lib/postgresql/data",
        "bind ./init.sql → /docker-entrypoint-initdb.d/init.sql (ro)",
        "uses web&#39;s network stack",
        "tmpfs /run",
        "aria-label=\"Network picture of the compose project corpus: 3 services on 2 networks\"",
    ] {
        assert!(en.contains(want), "no {want:?} in\n{en}");
    }
    let zh = picture::svg(&p, &r, Lang::Zh).unwrap();
    for want in [
        "宿主机（你的电脑）",
        "内部网络：不能访问外部",
        "等到健康",
        "数据卷 pgdata → /var/lib/postgresql/data",
        "绑定挂载 ./init.sql",
        "共用 web 的网络栈",
    ] {
        assert!(zh.contains(want), "no {want:?} in\n{zh}");
    }
    check(&picture::layout(&p, &r), &r).unwrap();
}

#[test]
fn the_label_counts_one_service_and_one_network_in_the_singular() {
    let (p, r) = load("compose.yaml", "services:\n  web:\n    image: nginx\n").unwrap();
    let en = picture::svg(&p, &r, Lang::En).unwrap();
    assert!(
        en.contains("project corpus: 1 service on 1 network\""),
        "{}",
        &en[..300]
    );
}

#[test]
fn text_from_the_file_is_escaped() {
    let text = "services:\n  web:\n    image: nginx\n    volumes: [\"./a<b>&\\\"c:/data\"]\n";
    let (p, r) = load("compose.yaml", text).unwrap();
    let svg = picture::svg(&p, &r, Lang::En).unwrap();
    assert!(svg.contains("./a&lt;b&gt;&amp;&quot;c"), "{svg}");
    assert!(!svg.contains("<b>"));
}

#[test]
fn too_many_services_get_no_picture() {
    let text = synthetic(picture::MAX_SERVICES + 1);
    let (p, r) = load("compose.yaml", &text).unwrap();
    assert!(picture::svg(&p, &r, Lang::En).is_none());
}

/// A random project from `seed` (xorshift): up to 24 services on up to 5 networks, with
/// depends_on (cycles and self-references included), `network_mode: service:…`, ports and
/// volumes, written as a compose file.
fn random_project(seed: u64) -> String {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n.max(1)
    };
    let services = 1 + next(24);
    let networks = next(6);
    let mut s = String::from("services:\n");
    for i in 0..services {
        s.push_str(&format!("  s{i}:\n    image: example/s{i}\n"));
        if networks > 0 && next(4) == 0 {
            s.push_str(&format!("    network_mode: service:s{}\n", next(services)));
        } else if networks > 0 {
            let joined: Vec<String> = (0..networks)
                .filter(|_| next(2) == 0)
                .map(|k| format!("n{k}"))
                .collect();
            if !joined.is_empty() {
                s.push_str(&format!("    networks: [{}]\n", joined.join(", ")));
            }
        }
        let deps: Vec<String> = (0..next(4))
            .map(|_| format!("s{}", next(services)))
            .collect();
        let mut deps = deps;
        deps.sort();
        deps.dedup();
        if !deps.is_empty() {
            s.push_str(&format!("    depends_on: [{}]\n", deps.join(", ")));
        }
        let ports: Vec<String> = (0..next(3))
            .map(|_| format!("\"{}:80\"", 8000 + next(50)))
            .collect();
        if !ports.is_empty() {
            s.push_str(&format!("    ports: [{}]\n", ports.join(", ")));
        }
        if next(3) == 0 {
            s.push_str("    volumes: [\"data:/data\", \"./conf:/etc/conf:ro\"]\n");
        }
    }
    s.push_str("volumes:\n  data:\n");
    if networks > 0 {
        s.push_str("networks:\n");
        for k in 0..networks {
            let internal = if next(3) == 0 {
                " {internal: true}"
            } else {
                ""
            };
            s.push_str(&format!("  n{k}:{internal}\n"));
        }
    }
    s
}

/// The layout holds its properties on hundreds of random graphs, not only on real files: no
/// panic (in the browser it would kill the engine worker), no overlap, every box in its regions.
#[test]
fn random_projects_are_laid_out_without_panics_or_overlaps() {
    let mut drawn = 0;
    for seed in 0..600 {
        let text = random_project(seed);
        let Some((p, r)) = load("compose.yaml", &text) else {
            continue;
        };
        let pic = picture::layout(&p, &r);
        check(&pic, &r).unwrap_or_else(|e| panic!("seed {seed}: {e}\n{text}"));
        for lang in [Lang::En, Lang::Zh] {
            assert!(picture::svg(&p, &r, lang).is_some(), "seed {seed}");
        }
        drawn += 1;
    }
    assert!(drawn > 500, "only {drawn} of 600 random projects loaded");
}
