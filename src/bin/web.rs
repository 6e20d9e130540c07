//! The browser app (Leptos, client-side rendering). Built by Trunk for wasm32 only; the app
//! itself is `src/web/`.

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
