//! The newslens runner as a library: configuration, readers, the engine that runs the
//! analyzers on one article, the batch pipeline, and the commands of the `newslens`
//! binary. The binary (`main.rs`) only parses the command line; tests, benchmarks and
//! fuzz targets use these modules directly.

pub mod check;
pub mod commands;
pub mod config;
pub mod engine;
pub mod eval;
pub mod output;
pub mod plugins;
pub mod read;
pub mod record;
pub mod registry;
pub mod run;
pub mod train;
