//! A roster's figures: each worker estimated by the same engine as a single estimate, totals
//! over the computed workers (a lower bound where a part is unpublished), and next year: the
//! same workers with one more year of service, who moves up a level and what it costs. With
//! contribution inputs, each worker's take-home pay too (`take_home`, issue 17), and its sum.

use super::read::{NoteKind, Read, RowError, RowNote};
use super::Column;
use crate::estimate::{estimate, Estimate, Figure};
use crate::ids::{Position, MAX_YEARS};
use crate::policy::{Component, Policy};
use crate::take_home::{self, ContributionError, ContributionInputs, TakeHome};
use rust_decimal::Decimal;

/// One computed worker.
#[derive(Clone, Debug)]
pub struct Worker {
    pub row: usize,
    pub name: String,
    pub estimate: Estimate,
    /// With one more year of service (the same at `MAX_YEARS`).
    pub next_year: Estimate,
    /// Values not used, words read in the district's sense.
    pub notes: Vec<RowNote>,
    /// Take-home pay, when the roster was computed with contribution inputs: the single
    /// estimate's (`take_home::take_home` on this estimate), or why there is none (an input
    /// out of range). A worker whose base pay is unpublished has one with no net
    /// (`NetStatus::Unknown`).
    pub take_home: Option<Result<TakeHome, ContributionError>>,
}

impl Worker {
    /// The year's net and whether it is a lower bound; `None` when unknown or not asked for.
    pub fn net_annual(&self) -> Option<(Decimal, bool)> {
        let t = self.take_home.as_ref()?.as_ref().ok()?;
        Some((t.net_annual?, t.lower_bound()))
    }
}

/// A sum over workers' figures: the published parts, and whether some part was unpublished.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sum {
    /// `None` when no worker's figure is published at all.
    pub amount: Option<Decimal>,
    /// Some worker's figure is unpublished or itself a lower bound: the sum is "至少".
    pub lower_bound: bool,
}

impl Sum {
    fn add(&mut self, amount: Option<Decimal>, lower_bound: bool) {
        match amount {
            Some(a) => self.amount = Some(self.amount.unwrap_or_default() + a),
            None => self.lower_bound = true,
        }
        self.lower_bound |= lower_bound;
    }

    fn figure(&mut self, f: Figure) {
        self.add(f.amount, f.lower_bound);
    }

    /// Twelve months of a monthly sum.
    pub fn annual(self) -> Sum {
        Sum {
            amount: self.amount.map(|a| a * Decimal::from(12)),
            ..self
        }
    }
}

/// Head count of one place on a ladder.
#[derive(Clone, Debug)]
pub struct HeadCount {
    pub policy: &'static Policy,
    pub position: Position,
    /// `None` where the policy publishes no ladder (or the level is unknown).
    pub level: Option<u8>,
    pub count: usize,
}

/// Totals over computed workers.
#[derive(Clone, Debug, Default)]
pub struct Totals {
    /// Computed workers.
    pub computed: usize,
    pub base_pay_monthly: Sum,
    pub certificate_allowance_monthly: Sum,
    pub performance_annual: Sum,
    pub annual_total: Sum,
    /// By district, position and level, in that order.
    pub head_count: Vec<HeadCount>,
    /// Parts left out because a worker did not give what they depend on (西山's 职级补贴 of a
    /// blank 职级档次): how many workers, and what they would add per month at most. The sums
    /// that leave them out are lower bounds.
    pub unknown: Vec<UnknownPart>,
    /// The year's take-home over the workers whose net is known (`None` when take-home was not
    /// asked for): "至少" where some worker's is a lower bound or unknown.
    pub net_annual: Option<Sum>,
    /// Workers whose net is unknown (base pay unpublished, or an input out of range): left out
    /// of `net_annual`.
    pub net_unknown: usize,
}

/// A component left out of the totals for some workers (`Estimate::unknown`).
#[derive(Clone, Debug)]
pub struct UnknownPart {
    pub policy: &'static Policy,
    pub component: &'static Component,
    pub workers: usize,
    /// The sums of what each would draw where paid: the lowest and the highest step (a worker
    /// who does not qualify draws none).
    pub min_monthly: Decimal,
    pub max_monthly: Decimal,
}

impl Totals {
    /// The totals of these workers.
    pub fn of<'a>(workers: impl IntoIterator<Item = &'a Worker>) -> Totals {
        let mut t = Totals::default();
        for w in workers {
            let e = &w.estimate;
            t.computed += 1;
            if w.take_home.is_some() {
                let net = w.net_annual();
                t.net_unknown += usize::from(net.is_none());
                t.net_annual
                    .get_or_insert_default()
                    .add(net.map(|(n, _)| n), net.is_some_and(|(_, lower)| lower));
            }
            t.base_pay_monthly.figure(e.base_pay_monthly);
            t.certificate_allowance_monthly
                .figure(e.certificate_allowance_monthly);
            t.performance_annual.figure(e.performance_annual);
            t.annual_total
                .add(e.annual_total, e.annual_total_lower_bound());
            for (component, min, max) in e.unknown() {
                match t
                    .unknown
                    .iter_mut()
                    .find(|u| std::ptr::eq(u.component, component))
                {
                    Some(u) => {
                        u.workers += 1;
                        u.min_monthly += min;
                        u.max_monthly += max;
                    }
                    None => t.unknown.push(UnknownPart {
                        policy: e.policy,
                        component,
                        workers: 1,
                        min_monthly: min,
                        max_monthly: max,
                    }),
                }
            }
            let (policy, position, level) = (e.policy, e.profile.position, e.level());
            match t.head_count.iter_mut().find(|h| {
                std::ptr::eq(h.policy, policy) && h.position == position && h.level == level
            }) {
                Some(h) => h.count += 1,
                None => t.head_count.push(HeadCount {
                    policy,
                    position,
                    level,
                    count: 1,
                }),
            }
        }
        t.head_count
            .sort_by_key(|h| (h.policy.id, h.position, h.level));
        t
    }
}

/// A worker who moves up a level next year.
#[derive(Clone, Debug)]
pub struct MoveUp {
    pub row: usize,
    pub name: String,
    pub policy: &'static Policy,
    pub from: u8,
    pub to: u8,
    /// What it adds to the annual total; `None` where either total is unpublished.
    pub annual_change: Option<Decimal>,
}

/// Next year, if every worker adds one year of service.
#[derive(Clone, Debug, Default)]
pub struct NextYear {
    pub annual_total: Sum,
    pub moving_up: Vec<MoveUp>,
}

/// A note on computed rows, gathered: one district, one column, one kind (and for a district's
/// word, one word), with the rows it concerns.
#[derive(Clone, Debug)]
pub struct Note {
    pub policy: &'static Policy,
    pub column: Column,
    pub kind: NoteKind,
    /// The first value as written.
    pub value: String,
    /// In file order.
    pub rows: Vec<usize>,
}

/// A computed roster.
#[derive(Clone, Debug, Default)]
pub struct Roster {
    pub workers: Vec<Worker>,
    pub errors: Vec<RowError>,
    /// What the office should know about rows that were computed, gathered.
    pub notes: Vec<Note>,
    pub ignored_columns: Vec<String>,
    /// Data rows in the file, computed or not.
    pub rows: usize,
    pub totals: Totals,
    /// Per district, in the order they first appear.
    pub by_policy: Vec<(&'static Policy, Totals)>,
    pub next_year: NextYear,
    /// Computed with contribution inputs: every worker has its take-home pay.
    pub take_home: bool,
}

/// Estimates every row read; with contribution inputs, each worker's take-home pay too.
pub fn compute(read: Read, contributions: Option<&ContributionInputs>) -> Roster {
    let mut errors = read.errors;
    let mut workers = Vec::with_capacity(read.rows.len());
    for row in read.rows {
        // `read` has checked each profile, so this fails only if the engine's rules change.
        let this = match estimate(row.policy, &row.profile) {
            Ok(e) => e,
            Err(e) => {
                errors.push(RowError {
                    row: row.row,
                    column: super::Column::of_field(e.field()),
                    value: String::new(),
                    problem: super::Problem::Rule(e),
                });
                continue;
            }
        };
        let mut older = row.profile.clone();
        older.years = older.years.saturating_add(1).min(MAX_YEARS);
        let next_year = estimate(row.policy, &older).unwrap_or_else(|_| this.clone());
        let take_home = contributions.map(|c| take_home::take_home(&this, c));
        workers.push(Worker {
            row: row.row,
            name: row.name,
            estimate: this,
            next_year,
            notes: row.notes,
            take_home,
        });
    }
    errors.sort_by_key(|e| e.row);

    let totals = Totals::of(&workers);
    let mut policies: Vec<&'static Policy> = Vec::new();
    for w in &workers {
        if !policies.iter().any(|p| std::ptr::eq(*p, w.estimate.policy)) {
            policies.push(w.estimate.policy);
        }
    }
    let by_policy = policies
        .into_iter()
        .map(|p| {
            let of_policy = workers
                .iter()
                .filter(|w| std::ptr::eq(w.estimate.policy, p));
            (p, Totals::of(of_policy))
        })
        .collect();

    let mut next_year = NextYear::default();
    for w in &workers {
        let n = &w.next_year;
        next_year
            .annual_total
            .add(n.annual_total, n.annual_total_lower_bound());
        if let (Some(from), Some(to)) = (w.estimate.level(), n.level()) {
            if to > from {
                next_year.moving_up.push(MoveUp {
                    row: w.row,
                    name: w.name.clone(),
                    policy: n.policy,
                    from,
                    to,
                    annual_change: n
                        .annual_total
                        .zip(w.estimate.annual_total)
                        .map(|(b, a)| b - a),
                });
            }
        }
    }
    let notes = gather(&workers);
    Roster {
        workers,
        errors,
        notes,
        ignored_columns: read.ignored_columns,
        rows: read.workers,
        totals,
        by_policy,
        next_year,
        take_home: contributions.is_some(),
    }
}

/// The rows' notes, one per district, column, kind and (for a district's word) word.
fn gather(workers: &[Worker]) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    for w in workers {
        let policy = w.estimate.policy;
        for n in &w.notes {
            let same = |note: &&mut Note| {
                std::ptr::eq(note.policy, policy)
                    && note.column == n.column
                    && note.kind == n.kind
                    && (n.kind == NoteKind::NotUsed || note.value == n.value)
            };
            match notes.iter_mut().find(same) {
                Some(note) => note.rows.push(w.row),
                None => notes.push(Note {
                    policy,
                    column: n.column,
                    kind: n.kind,
                    value: n.value.clone(),
                    rows: vec![w.row],
                }),
            }
        }
    }
    notes
}
