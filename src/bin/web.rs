//! The browser app (client-side rendering on web-sys; see src/web/mod.rs for why not a framework). Built by Trunk for wasm32 only; the app
//! itself is `src/web/`.

#[cfg(target_arch = "wasm32")]
#[path = "../web/mod.rs"]
mod web;

// The HTML writer is plain Rust: its tests also run natively (`cargo test`).
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../web/html.rs"]
#[allow(dead_code)]
mod html;

#[cfg(target_arch = "wasm32")]
fn main() {
    web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app is built for the browser: see README (scripts/serve).");
}
