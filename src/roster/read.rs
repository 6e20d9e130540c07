//! From a roster's cells to profiles: the header mapped to columns, each value as an office
//! writes it (本科, 助理社会工作师, 三星, 是/否, or the ids) turned into its id and set by
//! `query::set`, so that a value means what it means in the URL and the CLI. A cell that cannot
//! be used is a `RowError` with its row and column; the other rows go on.

use super::Column;
use crate::ids::{Assessment, Certificate, CommunityResult, Education, Position};
use crate::policy::{self, Policy};
use crate::profile::{years_since, Profile, ProfileError, YearsSince};
use crate::query::{self, Allowed};

/// What the reader needs besides the file.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The district for rows without a 地区 (all rows when there is no such column).
    pub policy: Option<&'static Policy>,
    /// (year, month) at which 参加社区工作时间 is turned into whole years.
    pub as_of: (u32, u32),
}

/// A worker that can be estimated.
#[derive(Clone, Debug)]
pub struct Row {
    /// The row number in the file (the header is usually row 1).
    pub row: usize,
    pub name: String,
    pub policy: &'static Policy,
    pub profile: Profile,
}

/// Why a cell cannot be used. `i18n` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not one of the column's values (`i18n` lists them).
    NotAllowed,
    /// A whole number from `min` to `max` was expected.
    Number(u8, u8),
    /// A yes/no column.
    Flag,
    /// 岗位, or both 工作年限 and 参加社区工作时间, left empty.
    Missing,
    /// 参加社区工作时间 as read: not a month, in the future or too long ago.
    Month(YearsSince),
    /// 工作年限 and 参加社区工作时间 disagree: (years, from the month).
    YearsDisagree(u8, u8),
    /// No district is known for the row: no 地区 and none chosen.
    NoPolicy,
    /// The 地区 names more than one bundled district.
    AmbiguousPolicy,
    /// A rule that ties fields together (`Profile::check`).
    Rule(ProfileError),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    /// `None` for a problem of the whole row.
    pub column: Option<Column>,
    pub value: String,
    pub problem: Problem,
}

/// The rows read from a file.
#[derive(Clone, Debug, Default)]
pub struct Read {
    pub rows: Vec<Row>,
    pub errors: Vec<RowError>,
    /// Headers that name no column: listed and ignored.
    pub ignored_columns: Vec<String>,
    /// Data rows with anything in them (computed or not).
    pub workers: usize,
}

/// Why a file cannot be read as a roster at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// No row with anything in it.
    Empty,
    /// A column every row needs is missing from the header.
    MissingColumn(Column),
    /// Neither 工作年限 nor 参加社区工作时间.
    MissingYears,
}

/// Reads a roster's cells: (row number, cells) in file order; the first row with anything in
/// it is the header.
pub fn read(cells: &[(usize, Vec<String>)], options: &Options) -> Result<Read, HeaderError> {
    let mut lines = cells
        .iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let (_, header) = lines.next().ok_or(HeaderError::Empty)?;
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(header.len());
    let mut out = Read::default();
    for h in header {
        let column = Column::parse(h).filter(|c| !columns.contains(&Some(*c)));
        if column.is_none() && !h.trim().is_empty() {
            out.ignored_columns.push(h.trim().to_string());
        }
        columns.push(column);
    }
    let has = |c: Column| columns.contains(&Some(c));
    if !has(Column::Position) {
        return Err(HeaderError::MissingColumn(Column::Position));
    }
    if !has(Column::Years) && !has(Column::StartMonth) {
        return Err(HeaderError::MissingYears);
    }
    for (row, cells) in lines {
        out.workers += 1;
        let values = columns.iter().zip(cells).filter_map(|(c, v)| {
            let v = v.trim();
            c.filter(|_| !v.is_empty()).map(|c| (c, v))
        });
        match worker(*row, values, options) {
            Ok(w) => out.rows.push(w),
            Err(mut e) => out.errors.append(&mut e),
        }
    }
    Ok(out)
}

fn worker<'a>(
    row: usize,
    values: impl Iterator<Item = (Column, &'a str)>,
    options: &Options,
) -> Result<Row, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut p = Profile::default();
    let mut name = String::new();
    let mut policy = options.policy.ok_or((String::new(), Problem::NoPolicy));
    let mut position = false;
    let (mut years, mut start) = (None, None);
    for (column, value) in values {
        let mut fail = |problem| {
            errors.push(RowError {
                row,
                column: Some(column),
                value: value.to_string(),
                problem,
            })
        };
        match column {
            Column::Name => name = value.to_string(),
            Column::Policy => {
                policy = find_policy(value).map_err(|problem| (value.to_string(), problem));
                if let Err((_, problem)) = &policy {
                    fail(problem.clone());
                }
            }
            Column::StartMonth => match years_since(&month_of(value), options.as_of) {
                YearsSince::Years(n) => start = Some(n),
                other => fail(Problem::Month(other)),
            },
            _ => {
                let id = normalise(column, value);
                match query::set(&mut p, column.id(), &id) {
                    Ok(()) => {
                        position |= column == Column::Position;
                        if column == Column::Years {
                            years = Some(p.years);
                        }
                    }
                    Err(e) => fail(match e.allowed {
                        Allowed::Number(min, max) => Problem::Number(min, max),
                        Allowed::Flag => Problem::Flag,
                        _ => Problem::NotAllowed,
                    }),
                }
            }
        }
    }
    let failed = !errors.is_empty();
    let mut whole_row = |column: Option<Column>, value: String, problem| {
        errors.push(RowError {
            row,
            column,
            value,
            problem,
        })
    };
    if !position && !failed {
        whole_row(Some(Column::Position), String::new(), Problem::Missing);
    }
    match (years, start) {
        (Some(y), Some(s)) if y != s => whole_row(
            Some(Column::StartMonth),
            s.to_string(),
            Problem::YearsDisagree(y, s),
        ),
        (None, Some(s)) => p.years = s,
        (None, None) if !failed => whole_row(Some(Column::Years), String::new(), Problem::Missing),
        _ => {}
    }
    let policy = match policy {
        Ok(policy) => Some(policy),
        // A bad 地区 is already listed.
        Err((value, Problem::NoPolicy)) => {
            whole_row(Some(Column::Policy), value, Problem::NoPolicy);
            None
        }
        Err(_) => None,
    };
    if errors.is_empty() {
        if let Err(e) = p.check() {
            let column = Column::of_field(e.field());
            let value = value_of(&p, column);
            errors.push(RowError {
                row,
                column,
                value,
                problem: Problem::Rule(e),
            });
        }
    }
    match policy {
        Some(policy) if errors.is_empty() => Ok(Row {
            row,
            name,
            policy,
            profile: p,
        }),
        _ => Err(errors),
    }
}

/// The value a rule found at fault, as the profile holds it.
fn value_of(p: &Profile, column: Option<Column>) -> String {
    match column {
        Some(Column::OneShoulder) => "1".into(),
        Some(Column::ExcellentYears) => p.excellent_years.to_string(),
        Some(Column::UncountedYears) => p.uncounted_years.to_string(),
        Some(Column::Years) => p.years.to_string(),
        _ => String::new(),
    }
}

/// The bundled district a 地区 cell names: its id, its name in either language, or the end of
/// its Chinese name (银川, 官渡区, 西山) when that names one district only.
pub fn find_policy(value: &str) -> Result<&'static Policy, Problem> {
    let v = value.trim();
    if let Some(p) = policy::find(v) {
        return Ok(p);
    }
    let short = |s: &str| s.trim_end_matches(['市', '区', '县']).to_string();
    let wanted = short(v);
    let matches: Vec<&'static Policy> = policy::all()
        .iter()
        .filter(|p| {
            p.name.zh == v
                || p.name.en.eq_ignore_ascii_case(v)
                || (wanted.chars().count() >= 2 && short(p.name.zh).ends_with(&wanted))
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Problem::NotAllowed),
        _ => Err(Problem::AmbiguousPolicy),
    }
}

/// A start month as written: "2015-09", "2015/9", "2015.09", "2015年9月".
fn month_of(value: &str) -> String {
    let v = value.trim().trim_end_matches('月');
    let parts: Vec<&str> = v
        .split(['-', '/', '.', '年'])
        .filter(|s| !s.is_empty())
        .collect();
    match parts.as_slice() {
        [y, m] | [y, m, _] => format!("{y}-{m}"),
        _ => v.to_string(),
    }
}

/// Without spaces and quotes: "“两委” 成员" → "两委成员".
fn bare(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !"“”\"'‘’「」".contains(*c))
        .collect()
}

/// The words an office writes for a value, besides the ids and the app's own names.
const POSITION_WORDS: &[(&str, Position)] = &[
    ("正职", Position::Head),
    ("书记", Position::Head),
    ("主任", Position::Head),
    ("社区书记", Position::Head),
    ("居委会主任", Position::Head),
    ("书记、主任", Position::Head),
    ("主要负责人", Position::Head),
    ("副职", Position::Deputy),
    ("副书记", Position::Deputy),
    ("副主任", Position::Deputy),
    ("负责人", Position::Deputy),
    ("两委成员", Position::Committee),
    ("两委委员", Position::Committee),
    ("委员", Position::Committee),
    ("工作人员", Position::Staff),
    ("其他人员", Position::Staff),
    ("网格员", Position::Staff),
    ("专职网格员", Position::Staff),
    ("社区专职工作人员", Position::Staff),
];

const EDUCATION_WORDS: &[(&str, Education)] = &[
    ("大专", Education::College),
    ("专科", Education::College),
    ("大专及以下", Education::College),
    ("中专", Education::College),
    ("高中", Education::College),
    ("本科", Education::Bachelor),
    ("大学本科", Education::Bachelor),
    ("硕士", Education::Master),
    ("研究生", Education::Master),
    ("硕士研究生", Education::Master),
    ("博士", Education::Doctor),
    ("博士研究生", Education::Doctor),
];

const CERTIFICATE_WORDS: &[(&str, Certificate)] = &[
    ("无", Certificate::None),
    ("没有", Certificate::None),
    ("助理社会工作师", Certificate::Assistant),
    ("初级", Certificate::Assistant),
    ("社会工作师", Certificate::Intermediate),
    ("中级", Certificate::Intermediate),
    ("高级社会工作师", Certificate::Senior),
    ("高级", Certificate::Senior),
];

const ASSESSMENT_WORDS: &[(&str, Assessment)] = &[
    ("优秀", Assessment::Excellent),
    ("合格", Assessment::Competent),
    ("称职", Assessment::Competent),
    ("基本合格", Assessment::Basic),
    ("基本称职", Assessment::Basic),
    ("不合格", Assessment::Incompetent),
    ("不称职", Assessment::Incompetent),
];

const COMMUNITY_WORDS: &[(&str, CommunityResult)] = &[
    ("优秀", CommunityResult::Excellent),
    ("优秀社区", CommunityResult::Excellent),
    ("良好", CommunityResult::Good),
    ("良好社区", CommunityResult::Good),
    ("完成", CommunityResult::Complete),
    ("目标完成", CommunityResult::Complete),
    ("未完成", CommunityResult::Incomplete),
    ("目标未完成", CommunityResult::Incomplete),
];

const FLAG_WORDS: &[(&str, bool)] = &[
    ("是", true),
    ("否", false),
    ("有", true),
    ("无", false),
    ("y", true),
    ("n", false),
    ("√", true),
    ("×", false),
];

/// The words an office is offered for a column (the template, messages): the first word of
/// each value in its table, in the ids' order.
pub fn words(column: Column) -> Option<Vec<&'static str>> {
    fn first<T: Copy + PartialEq>(words: &[(&'static str, T)], all: &[T]) -> Vec<&'static str> {
        all.iter()
            .filter_map(|v| words.iter().find(|(_, t)| t == v).map(|(w, _)| *w))
            .collect()
    }
    Some(match column {
        Column::Position => first(POSITION_WORDS, Position::ALL),
        Column::Education => first(EDUCATION_WORDS, Education::ALL),
        Column::Certificate => first(CERTIFICATE_WORDS, Certificate::ALL),
        Column::Assessment => first(ASSESSMENT_WORDS, Assessment::ALL),
        Column::CommunityResult => first(COMMUNITY_WORDS, CommunityResult::ALL),
        _ => return None,
    })
}

const DIGITS: [char; 6] = ['零', '一', '二', '三', '四', '五'];

/// The id a value stands for, or the value as written (for `query::set` to reject).
fn normalise(column: Column, value: &str) -> String {
    let b = bare(value);
    let lower = b.to_ascii_lowercase();
    fn word<T: Copy>(b: &str, words: &[(&str, T)], names: &[&[&str]], all: &[T]) -> Option<T> {
        let named = names.iter().find_map(|list| {
            list.iter()
                .position(|n| bare(n) == b)
                .and_then(|i| all.get(i).copied())
        });
        named.or_else(|| words.iter().find(|(w, _)| *w == b).map(|(_, t)| *t))
    }
    let zh = crate::i18n::Lang::Zh.strings();
    let en = crate::i18n::Lang::En.strings();
    let id = match column {
        Column::Position => word(
            &b,
            POSITION_WORDS,
            &[&zh.position, &en.position],
            Position::ALL,
        )
        .map(|p| p.id().to_string()),
        Column::Education => word(
            &b,
            EDUCATION_WORDS,
            &[&zh.education, &en.education],
            Education::ALL,
        )
        .map(|e| e.id().to_string()),
        Column::Certificate => word(
            &b,
            CERTIFICATE_WORDS,
            &[&zh.certificate, &en.certificate],
            Certificate::ALL,
        )
        .map(|c| c.id().to_string()),
        Column::Assessment => word(
            &b,
            ASSESSMENT_WORDS,
            &[&zh.assessment, &en.assessment],
            Assessment::ALL,
        )
        .map(|a| a.id().to_string()),
        Column::CommunityResult => word(
            &b,
            COMMUNITY_WORDS,
            &[&zh.community_result, &en.community_result],
            CommunityResult::ALL,
        )
        .map(|r| r.id().to_string()),
        Column::OneShoulder | Column::DegreeInService | Column::Probation => {
            word(&lower, FLAG_WORDS, &[], &[]).map(|f| if f { "1" } else { "0" }.to_string())
        }
        // 三星, 3星, 三星级; 第7档, 7档.
        Column::Stars => {
            let n = b.trim_end_matches('级').trim_end_matches('星');
            DIGITS
                .iter()
                .position(|d| n == d.to_string())
                .map(|i| i.to_string())
                .or_else(|| (n != b).then(|| n.to_string()))
        }
        Column::RankStep => {
            let n = b.trim_start_matches('第').trim_end_matches('档');
            (n != b).then(|| n.to_string())
        }
        _ => None,
    };
    id.unwrap_or(lower)
}
