//! A district's published pay scheme, as data. The files in `policies/` are checked and turned
//! into these static values by `build.rs`, so a bad policy file fails the build and the app
//! never parses one at run time.

use crate::ids::{Class, Input, Key, Period, Position};
use rust_decimal::Decimal;

/// A text in both languages the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

/// A published document the figures are read from.
#[derive(Debug)]
pub struct Document {
    pub id: &'static str,
    pub title: &'static str,
    /// 文号, when the text gives one.
    pub number: Option<&'static str>,
    pub issuer: &'static str,
    /// ISO dates, where the document gives them.
    pub issued: Option<&'static str>,
    pub published: Option<&'static str>,
    pub in_force: Option<&'static str>,
    /// Why a date is missing or approximate.
    pub date_note: Option<Text>,
    /// The file in `shared/seeds/` this was read from.
    pub file: &'static str,
    /// Documents it describes but that we do not have, by title and number.
    pub describes: &'static [&'static str],
}

/// Where a figure comes from: a clause of a document and the words it says.
#[derive(Debug)]
pub struct Source {
    /// Index into `Policy::documents`.
    pub document: usize,
    pub clause: &'static str,
    pub quote: &'static str,
    /// Our reading where the text is ambiguous, with its reason. Shown as an interpretation.
    pub interpretation: Option<Text>,
    /// 据原文整理: the quote is assembled from table cells, or restores characters the scrape
    /// lost, so it is not the document's words verbatim. Shown as such.
    pub assembled: bool,
}

impl Source {
    pub fn is_interpretation(&self) -> bool {
        self.interpretation.is_some()
    }

    /// The quote is assembled (据原文整理), not verbatim.
    pub fn is_assembled(&self) -> bool {
        self.assembled
    }

    /// The quote's fragments, as the document has them (`" … "` separates them).
    pub fn fragments(&self) -> impl Iterator<Item = &'static str> {
        self.quote
            .split(" … ")
            .map(str::trim)
            .filter(|f| !f.is_empty())
    }
}

/// One district's scheme.
#[derive(Debug)]
pub struct Policy {
    /// The file stem in `policies/`.
    pub id: &'static str,
    pub name: Text,
    pub region: Text,
    pub scheme: Text,
    /// One line on what the documents publish.
    pub summary: Text,
    pub documents: &'static [Document],
    /// The positions in the district's own words, in `Position::ALL` order.
    pub positions: [PositionName; 4],
    /// A published pay standard range, where the documents give one (Guandu: "4300—6800元/月/人
    /// （含五险）"): the pay standard itself, not an employer-side item.
    pub pay_range: Option<PayRange>,
    /// A note on newer documents for this district that we do not have (Yinchuan: Ningxia's
    /// reported "四岗二十四级"). Our note, not the document's.
    pub newer_note: Option<Text>,
    pub grade: Option<Grade>,
    pub probation: Option<Probation>,
    pub components: &'static [Component],
    pub milestones: &'static [Milestone],
    pub employer: &'static [EmployerItem],
    /// Rules that are known to exist but whose effect is unpublished and could go either way.
    pub caveats: &'static [Caveat],
    /// The policy-specific inputs its rules read, derived from the rules by the build.
    pub inputs: &'static [Input],
}

/// A position as the district's documents name it.
#[derive(Debug)]
pub struct PositionName {
    pub position: Position,
    pub name: Text,
    /// Where the name comes from; `None` where the documents do not name it.
    pub source: Option<&'static Source>,
    /// The documents have no such position: how the estimate treats it, and why.
    pub absent: Option<Text>,
}

/// A published range of the pay standard per person per month.
#[derive(Debug)]
pub struct PayRange {
    pub name: Text,
    pub min: Decimal,
    pub max: Decimal,
    pub source: &'static Source,
}

/// The level ladder ("十八级") and how a profile is placed on it.
#[derive(Debug)]
pub struct Grade {
    /// Lowest and highest level of the whole scale.
    pub scale: (u8, u8),
    pub positions: [PositionRange; 4],
    pub service: Service,
    pub education: EducationRule,
    pub certificate: Option<CertificateLevels>,
    pub one_shoulder: Option<Steps>,
    /// Why levels stop at the top of the position's range.
    pub cap: &'static Source,
}

#[derive(Debug)]
pub struct PositionRange {
    pub position: Position,
    pub min: u8,
    pub max: u8,
    pub source: &'static Source,
}

/// Service years move a worker up one level at each threshold reached.
#[derive(Debug)]
pub struct Service {
    /// Counted years at which a further level is reached, ascending.
    pub steps_at: &'static [u8],
    pub source: &'static Source,
    /// Years assessed 基本合格 or 不合格 do not count (Songshan).
    pub uncounted: Option<&'static Source>,
    /// Each year assessed 优秀 adds this many years (Songshan: 0.5).
    pub excellent_bonus: Option<(Decimal, &'static Source)>,
}

#[derive(Debug)]
pub enum EducationRule {
    /// Levels added above 大专及以下: [bachelor, master, doctor].
    Levels {
        steps: [u8; 3],
        source: &'static Source,
    },
    /// A degree counts as years of service: [bachelor, master, doctor]; a degree earned in
    /// service only lifts the level to that floor.
    ServiceYears {
        years: [u8; 3],
        source: &'static Source,
        in_service: &'static Source,
    },
}

/// Levels added by a certificate: [assistant, intermediate, senior].
#[derive(Debug)]
pub struct CertificateLevels {
    pub steps: [u8; 3],
    pub source: &'static Source,
}

#[derive(Debug)]
pub struct Steps {
    pub steps: u8,
    pub source: &'static Source,
}

/// 试用期.
#[derive(Debug)]
pub struct Probation {
    pub months: Option<u8>,
    /// Replaces the level's coefficient while on probation (Yinchuan: 1.00).
    pub coefficient: Option<Decimal>,
    /// Positions it applies to; empty means all.
    pub positions: &'static [Position],
    /// Components paid during probation; empty means all.
    pub paid: &'static [&'static str],
    pub source: &'static Source,
}

/// One part of pay: 基本薪酬, 职级补贴, 职业津贴, 绩效 …
#[derive(Debug)]
pub struct Component {
    pub id: &'static str,
    pub name: Text,
    pub class: Class,
    pub period: Period,
    pub rule: Rule,
    pub source: &'static Source,
}

#[derive(Debug)]
pub enum Rule {
    /// Amount = base × the level's coefficient (Yinchuan's 套改表).
    LevelCoefficient {
        base: Decimal,
        table: &'static [LevelRow],
    },
    /// Amount looked up by one input; every value of the key has an entry.
    Lookup {
        key: Key,
        entries: &'static [Entry],
        factor: Option<Factor>,
        /// What an input the worker did not give means.
        when_unknown: WhenUnknown,
    },
    /// The document names this part of pay but gives no amount.
    Unpublished,
}

/// What a lookup does when the worker gives no value for its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenUnknown {
    /// Assume a stated default (the lowest star rating, a 目标完成社区), and say so.
    Assume,
    /// Leave the part out: the figure is a lower bound, with the published range beside it
    /// (Xishan's rank allowance: 0 if not eligible, 600–2000 by step).
    LowerBound,
}

#[derive(Debug)]
pub struct LevelRow {
    pub level: u8,
    pub coefficient: Decimal,
    /// The amount the table prints; the build checks it equals base × coefficient.
    pub amount: Decimal,
}

#[derive(Debug)]
pub struct Entry {
    /// The key value's id ("3", "head", "assistant" …).
    pub value: &'static str,
    pub amount: Amount,
    /// Set where this entry has a clause or an interpretation of its own.
    pub source: Option<&'static Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Published(Decimal),
    /// A published amount raised by a published percentage: 3800 上浮 30%.
    Uplift {
        amount: Decimal,
        percent: Decimal,
    },
    /// Not paid in this case (no certificate, not 优秀).
    NotApplicable,
    Unpublished,
}

/// A multiplier applied to the looked-up amount, e.g. 12 months of a monthly standard.
#[derive(Debug)]
pub struct Factor {
    pub factor: Decimal,
    pub source: &'static Source,
}

/// A one-off award at a service milestone (long-service awards).
#[derive(Debug)]
pub struct Milestone {
    pub years: u8,
    pub amount: Decimal,
    pub name: Text,
    pub source: &'static Source,
}

/// Something the employer pays or provides that is not the worker's pay.
#[derive(Debug)]
pub struct EmployerItem {
    pub id: &'static str,
    pub name: Text,
    pub kind: EmployerKind,
    pub source: &'static Source,
}

#[derive(Debug)]
pub enum EmployerKind {
    /// A fixed monthly amount (Xishan's government-paid insurance).
    Monthly(Decimal),
    /// A percentage of a pay component (Xishan's housing fund: 12% of 基础补贴).
    PercentOf {
        percent: Decimal,
        component: &'static str,
    },
    /// A percentage paid once conditions are met (Guandu's housing fund).
    Eligibility {
        percent: Decimal,
        conditions: &'static [Condition],
    },
}

/// Met when every stated requirement is met.
#[derive(Debug)]
pub struct Condition {
    pub min_years: u8,
    pub certificate: bool,
    pub position: Option<Position>,
    pub source: &'static Source,
}

#[derive(Debug)]
pub struct Caveat {
    pub text: Text,
    pub source: &'static Source,
}

include!(concat!(env!("OUT_DIR"), "/policies.rs"));

/// Every bundled policy, in the order of their files' names.
pub fn all() -> &'static [Policy] {
    POLICIES
}

pub fn find(id: &str) -> Option<&'static Policy> {
    POLICIES.iter().find(|p| p.id == id)
}

impl Policy {
    pub fn uses(&self, input: Input) -> bool {
        self.inputs.contains(&input)
    }

    pub fn component(&self, id: &str) -> Option<&'static Component> {
        self.components.iter().find(|c| c.id == id)
    }

    /// A position in this district's own words ("工作人员（社区“两委”成员）" in Yinchuan).
    pub fn position(&self, position: Position) -> &PositionName {
        &self.positions[position.index()]
    }

    /// The component paid for a certificate, where there is one: its name is the district's own
    /// term (职业津贴, 职称补贴, 职业资格补贴).
    pub fn certificate_component(&self) -> Option<&'static Component> {
        self.components
            .iter()
            .find(|c| c.class == crate::ids::Class::Certificate)
    }

    /// Every source the policy cites, for checking quotes against the documents.
    pub fn sources(&'static self) -> Vec<&'static Source> {
        let mut out: Vec<&'static Source> = Vec::new();
        out.extend(self.positions.iter().filter_map(|p| p.source));
        out.extend(self.pay_range.as_ref().map(|r| r.source));
        if let Some(g) = &self.grade {
            out.push(g.cap);
            out.extend(g.positions.iter().map(|p| p.source));
            out.push(g.service.source);
            out.extend(g.service.uncounted);
            out.extend(g.service.excellent_bonus.map(|(_, s)| s));
            match &g.education {
                EducationRule::Levels { source, .. } => out.push(source),
                EducationRule::ServiceYears {
                    source, in_service, ..
                } => out.extend([*source, *in_service]),
            }
            out.extend(g.certificate.as_ref().map(|c| c.source));
            out.extend(g.one_shoulder.as_ref().map(|c| c.source));
        }
        out.extend(self.probation.as_ref().map(|p| p.source));
        for c in self.components {
            out.push(c.source);
            if let Rule::Lookup {
                entries, factor, ..
            } = &c.rule
            {
                out.extend(entries.iter().filter_map(|e| e.source));
                out.extend(factor.as_ref().map(|f| f.source));
            }
        }
        out.extend(self.milestones.iter().map(|m| m.source));
        for e in self.employer {
            out.push(e.source);
            if let EmployerKind::Eligibility { conditions, .. } = &e.kind {
                out.extend(conditions.iter().map(|c| c.source));
            }
        }
        out.extend(self.caveats.iter().map(|c| c.source));
        out
    }
}
