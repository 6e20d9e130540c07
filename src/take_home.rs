//! Take-home pay (到手): from an estimate's gross pay, the worker's own social-insurance and
//! housing-fund contributions (专项扣除), individual income tax by cumulative withholding
//! (累计预扣法), the annual one-off bonus taxed apart or combined (财税〔2018〕164号: the cheaper
//! is chosen, both are shown), a 12-month table and the year's net. Pure: values and steps, each
//! step with its document; `i18n` words them.
//!
//! Money is `Decimal`; contributions and tax are rounded to the fen, half away from zero (the
//! rules give the fen but no rounding rule: an interpretation, `RULES.rounding`).

use crate::estimate::{EmployerValue, Estimate};
use crate::ids::Period;
use crate::national::{self, BaseOf, Bracket, RULES};
use crate::policy::{Component, Policy, Source};
use rust_decimal::{Decimal, RoundingStrategy};

/// The largest amount (yuan) an input may take: far above any pay, far below overflow.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// The contribution inputs, by their ids in URLs (`insurance_base`) and flags
/// (`--insurance-base`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// 缴费基数, yuan a month.
    InsuranceBase,
    /// 基本养老保险 个人缴费比例, percent.
    PensionRate,
    /// 基本医疗保险 个人缴费比例, percent.
    MedicalRate,
    /// 失业保险 个人缴费比例, percent.
    UnemploymentRate,
    /// 住房公积金 个人缴存比例, percent.
    HousingFundRate,
    /// 专项附加扣除, yuan a month.
    SpecialDeductions,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::InsuranceBase,
        Field::PensionRate,
        Field::MedicalRate,
        Field::UnemploymentRate,
        Field::HousingFundRate,
        Field::SpecialDeductions,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Field::InsuranceBase => "insurance_base",
            Field::PensionRate => "pension_rate",
            Field::MedicalRate => "medical_rate",
            Field::UnemploymentRate => "unemployment_rate",
            Field::HousingFundRate => "housing_fund_rate",
            Field::SpecialDeductions => "special_deductions",
        }
    }

    pub fn parse(s: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.id() == s)
    }

    /// A percentage (8 is 8%), else yuan a month.
    pub const fn is_percent(self) -> bool {
        !matches!(self, Field::InsuranceBase | Field::SpecialDeductions)
    }

    /// The allowed range: 0 to 100 percent (the housing fund to its ceiling, 12%:
    /// 建金管〔2005〕5号), 0 to `MAX_AMOUNT` yuan. Two decimals at most.
    pub fn range(self) -> (Decimal, Decimal) {
        match self {
            Field::InsuranceBase | Field::SpecialDeductions => (Decimal::ZERO, MAX_AMOUNT),
            Field::HousingFundRate => (Decimal::ZERO, RULES.housing_fund_ceiling.percent),
            _ => (Decimal::ZERO, Decimal::ONE_HUNDRED),
        }
    }

    /// Whether a value is allowed.
    pub fn allows(self, v: Decimal) -> bool {
        let (min, max) = self.range();
        v >= min && v <= max && v.normalize().scale() <= 2
    }
}

/// What the worker gives; `None` takes the default, which the result labels.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ContributionInputs {
    pub insurance_base: Option<Decimal>,
    pub pension_rate: Option<Decimal>,
    pub medical_rate: Option<Decimal>,
    pub unemployment_rate: Option<Decimal>,
    pub housing_fund_rate: Option<Decimal>,
    pub special_deductions: Option<Decimal>,
}

/// A value out of its field's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContributionError {
    pub field: Field,
    pub value: Decimal,
}

impl ContributionInputs {
    pub fn get(&self, f: Field) -> Option<Decimal> {
        match f {
            Field::InsuranceBase => self.insurance_base,
            Field::PensionRate => self.pension_rate,
            Field::MedicalRate => self.medical_rate,
            Field::UnemploymentRate => self.unemployment_rate,
            Field::HousingFundRate => self.housing_fund_rate,
            Field::SpecialDeductions => self.special_deductions,
        }
    }

    pub fn slot(&mut self, f: Field) -> &mut Option<Decimal> {
        match f {
            Field::InsuranceBase => &mut self.insurance_base,
            Field::PensionRate => &mut self.pension_rate,
            Field::MedicalRate => &mut self.medical_rate,
            Field::UnemploymentRate => &mut self.unemployment_rate,
            Field::HousingFundRate => &mut self.housing_fund_rate,
            Field::SpecialDeductions => &mut self.special_deductions,
        }
    }

    /// Every given value is in its field's range.
    pub fn check(&self) -> Result<(), ContributionError> {
        for f in Field::ALL {
            if let Some(v) = self.get(f).filter(|v| !f.allows(*v)) {
                return Err(ContributionError { field: f, value: v });
            }
        }
        Ok(())
    }
}

/// Where a figure comes from: a national document or the district's own.
#[derive(Clone, Copy, Debug)]
pub enum Cite {
    /// `Source::document` indexes `national::RULES.documents`.
    National(&'static Source),
    /// `Source::document` indexes the estimate's policy's documents.
    District(&'static Source),
}

impl Cite {
    pub fn source(self) -> &'static Source {
        match self {
            Cite::National(s) | Cite::District(s) => s,
        }
    }

    pub fn is_interpretation(self) -> bool {
        self.source().is_interpretation()
    }

    /// The document's title and 文号.
    pub fn document(self, policy: &Policy) -> (&'static str, Option<&'static str>) {
        match self {
            Cite::National(s) => {
                let d = RULES.document(s);
                (d.title, d.number)
            }
            Cite::District(s) => {
                let d = &policy.documents[s.document];
                (d.title, d.number)
            }
        }
    }
}

/// Why an input has the value it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The worker gave it.
    Given,
    /// A national rate (pension 8%, medical 2%).
    National,
    /// Set locally; the default is a common figure (unemployment 0.5%).
    SetLocally,
    /// The district's document gives it (Xishan's base and 12%, Guandu's 5%).
    District,
    /// The district's document says "pay income": the estimate's pay ÷ 12 (an interpretation).
    DistrictPayIncome,
    /// Guandu's housing fund before its conditions are met: 0.
    NotYetEligible,
    /// No document gives the base: the monthly pay the estimate knows (the local floor may be
    /// higher).
    PayKnown,
    /// No document gives the rate: the legal minimum, 5%.
    LegalFloor,
    /// No 专项附加扣除 unless the worker gives them.
    NoneClaimed,
    /// No base can be known: the estimate has no pay.
    Unknown,
}

/// One input as used: its value, why, and the document behind it.
#[derive(Clone, Copy, Debug)]
pub struct InputValue {
    pub field: Field,
    /// `None` only for an unknown base.
    pub value: Option<Decimal>,
    pub origin: Origin,
    pub cite: Option<Cite>,
}

impl InputValue {
    pub fn is_default(&self) -> bool {
        self.origin != Origin::Given
    }
}

/// A contribution item (专项扣除).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Pension,
    Medical,
    Unemployment,
    HousingFund,
}

/// How the annual one-off bonus is taxed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BonusMethod {
    /// 并入当年综合所得.
    Combined,
    /// 单独计税 (财税〔2018〕164号 一(一)).
    Separate,
}

impl BonusMethod {
    pub const fn id(self) -> &'static str {
        match self {
            BonusMethod::Combined => "combined",
            BonusMethod::Separate => "separate",
        }
    }
}

/// The year's tax both ways, and the cheaper.
#[derive(Clone, Debug)]
pub struct BonusTax {
    /// The yearly payments taken as one 全年一次性奖金.
    pub payments: Vec<&'static Component>,
    pub bonus: Decimal,
    /// The year's tax with the bonus combined with wages.
    pub combined: Decimal,
    /// The year's tax with the bonus taxed apart; `None` when there is no bonus.
    pub separate: Option<Decimal>,
    /// The cheaper; `Combined` when they are equal or there is no bonus.
    pub chosen: BonusMethod,
    /// What the choice saves against the other method.
    pub saving: Decimal,
}

/// One month of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Month {
    /// 1–12.
    pub month: u8,
    pub gross: Decimal,
    /// The worker's own social insurance and housing fund.
    pub contributions: Decimal,
    /// Tax withheld this month (累计预扣法, and the bonus's own tax if taxed apart).
    pub tax: Decimal,
    pub net: Decimal,
}

/// Whether the net is exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetStatus {
    Exact,
    /// Some part of gross pay is unpublished: net is at least this.
    LowerBound,
    /// Base pay is unpublished: no gross, no net.
    Unknown,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub kind: StepKind,
    pub cite: Option<Cite>,
}

#[derive(Clone, Debug)]
pub enum StepKind {
    /// The contribution base.
    Base {
        amount: Decimal,
        origin: Origin,
    },
    /// No base: the estimate has no pay, and none was given.
    NoBase,
    /// base × percent = monthly, for one item.
    Contribution {
        item: Item,
        percent: Decimal,
        base: Decimal,
        monthly: Decimal,
        origin: Origin,
    },
    SpecialDeductions {
        monthly: Decimal,
        origin: Origin,
    },
    /// 基本减除费用.
    BasicDeduction {
        monthly: Decimal,
        annual: Decimal,
    },
    /// The yearly payments, paid in `month` (an interpretation).
    BonusMonth {
        month: u8,
        bonus: Decimal,
    },
    /// Everything combined: taxable = income − deductions; tax = taxable × rate − quick.
    Combined {
        income: Decimal,
        deductions: Decimal,
        taxable: Decimal,
        rate: Decimal,
        quick: Decimal,
        tax: Decimal,
    },
    /// Wages alone, then the bonus on the monthly table.
    Separate {
        wages: Decimal,
        deductions: Decimal,
        taxable: Decimal,
        rate: Decimal,
        quick: Decimal,
        wage_tax: Decimal,
        bonus: Decimal,
        bonus_monthly: Decimal,
        bonus_rate: Decimal,
        bonus_quick: Decimal,
        bonus_tax: Decimal,
        total: Decimal,
    },
    /// The cheaper method and what it saves.
    BonusChoice {
        chosen: BonusMethod,
        saving: Decimal,
    },
    /// Month by month, cumulative withholding.
    Withholding,
    Rounding,
    /// gross − contributions − tax = net.
    Net {
        gross: Decimal,
        contributions: Decimal,
        tax: Decimal,
        net: Decimal,
        lower_bound: bool,
    },
    /// Base pay is unpublished: no net.
    NoNet,
}

/// The take-home estimate.
#[derive(Clone, Debug)]
pub struct TakeHome {
    pub policy: &'static Policy,
    /// The inputs as used, in `Field::ALL` order.
    pub inputs: [InputValue; 6],
    pub status: NetStatus,
    /// Pay each month (monthly components).
    pub regular_monthly: Option<Decimal>,
    /// Yearly one-off payments (annual components), paid in `RULES.bonus_month`.
    pub one_off_annual: Option<Decimal>,
    pub gross_annual: Option<Decimal>,
    /// The worker's own pension + medical + unemployment, a month.
    pub social_insurance_monthly: Option<Decimal>,
    pub housing_fund_monthly: Option<Decimal>,
    pub social_insurance_annual: Option<Decimal>,
    pub housing_fund_annual: Option<Decimal>,
    /// 专项附加扣除 over the year.
    pub special_deductions_annual: Decimal,
    pub bonus_tax: Option<BonusTax>,
    /// The year's tax by the chosen method.
    pub income_tax_annual: Option<Decimal>,
    pub net_annual: Option<Decimal>,
    /// A month without the yearly payment, averaged over such months (withholding varies from
    /// month to month): the headline's "每月约".
    pub net_monthly: Option<Decimal>,
    /// 12 rows, empty when there is no net.
    pub months: Vec<Month>,
    pub steps: Vec<Step>,
}

impl TakeHome {
    pub fn input(&self, f: Field) -> &InputValue {
        &self.inputs[Field::ALL.iter().position(|x| *x == f).unwrap_or(0)]
    }

    pub fn lower_bound(&self) -> bool {
        self.status == NetStatus::LowerBound
    }
}

/// 四舍五入 to the fen.
pub fn fen(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn percent_of(amount: Decimal, percent: Decimal) -> Decimal {
    fen(amount * percent / Decimal::ONE_HUNDRED)
}

/// Tax on an annual (or cumulative) taxable income by 税率表一, with its bracket.
pub fn comprehensive_tax(taxable: Decimal) -> (Decimal, &'static Bracket) {
    let taxable = taxable.max(Decimal::ZERO);
    let b = national::bracket(RULES.comprehensive, taxable);
    (
        fen(taxable * b.rate / Decimal::ONE_HUNDRED - b.quick).max(Decimal::ZERO),
        b,
    )
}

/// Tax on an annual one-off bonus taxed apart: bonus ÷ 12 finds the row of the monthly table,
/// tax = bonus × rate − quick (财税〔2018〕164号 一(一)).
pub fn separate_bonus_tax(bonus: Decimal) -> (Decimal, &'static Bracket) {
    let bonus = bonus.max(Decimal::ZERO);
    // bonus ÷ 12 ≤ up_to, compared as bonus ≤ 12 × up_to: no division to round.
    let b = RULES
        .bonus
        .iter()
        .find(|b| b.up_to.is_none_or(|u| bonus <= u * Decimal::from(12)))
        .unwrap_or(&RULES.bonus[RULES.bonus.len() - 1]);
    (
        fen(bonus * b.rate / Decimal::ONE_HUNDRED - b.quick).max(Decimal::ZERO),
        b,
    )
}

/// A year of pay and deductions, before tax: what `tax_year` needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Year {
    /// Paid every month.
    pub regular_monthly: Decimal,
    /// One yearly payment (全年一次性奖金), paid in `bonus_month`.
    pub bonus: Decimal,
    pub bonus_month: u8,
    /// The worker's own contributions a month (专项扣除).
    pub contributions_monthly: Decimal,
    /// 专项附加扣除 a month.
    pub special_monthly: Decimal,
}

/// The year's tax both ways, the months withheld by the chosen way, and what each step took.
#[derive(Clone, Debug)]
pub struct TaxYear {
    pub combined: Decimal,
    pub separate: Option<Decimal>,
    pub chosen: BonusMethod,
    pub months: [Month; 12],
    pub steps: Vec<StepKind>,
}

impl TaxYear {
    pub fn tax(&self) -> Decimal {
        match (self.chosen, self.separate) {
            (BonusMethod::Separate, Some(s)) => s,
            _ => self.combined,
        }
    }
}

/// Income tax over a year: combined and (with a bonus) apart, the cheaper chosen, and the
/// monthly withholding by 累计预扣法 (国家税务总局公告2018年第61号 第六条).
pub fn tax_year(y: &Year) -> TaxYear {
    let twelve = Decimal::from(12);
    let deductions_monthly =
        RULES.basic_deduction_monthly + y.contributions_monthly + y.special_monthly;
    let deductions = deductions_monthly * twelve;
    let wages = y.regular_monthly * twelve;
    let income = wages + y.bonus;
    let taxable = (income - deductions).max(Decimal::ZERO);
    let (combined, cb) = comprehensive_tax(taxable);
    let mut steps = vec![StepKind::Combined {
        income,
        deductions,
        taxable,
        rate: cb.rate,
        quick: cb.quick,
        tax: combined,
    }];
    let separate = (y.bonus > Decimal::ZERO).then(|| {
        let wage_taxable = (wages - deductions).max(Decimal::ZERO);
        let (wage_tax, wb) = comprehensive_tax(wage_taxable);
        let (bonus_tax, bb) = separate_bonus_tax(y.bonus);
        let total = wage_tax + bonus_tax;
        steps.push(StepKind::Separate {
            wages,
            deductions,
            taxable: wage_taxable,
            rate: wb.rate,
            quick: wb.quick,
            wage_tax,
            bonus: y.bonus,
            bonus_monthly: fen(y.bonus / twelve),
            bonus_rate: bb.rate,
            bonus_quick: bb.quick,
            bonus_tax,
            total,
        });
        (total, bonus_tax)
    });
    let chosen = match separate {
        Some((s, _)) if s < combined => BonusMethod::Separate,
        _ => BonusMethod::Combined,
    };
    if let Some((s, _)) = separate {
        steps.push(StepKind::BonusChoice {
            chosen,
            saving: (s - combined).abs(),
        });
    }

    let mut months = [Month {
        month: 0,
        gross: Decimal::ZERO,
        contributions: Decimal::ZERO,
        tax: Decimal::ZERO,
        net: Decimal::ZERO,
    }; 12];
    let (mut cumulative_income, mut withheld) = (Decimal::ZERO, Decimal::ZERO);
    for (i, row) in months.iter_mut().enumerate() {
        let m = i as u8 + 1;
        let bonus_now = if m == y.bonus_month {
            y.bonus
        } else {
            Decimal::ZERO
        };
        let gross = y.regular_monthly + bonus_now;
        cumulative_income += match chosen {
            BonusMethod::Combined => gross,
            BonusMethod::Separate => y.regular_monthly,
        };
        let cumulative_taxable = cumulative_income - deductions_monthly * Decimal::from(m);
        let (cumulative_tax, _) = comprehensive_tax(cumulative_taxable);
        // 余额为负值时，暂不退税.
        let mut tax = (cumulative_tax - withheld).max(Decimal::ZERO);
        withheld += tax;
        if let (BonusMethod::Separate, Some((_, bonus_tax)), true) =
            (chosen, separate, bonus_now > Decimal::ZERO)
        {
            tax += bonus_tax;
        }
        *row = Month {
            month: m,
            gross,
            contributions: y.contributions_monthly,
            tax,
            net: gross - y.contributions_monthly - tax,
        };
    }
    TaxYear {
        combined,
        separate: separate.map(|(s, _)| s),
        chosen,
        months,
        steps,
    }
}

/// Take-home pay for an estimate, with the worker's inputs (defaults where `None`).
pub fn take_home(e: &Estimate, given: &ContributionInputs) -> Result<TakeHome, ContributionError> {
    given.check()?;
    let policy = e.policy;
    let district = national::district(policy.id);

    // Gross: monthly components each month, yearly ones once (the bonus month).
    let (mut regular, mut one_off) = (Decimal::ZERO, Decimal::ZERO);
    let mut payments = Vec::new();
    for c in &e.components {
        let Some(a) = c.value.amount() else { continue };
        match c.component.period {
            Period::Monthly => regular += a,
            Period::Annual => {
                one_off += a;
                if a > Decimal::ZERO {
                    payments.push(c.component);
                }
            }
        }
    }
    let gross_annual = e.annual_total;
    let status = match gross_annual {
        None => NetStatus::Unknown,
        Some(_) if e.unpublished().next().is_some() => NetStatus::LowerBound,
        Some(_) => NetStatus::Exact,
    };

    let mut steps = Vec::new();
    let national = |f: Field, value: Decimal, origin: Origin, s: &'static Source| InputValue {
        field: f,
        value: Some(value),
        origin,
        cite: Some(Cite::National(s)),
    };
    let given_value = |f: Field| {
        given.get(f).map(|v| InputValue {
            field: f,
            value: Some(v),
            origin: Origin::Given,
            cite: None,
        })
    };

    // The base: given; else what the district's document says; else the pay the estimate knows.
    let base = given_value(Field::InsuranceBase).unwrap_or_else(|| {
        let rule = district.and_then(|d| d.base.as_ref());
        let from_rule = rule.and_then(|r| {
            let (value, origin) = match r.of {
                BaseOf::Component(id) => (
                    e.components
                        .iter()
                        .find(|c| c.component.id == id)?
                        .value
                        .amount()?,
                    Origin::District,
                ),
                BaseOf::Pay => (
                    fen(gross_annual? / Decimal::from(12)),
                    Origin::DistrictPayIncome,
                ),
            };
            Some(InputValue {
                field: Field::InsuranceBase,
                value: Some(value),
                origin,
                cite: Some(Cite::District(r.source)),
            })
        });
        from_rule.unwrap_or(InputValue {
            field: Field::InsuranceBase,
            value: gross_annual.map(|g| fen(g / Decimal::from(12))),
            origin: if gross_annual.is_some() {
                Origin::PayKnown
            } else {
                Origin::Unknown
            },
            cite: None,
        })
    });
    let pension = given_value(Field::PensionRate).unwrap_or_else(|| {
        national(
            Field::PensionRate,
            RULES.pension.percent,
            Origin::National,
            RULES.pension.source,
        )
    });
    let medical = given_value(Field::MedicalRate).unwrap_or_else(|| {
        national(
            Field::MedicalRate,
            RULES.medical.percent,
            Origin::National,
            RULES.medical.source,
        )
    });
    let unemployment = given_value(Field::UnemploymentRate).unwrap_or_else(|| {
        national(
            Field::UnemploymentRate,
            RULES.unemployment.percent,
            Origin::SetLocally,
            RULES.unemployment.source,
        )
    });
    let housing_fund = given_value(Field::HousingFundRate).unwrap_or_else(|| {
        match district.and_then(|d| d.housing_fund.as_ref()) {
            Some(rule) => {
                let eligible = rule.eligible_by.is_none_or(|id| {
                    e.employer.iter().any(|(item, v)| {
                        item.id == id && matches!(v, EmployerValue::Eligible { .. })
                    })
                });
                InputValue {
                    field: Field::HousingFundRate,
                    value: Some(if eligible {
                        rule.percent
                    } else {
                        Decimal::ZERO
                    }),
                    origin: if eligible {
                        Origin::District
                    } else {
                        Origin::NotYetEligible
                    },
                    cite: Some(Cite::District(rule.source)),
                }
            }
            None => national(
                Field::HousingFundRate,
                RULES.housing_fund_floor.percent,
                Origin::LegalFloor,
                RULES.housing_fund_floor.source,
            ),
        }
    });
    let special = given_value(Field::SpecialDeductions).unwrap_or_else(|| {
        national(
            Field::SpecialDeductions,
            Decimal::ZERO,
            Origin::NoneClaimed,
            RULES.special_deductions,
        )
    });
    let inputs = [base, pension, medical, unemployment, housing_fund, special];

    // Contributions (专项扣除).
    let mut social_monthly = None;
    let mut housing_monthly = None;
    match base.value {
        Some(b) => {
            steps.push(Step {
                kind: StepKind::Base {
                    amount: b,
                    origin: base.origin,
                },
                cite: base.cite,
            });
            let mut social = Decimal::ZERO;
            for (item, input) in [
                (Item::Pension, pension),
                (Item::Medical, medical),
                (Item::Unemployment, unemployment),
                (Item::HousingFund, housing_fund),
            ] {
                let percent = input.value.unwrap_or_default();
                let monthly = percent_of(b, percent);
                if item == Item::HousingFund {
                    housing_monthly = Some(monthly);
                } else {
                    social += monthly;
                }
                steps.push(Step {
                    kind: StepKind::Contribution {
                        item,
                        percent,
                        base: b,
                        monthly,
                        origin: input.origin,
                    },
                    cite: input.cite,
                });
            }
            social_monthly = Some(social);
        }
        None => steps.push(Step {
            kind: StepKind::NoBase,
            cite: None,
        }),
    }
    let special_monthly = special.value.unwrap_or_default();
    steps.push(Step {
        kind: StepKind::SpecialDeductions {
            monthly: special_monthly,
            origin: special.origin,
        },
        cite: special.cite,
    });
    let twelve = Decimal::from(12);

    let mut th = TakeHome {
        policy,
        inputs,
        status,
        regular_monthly: gross_annual.map(|_| regular),
        one_off_annual: gross_annual.map(|_| one_off),
        gross_annual,
        social_insurance_monthly: social_monthly,
        housing_fund_monthly: housing_monthly,
        social_insurance_annual: social_monthly.map(|m| m * twelve),
        housing_fund_annual: housing_monthly.map(|m| m * twelve),
        special_deductions_annual: special_monthly * twelve,
        bonus_tax: None,
        income_tax_annual: None,
        net_annual: None,
        net_monthly: None,
        months: Vec::new(),
        steps,
    };
    let (Some(gross), Some(social), Some(housing)) =
        (gross_annual, social_monthly, housing_monthly)
    else {
        th.steps.push(Step {
            kind: StepKind::NoNet,
            cite: None,
        });
        return Ok(th);
    };

    th.steps.push(Step {
        kind: StepKind::BasicDeduction {
            monthly: RULES.basic_deduction_monthly,
            annual: RULES.basic_deduction_monthly * twelve,
        },
        cite: Some(Cite::National(RULES.basic_deduction)),
    });
    if one_off > Decimal::ZERO {
        th.steps.push(Step {
            kind: StepKind::BonusMonth {
                month: RULES.bonus_month,
                bonus: one_off,
            },
            cite: Some(Cite::National(RULES.bonus_month_source)),
        });
    }
    let year = Year {
        regular_monthly: regular,
        bonus: one_off,
        bonus_month: RULES.bonus_month,
        contributions_monthly: social + housing,
        special_monthly,
    };
    let ty = tax_year(&year);
    for kind in ty.steps.iter().cloned() {
        let cite = match kind {
            StepKind::Combined { .. } => RULES.comprehensive_source,
            _ => RULES.bonus_source,
        };
        th.steps.push(Step {
            kind,
            cite: Some(Cite::National(cite)),
        });
    }
    th.steps.push(Step {
        kind: StepKind::Withholding,
        cite: Some(Cite::National(RULES.withholding)),
    });
    th.steps.push(Step {
        kind: StepKind::Rounding,
        cite: Some(Cite::National(RULES.rounding)),
    });
    let tax = ty.tax();
    let contributions = (social + housing) * twelve;
    let net = gross - contributions - tax;
    th.steps.push(Step {
        kind: StepKind::Net {
            gross,
            contributions,
            tax,
            net,
            lower_bound: status == NetStatus::LowerBound,
        },
        cite: None,
    });
    let regular_months: Vec<&Month> = ty
        .months
        .iter()
        .filter(|m| one_off.is_zero() || m.month != RULES.bonus_month)
        .collect();
    th.net_monthly = Some(fen(regular_months.iter().map(|m| m.net).sum::<Decimal>()
        / Decimal::from(regular_months.len().max(1))));
    th.bonus_tax = Some(BonusTax {
        payments,
        bonus: one_off,
        combined: ty.combined,
        separate: ty.separate,
        chosen: ty.chosen,
        saving: ty
            .separate
            .map_or(Decimal::ZERO, |s| (s - ty.combined).abs()),
    });
    th.income_tax_annual = Some(tax);
    th.net_annual = Some(net);
    th.months = ty.months.to_vec();
    Ok(th)
}
