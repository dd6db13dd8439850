//! A seeded generator of statements with the shape of a news feed, for the comparison
//! benches (and `examples/perf_compare.rs`, which includes this file by path).
//!
//! The distribution, per statement unless said otherwise:
//!
//! - documents of 1 to 7 statements (4 on average), from 40 outlets, published in time
//!   order over two years;
//! - stories (propositions: actor, predicate, object, recipient): 10% of statements go to
//!   8 hot stories (about `n / 80` statements each: thousands at 10^5 and 10^6), the rest
//!   to a long tail of `n / 3` stories (a few statements each); a document keeps to its
//!   main story 60% of the time;
//! - holders drawn from 300 names, the 30 most prominent taking half the statements; 20%
//!   are the outlet's own narration (stance `report`);
//! - sides: 85% affirmed, 13% denied (a denying stance, or a negative polarity), 2%
//!   neither (a question);
//! - 10% carry an event time: the story's month, or (one in five) another month.
//!
//! Everything comes from one [`SplitMix64`] seed: the same `(n, seed)` gives the same
//! statements on every machine.

use gainsay::core::{
    Holder, Modality, Polarity, Proposition, Slots, Span, Stance, Statement, TimeRef, Times,
};
use gainsay::time::Interval;
use jiff::civil::Date;
use jiff::ToSpan;

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast, seedable PRNG, plenty for
/// drawing a benchmark's data.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`), by Lemire's multiply-shift.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64) < p
    }
}

/// Hot stories: few, with thousands of statements at 10^5 and beyond.
pub const HOT_STORIES: usize = 8;
/// Share of statements that go to the hot stories.
pub const HOT_SHARE: f64 = 0.10;
/// Distinct holder names.
pub const HOLDERS: usize = 300;
/// The seed of every bench.
pub const SEED: u64 = 0x6761_696E_7361_7921; // "gainsay!"

const HOLDER_STEMS: [&str; 20] = [
    "Iran",
    "Russia",
    "Ukraine",
    "United States",
    "European Union",
    "NATO",
    "China",
    "Turkey",
    "Israel",
    "Germany",
    "France",
    "United Kingdom",
    "India",
    "Saudi Arabia",
    "Syria",
    "Belarus",
    "Poland",
    "Hungary",
    "Qatar",
    "United Nations",
];
const HOLDER_ROLES: [&str; 15] = [
    "",
    "foreign ministry",
    "defence ministry",
    "president",
    "prime minister",
    "spokesperson",
    "officials",
    "army",
    "intelligence",
    "embassy",
    "state media",
    "opposition",
    "parliament",
    "envoy",
    "analysts",
];
const OUTLETS: [&str; 40] = [
    "Reuters",
    "AFP",
    "AP",
    "dpa",
    "Anadolu Agency",
    "IRNA",
    "TASS",
    "Ukrinform",
    "Al Jazeera",
    "BBC",
    "CNN",
    "The Guardian",
    "Le Monde",
    "Der Spiegel",
    "El Pais",
    "NHK",
    "Xinhua",
    "The Straits Times",
    "The Hindu",
    "Haaretz",
    "Kyiv Independent",
    "Meduza",
    "RFE/RL",
    "Politico",
    "Bloomberg",
    "Financial Times",
    "The Times",
    "Tehran Times",
    "Daily Sabah",
    "Gulf News",
    "Arab News",
    "Kommersant",
    "Interfax",
    "Notes from Poland",
    "Euronews",
    "France 24",
    "DW",
    "VOA",
    "Yonhap",
    "ANSA",
];
const PREDICATES: [&str; 40] = [
    "supply",
    "attack",
    "fund",
    "arrest",
    "kill",
    "sign",
    "ban",
    "meet",
    "invade",
    "shell",
    "sanction",
    "export",
    "import",
    "train",
    "deploy",
    "seize",
    "detain",
    "release",
    "recruit",
    "build",
    "sell",
    "buy",
    "transfer",
    "launch",
    "shoot down",
    "hack",
    "bomb",
    "blockade",
    "occupy",
    "withdraw",
    "approve",
    "reject",
    "violate",
    "negotiate",
    "smuggle",
    "target",
    "destroy",
    "capture",
    "evacuate",
    "supply arms",
];
const OBJECT_HEADS: [&str; 25] = [
    "drone",
    "missile",
    "weapon",
    "tank",
    "ammunition",
    "grain",
    "gas",
    "oil",
    "troops",
    "civilian",
    "journalist",
    "power plant",
    "bridge",
    "port",
    "hospital",
    "school",
    "convoy",
    "aid",
    "deal",
    "treaty",
    "border",
    "pipeline",
    "satellite",
    "warship",
    "aircraft",
];
const ACTORS: usize = 1009;

fn holder_name(i: usize) -> String {
    let stem = HOLDER_STEMS[i % HOLDER_STEMS.len()];
    let role = HOLDER_ROLES[(i / HOLDER_STEMS.len()) % HOLDER_ROLES.len()];
    if role.is_empty() {
        stem.to_string()
    } else {
        format!("{stem} {role}")
    }
}

/// The proposition of story `s`: a bijection from `s` to (actor, predicate, object), so
/// that distinct stories have distinct keys; the recipient is fixed per story.
fn story(s: usize) -> Proposition {
    let a = s % ACTORS;
    let stem = HOLDER_STEMS[a % HOLDER_STEMS.len()];
    let actor = if a < HOLDER_STEMS.len() {
        stem.to_string()
    } else {
        format!("{stem} {a}")
    };
    let rest = s / ACTORS;
    let predicate = PREDICATES[rest % PREDICATES.len()].to_string();
    let rest = rest / PREDICATES.len();
    let head = OBJECT_HEADS[rest % OBJECT_HEADS.len()];
    let object = if rest < OBJECT_HEADS.len() {
        head.to_string()
    } else {
        format!("{head} {}", rest / OBJECT_HEADS.len())
    };
    let recipient = (s % 3 == 0).then(|| HOLDER_STEMS[(s / 3) % HOLDER_STEMS.len()].to_string());
    Proposition {
        actor: Some(actor),
        predicate_class: Some(predicate.clone()),
        predicate,
        object: Some(object),
        object_class: None,
        recipient,
        object_origin: None,
    }
}

fn month(base: Date, k: i64) -> Interval {
    let start = base.checked_add(k.months()).unwrap_or(base);
    let end = start.checked_add(1.month()).ok();
    Interval::new(Some(start), end)
}

/// `n` statements drawn from the feed distribution above, in document order.
pub fn statements(n: usize, seed: u64) -> Vec<Statement> {
    let mut rng = SplitMix64::new(seed);
    let tail = (n / 3).max(1);
    let expected_docs = (n / 4).max(1);
    let base = Date::constant(2022, 1, 1);
    let holders: Vec<String> = (0..HOLDERS).map(holder_name).collect();
    let pick_story = |rng: &mut SplitMix64| {
        if rng.chance(HOT_SHARE) {
            rng.below(HOT_STORIES)
        } else {
            HOT_STORIES + rng.below(tail)
        }
    };
    let mut out = Vec::with_capacity(n);
    let mut doc = 0usize;
    while out.len() < n {
        let k = (1 + rng.below(7)).min(n - out.len());
        let doc_id = format!("d{doc}");
        let outlet = OUTLETS[rng.below(OUTLETS.len())];
        let day = (doc.min(expected_docs) * 730 / expected_docs) as i64;
        let published = base.checked_add(day.days()).ok();
        let main = pick_story(&mut rng);
        let mut offset = 0usize;
        for j in 0..k {
            let s = if rng.chance(0.6) {
                main
            } else {
                pick_story(&mut rng)
            };
            let proposition = story(s);
            let narration = rng.chance(0.2);
            let holder = if narration {
                Holder {
                    entities: vec![outlet.to_string()],
                    surface: outlet.to_string(),
                    speaker: None,
                    outlet: true,
                }
            } else {
                let h = if rng.chance(0.5) {
                    rng.below(30)
                } else {
                    rng.below(HOLDERS)
                };
                Holder {
                    entities: vec![holders[h].clone()],
                    surface: holders[h].clone(),
                    speaker: None,
                    outlet: false,
                }
            };
            let roll = rng.below(100);
            let (stance, polarity, modality) = if roll < 2 {
                (Stance::Assert, Polarity::Positive, Some(Modality::Question))
            } else if roll < 9 {
                (Stance::Deny, Polarity::Positive, None)
            } else if roll < 15 {
                (Stance::Assert, Polarity::Negative, None)
            } else if narration {
                (Stance::Report, Polarity::Positive, None)
            } else {
                const AFFIRM: [Stance; 7] = [
                    Stance::Assert,
                    Stance::Claim,
                    Stance::Accuse,
                    Stance::Allege,
                    Stance::Confirm,
                    Stance::Admit,
                    Stance::Acknowledge,
                ];
                (AFFIRM[rng.below(AFFIRM.len())], Polarity::Positive, None)
            };
            let text = format!(
                "{} {} that {} {} {}",
                holder.surface,
                stance,
                proposition.actor.as_deref().unwrap_or(""),
                proposition.predicate,
                proposition.object.as_deref().unwrap_or("")
            );
            let span = Span::new(offset, offset + text.len());
            offset = span.end + 2;
            let mut times = Times::default();
            if rng.chance(0.10) {
                let m = if rng.chance(0.2) {
                    rng.below(24) as i64
                } else {
                    (s % 24) as i64
                };
                times.event.push(TimeRef {
                    span: Span::new(span.end.saturating_sub(8), span.end),
                    interval: month(base, m),
                });
            }
            out.push(Statement {
                id: format!("{doc_id}/s{j}"),
                doc: doc_id.clone(),
                source: Some(outlet.to_string()),
                published,
                span,
                text,
                holder,
                stance,
                polarity,
                proposition,
                quantity: None,
                modality,
                slots: Slots::default(),
                rule: "BENCH/GENERATED",
                times,
            });
        }
        doc += 1;
    }
    out
}

/// The statements split by document (consecutive runs of one `doc`), as a feed delivers
/// them to `Index::add`.
pub fn by_document(statements: &[Statement]) -> Vec<Vec<Statement>> {
    let mut out: Vec<Vec<Statement>> = Vec::new();
    for s in statements {
        match out.last_mut() {
            Some(d) if d[0].doc == s.doc => d.push(s.clone()),
            _ => out.push(vec![s.clone()]),
        }
    }
    out
}
