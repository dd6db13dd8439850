//! Compact statements: [`Briefs`] keeps of each statement only what comparison and its
//! reports need, with names interned, so that a scan holds a million statements in a
//! few dozen megabytes.
//!
//! The comparer reads statements through the crate-private [`Set`] trait, implemented
//! for `[Statement]` and for [`Briefs`]: both give the same disputes.

use crate::key::{self, KeyHash};
use gainsay_core::hash::FastMap;
use gainsay_core::{Holder, Proposition, Side, Span, Stance, Statement, TimeRef};
use jiff::civil::Date;
use std::borrow::Cow;

/// What the comparer and its explanations read of statement `i` of a set.
pub(crate) trait Set {
    /// Number of statements.
    fn count(&self) -> usize;
    /// The side it takes.
    fn side(&self, i: usize) -> Side;
    /// The hashes of its proposition key, if it has one.
    fn key_hash(&self, i: usize) -> Option<KeyHash>;
    /// (actor, predicate key, object key) as written: what its key is made of.
    fn key_parts(&self, i: usize) -> (Option<&str>, &str, Option<&str>);
    /// Its proposition (owned for compact sets).
    fn proposition(&self, i: usize) -> Cow<'_, Proposition>;
    /// Event times.
    fn events(&self, i: usize) -> &[TimeRef];
    /// [`crate::refutes`]: a debunking statement or a refutation of its proposition.
    fn refutes(&self, i: usize) -> bool;
    /// [`crate::underspecified`]: no actor or no object, or it refutes.
    fn underspecified(&self, i: usize) -> bool;
    /// [`crate::named`]: its actor is capitalised.
    fn named(&self, i: usize) -> bool;
    /// [`crate::slot_words`], passed to `f` in order (for [`Briefs`]: those that can be
    /// among a statement's loose words whatever [`crate::Config::loose_min_word`]).
    fn slot_words(&self, i: usize, low: &mut String, f: &mut dyn FnMut(&str, bool));
    /// The document id.
    fn doc(&self, i: usize) -> &str;
    /// The evidence span.
    fn span(&self, i: usize) -> Span;
    /// [`crate::holder_key`].
    fn holder_key(&self, i: usize) -> Cow<'_, str>;
    /// The recipient of its proposition.
    fn recipient(&self, i: usize) -> Option<&str>;
    /// The claim date (claim time, else publication date).
    fn claim(&self, i: usize) -> Option<Date>;
    /// The holder is the outlet.
    fn outlet(&self, i: usize) -> bool;
    /// The statement id.
    fn id(&self, i: usize) -> Cow<'_, str>;
    /// [`Holder::canonical`].
    fn holder_canonical(&self, i: usize) -> Cow<'_, str>;
    /// The named speaker.
    fn speaker(&self, i: usize) -> Option<&str>;
    /// The document's source, else its id.
    fn source_or_doc(&self, i: usize) -> &str;
    /// The stance.
    fn stance(&self, i: usize) -> Stance;
    /// A value read from the memory [`Set::key_hash`] reads of statement `i` (for
    /// [`Statement`]s, the strings of its proposition, on the heap): comparison asks for
    /// a batch of statements before it hashes them, so that their memory is fetched
    /// together rather than one miss after another.
    fn touch_key(&self, i: usize) -> u8;
    /// As [`Set::touch_key`], for what gathering a statement's member record reads (its
    /// document id, holder, recipient and event times).
    fn touch_member(&self, i: usize) -> u8;
    /// A headline's statement as a whole (see [`crate::story`]).
    fn headline(&self, i: usize) -> bool;
    /// Its story stems when it is a headline's statement ([`crate::story::story_of`]).
    fn story(&self, i: usize) -> Option<Cow<'_, [String]>>;
}

impl Set for [Statement] {
    fn count(&self) -> usize {
        self.len()
    }
    fn side(&self, i: usize) -> Side {
        self[i].side()
    }
    fn key_hash(&self, i: usize) -> Option<KeyHash> {
        key::key_hash_parts(&self[i].proposition)
    }
    fn key_parts(&self, i: usize) -> (Option<&str>, &str, Option<&str>) {
        let p = &self[i].proposition;
        (p.actor.as_deref(), p.predicate_key(), p.object_key())
    }
    fn proposition(&self, i: usize) -> Cow<'_, Proposition> {
        Cow::Borrowed(&self[i].proposition)
    }
    fn events(&self, i: usize) -> &[TimeRef] {
        &self[i].times.event
    }
    fn refutes(&self, i: usize) -> bool {
        crate::refutes(&self[i])
    }
    fn underspecified(&self, i: usize) -> bool {
        crate::underspecified(&self[i])
    }
    fn named(&self, i: usize) -> bool {
        crate::named(&self[i])
    }
    fn slot_words(&self, i: usize, low: &mut String, f: &mut dyn FnMut(&str, bool)) {
        crate::slot_words(&self[i], low, f)
    }
    fn doc(&self, i: usize) -> &str {
        &self[i].doc
    }
    fn span(&self, i: usize) -> Span {
        self[i].span
    }
    fn holder_key(&self, i: usize) -> Cow<'_, str> {
        crate::holder_ref(&self[i])
    }
    fn recipient(&self, i: usize) -> Option<&str> {
        self[i].proposition.recipient.as_deref()
    }
    fn claim(&self, i: usize) -> Option<Date> {
        crate::claim_date(&self[i])
    }
    fn outlet(&self, i: usize) -> bool {
        self[i].holder.outlet
    }
    fn id(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(&self[i].id)
    }
    fn holder_canonical(&self, i: usize) -> Cow<'_, str> {
        canonical(&self[i].holder)
    }
    fn speaker(&self, i: usize) -> Option<&str> {
        self[i].holder.speaker.as_deref()
    }
    fn source_or_doc(&self, i: usize) -> &str {
        self[i].source.as_deref().unwrap_or(&self[i].doc)
    }
    fn stance(&self, i: usize) -> Stance {
        self[i].stance
    }
    fn touch_key(&self, i: usize) -> u8 {
        let s = &self[i];
        let p = &s.proposition;
        // and the fields of the statement read with its key, on another cache line of it
        first_byte(p.actor.as_deref())
            ^ first_byte(Some(p.predicate_key()))
            ^ first_byte(p.object_key())
            ^ s.rule.len() as u8
            ^ s.side() as u8
    }
    fn headline(&self, i: usize) -> bool {
        self[i].rule == gainsay_core::headline::HEADLINE_RULE
    }
    fn story(&self, i: usize) -> Option<Cow<'_, [String]>> {
        crate::story::story_of(&self[i]).map(Cow::Owned)
    }
    fn touch_member(&self, i: usize) -> u8 {
        let s = &self[i];
        let h = &s.holder;
        let holder = h
            .entities
            .first()
            .or(h.speaker.as_ref())
            .map(String::as_str);
        let event = s.times.event.first().map_or(0, |t| t.span.start as u8);
        first_byte(Some(&s.doc))
            ^ first_byte(holder)
            ^ first_byte(s.proposition.recipient.as_deref())
            ^ event
    }
}

/// The first byte of a string, 0 when absent or empty.
fn first_byte(s: Option<&str>) -> u8 {
    s.and_then(|s| s.as_bytes().first().copied()).unwrap_or(0)
}

/// [`Holder::canonical`], borrowed when there is at most one entity.
fn canonical(h: &Holder) -> Cow<'_, str> {
    match h.entities.as_slice() {
        [] => Cow::Borrowed(&h.surface),
        [e] => Cow::Borrowed(e),
        _ => Cow::Owned(h.canonical()),
    }
}

/// Interned strings: each distinct string is stored once, all in one buffer (no
/// allocation per string); 0 stands for none.
#[derive(Debug, Clone)]
struct Names {
    /// The strings, one after another.
    text: String,
    /// Where each string ends in `text`; string `id` starts where string `id - 1` ends
    /// (string 0 is empty).
    ends: Vec<usize>,
    /// The id of the first string of each 64-bit hash ([`name_hash`]).
    ids: FastMap<u64, u32>,
    /// The ids of strings whose hash an earlier, different string has (rare).
    collided: FastMap<Box<str>, u32>,
}

impl Default for Names {
    fn default() -> Names {
        Names {
            text: String::new(),
            ends: vec![0],
            ids: FastMap::default(),
            collided: FastMap::default(),
        }
    }
}

/// A 64-bit hash of a whole string, to find its id.
fn name_hash(s: &str) -> u64 {
    use std::hash::BuildHasher;
    let h = std::hash::BuildHasherDefault::<gainsay_core::hash::FxHasher>::default().hash_one(s);
    // Fx mixes low bits poorly; the map and the collision check want all 64
    h ^ h >> 29 ^ (s.len() as u64).rotate_right(7)
}

impl Names {
    fn id(&mut self, s: &str) -> u32 {
        let h = name_hash(s);
        let first = match self.ids.get(&h) {
            None => None,
            Some(&id) if self.get(id) == s => return id,
            Some(&id) => Some(id),
        };
        if first.is_some() {
            if let Some(&id) = self.collided.get(s) {
                return id;
            }
        }
        let id = u32::try_from(self.ends.len()).expect("at most 2^32 distinct names");
        self.text.push_str(s);
        self.ends.push(self.text.len());
        match first {
            None => self.ids.insert(h, id),
            Some(_) => self.collided.insert(s.into(), id),
        };
        id
    }
    fn opt(&mut self, s: Option<&str>) -> u32 {
        s.map_or(0, |s| self.id(s))
    }
    fn get(&self, id: u32) -> &str {
        match id as usize {
            0 => "",
            k => &self.text[self.ends[k - 1]..self.ends[k]],
        }
    }
    fn get_opt(&self, id: u32) -> Option<&str> {
        (id != 0).then(|| self.get(id))
    }
}

/// One document of a [`Briefs`].
#[derive(Debug, Clone)]
struct Doc {
    id: u32,
    source: u32,
}

const SIDE_AFFIRMED: u8 = 1;
const SIDE_DENIED: u8 = 2;
const HAS_KEY: u8 = 4;
const REFUTES: u8 = 8;
const OUTLET: u8 = 16;
const UNDERSPECIFIED: u8 = 32;
const NAMED: u8 = 64;
const HEADLINE: u8 = 128;

/// In `Briefs::words`: the word is an acronym (the other bits: its name id).
const ACRONYM: u32 = 1 << 31;

/// One statement of a [`Briefs`]: 92 bytes, names as numbers, 4-byte aligned.
#[derive(Debug, Clone)]
struct Brief {
    /// The span's ends; `[u32::MAX, u32::MAX]` when one does not fit in 32 bits (the span
    /// is then in `Briefs::odd_spans`).
    span: [u32; 2],
    doc: u32,
    /// `n` when the id is `"{doc}/s{n}"`, else `u32::MAX` (the id is in `Briefs::odd_ids`).
    id_n: u32,
    holder_key: u32,
    holder_canonical: u32,
    speaker: u32,
    actor: u32,
    predicate: u32,
    predicate_class: u32,
    object: u32,
    object_class: u32,
    recipient: u32,
    object_origin: u32,
    events_start: u32,
    claim: Option<Date>,
    events_len: u32,
    /// The statement's slot words are `Briefs::words[words_start..][..words_len]`.
    words_start: u32,
    words_len: u32,
    stance: Stance,
    flags: u8,
    /// The hashes of its proposition key (meaningful with [`HAS_KEY`]), computed once,
    /// when the statement is added, so that comparison reads the briefs in order and
    /// nothing else to bucket them: [`KeyHash::hash`] as two halves (low first), then
    /// [`KeyHash::check`]'s top 30 bits with [`KEY_FULL`] and [`KEY_STAR`].
    key: [u32; 3],
}

/// In `Brief::key[2]`: [`KeyHash::full`].
const KEY_FULL: u32 = 1;
/// In `Brief::key[2]`: [`KeyHash::star`].
const KEY_STAR: u32 = 2;

/// `KeyHash` packed as in `Brief::key`.
fn pack_key(kh: &KeyHash) -> [u32; 3] {
    [
        kh.hash as u32,
        (kh.hash >> 32) as u32,
        (kh.check & !3) | (u32::from(kh.full) * KEY_FULL) | (u32::from(kh.star) * KEY_STAR),
    ]
}

/// The `KeyHash` of `Brief::key` (the check's two lowest bits zero: only its top bits are
/// used).
fn unpack_key(k: [u32; 3]) -> KeyHash {
    KeyHash {
        hash: u64::from(k[0]) | u64::from(k[1]) << 32,
        check: k[2] & !3,
        full: k[2] & KEY_FULL != 0,
        star: k[2] & KEY_STAR != 0,
    }
}

/// Statements reduced to what [`Comparer::disputes_of_briefs`](crate::Comparer) and the
/// dispute reports need: ids, documents, holders, stances, propositions, claim dates and
/// event times, with every name interned (each distinct string is stored once). About 90
/// bytes a statement plus its event times, against the kilobyte or so of a [`Statement`]
/// with its evidence text; memory grows with the statements, not with the text read.
///
/// ```
/// use gainsay_core::{Document, Reader};
/// use gainsay_compare::{Briefs, Comparer};
///
/// let reader = Reader::new()?;
/// let mut briefs = Briefs::new();
/// for (id, text) in [("a", "Ukraine accused Iran of supplying drones to Russia."),
///                    ("b", "Iran denied that it had supplied drones to Russia.")] {
///     for s in reader.read(&Document::new(id, text)).statements {
///         briefs.push(&s); // the statement itself can go now
///     }
/// }
/// let disputes = Comparer::default().disputes_of_briefs(&briefs);
/// assert_eq!(disputes.len(), 1);
/// let c = &disputes[0].conflicts[0];
/// assert!(briefs.explanation(c).contains("Iran"));
/// # Ok::<(), gainsay_core::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Briefs {
    briefs: Vec<Brief>,
    names: Names,
    docs: Vec<Doc>,
    events: Vec<TimeRef>,
    /// Slot words (see `Set::slot_words`): name ids, [`ACRONYM`] flagged.
    words: Vec<u32>,
    odd_ids: FastMap<u32, Box<str>>,
    /// The spans that do not fit in 32-bit ends, by index.
    odd_spans: FastMap<u32, Span>,
    /// The story stems of headline statements (see [`crate::story`]), by index.
    stories: Vec<(u32, Vec<String>)>,
}

impl Briefs {
    /// No statements.
    pub fn new() -> Briefs {
        Briefs::default()
    }

    /// Number of statements.
    pub fn len(&self) -> usize {
        self.briefs.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.briefs.is_empty()
    }

    /// Adds the brief of a statement; its index is the number of statements before it.
    pub fn push(&mut self, s: &Statement) {
        let i = u32::try_from(self.briefs.len()).expect("at most 2^32 statements");
        let doc = match self.docs.last() {
            Some(d) if self.names.get(d.id) == s.doc && self.source_matches(d, s) => {
                self.docs.len() - 1
            }
            _ => {
                let id = self.names.id(&s.doc);
                let source = self.names.opt(s.source.as_deref());
                self.docs.push(Doc { id, source });
                self.docs.len() - 1
            }
        };
        let id_n = match canonical_id_n(&s.doc, &s.id) {
            Some(n) => n,
            None => {
                self.odd_ids.insert(i, s.id.as_str().into());
                u32::MAX
            }
        };
        let kh = key::key_hash_parts(&s.proposition);
        let mut flags = match s.side() {
            Side::Affirmed => SIDE_AFFIRMED,
            Side::Denied => SIDE_DENIED,
            Side::Neither => 0,
        };
        if kh.is_some() {
            flags |= HAS_KEY;
        }
        if crate::refutes(s) {
            flags |= REFUTES;
        }
        if crate::underspecified(s) {
            flags |= UNDERSPECIFIED;
        }
        if crate::named(s) {
            flags |= NAMED;
        }
        if s.holder.outlet {
            flags |= OUTLET;
        }
        if let Some(stems) = crate::story::story_of(s) {
            flags |= HEADLINE;
            self.stories.push((i, stems));
        }
        let events_start = u32::try_from(self.events.len()).expect("at most 2^32 event times");
        self.events.extend(s.times.event.iter().cloned());
        let (words_start, words_len) = self.push_slot_words(s);
        let n = &mut self.names;
        let p = &s.proposition;
        let brief = Brief {
            span: match (u32::try_from(s.span.start), u32::try_from(s.span.end)) {
                (Ok(a), Ok(b)) if b != u32::MAX => [a, b],
                _ => {
                    self.odd_spans.insert(i, s.span);
                    [u32::MAX, u32::MAX]
                }
            },
            doc: doc as u32,
            id_n,
            holder_key: n.id(&crate::holder_ref(s)),
            holder_canonical: n.id(&canonical(&s.holder)),
            speaker: n.opt(s.holder.speaker.as_deref()),
            actor: n.opt(p.actor.as_deref()),
            predicate: n.id(&p.predicate),
            predicate_class: n.opt(p.predicate_class.as_deref()),
            object: n.opt(p.object.as_deref()),
            object_class: n.opt(p.object_class.as_deref()),
            recipient: n.opt(p.recipient.as_deref()),
            object_origin: n.opt(p.object_origin.as_deref()),
            events_start,
            claim: crate::claim_date(s),
            events_len: u32::try_from(s.times.event.len()).expect("at most 2^32 event times"),
            words_start,
            words_len,
            stance: s.stance,
            flags,
            key: kh.as_ref().map_or([0; 3], pack_key),
        };
        self.briefs.push(brief);
    }

    /// Stores the slot words of `s` that can be among its loose words: distinct (word,
    /// acronym), not closed-class, and each preceded by fewer than twice
    /// [`crate::LOOSE_WORDS`] kept words at least as strong (an acronym passes any
    /// shortest length, another word one up to its length). Whatever
    /// [`crate::Config::loose_min_word`] is, the first `LOOSE_WORDS` distinct words that
    /// pass it are then kept, so the loose words come out as from the full statement.
    fn push_slot_words(&mut self, s: &Statement) -> (u32, u32) {
        let start = u32::try_from(self.words.len()).expect("at most 2^32 slot words");
        let mut kept: Vec<(u32, usize)> = Vec::new();
        let names = &mut self.names;
        let words = &mut self.words;
        crate::slot_words(s, &mut String::new(), &mut |w, acronym| {
            if crate::verdict::not_content(w) {
                return;
            }
            let strength = if acronym {
                usize::MAX
            } else {
                w.chars().count()
            };
            if kept.iter().filter(|k| k.1 >= strength).count() >= 2 * crate::LOOSE_WORDS {
                return;
            }
            let id = names.id(w);
            assert!(id < ACRONYM, "at most 2^31 distinct names");
            let id = if acronym { id | ACRONYM } else { id };
            if kept.iter().any(|k| k.0 == id) {
                return;
            }
            kept.push((id, strength));
            words.push(id);
        });
        let len = u32::try_from(kept.len()).expect("at most 2^32 slot words");
        (start, len)
    }

    fn source_matches(&self, d: &Doc, s: &Statement) -> bool {
        self.names.get_opt(d.source) == s.source.as_deref()
    }

    /// The id of statement `i`.
    pub fn id(&self, i: usize) -> Cow<'_, str> {
        Set::id(self, i)
    }

    /// The proposition of statement `i` (rebuilt from its interned parts).
    pub fn proposition(&self, i: usize) -> Proposition {
        Set::proposition(self, i).into_owned()
    }

    /// [`Dispute::key`](crate::Dispute::key) for a dispute found among these statements
    /// ([`crate::Comparer::disputes_of_briefs`]).
    pub fn dispute_key(&self, d: &crate::Dispute) -> crate::Key {
        crate::key_in(d, self)
    }

    /// [`Conflict::explanation`](crate::Conflict::explanation) for a conflict between
    /// these statements.
    pub fn explanation(&self, c: &crate::Conflict) -> String {
        crate::explanation_in(c, self)
    }
}

/// `Some(n)` when `id` is `"{doc}/s{n}"` with `n` written without leading zeros.
fn canonical_id_n(doc: &str, id: &str) -> Option<u32> {
    let digits = id.strip_prefix(doc)?.strip_prefix("/s")?;
    if digits.is_empty()
        || digits.len() > 9
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || digits.len() > 1 && digits.starts_with('0')
    {
        return None;
    }
    digits.parse().ok()
}

impl Set for Briefs {
    fn count(&self) -> usize {
        self.briefs.len()
    }
    fn side(&self, i: usize) -> Side {
        let f = self.briefs[i].flags;
        if f & SIDE_AFFIRMED != 0 {
            Side::Affirmed
        } else if f & SIDE_DENIED != 0 {
            Side::Denied
        } else {
            Side::Neither
        }
    }
    fn key_hash(&self, i: usize) -> Option<KeyHash> {
        let b = &self.briefs[i];
        (b.flags & HAS_KEY != 0).then(|| unpack_key(b.key))
    }
    fn key_parts(&self, i: usize) -> (Option<&str>, &str, Option<&str>) {
        let b = &self.briefs[i];
        let n = &self.names;
        let predicate = n.get_opt(b.predicate_class).unwrap_or(n.get(b.predicate));
        let object = n.get_opt(b.object_class).or(n.get_opt(b.object));
        (n.get_opt(b.actor), predicate, object)
    }
    fn proposition(&self, i: usize) -> Cow<'_, Proposition> {
        let b = &self.briefs[i];
        let n = &self.names;
        let s = |id: u32| n.get_opt(id).map(str::to_string);
        Cow::Owned(Proposition {
            actor: s(b.actor),
            predicate: n.get(b.predicate).to_string(),
            predicate_class: s(b.predicate_class),
            object: s(b.object),
            object_class: s(b.object_class),
            recipient: s(b.recipient),
            object_origin: s(b.object_origin),
        })
    }
    fn events(&self, i: usize) -> &[TimeRef] {
        let b = &self.briefs[i];
        let start = b.events_start as usize;
        &self.events[start..start + b.events_len as usize]
    }
    fn refutes(&self, i: usize) -> bool {
        self.briefs[i].flags & REFUTES != 0
    }
    fn underspecified(&self, i: usize) -> bool {
        self.briefs[i].flags & UNDERSPECIFIED != 0
    }
    fn named(&self, i: usize) -> bool {
        self.briefs[i].flags & NAMED != 0
    }
    fn slot_words(&self, i: usize, _low: &mut String, f: &mut dyn FnMut(&str, bool)) {
        let b = &self.briefs[i];
        let start = b.words_start as usize;
        for &w in &self.words[start..start + b.words_len as usize] {
            f(self.names.get(w & !ACRONYM), w & ACRONYM != 0);
        }
    }
    fn doc(&self, i: usize) -> &str {
        self.names.get(self.docs[self.briefs[i].doc as usize].id)
    }
    fn span(&self, i: usize) -> Span {
        match self.briefs[i].span {
            [u32::MAX, u32::MAX] => self.odd_spans[&(i as u32)],
            [a, b] => Span::new(a as usize, b as usize),
        }
    }
    fn holder_key(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.names.get(self.briefs[i].holder_key))
    }
    fn recipient(&self, i: usize) -> Option<&str> {
        self.names.get_opt(self.briefs[i].recipient)
    }
    fn claim(&self, i: usize) -> Option<Date> {
        self.briefs[i].claim
    }
    fn outlet(&self, i: usize) -> bool {
        self.briefs[i].flags & OUTLET != 0
    }
    fn id(&self, i: usize) -> Cow<'_, str> {
        match self.briefs[i].id_n {
            u32::MAX => Cow::Borrowed(&self.odd_ids[&(i as u32)]),
            n => Cow::Owned(format!("{}/s{n}", self.doc(i))),
        }
    }
    fn holder_canonical(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.names.get(self.briefs[i].holder_canonical))
    }
    fn speaker(&self, i: usize) -> Option<&str> {
        self.names.get_opt(self.briefs[i].speaker)
    }
    fn source_or_doc(&self, i: usize) -> &str {
        let d = &self.docs[self.briefs[i].doc as usize];
        self.names.get_opt(d.source).unwrap_or(self.names.get(d.id))
    }
    fn stance(&self, i: usize) -> Stance {
        self.briefs[i].stance
    }
    fn touch_key(&self, _i: usize) -> u8 {
        // briefs are compact: nothing far away to fetch
        0
    }
    fn touch_member(&self, _i: usize) -> u8 {
        0
    }
    fn headline(&self, i: usize) -> bool {
        self.briefs[i].flags & HEADLINE != 0
    }
    fn story(&self, i: usize) -> Option<Cow<'_, [String]>> {
        if !self.headline(i) {
            return None;
        }
        let k = self
            .stories
            .binary_search_by_key(&(i as u32), |x| x.0)
            .ok()?;
        Some(Cow::Borrowed(&self.stories[k].1[..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brief_stays_compact() {
        assert_eq!(std::mem::size_of::<Brief>(), 92);
    }

    #[test]
    fn spans_and_keys_come_back_as_pushed() {
        let reader = gainsay_core::Reader::new().unwrap();
        let doc =
            gainsay_core::Document::new("d", "Iran denied that it supplied drones to Russia.");
        let mut st = reader.read(&doc).statements;
        assert!(!st.is_empty());
        let mut far = st[0].clone();
        far.span = Span::new(5_000_000_000, 5_000_000_040);
        st.push(far);
        let mut briefs = Briefs::new();
        for s in &st {
            briefs.push(s);
        }
        for (i, s) in st.iter().enumerate() {
            assert_eq!(Set::span(&briefs, i), s.span);
            let want = key::key_hash_parts(&s.proposition);
            let got = Set::key_hash(&briefs, i);
            assert_eq!(want.is_some(), got.is_some());
            if let (Some(w), Some(g)) = (want, got) {
                assert_eq!(
                    (w.hash, w.check >> 2, w.full, w.star),
                    (g.hash, g.check >> 2, g.full, g.star)
                );
            }
        }
    }

    #[test]
    fn names_come_back_as_interned() {
        let mut n = Names::default();
        let words = [
            "Iran",
            "iran",
            "",
            "Russia",
            "Iran",
            "drones",
            "Русия",
            "drones",
        ];
        let ids: Vec<u32> = words.iter().map(|w| n.id(w)).collect();
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(n.get(id), *w);
        }
        assert_eq!(ids[0], ids[4]);
        assert_eq!(ids[5], ids[7]);
        assert_ne!(ids[0], ids[1]);
        assert_eq!(n.get_opt(0), None);
        // a string whose hash an earlier one has still gets its own id
        let (a, b) = ("first", "second");
        let id_a = n.id(a);
        n.ids.insert(name_hash(b), id_a);
        let id_b = n.id(b);
        assert_ne!(id_a, id_b);
        assert_eq!((n.get(id_a), n.get(id_b)), (a, b));
        assert_eq!(n.id(b), id_b);
    }

    #[test]
    fn canonical_ids() {
        assert_eq!(canonical_id_n("d1", "d1/s0"), Some(0));
        assert_eq!(canonical_id_n("d1", "d1/s17"), Some(17));
        assert_eq!(canonical_id_n("d1", "d1/s017"), None);
        assert_eq!(canonical_id_n("d1", "d1/s"), None);
        assert_eq!(canonical_id_n("d1", "d2/s1"), None);
        assert_eq!(canonical_id_n("d1", "d1/s1x"), None);
        assert_eq!(canonical_id_n("d1", "d1/s99999999999"), None);
    }
}
