//! Cue verbs and phrases: `X said (that) Y`, `Y, X said`, `"Q," said X`,
//! `..., adding that Y`, `She thanked the crowd and said ...`, `X told
//! OUTLET (that) Y`, `Z was told by X of "Q"`.

use super::{Sentence, Taken};
use crate::extract::{
    CueForm, Mode, PREPOSITIONS, Raw, appositive_subject, aside_before, clause_follows,
    clause_subject, content_start, cue_at, document_reads, ends_here, in_quote, is_close_quote,
    is_ly_adverb, is_open_quote, is_verbish, norm, np_backward, np_forward, opening_phrase, parsed,
    passive_agent, quote_or_clause_before, trailing_role, trim, verb_form, went_on,
};
use crate::lexicon::{self, CueClass, words};
use std::ops::Range;

/// A cue found at a word.
struct Cue {
    /// Its first token, and the token after it.
    i: usize,
    after: usize,
    key: String,
    class: CueClass,
    /// Whether it reports only before a clear complement ("wrote that").
    strict: bool,
    /// "saying", "adding".
    participle: bool,
    /// Right after a comma or a closing quotation mark.
    prev_is_break: bool,
}

impl Cue {
    /// A statement of this cue: its speaker (or the index of the
    /// statement whose speaker it inherits), recipient, content, region
    /// and roles.
    fn raw(
        &self,
        speaker: Option<Range<usize>>,
        inherit: Option<usize>,
        recipient: Option<Range<usize>>,
        content: Vec<Range<usize>>,
        region: Vec<Range<usize>>,
        roles: Vec<Range<usize>>,
    ) -> Raw {
        Raw {
            speaker,
            inherit,
            cue: self.i..self.after,
            cue_key: self.key.clone(),
            class: self.class,
            form: CueForm::Verb,
            recipient,
            content,
            region,
            roles,
        }
    }
}

/// The speaker found before a cue.
struct Before {
    speaker: Range<usize>,
    /// Words read past the subject, which frame the statement.
    framing: Option<Range<usize>>,
    roles: Vec<Range<usize>>,
    /// Where the words between speaker and cue begin.
    j: usize,
}

/// The statements of the sentence's cue verbs and phrases.
pub(super) fn statements(s: &Sentence, taken: &mut Taken, raws: &mut Vec<Raw>) {
    let mut i = s.a;
    while i < s.end {
        i = at(s, i, taken, raws);
    }
}

/// Reads a cue at token `i`, if one is there, and says where to read on.
fn at(s: &Sentence, i: usize, taken: &mut Taken, raws: &mut Vec<Raw>) -> usize {
    let doc = s.doc;
    if taken.get(i) || in_quote(doc, i) || !doc.tokens[i].is_word() {
        return i + 1;
    }
    let Some((len, key, class, strict)) = cue_at(doc, i, s.end) else {
        return i + 1;
    };
    // "statement reads": `document_reads` has already seen the noun.
    if !verb_form(doc, i) && document_reads(doc, i).is_none() {
        return i + 1;
    }
    let after = i + len;
    // "tenants told to leave", "drivers asked to slow down":
    // a participle straight before "to" and a verb is a passive whose
    // "be" was left out; the noun before it is told, it does not tell
    // (see `lexicon::cues::PASSIVE_BEFORE_TO`).
    let penn = doc.tags(i).map_or("", |(_, penn)| penn);
    let word = norm(doc, i);
    let passive_to = (lexicon::cues::PASSIVE_BEFORE_TO.contains(&word)
        && matches!(penn, "VBN" | "VBD"))
        || (lexicon::cues::PASSIVE_BEFORE_TO_IF_PARTICIPLE.contains(&word) && penn == "VBN");
    if passive_to
        && norm(doc, after) == "to"
        && doc.tags(after + 1).is_some_and(|(_, penn)| penn == "VB")
        && i > s.a
        && doc.upos(i - 1).is_some_and(|u| matches!(u, "NOUN" | "PROPN" | "PRON"))
    {
        return after;
    }
    if norm(doc, after) == "by" {
        // "He was told by the minister of "Q"": the one the passive
        // names after "by" speaks.
        if let Some(raw) = passive_agent(doc, s.a, i..after, s.end, (&key, class)) {
            taken.fill(raw.speaker.clone().unwrap_or(i..i));
            let next = raw.content.last().map_or(s.end, |c| c.end);
            raws.push(raw);
            return next;
        }
        // Passive: "a plan backed by the Rotary Club".
        return after;
    }
    let cue = Cue {
        i,
        after,
        key,
        class,
        strict,
        participle: doc.tokens[i].norm.ends_with("ing"),
        prev_is_break: i > s.a && (doc.tokens[i - 1].is_punct(",") || is_close_quote(doc, i - 1)),
    };
    if let Some(next) = participle_after_break(s, &cue, raws) {
        return next;
    }
    if let Some(next) = speaker_after(s, &cue, raws) {
        return next;
    }
    let (j, negated) = reach_back(s, i);
    if let Some(next) = second_verb(s, &cue, j, raws) {
        return next;
    }
    let Some(before) = speaker_before(s, &cue, j) else {
        return after;
    };
    if !reports(s, &cue, &before) {
        return after;
    }
    if let Some(next) = trailing(s, &cue, &before, raws) {
        return next;
    }
    leading(s, cue, before, negated, taken, raws)
}

/// "..., adding that Y": a participle after a comma inherits the
/// speaker of the sentence's previous statement. Without one, the subject
/// of the main clause speaks: "The mayor defended the plan on Tuesday,
/// saying it would cut costs".
fn participle_after_break(s: &Sentence, cue: &Cue, raws: &mut Vec<Raw>) -> Option<usize> {
    let (doc, a, end, i) = (s.doc, s.a, s.end, cue.i);
    if !(cue.participle && cue.prev_is_break) {
        return None;
    }
    let clause_speaker = if raws.is_empty() {
        Some(clause_subject(doc, a, i - 1)?)
    } else {
        None
    };
    let (cs, _) = content_start(doc, cue.after, end, &cue.key);
    if cs >= end {
        return None;
    }
    let content = vec![trim(doc, cs..end)];
    let mut region = content.clone();
    region.push(i..cue.after);
    // What the speaker did as it spoke ("The mayor *defended the plan*,
    // saying ...") is said of it with the statement.
    if let Some(sp) = &clause_speaker {
        region.push(sp.end..i);
    }
    let inherit = (!raws.is_empty()).then(|| raws.len() - 1);
    raws.push(cue.raw(clause_speaker, inherit, None, content, region, Vec::new()));
    Some(end)
}

/// `"Q," said X` / `Y, said X`: the speaker after the cue.
fn speaker_after(s: &Sentence, cue: &Cue, raws: &mut Vec<Raw>) -> Option<usize> {
    let (doc, a, end, i, after) = (s.doc, s.a, s.end, cue.i, cue.after);
    if !cue.prev_is_break || cue.participle || cue.class == CueClass::Stance {
        return None;
    }
    // ", estimates suggest.": a cue verb after the word is the
    // verb, and the word its subject.
    let verb_next =
        after < end && lexicon::cue_verb(doc.key(after)).is_some() && !doc.tokens[after].cap;
    if verb_next {
        return None;
    }
    let se = np_forward(doc, after, end).filter(|&se| ends_here(doc, se, end))?;
    let content = quote_or_clause_before(doc, a, i);
    if content.is_empty() {
        return None;
    }
    let mut region = content.clone();
    region.push(i..after);
    // The speaker's role describes the speaker; it is not what was said.
    let role = trailing_role(doc, se, end);
    let tail = role.as_ref().map_or(se, |r| r.end);
    if tail < end {
        region.push(tail..end);
    }
    // "said Okafor to the waiting reporters".
    let recipient = (se + 1 < end && norm(doc, se) == "to").then(|| {
        let mut re = se + 1;
        while re < end && !doc.tokens[re].is_punct(",") && !doc.tokens[re].is_punct(";") {
            re += 1;
        }
        se + 1..re
    });
    raws.push(cue.raw(
        Some(after..se),
        None,
        recipient,
        content,
        region,
        role.into_iter().collect(),
    ));
    Some(se)
}

/// From the cue at `i` back past auxiliaries, adverbs, "went on to", an
/// aside set off by commas and a parenthesis after a name: where the
/// speaker's phrase ends, and whether a negator was passed.
fn reach_back(s: &Sentence, i: usize) -> (usize, bool) {
    let (doc, a) = (s.doc, s.a);
    let mut j = i;
    let mut negated = false;
    loop {
        if j > a
            && (words::SPEAKER_CUE_FILLERS.contains(&norm(doc, j - 1))
                || (is_ly_adverb(norm(doc, j - 1)) && !doc.tokens[j - 1].cap))
            && !in_quote(doc, j - 1)
        {
            if lexicon::is_negator(norm(doc, j - 1))
                || words::VERBAL_NEGATORS.contains(&norm(doc, j - 1))
            {
                negated = true;
            }
            j -= 1;
            continue;
        }
        // "Schwartz went on to say": then said.
        let to = usize::from(j > a && norm(doc, j - 1) == "to");
        if j >= a + 3 + to && went_on(doc, j - 1 - to) {
            j -= 2 + to;
            continue;
        }
        // "Donald Trump, in a statement delivered by his press
        // secretary, announced": a phrase set off by commas that says
        // how or where the speaker spoke.
        if let Some(c) = aside_before(doc, a, j) {
            j = c;
            continue;
        }
        // "Sen. Ada Ruiz (D-Ore.) said": a parenthesis after the name.
        if j > a + 1
            && doc.tokens[j - 1].is_punct(")")
            && let Some(open) = (j.saturating_sub(8).max(a)..j - 1)
                .rev()
                .find(|&k| doc.tokens[k].is_punct("("))
        {
            j = open;
            continue;
        }
        return (j, negated);
    }
}

/// "She thanked the crowd and said ...": a second verb of the same
/// subject, which speaks as the last statement's speaker did, or as the
/// clause's subject. A modal belongs to a verb phrase of the content:
/// "stated it would attack ... and would respond" is one statement.
fn second_verb(s: &Sentence, cue: &Cue, j: usize, raws: &mut Vec<Raw>) -> Option<usize> {
    let (doc, a, end, i) = (s.doc, s.a, s.end, cue.i);
    let passive_fillers = (j..i).any(|k| {
        matches!(
            norm(doc, k),
            "been"
                | "being"
                | "was"
                | "were"
                | "is"
                | "are"
                | "would"
                | "could"
                | "might"
                | "may"
                | "should"
                | "must"
                | "can"
        )
    });
    if !(j > a + 1 && matches!(norm(doc, j - 1), "and" | "but"))
        || cue.participle
        || passive_fillers
    {
        return None;
    }
    // The speaker of the last statement before, unless that one is
    // nested in another's content ("X said her party has backed the
    // idea, and said ..." continues X).
    let nested = |r: &Raw| {
        raws.iter().any(|o| {
            o.content
                .iter()
                .any(|c| c.start <= r.cue.start && r.cue.end <= c.end)
        })
    };
    let inherit = raws.iter().rposition(|r| r.cue.end < j && !nested(r));
    let subject = if inherit.is_none() {
        clause_subject(doc, a, j - 1)
    } else {
        None
    };
    if inherit.is_none() && subject.is_none() {
        return None;
    }
    let (cs, recipient) = content_start(doc, cue.after, end, &cue.key);
    if cs >= end {
        return None;
    }
    raws.push(cue.raw(
        subject,
        inherit,
        recipient,
        vec![trim(doc, cs..end)],
        std::iter::once(i..end).collect(),
        Vec::new(),
    ));
    Some(cs)
}

/// The speaker before the cue, whose phrase ends at `j`: a name with roles
/// set off by commas ("Hana Kovac, the Interior Ministry Spokesperson,
/// said"; "Chile's Finance Minister, Tomas Varga said"), or the noun
/// phrase before `j`, without a time after it and cut back to the parsed
/// subject.
fn speaker_before(s: &Sentence, cue: &Cue, mut j: usize) -> Option<Before> {
    let (doc, a) = (s.doc, s.a);
    let near_comma = (j > a && doc.tokens[j - 1].is_punct(","))
        || np_backward(doc, a, j).is_some_and(|sp| sp > a && doc.tokens[sp - 1].is_punct(","));
    let appositive = if near_comma && !cue.participle {
        appositive_subject(doc, a, j)
    } else {
        None
    };
    let mut roles = Vec::new();
    let sp = if let Some((speaker, rs)) = appositive {
        roles = rs;
        j = speaker.end;
        speaker.start
    } else if let Some(sp) = np_backward(doc, a, j) {
        sp
    } else {
        // "with X stating:" keeps X; a bare participle needs a subject,
        // which the parse may find where the words did not.
        return parsed_subject(s, cue, j);
    };
    // "A news report Wednesday said", "The agency on Monday said": the
    // time, and the preposition before it, are not the speaker.
    let before_time = j;
    while j > sp + 1 && crate::read::time::parse_at(doc, j - 1, j).is_some() {
        j -= 1;
    }
    while j < before_time && j > sp + 1 && PREPOSITIONS.contains(&norm(doc, j - 1)) {
        j -= 1;
    }
    if crate::read::time::parse_at(doc, sp, j).is_some_and(|(_, n)| sp + n >= j) {
        return None;
    }
    let speaker = sp..j;
    // Words read past the subject into another phrase: the parse cuts
    // them off, and they frame the statement ("*Right away* they told us
    // ...").
    let (speaker, framing) = if roles.is_empty() {
        let trimmed = parsed::trim_speaker(doc, cue.i, speaker.clone());
        let framing = (trimmed.start > speaker.start).then_some(speaker.start..trimmed.start);
        (trimmed, framing)
    } else {
        (speaker, None)
    };
    Some(Before {
        speaker,
        framing,
        roles,
        j,
    })
}

/// The speaker the parse finds before the cue, where the words found none
/// (see [`parsed::subject_before`]).
///
/// Parsing is the dearest step of indexing: it is asked only where the
/// words stopped at a comma or a bracket right before the cue (`j` is
/// where the words between speaker and cue begin), which is where a
/// subject set off by an apposition or a parenthesis ends.
fn parsed_subject(s: &Sentence, cue: &Cue, j: usize) -> Option<Before> {
    let set_off =
        j > s.a && (s.doc.tokens[j - 1].is_punct(",") || s.doc.tokens[j - 1].is_punct(")"));
    if cue.participle || !set_off {
        return None;
    }
    let (speaker, roles) = parsed::subject_before(s.doc, cue.i, s.a)?;
    Some(Before {
        speaker,
        framing: None,
        roles,
        j: cue.i,
    })
}

/// Whether the cue reports speech: not a naming participle, not a passive
/// that names the hearer, not a bare participle.
fn reports(s: &Sentence, cue: &Cue, before: &Before) -> bool {
    let (doc, a, end, i, after) = (s.doc, s.a, s.end, cue.i, cue.after);
    let (sp, j) = (before.speaker.start, before.j);
    // "started by a user labelled "Nemo"": a naming participle after an
    // agent phrase describes the agent; no one speaks.
    let naming_cue = matches!(
        cue.key.as_str(),
        "label" | "dub" | "brand" | "call" | "nam" | "describ" | "term"
    );
    // "A user labelled "Nemo" started the petition": the name is part of
    // the subject of the verb after it.
    let name_then_verb = after < end
        && is_open_quote(doc, after)
        && (after + 1..end)
            .find(|&k| is_close_quote(doc, k))
            .is_some_and(|q| q + 1 < end && is_verbish(doc, q + 1));
    if naming_cue && ((sp..j).any(|k| norm(doc, k) == "by") || name_then_verb) {
        return false;
    }
    // "a song called "Day after Day"", "the operation dubbed "Shield"": a
    // naming participle right before the name, after a described thing
    // (not a name or a pronoun, which can name something: "Ruiz called
    // "Shield" a failure"), says what the thing is called.
    let described = (sp..j)
        .rfind(|&k| matches!(norm(doc, k), "a" | "an" | "the" | "this" | "its" | "their"))
        .is_some_and(|d| !(d + 1..j).any(|k| doc.proper[k]));
    let name_next = after < end && (is_open_quote(doc, after) || doc.proper[after]);
    if naming_cue && described && name_next && i == j {
        return false;
    }
    // "the crew has been told to wait": a passive cue names the hearer,
    // not the speaker. "The owners are also accused of ...": a be-form
    // among the words before the cue makes it passive too.
    let passive = (j..i).any(|k| {
        matches!(
            norm(doc, k),
            "been" | "being" | "was" | "were" | "is" | "are" | "be"
        )
    }) && norm(doc, i - 1) != "to"
        || (i > a && matches!(norm(doc, i - 1), "was" | "were" | "is" | "are" | "be"));
    if passive && !cue.participle {
        return false;
    }
    // "a group supporting the candidate", "at one point calling him a
    // liar": a participle with no auxiliary reports nothing, unless it
    // opens a "with" clause ("with the mayor also signalling openness").
    if cue.participle {
        let be = (j..i).any(|k| matches!(norm(doc, k), "is" | "are" | "was" | "were" | "been"));
        let with = sp > a && norm(doc, sp - 1) == "with";
        return be || with;
    }
    true
}

/// Whether the token before `sp` closes a quotation, directly or before a
/// comma.
fn quote_ends_before(s: &Sentence, sp: usize) -> bool {
    let doc = s.doc;
    sp > s.a
        && (is_close_quote(doc, sp - 1)
            || (doc.tokens[sp - 1].is_punct(",") && sp >= 2 && is_close_quote(doc, sp - 2)))
}

/// `Y, X said` and `"Q," X told Y during an interview ...`: the speaker
/// after what was said. After a quotation that ends just before the
/// speaker, what follows the cue is circumstance unless it opens content
/// ("that", a colon, another quotation).
fn trailing(s: &Sentence, cue: &Cue, before: &Before, raws: &mut Vec<Raw>) -> Option<usize> {
    let (doc, a, end, i, after) = (s.doc, s.a, s.end, cue.i, cue.after);
    let sp = before.speaker.start;
    let after_quote = quote_ends_before(s, sp)
        && !(after..end.min(after + 12))
            .any(|k| matches!(norm(doc, k), "that" | ":") || doc.tokens[k].is_quote());
    let trailing = sp > a
        && (doc.tokens[sp - 1].is_punct(",") || is_close_quote(doc, sp - 1))
        && cue.class != CueClass::Stance
        && (after_quote || {
            let (cs, rec) = content_start(doc, after, end, &cue.key);
            let k = rec.as_ref().map_or(after, |r| r.end);
            ends_here(doc, k, end) || (cs >= end)
        });
    if !trailing {
        return None;
    }
    let content = quote_or_clause_before(doc, a, sp);
    if content.is_empty() {
        return Some(after);
    }
    let (_, recipient) = content_start(doc, after, end, &cue.key);
    let mut region = content.clone();
    region.push(i..end);
    region.extend(before.framing.clone());
    raws.push(cue.raw(
        Some(before.speaker.clone()),
        None,
        recipient,
        content,
        region,
        before.roles.clone(),
    ));
    // Read on: ", adding that ..." may follow.
    Some(after)
}

/// Whether what follows the cue is clearly its complement: "that", a
/// colon, a quotation, a clause, an infinitive of a promise or a request,
/// or a name after a naming verb.
fn clear_complement(s: &Sentence, cue: &Cue, cs: usize, recipient: bool) -> bool {
    let (doc, end, after) = (s.doc, s.end, cue.after);
    let key = cue.key.as_str();
    // "pledged to help", "vowed to fight": an infinitive is the content.
    let promise = matches!(
        key,
        "pledg" | "promis" | "vow" | "threaten" | "agre" | "offer" | "urg" | "ask"
    ) && norm(doc, after) == "to"
        // "asked the port authorities not to turn ships away".
        || (matches!(key, "ask" | "urg" | "tell" | "advis" | "warn")
            && recipient
            && (norm(doc, cs) == "to" || (norm(doc, cs) == "not" && norm(doc, cs + 1) == "to")));
    let naming = matches!(
        key,
        "describ" | "characteris" | "characteriz" | "dub" | "label" | "brand" | "call" | "accus"
    );
    cs > after && matches!(norm(doc, cs - 1), "that" | ":")
        || (cs < end && doc.tokens[cs].is_quote())
        || clause_follows(doc, cs, end)
        || promise
        // "dubbed the long dispute over ... "round three"": the name may
        // come after a long object.
        || (naming
            && (cs..end.min(cs + 25)).any(|k| doc.tokens[k].is_quote() || norm(doc, k) == "as"))
}

/// `X said (that) Y`: the speaker before the cue, the content after it.
fn leading(
    s: &Sentence,
    cue: Cue,
    before: Before,
    negated: bool,
    taken: &mut Taken,
    raws: &mut Vec<Raw>,
) -> usize {
    let (doc, a, after) = (s.doc, s.a, cue.after);
    let (cs, recipient) = content_start(doc, after, s.end, &cue.key);
    let clear = clear_complement(s, &cue, cs, recipient.is_some());
    if (cue.strict && !clear && !negated) || (cs >= s.end && s.mode == Mode::Article) {
        return after;
    }
    // `says "Q", but the ministry will ...`: after a whole quotation, a
    // new clause is the article's own voice.
    let end = if cs < s.end && is_open_quote(doc, cs) {
        (cs + 1..s.end)
            .find(|&k| is_close_quote(doc, k))
            .filter(|&q| {
                q + 2 < s.end
                    && doc.tokens[q + 1].is_punct(",")
                    && matches!(
                        norm(doc, q + 2),
                        "but" | "while" | "although" | "though" | "whereas" | "yet"
                    )
            })
            .map_or(s.end, |q| q + 1)
    } else {
        s.end
    };
    let Before {
        speaker,
        framing,
        roles,
        ..
    } = before;
    let mut content = if cs < end {
        vec![trim(doc, cs..end)]
    } else {
        Vec::new()
    };
    let mut region: Vec<Range<usize>> = std::iter::once(speaker.end..end).chain(framing).collect();
    // `"Q1," X told the press, "Q2."`: the quotation before the speaker is
    // said too.
    if quote_ends_before(s, speaker.start) && !content.is_empty() {
        let before = quote_or_clause_before(doc, a, speaker.start);
        if before.iter().all(|r| {
            r.clone()
                .all(|k| in_quote(doc, k) || !doc.tokens[k].is_wordlike())
        }) {
            region.extend(before.iter().cloned());
            content.splice(0..0, before);
        }
    }
    // An introductory phrase before the speaker dates or places the
    // statement: "On Monday, X told ...", "During the debate, X said".
    // "Describing it in an interview, Norway's Prime Minister, Ana Ruiz
    // said": the phrase ends before the role set off before the name.
    let intro_end = roles
        .iter()
        .find(|r| r.end + 1 == speaker.start && r.start > a + 1)
        .filter(|r| doc.tokens[r.start - 1].is_punct(","))
        .map_or(speaker.start, |r| r.start);
    if let Some(intro) = opening_phrase(doc, a, intro_end) {
        region.push(intro);
    }
    taken.fill(speaker.clone());
    raws.push(cue.raw(Some(speaker), None, recipient, content, region, roles));
    cs
}
