//! Shell analysis of RUN instructions with brush-parser (sh mode): every simple command with its
//! arguments and its exact place in the Dockerfile, so a finding points at the offending command's
//! line, not at the RUN keyword.

use crate::dockerfile::syntax::{Form, Node};
use crate::text::Span;
use brush_parser::ast;

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

    fn and_or(&mut self, l: &ast::AndOrList) {
        self.list += 1;
        self.pipeline(&l.first);
        for a in &l.additional {
            match a {
                ast::AndOr::And(p) | ast::AndOr::Or(p) => self.pipeline(p),
            }
        }
    }

    fn pipeline(&mut self, p: &ast::Pipeline) {
        let piped = p.seq.len() > 1;
        if piped {
            self.out.has_pipe = true;
        }
        for c in &p.seq {
            self.command(c, piped);
        }
    }

    fn command(&mut self, c: &ast::Command, piped: bool) {
        match c {
            ast::Command::Simple(s) => self.simple(s, piped),
            ast::Command::Compound(cc, _) => self.compound(cc),
            ast::Command::Function(f) => self.compound(&f.body.0),
            ast::Command::ExtendedTest(..) => {}
        }
    }

    fn compound(&mut self, cc: &ast::CompoundCommand) {
        match cc {
            ast::CompoundCommand::BraceGroup(b) => self.compound_list(&b.list),
            ast::CompoundCommand::Subshell(s) => self.compound_list(&s.list),
            ast::CompoundCommand::ForClause(f) => self.compound_list(&f.body.list),
            ast::CompoundCommand::CaseClause(c) => {
                for it in &c.cases {
                    if let Some(l) = &it.cmd {
                        self.compound_list(l);
                    }
                }
            }
            ast::CompoundCommand::IfClause(i) => {
                self.compound_list(&i.condition);
                self.compound_list(&i.then);
                for e in i.elses.iter().flatten() {
                    if let Some(c) = &e.condition {
                        self.compound_list(c);
                    }
                    self.compound_list(&e.body);
                }
            }
            ast::CompoundCommand::WhileClause(w) | ast::CompoundCommand::UntilClause(w) => {
                self.compound_list(&w.0);
                self.compound_list(&w.1.list);
            }
            _ => {}
        }
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
        for w in &words {
            self.substitutions(w);
        }
        let Some(name) = &s.word_or_name else { return };
        let mut args = Vec::new();
        let mut arg_spans = Vec::new();
        for item in s.suffix.iter().flat_map(|x| x.0.iter()) {
            if let ast::CommandPrefixOrSuffixItem::Word(w) = item {
                args.push(brush_parser::unquote_str(&w.value));
                arg_spans.push(self.span(&w.loc));
            }
        }
        self.out.commands.push(ShellCommand {
            name: brush_parser::unquote_str(&name.value),
            args,
            name_span: self.span(&name.loc),
            arg_spans,
            piped,
            list: self.list,
        });
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
            let inner = parse_at_depth(&asm, self.depth + 1);
            self.out.has_pipe |= inner.has_pipe;
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
    let Ok(program) = parser.parse_program() else {
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
    };
    for cc in &program.complete_commands {
        w.compound_list(cc);
    }
    w.out
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
    let runs_body = node.rest().trim_start().starts_with("<<");
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
        let more = parse(&asm);
        let base = script.commands.iter().map(|c| c.list).max().unwrap_or(0);
        script.has_pipe |= more.has_pipe;
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
