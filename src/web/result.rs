//! `EstimateCard`: one district's figures, each opening its explanation (`<details>`: keyboard
//! accessible, no script), with what is unpublished, one-off awards and employer-side items
//! apart from pay, caveats, the documents and the print sheet. The engine's `Estimate` is only
//! read and worded here. Drawn as HTML (see `html.rs`).

use super::html::Html;
use super::{browser, form, sources};
use shequ_pay::estimate::{EmployerValue, Estimate, Figure, MilestoneStatus};
use shequ_pay::explain::{Step, StepKind};
use shequ_pay::format::Subst;
use shequ_pay::grade::Placement;
use shequ_pay::i18n::Lang;
use shequ_pay::ids::{Class, Key};
use shequ_pay::policy::{self, Policy};
use shequ_pay::profile::ProfileError;
use shequ_pay::query::AppState;

/// Which figure a step explains.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Level,
    Base,
    Certificate,
    Performance,
    Total,
}

fn part(step: &Step) -> Part {
    use StepKind::*;
    let of = |c: &shequ_pay::policy::Component| match c.class {
        Class::Base => Part::Base,
        Class::Certificate => Part::Certificate,
        Class::Performance => Part::Performance,
    };
    match &step.kind {
        PositionRange { .. }
        | UncountedYears { .. }
        | ExcellentYears { .. }
        | Service { .. }
        | EducationLevels { .. }
        | DegreeYears { .. }
        | DegreeFloor { .. }
        | CertificateLevels { .. }
        | OneShoulderLevels { .. }
        | Level { .. } => Part::Level,
        Coefficient { component, .. }
        | ProbationCoefficient { component, .. }
        | ProbationNotPaid { component }
        | Lookup { component, .. }
        | Factor { component, .. }
        | Unpublished { component } => of(component),
        ProbationNotForPosition { .. } | ProbationFullPay => Part::Base,
        CertificateWorth { .. } => Part::Certificate,
        AnnualTotal { .. } | NoTotal => Part::Total,
    }
}

fn is_rank_step(step: &Step) -> bool {
    matches!(
        step.kind,
        StepKind::Lookup {
            key: Key::RankStep,
            ..
        }
    )
}

fn assumed(step: &Step) -> bool {
    matches!(step.kind, StepKind::Lookup { assumed: true, .. })
}

/// A summary figure as shown: "3,300 元", "至少 3,800 元", "未公布".
pub fn figure_text(lang: Lang, f: Figure) -> String {
    let s = lang.strings();
    match f.amount {
        None => s.unpublished.into(),
        Some(a) if f.lower_bound => format!("{} {}", s.at_least, lang.money(a)),
        Some(a) => lang.money(a),
    }
}

/// The annual total as shown; the sentence saying why there is none.
pub fn total_text(lang: Lang, e: &Estimate) -> String {
    let s = lang.strings();
    match e.annual_total {
        None => s.no_total.into(),
        Some(t) if !e.complete() => format!("{} {}", s.at_least, lang.money(t)),
        Some(t) => lang.money(t),
    }
}

/// Where the worker sits: (label, value, the note under it).
pub fn level_text(lang: Lang, e: &Estimate) -> (&'static str, String, String) {
    let s = lang.strings();
    if let Some(pl) = e.placement {
        let span = s
            .level_span
            .subst("{min}", &pl.min.to_string())
            .subst("{max}", &pl.max.to_string());
        let value = s.level_value.subst("{}", &pl.level.to_string());
        (
            s.level,
            value,
            format!("{}{}{}", s.level_range, s.colon, span),
        )
    } else if let Some(step) = e.rank_step {
        let value = lang.key_value(Key::RankStep, &step.to_string());
        let note = if e.profile.rank_step.is_none() {
            s.assumed
        } else {
            ""
        };
        (s.rank_step, value, note.into())
    } else {
        (
            s.level,
            s.unpublished.into(),
            lang.text(&e.policy.scheme).into(),
        )
    }
}

/// What the certificate brings: (label, data key, value, note). Where it raises the level, what
/// that is worth per month; else the allowance.
pub fn certificate_text(
    lang: Lang,
    e: &Estimate,
) -> (&'static str, &'static str, String, &'static str) {
    let s = lang.strings();
    match e.certificate_worth_monthly {
        Some(w) => (
            s.certificate_worth,
            "certificate_worth_monthly",
            lang.money(w),
            s.certificate_worth_note,
        ),
        None => (
            s.certificate_allowance,
            "certificate_allowance_monthly",
            figure_text(lang, e.certificate_allowance_monthly),
            s.per_month,
        ),
    }
}

/// The names of the unpublished parts, listed.
pub fn unpublished_text(lang: Lang, e: &Estimate) -> Option<String> {
    let names: Vec<&str> = e.unpublished().map(|c| lang.text(&c.name)).collect();
    (!names.is_empty()).then(|| names.join(lang.strings().list_sep))
}

pub fn employer_text(lang: Lang, v: &EmployerValue) -> String {
    let s = lang.strings();
    let percent = |p: &rust_decimal::Decimal| format!("{}%", p.normalize());
    match v {
        EmployerValue::Monthly(a) => s.monthly_amount.subst("{}", &lang.money(*a)),
        EmployerValue::Range(lo, hi) => {
            let range = s
                .range_money
                .subst("{lo}", &shequ_pay::format::yuan(*lo))
                .subst("{hi}", &shequ_pay::format::yuan(*hi));
            s.monthly_amount.subst("{}", &range)
        }
        EmployerValue::Percent {
            percent: p,
            of,
            amount,
        } => {
            let sum = format!(
                "{} × {} = {}",
                percent(p),
                shequ_pay::format::yuan(*of),
                lang.money(*amount)
            );
            s.monthly_amount.subst("{}", &sum)
        }
        EmployerValue::Eligible {
            percent: p,
            needs_head_years,
            ..
        } => {
            let status = if *needs_head_years {
                s.eligible_if_head_years
            } else {
                s.eligible
            };
            format!("{}{}{}", percent(p), s.colon, status)
        }
        EmployerValue::NotYet { percent: p } => {
            format!("{}{}{}", percent(p), s.colon, s.not_yet_eligible)
        }
    }
}

/// The district and its estimate: computed once per draw, read by everything drawn from it.
pub type Outcome = (&'static Policy, Result<Estimate, ProfileError>);

pub fn outcome(st: &AppState) -> Option<Outcome> {
    let policy = policy::find(st.policy)?;
    Some((policy, shequ_pay::estimate(policy, &st.profile)))
}

/// The short line announced for the estimate view.
pub fn summary(lang: Lang, (policy, est): &Outcome) -> String {
    let s = lang.strings();
    let name = lang.text(&policy.name);
    match est {
        Err(err) => format!(
            "{name}{}{}{}",
            s.colon,
            s.cannot_estimate,
            lang.profile_error(*err)
        ),
        Ok(e) => {
            let mut parts = Vec::new();
            if let Some(pl) = e.placement {
                parts.push(s.live_level.subst("{}", &pl.level.to_string()));
            } else if e.rank_step.is_some() {
                parts.push(level_text(lang, e).1);
            }
            match (e.base_pay_monthly.amount, e.annual_total) {
                (Some(_), Some(_)) => {
                    let base = figure_text(lang, e.base_pay_monthly);
                    parts.push(s.live_base.subst("{}", &base));
                    parts.push(s.live_total.subst("{}", &total_text(lang, e)));
                }
                _ => parts.push(s.live_no_total.into()),
            }
            format!("{name}{}{}", s.colon, parts.join(s.list_sep))
        }
    }
}

/// The district and its annual total (or why there is none), for the bar on a phone.
pub fn short_summary(lang: Lang, (policy, est): &Outcome) -> String {
    let s = lang.strings();
    let total = match est {
        Ok(e) if e.annual_total.is_some() => s.live_total.subst("{}", &total_text(lang, e)),
        Ok(_) => s.live_no_total.to_string(),
        Err(err) => lang.profile_error(*err).to_string(),
    };
    format!("{}{}{}", lang.text(&policy.name), s.colon, total)
}

/// Instead of figures: why there are none yet.
pub fn problem(h: &mut Html, lang: Lang, message: &str) {
    let s = lang.strings();
    h.tag("div", &[("class", "problem"), ("data-figure", "problem")]);
    h.open("p", "")
        .leaf("strong", "", s.cannot_estimate)
        .text(message)
        .end("p");
    h.leaf("p", "", s.fix_input).end("div");
}

/// A figure: its value, and the steps behind it when opened.
struct Row<'a> {
    /// Its bit in `App::open`.
    bit: u32,
    key: &'static str,
    label: &'static str,
    value: String,
    note: String,
    ladder: Option<Placement>,
    total: bool,
    steps: Vec<&'a Step>,
    /// A paragraph after the steps in the explanation.
    more: &'a str,
}

/// Draws a figure into its own region (`fig-` and its bit), replaced only when it changed. Its
/// explanation is a region of its own (`fb-` and the bit), drawn by `body`.
fn row(lang: Lang, r: &Row<'_>, open: u32) {
    let s = lang.strings();
    let mut html = Html::default();
    let h = &mut html;
    let bit = r.bit.to_string();
    let level = r.ladder.map(|pl| pl.level.to_string()).unwrap_or_default();
    h.tag(
        "details",
        &[
            ("class", if r.total { "fig total" } else { "fig" }),
            ("data-bit", &bit),
            (if open & r.bit != 0 { "open" } else { "" }, ""),
        ],
    );
    h.open("summary", "").leaf("span", "fig-label", r.label);
    let amount = r.value.chars().any(|c| c.is_ascii_digit());
    h.tag(
        "span",
        &[
            (
                "class",
                match (amount, r.total) {
                    (true, _) => "fig-value",
                    (false, false) => "fig-value none",
                    (false, true) => "fig-value none long",
                },
            ),
            ("data-figure", r.key),
            (if level.is_empty() { "" } else { "data-level" }, &level),
        ],
    );
    h.text(&r.value).end("span");
    let mut note = r.note.clone();
    if r.steps.iter().any(|st| assumed(st)) {
        if !note.is_empty() {
            note.push_str(s.list_sep);
        }
        note.push_str(s.assumed);
    }
    if !note.is_empty() {
        h.leaf("span", "fig-note", &note);
    }
    if let Some(pl) = r.ladder {
        ladder(h, pl);
    }
    h.tag("span", &[("class", "fig-more"), ("aria-hidden", "true")])
        .text(s.explanation)
        .end("span");
    h.end("summary");
    h.tag(
        "div",
        &[("class", "fig-body"), ("id", &format!("fb-{bit}"))],
    )
    .end("div")
    .end("details");
    browser::set_html(&format!("fig-{bit}"), &html.finish());
}

/// Draws a figure's explanation into its region.
fn body(lang: Lang, policy: &Policy, r: &Row<'_>) {
    let mut h = Html::default();
    h.leaf("p", "fig-body-title", lang.strings().explanation);
    if !r.steps.is_empty() {
        sources::steps(&mut h, lang, policy, &r.steps);
    }
    if !r.more.is_empty() {
        h.leaf("p", "", r.more);
    }
    browser::set_html(&format!("fb-{}", r.bit), &h.finish());
}

/// The position's levels as a rising row of cells, the worker's lit. Drawn by CSS; the level
/// is in words beside it.
fn ladder(h: &mut Html, pl: Placement) {
    let n = usize::from(pl.max - pl.min) + 1;
    h.tag("span", &[("class", "ladder"), ("aria-hidden", "true")]);
    for (i, level) in (pl.min..=pl.max).enumerate() {
        let mut class = format!("s{}", ((i + 1) * 12).div_ceil(n));
        if level == pl.level {
            class.push_str(" on");
        }
        h.open("span", &class).end("span");
    }
    h.end("span");
}

/// The estimate view: the district, its figures and everything behind them, in regions that
/// change for different reasons (`fill` draws them), or why there are no figures.
pub fn estimate(lang: Lang, est: &Result<Estimate, ProfileError>) -> String {
    let mut h = Html::default();
    match est {
        Ok(e) => {
            h.fill(
                r#"<div class="estimate" data-policy="{}"><div id="est-print"></div><div id="est-head"></div><div class="figs"><div id="fig-1"></div><div id="fig-2"></div><div id="fig-4"></div><div id="fig-8"></div><div id="fig-16"></div></div><div id="est-items"></div><div id="est-docs"></div></div>"#,
                &[e.policy.id],
            );
        }
        Err(err) => problem(&mut h, lang, lang.profile_error(*err)),
    }
    h.finish()
}

/// The parts of the estimate view `fill` draws.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// The head and the figures with the open explanations, and nothing below them (then drawn
    /// by `Unseen`): the first draw's part, and that of a draw whose figures waited.
    Figures,
    /// What shows as the figures change: the head, the figures, the open explanations, and, when
    /// they are in view, the items that follow from the profile and what changes only with the
    /// district or the language (caveats and documents, built only then).
    Seen,
    /// What does not show until opened, scrolled to or printed: the closed explanations, the
    /// items and documents (drawn anew only if they changed) and the print sheet. Drawn in a
    /// task after `Seen`'s, so that typing gets the new figures a frame sooner.
    Unseen,
}

/// Fills the estimate view's regions for `pass`. A region is replaced only when it changed.
/// `open`: which explanations the user has open.
pub fn fill(lang: Lang, st: &AppState, e: &Estimate, open: u32, pass: Pass) {
    let policy = e.policy;
    let rows = rows(lang, e);
    let items = || {
        let mut h = Html::default();
        unpublished(&mut h, lang, e);
        milestones(&mut h, lang, e);
        employer(&mut h, lang, e);
        browser::set_html("est-items", &h.finish());
    };
    let docs = || {
        browser::fill("est-docs", &format!("{}{}", policy.id, lang.tag()), || {
            let mut h = Html::default();
            caveats(&mut h, lang, policy);
            sources::documents(&mut h, lang, &[policy]);
            h.finish()
        });
    };
    if pass == Pass::Unseen {
        let mut h = Html::default();
        print_sheet(&mut h, lang, st, Some(policy));
        browser::set_html("est-print", &h.finish());
        for r in &rows {
            body(lang, policy, r);
        }
        // Left as they are if `Seen` drew them.
        items();
        docs();
        return;
    }
    head(lang, e);
    for r in &rows {
        row(lang, r, open);
        if open & r.bit != 0 {
            body(lang, policy, r);
        }
    }
    // Asked in every pass that draws the figures, so that the browser watches them from the
    // first draw on.
    let (items_away, docs_away) = (
        browser::out_of_view("est-items"),
        browser::out_of_view("est-docs"),
    );
    if pass == Pass::Seen {
        if !items_away {
            items();
        }
        if !docs_away {
            docs();
        }
    }
}

/// The district, its scheme and whether the estimate is complete.
fn head(lang: Lang, e: &Estimate) {
    let s = lang.strings();
    let policy = e.policy;
    let mut h = Html::default();
    h.open("div", "result-head")
        .open("h3", "district")
        .text(lang.text(&policy.name));
    let region = format!(
        "{} · {}",
        lang.text(&policy.region),
        lang.text(&policy.scheme)
    );
    h.leaf("span", "region", &region)
        .end("h3")
        .open("p", "status");
    let complete = e.complete();
    h.tag(
        "span",
        &[
            ("class", if complete { "badge ok" } else { "badge part" }),
            ("data-complete", if complete { "true" } else { "false" }),
        ],
    );
    h.text(if complete { s.complete } else { s.incomplete })
        .end("span");
    if e.probation {
        h.text(" ").leaf("span", "badge", s.field_probation);
    }
    h.end("p").end("div");
    browser::set_html("est-head", &h.finish());
}

/// The five figures with the steps that explain each.
fn rows<'a>(lang: Lang, e: &'a Estimate) -> [Row<'a>; 5] {
    let s = lang.strings();
    let policy = e.policy;
    let of = |p: Part| {
        e.steps
            .iter()
            .filter(|st| part(st) == p)
            .collect::<Vec<_>>()
    };
    let (label, value, note) = level_text(lang, e);
    let by_rank = e.placement.is_none() && e.rank_step.is_some();
    let level_steps = if by_rank {
        e.steps.iter().filter(|st| is_rank_step(st)).collect()
    } else {
        of(Part::Level)
    };
    let no_ladder = e.placement.is_none() && !by_rank;
    let level = Row {
        bit: 1,
        key: if by_rank { "rank_step" } else { "level" },
        label,
        value,
        note,
        ladder: e.placement,
        total: false,
        steps: level_steps,
        more: if no_ladder {
            lang.text(&policy.summary)
        } else {
            ""
        },
    };
    let base = Row {
        bit: 2,
        key: "base_pay_monthly",
        label: s.base_pay,
        value: figure_text(lang, e.base_pay_monthly),
        note: s.per_month.into(),
        ladder: None,
        total: false,
        steps: of(Part::Base),
        more: "",
    };
    let (label, key, value, note) = certificate_text(lang, e);
    let certificate = Row {
        bit: 4,
        key,
        label,
        value,
        note: note.into(),
        ladder: None,
        total: false,
        steps: of(Part::Certificate),
        more: "",
    };
    let performance = Row {
        bit: 8,
        key: "performance_annual",
        label: s.performance,
        value: figure_text(lang, e.performance_annual),
        note: s.per_year.into(),
        ladder: None,
        total: false,
        steps: of(Part::Performance),
        more: "",
    };
    let total = Row {
        bit: 16,
        key: "annual_total",
        label: s.annual_total,
        value: total_text(lang, e),
        note: String::new(),
        ladder: None,
        total: true,
        steps: of(Part::Total),
        more: "",
    };
    [level, base, certificate, performance, total]
}

/// The line of what is unpublished, the start of the items.
fn unpublished(h: &mut Html, lang: Lang, e: &Estimate) {
    let s = lang.strings();
    if let Some(names) = unpublished_text(lang, e) {
        h.open("p", "unpublished")
            .open("strong", "")
            .text(s.unpublished_list)
            .text(s.colon);
        h.end("strong")
            .tag("span", &[("data-figure", "unpublished")])
            .text(&names);
        h.end("span").end("p");
    }
}

/// A section of items: heading, optional note, then the list (closed by the caller).
fn items_section(h: &mut Html, class: &str, id: &str, heading: &str, note: &str) {
    h.tag("section", &[("class", class), ("aria-labelledby", id)]);
    h.tag("h3", &[("id", id)]).text(heading).end("h3");
    if !note.is_empty() {
        h.leaf("p", "hint", note);
    }
    h.open("ul", "items");
}

fn milestones(h: &mut Html, lang: Lang, e: &Estimate) {
    let s = lang.strings();
    if e.milestones.is_empty() {
        return;
    }
    items_section(h, "block", "milestones-h", s.milestones, "");
    for (m, status) in &e.milestones {
        let status = match status {
            MilestoneStatus::Reached => s.milestone_reached.to_string(),
            MilestoneStatus::InYears(n) => s.milestone_in_years.subst("{}", &n.to_string()),
        };
        h.tag(
            "li",
            &[("class", "item"), ("data-milestone", &m.years.to_string())],
        );
        h.open("p", "item-head")
            .leaf("span", "", lang.text(&m.name));
        h.leaf("strong", "", &lang.money(m.amount))
            .end("p")
            .leaf("p", "hint", &status);
        sources::cite_folded(h, lang, e.policy, m.source);
        h.end("li");
    }
    h.end("ul").end("section");
}

fn employer(h: &mut Html, lang: Lang, e: &Estimate) {
    let s = lang.strings();
    if e.employer.is_empty() {
        return;
    }
    items_section(
        h,
        "block employer",
        "employer-h",
        s.employer_items,
        s.employer_note,
    );
    for (item, value) in &e.employer {
        let key = format!("employer_{}", item.id);
        h.tag("li", &[("class", "item"), ("data-employer", item.id)]);
        h.open("p", "item-head")
            .leaf("span", "", lang.text(&item.name));
        h.tag("strong", &[("data-figure", &key)])
            .text(&employer_text(lang, value));
        h.end("strong").end("p");
        sources::cite_folded(h, lang, e.policy, item.source);
        if let EmployerValue::Eligible { condition, .. } = value {
            sources::cite_folded(h, lang, e.policy, condition.source);
        }
        h.end("li");
    }
    h.end("ul").end("section");
}

fn caveats(h: &mut Html, lang: Lang, policy: &Policy) {
    if policy.caveats.is_empty() {
        return;
    }
    items_section(h, "block caveats", "caveats-h", lang.strings().caveats, "");
    for c in policy.caveats {
        h.open("li", "item").leaf("p", "", lang.text(&c.text));
        sources::cite_folded(h, lang, policy, c.source);
        h.end("li");
    }
    h.end("ul").end("section");
}

/// The head of the printed 测算单: title, date and the details the estimate used. Print only.
pub fn print_sheet(h: &mut Html, lang: Lang, st: &AppState, policy: Option<&Policy>) {
    let s = lang.strings();
    let (y, m, d) = browser::today();
    h.open("div", "print-only print-sheet")
        .leaf("p", "print-title", s.print_title);
    let date = format!("{}{}{}", s.print_date, s.colon, sources::ymd(lang, y, m, d));
    h.leaf("p", "", &date)
        .leaf("p", "print-subtitle", s.inputs_heading);
    h.open("dl", "print-inputs");
    let mut item = |label: &str, value: &str| {
        h.open("div", "")
            .leaf("dt", "", label)
            .leaf("dd", "", value)
            .end("div");
    };
    if let Some(p) = policy {
        item(s.district, lang.text(&p.name));
    }
    for (field, input) in form::FIELDS {
        if form::shown(st, field, input) {
            item(
                form::label(lang, field),
                &form::display(lang, &st.profile, field),
            );
        }
    }
    h.end("dl").end("div");
}
