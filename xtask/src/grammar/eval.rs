//! The CoNLL 2018 shared task's measures: UPOS, XPOS, lemma, UAS and LAS as
//! F1 over words aligned by their character spans. From gold tokens every
//! word aligns and F1 is accuracy; from raw text a word the tokenizer split
//! differently counts against both precision and recall.
//!
//! As in the task's script, LAS compares only the universal part of a
//! relation (`nmod`, not `nmod:poss`), and punctuation counts.

use crate::conllu;
use claimcheck::grammar::words::analyse_text;
use claimcheck::grammar::{Analysis, Grammar};

/// Counts behind the scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    /// Words whose spans match.
    pub aligned: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
}

/// A system word with the span of the text it covers.
#[derive(Clone, Debug)]
pub struct SystemWord {
    pub start: usize,
    pub end: usize,
    pub upos: String,
    pub xpos: String,
    pub lemma: String,
    /// The head's index among all the document's system words.
    pub head: Option<usize>,
    pub deprel: String,
}

/// A gold word, spanned likewise.
#[derive(Clone, Debug)]
pub struct GoldWord<'g> {
    pub start: usize,
    pub end: usize,
    pub word: &'g conllu::Word,
    /// The head's index among all the document's gold words.
    pub head: Option<usize>,
}

impl Counts {
    fn f1(&self, correct: usize) -> f64 {
        if self.gold + self.system == 0 {
            return 0.0;
        }
        200.0 * correct as f64 / (self.gold + self.system) as f64
    }

    /// (UPOS, XPOS, lemma, UAS, LAS, words) F1 scores in percent.
    pub fn scores(&self) -> [f64; 6] {
        [
            self.f1(self.upos),
            self.f1(self.xpos),
            self.f1(self.lemma),
            self.f1(self.uas),
            self.f1(self.las),
            self.f1(self.aligned),
        ]
    }

    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.aligned += o.aligned;
        self.upos += o.upos;
        self.xpos += o.xpos;
        self.lemma += o.lemma;
        self.uas += o.uas;
        self.las += o.las;
    }
}

fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

/// Scores an analysis of a sentence's gold words.
pub fn gold_tokens(gold: &conllu::Sentence, sys: &Analysis) -> Counts {
    let g: Vec<GoldWord> = gold
        .words
        .iter()
        .enumerate()
        .map(|(i, w)| GoldWord {
            start: i,
            end: i + 1,
            word: w,
            head: w.head,
        })
        .collect();
    let s: Vec<SystemWord> = sys
        .words
        .iter()
        .enumerate()
        .map(|(i, w)| SystemWord {
            start: i,
            end: i + 1,
            upos: w.upos.to_string(),
            xpos: w.xpos.to_string(),
            lemma: w.lemma.clone(),
            head: w.head,
            deprel: w.deprel.to_string(),
        })
        .collect();
    aligned(&g, &s)
}

/// Scores system words against gold words of the same text, aligning
/// words whose spans are equal.
pub fn aligned(gold: &[GoldWord], sys: &[SystemWord]) -> Counts {
    let mut c = Counts {
        gold: gold.len(),
        system: sys.len(),
        ..Counts::default()
    };
    let mut to_gold: Vec<Option<usize>> = vec![None; sys.len()];
    let (mut i, mut j) = (0, 0);
    while i < gold.len() && j < sys.len() {
        let (g, s) = (&gold[i], &sys[j]);
        if (g.start, g.end) == (s.start, s.end) {
            to_gold[j] = Some(i);
            i += 1;
            j += 1;
        } else if (g.start, g.end) < (s.start, s.end) {
            i += 1;
        } else {
            j += 1;
        }
    }
    for (j, s) in sys.iter().enumerate() {
        let Some(i) = to_gold[j] else { continue };
        let g = &gold[i];
        c.aligned += 1;
        c.upos += usize::from(s.upos == g.word.upos);
        c.xpos += usize::from(s.xpos == g.word.xpos);
        c.lemma += usize::from(s.lemma == g.word.lemma);
        let head_ok = match (s.head, g.head) {
            (None, None) => true,
            (Some(sh), Some(gh)) => to_gold.get(sh).copied().flatten() == Some(gh),
            _ => false,
        };
        c.uas += usize::from(head_ok);
        c.las += usize::from(head_ok && universal(&s.deprel) == universal(&g.word.deprel));
    }
    c
}

/// The gold words of a treebank document with their spans in its text.
pub fn gold_words<'d>(text: &str, d: &'d conllu::Document) -> Vec<GoldWord<'d>> {
    let mut out = Vec::new();
    let mut at = 0;
    for s in &d.sentences {
        let base = out.len();
        for w in &s.words {
            while text[at..].starts_with(char::is_whitespace) {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
            let start = if text[at..].starts_with(w.form.as_str()) {
                at
            } else {
                text[at..].find(w.form.as_str()).map_or(at, |k| at + k)
            };
            let end = (start + w.form.len()).min(text.len());
            out.push(GoldWord {
                start,
                end,
                word: w,
                head: w.head.map(|h| base + h),
            });
            at = end;
        }
    }
    out
}

/// Scores the analysis of a treebank document's raw text.
pub fn score_raw(g: &Grammar, d: &conllu::Document) -> Counts {
    let text = d.text();
    let gold = gold_words(&text, d);
    let mut sys = Vec::new();
    for parsed in analyse_text(g, &text) {
        let base = sys.len();
        for (p, w) in parsed.words.iter().zip(&parsed.analysis.words) {
            sys.push(SystemWord {
                start: p.span.start,
                end: p.span.end,
                upos: w.upos.to_string(),
                xpos: w.xpos.to_string(),
                lemma: w.lemma.clone(),
                head: w.head.map(|h| base + h),
                deprel: w.deprel.to_string(),
            });
        }
    }
    aligned(&gold, &sys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(upos: &str, head: Option<usize>, deprel: &str) -> conllu::Word {
        conllu::Word {
            form: "w".into(),
            lemma: "w".into(),
            upos: upos.into(),
            xpos: "X".into(),
            feats: String::new(),
            head,
            deprel: deprel.into(),
            space_after: true,
        }
    }

    #[test]
    fn misaligned_words_count_against_both_sides() {
        let gw = [
            word("NOUN", None, "root"),
            word("VERB", Some(0), "nmod:poss"),
        ];
        let gold: Vec<GoldWord> = vec![
            GoldWord {
                start: 0,
                end: 3,
                word: &gw[0],
                head: None,
            },
            GoldWord {
                start: 4,
                end: 6,
                word: &gw[1],
                head: Some(0),
            },
        ];
        let sys = |start, end, head, deprel: &str| SystemWord {
            start,
            end,
            upos: "VERB".into(),
            xpos: "X".into(),
            lemma: "w".into(),
            head,
            deprel: deprel.into(),
        };
        // Word 2 is split in two; word 1 is right but for its tag.
        let s = vec![
            sys(0, 3, None, "root"),
            sys(4, 5, Some(0), "nmod"),
            sys(5, 6, Some(0), "x"),
        ];
        let c = aligned(&gold, &s);
        assert_eq!(
            (c.gold, c.system, c.aligned, c.uas, c.upos),
            (2, 3, 1, 1, 0)
        );
        let s = vec![sys(0, 3, None, "root"), sys(4, 6, Some(0), "nmod")];
        let c = aligned(&gold, &s);
        assert_eq!((c.aligned, c.uas, c.las, c.upos), (2, 2, 2, 1));
        assert!((c.scores()[4] - 100.0).abs() < 1e-9);
    }
}
