//! What the compose ↔ Dockerfile rules read from the Dockerfile a service builds: its target
//! stage, the instructions in effect there (a stage inherits from the stages it builds on), the
//! ports it EXPOSEs and the port its server command binds.

use super::{ComposeCtx, LinkedBuild};
use crate::dockerfile::model::{Command, Instr};
use crate::dockerfile::Dockerfile;

/// A linked build's Dockerfile model (`None` when it was too large to read).
pub(crate) fn model<'a>(cx: &ComposeCtx<'a>, b: &LinkedBuild) -> Option<&'a Dockerfile> {
    cx.dockerfiles.get(b.dockerfile)?.model.as_ref()
}

/// Each linked build with its service, its Dockerfile model and the stage it builds (builds whose
/// Dockerfile could not be read or whose target names no stage are left out).
pub(crate) fn targets<'a>(
    cx: &'a ComposeCtx<'a>,
) -> impl Iterator<
    Item = (
        &'a LinkedBuild,
        super::ServiceEntry<'a>,
        &'a Dockerfile,
        usize,
    ),
> + 'a {
    cx.builds.iter().filter_map(move |b| {
        let (s, m) = (cx.service_of(b)?, model(cx, b)?);
        let stage = target_stage(m, b.spec.target.as_deref())?;
        Some((b, s, m, stage))
    })
}

/// The stage a build produces: `build.target`, else the last stage.
pub(crate) fn target_stage(m: &Dockerfile, target: Option<&str>) -> Option<usize> {
    match target {
        Some(t) => m.stage_names.get(&t.to_ascii_lowercase()).copied(),
        None => m.stages.len().checked_sub(1),
    }
}

/// The last instruction of `stage` (or the stages it builds on) that `pick` accepts.
pub(crate) fn in_effect<'m, T>(
    m: &'m Dockerfile,
    stage: usize,
    pick: impl Fn(&'m Instr) -> Option<T>,
) -> Option<(usize, T)> {
    m.stage_chain(stage).into_iter().find_map(|s| {
        m.stages[s]
            .instructions
            .iter()
            .rev()
            .find_map(|&i| pick(&m.instructions[i].kind).map(|t| (i, t)))
    })
}

/// The words of a command (shell form split on blanks).
pub(crate) fn words(c: &Command) -> Vec<String> {
    match c {
        Command::Exec(w) => w.iter().map(|x| x.value.clone()).collect(),
        Command::Shell(s) => s.value.split_whitespace().map(String::from).collect(),
        Command::Empty => Vec::new(),
    }
}

/// Ports the stage EXPOSEs (with inheritance), as numbers.
pub(crate) fn exposed(m: &Dockerfile, stage: usize) -> Vec<u16> {
    let mut out = Vec::new();
    for s in m.stage_chain(stage) {
        for &i in &m.stages[s].instructions {
            if let Instr::Expose(ports) = &m.instructions[i].kind {
                for p in ports {
                    let n = p.value.split('/').next().unwrap_or("");
                    let n = n.split('-').next().unwrap_or(n);
                    out.extend(n.parse::<u16>().ok());
                }
            }
        }
    }
    out
}

/// A server's listening address read from its command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listen {
    /// The port.
    pub port: u16,
    /// The address (`None`: all interfaces).
    pub host: Option<String>,
    /// The server, as the message names it (`gunicorn`, `flask run`).
    pub server: String,
}

fn host_port(v: &str) -> (Option<String>, Option<u16>) {
    match v.rsplit_once(':') {
        Some((h, p)) => ((!h.is_empty()).then(|| h.to_string()), p.parse().ok()),
        None => match v.parse() {
            Ok(p) => (None, Some(p)),
            Err(_) => (Some(v.to_string()), None),
        },
    }
}

/// The value of option `names` in `w` (`--port 80`, `--port=80`, `-p80` is not read).
fn opt<'w>(w: &'w [String], names: &[&str]) -> Option<&'w str> {
    for (i, x) in w.iter().enumerate() {
        for n in names {
            if x == n {
                return w.get(i + 1).map(String::as_str);
            }
            if let Some(v) = x.strip_prefix(&format!("{n}=")) {
                return Some(v);
            }
        }
    }
    None
}

/// Where the server started by `w` listens, for the servers whose defaults are known.
pub(crate) fn listen(w: &[String]) -> Option<Listen> {
    let base = |x: &String| x.rsplit('/').next().unwrap_or(x).to_string();
    let names: Vec<String> = w.iter().map(base).collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    if has("gunicorn") {
        let (host, port) = opt(w, &["-b", "--bind"])
            .map(host_port)
            .unwrap_or((None, None));
        return Some(Listen {
            port: port.unwrap_or(8000),
            host: Some(host.unwrap_or_else(|| "127.0.0.1".into())),
            server: "gunicorn".into(),
        });
    }
    if has("uvicorn") || has("hypercorn") {
        let server = if has("uvicorn") {
            "uvicorn"
        } else {
            "hypercorn"
        };
        let port = opt(w, &["--port"])
            .and_then(|p| p.parse().ok())
            .unwrap_or(8000);
        let host = opt(w, &["--host"]).unwrap_or("127.0.0.1").to_string();
        return Some(Listen {
            port,
            host: Some(host),
            server: server.into(),
        });
    }
    if let Some(i) = names.iter().position(|x| x == "flask") {
        if names.get(i + 1).map(String::as_str) == Some("run") {
            let port = opt(w, &["--port", "-p"])
                .and_then(|p| p.parse().ok())
                .unwrap_or(5000);
            let host = opt(w, &["--host", "-h"]).unwrap_or("127.0.0.1").to_string();
            return Some(Listen {
                port,
                host: Some(host),
                server: "flask run".into(),
            });
        }
    }
    if let Some(i) = names.iter().position(|x| x == "runserver") {
        let (host, port) = w
            .get(i + 1)
            .filter(|a| !a.starts_with('-'))
            .map(|a| host_port(a))
            .unwrap_or((None, None));
        return Some(Listen {
            port: port.unwrap_or(8000),
            host: Some(host.unwrap_or_else(|| "127.0.0.1".into())),
            server: "manage.py runserver".into(),
        });
    }
    if let Some(i) = names.iter().position(|x| x == "http.server") {
        let port = w.get(i + 1).and_then(|p| p.parse().ok()).unwrap_or(8000);
        let host = opt(w, &["--bind", "-b"]).map(String::from);
        return Some(Listen {
            port,
            host,
            server: "python -m http.server".into(),
        });
    }
    None
}

/// Whether `host` is an address that only the container itself reaches.
pub(crate) fn loopback(host: &Option<String>) -> bool {
    host.as_deref()
        .is_some_and(crate::compose::address::is_loopback)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn servers_and_their_defaults() {
        let l = listen(&w("gunicorn -b 0.0.0.0:8000 app:app")).unwrap();
        assert_eq!((l.port, l.host.as_deref()), (8000, Some("0.0.0.0")));
        let l = listen(&w("flask run")).unwrap();
        assert_eq!((l.port, l.host.as_deref()), (5000, Some("127.0.0.1")));
        let l = listen(&w("python -m flask run --host=0.0.0.0 --port 8080")).unwrap();
        assert_eq!((l.port, l.host.as_deref()), (8080, Some("0.0.0.0")));
        let l = listen(&w("uvicorn main:app --host 0.0.0.0 --port 80")).unwrap();
        assert_eq!(l.port, 80);
        let l = listen(&w("python manage.py runserver 0.0.0.0:8000")).unwrap();
        assert_eq!((l.port, l.host.as_deref()), (8000, Some("0.0.0.0")));
        assert_eq!(listen(&w("node server.js")), None);
    }
}
