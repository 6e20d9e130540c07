//! `ProfileForm`: the district and the worker's details. Every input is one profile field and is
//! set through `query::set`, the same parser as the URL's, so a value means the same typed here
//! or linked. Inputs only some districts use appear for those districts (`Policy::uses`).

use super::{browser, App};
use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::ids::{
    Assessment, Certificate, CommunityResult, Education, Input, Key, Position, MAX_YEARS,
};
use shequ_pay::policy;
use shequ_pay::profile::{years_since, Profile, YearsSince};
use shequ_pay::query::{AppState, View};

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

/// What kind of input a field is, with its choices in this language; positions in the words of
/// the district (`None`: the shared names, for the comparison).
pub fn kind_in(lang: Lang, field: &str, policy: Option<&policy::Policy>) -> Kind {
    match (field, policy) {
        ("position", Some(p)) => choices(Position::ALL, Position::id, |v| lang.position_in(p, v)),
        _ => kind(lang, field),
    }
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
        "view" => s.embed_view,
        "lang" => s.embed_lang,
        "elder" => s.elder_mode,
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
        "rank_step" => p.rank_step.id().unwrap_or_default(),
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

/// A field's value as the user reads it (the print sheet, the URL notice); "" for a field that
/// is not the profile's.
pub fn display(lang: Lang, st: &AppState, field: &str) -> String {
    let s = lang.strings();
    match field {
        "policy" => {
            return policy::find(st.policy).map_or(String::new(), |p| lang.text(&p.name).into())
        }
        "view" => return label_of_view(lang, st.view).into(),
        // Each language by its own name: the other language's switch.
        "lang" => return super::other(st.lang).strings().lang_switch.into(),
        "elder" | "embed" => {
            let on = if field == "elder" { st.elder } else { st.embed };
            return if on { s.yes } else { s.no }.into();
        }
        _ => {}
    }
    let value = current(&st.profile, field);
    let policy = (st.view != View::Compare)
        .then(|| policy::find(st.policy))
        .flatten();
    match kind_in(lang, field, policy) {
        Kind::Select(options) => options
            .into_iter()
            .find(|(v, _)| *v == value)
            .map(|(_, text)| text)
            .unwrap_or_default(),
        Kind::Number(..) => value,
        Kind::Check if FIELDS.iter().any(|(f, _)| *f == field) => {
            if value == "1" { s.yes } else { s.no }.into()
        }
        Kind::Check => String::new(),
    }
}

fn label_of_view(lang: Lang, view: View) -> &'static str {
    let s = lang.strings();
    match view {
        View::Estimate => s.nav_estimate,
        View::Career => s.nav_career,
        View::Compare => s.nav_compare,
        View::Embed => s.nav_embed,
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

/// What the district select shows of a policy: its name and how much it publishes.
fn district_choice(lang: Lang, p: &policy::Policy) -> String {
    let s = lang.strings();
    format!(
        "{}{}",
        lang.text(&p.name),
        s.paren.subst("{}", lang.completeness(p))
    )
}

#[component]
pub fn ProfileForm() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let s = move || lang.get().strings();
    let locked = app.state.with_untracked(|s| s.locked);
    let policy_id = Memo::new(move |_| app.state.with(|s| s.policy));
    let options = move || {
        let lang = lang.get();
        policy::all()
            .iter()
            .map(|p| {
                view! {
                    <option value=p.id selected=move || policy_id.get() == p.id>
                        {district_choice(lang, p)}
                    </option>
                }
            })
            .collect_view()
    };
    let general = FIELDS
        .iter()
        .filter(|(_, input)| input.is_none())
        .map(|&(field, input)| view! { <Field field input/> })
        .collect_view();
    let specific = FIELDS
        .iter()
        .filter(|(_, input)| input.is_some())
        .map(|&(field, input)| view! { <Field field input/> })
        .collect_view();
    let any_specific = move || {
        app.state
            .with(|st| FIELDS.iter().any(|(f, i)| i.is_some() && shown(st, f, *i)))
    };
    view! {
        <div class="form">
            <div class="field" id="w-policy" hidden=locked>
                <label for="f-policy">{move || s().district}</label>
                <select id="f-policy" aria-describedby="f-policy-hint"
                    prop:value=move || policy_id.get()
                    on:change=move |ev| app.set_policy(&event_target_value(&ev))>
                    {options}
                </select>
                <p class="hint" id="f-policy-hint">
                    {move || policy::find(policy_id.get()).map_or("", |p| lang.get().text(&p.summary))}
                </p>
            </div>
            {general}
            <fieldset class="specific" id="specific" hidden=move || !any_specific()>
                <legend>
                    <span class="only-estimate">{move || s().specific_heading}</span>
                    <span class="only-compare">{move || s().specific_heading_compare}</span>
                </legend>
                {specific}
            </fieldset>
        </div>
    }
}

/// One input with its label and its error line; for 工作年限 the helper that works it out from a
/// start month.
#[component]
fn Field(field: &'static str, input: Option<Input>) -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let id = format!("f-{field}");
    let err = format!("e-{field}");
    let is_shown = move || app.state.with(|st| shown(st, field, input));
    let value = Memo::new(move |_| app.state.with(|st| current(&st.profile, field)));
    let error = Memo::new(move |_| {
        let lang = lang.get();
        app.input_errors
            .with(|v| v.iter().find(|e| e.field == field).map(|e| lang.allowed(e)))
    });
    let invalid = move || error.with(Option::is_some).then_some("true");
    let label_text = move || {
        let lang = lang.get();
        let s = lang.strings();
        let users = input.map(|i| {
            let names: Vec<&str> = policy::all()
                .iter()
                .filter(|p| p.uses(i))
                .map(|p| lang.text(&p.name))
                .collect();
            s.used_by.subst("{}", &names.join(s.list_sep))
        });
        (
            label(lang, field),
            users.map(|u| view! { <span class="users">{u}</span> }),
        )
    };
    let label_view = {
        let id = id.clone();
        move || view! { <label for=id.clone()>{label_text}</label> }
    };
    let control = match kind(lang.get_untracked(), field) {
        Kind::Select(_) => {
            // The district's own words for its positions; the shared ones in the comparison.
            let policy = Memo::new(move |_| {
                app.state
                    .with(|st| (st.view != View::Compare).then_some(st.policy))
            });
            let options = move || {
                match kind_in(lang.get(), field, policy.get().and_then(policy::find)) {
                Kind::Select(options) => options
                    .into_iter()
                    .map(|(v, text)| {
                        view! { <option value=v selected=move || value.with(|x| x == v)>{text}</option> }
                    })
                    .collect_view(),
                _ => Vec::new().collect_view(),
            }
            };
            view! {
                {label_view.clone()}
                <select id=id.clone() aria-describedby=err.clone() aria-invalid=invalid
                    prop:value=move || value.get()
                    on:change=move |ev| app.set_field(field, event_target_value(&ev))>
                    {options}
                </select>
            }
            .into_any()
        }
        Kind::Number(min, max) => view! {
            {label_view.clone()}
            <input type="number" id=id.clone() inputmode="numeric" min=min max=max step="1"
                aria-describedby=err.clone() aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| app.set_field(field, event_target_value(&ev))/>
        }
        .into_any(),
        Kind::Check => view! {
            <input type="checkbox" id=id.clone() aria-describedby=err.clone() aria-invalid=invalid
                prop:checked=move || value.with(|v| v == "1")
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    app.set_field(field, if on { "1" } else { "0" }.to_string())
                }/>
            {label_view.clone()}
        }
        .into_any(),
    };
    let class = if matches!(kind(Lang::Zh, field), Kind::Check) {
        "field check"
    } else {
        "field"
    };
    view! {
        <div class=class id=format!("w-{field}") hidden=move || !is_shown()>
            {control}
            <p class="field-error" id=err.clone() hidden=move || error.with(Option::is_none)>
                {move || error.get().unwrap_or_default()}
            </p>
            {(field == "position").then(PositionNote)}
            {(field == "years").then(YearsHelper)}
        </div>
    }
}

/// Where the district has no such position: how the estimate treats it, and why.
#[component]
fn PositionNote() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let note = move || {
        app.state.with(|st| {
            let p = policy::find(st.policy).filter(|_| st.view != View::Compare)?;
            p.position(st.profile.position)
                .absent
                .as_ref()
                .map(|t| lang.get().text(t))
        })
    };
    move || note().map(|t| view! { <p class="hint" id="position-note">{t}</p> })
}

/// Whole years from a start month, filled into 工作年限.
#[component]
fn YearsHelper() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let s = move || lang.get().strings();
    let result = RwSignal::new(None::<YearsSince>);
    let (y, m, _) = browser::today();
    let this_month = format!("{y}-{m:02}");
    let pick = move |ev: leptos::ev::Event| {
        let since = years_since(&event_target_value(&ev), (y, m));
        if let YearsSince::Years(n) = since {
            app.set_field("years", n.to_string());
        }
        result.set(Some(since));
    };
    view! {
        <details class="helper">
            <summary>{move || s().years_helper}</summary>
            <label for="f-start">{move || s().start_month}</label>
            <input type="month" id="f-start" max=this_month aria-describedby="f-start-result"
                on:input=pick/>
            <p class="hint" id="f-start-result" role="status">
                {move || result.get().map(|r| lang.get().years_since(r))}
            </p>
        </details>
    }
}
