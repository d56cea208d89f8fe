//! Turns each sentence's attributions into statements: resolves speakers
//! written as pronouns ("he", "it", "they"), definite descriptions ("the
//! source", "the newspaper"), surnames and titles ("the minister"), links a
//! quotation continued in the next sentence or paragraph to its speaker, and
//! adds a statement in the article's own voice for what no one is quoted as
//! saying.

use super::speaker::{self, Profile, SpeakerKind};
use super::{CueForm, Raw, continues_quote, read_sentence};
use crate::doc::Doc;
use crate::index::{Cue, Recipient, Speaker, Statement, Via};
use crate::lexicon::{self, CueClass, titles};
use crate::read::people::People;
use std::ops::Range;

/// Reads every sentence's attributions and registers the people found
/// speaking. Returns the raw attributions per sentence.
pub fn read_all(doc: &Doc, people: &mut People) -> Vec<Vec<Raw>> {
    let raws: Vec<Vec<Raw>> = doc
        .sentences
        .iter()
        .map(|s| read_sentence(doc, s.tokens.clone(), super::Mode::Article))
        .collect();
    for rs in &raws {
        for r in rs {
            if let Some(sp) = &r.speaker {
                people.add_speaker(doc, sp.clone());
                for role in &r.roles {
                    people.add_role(doc, sp.clone(), role.clone());
                }
            }
        }
    }
    people.index_mentions(doc);
    raws
}

/// Whether a speaker's role holds a relative clause, which states a fact
/// of its own: "the institute *that ran the survey*".
fn states_facts(doc: &Doc, role: &Range<usize>) -> bool {
    role.clone().any(|k| {
        matches!(doc.tokens[k].norm.as_str(), "who" | "which" | "that")
            && (k + 1..role.end).any(|v| super::is_verbish(doc, v))
    })
}

/// Builds the statements of a document from its raw attributions.
pub fn statements(doc: &Doc, people: &People, raws: &[Vec<Raw>], skip: &[usize]) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    let skip: std::collections::BTreeSet<usize> = skip.iter().copied().collect();
    for (si, s) in doc.sentences.iter().enumerate() {
        if skip.contains(&si) {
            continue;
        }
        let rs = &raws[si];
        let first_in_sentence = out.len();
        if rs.is_empty()
            && continues_quote(doc, s.tokens.clone())
            && let Some(prev) = out
                .iter()
                .rev()
                .take_while(|p| Some(p.sentence) == out.last().map(|l| l.sentence))
                .find(|p| p.speaker.is_some())
                .filter(|p| {
                    // The next sentence of the same paragraph, or the first
                    // of the next paragraph.
                    let para = doc.sentences[p.sentence].para;
                    para + 1 == s.para || (p.sentence + 1 == si && para == s.para)
                })
        {
            let mut speaker = prev.speaker.clone();
            if let Some(sp) = &mut speaker {
                sp.via = Via::Continuation;
                sp.mention = None;
            }
            let content = vec![super::trim(doc, s.tokens.clone())];
            out.push(Statement {
                id: out.len(),
                sentence: si,
                speaker,
                cue: Some(Cue {
                    tokens: None,
                    text: "(quotation continues)".into(),
                    key: prev.cue.as_ref().map_or("say".into(), |c| c.key.clone()),
                    class: CueClass::Assertive,
                    form: CueForm::Continuation,
                    negated: prev.cue.as_ref().is_some_and(|c| c.negated),
                }),
                // Said to the same audience.
                recipient: prev.recipient.clone(),
                region: content.clone(),
                quotes: quotes_in(doc, &content),
                content,
                part_of: Some(prev.part_of.unwrap_or(prev.id)),
            });
            continue;
        }
        for (ri, r) in rs.iter().enumerate() {
            let speaker = match (r.inherit, &r.speaker) {
                (Some(k), _) => out
                    .get(first_in_sentence + k.min(ri.saturating_sub(1)))
                    .and_then(|p| p.speaker.clone()),
                (None, Some(sp)) => Some(resolve_speaker(doc, people, sp.clone(), &r.roles, &out)),
                (None, None) => None,
            };
            let recipient = r.recipient.clone().map(|rr| Recipient {
                text: doc.range_text(rr.clone()).to_string(),
                profile: speaker::profile(doc, rr.clone(), people),
                tokens: rr,
            });
            out.push(Statement {
                id: out.len(),
                sentence: si,
                speaker,
                cue: Some(Cue {
                    tokens: Some(r.cue.clone()),
                    text: doc.range_text(r.cue.clone()).to_string(),
                    key: r.cue_key.clone(),
                    class: r.class,
                    form: r.form,
                    negated: crate::read::cue_negated(doc, r.cue.clone(), r.class),
                }),
                recipient,
                quotes: quotes_in(doc, &r.content),
                content: r.content.clone(),
                region: r.region.clone(),
                part_of: None,
            });
        }
        // What no one is quoted as saying is the article's own voice.
        let mut covered = vec![false; s.tokens.len()];
        for r in rs {
            // A speaker described at length ("The findings of the survey
            // released by the institute this month") states facts of its own:
            // it stays in the article's voice.
            let descriptive = r.speaker.as_ref().is_some_and(|sp| {
                let words = sp
                    .clone()
                    .filter(|&k| {
                        doc.tokens[k].is_wordlike() && !lexicon::is_stopword(&doc.tokens[k].norm)
                    })
                    .count();
                let kind = speaker::profile(doc, sp.clone(), people).kind;
                let clause_like = sp.clone().any(|k| {
                    let n = &doc.tokens[k].norm;
                    k > sp.start
                        && doc.tokens[k].is_word()
                        && !doc.tokens[k].cap
                        && (n.ends_with("ed")
                            || n.ends_with("ing")
                            || n == "seen"
                            || n == "written")
                });
                words >= 4
                    && clause_like
                    && matches!(
                        kind,
                        SpeakerKind::Unknown | SpeakerKind::Anonymous | SpeakerKind::Organisation
                    )
            });
            let speaker_range = r.speaker.iter().filter(|_| !descriptive);
            let ranges = r
                .region
                .iter()
                .chain(&r.content)
                .chain(speaker_range)
                .chain(r.roles.iter())
                .chain(std::iter::once(&r.cue));
            for rg in ranges {
                for k in rg.clone() {
                    if s.tokens.contains(&k) {
                        covered[k - s.tokens.start] = true;
                    }
                }
            }
        }
        // A role with a clause of its own ("Director of the institute
        // *that ran the survey*") states a fact in the article's
        // voice, as well as describing the speaker.
        for rg in rs.iter().flat_map(|r| &r.roles).filter(|rg| states_facts(doc, rg)) {
            for k in rg.clone().filter(|k| s.tokens.contains(k)) {
                covered[k - s.tokens.start] = false;
            }
        }
        let mut parts: Vec<Range<usize>> = Vec::new();
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            if covered[k - s.tokens.start] {
                k += 1;
                continue;
            }
            let a = k;
            while k < s.tokens.end && !covered[k - s.tokens.start] {
                k += 1;
            }
            let r = super::trim(doc, a..k);
            let content_words = r
                .clone()
                .filter(|&x| {
                    doc.tokens[x].is_wordlike() && !lexicon::is_stopword(&doc.tokens[x].norm)
                })
                .count();
            // Left-overs of a sentence that also quotes someone ("This
            // move comes after a") need more words to say anything.
            let needed = if rs.is_empty() { 2 } else { 3 };
            if content_words >= needed {
                parts.push(r);
            }
        }
        if !parts.is_empty() {
            out.push(Statement {
                id: out.len(),
                sentence: si,
                speaker: None,
                cue: None,
                recipient: None,
                quotes: quotes_in(doc, &parts),
                region: parts.clone(),
                content: parts,
                part_of: None,
            });
        }
    }
    backfill_quotes(doc, &mut out);
    for (i, st) in out.iter_mut().enumerate() {
        st.id = i;
    }
    out
}

/// A quotation that began sentences before its attribution (`"A. B. C,"
/// said X.`): the earlier sentences inside it are X's too.
fn backfill_quotes(doc: &Doc, out: &mut [Statement]) {
    let mut fills: Vec<(usize, Speaker, String, usize, Option<Recipient>)> = Vec::new();
    for st in out.iter() {
        let Some(sp) = &st.speaker else { continue };
        // Only a sentence with its own cue attributes a quotation.
        if st.cue.as_ref().is_none_or(|c| c.tokens.is_none()) {
            continue;
        }
        let s_start = doc.sentences[st.sentence].tokens.start;
        for &q in &st.quotes {
            let qt = &doc.quotes[q].tokens;
            if qt.start >= s_start {
                continue;
            }
            let first = doc.sentence_of[qt.start.saturating_sub(1)] as usize;
            for (si, s) in doc
                .sentences
                .iter()
                .enumerate()
                .take(st.sentence)
                .skip(first)
            {
                if s.tokens.start + 1 >= qt.start && s.tokens.end <= s_start {
                    let mut sp = sp.clone();
                    sp.via = Via::Continuation;
                    sp.mention = None;
                    let key = st.cue.as_ref().map_or("say".to_string(), |c| c.key.clone());
                    fills.push((si, sp, key, st.id, st.recipient.clone()));
                }
            }
        }
    }
    for (si, sp, key, owner, recipient) in fills {
        // Statements are in sentence order.
        let from = out.partition_point(|st| st.sentence < si);
        let to = out.partition_point(|st| st.sentence <= si);
        for st in &mut out[from..to] {
            // The speaker named where the quotation closes outranks one
            // carried over from the sentence before.
            let carried = st
                .cue
                .as_ref()
                .is_some_and(|c| c.form == CueForm::Continuation && c.tokens.is_none());
            if st.speaker.is_none() || carried {
                st.part_of = Some(owner);
                st.speaker = Some(sp.clone());
                st.recipient.clone_from(&recipient);
                st.cue = Some(Cue {
                    tokens: None,
                    text: "(quotation, attributed later)".into(),
                    key: key.clone(),
                    class: CueClass::Assertive,
                    form: CueForm::Continuation,
                    negated: false,
                });
            }
        }
    }
}

/// The quotations sharing a token with any of `ranges`, in order. Found
/// through each token's innermost quotation and the quotations around it,
/// so the cost is the length of the ranges, not the number of quotations.
fn quotes_in(doc: &Doc, ranges: &[Range<usize>]) -> Vec<usize> {
    let mut found = std::collections::BTreeSet::new();
    for r in ranges {
        for t in r.clone() {
            // Once a quotation is known, so are those around it.
            for qi in doc.quotes_around(t) {
                if !found.insert(qi) {
                    break;
                }
            }
        }
    }
    found.into_iter().collect()
}

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "him", "her", "them", "his", "its", "their",
];

/// Resolves the speaker written at `r`, given the statements so far.
pub fn resolve_speaker(
    doc: &Doc,
    people: &People,
    r: Range<usize>,
    roles: &[Range<usize>],
    earlier: &[Statement],
) -> Speaker {
    let text = doc.range_text(r.clone()).to_string();
    let role_text: Vec<String> = roles
        .iter()
        .map(|rr| doc.range_text(rr.clone()).to_string())
        .collect();
    let words: Vec<&str> = r
        .clone()
        .map(|k| doc.tokens[k].norm.as_str())
        .filter(|w| !matches!(*w, "the" | "a" | "an" | "this" | "that"))
        .collect();
    let definite = matches!(doc.tokens[r.start].norm.as_str(), "the" | "this" | "that");
    let recent = |pred: &dyn Fn(&Speaker) -> bool| -> Option<Speaker> {
        earlier
            .iter()
            .rev()
            .take(12)
            .filter_map(|s| s.speaker.as_ref())
            .find(|sp| pred(sp))
            .cloned()
    };
    // Pronouns ("the i" is a newspaper, not a pronoun).
    let outlet = lexicon::is_outlet(&doc.range_text(r.clone()).to_lowercase());
    if words.len() == 1 && PRONOUNS.contains(&words[0]) && !outlet {
        let found = match words[0] {
            "he" | "she" | "him" | "her" | "his" => {
                // A person named earlier in the same sentence comes first
                // ("Berger's brother begged him, but he replied").
                let sentence_start = doc
                    .sentences
                    .get(doc.sentence_of[r.start] as usize)
                    .filter(|s| s.tokens.contains(&r.start))
                    .map_or(r.start, |s| s.tokens.start);
                // ... unless a speaker of that sentence is (“Ruiz said Varga
                // erred, and he added”).
                let speaker_here = recent(&|sp| {
                    sp.profile.kind == SpeakerKind::Person
                        && sp
                            .mention
                            .as_ref()
                            .is_some_and(|m| m.start >= sentence_start)
                });
                let same_sentence = people
                    .last_before(r.start, r.start - sentence_start)
                    .map(|id| person_speaker(people, id, &text));
                speaker_here
                    .or(same_sentence)
                    .or_else(|| governing_name(doc, people, sentence_start, r.start, &text))
                    .or_else(|| recent(&|sp| sp.profile.kind == SpeakerKind::Person))
                    .or_else(|| {
                        people
                            .last_before(r.start, 150)
                            .map(|id| person_speaker(people, id, &text))
                    })
            }
            "it" => recent(&|sp| {
                matches!(
                    sp.profile.kind,
                    SpeakerKind::Organisation | SpeakerKind::Outlet
                )
            }),
            "its" => recent(&|sp| {
                matches!(
                    sp.profile.kind,
                    SpeakerKind::Organisation | SpeakerKind::Outlet
                )
            }),
            "they" | "them" | "their" => {
                recent(&|sp| sp.profile.is_plural() || sp.profile.kind == SpeakerKind::Organisation)
            }
            _ => None,
        };
        return match found {
            Some(mut sp) => {
                sp.mention = Some(r);
                sp.text = text;
                sp.via = Via::Pronoun;
                sp
            }
            None => unresolved(r, text),
        };
    }
    let prof = speaker::profile(doc, r.clone(), people);
    // "the source", "the official", "the newspaper", "the minister".
    let has_proper = r
        .clone()
        .any(|k| doc.proper[k] && !lexicon::is_title_word(&doc.tokens[k].norm));
    if definite && !words.is_empty() && words.len() <= 3 && prof.person.is_none() && !has_proper {
        let head = prof.head.clone().unwrap_or_default();
        let outlet_noun = titles::OUTLET_NOUNS.contains(&words[words.len() - 1]);
        let found = recent(&|sp| {
            if outlet_noun {
                // "The daily" is a paper, not the ministry that spoke last.
                sp.profile.kind == SpeakerKind::Outlet
                    || sp
                        .profile
                        .head
                        .as_deref()
                        .is_some_and(lexicon::is_outlet_noun)
                    || (sp.profile.kind == SpeakerKind::Organisation
                        && sp
                            .profile
                            .names
                            .iter()
                            .any(|n| titles::OUTLET_NAME_WORDS.contains(&n.as_str())))
            } else {
                sp.profile.head.as_deref() == Some(head.as_str())
                    && sp.profile.kind != SpeakerKind::Person
                    || sp.profile.titles.contains(&head)
            }
        })
        .or_else(|| {
            // A person holding the title: "the minister", "the President".
            if lexicon::is_role_head(&head) {
                let id = people
                    .persons
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.title_keys.contains(&head))
                    .filter_map(|(id, p)| {
                        p.mentions
                            .iter()
                            .filter(|m| m.start < r.start)
                            .map(|m| m.start)
                            .max()
                            .map(|m| (id, m))
                    })
                    .max_by_key(|&(_, m)| m)
                    .map(|(id, _)| id)?;
                Some(person_speaker(people, id, &text))
            } else {
                None
            }
        });
        if let Some(mut sp) = found {
            sp.mention = Some(r);
            sp.text = text;
            sp.via = Via::Definite;
            return sp;
        }
    }
    let resolved = match prof.person {
        Some(id) => people.persons[id].name.clone(),
        // "A Harbor Authority (statement)": the Harbor Authority.
        None if matches!(doc.tokens[r.start].norm.as_str(), "a" | "an")
            && r.len() > 1
            && doc.proper[r.start + 1] =>
        {
            doc.range_text(r.start + 1..r.end).to_string()
        }
        None => text.clone(),
    };
    let mut roles_out = role_text;
    if let Some(id) = prof.person {
        for t in &people.persons[id].titles {
            if !roles_out.contains(t) {
                roles_out.push(t.clone());
            }
        }
    }
    let via = if prof.person.is_some() && resolved != text {
        Via::Name
    } else {
        Via::Direct
    };
    Speaker {
        mention: Some(r),
        text,
        resolved,
        via,
        roles: roles_out,
        profile: prof,
    }
}

/// A name no one has been heard speaking, which the parse finds as the
/// subject governing the clause of "he" or "she" at token `pronoun`
/// ("Ana Ruiz broke the news when she revealed ..."): that name speaks.
/// The parse is asked only where a name stands before the pronoun in its
/// sentence, which begins at token `start`.
fn governing_name(
    doc: &Doc,
    people: &People,
    start: usize,
    pronoun: usize,
    text: &str,
) -> Option<Speaker> {
    if !(start..pronoun).any(|k| doc.proper[k]) {
        return None;
    }
    let r = super::parsed::governing_subject(doc, pronoun)?;
    let mut profile = speaker::profile(doc, r.clone(), people);
    // A name the article never titled reads as an organisation's; "he"
    // makes it a person's when it is a given name and a surname, with no
    // word of an organisation's name ("Ana Ruiz", not "Vexo Holdings").
    let personal = profile.names.len() >= 2
        && !profile.names.iter().any(|n| lexicon::is_org_word(n))
        && r.clone().all(|k| !lexicon::is_outlet(&doc.tokens[k].norm));
    match profile.kind {
        SpeakerKind::Person => {}
        SpeakerKind::Organisation | SpeakerKind::Unknown if personal => {
            profile.kind = SpeakerKind::Person;
        }
        _ => return None,
    }
    Some(Speaker {
        mention: None,
        text: text.to_string(),
        resolved: doc.range_text(r).to_string(),
        via: Via::Pronoun,
        roles: Vec::new(),
        profile,
    })
}

fn person_speaker(people: &People, id: usize, text: &str) -> Speaker {
    let p = &people.persons[id];
    Speaker {
        mention: None,
        text: text.to_string(),
        resolved: p.name.clone(),
        via: Via::Pronoun,
        roles: p.titles.clone(),
        profile: Profile {
            kind: SpeakerKind::Person,
            person: Some(id),
            names: p.words.clone(),
            head: p.words.last().cloned(),
            modifiers: Vec::new(),
            places: p.places.clone(),
            titles: p.title_keys.clone(),
            members: Vec::new(),
            written_titles: Vec::new(),
        },
    }
}

fn unresolved(r: Range<usize>, text: String) -> Speaker {
    Speaker {
        mention: Some(r),
        resolved: text.clone(),
        text,
        via: Via::Unresolved,
        roles: Vec::new(),
        profile: Profile::unknown(),
    }
}
