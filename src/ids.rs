//! The shared vocabulary of POLICY-NOTES: every id that a policy file, a URL, the CLI or the
//! JSON output uses. This file is also compiled into `build.rs` (by `#[path]`), so it must
//! depend on nothing but `core`.

/// Declares a closed set of ids: the enum, its ids in order, and parsing from an id.
macro_rules! ids {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The allowed ids, for messages: "head|deputy|committee|staff".
            pub fn allowed() -> &'static str {
                concat!($($id, "|"),+).trim_end_matches('|')
            }

            pub const fn index(self) -> usize { self as usize }
        }
    };
}

ids! {
    /// 岗位: the four positions of "四岗".
    Position {
        /// 正职 / 主要负责人（社区党组织书记、居委会主任）
        Head = "head",
        /// 副职 / 负责人（副书记、副主任）
        Deputy = "deputy",
        /// 社区"两委"成员 / 委员
        Committee = "committee",
        /// 工作人员 / 其他人员 / 专职社区网格员
        Staff = "staff",
    }
}

ids! {
    /// 学历: 大专及以下 / 本科 / 硕士研究生 / 博士研究生.
    Education { College = "college", Bachelor = "bachelor", Master = "master", Doctor = "doctor" }
}

ids! {
    /// 社会工作者职业水平证书: 无 / 助理社会工作师 / 社会工作师 / 高级社会工作师.
    Certificate { None = "none", Assistant = "assistant", Intermediate = "intermediate", Senior = "senior" }
}

ids! {
    /// 年度考核: 优秀 / 合格 / 基本合格 / 不合格.
    Assessment { Excellent = "excellent", Competent = "competent", Basic = "basic", Incompetent = "incompetent" }
}

ids! {
    /// 社区年度目标绩效考核 (Xishan): 目标完成优秀社区 / 良好社区 / 目标完成社区 / 目标未完成社区.
    CommunityResult { Excellent = "excellent", Good = "good", Complete = "complete", Incomplete = "incomplete" }
}

ids! {
    /// A pay tier keyed by position, where "一肩挑" is a tier of its own (Xishan, Guandu).
    Tier { OneShoulder = "one_shoulder", Head = "head", Deputy = "deputy", Committee = "committee", Staff = "staff" }
}

ids! {
    /// What a lookup table in a policy file is keyed by.
    Key {
        Tier = "tier",
        Certificate = "certificate",
        Assessment = "assessment",
        Stars = "stars",
        RankStep = "rank_step",
        CommunityResult = "community_result",
    }
}

ids! {
    /// Inputs that only some policies use; a policy's set is derived from its rules.
    Input {
        Stars = "stars",
        RankStep = "rank_step",
        CommunityResult = "community_result",
        ExcellentYears = "excellent_years",
        UncountedYears = "uncounted_years",
        DegreeInService = "degree_in_service",
        Probation = "probation",
    }
}

ids! {
    /// How a component is aggregated into the summary figures.
    Class { Base = "base", Certificate = "certificate", Performance = "performance" }
}

ids! {
    /// Whether an amount is per month or per year.
    Period { Monthly = "monthly", Annual = "annual" }
}

/// Star rating of the community party organisation (星级服务型党组织), 0–5.
pub const MAX_STARS: u8 = 5;
/// Xishan's "四级十二档": rank steps 1 (highest) to 12 (lowest).
pub const RANK_STEPS: u8 = 12;
/// The longest service the form accepts, in whole years.
pub const MAX_YEARS: u8 = 50;

impl Key {
    /// The ids of every value this key can take, in order: what a lookup table must cover.
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Key::Tier => &["one_shoulder", "head", "deputy", "committee", "staff"],
            Key::Certificate => &["none", "assistant", "intermediate", "senior"],
            Key::Assessment => &["excellent", "competent", "basic", "incompetent"],
            Key::Stars => &["0", "1", "2", "3", "4", "5"],
            // "none": 不符合领取条件 (Xishan: not every worker qualifies).
            Key::RankStep => &[
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "none",
            ],
            Key::CommunityResult => &["excellent", "good", "complete", "incomplete"],
        }
    }

    /// The input a worker must give for this key, when it is policy-specific.
    pub fn input(self) -> Option<Input> {
        match self {
            Key::Stars => Some(Input::Stars),
            Key::RankStep => Some(Input::RankStep),
            Key::CommunityResult => Some(Input::CommunityResult),
            _ => None,
        }
    }
}
