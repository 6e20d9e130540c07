//! An estimate's figures in words: what the card, the comparison, the career view, the summary
//! line and the CLI all show, said once here for both languages.

use super::Lang;
use crate::estimate::{EmployerValue, Estimate, Figure};
use crate::format::{yuan, Subst};
use crate::profile::ProfileError;
use rust_decimal::Decimal;

impl Lang {
    /// A summary figure as shown: "3,300 元", "至少 3,800 元", "未公布".
    pub fn figure(self, f: Figure) -> String {
        let s = self.strings();
        if f.not_mentioned() {
            return s.not_mentioned.into();
        }
        match f.amount {
            None => s.unpublished.into(),
            Some(a) if f.lower_bound => format!("{} {}", s.at_least, self.money(a)),
            Some(a) => self.money(a),
        }
    }

    /// An amount without its unit (a column says it): "2,300", "至少 52,800", "未公布".
    pub fn cell(self, amount: Option<Decimal>, lower_bound: bool) -> String {
        let s = self.strings();
        match amount {
            None => s.unpublished.into(),
            Some(a) if lower_bound => format!("{} {}", s.at_least, yuan(a)),
            Some(a) => yuan(a),
        }
    }

    /// The annual total as shown; the sentence saying why there is none.
    pub fn total(self, e: &Estimate) -> String {
        let s = self.strings();
        match e.annual_total {
            None => s.no_total.into(),
            Some(t) if e.annual_total_lower_bound() => {
                format!("{} {}", s.at_least, self.money(t))
            }
            Some(t) => self.money(t),
        }
    }

    /// The annual total in a column that gives the unit: "52,800", "至少 53,000", "未公布".
    pub fn total_cell(self, e: &Estimate) -> String {
        self.cell(e.annual_total, e.annual_total_lower_bound())
    }

    /// A range of monthly amounts: "每月 600—2,000 元".
    pub fn range_monthly(self, lo: Decimal, hi: Decimal) -> String {
        let s = self.strings();
        let range = s
            .range_money
            .subst("{lo}", &yuan(lo))
            .subst("{hi}", &yuan(hi));
        s.monthly_amount.subst("{}", &range)
    }

    /// What the estimate leaves out because an input is not known, with the range it would
    /// take: "职级补贴：600—2,000 元/月".
    pub fn unknown_parts(self, e: &Estimate) -> Vec<String> {
        let s = self.strings();
        e.unknown()
            .map(|(c, lo, hi)| {
                format!(
                    "{}{}{}",
                    self.text(&c.name),
                    s.colon,
                    self.range_monthly(lo, hi)
                )
            })
            .collect()
    }

    /// Where the worker sits: (label, value, the note under it).
    pub fn level(self, e: &Estimate) -> (&'static str, String, String) {
        let s = self.strings();
        if let Some(pl) = e.placement {
            let span = s
                .level_span
                .subst("{min}", &pl.min.to_string())
                .subst("{max}", &pl.max.to_string());
            let value = s.level_value.subst("{}", &pl.level.to_string());
            (
                s.level,
                value,
                format!("{}{}{}", s.level_range, s.colon, span),
            )
        } else if let Some(step) = e.rank_step {
            let note = self.unknown_parts(e).join(s.list_sep);
            (s.rank_step, self.rank_step(step), note)
        } else {
            (
                s.level,
                s.unpublished.into(),
                self.text(&e.policy.scheme).into(),
            )
        }
    }

    /// What the certificate brings: (label, data key, value, note). Where it raises the level,
    /// what that is worth per month; else the allowance.
    pub fn certificate_figure(
        self,
        e: &Estimate,
    ) -> (&'static str, &'static str, String, &'static str) {
        let s = self.strings();
        match e.certificate_worth_monthly {
            Some(w) => (
                s.certificate_worth,
                "certificate_worth_monthly",
                self.money(w),
                s.certificate_worth_note,
            ),
            None => (
                // The allowance in the district's own term (职业津贴, 职称补贴, 职业资格补贴).
                e.policy
                    .certificate_component()
                    .map_or(s.certificate_allowance, |c| self.text(&c.name)),
                "certificate_allowance_monthly",
                self.figure(e.certificate_allowance_monthly),
                s.per_month,
            ),
        }
    }

    /// The names of the unpublished parts, listed.
    pub fn unpublished_names(self, e: &Estimate) -> Option<String> {
        let names: Vec<&str> = e.unpublished().map(|c| self.text(&c.name)).collect();
        (!names.is_empty()).then(|| names.join(self.strings().list_sep))
    }

    /// An item the employer (or the treasury) bears, as shown.
    pub fn employer_value(self, v: &EmployerValue) -> String {
        let s = self.strings();
        let percent = |p: &Decimal| format!("{}%", p.normalize());
        match v {
            EmployerValue::Monthly(a) => s.monthly_amount.subst("{}", &self.money(*a)),
            EmployerValue::Percent {
                percent: p,
                of,
                amount,
            } => {
                let sum = format!("{} × {} = {}", percent(p), yuan(*of), self.money(*amount));
                s.monthly_amount.subst("{}", &sum)
            }
            EmployerValue::Eligible {
                percent: p,
                needs_head_years,
                ..
            } => {
                let status = if *needs_head_years {
                    s.eligible_if_head_years
                } else {
                    s.eligible
                };
                format!("{}{}{}", percent(p), s.colon, status)
            }
            EmployerValue::NotYet { percent: p } => {
                format!("{}{}{}", percent(p), s.colon, s.not_yet_eligible)
            }
        }
    }

    /// The short line announced for an estimate: the district, level, base pay and total.
    pub fn summary(self, est: &Result<Estimate, ProfileError>, policy_name: &str) -> String {
        let s = self.strings();
        match est {
            Err(err) => format!(
                "{policy_name}{}{}{}",
                s.colon,
                s.cannot_estimate,
                self.profile_error(*err)
            ),
            Ok(e) => {
                let mut parts = Vec::new();
                if let Some(pl) = e.placement {
                    parts.push(s.live_level.subst("{}", &pl.level.to_string()));
                } else if e.rank_step.is_some() {
                    parts.push(self.level(e).1);
                }
                match (e.base_pay_monthly.amount, e.annual_total) {
                    (Some(_), Some(_)) => {
                        let base = self.figure(e.base_pay_monthly);
                        parts.push(s.live_base.subst("{}", &base));
                        parts.push(s.live_total.subst("{}", &self.total(e)));
                    }
                    _ => parts.push(s.live_no_total.into()),
                }
                format!("{policy_name}{}{}", s.colon, parts.join(s.list_sep))
            }
        }
    }

    /// The district and its annual total (or why there is none), for a phone's bar.
    pub fn short_summary(self, est: &Result<Estimate, ProfileError>, policy_name: &str) -> String {
        let s = self.strings();
        let total = match est {
            Ok(e) if e.annual_total.is_some() => s.live_total.subst("{}", &self.total(e)),
            Ok(_) => s.live_no_total.to_string(),
            Err(err) => self.profile_error(*err).to_string(),
        };
        format!("{policy_name}{}{total}", s.colon)
    }

    /// What a district publishes, in short: its summary up to the colon.
    pub fn completeness(self, p: &crate::policy::Policy) -> &'static str {
        let summary = self.text(&p.summary);
        summary.split(['：', ':']).next().unwrap_or(summary)
    }

    /// A name or title, with "（至少）" where the amounts are lower bounds.
    pub fn at_least_if(self, text: &str, lower_bound: bool) -> String {
        let s = self.strings();
        if lower_bound {
            format!("{text}{}", s.paren.subst("{}", s.at_least))
        } else {
            text.into()
        }
    }
}

impl Lang {
    /// The form's start-month helper, in words.
    pub fn years_since(self, y: crate::profile::YearsSince) -> String {
        use crate::profile::YearsSince;
        let s = self.strings();
        match y {
            YearsSince::Years(n) => s.years_from_month.subst("{}", &n.to_string()),
            YearsSince::Future => s.month_future.into(),
            YearsSince::TooMany(n) => s.month_too_many.subst("{}", &n.to_string()),
            YearsSince::Invalid => s.month_invalid.into(),
        }
    }
}
