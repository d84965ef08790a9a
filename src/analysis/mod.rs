//! Analyses over the models: the compose network graph and port table.

pub mod network;
pub mod shell;
