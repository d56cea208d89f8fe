//! CoNLL-U, the format of Universal Dependencies treebanks: a reader that
//! turns a treebank's text into documents, paragraphs and sentences of
//! words with their gold tags and dependency arcs.
//!
//! Only syntactic words are kept: multiword-token lines (`4-5 don't`) and
//! empty nodes (`8.1`) are skipped, so `words[i]` has id `i + 1` and a head
//! is an index into the same list. The reader does no I/O and never fails:
//! a line it cannot read is skipped.

/// One syntactic word of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    /// Universal part-of-speech tag (`VERB`, `PROPN`, ...).
    pub upos: String,
    /// Language-specific tag (Penn tags in English: `VBD`, `NNP`, ...).
    pub xpos: String,
    /// Morphological features as written (`Tense=Past|VerbForm=Fin`).
    pub feats: String,
    /// The head's index in the sentence's words; `None` for the root.
    pub head: Option<usize>,
    /// Universal dependency relation (`nsubj`, `obl:tmod`, ...).
    pub deprel: String,
    /// Whether a space follows the word in the original text.
    pub space_after: bool,
}

impl Word {
    /// Whether the word's features include `name=value`.
    pub fn has_feat(&self, feat: &str) -> bool {
        self.feats.split('|').any(|f| f == feat)
    }
}

/// One sentence: its id, its original text and its words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub id: String,
    /// The `# text =` comment; rebuilt from the words when missing.
    pub text: String,
    pub words: Vec<Word>,
    /// Whether the sentence opens a paragraph (`# newpar`).
    pub new_paragraph: bool,
}

impl Sentence {
    /// The root word (head 0), if any.
    pub fn root(&self) -> Option<usize> {
        self.words.iter().position(|w| w.head.is_none())
    }

    /// The dependents of word `head`, in order.
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.words.len()).filter(move |&i| self.words[i].head == Some(head))
    }

    /// The text the words make, honouring `SpaceAfter=No`.
    pub fn surface(&self) -> String {
        let mut s = String::new();
        for w in &self.words {
            s.push_str(&w.form);
            if w.space_after {
                s.push(' ');
            }
        }
        s.trim_end().to_string()
    }
}

/// One document (`# newdoc`): its id and sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// The document as running text: sentences joined by a space within a
    /// paragraph and by a blank line between paragraphs.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for s in &self.sentences {
            if !out.is_empty() {
                out.push_str(if s.new_paragraph { "\n\n" } else { " " });
            }
            out.push_str(&s.text);
        }
        out
    }
}

/// Reads a CoNLL-U text into documents. Sentences before any `# newdoc`
/// line form a document with an empty id.
pub fn read(text: &str) -> Vec<Document> {
    let mut docs: Vec<Document> = Vec::new();
    let mut sentence = Sentence::default();
    let mut in_sentence = false;
    // Multiword tokens of the sentence: (first word, last word id, space
    // after), applied when the sentence ends.
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            apply_multiwords(&mut sentence, &mut spans);
            finish(&mut docs, &mut sentence, &mut in_sentence);
        } else if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if let Some(id) = comment.strip_prefix("newdoc") {
                apply_multiwords(&mut sentence, &mut spans);
                finish(&mut docs, &mut sentence, &mut in_sentence);
                docs.push(Document {
                    id: value(id).to_string(),
                    sentences: Vec::new(),
                });
            } else if comment.starts_with("newpar") {
                sentence.new_paragraph = true;
            } else if let Some(id) = comment.strip_prefix("sent_id") {
                sentence.id = value(id).to_string();
            } else if let Some(t) = comment.strip_prefix("text ") {
                sentence.text = value(t).to_string();
            }
        } else if let Some(w) = word(line) {
            sentence.words.push(w);
            in_sentence = true;
        } else if let Some((last, space_after)) = multiword(line) {
            // "4-5 don't": no space inside the token; after it, as its
            // MISC column says.
            spans.push((sentence.words.len(), last, space_after));
        }
    }
    apply_multiwords(&mut sentence, &mut spans);
    finish(&mut docs, &mut sentence, &mut in_sentence);
    docs
}

/// A multiword-token line ("4-5 don't ... SpaceAfter=No"): its last word id
/// and whether a space follows it.
fn multiword(line: &str) -> Option<(usize, bool)> {
    let cols: Vec<&str> = line.split('\t').collect();
    let (a, b) = cols.first()?.split_once('-')?;
    let (_, last) = (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?);
    let misc = cols.get(9).copied().unwrap_or("_");
    Some((last, !misc.split('|').any(|m| m == "SpaceAfter=No")))
}

fn apply_multiwords(sentence: &mut Sentence, spans: &mut Vec<(usize, usize, bool)>) {
    for (first, last, space_after) in spans.drain(..) {
        let end = last.min(sentence.words.len());
        for k in first..end {
            sentence.words[k].space_after = k + 1 == end && space_after;
        }
    }
}

/// The value of a `key = value` comment, given what follows the key
/// (`newdoc id = X` has " id = X" after "newdoc").
fn value(rest: &str) -> &str {
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("id").map_or(rest, str::trim_start);
    rest.strip_prefix('=').unwrap_or(rest).trim()
}

fn finish(docs: &mut Vec<Document>, sentence: &mut Sentence, in_sentence: &mut bool) {
    if !*in_sentence {
        return;
    }
    let mut s = std::mem::take(sentence);
    if s.text.is_empty() {
        s.text = s.surface();
    }
    // A head outside the sentence is read as no head.
    let n = s.words.len();
    for w in &mut s.words {
        if w.head.is_some_and(|h| h >= n) {
            w.head = None;
        }
    }
    if docs.is_empty() {
        docs.push(Document::default());
    }
    if let Some(d) = docs.last_mut() {
        d.sentences.push(s);
    }
    *in_sentence = false;
}

/// One word line; `None` for multiword tokens, empty nodes and lines with
/// too few columns.
fn word(line: &str) -> Option<Word> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 10 || !cols[0].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // A head that is not a number ("_") is no head: the word is kept, so
    // that word i still has id i + 1.
    let head = cols[6].parse::<usize>().ok().and_then(|h| h.checked_sub(1));
    Some(Word {
        form: cols[1].to_string(),
        lemma: cols[2].to_string(),
        upos: cols[3].to_string(),
        xpos: cols[4].to_string(),
        feats: cols[5].to_string(),
        head,
        deprel: cols[7].to_string(),
        space_after: !cols[9].split('|').any(|m| m == "SpaceAfter=No"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n\
# sent_id = d1-1\n\
# newpar id = p1\n\
# text = They don't know.\n\
1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\tSpaceAfter=No\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\
\n\
# sent_id = d1-2\n\
1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\
\n\
# newdoc id = d2\n\
# sent_id = d2-1\n\
# newpar id = p2\n\
# text = Go.\n\
1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n";

    #[test]
    fn reads_documents_sentences_and_arcs() {
        let docs = read(SAMPLE);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "d1");
        let s = &docs[0].sentences[0];
        assert_eq!(s.text, "They don't know.");
        assert!(s.new_paragraph);
        // The multiword token is skipped; ids become indexes.
        assert_eq!(s.words.len(), 5);
        assert_eq!(s.root(), Some(3));
        assert_eq!(s.children(3).collect::<Vec<_>>(), vec![0, 1, 2, 4]);
        assert_eq!(s.words[2].lemma, "not");
        assert!(!s.words[1].space_after);
        assert_eq!(s.surface(), "They don't know.");
        // A multiword token's own SpaceAfter=No holds for its last word.
        let mwt = read(
            "1-2\tcan't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\
                        1\tca\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n\
                        2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\
                        3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n",
        );
        assert_eq!(mwt[0].sentences[0].surface(), "can't.");
        // No text comment: the words make it.
        assert_eq!(docs[0].sentences[1].text, "Yes");
        assert!(!docs[0].sentences[1].new_paragraph);
        assert_eq!(docs[0].text(), "They don't know. Yes");
        assert_eq!(docs[1].text(), "Go.");
    }

    #[test]
    fn skips_what_it_cannot_read() {
        let docs = read(
            "1\tx\n\n1\tA\ta\tX\tX\t_\t9\tdep\t_\t_\n1.1\tB\tb\tX\tX\t_\t_\t_\t_\t_\n2\tC\tc\tX\tX\t_\t_\t_\t_\t_\n",
        );
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].sentences.len(), 1);
        // A head outside the sentence becomes none; a word whose head is
        // "_" is kept, with none.
        assert_eq!(docs[0].sentences[0].words[0].head, None);
        assert_eq!(docs[0].sentences[0].words.len(), 2);
        assert_eq!(docs[0].sentences[0].words[1].head, None);
        assert!(read("").is_empty());
    }
}
