//! `CareerView` (issue 6): where pay goes from here. For the selected district, the projection
//! of `shequ_pay::career` (annual total and base pay by year of service, or the level where the
//! amounts are unpublished) as a chart with its table; the next steps the worker can take, each
//! with the clause behind it and a button that applies it to the form; then every district over
//! the same years. Every figure is the engine's estimate of that year's profile: nothing here
//! computes pay.
//!
//! The charts are inline SVG written with the HTML writer: no chart library, no `style`
//! attribute (classes, and presentation attributes such as `d` and `x`). An SVG is drawn at the
//! width of its region (measured, and again when the window is resized), so its text keeps the
//! page's sizes, 长者模式 included. Positions are integer arithmetic on whole yuan; the amounts
//! shown are the engine's `Decimal`s, in the table under each chart. The charts are
//! `aria-hidden`: that table is their equivalent for screen readers and in print. Lines differ
//! by dash pattern and marker shape as well as colour, and carry their names at their ends.
//!
//! Written for size (the 100 KB budget): markup as `Html::fill` templates, one chart writer and
//! one table writer for both charts, markers as `<use>` of five shapes.

use super::html::Html;
use super::{browser, result, sources, App};
use rust_decimal::Decimal;
use shequ_pay::career::{self, Change};
use shequ_pay::estimate::Estimate;
use shequ_pay::explain::StepKind;
use shequ_pay::format::yuan;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::ids::Key;
use shequ_pay::policy::{self, Policy};
use shequ_pay::query::{self, AppState, View};
use std::cell::Cell;

thread_local! {
    /// The width the charts were last drawn at.
    static DRAWN: Cell<i32> = const { Cell::new(0) };
}

/// The width of the report region, in CSS pixels.
fn measure() -> i32 {
    let w = browser::element("report").map_or(0, |e| e.client_width());
    if w < 200 {
        640
    } else {
        w.min(1200)
    }
}

/// Redraws the charts at the new width when the window is resized.
pub fn watch(app: App) {
    super::reactive::listen(&browser::window().into(), "resize", move |_| {
        if app.state.with(|s| s.view == View::Career)
            && (measure() - DRAWN.with(Cell::get)).abs() > 8
        {
            app.draw(&app.state.get());
        }
    });
}

/// A what-if's button: the state it holds becomes the state (form and URL follow), and the
/// keyboard goes to the list of next steps, since the button itself is drawn anew.
pub fn click(app: App, button: &web_sys::Element) {
    if let Some(q) = button.get_attribute("data-apply") {
        app.commit(query::parse(&q).0, browser::Url::Push);
        browser::focus("whatif-h");
    }
}

/// An integer as text: one formatter for all (each integer type would bring its own).
#[inline(never)]
fn n(v: i32) -> String {
    v.to_string()
}

/// A value for each year, in whole yuan (or levels): for pixel positions only.
fn values(projection: &[Estimate], value: fn(&Estimate) -> Option<Decimal>) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    for e in projection {
        out.push(value(e).map(|d| d.round().mantissa() as i64));
    }
    out
}

fn total(e: &Estimate) -> Option<Decimal> {
    e.annual_total
}

/// An amount without its unit (the column has it): "2,300", "至少 52,800", "未公布".
fn cell(lang: Lang, amount: Option<Decimal>, lower_bound: bool) -> String {
    let s = lang.strings();
    match amount {
        None => s.unpublished.into(),
        Some(a) if lower_bound => [s.at_least, " ", &yuan(a)].concat(),
        Some(a) => yuan(a),
    }
}

fn total_cell(lang: Lang, e: &Estimate) -> String {
    cell(lang, e.annual_total, !e.complete())
}

/// A name or title, with "（至少）" where the amounts are lower bounds.
fn at_least(lang: Lang, text: &str, lower_bound: bool) -> String {
    let s = lang.strings();
    if lower_bound {
        [text, &s.paren.subst("{}", s.at_least)].concat()
    } else {
        text.into()
    }
}

/// The marker shapes, centred on 0,0 (circle, square, triangle, diamond, cross): drawn once per
/// view, placed with `<use>`.
const SHAPES: &str = concat!(
    r#"<svg class="defs" aria-hidden="true" focusable="false"><defs>"#,
    r#"<path id="m0" d="M-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0"/><path id="m1" d="M-4-4h8v8h-8z"/>"#,
    r#"<path id="m2" d="M0-5l5 9h-10z"/><path id="m3" d="M0-6l6 6-6 6-6-6z"/>"#,
    r#"<path id="m4" d="M-4-4l8 8m0-8l-8 8"/></defs></svg>"#
);
/// A marker in its line's own shape.
const OWN: usize = 5;

/// One line of a chart: a value per year from the chart's start (`None`: none drawn).
struct Line<'a> {
    values: Vec<Option<i64>>,
    /// Colour, dash pattern and marker shape, 0–4.
    series: usize,
    /// Its name at its end ("" for none).
    label: String,
    /// Markers: (year, shape or `OWN`).
    marks: &'a [(u8, usize)],
}

struct Panel<'a> {
    title: String,
    lines: Vec<Line<'a>>,
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
    out.push_str(&n(v));
}

fn text(h: &mut Html, class: &str, x: i32, y: i32, t: &str) {
    h.fill(
        r#"<text class="{}" x="{}" y="{}">{}</text>"#,
        &[class, &n(x), &n(y), t],
    );
}

/// A chart of values by year, `aria-hidden`: the table after it is its equivalent.
/// `rules`: years with a dashed rule across (one-off awards).
fn chart(h: &mut Html, lang: Lang, start: u8, end: u8, panels: &[Panel], rules: &[u8], f: i32) {
    let width = DRAWN.with(Cell::get);
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
    h.fill(
        r#"<svg class="chart-svg" viewBox="0 0 {} {}" aria-hidden="true" focusable="false">"#,
        &[&n(width), &n(axis + f / 2)],
    );
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
        text(h, "pt", 0, top - f * 2 / 3, &p.title);
        let mut v = lo;
        while v <= hi {
            pt(&mut grid, 'M', left);
            pt(&mut grid, ' ', y(v));
            pt(&mut grid, 'H', right);
            let label = match p.levels {
                None => yuan(Decimal::from(v)),
                Some(_) => n(v as i32),
            };
            text(h, "te", left - f / 2, y(v) + f / 3, &label);
            v += step;
        }
        h.fill(
            r#"<path class="grid" d="{}"/><path class="ms" d="{}"/>"#,
            &[&grid, &rule],
        );
        let mut names: Vec<(i32, i32, String, &str)> = Vec::new();
        for line in &p.lines {
            let series = n(line.series as i32);
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
            h.fill(
                r#"<g class="s{}"><path class="ln" d="{}"/>"#,
                &[&series, &d],
            );
            for &(year, shape) in line.marks {
                if let Some(Some(v)) = line.values.get(usize::from(year - start)) {
                    let shape = if shape == OWN { line.series } else { shape };
                    h.fill(
                        r##"<use href="#m{}" class="mk" x="{}" y="{}"/>"##,
                        &[&n(shape as i32), &n(x(year)), &n(y(*v))],
                    );
                }
            }
            h.fill("</g>", &[]);
            // Its name above its end, and above the names already there when close.
            if let (Some((px, mut py)), false) = (last, line.label.is_empty()) {
                py -= f / 2;
                while names.iter().any(|(_, u, _, _)| (u - py).abs() <= f) {
                    py -= f + 2;
                }
                names.push((px, py, series, &line.label));
            }
        }
        // The names over every line.
        for (px, py, series, label) in names {
            let class = ["te sl s", &series].concat();
            text(h, &class, px, py.max(top + f), label);
        }
        top = bottom + f * 3;
    }
    let axis = top - f * 2 + f / 3;
    text(h, "", 0, axis, lang.strings().career_col_years);
    for &year in &ticks {
        // The first tick, when not a fifth year, only if there is room before the next.
        if year % 5 != 0 && x(year + 5 - year % 5) - x(year) < f * 2 {
            continue;
        }
        text(h, "tm", x(year), axis, &n(year.into()));
    }
    h.fill("</svg>", &[]);
}

/// The table of a chart, in a region of its own that scrolls: up to its header row.
fn table(h: &mut Html, id: &str, caption: &str, head: &[&str]) {
    h.fill(
        r#"<div class="table-scroll tall" role="region" aria-labelledby="{}" tabindex="0"><table class="data-table"><caption id="{}">{}</caption><thead><tr>"#,
        &[id, id, caption],
    );
    for c in head {
        h.fill(r#"<th scope="col">{}</th>"#, &[c]);
    }
    h.fill("</tr></thead><tbody>", &[]);
}

/// A table's row for a year (`data-years`), left open for its cells.
fn row(h: &mut Html, years: u8) {
    let y = n(years.into());
    h.fill(r#"<tr data-years="{}"><th scope="row">{}</th>"#, &[&y, &y]);
}

/// A cell; `data-col` says what it holds.
fn td(h: &mut Html, key: &str, t: &str) {
    h.fill(r#"<td data-col="{}">{}</td>"#, &[key, t]);
}

/// The career view for the state.
pub fn career(lang: Lang, st: &AppState) -> String {
    let s = lang.strings();
    let mut h = Html::default();
    let Some(policy) = policy::find(st.policy) else {
        return String::new();
    };
    let (Ok(projection), Ok(what_ifs)) = (
        career::project(policy, &st.profile),
        career::what_ifs(policy, &st.profile),
    ) else {
        if let Err(err) = st.profile.check() {
            result::problem(&mut h, lang, lang.profile_error(err));
        }
        return h.finish();
    };
    let (Some(first), Some(last)) = (projection.first(), projection.last()) else {
        return String::new();
    };
    DRAWN.with(|w| w.set(measure()));
    let font = if st.elder { 16 } else { 12 };
    let (start, end) = (first.profile.years, last.profile.years);
    h.fill(r#"<div class="career" data-policy="{}">"#, &[policy.id]);
    result::print_sheet(&mut h, lang, st, Some(policy));
    h.fill(SHAPES, &[]);
    let name = [lang.text(&policy.name), " · ", lang.text(&policy.scheme)].concat();
    h.leaf("h3", "district", &s.career_title.subst("{policy}", &name));

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
            .subst("{years}", &n(next.in_years.into()))
            .subst("{level}", &n(next.step.to.into()))
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
                .subst("{years}", &n(years.into()))
                .subst("{level}", &n(pl.max.into()));
    }
    h.fill(r#"<p class="lead" data-career="next">{}</p>"#, &[&lead]);
    let money = first.base_pay_monthly.amount.is_some();
    let level = first.placement.is_some();
    if !money {
        h.fill(
            r#"<p class="unpublished" data-career="no-money">{}</p>"#,
            &[if level { s.career_no_money } else { s.no_total }],
        );
    }
    if let (Some(grade), false) = (&policy.grade, steps.is_empty()) {
        sources::cite_folded(&mut h, lang, policy, grade.service.source);
    }

    // The chart: annual total and base pay, or the level where amounts are unpublished; a
    // marker at each level step and at the top of the range, a rule at each one-off award.
    let mut marks: Vec<(u8, usize)> = steps.iter().map(|st| (st.years, 0)).collect();
    marks.extend(top.map(|y| (y, 3)));
    let line = |value: fn(&Estimate) -> Option<Decimal>| Line {
        values: values(&projection, value),
        series: 0,
        label: String::new(),
        marks: &marks,
    };
    let mut panels = Vec::new();
    if first.annual_total.is_some() {
        panels.push(Panel {
            title: at_least(lang, s.career_col_total, !first.complete()),
            lines: vec![line(total)],
            levels: None,
        });
    }
    if money {
        panels.push(Panel {
            title: at_least(lang, s.career_col_base, first.base_pay_monthly.lower_bound),
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
    if !panels.is_empty() && end > start {
        h.fill(r#"<figure class="chart">"#, &[]);
        chart(&mut h, lang, start, end, &panels, &rules, font);
        h.fill(r#"<figcaption class="chart-key">"#, &[]);
        for (on, class, t) in [
            (!steps.is_empty(), "lv", s.career_key_step),
            (top.is_some(), "top", s.career_top),
            (!rules.is_empty(), "ms", s.milestones),
        ] {
            if on {
                h.fill(
                    r#"<span class="key"><span class="k {}" aria-hidden="true"></span>{}</span>"#,
                    &[class, t],
                );
            }
        }
        h.fill("</figcaption></figure>", &[]);
    }

    // Its table: every year as the engine estimates it, with what happens that year.
    if money || level {
        let mut head = vec![s.career_col_years];
        for (on, label) in [
            (level, s.career_col_level),
            (money, s.career_col_base),
            (money, s.career_col_total),
            (true, s.career_col_notes),
        ] {
            if on {
                head.push(label);
            }
        }
        table(&mut h, "career-caption", s.career_table, &head);
        for e in &projection {
            let years = e.profile.years;
            row(&mut h, years);
            if let Some(l) = e.level() {
                td(&mut h, "level", &n(l.into()));
            }
            if money {
                let base = e.base_pay_monthly;
                td(&mut h, "base", &cell(lang, base.amount, base.lower_bound));
                td(&mut h, "total", &total_cell(lang, e));
            }
            let mut notes = String::new();
            let mut note = |t: &str| {
                if !notes.is_empty() {
                    notes.push_str(s.list_sep);
                }
                notes.push_str(t);
            };
            for step in steps.iter().filter(|st| st.years == years) {
                let mut t = s.career_level_up.subst("{}", &n(step.to.into()));
                if let Some(g) = step.base_pay_gain {
                    t.push_str(&s.paren.subst("{}", &gain(s.career_gain_month, g)));
                }
                note(&t);
            }
            if top == Some(years) {
                note(s.career_top);
            }
            for m in ahead.iter().filter(|m| m.years == years) {
                note(&[lang.text(&m.name), " ", &lang.money(m.amount)].concat());
            }
            td(&mut h, "notes", &notes);
            h.fill("</tr>", &[]);
        }
        h.fill("</tbody></table></div>", &[]);
        // Inputs not given, and the value the estimate assumed for them.
        for step in &first.steps {
            if matches!(step.kind, StepKind::Lookup { assumed: true, .. }) {
                h.leaf("p", "hint", &lang.step(step));
            }
        }
    }

    // The next steps, each against the profile as it is, with its clause and a button.
    h.fill(
        r#"<section class="block whatifs" aria-labelledby="whatif-h"><h3 id="whatif-h" tabindex="-1">{}</h3>"#,
        &[s.whatif_title],
    );
    if what_ifs.is_empty() {
        h.leaf("p", "hint", s.whatif_none);
    }
    h.fill(r#"<ul class="items">"#, &[]);
    for (i, w) in what_ifs.iter().enumerate() {
        let (key, template, value) = match w.change {
            Change::Certificate(c) => ("certificate", s.whatif_certificate, lang.certificate(c)),
            Change::Education(e) => ("education", s.whatif_education, lang.education(e)),
            Change::Stars(v) => ("stars", s.whatif_stars, s.stars[usize::from(v)]),
            Change::Assessment(a) => ("assessment", s.whatif_assessment, lang.assessment(a)),
            Change::RankStep(_) => ("rank_step", s.whatif_rank_step, ""),
            Change::Position(p) => ("position", s.whatif_position, lang.position(p)),
        };
        let value = match w.change {
            Change::RankStep(v) => lang.key_value(Key::RankStep, &n(v.into())),
            _ => value.into(),
        };
        let id = n(i as i32);
        h.fill(
            r#"<li class="item whatif" data-change="{}"><p class="item-head"><span id="wi-{}">{}</span><strong class="gains">"#,
            &[key, &id, &template.subst("{}", &value)],
        );
        let mut sep = "";
        let mut part = |h: &mut Html, key: &str, t: &str| {
            h.fill(r#"{}<span data-gain="{}">{}</span>"#, &[sep, key, t]);
            sep = s.list_sep;
        };
        if let Some((from, to)) = w.level.filter(|(from, to)| from != to) {
            let t = s
                .whatif_level
                .subst("{from}", &n(from.into()))
                .subst("{to}", &n(to.into()));
            part(&mut h, "level", &t);
        }
        for (key, g, template) in [
            ("month", w.monthly_gain, s.career_gain_month),
            ("year", w.annual_gain, s.career_gain_year),
        ] {
            if let Some(g) = g.filter(|g| !g.is_zero()) {
                part(&mut h, key, &gain(template, g));
            }
        }
        if !w.unpublished.is_empty() {
            let names: Vec<&str> = w.unpublished.iter().map(|c| lang.text(&c.name)).collect();
            let t = s.whatif_unpublished.subst("{}", &names.join(s.list_sep));
            part(&mut h, "unpublished", &t);
        }
        h.fill("</strong></p>", &[]);
        sources::cite(&mut h, lang, policy, w.source);
        let next = AppState {
            profile: w.profile.clone(),
            ..st.clone()
        };
        h.fill(
            r#"<button type="button" class="button no-print" data-apply="{}" aria-describedby="wi-{}">{}</button></li>"#,
            &[&query::to_query(&next), &id, s.career_apply],
        );
    }
    h.fill("</ul></section>", &[]);

    // Every district over the same years: the annual total where there is one.
    h.fill(
        r#"<section class="block over-time" aria-labelledby="over-h"><h3 id="over-h">{}</h3><p class="hint">{}</p>"#,
        &[s.career_compare_title, s.career_compare_note],
    );
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
    let mut head = vec![s.career_col_years];
    let mut without = String::new();
    for (p, pr) in &all {
        let name = lang.text(&p.name);
        head.push(name);
        match pr.first() {
            Some(e) if e.annual_total.is_some() => lines.push(Line {
                values: values(pr, total),
                series: lines.len() % 5,
                label: at_least(lang, name, !e.complete()),
                marks: &own,
            }),
            _ => {
                if !without.is_empty() {
                    without.push_str(s.list_sep);
                }
                without.push_str(name);
            }
        }
    }
    if !lines.is_empty() && end > start {
        let panel = Panel {
            title: s.career_col_total.into(),
            lines,
            levels: None,
        };
        chart(&mut h, lang, start, end, &[panel], &[], font);
    }
    if !without.is_empty() {
        h.fill(
            r#"<p class="hint" data-career="no-total">{}</p>"#,
            &[&s.career_compare_no_total.subst("{}", &without)],
        );
    }
    table(&mut h, "over-caption", s.career_col_total, &head);
    for (k, years) in (start..=end).enumerate() {
        row(&mut h, years);
        for (p, pr) in &all {
            let t = pr.get(k).map_or(String::new(), |e| total_cell(lang, e));
            td(&mut h, p.id, &t);
        }
        h.fill("</tr>", &[]);
    }
    h.fill("</tbody></table></div></section>", &[]);

    sources::documents(&mut h, lang, &[policy]);
    h.fill("</div>", &[]);
    h.finish()
}
