//! The `Analyzer` trait every built-in and plugin analyzer implements, and the outputs
//! an analyzer reads from the analyzers it requires.

use crate::document::Document;
use crate::error::{AnalyzerError, ConfigError};
use crate::options::{OptionSpec, Options};
use crate::output::AnalyzerOutput;

/// What an analyzer is: its name, version, what it needs, and its documented options.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyzerInfo {
    /// The name used in `analyzers.toml` and as the key in the output's `analyzers`.
    pub name: String,
    /// The analyzer's version (semver), recorded in run summaries.
    pub version: String,
    /// One line saying what it does.
    pub description: String,
    /// Analyzers that must run before this one and be enabled.
    pub requires: Vec<String>,
    /// Analyzers whose output this one uses when they are enabled (ordered before it).
    pub uses_if_enabled: Vec<String>,
    /// Every option with its default and doc line.
    pub options: Vec<OptionSpec>,
}

impl AnalyzerInfo {
    /// Info for `name` at `version`, with a one-line `description`.
    pub fn new(name: &str, version: &str, description: &str) -> Self {
        AnalyzerInfo {
            name: name.to_string(),
            version: version.to_string(),
            description: description.to_string(),
            requires: Vec::new(),
            uses_if_enabled: Vec::new(),
            options: Vec::new(),
        }
    }
    /// Adds required analyzers.
    pub fn requires(mut self, names: &[&str]) -> Self {
        self.requires.extend(names.iter().map(|s| s.to_string()));
        self
    }
    /// Adds analyzers used when enabled.
    pub fn uses_if_enabled(mut self, names: &[&str]) -> Self {
        self.uses_if_enabled
            .extend(names.iter().map(|s| s.to_string()));
        self
    }
    /// Adds a documented option.
    pub fn option(mut self, spec: OptionSpec) -> Self {
        self.options.push(spec);
        self
    }
    /// The option keys, for [`Options::finish`].
    pub fn option_keys(&self) -> impl Iterator<Item = &str> + Clone {
        self.options.iter().map(|o| o.key.as_str())
    }
}

/// The outputs of the analyzers that ran before, for this article.
#[derive(Debug, Default)]
pub struct Outputs {
    entries: Vec<(String, AnalyzerOutput)>,
}

impl Outputs {
    /// No outputs yet.
    pub fn new() -> Self {
        Outputs::default()
    }
    /// Records the output of `name`.
    pub fn insert(&mut self, name: &str, output: AnalyzerOutput) {
        self.entries.push((name.to_string(), output));
    }
    /// The output of `name`, if it ran and succeeded on this article.
    pub fn get(&self, name: &str) -> Option<&AnalyzerOutput> {
        self.entries.iter().find(|(n, _)| n == name).map(|(_, o)| o)
    }
    /// The output of a required analyzer, or the error to return when it is missing.
    pub fn require(&self, name: &str) -> Result<&AnalyzerOutput, AnalyzerError> {
        self.get(name)
            .ok_or_else(|| AnalyzerError::MissingInput(name.to_string()))
    }
    /// All outputs, in the order they ran.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &AnalyzerOutput)> {
        self.entries.iter().map(|(n, o)| (n.as_str(), o))
    }
    /// Takes the outputs, in the order they ran.
    pub fn into_entries(self) -> Vec<(String, AnalyzerOutput)> {
        self.entries
    }
}

/// An analyzer: built once per run from validated options, then called on every article,
/// from several threads at once. It does no I/O and keeps no mutable global state.
pub trait Analyzer: Send + Sync + 'static {
    /// Name, version, requirements and documented options.
    fn info() -> AnalyzerInfo
    where
        Self: Sized;

    /// Builds the analyzer from its options; a wrong option is a [`ConfigError`] naming
    /// the analyzer and the key. Implementations call [`Options::finish`] at the end.
    fn create(options: Options) -> Result<Self, ConfigError>
    where
        Self: Sized;

    /// Analyzes one document, reading the outputs of the analyzers it requires.
    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError>;
}

/// An analyzer as the runner holds it, whatever its origin: every [`Analyzer`] is one,
/// and so is the host-side proxy of a plugin (whose info is only known at load time).
pub trait AnalyzerInstance: Send + Sync {
    /// Analyzes one document (see [`Analyzer::analyze`]).
    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError>;
}

impl<A: Analyzer> AnalyzerInstance for A {
    fn analyze(&self, doc: &Document, prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        Analyzer::analyze(self, doc, prior)
    }
}

/// A way to build an analyzer by name: what the runner's registry holds for each built-in.
#[derive(Clone, Copy)]
pub struct AnalyzerFactory {
    /// Returns the analyzer's info.
    pub info: fn() -> AnalyzerInfo,
    /// Creates the analyzer from its options.
    pub create: fn(Options) -> Result<Box<dyn AnalyzerInstance>, ConfigError>,
}

impl AnalyzerFactory {
    /// The factory of analyzer type `A`.
    pub fn of<A: Analyzer>() -> Self {
        AnalyzerFactory {
            info: A::info,
            create: |options| A::create(options).map(|a| Box::new(a) as Box<dyn AnalyzerInstance>),
        }
    }
}
