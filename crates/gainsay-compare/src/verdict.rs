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
//! [`PairConfig::threshold`] ([`PairConfig::refutation_threshold`] for an explicit
//! denial or debunk, [`PairConfig::long_text_threshold`] when a text is long). Statements whose modality commits to nothing (questions,
//! conditions, wishes, readiness) sit on no side and never conflict; hedged statements
//! ("could", "reportedly", "set to") are claims and sit on the affirmed side.

use crate::{holder_key, ConflictKind};
use gainsay_core::headline::HEADLINE_RULE;
use gainsay_core::{
    Document, Holder, Polarity, Proposition, Reader, Side, Slots, Span, Stance, Statement, Times,
};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

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
    /// Verdict threshold on `relatedness * confidence` (default 0.25).
    pub threshold: f64,
    /// Weight, in the relatedness of two statements, of the strict proposition match of
    /// [`match_in_context`] (default 0.6).
    pub strict_weight: f64,
    /// Weight of a shared predicate (same class or lemma; "be", "say" and the like
    /// excepted) in the relatedness (default 0.2).
    pub shared_predicate_weight: f64,
    /// Weight of the content words the two statements' sentences share, as the overlap
    /// coefficient `|X ∩ Y| / min(|X|, |Y|)` of their crude stems (default 0.8).
    pub shared_words_weight: f64,
    /// Weight of each name (a canonical actor or object, or a capitalised word of the
    /// sentence that is not its first) the two sentences share, fuzzily (default 0.15, at
    /// most [`PairConfig::max_shared_names`] count).
    pub shared_name_weight: f64,
    /// Most shared names counted (default 2).
    pub max_shared_names: usize,
    /// Fewest shared content stems for any relatedness at all (default 1): statements
    /// that share nothing are about different things.
    pub min_shared_words: usize,
    /// Longest sentence (bytes) taken as a statement's context; a longer one is cut
    /// around the statement (default 300).
    pub max_context: usize,
    /// Factor on the score of a plain negation whose predicate the other sentence does
    /// not mention (default 0.5).
    pub negation_mismatch_factor: f64,
    /// Stance confidence of a denial that is a plain negation in the outlet's narration
    /// ("X did not do Y"), as opposed to an explicit denial or debunk (default 0.85).
    pub confidence_negation: f64,
    /// For a long text (more than [`PairConfig::long_text_statements`] committed
    /// statements), the bonus per further related statement on the same side as the best
    /// one (default 0.03), up to [`PairConfig::max_support_bonus`].
    pub support_bonus: f64,
    /// Cap of that bonus (default 0.15).
    pub max_support_bonus: f64,
    /// From how many committed statements a text is long (an article body, not a
    /// headline) (default 6).
    pub long_text_statements: usize,
    /// In a long text, a denied statement counts only when its context shares at least
    /// this many names with the other text (default 1): an article's denials about
    /// others are not denials of the headline.
    pub long_text_min_names: usize,
    /// Threshold used instead of [`PairConfig::threshold`] when neither text is long and
    /// the denial is an explicit one (a denial verb, a debunking word, a rebuttal: "DHS
    /// rebuffs claim", "X is a hoax", "No, X didn't") (default 0.15): a text written to
    /// refute a story needs fewer of its words to be about it than a plain negation ("X
    /// did not do Y"), of which news is full.
    pub refutation_threshold: f64,
    /// Threshold used instead of [`PairConfig::threshold`] when either text is long
    /// (default 0.55).
    pub long_text_threshold: f64,
    /// Only the first this many statements of each text are compared (default 400): a
    /// headline against a long article stays linear.
    pub max_statements: usize,
    /// Agreement on a denial outweighs a looser clash (default true): when each text holds
    /// a denied statement and those two are related at least as strongly as the best
    /// clash, and the clash's propositions do not match strictly (strict score below
    /// [`PairConfig::agreement_strict`]), both texts deny the same story and the verdict is
    /// no conflict ("Michelle Obama not blurred on Saudi TV" against "No, Saudi TV didn't
    /// blur out Michelle Obama's face": the second's "the President met King Salman" is
    /// no clash with the first).
    pub agreement_dominates: bool,
    /// A long text that calls something a hoax, fake, false… (a debunking word, not
    /// negated: [`PairText::debunks`]) is on the side of a refutation in the other text
    /// that its statements relate to, whatever else it reports (default true): a
    /// debunking article also tells the claim it debunks, and that telling contradicts no
    /// headline that calls the claim a hoax.
    pub long_text_debunk_agreement: bool,
    /// A long text that calls something a hoax, fake, false… (a debunking word, not
    /// negated, not asked) at least [`PairConfig::debunking_text_min_cues`] times
    /// debunks the story it tells (default true): when no two statements clash, a text
    /// that affirms that story (at least [`PairConfig::debunking_text_overlap`] of the
    /// content words of its affirmation's sentence occur in the long text) and denies and
    /// debunks nothing contradicts it (an article exposing the three-breasted woman as a
    /// hoax against "Florida woman gets third breast"). The verdict's evidence on the long
    /// text's side is its first debunking sentence (rule `PAIR/DEBUNKING_TEXT`).
    pub debunking_text: bool,
    /// How many debunking words make a long text a debunking one (default 2): once may
    /// be about something else.
    pub debunking_text_min_cues: usize,
    /// The share of an affirmation's content words that the debunking text must use
    /// (default 0.5): it tells the same story.
    pub debunking_text_overlap: f64,
    /// Strict match score from which a clash stands whatever the texts agree on (default
    /// 0.75). Not applied when either text is long (see
    /// [`PairConfig::long_text_agreement`]).
    pub agreement_strict: f64,
    /// When either text is long, agreement on a denial outweighs any clash of no greater
    /// score, however strictly its propositions match (default true): an article that
    /// reports the same denial as a headline ("Doctor denies selfie") also reports the claim
    /// denied, and that report is no contradiction of the headline.
    pub long_text_agreement: bool,
    /// In a long text, a negation inside someone's quoted or reported words that is not a
    /// denial verb ("Simone says Manson doesn't want") is no denial of the text's own
    /// (default true): an article quotes many people saying many negative things; the
    /// article's own position shows in its narration and in explicit denials.
    pub long_text_quoted_negation: bool,
    /// When either text is long, a clash between two reported statements (each one
    /// attributed to a source, or hedged: "reportedly", "allegedly") is no contradiction
    /// of the texts (default true): both report a dispute between others, neither takes a
    /// side ("Doctor reportedly took selfie" against an article reporting the doctor's
    /// denial).
    pub long_text_reported_dispute: bool,
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
            threshold: 0.25,
            strict_weight: 0.6,
            shared_predicate_weight: 0.2,
            shared_words_weight: 0.8,
            shared_name_weight: 0.15,
            max_shared_names: 2,
            min_shared_words: 1,
            max_context: 300,
            confidence_negation: 0.85,
            negation_mismatch_factor: 0.5,
            support_bonus: 0.03,
            max_support_bonus: 0.15,
            long_text_statements: 6,
            long_text_min_names: 1,
            long_text_threshold: 0.55,
            refutation_threshold: 0.15,
            max_statements: 400,
            agreement_dominates: true,
            agreement_strict: 0.75,
            long_text_agreement: true,
            long_text_debunk_agreement: true,
            debunking_text: true,
            debunking_text_min_cues: 2,
            debunking_text_overlap: 0.5,
            long_text_quoted_negation: true,
            long_text_reported_dispute: true,
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
    /// The context of each statement (same order as `statements`): the content stems
    /// and names of the sentence holding it.
    pub contexts: Vec<Context>,
    /// The names of the whole text (see [`Context::names`]).
    pub names: HashSet<String>,
    /// Where the text calls something a hoax, fake, false… ([`Reader::debunk_cues`]):
    /// each word's span and its sentence (span and text, at most
    /// [`PairConfig::max_context`] bytes); filled by [`PairComparer::prepare`], empty
    /// otherwise.
    pub debunks: Vec<(Span, Span, String)>,
    /// Crude stems of the whole text's content words ([`content_stems`]).
    pub stems: HashSet<String>,
}

/// What a statement's sentence is about: its content words and its names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// Crude stems of the content words (closed-class words, negation and reporting
    /// words left out), see [`content_stems`].
    pub stems: HashSet<String>,
    /// Lower-case names: capitalised words that do not open the sentence, and the
    /// statement's canonical actor and object.
    pub names: HashSet<String>,
}

impl PairText {
    /// A text and its statements (sentences of at most `max_context` bytes around each).
    pub fn new(text: &str, statements: Vec<Statement>) -> PairText {
        PairText::with_context(text, statements, PairConfig::default().max_context)
    }

    /// A text and its statements, with contexts cut at `max_context` bytes.
    pub fn with_context(text: &str, statements: Vec<Statement>, max_context: usize) -> PairText {
        let sents = sentence_spans(text);
        let mut statements = statements;
        if let Some(s) = text_statement(text, &statements, &sents, max_context) {
            statements.push(s);
        }
        let contexts: Vec<Context> = statements
            .iter()
            .map(|s| {
                let (a, b) = sents
                    .iter()
                    .copied()
                    .find(|&(a, b)| a <= s.span.start && s.span.start < b)
                    .unwrap_or((s.span.start, s.span.end));
                let (a, b) = if b - a > max_context {
                    (s.span.start, s.span.end.min(s.span.start + max_context))
                } else {
                    (a, b)
                };
                let sent = text.get(a..b).unwrap_or(s.text.as_str());
                context_of(sent, s)
            })
            .collect();
        let mut names: HashSet<String> = HashSet::new();
        for (a, b) in &sents {
            names.extend(sentence_names(text.get(*a..*b).unwrap_or("")));
        }
        for c in &contexts {
            names.extend(c.names.iter().cloned());
        }
        PairText {
            statements,
            words: name_words(text).into_iter().collect(),
            contexts,
            names,
            debunks: Vec::new(),
            stems: content_stems(text),
        }
    }

    /// Statements only: the words are those of the statements' own texts.
    pub fn from_statements(statements: &[Statement]) -> PairText {
        let words = statements
            .iter()
            .flat_map(|s| name_words(&s.text))
            .collect();
        let contexts: Vec<Context> = statements.iter().map(|s| context_of(&s.text, s)).collect();
        let names = contexts
            .iter()
            .flat_map(|c| c.names.iter().cloned())
            .collect();
        PairText {
            statements: statements.to_vec(),
            words,
            stems: contexts
                .iter()
                .flat_map(|c| c.stems.iter().cloned())
                .collect(),
            contexts,
            names,
            debunks: Vec::new(),
        }
    }

    fn context(&self, i: usize, s: &Statement) -> Context {
        self.contexts
            .get(i)
            .cloned()
            .unwrap_or_else(|| context_of(&s.text, s))
    }
}

/// The rule id of the statement a text stands for when the reader found no committed
/// statement in it ([`PairText::with_context`]).
pub const TEXT_RULE: &str = "PAIR/TEXT";

/// The rule id of the refutation a debunking text stands for ([`PairConfig::debunking_text`]).
pub const DEBUNKING_TEXT_RULE: &str = "PAIR/DEBUNKING_TEXT";

/// A text the reader found no committed statement in ("Apple will shutdown Beats
/// Music": a noun read where the verb is) still states something: its first sentence,
/// narrated by the outlet, affirmed. Not for a question, nor for a text with a statement
/// on either side.
fn text_statement(
    text: &str,
    statements: &[Statement],
    sents: &[(usize, usize)],
    max_context: usize,
) -> Option<Statement> {
    if statements
        .iter()
        .any(|s| s.side() != Side::Neither || s.modality == Some(gainsay_core::Modality::Question))
    {
        return None;
    }
    let &(a, b) = sents
        .iter()
        .find(|(a, b)| !text[*a..*b].trim().is_empty())?;
    let first = text[a..b].trim_end();
    if first.ends_with('?') || content_stems(first).is_empty() || b - a > max_context {
        return None;
    }
    let start = a + (text[a..b].len() - text[a..b].trim_start().len());
    let span = Span::new(start, a + first.len());
    Some(outlet_statement(
        statements,
        "text",
        span,
        span.slice(text).to_string(),
        Stance::Report,
        Proposition::default(),
        TEXT_RULE,
    ))
}

/// A statement a pair verdict stands for in a text's own voice (the outlet's narration,
/// affirmed by `stance`): a text's first sentence ([`TEXT_RULE`]) or its debunking
/// ([`DEBUNKING_TEXT_RULE`]). Document and source are those of the text's statements.
fn outlet_statement(
    statements: &[Statement],
    id: &str,
    span: Span,
    text: String,
    stance: Stance,
    proposition: Proposition,
    rule: &'static str,
) -> Statement {
    let (doc, source) = statements
        .first()
        .map(|s| (s.doc.clone(), s.source.clone()))
        .unwrap_or_else(|| ("t".to_string(), None));
    Statement {
        id: format!("{doc}/{id}"),
        doc,
        source: source.clone(),
        published: None,
        span,
        text,
        holder: Holder {
            entities: Vec::new(),
            surface: source.unwrap_or_default(),
            speaker: None,
            outlet: true,
        },
        stance,
        polarity: Polarity::Positive,
        proposition,
        quantity: None,
        modality: None,
        slots: Slots::default(),
        rule,
        times: Times::default(),
    }
}

/// Sentence spans: split at `.`, `!`, `?` before a space and at line breaks; a
/// question keeps the short answer after it ("Did X do Y? Probably not").
fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut s = 0;
    for i in 0..b.len() {
        let c = b[i];
        // a period after a lone capital ("U.S.", "J. Smith") ends no sentence
        let initial = c == b'.'
            && i >= 1
            && b[i - 1].is_ascii_uppercase()
            && (i == 1 || !b[i - 2].is_ascii_alphanumeric());
        let end = c == b'\n'
            || (matches!(c, b'.' | b'!' | b'?')
                && !initial
                && (i + 1 == b.len() || b[i + 1].is_ascii_whitespace()));
        if end && i + 1 > s {
            out.push((s, i + 1));
            s = i + 1;
        }
    }
    if s < b.len() {
        out.push((s, b.len()));
    }
    out
}

fn context_of(sentence: &str, s: &Statement) -> Context {
    let mut names = sentence_names(sentence);
    for n in [&s.proposition.actor, &s.proposition.object]
        .into_iter()
        .flatten()
    {
        let w = name_words(n);
        if !w.is_empty() && !w.iter().all(|x| not_content(x)) {
            names.insert(w.join(" "));
        }
    }
    Context {
        stems: content_stems(sentence),
        names,
    }
}

/// Capitalised words that do not open their sentence (nor follow a colon), lower case,
/// closed-class and reporting words left out. In an all-capitalised headline this is
/// most of its words, which is no harm: they are the words it is about.
fn sentence_names(sentence: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut first = true;
    for tok in sentence.split_whitespace() {
        let w: String = tok
            .trim_matches(|c: char| !c.is_alphanumeric())
            .replace("'s", "")
            .replace("\u{2019}s", "");
        let opens = first;
        first = tok.ends_with([':', '?', '!', '.']);
        if w.chars().count() < 2 || opens {
            continue;
        }
        if w.chars().next().is_some_and(char::is_uppercase) {
            let low = w.to_lowercase();
            if !not_content(&low) {
                out.insert(low);
            }
        }
    }
    out
}

/// Whether `w` is one of [`NOT_CONTENT`] (a set lookup, not a scan of the list).
pub(crate) fn not_content(w: &str) -> bool {
    type Set = HashSet<&'static str, BuildHasherDefault<gainsay_core::hash::FxHasher>>;
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_CONTENT.iter().copied().collect())
        .contains(w)
}

/// Closed-class, negation, debunking and reporting words: none tells what a sentence is
/// about.
pub(crate) const NOT_CONTENT: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "another",
    "any",
    "are",
    "aren't",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "can't",
    "could",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "doing",
    "don't",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "got",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "isn't",
    "it",
    "its",
    "it's",
    "just",
    "like",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "wasn't",
    "we",
    "were",
    "weren't",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "won't",
    "would",
    "you",
    "your",
    "yes",
    "nope",
    "never",
    "still",
    "really",
    "actually",
    "probably",
    "likely",
    "says",
    "said",
    "say",
    "saying",
    "report",
    "reports",
    "reported",
    "reportedly",
    "claim",
    "claims",
    "claimed",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "story",
    "news",
    "hoax",
    "fake",
    "false",
    "true",
    "real",
    "denies",
    "denied",
    "deny",
    "update",
    "updated",
    "video",
    "photo",
    "watch",
    "via",
    "after",
    "amid",
    "despite",
    "here's",
    "heres",
    "way",
    "make",
    "makes",
    "made",
    "take",
    "takes",
    "took",
    "go",
    "goes",
    "went",
    "come",
    "comes",
    "came",
    "first",
    "last",
    "year",
    "years",
    "day",
    "days",
    "time",
    "people",
    "man",
    "woman",
    "today",
    "week",
    "s",
];

/// Crude stems of a text's content words: lower case, possessives and closed-class
/// words dropped, common inflections stripped, then cut to five letters ("arrested",
/// "arrest": "arres"). Numbers are kept whole.
pub fn content_stems(text: &str) -> HashSet<String> {
    let low = text.to_lowercase().replace('\u{2019}', "'");
    let mut out = HashSet::new();
    for w in low.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let w = w.trim_matches('\'');
        let w = w.strip_suffix("'s").unwrap_or(w);
        if w.chars().count() < 3 || not_content(w) {
            continue;
        }
        if w.chars().all(|c| c.is_ascii_digit()) {
            out.insert(w.to_string());
            continue;
        }
        let mut st = w;
        for suf in ["ing", "ed", "es", "s"] {
            if let Some(x) = st.strip_suffix(suf) {
                if x.chars().count() >= 3 {
                    st = x;
                    break;
                }
            }
        }
        out.insert(st.chars().take(5).collect());
    }
    out
}

/// How many names of `a` have a counterpart in `b` (equal, one containing the other as
/// a word, or fuzzily equal under `cfg`).
fn shared_names(a: &HashSet<String>, b: &HashSet<String>, cfg: &PairConfig) -> usize {
    a.iter()
        .filter(|x| {
            b.contains(*x)
                || b.iter()
                    .any(|y| names_agree(Some(x.as_str()), Some(y.as_str()), cfg) == Some(true))
        })
        .count()
}

/// Predicates too general to relate two statements by themselves.
const LIGHT_PREDICATES: &[&str] = &[
    "be", "have", "do", "say", "make", "get", "go", "take", "come", "give", "report", "claim",
    "assert",
];

/// The relatedness of two statements in `[0, 1]`: the strict proposition match, a shared
/// predicate, shared content words of their sentences and shared names, weighted by
/// `cfg` (see the module documentation).
pub fn relatedness(
    x: &Statement,
    cx: &Context,
    y: &Statement,
    cy: &Context,
    strict: f64,
    cfg: &PairConfig,
) -> f64 {
    let shared = cx.stems.intersection(&cy.stems).count();
    if shared < cfg.min_shared_words && strict <= 0.0 {
        return 0.0;
    }
    let (p, q) = (&x.proposition, &y.proposition);
    let same_pred = (p.predicate_key() == q.predicate_key() || p.predicate == q.predicate)
        && !LIGHT_PREDICATES.contains(&p.predicate.as_str());
    let small = cx.stems.len().min(cy.stems.len()).max(1);
    let overlap = shared as f64 / small as f64;
    let names = shared_names(&cx.names, &cy.names, cfg).min(cfg.max_shared_names);
    let r = cfg.strict_weight * strict
        + if same_pred {
            cfg.shared_predicate_weight
        } else {
            0.0
        }
        + cfg.shared_words_weight * overlap
        + cfg.shared_name_weight * names as f64;
    r.min(1.0)
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
    /// A headline's statement as a whole (rule [`HEADLINE_RULE`]) is left out: a verdict
    /// weighs the texts' words itself (see [`PairConfig`]).
    pub fn read(&self, doc: &Document) -> Vec<Statement> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.reader.read(doc)))
            .map(|r| {
                let mut v = r.statements;
                v.retain(|s| s.rule != HEADLINE_RULE);
                v
            })
            .unwrap_or_default()
    }

    /// Reads a text once for many verdicts.
    pub fn prepare(&self, doc: &Document) -> PairText {
        let mut t = PairText::with_context(&doc.text, self.read(doc), self.config.max_context);
        let text = doc.text.as_str();
        let cues = self.reader.debunk_cues(text);
        if !cues.is_empty() {
            let sents = sentence_spans(text);
            t.debunks = cues
                .into_iter()
                .map(|(span, _)| {
                    let k = sents.partition_point(|&(_, e)| e <= span.start);
                    let (a, e) = sents.get(k).copied().unwrap_or((span.start, span.end));
                    let b = (a + self.config.max_context..e)
                        .find(|&i| text.is_char_boundary(i))
                        .unwrap_or(e);
                    let sent = text[a..b].trim();
                    let a = a + text[a..b].find(sent).unwrap_or(0);
                    (span, Span::new(a, a + sent.len()), sent.to_string())
                })
                .collect();
        }
        t
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
        let v = self.clash_verdict(ta, tb);
        if v.conflict || !self.config.debunking_text {
            return v;
        }
        self.debunking_text_verdict(ta, tb, v.pairs_examined)
            .unwrap_or(v)
    }

    /// A long text that calls something a hoax, fake, false… at least
    /// [`PairConfig::debunking_text_min_cues`] times against a text that affirms a story
    /// the long text tells, and denies and debunks nothing (see
    /// [`PairConfig::debunking_text`]).
    fn debunking_text_verdict(
        &self,
        ta: &PairText,
        tb: &PairText,
        examined: usize,
    ) -> Option<Verdict> {
        let cfg = &self.config;
        for (long, other, long_is_b) in [(tb, ta, true), (ta, tb, false)] {
            if long.debunks.len() < cfg.debunking_text_min_cues || !other.debunks.is_empty() {
                continue;
            }
            let pl = self.committed(&long.statements);
            let po = self.committed(&other.statements);
            if pl.len() < cfg.long_text_statements
                || po.iter().any(|&(_, _, side)| side == Side::Denied)
            {
                continue;
            }
            // the affirmation most of whose content words the long text uses
            let mut best: Option<(f64, &Statement)> = None;
            for &(k, f, _) in &po {
                let c = other.context(k, f);
                if c.stems.is_empty() {
                    continue;
                }
                let overlap =
                    c.stems.intersection(&long.stems).count() as f64 / c.stems.len() as f64;
                if best.map_or(true, |(o, _)| overlap > o) {
                    best = Some((overlap, f));
                }
            }
            let (overlap, f) = best?;
            if overlap < cfg.debunking_text_overlap {
                continue;
            }
            let (_, span, sentence) = &long.debunks[0];
            let refutation = outlet_statement(
                &long.statements,
                "debunking-text",
                *span,
                sentence.clone(),
                Stance::Refute,
                f.proposition.clone(),
                DEBUNKING_TEXT_RULE,
            );
            let explanation = format!(
                "{} says that {} (\"{}\"), a story the other text tells and calls a hoax, fake or false {} times (\"{}\").",
                who(f),
                prop_text(&f.proposition),
                f.text,
                long.debunks.len(),
                sentence
            );
            let aff = Evidence {
                statement: f.clone(),
                side: Side::Affirmed,
            };
            let den = Evidence {
                statement: refutation,
                side: Side::Denied,
            };
            let (a, b) = if long_is_b { (aff, den) } else { (den, aff) };
            return Some(Verdict {
                conflict: true,
                score: overlap,
                kind: Some(ConflictKind::CrossSource),
                explanation,
                a: Some(a),
                b: Some(b),
                pairs_examined: examined,
            });
        }
        None
    }

    /// The statements that take a side ([`committed`]), less negations that deny no
    /// claim: a denial that something is a hoax ("the third breast is no hoax", "it was
    /// not a hoax": what it says is that the story is true), a refusal to speak ("the
    /// company did not comment": no proposition is denied), and a negated attitude ("the
    /// plumber isn't sure how", "Apple isn't happy with", "people don't approve", "never
    /// expected": a state of mind, see [`ATTITUDES`] and [`ATTITUDE_VERBS`]), and a
    /// possibility left open ("did not rule out strikes": strikes may come).
    fn committed<'s>(&self, st: &'s [Statement]) -> Vec<(usize, &'s Statement, Side)> {
        let mut out = committed(st, self.config.max_statements);
        out.retain(|&(_, s, side)| {
            let p = &s.proposition;
            !(side == Side::Denied
                && s.polarity == Polarity::Negative
                && !s.stance.is_denial()
                && (p.predicate == "be"
                    && p.object
                        .as_deref()
                        .is_some_and(|o| !self.reader.debunk_cues(o).is_empty())
                    || SPEAK.contains(&p.predicate.as_str()) && p.object.is_none()
                    || p.predicate == "be" && negated_attitude(&s.text)
                    || ATTITUDE_VERBS.contains(&p.predicate.as_str())
                    || matches!(p.predicate.as_str(), "rule out" | "exclude")))
        });
        out
    }

    /// [`PairComparer::committed`] and the affirmed speech acts ("Pope Francis told a
    /// boy that P", rule `CLAUSE/SPEECH_ACT`), which clash only with a denial of the
    /// speaking itself ([`speech_clash`]).
    fn with_speech_acts<'s>(&self, st: &'s [Statement]) -> Vec<(usize, &'s Statement, Side)> {
        let mut out = self.committed(st);
        out.extend(
            st.iter()
                .take(self.config.max_statements)
                .enumerate()
                .filter(|(_, s)| s.rule == CUE_RULE && s.side() == Side::Affirmed)
                .map(|(k, s)| (k, s, Side::Affirmed)),
        );
        out.sort_by_key(|&(k, _, _)| k);
        out
    }

    /// The verdict from the best clash of two statements.
    fn clash_verdict(&self, ta: &PairText, tb: &PairText) -> Verdict {
        let cfg = &self.config;
        let pa: Vec<(usize, &Statement, Side)> = self.with_speech_acts(&ta.statements);
        let pb: Vec<(usize, &Statement, Side)> = self.with_speech_acts(&tb.statements);
        // speech acts do not make a text long
        let na = pa.iter().filter(|(_, s, _)| s.rule != CUE_RULE).count();
        let nb = pb.iter().filter(|(_, s, _)| s.rule != CUE_RULE).count();
        let long = na >= cfg.long_text_statements || nb >= cfg.long_text_statements;
        let ca: Vec<Context> = pa.iter().map(|&(k, s, _)| ta.context(k, s)).collect();
        let cb: Vec<Context> = pb.iter().map(|&(k, s, _)| tb.context(k, s)).collect();
        // in a long text, a denial must name something the other text names
        let eligible = |c: &Context, side: Side, n_own: usize, other: &PairText| -> bool {
            !(side == Side::Denied
                && n_own >= cfg.long_text_statements
                && shared_names(&c.names, &other.names, cfg) < cfg.long_text_min_names)
        };
        let mut examined = 0usize;
        let mut best: Option<(f64, usize, usize)> = None;
        let mut best_strict = 0.0f64;
        // the strongest relation between a denial of each text: agreement
        let mut agree = 0.0f64;
        // related statements per (text, side): the support of a long text's side
        let mut support: [[usize; 2]; 2] = [[0; 2]; 2];
        for (i, (_, x, sx)) in pa.iter().enumerate() {
            if !eligible(&ca[i], *sx, na, tb) {
                continue;
            }
            for (j, (_, y, sy)) in pb.iter().enumerate() {
                if !eligible(&cb[j], *sy, nb, ta) {
                    continue;
                }
                if (x.rule == CUE_RULE || y.rule == CUE_RULE) && !speech_clash(x, *sx, y, *sy, cfg)
                {
                    continue;
                }
                if sx == sy {
                    if cfg.agreement_dominates && *sx == Side::Denied {
                        let strict = match_in_context(
                            &x.proposition,
                            &y.proposition,
                            &ta.words,
                            &tb.words,
                            cfg,
                        );
                        agree = agree.max(relatedness(x, &ca[i], y, &cb[j], strict, cfg));
                    }
                    continue;
                }
                examined += 1;
                let (d, cother, d_long) = if *sx == Side::Denied {
                    (*x, &cb[j], na >= cfg.long_text_statements)
                } else {
                    (*y, &ca[i], nb >= cfg.long_text_statements)
                };
                let f = if *sx == Side::Denied { *y } else { *x };
                if cfg.long_text_quoted_negation && d_long && quoted_negation(d) {
                    continue;
                }
                if cfg.long_text_reported_dispute && long && reported(d) && reported(f) {
                    continue;
                }
                let fit = match negation_fits(d, cother) {
                    None => continue,
                    Some(true) => 1.0,
                    Some(false) => cfg.negation_mismatch_factor,
                };
                let strict =
                    match_in_context(&x.proposition, &y.proposition, &ta.words, &tb.words, cfg);
                // one speaker denying P and saying Q ("the coach denied he was leaving",
                // "the coach said he is staying") said two things, not two sides: the
                // same holder clashes only over a matching proposition
                if strict <= 0.0
                    && !x.holder.outlet
                    && !y.holder.outlet
                    && holder_key(x) == holder_key(y)
                {
                    continue;
                }
                let m = relatedness(x, &ca[i], y, &cb[j], strict, cfg);
                if m <= 0.0 {
                    continue;
                }
                let s = m * fit * confidence(x, *sx, y, *sy, cfg);
                if s >= cfg.threshold {
                    support[0][usize::from(*sx == Side::Denied)] += 1;
                    support[1][usize::from(*sy == Side::Denied)] += 1;
                }
                if best.map_or(true, |(bs, _, _)| s > bs) {
                    best = Some((s, i, j));
                    best_strict = strict;
                }
            }
        }
        let Some((mut score, i, j)) = best else {
            return Verdict::none(
                format!(
                    "No proposition is affirmed in one text and denied in the other ({} and {} committed statements).",
                    na,
                    nb
                ),
                examined,
            );
        };
        if long {
            let (da, db) = (pa[i].2 == Side::Denied, pb[j].2 == Side::Denied);
            let more = support[0][usize::from(da)]
                .min(support[1][usize::from(db)])
                .max(support[0][usize::from(da)].max(support[1][usize::from(db)]));
            let bonus =
                (more.saturating_sub(1) as f64 * cfg.support_bonus).min(cfg.max_support_bonus);
            score = (score + bonus).min(1.0);
        }
        let (_, x, sx) = pa[i];
        let (_, y, sy) = pb[j];
        let explicit = if sx == Side::Denied { x } else { y }.stance.is_denial();
        let threshold = if long {
            cfg.long_text_threshold
        } else if explicit {
            cfg.refutation_threshold
        } else {
            cfg.threshold
        };
        let agreed = cfg.agreement_dominates
            && agree >= score
            && (best_strict < cfg.agreement_strict || long && cfg.long_text_agreement);
        // a refutation against a long text that debunks the same story itself
        let (d, other, n_other) = if sx == Side::Denied {
            (x, tb, nb)
        } else {
            (y, ta, na)
        };
        let refuting = d.rule.starts_with("DEBUNK/")
            || matches!(d.stance, Stance::Refute | Stance::Dismiss | Stance::Dispute);
        let agreed = agreed
            || cfg.long_text_debunk_agreement
                && refuting
                && n_other >= cfg.long_text_statements
                && !other.debunks.is_empty();
        let conflict = score >= threshold && !agreed;
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
            } else if agreed && score >= threshold {
                ": both texts deny a related proposition, they agree"
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

/// The statements that take a side. A reporting verb's own clause (rule
/// `CLAUSE/SPEECH_ACT`: "Comcast says P", "Apple denies report") states the speech act,
/// not a fact about the world: what it reports is a statement of its own, and "X
/// denies" read as an affirmed "X deny" contradicts nothing.
fn committed(st: &[Statement], max: usize) -> Vec<(usize, &Statement, Side)> {
    st.iter()
        .take(max)
        .enumerate()
        .filter(|(_, s)| s.rule != CUE_RULE && s.rule != ABOUT_DEBUNKED_RULE)
        .filter_map(|(k, s)| match s.side() {
            Side::Neither => None,
            // a negation inside a relative clause ("a friend who never showed up")
            // narrows a noun phrase; it denies nothing the sentence is about
            Side::Denied if s.rule == RELATIVE_RULE && !s.stance.is_denial() => None,
            side => Some((k, s, side)),
        })
        .collect()
}

/// Whether a speech act ("Pope Francis told a boy that P") meets the other statement: a
/// denial that the same speaker said or told anything ("Pope Francis did not tell boy P",
/// "did NOT say"), not what the speech reports.
fn speech_clash(x: &Statement, sx: Side, y: &Statement, sy: Side, cfg: &PairConfig) -> bool {
    let (act, other, side) = if x.rule == CUE_RULE {
        (x, y, sy)
    } else {
        (y, x, sx)
    };
    other.rule != CUE_RULE
        && side == Side::Denied
        && SAY.contains(&act.proposition.predicate.as_str())
        && SAY.contains(&other.proposition.predicate.as_str())
        && names_agree(
            act.proposition.actor.as_deref(),
            other.proposition.actor.as_deref(),
            cfg,
        ) == Some(true)
        // "did not tell the swimmer" denies telling him, not saying it at all
        && [
            (&act.proposition.object, &other.proposition.object),
            (&act.proposition.recipient, &other.proposition.recipient),
        ]
        .iter()
        .all(|(a, o)| o.is_none() || names_agree(a.as_deref(), o.as_deref(), cfg) == Some(true))
}

/// Adjectives of knowledge and feeling: negated after a copula ("isn't sure how", "not
/// happy with") they tell a state of mind, not that something did not happen.
pub const ATTITUDES: &[&str] = &[
    "sure",
    "certain",
    "convinced",
    "aware",
    "happy",
    "pleased",
    "impressed",
    "amused",
    "thrilled",
    "satisfied",
    "keen",
    "fond",
];

/// Verbs of liking and approving: negated ("people don't approve", "fans don't like
/// it") they tell a feeling, not that something did not happen.
pub const ATTITUDE_VERBS: &[&str] = &[
    "approve",
    "like",
    "love",
    "care",
    "mind",
    "enjoy",
    "appreciate",
    "expect",
    "anticipate",
];

/// Whether a copula's negation in `text` falls on an attitude ("Texas Plumber Isn't Sure
/// How Extremists", "Apple reportedly not happy with").
fn negated_attitude(text: &str) -> bool {
    let low = text.to_lowercase().replace('\u{2019}', "'");
    let words: Vec<&str> = low
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        (w[0] == "not" || w[0] == "never" || w[0].ends_with("n't"))
            && (ATTITUDES.contains(&w[1]) || ATTITUDE_VERBS.contains(&w[1]))
    })
}

/// Verbs of saying: "did not say" and "did not tell" deny the same speech act.
const SAY: &[&str] = &["say", "tell"];

/// Verbs of speaking that, negated and with nothing said, are a refusal to speak ("did
/// not comment"; not "say", whose negation denies what follows: "did not say P").
const SPEAK: &[&str] = &["comment", "speak", "talk", "elaborate", "disclose"];

/// The rule id of a relative clause.
const RELATIVE_RULE: &str = "CLAUSE/RELATIVE";

/// The rule id of a statement about a hoax or a fake itself ("viral hoax fools
/// internet"): it affirms nothing the hoax claimed.
const ABOUT_DEBUNKED_RULE: &str = "DEBUNK/ABOUT";

/// The rule id of a reporting verb's own clause.
const CUE_RULE: &str = "CLAUSE/SPEECH_ACT";

/// Whether a plain negation ("X did not do Y", not a denial or a debunk) speaks of what
/// the other statement's sentence speaks of: `Some(true)` when the negated predicate's
/// stem (or, for a copula or a light verb, its object's) occurs there, `Some(false)` when
/// not (the score is then scaled by [`PairConfig::negation_mismatch_factor`]), `None` for
/// a fragment (no actor, at most two words) or a negated imperative ("don't shoot"),
/// which contradicts nothing. Denials and debunks always fit.
fn negation_fits(d: &Statement, other: &Context) -> Option<bool> {
    if d.stance.is_denial() || d.rule.starts_with("DEBUNK/") && d.polarity == Polarity::Positive {
        return Some(true);
    }
    let low = d.text.trim_start().to_lowercase();
    if d.proposition.actor.is_none()
        && (d.text.split_whitespace().count() <= 2
            || low.starts_with("don't")
            || low.starts_with("do not")
            || low.starts_with("never"))
    {
        return None;
    }
    let p = &d.proposition;
    let key = if LIGHT_PREDICATES.contains(&p.predicate.as_str()) || p.predicate.is_empty() {
        p.object.as_deref().and_then(|o| name_words(o).pop())
    } else {
        Some(p.predicate.clone())
    };
    Some(match key {
        Some(k) => content_stems(&k).iter().all(|st| other.stems.contains(st)),
        None => true,
    })
}

fn hedged(s: &Statement) -> bool {
    s.modality.is_some()
}

/// A statement someone else is said to hold (not the outlet's narration), or a hedged
/// one ("reportedly"): a report of a claim, not the text's own commitment.
fn reported(s: &Statement) -> bool {
    !s.holder.outlet || hedged(s)
}

/// A negation inside someone's reported words that no denial verb carries ("Simone says
/// Manson doesn't want"), nor a debunk.
fn quoted_negation(d: &Statement) -> bool {
    !d.holder.outlet
        && !d.stance.is_denial()
        && d.polarity == Polarity::Negative
        && !d.rule.starts_with("DEBUNK/")
}

fn confidence(x: &Statement, sx: Side, y: &Statement, sy: Side, cfg: &PairConfig) -> f64 {
    let denial = if sx == Side::Denied { x } else { y };
    let _ = sy;
    if !denial.stance.is_denial() && denial.holder.outlet {
        cfg.confidence_negation
    } else if hedged(x) || hedged(y) {
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
