//! What the package-manager commands of a RUN install: one typed reading of `apt-get`, `apk`,
//! `yum`/`dnf`/`microdnf`, `zypper`, `pip`, `npm`, `yarn`, `pnpm`, `gem`, `go` and the
//! manifest-driven installers (`pipenv`, `poetry`, `uv`, `bundle`, `composer`, `mvn`, `cargo`),
//! read once per RUN and shared by the rules and the cache-order lesson.

use super::run_script::{Script, ShellCommand};
use crate::text::Span;

/// A package manager.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Manager {
    /// `apt-get`, `apt`.
    Apt,
    /// `apk` (Alpine).
    Apk,
    /// `yum`.
    Yum,
    /// `dnf`, `microdnf`.
    Dnf,
    /// `zypper`.
    Zypper,
    /// `pip`, `pip3`, `pip2`, `python -m pip`.
    Pip,
    /// `npm`.
    Npm,
    /// `yarn`.
    Yarn,
    /// `pnpm`.
    Pnpm,
    /// `gem`.
    Gem,
    /// `go`.
    Go,
    /// `pipenv`.
    Pipenv,
    /// `poetry`.
    Poetry,
    /// `uv`.
    Uv,
    /// `bundle`.
    Bundle,
    /// `composer`.
    Composer,
    /// `mvn`, `./mvnw`.
    Maven,
    /// `cargo`.
    Cargo,
}

impl Manager {
    /// The manager a command runs, by its name (`python`/`python3` only with a `pip` argument).
    pub fn of(c: &ShellCommand) -> Option<Manager> {
        Some(match c.name.as_str() {
            "apt-get" | "apt" => Manager::Apt,
            "apk" => Manager::Apk,
            "yum" => Manager::Yum,
            "dnf" | "microdnf" => Manager::Dnf,
            "zypper" => Manager::Zypper,
            "pip" | "pip3" | "pip2" => Manager::Pip,
            "python" | "python3" if c.args.iter().any(|a| a == "pip") => Manager::Pip,
            "npm" => Manager::Npm,
            "yarn" => Manager::Yarn,
            "pnpm" => Manager::Pnpm,
            "gem" => Manager::Gem,
            "go" => Manager::Go,
            "pipenv" => Manager::Pipenv,
            "poetry" => Manager::Poetry,
            "uv" => Manager::Uv,
            "bundle" => Manager::Bundle,
            "composer" => Manager::Composer,
            "mvn" | "./mvnw" => Manager::Maven,
            "cargo" => Manager::Cargo,
            _ => return None,
        })
    }

    /// Options that take the next argument as their value (so it is not read as a package).
    fn options_with_value(self) -> &'static [&'static str] {
        match self {
            Manager::Apt => &[
                "-o",
                "-t",
                "-c",
                "--target-release",
                "--option",
                "--config-file",
            ],
            Manager::Apk => &["-t", "--virtual", "--repository", "-X", "--root", "-p"],
            Manager::Npm => &["--prefix", "--registry", "--cache"],
            Manager::Gem => &["-s", "--source", "-i", "--install-dir", "-n", "--bindir"],
            Manager::Pip => &[
                "-r",
                "--requirement",
                "-c",
                "--constraint",
                "-i",
                "--index-url",
                "--extra-index-url",
                "-f",
                "--find-links",
                "--trusted-host",
                "-t",
                "--target",
                "--prefix",
                "--root",
                "--platform",
                "--python-version",
                "--implementation",
                "--abi",
                "--src",
                "--progress-bar",
                "--log",
                "--proxy",
                "--retries",
                "--timeout",
                "--exists-action",
                "--cert",
                "--client-cert",
                "--cache-dir",
                "-e",
                "--editable",
                "--no-binary",
                "--only-binary",
            ],
            _ => &[],
        }
    }
}

/// One package argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// As written after quote removal (`curl=8.5.0-2`, `flask==3.1.0`, `./dist/app.whl`).
    pub name: String,
    /// Where it stands in the Dockerfile.
    pub span: Span,
    /// Its index in the command's arguments.
    pub arg: usize,
}

/// A package-manager command of a RUN: which manager, which subcommand, which packages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageCommand {
    /// The manager.
    pub manager: Manager,
    /// Index of the command in its script's commands.
    pub command: usize,
    /// The first argument that is neither an option nor an option's value (`install`), or "".
    pub subcommand: String,
    /// The arguments after the subcommand that are neither options nor option values.
    pub packages: Vec<Package>,
}

impl PackageCommand {
    /// Read a command; `None` when it is not a package manager's.
    pub fn read(c: &ShellCommand, command: usize) -> Option<PackageCommand> {
        let manager = Manager::of(c)?;
        let with_value = manager.options_with_value();
        // `python -m pip …`: pip's own arguments start after `pip`.
        let start = match c.name.as_str() {
            "python" | "python3" => c.args.iter().position(|a| a == "pip")? + 1,
            _ => 0,
        };
        let mut subcommand = None;
        let mut packages = Vec::new();
        let mut skip = false;
        for (i, a) in c.args.iter().enumerate().skip(start) {
            if skip {
                skip = false;
                continue;
            }
            if with_value.contains(&a.as_str()) {
                skip = true;
                continue;
            }
            if a.starts_with('-') {
                continue;
            }
            if subcommand.is_none() {
                subcommand = Some(a.clone());
                continue;
            }
            packages.push(Package {
                name: a.clone(),
                span: c.arg_spans.get(i).copied().unwrap_or(c.name_span),
                arg: i,
            });
        }
        Some(PackageCommand {
            manager,
            command,
            subcommand: subcommand.unwrap_or_default(),
            packages,
        })
    }

    /// Every package-manager command of a script, in order.
    pub fn read_script(script: &Script) -> Vec<PackageCommand> {
        script
            .commands
            .iter()
            .enumerate()
            .filter_map(|(i, c)| PackageCommand::read(c, i))
            .collect()
    }

    /// Whether the subcommand is one of `subs`.
    pub fn is(&self, subs: &[&str]) -> bool {
        subs.contains(&self.subcommand.as_str())
    }

    /// The manifest files a dependency install reads (`requirements.txt`, `package*.json`,
    /// `go.mod`, …), when this command installs from manifests.
    pub fn manifests(&self, c: &ShellCommand) -> Option<Vec<String>> {
        let has = |s: &str| c.args.iter().any(|a| a == s);
        let list = |xs: &[&str]| Some(xs.iter().map(|s| s.to_string()).collect());
        let sub = self.subcommand.as_str();
        match self.manager {
            Manager::Pip if sub == "install" => Some(pip_requirements(c)),
            Manager::Pipenv if sub == "install" || sub == "sync" => {
                list(&["Pipfile", "Pipfile.lock"])
            }
            Manager::Poetry if sub == "install" => list(&["pyproject.toml", "poetry.lock"]),
            Manager::Uv if sub == "sync" || (sub == "pip" && has("install")) => {
                list(&["pyproject.toml", "uv.lock"])
            }
            Manager::Npm if matches!(sub, "install" | "i" | "ci") => list(&["package*.json"]),
            Manager::Yarn if sub.is_empty() || sub == "install" => {
                list(&["package.json", "yarn.lock"])
            }
            Manager::Pnpm if matches!(sub, "install" | "i") => {
                list(&["package.json", "pnpm-lock.yaml"])
            }
            Manager::Go if sub == "mod" && has("download") => list(&["go.mod", "go.sum"]),
            Manager::Bundle if sub.is_empty() || sub == "install" => {
                list(&["Gemfile", "Gemfile.lock"])
            }
            Manager::Composer if sub == "install" => list(&["composer.json", "composer.lock"]),
            Manager::Maven if c.args.iter().any(|a| a.starts_with("dependency:")) => {
                list(&["pom.xml"])
            }
            Manager::Cargo if sub == "fetch" => list(&["Cargo.toml", "Cargo.lock"]),
            _ => None,
        }
    }
}

/// The files `pip install` reads with `-r FILE`, `--requirement FILE`, `--requirement=FILE` or
/// `-rFILE`; `requirements.txt` when none is named.
fn pip_requirements(c: &ShellCommand) -> Vec<String> {
    let mut files = Vec::new();
    let mut it = c.args.iter();
    while let Some(a) = it.next() {
        if a == "-r" || a == "--requirement" {
            if let Some(f) = it.next() {
                files.push(f.clone());
            }
        } else if let Some(f) = a.strip_prefix("--requirement=") {
            files.push(f.to_string());
        } else if let Some(f) = a.strip_prefix("-r").filter(|f| !f.is_empty()) {
            files.push(f.to_string());
        }
    }
    if files.is_empty() {
        files.push("requirements.txt".into());
    }
    files
}
