//! The page around the app: the URL and history, what the device remembers, the `<html>`
//! element, printing and today's date. Nothing here knows about pay.

use shequ_pay::i18n::Lang;
use wasm_bindgen::{JsCast, JsValue};

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// Where 长者模式 is remembered on the device.
const ELDER_KEY: &str = "shequ-pay.elder";

/// The page's query, with its leading `?`.
pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// Whether the page's query names this parameter at all (then it wins over the device's memory).
pub fn query_has(name: &str) -> bool {
    search()
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair.split('=').next() == Some(name))
}

/// Puts a query in the address bar: a new history entry (`push`) or in place of this one.
pub fn write_url(query: &str, push: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let path = window().location().pathname().unwrap_or_default();
    let url = path + query;
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// 长者模式 as remembered on this device, if it was ever set. Storage can be unavailable
/// (private modes, sandboxed frames): then nothing is remembered.
pub fn stored_elder() -> Option<bool> {
    let storage = window().local_storage().ok()??;
    storage.get_item(ELDER_KEY).ok()?.map(|v| v == "1")
}

pub fn store_elder(on: bool) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(ELDER_KEY, if on { "1" } else { "0" });
    }
}

/// `<html lang>`, the mode classes on `<html>` (`elder`: large text and high contrast; `embed`:
/// inside a portal's frame) and the title.
pub fn sync_document(lang: Lang, elder: bool, embed: bool, title: &str) {
    // Set only on a change: even the same `lang` set again restyles the whole page.
    let doc = document();
    if let Some(html) = doc.document_element() {
        set_attr(&html, "lang", lang.tag());
        let class = match (elder, embed) {
            (true, true) => "elder embed",
            (true, false) => "elder",
            (false, true) => "embed",
            _ => "",
        };
        if html.class_name() != class {
            html.set_class_name(class);
        }
    }
    if doc.title() != title {
        doc.set_title(title);
    }
}

/// Removes the static "loading / cannot start" message of index.html once the app runs.
pub fn remove_boot_message() {
    if let Some(el) = document().get_element_by_id("boot") {
        el.remove();
    }
}

pub fn element(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id)
}

thread_local! {
    /// Per region: the element last filled and the key it was filled for.
    static FILLED: std::cell::RefCell<Vec<(String, web_sys::Element, String)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Fills a region with the HTML `build` makes, unless this same element was last filled for
/// this `key` (a region drawn anew inside a replaced one is a new element, and is filled). The
/// DOM is never read back: serialising it is slow, and it rarely equals the markup set.
pub fn fill(id: &str, key: &str, build: impl FnOnce() -> String) {
    let Some(el) = element(id) else {
        return;
    };
    FILLED.with(|f| {
        let mut f = f.borrow_mut();
        let i = match f.iter().position(|(i, ..)| i == id) {
            Some(i) if f[i].1 == el && f[i].2 == key => return,
            Some(i) => i,
            None => {
                f.push((id.into(), el.clone(), String::new()));
                f.len() - 1
            }
        };
        el.set_inner_html(&build());
        f[i].1 = el;
        f[i].2 = key.into();
    });
}

/// Replaces an element's content with HTML from `html.rs`, unless it was set to that last.
pub fn set_html(id: &str, html: &str) {
    fill(id, html, || html.into());
}

/// Sets an element's text, unless it already says that (a live region then stays quiet).
pub fn set_text(id: &str, text: &str) {
    if let Some(el) = element(id) {
        if el.text_content().as_deref() != Some(text) {
            el.set_text_content(Some(text));
        }
    }
}

/// Sets an attribute unless it already has that value (each set restyles what it may match).
pub fn set_attr(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = element(id) {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}

/// A form control's `value` (or `checked`) property, read and written through `Reflect` so
/// that no per-element-type bindings are needed.
fn property(el: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(el, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn set_property(el: &JsValue, name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(el, &JsValue::from_str(name), value);
}

pub fn value(el: &JsValue) -> String {
    property(el, "value").as_string().unwrap_or_default()
}

pub fn checked(el: &JsValue) -> bool {
    property(el, "checked").is_truthy()
}

/// Sets a control's value unless it already holds it (so typing is never disturbed).
pub fn set_value(el: &JsValue, v: &str) {
    if value(el) != v {
        set_property(el, "value", &JsValue::from_str(v));
    }
}

pub fn set_checked(el: &JsValue, on: bool) {
    if checked(el) != on {
        set_property(el, "checked", &JsValue::from_bool(on));
    }
}

pub fn focus(id: &str) {
    let el = document().get_element_by_id(id);
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

pub fn print() {
    let _ = window().print();
}

/// Today on the device's calendar: (year, month 1–12, day).
pub fn today() -> (u32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A click that should follow the link in the browser's own way (new tab, new window …).
pub fn modified_click(ev: &web_sys::MouseEvent) -> bool {
    ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0
}
