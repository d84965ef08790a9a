//! Analyses over the models: the compose network graph and port table, the cache-order lesson.

pub mod cache;
pub(crate) mod cache_order;
pub mod network;
#[cfg(feature = "picture")]
pub mod picture;
