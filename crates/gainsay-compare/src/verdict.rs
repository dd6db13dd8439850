//! Pair verdicts: do two passages contradict each other, and where?
//!
//! A [`PairComparer`] reads both texts with a [`Reader`], then looks for one statement of
//! each text that state the *same proposition* on *opposite sides* (one affirms it, the
//! other denies it). The verdict points at those two statements; there is no separate
//! bag-of-words classifier.
//!
//! # How two propositions are matched
//!
//! [`proposition_match`] scores two propositions in `[0, 1]`, under a [`PairConfig`]:
//!
//! 1. **Predicates** must agree: the same predicate class (the lexicon's synonyms: "ship"
//!    and "send" are both `supply`) or the same lemma (inflection is already gone). When
//!    they differ, the match is 0 unless [`PairConfig::allow_predicate_mismatch`] is set,
//!    in which case both arguments must agree (see below) and the score is capped at
//!    [`PairConfig::predicate_mismatch_score`].
//! 2. **Arguments** (actor, object) are compared as names: lower-cased, possessives,
//!    punctuation, determiners and pronouns removed. Two names agree when one's words
//!    contain the other's (a head noun with or without modifiers: "Banksy" and "graffiti
//!    artist Banksy"), or when their Jaro-Winkler similarity reaches
//!    [`PairConfig::name_similarity`] (name variants, spelling slips: "Cesar Millan" and
//!    "Cesar Milln"). Two present arguments that do not agree *clash*, and a clash rules
//!    the match out (Banksy arrested vs Putin arrested).
//! 3. **Voice and word order**: an argument missing on one side is neutral, and an
//!    agentless passive ("Banksy was arrested", object Banksy, no actor) is also compared
//!    crosswise (actor against object) so "police arrested Banksy" and "Banksy, arrested"
//!    meet whichever slot the reader filled.
//! 4. The score is `predicate_weight + actor_weight * [actor agrees] + object_weight *
//!    [object agrees]`, and a match needs at least [`PairConfig::min_shared_arguments`]
//!    agreeing arguments.
//!
//! A conflict is reported when the best pair's `match score * stance confidence` reaches
//! [`PairConfig::threshold`]. Statements whose modality commits to nothing (questions,
//! conditions, wishes, readiness) sit on no side and never conflict; hedged statements
//! ("could", "reportedly", "set to") are claims and sit on the affirmed side.

use crate::{holder_key, ConflictKind};
use gainsay_core::{Document, Proposition, Reader, Side, Statement};
use serde_json::{json, Value};
use std::collections::HashSet;

/// Every threshold of the pair verdict, with its default.
#[derive(Debug, Clone, PartialEq)]
pub struct PairConfig {
    /// Jaro-Winkler similarity from which two names agree (default 0.9).
    pub name_similarity: f64,
    /// Shortest name (in characters) that may agree by similarity rather than equality
    /// or containment (default 5: "Iran" and "Iraq" never agree by similarity).
    pub min_fuzzy_len: usize,
    /// Agreeing arguments (actor, object, crosswise) needed for a match (default 1).
    pub min_shared_arguments: usize,
    /// Weight of an agreeing predicate in the match score (default 0.5).
    pub predicate_weight: f64,
    /// Weight of an agreeing actor (default 0.25).
    pub actor_weight: f64,
    /// Weight of an agreeing object (default 0.25).
    pub object_weight: f64,
    /// Match two propositions whose predicates differ when both actor and object agree
    /// (default false: precision first).
    pub allow_predicate_mismatch: bool,
    /// The score cap of such a match (default 0.5).
    pub predicate_mismatch_score: f64,
    /// Stance confidence of an explicit attributed stance or debunk (default 1.0).
    pub confidence_attributed: f64,
    /// Stance confidence when both sides are plain narration (default 0.9).
    pub confidence_narration: f64,
    /// Stance confidence when either statement is hedged ("could", "reportedly")
    /// (default 0.85).
    pub confidence_hedged: f64,
    /// Score of an argument that does not agree with the other statement's slots but that
    /// the other text mentions (all its words, or its head word, occur there): a reader's
    /// slot error is forgiven when the other text names the same thing (default 0.15).
    pub mention_weight: f64,
    /// Verdict threshold on `match * confidence` (default 0.55).
    pub threshold: f64,
    /// Only the first this many statements of each text are compared (default 400): a
    /// headline against a long article stays linear.
    pub max_statements: usize,
}

impl Default for PairConfig {
    fn default() -> PairConfig {
        PairConfig {
            name_similarity: 0.9,
            min_fuzzy_len: 5,
            min_shared_arguments: 1,
            predicate_weight: 0.5,
            actor_weight: 0.25,
            object_weight: 0.25,
            allow_predicate_mismatch: false,
            predicate_mismatch_score: 0.5,
            confidence_attributed: 1.0,
            confidence_narration: 0.9,
            confidence_hedged: 0.85,
            mention_weight: 0.15,
            threshold: 0.55,
            max_statements: 400,
        }
    }
}

/// One side of a verdict: the statement that clashes.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The statement.
    pub statement: Statement,
    /// Its side (affirmed or denied).
    pub side: Side,
}

/// The answer for one pair of texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// True when the two texts contradict each other.
    pub conflict: bool,
    /// Confidence in `[0, 1]` (of the best candidate, even below the threshold).
    pub score: f64,
    /// The conflict's kind, when there is one.
    pub kind: Option<ConflictKind>,
    /// One sentence saying why (or why not).
    pub explanation: String,
    /// The clashing statement of the first text.
    pub a: Option<Evidence>,
    /// The clashing statement of the second text.
    pub b: Option<Evidence>,
    /// Statement pairs examined.
    pub pairs_examined: usize,
}

impl Verdict {
    fn none(explanation: String, examined: usize) -> Verdict {
        Verdict {
            conflict: false,
            score: 0.0,
            kind: None,
            explanation,
            a: None,
            b: None,
            pairs_examined: examined,
        }
    }

    /// The verdict as JSON (the `gainsay pairs` output, without the id).
    pub fn to_json(&self) -> Value {
        let ev = |e: &Option<Evidence>| -> Value {
            match e {
                None => Value::Null,
                Some(e) => {
                    let mut v = crate::report::statement_json(&e.statement);
                    if let Value::Object(m) = &mut v {
                        m.insert("side".into(), json!(e.side));
                    }
                    v
                }
            }
        };
        json!({
            "conflict": self.conflict,
            "score": (self.score * 1000.0).round() / 1000.0,
            "kind": self.kind,
            "explanation": self.explanation,
            "a": ev(&self.a),
            "b": ev(&self.b),
            "pairs_examined": self.pairs_examined,
        })
    }
}

/// A text read once for verdicts: its statements and the words it mentions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PairText {
    /// The statements the reader found.
    pub statements: Vec<Statement>,
    /// The text's words, lower case (possessive `'s` removed).
    pub words: HashSet<String>,
}

impl PairText {
    /// A text and its statements.
    pub fn new(text: &str, statements: Vec<Statement>) -> PairText {
        PairText {
            statements,
            words: name_words(text).into_iter().collect(),
        }
    }

    /// Statements only: the words are those of the statements' own texts.
    pub fn from_statements(statements: &[Statement]) -> PairText {
        let words = statements
            .iter()
            .flat_map(|s| name_words(&s.text))
            .collect();
        PairText {
            statements: statements.to_vec(),
            words,
        }
    }
}

/// Decides whether two texts contradict each other. Build once from a [`Reader`].
#[derive(Debug, Clone)]
pub struct PairComparer {
    reader: Reader,
    /// The settings.
    pub config: PairConfig,
}

impl PairComparer {
    /// A pair comparer reading with `reader`, with the given settings.
    pub fn new(reader: Reader, config: PairConfig) -> PairComparer {
        PairComparer { reader, config }
    }

    /// The reader.
    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    /// Reads one text into the statements a verdict compares. Should the reader fail on
    /// a text (it must not), the text yields no statement rather than ending the run.
    pub fn read(&self, doc: &Document) -> Vec<Statement> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.reader.read(doc)))
            .map(|r| r.statements)
            .unwrap_or_default()
    }

    /// Reads a text once for many verdicts.
    pub fn prepare(&self, doc: &Document) -> PairText {
        PairText::new(&doc.text, self.read(doc))
    }

    /// The verdict on two texts.
    pub fn verdict(&self, a: &Document, b: &Document) -> Verdict {
        self.verdict_texts(&self.prepare(a), &self.prepare(b))
    }

    /// One text against many (a headline against many bodies): `a` is read once.
    pub fn verdicts(&self, a: &Document, bs: &[Document]) -> Vec<Verdict> {
        let ta = self.prepare(a);
        bs.iter()
            .map(|b| self.verdict_texts(&ta, &self.prepare(b)))
            .collect()
    }

    /// The verdict on two statement lists (the words of their own texts as context).
    pub fn verdict_statements(&self, a: &[Statement], b: &[Statement]) -> Verdict {
        self.verdict_texts(&PairText::from_statements(a), &PairText::from_statements(b))
    }

    /// The verdict on two texts read with [`PairComparer::prepare`].
    pub fn verdict_texts(&self, ta: &PairText, tb: &PairText) -> Verdict {
        let cfg = &self.config;
        let pa: Vec<(&Statement, Side)> = committed(&ta.statements, cfg.max_statements);
        let pb: Vec<(&Statement, Side)> = committed(&tb.statements, cfg.max_statements);
        let mut examined = 0usize;
        let mut best: Option<(f64, usize, usize)> = None;
        for (i, (x, sx)) in pa.iter().enumerate() {
            for (j, (y, sy)) in pb.iter().enumerate() {
                if sx == sy {
                    continue;
                }
                examined += 1;
                let m = match_in_context(&x.proposition, &y.proposition, &ta.words, &tb.words, cfg);
                if m <= 0.0 {
                    continue;
                }
                let s = m * confidence(x, y, cfg);
                if best.map_or(true, |(bs, _, _)| s > bs) {
                    best = Some((s, i, j));
                }
            }
        }
        let Some((score, i, j)) = best else {
            return Verdict::none(
                format!(
                    "No proposition is affirmed in one text and denied in the other ({} and {} committed statements).",
                    pa.len(),
                    pb.len()
                ),
                examined,
            );
        };
        let (x, sx) = pa[i];
        let (y, sy) = pb[j];
        let conflict = score >= cfg.threshold;
        let kind = if holder_key(x) == holder_key(y) && !x.holder.outlet {
            ConflictKind::Reversal
        } else {
            ConflictKind::CrossSource
        };
        let explanation = format!(
            "{} {} that {} (\"{}\"); {} {} it (\"{}\"){}.",
            who(x),
            side_verb(sx, x),
            prop_text(&x.proposition),
            x.text,
            who(y),
            side_verb(sy, y),
            y.text,
            if conflict {
                ""
            } else {
                ": below the threshold"
            }
        );
        Verdict {
            conflict,
            score,
            kind: conflict.then_some(kind),
            explanation,
            a: Some(Evidence {
                statement: x.clone(),
                side: sx,
            }),
            b: Some(Evidence {
                statement: y.clone(),
                side: sy,
            }),
            pairs_examined: examined,
        }
    }
}

fn committed(st: &[Statement], max: usize) -> Vec<(&Statement, Side)> {
    st.iter()
        .take(max)
        .filter_map(|s| match s.side() {
            Side::Neither => None,
            side => Some((s, side)),
        })
        .collect()
}

fn hedged(s: &Statement) -> bool {
    s.modality.is_some()
}

fn confidence(x: &Statement, y: &Statement, cfg: &PairConfig) -> f64 {
    if hedged(x) || hedged(y) {
        cfg.confidence_hedged
    } else if x.holder.outlet && y.holder.outlet && !x.stance.is_denial() && !y.stance.is_denial() {
        cfg.confidence_narration
    } else {
        cfg.confidence_attributed
    }
}

fn who(s: &Statement) -> String {
    let h = s.holder.canonical();
    if s.holder.outlet {
        format!("{h} (narration)")
    } else {
        h
    }
}

fn side_verb(side: Side, s: &Statement) -> String {
    match (side, s.stance.name()) {
        (Side::Denied, "deny") => "denies".into(),
        (Side::Denied, n) if s.stance.is_denial() => {
            if n.ends_with('s') {
                format!("{n}es")
            } else {
                format!("{n}s")
            }
        }
        (Side::Denied, _) => "says it is not so".into(),
        _ => "says".into(),
    }
}

fn prop_text(p: &Proposition) -> String {
    format!(
        "{} {} {}",
        p.actor.as_deref().unwrap_or("someone"),
        p.predicate_key(),
        p.object.as_deref().unwrap_or("something")
    )
}

const STOP: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "of", "s", "new", "some", "any",
];
const PRONOUNS: &[&str] = &[
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "this",
    "that",
    "who",
    "which",
    "what",
    "there",
    "one",
    "someone",
    "something",
];

/// A name's words: lower case, possessives, punctuation and determiners removed; empty
/// for a pronoun.
pub fn name_words(name: &str) -> Vec<String> {
    let low = name
        .to_lowercase()
        .replace("'s", " ")
        .replace('\u{2019}', "'");
    let words: Vec<String> = low
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOP.contains(w))
        .map(str::to_string)
        .collect();
    if words.len() == 1 && PRONOUNS.contains(&words[0].as_str()) {
        return Vec::new();
    }
    words
}

/// How two names compare under `cfg`: `Some(true)` agree, `Some(false)` clash, `None`
/// when either is missing (or a pronoun).
pub fn names_agree(x: Option<&str>, y: Option<&str>, cfg: &PairConfig) -> Option<bool> {
    let wx = name_words(x?);
    let wy = name_words(y?);
    if wx.is_empty() || wy.is_empty() {
        return None;
    }
    let contains = |a: &[String], b: &[String]| a.iter().all(|w| b.iter().any(|v| v == w));
    if contains(&wx, &wy) || contains(&wy, &wx) {
        return Some(true);
    }
    let jx = wx.join(" ");
    let jy = wy.join(" ");
    if jx.chars().count() >= cfg.min_fuzzy_len
        && jy.chars().count() >= cfg.min_fuzzy_len
        && strsim::jaro_winkler(&jx, &jy) >= cfg.name_similarity
    {
        return Some(true);
    }
    // the same head (last word) of at least min_fuzzy_len letters, modifiers aside
    let (hx, hy) = (wx.last().map(String::as_str), wy.last().map(String::as_str));
    if let (Some(hx), Some(hy)) = (hx, hy) {
        if hx.chars().count() >= cfg.min_fuzzy_len
            && hy.chars().count() >= cfg.min_fuzzy_len
            && strsim::jaro_winkler(hx, hy) >= cfg.name_similarity
        {
            return Some(true);
        }
    }
    Some(false)
}

/// The match score of two propositions in `[0, 1]` (0: not the same proposition); see
/// the module documentation for the rules.
pub fn proposition_match(p: &Proposition, q: &Proposition, cfg: &PairConfig) -> f64 {
    let pred_same = p.predicate_key() == q.predicate_key() || p.predicate == q.predicate;
    if !pred_same && !cfg.allow_predicate_mismatch {
        return 0.0;
    }
    let straight = (
        names_agree(p.actor.as_deref(), q.actor.as_deref(), cfg),
        names_agree(p.object.as_deref(), q.object.as_deref(), cfg),
    );
    // crosswise, for an agentless passive or an intransitive reading on one side
    let cross = (
        names_agree(p.actor.as_deref(), q.object.as_deref(), cfg),
        names_agree(p.object.as_deref(), q.actor.as_deref(), cfg),
    );
    let eval = |(a, o): (Option<bool>, Option<bool>)| -> Option<(usize, f64)> {
        if a == Some(false) || o == Some(false) {
            return None;
        }
        let n = usize::from(a == Some(true)) + usize::from(o == Some(true));
        let s = cfg.predicate_weight
            + if a == Some(true) {
                cfg.actor_weight
            } else {
                0.0
            }
            + if o == Some(true) {
                cfg.object_weight
            } else {
                0.0
            };
        Some((n, s))
    };
    let mut best: Option<(usize, f64)> = eval(straight);
    let one_sided = |a: &Option<String>, b: &Option<String>| a.is_none() != b.is_none();
    if one_sided(&p.actor, &q.actor) || one_sided(&p.object, &q.object) {
        if let Some(c) = eval(cross) {
            if best.map_or(true, |b| c.0 > b.0) {
                best = Some(c);
            }
        }
    }
    let Some((n, s)) = best else { return 0.0 };
    if n < cfg.min_shared_arguments {
        return 0.0;
    }
    if !pred_same {
        if n < 2 {
            return 0.0;
        }
        return s.min(cfg.predicate_mismatch_score);
    }
    s.min(1.0)
}

fn mentioned(name: Option<&str>, words: &HashSet<String>) -> bool {
    let Some(n) = name else { return false };
    let w = name_words(n);
    if w.is_empty() {
        return false;
    }
    w.iter().all(|x| words.contains(x))
        || w.last()
            .is_some_and(|h| h.chars().count() >= 3 && words.contains(h))
}

/// [`proposition_match`] with the two texts' words as context: an argument that clashes
/// with the other statement's slot, or has no counterpart there, still counts (with
/// [`PairConfig::mention_weight`]) when the other text mentions it.
pub fn match_in_context(
    p: &Proposition,
    q: &Proposition,
    words_p: &HashSet<String>,
    words_q: &HashSet<String>,
    cfg: &PairConfig,
) -> f64 {
    let strict = proposition_match(p, q, cfg);
    let pred_same = p.predicate_key() == q.predicate_key() || p.predicate == q.predicate;
    if !pred_same {
        return strict;
    }
    // slot by slot: agree, or mentioned on the other side, or clash
    let mut score = cfg.predicate_weight;
    let mut shared = 0usize;
    for (x, y, w) in [
        (p.actor.as_deref(), q.actor.as_deref(), cfg.actor_weight),
        (p.object.as_deref(), q.object.as_deref(), cfg.object_weight),
    ] {
        let crossed = names_agree(x, q.actor.as_deref(), cfg) == Some(true)
            || names_agree(x, q.object.as_deref(), cfg) == Some(true)
            || names_agree(p.actor.as_deref(), y, cfg) == Some(true)
            || names_agree(p.object.as_deref(), y, cfg) == Some(true);
        match names_agree(x, y, cfg) {
            Some(true) => {
                score += w;
                shared += 1;
            }
            agree => {
                let mx = mentioned(x, words_q);
                let my = mentioned(y, words_p);
                if agree == Some(false) && !(mx && my) && !crossed {
                    return strict;
                }
                if mx || my || crossed {
                    score += cfg.mention_weight;
                    shared += 1;
                }
            }
        }
    }
    if shared < cfg.min_shared_arguments {
        return strict;
    }
    strict.max(score.min(1.0))
}
