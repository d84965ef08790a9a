//! Merging compose trees (`-f a.yml -f b.yml`, and `extends`): mappings merge key by key, the later
//! file wins for scalars; most sequences are appended without duplicates; a few are replaced.

use crate::yaml::{Node, Value};

/// Sequences that the later file replaces instead of extending.
const REPLACED: &[&str] = &["command", "entrypoint", "test", "profiles"];

/// Same value, ignoring where it was written.
pub fn same(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Scalar(x, _), Value::Scalar(y, _)) => x == y,
        (Value::Seq(x), Value::Seq(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Map(x), Value::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((k1, v1), (k2, v2))| same(k1, k2) && same(v1, v2))
        }
        _ => false,
    }
}

/// Merge `over` onto `base`.
pub fn merge(base: Node, over: Node) -> Node {
    merge_in(base, over, "")
}

fn merge_in(base: Node, over: Node, key: &str) -> Node {
    match (base.value, over.value) {
        (Value::Map(mut b), Value::Map(o)) => {
            // Scalar key text → index in `b`, so merging big mappings stays linear.
            let mut index: std::collections::HashMap<String, usize> = b
                .iter()
                .enumerate()
                .filter_map(|(i, (k, _))| k.as_str().map(|s| (s.to_string(), i)))
                .collect();
            for (k, v) in o {
                let pos = match k.as_str() {
                    Some(s) => index.get(s).copied(),
                    None => b.iter().position(|(bk, _)| same(bk, &k)),
                };
                match pos {
                    Some(i) => {
                        let name = k.as_str().unwrap_or("").to_string();
                        let (bk, bv) = std::mem::replace(
                            &mut b[i],
                            (
                                k,
                                Node {
                                    value: Value::Seq(Vec::new()),
                                    span: v.span,
                                    file: v.file,
                                },
                            ),
                        );
                        let merged = merge_in(bv, v, &name);
                        b[i] = (bk, merged);
                    }
                    None => {
                        if let Some(s) = k.as_str() {
                            index.insert(s.to_string(), b.len());
                        }
                        b.push((k, v));
                    }
                }
            }
            Node {
                value: Value::Map(b),
                span: over.span,
                file: over.file,
            }
        }
        (Value::Seq(mut b), Value::Seq(o)) if !REPLACED.contains(&key) => {
            for it in o {
                if !b.iter().any(|x| same(x, &it)) {
                    b.push(it);
                }
            }
            Node {
                value: Value::Seq(b),
                span: over.span,
                file: over.file,
            }
        }
        (_, ov) => Node {
            value: ov,
            span: over.span,
            file: over.file,
        },
    }
}
