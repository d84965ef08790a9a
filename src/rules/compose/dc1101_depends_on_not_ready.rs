//! DC1101 `depends-on-not-ready`: `depends_on` waits only for a dependency to start, while the
//! dependency has a healthcheck to wait for, or is a database that takes time to be ready.

use super::ComposeCtx;
use crate::compose::model::Service;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1101",
        name: "depends-on-not-ready",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "depends_on waits for a dependency to start, not to be ready",
            zh: "depends_on 只等依赖启动，不等它就绪",
        }),
        why: doc(Text {
            en: "The short form of depends_on (and condition: service_started) only orders the start: Compose starts the web container as soon as the database container has started, while the database may still be initialising for seconds, and the first connection fails. condition: service_healthy waits until the dependency's healthcheck passes; it needs a healthcheck on the dependency.",
            zh: "depends_on 的简写形式（以及 condition: service_started）只决定启动顺序：数据库容器一启动，Compose 就启动 web 容器，而数据库可能还要初始化好几秒，于是第一次连接就失败了。condition: service_healthy 会等到依赖的健康检查通过才启动；这要求依赖服务有健康检查（healthcheck）。",
        }),
        fix: doc(Text {
            en: "Give the dependency a healthcheck and write depends_on: {db: {condition: service_healthy}}.",
            zh: "给依赖服务加上 healthcheck，并写成 depends_on: {db: {condition: service_healthy}}。",
        }),
        bad: doc_str("services:\n  web:\n    image: myapp:1.0\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n"),
        good: doc_str("services:\n  web:\n    image: myapp:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// Images of servers that accept connections only some time after their container started.
const SLOW_STARTERS: &[&str] = &[
    "mysql",
    "mariadb",
    "postgres",
    "postgis",
    "mongo",
    "mssql",
    "oracle",
    "redis",
    "valkey",
    "rabbitmq",
    "kafka",
    "elasticsearch",
    "opensearch",
    "cassandra",
    "clickhouse",
    "couchdb",
    "neo4j",
    "influxdb",
    "timescaledb",
    "cockroach",
    "zookeeper",
    "keycloak",
];

/// The slow starter `s` runs, if any.
fn slow_starter(s: &Service) -> Option<&'static str> {
    let image = s.image.as_deref()?.to_ascii_lowercase();
    let path = image.split(['@', ':']).next().unwrap_or(&image).to_string();
    let last = path.rsplit('/').next().unwrap_or(&path).to_string();
    SLOW_STARTERS.iter().copied().find(|k| last.starts_with(k))
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(p) = cx.project else { return };
    for s in p.services.iter().filter(|s| s.active) {
        for d in s
            .depends_on
            .iter()
            .filter(|d| !d.implied && d.condition == "service_started")
        {
            let Some(dep) = p.service(&d.service) else {
                continue;
            };
            let (name, to) = (&s.name, &dep.name);
            let (message, help) = if dep.healthcheck {
                (
                    crate::text!(
                        "{name} waits only for {to} to start, though {to} has a healthcheck that says when it is ready",
                        "{name} 只等 {to} 启动，但 {to} 已经有健康检查，能表明它何时就绪"
                    ),
                    crate::text!(
                        "write {to}: {{condition: service_healthy}}",
                        "写成 {to}: {{condition: service_healthy}}"
                    ),
                )
            } else if let Some(kind) = slow_starter(dep) {
                let kind = if to.starts_with(kind) { "" } else { kind };
                let sp = if kind.is_empty() { "" } else { " " };
                (
                    crate::text!(
                        "{name} starts as soon as the {kind}{sp}container {to} has started, before {to} accepts connections",
                        "{kind}{sp}容器 {to} 一启动，{name} 就会启动，而这时 {to} 还不能接受连接"
                    ),
                    crate::text!(
                        "give {to} a healthcheck and write {to}: {{condition: service_healthy}}",
                        "给 {to} 加上 healthcheck，并写成 {to}: {{condition: service_healthy}}"
                    ),
                )
            } else {
                continue;
            };
            out.report_at(d.loc, message, Some(help));
        }
    }
}
