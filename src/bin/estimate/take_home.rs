//! `estimate --take-home` (issue 17): take-home pay after the worker's contributions and income
//! tax, as text and as the `take_home` object of `--json`. The figures come from
//! `shequ_pay::take_home`, the words from `i18n`.

use rust_decimal::Decimal;
use serde_json::{json, Value as Json};
use shequ_pay::format::{yuan, yuan_plain};
use shequ_pay::i18n::Lang;
use shequ_pay::take_home::{Cite, Field, TakeHome};

/// The contribution input a flag sets: `--insurance-base` → `Field::InsuranceBase`.
pub fn field_of(flag: &str) -> Option<Field> {
    Field::ALL
        .iter()
        .copied()
        .find(|f| flag.strip_prefix("--") == Some(f.id().replace('_', "-").as_str()))
}

fn money(d: Option<Decimal>) -> Json {
    d.map_or(Json::Null, |d| Json::String(yuan_plain(d)))
}

/// The `take_home` object: exactly the keys of issue 17; money as decimal strings, `null` where
/// unknown (no net where base pay is unpublished).
pub fn json(t: &TakeHome) -> Json {
    json!({
        "insurance_base_monthly": money(t.input(Field::InsuranceBase).value),
        "social_insurance_annual": money(t.social_insurance_annual),
        "housing_fund_annual": money(t.housing_fund_annual),
        "income_tax_annual": money(t.income_tax_annual),
        "net_annual": money(t.net_annual),
        "months": t.months.iter().map(|m| json!({
            "month": m.month,
            "gross": yuan_plain(m.gross),
            "contributions": yuan_plain(m.contributions),
            "tax": yuan_plain(m.tax),
            "net": yuan_plain(m.net),
        })).collect::<Vec<_>>(),
        "bonus_tax": t.bonus_tax.as_ref().map_or(Json::Null, |b| json!({
            "combined": yuan_plain(b.combined),
            "separate": money(b.separate),
            "chosen": b.chosen.id(),
        })),
    })
}

fn cite(lang: Lang, t: &TakeHome, c: Cite, indent: &str) -> String {
    let s = lang.strings();
    let (title, number) = c.document(t.policy);
    let source = c.source();
    let clause = match number {
        Some(n) => format!("{n} {}", source.clause),
        None => source.clause.to_string(),
    };
    let reference = s
        .cli_source_ref
        .replace("{title}", title)
        .replace("{clause}", &clause)
        .replace("{quote}", source.quote);
    let label = |l: &str, v: &str| s.cli_label.replace("{label}", l).replace("{value}", v);
    let mut out = format!("{indent}{}\n", label(s.source, &reference));
    if let Some(i) = &source.interpretation {
        out.push_str(&format!(
            "{indent}{}\n",
            label(s.interpretation, lang.text(i))
        ));
    }
    out
}

/// The take-home section of the text breakdown.
pub fn text(lang: Lang, t: &TakeHome) -> String {
    let s = lang.strings();
    let w = lang.take_home_words();
    let mut out = format!("\n{}\n", s.cli_heading.replace("{}", w.heading));
    out.push_str(&lang.take_home_headline(t));
    out.push('\n');
    if let Some(choice) = lang.bonus_choice(t) {
        out.push_str(&choice);
        out.push('\n');
    }
    for (label, value) in [
        (w.social_insurance, t.social_insurance_annual),
        (w.housing_fund, t.housing_fund_annual),
        (w.income_tax, t.income_tax_annual),
        (w.net_annual, t.net_annual),
    ] {
        if let Some(v) = value {
            let v = if t.lower_bound() && label == w.net_annual {
                format!("{} {}", s.at_least, lang.money(v))
            } else {
                lang.money(v)
            };
            out.push_str(&s.cli_label.replace("{label}", label).replace("{value}", &v));
            out.push('\n');
        }
    }

    out.push_str(&format!(
        "\n{}\n",
        s.cli_heading.replace("{}", w.inputs_heading)
    ));
    for f in Field::ALL {
        let i = t.input(f);
        let value = i.value.map_or(s.unpublished.to_string(), |v| {
            if f.is_percent() {
                format!("{}%", v.normalize())
            } else {
                yuan(v)
            }
        });
        let value = s.cli_paren.replacen("{}", &value, 1).replacen(
            "{}",
            lang.take_home_origin(i.origin),
            1,
        );
        let line = s
            .cli_label
            .replace("{label}", lang.take_home_input(f))
            .replace("{value}", &value);
        out.push_str(&format!("  {line}\n"));
        if let (Some(c), true) = (i.cite, i.is_default()) {
            out.push_str(&cite(lang, t, c, "    "));
        }
    }

    if !t.months.is_empty() {
        out.push('\n');
        let head = [
            w.col_month,
            w.col_gross,
            w.col_contributions,
            w.col_tax,
            w.col_net,
        ];
        let rows: Vec<[String; 5]> = t.months.iter().map(|m| lang.take_home_month(m)).collect();
        let width = |x: &str| {
            x.chars()
                .map(|c| if c >= '\u{2e80}' { 2 } else { 1 })
                .sum::<usize>()
        };
        let widths: Vec<usize> = (0..5)
            .map(|c| {
                rows.iter()
                    .map(|r| width(&r[c]))
                    .chain([width(head[c])])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let line = |cells: [&str; 5]| {
            let mut l = String::from(" ");
            for (c, cell) in cells.iter().enumerate() {
                let pad = " ".repeat(widths[c].saturating_sub(width(cell)));
                // Text left, figures right.
                if c == 0 {
                    l.push_str(&format!(" {cell}{pad}"));
                } else {
                    l.push_str(&format!("  {pad}{cell}"));
                }
            }
            l.push('\n');
            l
        };
        out.push_str(&line(head));
        for r in &rows {
            out.push_str(&line([&r[0], &r[1], &r[2], &r[3], &r[4]]));
        }
    }

    out.push_str(&format!(
        "\n{}\n",
        s.cli_heading.replace("{}", s.explanation)
    ));
    for (n, step) in t.steps.iter().enumerate() {
        out.push_str(&format!("  {}. {}\n", n + 1, lang.take_home_step(step)));
        if let Some(c) = step.cite {
            out.push_str(&cite(lang, t, c, "    "));
        }
    }
    out
}
