//! The JSON Lines spoken between the host and a plugin host process (one JSON value per
//! line each way):
//!
//! 1. host → child: `{"options": {…}}` — create the analyzer;
//! 2. child → host: `{"ready": <manifest>}`, or `{"load_error": "…"}`, or
//!    `{"config_error": {"key": "…", "message": "…"}}` (then the child exits);
//! 3. then, per article, host → child: the input object of [`crate::wire`];
//!    child → host: `{"ok": <output object>}` or `{"error": "…"}`.
//!
//! The child closes when its standard input does. What the plugin itself prints to
//! standard output goes to standard error, so it cannot break the protocol.

use crate::wire::Manifest;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The first line the host sends.
#[derive(Debug, Serialize, Deserialize)]
pub struct CreateRequest {
    /// The plugin's options (everything but the host keys).
    pub options: Map<String, Value>,
}

/// The child's answer to [`CreateRequest`].
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartReply {
    /// Loaded and created: the plugin's manifest.
    Ready(Manifest),
    /// The library could not be loaded (missing, not a plugin, ABI mismatch…).
    LoadError(String),
    /// The analyzer refused its options.
    ConfigError {
        /// The offending option, if any.
        key: Option<String>,
        /// What is wrong.
        message: String,
    },
}

/// The child's answer to one article.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnalyzeReply {
    /// The output object.
    Ok(Value),
    /// The article's error message.
    Error(String),
}
