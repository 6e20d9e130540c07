//! The career view: the projection is the engine's estimate year by year, the level steps fall
//! where the 套改表 puts them, and each what-if is worth what the policy says.

use rust_decimal::Decimal;
use shequ_pay::career::{self, Change, WhatIf};
use shequ_pay::ids::{Assessment, Certificate, CommunityResult, Education, Position};
use shequ_pay::policy::{self, Policy, Source};
use shequ_pay::profile::ProfileError;
use shequ_pay::profile::RankStep;
use shequ_pay::{estimate, Profile};

fn yuan(s: &str) -> Option<Decimal> {
    Some(s.parse().unwrap())
}

fn find(id: &str) -> &'static Policy {
    policy::find(id).expect("bundled policy")
}

fn what_if(policy: &str, profile: &Profile, pick: fn(Change) -> bool) -> Option<WhatIf> {
    career::what_ifs(find(policy), profile)
        .expect("valid profile")
        .into_iter()
        .find(|w| pick(w.change))
}

fn same_source(a: &Source, b: &Source) -> bool {
    std::ptr::eq(a, b)
}

/// Each projected year is exactly `estimate` of the profile with that many years.
#[test]
fn every_year_is_the_engines_estimate() {
    let profiles = [
        Profile::default(),
        Profile {
            position: Position::Head,
            years: 10,
            education: Education::Bachelor,
            stars: Some(3),
            ..Profile::default()
        },
        Profile {
            position: Position::Deputy,
            years: 3,
            excellent_years: 2,
            uncounted_years: 1,
            education: Education::Master,
            degree_in_service: true,
            certificate: Certificate::Intermediate,
            ..Profile::default()
        },
        Profile {
            position: Position::Head,
            one_shoulder: true,
            years: 20,
            rank_step: RankStep::Step(4),
            community_result: Some(CommunityResult::Good),
            assessment: Assessment::Excellent,
            ..Profile::default()
        },
    ];
    for policy in policy::all() {
        for profile in &profiles {
            let projection = career::project(policy, profile).expect("valid profile");
            assert_eq!(projection.len(), usize::from(35 - profile.years) + 1);
            for (i, e) in projection.iter().enumerate() {
                let years = profile.years + i as u8;
                let expected = estimate(
                    policy,
                    &Profile {
                        years,
                        ..profile.clone()
                    },
                )
                .unwrap();
                assert_eq!(e.profile.years, years);
                assert_eq!(
                    format!("{e:?}"),
                    format!("{expected:?}"),
                    "{} at {years} years",
                    policy.id
                );
            }
        }
    }
}

#[test]
fn past_the_horizon_only_that_year() {
    let profile = Profile {
        years: 40,
        ..Profile::default()
    };
    let projection = career::project(find("yinchuan"), &profile).unwrap();
    assert_eq!(projection.len(), 1);
    assert_eq!(projection[0].profile.years, 40);
}

#[test]
fn a_bad_profile_is_an_error() {
    let profile = Profile {
        one_shoulder: true,
        ..Profile::default()
    };
    assert_eq!(
        career::project(find("yinchuan"), &profile).unwrap_err(),
        ProfileError::OneShoulderNeedsHead
    );
    assert!(career::what_ifs(find("yinchuan"), &profile).is_err());
}

/// 套改表: 3年及以下, 4-6年, 7-9年 … 31-33年, 34年及以上 — a level at each of 4, 7, … 34 years,
/// each worth 0.05 × 2000 = 100 a month.
#[test]
fn yinchuan_level_steps_follow_the_table() {
    let projection = career::project(find("yinchuan"), &Profile::default()).unwrap();
    let steps = career::level_steps(&projection);
    let at: Vec<u8> = steps.iter().map(|s| s.years).collect();
    assert_eq!(at, [4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34]);
    for (i, step) in steps.iter().enumerate() {
        assert_eq!((step.from, step.to), (i as u8 + 1, i as u8 + 2));
        assert_eq!(step.base_pay_gain, yuan("100"));
    }
    let next = career::next_step(&projection).unwrap();
    assert_eq!(
        (next.in_years, next.step.to, next.step.base_pay_gain),
        (4, 2, yuan("100"))
    );
}

/// 其他人员 (staff) reaches 12级 at "34年及以上"; 正职 with a bachelor's reaches 18级 a step
/// earlier, at 31 years (7 + 10 + 1).
#[test]
fn top_of_range_where_the_table_says() {
    let yinchuan = find("yinchuan");
    let staff = career::project(yinchuan, &Profile::default()).unwrap();
    assert_eq!(career::top_reached(&staff), Some(34));
    let head = career::project(
        yinchuan,
        &Profile {
            position: Position::Head,
            education: Education::Bachelor,
            ..Profile::default()
        },
    )
    .unwrap();
    assert_eq!(career::top_reached(&head), Some(31));
    // Already at the top: that year, and no further step.
    let top = career::project(
        yinchuan,
        &Profile {
            years: 34,
            ..Profile::default()
        },
    )
    .unwrap();
    assert_eq!(career::top_reached(&top), Some(34));
    assert_eq!(career::next_step(&top), None);
    // No ladder, no top.
    let xishan = career::project(find("xishan"), &Profile::default()).unwrap();
    assert_eq!(career::top_reached(&xishan), None);
    assert!(career::level_steps(&xishan).is_empty());
}

#[test]
fn songshan_steps_have_no_published_gain() {
    let projection = career::project(find("songshan"), &Profile::default()).unwrap();
    let steps = career::level_steps(&projection);
    assert_eq!(steps[0].years, 4);
    assert!(steps.iter().all(|s| s.base_pay_gain.is_none()));
}

/// 银川 §(二十): one-off 5000 at 20 years, 10000 at 30.
#[test]
fn milestones_on_the_way() {
    let yinchuan = find("yinchuan");
    let from_start = career::project(yinchuan, &Profile::default()).unwrap();
    let years: Vec<u8> = career::milestones_ahead(&from_start)
        .iter()
        .map(|m| m.years)
        .collect();
    assert_eq!(years, [20, 30]);
    let from_25 = career::project(
        yinchuan,
        &Profile {
            years: 25,
            ..Profile::default()
        },
    )
    .unwrap();
    let years: Vec<u8> = career::milestones_ahead(&from_25)
        .iter()
        .map(|m| m.years)
        .collect();
    assert_eq!(years, [30]);
}

/// 银川 六(十七): "取得助理社会师的,薪酬可提高1等级" — staff, 0 years: level 1 → 2, 2300 → 2400.
#[test]
fn yinchuan_certificate_what_if() {
    let policy = find("yinchuan");
    let w = what_if("yinchuan", &Profile::default(), |c| {
        matches!(c, Change::Certificate(_))
    })
    .unwrap();
    assert_eq!(w.change, Change::Certificate(Certificate::Assistant));
    assert_eq!(w.level, Some((1, 2)));
    assert_eq!(w.monthly_gain, yuan("100"));
    assert_eq!(w.annual_gain, yuan("1200"));
    assert!(w.unpublished.is_empty());
    let rule = policy.grade.as_ref().unwrap().certificate.as_ref().unwrap();
    assert!(same_source(w.source, rule.source));
    // The changed profile, applied, gives the level the what-if shows.
    assert_eq!(w.profile.certificate, Certificate::Assistant);
    assert_eq!(estimate(policy, &w.profile).unwrap().level(), Some(2));
}

#[test]
fn yinchuan_other_what_ifs() {
    let profile = Profile::default();
    let degree = what_if("yinchuan", &profile, |c| matches!(c, Change::Education(_))).unwrap();
    assert_eq!(degree.change, Change::Education(Education::Bachelor));
    assert_eq!(
        (degree.level, degree.monthly_gain),
        (Some((1, 2)), yuan("100"))
    );
    // Stars are unknown, so 0★ (300 a month standard) is assumed; 1★ is 500: +200 × 12 a year.
    let star = what_if("yinchuan", &profile, |c| matches!(c, Change::Stars(_))).unwrap();
    assert_eq!(star.change, Change::Stars(1));
    assert_eq!(
        (star.monthly_gain, star.annual_gain),
        (yuan("0"), yuan("2400"))
    );
    // Head: level 7 at 3 years or less, 2900 a month.
    let head = what_if("yinchuan", &profile, |c| matches!(c, Change::Position(_))).unwrap();
    assert_eq!(head.level, Some((1, 7)));
    assert_eq!(
        (head.monthly_gain, head.annual_gain),
        (yuan("600"), yuan("7200"))
    );
    // An 优秀 assessment changes nothing Yinchuan publishes: left out.
    assert!(what_if("yinchuan", &profile, |c| matches!(c, Change::Assessment(_))).is_none());
    // Already head: no head what-if.
    let head_now = Profile {
        position: Position::Head,
        ..Profile::default()
    };
    assert!(what_if("yinchuan", &head_now, |c| matches!(c, Change::Position(_))).is_none());
}

#[test]
fn a_what_if_that_changes_nothing_is_left_out() {
    // Staff at the top of the range: neither a certificate nor a degree lifts the level.
    let top = Profile {
        years: 34,
        stars: Some(5),
        ..Profile::default()
    };
    let all = career::what_ifs(find("yinchuan"), &top).unwrap();
    let changes: Vec<Change> = all.iter().map(|w| w.change).collect();
    assert_eq!(changes, [Change::Position(Position::Head)]);
}

/// 松山 二(五)2(3): 职业津贴 200 a month for 助理社会工作师; base pay stays unpublished but the
/// level does not move, so the gain is the allowance.
#[test]
fn songshan_certificate_what_if() {
    let policy = find("songshan");
    let w = what_if("songshan", &Profile::default(), |c| {
        matches!(c, Change::Certificate(_))
    })
    .unwrap();
    assert_eq!(w.level, Some((1, 1)));
    assert_eq!(w.monthly_gain, yuan("200"));
    assert_eq!(w.annual_gain, yuan("2400"));
    assert!(w.unpublished.is_empty());
    assert!(same_source(
        w.source,
        policy.component("certificate").unwrap().source
    ));
    // From the worked example's assistant certificate, the next is 300: +100.
    let worked = Profile {
        years: 5,
        certificate: Certificate::Assistant,
        ..Profile::default()
    };
    let w = what_if("songshan", &worked, |c| matches!(c, Change::Certificate(_))).unwrap();
    assert_eq!(w.change, Change::Certificate(Certificate::Intermediate));
    assert_eq!(w.monthly_gain, yuan("100"));
}

/// 松山: a level change with base pay unpublished shows the level, not an amount.
#[test]
fn songshan_level_what_ifs_have_no_amount() {
    let policy = find("songshan");
    let head = what_if("songshan", &Profile::default(), |c| {
        matches!(c, Change::Position(_))
    })
    .unwrap();
    assert_eq!(head.level, Some((1, 7)));
    assert_eq!(head.level_gain(), Some(6));
    assert_eq!((head.monthly_gain, head.annual_gain), (None, None));
    let ids: Vec<&str> = head.unpublished.iter().map(|c| c.id).collect();
    assert_eq!(ids, ["base", "performance"]);
    let range = &policy.grade.as_ref().unwrap().positions[Position::Head.index()];
    assert!(same_source(head.source, range.source));

    // A degree taken now is earned in service: at 0 years it lifts the level to the bachelor's
    // floor (level 2, "对应工作年限4年").
    let degree = what_if("songshan", &Profile::default(), |c| {
        matches!(c, Change::Education(_))
    })
    .unwrap();
    assert!(degree.profile.degree_in_service);
    assert_eq!(degree.level, Some((1, 2)));
    assert_eq!(degree.monthly_gain, None);
    // At 5 years the level is already 2: a bachelor's earned now changes nothing.
    let five = Profile {
        years: 5,
        ..Profile::default()
    };
    assert!(what_if("songshan", &five, |c| matches!(c, Change::Education(_))).is_none());
}

/// 西山: one rank step up from 7 (1200) is 6 (1400); head's 基础补贴 is 3000 against deputy's 2900;
/// the 职业资格补贴 amount is unpublished.
#[test]
fn xishan_what_ifs() {
    let policy = find("xishan");
    let deputy = Profile {
        position: Position::Deputy,
        rank_step: RankStep::Step(7),
        ..Profile::default()
    };
    let step = what_if("xishan", &deputy, |c| matches!(c, Change::RankStep(_))).unwrap();
    assert_eq!(step.change, Change::RankStep(6));
    assert_eq!(
        (step.monthly_gain, step.annual_gain),
        (yuan("200"), yuan("2400"))
    );
    assert_eq!(step.level, None);
    assert!(same_source(
        step.source,
        policy.component("rank").unwrap().source
    ));

    let head = what_if("xishan", &deputy, |c| matches!(c, Change::Position(_))).unwrap();
    assert_eq!(
        (head.monthly_gain, head.annual_gain),
        (yuan("100"), yuan("1200"))
    );

    let excellent = what_if("xishan", &deputy, |c| matches!(c, Change::Assessment(_))).unwrap();
    assert_eq!(
        (excellent.monthly_gain, excellent.annual_gain),
        (yuan("0"), yuan("2400"))
    );

    let certificate = what_if("xishan", &deputy, |c| matches!(c, Change::Certificate(_))).unwrap();
    assert_eq!(
        (certificate.monthly_gain, certificate.annual_gain),
        (None, None)
    );
    let ids: Vec<&str> = certificate.unpublished.iter().map(|c| c.id).collect();
    assert_eq!(ids, ["qualification"]);

    // No degree rule and no stars in Xishan.
    assert!(what_if("xishan", &deputy, |c| matches!(
        c,
        Change::Education(_) | Change::Stars(_)
    ))
    .is_none());
    // At step 1 there is no higher step.
    let top = Profile {
        rank_step: RankStep::Step(1),
        ..deputy
    };
    assert!(what_if("xishan", &top, |c| matches!(c, Change::RankStep(_))).is_none());
}

/// Every what-if, for every policy and a spread of profiles: its changed profile is valid, the
/// gains are what the engine gives for the two profiles, and a gain is never negative.
#[test]
fn what_ifs_agree_with_the_engine() {
    for policy in policy::all() {
        for years in [0u8, 5, 12, 34] {
            for position in Position::ALL {
                let profile = Profile {
                    position: *position,
                    years,
                    ..Profile::default()
                };
                let before = estimate(policy, &profile).unwrap();
                for w in career::what_ifs(policy, &profile).unwrap() {
                    let after = estimate(policy, &w.profile).unwrap();
                    assert_eq!(w.level, before.level().zip(after.level()));
                    if let (Some(gain), Some(a), Some(b)) =
                        (w.annual_gain, after.annual_total, before.annual_total)
                    {
                        assert_eq!(gain, a - b, "{} {:?}", policy.id, w.change);
                    }
                    for g in [w.monthly_gain, w.annual_gain].into_iter().flatten() {
                        assert!(
                            !g.is_sign_negative() || g.is_zero(),
                            "{} {:?}",
                            policy.id,
                            w.change
                        );
                    }
                }
            }
        }
    }
}

/// 试用期为三个月 (银川 五(九)): the projection shows probation pay for the current year only.
#[test]
fn probation_ends_after_the_current_year() {
    let yinchuan = policy::find("yinchuan").unwrap();
    let profile = Profile {
        position: Position::Staff,
        probation: true,
        ..Profile::default()
    };
    let projection = career::project(yinchuan, &profile).unwrap();
    let base = |i: usize| projection[i].base_pay_monthly.amount.map(|d| d.to_string());
    assert_eq!(base(0).as_deref(), Some("2000.00"));
    assert!(projection[0].probation);
    assert_eq!(base(1).as_deref(), Some("2300"));
    assert!(!projection[1].probation);
}

/// 银川 附件 套改表: the star what-if ("社区党组织评为三星：+2,400 元/年") rests on reading the table's
/// 绩效补贴 as a monthly standard (× 12): the what-if carries that interpretation.
#[test]
fn star_what_if_carries_the_twelve_months_interpretation() {
    let policy = shequ_pay::policy::find("yinchuan").unwrap();
    let profile = Profile {
        position: Position::Head,
        years: 10,
        stars: Some(2),
        ..Profile::default()
    };
    let what_ifs = shequ_pay::career::what_ifs(policy, &profile).unwrap();
    let star = what_ifs
        .iter()
        .find(|w| matches!(w.change, shequ_pay::career::Change::Stars(3)))
        .expect("a star what-if");
    assert_eq!(star.annual_gain, Some(Decimal::from(2400)));
    let readings: Vec<&str> = star
        .interpretations
        .iter()
        .chain(std::iter::once(&star.source))
        .filter_map(|s| s.interpretation.as_ref().map(|t| t.zh))
        .collect();
    assert!(
        readings.iter().any(|r| r.contains("12 × 月标准")),
        "{readings:?}"
    );
}

/// 西山: from "不符合领取条件", the next step is the lowest one (第12档, 600元/月); an unknown step
/// has no next step (the estimate shows the range instead).
#[test]
fn rank_step_what_ifs_follow_eligibility() {
    let policy = shequ_pay::policy::find("xishan").unwrap();
    let not_eligible = Profile {
        rank_step: RankStep::NotEligible,
        ..Profile::default()
    };
    let what_ifs = shequ_pay::career::what_ifs(policy, &not_eligible).unwrap();
    let step = what_ifs
        .iter()
        .find(|w| matches!(w.change, shequ_pay::career::Change::RankStep(12)))
        .expect("becoming eligible");
    assert_eq!(step.monthly_gain, Some(Decimal::from(600)));
    let unknown = shequ_pay::career::what_ifs(policy, &Profile::default()).unwrap();
    assert!(unknown
        .iter()
        .all(|w| !matches!(w.change, shequ_pay::career::Change::RankStep(_))));
}
