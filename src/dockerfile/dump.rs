//! BuildKit's AST dump format (`Node.Dump()`), used by its parser fixtures.

use super::syntax::Node;

/// Dump all nodes, one line each, as BuildKit's `result` files hold them (with a trailing newline).
pub fn dump(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        out.push('(');
        out.push_str(&dump_node(n));
        out.push_str(")\n");
    }
    out
}

/// Dump one node without the surrounding parentheses.
pub fn dump_node(n: &Node) -> String {
    let mut s = n.keyword.value.to_lowercase();
    if !n.flags.is_empty() {
        s.push_str(" [");
        let flags: Vec<String> = n.flags.iter().map(|f| go_quote(&f.raw)).collect();
        s.push_str(&flags.join(" "));
        s.push(']');
    }
    if let Some(sub) = &n.sub {
        s.push_str(" (");
        s.push_str(&dump_node(sub));
        s.push(')');
    }
    for a in &n.args {
        s.push(' ');
        s.push_str(&go_quote(&a.value));
    }
    s.trim_matches(is_go_space).to_string()
}

fn is_go_space(c: char) -> bool {
    c.is_whitespace()
}

/// Go's `strconv.Quote`.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if go_is_print(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
fn go_is_print(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // Format characters (Cf), private use (Co) and noncharacters are not printable.
    !matches!(u,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891 | 0x8e2 | 0x180e
        | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f
        | 0xe000..=0xf8ff | 0xfdd0..=0xfdef | 0xfeff | 0xfff9..=0xfffb | 0xfffe..=0xffff
        | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a
        | 0xe0001 | 0xe0020..=0xe007f | 0xf0000..)
}

#[cfg(test)]
mod tests {
    use super::go_quote;

    #[test]
    fn quotes_like_go() {
        assert_eq!(go_quote("a\"b\\c\td"), r#""a\"b\\c\td""#);
        assert_eq!(go_quote("全部\u{0}"), "\"全部\\x00\"");
        assert_eq!(go_quote("\u{a0}"), "\"\\u00a0\"");
    }
}
