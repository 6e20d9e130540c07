//! From a roster's cells to profiles: the header mapped to columns, each value as an office
//! writes it (本科, 助理社会工作师, 三星, 是/否, or the ids) turned into its id and set by
//! `query::set`, so that a value means what it means in the URL and the CLI. A cell that cannot
//! be used is a `RowError` with its row and column; the other rows go on.

use super::Column;
use crate::ids::{Assessment, Certificate, CommunityResult, Education, Input, Position};
use crate::policy::{self, Policy};
use crate::profile::{years_since, Profile, ProfileError, YearsSince};
use crate::query::{self, Allowed};
use crate::take_home::ContributionInputs;

/// What the reader and the engine need besides the file.
#[derive(Clone, Debug)]
pub struct Options {
    /// The district for rows without a 地区 (all rows when there is no such column).
    pub policy: Option<&'static Policy>,
    /// (year, month) at which 参加社区工作时间 is turned into whole years.
    pub as_of: (u32, u32),
    /// Take-home pay (到手, issue 17) for every worker with these inputs, one set for the whole
    /// roster; what a worker leaves out takes the default of the worker's own district, as in
    /// the single estimate. `None`: no take-home.
    pub contributions: Option<ContributionInputs>,
}

/// A worker that can be estimated.
#[derive(Clone, Debug)]
pub struct Row {
    /// The row number in the file (the header is usually row 1).
    pub row: usize,
    pub name: String,
    pub policy: &'static Policy,
    pub profile: Profile,
    /// What the office should know about the row, computed anyway.
    pub notes: Vec<RowNote>,
}

/// Why a cell cannot be used. `i18n` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not one of the column's values (`i18n` lists them).
    NotAllowed,
    /// 岗位 names no position of this district (the policy's id): `i18n` lists its own words.
    NotAPosition(&'static str),
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

/// Something about a row that did not stop it from being computed. `i18n` words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteKind {
    /// The row's district does not use this column (松山 has no 星级): the value was left out
    /// of the estimate, and said so rather than dropped.
    NotUsed,
    /// A 岗位 word read in the district's own sense, which is not what it means elsewhere
    /// (银川 五(十): “工作人员” are the 两委 members, `committee`, not `staff`).
    DistrictWord {
        read_as: Position,
        elsewhere: Position,
    },
}

/// A note on one row: the column, the value as written, and what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowNote {
    pub column: Column,
    pub value: String,
    pub kind: NoteKind,
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
    let mut values: Vec<(Column, &str)> = Vec::with_capacity(columns.len());
    for (row, cells) in lines {
        out.workers += 1;
        values.clear();
        values.extend(columns.iter().zip(cells).filter_map(|(c, v)| {
            let v = v.trim();
            c.filter(|_| !v.is_empty()).map(|c| (c, v))
        }));
        match worker(*row, &values, options) {
            Ok(w) => out.rows.push(w),
            Err(mut e) => out.errors.append(&mut e),
        }
    }
    Ok(out)
}

/// One row's values, the district first: what 岗位 means and which columns count depend on it.
fn worker(row: usize, values: &[(Column, &str)], options: &Options) -> Result<Row, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let mut p = Profile::default();
    let mut name = String::new();
    let (mut years, mut start) = (None, None);
    let error = |column, value: &str, problem| RowError {
        row,
        column: Some(column),
        value: value.to_string(),
        problem,
    };
    let policy = match values.iter().find(|(c, _)| *c == Column::Policy) {
        Some((_, value)) => find_policy(value).map_err(|problem| {
            errors.push(error(Column::Policy, value, problem));
        }),
        None => options.policy.ok_or_else(|| {
            errors.push(RowError {
                row,
                column: Some(Column::Policy),
                value: String::new(),
                problem: Problem::NoPolicy,
            })
        }),
    };
    let policy = policy.ok();
    let mut position = None;
    for &(column, value) in values {
        let input = Input::parse(column.id());
        match column {
            Column::Name => name = value.to_string(),
            Column::Policy => {}
            Column::Position => match policy {
                Some(policy) => match position_in(policy, value) {
                    Some(read_as) => {
                        position = Some(read_as);
                        if let Some(elsewhere) = shared_position(value).filter(|e| *e != read_as) {
                            notes.push(RowNote {
                                column,
                                value: value.to_string(),
                                kind: NoteKind::DistrictWord { read_as, elsewhere },
                            });
                        }
                    }
                    None => errors.push(error(column, value, Problem::NotAPosition(policy.id))),
                },
                // The row fails for its district already; the word is still checked.
                None => match shared_position(value) {
                    Some(shared) => position = Some(shared),
                    None => errors.push(error(column, value, Problem::NotAllowed)),
                },
            },
            Column::StartMonth => match years_since(&month_of(value), options.as_of) {
                YearsSince::Years(n) => start = Some(n),
                other => errors.push(error(column, value, Problem::Month(other))),
            },
            // A column this district does not use: noted when its value says anything (a 0 or
            // 否 does not), never an error that stops the row.
            _ if input.is_some_and(|i| policy.is_some_and(|p| !p.uses(i))) => {
                let mut scratch = Profile::default();
                let says = query::set(&mut scratch, column.id(), &normalise(column, value))
                    .map_or(true, |()| input.is_some_and(|i| scratch.gives(i)));
                if says {
                    notes.push(RowNote {
                        column,
                        value: value.to_string(),
                        kind: NoteKind::NotUsed,
                    });
                }
            }
            _ => match query::set(&mut p, column.id(), &normalise(column, value)) {
                Ok(()) if column == Column::Years => years = Some(p.years),
                Ok(()) => {}
                Err(e) => errors.push(error(
                    column,
                    value,
                    match e.allowed {
                        Allowed::Number(min, max) => Problem::Number(min, max),
                        Allowed::Flag => Problem::Flag,
                        _ => Problem::NotAllowed,
                    },
                )),
            },
        }
    }
    let failed = !errors.is_empty();
    match position {
        Some(position) => p.position = position,
        None if !failed => errors.push(error(Column::Position, "", Problem::Missing)),
        None => {}
    }
    match (years, start) {
        (Some(y), Some(s)) if y != s => errors.push(error(
            Column::StartMonth,
            &s.to_string(),
            Problem::YearsDisagree(y, s),
        )),
        (None, Some(s)) => p.years = s,
        (None, None) if !failed => errors.push(error(Column::Years, "", Problem::Missing)),
        _ => {}
    }
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
            notes,
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

/// The position a 岗位 cell names in this district. The district's own words come first: its
/// position names as its documents give them, in either language, whole or without what their
/// parenthesis adds (银川's “工作人员（社区“两委”成员）” is written “工作人员”: 五(十) says
/// 工作人员 “主要是指社区居委会‘两委’成员”), a whole name before a shortened one (松山's
/// “工作人员” is its staff, though its committee members are “工作人员（“两委”脱产委员）”).
/// Then the ids and the words shared by every district (正职, 两委成员, 网格员 …).
pub fn position_in(policy: &Policy, value: &str) -> Option<Position> {
    let b = bare(value).to_lowercase();
    if let Some(p) = Position::parse(&b) {
        return Some(p);
    }
    let names = || {
        policy.positions.iter().flat_map(|n| {
            [n.name.zh, n.name.en]
                .into_iter()
                .map(move |name| (n.position, bare(name).to_lowercase()))
        })
    };
    if let Some((p, _)) = names().find(|(_, name)| *name == b) {
        return Some(p);
    }
    let mut shortened = names()
        .filter(|(_, name)| short_name(name) == b)
        .map(|(p, _)| p);
    match (shortened.next(), shortened.next()) {
        (Some(p), None) => Some(p),
        _ => shared_position(value),
    }
}

/// A position name without the parenthesis that qualifies it: “主要负责人（书记、主任）” →
/// “主要负责人”.
pub fn short_name(name: &str) -> &str {
    name.split(['（', '(']).next().unwrap_or(name).trim()
}

/// The position a 岗位 cell names in words every district shares: the ids, an office's usual
/// words and the app's own names.
pub fn shared_position(value: &str) -> Option<Position> {
    let b = bare(value);
    let zh = crate::i18n::Lang::Zh.strings();
    let en = crate::i18n::Lang::En.strings();
    Position::parse(&b.to_ascii_lowercase()).or_else(|| {
        lookup(
            &b,
            POSITION_WORDS,
            &[&zh.position, &en.position],
            Position::ALL,
        )
    })
}

/// Without spaces and quotes: "“两委” 成员" → "两委成员".
fn bare(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !"“”\"'‘’「」".contains(*c))
        .collect()
}

/// The words an office writes for a value, besides the ids and the app's own names.
pub const POSITION_WORDS: &[(&str, Position)] = &[
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

/// 职级档次 for a worker who draws no rank allowance (西山: not everyone qualifies).
const RANK_STEP_NONE: &[&str] = &[
    "不符合领取条件",
    "不符合条件",
    "不符合",
    "无职级补贴",
    "不享受",
    "无",
];

/// 职级档次 not known: the same as a blank cell.
const RANK_STEP_UNKNOWN: &[&str] = &["不清楚", "未知", "不详"];

/// The value an office's word or the app's own name stands for: the app's names (either
/// language) first, then the words.
fn lookup<T: Copy>(b: &str, words: &[(&str, T)], names: &[&[&str]], all: &[T]) -> Option<T> {
    let named = names.iter().find_map(|list| {
        list.iter()
            .position(|n| bare(n) == b)
            .and_then(|i| all.get(i).copied())
    });
    named.or_else(|| words.iter().find(|(w, _)| *w == b).map(|(_, t)| *t))
}

const DIGITS: [char; 6] = ['零', '一', '二', '三', '四', '五'];

/// The id a value stands for, or the value as written (for `query::set` to reject).
fn normalise(column: Column, value: &str) -> String {
    let b = bare(value);
    let lower = b.to_ascii_lowercase();
    let zh = crate::i18n::Lang::Zh.strings();
    let en = crate::i18n::Lang::En.strings();
    let id = match column {
        Column::Position => shared_position(value).map(|p| p.id().to_string()),
        Column::Education => lookup(
            &b,
            EDUCATION_WORDS,
            &[&zh.education, &en.education],
            Education::ALL,
        )
        .map(|e| e.id().to_string()),
        Column::Certificate => lookup(
            &b,
            CERTIFICATE_WORDS,
            &[&zh.certificate, &en.certificate],
            Certificate::ALL,
        )
        .map(|c| c.id().to_string()),
        Column::Assessment => lookup(
            &b,
            ASSESSMENT_WORDS,
            &[&zh.assessment, &en.assessment],
            Assessment::ALL,
        )
        .map(|a| a.id().to_string()),
        Column::CommunityResult => lookup(
            &b,
            COMMUNITY_WORDS,
            &[&zh.community_result, &en.community_result],
            CommunityResult::ALL,
        )
        .map(|r| r.id().to_string()),
        Column::OneShoulder | Column::DegreeInService | Column::Probation => {
            lookup(&lower, FLAG_WORDS, &[], &[]).map(|f| if f { "1" } else { "0" }.to_string())
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
        // 不符合领取条件 (none); 不清楚 is as good as blank (unknown).
        Column::RankStep => {
            let n = b.trim_start_matches('第').trim_end_matches('档');
            let none = [zh.rank_step_none, en.rank_step_none];
            let same = |w: &str| bare(w).to_ascii_lowercase() == lower;
            if RANK_STEP_NONE.contains(&b.as_str()) || none.into_iter().any(same) {
                Some(crate::profile::RankStep::NOT_ELIGIBLE.to_string())
            } else if RANK_STEP_UNKNOWN.contains(&b.as_str())
                || [zh.unknown_value, en.unknown_value].into_iter().any(same)
            {
                Some("unknown".to_string())
            } else {
                (n != b).then(|| n.to_string())
            }
        }
        _ => None,
    };
    id.unwrap_or(lower)
}
