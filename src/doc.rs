//! A tokenized document: the article, or one claim's text. Holds the tokens,
//! their matching keys, sentences, quotation spans and the line index.

use crate::grammar::{self, Analysis, words::Piece};
use crate::lexicon;
use crate::text::{self, LineIndex, Norm, QuoteSpan, Sentence, Span, Token, TokenKind};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::OnceLock;

#[derive(Clone, Debug)]
pub struct Doc {
    pub text: String,
    pub tokens: Vec<Token>,
    /// Each token's matching key (see `lexicon::key`), as its place in
    /// `vocabulary`: one number a token, each distinct key stored once.
    key_ids: Vec<u32>,
    /// The distinct keys of the document.
    vocabulary: Vec<Norm>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<QuoteSpan>,
    /// For each token, the index of the innermost quotation holding it.
    pub quote_of: Vec<Option<u32>>,
    /// For each token, the sentence holding it.
    pub sentence_of: Vec<u32>,
    /// For each token, whether it is a capitalised name word rather than a
    /// capitalised first word of a sentence.
    pub proper: Vec<bool>,
    pub lines: LineIndex,
    /// Each sentence's tags, worked out the first time something asks for
    /// them (see [`Doc::tagged`]).
    tagged: Vec<OnceLock<Option<Tagged>>>,
    /// Each sentence's lemmas and dependency tree, likewise (see
    /// [`Doc::grammar`]).
    grammar: Vec<OnceLock<Option<Parse>>>,
}

/// A sentence's treebank words (a token may give several, `don't` → `do`
/// `n't`) and their tag classes.
#[derive(Clone, Debug)]
pub struct Tagged {
    pub words: Vec<Piece>,
    pub classes: Vec<u16>,
    /// The grammar's sentences within the reader's, as ranges of words
    /// (see [`grammar::words::grammar_sentences`]): each is tagged and
    /// parsed on its own.
    pub parts: Vec<std::ops::Range<usize>>,
}

impl Tagged {
    /// The first word cut from token `t`.
    pub fn word_of_token(&self, t: usize) -> Option<usize> {
        grammar::words::first_word_of(&self.words, t)
    }
}

/// A sentence's grammar: its treebank words and their analysis.
#[derive(Clone, Debug)]
pub struct Parse {
    pub words: Vec<Piece>,
    pub analysis: Analysis<'static>,
}

impl Parse {
    /// The first word cut from token `t`.
    pub fn word_of_token(&self, t: usize) -> Option<usize> {
        grammar::words::first_word_of(&self.words, t)
    }

    /// The head of word `i` (`None` for the root).
    pub fn head(&self, i: usize) -> Option<usize> {
        self.analysis.words.get(i).and_then(|w| w.head)
    }

    /// The words whose head is word `i`, in order.
    pub fn dependents(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.analysis.children(i)
    }

    /// Whether word `x` is word `w` or under it, not reached through a
    /// word that `skip` leaves out (a branch cut off: `skip` is asked of
    /// every word on the way up but `w`).
    pub fn under(&self, w: usize, x: usize, skip: impl Fn(usize) -> bool) -> bool {
        let mut k = x;
        for _ in 0..=self.analysis.words.len() {
            if k == w {
                return true;
            }
            if skip(k) {
                return false;
            }
            match self.head(k) {
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    }
}

impl Doc {
    /// Reads `text`. `known_proper` lists lowercase words known to be names
    /// (for a claim: the article's names), which decides whether a
    /// capitalised first word is a name.
    pub fn parse(text: &str, known_proper: Option<&HashSet<String>>) -> Doc {
        Doc::parse_with(text, known_proper, None)
    }

    /// Like [`Doc::parse`], also given words known to be common (for a
    /// claim: the article's lowercase words).
    pub fn parse_with(
        text: &str,
        known_proper: Option<&HashSet<String>>,
        known_common: Option<&HashSet<String>>,
    ) -> Doc {
        let mut tokens = text::tokenize(text);
        // The document is kept as long as its index: no room to grow.
        tokens.shrink_to_fit();
        let quotes = text::find_quotes(&mut tokens);
        let sentences = text::split_sentences(&tokens);
        // A word's key is worked out once per distinct spelling, and each
        // distinct key is stored once.
        let mut known: HashMap<(bool, &str), u32> = HashMap::new();
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut vocabulary: Vec<Norm> = Vec::new();
        let key_ids = tokens
            .iter()
            .map(|t| {
                *known
                    .entry((t.is_word(), t.norm.as_str()))
                    .or_insert_with(|| {
                        let key = token_key(t);
                        *ids.entry(key).or_insert_with_key(|key| {
                            vocabulary.push(Norm::from(key.as_str()));
                            // A document holds fewer tokens than u32::MAX.
                            (vocabulary.len() - 1) as u32
                        })
                    })
            })
            .collect();
        let mut quote_of = vec![None; tokens.len()];
        for (qi, q) in quotes.iter().enumerate() {
            for slot in &mut quote_of[q.tokens.clone()] {
                // A document holds fewer tokens than u32::MAX.
                *slot = Some(qi as u32);
            }
        }
        let mut sentence_of = vec![0; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.tokens.clone()] {
                *slot = si as u32;
            }
        }
        let mut doc = Doc {
            lines: LineIndex::new(text),
            text: text.to_string(),
            tokens,
            key_ids,
            vocabulary,
            sentences,
            quotes,
            quote_of,
            sentence_of,
            proper: Vec::new(),
            tagged: Vec::new(),
            grammar: Vec::new(),
        };
        doc.tagged = (0..doc.sentences.len()).map(|_| OnceLock::new()).collect();
        doc.grammar = (0..doc.sentences.len()).map(|_| OnceLock::new()).collect();
        doc.proper = doc.find_proper(known_proper, known_common);
        doc
    }

    /// The forms of a sentence's words.
    fn forms<'d>(&'d self, words: &[Piece]) -> Vec<&'d str> {
        words
            .iter()
            .map(|p| &self.text[p.span.start..p.span.end])
            .collect()
    }

    /// Sentence `s`'s words and tags, tagged on first use; `None` for a
    /// sentence that does not exist or when the models did not load.
    pub fn tagged(&self, s: usize) -> Option<&Tagged> {
        let sentence = self.sentences.get(s)?;
        self.tagged[s]
            .get_or_init(|| {
                let g = grammar::grammar()?;
                let mut t = Tagged {
                    words: Vec::new(),
                    classes: Vec::new(),
                    parts: Vec::new(),
                };
                for range in
                    grammar::words::grammar_sentences(&self.tokens, sentence.tokens.clone())
                {
                    let words = grammar::words::pieces(&self.text, &self.tokens, range);
                    let start = t.words.len();
                    t.classes.extend(g.tagger.tag(&self.forms(&words)));
                    t.words.extend(words);
                    t.parts.push(start..t.words.len());
                }
                Some(t)
            })
            .as_ref()
    }

    /// Sentence `s`'s grammar (lemmas and dependency tree), parsed on
    /// first use. A sentence the grammar reads as several (see
    /// [`Tagged::parts`]) has a tree, and a root, for each.
    pub fn grammar(&self, s: usize) -> Option<&Parse> {
        let tagged = self.tagged(s)?;
        self.grammar[s]
            .get_or_init(|| {
                let g = grammar::grammar()?;
                let forms = self.forms(&tagged.words);
                let mut analysis = Analysis::default();
                for part in &tagged.parts {
                    let a = g.analyse_tagged(&forms[part.clone()], &tagged.classes[part.clone()]);
                    analysis.words.extend(a.words.into_iter().map(|mut w| {
                        w.head = w.head.map(|h| h + part.start);
                        w
                    }));
                }
                Some(Parse {
                    words: tagged.words.clone(),
                    analysis,
                })
            })
            .as_ref()
    }

    /// The universal part of speech the tagger gives token `t` (of its
    /// first word, for a token cut in several).
    pub fn upos(&self, t: usize) -> Option<&'static str> {
        self.tags(t).map(|(upos, _)| upos)
    }

    /// The universal and Penn tags the tagger gives token `t` (of its
    /// first word, for a token cut in several).
    pub fn tags(&self, t: usize) -> Option<(&'static str, &'static str)> {
        let s = *self.sentence_of.get(t)? as usize;
        let tagged = self.tagged(s)?;
        let class = *tagged.classes.get(tagged.word_of_token(t)?)?;
        let g = grammar::grammar()?;
        Some(g.tagger.tags_of(class))
    }

    /// The word of the parse that token `t` begins, with its sentence's
    /// parse: `None` when the models did not load.
    pub fn parsed(&self, t: usize) -> Option<(&Parse, usize)> {
        let s = *self.sentence_of.get(t)? as usize;
        let parse = self.grammar(s)?;
        let w = parse.word_of_token(t)?;
        Some((parse, w))
    }

    /// Whether the verb at token `at` reads as a passive by its words: a
    /// form of "be" among the three tokens before it ("was *fined*", "had
    /// been *fined*"), the verb not a present participle. The word-level
    /// readers' one passive test; the parse's is
    /// [`crate::align::structure::Side::passive`].
    pub fn passive_at(&self, at: usize) -> bool {
        // "has been *trying*": a present participle after "be" is
        // progressive.
        if self.tags(at).is_some_and(|(_, penn)| penn == "VBG") {
            return false;
        }
        (at.saturating_sub(3)..at).any(|k| {
            self.tokens.get(k).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "be" | "been" | "being" | "is" | "are" | "was" | "were"
                )
            })
        })
    }

    /// Whether a passive verb at token `at` names its doer: "by" within
    /// the seven tokens after it ("was fined *by* the court"), not before a
    /// gerund.
    pub fn doer_after(&self, at: usize) -> bool {
        // "cut *by hiring* more nurses": "by" before a gerund gives
        // the means, not the doer.
        let gerund = |k: usize| {
            self.tokens.get(k).is_some_and(|t| t.norm.ends_with("ing"))
                && self.tags(k).is_some_and(|(_, penn)| penn == "VBG")
        };
        (at + 1..(at + 8).min(self.tokens.len()))
            .any(|k| self.tokens[k].norm == "by" && !gerund(k + 1))
    }

    /// The matching key of token `i` (see `lexicon::key`).
    pub fn key(&self, i: usize) -> &str {
        &self.vocabulary[self.key_ids[i] as usize]
    }

    /// The key of token `i`, shared rather than copied.
    pub fn shared_key(&self, i: usize) -> Norm {
        self.vocabulary[self.key_ids[i] as usize].clone()
    }

    /// Lowercase words written in lower case in this document.
    pub fn common_vocabulary(&self) -> HashSet<String> {
        self.tokens
            .iter()
            .filter(|t| t.is_word() && !t.cap)
            .map(|t| t.norm.to_string())
            .collect()
    }

    /// The quotation whose opening mark is token `i` (quotations are in
    /// order, so this is a binary search, not a scan).
    pub fn quote_opened_at(&self, i: usize) -> Option<&QuoteSpan> {
        let from = self.quotes.partition_point(|q| q.tokens.start <= i);
        self.quotes[from..]
            .iter()
            .take_while(|q| q.tokens.start == i + 1)
            .find(|q| q.open == Some(i))
    }

    /// The quotation whose closing mark is token `i`: the one holding the
    /// token before it, or a quotation around that one.
    pub fn quote_closed_at(&self, i: usize) -> Option<&QuoteSpan> {
        self.quotes_around(i.checked_sub(1)?)
            .map(|qi| &self.quotes[qi])
            .find(|q| q.close == Some(i))
    }

    /// The quotations holding token `t`, innermost first: its own, then
    /// the one around that quotation's opening mark, and so on.
    pub fn quotes_around(&self, t: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.quote_of.get(t).copied().flatten().map(|q| q as usize);
        std::iter::successors(first, |&qi| {
            self.quote_of
                .get(self.quotes[qi].open?)
                .copied()
                .flatten()
                .map(|q| q as usize)
        })
    }

    /// The quotations lying wholly inside tokens `r`.
    pub fn quotes_within(&self, r: std::ops::Range<usize>) -> impl Iterator<Item = &QuoteSpan> {
        let from = self.quotes.partition_point(|q| q.tokens.start < r.start);
        self.quotes[from..]
            .iter()
            .take_while(move |q| q.tokens.start < r.end)
            .filter(move |q| q.tokens.end <= r.end)
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    pub fn token_text(&self, i: usize) -> &str {
        self.slice(self.tokens[i].span)
    }

    /// The text of a token range.
    pub fn range_text(&self, r: std::ops::Range<usize>) -> &str {
        if r.is_empty() {
            return "";
        }
        self.slice(Span::new(
            self.tokens[r.start].span.start,
            self.tokens[r.end - 1].span.end,
        ))
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// Lowercase words used as names in this document.
    pub fn proper_vocabulary(&self) -> HashSet<String> {
        self.tokens
            .iter()
            .zip(&self.proper)
            .filter(|(_, p)| **p)
            .map(|(t, _)| t.norm.to_string())
            .collect()
    }

    fn find_proper(
        &self,
        known: Option<&HashSet<String>>,
        common: Option<&HashSet<String>>,
    ) -> Vec<bool> {
        let n = self.tokens.len();
        let mut initial = vec![false; n];
        for s in &self.sentences {
            // A sentence's first word, and the first word inside a quotation.
            let mut first = true;
            for i in s.tokens.clone() {
                let t = &self.tokens[i];
                if t.is_quote() || t.is_punct("(") || t.is_punct("--") || t.is_punct(":") {
                    first = true;
                    continue;
                }
                if t.is_wordlike() {
                    initial[i] = first;
                    first = false;
                }
            }
        }
        // Title-case lines (headlines) say nothing about names.
        let mut titlecase = vec![false; self.sentences.len()];
        for (si, s) in self.sentences.iter().enumerate() {
            let words: Vec<&Token> = self.tokens[s.tokens.clone()]
                .iter()
                .filter(|t| t.is_word() && !lexicon::is_stopword(&t.norm))
                .collect();
            let caps = words.iter().filter(|t| t.cap).count();
            // A headline has no full stop at its end.
            let ends_with_stop = self.tokens[s.tokens.clone()]
                .iter()
                .rev()
                .find(|t| !t.is_quote())
                .is_some_and(|t| t.is_punct(".") || t.is_punct("?") || t.is_punct("!"));
            titlecase[si] = !ends_with_stop && words.len() >= 4 && caps * 4 >= words.len() * 3;
        }
        // Capitalised mid-sentence words are names.
        let mut mid: HashSet<&str> = HashSet::new();
        for i in 0..n {
            let t = &self.tokens[i];
            if t.is_word() && t.cap && !initial[i] && !titlecase[self.sentence_of[i] as usize] {
                mid.insert(t.norm.as_str());
            }
        }
        let mut out = vec![false; n];
        for i in 0..n {
            let t = &self.tokens[i];
            if !t.is_word() || !t.cap {
                continue;
            }
            let known_name = known.is_some_and(|k| k.contains(t.norm.as_str()));
            let in_title = titlecase[self.sentence_of[i] as usize];
            if !initial[i] && !in_title {
                out[i] =
                    !lexicon::is_stopword(&t.norm) || t.norm.len() <= 3 && t.norm.contains('.');
                continue;
            }
            let next_cap = self
                .tokens
                .get(i + 1)
                .is_some_and(|nt| nt.is_word() && nt.cap && !in_title);
            let opener = lexicon::is_stopword(&t.norm)
                || lexicon::words::SENTENCE_OPENERS.contains(&t.norm.as_str())
                || common.is_some_and(|c| c.contains(t.norm.as_str()))
                || ((t.norm.ends_with("ly") || t.norm.ends_with("ing"))
                    && !mid.contains(t.norm.as_str()));
            out[i] = known_name || mid.contains(t.norm.as_str()) || (next_cap && !opener);
        }
        out
    }
}

fn token_key(t: &Token) -> String {
    match t.kind {
        TokenKind::Word => {
            if let Some(full) = lexicon::title_abbreviation(&t.norm) {
                lexicon::key(full)
            } else if t.norm.contains('.') {
                t.norm.to_string()
            } else {
                lexicon::key(&t.norm)
            }
        }
        _ => t.norm.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_abbreviation_has_the_titles_key() {
        let doc = Doc::parse("Maj. Gen. Ana Ruiz met Major General Tom Reyes.", None);
        let key = |w: &str| {
            let t = doc.tokens.iter().position(|t| doc.slice(t.span) == w).expect(w);
            doc.key(t).to_string()
        };
        assert_eq!(key("Maj."), key("Major"));
        assert_eq!(key("Gen."), key("General"));
    }

    #[test]
    fn sentences_are_parsed_on_demand_with_tokens_mapped_to_words() {
        let doc = Doc::parse("Ana won. She didn't thank the coach.", None);
        let p = doc.grammar(1).expect("the models load");
        // "didn't" is one token and two words.
        let forms: Vec<&str> = p
            .words
            .iter()
            .map(|w| &doc.text[w.span.start..w.span.end])
            .collect();
        assert_eq!(forms, ["She", "did", "n't", "thank", "the", "coach", "."]);
        let thank = p
            .word_of_token(
                doc.tokens
                    .iter()
                    .position(|t| t.norm.as_str() == "thank")
                    .expect("a token"),
            )
            .expect("a word");
        let root = p.analysis.root().expect("a root");
        assert_eq!(root, thank);
        assert_eq!(p.analysis.words[thank].lemma, "thank");
        let subject = p
            .dependents(thank)
            .find(|&d| p.analysis.words[d].deprel == "nsubj");
        assert_eq!(subject, Some(0));
        assert_eq!(p.head(0), Some(thank));
        assert_eq!(doc.upos(0), Some("PROPN"));
        assert!(doc.grammar(9).is_none());
    }

    #[test]
    fn a_progressive_is_no_passive() {
        let doc = Doc::parse("The agency has been trying to add a question.", None);
        let at = doc.tokens.iter().position(|t| t.norm == "trying").unwrap();
        assert!(!doc.passive_at(at));
        let doc = Doc::parse("The question has been added to the census.", None);
        let at = doc.tokens.iter().position(|t| t.norm == "added").unwrap();
        assert!(doc.passive_at(at));
    }

    #[test]
    fn first_words_are_names_only_when_used_as_names() {
        let doc = Doc::parse(
            "Corvane was first. Harbor pilots met. They told Corvane so.",
            None,
        );
        let proper: Vec<&str> = doc
            .tokens
            .iter()
            .zip(&doc.proper)
            .filter(|(_, p)| **p)
            .map(|(t, _)| t.norm.as_str())
            .collect();
        assert_eq!(proper, ["corvane", "corvane"]);
    }
}
