//! Inputs from the edge — URL query, CLI flags — parsed into a `Profile` by one set of rules, so
//! a value means the same wherever it is typed. Ids are the snake_case ids of POLICY-NOTES.

use crate::i18n::Lang;
use crate::ids::{
    Assessment, Certificate, CommunityResult, Education, Input, Position, MAX_STARS, MAX_YEARS,
    RANK_STEPS,
};
use crate::policy;
use crate::profile::{Profile, ProfileError, RankStep};
use crate::take_home::{ContributionInputs, Field};
use rust_decimal::Decimal;

/// The profile fields, in form order.
pub const PROFILE_FIELDS: &[&str] = &[
    "position",
    "one_shoulder",
    "years",
    "education",
    "certificate",
    "assessment",
    "stars",
    "rank_step",
    "community_result",
    "excellent_years",
    "uncounted_years",
    "degree_in_service",
    "probation",
];

/// A value that cannot be used, and what would be allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub value: String,
    pub allowed: Allowed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Allowed {
    /// One of these ids, "a|b|c".
    OneOf(String),
    /// A whole number in this range.
    Number(u8, u8),
    /// true or false (1 or 0).
    Flag,
    /// A rank step in this range, or "none" (不符合领取条件).
    RankStep(u8, u8),
    /// The field is not one we know.
    UnknownField,
    /// The value breaks a rule that ties fields together.
    Rule(ProfileError),
    /// A number from `min` to `max` with at most two decimals; a percentage or yuan.
    Range {
        min: Decimal,
        max: Decimal,
        percent: bool,
    },
}

impl Allowed {
    fn one_of(ids: &str) -> Allowed {
        Allowed::OneOf(ids.to_string())
    }
}

fn err(field: &str, value: &str, allowed: Allowed) -> FieldError {
    FieldError {
        field: field.to_string(),
        value: value.to_string(),
        allowed,
    }
}

fn number(field: &str, value: &str, min: u8, max: u8) -> Result<u8, FieldError> {
    let v = value.trim();
    match v.parse::<u8>() {
        Ok(n) if (min..=max).contains(&n) && !v.starts_with('+') => Ok(n),
        _ => Err(err(field, value, Allowed::Number(min, max))),
    }
}

/// A rank step: "1"…"12", "none" for not eligible, "" (or "unknown") for not known.
fn rank_step(value: &str) -> Result<RankStep, FieldError> {
    match value.trim() {
        RankStep::NOT_ELIGIBLE => Ok(RankStep::NotEligible),
        "" | "unknown" => Ok(RankStep::Unknown),
        _ => number(Input::RankStep.id(), value, 1, RANK_STEPS)
            .map(RankStep::Step)
            .map_err(|e| FieldError {
                allowed: Allowed::RankStep(1, RANK_STEPS),
                ..e
            }),
    }
}

fn flag(field: &str, value: &str) -> Result<bool, FieldError> {
    match value {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        _ => Err(err(field, value, Allowed::Flag)),
    }
}

fn pick<T>(
    field: &str,
    value: &str,
    parse: fn(&str) -> Option<T>,
    allowed: &str,
) -> Result<T, FieldError> {
    parse(value).ok_or_else(|| err(field, value, Allowed::one_of(allowed)))
}

/// Sets one profile field from its text. Unknown fields are an error too.
pub fn set(p: &mut Profile, field: &str, value: &str) -> Result<(), FieldError> {
    match field {
        "position" => p.position = pick(field, value, Position::parse, Position::allowed())?,
        "one_shoulder" => p.one_shoulder = flag(field, value)?,
        "years" => p.years = number(field, value, 0, MAX_YEARS)?,
        "education" => p.education = pick(field, value, Education::parse, Education::allowed())?,
        "certificate" => {
            p.certificate = pick(field, value, Certificate::parse, Certificate::allowed())?
        }
        "assessment" => {
            p.assessment = pick(field, value, Assessment::parse, Assessment::allowed())?
        }
        // An optional choice left empty is "不清楚" (unknown), as the form offers it.
        "stars" | "community_result" if value.trim().is_empty() => match field {
            "stars" => p.stars = None,
            _ => p.community_result = None,
        },
        "stars" => p.stars = Some(number(field, value, 0, MAX_STARS)?),
        "rank_step" => p.rank_step = rank_step(value)?,
        "community_result" => {
            p.community_result = Some(pick(
                field,
                value,
                CommunityResult::parse,
                CommunityResult::allowed(),
            )?)
        }
        "excellent_years" => p.excellent_years = number(field, value, 0, MAX_YEARS)?,
        "uncounted_years" => p.uncounted_years = number(field, value, 0, MAX_YEARS)?,
        "degree_in_service" => p.degree_in_service = flag(field, value)?,
        "probation" => p.probation = flag(field, value)?,
        _ => return Err(err(field, value, Allowed::UnknownField)),
    }
    Ok(())
}

/// Sets one contribution input (`insurance_base`, `pension_rate`, …, issue 17) from its text:
/// a number with at most two decimals in the field's range (`Field::range`), percentages as
/// numbers (`8`, `0.5`). The same rule for the URL and the CLI's `--insurance-base` etc.
pub fn set_contribution(
    c: &mut ContributionInputs,
    field: Field,
    value: &str,
) -> Result<(), FieldError> {
    let v = value.trim();
    let parsed = v
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        .then(|| v.parse::<Decimal>().ok())
        .flatten()
        .filter(|d| field.allows(*d));
    match parsed {
        Some(d) => {
            *c.slot(field) = Some(d);
            Ok(())
        }
        None => {
            let (min, max) = field.range();
            Err(err(
                field.id(),
                value,
                Allowed::Range {
                    min,
                    max,
                    percent: field.is_percent(),
                },
            ))
        }
    }
}

/// Which page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Estimate,
    Compare,
    Career,
    Embed,
}

impl View {
    pub const ALL: &'static [View] = &[View::Estimate, View::Compare, View::Career, View::Embed];

    pub fn id(self) -> &'static str {
        match self {
            View::Estimate => "estimate",
            View::Compare => "compare",
            View::Career => "career",
            View::Embed => "embed",
        }
    }

    pub fn parse(s: &str) -> Option<View> {
        View::ALL.iter().copied().find(|v| v.id() == s)
    }
}

/// Everything the app's URL holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub policy: &'static str,
    pub profile: Profile,
    pub view: View,
    pub lang: Lang,
    /// 长者模式: large text, high contrast.
    pub elder: bool,
    /// Shown inside a portal's iframe: minimal chrome.
    pub embed: bool,
    /// Embedded with a district the URL names (and that exists): that district only, no
    /// comparison. Decided by the same decoded reading of the query as the district itself.
    pub locked: bool,
    /// `take_home=1`: show take-home pay (issue 17).
    pub take_home: bool,
    /// The contribution inputs the worker gave (`insurance_base`, …); defaults elsewhere.
    pub contributions: ContributionInputs,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            policy: default_policy(),
            profile: Profile::default(),
            view: View::Estimate,
            lang: Lang::Zh,
            elder: false,
            embed: false,
            locked: false,
            take_home: false,
            contributions: ContributionInputs::default(),
        }
    }
}

/// The policy shown first: the first complete one, else the first bundled.
pub fn default_policy() -> &'static str {
    let all = policy::all();
    all.iter()
        .find(|p| p.id == "yinchuan")
        .or(all.first())
        .map(|p| p.id)
        .unwrap_or("")
}

/// Decodes `%XX` and `+` in a query component; invalid escapes stay as typed.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses a URL query ("?policy=yinchuan&years=10…"). A bad parameter is reported and its field
/// keeps the default; the rest still apply.
pub fn parse(query: &str) -> (AppState, Vec<FieldError>) {
    let mut state = AppState::default();
    let mut errors = Vec::new();
    let mut policy_named = false;
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (decode(k), decode(v));
        let result = match k.as_str() {
            "policy" => match policy::find(&v) {
                Some(p) => {
                    state.policy = p.id;
                    policy_named = true;
                    Ok(())
                }
                None => Err(err(
                    "policy",
                    &v,
                    Allowed::OneOf(
                        policy::all()
                            .iter()
                            .map(|p| p.id)
                            .collect::<Vec<_>>()
                            .join("|"),
                    ),
                )),
            },
            "view" => View::parse(&v)
                .map(|view| state.view = view)
                .ok_or_else(|| err("view", &v, Allowed::one_of("estimate|compare|career|embed"))),
            "lang" => Lang::parse(&v)
                .map(|l| state.lang = l)
                .ok_or_else(|| err("lang", &v, Allowed::one_of("zh|en"))),
            "elder" => flag("elder", &v).map(|b| state.elder = b),
            "embed" => flag("embed", &v).map(|b| state.embed = b),
            "take_home" => flag("take_home", &v).map(|b| state.take_home = b),
            k if Field::parse(k).is_some() => Field::parse(k).map_or(Ok(()), |f| {
                set_contribution(&mut state.contributions, f, &v)
            }),
            _ => {
                let mut p = state.profile.clone();
                set(&mut p, &k, &v).map(|()| state.profile = p)
            }
        };
        if let Err(e) = result {
            errors.push(e);
        }
    }
    // Cross-field rules: the field at fault falls back to its default, so the rest of the
    // profile still shows; each conflict is named.
    while let Err(e) = state.profile.check() {
        let p = &mut state.profile;
        let (field, value) = match e {
            ProfileError::OneShoulderNeedsHead => {
                p.one_shoulder = false;
                ("one_shoulder", "1".to_string())
            }
            ProfileError::AssessedYearsExceedService if p.uncounted_years > p.years => {
                let v = p.uncounted_years.to_string();
                p.uncounted_years = 0;
                ("uncounted_years", v)
            }
            ProfileError::AssessedYearsExceedService => {
                let v = p.excellent_years.to_string();
                p.excellent_years = 0;
                ("excellent_years", v)
            }
            // Out-of-range values never pass `set`: nothing else can fail here.
            _ => break,
        };
        errors.push(FieldError {
            field: field.to_string(),
            value,
            allowed: Allowed::Rule(e),
        });
    }
    state.locked = state.embed && policy_named;
    (state, errors)
}

/// The query that reproduces a state: defaults are left out to keep links short.
pub fn to_query(s: &AppState) -> String {
    let d = Profile::default();
    let p = &s.profile;
    let mut parts: Vec<(&str, String)> = vec![("policy", s.policy.to_string())];
    if s.view != View::Estimate {
        parts.push(("view", s.view.id().into()));
    }
    parts.push(("position", p.position.id().into()));
    if p.one_shoulder {
        parts.push(("one_shoulder", "1".into()));
    }
    parts.push(("years", p.years.to_string()));
    parts.push(("education", p.education.id().into()));
    parts.push(("certificate", p.certificate.id().into()));
    if p.assessment != d.assessment {
        parts.push(("assessment", p.assessment.id().into()));
    }
    if let Some(v) = p.stars {
        parts.push((Input::Stars.id(), v.to_string()));
    }
    if let Some(v) = p.rank_step.id() {
        parts.push((Input::RankStep.id(), v));
    }
    if let Some(v) = p.community_result {
        parts.push((Input::CommunityResult.id(), v.id().into()));
    }
    if p.excellent_years > 0 {
        parts.push((Input::ExcellentYears.id(), p.excellent_years.to_string()));
    }
    if p.uncounted_years > 0 {
        parts.push((Input::UncountedYears.id(), p.uncounted_years.to_string()));
    }
    if p.degree_in_service {
        parts.push((Input::DegreeInService.id(), "1".into()));
    }
    if p.probation {
        parts.push((Input::Probation.id(), "1".into()));
    }
    if s.lang != Lang::Zh {
        parts.push(("lang", s.lang.id().into()));
    }
    if s.elder {
        parts.push(("elder", "1".into()));
    }
    if s.embed {
        parts.push(("embed", "1".into()));
    }
    if s.take_home {
        parts.push(("take_home", "1".into()));
    }
    for f in Field::ALL {
        if let Some(v) = s.contributions.get(f) {
            parts.push((f.id(), v.normalize().to_string()));
        }
    }
    let body: Vec<String> = parts.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("?{}", body.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let (s, errors) = parse("?policy=xishan&position=head&one_shoulder=1&years=12&education=master&certificate=senior&assessment=excellent&rank_step=3&community_result=good&lang=en&elder=1&view=compare");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(s.policy, "xishan");
        assert_eq!(s.profile.rank_step, RankStep::Step(3));
        assert_eq!(parse(&to_query(&s)).0, s);
    }

    /// 西山: "截至目前全区1172名社区工作者符合领取职级补贴条件" — not everyone qualifies, so
    /// "not eligible" is a value of its own, and no value means unknown.
    #[test]
    fn an_empty_optional_choice_is_unknown() {
        let mut p = Profile {
            stars: Some(3),
            community_result: Some(CommunityResult::Good),
            ..Profile::default()
        };
        set(&mut p, "stars", "").unwrap();
        set(&mut p, "community_result", " ").unwrap();
        assert_eq!((p.stars, p.community_result), (None, None));
        assert!(
            set(&mut p, "years", "").is_err(),
            "a number is not optional"
        );
    }

    #[test]
    fn rank_step_none_is_not_eligible() {
        let (s, errors) = parse("?policy=xishan&rank_step=none");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(s.profile.rank_step, RankStep::NotEligible);
        assert_eq!(parse(&to_query(&s)).0, s);
        assert_eq!(
            parse("?policy=xishan").0.profile.rank_step,
            RankStep::Unknown
        );
        let (_, errors) = parse("?rank_step=0");
        assert_eq!(errors[0].allowed, Allowed::RankStep(1, 12));
    }

    #[test]
    fn a_bad_parameter_falls_back_for_that_field_only() {
        let (s, errors) =
            parse("?policy=nowhere&years=-3&education=bachelor&stars=9&rank_step=13&position=boss");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["policy", "years", "stars", "rank_step", "position"]
        );
        assert_eq!(s.policy, default_policy());
        assert_eq!(s.profile.years, 0);
        assert_eq!(s.profile.education, Education::Bachelor);
        assert_eq!(s.profile.stars, None);
        assert_eq!(errors[1].allowed, Allowed::Number(0, 50));
    }

    #[test]
    fn cross_field_errors_are_reported_and_dropped() {
        let (s, errors) = parse("?position=staff&one_shoulder=1&years=3");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "one_shoulder");
        assert!(!s.profile.one_shoulder);
        let (s, errors) = parse("?years=2&excellent_years=2&uncounted_years=1");
        assert_eq!(errors[0].field, "excellent_years");
        assert!(s.profile.check().is_ok());
    }

    #[test]
    fn a_conflict_names_the_field_at_fault_and_every_conflict() {
        let (s, errors) = parse("?uncounted_years=5");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["uncounted_years"]);
        assert_eq!(s.profile.uncounted_years, 0);
        let (s, errors) =
            parse("?position=staff&one_shoulder=1&years=1&excellent_years=1&uncounted_years=3");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["one_shoulder", "uncounted_years"]);
        assert_eq!(s.profile.excellent_years, 1);
        assert!(s.profile.check().is_ok());
    }

    #[test]
    fn embedding_locks_to_a_district_the_url_names_however_it_is_written() {
        assert!(parse("?embed=1&%70olicy=songshan").0.locked);
        assert_eq!(parse("?embed=1&%70olicy=songshan").0.policy, "songshan");
        assert!(!parse("?embed=1&policy=nowhere").0.locked);
        assert!(!parse("?embed=1").0.locked);
        assert!(!parse("?policy=songshan").0.locked);
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("%E9%93%B6"), "银");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
    }
}
