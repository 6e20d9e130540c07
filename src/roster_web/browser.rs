//! The page around the roster: the address bar, the chosen file's bytes, the platform's text
//! decoder, downloads from memory, printing and today's date. Nothing here knows about pay, and
//! nothing here sends anything anywhere.

use super::FileProblem;
use shequ_pay::i18n::Lang;
use shequ_pay::policy;
use shequ_pay::query::{self, Allowed, FieldError};
use shequ_pay::roster::file::{self, Cells};
use shequ_pay::roster::Kind;
use wasm_bindgen::{JsCast, JsValue};

pub use leptos::prelude::{document, window};

/// What the address bar asks for: `?lang=en&policy=xishan&as_of=2026-12`. A value that cannot
/// be used leaves its input at the default and is named in `errors`, as the estimator names its
/// link's bad parameters.
pub struct Start {
    pub lang: Lang,
    pub policy: &'static str,
    pub as_of: Option<(u32, u32)>,
    pub errors: Vec<FieldError>,
}

impl Start {
    pub fn from_url() -> Start {
        let search = window().location().search().unwrap_or_default();
        let mut start = Start {
            lang: Lang::Zh,
            policy: query::default_policy(),
            as_of: None,
            errors: Vec::new(),
        };
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (query::decode(key), query::decode(value));
            let allowed = match key.as_str() {
                "lang" => match Lang::parse(&value) {
                    Some(l) => {
                        start.lang = l;
                        continue;
                    }
                    None => Allowed::OneOf("zh|en".into()),
                },
                "policy" => match policy::find(&value) {
                    Some(p) => {
                        start.policy = p.id;
                        continue;
                    }
                    None => Allowed::OneOf(
                        policy::all()
                            .iter()
                            .map(|p| p.id)
                            .collect::<Vec<_>>()
                            .join("|"),
                    ),
                },
                "as_of" => match month(&value) {
                    Some(m) => {
                        start.as_of = Some(m);
                        continue;
                    }
                    None => Allowed::OneOf("YYYY-MM".into()),
                },
                _ => Allowed::UnknownField,
            };
            start.errors.push(FieldError {
                field: key,
                value,
                allowed,
            });
        }
        start
    }
}

/// "2026-12" as (2026, 12): the core's reading of a month.
pub use shequ_pay::profile::month;

/// This month on the device's calendar.
pub fn this_month() -> (u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year(), d.get_month() + 1)
}

/// Today on the device's calendar, as "2026-12-06".
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Keeps the address bar's query in step with the language and district (and the month, when it
/// came from the address bar): a link copied from here opens the page the same way. The file is
/// never in it.
pub fn write_url(lang: Lang, policy: &str, as_of: Option<(u32, u32)>) {
    let Ok(history) = window().history() else {
        return;
    };
    let mut query = format!("?lang={}&policy={policy}", lang.id());
    if let Some((y, m)) = as_of {
        query.push_str(&format!("&as_of={y:04}-{m:02}"));
    }
    let location = window().location();
    if location.search().ok().as_deref() == Some(query.as_str()) {
        return;
    }
    let url = location.pathname().unwrap_or_default() + &query;
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// `<html lang>` and the title.
pub fn sync_document(lang: Lang, title: &str) {
    let doc = document();
    if let Some(html) = doc.document_element() {
        if html.get_attribute("lang").as_deref() != Some(lang.tag()) {
            let _ = html.set_attribute("lang", lang.tag());
        }
    }
    let title = format!("{title} · {}", lang.strings().app_title);
    if doc.title() != title {
        doc.set_title(&title);
    }
}

pub fn print() {
    let _ = window().print();
}

/// A chosen file's cells: its bytes read in the page, CSV decoded by `TextDecoder`, XLSX read by
/// calamine.
pub async fn read_cells(file: &web_sys::File, kind: Kind) -> Result<Cells, FileProblem> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| FileProblem::Browser(js_message(&e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let cells = match kind {
        Kind::Csv => file::csv_cells(&decode(&bytes)?),
        Kind::Xlsx => file::xlsx_cells(&bytes),
    };
    cells.map_err(FileProblem::Roster)
}

/// Text from a CSV's bytes: a BOM says the encoding; else UTF-8 if it is valid, else GB18030 (a
/// superset of GBK). The platform's decoder: no tables in the page's code.
fn decode(bytes: &[u8]) -> Result<String, FileProblem> {
    let (label, rest) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => ("utf-8", rest),
        [0xFF, 0xFE, rest @ ..] => ("utf-16le", rest),
        [0xFE, 0xFF, rest @ ..] => ("utf-16be", rest),
        _ => ("", bytes),
    };
    let decoder = |label: &str, fatal: bool| {
        let options = web_sys::TextDecoderOptions::new();
        options.set_fatal(fatal);
        web_sys::TextDecoder::new_with_label_and_options(label, &options)
    };
    let run = |label: &str, fatal: bool| {
        let d = decoder(label, fatal).map_err(|e| FileProblem::Browser(js_message(&e)))?;
        d.decode_with_u8_array(rest)
            .map_err(|e| FileProblem::Browser(js_message(&e)))
    };
    if !label.is_empty() {
        return run(label, false);
    }
    match run("utf-8", true) {
        Ok(text) => Ok(text),
        Err(_) => run("gb18030", false),
    }
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default()
}

/// Downloads bytes made in the page as a file: a Blob and a link clicked, nothing sent.
pub fn download(bytes: &[u8], name: &str, mime: &str) {
    let array = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download has its own copy once it starts; the URL is let go a little later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const CSV: &str = "text/csv;charset=utf-8";
