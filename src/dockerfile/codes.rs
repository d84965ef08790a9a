//! Codes of the diagnostics the Dockerfile parser and instruction model report themselves.

use crate::diagnostic::{Code, Severity};

/// BuildKit rejects the file: the build would fail at parse time.
pub const SYNTAX_ERROR: Code = Code {
    id: "DP0001",
    name: "syntax-error",
    severity: Severity::Error,
};

/// An instruction keyword BuildKit does not know.
pub const UNKNOWN_INSTRUCTION: Code = Code {
    id: "DP0002",
    name: "unknown-instruction",
    severity: Severity::Error,
};

/// A flag the instruction does not accept, or a flag with a bad value.
pub const INVALID_FLAG: Code = Code {
    id: "DP0003",
    name: "invalid-flag",
    severity: Severity::Error,
};

/// An instruction whose arguments BuildKit refuses (wrong count, bad form).
pub const INVALID_INSTRUCTION: Code = Code {
    id: "DP0004",
    name: "invalid-instruction",
    severity: Severity::Error,
};

/// The file is not valid UTF-8; it was decoded with replacement characters.
pub const INVALID_UTF8: Code = Code {
    id: "DP0005",
    name: "invalid-utf8",
    severity: Severity::Warning,
};

/// A variable substitution BuildKit cannot process.
pub const INVALID_SUBSTITUTION: Code = Code {
    id: "DP0006",
    name: "invalid-substitution",
    severity: Severity::Error,
};

/// A stage reference that cannot be resolved (cycle or self reference).
pub const INVALID_STAGE_REFERENCE: Code = Code {
    id: "DP0007",
    name: "invalid-stage-reference",
    severity: Severity::Error,
};

/// An empty line inside a continued instruction (BuildKit's own check).
pub const NO_EMPTY_CONTINUATION: Code = Code {
    id: "NoEmptyContinuation",
    name: "no-empty-continuation",
    severity: Severity::Warning,
};

/// Every code defined here, in order.
pub const ALL: &[Code] = &[
    SYNTAX_ERROR,
    UNKNOWN_INSTRUCTION,
    INVALID_FLAG,
    INVALID_INSTRUCTION,
    INVALID_UTF8,
    INVALID_SUBSTITUTION,
    INVALID_STAGE_REFERENCE,
    NO_EMPTY_CONTINUATION,
];
