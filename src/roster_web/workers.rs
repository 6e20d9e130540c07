//! `WorkersTable`: every computed worker, a page at a time (10,000 rows would take the browser
//! seconds to lay out; a page of 50 takes milliseconds), each with the single estimate's figures
//! and words, and its `Explanation` drawn only when asked for; with 到手（估算） on, each worker's
//! year of take-home pay (issue 17) as the estimator words it.

use super::Page;
use leptos::prelude::*;
use shequ_pay::estimate::document;
use shequ_pay::explain::Step;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::policy::Policy;
use shequ_pay::roster::{Column, Worker};

/// Workers per page.
pub const PAGE_SIZE: usize = 50;

#[component]
pub fn WorkersTable() -> impl IntoView {
    let page = Page::get();
    let lang = page.lang;
    let count = move || {
        page.roster.with(|r| {
            r.as_deref()
                .and_then(|r| r.as_ref().ok())
                .map_or(0, |r| r.workers.len())
        })
    };
    let pages = move || count().div_ceil(PAGE_SIZE).max(1);
    let net = move || {
        page.roster.with(|r| {
            r.as_deref()
                .is_some_and(|r| r.as_ref().is_ok_and(|r| r.take_home))
        })
    };
    let body = move || {
        let lang = lang.get();
        let first = page.page_no.get() * PAGE_SIZE;
        let open = page.open.get();
        page.roster.with(|r| {
            let Some(Ok(r)) = r.as_deref() else {
                return Vec::new();
            };
            r.workers
                .iter()
                .enumerate()
                .skip(first)
                .take(PAGE_SIZE)
                .map(|(i, worker)| row(lang, page, i, worker, open.contains(&i)))
                .collect::<Vec<_>>()
        })
    };
    let w = move || lang.get().roster_page();
    let position = move || {
        let n = count();
        let from = (page.page_no.get() * PAGE_SIZE + 1).min(n);
        let to = ((page.page_no.get() + 1) * PAGE_SIZE).min(n);
        w().page_of
            .subst("{page}", &(page.page_no.get() + 1).to_string())
            .subst("{pages}", &pages().to_string())
            .subst("{from}", &from.to_string())
            .subst("{to}", &to.to_string())
            .subst("{n}", &n.to_string())
    };
    let go = move |delta: isize| {
        let next = page.page_no.get_untracked().saturating_add_signed(delta);
        if next < pages() {
            page.page_no.set(next);
            page.open.set(Vec::new());
        }
    };
    let head = move || {
        let lang = lang.get();
        let s = lang.strings();
        let rw = lang.roster_words();
        [
            (rw.col_row, true),
            (lang.column(Column::Name), false),
            (rw.col_district, false),
            (s.field_position, false),
            (lang.column(Column::Years), true),
            (rw.col_level, true),
            (rw.col_base, true),
            (rw.col_certificate, true),
            (rw.col_performance, true),
            (rw.col_total, true),
        ]
        .into_iter()
        .chain(net().then_some((rw.col_net, true)))
        .chain([
            (rw.col_next_year_level, true),
            (rw.col_next_year_total, true),
            (rw.col_explanation, false),
        ])
        .map(|(label, num)| view! { <th scope="col" class:num=num>{label}</th> })
        .collect_view()
    };
    view! {
        <section class="block workers" aria-labelledby="workers-h">
            <h3 id="workers-h">{move || format!("{}（{}）", w().workers_heading, count())}</h3>
            <div class="table-scroll">
                <table class="workers-table" id="workers">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <nav class="pager no-print" aria-label=move || w().pages_label>
                <button type="button" id="prev-page" on:click=move |_| go(-1)
                    disabled=move || { page.page_no.get() == 0 }>
                    {move || w().prev}
                </button>
                <span id="page-of" aria-live="polite">{position}</span>
                <button type="button" id="next-page" on:click=move |_| go(1)
                    disabled=move || { page.page_no.get() + 1 >= pages() }>
                    {move || w().next}
                </button>
            </nav>
        </section>
    }
}

/// One worker's row, and its explanation below it when open.
fn row(lang: Lang, page: Page, index: usize, worker: &Worker, open: bool) -> impl IntoView {
    let e = &worker.estimate;
    let n = &worker.next_year;
    let w = lang.roster_page();
    let figure = |f: shequ_pay::estimate::Figure| lang.cell(f.amount, f.lower_bound);
    let toggle = move |_| {
        page.open.update(|v| {
            if let Some(at) = v.iter().position(|i| *i == index) {
                v.remove(at);
            } else {
                v.push(index);
            }
        })
    };
    let id = format!("explain-{}", worker.row);
    let explanation = open.then(|| {
        view! {
            <tr class="explain-row">
                <td colspan=if worker.take_home.is_some() { "14" } else { "13" } id=id.clone()>{explanation(lang, worker)}</td>
            </tr>
        }
    });
    view! {
        <tr data-row=worker.row>
            <td class="num">{worker.row}</td>
            <td>{worker.name.clone()}</td>
            <td>{lang.text(&e.policy.name)}</td>
            <td class="pos">{lang.position_in(e.policy, e.profile.position)}</td>
            <td class="num">{e.profile.years}</td>
            <td class="num">{lang.level(e).1}</td>
            <td class="num">{figure(e.base_pay_monthly)}</td>
            <td class="num">{figure(e.certificate_allowance_monthly)}</td>
            <td class="num">{figure(e.performance_annual)}</td>
            <td class="num total">{lang.cell(e.annual_total, e.annual_total_lower_bound())}</td>
            {worker.take_home.as_ref().map(|t| view! { <td class="num net" data-col="net">{lang.net_result_cell(t)}</td> })}
            <td class="num">{lang.level(n).1}</td>
            <td class="num">{lang.cell(n.annual_total, n.annual_total_lower_bound())}</td>
            <td class="no-print">
                <button type="button" class="explain-button" aria-expanded=open.to_string()
                    aria-controls=open.then(|| id.clone()) on:click=toggle>
                    {if open { w.explain_hide } else { w.explain }}
                </button>
                {(!worker.notes.is_empty()).then(|| {
                    let notes = lang.roster_words().notes;
                    view! { <span class="note-mark" role="img" aria-label=notes title=notes>"！"</span> }
                })}
            </td>
        </tr>
        {explanation}
    }
}

/// The single estimate's explanation: its steps, each with the clause and words of its document
/// (our readings marked as such), what is unpublished, and the row's notes.
fn explanation(lang: Lang, worker: &Worker) -> impl IntoView {
    let e = &worker.estimate;
    let s = lang.strings();
    let steps = e
        .steps
        .iter()
        .map(|step| view! { <li>{step_view(lang, e.policy, step)}</li> })
        .collect_view();
    let unpublished = lang.unpublished_names(e).map(
        |names| view! { <p class="hint">{format!("{}{}{names}", s.unpublished, s.colon)}</p> },
    );
    let notes = worker
        .notes
        .iter()
        .map(|n| view! { <p class="hint note">{lang.row_note(e.policy, worker.row, n)}</p> })
        .collect_view();
    view! {
        <div class="explanation">
            {notes}
            <ol class="steps">{steps}</ol>
            {unpublished}
        </div>
    }
}

fn step_view(lang: Lang, policy: &Policy, step: &Step) -> impl IntoView {
    let w = lang.roster_page();
    let cite = step.source.map(|src| {
        let doc = document(policy, src);
        let title = match doc.number {
            Some(n) => format!("《{}》（{n}） {}", doc.title, src.clause),
            None => format!("《{}》 {}", doc.title, src.clause),
        };
        let reading = src.interpretation.as_ref().map(|r| {
            view! { <p class="reading"><span class="badge interp">{w.interpretation}</span>" "{lang.text(r)}</p> }
        });
        view! {
            <p class="cite">{w.source}{lang.strings().colon}<span lang="zh-CN">{title}</span></p>
            <blockquote lang="zh-CN">{format!("“{}”", src.quote)}</blockquote>
            {src.is_assembled().then(|| view! { <p><span class="badge">{w.assembled}</span></p> })}
            {reading}
        }
    });
    view! {
        <p class="step">{lang.step(step)}</p>
        {cite}
    }
}
