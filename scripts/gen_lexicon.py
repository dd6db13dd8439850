#!/usr/bin/env python3
"""Generate gainsay-core's lexicon data files from WordNet 3.0.

Source
    Princeton WordNet 3.0 database files index.verb, verb.exc and cntlist.rev
    (the per-sense tag counts for nouns, verbs and adjectives) as shipped by the Debian package `wordnet-base`
    (version 1:3.0-37, Debian bookworm), installed under /usr/share/wordnet.
    WordNet 3.0 is (c) 2006 Princeton University under the WordNet 3.0 licence,
    which permits copying, modification and redistribution provided the
    notice is kept: see crates/gainsay-core/data/LICENSE-WordNet.txt.

Outputs (relative to the repository root)
    crates/gainsay-core/data/verbs.tsv    single-word verb lemmas + inflections + sense counts
    crates/gainsay-core/data/phrasal.tsv  multiword verbs "verb<TAB>particle(s)"
    crates/gainsay-core/data/closed.tsv   closed-class words; hand-written, the data is
                                          the CLOSED table at the bottom of this script
                                          (WordNet has no closed-class words)

How to run
    apt-get install wordnet-base          # or: apt-get download wordnet-base &&
                                          #     dpkg-deb -x wordnet-base_*.deb /tmp/wn
    python3 scripts/gen_lexicon.py [--wordnet DIR]
    DIR defaults to /usr/share/wordnet (with the dpkg-deb route:
    /tmp/wn/usr/share/wordnet). Run from anywhere; paths are resolved against
    the repository root (the parent of this script's folder). Python 3.8+, no
    third-party modules.

Determinism
    The output depends only on the WordNet files and this script: all rows are
    sorted, sets are emitted sorted, no timestamps are written. Re-running on the
    same input gives byte-identical files.

Counts
    verb_count / noun_count / adj_count are the summed semantic-concordance tag
    counts of all senses of the word in that part of speech (third field of
    cntlist.rev; adj_count includes adjective satellites). This is the
    "sum of sense tag counts"; note that the tagsense_cnt field of index.* is
    something else (the number of senses that have a non-zero count) and is
    not used.

Inflections
    Regular English rules (see `regular()`), overridden by WordNet's verb.exc
    (which lists irregular forms and most consonant-doubling forms, mapping
    form -> lemma without saying which form it is; `classify_exc()` decides),
    corrected by a list of zero-change verbs (cut/cut/cut), a list of verbs
    with both a regular and an irregular form (burned|burnt), and a hand table
    (OVERRIDES) for the most frequent verbs, which wins over everything.
"""

import argparse
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "crates", "gainsay-core", "data")
SOURCE = "WordNet 3.0 (Debian wordnet-base 1:3.0-37)"

VOWELS = set("aeiou")

# ---------------------------------------------------------------------------
# Hand tables
# ---------------------------------------------------------------------------

# Verbs whose past and past participle equal the lemma (cut/cut/cut).
ZERO_CHANGE = {
    "bet", "bid", "broadcast", "burst", "bust", "cast", "cost", "cut", "fit", "forecast",
    "hit", "hurt", "knit", "let", "put", "quit", "read", "rid", "set", "shed", "shit",
    "shut", "slit", "split", "spread", "sweat", "thrust", "wed", "wet", "input", "output",
    "podcast", "webcast", "telecast", "simulcast", "typecast", "miscast", "recast",
    "overcast", "upset", "beset", "offset", "reset", "preset", "inset", "sublet",
    "outbid", "overbid", "underbid", "undercut", "intercut", "crosscut", "proofread",
    "lipread", "misread", "reread", "copyread", "sightread", "mishit", "overspread",
    "bespread", "typeset", "handset", "spit", "hit", "outcast", "roughcast",
}
# Prefixes that make a compound of a zero-change verb (re+set, mis+read, ...).
ZERO_PREFIXES = ("re", "mis", "out", "over", "under", "up", "fore", "be", "off", "in",
                 "pre", "sub", "inter", "cross", "proof", "lip", "sight", "copy", "broad",
                 "type", "tele", "simul", "pod", "web", "by")
ZERO_SUFFIXES = ("set", "cut", "put", "read", "cast", "bid", "hit", "let", "spread",
                 "burst", "thrust", "shut", "split", "cost", "hurt", "shed")
# Zero-change verbs that also take the regular -ed form.
ZERO_ALSO_REGULAR = {
    "bet", "broadcast", "bust", "fit", "forecast", "knit", "quit", "sweat", "wed", "wet",
    "podcast", "webcast", "telecast", "simulcast", "spit",
}
# Verbs in -el/-al/-il whose final syllable is stressed: only the doubled -lled form
# (the American single-l variant is added for the other -el/-al verbs: traveled|travelled).
STRESSED_L = {"compel", "expel", "repel", "propel", "impel", "dispel", "excel", "rebel",
              "appal", "enthral", "disenthral", "instal", "befall", "enrol", "annul", "corral"}

# Verbs with an irregular form in verb.exc (or known) that are also used regularly.
ALSO_REGULAR = {
    "burn", "learn", "dream", "leap", "spell", "spill", "spoil", "smell", "kneel", "dwell",
    "lean", "light", "dive", "prove", "show", "sew", "mow", "hang", "shine", "speed",
    "strive", "wake", "weave", "thrive", "swell", "plead", "sneak",
    "saw", "sow", "strew", "hew", "shear", "shave", "melt", "crow", "gild", "gird",
    "abide", "awake", "bless", "clothe", "dare", "heave", "lade", "leap", "rive",
    "shrive", "slay", "stave", "sunburn", "swink", "thrive", "wend", "work",
    "backlight", "floodlight", "spotlight", "moonlight", "outshine", "forecast",
    # verb.exc lists an archaic -t form only (addrest, curst, gript, bypast, pent)
    "address", "bypass", "curse", "geld", "grip", "pen", "transfix", "misspell", "unlearn",
    "undergird", "indwell", "reave",
}
# Polysyllables whose final consonant verb.exc doubles (British) but American English
# often does not: both spellings are listed (combated|combatted).
BOTH_DOUBLING = {"combat", "worship", "kidnap", "diagram", "program", "benefit", "focus",
                 "bias"}

# Hand-checked forms for frequent verbs: lemma -> (3sg, past, past participle, ing).
# Several variants are joined with "|". These win over everything computed.
OVERRIDES = {
    "be": ("is|am|are", "was|were", "been", "being"),
    "have": ("has", "had", "had", "having"),
    "do": ("does", "did", "done", "doing"),
    "say": ("says", "said", "said", "saying"),
    "go": ("goes", "went", "gone", "going"),
    "get": ("gets", "got", "got|gotten", "getting"),
    "make": ("makes", "made", "made", "making"),
    "take": ("takes", "took", "taken", "taking"),
    "give": ("gives", "gave", "given", "giving"),
    "see": ("sees", "saw", "seen", "seeing"),
    "come": ("comes", "came", "come", "coming"),
    "become": ("becomes", "became", "become", "becoming"),
    "overcome": ("overcomes", "overcame", "overcome", "overcoming"),
    "know": ("knows", "knew", "known", "knowing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "tell": ("tells", "told", "told", "telling"),
    "find": ("finds", "found", "found", "finding"),
    "leave": ("leaves", "left", "left", "leaving"),
    "put": ("puts", "put", "put", "putting"),
    "set": ("sets", "set", "set", "setting"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "let": ("lets", "let", "let", "letting"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "cost": ("costs", "cost|costed", "cost|costed", "costing"),
    "quit": ("quits", "quit|quitted", "quit|quitted", "quitting"),
    "spread": ("spreads", "spread", "spread", "spreading"),
    "bid": ("bids", "bid|bade", "bid|bidden", "bidding"),
    "shut": ("shuts", "shut", "shut", "shutting"),
    "lead": ("leads", "led", "led", "leading"),
    "read": ("reads", "read", "read", "reading"),
    "run": ("runs", "ran", "run", "running"),
    "win": ("wins", "won", "won", "winning"),
    "sell": ("sells", "sold", "sold", "selling"),
    "send": ("sends", "sent", "sent", "sending"),
    "buy": ("buys", "bought", "bought", "buying"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "begin": ("begins", "began", "begun", "beginning"),
    "meet": ("meets", "met", "met", "meeting"),
    "hold": ("holds", "held", "held", "holding"),
    "pay": ("pays", "paid", "paid", "paying"),
    "lay": ("lays", "laid", "laid", "laying"),
    "lie": ("lies", "lay|lied", "lain|lied", "lying"),
    "rise": ("rises", "rose", "risen", "rising"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "strike": ("strikes", "struck", "struck|stricken", "striking"),
    "fight": ("fights", "fought", "fought", "fighting"),
    "teach": ("teaches", "taught", "taught", "teaching"),
    "catch": ("catches", "caught", "caught", "catching"),
    "build": ("builds", "built", "built", "building"),
    "spend": ("spends", "spent", "spent", "spending"),
    "lose": ("loses", "lost", "lost", "losing"),
    "mean": ("means", "meant", "meant", "meaning"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "stand": ("stands", "stood", "stood", "standing"),
    "understand": ("understands", "understood", "understood", "understanding"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "drive": ("drives", "drove", "driven", "driving"),
    "write": ("writes", "wrote", "written", "writing"),
    "ride": ("rides", "rode", "ridden", "riding"),
    "show": ("shows", "showed", "shown|showed", "showing"),
    "fly": ("flies", "flew", "flown", "flying"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "grow": ("grows", "grew", "grown", "growing"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "wear": ("wears", "wore", "worn", "wearing"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "bear": ("bears", "bore", "borne|born", "bearing"),
    "forecast": ("forecasts", "forecast|forecasted", "forecast|forecasted", "forecasting"),
    "broadcast": ("broadcasts", "broadcast|broadcasted", "broadcast|broadcasted", "broadcasting"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "overtake": ("overtakes", "overtook", "overtaken", "overtaking"),
    "oversee": ("oversees", "oversaw", "overseen", "overseeing"),
    "forgo": ("forgoes", "forwent", "forgone", "forgoing"),
    "forego": ("foregoes", "forewent", "foregone", "foregoing"),
    "beat": ("beats", "beat", "beaten|beat", "beating"),
    "hear": ("hears", "heard", "heard", "hearing"),
    "hurt": ("hurts", "hurt", "hurt", "hurting"),
    "eat": ("eats", "ate", "eaten", "eating"),
    "forget": ("forgets", "forgot", "forgotten|forgot", "forgetting"),
    "forgive": ("forgives", "forgave", "forgiven", "forgiving"),
    "hang": ("hangs", "hung|hanged", "hung|hanged", "hanging"),
    "light": ("lights", "lit|lighted", "lit|lighted", "lighting"),
    "prove": ("proves", "proved", "proven|proved", "proving"),
    "dive": ("dives", "dived|dove", "dived", "diving"),
    "shine": ("shines", "shone|shined", "shone|shined", "shining"),
    "wake": ("wakes", "woke|waked", "woken|waked", "waking"),
    "sink": ("sinks", "sank|sunk", "sunk", "sinking"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "steal": ("steals", "stole", "stolen", "stealing"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "hide": ("hides", "hid", "hidden", "hiding"),
    "bite": ("bites", "bit", "bitten", "biting"),
    "blow": ("blows", "blew", "blown", "blowing"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "sit": ("sits", "sat", "sat", "sitting"),
    "sleep": ("sleeps", "slept", "slept", "sleeping"),
    "slide": ("slides", "slid", "slid", "sliding"),
    "stick": ("sticks", "stuck", "stuck", "sticking"),
    "swing": ("swings", "swung", "swung", "swinging"),
    "hang_": ("", "", "", ""),  # placeholder removed below
    "feed": ("feeds", "fed", "fed", "feeding"),
    "flee": ("flees", "fled", "fled", "fleeing"),
    "lend": ("lends", "lent", "lent", "lending"),
    "bend": ("bends", "bent", "bent", "bending"),
    "deal": ("deals", "dealt", "dealt", "dealing"),
    "dig": ("digs", "dug", "dug", "digging"),
    "drink": ("drinks", "drank", "drunk", "drinking"),
    "ring": ("rings", "rang", "rung", "ringing"),
    "sing": ("sings", "sang", "sung", "singing"),
    "swim": ("swims", "swam", "swum", "swimming"),
    "shrink": ("shrinks", "shrank|shrunk", "shrunk", "shrinking"),
    "spring": ("springs", "sprang|sprung", "sprung", "springing"),
    "stink": ("stinks", "stank|stunk", "stunk", "stinking"),
    "burn": ("burns", "burned|burnt", "burned|burnt", "burning"),
    "learn": ("learns", "learned|learnt", "learned|learnt", "learning"),
    "dream": ("dreams", "dreamed|dreamt", "dreamed|dreamt", "dreaming"),
    "spill": ("spills", "spilled|spilt", "spilled|spilt", "spilling"),
    "lean": ("leans", "leaned|leant", "leaned|leant", "leaning"),
    "leap": ("leaps", "leaped|leapt", "leaped|leapt", "leaping"),
    "kneel": ("kneels", "knelt|kneeled", "knelt|kneeled", "kneeling"),
    "plead": ("pleads", "pleaded|pled", "pleaded|pled", "pleading"),
    "sneak": ("sneaks", "sneaked|snuck", "sneaked|snuck", "sneaking"),
    "speed": ("speeds", "sped|speeded", "sped|speeded", "speeding"),
    "fit": ("fits", "fit|fitted", "fit|fitted", "fitting"),
    "bet": ("bets", "bet|betted", "bet|betted", "betting"),
    "wet": ("wets", "wet|wetted", "wet|wetted", "wetting"),
    "input": ("inputs", "input|inputted", "input|inputted", "inputting|inputing"),
    "output": ("outputs", "output|outputted", "output|outputted", "outputting"),
    "instil": ("instils", "instilled", "instilled", "instilling"),
    "browbeat": ("browbeats", "browbeat", "browbeaten|browbeat", "browbeating"),
    "upset": ("upsets", "upset", "upset", "upsetting"),
    "offset": ("offsets", "offset", "offset", "offsetting"),
    "outrun": ("outruns", "outran", "outrun", "outrunning"),
    "overrun": ("overruns", "overran", "overrun", "overrunning"),
    "rerun": ("reruns", "reran", "rerun", "rerunning"),
    "mislead": ("misleads", "misled", "misled", "misleading"),
    "misunderstand": ("misunderstands", "misunderstood", "misunderstood", "misunderstanding"),
    "withhold": ("withholds", "withheld", "withheld", "withholding"),
    "uphold": ("upholds", "upheld", "upheld", "upholding"),
    "withstand": ("withstands", "withstood", "withstood", "withstanding"),
    "arise": ("arises", "arose", "arisen", "arising"),
    "awake": ("awakes", "awoke|awaked", "awoken|awaked", "awaking"),
    "seize": ("seizes", "seized", "seized", "seizing"),
    "die": ("dies", "died", "died", "dying"),
    "tie": ("ties", "tied", "tied", "tying"),
    "dye": ("dyes", "dyed", "dyed", "dyeing"),
    "agree": ("agrees", "agreed", "agreed", "agreeing"),
    "free": ("frees", "freed", "freed", "freeing"),
    "visit": ("visits", "visited", "visited", "visiting"),
    "travel": ("travels", "traveled|travelled", "traveled|travelled", "traveling|travelling"),
    "cancel": ("cancels", "canceled|cancelled", "canceled|cancelled", "canceling|cancelling"),
    "label": ("labels", "labeled|labelled", "labeled|labelled", "labeling|labelling"),
    "model": ("models", "modeled|modelled", "modeled|modelled", "modeling|modelling"),
    "signal": ("signals", "signaled|signalled", "signaled|signalled", "signaling|signalling"),
    "fuel": ("fuels", "fueled|fuelled", "fueled|fuelled", "fueling|fuelling"),
    "level": ("levels", "leveled|levelled", "leveled|levelled", "leveling|levelling"),
    "total": ("totals", "totaled|totalled", "totaled|totalled", "totaling|totalling"),
    "focus": ("focuses|focusses", "focused|focussed", "focused|focussed", "focusing|focussing"),
    "bus": ("buses|busses", "bused|bussed", "bused|bussed", "busing|bussing"),
    "gas": ("gases|gasses", "gassed", "gassed", "gassing"),
    "panic": ("panics", "panicked", "panicked", "panicking"),
    "program": ("programs|programmes", "programmed|programed", "programmed|programed", "programming|programing"),
    "benefit": ("benefits", "benefited|benefitted", "benefited|benefitted", "benefiting|benefitting"),
    "target": ("targets", "targeted", "targeted", "targeting"),
    "budget": ("budgets", "budgeted", "budgeted", "budgeting"),
    "commit": ("commits", "committed", "committed", "committing"),
    "admit": ("admits", "admitted", "admitted", "admitting"),
    "submit": ("submits", "submitted", "submitted", "submitting"),
    "permit": ("permits", "permitted", "permitted", "permitting"),
    "transmit": ("transmits", "transmitted", "transmitted", "transmitting"),
    "refer": ("refers", "referred", "referred", "referring"),
    "prefer": ("prefers", "preferred", "preferred", "preferring"),
    "occur": ("occurs", "occurred", "occurred", "occurring"),
    "deter": ("deters", "deterred", "deterred", "deterring"),
    "control": ("controls", "controlled", "controlled", "controlling"),
    "patrol": ("patrols", "patrolled", "patrolled", "patrolling"),
    "ship": ("ships", "shipped", "shipped", "shipping"),
    "plan": ("plans", "planned", "planned", "planning"),
    "stop": ("stops", "stopped", "stopped", "stopping"),
    "drop": ("drops", "dropped", "dropped", "dropping"),
    "deny": ("denies", "denied", "denied", "denying"),
    "supply": ("supplies", "supplied", "supplied", "supplying"),
    "rely": ("relies", "relied", "relied", "relying"),
    "reply": ("replies", "replied", "replied", "replying"),
    "apply": ("applies", "applied", "applied", "applying"),
    "try": ("tries", "tried", "tried", "trying"),
    "carry": ("carries", "carried", "carried", "carrying"),
    "play": ("plays", "played", "played", "playing"),
    "stay": ("stays", "stayed", "stayed", "staying"),
    "destroy": ("destroys", "destroyed", "destroyed", "destroying"),
    "deploy": ("deploys", "deployed", "deployed", "deploying"),
    "employ": ("employs", "employed", "employed", "employing"),
    "convey": ("conveys", "conveyed", "conveyed", "conveying"),
    "survey": ("surveys", "surveyed", "surveyed", "surveying"),
}
del OVERRIDES["hang_"]

# Particles/prepositions that make a multiword verb phrasal (for phrasal.tsv).
PARTICLES = {
    "aboard", "about", "above", "across", "after", "against", "ahead", "along", "alongside",
    "apart", "around", "aside", "at", "away", "back", "before", "behind", "below", "beneath",
    "beside", "between", "beyond", "by", "down", "for", "forth", "forward", "from", "home",
    "in", "inside", "into", "of", "off", "on", "onto", "out", "outside", "over", "past",
    "round", "through", "throughout", "to", "together", "toward", "towards", "under",
    "underneath", "up", "upon", "with", "within", "without",
}

# Hand-written supplement to phrasal.tsv: frequent (news) phrasal verbs that WordNet 3.0
# lacks. Entries already in WordNet are harmless (rows are deduplicated).
PHRASAL_EXTRA = """
pull out of|put up with|roll back|wind down|scale back|scale down|ramp down|push back|push for
call for|call on|crack down on|lash out|lash out at|stand down|take over|sign up|hold off
hold back|head off|spell out|phase out|phase in|cut back|shore up|beef up|come up with
do away with|follow up on|weigh in|weigh in on|chip in|opt out|opt out of|bow out|drop out of
pull back from|back away from|walk out of|walk away from|back out of|get out of|step up
step back|step aside|hand back|give back|give in|give in to|hit back|fight back
strike back|sign off on|sign on to|team up|team up with|side with|reach out|reach out to
speak out|speak out against|speak up|lay out|set out|set off|carry on|press ahead|press on
move ahead|go ahead|go ahead with|move forward|move forward with|come out|come out against
come out in favor of|turn to|turn over|turn away|shut out|close down|close in|close in on
break off|break up|break out|break down|wipe out|take down|look into|look at
"""


# ---------------------------------------------------------------------------
# WordNet readers
# ---------------------------------------------------------------------------

def read_index(path):
    """Lemmas of an index.* file (skipping the licence header lines)."""
    lemmas = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            lemmas.append(line.split(" ", 1)[0])
    return lemmas


def read_counts(path):
    """Sum of tag counts per (lemma, pos) from cntlist.rev; pos in n v a r."""
    pos_of = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    counts = defaultdict(int)
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            key, _sense, cnt = parts
            lemma, rest = key.split("%", 1)
            counts[(lemma.lower(), pos_of[rest[0]])] += int(cnt)
    return counts


def read_exc(path):
    """lemma -> set of inflected forms, from verb.exc."""
    exc = defaultdict(set)
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            form = parts[0]
            for lemma in parts[1:]:
                if form != lemma:
                    exc[lemma].add(form)
    return exc


# ---------------------------------------------------------------------------
# Inflection rules
# ---------------------------------------------------------------------------

def is_cvc_monosyllable(w):
    """stop, plan, quit, beg: one vowel letter, between consonants, final not w/x/y."""
    if not w.isalpha():
        return False
    w = w.replace("qu", "q")
    w = w[0] + w[1:].replace("y", "i")   # y after the first letter is a vowel (cypher, lyric)
    return re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", w) is not None


def regular(w):
    """(3sg, past, ing) by the regular rules; past serves for the participle too."""
    # 3sg
    if re.search(r"(s|x|z|ch|sh)$", w) or re.search(r"[^aeiou]o$", w):
        s3 = w + "es"
    elif re.search(r"[^aeiou]y$", w):
        s3 = w[:-1] + "ies"
    else:
        s3 = w + "s"
    double = is_cvc_monosyllable(w)
    # past
    if w.endswith("e"):
        past = w + "d"
    elif re.search(r"[^aeiou]y$", w):
        past = w[:-1] + "ied"
    elif double:
        past = w + w[-1] + "ed"
    else:
        past = w + "ed"
    # ing
    if w.endswith("ie"):
        ing = w[:-2] + "ying"
    elif w.endswith("e") and not re.search(r"(ee|ye|oe)$", w) and len(w) > 2:
        ing = w[:-1] + "ing"
    elif double:
        ing = w + w[-1] + "ing"
    else:
        ing = w + "ing"
    return s3, past, ing


def is_zero_change(w):
    if w in ZERO_CHANGE:
        return True
    for suf in ZERO_SUFFIXES:
        if w.endswith(suf) and w[: -len(suf)] in ZERO_PREFIXES:
            return True
    return False


def is_regular_variant(form, lemma):
    """verb.exc forms that are spelling variants of the regular -ed/-ing/-s form
    (stopped, travelled, panicked, gassed, quizzes, dying)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    for suf in ("ed", "ing", "es", "s"):
        if form.endswith(suf):
            base = form[: -len(suf)]
            if base in (lemma, stem) or base == lemma + lemma[-1] or base == lemma + "k":
                return True
            if lemma.endswith("ie") and base == lemma[:-2] + "y":
                return True
            if lemma.endswith("y") and base in (lemma[:-1] + "i",):
                return True
    return False


def classify_exc(lemma, forms):
    """Split verb.exc forms of one lemma into 3sg, ing, past, pp sets."""
    s3, ing, past, pp, regvar = set(), set(), set(), set(), set()
    rest = []
    for f in sorted(forms):
        if ("-" in f and "-" not in lemma) or ("'" in f and "'" not in lemma):
            continue          # spelling variants (co-ordinated for coordinate, ski'd)
        if f.endswith("ing") and not lemma.endswith("ing"):
            ing.add(f)
        elif f.endswith("s") and f != "was":
            if f in ("is", "has", "does") or is_regular_variant(f, lemma):
                s3.add(f)     # quizzes, gasses; other -s forms are spelling variants
                              # of another lemma (programmes, swops): ignored
        elif is_regular_variant(f, lemma):
            regvar.add(f)
        else:
            rest.append(f)
    # vowel alternation pairs: began/begun, sang/sung, drank/drunk
    alt_pp, alt_past = set(), set()
    for a in rest:
        for b in rest:
            if a != b and len(a) == len(b):
                diff = [i for i in range(len(a)) if a[i] != b[i]]
                if len(diff) == 1 and a[diff[0]] == "a" and b[diff[0]] == "u":
                    alt_past.add(a)
                    alt_pp.add(b)
    for f in rest:
        if f in alt_pp:
            pp.add(f)
        elif f in alt_past:
            past.add(f)
        elif (f.endswith("en") or f.endswith("wn") or f.endswith("rn") or f.endswith("ain")
              or (f.endswith("ne") and not (f.endswith("one") and lemma.endswith("ine")))):
            pp.add(f)
        else:
            past.add(f)
    return s3, ing, past, pp, regvar


def american_l(lemma):
    """travel/cancel/label/signal: verb.exc has British -lled; American -led is also used."""
    if lemma in BOTH_DOUBLING:
        return True
    return (re.search(r"[ae]l$", lemma) is not None and re.search(r"(ee|ea|ai)l$", lemma) is None
            and not is_cvc_monosyllable(lemma) and lemma not in STRESSED_L)


def inflect(lemma, exc_forms):
    if lemma in OVERRIDES:
        return tuple(set(x.split("|")) for x in OVERRIDES[lemma])
    r3, rpast, ring = regular(lemma)
    s3, ing, past, pp, regvar = classify_exc(lemma, exc_forms)
    reg_ed = {f for f in regvar if f.endswith("ed")}
    if reg_ed:
        rpast_set = reg_ed
        # polysyllabic -l verbs: verb.exc gives the British doubled form; keep the American one
        if american_l(lemma):
            rpast_set = reg_ed | {lemma + "ed"}
    else:
        rpast_set = {rpast}
    if not ing:
        ing = {ring}
    elif american_l(lemma) and any(re.search(r"([b-df-hj-np-tv-z])\1ing$", f) for f in ing):
        ing = ing | {lemma + "ing"}
    if not s3:
        s3 = {r3}
    zero = is_zero_change(lemma)
    if zero:
        past = past | {lemma}
        pp = pp | {lemma}
        if lemma in ZERO_ALSO_REGULAR:
            past |= rpast_set
            pp |= rpast_set
    elif not past and not pp:
        past, pp = set(rpast_set), set(rpast_set)
    else:
        if not past:          # only a participle listed (shown, sewn, proven): past is regular
            past = set(rpast_set)
            pp = pp | rpast_set
        if not pp:            # one irregular form for both (sent, bought, told)
            pp = set(past)
            if lemma.endswith("come") or lemma.endswith("run"):
                pp = {lemma}
        if lemma in ALSO_REGULAR:
            past |= rpast_set
            pp |= rpast_set
    return s3, past, pp, ing


def join(forms):
    return "|".join(sorted(forms))


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_verbs(wn, out):
    # single words only; abbreviations with dots (o.k., g.i.) are left out
    verbs = sorted({l for l in read_index(os.path.join(wn, "index.verb")) if "_" not in l and "." not in l})
    exc = read_exc(os.path.join(wn, "verb.exc"))
    counts = read_counts(os.path.join(wn, "cntlist.rev"))
    lines = [
        f"# generated by scripts/gen_lexicon.py from {SOURCE}; do not edit",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: LICENSE-WordNet.txt",
        "# Format: lemma<TAB>3sg<TAB>past<TAB>past_participle<TAB>ing<TAB>verb_count<TAB>noun_count<TAB>adj_count",
        "#   variants joined with |; counts = summed WordNet semantic-concordance tag counts (cntlist.rev)",
        "#   of the word's senses as verb / noun / adjective (0 = untagged or not that part of speech)",
    ]
    for lemma in verbs:
        s3, past, pp, ing = inflect(lemma, exc.get(lemma, set()))
        row = [lemma, join(s3), join(past), join(pp), join(ing),
               str(counts.get((lemma, "v"), 0)), str(counts.get((lemma, "n"), 0)),
               str(counts.get((lemma, "a"), 0))]
        lines.append("\t".join(row))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(verbs)


def write_phrasal(wn, out):
    rows = set()
    for lemma in read_index(os.path.join(wn, "index.verb")):
        parts = lemma.split("_")
        if len(parts) >= 2 and all(p in PARTICLES for p in parts[1:]) and parts[0].isalpha():
            rows.add((parts[0], " ".join(parts[1:])))
    for entry in PHRASAL_EXTRA.replace("\n", "|").split("|"):
        words = entry.split()
        if len(words) >= 2 and all(w in PARTICLES for w in words[1:]):
            rows.add((words[0], " ".join(words[1:])))
    lines = [
        f"# generated by scripts/gen_lexicon.py from {SOURCE}; do not edit",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: LICENSE-WordNet.txt",
        "# Multiword verbs of WordNet whose words after the verb are all particles/prepositions,",
        "# plus a short hand-written supplement (PHRASAL_EXTRA in the script).",
        "# Format: verb<TAB>particle(s)   (verb is the lemma; several particles separated by a space)",
    ]
    lines += [f"{v}\t{p}" for v, p in sorted(rows)]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(rows)


def write_closed(out):
    rows = set()
    for cls, words in CLOSED.items():
        for w in words.split():
            rows.add((w, cls))
    lines = [
        "# generated by scripts/gen_lexicon.py from its hand-written CLOSED table; do not edit",
        "# English closed-class words. Format: word<TAB>class  (lower case; a word may have several lines)",
        "#   class: DET POSS PRON PREP AUX MODAL CONJ SUB NEG ADV NUMW",
    ]
    lines += [f"{w}\t{c}" for w, c in sorted(rows)]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(rows)


# ---------------------------------------------------------------------------
# Closed-class words (hand-written)
# ---------------------------------------------------------------------------

CLOSED = {
    "DET": """the a an this that these those some any no every each all both either neither
        another such several many much few fewer more most other less least enough half
        various certain whatever whichever""",
    "POSS": """his her its their our my your whose thy""",
    "PRON": """i me myself we us ourselves you yourself yourselves he him himself she her herself
        it itself they them themselves one oneself who whom which what whoever whomever
        whatever whichever this that these those someone somebody something anyone anybody
        anything everyone everybody everything nobody nothing none noone mine yours hers
        ours theirs each other others another both all some any many much few several""",
    "PREP": """of in on at by for with from to into onto over under about against between among
        amongst through throughout during before after since until till without within across
        behind beyond despite toward towards amid amidst via per upon around off out up down
        near like including following according along alongside above below beneath beside
        besides inside outside past than unlike except excluding regarding concerning
        considering given pending versus vs underneath atop aboard round opposite plus minus
        as onto out of nearby""",
    "AUX": """be is am are was were been being 's 're 'm have has had having 've 'd do does did
        doing done""",
    "MODAL": """will would can could may might must shall should ought 'll 'd won't wouldn't
        can't cannot couldn't mayn't mightn't mustn't shan't shouldn't oughtn't wo ca sha""",
    "CONJ": """and or but nor yet so plus""",
    "SUB": """that which who whom whose because although though while whilst whereas if unless
        when whenever where wherever whether as once after before since until till than lest
        provided providing so""",
    "NEG": """not n't never no none nothing nobody neither nor cannot nowhere without
        isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't
        wouldn't can't couldn't shouldn't mustn't mightn't shan't ain't""",
    "ADV": """also already still now then later recently again ever even just only too very soon
        yet however meanwhile instead perhaps almost nearly often sometimes once twice here
        there ago thus therefore hence moreover furthermore nevertheless nonetheless otherwise
        anyway anyhow besides likewise indeed rather quite somewhat fairly pretty enough so
        thereby thereafter therein hereby herein whereby afterwards afterward beforehand
        overnight today tomorrow yesterday tonight forever always never seldom rarely
        everywhere somewhere anywhere nowhere elsewhere abroad overseas ahead apart aside
        away back forth forward forwards backward backwards upward upwards downward downwards
        onward onwards inward outward home indoors outdoors downstairs upstairs underground
        alone together much more most less least far further farther long longer
        well better best worse worst fast hard hardly late early soon sooner often oftener
        maybe perhaps else alike anew apiece aloud around about almost altogether
        way right wrong straight low high deep close near nearby next first last
        yet still meanwhile nowadays henceforth hitherto thereafter thereupon whereupon
        somehow someday sometime sometimes anytime anyway anyways everyday nonetheless
        notwithstanding regardless accordingly consequently additionally alternatively
        namely eg ie etc so-called overall abroad already alright o'clock
        again against ago all along also although always anyhow
        twice thrice once here there where when why how wherever whenever however
        please yes no not ok okay sure therefore instead likewise otherwise
        ever even else enough just merely only simply solely too very quite rather
        soon later earlier recently lately newly formerly previously currently presently
        initially eventually finally ultimately originally subsequently immediately
        reportedly allegedly apparently reportedly purportedly supposedly seemingly
        officially publicly privately openly reportedly
        afar aground ajar aloft amok anyplace aplenty ashore astray asunder awhile backstage
        downhill downstream downtown uphill upstream uptown eastward westward northward
        southward erstwhile everyplace forthwith halfway hereafter heretofore inshore nonstop
        offhand offshore offstage online offline onstage outright downright overboard
        overhead overland partway piecemeal sideways someplace underfoot underway whereabouts
        worldwide nationwide statewide countrywide upfront thereabouts hereabouts midway
        abreast adrift afloat afoot awry askew anymore whatsoever therein wherein whereupon
        wherefore thereof hereto thence whence hither thither betimes oft anew apace
        nigh thereto likewise notwithstanding instead overall wholesale
        first firstly secondly thirdly lastly mostly largely partly nearly merely barely
        hardly scarcely roughly approximately about around some
        reportedly allegedly apparently purportedly supposedly ostensibly evidently clearly
        obviously certainly surely definitely probably possibly likely presumably
        arguably reputedly""",
    "NUMW": """zero one two three four five six seven eight nine ten eleven twelve thirteen
        fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
        seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds
        thousands millions billions trillions half quarter""",
}

# The ADV list above is meant to be the frequent adverbs that do NOT end in -ly, which the
# library cannot guess by suffix; a handful of -ly adverbs that matter for attribution
# ("reportedly", "allegedly", ...) are kept anyway. Remove duplicates of other lists that
# would be misleading as adverbs.
_ADV_DROP = {"not", "no", "against", "although", "all", "where", "when", "why", "how", "please",
             "yes", "ok", "okay", "sure", "eg", "ie", "etc", "way", "right", "wrong", "straight",
             "low", "high", "deep", "close", "near", "nearby", "better", "best", "worse", "worst",
             "long", "longer", "home", "o'clock", "alright", "so-called", "next", "fast", "hard"}
CLOSED["ADV"] = " ".join(w for w in CLOSED["ADV"].split() if w not in _ADV_DROP)


def write_words(wn, out):
    """Single-word adjectives and nouns with their tag counts (adjectives.tsv): the reader
    uses them to tell "new sanctions" (adjective + noun) from "Iran sanctions" (noun + verb)."""
    counts = read_counts(os.path.join(wn, "cntlist.rev"))
    adjs = sorted({w.lower() for w in read_index(os.path.join(wn, "index.adj"))
                   if "_" not in w and w.isalpha()})
    rows = []
    for w in adjs:
        a, n, v = counts.get((w, "a"), 0), counts.get((w, "n"), 0), counts.get((w, "v"), 0)
        if a > 0 and a >= n and a >= v:
            rows.append(f"{w}\t{a}\t{n}\t{v}")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_lexicon.py from WordNet 3.0 (Debian wordnet-base); do not edit\n")
        f.write("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See LICENSE-WordNet.txt\n")
        f.write("# Adjectives tagged at least once and at least as often as adjective as noun or verb.\n")
        f.write("# Format: word<TAB>adj_count<TAB>noun_count<TAB>verb_count\n")
        for r in rows:
            f.write(r + "\n")
    return len(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet",
                    help="directory holding WordNet 3.0 dict files (default /usr/share/wordnet)")
    ap.add_argument("--out", default=DATA, help="output directory (default crates/gainsay-core/data)")
    args = ap.parse_args()
    need = ["index.verb", "verb.exc", "cntlist.rev"]
    missing = [n for n in need if not os.path.exists(os.path.join(args.wordnet, n))]
    if missing:
        sys.exit(f"missing {missing} in {args.wordnet}: apt-get install wordnet-base, or pass --wordnet")
    n = write_verbs(args.wordnet, os.path.join(args.out, "verbs.tsv"))
    p = write_phrasal(args.wordnet, os.path.join(args.out, "phrasal.tsv"))
    c = write_closed(os.path.join(args.out, "closed.tsv"))
    a = write_words(args.wordnet, os.path.join(args.out, "adjectives.tsv"))
    print(f"adjectives.tsv: {a} entries", file=sys.stderr)
    print(f"verbs.tsv: {n} lemmas; phrasal.tsv: {p} entries; closed.tsv: {c} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
