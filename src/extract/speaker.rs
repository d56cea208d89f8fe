//! Speakers: reading a speaker's noun phrase into a profile (person,
//! organisation, anonymous source, group), and deciding whether a claim's
//! speaker is the article's speaker.
//!
//! A profile keeps what matching needs: the names in the phrase, its head
//! noun ("official", "source", "head"), the words that modify the head, the
//! places it mentions and, for a known person, their titles.

use crate::doc::Doc;
use crate::lexicon::{self, titles};
use crate::read::people::{self, People};
use crate::read::places;
use serde::Serialize;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organisation,
    Outlet,
    /// "a source close to the talks", "officials".
    Anonymous,
    /// Several speakers: "Varga and Ruiz".
    Group,
    /// A pronoun or phrase that could not be resolved.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    pub kind: SpeakerKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    /// Lowercase name words (a person's name, an organisation's name).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// Key of the head noun ("official", "source", "head", "spokesperson").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<String>,
    /// Keys of the words modifying the head.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<&'static str>,
    /// Keys of a person's title words ("secretary", "state").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Profile>,
    /// Keys of the title words written before a known person's name in
    /// this mention ("mayor" in "Mayor Ana Ruiz"): a claim's must be titles
    /// the article gives the person.
    #[serde(skip)]
    pub written_titles: Vec<String>,
}

impl Profile {
    pub fn unknown() -> Profile {
        Profile {
            kind: SpeakerKind::Unknown,
            person: None,
            names: Vec::new(),
            head: None,
            modifiers: Vec::new(),
            places: Vec::new(),
            titles: Vec::new(),
            members: Vec::new(),
            written_titles: Vec::new(),
        }
    }

    pub fn is_plural(&self) -> bool {
        self.kind == SpeakerKind::Group
            || self.head.as_deref().is_some_and(|h| {
                matches!(
                    h,
                    "official"
                        | "source"
                        | "people"
                        | "expert"
                        | "critic"
                        | "analyst"
                        | "researcher"
                        | "author"
                        | "resident"
                        | "authority"
                        | "media"
                )
            }) && self.names.is_empty()
    }
}

/// How a claim's speaker relates to an article statement's speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerMatch {
    /// The same speaker, or the claim names it more generally.
    Same,
    /// Clearly someone else.
    Different,
    /// Cannot tell.
    Unknown,
}

/// Words after a head noun that do not identify the speaker ("familiar
/// with the plans", "close to the talks").
const POST_MODIFIER_STARTS: &[&str] = &[
    "familiar",
    "close",
    "with",
    "who",
    "whose",
    "which",
    "that",
    "briefed",
    "speaking",
    "involved",
    "knowledgeable",
    "aware",
    "in",
    "at",
    "from",
    "on",
    "for",
    "to",
];

/// Reads the noun phrase `r` of `doc` into a profile. `people` resolves
/// names; it may be the article's register when reading a claim. A
/// document with an owner ("the club's statement", "a letter from the
/// ministry") is read as its owner.
pub fn profile(doc: &Doc, r: Range<usize>, people: &People) -> Profile {
    // "A statement from the ministry", "the club's letter": the document's
    // owner speaks.
    let r = super::document_owner(doc, r);
    // Groups: "X and Y", "X, Y and Z".
    let parts = split_group(doc, r.clone());
    if parts.len() >= 2 {
        let members: Vec<Profile> = parts.into_iter().map(|p| profile(doc, p, people)).collect();
        let mut g = Profile::unknown();
        g.kind = SpeakerKind::Group;
        for m in &members {
            g.names.extend(m.names.iter().cloned());
            g.places.extend(m.places.iter().copied());
        }
        g.members = members;
        return g;
    }
    let mut p = Profile::unknown();
    let (mut start, end) = (r.start, r.end);
    while start < end && lexicon::words::DETERMINERS.contains(&doc.tokens[start].norm.as_str()) {
        start += 1;
    }
    if start >= end {
        return p;
    }
    // A place speaking for itself: "Germany announced".
    if let Some(m) = places::place_at(doc, start, end)
        && m.len == end - start
    {
        p.kind = SpeakerKind::Organisation;
        p.names.push(format!("@{}", m.key));
        p.places.push(m.key);
        p.head = Some(format!("@{}", m.key));
        return p;
    }
    // "Ana Ruiz's lawyer": the words before the last possessive are its
    // possessor, who does not speak.
    // (Not one inside a phrase after the head: "Lena Ortez of the
    // UK's agency".)
    let pre_end = (start..end)
        .find(|&k| {
            let n = doc.tokens[k].norm.as_str();
            matches!(n, "of" | "for" | "at" | "from" | ",") || POST_MODIFIER_STARTS.contains(&n)
        })
        .unwrap_or(end);
    let possessor_end = (start..pre_end)
        .rev()
        .find(|&k| k + 1 < pre_end && doc.tokens[k].is_possessive())
        .unwrap_or(start);
    // A known person: the name run may follow title words.
    let mut i = start;
    let mut title_keys = Vec::new();
    while i < end {
        let j = people::name_run(doc, i, end);
        if j > i && j <= possessor_end {
            i = j;
            continue;
        }
        if j > i {
            let words: Vec<String> = (i..j).map(|k| doc.tokens[k].norm.to_string()).collect();
            if let Some(id) = people.find(&words) {
                let person = &people.persons[id];
                p.kind = SpeakerKind::Person;
                p.person = Some(id);
                p.names = person.words.clone();
                p.titles = person.title_keys.clone();
                // Title words before the name, and those the name run
                // took in ("US Attorney Lena Ortez").
                let in_run = (i..j)
                    .filter(|&k| !person.words.iter().any(|w| *w == doc.tokens[k].norm))
                    .map(|k| doc.key(k).to_string());
                p.written_titles = title_keys
                    .iter()
                    .cloned()
                    .chain(in_run)
                    .filter(|t| lexicon::is_title_word(t) || lexicon::is_role_head(t))
                    .collect();
                p.titles.extend(title_keys);
                p.places = person.places.clone();
                for k in start..end {
                    if let Some(m) = places::place_at(doc, k, end) {
                        p.places.push(m.key);
                    }
                }
                p.head = person.words.last().cloned();
                // "Lena Hart of The Daily Ledger": names beside the
                // person's own are an affiliation.
                // "The Daily Ledger's Lena Hart": so are those of her
                // possessor.
                let possessor = if i > start && doc.tokens[i - 1].is_possessive() {
                    start..i - 1
                } else {
                    i..i
                };
                p.modifiers = possessor
                    .chain(j..end)
                    .filter(|&k| {
                        doc.proper[k]
                            && doc.tokens[k].is_word()
                            && !lexicon::is_title_word(&doc.tokens[k].norm)
                            && !person.words.iter().any(|w| *w == doc.tokens[k].norm)
                            && places::place_at(doc, k, end).is_none()
                    })
                    .map(|k| doc.tokens[k].norm.to_string())
                    .collect();
                dedup(&mut p);
                return p;
            }
            i = j;
        } else {
            if doc.tokens[i].is_word() && !lexicon::is_stopword(&doc.tokens[i].norm) {
                title_keys.push(doc.key(i).to_string());
            }
            i += 1;
        }
    }

    // Otherwise: head noun, modifiers, names and places.
    let phrase: Vec<&str> = (start..end).map(|k| doc.tokens[k].norm.as_str()).collect();
    let text = phrase.join(" ");
    let outlet = lexicon::is_outlet(&text) || lexicon::is_outlet(text.trim_start_matches("the "));
    // The head: the last content word before "of" or a post-modifier.
    let mut head_end = end;
    for k in start..end {
        let n = doc.tokens[k].norm.as_str();
        if k > start
            && (n == "of" || POST_MODIFIER_STARTS.contains(&n) || doc.tokens[k].is_punct(","))
        {
            head_end = k;
            break;
        }
    }
    // An affiliation after the head tells who speaks as much as one before
    // it: "a spokesman for the ministry" is "a ministry spokesman".
    let of_complement = head_end < end
        && matches!(
            doc.tokens[head_end].norm.as_str(),
            "of" | "for" | "at" | "from"
        );
    let mut head_idx = None;
    for k in (start..head_end).rev() {
        let t = &doc.tokens[k];
        if t.is_word() && !lexicon::is_stopword(&t.norm) {
            head_idx = Some(k);
            break;
        }
    }
    let mut k = start;
    while k < end {
        if let Some(m) = places::place_at(doc, k, end) {
            p.places.push(m.key);
            if end - start == m.len {
                p.names.push(format!("@{}", m.key));
            }
            k += m.len;
            continue;
        }
        let t = &doc.tokens[k];
        let in_post = k >= head_end && !of_complement;
        let name = doc.proper[k] && !lexicon::is_title_word(&t.norm);
        // A name after the head still tells who speaks: "a spokesman for
        // Okafor" is not "a spokesman for Varga".
        if t.is_word() && !lexicon::is_stopword(&t.norm) && (!in_post || name) {
            if name && k >= possessor_end {
                p.names.push(t.norm.to_string());
            } else if Some(k) != head_idx {
                p.modifiers.push(doc.key(k).to_string());
            }
        }
        k += 1;
    }
    p.head = head_idx.map(|k| doc.key(k).to_string());
    let head_word = head_idx.map(|k| doc.tokens[k].norm.as_str()).unwrap_or("");
    // A titled name the article does not know: "Coach Dario Lenz".
    let titled_name = (start..end)
        .any(|k| lexicon::is_title_word(&doc.tokens[k].norm) && !doc.tokens[k].norm.ends_with('.'))
        && people::name_run(doc, start, end) == start
        && (start..end).any(|k| people::name_run(doc, k, end) > k + 1);
    p.kind = if outlet {
        SpeakerKind::Outlet
    } else if titled_name && !(start..end).any(|k| lexicon::is_org_word(&doc.tokens[k].norm)) {
        SpeakerKind::Person
    } else if head_idx.is_some_and(|k| lexicon::is_anonymous_head(doc.key(k)))
        && p.names.iter().all(|n| n.starts_with('@'))
    {
        SpeakerKind::Anonymous
    } else if lexicon::is_org_word(head_word)
        || !p.names.is_empty()
        || titles::OUTLET_NOUNS.contains(&head_word)
    {
        SpeakerKind::Organisation
    } else if head_idx.is_some_and(|k| lexicon::is_role_head(&doc.tokens[k].norm)) {
        SpeakerKind::Anonymous
    } else {
        SpeakerKind::Unknown
    };
    if p.kind == SpeakerKind::Organisation
        && p.names.is_empty()
        && head_idx.is_some_and(|k| doc.proper[k])
    {
        p.names.push(head_word.to_string());
    }
    dedup(&mut p);
    p
}

fn dedup(p: &mut Profile) {
    p.places.sort_unstable();
    p.places.dedup();
    p.titles.sort();
    p.titles.dedup();
}

/// Splits "X and Y" / "X, Y and Z" into parts when each part is a name or
/// a titled name (not "the head of X and Y's union").
fn split_group(doc: &Doc, r: Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut s = r.start;
    for k in r.clone() {
        let t = &doc.tokens[k];
        if (t.norm == "and" || t.is_punct(",")) && k > s {
            parts.push(s..k);
            s = k + 1;
        }
    }
    if parts.is_empty() {
        return parts;
    }
    if s < r.end {
        parts.push(s..r.end);
    }
    parts.retain(|p| !(p.is_empty() || p.len() == 1 && doc.tokens[p.start].norm == "and"));
    // "The Harbor and Dock Gazette's reporter": a possessive in the last part
    // takes the words before it for one name, its possessor, and one
    // speaker follows it; not where each part has a possessor of its own,
    // names a place or a person ("Britain's prime minister and France's
    // president", "Spain and France's ministers", "Tomas Varga and Ana
    // Ruiz's lawyer").
    let possessive_in = |p: &Range<usize>| {
        p.clone()
            .any(|k| k + 1 < p.end && doc.tokens[k].is_possessive())
    };
    let place = |p: &Range<usize>| places::place_at(doc, p.start, p.end).is_some();
    // The first part reads as the start of one name: "The Globe", "Marks";
    // not a person's full name ("Tomas Varga and Ana Ruiz's lawyer").
    let name_start = |p: &Range<usize>| {
        p.len() == 1 || lexicon::words::DETERMINERS.contains(&doc.tokens[p.start].norm.as_str())
    };
    if let Some((last, rest)) = parts.split_last()
        && possessive_in(last)
        && !rest.iter().any(|p| possessive_in(p) || place(p))
        && rest.first().is_some_and(name_start)
    {
        return Vec::new();
    }
    // Each part must start with a capitalised word or a determiner + noun,
    // and not be an "of" complement.
    let ok = parts.len() >= 2
        && parts.iter().all(|p| {
            let t = &doc.tokens[p.start];
            (t.cap
                || matches!(
                    t.norm.as_str(),
                    "its" | "his" | "her" | "their" | "the" | "other"
                ))
                && !(p.start > r.start && doc.tokens[p.start - 1].norm == "of")
        })
        && !(r.start..r.end).any(|k| doc.tokens[k].norm == "of");
    if ok { parts } else { Vec::new() }
}

/// Whether the claim's speaker `c` is the article's speaker `e`.
/// Whether the claim writes a title before the person's name ("Mayor Ana
/// Ruiz") that the article gives the person nowhere: the claim then says
/// more about who spoke than the article does.
/// Likewise a title among the words of a name the reader did not take
/// for a person's ("US Attorney Lena Ortez"), and a place the claim
/// names and the article does not ("US" for "UK").
fn titles_unstated(c: &Profile, e: &Profile) -> bool {
    let e_roles: Vec<&String> = e.titles.iter().chain(&e.modifiers).chain(&e.head).collect();
    let titled = |t: &&String| lexicon::is_title_word(t) || lexicon::is_role_head(t);
    c.written_titles
        .iter()
        .chain(c.modifiers.iter().filter(titled))
        .any(|t| !e_roles.iter().any(|x| lexicon::stands_for(x, t)))
        || (c.person.is_none() && c.places.iter().any(|p| !e.places.contains(p)))
}

pub fn compare(c: &Profile, e: &Profile) -> SpeakerMatch {
    use SpeakerMatch::*;
    if e.kind == SpeakerKind::Group {
        if c.kind == SpeakerKind::Group {
            let results: Vec<SpeakerMatch> = c
                .members
                .iter()
                .map(|cm| best_of(e.members.iter().map(|em| compare(cm, em))))
                .collect();
            return if results.iter().all(|r| *r == Same) {
                Same
            } else if results.iter().all(|r| *r == Different) {
                Different
            } else {
                Unknown
            };
        }
        return match best_of(e.members.iter().map(|em| compare(c, em))) {
            Same => Same,
            Different if c.kind != SpeakerKind::Anonymous => Different,
            _ => Unknown,
        };
    }
    if c.kind == SpeakerKind::Group {
        let results: Vec<SpeakerMatch> = c.members.iter().map(|cm| compare(cm, e)).collect();
        return if results.iter().all(|r| *r == Different) {
            Different
        } else {
            Unknown
        };
    }
    if (c.kind == SpeakerKind::Unknown && c.head.is_none())
        || (e.kind == SpeakerKind::Unknown && e.head.is_none())
    {
        return Unknown;
    }
    // Two known people; the same person with another affiliation ("of The
    // Evening Star" for "of The Daily Ledger") is not the same source.
    if let (Some(a), Some(b)) = (c.person, e.person) {
        let other_affiliation = !c.modifiers.is_empty()
            && !e.modifiers.is_empty()
            && !c.modifiers.iter().any(|m| e.modifiers.contains(m));
        return if a != b || other_affiliation {
            Different
        } else if titles_unstated(c, e) {
            Unknown
        } else {
            Same
        };
    }
    // Names: all the claim's names must be the article's.
    let e_names: Vec<&str> = e
        .names
        .iter()
        .map(String::as_str)
        .chain(e.places.iter().map(|_| ""))
        .collect();
    let e_has = |n: &str| e_names.contains(&n);
    if !c.names.is_empty() {
        let hits = c.names.iter().filter(|n| e_has(n)).count();
        if hits == c.names.len() {
            // "The Harbor Authority" vs "a Harbor Authority statement"; "Brandt"
            // vs the person.
            return if heads_agree(c, e) && !titles_unstated(c, e) {
                Same
            } else {
                Unknown
            };
        }
        // "BBC News" and "Sky News" share only a word every outlet uses.
        let telling = |n: &&String| !lexicon::titles::OUTLET_NAME_WORDS.contains(&n.as_str());
        let outlets = c.kind == SpeakerKind::Outlet && e.kind == SpeakerKind::Outlet;
        let telling_hits = c.names.iter().filter(telling).filter(|n| e_has(n)).count();
        if c.person.is_some()
            || e.person.is_some()
            || hits == 0
            || (outlets && telling_hits == 0 && c.names.iter().any(|n| telling(&n)))
        {
            return Different;
        }
        return Unknown;
    }
    // The claim's speaker has no name: "a source", "a U.S. official",
    // "the French president".
    let Some(ch) = c.head.as_deref() else {
        return Unknown;
    };
    let e_roles: Vec<&str> = e
        .head
        .iter()
        .chain(e.titles.iter())
        .map(String::as_str)
        .collect();
    let head_fits = e_roles.iter().any(|r| lexicon::stands_for(r, ch));
    if head_fits {
        let mods_fit = c.modifiers.iter().all(|m| {
            e.modifiers
                .iter()
                .chain(e.titles.iter())
                .chain(e.names.iter())
                .any(|x| lexicon::equivalent(x, m))
        }) && c.places.iter().all(|pl| e.places.contains(pl));
        // "the former minister" is not "the minister" (see
        // `lexicon::monotone::NON_INTERSECTIVE`).
        let privative_dropped = e.modifiers.iter().chain(e.titles.iter()).any(|m| {
            lexicon::monotone::non_intersective(m)
                && !c.modifiers.iter().chain(c.titles.iter()).any(|x| x == m)
        });
        return if mods_fit && !privative_dropped {
            Same
        } else if c.places.iter().any(|pl| !e.places.contains(pl)) && !e.places.is_empty() {
            Different
        } else {
            Unknown
        };
    }
    if c.kind == SpeakerKind::Unknown || e.kind == SpeakerKind::Unknown {
        return Unknown;
    }
    // Different heads: an anonymous source is not an official, nor a named
    // person or organisation's statement.
    match (c.kind, e.kind) {
        (SpeakerKind::Anonymous, SpeakerKind::Anonymous) => Different,
        (
            SpeakerKind::Anonymous,
            SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Outlet,
        ) => Different,
        _ => Unknown,
    }
}

fn heads_agree(c: &Profile, e: &Profile) -> bool {
    match (&c.head, c.person) {
        (_, Some(_)) => true,
        (Some(h), None) => {
            c.names.contains(h)
                || e.head.as_deref() == Some(h.as_str())
                || e.titles.contains(h)
                || e.names.contains(h)
                || lexicon::is_cue_noun(h)
        }
        (None, None) => true,
    }
}

fn best_of(it: impl Iterator<Item = SpeakerMatch>) -> SpeakerMatch {
    let v: Vec<SpeakerMatch> = it.collect();
    if v.contains(&SpeakerMatch::Same) {
        SpeakerMatch::Same
    } else if !v.is_empty() && v.iter().all(|m| *m == SpeakerMatch::Different) {
        SpeakerMatch::Different
    } else {
        SpeakerMatch::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prof(doc: &Doc, people: &People, phrase: &str) -> Profile {
        let start = doc.text.find(phrase).unwrap();
        let end = start + phrase.len();
        let toks: Vec<usize> = (0..doc.tokens.len())
            .filter(|&k| doc.tokens[k].span.start >= start && doc.tokens[k].span.end <= end)
            .collect();
        profile(doc, toks[0]..toks[toks.len() - 1] + 1, people)
    }

    #[test]
    fn a_former_official_is_not_the_official() {
        let doc = Doc::parse(
            "The former minister said. The minister said. The former minister spoke.",
            None,
        );
        let people = People::build(&doc);
        let former = prof(&doc, &people, "The former minister");
        let minister = prof(&doc, &people, "The minister");
        assert_ne!(compare(&minister, &former), SpeakerMatch::Same);
        assert_eq!(compare(&former, &former), SpeakerMatch::Same);
    }

    #[test]
    fn a_title_the_article_does_not_give_is_not_established() {
        let article = Doc::parse(
            "Lena Brandt of the port authority said. Deputy Mayor Tomas Varga spoke.",
            None,
        );
        let mut people = People::build(&article);
        people.index_mentions(&article);
        let brandt = prof(&article, &people, "Lena Brandt of the port authority");
        let varga = prof(&article, &people, "Deputy Mayor Tomas Varga");
        let claims = Doc::parse(
            "Mayor Lena Brandt said. Mayor Tomas Varga said. Attorney Tomas Varga said.",
            None,
        );
        let claim = |s: &str| prof(&claims, &people, s);
        assert_eq!(
            compare(&claim("Mayor Lena Brandt"), &brandt),
            SpeakerMatch::Unknown
        );
        assert_eq!(
            compare(&claim("Mayor Tomas Varga"), &varga),
            SpeakerMatch::Same
        );
        assert_eq!(
            compare(&claim("Attorney Tomas Varga"), &varga),
            SpeakerMatch::Unknown
        );
    }

    #[test]
    fn a_possessor_of_two_names_is_one_speakers_affiliation() {
        let doc = Doc::parse(
            "Reporter Lena Hart of The Harbor and Dock Gazette said. \
             The Harbor and Dock Gazette's Lena Hart said. The Evening Star's Lena Hart said. \
             Britain's minister and France's minister said. Spain and France's ministers said.",
            None,
        );
        let mut people = People::build(&doc);
        people.index_mentions(&doc);
        let article = prof(&doc, &people, "Lena Hart of The Harbor and Dock Gazette");
        let same = prof(&doc, &people, "The Harbor and Dock Gazette's Lena Hart");
        assert_eq!(same.kind, SpeakerKind::Person);
        assert_eq!(compare(&same, &article), SpeakerMatch::Same);
        let other = prof(&doc, &people, "The Evening Star's Lena Hart");
        assert_eq!(compare(&other, &article), SpeakerMatch::Different);
        // Each part with a possessor of its own, or a place: a list.
        let two = prof(&doc, &people, "Britain's minister and France's minister");
        assert_eq!(two.kind, SpeakerKind::Group);
        let places = prof(&doc, &people, "Spain and France's ministers");
        assert_eq!(places.kind, SpeakerKind::Group);
    }

    #[test]
    fn profiles_and_matches() {
        let doc = Doc::parse(
            "A source close to the negotiators said. A senior U.S. official confirmed. \
             Deputy Mayor Lena Brandt spoke. The head of Norway's farmers' union stated. \
             A Harbor Authority statement indicated. Chilean President Tomas Varga and Canadian Prime Minister Ana Ruiz agreed. \
             Officials said. Norway said. The Harbor Authority said. The source said. Brandt said. Varga said. \
             A U.S. official said. The Chilean president said. Sources said. \
             Sky News reported. BBC News reported. The Daily News reported.",
            None,
        );
        let mut people = People::build(&doc);
        people.index_mentions(&doc);
        let src = prof(&doc, &people, "A source close to the negotiators");
        assert_eq!(src.kind, SpeakerKind::Anonymous);
        assert_eq!(src.head.as_deref(), Some(lexicon::key("source").as_str()));
        let official = prof(&doc, &people, "A senior U.S. official");
        let brandt = prof(&doc, &people, "Deputy Mayor Lena Brandt");
        assert_eq!(brandt.kind, SpeakerKind::Person);
        let union = prof(&doc, &people, "The head of Norway's farmers' union");
        let authority = prof(&doc, &people, "A Harbor Authority");
        let group = prof(
            &doc,
            &people,
            "Chilean President Tomas Varga and Canadian Prime Minister Ana Ruiz",
        );
        assert_eq!(group.kind, SpeakerKind::Group);

        let claim = |s: &str| prof(&doc, &people, s);
        assert_eq!(compare(&claim("The source"), &src), SpeakerMatch::Same);
        assert_eq!(
            compare(&claim("A U.S. official"), &official),
            SpeakerMatch::Same
        );
        assert_eq!(
            compare(&claim("A U.S. official"), &src),
            SpeakerMatch::Different
        );
        assert_eq!(
            compare(&claim("A U.S. official"), &authority),
            SpeakerMatch::Different
        );
        assert_eq!(compare(&claim("Brandt"), &brandt), SpeakerMatch::Same);
        assert_eq!(compare(&claim("Brandt"), &src), SpeakerMatch::Different);
        assert_eq!(compare(&claim("Norway"), &union), SpeakerMatch::Different);
        assert_eq!(
            compare(&claim("The Harbor Authority"), &authority),
            SpeakerMatch::Same
        );
        assert_eq!(compare(&claim("Varga"), &group), SpeakerMatch::Same);
        assert_eq!(compare(&claim("Brandt"), &group), SpeakerMatch::Different);
        assert_eq!(
            compare(&claim("The Chilean president"), &group),
            SpeakerMatch::Same
        );
        assert_eq!(compare(&claim("Officials"), &official), SpeakerMatch::Same);
        assert_eq!(compare(&claim("Sources"), &src), SpeakerMatch::Same);
        // Outlets sharing only a word every outlet uses are two outlets.
        let sky = claim("Sky News");
        assert_eq!(compare(&claim("BBC News"), &sky), SpeakerMatch::Different);
        assert_eq!(
            compare(&claim("The Daily News"), &sky),
            SpeakerMatch::Unknown
        );
        assert_eq!(compare(&claim("Sky News"), &sky), SpeakerMatch::Same);
    }
}
