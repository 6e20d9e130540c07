//! Checks the policy files in `policies/` and turns them into Rust statics (`src/policy.rs`
//! types). Compiled into `build.rs`, and into the tests that feed it bad files. Every error names
//! the file and the key at fault; the app never meets a bad policy at run time.

// Each compiler is also built alone, by its tests (tests/policy_files.rs,
// tests/national_rules_file.rs): so each includes the shared file itself.
#[path = "source.rs"]
#[allow(clippy::duplicate_mod)]
mod source;
use rust_decimal::Decimal;
use serde::Deserialize;
use source::{Source, Text};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

#[path = "../src/ids.rs"]
#[allow(dead_code)]
mod ids;
use ids::{Class, Input, Key, Period, Position};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: Text,
    region: Text,
    scheme: Text,
    summary: Text,
    documents: Vec<Document>,
    positions: Names,
    pay_range: Option<PayRange>,
    newer_note: Option<Text>,
    grade: Option<Grade>,
    probation: Option<Probation>,
    #[serde(default)]
    components: Vec<Component>,
    #[serde(default)]
    milestones: Vec<Milestone>,
    #[serde(default)]
    employer: Vec<Employer>,
    #[serde(default)]
    caveats: Vec<Caveat>,
}

/// The positions in the district's own words.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    head: Name,
    deputy: Name,
    committee: Name,
    staff: Name,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Name {
    name: Text,
    source: Option<Source>,
    absent: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PayRange {
    name: Text,
    range: [Decimal; 2],
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    id: String,
    title: String,
    number: Option<String>,
    issuer: String,
    issued: Option<String>,
    published: Option<String>,
    in_force: Option<String>,
    date_note: Option<Text>,
    file: String,
    #[serde(default)]
    describes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Grade {
    scale: [u8; 2],
    positions: Positions,
    service: Service,
    education: Education,
    certificate: Option<CertificateLevels>,
    one_shoulder: Option<Levels>,
    cap: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Positions {
    head: PositionRange,
    deputy: PositionRange,
    committee: PositionRange,
    staff: PositionRange,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionRange {
    range: [u8; 2],
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Service {
    steps_at: Vec<u8>,
    source: Source,
    uncounted: Option<Source>,
    excellent_bonus: Option<Bonus>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bonus {
    years: Decimal,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Education {
    mode: String,
    bachelor: u8,
    master: u8,
    doctor: u8,
    source: Source,
    in_service: Option<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CertificateLevels {
    assistant: u8,
    intermediate: u8,
    senior: u8,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Levels {
    levels: u8,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Probation {
    months: Option<u8>,
    coefficient: Option<Decimal>,
    #[serde(default)]
    positions: Vec<String>,
    #[serde(default)]
    paid: Vec<String>,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Component {
    id: String,
    name: Text,
    class: String,
    period: String,
    source: Source,
    level_coefficient: Option<LevelCoefficient>,
    lookup: Option<Lookup>,
    #[serde(default)]
    unpublished: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelCoefficient {
    base: Decimal,
    table: Vec<Row>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    level: u8,
    coefficient: Decimal,
    amount: Decimal,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Lookup {
    key: String,
    values: BTreeMap<String, toml::Value>,
    factor: Option<Factor>,
    /// "assume" (default) or "lower_bound".
    when_unknown: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Factor {
    factor: Decimal,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryTable {
    amount: String,
    uplift_percent: Option<Decimal>,
    source: Option<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Milestone {
    years: u8,
    amount: Decimal,
    name: Text,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Employer {
    id: String,
    name: Text,
    source: Source,
    monthly: Option<Decimal>,
    percent: Option<Decimal>,
    of: Option<String>,
    eligibility: Option<Vec<Condition>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Condition {
    min_years: u8,
    #[serde(default)]
    certificate: bool,
    position: Option<String>,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Caveat {
    text: Text,
    source: Source,
}

/// A policy file that is wrong: the file, the key and what is wrong with it.
pub type PolicyError = source::DataError;

/// Checks one policy file and returns the Rust expression of its `Policy`.
/// `file` is the file name (its stem is the policy id); `seeds`, if given, lists the source
/// documents a `documents.file` may name.
pub fn compile(file: &str, text: &str, seeds: Option<&[String]>) -> Result<String, PolicyError> {
    let id = file.strip_suffix(".toml").unwrap_or(file);
    let mut c = Checker {
        file: file.to_string(),
        docs: Vec::new(),
    };
    if id.is_empty()
        || !id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
        || !id.starts_with(|ch: char| ch.is_ascii_lowercase())
    {
        return Err(c.err("", "the file name (the policy id) must be lowercase ASCII letters, digits and _, starting with a letter"));
    }
    let parsed: File = toml::from_str(text).map_err(|e| {
        let key = e
            .span()
            .map(|s| format!("line {}", text[..s.start].matches('\n').count() + 1))
            .unwrap_or_default();
        c.err(&key, e.message())
    })?;
    c.check_file(id, &parsed, seeds)
}

struct Checker {
    file: String,
    docs: Vec<String>,
}

type R<T> = Result<T, PolicyError>;

impl Checker {
    fn err(&self, key: &str, message: impl Into<String>) -> PolicyError {
        PolicyError::new(&self.file, key, message)
    }

    fn text(&self, key: &str, t: &Text) -> R<String> {
        t.expr().map_err(|m| self.err(key, m))
    }

    fn source(&self, key: &str, s: &Source) -> R<String> {
        s.checked(&self.file, key, &self.docs)
    }

    fn date(&self, key: &str, d: &str) -> R<()> {
        let b = d.as_bytes();
        let ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && d.chars()
                .enumerate()
                .all(|(i, ch)| i == 4 || i == 7 || ch.is_ascii_digit())
            && {
                let (y, m, day) = (
                    d[..4].parse::<u32>().unwrap_or(0),
                    d[5..7].parse::<u32>().unwrap_or(0),
                    d[8..10].parse::<u32>().unwrap_or(0),
                );
                let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
                let days = match m {
                    1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                    4 | 6 | 9 | 11 => 30,
                    2 if leap => 29,
                    2 => 28,
                    _ => 0,
                };
                (1..=days).contains(&day)
            };
        if ok {
            Ok(())
        } else {
            Err(self.err(key, format!("`{d}` is not a date like 2019-01-01")))
        }
    }

    fn check_file(&mut self, id: &str, f: &File, seeds: Option<&[String]>) -> R<String> {
        if f.documents.is_empty() {
            return Err(self.err("documents", "a policy needs at least one source document"));
        }
        let mut documents = String::new();
        for (i, d) in f.documents.iter().enumerate() {
            let key = format!("documents[{i}]");
            if self.docs.contains(&d.id) {
                return Err(self.err(
                    &format!("{key}.id"),
                    format!("document id `{}` is used twice", d.id),
                ));
            }
            self.docs.push(d.id.clone());
            for (k, date) in [
                ("issued", &d.issued),
                ("published", &d.published),
                ("in_force", &d.in_force),
            ] {
                if let Some(date) = date {
                    self.date(&format!("{key}.{k}"), date)?;
                }
            }
            if d.issued.is_none() && d.date_note.is_none() {
                return Err(self.err(
                    &format!("{key}.issued"),
                    "give the issue date, or a `date_note` saying why there is none",
                ));
            }
            let date_note = match &d.date_note {
                Some(t) => format!("Some({})", self.text(&format!("{key}.date_note"), t)?),
                None => "None".into(),
            };
            if let Some(seeds) = seeds {
                if !seeds.contains(&d.file) {
                    return Err(self.err(
                        &format!("{key}.file"),
                        format!("`{}` is not a file in shared/seeds/", d.file),
                    ));
                }
            }
            for (k, v) in [
                ("title", &d.title),
                ("issuer", &d.issuer),
                ("file", &d.file),
            ] {
                if v.trim().is_empty() {
                    return Err(self.err(&format!("{key}.{k}"), "must not be empty"));
                }
            }
            let _ = write!(
                documents,
                "Document {{ id: {:?}, title: {:?}, number: {:?}, issuer: {:?}, issued: {:?}, published: {:?}, in_force: {:?}, date_note: {date_note}, file: {:?}, describes: &{:?} }},",
                d.id, d.title, d.number, d.issuer, d.issued, d.published, d.in_force, d.file, d.describes
            );
        }

        let mut names = String::new();
        for (name, n) in [
            ("head", &f.positions.head),
            ("deputy", &f.positions.deputy),
            ("committee", &f.positions.committee),
            ("staff", &f.positions.staff),
        ] {
            let key = format!("positions.{name}");
            let position = Position::parse(name)
                .map(|p| format!("Position::{p:?}"))
                .unwrap_or_default();
            let source = match &n.source {
                Some(src) => format!("Some({})", self.source(&format!("{key}.source"), src)?),
                None => "None".into(),
            };
            let absent = match &n.absent {
                Some(t) => format!("Some({})", self.text(&format!("{key}.absent"), t)?),
                None => "None".into(),
            };
            if n.source.is_none() && n.absent.is_none() {
                return Err(self.err(&key, "give the `source` that names the position, or say in `absent` that the documents have no such position and how it is treated"));
            }
            let _ = write!(
                names,
                "PositionName {{ position: {position}, name: {}, source: {source}, absent: {absent} }},",
                self.text(&format!("{key}.name"), &n.name)?
            );
        }
        let pay_range = match &f.pay_range {
            Some(r) => {
                let [lo, hi] = r.range;
                if lo > hi {
                    return Err(self.err("pay_range.range", "the range is upside down"));
                }
                format!(
                    "Some(PayRange {{ name: {}, min: {}, max: {}, source: {} }})",
                    self.text("pay_range.name", &r.name)?,
                    money(self, "pay_range.range", lo)?,
                    money(self, "pay_range.range", hi)?,
                    self.source("pay_range.source", &r.source)?
                )
            }
            None => "None".into(),
        };
        let newer_note = match &f.newer_note {
            Some(t) => format!("Some({})", self.text("newer_note", t)?),
            None => "None".into(),
        };

        let mut inputs = BTreeSet::new();
        let grade = match &f.grade {
            Some(g) => format!("Some({})", self.grade(g, &mut inputs)?),
            None => "None".into(),
        };

        let mut ids = Vec::new();
        let mut components = String::new();
        for (i, comp) in f.components.iter().enumerate() {
            let key = format!("components[{i}]");
            if ids.contains(&comp.id) {
                return Err(self.err(
                    &format!("{key}.id"),
                    format!("component id `{}` is used twice", comp.id),
                ));
            }
            ids.push(comp.id.clone());
            components.push_str(&self.component(&key, comp, f.grade.as_ref(), &mut inputs)?);
            components.push(',');
        }

        let probation = match &f.probation {
            Some(p) => {
                inputs.insert(Input::Probation);
                format!("Some({})", self.probation(p, f)?)
            }
            None => "None".into(),
        };

        let mut milestones = String::new();
        let mut last = 0;
        for (i, m) in f.milestones.iter().enumerate() {
            let key = format!("milestones[{i}]");
            if m.years <= last {
                return Err(self.err(
                    &format!("{key}.years"),
                    "milestones must be in ascending order of years",
                ));
            }
            last = m.years;
            let _ = write!(
                milestones,
                "Milestone {{ years: {}, amount: {}, name: {}, source: {} }},",
                m.years,
                money(self, &format!("{key}.amount"), m.amount)?,
                self.text(&format!("{key}.name"), &m.name)?,
                self.source(&format!("{key}.source"), &m.source)?
            );
        }

        let mut employer = String::new();
        let mut employer_ids: Vec<&str> = Vec::new();
        for (i, e) in f.employer.iter().enumerate() {
            if employer_ids.contains(&e.id.as_str()) {
                return Err(self.err(
                    &format!("employer[{i}].id"),
                    format!("employer item id `{}` is used twice", e.id),
                ));
            }
            employer_ids.push(&e.id);
            if e.percent
                .is_some_and(|p| p <= Decimal::ZERO || p > Decimal::from(100))
            {
                return Err(self.err(
                    &format!("employer[{i}].percent"),
                    format!(
                        "`{}` is not a percentage above 0 and at most 100",
                        e.percent.unwrap_or_default()
                    ),
                ));
            }
            employer.push_str(&self.employer(&format!("employer[{i}]"), e, &ids)?);
            employer.push(',');
        }

        let mut caveats = String::new();
        for (i, cv) in f.caveats.iter().enumerate() {
            let key = format!("caveats[{i}]");
            let _ = write!(
                caveats,
                "Caveat {{ text: {}, source: {} }},",
                self.text(&format!("{key}.text"), &cv.text)?,
                self.source(&format!("{key}.source"), &cv.source)?
            );
        }

        let inputs: Vec<String> = inputs.iter().map(|i| format!("Input::{i:?}")).collect();
        Ok(format!(
            "Policy {{ id: {id:?}, name: {}, region: {}, scheme: {}, summary: {}, documents: &[{documents}], positions: [{names}], pay_range: {pay_range}, newer_note: {newer_note}, grade: {grade}, probation: {probation}, components: &[{components}], milestones: &[{milestones}], employer: &[{employer}], caveats: &[{caveats}], inputs: &[{}] }}",
            self.text("name", &f.name)?,
            self.text("region", &f.region)?,
            self.text("scheme", &f.scheme)?,
            self.text("summary", &f.summary)?,
            inputs.join(", ")
        ))
    }

    fn grade(&self, g: &Grade, inputs: &mut BTreeSet<Input>) -> R<String> {
        let [lo, hi] = g.scale;
        if lo == 0 || lo > hi {
            return Err(self.err("grade.scale", format!("`[{lo}, {hi}]` is not a scale: the lowest level is 1 or more and not above the highest")));
        }
        let mut positions = String::new();
        for (name, p) in [
            ("head", &g.positions.head),
            ("deputy", &g.positions.deputy),
            ("committee", &g.positions.committee),
            ("staff", &g.positions.staff),
        ] {
            let key = format!("grade.positions.{name}");
            let [min, max] = p.range;
            if min > max || min < lo || max > hi {
                return Err(self.err(
                    &format!("{key}.range"),
                    format!("`[{min}, {max}]` is outside the scale {lo}–{hi} or upside down"),
                ));
            }
            let position = Position::parse(name)
                .map(|p| format!("Position::{p:?}"))
                .unwrap_or_default();
            let _ = write!(
                positions,
                "PositionRange {{ position: {position}, min: {min}, max: {max}, source: {} }},",
                self.source(&format!("{key}.source"), &p.source)?
            );
        }
        let s = &g.service;
        if s.steps_at.is_empty()
            || s.steps_at.windows(2).any(|w| w[0] >= w[1])
            || s.steps_at[0] == 0
        {
            return Err(self.err("grade.service.steps_at", "must list the years at which each further level is reached, above 0 and strictly ascending"));
        }
        let uncounted = match &s.uncounted {
            Some(src) => {
                inputs.insert(Input::UncountedYears);
                format!("Some({})", self.source("grade.service.uncounted", src)?)
            }
            None => "None".into(),
        };
        let bonus = match &s.excellent_bonus {
            Some(b) => {
                inputs.insert(Input::ExcellentYears);
                if b.years <= Decimal::ZERO {
                    return Err(self.err("grade.service.excellent_bonus.years", "must be above 0"));
                }
                format!(
                    "Some(({}, {}))",
                    decimal(b.years),
                    self.source("grade.service.excellent_bonus.source", &b.source)?
                )
            }
            None => "None".into(),
        };
        let service = format!(
            "Service {{ steps_at: &{:?}, source: {}, uncounted: {uncounted}, excellent_bonus: {bonus} }}",
            s.steps_at,
            self.source("grade.service.source", &s.source)?
        );
        let span = hi - lo;
        let ascending = |key: &str, names: [&str; 3], v: [u8; 3]| -> R<()> {
            for i in 1..3 {
                if v[i] < v[i - 1] {
                    return Err(self.err(
                        &format!("{key}.{}", names[i]),
                        format!(
                            "{} must count at least as much as {} ({} < {})",
                            names[i],
                            names[i - 1],
                            v[i],
                            v[i - 1]
                        ),
                    ));
                }
            }
            Ok(())
        };
        let e = &g.education;
        let by = [e.bachelor, e.master, e.doctor];
        ascending("grade.education", ["bachelor", "master", "doctor"], by)?;
        if e.mode == "levels" && e.doctor > span {
            return Err(self.err(
                "grade.education.doctor",
                format!("{} levels is more than the whole scale ({span})", e.doctor),
            ));
        }
        if e.mode == "service_years" && e.doctor > 60 {
            return Err(self.err("grade.education.doctor", "more than 60 years of service"));
        }
        let source = self.source("grade.education.source", &e.source)?;
        let education = match (e.mode.as_str(), &e.in_service) {
            ("levels", None) => {
                format!("EducationRule::Levels {{ steps: {by:?}, source: {source} }}")
            }
            ("levels", Some(_)) => {
                return Err(self.err(
                    "grade.education.in_service",
                    "only goes with mode = \"service_years\"",
                ))
            }
            ("service_years", Some(in_service)) => {
                inputs.insert(Input::DegreeInService);
                format!("EducationRule::ServiceYears {{ years: {by:?}, source: {source}, in_service: {} }}", self.source("grade.education.in_service", in_service)?)
            }
            ("service_years", None) => {
                return Err(self.err(
                    "grade.education.in_service",
                    "mode = \"service_years\" needs the clause on degrees earned in service",
                ))
            }
            (other, _) => {
                return Err(self.err(
                    "grade.education.mode",
                    format!("unknown mode `{other}`: use levels|service_years"),
                ))
            }
        };
        if let Some(c) = &g.certificate {
            ascending(
                "grade.certificate",
                ["assistant", "intermediate", "senior"],
                [c.assistant, c.intermediate, c.senior],
            )?;
        }
        if let Some(l) = &g.one_shoulder {
            if l.levels > span {
                return Err(self.err(
                    "grade.one_shoulder.levels",
                    format!("{} levels is more than the whole scale ({span})", l.levels),
                ));
            }
        }
        if s.steps_at.len() > usize::from(span) {
            return Err(self.err(
                "grade.service.steps_at",
                "more service steps than the scale has levels",
            ));
        }
        let certificate = match &g.certificate {
            Some(c) if c.senior > span => {
                return Err(self.err(
                    "grade.certificate.senior",
                    format!("{} levels is more than the whole scale ({span})", c.senior),
                ))
            }
            Some(c) => format!(
                "Some(CertificateLevels {{ steps: {:?}, source: {} }})",
                [c.assistant, c.intermediate, c.senior],
                self.source("grade.certificate.source", &c.source)?
            ),
            None => "None".into(),
        };
        let one_shoulder = match &g.one_shoulder {
            Some(l) => format!(
                "Some(Steps {{ steps: {}, source: {} }})",
                l.levels,
                self.source("grade.one_shoulder.source", &l.source)?
            ),
            None => "None".into(),
        };
        Ok(format!(
            "Grade {{ scale: ({lo}, {hi}), positions: [{positions}], service: {service}, education: {education}, certificate: {certificate}, one_shoulder: {one_shoulder}, cap: {} }}",
            self.source("grade.cap", &g.cap)?
        ))
    }

    fn component(
        &self,
        key: &str,
        c: &Component,
        grade: Option<&Grade>,
        inputs: &mut BTreeSet<Input>,
    ) -> R<String> {
        if c.id.trim().is_empty() {
            return Err(self.err(&format!("{key}.id"), "must not be empty"));
        }
        let class = Class::parse(&c.class).ok_or_else(|| {
            self.err(
                &format!("{key}.class"),
                format!("unknown class `{}`: use {}", c.class, Class::allowed()),
            )
        })?;
        let period = Period::parse(&c.period).ok_or_else(|| {
            self.err(
                &format!("{key}.period"),
                format!("unknown period `{}`: use {}", c.period, Period::allowed()),
            )
        })?;
        let rule = match (&c.level_coefficient, &c.lookup, c.unpublished) {
            (Some(lc), None, false) => self.level_coefficient(key, lc, grade)?,
            (None, Some(l), false) => self.lookup(key, l, inputs)?,
            (None, None, true) => "Rule::Unpublished".into(),
            _ => return Err(self.err(key, "a component needs exactly one of `level_coefficient`, `lookup` or `unpublished = true`")),
        };
        Ok(format!(
            "Component {{ id: {:?}, name: {}, class: Class::{class:?}, period: Period::{period:?}, rule: {rule}, source: {} }}",
            c.id,
            self.text(&format!("{key}.name"), &c.name)?,
            self.source(&format!("{key}.source"), &c.source)?
        ))
    }

    fn level_coefficient(
        &self,
        key: &str,
        lc: &LevelCoefficient,
        grade: Option<&Grade>,
    ) -> R<String> {
        let key = format!("{key}.level_coefficient");
        let Some(grade) = grade else {
            return Err(self.err(
                &key,
                "pay by level needs a `[grade]` to place the worker on a level",
            ));
        };
        let [lo, hi] = grade.scale;
        let mut rows = String::new();
        let mut expected = lo;
        for (i, r) in lc.table.iter().enumerate() {
            let rk = format!("{key}.table[{i}]");
            if r.level < expected {
                return Err(self.err(
                    &format!("{rk}.level"),
                    format!(
                        "level {} overlaps a row above: each level once, ascending from {lo}",
                        r.level
                    ),
                ));
            }
            if r.level > expected {
                return Err(self.err(
                    &format!("{rk}.level"),
                    format!("gap in the table: level {expected} is missing"),
                ));
            }
            if lc.base * r.coefficient != r.amount {
                return Err(self.err(
                    &format!("{rk}.amount"),
                    format!(
                        "{} is not base × coefficient = {} × {} = {}",
                        r.amount,
                        lc.base,
                        r.coefficient,
                        lc.base * r.coefficient
                    ),
                ));
            }
            let _ = write!(
                rows,
                "LevelRow {{ level: {}, coefficient: {}, amount: {} }},",
                r.level,
                decimal(r.coefficient),
                money(self, &format!("{rk}.amount"), r.amount)?
            );
            expected = r.level + 1;
        }
        if expected != hi + 1 {
            return Err(self.err(
                &format!("{key}.table"),
                format!("gap in the table: levels {expected}–{hi} of the scale have no row"),
            ));
        }
        Ok(format!(
            "Rule::LevelCoefficient {{ base: {}, table: &[{rows}] }}",
            money(self, &format!("{key}.base"), lc.base)?
        ))
    }

    fn lookup(&self, key: &str, l: &Lookup, inputs: &mut BTreeSet<Input>) -> R<String> {
        let key = format!("{key}.lookup");
        let k = Key::parse(&l.key).ok_or_else(|| {
            self.err(
                &format!("{key}.key"),
                format!("unknown key `{}`: use {}", l.key, Key::allowed()),
            )
        })?;
        if let Some(input) = k.input() {
            inputs.insert(input);
        }
        for v in l.values.keys() {
            if !k.values().contains(&v.as_str()) {
                return Err(self.err(
                    &format!("{key}.values.{v}"),
                    format!(
                        "`{v}` is not a value of `{}`: use {}",
                        l.key,
                        k.values().join("|")
                    ),
                ));
            }
        }
        let mut entries = String::new();
        for v in k.values() {
            let ek = format!("{key}.values.{v}");
            let Some(raw) = l.values.get(*v) else {
                return Err(self.err(&ek, format!("missing: the table must give every value of `{}` ({}); use \"unpublished\" or \"not_applicable\" where the document gives no amount", l.key, k.values().join(", "))));
            };
            let (amount, source) = match raw {
                toml::Value::String(s) => (self.amount(&ek, s, None)?, "None".to_string()),
                toml::Value::Table(_) => {
                    let t = EntryTable::deserialize(raw.clone()).map_err(|e| self.err(&ek, e.message()))?;
                    let source = match &t.source {
                        Some(s) => format!("Some({})", self.source(&format!("{ek}.source"), s)?),
                        None => "None".into(),
                    };
                    (self.amount(&ek, &t.amount, t.uplift_percent)?, source)
                }
                _ => return Err(self.err(&ek, "must be an amount as a string (\"3000\"), \"unpublished\", \"not_applicable\", or a table { amount = …, uplift_percent = …, source = … }")),
            };
            let _ = write!(
                entries,
                "Entry {{ value: {v:?}, amount: {amount}, source: {source} }},"
            );
        }
        let factor = match &l.factor {
            Some(f) if f.factor > Decimal::ZERO => format!(
                "Some(Factor {{ factor: {}, source: {} }})",
                decimal(f.factor),
                self.source(&format!("{key}.factor.source"), &f.source)?
            ),
            Some(_) => return Err(self.err(&format!("{key}.factor.factor"), "must be above 0")),
            None => "None".into(),
        };
        let when_unknown = match (l.when_unknown.as_deref(), k.input()) {
            (None | Some("assume"), _) => "WhenUnknown::Assume",
            (Some("lower_bound"), Some(_)) => "WhenUnknown::LowerBound",
            (Some("lower_bound"), None) => {
                return Err(self.err(
                    &format!("{key}.when_unknown"),
                    format!(
                        "`{}` is always known: only a policy-specific input can be unknown",
                        l.key
                    ),
                ))
            }
            (Some(other), _) => {
                return Err(self.err(
                    &format!("{key}.when_unknown"),
                    format!("unknown value `{other}`: use assume|lower_bound"),
                ))
            }
        };
        Ok(format!(
            "Rule::Lookup {{ key: Key::{k:?}, entries: &[{entries}], factor: {factor}, when_unknown: {when_unknown} }}"
        ))
    }

    fn amount(&self, key: &str, s: &str, uplift: Option<Decimal>) -> R<String> {
        let word = match s {
            "unpublished" => Some("Amount::Unpublished"),
            "not_applicable" => Some("Amount::NotApplicable"),
            _ => None,
        };
        match (word, uplift) {
            (Some(_), Some(_)) => Err(self.err(key, "`uplift_percent` needs a published amount")),
            (Some(w), None) => Ok(w.into()),
            (None, _) => {
                let a: Decimal = s.parse().map_err(|_| self.err(key, format!("`{s}` is not an amount: write yuan as a string like \"3000\" or \"1049.38\"")))?;
                let a = money(self, key, a)?;
                Ok(match uplift {
                    Some(p) if p > Decimal::ZERO => {
                        format!("Amount::Uplift {{ amount: {a}, percent: {} }}", decimal(p))
                    }
                    Some(_) => {
                        return Err(self.err(&format!("{key}.uplift_percent"), "must be above 0"))
                    }
                    None => format!("Amount::Published({a})"),
                })
            }
        }
    }

    fn probation(&self, p: &Probation, f: &File) -> R<String> {
        let mut positions = Vec::new();
        for (i, name) in p.positions.iter().enumerate() {
            let pos = Position::parse(name).ok_or_else(|| {
                self.err(
                    &format!("probation.positions[{i}]"),
                    format!("unknown position `{name}`: use {}", Position::allowed()),
                )
            })?;
            positions.push(format!("Position::{pos:?}"));
        }
        for (i, id) in p.paid.iter().enumerate() {
            if !f.components.iter().any(|c| c.id == *id) {
                return Err(self.err(
                    &format!("probation.paid[{i}]"),
                    format!("no component `{id}` in this file"),
                ));
            }
        }
        if p.coefficient.is_some_and(|c| c <= Decimal::ZERO) {
            return Err(self.err("probation.coefficient", "must be above 0"));
        }
        if p.coefficient.is_some() && !f.components.iter().any(|c| c.level_coefficient.is_some()) {
            return Err(self.err(
                "probation.coefficient",
                "a probation coefficient needs a component paid by `level_coefficient`",
            ));
        }
        Ok(format!(
            "Probation {{ months: {:?}, coefficient: {}, positions: &[{}], paid: &{:?}, source: {} }}",
            p.months,
            p.coefficient.map(|c| format!("Some({})", decimal(c))).unwrap_or("None".into()),
            positions.join(", "),
            p.paid,
            self.source("probation.source", &p.source)?
        ))
    }

    fn employer(&self, key: &str, e: &Employer, components: &[String]) -> R<String> {
        let kind = match (&e.monthly, &e.percent, &e.of, &e.eligibility) {
            (Some(m), None, None, None) => format!("EmployerKind::Monthly({})", money(self, &format!("{key}.monthly"), *m)?),
            (None, Some(p), Some(of), None) => {
                if !components.contains(of) {
                    return Err(self.err(&format!("{key}.of"), format!("no component `{of}` in this file")));
                }
                format!("EmployerKind::PercentOf {{ percent: {}, component: {of:?} }}", decimal(*p))
            }
            (None, Some(p), None, Some(conds)) if !conds.is_empty() => {
                let mut out = String::new();
                for (i, c) in conds.iter().enumerate() {
                    let ck = format!("{key}.eligibility[{i}]");
                    let position = match &c.position {
                        Some(name) => {
                            let pos = Position::parse(name).ok_or_else(|| self.err(&format!("{ck}.position"), format!("unknown position `{name}`: use {}", Position::allowed())))?;
                            format!("Some(Position::{pos:?})")
                        }
                        None => "None".into(),
                    };
                    let _ = write!(
                        out,
                        "Condition {{ min_years: {}, certificate: {}, position: {position}, source: {} }},",
                        c.min_years,
                        c.certificate,
                        self.source(&format!("{ck}.source"), &c.source)?
                    );
                }
                format!("EmployerKind::Eligibility {{ percent: {}, conditions: &[{out}] }}", decimal(*p))
            }
            _ => return Err(self.err(key, "an employer item needs exactly one of: `monthly`; `percent` with `of`; `percent` with `eligibility` (a published pay range is `[pay_range]`, not an employer item)")),
        };
        Ok(format!(
            "EmployerItem {{ id: {:?}, name: {}, kind: {kind}, source: {} }}",
            e.id,
            self.text(&format!("{key}.name"), &e.name)?,
            self.source(&format!("{key}.source"), &e.source)?
        ))
    }
}

/// A Decimal as a const Rust expression.
fn decimal(d: Decimal) -> String {
    let [lo, mid, hi, flags] = parts(d);
    let negative = flags & 0x8000_0000 != 0;
    let scale = (flags >> 16) & 0xff;
    format!("Decimal::from_parts({lo}, {mid}, {hi}, {negative}, {scale})")
}

fn parts(d: Decimal) -> [u32; 4] {
    let b = d.serialize();
    let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    // serialize(): flags, lo, mid, hi.
    [word(4), word(8), word(12), word(0)]
}

/// Money: not negative, at most two decimal places (fen).
fn money(c: &Checker, key: &str, d: Decimal) -> R<String> {
    if d.is_sign_negative() || d.normalize().scale() > 2 {
        return Err(c.err(
            key,
            format!(
                "`{d}` is not an amount of money: yuan, not negative, at most 2 decimal places"
            ),
        ));
    }
    Ok(decimal(d))
}

/// Compiles every policy file into the source of `static POLICIES`.
pub fn compile_all(
    files: &[(String, String)],
    seeds: Option<&[String]>,
) -> Result<String, PolicyError> {
    let mut out = String::from(
        "/// Generated by build.rs from policies/*.toml.\npub static POLICIES: &[Policy] = &[\n",
    );
    for (name, text) in files {
        out.push_str(&compile(name, text, seeds)?);
        out.push_str(",\n");
    }
    out.push_str("];\n");
    Ok(out)
}
