//! Clause reading: verb groups, their subjects, objects and recipients; attribution of
//! clauses to holders through speech-act cues; anaphora to earlier propositions.
//!
//! Rule ids name the construction that produced a statement:
//!
//! | id | construction |
//! |---|---|
//! | `CLAUSE/SVO` | a finite clause stated by the outlet |
//! | `CLAUSE/CUE` | a reporting verb stated as a fact ("X tweeted about Y", "X did not say P") |
//! | `CLAUSE/SPEECH_ACT` | a reporting verb's own clause when what it reports is read apart, or a denial verb ("X says P", "X denies"): the act, not a fact; no pair verdict rests on it |
//! | `CLAUSE/RELATIVE` | a relative clause ("a friend who never showed up") |
//! | `CLAUSE/PASSIVE` | a passive clause (the agent of "by" is the actor) |
//! | `CLAUSE/INF` | an infinitive ("promised to provide") |
//! | `CLAUSE/GERUND` | a gerund ("of using drones") |
//! | `CLAUSE/PARTICIPLE` | a reduced relative ("drones used by Russian forces") |
//! | `NOMINAL/EVENT` | an event noun ("through the supply of drones to Russia") |
//! | `ATTR/SAY` | content of a reporting verb ("X said (that) P", "X told Y that P") |
//! | `ATTR/SAY_AFTER` | reporting verb after its content ("P, X said") |
//! | `ATTR/ACCORDING_TO` | "according to X, P" |
//! | `ATTR/ACCUSE_OF` | "X accused Y of V-ing" |
//! | `ATTR/NOUN` | nominal claims ("allegations that P", "claims about X V-ing") |
//! | `ATTR/ANAPHOR` | a denial of an earlier proposition ("Tehran denies the allegations") |

// Token scanning indexes several arrays at once and reads clearer with explicit indices;
// the grammar conditions read as written in the comments beside them.
#![allow(clippy::needless_range_loop, clippy::nonminimal_bool)]

use crate::lexicon::{cls, vf, AliasKind, Cue};
use crate::reader::Reader;
use crate::token::{Pos, Tok};
use crate::types::*;
use gainsay_time::Interval;
use std::borrow::Cow;

/// A person met in the document.
#[derive(Debug, Clone)]
struct Person {
    full: String,
    surname: String,
    entity: Option<String>,
}

/// A cue's group of statements, for anaphora.
#[derive(Debug, Clone)]
struct CueGroup {
    sentence: usize,
    statements: Vec<usize>,
}

/// Per-document state.
pub(crate) struct DocCtx<'r> {
    reader: &'r Reader,
    doc: &'r Document,
    persons: Vec<Person>,
    last_person: Option<usize>,
    last_entity: Option<String>,
    out: Vec<Statement>,
    groups: Vec<CueGroup>,
    sentence: usize,
    doc_interval: Option<Interval>,
    timexes: Vec<gainsay_time::Timex>,
    refs: Vec<gainsay_time::TimeRef>,
    /// Indices of `timexes` and of `refs` sorted by start offset: a clause looks up the
    /// references inside its sentence by binary search, not by a scan of the document
    /// (which made reading quadratic in a long document with many time expressions).
    timex_order: Vec<usize>,
    ref_order: Vec<usize>,
}

impl<'r> DocCtx<'r> {
    pub(crate) fn new(reader: &'r Reader, doc: &'r Document) -> DocCtx<'r> {
        let doc_interval = doc.published.map(|d| Interval {
            start: Some(d),
            end: d.tomorrow().ok(),
        });
        let (mut timexes, mut refs) = (Vec::new(), Vec::new());
        if let (Some(tagger), Some(cal)) = (&reader.time, &reader.calendar) {
            (timexes, refs) = gainsay_time::EventTimeResolver::new(tagger, cal).tag_and_resolve(
                &doc.text,
                0,
                doc.published,
            );
        }
        let mut timex_order: Vec<usize> = (0..timexes.len()).collect();
        timex_order.sort_by_key(|&i| (timexes[i].start, i));
        let mut ref_order: Vec<usize> = (0..refs.len()).collect();
        ref_order.sort_by_key(|&i| (refs[i].start, i));
        DocCtx {
            timexes,
            refs,
            timex_order,
            ref_order,
            reader,
            doc,
            persons: Vec::new(),
            last_person: None,
            last_entity: None,
            // about one statement per 50 bytes of text: room enough that the vector of
            // (large) statements seldom grows and copies itself (`Reader::read` shrinks it)
            out: Vec::with_capacity(doc.text.len() / 32 + 4),
            groups: Vec::new(),
            sentence: 0,
            doc_interval,
        }
    }

    pub(crate) fn finish(self) -> Vec<Statement> {
        let mut out = self.out;
        for (i, s) in out.iter_mut().enumerate() {
            // "{doc}/s{i}", without the formatting machinery
            let mut id = String::with_capacity(s.doc.len() + 8);
            id.push_str(&s.doc);
            id.push_str("/s");
            push_decimal(&mut id, i);
            s.id = id;
        }
        out
    }
}

/// Appends `n` in decimal.
fn push_decimal(out: &mut String, n: usize) {
    let mut buf = [0u8; 20];
    let mut k = buf.len();
    let mut x = n;
    loop {
        k -= 1;
        buf[k] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    out.extend(buf[k..].iter().map(|&b| char::from(b)));
}

/// A noun phrase: tokens `[s, e)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Np {
    s: usize,
    e: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Finite,
    Inf,
    Gerund,
    Participle,
}

/// Adverbial particles that make a phrasal verb on their own ("carry out", "step down");
/// a preposition alone ("come after X") does not.
const PARTICLES: [&str; 14] = [
    "up", "down", "out", "off", "back", "away", "over", "around", "forward", "aside", "ahead",
    "apart", "together", "along",
];

/// Verbs whose object is the subject of a following infinitive ("urged Iran to stop").
const OBJECT_CONTROL: [&str; 22] = [
    "ask",
    "urge",
    "tell",
    "demand",
    "allow",
    "force",
    "want",
    "help",
    "order",
    "invite",
    "encourage",
    "persuade",
    "require",
    "expect",
    "call on",
    "press",
    "warn",
    "advise",
    "permit",
    "enable",
    "compel",
    "instruct",
];

/// Verbs whose passive keeps an object ("was given drones", "were sold arms").
const DITRANSITIVE: [&str; 12] = [
    "give", "offer", "award", "grant", "send", "show", "pay", "promise", "sell", "hand", "lend",
    "supply",
];

/// Nouns whose possessor is the subject of "N is to V" ("our policy is to respect ...").
const INTENT_NOUNS: [&str; 9] = [
    "policy",
    "plan",
    "aim",
    "goal",
    "intention",
    "position",
    "strategy",
    "decision",
    "priority",
];

/// A verb group.
#[derive(Debug, Clone)]
struct Group<'r> {
    first: usize,
    head: usize,
    /// one past the last token of the predicate (particles included)
    pend: usize,
    /// The verb's lemma: borrowed from the lexicon (or a literal) unless built here (a
    /// guessed lemma, a phrasal verb's particles).
    lemma: Cow<'r, str>,
    kind: Kind,
    neg: bool,
    passive: bool,
    modality: Option<Modality>,
    copula: bool,
}

#[derive(Debug, Clone)]
struct Clause<'r> {
    g: Group<'r>,
    subj: Option<Np>,
    obj: Option<Np>,
    recip: Option<Np>,
    /// actor after voice: subject, or the agent of a passive
    actor: Option<Np>,
    theme: Option<Np>,
    cue: Option<Cue>,
    /// holder assigned by attribution: (holder np, cue span tokens, stance, rule)
    attr: Option<Attr>,
    /// proposition's actor forced by a construction (accuse X of V-ing)
    forced_actor: Option<Np>,
    rule: &'static str,
}

#[derive(Debug, Clone, Copy)]
struct Attr {
    holder: Option<Np>,
    cue: (usize, usize),
    stance: Stance,
    rule: &'static str,
    group: usize,
}

fn is_verbish(p: Pos) -> bool {
    matches!(p, Pos::Verb | Pos::Aux | Pos::Modal)
}

/// Finds verb groups.
fn groups<'r>(r: &'r Reader, t: &[Tok]) -> Vec<Group<'r>> {
    let lex = &r.lex;
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let p = t[i].pos;
        let starts_inf = p == Pos::To
            && i + 1 < n
            && t[i + 1].pos == Pos::Verb
            && t[i + 1].vforms & vf::BASE != 0;
        let starts_inf_adv = p == Pos::To
            && i + 2 < n
            && t[i + 1].pos == Pos::Adv
            && t[i + 2].pos == Pos::Verb
            && t[i + 2].vforms & vf::BASE != 0;
        if !(is_verbish(p) || starts_inf || starts_inf_adv) {
            i += 1;
            continue;
        }
        let first = i;
        let mut j = i;
        let mut neg = false;
        let mut be = false;
        let mut have = false;
        let mut head = None;
        let mut aux_only_last = i;
        let mut modal = None;
        while j < n {
            let tk = &t[j];
            match tk.pos {
                Pos::To if j == first => {}
                Pos::Modal => {
                    if head.is_some() {
                        break;
                    }
                    modal = lex.modality.get(tk.lower).copied().or(modal);
                    aux_only_last = j;
                }
                Pos::Aux => {
                    if head.is_some() {
                        break;
                    }
                    if matches!(
                        tk.lower,
                        "be" | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "been"
                            | "being"
                            | "am"
                            | "'re"
                            | "'m"
                    ) {
                        be = true;
                    } else if matches!(tk.lower, "has" | "have" | "had" | "having" | "'ve") {
                        have = true;
                    }
                    aux_only_last = j;
                }
                Pos::Neg => neg = true,
                Pos::Adv => {}
                Pos::Comma => {
                    // "have, however, strongly rejected": skip an adverbial parenthetical
                    let mut z = j + 1;
                    while z < n && z <= j + 3 && t[z].pos == Pos::Adv {
                        z += 1;
                    }
                    if z > j + 1 && z < n && t[z].pos == Pos::Comma {
                        j = z;
                    } else {
                        break;
                    }
                }
                Pos::Quote if j > first => {}
                Pos::Verb
                    if head.is_none()
                        && be
                        && matches!(tk.lower, "going" | "gon")
                        && j + 2 < n
                        && t[j + 1].lower == "to"
                        && (t[j + 2].pos == Pos::Aux
                            || t[j + 2].pos == Pos::Verb && t[j + 2].vforms & vf::BASE != 0) =>
                {
                    // "isn't going to be selling": "be going to" is a future auxiliary
                    modal = Some(Modality::Future);
                    be = false;
                    j += 1;
                }
                Pos::Verb
                    if head.is_none()
                        && matches!(tk.lower, "get" | "gets" | "got" | "gotten" | "getting")
                        && j + 1 < n
                        && t[j + 1].pos == Pos::Verb
                        && t[j + 1].vforms & vf::PART != 0
                        && t[j + 1].lower.ends_with("ed") =>
                {
                    // "did not get arrested": "get" is a passive auxiliary
                    be = true;
                    aux_only_last = j;
                }
                Pos::Verb => {
                    if head.is_some() {
                        break;
                    }
                    head = Some(j);
                    j += 1;
                    break;
                }
                _ => break,
            }
            j += 1;
        }
        let Some(h) = head.or_else(|| {
            // aux-only group: copula / possession ("is ready", "has good relations")
            (aux_only_last >= first && t[aux_only_last].pos == Pos::Aux).then_some(aux_only_last)
        }) else {
            i = j.max(i + 1);
            continue;
        };
        // "never provided": a negation just before the group
        let mut b = first;
        while b > 0 && matches!(t[b - 1].pos, Pos::Adv | Pos::Neg) {
            b -= 1;
            if t[b].pos == Pos::Neg && t[first].pos != Pos::To {
                neg = true;
            }
        }
        // "may or may not hold": no negation, a possibility
        if neg
            && (b..h).any(|k| {
                t[k].pos == Pos::Neg
                    && k >= 3
                    && t[k - 2].lower == "or"
                    && t[k - 1].lower == t[k - 3].lower
            })
        {
            neg = false;
            modal = Some(Modality::Possible);
        }
        let copula = head.is_none();
        let tok = &t[h];
        let lemma: Cow<'r, str> = if copula {
            Cow::Borrowed(match tok.lower {
                "has" | "have" | "had" | "having" | "'ve" => "have",
                "do" | "does" | "did" => "do",
                _ => "be",
            })
        } else {
            match tok.lemma {
                Some(l) => Cow::Borrowed(lex.lemmas[l as usize].as_str()),
                None => Cow::Owned(crate::token::guess_lemma(lex, tok.lower)),
            }
        };
        // particles of phrasal verbs
        let mut pend = h + 1;
        let mut lemma = lemma;
        if !copula {
            if let Some(parts) = lex.phrasal.get(lemma.as_ref()) {
                for p in parts {
                    let k = p.len();
                    if pend + k <= n
                        && p.iter().zip(&t[pend..pend + k]).all(|(a, b)| *a == b.lower)
                        && (k > 1 || PARTICLES.contains(&p[0].as_str()))
                    {
                        lemma = Cow::Owned(format!("{lemma} {}", p.join(" ")));
                        pend += k;
                        break;
                    }
                }
            }
        }
        let forms = tok.vforms;
        let kind = if t[first].pos == Pos::To {
            Kind::Inf
        } else if !copula && first == h && forms & vf::ING != 0 && tok.lower.ends_with("ing") {
            Kind::Gerund
        } else if !copula
            && first == h
            && forms & vf::PART != 0
            && (forms & (vf::PAST | vf::BASE | vf::PRES3) == 0
                || participle_context(t, h)
                    && !(lex.verb_cues.contains_key(lemma.as_ref())
                        && !t[h + 1..].iter().take(3).any(|x| x.lower == "by")))
        {
            Kind::Participle
        } else {
            Kind::Finite
        };
        let passive = (!copula && be && forms & vf::PART != 0 && tok.lower != "being")
            || kind == Kind::Participle;
        let _ = have;
        // modality from words just before the group ("ready to", "plans to")
        let mut modality = modal;
        if kind == Kind::Inf {
            modality = modality_before(r, t, first).or(modality);
        }
        for k in first..h {
            if let Some(m) = lex.modality.get(t[k].lower) {
                modality = Some(*m);
            }
        }
        // a hedging adverb just before the group ("reportedly took", "allegedly used")
        let mut k = first;
        while modality.is_none() && k > 0 && first - k < 2 && t[k - 1].pos == Pos::Adv {
            k -= 1;
            modality = lex.modality.get(t[k].lower).copied();
        }
        out.push(Group {
            first,
            head: h,
            pend,
            lemma,
            kind,
            neg,
            passive,
            modality,
            copula,
        });
        i = pend.max(i + 1);
    }
    out
}

/// A past participle standing after a noun phrase or comma, with a finite verb before it
/// or "by" after it: a reduced relative.
fn participle_context(t: &[Tok], h: usize) -> bool {
    let prev = if h > 0 { Some(t[h - 1].pos) } else { None };
    let by_after = t[h + 1..].iter().take(8).any(|x| x.lower == "by");
    let finite_before = t[..h]
        .iter()
        .any(|x| x.pos == Pos::Verb || x.pos == Pos::Aux);
    let allegedly = h > 0 && t[h - 1].pos == Pos::Adv;
    // headline ellipsis: "Banksy not arrested" (no auxiliary anywhere before)
    if h > 1
        && t[h - 1].pos == Pos::Neg
        && t[h - 2].pos.nominal()
        && t[h - 2].pos != Pos::Pron
        && !t[..h]
            .iter()
            .any(|x| matches!(x.pos, Pos::Aux | Pos::Modal | Pos::Verb))
        && !t.get(h + 1).is_some_and(|x| {
            matches!(
                x.pos,
                Pos::Det | Pos::Poss | Pos::Propn | Pos::Num | Pos::Pron | Pos::Noun | Pos::Adj
            )
        })
    {
        return true;
    }
    // "Woman detained in Lebanon is not X": a participle after a phrase at the start,
    // followed by prepositional phrases and then the sentence's finite verb
    if h > 0 && matches!(prev, Some(Pos::Noun | Pos::Propn)) && !finite_before {
        let mut z = h + 1;
        let mut preps = 0;
        while z < t.len()
            && (t[z].pos.nominal() || matches!(t[z].pos, Pos::Prep | Pos::Time | Pos::Adv))
        {
            preps += usize::from(t[z].pos == Pos::Prep);
            z += 1;
        }
        if preps > 0
            && h + 1 < t.len()
            && t[h + 1].pos == Pos::Prep
            && z < t.len()
            && matches!(t[z].pos, Pos::Aux | Pos::Modal)
        {
            return true;
        }
    }
    // a participle takes no direct object: "accused Russia" is finite
    let mut k = h + 1;
    while k < t.len() && t[k].pos == Pos::Adv {
        k += 1;
    }
    if k < t.len()
        && matches!(
            t[k].pos,
            Pos::Det | Pos::Poss | Pos::Propn | Pos::Num | Pos::Pron | Pos::Noun | Pos::Adj
        )
    {
        return false;
    }
    (finite_before && matches!(prev, Some(Pos::Noun | Pos::Propn | Pos::Comma | Pos::Adv)))
        || (by_after && matches!(prev, Some(Pos::Noun | Pos::Comma)))
        || allegedly && finite_before
}

fn modality_before(r: &Reader, t: &[Tok], to: usize) -> Option<Modality> {
    // "ready to", "plans to", "is set to", "expected to"
    // "{words} to", built in one buffer
    let mut p = String::new();
    for back in (1..=3).rev() {
        if to < back {
            continue;
        }
        p.clear();
        for (k, x) in t[to - back..to].iter().enumerate() {
            if k > 0 {
                p.push(' ');
            }
            p.push_str(x.lower);
        }
        p.push_str(" to");
        if let Some(m) = r.lex.modality.get(&p) {
            return Some(*m);
        }
    }
    None
}

/// Whether most of a sentence's words are in lower case (not a title-case headline).
fn sentence_case(t: &[Tok]) -> bool {
    let words = t.iter().filter(|x| x.word).count();
    let caps = t.iter().filter(|x| x.word && x.cap).count();
    words >= 4 && caps * 2 < words
}

/// Nominal tokens that may be inside a noun phrase.
fn np_tok(t: &Tok) -> bool {
    t.pos.nominal() && !(t.pos == Pos::Pron && t.closed & cls::SUB != 0)
}

/// The noun phrase ending just before `end` (exclusive), with "of"/"and" extensions.
fn np_left(t: &[Tok], end: usize, floor: usize) -> Option<Np> {
    if end > floor && t[end - 1].pos == Pos::Pron {
        return Some(Np { s: end - 1, e: end });
    }
    let mut s = end;
    while s > floor
        && (np_tok(&t[s - 1]) && t[s - 1].pos != Pos::Pron || inner_punct(t, s - 1, floor))
    {
        s -= 1;
    }
    while s < end && !t[s].pos.nominal() {
        s += 1;
    }
    if s >= end || !t[s..end].iter().any(|x| x.pos.head()) {
        return None;
    }
    // extend over "of NP" / "and NP" leftwards
    loop {
        if s >= floor + 2 && matches!(t[s - 1].lower, "of" | "and" | "&") {
            let mut k = s - 1;
            while k > floor && (np_tok(&t[k - 1]) || inner_punct(t, k - 1, floor)) {
                k -= 1;
            }
            if k < s - 1 && t[k..s - 1].iter().any(|x| x.pos.head()) {
                s = k;
                continue;
            }
        }
        break;
    }
    Some(Np { s, e: end })
}

fn inner_punct(t: &[Tok], i: usize, floor: usize) -> bool {
    // quotes or hyphens inside a noun phrase: so-called “kamikaze” drones
    t[i].pos == Pos::Quote && i > floor && i + 1 < t.len() && np_tok(&t[i + 1]) && np_tok(&t[i - 1])
}

/// The noun phrase starting at `s`.
fn np_right(t: &[Tok], s: usize, limit: usize) -> Option<Np> {
    let mut s = s;
    while s < limit && (t[s].pos == Pos::Quote || t[s].pos == Pos::Adv && t[s].lower == "only") {
        s += 1;
    }
    let mut e = s;
    while e < limit
        && (np_tok(&t[e])
            || (t[e].pos == Pos::Quote && e > s && e + 1 < limit && np_tok(&t[e + 1])))
    {
        // a pronoun only starts a phrase
        if t[e].pos == Pos::Pron && e > s {
            break;
        }
        e += 1;
        if t[e - 1].pos == Pos::Pron {
            break;
        }
    }
    // coordination: "Ukrainian and American officials", "drones and missiles"
    while e + 1 < limit
        && matches!(t[e].lower, "and" | "or" | "&")
        && np_tok(&t[e + 1])
        && t[e + 1].pos != Pos::Pron
    {
        let mut z = e + 1;
        while z < limit && np_tok(&t[z]) && t[z].pos != Pos::Pron {
            z += 1;
        }
        e = z;
    }
    // a phrase ends with its head: "900 aircraft last (year)"
    while e > s && !t[e - 1].pos.head() {
        e -= 1;
    }
    if e == s {
        return None;
    }
    Some(Np { s, e })
}

/// Extends an object phrase over "of NP" ("a small number of drones", "the transfer of drones").
fn of_extension(t: &[Tok], np: Np, limit: usize) -> Option<Np> {
    if np.e + 1 < limit && t[np.e].lower == "of" {
        return np_right(t, np.e + 1, limit);
    }
    None
}

fn skip_adverbials(t: &[Tok], mut i: usize, limit: usize) -> usize {
    while i < limit && matches!(t[i].pos, Pos::Adv | Pos::Neg) {
        i += 1;
    }
    i
}

/// Skips prepositional phrases and time words leftwards; returns the index just after the
/// subject noun phrase candidate.
fn subject_of(t: &[Tok], first: usize, floor: usize) -> Option<Np> {
    let mut j = first;
    let mut hops = 0;
    loop {
        hops += 1;
        if hops > 8 || j <= floor {
            return None;
        }
        let p = t[j - 1].pos;
        match p {
            Pos::Adv | Pos::Neg | Pos::Quote => j -= 1,
            Pos::Time => {
                j -= 1;
                while j > floor
                    && matches!(t[j - 1].pos, Pos::Time | Pos::Det | Pos::Num | Pos::Adj)
                {
                    j -= 1;
                }
                if j > floor && matches!(t[j - 1].pos, Pos::Prep) {
                    j -= 1;
                }
            }
            Pos::Comma => {
                // appositive ", 51," / ", a close ally of X," / ", however,"
                let mut k = j - 1;
                let mut ok = false;
                while k > floor {
                    k -= 1;
                    if t[k].pos == Pos::Comma {
                        ok = true;
                        break;
                    }
                    if is_verbish(t[k].pos) || t[k].pos == Pos::Sub {
                        break;
                    }
                }
                if ok && k > floor && t[k - 1].pos.nominal() {
                    j = k;
                } else {
                    // a non-restrictive relative clause: "Toyota, which builds cars, raised"
                    let mut z = j - 1;
                    let mut found = None;
                    while z > 0 && j - z < 40 {
                        z -= 1;
                        if t[z].pos == Pos::Comma
                            && z + 1 < t.len()
                            && matches!(t[z + 1].lower, "which" | "who" | "whose")
                        {
                            found = Some(z);
                            break;
                        }
                    }
                    match found {
                        Some(z) if z > 0 && t[z - 1].pos.nominal() => {
                            return np_left(t, z, 0);
                        }
                        _ => return None,
                    }
                }
            }
            _ if t[j - 1].pos.nominal() => {
                let np = np_left(t, j, floor)?;
                // a noun phrase inside a prepositional phrase is not the subject (but
                // "before Russian troops invaded": a subordinator before a clause)
                if np.s > floor
                    && matches!(t[np.s - 1].pos, Pos::Prep)
                    && t[np.s - 1].lower != "of"
                    && t[np.s - 1].closed & cls::SUB == 0
                {
                    j = np.s - 1;
                    continue;
                }
                if np.s > floor && t[np.s - 1].pos == Pos::Time {
                    return Some(np);
                }
                return Some(np);
            }
            _ => return None,
        }
    }
}

/// Reads one sentence's tokens into statements.
pub(crate) fn read_sentence(ctx: &mut DocCtx<'_>, t: &mut [Tok]) {
    let r = ctx.reader;
    ctx.sentence += 1;
    let t: &[Tok] = t;
    let n = t.len();
    if n == 0 {
        return;
    }
    register_persons(ctx, t);
    let gs = groups(r, t);
    #[cfg(debug_assertions)]
    if std::env::var_os("GAINSAY_DEBUG").is_some() {
        let tags: Vec<String> = t
            .iter()
            .map(|x| format!("{}/{:?}", x.lower, x.pos))
            .collect();
        eprintln!("SENT {}", tags.join(" "));
        for g in &gs {
            eprintln!(
                "  GROUP {} {:?} passive={} head={}",
                g.lemma, g.kind, g.passive, t[g.head].lower
            );
        }
    }
    if gs.is_empty() {
        return;
    }
    let question = t.last().is_some_and(|x| x.lower == "?");
    // clause structure
    let mut clauses: Vec<Clause<'_>> = Vec::with_capacity(gs.len());
    for (gi, g) in gs.iter().enumerate() {
        let next_first = gs.get(gi + 1).map(|x| x.first).unwrap_or(n);
        // subject
        let floor = clause_floor(t, g.first, &gs, gi);
        let mut subj = None;
        let mut relative = false;
        match g.kind {
            Kind::Finite => {
                // the relative pronoun before the group, through "never", "not", adverbs
                let mut rel = g.first;
                while rel > 0 && matches!(t[rel - 1].pos, Pos::Adv | Pos::Neg) {
                    rel -= 1;
                }
                if rel > 0
                    && t[rel - 1].pos == Pos::Sub
                    && matches!(t[rel - 1].lower, "who" | "which" | "that")
                {
                    let k = rel - 1;
                    let k2 = if k > 0 && t[k - 1].pos == Pos::Comma {
                        k - 1
                    } else {
                        k
                    };
                    subj = np_left(t, k2, 0);
                    relative = true;
                } else {
                    subj = subject_of(t, g.first, floor);
                    // "Woman detained in Lebanon is not X": the phrase before a reduced
                    // relative and its prepositional phrases
                    if subj.is_none() {
                        subj = subject_before_participle(t, g.first, &clauses);
                    }
                    // "GM closed plants and cut jobs": a coordinated verb shares the subject
                    if subj.is_none() && g.first > 0 && t[g.first - 1].pos == Pos::Conj {
                        subj = clauses
                            .iter()
                            .rev()
                            .find(|c: &&Clause<'_>| c.g.kind == Kind::Finite && c.subj.is_some())
                            .and_then(|c| c.subj);
                    }
                }
            }
            Kind::Participle => {
                subj = None;
            }
            Kind::Gerund | Kind::Inf => {}
        }
        // object
        let mut obj = None;
        let mut recip = None;
        let limit = next_first.min(n);
        let mut k = skip_adverbials(t, g.pend, limit);
        let is_cue = r.lex.verb_cues.contains_key(g.lemma.as_ref());
        if k < limit && !(g.copula && g.lemma == "be") {
            if let Some(np) = np_right(t, k, limit) {
                // "said Tehran was ready": the subject of a complement clause, not an object
                let mut z = np.e;
                while z < n && t[z].pos == Pos::Adv {
                    z += 1;
                }
                let clause_follows = z < n
                    && (matches!(t[z].pos, Pos::Aux | Pos::Modal)
                        || t[z].pos == Pos::Verb && t[z].vforms & (vf::PAST | vf::PRES3) != 0);
                let cue_like = r.lex.verb_cues.contains_key(g.lemma.as_ref())
                    || matches!(t[z.min(n - 1)].pos, Pos::Aux | Pos::Modal);
                if clause_follows && cue_like && !g.passive {
                    k = n;
                }
            }
        }
        if g.copula && g.lemma == "be" && k < limit {
            // the complement of a copula: "X is not Y", "X is safe", "X is alive"
            if let Some(np) = np_right(t, k, limit) {
                obj = Some(np);
            } else {
                let mut z = k;
                while z < limit && t[z].pos == Pos::Adj {
                    z += 1;
                }
                if z > k {
                    obj = Some(Np { s: k, e: z });
                }
            }
        }
        if k < limit && !(g.copula && g.lemma == "be") {
            if let Some(np) = np_right(t, k, limit) {
                obj = Some(np);
                k = np.e;
            }
        }
        // with-frame: "supplied Moscow with drones"
        let class = r
            .lex
            .pred_verbs
            .get(g.lemma.as_ref())
            .map(|&c| &r.lex.pred_classes[c as usize]);
        let mut kk = k;
        // skip a parenthetical ", including drones,"
        if kk + 1 < limit
            && t[kk].pos == Pos::Comma
            && matches!(t[kk + 1].lower, "including" | "in" | "such")
        {
            let mut z = kk + 1;
            while z < limit && t[z].pos != Pos::Comma {
                z += 1;
            }
            if z < limit {
                kk = z + 1;
            }
        }
        if kk < limit {
            let w = t[kk].lower;
            if w == "with" && class.is_some_and(|c| c.with_frame) && obj.is_some() {
                if let Some(np2) = np_right(t, kk + 1, limit) {
                    recip = obj;
                    obj = Some(np2);
                }
            } else if (w == "to" && !is_cue && class.map_or(true, |c| c.to_frame))
                || (w == "for" && class.is_some_and(|c| c.name != "-"))
            {
                if let Some(np2) = np_right(t, kk + 1, limit) {
                    if !(w == "to" && kk + 1 < n && t[kk + 1].pos == Pos::Verb) {
                        recip = Some(np2);
                    }
                }
            }
        }
        // actor and theme by voice
        let (mut actor, mut theme) = (subj, obj);
        if g.passive {
            theme = subj;
            actor = None;
            if g.kind == Kind::Participle {
                // "drones, Shahed-136 and Mohajer-6, allegedly used in Ukraine by Russian forces"
                let mut b = g.first;
                while b > 0 && matches!(t[b - 1].pos, Pos::Adv | Pos::Neg) {
                    b -= 1;
                }
                if b > 0 && t[b - 1].pos == Pos::Comma {
                    b -= 1;
                }
                theme = np_left(t, b, 0);
            }
            // by-agent
            let mut z = g.pend;
            while z < limit {
                if t[z].lower == "by" {
                    actor = np_right(t, z + 1, limit);
                    break;
                }
                if is_verbish(t[z].pos) || t[z].pos == Pos::Sub {
                    break;
                }
                z += 1;
            }
            if obj.is_some()
                && g.kind != Kind::Participle
                && DITRANSITIVE.contains(&g.lemma.as_ref())
            {
                // "was given drones": keep the object as theme
                theme = obj.or(theme);
            }
        }
        let cue = if g.kind != Kind::Participle {
            r.lex.verb_cues.get(g.lemma.as_ref()).copied()
        } else {
            None
        };
        let mut modality = g.modality;
        if question {
            modality = Some(Modality::Question);
        }
        // the word opening the clause, right before its subject: "if Apple buys Path"
        // is a condition, and "so (that) he won't turn"
        // (no comma before "so") a purpose
        if matches!(g.kind, Kind::Finite) {
            let open = subj.map_or(g.first, |s| s.s.min(g.first));
            if open > 0 {
                let mut w = t[open - 1].lower;
                // "if only", "even if", "as if": "if only a bird really did poop on him"
                if w == "only" && open >= 2 && t[open - 2].lower == "if" {
                    w = "if";
                }
                let modal_in_group = t[g.first..g.head].iter().any(|x| x.pos == Pos::Modal);
                if matches!(w, "if" | "unless") {
                    modality = Some(Modality::Conditional);
                } else if modal_in_group
                    && (w == "so" && open >= 2 && t[open - 2].pos != Pos::Comma
                        || w == "that" && open >= 2 && t[open - 2].lower == "so")
                {
                    modality = Some(Modality::Purpose);
                } else {
                    // "to ensure (that) it doesn't bend", "to make sure (that) P": the
                    // result aimed at, not a fact
                    let k = if w == "that" { open - 1 } else { open };
                    let aim = k >= 2
                        && (matches!(t[k - 1].lower, "ensure" | "guarantee")
                            && t[k - 2].lower == "to"
                            || t[k - 1].lower == "sure"
                                && k >= 3
                                && t[k - 2].lower == "make"
                                && t[k - 3].lower == "to");
                    if aim {
                        modality = Some(Modality::Purpose);
                    }
                }
            }
        }
        // "Hands up, don't shoot": a negated imperative (no subject, "do" opening its
        // clause) is a plea, not a claim
        if g.kind == Kind::Finite
            && subj.is_none()
            && g.neg
            && t[g.first].lower == "do"
            && (g.first == 0
                || matches!(
                    t[g.first - 1].pos,
                    Pos::Comma | Pos::Quote | Pos::Punct | Pos::Conj
                ))
        {
            modality = Some(Modality::Deontic);
        }
        // a capitalised "Don't" inside a sentence-case sentence opens a quoted slogan
        // ("protesters copy Don't shoot gesture"), no negation of the sentence's own
        if g.kind == Kind::Finite
            && g.neg
            && g.first > 0
            && t[g.first].lower == "do"
            && t[g.first].cap
            && sentence_case(t)
        {
            modality = Some(Modality::Deontic);
        }
        let rule = match (g.kind, g.passive) {
            (Kind::Inf, _) => "CLAUSE/INF",
            (Kind::Gerund, _) => "CLAUSE/GERUND",
            (Kind::Participle, _) => "CLAUSE/PARTICIPLE",
            (_, true) => "CLAUSE/PASSIVE",
            _ if relative => "CLAUSE/RELATIVE",
            _ => "CLAUSE/SVO",
        };
        let mut g2 = g.clone();
        g2.modality = modality;
        clauses.push(Clause {
            g: g2,
            subj,
            obj,
            recip,
            actor,
            theme,
            cue,
            attr: None,
            forced_actor: None,
            rule,
        });
    }
    // control: infinitives, gerunds and participle clauses borrow their subject
    for i in 0..clauses.len() {
        if clauses[i].actor.is_some()
            || clauses[i].g.passive && clauses[i].g.kind != Kind::Participle
        {
            continue;
        }
        let first = clauses[i].g.first;
        match clauses[i].g.kind {
            Kind::Inf => {
                // object control: "demanded Iran to", "asked X to"
                if i > 0
                    && clauses[i - 1].obj.is_some_and(|o| o.e == first)
                    && OBJECT_CONTROL.contains(&clauses[i - 1].g.lemma.as_ref())
                {
                    let o = clauses[i - 1].obj;
                    clauses[i].actor = o;
                    clauses[i].subj = o;
                } else if let Some(p) = (0..i).rev().find(|&p| clauses[p].g.kind == Kind::Finite) {
                    let mut a = clauses[p].subj;
                    // "our policy is to respect ..., not to send weapons": the possessor
                    if let Some(np) = a {
                        let head = t[np.e - 1].lower;
                        if clauses[p].g.lemma == "be" && INTENT_NOUNS.contains(&head) {
                            if let Some(z) = (np.s..np.e).find(|&z| t[z].pos == Pos::Poss) {
                                a = Some(Np { s: z, e: z + 1 });
                            }
                        }
                    }
                    clauses[i].actor = a;
                    clauses[i].subj = a;
                }
            }
            Kind::Gerund => {
                let before = if first > 0 { Some(&t[first - 1]) } else { None };
                if before.is_some_and(|b| b.pos == Pos::Prep) {
                    let pidx = first - 1;
                    // "about Iran supplying": an NP right before the gerund is its subject
                    if pidx > 0 && t[pidx].pos.nominal() {
                        // unreachable: pidx is a preposition
                    }
                    let prep = t[pidx].lower;
                    let left = pidx;
                    // subject: what stands before the preposition
                    if left > 0 && t[left - 1].pos == Pos::Adj {
                        // "responsible for supplying": the phrase before the adjective
                        let mut z = left - 1;
                        while z > 0 && matches!(t[z - 1].pos, Pos::Quote | Pos::Adv) {
                            z -= 1;
                        }
                        let np = np_left(t, z, 0);
                        clauses[i].actor = np;
                    } else if let Some(p) = (0..i).rev().find(|&p| {
                        clauses[p].cue.is_some_and(|c| c.obj)
                            && clauses[p].obj.is_some_and(|o| {
                                o.e <= left
                                    && t[o.e..left]
                                        .iter()
                                        .all(|x| !is_verbish(x.pos) && x.pos != Pos::Sub)
                            })
                    }) {
                        // "accused Russia of using"
                        clauses[i].forced_actor = clauses[p].obj;
                        clauses[i].actor = clauses[p].obj;
                    } else if left > 0 && (t[left - 1].pos.nominal()) && prep == "of" {
                        // "allegations of sending", "Iran's policy of not sending"
                        let np = np_left(t, left, 0);
                        if let Some(np) = np {
                            if let Some(pz) = (np.s + 1..np.e).find(|&z| t[z].pos == Pos::PossS) {
                                clauses[i].actor = Some(Np { s: np.s, e: pz });
                            } else if (np.s..np.e).any(|z| t[z].pos == Pos::Poss) {
                                let z = (np.s..np.e)
                                    .find(|&z| t[z].pos == Pos::Poss)
                                    .unwrap_or(np.s);
                                clauses[i].actor = Some(Np { s: z, e: z + 1 });
                            }
                        }
                    } else if left == 0
                        || !t[left - 1].pos.nominal()
                        || matches!(
                            prep,
                            "by" | "after" | "before" | "while" | "without" | "through" | "in"
                        )
                    {
                        if let Some(p) = (0..i).rev().find(|&p| clauses[p].g.kind == Kind::Finite) {
                            clauses[i].actor = clauses[p].actor.or(clauses[p].subj);
                        }
                    }
                } else if first > 0
                    && t[first - 1].pos.nominal()
                    && first >= 2
                    && t[first - 2].pos != Pos::Prep
                {
                    // handled as a participle-like modifier: no subject
                } else if first > 0 && t[first - 1].pos.head() {
                    // "about Iran supplying drones"
                    let np = np_left(t, first, 0);
                    if let Some(np) = np {
                        if np.s > 0 && t[np.s - 1].pos == Pos::Prep {
                            clauses[i].actor = Some(np);
                            clauses[i].subj = Some(np);
                        }
                    }
                } else {
                    // ", saying ...", "Dismissing ..., X told": the main clause's subject
                    let main = (0..i)
                        .rev()
                        .find(|&p| clauses[p].g.kind == Kind::Finite)
                        .or_else(|| {
                            (i + 1..clauses.len()).find(|&p| clauses[p].g.kind == Kind::Finite)
                        });
                    if let Some(p) = main {
                        clauses[i].actor = clauses[p].subj;
                        clauses[i].subj = clauses[p].subj;
                    }
                }
            }
            _ => {}
        }
    }
    attribute(ctx, t, &mut clauses);
    emit(ctx, t, &clauses);
}

/// The subject of a finite group that follows a reduced relative: "Woman detained in
/// Lebanon is not X" (the participle's own phrase, across its prepositional phrases).
fn subject_before_participle(t: &[Tok], first: usize, clauses: &[Clause<'_>]) -> Option<Np> {
    let p = clauses.last()?;
    if p.g.kind != Kind::Participle || p.g.pend > first {
        return None;
    }
    let gap_ok = t[p.g.pend..first]
        .iter()
        .all(|x| x.pos.nominal() || matches!(x.pos, Pos::Prep | Pos::Adv | Pos::Time))
        && t[p.g.pend..first].iter().any(|x| x.pos == Pos::Prep);
    if !gap_ok {
        return None;
    }
    p.theme.filter(|th| th.e <= p.g.first)
}

/// The lowest token index a subject may start at: after the previous verb group's object,
/// a subordinator or a conjunction.
fn clause_floor(t: &[Tok], first: usize, gs: &[Group<'_>], gi: usize) -> usize {
    let prev_end = if gi > 0 { gs[gi - 1].pend } else { 0 };
    let mut f = prev_end;
    for k in (prev_end..first).rev() {
        if matches!(t[k].pos, Pos::Sub) || t[k].lower == ":" || t[k].lower == ";" {
            f = k + 1;
            break;
        }
    }
    f
}

/// Assigns holders and stances to clauses through cues.
fn attribute(ctx: &mut DocCtx<'_>, t: &[Tok], cl: &mut [Clause<'_>]) {
    let r = ctx.reader;
    let n = t.len();
    let m = cl.len();
    // 1. verb cues
    for i in 0..m {
        let Some(cue) = cl[i].cue else { continue };
        if cl[i].g.kind == Kind::Inf {
            continue;
        }
        let holder = cl[i].subj;
        let cue_span = (cl[i].g.first, cl[i].g.pend);
        // content to the right
        let next_cue = (i + 1..m)
            .find(|&k| cl[k].cue.is_some() && matches!(cl[k].g.kind, Kind::Finite | Kind::Gerund));
        let has_right = i + 1 < m
            && cl[i + 1].g.first >= cl[i].g.pend
            && (cl[i].obj.is_none() || cl[i].obj.is_some_and(|o| o.e <= cl[i + 1].g.first))
            && right_is_content(t, cl, i);
        let anaphoric = cue.anaphor && anaphor_object(r, t, cl[i].obj);
        let stance = cue.stance;
        if anaphoric {
            cl[i].attr = Some(Attr {
                holder,
                cue: cue_span,
                stance,
                rule: "ATTR/ANAPHOR",
                group: i,
            });
            continue;
        }
        if has_right {
            let stop = next_cue.unwrap_or(m);
            for k in i + 1..stop.max(i + 2).min(m) {
                if cl[k].attr.is_some() {
                    continue;
                }
                let rule = if cue.obj && cl[k].forced_actor.is_some() {
                    "ATTR/ACCUSE_OF"
                } else {
                    "ATTR/SAY"
                };
                cl[k].attr = Some(Attr {
                    holder,
                    cue: cue_span,
                    stance,
                    rule,
                    group: i,
                });
            }
            // a coordinated cue without its own subject: "acknowledged P, but said Q"
            if let Some(nc) = next_cue {
                if cl[nc].subj.is_none() && nc > 0 && t[cl[nc].g.first - 1].pos == Pos::Conj {
                    cl[nc].subj = holder;
                }
            }
        } else {
            // "P, X said": content before the cue in the sentence
            let quoted_start = t[..cl[i].g.first].iter().position(|x| x.pos == Pos::Quote);
            let after_comma = holder.map(|h| h.s).unwrap_or(cl[i].g.first);
            let comma_before =
                after_comma > 0 && matches!(t[after_comma - 1].pos, Pos::Comma | Pos::Quote);
            let inverted = cl[i].subj.is_none()
                && cl[i].obj.is_some()
                && cl[i].g.first > 0
                && matches!(t[cl[i].g.first - 1].pos, Pos::Comma | Pos::Quote);
            if comma_before || inverted || quoted_start.is_some() {
                let holder = if inverted { cl[i].obj } else { holder };
                for k in 0..i {
                    if cl[k].attr.is_some() {
                        continue;
                    }
                    cl[k].attr = Some(Attr {
                        holder,
                        cue: cue_span,
                        stance,
                        rule: "ATTR/SAY_AFTER",
                        group: i,
                    });
                }
            }
        }
        let _ = n;
    }
    // 2. "according to X, P" / "P, according to X"
    for a in 0..n.saturating_sub(1) {
        if t[a].lower == "according" && t[a + 1].lower == "to" {
            let holder = np_right(t, a + 2, n);
            let cue = (a, a + 2);
            let after = holder.map(|h| h.e).unwrap_or(a + 2);
            let before = a;
            let targets: Vec<usize> =
                if a == 0 || after < n && t[after].pos == Pos::Comma && before == 0 {
                    (0..m).filter(|&k| cl[k].g.first > after).collect()
                } else {
                    (0..m).filter(|&k| cl[k].g.first < before).collect()
                };
            for k in targets {
                if cl[k].attr.is_some_and(|x| x.rule != "ATTR/SAY_AFTER") {
                    continue;
                }
                cl[k].attr = Some(Attr {
                    holder,
                    cue,
                    stance: Stance::Assert,
                    rule: "ATTR/ACCORDING_TO",
                    group: usize::MAX - a,
                });
            }
        }
    }
    // 3. noun cues: "allegations that P", "claims about X V-ing", "allegations of V-ing"
    for a in 0..n {
        // a word the tagger found in no noun cue entry is none (`Tok::noun_cue`)
        if t[a].word && !t[a].noun_cue {
            continue;
        }
        let Some(cue) = r.lex.noun_cues.get(t[a].lower).copied() else {
            continue;
        };
        if !matches!(t[a].pos, Pos::Noun | Pos::Propn) {
            continue;
        }
        // holder: "claims made by X", "X's allegations", "the Western countries' allegations"
        let mut holder = None;
        let mut z = a + 1;
        if z + 2 < n && t[z].lower == "made" && t[z + 1].lower == "by" {
            holder = np_right(t, z + 2, n);
            if let Some(h) = holder {
                z = h.e;
            }
        }
        if holder.is_none() {
            if let Some(np) = np_left(t, a, 0) {
                if let Some(p) = (np.s..a).find(|&q| t[q].pos == Pos::PossS || t[q].lower == "'") {
                    holder = Some(Np { s: np.s, e: p });
                } else if (np.s..a).any(|q| t[q].ent.is_some() || t[q].pos == Pos::Propn) {
                    let e = (np.s..a)
                        .rev()
                        .find(|&q| t[q].pos.head() || t[q].ent.is_some())
                        .map(|q| q + 1)
                        .unwrap_or(a);
                    holder = Some(Np { s: np.s, e });
                }
            }
        }
        let denier = (0..m).rev().find(|&k| {
            cl[k].cue.is_some_and(|c| c.stance.is_denial())
                && cl[k].obj.is_some_and(|o| o.s <= a && a < o.e)
        });
        let governed =
            (0..m).find(|&k| cl[k].obj.is_some_and(|o| o.s <= a && a < o.e) && cl[k].cue.is_some());
        let (stance, hold, rule_group) = match denier.or(governed) {
            Some(k) if cl[k].cue.is_some_and(|c| c.stance.is_denial()) => (
                cl[k].cue.map(|c| c.stance).unwrap_or(Stance::Deny),
                cl[k].subj,
                k,
            ),
            _ => (cue.stance, holder, usize::MAX / 2 + a),
        };
        // targets: a "that" clause or a gerund after the cue noun
        let mut targets = Vec::new();
        if z < n && t[z].lower == "that" {
            for k in (0..m).filter(|&k| cl[k].g.first > z) {
                if cl[k].cue.is_some() && cl[k].g.kind == Kind::Finite {
                    break;
                }
                targets.push(k);
            }
        } else if z < n && matches!(t[z].lower, "of" | "about" | "over" | "regarding" | "on") {
            if let Some(k) = (0..m).find(|&k| {
                cl[k].g.first > z && cl[k].g.first <= z + 4 && cl[k].g.kind == Kind::Gerund
            }) {
                targets.push(k);
            }
        } else {
            // "Reports have also been doing the rounds that P"
            let verb_after = (0..m).find(|&k| cl[k].g.first > a && cl[k].g.first <= a + 2);
            if let Some(v) = verb_after {
                if let Some(th) =
                    (cl[v].g.pend..n).find(|&q| t[q].lower == "that" && t[q].pos == Pos::Sub)
                {
                    for k in (0..m).filter(|&k| cl[k].g.first > th) {
                        if cl[k].cue.is_some() && cl[k].g.kind == Kind::Finite {
                            break;
                        }
                        targets.push(k);
                    }
                }
            }
        }
        if targets.is_empty() {
            continue;
        }
        for k in targets {
            if cl[k]
                .attr
                .is_some_and(|x| x.rule != "ATTR/SAY_AFTER" && x.rule != "ATTR/SAY")
                && denier.is_none()
            {
                continue;
            }
            // the accused in a denial of "allegations of V-ing" is the denier
            if denier.is_some() && cl[k].actor.is_none() {
                cl[k].actor = hold;
            }
            cl[k].attr = Some(Attr {
                holder: hold,
                cue: (a, a + 1),
                stance,
                rule: "ATTR/NOUN",
                group: rule_group,
            });
        }
    }
}

fn right_is_content(t: &[Tok], cl: &[Clause<'_>], i: usize) -> bool {
    // the next clause starts right after the cue (and its recipient or "that")
    let c = &cl[i];
    let nxt = &cl[i + 1];
    let mut k = c.g.pend;
    if let Some(o) = c.obj {
        if o.s == k {
            k = o.e;
        }
    }
    let gap = &t[k..nxt.g.first];
    if gap.len() > 12 {
        return false;
    }
    // allowed between: that, ":", quotes, prepositional phrases, the content's subject
    !gap.iter().any(|x| matches!(x.lower, ";"))
}

fn anaphor_object(r: &Reader, t: &[Tok], obj: Option<Np>) -> bool {
    let Some(o) = obj else { return false };
    let words: Vec<&str> = t[o.s..o.e].iter().map(|x| x.lower).collect();
    let head = *words.last().unwrap_or(&"");
    let demonstrative = words.first().is_some_and(|w| {
        matches!(
            *w,
            "the" | "these" | "those" | "such" | "this" | "that" | "all" | "any"
        )
    });
    let after = t.get(o.e).map(|x| x.lower).unwrap_or("");
    if words.len() == 1
        && matches!(
            head,
            "this" | "that" | "it" | "them" | "these" | "those" | "so"
        )
    {
        return true;
    }
    demonstrative
        && r.lex.noun_cues.contains_key(head)
        && !matches!(after, "that" | "of" | "about" | "over" | "regarding")
}

/// Turns attributed clauses into statements.
fn emit(ctx: &mut DocCtx<'_>, t: &[Tok], cl: &[Clause<'_>]) {
    let r = ctx.reader;
    let lex = &r.lex;
    let text = ctx.doc.text.as_str();
    let mut group_ids: Vec<(usize, usize)> = Vec::new();
    let sentence_span = Span::new(t[0].start, t[t.len() - 1].end);
    for (ci, c) in cl.iter().enumerate() {
        // the cue itself is not a statement unless it has a nominal content
        if let Some(a) = c.attr {
            if a.rule == "ATTR/ANAPHOR" && a.group == ci {
                anaphora(ctx, t, c, a);
                continue;
            }
        }
        // a copula is a statement when it links a subject to a complement ("X is not Y")
        if c.g.copula && !(c.g.lemma == "be" && c.subj.is_some() && c.obj.is_some()) {
            continue;
        }
        // "X is ready (to ...)": readiness sits on no side
        let mut copula_modality = None;
        if c.g.copula {
            if let Some(o) = c.obj {
                // "<word> to", without the formatting machinery
                let w = t[o.e - 1].lower;
                let mut phrase = String::with_capacity(w.len() + 3);
                phrase.push_str(w);
                phrase.push_str(" to");
                copula_modality = lex.modality.get(&phrase).copied();
            }
        }
        // a reporting verb's own clause: the speech act itself ("Comcast says [P]",
        // "Apple denies"), unless it is the fact reported ("Lisa Bonet tweeted about X",
        // "the NHL will announce an expansion", "the Pope did not say P")
        let own_rule = match c.cue {
            Some(cue) if !c.g.neg => {
                let has_content = cl
                    .iter()
                    .enumerate()
                    .any(|(k, o)| k != ci && o.attr.is_some_and(|a| a.group == ci));
                if cue.stance.is_denial() || has_content && c.obj.is_none() {
                    "CLAUSE/SPEECH_ACT"
                } else {
                    "CLAUSE/CUE"
                }
            }
            Some(_) => "CLAUSE/CUE",
            None => c.rule,
        };
        let (holder, stance, rule, cue_span, group) = match c.attr {
            Some(a) => (
                a.holder
                    .map(|h| holder_of(ctx, t, h))
                    .unwrap_or_else(|| Holder {
                        entities: vec![],
                        surface: "unattributed".into(),
                        speaker: None,
                        outlet: false,
                    }),
                a.stance,
                a.rule,
                Some(Span::new(
                    t[a.cue.0].start,
                    t[a.cue.1.max(a.cue.0 + 1) - 1].end,
                )),
                Some(a.group),
            ),
            None => (
                Holder {
                    entities: vec![],
                    surface: ctx.doc.source.clone().unwrap_or_else(|| ctx.doc.id.clone()),
                    speaker: None,
                    outlet: true,
                },
                Stance::Report,
                own_rule,
                None,
                None,
            ),
        };
        let holder_np = c.attr.and_then(|a| a.holder);
        // proposition
        let mut predicate = String::from(c.g.lemma.as_ref());
        let mut pred_span = Span::new(t[c.g.head].start, t[c.g.pend - 1].end);
        let mut theme = c.theme;
        let mut recip = c.recip;
        let mut quantity = None;
        let mut nominal_rule = None;
        // light verb + event noun: "coordinating the transfer of drones"
        if let Some(o) = theme {
            let head = &t[o.e - 1].lower;
            let light = lex
                .pred_verbs
                .get(c.g.lemma.as_ref())
                .is_some_and(|&k| lex.pred_classes[k as usize].name == "-");
            if light {
                if let Some(&k) = lex.pred_nouns.get(*head) {
                    predicate = lex.pred_classes[k as usize].name.clone();
                    pred_span = Span::new(t[o.e - 1].start, t[o.e - 1].end);
                    theme = of_extension(t, o, t.len());
                    if let Some(th) = theme {
                        if th.e < t.len() && t[th.e].lower == "to" {
                            recip = np_right(t, th.e + 1, t.len());
                        }
                    }
                    nominal_rule = Some("NOMINAL/EVENT");
                }
            }
        }
        // quantity: "a small number of drones"
        if let Some(o) = theme {
            if is_quantity(t, o) {
                if let Some(inner) = of_extension(t, o, t.len()) {
                    quantity = Some(
                        Span::new(t[o.s].start, t[o.e - 1].end)
                            .slice(text)
                            .to_string(),
                    );
                    theme = Some(inner);
                }
            } else if (o.s..o.e).any(|z| t[z].pos == Pos::Num) {
                let z = (o.s..o.e).find(|&z| t[z].pos == Pos::Num).unwrap_or(o.s);
                quantity = Some(t[z].lower.to_string());
            }
        }
        let mut actor_np = c.forced_actor.or(c.actor);
        // "accusing it of V-ing": an object pronoun names the nearest phrase before the cue
        if let (Some(f), Some(a)) = (c.forced_actor, c.attr) {
            if f.e - f.s == 1 && matches!(t[f.s].lower, "it" | "them" | "him" | "her") {
                let hn = a.holder;
                let mut z = a.cue.0;
                while z > 0 {
                    z -= 1;
                    let in_holder = hn.is_some_and(|h| h.s <= z && z < h.e);
                    if matches!(t[z].pos, Pos::Noun | Pos::Propn) && !in_holder {
                        actor_np = np_left(t, z + 1, 0).or(actor_np);
                        break;
                    }
                }
            }
        }
        let (actor, actor_span) = match actor_np {
            // the holder speaking of its own acts ("X rejected the allegations of sending"):
            // the entity it speaks for
            Some(a) if Some(a) == holder_np && !holder.entities.is_empty() => {
                (Some(holder.entities[0].clone()), Some(np_span(t, a)))
            }
            Some(a) => {
                let (name, _) = name_of(ctx, t, a, Some(&holder), holder_np);
                (Some(name), Some(np_span(t, a)))
            }
            None => (None, None),
        };
        // "X is dead", "X is alive": the state names an event, X (did not) die
        let mut state_negates = false;
        if c.g.copula && predicate == "be" {
            if let Some(o) = theme.filter(|o| o.e == o.s + 1) {
                if matches!(t[o.s].lower, "dead" | "alive") {
                    state_negates = t[o.s].lower == "alive";
                    predicate = "die".to_string();
                    pred_span = pred_span.cover(Span::new(t[o.s].start, t[o.s].end));
                    theme = None;
                }
            }
        }
        let (object, object_origin, object_class) = match theme {
            Some(o) => object_of(ctx, t, o),
            None => (None, None, None),
        };
        let recipient = recip.map(|rn| name_of(ctx, t, rn, Some(&holder), holder_np).0);
        let predicate_class = lex
            .pred_verbs
            .get(&predicate)
            .or_else(|| lex.pred_nouns.get(&predicate))
            .map(|&k| lex.pred_classes[k as usize].name.clone())
            .filter(|n| n != "-");
        let mut polarity = if c.g.neg {
            Polarity::Negative
        } else {
            Polarity::Positive
        };
        if let Some(o) = theme {
            // "sent no weapons"; not "has no idea how the truck ended up" (a phrase running
            // over a wh-word is no determined object)
            if o.s < t.len()
                && lex.negation.get(t[o.s].lower) == Some(&true)
                && !t[o.s..o.e.min(t.len())].iter().any(|x| {
                    matches!(
                        x.lower,
                        "how" | "why" | "what" | "where" | "when" | "whether"
                    )
                })
            {
                polarity = Polarity::Negative;
            }
        }
        if state_negates {
            polarity = match polarity {
                Polarity::Negative => Polarity::Positive,
                Polarity::Positive => Polarity::Negative,
            };
        }
        // "not to send weapons"
        if c.g.kind == Kind::Inf && c.g.first > 0 && t[c.g.first - 1].pos == Pos::Neg {
            polarity = Polarity::Negative;
        }
        // "failed to pass", "refused to sign"
        if c.g.kind == Kind::Inf
            && cl[..ci].iter().rev().take(1).any(|p| {
                p.g.pend == c.g.first && lex.neg_implicative.contains_key(p.g.lemma.as_ref())
            })
        {
            polarity = if polarity == Polarity::Negative {
                Polarity::Positive
            } else {
                Polarity::Negative
            };
        }
        if c.g.kind == Kind::Gerund && c.g.first > 0 && t[c.g.first - 1].pos == Pos::Neg {
            polarity = Polarity::Negative;
        }
        // "stopped him from becoming", "was barred from entering": a verb within a few
        // words before "from" negates the gerund after it; in a purpose infinitive ("adopted
        // him to stop him from becoming") the gerund is an aim, on no side
        let mut purpose = false;
        if c.g.kind == Kind::Gerund && c.g.first > 0 && t[c.g.first - 1].lower == "from" {
            let lo = c.g.first.saturating_sub(7);
            let from_verb = (lo..c.g.first - 1)
                .rev()
                .take_while(|&k| !matches!(t[k].pos, Pos::Comma | Pos::Punct | Pos::Sub))
                .find(|&k| {
                    t[k].vforms != 0
                        && t[k]
                            .lemma
                            .is_some_and(|l| lex.neg_from.contains_key(&lex.lemmas[l as usize]))
                });
            if let Some(k) = from_verb {
                if t[k.saturating_sub(2)..k].iter().any(|x| x.pos == Pos::To) {
                    purpose = true;
                } else {
                    polarity = match polarity {
                        Polarity::Negative => Polarity::Positive,
                        Polarity::Positive => Polarity::Negative,
                    };
                }
            }
        }
        let slots = Slots {
            holder: holder_np.map(|h| np_span(t, h)),
            cue: cue_span,
            actor: actor_span,
            predicate: Some(pred_span),
            object: theme.map(|o| np_span(t, o)),
            recipient: recip.map(|rn| np_span(t, rn)),
        };
        let mut span = pred_span;
        for s in [slots.actor, slots.object, slots.recipient]
            .into_iter()
            .flatten()
        {
            span = span.cover(s);
        }
        if let Some(cs) = cue_span {
            if cs.start < span.start && span.start - cs.start < 400
                || cs.end > span.end && cs.start.saturating_sub(span.end) < 200
            {
                span = span.cover(cs);
            }
        }
        if let Some(h) = slots.holder {
            if h.start < span.start && span.start - h.start < 300
                || h.end > span.end && h.start.saturating_sub(span.end) < 120
            {
                span = span.cover(h);
            }
        }
        let span = Span::new(
            span.start.max(sentence_span.start),
            span.end.min(sentence_span.end),
        );
        let modality = if purpose {
            Some(Modality::Purpose)
        } else {
            copula_modality.or(c.g.modality)
        };
        let times = times_of(ctx, t, c, cue_span);
        let st = Statement {
            id: String::new(),
            doc: ctx.doc.id.clone(),
            source: ctx.doc.source.clone(),
            published: ctx.doc.published,
            span,
            text: span.slice(text).to_string(),
            holder,
            stance,
            polarity,
            proposition: Proposition {
                actor,
                predicate,
                predicate_class,
                object,
                object_class,
                recipient,
                object_origin,
            },
            quantity,
            modality,
            slots,
            rule: nominal_rule.unwrap_or(rule),
            times,
        };
        let idx = ctx.out.len();
        ctx.out.push(st);
        if let Some(gid) = group {
            group_ids.push((gid, idx));
        }
        // event nouns inside the clause: "through the supply of drones to Russia"
        if let Some(k) = nominal_events(ctx, t, c, idx) {
            if let Some(gid) = group {
                group_ids.push((gid, k));
            }
        }
    }
    // record cue groups for anaphora (statements under one cue)
    group_ids.sort();
    let mut i = 0;
    let mut new_groups = Vec::new();
    while i < group_ids.len() {
        let g = group_ids[i].0;
        let mut ids = Vec::new();
        while i < group_ids.len() && group_ids[i].0 == g {
            ids.push(group_ids[i].1);
            i += 1;
        }
        new_groups.push(CueGroup {
            sentence: ctx.sentence,
            statements: ids,
        });
    }
    // this sentence's groups in text order, after all earlier sentences' groups
    new_groups.sort_by_key(|g| g.statements.first().copied());
    ctx.groups.extend(new_groups);
}

fn is_quantity(t: &[Tok], o: Np) -> bool {
    let head = t[o.e - 1].lower;
    matches!(
        head,
        "number"
            | "lot"
            | "lots"
            | "handful"
            | "batch"
            | "batches"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "dozen"
            | "hundred"
            | "thousand"
            | "million"
            | "billion"
            | "couple"
            | "few"
            | "series"
            | "amount"
            | "quantity"
            | "quantities"
            | "pair"
            | "set"
    )
}

/// Event nouns inside a clause's material: "(with|through|via) (the) N of X (to Y)".
fn nominal_events(ctx: &mut DocCtx<'_>, t: &[Tok], c: &Clause<'_>, parent: usize) -> Option<usize> {
    let lex = &ctx.reader.lex;
    let n = t.len();
    let from = c.g.pend;
    let to = n.min(from + 40);
    for k in from..to {
        // "with/through/via the supply of X" (the clause's subject is the agent), or
        // "Iran's supply of X" (the possessor is)
        let possessor = t[k].pos == Pos::PossS;
        if !(matches!(t[k].lower, "with" | "through" | "via") || possessor) {
            continue;
        }
        let Some(np) = np_right(t, k + 1, n) else {
            continue;
        };
        let agent = if possessor { np_left(t, k, 0) } else { None };
        let head = &t[np.e - 1].lower;
        let Some(&cls_id) = lex.pred_nouns.get(*head) else {
            continue;
        };
        let Some(obj) = of_extension(t, np, n) else {
            continue;
        };
        let recip = if obj.e + 1 < n && t[obj.e].lower == "to" {
            np_right(t, obj.e + 1, n)
        } else {
            None
        };
        let parent_st = ctx.out[parent].clone();
        let (object, origin, oclass) = object_of(ctx, t, obj);
        let pred_span = Span::new(t[np.e - 1].start, t[np.e - 1].end);
        let mut span = parent_st.span.cover(np_span(t, obj));
        if let Some(rn) = recip {
            span = span.cover(np_span(t, rn));
        }
        let recipient = recip
            .map(|rn| name_of(ctx, t, rn, Some(&parent_st.holder), None).0)
            .or(parent_st.proposition.recipient.clone());
        // the agent of the event noun is the clause's grammatical subject
        let holder_np = c.attr.and_then(|a| a.holder);
        let actor = match agent.or(c.subj) {
            Some(sn)
                if agent.is_none()
                    && Some(sn) == holder_np
                    && !parent_st.holder.entities.is_empty() =>
            {
                Some(parent_st.holder.entities[0].clone())
            }
            Some(sn) => Some(name_of(ctx, t, sn, Some(&parent_st.holder), holder_np).0),
            None => parent_st.proposition.actor.clone(),
        };
        let name = lex.pred_classes[cls_id as usize].name.clone();
        let text = span.slice(&ctx.doc.text).to_string();
        ctx.out.push(Statement {
            span,
            text,
            proposition: Proposition {
                actor,
                predicate: name.clone(),
                predicate_class: Some(name),
                object,
                object_class: oclass,
                recipient,
                object_origin: origin,
            },
            quantity: None,
            slots: Slots {
                predicate: Some(pred_span),
                object: Some(np_span(t, obj)),
                recipient: recip.map(|rn| np_span(t, rn)),
                ..parent_st.slots
            },
            rule: "NOMINAL/EVENT",
            ..parent_st
        });
        return Some(ctx.out.len() - 1);
    }
    None
}

/// "Tehran denies the allegations": a denial of the statements of the latest cue group.
fn anaphora(ctx: &mut DocCtx<'_>, t: &[Tok], c: &Clause<'_>, a: Attr) {
    let holder = a.holder.map(|h| holder_of(ctx, t, h)).unwrap_or_default();
    let cue_span = Span::new(t[a.cue.0].start, t[a.cue.1 - 1].end);
    let mut span = cue_span;
    if let Some(h) = a.holder {
        span = span.cover(np_span(t, h));
    }
    if let Some(o) = c.obj {
        span = span.cover(np_span(t, o));
    }
    // the latest earlier group whose statements affirm something attributed (groups are
    // in sentence order: the search stops three sentences back)
    let cur = ctx.sentence;
    let target = ctx
        .groups
        .iter()
        .rev()
        .take_while(|g| g.sentence + 3 >= cur)
        .find(|g| {
            g.statements.iter().any(|&i| {
                let s = &ctx.out[i];
                !s.holder.outlet && s.side() == Side::Affirmed && s.proposition.actor.is_some()
            })
        })
        .cloned();
    let Some(g) = target else { return };
    let text = span.slice(&ctx.doc.text).to_string();
    for &i in g.statements.iter().take(4) {
        let src = ctx.out[i].clone();
        if src.holder.outlet || src.proposition.actor.is_none() {
            continue;
        }
        let times = Times {
            claim: ctx.doc_interval,
            event: src.times.event.clone(),
        };
        ctx.out.push(Statement {
            id: String::new(),
            span,
            text: text.clone(),
            holder: holder.clone(),
            stance: a.stance,
            polarity: Polarity::Positive,
            modality: None,
            slots: Slots {
                holder: a.holder.map(|h| np_span(t, h)),
                cue: Some(cue_span),
                ..Slots::default()
            },
            rule: "ATTR/ANAPHOR",
            times,
            ..src
        });
    }
}

fn np_span(t: &[Tok], np: Np) -> Span {
    Span::new(t[np.s].start, t[np.e - 1].end)
}

fn singular(w: &str) -> String {
    singular_cow(w).into_owned()
}

/// [`singular`] without an allocation but for "-ies" (a slice of `w` otherwise), for
/// lookups.
fn singular_cow(w: &str) -> std::borrow::Cow<'_, str> {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3]).into()
    } else if w.len() > 4
        && (w.ends_with("ses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes"))
    {
        w[..w.len() - 2].into()
    } else if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w[..w.len() - 1].into()
    } else {
        w.into()
    }
}

/// Entities named inside a phrase: (canonical, alias kind, token index).
fn entities_in(r: &Reader, t: &[Tok], np: Np) -> Vec<(String, AliasKind, usize)> {
    let mut out = Vec::new();
    let mut k = np.s;
    while k < np.e {
        if let Some((e, kind, end)) = t[k].ent {
            let name = r.lex.entities[e as usize].clone();
            if !out
                .iter()
                .any(|(n, _, _): &(String, AliasKind, usize)| *n == name)
            {
                out.push((name, kind, k));
            }
            while k < np.e && t[k].end <= end {
                k += 1;
            }
            if k < np.e && t[k].start < end {
                k += 1;
            }
            continue;
        }
        k += 1;
    }
    out
}

/// A canonical name for a phrase: an entity, a person, a resolved pronoun, or the phrase.
fn name_of(
    ctx: &mut DocCtx<'_>,
    t: &[Tok],
    np: Np,
    holder: Option<&Holder>,
    holder_np: Option<Np>,
) -> (String, Option<String>) {
    let r = ctx.reader;
    // the phrase's words, read in place (no vector of them)
    let words = &t[np.s..np.e];
    // pronouns
    if np.e - np.s == 1
        || words.len() == 2 && matches!(words[0].lower, "his" | "its" | "their" | "our" | "the")
    {
        let w = words[0].lower;
        let country_like = words.len() == 2
            && matches!(
                words[1].lower,
                "country" | "government" | "nation" | "state"
            );
        if matches!(
            w,
            "it" | "he" | "she" | "they" | "we" | "i" | "him" | "them" | "us"
        ) && words.len() == 1
            || country_like
        {
            if let Some(h) = holder {
                if !h.outlet && holder_np.is_some_and(|hn| hn.s != np.s) {
                    if let Some(e) = h.entities.first() {
                        return (e.clone(), Some(e.clone()));
                    }
                    if let Some(sp) = &h.speaker {
                        return (sp.clone(), None);
                    }
                    // "Apple denies it is shutting down": the holder itself
                    if !h.surface.is_empty() && h.surface != "unattributed" {
                        return (h.surface.to_lowercase(), None);
                    }
                }
            }
            if matches!(w, "he" | "she" | "him") {
                if let Some(p) = ctx.last_person {
                    let p = &ctx.persons[p];
                    return (p.full.clone(), p.entity.clone());
                }
            }
            if let Some(e) = &ctx.last_entity {
                if !matches!(w, "he" | "she" | "him" | "i") {
                    return (e.clone(), Some(e.clone()));
                }
            }
        }
    }
    let ents = entities_in(r, t, np);
    // an entity as the phrase itself, its possessor, or a demonym before a group noun
    let head = singular_cow(t[np.e - 1].lower);
    let head_is_group =
        r.lex.groups.contains_key(&*head) || r.lex.groups.contains_key(t[np.e - 1].lower);
    if let Some(p) = person_in(ctx, t, np) {
        ctx.last_person = Some(p);
        let person = &ctx.persons[p];
        return (person.full.clone(), person.entity.clone());
    }
    let names: Vec<&(String, AliasKind, usize)> = ents
        .iter()
        .filter(|(_, k, i)| {
            *k != AliasKind::Demonym || head_is_group || *i + 1 >= np.e || t[np.e - 1].ent.is_some()
        })
        .collect();
    if !names.is_empty() {
        let canon: Vec<String> = names.iter().map(|x| x.0.clone()).collect();
        let first = canon[0].clone();
        ctx.last_entity = Some(first.clone());
        return (canon.join(" + "), Some(first));
    }
    // the phrase itself, without leading determiners
    let mut s = np.s;
    while s < np.e && matches!(t[s].pos, Pos::Det | Pos::Poss) {
        s += 1;
    }
    let phrase = Span::new(t[s.min(np.e - 1)].start, t[np.e - 1].end).slice(&ctx.doc.text);
    // an ASCII phrase's lower case is its ASCII lower case (no char-by-char mapping)
    let low = if phrase.is_ascii() {
        phrase.to_ascii_lowercase()
    } else {
        phrase.to_lowercase()
    };
    (low, None)
}

/// A canonical object: (name, origin, class).
fn object_of(
    ctx: &mut DocCtx<'_>,
    t: &[Tok],
    np: Np,
) -> (Option<String>, Option<String>, Option<String>) {
    let r = ctx.reader;
    let lex = &r.lex;
    // the object lexicon: longest match ending at the head, else any listed word in the phrase
    let mut name = None;
    // bytes of the joined phrase `t[s..np.e]`: one longer than every listed name (plus the
    // two bytes `singular` may drop) is skipped without being built
    let mut len = t[np.s..np.e]
        .iter()
        .map(|x| x.lower.len() + 1)
        .sum::<usize>();
    let mut p = String::new();
    for s in np.s..np.e {
        len -= if s > np.s {
            t[s - 1].lower.len() + 1
        } else {
            1
        };
        if len > lex.objects_max_len + 2 {
            continue;
        }
        // the phrase, built in one buffer: `len` bytes, the longest it is asked to hold
        // (the later phrases are shorter), so it is allocated once and never grows
        p.clear();
        p.reserve(len);
        for (k, x) in t[s..np.e].iter().enumerate() {
            if k > 0 {
                p.push(' ');
            }
            p.push_str(x.lower);
        }
        if let Some(o) = lex
            .objects
            .get(&p)
            .or_else(|| lex.objects.get(&*singular_cow(&p)))
        {
            name = Some(o.clone());
            break;
        }
    }
    if name.is_none() {
        for z in (np.s..np.e).rev() {
            if let Some(o) = lex.objects.get(t[z].lower) {
                name = Some(o.clone());
                break;
            }
        }
    }
    // origin: "Iranian-made drones", "Iranian drones"
    let ents = entities_in(r, t, np);
    let origin = ents
        .iter()
        .find(|(_, k, i)| {
            *k == AliasKind::Demonym && *i + 1 < np.e || t[*i].lower.ends_with("-made")
        })
        .map(|x| x.0.clone());
    let class = name.as_ref().map(|n| lex.object_top(n));
    let name = match name {
        Some(n) => n,
        None => {
            let head = &t[np.e - 1];
            if head.ent.is_some() || head.pos == Pos::Pron {
                let (n, _) = name_of(ctx, t, np, None, None);
                n
            } else {
                let mut s = np.s;
                while s < np.e && matches!(t[s].pos, Pos::Det | Pos::Poss | Pos::Num) {
                    s += 1;
                }
                let _ = s;
                singular(head.lower)
            }
        }
    };
    (Some(name), origin, class)
}

fn holder_of(ctx: &mut DocCtx<'_>, t: &[Tok], np: Np) -> Holder {
    let r = ctx.reader;
    let surface = np_span(t, np).slice(&ctx.doc.text).to_string();
    // the phrase's words, read in place (no vector of them)
    let words = &t[np.s..np.e];
    if words.len() == 1 && matches!(words[0].lower, "he" | "she" | "they" | "it" | "i" | "we") {
        if matches!(words[0].lower, "he" | "she" | "i") {
            if let Some(p) = ctx.last_person {
                let p = ctx.persons[p].clone();
                return Holder {
                    entities: p.entity.into_iter().collect(),
                    surface,
                    speaker: Some(p.full),
                    outlet: false,
                };
            }
        }
        if let Some(e) = ctx.last_entity.clone() {
            return Holder {
                entities: vec![e],
                surface,
                speaker: None,
                outlet: false,
            };
        }
    }
    let person = person_in(ctx, t, np);
    let mut entities: Vec<String> = entities_in(r, t, np).into_iter().map(|x| x.0).collect();
    let mut speaker = None;
    if let Some(p) = person {
        let p = ctx.persons[p].clone();
        speaker = Some(p.full.clone());
        if let Some(e) = p.entity {
            if !entities.contains(&e) {
                entities.insert(0, e);
            }
        }
        ctx.last_person = person;
    } else if let Some(e) = entities.first() {
        ctx.last_entity = Some(e.clone());
    }
    Holder {
        entities,
        surface,
        speaker,
        outlet: false,
    }
}

fn is_title(r: &Reader, t: &[Tok], k: usize) -> bool {
    r.lex.titles.contains_key(t[k].lower)
        || r.lex.groups.contains_key(t[k].lower)
        || r.lex.groups.contains_key(&*singular_cow(t[k].lower))
}

/// Registers full names (runs of capitalised words) and their affiliation.
fn register_persons(ctx: &mut DocCtx<'_>, t: &[Tok]) {
    let r = ctx.reader;
    let n = t.len();
    // two words joined by a space, for the lookup of two-word titles (one buffer, not a
    // `format!` for every pair)
    let mut pair = String::new();
    let mut k = 0;
    while k < n {
        if !(t[k].cap && t[k].word && t[k].ent.is_none()) || k == 0 && t[k].closed != 0 {
            k += 1;
            continue;
        }
        let s = k;
        while k < n && t[k].cap && t[k].word && t[k].ent.is_none() && t[k].lower != "'s" {
            k += 1;
        }
        // strip titles at the front
        let mut ns = s;
        while ns < k {
            if ns + 1 < k && {
                pair.clear();
                pair.push_str(t[ns].lower);
                pair.push(' ');
                pair.push_str(t[ns + 1].lower);
                r.lex.titles.contains_key(&pair)
            } {
                ns += 2;
            } else if is_title(r, t, ns) || t[ns].closed != 0 {
                ns += 1;
            } else {
                break;
            }
        }
        if k - ns >= 2
            && k - ns <= 4
            && (s > 0 || ns > s)
            && !t[ns..k].iter().any(|x| x.lower.len() < 2)
        {
            let full = Span::new(t[ns].start, t[k - 1].end)
                .slice(&ctx.doc.text)
                .to_string();
            let surname = t[k - 1].lower.to_string();
            // affiliation: an entity before the name in the same phrase, or in an appositive
            let mut entity = None;
            let mut z = s;
            let mut steps = 0;
            while z > 0 && steps < 6 {
                z -= 1;
                steps += 1;
                if let Some((e, kind, _)) = t[z].ent {
                    let _ = kind;
                    entity = Some(r.lex.entities[e as usize].clone());
                    break;
                }
                if !(t[z].pos.nominal()
                    || t[z].cap
                    || t[z].lower == "'s"
                    || t[z].lower == "his"
                    || t[z].lower == "her")
                {
                    break;
                }
            }
            if entity.is_none() && k < n && t[k].lower == "," {
                for z in k + 1..n.min(k + 10) {
                    if let Some((e, _, _)) = t[z].ent {
                        entity = Some(r.lex.entities[e as usize].clone());
                        break;
                    }
                    if t[z].lower == "," || t[z].pos == Pos::Verb {
                        break;
                    }
                }
            }
            if let Some(p) = ctx.persons.iter_mut().find(|p| p.surname == surname) {
                if p.entity.is_none() {
                    p.entity = entity;
                }
            } else {
                ctx.persons.push(Person {
                    full,
                    surname,
                    entity,
                });
            }
        }
        k = k.max(s + 1);
    }
}

/// The person a phrase names, by full name or a later bare surname.
fn person_in(ctx: &DocCtx<'_>, t: &[Tok], np: Np) -> Option<usize> {
    for k in (np.s..np.e).rev() {
        if t[k].cap && t[k].ent.is_none() {
            if let Some(i) = ctx.persons.iter().position(|p| p.surname == t[k].lower) {
                return Some(i);
            }
        }
    }
    None
}

/// Claim and event times for a clause.
fn times_of(ctx: &DocCtx<'_>, t: &[Tok], c: &Clause<'_>, cue: Option<Span>) -> Times {
    let mut times = Times {
        claim: ctx.doc_interval,
        event: Vec::new(),
    };
    let s = t[0].start;
    let e = t[t.len() - 1].end;
    // claim time: a date expression in the sentence before the cue (the last one in the
    // tagger's order); candidates by binary search over the start offsets
    if let Some(cs) = cue {
        let order = &ctx.timex_order;
        let lo = order.partition_point(|&i| ctx.timexes[i].start < s);
        let hi = order.partition_point(|&i| ctx.timexes[i].start <= cs.start);
        let mut best: Option<usize> = None;
        for &i in order.get(lo..hi).unwrap_or(&[]) {
            let tx = &ctx.timexes[i];
            if tx.end <= cs.start
                && tx.kind == gainsay_time::TimexType::Date
                && tx.interval().is_some()
                && best < Some(i)
            {
                best = Some(i);
            }
        }
        if let Some(iv) = best.and_then(|i| ctx.timexes[i].interval()) {
            times.claim = Some(iv);
        }
    }
    // event time: references in the clause's material, after its cue (in the resolver's
    // order)
    let from = t[c.g.first].start.max(cue.map(|c| c.end).unwrap_or(0));
    let order = &ctx.ref_order;
    let lo = order.partition_point(|&i| ctx.refs[i].start < from);
    let hi = order.partition_point(|&i| ctx.refs[i].start <= e);
    let mut found: Vec<usize> = order
        .get(lo..hi)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|&i| ctx.refs[i].end <= e)
        .collect();
    found.sort_unstable();
    for i in found {
        let rf = &ctx.refs[i];
        times.event.push(TimeRef {
            span: Span::new(rf.start, rf.end),
            interval: rf.interval,
        });
    }
    times
}
