//! The browser app: client-side rendering on web-sys (src/web/mod.rs says why no framework).
//! Built by Trunk for wasm32 only; the app itself is `src/web/`.

#[cfg(target_arch = "wasm32")]
#[path = "../web/mod.rs"]
mod web;

// The HTML writer and the markup diff are plain Rust: their tests also run natively
// (`cargo test`).
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../web/diff.rs"]
#[allow(dead_code)]
mod diff;
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

/// The page is single-threaded, so a free-list allocator needs no locking; it reuses freed
/// blocks, and bench/run checks that WebAssembly memory does not grow over 200 input changes.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without threads: only one thread ever allocates.
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
