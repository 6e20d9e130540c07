//! 中文 — the default language.

use super::{Lang, Strings};
use crate::explain::{Step, StepKind};
use crate::format::{yuan, years};

const L: Lang = Lang::Zh;

pub static STRINGS: Strings = Strings {
    app_title: "社区工作者薪酬测算",
    app_subtitle: "按各地公开发布的政策文件，测算社区工作者的等级、基本工资、证书津贴和绩效，并说明每个数字的出处。",
    disclaimer: "本测算依据所列政策文件，仅供参考，不是官方工资单；各地可能已调整标准，以当地民政部门核定为准。",
    newer_documents: "本测算只依据所列文件；当地此后若有新文件（例如宁夏有报道称将改为“四岗二十四级”，我们尚无正式文本），以新文件和民政部门为准。",
    money: "{} 元",
    per_month: "每月",
    per_year: "每年",
    unpublished: "未公布",
    not_applicable: "不适用",
    at_least: "至少",
    interpretation: "解读",
    assumed: "未填写，按默认值计",
    source: "出处",
    level: "等级",
    level_range: "本岗位等级范围",
    rank_step: "职级档次",
    base_pay: "基本工资",
    certificate_allowance: "证书津贴",
    certificate_worth: "证书折合",
    performance: "绩效（年）",
    annual_total: "全年合计",
    no_total: "基本工资未公布，无法计算全年合计",
    complete: "完整测算",
    incomplete: "部分数额未公布",
    unpublished_list: "未公布的部分",
    milestones: "一次性奖励",
    milestone_reached: "已满足",
    milestone_in_years: "还需 {} 年",
    employer_items: "单位承担（不计入工资）",
    employer_note: "以下为单位或财政承担的项目，不是到手工资。",
    eligible: "符合条件",
    eligible_if_head_years: "若这些年均任正职则符合",
    not_yet_eligible: "暂不符合",
    caveats: "注意",
    explanation: "计算过程",
    documents: "政策文件",
    doc_number: "文号",
    doc_issuer: "发文机关",
    doc_issued: "成文日期",
    doc_published: "发布日期",
    doc_in_force: "施行日期",
    doc_not_stated: "文件未载明",
    doc_describes: "文中提到的文件",
    doc_file: "原文",
    district: "地区",
    field_position: "岗位",
    field_one_shoulder: "“一肩挑”（书记兼主任）",
    field_years: "社区工作年限（满几年）",
    field_education: "学历",
    field_certificate: "社会工作者职业水平证书",
    field_assessment: "年度考核",
    field_stars: "社区党组织星级",
    field_rank_step: "职级档次（1—12档）",
    field_community_result: "社区目标考核结果",
    field_excellent_years: "考核“优秀”的年数",
    field_uncounted_years: "考核“基本合格”或“不合格”的年数",
    field_degree_in_service: "学历是在职期间取得的",
    field_probation: "试用期",
    unknown_value: "不清楚",
    position: ["正职（书记、主任）", "副职（副书记、副主任）", "“两委”成员", "工作人员（含网格员）"],
    tier: ["“一肩挑”", "正职", "副职", "委员", "工作人员"],
    education: ["大专及以下", "本科", "硕士研究生", "博士研究生"],
    certificate: ["无", "助理社会工作师（初级）", "社会工作师（中级）", "高级社会工作师"],
    assessment: ["优秀", "合格", "基本合格", "不合格"],
    community_result: ["目标完成优秀社区", "目标完成良好社区", "目标完成社区", "目标未完成社区"],
    stars: ["零星", "一星", "二星", "三星", "四星", "五星"],
    rank_step_value: "第{}档",
    yes: "是",
    no: "否",
    err_years: "工作年限须为 0 到 50 之间的整数。",
    err_stars: "星级须为 0 到 5。",
    err_rank_step: "职级档次须为 1 到 12。",
    err_one_shoulder: "“一肩挑”只适用于正职。",
    err_assessed_years: "“优秀”年数与“基本合格/不合格”年数之和不能超过工作年限。",
    err_field: "参数 {field} 的值“{value}”无效：{allowed}",
    err_one_of: "可用的值为 {}。",
    err_number: "应为 {min} 到 {max} 的整数。",
    err_flag: "应为 1 或 0（true 或 false）。",
    err_unknown_field: "没有这个参数。",
};

pub fn step(step: &Step) -> String {
    match &step.kind {
        StepKind::PositionRange { position, min, max } => format!("{}的等级范围为 {min}—{max} 级。", L.position(*position)),
        StepKind::UncountedYears { years: y, uncounted, remaining } => {
            format!("工作 {y} 年，其中 {uncounted} 年考核为基本合格或不合格，不计入晋级年限：计 {} 年。", years(*remaining))
        }
        StepKind::ExcellentYears { excellent, per_year, counted } => {
            format!("{excellent} 个优秀年度各加 {} 年：计算年限 {} 年。", years(*per_year), years(*counted))
        }
        StepKind::Service { counted, steps, at } => {
            let next = at.iter().find(|&&a| rust_decimal::Decimal::from(a) > *counted);
            let tail = next.map(|n| format!("满 {n} 年再升 1 级。")).unwrap_or_else(|| "已到年限最高档。".into());
            format!("计算年限 {} 年，按年限提高 {steps} 级；{tail}", years(*counted))
        }
        StepKind::EducationLevels { education, steps } => format!("{}学历提高 {steps} 级。", L.education(*education)),
        StepKind::DegreeYears { education, years: y, counted } => {
            format!("入职时已有{}学历，按 {y} 年工作年限计入：合计 {} 年。", L.education(*education), years(*counted))
        }
        StepKind::DegreeFloor { education, years: y, floor, service } => {
            if floor > service {
                format!("在职取得{}学历，对应 {y} 年（{floor} 级提升），高于按年限的 {service} 级：按学历对应等级计。", L.education(*education))
            } else {
                format!("在职取得{}学历，对应 {y} 年（{floor} 级提升），不高于按年限的 {service} 级：等级不再调整。", L.education(*education))
            }
        }
        StepKind::CertificateLevels { certificate, steps } => format!("持{}证书提高 {steps} 级。", L.certificate(*certificate)),
        StepKind::OneShoulderLevels { steps } => format!("“一肩挑”提高 {steps} 级。"),
        StepKind::Level { raw, level, max } => {
            if raw > max {
                format!("合计 {raw} 级，超过本岗位最高 {max} 级，按 {level} 级计。")
            } else {
                format!("等级为 {level} 级。")
            }
        }
        StepKind::Coefficient { component, level, coefficient, base, amount } => {
            format!("{}：{level} 级工资系数 {coefficient} × {} 元 = {} 元/月。", L.text(&component.name), yuan(*base), yuan(*amount))
        }
        StepKind::ProbationCoefficient { component, coefficient, base, amount } => {
            format!("{}：试用期工资系数 {coefficient} × {} 元 = {} 元/月。", L.text(&component.name), yuan(*base), yuan(*amount))
        }
        StepKind::ProbationNotPaid { component } => format!("试用期间只发基础薪酬，不发{}。", L.text(&component.name)),
        StepKind::ProbationNotForPosition { position } => format!("本地试用期规定不适用于{}，未按试用期计算。", L.position(*position)),
        StepKind::ProbationFullPay => "试用期间基本工资按对应标准 100% 发放。".into(),
        StepKind::Lookup { component, key, value, assumed, amount, .. } => {
            let value = L.key_value(*key, value);
            let note = if *assumed { "（未填写，按此计）" } else { "" };
            format!("{}：{value}{note}，{}。", L.text(&component.name), L.amount(amount))
        }
        StepKind::Factor { component, amount, factor, result } => {
            format!("{}：{} 元 × {} = {} 元/年。", L.text(&component.name), yuan(*amount), factor.normalize(), yuan(*result))
        }
        StepKind::Unpublished { component } => format!("{}：文件提到但未公布数额。", L.text(&component.name)),
        StepKind::CertificateWorth { certificate, worth } => {
            format!("{}证书通过提高等级体现，每月相当于多 {} 元（与无证相比）。", L.certificate(*certificate), yuan(*worth))
        }
        StepKind::AnnualTotal { monthly, annual, total, lower_bound } => {
            let prefix = if *lower_bound { "至少 " } else { "" };
            format!("全年合计：{} 元/月 × 12 + {} 元 = {prefix}{} 元。", yuan(*monthly), yuan(*annual), yuan(*total))
        }
        StepKind::NoTotal => STRINGS.no_total.to_string() + "。",
    }
}
