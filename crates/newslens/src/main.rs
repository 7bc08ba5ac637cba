//! `newslens`: batch-analyze folders of news articles.
//!
//! Exit status: 0 when every article was analyzed without error; 1 when the run
//! finished but at least one article has an error in its record; 2 when the run could
//! not start or stopped (bad arguments, bad configuration, unwritable output); 141 when
//! the reader closed standard output early (`newslens run … | head`), quietly, as a
//! SIGPIPE would end a Unix tool.

use newslens::{commands, eval, train};

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: analyzers allocate many small strings and
/// vectors per article, and glibc's malloc/free took 14 % of a run's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Who is quoted saying what, which dates a story talks about, how positive or
/// negative it is, and its stance toward the targets you care about.
#[derive(Parser)]
#[command(name = "newslens", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze articles (files, folders, or `-` for JSON Lines on stdin) into JSON Lines.
    Run(commands::run::Args),
    /// Show one article's analysis in a readable form.
    Analyze(commands::analyze::Args),
    /// Write an analyzers.toml listing every built-in analyzer and its options.
    Init(commands::init::Args),
    /// List the available analyzers with version, requirements and options.
    Analyzers(commands::list::Args),
    /// Measure each analyzer's throughput (MB/s per core) on a corpus.
    Bench(commands::bench::Args),
    /// Write analyzer output in other formats (TimeML).
    #[command(subcommand)]
    Export(commands::export::ExportCommand),
    /// Score an analyzer against a gold set.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Train a learned component from development data.
    #[command(subcommand)]
    Train(train::TrainCommand),
    /// Create a custom analyzer (plugin) crate that builds and loads as it is.
    NewPlugin(commands::new_plugin::Args),
    /// Serve one plugin in this process over JSON Lines (started by newslens itself
    /// for `isolation = "process"`).
    #[command(hide = true)]
    PluginHost(commands::new_plugin::HostArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => commands::run::main(args),
        Command::Analyze(args) => commands::analyze::main(args),
        Command::Init(args) => commands::init::main(args),
        Command::Analyzers(args) => commands::list::main(args),
        Command::Bench(args) => commands::bench::main(args),
        Command::Export(cmd) => commands::export::main(cmd),
        Command::Eval(cmd) => eval::main(cmd),
        Command::Train(cmd) => train::main(cmd),
        Command::NewPlugin(args) => commands::new_plugin::main(args),
        Command::PluginHost(args) => commands::new_plugin::host(args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::from(141),
        Err(e) => {
            eprintln!("newslens: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether an error comes from writing to a pipe whose reader has gone (`| head`).
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
