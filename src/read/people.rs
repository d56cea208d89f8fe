//! The people an article names, so that later mentions ("Varga", "the
//! minister", "he") and a claim's mentions ("Tomas Varga", "Finance
//! Minister Varga") resolve to one person with their titles.
//!
//! A capitalised run is taken for a person's name when a title or role
//! precedes it ("Chilean Finance Minister Tomas Varga", "campaigner Hana
//! Kovac"), an honorific precedes it ("Mr. Dellanotte"), an age follows it
//! ("Pavel Dorn, 42,"), or the attribution reader found it speaking.

use crate::doc::Doc;
use crate::lexicon::{self, titles};
use foldhash::HashMap;
use std::ops::Range;

#[derive(Clone, Debug, Default)]
pub struct Person {
    /// The fullest form of the name as written ("Tomas Varga").
    pub name: String,
    /// Lowercase words of the name.
    pub words: Vec<String>,
    /// Titles and roles as written ("Chilean Finance Minister", "Okafor's
    /// policy adviser").
    pub titles: Vec<String>,
    /// Keys of the title words, for matching "the minister".
    pub title_keys: Vec<String>,
    /// Places in the titles ("us" for "U.S. President").
    pub places: Vec<&'static str>,
    /// Keys of the title words that say which office it is ("trade" in
    /// "Former UK Trade Minister"): not the office's head, its places, or
    /// a word for the holder's tenure ("former", "acting").
    pub qualifiers: Vec<String>,
    /// Token ranges of the mentions, in order.
    pub mentions: Vec<Range<usize>>,
}

impl Person {
    /// Records title `text`, written at tokens `r`: its words' keys, its
    /// places, and the words that qualify its office.
    fn take_title(&mut self, doc: &Doc, r: Range<usize>, text: String) {
        let mut place_end = r.start;
        for k in r.clone() {
            if let Some(m) = super::places::place_at(doc, k, r.end) {
                self.places.push(m.key);
                place_end = place_end.max(k + m.len);
            }
            let t = &doc.tokens[k];
            if !t.is_word() || lexicon::is_stopword(&t.norm) {
                continue;
            }
            let key = doc.key(k).to_string();
            let qualifies = k >= place_end
                && !lexicon::is_role_head(&key)
                && !titles::TENURE.contains(&t.norm.as_str());
            if qualifies {
                self.qualifiers.push(key.clone());
            }
            self.title_keys.push(key);
        }
        self.titles.push(text);
    }
}

#[derive(Clone, Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    /// Token index of each name mention's first token → person.
    at: HashMap<usize, (usize, usize)>,
    /// Each name word → the people whose name has held it, in id order, so
    /// that finding a person looks at a few candidates, not everyone.
    by_word: HashMap<String, Vec<usize>>,
    /// Each surname (the last name word) → the people who have held it.
    by_last: HashMap<String, Vec<usize>>,
    /// Every mention as (end token, person), sorted, for "the person named
    /// last before token i"; filled by `index_mentions`.
    by_end: Vec<(usize, usize)>,
}

const CONNECTORS: &[&str] = &[
    "van", "de", "von", "der", "den", "bin", "al", "da", "di", "du", "del", "la", "le", "ibn", "el",
];

/// A capitalised run of name words starting at `i`: the end index.
pub fn name_run(doc: &Doc, i: usize, end: usize) -> usize {
    let mut j = i;
    while j < end {
        let t = &doc.tokens[j];
        if super::places::place_at(doc, j, end).is_some() {
            break;
        }
        let is_name_word = t.is_word()
            && doc.proper[j]
            && !lexicon::is_title_word(&t.norm)
            && !lexicon::is_stopword(&t.norm)
            && !lexicon::time::WEEKDAYS.iter().any(|(w, _)| *w == t.norm)
            && !t.norm.contains('.');
        let is_connector =
            j > i && CONNECTORS.contains(&t.norm.as_str()) && j + 1 < end && doc.proper[j + 1];
        if is_name_word || is_connector {
            j += 1;
        } else {
            break;
        }
    }
    j
}

impl People {
    /// Finds the people named in `doc`. `speakers` are token ranges the
    /// attribution reader found speaking; single-word ones are not added.
    pub fn build(doc: &Doc) -> People {
        let mut people = People::default();
        for s in &doc.sentences {
            let (start, end) = (s.tokens.start, s.tokens.end);
            let mut i = start;
            while i < end {
                let j = name_run(doc, i, end);
                if j == i {
                    i += 1;
                    continue;
                }
                let words: Vec<String> = (i..j).map(|k| doc.tokens[k].norm.to_string()).collect();
                // "the National Salt Safety study": a name run before an
                // organisation word names the organisation.
                let org_after = j < end && lexicon::is_org_word(&doc.tokens[j].norm);
                let has_org = org_after
                    || (i..j).any(|k| lexicon::is_org_word(&doc.tokens[k].norm))
                    || lexicon::is_outlet(&words.join(" "))
                    || (i..j).any(|k| super::places::place_at(doc, k, j).is_some());
                if has_org {
                    // "the Harbor Council Tomas Varga": an organisation's
                    // name, then a person's.
                    let last_org = (i..j).rev().find(|&k| {
                        lexicon::is_org_word(&doc.tokens[k].norm)
                            || super::places::place_at(doc, k, j).is_some()
                    });
                    let tail = last_org.map_or(j, |o| o + 1);
                    let tail_words: Vec<String> =
                        (tail..j).map(|k| doc.tokens[k].norm.to_string()).collect();
                    if !org_after
                        && j >= tail + 2
                        && !lexicon::is_outlet(&tail_words.join(" "))
                        && (tail..j).all(|k| super::places::place_at(doc, k, j).is_none())
                    {
                        let (ts, title) = title_before(doc, start, tail);
                        let text = title.clone().map(|r| doc.range_text(r).to_string());
                        people.add(
                            doc,
                            tail..j,
                            text,
                            if title.is_some() {
                                ts..tail
                            } else {
                                tail..tail
                            },
                        );
                    }
                    i = j;
                    continue;
                }
                let (mut title_start, mut title) = title_before(doc, start, i);
                // "the secretary general of CNB", "the wife of Tomas Varga":
                // the title belongs to someone else; the name is what the
                // title is of.
                let of_name = i > start
                    && (doc.tokens[i - 1].norm == "of"
                        || (doc.tokens[i - 1].norm == "the"
                            && i > start + 1
                            && doc.tokens[i - 2].norm == "of"));
                if of_name {
                    title = None;
                    title_start = i;
                }
                // "the club's manager, Dario Lenz,": a role set off
                // before the name.
                if title.is_none()
                    && i > start + 1
                    && doc.tokens[i - 1].is_punct(",")
                    && j < end
                    && doc.tokens[j].is_punct(",")
                    && lexicon::is_role_head(&doc.tokens[i - 2].norm)
                {
                    let (ts, t) = title_before(doc, start, i - 1);
                    if t.is_some() {
                        title_start = ts;
                        title = Some(ts..i - 1);
                    }
                }
                let honorific =
                    i > start && titles::HONORIFICS.contains(&doc.tokens[i - 1].norm.as_str());
                let aged = j + 2 < end
                    && doc.tokens[j].is_punct(",")
                    && doc.tokens[j + 1].kind == crate::text::TokenKind::Number
                    && doc.tokens[j + 2].is_punct(",");
                let appositive = j + 2 < end
                    && doc.tokens[j].is_punct(",")
                    && matches!(doc.tokens[j + 1].norm.as_str(), "a" | "the")
                    && (j + 2..end.min(j + 6)).any(|k| lexicon::is_role_head(&doc.tokens[k].norm));
                let known = people.find(&words).is_some();
                if title.is_some() || honorific || aged || (appositive && j - i >= 2) || known {
                    let title_text = title.clone().map(|r| doc.range_text(r).to_string());
                    let title_range = if title.is_some() {
                        title_start..i
                    } else {
                        i..i
                    };
                    people.add(doc, i..j, title_text, title_range);
                    // "NAME, who also serves as ROLE,": a second role.
                    if let Some(role) = relative_role(doc, j, end) {
                        people.add_role(doc, i..j, role);
                    }
                }
                i = j;
            }
        }
        people.sort_mentions();
        people
    }

    /// Registers a name found speaking (by the attribution reader).
    pub fn add_speaker(&mut self, doc: &Doc, r: Range<usize>) {
        let j = name_run(doc, r.start, r.end);
        let followed_ok = j == r.end
            || matches!(
                doc.tokens[j].norm.as_str(),
                "for" | "of" | "from" | "at" | "," | "("
            );
        if j - r.start >= 2 && followed_ok {
            let r = r.start..j;
            let words: Vec<String> = r.clone().map(|k| doc.tokens[k].norm.to_string()).collect();
            if (r.start..j).any(|k| lexicon::is_org_word(&doc.tokens[k].norm))
                || lexicon::is_outlet(&words.join(" "))
                || (r.start..j).any(|k| super::places::place_at(doc, k, j).is_some())
            {
                return;
            }
            if self.at.contains_key(&r.start) {
                return;
            }
            self.add(doc, r, None, 0..0);
        }
    }

    /// Adds a role written next to a speaker's name ("Hana Kovac, the
    /// Interior Ministry Spokesperson, said") to that person's titles.
    pub fn add_role(&mut self, doc: &Doc, speaker: Range<usize>, role: Range<usize>) {
        let mut k = speaker.start;
        while k < speaker.end {
            let j = name_run(doc, k, speaker.end);
            if j > k {
                let words: Vec<String> = (k..j).map(|x| doc.tokens[x].norm.to_string()).collect();
                if let Some(id) = self.find(&words) {
                    let mut r = role.clone();
                    while r.start < r.end
                        && matches!(
                            doc.tokens[r.start].norm.as_str(),
                            "and" | "the" | "a" | "an"
                        )
                    {
                        r.start += 1;
                    }
                    let text = doc.range_text(r.clone()).to_string();
                    let p = &mut self.persons[id];
                    if !p.titles.contains(&text) && !r.is_empty() {
                        p.take_title(doc, r, text);
                    }
                    return;
                }
                k = j;
            } else {
                k += 1;
            }
        }
    }

    fn add(
        &mut self,
        doc: &Doc,
        r: Range<usize>,
        title: Option<String>,
        title_range: Range<usize>,
    ) {
        let words: Vec<String> = r.clone().map(|k| doc.tokens[k].norm.to_string()).collect();
        let id = match self.find(&words) {
            Some(id) => id,
            None => {
                self.persons.push(Person::default());
                self.persons.len() - 1
            }
        };
        for w in &words {
            file_under(&mut self.by_word, w, id);
        }
        if let Some(last) = words.last() {
            file_under(&mut self.by_last, last, id);
        }
        let p = &mut self.persons[id];
        if words.len() > p.words.len() {
            p.words = words;
            p.name = doc.range_text(r.clone()).to_string();
        }
        if let Some(t) = title
            && !p.titles.contains(&t)
        {
            p.take_title(doc, title_range, t);
        }
        p.mentions.push(r.clone());
        self.at.insert(r.start, (id, r.end));
    }

    /// The person whose name contains all of `words` (lowercase), preferring
    /// one whose surname is among them.
    pub fn find(&self, words: &[String]) -> Option<usize> {
        if words.is_empty() {
            return None;
        }
        // A match holds every word (subset), so it is among the people
        // under the rarest of them, or has the same surname (superset).
        let under = |w: &String| self.by_word.get(w).map_or(&[][..], Vec::as_slice);
        let rarest = words
            .iter()
            .map(under)
            .min_by_key(|ids| ids.len())
            .unwrap_or(&[]);
        let same_last = (self.by_last.get(&words[words.len() - 1])).map_or(&[][..], Vec::as_slice);
        let mut candidates: Vec<usize> = rarest.iter().chain(same_last).copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(usize, bool)> = None;
        for id in candidates {
            let p = &self.persons[id];
            let subset = words.iter().all(|w| p.words.contains(w));
            let superset =
                p.words.iter().all(|w| words.contains(w)) && p.words.last() == words.last();
            if subset || superset {
                let surname = p.words.last().is_some_and(|s| words.contains(s));
                if best.is_none_or(|(_, s)| surname && !s) {
                    best = Some((id, surname));
                }
            }
        }
        best.map(|(id, _)| id)
    }

    /// The person mentioned by the name run starting at token `i`, with the
    /// run's end.
    pub fn mention_at(&self, i: usize) -> Option<(usize, usize)> {
        self.at.get(&i).copied()
    }

    /// Records every further mention of known people by name (a surname on
    /// its own, a first name and surname).
    pub fn index_mentions(&mut self, doc: &Doc) {
        for s in &doc.sentences {
            let (start, end) = (s.tokens.start, s.tokens.end);
            let mut i = start;
            while i < end {
                let j = name_run(doc, i, end);
                if j == i {
                    i += 1;
                    continue;
                }
                if !self.at.contains_key(&i) {
                    let words: Vec<String> =
                        (i..j).map(|k| doc.tokens[k].norm.to_string()).collect();
                    if let Some(id) = self.find(&words) {
                        self.persons[id].mentions.push(i..j);
                        self.at.insert(i, (id, j));
                    }
                }
                i = j;
            }
        }
        self.sort_mentions();
    }

    /// Puts each person's mentions in order and rebuilds `by_end`.
    fn sort_mentions(&mut self) {
        for p in &mut self.persons {
            p.mentions.sort_by_key(|r| r.start);
        }
        self.by_end = (self.persons.iter().enumerate())
            .flat_map(|(id, p)| p.mentions.iter().map(move |m| (m.end, id)))
            .collect();
        self.by_end.sort_unstable();
    }

    /// The person most recently named before token `i` (for "he"/"she"),
    /// looking back at most `window` tokens.
    pub fn last_before(&self, i: usize, window: usize) -> Option<usize> {
        let upto = self.by_end.partition_point(|&(end, _)| end <= i);
        let &(end, _) = self.by_end[..upto].last()?;
        if i - end > window {
            return None;
        }
        // Of two people whose mentions end at the same token, the first.
        let first = self.by_end[..upto].partition_point(|&(e, _)| e < end);
        Some(self.by_end[first].1)
    }
}

/// Adds person `id` to the list under `key`, keeping it sorted and without
/// repeats.
fn file_under(map: &mut HashMap<String, Vec<usize>>, key: &str, id: usize) {
    let ids = map.entry(key.to_string()).or_default();
    if let Err(at) = ids.binary_search(&id) {
        ids.insert(at, id);
    }
}

/// The role in a relative clause after a name: ", who (also) serves as
/// ROLE," or ", who is ROLE,". Returns the role's tokens.
fn relative_role(doc: &Doc, j: usize, end: usize) -> Option<Range<usize>> {
    let n = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|_| k < end)
            .map_or("", |t| t.norm.as_str())
    };
    if !(doc.tokens.get(j).is_some_and(|t| t.is_punct(",")) && n(j + 1) == "who") {
        return None;
    }
    let mut k = j + 2;
    while matches!(
        n(k),
        "also" | "currently" | "now" | "still" | "previously" | "formerly"
    ) {
        k += 1;
    }
    match n(k) {
        "serves" | "served" | "serve" | "works" | "worked" => {
            k += 1;
            if n(k) != "as" {
                return None;
            }
            k += 1;
        }
        "is" | "was" => k += 1,
        _ => return None,
    }
    let start = k;
    while k < end && !doc.tokens[k].is_punct(",") && !doc.tokens[k].is_punct(".") {
        k += 1;
    }
    let has_role = (start..k).any(|x| lexicon::is_role_head(&doc.tokens[x].norm));
    (has_role && k - start <= 10).then_some(start..k)
}

/// The title words just before a name: "Chilean Finance Minister", "the UN
/// envoy's deputy director", "campaigner". Returns the start and
/// the title's token range, if any title word is there.
fn title_before(doc: &Doc, floor: usize, i: usize) -> (usize, Option<Range<usize>>) {
    // Scan back over title words, "of", "the" after "of", places,
    // possessives and capitalised words ("CEO of the Harbor Authority",
    // "Governor of Ohio", "the UN envoy's deputy director").
    let mut k = i;
    while k > floor {
        let t = &doc.tokens[k - 1];
        let n = t.norm.as_str();
        let ok = (t.is_word() && lexicon::is_title_word(n))
            || n == "of"
            || (n == "the" && k >= 2 && doc.tokens[k - 2].norm == "of")
            || t.is_possessive()
            || (t.is_word() && (doc.proper[k - 1] || t.cap) && !lexicon::is_stopword(n))
            || super::places::place_at(doc, k - 1, i).is_some();
        if !ok {
            break;
        }
        k -= 1;
    }
    // The title must contain a title word; trim what precedes the first
    // title word or the place or name that owns it.
    let first_title = (k..i).find(|&x| {
        doc.tokens[x].is_word()
            && lexicon::is_title_word(&doc.tokens[x].norm)
            && doc.tokens[x].norm != "of"
    });
    let Some(ft) = first_title else {
        return (i, None);
    };
    // Keep a place or a possessive owner right before the first title word.
    let mut s = ft;
    while s > k
        && (doc.tokens[s - 1].is_possessive()
            || super::places::place_at(doc, s - 1, ft).is_some()
            || doc.proper[s - 1])
    {
        s -= 1;
    }
    while s < i && (doc.tokens[s].norm == "of" || doc.tokens[s].is_possessive()) {
        s += 1;
    }
    if s < i { (s, Some(s..i)) } else { (i, None) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_titled_people_and_later_mentions() {
        let doc = Doc::parse(
            "U.S. Secretary of Health Tomas Varga held a call. Later Varga spoke. Pavel Dorn, 42, waited.",
            None,
        );
        let mut people = People::build(&doc);
        people.index_mentions(&doc);
        let names: Vec<&str> = people.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Tomas Varga", "Pavel Dorn"]);
        assert_eq!(people.persons[0].titles, ["U.S. Secretary of Health"]);
        assert_eq!(people.persons[0].places, ["us"]);
        assert_eq!(people.persons[0].mentions.len(), 2);
        assert_eq!(people.find(&["varga".to_string()]), Some(0));
    }

    #[test]
    fn an_official_named_after_the_body_is_a_person() {
        let doc = Doc::parse(
            "State Department of Transportation official Troy Roberts said the road would be \
             examined. Yesterday, city official Ana Ruiz agreed.",
            None,
        );
        let people = People::build(&doc);
        let names: Vec<&str> = people.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Troy Roberts", "Ana Ruiz"]);
        assert_eq!(
            people.persons[0].titles,
            ["State Department of Transportation official"]
        );
    }

    #[test]
    fn a_name_before_an_organisation_word_is_no_person() {
        let doc = Doc::parse(
            "Ana Ruiz, Director of the National Salt Safety study, spoke.",
            None,
        );
        let people = People::build(&doc);
        let names: Vec<&str> = people.persons.iter().map(|p| p.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains("Salt")), "{names:?}");
    }

    #[test]
    fn an_organisation_name_then_a_person_name() {
        let doc = Doc::parse(
            "CEO of the Harbor Council Tomas Varga told reporters it was late.",
            None,
        );
        let people = People::build(&doc);
        assert_eq!(people.persons.len(), 1);
        assert_eq!(people.persons[0].name, "Tomas Varga");
        assert_eq!(people.persons[0].titles, ["CEO of the Harbor Council"]);
    }

    #[test]
    fn the_name_after_a_title_and_of_is_not_a_person() {
        // "The secretary general of CNB": CNB is what the title is of.
        let doc = Doc::parse(
            "The secretary general of CNB (Council of Northern Bishops), Marco Dellanotte, \
             spoke. The president of the Lombria said no.",
            None,
        );
        let people = People::build(&doc);
        let names: Vec<&str> = people.persons.iter().map(|p| p.name.as_str()).collect();
        assert!(names.is_empty(), "{names:?}");
    }
}
