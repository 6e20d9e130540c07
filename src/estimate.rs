//! The estimate: a pure function from a policy and a profile to the figures and the steps that
//! led to them. Unpublished amounts stay unpublished: a sum over them is a lower bound, and with
//! base pay unpublished there is no total.

use crate::explain::{Step, StepKind};
use crate::grade::{self, Placement};
use crate::ids::{Certificate, Class, Key, Period, Position, RANK_STEPS};
use crate::policy::{
    Amount, Component, Condition, EmployerItem, EmployerKind, Milestone, Policy, Probation, Rule,
    Source,
};
use crate::profile::{Profile, ProfileError};
use rust_decimal::Decimal;

/// A component's amount for this profile, per its own period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Amount(Decimal),
    /// Not paid in this case: counts as zero.
    NotApplicable,
    Unpublished,
}

impl Value {
    pub fn amount(self) -> Option<Decimal> {
        match self {
            Value::Amount(a) => Some(a),
            Value::NotApplicable => Some(Decimal::ZERO),
            Value::Unpublished => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ComponentValue {
    pub component: &'static Component,
    pub value: Value,
}

impl ComponentValue {
    /// The amount over a year, if published.
    pub fn annual(&self) -> Option<Decimal> {
        self.value.amount().map(|a| match self.component.period {
            Period::Monthly => a * Decimal::from(12),
            Period::Annual => a,
        })
    }
}

/// A summary figure: the sum of a class's published parts, and whether some part is unpublished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    /// `None` when every part is unpublished (or there is no part at all: then `Some(0)`).
    pub amount: Option<Decimal>,
    /// Some part is unpublished, so `amount` is a lower bound.
    pub lower_bound: bool,
}

#[derive(Clone, Debug)]
pub enum MilestoneStatus {
    Reached,
    InYears(u8),
}

#[derive(Clone, Debug)]
pub enum EmployerValue {
    Monthly(Decimal),
    Range(Decimal, Decimal),
    /// A percentage of a published amount.
    Percent {
        percent: Decimal,
        of: Decimal,
        amount: Decimal,
    },
    /// Met, with the condition that met it; `needs_head_years` when it relies on every year
    /// having been served as 正职, which the profile cannot tell.
    Eligible {
        percent: Decimal,
        condition: &'static Condition,
        needs_head_years: bool,
    },
    NotYet {
        percent: Decimal,
    },
}

#[derive(Clone, Debug)]
pub struct Estimate {
    pub policy: &'static Policy,
    pub profile: Profile,
    pub placement: Option<Placement>,
    /// Xishan's 职级档次, where the policy is keyed by it.
    pub rank_step: Option<u8>,
    pub components: Vec<ComponentValue>,
    pub base_pay_monthly: Figure,
    pub certificate_allowance_monthly: Figure,
    /// Where the certificate raises the level instead: what it adds to base pay per month.
    pub certificate_worth_monthly: Option<Decimal>,
    pub performance_annual: Figure,
    /// `None` when base pay is unpublished.
    pub annual_total: Option<Decimal>,
    pub probation: bool,
    pub milestones: Vec<(&'static Milestone, MilestoneStatus)>,
    pub employer: Vec<(&'static EmployerItem, EmployerValue)>,
    pub steps: Vec<Step>,
}

impl Estimate {
    /// Every published figure is in: the total is exact, not a lower bound.
    pub fn complete(&self) -> bool {
        self.annual_total.is_some() && self.unpublished().next().is_none()
    }

    /// The components of pay whose amount the documents do not give, for this profile.
    pub fn unpublished(&self) -> impl Iterator<Item = &'static Component> + '_ {
        self.components
            .iter()
            .filter(|c| c.value == Value::Unpublished)
            .map(|c| c.component)
    }

    /// Inputs the worker did not give, for which the estimate assumed a value (the lowest
    /// published, or Xishan's base community result); each has a step that says so.
    pub fn assumed(&self) -> Vec<Key> {
        let mut keys: Vec<Key> = self
            .steps
            .iter()
            .filter_map(|s| match s.kind {
                StepKind::Lookup {
                    key, assumed: true, ..
                } => Some(key),
                _ => None,
            })
            .collect();
        keys.dedup();
        keys
    }

    pub fn level(&self) -> Option<u8> {
        self.placement.map(|p| p.level)
    }

    /// The annual total leaves out an unpublished allowance or performance part: "至少".
    pub fn annual_total_lower_bound(&self) -> bool {
        self.annual_total.is_some()
            && (self.certificate_allowance_monthly.lower_bound
                || self.performance_annual.lower_bound)
    }
}

/// Estimates a worker's pay under one policy.
pub fn estimate(policy: &'static Policy, profile: &Profile) -> Result<Estimate, ProfileError> {
    profile.check()?;
    let mut est = compute(policy, profile);
    est.certificate_worth_monthly = certificate_worth(policy, profile, &est);
    if let Some(worth) = est.certificate_worth_monthly {
        let source = policy
            .grade
            .as_ref()
            .and_then(|g| g.certificate.as_ref())
            .map(|c| c.source);
        if let Some(source) = source {
            let at = est
                .steps
                .iter()
                .position(|s| matches!(s.kind, StepKind::AnnualTotal { .. } | StepKind::NoTotal));
            let step = Step::new(
                StepKind::CertificateWorth {
                    certificate: profile.certificate,
                    worth,
                },
                source,
            );
            est.steps.insert(at.unwrap_or(est.steps.len()), step);
        }
    }
    Ok(est)
}

/// Estimates under every bundled policy, for the comparison.
pub fn compare(profile: &Profile) -> Result<Vec<Estimate>, ProfileError> {
    crate::policy::all()
        .iter()
        .map(|p| estimate(p, profile))
        .collect()
}

fn compute(policy: &'static Policy, p: &Profile) -> Estimate {
    let mut steps = Vec::new();
    let placement = policy
        .grade
        .as_ref()
        .map(|g| grade::place(g, p, &mut steps));
    let probation = probation(policy.probation.as_ref(), p, &mut steps);
    let on_probation = policy.probation.as_ref().filter(|_| probation);

    let mut rank_step = None;
    let components: Vec<ComponentValue> = policy
        .components
        .iter()
        .map(|c| {
            if c.rule_key() == Some(Key::RankStep) {
                rank_step = Some(p.rank_step.unwrap_or(RANK_STEPS));
            }
            ComponentValue {
                component: c,
                value: value(c, p, placement, on_probation, &mut steps),
            }
        })
        .collect();

    let figure = |class: Class, monthly: bool| {
        let mut sum = Decimal::ZERO;
        let (mut any, mut missing) = (false, false);
        for c in components.iter().filter(|c| c.component.class == class) {
            let part = if monthly {
                c.value.amount().map(|a| per_month(c.component, a))
            } else {
                c.annual()
            };
            match part {
                Some(a) => {
                    sum += a;
                    any = true;
                }
                None => missing = true,
            }
        }
        Figure {
            amount: (any || !missing).then_some(sum),
            lower_bound: missing,
        }
    };
    let base = figure(Class::Base, true);
    let certificate = figure(Class::Certificate, true);
    let performance = figure(Class::Performance, false);

    let annual_total = if base.lower_bound {
        steps.push(Step::plain(StepKind::NoTotal));
        None
    } else {
        let monthly = base.amount.unwrap_or_default() + certificate.amount.unwrap_or_default();
        let annual = performance.amount.unwrap_or_default();
        let total = monthly * Decimal::from(12) + annual;
        let lower_bound = certificate.lower_bound || performance.lower_bound;
        steps.push(Step::plain(StepKind::AnnualTotal {
            monthly,
            annual,
            total,
            lower_bound,
        }));
        Some(total)
    };

    Estimate {
        policy,
        profile: p.clone(),
        placement,
        rank_step,
        base_pay_monthly: base,
        certificate_allowance_monthly: certificate,
        certificate_worth_monthly: None,
        performance_annual: performance,
        annual_total,
        probation,
        milestones: policy
            .milestones
            .iter()
            .map(|m| (m, milestone(m, p.years)))
            .collect(),
        employer: policy
            .employer
            .iter()
            .filter_map(|e| employer(e, p, &components).map(|v| (e, v)))
            .collect(),
        components,
        steps,
    }
}

fn per_month(c: &Component, amount: Decimal) -> Decimal {
    match c.period {
        Period::Monthly => amount,
        Period::Annual => amount / Decimal::from(12),
    }
}

impl Component {
    pub fn rule_key(&self) -> Option<Key> {
        match self.rule {
            Rule::Lookup { key, .. } => Some(key),
            _ => None,
        }
    }
}

/// Whether probation applies, with the step that says so.
fn probation(rule: Option<&'static Probation>, p: &Profile, steps: &mut Vec<Step>) -> bool {
    let Some(rule) = rule else { return false };
    if !p.probation {
        return false;
    }
    if !rule.positions.is_empty() && !rule.positions.contains(&p.position) {
        steps.push(Step::new(
            StepKind::ProbationNotForPosition {
                position: p.position,
            },
            rule.source,
        ));
        return false;
    }
    if rule.coefficient.is_none() && rule.paid.is_empty() {
        steps.push(Step::new(StepKind::ProbationFullPay, rule.source));
    }
    true
}

fn value(
    c: &'static Component,
    p: &Profile,
    placement: Option<Placement>,
    probation: Option<&'static Probation>,
    steps: &mut Vec<Step>,
) -> Value {
    if let Some(rule) = probation {
        if !rule.paid.is_empty() && !rule.paid.contains(&c.id) {
            steps.push(Step::new(
                StepKind::ProbationNotPaid { component: c },
                rule.source,
            ));
            return Value::NotApplicable;
        }
    }
    match &c.rule {
        Rule::Unpublished => {
            steps.push(Step::new(StepKind::Unpublished { component: c }, c.source));
            Value::Unpublished
        }
        Rule::LevelCoefficient { base, table } => {
            if let Some(rule) = probation {
                if let Some(coefficient) = rule.coefficient {
                    let amount = *base * coefficient;
                    steps.push(Step::new(
                        StepKind::ProbationCoefficient {
                            component: c,
                            coefficient,
                            base: *base,
                            amount,
                        },
                        rule.source,
                    ));
                    return Value::Amount(amount);
                }
            }
            // The build checks that a level-keyed component has a grade and a row per level.
            let Some(level) = placement.map(|pl| pl.level) else {
                return Value::Unpublished;
            };
            let Some(row) = table.iter().find(|r| r.level == level) else {
                return Value::Unpublished;
            };
            steps.push(Step::new(
                StepKind::Coefficient {
                    component: c,
                    level,
                    coefficient: row.coefficient,
                    base: *base,
                    amount: row.amount,
                },
                c.source,
            ));
            Value::Amount(row.amount)
        }
        Rule::Lookup {
            key,
            entries,
            factor,
        } => {
            let (value, assumed) = key_value(*key, p);
            let Some(entry) = entries.iter().find(|e| e.value == value) else {
                return Value::Unpublished;
            };
            let result = match entry.amount {
                Amount::Published(a) => Value::Amount(a),
                Amount::Uplift { amount, percent } => {
                    Value::Amount(amount + amount * percent / Decimal::from(100))
                }
                Amount::NotApplicable => Value::NotApplicable,
                Amount::Unpublished => Value::Unpublished,
            };
            let source = entry.source.unwrap_or(c.source);
            steps.push(Step::new(
                StepKind::Lookup {
                    component: c,
                    key: *key,
                    value,
                    assumed,
                    amount: entry.amount,
                    result: result.amount(),
                },
                source,
            ));
            match (result, factor) {
                (Value::Amount(a), Some(f)) => {
                    let total = a * f.factor;
                    steps.push(Step::new(
                        StepKind::Factor {
                            component: c,
                            amount: a,
                            factor: f.factor,
                            result: total,
                        },
                        f.source,
                    ));
                    Value::Amount(total)
                }
                (v, _) => v,
            }
        }
    }
}

/// The id of the profile's value for a key, and whether it was assumed because none was given:
/// then the lowest published value is used, and the step says so.
fn key_value(key: Key, p: &Profile) -> (&'static str, bool) {
    let values = key.values();
    match key {
        Key::Tier => {
            let tier = if p.one_shoulder && p.position == Position::Head {
                0
            } else {
                p.position.index() + 1
            };
            (values[tier], false)
        }
        Key::Certificate => (values[p.certificate.index()], false),
        Key::Assessment => (values[p.assessment.index()], false),
        Key::Stars => match p.stars {
            Some(s) => (values[usize::from(s)], false),
            None => (values[0], true),
        },
        Key::RankStep => match p.rank_step {
            Some(s) => (values[usize::from(s) - 1], false),
            None => (values[usize::from(RANK_STEPS) - 1], true),
        },
        Key::CommunityResult => match p.community_result {
            Some(r) => (values[r.index()], false),
            None => ("complete", true),
        },
    }
}

fn milestone(m: &Milestone, years: u8) -> MilestoneStatus {
    if years >= m.years {
        MilestoneStatus::Reached
    } else {
        MilestoneStatus::InYears(m.years - years)
    }
}

fn employer(
    item: &'static EmployerItem,
    p: &Profile,
    values: &[ComponentValue],
) -> Option<EmployerValue> {
    Some(match &item.kind {
        EmployerKind::Monthly(a) => EmployerValue::Monthly(*a),
        EmployerKind::RangeMonthly(lo, hi) => EmployerValue::Range(*lo, *hi),
        EmployerKind::PercentOf { percent, component } => {
            let of = values
                .iter()
                .find(|v| v.component.id == *component)?
                .value
                .amount()?;
            EmployerValue::Percent {
                percent: *percent,
                of,
                amount: of * *percent / Decimal::from(100),
            }
        }
        EmployerKind::Eligibility {
            percent,
            conditions,
        } => {
            let met = conditions.iter().find(|c| {
                p.years >= c.min_years
                    && (!c.certificate || p.certificate != Certificate::None)
                    && c.position.is_none_or(|pos| pos == p.position)
            });
            match met {
                Some(condition) => EmployerValue::Eligible {
                    percent: *percent,
                    condition,
                    needs_head_years: condition.position.is_some(),
                },
                None => EmployerValue::NotYet { percent: *percent },
            }
        }
    })
}

/// The pay difference the certificate makes, where it raises the level rather than paying an
/// allowance: the same profile without it, compared.
fn certificate_worth(policy: &'static Policy, p: &Profile, est: &Estimate) -> Option<Decimal> {
    policy.grade.as_ref()?.certificate.as_ref()?;
    if p.certificate == Certificate::None {
        return None;
    }
    let without = compute(
        policy,
        &Profile {
            certificate: Certificate::None,
            ..p.clone()
        },
    );
    Some(est.base_pay_monthly.amount? - without.base_pay_monthly.amount?)
}

/// A source's document, for citing.
pub fn document(policy: &Policy, source: &Source) -> &'static crate::policy::Document {
    &policy.documents[source.document]
}
