//! Worked cases per district, each citing the clause its figures come from. The expected
//! figures are read off the documents in shared/seeds/ (and POLICY-NOTES' interpretations where
//! the text is ambiguous), not computed by the engine's own formulas.

use rust_decimal::Decimal;
use shequ_pay::estimate::{document, EmployerValue, MilestoneStatus, Value};
use shequ_pay::explain::StepKind;
use shequ_pay::ids::{Assessment, Certificate, CommunityResult, Education, Key, Position};
use shequ_pay::policy::{self, Policy};
use shequ_pay::profile::RankStep;
use shequ_pay::{estimate, Estimate, Profile};

// ---------------------------------------------------------------------------------------------
// A case: a profile and what the estimate must say.

/// One expected figure. Amounts are yuan as the document writes them; `None` = unpublished.
#[derive(Clone, Copy, Debug)]
enum Want {
    Level(Option<u8>),
    /// 基本/基础 pay per month.
    Base(Option<&'static str>),
    /// Certificate allowance per month.
    Allowance(Option<&'static str>),
    /// Performance and awards per year.
    Performance(Option<&'static str>),
    Total(Option<&'static str>),
    /// What a level-raising certificate is worth per month.
    Worth(Option<&'static str>),
    /// A component's own amount (its period); `None` = unpublished.
    Part(&'static str, Option<&'static str>),
}
use Want::*;

fn yuan(s: &str) -> Decimal {
    s.parse().expect("an amount")
}

fn find(id: &str) -> &'static Policy {
    policy::find(id).unwrap_or_else(|| panic!("{id} is bundled"))
}

fn run(id: &str, profile: &Profile) -> Estimate {
    estimate(find(id), profile).unwrap_or_else(|e| panic!("{id}: {e:?} for {profile:?}"))
}

/// Checks a case; `cite` says which clause the figures come from, and is printed on failure.
fn case(id: &str, cite: &str, profile: Profile, wants: &[Want]) -> Estimate {
    let e = run(id, &profile);
    let m = |a: Option<&str>| a.map(yuan);
    for want in wants {
        match *want {
            Level(l) => assert_eq!(e.level(), l, "{id} level — {cite}"),
            Base(a) => assert_eq!(e.base_pay_monthly.amount, m(a), "{id} base — {cite}"),
            Allowance(a) => assert_eq!(
                e.certificate_allowance_monthly.amount,
                m(a),
                "{id} certificate allowance — {cite}"
            ),
            Performance(a) => assert_eq!(
                e.performance_annual.amount,
                m(a),
                "{id} performance — {cite}"
            ),
            Total(a) => assert_eq!(e.annual_total, m(a), "{id} total — {cite}"),
            Worth(a) => assert_eq!(
                e.certificate_worth_monthly,
                m(a),
                "{id} certificate worth — {cite}"
            ),
            Part(component, a) => {
                let v = e
                    .components
                    .iter()
                    .find(|c| c.component.id == component)
                    .unwrap_or_else(|| panic!("{id} has no component {component}"))
                    .value;
                let got = match v {
                    Value::Amount(x) => Some(x),
                    Value::NotApplicable => Some(Decimal::ZERO),
                    Value::Unpublished | Value::Unknown { .. } => None,
                };
                assert_eq!(got, m(a), "{id} {component} — {cite}");
            }
        }
    }
    // Every cited step cites the district's own document (seeds/README.md).
    let seed = match id {
        "xishan" => "000_a3e1343abf6f5c6f.txt",
        "huangshi" => "001_97a3d68edb34fabf.txt",
        "songshan" => "002_56e54b5ae3257753.txt",
        "guandu" => "003_aa8be4c909c4f0d9.txt",
        "yinchuan" => "004_718dda6e0fcbe3c6.txt",
        other => panic!("no seed listed for {other}"),
    };
    let policy = find(id);
    for step in &e.steps {
        if let Some(source) = step.source {
            assert_eq!(document(policy, source).file, seed, "{id}: {:?}", step.kind);
        }
    }
    e
}

fn staff(years: u8) -> Profile {
    Profile {
        position: Position::Staff,
        years,
        ..Profile::default()
    }
}

fn head(years: u8) -> Profile {
    Profile {
        position: Position::Head,
        years,
        ..Profile::default()
    }
}

fn has_step(e: &Estimate, f: impl Fn(&StepKind) -> bool) -> bool {
    e.steps.iter().any(|s| f(&s.kind))
}

// =============================================================================================
// 赤峰市松山区 — seeds/002, 《松山区社区工作者职业体系建设实施方案（试行）》 二(五) 薪酬管理

const SONGSHAN: &str = "songshan";

/// 二(五)1: "社区正职为7—18 级，社区副职为4—15级，工作人员为1—12 级"; "工作人员包括“两委”脱产委员".
#[test]
fn songshan_position_ranges() {
    let cite = "二(五)1 明确岗位等级";
    for (position, min, max) in [
        (Position::Head, 7, 18),
        (Position::Deputy, 4, 15),
        (Position::Committee, 1, 12),
        (Position::Staff, 1, 12),
    ] {
        let low = case(
            SONGSHAN,
            cite,
            Profile {
                position,
                ..Profile::default()
            },
            &[Level(Some(min))],
        );
        let pl = low.placement.unwrap();
        assert_eq!((pl.min, pl.max), (min, max), "{position:?}");
        case(
            SONGSHAN,
            cite,
            Profile {
                position,
                years: 50,
                education: Education::Doctor,
                ..Profile::default()
            },
            &[Level(Some(max))],
        );
    }
    // Committee members take the staff range: an interpretation, shown as one.
    let e = run(
        SONGSHAN,
        &Profile {
            position: Position::Committee,
            ..Profile::default()
        },
    );
    assert!(e.steps.iter().any(|s| matches!(
        s.kind,
        StepKind::PositionRange {
            position: Position::Committee,
            min: 1,
            max: 12,
            ..
        }
    ) && s.is_interpretation()));
}

/// 二(五)4(1) and 4(3): level 2 at 4 years, 3 at 7, 4 at 10 (one level per 3 years).
#[test]
fn songshan_service_years() {
    let cite =
        "二(五)4(3) “2级（对应工作年限4年）… 3级（对应工作年限7年）… 4级（对应工作年限10年）”";
    for (years, level) in [
        (0, 1),
        (3, 1),
        (4, 2),
        (6, 2),
        (7, 3),
        (9, 3),
        (10, 4),
        (34, 12),
    ] {
        case(SONGSHAN, cite, staff(years), &[Level(Some(level))]);
    }
    for (years, level) in [(0, 7), (3, 7), (4, 8), (10, 10), (33, 17), (34, 18)] {
        case(SONGSHAN, cite, head(years), &[Level(Some(level))]);
    }
}

/// 二(五)4(3): "新聘用（选任）的社区工作者，具有大学本科学历，基本工资等级认定为2级（对应工作年限4年）；
/// 硕士研究生学历…3级（对应工作年限7年）；博士研究生学历…4级（对应工作年限10年）".
/// A degree held at hire counts as 4/7/10 years, added to the years served.
#[test]
fn songshan_degree_held_at_hire() {
    let cite = "二(五)4(3) 教育程度 (新聘用)";
    for (education, level) in [
        (Education::College, 1),
        (Education::Bachelor, 2),
        (Education::Master, 3),
        (Education::Doctor, 4),
    ] {
        case(
            SONGSHAN,
            cite,
            Profile {
                education,
                ..staff(0)
            },
            &[Level(Some(level))],
        );
    }
    // Relative to the position's lowest level: a head hired with a 本科 starts at 7 + 1.
    case(
        SONGSHAN,
        cite,
        Profile {
            education: Education::Bachelor,
            ..head(0)
        },
        &[Level(Some(8))],
    );
    // Added to service: 3 years + 本科 (4) = 7 → 3级; 3 years + 硕士 (7) = 10 → 4级.
    case(
        SONGSHAN,
        cite,
        Profile {
            education: Education::Bachelor,
            ..staff(3)
        },
        &[Level(Some(3))],
    );
    case(
        SONGSHAN,
        cite,
        Profile {
            education: Education::Master,
            ..staff(3)
        },
        &[Level(Some(4))],
    );
}

/// 二(五)4(3): "通过在职教育获得学历提升，基本工资未达到相应等级的，可调整到相应等级，若已经达到所获
/// 学历相应等级，基本工资等级不再调整": a degree earned in service only lifts to its floor.
#[test]
fn songshan_degree_earned_in_service() {
    let cite = "二(五)4(3) 教育程度 (在职教育)";
    let in_service = |education, years| Profile {
        education,
        degree_in_service: true,
        ..staff(years)
    };
    // 2 years (1级) + 本科 in service → lifted to 2级.
    case(
        SONGSHAN,
        cite,
        in_service(Education::Bachelor, 2),
        &[Level(Some(2))],
    );
    // 5 years (2级) + 硕士 in service → lifted to 3级.
    case(
        SONGSHAN,
        cite,
        in_service(Education::Master, 5),
        &[Level(Some(3))],
    );
    // 10 years (4级) + 本科 in service → already above 2级: stays 4级, no years added.
    case(
        SONGSHAN,
        cite,
        in_service(Education::Bachelor, 10),
        &[Level(Some(4))],
    );
    // …whereas the same 本科 held at hire counts 4 years: 14 → 5级.
    case(
        SONGSHAN,
        cite,
        Profile {
            education: Education::Bachelor,
            ..staff(10)
        },
        &[Level(Some(5))],
    );
    let e = run(SONGSHAN, &in_service(Education::Master, 5));
    assert!(has_step(&e, |k| matches!(
        k,
        StepKind::DegreeFloor {
            education: Education::Master,
            years: 7,
            ..
        }
    )));
}

/// 二(五)4(4): "年度考核为优秀等次的，计算工作年限时增加0.5年"; half years count only once they
/// cross a step.
#[test]
fn songshan_excellent_years() {
    let cite = "二(五)4(4) 考核结果";
    let excellent = |years, excellent_years| Profile {
        excellent_years,
        ..staff(years)
    };
    // 3 years + 2 × 0.5 = 4 counted → 2级.
    case(SONGSHAN, cite, excellent(3, 2), &[Level(Some(2))]);
    // 3 years + 1 × 0.5 = 3.5 counted → still 1级.
    case(SONGSHAN, cite, excellent(3, 1), &[Level(Some(1))]);
    // 6 years + 2 × 0.5 = 7 counted → 3级.
    case(SONGSHAN, cite, excellent(6, 2), &[Level(Some(3))]);
    // 9 years, all 优秀: 13.5 → 5级.
    case(SONGSHAN, cite, excellent(9, 9), &[Level(Some(5))]);
    let e = run(SONGSHAN, &excellent(3, 2));
    assert!(has_step(&e, |k| matches!(
        k,
        StepKind::ExcellentYears { excellent: 2, per_year, counted }
            if *per_year == yuan("0.5") && *counted == yuan("4")
    )));
}

/// 二(五)4(1): "考核结果为基本合格或不合格的年度不能计算为晋升等级的年限".
#[test]
fn songshan_uncounted_years() {
    let cite = "二(五)4(1) 工作年限";
    let uncounted = |years, uncounted_years| Profile {
        uncounted_years,
        ..staff(years)
    };
    case(SONGSHAN, cite, uncounted(5, 0), &[Level(Some(2))]);
    case(SONGSHAN, cite, uncounted(5, 1), &[Level(Some(2))]);
    case(SONGSHAN, cite, uncounted(5, 2), &[Level(Some(1))]);
    // 8 years, 2 uncounted, 2 优秀: 6 + 1 = 7 → 3级.
    case(
        SONGSHAN,
        "二(五)4(1), 4(4)",
        Profile {
            excellent_years: 2,
            ..uncounted(8, 2)
        },
        &[Level(Some(3))],
    );
}

/// 二(五)4(2): "“一肩挑”的社区党组织书记、居委会主任，任职期间在对应岗位等级工资基础上提升1级"; capped at 18.
#[test]
fn songshan_one_shoulder() {
    let cite = "二(五)4(2) 岗位变动";
    let one = |years| Profile {
        one_shoulder: true,
        ..head(years)
    };
    case(SONGSHAN, cite, one(0), &[Level(Some(8))]);
    case(SONGSHAN, cite, one(10), &[Level(Some(11))]);
    case(SONGSHAN, cite, one(33), &[Level(Some(18))]);
    // 7 + 11 + 1 = 19: the position's top is 18.
    let e = case(SONGSHAN, cite, one(34), &[Level(Some(18))]);
    assert!(has_step(&e, |k| matches!(
        k,
        StepKind::Level {
            raw: 19,
            level: 18,
            max: 18
        }
    )));
}

/// 二(五)2(3): "每人每月分别给予200、300、500元的职业津贴"; base pay and performance are in the
/// unpublished 参考表, so there is no total.
#[test]
fn songshan_certificate_allowance_and_no_total() {
    let cite = "二(五)2(3) 职业津贴; 附件 参考表 (未公布)";
    for (certificate, allowance) in [
        (Certificate::None, "0"),
        (Certificate::Assistant, "200"),
        (Certificate::Intermediate, "300"),
        (Certificate::Senior, "500"),
    ] {
        let e = case(
            SONGSHAN,
            cite,
            Profile {
                certificate,
                ..staff(5)
            },
            &[
                Level(Some(2)),
                Allowance(Some(allowance)),
                Base(None),
                Performance(None),
                Total(None),
                // The certificate does not raise the level here.
                Worth(None),
            ],
        );
        assert!(has_step(&e, |k| matches!(k, StepKind::NoTotal)));
        assert!(!e.complete());
    }
}

/// 二(五)2(1): "新聘用的社区工作者，试用期间基本工资按对应标准100%发放".
#[test]
fn songshan_probation_pays_in_full() {
    let e = case(
        SONGSHAN,
        "二(五)2(1) 基本工资 (试用期)",
        Profile {
            probation: true,
            certificate: Certificate::Assistant,
            ..staff(0)
        },
        &[Level(Some(1)), Allowance(Some("200"))],
    );
    assert!(e.probation);
    assert!(has_step(&e, |k| matches!(k, StepKind::ProbationFullPay)));
}

// =============================================================================================
// 昆明市西山区 — seeds/000, 西民函〔2022〕38号

const XISHAN: &str = "xishan";

/// 二、1: "最高一级一档2000元/月，逐级降低100元，四级十二档600元/月", read (POLICY-NOTES) as three
/// steps per rank, 100 down within a rank and 200 between ranks.
#[test]
fn xishan_every_rank_step() {
    let cite = "二、1 职级补贴 (interpretation: 2000 … 600)";
    let table = [
        "2000", "1900", "1800", "1600", "1500", "1400", "1200", "1100", "1000", "800", "700", "600",
    ];
    for (i, amount) in table.iter().enumerate() {
        let step = i as u8 + 1;
        let e = case(
            XISHAN,
            cite,
            Profile {
                position: Position::Deputy,
                rank_step: RankStep::Step(step),
                ..Profile::default()
            },
            &[Part("rank", Some(amount)), Part("basic", Some("2900"))],
        );
        assert_eq!(e.rank_step, Some(RankStep::Step(step)));
        assert_eq!(
            e.base_pay_monthly.amount,
            Some(yuan("2900") + yuan(amount)),
            "step {step}"
        );
        // The whole table is an interpretation, and is shown as one.
        assert!(e.steps.iter().any(|s| matches!(
            s.kind,
            StepKind::Lookup {
                key: Key::RankStep,
                assumed: false,
                ..
            }
        ) && s.is_interpretation()));
    }
    // The two amounts the document prints.
    assert_eq!(table[0], "2000");
    assert_eq!(table[11], "600");
}

/// 二、1: "截至目前全区1172名社区工作者符合领取职级补贴条件", while 二、3 counts 1508 paid the 2021
/// award: not everyone draws a rank allowance. An unknown step adds nothing: the total leaves the
/// rank allowance out (a lower bound), and the step says what it would be — 0, or 600–2000.
#[test]
fn xishan_unknown_rank_step_is_left_out_of_a_lower_bound() {
    let e = case(
        XISHAN,
        "二、1 “全区1172名社区工作者符合领取职级补贴条件”",
        Profile {
            position: Position::Deputy,
            ..Profile::default()
        },
        &[Part("rank", None), Base(Some("2900")), Total(Some("38600"))],
    );
    assert_eq!(e.rank_step, Some(RankStep::Unknown));
    assert!(e.annual_total_lower_bound());
    assert!(e.base_pay_monthly.lower_bound);
    assert!(!e.complete());
    assert!(
        !e.assumed().contains(&Key::RankStep),
        "the step is not assumed"
    );
    let unknown: Vec<_> = e.unknown().map(|(c, lo, hi)| (c.id, lo, hi)).collect();
    assert_eq!(unknown, [("rank", yuan("600"), yuan("2000"))]);
    assert!(e.steps.iter().any(|s| matches!(
        s.kind,
        StepKind::UnknownRange {
            key: Key::RankStep,
            not_eligible: true,
            ..
        }
    ) && s.is_interpretation()
        && s.source
            .unwrap()
            .quote
            .contains("1172名社区工作者符合领取职级补贴条件")));
    // The rank allowance is not "unpublished": its table is published.
    assert!(e.unpublished().all(|c| c.id != "rank"));
}

/// "不符合领取条件": no rank allowance, and the total is exact for what is published.
#[test]
fn xishan_not_eligible_for_a_rank_allowance() {
    let e = case(
        XISHAN,
        "二、1 “符合领取职级补贴条件”",
        Profile {
            position: Position::Deputy,
            rank_step: RankStep::NotEligible,
            ..Profile::default()
        },
        &[Part("rank", Some("0")), Base(Some("2900"))],
    );
    assert!(!e.base_pay_monthly.lower_bound);
    assert_eq!(e.rank_step, Some(RankStep::NotEligible));
}

/// 二、1: "按照担任职务“一肩挑”、正职、副职、委员四个层次分别核定基础补贴为3100元/月、3000元/月、
/// 2900元/月、2800元/月"; staff are estimated at the 委员 tier (interpretation).
#[test]
fn xishan_basic_allowance_tiers() {
    let cite = "二、1 基础补贴";
    case(
        XISHAN,
        cite,
        Profile {
            one_shoulder: true,
            ..head(0)
        },
        &[Part("basic", Some("3100"))],
    );
    case(XISHAN, cite, head(0), &[Part("basic", Some("3000"))]);
    case(
        XISHAN,
        cite,
        Profile {
            position: Position::Deputy,
            ..Profile::default()
        },
        &[Part("basic", Some("2900"))],
    );
    case(
        XISHAN,
        cite,
        Profile {
            position: Position::Committee,
            ..Profile::default()
        },
        &[Part("basic", Some("2800"))],
    );
    let e = case(XISHAN, cite, staff(0), &[Part("basic", Some("2800"))]);
    assert!(e.steps.iter().any(|s| matches!(
        s.kind,
        StepKind::Lookup {
            key: Key::Tier,
            value: "staff",
            ..
        }
    ) && s.is_interpretation()));
    // No level ladder in Xishan.
    assert_eq!(e.level(), None);
}

/// 二、3: "对评定为“优秀”的社区工作者给予年度一次性奖励2400元".
#[test]
fn xishan_excellent_assessment_award() {
    let cite = "二、3 年度考核优秀奖励";
    for (assessment, award) in [
        (Assessment::Excellent, "2400"),
        (Assessment::Competent, "0"),
        (Assessment::Basic, "0"),
        (Assessment::Incompetent, "0"),
    ] {
        case(
            XISHAN,
            cite,
            Profile {
                assessment,
                community_result: Some(CommunityResult::Complete),
                ..staff(0)
            },
            &[Part("excellent_award", Some(award))],
        );
    }
}

/// 二、3: "目标完成社区按人均3800元核发绩效考核奖励，优秀社区和良好社区在此基础上分别上浮30%、20%";
/// "目标未完成社区”0个": no amount for it.
#[test]
fn xishan_community_award() {
    let cite = "二、3 社区目标管理绩效考核奖励";
    for (result, award) in [
        (CommunityResult::Excellent, Some("4940")),
        (CommunityResult::Good, Some("4560")),
        (CommunityResult::Complete, Some("3800")),
        (CommunityResult::Incomplete, None),
    ] {
        let e = case(
            XISHAN,
            cite,
            Profile {
                community_result: Some(result),
                rank_step: RankStep::Step(12),
                ..staff(0)
            },
            &[
                Part("community_award", award),
                // staff: 2800 + 600 = 3400/month, whatever the award.
                Base(Some("3400")),
            ],
        );
        assert!(e.performance_annual.lower_bound);
        // Base pay is published, so there is a total; it is a lower bound.
        let awarded = award.map(yuan).unwrap_or_default();
        assert_eq!(e.annual_total, Some(yuan("3400") * yuan("12") + awarded));
        assert!(!e.complete());
    }
    // Unknown result: the 目标完成社区 standard, said to be assumed.
    let e = case(
        XISHAN,
        cite,
        staff(0),
        &[Part("community_award", Some("3800"))],
    );
    assert!(has_step(&e, |k| matches!(
        k,
        StepKind::Lookup {
            key: Key::CommunityResult,
            value: "complete",
            assumed: true,
            ..
        }
    )));
}

/// A full case: 一肩挑, step 1, 优秀, 优秀社区: (3100 + 2000) × 12 + 2400 + 4940 = 68540, a lower
/// bound (绩效补贴 unpublished). With a certificate the 职业资格补贴 is unpublished too.
#[test]
fn xishan_full_case() {
    let profile = Profile {
        one_shoulder: true,
        rank_step: RankStep::Step(1),
        assessment: Assessment::Excellent,
        community_result: Some(CommunityResult::Excellent),
        ..head(12)
    };
    let e = case(
        XISHAN,
        "二、1; 二、3",
        profile.clone(),
        &[
            Base(Some("5100")),
            Allowance(Some("0")),
            Performance(Some("7340")),
            Total(Some("68540")),
        ],
    );
    assert!(!e.complete());
    let unpublished: Vec<&str> = e.unpublished().map(|c| c.id).collect();
    assert_eq!(unpublished, ["performance"]);
    let e = case(
        XISHAN,
        "二、1 职业资格补贴 (金额未公布)",
        Profile {
            certificate: Certificate::Intermediate,
            ..profile
        },
        &[
            Allowance(None),
            Part("qualification", None),
            Total(Some("68540")),
        ],
    );
    assert!(e.certificate_allowance_monthly.lower_bound);
}

/// 二、1: "2022年个人保险政府承担部分1049.38元/月，按财政承担12%的比例缴存住房公积金" (of 基础补贴).
#[test]
fn xishan_employer_items() {
    for (profile, basic, fund) in [
        (
            Profile {
                one_shoulder: true,
                ..head(0)
            },
            "3100",
            "372",
        ),
        (head(0), "3000", "360"),
        (staff(0), "2800", "336"),
    ] {
        let e = run(XISHAN, &profile);
        let insurance = e.employer.iter().find(|(i, _)| i.id == "insurance");
        assert!(
            matches!(insurance, Some((_, EmployerValue::Monthly(a))) if *a == yuan("1049.38")),
            "{insurance:?}"
        );
        let housing = e.employer.iter().find(|(i, _)| i.id == "housing_fund");
        match housing {
            Some((
                _,
                EmployerValue::Percent {
                    percent,
                    of,
                    amount,
                },
            )) => {
                assert_eq!(*percent, yuan("12"));
                assert_eq!(*of, yuan(basic));
                assert_eq!(*amount, yuan(fund));
            }
            other => panic!("housing fund: {other:?}"),
        }
        // Employer items are not pay: the total does not include them. The rank step is not
        // given, so the rank allowance is left out ("1172名…符合领取职级补贴条件").
        let basic_and_rank = yuan(basic);
        assert_eq!(
            e.annual_total,
            Some(basic_and_rank * yuan("12") + yuan("3800"))
        );
    }
}

// =============================================================================================
// 昆明市官渡区 — seeds/003, reply to CPPCC proposal 102114

const GUANDU: &str = "guandu";

/// 五(三)一: "获得初级社工师每月补贴200元，获得中级社工师每月补贴400元，获得高级社工师每月补贴600";
/// 五(二): the 四档十七级 amounts are not published, so there is no total.
#[test]
fn guandu_certificate_allowance_and_no_total() {
    let cite = "五(三)一 职称补贴; 五(二) 档级表未公布";
    for (certificate, allowance) in [
        (Certificate::None, "0"),
        (Certificate::Assistant, "200"),
        (Certificate::Intermediate, "400"),
        (Certificate::Senior, "600"),
    ] {
        let e = case(
            GUANDU,
            cite,
            Profile {
                certificate,
                ..staff(5)
            },
            &[
                Level(None),
                Allowance(Some(allowance)),
                Base(None),
                Part("basic", None),
                Part("rank", None),
                Total(None),
            ],
        );
        assert!(!e.complete());
    }
}

/// 五(二): "社区工作者薪酬标准达到4300—6800元/月/人（含五险）": the pay standard itself, per
/// person per month, including the five insurances — its own item, not an employer-side one.
#[test]
fn guandu_pay_range() {
    for &position in Position::ALL {
        let e = run(
            GUANDU,
            &Profile {
                position,
                ..Profile::default()
            },
        );
        let range = e.pay_range.expect("Guandu publishes a range");
        assert_eq!((range.min, range.max), (yuan("4300"), yuan("6800")));
        assert_eq!(range.name.zh, "公布的薪酬标准范围（含五险）");
        // The scrape lost characters ("43006800//含五险"): the quote is marked as restored.
        assert!(range.source.is_assembled());
        assert!(e.employer.iter().all(|(i, _)| i.id != "pay_range"));
    }
}

/// 五(三)二: "连续工作满3年且取得全国社会工作者职业水平证书的在岗城市社区工作者或连续在城市社区任正职
/// 满9年的社区正职，按照5%的比例购买住房公积金".
#[test]
fn guandu_housing_fund_eligibility() {
    let fund = |profile: Profile| {
        let e = run(GUANDU, &profile);
        e.employer
            .iter()
            .find(|(i, _)| i.id == "housing_fund")
            .map(|(_, v)| v.clone())
            .expect("a housing fund item")
    };
    let with_certificate = |years| Profile {
        certificate: Certificate::Assistant,
        ..staff(years)
    };
    // 3 years + certificate: eligible under the first condition.
    match fund(with_certificate(3)) {
        EmployerValue::Eligible {
            percent,
            condition,
            needs_head_years,
        } => {
            assert_eq!(percent, yuan("5"));
            assert_eq!((condition.min_years, condition.certificate), (3, true));
            assert!(!needs_head_years);
        }
        other => panic!("{other:?}"),
    }
    // 2 years + certificate: not yet.
    assert!(
        matches!(fund(with_certificate(2)), EmployerValue::NotYet { percent } if percent == yuan("5"))
    );
    // 3 years without a certificate: not yet.
    assert!(matches!(fund(staff(3)), EmployerValue::NotYet { .. }));
    // Head, 9 years, no certificate: eligible, if all 9 years were as head.
    match fund(head(9)) {
        EmployerValue::Eligible {
            condition,
            needs_head_years,
            ..
        } => {
            assert_eq!(
                (condition.min_years, condition.position),
                (9, Some(Position::Head))
            );
            assert!(needs_head_years);
        }
        other => panic!("{other:?}"),
    }
    // Head, 8 years: not yet. Staff, 9 years without a certificate: the 9-year rule is for heads.
    assert!(matches!(fund(head(8)), EmployerValue::NotYet { .. }));
    assert!(matches!(fund(staff(9)), EmployerValue::NotYet { .. }));
}

// =============================================================================================
// 黄石市 — seeds/001, reply to proposal 213

/// 二(三): "按照取得初级、中级、高级社会工作师职称，分别补助100元/月、200元/月、300元/月"; the
/// 岗位等级薪酬 table is not published: no level, no total.
#[test]
fn huangshi_certificate_allowance_only() {
    let cite = "二(三) 职业津贴; 三(一) 实施办法未公布";
    for (certificate, allowance) in [
        (Certificate::None, "0"),
        (Certificate::Assistant, "100"),
        (Certificate::Intermediate, "200"),
        (Certificate::Senior, "300"),
    ] {
        for &position in Position::ALL {
            case(
                "huangshi",
                cite,
                Profile {
                    position,
                    certificate,
                    years: 10,
                    ..Profile::default()
                },
                &[
                    Level(None),
                    Allowance(Some(allowance)),
                    Base(None),
                    Total(None),
                ],
            );
        }
    }
}

// =============================================================================================
// 银川市 — seeds/004, 实施意见 and the attached 套改表 (rows: 1级 2300, 2级 2400, 3级 2500,
// 4级 2600, 5级 2700, 6级 2800, 10级 3200, 11级 3300, 12级 3400, 18级 4000)

const YINCHUAN: &str = "yinchuan";

/// 六(十七): "取得助理社会师的,薪酬可提高1等级;取得社会工作师的,薪酬可提高2级;取得高级社师的,薪酬可提高3级".
/// The certificate pays through the level: no allowance, and its worth is the table's difference.
#[test]
fn yinchuan_certificate_worth() {
    let cite = "六(十七) 薪酬待遇的匹配 (证书); 套改表";
    // Staff, 0 years: 1级 2300 without a certificate.
    for (certificate, level, base, worth) in [
        (Certificate::Assistant, 2, "2400", "100"),
        (Certificate::Intermediate, 3, "2500", "200"),
        (Certificate::Senior, 4, "2600", "300"),
    ] {
        let e = case(
            YINCHUAN,
            cite,
            Profile {
                certificate,
                ..staff(0)
            },
            &[
                Level(Some(level)),
                Base(Some(base)),
                Allowance(Some("0")),
                Worth(Some(worth)),
            ],
        );
        assert!(has_step(&e, |k| matches!(
            k,
            StepKind::CertificateWorth { .. }
        )));
    }
    case(YINCHUAN, cite, staff(0), &[Worth(None)]);
    // Near the top the cap eats part of it: staff 31 years (11级 3300) + 社会工作师 → 13 → 12级 3400.
    case(
        YINCHUAN,
        cite,
        Profile {
            certificate: Certificate::Intermediate,
            ..staff(31)
        },
        &[Level(Some(12)), Base(Some("3400")), Worth(Some("100"))],
    );
    // Committee, 7 years (4级), 本科 + 助理: 6级 2800, worth 2800 − 2700.
    case(
        YINCHUAN,
        cite,
        Profile {
            position: Position::Committee,
            education: Education::Bachelor,
            certificate: Certificate::Assistant,
            years: 7,
            ..Profile::default()
        },
        &[Level(Some(6)), Base(Some("2800")), Worth(Some("100"))],
    );
}

/// 六(十七): "在本岗位等级范围内 … 本科学历可提高1级,硕士研究生可提高5级,博士研究生可提高10级".
#[test]
fn yinchuan_education_levels() {
    let cite = "六(十七) 薪酬待遇的匹配 (学历)";
    for (education, level, base) in [
        (Education::College, 1, "2300"),
        (Education::Bachelor, 2, "2400"),
        (Education::Master, 6, "2800"),
        (Education::Doctor, 11, "3300"),
    ] {
        case(
            YINCHUAN,
            cite,
            Profile {
                education,
                ..staff(0)
            },
            &[Level(Some(level)), Base(Some(base))],
        );
    }
    // Head hired with a 硕士: 7 + 5 = 12级 3400.
    case(
        YINCHUAN,
        cite,
        Profile {
            education: Education::Master,
            ..head(0)
        },
        &[Level(Some(12)), Base(Some("3400"))],
    );
    // Staff, 4 years (2级) + 博士: 12 = the top of 其他人员.
    case(
        YINCHUAN,
        cite,
        Profile {
            education: Education::Doctor,
            ..staff(4)
        },
        &[Level(Some(12)), Base(Some("3400"))],
    );
}

/// The cap: head, 34 years (18级) + 博士 + 高级社工师 stays 18级, 4000; the certificate is then
/// worth nothing.
#[test]
fn yinchuan_cap_at_the_top() {
    let e = case(
        YINCHUAN,
        "六(十七) “在本岗位等级范围内”; 套改表 18级 2.00 4000",
        Profile {
            education: Education::Doctor,
            certificate: Certificate::Senior,
            ..head(34)
        },
        &[Level(Some(18)), Base(Some("4000")), Worth(Some("0"))],
    );
    assert!(e.steps.iter().any(|s| matches!(
        s.kind,
        StepKind::Level {
            raw: 31,
            level: 18,
            max: 18
        }
    ) && s.is_interpretation()));
}

/// A full case: deputy, 13 years (套改表: 8级), 本科 + 助理社会工作师 → 10级 3200; 五星 1300 × 12.
/// Total 3200 × 12 + 15600 = 54000.
#[test]
fn yinchuan_deputy_full_case() {
    let e = case(
        YINCHUAN,
        "套改表 副职 13-15年 8级; 六(十七); 星级绩效",
        Profile {
            position: Position::Deputy,
            years: 13,
            education: Education::Bachelor,
            certificate: Certificate::Assistant,
            stars: Some(5),
            ..Profile::default()
        },
        &[
            Level(Some(10)),
            Base(Some("3200")),
            Performance(Some("15600")),
            Total(Some("54000")),
            Worth(Some("100")),
        ],
    );
    assert!(e.complete());
}

/// 七(二十): "在社区连续工作年满20年的 … 一次性5000元 … 连续工作满30年的 … 一次性10000元": milestones,
/// not part of annual pay.
#[test]
fn yinchuan_long_service_milestones() {
    let status = |years| {
        let e = run(YINCHUAN, &staff(years));
        let got: Vec<(u8, Decimal, String)> = e
            .milestones
            .iter()
            .map(|(m, s)| (m.years, m.amount, format!("{s:?}")))
            .collect();
        (e, got)
    };
    let fmt = |s: MilestoneStatus| format!("{s:?}");
    let (_, at0) = status(0);
    assert_eq!(
        at0,
        [
            (20, yuan("5000"), fmt(MilestoneStatus::InYears(20))),
            (30, yuan("10000"), fmt(MilestoneStatus::InYears(30)))
        ]
    );
    let (before, at19) = status(19);
    assert_eq!(
        at19,
        [
            (20, yuan("5000"), fmt(MilestoneStatus::InYears(1))),
            (30, yuan("10000"), fmt(MilestoneStatus::InYears(11)))
        ]
    );
    let (after, at20) = status(20);
    assert_eq!(
        at20,
        [
            (20, yuan("5000"), fmt(MilestoneStatus::Reached)),
            (30, yuan("10000"), fmt(MilestoneStatus::InYears(10)))
        ]
    );
    let (_, at30) = status(30);
    assert_eq!(
        at30,
        [
            (20, yuan("5000"), fmt(MilestoneStatus::Reached)),
            (30, yuan("10000"), fmt(MilestoneStatus::Reached))
        ]
    );
    // 19 and 20 years are both 7级 (其他人员 19-21年): the award is not in the annual total.
    assert_eq!(before.level(), Some(7));
    assert_eq!(after.annual_total, before.annual_total);
    assert_eq!(
        after.annual_total,
        Some(yuan("2900") * yuan("12") + yuan("3600"))
    );
}

// =============================================================================================
// Documents and dates, per shared/seeds/README.md

/// Each policy names its document, with the dates the seeds' README gives.
#[test]
fn documents_and_dates() {
    // (policy, file, [文号, issued, published, in force])
    type Dates = [Option<&'static str>; 4]; // 文号, issued, published, in force
    #[rustfmt::skip]
    let table: [(&str, &str, Dates); 5] = [
        ("xishan",   "000_a3e1343abf6f5c6f.txt", [Some("西民函〔2022〕38号"), Some("2022-11-03"), None, None]),
        ("huangshi", "001_97a3d68edb34fabf.txt", [None, None, None, None]),
        ("songshan", "002_56e54b5ae3257753.txt", [None, Some("2022-03-24"), None, Some("2022-01-01")]),
        ("guandu",   "003_aa8be4c909c4f0d9.txt", [None, Some("2023-05-31"), Some("2023-06-16"), None]),
        ("yinchuan", "004_718dda6e0fcbe3c6.txt", [None, Some("2018-09-05"), None, Some("2019-01-01")]),
    ];
    for (id, file, [number, issued, published, in_force]) in table {
        let p = find(id);
        assert_eq!(p.documents.len(), 1, "{id}");
        let d = &p.documents[0];
        assert_eq!(
            (d.file, d.number, d.issued, d.published, d.in_force),
            (file, number, issued, published, in_force),
            "{id}"
        );
        // "undated (c. 2021)": no issue date, and a note saying why.
        assert_eq!(d.issued.is_none(), d.date_note.is_some(), "{id}");
    }
}
