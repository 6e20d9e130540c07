//! The estimate: a pure function from a policy and a profile to the figures and the steps that
//! led to them. Unpublished amounts stay unpublished: a sum over them is a lower bound, and with
//! base pay unpublished there is no total.

use crate::explain::{Step, StepKind};
use crate::grade::{self, Placement};
use crate::ids::{Certificate, Class, Key, Period, Position};
use crate::policy::{
    Amount, Component, Condition, EmployerItem, EmployerKind, Entry, Milestone, PayRange, Policy,
    Probation, Rule, Source, WhenUnknown,
};
use crate::profile::{Profile, ProfileError, RankStep};
use rust_decimal::Decimal;

/// A component's amount for this profile, per its own period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Amount(Decimal),
    /// Not paid in this case: counts as zero.
    NotApplicable,
    Unpublished,
    /// The worker did not give the input it depends on, and no value may be assumed (Xishan's
    /// rank step): left out of the sums, which become lower bounds. `min`–`max` is what it would
    /// be where it is paid (0 where not eligible).
    Unknown {
        min: Decimal,
        max: Decimal,
    },
}

impl Value {
    pub fn amount(self) -> Option<Decimal> {
        match self {
            Value::Amount(a) => Some(a),
            Value::NotApplicable => Some(Decimal::ZERO),
            Value::Unpublished | Value::Unknown { .. } => None,
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

/// A summary figure: the sum of a class's published parts, and whether some part is unpublished
/// or unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    /// `None` when every part is unpublished, or when the documents name no such part at all
    /// (then `lower_bound` is false: see `not_mentioned`).
    pub amount: Option<Decimal>,
    /// Some part is unpublished or unknown, so `amount` is a lower bound.
    pub lower_bound: bool,
}

impl Figure {
    /// The documents do not mention this part of pay at all (文件未提及: Huangshi's performance
    /// pay for ordinary workers). Not 0, and not "unpublished".
    pub fn not_mentioned(self) -> bool {
        self.amount.is_none() && !self.lower_bound
    }
}

#[derive(Clone, Debug)]
pub enum MilestoneStatus {
    Reached,
    InYears(u8),
}

#[derive(Clone, Debug)]
pub enum EmployerValue {
    Monthly(Decimal),
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
    /// Xishan's 职级档次 as given (a step, not eligible, or unknown), where the policy is keyed
    /// by it.
    pub rank_step: Option<RankStep>,
    /// The published pay standard range, where the policy has one (Guandu's 4300—6800元/月/人
    /// （含五险）): the standard itself, shown apart from pay and from employer items.
    pub pay_range: Option<&'static PayRange>,
    pub components: Vec<ComponentValue>,
    pub base_pay_monthly: Figure,
    pub certificate_allowance_monthly: Figure,
    /// Where the certificate raises the level instead: what it adds to base pay per month.
    pub certificate_worth_monthly: Option<Decimal>,
    pub performance_annual: Figure,
    /// `None` when base pay is unpublished; a lower bound when `annual_total_lower_bound`.
    pub annual_total: Option<Decimal>,
    pub probation: bool,
    pub milestones: Vec<(&'static Milestone, MilestoneStatus)>,
    pub employer: Vec<(&'static EmployerItem, EmployerValue)>,
    pub steps: Vec<Step>,
}

impl Estimate {
    /// Every published figure is in: the total is exact, not a lower bound.
    pub fn complete(&self) -> bool {
        self.annual_total.is_some() && !self.annual_total_lower_bound()
    }

    /// The annual total leaves out a part that is unpublished, unknown or not mentioned: it is
    /// "至少" this much.
    pub fn annual_total_lower_bound(&self) -> bool {
        self.annual_total.is_some()
            && [
                self.base_pay_monthly,
                self.certificate_allowance_monthly,
                self.performance_annual,
            ]
            .iter()
            .any(|f| f.lower_bound || f.not_mentioned())
    }

    /// The components left out because the worker did not give what they depend on, with the
    /// range they would take (Xishan's rank allowance when the step is unknown).
    pub fn unknown(&self) -> impl Iterator<Item = (&'static Component, Decimal, Decimal)> + '_ {
        self.components.iter().filter_map(|c| match c.value {
            Value::Unknown { min, max } => Some((c.component, min, max)),
            _ => None,
        })
    }

    /// The worker's position in the district's own words.
    pub fn position_name(&self) -> &'static crate::policy::PositionName {
        self.policy.position(self.profile.position)
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
    if p.one_shoulder && !reads_one_shoulder(policy) {
        steps.push(Step::plain(StepKind::OneShoulderNoRule));
    }
    let placement = policy
        .grade
        .as_ref()
        .map(|g| grade::place(g, p, policy.position(p.position).name, &mut steps));
    let probation = probation(policy, p, &mut steps);
    let on_probation = policy.probation.as_ref().filter(|_| probation);

    let mut rank_step = None;
    let components: Vec<ComponentValue> = policy
        .components
        .iter()
        .map(|c| {
            if c.rule_key() == Some(Key::RankStep) {
                rank_step = Some(p.rank_step);
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
        let mut parts = components
            .iter()
            .filter(|c| c.component.class == class)
            .peekable();
        // No part of this class: the documents do not mention it (`Figure::not_mentioned`),
        // except a certificate paid through the level, where the allowance is known to be none.
        let through_level = class == Class::Certificate
            && policy
                .grade
                .as_ref()
                .is_some_and(|g| g.certificate.is_some());
        if parts.peek().is_none() && !through_level {
            return Figure {
                amount: None,
                lower_bound: false,
            };
        }
        for c in parts {
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

    // No total where a part of base pay is unpublished; where it is only unknown (an input the
    // worker did not give), the total leaves it out and is a lower bound.
    let base_unpublished = components
        .iter()
        .any(|c| c.component.class == Class::Base && c.value == Value::Unpublished);
    let annual_total = if base_unpublished {
        steps.push(Step::plain(StepKind::NoTotal));
        None
    } else {
        let monthly = base.amount.unwrap_or_default() + certificate.amount.unwrap_or_default();
        let annual = performance.amount.unwrap_or_default();
        let total = monthly * Decimal::from(12) + annual;
        let lower_bound = [base, certificate, performance]
            .iter()
            .any(|f| f.lower_bound || f.not_mentioned());
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
        pay_range: policy.pay_range.as_ref(),
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
fn probation(policy: &'static Policy, p: &Profile, steps: &mut Vec<Step>) -> bool {
    let Some(rule) = policy.probation.as_ref() else {
        return false;
    };
    if !p.probation {
        return false;
    }
    if !rule.positions.is_empty() && !rule.positions.contains(&p.position) {
        steps.push(Step::new(
            StepKind::ProbationNotForPosition {
                position: p.position,
                name: policy.position(p.position).name,
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
            when_unknown,
        } => {
            let (value, assumed) = match (key_value(*key, p), when_unknown) {
                (KeyValue::Given(v), _) => (v, false),
                (KeyValue::Unknown(v), WhenUnknown::Assume) => (v, true),
                (KeyValue::Unknown(_), WhenUnknown::LowerBound) => {
                    return unknown(c, *key, entries, factor.as_ref(), steps)
                }
            };
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

/// The profile's value for a key: given, or not given (with the value a policy may assume
/// then: the lowest published one, or Xishan's base community result).
enum KeyValue {
    Given(&'static str),
    Unknown(&'static str),
}

fn key_value(key: Key, p: &Profile) -> KeyValue {
    let values = key.values();
    let given = KeyValue::Given;
    match key {
        Key::Tier => {
            let tier = if p.one_shoulder && p.position == Position::Head {
                0
            } else {
                p.position.index() + 1
            };
            given(values[tier])
        }
        Key::Certificate => given(values[p.certificate.index()]),
        Key::Assessment => given(values[p.assessment.index()]),
        Key::Stars => match p.stars {
            Some(s) => given(values[usize::from(s)]),
            None => KeyValue::Unknown(values[0]),
        },
        Key::RankStep => match p.rank_step {
            RankStep::Step(s) => given(values[usize::from(s) - 1]),
            RankStep::NotEligible => given(RankStep::NOT_ELIGIBLE),
            // The lowest step, for a policy that assumes one.
            RankStep::Unknown => KeyValue::Unknown(values[usize::from(crate::ids::RANK_STEPS) - 1]),
        },
        Key::CommunityResult => match p.community_result {
            Some(r) => given(values[r.index()]),
            None => KeyValue::Unknown("complete"),
        },
    }
}

/// A lookup whose input the worker did not give and whose policy assumes none: the range of its
/// published amounts, left out of the sums. The step cites the entry that says why nothing can
/// be assumed (Xishan: "符合领取职级补贴条件" — not everyone qualifies), else the component.
fn unknown(
    c: &'static Component,
    key: Key,
    entries: &'static [Entry],
    factor: Option<&crate::policy::Factor>,
    steps: &mut Vec<Step>,
) -> Value {
    let scale = factor.map_or(Decimal::ONE, |f| f.factor);
    let amounts = entries.iter().filter_map(|e| match e.amount {
        Amount::Published(a) => Some(a * scale),
        Amount::Uplift { amount, percent } => {
            Some((amount + amount * percent / Decimal::from(100)) * scale)
        }
        _ => None,
    });
    let (min, max) = amounts.fold(
        (None, None),
        |(lo, hi): (Option<Decimal>, Option<Decimal>), a| {
            (
                Some(lo.map_or(a, |l| l.min(a))),
                Some(hi.map_or(a, |h| h.max(a))),
            )
        },
    );
    let (min, max) = (min.unwrap_or_default(), max.unwrap_or_default());
    let source = entries
        .iter()
        .find(|e| e.amount == Amount::NotApplicable && e.source.is_some())
        .and_then(|e| e.source)
        .unwrap_or(c.source);
    steps.push(Step::new(
        StepKind::UnknownRange {
            component: c,
            key,
            min,
            max,
            not_eligible: entries.iter().any(|e| e.amount == Amount::NotApplicable),
        },
        source,
    ));
    Value::Unknown { min, max }
}

/// Whether any rule reads "一肩挑": a level step, or a pay tier of its own.
fn reads_one_shoulder(policy: &Policy) -> bool {
    policy
        .grade
        .as_ref()
        .is_some_and(|g| g.one_shoulder.is_some())
        || policy
            .components
            .iter()
            .any(|c| c.rule_key() == Some(Key::Tier))
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
