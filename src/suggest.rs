//! "Did you mean …?": the closest known word to a misspelt one.

/// Edit distance counting an adjacent swap as one edit (optimal string alignment). Only the first
/// 64 characters of each word count, so the cost stays bounded.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// Whether two words can be at most two edits apart (the distance is at least the difference of
/// the lengths [`edit_distance`] compares), so most candidates are ruled out without a table.
fn near_in_length(a: &str, b: &str) -> bool {
    let len = |s: &str| s.chars().take(64).count();
    len(a).abs_diff(len(b)) <= 2
}

/// The candidate at most two edits from `word` (and not rewritten whole), nearest first, ties to
/// the smallest. Case-sensitive: callers upper- or lower-case both sides when case does not count.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .filter(|c| near_in_length(word, c))
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d <= 2 && *d < c.len())
        .min()
        .map(|(_, c)| c)
}

/// Like [`closest`], ignoring case, and only when `name` is longer than the edit (a two-letter
/// name is not a typo of every other two-letter name).
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let upper = name.to_uppercase();
    candidates
        .into_iter()
        .filter(|c| near_in_length(&upper, c))
        .map(|c| (edit_distance(&upper, &c.to_uppercase()), c))
        .filter(|(d, c)| *d <= 2 && *d < c.len() && *d < name.len())
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_count_once() {
        assert_eq!(edit_distance("RNU", "RUN"), 1);
        assert_eq!(closest("COYP", ["COPY", "CMD"]), Some("COPY"));
        assert_eq!(closest("XYZ", ["COPY"]), None);
        assert_eq!(did_you_mean("biuld", ["build", "test"]), Some("build"));
        assert_eq!(did_you_mean("ab", ["cd"]), None);
    }
}
