//! 花名册测算 (issue 16): a whole roster at once, for the offices that pay community workers.
//!
//! A roster is read from a file's cells (`read`), each row parsed into a `Profile` by the same
//! `query::set` as the URL and the CLI, then estimated by the same engine (`compute`): every
//! worker's figures, totals, and next year's totals with who moves up; with contribution inputs
//! (`Options::contributions`), each worker's take-home pay and its sum (issue 17). Rows that cannot be used
//! are listed by row and column with the reason, never dropped. Natively, `file` turns CSV
//! (UTF-8, BOM, GBK/GB18030) and XLSX bytes into cells and `export` writes the results and the
//! template back to bytes; a browser page calls the same functions.
//!
//! ```text
//! let options = Options { policy, as_of, contributions: None };
//! let roster = roster::from_bytes(bytes, Kind::Csv, &options)?;  // file
//! let xlsx = roster::export::xlsx(Lang::Zh, &roster)?;           // bytes
//! ```

pub mod compute;
pub mod read;

pub mod export;
pub mod file;

pub use compute::{compute, MoveUp, NextYear, Note, Roster, Sum, Totals, UnknownPart, Worker};
pub use read::{read, NoteKind, Options, Problem, Read, Row, RowError, RowNote};

#[cfg(not(target_arch = "wasm32"))]
pub use file::{cells, from_bytes};
pub use file::{from_cells, FileError, Kind};

/// A column of the roster file: its id (as in URLs and the CLI) and the Chinese header an
/// office writes. Either is accepted as the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    /// 姓名, kept as given.
    Name,
    Position,
    OneShoulder,
    Years,
    /// 参加社区工作时间 (YYYY-MM): whole years at the as-of month.
    StartMonth,
    Education,
    Certificate,
    Assessment,
    Stars,
    RankStep,
    CommunityResult,
    ExcellentYears,
    UncountedYears,
    DegreeInService,
    Probation,
    /// 地区: a policy id or name; rows may then mix districts.
    Policy,
}

impl Column {
    /// In the template's order.
    pub const ALL: [Column; 16] = [
        Column::Name,
        Column::Position,
        Column::OneShoulder,
        Column::Years,
        Column::StartMonth,
        Column::Education,
        Column::Certificate,
        Column::Assessment,
        Column::Stars,
        Column::RankStep,
        Column::CommunityResult,
        Column::ExcellentYears,
        Column::UncountedYears,
        Column::DegreeInService,
        Column::Probation,
        Column::Policy,
    ];

    /// The id: a profile field's id where the column is one (`query::PROFILE_FIELDS`).
    pub fn id(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Position => "position",
            Column::OneShoulder => "one_shoulder",
            Column::Years => "years",
            Column::StartMonth => "start_month",
            Column::Education => "education",
            Column::Certificate => "certificate",
            Column::Assessment => "assessment",
            Column::Stars => "stars",
            Column::RankStep => "rank_step",
            Column::CommunityResult => "community_result",
            Column::ExcellentYears => "excellent_years",
            Column::UncountedYears => "uncounted_years",
            Column::DegreeInService => "degree_in_service",
            Column::Probation => "probation",
            Column::Policy => "policy",
        }
    }

    /// The header an office writes (issue 16).
    pub fn header(self) -> &'static str {
        match self {
            Column::Name => "姓名",
            Column::Position => "岗位",
            Column::OneShoulder => "一肩挑",
            Column::Years => "工作年限",
            Column::StartMonth => "参加社区工作时间",
            Column::Education => "学历",
            Column::Certificate => "证书",
            Column::Assessment => "年度考核",
            Column::Stars => "星级",
            Column::RankStep => "职级档次",
            Column::CommunityResult => "社区考核结果",
            Column::ExcellentYears => "优秀年数",
            Column::UncountedYears => "不计年数",
            Column::DegreeInService => "在职取得学历",
            Column::Probation => "试用期",
            Column::Policy => "地区",
        }
    }

    /// The column a header names: the Chinese header or the id, spaces and case aside.
    pub fn parse(header: &str) -> Option<Column> {
        let h: String = header.chars().filter(|c| !c.is_whitespace()).collect();
        let h = h.to_ascii_lowercase();
        Column::ALL
            .into_iter()
            .find(|c| c.header() == h || c.id() == h)
    }

    /// The column of a profile field (`ProfileError::field`, `FieldError::field`).
    pub fn of_field(field: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.id() == field)
    }
}
