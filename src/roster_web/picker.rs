//! `RosterPicker`: the file, the district for rows without a 地区, the as-of month. `Templates`:
//! the blank template to fill in, as Excel or CSV, made in the page.

use super::{browser, Page};
use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::policy;
use shequ_pay::roster::export;
use wasm_bindgen::JsCast;

#[component]
pub fn RosterPicker() -> impl IntoView {
    let page = Page::get();
    let lang = page.lang;
    let w = move || lang.get().roster_page();
    let choose = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
            page.choose(file);
        }
    };
    let options = move || {
        let lang = lang.get();
        policy::all()
            .iter()
            .map(|p| {
                view! {
                    <option value=p.id selected=move || page.policy.get() == p.id>
                        {lang.text(&p.name)}
                    </option>
                }
            })
            .collect_view()
    };
    let as_of_text = move || {
        let (y, m) = page.as_of.get();
        format!("{y:04}-{m:02}")
    };
    // A month input gives "" while it is being typed or cleared: the error says so, and the
    // roster keeps the last good month.
    let as_of_error = RwSignal::new(None::<String>);
    let set_as_of = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        match browser::month(&value) {
            Some(month) => {
                as_of_error.set(None);
                page.set_as_of(month);
            }
            None => as_of_error.set(Some(value)),
        }
    };
    view! {
        <div class="picker">
            <div class="field">
                <label for="f-file">{move || w().file_label}</label>
                <input type="file" id="f-file" aria-describedby="f-file-hint"
                    accept=".xlsx,.xlsm,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                    on:change=choose/>
                <p class="hint" id="f-file-hint">{move || w().file_hint}</p>
            </div>
            <div class="field">
                <label for="f-policy">{move || w().district_label}</label>
                <select id="f-policy" aria-describedby="f-policy-hint"
                    prop:value=move || page.policy.get()
                    on:change=move |ev| page.set_policy(&event_target_value(&ev))>
                    {options}
                </select>
                <p class="hint" id="f-policy-hint">{move || w().district_hint}</p>
            </div>
            <div class="field">
                <label for="f-as-of">{move || w().as_of_label}</label>
                <input type="month" id="f-as-of" aria-describedby="f-as-of-hint f-as-of-error"
                    min="1950-01" max="9999-12"
                    aria-invalid=move || as_of_error.with(Option::is_some).then_some("true")
                    prop:value=as_of_text
                    on:change=set_as_of/>
                <p class="hint" id="f-as-of-hint">{move || w().as_of_hint}</p>
                <p class="field-error" id="f-as-of-error">
                    {move || as_of_error.get().map(|v| w().as_of_bad.subst("{}", &v))}
                </p>
            </div>
        </div>
    }
}

#[component]
pub fn Templates() -> impl IntoView {
    let lang = Page::get().lang;
    let w = move || lang.get().roster_page();
    let xlsx = move |_| {
        let lang = lang.get_untracked();
        // The template's workbook is fixed words: it cannot fail but by a bug in the writer.
        if let Ok(bytes) = export::template_xlsx(lang) {
            let name = format!("{}.xlsx", lang.roster_page().template_file);
            browser::download(&bytes, &name, browser::XLSX);
        }
    };
    let csv = move |_| {
        let lang = lang.get_untracked();
        let name = format!("{}.csv", lang.roster_page().template_file);
        browser::download(&export::template_csv(lang), &name, browser::CSV);
    };
    view! {
        <div class="templates no-print">
            <h3>{move || w().template_heading}</h3>
            <p class="hint">{move || w().template_hint}</p>
            <p class="buttons">
                <button type="button" id="template-xlsx" on:click=xlsx>{move || w().template_xlsx}</button>
                <button type="button" id="template-csv" on:click=csv>{move || w().template_csv}</button>
            </p>
        </div>
    }
}
