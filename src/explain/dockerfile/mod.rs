//! Dockerfile explanations: one item per instruction and per parser directive, written from the
//! semantic model with the state each instruction sees (working directory, user, shell, the
//! variables in effect, ENTRYPOINT and CMD), stage by stage.

mod entrypoint;
mod instructions;
mod run;

use super::{Item, ItemKind};
use crate::dockerfile::model::{Command, Instr};
use crate::dockerfile::{Dockerfile, Keyword};
use crate::dockerignore::DockerIgnore;
use crate::i18n::Text;
use crate::text;

/// What an instruction sees of the instructions before it in its stage (and the stages it
/// builds on).
#[derive(Debug, Clone)]
pub(super) struct State {
    /// The working directory (`/` unless WORKDIR or the base image set one).
    pub workdir: String,
    /// Whether a WORKDIR of this file set it (else the base image decides).
    pub workdir_set: bool,
    /// The user from USER (`None`: root, unless the base image sets one).
    pub user: Option<String>,
    /// The shell for shell form.
    pub shell: Vec<String>,
    /// ENV and ARG names in effect, in order of definition.
    pub vars: Vec<String>,
    /// The same names, to tell at once whether one is defined (a file may define thousands).
    pub defined: std::collections::HashSet<String>,
    /// The ENTRYPOINT in effect, with its line and the shell it was written under.
    pub entrypoint: Option<(Command, usize, Vec<String>)>,
    /// The CMD in effect, with its line and the shell it was written under.
    pub cmd: Option<(Command, usize, Vec<String>)>,
    /// Whether this stage set the CMD (an inherited one is cleared by ENTRYPOINT).
    pub cmd_here: bool,
    /// The line and keyword of the last `COPY . .` (the whole build context) in this stage or
    /// its bases.
    pub whole_copy: Option<(usize, &'static str)>,
}

impl Default for State {
    fn default() -> Self {
        State {
            workdir: "/".into(),
            workdir_set: false,
            user: None,
            shell: vec!["/bin/sh".into(), "-c".into()],
            vars: Vec::new(),
            defined: Default::default(),
            entrypoint: None,
            cmd: None,
            cmd_here: false,
            whole_copy: None,
        }
    }
}

impl State {
    /// Remember a variable name (once).
    fn define(&mut self, name: &str) {
        if self.defined.insert(name.to_string()) {
            self.vars.push(name.to_string());
        }
    }
}

/// Every instruction's and directive's item, in file order, up to
/// [`MAX_ITEMS`](crate::explain::MAX_ITEMS) of them.
pub(super) fn explain(
    text: &str,
    model: &Dockerfile,
    ignore: Option<&DockerIgnore>,
    scripts: &[Option<crate::dockerfile::run_script::Script>],
) -> Vec<Item> {
    let mut items: Vec<Item> = model
        .parsed
        .directives
        .iter()
        .map(|d| {
            let mut item = Item::new(
                d.span,
                ItemKind::Directive,
                format!("dockerfile.directive.{}", d.name),
                format!("# {}=", d.name),
            );
            item.text = instructions::directive(&d.name, &d.value);
            item
        })
        .collect();
    // Who uses each stage (FROM it or COPY --from it), once for all FROM lines.
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); model.stages.len()];
    for o in &model.stages {
        for d in o.deps.iter().copied().chain(o.base_stage) {
            if d != o.index && d < users.len() && !users[d].contains(&o.index) {
                users[d].push(o.index);
            }
        }
    }
    // The final state of each finished stage, for the stages built on it.
    let mut finals: Vec<State> = Vec::with_capacity(model.stages.len());
    let mut current: Option<usize> = None;
    let mut state = State::default();
    // Directives come first in a file, so the instructions past the limit are the ones left out.
    for ins in &model.instructions {
        if items.len() >= crate::explain::MAX_ITEMS {
            break;
        }
        if let (Instr::From(_), Some(stage)) = (&ins.kind, ins.stage) {
            if current.is_some() {
                finals.push(std::mem::take(&mut state));
            }
            current = Some(stage);
            state = model.stages[stage]
                .base_stage
                .filter(|b| *b < finals.len())
                .map(|b| finals[b].clone())
                .unwrap_or_default();
            state.cmd_here = false;
        }
        items.push(instructions::instruction(
            text, model, ignore, scripts, &users, ins, &mut state,
        ));
    }
    crate::sort::sort_by_key(&mut items, |i| i.span.start);
    items
}

/// The keyword's catalogue key.
fn key_of(ins: &crate::dockerfile::Instruction) -> String {
    match ins.keyword() {
        Some(k) => format!("dockerfile.instruction.{}", k.as_str()),
        None => "dockerfile.instruction.unknown".into(),
    }
}

/// "in stage 2 ("build")" / "（阶段 2 "build"）".
fn stage_label(model: &Dockerfile, stage: usize) -> Text {
    match &model.stages[stage].name {
        Some(n) => text!("stage {stage} (\"{n}\")", "阶段 {stage} \"{n}\""),
        None => text!("stage {stage}", "阶段 {stage}"),
    }
}

/// The user a step runs as.
fn user_text(state: &State) -> Text {
    match &state.user {
        Some(u) => text!("as user \"{u}\"", "以用户 \"{u}\" 的身份运行"),
        None => Text::new(
            "as root (no USER so far in this stage; the base image may set another user)",
            "以 root 用户身份运行（本阶段此前没有 USER 指令；基础镜像可能设置了别的用户）",
        ),
    }
}

/// Whether a keyword makes a build step whose result is a layer.
fn makes_layer(k: Option<Keyword>) -> bool {
    matches!(
        k,
        Some(Keyword::Run | Keyword::Copy | Keyword::Add | Keyword::Workdir)
    )
}
