//! What changed between two versions of a region's markup, when only texts and attributes did.
//!
//! A keystroke changes a few numbers in a region of a few hundred elements. Setting `innerHTML`
//! again parses the whole region and builds, styles and lays out every element anew (about 1 ms
//! a kilobyte on a phone); patching the changed text nodes and attributes in place costs a few
//! calls. `changes` compares the old and the new markup (both from `html.rs`) token by token:
//! if their elements are the same, it lists where each changed text or tag sits (the child index
//! at each depth, with the tag name expected there) and what it says now; otherwise `None`, and
//! the region is set anew. `dom.js`'s `patch` makes the changes in one call and checks every
//! step against the DOM as it goes; on any surprise (markup the parser rearranges) the region is
//! set anew after all.

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

/// The markup's tokens, one at a time; a `None` token for anything `html.rs` does not write
/// (comments, doctypes, an unclosed `<`), after which it ends.
struct Tokens<'a>(&'a str);

impl<'a> Iterator for Tokens<'a> {
    type Item = Option<Token<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.0.is_empty() {
            return None;
        }
        let token = self.token();
        if token.is_none() {
            self.0 = "";
        }
        Some(token)
    }
}

impl<'a> Tokens<'a> {
    fn token(&mut self) -> Option<Token<'a>> {
        let rest = self.0;
        let Some(tag_body) = rest.strip_prefix('<') else {
            let end = rest.find('<').unwrap_or(rest.len());
            let (text, after) = rest.split_at_checked(end)?;
            self.0 = after;
            return Some(Token::Text(text));
        };
        let end = tag_body.find('>')? + 2;
        // `get`, not indexing, here and below: indexing a `str` links the panic's message
        // formatting into the module (~3 KB), though these indices are always boundaries.
        let (tag, after) = rest.split_at_checked(end)?;
        self.0 = after;
        if let Some(name) = tag.strip_prefix("</") {
            return Some(Token::Close(name.trim_end_matches('>')));
        }
        let name_end = tag
            .get(1..)?
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(tag.len(), |i| i + 1);
        let name = tag.get(1..name_end)?;
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        Some(if tag.ends_with("/>") || VOID.contains(&name) {
            Token::Void(name, tag)
        } else {
            Token::Open(name, tag)
        })
    }
}

/// Form controls whose attributes and live values differ (a typed value, a choice made): their
/// attributes are never patched, the region is set anew.
const LIVE: [&str; 4] = ["input", "select", "option", "textarea"];

/// The changes that turn the DOM of `old` into that of `new`, if their elements are the same,
/// as `dom.js`'s `patch` reads them: one record per change, split by `\u{2}`, its fields by
/// `\u{1}`: the child indexes from the region joined by `.`, the tag names along them joined by
/// `.` (`""` last for a text node), then `t` and the text, or `a` and the attributes that
/// changed (`attribute_changes`). `Some("")`: nothing changed.
pub fn changes(old: &str, new: &str) -> Option<String> {
    // Read side by side: no list of tokens is kept, and the first difference in the elements
    // ends it.
    let (mut old, mut new) = (Tokens(old), Tokens(new));
    let mut out = String::new();
    // The path to the current parent (child index, tag name), and the index of the next child.
    let mut path: Vec<(u32, &str)> = Vec::new();
    let mut next = 0u32;
    loop {
        let (o, n) = match (old.next(), new.next()) {
            (None, None) => break,
            (Some(o), Some(n)) => (o?, n?),
            _ => return None,
        };
        match (o, n) {
            (Token::Close(a), Token::Close(b)) if a == b => {
                next = path.pop()?.0 + 1;
            }
            (Token::Text(a), Token::Text(b)) => {
                if a != b {
                    // Text in a textarea is its default value, not what it shows.
                    if path.last().is_some_and(|(_, name)| *name == "textarea") {
                        return None;
                    }
                    record(&mut out, &path, (next, ""), 't', &unescape(b)?)?;
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
                    let changed = attribute_changes(ta, tb, b)?;
                    if !changed.is_empty() {
                        record(&mut out, &path, (next, b), 'a', &changed)?;
                    }
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

/// A start tag's attributes as `html.rs` writes them (`name="escaped value"` or a bare `name`,
/// whose value is ""), after the tag's `name`; `None` for anything else.
fn attributes<'a>(tag: &'a str, name: &str) -> Option<Vec<(&'a str, &'a str)>> {
    let mut rest = tag
        .get(1 + name.len()..)?
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut out = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Some(out);
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let (attr, after) = rest.split_at_checked(end)?;
        rest = match after.strip_prefix("=\"") {
            Some(quoted) => {
                let (value, after) = quoted.split_at_checked(quoted.find('"')?)?;
                out.push((attr, value));
                after.get(1..)?
            }
            None => {
                out.push((attr, ""));
                after
            }
        };
    }
}

/// What makes an element's attributes those of the start tag `new` from those of `old`, as
/// `dom.js`'s `patch` reads it: split by `\u{3}`, `name\u{4}value` (unescaped) to set, a bare
/// `name` to remove. Only what the markup changed: an attribute the user changed (a `<details>`
/// opened) and the markup did not stays as it is.
fn attribute_changes(old: &str, new: &str, name: &str) -> Option<String> {
    let (old, new) = (attributes(old, name)?, attributes(new, name)?);
    let mut out = String::new();
    for (attr, value) in &new {
        if !old.contains(&(attr, value)) {
            let value = unescape(value)?;
            if value.contains(['\u{3}', '\u{4}']) {
                return None;
            }
            if !out.is_empty() {
                out.push('\u{3}');
            }
            out.push_str(attr);
            out.push('\u{4}');
            out.push_str(&value);
        }
    }
    for (attr, _) in &old {
        if !new.iter().any(|(a, _)| a == attr) {
            if !out.is_empty() {
                out.push('\u{3}');
            }
            out.push_str(attr);
        }
    }
    Some(out)
}

/// Writes one change; `None` if its value holds a separator (then the region is set anew).
fn record(
    out: &mut String,
    path: &[(u32, &str)],
    at: (u32, &str),
    kind: char,
    value: &str,
) -> Option<()> {
    if value.contains(['\u{1}', '\u{2}']) {
        return None;
    }
    if !out.is_empty() {
        out.push('\u{2}');
    }
    let steps = || path.iter().chain(std::iter::once(&at));
    for (i, (index, _)) in steps().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(&index.to_string());
    }
    out.push('\u{1}');
    for (i, (_, name)) in steps().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(name);
    }
    out.push('\u{1}');
    out.push(kind);
    out.push('\u{1}');
    out.push_str(value);
    Some(())
}

/// Undoes `html.rs`'s escaping; `None` for any other entity.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        let (text, entity) = rest.split_at_checked(i)?;
        out.push_str(text);
        rest = entity;
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
        rest = rest.get(len..)?;
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The changes, one per line, fields split by `|`.
    fn read(old: &str, new: &str) -> Option<String> {
        changes(old, new).map(|c| {
            c.replace('\u{2}', "\n")
                .replace('\u{1}', "|")
                .replace('\u{3}', ";")
                .replace('\u{4}', "=")
        })
    }

    #[test]
    fn same_markup_changes_nothing() {
        let html = r#"<div class="a"><p>1 &lt; 2</p><br><p>x</p></div>"#;
        assert_eq!(read(html, html).as_deref(), Some(""));
    }

    #[test]
    fn changed_texts_are_found_by_child_index() {
        let old = r#"<div><span>a</span>b<p><em>c</em>d</p></div><p>e</p>"#;
        let new = r#"<div><span>A</span>b<p><em>c</em>D &amp; E</p></div><p>e</p>"#;
        assert_eq!(
            read(old, new).as_deref(),
            Some("0.0.0|div.span.|t|A\n0.2.1|div.p.|t|D & E")
        );
    }

    #[test]
    fn void_and_self_closed_tags_take_a_child_index_and_no_depth() {
        let old = r#"<p>a<br>b</p><svg><path d="M0"/><text>1</text></svg>"#;
        let new = r#"<p>a<br>c</p><svg><path d="M1"/><text>2</text></svg>"#;
        assert_eq!(
            read(old, new).as_deref(),
            Some("0.2|p.|t|c\n1.0|svg.path|a|d=M1\n1.1.0|svg.text.|t|2")
        );
    }

    #[test]
    fn a_changed_tag_sends_the_attributes_set_and_removed() {
        let old = r#"<details class="fig" data-bit="1" open><summary>s</summary></details>"#;
        let new = r#"<details class="fig total" data-bit="1" title="a &amp; &quot;b&quot;"><summary>s</summary></details>"#;
        assert_eq!(
            read(old, new).as_deref(),
            Some(r#"0|details|a|class=fig total;title=a & "b";open"#)
        );
        // The same attributes in another order: nothing to do.
        let new = r#"<details data-bit="1" class="fig" open><summary>s</summary></details>"#;
        assert_eq!(read(old, new).as_deref(), Some(""));
        // A separator in a value: the region is set anew.
        let new = "<details class=\"fig\u{3}\" data-bit=\"1\" open><summary>s</summary></details>";
        assert_eq!(read(old, new), None);
    }

    #[test]
    fn other_elements_or_live_controls_mean_a_new_region() {
        // An element more, another tag, a text that appears, an end tag that moved.
        assert_eq!(read("<p>a</p>", "<p>a</p><p>b</p>"), None);
        assert_eq!(read("<p>a</p>", "<div>a</div>"), None);
        assert_eq!(read("<p></p>", "<p>a</p>"), None);
        assert_eq!(read("<p><b>a</b>c</p>", "<p><b>a</b></p>c"), None);
        // A form control's attributes are not what it shows.
        assert_eq!(read(r#"<input value="1">"#, r#"<input value="2">"#), None);
        assert_eq!(
            read("<textarea>a</textarea>", "<textarea>b</textarea>"),
            None
        );
        // Markup html.rs never writes, or a separator in a text.
        assert_eq!(read("<p>a</p>", "<p>&nbsp;</p>"), None);
        assert_eq!(read("<!-- a -->", "<!-- b -->"), None);
        assert_eq!(read("<p>a", "<p>b"), None);
        assert_eq!(read("<p>a</p>", "<p>\u{1}</p>"), None);
    }
}
