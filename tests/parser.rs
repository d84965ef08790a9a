//! Parser behaviour beyond BuildKit's dump: spans, recovery, directives, heredocs, the model.

use dockplay::dockerfile::model::{Command, CopyCommand, Instr, RunCommand};
use dockplay::dockerfile::{analyze_text, parse, BuildOptions};

fn slice(src: &str, span: dockplay::text::Span) -> &str {
    &src[span.start..span.end]
}

#[test]
fn spans_cover_keyword_flags_and_arguments() {
    let src = "FROM alpine\nCOPY --from=build --chown=1:1 src/ /dst\n";
    let p = parse(src);
    let copy = &p.nodes[1];
    assert_eq!(slice(src, copy.keyword.span), "COPY");
    assert_eq!(slice(src, copy.flags[0].span), "--from=build");
    assert_eq!(slice(src, copy.flags[0].name_span), "from");
    assert_eq!(slice(src, copy.flags[0].value_span.unwrap()), "build");
    assert_eq!(slice(src, copy.flags[1].span), "--chown=1:1");
    assert_eq!(slice(src, copy.args[0].span), "src/");
    assert_eq!(slice(src, copy.args[1].span), "/dst");
    assert_eq!((copy.start_line, copy.end_line), (2, 2));
}

#[test]
fn spans_follow_continuation_lines_and_skip_comments_inside() {
    let src = "FROM alpine\nRUN apk add \\\n  # a comment\n    curl \\\n    git\n";
    let p = parse(src);
    let run = &p.nodes[1];
    assert_eq!(run.args[0].value, "apk add     curl     git");
    assert_eq!((run.start_line, run.end_line), (2, 5));
    // The argument starts on line 2 and ends on line 5, so its span covers the comment.
    assert!(slice(src, run.args[0].span).starts_with("apk add"));
    assert!(slice(src, run.args[0].span).ends_with("git"));
    assert!(p
        .comments
        .iter()
        .any(|c| c.text == "a comment" && c.line == 3));
}

#[test]
fn empty_continuation_line_is_a_warning_not_an_error() {
    let src = "FROM alpine\nRUN echo a \\\n\n  && echo b\n";
    let p = parse(src);
    assert!(p.rejection.is_none());
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code.id == "NoEmptyContinuation")
        .expect("warning");
    // Reported on the instruction's last line, as BuildKit does; the message names the empty line.
    assert_eq!(slice(src, d.span), "  && echo b");
    assert!(d.message.en.contains("line 3"), "{}", d.message.en);
    assert_eq!(p.nodes[1].args[0].value, "echo a   && echo b");
}

#[test]
fn directives_bom_crlf_and_backtick_escape() {
    let src = "\u{feff}# Syntax=docker/dockerfile:1\r\n# ESCAPE=`\r\nFROM windows\r\nRUN dir `\r\n  c:\\\r\n";
    let p = parse(src);
    assert_eq!(p.escape, '`');
    let names: Vec<&str> = p.directives.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["syntax", "escape"]);
    assert_eq!(p.nodes[1].args[0].value, "dir   c:\\");
    assert!(p.rejection.is_none());
}

#[test]
fn directives_stop_at_the_first_other_line() {
    let p = parse("FROM a\n# escape=`\nRUN x \\\n y\n");
    assert!(p.directives.is_empty());
    assert_eq!(p.escape, '\\');
    assert_eq!(p.nodes[1].args[0].value, "x  y");
}

#[test]
fn duplicate_and_invalid_directives_are_errors_with_spans() {
    let src = "# escape=\\\n# escape=`\nFROM a\n";
    let p = parse(src);
    assert!(p.rejection.as_deref().unwrap().contains("only one escape"));
    let src = "# escape=x\nFROM a\n";
    let p = parse(src);
    let d = &p.diagnostics[0];
    assert_eq!(d.code.id, "DP0001");
    assert_eq!(d.span.start, 0);
    assert_eq!(p.nodes.len(), 1, "the rest of the file is still parsed");
}

#[test]
fn heredocs_with_chomp_quotes_and_several_on_one_line() {
    let src = "FROM alpine\nRUN <<-EOT bash && cat <<'RAW'\n\techo $HOME\n\tEOT\nliteral $HOME\nRAW\nCOPY <<EOF /etc/x\nhello\nEOF\n";
    let p = parse(src);
    assert!(p.rejection.is_none(), "{:?}", p.rejection);
    let run = &p.nodes[1];
    assert_eq!(run.heredocs.len(), 2);
    let (a, b) = (&run.heredocs[0], &run.heredocs[1]);
    assert_eq!((a.name.as_str(), a.chomp, a.expand), ("EOT", true, true));
    assert_eq!(a.content, "\techo $HOME\n");
    assert_eq!((b.name.as_str(), b.chomp, b.expand), ("RAW", false, false));
    assert_eq!(b.content, "literal $HOME\n");
    assert_eq!(slice(src, a.span), "<<-EOT");
    assert_eq!(slice(src, b.span), "<<'RAW'");
    assert_eq!(slice(src, a.body_span), "\techo $HOME\n");
    assert_eq!((run.start_line, run.end_line), (2, 6));
    let copy = &p.nodes[2];
    assert_eq!(copy.heredocs[0].content, "hello\n");
    assert_eq!((copy.start_line, copy.end_line), (7, 9));
}

#[test]
fn unterminated_heredoc_is_an_error_pointing_at_the_heredoc() {
    let src = "FROM alpine\nRUN <<EOF\necho hi\n";
    let p = parse(src);
    assert!(p
        .rejection
        .as_deref()
        .unwrap()
        .contains("unterminated heredoc"));
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code.id == "DP0001")
        .unwrap();
    assert_eq!(slice(src, d.span).lines().next(), Some("<<EOF"));
    assert_eq!(p.nodes.len(), 2);
}

#[test]
fn heredoc_in_exec_form_is_not_a_heredoc() {
    let p = parse("FROM a\nRUN [\"cat\", \"<<EOF\"]\nEOF\n");
    assert!(p.nodes[1].heredocs.is_empty());
    assert_eq!(p.nodes.len(), 3);
}

#[test]
fn exec_form_versus_shell_form_like_buildkit() {
    let p = parse("FROM a\nCMD [\"a\", \"b\"]\nCMD ['a', 'b']\nCMD [\"a\",\nENTRYPOINT []\n");
    use dockplay::dockerfile::syntax::Form;
    assert_eq!(p.nodes[1].form, Form::Json);
    assert_eq!(p.nodes[2].form, Form::Shell);
    assert_eq!(p.nodes[2].args[0].value, "['a', 'b']");
    assert_eq!(p.nodes[3].form, Form::Shell);
    assert_eq!(p.nodes[4].form, Form::Json);
    assert!(p.nodes[4].args.is_empty());
}

#[test]
fn a_json_array_with_non_strings_is_rejected_but_parsing_goes_on() {
    let src = "FROM a\nCMD [1, 2]\nRUN ok\n";
    let p = parse(src);
    assert!(p.rejection.is_some());
    assert_eq!(p.nodes.len(), 2, "CMD dropped, RUN kept");
    assert!(p.nodes[1].is("run"));
}

#[test]
fn onbuild_nests_and_env_legacy_form() {
    let p = parse("FROM a\nONBUILD RUN echo hi\nENV A b c\nLABEL x=1 \"y z\"=2\n");
    let sub = p.nodes[1].sub.as_ref().unwrap();
    assert!(sub.is("run"));
    let env: Vec<&str> = p.nodes[2].args.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(env, ["A", "b c", ""]);
    let label: Vec<&str> = p.nodes[3].args.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(label, ["x", "1", "=", "\"y z\"", "2", "="]);
}

#[test]
fn meta_args_expand_from_and_are_invisible_in_stages_unless_redeclared() {
    let src = "ARG BASE=python:3.12\nARG TAG\nFROM ${BASE}-slim AS app\nRUN echo\nENV X=${BASE}\nARG BASE\nENV Y=${BASE}\n";
    let (_, m) = analyze_text(src, &BuildOptions::default());
    assert_eq!(m.stages[0].base, "python:3.12-slim");
    assert_eq!(m.stages[0].name.as_deref(), Some("app"));
    let env = |i: usize| match &m.instructions[i].kind {
        Instr::Env(kv) => kv[0].expanded.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(env(4), "", "meta ARG not visible before redeclaring");
    assert!(m.instructions[4].undefined_vars.contains("BASE"));
    assert_eq!(
        env(6),
        "python:3.12",
        "redeclared ARG takes the global value"
    );
}

#[test]
fn build_args_override_defaults_and_platform_args_work_in_from() {
    let src = "ARG V=1\nFROM --platform=$BUILDPLATFORM golang:${V} AS b\nARG TARGETARCH\nENV A=$TARGETARCH\n";
    let opts = BuildOptions {
        build_args: vec![("V".into(), "2".into())],
    };
    let (_, m) = analyze_text(src, &opts);
    assert_eq!(m.stages[0].base, "golang:2");
    match &m.instructions[3].kind {
        Instr::Env(kv) => assert_eq!(kv[0].expanded, "amd64"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn stages_inherit_env_and_resolve_references() {
    let src = "FROM alpine AS base\nENV P=/opt\nFROM base AS build\nWORKDIR $P/src\nFROM scratch\nCOPY --from=build /x /y\nCOPY --from=1 /a /b\nCOPY --from=nginx:1 /c /d\n";
    let (_, m) = analyze_text(src, &BuildOptions::default());
    assert_eq!(m.stages[1].base_stage, Some(0));
    match &m.instructions[3].kind {
        Instr::Workdir(v) => assert_eq!(v.value, "/opt/src"),
        other => panic!("{other:?}"),
    }
    assert_eq!(m.stages[2].deps.iter().copied().collect::<Vec<_>>(), [1]);
    assert!(m.diagnostics.is_empty(), "{:?}", m.diagnostics);
}

#[test]
fn from_its_own_name_is_an_image_and_copy_from_itself_is_an_error() {
    let src = "FROM nginx AS nginx\nCOPY --from=nginx /a /b\n";
    let (_, m) = analyze_text(src, &BuildOptions::default());
    assert_eq!(m.stages[0].base_stage, None);
    assert!(m.stages[0].deps.is_empty());
    let r = dockplay::analyze_file("Dockerfile", src.as_bytes(), &dockplay::Options::default());
    assert!(
        r.diagnostics.iter().any(|d| d.rule == "DL3023"),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn cyclic_copy_from_is_reported_once_per_cycle() {
    let src = "FROM a AS x\nCOPY --from=y /a /a\nFROM b AS y\nCOPY --from=x /b /b\n";
    let (_, m) = analyze_text(src, &BuildOptions::default());
    let n = m
        .diagnostics
        .iter()
        .filter(|d| d.code.id == "DP0007")
        .count();
    assert_eq!(n, 1, "{:?}", m.diagnostics);
}

#[test]
fn typed_flags_and_mounts() {
    let src = "FROM a\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\nRUN --mount=type=bogus,target=/x true\nCOPY --link --chmod=755 a b\nADD --checksum a b\nRUN --nope true\n";
    let (_, m) = analyze_text(src, &BuildOptions::default());
    match &m.instructions[1].kind {
        Instr::Run(RunCommand {
            mounts,
            network,
            command,
            ..
        }) => {
            assert_eq!(mounts[0].get("target"), Some("/root/.cache"));
            assert_eq!(network.as_deref(), Some("none"));
            assert!(matches!(command, Command::Shell(s) if s.value == "pip install x"));
        }
        other => panic!("{other:?}"),
    }
    match &m.instructions[3].kind {
        Instr::Copy(CopyCommand {
            link,
            sources,
            dest,
            ..
        }) => {
            assert!(*link);
            assert_eq!(sources[0].value, "a");
            assert_eq!(dest.as_ref().unwrap().value, "b");
        }
        other => panic!("{other:?}"),
    }
    let flags: Vec<String> = m
        .diagnostics
        .iter()
        .filter(|d| d.code.id == "DP0003")
        .map(|d| d.message.en.clone())
        .collect();
    assert_eq!(flags.len(), 3, "{flags:?}");
    assert!(flags[0].contains("bogus"));
    assert!(flags[1].contains("--checksum"));
    assert!(flags[2].contains("--nope"));
}

#[test]
fn unknown_instructions_get_a_did_you_mean() {
    let (_, m) = analyze_text("FROM a\nCOPPY a b\nFROMM b\n", &BuildOptions::default());
    let d: Vec<_> = m
        .diagnostics
        .iter()
        .filter(|d| d.code.id == "DP0002")
        .collect();
    assert_eq!(d.len(), 2);
    assert!(d[0].help.as_ref().unwrap().en.contains("COPY"));
    assert!(d[1].help.as_ref().unwrap().en.contains("FROM"));
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let bytes = b"FROM alpine\nRUN echo \xff\xfe\n";
    let (_, m) = dockplay::dockerfile::analyze_bytes(bytes, &BuildOptions::default());
    assert_eq!(m.parsed.diagnostics[0].code.id, "DP0005");
    assert_eq!(m.parsed.nodes.len(), 2);
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A deterministic fuzz loop over a Dockerfile-flavoured alphabet and raw bytes.
    let pieces: &[&[u8]] = &[
        b"FROM ",
        b"RUN ",
        b"COPY ",
        b"ONBUILD ",
        b"ENV ",
        b"ARG ",
        b"HEALTHCHECK ",
        b"LABEL ",
        b"<<EOF",
        b"<<-'E'",
        b"EOF",
        b"\\",
        b"`",
        b"\"",
        b"'",
        b"$",
        b"${",
        b"}",
        b":-",
        b"#",
        b"# escape=`",
        b"\n",
        b"\r\n",
        b"\t",
        b" ",
        b"[",
        b"]",
        b",",
        b"--mount=type=cache,target=",
        b"--from=",
        b"=",
        b"AS ",
        b"\xff",
        b"\xe5\x85\xa8",
        b"\0",
    ];
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..4000 {
        let mut input = Vec::new();
        let len = next() % 60;
        for _ in 0..len {
            if next() % 8 == 0 {
                input.push((next() % 256) as u8);
            } else {
                input.extend_from_slice(pieces[(next() % pieces.len() as u64) as usize]);
            }
        }
        let (text, m) = dockplay::dockerfile::analyze_bytes(&input, &BuildOptions::default());
        let report =
            dockplay::report::resolve(&text, &m.parsed.diagnostics, dockplay::i18n::Lang::Zh);
        for d in report {
            assert!(d.line >= 1 && d.column >= 1);
        }
    }
}

#[test]
fn pathological_inputs_stay_bounded() {
    // Deep ONBUILD chains, deep substitutions, huge lines and many stages.
    let deep_onbuild = format!("FROM a\n{}RUN x\n", "ONBUILD ".repeat(5000));
    let p = parse(&deep_onbuild);
    assert!(p.rejection.is_some());
    let deep_subst = format!(
        "FROM a\nENV A={}x{}\n",
        "${B:-".repeat(20_000),
        "}".repeat(20_000)
    );
    let (_, m) = analyze_text(&deep_subst, &BuildOptions::default());
    assert!(m.diagnostics.iter().any(|d| d.code.id == "DP0006"));
    let long = format!("FROM a\nRUN {}\n", "x".repeat(70_000));
    assert!(parse(&long).rejection.unwrap().contains("max allowed size"));
    let stages: String = (0..1000)
        .map(|i| format!("FROM s{} AS s{}\n", i.max(1) - 1, i))
        .collect();
    let (_, m) = analyze_text(&stages, &BuildOptions::default());
    assert_eq!(m.stages.len(), 1000);
    assert_eq!(m.stages[999].base_stage, Some(998));
}

#[test]
fn healthcheck_durations_and_retries_are_validated() {
    let src = "FROM a\nHEALTHCHECK --interval=30s --timeout=1m30s --start-period=500ms --retries=3 CMD true\nHEALTHCHECK --interval=5x --retries=-1 CMD true\nHEALTHCHECK --timeout=0.5us CMD true\n";
    let (_, m) = analyze_text(src, &BuildOptions::default());
    let lines: Vec<String> = m
        .diagnostics
        .iter()
        .filter(|d| d.code.id == "DP0003")
        .map(|d| src[d.span.start..d.span.end].to_string())
        .collect();
    assert_eq!(lines, ["5x", "-1", "0.5us"]);
    assert_eq!(
        dockplay::dockerfile::duration::parse_go_duration("1h2m3.5s"),
        Some(3723.5)
    );
    assert_eq!(
        dockplay::dockerfile::duration::parse_go_duration("10"),
        None
    );
}
