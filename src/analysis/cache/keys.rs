//! Build steps and their cache keys, as BuildKit's Dockerfile conversion makes them: FROM (image
//! source), RUN (exec), COPY/ADD (file copy; `--link` merged), WORKDIR (mkdir). ENV, ARG, USER and
//! SHELL change only the state later steps carry; the other instructions make no step at all.

use super::context::{normalize, Context};
use crate::dockerfile::flags::MountType;
use crate::dockerfile::model::{Command, CopyCommand, Instr, RunCommand};
use crate::dockerfile::Dockerfile;
use crate::dockerfile::Keyword;
use crate::dockerignore::DockerIgnore;
use std::collections::{BTreeMap, VecDeque};
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
    user: String,
    workdir: String,
    shell: Vec<String>,
}

impl Default for State {
    fn default() -> Self {
        State {
            env: BTreeMap::new(),
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

/// Stages the target needs: itself, its bases, and every stage it copies or mounts from.
fn reachable(model: &Dockerfile, target: Option<usize>) -> Vec<bool> {
    let mut seen = vec![false; model.stages.len()];
    let mut queue: VecDeque<usize> = target.into_iter().collect();
    while let Some(s) = queue.pop_front() {
        if seen[s] {
            continue;
        }
        seen[s] = true;
        let st = &model.stages[s];
        for d in st.base_stage.into_iter().chain(st.deps.iter().copied()) {
            if d < seen.len() && !seen[d] {
                queue.push_back(d);
            }
        }
    }
    seen
}

fn resolve_dir(cwd: &str, p: &str) -> String {
    if p.starts_with('/') {
        crate::dockerignore::clean_path(p)
    } else {
        crate::dockerignore::clean_path(&format!("{}/{p}", cwd.trim_end_matches('/')))
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
        reachable: reachable(model, target),
        target,
        ..Build::default()
    };
    // Stage names resolved once (a `--from` lookup per instruction stays constant time).
    let mut names: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for st in &model.stages {
        if let Some(name) = &st.name {
            names.entry(name.clone()).or_insert(st.index);
        }
    }
    let stage_ref = |r: &str| -> Option<usize> {
        names.get(&r.to_lowercase()).copied().or_else(|| {
            if !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()) {
                r.parse::<usize>().ok().filter(|i| *i < n)
            } else {
                None
            }
        })
    };
    let mut states: Vec<State> = Vec::with_capacity(n);
    for stage in &model.stages {
        // A base stage must come earlier; anything else (a cycle, itself) counts as an image.
        let base = stage.base_stage.filter(|&s| s < stage.index);
        let mut state = base.map(|s| states[s].clone()).unwrap_or_default();
        let mut chain = base.map(|s| b.stage_final[s]).unwrap_or(0);
        for &ii in &stage.instructions {
            let ins = &model.instructions[ii];
            let node = &model.parsed.nodes[ins.node];
            let mut parts: Vec<(String, String)> = Vec::new();
            let mut contents = Vec::new();
            let mut link = false;
            let layer;
            match &ins.kind {
                Instr::From(_) => {
                    if base.is_some() {
                        continue;
                    }
                    parts.push(("image".into(), stage.base.clone()));
                    if let Some(p) = node.flags.iter().find(|f| f.name == "platform") {
                        parts.push(("platform".into(), p.value.clone().unwrap_or_default()));
                    }
                    if moved(&stage.base) {
                        parts.push(("digest".into(), format!("moved in build {epoch}")));
                    }
                    layer = true;
                }
                Instr::Env(kvs) => {
                    for kv in kvs {
                        state.env.insert(kv.key.value.clone(), kv.expanded.clone());
                    }
                    continue;
                }
                Instr::Arg(defs) => {
                    for d in defs {
                        if let Some(v) = &d.value {
                            state.env.insert(d.name.value.clone(), v.clone());
                        }
                    }
                    continue;
                }
                Instr::User(v) => {
                    state.user = v.value.clone();
                    continue;
                }
                Instr::Shell(Command::Exec(words)) => {
                    state.shell = words.iter().map(|w| w.value.clone()).collect();
                    continue;
                }
                Instr::Workdir(v) => {
                    state.workdir = resolve_dir(&state.workdir, &v.value);
                    if state.workdir == "/" {
                        continue;
                    }
                    parts.push(("path".into(), state.workdir.clone()));
                    parts.push(("user".into(), state.user.clone()));
                    layer = true;
                }
                Instr::Run(RunCommand {
                    command,
                    mounts,
                    network,
                    security,
                }) => {
                    match command {
                        Command::Exec(words) => {
                            let w: Vec<&str> = words.iter().map(|w| w.value.as_str()).collect();
                            parts.push(("command".into(), w.join("\u{0}")));
                        }
                        Command::Shell(s) => {
                            parts.push(("command".into(), s.value.clone()));
                            parts.push(("shell".into(), state.shell.join(" ")));
                        }
                        Command::Empty => parts.push(("command".into(), String::new())),
                    }
                    for h in &node.heredocs {
                        parts.push((format!("heredoc {}", h.name), h.content.clone()));
                    }
                    for (k, v) in &state.env {
                        parts.push((format!("env {k}"), v.clone()));
                    }
                    parts.push(("user".into(), state.user.clone()));
                    parts.push(("workdir".into(), state.workdir.clone()));
                    if let Some(nw) = network {
                        parts.push(("network".into(), nw.clone()));
                    }
                    if let Some(sec) = security {
                        parts.push(("security".into(), sec.clone()));
                    }
                    for (i, m) in mounts.iter().enumerate() {
                        // Cache ids, sharing modes and secret values never count.
                        let kept: Vec<String> = m
                            .options
                            .iter()
                            .filter(|(k, _)| {
                                !(m.kind == MountType::Cache
                                    && matches!(k.as_str(), "id" | "sharing"))
                            })
                            .map(|(k, v)| format!("{k}={}", v.as_deref().unwrap_or("")))
                            .collect();
                        parts.push((
                            format!("mount {i}"),
                            format!("{:?} {}", m.kind, kept.join(",")),
                        ));
                        if m.kind == MountType::Bind {
                            match m.get("from") {
                                Some(f) => {
                                    if let Some(s) = stage_ref(f).filter(|&s| s < stage.index) {
                                        contents.push(Content::Stage(s));
                                    }
                                }
                                None => contents.push(Content::Files(vec![m
                                    .get("source")
                                    .unwrap_or(".")
                                    .to_string()])),
                            }
                        }
                    }
                    layer = true;
                }
                Instr::Copy(CopyCommand {
                    sources,
                    dest,
                    from,
                    link: l,
                    flags,
                })
                | Instr::Add(CopyCommand {
                    sources,
                    dest,
                    from,
                    link: l,
                    flags,
                }) => {
                    let dest = dest.as_ref().map(|d| d.value.clone()).unwrap_or_default();
                    let resolved = if dest.starts_with('/') || dest.starts_with('$') {
                        dest.clone()
                    } else {
                        format!("{}/{dest}", state.workdir.trim_end_matches('/'))
                    };
                    parts.push(("destination".into(), resolved));
                    let srcs: Vec<String> = sources.iter().map(|s| s.value.clone()).collect();
                    parts.push(("sources".into(), srcs.join(" ")));
                    for (k, v) in flags {
                        parts.push((format!("--{k}"), v.clone().unwrap_or_default()));
                    }
                    for h in &node.heredocs {
                        parts.push((format!("heredoc {}", h.name), h.content.clone()));
                    }
                    let chmod = flags.iter().any(|(k, _)| k == "chmod");
                    link = *l && !chmod;
                    parts.push(("--link".into(), l.to_string()));
                    match from {
                        Some(f) => {
                            parts.push(("--from".into(), f.value.clone()));
                            match stage_ref(&f.value).filter(|&s| s < stage.index) {
                                Some(s) => contents.push(Content::Stage(s)),
                                None if stage_ref(&f.value).is_none() && moved(&f.value) => {
                                    parts.push((
                                        "image digest".into(),
                                        format!("moved in build {epoch}"),
                                    ));
                                }
                                None => {}
                            }
                        }
                        None => {
                            let pinned = flags.iter().any(|(k, _)| k == "checksum");
                            let local: Vec<String> =
                                srcs.iter().filter(|s| !is_remote(s)).cloned().collect();
                            for s in srcs.iter().filter(|s| is_remote(s)) {
                                if !(ins.is(Keyword::Add) && pinned) {
                                    contents.push(Content::Remote(s.clone()));
                                }
                            }
                            if !local.is_empty() && node.heredocs.is_empty() {
                                contents.push(Content::Files(local));
                            }
                        }
                    }
                    layer = true;
                }
                _ => continue,
            }
            // The content each input contributes to the key.
            let mut content_key: Vec<u64> = Vec::new();
            for c in &contents {
                content_key.push(match c {
                    Content::Files(sources) => hash(&ctx.select(sources, ignore)),
                    Content::Stage(s) => hash(&("stage", b.stage_final[*s])),
                    Content::Remote(url) => hash(&(url, epoch)),
                });
            }
            let own = hash(&(ins.keyword_str(), &parts, &content_key));
            let parent = chain;
            chain = hash(&(parent, own, link));
            b.stage_steps[stage.index].push(b.steps.len());
            b.steps.push(Step {
                ins: ii,
                stage: stage.index,
                keyword: ins.keyword_str(),
                layer,
                link,
                parts,
                contents,
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
