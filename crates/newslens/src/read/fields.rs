//! The article fields every input format fills in, and their conversion to an
//! [`Article`], in one place.

use newslens_core::{Article, Published, StanceTarget};
use serde::Deserialize;
use serde_json::{Map, Value};

/// A front-matter value: a string or a list of strings.
pub enum FieldValue {
    /// `key: value`
    Text(String),
    /// `key: [a, b]` or a YAML list.
    List(Vec<String>),
}

/// One stance target as the JSON input gives it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetField {
    /// Target id.
    pub id: String,
    /// Claim text.
    pub text: String,
    /// Extra words that mention the target.
    #[serde(default, alias = "aliases")]
    pub keywords: Vec<String>,
}

/// Article metadata gathered from any input format, before validation.
#[derive(Debug, Default, Deserialize)]
pub struct ArticleFields {
    /// `id`
    pub id: Option<String>,
    /// `title`
    pub title: Option<String>,
    /// `published` (ISO 8601)
    pub published: Option<String>,
    /// `url`
    pub url: Option<String>,
    /// `source` (the outlet)
    pub source: Option<String>,
    /// `authors`
    #[serde(default)]
    pub authors: Vec<String>,
    /// `targets`
    #[serde(default)]
    pub targets: Vec<TargetField>,
    /// `meta`
    #[serde(default)]
    pub meta: Map<String, Value>,
    /// `text` (JSON input only; front matter has the body instead)
    pub text: Option<String>,
}

impl ArticleFields {
    /// Sets a front-matter field; unknown keys go to `meta`.
    pub fn set(&mut self, key: &str, value: FieldValue) -> Result<(), String> {
        let text = |v: FieldValue| match v {
            FieldValue::Text(s) => Ok(s),
            FieldValue::List(_) => Err(format!("`{key}` takes a single value, not a list")),
        };
        match key {
            "id" => self.id = Some(text(value)?),
            "title" => self.title = Some(text(value)?),
            "published" | "date" => self.published = Some(text(value)?),
            "url" => self.url = Some(text(value)?),
            "source" => self.source = Some(text(value)?),
            "authors" | "author" => {
                self.authors = match value {
                    FieldValue::Text(s) => vec![s],
                    FieldValue::List(items) => items,
                }
            }
            _ => {
                let v = match value {
                    FieldValue::Text(s) => Value::String(s),
                    FieldValue::List(items) => Value::from(items),
                };
                self.meta.insert(key.to_string(), v);
            }
        }
        Ok(())
    }

    /// Builds the article. `default_id` applies when no `id` was given; an invalid
    /// `published` is dropped and reported in the returned warnings.
    pub fn into_article(
        self,
        default_id: &str,
        source: &str,
        body: String,
    ) -> Result<(Article, Vec<String>), String> {
        let mut warnings = Vec::new();
        if body.trim().is_empty() {
            return Err("the article has no text (empty body)".to_string());
        }
        let published = match self.published.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(p) => match Published::parse(p) {
                Ok(p) => Some(p),
                Err(e) => {
                    warnings.push(format!(
                        "published: {e}; the article is analyzed without a publication date"
                    ));
                    None
                }
            },
        };
        let targets = self
            .targets
            .into_iter()
            .map(|t| StanceTarget {
                id: t.id,
                text: t.text,
                keywords: t.keywords,
            })
            .collect();
        let id = self
            .id
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| default_id.to_string());
        Ok((
            Article {
                id,
                source: source.to_string(),
                title: self.title.filter(|t| !t.trim().is_empty()),
                published,
                url: self.url,
                outlet: self.source,
                authors: self.authors,
                targets,
                meta: self.meta,
                text: body,
            },
            warnings,
        ))
    }
}
