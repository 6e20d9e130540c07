//! English.

use super::{Lang, Strings};
use crate::explain::{Step, StepKind};
use crate::format::{yuan, years};

const L: Lang = Lang::En;

pub static STRINGS: Strings = Strings {
    app_title: "Community worker pay estimator",
    app_subtitle: "Estimates a community worker's level, base pay, certificate allowance and performance pay from each district's published policy, and shows where every figure comes from.",
    disclaimer: "This estimate follows the listed policy documents and is for reference only. It is not an official pay statement; a district may have changed its scheme, and the local civil affairs bureau has the final word.",
    newer_documents: "The estimate follows only the documents listed. Where a district has issued newer rules (Ningxia is reported to move to a \"four positions, 24 levels\" ladder; we have no official text), those and the civil affairs bureau prevail.",
    money: "¥{}",
    per_month: "per month",
    per_year: "per year",
    unpublished: "unpublished",
    not_applicable: "not applicable",
    at_least: "at least",
    interpretation: "Interpretation",
    assumed: "not given; default used",
    source: "Source",
    level: "Level",
    level_range: "Position's level range",
    rank_step: "Rank step",
    base_pay: "Base pay",
    certificate_allowance: "Certificate allowance",
    certificate_worth: "Certificate worth",
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
    field_rank_step: "Rank step (1–12)",
    field_community_result: "Community target result",
    field_excellent_years: "Years assessed 优秀 (excellent)",
    field_uncounted_years: "Years assessed 基本合格 or 不合格",
    field_degree_in_service: "Degree earned while in service",
    field_probation: "On probation",
    unknown_value: "Don't know",
    position: ["Head (secretary, director)", "Deputy", "Committee member", "Staff (incl. grid workers)"],
    tier: ["一肩挑", "Head", "Deputy", "Committee member", "Staff"],
    education: ["College or below", "Bachelor's", "Master's", "Doctorate"],
    certificate: ["None", "Assistant social worker (junior)", "Social worker (intermediate)", "Senior social worker"],
    assessment: ["Excellent (优秀)", "Competent (合格)", "Basically competent (基本合格)", "Incompetent (不合格)"],
    community_result: ["Excellent community", "Good community", "Target met", "Target not met"],
    stars: ["0 stars", "1 star", "2 stars", "3 stars", "4 stars", "5 stars"],
    rank_step_value: "step {}",
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
    err_flag: "Use 1 or 0 (true or false).",
    err_unknown_field: "There is no such parameter.",
};

pub fn step(step: &Step) -> String {
    match &step.kind {
        StepKind::PositionRange { position, min, max } => format!("{}: levels {min}–{max}.", L.position(*position)),
        StepKind::UncountedYears { years: y, uncounted, remaining } => {
            format!("{y} years, of which {uncounted} assessed 基本合格 or 不合格 do not count: {} years.", years(*remaining))
        }
        StepKind::ExcellentYears { excellent, per_year, counted } => {
            format!("{excellent} years assessed 优秀 add {} year each: {} counted years.", years(*per_year), years(*counted))
        }
        StepKind::Service { counted, steps, at } => {
            let next = at.iter().find(|&&a| rust_decimal::Decimal::from(a) > *counted);
            let tail = next.map(|n| format!("the next level comes at {n} years.")).unwrap_or_else(|| "the longest-service step is reached.".into());
            format!("{} counted years: {steps} levels for service; {tail}", years(*counted))
        }
        StepKind::EducationLevels { education, steps } => format!("{}: {steps} levels up.", L.education(*education)),
        StepKind::DegreeYears { education, years: y, counted } => {
            format!("{} held when hired counts as {y} years of service: {} years in all.", L.education(*education), years(*counted))
        }
        StepKind::DegreeFloor { education, years: y, floor, service } => {
            if floor > service {
                format!("{} earned in service corresponds to {y} years ({floor} levels), above the {service} from service: the degree's level applies.", L.education(*education))
            } else {
                format!("{} earned in service corresponds to {y} years ({floor} levels), not above the {service} from service: no change.", L.education(*education))
            }
        }
        StepKind::CertificateLevels { certificate, steps } => format!("{}: {steps} levels up.", L.certificate(*certificate)),
        StepKind::OneShoulderLevels { steps } => format!("一肩挑: {steps} level up."),
        StepKind::Level { raw, level, max } => {
            if raw > max {
                format!("{raw} in all, above the position's top level {max}: level {level}.")
            } else {
                format!("Level {level}.")
            }
        }
        StepKind::Coefficient { component, level, coefficient, base, amount } => {
            format!("{}: level {level} coefficient {coefficient} × ¥{} = ¥{} a month.", L.text(&component.name), yuan(*base), yuan(*amount))
        }
        StepKind::ProbationCoefficient { component, coefficient, base, amount } => {
            format!("{}: probation coefficient {coefficient} × ¥{} = ¥{} a month.", L.text(&component.name), yuan(*base), yuan(*amount))
        }
        StepKind::ProbationNotPaid { component } => format!("On probation only base pay is paid, not {}.", L.text(&component.name).to_lowercase()),
        StepKind::ProbationNotForPosition { position } => format!("The probation rules here do not apply to {}; not applied.", L.position(*position).to_lowercase()),
        StepKind::ProbationFullPay => "On probation, base pay is paid at 100% of the standard.".into(),
        StepKind::Lookup { component, key, value, assumed, amount, .. } => {
            let value = L.key_value(*key, value);
            let note = if *assumed { " (not given; assumed)" } else { "" };
            format!("{}: {value}{note}, {}.", L.text(&component.name), L.amount(amount))
        }
        StepKind::Factor { component, amount, factor, result } => {
            format!("{}: ¥{} × {} = ¥{} a year.", L.text(&component.name), yuan(*amount), factor.normalize(), yuan(*result))
        }
        StepKind::Unpublished { component } => format!("{}: named in the document, amount not published.", L.text(&component.name)),
        StepKind::CertificateWorth { certificate, worth } => {
            format!("{} raises the level instead of paying an allowance: worth ¥{} a month more than no certificate.", L.certificate(*certificate), yuan(*worth))
        }
        StepKind::AnnualTotal { monthly, annual, total, lower_bound } => {
            let prefix = if *lower_bound { "at least " } else { "" };
            format!("Annual total: ¥{} a month × 12 + ¥{} = {prefix}¥{}.", yuan(*monthly), yuan(*annual), yuan(*total))
        }
        StepKind::NoTotal => STRINGS.no_total.to_string() + ".",
    }
}
