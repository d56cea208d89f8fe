//! Quotations: each claim quotation checked against the article's, verbatim,
//! altered (with a word diff) or missing.

use super::*;

/// A claim quotation checked against the article's words.
#[derive(Clone, Debug)]
pub enum QuoteCheck {
    /// The words are the article's, inside quotation marks in `statement`.
    Verbatim {
        statement: Option<usize>,
        span: Span,
        quoted: bool,
    },
    /// The closest article quotation differs in some words.
    Altered {
        statement: Option<usize>,
        span: Span,
        article: Vec<String>,
        similarity: f64,
    },
    /// Nothing like it in the article.
    Missing,
}

/// Checks each of the claim's quotations against the article.
pub fn check_quotes(claim: &ClaimReading, index: &Index) -> Vec<(ClaimQuote, QuoteCheck)> {
    if claim.quotes.is_empty() {
        return Vec::new();
    }
    let doc = &index.doc;
    let pool = index.quote_pool.get_or_init(|| QuotePool::build(doc));
    let statement_of = |span: Span| -> Option<usize> {
        // Sentences and statements are in text order.
        let si = doc
            .sentences
            .partition_point(|s| s.span.end.max(s.span.start + 1) <= span.start);
        let s = doc.sentences.get(si)?;
        if s.span.start > span.start {
            return None;
        }
        let from = index.statements.partition_point(|st| st.sentence < si);
        let to = index.statements.partition_point(|st| st.sentence <= si);
        let in_sentence = &index.statements[from..to];
        in_sentence
            .iter()
            .find(|st| {
                st.speaker.is_some()
                    && st.content.iter().any(|r| {
                        let a = doc.tokens[r.start].span.start;
                        let b = doc.tokens[r.end.max(r.start + 1) - 1].span.end;
                        a <= span.start && span.start <= b
                    })
            })
            .or_else(|| in_sentence.first())
            .map(|st| st.id)
    };
    let mut out = Vec::new();
    for cq in &claim.quotes {
        let n = cq.words.len();
        // How many of each item's words are words of the claim's quotation:
        // an item with fewer than the whole quotation cannot hold it
        // verbatim, and one with fewer than a quarter cannot come within the
        // similarity needed below, so only the others are searched.
        let shared = pool.shared_words(&cq.words);
        // Exact, inside an article quotation, then anywhere in a sentence
        // (the pool lists quotations first).
        let mut found = None;
        for (&item, _) in shared.iter().filter(|(_, c)| **c >= n) {
            let (quoted, ws) = &pool.items[item];
            if n == 0 || ws.len() < n {
                continue;
            }
            if let Some(k) =
                (0..=ws.len() - n).find(|&k| (0..n).all(|x| ws[k + x].0 == cq.words[x]))
            {
                let span = ws[k].1.cover(ws[k + n - 1].1);
                found = Some(QuoteCheck::Verbatim {
                    statement: statement_of(span),
                    span,
                    quoted: *quoted,
                });
                break;
            }
        }
        if let Some(f) = found {
            out.push((cq.clone(), f));
            continue;
        }
        // The most similar article quotation as a whole (a short one), else
        // the most similar stretch of a quotation or sentence at least as
        // long as the claim's quotation.
        // Of stretches as similar, the one whose words stand where the
        // claim's do: "we've waited too long for this" against the claim's
        // "... for that", not "now we've waited too long for".
        let mut best: Option<(f64, usize, Span, Vec<String>)> = None;
        let consider = |ws: &[(String, Span)], best: &mut Option<(f64, usize, Span, Vec<String>)>| {
            let window: Vec<&str> = ws.iter().map(|w| w.0.as_str()).collect();
            let sim = similarity(&cq.words, &window);
            let in_place = cq.words.iter().zip(&window).filter(|(a, b)| a == b).count();
            let better = best.as_ref().is_none_or(|b| {
                sim > b.0 + 1e-9 || (sim > b.0 - 1e-9 && in_place > b.1)
            });
            if better {
                let span = ws[0].1.cover(ws[ws.len() - 1].1);
                let words = window.iter().map(|w| w.to_string()).collect();
                *best = Some((sim, in_place, span, words));
            }
        };
        // Similarity 0.5 needs a common subsequence of a quarter of the two
        // lengths together: at least (n + 1) / 4 shared words.
        let near: Vec<usize> = shared
            .iter()
            .filter(|(_, c)| 4 * **c > n)
            .map(|(&item, _)| item)
            .collect();
        for &item in &near {
            let (quoted, ws) = &pool.items[item];
            if *quoted && !ws.is_empty() && ws.len() <= n + 4 {
                consider(ws, &mut best);
            }
        }
        // A whole quotation longer than the claim's may hold a stretch
        // closer to it.
        if best.as_ref().is_none_or(|b| b.0 < 0.5 || b.3.len() > n) {
            for &item in &near {
                let ws = &pool.items[item].1;
                for len in [n, n + 1, n + 2] {
                    if len == 0 || len > ws.len() {
                        continue;
                    }
                    for k in 0..=ws.len() - len {
                        consider(&ws[k..k + len], &mut best);
                    }
                }
            }
        }
        match best {
            Some((sim, _, span, article))
                if sim >= 0.5
                    && (shares_content(&cq.words, &article)
                        || one_word_changed(&cq.words, &article)) =>
            {
                out.push((
                    cq.clone(),
                    QuoteCheck::Altered {
                        statement: statement_of(span),
                        span,
                        article,
                        similarity: sim,
                    },
                ));
            }
            _ => out.push((cq.clone(), QuoteCheck::Missing)),
        }
    }
    out
}

pub(super) fn shares_content(a: &[String], b: &[String]) -> bool {
    a.iter().any(|w| !lexicon::is_stopword(w) && b.contains(w))
}

/// A short quotation with one content word changed in place, its other
/// words the article's: "is very *cold*" for the article's "is very
/// *warm*". Such a quotation shares no content word with the article's,
/// yet it is the article's quotation altered.
fn one_word_changed(a: &[String], b: &[String]) -> bool {
    let differ: Vec<usize> = (0..a.len()).filter(|&k| b.get(k) != Some(&a[k])).collect();
    a.len() >= 3
        && a.len() == b.len()
        && differ.len() == 1
        && !lexicon::is_stopword(&a[differ[0]])
        && !lexicon::is_stopword(&b[differ[0]])
}

/// Dice similarity of two word sequences over their longest common
/// subsequence.
pub(super) fn similarity(a: &[String], b: &[&str]) -> f64 {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return 0.0;
    }
    let mut dp = vec![vec![0u32; m + 1]; n + 1];
    for i in 0..n {
        for j in 0..m {
            dp[i + 1][j + 1] = if a[i] == b[j] {
                dp[i][j] + 1
            } else {
                dp[i][j + 1].max(dp[i + 1][j])
            };
        }
    }
    2.0 * dp[n][m] as f64 / (n + m) as f64
}

/// The words of every article quotation and then every sentence, with a
/// posting list of the items each word occurs in, so that a claim's
/// quotation is sought only where its words are.
pub struct QuotePool {
    /// (inside a quotation, words with spans), quotations first.
    pub items: Vec<(bool, Vec<(String, Span)>)>,
    postings: HashMap<String, Vec<usize>>,
}

impl QuotePool {
    fn build(doc: &Doc) -> QuotePool {
        let items: Vec<(bool, Vec<(String, Span)>)> = (doc.quotes.iter())
            .map(|q| (true, words_with_spans(doc, q.inner)))
            .chain((doc.sentences.iter()).map(|s| (false, words_with_spans(doc, s.span))))
            .collect();
        let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, ws)) in items.iter().enumerate() {
            for (w, _) in ws {
                postings.entry(w.clone()).or_default().push(i);
            }
        }
        QuotePool { items, postings }
    }

    /// Each item holding any of `words`, in pool order, with how many of
    /// its words are among them.
    fn shared_words(&self, words: &[String]) -> std::collections::BTreeMap<usize, usize> {
        let mut distinct: Vec<&String> = words.iter().collect();
        distinct.sort();
        distinct.dedup();
        let mut counts = std::collections::BTreeMap::new();
        for w in distinct {
            for &item in self.postings.get(w).map_or(&[][..], Vec::as_slice) {
                *counts.entry(item).or_insert(0) += 1;
            }
        }
        counts
    }
}

/// Normalised words of a span with their byte spans: the text cut where
/// the claim's quotation is cut (white space and slashes), each piece read
/// by [`quote_words`], so that article and claim are normalised by one
/// function ("we're", "[i]t", "PG&E", "anime/manga" alike on both sides).
pub fn words_with_spans(doc: &Doc, span: Span) -> Vec<(String, Span)> {
    let Some(text) = doc.text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = None;
    let ends = text.char_indices().chain(std::iter::once((text.len(), ' ')));
    for (i, c) in ends {
        let cut = c.is_whitespace() || c == '/';
        match (cut, from) {
            (false, None) => from = Some(i),
            (true, Some(a)) => {
                from = None;
                let piece = &text[a..i];
                let w = quote_words(piece).join("");
                if w.is_empty() {
                    continue;
                }
                let edge = |c: char| !c.is_alphanumeric() && c != '[' && c != ']';
                let lead = piece.len() - piece.trim_start_matches(edge).len();
                let kept = piece.trim_end_matches(edge).len();
                let at = span.start + a;
                out.push((w, Span::new(at + lead.min(kept), at + kept.max(lead))));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article_words(text: &str) -> Vec<String> {
        let doc = Doc::parse(text, None);
        words_with_spans(&doc, Span::new(0, text.len()))
            .into_iter()
            .map(|(w, _)| w)
            .collect()
    }

    #[test]
    fn article_and_claim_words_are_normalised_alike() {
        for text in [
            "we're going, we’re going",
            "[e]xtremely pained, [I]t is, con[c]essions",
            "the works [...] will end",
            "ferries/buses and PG&E",
            "I thought, 'Why are there so few?'",
        ] {
            assert_eq!(article_words(text), quote_words(text), "{text}");
        }
        assert_eq!(quote_words("[I]t’s"), ["it's"]);
    }

    #[test]
    fn a_word_span_covers_the_word_without_its_punctuation() {
        let text = "He said: \"[I]t works.\"";
        let doc = Doc::parse(text, None);
        let words = words_with_spans(&doc, Span::new(0, text.len()));
        let (w, span) = &words[2];
        assert_eq!((w.as_str(), &text[span.start..span.end]), ("it", "[I]t"));
    }
}
