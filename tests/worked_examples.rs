//! The worked examples of POLICY-NOTES, each checked against the figures the documents give.
//! A case reads like the notes: the profile, then what the estimate must say.

use rust_decimal::Decimal;
use shequ_pay::ids::{Assessment, Certificate, CommunityResult, Education, Position};
use shequ_pay::profile::RankStep;
use shequ_pay::{estimate, policy, Estimate, Profile};

fn yuan(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn run(policy_id: &str, profile: Profile) -> Estimate {
    estimate(policy::find(policy_id).expect("bundled policy"), &profile).expect("valid profile")
}

fn unpublished(e: &Estimate) -> Vec<&'static str> {
    e.unpublished().map(|c| c.id).collect()
}

/// 银川: head, 10 years, bachelor, no certificate, 3★ → level 7 + 3 + 1 = 11, coefficient 1.65,
/// base 3300/month, performance 10800/year, annual total 3300 × 12 + 10800 = 50400.
#[test]
fn yinchuan_head_ten_years_bachelor_three_stars() {
    let e = run(
        "yinchuan",
        Profile {
            position: Position::Head,
            years: 10,
            education: Education::Bachelor,
            stars: Some(3),
            ..Profile::default()
        },
    );
    assert_eq!(e.level(), Some(11));
    assert_eq!(
        (e.placement.unwrap().min, e.placement.unwrap().max),
        (7, 18)
    );
    assert_eq!(e.base_pay_monthly.amount, Some(yuan("3300")));
    assert_eq!(e.certificate_allowance_monthly.amount, Some(Decimal::ZERO));
    assert_eq!(e.performance_annual.amount, Some(yuan("10800")));
    assert_eq!(e.annual_total, Some(yuan("50400")));
    assert!(e.complete());
}

/// 松山: staff, 5 years (all assessed 合格), college, assistant certificate → level 2,
/// certificate allowance 200/month, base pay unpublished.
#[test]
fn songshan_staff_five_years_assistant() {
    let e = run(
        "songshan",
        Profile {
            position: Position::Staff,
            years: 5,
            certificate: Certificate::Assistant,
            ..Profile::default()
        },
    );
    assert_eq!(e.level(), Some(2));
    assert_eq!(e.certificate_allowance_monthly.amount, Some(yuan("200")));
    assert_eq!(e.base_pay_monthly.amount, None);
    assert_eq!(e.annual_total, None);
    assert!(!e.complete());
    assert_eq!(unpublished(&e), ["base", "performance"]);
}

/// 西山: deputy, rank step 7, assessed 合格, community 目标完成 → 2900 + 1200 = 4100/month,
/// annual 4100 × 12 + 3800 = 53000 (绩效补贴 and 职业资格补贴 not included: unpublished).
#[test]
fn xishan_deputy_step_seven() {
    let e = run(
        "xishan",
        Profile {
            position: Position::Deputy,
            rank_step: RankStep::Step(7),
            assessment: Assessment::Competent,
            community_result: Some(CommunityResult::Complete),
            ..Profile::default()
        },
    );
    assert_eq!(e.base_pay_monthly.amount, Some(yuan("4100")));
    assert_eq!(e.performance_annual.amount, Some(yuan("3800")));
    assert!(e.performance_annual.lower_bound);
    assert_eq!(e.annual_total, Some(yuan("53000")));
    assert!(!e.complete());
    assert_eq!(unpublished(&e), ["performance"]);
}
