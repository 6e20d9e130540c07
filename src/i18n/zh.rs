//! 中文 — the default language.

use super::{Lang, Strings};
use crate::explain::{Step, StepKind};
use crate::format::{years, yuan};
use crate::ids::{Assessment, Key};

/// What a lookup key asks the worker for, in a sentence: "职级档次".
fn key_label(key: Key) -> &'static str {
    match key {
        Key::Tier => STRINGS.field_position,
        Key::Certificate => STRINGS.field_certificate,
        Key::Assessment => STRINGS.field_assessment,
        Key::Stars => STRINGS.field_stars,
        Key::RankStep => STRINGS.rank_step,
        Key::CommunityResult => STRINGS.field_community_result,
    }
}

const L: Lang = Lang::Zh;

pub static STRINGS: Strings = Strings {
    app_title: "社区工作者薪酬测算",
    app_subtitle: "按各地公开发布的政策文件，测算社区工作者的等级、基本工资、证书津贴和绩效，并说明每个数字的出处。",
    disclaimer: "本测算依据所列政策文件，仅供参考，不是官方工资单；各地可能已调整标准，以当地民政部门核定为准。",
    newer_documents: "本测算只依据所列文件；当地此后若有新文件，以新文件和民政部门为准。",
    money: "{} 元",
    per_month: "每月",
    per_year: "每年",
    unpublished: "未公布",
    not_applicable: "不适用",
    not_mentioned: "文件未提及",
    at_least: "至少",
    interpretation: "解读",
    assembled: "据原文整理",
    pay_range: "公布的薪酬标准范围（含五险）",
    unknown_range: "{} 元/月",
    assumed: "未填写，按默认值计",
    source: "出处",
    level: "等级",
    level_range: "本岗位等级范围",
    rank_step: "职级档次",
    base_pay: "基本工资",
    certificate_allowance: "证书津贴",
    certificate_worth: "证书每月折合",
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
    field_rank_step: "职级档次（1—12档，或不符合领取条件）",
    field_community_result: "社区目标考核结果",
    field_excellent_years: "考核“优秀”的年数",
    field_uncounted_years: "考核“基本合格”或“不合格”的年数",
    field_degree_in_service: "学历是在职期间取得的",
    field_probation: "试用期",
    unknown_value: "不清楚",
    position: ["正职（书记、主任）", "副职（副书记、副主任）", "社区“两委”成员（委员）", "其他人员（专职网格员等，非“两委”成员）"],
    tier: ["“一肩挑”", "正职", "副职", "委员", "工作人员"],
    education: ["大专及以下", "本科", "硕士研究生", "博士研究生"],
    certificate: ["无", "助理社会工作师（初级）", "社会工作师（中级）", "高级社会工作师"],
    assessment: ["优秀", "合格", "基本合格", "不合格"],
    community_result: ["目标完成优秀社区", "目标完成良好社区", "目标完成社区", "目标未完成社区"],
    stars: ["0星（未评星）", "一星", "二星", "三星", "四星", "五星"],
    rank_step_value: "第{}档",
    rank_step_none: "不符合领取条件",
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
    err_rank_step_value: "应为 {min} 到 {max} 的整数，或 {none}（不符合领取条件）。",
    err_unknown_field: "没有这个参数。",
    // CLI and career
    #[cfg(not(target_arch = "wasm32"))]
    cli_help: "社区工作者薪酬测算（命令行）：按所列政策文件测算等级、基本工资、证书津贴和绩效，并给出每个数字的出处。

用法：estimate [选项]

个人情况（未填写的按括号中的默认值计）：
  --policy ID             地区：{policies}；all 为用同一情况比较所有地区（默认 {default_policy}）
  --position 岗位         head 正职 | deputy 副职 | committee 社区“两委”成员 | staff 其他人员（专职网格员等）（默认 staff）；
                          各地的岗位名称不同（银川的“工作人员”指“两委”成员），结果按所选地区的说法显示
  --one-shoulder          “一肩挑”（书记兼主任），仅限正职（默认否）
  --years N               社区工作年限，满几年，0 到 50（默认 0）
  --education 学历        college 大专及以下 | bachelor 本科 | master 硕士研究生 | doctor 博士研究生（默认 college）
  --certificate 证书      none 无 | assistant 助理社会工作师 | intermediate 社会工作师 | senior 高级社会工作师（默认 none）
  --assessment 考核       excellent 优秀 | competent 合格 | basic 基本合格 | incompetent 不合格（默认 competent）

各地专用（只能用于使用它的地区，--policy all 时都可用；--list 列出各地使用哪些）：
  --stars 0-5             社区党组织星级；不填时按最低的0星（未评星）计，并在结果中说明
  --rank-step 1-12|none   职级档次（1 档最高），none 为不符合领取条件；不填时职级补贴不计入全年合计（合计为下限），并在结果中说明
  --community-result R    社区目标考核：excellent 优秀社区 | good 良好社区 | complete 目标完成 | incomplete 目标未完成；不填时按“目标完成社区”计，并在结果中说明
  --excellent-years N     考核为“优秀”的年数（默认 0）
  --uncounted-years N     考核为“基本合格”或“不合格”的年数（默认 0）
  --degree-in-service     学历是在职期间取得的（默认否）
  --probation             在试用期（默认否）

输出：
  --lang zh|en            语言（默认 zh）
  --json                  输出 JSON：金额为两位小数的字符串（如 \"3300.00\"），未公布的为 null
  --list                  列出各地政策、能否算出全年合计，以及各地的专用参数
  --project               逐年预测到工作 35 年，并列出下一步（考证、学历、晋升等）各值多少
  --help                  显示本说明

参数可写作 --years 10 或 --years=10。输入有误时只输出一行说明，退出码为 2。
例：estimate --position head --years 10 --education bachelor --stars 3",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_unknown_flag: "没有参数 {flag}；用 --help 查看可用的参数。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_no_value: "参数 {flag} 不带值。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_not_used: "参数 {flag} 不适用于{policy}：该地区的政策不使用这一项（使用它的地区：{users}）。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_project_all: "参数 --project 需要选定一个地区，不能与 --policy all 同用。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_err_one_shoulder: "“一肩挑”只适用于正职，请同时用 --position head。",
    #[cfg(not(target_arch = "wasm32"))]
    cli_label: "{label}：{value}",
    #[cfg(not(target_arch = "wasm32"))]
    cli_level: "{level} 级（本岗位 {min}—{max} 级）",
    #[cfg(not(target_arch = "wasm32"))]
    cli_paren: "{}（{}）",
    #[cfg(not(target_arch = "wasm32"))]
    cli_list_sep: "、",
    #[cfg(not(target_arch = "wasm32"))]
    cli_clause_sep: "；",
    #[cfg(not(target_arch = "wasm32"))]
    cli_heading: "【{}】",
    #[cfg(not(target_arch = "wasm32"))]
    cli_per_month: "{}/月",
    #[cfg(not(target_arch = "wasm32"))]
    cli_per_year: "{}/年",
    #[cfg(not(target_arch = "wasm32"))]
    cli_range: "{lo}—{hi}",
    #[cfg(not(target_arch = "wasm32"))]
    cli_source_ref: "《{title}》{clause}：“{quote}”",
    #[cfg(not(target_arch = "wasm32"))]
    list_total_complete: "全部数额已公布，可算出全年合计",
    #[cfg(not(target_arch = "wasm32"))]
    list_total_lower_bound: "可算出全年合计的下限（部分数额未公布）",
    #[cfg(not(target_arch = "wasm32"))]
    list_inputs: "本地专用参数",
    #[cfg(not(target_arch = "wasm32"))]
    list_no_inputs: "无",
    career_title: "职业发展预测：{policy}（假定其他条件不变）",
    career_col_years: "年限",
    career_col_level: "等级",
    career_col_base: "基本工资（元/月）",
    career_col_total: "全年合计（元）",
    career_col_notes: "说明",
    career_level_up: "升至 {} 级",
    career_top: "本岗位最高级",
    career_next_step: "再工作 {years} 年升到 {level} 级（{gain}）。",
    career_no_next_step: "按工作年限，等级不再提高。",
    career_no_ladder: "该地区没有公布按工作年限晋升的等级，各年数额相同。",
    career_top_at: "满 {years} 年到达本岗位最高级（{level} 级）。",
    whatif_title: "下一步（每项单独与现状相比）",
    whatif_certificate: "取得{}证书",
    whatif_education: "取得{}学历",
    whatif_stars: "社区党组织评为{}",
    whatif_assessment: "年度考核为{}",
    whatif_rank_step: "职级升到{}",
    whatif_position: "担任{}",
    whatif_level: "等级 {from} → {to} 级",
    whatif_unpublished: "{}金额未公布",
    whatif_none: "没有能用已公布数额比较的下一步。",
    // web
    nav_label: "页面",
    nav_estimate: "按地区测算",
    nav_compare: "各地对比",
    lang_switch: "English",
    elder_mode: "长者模式（大字）",
    print: "打印测算单",
    skip_to_result: "跳到测算结果",
    form_heading: "您的情况",
    specific_heading: "本地区特有的项目",
    specific_heading_compare: "部分地区才用到的项目",
    used_by: "（{}）",
    years_helper: "不清楚满几年？按开始工作的年月推算",
    start_month: "开始从事社区工作的年月",
    years_from_month: "到本月满 {} 年，已填入工作年限。",
    month_invalid: "请选择年月，如 2015-09。",
    month_future: "开始年月不能晚于本月。",
    month_too_many: "到本月满 {} 年，超过可填的最多 50 年，未填入；请核对开始年月。",
    result_heading: "测算结果",
    cannot_estimate: "暂不能测算：",
    fix_input: "请先更正上面标出的输入。",
    level_value: "{} 级",
    level_span: "{min}—{max} 级",
    years_value: "{} 年",
    range_money: "{lo}—{hi} 元",
    live_level: "等级 {} 级",
    live_base: "基本工资每月 {}",
    live_total: "全年合计 {}",
    live_no_total: "基本工资未公布",
    live_compare: "已按同一情况对比 {} 个地区。",
    list_sep: "，",
    colon: "：",
    certificate_worth_note: "已含在基本工资中",
    compare_caption: "同一情况在各地区的测算",
    compare_scroll: "表格较宽时可左右滑动。",
    completeness: "公开程度",
    url_errors: "链接中有参数无效，已按下列说明处理：",
    url_error_now: "（现按：{}）",
    dismiss: "知道了",
    print_title: "社区工作者薪酬测算单",
    print_date: "测算日期",
    inputs_heading: "测算所依据的情况",
    privacy: "所有计算都在您的设备上完成，不会上传任何信息。",
    share_note: "本页地址包含全部输入：复制链接即可分享或保存同样的测算。",
    none_listed: "无",
    monthly_amount: "每月 {}",
    date_ymd: "{y}年{m}月{d}日",
    paren: "（{}）",
    // career view
    nav_career: "职业发展",
    career_gain_month: "+{}/月",
    career_gain_year: "+{}/年",
    career_no_money: "该地区未公布基本工资等金额：下面只显示等级随工作年限的变化，不显示金额。",
    career_key_step: "等级提高",
    career_table: "逐年测算（假定其他条件不变）",
    career_apply: "按此修改表单",
    career_compare_title: "各地逐年对比：全年合计",
    career_compare_note: "同一情况下，各地全年合计随工作年限的变化：既看起薪，也看长远。",
    career_compare_no_total: "没有全年合计的地区（基本工资未公布）：{}",
    // embed
    nav_embed: "嵌入到您的网站",
    nav_roster: "花名册测算：一次测算全体社区工作者（街道、民政局用）",
    embed_open: "在新窗口打开",
    embed_intro: "用一行代码把本工具嵌入政府门户或单位网站。",
    embed_options: "选项",
    embed_all: "全部地区（由访问者选择）",
    embed_lang: "语言",
    embed_view: "打开时显示",
    embed_code: "代码（粘贴到网页中要显示本工具的位置）",
    embed_copy: "复制代码",
    embed_copied: "已复制。",
    embed_select: "已选中代码，请按 Ctrl+C 复制。",
    embed_preview: "预览",
    embed_headers: "HTTP 响应头",
    embed_portal_csp: "您的网站若有内容安全策略（CSP），请在 script-src 和 frame-src 中加入本工具的地址：",
    embed_app_csp: "本工具的服务器可用 frame-ancestors 限定能嵌入它的网站（示例地址换成您的；'self' 供本页预览）。本工具支持如下严格策略：",
};

pub fn step(step: &Step) -> String {
    match &step.kind {
        StepKind::PositionRange { name, min, max, .. } => {
            format!("{}的等级范围为 {min}—{max} 级。", L.text(name))
        }
        StepKind::LastYearAssessed { assessment, raised } => {
            let counted = match assessment {
                Assessment::Excellent => "该年度按优秀年度计，计算工作年限时加 0.5 年",
                _ => "该年度不计入晋级年限",
            };
            let note = if *raised {
                "（所填年数为 0，按 1 年计）"
            } else {
                "（已含在所填年数中）"
            };
            format!(
                "上一年度考核为{}：{counted}{note}。",
                L.assessment(*assessment)
            )
        }
        StepKind::OneShoulderNoRule => {
            "已选“一肩挑”，但文件没有“一肩挑”的规定：等级和数额不因此改变。".into()
        }
        StepKind::UnknownRange {
            component,
            key,
            min,
            max,
            not_eligible,
        } => {
            let range = format!("{}—{}", yuan(*min), yuan(*max));
            let zero = if *not_eligible {
                "不符合领取条件的为 0，符合的"
            } else {
                ""
            };
            format!(
                "{}：未填写{}，未计入全年合计（合计为下限）；{zero}每月 {range} 元。",
                L.text(&component.name),
                key_label(*key)
            )
        }
        StepKind::UncountedYears {
            years: y,
            uncounted,
            remaining,
        } => {
            format!("工作 {y} 年，其中 {uncounted} 年考核为基本合格或不合格，不计入晋级年限：计 {} 年。", years(*remaining))
        }
        StepKind::ExcellentYears {
            excellent,
            per_year,
            counted,
        } => {
            format!(
                "{excellent} 个优秀年度各加 {} 年：计算年限 {} 年。",
                years(*per_year),
                years(*counted)
            )
        }
        StepKind::Service { counted, steps, at } => {
            let next = at
                .iter()
                .find(|&&a| rust_decimal::Decimal::from(a) > *counted);
            let tail = next
                .map(|n| format!("满 {n} 年再升 1 级。"))
                .unwrap_or_else(|| "已到年限最高档。".into());
            format!(
                "计算年限 {} 年，按年限提高 {steps} 级；{tail}",
                years(*counted)
            )
        }
        StepKind::EducationLevels { education, steps } => {
            format!("{}学历提高 {steps} 级。", L.education(*education))
        }
        StepKind::DegreeYears {
            education,
            years: y,
            counted,
        } => {
            format!(
                "入职时已有{}学历，按 {y} 年工作年限计入：合计 {} 年。",
                L.education(*education),
                years(*counted)
            )
        }
        StepKind::DegreeFloor {
            education,
            years: y,
            floor,
            service,
        } => {
            if floor > service {
                format!("在职取得{}学历，对应 {y} 年，可提高 {floor} 级，按年限只提高 {service} 级：按学历对应等级计。", L.education(*education))
            } else {
                format!("在职取得{}学历，对应 {y} 年（{floor} 级提升），不高于按年限的 {service} 级：等级不再调整。", L.education(*education))
            }
        }
        StepKind::CertificateLevels { certificate, steps } => {
            format!("持{}证书提高 {steps} 级。", L.certificate(*certificate))
        }
        StepKind::OneShoulderLevels { steps } => format!("“一肩挑”提高 {steps} 级。"),
        StepKind::Level { raw, level, max } => {
            if raw > max {
                format!("合计 {raw} 级，超过本岗位最高 {max} 级，按 {level} 级计。")
            } else {
                format!("等级为 {level} 级。")
            }
        }
        StepKind::Coefficient {
            component,
            level,
            coefficient,
            base,
            amount,
        } => {
            format!(
                "{}：{level} 级工资系数 {coefficient} × {} 元 = {} 元/月。",
                L.text(&component.name),
                yuan(*base),
                yuan(*amount)
            )
        }
        StepKind::ProbationCoefficient {
            component,
            coefficient,
            base,
            amount,
        } => {
            format!(
                "{}：试用期工资系数 {coefficient} × {} 元 = {} 元/月。",
                L.text(&component.name),
                yuan(*base),
                yuan(*amount)
            )
        }
        StepKind::ProbationNotPaid { component } => {
            format!("试用期间只发基础薪酬，不发{}。", L.text(&component.name))
        }
        StepKind::ProbationNotForPosition { name, .. } => {
            format!("本地试用期规定不适用于{}，未按试用期计算。", L.text(name))
        }
        StepKind::ProbationFullPay => "试用期间基本工资按对应标准 100% 发放。".into(),
        StepKind::Lookup {
            component,
            key,
            value,
            assumed,
            amount,
            ..
        } => {
            let value = L.key_value(*key, value);
            let note = if *assumed {
                "（未填写，按此计）"
            } else {
                ""
            };
            format!(
                "{}：{value}{note}，{}。",
                L.text(&component.name),
                L.amount(amount)
            )
        }
        StepKind::Factor {
            component,
            amount,
            factor,
            result,
        } => {
            format!(
                "{}：{} 元 × {} = {} 元/年。",
                L.text(&component.name),
                yuan(*amount),
                factor.normalize(),
                yuan(*result)
            )
        }
        StepKind::Unpublished { component } => {
            format!("{}：文件提到但未公布数额。", L.text(&component.name))
        }
        StepKind::CertificateWorth { certificate, worth } => {
            format!(
                "{}证书通过提高等级体现，每月相当于多 {} 元（与无证相比）。",
                L.certificate(*certificate),
                yuan(*worth)
            )
        }
        StepKind::AnnualTotal {
            monthly,
            annual,
            total,
            lower_bound,
        } => {
            let prefix = if *lower_bound { "至少 " } else { "" };
            format!(
                "全年合计：{} 元/月 × 12 + {} 元 = {prefix}{} 元。",
                yuan(*monthly),
                yuan(*annual),
                yuan(*total)
            )
        }
        StepKind::NoTotal => STRINGS.no_total.to_string() + "。",
    }
}
