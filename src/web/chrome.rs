//! What surrounds the form and the report: the masthead with its switches, the tabs between the
//! views and the footer; embedded, the bar that stands in for them (`embed::EmbedBar`).

use super::{browser, embed, other, App};
use leptos::prelude::*;
use shequ_pay::query::View;

/// The views the tabs offer.
pub const TABS: [View; 3] = [View::Estimate, View::Career, View::Compare];

/// The masthead and tabs, or embedded the embed bar.
#[component]
pub fn Chrome() -> impl IntoView {
    // Embedded or not is the page's for its life (an embedded page never changes its URL); read
    // once, so that the chrome is not made anew on every change of the state.
    if App::get().state.with_untracked(|s| s.embed) {
        view! { <embed::EmbedBar/> }.into_any()
    } else {
        view! { <Masthead/><ViewTabs/> }.into_any()
    }
}

/// The skip link, the title and the switches: language, 长者模式, print.
#[component]
pub fn Masthead() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let s = move || lang.get().strings();
    let switch_lang = move |ev: leptos::ev::MouseEvent| {
        if browser::modified_click(&ev) {
            return;
        }
        ev.prevent_default();
        app.set_lang(other(lang.get_untracked()));
    };
    view! {
        <a class="skip" href="#result">{move || s().skip_to_result}</a>
        <header class="masthead">
            <div class="wrap masthead-in">
                <div class="brand">
                    <h1>{move || s().app_title}</h1>
                    <p class="subtitle">{move || s().app_subtitle}</p>
                </div>
                <div class="tools">
                    <a id="lang-switch" class="tool"
                        lang=move || other(lang.get()).tag()
                        hreflang=move || other(lang.get()).tag()
                        href=move || app.href(None, Some(other(lang.get())))
                        on:click=switch_lang>
                        {move || s().lang_switch}
                    </a>
                    <ElderSwitch class="tool"/>
                    <button id="print" type="button" class="tool" on:click=move |_| browser::print()>
                        {move || s().print}
                    </button>
                </div>
            </div>
        </header>
    }
}

/// The 长者模式 switch (also in the embed bar).
#[component]
pub fn ElderSwitch(class: &'static str) -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    view! {
        <button id="elder-switch" type="button" class=class
            aria-pressed=move || if app.state.with(|s| s.elder) { "true" } else { "false" }
            on:click=move |_| app.toggle_elder()>
            {move || lang.get().strings().elder_mode}
        </button>
    }
}

/// The tabs between the views; embedded and locked to a district, without the comparison.
#[component]
pub fn ViewTabs() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let locked = app.state.with_untracked(|s| s.locked);
    let tabs = TABS
        .into_iter()
        .filter(|v| !(locked && *v == View::Compare))
        .map(|view| {
            let label = move || {
                let s = lang.get().strings();
                match view {
                    View::Compare => s.nav_compare,
                    View::Career => s.nav_career,
                    _ => s.nav_estimate,
                }
            };
            let click = move |ev: leptos::ev::MouseEvent| {
                if browser::modified_click(&ev) {
                    return;
                }
                ev.prevent_default();
                app.show(view, None);
            };
            view! {
                <a class="tab" id=format!("tab-{}", view.id()) data-view=view.id()
                    href=move || app.href(Some(view), None)
                    aria-current=move || app.state.with(|s| s.view == view).then_some("page")
                    on:click=click>
                    {label}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="tabs-bar" aria-label=move || lang.get().strings().nav_label>
            <div class="wrap tabs">{tabs}</div>
        </nav>
    }
}

/// Privacy, sharing and the embed page's link; none when embedded.
#[component]
pub fn Footer() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let s = move || lang.get().strings();
    let embedded = app.state.with_untracked(|s| s.embed);
    (!embedded).then(|| {
        let to_embed = move |ev: leptos::ev::MouseEvent| {
            if browser::modified_click(&ev) {
                return;
            }
            ev.prevent_default();
            app.show(View::Embed, None);
        };
        view! {
            <footer class="footer" id="footer">
                <div class="wrap">
                    <p>{move || s().privacy}</p>
                    <p class="no-print">{move || s().share_note}</p>
                    <p class="no-print">
                        <a href=move || app.href(Some(View::Embed), None) data-view="embed" on:click=to_embed>
                            {move || s().nav_embed}
                        </a>
                    </p>
                    <p class="no-print"><RosterLink/></p>
                </div>
            </footer>
        }
    })
}

/// The link to the roster page (`roster/` beside the app: its own entry, so that the estimator
/// never downloads its code), with the language and the district.
#[component]
pub fn RosterLink() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let href = move || {
        app.state.with(|s| {
            let mut q = format!("roster/?policy={}", s.policy);
            if s.lang != shequ_pay::i18n::Lang::Zh {
                q = q + "&lang=" + s.lang.id();
            }
            q
        })
    };
    view! { <a id="roster-link" href=href>{move || lang.get().strings().nav_roster}</a> }
}
