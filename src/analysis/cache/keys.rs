//! Build steps and their cache keys, as BuildKit's Dockerfile conversion makes them: FROM (image
//! source), RUN (exec), COPY/ADD (file copy; `--link` merged), WORKDIR (mkdir). ENV, ARG, USER and
//! SHELL change only the state later steps carry; the other instructions make no step at all.

use super::context::{normalize, Context};
use crate::dockerfile::flags::MountType;
use crate::dockerfile::model::{Command, CopyCommand, Instr, Instruction, RunCommand};
use crate::dockerfile::syntax::Node;
use crate::dockerfile::Dockerfile;
use crate::dockerfile::Keyword;
use crate::dockerfile::Stage;
use crate::dockerignore::DockerIgnore;
use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

/// What a step reads besides the previous layers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Context files selected by these sources (after `.dockerignore`).
    Files(Vec<String>),
    /// The output of another stage.
    Stage(usize),
    /// A URL or git repository, checked again on every build.
    Remote(String),
}

/// One build step.
#[derive(Debug, Clone)]
pub struct Step {
    /// Instruction index.
    pub ins: usize,
    /// Stage index.
    pub stage: usize,
    /// Upper-case keyword.
    pub keyword: &'static str,
    /// Whether it adds a filesystem layer.
    pub layer: bool,
    /// `COPY --link`: its layer does not depend on the layers before it.
    pub link: bool,
    /// The definition, as labelled parts (what BuildKit puts in the operation).
    pub parts: Vec<(String, String)>,
    /// What it reads.
    pub contents: Vec<Content>,
    /// Key of the definition and the content it reads.
    pub own: u64,
    /// Key of the step before it in the chain (0 for FROM).
    pub parent: u64,
    /// Key of the whole chain up to and including this step.
    pub chain: u64,
}

/// The steps of one build.
#[derive(Debug, Clone, Default)]
pub struct Build {
    /// All steps, stage by stage.
    pub steps: Vec<Step>,
    /// Step indexes per stage.
    pub stage_steps: Vec<Vec<usize>>,
    /// The chain key at the end of each stage.
    pub stage_final: Vec<u64>,
    /// Stages the target needs.
    pub reachable: Vec<bool>,
    /// The target stage.
    pub target: Option<usize>,
}

#[derive(Debug, Clone)]
struct State {
    env: BTreeMap<String, String>,
    /// An order-free digest of `env` (the wrapping sum of each pair's hash), kept as it
    /// changes, so that a step under thousands of variables is keyed without listing them.
    env_digest: u64,
    user: String,
    workdir: String,
    shell: Vec<String>,
}

/// Most ENV and ARG values a RUN's key lists one by one (each then names itself when it
/// changes); past it they count as one part, the environment's digest.
const ENV_PARTS: usize = 64;

fn pair_hash(k: &str, v: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    (k, v).hash(&mut h);
    h.finish()
}

impl State {
    fn set_env(&mut self, k: &str, v: &str) {
        if let Some(old) = self.env.insert(k.to_string(), v.to_string()) {
            self.env_digest = self.env_digest.wrapping_sub(pair_hash(k, &old));
        }
        self.env_digest = self.env_digest.wrapping_add(pair_hash(k, v));
    }
}

impl Default for State {
    fn default() -> Self {
        State {
            env: BTreeMap::new(),
            env_digest: 0,
            user: String::new(),
            workdir: "/".into(),
            shell: vec!["/bin/sh".into(), "-c".into()],
        }
    }
}

fn hash<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

/// An instruction's text on one line, shortened for display.
pub fn one_line(original: &str) -> String {
    let joined = original
        .lines()
        .map(|l| l.trim().trim_end_matches('\\').trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if joined.chars().count() > 80 {
        let cut: String = joined.chars().take(77).collect();
        format!("{cut}...")
    } else {
        joined
    }
}

fn is_remote(s: &str) -> bool {
    s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("git@")
        || s.starts_with("git://")
        || s.ends_with(".git")
}

/// Literal context paths the COPY/ADD sources and bind mounts name (no globs, URLs or `.`).
pub fn literal_sources(model: &Dockerfile) -> Vec<String> {
    let mut out = Vec::new();
    for ins in &model.instructions {
        match &ins.kind {
            Instr::Copy(CopyCommand {
                sources,
                from: None,
                ..
            })
            | Instr::Add(CopyCommand {
                sources,
                from: None,
                ..
            }) => {
                for s in sources {
                    let v = normalize(&s.value);
                    if !v.is_empty()
                        && v != "."
                        && !v.contains(['*', '?', '[', '$'])
                        && !is_remote(&s.value)
                    {
                        out.push(v);
                    }
                }
            }
            Instr::Run(RunCommand { mounts, .. }) => {
                for m in mounts {
                    if m.kind == MountType::Bind && m.get("from").is_none() {
                        if let Some(s) = m.get("source") {
                            let v = normalize(s);
                            if !v.is_empty() && v != "." && !v.contains(['*', '?', '[']) {
                                out.push(v);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn resolve_dir(cwd: &str, p: &str) -> String {
    if p.starts_with('/') {
        crate::dockerignore::clean_path(p)
    } else {
        crate::dockerignore::clean_path(&format!("{}/{p}", cwd.trim_end_matches('/')))
    }
}

/// A step's definition before keying: its labelled parts, what it reads, and its layer.
struct Definition {
    parts: Vec<(String, String)>,
    contents: Vec<Content>,
    link: bool,
}

impl Definition {
    fn new() -> Self {
        Definition {
            parts: Vec::new(),
            contents: Vec::new(),
            link: false,
        }
    }

    fn part(&mut self, label: impl Into<String>, value: impl Into<String>) {
        self.parts.push((label.into(), value.into()));
    }
}

/// What keying one build reads.
struct Keyer<'a> {
    model: &'a Dockerfile,
    ctx: &'a Context,
    ignore: Option<&'a DockerIgnore>,
    moved: &'a dyn Fn(&str) -> bool,
    epoch: u32,
    /// Stage names resolved once (a `--from` lookup per instruction stays constant time).
    names: HashMap<String, usize>,
}

impl Keyer<'_> {
    /// The stage a `--from` or `from=` names, as BuildKit resolves it.
    fn stage_ref(&self, r: &str) -> Option<usize> {
        self.names.get(&r.to_lowercase()).copied().or_else(|| {
            if !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()) {
                r.parse::<usize>()
                    .ok()
                    .filter(|i| *i < self.model.stages.len())
            } else {
                None
            }
        })
    }

    /// "moved in build N" for a base image whose tag moved.
    fn moved_in_this_build(&self) -> String {
        format!("moved in build {}", self.epoch)
    }

    /// The step an instruction makes, if it makes one; ENV, ARG, USER and SHELL only change
    /// `state`.
    fn definition(
        &self,
        stage: &Stage,
        own_base: bool,
        state: &mut State,
        ins: &Instruction,
    ) -> Option<Definition> {
        let node = &self.model.parsed.nodes[ins.node];
        match &ins.kind {
            Instr::From(_) if !own_base => Some(self.from(stage, node)),
            Instr::Env(kvs) => {
                for kv in kvs {
                    state.set_env(&kv.key.value, &kv.expanded);
                }
                None
            }
            Instr::Arg(defs) => {
                for d in defs {
                    if let Some(v) = &d.value {
                        state.set_env(&d.name.value, v);
                    }
                }
                None
            }
            Instr::User(v) => {
                state.user = v.value.clone();
                None
            }
            Instr::Shell(Command::Exec(words)) => {
                state.shell = words.iter().map(|w| w.value.clone()).collect();
                None
            }
            Instr::Workdir(v) => {
                state.workdir = resolve_dir(&state.workdir, &v.value);
                if state.workdir == "/" {
                    return None;
                }
                let mut d = Definition::new();
                d.part("path", state.workdir.clone());
                d.part("user", state.user.clone());
                Some(d)
            }
            Instr::Run(run) => Some(self.run(stage, state, node, run)),
            Instr::Copy(copy) | Instr::Add(copy) => {
                Some(self.copy(stage, state, ins.is(Keyword::Add), node, copy))
            }
            _ => None,
        }
    }

    /// FROM: the image, its platform, and whether its tag moved.
    fn from(&self, stage: &Stage, node: &Node) -> Definition {
        let mut d = Definition::new();
        d.part("image", stage.base.clone());
        if let Some(p) = node.flags.iter().find(|f| f.name == "platform") {
            d.part("platform", p.value.clone().unwrap_or_default());
        }
        if (self.moved)(&stage.base) {
            d.part("digest", self.moved_in_this_build());
        }
        d
    }

    /// RUN: the command and every ENV/ARG value, user, working directory, network, security and
    /// mount in effect (cache ids, sharing modes and secret values never count).
    fn run(&self, stage: &Stage, state: &State, node: &Node, run: &RunCommand) -> Definition {
        let mut d = Definition::new();
        match &run.command {
            Command::Exec(words) => {
                let w: Vec<&str> = words.iter().map(|w| w.value.as_str()).collect();
                d.part("command", w.join("\u{0}"));
            }
            Command::Shell(s) => {
                d.part("command", s.value.clone());
                d.part("shell", state.shell.join(" "));
            }
            Command::Empty => d.part("command", String::new()),
        }
        for h in &node.heredocs {
            d.part(format!("heredoc {}", h.name), h.content.clone());
        }
        if state.env.len() <= ENV_PARTS {
            for (k, v) in &state.env {
                d.part(format!("env {k}"), v.clone());
            }
        } else {
            let n = state.env.len();
            d.part(
                "environment",
                format!("{n} variables, {:016x}", state.env_digest),
            );
        }
        d.part("user", state.user.clone());
        d.part("workdir", state.workdir.clone());
        if let Some(nw) = &run.network {
            d.part("network", nw.clone());
        }
        if let Some(sec) = &run.security {
            d.part("security", sec.clone());
        }
        for (i, m) in run.mounts.iter().enumerate() {
            let kept: Vec<String> = m
                .options
                .iter()
                .filter(|(k, _)| {
                    !(m.kind == MountType::Cache && matches!(k.as_str(), "id" | "sharing"))
                })
                .map(|(k, v)| format!("{k}={}", v.as_deref().unwrap_or("")))
                .collect();
            d.part(
                format!("mount {i}"),
                format!("{:?} {}", m.kind, kept.join(",")),
            );
            if m.kind == MountType::Bind {
                match m.get("from") {
                    Some(f) => {
                        if let Some(s) = self.stage_ref(f).filter(|&s| s < stage.index) {
                            d.contents.push(Content::Stage(s));
                        }
                    }
                    None => d.contents.push(Content::Files(vec![m
                        .get("source")
                        .unwrap_or(".")
                        .to_string()])),
                }
            }
        }
        d
    }

    /// COPY or ADD: destination (resolved against the working directory), sources, flags,
    /// heredocs, and what it reads: context files, another stage, or URLs (unless `ADD
    /// --checksum` pins them).
    fn copy(
        &self,
        stage: &Stage,
        state: &State,
        add: bool,
        node: &Node,
        copy: &CopyCommand,
    ) -> Definition {
        let mut d = Definition::new();
        let dest = copy
            .dest
            .as_ref()
            .map(|d| d.value.clone())
            .unwrap_or_default();
        let resolved = if dest.starts_with('/') || dest.starts_with('$') {
            dest.clone()
        } else {
            format!("{}/{dest}", state.workdir.trim_end_matches('/'))
        };
        d.part("destination", resolved);
        let srcs: Vec<String> = copy.sources.iter().map(|s| s.value.clone()).collect();
        d.part("sources", srcs.join(" "));
        for (k, v) in &copy.flags {
            d.part(format!("--{k}"), v.clone().unwrap_or_default());
        }
        for h in &node.heredocs {
            d.part(format!("heredoc {}", h.name), h.content.clone());
        }
        let chmod = copy.flags.iter().any(|(k, _)| k == "chmod");
        d.link = copy.link && !chmod;
        d.part("--link", copy.link.to_string());
        match &copy.from {
            Some(f) => {
                d.part("--from", f.value.clone());
                match self.stage_ref(&f.value).filter(|&s| s < stage.index) {
                    Some(s) => d.contents.push(Content::Stage(s)),
                    None if self.stage_ref(&f.value).is_none() && (self.moved)(&f.value) => {
                        d.part("image digest", self.moved_in_this_build());
                    }
                    None => {}
                }
            }
            None => {
                let pinned = copy.flags.iter().any(|(k, _)| k == "checksum");
                let local: Vec<String> = srcs.iter().filter(|s| !is_remote(s)).cloned().collect();
                for s in srcs.iter().filter(|s| is_remote(s)) {
                    if !(add && pinned) {
                        d.contents.push(Content::Remote(s.clone()));
                    }
                }
                if !local.is_empty() && node.heredocs.is_empty() {
                    d.contents.push(Content::Files(local));
                }
            }
        }
        d
    }

    /// The key of what a step reads: context files after `.dockerignore`, another stage's final
    /// key, or a URL fetched again in every build.
    fn content_key(&self, contents: &[Content], stage_final: &[u64]) -> Vec<u64> {
        contents
            .iter()
            .map(|c| match c {
                Content::Files(sources) => hash(&self.ctx.select(sources, self.ignore)),
                Content::Stage(s) => hash(&("stage", stage_final[*s])),
                Content::Remote(url) => hash(&(url, self.epoch)),
            })
            .collect()
    }
}

/// Key every step of `model` against the context `ctx`. `moved` tells which base images have a
/// new digest; `epoch` stands for "this build" in what is checked again on every build.
pub fn build(
    model: &Dockerfile,
    ctx: &Context,
    ignore: Option<&DockerIgnore>,
    moved: &dyn Fn(&str) -> bool,
    epoch: u32,
    target: Option<usize>,
) -> Build {
    let n = model.stages.len();
    let mut b = Build {
        stage_steps: vec![Vec::new(); n],
        stage_final: vec![0; n],
        reachable: target.map_or_else(|| vec![false; n], |t| model.needed_stages(t)),
        target,
        ..Build::default()
    };
    let mut names = HashMap::new();
    for st in &model.stages {
        if let Some(name) = &st.name {
            names.entry(name.clone()).or_insert(st.index);
        }
    }
    let keyer = Keyer {
        model,
        ctx,
        ignore,
        moved,
        epoch,
        names,
    };
    let mut states: Vec<State> = Vec::with_capacity(n);
    for stage in &model.stages {
        // A base stage must come earlier; anything else (a cycle, itself) counts as an image.
        let base = stage.base_stage.filter(|&s| s < stage.index);
        let mut state = base.map(|s| states[s].clone()).unwrap_or_default();
        let mut chain = base.map(|s| b.stage_final[s]).unwrap_or(0);
        for &ii in &stage.instructions {
            let ins = &model.instructions[ii];
            let Some(d) = keyer.definition(stage, base.is_some(), &mut state, ins) else {
                continue;
            };
            let content_key = keyer.content_key(&d.contents, &b.stage_final);
            let own = hash(&(ins.keyword_str(), &d.parts, &content_key));
            let parent = chain;
            chain = hash(&(parent, own, d.link));
            b.stage_steps[stage.index].push(b.steps.len());
            b.steps.push(Step {
                ins: ii,
                stage: stage.index,
                keyword: ins.keyword_str(),
                layer: true,
                link: d.link,
                parts: d.parts,
                contents: d.contents,
                own,
                parent,
                chain,
            });
        }
        b.stage_final[stage.index] = chain;
        states.push(state);
    }
    b
}
