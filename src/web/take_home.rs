//! `TakeHome`: what lands in the worker's account (`shequ_pay::take_home`): the headline, the
//! bonus-tax choice in one sentence, every deduction with its document, the contribution inputs
//! with their defaults shown as defaults, and the twelve months. Shown when the worker asks for
//! it (`take_home=1`); its inputs are the URL's, parsed by `query::set_contribution`.

use super::sources;
use super::App;
use leptos::prelude::*;
use shequ_pay::i18n::Lang;
use shequ_pay::query::{self, FieldError};
use shequ_pay::take_home::{self, Field, NetStatus};

#[component]
pub fn TakeHome() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let on = Memo::new(move |_| app.state.with(|s| s.take_home));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let toggle = move |ev: leptos::ev::Event| {
        let mut next = app.state.get_untracked();
        next.take_home = event_target_checked(&ev);
        app.commit(next, super::browser::Url::Replace);
    };
    let w = move || lang.get().take_home_words();
    view! {
        <section class="block take-home" aria-labelledby="take-home-h">
            <h3 id="take-home-h">{move || w().heading}</h3>
            <div class="field check no-print">
                <input type="checkbox" id="f-take_home" prop:checked=move || on.get() on:change=toggle/>
                <label for="f-take_home">{move || w().heading}</label>
            </div>
            {move || on.get().then(|| view! { <Figures errors/> })}
        </section>
    }
}

/// The take-home figures and their inputs.
#[component]
fn Figures(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let result = Memo::new(move |_| {
        let lang = lang.get();
        let inputs = app.state.with(|s| s.contributions.clone());
        app.outcome.with(|o| {
            let (policy, Ok(e)) = o.as_ref()? else {
                return None;
            };
            Some(match take_home::take_home(e, &inputs) {
                Err(e) => {
                    let (min, max) = e.field.range();
                    Err(format!(
                        "{}{}{}",
                        lang.take_home_input(e.field),
                        lang.strings().colon,
                        lang.take_home_allowed(min, max, e.field.is_percent())
                    ))
                }
                Ok(t) => Ok(words(lang, policy, &t)),
            })
        })
    });
    let set = move |field: Field, value: String| {
        let mut next = app.state.get_untracked();
        match query::set_contribution(&mut next.contributions, field, &value) {
            Ok(()) => {
                errors.update(|v| v.retain(|e| e.field != field.id()));
                app.commit(next, super::browser::Url::Replace);
            }
            Err(e) => errors.update(|v| {
                v.retain(|x| x.field != field.id());
                v.push(e);
            }),
        }
    };
    let inputs = Field::ALL
        .iter()
        .enumerate()
        .map(|(i, &field)| {
            let id = format!("f-{}", field.id());
            let err = format!("e-{}", field.id());
            let value = move || {
                result.with(|r| match r {
                    Some(Ok(t)) => t.inputs[i].0.clone(),
                    _ => String::new(),
                })
            };
            let note = move || {
                result.with(|r| match r {
                    Some(Ok(t)) => t.inputs[i].1.clone(),
                    _ => String::new(),
                })
            };
            let error = move || {
                let lang = lang.get();
                errors.with(|v| {
                    v.iter()
                        .find(|e| e.field == field.id())
                        .map(|e| lang.allowed(e))
                })
            };
            view! {
                <div class="field">
                    <label for=id.clone()>{move || lang.get().take_home_words().inputs[i]}</label>
                    <input type="text" inputmode="decimal" id=id aria-describedby=err.clone()
                        aria-invalid=move || error().is_some().then_some("true")
                        prop:value=value
                        on:change=move |ev| set(field, event_target_value(&ev))/>
                    <p class="hint">{note}</p>
                    <p class="field-error" id=err hidden=move || error().is_none()>{move || error().unwrap_or_default()}</p>
                </div>
            }
        })
        .collect_view();
    let w = move || lang.get().take_home_words();
    let shown = move || {
        result.with(|r| match r {
            None => None,
            Some(Err(e)) => Some(view! { <p class="field-error">{e.clone()}</p> }.into_any()),
            Some(Ok(t)) => {
                let lang = lang.get();
                let steps = t
                    .steps
                    .iter()
                    .map(|(text, cite)| {
                        view! {
                            <li class=if cite.is_some_and(|c| c.1 .0.is_interpretation()) { "step interp" } else { "step" }>
                                <p class="step-text">{text.clone()}</p>
                                {cite.map(|(doc, src)| sources::cite_in(lang, doc, src.0))}
                            </li>
                        }
                    })
                    .collect_view();
                let months = t
                    .months
                    .iter()
                    .map(|m| {
                        view! {
                            <tr data-month=m[0].clone()>
                                <th scope="row">{m[0].clone()}</th>
                                <td>{m[1].clone()}</td><td>{m[2].clone()}</td>
                                <td>{m[3].clone()}</td><td data-col="net">{m[4].clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let w = lang.take_home_words();
                Some(view! {
                    <p class="lead" data-figure="take_home">{t.headline.clone()}</p>
                    {t.bonus.clone().map(|b| view! { <p data-figure="bonus_choice">{b}</p> })}
                    <details class="fig">
                        <summary><span class="fig-label">{lang.strings().explanation}</span></summary>
                        <div class="fig-body"><ol class="steps">{steps}</ol></div>
                    </details>
                    {(!t.months.is_empty()).then(|| view! {
                        <div class="table-scroll" role="region" aria-labelledby="months-caption" tabindex="0">
                            <table class="data-table">
                                <caption id="months-caption">{w.heading}</caption>
                                <thead><tr>
                                    <th scope="col">{w.col_month}</th><th scope="col">{w.col_gross}</th>
                                    <th scope="col">{w.col_contributions}</th><th scope="col">{w.col_tax}</th>
                                    <th scope="col">{w.col_net}</th>
                                </tr></thead>
                                <tbody>{months}</tbody>
                            </table>
                        </div>
                    })}
                }.into_any())
            }
        })
    };
    view! {
        {shown}
        <fieldset class="specific">
            <legend>{move || w().inputs_heading}</legend>
            {inputs}
        </fieldset>
    }
}

/// A take-home estimate in words.
#[derive(Clone, Debug, PartialEq)]
struct Words {
    headline: String,
    bonus: Option<String>,
    /// (value, "默认：…" or "已填") per input, in `Field::ALL` order.
    inputs: Vec<(String, String)>,
    /// (sentence, the document's (title, 文号) and the source).
    steps: Vec<(String, Option<Cited>)>,
    /// [month, gross, contributions, tax, net].
    months: Vec<[String; 5]>,
}

type Cited = ((&'static str, Option<&'static str>), sources::Src);

fn words(lang: Lang, policy: &'static shequ_pay::policy::Policy, t: &take_home::TakeHome) -> Words {
    let w = lang.take_home_words();
    Words {
        headline: if t.status == NetStatus::Unknown {
            w.no_net.into()
        } else {
            lang.take_home_headline(t)
        },
        bonus: lang.bonus_choice(t),
        inputs: t
            .inputs
            .iter()
            .map(|v| {
                let value = v
                    .value
                    .map(|d| d.normalize().to_string())
                    .unwrap_or_default();
                let note = if v.is_default() {
                    format!(
                        "{}{}{}",
                        w.default,
                        lang.strings().colon,
                        lang.take_home_origin(v.origin)
                    )
                } else {
                    w.given.to_string()
                };
                (value, note)
            })
            .collect(),
        steps: t
            .steps
            .iter()
            .map(|st| {
                (
                    lang.take_home_step(st),
                    st.cite
                        .map(|c| (c.document(policy), sources::Src(c.source()))),
                )
            })
            .collect(),
        months: t.months.iter().map(|m| lang.take_home_month(m)).collect(),
    }
}
