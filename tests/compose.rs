//! Compose end to end: the seed lessons, and hostile inputs.

use dockplay::analysis::network::report;
use dockplay::compose::{analyze, ComposeFile, ComposeOptions};
use std::path::Path;
use std::time::{Duration, Instant};

fn seed(name: &str) -> ComposeFile {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seed-examples")
        .join(name);
    ComposeFile {
        name: name.into(),
        text: std::fs::read_to_string(p).unwrap(),
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

#[test]
fn seed_000_deploy_lessons() {
    let f = seed("000-deploy.compose.yml");
    let a = analyze(std::slice::from_ref(&f), &ComposeOptions::default());
    // The duplicate `command:` is shown at both lines.
    let dup: Vec<usize> = a
        .sink
        .items
        .iter()
        .filter(|(_, d)| d.code.id == "DC0002")
        .map(|(_, d)| line_of(&f.text, d.span.start))
        .collect();
    assert_eq!(dup, [9, 10]);
    let p = a.project.as_ref().unwrap();
    let net = report(
        p,
        std::slice::from_ref(&f.name),
        std::slice::from_ref(&f.text),
    );
    let reach = |from: &str, to: &str| {
        net.reachability
            .iter()
            .find(|r| r.from == from && r.to == to)
    };
    let nginx_app = reach("nginx", "app").expect("nginx reaches app");
    assert!(nginx_app.hostnames.contains(&"python_server".to_string()));
    assert!(nginx_app.hostnames.contains(&"app".to_string()));
    assert!(
        !nginx_app.hostnames.contains(&"python_backend".to_string()),
        "alias of another network"
    );
    assert_eq!(nginx_app.networks, ["net_front"]);
    assert!(
        reach("nginx", "mysql").is_none(),
        "nginx and mysql share no network"
    );
    assert!(reach("app", "mysql")
        .unwrap()
        .hostnames
        .contains(&"masterdb".to_string()));
    // `hostname: rabbit` is not a DNS name for peers.
    assert!(!reach("app", "rabbitmq")
        .unwrap()
        .hostnames
        .contains(&"rabbit".to_string()));
    assert_eq!(net.ports.len(), 1);
    assert_eq!(
        (
            net.ports[0].service.as_str(),
            net.ports[0].published.as_deref(),
            net.ports[0].target
        ),
        ("nginx", Some("80"), 80)
    );
}

#[test]
fn every_seed_compose_file_loads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed-examples");
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".yml") || name.ends_with(".yaml") {
            n += 1;
            let a = analyze(&[seed(&name)], &ComposeOptions::default());
            assert!(a.project.is_some(), "{name}");
            assert!(!a.project.unwrap().services.is_empty(), "{name}");
        }
    }
    assert!(n >= 5);
}

#[test]
fn override_files_merge_in_order() {
    let base = ComposeFile {
        name: "compose.yaml".into(),
        text:
            "services:\n  web:\n    image: nginx:1\n    ports: [\"80:80\"]\n    command: [\"a\"]\n"
                .into(),
    };
    let over = ComposeFile {
        name: "compose.override.yaml".into(),
        text: "services:\n  web:\n    image: nginx:2\n    ports: [\"443:443\"]\n    command: [\"b\"]\n  db:\n    image: postgres\n".into(),
    };
    let a = analyze(&[base, over], &ComposeOptions::default());
    let p = a.project.unwrap();
    let web = p.service("web").unwrap();
    assert_eq!(web.image.as_deref(), Some("nginx:2"));
    assert_eq!(web.ports.len(), 2);
    assert_eq!(
        web.ports[1].loc.file, 1,
        "the second port comes from the override file"
    );
    assert!(p.service("db").is_some());
}

/// Each hostile input yields a diagnostic and returns promptly (a hang guard, not a benchmark).
fn hostile(text: String) -> Vec<String> {
    let start = Instant::now();
    let file = ComposeFile {
        name: "compose.yaml".into(),
        text,
    };
    let a = analyze(std::slice::from_ref(&file), &ComposeOptions::default());
    // The network report too: its pair list must stay bounded on huge projects.
    if let Some(p) = &a.project {
        let r = report(
            p,
            std::slice::from_ref(&file.name),
            std::slice::from_ref(&file.text),
        );
        assert!(
            r.reachability.len() <= 500 * 500,
            "{} pairs",
            r.reachability.len()
        );
    }
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
    a.sink
        .items
        .iter()
        .map(|(_, d)| d.code.id.to_string())
        .collect()
}

#[test]
fn alias_bomb_is_stopped() {
    let mut bomb = String::from("x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        bomb.push_str(&format!("x-a{i}: &a{i} [{refs}]\n"));
    }
    bomb.push_str("services:\n  s:\n    image: x\n    command: *a9\n");
    assert!(hostile(bomb).contains(&"DC0003".to_string()));
}

#[test]
fn deep_nesting_is_stopped() {
    let flow = format!("services: {}{}", "[".repeat(20_000), "]".repeat(20_000));
    assert!(hostile(flow).contains(&"DC0003".to_string()));
    // Block nesting within a megabyte: 1,400 levels of one-space indentation.
    let block: String = (0..1_400)
        .map(|i| format!("{}k:\n", " ".repeat(i)))
        .collect();
    assert!(hostile(block).contains(&"DC0003".to_string()));
    // Far over the size budget: refused before parsing.
    let huge = "#".repeat(5 << 20);
    assert!(hostile(huge).contains(&"DC0003".to_string()));
}

#[test]
fn a_megabyte_file_and_binary_junk() {
    let mut big = String::from("services:\n");
    let mut i = 0;
    while big.len() < 1 << 20 {
        big.push_str(&format!(
            "  s{i}:\n    image: nginx\n    ports: [\"{}:80\"]\n    networks: [n{}]\n",
            10000 + i % 50000,
            i % 7
        ));
        i += 1;
    }
    big.push_str("networks:\n");
    for n in 0..7 {
        big.push_str(&format!("  n{n}:\n"));
    }
    let codes = hostile(big.clone());
    assert!(codes.is_empty(), "{codes:?}");
    let a = analyze(
        &[ComposeFile {
            name: "compose.yaml".into(),
            text: big.clone(),
        }],
        &ComposeOptions::default(),
    );
    let r = report(
        a.project.as_ref().unwrap(),
        &["compose.yaml".into()],
        &[big],
    );
    assert!(r.reachability_omitted && r.reachability.is_empty());
    let mut seed: u32 = 7;
    let junk: Vec<u8> = (0..100_000)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (seed >> 16) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&junk).into_owned();
    assert!(!hostile(text).is_empty());
}
