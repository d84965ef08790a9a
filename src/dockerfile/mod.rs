//! Dockerfiles: a BuildKit-conformant parser that keeps spans, and the semantic model on top.

pub(crate) mod codes;
pub mod dump;
pub mod duration;
pub mod flags;
pub mod keyword;
mod line_parsers;
mod logical;
pub mod model;
pub(crate) mod packages;
pub mod parser;
pub(crate) mod run_script;
pub(crate) mod shell_facts;
pub(crate) mod shell_pieces;
pub mod shell_word;
pub mod syntax;

pub use keyword::Keyword;
pub use model::{build, BuildOptions, Dockerfile, Instr, Instruction, Stage};
pub use parser::ParsedFile;

use crate::diagnostic::Diagnostic;
use crate::text;
use crate::text::Span;

/// Text decoded from bytes for parsing: UTF-8 (lossy), without a leading byte-order mark.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Offset (in the decoded text) of the first byte that was not valid UTF-8.
    pub invalid_utf8_at: Option<usize>,
}

/// Decode bytes: lossy UTF-8, BOM removed.
pub fn decode(bytes: &[u8]) -> Decoded {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            invalid_utf8_at: None,
        },
        Err(e) => {
            let at = e.valid_up_to();
            Decoded {
                text: String::from_utf8_lossy(bytes).into_owned(),
                invalid_utf8_at: Some(at),
            }
        }
    }
}

/// Parse and model a Dockerfile given as text (a leading BOM is ignored).
pub fn analyze_text(text: &str, opts: &BuildOptions) -> (String, Dockerfile) {
    analyze_bytes(text.as_bytes(), opts)
}

/// The largest Dockerfile analysed (the same limit as compose files).
pub const MAX_DOCKERFILE: usize = 4 << 20;

/// DP0015 when `len` bytes are more than [`MAX_DOCKERFILE`].
pub fn too_large(len: usize) -> Option<Diagnostic> {
    (len > MAX_DOCKERFILE).then(|| {
        Diagnostic::new(
            &codes::FILE_TOO_LARGE,
            Span::empty(0),
            text!(
                "the file has {len} bytes; dockplay analyses Dockerfiles up to 4 MiB ({MAX_DOCKERFILE} bytes)",
                "文件有 {len} 字节；dockplay 只分析 4 MiB（{MAX_DOCKERFILE} 字节）以内的 Dockerfile"
            ),
        )
    })
}

/// Parse and model a Dockerfile given as bytes. Returns the decoded text the spans refer to.
pub fn analyze_bytes(bytes: &[u8], opts: &BuildOptions) -> (String, Dockerfile) {
    let decoded = decode(bytes);
    let mut parsed = parser::parse_text(&decoded.text);
    if let Some(at) = decoded.invalid_utf8_at {
        parsed.diagnostics.insert(
            0,
            Diagnostic::new(
                &codes::INVALID_UTF8,
                Span::new(at, at + 3),
                text!(
                    "the file is not valid UTF-8; invalid bytes were replaced with U+FFFD",
                    "文件不是有效的 UTF-8 编码，无效字节已替换为 U+FFFD"
                ),
            ),
        );
    }
    let model = model::build(parsed, opts);
    (decoded.text, model)
}

/// Parse only (no model), for the dump.
pub fn parse(text: &str) -> ParsedFile {
    let d = decode(text.as_bytes());
    parser::parse_text(&d.text)
}
