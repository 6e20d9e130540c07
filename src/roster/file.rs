//! A roster file's bytes to cells: CSV in UTF-8 (with or without BOM), UTF-16 with BOM, or
//! GBK/GB18030 (what Excel on a Chinese Windows saves), parsed by `csv`; XLSX read by
//! `calamine`, its first sheet. Natively `encoding_rs` decodes the CSV (`decode`); in the
//! browser the platform's `TextDecoder` does, at no cost in bytes, and hands `csv_cells` text. Numbers in XLSX cells are floats: a whole number is written as
//! one ("3"), anything else as read ("3.5"), so the row's parser rejects it with the row and
//! column; no amount of money is ever read from a file.

use super::compute::{compute, Roster};
use super::read::{read, HeaderError, Options};
use calamine::{Data, Reader};

/// The kind of a roster file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Xlsx,
}

impl Kind {
    /// By the file name's extension (case aside): .csv, .txt, .xlsx.
    pub fn of_name(name: &str) -> Option<Kind> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "csv" | "txt" => Some(Kind::Csv),
            "xlsx" | "xlsm" => Some(Kind::Xlsx),
            _ => None,
        }
    }
}

/// Why a file cannot be read as a roster. `i18n` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// The CSV parser's message.
    Csv(String),
    /// The XLSX reader's message.
    Xlsx(String),
    /// The workbook has no sheet.
    NoSheet,
    Header(HeaderError),
}

impl From<HeaderError> for FileError {
    fn from(e: HeaderError) -> Self {
        FileError::Header(e)
    }
}

/// A file's cells: each row with its row number as a spreadsheet shows it.
pub type Cells = Vec<(usize, Vec<String>)>;

/// Reads and computes a roster from a file's bytes.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_bytes(bytes: &[u8], kind: Kind, options: &Options) -> Result<Roster, FileError> {
    from_cells(&cells(bytes, kind)?, options)
}

/// Reads and computes a roster from its cells.
pub fn from_cells(cells: &[(usize, Vec<String>)], options: &Options) -> Result<Roster, FileError> {
    Ok(compute(
        read(cells, options)?,
        options.contributions.as_ref(),
    ))
}

/// A file's cells, each row with its row number as a spreadsheet shows it.
#[cfg(not(target_arch = "wasm32"))]
pub fn cells(bytes: &[u8], kind: Kind) -> Result<Cells, FileError> {
    match kind {
        Kind::Csv => csv_cells(&decode(bytes)),
        Kind::Xlsx => xlsx_cells(bytes),
    }
}

/// Text from bytes: a BOM says the encoding; else UTF-8 if it is valid, else GB18030 (a
/// superset of GBK, so it reads what Excel on a Chinese Windows writes).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom..).unwrap_or_default();
        return encoding.decode_without_bom_handling(rest).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::GB18030
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// A CSV's cells, from its text: comma-separated, or tab-separated as Excel's "Unicode text".
pub fn csv_cells(text: &str) -> Result<Cells, FileError> {
    // Excel's "Unicode text" is tab-separated: a header with tabs and no commas says so.
    let header = text.lines().next().unwrap_or_default();
    let delimiter = if header.contains('\t') && !header.contains(',') {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileError::Csv(e.to_string()))?;
        let row = record
            .position()
            .map_or(out.len() + 1, |p| p.line() as usize);
        out.push((row, record.iter().map(str::to_string).collect()));
    }
    Ok(out)
}

/// An XLSX workbook's first sheet. The XLSX reader alone, not `open_workbook_auto`: the page
/// would otherwise carry the readers of .xls, .xlsb and .ods as well.
pub fn xlsx_cells(bytes: &[u8]) -> Result<Cells, FileError> {
    let mut book: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(bytes))
        .map_err(|e| FileError::Xlsx(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(FileError::NoSheet)?
        .map_err(|e| FileError::Xlsx(e.to_string()))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range.rows().enumerate().map(|(i, cells)| {
        let mut row = vec![String::new(); left as usize];
        row.extend(cells.iter().map(cell_text));
        (top as usize + i + 1, row)
    });
    Ok(rows.collect())
}

/// A cell as text: whole numbers without ".0", dates as YYYY-MM (a start month).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        // calamine knows the workbook's date system (1900 or 1904).
        Data::DateTime(d) => {
            let (y, m, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}")
        }
        Data::DateTimeIso(s) => s.get(..7).unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("{e:?}"),
    }
}

/// A float as read: "3" for 3.0 (exactly a whole number), else its shortest decimal form.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// (year, month) of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
pub fn month_of_unix_days(days: i64) -> (i64, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_of_days() {
        assert_eq!(month_of_unix_days(0), (1970, 1));
        assert_eq!(month_of_unix_days(20_454), (2026, 1));
        assert_eq!(month_of_unix_days(-1), (1969, 12));
        assert_eq!(number_text(3.0), "3");
        assert_eq!(number_text(3.5), "3.5");
    }

    #[test]
    fn dates_in_either_date_system() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        // 2015-09-01: serial 42248 in the 1900 system, 40786 in the 1904 one.
        let date = |serial, is_1904| {
            cell_text(&Data::DateTime(ExcelDateTime::new(
                serial,
                ExcelDateTimeType::DateTime,
                is_1904,
            )))
        };
        assert_eq!(date(42_248.0, false), "2015-09");
        assert_eq!(date(40_786.0, true), "2015-09");
    }

    #[test]
    fn kinds_by_name() {
        assert_eq!(Kind::of_name("花名册.XLSX"), Some(Kind::Xlsx));
        assert_eq!(Kind::of_name("a.csv"), Some(Kind::Csv));
        assert_eq!(Kind::of_name("a.xls"), None);
    }
}
