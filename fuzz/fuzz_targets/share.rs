//! Share-link decoding: the link text as given, the bytes as the link's compressed payload, or
//! as the JSON inside it (compressed here). A link that decodes must encode back to the same
//! state.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use dockplay::share::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let link = match mode % 3 {
        0 => String::from_utf8_lossy(rest).into_owned(),
        1 => format!("v1/{}", URL_SAFE_NO_PAD.encode(rest)),
        _ => format!(
            "v1/{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(rest, 1))
        ),
    };
    match decode(&link) {
        Ok(state) => assert_eq!(decode(&encode(&state)).as_ref(), Ok(&state)),
        Err(e) => {
            let m = e.message();
            assert!(!m.en.is_empty() && !m.zh.is_empty());
        }
    }
});
