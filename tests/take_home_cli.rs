//! Take-home pay at the edges (issue 17): the URL parameters and the CLI flags, parsed by one
//! rule (`query::set_contribution`); `estimate --take-home` as text and `--json`.

use rust_decimal::Decimal;
use serde_json::Value;
use shequ_pay::query::{self, Allowed};
use shequ_pay::take_home::Field;
use std::process::Command;

/// The NATIONAL-RULES worked example: 西山, 一肩挑, 职级一档, 优秀, 优秀社区.
const XISHAN: &[&str] = &[
    "--policy",
    "xishan",
    "--position",
    "head",
    "--one-shoulder",
    "--rank-step",
    "1",
    "--assessment",
    "excellent",
    "--community-result",
    "excellent",
    "--take-home",
];

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_estimate"))
        .args(args)
        .output()
        .expect("the estimate binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn yuan(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn url_parameters_round_trip() {
    let (s, errors) = query::parse("?policy=xishan&take_home=1&insurance_base=3100&pension_rate=8&medical_rate=2&unemployment_rate=0.5&housing_fund_rate=12&special_deductions=1500");
    assert!(errors.is_empty(), "{errors:?}");
    assert!(s.take_home);
    let c = &s.contributions;
    assert_eq!(c.insurance_base, Some(yuan("3100")));
    assert_eq!(c.unemployment_rate, Some(yuan("0.5")));
    assert_eq!(c.special_deductions, Some(yuan("1500")));
    let q = query::to_query(&s);
    assert!(
        q.contains("take_home=1") && q.contains("unemployment_rate=0.5"),
        "{q}"
    );
    assert_eq!(query::parse(&q).0, s);
}

#[test]
fn bad_url_parameters_are_named_and_fall_back() {
    let (s, errors) = query::parse(
        "?take_home=1&pension_rate=-1&housing_fund_rate=13&insurance_base=abc&medical_rate=2.5",
    );
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        ["pension_rate", "housing_fund_rate", "insurance_base"]
    );
    assert_eq!(
        errors[1].allowed,
        Allowed::Range {
            min: Decimal::ZERO,
            max: Decimal::from(12),
            percent: true
        }
    );
    assert_eq!(s.contributions.pension_rate, None);
    assert_eq!(s.contributions.medical_rate, Some(yuan("2.5")));
    for bad in ["1e3", "+5", "0.125", "", "８"] {
        let mut c = Default::default();
        assert!(
            query::set_contribution(&mut c, Field::PensionRate, bad).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn json_has_exactly_the_take_home_keys() {
    let (code, out, err) = run(&[XISHAN, &["--json"]].concat());
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let t = &v["take_home"];
    let mut keys: Vec<&str> = t.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "bonus_tax",
            "housing_fund_annual",
            "income_tax_annual",
            "insurance_base_monthly",
            "months",
            "net_annual",
            "social_insurance_annual"
        ]
    );
    assert_eq!(t["insurance_base_monthly"], "3100.00");
    assert_eq!(t["social_insurance_annual"], "3906.00");
    assert_eq!(t["housing_fund_annual"], "4464.00");
    assert_eq!(t["income_tax_annual"], "5.10");
    assert_eq!(t["net_annual"], "60164.90");
    assert_eq!(t["bonus_tax"]["combined"], "5.10");
    assert_eq!(t["bonus_tax"]["separate"], "220.20");
    assert_eq!(t["bonus_tax"]["chosen"], "combined");
    let months = t["months"].as_array().unwrap();
    assert_eq!(months.len(), 12);
    assert_eq!(months[11]["month"], 12);
    assert_eq!(months[11]["gross"], "12440.00");
    assert_eq!(months[11]["tax"], "5.10");
    let mut keys: Vec<&str> = months[0]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort();
    assert_eq!(keys, ["contributions", "gross", "month", "net", "tax"]);
    // Without --take-home there is no take_home.
    let (_, out, _) = run(&["--policy", "xishan", "--json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v.get("take_home").is_none());
}

#[test]
fn json_no_net_where_base_pay_is_unpublished() {
    let (code, out, err) = run(&["--policy", "songshan", "--take-home", "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let t = &v["take_home"];
    assert!(t["net_annual"].is_null() && t["income_tax_annual"].is_null());
    assert!(t["insurance_base_monthly"].is_null() && t["bonus_tax"].is_null());
    assert_eq!(t["months"].as_array().unwrap().len(), 0);
}

#[test]
fn flags_set_the_inputs_and_imply_take_home() {
    let (code, out, err) = run(&[
        "--policy",
        "yinchuan",
        "--position",
        "head",
        "--years",
        "34",
        "--education",
        "doctor",
        "--stars",
        "5",
        "--insurance-base",
        "0",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let t = &v["take_home"];
    assert_eq!(t["bonus_tax"]["combined"], "108.00");
    assert_eq!(t["bonus_tax"]["separate"], "468.00");
    assert_eq!(t["net_annual"], "63492.00");
}

#[test]
fn text_has_the_headline_the_choice_and_the_documents() {
    let (code, out, err) = run(XISHAN);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("到手（估算）每月至少约 4,402.50 元，全年至少 60,164.90 元"),
        "{out}"
    );
    assert!(out.contains("选择并入综合所得计税，可少缴 215.10 元"));
    for doc in [
        "国发〔2005〕38号",
        "财税〔2018〕164号",
        "国家税务总局公告2018年第61号",
        "第六条",
    ] {
        assert!(out.contains(doc), "{doc}");
    }
    assert!(out.contains("12月"));
}

#[test]
fn bad_flags_exit_2_naming_the_flag() {
    for (args, flag) in [
        (
            &["--take-home", "--pension-rate", "-1"][..],
            "--pension-rate",
        ),
        (&["--housing-fund-rate=12.5"][..], "--housing-fund-rate"),
        (&["--insurance-base", "lots"][..], "--insurance-base"),
        (&["--special-deductions", "-5"][..], "--special-deductions"),
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(flag), "{err}");
    }
    let (code, _, _) = run(&["--take-home=1"]);
    assert_eq!(code, 2);
}

#[test]
fn help_lists_the_take_home_flags() {
    let (_, out, _) = run(&["--help"]);
    for f in [
        "--take-home",
        "--insurance-base",
        "--housing-fund-rate",
        "--special-deductions",
    ] {
        assert!(out.contains(f), "{f}");
    }
}
