//! The words of take-home pay (issue 17), in both languages: the headline, the bonus choice in
//! one sentence, the inputs with their defaults, and each explanation step. The engine
//! (`take_home`) holds values only.

use super::Lang;
use crate::format::{yuan, Subst};
use crate::take_home::{BonusMethod, Field, Item, NetStatus, Origin, Step, StepKind, TakeHome};
use rust_decimal::Decimal;

/// Fixed words, one set per language.
pub struct TakeHomeWords {
    pub heading: &'static str,
    /// "{monthly}", "{annual}".
    pub headline: &'static str,
    /// "{monthly}", "{annual}": when gross is a lower bound.
    pub headline_at_least: &'static str,
    pub no_net: &'static str,
    pub inputs_heading: &'static str,
    /// Beside a default value.
    pub default: &'static str,
    pub given: &'static str,
    /// Column heads of the 12-month table.
    pub col_month: &'static str,
    pub col_gross: &'static str,
    pub col_contributions: &'static str,
    pub col_tax: &'static str,
    pub col_net: &'static str,
    /// "{}": the month number.
    pub month: &'static str,
    pub social_insurance: &'static str,
    pub housing_fund: &'static str,
    pub income_tax: &'static str,
    pub net_annual: &'static str,
    pub combined: &'static str,
    pub separate: &'static str,
    /// "{min}", "{max}".
    pub err_percent: &'static str,
    pub err_amount: &'static str,
    pub inputs: [&'static str; 6],
    /// `estimate --help`, the take-home flags.
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_help: &'static str,
}

static ZH: TakeHomeWords = TakeHomeWords {
    heading: "到手（估算）",
    headline: "到手（估算）每月约 {monthly} 元，全年 {annual} 元",
    headline_at_least: "到手（估算）每月至少约 {monthly} 元，全年至少 {annual} 元",
    no_net: "基本工资未公布，无法估算到手收入。",
    inputs_heading: "缴费和扣除",
    default: "默认",
    given: "本人填写",
    col_month: "月份",
    col_gross: "应发",
    col_contributions: "个人缴费",
    col_tax: "预扣个税",
    col_net: "到手",
    month: "{}月",
    social_insurance: "个人社会保险（年）",
    housing_fund: "个人住房公积金（年）",
    income_tax: "个人所得税（年）",
    net_annual: "全年到手",
    combined: "并入综合所得",
    separate: "单独计税",
    err_percent: "应为 {min} 到 {max} 之间的百分数（如 8 或 0.5），最多两位小数。",
    err_amount: "应为 {min} 到 {max} 之间的金额（元），最多两位小数。",
    inputs: [
        "缴费基数（元/月）",
        "养老保险个人比例（%）",
        "医疗保险个人比例（%）",
        "失业保险个人比例（%）",
        "住房公积金个人比例（%）",
        "专项附加扣除（元/月）",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    cli_help: "到手收入（扣除个人社保、公积金和个人所得税后；给出下列任一项即同时开启）：
  --take-home                 输出到手收入：每月明细、全年到手，以及绩效等全年一次性奖金单独计税与并入综合所得的比较
  --insurance-base N          缴费基数，元/月（默认：本地文件规定的基数，否则为测算的月均薪酬）
  --pension-rate P            养老保险个人比例，%（默认 8）
  --medical-rate P            医疗保险个人比例，%（默认 2）
  --unemployment-rate P       失业保险个人比例，%（默认 0.5，各地自定）
  --housing-fund-rate P       住房公积金个人比例，%，0 到 12（默认：本地文件规定的比例，否则为法定最低 5）
  --special-deductions N      专项附加扣除，元/月（默认 0）
百分比写作数字，如 8 或 0.5。--json 时增加 take_home 一项。",
};

static EN: TakeHomeWords = TakeHomeWords {
    heading: "Take-home (estimate)",
    headline: "Take-home (estimate): about ¥{monthly} a month, ¥{annual} a year",
    headline_at_least: "Take-home (estimate): at least about ¥{monthly} a month, at least ¥{annual} a year",
    no_net: "Base pay is unpublished: no take-home estimate.",
    inputs_heading: "Contributions and deductions",
    default: "default",
    given: "given",
    col_month: "Month",
    col_gross: "Gross",
    col_contributions: "Contributions",
    col_tax: "Tax withheld",
    col_net: "Net",
    month: "{}",
    social_insurance: "Own social insurance (year)",
    housing_fund: "Own housing fund (year)",
    income_tax: "Income tax (year)",
    net_annual: "Take-home for the year",
    combined: "combined with wages",
    separate: "taxed apart",
    err_percent: "must be a percentage from {min} to {max} (such as 8 or 0.5), at most 2 decimals.",
    err_amount: "must be an amount in yuan from {min} to {max}, at most 2 decimals.",
    inputs: [
        "Contribution base (yuan a month)",
        "Pension, own share (%)",
        "Medical, own share (%)",
        "Unemployment, own share (%)",
        "Housing fund, own share (%)",
        "Special additional deductions (yuan a month)",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    cli_help: "Take-home pay (after the worker's own social insurance, housing fund and income tax; any of these flags turns it on):
  --take-home                 take-home pay: the months, the year, and the annual bonus taxed apart against combined
  --insurance-base N          contribution base, yuan a month (default: the base the district's document gives, else the monthly pay estimated)
  --pension-rate P            pension, own share, % (default 8)
  --medical-rate P            medical, own share, % (default 2)
  --unemployment-rate P       unemployment, own share, % (default 0.5, set locally)
  --housing-fund-rate P       housing fund, own share, %, 0 to 12 (default: the district's rate, else the legal minimum 5)
  --special-deductions N      special additional deductions, yuan a month (default 0)
Percentages are numbers: 8, 0.5. With --json, adds a take_home object.",
};

fn pct(d: Decimal) -> String {
    d.normalize().to_string()
}

impl Lang {
    pub fn take_home_words(self) -> &'static TakeHomeWords {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The label of a contribution input.
    pub fn take_home_input(self, f: Field) -> &'static str {
        let i = Field::ALL.iter().position(|x| *x == f).unwrap_or(0);
        self.take_home_words().inputs[i]
    }

    /// Why an input has its value, in a few words.
    pub fn take_home_origin(self, o: Origin) -> &'static str {
        let zh = self == Lang::Zh;
        match o {
            Origin::Given => self.take_home_words().given,
            Origin::National => {
                if zh {
                    "默认：国家规定的个人缴费比例"
                } else {
                    "default: the national rate"
                }
            }
            Origin::SetLocally => {
                if zh {
                    "默认：各地自定，常见为此数，请按本地实际填写"
                } else {
                    "default: set locally; a common figure, enter yours"
                }
            }
            Origin::District => {
                if zh {
                    "默认：本地文件规定"
                } else {
                    "default: the district's document"
                }
            }
            Origin::DistrictPayIncome => {
                if zh {
                    "默认：本地文件规定以薪酬收入为基数（解读：全年合计÷12）"
                } else {
                    "default: the district's document says pay income (interpretation: annual total ÷ 12)"
                }
            }
            Origin::NotYetEligible => {
                if zh {
                    "默认：尚不符合缴存条件，按0计"
                } else {
                    "default: not yet eligible, 0"
                }
            }
            Origin::PayKnown => {
                if zh {
                    "默认：按测算的月均薪酬；本地缴费基数下限可能更高，请按实际填写"
                } else {
                    "default: the monthly pay estimated; the local floor may be higher, enter yours"
                }
            }
            Origin::LegalFloor => {
                if zh {
                    "默认：法定最低比例；本地文件未公布"
                } else {
                    "default: the legal minimum; the district publishes none"
                }
            }
            Origin::NoneClaimed => {
                if zh {
                    "默认：未填写专项附加扣除，按0计"
                } else {
                    "default: none claimed, 0"
                }
            }
            Origin::Unknown => {
                if zh {
                    "未知：基本工资未公布，请填写本人缴费基数"
                } else {
                    "unknown: base pay is unpublished; enter your base"
                }
            }
        }
    }

    /// The year's take-home in a column that gives the unit: "63,492", "至少 48,000", "未公布";
    /// for inputs that cannot be used, what is wrong.
    pub fn net_cell(
        self,
        e: &crate::estimate::Estimate,
        inputs: &crate::take_home::ContributionInputs,
    ) -> String {
        self.net_result_cell(&crate::take_home::take_home(e, inputs))
    }

    /// A take-home result as `net_cell` words it (a roster's worker has one each).
    pub fn net_result_cell(
        self,
        result: &Result<TakeHome, crate::take_home::ContributionError>,
    ) -> String {
        match result {
            Ok(t) => self.cell(t.net_annual, t.lower_bound()),
            Err(err) => {
                let (min, max) = err.field.range();
                format!(
                    "{}{}{}",
                    self.take_home_input(err.field),
                    self.strings().colon,
                    self.take_home_allowed(min, max, err.field.is_percent())
                )
            }
        }
    }

    /// A month of the table as its cells: month, gross, contributions, tax, net.
    pub fn take_home_month(self, m: &crate::take_home::Month) -> [String; 5] {
        [
            self.take_home_words()
                .month
                .subst("{}", &m.month.to_string()),
            yuan(m.gross),
            yuan(m.contributions),
            yuan(m.tax),
            yuan(m.net),
        ]
    }

    /// The headline: "到手（估算）每月约 X 元，全年 Y 元", or why there is none.
    pub fn take_home_headline(self, t: &TakeHome) -> String {
        let w = self.take_home_words();
        match (t.net_monthly, t.net_annual) {
            (Some(m), Some(a)) => {
                let template = if t.status == NetStatus::LowerBound {
                    w.headline_at_least
                } else {
                    w.headline
                };
                template
                    .subst("{monthly}", &yuan(m))
                    .subst("{annual}", &yuan(a))
            }
            _ => w.no_net.to_string(),
        }
    }

    /// The bonus-tax choice in one sentence: "绩效薪酬选择并入综合所得计税，可少缴 N 元". `None`
    /// without a yearly payment.
    pub fn bonus_choice(self, t: &TakeHome) -> Option<String> {
        let b = t.bonus_tax.as_ref().filter(|b| b.separate.is_some())?;
        let sep = if self == Lang::Zh { "、" } else { ", " };
        let names: Vec<&str> = b.payments.iter().map(|c| self.text(&c.name)).collect();
        let names = names.join(sep);
        let saving = yuan(b.saving);
        Some(match (self, b.saving.is_zero(), b.chosen) {
            (Lang::Zh, true, _) => format!("{names}并入综合所得或单独计税，税额相同。"),
            (Lang::Zh, false, BonusMethod::Combined) => format!("{names}选择并入综合所得计税，可少缴 {saving} 元（单独计税反而多缴）。"),
            (Lang::Zh, false, BonusMethod::Separate) => format!("{names}选择单独计税（全年一次性奖金），可少缴 {saving} 元。"),
            (Lang::En, true, _) => format!("{names}: combined with wages or taxed apart, the tax is the same."),
            (Lang::En, false, BonusMethod::Combined) => format!("{names}: combining it with wages saves ¥{saving} of tax (taxing it apart would cost more)."),
            (Lang::En, false, BonusMethod::Separate) => format!("{names}: taxing it apart as an annual one-off bonus saves ¥{saving} of tax."),
        })
    }

    /// What a bad contribution input may be instead.
    pub fn take_home_allowed(self, min: Decimal, max: Decimal, percent: bool) -> String {
        let w = self.take_home_words();
        let t = if percent { w.err_percent } else { w.err_amount };
        t.subst("{min}", &pct(min)).subst("{max}", &pct(max))
    }

    /// One explanation step as a sentence.
    pub fn take_home_step(self, step: &Step) -> String {
        let zh = self == Lang::Zh;
        let m = |d: Decimal| yuan(d);
        match &step.kind {
            StepKind::Base { amount, origin } => {
                if zh {
                    format!(
                        "缴费基数 {} 元/月（{}）",
                        m(*amount),
                        self.take_home_origin(*origin)
                    )
                } else {
                    format!(
                        "Contribution base ¥{} a month ({})",
                        m(*amount),
                        self.take_home_origin(*origin)
                    )
                }
            }
            StepKind::NoBase => {
                if zh {
                    "没有缴费基数：基本工资未公布，也未填写。".into()
                } else {
                    "No contribution base: base pay is unpublished and none was given.".into()
                }
            }
            StepKind::Contribution {
                item,
                percent,
                base,
                monthly,
                origin,
            } => {
                let name = match (item, zh) {
                    (Item::Pension, true) => "基本养老保险",
                    (Item::Medical, true) => "基本医疗保险",
                    (Item::Unemployment, true) => "失业保险",
                    (Item::HousingFund, true) => "住房公积金",
                    (Item::Pension, false) => "Pension insurance",
                    (Item::Medical, false) => "Medical insurance",
                    (Item::Unemployment, false) => "Unemployment insurance",
                    (Item::HousingFund, false) => "Housing fund",
                };
                if zh {
                    format!(
                        "{name}（个人）：{} × {}% = {} 元/月（{}）",
                        m(*base),
                        pct(*percent),
                        m(*monthly),
                        self.take_home_origin(*origin)
                    )
                } else {
                    format!(
                        "{name} (own share): ¥{} × {}% = ¥{} a month ({})",
                        m(*base),
                        pct(*percent),
                        m(*monthly),
                        self.take_home_origin(*origin)
                    )
                }
            }
            StepKind::SpecialDeductions { monthly, origin } => {
                if zh {
                    format!(
                        "专项附加扣除 {} 元/月（{}）",
                        m(*monthly),
                        self.take_home_origin(*origin)
                    )
                } else {
                    format!(
                        "Special additional deductions ¥{} a month ({})",
                        m(*monthly),
                        self.take_home_origin(*origin)
                    )
                }
            }
            StepKind::BasicDeduction { monthly, annual } => {
                if zh {
                    format!(
                        "基本减除费用每年 {} 元（每月 {} 元）",
                        m(*annual),
                        m(*monthly)
                    )
                } else {
                    format!(
                        "Basic deduction ¥{} a year (¥{} a month)",
                        m(*annual),
                        m(*monthly)
                    )
                }
            }
            StepKind::BonusMonth { month, bonus } => {
                if zh {
                    format!(
                        "按年发放的 {} 元按{month}月发放计（解读），作为一笔全年一次性奖金",
                        m(*bonus)
                    )
                } else {
                    format!("The yearly ¥{} is taken as paid in month {month} (interpretation), as one annual one-off bonus", m(*bonus))
                }
            }
            StepKind::Combined {
                income,
                deductions,
                taxable,
                rate,
                quick,
                tax,
            } => {
                if zh {
                    format!("并入综合所得：{} − {}，应纳税所得额 {} 元，税率 {}%，速算扣除数 {}，税额 {} 元", m(*income), m(*deductions), m(*taxable), pct(*rate), m(*quick), m(*tax))
                } else {
                    format!(
                        "Combined: ¥{} − ¥{}, taxable ¥{}, rate {}%, quick deduction ¥{}, tax ¥{}",
                        m(*income),
                        m(*deductions),
                        m(*taxable),
                        pct(*rate),
                        m(*quick),
                        m(*tax)
                    )
                }
            }
            StepKind::Separate {
                wages,
                deductions,
                taxable,
                rate,
                quick,
                wage_tax,
                bonus,
                bonus_monthly,
                bonus_rate,
                bonus_quick,
                bonus_tax,
                total,
            } => {
                if zh {
                    format!("单独计税：工资 {} − {}，应纳税所得额 {} 元，税率 {}%，速算扣除数 {}，税额 {} 元；奖金 {} ÷ 12 = {} 元，按月度税率表 {}%，速算扣除数 {}，税额 {} 元；合计 {} 元", m(*wages), m(*deductions), m(*taxable), pct(*rate), m(*quick), m(*wage_tax), m(*bonus), m(*bonus_monthly), pct(*bonus_rate), m(*bonus_quick), m(*bonus_tax), m(*total))
                } else {
                    format!("Taxed apart: wages ¥{} − ¥{}, taxable ¥{}, rate {}%, quick deduction ¥{}, tax ¥{}; bonus ¥{} ÷ 12 = ¥{}, monthly table {}%, quick deduction ¥{}, tax ¥{}; total ¥{}", m(*wages), m(*deductions), m(*taxable), pct(*rate), m(*quick), m(*wage_tax), m(*bonus), m(*bonus_monthly), pct(*bonus_rate), m(*bonus_quick), m(*bonus_tax), m(*total))
                }
            }
            StepKind::BonusChoice { chosen, saving } => {
                let w = self.take_home_words();
                let method = match chosen {
                    BonusMethod::Combined => w.combined,
                    BonusMethod::Separate => w.separate,
                };
                if zh {
                    format!("两种方式取税额低者：{method}，少缴 {} 元", m(*saving))
                } else {
                    format!("The cheaper way is used: {method}, ¥{} less", m(*saving))
                }
            }
            StepKind::Withholding => {
                if zh {
                    "每月按累计预扣法预扣：累计收入减累计减除费用、专项扣除和专项附加扣除，按预扣率表一计算累计税额，减去已预扣税额；全年合计等于全年税额。".into()
                } else {
                    "Each month tax is withheld cumulatively: the year-to-date income less the year-to-date deductions, taxed by the withholding table, less what was already withheld; the months add up to the year's tax.".into()
                }
            }
            StepKind::Rounding => {
                if zh {
                    "税额和缴费额四舍五入到分（解读）。".into()
                } else {
                    "Tax and contributions are rounded half away from zero to the fen (interpretation).".into()
                }
            }
            StepKind::Net {
                gross,
                contributions,
                tax,
                net,
                lower_bound,
            } => {
                let at_least = match (zh, lower_bound) {
                    (true, true) => "至少 ",
                    (false, true) => "at least ",
                    _ => "",
                };
                if zh {
                    format!(
                        "全年到手 = {} − {} − {} = {at_least}{} 元",
                        m(*gross),
                        m(*contributions),
                        m(*tax),
                        m(*net)
                    )
                } else {
                    format!(
                        "Take-home for the year = ¥{} − ¥{} − ¥{} = {at_least}¥{}",
                        m(*gross),
                        m(*contributions),
                        m(*tax),
                        m(*net)
                    )
                }
            }
            StepKind::NoNet => self.take_home_words().no_net.to_string(),
        }
    }
}
