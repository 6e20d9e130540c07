//! `CompareTable`: the same worker through every district (`shequ_pay::compare`), one column
//! each, with what each does not publish. Scrolls sideways on a phone with its first column
//! fixed; a district's name links to its estimate.

use super::card::Problem;
use super::print::PrintSheet;
use super::sources::SourcesList;
use super::{browser, App};
use leptos::prelude::*;
use shequ_pay::estimate::Estimate;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::policy;
use shequ_pay::query::{to_query, View};
use shequ_pay::take_home::ContributionInputs;

/// The table's rows: (label, data key, the text of each district's cell); take-home pay beside
/// the annual total when the worker asked for it.
fn rows(
    lang: Lang,
    all: &[Estimate],
    take_home: Option<&ContributionInputs>,
) -> Vec<(String, &'static str, Vec<String>)> {
    let s = lang.strings();
    let paren = |text: &str| s.paren.subst("{}", text);
    let per = |label: &str, unit: &str| format!("{label}{}", paren(unit));
    let row = |label: String, key: &'static str, text: &dyn Fn(&Estimate) -> String| {
        (label, key, all.iter().map(text).collect())
    };
    let mut rows = vec![
        row(s.completeness.into(), "completeness", &|e| {
            lang.text(&e.policy.summary).into()
        }),
        row(format!("{} / {}", s.level, s.rank_step), "level", &|e| {
            let (_, value, note) = lang.level(e);
            if note.is_empty() {
                value
            } else {
                format!("{value}{}", paren(&note))
            }
        }),
        row(per(s.base_pay, s.per_month), "base_pay_monthly", &|e| {
            lang.figure(e.base_pay_monthly)
        }),
        row(
            per(s.certificate_allowance, s.per_month),
            "certificate",
            &|e| {
                let (label, key, value, note) = lang.certificate_figure(e);
                if key == "certificate_worth_monthly" {
                    format!("{label} {value}{}", paren(note))
                } else {
                    value
                }
            },
        ),
        row(s.performance.into(), "performance_annual", &|e| {
            lang.figure(e.performance_annual)
        }),
        row(s.annual_total.into(), "annual_total", &|e| lang.total(e)),
        row(s.pay_range.into(), "pay_range", &|e| {
            e.pay_range.map_or_else(
                || s.none_listed.into(),
                |r| lang.range_monthly(r.min, r.max),
            )
        }),
        row(s.unpublished_list.into(), "unpublished", &|e| {
            lang.unpublished_names(e)
                .unwrap_or_else(|| s.none_listed.into())
        }),
        row(s.employer_items.into(), "employer", &|e| {
            let items: Vec<String> = e
                .employer
                .iter()
                .map(|(item, v)| {
                    format!(
                        "{}{}{}",
                        lang.text(&item.name),
                        s.colon,
                        lang.employer_value(v)
                    )
                })
                .collect();
            if items.is_empty() {
                s.none_listed.into()
            } else {
                items.join("；")
            }
        }),
    ];
    if let Some(inputs) = take_home {
        let label = lang.take_home_words().net_annual.to_string();
        rows.insert(6, row(label, "net_annual", &|e| lang.net_cell(e, inputs)));
    }
    rows
}

/// The table's words, or why there are none.
type Words = Result<Vec<(String, &'static str, Vec<String>)>, &'static str>;

#[component]
pub fn CompareTable() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let inputs = Memo::new(move |_| {
        app.state.with(|s| {
            (
                s.profile.clone(),
                s.take_home.then(|| s.contributions.clone()),
            )
        })
    });
    // Every cell's words: the table changes only where they do.
    let table: Memo<Words> = Memo::new(move |_| {
        let lang = lang.get();
        inputs.with(|(p, take_home)| {
            shequ_pay::compare(p)
                .map(|all| rows(lang, &all, take_home.as_ref()))
                .map_err(|e| lang.profile_error(e))
        })
    });
    // The table is made anew when its rows change in number (take-home pay shown or not).
    let shape = Memo::new(move |_| table.with(|t| t.as_ref().map(Vec::len).map_err(|m| *m)));
    move || match shape.get() {
        Err(message) => view! { <Problem message=message.to_string()/> }.into_any(),
        Ok(_) => view! { <Table table/> }.into_any(),
    }
}

#[component]
fn Table(table: Memo<Words>) -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let ids: Vec<&'static str> = policy::all().iter().map(|p| p.id).collect();
    let s = move || lang.get().strings();
    let head = policy::all()
        .iter()
        .map(|p| {
            let href = move || {
                app.state.with(|st| {
                    let mut next = st.clone();
                    next.view = View::Estimate;
                    next.policy = p.id;
                    to_query(&next)
                })
            };
            let click = move |ev: leptos::ev::MouseEvent| {
                if browser::modified_click(&ev) {
                    return;
                }
                ev.prevent_default();
                app.show(View::Estimate, Some(p.id));
            };
            view! {
                <th scope="col" data-policy=p.id>
                    <a href=href data-show=p.id on:click=click>{move || lang.get().text(&p.name)}</a>
                    <span class="region">{move || lang.get().text(&p.region)}</span>
                </th>
            }
        })
        .collect_view();
    let count = table.with_untracked(|t| t.as_ref().map_or(0, Vec::len));
    let body = (0..count)
        .map(|r| {
            let label = move || {
                table.with(|t| {
                    t.as_ref()
                        .ok()
                        .and_then(|rows| rows.get(r))
                        .map(|row| row.0.clone())
                        .unwrap_or_default()
                })
            };
            let key = table.with_untracked(|t| {
                t.as_ref()
                    .ok()
                    .and_then(|rows| rows.get(r))
                    .map_or("", |row| row.1)
            });
            let cells = ids
                .iter()
                .enumerate()
                .map(|(c, id)| {
                    let text = move || {
                        table.with(|t| {
                            t.as_ref()
                                .ok()
                                .and_then(|rows| rows.get(r)?.2.get(c).cloned())
                                .unwrap_or_default()
                        })
                    };
                    view! { <td data-policy=*id data-figure=key>{text}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{label}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="comparison">
            <PrintSheet policy=None/>
            <p class="hint no-print">{move || s().compare_scroll}</p>
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class="compare-table">
                    <caption id="compare-caption">{move || s().compare_caption}</caption>
                    <thead>
                        <tr><th scope="col">{move || s().district}</th>{head}</tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {move || {
                let lang = lang.get();
                view! { <SourcesList lang policies=policy::all().iter().collect()/> }
            }}
        </div>
    }
}
