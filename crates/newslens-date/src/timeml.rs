//! TimeML export.
