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
            "apt-get" | "apt" | "aptitude" => Manager::Apt,
            "apk" => Manager::Apk,
            "yum" => Manager::Yum,
            "dnf" | "microdnf" => Manager::Dnf,
            "zypper" => Manager::Zypper,
            "pip" | "pip3" | "pip2" | "pipx" => Manager::Pip,
            n if n.starts_with("pip")
                && n[3..].bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
            {
                Manager::Pip
            }
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
            Manager::Apt => APT_OPTIONS,
            Manager::Apk => APK_OPTIONS,
            Manager::Npm | Manager::Pnpm | Manager::Yarn => NPM_OPTIONS,
            Manager::Gem => GEM_OPTIONS,
            Manager::Yum | Manager::Dnf => YUM_OPTIONS,
            Manager::Zypper => ZYPPER_OPTIONS,
            Manager::Go => GO_OPTIONS,
            Manager::Pip => PIP_OPTIONS,
            _ => &[],
        }
    }
}

/// Options of Apt that take a value.
const APT_OPTIONS: &[&str] = &[
    "-o",
    "-t",
    "-c",
    "--target-release",
    "--option",
    "--config-file",
];

/// Options of Apk that take a value.
const APK_OPTIONS: &[&str] = &[
    "-t",
    "--virtual",
    "--repository",
    "-X",
    "--root",
    "-p",
    "--arch",
    "--cache-dir",
    "--keys-dir",
];

/// Options of Npm, Pnpm, Yarn that take a value.
const NPM_OPTIONS: &[&str] = &[
    "--prefix",
    "--registry",
    "--cache",
    "--loglevel",
    "--tag",
    "-w",
    "--workspace",
    "--omit",
    "--include",
    "--userconfig",
    "--location",
    "-C",
    "--cwd",
    "--filter",
    "--network-timeout",
    "--modules-folder",
];

/// Options of Gem that take a value.
const GEM_OPTIONS: &[&str] = &[
    "-s",
    "--source",
    "-i",
    "--install-dir",
    "-n",
    "--bindir",
    "--platform",
    "--build-root",
    "-P",
    "--trust-policy",
    "-g",
    "--file",
];

/// Options of Yum, Dnf that take a value.
const YUM_OPTIONS: &[&str] = &[
    "--enablerepo",
    "--disablerepo",
    "--repo",
    "--repoid",
    "--repofrompath",
    "--setopt",
    "--installroot",
    "--releasever",
    "-c",
    "--config",
    "-x",
    "--exclude",
    "--downloaddir",
    "--destdir",
    "-d",
    "--debuglevel",
    "-e",
    "--errorlevel",
    "--forcearch",
];

/// Options of Zypper that take a value.
const ZYPPER_OPTIONS: &[&str] = &[
    "--from",
    "-r",
    "--repo",
    "-t",
    "--type",
    "-R",
    "--root",
    "--installroot",
    "-c",
    "--config",
];

/// Options of Go that take a value.
const GO_OPTIONS: &[&str] = &[
    "-C", "-o", "-p", "-tags", "-ldflags", "-gcflags", "-mod", "-modfile",
];

/// Options of Pip that take a value.
const PIP_OPTIONS: &[&str] = &[
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
    "--root-user-action",
    "--upgrade-strategy",
    "--report",
    "--python",
    "-C",
    "--config-settings",
    "--global-option",
    "--use-feature",
    "--use-deprecated",
    "--keyring-provider",
    "--log-file",
    "--progress-bar",
];

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
    /// The arguments after the subcommand that are neither options nor option values; a
    /// `$VAR` that the RUN sets earlier to a plain value stands for the words of that value.
    pub packages: Vec<Package>,
    /// `yum`/`dnf module install …`: the packages are modules (`name:stream`).
    pub module: bool,
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
        let mut subcommand: Option<String> = None;
        let mut packages = Vec::new();
        let mut skip = false;
        let mut module = false;
        let mut options_end = false;
        for (i, a) in c.args.iter().enumerate().skip(start) {
            if skip {
                skip = false;
                continue;
            }
            if a == "--" && !options_end {
                // gem: what follows `--` goes to the extension's build; elsewhere it ends options.
                if manager == Manager::Gem {
                    break;
                }
                options_end = true;
                continue;
            }
            if !options_end && with_value.contains(&a.as_str()) {
                skip = true;
                continue;
            }
            if !options_end && a.starts_with('-') {
                continue;
            }
            if subcommand.is_none() {
                subcommand = Some(canonical(manager, a).to_string());
                continue;
            }
            // `yum module install php:8.1`: the module command's own subcommand.
            if matches!(manager, Manager::Yum | Manager::Dnf) && !module && packages.is_empty() {
                match subcommand.as_deref() {
                    Some("module") => {
                        subcommand = Some(canonical(manager, a).to_string());
                        module = true;
                        continue;
                    }
                    // `dnf group install` is `groupinstall`.
                    Some("group") => {
                        subcommand = Some(format!("group{}", canonical(manager, a)));
                        continue;
                    }
                    _ => {}
                }
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
            module,
        })
    }

    /// Every package-manager command of a script, in order. A package written as `$VAR` (or
    /// `${VAR}`) that the script sets once, earlier, to a value without expansions
    /// (`deps='curl git'; apt-get install $deps`) is read as the words of that value.
    pub fn read_script(script: &Script) -> Vec<PackageCommand> {
        let mut out: Vec<PackageCommand> = script
            .commands
            .iter()
            .enumerate()
            .filter_map(|(i, c)| PackageCommand::read(c, i))
            .collect();
        // Each name's assignments: how many, and the first.
        let mut sets: std::collections::HashMap<
            &str,
            (usize, &crate::dockerfile::shell_facts::Assign),
        > = Default::default();
        if out
            .iter()
            .any(|p| p.packages.iter().any(|k| k.name.starts_with('$')))
        {
            for a in &script.facts.assigns {
                sets.entry(a.name.as_str()).or_insert((0, a)).0 += 1;
            }
        }
        for p in &mut out {
            let c = &script.commands[p.command];
            let mut expanded = Vec::new();
            for pkg in p.packages.drain(..) {
                match known_value(&sets, &pkg.name, c.name_span.start) {
                    Some(words) => expanded.extend(words.into_iter().map(|w| Package {
                        name: w,
                        ..pkg.clone()
                    })),
                    None => expanded.push(pkg),
                }
            }
            p.packages = expanded;
        }
        out
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

/// The canonical name of a subcommand alias (`dnf in` is `install`).
fn canonical(manager: Manager, sub: &str) -> &str {
    match (manager, sub) {
        (Manager::Yum | Manager::Dnf, "in") => "install",
        (Manager::Yum | Manager::Dnf, "rei") => "reinstall",
        (Manager::Yum | Manager::Dnf, "up") => "upgrade",
        _ => sub,
    }
}

/// The words of `$NAME` / `${NAME}` when the script assigns NAME exactly once, before `before`,
/// a value without expansions or globs.
fn known_value(
    sets: &std::collections::HashMap<&str, (usize, &crate::dockerfile::shell_facts::Assign)>,
    word: &str,
    before: usize,
) -> Option<Vec<String>> {
    let name = word
        .strip_prefix("${")
        .and_then(|w| w.strip_suffix('}'))
        .or_else(|| word.strip_prefix('$'))?;
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return None;
    }
    let &(count, a) = sets.get(name)?;
    if count > 1 || a.span.start >= before {
        return None;
    }
    let raw = a.value.as_deref()?;
    let value = crate::dockerfile::shell_pieces::pieces(raw);
    let mut text = String::new();
    for p in &value {
        match &p.kind {
            crate::dockerfile::shell_pieces::PieceKind::Lit(s) => text.push_str(s),
            _ => return None,
        }
    }
    Some(text.split_whitespace().map(str::to_string).collect())
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
