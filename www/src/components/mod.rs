//! The page's components.

pub mod cache_view;
pub mod diagnostics;
pub mod editor;
pub mod lang_switch;
pub mod network_view;
pub mod summary;
pub mod tabs;
