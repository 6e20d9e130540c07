//! `TotalsView`: monthly and annual totals per component (overall and per district), what was
//! left out of them, the head count by position and level with a small chart, and next year:
//! its total and who moves up. A total that leaves out an unpublished or unknown part says
//! “至少”, as the CLI and the export do. With 到手（估算） on, the year's take-home too (issue 17).

use super::Page;
use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::roster::compute::HeadCount;
use shequ_pay::roster::{Roster, Sum, Totals};

/// How many movers are listed on the page (the export has them all).
const MOVERS_SHOWN: usize = 100;

#[component]
pub fn TotalsView() -> impl IntoView {
    Page::get().draw(totals)
}

fn totals(lang: Lang, r: &Roster) -> impl IntoView {
    let w = lang.roster_page();
    let by_district = (r.by_policy.len() > 1).then(|| {
        let tables = r
            .by_policy
            .iter()
            .map(|(p, t)| sums_table(lang, lang.text(&p.name), t, p.id))
            .collect_view();
        view! {
            <h4>{w.by_district_heading}</h4>
            {tables}
        }
    });
    let charts = r
        .by_policy
        .iter()
        .map(|(p, t)| head_count(lang, lang.text(&p.name), p.id, &t.head_count))
        .collect_view();
    view! {
        <section class="block totals" aria-labelledby="totals-h">
            <h3 id="totals-h">{w.totals_heading}</h3>
            {sums_table(lang, w.totals_heading, &r.totals, "all")}
            {by_district}
        </section>
        <section class="block head-count" aria-labelledby="heads-h">
            <h3 id="heads-h">{w.head_count_heading}</h3>
            {charts}
        </section>
        {next_year(lang, r)}
    }
}

/// One figure of a sum: "至少 5,800", "未公布".
fn sum_text(lang: Lang, s: Sum) -> String {
    lang.cell(s.amount, s.lower_bound)
}

/// Totals per component, monthly and annual, and what was left out of them.
fn sums_table(lang: Lang, caption: &str, t: &Totals, id: &'static str) -> impl IntoView {
    let s = lang.strings();
    let rw = lang.roster_words();
    let rows = [
        (s.base_pay, Some(t.base_pay_monthly), t.base_pay_monthly.annual()),
        (
            s.certificate_allowance,
            Some(t.certificate_allowance_monthly),
            t.certificate_allowance_monthly.annual(),
        ),
        (s.performance, None, t.performance_annual),
        (s.annual_total, None, t.annual_total),
    ]
    .into_iter()
    .map(|(label, monthly, annual)| (label, monthly, annual, None))
    .chain(
        t.net_annual
            .map(|net| (lang.take_home_words().net_annual, None, net, Some("net"))),
    )
    .map(|(label, monthly, annual, item)| {
        view! {
            <tr data-item=item>
                <th scope="row">{label}</th>
                <td class="num">{monthly.map_or_else(|| "—".to_string(), |m| sum_text(lang, m))}</td>
                <td class="num">{sum_text(lang, annual)}</td>
            </tr>
        }
    })
    .collect_view();
    let unknown = t
        .unknown
        .iter()
        .map(|u| view! { <p class="hint unknown">{lang.unknown_part(u)}</p> })
        .collect_view();
    let net_unknown = (t.net_unknown > 0).then(|| {
        let text = rw.net_unknown.subst("{n}", &t.net_unknown.to_string());
        view! { <p class="hint unknown net-unknown">{text}</p> }
    });
    view! {
        <table class="sums" data-totals=id>
            <caption>{format!("{caption}（{}）", t.computed)}</caption>
            <thead>
                <tr>
                    <th scope="col">{rw.item}</th>
                    <th scope="col" class="num">{rw.monthly}</th>
                    <th scope="col" class="num">{rw.annual}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {unknown}
        {net_unknown}
    }
}

/// One district's head count by position and level, each with a bar.
fn head_count(lang: Lang, district: &str, id: &'static str, heads: &[HeadCount]) -> impl IntoView {
    let w = lang.roster_page();
    let rw = lang.roster_words();
    let most = heads.iter().map(|h| h.count).max().unwrap_or(1).max(1);
    let rows = heads
        .iter()
        .map(|h| {
            // 120 px for the most; at least a sliver for one.
            let width = (h.count * 120 / most).max(2);
            let level = h
                .level
                .map_or_else(|| w.no_ladder.to_string(), |l| l.to_string());
            view! {
                <tr>
                    <td>{lang.position_in(h.policy, h.position)}</td>
                    <td class="num">{level}</td>
                    <td class="num">{h.count}</td>
                    <td class="bar" aria-hidden="true">
                        <svg width="122" height="12" focusable="false">
                            <rect x="0" y="1" width=width.to_string() height="10"></rect>
                        </svg>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="heads" data-heads=id>
            <caption>{district.to_string()}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.strings().field_position}</th>
                    <th scope="col" class="num">{rw.col_level}</th>
                    <th scope="col" class="num">{rw.count}</th>
                    <td></td>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Next year's total, the change, and who moves up (the first `MOVERS_SHOWN`).
fn next_year(lang: Lang, r: &Roster) -> impl IntoView {
    let w = lang.roster_page();
    let rw = lang.roster_words();
    let n = &r.next_year;
    let this = r.totals.annual_total;
    let change = Sum {
        amount: n.annual_total.amount.zip(this.amount).map(|(a, b)| a - b),
        lower_bound: n.annual_total.lower_bound || this.lower_bound,
    };
    let movers = n
        .moving_up
        .iter()
        .take(MOVERS_SHOWN)
        .map(|m| {
            view! {
                <tr>
                    <td class="num">{m.row}</td>
                    <td>{m.name.clone()}</td>
                    <td>{lang.text(&m.policy.name)}</td>
                    <td class="num">{m.from}</td>
                    <td class="num">{m.to}</td>
                    <td class="num">{lang.cell(m.annual_change, false)}</td>
                </tr>
            }
        })
        .collect_view();
    let more = (n.moving_up.len() > MOVERS_SHOWN).then(|| {
        w.shown_of
            .subst("{shown}", &MOVERS_SHOWN.to_string())
            .subst("{n}", &n.moving_up.len().to_string())
    });
    let table = (!n.moving_up.is_empty()).then(|| {
        view! {
            <table class="movers" id="movers">
                <caption>{format!("{}（{}）", rw.moving_up, n.moving_up.len())}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">{rw.col_row}</th>
                        <th scope="col">{lang.column(shequ_pay::roster::Column::Name)}</th>
                        <th scope="col">{rw.col_district}</th>
                        <th scope="col" class="num">{rw.level_from}</th>
                        <th scope="col" class="num">{rw.level_to}</th>
                        <th scope="col" class="num">{rw.annual_change}</th>
                    </tr>
                </thead>
                <tbody>{movers}</tbody>
            </table>
            {more.map(|m| view! { <p class="hint">{m}</p> })}
        }
    });
    view! {
        <section class="block next-year" aria-labelledby="next-h">
            <h3 id="next-h">{w.next_year_heading}</h3>
            <dl class="figures">
                <div>
                    <dt>{rw.next_year_total}</dt>
                    <dd id="next-year-total" class="num">{sum_text(lang, n.annual_total)}</dd>
                </div>
                <div>
                    <dt>{rw.next_year_change}</dt>
                    <dd id="next-year-change" class="num">{sum_text(lang, change)}</dd>
                </div>
            </dl>
            {n.moving_up.is_empty().then(|| view! { <p class="hint">{w.moving_up_none}</p> })}
            {table}
        </section>
    }
}
