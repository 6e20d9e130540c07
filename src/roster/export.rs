//! A computed roster to bytes: 导出 Excel (`rust_xlsxwriter`: one sheet per worker's figures,
//! one of totals, one of the rows that could not be used, one of the documents) and 导出 CSV
//! (the workers' sheet, UTF-8 with a BOM so that Excel opens it as such); and the template to
//! fill in (XLSX with a sheet of allowed values per district, or CSV). Money is written from
//! `Decimal`: as text with two decimals in CSV, as a number cell in XLSX (Excel keeps every
//! number as a double; nothing is computed from it here).

use super::compute::{Roster, Sum, Totals};
use super::Column;
use crate::format::{yuan_plain, Subst};
use crate::i18n::Lang;
use crate::ids::Input;
use crate::policy::{self, Policy};
use crate::Estimate;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook};

pub use rust_xlsxwriter::XlsxError;

/// A cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Count(u64),
    Money(Decimal),
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Money(d) => yuan_plain(*d),
        }
    }
}

/// A named table: one sheet of the workbook.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub name: &'static str,
    pub rows: Vec<Vec<Cell>>,
    /// Column widths in characters (the rest are left as Excel's default).
    pub widths: Vec<f64>,
}

/// A row of labels.
fn texts(labels: &[&str]) -> Vec<Cell> {
    labels.iter().map(|l| Cell::text(*l)).collect()
}

fn yes_no(lang: Lang, b: bool) -> Cell {
    let w = lang.roster_words();
    Cell::text(if b { w.yes } else { w.no })
}

fn money(lang: Lang, amount: Option<Decimal>) -> Cell {
    amount.map_or_else(|| Cell::text(lang.strings().unpublished), Cell::Money)
}

fn level(lang: Lang, e: &Estimate) -> Cell {
    match (e.level(), e.placement.is_none() && e.rank_step.is_some()) {
        (Some(l), _) => Cell::Count(l.into()),
        (None, true) => Cell::text(lang.level(e).1),
        (None, false) => Cell::text(lang.strings().unpublished),
    }
}

/// Every worker with every figure, the same words as the single estimate.
pub fn workers_sheet(lang: Lang, r: &Roster) -> Sheet {
    let w = lang.roster_words();
    let s = lang.strings();
    let head = [
        w.col_row,
        lang.column(Column::Name),
        w.col_district,
        s.field_position,
        lang.column(Column::Years),
        w.col_level,
        w.col_level_range,
        w.col_base,
        w.col_certificate,
        w.col_performance,
        w.col_total,
        w.col_total_lower_bound,
    ];
    let net = [w.col_net, w.col_net_lower_bound];
    let rest = [
        w.col_unpublished,
        w.col_next_year_level,
        w.col_next_year_total,
        w.notes,
        w.col_explanation,
    ];
    let mut header = texts(&head);
    if r.take_home {
        header.extend(texts(&net));
    }
    header.extend(texts(&rest));
    let mut rows = vec![header];
    for worker in &r.workers {
        let e = &worker.estimate;
        let n = &worker.next_year;
        let mut cells = vec![
            Cell::Count(worker.row as u64),
            Cell::text(&worker.name),
            Cell::text(lang.text(&e.policy.name)),
            Cell::text(lang.position_in(e.policy, e.profile.position)),
            Cell::Count(e.profile.years.into()),
            level(lang, e),
            e.placement
                .map_or(Cell::Empty, |p| Cell::Text(format!("{}–{}", p.min, p.max))),
            money(lang, e.base_pay_monthly.amount),
            money(lang, e.certificate_allowance_monthly.amount),
            money(lang, e.performance_annual.amount),
            money(lang, e.annual_total),
            yes_no(lang, e.annual_total_lower_bound()),
        ];
        if r.take_home {
            let net = worker.net_annual();
            cells.extend([
                money(lang, net.map(|(n, _)| n)),
                yes_no(lang, net.is_some_and(|(_, lower)| lower)),
            ]);
        }
        cells.extend([
            Cell::Text(lang.unpublished_names(e).unwrap_or_default()),
            level(lang, n),
            money(lang, n.annual_total),
            Cell::Text(
                worker
                    .notes
                    .iter()
                    .map(|note| lang.note_text(e.policy, note.column, note.kind))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            Cell::Text(
                e.steps
                    .iter()
                    .map(|step| lang.step(step))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ]);
        rows.push(cells);
    }
    let mut widths = vec![8.0, 10.0, 14.0, 14.0, 8.0, 8.0, 10.0];
    widths.extend(vec![14.0; if r.take_home { 10 } else { 8 }]);
    widths.extend([40.0, 80.0]);
    Sheet {
        name: w.sheet_workers,
        rows,
        widths,
    }
}

fn sum_row(lang: Lang, label: &str, monthly: Option<Sum>, annual: Sum) -> Vec<Cell> {
    let lower = annual.lower_bound;
    vec![
        Cell::text(label),
        monthly.map_or(Cell::Empty, |m| money(lang, m.amount)),
        money(lang, annual.amount),
        yes_no(lang, lower),
    ]
}

fn totals_rows(lang: Lang, t: &Totals, out: &mut Vec<Vec<Cell>>) {
    let w = lang.roster_words();
    let s = lang.strings();
    out.push(texts(&[
        w.item,
        w.monthly,
        w.annual,
        w.includes_unpublished,
    ]));
    out.push(sum_row(
        lang,
        s.base_pay,
        Some(t.base_pay_monthly),
        t.base_pay_monthly.annual(),
    ));
    out.push(sum_row(
        lang,
        s.certificate_allowance,
        Some(t.certificate_allowance_monthly),
        t.certificate_allowance_monthly.annual(),
    ));
    out.push(sum_row(lang, s.performance, None, t.performance_annual));
    out.push(sum_row(lang, s.annual_total, None, t.annual_total));
    if let Some(net) = t.net_annual {
        let th = lang.take_home_words();
        out.push(sum_row(lang, th.net_annual, None, net));
        if t.net_unknown > 0 {
            out.push(vec![Cell::Text(
                w.net_unknown.subst("{n}", &t.net_unknown.to_string()),
            )]);
        }
    }
    for u in &t.unknown {
        out.push(vec![Cell::Text(lang.unknown_part(u))]);
    }
}

/// Head counts, totals per component, next year and who moves up.
pub fn totals_sheet(lang: Lang, r: &Roster) -> Sheet {
    let w = lang.roster_words();
    let mut rows = vec![
        vec![Cell::text(w.workers), Cell::Count(r.rows as u64)],
        vec![
            Cell::text(w.computed),
            Cell::Count(r.totals.computed as u64),
        ],
        vec![
            Cell::text(w.with_errors),
            Cell::Count(r.rows.saturating_sub(r.totals.computed) as u64),
        ],
        vec![],
    ];
    totals_rows(lang, &r.totals, &mut rows);
    rows.push(sum_row(
        lang,
        w.next_year_total,
        None,
        r.next_year.annual_total,
    ));
    let change = r
        .next_year
        .annual_total
        .amount
        .zip(r.totals.annual_total.amount)
        .map(|(n, t)| n - t);
    rows.push(vec![
        Cell::text(w.next_year_change),
        Cell::Empty,
        money(lang, change),
        yes_no(
            lang,
            r.next_year.annual_total.lower_bound || r.totals.annual_total.lower_bound,
        ),
    ]);
    if r.by_policy.len() > 1 {
        for (p, t) in &r.by_policy {
            rows.push(vec![]);
            rows.push(vec![
                Cell::text(lang.text(&p.name)),
                Cell::Count(t.computed as u64),
            ]);
            totals_rows(lang, t, &mut rows);
        }
    }
    rows.push(vec![]);
    rows.push(vec![Cell::text(w.head_count)]);
    let s = lang.strings();
    rows.push(texts(&[
        w.col_district,
        s.field_position,
        w.col_level,
        w.count,
    ]));
    for h in &r.totals.head_count {
        rows.push(vec![
            Cell::text(lang.text(&h.policy.name)),
            Cell::text(lang.position_in(h.policy, h.position)),
            h.level.map_or(Cell::Empty, |l| Cell::Count(l.into())),
            Cell::Count(h.count as u64),
        ]);
    }
    rows.push(vec![]);
    rows.push(vec![Cell::text(w.moving_up)]);
    rows.push(texts(&[
        w.col_row,
        lang.column(Column::Name),
        w.col_district,
        w.level_from,
        w.level_to,
        w.annual_change,
    ]));
    for m in &r.next_year.moving_up {
        rows.push(vec![
            Cell::Count(m.row as u64),
            Cell::text(&m.name),
            Cell::text(lang.text(&m.policy.name)),
            Cell::Count(m.from.into()),
            Cell::Count(m.to.into()),
            money(lang, m.annual_change),
        ]);
    }
    if !r.notes.is_empty() {
        rows.push(vec![]);
        rows.push(vec![Cell::text(w.notes)]);
        for n in &r.notes {
            rows.push(vec![Cell::Text(lang.note(n))]);
        }
    }
    if !r.ignored_columns.is_empty() {
        rows.push(vec![]);
        let mut row = vec![Cell::text(w.ignored_columns)];
        row.extend(r.ignored_columns.iter().map(Cell::text));
        rows.push(row);
    }
    Sheet {
        name: w.sheet_totals,
        rows,
        widths: vec![36.0, 16.0, 16.0, 22.0, 16.0, 16.0],
    }
}

/// The rows that could not be used, with the reason.
pub fn errors_sheet(lang: Lang, r: &Roster) -> Sheet {
    let w = lang.roster_words();
    let mut rows = vec![texts(&[w.col_row, w.column, w.value, w.reason])];
    for e in &r.errors {
        rows.push(vec![
            Cell::Count(e.row as u64),
            e.column.map_or(Cell::Empty, |c| Cell::text(lang.column(c))),
            Cell::text(&e.value),
            Cell::Text(lang.row_error(e)),
        ]);
    }
    Sheet {
        name: w.sheet_errors,
        rows,
        widths: vec![8.0, 16.0, 16.0, 80.0],
    }
}

/// The documents of every district in the roster.
pub fn documents_sheet(lang: Lang, policies: &[&'static Policy]) -> Sheet {
    let w = lang.roster_words();
    let s = lang.strings();
    let mut rows = vec![texts(&[
        w.col_district,
        s.documents,
        s.doc_number,
        s.doc_issuer,
        s.doc_issued,
        s.doc_in_force,
    ])];
    for p in policies {
        for d in p.documents {
            let opt = |v: Option<&str>| v.map_or(Cell::Empty, Cell::text);
            rows.push(vec![
                Cell::text(lang.text(&p.name)),
                Cell::text(d.title),
                opt(d.number),
                Cell::text(d.issuer),
                opt(d.issued),
                opt(d.in_force),
            ]);
        }
    }
    rows.push(vec![]);
    rows.push(vec![Cell::text(s.disclaimer)]);
    Sheet {
        name: w.sheet_documents,
        rows,
        widths: vec![16.0, 60.0, 24.0, 30.0, 12.0, 12.0],
    }
}

/// 导出 Excel: workers, totals, errors and documents.
pub fn xlsx(lang: Lang, r: &Roster) -> Result<Vec<u8>, XlsxError> {
    let policies: Vec<&'static Policy> = r.by_policy.iter().map(|(p, _)| *p).collect();
    write_xlsx(&[
        workers_sheet(lang, r),
        totals_sheet(lang, r),
        errors_sheet(lang, r),
        documents_sheet(lang, &policies),
    ])
}

/// 导出 CSV: the workers' sheet, UTF-8 with a BOM.
pub fn csv(lang: Lang, r: &Roster) -> Vec<u8> {
    write_csv(&workers_sheet(lang, r))
}

/// The sheets as a workbook.
pub fn write_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let money = Format::new().set_num_format("#,##0.00");
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(sheet.name)?;
        for (c, width) in sheet.widths.iter().enumerate() {
            ws.set_column_width(c as u16, *width)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) if r == 0 => {
                        ws.write_string_with_format(r, c, t, &bold)?;
                    }
                    Cell::Text(t) if t.contains('\n') => {
                        ws.write_string_with_format(r, c, t, &wrap)?;
                    }
                    Cell::Text(t) => {
                        ws.write_string(r, c, t)?;
                    }
                    Cell::Count(n) => {
                        ws.write_number(r, c, *n as f64)?;
                    }
                    // Output only: the figure as Excel stores numbers, from its exact text.
                    Cell::Money(d) => {
                        let value: f64 = yuan_plain(*d).parse().unwrap_or_default();
                        ws.write_number_with_format(r, c, value, &money)?;
                    }
                }
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer()
}

/// One sheet as CSV, UTF-8 with a BOM (Excel reads UTF-8 without one as the local code page).
pub fn write_csv(sheet: &Sheet) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(&mut out);
        for row in &sheet.rows {
            // Writing to a Vec cannot fail.
            let _ = w.write_record(row.iter().map(Cell::csv));
        }
        let _ = w.flush();
    }
    out
}

/// The template's header: the Chinese headers (Chinese) or the ids (English), both read back.
fn template_header(lang: Lang) -> Vec<Cell> {
    Column::ALL
        .iter()
        .map(|c| Cell::text(lang.column(*c)))
        .collect()
}

/// The template's example row: 银川's worked example (POLICY-NOTES: 50,400 a year).
pub const EXAMPLE: [&str; 16] = [
    "张三",
    "正职",
    "否",
    "10",
    "",
    "本科",
    "无",
    "合格",
    "三星",
    "",
    "",
    "0",
    "0",
    "否",
    "否",
    "银川市",
];

/// The sheet to fill in: the header and one example row.
pub fn template_sheet(lang: Lang) -> Sheet {
    Sheet {
        name: lang.roster_words().sheet_roster,
        rows: vec![
            template_header(lang),
            EXAMPLE.iter().map(|v| Cell::text(*v)).collect(),
        ],
        widths: vec![14.0; Column::ALL.len()],
    }
}

/// The input a column stands for, where only some districts use it.
fn input_of(c: Column) -> Option<Input> {
    Input::parse(c.id())
}

/// What each column allows, and which districts use which columns.
pub fn help_sheet(lang: Lang) -> Sheet {
    let w = lang.roster_words();
    let mut rows = vec![texts(&[
        w.help_names,
        "id",
        w.help_allowed,
        w.help_districts,
    ])];
    for c in Column::ALL {
        let used = match input_of(c) {
            None => w.help_any.to_string(),
            Some(input) => policy::all()
                .iter()
                .filter(|p| p.uses(input))
                .map(|p| lang.text(&p.name))
                .collect::<Vec<_>>()
                .join(lang.strings().list_sep),
        };
        rows.push(vec![
            Cell::text(c.header()),
            Cell::text(c.id()),
            Cell::Text(lang.column_allowed(c)),
            Cell::Text(used),
        ]);
    }
    rows.push(vec![]);
    rows.push(vec![Cell::text(w.help_districts)]);
    for p in policy::all() {
        let columns: Vec<&str> = Column::ALL
            .into_iter()
            .filter(|c| input_of(*c).is_none_or(|i| p.uses(i)))
            .map(|c| lang.column(c))
            .collect();
        rows.push(vec![
            Cell::text(lang.text(&p.name)),
            Cell::text(p.id),
            Cell::Text(format!("{} {}", w.help_uses, columns.join("、"))),
            Cell::Text(lang.positions_allowed(p)),
        ]);
    }
    Sheet {
        name: w.sheet_help,
        rows,
        widths: vec![20.0, 18.0, 70.0, 40.0],
    }
}

/// The template as XLSX: the roster sheet first (read back as the roster), then the help.
pub fn template_xlsx(lang: Lang) -> Result<Vec<u8>, XlsxError> {
    write_xlsx(&[template_sheet(lang), help_sheet(lang)])
}

/// The template as CSV: header and example row, UTF-8 with a BOM.
pub fn template_csv(lang: Lang) -> Vec<u8> {
    write_csv(&template_sheet(lang))
}
