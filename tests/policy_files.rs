//! The build-time checker of `policies/*.toml`, fed good and bad files. A bad file must fail
//! with an error that names the file and the key at fault, the way `cargo build` would show it.

#[path = "../build/policy_compiler.rs"]
#[allow(dead_code)]
mod policy_compiler;

use policy_compiler::{compile, compile_all, PolicyError};
use shequ_pay::ids::Input;
use shequ_pay::policy;
use std::path::{Path, PathBuf};

const FILE: &str = "testdistrict.toml";

/// A small policy that uses every section: grade, probation, a level table, a lookup, a
/// milestone, employer items and a caveat. Every mutation below starts from this text.
const VALID: &str = r#"
name = { zh = "测试区", en = "Test district" }
region = { zh = "测试省", en = "Test province" }
scheme = { zh = "四岗三级", en = "four positions, three levels" }
summary = { zh = "测试用", en = "For tests" }

[[documents]]
id = "doc"
title = "测试区社区工作者薪酬办法"
issuer = "测试区民政局"
issued = "2020-01-15"
in_force = "2020-02-01"
file = "000_a3e1343abf6f5c6f.txt"

[positions.head]
name = { zh = "正职", en = "Head" }
source = { doc = "doc", clause = "一", quote = "正职2—3级" }

[positions.deputy]
name = { zh = "副职", en = "Deputy" }
source = { doc = "doc", clause = "一", quote = "副职1—3级" }

[positions.committee]
name = { zh = "委员", en = "Committee member" }
source = { doc = "doc", clause = "一", quote = "委员1—2级" }

[positions.staff]
name = { zh = "工作人员（文件未列）", en = "Staff (not in the text)" }
absent = { zh = "文件未列工作人员。", en = "The text has no staff position." }

[grade]
scale = [1, 3]
cap = { doc = "doc", clause = "一", quote = "在本岗位等级范围内", interpretation = { zh = "提级后以本岗位最高级封顶：文件只设了这些等级。", en = "Capped at the position's top level: the text sets only these levels." } }

[grade.positions.head]
range = [2, 3]
source = { doc = "doc", clause = "一", quote = "正职2—3级" }

[grade.positions.deputy]
range = [1, 3]
source = { doc = "doc", clause = "一", quote = "副职1—3级" }

[grade.positions.committee]
range = [1, 2]
source = { doc = "doc", clause = "一", quote = "委员1—2级" }

[grade.positions.staff]
range = [1, 1]
source = { doc = "doc", clause = "一", quote = "工作人员1级" }

[grade.service]
steps_at = [4]
source = { doc = "doc", clause = "二", quote = "满4年升1级" }

[grade.education]
mode = "levels"
bachelor = 1
master = 1
doctor = 2
source = { doc = "doc", clause = "三", quote = "本科提高1级" }

[probation]
months = 3
coefficient = "1.00"
positions = ["staff"]
paid = ["base"]
source = { doc = "doc", clause = "四", quote = "试用期1.00" }

[[components]]
id = "base"
name = { zh = "基本工资", en = "Base pay" }
class = "base"
period = "monthly"
source = { doc = "doc", clause = "五", quote = "基本工资" }

[components.level_coefficient]
base = "2000"
table = [
  { level = 1, coefficient = "1.15", amount = "2300" },
  { level = 2, coefficient = "1.20", amount = "2400" },
  { level = 3, coefficient = "1.25", amount = "2500" },
]

[[components]]
id = "allowance"
name = { zh = "职业津贴", en = "Certificate allowance" }
class = "certificate"
period = "monthly"
source = { doc = "doc", clause = "六", quote = "每月100、200、300元" }

[components.lookup]
key = "certificate"
values = { none = "not_applicable", assistant = "100", intermediate = "200", senior = "300" }

[[milestones]]
years = 20
amount = "5000"
name = { zh = "满20年奖励", en = "20 years' award" }
source = { doc = "doc", clause = "七", quote = "满20年5000元" }

[[employer]]
id = "insurance"
name = { zh = "保险", en = "Insurance" }
monthly = "1049.38"
source = { doc = "doc", clause = "八", quote = "1049.38元/月" }

[[employer]]
id = "housing_fund"
name = { zh = "住房公积金", en = "Housing fund" }
percent = "12"
of = "base"
source = { doc = "doc", clause = "八", quote = "12%" }

[[caveats]]
text = { zh = "测试", en = "A test" }
source = { doc = "doc", clause = "九", quote = "测试" }
"#;

fn seeds() -> Vec<String> {
    vec![
        "000_a3e1343abf6f5c6f.txt".to_string(),
        "004_718dda6e0fcbe3c6.txt".to_string(),
    ]
}

/// `VALID` with `from` replaced by `to`; `from` must occur exactly once, so that a mutation
/// cannot silently leave the text valid.
fn mutate(from: &str, to: &str) -> String {
    assert_eq!(
        VALID.matches(from).count(),
        1,
        "the mutation target must occur once: {from}"
    );
    VALID.replacen(from, to, 1)
}

fn error_of(text: &str) -> PolicyError {
    match compile(FILE, text, Some(&seeds())) {
        Ok(_) => panic!("a bad policy file was accepted:\n{text}"),
        Err(e) => e,
    }
}

/// The error names the file and the key, both in its fields and in what the build prints.
fn assert_names(e: &PolicyError, key: &str, words: &[&str]) {
    let shown = e.to_string();
    assert_eq!(e.file, FILE, "{shown}");
    assert_eq!(e.key, key, "{shown}");
    assert!(shown.starts_with(FILE), "{shown}");
    if !key.is_empty() {
        assert!(shown.contains(&format!("`{key}`")), "{shown}");
    }
    for w in words {
        assert!(shown.contains(w), "`{w}` not in: {shown}");
    }
}

/// Parse-level errors (serde) are located by line: the message names the offending key, and
/// the key is a line at or just above it (`parse_errors_name_the_exact_line` pins it exactly).
fn assert_names_line(e: &PolicyError, text: &str, offending: &str, words: &[&str]) {
    let line = line_of(text, offending);
    let shown = e.to_string();
    assert_eq!(e.file, FILE, "{shown}");
    assert!(shown.starts_with(FILE), "{shown}");
    let reported: usize = e
        .key
        .strip_prefix("line ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("not a line: {shown}"));
    assert!(
        reported == line || reported + 1 == line,
        "line {reported} for line {line}: {shown}"
    );
    for w in words {
        assert!(shown.contains(w), "`{w}` not in: {shown}");
    }
}

/// The 1-based line of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .expect("the offending text is in the file")
}

#[test]
fn the_valid_example_compiles() {
    let code = compile(FILE, VALID, Some(&seeds())).expect("the example is valid");
    assert!(code.contains(r#"id: "testdistrict""#));
    assert!(code.contains("inputs: &[Input::Probation]"), "{code}");
    // Without a seeds list (a crate built on its own) the document file is not checked.
    compile(
        FILE,
        &mutate("000_a3e1343abf6f5c6f.txt", "elsewhere.txt"),
        None,
    )
    .expect("no seeds list, no check");
}

// ---------------------------------------------------------------------------------------------
// Unknown keys: nothing is silently ignored.

#[test]
fn unknown_top_level_key() {
    let text = mutate("summary = {", "colour = \"blue\"\nsummary = {");
    assert_names_line(
        &error_of(&text),
        &text,
        "colour",
        &["unknown field `colour`"],
    );
}

#[test]
fn unknown_key_inside_a_component() {
    let text = mutate(
        "class = \"certificate\"",
        "class = \"certificate\"\nmontly = true",
    );
    assert_names_line(
        &error_of(&text),
        &text,
        "montly",
        &["unknown field `montly`"],
    );
}

#[test]
fn unknown_key_inside_a_source() {
    let text = mutate(
        r#"quote = "满4年升1级" }"#,
        r#"quote = "满4年升1级", reason = "x" }"#,
    );
    assert_names_line(
        &error_of(&text),
        &text,
        "reason",
        &["unknown field `reason`"],
    );
}

#[test]
fn unknown_key_inside_a_lookup_entry() {
    let text = mutate(
        r#"assistant = "100""#,
        r#"assistant = { amount = "100", uplift = "10" }"#,
    );
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.assistant",
        &["unknown field `uplift`"],
    );
}

#[test]
fn unknown_key_inside_an_inline_table_names_its_line() {
    let text = mutate(
        r#"quote = "满20年5000元" }"#,
        r#"quote = "满20年5000元", url = "x" }"#,
    );
    let e = error_of(&text);
    assert_names(
        &e,
        &format!("line {}", line_of(&text, "url")),
        &["unknown field `url`"],
    );
}

#[test]
fn parse_errors_name_the_exact_line() {
    // `text[..span.start].lines().count()` counts only the lines before the key when the span
    // starts right after a newline, so a key on line 5 is reported as line 4.
    for (from, to, offending) in [
        ("summary = {", "colour = \"blue\"\nsummary = {", "colour"),
        (
            "class = \"certificate\"",
            "class = \"certificate\"\nmontly = true",
            "montly",
        ),
    ] {
        let text = mutate(from, to);
        let e = error_of(&text);
        assert_eq!(e.key, format!("line {}", line_of(&text, offending)), "{e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Level tables

#[test]
fn gap_in_a_level_table() {
    let text = mutate(
        "  { level = 2, coefficient = \"1.20\", amount = \"2400\" },\n",
        "",
    );
    assert_names(
        &error_of(&text),
        "components[0].level_coefficient.table[1].level",
        &["gap", "level 2 is missing"],
    );
}

#[test]
fn gap_at_the_top_of_a_level_table() {
    let text = mutate(
        "  { level = 3, coefficient = \"1.25\", amount = \"2500\" },\n",
        "",
    );
    assert_names(
        &error_of(&text),
        "components[0].level_coefficient.table",
        &["gap", "3"],
    );
}

#[test]
fn overlap_in_a_level_table() {
    let text = mutate(
        "{ level = 3, coefficient = \"1.25\", amount = \"2500\" }",
        "{ level = 2, coefficient = \"1.20\", amount = \"2400\" },\n  { level = 3, coefficient = \"1.25\", amount = \"2500\" }",
    );
    assert_names(
        &error_of(&text),
        "components[0].level_coefficient.table[2].level",
        &["overlaps", "level 2"],
    );
}

#[test]
fn amount_that_is_not_base_times_coefficient() {
    let text = mutate(
        r#"coefficient = "1.20", amount = "2400""#,
        r#"coefficient = "1.20", amount = "2420""#,
    );
    assert_names(
        &error_of(&text),
        "components[0].level_coefficient.table[1].amount",
        &["2420", "2000", "1.20", "2400"],
    );
}

#[test]
fn level_table_without_a_grade() {
    let start = VALID.find("[grade]").unwrap();
    let end = VALID.find("[probation]").unwrap();
    let text = format!("{}{}", &VALID[..start], &VALID[end..]);
    assert_names(
        &error_of(&text),
        "components[0].level_coefficient",
        &["[grade]"],
    );
}

// ---------------------------------------------------------------------------------------------
// Grade

#[test]
fn position_range_outside_the_scale() {
    let text = mutate("range = [2, 3]", "range = [2, 4]");
    assert_names(
        &error_of(&text),
        "grade.positions.head.range",
        &["[2, 4]", "1–3"],
    );
    let text = mutate("range = [1, 2]", "range = [0, 2]");
    assert_names(
        &error_of(&text),
        "grade.positions.committee.range",
        &["[0, 2]"],
    );
}

#[test]
fn upside_down_position_range() {
    let text = mutate("range = [1, 3]", "range = [3, 1]");
    assert_names(
        &error_of(&text),
        "grade.positions.deputy.range",
        &["[3, 1]", "upside down"],
    );
}

#[test]
fn upside_down_scale() {
    let text = mutate("scale = [1, 3]", "scale = [3, 1]");
    assert_names(&error_of(&text), "grade.scale", &["[3, 1]"]);
}

#[test]
fn service_steps_not_ascending() {
    let text = mutate("steps_at = [4]", "steps_at = [4, 4]");
    assert_names(&error_of(&text), "grade.service.steps_at", &["ascending"]);
}

#[test]
fn unknown_education_mode() {
    let text = mutate(r#"mode = "levels""#, r#"mode = "steps""#);
    assert_names(
        &error_of(&text),
        "grade.education.mode",
        &["steps", "levels|service_years"],
    );
}

// ---------------------------------------------------------------------------------------------
// Sources and documents

#[test]
fn unknown_document_in_a_source() {
    let text = mutate(
        r#"{ doc = "doc", clause = "六""#,
        r#"{ doc = "notice", clause = "六""#,
    );
    assert_names(
        &error_of(&text),
        "components[1].source.doc",
        &["unknown document `notice`", "doc"],
    );
}

#[test]
fn source_without_a_quote() {
    let text = mutate(r#"quote = "满20年5000元""#, r#"quote = " ""#);
    assert_names(&error_of(&text), "milestones[0].source", &["quote"]);
}

#[test]
fn interpretation_needs_both_languages() {
    let text = mutate(
        r#"en = "Capped at the position's top level: the text sets only these levels.""#,
        r#"en = """#,
    );
    assert_names(&error_of(&text), "grade.cap.interpretation", &["zh", "en"]);
}

#[test]
fn document_not_in_the_seeds() {
    let text = mutate("000_a3e1343abf6f5c6f.txt", "999_missing.txt");
    assert_names(
        &error_of(&text),
        "documents[0].file",
        &["999_missing.txt", "shared/seeds"],
    );
}

#[test]
fn bad_date() {
    for bad in [
        "2020-13-01",
        "2020-1-15",
        "15/01/2020",
        "2020-01-32",
        "2020-00-10",
    ] {
        let text = mutate(r#"issued = "2020-01-15""#, &format!("issued = \"{bad}\""));
        assert_names(&error_of(&text), "documents[0].issued", &[bad]);
    }
    let text = mutate(r#"in_force = "2020-02-01""#, r#"in_force = "2020-2-1""#);
    assert_names(&error_of(&text), "documents[0].in_force", &["2020-2-1"]);
}

#[test]
fn missing_issue_date_needs_a_note() {
    let text = mutate("issued = \"2020-01-15\"\n", "");
    assert_names(&error_of(&text), "documents[0].issued", &["date_note"]);
}

#[test]
fn bad_file_name() {
    for name in [
        "Test-District.toml",
        "9district.toml",
        ".toml",
        "test district.toml",
    ] {
        let e = compile(name, VALID, Some(&seeds())).expect_err(name);
        assert_eq!(e.file, name);
        assert_eq!(e.key, "");
        let shown = e.to_string();
        assert!(shown.starts_with(name), "{shown}");
        assert!(shown.contains("file name"), "{shown}");
    }
}

// ---------------------------------------------------------------------------------------------
// Lookups

#[test]
fn unknown_lookup_key() {
    let text = mutate(r#"key = "certificate""#, r#"key = "qualification""#);
    assert_names(
        &error_of(&text),
        "components[1].lookup.key",
        &["qualification", "certificate"],
    );
}

#[test]
fn lookup_missing_a_value() {
    let text = mutate(r#", senior = "300""#, "");
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.senior",
        &["missing", "unpublished"],
    );
}

#[test]
fn lookup_with_an_unknown_value() {
    let text = mutate(r#"senior = "300""#, r#"senior = "300", expert = "400""#);
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.expert",
        &["expert", "none|assistant|intermediate|senior"],
    );
}

#[test]
fn lookup_value_that_is_not_an_amount() {
    let text = mutate(r#"assistant = "100""#, "assistant = 100");
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.assistant",
        &["string"],
    );
    let text = mutate(r#"assistant = "100""#, r#"assistant = "about 100""#);
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.assistant",
        &["about 100"],
    );
}

#[test]
fn uplift_needs_a_published_amount() {
    let text = mutate(
        r#"assistant = "100""#,
        r#"assistant = { amount = "unpublished", uplift_percent = "20" }"#,
    );
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.assistant",
        &["uplift_percent"],
    );
}

#[test]
fn component_with_two_rules_or_none() {
    let text = mutate(
        "[components.lookup]\nkey",
        "unpublished = true\n\n[components.lookup]\nkey",
    );
    assert_names(&error_of(&text), "components[1]", &["exactly one"]);
    let start = VALID.find("[components.lookup]").unwrap();
    let end = VALID.find("[[milestones]]").unwrap();
    let text = format!("{}{}", &VALID[..start], &VALID[end..]);
    assert_names(&error_of(&text), "components[1]", &["exactly one"]);
}

#[test]
fn unknown_class_and_period() {
    let text = mutate(r#"class = "certificate""#, r#"class = "bonus""#);
    assert_names(
        &error_of(&text),
        "components[1].class",
        &["bonus", "base|certificate|performance"],
    );
    let text = mutate(
        "class = \"certificate\"\nperiod = \"monthly\"",
        "class = \"certificate\"\nperiod = \"weekly\"",
    );
    assert_names(
        &error_of(&text),
        "components[1].period",
        &["weekly", "monthly|annual"],
    );
}

#[test]
fn component_id_used_twice() {
    let text = mutate(r#"id = "allowance""#, r#"id = "base""#);
    assert_names(&error_of(&text), "components[1].id", &["base", "twice"]);
}

// ---------------------------------------------------------------------------------------------
// Probation, employer, milestones

#[test]
fn unknown_position_in_probation() {
    let text = mutate(
        r#"positions = ["staff"]"#,
        r#"positions = ["staff", "gridworker"]"#,
    );
    assert_names(
        &error_of(&text),
        "probation.positions[1]",
        &["gridworker", "head|deputy|committee|staff"],
    );
}

#[test]
fn probation_pays_a_missing_component() {
    let text = mutate(r#"paid = ["base"]"#, r#"paid = ["basic"]"#);
    assert_names(&error_of(&text), "probation.paid[0]", &["basic"]);
}

#[test]
fn employer_percent_of_a_missing_component() {
    let text = mutate(r#"of = "base""#, r#"of = "basic""#);
    assert_names(&error_of(&text), "employer[1].of", &["basic"]);
}

#[test]
fn pay_range_upside_down() {
    let text = mutate(
        "\n[grade]\nscale",
        "\n[pay_range]\nname = { zh = \"范围\", en = \"Range\" }\nrange = [\"6800\", \"4300\"]\nsource = { doc = \"doc\", clause = \"一\", quote = \"4300—6800元\", assembled = true }\n\n[grade]\nscale",
    );
    assert_names(&error_of(&text), "pay_range.range", &["upside down"]);
}

/// A range is the pay standard, not an employer item (官渡 五(二)).
#[test]
fn employer_range_is_refused() {
    let text = mutate(r#"monthly = "1049.38""#, r#"range = ["4300", "6800"]"#);
    let e = error_of(&text);
    assert!(
        e.key.starts_with("line") && e.message.contains("unknown field `range`"),
        "{e}"
    );
}

/// Every file names its positions, or says it lacks one.
#[test]
fn position_without_source_or_absent() {
    let text = mutate(
        "absent = { zh = \"文件未列工作人员。\", en = \"The text has no staff position.\" }\n",
        "",
    );
    assert_names(&error_of(&text), "positions.staff", &["absent"]);
}

/// Only an input the worker may leave out can be unknown.
#[test]
fn when_unknown_needs_an_input() {
    let e = compile(
        FILE,
        &VALID.replacen(
            "key = \"certificate\"",
            "key = \"certificate\"\nwhen_unknown = \"lower_bound\"",
            1,
        ),
        None,
    );
    let e = e.expect_err("a certificate is always known");
    assert!(e.key.ends_with("when_unknown"), "{e}");
}

#[test]
fn employer_with_two_kinds() {
    let text = mutate(
        r#"monthly = "1049.38""#,
        "monthly = \"1049.38\"\npercent = \"5\"",
    );
    assert_names(&error_of(&text), "employer[0]", &["exactly one"]);
}

#[test]
fn milestones_out_of_order() {
    let text = mutate(
        "[[employer]]\nid = \"insurance\"",
        "[[milestones]]\nyears = 10\namount = \"1000\"\nname = { zh = \"满10年\", en = \"10 years\" }\nsource = { doc = \"doc\", clause = \"七\", quote = \"满10年\" }\n\n[[employer]]\nid = \"insurance\"",
    );
    assert_names(&error_of(&text), "milestones[1].years", &["ascending"]);
}

// ---------------------------------------------------------------------------------------------
// Money

#[test]
fn money_with_three_decimals() {
    let text = mutate(r#"monthly = "1049.38""#, r#"monthly = "1049.385""#);
    assert_names(
        &error_of(&text),
        "employer[0].monthly",
        &["1049.385", "2 decimal places"],
    );
    let text = mutate(r#"assistant = "100""#, r#"assistant = "100.005""#);
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.assistant",
        &["100.005"],
    );
}

#[test]
fn negative_amount() {
    let text = mutate(r#"assistant = "100""#, r#"assistant = "-100""#);
    assert_names(
        &error_of(&text),
        "components[1].lookup.values.assistant",
        &["-100", "not negative"],
    );
    let text = mutate(r#"amount = "5000""#, r#"amount = "-5000""#);
    assert_names(&error_of(&text), "milestones[0].amount", &["-5000"]);
}

#[test]
fn trailing_zeros_are_still_fen() {
    // "1049.380" is 1049.38: three digits written, two decimal places of money.
    compile(
        FILE,
        &mutate(r#"monthly = "1049.38""#, r#"monthly = "1049.380""#),
        Some(&seeds()),
    )
    .expect("1049.380 is an amount of money");
}

// ---------------------------------------------------------------------------------------------
// Data errors that parse but make no sense: the checker stops them too.

#[test]
fn employer_percent_out_of_range() {
    for bad in ["-12", "0", "120"] {
        let text = mutate(r#"percent = "12""#, &format!("percent = \"{bad}\""));
        assert_names(&error_of(&text), "employer[1].percent", &[bad]);
    }
}

#[test]
fn impossible_date() {
    for bad in ["2019-02-30", "2019-04-31"] {
        let text = mutate(r#"issued = "2020-01-15""#, &format!("issued = \"{bad}\""));
        assert_names(&error_of(&text), "documents[0].issued", &[bad]);
    }
}

#[test]
fn level_steps_beyond_the_scale() {
    // head min 2 + 1 service step + 250 doctor levels = 253; with certificate levels the sum
    // overflows u8 in `grade::place` (a panic in debug builds, a wrong level in release).
    let text = mutate("doctor = 2", "doctor = 250");
    let e = error_of(&text);
    assert_eq!(e.key, "grade.education.doctor");
}

#[test]
fn degree_levels_out_of_order() {
    // A higher degree would then pay less: `tests/properties.rs` catches it only at test time.
    let text = mutate("master = 1", "master = 0");
    assert_eq!(error_of(&text).key, "grade.education.master");
}

#[test]
fn probation_coefficient_not_positive() {
    for bad in ["0", "-1.00"] {
        let text = mutate(
            r#"coefficient = "1.00""#,
            &format!("coefficient = \"{bad}\""),
        );
        assert_eq!(error_of(&text).key, "probation.coefficient");
    }
}

#[test]
fn employer_id_used_twice() {
    let text = mutate(r#"id = "housing_fund""#, r#"id = "insurance""#);
    assert_names(&error_of(&text), "employer[1].id", &["insurance", "twice"]);
}

// ---------------------------------------------------------------------------------------------
// The real files

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `policies/*.toml`, as build.rs reads them: (file name, text), sorted by name.
fn real_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(root().join("policies"))
        .expect("policies/")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| {
            let text = std::fs::read_to_string(root().join("policies").join(&n)).unwrap();
            (n, text)
        })
        .collect();
    files.sort();
    files
}

/// The seeds list build.rs uses, when shared/ is beside the checkout.
fn real_seeds() -> Option<Vec<String>> {
    let dir: &Path = &root().join("../shared/seeds");
    std::fs::read_dir(dir).ok().map(|d| {
        d.flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()
    })
}

#[test]
fn every_real_policy_compiles() {
    let files = real_files();
    assert!(!files.is_empty());
    for (name, text) in &files {
        compile(name, text, None).unwrap_or_else(|e| panic!("{e}"));
        if let Some(seeds) = real_seeds() {
            compile(name, text, Some(&seeds)).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// Each file in `policies/` is a bundled policy with its file stem as id: a new file is picked
/// up by the build without any Rust change.
#[test]
fn every_real_file_is_bundled() {
    let stems: Vec<String> = real_files()
        .iter()
        .map(|(n, _)| n.trim_end_matches(".toml").to_string())
        .collect();
    let ids: Vec<&str> = policy::all().iter().map(|p| p.id).collect();
    assert_eq!(ids, stems);
}

#[test]
fn compile_all_picks_up_a_new_file() {
    let mut files = real_files();
    let before = compile_all(&files, real_seeds().as_deref()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!before.contains(r#"id: "testdistrict""#));
    files.push((FILE.to_string(), VALID.to_string()));
    files.sort();
    let after = compile_all(&files, real_seeds().as_deref()).unwrap_or_else(|e| panic!("{e}"));
    assert!(after.contains(r#"id: "testdistrict""#));
    for (name, _) in &files {
        let id = name.trim_end_matches(".toml");
        assert!(after.contains(&format!("Policy {{ id: {id:?}")), "{id}");
    }
    // A bad new file stops the whole build, naming that file.
    files.push((
        "brokendistrict.toml".to_string(),
        mutate(r#"scale = [1, 3]"#, r#"scale = [3, 1]"#),
    ));
    let e = compile_all(&files, real_seeds().as_deref()).unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.key.as_str()),
        ("brokendistrict.toml", "grade.scale")
    );
}

/// The complete example in policies/README.md compiles, so the documentation cannot drift from
/// the checker.
#[test]
fn readme_example_compiles() {
    let readme = std::fs::read_to_string(root().join("policies/README.md")).expect("README");
    let section = &readme[readme
        .find("## A complete small example")
        .expect("the example section")..];
    let start = section.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    let code = compile("example.toml", example, None).unwrap_or_else(|e| panic!("{e}"));
    assert!(code.contains(r#"id: "example""#));
    assert!(code.contains("inputs: &[Input::Probation]"));
    // With the seeds list, its made-up document is refused by name.
    let e = compile("example.toml", example, Some(&seeds())).unwrap_err();
    assert_eq!(e.key, "documents[0].file");
}

/// The policy-specific inputs each district's rules read, per POLICY-NOTES.
#[test]
fn derived_inputs_match_the_notes() {
    let expected: [(&str, &[Input]); 5] = [
        ("yinchuan", &[Input::Stars, Input::Probation]),
        (
            "songshan",
            // The document says probation pays 100%: still an input the form may show.
            &[
                Input::ExcellentYears,
                Input::UncountedYears,
                Input::DegreeInService,
                Input::Probation,
            ],
        ),
        ("xishan", &[Input::RankStep, Input::CommunityResult]),
        ("guandu", &[]),
        ("huangshi", &[]),
    ];
    for (id, inputs) in expected {
        let p = policy::find(id).unwrap_or_else(|| panic!("{id} is bundled"));
        let mut got = p.inputs.to_vec();
        got.sort();
        let mut want = inputs.to_vec();
        want.sort();
        assert_eq!(got, want, "{id}");
        // The same list comes out of the checker for the file itself.
        let (name, text) = real_files()
            .into_iter()
            .find(|(n, _)| n == &format!("{id}.toml"))
            .unwrap();
        let code = compile(&name, &text, None).unwrap();
        let list: Vec<String> = want.iter().map(|i| format!("Input::{i:?}")).collect();
        assert!(
            code.contains(&format!("inputs: &[{}]", list.join(", "))),
            "{id}: {}",
            &code[code.find("inputs:").unwrap()..]
        );
    }
}
