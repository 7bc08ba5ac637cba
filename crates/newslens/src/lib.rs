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

/// `println!` that returns the write error instead of panicking: a reader that closes
/// standard output early (`newslens analyzers | head`) ends the command quietly (see
/// `main`), not with a panic. Use as `outln!(...)?;`.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
    }};
}

/// `print!` counterpart of [`outln!`].
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout().lock(), $($arg)*)
    }};
}
