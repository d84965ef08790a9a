//! What the ShellCheck checks read in a RUN's script: every word with the place it stands in
//! (argument, assignment, `for` list…), the variables the script assigns, loops, negations,
//! `cd` guards, pipelines and the bash-only syntax it uses. Collected in the same walk as the
//! simple commands (see `run_script`).

use crate::dockerfile::shell_pieces::{pieces, Piece};
use crate::text::Span;
use std::cell::OnceCell;

/// Where a word stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The command name.
    Name,
    /// An argument of a command.
    Arg,
    /// A `name=value` argument of `export`, `local`, `declare`, `readonly` or `typeset`.
    DeclArg,
    /// The value of a plain assignment (`a=$b`).
    Assign,
    /// The target of a redirection (`> $f`).
    Redirect,
    /// A word of a `for` list.
    ForItem,
    /// The subject of a `case`.
    CaseSubject,
    /// A here-string (`<<< $x`).
    HereString,
}

/// One word as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The raw text, quotes included.
    pub raw: String,
    /// Its place in the Dockerfile.
    pub span: Span,
    /// Where it stands.
    pub role: Role,
    /// The command it belongs to (index into [`Facts::commands`]).
    pub command: Option<usize>,
    /// Its pieces, read on first use (several checks look at them).
    pub(crate) pieces: OnceCell<Vec<Piece>>,
}

impl Word {
    /// A word as written at `span`, standing as `role` in `command`.
    pub fn new(raw: String, span: Span, role: Role, command: Option<usize>) -> Word {
        Word {
            raw,
            span,
            role,
            command,
            pieces: OnceCell::new(),
        }
    }

    /// Its pieces (quoted and unquoted text, expansions, globs).
    pub fn pieces(&self) -> &[Piece] {
        self.pieces.get_or_init(|| pieces(&self.raw))
    }
}

/// A simple command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    /// The command word after quote removal.
    pub name: String,
    /// Its place.
    pub span: Span,
    /// Its arguments (indexes into [`Facts::words`]), in order.
    pub args: Vec<usize>,
    /// The next command of its pipeline (`a | b`: a's next is b).
    pub pipe_to: Option<usize>,
    /// Followed by `&&` or `||` in its list, or part of a condition: a failure is handled.
    pub guarded: bool,
    /// Whether `set -e` (or `-o errexit`) was run before it in the script.
    pub errexit: bool,
}

/// A variable assignment: plain (`a=b` alone), a declaration (`export a=b`), a loop variable or
/// a `read`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assign {
    /// The variable.
    pub name: String,
    /// The raw value (`None` for `read` and loop variables: set at run time).
    pub value: Option<String>,
    /// Where.
    pub span: Span,
    /// Made only on some paths (in a branch of `if` or `case`, a loop body, after `&&`/`||`).
    pub conditional: bool,
}

/// A `for` loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForLoop {
    /// The loop variable.
    pub var: String,
    /// Its words (indexes into [`Facts::words`]); `None` for `for x; do` (the positional parameters).
    pub items: Option<Vec<usize>>,
    /// Where the loop is.
    pub span: Span,
}

/// A pipeline negated with `!`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bang {
    /// Where (its first command).
    pub span: Span,
    /// Alone in its `&&`/`||` list and not a condition.
    pub standalone: bool,
    /// Whether `set -e` was in effect.
    pub errexit: bool,
    /// Whether some command runs after it in the script.
    pub followed: bool,
}

/// Syntax that POSIX sh does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bashism {
    /// `[[ … ]]`.
    DoubleBracket,
    /// `&> file`.
    AndRedirect,
    /// `<(…)`, `>(…)`.
    ProcessSubstitution,
    /// `<<< word`.
    HereString,
}

/// The facts of one script.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facts {
    /// Every word, in script order.
    pub words: Vec<Word>,
    /// Every simple command, in script order.
    pub commands: Vec<Command>,
    /// Every assignment.
    pub assigns: Vec<Assign>,
    /// Every `for` loop.
    pub loops: Vec<ForLoop>,
    /// Every `!` pipeline.
    pub bangs: Vec<Bang>,
    /// Bash-only syntax, where it is.
    pub bashisms: Vec<(Bashism, Span)>,
}

/// Commands whose `name=value` arguments are declarations.
pub const DECLARATIONS: &[&str] = &["export", "local", "declare", "readonly", "typeset"];

impl Facts {
    /// The words of a command's arguments.
    pub fn args<'a>(&'a self, c: &'a Command) -> impl Iterator<Item = &'a Word> + 'a {
        c.args.iter().map(|&i| &self.words[i])
    }

    /// Append `other` (a command substitution's or a heredoc's facts), every place moved to
    /// `at` when given.
    pub fn extend(&mut self, other: Facts, at: Option<Span>) {
        let (w0, c0) = (self.words.len(), self.commands.len());
        let place = |s: Span| at.unwrap_or(s);
        self.words.extend(other.words.into_iter().map(|mut w| {
            w.span = place(w.span);
            w.command = w.command.map(|c| c + c0);
            w
        }));
        self.commands
            .extend(other.commands.into_iter().map(|mut c| {
                c.span = place(c.span);
                c.args.iter_mut().for_each(|a| *a += w0);
                c.pipe_to = c.pipe_to.map(|p| p + c0);
                c
            }));
        self.assigns.extend(other.assigns.into_iter().map(|mut a| {
            a.span = place(a.span);
            a
        }));
        self.loops.extend(other.loops.into_iter().map(|mut l| {
            l.span = place(l.span);
            if let Some(items) = &mut l.items {
                items.iter_mut().for_each(|i| *i += w0);
            }
            l
        }));
        self.bangs.extend(other.bangs.into_iter().map(|mut b| {
            b.span = place(b.span);
            b
        }));
        self.bashisms
            .extend(other.bashisms.into_iter().map(|(b, s)| (b, place(s))));
    }
}
