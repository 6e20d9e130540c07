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

const ROSTER: &str = "姓名,岗位,工作年限,学历,星级\n张三,正职,10,本科,3\n王五,工作人员,3,大专,0\n";

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

/// A worker's object is the single estimate's (`estimate --json`), with its row and name.
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
    let args = "--position head --years 10 --education bachelor --stars 3 --json";
    let single = json(&run(&args.split(' ').collect::<Vec<_>>()));
    assert_eq!(worker, single);
}
