//! English.

use super::{Lang, Strings};
use crate::explain::{Step, StepKind};
use crate::format::{years, yuan};
use crate::ids::Assessment;

const L: Lang = Lang::En;

pub static STRINGS: Strings = Strings {
    app_title: "Community worker pay estimator",
    app_subtitle: "Estimates a community worker's level, base pay, certificate allowance and performance pay from each district's published policy, and shows where every figure comes from.",
    disclaimer: "This estimate follows the listed policy documents and is for reference only. It is not an official pay statement; a district may have changed its scheme, and the local civil affairs bureau has the final word.",
    newer_documents: "The estimate follows only the documents listed. Where a district has issued newer rules, those and the civil affairs bureau prevail.",
    money: "¥{}",
    per_month: "per month",
    per_year: "per year",
    unpublished: "unpublished",
    not_applicable: "not applicable",
    not_mentioned: "not mentioned in the documents",
    at_least: "at least",
    interpretation: "Interpretation",
    assembled: "assembled from the original",
    pay_range: "Published pay standard range (including the five insurances)",
    unknown_range: "{} yuan/month",
    assumed: "not given; default used",
    source: "Source",
    level: "Level",
    level_range: "Position's level range",
    rank_step: "Rank step",
    base_pay: "Base pay",
    certificate_allowance: "Certificate allowance",
    certificate_worth: "Certificate worth per month",
    performance: "Performance (year)",
    annual_total: "Annual total",
    no_total: "Base pay is unpublished, so there is no annual total",
    complete: "Complete estimate",
    incomplete: "Some amounts are unpublished",
    unpublished_list: "Unpublished parts",
    milestones: "One-off awards",
    milestone_reached: "reached",
    milestone_in_years: "in {} years",
    employer_items: "Paid by the employer (not pay)",
    employer_note: "These are paid by the employer or the government; they are not take-home pay.",
    eligible: "eligible",
    eligible_if_head_years: "eligible if all these years were served as head",
    not_yet_eligible: "not yet eligible",
    caveats: "Note",
    explanation: "How it is worked out",
    documents: "Policy documents",
    doc_number: "Number",
    doc_issuer: "Issued by",
    doc_issued: "Dated",
    doc_published: "Published",
    doc_in_force: "In force from",
    doc_not_stated: "not stated",
    doc_describes: "Documents it refers to",
    doc_file: "Source text",
    district: "District",
    field_position: "Position",
    field_one_shoulder: "一肩挑 (party secretary and director in one)",
    field_years: "Years of community work (completed)",
    field_education: "Education",
    field_certificate: "Social work certificate",
    field_assessment: "Annual assessment",
    field_stars: "Party organisation star rating",
    field_rank_step: "Rank step (1–12, or not eligible)",
    field_community_result: "Community target result",
    field_excellent_years: "Years assessed 优秀 (excellent)",
    field_uncounted_years: "Years assessed 基本合格 or 不合格",
    field_degree_in_service: "Degree earned while in service",
    field_probation: "On probation",
    unknown_value: "Don't know",
    position: ["Head (secretary, director)", "Deputy (deputy secretary, deputy director)", "Community committee member", "Other staff (grid workers etc., not committee members)"],
    tier: ["一肩挑", "Head", "Deputy", "Committee member", "Staff"],
    education: ["College or below", "Bachelor's", "Master's", "Doctorate"],
    certificate: ["None", "Assistant social worker (junior)", "Social worker (intermediate)", "Senior social worker"],
    assessment: ["Excellent (优秀)", "Competent (合格)", "Basically competent (基本合格)", "Incompetent (不合格)"],
    community_result: ["Excellent community", "Good community", "Target met", "Target not met"],
    stars: ["0 stars (not rated)", "1 star", "2 stars", "3 stars", "4 stars", "5 stars"],
    rank_step_value: "step {}",
    rank_step_none: "not eligible",
    yes: "Yes",
    no: "No",
    err_years: "Years must be a whole number from 0 to 50.",
    err_stars: "Stars must be 0 to 5.",
    err_rank_step: "The rank step must be 1 to 12.",
    err_one_shoulder: "一肩挑 applies only to the head position.",
    err_assessed_years: "Excellent years plus uncounted years cannot exceed the years of service.",
    err_field: "{field}: \"{value}\" is not allowed. {allowed}",
    err_one_of: "Use one of {}.",
    err_number: "Use a whole number from {min} to {max}.",
    err_rank_step_value: "Use a whole number from {min} to {max}, or {none} (not eligible).",
    err_flag: "Use 1 or 0 (true or false).",
    err_unknown_field: "There is no such parameter.",
    // CLI and career
    #[cfg(not(target_arch = "wasm32"))]
    cli_help: "Community worker pay estimator (command line): level, base pay, certificate allowance and performance pay from the listed policy documents, with the source of every figure.

Usage: estimate [options]

The worker (what is not given takes the default in brackets):
  --policy ID             district: {policies}; all compares every district for one profile (default {default_policy})
  --position P            head | deputy | committee | staff (default staff); districts name
                          positions differently (Yinchuan's 工作人员 are committee members):
                          the result uses the chosen district's words
  --one-shoulder          一肩挑: party secretary and director in one; head only (default no)
  --years N               completed years of community work, 0 to 50 (default 0)
  --education E           college (or below) | bachelor | master | doctor (default college)
  --certificate C         none | assistant | intermediate | senior social worker (default none)
  --assessment A          excellent | competent | basic | incompetent (default competent)

District-specific (only for a district that uses it, all of them with --policy all; --list shows which):
  --stars 0-5             star rating of the community party organisation; without it the lowest (0) is used, and the result says so
  --rank-step 1-12|none   rank step (1 is highest), none for not eligible; without it the rank allowance is left out of the total (a lower bound), and the result says so
  --community-result R    community target result: excellent | good | complete | incomplete; without it \"complete\" (target met) is used, and the result says so
  --excellent-years N     years assessed excellent (优秀) (default 0)
  --uncounted-years N     years assessed basic or incompetent (基本合格/不合格) (default 0)
  --degree-in-service     the degree was earned while in service (default no)
  --probation             on probation (default no)

Output:
  --lang zh|en            language (default zh)
  --json                  JSON: money as strings with two decimals (\"3300.00\"), null where unpublished
  --list                  the districts' policies, whether an annual total can be computed, and the inputs each uses
  --project               year by year to 35 years of service, and what each next step (certificate, degree, promotion) is worth
  --help                  this help

Write options as --years 10 or --years=10. Bad input prints one line and exits with status 2.
Example: estimate --position head --years 10 --education bachelor --stars 3 --lang en",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_unknown_flag: "There is no option {flag}; see --help for the options.",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_no_value: "{flag} takes no value.",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_not_used: "{flag} does not apply to {policy}: its policy does not use this input (used by: {users}).",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_project_all: "--project needs one district; it cannot be used with --policy all.",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_one_shoulder: "一肩挑 applies only to the head position: add --position head.",
    #[cfg(not(target_arch = "wasm32"))]
    cli_label: "{label}: {value}",
    #[cfg(not(target_arch = "wasm32"))]
    cli_level: "{level} (position range {min}–{max})",
    #[cfg(not(target_arch = "wasm32"))]
    cli_paren: "{} ({})",
    #[cfg(not(target_arch = "wasm32"))]
    cli_list_sep: ", ",
    #[cfg(not(target_arch = "wasm32"))]
    cli_clause_sep: "; ",
    #[cfg(not(target_arch = "wasm32"))]
    cli_heading: "== {} ==",
    #[cfg(not(target_arch = "wasm32"))]
    cli_per_month: "{} a month",
    #[cfg(not(target_arch = "wasm32"))]
    cli_per_year: "{} a year",
    #[cfg(not(target_arch = "wasm32"))]
    cli_range: "{lo}–{hi}",
    #[cfg(not(target_arch = "wasm32"))]
    cli_source_ref: "{title}, {clause}: “{quote}”",
    #[cfg(not(target_arch = "wasm32"))]
    list_total_complete: "every amount is published: an annual total can be computed",
    #[cfg(not(target_arch = "wasm32"))]
    list_total_lower_bound: "an annual total as a lower bound (some amounts are unpublished)",
    #[cfg(not(target_arch = "wasm32"))]
    list_inputs: "District-specific inputs",
    #[cfg(not(target_arch = "wasm32"))]
    list_no_inputs: "none",
    career_title: "Career outlook: {policy} (everything else unchanged)",
    career_col_years: "Years",
    career_col_level: "Level",
    career_col_base: "Base pay (¥/month)",
    career_col_total: "Annual total (¥)",
    career_col_notes: "Notes",
    career_level_up: "up to level {}",
    career_top: "top of the range",
    career_next_step: "In {years} more years: level {level} ({gain}).",
    career_no_next_step: "Service brings no further level.",
    career_no_ladder: "This district publishes no ladder by years of service: the figures are the same every year.",
    career_top_at: "The top of the range (level {level}) is reached at {years} years.",
    whatif_title: "Next steps (each compared with now)",
    whatif_certificate: "Earn the {} certificate",
    whatif_education: "Earn a {}",
    whatif_stars: "Party organisation rated {}",
    whatif_assessment: "Be assessed {}",
    whatif_rank_step: "Move up to {}",
    whatif_position: "Become {}",
    whatif_level: "level {from} → {to}",
    whatif_unpublished: "amount unpublished: {}",
    whatif_none: "No next step can be compared from published figures.",
    // web
    nav_label: "Pages",
    nav_estimate: "Estimate",
    nav_compare: "Compare districts",
    lang_switch: "中文",
    elder_mode: "Large text (长者模式)",
    print: "Print",
    skip_to_result: "Skip to the estimate",
    form_heading: "Your details",
    specific_heading: "Inputs for this district",
    specific_heading_compare: "Inputs only some districts use",
    used_by: " ({})",
    years_helper: "Not sure? Work it out from the month you started",
    start_month: "Month you started community work",
    years_from_month: "{} completed years to this month: filled in above.",
    month_invalid: "Pick a month, e.g. 2015-09.",
    month_future: "The start month cannot be after this month.",
    month_too_many: "{} whole years to this month: more than the 50 the form takes, so not filled in; please check the start month.",
    result_heading: "Estimate",
    cannot_estimate: "No estimate yet: ",
    fix_input: "Please correct the input marked above.",
    level_value: "level {}",
    level_span: "levels {min}–{max}",
    years_value: "{} years",
    range_money: "¥{lo}–{hi}",
    live_level: "level {}",
    live_base: "base pay {} a month",
    live_total: "annual total {}",
    live_no_total: "base pay unpublished",
    live_compare: "Compared {} districts for the same worker.",
    list_sep: ", ",
    colon: ": ",
    certificate_worth_note: "included in base pay",
    compare_caption: "The same worker in every district",
    compare_scroll: "Scroll sideways to see every district.",
    completeness: "What is published",
    url_errors: "Some link parameters are invalid, and were handled as follows:",
    url_error_now: " (now: {})",
    dismiss: "Dismiss",
    print_title: "Community worker pay estimate",
    print_date: "Date",
    inputs_heading: "Details used",
    privacy: "Everything is worked out on your device; nothing is sent anywhere.",
    share_note: "The page address holds every input: copy the link to share or keep this estimate.",
    none_listed: "none",
    monthly_amount: "{} a month",
    date_ymd: "{y}-{mm}-{dd}",
    paren: " ({})",
    // career view
    nav_career: "Career",
    career_gain_month: "+{}/month",
    career_gain_year: "+{}/year",
    career_no_money: "This district's pay amounts are unpublished: below is how the level changes with years of service, without money.",
    career_key_step: "level up",
    career_table: "Year by year (everything else unchanged)",
    career_apply: "Apply to the form",
    career_compare_title: "All districts over the years: annual total",
    career_compare_note: "The same worker in each district, year by year: the starting pay and the long run.",
    career_compare_no_total: "Districts without an annual total (base pay unpublished): {}",
    // embed
    nav_embed: "Embed on your site",
    nav_roster: "Roster: a whole roster at once (for sub-district and civil affairs offices)",
    embed_open: "Open in a new window",
    embed_intro: "Embed this estimator in a portal or any website with one line of code.",
    embed_options: "Options",
    embed_all: "All districts (the visitor chooses)",
    embed_lang: "Language",
    embed_view: "Opens on",
    embed_code: "Code (paste it where the estimator should appear)",
    embed_copy: "Copy code",
    embed_copied: "Copied.",
    embed_select: "The code is selected: press Ctrl+C to copy it.",
    embed_preview: "Preview",
    embed_headers: "HTTP headers",
    embed_portal_csp: "If your site has a Content Security Policy, add the estimator's origin to script-src and frame-src:",
    embed_app_csp: "The estimator's server can limit who may embed it with frame-ancestors (replace the example; 'self' is for this preview). It works under this strict policy:",
};

pub fn step(step: &Step) -> String {
    match &step.kind {
        StepKind::PositionRange { name, min, max, .. } => {
            format!("{}: levels {min}–{max}.", L.text(name))
        }
        StepKind::LastYearAssessed { assessment, raised } => {
            let counted = match assessment {
                Assessment::Excellent => "it counts as an 优秀 year, adding 0.5 year",
                _ => "that year does not count towards the next level",
            };
            let note = if *raised {
                " (the count given was 0: taken as 1)"
            } else {
                " (included in the count given)"
            };
            format!(
                "Last year's assessment was {}: {counted}{note}.",
                L.assessment(*assessment).to_lowercase()
            )
        }
        StepKind::OneShoulderNoRule => {
            "一肩挑 was given, but the documents have no rule for it: no change to level or pay."
                .into()
        }
        StepKind::UnknownRange {
            component,
            min,
            max,
            not_eligible,
            ..
        } => {
            let zero = if *not_eligible {
                "0 if not eligible, otherwise "
            } else {
                ""
            };
            format!(
                "{}: not given, so left out of the annual total (a lower bound); {zero}{}–{} yuan a month.",
                L.text(&component.name),
                yuan(*min),
                yuan(*max)
            )
        }
        StepKind::UncountedYears {
            years: y,
            uncounted,
            remaining,
        } => {
            format!("{y} years, of which {uncounted} assessed 基本合格 or 不合格 do not count: {} years.", years(*remaining))
        }
        StepKind::ExcellentYears {
            excellent,
            per_year,
            counted,
        } => {
            format!(
                "{excellent} years assessed 优秀 add {} year each: {} counted years.",
                years(*per_year),
                years(*counted)
            )
        }
        StepKind::Service { counted, steps, at } => {
            let next = at
                .iter()
                .find(|&&a| rust_decimal::Decimal::from(a) > *counted);
            let tail = next
                .map(|n| format!("the next level comes at {n} years."))
                .unwrap_or_else(|| "the longest-service step is reached.".into());
            format!(
                "{} counted years: {steps} levels for service; {tail}",
                years(*counted)
            )
        }
        StepKind::EducationLevels { education, steps } => {
            format!("{}: {steps} levels up.", L.education(*education))
        }
        StepKind::DegreeYears {
            education,
            years: y,
            counted,
        } => {
            format!(
                "{} held when hired counts as {y} years of service: {} years in all.",
                L.education(*education),
                years(*counted)
            )
        }
        StepKind::DegreeFloor {
            education,
            years: y,
            floor,
            service,
        } => {
            if floor > service {
                format!("{} earned in service corresponds to {y} years and may raise {floor} levels; service alone raises only {service}: the degree's level applies.", L.education(*education))
            } else {
                format!("{} earned in service corresponds to {y} years ({floor} levels), not above the {service} from service: no change.", L.education(*education))
            }
        }
        StepKind::CertificateLevels { certificate, steps } => {
            format!("{}: {steps} levels up.", L.certificate(*certificate))
        }
        StepKind::OneShoulderLevels { steps } => format!("一肩挑: {steps} level up."),
        StepKind::Level { raw, level, max } => {
            if raw > max {
                format!("{raw} in all, above the position's top level {max}: level {level}.")
            } else {
                format!("Level {level}.")
            }
        }
        StepKind::Coefficient {
            component,
            level,
            coefficient,
            base,
            amount,
        } => {
            format!(
                "{}: level {level} coefficient {coefficient} × ¥{} = ¥{} a month.",
                L.text(&component.name),
                yuan(*base),
                yuan(*amount)
            )
        }
        StepKind::ProbationCoefficient {
            component,
            coefficient,
            base,
            amount,
        } => {
            format!(
                "{}: probation coefficient {coefficient} × ¥{} = ¥{} a month.",
                L.text(&component.name),
                yuan(*base),
                yuan(*amount)
            )
        }
        StepKind::ProbationNotPaid { component } => format!(
            "On probation only base pay is paid, not {}.",
            // ASCII, not Unicode, lowercasing: the names are English, and `to_lowercase`
            // would put Unicode case tables (~8 KB gzip) into the web app.
            L.text(&component.name).to_ascii_lowercase()
        ),
        StepKind::ProbationNotForPosition { name, .. } => format!(
            "The probation rules here do not apply to {}; not applied.",
            L.text(name).to_lowercase()
        ),
        StepKind::ProbationFullPay => {
            "On probation, base pay is paid at 100% of the standard.".into()
        }
        StepKind::Lookup {
            component,
            key,
            value,
            assumed,
            amount,
            ..
        } => {
            let value = L.key_value(*key, value);
            let note = if *assumed {
                " (not given; assumed)"
            } else {
                ""
            };
            format!(
                "{}: {value}{note}, {}.",
                L.text(&component.name),
                L.amount(amount)
            )
        }
        StepKind::Factor {
            component,
            amount,
            factor,
            result,
        } => {
            format!(
                "{}: ¥{} × {} = ¥{} a year.",
                L.text(&component.name),
                yuan(*amount),
                factor.normalize(),
                yuan(*result)
            )
        }
        StepKind::Unpublished { component } => format!(
            "{}: named in the document, amount not published.",
            L.text(&component.name)
        ),
        StepKind::CertificateWorth { certificate, worth } => {
            format!("{} raises the level instead of paying an allowance: worth ¥{} a month more than no certificate.", L.certificate(*certificate), yuan(*worth))
        }
        StepKind::AnnualTotal {
            monthly,
            annual,
            total,
            lower_bound,
        } => {
            let prefix = if *lower_bound { "at least " } else { "" };
            format!(
                "Annual total: ¥{} a month × 12 + ¥{} = {prefix}¥{}.",
                yuan(*monthly),
                yuan(*annual),
                yuan(*total)
            )
        }
        StepKind::NoTotal => STRINGS.no_total.to_string() + ".",
    }
}
