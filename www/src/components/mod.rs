//! The page's components.

pub mod cache_controls;
pub mod cache_view;
pub mod context_files;
pub mod docker_run_view;
pub mod editor;
pub mod explain_view;
pub mod lang_switch;
pub mod large_editor;
pub mod network_picture;
pub mod network_view;
pub mod problem_card;
pub mod problems;
pub mod stage_graph;
pub mod summary;
pub mod tabs;
pub mod textarea_editor;
pub mod toolbar;
