//! `ProfileForm`: the district and the worker's details. Every input is one profile field of
//! `query::PROFILE_FIELDS` and is set through `query::set`, the same parser as the URL's, so a
//! value means the same typed here or linked. Inputs only some districts use appear for those
//! districts (`Policy::uses`).
//!
//! The form is drawn once per language (see `html.rs` for why as HTML); its inputs then belong
//! to the user. `sync` brings the DOM in line when the state changes from elsewhere (back and
//! forward, a district with other inputs, the comparison), never overwriting an input the user
//! is still correcting.

use super::browser;
use super::html::Html;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::ids::{
    Assessment, Certificate, CommunityResult, Education, Input, Key, Position, MAX_YEARS,
};
use shequ_pay::policy::{self, Policy};
use shequ_pay::profile::Profile;
use shequ_pay::query::{AppState, FieldError, View};

/// The profile's fields in form order; the input only some districts use, where it is one.
pub const FIELDS: [(&str, Option<Input>); 13] = [
    ("position", None),
    ("one_shoulder", None),
    ("years", None),
    ("education", None),
    ("certificate", None),
    ("assessment", None),
    ("stars", Some(Input::Stars)),
    ("rank_step", Some(Input::RankStep)),
    ("community_result", Some(Input::CommunityResult)),
    ("excellent_years", Some(Input::ExcellentYears)),
    ("uncounted_years", Some(Input::UncountedYears)),
    ("degree_in_service", Some(Input::DegreeInService)),
    ("probation", Some(Input::Probation)),
];

pub enum Kind {
    /// (value id, what the user reads)
    Select(Vec<(&'static str, String)>),
    Number(u8, u8),
    Check,
}

fn choices<T: Copy>(
    all: &[T],
    id: fn(T) -> &'static str,
    name: impl Fn(T) -> &'static str,
) -> Kind {
    Kind::Select(all.iter().map(|&v| (id(v), name(v).to_string())).collect())
}

/// An optional choice: "不清楚" (unknown, the empty value) first.
fn unknown_first(lang: Lang, key: Key) -> Kind {
    let mut all = vec![("", lang.strings().unknown_value.to_string())];
    all.extend(key.values().iter().map(|v| (*v, lang.key_value(key, v))));
    Kind::Select(all)
}

/// What kind of input a field is, with its choices in this language.
pub fn kind(lang: Lang, field: &str) -> Kind {
    match field {
        "position" => choices(Position::ALL, Position::id, |v| lang.position(v)),
        "education" => choices(Education::ALL, Education::id, |v| lang.education(v)),
        "certificate" => choices(Certificate::ALL, Certificate::id, |v| lang.certificate(v)),
        "assessment" => choices(Assessment::ALL, Assessment::id, |v| lang.assessment(v)),
        "stars" => unknown_first(lang, Key::Stars),
        "rank_step" => unknown_first(lang, Key::RankStep),
        "community_result" => unknown_first(lang, Key::CommunityResult),
        "years" | "excellent_years" | "uncounted_years" => Kind::Number(0, MAX_YEARS),
        _ => Kind::Check,
    }
}

pub fn is_check(field: &str) -> bool {
    matches!(field, "one_shoulder" | "degree_in_service" | "probation")
}

/// A field's label.
pub fn label(lang: Lang, field: &str) -> &'static str {
    let s = lang.strings();
    match field {
        "policy" => s.district,
        "position" => s.field_position,
        "one_shoulder" => s.field_one_shoulder,
        "years" => s.field_years,
        "education" => s.field_education,
        "certificate" => s.field_certificate,
        "assessment" => s.field_assessment,
        "stars" => s.field_stars,
        "rank_step" => s.field_rank_step,
        "community_result" => s.field_community_result,
        "excellent_years" => s.field_excellent_years,
        "uncounted_years" => s.field_uncounted_years,
        "degree_in_service" => s.field_degree_in_service,
        "probation" => s.field_probation,
        _ => "",
    }
}

/// A field's value as the form holds it ("" for unknown or unticked).
pub fn current(p: &Profile, field: &str) -> String {
    let flag = |on: bool| if on { "1" } else { "" }.to_string();
    let opt = |v: Option<u8>| v.map(|n| n.to_string()).unwrap_or_default();
    match field {
        "position" => p.position.id().into(),
        "one_shoulder" => flag(p.one_shoulder),
        "years" => p.years.to_string(),
        "education" => p.education.id().into(),
        "certificate" => p.certificate.id().into(),
        "assessment" => p.assessment.id().into(),
        "stars" => opt(p.stars),
        "rank_step" => opt(p.rank_step),
        "community_result" => p
            .community_result
            .map(CommunityResult::id)
            .unwrap_or("")
            .into(),
        "excellent_years" => p.excellent_years.to_string(),
        "uncounted_years" => p.uncounted_years.to_string(),
        "degree_in_service" => flag(p.degree_in_service),
        "probation" => flag(p.probation),
        _ => String::new(),
    }
}

/// A field's value as the user reads it (the print sheet).
pub fn display(lang: Lang, p: &Profile, field: &str) -> String {
    let s = lang.strings();
    let value = current(p, field);
    match kind(lang, field) {
        Kind::Select(options) => options
            .into_iter()
            .find(|(v, _)| *v == value)
            .map(|(_, text)| text)
            .unwrap_or_default(),
        Kind::Number(..) => value,
        Kind::Check => if value == "1" { s.yes } else { s.no }.into(),
    }
}

/// Whether the form shows a field: 一肩挑 for heads; a district's own inputs for that district,
/// or in the comparison for any district that uses them.
pub fn shown(s: &AppState, field: &str, input: Option<Input>) -> bool {
    if field == "one_shoulder" {
        return s.profile.position == Position::Head;
    }
    match input {
        None => true,
        Some(i) if s.view == View::Compare => policy::all().iter().any(|p| p.uses(i)),
        Some(i) => policy::find(s.policy).is_some_and(|p| p.uses(i)),
    }
}

/// What the district select shows of a policy: its name and how much it publishes (its
/// summary up to the colon).
fn district_choice(lang: Lang, p: &Policy) -> String {
    let summary = lang.text(&p.summary);
    let short = summary.split(['：', ':']).next().unwrap_or(summary);
    let s = lang.strings();
    format!("{}{}", lang.text(&p.name), s.paren.subst("{}", short))
}

/// The form for this state, in one language.
pub fn html(lang: Lang, st: &AppState) -> String {
    let s = lang.strings();
    let mut h = Html::default();
    h.open("div", "form")
        .tag("div", &[("class", "field"), ("id", "w-policy")]);
    h.tag("label", &[("for", "f-policy")])
        .text(s.district)
        .end("label");
    h.tag(
        "select",
        &[("id", "f-policy"), ("aria-describedby", "f-policy-hint")],
    );
    for p in policy::all() {
        let selected = if p.id == st.policy { "selected" } else { "" };
        h.tag("option", &[("value", p.id), (selected, "")]);
        h.text(&district_choice(lang, p)).end("option");
    }
    h.end("select")
        .tag("p", &[("class", "hint"), ("id", "f-policy-hint")]);
    h.text(policy::find(st.policy).map_or("", |p| lang.text(&p.summary)));
    h.end("p").end("div");
    for (field, input) in FIELDS {
        if input.is_some() {
            continue;
        }
        field_html(&mut h, lang, st, field, input);
    }
    let any = FIELDS.iter().any(|(f, i)| i.is_some() && shown(st, f, *i));
    h.tag(
        "fieldset",
        &[
            ("class", "specific"),
            ("id", "specific"),
            (if any { "" } else { "hidden" }, ""),
        ],
    );
    h.open("legend", "")
        .leaf("span", "only-estimate", s.specific_heading);
    h.leaf("span", "only-compare", s.specific_heading_compare)
        .end("legend");
    for (field, input) in FIELDS {
        if input.is_some() {
            field_html(&mut h, lang, st, field, input);
        }
    }
    h.end("fieldset").end("div");
    h.finish()
}

/// One input with its label and its (empty) error line; for 工作年限 the helper that works it
/// out from a start month.
fn field_html(h: &mut Html, lang: Lang, st: &AppState, field: &str, input: Option<Input>) {
    let s = lang.strings();
    let id = format!("f-{field}");
    let wrapper = format!("w-{field}");
    let err = format!("e-{field}");
    let value = current(&st.profile, field);
    let check = is_check(field);
    let hidden = if shown(st, field, input) {
        ""
    } else {
        "hidden"
    };
    h.tag(
        "div",
        &[
            ("class", if check { "field check" } else { "field" }),
            ("id", &wrapper),
            (hidden, ""),
        ],
    );
    let label_html = |h: &mut Html| {
        h.tag("label", &[("for", &id)]).text(label(lang, field));
        if let Some(i) = input {
            let names: Vec<&str> = policy::all()
                .iter()
                .filter(|p| p.uses(i))
                .map(|p| lang.text(&p.name))
                .collect();
            h.leaf(
                "span",
                "users",
                &s.used_by.subst("{}", &names.join(s.list_sep)),
            );
        }
        h.end("label");
    };
    match kind(lang, field) {
        Kind::Select(options) => {
            label_html(h);
            h.tag("select", &[("id", &id), ("aria-describedby", &err)]);
            for (v, text) in options {
                h.tag(
                    "option",
                    &[("value", v), (if v == value { "selected" } else { "" }, "")],
                );
                h.text(&text).end("option");
            }
            h.end("select");
        }
        Kind::Number(min, max) => {
            label_html(h);
            let (min, max) = (min.to_string(), max.to_string());
            h.tag(
                "input",
                &[
                    ("type", "number"),
                    ("id", &id),
                    ("inputmode", "numeric"),
                    ("min", &min),
                    ("max", &max),
                    ("step", "1"),
                    ("value", &value),
                    ("aria-describedby", &err),
                ],
            );
        }
        Kind::Check => {
            h.tag(
                "input",
                &[
                    ("type", "checkbox"),
                    ("id", &id),
                    ("aria-describedby", &err),
                    (if value == "1" { "checked" } else { "" }, ""),
                ],
            );
            label_html(h);
        }
    }
    h.tag(
        "p",
        &[("class", "field-error"), ("id", &err), ("hidden", "")],
    )
    .end("p");
    if field == "years" {
        let (y, m, _) = browser::today();
        let this_month = format!("{y}-{}{m}", if m < 10 { "0" } else { "" });
        h.open("details", "helper")
            .leaf("summary", "", s.years_helper);
        h.tag("label", &[("for", "f-start")])
            .text(s.start_month)
            .end("label");
        h.tag(
            "input",
            &[
                ("type", "month"),
                ("id", "f-start"),
                ("max", &this_month),
                ("aria-describedby", "f-start-result"),
            ],
        );
        h.tag(
            "p",
            &[
                ("class", "hint"),
                ("id", "f-start-result"),
                ("role", "status"),
            ],
        );
        h.end("p").end("details");
    }
    h.end("div");
}

/// Whole years from a start month ("2015-09") to this month: the text to show, and the years
/// when they could be worked out.
pub fn years_from_month(lang: Lang, value: &str) -> (String, Option<u32>) {
    let s = lang.strings();
    let parsed = value.split_once('-').and_then(|(y, m)| {
        let m = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
        Some((y.parse::<u32>().ok()?, m))
    });
    let Some((y, m)) = parsed else {
        return (s.month_invalid.into(), None);
    };
    let (ny, nm, _) = browser::today();
    match (ny * 12 + nm).checked_sub(y * 12 + m) {
        None => (s.month_future.into(), None),
        Some(months) => {
            let years = months / 12;
            (
                s.years_from_month.subst("{}", &years.to_string()),
                Some(years),
            )
        }
    }
}

/// Brings the form's DOM in line with the state: which fields show, their values (except those
/// the user is still correcting), and the error beside each input.
pub fn sync(lang: Lang, st: &AppState, errors: &[FieldError]) {
    SYNCED.with(|synced| {
        let mut synced = synced.borrow_mut();
        let synced = synced.get_or_insert_with(Synced::default);
        if synced.policy != Some(st.policy) {
            if let Some(select) = browser::element("f-policy") {
                browser::set_value(&select, st.policy);
            }
            // Texts are set only on a change: each one set again is laid out again.
            let hint = policy::find(st.policy).map_or("", |p| lang.text(&p.summary));
            browser::set_text("f-policy-hint", hint);
            synced.policy = Some(st.policy);
        }
        let mut any = false;
        for (i, &(field, input)) in FIELDS.iter().enumerate() {
            let shown = shown(st, field, input);
            any |= shown && input.is_some();
            let error = errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| lang.allowed(e));
            let now = (shown, current(&st.profile, field), error);
            if synced.fields[i].as_ref() == Some(&now) {
                continue;
            }
            let (shown, value, error) = &now;
            browser::set_hidden(&format!("w-{field}"), !*shown);
            if let Some(control) = browser::element(&format!("f-{field}")) {
                if error.is_none() {
                    if is_check(field) {
                        browser::set_checked(&control, value == "1");
                    } else {
                        browser::set_value(&control, value);
                    }
                }
                let _ = match error {
                    Some(_) => control.set_attribute("aria-invalid", "true"),
                    None => control.remove_attribute("aria-invalid"),
                };
            }
            let line = format!("e-{field}");
            browser::set_text(&line, error.as_deref().unwrap_or_default());
            browser::set_hidden(&line, error.is_none());
            synced.fields[i] = Some(now);
        }
        if synced.specific != Some(any) {
            browser::set_hidden("specific", !any);
            synced.specific = Some(any);
        }
    });
}

/// What `sync` last brought into the form, per field (shown, value, error), so that a keystroke
/// touches only the inputs it changed: each DOM read and write costs a call out of wasm. A value
/// typed is in the DOM before it is in the state, so it is never written back.
#[derive(Default)]
struct Synced {
    policy: Option<&'static str>,
    fields: [Option<(bool, String, Option<String>)>; FIELDS.len()],
    specific: Option<bool>,
}

thread_local! {
    static SYNCED: std::cell::RefCell<Option<Synced>> = const { std::cell::RefCell::new(None) };
}

/// The form was drawn anew: `sync` brings every input in line again.
pub fn drawn() {
    SYNCED.with(|s| s.borrow_mut().take());
}
