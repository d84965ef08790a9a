//! One builder per instruction: each turns a syntax node into its typed payload, reporting what
//! BuildKit would refuse, and updates the builder's scopes and stages.

mod arg;
mod command;
mod copy;
mod env_label;
mod from;
mod healthcheck;
mod onbuild;
mod run;
mod value;
mod words;

use super::instruction::{Command, Instr};
use super::scope::Builder;
use crate::dockerfile::flags::TypedFlag;
use crate::dockerfile::keyword::Keyword;
use crate::dockerfile::syntax::{Form, Node, Spanned};
use std::collections::BTreeSet;

/// What one instruction's builder reads and collects.
pub(super) struct Input<'n> {
    /// The syntax node.
    pub node: &'n Node,
    /// Its index (node and instruction).
    pub index: usize,
    /// Its accepted flags.
    pub flags: Vec<TypedFlag<'n>>,
    /// Variables it referenced that were not set.
    pub undefined: BTreeSet<String>,
}

impl Input<'_> {
    /// The arguments as BuildKit's AST lists them.
    pub fn args(&self) -> &[Spanned] {
        &self.node.args
    }

    /// The value of flag `name`, if given with one.
    pub fn flag_value(&self, name: &str) -> Option<String> {
        self.flag(name).and_then(|f| f.flag.value.clone())
    }

    /// Flag `name`, if given.
    pub fn flag(&self, name: &str) -> Option<&TypedFlag<'_>> {
        self.flags.iter().find(|f| f.flag.name == name)
    }

    /// Whether boolean flag `name` is on (`--link` or `--link=true`).
    pub fn bool_flag(&self, name: &str) -> bool {
        self.flag(name).is_some_and(|f| {
            f.flag
                .value
                .as_deref()
                .is_none_or(|v| v.eq_ignore_ascii_case("true"))
        })
    }

    /// The arguments as a command: exec form, shell form or nothing.
    pub fn command(&self) -> Command {
        command_of(self.node.form, self.args())
    }
}

/// `args` as a command in the form they were written.
pub(super) fn command_of(form: Form, args: &[Spanned]) -> Command {
    match form {
        Form::Json => Command::Exec(args.to_vec()),
        _ => match args.first() {
            Some(a) => Command::Shell(a.clone()),
            None => Command::Empty,
        },
    }
}

/// Build the payload of a known instruction.
pub(super) fn instruction(b: &mut Builder, keyword: Keyword, input: &mut Input) -> Instr {
    match keyword {
        Keyword::From => from::build(b, input),
        Keyword::Arg => arg::build(b, input),
        Keyword::Env => Instr::Env(env_label::build(b, input, keyword)),
        Keyword::Label => Instr::Label(env_label::build(b, input, keyword)),
        Keyword::Run => run::build(b, input),
        Keyword::Cmd => Instr::Cmd(input.command()),
        Keyword::Entrypoint => Instr::Entrypoint(input.command()),
        Keyword::Shell => command::shell(b, input),
        Keyword::Copy => Instr::Copy(copy::build(b, input, keyword)),
        Keyword::Add => Instr::Add(copy::build(b, input, keyword)),
        Keyword::Expose => Instr::Expose(words::build(b, input, keyword)),
        Keyword::Volume => Instr::Volume(words::build(b, input, keyword)),
        Keyword::User | Keyword::Workdir | Keyword::Stopsignal | Keyword::Maintainer => {
            value::build(b, input, keyword)
        }
        Keyword::Healthcheck => healthcheck::build(b, input),
        Keyword::Onbuild => onbuild::build(b, input),
    }
}
