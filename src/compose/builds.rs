//! The Dockerfiles a compose file builds: each service's `build` (context and `dockerfile`, or
//! `dockerfile_inline`), resolved to a path relative to the compose file and read through the
//! caller (the CLI reads the disk, a set of files in the playground is searched), so compose
//! rules can check a service against the image it builds.

use crate::yaml::Node;

/// Distinct Dockerfiles read for one compose file, at most.
pub const MAX_BUILDS: usize = 20;

/// Where a service's Dockerfile is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A path relative to the compose file's directory (normalized, `/`-separated).
    Path(String),
    /// `dockerfile_inline`.
    Inline(String),
}

/// A service's `build`, as far as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildSpec {
    /// Where its Dockerfile is (`None` for a remote context or an absolute path).
    pub source: Option<Source>,
    /// `build.target`, with its node.
    pub target: Option<String>,
    /// `build.args` names.
    pub args: Vec<String>,
}

/// `a/./b/../c` → `a/c`; `None` when it climbs above the start or is absolute.
pub fn normalize(path: &str) -> Option<String> {
    if path.starts_with('/') || path.starts_with('\\') || path.as_bytes().get(1) == Some(&b':') {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split(['/', '\\']) {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            x => parts.push(x),
        }
    }
    Some(parts.join("/"))
}

/// The build of a service body, if it has one.
pub fn spec(body: &Node) -> Option<BuildSpec> {
    let build = body.get("build")?;
    let (context, dockerfile, inline) = match build.as_str() {
        Some(c) => (c.to_string(), None, None),
        None => (
            build
                .get("context")
                .and_then(Node::as_str)
                .unwrap_or(".")
                .to_string(),
            build
                .get("dockerfile")
                .and_then(Node::as_str)
                .map(String::from),
            build
                .get("dockerfile_inline")
                .and_then(Node::as_str)
                .map(String::from),
        ),
    };
    let remote =
        context.contains("://") || context.starts_with("git@") || context.ends_with(".git");
    let source = match inline {
        Some(text) => Some(Source::Inline(text)),
        None if remote => None,
        None => {
            let file = dockerfile.unwrap_or_else(|| "Dockerfile".into());
            normalize(&format!("{context}/{file}")).map(Source::Path)
        }
    };
    let args = match build.get("args") {
        Some(a) => match (a.as_map(), a.as_seq()) {
            (Some(m), _) => m
                .iter()
                .filter_map(|(k, _)| k.as_str().map(String::from))
                .collect(),
            (_, Some(items)) => items
                .iter()
                .filter_map(|i| {
                    i.as_str()
                        .map(|s| s.split('=').next().unwrap_or(s).to_string())
                })
                .collect(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    Some(BuildSpec {
        source,
        target: build.get("target").and_then(Node::as_str).map(String::from),
        args,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_resolved_against_the_context() {
        assert_eq!(
            normalize("./app/../web/./Dockerfile").as_deref(),
            Some("web/Dockerfile")
        );
        assert_eq!(normalize("../Dockerfile"), None);
        assert_eq!(normalize("/srv/Dockerfile"), None);
        let root = crate::yaml::load("build:\n  context: ./api\n  dockerfile: Dockerfile.prod\n  target: prod\n  args:\n    - VERSION=1\n").root.unwrap();
        let s = spec(&root).unwrap();
        assert_eq!(s.source, Some(Source::Path("api/Dockerfile.prod".into())));
        assert_eq!(
            (s.target.as_deref(), s.args),
            (Some("prod"), vec!["VERSION".to_string()])
        );
        let root = crate::yaml::load("build: https://github.com/x/y.git#main\n")
            .root
            .unwrap();
        assert_eq!(spec(&root).unwrap().source, None);
    }
}
