//! `check --fix`: apply the findings' fixes to the files in place, or print them as a unified
//! diff (`--dry-run`). Safe fixes only, unless `--unsafe-fixes`. Each file is fixed, checked
//! again and fixed again until no fix applies (at most [`MAX_ROUNDS`] rounds), then written
//! atomically: a temporary file beside it, renamed over it, so the original stays whole when
//! anything fails.

use super::Failure;
use dockplay::report::{DiagnosticOut, FileReport};
use dockplay::{analyze_file, Options};
use std::path::Path;

/// Rounds of fix-and-check per file.
pub const MAX_ROUNDS: usize = 10;

/// `text` with the applicable fixes of `diagnostics` applied: a fix whose edits overlap an
/// earlier fix's is left for the next round. Returns the new text and how many fixes applied.
fn apply(text: &str, diagnostics: &[DiagnosticOut], unsafe_ok: bool) -> (String, usize) {
    let mut taken: Vec<(usize, usize, &str)> = Vec::new();
    let mut applied = 0;
    for fix in diagnostics.iter().filter_map(|d| d.fix.as_ref()) {
        if !fix.safe && !unsafe_ok {
            continue;
        }
        let edits: Vec<(usize, usize, &str)> = fix
            .edits
            .iter()
            .map(|e| (e.offset, e.end_offset, e.replacement.as_str()))
            .collect();
        let overlaps = edits.iter().any(|&(a, b, _)| {
            taken
                .iter()
                .any(|&(x, y, _)| a < y && x < b || (a == b && a == x) || (a == x && b == y))
        });
        let in_bounds = edits.iter().all(|&(a, b, _)| {
            a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        });
        if overlaps || !in_bounds {
            continue;
        }
        taken.extend(edits);
        applied += 1;
    }
    taken.sort_by_key(|&(a, b, _)| (a, b));
    let mut out = text.to_string();
    for &(a, b, r) in taken.iter().rev() {
        out.replace_range(a..b, r);
    }
    (out, applied)
}

/// The outcome of fixing one file.
pub struct Fixed {
    /// The text after every round.
    pub text: String,
    /// Fixes applied, over all rounds.
    pub count: usize,
    /// The report of the fixed text.
    pub report: FileReport,
}

/// Fix `text` (the file `path`) round after round.
pub fn fix_text(path: &str, text: &str, opts: &Options, unsafe_ok: bool) -> Fixed {
    let mut text = text.to_string();
    let mut count = 0;
    let mut report = analyze_file(path, text.as_bytes(), opts);
    for _ in 0..MAX_ROUNDS {
        let (next, n) = apply(&text, &report.diagnostics, unsafe_ok);
        if n == 0 || next == text {
            break;
        }
        count += n;
        text = next;
        report = analyze_file(path, text.as_bytes(), opts);
    }
    Fixed {
        text,
        count,
        report,
    }
}

/// What `--fix` does to one file: fix it, then write it back (or, with `--dry-run`, print the
/// diff instead). Returns the report of the file as it is now (fixed, or untouched in a dry
/// run) and whether it changed or would change.
pub fn fix_file(
    path: &str,
    bytes: &[u8],
    opts: &Options,
    dry_run: bool,
    unsafe_ok: bool,
) -> Result<(FileReport, bool), Failure> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(body) else {
        eprintln!("{path}: not fixed: the file is not valid UTF-8");
        return Ok((analyze_file(path, bytes, opts), false));
    };
    let fixed = fix_text(path, text, opts, unsafe_ok);
    if fixed.count == 0 || fixed.text == text {
        return Ok((fixed.report, false));
    }
    let n = fixed.count;
    if dry_run {
        print!("{}", unified_diff(path, text, &fixed.text));
        eprintln!("{path}: {n} fix(es) would be applied");
        return Ok((analyze_file(path, bytes, opts), true));
    }
    let mut out = if body.len() < bytes.len() {
        BOM.to_vec()
    } else {
        Vec::new()
    };
    out.extend_from_slice(fixed.text.as_bytes());
    write_atomically(path, &out)?;
    eprintln!("{path}: applied {n} fix(es)");
    Ok((fixed.report, true))
}

/// A unified diff of `path` from `before` to `after`.
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// Replace `path` with `text`: written to a temporary file beside it (with the original's
/// permissions), then renamed over it.
pub fn write_atomically(path: &str, text: &[u8]) -> Result<(), Failure> {
    let p = Path::new(path);
    let dir = p
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.dockplay-fix-{}", std::process::id()));
    let fail = |what: &str, e: std::io::Error| Failure::Usage(format!("cannot {what} {path}: {e}"));
    std::fs::write(&tmp, text).map_err(|e| fail("write the fixed", e))?;
    if let Ok(meta) = std::fs::metadata(p) {
        let _ = std::fs::set_permissions(&tmp, meta.permissions());
    }
    std::fs::rename(&tmp, p).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail("replace", e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixes_apply_round_after_round_and_a_diff_shows_them() {
        let before = "version: '3.8'\nservices:\n  web:\n    image: nginx:1.27\n    ports:\n      - 8080:80\n";
        let opts = Options {
            kind: Some(dockplay::report::FileKind::Compose),
            ..Options::default()
        };
        let fixed = fix_text("compose.yaml", before, &opts, false);
        assert_eq!(fixed.count, 2);
        assert_eq!(
            fixed.text,
            "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - '8080:80'\n"
        );
        let diff = unified_diff("compose.yaml", before, &fixed.text);
        assert!(
            diff.contains("-version: '3.8'\n") && diff.contains("+      - '8080:80'\n"),
            "{diff}"
        );
    }
}
