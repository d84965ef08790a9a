//! Small pieces of explanation text shared by the explainers.

use crate::i18n::Text;

/// `a, b and c` / `a、b 和 c`.
pub(super) fn list(items: &[String]) -> Text {
    let en = match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    };
    let zh = match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => {
            // A space beside 和 only next to ASCII (`a、b 和 c`, `阶段 1（…）和阶段 2`).
            let (a, b) = (items[..n - 1].join("、"), &items[n - 1]);
            let l = if a.ends_with(|c: char| c.is_ascii()) {
                " "
            } else {
                ""
            };
            let r = if b.starts_with(|c: char| c.is_ascii()) {
                " "
            } else {
                ""
            };
            format!("{a}{l}和{r}{b}")
        }
    };
    Text::new(en, zh)
}

/// `text` as code: backquoted, cut at 120 characters.
pub(super) fn code(text: &str) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one.char_indices().nth(120) {
        Some((i, _)) => format!("`{}…`", &one[..i]),
        None => format!("`{one}`"),
    }
}

/// Join sentences of both languages (English with a space, Chinese without).
pub(super) fn join(parts: &[Text]) -> Text {
    let en: Vec<&str> = parts
        .iter()
        .map(|t| t.en.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    let zh: Vec<&str> = parts
        .iter()
        .map(|t| t.zh.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    Text::new(en.join(" "), zh.join(""))
}

/// A JSON-style array of words: `["python", "app.py"]`.
pub(super) fn argv(words: &[String]) -> String {
    let quoted: Vec<String> = words
        .iter()
        .map(|w| serde_json::to_string(w).unwrap_or_else(|_| format!("\"{w}\"")))
        .collect();
    format!("[{}]", quoted.join(", "))
}

/// Port mappings and other items with arrows: `a, b` / `a；b`.
pub(super) fn rows(items: &[Text]) -> Text {
    let en: Vec<&str> = items.iter().map(|t| t.en.as_str()).collect();
    let zh: Vec<&str> = items.iter().map(|t| t.zh.as_str()).collect();
    Text::new(en.join(", "), zh.join("；"))
}
