//! Lexicons: data files embedded in the crate and extendable by users.
//!
//! Every lexicon is a tab-separated text file; `#` starts a comment line. Each is
//! validated on load: a malformed line, an unknown stance, an empty alias or a
//! duplicate entry fails [`ReaderBuilder::build`](crate::ReaderBuilder::build) with the
//! file name and line number.

use crate::error::Error;
use crate::hash::FastMap as HashMap;
use crate::types::{Modality, Stance};

/// The names of the lexicons, as accepted by
/// [`ReaderBuilder::add_lexicon`](crate::ReaderBuilder::add_lexicon).
pub const LEXICON_NAMES: [&str; 14] = [
    "entities",
    "cues",
    "predicates",
    "objects",
    "modality",
    "negation",
    "boilerplate",
    "groups",
    "titles",
    "verbs",
    "phrasal",
    "closed",
    "debunk",
    "adjectives",
];

/// The embedded lexicon files: (name, file name, text).
pub(crate) const EMBEDDED: [(&str, &str, &str); 14] = [
    (
        "entities",
        "entities.tsv",
        include_str!("../data/entities.tsv"),
    ),
    ("cues", "cues.tsv", include_str!("../data/cues.tsv")),
    (
        "predicates",
        "predicates.tsv",
        include_str!("../data/predicates.tsv"),
    ),
    (
        "objects",
        "objects.tsv",
        include_str!("../data/objects.tsv"),
    ),
    (
        "modality",
        "modality.tsv",
        include_str!("../data/modality.tsv"),
    ),
    (
        "negation",
        "negation.tsv",
        include_str!("../data/negation.tsv"),
    ),
    (
        "boilerplate",
        "boilerplate.tsv",
        include_str!("../data/boilerplate.tsv"),
    ),
    ("groups", "groups.tsv", include_str!("../data/groups.tsv")),
    ("titles", "titles.tsv", include_str!("../data/titles.tsv")),
    ("verbs", "verbs.tsv", include_str!("../data/verbs.tsv")),
    (
        "phrasal",
        "phrasal.tsv",
        include_str!("../data/phrasal.tsv"),
    ),
    ("closed", "closed.tsv", include_str!("../data/closed.tsv")),
    ("debunk", "debunk.tsv", include_str!("../data/debunk.tsv")),
    (
        "adjectives",
        "adjectives.tsv",
        include_str!("../data/adjectives.tsv"),
    ),
];

/// Closed-class membership bits.
pub(crate) mod cls {
    pub const DET: u32 = 1;
    pub const POSS: u32 = 1 << 1;
    pub const PRON: u32 = 1 << 2;
    pub const PREP: u32 = 1 << 3;
    pub const AUX: u32 = 1 << 4;
    pub const MODAL: u32 = 1 << 5;
    pub const CONJ: u32 = 1 << 6;
    pub const SUB: u32 = 1 << 7;
    pub const NEG: u32 = 1 << 8;
    pub const ADV: u32 = 1 << 9;
    pub const NUMW: u32 = 1 << 10;
}

fn class_bit(name: &str) -> Option<u32> {
    Some(match name {
        "DET" => cls::DET,
        "POSS" => cls::POSS,
        "PRON" => cls::PRON,
        "PREP" => cls::PREP,
        "AUX" => cls::AUX,
        "MODAL" => cls::MODAL,
        "CONJ" => cls::CONJ,
        "SUB" => cls::SUB,
        "NEG" => cls::NEG,
        "ADV" => cls::ADV,
        "NUMW" => cls::NUMW,
        _ => return None,
    })
}

/// Verb form bits.
pub(crate) mod vf {
    pub const BASE: u8 = 1;
    pub const PRES3: u8 = 1 << 1;
    pub const PAST: u8 = 1 << 2;
    pub const PART: u8 = 1 << 3;
    pub const ING: u8 = 1 << 4;
}

/// One reading of a word as a verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VerbForm {
    pub lemma: u32,
    pub forms: u8,
}

/// What kind of name an alias is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum AliasKind {
    Name,
    Demonym,
    Institution,
}

/// Everything the tagger needs about one word, merged from all lexicons at build time
/// (one hash lookup per token).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    pub closed: u32,
    pub vforms: u8,
    pub lemma: Option<u32>,
    pub best_lemma: Option<u32>,
    pub flags: u8,
    /// The word is in one of the word lexicons above (closed class, verbs, adjectives,
    /// objects, groups); an entry that is not is there for `noun_cue` alone.
    pub listed: bool,
    /// The word is a noun cue (`noun_cues`): a word without it is none, so the clause
    /// reader looks the cue up only for the words that have it.
    pub noun_cue: bool,
}

/// [`WordInfo::flags`] bits.
pub(crate) mod wf {
    /// An adjective of the adjective lexicon.
    pub const ADJ: u8 = 1;
    /// A noun of the object or group lexicons.
    pub const NOUN: u8 = 2;
}

/// A speech-act cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub stance: Stance,
    /// Takes "of V-ing" / "of N".
    pub of: bool,
    /// A bare object ("the allegations", "this") refers back to an earlier proposition.
    pub anaphor: bool,
    /// The direct object is the actor of the proposition ("accused Russia of").
    pub obj: bool,
    /// "dismissed X as baseless".
    pub as_: bool,
}

/// A predicate class.
#[derive(Debug, Clone, Default)]
pub(crate) struct PredClass {
    pub name: String,
    /// "V X with Y": X is the recipient.
    pub with_frame: bool,
    /// "V Y to X": X is the recipient.
    pub to_frame: bool,
}

/// All lexicons, loaded and validated.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub(crate) closed: HashMap<String, u32>,
    pub(crate) lemmas: Vec<String>,
    pub(crate) verb_counts: Vec<(u32, u32)>,
    pub(crate) verb_forms: HashMap<String, Vec<VerbForm>>,
    pub(crate) lemma_ids: HashMap<String, u32>,
    pub(crate) phrasal: HashMap<String, Vec<Vec<String>>>,
    pub(crate) entities: Vec<String>,
    pub(crate) entity_kind: Vec<String>,
    pub(crate) aliases: HashMap<String, (u32, AliasKind)>,
    pub(crate) verb_cues: HashMap<String, Cue>,
    pub(crate) noun_cues: HashMap<String, Cue>,
    pub(crate) phrase_cues: HashMap<String, Cue>,
    pub(crate) pred_classes: Vec<PredClass>,
    pub(crate) pred_verbs: HashMap<String, u32>,
    pub(crate) pred_nouns: HashMap<String, u32>,
    pub(crate) objects: HashMap<String, String>,
    /// The longest key of `objects`, in bytes (set by `finish`).
    pub(crate) objects_max_len: usize,
    pub(crate) object_parent: HashMap<String, String>,
    pub(crate) modality: HashMap<String, Modality>,
    pub(crate) negation: HashMap<String, bool>,
    pub(crate) boiler_prefix: Vec<String>,
    pub(crate) boiler_contains: Vec<String>,
    pub(crate) boiler_byline: Vec<String>,
    /// Editorial labels inside a headline ("UPDATE:", "BREAKING", "VIDEO"): no words of
    /// the sentence.
    pub(crate) labels: HashMap<String, ()>,
    pub(crate) groups: HashMap<String, ()>,
    pub(crate) titles: HashMap<String, ()>,
    pub(crate) debunk: HashMap<String, Stance>,
    /// Words in the longest debunking phrase ("too good to be true": 5).
    pub(crate) debunk_max_words: usize,
    /// For each first word of a debunking phrase, the most words of a phrase opening with
    /// it (set by `finish`): a phrase of more words opening with it is none.
    pub(crate) debunk_first: HashMap<String, usize>,
    pub(crate) adjectives: HashMap<String, ()>,
    pub(crate) neg_implicative: HashMap<String, ()>,
    /// Verbs (lemmas) that negate a gerund after "from" ("stopped him from becoming").
    pub(crate) neg_from: HashMap<String, ()>,
    pub(crate) words: HashMap<String, WordInfo>,
}

fn lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            None
        } else {
            Some((i + 1, l.split('\t').map(str::trim).collect()))
        }
    })
}

fn need(file: &str, line: usize, cols: &[&str], n: usize, what: &str) -> Result<(), Error> {
    if cols.len() < n || cols[..n].iter().any(|c| c.is_empty()) {
        return Err(Error::lexicon(
            file,
            line,
            format!(
                "expected {n} non-empty tab-separated columns ({what}), found {}",
                cols.iter().filter(|c| !c.is_empty()).count()
            ),
        ));
    }
    Ok(())
}

/// Regular English plural of a lower-case singular noun.
pub(crate) fn plural(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    if s.ends_with('s')
        || s.ends_with('x')
        || s.ends_with('z')
        || s.ends_with("ch")
        || s.ends_with("sh")
    {
        format!("{s}es")
    } else if n > 1 && b[n - 1] == b'y' && !b"aeiou".contains(&b[n - 2]) {
        format!("{}ies", &s[..n - 1])
    } else {
        format!("{s}s")
    }
}

impl Lexicon {
    /// Adds one lexicon file's entries. `name` is one of [`LEXICON_NAMES`]; `file` names
    /// it in errors.
    pub(crate) fn add(&mut self, name: &str, file: &str, text: &str) -> Result<(), Error> {
        match name {
            "closed" => self.add_closed(file, text),
            "verbs" => self.add_verbs(file, text),
            "phrasal" => self.add_phrasal(file, text),
            "entities" => self.add_entities(file, text),
            "cues" => self.add_cues(file, text),
            "predicates" => self.add_predicates(file, text),
            "objects" => self.add_objects(file, text),
            "modality" => self.add_modality(file, text),
            "negation" => self.add_negation(file, text),
            "boilerplate" => self.add_boilerplate(file, text),
            "groups" => self.add_set(file, text, true),
            "titles" => self.add_set(file, text, false),
            "debunk" => self.add_debunk(file, text),
            "adjectives" => {
                for (ln, cols) in lines(text) {
                    need(file, ln, &cols, 1, "word")?;
                    self.adjectives.insert(cols[0].to_lowercase(), ());
                }
                Ok(())
            }
            _ => Err(Error::UnknownLexicon {
                name: name.to_string(),
                expected: LEXICON_NAMES.join(", "),
            }),
        }
    }

    fn add_closed(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 2, "word, class")?;
            let bit = class_bit(cols[1]).ok_or_else(|| {
                Error::lexicon(
                    file,
                    ln,
                    format!(
                        "expected a class (DET POSS PRON PREP AUX MODAL CONJ SUB NEG ADV NUMW), found {:?}",
                        cols[1]
                    ),
                )
            })?;
            *self.closed.entry(cols[0].to_lowercase()).or_insert(0) |= bit;
        }
        Ok(())
    }

    pub(crate) fn lemma_id(&mut self, lemma: &str) -> u32 {
        if let Some(&id) = self.lemma_ids.get(lemma) {
            return id;
        }
        let id = self.lemmas.len() as u32;
        self.lemmas.push(lemma.to_string());
        self.verb_counts.push((0, 0));
        self.lemma_ids.insert(lemma.to_string(), id);
        id
    }

    fn add_form(&mut self, form: &str, lemma: u32, bits: u8) {
        let v = self.verb_forms.entry(form.to_string()).or_default();
        if let Some(f) = v.iter_mut().find(|f| f.lemma == lemma) {
            f.forms |= bits;
        } else {
            v.push(VerbForm { lemma, forms: bits });
        }
    }

    fn add_verbs(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(
                file,
                ln,
                &cols,
                5,
                "lemma, 3sg, past, past participle, -ing",
            )?;
            let lemma = cols[0].to_lowercase();
            let id = self.lemma_id(&lemma);
            self.add_form(&lemma, id, vf::BASE);
            for (col, bit) in [(1, vf::PRES3), (2, vf::PAST), (3, vf::PART), (4, vf::ING)] {
                for f in cols[col].split('|').filter(|f| !f.is_empty()) {
                    self.add_form(&f.to_lowercase(), id, bit);
                }
            }
            let num = |i: usize| -> Result<u32, Error> {
                match cols.get(i) {
                    None | Some(&"") => Ok(0),
                    Some(s) => s.parse().map_err(|_| {
                        Error::lexicon(file, ln, format!("expected a count, found {s:?}"))
                    }),
                }
            };
            let (v, n) = (num(5)?, num(6)?);
            let c = &mut self.verb_counts[id as usize];
            c.0 = c.0.max(v);
            c.1 = c.1.max(n);
        }
        Ok(())
    }

    fn add_phrasal(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 2, "verb, particles")?;
            let parts: Vec<String> = cols[1].split(' ').map(str::to_lowercase).collect();
            let v = self.phrasal.entry(cols[0].to_lowercase()).or_default();
            if !v.contains(&parts) {
                v.push(parts);
            }
        }
        for v in self.phrasal.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        Ok(())
    }

    fn add_entities(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 2, "canonical, kind")?;
            let id = match self.entities.iter().position(|e| e == cols[0]) {
                Some(i) => i as u32,
                None => {
                    self.entities.push(cols[0].to_string());
                    self.entity_kind.push(cols[1].to_string());
                    (self.entities.len() - 1) as u32
                }
            };
            let mut add = |s: &str, kind: AliasKind| -> Result<(), Error> {
                if let Some(&(other, _)) = self.aliases.get(s) {
                    if other != id {
                        return Err(Error::lexicon(
                            file,
                            ln,
                            format!(
                                "duplicate alias {s:?}: already names {:?}",
                                self.entities[other as usize]
                            ),
                        ));
                    }
                }
                self.aliases.insert(s.to_string(), (id, kind));
                Ok(())
            };
            add(cols[0], AliasKind::Name)?;
            for (col, kind) in [
                (2, AliasKind::Name),
                (3, AliasKind::Demonym),
                (4, AliasKind::Institution),
            ] {
                let Some(c) = cols.get(col) else { continue };
                if c.is_empty() {
                    continue;
                }
                for a in c.split('|') {
                    let a = a.trim();
                    if a.is_empty() {
                        return Err(Error::lexicon(
                            file,
                            ln,
                            format!(
                                "expected an alias, found an empty one in column {}",
                                col + 1
                            ),
                        ));
                    }
                    add(a, kind)?;
                    if let Some(rest) = a.strip_prefix("the ") {
                        add(rest, kind)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn stance(file: &str, ln: usize, s: &str) -> Result<Stance, Error> {
        Stance::from_name(s).ok_or_else(|| {
            Error::lexicon(
                file,
                ln,
                format!(
                    "expected a stance ({}), found {s:?}",
                    Stance::ALL.map(|s| s.name()).join(" ")
                ),
            )
        })
    }

    fn add_cues(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 3, "lemma, kind, stance")?;
            let stance = Self::stance(file, ln, cols[2])?;
            let flags = cols.get(3).copied().unwrap_or("");
            let mut cue = Cue {
                stance,
                of: false,
                anaphor: false,
                obj: false,
                as_: false,
            };
            for f in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                match f {
                    "of" => cue.of = true,
                    "anaphor" => cue.anaphor = true,
                    "obj" => cue.obj = true,
                    "as" => cue.as_ = true,
                    _ => {
                        return Err(Error::lexicon(
                            file,
                            ln,
                            format!("expected a flag (of, anaphor, obj, as), found {f:?}"),
                        ))
                    }
                }
            }
            let key = cols[0].to_lowercase();
            let map = match cols[1] {
                "verb" => &mut self.verb_cues,
                "noun" => &mut self.noun_cues,
                "phrase" => &mut self.phrase_cues,
                k => {
                    return Err(Error::lexicon(
                        file,
                        ln,
                        format!("expected a kind (verb, noun, phrase), found {k:?}"),
                    ))
                }
            };
            if map.insert(key.clone(), cue).is_some() {
                return Err(Error::lexicon(
                    file,
                    ln,
                    format!("duplicate {} cue {key:?}", cols[1]),
                ));
            }
            if cols[1] == "noun" {
                map.insert(plural(&key), cue);
            }
        }
        Ok(())
    }

    fn add_predicates(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 3, "class, kind, members")?;
            let name = cols[0].to_lowercase();
            let id = match self.pred_classes.iter().position(|c| c.name == name) {
                Some(i) => i as u32,
                None => {
                    self.pred_classes.push(PredClass {
                        name: name.clone(),
                        ..PredClass::default()
                    });
                    (self.pred_classes.len() - 1) as u32
                }
            };
            for f in cols.get(3).copied().unwrap_or("").split(',') {
                match f.trim() {
                    "" => {}
                    "with" => self.pred_classes[id as usize].with_frame = true,
                    "to" => self.pred_classes[id as usize].to_frame = true,
                    f => {
                        return Err(Error::lexicon(
                            file,
                            ln,
                            format!("expected a frame (with, to), found {f:?}"),
                        ))
                    }
                }
            }
            let noun = match cols[1] {
                "verb" | "light" => false,
                "noun" => true,
                k => {
                    return Err(Error::lexicon(
                        file,
                        ln,
                        format!("expected a kind (verb, noun, light), found {k:?}"),
                    ))
                }
            };
            for m in cols[2].split('|') {
                let m = m.trim().to_lowercase();
                if m.is_empty() {
                    return Err(Error::lexicon(
                        file,
                        ln,
                        "expected a member, found an empty one",
                    ));
                }
                let map = if noun {
                    &mut self.pred_nouns
                } else {
                    &mut self.pred_verbs
                };
                if let Some(&other) = map.get(&m) {
                    if other != id {
                        return Err(Error::lexicon(
                            file,
                            ln,
                            format!(
                                "duplicate member {m:?}: already in class {:?}",
                                self.pred_classes[other as usize].name
                            ),
                        ));
                    }
                }
                if noun {
                    map.insert(plural(&m), id);
                }
                map.insert(m, id);
            }
        }
        Ok(())
    }

    fn add_objects(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 3, "name, parent, surface words")?;
            let name = cols[0].to_lowercase();
            if cols[1] != "-" {
                let parent = cols[1].to_lowercase();
                if !self.object_parent.contains_key(&parent) && !self.objects.contains_key(&parent)
                {
                    return Err(Error::lexicon(
                        file,
                        ln,
                        format!("expected a parent defined on an earlier line, found {parent:?}"),
                    ));
                }
                self.object_parent.insert(name.clone(), parent);
            }
            for w in cols[2].split('|') {
                let w = w.trim().to_lowercase();
                if w.is_empty() {
                    return Err(Error::lexicon(
                        file,
                        ln,
                        "expected a word, found an empty one",
                    ));
                }
                if let Some(other) = self.objects.get(&w) {
                    if *other != name {
                        return Err(Error::lexicon(
                            file,
                            ln,
                            format!("duplicate word {w:?}: already names {other:?}"),
                        ));
                    }
                }
                self.objects.insert(plural(&w), name.clone());
                self.objects.insert(w, name.clone());
            }
        }
        Ok(())
    }

    fn add_modality(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 2, "phrase, modality")?;
            let m = Modality::from_name(cols[1]).ok_or_else(|| {
                Error::lexicon(
                    file,
                    ln,
                    format!(
                        "expected a modality (possible future readiness deontic conditional question purpose), found {:?}",
                        cols[1]
                    ),
                )
            })?;
            self.modality.insert(cols[0].to_lowercase(), m);
        }
        Ok(())
    }

    fn add_negation(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 2, "word, scope")?;
            let det = match cols[1] {
                "verb" => false,
                "det" => true,
                "inf" => {
                    self.neg_implicative.insert(cols[0].to_lowercase(), ());
                    continue;
                }
                "from" => {
                    self.neg_from.insert(cols[0].to_lowercase(), ());
                    continue;
                }
                s => {
                    return Err(Error::lexicon(
                        file,
                        ln,
                        format!("expected a scope (verb, det, inf, from), found {s:?}"),
                    ))
                }
            };
            self.negation.insert(cols[0].to_lowercase(), det);
        }
        Ok(())
    }

    fn add_boilerplate(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            if cols.len() < 2 || cols[1].is_empty() {
                return Err(Error::lexicon(
                    file,
                    ln,
                    "expected 2 tab-separated columns (kind, text)",
                ));
            }
            let t = cols[1].to_lowercase();
            match cols[0] {
                "prefix" => self.boiler_prefix.push(t),
                "contains" => self.boiler_contains.push(t),
                "byline" => self.boiler_byline.push(t),
                "label" => {
                    self.labels.insert(t, ());
                }
                k => {
                    return Err(Error::lexicon(
                        file,
                        ln,
                        format!("expected a kind (prefix, contains, byline, label), found {k:?}"),
                    ))
                }
            }
        }
        Ok(())
    }

    fn add_set(&mut self, file: &str, text: &str, groups: bool) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 1, "word")?;
            let set = if groups {
                &mut self.groups
            } else {
                &mut self.titles
            };
            let w = cols[0].to_lowercase();
            if groups {
                set.insert(plural(&w), ());
            }
            set.insert(w, ());
        }
        Ok(())
    }

    fn add_debunk(&mut self, file: &str, text: &str) -> Result<(), Error> {
        for (ln, cols) in lines(text) {
            need(file, ln, &cols, 2, "word, stance")?;
            let st = Self::stance(file, ln, cols[1])?;
            self.debunk_max_words = self
                .debunk_max_words
                .max(cols[0].split_whitespace().count());
            self.debunk.insert(cols[0].to_lowercase(), st);
        }
        Ok(())
    }

    /// Merges the per-word tables into [`Lexicon::words`]; call after the last `add`.
    pub(crate) fn finish(&mut self) {
        let mut words: HashMap<String, WordInfo> = HashMap::default();
        for (w, &c) in &self.closed {
            words.entry(w.clone()).or_default().closed |= c;
        }
        for (w, forms) in &self.verb_forms {
            let e = words.entry(w.clone()).or_default();
            for f in forms {
                e.vforms |= f.forms;
                if e.lemma.is_none() {
                    e.lemma = Some(f.lemma);
                }
            }
            // a word that is itself a lemma (BASE) wins for its own lemma only when it is
            // not also an inflection of another ("left" -> leave)
            e.best_lemma = forms
                .iter()
                .filter(|f| f.forms & !vf::BASE != 0)
                .max_by_key(|f| self.verb_counts[f.lemma as usize].0)
                .or_else(|| forms.first())
                .map(|f| f.lemma);
        }
        for w in self.adjectives.keys() {
            words.entry(w.clone()).or_default().flags |= wf::ADJ;
        }
        for w in self.objects.keys().chain(self.groups.keys()) {
            words.entry(w.clone()).or_default().flags |= wf::NOUN;
        }
        for info in words.values_mut() {
            info.listed = true;
        }
        for w in self.noun_cues.keys() {
            words.entry(w.clone()).or_default().noun_cue = true;
        }
        self.words = words;
        let mut first: HashMap<String, usize> = HashMap::default();
        for k in self.debunk.keys() {
            let mut parts = k.split(' ');
            let head = parts.next().unwrap_or_default();
            let n = 1 + parts.count();
            let e = first.entry(head.to_string()).or_default();
            *e = (*e).max(n);
        }
        self.debunk_first = first;
        self.objects_max_len = self.objects.keys().map(String::len).max().unwrap_or(0);
    }

    /// The verb readings of a lower-case word.
    pub(crate) fn verb(&self, w: &str) -> &[VerbForm] {
        self.verb_forms.get(w).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// The top ancestor of an object name.
    pub(crate) fn object_top(&self, name: &str) -> String {
        let mut cur = name;
        let mut steps = 0;
        while let Some(p) = self.object_parent.get(cur) {
            cur = p;
            steps += 1;
            if steps > 16 {
                break;
            }
        }
        cur.to_string()
    }
}
