//! Every lesson the tutorials teach is flagged on their own Dockerfiles (`../shared/seed-examples`).

use dockplay::{analyze_file, Options};
use std::path::Path;

/// `(rule, line)` of every finding for a seed Dockerfile.
fn findings(name: &str) -> Vec<(String, usize)> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seed-examples")
        .join(name);
    let bytes = std::fs::read(p).unwrap();
    analyze_file(name, &bytes, &Options::default())
        .diagnostics
        .into_iter()
        .map(|d| (d.rule, d.line))
        .collect()
}

/// Whether `rule` (or the hadolint rule it is reported under by default) fired at `line`.
fn has(found: &[(String, usize)], rule: &str, line: usize) -> bool {
    let alias = match rule {
        "MaintainerDeprecated" => "DL4000",
        "WorkdirRelativePath" => "DL3000",
        "JSONArgsRecommended" => "DL3025",
        other => other,
    };
    found
        .iter()
        .any(|(r, l)| (r == rule || r == alias) && *l == line)
}

#[test]
fn cache_order_on_000_and_002() {
    let f = findings("000-python.Dockerfile");
    assert!(has(&f, "DP1001", 27), "{f:?}");
    let f = findings("002-template.Dockerfile");
    assert!(has(&f, "DP1001", 22), "{f:?}");
    for ok in [
        "001-flask.Dockerfile",
        "003-basic.Dockerfile",
        "004-python.Dockerfile",
    ] {
        assert!(!findings(ok).iter().any(|(r, _)| r == "DP1001"), "{ok}");
    }
}

#[test]
fn maintainer_legacy_env_and_inline_comment() {
    for (f, line) in [
        ("001-flask.Dockerfile", 3),
        ("001-flask-nginx-uwsgi.Dockerfile", 3),
        ("002-template.Dockerfile", 5),
    ] {
        assert!(has(&findings(f), "MaintainerDeprecated", line), "{f}");
    }
    assert!(has(
        &findings("004-python.Dockerfile"),
        "LegacyKeyValueFormat",
        3
    ));
    assert!(has(
        &findings("002-template.Dockerfile"),
        "LegacyKeyValueFormat",
        14
    ));
    assert!(has(&findings("004-python.Dockerfile"), "DP1003", 7));
}

#[test]
fn entrypoint_and_cmd_on_001() {
    assert!(has(&findings("001-flask.Dockerfile"), "DP1013", 18));
}

#[test]
fn stage_casing_curl_healthcheck_and_production_install_on_003() {
    let f = findings("003-frontend-backend.Dockerfile");
    assert!(has(&f, "FromAsCasing", 3), "{f:?}");
    assert!(has(&f, "DP1006", 7), "{f:?}");
    let f = findings("003-basic.Dockerfile");
    assert!(has(&f, "DP1005", 37), "{f:?}");
    // best-practice installs curl in the stage, production inherits it from its base stage.
    assert!(!findings("003-best-practice.Dockerfile")
        .iter()
        .any(|(r, _)| r == "DP1005"));
    assert!(!findings("003-production.Dockerfile")
        .iter()
        .any(|(r, _)| r == "DP1005"));
}

#[test]
fn relative_workdir_on_000_and_placeholder_port_on_002() {
    assert!(has(
        &findings("000-python.Dockerfile"),
        "WorkdirRelativePath",
        26
    ));
    assert!(has(&findings("002-template.Dockerfile"), "DL3011", 17));
}

#[test]
fn root_user_where_no_user_is_set() {
    for f in [
        "000-python.Dockerfile",
        "001-flask.Dockerfile",
        "002-template.Dockerfile",
        "004-python.Dockerfile",
    ] {
        assert!(findings(f).iter().any(|(r, _)| r == "DP1007"), "{f}");
    }
    for f in [
        "003-basic.Dockerfile",
        "003-best-practice.Dockerfile",
        "003-production.Dockerfile",
    ] {
        assert!(
            !findings(f).iter().any(|(r, _)| r == "DP1007"),
            "{f} sets USER"
        );
    }
}

#[test]
fn service_start_in_cmd_from_the_002_tutorial() {
    // The tutorial's own example (seeds/002): `CMD service nginx start` exits at once.
    let text = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y nginx\nCMD service nginx start\n";
    let r = analyze_file("Dockerfile", text.as_bytes(), &Options::default());
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "DP1002")
        .expect("daemon in CMD");
    assert_eq!(d.line, 3);
    assert!(d.message_i18n.zh.contains("容器就会停止"));
}

#[test]
fn end_of_life_images() {
    assert!(has(&findings("000-python.Dockerfile"), "DP1011", 1));
    assert!(has(&findings("001-flask.Dockerfile"), "DP1011", 1));
    assert!(has(
        &findings("003-frontend-backend.Dockerfile"),
        "DP1011",
        3
    ));
}

/// The compose lessons: the obsolete `version:`, unquoted `a:b` ports, `depends_on` that does
/// not wait for the database to be ready, passwords written in the file (a weak one too), and
/// the duplicate `command` key Compose refuses.
#[test]
fn compose_lessons() {
    let f = findings("004-dev.compose.yml");
    assert!(has(&f, "DC1001", 1), "{f:?}");
    assert!(has(&f, "DC1008", 8), "8000:5000 unquoted: {f:?}");
    assert!(has(&f, "DC1207", 17), "MYSQL_ROOT_PASSWORD: {f:?}");
    let f = findings("003-basic.compose.yml");
    assert!(has(&f, "DC1001", 2), "{f:?}");
    assert!(
        has(&f, "DC1101", 14),
        "web waits only for db to start: {f:?}"
    );
    assert!(has(&f, "DC1207", 11), "the password in DATABASE_URL: {f:?}");
    assert!(has(&f, "DC1207", 28), "POSTGRES_PASSWORD: password: {f:?}");
    let f = findings("003-prod.compose.yml");
    assert!(
        !f.iter().any(|(r, _)| r == "DC1207"),
        "${{DB_PASSWORD}} is no plaintext secret: {f:?}"
    );
    assert!(has(&f, "DC1101", 16), "{f:?}");
    let f = findings("000-deploy.compose.yml");
    assert!(has(&f, "DC0002", 10), "the second command: {f:?}");
    assert!(
        has(&f, "DC1101", 12),
        "app waits only for mysql to start: {f:?}"
    );
    assert!(
        has(&f, "DC1207", 36),
        "MYSQL_ROOT_PASSWORD: root1234: {f:?}"
    );
}

/// The tutorial's compose file and the Dockerfile it builds, analysed together as the
/// playground does: `8000:5000` maps to the port `flask run --host=0.0.0.0` listens on, so no
/// port finding; a copy that maps the wrong port is caught.
#[test]
fn compose_with_its_dockerfile() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed-examples");
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap();
    let set = |compose: String| {
        vec![
            dockplay::InputFile {
                name: "Dockerfile".into(),
                text: read("004-python.Dockerfile"),
            },
            dockplay::InputFile {
                name: "compose.yaml".into(),
                text: compose,
            },
        ]
    };
    let codes = |compose: String| -> Vec<String> {
        let r = dockplay::analyze(&set(compose), &Options::default());
        r.files[1]
            .diagnostics
            .iter()
            .map(|d| d.rule.clone())
            .collect()
    };
    let compose = read("004-dev.compose.yml");
    let found = codes(compose.clone());
    assert!(!found.iter().any(|c| c.starts_with("DC130")), "{found:?}");
    let found = codes(compose.replace("8000:5000", "8000:8000"));
    assert!(found.contains(&"DC1303".to_string()), "{found:?}");
}

/// The deployment lesson: two networks split the services, so nginx reaches the app but not
/// mysql, while the app reaches both.
#[test]
fn networks_split_nginx_from_mysql() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seed-examples/000-deploy.compose.yml");
    let report = analyze_file(
        "000-deploy.compose.yml",
        &std::fs::read(p).unwrap(),
        &Options::default(),
    );
    let net = report.network.expect("the project loads");
    let reaches = |a: &str, b: &str| net.reachability.iter().any(|r| r.from == a && r.to == b);
    assert!(reaches("nginx", "app") && reaches("app", "mysql"));
    assert!(!reaches("nginx", "mysql"), "nginx is on net_front only");
}
