//! A sample of the metamorphic suite (`cargo xtask metamorphic`): sentences of
//! real English taken as claims against their own documents, unchanged and
//! changed in one way that must stop them from being supported. The sample
//! is every fourth document of UD English-EWT's dev split (in
//! `data/en_ewt/`, CC BY-SA 4.0) and three articles of
//! `claims/`: about two thousand cases, judged in a second or two.
//!
//! The bounds are the suite's figures when this test was written, with a
//! margin: they keep a mechanism from slipping, and the README's accuracy
//! section has the whole suite's table.

use claimcheck::claims::Verdict;
use claimcheck::verdict::Options;
use std::collections::BTreeMap;
use xtask::metamorphic::{self as cases, Article, Kind};

const DEV: &str = "data/en_ewt/en_ewt-ud-dev.conllu";

fn sample() -> Vec<Article> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let path = std::path::Path::new(root).join(DEV);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: the treebank is vendored in data/en_ewt",
            path.display()
        )
    });
    let mut articles: Vec<Article> = xtask::conllu::read(&text)
        .iter()
        .step_by(4)
        .map(cases::from_treebank)
        .collect();
    for name in [
        "02-uk-asylum-questionnaire",
        "07-afghan-robotics-team-visas",
        "ukraine-security-guarantees",
    ] {
        let p = std::path::Path::new(root).join(format!("claims/{name}.txt"));
        let text = std::fs::read_to_string(&p).expect("a bundled article");
        articles.push(cases::from_text(name, &text));
    }
    articles
}

/// Per kind: cases, supported, contradicted.
type Tallies = BTreeMap<Kind, (usize, usize, usize)>;

/// The claims of kind `k` made from the first document of CoNLL-U text
/// `doc`.
fn claims_of(doc: &str, k: Kind) -> Vec<String> {
    let docs = xtask::conllu::read(doc);
    cases::from_treebank(&docs[0])
        .cases
        .into_iter()
        .filter(|c| c.kind == k)
        .map(|c| c.claim)
        .collect()
}

/// Verdicts by kind, and the changed cases supported; panics on a case
/// without a real verdict.
fn judge(articles: &[Article]) -> (Tallies, Vec<String>) {
    let mut by_kind = Tallies::new();
    let mut wrongly_supported = Vec::new();
    let options = Options {
        threads: 2,
        ..Options::default()
    };
    for a in articles {
        let article = claimcheck::Article::parse(&a.text, None).expect("an article");
        let claims = a.claims();
        let got = claimcheck::check_each(article.index(), &claims, &options, |_, o| {
            (o.verdict, o.failure.clone())
        });
        for (c, (v, failure)) in a.cases.iter().zip(got) {
            assert!(
                failure.is_none(),
                "{}: internal error {failure:?} on {:?}",
                a.name,
                c.claim
            );
            let t = by_kind.entry(c.kind).or_default();
            t.0 += 1;
            t.1 += usize::from(v == Verdict::Supported);
            t.2 += usize::from(v == Verdict::Contradicted);
            if v == Verdict::Supported && !c.kind.expects_support() {
                wrongly_supported.push(format!("[{}] {}", c.kind.name(), c.claim));
            }
        }
    }
    (by_kind, wrongly_supported)
}

#[test]
fn changed_sentences_are_not_supported_and_unchanged_ones_are() {
    let articles = sample();
    let (by_kind, wrongly_supported) = judge(&articles);
    let total: usize = by_kind.values().map(|t| t.0).sum();
    assert!(total >= 500, "only {total} cases");
    let share = |k: Kind, f: fn(&(usize, usize, usize)) -> usize| {
        let t = by_kind.get(&k).copied().unwrap_or_default();
        (f(&t) as f64 / t.0.max(1) as f64, t.0)
    };
    let (unchanged, n) = share(Kind::Unchanged, |t| t.1);
    assert!(
        n >= 200 && unchanged >= 0.82,
        "unchanged supported: {unchanged:.3} of {n}"
    );
    // A changed sentence called supported is the worst error. The goal is
    // none; the sample has about one in forty-five today (mostly names
    // swapped in fragments and signatures: see the README), and this keeps
    // it from rising.
    let structural = |k: &Kind| matches!(k, Kind::Swap | Kind::Moved | Kind::DropDown);
    let changed: usize = by_kind
        .iter()
        .filter(|(k, _)| !k.expects_support() && !structural(k))
        .map(|(_, t)| t.0)
        .sum();
    let wrong: Vec<&String> = wrongly_supported
        .iter()
        .filter(|c| {
            !["[swap]", "[moved]", "[drop-down]"]
                .iter()
                .any(|k| c.starts_with(k))
        })
        .collect();
    assert!(changed >= 300, "only {changed} changed cases");
    assert!(
        wrong.len() * 33 <= changed,
        "{} of {changed} changed cases supported:\n{}",
        wrong.len(),
        wrong
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The structural changes are read through the parser, whose errors
    // let some through (the goal is none: see the README). These bounds
    // keep the rules that read the parse from slipping.
    for (kind, most) in [(Kind::Swap, 0.09), (Kind::Moved, 0.2)] {
        let (supported, n) = share(kind, |t| t.1);
        assert!(
            n >= 20 && supported <= most,
            "{}: supported {supported:.3} of {n}",
            kind.name()
        );
    }
    // Leaving out a phrase: it generalises where the position is upward
    // and must not be supported where it is downward (the goal is none;
    // the parser misplaces some phrases, and some claims it splits).
    let (down, n) = share(Kind::DropDown, |t| t.1);
    assert!(
        n >= 20 && down <= 0.25,
        "drop-down: supported {down:.3} of {n}"
    );
    let (up, n) = share(Kind::DropUp, |t| t.1);
    assert!(n >= 100 && up >= 0.85, "drop-up: supported {up:.3} of {n}");
    for (kind, least) in [(Kind::Negated, 0.8), (Kind::Number, 0.7), (Kind::Date, 0.7)] {
        let (contradicted, n) = share(kind, |t| t.2);
        assert!(
            n == 0 || contradicted >= least,
            "{}: contradicted {contradicted:.3} of {n}",
            kind.name()
        );
    }
}

/// The structural cases: a time moved into the clause below, a possessor
/// moved to another noun.
#[test]
fn structural_cases_move_what_the_parse_says() {
    let doc = "# newdoc id = d\n\
# text = Lee said on Monday that the troops left.\n\
1\tLee\tLee\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n\
4\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\
5\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n\
6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n\
7\ttroops\ttroops\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n\
8\tleft\tleave\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No\n\
9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\
\n\
# text = Kim's brother met the minister.\n\
1\tKim\tKim\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n\
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n\
3\tbrother\tbrother\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n\
4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n\
6\tminister\tminister\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
    let moved = claims_of(doc, Kind::Moved);
    assert_eq!(
        moved,
        [
            "Lee said that on Monday the troops left.",
            "The brother met Kim's minister."
        ]
    );
}

/// The cases themselves: each change is made where the parse says.
#[test]
fn cases_change_what_the_parse_says() {
    let doc = "# newdoc id = d\n\
# text = Bush nominated Anderson on Tuesday.\n\
1\tBush\tBush\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\tnominated\tnominate\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tAnderson\tAnderson\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\
4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_\n\
5\tTuesday\tTuesday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n\
6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\
\n\
# text = Graae was not confirmed by 15 senators.\n\
1\tGraae\tGraae\tPROPN\tNNP\t_\t4\tnsubj:pass\t_\t_\n\
2\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n\
3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tconfirmed\tconfirm\tVERB\tVBN\t_\t0\troot\t_\t_\n\
5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n\
6\t15\t15\tNUM\tCD\t_\t7\tnummod\t_\t_\n\
7\tsenators\tsenator\tNOUN\tNNS\t_\t4\tobl\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
    let claims = |k: Kind| claims_of(doc, k);
    assert_eq!(
        claims(Kind::Negated),
        [
            "Bush did not nominate Anderson on Tuesday.",
            "Graae was confirmed by 15 senators."
        ]
    );
    assert_eq!(
        claims(Kind::Number),
        ["Graae was not confirmed by 16 senators."]
    );
    assert_eq!(
        claims(Kind::Date),
        ["Bush nominated Anderson on Wednesday."]
    );
    assert_eq!(claims(Kind::Swap), ["Anderson nominated Bush on Tuesday."]);
    assert!(claims(Kind::Moved).is_empty());
    assert_eq!(
        claims(Kind::Name),
        [
            "Graae nominated Anderson on Tuesday.",
            "Bush was not confirmed by 15 senators."
        ]
    );
}

/// The `drop` cases: a phrase left out where its position is upward
/// (drop-up), downward under "not" (drop-down), or a non-intersective
/// adjective left out (drop-down).
#[test]
fn drop_cases_follow_the_monotonicity_of_the_gold_tree() {
    let doc = "# newdoc id = d\n\
# text = The club sold tickets at the gate.\n\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\
2\tclub\tclub\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n\
3\tsold\tsell\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\ttickets\tticket\tNOUN\tNNS\t_\t3\tobj\t_\t_\n\
5\tat\tat\tADP\tIN\t_\t7\tcase\t_\t_\n\
6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n\
7\tgate\tgate\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\
\n\
# text = The club did not sell tickets at the gate.\n\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\
2\tclub\tclub\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n\
3\tdid\tdo\tAUX\tVBD\t_\t5\taux\t_\t_\n\
4\tnot\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_\n\
5\tsell\tsell\tVERB\tVB\t_\t0\troot\t_\t_\n\
6\ttickets\tticket\tNOUN\tNNS\t_\t5\tobj\t_\t_\n\
7\tat\tat\tADP\tIN\t_\t9\tcase\t_\t_\n\
8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n\
9\tgate\tgate\tNOUN\tNN\t_\t5\tobl\t_\tSpaceAfter=No\n\
10\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\
\n\
# text = Police arrested a former minister.\n\
1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n\
4\tformer\tformer\tADJ\tJJ\t_\t5\tamod\t_\t_\n\
5\tminister\tminister\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n\
6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
    let claims = |k: Kind| claims_of(doc, k);
    assert_eq!(claims(Kind::DropUp), ["The club sold tickets."]);
    assert_eq!(
        claims(Kind::DropDown),
        [
            "The club did not sell tickets.",
            "Police arrested a minister."
        ]
    );
}

/// A word left out of a quotation alters it (`quote-altered` contradicts),
/// so no `drop` case is made inside quotation marks: the first optional
/// dependent outside them is dropped instead.
#[test]
fn no_drop_case_inside_a_quotation() {
    let doc = "# newdoc id = q\n\
# text = He said \"we sold tickets at the gate\" on Monday.\n\
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\t\"\t\"\tPUNCT\t``\t_\t5\tpunct\t_\tSpaceAfter=No\n\
4\twe\twe\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n\
5\tsold\tsell\tVERB\tVBD\t_\t2\tccomp\t_\t_\n\
6\ttickets\tticket\tNOUN\tNNS\t_\t5\tobj\t_\t_\n\
7\tat\tat\tADP\tIN\t_\t9\tcase\t_\t_\n\
8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n\
9\tgate\tgate\tNOUN\tNN\t_\t5\tobl\t_\tSpaceAfter=No\n\
10\t\"\t\"\tPUNCT\t''\t_\t5\tpunct\t_\t_\n\
11\ton\ton\tADP\tIN\t_\t12\tcase\t_\t_\n\
12\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n\
13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
    let up = claims_of(doc, Kind::DropUp);
    assert_eq!(up, ["He said \"we sold tickets at the gate\"."]);
}

#[test]
fn no_number_case_on_a_list_items_number() {
    let doc = "# newdoc id = l\n\
# text = 3. The team won 4 games.\n\
1\t3\t3\tNUM\tCD\t_\t4\tnummod\t_\tSpaceAfter=No\n\
2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\
3\tThe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n\
4\tteam\tteam\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n\
5\twon\twin\tVERB\tVBD\t_\t0\troot\t_\t_\n\
6\t4\t4\tNUM\tCD\t_\t7\tnummod\t_\t_\n\
7\tgames\tgame\tNOUN\tNNS\t_\t5\tobj\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n";
    let changed = claims_of(doc, Kind::Number);
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].starts_with("3."), "{changed:?}");
}
