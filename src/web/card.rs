//! `EstimateCard`: one district's figures, each a `FigureRow` that opens its explanation
//! (`<details>`: keyboard accessible, no script), with what is unpublished, one-off awards and
//! employer-side items apart from pay, caveats, the documents and the print sheet. The engine's
//! `Estimate` is only read here, and worded by `i18n`.
//!
//! Each part reads a memo of its own words, so that typing touches the text nodes whose words
//! changed and nothing else: the elements, what is open and what has focus stay.

use super::print::PrintSheet;
use super::sources::{self, Pol, Src, StepLine};
use super::App;
use leptos::prelude::*;
use shequ_pay::estimate::{EmployerValue, Estimate, MilestoneStatus};
use shequ_pay::explain::Part;
use shequ_pay::format::Subst;
use shequ_pay::grade::Placement;
use shequ_pay::i18n::Lang;

/// Instead of figures: why there are none yet.
#[component]
pub fn Problem(#[prop(into)] message: Signal<String>) -> impl IntoView {
    let lang = App::get().lang();
    let s = move || lang.get().strings();
    view! {
        <div class="problem" data-figure="problem">
            <p><strong>{move || s().cannot_estimate}</strong>{move || message.get()}</p>
            <p>{move || s().fix_input}</p>
        </div>
    }
}

/// A figure in words, with the steps behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    key: &'static str,
    label: &'static str,
    value: String,
    note: String,
    ladder: Option<Placement>,
    total: bool,
    steps: Vec<StepLine>,
    /// A paragraph after the steps in the explanation.
    more: &'static str,
}

/// The five figures of an estimate, in words.
fn rows(lang: Lang, e: &Estimate) -> [Row; 5] {
    let s = lang.strings();
    let of = |p: Part| -> Vec<StepLine> {
        e.steps
            .iter()
            .filter(|st| st.part() == p)
            .map(|st| StepLine::new(lang, st))
            .collect()
    };
    let assumed = |p: Part, note: String| {
        if e.steps.iter().any(|st| st.part() == p && st.is_assumed()) {
            if note.is_empty() {
                s.assumed.to_string()
            } else {
                format!("{note}{}{}", s.list_sep, s.assumed)
            }
        } else {
            note
        }
    };
    let (label, value, note) = lang.level(e);
    let by_rank = e.placement.is_none() && e.rank_step.is_some();
    let level_steps = if by_rank {
        e.steps
            .iter()
            .filter(|st| st.is_rank_step())
            .map(|st| StepLine::new(lang, st))
            .collect()
    } else {
        of(Part::Level)
    };
    let no_ladder = e.placement.is_none() && !by_rank;
    let level_note = if by_rank
        && e.steps
            .iter()
            .any(|st| st.is_rank_step() && st.is_assumed())
    {
        // `Lang::level` already says the rank step was assumed.
        note
    } else {
        assumed(Part::Level, note)
    };
    let (cert_label, cert_key, cert_value, cert_note) = lang.certificate_figure(e);
    [
        Row {
            key: if by_rank { "rank_step" } else { "level" },
            label,
            value,
            note: level_note,
            ladder: e.placement,
            total: false,
            steps: level_steps,
            more: if no_ladder {
                lang.text(&e.policy.summary)
            } else {
                ""
            },
        },
        Row {
            key: "base_pay_monthly",
            label: s.base_pay,
            value: lang.figure(e.base_pay_monthly),
            note: assumed(Part::Base, s.per_month.into()),
            ladder: None,
            total: false,
            steps: of(Part::Base),
            more: "",
        },
        Row {
            key: cert_key,
            label: cert_label,
            value: cert_value,
            note: assumed(Part::Certificate, cert_note.into()),
            ladder: None,
            total: false,
            steps: of(Part::Certificate),
            more: "",
        },
        Row {
            key: "performance_annual",
            label: s.performance,
            value: lang.figure(e.performance_annual),
            note: assumed(Part::Performance, s.per_year.into()),
            ladder: None,
            total: false,
            steps: of(Part::Performance),
            more: "",
        },
        Row {
            key: "annual_total",
            label: s.annual_total,
            value: lang.total(e),
            note: assumed(Part::Total, String::new()),
            ladder: None,
            total: true,
            steps: of(Part::Total),
            more: "",
        },
    ]
}

#[component]
pub fn EstimateCard() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    // Which district, or the reason there is no estimate.
    let head = Memo::new(move |_| {
        app.outcome.with(|o| {
            o.as_ref().map(|(p, est)| match est {
                Ok(_) => Ok(Pol(p)),
                Err(e) => Err(lang.get().profile_error(*e)),
            })
        })
    });
    move || match head.get() {
        None => ().into_any(),
        Some(Err(message)) => view! { <Problem message=message.to_string()/> }.into_any(),
        Some(Ok(Pol(policy))) => view! { <Card policy/> }.into_any(),
    }
}

/// The card of one district: re-made only when the district changes.
#[component]
fn Card(policy: &'static shequ_pay::policy::Policy) -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let all = Memo::new(move |_| {
        let lang = lang.get();
        app.outcome.with(|o| match o {
            Some((_, Ok(e))) => Some((rows(lang, e), e.complete(), e.probation)),
            _ => None,
        })
    });
    let row = move |i: usize| {
        Memo::new(move |_| all.with(|a| a.as_ref().map(|(rows, ..)| rows[i].clone())))
    };
    let figures = (0..5)
        .map(|i| view! { <FigureRow row=row(i) policy/> })
        .collect_view();
    let complete = move || all.with(|a| a.as_ref().is_some_and(|(_, c, _)| *c));
    let probation = move || all.with(|a| a.as_ref().is_some_and(|(_, _, p)| *p));
    let s = move || lang.get().strings();
    view! {
        <div class="estimate" data-policy=policy.id>
            <div id="est-print"><PrintSheet policy=Some(policy)/></div>
            <div id="est-head">
                <div class="result-head">
                    <h3 class="district">
                        {move || lang.get().text(&policy.name)}
                        <span class="region">
                            {move || format!("{} · {}", lang.get().text(&policy.region), lang.get().text(&policy.scheme))}
                        </span>
                    </h3>
                    <p class="status">
                        <span class=move || if complete() { "badge ok" } else { "badge part" }
                            data-complete=move || if complete() { "true" } else { "false" }>
                            {move || if complete() { s().complete } else { s().incomplete }}
                        </span>
                        {move || probation().then(|| view! { " "<span class="badge">{s().field_probation}</span> })}
                    </p>
                </div>
            </div>
            <div class="figs">{figures}</div>
            <super::take_home::TakeHome/>
            <div id="est-items"><Items policy/></div>
            <div id="est-docs">
                <super::Later>
                    {move || {
                        let lang = lang.get();
                        view! {
                            <Caveats lang policy/>
                            <sources::SourcesList lang policies=vec![policy]/>
                        }
                    }}
                </super::Later>
            </div>
        </div>
    }
}

/// A figure: its value, and the steps behind it when opened.
#[component]
fn FigureRow(row: Memo<Option<Row>>, policy: &'static shequ_pay::policy::Policy) -> impl IntoView {
    let lang = App::get().lang();
    let get =
        move |f: fn(&Row) -> String| move || row.with(|r| r.as_ref().map(f).unwrap_or_default());
    let total = row.with_untracked(|r| r.as_ref().is_some_and(|r| r.total));
    let value_class = move || {
        let amount = row.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.value.chars().any(|c| c.is_ascii_digit()))
        });
        match (amount, total) {
            (true, _) => "fig-value",
            (false, false) => "fig-value none",
            (false, true) => "fig-value none long",
        }
    };
    let key = move || row.with(|r| r.as_ref().map_or("", |r| r.key));
    let placement = Memo::new(move |_| row.with(|r| r.as_ref().and_then(|r| r.ladder)));
    let steps =
        Memo::new(move |_| row.with(|r| r.as_ref().map(|r| r.steps.clone()).unwrap_or_default()));
    let more = move || row.with(|r| r.as_ref().map_or("", |r| r.more));
    // The steps are drawn while the explanation is open, and follow the figures then: closed, they
    // are not on screen (nor in print, app.css), and drawing five lists of them anew on every
    // keystroke made typing slower.
    let open = RwSignal::new(false);
    let details = NodeRef::<leptos::html::Details>::new();
    let toggled = move |_| {
        if let Some(d) = details.get_untracked() {
            open.set(d.open());
        }
    };
    // Another district's card may be drawn into the same elements, an explanation left open.
    Effect::new(move |_| {
        if let Some(d) = details.get() {
            open.set(d.open());
        }
    });
    view! {
        <details class=if total { "fig total" } else { "fig" } node_ref=details on:toggle=toggled>
            <summary>
                <span class="fig-label">{get(|r| r.label.to_string())}</span>
                <span class=value_class data-figure=key
                    data-level=move || placement.get().map(|p| p.level.to_string())>
                    {get(|r| r.value.clone())}
                </span>
                {move || {
                    let note = row.with(|r| r.as_ref().map(|r| r.note.clone()).unwrap_or_default());
                    (!note.is_empty()).then(|| view! { <span class="fig-note">{note}</span> })
                }}
                <LevelLadder placement/>
                <span class="fig-more" aria-hidden="true">{move || lang.get().strings().explanation}</span>
            </summary>
            <div class="fig-body">
                <p class="fig-body-title">{move || lang.get().strings().explanation}</p>
                {move || {
                    let steps = if open.get() { steps.get() } else { Vec::new() };
                    (!steps.is_empty()).then(|| sources::steps(lang.get(), policy, steps))
                }}
                {move || {
                    let more = more();
                    (!more.is_empty()).then(|| view! { <p>{more}</p> })
                }}
            </div>
        </details>
    }
}

/// The position's levels as a rising row of cells, the worker's lit. Drawn by CSS; the level
/// is in words beside it.
#[component]
fn LevelLadder(placement: Memo<Option<Placement>>) -> impl IntoView {
    let range = Memo::new(move |_| placement.get().map(|p| (p.min, p.max)));
    move || {
        range.get().map(|(min, max)| {
            let n = usize::from(max - min) + 1;
            let cells = (min..=max)
                .enumerate()
                .map(|(i, level)| {
                    let class = format!("s{}", ((i + 1) * 12).div_ceil(n));
                    let on = move || placement.get().is_some_and(|p| p.level == level);
                    view! { <span class=class class:on=on></span> }
                })
                .collect_view();
            view! { <span class="ladder" aria-hidden="true">{cells}</span> }
        })
    }
}

/// What follows from the profile below the figures: what is unpublished, one-off awards and
/// what the employer bears.
#[derive(Clone, Debug, PartialEq)]
struct ItemsText {
    unpublished: Option<String>,
    /// What is left out because an input is not known, with the range it would take.
    unknown: Vec<String>,
    /// The district's published pay range: (name, range, source).
    pay_range: Option<(String, String, Src)>,
    /// (name, amount, status, years, source)
    milestones: Vec<(String, String, String, u8, Src)>,
    /// (id, name, value, sources)
    employer: Vec<(&'static str, String, String, Vec<Src>)>,
}

fn items_text(lang: Lang, e: &Estimate) -> ItemsText {
    let s = lang.strings();
    ItemsText {
        unpublished: lang.unpublished_names(e),
        unknown: lang.unknown_parts(e),
        pay_range: e.pay_range.map(|r| {
            (
                lang.text(&r.name).to_string(),
                lang.range_monthly(r.min, r.max),
                Src(r.source),
            )
        }),
        milestones: e
            .milestones
            .iter()
            .map(|(m, status)| {
                let status = match status {
                    MilestoneStatus::Reached => s.milestone_reached.to_string(),
                    MilestoneStatus::InYears(n) => s.milestone_in_years.subst("{}", &n.to_string()),
                };
                (
                    lang.text(&m.name).to_string(),
                    lang.money(m.amount),
                    status,
                    m.years,
                    Src(m.source),
                )
            })
            .collect(),
        employer: e
            .employer
            .iter()
            .map(|(item, value)| {
                let mut srcs = vec![Src(item.source)];
                if let EmployerValue::Eligible { condition, .. } = value {
                    srcs.push(Src(condition.source));
                }
                (
                    item.id,
                    lang.text(&item.name).to_string(),
                    lang.employer_value(value),
                    srcs,
                )
            })
            .collect(),
    }
}

#[component]
fn Items(policy: &'static shequ_pay::policy::Policy) -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let text = Memo::new(move |_| {
        let lang = lang.get();
        app.outcome.with(|o| match o {
            Some((_, Ok(e))) => Some(items_text(lang, e)),
            _ => None,
        })
    });
    move || {
        let lang = lang.get();
        let s = lang.strings();
        let t = text.get()?;
        let unpublished = t.unpublished.map(|names| {
            view! {
                <p class="unpublished">
                    <strong>{s.unpublished_list}{s.colon}</strong>
                    <span data-figure="unpublished">{names}</span>
                </p>
            }
        });
        let unknown = (!t.unknown.is_empty()).then(|| {
            view! {
                <p class="unpublished" data-figure="unknown">
                    <strong>{s.unknown_value}{s.colon}</strong>
                    <span>{t.unknown.join(s.list_sep)}</span>
                </p>
            }
        });
        let pay_range = t.pay_range.map(|(name, range, src)| {
            view! {
                <section class="block" aria-labelledby="range-h">
                    <h3 id="range-h">{name}</h3>
                    <ul class="items">
                        <li class="item">
                            <p class="item-head"><strong data-figure="pay_range">{range}</strong></p>
                            {sources::cite_folded(lang, policy, src.0)}
                        </li>
                    </ul>
                </section>
            }
        });
        let milestones = (!t.milestones.is_empty()).then(|| {
            let items = t
                .milestones
                .into_iter()
                .map(|(name, amount, status, years, src)| {
                    view! {
                        <li class="item" data-milestone=years.to_string()>
                            <p class="item-head"><span>{name}</span><strong>{amount}</strong></p>
                            <p class="hint">{status}</p>
                            {sources::cite_folded(lang, policy, src.0)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="block" aria-labelledby="milestones-h">
                    <h3 id="milestones-h">{s.milestones}</h3>
                    <ul class="items">{items}</ul>
                </section>
            }
        });
        let employer = (!t.employer.is_empty()).then(|| {
            let items = t
                .employer
                .into_iter()
                .map(|(id, name, value, srcs)| {
                    view! {
                        <li class="item" data-employer=id>
                            <p class="item-head">
                                <span>{name}</span>
                                <strong data-figure=format!("employer_{id}")>{value}</strong>
                            </p>
                            {srcs.into_iter().map(|src| sources::cite_folded(lang, policy, src.0)).collect_view()}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="block employer" aria-labelledby="employer-h">
                    <h3 id="employer-h">{s.employer_items}</h3>
                    <p class="hint">{s.employer_note}</p>
                    <ul class="items">{items}</ul>
                </section>
            }
        });
        Some(view! { {unpublished}{unknown}{pay_range}{milestones}{employer} })
    }
}

/// What the documents say to keep in mind, with their clauses.
#[component]
fn Caveats(lang: Lang, policy: &'static shequ_pay::policy::Policy) -> impl IntoView {
    (!policy.caveats.is_empty()).then(|| {
        let items = policy
            .caveats
            .iter()
            .map(|c| {
                view! {
                    <li class="item">
                        <p>{lang.text(&c.text)}</p>
                        {sources::cite_folded(lang, policy, c.source)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="block caveats" aria-labelledby="caveats-h">
                <h3 id="caveats-h">{lang.strings().caveats}</h3>
                <ul class="items">{items}</ul>
            </section>
        }
    })
}
