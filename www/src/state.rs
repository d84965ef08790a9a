//! The page's state and the actions that change it: a reducer, as in Yew's `function_todomvc`.
//! Pure data, so it is tested natively (`cargo test -p dockplay-www`).

use crate::example;
use dockplay::i18n::Lang;
use std::rc::Rc;

/// The editable files.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Dockerfile,
    Compose,
    Env,
}

impl Tab {
    /// All tabs, in order.
    pub const ALL: [Tab; 3] = [Tab::Dockerfile, Tab::Compose, Tab::Env];

    /// The file name shown on the tab and given to the analysis.
    pub fn file_name(self) -> &'static str {
        match self {
            Tab::Dockerfile => "Dockerfile",
            Tab::Compose => "compose.yaml",
            Tab::Env => ".env",
        }
    }

    /// Its index in [`State::sources`].
    pub fn index(self) -> usize {
        match self {
            Tab::Dockerfile => 0,
            Tab::Compose => 1,
            Tab::Env => 2,
        }
    }
}

/// A range of the editor to select (UTF-16 offsets, as the textarea counts).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Selection {
    pub start: u32,
    pub end: u32,
    /// Changes on every pick, so picking the same problem twice selects again.
    pub nonce: u32,
}

/// Everything the page shows that the user can change.
#[derive(Clone, PartialEq, Debug)]
pub struct State {
    /// The Dockerfile, the compose file and its `.env`, by [`Tab::index`].
    pub sources: Rc<[String; 3]>,
    /// The tab shown in the editor.
    pub tab: Tab,
    /// The interface language.
    pub lang: Lang,
    /// The range to select in the editor, when a problem was picked.
    pub selection: Option<Selection>,
    /// Context files marked as changed since the last build (for the cache view).
    pub changed: Rc<Vec<String>>,
}

impl Default for State {
    /// The example files, the Dockerfile tab, English, the example's app code marked changed.
    fn default() -> Self {
        State {
            sources: Rc::new([
                example::DOCKERFILE.to_string(),
                example::COMPOSE.to_string(),
                example::ENV.to_string(),
            ]),
            tab: Tab::Dockerfile,
            lang: Lang::En,
            selection: None,
            changed: Rc::new(vec![example::CHANGED_FILE.to_string()]),
        }
    }
}

/// What the user does.
#[derive(Clone, PartialEq, Debug)]
pub enum Action {
    /// The open tab's text was edited.
    Edit(String),
    /// Another tab was chosen (the selection is dropped).
    SelectTab(Tab),
    /// The interface language was switched.
    SetLang(Lang),
    /// A problem was picked: select its range (UTF-16 offsets). A compose problem picked while
    /// the `.env` tab is open shows the compose file.
    Pick { start: usize, end: usize },
    /// A context file was ticked or unticked as changed.
    ToggleChanged(String),
    /// A context file was added, marked as changed.
    AddChanged(String),
    /// The Dockerfile was replaced (the suggested order applied).
    ReplaceDockerfile(String),
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Edit(text) => {
                let mut sources = (*self.sources).clone();
                sources[self.tab.index()] = text;
                next.sources = Rc::new(sources);
            }
            Action::SelectTab(tab) => {
                next.tab = tab;
                next.selection = None;
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Pick { start, end } => {
                if self.tab == Tab::Env {
                    next.tab = Tab::Compose;
                }
                next.selection = Some(Selection {
                    start: start as u32,
                    end: end.max(start) as u32,
                    nonce: self.selection.map_or(0, |s| s.nonce.wrapping_add(1)),
                });
            }
            Action::ToggleChanged(file) => {
                let mut changed = (*self.changed).clone();
                match changed.iter().position(|x| *x == file) {
                    Some(i) => {
                        changed.remove(i);
                    }
                    None => changed.push(file),
                }
                next.changed = Rc::new(changed);
            }
            Action::AddChanged(file) => {
                if !self.changed.contains(&file) {
                    let mut changed = (*self.changed).clone();
                    changed.push(file);
                    next.changed = Rc::new(changed);
                }
            }
            Action::ReplaceDockerfile(text) => {
                let mut sources = (*self.sources).clone();
                sources[Tab::Dockerfile.index()] = text;
                next.sources = Rc::new(sources);
            }
        }
        next
    }
}

impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_changes_only_the_open_tab() {
        let s = State::default().apply(Action::SelectTab(Tab::Compose));
        let s = s.apply(Action::Edit("services: {}\n".into()));
        assert_eq!(s.sources[1], "services: {}\n");
        assert_eq!(s.sources[0], example::DOCKERFILE);
    }

    #[test]
    fn picking_selects_and_picking_again_selects_again() {
        let s = State::default().apply(Action::Pick { start: 5, end: 2 });
        let first = s.selection.unwrap();
        assert_eq!(
            (first.start, first.end),
            (5, 5),
            "an empty range, never backwards"
        );
        let again = s
            .apply(Action::Pick { start: 5, end: 2 })
            .selection
            .unwrap();
        assert_ne!(first.nonce, again.nonce);
        let s = s.apply(Action::SelectTab(Tab::Env));
        assert_eq!(s.selection, None, "a new tab drops the selection");
        let s = s.apply(Action::Pick { start: 1, end: 3 });
        assert_eq!(
            s.tab,
            Tab::Compose,
            "a compose problem picked from .env shows compose.yaml"
        );
    }

    #[test]
    fn changed_files_toggle_and_add_once() {
        let s = State::default();
        assert_eq!(*s.changed, [example::CHANGED_FILE]);
        let s = s.apply(Action::ToggleChanged(example::CHANGED_FILE.into()));
        assert!(s.changed.is_empty());
        let s = s.apply(Action::AddChanged("a.txt".into()));
        let s = s.apply(Action::AddChanged("a.txt".into()));
        assert_eq!(*s.changed, ["a.txt"]);
    }

    #[test]
    fn the_suggested_order_replaces_the_dockerfile_from_any_tab() {
        let s = State::default().apply(Action::SelectTab(Tab::Env));
        let s = s.apply(Action::ReplaceDockerfile("FROM x\n".into()));
        assert_eq!(s.sources[0], "FROM x\n");
        assert_eq!(s.tab, Tab::Env);
        assert_eq!(s.apply(Action::SetLang(Lang::Zh)).lang, Lang::Zh);
    }
}
