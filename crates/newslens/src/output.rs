//! Where records go: standard output or a file, written whole lines at a time, and
//! the `--resume` repair of a file left by an interrupted run.

use anyhow::{Context, Result};
use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::Path;

/// Bytes gathered before a write: whole lines only, so an interrupted run leaves at
/// most one incomplete line, which `--resume` removes.
const FLUSH_AT: usize = 1 << 18;

/// A JSON Lines sink that only ever writes whole lines.
pub struct LineSink {
    out: Box<dyn Write + Send>,
    buffer: Vec<u8>,
}

impl LineSink {
    /// Records to standard output.
    pub fn stdout() -> Self {
        LineSink {
            out: Box::new(io::stdout()),
            buffer: Vec::with_capacity(FLUSH_AT * 2),
        }
    }

    /// Records to `path`: created or truncated, or with `resume` kept and repaired.
    /// Returns the sink and the `source` of every record already there.
    pub fn file(path: &Path, resume: bool) -> Result<(Self, HashSet<String>)> {
        let mut done = HashSet::new();
        let file = if resume && path.exists() {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(path)
                .with_context(|| format!("cannot open {} to resume", path.display()))?;
            let keep = scan_complete_records(&mut file, &mut done)
                .with_context(|| format!("cannot read {} to resume", path.display()))?;
            file.set_len(keep)
                .with_context(|| format!("cannot repair {}", path.display()))?;
            file.seek(SeekFrom::Start(keep))?;
            file
        } else {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create the folder {}", parent.display()))?;
            }
            File::create(path)
                .with_context(|| format!("cannot create the output file {}", path.display()))?
        };
        Ok((
            LineSink {
                out: Box::new(file),
                buffer: Vec::with_capacity(FLUSH_AT * 2),
            },
            done,
        ))
    }

    /// Queues one complete line (newline included).
    pub fn push(&mut self, line: &[u8]) -> io::Result<()> {
        self.buffer.extend_from_slice(line);
        if self.buffer.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes what is queued.
    pub fn flush(&mut self) -> io::Result<()> {
        if !self.buffer.is_empty() {
            self.out.write_all(&self.buffer)?;
            self.buffer.clear();
        }
        self.out.flush()
    }
}

/// Reads records from the start of `file`, collecting their `source`; returns the
/// length of the prefix made of complete, valid records.
fn scan_complete_records(file: &mut File, done: &mut HashSet<String>) -> io::Result<u64> {
    #[derive(serde::Deserialize)]
    struct Seen {
        source: String,
    }
    let mut reader = BufReader::new(&mut *file);
    let mut keep = 0u64;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 || line.last() != Some(&b'\n') {
            break;
        }
        match serde_json::from_slice::<Seen>(&line) {
            Ok(seen) => {
                done.insert(seen.source);
                keep += n as u64;
            }
            Err(_) => break,
        }
    }
    Ok(keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_drops_a_torn_last_line() {
        let dir = std::env::temp_dir().join(format!("newslens-out-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.jsonl");
        std::fs::write(
            &path,
            "{\"id\":\"a\",\"source\":\"a.txt\"}\n{\"id\":\"b\",\"source\":\"b.t",
        )
        .unwrap();
        let (mut sink, done) = LineSink::file(&path, true).unwrap();
        assert_eq!(done.len(), 1);
        assert!(done.contains("a.txt"));
        sink.push(b"{\"id\":\"b\",\"source\":\"b.txt\"}\n").unwrap();
        sink.flush().unwrap();
        drop(sink);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "{\"id\":\"a\",\"source\":\"a.txt\"}\n{\"id\":\"b\",\"source\":\"b.txt\"}\n"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
