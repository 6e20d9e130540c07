//! The words of 花名册测算 (issue 16), in both languages: a row that cannot be used ("第12行
//! 工作年限 “abc”：应为 0 到 50 的整数。"), what a column allows, and the headings of the
//! export and the template. The roster core (`roster`) holds values only.

use super::Lang;
use crate::format::{shown_value, Subst};
use crate::ids::Input;
use crate::ids::{Assessment, Certificate, CommunityResult, Education, Position, MAX_STARS};
use crate::policy::Policy;
use crate::roster::{read, Column, Note, NoteKind, Problem, RowError, RowNote, UnknownPart};

/// Fixed words, one set per language.
pub struct RosterWords {
    /// "{row}", "{column}", "{value}", "{problem}".
    pub row_error: &'static str,
    /// "{row}", "{problem}": no column at fault.
    pub row_error_whole: &'static str,
    pub missing: &'static str,
    /// "{years}", "{from_month}".
    pub years_disagree: &'static str,
    pub no_policy: &'static str,
    pub ambiguous_policy: &'static str,
    /// "{district}", "{names}": its own position words; "{shared}": the shared words that mean
    /// the same there; "{ids}".
    pub not_a_position: &'static str,
    /// A row's note, like `row_error`: "{row}", "{column}", "{value}", "{note}".
    pub row_note: &'static str,
    /// "{district}", "{users}": the districts that use the column.
    pub note_not_used: &'static str,
    /// "{district}", "{name}": the position there, "{clause}", "{elsewhere}".
    pub note_district_word: &'static str,
    /// A gathered note: "{district}", "{column}", "{value}", "{note}", "{rows}".
    pub note: &'static str,
    /// "{}": the rows, "1、2、3".
    pub rows_few: &'static str,
    /// "{}": the first rows, "{n}": how many in all.
    pub rows_many: &'static str,
    /// A part left out of the totals: "{district}", "{component}", "{key}", "{n}", "{min}",
    /// "{max}".
    pub unknown_part: &'static str,
    /// The notes' heading.
    pub notes: &'static str,
    /// Between the items of a short list: "2、3、5".
    pub sep: &'static str,
    /// After the shared position words: each district's own words come first.
    pub help_position_own: &'static str,
    /// 职级档次's allowed values: "{min}", "{max}", "{none}".
    pub help_rank_step: &'static str,
    /// "{}": the allowed values.
    pub one_of: &'static str,
    pub flag: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// What a file-level problem is: "{}" the reader's message.
    pub file_csv: &'static str,
    pub file_xlsx: &'static str,
    pub file_no_sheet: &'static str,
    pub file_empty: &'static str,
    /// "{}": the column.
    pub file_missing_column: &'static str,
    pub file_missing_years: &'static str,
    /// Sheets of the export and the template.
    pub sheet_workers: &'static str,
    pub sheet_totals: &'static str,
    pub sheet_errors: &'static str,
    pub sheet_documents: &'static str,
    pub sheet_roster: &'static str,
    pub sheet_help: &'static str,
    /// The per-worker table's headings.
    pub col_row: &'static str,
    pub col_district: &'static str,
    pub col_level: &'static str,
    pub col_level_range: &'static str,
    pub col_base: &'static str,
    pub col_certificate: &'static str,
    pub col_performance: &'static str,
    pub col_total: &'static str,
    pub col_total_lower_bound: &'static str,
    /// Take-home (issue 17): the year's net, and whether it is a lower bound.
    pub col_net: &'static str,
    pub col_net_lower_bound: &'static str,
    /// "{n}": workers whose net cannot be estimated, left out of the net total.
    pub net_unknown: &'static str,
    pub col_unpublished: &'static str,
    pub col_explanation: &'static str,
    pub col_next_year_level: &'static str,
    pub col_next_year_total: &'static str,
    /// The totals' headings.
    pub workers: &'static str,
    pub computed: &'static str,
    pub with_errors: &'static str,
    pub item: &'static str,
    pub monthly: &'static str,
    pub annual: &'static str,
    pub includes_unpublished: &'static str,
    pub next_year_total: &'static str,
    pub next_year_change: &'static str,
    pub head_count: &'static str,
    pub count: &'static str,
    pub moving_up: &'static str,
    pub level_from: &'static str,
    pub level_to: &'static str,
    pub annual_change: &'static str,
    pub ignored_columns: &'static str,
    pub column: &'static str,
    pub value: &'static str,
    pub reason: &'static str,
    /// The template's help sheet.
    pub help_allowed: &'static str,
    pub help_districts: &'static str,
    pub help_any: &'static str,
    pub help_uses: &'static str,
    pub help_names: &'static str,
    pub help_whole_years: &'static str,
    pub help_month: &'static str,
    pub help_name: &'static str,
    pub help_policy: &'static str,
    /// `estimate roster --help`.
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_help: &'static str,
    /// "{}": the flag.
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_unknown_flag: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_no_file: &'static str,
    /// "{file}", "{error}".
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_unreadable: &'static str,
    /// "{}": the path.
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_kind: &'static str,
    /// "{}": the path.
    #[cfg(not(target_arch = "wasm32"))]
    pub cli_written: &'static str,
}

static ZH: RosterWords = RosterWords {
    row_error: "第{row}行 {column} “{value}”：{problem}",
    row_error_whole: "第{row}行：{problem}",
    missing: "未填写。",
    years_disagree: "与工作年限 {years} 年不符（按参加社区工作时间为 {from_month} 年）。",
    no_policy: "未填写地区，也未选定地区。",
    ambiguous_policy: "对应不止一个地区，请写全称或 id。",
    not_a_position: "{district}的岗位可填 {names}，或 {shared}（{ids}）。",
    row_note: "第{row}行 {column} “{value}”：{note}",
    note_not_used: "{district}不使用这一列，此值未计入测算（使用这一列的地区：{users}）。",
    note_district_word: "在{district}指“{name}”（{clause}），按此测算；在其他地区指“{elsewhere}”。",
    note: "{district} {column} “{value}”：{note}（{rows}）",
    rows_few: "第{}行",
    rows_many: "第{}行等，共 {n} 行",
    unknown_part: "{district}{component}：{n} 人的{key}不清楚，未计入以上合计（合计因此为“至少”）。他们如都领取，每月共 {min}—{max} 元；不符合领取条件的不领。",
    notes: "提示",
    sep: "、",
    help_position_own: "；也可填各地区文件中的岗位名称（见下表），按该地区的意思理解：如在银川市，“工作人员”指社区“两委”成员",
    help_rank_step: "整数 {min}—{max}，或 不符合领取条件（{none}）；空白为不清楚（职级补贴不计入，合计为“至少”）",
    one_of: "可填 {}。",
    flag: "可填 是 或 否（1 或 0）。",
    yes: "是",
    no: "否",
    file_csv: "CSV 文件无法读取：{}",
    file_xlsx: "Excel 文件无法读取：{}",
    file_no_sheet: "Excel 文件中没有工作表。",
    file_empty: "文件是空的。",
    file_missing_column: "表头中没有“{}”列。",
    file_missing_years: "表头中没有“工作年限”或“参加社区工作时间”列。",
    sheet_workers: "人员",
    sheet_totals: "汇总",
    sheet_errors: "错误",
    sheet_documents: "文件依据",
    sheet_roster: "花名册",
    sheet_help: "填写说明",
    col_row: "行号",
    col_district: "地区",
    col_level: "等级",
    col_level_range: "等级范围",
    col_base: "基本工资（元/月）",
    col_certificate: "证书津贴（元/月）",
    col_performance: "绩效（元/年）",
    col_total: "全年合计（元）",
    col_total_lower_bound: "合计为下限（至少）",
    col_net: "全年到手（元）",
    col_net_lower_bound: "到手为下限（至少）",
    net_unknown: "{n} 人基本工资未公布，无法估算到手，未计入全年到手合计。",
    col_unpublished: "未公布",
    col_explanation: "说明",
    col_next_year_level: "明年等级",
    col_next_year_total: "明年全年合计（元）",
    workers: "人数（有内容的行）",
    computed: "已测算",
    with_errors: "有错误的行",
    item: "项目",
    monthly: "每月（元）",
    annual: "全年（元）",
    includes_unpublished: "含未公布部分（至少）",
    next_year_total: "明年全年合计（每人工作年限加一年）",
    next_year_change: "比今年增加",
    head_count: "人数：按地区、岗位和等级",
    count: "人数",
    moving_up: "明年晋级",
    level_from: "今年等级",
    level_to: "明年等级",
    annual_change: "全年增加（元）",
    ignored_columns: "未使用的列",
    column: "列",
    value: "值",
    reason: "原因",
    help_allowed: "可填的值",
    help_districts: "各地区使用的列",
    help_any: "各地区",
    help_uses: "使用",
    help_names: "列名（中文或 id 均可）",
    help_whole_years: "整数 {min}—{max}",
    help_month: "年月，如 2015-09；按测算月份折算为满几年（与工作年限二选一）",
    help_name: "照原样保留",
    help_policy: "地区 id 或名称；填写后各行可属不同地区，未填写时用所选地区",
    #[cfg(not(target_arch = "wasm32"))]
    cli_help: "estimate roster 文件 [--policy 地区] [--as-of YYYY-MM] [--json] [--out 文件.xlsx|文件.csv] [--lang zh|en]

按花名册（CSV 或 XLSX，一人一行，首行为表头）逐人测算，并给出合计和明年（每人工作年限加一年）的合计。
  --policy 地区    没有“地区”列的行所用的地区（默认 {default_policy}）
  --as-of YYYY-MM  把“参加社区工作时间”折算为工作年限的月份（默认本月）
  --json           以 JSON 输出
  --out 文件       另存为 Excel（.xlsx：人员、汇总、错误、文件依据）或 CSV（UTF-8 带 BOM）
  --template 文件  写出空白模板（.xlsx 或 .csv），不需要花名册
退出状态：0 全部测算；1 有行无法测算（已列出，其余照常测算）；2 文件无法读取或参数有误。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_unknown_flag: "estimate roster 没有参数 {}；用 estimate roster --help 查看。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_no_file: "estimate roster 需要一个花名册文件（.csv 或 .xlsx）。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_unreadable: "无法读取 {file}：{error}",
    #[cfg(not(target_arch = "wasm32"))]
    cli_kind: "{} 不是 .csv 或 .xlsx 文件。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_written: "已写入 {}",
};

static EN: RosterWords = RosterWords {
    row_error: "Row {row}, {column} “{value}”: {problem}",
    row_error_whole: "Row {row}: {problem}",
    missing: "not given.",
    years_disagree: "does not match years {years} (the start month gives {from_month}).",
    no_policy: "no district given, and none chosen.",
    ambiguous_policy: "names more than one district; write its full name or id.",
    not_a_position: "positions in {district}: {names}, or {shared} ({ids}).",
    row_note: "Row {row}, {column} “{value}”: {note}",
    note_not_used: "{district} does not use this column: the value is left out of the estimate (used by: {users}).",
    note_district_word: "in {district} this means “{name}” ({clause}) and is estimated as such; elsewhere it means “{elsewhere}”.",
    note: "{district}, {column} “{value}”: {note} ({rows})",
    rows_few: "rows {}",
    rows_many: "rows {} and more, {n} in all",
    unknown_part: "{district} {component}: the {key} of {n} workers is not known, so it is left out of the totals above (which are therefore lower bounds). Where paid, it is {min}–{max} a month for them together; a worker who does not qualify draws none.",
    notes: "Notes",
    sep: ", ",
    help_position_own: "; or a district's own position names (below), read as that district means them: in Yinchuan, 工作人员 are the committee members",
    help_rank_step: "whole number {min}–{max}, or not eligible ({none}); blank when not known (the rank allowance is then left out and totals are lower bounds)",
    one_of: "allowed: {}.",
    flag: "allowed: yes or no (1 or 0, 是 or 否).",
    yes: "yes",
    no: "no",
    file_csv: "the CSV file cannot be read: {}",
    file_xlsx: "the Excel file cannot be read: {}",
    file_no_sheet: "the Excel file has no sheet.",
    file_empty: "the file is empty.",
    file_missing_column: "the header has no “{}” column.",
    file_missing_years: "the header has neither “years” (工作年限) nor “start_month” (参加社区工作时间).",
    sheet_workers: "Workers",
    sheet_totals: "Totals",
    sheet_errors: "Errors",
    sheet_documents: "Documents",
    sheet_roster: "Roster",
    sheet_help: "How to fill in",
    col_row: "Row",
    col_district: "District",
    col_level: "Level",
    col_level_range: "Level range",
    col_base: "Base pay (yuan/month)",
    col_certificate: "Certificate allowance (yuan/month)",
    col_performance: "Performance (yuan/year)",
    col_total: "Annual total (yuan)",
    col_total_lower_bound: "Total is a lower bound (at least)",
    col_net: "Take-home for the year (yuan)",
    col_net_lower_bound: "Take-home is a lower bound (at least)",
    net_unknown: "Workers with unpublished base pay, so no take-home estimate, left out of the take-home total: {n}.",
    col_unpublished: "Unpublished",
    col_explanation: "Explanation",
    col_next_year_level: "Level next year",
    col_next_year_total: "Annual total next year (yuan)",
    workers: "Workers (rows with content)",
    computed: "Computed",
    with_errors: "Rows with errors",
    item: "Item",
    monthly: "Monthly (yuan)",
    annual: "Annual (yuan)",
    includes_unpublished: "Includes unpublished parts (at least)",
    next_year_total: "Annual total next year (one more year of service each)",
    next_year_change: "Increase over this year",
    head_count: "Head count by district, position and level",
    count: "Count",
    moving_up: "Moving up next year",
    level_from: "Level this year",
    level_to: "Level next year",
    annual_change: "Annual increase (yuan)",
    ignored_columns: "Columns not used",
    column: "Column",
    value: "Value",
    reason: "Reason",
    help_allowed: "Allowed values",
    help_districts: "Columns each district uses",
    help_any: "every district",
    help_uses: "uses",
    help_names: "Column (Chinese header or id)",
    help_whole_years: "whole number {min}–{max}",
    help_month: "year and month, e.g. 2015-09; turned into whole years at the as-of month (instead of years)",
    help_name: "kept as given",
    help_policy: "a district id or name; rows may then mix districts, otherwise the chosen district applies",
    #[cfg(not(target_arch = "wasm32"))]
    cli_help: "estimate roster FILE [--policy ID] [--as-of YYYY-MM] [--json] [--out FILE.xlsx|FILE.csv] [--lang zh|en]

Estimates every worker of a roster (CSV or XLSX, one row per worker, a header row), with totals and
next year's totals (one more year of service each).
  --policy ID      the district for rows without a 地区/policy column (default {default_policy})
  --as-of YYYY-MM  the month at which start months become whole years (default this month)
  --json           JSON output
  --out FILE       also write Excel (.xlsx: workers, totals, errors, documents) or CSV (UTF-8 with BOM)
  --template FILE  write a blank template (.xlsx or .csv); no roster needed
Exit status: 0 every row computed; 1 some rows could not be (listed; the rest computed); 2 the
file cannot be read or a flag is bad.",
    #[cfg(not(target_arch = "wasm32"))]
    cli_unknown_flag: "estimate roster has no flag {}; see estimate roster --help.",
    #[cfg(not(target_arch = "wasm32"))]
    cli_no_file: "estimate roster needs a roster file (.csv or .xlsx).",
    #[cfg(not(target_arch = "wasm32"))]
    cli_unreadable: "cannot read {file}: {error}",
    #[cfg(not(target_arch = "wasm32"))]
    cli_kind: "{} is not a .csv or .xlsx file.",
    #[cfg(not(target_arch = "wasm32"))]
    cli_written: "written: {}",
};

impl Lang {
    pub fn roster_words(self) -> &'static RosterWords {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// A column's label in messages and headings: the header an office writes (Chinese) or
    /// its id (English); both are read back as the column.
    pub fn column(self, c: Column) -> &'static str {
        match self {
            Lang::Zh => c.header(),
            Lang::En => c.id(),
        }
    }

    /// What a column allows, in words: "正职|副职|…（或 head|deputy|…）".
    pub fn column_allowed(self, c: Column) -> String {
        let s = self.strings();
        let w = self.roster_words();
        let names = |names: &[&str], ids: &str| format!("{}（{ids}）", names.join("|"));
        let years = || {
            w.help_whole_years
                .subst("{min}", "0")
                .subst("{max}", &crate::ids::MAX_YEARS.to_string())
        };
        let ids = |column| match column {
            Column::Position => Position::allowed(),
            Column::Education => Education::allowed(),
            Column::Certificate => Certificate::allowed(),
            Column::Assessment => Assessment::allowed(),
            _ => CommunityResult::allowed(),
        };
        if let Some(words) = crate::roster::read::words(c) {
            let allowed = names(&words, ids(c));
            return match c {
                Column::Position => format!("{allowed}{}", w.help_position_own),
                _ => allowed,
            };
        }
        match c {
            Column::Name => w.help_name.into(),
            Column::Stars => names(&s.stars, &format!("0–{MAX_STARS}")),
            Column::RankStep => w
                .help_rank_step
                .subst("{min}", "1")
                .subst("{max}", &crate::ids::RANK_STEPS.to_string())
                .subst("{none}", crate::profile::RankStep::NOT_ELIGIBLE),
            Column::OneShoulder | Column::DegreeInService | Column::Probation => {
                format!("{}|{}（1|0）", w.yes, w.no)
            }
            Column::Years | Column::ExcellentYears | Column::UncountedYears => years(),
            Column::StartMonth => w.help_month.into(),
            Column::Position
            | Column::Education
            | Column::Certificate
            | Column::Assessment
            | Column::CommunityResult
            | Column::Policy => {
                let ids: Vec<String> = crate::policy::all()
                    .iter()
                    .map(|p| format!("{} {}", p.id, self.text(&p.name)))
                    .collect();
                format!("{}: {}", w.help_policy, ids.join("|"))
            }
        }
    }

    /// Why a cell cannot be used.
    pub fn roster_problem(self, column: Option<Column>, p: &Problem) -> String {
        let w = self.roster_words();
        match p {
            Problem::NotAllowed => w.one_of.subst(
                "{}",
                &column.map_or(String::new(), |c| self.column_allowed(c)),
            ),
            Problem::Number(min, max) => self
                .strings()
                .err_number
                .subst("{min}", &min.to_string())
                .subst("{max}", &max.to_string()),
            Problem::Flag => w.flag.into(),
            Problem::Missing => w.missing.into(),
            Problem::Month(y) => self.years_since(*y),
            Problem::YearsDisagree(years, from) => w
                .years_disagree
                .subst("{years}", &years.to_string())
                .subst("{from_month}", &from.to_string()),
            Problem::NotAPosition(id) => match crate::policy::find(id) {
                Some(policy) => self.positions_allowed(policy),
                None => w.one_of.subst("{}", &self.column_allowed(Column::Position)),
            },
            Problem::NoPolicy => w.no_policy.into(),
            Problem::AmbiguousPolicy => w.ambiguous_policy.into(),
            Problem::Rule(e) => self.profile_error(*e).into(),
        }
    }

    /// A row that cannot be used, in one line: "第12行 工作年限 “abc”：应为 0 到 50 的整数。"
    pub fn row_error(self, e: &RowError) -> String {
        let w = self.roster_words();
        let problem = self.roster_problem(e.column, &e.problem);
        match e.column {
            Some(c) => w
                .row_error
                .subst("{row}", &e.row.to_string())
                .subst("{column}", self.column(c))
                .subst("{value}", &shown_value(&e.value))
                .subst("{problem}", &problem),
            None => w
                .row_error_whole
                .subst("{row}", &e.row.to_string())
                .subst("{problem}", &problem),
        }
    }

    /// What 岗位 may be in a district: its own words, then the shared words that mean the same
    /// there (in 银川, “工作人员” is not one of them: it names the 两委 members).
    pub fn positions_allowed(self, policy: &Policy) -> String {
        let w = self.roster_words();
        let mut own: Vec<&str> = Vec::new();
        for p in Position::ALL {
            let name = read::short_name(self.position_in(policy, *p));
            if !own.contains(&name) {
                own.push(name);
            }
        }
        let shared: Vec<&str> = Position::ALL
            .iter()
            .filter_map(|p| {
                read::POSITION_WORDS.iter().find_map(|(word, means)| {
                    (means == p
                        && !own.contains(word)
                        && read::position_in(policy, word) == Some(*p))
                    .then_some(*word)
                })
            })
            .collect();
        w.not_a_position
            .subst("{district}", self.text(&policy.name))
            .subst("{names}", &own.join("|"))
            .subst("{shared}", &shared.join("|"))
            .subst("{ids}", Position::allowed())
    }

    /// What a row's note says, without the row.
    pub fn note_text(self, policy: &Policy, column: Column, kind: NoteKind) -> String {
        let w = self.roster_words();
        let district = self.text(&policy.name);
        match kind {
            NoteKind::NotUsed => {
                let users: Vec<&str> = Input::parse(column.id())
                    .map(|input| {
                        crate::policy::all()
                            .iter()
                            .filter(|p| p.uses(input))
                            .map(|p| self.text(&p.name))
                            .collect()
                    })
                    .unwrap_or_default();
                w.note_not_used
                    .subst("{district}", district)
                    .subst("{users}", &users.join(w.sep))
            }
            NoteKind::DistrictWord { read_as, elsewhere } => {
                let name = policy.position(read_as);
                w.note_district_word
                    .subst("{district}", district)
                    .subst("{name}", self.text(&name.name))
                    .subst("{clause}", name.source.map_or("", |s| s.clause))
                    .subst("{elsewhere}", self.position(elsewhere))
            }
        }
    }

    /// A computed row's note in one line: "第3行 星级 “3”：松山区不使用这一列……"
    pub fn row_note(self, policy: &Policy, row: usize, n: &RowNote) -> String {
        self.roster_words()
            .row_note
            .subst("{row}", &row.to_string())
            .subst("{column}", self.column(n.column))
            .subst("{value}", &shown_value(&n.value))
            .subst("{note}", &self.note_text(policy, n.column, n.kind))
    }

    /// Rows as a short list: "第2、3、5行", or the first ten and how many in all.
    pub fn rows_list(self, rows: &[usize]) -> String {
        const SHOWN: usize = 10;
        let w = self.roster_words();
        let first: Vec<String> = rows.iter().take(SHOWN).map(usize::to_string).collect();
        let first = first.join(w.sep);
        if rows.len() > SHOWN {
            w.rows_many
                .subst("{}", &first)
                .subst("{n}", &rows.len().to_string())
        } else {
            w.rows_few.subst("{}", &first)
        }
    }

    /// A gathered note: the district, the column, the first value, what it says and the rows.
    pub fn note(self, n: &Note) -> String {
        self.roster_words()
            .note
            .subst("{district}", self.text(&n.policy.name))
            .subst("{column}", self.column(n.column))
            .subst("{value}", &shown_value(&n.value))
            .subst("{note}", &self.note_text(n.policy, n.column, n.kind))
            .subst("{rows}", &self.rows_list(&n.rows))
    }

    /// A part left out of the totals because workers did not give what it depends on.
    pub fn unknown_part(self, u: &UnknownPart) -> String {
        let key = u
            .component
            .rule_key()
            .and_then(|k| k.input())
            .and_then(|i| Column::of_field(i.id()))
            .map_or("", |c| self.column(c));
        self.roster_words()
            .unknown_part
            .subst("{district}", self.text(&u.policy.name))
            .subst("{component}", self.text(&u.component.name))
            .subst("{key}", key)
            .subst("{n}", &u.workers.to_string())
            .subst("{min}", &crate::format::yuan(u.min_monthly))
            .subst("{max}", &crate::format::yuan(u.max_monthly))
    }

    /// Why a file cannot be read as a roster.
    pub fn roster_file_error(self, e: &crate::roster::FileError) -> String {
        use crate::roster::{read::HeaderError, FileError};
        let w = self.roster_words();
        match e {
            FileError::Csv(m) => w.file_csv.subst("{}", m),
            FileError::Xlsx(m) => w.file_xlsx.subst("{}", m),
            FileError::NoSheet => w.file_no_sheet.into(),
            FileError::Header(HeaderError::Empty) => w.file_empty.into(),
            FileError::Header(HeaderError::MissingColumn(c)) => {
                w.file_missing_column.subst("{}", c.header())
            }
            FileError::Header(HeaderError::MissingYears) => w.file_missing_years.into(),
        }
    }
}
