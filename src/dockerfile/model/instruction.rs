//! Typed instructions: one payload per keyword, as BuildKit's `instructions` package has them.

use crate::dockerfile::flags::Mount;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::syntax::Spanned;
use std::collections::BTreeSet;

/// A command in exec (JSON) or shell form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `["executable", "arg"]`.
    Exec(Vec<Spanned>),
    /// `executable arg` (run by the stage's SHELL).
    Shell(Spanned),
    /// Nothing written.
    Empty,
}

/// One `key=value` (or legacy `key value`) of ENV or LABEL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValue {
    /// The key as written.
    pub key: Spanned,
    /// The value as written (quotes kept).
    pub value: Spanned,
    /// The value after BuildKit's word processing.
    pub expanded: String,
    /// Written in the legacy `KEY value` form.
    pub legacy: bool,
}

/// One name of an ARG instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgDef {
    /// The name.
    pub name: Spanned,
    /// The default, as written, if any.
    pub default: Option<String>,
    /// The value in effect for this build (build arg, default, or inherited), if any.
    pub value: Option<String>,
}

/// What a HEALTHCHECK runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// `HEALTHCHECK NONE`.
    None,
    /// `HEALTHCHECK [flags] CMD …`.
    Cmd(Command),
}

/// `FROM [--platform=…] image [AS name]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromCommand {
    /// The image as written.
    pub image: Spanned,
    /// The image after ARG expansion.
    pub expanded: String,
    /// `AS name`.
    pub alias: Option<Spanned>,
    /// `--platform` value.
    pub platform: Option<String>,
}

/// `RUN [--mount …] [--network …] [--security …] command`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunCommand {
    /// The command.
    pub command: Command,
    /// Parsed `--mount` flags.
    pub mounts: Vec<Mount>,
    /// `--network`.
    pub network: Option<String>,
    /// `--security`.
    pub security: Option<String>,
}

/// `COPY` or `ADD`: sources, destination and flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyCommand {
    /// Sources after expansion.
    pub sources: Vec<Spanned>,
    /// Destination after expansion.
    pub dest: Option<Spanned>,
    /// `--from` (COPY only).
    pub from: Option<Spanned>,
    /// `--link`.
    pub link: bool,
    /// The other flags by name (`chown`, `chmod`, `parents`, `exclude`, `checksum`, …).
    pub flags: Vec<(String, Option<String>)>,
}

impl CopyCommand {
    /// The value of flag `name` (`Some(None)` for a flag written without a value).
    pub fn flag(&self, name: &str) -> Option<Option<&str>> {
        self.flags
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref())
    }
}

/// What an instruction says, by keyword.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Instr {
    /// `FROM`.
    From(FromCommand),
    /// `RUN`.
    Run(RunCommand),
    /// `CMD`.
    Cmd(Command),
    /// `ENTRYPOINT`.
    Entrypoint(Command),
    /// `SHELL` (always exec form when valid).
    Shell(Command),
    /// `COPY`.
    Copy(CopyCommand),
    /// `ADD`.
    Add(CopyCommand),
    /// `ENV` pairs.
    Env(Vec<KeyValue>),
    /// `LABEL` pairs.
    Label(Vec<KeyValue>),
    /// `ARG` names.
    Arg(Vec<ArgDef>),
    /// `EXPOSE` words, expanded.
    Expose(Vec<Spanned>),
    /// `VOLUME` words, expanded.
    Volume(Vec<Spanned>),
    /// `USER`, expanded.
    User(Spanned),
    /// `WORKDIR`, expanded.
    Workdir(Spanned),
    /// `STOPSIGNAL`, expanded.
    Stopsignal(Spanned),
    /// `MAINTAINER`, as written.
    Maintainer(Spanned),
    /// `HEALTHCHECK`.
    Healthcheck(Health),
    /// `ONBUILD`: the trigger is kept as syntax (it runs in a later build).
    Onbuild,
    /// A known keyword whose arguments BuildKit refuses.
    Invalid(Keyword),
    /// A keyword BuildKit does not know.
    Unknown,
}

impl Instr {
    /// The keyword (`None` for an unknown instruction).
    pub fn keyword(&self) -> Option<Keyword> {
        Some(match self {
            Instr::From(_) => Keyword::From,
            Instr::Run(_) => Keyword::Run,
            Instr::Cmd(_) => Keyword::Cmd,
            Instr::Entrypoint(_) => Keyword::Entrypoint,
            Instr::Shell(_) => Keyword::Shell,
            Instr::Copy(_) => Keyword::Copy,
            Instr::Add(_) => Keyword::Add,
            Instr::Env(_) => Keyword::Env,
            Instr::Label(_) => Keyword::Label,
            Instr::Arg(_) => Keyword::Arg,
            Instr::Expose(_) => Keyword::Expose,
            Instr::Volume(_) => Keyword::Volume,
            Instr::User(_) => Keyword::User,
            Instr::Workdir(_) => Keyword::Workdir,
            Instr::Stopsignal(_) => Keyword::Stopsignal,
            Instr::Maintainer(_) => Keyword::Maintainer,
            Instr::Healthcheck(_) => Keyword::Healthcheck,
            Instr::Onbuild => Keyword::Onbuild,
            Instr::Invalid(k) => *k,
            Instr::Unknown => return None,
        })
    }
}

/// A typed instruction in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// Index into the parse's nodes (the same as this instruction's index).
    pub node: usize,
    /// The stage it belongs to (`None` for ARGs before the first FROM).
    pub stage: Option<usize>,
    /// What it says.
    pub kind: Instr,
    /// Variables it referenced that were not set.
    pub undefined_vars: BTreeSet<String>,
}

impl Instruction {
    /// The keyword (`None` for an unknown instruction).
    pub fn keyword(&self) -> Option<Keyword> {
        self.kind.keyword()
    }

    /// The keyword in upper case ("" for an unknown instruction).
    pub fn keyword_str(&self) -> &'static str {
        self.keyword().map_or("", Keyword::as_str)
    }

    /// Whether the keyword is `k`.
    pub fn is(&self, k: Keyword) -> bool {
        self.keyword() == Some(k)
    }

    /// The payload of a COPY or an ADD.
    pub fn copy(&self) -> Option<&CopyCommand> {
        match &self.kind {
            Instr::Copy(c) | Instr::Add(c) => Some(c),
            _ => None,
        }
    }

    /// The pairs of an ENV or a LABEL (empty for other instructions).
    pub fn pairs(&self) -> &[KeyValue] {
        match &self.kind {
            Instr::Env(kvs) | Instr::Label(kvs) => kvs,
            _ => &[],
        }
    }

    /// The words of an EXPOSE or a VOLUME (empty for other instructions).
    pub fn words(&self) -> &[Spanned] {
        match &self.kind {
            Instr::Expose(ws) | Instr::Volume(ws) => ws,
            _ => &[],
        }
    }

    /// The command of a CMD, ENTRYPOINT or SHELL.
    pub fn command(&self) -> Option<&Command> {
        match &self.kind {
            Instr::Cmd(c) | Instr::Entrypoint(c) | Instr::Shell(c) => Some(c),
            _ => None,
        }
    }
}
