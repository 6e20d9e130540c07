//! What surrounds the roster: the masthead with the language switch, print and the way back to
//! the single estimate, and the footer that says nothing leaves the page.

use super::{browser, Page};
use leptos::prelude::*;
use shequ_pay::format::Subst;
use shequ_pay::i18n::Lang;

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}

#[component]
pub fn Masthead() -> impl IntoView {
    let page = Page::get();
    let lang = page.lang;
    let w = move || lang.get().roster_page();
    // A link that works without the app too; a plain click switches in place, keeping the file.
    let switch = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        lang.set(other(lang.get_untracked()));
    };
    let estimator = move || format!("../?lang={}&policy={}", lang.get().id(), page.policy.get());
    view! {
        <header class="masthead">
            <div class="wrap masthead-in">
                <div class="brand">
                    <h1>{move || w().title}</h1>
                    <p class="subtitle">{move || w().subtitle}</p>
                </div>
                <div class="tools no-print">
                    <a id="to-estimator" class="tool" href=estimator>{move || w().to_estimator}</a>
                    <a id="lang-switch" class="tool"
                        lang=move || other(lang.get()).tag()
                        hreflang=move || other(lang.get()).tag()
                        href=move || format!("?lang={}&policy={}", other(lang.get()).id(), page.policy.get())
                        on:click=switch>
                        {move || w().lang_switch}
                    </a>
                    <button id="print" type="button" class="tool" on:click=move |_| browser::print()>
                        {move || w().print}
                    </button>
                </div>
                <p class="print-only">{move || w().print_date.subst("{}", &browser::today())}</p>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let lang = Page::get().lang;
    view! {
        <footer class="footer">
            <div class="wrap">
                <p>{move || lang.get().roster_page().privacy}</p>
                <p>{move || lang.get().strings().disclaimer}</p>
            </div>
        </footer>
    }
}
