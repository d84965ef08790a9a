//! Shared by several hadolint rules.

pub(super) const ARCHIVES: &[&str] = &[
    ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2",
    ".xz",
];

pub(super) fn is_archive(p: &str) -> bool {
    let l = p.to_lowercase();
    ARCHIVES.iter().any(|e| l.ends_with(e))
}
