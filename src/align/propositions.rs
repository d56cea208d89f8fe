//! A claim of several propositions: two clauses joined by "and" or "but"
//! ("The fund was founded in 1992, and its director resigned in 2001";
//! "The airline is privately owned and has the largest fleet") assert
//! each clause. Such a claim is judged clause by clause when it is not
//! judged whole (see [`crate::verdict`]): every part supported supports
//! it, a part contradicted contradicts it.
//!
//! The parts are cut from the claim's dependency parse. A clause that
//! shares its subject with the first ("... and has the largest fleet")
//! is given that subject, and the first clause's auxiliaries when it has
//! none of its own ("has been arrested and charged"). A clause under a
//! reporting or attitude verb ("Officials said that A and B") keeps the
//! verb: "Officials said that B". Nothing is split inside a quotation,
//! under a negation of the first clause, or where the second clause's
//! subject is a pronoun (whom it means is the discourse's business).

use crate::doc::{Doc, Parse};

/// Subjects, active and passive.
const SUBJECTS: [&str; 2] = ["nsubj", "nsubj:pass"];

/// The claim's two propositions as texts, when it is one sentence whose
/// main clause (or the clause a reporting verb takes) joins a second
/// clause with "and" or "but", or that describes a name with a relative
/// clause set off by commas.
pub(crate) fn split(doc: &Doc) -> Option<[String; 2]> {
    // Parsing is the dearest step of a check: only for a claim with a
    // word that may join or start a clause.
    let joins = |t: &crate::text::Token| {
        matches!(t.norm.as_str(), "and" | "but" | "who" | "whom" | "which" | "that" | "where")
    };
    if doc.sentences.len() != 1 || !doc.tokens.iter().any(joins) {
        return None;
    }
    let p = doc.grammar(0)?;
    if p.analysis.words.iter().filter(|w| w.head.is_none()).count() != 1 {
        return None;
    }
    coordination(doc, p).or_else(|| relative_clause(doc, p))
}

/// "A and B", "A, but B": the two clauses.
fn coordination(doc: &Doc, p: &Parse) -> Option<[String; 2]> {
    let words = &p.analysis.words;
    let root = p.analysis.root()?;
    // "X said (that) A and B": the clause said is the one split.
    let h = child(p, root, &["ccomp"]).unwrap_or(root);
    let c = second_clause(p, h)?;
    let cc = p.dependents(c).find(|&d| {
        words[d].deprel == "cc" && matches!(words[d].lemma.as_str(), "and" | "but") && d < c
    })?;
    if !is_clause(p, c) || negated(p, h) || quoted(doc, p, cc) || quoted(doc, p, c) {
        return None;
    }
    let (h_span, c_span) = (span(p, h)?, span(p, c)?);
    let shared = match child(p, c, &SUBJECTS) {
        Some(s) if words[s].upos == "PRON" => return None,
        Some(_) => String::new(),
        None if words[c].upos == "VERB" || child(p, c, &["cop"]).is_some() => {
            shared_subject(doc, p, h, c)?
        }
        None => return None,
    };
    // The cut starts at the comma before "and", if any.
    let mut cut = cc;
    if cut > 0 && matches!(words[cut - 1].lemma.as_str(), "," | ";") {
        cut -= 1;
    }
    let text = |a: usize, b: usize| &doc.text[a.min(b)..b];
    let (start, end) = (0, doc.text.len());
    let (h_start, h_end) = (p.words[h_span.0].span.start, p.words[h_span.1].span.end);
    let (cut_at, c_end) = (p.words[cut].span.start, p.words[c_span.1].span.end);
    let c_content = p.words[cc + 1].span.start;
    let first = format!("{}{}", text(start, cut_at).trim_end(), text(c_end, end));
    let second = format!(
        "{}{}{}{}",
        text(start, h_start),
        shared,
        text(c_content, c_end),
        text(h_end, end)
    );
    Some([tidy(&first), tidy(&second)])
}

/// "Tasmania, which runs a voluntary program, was excluded": the claim
/// without the relative clause, and the relative clause said of its
/// antecedent ("Tasmania runs a voluntary program"). Only a clause set off
/// by a comma adds a fact; one that picks out its noun ("the man who won",
/// "Americans who lost their jobs") does not.
fn relative_clause(doc: &Doc, p: &Parse) -> Option<[String; 2]> {
    let words = &p.analysis.words;
    let r = (0..words.len()).find(|&w| words[w].deprel == "acl:relcl")?;
    let n = p.head(r)?;
    let (s0, r1) = span(p, r)?;
    // The clause's first word; a comma before it may hang from it.
    let r0 = (s0..=r1).find(|&k| words[k].upos != "PUNCT")?;
    let comma_before = r0 > 0 && words[r0 - 1].lemma == ",";
    if n >= r0 || words[n].upos == "PRON" || !comma_before {
        return None;
    }
    if quoted(doc, p, r0) || quoted(doc, p, n) {
        return None;
    }
    let (a0, a1) = span(p, n)?;
    // The antecedent without its preposition ("went *to* a bridge").
    let a0 = (a0..n).find(|&k| !matches!(words[k].deprel, "case" | "cc" | "punct")).unwrap_or(n);
    if (r1 + 1..=a1).any(|k| words[k].upos != "PUNCT") {
        return None;
    }
    let text = |a: usize, b: usize| &doc.text[a.min(b)..b];
    let at = |w: usize| p.words[w].span;
    // The claim without the clause and the commas around it.
    let cut = r0 - 1;
    let resume = if r1 + 1 < words.len() && words[r1 + 1].lemma == "," { r1 + 2 } else { r1 + 1 };
    let tail = if resume < words.len() { at(resume).start } else { doc.text.len() };
    let first = format!(
        "{} {}",
        text(0, at(cut).start).trim_end(),
        text(tail, doc.text.len())
    );
    let antecedent = text(at(a0).start, at(cut).start).trim_end();
    let body = |from: usize, to: usize| text(at(from).start, at(to).end);
    let rel = &words[r0];
    let second = match (rel.lemma.as_str(), rel.deprel) {
        ("who" | "which" | "that", "nsubj" | "nsubj:pass") => {
            format!("{antecedent} {}", body(r0 + 1, r1))
        }
        ("who" | "whom" | "which" | "that", "obj") if r0 < r && r < r1 => {
            format!("{} {antecedent} {}", body(r0 + 1, r), body(r + 1, r1))
        }
        ("where", "advmod") => format!("{} in {antecedent}", body(r0 + 1, r1)),
        _ => return None,
    };
    Some([tidy(&first), tidy(&second)])
}

/// The clause joined to `h`: its one conjunct, or else a conjunct with a
/// subject of its own that ends `h`'s clause, wherever the parser hung it
/// ("founded by Ann Lee, and its director was ..." with the second clause
/// under "Lee").
fn second_clause(p: &Parse, h: usize) -> Option<usize> {
    let words = &p.analysis.words;
    let conj: Vec<usize> = p.dependents(h).filter(|&d| words[d].deprel == "conj").collect();
    if let [c] = conj[..] {
        return Some(c);
    }
    if !conj.is_empty() {
        return None;
    }
    let (_, h_last) = span(p, h)?;
    let last = (0..=h_last).rev().find(|&k| words[k].upos != "PUNCT")?;
    let c = (h..=last).find(|&k| words[k].deprel == "conj" && span(p, k).is_some_and(|s| s.1 == last))?;
    child(p, c, &SUBJECTS).map(|_| c)
}

/// The first dependent of `w` with one of the relations.
fn child(p: &Parse, w: usize, rels: &[&str]) -> Option<usize> {
    p.dependents(w)
        .find(|&d| rels.contains(&p.analysis.words[d].deprel))
}

/// Whether `c` heads a clause: a verb, or a word with a copula or a
/// subject of its own ("and its director was Ann Lee").
fn is_clause(p: &Parse, c: usize) -> bool {
    p.analysis.words[c].upos == "VERB" || child(p, c, &["cop", "nsubj", "nsubj:pass"]).is_some()
}

/// Whether the clause headed by `h` is negated ("did not A and B" may deny
/// only the pair).
fn negated(p: &Parse, h: usize) -> bool {
    p.dependents(h).any(|d| {
        let w = &p.analysis.words[d];
        w.deprel == "advmod" && matches!(w.lemma.as_str(), "not" | "never" | "n't")
    })
}

/// Whether word `w` lies inside a quotation of the claim.
fn quoted(doc: &Doc, p: &Parse, w: usize) -> bool {
    doc.quote_of
        .get(p.words[w].token)
        .is_some_and(|q| q.is_some())
}

/// The first and last word of `w`'s subtree, when it is contiguous.
fn span(p: &Parse, w: usize) -> Option<(usize, usize)> {
    let n = p.analysis.words.len();
    let members: Vec<usize> = (0..n).filter(|&k| p.under(w, k, |_| false)).collect();
    let (&first, &last) = (members.first()?, members.last()?);
    (members.len() == last - first + 1).then_some((first, last))
}

/// What a subjectless second clause takes from the first: its subject,
/// and its auxiliaries when the second clause has none and is not finite
/// ("was arrested and charged": "was charged").
fn shared_subject(doc: &Doc, p: &Parse, h: usize, c: usize) -> Option<String> {
    let words = &p.analysis.words;
    let subject = child(p, h, &SUBJECTS)?;
    let (a, b) = span(p, subject)?;
    if b >= h {
        return None;
    }
    let mut out = doc.text[p.words[a].span.start..p.words[b].span.end].to_string();
    let finite = matches!(words[c].xpos, "VBD" | "VBZ" | "VBP" | "MD");
    let own_aux = child(p, c, &["aux", "aux:pass", "cop"]).is_some();
    if !finite && !own_aux {
        for d in p.dependents(h).filter(|&d| matches!(words[d].deprel, "aux" | "aux:pass")) {
            let s = p.words[d].span;
            out.push(' ');
            out.push_str(&doc.text[s.start..s.end]);
        }
    }
    out.push(' ');
    Some(out)
}

/// A part's text with its white space tidied, ending in a full stop.
fn tidy(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim_end_matches([',', ';', '.', ' ']);
    format!("{}.", s.replace(" ,", ",").replace(" .", "."))
}

#[cfg(test)]
mod tests {
    use super::split;
    use crate::doc::Doc;

    fn parts(claim: &str) -> Option<[String; 2]> {
        crate::grammar::grammar()?;
        split(&Doc::parse(claim, None))
    }

    #[test]
    fn two_clauses_with_their_own_subjects() {
        let [a, b] = parts("The fund was founded by Ann Lee, and its first director was Tom Reyes.")
            .expect("split");
        assert_eq!(a, "The fund was founded by Ann Lee.");
        assert_eq!(b, "its first director was Tom Reyes.");
    }

    #[test]
    fn a_shared_subject_is_given_to_the_second_clause() {
        let [a, b] = parts("The airline is privately owned and has the largest fleet.").expect("split");
        assert_eq!(a, "The airline is privately owned.");
        assert_eq!(b, "The airline has the largest fleet.");
        let [_, b] = parts("The group had travelled 700 miles and was within an hour of the park.")
            .expect("split");
        assert_eq!(b, "The group was within an hour of the park.");
    }

    #[test]
    fn shared_auxiliaries_go_with_the_subject() {
        let [_, b] = parts("The driver was arrested on Tuesday and charged with manslaughter.")
            .expect("split");
        assert_eq!(b, "The driver was charged with manslaughter.");
    }

    #[test]
    fn a_reporting_verb_keeps_both_clauses() {
        let [a, b] = parts("Officials said the bridge will close and the ferry will run twice a day.")
            .expect("split");
        assert_eq!(a, "Officials said the bridge will close.");
        assert_eq!(b, "Officials said the ferry will run twice a day.");
    }

    #[test]
    fn a_relative_clause_set_off_by_commas_is_a_fact_of_its_own() {
        let [a, b] = parts("Tasmania, which runs a voluntary program, was excluded from the study.")
            .expect("split");
        assert_eq!(a, "Tasmania was excluded from the study.");
        assert_eq!(b, "Tasmania runs a voluntary program.");
        let [a, b] = parts("The prize went to a bridge, which Ann Lee built in 1990.").expect("split");
        assert_eq!(a, "The prize went to a bridge.");
        assert_eq!(b, "Ann Lee built a bridge in 1990.");
        let [_, b] = parts("Fath Airport, where the plane was attempting to land, is owned by the army.")
            .expect("split");
        assert_eq!(b, "the plane was attempting to land in Fath Airport.");
        // A clause that picks out its noun is no fact of its own.
        assert_eq!(parts("The man who won the race was arrested on Tuesday."), None);
        assert_eq!(parts("2.3m - Number of Americans who lost their jobs in 2003."), None);
    }

    #[test]
    fn no_split_under_negation_inside_a_quotation_or_with_a_pronoun() {
        assert_eq!(parts("The council did not approve the budget and cut the grant."), None);
        assert_eq!(parts("She said \"we will close the plant and we will leave\"."), None);
        assert_eq!(parts("The board asked Lee to stay, but he declined."), None);
        assert_eq!(parts("The council approved the budget on Tuesday."), None);
    }
}
