//! The browser app, a Leptos 0.8 client-side app. One page: the form, the estimate for one
//! district, its career outlook or the comparison of all, the documents behind them, and a print
//! sheet.
//!
//! State: the URL's (`query::AppState`) in one signal, `App::state`, provided by context with
//! the URL's unusable parameters and the form's unusable inputs. The estimate is a `Memo` of it
//! (`App::outcome`); components read it and words from `i18n`, and every rule lives in the
//! engine. Typing replaces the history entry, changing view or district adds one, and Back and
//! Forward restore it (`App::commit`, `App::reload_from_url`).
//!
//! Components, one idea per file: `chrome` (Masthead, ViewTabs, EmbedBar, Footer), `notice`,
//! `form` (ProfileForm), `card` (EstimateCard with its FigureRows and LevelLadder), `sources`
//! (explanations, citations, documents), `compare` (CompareTable), `career` (CareerView,
//! ProjectionChart, WhatIfList), `embed` (embed mode and EmbedPage), `print` (PrintSheet).

mod browser;
mod card;
mod career;
mod chrome;
mod compare;
mod embed;
mod form;
mod notice;
mod print;
mod sources;
mod take_home;

use leptos::prelude::*;
use shequ_pay::estimate::Estimate;
use shequ_pay::i18n::Lang;
use shequ_pay::ids::Position;
use shequ_pay::policy::{self, Policy};
use shequ_pay::profile::ProfileError;
use shequ_pay::query::{self, AppState, FieldError, View};

/// The district and its estimate.
pub type Outcome = (&'static Policy, Result<Estimate, ProfileError>);

/// The app's state and what changes it. `Copy`: every component holds one, from context.
#[derive(Clone, Copy)]
pub struct App {
    pub state: RwSignal<AppState>,
    /// Parameters of the URL the page was opened with that could not be used.
    pub url_errors: RwSignal<Vec<FieldError>>,
    /// Form inputs that cannot be used as typed (the estimate waits until they are corrected).
    pub input_errors: RwSignal<Vec<FieldError>>,
    /// The estimate for the state, none while an input cannot be used. Recomputed when the
    /// district or the profile changes; what shows it is updated where its words changed.
    pub outcome: Memo<Option<Outcome>>,
    /// The language, once for the page: most words change only with it.
    language: Memo<Lang>,
    /// The first draw is done: what `Later` holds back is drawn, all of it in one task.
    later: RwSignal<bool>,
}

/// Starts the app: a panic shows a message instead of a blank page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        crate::page_shell::show_crash(
            "测算工具出现内部错误，已停止运行。请刷新本页重试；如果问题仍然存在，请换用其他浏览器。\
             The estimator hit an internal error and stopped. Please reload the page; if it \
             happens again, try another browser.",
        );
    }));
    let (state, errors) = initial_state();
    crate::page_shell::remove_boot_message();
    leptos::mount::mount_to_body(move || view! { <Root state errors/> });
}

/// The state of the page's URL; 长者模式 from the device when the URL does not say.
fn initial_state() -> (AppState, Vec<FieldError>) {
    let (mut state, errors) = query::parse(&browser::search());
    if !errors.iter().any(|e| e.field == "elder") && !query_names_elder(&browser::search()) {
        if let Some(elder) = browser::stored_elder() {
            state.elder = elder;
        }
    }
    embed::normalize(&mut state);
    (state, errors)
}

/// Whether the query sets 长者模式 itself (then it wins over the device's memory).
fn query_names_elder(search: &str) -> bool {
    let q = search.strip_prefix('?').unwrap_or(search);
    q.split('&')
        .any(|pair| query::decode(pair.split_once('=').map_or(pair, |(k, _)| k)) == "elder")
}

#[component]
fn Root(state: AppState, errors: Vec<FieldError>) -> impl IntoView {
    let state = RwSignal::new(state);
    let input_errors = RwSignal::new(Vec::<FieldError>::new());
    // The district and profile, so that a switch or a view does not recompute the estimate.
    let inputs = Memo::new(move |_| state.with(|s| (s.policy, s.profile.clone())));
    let outcome = Memo::new_with_compare(
        move |_| {
            if !input_errors.with(Vec::is_empty) {
                return None;
            }
            inputs.with(|(id, profile)| {
                let policy = policy::find(id)?;
                Some((policy, shequ_pay::estimate(policy, profile)))
            })
        },
        // An estimate has no cheap equality: what reads it compares its own words.
        |_, _| true,
    );
    let app = App {
        state,
        url_errors: RwSignal::new(errors),
        input_errors,
        outcome,
        language: Memo::new(move |_| state.with(|s| s.lang)),
        later: RwSignal::new(false),
    };
    set_timeout(move || app.later.set(true), std::time::Duration::ZERO);
    provide_context(app);

    // The outside world follows the state: <html>, the title, the device's memory.
    Effect::new(move |_| {
        state.with(|s| {
            let words = s.lang.strings();
            let title = match s.view {
                View::Compare => format!("{} · {}", words.nav_compare, words.app_title),
                View::Career => format!("{} · {}", words.nav_career, words.app_title),
                View::Embed => format!("{} · {}", words.nav_embed, words.app_title),
                View::Estimate => words.app_title.to_string(),
            };
            browser::sync_document(s.lang, s.elder, s.embed, &title);
        })
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| app.reload_from_url());
    if state.with_untracked(|s| s.embed) {
        embed::connect();
    }

    let view_is = move |v: View| state.with(|s| s.view == v);
    let main_class = move || match state.with(|s| s.view) {
        View::Compare => "wrap main compare",
        View::Embed => "wrap main em",
        _ => "wrap main",
    };
    let lang = app.lang();
    view! {
        <div id="app" class="app">
            <chrome::Chrome/>
            <notice::Notice/>
            <main id="main" class=main_class>
                <section class="panel form-panel" aria-labelledby="form-h">
                    <h2 id="form-h">{move || lang.get().strings().form_heading}</h2>
                    <div id="form"><form::ProfileForm/></div>
                </section>
                <section class="panel result-panel" id="result" tabindex="-1" aria-labelledby="result-h">
                    <h2 id="result-h">{move || {
                        let s = lang.get().strings();
                        match state.with(|st| st.view) {
                            View::Compare => s.nav_compare,
                            View::Career => s.nav_career,
                            View::Embed => s.nav_embed,
                            View::Estimate => s.result_heading,
                        }
                    }}</h2>
                    <p class="live" id="live" role="status">{move || app.summary()}</p>
                    <div class="result-body" id="report">
                        <Report/>
                    </div>
                </section>
            </main>
            <Later><chrome::Footer/></Later>
            <a class="jump no-print" id="jump" href="#result"
                hidden=move || !(view_is(View::Estimate) || view_is(View::Career))>
                {move || app.short_summary()}
            </a>
        </div>
    }
}

/// What is below everything the eye goes to first (the documents, the footer): drawn in a task
/// after the first, so that starting the page is not one long task (Lighthouse's total blocking
/// time counts each task past 50 ms). Below what is on screen, it moves nothing when it comes.
/// Measured (bench/ab.mjs, 3 Lighthouse runs each in turns): total blocking time 178 → 134 ms,
/// performance 94 → 97.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    // One signal for the page, so that everything held back comes in the same task, in its
    // place: the documents above the footer, never the footer first and then pushed down.
    let later = App::get().later;
    move || later.get().then(|| children())
}

/// The report for the view: the estimate, its career outlook, the comparison or the embed page;
/// or why there are no figures while an input cannot be used.
#[component]
fn Report() -> impl IntoView {
    let app = App::get();
    let problem = move || !app.input_errors.with(Vec::is_empty);
    let view = Memo::new(move |_| app.state.with(|s| s.view));
    move || {
        if problem() {
            let lang = app.lang();
            return view! { <card::Problem message=Signal::derive(move || app.input_problem(lang.get()))/> }
                .into_any();
        }
        match view.get() {
            View::Compare => view! { <compare::CompareTable/> }.into_any(),
            View::Career => view! { <career::CareerView/> }.into_any(),
            View::Embed => view! { <embed::EmbedPage/> }.into_any(),
            View::Estimate => view! { <card::EstimateCard/> }.into_any(),
        }
    }
}

impl App {
    pub fn get() -> App {
        expect_context::<App>()
    }

    /// The language, as a memo: most words change only with it.
    pub fn lang(self) -> Memo<Lang> {
        self.language
    }

    /// Makes `next` the state: the URL (`how`) and the device's memory of 长者模式 follow.
    pub fn commit(self, next: AppState, how: browser::Url) {
        let prev = self.state.get_untracked();
        if prev == next {
            return;
        }
        if prev.elder != next.elder {
            browser::store_elder(next.elder);
        }
        // Embedded, the URL stays as the portal made it: a history entry in a frame would take
        // the host page's back button.
        if !next.embed {
            browser::write_url(&query::to_query(&next), how);
        }
        self.state.set(next);
    }

    /// A form input, as typed. A value that cannot be used is reported beside its input and the
    /// estimate waits for a correction (`query::set`: "" in an optional choice is "不清楚").
    pub fn set_field(self, field: &'static str, value: String) {
        let mut next = self.state.get_untracked();
        let p = &mut next.profile;
        let result = query::set(p, field, &value);
        match result {
            Ok(()) => {
                // 一肩挑 is a kind of head: it goes when the position does.
                if p.position != Position::Head {
                    p.one_shoulder = false;
                }
                forget(self.input_errors, field);
                forget(self.url_errors, field);
                self.commit(next, browser::Url::Replace);
            }
            Err(e) => self.input_errors.update(|v| {
                v.retain(|x| x.field != field);
                v.push(e);
            }),
        }
    }

    pub fn set_policy(self, id: &str) {
        if let Some(p) = policy::find(id) {
            let mut next = self.state.get_untracked();
            next.policy = p.id;
            forget(self.url_errors, "policy");
            self.commit(next, browser::Url::Push);
        }
    }

    /// Shows a view of one district (`Some`) or the view alone.
    pub fn show(self, view: View, policy: Option<&'static str>) {
        let mut next = self.state.get_untracked();
        next.view = view;
        if let Some(id) = policy {
            next.policy = id;
        }
        self.commit(next, browser::Url::Push);
    }

    pub fn set_lang(self, lang: Lang) {
        let mut next = self.state.get_untracked();
        next.lang = lang;
        self.commit(next, browser::Url::Replace);
    }

    pub fn toggle_elder(self) {
        let mut next = self.state.get_untracked();
        next.elder = !next.elder;
        self.commit(next, browser::Url::Replace);
    }

    /// Back or forward: the URL is the state.
    fn reload_from_url(self) {
        let (state, errors) = initial_state();
        if self.url_errors.with_untracked(|v| *v != errors) {
            self.url_errors.set(errors);
        }
        // A jump within the page (#result) is a history entry too: the state stays, and so do
        // the inputs still being corrected.
        if self.state.with_untracked(|s| *s != state) {
            if !self.input_errors.with_untracked(Vec::is_empty) {
                self.input_errors.set(Vec::new());
            }
            self.state.set(state);
        }
    }

    /// This state with another view or language, as a link.
    pub fn href(self, view: Option<View>, lang: Option<Lang>) -> String {
        self.state.with(|st| {
            let mut s = st.clone();
            if let Some(v) = view {
                s.view = v;
            }
            if let Some(l) = lang {
                s.lang = l;
            }
            query::to_query(&s)
        })
    }

    /// The inputs that cannot be used, in words.
    fn input_problem(self, lang: Lang) -> String {
        let s = lang.strings();
        self.input_errors.with(|errors| {
            let named: Vec<String> = errors
                .iter()
                .map(|e| {
                    format!(
                        "{}{}{}",
                        form::label(lang, &e.field),
                        s.colon,
                        lang.allowed(e)
                    )
                })
                .collect();
            named.join(s.list_sep)
        })
    }

    /// The one short line announced when the figures change.
    fn summary(self) -> String {
        let lang = self.language.get();
        let s = lang.strings();
        if !self.input_errors.with(Vec::is_empty) {
            return format!("{}{}", s.cannot_estimate, s.fix_input);
        }
        match self.state.with(|s| s.view) {
            View::Compare => {
                use shequ_pay::format::Subst;
                s.live_compare.subst("{}", &policy::all().len().to_string())
            }
            View::Embed => s.embed_intro.to_string(),
            _ => self.outcome.with(|o| {
                o.as_ref().map_or_else(String::new, |(p, est)| {
                    lang.summary(est, lang.text(&p.name))
                })
            }),
        }
    }

    /// The district and its total, for the bar that keeps it in sight on a phone.
    fn short_summary(self) -> String {
        let lang = self.language.get();
        let s = lang.strings();
        if !self.input_errors.with(Vec::is_empty) {
            return s
                .cannot_estimate
                .trim_end_matches(['：', ' ', ':'])
                .to_string();
        }
        self.outcome.with(|o| {
            o.as_ref().map_or_else(String::new, |(p, est)| {
                lang.short_summary(est, lang.text(&p.name))
            })
        })
    }
}

pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}

/// Drops the errors about a field once it has a usable value.
fn forget(errors: RwSignal<Vec<FieldError>>, field: &str) {
    if errors.with_untracked(|v| v.iter().any(|e| e.field == field)) {
        errors.update(|v| v.retain(|e| e.field != field));
    }
}
