//! Reading one sentence's attributions, shape by shape: a cue before its
//! speaker ("Remarked X, ..."), "according to X", cue verbs and cue nouns;
//! then what joins them (a document as the speaker, a content cut where
//! the next speaker begins, sources quoted by a speaker).

mod according;
mod cue_noun;
mod cue_verb;

use super::{Mode, Raw, document_owner, inverted_cue, norm, quoted_sources};
use crate::doc::Doc;
use crate::lexicon::{self, words};
use crate::text::TokenKind;
use std::ops::Range;

/// The sentence being read: its first token, where its content ends (before
/// a closing attribution tail), and what it is read for.
struct Sentence<'d> {
    doc: &'d Doc,
    a: usize,
    end: usize,
    mode: Mode,
}

/// The tokens of one sentence that an attribution already claims, kept
/// relative to the sentence so that reading a sentence costs its own
/// length, not the document's.
struct Taken {
    start: usize,
    marks: Vec<bool>,
}

impl Taken {
    fn new(sentence: Range<usize>) -> Taken {
        Taken {
            start: sentence.start,
            marks: vec![false; sentence.len()],
        }
    }

    fn get(&self, i: usize) -> bool {
        i.checked_sub(self.start)
            .and_then(|k| self.marks.get(k))
            .copied()
            .unwrap_or(false)
    }

    fn fill(&mut self, r: Range<usize>) {
        for i in r {
            if let Some(m) = i
                .checked_sub(self.start)
                .and_then(|k| self.marks.get_mut(k))
            {
                *m = true;
            }
        }
    }
}

/// Reads the attributions of one sentence.
pub fn read_sentence(doc: &Doc, s: Range<usize>, mode: Mode) -> Vec<Raw> {
    let (a, end) = (s.start, super::content_end(doc, s.clone()));
    let mut taken = Taken::new(s.clone());
    // `Remarked X, "Q"`: the cue first, its speaker after it.
    if let Some(r) = inverted_cue(doc, a, end) {
        return vec![r];
    }
    let sentence = Sentence { doc, a, end, mode };
    let mut raws = according::statements(&sentence, &mut taken);
    cue_verb::statements(&sentence, &mut taken, &mut raws);
    cue_noun::statements(&sentence, &mut raws);
    raws.sort_by_key(|r| r.cue.start);
    documents_as_speakers(doc, &mut raws);
    cut_at_next_speaker(doc, &mut raws);
    quoted_sources(doc, a, end, &mut raws);
    // The owner of a document speaks ("the judge's statement reads"); the
    // index keeps the owner as the speaker's mention. (A claim keeps the
    // words as written; its speaker's profile is the owner's all the same.)
    if mode == Mode::Article {
        for r in raws.iter_mut() {
            r.speaker = r.speaker.take().map(|sp| document_owner(doc, sp));
        }
        raws.retain(|r| r.content.iter().any(|c| !c.is_empty()));
    }
    raws
}

/// "A Harbor Authority statement indicated": the statement is the cue,
/// the Harbor Authority the speaker. "Okafor's statement added": Okafor.
fn documents_as_speakers(doc: &Doc, raws: &mut [Raw]) {
    for r in raws {
        let Some(sp) = r.speaker.clone().filter(|sp| sp.len() >= 2) else {
            continue;
        };
        let last = sp.end - 1;
        // "Officials in the United *States*": a word of a name is no
        // document.
        if !lexicon::is_cue_noun(doc.key(last)) || doc.proper[last] {
            continue;
        }
        let mut e = last;
        if e > sp.start && doc.tokens[e - 1].is_possessive() {
            e -= 1;
        }
        // A name, not a determiner the article also writes in a
        // name ("The" of "The Greens").
        let has_name =
            (sp.start..e).any(|k| doc.proper[k] && !words::DETERMINERS.contains(&norm(doc, k)));
        if has_name && e > sp.start {
            r.speaker = Some(sp.start..e);
            r.cue = last..r.cue.end;
            r.form = super::CueForm::Noun;
        }
    }
}

/// Where one statement's content runs into the next statement's speaker,
/// cuts it there.
fn cut_at_next_speaker(doc: &Doc, raws: &mut [Raw]) {
    let starts: Vec<usize> = raws
        .iter()
        .map(|r| {
            r.speaker
                .as_ref()
                .map_or(r.cue.start, |s| s.start.min(r.cue.start))
        })
        .collect();
    for (ri, r) in raws.iter_mut().enumerate() {
        for (oi, &os) in starts.iter().enumerate() {
            if oi == ri {
                continue;
            }
            for c in r.content.iter_mut().chain(r.region.iter_mut()) {
                if c.start < os && os < c.end && os > r.cue.start {
                    let mut e = os;
                    while e > c.start
                        && (matches!(doc.tokens[e - 1].kind, TokenKind::Punct)
                            || matches!(norm(doc, e - 1), "with" | "and" | "while" | "but"))
                    {
                        e -= 1;
                    }
                    c.end = e;
                }
            }
        }
    }
}
