//! The JavaScript API (wasm-bindgen), behind the `wasm` feature. Thin: everything is in the core.

use crate::{InputFile, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A file to analyse: its name decides its kind (Dockerfile, compose.yaml, …). */
export interface InputFile { name: string; text: string }
/** A playground state as a share link carries it (`encodeShareLink` in share-link.js makes one). */
export interface SharedState {
  files: InputFile[]; build_args: string[][]; target: string | null; changed: string[];
  added?: string[]; removed?: string[]; changed_build_args?: string[]; base_moved?: string[];
  no_cache_filter?: string[]; built?: { dockerfile: string; build_args: string[][] };
  lang: string | null; panel: string | null;
}
/** What `decodeShareLink` read: the state, or why the link cannot be opened. */
export type ShareLinkResult = { state: SharedState } | { error: { en: string; zh: string } };
export type Lang = "en" | "zh";
export type Severity = "error" | "warning" | "info" | "style";
export type FileKind = "dockerfile" | "compose" | "docker-run";
export interface Options {
  lang?: Lang; kind?: FileKind | null; build_args?: string[]; dockerignore?: string | null;
  /** compose: project name; a fallback used when neither this nor `name:` is given; KEY=VALUE variables; profiles */
  project_name?: string | null; fallback_project_name?: string | null; env?: string[]; profiles?: string[];
  /** rule configuration: the text of a .hadolint.yaml or of a dclint .dclintrc (JSON or YAML) */
  config?: string | null;
}
export interface Localized { en: string; zh: string }
export interface Diagnostic {
  rule: string; name: string; severity: Severity;
  message: string; help: string | null;
  message_i18n: Localized; help_i18n: Localized | null;
  line: number; column: number; end_line: number; end_column: number;
  column_utf16: number; end_column_utf16: number; offset: number; end_offset: number;
  offset_utf16: number; end_offset_utf16: number;
  /** a change that resolves the finding, when dockplay offers one */
  fix: Fix | null;
}
export interface Fix {
  message: string; message_i18n: Localized; edits: Edit[];
  /** Keeps what the file does; `dockplay check --fix` applies unsafe fixes only with --unsafe-fixes. */
  safe: boolean;
}
export interface Edit {
  line: number; column: number; end_line: number; end_column: number;
  offset: number; end_offset: number; offset_utf16: number; end_offset_utf16: number;
  replacement: string;
}
export interface StageSummary {
  index: number; name: string | null; base: string; base_stage: number | null;
  line: number; instructions: number;
}
export interface DockerfileSummary {
  instructions: number; stages: StageSummary[]; escape: string; syntax: string | null; parses: boolean;
}
export interface NetworkService {
  name: string; container_names: string[]; networks: string[]; network_mode: string | null;
  depends_on: { service: string; condition: string }[];
}
export interface NetworkInfo { key: string; name: string; internal: boolean; external: boolean; driver: string }
export interface Reach { from: string; to: string; hostnames: string[]; networks: string[] }
export interface PortRow {
  service: string; host_ip: string | null; published: string | null; target: number; target_end: number; protocol: string;
  line: number; file: string; reachable_from_host: boolean;
}
export interface NetworkReport {
  project: string; services: NetworkService[]; networks: NetworkInfo[]; reachability: Reach[]; reachability_omitted: boolean; ports: PortRow[];
}
export interface FileReport {
  path: string; kind: FileKind | null; diagnostics: Diagnostic[]; dockerfile: DockerfileSummary | null;
  network: NetworkReport | null;
}
export interface Report { version: number; lang: Lang; files: FileReport[] }

/** Where an explained item or part is. */
export interface Range {
  line: number; column: number; end_line: number; end_column: number;
  column_utf16: number; end_column_utf16: number; offset: number; end_offset: number;
  offset_utf16: number; end_offset_utf16: number;
}
export type ItemKind = "instruction" | "directive" | "compose-key" | "docker-run";
/** The catalogue's general text about an item's key, in the report's language. */
export interface Effects {
  summary: string | null; build: string | null; run: string | null; cache: string | null;
  mistakes: string[]; example: string | null;
}
export interface ExplainPart extends Range {
  key: string; text: string; text_i18n: Localized; summary: string | null; docs_url: string | null;
}
export interface FindingRef { rule: string; name: string; severity: Severity; message: string; line: number; docs_url: string }
export interface ExplainItem extends Range {
  kind: ItemKind; key: string; title: string; text: string; text_i18n: Localized;
  parts: ExplainPart[]; effects: Effects; docs_url: string | null; findings: FindingRef[];
  /** CMD and ENTRYPOINT items only: how they combine into what docker run starts. */
  runs?: Runs;
}
export interface Runs {
  entrypoint: string[] | null; entrypoint_shell: boolean; cmd: string[] | null; default: string[];
}
export interface ExplainFile {
  path: string; kind: FileKind | null; items: ExplainItem[];
  /** items left unexplained because the file has more than 2,000 */
  omitted: number;
  diagnostics: Diagnostic[];
}
export interface ExplainReport { version: number; lang: Lang; files: ExplainFile[] }
export type NoteStatus = "mapped" | "differs" | "dropped";
export interface ConversionNote { line: number; subject: string; status: NoteStatus; message: string; message_i18n: Localized }
/** `to`: what `output` is (compose YAML, or docker commands). */
export interface Conversion {
  version: number; lang: Lang; to: "compose" | "run"; output: string; notes: ConversionNote[]; diagnostics: Diagnostic[];
}

/** What changed since the previous build (see `dockplay cache`). Every field is optional. */
export interface CacheOptions {
  lang?: Lang;
  /** context files whose content changed / that were added / removed */
  changed?: string[]; added?: string[]; removed?: string[];
  /** the previous Dockerfile (default: the same text) */
  previous?: string | null;
  /** other context files (inferred from COPY/ADD sources when empty) */
  context?: string[];
  dockerignore?: string | null;
  /** KEY=VALUE of this build and of the previous one (default: the same) */
  build_args?: string[]; previous_build_args?: string[] | null;
  /** build arguments whose value changed (value not needed) */
  changed_build_args?: string[];
  /** base images whose tag moved to a new digest ("*" for all) */
  base_moved?: string[];
  no_cache_filter?: string[]; target?: string | null; dockerfile_name?: string | null;
}
export type CacheStatus = "cached" | "maybe" | "rebuilt" | "skipped";
export interface CacheStep {
  line: number; end_line: number; keyword: string; instruction: string; status: CacheStatus;
  reason: string | null; reason_i18n: Localized | null; cause_line: number | null; layer: boolean;
}
export interface CacheStage {
  name: string | null; index: number; base: string; reachable: boolean; line: number;
  base_stage: number | null; copies_from: number[]; steps: CacheStep[];
}
export interface BuildArg { name: string; default: string | null; line: number }
export interface CacheLayer { line: number; instruction: string; kind: "base" | "layer" | "config"; status: CacheStatus | null }
export interface CacheSuggestion { message: string; message_i18n: Localized; fix: Fix; reordered: string }
export interface CacheReport {
  version: number; lang: Lang; target: number | null; stages: CacheStage[]; layers: CacheLayer[];
  log: string[]; counts: { cached: number; maybe: number; rebuilt: number; skipped: number };
  context: string[]; args: BuildArg[]; suggestion: CacheSuggestion | null; diagnostics: Diagnostic[];
}
export type Origin = "hadolint" | "buildkit" | "dockplay" | "compose" | "dclint" | "shellcheck";
export interface RuleInfo {
  id: string; name: string; severity: Severity; enabled_by_default: boolean; help_uri: string | null;
  origin: Origin; aliases: string[]; summary: Localized; why: Localized; fix: Localized;
  differs: Localized | null; bad: string; good: string; example_dockerignore: string | null;
  example_config: string | null; fixable: boolean; unsafe_fix: boolean; target: FileKind;
  reported_by: "rule" | "parser" | "loader" | "cache" | "input";
}
"#;

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    v.serialize(&ser)
        .map_err(|e| JsError::new(&e.to_string()).into())
}

/// A JS `TypeError` for an argument of the wrong type.
fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// `value` as a string, or a `TypeError` naming the argument.
fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| type_error(&format!("{name} must be a string")))
}

/// Options from a JS object (`undefined` and `null` give the defaults).
fn options_arg<T: Default + serde::de::DeserializeOwned>(value: JsValue) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() {
        return Err(type_error("options must be an object"));
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| type_error(&format!("options: {e}")))
}

/// Analysis options from a JS object, with `config` read into the rule configuration (a
/// TypeError when it is not a valid configuration).
fn analysis_options(value: JsValue) -> Result<Options, JsValue> {
    let mut options: Options = options_arg(value)?;
    if let Some(text) = options.config.take() {
        let config = crate::rules::Config::from_yaml(&text)
            .map_err(|e| type_error(&format!("options.config: {e}")))?;
        options.rules = Some(config);
    }
    Ok(options)
}

/// Analyse files; returns the same JSON as `dockplay check --format json`.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Report")]
pub fn analyze_js(
    #[wasm_bindgen(unchecked_param_type = "InputFile[]")] files: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    if !js_sys::Array::is_array(&files) {
        return Err(type_error("files must be an array of { name, text }"));
    }
    let files: Vec<InputFile> =
        serde_wasm_bindgen::from_value(files).map_err(|e| type_error(&format!("files: {e}")))?;
    let options = analysis_options(options)?;
    to_js(&crate::analyze(&files, &options))
}

/// Simulate the layer cache for a Dockerfile; the same JSON as `dockplay cache --format json`.
#[wasm_bindgen(js_name = simulateCache, unchecked_return_type = "CacheReport")]
pub fn simulate_cache_js(
    #[wasm_bindgen(unchecked_param_type = "string")] dockerfile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CacheOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let dockerfile = string_arg(&dockerfile, "dockerfile")?;
    let options: crate::analysis::cache::CacheOptions = options_arg(options)?;
    to_js(&crate::simulate_cache(&dockerfile, &options))
}

/// The catalogue `explain` reads: empty until `addCatalogue` fills it (the page loads one
/// language's file on demand, so the first load stays small).
fn catalogue() -> &'static std::sync::Mutex<crate::explain::Catalogue> {
    static CATALOGUE: std::sync::OnceLock<std::sync::Mutex<crate::explain::Catalogue>> =
        std::sync::OnceLock::new();
    CATALOGUE.get_or_init(Default::default)
}

/// Add a catalogue file (a JSON array of entries, as `pkg/catalogue.<lang>.json`); returns the
/// number of entries it held. Later entries replace earlier ones with the same key.
#[wasm_bindgen(js_name = addCatalogue)]
pub fn add_catalogue(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
) -> Result<usize, JsValue> {
    let json = string_arg(&json, "json")?;
    let mut cat = catalogue().lock().unwrap_or_else(|e| e.into_inner());
    cat.add_json(&json)
        .map_err(|e| js_sys::SyntaxError::new(&format!("catalogue: {e}")).into())
}

/// Explain files; the same JSON as `dockplay explain --format json`. Without a catalogue loaded
/// the items still carry their text and parts, but no general effects.
#[wasm_bindgen(js_name = explain, unchecked_return_type = "ExplainReport")]
pub fn explain_js(
    #[wasm_bindgen(unchecked_param_type = "InputFile[]")] files: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    if !js_sys::Array::is_array(&files) {
        return Err(type_error("files must be an array of { name, text }"));
    }
    let files: Vec<InputFile> =
        serde_wasm_bindgen::from_value(files).map_err(|e| type_error(&format!("files: {e}")))?;
    let options = analysis_options(options)?;
    let cat = catalogue().lock().unwrap_or_else(|e| e.into_inner());
    to_js(&crate::explain::files(&files, &options, &cat))
}

/// `docker run` lines → a compose file; the same JSON as `dockplay convert --to compose --format json`.
#[wasm_bindgen(js_name = convertDockerRun, unchecked_return_type = "Conversion")]
pub fn convert_docker_run(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let options = analysis_options(options)?;
    to_js(&crate::docker_run::convert::to_compose(&text, options.lang))
}

/// A compose file → docker commands; the same JSON as `dockplay convert --to run --format json`.
#[wasm_bindgen(js_name = composeToDockerRun, unchecked_return_type = "Conversion")]
pub fn compose_to_docker_run(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let options = analysis_options(options)?;
    to_js(&crate::docker_run::convert::to_run(
        &text,
        "compose.yaml",
        &options,
    ))
}

/// The network picture of a compose file as an SVG document (what `dockplay network --format
/// svg` prints); `null` when the file does not load into a project or has more than 200 services.
#[cfg(feature = "picture")]
#[wasm_bindgen(js_name = networkPicture, unchecked_return_type = "string | null")]
pub fn network_picture(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let options = analysis_options(options)?;
    Ok(crate::network_picture("compose.yaml", &text, &options)
        .map_or(JsValue::NULL, |s| JsValue::from_str(&s)))
}

/// Read a playground share link (`#v1/…`, with or without the `#`, or a whole URL ending in
/// one): `{ state }`, or `{ error }` with why in both languages when it is malformed, too
/// large or of an unknown version.
#[wasm_bindgen(js_name = decodeShareLink, unchecked_return_type = "ShareLinkResult")]
pub fn decode_share_link(
    #[wasm_bindgen(unchecked_param_type = "string")] link: JsValue,
) -> Result<JsValue, JsValue> {
    let link = string_arg(&link, "link")?;
    let hash = link.split_once('#').map_or(link.as_str(), |(_, h)| h);
    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Decoded {
        State(crate::share::ShareState),
        Error(crate::i18n::Text),
    }
    to_js(&match crate::share::decode(hash) {
        Ok(state) => Decoded::State(state),
        Err(e) => Decoded::Error(e.message()),
    })
}

/// BuildKit's AST dump of a Dockerfile (what `dockplay parse --dump` prints).
#[wasm_bindgen(js_name = parseDump)]
pub fn parse_dump(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<String, JsValue> {
    let text = string_arg(&text, "text")?;
    if text.len() > crate::dockerfile::MAX_DOCKERFILE {
        return Err(js_sys::RangeError::new("text is larger than 4 MiB").into());
    }
    Ok(crate::dockerfile::dump::dump(
        &crate::dockerfile::parse(&text).nodes,
    ))
}

/// Trap on purpose (`unreachable`): lets tests check that the wrapper in `index.js` recovers
/// the instance after a trap. Never called by the API itself.
#[wasm_bindgen(js_name = __trapForTesting)]
pub fn trap_for_testing() {
    std::process::abort();
}

/// Every code with its default severity and bilingual documentation (`dockplay rules --format
/// json`).
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&crate::rules::registry::registry())
}

/// The version of the core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
