//! Where figures come from: the steps of an explanation, the clause and words each rests on
//! (our readings flagged "解读" with their reason), and a district's documents (`SourcesList`).
//! Document texts are Chinese in every language, and marked so. These draw what they are given
//! in one language; whoever holds them draws them anew when the language or the steps change.

use leptos::prelude::*;
use shequ_pay::estimate::document;
use shequ_pay::explain::Step;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::policy::{Policy, Source};

/// A source, compared by identity: every source is a static of the embedded policies.
#[derive(Clone, Copy, Debug)]
pub struct Src(pub &'static Source);

impl PartialEq for Src {
    fn eq(&self, other: &Src) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// A district, compared by identity.
#[derive(Clone, Copy, Debug)]
pub struct Pol(pub &'static Policy);

impl PartialEq for Pol {
    fn eq(&self, other: &Pol) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// One step of an explanation, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct StepLine {
    pub text: String,
    pub source: Option<Src>,
    pub interpretation: bool,
}

impl StepLine {
    pub fn new(lang: Lang, step: &Step) -> StepLine {
        StepLine {
            text: lang.step(step),
            source: step.source.map(Src),
            interpretation: step.is_interpretation(),
        }
    }
}

/// The steps of one explanation, in order.
pub fn steps(lang: Lang, policy: &'static Policy, steps: Vec<StepLine>) -> impl IntoView {
    let items = steps
        .into_iter()
        .map(|step| {
            view! {
                <li class=if step.interpretation { "step interp" } else { "step" }>
                    <p class="step-text">{step.text}</p>
                    {step.source.map(|src| cite(lang, policy, src.0))}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="steps">{items}</ol> }
}

/// A clause and its words; an interpretation with its reason.
pub fn cite(lang: Lang, policy: &Policy, src: &'static Source) -> impl IntoView {
    let doc = document(policy, src);
    cite_in(lang, (doc.title, doc.number), src)
}

/// A clause of the document with this title and 文号, and its words.
pub fn cite_in(
    lang: Lang,
    (title, number): (&'static str, Option<&'static str>),
    src: &'static Source,
) -> impl IntoView {
    let s = lang.strings();
    let mut title = format!("《{title}》");
    if let Some(n) = number {
        title = title + "（" + n + "）";
    }
    title = title + " " + src.clause;
    let reading = src.interpretation.as_ref().map(|r| {
        view! {
            <p class="reading"><span class="badge interp">{s.interpretation}</span>" "{lang.text(r)}</p>
        }
    });
    view! {
        <div class="cite">
            <p class="cite-doc">
                <span class="cite-label">{s.source}</span>{s.colon}<span lang="zh-CN">{title}</span>
            </p>
            <blockquote class="quote" lang="zh-CN">{format!("“{}”", src.quote)}</blockquote>
            {src.is_assembled().then(|| view! {
                <p class="assembled"><span class="badge">{s.assembled}</span></p>
            })}
            {reading}
        </div>
    }
}

/// A source behind a disclosure, for what is not a figure (awards, employer items, caveats).
pub fn cite_folded(lang: Lang, policy: &Policy, src: &'static Source) -> impl IntoView {
    let s = lang.strings();
    view! {
        <details class="src">
            <summary>
                {s.source}
                {src.is_interpretation().then(|| view! { " "<span class="badge interp">{s.interpretation}</span> })}
            </summary>
            {cite(lang, policy, src)}
        </details>
    }
}

/// An ISO date ("2018-09-05") as the language writes dates.
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<u32>().unwrap_or(0));
    let mut next = || parts.next().unwrap_or(0);
    let (y, m, d) = (next(), next(), next());
    ymd(lang, y, m, d)
}

pub fn ymd(lang: Lang, y: u32, m: u32, d: u32) -> String {
    lang.strings()
        .date_ymd
        .subst("{y}", &y.to_string())
        .subst("{mm}", &format!("{m:02}"))
        .subst("{dd}", &format!("{d:02}"))
        .subst("{m}", &m.to_string())
        .subst("{d}", &d.to_string())
}

/// The districts' documents (with each district's name when there are several), the disclaimer
/// and the note on newer documents.
#[component]
pub fn SourcesList(lang: Lang, policies: Vec<&'static Policy>) -> impl IntoView {
    let s = lang.strings();
    let several = policies.len() > 1;
    // A district's own note on newer documents (Yinchuan: the reported "四岗二十四级").
    let notes = policies
        .iter()
        .filter_map(|p| p.newer_note.as_ref())
        .map(|n| view! { <p class="hint newer">{lang.text(n)}</p> })
        .collect_view();
    let groups = policies
        .into_iter()
        .map(|p| {
            let docs = p
                .documents
                .iter()
                .map(|d| {
                    let item = |label: &'static str, value: String, zh: bool| {
                        view! {
                            <div>
                                <dt>{label}</dt>
                                <dd lang=zh.then_some("zh-CN")>{value}</dd>
                            </div>
                        }
                    };
                    let mut meta = Vec::new();
                    if let Some(n) = d.number {
                        meta.push(item(s.doc_number, n.into(), true));
                    }
                    meta.push(item(s.doc_issuer, d.issuer.into(), true));
                    for (label, value) in [
                        (s.doc_issued, d.issued),
                        (s.doc_published, d.published),
                        (s.doc_in_force, d.in_force),
                    ] {
                        let text =
                            value.map_or_else(|| s.doc_not_stated.to_string(), |v| date(lang, v));
                        meta.push(item(label, text, false));
                    }
                    let describes = (!d.describes.is_empty()).then(|| {
                        view! {
                            <p class="describes">
                                {s.doc_describes}{s.colon}
                                <span lang="zh-CN">{d.describes.join("；")}</span>
                            </p>
                        }
                    });
                    view! {
                        <li class="doc" data-document=d.id>
                            <p class="doc-title" lang="zh-CN">{format!("《{}》", d.title)}</p>
                            <dl class="doc-meta">{meta}</dl>
                            {d.date_note.as_ref().map(|n| view! { <p class="hint">{lang.text(n)}</p> })}
                            {describes}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="doc-group" data-policy=p.id>
                    {several.then(|| view! { <h4>{lang.text(&p.name)}</h4> })}
                    <ul class="docs">{docs}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="block documents" aria-labelledby="docs-h">
            <h3 id="docs-h">{s.documents}</h3>
            {groups}
            <p class="disclaimer" data-disclaimer="">{s.disclaimer}</p>
            <p class="hint">{s.newer_documents}</p>
            {notes}
        </section>
    }
}
