//! Every string a user reads, one file per language (`zh.rs`, `en.rs`). Components and the CLI
//! take words from here; the engine holds values only.

use crate::explain::Step;
use crate::format::Subst;
use crate::ids::{Assessment, Certificate, CommunityResult, Education, Key, Position};
use crate::policy::{Amount, Policy, Text};
use crate::profile::{ProfileError, RankStep};
use rust_decimal::Decimal;

mod en;
mod figures;
mod roster;
mod roster_page;
mod take_home;
mod zh;

pub use roster::RosterWords;
pub use roster_page::RosterPageWords;
pub use take_home::TakeHomeWords;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &zh::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }

    pub fn text(self, t: &Text) -> &'static str {
        match self {
            Lang::Zh => t.zh,
            Lang::En => t.en,
        }
    }

    /// One explanation step as a sentence.
    pub fn step(self, step: &Step) -> String {
        match self {
            Lang::Zh => zh::step(step),
            Lang::En => en::step(step),
        }
    }

    pub fn profile_error(self, e: ProfileError) -> &'static str {
        let s = self.strings();
        match e {
            ProfileError::YearsOutOfRange => s.err_years,
            ProfileError::StarsOutOfRange => s.err_stars,
            ProfileError::RankStepOutOfRange => s.err_rank_step,
            ProfileError::OneShoulderNeedsHead => s.err_one_shoulder,
            ProfileError::AssessedYearsExceedService => s.err_assessed_years,
        }
    }

    /// A bad input in one line, naming the field and what is allowed. The value is shown
    /// escaped and cut (`format::shown_value`): a newline or a terminal's control byte typed in
    /// it never reaches the screen as such.
    pub fn field_error(self, e: &crate::query::FieldError) -> String {
        self.strings()
            .err_field
            .subst("{field}", &crate::format::shown_value(&e.field))
            .subst("{value}", &crate::format::shown_value(&e.value))
            .subst("{allowed}", &self.allowed(e))
    }

    /// A position in the district's own words ("工作人员（社区“两委”成员）" in Yinchuan).
    pub fn position_in(self, policy: &Policy, p: Position) -> &'static str {
        self.text(&policy.position(p).name)
    }

    /// A rank step as the user reads it: "第7档", "不符合领取条件", "不清楚".
    pub fn rank_step(self, r: RankStep) -> String {
        match r.id() {
            Some(id) => self.key_value(Key::RankStep, &id),
            None => self.strings().unknown_value.to_string(),
        }
    }

    /// What a bad input may be instead, in words.
    pub fn allowed(self, e: &crate::query::FieldError) -> String {
        use crate::query::Allowed;
        let s = self.strings();
        match &e.allowed {
            Allowed::OneOf(ids) => s.err_one_of.subst("{}", ids),
            Allowed::Number(min, max) => s
                .err_number
                .subst("{min}", &min.to_string())
                .subst("{max}", &max.to_string()),
            Allowed::Flag => s.err_flag.to_string(),
            Allowed::RankStep(min, max) => s
                .err_rank_step_value
                .subst("{min}", &min.to_string())
                .subst("{max}", &max.to_string())
                .subst("{none}", RankStep::NOT_ELIGIBLE),
            Allowed::UnknownField => s.err_unknown_field.to_string(),
            Allowed::Rule(rule) => self.profile_error(*rule).to_string(),
            Allowed::Range { min, max, percent } => self.take_home_allowed(*min, *max, *percent),
        }
    }

    /// A key's value as the user reads it: "三星", "第7档", "正职" …
    pub fn key_value(self, key: Key, value: &str) -> String {
        let s = self.strings();
        let pick = |names: &[&'static str], ids: &[&str]| {
            ids.iter()
                .position(|v| *v == value)
                .map(|i| names[i].to_string())
        };
        let named = match key {
            Key::Tier => pick(&s.tier, Key::Tier.values()),
            Key::Certificate => pick(&s.certificate, Key::Certificate.values()),
            Key::Assessment => pick(&s.assessment, Key::Assessment.values()),
            Key::CommunityResult => pick(&s.community_result, Key::CommunityResult.values()),
            Key::Stars => value
                .parse::<usize>()
                .ok()
                .and_then(|n| s.stars.get(n))
                .map(|v| v.to_string()),
            Key::RankStep if value == RankStep::NOT_ELIGIBLE => Some(s.rank_step_none.to_string()),
            Key::RankStep => Some(s.rank_step_value.subst("{}", value)),
        };
        named.unwrap_or_else(|| value.to_string())
    }

    pub fn position(self, p: Position) -> &'static str {
        self.strings().position[p.index()]
    }

    pub fn education(self, e: Education) -> &'static str {
        self.strings().education[e.index()]
    }

    pub fn certificate(self, c: Certificate) -> &'static str {
        self.strings().certificate[c.index()]
    }

    pub fn assessment(self, a: Assessment) -> &'static str {
        self.strings().assessment[a.index()]
    }

    pub fn community_result(self, r: CommunityResult) -> &'static str {
        self.strings().community_result[r.index()]
    }

    /// "3,300 元" / "¥3,300".
    pub fn money(self, d: Decimal) -> String {
        self.strings().money.subst("{}", &crate::format::yuan(d))
    }

    /// A table entry's amount in words.
    pub fn amount(self, a: &Amount) -> String {
        let s = self.strings();
        match a {
            Amount::Published(d) => self.money(*d),
            Amount::Uplift { amount, percent } => {
                let result = *amount + *amount * *percent / Decimal::from(100);
                format!(
                    "{} × (1 + {}%) = {}",
                    crate::format::yuan(*amount),
                    percent.normalize(),
                    self.money(result)
                )
            }
            Amount::NotApplicable => s.not_applicable.to_string(),
            Amount::Unpublished => s.unpublished.to_string(),
        }
    }
}

/// The words of the user interface. Lists are in the order of the ids' `ALL`.
pub struct Strings {
    pub app_title: &'static str,
    pub app_subtitle: &'static str,
    pub disclaimer: &'static str,
    pub newer_documents: &'static str,
    pub money: &'static str,
    pub per_month: &'static str,
    pub per_year: &'static str,
    pub unpublished: &'static str,
    pub not_applicable: &'static str,
    /// A part of pay the documents do not mention at all (Huangshi's performance pay).
    pub not_mentioned: &'static str,
    pub at_least: &'static str,
    pub interpretation: &'static str,
    /// A quote assembled from table cells or restoring lost characters: "据原文整理".
    pub assembled: &'static str,
    /// The heading of a published pay standard range (Guandu).
    pub pay_range: &'static str,
    /// "{}": a range of money per month, "600—2000 元/月": what an unknown part would be.
    pub unknown_range: &'static str,
    pub assumed: &'static str,
    pub source: &'static str,
    pub level: &'static str,
    pub level_range: &'static str,
    pub rank_step: &'static str,
    pub base_pay: &'static str,
    pub certificate_allowance: &'static str,
    pub certificate_worth: &'static str,
    pub performance: &'static str,
    pub annual_total: &'static str,
    pub no_total: &'static str,
    pub complete: &'static str,
    pub incomplete: &'static str,
    pub unpublished_list: &'static str,
    pub milestones: &'static str,
    pub milestone_reached: &'static str,
    pub milestone_in_years: &'static str,
    pub employer_items: &'static str,
    pub employer_note: &'static str,
    pub eligible: &'static str,
    pub eligible_if_head_years: &'static str,
    pub not_yet_eligible: &'static str,
    pub caveats: &'static str,
    pub explanation: &'static str,
    pub documents: &'static str,
    pub doc_number: &'static str,
    pub doc_issuer: &'static str,
    pub doc_issued: &'static str,
    pub doc_published: &'static str,
    pub doc_in_force: &'static str,
    pub doc_not_stated: &'static str,
    pub doc_describes: &'static str,
    pub doc_file: &'static str,
    pub district: &'static str,
    pub field_position: &'static str,
    pub field_one_shoulder: &'static str,
    pub field_years: &'static str,
    pub field_education: &'static str,
    pub field_certificate: &'static str,
    pub field_assessment: &'static str,
    pub field_stars: &'static str,
    pub field_rank_step: &'static str,
    pub field_community_result: &'static str,
    pub field_excellent_years: &'static str,
    pub field_uncounted_years: &'static str,
    pub field_degree_in_service: &'static str,
    pub field_probation: &'static str,
    pub unknown_value: &'static str,
    pub position: [&'static str; 4],
    pub tier: [&'static str; 5],
    pub education: [&'static str; 4],
    pub certificate: [&'static str; 4],
    pub assessment: [&'static str; 4],
    pub community_result: [&'static str; 4],
    pub stars: [&'static str; 6],
    pub rank_step_value: &'static str,
    /// 不符合领取条件: no rank allowance.
    pub rank_step_none: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub err_years: &'static str,
    pub err_stars: &'static str,
    pub err_rank_step: &'static str,
    pub err_one_shoulder: &'static str,
    pub err_assessed_years: &'static str,
    /// "{field}", "{value}", "{allowed}".
    pub err_field: &'static str,
    pub err_one_of: &'static str,
    pub err_number: &'static str,
    pub err_flag: &'static str,
    /// "{min}", "{max}", "{none}".
    pub err_rank_step_value: &'static str,
    pub err_unknown_field: &'static str,
    // CLI and career
    #[cfg(not(target_arch = "wasm32"))]
    /// `estimate --help`: "{policies}", "{default_policy}".
    pub cli_help: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{flag}".
    pub cli_err_unknown_flag: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{flag}".
    pub cli_err_no_value: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{flag}", "{policy}", "{users}".
    pub cli_err_not_used: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_err_project_all: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// `--one-shoulder` without `--position head`.
    pub cli_err_one_shoulder: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{label}", "{value}": one labelled line.
    pub cli_label: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{level}", "{min}", "{max}".
    pub cli_level: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// An amount and a note on it: "{}", "{}".
    pub cli_paren: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// Between items of a list of names.
    pub cli_list_sep: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// Between clauses of one line.
    pub cli_clause_sep: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{}": a section heading.
    pub cli_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_per_month: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_per_year: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{lo}", "{hi}".
    pub cli_range: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    /// "{title}", "{clause}", "{quote}".
    pub cli_source_ref: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub list_total_complete: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub list_total_lower_bound: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub list_inputs: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub list_no_inputs: &'static str,
    /// "{policy}".
    pub career_title: &'static str,
    pub career_col_years: &'static str,
    pub career_col_level: &'static str,
    pub career_col_base: &'static str,
    pub career_col_total: &'static str,
    pub career_col_notes: &'static str,
    /// "{}": the new level.
    pub career_level_up: &'static str,
    pub career_top: &'static str,
    /// "{years}", "{level}", "{gain}".
    pub career_next_step: &'static str,
    pub career_no_next_step: &'static str,
    pub career_no_ladder: &'static str,
    /// "{years}", "{level}".
    pub career_top_at: &'static str,
    pub whatif_title: &'static str,
    pub whatif_certificate: &'static str,
    pub whatif_education: &'static str,
    pub whatif_stars: &'static str,
    pub whatif_assessment: &'static str,
    pub whatif_rank_step: &'static str,
    pub whatif_position: &'static str,
    /// "{from}", "{to}".
    pub whatif_level: &'static str,
    /// "{}": the parts whose amounts are unpublished.
    pub whatif_unpublished: &'static str,
    pub whatif_none: &'static str,
    // web
    pub nav_label: &'static str,
    pub nav_estimate: &'static str,
    pub nav_compare: &'static str,
    /// The other language's name, in that language.
    pub lang_switch: &'static str,
    pub elder_mode: &'static str,
    pub print: &'static str,
    pub skip_to_result: &'static str,
    pub form_heading: &'static str,
    pub specific_heading: &'static str,
    pub specific_heading_compare: &'static str,
    /// "{}": the districts that use an input.
    pub used_by: &'static str,
    pub years_helper: &'static str,
    pub start_month: &'static str,
    /// "{}": whole years.
    pub years_from_month: &'static str,
    pub month_invalid: &'static str,
    pub month_future: &'static str,
    pub month_too_many: &'static str,
    pub result_heading: &'static str,
    pub cannot_estimate: &'static str,
    pub fix_input: &'static str,
    /// "{}": a level.
    pub level_value: &'static str,
    /// "{min}", "{max}".
    pub level_span: &'static str,
    /// "{}": years.
    pub years_value: &'static str,
    /// "{lo}", "{hi}": grouped yuan.
    pub range_money: &'static str,
    /// "{}": a level.
    pub live_level: &'static str,
    /// "{}": money.
    pub live_base: &'static str,
    /// "{}": money, maybe with "at least".
    pub live_total: &'static str,
    pub live_no_total: &'static str,
    /// "{}": how many districts.
    pub live_compare: &'static str,
    pub list_sep: &'static str,
    pub colon: &'static str,
    pub certificate_worth_note: &'static str,
    pub compare_caption: &'static str,
    pub compare_scroll: &'static str,
    pub completeness: &'static str,
    pub url_errors: &'static str,
    /// After a bad link parameter: the value the field has now (its default, or a valid
    /// value given for it elsewhere in the link).
    pub url_error_now: &'static str,
    pub dismiss: &'static str,
    pub print_title: &'static str,
    pub print_date: &'static str,
    pub inputs_heading: &'static str,
    pub privacy: &'static str,
    pub share_note: &'static str,
    pub none_listed: &'static str,
    /// "{}": an amount.
    pub monthly_amount: &'static str,
    /// "{y}", "{m}", "{d}" (no leading zero), "{mm}", "{dd}" (two digits).
    pub date_ymd: &'static str,
    /// "{}" in brackets: "（{}）" / " ({})".
    pub paren: &'static str,
    // career view
    pub nav_career: &'static str,
    /// "{}": money. A gain per month / per year: "+100 元/月".
    pub career_gain_month: &'static str,
    pub career_gain_year: &'static str,
    pub career_no_money: &'static str,
    /// The chart's marker for a level step.
    pub career_key_step: &'static str,
    pub career_table: &'static str,
    pub career_apply: &'static str,
    pub career_compare_title: &'static str,
    pub career_compare_note: &'static str,
    /// "{}": the districts.
    pub career_compare_no_total: &'static str,
    // embed
    pub nav_embed: &'static str,
    /// The link to the roster page (花名册测算), for the offices that pay a whole roster.
    pub nav_roster: &'static str,
    pub embed_open: &'static str,
    /// The embed page's one line under its title.
    pub embed_intro: &'static str,
    pub embed_options: &'static str,
    pub embed_all: &'static str,
    pub embed_lang: &'static str,
    pub embed_view: &'static str,
    pub embed_code: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub embed_select: &'static str,
    pub embed_preview: &'static str,
    pub embed_headers: &'static str,
    pub embed_portal_csp: &'static str,
    pub embed_app_csp: &'static str,
}
