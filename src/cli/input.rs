//! Reading what the commands are given: files or standard input, the `.dockerignore` and
//! `.hadolint.yaml` beside a Dockerfile, and a compose file's `.env` and directory.

use super::{ComposeArgs, Failure};
use dockplay::compose::interpolate::parse_env_file;
use dockplay::Options;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The bytes of `path`, or of standard input for `-`.
pub fn read(path: &str) -> Result<Vec<u8>, Failure> {
    read_raw(path).map_err(|e| Failure::Usage(format!("cannot read {path}: {e}")))
}

/// [`read`] with the I/O error as it came.
pub fn read_raw(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(path)
    }
}

/// The text of `path` (UTF-8, lossy, without a byte-order mark), or of standard input for `-`.
pub fn read_text(path: &str) -> Result<String, Failure> {
    read(path).map(|b| dockplay::dockerfile::decode(&b).text)
}

/// The ignore file BuildKit would use for this Dockerfile: `<name>.dockerignore` beside it, else
/// `.dockerignore`.
pub fn dockerignore_beside(dockerfile: &str) -> Option<String> {
    let path = Path::new(dockerfile);
    let dir = path.parent().unwrap_or(Path::new(""));
    let name = path.file_name()?.to_string_lossy();
    [
        dir.join(format!("{name}.dockerignore")),
        dir.join(".dockerignore"),
    ]
    .iter()
    .find_map(|p| std::fs::read(p).ok())
    .map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Read a rule configuration file (`.hadolint.yaml`, or dclint's `.dclintrc` in JSON or YAML).
pub fn load_config(path: &str) -> Result<dockplay::rules::Config, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("cannot read {path}: {e}")))?;
    dockplay::rules::Config::from_yaml(&text).map_err(|e| Failure::Usage(format!("{path}: {e}")))
}

/// The rule configuration for `file`, beside it, else in the current directory: for a compose
/// file dclint's `.dclintrc` (`.json`, `.yaml`, `.yml`) first, then `.hadolint.yaml`/`.yml`.
pub fn find_config(file: &str) -> Option<String> {
    let beside = if file == "-" {
        PathBuf::new()
    } else {
        dir_of(file)
    };
    let compose =
        dockplay::report::FileKind::detect(file) == Some(dockplay::report::FileKind::Compose);
    let dclint: &[&str] = if compose {
        &[
            ".dclintrc",
            ".dclintrc.json",
            ".dclintrc.yaml",
            ".dclintrc.yml",
        ]
    } else {
        &[]
    };
    for dir in [beside, PathBuf::from(".")] {
        for name in dclint.iter().chain(&[".hadolint.yaml", ".hadolint.yml"]) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p.to_string_lossy().into_owned());
            }
        }
    }
    None
}

/// The directory a file is in (absolute when possible).
fn dir_of(path: &str) -> PathBuf {
    let p = Path::new(path);
    let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    abs.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Fill the compose part of `opts` for compose files at `first`: env files (default `.env`
/// beside it), `--env`, the project name and its fallback, profiles, and a disk check for the
/// files the project refers to.
pub fn compose_options(opts: &mut Options, args: &ComposeArgs, first: &str) -> Result<(), Failure> {
    let dir = dir_of(first);
    let mut env = Vec::new();
    if args.env_file.is_empty() {
        if let Ok(t) = std::fs::read_to_string(dir.join(".env")) {
            env.extend(parse_env_file(&t));
        }
    } else {
        for f in &args.env_file {
            let t = std::fs::read_to_string(f)
                .map_err(|e| Failure::Usage(format!("cannot read {f}: {e}")))?;
            env.extend(parse_env_file(&t));
        }
    }
    env.extend(args.env.iter().cloned());
    opts.env = env;
    opts.project_name = args.project_name.clone();
    opts.fallback_project_name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    opts.profiles = args.profile.clone();
    if first != "-" {
        let from = dir.clone();
        opts.read_file = Some(std::sync::Arc::new(move |p: &str| {
            let path = from.join(p);
            let small = std::fs::metadata(&path).is_ok_and(|m| {
                m.is_file() && m.len() <= dockplay::dockerfile::MAX_DOCKERFILE as u64
            });
            small.then(|| std::fs::read(&path).ok()).flatten()
        }));
        let base = dir.clone();
        opts.file_exists = Some(std::sync::Arc::new(move |p: &str| {
            let path = Path::new(p);
            if path.is_absolute() {
                path.exists()
            } else {
                base.join(path).exists()
            }
        }));
    }
    Ok(())
}
