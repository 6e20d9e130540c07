//! `estimate`: the estimator on the command line (issue 2), and the career view (issue 6).
//!
//! Flags are read into a `Profile` through `query::set`, the parser the web app's URL uses, so a
//! value means the same typed either way. Every word printed comes from `i18n`. Bad input is one
//! line on stderr and exit status 2; see `--help`.

// The estimate's JSON object is one `json!` literal, deeper than the default limit allows.
#![recursion_limit = "256"]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "estimate/take_home.rs"]
mod take_home_cli;

#[cfg(not(target_arch = "wasm32"))]
#[path = "estimate/json.rs"]
mod json;

#[cfg(not(target_arch = "wasm32"))]
#[path = "estimate/roster.rs"]
mod roster;

// The CLI is native only (serde_json is a native dependency); the browser has the web app.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use crate::json::{estimate_json, percent};
    use rust_decimal::Decimal;
    use serde_json::{json, Value as Json};
    use shequ_pay::career::{self, Change, WhatIf};
    use shequ_pay::estimate::{document, EmployerValue, Figure, MilestoneStatus};
    use shequ_pay::explain::{Step, StepKind};
    use shequ_pay::format::{shown_value, yuan};
    use shequ_pay::i18n::Lang;
    use shequ_pay::ids::{Class, Input, Key};
    use shequ_pay::policy::{self, Amount, Policy, Rule, Source};
    use shequ_pay::profile::ProfileError;
    use shequ_pay::query::{self, Allowed, FieldError};
    use shequ_pay::take_home::{self, ContributionInputs};
    use shequ_pay::{estimate, Estimate, Profile};
    use std::io::Write;
    use std::process::ExitCode;

    /// `--policy all`.
    const ALL: &str = "all";

    /// Profile flags that take no value: given alone they mean "yes".
    const SWITCHES: &[&str] = &["one_shoulder", "degree_in_service", "probation"];

    enum Target {
        One(&'static Policy),
        All,
    }

    impl Target {
        fn policies(&self) -> &'static [Policy] {
            match self {
                Target::One(p) => std::slice::from_ref(*p),
                Target::All => policy::all(),
            }
        }
    }

    struct Options {
        /// `--take-home` (or any contribution flag): take-home pay, issue 17.
        take_home: bool,
        contributions: ContributionInputs,
        target: Target,
        profile: Profile,
        lang: Lang,
        json: bool,
        list: bool,
        project: bool,
        help: bool,
    }

    pub fn main() -> ExitCode {
        // Lossy, so that an argument that is not UTF-8 is reported as bad input, not a panic.
        let args: Vec<String> = std::env::args_os()
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        if args.first().map(String::as_str) == Some("roster") {
            return crate::roster::main(args.get(1..).unwrap_or_default());
        }
        let result = lang(&args).and_then(|lang| {
            let options = parse(&args, lang)?;
            Ok(output(&options))
        });
        match result {
            Ok(text) => {
                // A closed pipe (`estimate | head`) is not an error worth a panic.
                let _ = std::io::stdout().lock().write_all(text.as_bytes());
                ExitCode::SUCCESS
            }
            Err(line) => {
                let _ = writeln!(std::io::stderr().lock(), "{line}");
                ExitCode::from(2)
            }
        }
    }

    /// `--lang`, read before anything else so that every message is in it, wherever it stands.
    pub(crate) fn lang(args: &[String]) -> Result<Lang, String> {
        let mut lang = Lang::default();
        let mut i = 0;
        while i < args.len() {
            let value = match args[i].strip_prefix("--lang") {
                Some("") => args.get(i + 1).filter(|v| !v.starts_with("--")).cloned(),
                Some(rest) => match rest.strip_prefix('=') {
                    Some(v) => Some(v.to_string()),
                    None => {
                        i += 1;
                        continue;
                    }
                },
                None => {
                    i += 1;
                    continue;
                }
            };
            let value = value.unwrap_or_default();
            lang = Lang::parse(&value).ok_or_else(|| {
                bad(
                    Lang::default(),
                    "--lang",
                    &value,
                    Allowed::OneOf("zh|en".into()),
                )
            })?;
            i += 1;
        }
        Ok(lang)
    }

    /// The flag a profile field is typed as: `rank_step` → `--rank-step`.
    fn flag_of(field: &str) -> String {
        format!("--{}", field.replace('_', "-"))
    }

    /// The profile field a flag sets, if it is one.
    fn field_of(flag: &str) -> Option<&'static str> {
        query::PROFILE_FIELDS
            .iter()
            .copied()
            .find(|f| flag_of(f) == flag)
    }

    pub(crate) fn bad(lang: Lang, flag: &str, value: &str, allowed: Allowed) -> String {
        lang.field_error(&FieldError {
            field: flag.to_string(),
            value: value.to_string(),
            allowed,
        })
    }

    pub(crate) fn policy_ids() -> String {
        policy::all()
            .iter()
            .map(|p| p.id)
            .collect::<Vec<_>>()
            .join("|")
    }

    fn parse(args: &[String], lang: Lang) -> Result<Options, String> {
        let s = lang.strings();
        let mut options = Options {
            take_home: false,
            contributions: ContributionInputs::default(),
            target: Target::One(policy::find(query::default_policy()).unwrap_or(&policy::all()[0])),
            profile: Profile::default(),
            lang,
            json: false,
            list: false,
            project: false,
            help: false,
        };
        // Help wins over anything else on the line, even a bad flag.
        if args.iter().any(|a| a == "--help" || a == "-h") {
            options.help = true;
            return Ok(options);
        }
        // Profile flags as typed, in order: (field, value).
        let mut given: Vec<(&'static str, String)> = Vec::new();
        let mut i = 0;
        while i < args.len() {
            let arg = args[i].as_str();
            i += 1;
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v)),
                _ => (arg, None),
            };
            let unknown = || s.cli_err_unknown_flag.replace("{flag}", &shown_value(flag));
            if !flag.starts_with("--") && flag != "-h" {
                return Err(unknown());
            }
            // The value of a flag that takes one: after `=`, else the next argument.
            let mut value = || -> Option<String> {
                if let Some(v) = inline {
                    return Some(v.to_string());
                }
                let next = args.get(i).filter(|v| !v.starts_with("--"))?;
                i += 1;
                Some(next.clone())
            };
            let switch = |on: &mut bool| match inline {
                Some(_) => Err(s.cli_err_no_value.replace("{flag}", &shown_value(flag))),
                None => {
                    *on = true;
                    Ok(())
                }
            };
            match flag {
                "--help" => switch(&mut options.help)?,
                "--json" => switch(&mut options.json)?,
                "--list" => switch(&mut options.list)?,
                "--project" => switch(&mut options.project)?,
                "--take-home" => switch(&mut options.take_home)?,
                // Already read by `lang`; only its value is skipped here.
                "--lang" => {
                    value();
                }
                "--policy" => {
                    let v = value().unwrap_or_default();
                    options.target = match v.as_str() {
                        ALL => Target::All,
                        id => Target::One(policy::find(id).ok_or_else(|| {
                            bad(
                                lang,
                                flag,
                                id,
                                Allowed::OneOf(format!("{}|{ALL}", policy_ids())),
                            )
                        })?),
                    };
                }
                _ if crate::take_home_cli::field_of(flag).is_some() => {
                    let field = crate::take_home_cli::field_of(flag).ok_or_else(unknown)?;
                    let v = value().unwrap_or_default();
                    query::set_contribution(&mut options.contributions, field, &v)
                        .map_err(|e| bad(lang, flag, &e.value, e.allowed))?;
                    // A contribution input asks for take-home pay: it is never ignored.
                    options.take_home = true;
                }
                _ => {
                    let field = field_of(flag).ok_or_else(unknown)?;
                    let v = if SWITCHES.contains(&field) {
                        inline.unwrap_or("1").to_string()
                    } else {
                        value().unwrap_or_default()
                    };
                    query::set(&mut options.profile, field, &v)
                        .map_err(|e| bad(lang, flag, &e.value, e.allowed))?;
                    given.push((field, v));
                }
            }
        }
        if options.help || options.list {
            return Ok(options);
        }
        if let Target::One(policy) = options.target {
            for (field, _) in &given {
                let Some(input) = Input::parse(field) else {
                    continue;
                };
                if !policy.uses(input) {
                    let users: Vec<&str> = policy::all()
                        .iter()
                        .filter(|p| p.uses(input))
                        .map(|p| p.id)
                        .collect();
                    return Err(s
                        .cli_err_not_used
                        .replace("{flag}", &flag_of(field))
                        .replace("{policy}", &paren(lang, lang.text(&policy.name), policy.id))
                        .replace("{users}", &users.join(", ")));
                }
            }
        } else if options.project {
            return Err(s.cli_err_project_all.to_string());
        }
        if let Err(ProfileError::OneShoulderNeedsHead) = options.profile.check() {
            return Err(s.cli_err_one_shoulder.to_string());
        }
        if let Err(e) = options.profile.check() {
            // Blame the flag the worker typed: 优秀 years may be fine and the uncounted ones not.
            let mut field = e.field();
            if e == ProfileError::AssessedYearsExceedService
                && !given.iter().any(|(f, _)| *f == field)
            {
                field = Input::UncountedYears.id();
            }
            let value = given
                .iter()
                .rev()
                .find(|(f, _)| *f == field)
                .map_or("", |(_, v)| v.as_str());
            return Err(bad(lang, &flag_of(field), value, Allowed::Rule(e)));
        }
        Ok(options)
    }

    fn output(o: &Options) -> String {
        let lang = o.lang;
        let s = lang.strings();
        if o.help {
            let ids = policy::all()
                .iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
                .join(" | ");
            return format!(
                "{}\n\n{}\n",
                s.cli_help
                    .replace("{policies}", &ids)
                    .replace("{default_policy}", query::default_policy()),
                lang.take_home_words().cli_help
            );
        }
        if o.list {
            return if o.json {
                pretty(&list_json(lang))
            } else {
                list_text(lang)
            };
        }
        // The profile has passed `check`, so every estimate below succeeds; `parse` allows
        // `--project` with one policy only.
        if let (true, Target::One(policy)) = (o.project, &o.target) {
            let projection = career::project(policy, &o.profile).unwrap_or_default();
            if o.json {
                return pretty(&Json::Array(
                    projection.iter().map(|e| estimate_json(lang, e)).collect(),
                ));
            }
            let what_ifs = career::what_ifs(policy, &o.profile).unwrap_or_default();
            return career_text(lang, &projection, &what_ifs);
        }
        let estimates: Vec<Estimate> = o
            .target
            .policies()
            .iter()
            .filter_map(|p| estimate(p, &o.profile).ok())
            .collect();
        // The inputs passed `check` in `query::set_contribution`, so take-home succeeds.
        let take_home = |e: &Estimate| {
            o.take_home
                .then(|| take_home::take_home(e, &o.contributions).ok())
                .flatten()
        };
        let one_json = |e: &Estimate| {
            let mut v = estimate_json(lang, e);
            if let Some(t) = take_home(e) {
                v["take_home"] = crate::take_home_cli::json(&t);
            }
            v
        };
        match (&o.target, o.json) {
            (Target::One(_), true) => estimates
                .first()
                .map(|e| pretty(&one_json(e)))
                .unwrap_or_default(),
            (Target::All, true) => pretty(&Json::Array(estimates.iter().map(one_json).collect())),
            (_, false) => {
                let rule = format!("\n{}\n\n", "─".repeat(60));
                estimates
                    .iter()
                    .map(|e| {
                        let mut text = estimate_text(lang, e);
                        if let Some(t) = take_home(e) {
                            text.push_str(&crate::take_home_cli::text(lang, &t));
                        }
                        text
                    })
                    .collect::<Vec<_>>()
                    .join(&rule)
            }
        }
    }

    pub(crate) fn pretty(v: &Json) -> String {
        let mut text = serde_json::to_string_pretty(v).unwrap_or_default();
        text.push('\n');
        text
    }

    // ---- values shared by text and JSON -------------------------------------------------------

    /// The steps that say the estimate filled in a value the worker did not give.
    fn assumed_steps(e: &Estimate) -> impl Iterator<Item = &Step> {
        e.steps
            .iter()
            .filter(|step| matches!(step.kind, StepKind::Lookup { assumed: true, .. }))
    }

    /// How far a policy publishes its figures, for `--list`.
    enum Completeness {
        Complete,
        LowerBound,
        NoTotal,
    }

    fn unpublished_rule(rule: &Rule) -> bool {
        match rule {
            Rule::Unpublished => true,
            Rule::Lookup { entries, .. } => entries.iter().any(|e| e.amount == Amount::Unpublished),
            Rule::LevelCoefficient { .. } => false,
        }
    }

    fn completeness(p: &Policy) -> Completeness {
        let unpublished = |base: bool| {
            p.components
                .iter()
                .filter(|c| (c.class == Class::Base) == base)
                .any(|c| unpublished_rule(&c.rule))
        };
        if unpublished(true) {
            Completeness::NoTotal
        } else if unpublished(false) {
            Completeness::LowerBound
        } else {
            Completeness::Complete
        }
    }

    // ---- JSON ---------------------------------------------------------------------------------

    fn list_json(lang: Lang) -> Json {
        let items = policy::all().iter().map(|p| {
            json!({
                "id": p.id,
                "name": lang.text(&p.name),
                "region": lang.text(&p.region),
                "scheme": lang.text(&p.scheme),
                "summary": lang.text(&p.summary),
                "total": match completeness(p) {
                    Completeness::Complete => "complete",
                    Completeness::LowerBound => "lower_bound",
                    Completeness::NoTotal => "none",
                },
                "inputs": p.inputs.iter().map(|i| i.id()).collect::<Vec<_>>(),
            })
        });
        Json::Array(items.collect())
    }

    // ---- text ---------------------------------------------------------------------------------

    /// Lines of text with an indent.
    struct Text {
        out: String,
        lang: Lang,
    }

    impl Text {
        fn new(lang: Lang) -> Text {
            Text {
                out: String::new(),
                lang,
            }
        }

        fn line(&mut self, indent: usize, text: &str) {
            self.out.push_str(&"  ".repeat(indent));
            self.out.push_str(text);
            self.out.push('\n');
        }

        fn blank(&mut self) {
            if !self.out.is_empty() && !self.out.ends_with("\n\n") {
                self.out.push('\n');
            }
        }

        fn label(&mut self, indent: usize, label: &str, value: &str) {
            let text = label_of(self.lang, label, value);
            self.line(indent, &text);
        }

        fn heading(&mut self, text: &str) {
            self.blank();
            let heading = self.lang.strings().cli_heading.replace("{}", text);
            self.line(0, &heading);
        }

        /// "出处：…" and, for an interpretation, "解读：…".
        fn source(&mut self, indent: usize, policy: &Policy, source: &Source) {
            let s = self.lang.strings();
            let reference = s
                .cli_source_ref
                .replace("{title}", document(policy, source).title)
                .replace("{clause}", source.clause)
                .replace("{quote}", source.quote);
            let reference = if source.is_assembled() {
                paren(self.lang, &reference, s.assembled)
            } else {
                reference
            };
            self.label(indent, s.source, &reference);
            if let Some(t) = &source.interpretation {
                self.label(indent, s.interpretation, self.lang.text(t));
            }
        }
    }

    fn label_of(lang: Lang, label: &str, value: &str) -> String {
        lang.strings()
            .cli_label
            .replace("{label}", label)
            .replace("{value}", value)
    }

    fn paren(lang: Lang, text: &str, note: &str) -> String {
        lang.strings()
            .cli_paren
            .replacen("{}", text, 1)
            .replacen("{}", note, 1)
    }

    fn per_month(lang: Lang, amount: &str) -> String {
        lang.strings().cli_per_month.replace("{}", amount)
    }

    fn per_year(lang: Lang, amount: &str) -> String {
        lang.strings().cli_per_year.replace("{}", amount)
    }

    fn monthly_figure(lang: Lang, f: Figure) -> String {
        match f.amount {
            None => lang.figure(f),
            Some(_) => per_month(lang, &lang.figure(f)),
        }
    }

    fn estimate_text(lang: Lang, e: &Estimate) -> String {
        let s = lang.strings();
        let p = e.policy;
        let mut t = Text::new(lang);
        let district = paren(lang, lang.text(&p.name), lang.text(&p.region));
        t.label(
            0,
            s.district,
            &format!("{district} · {}", lang.text(&p.scheme)),
        );
        t.line(
            0,
            if e.complete() {
                s.complete
            } else {
                s.incomplete
            },
        );
        t.blank();

        let position = e.position_name();
        t.label(0, s.field_position, lang.text(&position.name));
        if let Some(absent) = &position.absent {
            t.line(1, lang.text(absent));
        }
        if let Some(pl) = e.placement {
            let level = s
                .cli_level
                .replace("{level}", &pl.level.to_string())
                .replace("{min}", &pl.min.to_string())
                .replace("{max}", &pl.max.to_string());
            t.label(0, s.level, &level);
        }
        if let Some(step) = e.rank_step {
            t.label(0, s.rank_step, &lang.rank_step(step));
        }
        if e.probation {
            t.label(0, s.field_probation, s.yes);
        }
        t.label(0, s.base_pay, &monthly_figure(lang, e.base_pay_monthly));
        for (c, min, max) in e.unknown() {
            let range = s
                .cli_range
                .replace("{lo}", &yuan(min))
                .replace("{hi}", &yuan(max));
            t.label(
                1,
                lang.text(&c.name),
                &paren(
                    lang,
                    s.unknown_value,
                    &s.unknown_range.replace("{}", &range),
                ),
            );
        }
        let raises_level = p.grade.as_ref().is_some_and(|g| g.certificate.is_some());
        if raises_level {
            if let Some(worth) = e.certificate_worth_monthly {
                t.label(0, s.certificate_worth, &per_month(lang, &lang.money(worth)));
            }
        } else {
            // The allowance in the district's own term (职业津贴, 职称补贴, 职业资格补贴).
            let label = p
                .certificate_component()
                .map_or(s.certificate_allowance, |c| lang.text(&c.name));
            t.label(
                0,
                label,
                &monthly_figure(lang, e.certificate_allowance_monthly),
            );
        }
        t.label(0, s.performance, &lang.figure(e.performance_annual));
        t.label(0, s.annual_total, &lang.total(e));
        if let Some(r) = e.pay_range {
            let range = s
                .cli_range
                .replace("{lo}", &yuan(r.min))
                .replace("{hi}", &yuan(r.max));
            t.heading(lang.text(&r.name));
            t.line(1, &per_month(lang, &s.money.replace("{}", &range)));
            t.source(2, p, r.source);
        }

        for step in assumed_steps(e) {
            t.line(0, &lang.step(step));
        }

        let unpublished: Vec<&str> = e.unpublished().map(|c| lang.text(&c.name)).collect();
        if !unpublished.is_empty() {
            t.heading(s.unpublished_list);
            for name in unpublished {
                t.line(1, &format!("- {name}"));
            }
        }

        if !e.milestones.is_empty() {
            t.heading(s.milestones);
            for (m, status) in &e.milestones {
                let status = match status {
                    MilestoneStatus::Reached => s.milestone_reached.to_string(),
                    MilestoneStatus::InYears(n) => {
                        s.milestone_in_years.replace("{}", &n.to_string())
                    }
                };
                t.line(
                    1,
                    &format!(
                        "- {}",
                        label_of(
                            lang,
                            lang.text(&m.name),
                            &paren(lang, &lang.money(m.amount), &status)
                        )
                    ),
                );
                t.source(2, p, m.source);
            }
        }

        if !e.employer.is_empty() {
            t.heading(s.employer_items);
            t.line(1, s.employer_note);
            for (item, employer_value) in &e.employer {
                let value = match employer_value {
                    EmployerValue::Monthly(a) => per_month(lang, &lang.money(*a)),
                    EmployerValue::Percent {
                        percent: pc,
                        of,
                        amount,
                    } => per_month(
                        lang,
                        &format!(
                            "{}% × {} = {}",
                            percent(*pc),
                            lang.money(*of),
                            lang.money(*amount)
                        ),
                    ),
                    EmployerValue::Eligible {
                        needs_head_years, ..
                    } => if *needs_head_years {
                        s.eligible_if_head_years
                    } else {
                        s.eligible
                    }
                    .to_string(),
                    EmployerValue::NotYet { .. } => s.not_yet_eligible.to_string(),
                };
                t.line(
                    1,
                    &format!("- {}", label_of(lang, lang.text(&item.name), &value)),
                );
                t.source(2, p, item.source);
                if let EmployerValue::Eligible { condition, .. } = employer_value {
                    t.source(2, p, condition.source);
                }
            }
        }

        if !p.caveats.is_empty() {
            t.heading(s.caveats);
            for c in p.caveats {
                t.line(1, &format!("- {}", lang.text(&c.text)));
                t.source(2, p, c.source);
            }
        }

        t.heading(s.explanation);
        for (n, step) in e.steps.iter().enumerate() {
            t.line(1, &format!("{}. {}", n + 1, lang.step(step)));
            if let Some(source) = step.source {
                t.source(2, p, source);
            }
        }

        t.heading(s.documents);
        for d in p.documents {
            t.line(1, &format!("- {}", d.title));
            if let Some(number) = d.number {
                t.label(2, s.doc_number, number);
            }
            t.label(2, s.doc_issuer, d.issuer);
            for (label, date) in [
                (s.doc_issued, d.issued),
                (s.doc_published, d.published),
                (s.doc_in_force, d.in_force),
            ] {
                if let Some(date) = date {
                    t.label(2, label, date);
                }
            }
            if let Some(note) = &d.date_note {
                t.line(2, lang.text(note));
            }
            if !d.describes.is_empty() {
                t.label(2, s.doc_describes, &d.describes.join(s.cli_list_sep));
            }
        }

        t.blank();
        t.line(0, s.disclaimer);
        t.line(0, s.newer_documents);
        if let Some(note) = &p.newer_note {
            t.line(0, lang.text(note));
        }
        t.out
    }

    fn list_text(lang: Lang) -> String {
        let s = lang.strings();
        let mut t = Text::new(lang);
        for p in policy::all() {
            t.blank();
            t.line(
                0,
                &format!(
                    "{}  {} · {}",
                    p.id,
                    lang.text(&p.name),
                    lang.text(&p.scheme)
                ),
            );
            t.line(1, lang.text(&p.summary));
            let total = match completeness(p) {
                Completeness::Complete => s.list_total_complete,
                Completeness::LowerBound => s.list_total_lower_bound,
                Completeness::NoTotal => s.no_total,
            };
            t.label(1, s.annual_total, total);
            let inputs: Vec<String> = p.inputs.iter().map(|i| flag_of(i.id())).collect();
            let inputs = if inputs.is_empty() {
                s.list_no_inputs.to_string()
            } else {
                inputs.join(" ")
            };
            t.label(1, s.list_inputs, &inputs);
        }
        t.out
    }

    // ---- career -------------------------------------------------------------------------------

    /// Columns as wide as they read: a CJK character takes two cells.
    fn width(text: &str) -> usize {
        text.chars()
            .map(|c| if c >= '\u{2e80}' { 2 } else { 1 })
            .sum()
    }

    fn pad(text: &str, to: usize) -> String {
        format!("{text}{}", " ".repeat(to.saturating_sub(width(text))))
    }

    fn gain(lang: Lang, amount: Decimal, period: fn(Lang, &str) -> String) -> String {
        period(lang, &format!("+{}", lang.money(amount)))
    }

    fn change_text(lang: Lang, change: Change) -> String {
        let s = lang.strings();
        match change {
            Change::Certificate(c) => s.whatif_certificate.replace("{}", lang.certificate(c)),
            Change::Education(e) => s.whatif_education.replace("{}", lang.education(e)),
            Change::Stars(n) => s
                .whatif_stars
                .replace("{}", &lang.key_value(Key::Stars, &n.to_string())),
            Change::Assessment(a) => s.whatif_assessment.replace("{}", lang.assessment(a)),
            Change::RankStep(n) => s
                .whatif_rank_step
                .replace("{}", &lang.key_value(Key::RankStep, &n.to_string())),
            Change::Position(p) => s.whatif_position.replace("{}", lang.position(p)),
        }
    }

    fn what_if_text(lang: Lang, w: &WhatIf) -> String {
        let s = lang.strings();
        let mut parts = Vec::new();
        if let Some((from, to)) = w.level.filter(|(from, to)| from != to) {
            parts.push(
                s.whatif_level
                    .replace("{from}", &from.to_string())
                    .replace("{to}", &to.to_string()),
            );
        }
        if let Some(m) = w.monthly_gain.filter(|m| !m.is_zero()) {
            parts.push(gain(lang, m, per_month));
        }
        if let Some(a) = w.annual_gain.filter(|a| !a.is_zero()) {
            parts.push(gain(lang, a, per_year));
        }
        if w.monthly_gain.is_some_and(|m| m.is_zero()) && w.annual_gain.is_some_and(|a| a.is_zero())
        {
            parts.push(gain(lang, Decimal::ZERO, per_month));
        }
        if !w.unpublished.is_empty() {
            let names: Vec<&str> = w.unpublished.iter().map(|c| lang.text(&c.name)).collect();
            parts.push(
                s.whatif_unpublished
                    .replace("{}", &names.join(s.cli_list_sep)),
            );
        }
        label_of(
            lang,
            &change_text(lang, w.change),
            &parts.join(s.cli_clause_sep),
        )
    }

    fn career_text(lang: Lang, projection: &[Estimate], what_ifs: &[WhatIf]) -> String {
        let s = lang.strings();
        let Some(first) = projection.first() else {
            return String::new();
        };
        let policy = first.policy;
        let mut t = Text::new(lang);
        t.line(
            0,
            &s.career_title.replace(
                "{policy}",
                &format!(
                    "{} · {}",
                    lang.text(&policy.name),
                    lang.text(&policy.scheme)
                ),
            ),
        );
        t.blank();

        let steps = career::level_steps(projection);
        let top = career::top_reached(projection);
        let ahead = career::milestones_ahead(projection);
        let sep = s.cli_clause_sep;
        let mut rows = vec![[
            s.career_col_years.to_string(),
            s.career_col_level.to_string(),
            s.career_col_base.to_string(),
            s.career_col_total.to_string(),
            s.career_col_notes.to_string(),
        ]];
        for e in projection {
            let years = e.profile.years;
            let mut notes = Vec::new();
            if let Some(step) = steps.iter().find(|st| st.years == years) {
                let up = s.career_level_up.replace("{}", &step.to.to_string());
                notes.push(match step.base_pay_gain {
                    Some(g) => paren(lang, &up, &gain(lang, g, per_month)),
                    None => up,
                });
            }
            if top == Some(years) {
                notes.push(s.career_top.to_string());
            }
            for m in ahead.iter().filter(|m| m.years == years) {
                notes.push(format!("{} {}", lang.text(&m.name), lang.money(m.amount)));
            }
            let base = lang.cell(e.base_pay_monthly.amount, e.base_pay_monthly.lower_bound);
            let total = lang.total_cell(e);
            rows.push([
                years.to_string(),
                e.level().map_or("—".to_string(), |l| l.to_string()),
                base,
                total,
                notes.join(sep),
            ]);
        }
        let widths: Vec<usize> = (0..4)
            .map(|c| rows.iter().map(|r| width(&r[c])).max().unwrap_or(0))
            .collect();
        for row in &rows {
            let cells: Vec<String> = (0..4).map(|c| pad(&row[c], widths[c])).collect();
            t.line(0, format!("{}  {}", cells.join("  "), row[4]).trim_end());
        }
        for step in assumed_steps(first) {
            t.line(0, &lang.step(step));
        }
        t.blank();

        if first.placement.is_none() {
            t.line(0, s.career_no_ladder);
        } else {
            match career::next_step(projection) {
                Some(next) => {
                    let g = match next.step.base_pay_gain {
                        Some(g) => gain(lang, g, per_month),
                        None => s.unpublished.to_string(),
                    };
                    t.line(
                        0,
                        &s.career_next_step
                            .replace("{years}", &next.in_years.to_string())
                            .replace("{level}", &next.step.to.to_string())
                            .replace("{gain}", &g),
                    );
                }
                None => t.line(0, s.career_no_next_step),
            }
            if let (Some(years), Some(pl)) = (top, first.placement) {
                t.line(
                    0,
                    &s.career_top_at
                        .replace("{years}", &years.to_string())
                        .replace("{level}", &pl.max.to_string()),
                );
            }
            if let (Some(grade), false) = (&policy.grade, steps.is_empty()) {
                t.source(0, policy, grade.service.source);
            }
        }

        t.heading(s.whatif_title);
        if what_ifs.is_empty() {
            t.line(1, s.whatif_none);
        }
        for w in what_ifs {
            t.line(1, &format!("- {}", what_if_text(lang, w)));
            t.source(2, policy, w.source);
            for i in &w.interpretations {
                if let Some(text) = &i.interpretation {
                    t.label(2, s.interpretation, lang.text(text));
                }
            }
        }
        t.blank();
        t.line(0, s.disclaimer);
        t.out
    }
}
