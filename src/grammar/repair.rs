//! Repairs of the parser's trees that English grammar makes certain.
//!
//! A verb has at most one direct object, one indirect object and one
//! passive agent. The greedy parser sometimes gives a verb two, when a
//! second verb coordinated with it has its own: "owned by A and chartered
//! by B" read with both agents on "owned". The later one, past the
//! coordinated verb, is that verb's.

use super::Word;

/// Relations a verb holds at most once.
const UNIQUE: &[&str] = &["obj", "iobj", "obl:agent"];

/// Moves a second dependent of a unique relation to the verb coordinated
/// with its head between the two.
pub fn unique_roles(words: &mut [Word<'_>]) {
    for v in 0..words.len() {
        for rel in UNIQUE {
            let mut held: Vec<usize> = (0..words.len())
                .filter(|&d| words[d].head == Some(v) && words[d].deprel == *rel)
                .collect();
            if held.len() < 2 {
                continue;
            }
            let first = held.remove(0);
            for d in held {
                let conjunct = (first + 1..d)
                    .rev()
                    .find(|&c| words[c].head == Some(v) && words[c].deprel == "conj");
                if let Some(c) = conjunct {
                    words[d].head = Some(c);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(head: Option<usize>, deprel: &'static str) -> Word<'static> {
        Word {
            upos: "",
            xpos: "",
            lemma: String::new(),
            head,
            deprel,
        }
    }

    #[test]
    fn a_second_agent_past_a_coordinated_verb_is_that_verbs() {
        // owned(0) by(1) A(2) and(3) chartered(4) by(5) B(6)
        let mut w = vec![
            word(None, "root"),
            word(Some(2), "case"),
            word(Some(0), "obl:agent"),
            word(Some(4), "cc"),
            word(Some(0), "conj"),
            word(Some(6), "case"),
            word(Some(0), "obl:agent"),
        ];
        unique_roles(&mut w);
        assert_eq!(w[6].head, Some(4));
        assert_eq!(w[2].head, Some(0));
    }

    #[test]
    fn a_shared_agent_stays() {
        // owned(0) and(1) chartered(2) by(3) A(4): one agent, shared.
        let mut w = vec![
            word(None, "root"),
            word(Some(2), "cc"),
            word(Some(0), "conj"),
            word(Some(4), "case"),
            word(Some(0), "obl:agent"),
        ];
        unique_roles(&mut w);
        assert_eq!(w[4].head, Some(0));
    }
}
