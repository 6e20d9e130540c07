//! Quotes are the document's words (issue 15, item 10): every fragment of every quote (the parts
//! between " … ") appears in the seed text the policy names, normalising only full- and
//! half-width punctuation. A quote assembled from table cells or restoring characters the scrape
//! lost is marked `assembled` (据原文整理) in the data, and is shown as such instead.

use shequ_pay::estimate::document;
use shequ_pay::policy;
use std::path::Path;

/// Full-width punctuation as its half-width form; everything else as it is.
fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '，' => ',',
            '；' => ';',
            '：' => ':',
            '（' => '(',
            '）' => ')',
            '“' | '”' | '＂' => '"',
            '‘' | '’' => '\'',
            '！' => '!',
            '？' => '?',
            '．' => '.',
            '％' => '%',
            other => other,
        })
        .collect()
}

#[test]
fn every_quote_is_in_its_seed() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        println!(
            "note: {} is absent; quotes not checked against the documents",
            seeds.display()
        );
        return;
    }
    let mut checked = 0;
    let mut wrong = Vec::new();
    for p in policy::all() {
        for source in p.sources() {
            if source.is_assembled() {
                continue;
            }
            let doc = document(p, source);
            let text = std::fs::read_to_string(seeds.join(doc.file))
                .unwrap_or_else(|e| panic!("{}: {}: {e}", p.id, doc.file));
            let text = normalise(&text);
            for fragment in source.fragments() {
                checked += 1;
                if !text.contains(&normalise(fragment)) {
                    wrong.push(format!("{} ({}): “{fragment}”", p.id, source.clause));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} fragments checked");
    assert!(
        wrong.is_empty(),
        "quotes not found in the seed text (fix the quote, or mark it `assembled = true` if it is put together from table cells or restores lost characters):\n{}",
        wrong.join("\n")
    );
}

/// The quotes the issue names as assembled are marked: 官渡's "4300—6800元/月/人（含五险）"
/// (the scrape has "43006800//含五险") and 银川's table quotes.
#[test]
fn restored_quotes_are_marked() {
    let guandu = policy::find("guandu").unwrap();
    assert!(guandu.pay_range.as_ref().unwrap().source.is_assembled());
    let yinchuan = policy::find("yinchuan").unwrap();
    let assembled = yinchuan
        .sources()
        .iter()
        .filter(|s| s.is_assembled())
        .count();
    assert!(assembled >= 3, "{assembled}");
}
