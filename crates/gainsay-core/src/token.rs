//! Tokens, sentences and part-of-speech guesses: the cheap layer under clause reading.
//!
//! Tokenisation is byte-oriented with an ASCII fast path; every boundary is a char
//! boundary. Tagging is a handful of table lookups per token plus local context rules:
//! no model.

// Token scanning indexes several arrays at once and reads clearer with explicit indices;
// the grammar conditions read as written in the comments beside them.
#![allow(clippy::needless_range_loop, clippy::nonminimal_bool)]

use crate::lexicon::{cls, vf, Lexicon};

/// Coarse part of speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    Det,
    Poss,
    /// "'s"
    PossS,
    Pron,
    Prep,
    To,
    Aux,
    Modal,
    Conj,
    Sub,
    Neg,
    Adv,
    Num,
    Adj,
    Noun,
    Propn,
    Verb,
    Comma,
    Punct,
    Quote,
    Time,
}

impl Pos {
    pub fn nominal(self) -> bool {
        matches!(
            self,
            Pos::Det
                | Pos::Poss
                | Pos::PossS
                | Pos::Adj
                | Pos::Noun
                | Pos::Propn
                | Pos::Num
                | Pos::Pron
        )
    }
    pub fn head(self) -> bool {
        matches!(self, Pos::Noun | Pos::Propn | Pos::Num | Pos::Pron)
    }
}

/// One token.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    /// The token in ASCII lower case (a slice of the document's lower-cased copy; clitics
    /// with a typographic apostrophe are normalised: "’s" -> "'s").
    pub lower: &'a str,
    pub pos: Pos,
    pub cap: bool,
    /// The whole token is in capitals ("NOT").
    pub upper: bool,
    pub closed: u32,
    /// Union of verb form bits over all readings.
    pub vforms: u8,
    /// Lemma of the chosen (or first) verb reading.
    pub lemma: Option<u32>,
    /// Entity alias starting here: (entity, alias kind, end byte).
    pub ent: Option<(u32, crate::lexicon::AliasKind, usize)>,
    pub word: bool,
    /// [`crate::lexicon::wf`] flags of the word.
    pub wflags: u8,
    /// The verb lemma to use when the word is a verb.
    pub best_lemma: Option<u32>,
    /// The verb forms were guessed from the word's shape (the lexicon does not know it).
    pub guessed: bool,
    /// A word of the noun cue lexicon (set by [`tag`]; false for the others and for
    /// tokens that are no words, whose cue is looked up).
    pub noun_cue: bool,
}

fn is_word_byte(c: char) -> bool {
    is_alnum(c)
}

/// `char::is_alphanumeric`, the General Punctuation block (U+2000-U+206F: spaces, dashes,
/// typographic quotes, the ellipsis; no letter or digit) answered without the Unicode
/// tables: most of the non-ASCII chars of news text are there.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Drops editorial labels from a line's tokens: "Paul Rudd Was UPDATE: Not One of the
/// Heroes", "BREAKING Gill Rosenberg captured", "Bird Launches Airstrike UPDATED" — a
/// label word ([`crate::lexicon`] boilerplate kind `label`) in capitals, or capitalised
/// before a colon (dropped with it), or closing a title-case line.
pub(crate) fn drop_labels(lex: &Lexicon, toks: &mut Vec<Tok>, title_case: bool) {
    if lex.labels.is_empty()
        || !toks
            .iter()
            .any(|t| t.cap && lex.labels.contains_key(t.lower))
    {
        return;
    }
    let n = toks.len();
    let mut drop = vec![false; n];
    for i in 0..n {
        let t = &toks[i];
        if !t.cap || !lex.labels.contains_key(t.lower) {
            continue;
        }
        let colon = toks.get(i + 1).is_some_and(|x| x.lower == ":");
        if t.upper && t.lower.len() > 1 || colon || i + 1 == n && title_case && i > 0 {
            drop[i] = true;
            if colon {
                drop[i + 1] = true;
            }
        }
    }
    let mut k = 0;
    toks.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// The char at byte `i` of `s` (a char boundary), decoded only when it is not ASCII.
#[inline]
fn char_at(s: &str, i: usize) -> char {
    let x = s.as_bytes()[i];
    if x.is_ascii() {
        char::from(x)
    } else {
        s[i..].chars().next().unwrap_or(' ')
    }
}

/// Splits `text[from..to]` into tokens.
pub(crate) fn tokenize<'a>(
    text: &str,
    lower: &'a str,
    from: usize,
    to: usize,
    out: &mut Vec<Tok<'a>>,
) {
    let s = &text[from..to];
    let b = s.as_bytes();
    // `i`: the next char to read (a byte offset in `s`, always on a char boundary)
    let mut i = 0;
    while i < b.len() {
        let c = char_at(s, i);
        let clen = c.len_utf8();
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        let start = from + i;
        if is_word_byte(c) || c == '$' || c == '#' {
            let mut end = start + clen;
            // whether the token so far is ASCII (tells `push` it may test bytes)
            let mut ascii = c.is_ascii();
            // `k`: the char after the token so far
            let mut k = i + clen;
            while k < b.len() {
                if b[k].is_ascii_alphanumeric() {
                    k += 1;
                    end = from + k;
                    continue;
                }
                let j = k;
                let d = char_at(s, j);
                if is_word_byte(d) {
                    k += d.len_utf8();
                    end = from + k;
                    ascii &= d.is_ascii();
                    continue;
                }
                // internal connectors: - . , ' ’ & / followed by a word char
                if matches!(d, '-' | '.' | '\'' | '’' | '&' | '/' | ',' | ':') {
                    let rest = &s[j + d.len_utf8()..];
                    let next = rest.chars().next();
                    let ok = match d {
                        ',' | ':' => {
                            // 1,000 / 10:30 only between digits
                            c.is_ascii_digit()
                                && s[..j].ends_with(|x: char| x.is_ascii_digit())
                                && next.is_some_and(|n| n.is_ascii_digit())
                        }
                        '.' => {
                            // 3.5, U.S., e.g.
                            next.is_some_and(|n| n.is_alphanumeric())
                                && (s[..j].ends_with(|x: char| x.is_ascii_digit())
                                    || (s[..j]
                                        .chars()
                                        .next_back()
                                        .is_some_and(|x| x.is_uppercase())
                                        && next.is_some_and(|n| n.is_uppercase())))
                        }
                        '\'' | '’' => {
                            // split possessive 's and n't; keep O'Brien
                            let r = rest.as_bytes();
                            let low = |n: usize| r.get(n).map(u8::to_ascii_lowercase);
                            let starts2 =
                                |x: &[u8; 2]| low(0) == Some(x[0]) && low(1) == Some(x[1]);
                            let is_s = rest.starts_with(['s', 'S'])
                                && !rest[1..].starts_with(|x: char| x.is_alphanumeric());
                            !(is_s
                                || low(0) == Some(b't') && s[..j].ends_with(['n', 'N'])
                                || starts2(b"ll")
                                || starts2(b"re")
                                || starts2(b"ve")
                                || low(0) == Some(b'd') && rest.len() == 1
                                || low(0) == Some(b'm') && rest.len() == 1)
                                && next.is_some_and(|n| n.is_alphabetic())
                        }
                        _ => next.is_some_and(|n| n.is_alphanumeric()),
                    };
                    if ok {
                        k += d.len_utf8();
                        end = from + k;
                        ascii &= d.is_ascii();
                        continue;
                    }
                }
                break;
            }
            // split "n't" off "didn't"
            let w = &text[start..end];
            // ("Won't", "Don't", "Isn't": the three-letter hosts too; "wo" and "ca" are
            // in the closed-class list as modals)
            if w.len() >= 3 && (w.ends_with('n') || w.ends_with('N')) && k < b.len() {
                let q = char_at(s, k);
                if matches!(q, '\'' | '’') && s[k + q.len_utf8()..].starts_with(['t', 'T']) {
                    let t_end = from + k + q.len_utf8() + 1;
                    push(text, lower, start, end - 1, ascii, out);
                    push(text, lower, end - 1, t_end, q.is_ascii(), out);
                    i = k + q.len_utf8() + 1;
                    continue;
                }
            }
            push(text, lower, start, end, ascii, out);
            i = k;
        } else if matches!(c, '\'' | '’') {
            // clitics: 's 've 'll 're 'd 'm n't
            let rest = &s[i + clen..];
            let n = rest
                .char_indices()
                .take_while(|(_, x)| x.is_alphabetic())
                .last()
                .map(|(k, x)| k + x.len_utf8())
                .unwrap_or(0);
            let cl = &rest.as_bytes()[..n];
            let is = |x: &[u8]| cl.eq_ignore_ascii_case(x);
            if n > 0
                && (is(b"s")
                    || is(b"ve")
                    || is(b"ll")
                    || is(b"re")
                    || is(b"d")
                    || is(b"m")
                    || is(b"t"))
            {
                let end = start + clen + n;
                push(text, lower, start, end, false, out);
                i += clen + n;
            } else {
                push(text, lower, start, start + clen, c.is_ascii(), out);
                i += clen;
            }
        } else {
            push(text, lower, start, start + clen, c.is_ascii(), out);
            i += clen;
        }
    }
}

/// Appends the token `text[start..end]`; `ascii`: the token is known to be ASCII (false
/// when not known), so that its classes are read on bytes.
fn push<'a>(
    text: &str,
    lower: &'a str,
    start: usize,
    end: usize,
    ascii: bool,
    out: &mut Vec<Tok<'a>>,
) {
    let mut low = lower.get(start..end).unwrap_or("");
    let (word, cap, upper) = if ascii {
        // the token's bytes (its own and its lower case's are ASCII alike)
        let w = &text.as_bytes()[start..end];
        let b = w.first().copied().unwrap_or(b' ');
        (
            b.is_ascii_alphanumeric() || b == b'$',
            b.is_ascii_uppercase(),
            // "no lower-case letter" (of more than one char)
            w.len() > 1 && !w.iter().any(u8::is_ascii_lowercase),
        )
    } else {
        let w = &text[start..end];
        // the first char's classes, on the byte when it is ASCII
        let (first, word, cap) = match w.as_bytes().first() {
            Some(&b) if b.is_ascii() => (
                char::from(b),
                b.is_ascii_alphanumeric() || b == b'$',
                b.is_ascii_uppercase(),
            ),
            _ => {
                let c = w.chars().next().unwrap_or(' ');
                (c, is_alnum(c) || c == '$', c.is_uppercase())
            }
        };
        // "no lower-case letter" (of more than one char), on bytes when the token is ASCII
        let upper = w.len() > 1
            && if w.is_ascii() {
                !w.bytes().any(|c| c.is_ascii_lowercase())
            } else {
                w.chars().all(|c| !c.is_lowercase())
            };
        if first == '’' {
            // normalise the typographic apostrophe of clitics
            low = match &low['’'.len_utf8()..] {
                "s" => "'s",
                "t" => "'t",
                "ll" => "'ll",
                "re" => "'re",
                "ve" => "'ve",
                "d" => "'d",
                "m" => "'m",
                _ => low,
            };
        }
        (word, cap, upper)
    };
    out.push(Tok {
        start,
        end,
        lower: low,
        pos: Pos::Punct,
        cap,
        upper,
        closed: 0,
        vforms: 0,
        lemma: None,
        ent: None,
        word,
        wflags: 0,
        best_lemma: None,
        guessed: false,
        noun_cue: false,
    });
}

/// Sentence ends within one line's tokens: indices one past each sentence's last token,
/// into `ends` (cleared first: one buffer serves every line of a document).
pub(crate) fn sentence_ends(toks: &[Tok], ends: &mut Vec<usize>) {
    ends.clear();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = toks[i].lower;
        if t == "." || t == "!" || t == "?" || t == "…" {
            // absorb closing quotes / brackets
            let mut j = i + 1;
            while j < n && matches!(toks[j].lower, "\"" | "”" | "'" | "’" | ")" | "»") {
                j += 1;
            }
            if j >= n {
                break;
            }
            let next = &toks[j];
            let prev_abbrev =
                i > 0 && is_abbrev(toks[i - 1].lower) && toks[i - 1].end == toks[i].start;
            let starts = next.cap
                || next.lower.starts_with(|c: char| c.is_ascii_digit())
                || matches!(next.lower, "\"" | "“" | "‘" | "(" | "«");
            if starts && !prev_abbrev {
                ends.push(j);
            }
            i = j;
            continue;
        }
        i += 1;
    }
    ends.push(n);
    ends.dedup();
}

fn is_abbrev(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "gen"
            | "lt"
            | "col"
            | "sgt"
            | "capt"
            | "gov"
            | "sen"
            | "rep"
            | "st"
            | "jr"
            | "sr"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "no"
            | "vs"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "u.s"
            | "u.k"
            | "e.g"
            | "i.e"
            | "mt"
            | "ft"
            | "approx"
            | "est"
    ) || (w.len() == 1 && w.chars().all(|c| c.is_alphabetic()))
}

fn time_word(w: &str, cap: bool) -> bool {
    if w == "may" || w == "march" {
        return cap;
    }
    // one `match` (dispatched on length and bytes), not a scan of a word list
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "sept"
            | "jan"
            | "feb"
            | "aug"
            | "oct"
            | "nov"
            | "dec"
            | "yesterday"
            | "today"
            | "tomorrow"
            | "week"
            | "weeks"
            | "weekend"
            | "month"
            | "months"
            | "year"
            | "years"
            | "tonight"
            | "decade"
            | "decades"
    )
}

/// Nouns and adjectives ending in "-ing" or "-ed" that no verb inflects.
const NOT_INFLECTED: &[&str] = &[
    "morning", "ceiling", "sibling", "darling", "pudding", "herring", "viking", "sterling",
    "shilling", "farthing", "awning", "icing", "inning", "hundred", "sacred", "naked", "wicked",
    "kindred", "rugged", "crooked", "ragged", "jagged", "beloved", "wretched", "infrared",
];

/// Verb forms guessed from the shape of a word the lexicon does not know: "-ed" a past
/// tense or participle, "-ing" a present participle (lower-case ASCII letters only, a
/// stem of three letters or more holding a vowel). 0: no guess.
pub(crate) fn guess_forms(w: &str) -> u8 {
    // neither "-ed" nor "-ing" (as every word of `NOT_INFLECTED`): no guess, the list and
    // the letters not read
    if !(w.ends_with("ed") || w.ends_with("ing")) {
        return 0;
    }
    if !w.bytes().all(|b| b.is_ascii_lowercase()) || NOT_INFLECTED.contains(&w) {
        return 0;
    }
    let vowel = |x: &str| x.bytes().any(|b| b"aeiouy".contains(&b));
    if let Some(stem) = w.strip_suffix("ed") {
        if stem.len() >= 3 && vowel(stem) && !stem.ends_with('e') {
            return vf::PAST | vf::PART;
        }
    }
    if let Some(stem) = w.strip_suffix("ing") {
        if stem.len() >= 3 && vowel(stem) {
            return vf::ING;
        }
    }
    0
}

/// Particles that close a verb written as one word with them ("shutdown", "crackdown").
const COMPOUND_PARTICLES: &[&str] = &["down", "up", "out", "off", "over", "back", "away"];

/// A verb-particle compound written as one word: "shutdown" -> "shut down" (when the
/// phrasal lexicon lists it).
fn compound_verb(lex: &Lexicon, w: &str) -> Option<String> {
    compound_split(lex, w).map(|(v, p)| format!("{v} {p}"))
}

/// [`compound_verb`]'s verb and particle, nothing built.
fn compound_split<'w>(lex: &Lexicon, w: &'w str) -> Option<(&'w str, &'static str)> {
    for p in COMPOUND_PARTICLES {
        let Some(v) = w.strip_suffix(p) else { continue };
        if v.len() < 2 {
            continue;
        }
        if lex
            .phrasal
            .get(v)
            .is_some_and(|ps| ps.iter().any(|x| x.len() == 1 && x[0] == *p))
        {
            return Some((v, p));
        }
    }
    None
}

/// The lemma of a verb token the lexicon does not know: a compound's phrasal verb, the
/// stem of an "-ed" or "-ing" form (a doubled final consonant undone: "pooped", "pooping":
/// poop), else the word itself.
pub(crate) fn guess_lemma(lex: &Lexicon, w: &str) -> String {
    if let Some(c) = compound_verb(lex, w) {
        return c;
    }
    let stem = if w.ends_with("ed") && guess_forms(w) != 0 {
        &w[..w.len() - 2]
    } else if w.ends_with("ing") && guess_forms(w) != 0 {
        &w[..w.len() - 3]
    } else {
        return w.to_string();
    };
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]) {
        return stem[..n - 1].to_string();
    }
    stem.to_string()
}

/// Assigns a part of speech to every token of one sentence.
pub(crate) fn tag(lex: &Lexicon, toks: &mut [Tok], title_case: bool) {
    let n = toks.len();
    // lexical lookups
    for t in toks.iter_mut() {
        if !t.word {
            t.pos = match t.lower {
                "," => Pos::Comma,
                "\"" | "“" | "”" | "‘" | "'" | "«" | "»" => Pos::Quote,
                _ => Pos::Punct,
            };
            if t.lower == "'s" {
                t.pos = Pos::PossS;
            } else if t.lower.starts_with('\'') && t.lower.len() > 1 {
                t.closed = lex.closed.get(t.lower).copied().unwrap_or(0);
                t.pos = if t.closed & cls::MODAL != 0 {
                    Pos::Modal
                } else if t.closed & cls::AUX != 0 {
                    Pos::Aux
                } else {
                    Pos::Punct
                };
                if t.lower == "'t" {
                    t.pos = Pos::Neg;
                }
            }
            continue;
        }
        let info = lex.words.get(t.lower).copied().unwrap_or_default();
        t.noun_cue = info.noun_cue;
        if info.closed == 0 && info.vforms == 0 && info.flags == 0 && t.ent.is_none() {
            // a word the lexicon does not know may still be a verb by its shape
            // ("pooped", "livestreaming"): the context decides
            let g = guess_forms(t.lower);
            if g != 0 {
                t.vforms = g;
                t.guessed = true;
                continue;
            }
        }
        t.closed = info.closed;
        t.wflags = info.flags;
        t.best_lemma = info.best_lemma;
        let mut forms = info.vforms;
        let mut lemma = info.lemma;
        // hyphenated words: "Iranian-made" -> no verb reading
        // (the verb forms tested first: most words have none, and the search for a
        // hyphen is the dearer test)
        if forms != 0 && t.lower.contains('-') && !t.lower.ends_with("-in") {
            forms = 0;
            lemma = None;
        }
        t.vforms = forms;
        t.lemma = lemma;
    }
    for i in 0..n {
        if !toks[i].word {
            continue;
        }
        let pos = decide(lex, toks, i, title_case);
        toks[i].pos = pos;
        if pos == Pos::Verb && toks[i].lemma.is_some() {
            toks[i].lemma = toks[i].best_lemma;
        }
    }
}

fn prev_sig(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        if matches!(toks[j].pos, Pos::Adv | Pos::Quote) && j < i {
            // look through adverbs and quotes
            if toks[j].pos == Pos::Adv && toks[j].closed & cls::NEG == 0 {
                continue;
            }
            if toks[j].pos == Pos::Quote {
                continue;
            }
        }
        return Some(j);
    }
    None
}

fn is_aux_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am" | "'m" | "'re" => "be",
        "has" | "have" | "had" | "having" | "'ve" => "have",
        "do" | "does" | "did" => "do",
        _ => return None,
    })
}

fn decide(lex: &Lexicon, toks: &[Tok], i: usize, title_case: bool) -> Pos {
    let t = &toks[i];
    let w = t.lower;
    let c = t.closed;
    if w.starts_with(|c: char| c.is_ascii_digit()) || w.starts_with('$') || c & cls::NUMW != 0 {
        if c & cls::NUMW != 0 && w == "one" {
            return Pos::Num;
        }
        return Pos::Num;
    }
    let prev = if i > 0 { Some(&toks[i - 1]) } else { None };
    let next = toks.get(i + 1);
    let first = i == 0 || matches!(prev.map(|p| p.pos), Some(Pos::Quote)) && i == 1;
    if time_word(w, t.cap) {
        return Pos::Time;
    }
    if w == "to" {
        return Pos::To;
    }
    // "last year", "next week", "this month"
    if matches!(
        w,
        "last" | "next" | "this" | "past" | "coming" | "previous" | "early" | "late" | "mid"
    ) && next.is_some_and(|x| time_word(x.lower, x.cap))
    {
        return Pos::Time;
    }
    // "Did Russia use drones?": the verb after an inverted subject
    if t.vforms & vf::BASE != 0
        && toks.last().is_some_and(|x| x.lower == "?")
        && toks
            .first()
            .is_some_and(|x| x.closed & (cls::AUX | cls::MODAL) != 0)
        && prev.is_some_and(|p| matches!(p.pos, Pos::Propn | Pos::Noun | Pos::Pron))
    {
        return Pos::Verb;
    }
    if c & cls::MODAL != 0 && !(w == "may" && t.cap && !first) && w != "will"
        || w == "will" && (!t.cap || first || title_case)
    {
        return Pos::Modal;
    }
    if c & cls::AUX != 0 && is_aux_word(w).is_some() {
        return Pos::Aux;
    }
    if c & cls::NEG != 0 && matches!(w, "not" | "n't" | "never" | "cannot") {
        return Pos::Neg;
    }
    if w == "that" {
        let nx = next.map(|x| x.pos);
        let prev_verb = prev.is_some_and(|p| p.pos == Pos::Verb || p.pos == Pos::Comma);
        let next_is_name_or_pron = next.is_some_and(|x| {
            x.cap
                || x.closed & (cls::PRON | cls::DET | cls::POSS) != 0
                || x.lower.starts_with(|c: char| c.is_ascii_digit())
        });
        if prev_verb || next_is_name_or_pron || nx.is_some_and(|p| p == Pos::Aux) {
            return Pos::Sub;
        }
        if next.is_some_and(|x| {
            x.closed & (cls::AUX | cls::MODAL) != 0
                || x.vforms & (vf::PAST | vf::PRES3) != 0
                    && x.closed == 0
                    && prev.is_some_and(|p| p.pos.head())
        }) {
            return Pos::Sub;
        }
        return Pos::Det;
    }
    if c & cls::SUB != 0 && t.vforms != 0 {
        // "of providing drones", "we never provided" vs "providing that", "provided that"
        let after_subject = prev.is_some_and(|p| {
            matches!(
                p.pos,
                Pos::Neg | Pos::Aux | Pos::Modal | Pos::Pron | Pos::Noun | Pos::Propn
            )
        });
        let after_prep = prev.is_some_and(|p| p.pos == Pos::Prep) && t.vforms & vf::ING != 0;
        if (after_subject || after_prep) && next.is_some_and(|x| x.lower != "that") {
            return Pos::Verb;
        }
    }
    if c & cls::POSS != 0 {
        if w == "her" {
            let nx = next.map(|x| x.closed == 0 && x.word).unwrap_or(false);
            return if nx { Pos::Poss } else { Pos::Pron };
        }
        return Pos::Poss;
    }
    if matches!(w, "this" | "these" | "those")
        && !next.is_some_and(|x| {
            x.word
                && x.closed & (cls::PREP | cls::CONJ | cls::SUB | cls::AUX | cls::MODAL) == 0
                && x.vforms & (vf::PAST | vf::PRES3) == 0
                || x.lower == "'s"
        })
    {
        return Pos::Pron;
    }
    if c & cls::DET != 0 && !(t.cap && !first) {
        // "no" before a noun is a determiner; "some"/"many" etc.
        return Pos::Det;
    }
    if c & cls::PRON != 0 && !(t.cap && !first && w != "i") {
        if matches!(w, "who" | "which" | "whom" | "whose") {
            return Pos::Sub;
        }
        return Pos::Pron;
    }
    if c & cls::CONJ != 0 && !(t.cap && !first && !title_case) {
        return Pos::Conj;
    }
    if c & cls::SUB != 0 && c & cls::PREP == 0 && !(t.cap && !first && !title_case) {
        return Pos::Sub;
    }
    if c & cls::PREP != 0 && !(t.cap && !first && !title_case) {
        // "after", "before", "since" followed by a clause are subordinators
        if c & cls::SUB != 0 {
            if let Some(x) = next {
                let clause = x.closed & cls::PRON != 0 && x.closed & cls::POSS == 0;
                if clause {
                    return Pos::Sub;
                }
            }
        }
        return Pos::Prep;
    }
    if c & cls::ADV != 0 && t.vforms == 0 {
        return Pos::Adv;
    }
    // an adverb that is also a verb, between an auxiliary and a verb: "can still order"
    if c & cls::ADV != 0
        && !t.cap
        && next.is_some_and(|x| x.vforms != 0 && x.closed == 0 && !x.cap)
        && prev_sig(toks, i)
            .is_some_and(|j| matches!(toks[j].pos, Pos::Modal | Pos::Aux | Pos::Neg))
    {
        return Pos::Adv;
    }
    if let Some((_, crate::lexicon::AliasKind::Demonym, end)) = t.ent {
        if end >= t.end
            && next.is_some_and(|x| x.word && (x.closed == 0 || x.closed & cls::NUMW != 0))
        {
            return Pos::Adj;
        }
    }
    if t.lower.ends_with("-made")
        || t.lower.ends_with("-backed")
        || t.lower.ends_with("-led")
        || t.lower.ends_with("-based")
    {
        return Pos::Adj;
    }
    if t.vforms == 0 && t.wflags & crate::lexicon::wf::ADJ != 0 && !(t.cap && !first) {
        return Pos::Adj;
    }
    // a word the lexicon does not know, where only a verb can stand: after a modal, "to"
    // before a noun phrase, or "don't" ("Apple will shutdown Beats", "won't livestream it");
    // a capitalised one only when it is a verb-particle compound ("Will Shutdown")
    if t.vforms == 0
        && c == 0
        && t.wflags == 0
        && t.ent.is_none()
        && w.len() > 2
        && w.bytes().all(|b| b.is_ascii_lowercase())
    {
        let p = prev_sig(toks, i);
        let after_modal = p.is_some_and(|j| toks[j].pos == Pos::Modal && toks[j].lower != "'d");
        let after_to = p.is_some_and(|j| toks[j].pos == Pos::To)
            && next.is_some_and(|x| x.closed & (cls::DET | cls::POSS | cls::PRON) != 0 || x.cap);
        let after_dont = p.is_some_and(|j| {
            toks[j].pos == Pos::Neg
                && j > 0
                && (toks[j - 1].pos == Pos::Modal || is_aux_word(toks[j - 1].lower) == Some("do"))
        });
        // (the compound looked up last: a capitalised word, most often a name, seldom
        // stands where a verb must)
        if (after_modal || after_to || after_dont) && (!t.cap || compound_split(lex, w).is_some()) {
            return Pos::Verb;
        }
    }
    // "Didn't Actually Adopt": an "-ly" adverb of a known stem in a title-case headline
    // ("actual-ly", "alleged-ly"; not "Kelly", "Beverly")
    if title_case && t.vforms == 0 && c == 0 && t.ent.is_none() && w.len() > 5 {
        if let Some(stem) = w.strip_suffix("ly") {
            let known = |x: &str| lex.words.get(x).is_some_and(|i| i.listed);
            let stem_known = known(stem)
                || stem.ends_with('i') && known(&format!("{}y", &stem[..stem.len() - 1]))
                || known(&format!("{stem}le"))
                || ["al", "ed", "ful", "ous", "ive", "ent", "ant", "ic"]
                    .iter()
                    .any(|x| stem.ends_with(x));
            if stem_known {
                return Pos::Adv;
            }
        }
    }
    let lexical_cap = t.cap && !first && !title_case;
    if lexical_cap || (t.cap && t.vforms == 0 && c == 0) {
        // a capitalised word inside a sentence, or an unknown capitalised word
        return Pos::Propn;
    }
    if w.ends_with("ly") && t.vforms == 0 && w.len() > 4 {
        return Pos::Adv;
    }
    if t.vforms == 0 {
        if c & cls::ADV != 0 {
            return Pos::Adv;
        }
        if t.cap && title_case && next.is_some_and(|x| x.cap) {
            return Pos::Propn;
        }
        return noun_or_adj(toks, i);
    }
    // ---- the word has verb readings: context decides
    let forms = t.vforms;
    let lexicon_noun = t.wflags & crate::lexicon::wf::NOUN != 0;
    let lemma = t
        .lemma
        .map(|l| lex.verb_counts[l as usize])
        .unwrap_or((0, 0));
    let noun_bias = lemma.1 > lemma.0 * 2 + 2;
    // an "-ing" adjective before a noun: "Missing Students", "leading experts"
    if forms & vf::ING != 0
        && t.wflags & crate::lexicon::wf::ADJ != 0
        && next.is_some_and(|x| {
            x.word
                && x.closed == 0
                && x.vforms & (vf::PAST | vf::PRES3) == 0
                && !x.lower.starts_with(|c: char| c.is_ascii_digit())
        })
    {
        return Pos::Adj;
    }
    let p = prev_sig(toks, i).map(|j| (j, toks[j].pos, toks[j].lower));
    let nx = next.map(|x| (x.pos, x.lower, x.closed, x.vforms));
    let next_starts_np = next.is_some_and(|x| {
        x.closed & (cls::DET | cls::POSS | cls::PRON) != 0
            || x.cap
            || x.lower.starts_with(|c: char| c.is_ascii_digit())
    });
    match p {
        Some((_, Pos::Modal, _)) | Some((_, Pos::To, _)) if forms & vf::BASE != 0 => {
            return Pos::Verb
        }
        Some((j, Pos::Aux, _)) => {
            let a = is_aux_word(toks[j].lower).unwrap_or("");
            if a == "do" && forms & vf::BASE != 0 {
                return Pos::Verb;
            }
            if a == "be" && forms & (vf::ING | vf::PART) != 0 {
                return Pos::Verb;
            }
            if a == "have" && forms & vf::PART != 0 {
                return Pos::Verb;
            }
            return noun_or_adj(toks, i);
        }
        Some((_, Pos::Neg, _)) if forms & (vf::BASE | vf::ING | vf::PART) != 0 => {
            return Pos::Verb;
        }
        Some((_, Pos::Det | Pos::Poss | Pos::PossS | Pos::Adj | Pos::Num, _)) => {
            if forms & vf::ING != 0 && nx.is_some_and(|x| matches!(x.0, Pos::Det | Pos::Poss)) {
                return Pos::Verb;
            }
            return noun_or_adj(toks, i);
        }
        Some((_, Pos::Prep, _)) => {
            if forms & vf::ING != 0 {
                return Pos::Verb;
            }
            return noun_or_adj(toks, i);
        }
        Some((_, Pos::Pron, pw)) => {
            let subj = matches!(
                pw,
                "he" | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "who"
                    | "which"
                    | "this"
                    | "these"
                    | "those"
                    | "there"
            );
            if subj && forms & (vf::PAST | vf::PRES3 | vf::BASE) != 0 {
                return Pos::Verb;
            }
            if forms & vf::ING != 0 {
                return Pos::Verb;
            }
            return noun_or_adj(toks, i);
        }
        Some((_, Pos::Sub, _)) => {
            if forms & (vf::PAST | vf::PRES3) != 0 && !noun_bias {
                return Pos::Verb;
            }
            if forms & vf::ING != 0 {
                return Pos::Verb;
            }
            return noun_or_adj(toks, i);
        }
        None => {
            // sentence start: gerund/participle openers, imperative headlines are rare
            if forms & vf::ING != 0 && next_starts_np {
                return Pos::Verb;
            }
            if forms & vf::PART != 0 && nx.is_some_and(|x| x.0 == Pos::Prep || x.1 == "by") {
                return Pos::Verb;
            }
            return noun_or_adj(toks, i);
        }
        _ => {}
    }
    // "Police arrest the mayor": a noun or name, then a base form, then a determiner
    if forms & vf::BASE != 0
        && p.is_some_and(|(j, pos, _)| j + 1 == i && matches!(pos, Pos::Noun | Pos::Propn))
        && next.is_some_and(|x| x.closed & (cls::DET | cls::POSS) != 0 && x.closed & cls::PRON == 0)
    {
        return Pos::Verb;
    }
    // after a noun, name, comma, conjunction, time word or closing punctuation
    if lexicon_noun {
        return noun_or_adj(toks, i);
    }
    // a clause has one finite verb: "Iran calls for Ukraine talks", "announced new sanctions"
    if forms & (vf::PAST | vf::PART | vf::ING) == 0
        && clause_has_verb(toks, i)
        && noun_reading(lemma)
    {
        return noun_or_adj(toks, i);
    }
    if forms & (vf::PAST | vf::PART) != 0 {
        // "drones used by", "Iran supplied"
        if forms & vf::BASE != 0 && forms & vf::PAST == 0 && noun_bias {
            return noun_or_adj(toks, i);
        }
        return Pos::Verb;
    }
    if forms & vf::PRES3 != 0 {
        // "Iran denies", "US claims" vs "arms deliveries"
        let followed = next.is_some_and(|x| {
            x.pos == Pos::To
                || x.lower == "to"
                || x.lower == "that"
                || x.closed & (cls::DET | cls::POSS | cls::PRON) != 0
                || x.cap
                || x.lower.starts_with(|c: char| c.is_ascii_digit())
        });
        let after_name = p.is_some_and(|(_, pos, _)| {
            matches!(
                pos,
                Pos::Propn | Pos::Noun | Pos::Time | Pos::Quote | Pos::Punct
            )
        });
        if after_name && (followed || !noun_bias) {
            return Pos::Verb;
        }
        return noun_or_adj(toks, i);
    }
    if forms & vf::ING != 0 {
        if p.is_some_and(|(_, pos, _)| matches!(pos, Pos::Comma | Pos::Conj | Pos::Time)) {
            return Pos::Verb;
        }
        if next_starts_np || nx.is_some_and(|x| matches!(x.0, Pos::Prep) || x.1 == "to") {
            return Pos::Verb;
        }
        // "about Iran supplying drones"
        if next.is_some_and(|x| {
            x.word && x.closed & (cls::PREP | cls::CONJ | cls::SUB | cls::AUX | cls::MODAL) == 0
        }) {
            return Pos::Verb;
        }
        return noun_or_adj(toks, i);
    }
    if forms & vf::BASE != 0 {
        // "Kyiv and the West say", "EADS defeat Boeing"
        let plural_subject = p.is_some_and(|(j, pos, _)| {
            matches!(pos, Pos::Propn | Pos::Noun)
                && (toks[j].lower.ends_with('s') || has_and_before(toks, j))
        });
        if plural_subject
            && !noun_bias
            && (next_starts_np || next.is_some_and(|x| x.lower == "that"))
        {
            return Pos::Verb;
        }
        if p.is_some_and(|(_, pos, _)| pos == Pos::Conj) && !noun_bias && next_starts_np {
            return Pos::Verb;
        }
    }
    noun_or_adj(toks, i)
}

fn noun_reading(counts: (u32, u32)) -> bool {
    counts.1 > 0 || counts.0 < 5
}

/// A verb already stands in the current clause (back to the last clause boundary).
fn clause_has_verb(toks: &[Tok], i: usize) -> bool {
    for t in toks[..i].iter().rev() {
        match t.pos {
            Pos::Verb | Pos::Aux | Pos::Modal => return true,
            Pos::Sub | Pos::Conj | Pos::Comma | Pos::Quote => return false,
            _ if t.lower == ";" || t.lower == ":" => return false,
            _ => {}
        }
    }
    false
}

fn has_and_before(toks: &[Tok], j: usize) -> bool {
    toks[..j].iter().rev().take(6).any(|t| t.lower == "and")
}

fn noun_or_adj(toks: &[Tok], i: usize) -> Pos {
    let t = &toks[i];
    if t.cap && i > 0 && toks[i - 1].pos != Pos::Quote {
        return Pos::Propn;
    }
    let next_nominal = toks.get(i + 1).is_some_and(|x| {
        x.word && x.closed == 0 && !x.lower.starts_with(|c: char| c.is_ascii_digit())
    });
    let w = t.lower;
    let adj_suffix = [
        "ous", "ful", "ive", "able", "ible", "al", "ic", "ish", "less", "ian", "ese", "ern", "est",
        "-made", "-based", "-old", "-led",
    ];
    if next_nominal && adj_suffix.iter().any(|s| w.ends_with(s)) {
        return Pos::Adj;
    }
    Pos::Noun
}

#[cfg(test)]
mod tests {
    /// `is_alnum` is `char::is_alphanumeric`: the block it answers alone holds no letter
    /// or digit.
    #[test]
    fn general_punctuation_holds_no_alphanumeric() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32).step_by(7) {
            assert_eq!(super::is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
