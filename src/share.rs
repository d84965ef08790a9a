//! Share links: a playground state (its files, build arguments, target, changed files, language
//! and open panel) in a URL hash, versioned and compressed: `#v1/` + base64url(raw DEFLATE(JSON)).
//! Decoding is bounded at every step (the link's length, the inflated size, the number and
//! size of files) and a bad link is an error with a message in both languages, never a panic.

use crate::i18n::Text;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// The version prefix of the links this module writes.
pub const PREFIX: &str = "v1/";
/// Longest link read, in bytes (browsers keep URLs of a few MiB).
pub const MAX_LINK: usize = 2 << 20;
/// Largest state after inflating, in bytes.
pub const MAX_STATE: usize = 8 << 20;
/// Most files in one state.
pub const MAX_FILES: usize = 64;
/// Largest file in a state, in bytes (the analysis input limit).
pub const MAX_FILE: usize = 4 << 20;

/// One file of a shared state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedFile {
    /// Its name (`Dockerfile`, `compose.yaml`, `.dockerignore`, `.env`, a context path).
    pub name: String,
    /// Its text.
    pub text: String,
}

/// A playground state.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ShareState {
    /// The files, in tab order.
    pub files: Vec<SharedFile>,
    /// `--build-arg` values, `[name, value]`.
    pub build_args: Vec<(String, String)>,
    /// The target stage.
    pub target: Option<String>,
    /// Context files marked changed.
    pub changed: Vec<String>,
    /// Of the changed context files, those added since the last build.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<String>,
    /// Of the changed context files, those removed since the last build.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
    /// Build arguments whose value changed since the last build.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changed_build_args: Vec<String>,
    /// Base images whose tag moved since the last build.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub base_moved: Vec<String>,
    /// `--no-cache-filter` stages.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub no_cache_filter: Vec<String>,
    /// The build marked as built: what the cache holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub built: Option<SharedBuild>,
    /// `en` or `zh`.
    pub lang: Option<String>,
    /// The open panel.
    pub panel: Option<String>,
}

/// A build the user marked as built: its Dockerfile and build arguments.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SharedBuild {
    /// The Dockerfile as it was built.
    pub dockerfile: String,
    /// Its `--build-arg` values, `[name, value]`.
    pub build_args: Vec<(String, String)>,
}

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not a `v1/` link (the version it names, if any).
    Version(String),
    /// Longer than [`MAX_LINK`].
    TooLong(usize),
    /// Not base64url.
    Base64,
    /// Not raw DEFLATE, or inflating past [`MAX_STATE`].
    Compressed,
    /// Not a state (the JSON error).
    Json(String),
    /// Past [`MAX_FILES`] files or [`MAX_FILE`] bytes in one.
    TooBig,
}

impl ShareError {
    /// What went wrong, in both languages.
    pub fn message(&self) -> Text {
        match self {
            ShareError::Version(v) if v.is_empty() => crate::text!(
                "this is not a dockplay share link (it should start with #v1/)",
                "这不是 dockplay 的分享链接（应以 #v1/ 开头）"
            ),
            ShareError::Version(v) => crate::text!(
                "this share link is version {v}, which this version of dockplay cannot read",
                "这个分享链接的版本是 {v}，当前版本的 dockplay 无法读取"
            ),
            ShareError::TooLong(n) => crate::text!(
                "this share link is {n} bytes long; at most {MAX_LINK} are read",
                "这个分享链接长 {n} 字节，最多只读取 {MAX_LINK} 字节"
            ),
            ShareError::Base64 => crate::text!(
                "this share link is damaged: it is not base64url text (was it cut or changed?)",
                "这个分享链接已损坏：它不是 base64url 文本（是否被截断或改动过？）"
            ),
            ShareError::Compressed => crate::text!(
                "this share link is damaged or too large: its compressed data does not unpack to at most {MAX_STATE} bytes",
                "这个分享链接已损坏或过大：其中的压缩数据无法解压到 {MAX_STATE} 字节以内"
            ),
            ShareError::Json(e) => crate::text!(
                "this share link holds no playground state: {e}",
                "这个分享链接中没有可用的演练场状态：{e}"
            ),
            ShareError::TooBig => crate::text!(
                "this share link has more than {MAX_FILES} files or a file over {MAX_FILE} bytes",
                "这个分享链接中的文件超过 {MAX_FILES} 个，或有文件超过 {MAX_FILE} 字节"
            ),
        }
    }
}

/// The link text for a state (without the `#`).
pub fn encode(state: &ShareState) -> String {
    let json = serde_json::to_vec(state).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Read a link (with or without its leading `#`).
pub fn decode(link: &str) -> Result<ShareState, ShareError> {
    let link = link.strip_prefix('#').unwrap_or(link);
    if link.len() > MAX_LINK {
        return Err(ShareError::TooLong(link.len()));
    }
    let Some(body) = link.strip_prefix(PREFIX) else {
        let version = link
            .split_once('/')
            .map(|(v, _)| v)
            .filter(|v| v.len() <= 8 && v.starts_with('v'))
            .unwrap_or("");
        return Err(ShareError::Version(version.to_string()));
    };
    let packed = URL_SAFE_NO_PAD
        .decode(body.trim_end_matches('='))
        .map_err(|_| ShareError::Base64)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_STATE)
        .map_err(|_| ShareError::Compressed)?;
    let state: ShareState =
        serde_json::from_slice(&json).map_err(|e| ShareError::Json(e.to_string()))?;
    if state.files.len() > MAX_FILES
        || state.files.iter().any(|f| f.text.len() > MAX_FILE)
        || state
            .built
            .as_ref()
            .is_some_and(|b| b.dockerfile.len() > MAX_FILE)
    {
        return Err(ShareError::TooBig);
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ShareState {
        ShareState {
            files: vec![
                SharedFile {
                    name: "Dockerfile".into(),
                    text: "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n"
                        .into(),
                },
                SharedFile {
                    name: "compose.yaml".into(),
                    text: "services:\n  web:\n    build: .\n    ports: [\"8000:5000\"]\n".into(),
                },
            ],
            build_args: vec![("VERSION".into(), "1.2".into())],
            target: Some("app".into()),
            changed: vec!["app.py".into()],
            lang: Some("zh".into()),
            panel: Some("cache".into()),
            ..ShareState::default()
        }
    }

    #[test]
    fn a_marked_build_and_the_what_if_settings_round_trip() {
        let s = ShareState {
            base_moved: vec!["python:3.12-slim".into()],
            no_cache_filter: vec!["app".into()],
            added: vec!["app.py".into()],
            built: Some(SharedBuild {
                dockerfile: "FROM python:3.12-slim\n".into(),
                build_args: vec![("V".into(), "1".into())],
            }),
            ..sample()
        };
        assert_eq!(decode(&encode(&s)).unwrap(), s);
        // A state without them encodes as before (old links and new ones agree).
        let json = serde_json::to_string(&sample()).unwrap();
        assert!(
            !json.contains("built") && !json.contains("base_moved"),
            "{json}"
        );
    }

    #[test]
    fn round_trip() {
        let s = sample();
        let link = encode(&s);
        assert!(link.starts_with("v1/"));
        assert!(link[3..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode(&link), Ok(s.clone()));
        assert_eq!(decode(&format!("#{link}")), Ok(s));
        let unicode = ShareState {
            files: vec![SharedFile {
                name: "Dockerfile".into(),
                text: "# 构建缓存 🐳\nFROM scratch\n".into(),
            }],
            ..ShareState::default()
        };
        assert_eq!(decode(&encode(&unicode)), Ok(unicode));
        assert_eq!(
            decode(&encode(&ShareState::default())),
            Ok(ShareState::default())
        );
    }

    #[test]
    fn fixture_states_round_trip() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/share");
        let mut n = 0;
        for f in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            let state: ShareState = serde_json::from_str(&text).unwrap();
            assert!(!state.files.is_empty());
            assert_eq!(decode(&encode(&state)), Ok(state));
            n += 1;
        }
        assert!(n >= 3);
    }

    #[test]
    fn bad_links_are_errors() {
        assert_eq!(decode(""), Err(ShareError::Version(String::new())));
        assert_eq!(decode("#hello"), Err(ShareError::Version(String::new())));
        assert_eq!(decode("#v2/abc"), Err(ShareError::Version("v2".into())));
        assert_eq!(decode("#v1/***"), Err(ShareError::Base64));
        assert_eq!(decode("#v1/AAAA"), Err(ShareError::Compressed));
        let long = format!("v1/{}", "A".repeat(MAX_LINK));
        assert!(matches!(decode(&long), Err(ShareError::TooLong(_))));
        // Cut in the middle.
        let link = encode(&sample());
        assert!(decode(&link[..link.len() / 2]).is_err());
        // Valid compression of something that is not a state.
        let not_state = format!(
            "v1/{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"[1,2,3]", 6))
        );
        assert!(matches!(decode(&not_state), Err(ShareError::Json(_))));
        let unknown = format!(
            "v1/{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
                br#"{"script":"x"}"#,
                6
            ))
        );
        assert!(matches!(decode(&unknown), Err(ShareError::Json(_))));
        for e in [
            ShareError::Version(String::new()),
            ShareError::Version("v9".into()),
            ShareError::TooLong(1),
            ShareError::Base64,
            ShareError::Compressed,
            ShareError::Json("x".into()),
            ShareError::TooBig,
        ] {
            let m = e.message();
            assert!(!m.en.is_empty() && !m.zh.is_empty());
        }
    }

    #[test]
    fn decoding_is_bounded() {
        // A deflate bomb: 16 MiB of zeros packs into a short link, and stops at MAX_STATE.
        let zeros = vec![b' '; 16 << 20];
        let bomb = format!(
            "v1/{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&zeros, 9))
        );
        assert!(bomb.len() < MAX_LINK, "{}", bomb.len());
        assert_eq!(decode(&bomb), Err(ShareError::Compressed));
        let many = ShareState {
            files: (0..=MAX_FILES)
                .map(|i| SharedFile {
                    name: format!("f{i}"),
                    text: String::new(),
                })
                .collect(),
            ..ShareState::default()
        };
        assert_eq!(decode(&encode(&many)), Err(ShareError::TooBig));
        // Deeply nested JSON is refused by serde_json's depth limit, not the stack.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let nested = format!(
            "v1/{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(deep.as_bytes(), 6))
        );
        assert!(matches!(decode(&nested), Err(ShareError::Json(_))));
    }
}
