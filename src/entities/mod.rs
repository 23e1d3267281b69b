//! Organisations, people and places: tagged, matched against gazetteers and linked within
//! the article.

use crate::document::Document;
use crate::extract::{Analysis, Extractor, Options};
use crate::record::Mention;
use serde::Serialize;

/// One distinct entity and its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Canonical name: the fullest form.
    pub name: String,
    /// For organisations: company, government, union, party, armed_group, ngo, media,
    /// sports, education, other.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The acronym, when known ("BMA").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Other names it goes by in the article.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Descriptions the article gives ("US tech firm").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub descriptions: Vec<String>,
    /// Roles, for people ("chief executive").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

/// The entities of one document.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    /// Organisations.
    pub organizations: Vec<Entity>,
    /// People.
    pub people: Vec<Entity>,
    /// Places.
    pub places: Vec<Entity>,
}

/// Finds entities.
pub struct EntityExtractor {}

impl EntityExtractor {
    /// Loads the model and gazetteers.
    pub fn new(_opts: &Options) -> anyhow::Result<Self> {
        Ok(EntityExtractor {})
    }
}

impl Extractor for EntityExtractor {
    type Output = Entities;

    fn extract(&self, _doc: &Document, _found: &Analysis) -> Entities {
        Entities::default()
    }
}
