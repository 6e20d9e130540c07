//! `CareerView`: where pay goes from here. For the selected district, the projection of
//! `shequ_pay::career` (annual total and base pay by year of service, or the level where the
//! amounts are unpublished) as a `ProjectionChart` with its table; the next steps the worker can
//! take (`WhatIfList`), each with the clause behind it and a button that applies it to the form;
//! then every district over the same years. Every figure is the engine's estimate of that
//! year's profile: nothing here computes pay.
//!
//! The charts are inline SVG written with `view!`: no chart library, no `style` attribute. An
//! SVG is drawn at the width of the report (measured, and again when the window is resized), so
//! its text keeps the page's sizes, 长者模式 included. Positions are integer arithmetic on whole
//! yuan; the amounts shown are the engine's `Decimal`s, in the table under each chart. The charts
//! are `aria-hidden`: that table is their equivalent for screen readers and in print. Lines
//! differ by dash pattern and marker shape as well as colour, and carry their names at their
//! ends.

use super::card::Problem;
use super::print::PrintSheet;
use super::sources::{self, SourcesList};
use super::{browser, App};
use leptos::prelude::*;
use rust_decimal::Decimal;
use shequ_pay::career::{self, Change};
use shequ_pay::estimate::Estimate;
use shequ_pay::format::{yuan, Subst};
use shequ_pay::i18n::Lang;
use shequ_pay::ids::Key;
use shequ_pay::policy::{self, Policy};
use shequ_pay::query::AppState;

/// The width of the report region, in CSS pixels, for the charts.
fn measure() -> i32 {
    let w = browser::document()
        .get_element_by_id("report")
        .map_or(0, |e| e.client_width());
    if w < 200 {
        640
    } else {
        w.min(1200)
    }
}

/// A value for each year, in whole yuan (or levels): for pixel positions only.
fn values(projection: &[Estimate], value: fn(&Estimate) -> Option<Decimal>) -> Vec<Option<i64>> {
    projection
        .iter()
        .map(|e| value(e).map(|d| d.round().mantissa() as i64))
        .collect()
}

fn total(e: &Estimate) -> Option<Decimal> {
    e.annual_total
}

/// A marker in its line's own shape.
const OWN: usize = 5;

/// One line of a chart: a value per year from the chart's start (`None`: none drawn).
struct Line {
    values: Vec<Option<i64>>,
    /// Colour, dash pattern and marker shape, 0–4.
    series: usize,
    /// Its name at its end ("" for none).
    label: String,
    /// Markers: (year, shape or `OWN`).
    marks: Vec<(u8, usize)>,
}

struct Panel {
    title: String,
    lines: Vec<Line>,
    /// A level axis (lowest, highest): a line per level. Else money, with round ticks.
    levels: Option<(i64, i64)>,
}

/// (lowest, highest, tick step) of a panel's vertical axis.
fn scale(p: &Panel) -> (i64, i64, i64) {
    if let Some((lo, hi)) = p.levels {
        return (lo, hi, 1);
    }
    let (mut lo, mut hi) = (i64::MAX, 0);
    for line in &p.lines {
        for &v in line.values.iter().flatten() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    lo = lo.min(hi);
    // A flat line gets room either side; lines with names, room above for them.
    let pad = if hi == lo { hi / 20 } else { 0 };
    let names = p.lines.iter().any(|l| !l.label.is_empty());
    let (lo, hi) = (lo - pad, hi + pad + if names { (hi - lo) / 4 } else { 0 });
    // Round steps (1, 2, 5, 10, 20 …), four or fewer.
    let span = (hi - lo).max(1);
    let (mut step, mut k) = (1, 0);
    while step * 4 < span {
        step = if k % 3 == 1 { step / 2 * 5 } else { step * 2 };
        k += 1;
    }
    let lo = lo - lo % step;
    (lo, ((hi + step - 1) / step * step).max(lo + step), step)
}

/// A path command and its number: "M12", " 40", "V88".
fn pt(out: &mut String, command: char, v: i32) {
    out.push(command);
    out.push_str(&v.to_string());
}

/// A text of the chart: (class, x, y, text).
type Text = (String, i32, i32, String);

/// A line of the chart: (series, path, markers as (shape, x, y)).
type Drawn = (usize, String, Vec<(usize, i32, i32)>);

/// A chart laid out: what `ProjectionChart` draws.
#[derive(Default)]
struct Layout {
    width: i32,
    height: i32,
    texts: Vec<Text>,
    /// (grid path, rules path) per panel.
    grids: Vec<(String, String)>,
    lines: Vec<Drawn>,
}

/// Lays out a chart of values by year. `rules`: years with a dashed rule across (one-off
/// awards); `f`: the font size.
fn layout(
    lang: Lang,
    width: i32,
    (start, end): (u8, u8),
    panels: &[Panel],
    rules: &[u8],
    f: i32,
) -> Layout {
    let mut out = Layout {
        width,
        ..Layout::default()
    };
    let (left, right) = (f * 5, width - f);
    let span = i32::from(end - start).max(1);
    let x = |year: u8| left + i32::from(year - start) * (right - left) / span;
    let ticks: Vec<u8> = (start..=end)
        .filter(|y| y % 5 == 0 || *y == start)
        .collect();
    // A level panel gives each level a line of text; a money panel is 11 lines high, or a
    // quarter of the width on a wide screen.
    let height = |p: &Panel| {
        p.levels.map_or((width / 4).max(f * 11), |(lo, hi)| {
            f * 3 / 2 * (hi - lo) as i32
        })
    };
    let axis = panels.iter().map(|p| height(p) + f * 3).sum::<i32>() + f / 3;
    out.height = axis + f / 2;
    let mut text = |class: &str, x: i32, y: i32, t: String| {
        out.texts.push((class.to_string(), x, y, t));
    };
    let mut top = f * 2;
    for p in panels {
        let (lo, hi, step) = scale(p);
        let bottom = top + height(p);
        let y = |v: i64| top + ((hi - v) * i64::from(bottom - top) / (hi - lo).max(1)) as i32;
        let (mut grid, mut rule) = (String::new(), String::new());
        for (d, years) in [(&mut grid, &ticks[..]), (&mut rule, rules)] {
            for &year in years {
                pt(d, 'M', x(year));
                pt(d, ' ', top);
                pt(d, 'V', bottom);
            }
        }
        text("pt", 0, top - f * 2 / 3, p.title.clone());
        let mut v = lo;
        while v <= hi {
            pt(&mut grid, 'M', left);
            pt(&mut grid, ' ', y(v));
            pt(&mut grid, 'H', right);
            let label = match p.levels {
                None => yuan(Decimal::from(v)),
                Some(_) => v.to_string(),
            };
            text("te", left - f / 2, y(v) + f / 3, label);
            v += step;
        }
        out.grids.push((grid, rule));
        let mut names: Vec<(i32, i32, usize, String)> = Vec::new();
        for line in &p.lines {
            let mut d = String::new();
            let mut last = None;
            for (year, v) in (start..=end).zip(&line.values) {
                let pen = last.is_some();
                last = v.map(|v| (x(year), y(v)));
                if let Some((px, py)) = last {
                    // A step line: a year's value holds until the next year.
                    pt(&mut d, if pen { 'H' } else { 'M' }, px);
                    pt(&mut d, if pen { 'V' } else { ' ' }, py);
                }
            }
            let marks = line
                .marks
                .iter()
                .filter_map(|&(year, shape)| {
                    let v = (*line.values.get(usize::from(year - start))?)?;
                    let shape = if shape == OWN { line.series } else { shape };
                    Some((shape, x(year), y(v)))
                })
                .collect();
            out.lines.push((line.series, d, marks));
            // Its name above its end, and above the names already there when close.
            if let (Some((px, mut py)), false) = (last, line.label.is_empty()) {
                py -= f / 2;
                while names.iter().any(|(_, u, _, _)| (u - py).abs() <= f) {
                    py -= f + 2;
                }
                names.push((px, py, line.series, line.label.clone()));
            }
        }
        for (px, py, series, label) in names {
            text(&format!("te sl s{series}"), px, py.max(top + f), label);
        }
        top = bottom + f * 3;
    }
    let axis = top - f * 2 + f / 3;
    text("", 0, axis, lang.strings().career_col_years.into());
    for &year in &ticks {
        // The first tick, when not a fifth year, only if there is room before the next.
        if year % 5 != 0 && x(year + 5 - year % 5) - x(year) < f * 2 {
            continue;
        }
        text("tm", x(year), axis, year.to_string());
    }
    out
}

/// A chart, `aria-hidden`: the table after it is its equivalent.
fn chart(l: Layout) -> impl IntoView {
    let texts = l
        .texts
        .into_iter()
        .map(|(class, x, y, t)| {
            view! { <text class=(!class.is_empty()).then_some(class) x=x y=y>{t}</text> }
        })
        .collect_view();
    let grids = l
        .grids
        .into_iter()
        .map(|(grid, rule)| view! { <path class="grid" d=grid/><path class="ms" d=rule/> })
        .collect_view();
    let lines = l
        .lines
        .into_iter()
        .map(|(series, d, marks)| {
            let marks = marks
                .into_iter()
                .map(|(shape, x, y)| view! { <use href=format!("#m{shape}") class="mk" x=x y=y/> })
                .collect_view();
            view! { <g class=format!("s{series}")><path class="ln" d=d/>{marks}</g> }
        })
        .collect_view();
    view! {
        <svg class="chart-svg" viewBox=format!("0 0 {} {}", l.width, l.height)
            aria-hidden="true" focusable="false">
            {texts}{grids}{lines}
        </svg>
    }
}

/// The marker shapes, centred on 0,0 (circle, square, triangle, diamond, cross): drawn once per
/// view, placed with `<use>`.
fn shapes() -> impl IntoView {
    view! {
        <svg class="defs" aria-hidden="true" focusable="false">
            <defs>
                <path id="m0" d="M-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0"/>
                <path id="m1" d="M-4-4h8v8h-8z"/>
                <path id="m2" d="M0-5l5 9h-10z"/>
                <path id="m3" d="M0-6l6 6-6 6-6-6z"/>
                <path id="m4" d="M-4-4l8 8m0-8l-8 8"/>
            </defs>
        </svg>
    }
}

/// The table of a chart, in a region of its own that scrolls.
fn table(
    id: &'static str,
    caption: String,
    head: Vec<String>,
    rows: Vec<AnyView>,
) -> impl IntoView {
    view! {
        <div class="table-scroll tall" role="region" aria-labelledby=id tabindex="0">
            <table class="data-table">
                <caption id=id>{caption}</caption>
                <thead><tr>{head.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn CareerView() -> impl IntoView {
    let app = App::get();
    // The width the charts are drawn at, again when the window is resized.
    let width = RwSignal::new(0);
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        let w = measure();
        if (w - width.get_untracked()).abs() > 8 {
            width.set(w);
        }
    });
    // The listener goes with the view (another view, then the career again, would add another).
    on_cleanup(move || resize.remove());
    let state = Memo::new(move |_| app.state.get());
    move || {
        let st = state.get();
        let w = width.get();
        let w = if w == 0 { measure() } else { w };
        career(st.lang, &st, w)
    }
}

fn career(lang: Lang, st: &AppState, width: i32) -> AnyView {
    let s = lang.strings();
    let Some(policy) = policy::find(st.policy) else {
        return ().into_any();
    };
    let (Ok(projection), Ok(what_ifs)) = (
        career::project(policy, &st.profile),
        career::what_ifs(policy, &st.profile),
    ) else {
        return match st.profile.check() {
            Err(err) => view! { <Problem message=lang.profile_error(err).to_string()/> }.into_any(),
            Ok(()) => ().into_any(),
        };
    };
    let (Some(first), Some(last)) = (projection.first(), projection.last()) else {
        return ().into_any();
    };
    let font = if st.elder { 16 } else { 12 };
    let years = (first.profile.years, last.profile.years);
    let (start, end) = years;
    let name = format!(
        "{} · {}",
        lang.text(&policy.name),
        lang.text(&policy.scheme)
    );

    // "再工作 N 年升到 X 级（+Y 元/月）", and where the range ends.
    let steps = career::level_steps(&projection);
    let top = career::top_reached(&projection);
    let ahead = career::milestones_ahead(&projection);
    let gain = |template: &str, d: Decimal| template.subst("{}", &lang.money(d));
    let mut lead = match (first.placement, career::next_step(&projection)) {
        (None, _) => s.career_no_ladder.to_string(),
        (Some(_), None) => s.career_no_next_step.to_string(),
        (Some(_), Some(next)) => s
            .career_next_step
            .subst("{years}", &next.in_years.to_string())
            .subst("{level}", &next.step.to.to_string())
            .subst(
                "{gain}",
                &next
                    .step
                    .base_pay_gain
                    .map_or(s.unpublished.to_string(), |g| gain(s.career_gain_month, g)),
            ),
    };
    if let (Some(years), Some(pl)) = (top, first.placement) {
        lead = lead
            + " "
            + &s.career_top_at
                .subst("{years}", &years.to_string())
                .subst("{level}", &pl.max.to_string());
    }
    let money = first.base_pay_monthly.amount.is_some();
    let level = first.placement.is_some();
    let no_money = (!money).then(|| {
        view! {
            <p class="unpublished" data-career="no-money">
                {if level { s.career_no_money } else { s.no_total }}
            </p>
        }
    });
    let service_source = match (&policy.grade, steps.is_empty()) {
        (Some(grade), false) => Some(sources::cite_folded(lang, policy, grade.service.source)),
        _ => None,
    };

    // The chart: annual total and base pay, or the level where amounts are unpublished; a
    // marker at each level step and at the top of the range, a rule at each one-off award.
    let mut marks: Vec<(u8, usize)> = steps.iter().map(|st| (st.years, 0)).collect();
    marks.extend(top.map(|y| (y, 3)));
    let line = |value: fn(&Estimate) -> Option<Decimal>| Line {
        values: values(&projection, value),
        series: 0,
        label: String::new(),
        marks: marks.clone(),
    };
    let mut panels = Vec::new();
    if first.annual_total.is_some() {
        panels.push(Panel {
            title: lang.at_least_if(s.career_col_total, !first.complete()),
            lines: vec![line(total)],
            levels: None,
        });
    }
    if money {
        panels.push(Panel {
            title: lang.at_least_if(s.career_col_base, first.base_pay_monthly.lower_bound),
            lines: vec![line(|e| e.base_pay_monthly.amount)],
            levels: None,
        });
    } else if let Some(pl) = first.placement {
        panels.push(Panel {
            title: s.career_col_level.into(),
            lines: vec![line(|e| e.level().map(Decimal::from))],
            levels: Some((pl.min.into(), pl.max.into())),
        });
    }
    let rules: Vec<u8> = ahead.iter().map(|m| m.years).collect();
    let figure = (!panels.is_empty() && end > start).then(|| {
        let keys = [
            (!steps.is_empty(), "lv", s.career_key_step),
            (top.is_some(), "top", s.career_top),
            (!rules.is_empty(), "ms", s.milestones),
        ]
        .into_iter()
        .filter(|(on, ..)| *on)
        .map(|(_, class, t)| {
            view! {
                <span class="key"><span class=format!("k {class}") aria-hidden="true"></span>{t}</span>
            }
        })
        .collect_view();
        view! {
            <figure class="chart">
                {chart(layout(lang, width, years, &panels, &rules, font))}
                <figcaption class="chart-key">{keys}</figcaption>
            </figure>
        }
    });

    // Its table: every year as the engine estimates it, with what happens that year.
    let projection_table = (money || level).then(|| {
        let mut head = vec![s.career_col_years.to_string()];
        // Take-home pay beside the total, when the worker asked for it.
        let net = money && st.take_home;
        for (on, label) in [
            (level, s.career_col_level),
            (money, s.career_col_base),
            (money, s.career_col_total),
            (net, lang.take_home_words().net_annual),
            (true, s.career_col_notes),
        ] {
            if on {
                head.push(label.into());
            }
        }
        let rows = projection
            .iter()
            .map(|e| {
                let years = e.profile.years;
                let mut notes = Vec::new();
                for step in steps.iter().filter(|st| st.years == years) {
                    let mut t = s.career_level_up.subst("{}", &step.to.to_string());
                    if let Some(g) = step.base_pay_gain {
                        t.push_str(&s.paren.subst("{}", &gain(s.career_gain_month, g)));
                    }
                    notes.push(t);
                }
                if top == Some(years) {
                    notes.push(s.career_top.into());
                }
                for m in ahead.iter().filter(|m| m.years == years) {
                    notes.push(format!("{} {}", lang.text(&m.name), lang.money(m.amount)));
                }
                let base = e.base_pay_monthly;
                view! {
                    <tr data-years=years.to_string()>
                        <th scope="row">{years.to_string()}</th>
                        {e.level().map(|l| view! { <td data-col="level">{l.to_string()}</td> })}
                        {money.then(|| view! {
                            <td data-col="base">{lang.cell(base.amount, base.lower_bound)}</td>
                            <td data-col="total">{lang.total_cell(e)}</td>
                        })}
                        {net.then(|| view! { <td data-col="net">{lang.net_cell(e, &st.contributions)}</td> })}
                        <td data-col="notes">{notes.join(s.list_sep)}</td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        // Inputs not given, and the value the estimate assumed for them.
        let assumed = first
            .steps
            .iter()
            .filter(|st| st.is_assumed())
            .map(|st| view! { <p class="hint">{lang.step(st)}</p> })
            .collect_view();
        view! {
            {table("career-caption", s.career_table.into(), head, rows)}
            {assumed}
        }
    });

    view! {
        <div class="career" data-policy=policy.id>
            <PrintSheet policy=Some(policy)/>
            {shapes()}
            <h3 class="district">{s.career_title.subst("{policy}", &name)}</h3>
            <p class="lead" data-career="next">{lead}</p>
            {no_money}
            {service_source}
            {figure}
            {projection_table}
            {what_if_list(lang, st, policy, what_ifs)}
            {over_time(lang, st, years, width, font)}
            <SourcesList lang policies=vec![policy]/>
        </div>
    }
    .into_any()
}

/// `WhatIfList`: the next steps, each against the profile as it is, with its clause and a
/// button that applies it.
fn what_if_list(
    lang: Lang,
    st: &AppState,
    policy: &'static Policy,
    what_ifs: Vec<career::WhatIf>,
) -> impl IntoView {
    let s = lang.strings();
    let app = App::get();
    let gain = |template: &str, d: Decimal| template.subst("{}", &lang.money(d));
    let none = what_ifs
        .is_empty()
        .then(|| view! { <p class="hint">{s.whatif_none}</p> });
    let items = what_ifs
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            let (key, template, value) = match w.change {
                Change::Certificate(c) => ("certificate", s.whatif_certificate, lang.certificate(c).to_string()),
                Change::Education(e) => ("education", s.whatif_education, lang.education(e).to_string()),
                Change::Stars(v) => ("stars", s.whatif_stars, s.stars[usize::from(v)].to_string()),
                Change::Assessment(a) => ("assessment", s.whatif_assessment, lang.assessment(a).to_string()),
                Change::RankStep(v) => ("rank_step", s.whatif_rank_step, lang.key_value(Key::RankStep, &v.to_string())),
                Change::Position(p) => ("position", s.whatif_position, lang.position(p).to_string()),
            };
            let mut parts: Vec<(&'static str, String)> = Vec::new();
            if let Some((from, to)) = w.level.filter(|(from, to)| from != to) {
                let t = s
                    .whatif_level
                    .subst("{from}", &from.to_string())
                    .subst("{to}", &to.to_string());
                parts.push(("level", t));
            }
            for (key, g, template) in [
                ("month", w.monthly_gain, s.career_gain_month),
                ("year", w.annual_gain, s.career_gain_year),
            ] {
                if let Some(g) = g.filter(|g| !g.is_zero()) {
                    parts.push((key, gain(template, g)));
                }
            }
            if !w.unpublished.is_empty() {
                let names: Vec<&str> = w.unpublished.iter().map(|c| lang.text(&c.name)).collect();
                parts.push(("unpublished", s.whatif_unpublished.subst("{}", &names.join(s.list_sep))));
            }
            let gains = parts
                .into_iter()
                .enumerate()
                .map(|(k, (key, t))| {
                    view! { {(k > 0).then_some(s.list_sep)}<span data-gain=key>{t}</span> }
                })
                .collect_view();
            let next = AppState {
                profile: w.profile.clone(),
                ..st.clone()
            };
            let id = format!("wi-{i}");
            let apply = move |_| {
                app.commit(next.clone(), browser::Url::Push);
                browser::focus("whatif-h");
            };
            view! {
                <li class="item whatif" data-change=key>
                    <p class="item-head">
                        <span id=id.clone()>{template.subst("{}", &value)}</span>
                        <strong class="gains">{gains}</strong>
                    </p>
                    {sources::cite(lang, policy, w.source)}
                    // The readings its figures rest on (the star table's ×12 …).
                    {w.interpretations.iter().map(|src| sources::cite(lang, policy, src)).collect_view()}
                    <button type="button" class="button no-print" aria-describedby=id on:click=apply>
                        {s.career_apply}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="block whatifs" aria-labelledby="whatif-h">
            <h3 id="whatif-h" tabindex="-1">{s.whatif_title}</h3>
            {none}
            <ul class="items">{items}</ul>
        </section>
    }
}

/// Every district over the same years: the annual total where there is one.
fn over_time(
    lang: Lang,
    st: &AppState,
    (start, end): (u8, u8),
    width: i32,
    font: i32,
) -> impl IntoView {
    let s = lang.strings();
    // Districts with an annual total first (they have lines), then the others.
    let mut all: Vec<(&Policy, Vec<Estimate>)> = Vec::new();
    for with in [true, false] {
        for p in policy::all() {
            let pr = career::project(p, &st.profile).unwrap_or_default();
            if pr.first().is_some_and(|e| e.annual_total.is_some()) == with {
                all.push((p, pr));
            }
        }
    }
    // A marker every five years, in each line's own shape.
    let own: Vec<(u8, usize)> = (start..=end)
        .filter(|y| y % 5 == 0 || *y == start)
        .map(|y| (y, OWN))
        .collect();
    let mut lines = Vec::new();
    let mut head = vec![s.career_col_years.to_string()];
    let mut without = Vec::new();
    for (p, pr) in &all {
        let name = lang.text(&p.name);
        head.push(name.into());
        match pr.first() {
            Some(e) if e.annual_total.is_some() => lines.push(Line {
                values: values(pr, total),
                series: lines.len() % 5,
                label: lang.at_least_if(name, !e.complete()),
                marks: own.clone(),
            }),
            _ => without.push(name),
        }
    }
    let figure = (!lines.is_empty() && end > start).then(|| {
        let panel = Panel {
            title: s.career_col_total.into(),
            lines,
            levels: None,
        };
        chart(layout(lang, width, (start, end), &[panel], &[], font))
    });
    let no_total = (!without.is_empty()).then(|| {
        view! {
            <p class="hint" data-career="no-total">
                {s.career_compare_no_total.subst("{}", &without.join(s.list_sep))}
            </p>
        }
    });
    let rows = (start..=end)
        .enumerate()
        .map(|(k, years)| {
            let cells = all
                .iter()
                .map(|(p, pr)| {
                    let t = pr.get(k).map_or(String::new(), |e| lang.total_cell(e));
                    view! { <td data-col=p.id>{t}</td> }
                })
                .collect_view();
            view! {
                <tr data-years=years.to_string()><th scope="row">{years.to_string()}</th>{cells}</tr>
            }
            .into_any()
        })
        .collect();
    view! {
        <section class="block over-time" aria-labelledby="over-h">
            <h3 id="over-h">{s.career_compare_title}</h3>
            <p class="hint">{s.career_compare_note}</p>
            {figure}
            {no_total}
            {table("over-caption", s.career_col_total.into(), head, rows)}
        </section>
    }
}
