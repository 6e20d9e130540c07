//! What the policy files and the national rules share: a text in both languages and a source
//! (the document, the clause, the document's words), with the checks that make Rust of them, and
//! the error that names the file and the key at fault. Included by both compilers (`#[path]`),
//! so that a source means the same in both.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    /// The `Text { … }` expression, or what is wrong.
    pub fn expr(&self) -> Result<String, &'static str> {
        if self.zh.trim().is_empty() || self.en.trim().is_empty() {
            return Err("needs both `zh` and `en`, not empty");
        }
        Ok(format!("Text {{ zh: {:?}, en: {:?} }}", self.zh, self.en))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub doc: String,
    pub clause: String,
    pub quote: String,
    pub interpretation: Option<Text>,
    /// 据原文整理: not the document's words as written (put together from table cells, or with
    /// characters the scrape lost restored).
    #[serde(default)]
    pub assembled: bool,
}

/// A data file that is wrong: the file, the key and what is wrong with it.
#[derive(Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub key: String,
    pub message: String,
}

impl DataError {
    pub fn new(file: &str, key: &str, message: impl Into<String>) -> DataError {
        DataError {
            file: file.to_string(),
            key: key.to_string(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: `{}`: {}", self.file, self.key, self.message)
        }
    }
}

/// What is wrong with a source: the key under it at fault ("" for the source itself) and why.
type SourceError = (&'static str, String);

impl Source {
    /// The `&Source { … }` expression of the source at `key` in `file`; `docs` are the ids its
    /// `doc` may name, in order.
    pub fn checked(&self, file: &str, key: &str, docs: &[String]) -> Result<String, DataError> {
        self.expr(docs).map_err(|(under, m)| {
            let at = if under.is_empty() {
                key.to_string()
            } else {
                format!("{key}.{under}")
            };
            DataError::new(file, &at, m)
        })
    }

    fn expr(&self, docs: &[String]) -> Result<String, SourceError> {
        let Some(document) = docs.iter().position(|d| *d == self.doc) else {
            return Err((
                "doc",
                format!(
                    "unknown document `{}`; the documents are: {}",
                    self.doc,
                    docs.join(", ")
                ),
            ));
        };
        if self.clause.trim().is_empty() || self.quote.trim().is_empty() {
            return Err((
                "",
                "a source needs a `clause` and a `quote` from the document".into(),
            ));
        }
        let interpretation = match &self.interpretation {
            Some(t) => format!(
                "Some({})",
                t.expr().map_err(|m| ("interpretation", m.to_string()))?
            ),
            None => "None".into(),
        };
        Ok(format!(
            "&Source {{ document: {document}, clause: {:?}, quote: {:?}, interpretation: {interpretation}, assembled: {} }}",
            self.clause, self.quote, self.assembled
        ))
    }
}
