//! The app's whole reactive core: state cells that redraw the page when they change, and
//! event listeners. The page is drawn by one function (`App::draw`), so this is all it needs.

use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    /// What to run when a cell changes: `App::draw`, set once by `on_change`.
    static REDRAW: RefCell<Option<Box<dyn Fn()>>> = RefCell::new(None);
    static DRAWING: Cell<bool> = const { Cell::new(false) };
}

fn changed() {
    // A change made while drawing is drawn by the draw in progress' caller (none today).
    if DRAWING.with(|d| d.replace(true)) {
        return;
    }
    REDRAW.with(|r| {
        if let Some(f) = r.borrow().as_ref() {
            f()
        }
    });
    DRAWING.with(|d| d.set(false));
}

/// Runs `f` now and after every change of any `State`.
pub fn on_change(f: impl Fn() + 'static) {
    REDRAW.with(|r| *r.borrow_mut() = Some(Box::new(f)));
    changed();
}

/// A value that redraws the page when set. `Copy`, like a signal: it lives as long as the page.
pub struct State<T: 'static>(&'static RefCell<T>);

impl<T> Clone for State<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for State<T> {}

impl<T: Clone> State<T> {
    pub fn new(value: T) -> Self {
        State(Box::leak(Box::new(RefCell::new(value))))
    }
    pub fn get(&self) -> T {
        self.0.borrow().clone()
    }
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0.borrow())
    }
    pub fn set(&self, value: T) {
        *self.0.borrow_mut() = value;
        changed();
    }
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        f(&mut self.0.borrow_mut());
        changed();
    }
    /// Changes the value without redrawing (for what the page already shows).
    pub fn update_quietly(&self, f: impl FnOnce(&mut T)) {
        f(&mut self.0.borrow_mut());
    }
}

/// Listens to an event for the life of the page.
pub fn listen(target: &web_sys::EventTarget, name: &str, f: impl Fn(web_sys::Event) + 'static) {
    listen_as(target, name, false, f);
}

/// Listens on the way down (`capture`): for events that do not bubble, such as `toggle`.
pub fn listen_as(
    target: &web_sys::EventTarget,
    name: &str,
    capture: bool,
    f: impl Fn(web_sys::Event) + 'static,
) {
    let f = Closure::<dyn Fn(web_sys::Event)>::new(f);
    let _ =
        target.add_event_listener_with_callback_and_bool(name, f.as_ref().unchecked_ref(), capture);
    f.forget();
}
