//! The dockplay playground: a Yew single-page app that calls the core through its public API.

mod app;
mod state;
mod components;
mod example;
mod i18n;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
