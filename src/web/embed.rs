//! Embedding on other sites. Two parts:
//!
//! - Embed mode (`embed=1`, the app inside a portal's iframe made by `public/embed.js`): the
//!   estimator with minimal chrome (长者模式 and "open in a new window"; no masthead, footer or
//!   language switch), locked to the portal's district when the URL names one (`locked`: no
//!   district select, no comparison; the full app is one link away), the URL and history left
//!   alone (`App::commit`: a history entry in a frame would take the host page's back button),
//!   and its height posted to the parent.
//! - The page "嵌入到您的网站" (`View::Embed`): options, the snippet for them, a live preview
//!   (the real `embed.js`, inserted as a script), and the headers a portal needs.
//!
//! Height protocol (the other half is `public/embed.js`): only a `{type: "shequ-pay:hello"}`
//! whose source is `window.parent` of a framed page is heeded; its origin becomes the one
//! target of `{type: "shequ-pay:height", height}` with the root element's height (its
//! scrollHeight never drops below the frame's), posted at once and whenever it changes
//! (ResizeObserver). Nothing is posted to "*"; every other message is ignored.
//!
//! Size: what needs the browser beyond drawing — the height protocol, and the embed page's
//! snippet, preview (`embed.js` inserted as a script: `src` resolves against the page, right under
//! any sub-path) and copy button (the Clipboard API where there is one; else the text is left
//! selected) — is in `dom.js`, ~50 lines of JS: through web-sys the same calls cost the first
//! visit ~1.3 KB gzip more (measured). The embed page is an `Html::fill` template; in another
//! language only its texts are patched (`browser::fill`), so the options chosen, the snippet and
//! the preview stay.

use super::browser;
use super::html::Html;
use shequ_pay::i18n::Lang;
use shequ_pay::policy;
use shequ_pay::query::{to_query, AppState, View};
use wasm_bindgen::prelude::wasm_bindgen;

/// The strict Content-Security-Policy the app and its embed run under (as
/// scripts/static-server.mjs sends it; tests/browser/embed.test.mjs runs both under it), and
/// `frame-ancestors` for an example portal ('self': the embed page's preview).
macro_rules! csp {
    () => {
        "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; frame-ancestors 'self' https://www.example.gov.cn"
    };
}

/// Embedded with a district named: that district only. (An embedded page's URL never changes.)
pub fn locked(st: &AppState) -> bool {
    st.embed && browser::query_has("policy")
}

/// The view an embedded page shows: never the embed page, nor the comparison when locked.
pub fn normalize(st: &mut AppState) {
    if st.embed && (st.view == View::Embed || st.view == View::Compare && locked(st)) {
        st.view = View::Estimate;
    }
}

#[wasm_bindgen(module = "/src/web/dom.js")]
extern "C" {
    /// Embed mode: answers the parent's hello and keeps it told of the page's height.
    pub fn connect();
    /// The embed page: the snippet and the preview for the options chosen (defaults left out;
    /// locked to a district, no comparison).
    pub fn show();
    #[wasm_bindgen(js_name = copy)]
    fn copy_with(copied: &str, select: &str);
}

/// Embed mode's chrome: 长者模式, the full app in a new window, and the tabs unless locked.
pub fn chrome(lang: Lang, st: &AppState) -> String {
    let s = lang.strings();
    let mut h = Html::default();
    h.fill(
        concat!(
            r#"<div class="wrap embed-bar"><button id="elder-switch" type="button" class="button">"#,
            "{}</button>",
            r#"<a id="open-full" href="?" target="_blank" rel="noopener">"#,
            "{}</a></div>",
        ),
        &[s.elder_mode, s.embed_open],
    );
    // Locked, the comparison goes; with it the tabs, unless another view is left.
    if !locked(st) || super::TABS.len() > 2 {
        super::tabs(&mut h, lang, st);
    }
    h.finish()
}

/// The link to the embed page, for the footer.
pub fn footer_link(h: &mut Html, lang: Lang) {
    let href = if lang == Lang::En {
        "?view=embed&lang=en"
    } else {
        "?view=embed"
    };
    h.open("p", "no-print")
        .tag("a", &[("href", href), ("data-view", "embed")])
        .text(lang.strings().nav_embed)
        .end("a")
        .end("p");
}

/// After each draw: embed mode's link to the full app and what locking hides; the embed page's
/// snippet and preview.
pub fn sync(st: &AppState) {
    if st.embed {
        if let Some(link) = browser::element("open-full") {
            // `to_query` ends with embed=1.
            let query = to_query(st);
            let full = query.strip_suffix("&embed=1").unwrap_or(&query);
            browser::set_attr(&link, "href", full);
        }
        if locked(st) {
            browser::set_hidden("w-policy", true);
            browser::set_hidden("tab-compare", true);
        }
    } else if st.view == View::Embed
        && browser::element("em-preview").is_some_and(|e| !e.has_child_nodes())
    {
        show();
    }
}

/// The page "嵌入到您的网站" (`Html::fill` templates): options, snippet, preview, headers. An
/// option's first value is its default, "" where the snippet leaves it out.
const PAGE: [&str; 2] = [
    concat!(
        r#"<fieldset class="specific"><legend>"#,
        "{}</legend>",
        r#"<div class="field"><label for="em-policy">"#,
        "{}</label>",
        r#"<select id="em-policy"><option value="">"#,
        "{}</option>",
    ),
    concat!(
        r#"</select></div><div class="field"><label for="em-lang">"#,
        "{}</label>",
        r#"<select id="em-lang"><option value="" lang="zh-CN">"#,
        "{}</option>",
        r#"<option value="en" lang="en">"#,
        "{}</option></select></div>",
        r#"<div class="field"><label for="em-view">"#,
        "{}</label>",
        r#"<select id="em-view"><option value="">"#,
        "{}</option>",
        r#"<option value="career">"#,
        "{}</option>",
        r#"<option value="compare">"#,
        "{}</option></select></div>",
        r#"<div class="field check"><input type="checkbox" id="em-elder"><label for="em-elder">"#,
        "{}</label></div></fieldset>",
        r#"<div class="field"><label for="em-code">"#,
        "{}</label>",
        r#"<textarea id="em-code" readonly rows="3"></textarea></div>"#,
        r#"<button type="button" class="button" id="em-copy">"#,
        "{}</button>",
        r#"<p class="hint" id="em-status" role="status"></p>"#,
        r#"<section class="block"><h3>"#,
        "{}</h3>",
        r#"<div id="em-preview"></div></section>"#,
        r#"<section class="block"><h3>"#,
        "{}</h3><p>{}</p>",
        r#"<pre><code>Content-Security-Policy: script-src "#,
        "{}; frame-src {}</code></pre><p>{}</p>",
        r#"<pre><code>"#,
        csp!(),
        "</code></pre></section>",
    ),
];

/// The embed page; `show` then writes its snippet and preview.
pub fn page(lang: Lang) -> String {
    let s = lang.strings();
    let origin = browser::window().location().origin().unwrap_or_default();
    let mut h = Html::default();
    h.fill(PAGE[0], &[s.embed_options, s.district, s.embed_all]);
    for p in policy::all() {
        h.tag("option", &[("value", p.id)])
            .text(lang.text(&p.name))
            .end("option");
    }
    h.fill(
        PAGE[1],
        &[
            s.embed_lang,
            // Each language by its own name: the other language's switch.
            Lang::En.strings().lang_switch,
            Lang::Zh.strings().lang_switch,
            s.embed_view,
            s.nav_estimate,
            s.nav_career,
            s.nav_compare,
            s.elder_mode,
            s.embed_code,
            s.embed_copy,
            s.embed_preview,
            s.embed_headers,
            s.embed_portal_csp,
            &origin,
            &origin,
            s.embed_app_csp,
        ],
    );
    h.finish()
}

/// Copies the snippet, saying whether it worked.
pub fn copy(lang: Lang) {
    let s = lang.strings();
    copy_with(s.embed_copied, s.embed_select);
}
