//! The few browser services the page uses: local storage, the URL hash, the clipboard, the
//! document's language and theme, and fetching its own JSON files. Every call tolerates a
//! browser that refuses (private mode, no clipboard permission).

use dockplay::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Keys of local storage.
pub const STORED_STATE: &str = "dockplay.state";
pub const STORED_LANG: &str = "dockplay.lang";
pub const STORED_THEME: &str = "dockplay.theme";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A stored value.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Store a value (silently not, when storage is full or off).
pub fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// The language the browser prefers: Chinese for any `zh*`, else English.
pub fn preferred_lang() -> Lang {
    let nav = web_sys::window().map(|w| w.navigator());
    let first = nav.and_then(|n| n.language()).unwrap_or_default();
    if first.to_ascii_lowercase().starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Keep `<html lang>` and the title in step with the interface language.
pub fn set_document_lang(lang: Lang, title: &str) {
    if let Some(r) = root() {
        let _ = r.set_attribute("lang", lang.pick("en", "zh-CN"));
    }
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// `<html data-theme>`: absent follows `prefers-color-scheme`.
pub fn set_theme(theme: &str) {
    if let Some(r) = root() {
        let _ = match theme {
            "light" | "dark" => r.set_attribute("data-theme", theme),
            _ => r.remove_attribute("data-theme"),
        };
    }
}

/// The URL hash without `#`.
pub fn hash() -> String {
    let h = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    h.strip_prefix('#').unwrap_or(&h).to_string()
}

/// Put a share link in the address bar (without a new history entry) and return the page URL.
pub fn set_hash(link: &str) -> Option<String> {
    let w = web_sys::window()?;
    let loc = w.location();
    let base = format!("{}{}", loc.origin().ok()?, loc.pathname().ok()?);
    let url = format!("{base}#{link}");
    let _ = w
        .history()
        .ok()?
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    Some(url)
}

/// Copy `text` to the clipboard.
pub async fn copy(text: String) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let clipboard = w.navigator().clipboard();
    JsFuture::from(clipboard.write_text(&text)).await.is_ok()
}

fn html_document() -> Option<web_sys::HtmlDocument> {
    web_sys::window()?.document()?.dyn_into().ok()
}

/// Replace the selected range of the focused textarea the way typing does, so the browser's
/// undo restores it. False when the browser refuses.
pub fn insert_text(text: &str) -> bool {
    html_document().is_some_and(|doc| {
        doc.exec_command_with_show_ui_and_value("insertText", false, text)
            .unwrap_or(false)
    })
}

/// Undo the last edit of the focused textarea.
pub fn undo() -> bool {
    html_document().is_some_and(|doc| doc.exec_command("undo").unwrap_or(false))
}

/// Fetch one of the page's own text files.
pub async fn fetch_text(url: &str) -> Option<String> {
    let w = web_sys::window()?;
    let resp = JsFuture::from(w.fetch_with_str(url)).await.ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    let text = JsFuture::from(resp.text().ok()?).await.ok()?;
    text.as_string()
}

thread_local! {
    /// The URL of the directory the page's files are served from (ends in `/`).
    static ASSETS: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Serve the page's own files (the engine worker, the rule docs) from `base`, the directory of
/// `boot.js` (so a page that mounts the app from elsewhere still finds them).
pub fn set_assets(base: String) {
    ASSETS.with(|a| *a.borrow_mut() = base);
}

/// The URL of the page's own file `name`.
pub fn asset(name: &str) -> String {
    ASSETS.with(|a| format!("{}{name}", a.borrow()))
}

/// Resolves in a later task (a `setTimeout(0)`): work after it is not part of the current one.
pub async fn next_task() {
    let next = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(next).await;
}

/// Set `obj[key] = value` on a plain JS object (a message, an options bag).
pub fn set_prop(obj: &js_sys::Object, key: &str, value: &wasm_bindgen::JsValue) {
    let _ = js_sys::Reflect::set(obj, &wasm_bindgen::JsValue::from_str(key), value);
}

/// Save `url`'s resource as a file named `name` (an `<a download>` clicked).
fn save_url(name: &str, url: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(url);
        a.set_download(name);
        a.click();
    }
}

/// A `data:` URL of an SVG document.
pub fn svg_data_url(svg: &str) -> String {
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    )
}

/// Save an SVG document as a PNG file `name`, drawn at twice its size.
pub fn download_png(name: &str, svg: &str) {
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let (name, loaded) = (name.to_string(), img.clone());
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(canvas) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(loaded.natural_width() * 2);
        canvas.set_height(loaded.natural_height() * 2);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.scale(2.0, 2.0);
        let _ = ctx.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        if let Ok(png) = canvas.to_data_url_with_type("image/png") {
            save_url(&name, &png);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&svg_data_url(svg));
}

/// The elements of a node list.
pub fn elements(list: web_sys::NodeList) -> impl Iterator<Item = web_sys::Element> {
    (0..list.length()).filter_map(move |i| list.item(i)?.dyn_into().ok())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A document or a shadow root: where a view's elements are looked up.
    pub type Scope;
    #[wasm_bindgen(method, catch, js_name = querySelectorAll)]
    fn query_all(this: &Scope, selector: &str) -> Result<web_sys::NodeList, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, catch, js_name = getElementById)]
    fn by_id(this: &Scope, id: &str) -> Result<Option<web_sys::Element>, wasm_bindgen::JsValue>;
}

/// The document or shadow root `near` is in (a playground's page or a widget): ids and
/// selectors are looked up there, never across widgets.
pub fn scope(near: &web_sys::Node) -> Scope {
    near.get_root_node().unchecked_into()
}

/// The elements matching `selector` in `near`'s document or shadow root.
pub fn select_all(near: &web_sys::Node, selector: &str) -> impl Iterator<Item = web_sys::Element> {
    scope(near)
        .query_all(selector)
        .into_iter()
        .flat_map(elements)
}

/// Focus the element with id `id` in `near`'s document or shadow root.
pub fn focus_by_id(near: &web_sys::Node, id: &str) {
    if let Some(el) = scope(near)
        .by_id(id)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Highlight part `index` of the explained item (`None`: none) in the view `near` is in: its
/// rows in the Explain panel and its underline in the textarea editor (everything with that
/// `data-p` gets the class `hot`), and in the large-file editor through its handle.
pub fn hot_part(near: &web_sys::Node, index: Option<usize>) {
    let toggle = |selector: &str, on: bool| {
        for el in select_all(near, selector) {
            let _ = el.class_list().toggle_with_force("hot", on);
        }
    };
    toggle("[data-p].hot", false);
    if let Some(i) = index {
        toggle(&format!("[data-p=\"{i}\"]"), true);
    }
    // The large-file editor draws its own marks (a class set from outside would be undone).
    let large = select_all(near, ".cm-host").next().and_then(|host| {
        let handle = js_sys::Reflect::get(&host, &"dockplayEditor".into()).ok()?;
        let hot = js_sys::Reflect::get(&handle, &"hot".into()).ok()?;
        Some((handle, hot.dyn_into::<js_sys::Function>().ok()?))
    });
    if let Some((handle, hot)) = large {
        let _ = hot.call1(&handle, &index.map_or(-1.0, |i| i as f64).into());
    }
}
