//! The virtual build context: the files a build sees, with a version per file, and which of them
//! a COPY/ADD source or a bind mount selects (after `.dockerignore`).

use crate::dockerignore::{clean_path, glob_match, DockerIgnore};
use std::collections::BTreeMap;

/// Files of one build's context: path → content version (a change bumps the version).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// Relative, cleaned paths.
    pub files: BTreeMap<String, u32>,
}

/// Clean a context path: no leading `/` or `./`.
pub fn normalize(p: &str) -> String {
    let c = clean_path(p.trim_start_matches('/'));
    c.trim_start_matches("./").to_string()
}

fn has_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// Whether the COPY source `source` selects the context file `path`: the whole context for `.`,
/// the file itself or anything under a directory, and glob patterns matched as Docker does
/// (a match on a parent directory selects what is inside it).
pub fn selects(source: &str, path: &str) -> bool {
    let src = normalize(source);
    if src.is_empty() || src == "." {
        return true;
    }
    let under = |dir: &str| path == dir || path.starts_with(&format!("{dir}/"));
    if has_glob(&src) {
        // The pattern matches the path itself or one of its parent directories.
        let mut prefix = String::new();
        for (i, seg) in path.split('/').enumerate() {
            if i > 0 {
                prefix.push('/');
            }
            prefix.push_str(seg);
            if glob_match(&src, &prefix) {
                return true;
            }
        }
        false
    } else {
        under(&src)
    }
}

impl Context {
    /// Files selected by any of `sources`, minus what `.dockerignore` excludes.
    pub fn select(&self, sources: &[String], ignore: Option<&DockerIgnore>) -> Vec<(&str, u32)> {
        self.files
            .iter()
            .filter(|(p, _)| !ignore.is_some_and(|i| i.excludes(p)))
            .filter(|(p, _)| sources.iter().any(|s| selects(s, p)))
            .map(|(p, v)| (p.as_str(), *v))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_select_files_as_docker_does() {
        assert!(selects(".", "src/app.py"));
        assert!(selects("./", "app.py"));
        assert!(selects("src", "src/app.py"));
        assert!(selects("src/", "src/app.py"));
        assert!(!selects("src", "srcx/app.py"));
        assert!(selects("requirements.txt", "requirements.txt"));
        assert!(!selects("requirements.txt", "app.py"));
        assert!(selects("package*.json", "package-lock.json"));
        assert!(selects("*.py", "app.py"));
        assert!(!selects("*.py", "lib/app.py"));
        assert!(selects("s*", "src/app.py"));
        assert!(selects("/app.py", "app.py"));
    }
}
