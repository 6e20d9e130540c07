//! What changed between two versions of a region's markup, when only texts and attributes did.
//!
//! A keystroke changes a few numbers in a region of a few hundred elements. Setting `innerHTML`
//! again parses the whole region and builds, styles and lays out every element anew (about 1 ms
//! a kilobyte on a phone); patching the changed text nodes and attributes in place costs a few
//! calls. `changes` compares the old and the new markup (both from `html.rs`) token by token:
//! if their elements are the same, it lists where each changed text or tag sits (the child index
//! at each depth, with the tag name expected there) and what it says now; otherwise `None`, and
//! the region is set anew. `browser::fill` applies the list and checks every step against the
//! DOM as it goes, falling back to `innerHTML` on any surprise (markup the parser rearranges).

/// A piece of markup as `html.rs` writes it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    /// A start tag: its name, and the whole tag (`<a href="…">`) to compare attributes.
    Open(&'a str, &'a str),
    /// A tag with no end tag (`<br>`, `<input …>`, `<path … />`).
    Void(&'a str, &'a str),
    Close(&'a str),
    /// Text between tags, escaped as written.
    Text(&'a str),
}

/// Elements the HTML parser never expects an end tag for.
const VOID: [&str; 9] = [
    "br", "hr", "img", "input", "meta", "link", "col", "wbr", "source",
];

/// The markup as tokens; `None` for anything `html.rs` does not write (comments, doctypes, an
/// unclosed `<`).
fn tokens(html: &str) -> Option<Vec<Token<'_>>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(tag_body) = rest.strip_prefix('<') {
            let end = tag_body.find('>')? + 2;
            let tag = &rest[..end];
            rest = &rest[end..];
            if let Some(name) = tag.strip_prefix("</") {
                out.push(Token::Close(name.trim_end_matches('>')));
                continue;
            }
            let name_end = tag[1..]
                .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
                .map_or(tag.len(), |i| i + 1);
            let name = &tag[1..name_end];
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
                return None;
            }
            if tag.ends_with("/>") || VOID.contains(&name) {
                out.push(Token::Void(name, tag));
            } else {
                out.push(Token::Open(name, tag));
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Text(&rest[..end]));
            rest = &rest[end..];
        }
    }
    Some(out)
}

/// Where a changed node sits under the region: per depth, its index among its parent's child
/// nodes and the tag name it must have (`""` for the text node at the end).
pub type Path<'a> = Vec<(u32, &'a str)>;

/// A change to make in place.
#[derive(Debug, PartialEq, Eq)]
pub enum Change<'a> {
    /// The text node now says this (unescaped).
    Text(String),
    /// The element's attributes: each `(name, Some(value))` to set, `(name, None)` to remove.
    Attrs(Vec<(&'a str, Option<String>)>),
}

/// Form controls whose attributes and live values differ (a typed value, a choice made): their
/// attributes are never patched, the region is set anew.
const LIVE: [&str; 4] = ["input", "select", "option", "textarea"];

/// The changes that turn the DOM of `old` into that of `new`, if their elements are the same.
pub fn changes<'a>(old: &'a str, new: &'a str) -> Option<Vec<(Path<'a>, Change<'a>)>> {
    let (old, new) = (tokens(old)?, tokens(new)?);
    if old.len() != new.len() {
        return None;
    }
    let mut out = Vec::new();
    // The path to the current parent, and the index of the next child under it.
    let mut path: Path<'a> = Vec::new();
    let mut next = 0u32;
    for (o, n) in old.iter().zip(&new) {
        match (*o, *n) {
            (Token::Close(a), Token::Close(b)) if a == b => {
                next = path.pop()?.0 + 1;
            }
            (Token::Text(a), Token::Text(b)) => {
                if a != b {
                    // Text in a textarea is its default value, not what it shows.
                    if path.last().is_some_and(|(_, name)| *name == "textarea") {
                        return None;
                    }
                    let mut at = path.clone();
                    at.push((next, ""));
                    out.push((at, Change::Text(unescape(b)?)));
                }
                next += 1;
            }
            (Token::Open(a, ta), Token::Open(b, tb)) | (Token::Void(a, ta), Token::Void(b, tb))
                if a == b =>
            {
                if ta != tb {
                    if LIVE.contains(&b) {
                        return None;
                    }
                    let mut at = path.clone();
                    at.push((next, b));
                    out.push((at, Change::Attrs(attr_changes(ta, tb)?)));
                }
                if matches!(n, Token::Open(..)) {
                    path.push((next, b));
                    next = 0;
                } else {
                    next += 1;
                }
            }
            _ => return None,
        }
    }
    path.is_empty().then_some(out)
}

/// The changes as one string for `dom.js`'s `patch` (which says how it is read); `None` if a
/// text holds one of the separators (then the region is set anew).
pub fn encode(changes: &[(Path<'_>, Change<'_>)]) -> Option<String> {
    const RECORD: char = '\u{2}';
    const FIELD: char = '\u{1}';
    const REMOVE: char = '\u{3}';
    let mut out = String::new();
    let push = |out: &mut String, s: &str| {
        if s.contains(['\u{1}', '\u{2}', '\u{3}']) {
            return None;
        }
        out.push(FIELD);
        out.push_str(s);
        Some(())
    };
    for (path, change) in changes {
        if !out.is_empty() {
            out.push(RECORD);
        }
        let indexes: Vec<String> = path.iter().map(|(i, _)| i.to_string()).collect();
        let names: Vec<&str> = path.iter().map(|(_, n)| *n).collect();
        out.push_str(&indexes.join("."));
        push(&mut out, &names.join("."))?;
        match change {
            Change::Text(text) => {
                push(&mut out, "t")?;
                push(&mut out, text)?;
            }
            Change::Attrs(attrs) => {
                push(&mut out, "a")?;
                for (name, value) in attrs {
                    push(&mut out, name)?;
                    match value {
                        Some(v) => push(&mut out, v)?,
                        None => {
                            out.push(FIELD);
                            out.push(REMOVE);
                        }
                    }
                }
            }
        }
    }
    Some(out)
}

/// A start tag's attributes as `(name, escaped value)`; a boolean attribute has `""`.
fn attrs(tag: &str) -> Option<Vec<(&str, &str)>> {
    let body = tag.trim_start_matches('<').trim_end_matches('>');
    let body = body.trim_end_matches('/');
    let mut rest = body.split_once(' ').map_or("", |(_, r)| r);
    let mut out = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Some(out);
        }
        let name_end = rest
            .find(|c: char| c == '=' || c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = &rest[name_end..];
        if let Some(v) = rest.strip_prefix("=\"") {
            let end = v.find('"')?;
            out.push((name, &v[..end]));
            rest = &v[end + 1..];
        } else {
            out.push((name, ""));
        }
    }
}

fn attr_changes<'a>(old: &'a str, new: &'a str) -> Option<Vec<(&'a str, Option<String>)>> {
    let (old, new) = (attrs(old)?, attrs(new)?);
    let mut out = Vec::new();
    for (name, value) in &new {
        if !old.contains(&(*name, *value)) {
            out.push((*name, Some(unescape(value)?)));
        }
    }
    for (name, _) in &old {
        if !new.iter().any(|(n, _)| n == name) {
            out.push((*name, None));
        }
    }
    Some(out)
}

/// Undoes `html.rs`'s escaping; `None` for any other entity.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (c, len) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
        ]
        .iter()
        .find(|(e, _)| rest.starts_with(e))
        .map(|(e, c)| (*c, e.len()))?;
        out.push(c);
        rest = &rest[len..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Change<'static> {
        Change::Text(s.into())
    }

    #[test]
    fn same_markup_changes_nothing() {
        let html = r#"<div class="a"><p>1 &lt; 2</p><br><p>x</p></div>"#;
        assert_eq!(changes(html, html), Some(vec![]));
    }

    #[test]
    fn changed_texts_are_found_by_child_index() {
        let old = r#"<div><span>a</span>b<p><em>c</em>d</p></div><p>e</p>"#;
        let new = r#"<div><span>A</span>b<p><em>c</em>D &amp; E</p></div><p>e</p>"#;
        assert_eq!(
            changes(old, new),
            Some(vec![
                (vec![(0, "div"), (0, "span"), (0, "")], text("A")),
                (vec![(0, "div"), (2, "p"), (1, "")], text("D & E")),
            ])
        );
    }

    #[test]
    fn void_and_self_closed_tags_take_a_child_index_and_no_depth() {
        let old = r#"<p>a<br>b</p><svg><path d="M0"/><text>1</text></svg>"#;
        let new = r#"<p>a<br>c</p><svg><path d="M1"/><text>2</text></svg>"#;
        assert_eq!(
            changes(old, new),
            Some(vec![
                (vec![(0, "p"), (2, "")], text("c")),
                (
                    vec![(1, "svg"), (0, "path")],
                    Change::Attrs(vec![("d", Some("M1".into()))])
                ),
                (vec![(1, "svg"), (1, "text"), (0, "")], text("2")),
            ])
        );
    }

    #[test]
    fn changes_are_encoded_for_dom_js() {
        let old = r#"<p class="a" hidden>x</p><p>y</p>"#;
        let new = r#"<p class="b">x</p><p>z &amp; w</p>"#;
        let found = changes(old, new).expect("the same elements");
        assert_eq!(
            encode(&found).as_deref(),
            Some(
                "0\u{1}p\u{1}a\u{1}class\u{1}b\u{1}hidden\u{1}\u{3}\u{2}1.0\u{1}p.\u{1}t\u{1}z & w"
            )
        );
        // A separator in a text: the region is set anew.
        let odd = changes("<p>x</p>", "<p>\u{1}</p>").expect("the same elements");
        assert_eq!(encode(&odd), None);
    }

    #[test]
    fn attributes_are_set_and_removed() {
        let old = r#"<details class="fig" data-bit="1" open><summary>s</summary></details>"#;
        let new = r#"<details class="fig total" data-bit="1"><summary>s</summary></details>"#;
        assert_eq!(
            changes(old, new),
            Some(vec![(
                vec![(0, "details")],
                Change::Attrs(vec![("class", Some("fig total".into())), ("open", None)])
            )])
        );
    }

    #[test]
    fn other_elements_or_live_controls_mean_a_new_region() {
        // An element more, another tag, a text that appears, an end tag that moved.
        assert_eq!(changes("<p>a</p>", "<p>a</p><p>b</p>"), None);
        assert_eq!(changes("<p>a</p>", "<div>a</div>"), None);
        assert_eq!(changes("<p></p>", "<p>a</p>"), None);
        assert_eq!(changes("<p><b>a</b>c</p>", "<p><b>a</b></p>c"), None);
        // A form control's attributes are not what it shows.
        assert_eq!(
            changes(r#"<input value="1">"#, r#"<input value="2">"#),
            None
        );
        assert_eq!(
            changes("<textarea>a</textarea>", "<textarea>b</textarea>"),
            None
        );
        // Markup html.rs never writes.
        assert_eq!(changes("<p>a</p>", "<p>&nbsp;</p>"), None);
        assert_eq!(changes("<!-- a -->", "<!-- b -->"), None);
        assert_eq!(changes("<p>a", "<p>b"), None);
    }
}
