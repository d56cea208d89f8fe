//! Measures the attribution reader on a corpus in brat standoff format, such
//! as PolNeAR (github.com/networkdynamics/PolNeAR): `<dir>/text/*.txt` beside
//! `<dir>/attributions/*.ann`, with Source, Cue and Content spans whose
//! offsets count Unicode code points. The corpus is copyrighted: read it from
//! where it lies, never copy it into this repository.
//!
//!     cargo xtask polnear /path/to/PolNeAR/data/dev
//!
//! Prints precision, recall and F1 for sources, cues and contents, exact (the
//! same span) and by token overlap (each predicted span credited with its
//! best token F1 against a gold span of the same kind, and the reverse), and
//! the core figure: gold attributions whose cue is a reporting verb (say,
//! tell, write, add, note, state, announce, report, confirm, ask, reply,
//! respond, tweet, claim, argue, explain, insist, warn, acknowledge,
//! declare, indicate) or "according to". A gold attribution is found when
//! an indexed statement's speaker shares a content word with the gold
//! source (or the gold has none) and its content reaches token F1 >= 0.5
//! with the gold content. Precision counts indexed statements that match
//! any gold attribution that way.

use claimcheck::Article;
use claimcheck::lexicon;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[derive(Default, Clone)]
struct Attribution {
    source: Vec<(usize, usize)>,
    cue: Vec<(usize, usize)>,
    content: Vec<(usize, usize)>,
}

const REPORTING: &[&str] = &[
    "say",
    "tell",
    "write",
    "add",
    "note",
    "state",
    "announce",
    "report",
    "confirm",
    "ask",
    "reply",
    "respond",
    "tweet",
    "claim",
    "argue",
    "explain",
    "insist",
    "warn",
    "acknowledge",
    "declare",
    "indicate",
];

/// Reads a brat .ann file into attributions, with byte offsets.
fn read_ann(ann: &str, cp_to_byte: &[usize]) -> Vec<Attribution> {
    let mut spans: BTreeMap<String, (String, Vec<(usize, usize)>)> = BTreeMap::new();
    let mut events: Vec<Vec<(String, String)>> = Vec::new();
    let b = |cp: usize| {
        cp_to_byte
            .get(cp)
            .copied()
            .unwrap_or(*cp_to_byte.last().unwrap_or(&0))
    };
    for line in ann.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (parts.next(), parts.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let mut it = body.splitn(2, ' ');
            let kind = it.next().unwrap_or("").to_string();
            let ranges = it.next().unwrap_or("");
            let rs: Vec<(usize, usize)> = ranges
                .split(';')
                .filter_map(|r| {
                    let mut n = r.split_whitespace();
                    let s: usize = n.next()?.parse().ok()?;
                    let e: usize = n.next()?.parse().ok()?;
                    Some((b(s), b(e)))
                })
                .collect();
            spans.insert(id.to_string(), (kind, rs));
        } else if id.starts_with('E') {
            events.push(
                body.split_whitespace()
                    .filter_map(|a| {
                        a.split_once(':')
                            .map(|(r, t)| (r.to_string(), t.to_string()))
                    })
                    .collect(),
            );
        }
    }
    events
        .into_iter()
        .map(|args| {
            let mut a = Attribution::default();
            for (role, t) in args {
                let Some((_, rs)) = spans.get(&t) else {
                    continue;
                };
                let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
                match role {
                    "Source" => a.source.extend(rs),
                    "Cue" => a.cue.extend(rs),
                    "Content" => a.content.extend(rs),
                    _ => {}
                }
            }
            a
        })
        .collect()
}

/// Token indices (by the project's tokenizer) covered by byte spans.
fn tokens_of(spans: &[(usize, usize)], toks: &[(usize, usize, bool)]) -> BTreeSet<usize> {
    toks.iter()
        .enumerate()
        .filter(|(_, (s, e, word))| *word && spans.iter().any(|(a, b)| s < b && a < e))
        .map(|(i, _)| i)
        .collect()
}

fn f1(a: &BTreeSet<usize>, b: &BTreeSet<usize>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.intersection(b).count() as f64;
    if inter == 0.0 {
        return 0.0;
    }
    let p = inter / a.len() as f64;
    let r = inter / b.len() as f64;
    2.0 * p * r / (p + r)
}

fn content_words(text: &str) -> BTreeSet<String> {
    let all: BTreeSet<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| {
            w.trim_matches(|c: char| c == '\'' || c == '’')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && w != "s")
        .collect();
    let content: BTreeSet<String> = all
        .iter()
        .filter(|w| !lexicon::is_stopword(w))
        .cloned()
        .collect();
    if content.is_empty() { all } else { content }
}

/// Precision is `p_hits / pred`, recall `r_hits / gold`; hits may be
/// fractional (token overlap).
#[derive(Default)]
struct Score {
    p_hits: f64,
    r_hits: f64,
    pred: f64,
    gold: f64,
}

impl Score {
    fn line(&self, name: &str) -> String {
        let p = self.p_hits / self.pred.max(1.0);
        let r = self.r_hits / self.gold.max(1.0);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "{name:<24} P {p:>5.3}  R {r:>5.3}  F1 {f:>5.3}   ({} predicted, {} gold)",
            self.pred, self.gold
        )
    }
}

pub fn main(args: Vec<String>) {
    let dir: PathBuf = args
        .into_iter()
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            eprintln!("usage: polnear <corpus dir with text/ and attributions/>");
            std::process::exit(2);
        });
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))
        .expect("attributions/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    anns.sort();
    // One annotation per article: the first by name.
    let mut seen = BTreeSet::new();
    anns.retain(|p| {
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a).to_string();
        seen.insert(article)
    });
    let kinds = ["source", "cue", "content"];
    let mut exact: BTreeMap<&str, Score> = kinds.iter().map(|k| (*k, Score::default())).collect();
    let mut overlap: BTreeMap<&str, Score> = kinds.iter().map(|k| (*k, Score::default())).collect();
    let mut core = Score::default();
    let mut articles = 0;
    for ann_path in &anns {
        let stem = ann_path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a);
        let text_path = dir.join("text").join(format!("{article}.txt"));
        let Ok(text) = std::fs::read_to_string(&text_path) else {
            continue;
        };
        let Ok(ann) = std::fs::read_to_string(ann_path) else {
            continue;
        };
        let mut cp_to_byte: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        cp_to_byte.push(text.len());
        let gold = read_ann(&ann, &cp_to_byte);
        let Ok(parsed) = Article::parse(&text, None) else {
            continue;
        };
        articles += 1;
        let index = parsed.index();
        let doc = &index.doc();
        let toks: Vec<(usize, usize, bool)> = doc
            .tokens
            .iter()
            .map(|t| (t.span.start, t.span.end, t.is_wordlike()))
            .collect();
        let span_of = |r: &std::ops::Range<usize>| {
            (
                doc.tokens[r.start].span.start,
                doc.tokens[r.end - 1].span.end,
            )
        };
        // Predictions: attributed statements.
        struct Pred {
            source: Vec<(usize, usize)>,
            cue: Vec<(usize, usize)>,
            content: Vec<(usize, usize)>,
            speaker_words: BTreeSet<String>,
        }
        // A quotation running over several sentences is one attribution.
        let mut groups: BTreeMap<usize, Pred> = BTreeMap::new();
        for st in index.statements() {
            let Some(sp) = st.speaker.as_ref() else {
                continue;
            };
            let head = st.part_of.unwrap_or(st.id);
            let entry = groups.entry(head).or_insert_with(|| {
                let mut words = content_words(&sp.text);
                words.extend(content_words(&sp.resolved));
                Pred {
                    source: sp
                        .mention()
                        .into_iter()
                        .filter(|r| !r.is_empty())
                        .map(span_of)
                        .collect(),
                    cue: st
                        .cue
                        .as_ref()
                        .and_then(|c| c.tokens().cloned())
                        .iter()
                        .filter(|r| !r.is_empty())
                        .map(span_of)
                        .collect(),
                    content: Vec::new(),
                    speaker_words: words,
                }
            });
            if st.id == head {
                entry.source = sp
                    .mention()
                    .into_iter()
                    .filter(|r| !r.is_empty())
                    .map(span_of)
                    .collect();
                entry.cue = st
                    .cue
                    .as_ref()
                    .and_then(|c| c.tokens().cloned())
                    .iter()
                    .filter(|r| !r.is_empty())
                    .map(span_of)
                    .collect();
            }
            entry
                .content
                .extend(st.content().iter().filter(|r| !r.is_empty()).map(span_of));
        }
        let preds: Vec<Pred> = groups.into_values().collect();
        for kind in kinds {
            let pick = |a: &Attribution| -> Vec<(usize, usize)> {
                match kind {
                    "source" => a.source.clone(),
                    "cue" => a.cue.clone(),
                    _ => a.content.clone(),
                }
            };
            let pick_pred = |p: &Pred| -> Vec<(usize, usize)> {
                match kind {
                    "source" => p.source.clone(),
                    "cue" => p.cue.clone(),
                    _ => p.content.clone(),
                }
            };
            let g: Vec<Vec<(usize, usize)>> =
                gold.iter().map(pick).filter(|s| !s.is_empty()).collect();
            let p: Vec<Vec<(usize, usize)>> = preds
                .iter()
                .map(pick_pred)
                .filter(|s| !s.is_empty())
                .collect();
            let norm = |v: &Vec<(usize, usize)>| -> BTreeSet<usize> { tokens_of(v, &toks) };
            let gt: Vec<BTreeSet<usize>> = g.iter().map(norm).collect();
            let pt: Vec<BTreeSet<usize>> = p.iter().map(norm).collect();
            let e = exact.get_mut(kind).expect("kind");
            e.pred += pt.len() as f64;
            e.gold += gt.len() as f64;
            let same = pt
                .iter()
                .filter(|x| !x.is_empty() && gt.contains(x))
                .count() as f64;
            e.p_hits += same;
            e.r_hits += same;
            let o = overlap.get_mut(kind).expect("kind");
            o.pred += pt.len() as f64;
            o.gold += gt.len() as f64;
            o.p_hits += pt
                .iter()
                .map(|x| gt.iter().map(|y| f1(x, y)).fold(0.0, f64::max))
                .sum::<f64>();
            o.r_hits += gt
                .iter()
                .map(|y| pt.iter().map(|x| f1(x, y)).fold(0.0, f64::max))
                .sum::<f64>();
        }
        // Core figure.
        let matches = |p: &Pred, g: &Attribution| -> bool {
            let gsrc: String = g
                .source
                .iter()
                .map(|(a, b)| &text[*a..*b])
                .collect::<Vec<_>>()
                .join(" ");
            let src_ok = g.source.is_empty() || {
                let gw = content_words(&gsrc);
                gw.iter().any(|w| p.speaker_words.contains(w))
            };
            src_ok && f1(&tokens_of(&p.content, &toks), &tokens_of(&g.content, &toks)) >= 0.5
        };
        let is_core = |g: &Attribution| -> bool {
            let cue: String = g
                .cue
                .iter()
                .map(|(a, b)| text[*a..*b].to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            cue.contains("according to")
                || cue.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    REPORTING
                        .iter()
                        .any(|r| lexicon::key(w) == lexicon::key(r) || w == *r)
                })
        };
        let show = std::env::var("POLNEAR_SHOW").unwrap_or_default();
        let quote = |v: &[(usize, usize)]| {
            v.iter()
                .map(|(a, b)| &text[*a..*b])
                .collect::<Vec<_>>()
                .join(" … ")
        };
        for g in gold.iter().filter(|g| is_core(g)) {
            core.gold += 1.0;
            if preds.iter().any(|p| matches(p, g)) {
                core.r_hits += 1.0;
            } else if show == "misses" {
                println!(
                    "MISS [{}] <{}> {}",
                    quote(&g.source),
                    quote(&g.cue),
                    quote(&g.content).chars().take(160).collect::<String>()
                );
            }
        }
        for p in &preds {
            core.pred += 1.0;
            if gold.iter().any(|g| matches(p, g)) {
                core.p_hits += 1.0;
            } else if show == "extra" {
                println!(
                    "EXTRA [{}] <{}> {}",
                    quote(&p.source),
                    quote(&p.cue),
                    quote(&p.content).chars().take(160).collect::<String>()
                );
            }
        }
    }
    println!("{articles} articles from {}", dir.display());
    println!("exact spans");
    for k in kinds {
        println!("  {}", exact[k].line(k));
    }
    println!("token overlap");
    for k in kinds {
        println!("  {}", overlap[k].line(k));
    }
    println!("{}", core.line("core (reporting cues)"));
}
