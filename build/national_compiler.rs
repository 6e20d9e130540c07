//! Checks the national take-home rules (`policies/national/rules.toml`) and the districts'
//! contribution bases and housing-fund rates (`policies/national/districts.toml`), and turns them
//! into Rust statics (`src/national.rs` types). Like the policy files: an unknown key, a bracket
//! gap or overlap, a quick deduction that does not follow from the brackets, or an id that names
//! nothing stops the build with the file and the key.

// Each compiler is also built alone, by its tests (tests/policy_files.rs,
// tests/national_rules_file.rs): so each includes the shared file itself.
#[path = "source.rs"]
#[allow(clippy::duplicate_mod)]
mod source;
use rust_decimal::Decimal;
use serde::Deserialize;
use source::{Source, Text};
use std::fmt::Write as _;

const RULES: &str = "national/rules.toml";
const DISTRICTS: &str = "national/districts.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    documents: Vec<Document>,
    basic_deduction: BasicDeduction,
    comprehensive: Comprehensive,
    bonus: Bonus,
    rounding: Sourced,
    pension: Rate,
    medical: Rate,
    unemployment: Rate,
    housing_fund: HousingFund,
    special_deductions: SpecialDeductions,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    id: String,
    title: String,
    number: Option<String>,
    note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sourced {
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BasicDeduction {
    monthly: Decimal,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bracket {
    over: Decimal,
    up_to: Option<Decimal>,
    rate: Decimal,
    quick: Decimal,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Comprehensive {
    source: Source,
    withholding: Source,
    brackets: Vec<Bracket>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bonus {
    source: Source,
    extended: Source,
    month: u8,
    month_source: Source,
    brackets: Vec<Bracket>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rate {
    percent: Decimal,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HousingFund {
    floor: Rate,
    ceiling: Rate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecialDeductions {
    source: Source,
    also: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Districts {
    #[serde(default)]
    district: Vec<District>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct District {
    policy: String,
    base: Option<Base>,
    housing_fund: Option<DistrictHousingFund>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Base {
    of: String,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DistrictHousingFund {
    percent: Decimal,
    eligible_by: Option<String>,
    source: Source,
}

/// What this check needs of a policy file; the policy compiler checks the rest.
#[derive(Deserialize)]
struct PolicyIds {
    #[serde(default)]
    documents: Vec<Id>,
    #[serde(default)]
    components: Vec<PolicyComponent>,
    #[serde(default)]
    employer: Vec<PolicyEmployer>,
}

#[derive(Deserialize)]
struct Id {
    id: String,
}

#[derive(Deserialize)]
struct PolicyComponent {
    id: String,
    period: String,
}

#[derive(Deserialize)]
struct PolicyEmployer {
    id: String,
    eligibility: Option<toml::Value>,
}

/// A national rules file that is wrong: the file, the key and what is wrong with it.
pub type RulesError = source::DataError;

type R<T> = Result<T, RulesError>;

fn err(file: &str, key: &str, message: impl Into<String>) -> RulesError {
    RulesError::new(file, key, message)
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> R<T> {
    toml::from_str(text).map_err(|e| {
        let key = e
            .span()
            .map(|s| format!("line {}", text[..s.start].matches('\n').count() + 1))
            .unwrap_or_default();
        err(file, &key, e.message())
    })
}

/// A Decimal as a const Rust expression.
fn decimal(d: Decimal) -> String {
    let b = d.serialize();
    let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    let (flags, lo, mid, hi) = (word(0), word(4), word(8), word(12));
    let negative = flags & 0x8000_0000 != 0;
    let scale = (flags >> 16) & 0xff;
    format!("Decimal::from_parts({lo}, {mid}, {hi}, {negative}, {scale})")
}

fn text(file: &str, key: &str, t: &Text) -> R<String> {
    t.expr().map_err(|m| err(file, key, m))
}

/// A source as a `&Source` expression; `docs` are the ids its `doc` may name, in order.
fn source(file: &str, key: &str, s: &Source, docs: &[String]) -> R<String> {
    s.checked(file, key, docs)
}

/// A percentage: above `min` (0 allowed when `zero`), at most `max`, at most 2 decimals.
fn percent(file: &str, key: &str, p: Decimal, zero: bool, max: Decimal) -> R<String> {
    let ok = (p > Decimal::ZERO || (zero && p.is_zero())) && p <= max && p.normalize().scale() <= 2;
    if !ok {
        return Err(err(
            file,
            key,
            format!("`{p}` is not a percentage above 0 and at most {max}, with at most 2 decimals"),
        ));
    }
    Ok(decimal(p))
}

fn money(file: &str, key: &str, d: Decimal) -> R<String> {
    if d.is_sign_negative() || d.normalize().scale() > 2 {
        return Err(err(
            file,
            key,
            format!("`{d}` is not yuan: not negative, at most 2 decimals"),
        ));
    }
    Ok(decimal(d))
}

/// A progressive table: from 0, each bracket starts where the last ended, rates rise, only the
/// last is open, and each quick deduction is the one the brackets imply
/// (quick = previous quick + over × (rate − previous rate)), so a typo cannot pass.
fn brackets(file: &str, key: &str, rows: &[Bracket]) -> R<String> {
    if rows.is_empty() {
        return Err(err(file, key, "a table needs at least one bracket"));
    }
    let hundred = Decimal::from(100);
    let mut out = String::new();
    let mut previous: Option<&Bracket> = None;
    for (i, b) in rows.iter().enumerate() {
        let k = format!("{key}[{i}]");
        let expected_over = previous.and_then(|p| p.up_to).unwrap_or(Decimal::ZERO);
        if previous.is_some() && previous.is_some_and(|p| p.up_to.is_none()) {
            return Err(err(
                file,
                &format!("{key}[{}].up_to", i - 1),
                "only the last bracket may be open (no `up_to`)",
            ));
        }
        if b.over < expected_over {
            return Err(err(file, &format!("{k}.over"), format!("overlaps the bracket above: starts at {} but the one above ends at {expected_over}", b.over)));
        }
        if b.over > expected_over {
            return Err(err(
                file,
                &format!("{k}.over"),
                format!(
                    "gap in the table: nothing covers {expected_over} to {}",
                    b.over
                ),
            ));
        }
        if let Some(up_to) = b.up_to {
            if up_to <= b.over {
                return Err(err(
                    file,
                    &format!("{k}.up_to"),
                    format!("{up_to} is not above `over` ({})", b.over),
                ));
            }
        }
        percent(file, &format!("{k}.rate"), b.rate, false, hundred)?;
        let (prev_rate, prev_quick) =
            previous.map_or((Decimal::ZERO, Decimal::ZERO), |p| (p.rate, p.quick));
        if b.rate <= prev_rate && previous.is_some() {
            return Err(err(
                file,
                &format!("{k}.rate"),
                "rates must rise from bracket to bracket",
            ));
        }
        let implied = prev_quick + b.over * (b.rate - prev_rate) / hundred;
        if b.quick != implied {
            return Err(err(file, &format!("{k}.quick"), format!("{} is not the quick deduction the brackets give: {prev_quick} + {} × ({}% − {prev_rate}%) = {implied}", b.quick, b.over, b.rate)));
        }
        let _ = write!(
            out,
            "Bracket {{ over: {}, up_to: {}, rate: {}, quick: {} }},",
            money(file, &format!("{k}.over"), b.over)?,
            match b.up_to {
                Some(u) => format!("Some({})", money(file, &format!("{k}.up_to"), u)?),
                None => "None".into(),
            },
            decimal(b.rate),
            money(file, &format!("{k}.quick"), b.quick)?
        );
        previous = Some(b);
    }
    if rows.last().is_some_and(|b| b.up_to.is_some()) {
        return Err(err(
            file,
            &format!("{key}[{}].up_to", rows.len() - 1),
            "the last bracket must be open (no `up_to`): every income needs a rate",
        ));
    }
    Ok(format!("&[{out}]"))
}

fn compile_rules(text_in: &str) -> R<String> {
    let f = RULES;
    let r: Rules = parse(f, text_in)?;
    let mut ids: Vec<String> = Vec::new();
    let mut documents = String::new();
    for (i, d) in r.documents.iter().enumerate() {
        let k = format!("documents[{i}]");
        if ids.contains(&d.id) {
            return Err(err(
                f,
                &format!("{k}.id"),
                format!("document id `{}` is used twice", d.id),
            ));
        }
        if d.id.trim().is_empty() || d.title.trim().is_empty() {
            return Err(err(f, &k, "a document needs an `id` and a `title`"));
        }
        ids.push(d.id.clone());
        let note = match &d.note {
            Some(t) => format!("Some({})", text(f, &format!("{k}.note"), t)?),
            None => "None".into(),
        };
        let _ = write!(
            documents,
            "Document {{ id: {:?}, title: {:?}, number: {:?}, note: {note} }},",
            d.id, d.title, d.number
        );
    }
    if !(1..=12).contains(&r.bonus.month) {
        return Err(err(
            f,
            "bonus.month",
            format!("{} is not a month (1–12)", r.bonus.month),
        ));
    }
    let hundred = Decimal::from(100);
    let rate = |key: &str, rate: &Rate| -> R<String> {
        Ok(format!(
            "RateRule {{ percent: {}, source: {} }}",
            percent(f, &format!("{key}.percent"), rate.percent, false, hundred)?,
            source(f, &format!("{key}.source"), &rate.source, &ids)?
        ))
    };
    if r.housing_fund.floor.percent > r.housing_fund.ceiling.percent {
        return Err(err(
            f,
            "housing_fund.floor.percent",
            "the floor is above the ceiling",
        ));
    }
    Ok(format!(
        "/// Generated by build.rs from policies/{RULES}.\npub static RULES: Rules = Rules {{ documents: &[{documents}], basic_deduction_monthly: {}, basic_deduction: {}, comprehensive: {}, comprehensive_source: {}, withholding: {}, bonus: {}, bonus_source: {}, bonus_extended: {}, bonus_month: {}, bonus_month_source: {}, rounding: {}, pension: {}, medical: {}, unemployment: {}, housing_fund_floor: {}, housing_fund_ceiling: {}, special_deductions: {}, special_deductions_kinds: {} }};\n",
        money(f, "basic_deduction.monthly", r.basic_deduction.monthly)?,
        source(f, "basic_deduction.source", &r.basic_deduction.source, &ids)?,
        brackets(f, "comprehensive.brackets", &r.comprehensive.brackets)?,
        source(f, "comprehensive.source", &r.comprehensive.source, &ids)?,
        source(f, "comprehensive.withholding", &r.comprehensive.withholding, &ids)?,
        brackets(f, "bonus.brackets", &r.bonus.brackets)?,
        source(f, "bonus.source", &r.bonus.source, &ids)?,
        source(f, "bonus.extended", &r.bonus.extended, &ids)?,
        r.bonus.month,
        source(f, "bonus.month_source", &r.bonus.month_source, &ids)?,
        source(f, "rounding.source", &r.rounding.source, &ids)?,
        rate("pension", &r.pension)?,
        rate("medical", &r.medical)?,
        rate("unemployment", &r.unemployment)?,
        rate("housing_fund.floor", &r.housing_fund.floor)?,
        rate("housing_fund.ceiling", &r.housing_fund.ceiling)?,
        source(f, "special_deductions.source", &r.special_deductions.source, &ids)?,
        source(f, "special_deductions.also", &r.special_deductions.also, &ids)?,
    ))
}

fn compile_districts(text_in: &str, policies: &[(String, String)], ceiling: Decimal) -> R<String> {
    let f = DISTRICTS;
    let d: Districts = parse(f, text_in)?;
    let mut out = String::new();
    let mut seen: Vec<&str> = Vec::new();
    for (i, district) in d.district.iter().enumerate() {
        let k = format!("district[{i}]");
        let file = format!("{}.toml", district.policy);
        let Some((_, policy_text)) = policies.iter().find(|(name, _)| *name == file) else {
            return Err(err(
                f,
                &format!("{k}.policy"),
                format!("no policy file policies/{file}"),
            ));
        };
        if seen.contains(&district.policy.as_str()) {
            return Err(err(
                f,
                &format!("{k}.policy"),
                format!("`{}` has two entries", district.policy),
            ));
        }
        seen.push(&district.policy);
        let policy: PolicyIds = toml::from_str(policy_text).map_err(|e| {
            err(
                f,
                &format!("{k}.policy"),
                format!("policies/{file} does not read: {}", e.message()),
            )
        })?;
        let docs: Vec<String> = policy.documents.iter().map(|d| d.id.clone()).collect();
        let base = match &district.base {
            None => "None".to_string(),
            Some(b) => {
                let of = if b.of == "pay" {
                    "BaseOf::Pay".to_string()
                } else {
                    match policy.components.iter().find(|c| c.id == b.of) {
                        Some(c) if c.period == "monthly" => format!("BaseOf::Component({:?})", b.of),
                        Some(_) => return Err(err(f, &format!("{k}.base.of"), format!("component `{}` is not paid monthly: a contribution base is a monthly amount", b.of))),
                        None => return Err(err(f, &format!("{k}.base.of"), format!("`{}` is neither \"pay\" nor a component of policies/{file}", b.of))),
                    }
                };
                format!(
                    "Some(BaseRule {{ of: {of}, source: {} }})",
                    source(f, &format!("{k}.base.source"), &b.source, &docs)?
                )
            }
        };
        let housing_fund = match &district.housing_fund {
            None => "None".to_string(),
            Some(h) => {
                let eligible_by = match &h.eligible_by {
                    None => "None".to_string(),
                    Some(id) => match policy.employer.iter().find(|e| e.id == *id) {
                        Some(e) if e.eligibility.is_some() => format!("Some({id:?})"),
                        Some(_) => return Err(err(f, &format!("{k}.housing_fund.eligible_by"), format!("employer item `{id}` of policies/{file} has no eligibility conditions"))),
                        None => return Err(err(f, &format!("{k}.housing_fund.eligible_by"), format!("no employer item `{id}` in policies/{file}"))),
                    },
                };
                format!(
                    "Some(HousingFundRule {{ percent: {}, eligible_by: {eligible_by}, source: {} }})",
                    percent(f, &format!("{k}.housing_fund.percent"), h.percent, false, ceiling)?,
                    source(f, &format!("{k}.housing_fund.source"), &h.source, &docs)?
                )
            }
        };
        if district.base.is_none() && district.housing_fund.is_none() {
            return Err(err(f, &k, "an entry needs a `base` or a `housing_fund`"));
        }
        let _ = write!(
            out,
            "District {{ policy: {:?}, base: {base}, housing_fund: {housing_fund} }},",
            district.policy
        );
    }
    Ok(format!("/// Generated by build.rs from policies/{DISTRICTS}.\npub static DISTRICTS: &[District] = &[{out}];\n"))
}

/// Compiles both files into the source of `RULES` and `DISTRICTS`. `policies` are the policy
/// files (name, text) that district entries refer to.
pub fn compile(
    rules: &str,
    districts: &str,
    policies: &[(String, String)],
) -> Result<String, RulesError> {
    let mut out = compile_rules(rules)?;
    let ceiling: Rules = parse(RULES, rules)?;
    out.push_str(&compile_districts(
        districts,
        policies,
        ceiling.housing_fund.ceiling.percent,
    )?);
    Ok(out)
}
