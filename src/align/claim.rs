//! Reading a claim: the claim's document, speaker, cue and recipient, its
//! content units (everything but who spoke and a reporting verb any other
//! may replace), its quotations, the titles it gives known people, and the
//! names no unit covers.

use super::*;

/// A claim read for matching.
pub struct ClaimReading {
    pub doc: Doc,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    pub recipient: Option<Recipient>,
    /// The claim's content units: everything but the speaker and a
    /// reporting verb that any other reporting verb may replace.
    pub units: Vec<Unit>,
    /// Each quotation in the claim, normalised to words.
    pub quotes: Vec<ClaimQuote>,
    /// Titles or roles the claim gives a known person that the article
    /// does not ("Priya Natarajan, France's trade minister").
    pub role_conflicts: Vec<RoleConflict>,
    /// Each unit's partners in the relation tables (see [`relations_of`]).
    pub relations: Vec<WordRelations>,
    /// Tokens of names no unit covers ("a spokesman for *Varga*"), which
    /// the statement must still write (see [`Alignment::unmet_names`]).
    pub loose_names: Vec<usize>,
    /// Tokens of what the claim's speaker is said to have said; the
    /// claim's other words are in its own voice ("*While X*, the club
    /// said Y"). Empty when the claim names no speaker.
    pub attributed: Vec<std::ops::Range<usize>>,
    /// The claim's other attributions beside its first ("..., *adding
    /// that* Y"; "A said X, while *B wrote* Y").
    pub parts: Vec<ClaimPart>,
}

/// An attribution of a claim beside its first.
pub struct ClaimPart {
    /// Who speaks, resolved; `None` where the part takes the claim's
    /// speaker ("adding that").
    pub speaker: Option<Speaker>,
    /// Tokens of the speaker, its roles and the cue.
    pub attribution: Vec<std::ops::Range<usize>>,
    /// Tokens of what was said.
    pub said: Vec<std::ops::Range<usize>>,
}

impl ClaimReading {
    /// Whether token `k` is in the claim's own voice: outside every
    /// attribution and what it says.
    pub fn own_voice(&self, k: usize) -> bool {
        let inside = |r: &std::ops::Range<usize>| r.contains(&k);
        !self.attributed.iter().any(inside)
            && !self
                .parts
                .iter()
                .any(|p| p.said.iter().chain(&p.attribution).any(inside))
    }
}

/// A claim unit's partners in the relation tables: a common word's or a
/// concept's synonyms, narrower words and opposites, looked up once per
/// claim.
pub fn relations_of(u: &Unit) -> WordRelations {
    match &u.kind {
        UnitKind::Word {
            key,
            proper: false,
            norm,
        } => WordRelations::of(key).with_word(key, norm),
        UnitKind::Concept { key, word } => WordRelations::of(key).with_word(key, word),
        _ => WordRelations::default(),
    }
}

#[derive(Clone, Debug)]
pub struct RoleConflict {
    pub person: usize,
    /// The role as the claim writes it.
    pub span: Span,
    /// Claim units of the role.
    pub units: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct ClaimQuote {
    pub span: Span,
    pub words: Vec<String>,
}

/// The words of a quotation as claim and article are compared: quote
/// marks, apostrophes and case normalised, an editor's brackets dropped
/// with their letters kept ("[i]t" is "it", "con[c]essions" is
/// "concessions", "[...]" is nothing), and a slash between words read as
/// a space ("anime/manga").
pub(super) fn quote_words(text: &str) -> Vec<String> {
    normalize_for_compare(text)
        .replace(['[', ']'], "")
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(clean_word)
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word without surrounding punctuation and quotation marks (an inner
/// apostrophe stays: "council's").
pub(super) fn clean_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%')
        .to_string()
}

/// Reads a claim's text against an article's index.
pub fn read_claim(text: &str, index: &Index) -> ClaimReading {
    let doc = Doc::parse_with(text, Some(&index.proper_words), Some(&index.common_words));
    let ctx = Context {
        people: &index.people,
        same_doc: false,
    };
    let mut units = Vec::new();
    let mut speaker_sp = None;
    let mut cue_sp: Option<Cue> = None;
    let mut recipient = None;
    let mut exclude: Vec<std::ops::Range<usize>> = Vec::new();
    // Roles of a known person whose words are checked as titles (see
    // `with_role_words`).
    let mut titled_roles: Vec<std::ops::Range<usize>> = Vec::new();
    let mut attributed = Vec::new();
    let mut parts = Vec::new();
    for s in &doc.sentences {
        let raws = extract::read_sentence(&doc, s.tokens.clone(), extract::Mode::Claim);
        let primary = raws
            .iter()
            .position(|r| r.speaker.is_some())
            .filter(|_| speaker_sp.is_none());
        parts.extend(
            raws.iter()
                .enumerate()
                .filter(|&(i, r)| Some(i) != primary && (r.speaker.is_some() || r.inherit.is_some()))
                .map(|(_, r)| claim_part(&doc, index, r)),
        );
        if let Some(r) = primary.map(|i| &raws[i]) {
            let sp = r.speaker.clone().unwrap_or(0..0);
            let words: Vec<&str> = sp.clone().map(|k| doc.tokens[k].norm.as_str()).collect();
            let pronoun =
                words.len() == 1 && matches!(words[0], "he" | "she" | "it" | "they" | "we" | "i");
            let resolved = if pronoun {
                // "Okafor ..., even though she says ...": the person the claim
                // named before the pronoun.
                let mut s = resolve::resolve_speaker(&doc, &index.people, sp.clone(), &[], &[]);
                let earlier = (0..sp.start).find_map(|k| {
                    let e = crate::read::people::name_run(&doc, k, sp.start);
                    (e > k)
                        .then(|| {
                            (k..e)
                                .map(|x| doc.tokens[x].norm.to_string())
                                .collect::<Vec<_>>()
                        })
                        .and_then(|w| index.people.find(&w))
                        .map(|id| (id, k..e))
                });
                match earlier {
                    Some((_, r)) if words[0] != "it" && words[0] != "they" => {
                        let mut p = resolve::resolve_speaker(&doc, &index.people, r, &[], &[]);
                        p.text = s.text.clone();
                        p.mention = s.mention.clone();
                        p.via = crate::index::Via::Pronoun;
                        p
                    }
                    _ => {
                        s.via = crate::index::Via::Unresolved;
                        s.profile = speaker::Profile::unknown();
                        s
                    }
                }
            } else {
                resolve::resolve_speaker(
                    &doc,
                    &index.people,
                    sp.clone(),
                    &r.roles,
                    &index.statements,
                )
            };
            let resolved = with_role_words(&doc, resolved, &r.roles);
            if resolved.profile.person.is_some() {
                titled_roles.extend(r.roles.iter().cloned());
            }
            exclude.push(sp);
            exclude.extend(r.roles.iter().cloned());
            if matches!(
                r.class,
                CueClass::Assertive | CueClass::Belief | CueClass::Directive
            ) {
                exclude.push(r.cue.clone());
            }
            if let Some(rr) = &r.recipient {
                exclude.push(rr.clone());
                recipient = Some(Recipient {
                    tokens: rr.clone(),
                    text: doc.range_text(rr.clone()).to_string(),
                    profile: speaker::profile(&doc, rr.clone(), &index.people),
                });
            }
            cue_sp = Some(Cue {
                tokens: Some(r.cue.clone()),
                text: doc.range_text(r.cue.clone()).to_string(),
                key: r.cue_key.clone(),
                class: r.class,
                form: r.form,
                negated: read::cue_negated(&doc, r.cue.clone(), r.class),
            });
            speaker_sp = Some(resolved);
            attributed.extend(r.region.iter().chain(&r.content).cloned());
        }
        units.extend(read::read_units(&doc, s.tokens.clone(), &ctx));
    }
    let mut units = drop_excluded(units, &exclude);
    // "the club's first manager": a rank in a role checked as a title is
    // no fact of its own.
    units.retain(|u| {
        !(matches!(u.kind, UnitKind::Ordinal { .. })
            && titled_roles.iter().any(|r| r.contains(&u.tokens.start)))
    });
    let role_conflicts = check_titles(&doc, index, &mut units, &exclude);
    let quotes = doc
        .quotes
        .iter()
        .filter(|q| q.double || q.tokens.len() > 1)
        .map(|q| ClaimQuote {
            span: q.inner,
            words: quote_words(doc.slice(q.inner)),
        })
        .filter(|q| !q.words.is_empty())
        .collect();
    let loose_names = loose_names(&doc, &units);
    let relations = units
        .iter()
        .map(|u| {
            let preposition = u.tokens.len() == 1 && doc.upos(u.tokens.start) == Some("ADP");
            relations_of(u)
                .downward(downward(&doc, u))
                .preposition(preposition)
        })
        .collect();
    ClaimReading {
        doc,
        speaker: speaker_sp,
        cue: cue_sp,
        recipient,
        relations,
        loose_names,
        units,
        quotes,
        role_conflicts,
        attributed,
        parts,
    }
}

/// The claim's speaker with the words of the roles the claim sets beside
/// a known person's name ("Dario Lenz, the club's manager, said";
/// "according to the club's manager, Dario Lenz,") taken as titles it
/// writes: the article must give that person each of them somewhere
/// (see [`speaker::compare`]), as it must a title written before the
/// name.
fn with_role_words(doc: &Doc, mut sp: Speaker, roles: &[std::ops::Range<usize>]) -> Speaker {
    if sp.profile.person.is_none() {
        return sp;
    }
    for role in roles {
        let place_words: Vec<usize> = role
            .clone()
            .filter_map(|k| crate::read::places::place_at(doc, k, role.end).map(|m| k..k + m.len))
            .flatten()
            .collect();
        let words = role.clone().filter(|&k| {
            let t = &doc.tokens[k];
            t.is_word() && !lexicon::is_stopword(&t.norm) && !place_words.contains(&k)
        });
        sp.profile.written_titles.extend(words.map(|k| doc.key(k).to_string()));
    }
    sp
}

/// Another attribution of the claim, its speaker resolved as the article's
/// would be.
fn claim_part(doc: &Doc, index: &Index, r: &extract::Raw) -> ClaimPart {
    let speaker = r.speaker.clone().map(|sp| {
        resolve::resolve_speaker(doc, &index.people, sp, &r.roles, &index.statements)
    });
    let attribution = r
        .speaker
        .iter()
        .chain(&r.roles)
        .chain(std::iter::once(&r.cue))
        .cloned()
        .collect();
    ClaimPart {
        speaker,
        attribution,
        said: r.content.iter().chain(&r.region).cloned().collect(),
    }
}

/// Titles written before a known person's name ("Finance Minister Tomas
/// Varga") or set off after it ("Hana Kovac, deputy director of ...") are
/// checked against the titles the article gives that person: titles that
/// fit are part of the name and leave the units; others conflict.
fn check_titles(
    doc: &Doc,
    index: &Index,
    units: &mut Vec<Unit>,
    exclude: &[std::ops::Range<usize>],
) -> Vec<RoleConflict> {
    let mut drop = vec![false; units.len()];
    let mut roles: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        let UnitKind::Person { id, .. } = u.kind else {
            continue;
        };
        let mut role = Vec::new();
        // "a member *of* Al Qaeda", "an adviser *to* the mayor": a role
        // joined to the name by "of" or "to" is held by someone else.
        let of_the_name = i > 0
            && (units[i - 1].tokens.end..u.tokens.start)
                .any(|t| matches!(doc.tokens[t].norm.as_str(), "of" | "to"));
        if of_the_name {
            continue;
        }
        let mut k = i;
        while k > 0 && adjacent(doc, &units[k - 1], &units[k]) && is_role_unit(doc, &units[k - 1]) {
            k -= 1;
            role.push(k);
        }
        // An appositive: ", ROLE," right after the name.
        let after = u.tokens.end;
        if after < doc.tokens.len() && doc.tokens[after].is_punct(",") {
            let mut end = after + 1;
            while end < doc.tokens.len()
                && !doc.tokens[end].is_punct(",")
                && !doc.tokens[end].is_punct(".")
            {
                end += 1;
            }
            let inside: Vec<usize> = (0..units.len())
                .filter(|&j| units[j].tokens.start > after && units[j].tokens.end <= end)
                .collect();
            let has_role = (after + 1..end).any(|t| lexicon::is_role_head(&doc.tokens[t].norm));
            let is_speaker = exclude.iter().any(|r| r.start > after && r.start < end);
            if has_role && !is_speaker && !inside.is_empty() && is_apposition(doc, units, &inside, after + 1, end) {
                role.extend(inside);
            }
        }
        if role.is_empty() {
            continue;
        }
        role.sort_unstable();
        if role_fits(
            &index.people.persons[id],
            &role.iter().map(|&j| &units[j]).collect::<Vec<_>>(),
        ) {
            for j in role {
                drop[j] = true;
            }
        } else {
            let role_units: Vec<&Unit> = role.iter().map(|&j| &units[j]).collect();
            if role_alternates(&index.people.persons[id], &role_units)
                || held_by_another(index, id, &role_units)
            {
                roles.push((id, role));
            }
        }
    }
    let mut remap = vec![usize::MAX; units.len()];
    let mut next = 0;
    for (j, d) in drop.iter().enumerate() {
        if !d {
            remap[j] = next;
            next += 1;
        }
    }
    let role_conflicts: Vec<RoleConflict> = roles
        .into_iter()
        .map(|(person, us)| {
            let first = &units[us[0]].tokens;
            let last = &units[*us.last().unwrap_or(&us[0])].tokens;
            let span = Span::new(
                doc.tokens[first.start].span.start,
                doc.tokens[last.end - 1].span.end,
            );
            RoleConflict {
                person,
                span,
                units: us
                    .into_iter()
                    .map(|j| remap[j])
                    .filter(|&j| j != usize::MAX)
                    .collect(),
            }
        })
        .collect();
    let mut k = 0;
    units.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    role_conflicts
}

/// Whether a claim unit stands where a narrower word would be entailed by
/// a broader one, not the reverse (natural logic's downward monotone
/// positions): under a negation, or in the noun phrase of "any", "every",
/// "all", "each" or "no". There a broader word in the claim says more than
/// the article's narrower one ("in any language" for "in English").
pub(super) fn downward(doc: &crate::doc::Doc, u: &Unit) -> bool {
    const UNIVERSAL: &[&str] = &["any", "every", "all", "each", "no"];
    u.negated
        || doc.tokens[..u.tokens.start]
            .iter()
            .rev()
            .take(3)
            .take_while(|t| t.is_word())
            .map(|t| t.norm.as_ref())
            .take_while(|n| UNIVERSAL.contains(n) || !lexicon::is_stopword(n))
            .any(|n| UNIVERSAL.contains(&n))
}

/// The claim's names that no unit covers (units are aligned on their own):
/// capitalised proper words other than stopwords, titles and places, by
/// token. Read once per claim; see [`Alignment::unmet_names`].
pub(super) fn loose_names(doc: &Doc, units: &[Unit]) -> Vec<usize> {
    let place = read::places::place_mask(doc);
    (0..doc.tokens.len())
        .filter(|&k| {
            let t = &doc.tokens[k];
            t.is_word()
                && t.cap
                && doc.proper[k]
                && !lexicon::is_stopword(&t.norm)
                && !lexicon::is_title_word(&t.norm)
                && !place[k]
                && !units.iter().any(|u| u.tokens.contains(&k))
        })
        .collect()
}

/// The units outside the speaker, cue and recipient, but for numbers, times
/// and ranks, which are facts wherever they stand ("*Two* residents said",
/// "In *1594* Ruiz wrote"): they must meet the statement like any other
/// part (see [`facts_of_speaker`]). A negation whose head fell among the
/// units dropped ("did not play" read as part of a speaker) governs the
/// next negated unit kept.
pub(super) fn drop_excluded(units: Vec<Unit>, exclude: &[std::ops::Range<usize>]) -> Vec<Unit> {
    let mut pass_head = false;
    let mut kept = Vec::with_capacity(units.len());
    for mut u in units {
        if !is_fact(&u)
            && exclude
                .iter()
                .any(|r| u.tokens.start < r.end && r.start < u.tokens.end)
        {
            pass_head |= u.neg_head;
            continue;
        }
        u.neg_head |= pass_head && u.negated;
        pass_head = false;
        kept.push(u);
    }
    kept
}

/// Numbers, times and ranks: facts that a speaker's mention can hold.
pub(super) fn is_fact(u: &Unit) -> bool {
    matches!(
        u.kind,
        UnitKind::Quantity(_) | UnitKind::Time(_) | UnitKind::Ordinal { .. }
    )
}

/// Whether unit `a` ends where unit `b` starts, but for a possessive or
/// "of" ("France's trade minister", "Minister of Finance").
pub(super) fn adjacent(doc: &Doc, a: &Unit, b: &Unit) -> bool {
    (a.tokens.end..b.tokens.start).all(|t| {
        let tok = &doc.tokens[t];
        tok.is_possessive() || matches!(tok.norm.as_str(), "of" | "the" | "to")
    })
}

/// A title word or a place, as may stand in a person's title.
pub(super) fn is_role_unit(doc: &Doc, u: &Unit) -> bool {
    match &u.kind {
        UnitKind::Place { .. } => true,
        UnitKind::Word { .. } => u
            .tokens
            .clone()
            .all(|t| lexicon::is_title_word(&doc.tokens[t].norm)),
        _ => false,
    }
}

/// Whether the words after a name's comma, `from..end`, are a noun phrase
/// set beside it ("Hana Kovac, deputy director of the agency"), not a
/// clause or a list: the first word opens a noun phrase (a determiner or a
/// content word, not a relative pronoun, preposition, conjunction or
/// auxiliary: "who served as president", "in a statement", "and Ruiz
/// are members"); no other person is named in it (a list of people); and
/// when no comma closes it, it is short and has no verb, as a noun phrase
/// ending a sentence is ("Varga met Priya Natarajan, France's trade
/// minister.", not "At the request of Ana Ruiz, the Queen suspended
/// parliament.").
fn is_apposition(doc: &Doc, units: &[Unit], inside: &[usize], from: usize, end: usize) -> bool {
    const MAX_UNCLOSED: usize = 10;
    let first = &doc.tokens[from].norm;
    let opens = !lexicon::is_stopword(first)
        || lexicon::words::DETERMINERS.contains(&first.as_str())
        || matches!(first.as_str(), "his" | "her" | "their" | "its" | "our" | "my");
    let names_another = inside
        .iter()
        .any(|&j| matches!(units[j].kind, UnitKind::Person { .. }));
    let closed = doc.tokens.get(end).is_some_and(|t| t.is_punct(","));
    let phrase_ends_sentence =
        end - from <= MAX_UNCLOSED && !(from..end).any(|k| crate::extract::is_verbish(doc, k));
    opens && !names_another && (closed || phrase_ends_sentence)
}

/// Whether the article gives a claim's whole role, naming an office, to
/// another person while it gives this one other titles: titles shuffled
/// in a list of officials ("Ana Ruiz, the council's treasurer" where the
/// article's treasurer is someone else).
fn held_by_another(index: &Index, id: usize, role: &[&Unit]) -> bool {
    let names_office = role.iter().any(|u| {
        matches!(&u.kind, UnitKind::Word { key, .. } if lexicon::is_role_head(key))
    });
    let people = &index.people.persons;
    names_office
        && !people[id].titles.is_empty()
        && people
            .iter()
            .enumerate()
            .any(|(other, q)| other != id && !q.titles.is_empty() && role_fits(q, role))
}

/// Whether a claim's role that does not fit the article's titles for the
/// person is another value of the same title (natural logic's
/// alternation): it names the same office ("minister") with another place
/// or another qualifier than the article gives ("France's trade minister"
/// for "UK Trade Minister", "finance minister" for "Trade Minister"). A
/// role of another kind ("a founding party member" for "Ex-Prime
/// Minister") or a detail the article's title does not speak to ("mayor
/// of the city" for "Mayor") is no conflict: its words stay in the claim,
/// to be found in the article or not.
fn role_alternates(p: &crate::read::people::Person, role: &[&Unit]) -> bool {
    let fits = |key: &str| p.title_keys.iter().any(|t| lexicon::stands_for(t, key));
    let same_office = role.iter().any(|u| {
        matches!(&u.kind, UnitKind::Word { key, .. } if lexicon::is_role_head(key) && fits(key))
    });
    let article_qualifies = p
        .qualifiers
        .iter()
        .any(|t| !t.chars().any(|c| c.is_ascii_digit()));
    let other = role.iter().any(|u| match &u.kind {
        UnitKind::Place { key, .. } => !p.places.is_empty() && !p.places.contains(key),
        UnitKind::Word { key, .. } => {
            article_qualifies && !lexicon::is_role_head(key) && !fits(key)
        }
        _ => false,
    });
    same_office && other
}

pub(super) fn role_fits(p: &crate::read::people::Person, role: &[&Unit]) -> bool {
    role.iter().all(|u| match &u.kind {
        UnitKind::Place { key, .. } => p.places.contains(key),
        UnitKind::Word { key, .. } => p.title_keys.iter().any(|t| lexicon::stands_for(t, key)),
        UnitKind::Person { .. } => true,
        _ => true,
    })
}
