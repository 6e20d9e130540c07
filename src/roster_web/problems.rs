//! `Problems`: the rows that could not be used (row, column, value, reason), the notes on rows
//! computed anyway (a value in a column the district does not use, a position word read in the
//! district's sense), and the columns the page did not recognise. Never silently dropped.

use super::Page;
use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::roster::Roster;

/// How many row errors are listed on the page (the export has them all).
const ERRORS_SHOWN: usize = 200;

#[component]
pub fn Problems() -> impl IntoView {
    Page::get().draw(problems)
}

fn problems(lang: Lang, r: &Roster) -> impl IntoView {
    let w = lang.roster_page();
    let rw = lang.roster_words();
    let rows = r
        .errors
        .iter()
        .take(ERRORS_SHOWN)
        .map(|e| {
            view! {
                <tr>
                    <td class="num">{e.row}</td>
                    <td>{e.column.map(|c| lang.column(c))}</td>
                    <td class="value">{e.value.clone()}</td>
                    <td>{lang.row_error(e)}</td>
                </tr>
            }
        })
        .collect_view();
    let more = (r.errors.len() > ERRORS_SHOWN).then(|| {
        w.shown_of
            .subst("{shown}", &ERRORS_SHOWN.to_string())
            .subst("{n}", &r.errors.len().to_string())
    });
    let errors = if r.errors.is_empty() {
        view! { <p class="ok" id="no-errors">{w.problems_none}</p> }.into_any()
    } else {
        view! {
            <table class="errors" id="errors">
                <thead>
                    <tr>
                        <th scope="col" class="num">{rw.col_row}</th>
                        <th scope="col">{rw.column}</th>
                        <th scope="col">{rw.value}</th>
                        <th scope="col">{rw.reason}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {more.map(|m| view! { <p class="hint">{m}</p> })}
        }
        .into_any()
    };
    let notes = (!r.notes.is_empty()).then(|| {
        let items = r
            .notes
            .iter()
            .map(|n| view! { <li>{lang.note(n)}</li> })
            .collect_view();
        view! {
            <h4>{rw.notes}</h4>
            <ul class="notes" id="notes">{items}</ul>
        }
    });
    let ignored = (!r.ignored_columns.is_empty()).then(|| {
        view! {
            <p class="hint" id="ignored">
                {format!("{}{}{}", rw.ignored_columns, lang.strings().colon, r.ignored_columns.join(rw.sep))}
            </p>
        }
    });
    view! {
        <section class="block problems" aria-labelledby="problems-h">
            <h3 id="problems-h">{format!("{}（{}）", w.problems_heading, r.errors.len())}</h3>
            {errors}
            {notes}
            {ignored}
        </section>
    }
}
