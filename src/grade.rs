//! Placing a worker on a level ladder ("十八级"): position range, service, education,
//! certificate, 一肩挑, then the cap at the top of the position's range.

use crate::explain::{Step, StepKind};
use crate::ids::{Certificate, Education, Position};
use crate::policy::{EducationRule, Grade, PositionRange};
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

/// Counted service: years, less uncounted ones, plus the bonus for 优秀 years, where the policy
/// has those rules.
fn counted_years(grade: &Grade, p: &Profile, steps: &mut Vec<Step>) -> Decimal {
    let service = &grade.service;
    let mut counted = Decimal::from(p.years);
    let uncounted = match service.uncounted {
        Some(_) => p.uncounted_years,
        None => 0,
    };
    counted -= Decimal::from(uncounted);
    let bonus = match service.excellent_bonus {
        Some((per_year, _)) => per_year * Decimal::from(p.excellent_years),
        None => Decimal::ZERO,
    };
    counted += bonus;
    if let Some(source) = service.uncounted {
        steps.push(Step::new(
            StepKind::UncountedYears {
                years: p.years,
                uncounted,
                remaining: Decimal::from(p.years - uncounted),
            },
            source,
        ));
    }
    if let Some((per_year, source)) = service.excellent_bonus {
        steps.push(Step::new(
            StepKind::ExcellentYears {
                excellent: p.excellent_years,
                per_year,
                counted,
            },
            source,
        ));
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

pub fn place(grade: &Grade, p: &Profile, steps: &mut Vec<Step>) -> Placement {
    let range = range(grade, p.position);
    steps.push(Step::new(
        StepKind::PositionRange {
            position: p.position,
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
