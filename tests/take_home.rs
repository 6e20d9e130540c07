//! Take-home pay (issue 17): the worked example of NATIONAL-RULES, a case per bracket, a high
//! income crossing brackets mid-year under 累计预扣法, the 速算扣除 edge where taxing the bonus
//! apart is the trap, the defaults per district, and properties.

use proptest::prelude::*;
use rust_decimal::Decimal;
use shequ_pay::ids::{Assessment, CommunityResult, Position};
use shequ_pay::profile::RankStep;
use shequ_pay::take_home::{
    self, comprehensive_tax, separate_bonus_tax, tax_year, BonusMethod, ContributionInputs, Field,
    NetStatus, Origin, Year,
};
use shequ_pay::{estimate, policy, Estimate, Profile};

fn yuan(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn run(policy_id: &str, profile: Profile) -> Estimate {
    estimate(policy::find(policy_id).expect("bundled policy"), &profile).expect("valid profile")
}

fn xishan_worked_example() -> Estimate {
    run(
        "xishan",
        Profile {
            position: Position::Head,
            one_shoulder: true,
            rank_step: RankStep::Step(1),
            assessment: Assessment::Excellent,
            community_result: Some(CommunityResult::Excellent),
            ..Profile::default()
        },
    )
}

/// NATIONAL-RULES, worked example: 西山, 一肩挑, 职级一档, 优秀, 优秀社区: 5,100 a month and awards
/// 2,400 + 4,940; base 3,100 (基础补贴, the district's document); 8% + 2% + 0.5% → 325.50 a month;
/// housing fund 12% → 372. Combined 5.10, apart 220.20: combined chosen; net 60,164.90, at least.
#[test]
fn national_rules_worked_example_xishan() {
    let e = xishan_worked_example();
    assert_eq!(e.annual_total, Some(yuan("68540")));
    let t = take_home::take_home(&e, &ContributionInputs::default()).unwrap();
    assert_eq!(t.status, NetStatus::LowerBound);
    let base = t.input(Field::InsuranceBase);
    assert_eq!(base.value, Some(yuan("3100")));
    assert_eq!(base.origin, Origin::District);
    assert_eq!(t.input(Field::HousingFundRate).value, Some(yuan("12")));
    assert_eq!(t.input(Field::UnemploymentRate).origin, Origin::SetLocally);
    assert_eq!(t.social_insurance_monthly, Some(yuan("325.50")));
    assert_eq!(t.social_insurance_annual, Some(yuan("3906")));
    assert_eq!(t.housing_fund_monthly, Some(yuan("372")));
    assert_eq!(t.housing_fund_annual, Some(yuan("4464")));
    let b = t.bonus_tax.as_ref().unwrap();
    assert_eq!(b.bonus, yuan("7340"));
    assert_eq!(b.combined, yuan("5.10"));
    assert_eq!(b.separate, Some(yuan("220.20")));
    assert_eq!(b.chosen, BonusMethod::Combined);
    assert_eq!(b.saving, yuan("215.10"));
    assert_eq!(t.income_tax_annual, Some(yuan("5.10")));
    assert_eq!(t.net_annual, Some(yuan("60164.90")));
    // The months: December holds the awards and, combined, all the tax.
    assert_eq!(t.months.len(), 12);
    assert_eq!(t.months[0].net, yuan("5100") - yuan("697.50"));
    assert_eq!(t.months[11].gross, yuan("12440"));
    assert_eq!(t.months[11].tax, yuan("5.10"));
    let net: Decimal = t.months.iter().map(|m| m.net).sum();
    assert_eq!(net, yuan("60164.90"));
    assert_eq!(t.net_monthly, Some(yuan("4402.50")));
}

/// The trap: 银川 level 18 (head, 34 years, doctor), 5★, no contributions: 48,000 wages and
/// 15,600 performance "按年一次性发放". Apart: 15,600 ÷ 12 = 1,300 → 3% → 468; combined:
/// 63,600 − 60,000 = 3,600 → 108.
#[test]
fn yinchuan_level_18_five_stars_apart_costs_more() {
    let e = run(
        "yinchuan",
        Profile {
            position: Position::Head,
            years: 34,
            education: shequ_pay::ids::Education::Doctor,
            stars: Some(5),
            ..Profile::default()
        },
    );
    assert_eq!(e.level(), Some(18));
    let none = ContributionInputs {
        insurance_base: Some(Decimal::ZERO),
        special_deductions: Some(Decimal::ZERO),
        ..ContributionInputs::default()
    };
    let t = take_home::take_home(&e, &none).unwrap();
    let b = t.bonus_tax.unwrap();
    assert_eq!((b.combined, b.separate), (yuan("108"), Some(yuan("468"))));
    assert_eq!(b.chosen, BonusMethod::Combined);
    assert_eq!(t.net_annual, Some(yuan("63492")));
    // With the defaults: the base is the pay income, 63,600 ÷ 12 = 5,300 (an interpretation).
    let t = take_home::take_home(&e, &ContributionInputs::default()).unwrap();
    let base = t.input(Field::InsuranceBase);
    assert_eq!(
        (base.value, base.origin),
        (Some(yuan("5300")), Origin::DistrictPayIncome)
    );
    assert!(base.cite.unwrap().is_interpretation());
    assert_eq!(t.input(Field::HousingFundRate).origin, Origin::LegalFloor);
    assert_eq!(t.status, NetStatus::Exact);
}

/// 税率表一, one case per bracket: taxable income → tax = taxable × rate − quick deduction.
#[test]
fn comprehensive_table_per_bracket() {
    for (taxable, tax) in [
        ("0", "0"),
        ("36000", "1080"),       // 3%, top of the first bracket
        ("36000.01", "1080.00"), // 10% − 2,520: continuous at the edge
        ("100000", "7480"),      // 10%
        ("200000", "23080"),     // 20%
        ("350000", "55580"),     // 25%
        ("500000", "97080"),     // 30%
        ("800000", "194080"),    // 35%
        ("1000000", "268080"),   // 45%
    ] {
        assert_eq!(
            comprehensive_tax(yuan(taxable)).0,
            yuan(tax),
            "taxable {taxable}"
        );
    }
}

/// The monthly table for a bonus taxed apart, one case per bracket.
#[test]
fn bonus_table_per_bracket() {
    for (bonus, tax) in [
        ("36000", "1080"),     // 3,000 a month: 3%
        ("60000", "5790"),     // 5,000: 10% − 210
        ("200000", "38590"),   // 16,666.67: 20% − 1,410
        ("360000", "87340"),   // 30,000: 25% − 2,660
        ("600000", "175590"),  // 50,000: 30% − 4,410
        ("720000", "244840"),  // 60,000: 35% − 7,160
        ("1200000", "524840"), // 100,000: 45% − 15,160
    ] {
        assert_eq!(
            separate_bonus_tax(yuan(bonus)).0,
            yuan(tax),
            "bonus {bonus}"
        );
    }
}

/// The 速算扣除 edge: a bonus of 36,000 taxed apart pays 1,080; one yuan more crosses to 10% of
/// the whole bonus less only 210: 3,390.10. For a worker whose wages sit in the 3% bracket,
/// combining costs 1,080.03 — taxing apart is the trap, and the engine chooses combined.
#[test]
fn bonus_just_over_the_edge_is_cheaper_combined() {
    assert_eq!(separate_bonus_tax(yuan("36001")).0, yuan("3390.10"));
    let y = Year {
        regular_monthly: yuan("6000"),
        bonus: yuan("36001"),
        bonus_month: 12,
        contributions_monthly: Decimal::ZERO,
        special_monthly: Decimal::ZERO,
    };
    let t = tax_year(&y);
    // Wages 72,000 − 60,000 = 12,000 → 360; apart 360 + 3,390.10; combined 48,001 → 3% up to
    // 36,000 and 10% on the rest: 48,001 × 10% − 2,520 = 2,280.10.
    assert_eq!(t.separate, Some(yuan("3750.10")));
    assert_eq!(t.combined, yuan("2280.10"));
    assert_eq!(t.chosen, BonusMethod::Combined);
    // And just under the edge, apart wins: 36,000 → 1,080 + 360 against 2,280.
    let t = tax_year(&Year {
        bonus: yuan("36000"),
        ..y
    });
    assert_eq!((t.separate, t.combined), (Some(yuan("1440")), yuan("2280")));
    assert_eq!(t.chosen, BonusMethod::Separate);
    assert_eq!(t.months[11].tax, yuan("30") + yuan("1080"));
}

/// A high income crossing brackets mid-year: 30,000 a month, 5,000 deducted: cumulative taxable
/// 25,000 a month. Months 1: 750; 2: 50,000 × 10% − 2,520 − 750 = 1,730; 3–5: 2,500 each; 6:
/// 150,000 × 20% − 16,920 − 9,980 = 3,100; then 5,000 a month; the year: 300,000 → 43,080.
#[test]
fn high_income_crosses_brackets_mid_year() {
    let y = Year {
        regular_monthly: yuan("30000"),
        bonus: Decimal::ZERO,
        bonus_month: 12,
        contributions_monthly: Decimal::ZERO,
        special_monthly: Decimal::ZERO,
    };
    let t = tax_year(&y);
    let taxes: Vec<Decimal> = t.months.iter().map(|m| m.tax).collect();
    let expect: Vec<Decimal> = [
        "750", "1730", "2500", "2500", "2500", "3100", "5000", "5000", "5000", "5000", "5000",
        "5000",
    ]
    .iter()
    .map(|s| yuan(s))
    .collect();
    assert_eq!(taxes, expect);
    assert_eq!(t.combined, yuan("43080"));
    assert_eq!(taxes.iter().sum::<Decimal>(), t.combined);
    assert!(t.separate.is_none());
}

/// Where base pay is unpublished there is no net; the contribution base is then unknown.
#[test]
fn no_gross_no_net() {
    for id in ["songshan", "guandu", "huangshi"] {
        let e = run(id, Profile::default());
        let t = take_home::take_home(&e, &ContributionInputs::default()).unwrap();
        assert_eq!(t.status, NetStatus::Unknown, "{id}");
        assert!(t.net_annual.is_none() && t.months.is_empty(), "{id}");
        assert_eq!(t.input(Field::InsuranceBase).origin, Origin::Unknown);
    }
}

/// 官渡's housing fund: 5% once eligible (3 years with a certificate), 0 before.
#[test]
fn guandu_housing_fund_follows_eligibility() {
    let e = run("guandu", Profile::default());
    let t = take_home::take_home(&e, &ContributionInputs::default()).unwrap();
    let hf = t.input(Field::HousingFundRate);
    assert_eq!(
        (hf.value, hf.origin),
        (Some(Decimal::ZERO), Origin::NotYetEligible)
    );
    let e = run(
        "guandu",
        Profile {
            years: 3,
            certificate: shequ_pay::ids::Certificate::Assistant,
            ..Profile::default()
        },
    );
    let t = take_home::take_home(&e, &ContributionInputs::default()).unwrap();
    let hf = t.input(Field::HousingFundRate);
    assert_eq!((hf.value, hf.origin), (Some(yuan("5")), Origin::District));
}

#[test]
fn bad_inputs_are_refused_naming_the_field() {
    let e = xishan_worked_example();
    for (field, value) in [
        (Field::PensionRate, "-1"),
        (Field::HousingFundRate, "12.5"),
        (Field::InsuranceBase, "-100"),
        (Field::MedicalRate, "0.125"),
    ] {
        let mut i = ContributionInputs::default();
        *i.slot(field) = Some(yuan(value));
        let err = take_home::take_home(&e, &i).unwrap_err();
        assert_eq!(err.field, field);
    }
}

fn steady(regular: u32, bonus: u32, contributions: u32, special: u32) -> Year {
    Year {
        regular_monthly: Decimal::from(regular),
        bonus: Decimal::from(bonus),
        bonus_month: 12,
        contributions_monthly: Decimal::from(contributions) / Decimal::from(100),
        special_monthly: Decimal::from(special),
    }
}

proptest! {
    /// Net ≤ gross, month by month and over the year.
    #[test]
    fn net_never_exceeds_gross(regular in 0u32..200_000, bonus in 0u32..2_000_000, c in 0u32..300_000, s in 0u32..20_000) {
        let c = c.min(regular * 30); // contributions a share of pay (≤ 30%, in fen)
        let t = tax_year(&steady(regular, bonus, c, s));
        for m in &t.months {
            prop_assert!(m.net <= m.gross);
            prop_assert!(m.tax >= Decimal::ZERO);
        }
    }

    /// For steady pay the twelve months withheld add up to the year's tax by the chosen method.
    #[test]
    fn withholding_adds_up_to_the_year(regular in 0u32..200_000, bonus in 0u32..2_000_000, c in 0u32..300_000, s in 0u32..20_000) {
        let t = tax_year(&steady(regular, bonus, c, s));
        let withheld: Decimal = t.months.iter().map(|m| m.tax).sum();
        prop_assert_eq!(withheld, t.tax());
    }

    /// The chosen method is never dearer than the other.
    #[test]
    fn the_choice_is_the_cheaper(regular in 0u32..200_000, bonus in 1u32..2_000_000) {
        let t = tax_year(&steady(regular, bonus, 0, 0));
        prop_assert!(t.tax() <= t.combined);
        prop_assert!(t.tax() <= t.separate.unwrap());
    }

    /// More deductions never raise tax.
    #[test]
    fn more_deductions_never_raise_tax(regular in 0u32..200_000, bonus in 0u32..2_000_000, c in 0u32..300_000, s in 0u32..20_000, more in 1u32..10_000) {
        let a = tax_year(&steady(regular, bonus, c, s));
        let b = tax_year(&steady(regular, bonus, c, s + more));
        let d = tax_year(&steady(regular, bonus, c + more * 100, s));
        prop_assert!(b.tax() <= a.tax());
        prop_assert!(d.tax() <= a.tax());
    }

    /// Through the estimate: every district, any profile, any valid rates: net ≤ gross, and a
    /// lower bound where gross is.
    #[test]
    fn estimates_net_at_most_gross(years in 0u8..=40, stars in 0u8..=5, step in 1u8..=12, hf in 0u32..=12, base in 0u32..20_000) {
        let p = Profile { years, stars: Some(stars), rank_step: RankStep::Step(step), ..Profile::default() };
        let inputs = ContributionInputs { housing_fund_rate: Some(Decimal::from(hf)), insurance_base: Some(Decimal::from(base)), ..ContributionInputs::default() };
        for policy in policy::all() {
            let e = estimate(policy, &p).unwrap();
            let t = take_home::take_home(&e, &inputs).unwrap();
            if let (Some(net), Some(gross)) = (t.net_annual, t.gross_annual) {
                prop_assert!(net <= gross);
                prop_assert_eq!(t.status == NetStatus::LowerBound, !e.complete());
            }
        }
    }
}
