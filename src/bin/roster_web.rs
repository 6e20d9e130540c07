//! The roster page (`roster/index.html`, issue 16): a whole roster in the browser. Built by
//! Trunk for wasm32 only, as its own entry, so that the estimator never downloads it.

#[cfg(target_arch = "wasm32")]
#[path = "../page_shell.rs"]
mod page_shell;
#[cfg(target_arch = "wasm32")]
#[path = "../roster_web/mod.rs"]
mod roster_web;

#[cfg(target_arch = "wasm32")]
fn main() {
    roster_web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The roster page is built for the browser: see README (scripts/build-release).");
}
