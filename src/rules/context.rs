//! What rules look at: the source, the model, per-instruction shell scripts (parsed once), the
//! build context's `.dockerignore`, and the configuration.

use super::Config;
use crate::dockerfile::model::{Instruction, KeyValue};
use crate::dockerfile::packages::PackageCommand;
use crate::dockerfile::run_script::{analyze_run, Script, ShellCommand};
use crate::dockerfile::syntax::Node;
use crate::dockerfile::syntax::Spanned;
use crate::dockerfile::Keyword;
use crate::dockerfile::{Dockerfile, Stage};
use crate::dockerignore::DockerIgnore;
use std::cell::OnceCell;

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
    packages: Vec<OnceCell<Vec<PackageCommand>>>,
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
            packages: cells(n),
        }
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

    /// The shell script of a RUN in shell form (parsed on first use), `None` otherwise.
    pub fn script(&self, ins: &Instruction) -> Option<&Script> {
        self.scripts[ins.node]
            .get_or_init(|| {
                if ins.is(Keyword::Run) {
                    analyze_run(self.src, self.node(ins))
                } else {
                    None
                }
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
}

/// `n` empty cells.
fn cells<T>(n: usize) -> Vec<OnceCell<T>> {
    (0..n).map(|_| OnceCell::new()).collect()
}
