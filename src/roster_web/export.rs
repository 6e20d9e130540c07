//! `ExportBar`: 导出 Excel and 导出 CSV of the computed roster, made in the page by the CLI's
//! export (`roster::export`) and downloaded from memory, and print.

use super::{browser, Page};
use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::roster::export;

#[component]
pub fn ExportBar() -> impl IntoView {
    let page = Page::get();
    let lang = page.lang;
    let w = move || lang.get().roster_page();
    let failed = RwSignal::new(None::<String>);
    let name = move |ext: &str| {
        let (y, m) = page.as_of.get_untracked();
        format!(
            "{}-{y:04}-{m:02}.{ext}",
            lang.get_untracked().roster_page().export_file
        )
    };
    let xlsx = move |_| {
        let lang = lang.get_untracked();
        page.roster.with_untracked(|r| {
            if let Some(Ok(r)) = r.as_deref() {
                match export::xlsx(lang, r) {
                    Ok(bytes) => {
                        failed.set(None);
                        browser::download(&bytes, &name("xlsx"), browser::XLSX);
                    }
                    Err(e) => failed.set(Some(e.to_string())),
                }
            }
        });
    };
    let csv = move |_| {
        let lang = lang.get_untracked();
        page.roster.with_untracked(|r| {
            if let Some(Ok(r)) = r.as_deref() {
                browser::download(&export::csv(lang, r), &name("csv"), browser::CSV);
            }
        });
    };
    view! {
        <section class="block export no-print" aria-labelledby="export-h">
            <h3 id="export-h">{move || w().export_heading}</h3>
            <p class="buttons">
                <button type="button" id="export-xlsx" on:click=xlsx>{move || w().export_xlsx}</button>
                <button type="button" id="export-csv" on:click=csv>{move || w().export_csv}</button>
                <button type="button" id="print-results" on:click=move |_| browser::print()>{move || w().print}</button>
            </p>
            <p class="hint">{move || w().export_hint}</p>
            <p class="field-error" role="alert">
                {move || failed.get().map(|e| w().export_failed.subst("{}", &e))}
            </p>
        </section>
    }
}
