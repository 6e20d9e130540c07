//! The build-time check of `policies/national/`: the bundled files compile; an unknown key, a
//! bracket gap or overlap, a wrong quick deduction, an unknown document or a district entry that
//! names nothing fails with the file and the key.

#[path = "../build/national_compiler.rs"]
#[allow(dead_code)]
mod national_compiler;

use national_compiler::{compile, RulesError};

const RULES: &str = include_str!("../policies/national/rules.toml");
const DISTRICTS: &str = include_str!("../policies/national/districts.toml");

fn policies() -> Vec<(String, String)> {
    ["xishan", "yinchuan", "guandu", "songshan", "huangshi"]
        .iter()
        .map(|id| {
            let text = std::fs::read_to_string(format!("policies/{id}.toml")).unwrap();
            (format!("{id}.toml"), text)
        })
        .collect()
}

fn rules_error(from: &str, to: &str) -> RulesError {
    assert!(RULES.contains(from), "{from}");
    compile(&RULES.replacen(from, to, 1), DISTRICTS, &policies()).unwrap_err()
}

fn districts_error(from: &str, to: &str) -> RulesError {
    assert!(DISTRICTS.contains(from), "{from}");
    compile(RULES, &DISTRICTS.replacen(from, to, 1), &policies()).unwrap_err()
}

#[test]
fn the_bundled_files_compile() {
    compile(RULES, DISTRICTS, &policies()).expect("valid");
}

#[test]
fn bad_rules_name_the_file_and_key() {
    let e = rules_error(
        "[pension]\npercent = \"8\"",
        "[pension]\npercent = \"8\"\nrate = \"8\"",
    );
    assert_eq!(e.file, "national/rules.toml");
    assert!(e.message.contains("unknown field"), "{e}");
    // A gap: the second bracket starts above where the first ends.
    let e = rules_error(
        r#"{ over = "36000",  up_to = "144000""#,
        r#"{ over = "37000",  up_to = "144000""#,
    );
    assert_eq!(e.key, "comprehensive.brackets[1].over");
    assert!(e.message.contains("gap"), "{e}");
    // An overlap.
    let e = rules_error(
        r#"{ over = "3000",  up_to = "12000""#,
        r#"{ over = "2000",  up_to = "12000""#,
    );
    assert_eq!(e.key, "bonus.brackets[1].over");
    assert!(e.message.contains("overlaps"), "{e}");
    // A quick deduction that does not follow from the brackets.
    let e = rules_error(
        r#"rate = "20", quick = "16920""#,
        r#"rate = "20", quick = "16900""#,
    );
    assert_eq!(e.key, "comprehensive.brackets[2].quick");
    let e = rules_error(r#"doc = "gf_2005_38""#, r#"doc = "gf_2005_99""#);
    assert_eq!(e.key, "pension.source.doc");
    let e = rules_error(
        "percent = \"12\", source = { doc = \"jjg_2005_5\"",
        "percent = \"4\", source = { doc = \"jjg_2005_5\"",
    );
    assert_eq!(e.key, "housing_fund.floor.percent");
}

#[test]
fn bad_district_entries_name_the_file_and_key() {
    let e = districts_error(r#"of = "basic""#, r#"of = "basics""#);
    assert_eq!(
        (e.file.as_str(), e.key.as_str()),
        ("national/districts.toml", "district[0].base.of")
    );
    let e = districts_error(r#"policy = "xishan""#, r#"policy = "nowhere""#);
    assert_eq!(e.key, "district[0].policy");
    let e = districts_error(r#"percent = "12""#, r#"percent = "13""#);
    assert_eq!(e.key, "district[0].housing_fund.percent");
    let e = districts_error(
        r#"eligible_by = "housing_fund""#,
        r#"eligible_by = "pay_range""#,
    );
    assert_eq!(e.key, "district[2].housing_fund.eligible_by");
    let e = districts_error(r#"doc = "yijian""#, r#"doc = "reply""#);
    assert_eq!(e.key, "district[1].base.source.doc");
}
