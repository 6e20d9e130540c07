//! The single estimate as JSON: the keys README names for `--json`, written once here for the
//! estimate, `--project`, `--policy all` and each worker of `estimate roster --json`.

use rust_decimal::Decimal;
use serde_json::{json, Value as Json};
use shequ_pay::estimate::{document, EmployerValue, MilestoneStatus};
use shequ_pay::explain::Step;
use shequ_pay::format::yuan_plain;
use shequ_pay::i18n::Lang;
use shequ_pay::policy::{Policy, Source};
use shequ_pay::profile::RankStep;
use shequ_pay::{Estimate, Profile};

pub fn money(d: Option<Decimal>) -> Json {
    d.map_or(Json::Null, |d| Json::String(yuan_plain(d)))
}

pub fn percent(d: Decimal) -> String {
    d.normalize().to_string()
}

fn source_json(lang: Lang, policy: &Policy, source: &Source) -> Json {
    json!({
        "document": document(policy, source).title,
        "clause": source.clause,
        "quote": source.quote,
        "interpretation": source.interpretation.as_ref().map(|t| lang.text(t)),
        "assembled": source.is_assembled(),
    })
}

fn step_json(lang: Lang, policy: &Policy, step: &Step) -> Json {
    let mut v = match step.source {
        Some(source) => source_json(lang, policy, source),
        None => {
            json!({ "document": null, "clause": null, "quote": null, "interpretation": null, "assembled": false })
        }
    };
    v["text"] = Json::String(lang.step(step));
    v
}

fn profile_json(p: &Profile) -> Json {
    json!({
        "position": p.position.id(),
        "one_shoulder": p.one_shoulder,
        "years": p.years,
        "education": p.education.id(),
        "certificate": p.certificate.id(),
        "assessment": p.assessment.id(),
        "stars": p.stars,
        "rank_step": rank_step_json(p.rank_step),
        "community_result": p.community_result.map(|r| r.id()),
        "excellent_years": p.excellent_years,
        "uncounted_years": p.uncounted_years,
        "degree_in_service": p.degree_in_service,
        "probation": p.probation,
    })
}

/// A rank step in JSON: the step's number, "none" when not eligible, null when unknown.
fn rank_step_json(r: RankStep) -> Json {
    match r {
        RankStep::Step(n) => json!(n),
        RankStep::NotEligible => json!(RankStep::NOT_ELIGIBLE),
        RankStep::Unknown => Json::Null,
    }
}

fn employer_json(lang: Lang, e: &Estimate) -> Json {
    let items = e.employer.iter().map(|(item, value)| {
        let mut v = json!({
            "id": item.id,
            "name": lang.text(&item.name),
            "source": source_json(lang, e.policy, item.source),
        });
        let detail = match value {
            EmployerValue::Monthly(a) => json!({ "kind": "monthly", "monthly": yuan_plain(*a) }),
            EmployerValue::Percent { percent: p, of, amount } => json!({
                "kind": "percent", "percent": percent(*p), "of": yuan_plain(*of), "monthly": yuan_plain(*amount),
            }),
            EmployerValue::Eligible { percent: p, condition, needs_head_years } => json!({
                "kind": "eligibility", "percent": percent(*p), "eligible": true, "needs_head_years": needs_head_years,
                "condition": source_json(lang, e.policy, condition.source),
            }),
            EmployerValue::NotYet { percent: p } => json!({
                "kind": "eligibility", "percent": percent(*p), "eligible": false, "needs_head_years": false,
            }),
        };
        if let (Some(v), Json::Object(d)) = (v.as_object_mut(), detail) {
            v.extend(d);
        }
        v
    });
    Json::Array(items.collect())
}

pub fn estimate_json(lang: Lang, e: &Estimate) -> Json {
    let s = lang.strings();
    let p = e.policy;
    json!({
        "policy": p.id,
        "policy_name": lang.text(&p.name),
        "scheme": lang.text(&p.scheme),
        "lang": lang.id(),
        "years": e.profile.years,
        "profile": profile_json(&e.profile),
        "level": e.level(),
        "level_range": e.placement.map(|pl| [pl.min, pl.max]),
        "rank_step": e.rank_step.map(rank_step_json),
        "position_name": lang.text(&e.position_name().name),
        "position_absent": e.position_name().absent.as_ref().map(|t| lang.text(t)),
        "assumed": e.assumed().iter().map(|key| key.id()).collect::<Vec<_>>(),
        "probation": e.probation,
        "base_pay_monthly": money(e.base_pay_monthly.amount),
        "base_pay_monthly_lower_bound": e.base_pay_monthly.lower_bound,
        "certificate_allowance_monthly": money(e.certificate_allowance_monthly.amount),
        "certificate_allowance_monthly_lower_bound": e.certificate_allowance_monthly.lower_bound,
        "certificate_worth_monthly": money(e.certificate_worth_monthly),
        "performance_bonus_annual": money(e.performance_annual.amount),
        "performance_bonus_annual_lower_bound": e.performance_annual.lower_bound,
        "performance_bonus_annual_not_mentioned": e.performance_annual.not_mentioned(),
        "pay_range": e.pay_range.map(|r| json!({
            "name": lang.text(&r.name),
            "min_monthly": yuan_plain(r.min),
            "max_monthly": yuan_plain(r.max),
            "source": source_json(lang, p, r.source),
        })),
        "annual_total": money(e.annual_total),
        "annual_total_lower_bound": e.annual_total_lower_bound(),
        "complete": e.complete(),
        "unpublished": e.unpublished().map(|c| json!({ "id": c.id, "name": lang.text(&c.name) })).collect::<Vec<_>>(),
        "unknown": e.unknown().map(|(c, min, max)| json!({
            "id": c.id, "name": lang.text(&c.name), "min_monthly": yuan_plain(min), "max_monthly": yuan_plain(max),
        })).collect::<Vec<_>>(),
        "milestones": e.milestones.iter().map(|(m, status)| json!({
            "name": lang.text(&m.name),
            "years": m.years,
            "amount": yuan_plain(m.amount),
            "reached": matches!(status, MilestoneStatus::Reached),
            "in_years": match status { MilestoneStatus::InYears(n) => Some(*n), MilestoneStatus::Reached => None },
            "source": source_json(lang, p, m.source),
        })).collect::<Vec<_>>(),
        "employer": employer_json(lang, e),
        "caveats": p.caveats.iter().map(|c| {
            let mut v = source_json(lang, p, c.source);
            v["text"] = Json::String(lang.text(&c.text).to_string());
            v
        }).collect::<Vec<_>>(),
        "explanation": e.steps.iter().map(|step| step_json(lang, p, step)).collect::<Vec<_>>(),
        "documents": p.documents.iter().map(|d| json!({
            "id": d.id,
            "title": d.title,
            "number": d.number,
            "issuer": d.issuer,
            "issued": d.issued,
            "published": d.published,
            "in_force": d.in_force,
            "date_note": d.date_note.as_ref().map(|t| lang.text(t)),
            "describes": d.describes,
        })).collect::<Vec<_>>(),
        "disclaimer": s.disclaimer,
        "newer_note": p.newer_note.as_ref().map(|t| lang.text(t)),
    })
}
