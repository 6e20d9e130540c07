//! The browser app (Leptos, client-side rendering). Built by Trunk for wasm32 only.
#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| view! { <p id="hello">"社区工作者薪酬测算"</p> });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app is built for the browser: see README (scripts/serve).");
}
