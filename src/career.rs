//! The career view (issue 6, "where my pay goes from here"): the estimate for every coming year
//! of service, where the level steps up, and the next steps a worker can take ("what-ifs"), each
//! with the clause that makes the difference. Values only; `i18n` words them.
//!
//! Every figure here is an `estimate` of a changed profile, compared with the current one: the
//! career view has no pay rule of its own.

use crate::estimate::{estimate, Estimate, Figure, MilestoneStatus};
use crate::explain::StepKind;
use crate::grade;
use crate::ids::{
    Assessment, Certificate, Class, Education, Input, Key, Position, MAX_STARS, RANK_STEPS,
};
use crate::policy::{Component, EducationRule, Milestone, Policy, Rule, Source};
use crate::profile::{Profile, ProfileError, RankStep};
use rust_decimal::Decimal;

/// The last year of service a projection shows: one past the ladders' last service step (34
/// years, "34年及以上"), so the top of every range that service can reach is in view.
pub const HORIZON_YEARS: u8 = 35;

/// The estimate for each year of service from the profile's years to `HORIZON_YEARS` (only the
/// profile's own year when it is already past that), everything else unchanged: 优秀 and
/// uncounted years stay as given, so each year is exactly `estimate` of that year's profile.
pub fn project(policy: &'static Policy, profile: &Profile) -> Result<Vec<Estimate>, ProfileError> {
    profile.check()?;
    (profile.years..=HORIZON_YEARS.max(profile.years))
        .map(|years| estimate(policy, &year_profile(profile, years)))
        .collect()
}

/// The profile a number of years on: probation (three months at most in every published
/// scheme) is over after the current year; everything else stays as given.
pub fn year_profile(profile: &Profile, years: u8) -> Profile {
    Profile {
        years,
        probation: profile.probation && years == profile.years,
        ..profile.clone()
    }
}

/// A year of service at which the level changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelStep {
    /// Years of service at which the new level is reached.
    pub years: u8,
    pub from: u8,
    pub to: u8,
    /// What base pay gains per month; `None` where base pay is unpublished.
    pub base_pay_gain: Option<Decimal>,
}

/// `a − b`, as `a + (−b)`: the same operation, since `Decimal`'s subtraction is addition of the
/// negated operand; its own `Sub` would add ~2 KB to the browser build, which has `Add` already.
fn minus(a: Decimal, b: Decimal) -> Decimal {
    a + -b
}

/// A figure's amount when it is exact (not a lower bound).
fn exact(f: Figure) -> Option<Decimal> {
    f.amount.filter(|_| !f.lower_bound)
}

/// Every level change along a projection, in order.
pub fn level_steps(projection: &[Estimate]) -> Vec<LevelStep> {
    projection
        .windows(2)
        .filter_map(|w| {
            let (from, to) = (w[0].level()?, w[1].level()?);
            (from != to).then(|| LevelStep {
                years: w[1].profile.years,
                from,
                to,
                base_pay_gain: exact(w[1].base_pay_monthly)
                    .zip(exact(w[0].base_pay_monthly))
                    .map(|(after, before)| minus(after, before)),
            })
        })
        .collect()
}

/// The next level step: "再工作 N 年升到 X 级（+Y 元/月）".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// Years from the profile's years.
    pub in_years: u8,
    pub step: LevelStep,
}

/// The first level step ahead, or `None` when the level no longer changes (or there is no
/// level ladder).
pub fn next_step(projection: &[Estimate]) -> Option<NextStep> {
    let start = projection.first()?.profile.years;
    level_steps(projection)
        .into_iter()
        .next()
        .map(|step| NextStep {
            in_years: step.years - start,
            step,
        })
}

/// The years of service at which the level first reaches the top of the position's range, if it
/// does within the projection (the first year, when already there).
pub fn top_reached(projection: &[Estimate]) -> Option<u8> {
    projection
        .iter()
        .find(|e| e.placement.is_some_and(|p| p.level == p.max))
        .map(|e| e.profile.years)
}

/// The one-off milestones not yet reached that fall within the projection.
pub fn milestones_ahead(projection: &[Estimate]) -> Vec<&'static Milestone> {
    let (Some(first), Some(last)) = (projection.first(), projection.last()) else {
        return Vec::new();
    };
    first
        .milestones
        .iter()
        .filter(|(m, status)| {
            matches!(status, MilestoneStatus::InYears(_)) && m.years <= last.profile.years
        })
        .map(|(m, _)| *m)
        .collect()
}

/// A next step a worker can take, as the profile field it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The next certificate level.
    Certificate(Certificate),
    /// The next higher degree; where the policy distinguishes it, earned in service.
    Education(Education),
    /// One more star for the community party organisation.
    Stars(u8),
    /// An annual assessment of 优秀.
    Assessment(Assessment),
    /// One rank step higher (Xishan: step − 1).
    RankStep(u8),
    /// Becoming 正职.
    Position(Position),
}

/// What one next step is worth, against the profile as it is.
#[derive(Clone, Debug)]
pub struct WhatIf {
    pub change: Change,
    /// The profile with the change applied, for the UI to apply in one click.
    pub profile: Profile,
    /// The level before and after, where the policy has a level ladder.
    pub level: Option<(u8, u8)>,
    /// The change in monthly pay (base pay and allowances); `None` when it depends on an
    /// unpublished amount.
    pub monthly_gain: Option<Decimal>,
    /// The change in annual pay (12 × monthly, plus annual parts); `None` when it depends on an
    /// unpublished amount.
    pub annual_gain: Option<Decimal>,
    /// Parts of pay the change moves whose amounts are unpublished.
    pub unpublished: Vec<&'static Component>,
    /// The rule that makes the difference.
    pub source: &'static Source,
    /// The interpretations the figures rest on, besides `source`'s own (the star what-if's
    /// "12 × the monthly standard"): every step of the changed estimate that reads an ambiguous
    /// text, for the parts of pay the change moves (and the ladder, where the level moves).
    pub interpretations: Vec<&'static Source>,
}

impl WhatIf {
    /// Levels gained, where the policy has a level ladder.
    pub fn level_gain(&self) -> Option<u8> {
        self.level
            .map(|(before, after)| after.saturating_sub(before))
    }
}

impl Change {
    fn apply(self, policy: &Policy, p: &Profile) -> Profile {
        let mut p = p.clone();
        match self {
            Change::Certificate(c) => p.certificate = c,
            Change::Education(e) => {
                p.education = e;
                // A degree taken from here on is earned in service (Songshan: it lifts the level
                // only to that degree's floor).
                if policy.uses(Input::DegreeInService) {
                    p.degree_in_service = true;
                }
            }
            Change::Stars(s) => p.stars = Some(s),
            Change::Assessment(a) => p.assessment = a,
            Change::RankStep(s) => p.rank_step = RankStep::Step(s),
            Change::Position(pos) => p.position = pos,
        }
        p
    }

    /// The lookup key a changed amount would be keyed by.
    fn key(self) -> Option<Key> {
        match self {
            Change::Certificate(_) => Some(Key::Certificate),
            Change::Education(_) => None,
            Change::Stars(_) => Some(Key::Stars),
            Change::Assessment(_) => Some(Key::Assessment),
            Change::RankStep(_) => Some(Key::RankStep),
            Change::Position(_) => Some(Key::Tier),
        }
    }
}

fn next<T: Copy + PartialEq>(all: &[T], current: T) -> Option<T> {
    let i = all.iter().position(|v| *v == current)?;
    all.get(i + 1).copied()
}

/// The next steps this profile could take under this policy: what the policy's inputs allow.
fn candidates(policy: &Policy, p: &Profile) -> Vec<Change> {
    let mut changes = Vec::new();
    if let Some(c) = next(Certificate::ALL, p.certificate) {
        changes.push(Change::Certificate(c));
    }
    if let Some(e) = next(Education::ALL, p.education) {
        changes.push(Change::Education(e));
    }
    if policy.uses(Input::Stars) {
        // Unknown stars are estimated at the lowest (0), as the estimate does.
        let stars = p.stars.unwrap_or(0);
        if stars < MAX_STARS {
            changes.push(Change::Stars(stars + 1));
        }
    }
    if p.assessment != Assessment::Excellent {
        changes.push(Change::Assessment(Assessment::Excellent));
    }
    if policy.uses(Input::RankStep) {
        // One step up; from "not eligible", the lowest step. An unknown step has no next one:
        // the estimate shows the range instead.
        match p.rank_step {
            RankStep::Step(s) if s > 1 => changes.push(Change::RankStep(s - 1)),
            RankStep::NotEligible => changes.push(Change::RankStep(RANK_STEPS)),
            _ => {}
        }
    }
    if p.position != Position::Head {
        changes.push(Change::Position(Position::Head));
    }
    changes
}

/// The value a lookup component was keyed by in an estimate ("3", "head" …).
fn lookup_value(e: &Estimate, c: &Component) -> Option<&'static str> {
    e.steps.iter().find_map(|s| match s.kind {
        StepKind::Lookup {
            component, value, ..
        } if std::ptr::eq(component, c) => Some(value),
        _ => None,
    })
}

/// Whether what a component is keyed by is the same in both estimates: its lookup value, or the
/// level. An unpublished amount keyed by the same thing is the same amount; one keyed by nothing
/// the documents name (no ladder, no lookup) is left out, as the annual total leaves it out.
fn same_key(before: &Estimate, after: &Estimate, c: &Component) -> bool {
    match c.rule {
        Rule::Lookup { .. } => lookup_value(before, c) == lookup_value(after, c),
        Rule::LevelCoefficient { .. } | Rule::Unpublished => {
            before.level() == after.level() && before.probation == after.probation
        }
    }
}

/// The clause that makes the difference: the ladder's rule where the level moves, else the
/// table entry the changed amount is read from.
fn source(
    policy: &Policy,
    change: Change,
    before: &Estimate,
    after: &Estimate,
) -> Option<&'static Source> {
    let by_level = policy.grade.as_ref().and_then(|g| match change {
        Change::Certificate(_) => g.certificate.as_ref().map(|c| c.source),
        Change::Education(_) => Some(match &g.education {
            EducationRule::Levels { source, .. } => *source,
            EducationRule::ServiceYears {
                source, in_service, ..
            } => {
                if after.profile.degree_in_service {
                    *in_service
                } else {
                    *source
                }
            }
        }),
        Change::Position(pos) => Some(grade::range(g, pos).source),
        _ => None,
    });
    let level_moved = before.level() != after.level();
    by_level.filter(|_| level_moved).or_else(|| {
        let key = change.key()?;
        after.steps.iter().find_map(|s| match s.kind {
            StepKind::Lookup {
                component, key: k, ..
            } if k == key && lookup_value(before, component) != lookup_value(after, component) => {
                s.source
            }
            _ => None,
        })
    })
}

fn what_if(policy: &'static Policy, before: &Estimate, change: Change) -> Option<WhatIf> {
    let profile = change.apply(policy, &before.profile);
    let after = estimate(policy, &profile).ok()?;
    let (mut monthly, mut annual) = (Some(Decimal::ZERO), Some(Decimal::ZERO));
    let mut unpublished = Vec::new();
    for (b, a) in before.components.iter().zip(&after.components) {
        let c = a.component;
        let monthly_part = matches!(c.class, Class::Base | Class::Certificate);
        match (a.annual(), b.annual()) {
            (Some(y), Some(x)) => {
                // Per month as the estimate counts it: a twelfth of the year's amount.
                if monthly_part {
                    monthly = monthly.map(|m| m + minus(y, x) / Decimal::from(12));
                }
                annual = annual.map(|s| s + minus(y, x));
            }
            _ if b.value == a.value && same_key(before, &after, c) => {}
            _ => {
                unpublished.push(c);
                if monthly_part {
                    monthly = None;
                }
                annual = None;
            }
        }
    }
    let level = before.level().zip(after.level());
    let level_moved = level.is_some_and(|(b, a)| a != b);
    let gained = [monthly, annual]
        .iter()
        .any(|g| g.is_some_and(|g| !g.is_zero()));
    if !level_moved && !gained && unpublished.is_empty() {
        return None;
    }
    // A step forward that would lower pay is the model's limit, not the policy's (a degree held
    // when hired, then a higher one earned in service: Songshan keeps the higher level).
    let lowered = level.is_some_and(|(b, a)| a < b)
        || [monthly, annual]
            .iter()
            .any(|g| g.is_some_and(|g| g.is_sign_negative() && !g.is_zero()));
    if lowered {
        return None;
    }
    let source = source(policy, change, before, &after)?;
    let moved: Vec<&'static Component> = before
        .components
        .iter()
        .zip(&after.components)
        .filter(|(b, a)| b.value != a.value)
        .map(|(_, a)| a.component)
        .collect();
    let mut interpretations: Vec<&'static Source> = Vec::new();
    for step in after.steps.iter().filter(|s| s.is_interpretation()) {
        let relevant = match step.kind.component() {
            Some(c) => moved.iter().any(|m| std::ptr::eq(*m, c)),
            None => level_moved,
        };
        if let Some(s) = step.source.filter(|_| relevant) {
            if !std::ptr::eq(s, source) && !interpretations.iter().any(|i| std::ptr::eq(*i, s)) {
                interpretations.push(s);
            }
        }
    }
    Some(WhatIf {
        change,
        level,
        monthly_gain: monthly,
        annual_gain: annual,
        unpublished,
        source,
        interpretations,
        profile,
    })
}

/// The next steps the worker can take, each compared with the profile as it is: the next
/// certificate, the next degree, one more star, an 优秀 assessment, one rank step up, becoming
/// 正职 — those the policy reads and that change something (a level, a published amount, or an
/// amount whose figure is unpublished).
pub fn what_ifs(policy: &'static Policy, profile: &Profile) -> Result<Vec<WhatIf>, ProfileError> {
    let before = estimate(policy, profile)?;
    Ok(candidates(policy, profile)
        .into_iter()
        .filter_map(|change| what_if(policy, &before, change))
        .collect())
}
