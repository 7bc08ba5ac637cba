//! The plugin host process: loads one plugin library and serves it over JSON Lines on
//! standard input and output (see [`crate::protocol`]). The `newslens` binary runs it
//! as its hidden `plugin-host` subcommand; `newslens-plugin-host` is the same as a
//! standalone binary.

use crate::library::PluginLibrary;
use crate::protocol::{AnalyzeReply, CreateRequest, StartReply};
use crate::wire::check_output;
use newslens_core::AnalyzerError;
use std::ffi::OsString;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// Runs the plugin host for `library` until standard input closes; returns the exit
/// code (0 after a clean end, 2 when the plugin could not be loaded or created).
pub fn run_plugin_host(library: &Path) -> i32 {
    let mut out = protocol_output();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut line = Vec::new();

    if read_line(&mut input, &mut line) == 0 {
        return 0;
    }
    let options = match serde_json::from_slice::<CreateRequest>(&line) {
        Ok(request) => request.options,
        Err(e) => {
            let reply = StartReply::LoadError(format!("bad create request: {e}"));
            send(&mut out, &reply);
            return 2;
        }
    };
    let library = match PluginLibrary::open(library) {
        Ok(library) => library,
        Err(e) => {
            send(&mut out, &StartReply::LoadError(e.to_string()));
            return 2;
        }
    };
    let instance = match library.create(&options) {
        Ok(instance) => instance,
        Err(e) => {
            let reply = StartReply::ConfigError {
                key: e.key,
                message: e.message,
            };
            send(&mut out, &reply);
            return 2;
        }
    };
    let name = library.manifest().name.clone();
    if !send(&mut out, &StartReply::Ready(library.manifest().clone())) {
        return 0;
    }
    while read_line(&mut input, &mut line) > 0 {
        let on_output = |bytes: &[u8]| check_output(&name, bytes).map(|()| ok_reply_line(bytes));
        let sent = match instance.analyze(&line, on_output) {
            Ok(reply) => out.write_all(&reply).and_then(|()| out.flush()).is_ok(),
            Err(AnalyzerError::Failed(message)) => send(&mut out, &AnalyzeReply::Error(message)),
            Err(other) => send(&mut out, &AnalyzeReply::Error(other.to_string())),
        };
        if !sent {
            break;
        }
    }
    0
}

/// The reply line for a checked output object, passed on as it is: `{"ok":` + bytes +
/// `}` and a newline. Raw line breaks in valid JSON are white space, so they become
/// spaces and the reply stays on one line.
fn ok_reply_line(output: &[u8]) -> Vec<u8> {
    let mut reply = Vec::with_capacity(output.len() + 8);
    reply.extend_from_slice(b"{\"ok\":");
    reply.extend(
        output
            .iter()
            .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b }),
    );
    reply.extend_from_slice(b"}\n");
    reply
}

/// The entry point for a binary: parses `--library PATH` from `args` (program name
/// already removed) and runs [`run_plugin_host`].
pub fn plugin_host_main(args: impl IntoIterator<Item = OsString>) -> i32 {
    let mut args = args.into_iter();
    let mut library: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        if arg == "--library" {
            library = args.next().map(PathBuf::from);
        } else {
            eprintln!("newslens plugin host: unexpected argument {arg:?}");
            return 64;
        }
    }
    match library {
        Some(path) => run_plugin_host(&path),
        None => {
            eprintln!(
                "usage: plugin-host --library PATH (started by newslens for isolation = \"process\")"
            );
            64
        }
    }
}

/// Reads one line (without its newline) into `line`; returns the bytes read (0 at end).
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> usize {
    line.clear();
    let n = input.read_until(b'\n', line).unwrap_or(0);
    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        line.pop();
    }
    n
}

/// Writes one reply line; false when the host is gone.
fn send(out: &mut impl Write, reply: &impl serde::Serialize) -> bool {
    let mut bytes = serde_json::to_vec(reply).unwrap_or_else(|e| {
        serde_json::to_vec(&AnalyzeReply::Error(format!(
            "cannot encode the reply: {e}"
        )))
        .unwrap_or_default()
    });
    bytes.push(b'\n');
    out.write_all(&bytes).and_then(|()| out.flush()).is_ok()
}

/// The channel to the host: the original standard output. On Unix, file descriptor 1
/// is then pointed at standard error, so a plugin's own prints cannot corrupt the
/// protocol.
fn protocol_output() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::FromRawFd;
        extern "C" {
            fn dup(fd: i32) -> i32;
            fn dup2(from: i32, to: i32) -> i32;
        }
        let _ = std::io::stdout().flush();
        // SAFETY: plain POSIX calls on the process's own standard descriptors.
        let saved = unsafe { dup(1) };
        if saved >= 0 && unsafe { dup2(2, 1) } >= 0 {
            // SAFETY: `saved` is a fresh descriptor that nothing else owns.
            let file = unsafe { std::fs::File::from_raw_fd(saved) };
            return Box::new(std::io::BufWriter::new(file));
        }
    }
    Box::new(std::io::stdout())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pretty_outputs_pass_on_one_line() {
        let output = json!({"text": "two\nlines", "list": [1, {"a": "\r"}]});
        let pretty = serde_json::to_vec_pretty(&output).unwrap();
        assert!(pretty.contains(&b'\n'));
        let line = ok_reply_line(&pretty);
        assert_eq!(line.iter().filter(|b| **b == b'\n').count(), 1);
        assert!(line.ends_with(b"\n"));
        match serde_json::from_slice::<AnalyzeReply>(&line).unwrap() {
            AnalyzeReply::Ok(back) => assert_eq!(back, output),
            other => panic!("{other:?}"),
        }
    }
}
