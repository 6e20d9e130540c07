//! Where figures come from: the steps of an explanation, the clause and words each rests on
//! (our readings flagged "解读" with their reason), and a district's documents. Document texts
//! are Chinese in every language, and marked so.

use super::html::Html;
use shequ_pay::estimate::document;
use shequ_pay::explain::Step;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::policy::{Policy, Source};

/// The steps of one explanation, in order.
pub fn steps(h: &mut Html, lang: Lang, policy: &Policy, steps: &[&Step]) {
    h.open("ol", "steps");
    for step in steps {
        h.open(
            "li",
            if step.is_interpretation() {
                "step interp"
            } else {
                "step"
            },
        );
        h.leaf("p", "step-text", &lang.step(step));
        if let Some(src) = step.source {
            cite(h, lang, policy, src);
        }
        h.end("li");
    }
    h.end("ol");
}

/// A clause and its words; an interpretation with its reason.
pub fn cite(h: &mut Html, lang: Lang, policy: &Policy, src: &Source) {
    let s = lang.strings();
    let doc = document(policy, src);
    let mut title = format!("《{}》", doc.title);
    if let Some(n) = doc.number {
        title = title + "（" + n + "）";
    }
    title = title + " " + src.clause;
    h.open("div", "cite").open("p", "cite-doc");
    h.leaf("span", "cite-label", s.source).text(s.colon);
    h.zh("span", "", &title).end("p");
    h.zh("blockquote", "quote", &format!("“{}”", src.quote));
    if let Some(reading) = &src.interpretation {
        h.open("p", "reading")
            .leaf("span", "badge interp", s.interpretation);
        h.text(" ").text(lang.text(reading)).end("p");
    }
    h.end("div");
}

/// A source behind a disclosure, for what is not a figure (awards, employer items, caveats).
pub fn cite_folded(h: &mut Html, lang: Lang, policy: &Policy, src: &Source) {
    let s = lang.strings();
    h.open("details", "src").open("summary", "").text(s.source);
    if src.is_interpretation() {
        h.text(" ").leaf("span", "badge interp", s.interpretation);
    }
    h.end("summary");
    cite(h, lang, policy, src);
    h.end("details");
}

/// An ISO date ("2018-09-05") as the language writes dates.
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<u32>().unwrap_or(0));
    let mut next = || parts.next().unwrap_or(0);
    let (y, m, d) = (next(), next(), next());
    ymd(lang, y, m, d)
}

pub fn ymd(lang: Lang, y: u32, m: u32, d: u32) -> String {
    let two = |n: u32| {
        if n < 10 {
            format!("0{n}")
        } else {
            n.to_string()
        }
    };
    lang.strings()
        .date_ymd
        .subst("{y}", &y.to_string())
        .subst("{mm}", &two(m))
        .subst("{dd}", &two(d))
        .subst("{m}", &m.to_string())
        .subst("{d}", &d.to_string())
}

/// The districts' documents (with each district's name when there are several), the disclaimer
/// and the note on newer documents.
pub fn documents(h: &mut Html, lang: Lang, policies: &[&Policy]) {
    let s = lang.strings();
    h.tag(
        "section",
        &[("class", "block documents"), ("aria-labelledby", "docs-h")],
    );
    h.tag("h3", &[("id", "docs-h")]).text(s.documents).end("h3");
    for p in policies {
        h.tag("div", &[("class", "doc-group"), ("data-policy", p.id)]);
        if policies.len() > 1 {
            h.leaf("h4", "", lang.text(&p.name));
        }
        h.open("ul", "docs");
        for d in p.documents {
            h.tag("li", &[("class", "doc"), ("data-document", d.id)]);
            h.zh("p", "doc-title", &format!("《{}》", d.title));
            h.open("dl", "doc-meta");
            let mut item = |label: &str, value: &str, zh: bool| {
                h.open("div", "").leaf("dt", "", label);
                if zh {
                    h.zh("dd", "", value);
                } else {
                    h.leaf("dd", "", value);
                }
                h.end("div");
            };
            if let Some(n) = d.number {
                item(s.doc_number, n, true);
            }
            item(s.doc_issuer, d.issuer, true);
            for (label, value) in [
                (s.doc_issued, d.issued),
                (s.doc_published, d.published),
                (s.doc_in_force, d.in_force),
            ] {
                let text = value.map_or_else(|| s.doc_not_stated.to_string(), |v| date(lang, v));
                item(label, &text, false);
            }
            h.end("dl");
            if let Some(note) = &d.date_note {
                h.leaf("p", "hint", lang.text(note));
            }
            if !d.describes.is_empty() {
                h.open("p", "describes").text(s.doc_describes).text(s.colon);
                h.zh("span", "", &d.describes.join("；")).end("p");
            }
            h.end("li");
        }
        h.end("ul").end("div");
    }
    h.tag("p", &[("class", "disclaimer"), ("data-disclaimer", "")])
        .text(s.disclaimer)
        .end("p");
    h.leaf("p", "hint", s.newer_documents);
    h.end("section");
}
