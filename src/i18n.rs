//! The two languages of every user-facing text.

use serde::{Deserialize, Serialize};

/// A user interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Parse `en` / `zh` (also `zh-CN`, `zh_CN`, `en-US`, …).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.to_ascii_lowercase();
        if s == "en" || s.starts_with("en-") || s.starts_with("en_") {
            Some(Lang::En)
        } else if s == "zh" || s.starts_with("zh-") || s.starts_with("zh_") {
            Some(Lang::Zh)
        } else {
            None
        }
    }
}

/// A text written in both English and Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// English.
    pub en: String,
    /// Chinese.
    pub zh: String,
}

impl Text {
    /// Build from the two languages.
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Text {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// `text!("english {x}", "中文 {x}")`: format both languages with the same arguments in scope.
#[macro_export]
macro_rules! text {
    ($en:literal, $zh:literal) => {
        $crate::i18n::Text::new(format!($en), format!($zh))
    };
    ($en:literal, $zh:literal, $($arg:expr),+ $(,)?) => {
        $crate::i18n::Text::new(format!($en, $($arg),+), format!($zh, $($arg),+))
    };
}
