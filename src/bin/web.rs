//! The browser app (`src/web/`, a Leptos client-side app). Built by Trunk for wasm32 only.

#[cfg(target_arch = "wasm32")]
#[path = "../page_shell.rs"]
mod page_shell;
#[cfg(target_arch = "wasm32")]
#[path = "../web/mod.rs"]
mod web;

#[cfg(target_arch = "wasm32")]
fn main() {
    web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app is built for the browser: see README (scripts/serve).");
}
