//! The page around the app: the URL and history, what the device remembers, the `<html>`
//! element, printing and today's date. Nothing here knows about pay.

use super::diff;
use shequ_pay::i18n::Lang;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Looked up once: each lookup is two calls out of wasm, and a keystroke's redraw makes ~20.
    static WINDOW: web_sys::Window = web_sys::window().expect("the app runs in a window");
    static DOCUMENT: web_sys::Document =
        window().document().expect("a window has a document");
}

pub fn window() -> web_sys::Window {
    WINDOW.with(Clone::clone)
}

pub fn document() -> web_sys::Document {
    DOCUMENT.with(Clone::clone)
}

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

/// How a new state reaches the address bar.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Url {
    /// A new history entry (another view or district: Back returns to this one).
    Push,
    /// In place of this entry, now (a switch that was clicked).
    Replace,
    /// In place of this entry once typing pauses (`URL_PAUSE_MS`): Chromium's
    /// `history.replaceState` costs ~1 ms a call, as much as the rest of a keystroke's redraw.
    /// A push, a committed input (`change`), Back/Forward and leaving the page come first.
    ReplaceLater,
}

/// How long typing must pause before the address bar follows.
const URL_PAUSE_MS: i32 = 300;

thread_local! {
    /// The query waiting for typing to pause, and the timer that writes it.
    static PENDING_URL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    static URL_TIMER: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
    static URL_WRITER: wasm_bindgen::closure::Closure<dyn Fn()> =
        wasm_bindgen::closure::Closure::new(url_timer_fired);
    /// When the last keystroke's query arrived (ms since the epoch).
    static LAST_TYPED: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// Run once a query that waited for typing to pause is in the address bar.
    static AFTER_URL: std::cell::RefCell<Option<Box<dyn Fn()>>> = const { std::cell::RefCell::new(None) };
}

/// What to run once a query that waited for typing to pause is in the address bar (the links
/// that carry the state follow it).
pub fn after_url_written(f: impl Fn() + 'static) {
    AFTER_URL.with(|a| *a.borrow_mut() = Some(Box::new(f)));
}

/// Whether a query is waiting for typing to pause.
pub fn url_pending() -> bool {
    PENDING_URL.with(|p| p.borrow().is_some())
}

/// Puts a query in the address bar, as `how` says.
pub fn write_url(query: &str, how: Url) {
    if how == Url::ReplaceLater {
        PENDING_URL.with(|p| *p.borrow_mut() = Some(query.into()));
        LAST_TYPED.with(|t| t.set(js_sys::Date::now()));
        // One timer for a run of keystrokes: it waits again if typing went on (setting and
        // clearing a timer per keystroke costs more than reading the clock).
        if URL_TIMER.with(|t| t.get()).is_none() {
            arm_url_timer(URL_PAUSE_MS);
        }
        return;
    }
    // What was typed before belongs to this entry, not the next one.
    flush_url();
    set_url(query, how == Url::Push);
}

fn arm_url_timer(ms: i32) {
    let id = URL_WRITER.with(|f| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(f.as_ref().unchecked_ref(), ms)
    });
    URL_TIMER.with(|t| t.set(id.ok()));
}

/// The timer: writes the query once typing has paused for `URL_PAUSE_MS`, else waits the rest.
fn url_timer_fired() {
    URL_TIMER.with(|t| t.set(None));
    let waited = js_sys::Date::now() - LAST_TYPED.with(|t| t.get());
    let rest = f64::from(URL_PAUSE_MS) - waited;
    if rest > 0.0 {
        arm_url_timer(rest.ceil() as i32);
    } else {
        flush_url();
    }
}

/// Writes the query waiting for typing to pause, if any.
pub fn flush_url() {
    cancel_url_timer();
    if let Some(query) = PENDING_URL.with(|p| p.borrow_mut().take()) {
        set_url(&query, false);
        AFTER_URL.with(|a| {
            if let Some(f) = a.borrow().as_ref() {
                f()
            }
        });
    }
}

/// Drops the query waiting for typing to pause (Back or Forward has made another entry current).
pub fn drop_pending_url() {
    cancel_url_timer();
    PENDING_URL.with(|p| p.borrow_mut().take());
}

fn cancel_url_timer() {
    if let Some(id) = URL_TIMER.with(|t| t.take()) {
        window().clear_timeout_with_handle(id);
    }
}

fn set_url(query: &str, push: bool) {
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

/// 长者模式 as remembered on this device, if it was ever set (read as the page loads: dom.js).
pub fn stored_elder() -> Option<bool> {
    stored_elder_js().map(|v| v == "1")
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
        replaced();
    }
}

/// The element an event happened on.
pub fn target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target().and_then(|t| t.dyn_into().ok())
}

thread_local! {
    /// Elements found by id since markup was last set anew (`replaced`). Until then each is
    /// still the page's, so it is not looked up again: a lookup is two calls out of wasm, and a
    /// keystroke's redraw needs twenty. Elements are made and removed only where markup is set
    /// (`fill`, the skeleton in `mod.rs`, the loading message); text (`set_text`) and patches
    /// (`diff.rs`) keep them.
    static FOUND: std::cell::RefCell<Vec<(String, web_sys::Element)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// How many times markup was set anew: a region last drawn at this count is the same element.
    static EPOCH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The element with this id, if the page has one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    FOUND.with(|found| {
        if let Some((_, el)) = found.borrow().iter().find(|(k, _)| k == id) {
            return Some(el.clone());
        }
        let el = document().get_element_by_id(id)?;
        found.borrow_mut().push((id.into(), el.clone()));
        Some(el)
    })
}

/// Markup was set anew somewhere (or an element removed): what was found may be gone.
pub fn replaced() {
    EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
    FOUND.with(|found| found.borrow_mut().clear());
}

/// A region as last filled: its id, element, key and markup, and the `EPOCH` it was drawn at.
struct Filled {
    id: String,
    el: web_sys::Element,
    key: String,
    html: String,
    epoch: u32,
}

thread_local! {
    static FILLED: std::cell::RefCell<Vec<Filled>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Fills a region with the HTML `build` makes, unless this same element was last filled for
/// this `key` (a region drawn anew inside a replaced one is a new element, and is filled). When
/// only texts and attributes changed, they are patched in place (`diff.rs`), so the elements,
/// what is open and what has focus stay; else the region is set anew. The DOM is never read
/// back: serialising it is slow, and it rarely equals the markup set.
pub fn fill(id: &str, key: &str, build: impl FnOnce() -> String) {
    redraw(id, key, |el, old| {
        let html = build();
        // A region drawn for the first time has nothing to compare with.
        if old.is_empty() || !patched(el, old, &html) {
            el.set_inner_html(&html);
            replaced();
        }
        html
    });
}

/// Runs `draw` on the element `id` unless this same element was last drawn for this `key`.
/// `draw` gets the markup it returned last time for this element ("" if none) and returns the
/// markup it leaves.
fn redraw(id: &str, key: &str, draw: impl FnOnce(&web_sys::Element, &str) -> String) {
    let Some(el) = element(id) else {
        return;
    };
    FILLED.with(|f| {
        let mut f = f.borrow_mut();
        let epoch = EPOCH.with(|e| e.get());
        let i = match f.iter().position(|r| r.id == id) {
            Some(i) => i,
            None => {
                f.push(Filled {
                    id: id.into(),
                    el: el.clone(),
                    key: String::new(),
                    html: String::new(),
                    epoch,
                });
                f.len() - 1
            }
        };
        let region = &mut f[i];
        // Nothing set anew since it was drawn: the same element, without asking the page.
        if region.epoch != epoch && region.el != el {
            region.html.clear();
            region.el = el;
        } else if region.key == key {
            region.epoch = epoch;
            return;
        }
        region.html = draw(&region.el, &region.html);
        region.key = key.into();
        // Set anew, the region's own element stays.
        region.epoch = EPOCH.with(|e| e.get());
    });
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/web/dom.js")]
extern "C" {
    /// Makes `diff::changes` in a region; `false` as soon as a node is not what the
    /// markup says it is (then the region is set anew, so a change half made does no harm).
    fn patch(region: &web_sys::Element, changes: &str) -> bool;
    /// Whether the element was in the viewport at the last frame (in view until first known).
    fn in_view(el: &web_sys::Element) -> bool;
    #[wasm_bindgen(js_name = first)]
    fn first_js(f: &js_sys::Function);
    #[wasm_bindgen(js_name = stored_elder)]
    fn stored_elder_js() -> Option<String>;
    /// Remembers 长者模式 on this device, if storage is available.
    pub fn store_elder(on: bool);
}

/// Patches a region from `old` to `new` markup in place, if only texts and attributes changed.
fn patched(region: &web_sys::Element, old: &str, new: &str) -> bool {
    diff::changes(old, new).is_some_and(|c| c.is_empty() || patch(region, &c))
}

/// Replaces an element's content with HTML from `html.rs`, unless it was set to that last.
pub fn set_html(id: &str, html: &str) {
    fill(id, html, || html.into());
}

/// Sets an element's text, unless it was set to that last (a live region then stays quiet).
/// Remembered rather than read back: reading a text out of the page costs as much as setting it.
/// Only for elements that hold text alone: no element inside is taken out of `FOUND`.
pub fn set_text(id: &str, text: &str) {
    redraw(id, &format!("\x01{text}"), |el, _| {
        el.set_text_content(Some(text));
        String::new()
    });
}

/// Sets an attribute unless it already has that value (each set restyles what it may match).
pub fn set_attr(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Whether no part of the element was in the viewport when the page was last drawn (it is below
/// or above it). The browser tells (`dom.js`), so no layout is forced to know.
pub fn out_of_view(id: &str) -> bool {
    element(id).is_some_and(|el| !in_view(&el))
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

/// Whether the page's viewport matches a CSS media query.
pub fn matches_media(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Runs `f` in a task of its own, after what is running now (and maybe a frame) is done.
pub fn soon(f: impl FnOnce() + 'static) {
    SOON.with(|s| s.borrow_mut().push(Box::new(f)));
    SOON_RUNNER.with(|r| {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(r.as_ref().unchecked_ref(), 0);
    });
}

/// Runs `f` in a task of its own, ahead of what else waits, where the browser lets a page ask for
/// that: work the next frame should not wait for. (What `soon` queued before it runs with it.)
pub fn first(f: impl FnOnce() + 'static) {
    SOON.with(|s| s.borrow_mut().push(Box::new(f)));
    SOON_RUNNER.with(|r| first_js(r.as_ref().unchecked_ref()));
}

/// Runs `f` in a task of its own once the next frame has been drawn: what the page does not
/// show yet waits for what it shows. (A frame's animation callbacks run just before it is
/// drawn; a task they post runs after.)
pub fn after_paint(f: impl FnOnce() + 'static) {
    AFTER_PAINT.with(|s| s.borrow_mut().push(Box::new(f)));
    FRAME_RUNNER.with(|r| {
        let _ = window().request_animation_frame(r.as_ref().unchecked_ref());
    });
}

type Queue = std::cell::RefCell<Vec<Box<dyn FnOnce()>>>;

thread_local! {
    /// What `soon` and `after_paint` were given, and the callbacks that run it (closures of the
    /// same type as the URL timer's: a new type of closure costs the module its own glue).
    static SOON: Queue = const { std::cell::RefCell::new(Vec::new()) };
    static SOON_RUNNER: wasm_bindgen::closure::Closure<dyn Fn()> =
        wasm_bindgen::closure::Closure::new(|| run(&SOON));
    static AFTER_PAINT: Queue = const { std::cell::RefCell::new(Vec::new()) };
    static PAINT_RUNNER: wasm_bindgen::closure::Closure<dyn Fn()> =
        wasm_bindgen::closure::Closure::new(|| run(&AFTER_PAINT));
    static FRAME_RUNNER: wasm_bindgen::closure::Closure<dyn Fn()> =
        wasm_bindgen::closure::Closure::new(|| {
            PAINT_RUNNER.with(|r| {
                let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
                    r.as_ref().unchecked_ref(),
                    0,
                );
            });
        });
}

fn run(queue: &'static std::thread::LocalKey<Queue>) {
    for f in queue.with(|s| s.take()) {
        f();
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
