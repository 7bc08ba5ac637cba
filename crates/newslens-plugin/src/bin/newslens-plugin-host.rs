//! `newslens-plugin-host --library PATH`: serves one plugin over JSON Lines on standard
//! input/output (the child side of `isolation = "process"`). The `newslens` binary has
//! the same as its hidden `plugin-host` subcommand.

fn main() {
    std::process::exit(newslens_plugin::plugin_host_main(
        std::env::args_os().skip(1),
    ));
}
