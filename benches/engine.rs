//! The native engine's throughput: estimates per second for one district and for the
//! all-district comparison. Run by `bench/run` (or `cargo bench --bench engine`); prints one
//! JSON line. A measurement, not a test: nothing here passes or fails.

use shequ_pay::ids::{Certificate, Education, Position};
use shequ_pay::profile::RankStep;
use shequ_pay::{compare, estimate, policy, Profile};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Runs `f` over a spread of profiles until `budget` has passed; returns calls per second.
fn rate(budget: Duration, mut f: impl FnMut(&Profile)) -> f64 {
    let profiles: Vec<Profile> = (0..=35u8)
        .flat_map(|years| {
            Position::ALL.iter().map(move |&position| Profile {
                position,
                years,
                education: Education::ALL[usize::from(years) % 4],
                certificate: Certificate::ALL[usize::from(years / 3) % 4],
                stars: Some(years % 6),
                rank_step: RankStep::Step(years % 12 + 1),
                ..Profile::default()
            })
        })
        .collect();
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < budget {
        for p in &profiles {
            f(black_box(p));
        }
        calls += profiles.len() as u64;
    }
    calls as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let budget = Duration::from_millis(
        std::env::var("BENCH_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(2000),
    );
    let yinchuan = policy::find("yinchuan").expect("bundled");
    let one = rate(budget, |p| {
        black_box(estimate(yinchuan, p).ok());
    });
    let all = rate(budget, |p| {
        black_box(compare(p).ok());
    });
    println!("{{\"estimates_per_second_yinchuan\": {one:.0}, \"comparisons_per_second_all_districts\": {all:.0}}}");
}
