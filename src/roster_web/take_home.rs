//! `TakeHomeInputs`: the switch 到手（估算） and, when on, the contribution inputs for the whole
//! roster (issue 17): one set for everyone, each left blank taking each worker's district default
//! in the engine, as in the single estimate. Values are parsed by `query::set_contribution`, the
//! estimator's and the CLI's parser; a bad one is named beside its input and the roster keeps
//! the last good set.

use super::Page;
use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::national::RULES;
use shequ_pay::query::{self, FieldError};
use shequ_pay::take_home::{Field, Origin};

/// What an input left blank means: (placeholder, hint). The rates the nation sets are the same
/// for every worker and shown as their value; the base and the housing fund differ by district.
fn default_words(lang: Lang, field: Field) -> (String, String) {
    let w = lang.roster_page();
    let uniform = |percent: rust_decimal::Decimal, origin: Origin| {
        (
            percent.normalize().to_string(),
            lang.take_home_origin(origin).to_string(),
        )
    };
    match field {
        Field::InsuranceBase => (w.net_placeholder.into(), w.net_default_base.into()),
        Field::PensionRate => uniform(RULES.pension.percent, Origin::National),
        Field::MedicalRate => uniform(RULES.medical.percent, Origin::National),
        Field::UnemploymentRate => uniform(RULES.unemployment.percent, Origin::SetLocally),
        Field::HousingFundRate => (
            w.net_placeholder.into(),
            w.net_default_housing_fund.subst(
                "{}",
                &RULES.housing_fund_floor.percent.normalize().to_string(),
            ),
        ),
        Field::SpecialDeductions => (
            "0".into(),
            lang.take_home_origin(Origin::NoneClaimed).into(),
        ),
    }
}

#[component]
pub fn TakeHomeInputs() -> impl IntoView {
    let page = Page::get();
    let lang = page.lang;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let th = move || lang.get().take_home_words();
    let set = move |field: Field, value: String| {
        let mut next = page.contributions.get_untracked();
        let parsed = if value.trim().is_empty() {
            *next.slot(field) = None;
            Ok(())
        } else {
            query::set_contribution(&mut next, field, &value)
        };
        errors.update(|v| v.retain(|e| e.field != field.id()));
        match parsed {
            Ok(()) => page.set_contributions(next),
            Err(e) => errors.update(|v| v.push(e)),
        }
    };
    let inputs = move || {
        Field::ALL
            .iter()
            .map(|&field| {
                let id = format!("f-{}", field.id());
                let hint = format!("h-{}", field.id());
                let err = format!("e-{}", field.id());
                let error = move || {
                    let lang = lang.get();
                    errors.with(|v| {
                        v.iter()
                            .find(|e| e.field == field.id())
                            .map(|e| lang.allowed(e))
                    })
                };
                let words = move || default_words(lang.get(), field);
                view! {
                    <div class="field">
                        <label for=id.clone()>{move || lang.get().take_home_input(field)}</label>
                        <input type="text" inputmode="decimal" id=id
                            aria-describedby=format!("{hint} {err}")
                            placeholder=move || words().0
                            aria-invalid=move || error().is_some().then_some("true")
                            on:change=move |ev| set(field, event_target_value(&ev))/>
                        <p class="hint" id=hint>{move || words().1}</p>
                        <p class="field-error" id=err>{move || error().unwrap_or_default()}</p>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="take-home">
            <div class="field check">
                <input type="checkbox" id="f-take_home" prop:checked=move || page.take_home.get()
                    on:change=move |ev| page.set_take_home(event_target_checked(&ev))/>
                " "
                <label for="f-take_home">{move || th().heading}</label>
            </div>
            <Show when=move || page.take_home.get()>
                <fieldset class="contributions">
                    <legend>{move || th().inputs_heading}</legend>
                    <p class="hint">{move || lang.get().roster_page().net_hint}</p>
                    {inputs}
                </fieldset>
            </Show>
        </div>
    }
}
