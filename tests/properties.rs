//! Properties every bundled policy must have, over arbitrary valid (and invalid) profiles.
//!
//! Money is compared as `Option<Decimal>`: `None` means the document publishes no amount, which
//! is neither higher nor lower than a published one. A monotonicity check therefore compares two
//! published amounts, and separately requires that being published does not depend on the input
//! that changed where it should not (years, degree).

use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use shequ_pay::estimate::Value;
use shequ_pay::ids::{
    Assessment, Certificate, Class, CommunityResult, Education, Input, Period, Position, MAX_STARS,
    MAX_YEARS, RANK_STEPS,
};
use shequ_pay::policy::{self, Policy};
use shequ_pay::profile::ProfileError;
use shequ_pay::profile::RankStep;
use shequ_pay::{compare, estimate, Estimate, Profile};

// ---------------------------------------------------------------------------------------------
// Strategies

prop_compose! {
    /// Any profile `Profile::check` accepts: years 0–50, 优秀 + uncounted years within the years,
    /// 一肩挑 only for a head, stars 0–5, rank step 1–12.
    fn valid_profile()(
        position in select(Position::ALL),
        one_shoulder in any::<bool>(),
        years in 0..=MAX_YEARS,
        education in select(Education::ALL),
        certificate in select(Certificate::ALL),
        assessment in select(Assessment::ALL),
        stars in proptest::option::of(0..=MAX_STARS),
        rank_step in prop_oneof![Just(RankStep::Unknown), Just(RankStep::NotEligible), (1..=RANK_STEPS).prop_map(RankStep::Step)],
        community_result in proptest::option::of(select(CommunityResult::ALL)),
        excellent_seed in any::<u8>(),
        uncounted_seed in any::<u8>(),
        degree_in_service in any::<bool>(),
        probation in any::<bool>(),
    ) -> Profile {
        let excellent_years = excellent_seed % (years + 1);
        let uncounted_years = uncounted_seed % (years - excellent_years + 1);
        Profile {
            position,
            one_shoulder: one_shoulder && position == Position::Head,
            years,
            education,
            certificate,
            assessment,
            stars,
            rank_step,
            community_result,
            excellent_years,
            uncounted_years,
            degree_in_service,
            probation,
        }
    }
}

/// A profile with exactly one defect, and the error that must name it.
fn invalid_profile() -> impl Strategy<Value = (Profile, ProfileError)> {
    prop_oneof![
        (valid_profile(), 51u8..=255).prop_map(|(mut p, years)| {
            p.years = years;
            (p, ProfileError::YearsOutOfRange)
        }),
        (valid_profile(), 6u8..=255).prop_map(|(mut p, stars)| {
            p.stars = Some(stars);
            (p, ProfileError::StarsOutOfRange)
        }),
        (valid_profile(), prop_oneof![Just(0u8), 13u8..=255]).prop_map(|(mut p, step)| {
            p.rank_step = RankStep::Step(step);
            (p, ProfileError::RankStepOutOfRange)
        }),
        (
            valid_profile(),
            select(&[Position::Deputy, Position::Committee, Position::Staff][..])
        )
            .prop_map(|(mut p, position)| {
                p.position = position;
                p.one_shoulder = true;
                (p, ProfileError::OneShoulderNeedsHead)
            }),
        (valid_profile(), any::<u8>(), any::<u8>()).prop_map(|(mut p, excellent, uncounted)| {
            p.excellent_years = excellent;
            // Make the two together exceed the years of service.
            p.uncounted_years = if u16::from(excellent) + u16::from(uncounted) > u16::from(p.years)
            {
                uncounted
            } else {
                p.years - excellent + 1
            };
            (p, ProfileError::AssessedYearsExceedService)
        }),
    ]
}

prop_compose! {
    /// Any profile at all: every field over its whole type.
    fn any_profile()(
        valid in valid_profile(),
        one_shoulder in any::<bool>(),
        years in any::<u8>(),
        stars in proptest::option::of(any::<u8>()),
        rank_step in prop_oneof![Just(RankStep::Unknown), Just(RankStep::NotEligible), any::<u8>().prop_map(RankStep::Step)],
        excellent_years in any::<u8>(),
        uncounted_years in any::<u8>(),
    ) -> Profile {
        Profile {
            one_shoulder,
            years,
            stars,
            rank_step,
            excellent_years,
            uncounted_years,
            ..valid
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn run(policy: &'static Policy, p: &Profile) -> Estimate {
    match estimate(policy, p) {
        Ok(e) => e,
        Err(err) => panic!("{}: valid profile refused with {err:?}: {p:?}", policy.id),
    }
}

/// `after` is not below `before`, where both are published.
fn not_lower(
    what: &str,
    policy: &Policy,
    before: Option<Decimal>,
    after: Option<Decimal>,
) -> Result<(), TestCaseError> {
    if let (Some(a), Some(b)) = (before, after) {
        prop_assert!(b >= a, "{}: {what} went down from {a} to {b}", policy.id);
    }
    Ok(())
}

fn not_lower_level(
    policy: &Policy,
    before: Option<u8>,
    after: Option<u8>,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(before.is_some(), after.is_some(), "{}: level", policy.id);
    if let (Some(a), Some(b)) = (before, after) {
        prop_assert!(b >= a, "{}: level went down from {a} to {b}", policy.id);
    }
    Ok(())
}

/// The same amounts are published before and after.
fn same_publication(
    what: &str,
    policy: &Policy,
    before: Option<Decimal>,
    after: Option<Decimal>,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        before.is_some(),
        after.is_some(),
        "{}: whether {} is published changed",
        policy.id,
        what
    );
    Ok(())
}

fn base_plus_certificate(e: &Estimate) -> Option<Decimal> {
    Some(e.base_pay_monthly.amount? + e.certificate_allowance_monthly.amount?)
}

/// Every figure a user sees, for "did anything change" comparisons: level, base pay,
/// certificate allowance, performance, annual total, certificate worth.
type Figures = (Option<u8>, [Option<Decimal>; 5]);

fn figures(e: &Estimate) -> Figures {
    (
        e.level(),
        [
            e.base_pay_monthly.amount,
            e.certificate_allowance_monthly.amount,
            e.performance_annual.amount,
            e.annual_total,
            e.certificate_worth_monthly,
        ],
    )
}

/// A profile differing only in the field behind `input`.
fn vary(p: &Profile, input: Input, seed: u8) -> Profile {
    let mut q = p.clone();
    match input {
        Input::Stars => q.stars = if seed % 7 == 6 { None } else { Some(seed % 6) },
        Input::RankStep => {
            q.rank_step = match seed % 14 {
                0 => RankStep::Unknown,
                13 => RankStep::NotEligible,
                s => RankStep::Step(s),
            }
        }
        Input::CommunityResult => {
            q.community_result = CommunityResult::ALL.get(usize::from(seed % 5)).copied()
        }
        Input::ExcellentYears => q.excellent_years = seed % (p.years - p.uncounted_years + 1),
        Input::UncountedYears => q.uncounted_years = seed % (p.years - p.excellent_years + 1),
        Input::DegreeInService => q.degree_in_service = !p.degree_in_service,
        Input::Probation => q.probation = !p.probation,
    }
    q
}

/// What `Profile::check` must accept, written out from its documentation.
fn should_be_valid(p: &Profile) -> Option<ProfileError> {
    if p.years > 50 {
        Some(ProfileError::YearsOutOfRange)
    } else if p.stars.is_some_and(|s| s > 5) {
        Some(ProfileError::StarsOutOfRange)
    } else if matches!(p.rank_step, RankStep::Step(s) if !(1..=12).contains(&s)) {
        Some(ProfileError::RankStepOutOfRange)
    } else if p.one_shoulder && p.position != Position::Head {
        Some(ProfileError::OneShoulderNeedsHead)
    } else if u32::from(p.excellent_years) + u32::from(p.uncounted_years) > u32::from(p.years) {
        Some(ProfileError::AssessedYearsExceedService)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

/// From `a` to `b` (one input raised), the level, base pay and annual total never go down, and
/// neither figure changes between published and unpublished.
fn level_pay_and_total_not_lower(
    policy: &Policy,
    a: &Estimate,
    b: &Estimate,
) -> Result<(), TestCaseError> {
    not_lower_level(policy, a.level(), b.level())?;
    same_publication(
        "base pay",
        policy,
        a.base_pay_monthly.amount,
        b.base_pay_monthly.amount,
    )?;
    not_lower(
        "base pay",
        policy,
        a.base_pay_monthly.amount,
        b.base_pay_monthly.amount,
    )?;
    same_publication("annual total", policy, a.annual_total, b.annual_total)?;
    not_lower("annual total", policy, a.annual_total, b.annual_total)
}

proptest! {
    /// More years of service never lower the level, base pay or annual total.
    #[test]
    fn more_years_never_lower_pay(p in valid_profile(), more in 1u8..=MAX_YEARS) {
        let q = Profile { years: p.years.saturating_add(more).min(MAX_YEARS), ..p.clone() };
        for policy in policy::all() {
            level_pay_and_total_not_lower(policy, &run(policy, &p), &run(policy, &q))?;
        }
    }

    /// A higher degree never lowers the level, base pay or annual total.
    #[test]
    fn higher_degree_never_lowers_pay(p in valid_profile(), higher in select(Education::ALL)) {
        let higher = higher.max(p.education);
        let q = Profile { education: higher, ..p.clone() };
        for policy in policy::all() {
            level_pay_and_total_not_lower(policy, &run(policy, &p), &run(policy, &q))?;
        }
    }

    /// A higher certificate never lowers the level, base pay + certificate allowance, or the
    /// annual total. (An allowance may become unpublished: Xishan's 职业资格补贴.)
    #[test]
    fn higher_certificate_never_lowers_pay(p in valid_profile(), higher in select(Certificate::ALL)) {
        let higher = higher.max(p.certificate);
        let q = Profile { certificate: higher, ..p.clone() };
        for policy in policy::all() {
            let (a, b) = (run(policy, &p), run(policy, &q));
            not_lower_level(policy, a.level(), b.level())?;
            not_lower("base pay + certificate allowance", policy, base_plus_certificate(&a), base_plus_certificate(&b))?;
            same_publication("annual total", policy, a.annual_total, b.annual_total)?;
            not_lower("annual total", policy, a.annual_total, b.annual_total)?;
        }
    }

    /// The level stays inside the position's range, and that range is the policy's.
    #[test]
    fn level_stays_in_the_position_range(p in valid_profile()) {
        for policy in policy::all() {
            let e = run(policy, &p);
            match (&policy.grade, e.placement) {
                (None, None) => {}
                (Some(grade), Some(placement)) => {
                    let range = &grade.positions[p.position.index()];
                    prop_assert_eq!(range.position, p.position);
                    prop_assert_eq!((placement.min, placement.max), (range.min, range.max), "{}", policy.id);
                    prop_assert!(grade.scale.0 <= range.min && range.max <= grade.scale.1);
                    prop_assert!(
                        (placement.min..=placement.max).contains(&placement.level),
                        "{}: level {} outside {}–{}", policy.id, placement.level, placement.min, placement.max
                    );
                }
                (g, pl) => prop_assert!(false, "{}: grade {} but placement {:?}", policy.id, g.is_some(), pl),
            }
        }
    }

    /// annual total = 12 × (base pay + certificate allowance) + annual performance, from the
    /// summary figures; and it exists exactly when no part of base pay is unpublished.
    #[test]
    fn annual_total_adds_up(p in valid_profile()) {
        for policy in policy::all() {
            let e = run(policy, &p);
            let base_unpublished = e
                .components
                .iter()
                .any(|c| c.component.class == Class::Base && c.value == Value::Unpublished);
            let base_unknown = e
                .components
                .iter()
                .any(|c| c.component.class == Class::Base && matches!(c.value, Value::Unknown { .. }));
            prop_assert_eq!(e.annual_total.is_none(), base_unpublished, "{}", policy.id);
            prop_assert_eq!(e.base_pay_monthly.lower_bound, base_unpublished || base_unknown, "{}", policy.id);
            if let Some(total) = e.annual_total {
                let base = e.base_pay_monthly.amount.expect("a total needs base pay");
                let certificate = e.certificate_allowance_monthly.amount.unwrap_or_default();
                let performance = e.performance_annual.amount.unwrap_or_default();
                prop_assert_eq!(total, Decimal::from(12) * (base + certificate) + performance, "{}", policy.id);
                // Exact only when nothing is unpublished, unknown or unmentioned.
                let exact = [e.base_pay_monthly, e.certificate_allowance_monthly, e.performance_annual]
                    .iter()
                    .all(|f| !f.lower_bound && !f.not_mentioned());
                prop_assert_eq!(e.complete(), exact, "{}", policy.id);
            } else {
                prop_assert!(!e.complete());
            }
        }
    }

    /// The summary figures are the sums of the components' published amounts, and a figure is
    /// a lower bound exactly when one of its components is unpublished.
    #[test]
    fn figures_sum_their_components(p in valid_profile()) {
        for policy in policy::all() {
            let e = run(policy, &p);
            for (class, figure, monthly) in [
                (Class::Base, e.base_pay_monthly, true),
                (Class::Certificate, e.certificate_allowance_monthly, true),
                (Class::Performance, e.performance_annual, false),
            ] {
                let parts: Vec<_> = e.components.iter().filter(|c| c.component.class == class).collect();
                let missing = parts
                    .iter()
                    .any(|c| matches!(c.value, Value::Unpublished | Value::Unknown { .. }));
                prop_assert_eq!(figure.lower_bound, missing, "{} {:?}", policy.id, class);
                let published: Vec<Decimal> = parts
                    .iter()
                    .filter_map(|c| {
                        let a = c.value.amount()?;
                        Some(match (c.component.period, monthly) {
                            (Period::Monthly, true) | (Period::Annual, false) => a,
                            (Period::Monthly, false) => a * Decimal::from(12),
                            (Period::Annual, true) => a / Decimal::from(12),
                        })
                    })
                    .collect();
                // Every part unpublished: no amount. No part at all: not mentioned (no amount),
                // except a certificate paid through the level: zero.
                let through_level = class == Class::Certificate
                    && policy.grade.as_ref().is_some_and(|g| g.certificate.is_some());
                let expected = if (published.is_empty() && missing) || (parts.is_empty() && !through_level) {
                    None
                } else {
                    Some(published.iter().sum::<Decimal>())
                };
                prop_assert_eq!(figure.amount, expected, "{} {:?}", policy.id, class);
                for c in &parts {
                    if let Value::Amount(a) = c.value {
                        prop_assert!(a >= Decimal::ZERO, "{}: {} is negative", policy.id, c.component.id);
                    }
                }
            }
        }
    }

    /// An input a policy does not list among its inputs changes none of its figures.
    #[test]
    fn unused_inputs_change_nothing(p in valid_profile(), seed in any::<u8>()) {
        for policy in policy::all() {
            let e = run(policy, &p);
            for &input in Input::ALL.iter().filter(|&&i| !policy.uses(i)) {
                let q = vary(&p, input, seed);
                prop_assert_eq!(
                    figures(&e),
                    figures(&run(policy, &q)),
                    "{}: {:?} changed the estimate although the policy does not use it", policy.id, input
                );
            }
        }
    }

    /// Every valid profile is estimated under every policy, and `compare` gives one estimate
    /// per policy, in order.
    #[test]
    fn valid_profiles_are_accepted(p in valid_profile()) {
        prop_assert_eq!(p.check(), Ok(()));
        for policy in policy::all() {
            prop_assert!(estimate(policy, &p).is_ok(), "{}", policy.id);
        }
        let all = compare(&p).expect("valid");
        let ids: Vec<&str> = all.iter().map(|e| e.policy.id).collect();
        let expected: Vec<&str> = policy::all().iter().map(|p| p.id).collect();
        prop_assert_eq!(ids, expected);
    }

    /// A profile with one defect is refused by every policy, with the error naming that defect.
    #[test]
    fn invalid_profiles_are_refused((p, expected) in invalid_profile()) {
        prop_assert_eq!(p.check(), Err(expected));
        for policy in policy::all() {
            prop_assert_eq!(estimate(policy, &p).err(), Some(expected), "{}", policy.id);
        }
        prop_assert_eq!(compare(&p).err(), Some(expected));
    }

    /// Over every field's whole type: accepted exactly when valid, never a panic.
    #[test]
    fn any_profile_is_accepted_exactly_when_valid(p in any_profile()) {
        let expected = should_be_valid(&p);
        for policy in policy::all() {
            prop_assert_eq!(estimate(policy, &p).err(), expected, "{}: {:?}", policy.id, p);
        }
    }
}

/// Each error names the form field at fault.
#[test]
fn errors_name_their_field() {
    assert_eq!(ProfileError::YearsOutOfRange.field(), "years");
    assert_eq!(ProfileError::StarsOutOfRange.field(), "stars");
    assert_eq!(ProfileError::RankStepOutOfRange.field(), "rank_step");
    assert_eq!(ProfileError::OneShoulderNeedsHead.field(), "one_shoulder");
    assert_eq!(
        ProfileError::AssessedYearsExceedService.field(),
        "excellent_years"
    );
}

/// The edges of the valid ranges, exactly.
#[test]
fn range_edges() {
    let ok = |p: Profile| {
        for policy in policy::all() {
            assert!(estimate(policy, &p).is_ok(), "{}: {p:?}", policy.id);
        }
    };
    ok(Profile {
        years: 50,
        excellent_years: 25,
        uncounted_years: 25,
        ..Profile::default()
    });
    ok(Profile {
        stars: Some(5),
        rank_step: RankStep::Step(12),
        ..Profile::default()
    });
    ok(Profile {
        stars: Some(0),
        rank_step: RankStep::Step(1),
        position: Position::Head,
        one_shoulder: true,
        ..Profile::default()
    });
    let err = |p: Profile, e: ProfileError| {
        for policy in policy::all() {
            assert_eq!(estimate(policy, &p).err(), Some(e), "{}: {p:?}", policy.id);
        }
    };
    err(
        Profile {
            years: 51,
            ..Profile::default()
        },
        ProfileError::YearsOutOfRange,
    );
    err(
        Profile {
            stars: Some(6),
            ..Profile::default()
        },
        ProfileError::StarsOutOfRange,
    );
    err(
        Profile {
            rank_step: RankStep::Step(0),
            ..Profile::default()
        },
        ProfileError::RankStepOutOfRange,
    );
    err(
        Profile {
            rank_step: RankStep::Step(13),
            ..Profile::default()
        },
        ProfileError::RankStepOutOfRange,
    );
    err(
        Profile {
            years: 3,
            excellent_years: 2,
            uncounted_years: 2,
            ..Profile::default()
        },
        ProfileError::AssessedYearsExceedService,
    );
}
