//! A worker's profile: what the form, the URL and the CLI ask for. Inputs are parsed into these
//! types at the edge; `Profile::check` holds the rules that tie fields together.

use crate::ids::{
    Assessment, Certificate, CommunityResult, Education, Input, Position, MAX_STARS, MAX_YEARS,
    RANK_STEPS,
};

/// 职级档次 (Xishan, "四级十二档"). Not every worker draws a rank allowance: "截至目前全区1172名
/// 社区工作者符合领取职级补贴条件" while 1508 were paid the 2021 community award. So a worker who
/// does not know their step may not qualify at all, and an unknown step is not step 12.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum RankStep {
    /// Not given: the rank allowance is left out of the total (a lower bound).
    #[default]
    Unknown,
    /// 不符合领取条件: no rank allowance.
    NotEligible,
    /// 第 n 档, 1 (highest) to 12 (lowest).
    Step(u8),
}

impl RankStep {
    /// The id in URLs, flags and lookup tables: "1"…"12", "none"; `None` when unknown.
    pub fn id(self) -> Option<String> {
        match self {
            RankStep::Unknown => None,
            RankStep::NotEligible => Some(RankStep::NOT_ELIGIBLE.to_string()),
            RankStep::Step(n) => Some(n.to_string()),
        }
    }

    /// The id of "not eligible".
    pub const NOT_ELIGIBLE: &'static str = "none";

    /// The step number, when one is given.
    pub fn step(self) -> Option<u8> {
        match self {
            RankStep::Step(n) => Some(n),
            _ => None,
        }
    }
}

/// A worker, as far as pay depends on them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Profile {
    pub position: Position,
    /// "一肩挑": 书记兼主任. Only with `Position::Head`.
    pub one_shoulder: bool,
    /// 社区工作年限: completed whole years of community work.
    pub years: u8,
    pub education: Education,
    pub certificate: Certificate,
    /// 年度考核 of the last year.
    pub assessment: Assessment,
    /// 星级服务型党组织 0–5 (Yinchuan); `None` when unknown.
    pub stars: Option<u8>,
    /// 职级档次 (Xishan): a step 1–12, not eligible for a rank allowance, or unknown.
    pub rank_step: RankStep,
    /// 社区目标管理绩效考核 (Xishan); `None` when unknown.
    pub community_result: Option<CommunityResult>,
    /// Years assessed 优秀 (Songshan: each adds half a year).
    pub excellent_years: u8,
    /// Years assessed 基本合格 or 不合格 (Songshan: they do not count).
    pub uncounted_years: u8,
    /// The degree was earned in service, not held when hired (Songshan).
    pub degree_in_service: bool,
    /// On probation, 试用期 (Yinchuan: new 网格员, 3 months).
    pub probation: bool,
}

impl Default for Profile {
    /// The defaults the CLI documents and the form starts from.
    fn default() -> Self {
        Profile {
            position: Position::Staff,
            one_shoulder: false,
            years: 0,
            education: Education::College,
            certificate: Certificate::None,
            assessment: Assessment::Competent,
            stars: None,
            rank_step: RankStep::Unknown,
            community_result: None,
            excellent_years: 0,
            uncounted_years: 0,
            degree_in_service: false,
            probation: false,
        }
    }
}

/// Why a profile cannot be estimated. Each names the field at fault; `i18n` words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileError {
    YearsOutOfRange,
    StarsOutOfRange,
    RankStepOutOfRange,
    OneShoulderNeedsHead,
    /// 优秀 years and uncounted years together exceed the years of service.
    AssessedYearsExceedService,
}

impl ProfileError {
    /// The field's id, as in URLs and CLI flags.
    pub fn field(self) -> &'static str {
        match self {
            ProfileError::YearsOutOfRange => "years",
            ProfileError::StarsOutOfRange => Input::Stars.id(),
            ProfileError::RankStepOutOfRange => Input::RankStep.id(),
            ProfileError::OneShoulderNeedsHead => "one_shoulder",
            ProfileError::AssessedYearsExceedService => Input::ExcellentYears.id(),
        }
    }
}

impl Profile {
    pub fn check(&self) -> Result<(), ProfileError> {
        if self.years > MAX_YEARS {
            return Err(ProfileError::YearsOutOfRange);
        }
        if self.stars.is_some_and(|s| s > MAX_STARS) {
            return Err(ProfileError::StarsOutOfRange);
        }
        if matches!(self.rank_step, RankStep::Step(s) if s == 0 || s > RANK_STEPS) {
            return Err(ProfileError::RankStepOutOfRange);
        }
        if self.one_shoulder && self.position != Position::Head {
            return Err(ProfileError::OneShoulderNeedsHead);
        }
        if u16::from(self.excellent_years) + u16::from(self.uncounted_years) > u16::from(self.years)
        {
            return Err(ProfileError::AssessedYearsExceedService);
        }
        Ok(())
    }

    /// Whether the worker gave a value for a policy-specific input.
    pub fn gives(&self, input: Input) -> bool {
        match input {
            Input::Stars => self.stars.is_some(),
            Input::RankStep => self.rank_step != RankStep::Unknown,
            Input::CommunityResult => self.community_result.is_some(),
            Input::ExcellentYears => self.excellent_years > 0,
            Input::UncountedYears => self.uncounted_years > 0,
            Input::DegreeInService => self.degree_in_service,
            Input::Probation => self.probation,
        }
    }
}

/// Whole years of service from a start month to this month (the form's helper, the roster's
/// 参加社区工作时间): completed years, as 满N年 counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearsSince {
    Years(u8),
    /// The start month is after this month.
    Future,
    /// More whole years than the form takes (`MAX_YEARS`).
    TooMany(u32),
    /// Not a month (YYYY-MM).
    Invalid,
}

/// A month written "YYYY-MM" (1000-01 to 9999-12) as (year, month): the form's start month,
/// the roster's 参加社区工作时间 and as-of month, the CLI's `--as-of`.
pub fn month(s: &str) -> Option<(u32, u32)> {
    let (y, m) = s.trim().split_once('-')?;
    let m = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
    let y = y
        .parse::<u32>()
        .ok()
        .filter(|y| (1000..=9999).contains(y))?;
    Some((y, m))
}

/// `start` as "YYYY-MM" against today's (year, month).
pub fn years_since(start: &str, today: (u32, u32)) -> YearsSince {
    let Some((y, m)) = month(start) else {
        return YearsSince::Invalid;
    };
    match (today.0 * 12 + today.1).checked_sub(y * 12 + m) {
        None => YearsSince::Future,
        Some(months) => match u8::try_from(months / 12) {
            Ok(n) if n <= MAX_YEARS => YearsSince::Years(n),
            _ => YearsSince::TooMany(months / 12),
        },
    }
}

#[cfg(test)]
mod years_since_tests {
    use super::*;

    #[test]
    fn whole_years_to_this_month() {
        assert_eq!(years_since("2015-09", (2026, 12)), YearsSince::Years(11));
        assert_eq!(years_since("2015-12", (2026, 11)), YearsSince::Years(10));
        assert_eq!(years_since("2026-12", (2026, 12)), YearsSince::Years(0));
        assert_eq!(years_since("2027-01", (2026, 12)), YearsSince::Future);
        assert_eq!(years_since("1900-01", (2026, 12)), YearsSince::TooMany(126));
        assert_eq!(years_since("2015-13", (2026, 12)), YearsSince::Invalid);
        assert_eq!(years_since("abc", (2026, 12)), YearsSince::Invalid);
    }
}
