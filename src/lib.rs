//! 社区工作者薪酬测算 — the estimator core: pure Rust, no web dependency. The CLI, the web
//! app and the tests all call `estimate::estimate`.

/// The estimate itself.
pub mod estimate;
/// The steps behind every figure.
pub mod explain;
/// Placing a profile on a level ladder.
pub mod grade;
/// Ids shared by policy files, URLs, the CLI and JSON.
pub mod ids;
/// A district's scheme as data, embedded from `policies/` by the build.
pub mod policy;
/// A worker's profile and its checks.
pub mod profile;

pub use estimate::{compare, estimate, Estimate};
pub use profile::Profile;

/// The career view: pay over the coming years of service, and what each next step is worth.
pub mod career;
/// How money is written.
pub mod format;
/// Every user-facing string, one file per language.
pub mod i18n;
/// The national tax and contribution rules, as data.
pub mod national;
/// Inputs from URLs and flags, parsed into a profile.
pub mod query;
/// 花名册测算: a whole roster at once — reading, totals, next year, export.
pub mod roster;
/// Take-home pay: contributions, income tax and net pay, month by month.
pub mod take_home;
