//! `Notice`: the URL's parameters that could not be used, each named with what is allowed and
//! the value its field has now, until dismissed or corrected. A quoted value is cut short
//! (`Lang::field_error`) and the lines wrap (app.css), so that a long or hostile value cannot
//! widen the page.

use super::{form, App};
use leptos::prelude::*;
use shequ_pay::format::Subst;

#[component]
pub fn Notice() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let items = move || {
        let lang = lang.get();
        let s = lang.strings();
        app.url_errors.with(|errors| {
            errors
                .iter()
                .map(|e| {
                    let now = app.state.with(|st| form::display(lang, st, &e.field));
                    let text = if now.is_empty() {
                        lang.field_error(e)
                    } else {
                        lang.field_error(e) + &s.url_error_now.subst("{}", &now)
                    };
                    view! { <li data-field=e.field.clone()>{text}</li> }
                })
                .collect_view()
        })
    };
    move || {
        (!app.url_errors.with(Vec::is_empty)).then(|| {
            let s = move || lang.get().strings();
            view! {
                <div class="wrap">
                    <div class="notice" id="url-errors">
                        <p class="notice-title">{move || s().url_errors}</p>
                        <ul>{items}</ul>
                        <button type="button" class="button" id="dismiss"
                            on:click=move |_| app.url_errors.set(Vec::new())>
                            {move || s().dismiss}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
