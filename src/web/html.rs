//! A small HTML writer for the read-only parts of the page (the estimate, the comparison, the
//! documents). They are drawn as one escaped string and set as the `innerHTML` of their region:
//! typed view frameworks cost about a kilobyte of wasm per element here, which the 100 KB
//! first-visit budget cannot carry for a report of a few hundred elements.
//!
//! Every text and attribute value passes through `escape`; tag and attribute names are literals.
//! No `style` attribute and no script is ever written (the page runs under a strict CSP).

use shequ_pay::format::split_at_match;

#[derive(Default)]
pub struct Html {
    out: String,
}

fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Html {
    /// `<tag a="v" …>`. An attribute with an empty name is left out (for optional ones); an
    /// empty value writes a boolean attribute.
    pub fn tag(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            if name.is_empty() {
                continue;
            }
            self.out.push(' ');
            self.out.push_str(name);
            if !value.is_empty() {
                self.out.push_str("=\"");
                escape(&mut self.out, value);
                self.out.push('"');
            }
        }
        self.out.push('>');
        self
    }

    /// `<tag class="…">`.
    pub fn open(&mut self, tag: &str, class: &str) -> &mut Self {
        self.tag(tag, &[(if class.is_empty() { "" } else { "class" }, class)])
    }

    pub fn end(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Self {
        escape(&mut self.out, s);
        self
    }

    /// `<tag class="…">text</tag>`.
    pub fn leaf(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.open(tag, class).text(text).end(tag)
    }

    /// Chinese text (document titles, clauses, quotes) marked as such in any page language.
    pub fn zh(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.tag(
            tag,
            &[
                (if class.is_empty() { "" } else { "class" }, class),
                ("lang", "zh-CN"),
            ],
        )
        .text(text)
        .end(tag)
    }

    /// Literal markup with holes: each `{}` of `template` (a literal, never data) is replaced by
    /// the next value, escaped. Markup written many times costs one call instead of one per tag
    /// (the career view's tables and charts).
    pub fn fill(&mut self, template: &'static str, values: &[&str]) -> &mut Self {
        let mut rest = template;
        let mut values = values.iter();
        while let Some((before, after)) = split_at_match(rest, "{}") {
            self.out.push_str(before);
            escape(&mut self.out, values.next().copied().unwrap_or_default());
            rest = after;
        }
        self.out.push_str(rest);
        self
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut h = Html::default();
        h.tag("p", &[("data-x", "a\"<b>"), ("", "skipped"), ("open", "")])
            .text("1 < 2 & 'x'")
            .end("p");
        assert_eq!(
            h.finish(),
            "<p data-x=\"a&quot;&lt;b&gt;\" open>1 &lt; 2 &amp; &#39;x&#39;</p>"
        );
    }

    #[test]
    fn fills_holes_escaped() {
        let mut h = Html::default();
        h.fill("<td data-col=\"{}\">{}</td>{}", &["a\"b", "<1>"]);
        assert_eq!(h.finish(), "<td data-col=\"a&quot;b\">&lt;1&gt;</td>");
    }
}
