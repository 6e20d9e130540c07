//! Worked cases as data (issue 15; OpenFisca keeps its tests as YAML): `tests/cases/<district>.toml`,
//! each case with its name, the clause it checks, its inputs as the app's URL query (the same
//! parser as the address bar and the CLI) and the figures it must give. A 民政局 maintainer can add
//! a case without writing Rust.
//!
//! Expected money is yuan as a string ("3300"); `"unpublished"` where the documents name the part
//! but give no amount; `"not_mentioned"` where they do not mention it; `annual_total = "none"`
//! where there is no total. `steps` are words that some step of the zh explanation must contain;
//! `no_steps` words none may contain.

use rust_decimal::Decimal;
use serde::Deserialize;
use shequ_pay::estimate::Figure;
use shequ_pay::i18n::Lang;
use shequ_pay::{estimate, policy, query};
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    clause: String,
    input: String,
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expect {
    level: Option<u8>,
    position: Option<String>,
    base_pay_monthly: Option<String>,
    certificate_allowance_monthly: Option<String>,
    performance_annual: Option<String>,
    annual_total: Option<String>,
    lower_bound: Option<bool>,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    no_steps: Vec<String>,
}

fn figure_text(f: Figure) -> String {
    match f.amount {
        Some(a) => a.normalize().to_string(),
        None if f.not_mentioned() => "not_mentioned".into(),
        None => "unpublished".into(),
    }
}

fn money(s: &str) -> String {
    s.parse::<Decimal>()
        .map(|d| d.normalize().to_string())
        .unwrap_or_else(|_| s.to_string())
}

#[test]
fn every_case_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut count = 0;
    for path in files {
        let district = path.file_stem().unwrap().to_string_lossy().into_owned();
        let policy = policy::find(&district)
            .unwrap_or_else(|| panic!("{}: no policy `{district}`", path.display()));
        let text = std::fs::read_to_string(&path).unwrap();
        let file: File =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in file.case {
            count += 1;
            let at = format!("{district}: {} ({})", case.name, case.clause);
            let (state, errors) = query::parse(&format!("policy={district}&{}", case.input));
            assert!(errors.is_empty(), "{at}: bad input {errors:?}");
            assert_eq!(state.policy, policy.id, "{at}");
            let e = estimate(policy, &state.profile).unwrap_or_else(|err| panic!("{at}: {err:?}"));
            let x = &case.expect;
            if let Some(level) = x.level {
                assert_eq!(e.level(), Some(level), "{at}: level");
            }
            if let Some(name) = &x.position {
                assert_eq!(e.position_name().name.zh, name, "{at}: position");
            }
            for (want, got, what) in [
                (&x.base_pay_monthly, e.base_pay_monthly, "base pay"),
                (
                    &x.certificate_allowance_monthly,
                    e.certificate_allowance_monthly,
                    "certificate allowance",
                ),
                (&x.performance_annual, e.performance_annual, "performance"),
            ] {
                if let Some(want) = want {
                    assert_eq!(figure_text(got), money(want), "{at}: {what}");
                }
            }
            if let Some(total) = &x.annual_total {
                let got = e
                    .annual_total
                    .map_or("none".to_string(), |t| t.normalize().to_string());
                assert_eq!(got, money(total), "{at}: annual total");
            }
            if let Some(lower) = x.lower_bound {
                assert_eq!(e.annual_total_lower_bound(), lower, "{at}: lower bound");
            }
            let words: Vec<String> = e.steps.iter().map(|s| Lang::Zh.step(s)).collect();
            for w in &x.steps {
                assert!(
                    words.iter().any(|s| s.contains(w.as_str())),
                    "{at}: no step says “{w}”:\n{}",
                    words.join("\n")
                );
            }
            for w in &x.no_steps {
                assert!(
                    words.iter().all(|s| !s.contains(w.as_str())),
                    "{at}: a step says “{w}”:\n{}",
                    words.join("\n")
                );
            }
        }
    }
    assert!(count >= 10, "{count} cases");
}
