//! The browser app. One page: the form, the estimate for one district, its career outlook or the
//! comparison of all, the documents behind them, and a print sheet. The state is the URL's
//! (`query::AppState`): typing replaces the history entry, changing view or district adds one,
//! back and forward restore it. Components read the state, call the engine
//! (`shequ_pay::estimate`, `compare`, `career`) and render; every rule lives in the engine and
//! every word in `i18n`.
//!
//! Shape, set by the 100 KB first-visit budget: the state lives in `reactive::State` cells;
//! one redraw (`App::draw`) draws it into the regions of a static skeleton, the read-only ones
//! as escaped HTML (`html.rs`: `form`, `result` = EstimateCard, `compare` = CompareTable,
//! `career` = CareerView, `sources`); one delegated listener per event type handles the whole
//! page (`App::click`, `App::input`).
//!
//! Why no UI framework: with Leptos 0.8 (signals, one effect, this same HTML writer) the
//! release build was 114 KB gzip; without it, 88 KB. Its runtime alone cost 22–27 KB, more than
//! the budget had left, and the page needs nothing of it that the ~70 lines of `reactive.rs`
//! do not do.
//!
//! Views: a view's page goes into `App::report` and `App::draw`, its tab into `TABS`. Embedding
//! (embed mode, `embed=1`, and the page `View::Embed`) is `embed.rs`.

mod browser;
mod career;
mod compare;
mod diff;
mod embed;
mod form;
mod html;
mod reactive;
mod result;
mod sources;

use html::Html;
use reactive::{listen, listen_as, on_change, State};
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;
use shequ_pay::ids::Position;
use shequ_pay::policy;
use shequ_pay::query::{self, AppState, FieldError, View};
use wasm_bindgen::JsCast;

/// The app's state and what changes it. `Copy`: every part of the page holds one.
#[derive(Clone, Copy)]
pub struct App {
    pub state: State<AppState>,
    /// Parameters of the URL the page was opened with that could not be used.
    pub url_errors: State<Vec<FieldError>>,
    /// Form inputs that cannot be used as typed (the estimate waits until they are corrected).
    pub input_errors: State<Vec<FieldError>>,
    /// Which explanations are open, one bit per figure, so they stay open as the figures change.
    pub open: State<u32>,
}

thread_local! {
    /// The report's figures waited for the frame (`App::draw_now`): `draw_unseen` draws them.
    static FIGURES_WAIT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Starts the app on the page, in a task of its own: the task that instantiated the module has
/// also finished compiling it, and together they would block the page for as long as both. The
/// task comes first of those waiting, so that no frame is drawn before it for nothing.
pub fn start() {
    browser::first(begin);
}

fn begin() {
    let (state, errors) = initial_state();
    let app = App {
        state: State::new(state),
        url_errors: State::new(errors),
        input_errors: State::new(Vec::new()),
        open: State::new(0),
    };
    app.sync_document();
    browser::remove_boot_message();
    if app.state.with(|s| s.embed) {
        embed::connect();
    }
    let window: web_sys::EventTarget = browser::window().into();
    listen(&window, "popstate", move |_| {
        browser::drop_pending_url();
        app.reload_from_url()
    });
    // Leaving the page (or its tab) while typing: the address bar catches up first, so a reload
    // or a restored tab shows what was typed.
    listen(&window, "pagehide", |_| browser::flush_url());
    // Printed from the browser's menu: the print sheet and the explanations are drawn first.
    listen(&window, "beforeprint", move |_| app.draw_unseen());
    listen(&browser::document().into(), "visibilitychange", |_| {
        browser::flush_url()
    });
    career::watch(app);
    browser::after_url_written(move || app.state.with(|s| sync_links(s.lang, s)));
    app.page();
}

/// The state of the page's URL; 长者模式 from the device when the URL does not say.
fn initial_state() -> (AppState, Vec<FieldError>) {
    let (mut state, errors) = query::parse(&browser::search());
    if !browser::query_has("elder") {
        if let Some(elder) = browser::stored_elder() {
            state.elder = elder;
        }
    }
    embed::normalize(&mut state);
    (state, errors)
}

impl App {
    /// Makes `next` the state: the URL (`how`), the device's memory of 长者模式, and `<html>`
    /// follow.
    fn commit(self, next: AppState, how: browser::Url) {
        let prev = self.state.get();
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
        let document_changes = (prev.lang, prev.elder, prev.embed, prev.view)
            != (next.lang, next.elder, next.embed, next.view);
        self.state.set(next);
        if document_changes {
            self.sync_document();
        }
    }

    fn sync_document(self) {
        self.state.with(|s| {
            let words = s.lang.strings();
            let title = match s.view {
                View::Compare => format!("{} · {}", words.nav_compare, words.app_title),
                View::Career => format!("{} · {}", words.nav_career, words.app_title),
                View::Embed => format!("{} · {}", words.nav_embed, words.app_title),
                _ => words.app_title.to_string(),
            };
            browser::sync_document(s.lang, s.elder, s.embed, &title);
        });
    }

    /// A form input, as typed. A value that cannot be used is reported beside its input and the
    /// estimate waits for a correction; "" in an optional choice means "不清楚".
    pub fn set_field(self, field: &'static str, value: String) {
        let mut next = self.state.get();
        let p = &mut next.profile;
        // "" in an optional choice is "不清楚": unknown.
        let result = match field {
            "stars" | "rank_step" | "community_result" if value.is_empty() => {
                match field {
                    "stars" => p.stars = None,
                    "rank_step" => p.rank_step = None,
                    _ => p.community_result = None,
                }
                Ok(())
            }
            _ => query::set(p, field, &value),
        };
        match result {
            Ok(()) => {
                // 一肩挑 is a kind of head: it goes when the position does.
                if p.position != Position::Head {
                    p.one_shoulder = false;
                }
                self.commit(next, browser::Url::ReplaceLater);
                forget(self.input_errors, field);
                forget(self.url_errors, field);
            }
            Err(e) => self.input_errors.update(|v| {
                v.retain(|x| x.field != field);
                v.push(e);
            }),
        }
    }

    pub fn set_policy(self, id: &str) {
        if let Some(p) = policy::find(id) {
            let mut next = self.state.get();
            next.policy = p.id;
            forget(self.url_errors, "policy");
            self.commit(next, browser::Url::Push);
        }
    }

    /// Shows a view of one district (`Some`) or the view alone.
    pub fn show(self, view: View, policy: Option<&'static str>) {
        let mut next = self.state.get();
        next.view = view;
        if let Some(id) = policy {
            next.policy = id;
        }
        self.commit(next, browser::Url::Push);
    }

    fn set_lang(self, lang: Lang) {
        let mut next = self.state.get();
        next.lang = lang;
        self.commit(next, browser::Url::Replace);
        // The page is drawn anew in the other language: keep the keyboard where it was.
        browser::focus("lang-switch");
    }

    fn toggle_elder(self) {
        let mut next = self.state.get();
        next.elder = !next.elder;
        self.commit(next, browser::Url::Replace);
    }

    /// Back or forward: the URL is the state.
    fn reload_from_url(self) {
        let (state, errors) = initial_state();
        if self.url_errors.with(|v| *v != errors) {
            self.url_errors.set(errors);
        }
        // A jump within the page (#result) is a history entry too: the state stays, and so do
        // the inputs still being corrected.
        if self.state.with(|s| *s != state) {
            if !self.input_errors.with(Vec::is_empty) {
                self.input_errors.set(Vec::new());
            }
            self.state.set(state);
            self.sync_document();
        }
    }

    /// This state with another view or language, as a link.
    fn href(st: &AppState, view: Option<View>, lang: Option<Lang>) -> String {
        let mut s = st.clone();
        if let Some(v) = view {
            s.view = v;
        }
        if let Some(l) = lang {
            s.lang = l;
        }
        query::to_query(&s)
    }

    /// The page's skeleton. Its regions are drawn by `draw` whenever the state changes.
    fn page(self) {
        let body = browser::document().body().expect("a page has a body");
        let _ = body.insert_adjacent_html("beforeend", SKELETON);
        browser::replaced();
        if let Some(root) = browser::element("app") {
            let root: web_sys::EventTarget = root.into();
            listen(&root, "click", move |ev| self.click(ev.unchecked_ref()));
            listen(&root, "input", move |ev| self.input(&ev));
            // `toggle` does not bubble: caught on its way down.
            listen_as(&root, "toggle", true, move |ev| self.toggle(&ev));
            listen(&root, "change", move |ev| {
                self.input(&ev);
                // A value committed (a choice made, an input left): the address bar follows now.
                browser::flush_url();
            });
        }
        let drawn = std::cell::Cell::new(None);
        on_change(move || {
            let lang = self.state.with(|s| s.lang);
            let first = drawn.get().is_none();
            let all = drawn.replace(Some(lang)) != Some(lang);
            let st = self.state.get();
            if first {
                self.first_draw(&st);
            } else {
                self.draw_top(&st, all);
                self.draw_form(&st, all);
                self.draw(&st);
                if all {
                    draw_footer(&st);
                }
            }
            embed::sync(&st);
        });
    }

    /// The first draw, in two tasks, so that the main thread is never blocked for all of it at
    /// once (Lighthouse's total blocking time): the top and the part of the page the eye goes to
    /// first, then the rest. Whatever comes second is drawn below or beside what is there, so
    /// nothing on screen moves: beside the form (two columns), the report comes first, as it is
    /// what a shared link is opened for; above it (one column), the form. What is below the
    /// report's figures comes after the frame that shows them (`draw_now`), and the footer,
    /// below all, with it.
    fn first_draw(self, st: &AppState) {
        let beside = st.view != View::Compare && browser::matches_media(TWO_COLUMNS);
        self.draw_top(st, true);
        if beside {
            self.draw_now(st, true);
        } else {
            self.draw_form(st, true);
            // The total on a phone's screen is the bar at its foot: it comes with the form.
            self.draw_jump(st, self.outcome(st).as_ref());
        }
        browser::soon(move || {
            let st = &self.state.get();
            if beside {
                self.draw_form(st, true);
            } else {
                self.draw_now(st, true);
            }
            // After the parts of the report it is below, in the same task: they were queued
            // first (`draw_now`), so it lands where it stays.
            browser::after_paint(move || draw_footer(&self.state.get()));
            // Embedded, parts of both halves follow the portal's options.
            embed::sync(st);
        });
    }

    /// Draws the chrome (the switches and tabs, drawn anew once per language, else only kept in
    /// line with the state by `sync_chrome`), the notice under it, the view's layout and the
    /// panels' headings.
    fn draw_top(self, st: &AppState, all: bool) {
        let lang = st.lang;
        if all {
            let top = if st.embed {
                embed::chrome(lang, st)
            } else {
                chrome(lang, st)
            };
            browser::set_html("chrome", &top);
        }
        browser::set_html("notice", &self.notice(lang));
        sync_chrome(lang, st, all);
        // The layout of the view (the form beside the report or above it) and the panels'
        // headings, before either panel is filled.
        let s = lang.strings();
        browser::set_text("form-h", s.form_heading);
        browser::set_text(
            "result-h",
            match st.view {
                View::Compare => s.nav_compare,
                View::Career => s.nav_career,
                View::Embed => s.nav_embed,
                _ => s.result_heading,
            },
        );
        if let Some(main) = browser::element("main") {
            browser::set_attr(
                &main,
                "class",
                match st.view {
                    View::Compare => "wrap main compare",
                    View::Embed => "wrap main em",
                    _ => "wrap main",
                },
            );
        }
    }

    /// Draws the form: anew once per language (`all`), otherwise it only follows the state
    /// (`form::sync`), so that nothing the user is typing in or focused on is replaced.
    fn draw_form(self, st: &AppState, all: bool) {
        let lang = st.lang;
        if all {
            browser::set_html("form", &form::html(lang, st));
            form::drawn();
        }
        self.input_errors
            .with(|errors| form::sync(lang, st, errors));
    }

    /// The estimate for the state, unless an input cannot be used.
    fn outcome(self, st: &AppState) -> Option<result::Outcome> {
        self.input_errors
            .with(Vec::is_empty)
            .then(|| result::outcome(st))
            .flatten()
    }

    /// The bar that keeps the total in sight on a phone (app.css shows it in one column only).
    fn draw_jump(self, st: &AppState, outcome: Option<&result::Outcome>) {
        browser::set_text("jump", &self.short_summary(st.lang, outcome));
        browser::set_hidden("jump", !matches!(st.view, View::Estimate | View::Career));
    }

    /// Draws the report for the state and what goes with it: the links that carry the state,
    /// the announcement and the jump bar.
    fn draw(self, st: &AppState) {
        self.draw_now(st, false);
    }

    /// `draw`. What is not shown waits for the frame that shows the rest (`draw_unseen_soon`):
    /// the report's figures, when the report is out of view (on a phone's screen, below the form
    /// being filled in), and what is below them. `first`: the first draw, whose figures never
    /// wait and whose parts below them always do. The summary line and the phone's bar never
    /// wait.
    fn draw_now(self, st: &AppState, first: bool) {
        let lang = st.lang;
        let view = st.view;
        if !browser::url_pending() {
            sync_links(lang, st);
        }
        // The estimate, once per draw (none while an input cannot be used).
        let outcome = self.outcome(st);
        browser::set_text("live", &self.summary(lang, view, outcome.as_ref()));
        self.draw_jump(st, outcome.as_ref());
        browser::set_html("report", &self.report(lang, st, outcome.as_ref()));
        if let (View::Estimate, Some((_, Ok(e)))) = (view, &outcome) {
            // Asked on every draw, so that the browser watches the report from the first.
            let waits = browser::out_of_view("report") && !first;
            FIGURES_WAIT.set(waits);
            if !waits {
                let pass = if first {
                    result::Pass::Figures
                } else {
                    result::Pass::Seen
                };
                result::fill(lang, st, e, self.open.get(), pass);
            }
            self.draw_unseen_soon();
        }
    }

    /// Draws, once the frame with what changed on screen has been drawn, what the page does
    /// not show: the closed explanations, what is out of view below the figures and the print
    /// sheet (`result::Pass::Unseen`), and the figures if they waited. One task for a run of
    /// draws.
    fn draw_unseen_soon(self) {
        thread_local! {
            static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        if !PENDING.replace(true) {
            browser::after_paint(move || {
                PENDING.set(false);
                self.draw_unseen();
            });
        }
    }

    /// What `draw_unseen_soon` draws, for the state now; also before anything unseen is shown
    /// (an explanation opened, the page printed). A region already drawn for it is left alone.
    fn draw_unseen(self) {
        let st = &self.state.get();
        if st.view != View::Estimate {
            return;
        }
        if let Some((_, Ok(e))) = self.outcome(st) {
            if FIGURES_WAIT.replace(false) {
                result::fill(st.lang, st, &e, self.open.get(), result::Pass::Figures);
            }
            result::fill(st.lang, st, &e, self.open.get(), result::Pass::Unseen);
        }
    }

    /// The read-only report for the state: the estimate or the comparison (see `html.rs`).
    fn report(self, lang: Lang, st: &AppState, outcome: Option<&result::Outcome>) -> String {
        if !self.input_errors.with(Vec::is_empty) {
            let mut h = Html::default();
            result::problem(&mut h, lang, &self.input_problem(lang));
            return h.finish();
        }
        match st.view {
            View::Compare => compare::compare(lang, st),
            View::Career => career::career(lang, st),
            View::Embed => embed::page(lang),
            _ => outcome.map_or_else(String::new, |(_, est)| result::estimate(lang, est)),
        }
    }

    /// Clicks anywhere in the app: links and buttons that change the state in place.
    fn click(self, ev: &web_sys::MouseEvent) {
        let Some(target) = browser::target(ev) else {
            return;
        };
        if let Ok(Some(link)) = target.closest("#lang-switch, a[data-view], a[data-show]") {
            if browser::modified_click(ev) {
                return;
            }
            ev.prevent_default();
            if link.id() == "lang-switch" {
                self.set_lang(other(self.state.with(|s| s.lang)));
            } else if let Some(view) = link.get_attribute("data-view") {
                self.show(View::parse(&view).unwrap_or_default(), None);
            } else if let Some(p) = link
                .get_attribute("data-show")
                .and_then(|id| policy::find(&id))
            {
                self.show(View::Estimate, Some(p.id));
            }
            return;
        }
        if let Ok(Some(button)) = target.closest("button") {
            match button.id().as_str() {
                "elder-switch" => self.toggle_elder(),
                "print" => {
                    self.draw_unseen();
                    browser::print();
                }
                "dismiss" => self.url_errors.set(Vec::new()),
                "em-copy" => embed::copy(self.state.with(|s| s.lang)),
                _ => career::click(self, &button),
            }
        }
    }

    /// An explanation opened or closed (by a click, the keyboard or a script): remembered, so it
    /// stays open when its figure is drawn anew (another district). The page already shows it:
    /// nothing is redrawn.
    fn toggle(self, ev: &web_sys::Event) {
        let Some(details) = browser::target(ev) else {
            return;
        };
        let Some(bit) = details
            .get_attribute("data-bit")
            .and_then(|b| b.parse::<u32>().ok())
        else {
            return;
        };
        let open = details.has_attribute("open");
        self.open
            .update_quietly(|m| if open { *m |= bit } else { *m &= !bit });
        if open {
            self.draw_unseen();
        }
    }

    /// Typing or choosing in the form.
    fn input(self, ev: &web_sys::Event) {
        let Some(target) = browser::target(ev) else {
            return;
        };
        let id = target.id();
        match id.as_str() {
            "f-policy" => self.set_policy(&browser::value(&target)),
            _ if id.starts_with("em-") => embed::show(),
            "f-start" => {
                let lang = self.state.with(|s| s.lang);
                let (message, years) = form::years_from_month(lang, &browser::value(&target));
                if let Some(line) = browser::element("f-start-result") {
                    line.set_text_content(Some(&message));
                }
                if let Some(years) = years {
                    self.set_field("years", years.to_string());
                }
            }
            _ => {
                let field = id.strip_prefix("f-").unwrap_or_default();
                if let Some((field, _)) = form::FIELDS.iter().find(|(f, _)| *f == field) {
                    let value = if form::is_check(field) {
                        if browser::checked(&target) { "1" } else { "0" }.to_string()
                    } else {
                        browser::value(&target)
                    };
                    self.set_field(field, value);
                }
            }
        }
    }

    /// The URL's unusable parameters, each named, until dismissed or corrected.
    fn notice(self, lang: Lang) -> String {
        let s = lang.strings();
        self.url_errors.with(|errors| {
            if errors.is_empty() {
                return String::new();
            }
            let mut h = Html::default();
            h.open("div", "wrap")
                .tag("div", &[("class", "notice"), ("id", "url-errors")]);
            h.leaf("p", "notice-title", s.url_errors).open("ul", "");
            for e in errors {
                h.tag("li", &[("data-field", &e.field)])
                    .text(&lang.field_error(e))
                    .end("li");
            }
            h.end("ul").tag(
                "button",
                &[("type", "button"), ("class", "button"), ("id", "dismiss")],
            );
            h.text(s.dismiss).end("button").end("div").end("div");
            h.finish()
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

    /// The bar that keeps the total in sight on a phone: the district and its total.
    fn short_summary(self, lang: Lang, outcome: Option<&result::Outcome>) -> String {
        let s = lang.strings();
        if !self.input_errors.with(Vec::is_empty) {
            return s
                .cannot_estimate
                .trim_end_matches(['：', ' ', ':'])
                .to_string();
        }
        outcome.map_or_else(String::new, |o| result::short_summary(lang, o))
    }

    /// The one short line announced when the figures change.
    fn summary(self, lang: Lang, view: View, outcome: Option<&result::Outcome>) -> String {
        let s = lang.strings();
        if !self.input_errors.with(Vec::is_empty) {
            return format!("{}{}", s.cannot_estimate, s.fix_input);
        }
        match view {
            View::Compare => s.live_compare.subst("{}", &policy::all().len().to_string()),
            View::Embed => s.embed_intro.to_string(),
            _ => outcome.map_or_else(String::new, |o| result::summary(lang, o)),
        }
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}

/// The regions `draw` fills.
const SKELETON: &str = concat!(
    r##"<div id="app" class="app"><div id="chrome"></div><div id="notice"></div>"##,
    r##"<main id="main" class="wrap main"><section class="panel form-panel" aria-labelledby="form-h">"##,
    r##"<h2 id="form-h"></h2><div id="form"></div></section>"##,
    r##"<section class="panel result-panel" id="result" tabindex="-1" aria-labelledby="result-h">"##,
    r##"<h2 id="result-h"></h2><p class="live" id="live" role="status"></p>"##,
    r##"<div class="result-body" id="report"></div></section></main>"##,
    r##"<footer class="footer" id="footer"></footer>"##,
    r##"<a class="jump no-print" id="jump" href="#result"></a></div>"##,
);

const TABS: [View; 3] = [View::Estimate, View::Career, View::Compare];

/// When the form and the report stand side by side (app.css, "Layout"; not in the comparison).
const TWO_COLUMNS: &str = "(min-width: 60rem)";

/// The skip link, the masthead with its switches, and the tabs: drawn once per language,
/// kept in line with the state by `sync_chrome`.
fn chrome(lang: Lang, st: &AppState) -> String {
    let s = lang.strings();
    let other = other(lang);
    let mut h = Html::default();
    h.tag("a", &[("class", "skip"), ("href", "#result")])
        .text(s.skip_to_result)
        .end("a");
    h.open("header", "masthead")
        .open("div", "wrap masthead-in")
        .open("div", "brand");
    h.leaf("h1", "", s.app_title)
        .leaf("p", "subtitle", s.app_subtitle)
        .end("div");
    h.open("div", "tools").tag(
        "a",
        &[
            ("id", "lang-switch"),
            ("class", "tool"),
            ("lang", other.tag()),
            ("hreflang", other.tag()),
            ("href", &App::href(st, None, Some(other))),
        ],
    );
    h.text(s.lang_switch).end("a");
    let pressed = if st.elder { "true" } else { "false" };
    let button = |h: &mut Html, id: &str, pressed: &str, text: &str| {
        let attr = if pressed.is_empty() {
            ""
        } else {
            "aria-pressed"
        };
        h.tag(
            "button",
            &[
                ("id", id),
                ("type", "button"),
                ("class", "tool"),
                (attr, pressed),
            ],
        );
        h.text(text).end("button");
    };
    button(&mut h, "elder-switch", pressed, s.elder_mode);
    button(&mut h, "print", "", s.print);
    h.end("div").end("div").end("header");
    tabs(&mut h, lang, st);
    h.finish()
}

/// The tabs between the views (also embedded, see `embed::chrome`).
fn tabs(h: &mut Html, lang: Lang, st: &AppState) {
    let s = lang.strings();
    h.tag("nav", &[("class", "tabs-bar"), ("aria-label", s.nav_label)])
        .open("div", "wrap tabs");
    let current = st.view;
    for view in TABS {
        let id = format!("tab-{}", view.id());
        let label = match view {
            View::Compare => s.nav_compare,
            View::Career => s.nav_career,
            _ => s.nav_estimate,
        };
        let aria = if view == current { "aria-current" } else { "" };
        let href = App::href(st, Some(view), None);
        h.tag(
            "a",
            &[
                ("class", "tab"),
                ("id", &id),
                ("data-view", view.id()),
                ("href", &href),
                (aria, "page"),
            ],
        );
        h.text(label).end("a");
    }
    h.end("div").end("nav");
}

/// The switch states of the chrome, for the current state; `all`: the chrome was drawn anew.
fn sync_chrome(lang: Lang, st: &AppState, all: bool) {
    thread_local! {
        /// What the switches last showed: (language, 长者模式, view).
        static SHOWN: std::cell::Cell<Option<(Lang, bool, View)>> =
            const { std::cell::Cell::new(None) };
    }
    let now = Some((lang, st.elder, st.view));
    if !all && SHOWN.with(|s| s.get()) == now {
        return;
    }
    SHOWN.with(|s| s.set(now));
    if let Some(button) = browser::element("elder-switch") {
        browser::set_attr(
            &button,
            "aria-pressed",
            if st.elder { "true" } else { "false" },
        );
    }
    for view in TABS {
        if let Some(tab) = browser::element(&format!("tab-{}", view.id())) {
            if st.view == view {
                browser::set_attr(&tab, "aria-current", "page");
            } else {
                let _ = tab.remove_attribute("aria-current");
            }
        }
    }
}

/// The links that carry the state (the language switch, the tabs), for opening in a new tab.
/// While typing they wait with the address bar (`browser::Url::ReplaceLater`): a link can only be
/// reached by leaving the input, which writes both.
fn sync_links(lang: Lang, st: &AppState) {
    if let Some(link) = browser::element("lang-switch") {
        browser::set_attr(&link, "href", &App::href(st, None, Some(other(lang))));
    }
    for view in TABS {
        if let Some(tab) = browser::element(&format!("tab-{}", view.id())) {
            browser::set_attr(&tab, "href", &App::href(st, Some(view), None));
        }
    }
}

/// The footer, drawn once per language (none when embedded).
fn draw_footer(st: &AppState) {
    let bottom = if st.embed {
        String::new()
    } else {
        footer(st.lang)
    };
    browser::set_html("footer", &bottom);
}

fn footer(lang: Lang) -> String {
    let s = lang.strings();
    let mut h = Html::default();
    h.open("div", "wrap")
        .leaf("p", "", s.privacy)
        .leaf("p", "no-print", s.share_note);
    embed::footer_link(&mut h, lang);
    h.end("div");
    h.finish()
}

/// Drops the errors about a field once it has a usable value.
fn forget(errors: State<Vec<FieldError>>, field: &str) {
    if errors.with(|v| v.iter().any(|e| e.field == field)) {
        errors.update(|v| v.retain(|e| e.field != field));
    }
}
