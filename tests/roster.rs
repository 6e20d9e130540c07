//! 花名册测算 (issue 16): worked rosters per district with hand-worked totals (POLICY-NOTES),
//! the same roster as UTF-8, UTF-8 with BOM, GBK and XLSX, rows that cannot be used, the
//! template filled in and read back, and the export read back by calamine.

use calamine::{Data, Reader};
use rust_decimal::Decimal;
use shequ_pay::i18n::Lang;
use shequ_pay::policy;
use shequ_pay::profile::RankStep;
use shequ_pay::roster::export::{self, Cell, Sheet};
use shequ_pay::roster::{self, Column, Kind, Options, Problem, Roster};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn options(policy: &str) -> Options {
    Options {
        policy: policy::find(policy),
        as_of: (2026, 12),
        contributions: None,
    }
}

fn csv(text: &str, policy: &str) -> Roster {
    roster::from_bytes(text.as_bytes(), Kind::Csv, &options(policy)).unwrap()
}

/// 银川 (POLICY-NOTES): coefficient 1.15 + 0.05 × (level − 1), base 2000 × coefficient;
/// performance 12 × the star standard; steps at 4, 7, 10 … years.
const YINCHUAN: &str = "\
姓名,岗位,工作年限,学历,证书,星级
张三,正职,10,本科,无,三星
李四,工作人员,2,大专,助理社会工作师,3
王五,staff,3,college,none,0
";

#[test]
fn yinchuan_worked_roster() {
    let r = csv(YINCHUAN, "yinchuan");
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    // 张三: level 7 + 3 (10 years) + 1 (本科) = 11, 1.65 → 3300; 3★ 900 × 12 = 10800; 50400.
    // 李四: 银川's 工作人员 are the 两委 members (五(十)): committee 2–13, 2 years → 2, + 1
    //       (助理社会工作师) = 3, 1.25 → 2500; 10800; 40800.
    // 王五: staff, level 1, 1.15 → 2300; 0★ 300 × 12 = 3600; 31200.
    let totals: Vec<(usize, &str, Option<u8>, Option<Decimal>)> = r
        .workers
        .iter()
        .map(|w| {
            let e = &w.estimate;
            (w.row, e.profile.position.id(), e.level(), e.annual_total)
        })
        .collect();
    assert_eq!(
        totals,
        [
            (2, "head", Some(11), Some(d("50400"))),
            (3, "committee", Some(3), Some(d("40800"))),
            (4, "staff", Some(1), Some(d("31200"))),
        ]
    );
    assert_eq!(r.workers[0].name, "张三");
    let t = &r.totals;
    assert_eq!((r.rows, t.computed), (3, 3));
    assert_eq!(t.base_pay_monthly.amount, Some(d("8100")));
    assert_eq!(t.base_pay_monthly.annual().amount, Some(d("97200")));
    assert_eq!(t.performance_annual.amount, Some(d("25200")));
    assert_eq!(t.annual_total.amount, Some(d("122400")));
    assert!(!t.annual_total.lower_bound);
    // Next year only 王五 reaches 4 years: level 2, 2400 → 32400 (+1200). 李四's third year
    // is still in the first step.
    let n = &r.next_year;
    assert_eq!(n.annual_total.amount, Some(d("123600")));
    assert_eq!(n.moving_up.len(), 1);
    let m = &n.moving_up[0];
    assert_eq!((m.row, m.name.as_str(), m.from, m.to), (4, "王五", 1, 2));
    assert_eq!(m.annual_change, Some(d("1200")));
    let heads: Vec<(&str, Option<u8>, usize)> = t
        .head_count
        .iter()
        .map(|h| (h.position.id(), h.level, h.count))
        .collect();
    assert_eq!(
        heads,
        [
            ("head", Some(11), 1),
            ("committee", Some(3), 1),
            ("staff", Some(1), 1)
        ]
    );
    // The office is told that 工作人员 was read in 银川's sense.
    assert_eq!(r.notes.len(), 1);
    assert_eq!(r.notes[0].rows, [3]);
    assert_eq!(
        Lang::Zh.note(&r.notes[0]),
        "银川市 岗位 “工作人员”：在银川市指“工作人员（社区“两委”成员）”（五(十) 建立岗位等级制度；附件 套改表），\
         按此测算；在其他地区指“其他人员（专职网格员等，非“两委”成员）”。（第3行）"
    );
}

/// 岗位 is read in the row's district's own words (each policy's `[positions]`): in 银川 “工作人员”
/// are the 两委 members (五(十)); in 松山 “工作人员” is its own staff position (二(五)1), and
/// so on. The ids and the shared words work where they mean the same in that district.
#[test]
fn a_position_word_means_what_the_row_s_district_says() {
    let r = csv(
        "姓名,地区,岗位,工作年限\n\
         甲,银川市,工作人员,5\n\
         乙,松山区,工作人员,5\n\
         丙,西山区,工作人员,5\n\
         丁,银川市,两委成员,5\n\
         戊,银川市,staff,5\n\
         己,银川市,主要负责人,5\n\
         庚,银川市,专职社区网格员,5\n\
         辛,松山区,社区正职,5\n\
         壬,西山区,委员,5\n\
         癸,银川市,网格员,5\n",
        "yinchuan",
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let read: Vec<(&str, &str)> = r
        .workers
        .iter()
        .map(|w| (w.name.as_str(), w.estimate.profile.position.id()))
        .collect();
    assert_eq!(
        read,
        [
            ("甲", "committee"),
            ("乙", "staff"),
            ("丙", "staff"),
            ("丁", "committee"),
            ("戊", "staff"),
            ("己", "head"),
            ("庚", "staff"),
            ("辛", "head"),
            ("壬", "committee"),
            ("癸", "staff"),
        ]
    );
    // 银川 committee 2–13: 5 years → 3; staff 1–12 → 2.
    assert_eq!(r.workers[0].estimate.level(), Some(3));
    assert_eq!(r.workers[4].estimate.level(), Some(2));
    // Only 甲's word means something else elsewhere.
    let noted: Vec<(usize, &str)> = r
        .notes
        .iter()
        .map(|n| (n.rows[0], n.value.as_str()))
        .collect();
    assert_eq!(noted, [(2, "工作人员")]);

    // A word that is no position of the district lists the district's own words, and of the
    // shared ones only those that mean the same there.
    let bad = csv("岗位,工作年限\n班长,3\n", "yinchuan");
    assert_eq!(bad.errors[0].problem, Problem::NotAPosition("yinchuan"));
    let message = Lang::Zh.row_error(&bad.errors[0]);
    assert!(
        message.contains("银川市的岗位可填 主要负责人|负责人|工作人员|专职社区网格员，或 正职|副职|两委成员|其他人员"),
        "{message}"
    );
    let bad = csv("岗位,工作年限\nclerk,3\n", "songshan");
    let message = Lang::En.row_error(&bad.errors[0]);
    assert!(
        message.starts_with("Row 2, position “clerk”: positions in Chifeng, Songshan"),
        "{message}"
    );
}

/// 西山 (POLICY-NOTES): 基础补贴 + 职级补贴 per month, the 2400 优秀 award and the community
/// award per year; 绩效补贴 and 职业资格补贴 unpublished, so every total is "至少".
#[test]
fn xishan_worked_roster_is_a_lower_bound() {
    let r = csv(
        "岗位,一肩挑,工作年限,职级档次,年度考核,社区考核结果\n\
         副职,否,5,7,合格,目标完成\n\
         正职,是,12,第1档,优秀,优秀社区\n",
        "xishan",
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    // 2900 + 1200 = 4100 → 49200 + 3800 = 53000;
    // 3100 + 2000 = 5100 → 61200 + 2400 + 4940 = 68540.
    let totals: Vec<Option<Decimal>> = r.workers.iter().map(|w| w.estimate.annual_total).collect();
    assert_eq!(totals, [Some(d("53000")), Some(d("68540"))]);
    assert_eq!(r.totals.base_pay_monthly.amount, Some(d("9200")));
    assert_eq!(r.totals.annual_total.amount, Some(d("121540")));
    assert!(r.totals.annual_total.lower_bound);
    assert!(r.totals.performance_annual.lower_bound);
}

/// 西山's 职级档次 (二、1): “不符合领取条件” or none draws no rank allowance; a blank step is not
/// known, so the rank allowance is left out and every total that would hold it is “至少”.
#[test]
fn xishan_rank_step_not_eligible_and_unknown() {
    let r = csv(
        "姓名,岗位,工作年限,职级档次,年度考核,社区考核结果\n\
         甲,副职,5,不符合领取条件,合格,目标完成\n\
         乙,副职,5,,合格,目标完成\n\
         丙,副职,5,none,合格,目标完成\n\
         丁,副职,5,7,合格,目标完成\n\
         戊,副职,5,不清楚,合格,目标完成\n",
        "xishan",
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let steps: Vec<RankStep> = r
        .workers
        .iter()
        .map(|w| w.estimate.profile.rank_step)
        .collect();
    assert_eq!(
        steps,
        [
            RankStep::NotEligible,
            RankStep::Unknown,
            RankStep::NotEligible,
            RankStep::Step(7),
            RankStep::Unknown,
        ]
    );
    // 2900 × 12 + 3800 = 38600 without a rank allowance (not eligible, or left out);
    // 4100 × 12 + 3800 = 53000 at step 7.
    let totals: Vec<Option<Decimal>> = r.workers.iter().map(|w| w.estimate.annual_total).collect();
    assert_eq!(
        totals,
        [
            Some(d("38600")),
            Some(d("38600")),
            Some(d("38600")),
            Some(d("53000")),
            Some(d("38600"))
        ]
    );
    let t = &r.totals;
    // 2900 × 5 + 1200.
    assert_eq!(t.base_pay_monthly.amount, Some(d("15700")));
    assert!(
        t.base_pay_monthly.lower_bound,
        "two rank allowances left out"
    );
    assert_eq!(t.annual_total.amount, Some(d("207400")));
    assert!(t.annual_total.lower_bound);
    // What was left out: two workers, 600–2000 each a month where paid.
    assert_eq!(t.unknown.len(), 1);
    let u = &t.unknown[0];
    assert_eq!(
        (u.component.id, u.workers, u.min_monthly, u.max_monthly),
        ("rank", 2, d("1200"), d("4000"))
    );
    assert_eq!(
        Lang::Zh.unknown_part(u),
        "昆明市西山区职级补贴：2 人的职级档次不清楚，未计入以上合计（合计因此为“至少”）。\
         他们如都领取，每月共 1,200—4,000 元；不符合领取条件的不领。"
    );
    assert_eq!(Lang::Zh.cell(t.annual_total.amount, true), "至少 207,400");
    // A step out of range is still a row error.
    let bad = csv("岗位,工作年限,职级档次\n副职,5,13\n", "xishan");
    assert_eq!(bad.errors[0].column, Some(Column::RankStep));
    assert!(Lang::Zh.row_error(&bad.errors[0]).contains("none"));
}

/// A value in a column the row's district does not use is not an error, and not dropped in
/// silence: the row is computed without it and the note names the rows (松山 has no 星级;
/// 银川 no 不计年数). A 0 or 否 there says nothing, and is not noted.
#[test]
fn a_value_in_a_column_the_district_does_not_use_is_noted() {
    let r = csv(
        "姓名,地区,岗位,工作年限,星级,不计年数,职级档次\n\
         甲,松山区,工作人员,5,3,0,\n\
         乙,松山区,工作人员,5,三星,0,\n\
         丙,松山区,工作人员,5,abc,0,\n\
         丁,银川市,正职,10,3,2,\n\
         戊,银川市,正职,10,3,0,不符合领取条件\n\
         己,银川市,正职,10,abc,0,\n",
        "yinchuan",
    );
    let computed: Vec<&str> = r.workers.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(computed, ["甲", "乙", "丙", "丁", "戊"]);
    // 己's 星级 counts in 银川: a bad value is an error there.
    assert_eq!(r.errors.len(), 1);
    assert_eq!(
        (r.errors[0].row, r.errors[0].column),
        (7, Some(Column::Stars))
    );
    // 松山 ignores the stars: the same level as without them (5 years → 2).
    assert!(r.workers[..3].iter().all(|w| w.estimate.level() == Some(2)));
    assert!(r.workers[..3]
        .iter()
        .all(|w| w.estimate.profile.stars.is_none()));
    let notes: Vec<(&str, &str, &[usize])> = r
        .notes
        .iter()
        .map(|n| (n.policy.id, n.column.id(), n.rows.as_slice()))
        .collect();
    assert_eq!(
        notes,
        [
            ("songshan", "stars", &[2, 3, 4][..]),
            ("yinchuan", "uncounted_years", &[5][..]),
            ("yinchuan", "rank_step", &[6][..]),
        ]
    );
    assert_eq!(
        Lang::Zh.note(&r.notes[0]),
        "赤峰市松山区 星级 “3”：赤峰市松山区不使用这一列，此值未计入测算（使用这一列的地区：银川市）。（第2、3、4行）"
    );
    assert_eq!(
        Lang::Zh.row_note(r.workers[3].estimate.policy, 5, &r.workers[3].notes[0]),
        "第5行 不计年数 “2”：银川市不使用这一列，此值未计入测算（使用这一列的地区：赤峰市松山区）。"
    );
    // The export says it per worker and in the totals.
    let sheet = export::workers_sheet(Lang::Zh, &r);
    let notes_column = sheet.rows[0]
        .iter()
        .position(|c| *c == Cell::Text("提示".into()))
        .unwrap();
    assert!(matches!(&sheet.rows[1][notes_column], Cell::Text(t) if t.contains("不使用这一列")));
    let totals = export::totals_sheet(Lang::Zh, &r);
    assert!(totals
        .rows
        .iter()
        .any(|row| matches!(row.first(), Some(Cell::Text(t)) if t.contains("（第2、3、4行）"))));
}

/// 松山: the certificate allowance is published (助理 200), base pay is not: no total.
#[test]
fn songshan_worked_roster_has_no_base_pay_total() {
    let r = csv(
        "岗位,工作年限,学历,证书\n工作人员,5,大专,助理社会工作师\n正职,0,本科,社会工作师\n",
        "songshan",
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    // staff 5 years → level 2; head, bachelor hire → 7 + 1 = 8.
    let levels: Vec<Option<u8>> = r.workers.iter().map(|w| w.estimate.level()).collect();
    assert_eq!(levels, [Some(2), Some(8)]);
    let t = &r.totals;
    assert_eq!(t.certificate_allowance_monthly.amount, Some(d("500")));
    assert_eq!(t.base_pay_monthly.amount, None);
    assert!(t.base_pay_monthly.lower_bound);
    assert_eq!(t.annual_total.amount, None);
}

/// Rows of several districts, by id and by name; the chosen district fills the empty 地区.
#[test]
fn a_roster_may_mix_districts() {
    let r = csv(
        "姓名,地区,岗位,工作年限,证书,星级\n\
         甲,银川市,正职,10,无,3\n\
         乙,songshan,工作人员,5,助理社会工作师,\n\
         丙,官渡区,staff,4,社会工作师,\n\
         丁,,副职,1,无,\n",
        "huangshi",
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let ids: Vec<&str> = r.workers.iter().map(|w| w.estimate.policy.id).collect();
    assert_eq!(ids, ["yinchuan", "songshan", "guandu", "huangshi"]);
    assert_eq!(r.by_policy.len(), 4);
    // 助理 200 (松山) + 中级 400 (官渡) + 0 (银川 pays it through the level, 黄石 none here).
    assert_eq!(
        r.totals.certificate_allowance_monthly.amount,
        Some(d("600"))
    );
}

/// The same roster, as an office may save it.
#[test]
fn utf8_bom_gbk_and_xlsx_give_the_same_figures() {
    let plain = csv(YINCHUAN, "yinchuan");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(YINCHUAN.as_bytes());
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(YINCHUAN);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&gbk).is_err(), "a real GBK file");
    // XLSX as Excel writes it: years and stars as number cells.
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (r, line) in YINCHUAN.lines().enumerate() {
        for (c, v) in line.split(',').enumerate() {
            match v.parse::<f64>() {
                Ok(n) => ws.write_number(r as u32, c as u16, n).map(|_| ()),
                Err(_) => ws.write_string(r as u32, c as u16, v).map(|_| ()),
            }
            .unwrap();
        }
    }
    let xlsx = book.save_to_buffer().unwrap();
    let figures = |r: &Roster| -> Vec<(usize, String, Option<u8>, Option<Decimal>)> {
        r.workers
            .iter()
            .map(|w| {
                let e = &w.estimate;
                (w.row, w.name.clone(), e.level(), e.annual_total)
            })
            .collect()
    };
    let o = options("yinchuan");
    for (bytes, kind) in [
        (&bom[..], Kind::Csv),
        (&gbk[..], Kind::Csv),
        (&xlsx[..], Kind::Xlsx),
    ] {
        let r = roster::from_bytes(bytes, kind, &o).unwrap();
        assert!(r.errors.is_empty(), "{kind:?}: {:?}", r.errors);
        assert_eq!(figures(&r), figures(&plain), "{kind:?}");
        assert_eq!(r.totals.annual_total, plain.totals.annual_total);
    }
}

#[test]
fn bad_rows_are_listed_by_row_and_column_and_the_rest_computed() {
    let r = csv(
        "姓名,岗位,工作年限,学历,星级,一肩挑,地区,参加社区工作时间\n\
         好,正职,10,本科,3,否,,\n\
         年限,正职,abc,本科,3,否,,\n\
         岗位,班长,3,本科,3,否,,\n\
         星级,正职,3,本科,6,否,,\n\
         一肩挑,工作人员,3,大专,1,是,,\n\
         地区,正职,3,本科,1,否,北京,\n\
         未来,正职,,本科,1,否,,2027-05\n\
         不符,正职,3,本科,1,否,,2015-01\n\
         空,,3,本科,1,否,,\n\
         ,,,,,,,\n\
         月份,正职,,本科,1,否,,2020-01\n",
        "yinchuan",
    );
    let names: Vec<&str> = r.workers.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names, ["好", "月份"]);
    // 2020-01 to 2026-12: 6 whole years.
    assert_eq!(r.workers[1].estimate.profile.years, 6);
    // The blank line is no worker.
    assert_eq!(r.rows, 10);
    let found: Vec<(usize, Option<Column>)> = r.errors.iter().map(|e| (e.row, e.column)).collect();
    assert_eq!(
        found,
        [
            (3, Some(Column::Years)),
            (4, Some(Column::Position)),
            (5, Some(Column::Stars)),
            (6, Some(Column::OneShoulder)),
            (7, Some(Column::Policy)),
            (8, Some(Column::StartMonth)),
            (9, Some(Column::StartMonth)),
            (10, Some(Column::Position)),
        ]
    );
    assert_eq!(r.errors[6].problem, Problem::YearsDisagree(3, 11));
    assert_eq!(
        Lang::Zh.row_error(&r.errors[0]),
        "第3行 工作年限 “abc”：应为 0 到 50 的整数。"
    );
    assert_eq!(
        Lang::En.row_error(&r.errors[0]),
        "Row 3, years “abc”: Use a whole number from 0 to 50."
    );
    assert!(Lang::Zh.row_error(&r.errors[1]).contains("正职|副职"));
    assert_eq!(r.totals.computed, 2);
}

#[test]
fn a_fraction_in_an_xlsx_number_cell_is_a_row_error() {
    let sheet = Sheet {
        name: "花名册",
        rows: vec![
            vec![Cell::Text("岗位".into()), Cell::Text("工作年限".into())],
            vec![Cell::Text("正职".into()), Cell::Money(d("3.5"))],
        ],
        widths: vec![],
    };
    let xlsx = export::write_xlsx(&[sheet]).unwrap();
    let r = roster::from_bytes(&xlsx, Kind::Xlsx, &options("yinchuan")).unwrap();
    assert_eq!(r.workers.len(), 0);
    assert_eq!(r.errors[0].value, "3.5");
    assert_eq!(r.errors[0].column, Some(Column::Years));
}

#[test]
fn a_file_without_the_columns_it_needs_cannot_be_read() {
    let o = options("yinchuan");
    let err = |text: &str| roster::from_bytes(text.as_bytes(), Kind::Csv, &o).unwrap_err();
    assert_eq!(
        Lang::Zh.roster_file_error(&err("姓名,工作年限\n张三,3\n")),
        "表头中没有“岗位”列。"
    );
    assert!(Lang::En
        .roster_file_error(&err("position\nhead\n"))
        .contains("years"));
    assert!(roster::from_bytes(b"PK\x03\x04junk", Kind::Xlsx, &o).is_err());
}

/// The template, filled in the way an office would: rows appended under the example.
#[test]
fn template_round_trip() {
    let o = options("huangshi");
    for lang in [Lang::Zh, Lang::En] {
        let xlsx = export::template_xlsx(lang).unwrap();
        let mut rows: Vec<Vec<Cell>> = roster::cells(&xlsx, Kind::Xlsx)
            .unwrap()
            .into_iter()
            .map(|(_, cells)| cells.into_iter().map(Cell::Text).collect())
            .collect();
        let mut filled = vec![Cell::Empty; Column::ALL.len()];
        filled[0] = Cell::Text("李四".into());
        filled[1] = Cell::Text("两委成员".into());
        filled[4] = Cell::Text("2019-03".into());
        filled[15] = Cell::Text("黄石".into());
        rows.push(filled);
        let sheet = Sheet {
            name: "花名册",
            rows,
            widths: vec![],
        };
        let r = roster::from_bytes(&export::write_xlsx(&[sheet]).unwrap(), Kind::Xlsx, &o).unwrap();
        assert!(r.errors.is_empty(), "{lang:?}: {:?}", r.errors);
        assert!(r.ignored_columns.is_empty());
        // The example: 银川's worked example, 50,400.
        assert_eq!(r.workers[0].estimate.annual_total, Some(d("50400")));
        assert_eq!(r.workers[1].estimate.policy.id, "huangshi");
        assert_eq!(r.workers[1].estimate.profile.years, 7);

        let mut text = String::from_utf8(export::template_csv(lang)).unwrap();
        assert!(text.starts_with('\u{feff}'));
        text.push_str("李四,两委成员,否,7,,,,,,,,,,,,黄石市\n");
        let r = roster::from_bytes(text.as_bytes(), Kind::Csv, &o).unwrap();
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert_eq!(r.workers.len(), 2);
    }
}

fn money_cell(cell: &Data) -> Option<Decimal> {
    match cell {
        // Two decimals, as written: the double read back rounds to the figure.
        Data::Float(f) => Some(Decimal::try_from(*f).unwrap().round_dp(2)),
        Data::Int(i) => Some(Decimal::from(*i)),
        _ => None,
    }
}

#[test]
fn exported_xlsx_reads_back_as_the_computed_figures() {
    let r = csv(
        "姓名,地区,岗位,工作年限,学历,证书,星级,职级档次\n\
         张三,yinchuan,正职,10,本科,无,3,\n\
         李四,xishan,副职,5,本科,无,,7\n\
         王五,songshan,工作人员,5,大专,助理社会工作师,,\n\
         坏,yinchuan,正职,x,本科,无,3,\n",
        "yinchuan",
    );
    let bytes = export::xlsx(Lang::Zh, &r).unwrap();
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["人员", "汇总", "错误", "文件依据"]);
    let workers = book.worksheet_range("人员").unwrap();
    let rows: Vec<&[Data]> = workers.rows().skip(1).collect();
    assert_eq!(rows.len(), r.workers.len());
    for (cells, w) in rows.iter().zip(&r.workers) {
        let e = &w.estimate;
        assert_eq!(cells[0], Data::Float(w.row as f64));
        assert_eq!(cells[1], Data::String(w.name.clone()));
        assert_eq!(money_cell(&cells[7]), e.base_pay_monthly.amount);
        assert_eq!(
            money_cell(&cells[8]),
            e.certificate_allowance_monthly.amount
        );
        assert_eq!(money_cell(&cells[9]), e.performance_annual.amount);
        assert_eq!(money_cell(&cells[10]), e.annual_total);
        if e.annual_total.is_none() {
            assert_eq!(cells[10], Data::String("未公布".into()));
        }
    }
    let errors = book.worksheet_range("错误").unwrap();
    assert_eq!(errors.rows().count(), 2);
    assert_eq!(
        errors.get((1, 3)),
        Some(&Data::String(
            "第5行 工作年限 “x”：应为 0 到 50 的整数。".into()
        ))
    );
    let totals = book.worksheet_range("汇总").unwrap();
    let total_row = totals
        .rows()
        .find(|row| row.first() == Some(&Data::String("全年合计".into())))
        .unwrap();
    assert_eq!(money_cell(&total_row[2]), r.totals.annual_total.amount);
    assert_eq!(total_row[3], Data::String("是".into()));

    let csv_bytes = export::csv(Lang::Zh, &r);
    assert!(csv_bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(csv_bytes).unwrap();
    assert!(text.contains(",50400.00,"), "{text}");
}

fn profile_of(query: &[(&str, &str)]) -> shequ_pay::Profile {
    let mut p = shequ_pay::Profile::default();
    for (field, value) in query {
        shequ_pay::query::set(&mut p, field, value).unwrap();
    }
    p
}

/// Take-home per worker (issue 17): one set of inputs for the whole roster, each district's own
/// defaults per row; each worker's net is the single estimate's (`take_home::take_home` on the
/// same profile), the total is their sum, "至少" where one is a lower bound or unknown.
#[test]
fn each_worker_s_net_is_the_single_estimate_s_and_the_total_their_sum() {
    use shequ_pay::take_home::{self, ContributionInputs, Field, NetStatus, Origin};
    let text = "姓名,地区,岗位,工作年限,证书,星级,职级档次,一肩挑\n\
                甲,银川市,正职,10,无,3,,\n\
                乙,xishan,副职,5,,,,否\n\
                丙,songshan,工作人员,5,助理社会工作师,,,\n";
    let defaults = ContributionInputs::default();
    let given = ContributionInputs {
        special_deductions: Some(d("1000")),
        ..ContributionInputs::default()
    };
    for inputs in [defaults, given] {
        let r = roster::from_bytes(
            text.as_bytes(),
            Kind::Csv,
            &Options {
                contributions: Some(inputs.clone()),
                ..options("yinchuan")
            },
        )
        .unwrap();
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert!(r.take_home);
        let singles = [
            (
                "yinchuan",
                profile_of(&[("position", "head"), ("years", "10"), ("stars", "3")]),
            ),
            (
                "xishan",
                profile_of(&[
                    ("position", "deputy"),
                    ("years", "5"),
                    ("one_shoulder", "0"),
                ]),
            ),
            (
                "songshan",
                profile_of(&[
                    ("position", "staff"),
                    ("years", "5"),
                    ("certificate", "assistant"),
                ]),
            ),
        ];
        let mut sum = Decimal::ZERO;
        for (w, (id, profile)) in r.workers.iter().zip(&singles) {
            let e = shequ_pay::estimate(policy::find(id).unwrap(), profile).unwrap();
            let single = take_home::take_home(&e, &inputs).unwrap();
            let t = w.take_home.as_ref().unwrap().as_ref().unwrap();
            assert_eq!(t.net_annual, single.net_annual, "{}", w.name);
            assert_eq!(t.status, single.status, "{}", w.name);
            assert_eq!(t.months, single.months, "{}", w.name);
            sum += single.net_annual.unwrap_or_default();
        }
        let net = r.totals.net_annual.unwrap();
        assert_eq!(net.amount, Some(sum));
        // 乙's rank allowance is unknown (a lower bound), 丙's base pay unpublished (no net).
        assert!(net.lower_bound);
        assert_eq!(r.totals.net_unknown, 1);
        let nets: Vec<_> = r.workers.iter().map(|w| w.net_annual()).collect();
        if inputs == ContributionInputs::default() {
            // 甲 by hand: 49,200 a year; base 4,100 (the pay known), 8% + 2% + 0.5% + 5% (the
            // legal floor) = 635.50 a month, 7,626 a year; taxable 49,200 − 60,000 − 7,626 < 0,
            // no tax: 41,574. 乙: 西山's base and its 12% housing fund (its document).
            assert_eq!(nets[0], Some((d("41574"), false)));
            let xishan = r.workers[1].take_home.as_ref().unwrap().as_ref().unwrap();
            assert_eq!(
                xishan.input(Field::HousingFundRate).origin,
                Origin::District
            );
            assert_eq!(xishan.input(Field::HousingFundRate).value, Some(d("12")));
            assert_eq!(nets[1].map(|n| n.1), Some(true));
        }
        assert_eq!(nets[2], None);
        let songshan = r.workers[2].take_home.as_ref().unwrap().as_ref().unwrap();
        assert_eq!(songshan.status, NetStatus::Unknown);
        // Per district too; 松山's alone is nothing known.
        let (_, songshan_totals) = &r.by_policy[2];
        assert_eq!(songshan_totals.net_annual.unwrap().amount, None);
        // The export gains the column, with each worker's net.
        let sheet = export::workers_sheet(Lang::Zh, &r);
        let col = sheet.rows[0]
            .iter()
            .position(|c| *c == Cell::Text("全年到手（元）".into()))
            .unwrap();
        assert_eq!(sheet.rows[1][col], Cell::Money(nets[0].unwrap().0));
    }
    // Without inputs, no take-home anywhere and no column.
    let r = csv(text, "yinchuan");
    assert!(r.workers.iter().all(|w| w.take_home.is_none()));
    assert_eq!(r.totals.net_annual, None);
    let sheet = export::workers_sheet(Lang::Zh, &r);
    assert!(!sheet.rows[0].contains(&Cell::Text("全年到手（元）".into())));
}
