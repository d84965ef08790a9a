//! The dockplay playground: a Yew single-page app that calls the core through its public API.

mod app;
mod components;
mod example;
mod i18n;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
