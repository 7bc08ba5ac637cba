//! Readers: turn files, JSON Lines and standard input into [`Article`]s.
//!
//! Reading is split in two so that the expensive part runs on the worker threads:
//! [`InputWalker`] (one thread) walks the paths in a stable order and yields
//! [`InputItem`]s holding raw bytes; [`parse_item`] (any thread) turns one item into an
//! article or a readable error.

mod fields;
mod front_matter;
mod html;

pub use fields::ArticleFields;

use newslens_core::Article;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The input formats, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt` / `.md`: text with optional front matter.
    Text,
    /// `.json`: one article object.
    Json,
    /// `.jsonl`: one article object per line.
    JsonLines,
    /// `.html` / `.htm`: a web page.
    Html,
}

impl Format {
    /// The format of `path`, by its extension.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "md" | "markdown" | "text" => Format::Text,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            "html" | "htm" | "xhtml" => Format::Html,
            _ => return None,
        })
    }
}

/// One unit of input: the bytes of one article (or the reason they could not be read).
#[derive(Debug)]
pub struct InputItem {
    /// Where it came from: a path relative to the input root, `path:line`, or `stdin:line`.
    pub source: String,
    /// The id to use when the article names none.
    pub default_id: String,
    /// How to parse the bytes.
    pub format: Format,
    /// The raw bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, String>,
    /// Bytes consumed from the input (for progress), including skipped ones.
    pub input_len: u64,
    /// A file whose bytes are still to be read (see [`InputItem::load`]).
    pub unread: Option<(PathBuf, u64)>,
}

impl InputItem {
    /// Reads the bytes of a file item that the walker left unread (so that reading can
    /// happen on other threads than walking).
    pub fn load(&mut self) {
        if let Some((path, max_bytes)) = self.unread.take() {
            let (bytes, input_len) = read_capped_file(&path, max_bytes);
            self.bytes = bytes;
            self.input_len = input_len;
        }
    }
}

/// An input argument: a path, or `-` for standard input.
#[derive(Debug, Clone)]
pub enum InputArg {
    /// A file or folder.
    Path(PathBuf),
    /// JSON Lines on standard input.
    Stdin,
}

impl InputArg {
    /// Parses a command-line argument.
    pub fn parse(arg: &str) -> InputArg {
        if arg == "-" {
            InputArg::Stdin
        } else {
            InputArg::Path(PathBuf::from(arg))
        }
    }
}

/// Walks the inputs in a stable order (arguments in order, folders recursively in
/// name order, hidden entries skipped), yielding one item per article. Memory stays
/// flat: folders are listed one at a time and JSON Lines files are read line by line.
pub struct InputWalker {
    args: std::vec::IntoIter<InputArg>,
    /// Folders being walked: (entries left, in reverse order; root for relative names).
    stack: Vec<(Vec<(PathBuf, bool)>, PathBuf)>,
    lines: Option<LineSource>,
    max_bytes: u64,
    /// Top-level problems (a missing path) reported as items.
    pending: Vec<InputItem>,
}

struct LineSource {
    reader: BufReader<Box<dyn Read + Send>>,
    /// Reading from standard input, which may wait for the writer on the other end.
    stdin: bool,
    /// `path` for sources, as walked.
    label: String,
    /// Relative path for default ids.
    id_label: String,
    line_no: u64,
}

impl InputWalker {
    /// A walker over `args`; an article longer than `max_bytes` becomes an error item.
    pub fn new(args: Vec<InputArg>, max_bytes: u64) -> Self {
        InputWalker {
            args: args.into_iter(),
            stack: Vec::new(),
            lines: None,
            max_bytes,
            pending: Vec::new(),
        }
    }

    /// Whether the next item may have to wait for data: standard input is being read
    /// and nothing of it is buffered. (The run writes its finished records first.)
    pub fn may_wait(&self) -> bool {
        match &self.lines {
            Some(l) => l.stdin && l.reader.buffer().is_empty(),
            None => {
                self.pending.is_empty()
                    && self.stack.is_empty()
                    && matches!(self.args.as_slice().first(), Some(InputArg::Stdin))
            }
        }
    }

    fn next_line(&mut self) -> Option<InputItem> {
        let src = self.lines.as_mut()?;
        loop {
            src.line_no += 1;
            match read_capped_line(&mut src.reader, self.max_bytes) {
                Ok(None) => {
                    self.lines = None;
                    return None;
                }
                Ok(Some(line)) => {
                    let input_len = line.consumed;
                    let source = format!("{}:{}", src.label, src.line_no);
                    let default_id = format!("{}:{}", src.id_label, src.line_no);
                    let bytes = match line.bytes {
                        Some(b) if b.iter().all(u8::is_ascii_whitespace) => continue,
                        Some(b) => Ok(b),
                        None => Err(format!(
                            "the line is {} bytes, over the limit of {} bytes per article (raise `max_article_bytes` in analyzers.toml or --max-article-bytes)",
                            line.consumed, self.max_bytes
                        )),
                    };
                    return Some(InputItem {
                        default_id,
                        source,
                        format: Format::JsonLines,
                        bytes,
                        input_len,
                        unread: None,
                    });
                }
                Err(e) => {
                    let source = format!("{}:{}", src.label, src.line_no);
                    self.lines = None;
                    return Some(InputItem {
                        default_id: source.clone(),
                        source,
                        format: Format::JsonLines,
                        bytes: Err(format!("read error: {e}")),
                        input_len: 0,
                        unread: None,
                    });
                }
            }
        }
    }

    fn file_item(&mut self, path: &Path, rel: String, explicit: bool) -> Option<InputItem> {
        let source = path.to_string_lossy().replace('\\', "/");
        let format = match Format::of(path) {
            Some(f) => f,
            None if explicit => {
                return Some(InputItem {
                    default_id: rel,
                    source,
                    format: Format::Text,
                    bytes: Err(format!(
                        "unsupported file type `{}`: use .txt, .md, .json, .jsonl or .html",
                        path.display()
                    )),
                    input_len: 0,
                    unread: None,
                })
            }
            None => return None, // other files in a folder (.ann, .csv, images) are not articles
        };
        if format == Format::JsonLines {
            match File::open(path) {
                Ok(f) => {
                    self.lines = Some(LineSource {
                        reader: BufReader::with_capacity(1 << 16, Box::new(f)),
                        stdin: false,
                        label: source,
                        id_label: rel,
                        line_no: 0,
                    });
                    return self.next_line();
                }
                Err(e) => {
                    return Some(InputItem {
                        default_id: rel,
                        source,
                        format,
                        bytes: Err(format!("cannot open {}: {e}", path.display())),
                        input_len: 0,
                        unread: None,
                    })
                }
            }
        }
        Some(InputItem {
            default_id: rel,
            source,
            format,
            bytes: Ok(Vec::new()),
            input_len: 0,
            unread: Some((path.to_path_buf(), self.max_bytes)),
        })
    }
}

impl Iterator for InputWalker {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(item) = self.pending.pop() {
                return Some(item);
            }
            if self.lines.is_some() {
                if let Some(item) = self.next_line() {
                    return Some(item);
                }
                continue;
            }
            if let Some((entries, root)) = self.stack.last_mut() {
                let Some((path, is_dir)) = entries.pop() else {
                    self.stack.pop();
                    continue;
                };
                let root = root.clone();
                if is_dir {
                    match list_dir(&path) {
                        Ok(children) => self.stack.push((children, root)),
                        Err(e) => {
                            let rel = relative(&path, &root);
                            return Some(error_item(rel, format!("cannot read folder: {e}")));
                        }
                    }
                    continue;
                }
                let rel = relative(&path, &root);
                if let Some(item) = self.file_item(&path, rel, false) {
                    return Some(item);
                }
                continue;
            }
            match self.args.next()? {
                InputArg::Stdin => {
                    self.lines = Some(LineSource {
                        reader: BufReader::with_capacity(1 << 16, Box::new(io::stdin())),
                        stdin: true,
                        label: "stdin".to_string(),
                        id_label: "stdin".to_string(),
                        line_no: 0,
                    });
                }
                InputArg::Path(path) => {
                    if path.is_dir() {
                        match list_dir(&path) {
                            Ok(children) => self.stack.push((children, path.clone())),
                            Err(e) => {
                                return Some(error_item(
                                    path.display().to_string(),
                                    format!("cannot read folder: {e}"),
                                ))
                            }
                        }
                    } else if path.exists() {
                        let rel = path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_else(|| path.display().to_string());
                        if let Some(item) = self.file_item(&path, rel, true) {
                            return Some(item);
                        }
                    } else {
                        return Some(error_item(
                            path.display().to_string(),
                            "no such file or folder".to_string(),
                        ));
                    }
                }
            }
        }
    }
}

fn error_item(source: String, message: String) -> InputItem {
    InputItem {
        default_id: source.clone(),
        source,
        format: Format::Text,
        bytes: Err(message),
        input_len: 0,
        unread: None,
    }
}

/// The entries of a folder, hidden ones left out, sorted by name and reversed (for popping).
/// Entries are (path, is a folder); the file type comes with the listing on most
/// systems, so no extra `stat` per file.
fn list_dir(dir: &Path) -> io::Result<Vec<(PathBuf, bool)>> {
    let mut entries: Vec<(std::ffi::OsString, PathBuf, bool)> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().as_encoded_bytes().starts_with(b"."))
        .map(|e| {
            let path = e.path();
            let is_dir = match e.file_type() {
                Ok(t) if t.is_symlink() => path.is_dir(),
                Ok(t) => t.is_dir(),
                Err(_) => path.is_dir(),
            };
            (e.file_name(), path, is_dir)
        })
        .collect();
    // By name, descending: the order of the paths themselves (all in one folder), for a
    // byte comparison instead of a component-by-component one (a fifth of walking).
    entries.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    Ok(entries
        .into_iter()
        .map(|(_, path, is_dir)| (path, is_dir))
        .collect())
}

fn relative(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn read_capped_file(path: &Path, max_bytes: u64) -> (Result<Vec<u8>, String>, u64) {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return (Err(format!("cannot open {}: {e}", path.display())), 0),
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > max_bytes {
        return (
            Err(format!(
                "the file is {len} bytes, over the limit of {max_bytes} bytes per article (raise `max_article_bytes` in analyzers.toml or --max-article-bytes)"
            )),
            len,
        );
    }
    let mut bytes = Vec::with_capacity(len as usize);
    match file.take(max_bytes + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() as u64 > max_bytes => (
            Err(format!(
                "the file is over the limit of {max_bytes} bytes per article"
            )),
            bytes.len() as u64,
        ),
        Ok(n) => (Ok(bytes), n as u64),
        Err(e) => (Err(format!("read error: {e}")), 0),
    }
}

struct CappedLine {
    /// The line without its end, or `None` when it was longer than the cap.
    bytes: Option<Vec<u8>>,
    consumed: u64,
}

/// Reads one line, keeping at most `max` bytes of it (the rest is consumed and dropped).
fn read_capped_line(reader: &mut dyn BufRead, max: u64) -> io::Result<Option<CappedLine>> {
    let mut line = Vec::new();
    let mut consumed = 0u64;
    let mut over = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            if consumed == 0 {
                return Ok(None);
            }
            break;
        }
        let (chunk, done) = match buf.iter().position(|b| *b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let n = chunk.len();
        if !over {
            if (line.len() + n) as u64 > max + 2 {
                over = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        consumed += n as u64;
        reader.consume(n);
        if done {
            break;
        }
    }
    if over {
        return Ok(Some(CappedLine {
            bytes: None,
            consumed,
        }));
    }
    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        line.pop();
    }
    Ok(Some(CappedLine {
        bytes: Some(line),
        consumed,
    }))
}

/// The result of parsing one input item.
pub struct Parsed {
    /// The article.
    pub article: Article,
    /// Problems that did not prevent analysis (an invalid `published`, say).
    pub warnings: Vec<String>,
}

/// Decodes bytes as UTF-8 text, naming the problem when they are not.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, String> {
    let probe = &bytes[..bytes.len().min(8192)];
    if probe.contains(&0) {
        return Err("binary file (NUL bytes): not a text article".to_string());
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not UTF-8 text: invalid byte at offset {at} (convert the file to UTF-8)")
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    Ok(text)
}

/// Parses one input item into an article.
pub fn parse_item(mut item: InputItem) -> Result<Parsed, String> {
    item.load();
    let bytes = item.bytes?;
    let text = decode_text(bytes)?;
    let (fields, body) = match item.format {
        Format::Text => {
            let (fields, body) = front_matter::parse(&text)?;
            let body = body.to_string();
            (fields, body)
        }
        Format::Json | Format::JsonLines => {
            let mut fields: ArticleFields = serde_json::from_str(&text).map_err(|e| {
                if e.is_data() {
                    format!("not a newslens article: {e}")
                } else {
                    format!("malformed JSON: {e}")
                }
            })?;
            let body = fields
                .text
                .take()
                .ok_or_else(|| "the article object has no \"text\" field".to_string())?;
            (fields, body)
        }
        Format::Html => html::parse(&text)?,
    };
    let (article, warnings) = fields.into_article(&item.default_id, &item.source, body)?;
    Ok(Parsed { article, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(format: Format, bytes: &[u8]) -> InputItem {
        InputItem {
            source: "x".into(),
            default_id: "x".into(),
            format,
            bytes: Ok(bytes.to_vec()),
            input_len: bytes.len() as u64,
            unread: None,
        }
    }

    #[test]
    fn json_article() {
        let p = parse_item(item(
            Format::Json,
            br#"{"id":"a","title":"T","published":"2020-01-14","text":"Hello.","targets":[{"id":"c","text":"Claim"}],"meta":{"k":1}}"#,
        ))
        .unwrap();
        assert_eq!(p.article.id, "a");
        assert_eq!(p.article.targets[0].id, "c");
        assert_eq!(p.article.published.unwrap().date.to_string(), "2020-01-14");
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let e = |f, b: &[u8]| parse_item(item(f, b)).err().unwrap();
        assert!(e(Format::Json, b"{\"id\": \"x\"").contains("malformed JSON"));
        assert!(e(Format::Json, b"{\"id\": 1, \"text\": \"t\"}").contains("not a newslens article"));
        assert!(e(Format::Json, b"{\"id\": \"x\"}").contains("no \"text\""));
        assert!(e(Format::Text, b"\xff\xfe bad").contains("not UTF-8"));
        assert!(e(Format::Text, b"abc\0def").contains("binary"));
        assert!(e(Format::Text, b"  \n ").contains("no text"));
    }

    #[test]
    fn bad_published_is_a_warning() {
        let p = parse_item(item(Format::Text, b"---\npublished: last week\n---\nBody.")).unwrap();
        assert!(p.article.published.is_none());
        assert!(p.warnings[0].contains("published"));
    }

    #[test]
    fn capped_lines() {
        let data = b"short\nthis one is long\nend";
        let mut r = io::BufReader::with_capacity(4, &data[..]);
        let a = read_capped_line(&mut r, 8).unwrap().unwrap();
        assert_eq!(a.bytes.unwrap(), b"short");
        let b = read_capped_line(&mut r, 8).unwrap().unwrap();
        assert!(b.bytes.is_none());
        assert_eq!(b.consumed, 17);
        let c = read_capped_line(&mut r, 8).unwrap().unwrap();
        assert_eq!(c.bytes.unwrap(), b"end");
        assert!(read_capped_line(&mut r, 8).unwrap().is_none());
    }
}
