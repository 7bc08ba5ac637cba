//! newslens-entities: the `entities` analyzer. Finds people, organisations, places and
//! generic groups in an article and links their mentions within it: full names, surnames
//! and first names, acronyms, titles and possessive nominals ("Kim’s advisor"), and
//! pronouns. Each entity gets a canonical name (the longest name used) and a description
//! from an appositive or a title ("U.S. President").
//!
//! Quote, sentiment and stance require this analyzer and read its [`EntitiesOutput`]
//! (see [`EntitiesOutput::entity_at`] to find the entity of a span).

mod cluster;
mod context;
mod describe;
mod detect;
pub mod lexicon;

use newslens_core::output::entities::{Entity, EntityKind, EntityMention, Gender as OutGender};
use newslens_core::output::EntitiesOutput;
use newslens_core::{
    Analyzer, AnalyzerError, AnalyzerInfo, AnalyzerOutput, ConfigError, Document, OptionSpec,
    Options, Outputs,
};

/// The `entities` analyzer.
#[derive(Debug, Clone)]
pub struct EntitiesAnalyzer {
    pronouns: bool,
    groups: bool,
    places: bool,
    /// The project's people named alone (the `people` option).
    people: lexicon::KnownPeople,
}

impl EntitiesAnalyzer {
    /// Finds and links the entities of `doc` (what [`Analyzer::analyze`] returns, typed).
    pub fn entities(&self, doc: &Document) -> EntitiesOutput {
        let ctx = context::Ctx::new(doc, &self.people);
        let mut cands = detect::detect(&ctx);
        if !self.pronouns {
            cands.retain(|c| !matches!(c.kind, detect::CandKind::Pronoun { .. }));
        }
        let clusters = cluster::cluster(&ctx, &cands);
        let entities = clusters
            .into_iter()
            .filter(|c| {
                (self.groups || c.kind != EntityKind::Group)
                    && (self.places || c.kind != EntityKind::Place)
            })
            .map(|c| Entity {
                name: canonical_name(doc.slice(c.name_span)),
                kind: c.kind,
                description: c.description.map(|(_, d)| canonical_name(doc.slice(d))),
                gender: match c.gender {
                    lexicon::Gender::Male if c.kind == EntityKind::Person => Some(OutGender::Male),
                    lexicon::Gender::Female if c.kind == EntityKind::Person => {
                        Some(OutGender::Female)
                    }
                    _ => None,
                },
                mentions: c
                    .mentions
                    .iter()
                    .map(|m| EntityMention {
                        span: doc.out_span(m.span),
                        kind: m.kind,
                    })
                    .collect(),
            })
            .collect();
        EntitiesOutput::new(entities)
    }
}

/// A name with its white space runs (line breaks) made single spaces.
fn canonical_name(s: &str) -> String {
    if !s.contains(char::is_whitespace) || !s.contains(['\n', '\r', '\t', ' ']) {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Analyzer for EntitiesAnalyzer {
    fn info() -> AnalyzerInfo {
        AnalyzerInfo::new(
            "entities",
            env!("CARGO_PKG_VERSION"),
            "people, organisations, places and groups with their mentions, canonical names and descriptions",
        )
        .option(OptionSpec::new("pronouns", true, "link he/she/they to the most recent compatible entity"))
        .option(OptionSpec::new("groups", true, "report generic groups (\"experts\", \"U.S. officials\") as entities"))
        .option(OptionSpec::new("places", true, "report places (countries, cities) as entities"))
        .option(OptionSpec::new("people", Vec::<String>::new(), "people this project's articles name by the surname alone (\"Julian Assange\"): the name's last word alone is that person; the built-in list holds about 190 public figures"))
    }

    fn create(mut options: Options) -> Result<Self, ConfigError> {
        let a = EntitiesAnalyzer {
            pronouns: options.bool("pronouns", true)?,
            groups: options.bool("groups", true)?,
            places: options.bool("places", true)?,
            people: lexicon::KnownPeople::new(&options.string_list("people")?),
        };
        options.finish(Self::info().option_keys())?;
        Ok(a)
    }

    fn analyze(&self, doc: &Document, _prior: &Outputs) -> Result<AnalyzerOutput, AnalyzerError> {
        Ok(AnalyzerOutput::Entities(self.entities(doc)))
    }
}
