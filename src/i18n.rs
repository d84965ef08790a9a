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

    /// `en` or `zh`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// Pick the argument of this language (for fixed labels: `lang.pick("help", "提示")`).
    pub fn pick<T>(self, en: T, zh: T) -> T {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// A text written in both English and Chinese: owned (`Text`, for messages built at run time)
/// or static (`Text<&'static str>`, for rule docs and catalogue entries).
/// A language missing when deserializing reads as empty (a catalogue loaded for one language).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Text<S = String> {
    /// English.
    pub en: S,
    /// Chinese.
    pub zh: S,
}

/// A bilingual text known at compile time.
pub type StaticText = Text<&'static str>;

impl Text {
    /// Build from the two languages.
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Text {
            en: en.into(),
            zh: zh.into(),
        }
    }
}

impl StaticText {
    /// A static text (usable in `const` items).
    pub const fn of(en: &'static str, zh: &'static str) -> Self {
        Text { en, zh }
    }

    /// An owned copy.
    pub fn to_owned_text(&self) -> Text {
        Text::new(self.en, self.zh)
    }
}

impl<S: AsRef<str>> Text<S> {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.zh).as_ref()
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
