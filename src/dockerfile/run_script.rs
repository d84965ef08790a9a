//! Shell analysis of RUN instructions with brush-parser (sh mode): every simple command with its
//! arguments and its exact place in the Dockerfile, so a finding points at the offending command's
//! line, not at the RUN keyword.

use crate::dockerfile::shell_facts::{self, Assign, Bang, Bashism, Facts, ForLoop, Role};
use crate::dockerfile::syntax::{Form, Node};
use crate::text::Span;
use brush_parser::ast;
use std::collections::BTreeSet;

/// Deepest nesting of `(`, `{`, `$(` and backquotes analysed; deeper scripts are skipped (a deep
/// recursive descent would exhaust the WebAssembly stack).
pub const MAX_NESTING: usize = 48;

/// One simple command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellCommand {
    /// The command word after quote removal (`apt-get`), environment assignments skipped.
    pub name: String,
    /// The arguments after quote removal.
    pub args: Vec<String>,
    /// Source span of the command word.
    pub name_span: Span,
    /// Source spans of the arguments.
    pub arg_spans: Vec<Span>,
    /// Whether it is one stage of a pipeline of several commands (`a | b`).
    pub piped: bool,
    /// Index of the `&&`/`||` list it belongs to, in script order.
    pub list: usize,
}

impl ShellCommand {
    /// Arguments that do not start with `-`, with their indexes.
    pub fn positional(&self) -> impl Iterator<Item = (usize, &String)> {
        self.args
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.starts_with('-'))
    }

    /// The first argument that is not an option (`install` in `apt-get -y install curl`), or "".
    pub fn subcommand(&self) -> &str {
        self.positional()
            .next()
            .map(|(_, a)| a.as_str())
            .unwrap_or("")
    }
}

/// A RUN's script.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Script {
    /// Simple commands in order.
    pub commands: Vec<ShellCommand>,
    /// Whether some pipeline has more than one command.
    pub has_pipe: bool,
    /// Whether the text could not be parsed as sh (then `commands` is empty).
    pub unparsed: bool,
    /// Why the script was not parsed at all, when it was too big or too deep to.
    pub skipped: Option<Skipped>,
    /// Words, assignments, loops and the rest, for the ShellCheck checks.
    pub facts: Facts,
    /// Read from an exec-form RUN (`["apt-get", "install", "x"]`, `["sh", "-c", "…"]`).
    pub exec: bool,
}

/// Why a script was left unparsed on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    /// Nested deeper than [`MAX_NESTING`].
    TooDeep,
    /// Longer than [`MAX_SCRIPT`] bytes (or past the file's budget).
    TooLarge,
}

/// Longest script given to the shell parser, in bytes (its memory grows with the text).
pub const MAX_SCRIPT: usize = 512 << 10;

impl Script {
    /// A script not parsed, for `why`.
    pub fn skipped(why: Skipped) -> Script {
        Script {
            unparsed: true,
            skipped: Some(why),
            ..Script::default()
        }
    }
}

/// Maps byte offsets of the assembled shell text to source offsets.
struct Assembled {
    text: String,
    pieces: Vec<(usize, usize)>,
}

impl Assembled {
    fn push(&mut self, s: &str, src: usize) {
        self.pieces.push((self.text.len(), src));
        self.text.push_str(s);
    }
    fn to_source(&self, off: usize) -> usize {
        let i = match self.pieces.binary_search_by(|(t, _)| t.cmp(&off)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        let (t, s) = self.pieces[i];
        s + off.saturating_sub(t)
    }
}

/// The shell text of a shell-form RUN, line for line as in the source: Dockerfile comment lines and
/// empty lines inside the continuation become bare continuations, trailing blanks after the
/// escape are dropped (Docker accepts them, sh would not).
fn assemble(src: &str, node: &Node) -> Option<Assembled> {
    let start = node.rest_span.start;
    let end = match node.heredocs.first() {
        Some(h) => h.body_span.start.min(node.span.end),
        None => node.span.end,
    };
    if start >= end || end > src.len() {
        return None;
    }
    let mut out = Assembled {
        text: String::new(),
        pieces: Vec::new(),
    };
    let mut pos = start;
    let mut first = true;
    while pos < end {
        let line_end = src[pos..end].find('\n').map(|i| pos + i).unwrap_or(end);
        let raw = src[pos..line_end].trim_end_matches('\r');
        let trimmed = raw.trim_start();
        if !first && (trimmed.is_empty() || trimmed.starts_with('#')) {
            out.push("\\", pos);
        } else {
            let t = raw.trim_end_matches([' ', '\t']);
            let piece = if t.ends_with('\\') { t } else { raw };
            out.push(piece, pos);
        }
        out.push("\n", line_end);
        first = false;
        pos = line_end + 1;
    }
    Some(out)
}

/// Words that open a compound command when they stand where a command starts.
const OPENERS: &[&str] = &["if", "case", "while", "until", "for", "select"];
/// Words that close one.
const CLOSERS: &[&str] = &["fi", "esac", "done"];
/// Words after which a command starts.
const LEADERS: &[&str] = &["then", "do", "else", "elif", "!", "time"];

/// How deeply the script nests, counting compound commands (`if`, `case`, `while`, `until`,
/// `for`, `select` where a command starts) and brackets (`(`, `{`, `$(`, backquotes) outside
/// single quotes. The parser recurses once per level, so deeper scripts are not parsed.
fn nesting(text: &str) -> usize {
    // Compound commands and brackets are counted apart, so a case pattern's `)` cannot close
    // a compound command.
    let (mut compound, mut brackets, mut max) = (0usize, 0usize, 0usize);
    let (mut word, mut command_start) = (String::new(), true);
    let mut backquote = false;
    let mut chars = text.chars();
    // A finished word: a reserved word where a command starts opens or closes a compound.
    let end_word = |word: &mut String, compound: &mut usize, command_start: &mut bool| {
        if word.is_empty() {
            return;
        }
        let w = word.as_str();
        let opener = OPENERS.contains(&w);
        let closer = CLOSERS.contains(&w);
        if *command_start && opener {
            *compound += 1;
        } else if *command_start && closer {
            *compound = compound.saturating_sub(1);
        }
        *command_start = *command_start && (opener || closer || LEADERS.contains(&w));
        word.clear();
    };
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                word.push(c);
                word.extend(chars.next());
            }
            '\'' => {
                word.push(c);
                for n in chars.by_ref() {
                    if n == '\'' {
                        break;
                    }
                }
            }
            '#' if word.is_empty() => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
                command_start = true;
            }
            '(' | '{' | '`' | ')' | '}' => {
                end_word(&mut word, &mut compound, &mut command_start);
                let opens = match c {
                    '`' => {
                        backquote = !backquote;
                        backquote
                    }
                    _ => matches!(c, '(' | '{'),
                };
                if opens {
                    brackets += 1;
                } else {
                    brackets = brackets.saturating_sub(1);
                }
                command_start = true;
            }
            ';' | '&' | '|' | '\n' => {
                end_word(&mut word, &mut compound, &mut command_start);
                command_start = true;
            }
            c if c.is_whitespace() => end_word(&mut word, &mut compound, &mut command_start),
            c => word.push(c),
        }
        max = max.max(compound + brackets);
    }
    end_word(&mut word, &mut compound, &mut command_start);
    max.max(compound + brackets)
}

struct Walker<'a> {
    asm: &'a Assembled,
    char_to_byte: Vec<usize>,
    out: Script,
    list: usize,
    depth: usize,
    /// Inside an `if`/`while`/`until` condition.
    cond: bool,
    /// `set -e` has run.
    errexit: bool,
    /// How many branches (of `if`, `case`, loops, `&&`/`||`) the walk is inside.
    branch: usize,
}

impl Walker<'_> {
    fn span(&self, loc: &Option<brush_parser::SourceSpan>) -> Span {
        match loc {
            Some(l) => {
                let b = |ci: usize| {
                    let byte = if self.char_to_byte.is_empty() {
                        ci
                    } else {
                        self.char_to_byte
                            .get(ci)
                            .copied()
                            .unwrap_or(self.asm.text.len())
                    };
                    self.asm.to_source(byte)
                };
                Span::new(b(l.start.index), b(l.end.index))
            }
            None => Span::default(),
        }
    }

    fn compound_list(&mut self, l: &ast::CompoundList) {
        for item in &l.0 {
            self.and_or(&item.0);
        }
    }

    fn condition(&mut self, l: &ast::CompoundList) {
        let was = std::mem::replace(&mut self.cond, true);
        self.compound_list(l);
        self.cond = was;
    }

    fn branch(&mut self, l: &ast::CompoundList) {
        self.branch += 1;
        self.compound_list(l);
        self.branch -= 1;
    }

    fn and_or(&mut self, l: &ast::AndOrList) {
        self.list += 1;
        let n = 1 + l.additional.len();
        let pipelines = std::iter::once(&l.first).chain(l.additional.iter().map(|a| match a {
            ast::AndOr::And(p) | ast::AndOr::Or(p) => p,
        }));
        for (i, p) in pipelines.enumerate() {
            // A pipeline followed by && or || has its failure handled; one after them may not run.
            self.branch += usize::from(i == 1);
            self.pipeline(p, i + 1 < n, n == 1);
        }
        self.branch -= usize::from(n > 1);
    }

    fn pipeline(&mut self, p: &ast::Pipeline, followed: bool, alone: bool) {
        let piped = p.seq.len() > 1;
        if piped {
            self.out.has_pipe = true;
        }
        let first = self.out.facts.commands.len();
        let mut prev: Option<usize> = None;
        for c in &p.seq {
            let before = self.out.facts.commands.len();
            self.command(c, piped);
            if let (Some(a), true) = (prev, self.out.facts.commands.len() > before) {
                self.out.facts.commands[a].pipe_to = Some(before);
            }
            if self.out.facts.commands.len() > before {
                prev = Some(self.out.facts.commands.len() - 1);
            }
        }
        let guarded = followed || self.cond;
        for c in &mut self.out.facts.commands[first..] {
            c.guarded |= guarded;
        }
        if p.bang {
            let span = self
                .out
                .facts
                .commands
                .get(first)
                .map(|c| c.span)
                .unwrap_or_default();
            self.out.facts.bangs.push(Bang {
                span,
                standalone: alone && !self.cond,
                errexit: self.errexit,
                followed: false,
            });
        }
    }

    fn command(&mut self, c: &ast::Command, piped: bool) {
        match c {
            ast::Command::Simple(s) => self.simple(s, piped),
            ast::Command::Compound(cc, r) => {
                self.compound(cc);
                if let Some(r) = r {
                    for io in &r.0 {
                        self.redirect(io, None);
                    }
                }
            }
            ast::Command::Function(f) => self.compound(&f.body.0),
            ast::Command::ExtendedTest(e, _) => {
                let span = self.span(&Some(e.loc.clone()));
                self.out.facts.bashisms.push((Bashism::DoubleBracket, span));
            }
        }
    }

    fn compound(&mut self, cc: &ast::CompoundCommand) {
        match cc {
            ast::CompoundCommand::BraceGroup(b) => self.compound_list(&b.list),
            ast::CompoundCommand::Subshell(s) => self.compound_list(&s.list),
            ast::CompoundCommand::ForClause(f) => {
                let items = f.values.as_ref().map(|vs| {
                    vs.iter()
                        .map(|w| self.word(w, Role::ForItem, None))
                        .collect::<Vec<_>>()
                });
                let span = self.span(&Some(f.loc.clone()));
                self.out.facts.loops.push(ForLoop {
                    var: f.variable_name.clone(),
                    items,
                    span,
                });
                self.out.facts.assigns.push(Assign {
                    name: f.variable_name.clone(),
                    value: None,
                    span,
                    conditional: true,
                });
                self.branch(&f.body.list)
            }
            ast::CompoundCommand::CaseClause(c) => {
                self.word(&c.value, Role::CaseSubject, None);
                // (assignments, exits) of each arm.
                let mut arms: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
                for it in &c.cases {
                    let (a0, c0) = (self.out.facts.assigns.len(), self.out.facts.commands.len());
                    if let Some(l) = &it.cmd {
                        self.branch(l);
                    }
                    let exits = self.out.facts.commands[c0..]
                        .iter()
                        .any(|c| c.name == "exit" || c.name == "return");
                    arms.push((a0..self.out.facts.assigns.len(), exits));
                }
                // With a catch-all arm, a variable every arm that goes on sets is always set.
                let catch_all = c
                    .cases
                    .iter()
                    .any(|it| it.patterns.iter().any(|p| p.value == "*"));
                if catch_all && self.branch == 0 {
                    // How many of the arms that go on set each name (each arm counted once).
                    let going_on = arms.iter().filter(|(_, exits)| !exits).count();
                    let mut sets: std::collections::HashMap<String, usize> = Default::default();
                    for (r, exits) in &arms {
                        if *exits {
                            continue;
                        }
                        let names: BTreeSet<&str> = self.out.facts.assigns[r.clone()]
                            .iter()
                            .map(|a| a.name.as_str())
                            .collect();
                        for n in names {
                            *sets.entry(n.to_string()).or_default() += 1;
                        }
                    }
                    let first = arms.first().map_or(0, |(r, _)| r.start);
                    for a in &mut self.out.facts.assigns[first..] {
                        if sets.get(&a.name) == Some(&going_on) {
                            a.conditional = false;
                        }
                    }
                }
            }
            ast::CompoundCommand::IfClause(i) => {
                self.condition(&i.condition);
                self.branch(&i.then);
                for e in i.elses.iter().flatten() {
                    if let Some(c) = &e.condition {
                        self.condition(c);
                    }
                    self.branch(&e.body);
                }
            }
            ast::CompoundCommand::WhileClause(w) | ast::CompoundCommand::UntilClause(w) => {
                self.condition(&w.0);
                self.branch(&w.1.list);
            }
            _ => {}
        }
    }

    /// Record a word; its index in the facts.
    fn word(&mut self, w: &ast::Word, role: Role, command: Option<usize>) -> usize {
        let span = self.span(&w.loc);
        self.out
            .facts
            .words
            .push(shell_facts::Word::new(w.value.clone(), span, role, command));
        self.out.facts.words.len() - 1
    }

    fn redirect(&mut self, io: &ast::IoRedirect, command: Option<usize>) {
        match io {
            ast::IoRedirect::File(_, _, ast::IoFileRedirectTarget::Filename(w)) => {
                self.word(w, Role::Redirect, command);
            }
            ast::IoRedirect::File(_, _, ast::IoFileRedirectTarget::ProcessSubstitution(..)) => {
                let span = self.here(command);
                self.out
                    .facts
                    .bashisms
                    .push((Bashism::ProcessSubstitution, span));
            }
            // `&>` itself is found in the text (see `and_redirects`).
            ast::IoRedirect::OutputAndError(w, _) => {
                self.word(w, Role::Redirect, command);
            }
            ast::IoRedirect::HereString(_, w) => {
                let i = self.word(w, Role::HereString, command);
                let span = self.out.facts.words[i].span;
                self.out.facts.bashisms.push((Bashism::HereString, span));
            }
            _ => {}
        }
    }

    /// The place of the command being read (for constructs without a location of their own).
    fn here(&self, command: Option<usize>) -> Span {
        command
            .and_then(|c| self.out.facts.commands.get(c))
            .map(|c| c.span)
            .unwrap_or_default()
    }

    fn simple(&mut self, s: &ast::SimpleCommand, piped: bool) {
        // Command substitutions anywhere in the command (assignments included) run too.
        let mut words: Vec<&ast::Word> = Vec::new();
        for item in s
            .prefix
            .iter()
            .flat_map(|x| x.0.iter())
            .chain(s.suffix.iter().flat_map(|x| x.0.iter()))
        {
            match item {
                ast::CommandPrefixOrSuffixItem::Word(w)
                | ast::CommandPrefixOrSuffixItem::AssignmentWord(_, w) => words.push(w),
                _ => {}
            }
        }
        if let Some(n) = &s.word_or_name {
            words.push(n);
        }
        let ci = self.out.facts.commands.len();
        let name_text = s
            .word_or_name
            .as_ref()
            .map(|n| brush_parser::unquote_str(&n.value));
        let command = name_text.as_ref().map(|_| ci);
        let name_span = self.span(&s.word_or_name.as_ref().and_then(|n| n.loc.clone()));
        if let Some(name) = &name_text {
            self.out.facts.commands.push(shell_facts::Command {
                name: name.clone(),
                span: name_span,
                args: Vec::new(),
                pipe_to: None,
                guarded: false,
                errexit: self.errexit,
            });
            self.word(s.word_or_name.as_ref().unwrap(), Role::Name, command);
        }
        let declares = name_text
            .as_deref()
            .is_some_and(|n| shell_facts::DECLARATIONS.contains(&n));
        for item in s.prefix.iter().flat_map(|x| x.0.iter()) {
            self.item(item, command, false, name_text.is_none());
        }
        for item in s.suffix.iter().flat_map(|x| x.0.iter()) {
            self.item(item, command, declares, true);
        }
        for w in &words {
            self.substitutions(w);
        }
        let Some(name) = name_text else { return };
        let mut args = Vec::new();
        let mut arg_spans = Vec::new();
        for item in s.suffix.iter().flat_map(|x| x.0.iter()) {
            if let ast::CommandPrefixOrSuffixItem::Word(w) = item {
                args.push(brush_parser::unquote_str(&w.value));
                arg_spans.push(self.span(&w.loc));
            }
        }
        if name == "set" {
            let on = args.iter().enumerate().any(|(i, a)| {
                (a.starts_with('-') && !a.starts_with("--") && a[1..].contains('e'))
                    || (a == "-o" && args.get(i + 1).is_some_and(|n| n == "errexit"))
            });
            self.errexit |= on;
        }
        if name == "read" {
            for (a, sp) in args.iter().zip(&arg_spans) {
                if !a.starts_with('-') {
                    self.out.facts.assigns.push(Assign {
                        name: a.clone(),
                        value: None,
                        span: *sp,
                        conditional: self.branch > 0,
                    });
                }
            }
        }
        self.out.commands.push(ShellCommand {
            name,
            args,
            name_span,
            arg_spans,
            piped,
            list: self.list,
        });
    }

    /// A prefix or suffix item of a command: arguments, declarations, assignments, redirections.
    fn item(
        &mut self,
        item: &ast::CommandPrefixOrSuffixItem,
        command: Option<usize>,
        declares: bool,
        assigns: bool,
    ) {
        match item {
            ast::CommandPrefixOrSuffixItem::Word(w) => {
                let decl = declares && declared(&w.value).is_some();
                let i = self.word(w, if decl { Role::DeclArg } else { Role::Arg }, command);
                if let Some(c) = command {
                    self.out.facts.commands[c].args.push(i);
                }
                if let Some((name, value)) = declares.then(|| declared(&w.value)).flatten() {
                    let span = self.out.facts.words[i].span;
                    self.out.facts.assigns.push(Assign {
                        name: name.to_string(),
                        value: Some(value.to_string()),
                        span,
                        conditional: self.branch > 0,
                    });
                }
            }
            ast::CommandPrefixOrSuffixItem::AssignmentWord(a, w) => {
                let role = if declares {
                    Role::DeclArg
                } else {
                    Role::Assign
                };
                let i = self.word(w, role, command);
                if declares {
                    if let Some(c) = command {
                        self.out.facts.commands[c].args.push(i);
                    }
                }
                // A prefix assignment (`a=1 cmd`) sets the variable for that command only.
                if assigns {
                    let name = match &a.name {
                        ast::AssignmentName::VariableName(n) => n.clone(),
                        ast::AssignmentName::ArrayElementName(n, _) => n.clone(),
                    };
                    let value = match &a.value {
                        ast::AssignmentValue::Scalar(v) => Some(v.value.clone()),
                        ast::AssignmentValue::Array(_) => None,
                    };
                    let span = self.out.facts.words[i].span;
                    self.out.facts.assigns.push(Assign {
                        name,
                        value,
                        span,
                        conditional: self.branch > 0,
                    });
                }
            }
            ast::CommandPrefixOrSuffixItem::IoRedirect(io) => self.redirect(io, command),
            ast::CommandPrefixOrSuffixItem::ProcessSubstitution(..) => {
                let span = self.here(command);
                self.out
                    .facts
                    .bashisms
                    .push((Bashism::ProcessSubstitution, span));
            }
        }
    }

    /// Parse the bodies of `$(…)` in a word; their commands point at the word.
    fn substitutions(&mut self, w: &ast::Word) {
        if self.depth >= 4 || !w.value.contains("$(") {
            return;
        }
        let span = self.span(&w.loc);
        let v = &w.value;
        let mut i = 0;
        while let Some(off) = v[i..].find("$(") {
            let start = i + off + 2;
            if v[start..].starts_with('(') {
                i = start;
                continue; // $(( arithmetic ))
            }
            let mut depth = 1usize;
            let mut end = None;
            for (j, c) in v[start..].char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(start + j);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let Some(end) = end else { return };
            let body = &v[start..end];
            let mut asm = Assembled {
                text: String::new(),
                pieces: Vec::new(),
            };
            asm.push(body, span.start);
            let mut inner = parse_at_depth(&asm, self.depth + 1);
            self.out.has_pipe |= inner.has_pipe;
            self.out
                .facts
                .extend(std::mem::take(&mut inner.facts), Some(span));
            for mut c in inner.commands {
                c.name_span = span;
                c.arg_spans = vec![span; c.args.len()];
                c.list = self.list;
                self.out.commands.push(c);
            }
            i = end + 1;
        }
    }
}

fn parse(asm: &Assembled) -> Script {
    parse_at_depth(asm, 0)
}

fn parse_at_depth(asm: &Assembled, depth: usize) -> Script {
    if asm.text.len() > MAX_SCRIPT {
        return Script::skipped(Skipped::TooLarge);
    }
    if nesting(&asm.text) > MAX_NESTING {
        return Script::skipped(Skipped::TooDeep);
    }
    let options = brush_parser::ParserOptions {
        sh_mode: true,
        ..Default::default()
    };
    let mut parser = brush_parser::Parser::new(std::io::Cursor::new(asm.text.as_bytes()), &options);
    // What sh cannot parse may be bash (`<(…)`, `<<<`, arrays): read it as bash, so the checks
    // can say which syntax is bash-only.
    let program = parser.parse_program().or_else(|_| {
        let bash = brush_parser::ParserOptions::default();
        brush_parser::Parser::new(std::io::Cursor::new(asm.text.as_bytes()), &bash).parse_program()
    });
    let Ok(program) = program else {
        return Script {
            unparsed: true,
            ..Script::default()
        };
    };
    let char_to_byte = if asm.text.is_ascii() {
        Vec::new()
    } else {
        asm.text.char_indices().map(|(i, _)| i).collect()
    };
    let mut w = Walker {
        asm,
        char_to_byte,
        out: Script::default(),
        list: 0,
        depth,
        cond: false,
        errexit: false,
        branch: 0,
    };
    for cc in &program.complete_commands {
        w.compound_list(cc);
    }
    let mut out = w.out;
    for at in and_redirects(&asm.text) {
        let src = asm.to_source(at);
        out.facts
            .bashisms
            .push((Bashism::AndRedirect, Span::new(src, src + 2)));
    }
    // A negation is followed when a command starts after it.
    let last_start = out.facts.commands.iter().map(|c| c.span.start).max();
    for b in &mut out.facts.bangs {
        b.followed = last_start.is_some_and(|s| s > b.span.end);
    }
    out
}

/// The text of a RUN after its `--flag`s (and the line continuations between them).
fn after_flags(rest: &str) -> &str {
    let mut rest = rest.trim_start();
    loop {
        if let Some(r) = rest.strip_prefix('\\') {
            rest = r.trim_start();
        } else if rest.starts_with("--") {
            rest = rest
                .split_once(char::is_whitespace)
                .map(|(_, r)| r.trim_start())
                .unwrap_or("");
        } else {
            return rest;
        }
    }
}

/// Offsets of `&>` outside quotes (dash reads it as `&` then `>`, so the parser does too).
fn and_redirects(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let (mut out, mut quote, mut i) = (Vec::new(), 0u8, 0usize);
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == b'\\' && quote == b'"' {
                i += 1;
            } else if c == quote {
                quote = 0;
            }
        } else if c == b'\\' {
            i += 1;
        } else if c == b'\'' || c == b'"' {
            quote = c;
        } else if c == b'#' && (i == 0 || b[i - 1].is_ascii_whitespace()) {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'&'
            && b.get(i + 1) == Some(&b'>')
            && (i == 0 || !matches!(b[i - 1], b'>' | b'&'))
        {
            out.push(i);
        }
        i += 1;
    }
    out
}

/// `name=value` of a declaration's argument (`export A=1`), or `None`.
fn declared(raw: &str) -> Option<(&str, &str)> {
    let (name, value) = raw.split_once('=')?;
    let valid = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
    valid.then_some((name, value))
}

/// Analyse a RUN (or HEALTHCHECK CMD) in shell form: its command text and its heredoc bodies
/// that run in the default shell. `None` for exec form.
pub fn analyze_run(src: &str, node: &Node) -> Option<Script> {
    if node.form == Form::Json {
        return None;
    }
    let mut script = match assemble(src, node) {
        Some(asm) => parse(&asm),
        None => Script::default(),
    };
    // `RUN <<EOF` with no other command: the heredoc body is the script (unless it has a shebang
    // for another interpreter).
    let runs_body = after_flags(node.rest()).starts_with("<<");
    for h in &node.heredocs {
        let body = &h.content;
        if !runs_body
            || (body.starts_with("#!") && !body.lines().next().is_some_and(|l| l.ends_with("sh")))
        {
            continue;
        }
        let mut asm = Assembled {
            text: String::new(),
            pieces: Vec::new(),
        };
        asm.push(
            &src[h.body_span.start..h.body_span.end.min(src.len())],
            h.body_span.start,
        );
        let mut more = parse(&asm);
        let base = script.commands.iter().map(|c| c.list).max().unwrap_or(0);
        script.has_pipe |= more.has_pipe;
        script.facts.extend(std::mem::take(&mut more.facts), None);
        script.skipped = script.skipped.or(more.skipped);
        script
            .commands
            .extend(more.commands.into_iter().map(|mut c| {
                c.list += base;
                c
            }));
    }
    Some(script)
}

/// The commands of an exec-form RUN: its one command, or the script of `["sh", "-c", "…"]`
/// (a shell run by hand is still a shell); `None` for shell form.
pub fn analyze_exec(node: &Node) -> Option<Script> {
    if node.form != Form::Json || node.args.is_empty() {
        return None;
    }
    let a = &node.args;
    let program = a[0].value.rsplit('/').next().unwrap_or("");
    let mut script = if matches!(program, "sh" | "bash" | "dash" | "ash")
        && a.len() >= 3
        && a[1].value == "-c"
    {
        let mut asm = Assembled {
            text: String::new(),
            pieces: Vec::new(),
        };
        // Offsets inside the JSON string only approximate the source (escapes): inner
        // commands point at the string.
        asm.push(&a[2].value, a[2].span.start);
        let mut inner = parse(&asm);
        let within = |sp: Span| sp.start >= a[2].span.start && sp.end <= a[2].span.end;
        for c in &mut inner.commands {
            if !within(c.name_span) {
                c.name_span = a[2].span;
            }
            for sp in &mut c.arg_spans {
                if !within(*sp) {
                    *sp = a[2].span;
                }
            }
        }
        inner
    } else {
        Script {
            commands: vec![ShellCommand {
                name: a[0].value.clone(),
                args: a[1..].iter().map(|x| x.value.clone()).collect(),
                name_span: a[0].span,
                arg_spans: a[1..].iter().map(|x| x.span).collect(),
                piped: false,
                list: 1,
            }],
            ..Script::default()
        }
    };
    script.exec = true;
    Some(script)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dockerfile::parse;

    fn cmds(src: &str) -> Vec<(String, Vec<String>, String)> {
        let p = parse(src);
        let node = p.nodes.iter().find(|n| n.is("run")).unwrap();
        analyze_run(src, node)
            .unwrap()
            .commands
            .into_iter()
            .map(|c| {
                (
                    c.name.clone(),
                    c.args.clone(),
                    src[c.name_span.start..c.name_span.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn commands_keep_their_source_place() {
        let src = "FROM a\nRUN apt-get update \\\n  # a comment \\\n\n    && apt-get install -y 'curl' \\\n    && echo \"done\" | tee /x\n";
        let c = cmds(src);
        let names: Vec<&str> = c.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["apt-get", "apt-get", "echo", "tee"]);
        assert_eq!(c[1].1, ["install", "-y", "curl"]);
        let p = parse(src);
        let node = p.nodes.iter().find(|n| n.is("run")).unwrap();
        let script = analyze_run(src, node).unwrap();
        let line_of = |o: usize| src[..o].matches('\n').count() + 1;
        assert_eq!(line_of(script.commands[1].name_span.start), 5);
        assert_eq!(line_of(script.commands[2].name_span.start), 6);
        assert!(script.has_pipe);
    }

    #[test]
    fn command_substitutions_are_walked() {
        let src = "FROM a\nRUN deps=\"$(scanelf --needed /usr | sort -u)\"; apk add $deps\n";
        let p = parse(src);
        let node = p.nodes.iter().find(|n| n.is("run")).unwrap();
        let s = analyze_run(src, node).unwrap();
        let names: Vec<&str> = s.commands.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["scanelf", "sort", "apk"]);
        assert!(s.has_pipe);
    }

    #[test]
    fn heredoc_bodies_and_nesting() {
        let src = "FROM a\nRUN <<EOF\nset -e\nif true; then pip install flask; fi\nEOF\n";
        let c = cmds(src);
        let names: Vec<&str> = c.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["set", "true", "pip"]);
        let deep = format!("FROM a\nRUN {}true{}\n", "(".repeat(5000), ")".repeat(5000));
        let p = parse(&deep);
        let node = p.nodes.iter().find(|n| n.is("run")).unwrap();
        assert!(analyze_run(&deep, node).unwrap().unparsed);
    }

    #[test]
    fn nesting_counts_compound_commands_where_commands_start() {
        assert_eq!(nesting("if a; then if b; then c; fi; fi"), 2);
        assert_eq!(nesting("echo if while for; echo fi fi fi"), 0);
        assert_eq!(nesting("case x in a) case y in b) z;; esac;; esac"), 2);
        assert_eq!(nesting("for i in 1; do while x; do y; done; done"), 2);
        assert_eq!(nesting("echo '((((' \\( && (a)"), 1);
        assert_eq!(nesting("a # if if if\nb"), 0);
        // An argument "fi" does not close anything.
        let sneaky = "if a; then echo fi; ".repeat(100);
        assert!(nesting(&sneaky) >= 100);
        for deep in [
            format!("{}x{}", "if a; then ".repeat(2000), "; fi".repeat(2000)),
            format!(
                "{}x{}",
                "case x in x) ".repeat(2000),
                " ;; esac".repeat(2000)
            ),
            format!("{}x{}", "while a; do ".repeat(2000), "; done".repeat(2000)),
            format!(
                "{}x{}",
                "for i in 1; do ".repeat(2000),
                "; done".repeat(2000)
            ),
        ] {
            assert!(nesting(&deep) > MAX_NESTING);
            let src = format!("FROM a\nRUN {deep}\n");
            let p = parse(&src);
            let node = p.nodes.iter().find(|n| n.is("run")).unwrap();
            assert!(analyze_run(&src, node).unwrap().unparsed);
        }
    }
}
