//! The page's state and the actions that change it: a reducer, as in Yew's `function_todomvc`.
//! Pure data, so it is tested natively (`cargo test -p dockplay-www`).

use crate::examples::{Example, Opens, EXAMPLES};
use crate::protocol::{Project, Response};
use crate::text_eq::same_text;
use dockplay::diagnostic::Severity;
use dockplay::i18n::{Lang, Text};
use dockplay::report::DiagnosticOut;
use dockplay::share::SharedBuild;
use std::rc::Rc;

/// The editor's tabs: the four files and the virtual build context.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Dockerfile,
    Compose,
    Dockerignore,
    Env,
    /// `docker run` lines to read and convert.
    DockerRun,
    Context,
}

impl Tab {
    /// All tabs, in order.
    pub const ALL: [Tab; 6] = [
        Tab::Dockerfile,
        Tab::Compose,
        Tab::Dockerignore,
        Tab::Env,
        Tab::DockerRun,
        Tab::Context,
    ];

    /// The file name shown on the tab (the context tab has a label of its own).
    pub fn file_name(self) -> &'static str {
        match self {
            Tab::Dockerfile => crate::protocol::DOCKERFILE,
            Tab::Compose => crate::protocol::COMPOSE,
            Tab::Dockerignore => crate::protocol::DOCKERIGNORE,
            Tab::Env => crate::protocol::ENV,
            Tab::DockerRun => crate::protocol::DOCKER_RUN,
            Tab::Context => "context",
        }
    }

    /// A stable id for element ids and tests.
    pub fn id(self) -> &'static str {
        match self {
            Tab::Dockerfile => "dockerfile",
            Tab::Compose => "compose",
            Tab::Dockerignore => "dockerignore",
            Tab::Env => "env",
            Tab::DockerRun => "docker-run",
            Tab::Context => "context",
        }
    }

    /// The tab showing the report file named `path`.
    pub fn of_path(path: &str) -> Tab {
        if path == crate::protocol::COMPOSE {
            Tab::Compose
        } else {
            Tab::Dockerfile
        }
    }

    /// The text this tab edits, if it edits text.
    pub fn text(self, p: &Project) -> Option<&str> {
        match self {
            Tab::Dockerfile => Some(&p.dockerfile),
            Tab::Compose => Some(&p.compose),
            Tab::Dockerignore => Some(&p.dockerignore),
            Tab::Env => Some(&p.env),
            Tab::DockerRun => Some(&p.docker_run),
            Tab::Context => None,
        }
    }

    fn text_mut(self, p: &mut Project) -> Option<&mut String> {
        match self {
            Tab::Dockerfile => Some(&mut p.dockerfile),
            Tab::Compose => Some(&mut p.compose),
            Tab::Dockerignore => Some(&mut p.dockerignore),
            Tab::Env => Some(&mut p.env),
            Tab::DockerRun => Some(&mut p.docker_run),
            Tab::Context => None,
        }
    }
}

/// The panels beside the editor.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Panel {
    Problems,
    Explain,
    Cache,
    Network,
}

impl Panel {
    /// All panels, in order.
    pub const ALL: [Panel; 4] = [
        Panel::Problems,
        Panel::Explain,
        Panel::Cache,
        Panel::Network,
    ];

    /// The name kept in share links.
    pub fn id(self) -> &'static str {
        match self {
            Panel::Problems => "problems",
            Panel::Explain => "explain",
            Panel::Cache => "cache",
            Panel::Network => "network",
        }
    }

    /// The panel a share link names (unknown names open the problems).
    pub fn parse(s: &str) -> Panel {
        Panel::ALL
            .into_iter()
            .find(|p| p.id() == s)
            .unwrap_or(Panel::Problems)
    }
}

/// The colour scheme: the system's, or one chosen.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The next one of the toggle's cycle.
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }

    /// The stored name.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// A stored name read back.
    pub fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }
}

/// A range to select in an editor (UTF-16 offsets, as the textarea counts).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Selection {
    pub tab: Tab,
    pub start: u32,
    pub end: u32,
    /// Changes on every pick, so picking the same problem twice selects again.
    pub nonce: u32,
}

/// A replacement the editor makes through the browser's editing commands, so that undo
/// (Ctrl+Z) restores the text before it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PendingEdit {
    pub tab: Tab,
    /// The whole new text of the tab.
    pub text: String,
    pub nonce: u32,
}

/// A short message shown for a few seconds (and announced).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Toast {
    LinkCopied,
    MarkdownCopied,
    CopyFailed,
    TooLargeToShare,
    FixApplied,
    /// The suggested order was applied (with undo).
    OrderApplied,
    /// The current Dockerfile was marked as built.
    MarkedBuilt,
}

/// The text after applying a fix's edits (byte offsets into `text`), if they still fit it.
pub fn with_fix(text: &str, d: &DiagnosticOut) -> Option<String> {
    let fix = d.fix.as_ref()?;
    let mut edits: Vec<_> = fix.edits.iter().collect();
    dockplay::sort::sort_by_key(&mut edits, |e| std::cmp::Reverse(e.offset));
    let mut out = text.to_string();
    for e in edits {
        if e.end_offset > out.len()
            || e.offset > e.end_offset
            || !out.is_char_boundary(e.offset)
            || !out.is_char_boundary(e.end_offset)
        {
            return None;
        }
        out.replace_range(e.offset..e.end_offset, &e.replacement);
    }
    Some(out)
}

/// The UTF-16 offsets of line `line` (1-based) of `text`, its line break excluded.
pub fn line_range(text: &str, line: usize) -> Option<(usize, usize)> {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let end = if text[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    let u16 = |b: usize| text[..b].encode_utf16().count();
    Some((u16(start), u16(end)))
}

/// The diagnostics of the file a tab edits.
pub fn diagnostics_of(a: &Option<Rc<Response>>, tab: Tab) -> Rc<Vec<DiagnosticOut>> {
    Rc::new(problems_of(a, tab.file_name()).to_vec())
}

/// The problems of the file named `path` in an answer (none when it was not analysed).
pub fn problems_of<'a>(a: &'a Option<Rc<Response>>, path: &str) -> &'a [DiagnosticOut] {
    a.as_ref()
        .and_then(|a| a.report.files.iter().find(|f| f.path == path))
        .map_or(&[], |f| &f.diagnostics)
}

/// Everything the page shows that the user can change.
#[derive(Clone, PartialEq, Debug)]
pub struct State {
    /// The files and build settings.
    pub project: Rc<Project>,
    /// Increases with every change of the project (the analysis request id).
    pub revision: u32,
    /// Whether the next analysis should start at once (a paste, a fix, an example).
    pub urgent: bool,
    pub tab: Tab,
    pub panel: Panel,
    pub lang: Lang,
    pub theme: Theme,
    /// The range to select in the editor, when a problem was picked.
    pub selection: Option<Selection>,
    /// A replacement waiting for its editor.
    pub pending: Option<PendingEdit>,
    /// The latest analysis (possibly of an older revision while a newer one runs).
    pub analysis: Option<Rc<Response>>,
    /// Severities the problems panel hides.
    pub hidden: Rc<Vec<Severity>>,
    /// The lesson loaded last, if the files are still the lesson's.
    pub example: Option<&'static str>,
    pub toast: Option<(Toast, u32)>,
    /// Why a share link could not be opened (shown as a card until dismissed).
    pub link_error: Option<Text>,
    /// The analysis worker failed (its message).
    pub worker_error: Option<String>,
    /// Where the caret is in a tab (UTF-16 offset), for the explanation: changed (and the page
    /// re-rendered) only while the Explain panel is open.
    pub caret: Option<(Tab, u32)>,
    /// Where the caret last was, told while another panel is open (kept without a re-render,
    /// and taken as `caret` when the Explain panel opens).
    pub last_caret: Rc<std::cell::Cell<Option<(Tab, u32)>>>,
    /// Whether the state kept from the last visit must not be overwritten yet (a share link
    /// failed and the user has not changed anything since).
    pub keep_stored: bool,
    /// The service picked in the network picture (who it reaches is highlighted).
    pub service: Option<Rc<str>>,
    /// The parts of the item the Explain panel shows, underlined in that tab's editor.
    pub parts: Option<(Tab, Rc<[PartRange]>)>,
    /// The problems of the `docker run` lines (from their conversion), underlined in their tab.
    pub run_problems: Rc<Vec<DiagnosticOut>>,
    /// The files cannot be edited (a read-only widget): edits, fixes and lessons are refused.
    pub readonly: bool,
    /// Lines (1-based) the editor highlights (a widget's `highlight-lines`).
    pub highlight: Rc<[usize]>,
}

/// A part of the explained item as the editor underlines it: its place in the Explain panel's
/// list, and its range in bytes and in UTF-16 units.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PartRange {
    pub index: usize,
    pub from: usize,
    pub to: usize,
    pub from_utf16: u32,
    pub to_utf16: u32,
}

impl Default for State {
    /// The first lesson, English, the system's colours.
    fn default() -> Self {
        let mut s = State {
            project: Rc::new(Project::default()),
            revision: 1,
            urgent: true,
            tab: Tab::Dockerfile,
            panel: Panel::Problems,
            lang: Lang::En,
            theme: Theme::Auto,
            selection: None,
            pending: None,
            analysis: None,
            hidden: Rc::new(Vec::new()),
            example: None,
            toast: None,
            caret: None,
            last_caret: Rc::default(),
            link_error: None,
            worker_error: None,
            keep_stored: false,
            service: None,
            parts: None,
            run_problems: Rc::default(),
            readonly: false,
            highlight: Rc::new([]),
        };
        s.load_example(&EXAMPLES[0]);
        s
    }
}

/// A change of the build settings or of "what changed since the last build".
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CacheChange {
    /// `--target` (none: the last stage).
    Target(Option<String>),
    /// A `--build-arg` value (none: not given, the ARG's default applies).
    BuildArg(String, Option<String>),
    /// How a changed context file changed.
    FileChange(String, FileChange),
    /// A build argument's value changed since the last build, or not.
    ToggleChangedArg(String),
    /// A base image's tag moved to a new digest since the last build, or not.
    ToggleBaseMoved(String),
    /// A stage is in `--no-cache-filter`, or not.
    ToggleNoCache(String),
    /// The current Dockerfile and build arguments become the last build; nothing has changed
    /// since.
    MarkBuilt,
    /// Forget the marked build: the cache again holds a build of the current Dockerfile.
    ForgetBuilt,
}

/// How a context file differs from the last build.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileChange {
    /// Its content changed.
    Changed,
    /// It was not in the last build's context.
    Added,
    /// It is no longer in the context.
    Removed,
}

impl FileChange {
    /// All kinds, in the order the panel offers them.
    pub const ALL: [FileChange; 3] = [FileChange::Changed, FileChange::Added, FileChange::Removed];

    /// A stable id for option values and tests.
    pub fn id(self) -> &'static str {
        match self {
            FileChange::Changed => "changed",
            FileChange::Added => "added",
            FileChange::Removed => "removed",
        }
    }

    /// How `file` changed in `p` (it is ticked as changed).
    pub fn of(p: &Project, file: &str) -> FileChange {
        let has = |l: &[String]| l.iter().any(|x| x == file);
        if has(&p.added) {
            FileChange::Added
        } else if has(&p.removed) {
            FileChange::Removed
        } else {
            FileChange::Changed
        }
    }
}

/// Add `x` to `list` or remove it.
fn toggle(list: &mut Vec<String>, x: String) {
    match list.iter().position(|y| *y == x) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(x),
    }
}

/// What the user (or the worker) does.
#[derive(Clone, PartialEq, Debug)]
pub enum Action {
    /// The caret moved to this UTF-16 offset of a tab.
    Caret(Tab, u32),
    /// The Explain panel shows these parts of an item in a tab.
    Parts(Tab, Rc<[PartRange]>),
    /// The `docker run` lines' conversion found these problems.
    RunProblems(Rc<Vec<DiagnosticOut>>),
    /// A tab's text was edited; `replaced_all` when a paste replaced the whole text.
    Edit {
        tab: Tab,
        text: String,
        replaced_all: bool,
    },
    SelectTab(Tab),
    SelectPanel(Panel),
    /// Whether the files can be edited, and the lines to highlight (a widget's attributes).
    #[cfg_attr(not(feature = "widget"), allow(dead_code))]
    Look {
        readonly: bool,
        highlight: Rc<[usize]>,
    },
    SetLang(Lang),
    SetTheme(Theme),
    /// A problem was picked: show its tab and select its range (UTF-16 offsets).
    Pick {
        tab: Tab,
        start: usize,
        end: usize,
    },
    /// Apply the fix of a problem: its file's tab and its index in that file's problems.
    ApplyFix {
        tab: Tab,
        index: usize,
    },
    /// Replace a tab's text through the editor (a fix, the suggested order).
    Replace {
        tab: Tab,
        text: String,
    },
    /// The editor made the pending replacement.
    Replaced(u32),
    /// The worker answered.
    Analysed(Rc<Response>),
    LoadExample(&'static str),
    /// A state from a share link or from local storage.
    Open {
        project: Box<Project>,
        lang: Option<Lang>,
        panel: Option<Panel>,
    },
    /// A share link could not be read: show why, keep the default lesson.
    LinkFailed(Text),
    DismissLinkError,
    WorkerFailed(String),
    /// A context file was ticked or unticked as changed.
    ToggleChanged(String),
    AddContext(String),
    RemoveContext(String),
    RenameContext {
        from: String,
        to: String,
    },
    /// What-if controls of the build cache panel.
    Cache(CacheChange),
    /// Select a line of a tab (1-based), as clicking a build step does.
    GoToLine(Tab, usize),
    /// Show or hide a severity in the problems panel.
    ToggleSeverity(Severity),
    /// A service was picked in the network picture (none: unpicked).
    PickService(Option<String>),
    Toast(Toast),
    ClearToast(u32),
}

impl State {
    /// Whether the latest answer is of the current files (its problems and fixes fit them).
    pub fn fresh(&self) -> bool {
        self.analysis
            .as_ref()
            .is_some_and(|a| a.id == self.revision)
    }

    /// The number of problems in the latest answer, every file together.
    pub fn problem_total(&self) -> usize {
        self.analysis.as_ref().map_or(0, |a| {
            a.report.files.iter().map(|f| f.diagnostics.len()).sum()
        })
    }

    fn touch(&mut self, urgent: bool) {
        self.keep_stored = false;
        self.revision = self.revision.wrapping_add(1);
        self.urgent = urgent;
    }

    fn project_mut(&mut self) -> &mut Project {
        Rc::make_mut(&mut self.project)
    }

    fn nonce(&self) -> u32 {
        self.revision
            .wrapping_mul(31)
            .wrapping_add(self.selection.map_or(0, |s| s.nonce))
            .wrapping_add(self.pending.as_ref().map_or(0, |p| p.nonce))
            .wrapping_add(1)
    }

    fn load_example(&mut self, ex: &Example) {
        *self.project_mut() = Project {
            dockerfile: ex.dockerfile.into(),
            compose: ex.compose.into(),
            dockerignore: ex.dockerignore.into(),
            env: ex.env.into(),
            context: ex.context.iter().map(|s| s.to_string()).collect(),
            changed: ex.changed.iter().map(|s| s.to_string()).collect(),
            ..Project::default()
        };
        self.tab = match ex.opens {
            Opens::Dockerfile => Tab::Dockerfile,
            Opens::Compose => Tab::Compose,
        };
        // The line a lesson is about, as a UTF-16 offset of the tab it opens.
        let explained = ex.explains.and_then(|start| {
            let text = self.tab.text(&self.project)?;
            let byte = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .find(|&b| text[b..].starts_with(start))?;
            Some(text[..byte].encode_utf16().count() as u32)
        });
        self.caret = explained.map(|at| (self.tab, at));
        self.last_caret.set(None);
        self.run_problems = Rc::default();
        self.panel = if explained.is_some() {
            Panel::Explain
        } else if !ex.changed.is_empty() {
            Panel::Cache
        } else if ex.opens == Opens::Compose {
            Panel::Network
        } else {
            Panel::Problems
        };
        self.example = Some(ex.id);
        self.service = ex.picks.map(Rc::from);
        self.selection = explained.map(|at| Selection {
            tab: self.tab,
            start: at,
            end: at,
            nonce: self.nonce(),
        });
        self.pending = None;
        self.touch(true);
    }

    fn edit(&mut self, tab: Tab, text: String, replaced_all: bool) {
        let Some(slot) = tab.text_mut(self.project_mut()) else {
            return;
        };
        if same_text(slot, &text) {
            return;
        }
        *slot = text;
        if replaced_all && tab == Tab::Dockerfile {
            // Another project: the old one's changed files mean nothing to it.
            let p = self.project_mut();
            p.context.clear();
            p.changed.clear();
            p.target = None;
            p.added.clear();
            p.removed.clear();
            p.changed_build_args.clear();
            p.base_moved.clear();
            p.no_cache_filter.clear();
            p.built = None;
        }
        self.example = None;
        self.touch(replaced_all);
    }

    fn open(&mut self, project: Project, lang: Option<Lang>, panel: Option<Panel>) {
        *self.project_mut() = project;
        if let Some(l) = lang {
            self.lang = l;
        }
        if let Some(p) = panel {
            self.panel = p;
        }
        self.tab = if self.project.dockerfile.is_empty() && !self.project.compose.is_empty() {
            Tab::Compose
        } else {
            Tab::Dockerfile
        };
        self.selection = None;
        self.pending = None;
        self.touch(true);
        // Files that are still a lesson's are that lesson (after a reload, say).
        let p = &self.project;
        self.example = EXAMPLES
            .iter()
            .find(|e| {
                e.dockerfile == p.dockerfile
                    && e.compose == p.compose
                    && e.dockerignore == p.dockerignore
                    && e.env == p.env
            })
            .map(|e| e.id);
    }

    /// The build context's file list and changed files.
    fn change_context(&mut self, action: Action) {
        match action {
            Action::ToggleChanged(file) => {
                let p = self.project_mut();
                match p.changed.iter().position(|x| *x == file) {
                    Some(i) => {
                        p.changed.remove(i);
                        // An unticked file is neither added nor removed any more.
                        p.added.retain(|x| *x != file);
                        p.removed.retain(|x| *x != file);
                    }
                    None => p.changed.push(file.clone()),
                }
                // A file once ticked stays in the list when unticked.
                if !p.context.contains(&file) {
                    p.context.push(file);
                }
                self.touch(true);
            }
            Action::AddContext(file) => {
                let file = file.trim().trim_start_matches("./").to_string();
                if !file.is_empty() && !self.project.context.contains(&file) {
                    self.project_mut().context.push(file);
                    self.touch(true);
                }
            }
            Action::RemoveContext(file) => {
                let p = self.project_mut();
                for list in [&mut p.context, &mut p.changed, &mut p.added, &mut p.removed] {
                    list.retain(|x| *x != file);
                }
                self.touch(true);
            }
            Action::RenameContext { from, to } => {
                let to = to.trim().trim_start_matches("./").to_string();
                if to.is_empty() || to == from || self.project.context.contains(&to) {
                    return;
                }
                let p = self.project_mut();
                for list in [&mut p.context, &mut p.changed, &mut p.added, &mut p.removed] {
                    for x in list.iter_mut().filter(|x| **x == from) {
                        *x = to.clone();
                    }
                }
                self.touch(true);
            }
            _ => {}
        }
    }

    /// The build settings and what changed since the last build.
    fn change_cache(&mut self, change: CacheChange) {
        let p = self.project_mut();
        match change {
            CacheChange::Target(t) => p.target = t.filter(|t| !t.is_empty()),
            CacheChange::BuildArg(name, value) => {
                p.build_args.retain(|(k, _)| *k != name);
                if let Some(v) = value {
                    p.build_args.push((name, v));
                }
            }
            CacheChange::FileChange(file, how) => {
                p.added.retain(|x| *x != file);
                p.removed.retain(|x| *x != file);
                match how {
                    FileChange::Changed => {}
                    FileChange::Added => p.added.push(file),
                    FileChange::Removed => p.removed.push(file),
                }
            }
            CacheChange::ToggleChangedArg(name) => toggle(&mut p.changed_build_args, name),
            CacheChange::ToggleBaseMoved(image) => toggle(&mut p.base_moved, image),
            CacheChange::ToggleNoCache(stage) => toggle(&mut p.no_cache_filter, stage),
            CacheChange::MarkBuilt => {
                p.built = Some(SharedBuild {
                    dockerfile: p.dockerfile.clone(),
                    build_args: p.build_args.clone(),
                });
                // Changes are counted from this build on.
                p.changed.clear();
                p.added.clear();
                p.removed.clear();
                p.changed_build_args.clear();
                p.base_moved.clear();
            }
            CacheChange::ForgetBuilt => p.built = None,
        }
        self.touch(true);
    }

    /// Whether `action` would change the files of a read-only state.
    fn refuses(&self, action: &Action) -> bool {
        self.readonly
            && matches!(
                action,
                Action::Edit { .. }
                    | Action::ApplyFix { .. }
                    | Action::Replace { .. }
                    | Action::LoadExample(_)
            )
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        if self.refuses(&action) {
            return next;
        }
        match action {
            Action::Look {
                readonly,
                highlight,
            } => (next.readonly, next.highlight) = (readonly, highlight),
            Action::Edit {
                tab,
                text,
                replaced_all,
            } => next.edit(tab, text, replaced_all),
            Action::SelectTab(tab) => {
                next.tab = tab;
                next.selection = None;
            }
            Action::SelectPanel(panel) => {
                if panel == Panel::Explain {
                    next.caret = self.last_caret.get().or(self.caret);
                }
                next.panel = panel;
            }
            Action::Caret(tab, at) => next.caret = Some((tab, at)),
            Action::Parts(tab, parts) => next.parts = Some((tab, parts)),
            Action::RunProblems(p) => next.run_problems = p,
            Action::SetLang(lang) => next.lang = lang,
            Action::SetTheme(theme) => next.theme = theme,
            Action::Pick { tab, start, end } => {
                next.tab = tab;
                next.selection = Some(Selection {
                    tab,
                    start: start as u32,
                    end: end.max(start) as u32,
                    nonce: self.nonce(),
                });
            }
            Action::Replace { tab, text } => {
                next.tab = tab;
                next.pending = Some(PendingEdit {
                    tab,
                    text,
                    nonce: self.nonce(),
                });
            }
            Action::ApplyFix { tab, index } => {
                let text = tab.text(&self.project).unwrap_or("");
                if let Some(text) = problems_of(&self.analysis, tab.file_name())
                    .get(index)
                    .filter(|_| self.fresh())
                    .and_then(|d| with_fix(text, d))
                {
                    next = next.apply(Action::Replace { tab, text });
                    next = next.apply(Action::Toast(Toast::FixApplied));
                }
            }
            Action::Replaced(nonce) => {
                if next.pending.as_ref().is_some_and(|p| p.nonce == nonce) {
                    next.pending = None;
                }
            }
            Action::Analysed(r) => {
                // A late answer to an older request never replaces a newer one.
                if next.analysis.as_ref().is_none_or(|a| a.id <= r.id) {
                    next.analysis = Some(r);
                }
                next.worker_error = None;
            }
            Action::LoadExample(id) => {
                if let Some(ex) = EXAMPLES.iter().find(|e| e.id == id) {
                    next.load_example(ex);
                }
            }
            Action::Open {
                project,
                lang,
                panel,
            } => next.open(*project, lang, panel),
            Action::LinkFailed(why) => {
                next.link_error = Some(why);
                next.keep_stored = true;
            }
            Action::DismissLinkError => next.link_error = None,
            Action::WorkerFailed(why) => next.worker_error = Some(why),
            Action::ToggleChanged(_)
            | Action::AddContext(_)
            | Action::RemoveContext(_)
            | Action::RenameContext { .. } => next.change_context(action),
            Action::Cache(change) => next.change_cache(change),
            Action::GoToLine(tab, line) => {
                if let Some((start, end)) =
                    tab.text(&self.project).and_then(|t| line_range(t, line))
                {
                    next = next.apply(Action::Pick { tab, start, end });
                }
            }
            Action::ToggleSeverity(sev) => {
                let mut hidden = (*self.hidden).clone();
                match hidden.iter().position(|x| *x == sev) {
                    Some(i) => {
                        hidden.remove(i);
                    }
                    None => hidden.push(sev),
                }
                next.hidden = Rc::new(hidden);
            }
            Action::PickService(name) => next.service = name.map(Rc::from),
            Action::Toast(t) => next.toast = Some((t, self.nonce())),
            Action::ClearToast(n) => {
                if next.toast.is_some_and(|(_, m)| m == n) {
                    next.toast = None;
                }
            }
        }
        next
    }
}

impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // A caret that did not move, a caret while the explanation is closed (kept for when it
        // opens), or the same parts again, re-render nothing.
        if let Action::Caret(tab, at) = action {
            self.last_caret.set(Some((tab, at)));
        }
        match &action {
            Action::Caret(tab, at)
                if self.caret == Some((*tab, *at)) || self.panel != Panel::Explain =>
            {
                return self
            }
            Action::Parts(tab, p) if self.parts.as_ref() == Some(&(*tab, p.clone())) => {
                return self
            }
            Action::RunProblems(p) if self.run_problems == *p => return self,
            _ => {}
        }
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(tab: Tab, text: &str, replaced_all: bool) -> Action {
        Action::Edit {
            tab,
            text: text.into(),
            replaced_all,
        }
    }

    #[test]
    fn editing_changes_only_its_tab_and_the_revision() {
        let s = State::default();
        let before = s.project.dockerfile.clone();
        let n = s.apply(edit(Tab::Compose, "services: {}\n", false));
        assert_eq!(n.project.compose, "services: {}\n");
        assert_eq!(n.project.dockerfile, before);
        assert!(
            n.revision > s.revision && !n.urgent,
            "typing waits for the debounce"
        );
        assert_eq!(n.example, None);
        let same = n.apply(edit(Tab::Compose, "services: {}\n", false));
        assert_eq!(same.revision, n.revision, "no change, no new analysis");
    }

    #[test]
    fn picking_shows_the_tab_and_picking_again_selects_again() {
        let s = State::default().apply(Action::Pick {
            tab: Tab::Compose,
            start: 5,
            end: 2,
        });
        let first = s.selection.unwrap();
        assert_eq!((first.tab, first.start, first.end), (Tab::Compose, 5, 5));
        assert_eq!(s.tab, Tab::Compose);
        let again = s.apply(Action::Pick {
            tab: Tab::Compose,
            start: 5,
            end: 2,
        });
        assert_ne!(first.nonce, again.selection.unwrap().nonce);
        assert_eq!(again.apply(Action::SelectTab(Tab::Env)).selection, None);
    }

    #[test]
    fn an_unticked_file_stays_in_the_context() {
        let s = State::default();
        let p = &s.project;
        let file = p.changed[0].clone();
        let s = s.apply(Action::ToggleChanged(file.clone()));
        assert!(!s.project.changed.contains(&file));
        assert!(
            s.project.context.contains(&file),
            "unticking keeps the file"
        );
        let s = s.apply(Action::ToggleChanged("new.txt".into()));
        let s = s.apply(Action::ToggleChanged("new.txt".into()));
        assert!(s.project.context.contains(&"new.txt".to_string()));
    }

    #[test]
    fn pasting_another_dockerfile_forgets_the_changed_files() {
        let s = State::default();
        assert!(!s.project.changed.is_empty());
        let typed = s.apply(edit(Tab::Dockerfile, "FROM alpine\n", false));
        assert_eq!(
            typed.project.changed, s.project.changed,
            "typing keeps them"
        );
        let pasted = s.apply(edit(Tab::Dockerfile, "FROM alpine\n", true));
        assert!(pasted.project.changed.is_empty() && pasted.project.context.is_empty());
        assert!(pasted.urgent, "a paste is analysed at once");
    }

    #[test]
    fn a_caret_moved_while_the_explanation_is_closed_re_renders_nothing_and_is_kept() {
        use yew::Reducible;
        let s = Rc::new(State::default());
        assert_ne!(s.panel, Panel::Explain);
        let moved = s.clone().reduce(Action::Caret(Tab::Dockerfile, 7));
        assert!(Rc::ptr_eq(&s, &moved), "no new state, so no re-render");
        let open = moved.reduce(Action::SelectPanel(Panel::Explain));
        assert_eq!(open.caret, Some((Tab::Dockerfile, 7)));
        let again = open.clone().reduce(Action::Caret(Tab::Dockerfile, 9));
        assert_eq!(
            again.caret,
            Some((Tab::Dockerfile, 9)),
            "while open it follows"
        );
        let lesson = again.reduce(Action::LoadExample(crate::examples::EXAMPLES[0].id));
        let reopened = lesson
            .reduce(Action::SelectPanel(Panel::Problems))
            .reduce(Action::SelectPanel(Panel::Explain));
        assert_ne!(
            reopened.caret,
            Some((Tab::Dockerfile, 9)),
            "a lesson forgets the caret in the text before it"
        );
    }

    #[test]
    fn the_cmd_lesson_opens_the_explanation_on_its_cmd_line() {
        let ex = crate::examples::EXAMPLES
            .iter()
            .find(|e| e.id == "cmd-entrypoint")
            .unwrap();
        let s = State::default().apply(Action::LoadExample(ex.id));
        assert_eq!(s.panel, Panel::Explain);
        let (tab, at) = s.caret.unwrap();
        assert_eq!(tab, Tab::Dockerfile);
        assert!(s.project.dockerfile[at as usize..].starts_with("CMD [\"--help\"]"));
        let sel = s.selection.unwrap();
        assert_eq!((sel.start, sel.end), (at, at));
    }

    #[test]
    fn context_files_are_added_renamed_and_removed() {
        let s = State::default().apply(Action::AddContext("./src/a.py ".into()));
        assert!(s.project.context.contains(&"src/a.py".to_string()));
        let s = s.apply(Action::ToggleChanged("src/a.py".into()));
        let s = s.apply(Action::RenameContext {
            from: "src/a.py".into(),
            to: "src/b.py".into(),
        });
        assert!(s.project.changed.contains(&"src/b.py".to_string()));
        assert!(!s.project.context.contains(&"src/a.py".to_string()));
        let s = s.apply(Action::RemoveContext("src/b.py".into()));
        assert!(!s.project.context.contains(&"src/b.py".to_string()));
        assert!(!s.project.changed.contains(&"src/b.py".to_string()));
    }

    #[test]
    fn every_example_loads_with_its_panel() {
        for ex in EXAMPLES {
            let s = State::default().apply(Action::LoadExample(ex.id));
            assert_eq!(s.example, Some(ex.id));
            assert_eq!(s.project.dockerfile, ex.dockerfile);
            assert_eq!(s.project.compose, ex.compose);
            if !ex.changed.is_empty() {
                assert_eq!(s.panel, Panel::Cache, "{}", ex.id);
            }
        }
    }

    #[test]
    fn a_failed_link_keeps_the_stored_state_until_something_changes() {
        let s = State::default().apply(Action::LinkFailed(Text::new("x", "y")));
        assert!(s.keep_stored && s.link_error.is_some());
        let s = s.apply(Action::SelectPanel(Panel::Network));
        assert!(s.keep_stored, "looking around is not a change");
        assert!(!s.apply(edit(Tab::Env, "A=1\n", false)).keep_stored);
    }

    #[test]
    fn an_opened_lesson_is_recognised() {
        let ex = &EXAMPLES[3];
        let project = State::default().apply(Action::LoadExample(ex.id)).project;
        let s = State::default().apply(Action::Open {
            project: Box::new((*project).clone()),
            lang: None,
            panel: None,
        });
        assert_eq!(s.example, Some(ex.id));
    }

    #[test]
    fn a_late_answer_does_not_replace_a_newer_one() {
        let answer = |id| {
            Rc::new(crate::protocol::answer(&crate::protocol::Request {
                id,
                project: Project::default(),
                lang: Lang::En,
                panel: String::new(),
            }))
        };
        let s = State::default().apply(Action::Analysed(answer(5)));
        let s = s.apply(Action::Analysed(answer(3)));
        assert_eq!(s.analysis.unwrap().id, 5);
    }

    #[test]
    fn a_replacement_waits_for_its_editor() {
        let s = State::default().apply(Action::Replace {
            tab: Tab::Compose,
            text: "x".into(),
        });
        let p = s.pending.clone().unwrap();
        assert_eq!(s.tab, Tab::Compose);
        assert_eq!(
            s.apply(Action::Replaced(p.nonce.wrapping_add(1))).pending,
            Some(p.clone())
        );
        assert_eq!(s.apply(Action::Replaced(p.nonce)).pending, None);
    }

    use crate::protocol::Request;

    #[test]
    fn a_fix_applies_its_edits_or_nothing() {
        let r = crate::protocol::answer(&Request {
            id: 1,
            project: Project {
                dockerfile: "FROM alpine:3.20\nMAINTAINER me\n".into(),
                ..Project::default()
            },
            lang: Lang::En,
            panel: String::new(),
        });
        let text = "FROM alpine:3.20\nMAINTAINER me\n";
        let fixable = r.report.files[0]
            .diagnostics
            .iter()
            .find(|d| d.fix.is_some())
            .expect("a fixable problem");
        let fixed = with_fix(text, fixable).unwrap();
        assert_ne!(fixed, text);
        assert_eq!(
            with_fix("x", fixable),
            None,
            "edits past the end are refused"
        );
    }

    #[test]
    fn a_fix_is_applied_only_to_the_text_it_was_found_in() {
        let project = Project {
            dockerfile: "FROM alpine:3.20\nMAINTAINER me\n".into(),
            ..Project::default()
        };
        let s = State::default().apply(Action::Open {
            project: Box::new(project.clone()),
            lang: None,
            panel: None,
        });
        let r = crate::protocol::answer(&Request {
            id: s.revision,
            project,
            lang: Lang::En,
            panel: String::new(),
        });
        let index = r.report.files[0]
            .diagnostics
            .iter()
            .position(|d| d.fix.is_some())
            .unwrap();
        let s = s.apply(Action::Analysed(Rc::new(r)));
        let fixed = s.apply(Action::ApplyFix {
            tab: Tab::Dockerfile,
            index,
        });
        assert!(fixed
            .pending
            .as_ref()
            .is_some_and(|p| !p.text.contains("MAINTAINER")));
        assert_eq!(fixed.toast.map(|t| t.0), Some(Toast::FixApplied));
        let edited = s.apply(edit(
            Tab::Dockerfile,
            "FROM alpine:3.20\nMAINTAINER you\n",
            false,
        ));
        assert_eq!(
            edited
                .apply(Action::ApplyFix {
                    tab: Tab::Dockerfile,
                    index
                })
                .pending,
            None
        );
    }

    #[test]
    fn marking_as_built_starts_counting_changes_again() {
        let s = State::default();
        assert!(
            !s.project.changed.is_empty(),
            "the first lesson has a changed file"
        );
        let s = s
            .apply(Action::Cache(CacheChange::ToggleBaseMoved(
                "python:3.13-slim".into(),
            )))
            .apply(Action::Cache(CacheChange::MarkBuilt));
        let built = s.project.built.clone().unwrap();
        assert_eq!(built.dockerfile, s.project.dockerfile);
        assert!(s.project.changed.is_empty() && s.project.base_moved.is_empty());
        let forgot = s.apply(Action::Cache(CacheChange::ForgetBuilt));
        assert_eq!(forgot.project.built, None);
        assert!(forgot.revision > s.revision, "each change is analysed");
    }

    #[test]
    fn a_file_changes_one_way_at_a_time() {
        let s = State::default().apply(Action::ToggleChanged("x.txt".into()));
        let s = s.apply(Action::Cache(CacheChange::FileChange(
            "x.txt".into(),
            FileChange::Added,
        )));
        assert_eq!(FileChange::of(&s.project, "x.txt"), FileChange::Added);
        let s = s.apply(Action::Cache(CacheChange::FileChange(
            "x.txt".into(),
            FileChange::Removed,
        )));
        assert_eq!((s.project.added.len(), s.project.removed.len()), (0, 1));
        // Unticked, it is neither; ticked again, it is changed.
        let unticked = s.apply(Action::ToggleChanged("x.txt".into()));
        assert!(unticked.project.removed.is_empty());
        let again = unticked.apply(Action::ToggleChanged("x.txt".into()));
        assert_eq!(FileChange::of(&again.project, "x.txt"), FileChange::Changed);
        let s = s.apply(Action::RemoveContext("x.txt".into()));
        assert!(s.project.removed.is_empty());
    }

    #[test]
    fn the_two_networks_lesson_opens_on_network_with_nginx_picked() {
        let s = State::default().apply(Action::LoadExample("two-networks"));
        assert_eq!(s.panel, Panel::Network);
        assert_eq!(s.service.as_deref(), Some("nginx"));
        let s = s.apply(Action::PickService(None));
        assert_eq!(s.service, None);
        let s = s.apply(Action::LoadExample("cache-order"));
        assert_eq!(s.service, None);
    }

    #[test]
    fn build_settings_are_set_and_cleared() {
        let s = State::default()
            .apply(Action::Cache(CacheChange::BuildArg(
                "V".into(),
                Some("2".into()),
            )))
            .apply(Action::Cache(CacheChange::BuildArg(
                "V".into(),
                Some("3".into()),
            )))
            .apply(Action::Cache(CacheChange::Target(Some("build".into()))));
        assert_eq!(s.project.build_args, [("V".to_string(), "3".to_string())]);
        assert_eq!(s.project.target.as_deref(), Some("build"));
        let s = s
            .apply(Action::Cache(CacheChange::BuildArg("V".into(), None)))
            .apply(Action::Cache(CacheChange::Target(Some(String::new()))))
            .apply(Action::Cache(CacheChange::ToggleNoCache("0".into())));
        assert!(s.project.build_args.is_empty() && s.project.target.is_none());
        assert_eq!(s.project.no_cache_filter, ["0"]);
    }

    #[test]
    fn going_to_a_line_selects_it() {
        let s = State::default().apply(Action::Edit {
            tab: Tab::Dockerfile,
            text: "FROM a\r\nRUN é\nCMD x".into(),
            replaced_all: false,
        });
        let s = s.apply(Action::GoToLine(Tab::Dockerfile, 2));
        let sel = s.selection.unwrap();
        assert_eq!((sel.start, sel.end), (8, 13));
        assert_eq!(line_range("a\nb", 3), None);
        assert_eq!(line_range("a\nb", 2), Some((2, 3)));
    }
}
