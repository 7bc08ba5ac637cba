//! The JSON that crosses the boundary: the manifest, one article's input, and the
//! output check. Both sides use these functions, so the shapes live in one place.
//!
//! Input (host → plugin), one object per article:
//! ```json
//! {"article": {"id": "…", "source": "…", "title": "…", "published": "2020-01-14",
//!              "url": null, "outlet": null, "authors": [], "meta": {},
//!              "targets": [{"id": "claim-1", "text": "…", "keywords": []}], "text": "…"},
//!  "layer": {"paragraphs": [{"start": 0, "end": 80, "sentences": [0, 2]}],
//!            "sentences": [{"start": 0, "end": 41, "tokens": [0, 9]}],
//!            "tokens": [[0, 3], [4, 9]]},
//!  "outputs": {"quote": {"quotes": [], "speakers": []}}}
//! ```
//! Offsets in `layer` are code points, like every output. `layer` is sent only when the
//! manifest asks for it (`"text_layer": true`): plugins built with this SDK rebuild the
//! same layer with `Document::new`, so theirs say `false`. `outputs` holds the contract
//! JSON of each analyzer the plugin `requires` or `uses_if_enabled` that ran on this
//! article.
//!
//! Output (plugin → host): one JSON object, the plugin's result for this article.

use crate::abi::ABI_VERSION;
use newslens_core::{
    AnalyzerInfo, AnalyzerOutput, Article, Document, OptionSpec, Outputs, Published, StanceTarget,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// What a plugin declares about itself (its [`AnalyzerInfo`] in JSON, plus ABI facts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The ABI version the plugin was built for.
    pub abi_version: u32,
    /// The version of `newslens-plugin` the plugin was built with.
    pub sdk_version: String,
    /// The analyzer's name.
    pub name: String,
    /// The analyzer's version.
    pub version: String,
    /// One line saying what it does.
    #[serde(default)]
    pub description: String,
    /// Analyzers whose output it needs.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Analyzers whose output it reads when they are enabled.
    #[serde(default)]
    pub uses_if_enabled: Vec<String>,
    /// Documented options.
    #[serde(default)]
    pub options: Vec<ManifestOption>,
    /// Whether the input should carry the text layer (`layer`).
    #[serde(default = "default_true")]
    pub text_layer: bool,
}

fn default_true() -> bool {
    true
}

/// One documented option in a manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestOption {
    /// The key in `analyzers.toml`.
    pub key: String,
    /// Its default value.
    #[serde(default)]
    pub default: Value,
    /// One line saying what it does.
    #[serde(default)]
    pub doc: String,
}

impl Manifest {
    /// The manifest of an SDK-built plugin with `info`.
    pub fn from_info(info: &AnalyzerInfo) -> Self {
        Manifest {
            abi_version: ABI_VERSION,
            sdk_version: env!("CARGO_PKG_VERSION").to_string(),
            name: info.name.clone(),
            version: info.version.clone(),
            description: info.description.clone(),
            requires: info.requires.clone(),
            uses_if_enabled: info.uses_if_enabled.clone(),
            options: info
                .options
                .iter()
                .map(|o| ManifestOption {
                    key: o.key.clone(),
                    default: o.default.clone(),
                    doc: o.doc.clone(),
                })
                .collect(),
            text_layer: false,
        }
    }

    /// Parses and checks a manifest; the error says what is wrong.
    pub fn parse(bytes: &[u8]) -> Result<Self, String> {
        let manifest: Manifest =
            serde_json::from_slice(bytes).map_err(|e| format!("not a valid manifest: {e}"))?;
        manifest.check()?;
        Ok(manifest)
    }

    fn check(&self) -> Result<(), String> {
        let valid_name = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        };
        if !valid_name(&self.name) {
            return Err(format!(
                "name `{}` must be non-empty lower-case ASCII letters, digits, `_` or `-`",
                self.name
            ));
        }
        if self.version.trim().is_empty() {
            return Err("version is empty".to_string());
        }
        if self.abi_version != ABI_VERSION {
            return Err(format!(
                "manifest says ABI version {} but the table says {ABI_VERSION}",
                self.abi_version
            ));
        }
        for dep in self.requires.iter().chain(&self.uses_if_enabled) {
            if !valid_name(dep) {
                return Err(format!(
                    "required analyzer name `{dep}` is not a valid name"
                ));
            }
        }
        if self.requires.contains(&self.name) {
            return Err(format!("`{}` requires itself", self.name));
        }
        Ok(())
    }

    /// The manifest as the runner's [`AnalyzerInfo`].
    pub fn to_info(&self) -> AnalyzerInfo {
        AnalyzerInfo {
            name: self.name.clone(),
            version: self.version.clone(),
            description: self.description.clone(),
            requires: self.requires.clone(),
            uses_if_enabled: self.uses_if_enabled.clone(),
            options: self
                .options
                .iter()
                .map(|o| OptionSpec {
                    key: o.key.clone(),
                    default: o.default.clone(),
                    doc: o.doc.clone(),
                })
                .collect(),
        }
    }
}

// ---------------------------------------------------------------- host side: input

#[derive(Serialize)]
struct ArticleRef<'a> {
    id: &'a str,
    source: &'a str,
    title: Option<&'a str>,
    published: Option<&'a str>,
    url: Option<&'a str>,
    outlet: Option<&'a str>,
    authors: &'a [String],
    targets: Vec<TargetRef<'a>>,
    meta: &'a Map<String, Value>,
    text: &'a str,
}

#[derive(Serialize)]
struct TargetRef<'a> {
    id: &'a str,
    text: &'a str,
    keywords: &'a [String],
}

#[derive(Serialize)]
struct ParagraphOut {
    start: usize,
    end: usize,
    sentences: [u32; 2],
}

#[derive(Serialize)]
struct SentenceOut {
    start: usize,
    end: usize,
    tokens: [u32; 2],
}

#[derive(Serialize)]
struct LayerOut {
    paragraphs: Vec<ParagraphOut>,
    sentences: Vec<SentenceOut>,
    tokens: Vec<[usize; 2]>,
}

fn layer_json(doc: &Document) -> LayerOut {
    LayerOut {
        paragraphs: doc
            .paragraphs()
            .iter()
            .map(|p| ParagraphOut {
                start: doc.char_offset(p.span.start()),
                end: doc.char_offset(p.span.end()),
                sentences: [p.first_sentence, p.end_sentence],
            })
            .collect(),
        sentences: doc
            .sentences()
            .iter()
            .map(|s| SentenceOut {
                start: doc.char_offset(s.span.start()),
                end: doc.char_offset(s.span.end()),
                tokens: [s.first_token, s.end_token],
            })
            .collect(),
        tokens: doc
            .tokens()
            .iter()
            .map(|t| {
                [
                    doc.char_offset(t.span.start()),
                    doc.char_offset(t.span.end()),
                ]
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct InputRef<'a> {
    article: ArticleRef<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    layer: Option<LayerOut>,
    /// Serialized straight from the typed outputs (no intermediate JSON tree).
    outputs: std::collections::BTreeMap<&'a str, &'a AnalyzerOutput>,
}

/// Serializes one article's input for a plugin described by `manifest`: the article,
/// the text layer when the manifest asks for it, and the outputs it requires or uses.
pub fn encode_input(
    manifest: &Manifest,
    doc: &Document,
    prior: &Outputs,
) -> Result<Vec<u8>, String> {
    let a = doc.article();
    let outputs = manifest
        .requires
        .iter()
        .chain(&manifest.uses_if_enabled)
        .filter_map(|name| prior.get(name).map(|output| (name.as_str(), output)))
        .collect();
    let input = InputRef {
        article: ArticleRef {
            id: &a.id,
            source: &a.source,
            title: a.title.as_deref(),
            published: a.published.as_ref().map(|p| p.original.as_str()),
            url: a.url.as_deref(),
            outlet: a.outlet.as_deref(),
            authors: &a.authors,
            targets: a
                .targets
                .iter()
                .map(|t| TargetRef {
                    id: &t.id,
                    text: &t.text,
                    keywords: &t.keywords,
                })
                .collect(),
            meta: &a.meta,
            text: &a.text,
        },
        layer: manifest.text_layer.then(|| layer_json(doc)),
        outputs,
    };
    serde_json::to_vec(&input).map_err(|e| format!("cannot serialize the input: {e}"))
}

// -------------------------------------------------------------- plugin side: input

#[derive(Deserialize)]
struct ArticleIn {
    #[serde(default)]
    id: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    #[serde(default)]
    targets: Vec<TargetIn>,
    #[serde(default)]
    meta: Map<String, Value>,
    text: String,
}

#[derive(Deserialize)]
struct TargetIn {
    id: String,
    text: String,
    #[serde(default)]
    keywords: Vec<String>,
}

#[derive(Deserialize)]
struct InputIn<'a> {
    article: ArticleIn,
    /// Kept as raw JSON, so typed outputs are read without building a JSON tree.
    #[serde(default, borrow)]
    outputs: std::collections::BTreeMap<String, &'a serde_json::value::RawValue>,
}

/// Rebuilds the [`Document`] and the prior [`Outputs`] from one article's input.
///
/// Outputs the SDK has a type for (`entities`, `quote`: see [`crate::typed`]) are
/// rebuilt typed; the others arrive as [`AnalyzerOutput::Custom`] holding their
/// contract JSON (`prior.require("date")?`, then match `AnalyzerOutput::Custom(v)`).
pub fn decode_input(bytes: &[u8]) -> Result<(Document, Outputs), String> {
    let input: InputIn =
        serde_json::from_slice(bytes).map_err(|e| format!("invalid input JSON: {e}"))?;
    let a = input.article;
    let published = match a.published {
        Some(p) => Some(Published::parse(&p)?),
        None => None,
    };
    let article = Article {
        id: a.id,
        source: a.source,
        title: a.title,
        published,
        url: a.url,
        outlet: a.outlet,
        authors: a.authors,
        targets: a
            .targets
            .into_iter()
            .map(|t| StanceTarget {
                id: t.id,
                text: t.text,
                keywords: t.keywords,
            })
            .collect(),
        meta: a.meta,
        text: a.text,
    };
    let doc = Document::new(article);
    let mut outputs = Outputs::new();
    let mut offsets = crate::typed::ByteOffsets::default();
    for (name, raw) in input.outputs {
        let output = crate::typed::typed_output(&name, raw.get(), &doc, &mut offsets)
            .map_err(|e| format!("invalid output of `{name}` in the input: {e}"))?;
        outputs.insert(&name, output);
    }
    Ok((doc, outputs))
}

// ------------------------------------------------------------- host side: output

/// Checks a plugin's output bytes: they must hold one JSON object.
pub fn decode_output(plugin: &str, bytes: &[u8]) -> Result<AnalyzerOutput, String> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(map)) => Ok(AnalyzerOutput::Custom(Value::Object(map))),
        Ok(other) => Err(format!(
            "plugin `{plugin}` returned {}, not a JSON object",
            describe_json(&other)
        )),
        Err(e) => Err(format!(
            "plugin `{plugin}` returned invalid JSON ({e}): {}",
            preview(bytes)
        )),
    }
}

/// Checks that a plugin's output bytes hold one JSON object, without building it (what
/// the plugin host process does before passing the bytes on); the error is the one
/// [`decode_output`] gives.
pub fn check_output(plugin: &str, bytes: &[u8]) -> Result<(), String> {
    let starts_as_object = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{');
    let valid = serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok();
    if starts_as_object && valid {
        return Ok(());
    }
    match decode_output(plugin, bytes) {
        Err(message) => Err(message),
        Ok(_) => Ok(()),
    }
}

fn describe_json(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("a boolean ({b})"),
        Value::Number(n) => format!("a number ({n})"),
        Value::String(_) => "a string".to_string(),
        Value::Array(a) => format!("an array of {} items", a.len()),
        Value::Object(_) => "an object".to_string(),
    }
}

/// The first bytes of a buffer, as text, for error messages.
pub fn preview(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(60)]);
    let more = if bytes.len() > 60 { "…" } else { "" };
    format!("`{text}{more}`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn manifest(text_layer: bool, requires: &[&str]) -> Manifest {
        let mut m =
            Manifest::from_info(&AnalyzerInfo::new("x", "1.0.0", "test").requires(requires));
        m.text_layer = text_layer;
        m
    }

    #[test]
    fn input_round_trips_article_and_outputs() {
        let mut article = Article::new("a-1", "Kim’s talks. They failed.");
        article.title = Some("Talks".into());
        article.published = Some(Published::parse("2020-01-14").unwrap());
        article.targets.push(StanceTarget {
            id: "c".into(),
            text: "claim".into(),
            keywords: vec!["k".into()],
        });
        article.meta.insert("lang".into(), json!("en"));
        let doc = Document::new(article);
        let mut prior = Outputs::new();
        prior.insert("quote", AnalyzerOutput::Custom(json!({"quotes": []})));
        prior.insert("other", AnalyzerOutput::Custom(json!({"not": "sent"})));
        let bytes = encode_input(&manifest(false, &["quote"]), &doc, &prior).unwrap();
        let value: Value = serde_json::from_slice(&bytes).unwrap();
        assert!(value.get("layer").is_none());
        assert_eq!(value["outputs"], json!({"quote": {"quotes": []}}));

        let (back, outputs) = decode_input(&bytes).unwrap();
        assert_eq!(back.text(), doc.text());
        assert_eq!(back.article().title.as_deref(), Some("Talks"));
        assert_eq!(back.article().published, doc.article().published);
        assert_eq!(back.article().targets, doc.article().targets);
        assert_eq!(back.article().meta, doc.article().meta);
        assert_eq!(back.tokens(), doc.tokens());
        assert_eq!(
            outputs.get("quote"),
            Some(&AnalyzerOutput::Custom(json!({"quotes": []})))
        );
        assert!(outputs.get("other").is_none());
    }

    #[test]
    fn layer_is_in_code_points() {
        let doc = Document::new(Article::new("a", "“Yes,” he said. No."));
        let bytes = encode_input(&manifest(true, &[]), &doc, &Outputs::new()).unwrap();
        let value: Value = serde_json::from_slice(&bytes).unwrap();
        let text: Vec<char> = doc.text().chars().collect();
        let tokens = value["layer"]["tokens"].as_array().unwrap();
        assert_eq!(tokens.len(), doc.tokens().len());
        for (i, t) in tokens.iter().enumerate() {
            let (s, e) = (
                t[0].as_u64().unwrap() as usize,
                t[1].as_u64().unwrap() as usize,
            );
            let piece: String = text[s..e].iter().collect();
            assert_eq!(piece, doc.token_text(i));
        }
        let sentences = value["layer"]["sentences"].as_array().unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[1]["start"], json!(16));
        assert_eq!(value["layer"]["paragraphs"][0]["sentences"], json!([0, 2]));
    }

    #[test]
    fn output_must_be_an_object() {
        let cases: [(&[u8], Option<&str>); 5] = [
            (br#"{"a": 1}"#, None),
            (b"[1, 2]", Some("an array of 2 items")),
            (b"\"text\"", Some("a string")),
            (b"{not json", Some("invalid JSON")),
            (b"", Some("invalid JSON")),
        ];
        for (bytes, expected) in cases {
            assert_eq!(
                check_output("p", bytes).err(),
                decode_output("p", bytes).err(),
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
            match (decode_output("p", bytes), expected) {
                (Ok(AnalyzerOutput::Custom(v)), None) => assert!(v.is_object()),
                (Err(e), Some(needle)) => assert!(e.contains(needle), "{e}"),
                (got, _) => panic!("{:?} gave {got:?}", String::from_utf8_lossy(bytes)),
            }
        }
    }

    #[test]
    fn manifest_checks() {
        let good = Manifest::from_info(&AnalyzerInfo::new("keywords", "0.1.0", "d"));
        let bytes = serde_json::to_vec(&good).unwrap();
        assert_eq!(Manifest::parse(&bytes).unwrap(), good);
        let cases = [
            (json!({"name": "Bad Name"}), "lower-case"),
            (json!({"version": " "}), "version is empty"),
            (json!({"requires": ["keywords"]}), "requires itself"),
            (json!({"abi_version": 99}), "ABI version 99"),
        ];
        for (patch, needle) in cases {
            let mut v = serde_json::to_value(&good).unwrap();
            for (k, x) in patch.as_object().unwrap() {
                v[k] = x.clone();
            }
            let err = Manifest::parse(&serde_json::to_vec(&v).unwrap()).unwrap_err();
            assert!(err.contains(needle), "{err}");
        }
        assert!(Manifest::parse(b"[]")
            .unwrap_err()
            .contains("not a valid manifest"));
    }
}

#[cfg(test)]
mod float_tests {
    use super::*;

    #[test]
    fn numbers_round_trip_exactly() {
        // Scores as analyzers make them: many pseudo-random doubles in [-1, 1] and beyond.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let values: Vec<f64> = (0..20_000)
            .map(|i| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let unit = (state >> 11) as f64 / (1u64 << 53) as f64;
                match i % 3 {
                    0 => unit * 2.0 - 1.0,
                    1 => unit * 1e6,
                    _ => unit / 1e9,
                }
            })
            .collect();
        let out = AnalyzerOutput::Custom(serde_json::json!({ "scores": values }));
        let bytes = serde_json::to_vec(&out).unwrap();
        let AnalyzerOutput::Custom(back) = decode_output("p", &bytes).unwrap() else {
            unreachable!()
        };
        for (v, b) in values.iter().zip(back["scores"].as_array().unwrap()) {
            assert_eq!(b.as_f64().unwrap().to_bits(), v.to_bits(), "{v}");
        }
    }
}
