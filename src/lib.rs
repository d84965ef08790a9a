//! dockplay: a Dockerfile and docker-compose analyser that runs natively and in the browser.
//!
//! Data flows one way: text → syntax tree with spans ([`dockerfile::parser`]) → semantic model
//! ([`dockerfile::model`]) → checks → one serializable [`report::Report`].

pub mod analysis;
pub mod compose;
pub mod diagnostic;
pub mod docker_run;
pub mod dockerfile;
pub mod dockerignore;
pub mod explain;
pub mod i18n;
pub mod pairs;
pub mod report;
pub mod rules;
pub mod share;
pub mod sort;
pub(crate) mod suggest;
pub mod text;
pub(crate) mod yaml;

#[cfg(feature = "wasm")]
pub mod wasm;

use diagnostic::Diagnostic;
use i18n::Lang;

/// The version of the core (and of the CLI and the JS package built from it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
use report::{DockerfileSummary, FileKind, FileReport, Report, StageOut};
use serde::Deserialize;

/// A file to analyse.
#[derive(Debug, Clone, Deserialize)]
pub struct InputFile {
    /// Its name (used to detect the kind and in messages).
    pub name: String,
    /// Its content.
    pub text: String,
}

/// Tells whether a path a compose file refers to exists.
pub type FileExists = std::sync::Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// Reads a file a compose file builds from (a Dockerfile), by its path relative to the compose
/// file's directory; `None` when there is none.
pub type ReadFile = std::sync::Arc<dyn Fn(&str) -> Option<Vec<u8>> + Send + Sync>;

/// Settings of one analysis.
#[derive(Clone, Default, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Language of `message` and `help` (both are always in `*_i18n`).
    pub lang: Lang,
    /// Force the kind of every file instead of detecting it from the name.
    pub kind: Option<FileKind>,
    /// `--build-arg` values (`KEY=VALUE` strings in JSON).
    #[serde(deserialize_with = "pairs::deserialize")]
    pub build_args: pairs::Pairs,
    /// The build context's `.dockerignore` text, when there is one.
    pub dockerignore: Option<String>,
    /// Rule configuration (`.hadolint.yaml` and dockplay's own settings).
    #[serde(skip)]
    pub rules: Option<rules::Config>,
    /// The rule configuration as text, in JSON (`config`): a `.hadolint.yaml` or a dclint
    /// `.dclintrc` (JSON or YAML); the JS API reads it into `rules`.
    pub config: Option<String>,
    /// Compose: `--project-name`.
    pub project_name: Option<String>,
    /// Compose: the name used when neither the options nor the file give one (the directory name).
    pub fallback_project_name: Option<String>,
    /// Compose: variables for interpolation (`.env` contents first, later ones win; `KEY=VALUE`
    /// strings in JSON).
    #[serde(deserialize_with = "pairs::deserialize")]
    pub env: pairs::Pairs,
    /// Compose: `--profile` values.
    pub profiles: Vec<String>,
    /// Whether a path referenced by a compose file exists (the CLI checks the disk; absent in the browser).
    #[serde(skip)]
    pub file_exists: Option<FileExists>,
    /// Compose: reads the Dockerfiles the services build, so compose rules can check a service
    /// against its image (the CLI reads the disk; [`analyze`] searches the set of files).
    #[serde(skip)]
    pub read_file: Option<ReadFile>,
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("lang", &self.lang)
            .field("kind", &self.kind)
            .field("build_args", &self.build_args)
            .field("project_name", &self.project_name)
            .field("env", &self.env)
            .field("profiles", &self.profiles)
            .finish_non_exhaustive()
    }
}

impl Options {
    /// The compose part of the options.
    pub fn compose_options(&self) -> compose::ComposeOptions {
        compose::ComposeOptions {
            project_name: self.project_name.clone(),
            fallback_name: self.fallback_project_name.clone(),
            env: self.env.clone(),
            profiles: self.profiles.clone(),
        }
    }
}

/// A Dockerfile after analysis: its decoded text, its model (absent when too large to read),
/// and every finding.
pub(crate) struct DockerfileAnalysis {
    pub text: String,
    pub model: Option<dockerfile::Dockerfile>,
    pub diagnostics: Vec<Diagnostic>,
    pub ignore: Option<dockerignore::DockerIgnore>,
    /// Each instruction's shell script, as the rules parsed it (within their budget).
    pub scripts: Vec<Option<dockerfile::run_script::Script>>,
}

/// Parse, model and check one Dockerfile.
pub(crate) fn dockerfile_analysis(bytes: &[u8], opts: &Options) -> DockerfileAnalysis {
    let ignore = opts
        .dockerignore
        .as_deref()
        .map(dockerignore::DockerIgnore::parse);
    if let Some(d) = dockerfile::too_large(bytes.len()) {
        return DockerfileAnalysis {
            text: String::new(),
            model: None,
            diagnostics: vec![d],
            ignore,
            scripts: Vec::new(),
        };
    }
    let build = dockerfile::BuildOptions {
        build_args: opts.build_args.clone(),
    };
    let (text, model) = dockerfile::analyze_bytes(bytes, &build);
    let mut diags: Vec<Diagnostic> = model.parsed.diagnostics.clone();
    diags.extend(model.diagnostics.iter().cloned());
    let config = opts.rules.clone().unwrap_or_default();
    let ctx = rules::Ctx::new(&text, &model, ignore.as_ref(), &config, &build.build_args);
    let mut ruled = rules::run(&ctx);
    ruled.extend(rules::run_on_triggers(&ctx));
    let fragment = rules::run_on_fragment(&ctx);
    if !fragment.is_empty() {
        let seen: std::collections::HashSet<(&str, usize, usize)> = ruled
            .iter()
            .map(|r| (r.code.id, r.span.start, r.span.end))
            .collect();
        let new: Vec<Diagnostic> = fragment
            .into_iter()
            .filter(|d| !seen.contains(&(d.code.id, d.span.start, d.span.end)))
            .collect();
        ruled.extend(new);
    }
    rules::take_over(&mut diags, &ruled);
    diags.extend(ruled);
    diags.extend(ctx.skipped_scripts());
    diags.extend(
        ignore
            .as_ref()
            .and_then(|i| i.budget_diagnostic(text::Span::empty(0))),
    );
    rules::suppress::apply(&model, &mut diags, &config, &build.build_args);
    let scripts = ctx.into_scripts();
    DockerfileAnalysis {
        text,
        model: Some(model),
        diagnostics: diags,
        ignore,
        scripts,
    }
}

/// Analyse one Dockerfile's bytes into its file report.
pub fn analyze_dockerfile(path: &str, bytes: &[u8], opts: &Options) -> FileReport {
    let DockerfileAnalysis {
        text,
        model,
        diagnostics: diags,
        ..
    } = dockerfile_analysis(bytes, opts);
    let Some(model) = model else {
        return FileReport {
            path: path.to_string(),
            kind: Some(FileKind::Dockerfile),
            diagnostics: report::resolve("", &diags, opts.lang),
            dockerfile: None,
            network: None,
        };
    };
    let idx = text::LineIndex::new(&text);
    let line_of = |node: usize| {
        idx.position(&text, model.parsed.nodes[node].span.start)
            .line
    };
    let summary = DockerfileSummary {
        instructions: model.instructions.len(),
        stages: model
            .stages
            .iter()
            .map(|s| StageOut {
                index: s.index,
                name: s.name.clone(),
                base: s.base.clone(),
                base_stage: s.base_stage,
                line: line_of(s.from),
                instructions: s.instructions.len(),
            })
            .collect(),
        escape: model.parsed.escape.to_string(),
        syntax: model
            .parsed
            .directives
            .iter()
            .find(|d| d.name == "syntax")
            .map(|d| d.value.clone()),
        parses: model.parsed.rejection.is_none(),
    };
    FileReport {
        path: path.to_string(),
        kind: Some(FileKind::Dockerfile),
        diagnostics: report::resolve(&text, &diags, opts.lang),
        dockerfile: Some(summary),
        network: None,
    }
}

/// Analyse a set of files into one report.
pub fn analyze(files: &[InputFile], opts: &Options) -> Report {
    let mut opts = opts.clone();
    if opts.read_file.is_none() {
        opts.read_file = Some(read_from_set(files, &opts));
    }
    let files = files
        .iter()
        .map(|f| analyze_file(&f.name, f.text.as_bytes(), &opts))
        .collect();
    Report {
        version: report::SCHEMA_VERSION,
        lang: opts.lang,
        files,
    }
}

/// Find a compose file's Dockerfiles in a set of files: by path, else the only Dockerfile of the
/// set (a playground holds one Dockerfile and one compose file, whatever the build says).
fn read_from_set(files: &[InputFile], opts: &Options) -> ReadFile {
    let dockerfiles: Vec<(String, String)> = files
        .iter()
        .filter(|f| opts.kind.or_else(|| FileKind::detect(&f.name)) == Some(FileKind::Dockerfile))
        .map(|f| {
            let name = compose::builds::normalize(&f.name).unwrap_or_else(|| f.name.clone());
            (name, f.text.clone())
        })
        .collect();
    std::sync::Arc::new(move |path: &str| {
        let found = dockerfiles
            .iter()
            .find(|(n, _)| n == path || n.ends_with(&format!("/{path}")));
        let only = (dockerfiles.len() == 1).then(|| &dockerfiles[0]);
        found.or(only).map(|(_, t)| t.as_bytes().to_vec())
    })
}

/// Analyse one file given as bytes (kind from the options or the name).
pub fn analyze_file(name: &str, bytes: &[u8], opts: &Options) -> FileReport {
    let by_name = opts.kind.or_else(|| FileKind::detect(name));
    let sniffed = by_name
        .is_none()
        .then(|| FileKind::sniff_bytes(bytes))
        .flatten();
    let mut report = match by_name.or(sniffed) {
        Some(FileKind::Dockerfile) => analyze_dockerfile(name, bytes, opts),
        Some(FileKind::Compose) => analyze_compose_file(name, bytes, opts),
        #[cfg(feature = "docker-run")]
        Some(FileKind::DockerRun) => analyze_docker_run(name, bytes, opts),
        #[cfg(not(feature = "docker-run"))]
        Some(FileKind::DockerRun) => unknown_kind(name, bytes, opts),
        None => unknown_kind(name, bytes, opts),
    };
    if let Some(kind) = sniffed {
        let (en, zh) = match kind {
            FileKind::Dockerfile => (
                "a Dockerfile (it starts with an instruction)",
                "Dockerfile（它以指令开头）",
            ),
            FileKind::Compose => (
                "a compose file (a YAML mapping with services:)",
                "compose 文件（带有 services: 的 YAML 映射）",
            ),
            FileKind::DockerRun => ("a file of docker run lines", "docker run 命令文件"),
        };
        let d = Diagnostic::new(
            &dockerfile::codes::KIND_FROM_CONTENT,
            text::Span::empty(0),
            i18n::Text::new(
                format!("\"{name}\" is read as {en}: its name does not tell"),
                format!("\"{name}\" 按内容被当作{zh}读取：从文件名看不出类型"),
            ),
        )
        .with_help(text!(
            "name it Dockerfile or compose.yaml, or pass --kind, to say so",
            "可以把它命名为 Dockerfile 或 compose.yaml，或用 --kind 明确指定"
        ));
        let text = String::from_utf8_lossy(bytes);
        let mut found = report::resolve(&text, &[d], opts.lang);
        found.append(&mut report.diagnostics);
        report.diagnostics = found;
    }
    report
}

/// The report of a file whose kind neither its name nor its content tells.
fn unknown_kind(name: &str, bytes: &[u8], opts: &Options) -> FileReport {
    {
        {
            let d = Diagnostic::new(
                &dockerfile::codes::UNKNOWN_FILE_KIND,
                text::Span::empty(0),
                text!(
                    "cannot tell whether \"{name}\" is a Dockerfile or a compose file",
                    "无法判断 \"{name}\" 是 Dockerfile 还是 compose 文件"
                ),
            )
            .with_help(text!(
                "name it Dockerfile or compose.yaml, or pass --kind dockerfile|compose",
                "请把文件命名为 Dockerfile 或 compose.yaml，或使用 --kind dockerfile|compose 指定"
            ));
            let text = String::from_utf8_lossy(bytes);
            FileReport {
                path: name.to_string(),
                kind: None,
                diagnostics: report::resolve(&text, &[d], opts.lang),
                dockerfile: None,
                network: None,
            }
        }
    }
}

/// Read one file of `docker run` lines into its file report (unknown flags, missing values and
/// images; a file with none says so).
pub fn analyze_docker_run(name: &str, bytes: &[u8], opts: &Options) -> FileReport {
    let text = dockerfile::decode(bytes).text;
    let parsed = docker_run::parse(&text);
    let mut diags = parsed.diagnostics;
    if parsed.commands.is_empty() {
        diags.push(Diagnostic::new(
            &docker_run::codes::NO_RUN_LINE,
            text::Span::empty(0),
            text!(
                "no docker run, docker container run or docker create line in \"{name}\"",
                "\"{name}\" 中没有 docker run、docker container run 或 docker create 命令"
            ),
        ));
    }
    FileReport {
        path: name.to_string(),
        kind: Some(FileKind::DockerRun),
        diagnostics: report::resolve(&text, &diags, opts.lang),
        dockerfile: None,
        network: None,
    }
}

/// A compose file after analysis: its decoded text, the loaded project and every finding.
pub(crate) struct ComposeFileAnalysis {
    pub text: String,
    pub analysis: compose::ComposeAnalysis,
    pub diagnostics: Vec<Diagnostic>,
}

/// The Dockerfiles the services of `roots` build, read through `opts.read_file` (each distinct
/// one analysed once, at most [`compose::builds::MAX_BUILDS`]).
fn link_builds(
    roots: &[Option<yaml::Node>],
    opts: &Options,
) -> (Vec<rules::compose::LinkedBuild>, Vec<DockerfileAnalysis>) {
    let (mut builds, mut analyses) = (Vec::new(), Vec::new());
    let read = opts.read_file.as_ref();
    let mut seen: Vec<(compose::builds::Source, Option<usize>)> = Vec::new();
    let df_opts = Options {
        kind: Some(FileKind::Dockerfile),
        rules: None,
        ..Options::default()
    };
    for (file, root) in roots.iter().enumerate() {
        let services = root
            .as_ref()
            .and_then(|r| r.get("services"))
            .and_then(yaml::Node::as_map);
        for (entry, (key, body)) in services.unwrap_or(&[]).iter().enumerate() {
            let (Some(name), Some(spec)) = (key.as_str(), compose::builds::spec(body)) else {
                continue;
            };
            let Some(source) = spec.source.clone() else {
                continue;
            };
            let index = match seen.iter().find(|(s, _)| *s == source) {
                Some((_, i)) => *i,
                None if seen.len() >= compose::builds::MAX_BUILDS => continue,
                None => {
                    let bytes = match &source {
                        compose::builds::Source::Path(p) => read.and_then(|r| r(p)),
                        compose::builds::Source::Inline(t) => Some(t.as_bytes().to_vec()),
                    };
                    let i = bytes.map(|b| {
                        analyses.push(dockerfile_analysis(&b, &df_opts));
                        analyses.len() - 1
                    });
                    seen.push((source.clone(), i));
                    i
                }
            };
            if let Some(dockerfile) = index {
                let path = match &source {
                    compose::builds::Source::Path(p) => p.clone(),
                    compose::builds::Source::Inline(_) => "dockerfile_inline".into(),
                };
                builds.push(rules::compose::LinkedBuild {
                    file,
                    entry,
                    service: name.to_string(),
                    spec,
                    path,
                    dockerfile,
                });
            }
        }
    }
    (builds, analyses)
}

/// Load, normalize and check one compose file (its own project).
pub(crate) fn compose_analysis(name: &str, bytes: &[u8], opts: &Options) -> ComposeFileAnalysis {
    let decoded = dockerfile::decode(bytes);
    let text = decoded.text;
    let files = [compose::ComposeFile {
        name: name.to_string(),
        text: text.clone(),
    }];
    let copts = opts.compose_options();
    let mut a = compose::analyze(&files, &copts);
    if let Some(exists) = &opts.file_exists {
        a.check_files(exists.as_ref());
    }
    let config = opts.rules.clone().unwrap_or_default();
    let (builds, dockerfiles) = link_builds(&a.roots, opts);
    let ctx = rules::compose::ComposeCtx {
        files: &files,
        roots: &a.roots,
        project: a.project.as_ref(),
        config: &config,
        builds: &builds,
        dockerfiles: &dockerfiles,
    };
    let mut ruled = rules::run_compose(&ctx);
    if let Some(at) = decoded.invalid_utf8_at {
        ruled.push((0, compose::invalid_utf8(at)));
    }
    let mut diagnostics: Vec<Diagnostic> = a
        .sink
        .items
        .iter()
        .chain(&ruled)
        .map(|(_, d)| d.clone())
        .collect();
    rules::dclint_comments::apply(&text, &mut diagnostics);
    rules::suppress::apply_config(&mut diagnostics, &config);
    ComposeFileAnalysis {
        text,
        analysis: a,
        diagnostics,
    }
}

/// Analyse one compose file (its own project) into its file report.
pub fn analyze_compose_file(name: &str, bytes: &[u8], opts: &Options) -> FileReport {
    let ComposeFileAnalysis {
        text,
        analysis: a,
        diagnostics: diags,
    } = compose_analysis(name, bytes, opts);
    let network = a
        .project
        .as_ref()
        .map(|p| analysis::network::report(p, &[name.to_string()], std::slice::from_ref(&text)));
    FileReport {
        path: name.to_string(),
        kind: Some(FileKind::Compose),
        diagnostics: report::resolve(&text, &diags, opts.lang),
        dockerfile: None,
        network,
    }
}

/// The network picture of one compose file (its own project) as an SVG document in
/// `opts.lang`; `None` when it does not load into a project or has too many services to draw.
#[cfg(feature = "picture")]
pub fn network_picture(name: &str, text: &str, opts: &Options) -> Option<String> {
    let files = [compose::ComposeFile {
        name: name.to_string(),
        text: text.to_string(),
    }];
    let a = compose::analyze(&files, &opts.compose_options());
    let p = a.project.as_ref()?;
    let r = analysis::network::report(p, &[name.to_string()], &[text.to_string()]);
    analysis::picture::svg(p, &r, opts.lang)
}

/// Simulate BuildKit's layer cache for a Dockerfile and render it in `opts.lang` (the cache
/// contract: `dockplay cache --format json`, `simulateCache` in the JS API).
pub fn simulate_cache(
    dockerfile: &str,
    opts: &analysis::cache::CacheOptions,
) -> report::cache::CacheReport {
    report::cache::CacheReport::new(analysis::cache::simulate(dockerfile, opts), opts.lang)
}
