//! What the page asks the analysis worker and what it answers: the project's files and build
//! settings in, the core's report, the cache simulation and the share link out. Pure data and a
//! pure function ([`answer`]), so it is tested natively; the worker only moves it across.

use dockplay::analysis::cache::CacheOptions;
use dockplay::compose::interpolate::parse_env_file;
use dockplay::i18n::Lang;
use dockplay::report::cache::CacheReport;
use dockplay::report::Report;
use dockplay::share::{ShareState, SharedBuild, SharedFile};
use dockplay::{analyze, simulate_cache, InputFile, Options};
use serde::{Deserialize, Serialize};

/// The names the editable files have in the analysis and in share links.
pub const DOCKERFILE: &str = "Dockerfile";
/// The compose file's name.
pub const COMPOSE: &str = "compose.yaml";
/// The build context's ignore file.
pub const DOCKERIGNORE: &str = ".dockerignore";
/// The compose file's variables.
pub const ENV: &str = ".env";
/// The tab of `docker run` lines (converted by the engine worker, not analysed).
pub const DOCKER_RUN: &str = "docker-run.sh";
/// The prefix of a context file's entry in a share link (its text is not kept).
pub const CONTEXT_PREFIX: &str = "context/";

/// Most cache steps, layers and log lines sent to the page.
pub const MAX_STEPS: usize = 1000;

/// The document the user edits: four files, the virtual build context and the build settings.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Project {
    pub dockerfile: String,
    pub compose: String,
    pub dockerignore: String,
    pub env: String,
    /// `docker run` lines pasted from a tutorial.
    pub docker_run: String,
    /// The virtual build context's files (paths relative to its root).
    pub context: Vec<String>,
    /// Context files changed since the last build.
    pub changed: Vec<String>,
    /// `--build-arg` values.
    pub build_args: Vec<(String, String)>,
    /// `--target`.
    pub target: Option<String>,
    /// Of the changed context files, those added since the last build (they are not in its
    /// context).
    pub added: Vec<String>,
    /// Of the changed context files, those removed since the last build.
    pub removed: Vec<String>,
    /// Build arguments whose value changed since the last build.
    pub changed_build_args: Vec<String>,
    /// Base images whose tag now points at a new digest.
    pub base_moved: Vec<String>,
    /// `--no-cache-filter` stages.
    pub no_cache_filter: Vec<String>,
    /// The build marked as built (the cache holds its steps); none: the cache holds a build of
    /// the current Dockerfile.
    pub built: Option<SharedBuild>,
}

/// One request to the worker.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Request {
    /// Increases with every request; answers to older ones are dropped.
    pub id: u32,
    pub project: Project,
    /// Kept in the share link.
    pub lang: Lang,
    /// Kept in the share link.
    pub panel: String,
}

/// What did not fit in an answer (problems are capped by the core itself, with a note).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Omitted {
    /// Cache steps not listed.
    pub steps: usize,
}

/// An answer shared by the components: equal when it is the same answer, so a component
/// given the same answer again is not rendered again (comparing the contents would cost as much
/// as rendering them).
#[derive(Clone, Debug)]
pub struct Shared(pub std::rc::Rc<Response>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The worker's answer.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: u32,
    /// The analysis of the Dockerfile and the compose file (empty files are left out).
    pub report: Report,
    /// The build cache simulation of the Dockerfile, when there is one.
    pub cache: Option<CacheReport>,
    pub omitted: Omitted,
    /// The share link of the request's state (`v1/…`, without `#`).
    pub link: String,
    /// The language and panel the link was made with.
    pub lang: Lang,
    pub panel: String,
}

impl Project {
    /// The project as a share-link state.
    pub fn to_share(&self, lang: Lang, panel: &str) -> ShareState {
        let file = |name: &str, text: &str| SharedFile {
            name: name.into(),
            text: text.into(),
        };
        let mut files = vec![
            file(DOCKERFILE, &self.dockerfile),
            file(COMPOSE, &self.compose),
            file(DOCKERIGNORE, &self.dockerignore),
            file(ENV, &self.env),
            file(DOCKER_RUN, &self.docker_run),
        ];
        files.retain(|f| !f.text.is_empty());
        files.extend(
            self.context
                .iter()
                .map(|p| file(&format!("{CONTEXT_PREFIX}{p}"), "")),
        );
        ShareState {
            files,
            build_args: self.build_args.clone(),
            target: self.target.clone(),
            changed: self.changed.clone(),
            added: self.added.clone(),
            removed: self.removed.clone(),
            changed_build_args: self.changed_build_args.clone(),
            base_moved: self.base_moved.clone(),
            no_cache_filter: self.no_cache_filter.clone(),
            built: self.built.clone(),
            lang: Some(lang.as_str().into()),
            panel: Some(panel.into()).filter(|p: &String| !p.is_empty()),
        }
    }

    /// Make every line end in a line feed only: the textarea holds line feeds only, and offsets
    /// must count what it holds.
    pub fn line_feeds_only(&mut self) {
        for text in [
            &mut self.dockerfile,
            &mut self.compose,
            &mut self.dockerignore,
            &mut self.env,
            &mut self.docker_run,
        ] {
            if text.contains('\r') {
                *text = text.replace("\r\n", "\n");
            }
        }
    }

    /// The project a share-link state describes (unknown file names are ignored).
    pub fn from_share(state: &ShareState) -> Project {
        let mut p = Project {
            build_args: state.build_args.clone(),
            target: state.target.clone(),
            changed: state.changed.clone(),
            added: state.added.clone(),
            removed: state.removed.clone(),
            changed_build_args: state.changed_build_args.clone(),
            base_moved: state.base_moved.clone(),
            no_cache_filter: state.no_cache_filter.clone(),
            built: state.built.clone(),
            ..Project::default()
        };
        for f in &state.files {
            match f.name.as_str() {
                DOCKERFILE => p.dockerfile = f.text.clone(),
                COMPOSE => p.compose = f.text.clone(),
                DOCKERIGNORE => p.dockerignore = f.text.clone(),
                ENV => p.env = f.text.clone(),
                DOCKER_RUN => p.docker_run = f.text.clone(),
                other => {
                    if let Some(path) = other.strip_prefix(CONTEXT_PREFIX) {
                        p.context.push(path.to_string());
                    }
                }
            }
        }
        p
    }
}

/// The worker's work: analyse, simulate the cache, encode the link, and cap the long lists.
pub fn answer(req: &Request) -> Response {
    let p = &req.project;
    let mut files = Vec::new();
    if !p.dockerfile.is_empty() {
        files.push(InputFile {
            name: DOCKERFILE.into(),
            text: p.dockerfile.clone(),
        });
    }
    if !p.compose.is_empty() {
        files.push(InputFile {
            name: COMPOSE.into(),
            text: p.compose.clone(),
        });
    }
    let dockerignore = Some(p.dockerignore.clone()).filter(|d| !d.is_empty());
    let opts = Options {
        lang: req.lang,
        env: parse_env_file(&p.env),
        build_args: p.build_args.clone(),
        dockerignore: dockerignore.clone(),
        fallback_project_name: Some("myapp".into()),
        ..Options::default()
    };
    // The core lists at most 1000 problems per file (and says how many more there are).
    let report = analyze(&files, &opts);
    let mut omitted = Omitted::default();
    let cache = (!p.dockerfile.is_empty()).then(|| {
        let opts = CacheOptions {
            lang: req.lang,
            // A ticked file is changed, or added or removed when the user says so.
            changed: p
                .changed
                .iter()
                .filter(|f| !p.added.contains(f) && !p.removed.contains(f))
                .cloned()
                .collect(),
            added: p
                .added
                .iter()
                .filter(|f| p.changed.contains(f))
                .cloned()
                .collect(),
            removed: p
                .removed
                .iter()
                .filter(|f| p.changed.contains(f))
                .cloned()
                .collect(),
            context: p.context.clone(),
            dockerignore,
            build_args: p.build_args.clone(),
            target: p.target.clone(),
            previous: p.built.as_ref().map(|b| b.dockerfile.clone()),
            previous_build_args: p.built.as_ref().map(|b| b.build_args.clone()),
            changed_build_args: p.changed_build_args.clone(),
            base_moved: p.base_moved.clone(),
            no_cache_filter: p.no_cache_filter.clone(),
            ..CacheOptions::default()
        };
        let mut cache = simulate_cache(&p.dockerfile, &opts);
        let mut room = MAX_STEPS;
        for stage in &mut cache.stages {
            let keep = stage.steps.len().min(room);
            omitted.steps += stage.steps.len() - keep;
            stage.steps.truncate(keep);
            room -= keep;
        }
        cache.layers.truncate(MAX_STEPS);
        cache.log.truncate(MAX_STEPS);
        cache.context.truncate(MAX_STEPS);
        cache.args.truncate(MAX_STEPS);
        cache
    });
    Response {
        id: req.id,
        report,
        cache,
        omitted,
        link: dockplay::share::encode(&p.to_share(req.lang, &req.panel)),
        lang: req.lang,
        panel: req.panel.clone(),
    }
}

/// Whether two projects analyse the same: they differ at most in the `docker run` lines, which
/// the engine worker converts, not the analysis.
fn same_analysis(a: &Project, b: &Project) -> bool {
    if a.docker_run == b.docker_run {
        return a == b;
    }
    let mut a = a.clone();
    a.docker_run.clone_from(&b.docker_run);
    a == *b
}

/// [`answer`], reusing the previous answer's analysis when only the language, the panel or the
/// `docker run` lines changed (the link still changes). The answer is kept in `last` (not
/// copied).
pub fn answer_again<'a>(req: &Request, last: &'a mut Option<(Project, Response)>) -> &'a Response {
    let kept = match last.take() {
        Some((p, r)) if same_analysis(&p, &req.project) => {
            let p = req.project.clone();
            let link = dockplay::share::encode(&p.to_share(req.lang, &req.panel));
            let r = Response {
                id: req.id,
                link,
                lang: req.lang,
                panel: req.panel.clone(),
                ..r
            };
            (p, r)
        }
        _ => (req.project.clone(), answer(req)),
    };
    &last.insert(kept).1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(project: Project) -> Request {
        Request {
            id: 7,
            project,
            lang: Lang::Zh,
            panel: "cache".into(),
        }
    }

    #[test]
    fn a_project_survives_its_share_link() {
        let p = Project {
            dockerfile: "FROM alpine\n".into(),
            compose: "services: {a: {image: x}}\n".into(),
            env: "A=1\n".into(),
            context: vec!["app.py".into(), "src/x.txt".into()],
            changed: vec!["app.py".into()],
            build_args: vec![("V".into(), "1".into())],
            target: Some("web".into()),
            ..Project::default()
        };
        let r = answer(&request(p.clone()));
        let state = dockplay::share::decode(&r.link).unwrap();
        assert_eq!(Project::from_share(&state), p);
        assert_eq!(state.lang.as_deref(), Some("zh"));
        assert_eq!(state.panel.as_deref(), Some("cache"));
    }

    #[test]
    fn the_answer_reports_both_files_and_the_cache() {
        let p = Project {
            dockerfile: "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n".into(),
            compose: "services:\n  web:\n    image: nginx\n    ports: [\"8000:80\"]\n".into(),
            changed: vec!["app.py".into()],
            context: vec!["app.py".into(), "requirements.txt".into()],
            ..Project::default()
        };
        let r = answer(&request(p));
        assert_eq!(r.id, 7);
        let paths: Vec<&str> = r.report.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, [DOCKERFILE, COMPOSE]);
        let cache = r.cache.expect("a Dockerfile gets a cache simulation");
        assert!(cache.counts.rebuilt > 0, "the changed app.py re-runs pip");
        assert!(cache.suggestion.is_some());
    }

    fn status_at(r: &Response, line: usize) -> dockplay::analysis::cache::Status {
        let cache = r.cache.as_ref().unwrap();
        let step = cache
            .stages
            .iter()
            .flat_map(|s| &s.steps)
            .find(|s| s.line == line);
        step.unwrap().status
    }

    #[test]
    fn the_marked_build_is_what_an_edit_is_compared_with() {
        use dockplay::analysis::cache::Status;
        let built = "FROM alpine\nRUN echo one\nRUN echo two\n";
        let mut p = Project {
            dockerfile: built.into(),
            ..Project::default()
        };
        assert_eq!(status_at(&answer(&request(p.clone())), 3), Status::Cached);
        p.dockerfile = "FROM alpine\nRUN echo one\nRUN echo 2\n".into();
        assert_eq!(
            status_at(&answer(&request(p.clone())), 3),
            Status::Cached,
            "without a marked build the cache holds this very file"
        );
        p.built = Some(SharedBuild {
            dockerfile: built.into(),
            build_args: Vec::new(),
        });
        let r = answer(&request(p.clone()));
        assert_eq!(
            (status_at(&r, 2), status_at(&r, 3)),
            (Status::Cached, Status::Rebuilt)
        );
        let state = dockplay::share::decode(&r.link).unwrap();
        assert_eq!(
            Project::from_share(&state),
            p,
            "the marked build is in the link"
        );
    }

    #[test]
    fn each_what_if_setting_reaches_the_simulation() {
        use dockplay::analysis::cache::Status;
        let base = Project {
            dockerfile: "ARG V=1\nFROM alpine AS build\nARG V\nRUN echo $V\nFROM alpine\nCOPY a.txt /\nRUN echo b\n".into(),
            context: vec!["a.txt".into()],
            ..Project::default()
        };
        let at = |p: &Project, line| status_at(&answer(&request(p.clone())), line);
        assert_eq!(
            (at(&base, 4), at(&base, 6)),
            (Status::Skipped, Status::Cached)
        );
        let target = Project {
            target: Some("build".into()),
            ..base.clone()
        };
        assert_eq!(
            (at(&target, 4), at(&target, 6)),
            (Status::Cached, Status::Skipped)
        );
        let arg = Project {
            changed_build_args: vec!["V".into()],
            ..target.clone()
        };
        assert_eq!(at(&arg, 4), Status::Rebuilt);
        let moved = Project {
            base_moved: vec!["alpine".into()],
            ..base.clone()
        };
        assert_eq!(at(&moved, 7), Status::Rebuilt);
        let filter = Project {
            no_cache_filter: vec!["1".into()],
            ..base.clone()
        };
        assert_eq!(at(&filter, 7), Status::Rebuilt);
        let removed = Project {
            changed: vec!["a.txt".into()],
            removed: vec!["a.txt".into()],
            ..base.clone()
        };
        let r = answer(&request(removed));
        let reason = r.cache.as_ref().unwrap().stages[1].steps[1]
            .reason_i18n
            .clone()
            .unwrap()
            .en;
        assert!(reason.contains("a.txt"), "{reason}");
        let cache = r.cache.unwrap();
        assert_eq!(
            cache
                .args
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>(),
            ["V"]
        );
        assert_eq!(
            (
                cache.stages[0].base_stage,
                cache.stages[1].copies_from.len()
            ),
            (None, 0)
        );
    }

    #[test]
    fn long_lists_are_capped_and_counted() {
        let dockerfile = format!("FROM alpine\n{}", "run echo a\n".repeat(MAX_STEPS + 50));
        let r = answer(&request(Project {
            dockerfile,
            ..Project::default()
        }));
        let steps: usize = r.cache.unwrap().stages.iter().map(|s| s.steps.len()).sum();
        assert_eq!(steps, MAX_STEPS);
        assert!(r.omitted.steps > 0);
    }

    #[test]
    fn a_new_language_reuses_the_analysis_but_not_the_link() {
        let mut last = None;
        let mut req = request(Project {
            dockerfile: "FROM alpine\n".into(),
            ..Project::default()
        });
        let first = answer_again(&req, &mut last);
        let (report, link) = (first.report.clone(), first.link.clone());
        req.id = 8;
        req.lang = Lang::En;
        let second = answer_again(&req, &mut last);
        assert_eq!((second.id, second.lang), (8, Lang::En));
        assert_eq!(second.report, report);
        assert_ne!(second.link, link);
        req.project.dockerfile = "FROM debian\n".into();
        assert_ne!(answer_again(&req, &mut last).report, report);
    }

    #[test]
    fn editing_the_docker_run_lines_reuses_the_analysis_and_changes_the_link() {
        let mut last = None;
        let mut req = request(Project {
            dockerfile: "FROM alpine\n".into(),
            ..Project::default()
        });
        let link = answer_again(&req, &mut last).link.clone();
        // Mark the kept answer: a reused one still carries the mark.
        last.as_mut().unwrap().1.report.files.clear();
        req.project.docker_run = "docker run -p 80:80 nginx\n".into();
        let second = answer_again(&req, &mut last);
        assert!(
            second.report.files.is_empty(),
            "the Dockerfile was analysed again"
        );
        assert_ne!(second.link, link);
        assert_eq!(last.as_ref().unwrap().0.docker_run, req.project.docker_run);
        req.project.dockerfile = "FROM debian\n".into();
        assert!(!answer_again(&req, &mut last).report.files.is_empty());
    }

    #[test]
    fn answers_and_requests_survive_the_wire_format() {
        // Everything the worker sends, with every optional part present: a fix, a suggestion,
        // a network with ports, a summary.
        let req = request(Project {
            dockerfile: "FROM python:3.12\nMAINTAINER me\nCOPY . .\nRUN pip install -r requirements.txt\n".into(),
            compose: "services:\n  web:\n    image: nginx\n    ports: [\"8000:80\"]\n    networks: [a]\nnetworks:\n  a:\n".into(),
            changed: vec!["app.py".into()],
            ..Project::default()
        });
        let bytes = postcard::to_allocvec(&req).unwrap();
        let back: Request = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.project, req.project);
        let r = answer(&req);
        assert!(r.cache.as_ref().is_some_and(|c| c.suggestion.is_some()));
        assert!(r
            .report
            .files
            .iter()
            .any(|f| f.network.as_ref().is_some_and(|n| !n.ports.is_empty())));
        assert!(r.report.files[0]
            .diagnostics
            .iter()
            .any(|d| d.fix.is_some()));
        let bytes = postcard::to_allocvec(&r).unwrap();
        assert_eq!(postcard::from_bytes::<Response>(&bytes).unwrap(), r);
    }

    #[test]
    fn empty_files_are_not_analysed() {
        let r = answer(&request(Project::default()));
        assert!(r.report.files.is_empty());
        assert!(r.cache.is_none());
    }
}
