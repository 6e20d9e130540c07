//! What both browser pages (the estimator, `src/web/`, and the roster page, `src/roster_web/`)
//! do around their app: remove the static loading message once they run, and say in place of a
//! blank page that they stopped. Included by each page's bin (`#[path]`): no app state here.

use leptos::prelude::document;

/// Removes the static "loading / cannot start" message of the page's HTML once the app runs.
pub fn remove_boot_message() {
    if let Some(el) = document().get_element_by_id("boot") {
        el.remove();
    }
}

/// Shows `message` in place of the app: it stopped. Called by the panic hook, so it uses
/// nothing that may panic; the message is in both languages, since a panic may come before the
/// language is known.
pub fn show_crash(message: &str) {
    let doc = document();
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_class_name("boot-box crash");
    let _ = div.set_attribute("role", "alert");
    div.set_text_content(Some(message));
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&div);
    }
}
