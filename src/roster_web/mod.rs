//! 花名册测算 in the browser (issue 16): a whole roster read, computed and exported in the page.
//! Nothing leaves it: the file is read with the File API, CSV decoded by the platform's
//! `TextDecoder` (UTF-8, or GBK as Excel on a Chinese Windows saves it), XLSX read by calamine,
//! and the exports are Blobs downloaded from memory.
//!
//! State, in one `Page` provided by context: the language, the district for rows without a 地区,
//! the as-of month, the file as cells, and which page of workers is shown. The computed roster
//! is a `Memo` of the file, the district and the month (`roster::from_cells`, the CLI's reader
//! and engine); components read it and words from `i18n`, and hold no rule of their own.
//!
//! Components, one idea per file: `chrome` (Masthead, Footer), `picker` (RosterPicker,
//! Templates), `totals` (TotalsView with its HeadCountChart and NextYear), `problems`
//! (Problems: rows that cannot be used, notes, columns not used), `workers` (WorkersTable,
//! paginated, each worker's Explanation on demand), `export` (ExportBar), `take_home`
//! (TakeHomeInputs: the switch 到手（估算） and the contribution inputs, issue 17).

mod browser;
mod chrome;
mod export;
mod picker;
mod problems;
mod take_home;
mod totals;
mod workers;

use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::policy;
use shequ_pay::roster::file::Cells;
use shequ_pay::roster::{self, FileError, Options, Roster};
use shequ_pay::take_home::ContributionInputs;
use std::sync::Arc;

/// A file chosen and read into cells.
pub struct Loaded {
    pub name: String,
    pub cells: Cells,
}

/// Where the file stands.
#[derive(Clone, Default)]
pub enum FileState {
    #[default]
    None,
    Reading(String),
    /// The file's name and why it cannot be read, in words.
    Failed(String, FileProblem),
    Loaded(Arc<Loaded>),
}

/// Why a file cannot be read at all, before its cells.
#[derive(Clone, Debug)]
pub enum FileProblem {
    /// Not .xlsx or .csv by its name.
    Kind,
    /// The browser could not read it (its message).
    Browser(String),
    /// Read, but not a roster.
    Roster(FileError),
}

/// The computed roster of the file, or why it is not one.
pub type Computed = Option<Arc<Result<Roster, FileError>>>;

/// The page's state and what changes it. `Copy`: every component holds one, from context.
#[derive(Clone, Copy)]
pub struct Page {
    pub lang: RwSignal<Lang>,
    /// The district for rows without a 地区.
    pub policy: RwSignal<&'static str>,
    pub as_of: RwSignal<(u32, u32)>,
    pub file: RwSignal<FileState>,
    pub roster: Memo<Computed>,
    /// The page of the workers' table shown, from 0.
    pub page_no: RwSignal<usize>,
    /// Workers (by index) whose explanation is open.
    pub open: RwSignal<Vec<usize>>,
    /// 到手（估算）: take-home pay per worker, with these inputs for the whole roster.
    pub take_home: RwSignal<bool>,
    /// The last valid set (a bad value is named beside its input and not kept).
    pub contributions: RwSignal<ContributionInputs>,
}

/// Starts the page: a panic shows a message instead of a blank page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        crate::page_shell::show_crash(
            "花名册测算出现内部错误，已停止运行。请刷新本页重试。\
             The roster page hit an internal error and stopped. Please reload the page.",
        );
    }));
    crate::page_shell::remove_boot_message();
    leptos::mount::mount_to_body(Root);
}

#[component]
fn Root() -> impl IntoView {
    let start = browser::Start::from_url();
    let lang = RwSignal::new(start.lang);
    let policy = RwSignal::new(start.policy);
    let as_of = RwSignal::new(start.as_of.unwrap_or_else(browser::this_month));
    let file = RwSignal::new(FileState::None);
    let take_home = RwSignal::new(false);
    let contributions = RwSignal::new(ContributionInputs::default());
    let roster = Memo::new_with_compare(
        move |_| {
            let FileState::Loaded(loaded) = file.get() else {
                return None;
            };
            let options = Options {
                policy: policy::find(policy.get()),
                as_of: as_of.get(),
                contributions: take_home.get().then(|| contributions.get()),
            };
            Some(Arc::new(roster::from_cells(&loaded.cells, &options)))
        },
        // A roster has no cheap equality: a new file, district, month or set of contribution
        // inputs is a new roster.
        |_, _| true,
    );
    let page = Page {
        lang,
        policy,
        as_of,
        file,
        roster,
        page_no: RwSignal::new(0),
        open: RwSignal::new(Vec::new()),
        take_home,
        contributions,
    };
    provide_context(page);

    // The outside world follows the state: <html lang>, the title, the address bar.
    Effect::new(move |_| {
        let lang = lang.get();
        browser::sync_document(lang, lang.roster_page().title);
        browser::write_url(lang, policy.get(), start.as_of.map(|_| as_of.get()));
    });

    let w = move || lang.get().roster_page();
    view! {
        <a class="skip" href="#results">{move || w().skip}</a>
        <chrome::Masthead/>
        <main class="wrap main" id="main">
            <p class="privacy" id="privacy">{move || w().privacy}</p>
            <UrlNotice errors=start.errors.clone()/>
            <section class="panel no-print" aria-labelledby="inputs-h">
                <h2 id="inputs-h">{move || w().inputs_heading}</h2>
                <picker::RosterPicker/>
                <take_home::TakeHomeInputs/>
                <picker::Templates/>
            </section>
            <section class="panel results" id="results" tabindex="-1" aria-labelledby="results-h">
                <h2 id="results-h">{move || lang.get().strings().result_heading}</h2>
                <Results/>
            </section>
        </main>
        <chrome::Footer/>
    }
}

/// The address bar's parameters that could not be used, each named with what is allowed (the
/// estimator's words), until dismissed.
#[component]
fn UrlNotice(errors: Vec<shequ_pay::query::FieldError>) -> impl IntoView {
    let lang = Page::get().lang;
    let shown = RwSignal::new(!errors.is_empty());
    move || {
        shown.get().then(|| {
            let lang = lang.get();
            let s = lang.strings();
            let items = errors
                .iter()
                .map(|e| view! { <li data-field=e.field.clone()>{lang.field_error(e)}</li> })
                .collect_view();
            view! {
                <div class="notice" id="url-errors" role="status">
                    <p class="notice-title">{s.url_errors}</p>
                    <ul>{items}</ul>
                    <button type="button" class="button" on:click=move |_| shown.set(false)>{s.dismiss}</button>
                </div>
            }
        })
    }
}

/// What the file gave: the summary, totals, problems, export and the workers; or why nothing.
#[component]
fn Results() -> impl IntoView {
    let page = Page::get();
    let lang = page.lang;
    let status = move || {
        let lang = lang.get();
        let w = lang.roster_page();
        page.file.with(|f| match f {
            FileState::None => w.nothing_yet.to_string(),
            FileState::Reading(name) => w.reading.subst("{}", name),
            FileState::Failed(name, problem) => problem_text(lang, name, problem),
            FileState::Loaded(loaded) => page.roster.with(|r| match r.as_deref() {
                Some(Ok(r)) => summary(lang, &loaded.name, r),
                Some(Err(e)) => problem_text(lang, &loaded.name, &FileProblem::Roster(e.clone())),
                None => String::new(),
            }),
        })
    };
    let failed = move || {
        page.file.with(|f| matches!(f, FileState::Failed(..)))
            || page.roster.with(|r| matches!(r.as_deref(), Some(Err(_))))
    };
    let computed = move || page.roster.with(|r| matches!(r.as_deref(), Some(Ok(_))));
    view! {
        <p id="status" class="status" class:error=failed role="status">{status}</p>
        <Show when=computed>
            <p class="print-only">{move || print_inputs(page)}</p>
            <p class="print-only">{move || lang.get().roster_page().print_note}</p>
            <export::ExportBar/>
            <totals::TotalsView/>
            <problems::Problems/>
            <workers::WorkersTable/>
        </Show>
    }
}

/// What the printed sheet computed with: the as-of month and the district for rows without one.
fn print_inputs(page: Page) -> String {
    let lang = page.lang.get();
    let (w, s) = (lang.roster_page(), lang.strings());
    let (y, m) = page.as_of.get();
    let district = policy::find(page.policy.get()).map_or("", |p| lang.text(&p.name));
    format!(
        "{}{}{y:04}-{m:02}{}{}{}{district}",
        w.as_of_label, s.colon, s.list_sep, w.district_label, s.colon
    )
}

/// "花名册.xlsx：120 行，已测算 118 人，2 行无法使用。"
fn summary(lang: Lang, name: &str, r: &Roster) -> String {
    let errors = r.rows.saturating_sub(r.totals.computed);
    lang.roster_page()
        .summary
        .subst("{file}", name)
        .subst("{rows}", &r.rows.to_string())
        .subst("{computed}", &r.totals.computed.to_string())
        .subst("{errors}", &errors.to_string())
}

/// Why a file cannot be read, in one line.
fn problem_text(lang: Lang, name: &str, problem: &FileProblem) -> String {
    let w = lang.roster_page();
    let error = match problem {
        FileProblem::Kind => return w.file_kind.subst("{}", name),
        FileProblem::Browser(m) => m.clone(),
        FileProblem::Roster(e) => lang.roster_file_error(e),
    };
    w.file_unreadable
        .subst("{file}", name)
        .subst("{error}", &error)
}

impl Page {
    pub fn get() -> Page {
        expect_context::<Page>()
    }

    /// Draws from the computed roster, in the page's language; nothing while there is none.
    /// Tracks both: what it draws follows a new file, district, month or language.
    pub fn draw<V>(self, f: impl Fn(Lang, &Roster) -> V) -> impl Fn() -> Option<V> {
        move || {
            let lang = self.lang.get();
            self.roster.with(|r| {
                r.as_deref()
                    .and_then(|r| r.as_ref().ok())
                    .map(|r| f(lang, r))
            })
        }
    }

    /// Reads a chosen file into cells; the roster follows.
    pub fn choose(self, file: web_sys::File) {
        let name = file.name();
        let Some(kind) = roster::Kind::of_name(&name) else {
            self.file.set(FileState::Failed(name, FileProblem::Kind));
            return;
        };
        self.file.set(FileState::Reading(name.clone()));
        self.page_no.set(0);
        self.open.set(Vec::new());
        wasm_bindgen_futures::spawn_local(async move {
            let state = match browser::read_cells(&file, kind).await {
                Ok(cells) => FileState::Loaded(Arc::new(Loaded { name, cells })),
                Err(problem) => FileState::Failed(name, problem),
            };
            self.file.set(state);
        });
    }

    pub fn set_policy(self, id: &str) {
        if let Some(p) = policy::find(id) {
            self.page_no.set(0);
            self.open.set(Vec::new());
            self.policy.set(p.id);
        }
    }

    /// The page of workers stays: the same workers, one more column.
    pub fn set_take_home(self, on: bool) {
        if self.take_home.get_untracked() != on {
            self.take_home.set(on);
        }
    }

    pub fn set_contributions(self, c: ContributionInputs) {
        if self.contributions.get_untracked() != c {
            self.contributions.set(c);
        }
    }

    pub fn set_as_of(self, month: (u32, u32)) {
        if self.as_of.get_untracked() != month {
            self.page_no.set(0);
            self.open.set(Vec::new());
            self.as_of.set(month);
        }
    }
}
