//! The `estimate` command as a user runs it: the JSON contract, the text breakdown, the
//! languages, `--list`, `--project`, and bad input (exit status 2, one line naming the flag).

use serde_json::Value;
use std::process::Command;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_estimate"))
        .args(args)
        .output()
        .expect("the estimate binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn ok(args: &[&str]) -> String {
    let r = run(args);
    assert_eq!(r.code, 0, "{args:?} failed: {}", r.stderr);
    assert!(
        r.stderr.is_empty(),
        "{args:?} wrote to stderr: {}",
        r.stderr
    );
    r.stdout
}

fn json(args: &[&str]) -> Value {
    let mut with_json = args.to_vec();
    with_json.push("--json");
    serde_json::from_str(&ok(&with_json)).expect("valid JSON")
}

/// Keys every estimate object has, with the JSON type each takes ("money" is a decimal string
/// or null).
const KEYS: &[(&str, &str)] = &[
    ("policy", "string"),
    ("policy_name", "string"),
    ("years", "number"),
    ("level", "number|null"),
    ("level_range", "array|null"),
    ("rank_step", "number|string|null"),
    ("base_pay_monthly", "money"),
    ("base_pay_monthly_lower_bound", "bool"),
    ("certificate_allowance_monthly", "money"),
    ("certificate_allowance_monthly_lower_bound", "bool"),
    ("certificate_worth_monthly", "money"),
    ("performance_bonus_annual", "money"),
    ("performance_bonus_annual_lower_bound", "bool"),
    ("annual_total", "money"),
    ("annual_total_lower_bound", "bool"),
    ("complete", "bool"),
    ("unpublished", "array"),
    ("milestones", "array"),
    ("employer", "array"),
    ("caveats", "array"),
    ("explanation", "array"),
    ("documents", "array"),
    ("assumed", "array"),
    ("disclaimer", "string"),
];

fn is_money(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => {
            let (int, frac) = s.split_once('.').unwrap_or((s, ""));
            !int.is_empty() && int.bytes().all(|b| b.is_ascii_digit()) && frac.len() == 2
        }
        _ => false,
    }
}

fn check_contract(e: &Value) {
    for (key, kind) in KEYS {
        let v = e
            .get(key)
            .unwrap_or_else(|| panic!("missing key {key} in {e}"));
        let fits = match *kind {
            "string" => v.is_string(),
            "number" => v.is_u64(),
            "number|null" => v.is_u64() || v.is_null(),
            "number|string|null" => v.is_u64() || v.is_string() || v.is_null(),
            "array" => v.is_array(),
            "array|null" => v.is_array() || v.is_null(),
            "bool" => v.is_boolean(),
            "money" => is_money(v),
            _ => unreachable!(),
        };
        assert!(fits, "{key} should be {kind}, is {v}");
    }
    for step in e["explanation"].as_array().unwrap() {
        assert!(step["text"].is_string());
        for key in ["document", "clause", "quote", "interpretation"] {
            let v = &step[key];
            assert!(v.is_string() || v.is_null(), "explanation {key}: {v}");
        }
    }
    for u in e["unpublished"].as_array().unwrap() {
        assert!(u["id"].is_string() && u["name"].is_string());
    }
}

fn unpublished_ids(e: &Value) -> Vec<&str> {
    e["unpublished"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect()
}

/// 银川 worked example (POLICY-NOTES): head, 10 years, bachelor, 3★ → level 11, 3300, 10800, 50400.
#[test]
fn json_yinchuan_worked_example() {
    let e = json(&[
        "--policy",
        "yinchuan",
        "--position",
        "head",
        "--years",
        "10",
        "--education",
        "bachelor",
        "--stars",
        "3",
    ]);
    check_contract(&e);
    assert_eq!(e["policy"], "yinchuan");
    assert_eq!(e["level"], 11);
    assert_eq!(e["level_range"], serde_json::json!([7, 18]));
    assert_eq!(e["rank_step"], Value::Null);
    assert_eq!(e["base_pay_monthly"], "3300.00");
    assert_eq!(e["performance_bonus_annual"], "10800.00");
    assert_eq!(e["annual_total"], "50400.00");
    assert_eq!(e["annual_total_lower_bound"], false);
    assert_eq!(e["complete"], true);
    assert!(unpublished_ids(&e).is_empty());
    // The interpretation that performance is 12 × a monthly standard is flagged as one.
    assert!(
        e["explanation"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["interpretation"].is_string()
                && s["text"].as_str().unwrap().contains("10,800"))
    );
}

/// 松山 worked example: staff, 5 years, assistant → level 2, allowance 200, base unpublished.
#[test]
fn json_songshan_worked_example() {
    let e = json(&[
        "--policy",
        "songshan",
        "--position",
        "staff",
        "--years",
        "5",
        "--certificate",
        "assistant",
    ]);
    check_contract(&e);
    assert_eq!(e["level"], 2);
    assert_eq!(e["base_pay_monthly"], Value::Null);
    assert_eq!(e["certificate_allowance_monthly"], "200.00");
    assert_eq!(e["annual_total"], Value::Null);
    assert_eq!(e["complete"], false);
    assert!(unpublished_ids(&e).contains(&"base"));
}

/// 西山 worked example: deputy, rank step 7 → 4100 a month, at least 53000 a year.
#[test]
fn json_xishan_worked_example() {
    let e = json(&[
        "--policy",
        "xishan",
        "--position",
        "deputy",
        "--rank-step",
        "7",
    ]);
    check_contract(&e);
    assert_eq!(e["level"], Value::Null);
    assert_eq!(e["rank_step"], 7);
    assert_eq!(e["base_pay_monthly"], "4100.00");
    assert_eq!(e["annual_total"], "53000.00");
    assert_eq!(e["annual_total_lower_bound"], true);
    assert_eq!(e["performance_bonus_annual_lower_bound"], true);
    assert_eq!(e["complete"], false);
    // The community result was not given: the estimate says what it assumed.
    assert_eq!(e["assumed"], serde_json::json!(["community_result"]));
    assert_eq!(e["employer"][0]["monthly"], "1049.38");
}

/// 西山 二、1: "全区1172名社区工作者符合领取职级补贴条件" — an unknown step adds nothing; the total
/// is a lower bound and the rank allowance's range is given.
#[test]
fn json_unknown_rank_step_is_a_lower_bound() {
    let e = json(&["--policy", "xishan", "--position", "deputy"]);
    assert_eq!(e["rank_step"], Value::Null);
    assert_eq!(e["annual_total"], "38600.00");
    assert_eq!(e["annual_total_lower_bound"], true);
    assert_eq!(e["unknown"][0]["id"], "rank");
    assert_eq!(e["unknown"][0]["min_monthly"], "600.00");
    assert_eq!(e["unknown"][0]["max_monthly"], "2000.00");
    assert!(!e["assumed"]
        .as_array()
        .unwrap()
        .contains(&Value::from("rank_step")));
    let e = json(&["--policy", "xishan", "--rank-step", "none"]);
    assert_eq!(e["rank_step"], "none");
    assert_eq!(e["unknown"], serde_json::json!([]));
}

/// 黄石: the reply never mentions performance pay for ordinary workers: null, not "0.00".
#[test]
fn json_huangshi_performance_is_not_mentioned() {
    let e = json(&["--policy", "huangshi"]);
    assert_eq!(e["performance_bonus_annual"], Value::Null);
    assert_eq!(e["performance_bonus_annual_not_mentioned"], true);
}

/// 官渡 五(二): the range is the pay standard itself, out of `employer`.
#[test]
fn json_guandu_pay_range_has_its_own_place() {
    let e = json(&["--policy", "guandu"]);
    assert_eq!(e["pay_range"]["min_monthly"], "4300.00");
    assert_eq!(e["pay_range"]["max_monthly"], "6800.00");
    assert_eq!(e["pay_range"]["name"], "公布的薪酬标准范围（含五险）");
    assert_eq!(e["pay_range"]["source"]["assembled"], true);
    assert!(e["employer"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["id"] != "pay_range"));
}

/// 银川 五(十): "工作人员主要指…社区居委会“两委”成员" — positions in the district's own words.
#[test]
fn json_position_in_the_districts_words() {
    let e = json(&["--policy", "yinchuan", "--position", "committee"]);
    assert_eq!(e["position_name"], "工作人员（社区“两委”成员）");
    let e = json(&["--policy", "xishan", "--position", "staff"]);
    assert!(e["position_absent"]
        .as_str()
        .unwrap()
        .contains("按委员层次估算"));
}

/// A value with a newline or control bytes is echoed escaped and cut: one short line.
#[test]
fn bad_values_are_echoed_escaped_and_cut() {
    let long = "9".repeat(100_000);
    let r = run(&["--years", &long]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.len() < 300, "{} bytes", r.stderr.len());
    let r = run(&["--years", "1\n2\x1b[31m\x07"]);
    assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
    assert!(!r.stderr.contains('\x1b') && !r.stderr.contains('\x07'));
    assert!(r.stderr.contains("\\n"), "{}", r.stderr);
}

/// `--one-shoulder` without `--position head` says what to do.
#[test]
fn one_shoulder_needs_head_says_so() {
    let r = run(&["--one-shoulder"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr.trim_end(),
        "“一肩挑”只适用于正职，请同时用 --position head。"
    );
}

#[test]
fn json_all_policies_is_a_list_of_five() {
    let all = json(&["--policy", "all", "--stars", "3", "--rank-step", "7"]);
    let list = all.as_array().expect("a list");
    assert_eq!(list.len(), 5);
    for e in list {
        check_contract(e);
    }
    let ids: Vec<&str> = list.iter().map(|e| e["policy"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["guandu", "huangshi", "songshan", "xishan", "yinchuan"]
    );
}

#[test]
fn json_texts_follow_the_language() {
    let zh = json(&["--policy", "songshan"]);
    let en = json(&["--policy", "songshan", "--lang", "en"]);
    assert_eq!(zh["policy_name"], "赤峰市松山区");
    assert_eq!(en["policy_name"], "Chifeng, Songshan District");
    assert_eq!(en["unpublished"][0]["name"], "Base pay");
}

#[test]
fn text_breakdown_has_the_figures_and_their_sources() {
    let text = ok(&[
        "--position",
        "head",
        "--years",
        "10",
        "--education",
        "bachelor",
        "--stars",
        "3",
    ]);
    for needle in [
        "银川市",
        "11 级",
        "3,300 元/月",
        "10,800 元",
        "50,400 元",
        "出处",
        // A quote from the document, with its clause.
        "本科学历可提高1级",
        "六(十七) 薪酬待遇的匹配",
        // An interpretation, flagged.
        "解读：",
        // The document and the disclaimer.
        "2019-01-01",
        "仅供参考",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}

#[test]
fn text_says_at_least_and_no_total() {
    let xishan = ok(&[
        "--policy",
        "xishan",
        "--position",
        "deputy",
        "--rank-step",
        "7",
    ]);
    assert!(xishan.contains("至少 53,000 元"), "{xishan}");
    assert!(xishan.contains("单位承担（不计入工资）"), "{xishan}");
    let songshan = ok(&[
        "--policy",
        "songshan",
        "--years",
        "5",
        "--certificate",
        "assistant",
    ]);
    assert!(
        songshan.contains("基本工资未公布，无法计算全年合计"),
        "{songshan}"
    );
    assert!(songshan.contains("200 元/月"), "{songshan}");
}

#[test]
fn text_in_english() {
    let text = ok(&[
        "--lang",
        "en",
        "--position",
        "head",
        "--years",
        "10",
        "--education",
        "bachelor",
        "--stars",
        "3",
    ]);
    for needle in [
        "Yinchuan",
        "Base pay: ¥3,300 a month",
        "Annual total: ¥50,400",
        "Source:",
        "Interpretation:",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    // Quotes stay in the documents' words; the labels are English.
    for label in ["基本工资：", "计算过程", "出处："] {
        assert!(!text.contains(label), "{label} in:\n{text}");
    }
}

#[test]
fn both_flag_forms_mean_the_same() {
    let spaced = ok(&["--policy", "xishan", "--rank-step", "7", "--json"]);
    let joined = ok(&["--policy=xishan", "--rank-step=7", "--json"]);
    assert_eq!(spaced, joined);
}

#[test]
fn compare_all_in_text() {
    let text = ok(&["--policy", "all"]);
    for name in [
        "昆明市官渡区",
        "黄石市",
        "赤峰市松山区",
        "昆明市西山区",
        "银川市",
    ] {
        assert!(text.contains(name), "missing {name}");
    }
}

/// Bad input: exit status 2, one line on stderr naming the flag, nothing on stdout, no panic.
#[test]
fn bad_input_is_one_line_naming_the_flag() {
    let cases: &[(&[&str], &str)] = &[
        (&["--policy", "nowhere"], "--policy"),
        (&["--years", "-3"], "--years"),
        (&["--years=-3"], "--years"),
        (&["--years", "ten"], "--years"),
        (&["--years", "51"], "--years"),
        (&["--policy", "xishan", "--rank-step", "13"], "--rank-step"),
        (&["--policy", "xishan", "--rank-step", "0"], "--rank-step"),
        (&["--stars", "6"], "--stars"),
        (&["--stars", "-1"], "--stars"),
        (&["--frobnicate"], "--frobnicate"),
        (&["stray"], "stray"),
        (&["--years"], "--years"),
        (&["--years", "--json"], "--years"),
        (&["--policy"], "--policy"),
        (&["--position", "boss"], "--position"),
        (&["--education", "phd"], "--education"),
        (&["--certificate", "gold"], "--certificate"),
        (&["--assessment", "great"], "--assessment"),
        (
            &["--policy", "xishan", "--community-result", "best"],
            "--community-result",
        ),
        (&["--stars", "3", "--policy", "xishan"], "--stars"),
        (&["--rank-step", "3"], "--rank-step"),
        (
            &["--policy", "yinchuan", "--community-result", "good"],
            "--community-result",
        ),
        (
            &["--excellent-years", "1", "--years", "3"],
            "--excellent-years",
        ),
        (
            &[
                "--policy",
                "guandu",
                "--uncounted-years",
                "1",
                "--years",
                "3",
            ],
            "--uncounted-years",
        ),
        (
            &["--policy", "xishan", "--degree-in-service"],
            "--degree-in-service",
        ),
        (&["--policy", "huangshi", "--probation"], "--probation"),
        (&["--one-shoulder"], "--position head"),
        (
            &["--position", "deputy", "--one-shoulder"],
            "--position head",
        ),
        (
            &[
                "--policy",
                "songshan",
                "--years",
                "2",
                "--excellent-years",
                "2",
                "--uncounted-years",
                "1",
            ],
            "--excellent-years",
        ),
        (
            &[
                "--policy",
                "songshan",
                "--years",
                "2",
                "--uncounted-years",
                "3",
            ],
            "--uncounted-years",
        ),
        (&["--probation=maybe"], "--probation"),
        (&["--json=yes"], "--json"),
        (&["--lang", "fr"], "--lang"),
        (&["--lang"], "--lang"),
        (&["--project", "--policy", "all"], "--project"),
    ];
    for (args, flag) in cases {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}: status {} ({})", r.code, r.stderr);
        assert!(r.stdout.is_empty(), "{args:?} printed: {}", r.stdout);
        assert!(
            !r.stderr.contains("panicked"),
            "{args:?} panicked: {}",
            r.stderr
        );
        assert_eq!(
            r.stderr.trim_end().lines().count(),
            1,
            "{args:?}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains(flag),
            "{args:?} should name {flag}: {}",
            r.stderr
        );
    }
}

#[test]
fn bad_input_names_what_is_allowed() {
    let r = run(&["--years", "-3"]);
    assert!(r.stderr.contains("0 到 50"), "{}", r.stderr);
    let r = run(&["--policy", "nowhere"]);
    assert!(
        r.stderr.contains("yinchuan") && r.stderr.contains("all"),
        "{}",
        r.stderr
    );
    let r = run(&["--stars", "3", "--policy", "xishan"]);
    assert!(
        r.stderr.contains("yinchuan"),
        "it says who uses it: {}",
        r.stderr
    );
}

#[test]
fn bad_input_in_the_chosen_language_even_when_lang_comes_last() {
    let r = run(&["--years", "-3", "--lang", "en"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("Use a whole number from 0 to 50"),
        "{}",
        r.stderr
    );
    let r = run(&["--stars", "3", "--policy", "xishan", "--lang=en"]);
    assert!(r.stderr.contains("does not apply"), "{}", r.stderr);
    let r = run(&["--position", "staff", "--one-shoulder", "--lang", "en"]);
    assert!(r.stderr.contains("head position"), "{}", r.stderr);
}

#[test]
fn policy_specific_inputs_are_accepted_for_all() {
    let all = json(&[
        "--policy",
        "all",
        "--stars",
        "3",
        "--rank-step",
        "7",
        "--uncounted-years",
        "0",
    ]);
    assert_eq!(all.as_array().unwrap().len(), 5);
}

#[test]
fn list_shows_policies_completeness_and_inputs() {
    let text = ok(&["--list"]);
    for needle in [
        "yinchuan",
        "songshan",
        "xishan",
        "guandu",
        "huangshi",
        "--stars",
        "--rank-step",
        "--uncounted-years",
        "无法计算全年合计",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    let list = json(&["--list", "--lang", "en"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 5);
    let yinchuan = list.iter().find(|p| p["id"] == "yinchuan").unwrap();
    assert_eq!(yinchuan["total"], "complete");
    assert_eq!(
        yinchuan["inputs"],
        serde_json::json!(["stars", "probation"])
    );
    let songshan = list.iter().find(|p| p["id"] == "songshan").unwrap();
    assert_eq!(songshan["total"], "none");
    let xishan = list.iter().find(|p| p["id"] == "xishan").unwrap();
    assert_eq!(xishan["total"], "lower_bound");
}

#[test]
fn help_states_the_defaults() {
    let text = ok(&["--help"]);
    for needle in [
        "--policy",
        "--rank-step",
        "--project",
        "默认 yinchuan",
        "默认 staff",
        "默认 competent",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    assert!(ok(&["--help", "--lang", "en"]).contains("default staff"));
}

#[test]
fn project_text_has_the_table_and_what_ifs() {
    let text = ok(&["--project"]);
    assert!(text.contains("升至 2 级（+100 元/月）"), "{text}");
    assert!(text.contains("本岗位最高级"), "{text}");
    assert!(text.contains("连续工作满20年特殊荣誉奖励"), "{text}");
    assert!(
        text.contains("再工作 4 年升到 2 级（+100 元/月）"),
        "{text}"
    );
    assert!(text.contains("满 34 年到达本岗位最高级（12 级）"), "{text}");
    // What-ifs with their gains and sources.
    assert!(
        text.contains("取得助理社会工作师（初级）证书：等级 1 → 2 级；+100 元/月；+1,200 元/年"),
        "{text}"
    );
    assert!(text.contains("取得助理社会师的,薪酬可提高1等级"), "{text}");
    let en = ok(&["--project", "--policy", "songshan", "--lang", "en"]);
    assert!(en.contains("+¥200 a month"), "{en}");
    assert!(en.contains("amount unpublished"), "{en}");
}

#[test]
fn project_json_is_one_estimate_per_year() {
    let years = json(&[
        "--project",
        "--position",
        "head",
        "--years",
        "10",
        "--education",
        "bachelor",
        "--stars",
        "3",
    ]);
    let years = years.as_array().expect("a list");
    assert_eq!(years.len(), 26);
    for (i, e) in years.iter().enumerate() {
        check_contract(e);
        assert_eq!(e["years"], 10 + i);
    }
    assert_eq!(years[0]["annual_total"], "50400.00");
    assert_eq!(years[3]["level"], 12);
    assert_eq!(years[3]["base_pay_monthly"], "3400.00");
    let late = json(&["--project", "--years", "40"]);
    assert_eq!(late.as_array().unwrap().len(), 1);
}
