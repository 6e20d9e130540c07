//! 银川市社区工作者薪酬标准套改表, reproduced row by row from the attachment at the end of
//! shared/seeds/004_718dda6e0fcbe3c6.txt, and checked against the bundled policy and the engine.
//!
//! The rows below are typed from the document, not computed: a wrong row in `policies/yinchuan.toml`
//! or a wrong step in the engine shows up as a mismatch with what the table prints.

use rust_decimal::Decimal;
use shequ_pay::explain::StepKind;
use shequ_pay::ids::{Certificate, Education, Key, Position, MAX_YEARS};
use shequ_pay::policy::{self, Policy, Rule};
use shequ_pay::{estimate, Estimate, Profile};

/// One row of the 套改表: 等级, then the 工作年限 printed under 正职 / 副职 / 社区"两委"成员 /
/// 其他人员 (`None` where the cell is empty), then 工资系数 and 基本工资.
struct Row {
    level: u8,
    head: Option<&'static str>,
    deputy: Option<&'static str>,
    committee: Option<&'static str>,
    staff: Option<&'static str>,
    coefficient: &'static str,
    base_pay: &'static str,
}

const fn row(
    level: u8,
    head: Option<&'static str>,
    deputy: Option<&'static str>,
    committee: Option<&'static str>,
    staff: Option<&'static str>,
    coefficient: &'static str,
    base_pay: &'static str,
) -> Row {
    Row {
        level,
        head,
        deputy,
        committee,
        staff,
        coefficient,
        base_pay,
    }
}

const N: Option<&str> = None;
const fn y(band: &'static str) -> Option<&'static str> {
    Some(band)
}

/// 银川市社区工作者薪酬标准套改表 — 等级 | 正职 | 副职 | 社区"两委"成员 | 其他人员 | 工资系数 | 基本工资.
#[rustfmt::skip]
const TABLE: [Row; 18] = [
    row(18, y("34年及以上"), N,              N,              N,              "2.00", "4000"),
    row(17, y("31-33年"),    N,              N,              N,              "1.95", "3900"),
    row(16, y("28-30年"),    N,              N,              N,              "1.90", "3800"),
    row(15, y("25-27年"),    y("34年及以上"), N,              N,              "1.85", "3700"),
    row(14, y("22-24年"),    y("31-33年"),    N,              N,              "1.80", "3600"),
    row(13, y("19-21年"),    y("28-30年"),    y("34年及以上"), N,              "1.75", "3500"),
    row(12, y("16-18年"),    y("25-27年"),    y("31-33年"),    y("34年及以上"), "1.70", "3400"),
    row(11, y("13-15年"),    y("22-24年"),    y("28-30年"),    y("31-33年"),    "1.65", "3300"),
    row(10, y("10-12年"),    y("19-21年"),    y("25-27年"),    y("28-30年"),    "1.60", "3200"),
    row( 9, y("7-9年"),      y("16-18年"),    y("22-24年"),    y("25-27年"),    "1.55", "3100"),
    row( 8, y("4-6年"),      y("13-15年"),    y("19-21年"),    y("22-24年"),    "1.50", "3000"),
    row( 7, y("3年及以下"),  y("10-12年"),    y("16-18年"),    y("19-21年"),    "1.45", "2900"),
    row( 6, N,              y("7-9年"),      y("13-15年"),    y("16-18年"),    "1.40", "2800"),
    row( 5, N,              y("4-6年"),      y("10-12年"),    y("13-15年"),    "1.35", "2700"),
    row( 4, N,              y("3年及以下"),  y("7-9年"),      y("10-12年"),    "1.30", "2600"),
    row( 3, N,              N,              y("4-6年"),      y("7-9年"),      "1.25", "2500"),
    row( 2, N,              N,              y("3年及以下"),  y("4-6年"),      "1.20", "2400"),
    row( 1, N,              N,              N,              y("3年及以下"),  "1.15", "2300"),
];

/// The 试用期 row: 工资系数 1.00, 基本工资 2000.
const PROBATION: (&str, &str) = ("1.00", "2000");

/// The 星级党组织 绩效补贴 column: 0星 300, 一星 500, 二星 700, 三星 900, 四星 1100, 五星 1300.
const STARS: [(u8, &str); 6] = [
    (0, "300"),
    (1, "500"),
    (2, "700"),
    (3, "900"),
    (4, "1100"),
    (5, "1300"),
];

fn dec(s: &str) -> Decimal {
    s.parse().expect("a decimal")
}

fn yinchuan() -> &'static Policy {
    policy::find("yinchuan").expect("the yinchuan policy is bundled")
}

fn run(profile: Profile) -> Estimate {
    estimate(yinchuan(), &profile).expect("a valid profile")
}

/// The years a printed band stands for: "3年及以下" is 0–3, "34年及以上" is 34 up to the form's
/// limit, "a-b年" is a–b.
fn years_of(band: &str) -> std::ops::RangeInclusive<u8> {
    match band {
        "3年及以下" => 0..=3,
        "34年及以上" => 34..=MAX_YEARS,
        _ => {
            let (a, b) = band
                .strip_suffix('年')
                .and_then(|r| r.split_once('-'))
                .unwrap_or_else(|| panic!("not a band: {band}"));
            a.parse().unwrap()..=b.parse().unwrap()
        }
    }
}

fn band(r: &Row, position: Position) -> Option<&'static str> {
    match position {
        Position::Head => r.head,
        Position::Deputy => r.deputy,
        Position::Committee => r.committee,
        Position::Staff => r.staff,
    }
}

/// The transcription itself is whole: levels 18 down to 1, and every position's column runs
/// from "3年及以下" to "34年及以上" with no year missing or counted twice.
#[test]
fn transcription_is_whole() {
    for (i, r) in TABLE.iter().enumerate() {
        assert_eq!(usize::from(r.level), 18 - i);
    }
    for &position in Position::ALL {
        let mut years: Vec<u8> = TABLE
            .iter()
            .filter_map(|r| band(r, position))
            .flat_map(years_of)
            .collect();
        years.sort();
        let expected: Vec<u8> = (0..=MAX_YEARS).collect();
        assert_eq!(years, expected, "{position:?}'s column");
    }
}

/// (a) The bundled level table equals the 套改表's 工资系数 and 基本工资 columns.
#[test]
fn policy_level_table_equals_the_document() {
    let base = yinchuan().component("base").expect("a `base` component");
    let Rule::LevelCoefficient { base: unit, table } = &base.rule else {
        panic!(
            "yinchuan base pay is not a level_coefficient table: {:?}",
            base.rule
        );
    };
    // 基本薪酬按照自治区关于社区居委会“两委”成员薪酬待遇2000元为基准
    assert_eq!(*unit, dec("2000"));
    let mut from_policy: Vec<(u8, Decimal, Decimal)> = table
        .iter()
        .map(|r| (r.level, r.coefficient, r.amount))
        .collect();
    from_policy.sort();
    let mut from_document: Vec<(u8, Decimal, Decimal)> = TABLE
        .iter()
        .map(|r| (r.level, dec(r.coefficient), dec(r.base_pay)))
        .collect();
    from_document.sort();
    assert_eq!(from_policy, from_document);
}

/// The position ranges of the bundled policy are those the table's columns span.
#[test]
fn position_ranges_equal_the_columns() {
    let grade = yinchuan().grade.as_ref().expect("yinchuan has a grade");
    for &position in Position::ALL {
        let levels: Vec<u8> = TABLE
            .iter()
            .filter(|r| band(r, position).is_some())
            .map(|r| r.level)
            .collect();
        let range = &grade.positions[position.index()];
        assert_eq!(range.position, position);
        assert_eq!(
            (range.min, range.max),
            (*levels.iter().min().unwrap(), *levels.iter().max().unwrap()),
            "{position:?}"
        );
    }
}

/// (b) For every position and every printed band, each year of the band, with 大专及以下 and no
/// certificate, gives the row's level, coefficient and 基本工资.
#[test]
fn every_band_gives_its_level_and_base_pay() {
    let mut checked = 0;
    for r in &TABLE {
        for &position in Position::ALL {
            let Some(b) = band(r, position) else { continue };
            for years in years_of(b) {
                let e = run(Profile {
                    position,
                    years,
                    education: Education::College,
                    certificate: Certificate::None,
                    ..Profile::default()
                });
                let case = format!("{position:?}, {years} years (套改表 {} 级 {b})", r.level);
                assert_eq!(e.level(), Some(r.level), "level: {case}");
                assert_eq!(
                    e.base_pay_monthly.amount,
                    Some(dec(r.base_pay)),
                    "base pay: {case}"
                );
                assert!(!e.base_pay_monthly.lower_bound, "{case}");
                let coefficient = e.steps.iter().find_map(|s| match s.kind {
                    StepKind::Coefficient {
                        level, coefficient, ..
                    } => Some((level, coefficient)),
                    _ => None,
                });
                assert_eq!(
                    coefficient,
                    Some((r.level, dec(r.coefficient))),
                    "coefficient step: {case}"
                );
                checked += 1;
            }
        }
    }
    // 4 positions × 51 possible year values (0–50).
    assert_eq!(checked, 4 * 51);
}

/// (c) 试用期: a newly recruited 网格员 (staff) on probation is paid the 试用期 row, 1.00 × 2000,
/// whatever their years, and only the 基础薪酬 ("试用期间只享受相对应的基础薪酬").
#[test]
fn probation_row_for_staff() {
    for years in [0, 1, 3, 4, 12, 50] {
        let e = run(Profile {
            position: Position::Staff,
            years,
            probation: true,
            stars: Some(5),
            ..Profile::default()
        });
        assert!(e.probation, "{years} years");
        assert_eq!(e.base_pay_monthly.amount, Some(dec(PROBATION.1)));
        let step = e.steps.iter().find_map(|s| match s.kind {
            StepKind::ProbationCoefficient {
                coefficient,
                base,
                amount,
                ..
            } => Some((coefficient, base, amount)),
            _ => None,
        });
        assert_eq!(
            step,
            Some((dec(PROBATION.0), dec("2000"), dec(PROBATION.1))),
            "{years} years"
        );
        // Only the base pay is paid during probation: no star performance.
        assert_eq!(e.performance_annual.amount, Some(Decimal::ZERO));
        assert!(e
            .steps
            .iter()
            .any(|s| matches!(s.kind, StepKind::ProbationNotPaid { component } if component.id == "performance")));
    }
}

/// The probation clause is about newly recruited 网格员: other positions are paid the table.
#[test]
fn probation_does_not_apply_to_other_positions() {
    for &(position, years, level, pay) in &[
        (Position::Head, 0, 7, "2900"),
        (Position::Deputy, 0, 4, "2600"),
        (Position::Committee, 0, 2, "2400"),
    ] {
        let e = run(Profile {
            position,
            years,
            probation: true,
            ..Profile::default()
        });
        assert!(!e.probation, "{position:?}");
        assert_eq!(e.level(), Some(level));
        assert_eq!(e.base_pay_monthly.amount, Some(dec(pay)));
        assert!(e.steps.iter().any(
            |s| matches!(s.kind, StepKind::ProbationNotForPosition { position: p, .. } if p == position)
        ));
    }
}

/// (d) The star column: annual performance = 12 × the standard (POLICY-NOTES' interpretation),
/// outside probation, and the total is 12 × base pay + that.
#[test]
fn star_column_gives_annual_performance() {
    let factor = dec("12");
    for &(stars, standard) in &STARS {
        for r in [&TABLE[17], &TABLE[11], &TABLE[6]] {
            let years = *years_of(r.staff.unwrap_or("3年及以下")).start();
            let e = run(Profile {
                position: Position::Staff,
                years,
                stars: Some(stars),
                ..Profile::default()
            });
            let annual = dec(standard) * factor;
            assert_eq!(e.performance_annual.amount, Some(annual), "{stars} stars");
            assert!(!e.performance_annual.lower_bound);
            let base = dec(r.base_pay);
            assert_eq!(e.annual_total, Some(base * factor + annual));
            assert!(e.complete());
            let lookup = e.steps.iter().find_map(|s| match s.kind {
                StepKind::Lookup {
                    key: Key::Stars,
                    value,
                    assumed,
                    result,
                    ..
                } => Some((value, assumed, result)),
                _ => None,
            });
            let (value, assumed, result) = lookup.expect("a star lookup step");
            assert_eq!(value, stars.to_string());
            assert!(!assumed);
            assert_eq!(result, Some(dec(standard)));
            // The ×12 is an interpretation and must be shown as one.
            assert!(e
                .steps
                .iter()
                .any(|s| matches!(s.kind, StepKind::Factor { .. }) && s.is_interpretation()));
        }
    }
}

/// Without a star rating the lowest standard (0星, 300) is assumed, and the step says so.
#[test]
fn unknown_stars_assume_zero_stars() {
    let e = run(Profile::default());
    assert_eq!(e.performance_annual.amount, Some(dec("300") * dec("12")));
    assert!(e.steps.iter().any(|s| matches!(
        s.kind,
        StepKind::Lookup {
            key: Key::Stars,
            value: "0",
            assumed: true,
            ..
        }
    )));
}
