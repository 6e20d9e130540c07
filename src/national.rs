//! The national rules for take-home pay, as data: individual income tax on wages (个人所得税法,
//! 累计预扣法, 全年一次性奖金) and the worker's own contributions (专项扣除), each figure with its
//! document. Read from `policies/national/rules.toml` and checked by the build
//! (`build/national_compiler.rs`); per-district contribution bases and housing-fund rates come
//! from `policies/national/districts.toml`, citing the district's own document.

use crate::policy::{Source, Text};
use rust_decimal::Decimal;

/// A national law, regulation or notice.
#[derive(Debug)]
pub struct Document {
    pub id: &'static str,
    pub title: &'static str,
    /// 文号.
    pub number: Option<&'static str>,
    /// Version and dates, where they matter.
    pub note: Option<Text>,
}

/// One row of a progressive table: income above `over` up to `up_to` (inclusive; `None` for the
/// open top bracket) is taxed at `rate` percent, less the quick deduction (速算扣除数).
#[derive(Debug)]
pub struct Bracket {
    pub over: Decimal,
    pub up_to: Option<Decimal>,
    /// Percent: 3 is 3%.
    pub rate: Decimal,
    pub quick: Decimal,
}

/// A percentage with its source.
#[derive(Debug)]
pub struct RateRule {
    /// Percent: 8 is 8%.
    pub percent: Decimal,
    pub source: &'static Source,
}

/// The national rules. `Source::document` indexes `documents`.
#[derive(Debug)]
pub struct Rules {
    pub documents: &'static [Document],
    /// 基本减除费用 per month (5,000; 60,000 a year).
    pub basic_deduction_monthly: Decimal,
    pub basic_deduction: &'static Source,
    /// 税率表一 (综合所得), also 预扣率表一 for cumulative withholding.
    pub comprehensive: &'static [Bracket],
    pub comprehensive_source: &'static Source,
    /// 累计预扣法.
    pub withholding: &'static Source,
    /// The monthly table for an annual one-off bonus taxed apart (bonus ÷ 12 finds the row).
    pub bonus: &'static [Bracket],
    pub bonus_source: &'static Source,
    pub bonus_extended: &'static Source,
    /// The month yearly bonuses and awards are taken to be paid (an interpretation).
    pub bonus_month: u8,
    pub bonus_month_source: &'static Source,
    /// To the fen, half away from zero (an interpretation: the rules give no rounding).
    pub rounding: &'static Source,
    pub pension: RateRule,
    pub medical: RateRule,
    /// Set locally: the default is labelled as such.
    pub unemployment: RateRule,
    /// The legal minimum (住房公积金管理条例 第十八条): the default where a district gives none.
    pub housing_fund_floor: RateRule,
    /// 原则上不高于12%: the highest rate an input may take.
    pub housing_fund_ceiling: RateRule,
    /// 专项附加扣除 standards (国发〔2023〕13号) and kinds (国发〔2018〕41号).
    pub special_deductions: &'static Source,
    pub special_deductions_kinds: &'static Source,
}

/// What a district's document says the contribution base is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseOf {
    /// A monthly component of pay (Xishan: 基础补贴).
    Component(&'static str),
    /// The pay income: the year's pay ÷ 12 (Yinchuan).
    Pay,
}

#[derive(Debug)]
pub struct BaseRule {
    pub of: BaseOf,
    /// `Source::document` indexes the district policy's documents.
    pub source: &'static Source,
}

#[derive(Debug)]
pub struct HousingFundRule {
    pub percent: Decimal,
    /// An employer item whose eligibility gates the fund (Guandu); 0% before it is met.
    pub eligible_by: Option<&'static str>,
    /// `Source::document` indexes the district policy's documents.
    pub source: &'static Source,
}

/// A district's own contribution base and housing-fund rate, where its document gives them.
#[derive(Debug)]
pub struct District {
    pub policy: &'static str,
    pub base: Option<BaseRule>,
    pub housing_fund: Option<HousingFundRule>,
}

include!(concat!(env!("OUT_DIR"), "/national.rs"));

/// The district entry for a policy, if its documents say anything of contributions.
pub fn district(policy: &str) -> Option<&'static District> {
    DISTRICTS.iter().find(|d| d.policy == policy)
}

impl Rules {
    pub fn document(&self, source: &Source) -> &'static Document {
        &self.documents[source.document]
    }
}

/// The bracket an amount falls in (the first whose `up_to` it does not exceed).
pub fn bracket(table: &'static [Bracket], amount: Decimal) -> &'static Bracket {
    table
        .iter()
        .find(|b| b.up_to.is_none_or(|u| amount <= u))
        .unwrap_or(&table[table.len() - 1])
}
