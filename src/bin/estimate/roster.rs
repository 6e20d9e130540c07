//! `estimate roster FILE` (issue 16): every worker of a roster, the totals, next year and the
//! rows that cannot be used, as text or `--json`; `--out` writes Excel or CSV, `--template` the
//! blank template. The work is `shequ_pay::roster`'s; this reads flags and prints. `--take-home`
//! and the contribution flags are the single estimate's (issue 17): each worker's net, and the
//! year's net in the totals.
//!
//! Exit status: 0 when every row was computed, 1 when some rows had errors (listed, the rest
//! computed), 2 when the file cannot be read or a flag is bad.

use crate::cli::{bad, lang, policy_ids, pretty};
use crate::json::{estimate_json, money};
use serde_json::{json, Value as Json};
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::policy::{self, Policy};
use shequ_pay::query::{self, Allowed};
use shequ_pay::roster::{self, export, file, Kind, Options, Roster, Sum, Totals};
use shequ_pay::take_home::ContributionInputs;
use std::io::Write;
use std::process::ExitCode;

struct Flags {
    file: Option<String>,
    policy: &'static Policy,
    as_of: (u32, u32),
    json: bool,
    out: Option<String>,
    template: Option<String>,
    help: bool,
    /// `--take-home`, or any contribution flag.
    take_home: bool,
    contributions: ContributionInputs,
}

pub fn main(args: &[String]) -> ExitCode {
    let result = lang(args).and_then(|lang| {
        let flags = parse(args, lang)?;
        run(lang, &flags)
    });
    match result {
        Ok((text, status)) => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            status
        }
        Err(line) => {
            let _ = writeln!(std::io::stderr().lock(), "{line}");
            ExitCode::from(2)
        }
    }
}

/// This month, by the system clock (UTC).
fn this_month() -> (u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m) = file::month_of_unix_days((secs / 86_400) as i64);
    (u32::try_from(y).unwrap_or(1970), m)
}

fn parse(args: &[String], lang: Lang) -> Result<Flags, String> {
    let w = lang.roster_words();
    let default = policy::find(query::default_policy()).unwrap_or(&policy::all()[0]);
    let mut flags = Flags {
        file: None,
        policy: default,
        as_of: this_month(),
        json: false,
        out: None,
        template: None,
        help: false,
        take_home: false,
        contributions: ContributionInputs::default(),
    };
    if args.iter().any(|a| a == "--help" || a == "-h") {
        flags.help = true;
        return Ok(flags);
    }
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        i += 1;
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = || -> String {
            inline.clone().unwrap_or_else(|| {
                let next = args.get(i).filter(|v| !v.starts_with("--")).cloned();
                if next.is_some() {
                    i += 1;
                }
                next.unwrap_or_default()
            })
        };
        match flag {
            "--json" if inline.is_none() => flags.json = true,
            "--take-home" if inline.is_none() => flags.take_home = true,
            _ if crate::take_home_cli::field_of(flag).is_some() => {
                let v = value();
                if let Some(field) = crate::take_home_cli::field_of(flag) {
                    query::set_contribution(&mut flags.contributions, field, &v)
                        .map_err(|e| bad(lang, flag, &e.value, e.allowed))?;
                }
                // A contribution input asks for take-home pay: it is never ignored.
                flags.take_home = true;
            }
            "--lang" => {
                value();
            }
            "--policy" => {
                let v = value();
                flags.policy = policy::find(&v)
                    .ok_or_else(|| bad(lang, flag, &v, Allowed::OneOf(policy_ids())))?;
            }
            "--as-of" => {
                let v = value();
                flags.as_of = shequ_pay::profile::month(&v)
                    .ok_or_else(|| bad(lang, flag, &v, Allowed::OneOf("YYYY-MM".to_string())))?;
            }
            "--out" => flags.out = Some(value()),
            "--template" => flags.template = Some(value()),
            _ if !flag.starts_with("--") && flags.file.is_none() => {
                flags.file = Some(arg.to_string())
            }
            _ => return Err(w.cli_unknown_flag.subst("{}", flag)),
        }
    }
    for path in [&flags.out, &flags.template].into_iter().flatten() {
        if Kind::of_name(path).is_none() {
            return Err(w.cli_kind.subst("{}", path));
        }
    }
    if flags.file.is_none() && flags.template.is_none() {
        return Err(w.cli_no_file.into());
    }
    Ok(flags)
}

fn write(lang: Lang, path: &str, bytes: Result<Vec<u8>, String>) -> Result<(), String> {
    let w = lang.roster_words();
    let unreadable = |e: String| w.cli_unreadable.subst("{file}", path).subst("{error}", &e);
    std::fs::write(path, bytes.map_err(unreadable)?).map_err(|e| unreadable(e.to_string()))?;
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        w.cli_written.subst("{}", path)
    );
    Ok(())
}

fn run(lang: Lang, f: &Flags) -> Result<(String, ExitCode), String> {
    let w = lang.roster_words();
    if f.help {
        let help = w
            .cli_help
            .subst("{default_policy}", query::default_policy());
        let take_home = lang.take_home_words().cli_help;
        return Ok((format!("{help}\n\n{take_home}\n"), ExitCode::SUCCESS));
    }
    if let Some(path) = &f.template {
        let bytes = match Kind::of_name(path) {
            Some(Kind::Xlsx) => export::template_xlsx(lang).map_err(|e| e.to_string()),
            _ => Ok(export::template_csv(lang)),
        };
        write(lang, path, bytes)?;
    }
    let Some(path) = &f.file else {
        return Ok((String::new(), ExitCode::SUCCESS));
    };
    let unreadable = |e: String| w.cli_unreadable.subst("{file}", path).subst("{error}", &e);
    let kind = Kind::of_name(path).ok_or_else(|| w.cli_kind.subst("{}", path))?;
    let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
    let options = Options {
        policy: Some(f.policy),
        as_of: f.as_of,
        contributions: f.take_home.then(|| f.contributions.clone()),
    };
    let roster = roster::from_bytes(&bytes, kind, &options)
        .map_err(|e| unreadable(lang.roster_file_error(&e)))?;
    if let Some(out) = &f.out {
        let bytes = match Kind::of_name(out) {
            Some(Kind::Xlsx) => export::xlsx(lang, &roster).map_err(|e| e.to_string()),
            _ => Ok(export::csv(lang, &roster)),
        };
        write(lang, out, bytes)?;
    }
    let text = if f.json {
        roster_json(lang, &roster)
    } else {
        roster_text(lang, &roster)
    };
    let status = if roster.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    Ok((text, status))
}

// ---- JSON ---------------------------------------------------------------------------------

fn sum_json(v: &mut Json, key: &str, sum: Sum) {
    v[key] = money(sum.amount);
    v[format!("{key}_lower_bound")] = Json::Bool(sum.lower_bound);
}

fn totals_json(lang: Lang, t: &Totals) -> Json {
    let mut v = json!({ "computed": t.computed });
    sum_json(&mut v, "base_pay_monthly", t.base_pay_monthly);
    sum_json(
        &mut v,
        "certificate_allowance_monthly",
        t.certificate_allowance_monthly,
    );
    sum_json(&mut v, "performance_bonus_annual", t.performance_annual);
    sum_json(&mut v, "annual_total", t.annual_total);
    if let Some(net) = t.net_annual {
        sum_json(&mut v, "net_annual", net);
        v["net_unknown"] = t.net_unknown.into();
    }
    v["unknown"] = t
        .unknown
        .iter()
        .map(|u| {
            json!({
                "policy": u.policy.id,
                "component": u.component.id,
                "workers": u.workers,
                "min_monthly": money(Some(u.min_monthly)),
                "max_monthly": money(Some(u.max_monthly)),
                "message": lang.unknown_part(u),
            })
        })
        .collect();
    v["head_count"] = t
        .head_count
        .iter()
        .map(|h| {
            json!({
                "policy": h.policy.id,
                "position": h.position.id(),
                "position_name": lang.position_in(h.policy, h.position),
                "level": h.level,
                "count": h.count,
            })
        })
        .collect();
    v
}

/// The `--json` object of issue 16: one worker a line, the rest pretty-printed. Each worker is
/// built and written in turn, not held as one tree: 10,000 workers' explanations are some 45 MB
/// of JSON, written in about half a second this way (pretty, 0.9 s).
fn roster_json(lang: Lang, r: &Roster) -> String {
    let mut out = String::from("{\n  \"workers\": [");
    for (i, w) in r.workers.iter().enumerate() {
        let mut v = json!({ "row": w.row, "name": w.name });
        if let (Some(v), Json::Object(e)) = (v.as_object_mut(), estimate_json(lang, &w.estimate)) {
            v.extend(e);
        }
        if let Some(t) = &w.take_home {
            // The single estimate's `take_home` object; `null` for inputs out of range, which
            // the flags' parser does not let through.
            v["take_home"] = t.as_ref().map_or(Json::Null, crate::take_home_cli::json);
        }
        v["notes"] = w
            .notes
            .iter()
            .map(|n| {
                json!({
                    "column": n.column.id(),
                    "value": n.value,
                    "message": lang.row_note(w.estimate.policy, w.row, n),
                })
            })
            .collect();
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        out.push_str(&v.to_string());
    }
    out.push_str(if r.workers.is_empty() { "]" } else { "\n  ]" });
    let mut totals = totals_json(lang, &r.totals);
    if r.take_home && r.totals.net_annual.is_none() {
        // No worker computed: the net total is nothing, not absent.
        sum_json(&mut totals, "net_annual", Sum::default());
        totals["net_unknown"] = 0.into();
    }
    totals["workers"] = r.rows.into();
    totals["by_policy"] = r
        .by_policy
        .iter()
        .map(|(p, t)| {
            let mut v = totals_json(lang, t);
            v["policy"] = p.id.into();
            v
        })
        .collect();
    let mut next_year = json!({});
    sum_json(&mut next_year, "annual_total", r.next_year.annual_total);
    next_year["moving_up"] = r
        .next_year
        .moving_up
        .iter()
        .map(|m| {
            json!({
                "row": m.row,
                "name": m.name,
                "policy": m.policy.id,
                "level_from": m.from,
                "level_to": m.to,
                "annual_change": money(m.annual_change),
            })
        })
        .collect();
    let rest = json!({
        "totals": totals,
        "next_year": next_year,
        "errors": r.errors.iter().map(|e| json!({
            "row": e.row,
            "column": e.column.map(|c| c.id()),
            "value": e.value,
            "message": lang.row_error(e),
        })).collect::<Vec<_>>(),
        "notes": r.notes.iter().map(|n| json!({
            "policy": n.policy.id,
            "column": n.column.id(),
            "value": n.value,
            "rows": n.rows,
            "message": lang.note(n),
        })).collect::<Vec<_>>(),
        "ignored_columns": r.ignored_columns,
    });
    // The other keys, as the rest of the same object.
    let rest = pretty(&rest);
    out.push(',');
    out.push_str(rest.strip_prefix('{').unwrap_or(&rest));
    out
}

// ---- text ---------------------------------------------------------------------------------

fn label(lang: Lang, label: &str, value: &str) -> String {
    lang.strings()
        .cli_label
        .subst("{label}", label)
        .subst("{value}", value)
}

fn sum_text(lang: Lang, sum: Sum) -> String {
    lang.cell(sum.amount, sum.lower_bound)
}

fn roster_text(lang: Lang, r: &Roster) -> String {
    let s = lang.strings();
    let w = lang.roster_words();
    let th = lang.take_home_words();
    let sep = s.cli_clause_sep;
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    for worker in &r.workers {
        let e = &worker.estimate;
        let (_, level, _) = lang.level(e);
        let parts = [
            format!("{} {}", w.col_row, worker.row),
            worker.name.clone(),
            lang.text(&e.policy.name).to_string(),
            lang.position_in(e.policy, e.profile.position).to_string(),
            level,
            label(lang, s.base_pay, &lang.figure(e.base_pay_monthly)),
            label(lang, s.annual_total, &lang.total(e)),
        ];
        let mut text = parts.join(sep);
        if let Some(t) = &worker.take_home {
            let net = label(lang, w.col_net, &lang.net_result_cell(t));
            text = format!("{text}{sep}{net}");
        }
        line(text);
    }
    line(String::new());
    line(label(lang, w.workers, &r.rows.to_string()));
    line(label(lang, w.computed, &r.totals.computed.to_string()));
    let t = &r.totals;
    for (name, monthly, annual) in [
        (
            s.base_pay,
            Some(t.base_pay_monthly),
            t.base_pay_monthly.annual(),
        ),
        (
            s.certificate_allowance,
            Some(t.certificate_allowance_monthly),
            t.certificate_allowance_monthly.annual(),
        ),
        (s.performance, None, t.performance_annual),
        (s.annual_total, None, t.annual_total),
    ] {
        let mut value = label(lang, w.annual, &sum_text(lang, annual));
        if let Some(m) = monthly {
            value = format!("{}{sep}{value}", label(lang, w.monthly, &sum_text(lang, m)));
        }
        line(label(lang, name, &value));
    }
    if r.take_home {
        let net = t.net_annual.unwrap_or_default();
        let annual = label(lang, w.annual, &sum_text(lang, net));
        line(label(lang, th.net_annual, &annual));
        if t.net_unknown > 0 {
            line(w.net_unknown.subst("{n}", &t.net_unknown.to_string()));
        }
    }
    for u in &t.unknown {
        line(lang.unknown_part(u));
    }
    line(label(
        lang,
        w.next_year_total,
        &sum_text(lang, r.next_year.annual_total),
    ));
    if !r.next_year.moving_up.is_empty() {
        line(String::new());
        line(s.cli_heading.subst("{}", w.moving_up));
        for m in &r.next_year.moving_up {
            let change = lang.cell(m.annual_change, false);
            line(format!(
                "  {} {}{sep}{}{sep}{} → {}{sep}+{change}",
                w.col_row, m.row, m.name, m.from, m.to
            ));
        }
    }
    if !r.errors.is_empty() {
        line(String::new());
        line(s.cli_heading.subst("{}", w.sheet_errors));
        for e in &r.errors {
            line(format!("  {}", lang.row_error(e)));
        }
    }
    if !r.notes.is_empty() {
        line(String::new());
        line(s.cli_heading.subst("{}", w.notes));
        for n in &r.notes {
            line(format!("  {}", lang.note(n)));
        }
    }
    if !r.ignored_columns.is_empty() {
        line(String::new());
        line(label(
            lang,
            w.ignored_columns,
            &r.ignored_columns.join(s.cli_list_sep),
        ));
    }
    out
}
