//! Stable sorting through one instantiation of the standard library's sort. `slice::sort_by`
//! is generic over the element and the comparator, so every call site adds its own copy of the
//! sort (about 4 KB of WebAssembly each); these functions sort indices with a comparator
//! behind a reference, so the code exists once and each call site adds only a few hundred bytes.

use std::cmp::Ordering;

/// The indices `0..n` in the stable order `cmp` gives them (never inlined: one copy).
#[inline(never)]
pub fn indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Sort `v` stably by `cmp` (as `v.sort_by(cmp)`).
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sort `v` stably by the key `key` gives each element (as `v.sort_by_key(key)`).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_sort_does_and_is_stable() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        let mut want = v.clone();
        want.sort_by_key(|x| x.0);
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, want);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut w = vec!["b".to_string(), "a".into(), "c".into()];
        sort_by(&mut w, |a, b| b.cmp(a));
        assert_eq!(w, ["c", "b", "a"]);
        assert_eq!(indices(3, &|a, b| b.cmp(&a)), [2, 1, 0]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }
}
