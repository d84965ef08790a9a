//! The embeddable widget (`<dockplay-widget>`, `pkg/widget.js`): the playground's state, editor
//! and panels for one example in a docs page, rendered into the element's shadow root. Only the
//! widget build has it (the `widget` feature), so the playground's own module stays as small.
//! Every widget of a page runs in this one module and shares one analysis worker; none of them
//! touches the page's address, storage, title or language.

use crate::components::tabs::{panel_id, tab_id, tabs, TabItem, TabsProps};
use crate::hooks::{share_link, use_analysis, use_open_file, use_rule_docs, use_toast_expiry};
use crate::i18n::{problem_count, t, Ui};
use crate::protocol::Project;
use crate::state::{Action, Panel, State, Tab};
use crate::view::{announcements, editor_view, side_view, tab_items};
use dockplay::i18n::Lang;
use dockplay::share::ShareState;
use serde::Deserialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// What the element hands over: its sources and attributes, read by `widget.js`.
#[derive(Deserialize, Clone, PartialEq, Default, Debug)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The files, build settings, language and first panel, as in a share link.
    pub state: ShareState,
    /// The panels offered, in order (`problems`, `explain`, `cache` or `layers`, `network` or
    /// `ports`); none named: those that apply to the files.
    pub panels: Vec<String>,
    pub readonly: bool,
    /// Lines (1-based) highlighted in the editor.
    pub highlight: Vec<usize>,
    /// The playground page the "Open in playground" link goes to.
    pub playground: String,
    /// The widget's accessible name (its `aria-label`, else the files').
    pub label: Option<String>,
}

/// The file tabs a widget can show.
const FILE_TABS: [Tab; 4] = [Tab::Dockerfile, Tab::Compose, Tab::Dockerignore, Tab::Env];

impl Options {
    fn project(&self) -> Project {
        let mut p = Project::from_share(&self.state);
        for f in &self.state.changed {
            if !p.context.contains(f) {
                p.context.push(f.clone());
            }
        }
        p.line_feeds_only();
        p
    }

    /// The file tabs shown: those with a source (the Dockerfile when there is none).
    fn files(&self) -> Vec<Tab> {
        let p = Project::from_share(&self.state);
        let tabs: Vec<Tab> = FILE_TABS
            .into_iter()
            .filter(|tab| tab.text(&p).is_some_and(|t| !t.is_empty()))
            .collect();
        if tabs.is_empty() {
            vec![Tab::Dockerfile]
        } else {
            tabs
        }
    }

    /// The panels offered, in order.
    fn panels(&self) -> Vec<Panel> {
        let named = self.panels.iter().filter_map(|name| match name.trim() {
            "problems" => Some(Panel::Problems),
            "explain" => Some(Panel::Explain),
            "cache" | "layers" => Some(Panel::Cache),
            "network" | "ports" => Some(Panel::Network),
            _ => None,
        });
        let mut out: Vec<Panel> = Vec::new();
        for p in named {
            if !out.contains(&p) {
                out.push(p);
            }
        }
        if out.is_empty() {
            let files = self.files();
            out = vec![Panel::Problems, Panel::Explain];
            if files.contains(&Tab::Dockerfile) {
                out.push(Panel::Cache);
            }
            if files.contains(&Tab::Compose) {
                out.push(Panel::Network);
            }
        }
        out
    }

    /// The panel open first: the one the state names if offered, else the first offered.
    fn first_panel(&self) -> Panel {
        let panels = self.panels();
        self.state
            .panel
            .as_deref()
            .map(Panel::parse)
            .filter(|p| panels.contains(p))
            .unwrap_or(panels[0])
    }

    fn lang(&self) -> Lang {
        self.state
            .lang
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or(Lang::En)
    }

    fn look(&self) -> Action {
        Action::Look {
            readonly: self.readonly,
            highlight: self.highlight.clone().into(),
        }
    }

    /// What makes `state` show these options' files (the first of them open).
    fn open(&self) -> Vec<Action> {
        let first = self.files()[0];
        vec![
            Action::Open {
                project: Box::new(self.project()),
                lang: Some(self.lang()),
                panel: Some(self.first_panel()),
            },
            Action::SelectTab(first),
        ]
    }

    /// What changes a widget showing `self` into one showing `new`.
    fn changes(&self, new: &Options) -> Vec<Action> {
        let (mut old_state, mut new_state) = (self.state.clone(), new.state.clone());
        (
            old_state.lang,
            new_state.lang,
            old_state.panel,
            new_state.panel,
        ) = (None, None, None, None);
        let mut out = Vec::new();
        if old_state != new_state {
            out.extend(new.open());
        }
        if self.lang() != new.lang() {
            out.push(Action::SetLang(new.lang()));
        }
        if self.panels() != new.panels() || self.state.panel != new.state.panel {
            out.push(Action::SelectPanel(new.first_panel()));
        }
        if (self.readonly, &self.highlight) != (new.readonly, &new.highlight) {
            out.push(new.look());
        }
        out
    }
}

/// What the host page reads back: the files as edited and the latest report.
pub struct Outbox {
    files: RefCell<Project>,
    report: RefCell<Option<String>>,
    /// Called with the JSON of each new report (the element fires `dockplay-analysis`).
    on_analysis: js_sys::Function,
}

#[derive(Properties)]
pub struct WidgetProps {
    pub options: Rc<Options>,
    pub worker: web_sys::Worker,
    pub outbox: Rc<Outbox>,
}

impl PartialEq for WidgetProps {
    fn eq(&self, other: &Self) -> bool {
        self.options == other.options
            && self.worker == other.worker
            && Rc::ptr_eq(&self.outbox, &other.outbox)
    }
}

fn initial_state(options: &Options) -> State {
    let mut s = State::default();
    for a in options.open() {
        s = s.apply(a);
    }
    s.apply(options.look())
}

/// Later options (changed attributes or sources) change the state.
#[hook]
fn use_options(state: &UseReducerHandle<State>, options: &Rc<Options>) {
    let shown = use_mut_ref(|| options.clone());
    let d = state.dispatcher();
    use_effect_with(options.clone(), move |new| {
        let changes = shown.borrow().changes(new);
        *shown.borrow_mut() = new.clone();
        for a in changes {
            d.dispatch(a);
        }
    });
}

/// The host page's copy of the files and of the report (and its event) follow the state.
#[hook]
fn use_outbox(state: &UseReducerHandle<State>, outbox: &Rc<Outbox>) {
    {
        let outbox = outbox.clone();
        use_effect_with(state.project.clone(), move |p| {
            *outbox.files.borrow_mut() = (**p).clone();
        });
    }
    let outbox = outbox.clone();
    use_effect_with(state.analysis.clone(), move |a| {
        let Some(a) = a else { return };
        let report = serde_json::json!({ "report": &a.report, "cache": &a.cache });
        let json = report.to_string();
        *outbox.report.borrow_mut() = Some(json.clone());
        let _ = outbox
            .on_analysis
            .call1(&JsValue::NULL, &JsValue::from_str(&json));
    });
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer(|| initial_state(&props.options));
    use_options(&state, &props.options);
    use_analysis(&props.worker, &state);
    use_toast_expiry(&state);
    use_outbox(&state, &props.outbox);
    let docs = use_rule_docs(state.lang);
    let (lang, tab, d) = (state.lang, state.tab, state.dispatcher());
    let (text, diags) = use_open_file(&state);
    let files = props.options.files();
    let panels = props.options.panels();
    let (file_items, panel_items) = tab_items(&state);
    // The tabs in the widget's order (the panels as the author listed them).
    let pick = |items: Vec<TabItem>, keys: Vec<&str>| -> Vec<TabItem> {
        (keys.into_iter())
            .filter_map(|k| items.iter().find(|i| i.key == k).cloned())
            .collect()
    };
    let file_items = pick(file_items, files.iter().map(|f| f.id()).collect());
    let panel_items = pick(panel_items, panels.iter().map(|p| p.id()).collect());
    let link = {
        let s = (*state).clone();
        use_memo(
            (state.revision, lang, state.panel, state.fresh()),
            move |_| share_link(&s),
        )
    };
    let href = (link.len() <= dockplay::share::MAX_LINK)
        .then(|| format!("{}#{}", props.options.playground, link));
    let label = props.options.label.clone().unwrap_or_else(|| {
        let names: Vec<&str> = files.iter().map(|f| f.file_name()).collect();
        let gap = if lang == Lang::Zh { "" } else { " " };
        format!("{}{gap}{}", t(lang, Ui::WidgetLabel), names.join(", "))
    });
    let busy = !state.fresh();
    let total = state.problem_total();
    let editor = editor_view(&state, text.clone(), diags, docs);
    let side = side_view(&state, text);
    let files_for_select = files.clone();
    let panels_for_select = panels.clone();
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class={classes!("widget", state.readonly.then_some("readonly"))} role="region" aria-label={label}
            lang={if lang == Lang::Zh { "zh-CN" } else { "en" }}>
            <div class="widget-body">
                <section class="editor-pane" aria-label={t(lang, Ui::Files)}>
                    if file_items.len() > 1 {
                        { tabs(TabsProps { prefix: "file".into(), label: t(lang, Ui::Files).into(), items: file_items,
                            selected: files.iter().position(|x| *x == tab).unwrap_or(0),
                            on_select: { let d = d.clone(); Callback::from(move |i: usize| d.dispatch(Action::SelectTab(files_for_select[i]))) } }) }
                    }
                    <div class="tab-panel" role="tabpanel" id={panel_id("file", tab.id())} aria-labelledby={tab_id("file", tab.id())}>
                        { editor }
                    </div>
                </section>
                <section class="side-pane" aria-label={t(lang, Ui::Results)}>
                    { tabs(TabsProps { prefix: "panel".into(), label: t(lang, Ui::Results).into(), items: panel_items,
                        selected: panels.iter().position(|x| *x == state.panel).unwrap_or(0),
                        on_select: { let d = d.clone(); Callback::from(move |i: usize| d.dispatch(Action::SelectPanel(panels_for_select[i]))) } }) }
                    <div class="tab-panel side-panel" role="tabpanel" id={panel_id("panel", state.panel.id())}
                        aria-labelledby={tab_id("panel", state.panel.id())} aria-busy={busy.to_string()}>
                        { side }
                    </div>
                </section>
            </div>
            <div class="widget-foot">
                <span class="widget-count">{ if busy { t(lang, Ui::Analysing).to_string() } else { problem_count(lang, total) } }</span>
                if let Some(href) = href {
                    <a class="open-playground" {href} target="_blank" rel="noopener">{ t(lang, Ui::OpenInPlayground) }</a>
                } else {
                    <span class="hint">{ t(lang, Ui::TooLargeToShare) }</span>
                }
            </div>
            { announcements(&state, busy, total) }
        </div>
        </ContextProvider<Lang>>
    }
}

/// One widget on the page, as `widget.js` holds it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<Widget>>,
    outbox: Rc<Outbox>,
    worker: web_sys::Worker,
}

fn parse(options: &str) -> Result<Options, JsValue> {
    serde_json::from_str(options).map_err(|e| JsValue::from_str(&format!("dockplay-widget: {e}")))
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Show new options (the element's attributes or sources changed).
    pub fn update(&mut self, options: &str) -> Result<(), JsValue> {
        let options = Rc::new(parse(options)?);
        if let Some(app) = self.app.as_mut() {
            app.update(WidgetProps {
                options,
                worker: self.worker.clone(),
                outbox: self.outbox.clone(),
            });
        }
        Ok(())
    }

    /// The files as the reader left them: JSON `{ dockerfile, compose, dockerignore, env }`.
    pub fn files(&self) -> String {
        let p = self.outbox.files.borrow();
        serde_json::json!({
            "dockerfile": p.dockerfile, "compose": p.compose,
            "dockerignore": p.dockerignore, "env": p.env,
        })
        .to_string()
    }

    /// The JSON of the latest report (`{ report, cache }`), once there is one.
    pub fn report(&self) -> Option<String> {
        self.outbox.report.borrow().clone()
    }

    /// Take the widget off the page (its analyser leaves the shared worker).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Where the module's other files are (the directory of `widget.js`), the function that
/// imports the large-file editor's module and the compiled module itself (the Explain panel's
/// and the network picture's worker starts from it); called once, before the first widget.
#[wasm_bindgen]
pub fn widget_setup(load_large_editor: js_sys::Function, assets: String, module: JsValue) {
    crate::codemirror::set_loader(load_large_editor);
    crate::browser::set_assets(assets);
    crate::engine::set_module(module);
}

/// Render a widget into `root` (an element of its shadow root) with `options` (the JSON of
/// [`Options`]), its analysis done by the page's shared `worker`; `on_analysis` gets the JSON
/// of each report.
#[wasm_bindgen]
pub fn mount_widget(
    root: web_sys::Element,
    options: &str,
    worker: web_sys::Worker,
    on_analysis: js_sys::Function,
) -> Result<WidgetHandle, JsValue> {
    let options = Rc::new(parse(options)?);
    let outbox = Rc::new(Outbox {
        files: RefCell::new(options.project()),
        report: RefCell::new(None),
        on_analysis,
    });
    let props = WidgetProps {
        options,
        worker: worker.clone(),
        outbox: outbox.clone(),
    };
    let app = yew::Renderer::<Widget>::with_root_and_props(root, props).render();
    Ok(WidgetHandle {
        app: Some(app),
        outbox,
        worker,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(json: &str) -> Options {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_panels_offered_follow_the_files_unless_named() {
        let df = options(r#"{"state":{"files":[{"name":"Dockerfile","text":"FROM a\n"}]}}"#);
        assert_eq!(df.panels(), [Panel::Problems, Panel::Explain, Panel::Cache]);
        assert_eq!(df.files(), [Tab::Dockerfile]);
        let named = options(
            r#"{"panels":["ports","bogus","problems","network"],"state":{"panel":"cache","files":[{"name":"compose.yaml","text":"services: {}\n"}]}}"#,
        );
        assert_eq!(named.panels(), [Panel::Network, Panel::Problems]);
        // A first panel that is not offered gives way to the first offered.
        assert_eq!(named.first_panel(), Panel::Network);
        assert_eq!(named.files(), [Tab::Compose]);
    }

    #[test]
    fn a_widget_opens_its_own_files_not_a_lesson() {
        let o = options(
            r#"{"readonly":true,"highlight":[2],"state":{"lang":"zh","changed":["app.py"],"files":[{"name":".env","text":"A=1\r\n"}]}}"#,
        );
        let s = initial_state(&o);
        assert_eq!(s.project.env, "A=1\n");
        assert_eq!(s.project.dockerfile, "");
        assert_eq!(s.project.context, ["app.py"]);
        assert_eq!((s.tab, s.lang, s.readonly), (Tab::Env, Lang::Zh, true));
        assert_eq!(&*s.highlight, &[2]);
        // Read-only: typing changes nothing.
        let typed = s.apply(Action::Edit {
            tab: Tab::Env,
            text: "B=2".into(),
            replaced_all: false,
        });
        assert_eq!(typed.project.env, "A=1\n");
    }

    #[test]
    fn changed_attributes_become_actions() {
        let a = options(r#"{"state":{"files":[{"name":"Dockerfile","text":"FROM a\n"}]}}"#);
        let lang_only =
            options(r#"{"state":{"lang":"zh","files":[{"name":"Dockerfile","text":"FROM a\n"}]}}"#);
        assert!(matches!(
            a.changes(&lang_only).as_slice(),
            [Action::SetLang(Lang::Zh)]
        ));
        let new_text = options(r#"{"state":{"files":[{"name":"Dockerfile","text":"FROM b\n"}]}}"#);
        let s = initial_state(&a);
        let s = a.changes(&new_text).into_iter().fold(s, |s, x| s.apply(x));
        assert_eq!(s.project.dockerfile, "FROM b\n");
        assert!(a.changes(&a).is_empty());
    }
}
