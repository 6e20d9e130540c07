//! Placing a worker on a level ladder ("十八级"): position range, service, education,
//! certificate, 一肩挑, then the cap at the top of the position's range.

use crate::explain::{Step, StepKind};
use crate::ids::{Assessment, Certificate, Education, Position};
use crate::policy::{EducationRule, Grade, PositionRange, Text};
use crate::profile::Profile;
use rust_decimal::Decimal;

/// Where the worker sits on the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub level: u8,
    pub min: u8,
    pub max: u8,
}

pub fn range(grade: &Grade, position: Position) -> &PositionRange {
    &grade.positions[position.index()]
}

/// The uncounted and 优秀 years, with last year's assessment among them where the policy has
/// those rules (Songshan 二(五)4(1): "年度考核为合格及以上等次…可以从次年1月份起提升1级；考核结果
/// 为基本合格或不合格的年度不能计算为晋升等级的年限"; 4(4): 优秀 adds 0.5 year). Last year is one
/// of the years served, so it is counted only where the years leave room for it.
fn assessed_years(grade: &Grade, p: &Profile, steps: &mut Vec<Step>) -> (u8, u8) {
    let service = &grade.service;
    let mut uncounted = if service.uncounted.is_some() {
        p.uncounted_years
    } else {
        0
    };
    let mut excellent = if service.excellent_bonus.is_some() {
        p.excellent_years
    } else {
        0
    };
    let room = p.years > uncounted + excellent;
    let last = match p.assessment {
        Assessment::Basic | Assessment::Incompetent => service.uncounted.map(|source| {
            let raised = uncounted == 0 && room;
            if raised {
                uncounted = 1;
            }
            (raised, source)
        }),
        Assessment::Excellent => service.excellent_bonus.map(|(_, source)| {
            let raised = excellent == 0 && room;
            if raised {
                excellent = 1;
            }
            (raised, source)
        }),
        Assessment::Competent => None,
    };
    if let Some((raised, source)) = last.filter(|_| p.years > 0) {
        steps.push(Step::new(
            StepKind::LastYearAssessed {
                assessment: p.assessment,
                raised,
            },
            source,
        ));
    }
    (uncounted, excellent)
}

/// Counted service: years, less uncounted ones, plus the bonus for 优秀 years, where the policy
/// has those rules. A step says so only where there are such years.
fn counted_years(grade: &Grade, p: &Profile, steps: &mut Vec<Step>) -> Decimal {
    let service = &grade.service;
    let (uncounted, excellent) = assessed_years(grade, p, steps);
    let mut counted = Decimal::from(p.years) - Decimal::from(uncounted);
    if let (Some(source), true) = (service.uncounted, uncounted > 0) {
        steps.push(Step::new(
            StepKind::UncountedYears {
                years: p.years,
                uncounted,
                remaining: counted,
            },
            source,
        ));
    }
    if let Some((per_year, source)) = service.excellent_bonus {
        counted += per_year * Decimal::from(excellent);
        if excellent > 0 {
            steps.push(Step::new(
                StepKind::ExcellentYears {
                    excellent,
                    per_year,
                    counted,
                },
                source,
            ));
        }
    }
    counted
}

/// How many service thresholds the counted years reach, with the step that says so.
fn reach(grade: &Grade, counted: Decimal, steps: &mut Vec<Step>) -> u8 {
    let reached = service_steps(grade, counted);
    let kind = StepKind::Service {
        counted,
        steps: reached,
        at: grade.service.steps_at,
    };
    steps.push(Step::new(kind, grade.service.source));
    reached
}

/// How many service thresholds the counted years reach.
fn service_steps(grade: &Grade, counted: Decimal) -> u8 {
    grade
        .service
        .steps_at
        .iter()
        .filter(|&&at| counted >= Decimal::from(at))
        .count() as u8
}

fn degree_index(education: Education) -> Option<usize> {
    match education {
        Education::College => None,
        Education::Bachelor => Some(0),
        Education::Master => Some(1),
        Education::Doctor => Some(2),
    }
}

fn certificate_index(certificate: Certificate) -> Option<usize> {
    match certificate {
        Certificate::None => None,
        Certificate::Assistant => Some(0),
        Certificate::Intermediate => Some(1),
        Certificate::Senior => Some(2),
    }
}

/// Places the worker; `name` is their position in the district's own words.
pub fn place(grade: &Grade, p: &Profile, name: Text, steps: &mut Vec<Step>) -> Placement {
    let range = range(grade, p.position);
    steps.push(Step::new(
        StepKind::PositionRange {
            position: p.position,
            name,
            min: range.min,
            max: range.max,
        },
        range.source,
    ));

    let counted = counted_years(grade, p, steps);
    let mut raw = range.min;
    match &grade.education {
        EducationRule::Levels {
            steps: by_degree,
            source,
        } => {
            let service = reach(grade, counted, steps);
            raw += service;
            if let Some(i) = degree_index(p.education) {
                steps.push(Step::new(
                    StepKind::EducationLevels {
                        education: p.education,
                        steps: by_degree[i],
                    },
                    source,
                ));
                raw += by_degree[i];
            }
        }
        EducationRule::ServiceYears {
            years: by_degree,
            source,
            in_service,
        } => match degree_index(p.education) {
            None => {
                let service = reach(grade, counted, steps);
                raw += service;
            }
            Some(i) if p.degree_in_service => {
                let service = reach(grade, counted, steps);
                let floor = service_steps(grade, Decimal::from(by_degree[i]));
                steps.push(Step::new(
                    StepKind::DegreeFloor {
                        education: p.education,
                        years: by_degree[i],
                        floor,
                        service,
                    },
                    in_service,
                ));
                raw += service.max(floor);
            }
            Some(i) => {
                let with_degree = counted + Decimal::from(by_degree[i]);
                steps.push(Step::new(
                    StepKind::DegreeYears {
                        education: p.education,
                        years: by_degree[i],
                        counted: with_degree,
                    },
                    source,
                ));
                raw += reach(grade, with_degree, steps);
            }
        },
    }
    if let (Some(rule), Some(i)) = (&grade.certificate, certificate_index(p.certificate)) {
        steps.push(Step::new(
            StepKind::CertificateLevels {
                certificate: p.certificate,
                steps: rule.steps[i],
            },
            rule.source,
        ));
        raw += rule.steps[i];
    }
    if let Some(rule) = &grade.one_shoulder {
        if p.one_shoulder && p.position == Position::Head {
            steps.push(Step::new(
                StepKind::OneShoulderLevels { steps: rule.steps },
                rule.source,
            ));
            raw += rule.steps;
        }
    }
    let level = raw.min(range.max);
    debug_assert!(level >= range.min);
    // The cap's clause (and its interpretation) matters only where it bites.
    let kind = StepKind::Level {
        raw,
        level,
        max: range.max,
    };
    steps.push(if raw > range.max {
        Step::new(kind, grade.cap)
    } else {
        Step::plain(kind)
    });
    Placement {
        level,
        min: range.min,
        max: range.max,
    }
}
