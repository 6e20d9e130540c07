//! Embedding on other sites. Two parts:
//!
//! - Embed mode (`embed=1`, the app inside a portal's iframe made by `public/embed.js`): the
//!   estimator with minimal chrome (`EmbedBar`: 长者模式 and "open in a new window"; no masthead,
//!   footer or language switch), locked to the portal's district when the URL names one
//!   (`AppState::locked`: no district select, no comparison; the full app is one link away), the
//!   URL and history left alone (`App::commit`), and its height posted to the parent.
//! - The page "嵌入到您的网站" (`EmbedPage`): options, the snippet for them, a live preview (the
//!   real `embed.js`, inserted as a script), and the headers a portal needs.
//!
//! Height protocol (the other half is `public/embed.js`): only a `{type: "shequ-pay:hello"}`
//! whose source is `window.parent` of a framed page is heeded; its origin becomes the one
//! target of `{type: "shequ-pay:height", height}` with the root element's height, posted at once
//! and whenever it changes (ResizeObserver). Nothing is posted to "*"; every other message is
//! ignored.

use super::chrome::{ElderSwitch, ViewTabs};
use super::{browser, App};
use leptos::prelude::*;
use shequ_pay::i18n::Lang;
use shequ_pay::policy;
use shequ_pay::query::{to_query, AppState, View};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The strict Content-Security-Policy the app and its embed run under (as
/// scripts/static-server.mjs sends it; tests/browser/embed.test.mjs runs both under it), and
/// `frame-ancestors` for an example portal ('self': the embed page's preview).
const APP_CSP: &str = "Content-Security-Policy: default-src 'self'; script-src 'self' \
                       'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
                       frame-ancestors 'self' https://www.example.gov.cn";

/// The view an embedded page shows: never the embed page, nor the comparison when locked.
pub fn normalize(st: &mut AppState) {
    if st.embed && (st.view == View::Embed || st.view == View::Compare && st.locked) {
        st.view = View::Estimate;
    }
}

/// Embed mode: answers the parent's hello and keeps it told of the page's height.
pub fn connect() {
    let window = browser::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let Some(root) = browser::document().document_element() else {
        return;
    };
    // (the parent's origin once it said hello, the height last posted)
    let told: Rc<RefCell<(Option<String>, f64)>> = Rc::default();
    let post = {
        let told = told.clone();
        let parent = parent.clone();
        move || {
            let height = root.get_bounding_client_rect().height();
            let mut t = told.borrow_mut();
            if let (Some(origin), true) = (t.0.clone(), height != t.1) {
                t.1 = height;
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"shequ-pay:height".into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                let _ = parent.post_message(&message, &origin);
            }
        }
    };
    let post = Rc::new(post);
    let on_message = {
        let post = post.clone();
        move |e: web_sys::MessageEvent| {
            let from_parent = e.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
            let hello = js_sys::Reflect::get(&e.data(), &"type".into())
                .ok()
                .and_then(|t| t.as_string())
                .is_some_and(|t| t == "shequ-pay:hello");
            if from_parent && e.origin() != "null" && hello {
                *told.borrow_mut() = (Some(e.origin()), 0.0);
                post();
            }
        }
    };
    let _ = window_event_listener(leptos::ev::message, on_message);
    let resized = Closure::<dyn Fn()>::new(move || post());
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()),
        browser::document().document_element(),
    ) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    resized.forget();
}

/// Embed mode's chrome: 长者模式, the full app in a new window, and the tabs (without the
/// comparison when locked).
#[component]
pub fn EmbedBar() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let full = move || {
        app.state.with(|st| {
            let full = AppState {
                embed: false,
                locked: false,
                ..st.clone()
            };
            to_query(&full)
        })
    };
    view! {
        <div class="wrap embed-bar">
            <ElderSwitch class="button"/>
            <a id="open-full" href=full target="_blank" rel="noopener">
                {move || lang.get().strings().embed_open}
            </a>
        </div>
        <ViewTabs/>
    }
}

/// The options of the embed page; a value "" is the default, left out of the snippet.
#[derive(Clone, Default, PartialEq)]
struct Options {
    policy: String,
    lang: String,
    view: String,
    elder: bool,
}

impl Options {
    /// (data attribute, value) of the snippet, defaults left out; locked to a district, no
    /// comparison.
    fn data(&self) -> Vec<(&'static str, String)> {
        let view = if !self.policy.is_empty() && self.view == "compare" {
            String::new()
        } else {
            self.view.clone()
        };
        [
            ("policy", self.policy.clone()),
            ("lang", self.lang.clone()),
            (
                "elder",
                if self.elder {
                    "1".into()
                } else {
                    String::new()
                },
            ),
            ("view", view),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }
}

/// The page "嵌入到您的网站": options, snippet, preview and headers.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let app = App::get();
    let lang = app.lang();
    let s = move || lang.get().strings();
    let options = RwSignal::new(Options::default());
    let status = RwSignal::new(None::<bool>);
    let preview = NodeRef::<leptos::html::Div>::new();
    let origin = browser::window().location().origin().unwrap_or_default();
    // Where embed.js is: beside the page, under any sub-path.
    let src = web_sys::Url::new_with_base(
        "embed.js",
        &browser::window().location().href().unwrap_or_default(),
    )
    .map(|u| u.href())
    .unwrap_or_default();
    let code = {
        let src = src.clone();
        Memo::new(move |_| {
            let mut code = format!("<script src=\"{src}\"");
            for (k, v) in options.with(Options::data) {
                code += &format!(" data-{k}=\"{v}\"");
            }
            code + " async></script>"
        })
    };
    // The preview: the real embed.js with these options, anew when they change.
    Effect::new(move |_| {
        let data = options.with(Options::data);
        let Some(el) = preview.get() else { return };
        let Ok(script) = browser::document().create_element("script") else {
            return;
        };
        let _ = script.set_attribute("src", "embed.js");
        for (k, v) in data {
            let _ = script.set_attribute(&format!("data-{k}"), &v);
        }
        el.replace_children_with_node_1(&script);
        status.set(None);
    });
    let copy = move |_| {
        let code_el = browser::document().get_element_by_id("em-code");
        if let Some(t) = code_el.and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            t.select();
        }
        let clipboard = browser::window().navigator().clipboard();
        let text = code.get_untracked();
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            status.set(Some(done.is_ok()));
        });
    };
    let set = move |f: fn(&mut Options, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            options.update(|o| f(o, v));
        }
    };
    let locked = move || options.with(|o| !o.policy.is_empty());
    view! {
        <fieldset class="specific">
            <legend>{move || s().embed_options}</legend>
            <div class="field">
                <label for="em-policy">{move || s().district}</label>
                <select id="em-policy" on:change=set(|o, v| {
                    o.policy = v;
                    if !o.policy.is_empty() && o.view == "compare" {
                        o.view = String::new();
                    }
                })>
                    <option value="">{move || s().embed_all}</option>
                    {policy::all().iter().map(|p| view! {
                        <option value=p.id>{move || lang.get().text(&p.name)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="em-lang">{move || s().embed_lang}</label>
                // Each language by its own name: the other language's switch.
                <select id="em-lang" on:change=set(|o, v| o.lang = v)>
                    <option value="" lang="zh-CN">{Lang::En.strings().lang_switch}</option>
                    <option value="en" lang="en">{Lang::Zh.strings().lang_switch}</option>
                </select>
            </div>
            <div class="field">
                <label for="em-view">{move || s().embed_view}</label>
                <select id="em-view" prop:value=move || options.with(|o| o.view.clone())
                    on:change=set(|o, v| o.view = v)>
                    <option value="">{move || s().nav_estimate}</option>
                    <option value="career">{move || s().nav_career}</option>
                    <option value="compare" disabled=locked>{move || s().nav_compare}</option>
                </select>
            </div>
            <div class="field check">
                <input type="checkbox" id="em-elder"
                    on:change=move |ev| options.update(|o| o.elder = event_target_checked(&ev))/>
                <label for="em-elder">{move || s().elder_mode}</label>
            </div>
        </fieldset>
        <div class="field">
            <label for="em-code">{move || s().embed_code}</label>
            <textarea id="em-code" readonly rows="3" prop:value=move || code.get()></textarea>
        </div>
        <button type="button" class="button" id="em-copy" on:click=copy>{move || s().embed_copy}</button>
        <p class="hint" id="em-status" role="status">
            {move || status.get().map(|ok| if ok { s().embed_copied } else { s().embed_select })}
        </p>
        <section class="block">
            <h3>{move || s().embed_preview}</h3>
            <div id="em-preview" node_ref=preview></div>
        </section>
        <p class="no-print"><super::chrome::RosterLink/></p>
        <section class="block">
            <h3>{move || s().embed_headers}</h3>
            <p>{move || s().embed_portal_csp}</p>
            <pre><code>{format!("Content-Security-Policy: script-src {origin}; frame-src {origin}")}</code></pre>
            <p>{move || s().embed_app_csp}</p>
            <pre><code>{APP_CSP}</code></pre>
        </section>
    }
}
