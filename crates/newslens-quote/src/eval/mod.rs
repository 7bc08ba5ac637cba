//! Scoring (filled in below).
