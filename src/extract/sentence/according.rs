//! "according to X, Y", "Y, according to X", "Per X, Y", "Per figures
//! released by X, Y".

use super::{Sentence, Taken};
use crate::extract::{CueForm, Raw, according_to, cited_source, norm, trim};
use crate::lexicon::{self, CueClass};
use std::ops::Range;

/// The statements of the sentence's "according to" cues.
pub(super) fn statements(s: &Sentence, taken: &mut Taken) -> Vec<Raw> {
    let mut raws = Vec::new();
    for i in s.a..s.end.saturating_sub(1) {
        if let Some(cue_len) = according_to(s.doc, s.a, i) {
            raws.extend(at(s, i, cue_len, taken));
        }
    }
    raws
}

/// Who the cue at `i` names.
struct Named {
    speaker: Range<usize>,
    /// What a "Per ... by X" says X gave ("the decree signed by").
    given: Option<Range<usize>>,
    /// A description set before the speaker's name ("the club's manager,
    /// Dario Lenz,") or after it ("Dario Lenz, the club's manager,").
    roles: Vec<Range<usize>>,
    /// Where the words the cue names end.
    end: usize,
}

/// Who the cue at `i` names: the speaker, what it gave, its role.
fn speaker(s: &Sentence, i: usize, cue_len: usize) -> Option<Named> {
    let (doc, end) = (s.doc, s.end);
    let mut sp = i + cue_len;
    let mut se = sp;
    while se < end
        && !doc.tokens[se].is_punct(",")
        && !doc.tokens[se].is_quote()
        && !doc.tokens[se].is_punct(";")
        && se < sp + 12
    {
        se += 1;
    }
    if se == sp || (cue_len == 1 && !(se < end && doc.tokens[se].is_punct(","))) {
        return None;
    }
    // "Per figures released by the agency,": the agency speaks; what
    // it gave ("the decree signed by") is said with the statement.
    let mut given = None;
    if cue_len == 1
        && let Some(by) = (sp..se).rfind(|&k| norm(doc, k) == "by")
        && by + 1 < se
    {
        given = Some(sp..by + 1);
        sp = by + 1;
    }
    // "according to the club's manager, Dario Lenz, in ...": the name
    // set off by commas speaks, and what stands before it is its role.
    let mut roles = Vec::new();
    if se + 2 < end && doc.tokens[se].is_punct(",") && doc.proper[se + 1] {
        let ne = crate::read::people::name_run(doc, se + 1, end);
        if ne > se + 1 && ne < end && doc.tokens[ne].is_punct(",") {
            roles.push(sp..se);
            sp = se + 1;
            se = ne;
        }
    }
    // "according to Dario Lenz, the club's manager, the ...": a role set
    // off by commas after the name.
    let mut after = se;
    if let Some(comma) = role_after(s, se)
    {
        roles.push(se + 1..comma);
        after = comma;
    }
    Some(Named {
        speaker: sp..se,
        given,
        roles,
        end: after,
    })
}

/// The end of a role set off by commas at the comma `at` after a
/// speaker's name: a role's head or a title, at most after an article
/// and its modifiers ("director of the event", "a spokeswoman for the
/// city", "QC"), and another comma before the content goes on.
fn role_after(s: &Sentence, at: usize) -> Option<usize> {
    let doc = s.doc;
    if !(at + 2 < s.end && doc.tokens[at].is_punct(",") && doc.proper[at - 1]) {
        return None;
    }
    let comma = (at + 1..s.end.min(at + 14)).find(|&k| doc.tokens[k].is_punct(","))?;
    let mut k = at + 1;
    while k < comma && matches!(norm(doc, k), "a" | "an" | "the") {
        k += 1;
    }
    let head = (k..comma.min(k + 3)).find(|&h| {
        let n = &doc.tokens[h].norm;
        lexicon::is_role_head(n) || lexicon::is_title_word(n)
    })?;
    let opens = (k..head).all(|x| !doc.tokens[x].is_punct(",")) && comma + 2 < s.end;
    opens.then_some(comma)
}

/// The statements of the cue at `i`: the speaker's, and one for a source
/// the content quotes.
fn at(s: &Sentence, i: usize, cue_len: usize, taken: &mut Taken) -> Vec<Raw> {
    let (doc, a, end) = (s.doc, s.a, s.end);
    let Some(Named {
        speaker,
        given,
        roles,
        end: named_end,
    }) = speaker(s, i, cue_len)
    else {
        return Vec::new();
    };
    let se = named_end;
    let before = trim(doc, a..i);
    let mut after = if se < end { trim(doc, se..end) } else { se..se };
    // "According to the Gazette, quoting state radio, the ministry ...":
    // the agency quoted is a source of the same content.
    let mut quoted_source = None;
    if let Some(src) = cited_source(doc, after.start, end).filter(|src| src.end < end) {
        quoted_source = Some((after.start..after.start + 1, src.clone()));
        taken.fill(after.start..src.end);
        after = trim(doc, src.end..end);
    }
    let mut content = Vec::new();
    let only_function_words = (a..i)
        .all(|k| lexicon::is_stopword(&doc.tokens[k].norm) || !doc.tokens[k].is_wordlike());
    // "A, and according to X, B": X vouches for B only.
    let coordinated = i > a && matches!(norm(doc, i - 1), "and" | "but");
    if !before.is_empty() && (before.len() > 3 || !only_function_words) && !coordinated {
        content.push(before);
    }
    if !after.is_empty() {
        content.push(after);
    }
    if content.is_empty() {
        return Vec::new();
    }
    taken.fill(i..se);
    let mut region = content.clone();
    region.push(i..i + cue_len);
    region.extend(given);
    let mut raws = vec![Raw {
        speaker: Some(speaker),
        inherit: None,
        cue: i..i + cue_len,
        cue_key: "according to".into(),
        class: CueClass::Assertive,
        form: CueForm::AccordingTo,
        recipient: None,
        content: content.clone(),
        region: region.clone(),
        roles,
    }];
    if let Some((cue, source)) = quoted_source {
        region.push(cue.clone());
        raws.push(Raw {
            speaker: Some(source),
            inherit: None,
            cue_key: lexicon::key(norm(doc, cue.start)),
            cue,
            class: CueClass::Assertive,
            form: CueForm::Verb,
            recipient: None,
            content,
            region,
            roles: Vec::new(),
        });
    }
    raws
}
