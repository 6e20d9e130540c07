//! The explanation of an estimate: the ordered steps that led to each figure, each with the
//! clause it rests on. Steps hold values, not sentences; `i18n` words them per language.

use crate::ids::{Assessment, Certificate, Education, Key, Position};
use crate::policy::{Amount, Component, Source, Text};
use rust_decimal::Decimal;

#[derive(Clone, Debug)]
pub struct Step {
    pub kind: StepKind,
    pub source: Option<&'static Source>,
}

impl Step {
    pub fn new(kind: StepKind, source: &'static Source) -> Step {
        Step {
            kind,
            source: Some(source),
        }
    }

    pub fn plain(kind: StepKind) -> Step {
        Step { kind, source: None }
    }

    pub fn is_interpretation(&self) -> bool {
        self.source.is_some_and(Source::is_interpretation)
    }

    /// The quote is assembled from the document (据原文整理), not verbatim.
    pub fn is_assembled(&self) -> bool {
        self.source.is_some_and(Source::is_assembled)
    }
}

impl StepKind {
    /// The component of pay a step is about, if it is about one.
    pub fn component(&self) -> Option<&'static Component> {
        match self {
            StepKind::Coefficient { component, .. }
            | StepKind::ProbationCoefficient { component, .. }
            | StepKind::ProbationNotPaid { component }
            | StepKind::Lookup { component, .. }
            | StepKind::Factor { component, .. }
            | StepKind::Unpublished { component }
            | StepKind::UnknownRange { component, .. } => Some(component),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum StepKind {
    /// The position's level range; `name` is the position in the district's own words.
    PositionRange {
        position: Position,
        name: Text,
        min: u8,
        max: u8,
    },
    /// Last year's annual assessment, counted among the uncounted (基本合格/不合格) or 优秀
    /// years (Songshan: "年度考核为合格及以上等次…可以从次年1月份起提升1级"). `raised` when the
    /// count given was 0 and is taken as 1.
    LastYearAssessed {
        assessment: Assessment,
        raised: bool,
    },
    /// "一肩挑" was given, but the documents have no rule for it: no change.
    OneShoulderNoRule,
    /// Years assessed 基本合格/不合格 are taken off.
    UncountedYears {
        years: u8,
        uncounted: u8,
        remaining: Decimal,
    },
    /// Each 优秀 year adds `per_year`.
    ExcellentYears {
        excellent: u8,
        per_year: Decimal,
        counted: Decimal,
    },
    /// Counted service reaches `steps` thresholds.
    Service {
        counted: Decimal,
        steps: u8,
        at: &'static [u8],
    },
    EducationLevels {
        education: Education,
        steps: u8,
    },
    /// A degree held when hired counts as `years` of service.
    DegreeYears {
        education: Education,
        years: u8,
        counted: Decimal,
    },
    /// A degree earned in service lifts the level to its floor only if below it.
    DegreeFloor {
        education: Education,
        years: u8,
        floor: u8,
        service: u8,
    },
    CertificateLevels {
        certificate: Certificate,
        steps: u8,
    },
    OneShoulderLevels {
        steps: u8,
    },
    /// The level, capped at the position's top.
    Level {
        raw: u8,
        level: u8,
        max: u8,
    },
    /// base × coefficient.
    Coefficient {
        component: &'static Component,
        level: u8,
        coefficient: Decimal,
        base: Decimal,
        amount: Decimal,
    },
    ProbationCoefficient {
        component: &'static Component,
        coefficient: Decimal,
        base: Decimal,
        amount: Decimal,
    },
    /// Not paid while on probation.
    ProbationNotPaid {
        component: &'static Component,
    },
    /// Probation rules do not apply to this position (`name`: in the district's words).
    ProbationNotForPosition {
        position: Position,
        name: Text,
    },
    /// Probation pays the full standard (Songshan).
    ProbationFullPay,
    /// A value looked up in a component's table. `assumed` when the worker gave none.
    Lookup {
        component: &'static Component,
        key: Key,
        value: &'static str,
        assumed: bool,
        amount: Amount,
        result: Option<Decimal>,
    },
    /// The looked-up amount times a factor (12 months of a monthly standard).
    Factor {
        component: &'static Component,
        amount: Decimal,
        factor: Decimal,
        result: Decimal,
    },
    /// The document names this part of pay but publishes no amount.
    Unpublished {
        component: &'static Component,
    },
    /// The worker did not give the input this part depends on, and none may be assumed: left
    /// out of the total (a lower bound). `min`–`max` is what it would be where paid; 0 where
    /// `not_eligible` (Xishan's rank allowance: 0, or 600–2000 by step).
    UnknownRange {
        component: &'static Component,
        key: Key,
        min: Decimal,
        max: Decimal,
        not_eligible: bool,
    },
    /// What the certificate is worth where it raises the level instead of paying an allowance.
    CertificateWorth {
        certificate: Certificate,
        worth: Decimal,
    },
    /// 12 × monthly + annual.
    AnnualTotal {
        monthly: Decimal,
        annual: Decimal,
        total: Decimal,
        lower_bound: bool,
    },
    /// No total: base pay is unpublished.
    NoTotal,
}

/// The figure of the estimate a step explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Level,
    Base,
    Certificate,
    Performance,
    Total,
}

impl Step {
    /// Which figure this step explains.
    pub fn part(&self) -> Part {
        use crate::ids::Class;
        use StepKind::*;
        let of = |c: &Component| match c.class {
            Class::Base => Part::Base,
            Class::Certificate => Part::Certificate,
            Class::Performance => Part::Performance,
        };
        match &self.kind {
            PositionRange { .. }
            | UncountedYears { .. }
            | ExcellentYears { .. }
            | Service { .. }
            | EducationLevels { .. }
            | DegreeYears { .. }
            | DegreeFloor { .. }
            | CertificateLevels { .. }
            | OneShoulderLevels { .. }
            | OneShoulderNoRule
            | LastYearAssessed { .. }
            | Level { .. } => Part::Level,
            Coefficient { component, .. }
            | ProbationCoefficient { component, .. }
            | ProbationNotPaid { component }
            | Lookup { component, .. }
            | Factor { component, .. }
            | Unpublished { component }
            | UnknownRange { component, .. } => of(component),
            ProbationNotForPosition { .. } | ProbationFullPay => Part::Base,
            CertificateWorth { .. } => Part::Certificate,
            AnnualTotal { .. } | NoTotal => Part::Total,
        }
    }

    /// The worker gave no value for this input, and the estimate assumed one.
    pub fn is_assumed(&self) -> bool {
        matches!(self.kind, StepKind::Lookup { assumed: true, .. })
    }

    /// A step of Xishan's rank-step lookup (the level row of a district keyed by rank step).
    pub fn is_rank_step(&self) -> bool {
        matches!(
            self.kind,
            StepKind::Lookup {
                key: Key::RankStep,
                ..
            }
        )
    }
}
