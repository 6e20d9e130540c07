//! `PrintSheet`: the head of the printed 测算单 — title, date and the details the estimate used.
//! Shown in print only (app.css); the figures, sources and disclaimer below it print as shown.

use super::{browser, form, sources, App};
use leptos::prelude::*;
use shequ_pay::policy::Policy;

#[component]
pub fn PrintSheet(policy: Option<&'static Policy>) -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let inputs = move || {
        let lang = lang.get();
        let s = lang.strings();
        app.state.with(|st| {
            let mut items = Vec::new();
            if let Some(p) = policy {
                items.push((s.district, lang.text(&p.name).to_string()));
            }
            for (field, input) in form::FIELDS {
                if form::shown(st, field, input) {
                    items.push((form::label(lang, field), form::display(lang, st, field)));
                }
            }
            items
                .into_iter()
                .map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> })
                .collect_view()
        })
    };
    let date = move || {
        let lang = lang.get();
        let s = lang.strings();
        let (y, m, d) = browser::today();
        format!("{}{}{}", s.print_date, s.colon, sources::ymd(lang, y, m, d))
    };
    view! {
        <div class="print-only print-sheet">
            <p class="print-title">{move || lang.get().strings().print_title}</p>
            <p>{date}</p>
            <p class="print-subtitle">{move || lang.get().strings().inputs_heading}</p>
            <dl class="print-inputs">{inputs}</dl>
        </div>
    }
}
