#!/usr/bin/env python3
"""Generate worst-case inputs for scripts/worst_case.sh (issue 8, "never fall over on
messy text"). Deterministic (fixed seeds); writes into OUTDIR.

    gen_robustness.py OUTDIR CASE SCALE NAME

CASE is one of
  runon     one document of SCALE bytes of news-like words and no sentence boundary
            (no . ! ? and no newline)
  sentences one document of SCALE bytes of ordinary sentences on one line
  debunk    one run-on sentence of SCALE bytes with debunking words ("hoax", "fake",
            "rumours", "alive") among the news words
  token     one document that is a single SCALE-byte token (no space at all)
  random    SCALE random bytes (not UTF-8), as a .txt file
  lines     SCALE one-line documents in a .jsonl file
  quotes    one document of SCALE nested quotations
            ('X said "Y said “Z said ‘...’ ”"' ...), opened all first, then closed
  broken    1,000 good JSONL documents with one broken line (line 501) and, for the
            other checks, no other defect
NAME is the output file name (in OUTDIR).
"""
import json
import os
import random
import sys

WORDS = (
    "the a of to and in that it has had was were not no said denied admitted "
    "accused alleged claims supplied sent provided drones weapons missiles "
    "officials minister president war invasion before after last year month "
    "according kamikaze Iran Russia Ukraine Tehran Moscow Kyiv Reuters AFP "
    "Hossein Amir-Abdollahian Putin Zelensky 2022 November Tuesday “so-called” "
    "(reportedly) 179 Iran's Russia’s — ,"
).split()

SENTENCES = [
    "Iran has denied that it sent drones to Russia.",
    "Ukraine accused Iran of supplying drones to Russia in November 2022.",
    "Iran admitted it had supplied a small number of drones to Russia before the war.",
    "According to Western officials, Iran is supplying kamikaze drones to Russia.",
    "Tehran denies the allegations.",
    "Russia's defence ministry said it had received no weapons from Iran.",
    "The Kremlin dismissed the reports as baseless.",
]


def runon(path, size, rng):
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        buf = []
        while n < size:
            w = rng.choice(WORDS)
            buf.append(w)
            n += len(w.encode()) + 1
            if len(buf) >= 4096:
                f.write(" ".join(buf) + " ")
                buf = []
        f.write(" ".join(buf))


def sentences(path, size, rng):
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        while n < size:
            s = rng.choice(SENTENCES) + " "
            f.write(s)
            n += len(s.encode())


def debunk(path, size, rng):
    # a run-on sentence full of debunking words and rumours (no sentence boundary)
    words = WORDS + ["rumours", "hoax", "fake", "false", "alive", "not", "dead", "myth"]
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        while n < size:
            w = rng.choice(words)
            f.write(w + " ")
            n += len(w.encode()) + 1


def token(path, size, rng):
    unit = "IranRussia-drones’s_x"
    with open(path, "w", encoding="utf-8") as f:
        f.write("Iran said " + (unit * (size // len(unit.encode()) + 1))[:size] + " was sent.")


def random_bytes(path, size, rng):
    with open(path, "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(size)))


def lines(path, count, rng):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            doc = {
                "id": f"l{i}",
                "source": rng.choice(["AFP", "Reuters", "TASS", "IRNA", "Kyiv Independent"]),
                "published": f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "text": rng.choice(SENTENCES),
            }
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def quotes(path, depth, rng):
    opens = ['"', "“", "‘", "'", "«", "„"]
    closes = ['"', "”", "’", "'", "»", "“"]
    names = ["Iran", "Russia", "Ukraine", "Amir-Abdollahian", "Putin", "Zelensky", "officials"]
    out = []
    for i in range(depth):
        out.append(f"{names[i % len(names)]} said {opens[i % len(opens)]}")
    out.append("Iran sent drones to Russia")
    for i in reversed(range(depth)):
        out.append(closes[i % len(closes)])
    out.append(".")
    with open(path, "w", encoding="utf-8") as f:
        f.write(" ".join(out))


def broken(path, _size, rng):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(1001):
            if i == 500:
                f.write('{"id": "broken", "text": "Iran denied it sent drones\n')
                continue
            doc = {"id": f"g{i}", "source": "AFP", "published": "2022-11-09",
                   "text": rng.choice(SENTENCES)}
            f.write(json.dumps(doc) + "\n")


CASES = {
    "runon": runon,
    "sentences": sentences,
    "debunk": debunk,
    "token": token,
    "random": random_bytes,
    "lines": lines,
    "quotes": quotes,
    "broken": broken,
}


def main():
    if len(sys.argv) != 5 or sys.argv[2] not in CASES:
        sys.stderr.write(__doc__)
        sys.exit(2)
    outdir, case, scale, name = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    rng = random.Random(f"{case}:{scale}")
    CASES[case](os.path.join(outdir, name), scale, rng)


if __name__ == "__main__":
    main()
