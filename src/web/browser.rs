//! The page around the app: the address bar and history, what the device remembers, the
//! `<html>` element, printing and today's date. Nothing here knows about pay.

use shequ_pay::i18n::Lang;
use wasm_bindgen::JsValue;

pub use leptos::prelude::{document, window};

/// The page's query, with its leading `?`.
pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// How a new state reaches the address bar.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Url {
    /// A new history entry (another view or district: Back returns to this one).
    Push,
    /// In place of this entry (typing, a switch).
    Replace,
}

/// Puts a query in the address bar. Typing writes at once: an earlier build waited for typing
/// to pause (Chromium's `replaceState` costs about 1 ms), and Back within the pause then lost
/// what was typed, since the entry left behind never got it.
pub fn write_url(query: &str, how: Url) {
    let Ok(history) = window().history() else {
        return;
    };
    let path = window().location().pathname().unwrap_or_default();
    let url = path + query;
    let _ = match how {
        Url::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Url::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

const ELDER: &str = "shequ-pay.elder";

/// Whether this page may use `localStorage`: a frame sandboxed without `allow-same-origin`, or
/// a browser that blocks storage, throws on the mere access, and `gloo-storage` then panics.
fn storage_allowed() -> bool {
    matches!(window().local_storage(), Ok(Some(_)))
}

/// 长者模式 as remembered on this device, if it was ever set.
pub fn stored_elder() -> Option<bool> {
    use gloo_storage::Storage;
    if !storage_allowed() {
        return None;
    }
    gloo_storage::LocalStorage::get::<u8>(ELDER)
        .ok()
        .map(|v| v == 1)
}

/// Remembers 长者模式 on this device, where storage is allowed.
pub fn store_elder(on: bool) {
    use gloo_storage::Storage;
    if storage_allowed() {
        let _ = gloo_storage::LocalStorage::set(ELDER, u8::from(on));
    }
}

/// `<html lang>`, the mode classes on `<html>` (`elder`: large text and high contrast; `embed`:
/// inside a portal's frame) and the title.
pub fn sync_document(lang: Lang, elder: bool, embed: bool, title: &str) {
    let doc = document();
    if let Some(html) = doc.document_element() {
        // Set only on a change: even the same `lang` set again restyles the whole page.
        if html.get_attribute("lang").as_deref() != Some(lang.tag()) {
            let _ = html.set_attribute("lang", lang.tag());
        }
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

/// Moves the keyboard to the element with this id.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
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
