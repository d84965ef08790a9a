//! What rules look at: the source, the model, per-instruction shell scripts (parsed once), the
//! build context's `.dockerignore`, and the configuration.

use super::Config;
use crate::dockerfile::model::{Instruction, KeyValue};
use crate::dockerfile::packages::PackageCommand;
use crate::dockerfile::run_script::{analyze_exec, analyze_run, Script, ShellCommand, Skipped};

/// Most bytes of RUN instructions one Dockerfile has parsed as shell scripts.
pub const MAX_SCRIPTS: usize = 1 << 20;
use crate::dockerfile::syntax::Node;
use crate::dockerfile::syntax::Spanned;
use crate::dockerfile::Keyword;
use crate::dockerfile::{Dockerfile, Stage};
use crate::dockerignore::DockerIgnore;
use std::cell::{Cell, OnceCell};

/// The shared, read-only input of every rule.
pub(crate) struct Ctx<'a> {
    /// The (BOM-less) text spans refer to.
    pub src: &'a str,
    /// The model.
    pub model: &'a Dockerfile,
    /// The build context's `.dockerignore`, when known.
    pub dockerignore: Option<&'a DockerIgnore>,
    /// Settings.
    pub config: &'a Config,
    /// `--build-arg` values.
    pub build_args: &'a [(String, String)],
    scripts: Vec<OnceCell<Option<Script>>>,
    /// Bytes of RUN text parsed as shell so far.
    script_bytes: Cell<usize>,
    packages: Vec<OnceCell<Vec<PackageCommand>>>,
    stage_index: OnceCell<StageIndex>,
}

/// Per stage, what several rules ask of every instruction: the SHELL instructions in order, and
/// where each ARG or ENV name is first declared (built once, so asking is not quadratic).
pub(crate) struct StageIndex {
    /// Node indexes of each stage's SHELLs, in order.
    pub shells: Vec<Vec<usize>>,
    /// For each stage, each ARG/ENV name and the node index of the first that declares it.
    pub declared: Vec<std::collections::HashMap<String, usize>>,
    /// Whether each stage is the final stage or one it builds on.
    pub reaches_final: Vec<bool>,
}

impl<'a> Ctx<'a> {
    /// A context over `model`, whose spans refer to `src`.
    pub fn new(
        src: &'a str,
        model: &'a Dockerfile,
        dockerignore: Option<&'a DockerIgnore>,
        config: &'a Config,
        build_args: &'a [(String, String)],
    ) -> Self {
        let n = model.instructions.len();
        Ctx {
            src,
            model,
            dockerignore,
            config,
            build_args,
            scripts: cells(n),
            script_bytes: Cell::new(0),
            packages: cells(n),
            stage_index: OnceCell::new(),
        }
    }

    /// `f` on a context with the same settings over another text, analysed on its own (the
    /// virtual Dockerfiles of ONBUILD triggers and of fragments without FROM).
    pub fn with_text<R>(&self, text: &str, f: impl FnOnce(&Ctx) -> R) -> R {
        let build = crate::dockerfile::BuildOptions {
            build_args: self.build_args.to_vec(),
        };
        let (text, model) = crate::dockerfile::analyze_text(text, &build);
        f(&Ctx::new(
            &text,
            &model,
            self.dockerignore,
            self.config,
            self.build_args,
        ))
    }

    /// The per-stage index of SHELLs and declared names.
    pub fn stage_index(&self) -> &StageIndex {
        self.stage_index.get_or_init(|| {
            let n = self.model.stages.len();
            let mut idx = StageIndex {
                shells: vec![Vec::new(); n],
                declared: vec![std::collections::HashMap::new(); n],
                reaches_final: vec![false; n],
            };
            if let Some(last) = self.model.stages.last() {
                for s in self.model.stage_chain(last.index) {
                    if let Some(r) = idx.reaches_final.get_mut(s) {
                        *r = true;
                    }
                }
            }
            for ins in &self.model.instructions {
                let Some(s) = ins.stage.filter(|&s| s < n) else {
                    continue;
                };
                let i = ins.node;
                if ins.is(Keyword::Shell) {
                    idx.shells[s].push(i);
                }
                for (name, _) in super::shared::arg_env_names(ins) {
                    idx.declared[s].entry(name.to_string()).or_insert(i);
                }
            }
            idx
        })
    }

    /// The syntax node of an instruction.
    pub fn node(&self, ins: &Instruction) -> &'a Node {
        &self.model.parsed.nodes[ins.node]
    }

    /// Instructions with their nodes.
    pub fn instructions(&self) -> impl Iterator<Item = (&'a Instruction, &'a Node)> + '_ {
        self.model
            .instructions
            .iter()
            .map(|i| (i, &self.model.parsed.nodes[i.node]))
    }

    /// The words of every `keyword` instruction (EXPOSE, VOLUME), in file order.
    pub fn words(&self, keyword: Keyword) -> impl Iterator<Item = &'a Spanned> + '_ {
        self.model
            .instructions
            .iter()
            .filter(move |i| i.is(keyword))
            .flat_map(|i| i.words())
    }

    /// The key/value pairs of every `keyword` instruction (ENV, LABEL), in file order.
    pub fn pairs(&self, keyword: Keyword) -> impl Iterator<Item = &'a KeyValue> + '_ {
        self.model
            .instructions
            .iter()
            .filter(move |i| i.is(keyword))
            .flat_map(|i| i.pairs())
    }

    /// Instructions of one stage (FROM first).
    pub fn stage_instructions(
        &self,
        stage: &'a Stage,
    ) -> impl Iterator<Item = (&'a Instruction, &'a Node)> + 'a {
        let m = self.model;
        stage
            .instructions
            .iter()
            .map(move |&i| (&m.instructions[i], &m.parsed.nodes[m.instructions[i].node]))
    }

    /// Every simple command of every shell-form RUN, with its instruction.
    pub fn run_commands(
        &self,
    ) -> impl Iterator<
        Item = (
            &'a Instruction,
            &crate::dockerfile::run_script::ShellCommand,
        ),
    > + '_ {
        self.model
            .instructions
            .iter()
            .filter_map(|i| self.script(i).map(|s| (i, s)))
            .flat_map(|(i, s)| s.commands.iter().map(move |c| (i, c)))
    }

    /// Every RUN's script (parsing those no rule asked for), by instruction, for the
    /// explanations after the rules.
    pub fn into_scripts(self) -> Vec<Option<Script>> {
        for ins in &self.model.instructions {
            self.script(ins);
        }
        self.scripts
            .into_iter()
            .map(|c| c.into_inner().flatten())
            .collect()
    }

    /// The shell script of a RUN in shell form (parsed on first use), `None` otherwise.
    /// Scripts past [`MAX_SCRIPTS`] bytes of a file are not parsed.
    pub fn script(&self, ins: &Instruction) -> Option<&Script> {
        self.scripts[ins.node]
            .get_or_init(|| {
                if !ins.is(Keyword::Run) {
                    return None;
                }
                let node = self.node(ins);
                let total = self.script_bytes.get() + node.span.len();
                if total > MAX_SCRIPTS && node.form != crate::dockerfile::syntax::Form::Json {
                    return Some(Script::skipped(Skipped::TooLarge));
                }
                self.script_bytes.set(total);
                analyze_run(self.src, node).or_else(|| analyze_exec(node))
            })
            .as_ref()
    }

    /// The package-manager commands of a RUN (read on first use; empty for other instructions).
    pub fn packages(&self, ins: &Instruction) -> &[PackageCommand] {
        self.packages[ins.node].get_or_init(|| {
            self.script(ins)
                .map(PackageCommand::read_script)
                .unwrap_or_default()
        })
    }

    /// Every package-manager command of every shell-form RUN, with its instruction and command.
    pub fn package_commands(
        &self,
    ) -> impl Iterator<Item = (&'a Instruction, &ShellCommand, &PackageCommand)> + '_ {
        self.model.instructions.iter().flat_map(move |i| {
            let commands = self.script(i).map(|s| s.commands.as_slice()).unwrap_or(&[]);
            self.packages(i)
                .iter()
                .map(move |p| (i, &commands[p.command], p))
        })
    }

    /// DP0016 for every RUN whose script was too big or too deep to parse.
    pub fn skipped_scripts(&self) -> Vec<crate::diagnostic::Diagnostic> {
        let mut out = Vec::new();
        for (ins, node) in self.instructions() {
            let Some(why) = self.script(ins).and_then(|s| s.skipped) else {
                continue;
            };
            let message = match why {
                Skipped::TooDeep => crate::text!(
                    "this RUN nests more than {} levels deep: its commands are not analysed",
                    "这个 RUN 嵌套超过 {} 层：不会分析其中的命令",
                    crate::dockerfile::run_script::MAX_NESTING
                ),
                Skipped::TooLarge => crate::text!(
                    "this RUN is too long to analyse its commands (scripts are parsed up to 512 KiB each and 1 MiB per file)",
                    "这个 RUN 太长，不会分析其中的命令（每个脚本最多解析 512 KiB，每个文件最多 1 MiB）"
                ),
            };
            out.push(crate::diagnostic::Diagnostic::new(
                &crate::dockerfile::codes::SCRIPT_NOT_ANALYSED,
                node.keyword.span,
                message,
            ));
        }
        out
    }
}

/// `n` empty cells.
fn cells<T>(n: usize) -> Vec<OnceCell<T>> {
    (0..n).map(|_| OnceCell::new()).collect()
}
