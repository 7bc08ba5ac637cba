//! A plugin run in child processes (`isolation = "process"`): the host side. Each child
//! is a plugin host (see [`crate::host_main`]) speaking [`crate::protocol`]; a crash,
//! abort or overdue call costs the article at hand, and the next article gets a fresh
//! child. Several children serve concurrent calls (one per busy runner thread).

use crate::error::PluginError;
use crate::library::package_hint;
use crate::protocol::{AnalyzeReply, CreateRequest, StartReply};
use crate::wire::{encode_input, Manifest};
use newslens_core::{
    AnalyzerError, AnalyzerInstance, AnalyzerOutput, ConfigError, Document, Outputs,
};
use serde_json::{Map, Value};
use std::ffi::OsString;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

/// How long a child may take to load the library and create the analyzer.
pub const START_TIMEOUT: Duration = Duration::from_secs(60);

/// The command that starts a plugin host; `--library PATH` is appended.
#[derive(Debug, Clone, PartialEq)]
pub struct HostCommand {
    /// The program.
    pub program: PathBuf,
    /// Arguments before `--library PATH`.
    pub args: Vec<OsString>,
}

impl HostCommand {
    /// The running executable's hidden `plugin-host` subcommand (the `newslens` binary).
    pub fn current_exe() -> std::io::Result<Self> {
        Ok(HostCommand {
            program: std::env::current_exe()?,
            args: vec!["plugin-host".into()],
        })
    }

    /// A standalone host binary such as `newslens-plugin-host`.
    pub fn program(program: impl Into<PathBuf>) -> Self {
        HostCommand {
            program: program.into(),
            args: Vec::new(),
        }
    }
}

/// What every child of one plugin is started with.
#[derive(Debug)]
struct ChildSetup {
    host: HostCommand,
    library: PathBuf,
    create_line: Vec<u8>,
}

/// One running plugin host.
struct ChildProcess {
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<String>,
}

/// Why a request got no answer.
enum Failure {
    /// The process ended (crash, abort, exit): its description.
    Died(String),
    /// No answer within the limit.
    TimedOut,
}

impl ChildProcess {
    /// Starts a child and waits for its answer to the create request.
    fn start(setup: &ChildSetup) -> Result<(ChildProcess, StartReply), PluginError> {
        let mut child = Command::new(&setup.host.program)
            .args(&setup.host.args)
            .arg("--library")
            .arg(&setup.library)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| PluginError::Spawn {
                program: setup.host.program.display().to_string(),
                reason: e.to_string(),
            })?;
        let stdin = child.stdin.take().expect("piped");
        let stdout = child.stdout.take().expect("piped");
        let (tx, lines) = mpsc::channel();
        std::thread::Builder::new()
            .name("plugin-host-reader".to_string())
            .spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            })
            .map_err(|e| PluginError::Spawn {
                program: setup.host.program.display().to_string(),
                reason: format!("cannot start a reader thread: {e}"),
            })?;
        let mut process = ChildProcess {
            child,
            stdin,
            lines,
        };
        let child_error = |message: String| PluginError::Child {
            path: setup.library.clone(),
            message,
        };
        let line = match process.request(&setup.create_line, Some(START_TIMEOUT)) {
            Ok(line) => line,
            Err(Failure::Died(how)) => {
                return Err(child_error(format!(
                "the plugin host {how} while loading the plugin (is `{}` a newslens plugin host?)",
                setup.host.program.display()
            )))
            }
            Err(Failure::TimedOut) => {
                return Err(child_error(format!(
                    "no answer after {} s while loading the plugin",
                    START_TIMEOUT.as_secs()
                )))
            }
        };
        let reply = serde_json::from_str::<StartReply>(&line)
            .map_err(|e| child_error(format!("unexpected answer ({e}): {line}")))?;
        Ok((process, reply))
    }

    /// Sends one line and waits for one line back, at most `limit`.
    fn request(&mut self, line: &[u8], limit: Option<Duration>) -> Result<String, Failure> {
        let sent = self
            .stdin
            .write_all(line)
            .and_then(|()| self.stdin.write_all(b"\n"))
            .and_then(|()| self.stdin.flush());
        if sent.is_err() {
            return Err(Failure::Died(self.how_it_ended()));
        }
        let answer = match limit {
            Some(limit) => self.lines.recv_timeout(limit).map_err(|e| match e {
                mpsc::RecvTimeoutError::Timeout => None,
                mpsc::RecvTimeoutError::Disconnected => Some(()),
            }),
            None => self.lines.recv().map_err(|_| Some(())),
        };
        match answer {
            Ok(line) => Ok(line),
            Err(None) => Err(Failure::TimedOut),
            Err(Some(())) => Err(Failure::Died(self.how_it_ended())),
        }
    }

    /// Waits for the (ending) child and says how it ended.
    fn how_it_ended(&mut self) -> String {
        for _ in 0..200 {
            match self.child.try_wait() {
                Ok(Some(status)) => return describe_exit(status),
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => return format!("ended (status unknown: {e})"),
            }
        }
        let _ = self.child.kill();
        "closed its output without exiting (killed)".to_string()
    }
}

impl Drop for ChildProcess {
    fn drop(&mut self) {
        // Plugins keep no state worth flushing: end the child and reap it.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How a process ended, in words: "exited with code 3", "was killed by signal 6 (SIGABRT)".
pub fn describe_exit(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                15 => " (SIGTERM)",
                _ => "",
            };
            return format!("was killed by signal {signal}{name}");
        }
    }
    match status.code() {
        Some(code) => format!("exited with code {code}"),
        None => "ended".to_string(),
    }
}

/// A plugin analyzer whose calls run in plugin host processes.
pub struct ProcessPlugin {
    manifest: Manifest,
    setup: ChildSetup,
    timeout: Option<Duration>,
    /// Children waiting for work: as many as calls ever ran at once (the runner's
    /// worker threads bound that), so none is restarted merely for being spare.
    idle: Mutex<Vec<ChildProcess>>,
}

impl ProcessPlugin {
    /// Starts a first child for the library at `path` with `options`, which loads the
    /// library and creates the analyzer: a missing library, a bad plugin or bad options
    /// are reported here, before any article. Returns the plugin's manifest with it.
    pub fn start(
        path: &Path,
        options: &Map<String, Value>,
        timeout: Option<Duration>,
        host: HostCommand,
    ) -> Result<(Manifest, ProcessPlugin), PluginError> {
        if !path.is_file() {
            return Err(PluginError::LibraryMissing {
                path: path.to_path_buf(),
                package: package_hint(path),
            });
        }
        let create_line = serde_json::to_vec(&CreateRequest {
            options: options.clone(),
        })
        .expect("options serialize");
        let setup = ChildSetup {
            host,
            library: path.to_path_buf(),
            create_line,
        };
        let (first, reply) = ChildProcess::start(&setup)?;
        let manifest = match reply {
            StartReply::Ready(manifest) => manifest,
            StartReply::LoadError(message) => {
                return Err(PluginError::Child {
                    path: path.to_path_buf(),
                    message,
                })
            }
            StartReply::ConfigError { key, message } => {
                let name = package_hint(path);
                return Err(PluginError::Config(match key {
                    Some(key) => ConfigError::option(&name, &key, message),
                    None => ConfigError::analyzer(&name, message),
                }));
            }
        };
        let plugin = ProcessPlugin {
            manifest: manifest.clone(),
            setup,
            timeout,
            idle: Mutex::new(vec![first]),
        };
        Ok((manifest, plugin))
    }

    /// An idle child, or a new one.
    fn checkout(&self) -> Result<ChildProcess, AnalyzerError> {
        if let Some(child) = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            return Ok(child);
        }
        match ChildProcess::start(&self.setup) {
            Ok((child, StartReply::Ready(_))) => Ok(child),
            Ok((_, StartReply::LoadError(message))) => Err(AnalyzerError::Failed(format!(
                "cannot restart the plugin process: {message}"
            ))),
            Ok((_, StartReply::ConfigError { message, .. })) => Err(AnalyzerError::Failed(
                format!("cannot restart the plugin process: {message}"),
            )),
            Err(e) => Err(AnalyzerError::Failed(format!(
                "cannot restart the plugin process: {e}"
            ))),
        }
    }

    fn checkin(&self, child: ChildProcess) {
        self.idle
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(child);
    }
}

impl AnalyzerInstance for ProcessPlugin {
    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        let input = encode_input(&self.manifest, doc, prior).map_err(AnalyzerError::Failed)?;
        let mut child = self.checkout()?;
        match child.request(&input, self.timeout) {
            Ok(line) => {
                self.checkin(child);
                match serde_json::from_str::<AnalyzeReply>(&line) {
                    Ok(AnalyzeReply::Ok(value)) if value.is_object() => {
                        Ok(AnalyzerOutput::Custom(value))
                    }
                    Ok(AnalyzeReply::Ok(_)) => Err(AnalyzerError::Failed(
                        "the plugin process returned a non-object output".to_string(),
                    )),
                    Ok(AnalyzeReply::Error(message)) => Err(AnalyzerError::Failed(message)),
                    Err(e) => Err(AnalyzerError::Failed(format!(
                        "unexpected answer from the plugin process ({e})"
                    ))),
                }
            }
            Err(Failure::Died(how)) => Err(AnalyzerError::Failed(format!(
                "the plugin process {how} on this article; a new one starts for the next article"
            ))),
            Err(Failure::TimedOut) => {
                drop(child); // kills it
                Err(AnalyzerError::Failed(format!(
                    "time limit exceeded: no result after {} ms (timeout_ms); the plugin process was killed and a new one starts for the next article",
                    self.timeout.map_or(0, |t| t.as_millis())
                )))
            }
        }
    }
}
