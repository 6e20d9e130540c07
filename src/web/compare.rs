//! `CompareTable`: the same worker through every district (`shequ_pay::compare`), one column
//! each, with what each does not publish. Scrolls sideways on a phone with its first column
//! fixed. Drawn as HTML (see `html.rs`); a district's name links to its estimate.

use super::html::Html;
use super::{result, sources};
use shequ_pay::estimate::Estimate;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::policy::{self, Policy};
use shequ_pay::query::{to_query, AppState, View};

/// One row: a label, then per district its text.
fn row(h: &mut Html, label: &str, key: &str, all: &[Estimate], text: &dyn Fn(&Estimate) -> String) {
    h.open("tr", "")
        .tag("th", &[("scope", "row")])
        .text(label)
        .end("th");
    for e in all {
        h.tag("td", &[("data-policy", e.policy.id), ("data-figure", key)]);
        h.text(&text(e)).end("td");
    }
    h.end("tr");
}

pub fn compare(lang: Lang, st: &AppState) -> String {
    let s = lang.strings();
    let mut h = Html::default();
    let all = match shequ_pay::compare(&st.profile) {
        Ok(all) => all,
        Err(err) => {
            result::problem(&mut h, lang, lang.profile_error(err));
            return h.finish();
        }
    };
    h.open("div", "comparison");
    result::print_sheet(&mut h, lang, st, None);
    h.leaf("p", "hint no-print", s.compare_scroll);
    h.tag(
        "div",
        &[
            ("class", "table-scroll"),
            ("role", "region"),
            ("aria-labelledby", "compare-caption"),
            ("tabindex", "0"),
        ],
    );
    h.open("table", "compare-table")
        .tag("caption", &[("id", "compare-caption")]);
    h.text(s.compare_caption)
        .end("caption")
        .open("thead", "")
        .open("tr", "");
    h.tag("th", &[("scope", "col")]).text(s.district).end("th");
    for e in &all {
        let mut next = st.clone();
        next.view = View::Estimate;
        next.policy = e.policy.id;
        let href = to_query(&next);
        h.tag("th", &[("scope", "col"), ("data-policy", e.policy.id)]);
        h.tag("a", &[("href", &href), ("data-show", e.policy.id)]);
        h.text(lang.text(&e.policy.name)).end("a");
        h.leaf("span", "region", lang.text(&e.policy.region))
            .end("th");
    }
    h.end("tr").end("thead").open("tbody", "");

    let paren = |text: &str| s.paren.subst("{}", text);
    let per = |label: &str, unit: &str| format!("{label}{}", paren(unit));
    row(&mut h, s.completeness, "completeness", &all, &|e| {
        lang.text(&e.policy.summary).into()
    });
    row(
        &mut h,
        &format!("{} / {}", s.level, s.rank_step),
        "level",
        &all,
        &|e| {
            let (_, value, note) = result::level_text(lang, e);
            if note.is_empty() {
                value
            } else {
                format!("{value}{}", paren(&note))
            }
        },
    );
    row(
        &mut h,
        &per(s.base_pay, s.per_month),
        "base_pay_monthly",
        &all,
        &|e| result::figure_text(lang, e.base_pay_monthly),
    );
    row(
        &mut h,
        &per(s.certificate_allowance, s.per_month),
        "certificate",
        &all,
        &|e| {
            let (label, key, value, note) = result::certificate_text(lang, e);
            if key == "certificate_worth_monthly" {
                format!("{label} {value}{}", paren(note))
            } else {
                value
            }
        },
    );
    row(&mut h, s.performance, "performance_annual", &all, &|e| {
        result::figure_text(lang, e.performance_annual)
    });
    row(&mut h, s.annual_total, "annual_total", &all, &|e| {
        result::total_text(lang, e)
    });
    row(&mut h, s.unpublished_list, "unpublished", &all, &|e| {
        result::unpublished_text(lang, e).unwrap_or_else(|| s.none_listed.into())
    });
    row(&mut h, s.employer_items, "employer", &all, &|e| {
        let items: Vec<String> = e
            .employer
            .iter()
            .map(|(item, v)| {
                let value = result::employer_text(lang, v);
                format!("{}{}{}", lang.text(&item.name), s.colon, value)
            })
            .collect();
        if items.is_empty() {
            s.none_listed.into()
        } else {
            items.join("；")
        }
    });
    h.end("tbody").end("table").end("div");
    let policies: Vec<&Policy> = policy::all().iter().collect();
    sources::documents(&mut h, lang, &policies);
    h.end("div");
    h.finish()
}
