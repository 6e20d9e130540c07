//! `estimate roster` (issue 16): the JSON keys, exit status 0/1/2, `--out` and `--template`;
//! and that each worker is the single estimate.

use std::path::PathBuf;
use std::process::{Command, Output};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("roster-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_estimate"))
        .args(args)
        .output()
        .unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

// 王五 is 银川's 专职社区网格员 (staff); its 工作人员 would be a 两委 member.
const ROSTER: &str =
    "姓名,岗位,工作年限,学历,星级\n张三,正职,10,本科,3\n王五,专职社区网格员,3,大专,0\n";

#[test]
fn json_has_the_issue_s_keys_and_every_row_computed_exits_0() {
    let d = dir("ok");
    let file = d.join("花名册.csv");
    std::fs::write(&file, ROSTER).unwrap();
    let out = run(&[
        "roster",
        file.to_str().unwrap(),
        "--policy",
        "yinchuan",
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    let w = &v["workers"][0];
    assert_eq!(w["row"], 2);
    assert_eq!(w["name"], "张三");
    // The single estimate's keys, as `estimate --json` gives them.
    assert_eq!(w["annual_total"], "50400.00");
    assert_eq!(w["level_range"], serde_json::json!([7, 18]));
    assert!(w["explanation"].as_array().is_some_and(|a| !a.is_empty()));
    let t = &v["totals"];
    assert_eq!(
        (t["workers"].as_u64(), t["computed"].as_u64()),
        (Some(2), Some(2))
    );
    assert_eq!(t["base_pay_monthly"], "5600.00");
    assert_eq!(t["certificate_allowance_monthly"], "0.00");
    assert_eq!(t["performance_bonus_annual"], "14400.00");
    assert_eq!(t["annual_total"], "81600.00");
    assert_eq!(t["annual_total_lower_bound"], false);
    assert_eq!(v["next_year"]["annual_total"], "82800.00");
    assert_eq!(v["next_year"]["moving_up"][0]["row"], 3);
    assert_eq!(v["next_year"]["moving_up"][0]["annual_change"], "1200.00");
    assert_eq!(v["errors"], serde_json::json!([]));
}

#[test]
fn rows_with_errors_exit_1_and_are_listed() {
    let d = dir("bad");
    let file = d.join("r.csv");
    std::fs::write(&file, format!("{ROSTER}赵六,正职,abc,本科,3\n")).unwrap();
    let out = run(&["roster", file.to_str().unwrap(), "--json", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["totals"]["computed"], 2);
    assert_eq!(
        v["errors"][0],
        serde_json::json!({
            "row": 4, "column": "years", "value": "abc",
            "message": "Row 4, years “abc”: Use a whole number from 0 to 50.",
        })
    );
    let text = run(&["roster", file.to_str().unwrap()]);
    assert_eq!(text.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&text.stdout).contains("第4行 工作年限 “abc”"));
}

#[test]
fn an_unreadable_file_or_a_bad_flag_exits_2_with_one_line() {
    let d = dir("two");
    let file = d.join("r.csv");
    std::fs::write(&file, ROSTER).unwrap();
    let f = file.to_str().unwrap();
    let missing = d.join("none.csv");
    for args in [
        vec!["roster"],
        vec!["roster", missing.to_str().unwrap()],
        vec!["roster", f, "--policy", "nowhere"],
        vec!["roster", f, "--as-of", "2026-13"],
        vec!["roster", f, "--bogus"],
        vec!["roster", f, "--out", "x.pdf"],
        vec!["roster", "roster.xls"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
    std::fs::write(d.join("empty.csv"), "").unwrap();
    let out = run(&["roster", d.join("empty.csv").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn out_and_template_write_files() {
    let d = dir("out");
    let template = d.join("模板.xlsx");
    let out = run(&["roster", "--template", template.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    // The template's example row reads back and computes.
    let xlsx = d.join("结果.xlsx");
    let csv = d.join("结果.csv");
    for target in [&xlsx, &csv] {
        let out = run(&[
            "roster",
            template.to_str().unwrap(),
            "--out",
            target.to_str().unwrap(),
            "--as-of",
            "2026-01",
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    assert!(std::fs::read(&csv).unwrap().starts_with(b"\xEF\xBB\xBF"));
}

/// A worker's object is the single estimate's (`estimate --json`), with its row, name and
/// notes.
#[test]
fn a_worker_is_the_single_estimate() {
    let d = dir("same");
    let file = d.join("r.csv");
    std::fs::write(&file, ROSTER).unwrap();
    let roster = json(&run(&["roster", file.to_str().unwrap(), "--json"]));
    let mut worker = roster["workers"][0].clone();
    let object = worker.as_object_mut().unwrap();
    assert_eq!(object.remove("row"), Some(2.into()));
    assert_eq!(object.remove("name"), Some("张三".into()));
    // What the roster adds: notes on the row (none here).
    assert_eq!(object.remove("notes"), Some(serde_json::json!([])));
    let args = "--position head --years 10 --education bachelor --stars 3 --json";
    let single = json(&run(&args.split(' ').collect::<Vec<_>>()));
    assert_eq!(worker, single);
}

/// 西山 with a blank 职级档次: the totals say “至少” and what was left out; a 星级 given for
/// 西山 (which has none) is a note, and the row is computed (exit 0).
#[test]
fn unknown_rank_steps_and_unused_columns_are_said() {
    let d = dir("xishan");
    let file = d.join("r.csv");
    std::fs::write(
        &file,
        "姓名,岗位,工作年限,职级档次,社区考核结果,星级\n\
         甲,副职,5,,目标完成,3\n\
         乙,副职,5,不符合领取条件,目标完成,\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let out = run(&["roster", f, "--policy", "xishan", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    // 2900 × 12 + 3800 = 38600 each; the blank step's rank allowance left out.
    assert_eq!(v["totals"]["annual_total"], "77200.00");
    assert_eq!(v["totals"]["annual_total_lower_bound"], true);
    let unknown = &v["totals"]["unknown"][0];
    assert_eq!(unknown["component"], "rank");
    assert_eq!(unknown["workers"], 1);
    assert_eq!(
        (&unknown["min_monthly"], &unknown["max_monthly"]),
        (&"600.00".into(), &"2000.00".into())
    );
    assert_eq!(v["workers"][1]["rank_step"], "none");
    assert_eq!(v["notes"][0]["column"], "stars");
    assert_eq!(v["notes"][0]["rows"], serde_json::json!([2]));
    assert_eq!(v["workers"][0]["notes"][0]["column"], "stars");

    let text = run(&["roster", f, "--policy", "xishan"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("全年合计：全年（元）：至少 77,200"), "{text}");
    assert!(
        text.contains("1 人的职级档次不清楚，未计入以上合计"),
        "{text}"
    );
    assert!(
        text.contains("星级 “3”：昆明市西山区不使用这一列"),
        "{text}"
    );
}

/// `--take-home` and the single estimate's contribution flags (issue 17): each worker gains the
/// single estimate's `take_home` object, the totals the year's net; a bad rate exits 2 with
/// one line naming the flag.
#[test]
fn take_home_flags_add_each_worker_s_net_and_the_total() {
    let d = dir("net");
    let file = d.join("r.csv");
    std::fs::write(&file, ROSTER).unwrap();
    let f = file.to_str().unwrap();
    let roster = json(&run(&[
        "roster",
        f,
        "--json",
        "--special-deductions",
        "1000",
    ]));
    let single = json(&run(&[
        "--position",
        "head",
        "--years",
        "10",
        "--education",
        "bachelor",
        "--stars",
        "3",
        "--special-deductions",
        "1000",
        "--json",
    ]));
    assert_eq!(roster["workers"][0]["take_home"], single["take_home"]);
    let nets: Vec<rust_decimal::Decimal> = roster["workers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            w["take_home"]["net_annual"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    let total: rust_decimal::Decimal = nets.iter().sum();
    let t = &roster["totals"];
    assert_eq!(t["net_annual"], format!("{total:.2}"));
    assert_eq!(t["net_annual_lower_bound"], false);
    assert_eq!(t["net_unknown"], 0);

    // Text: the net per worker and in the totals.
    let out = run(&["roster", f, "--take-home"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.matches("全年到手（元）").count(), 2, "{text}");
    assert!(text.lines().any(|l| l.starts_with("全年到手")), "{text}");
    // Without the flags, nothing of it.
    let plain = json(&run(&["roster", f, "--json"]));
    assert!(plain["workers"][0].get("take_home").is_none());
    assert!(plain["totals"].get("net_annual").is_none());

    // --out CSV gains the column.
    let out_csv = d.join("结果.csv");
    let out = run(&[
        "roster",
        f,
        "--take-home",
        "--out",
        out_csv.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(&out_csv)
        .unwrap()
        .contains("全年到手（元）"));

    for args in [
        vec!["roster", f, "--pension-rate", "101"],
        vec!["roster", f, "--housing-fund-rate=13"],
        vec!["roster", f, "--insurance-base", "abc"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(args[2].split('=').next().unwrap()), "{err}");
        assert!(out.stdout.is_empty());
    }
}
