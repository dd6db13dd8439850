//! The tagger and resolver never panic and keep spans on char boundaries.

use gainsay_time::{EventCalendar, EventTimeResolver, TimeTagger};

#[test]
fn arbitrary_text_never_panics() {
    let tagger = TimeTagger::new().unwrap();
    let cal = EventCalendar::new().unwrap();
    let res = EventTimeResolver::new(&tagger, &cal);
    let dct = "2022-11-10".parse().ok();
    let pieces = [
        "Friday",
        "’s",
        "é",
        "🙂",
        "1999",
        "-",
        "'",
        "90s",
        "Sept.",
        "30",
        ",",
        "2022",
        "the",
        "past",
        "two",
        "years",
        "ago",
        "Q",
        "3",
        "p.m.",
        "noon",
        "\u{0}",
        "日本",
        "\n\n",
        "/",
        "12",
        ":",
        "59",
        "mid",
        "9999",
        "0000",
        "first",
        "Monday",
        "of",
        "next",
        "month",
        "before",
        "the war began",
        "Kyiv",
        "Feb.",
        "31",
        "fiscal",
        "9/11",
        "2022-02-30",
    ];
    let mut seed: u64 = 42;
    for _ in 0..3000 {
        let mut s = String::new();
        for _ in 0..(seed % 12) {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            if seed & 1 == 0 {
                s.push(' ');
            }
        }
        seed = seed.wrapping_add(7);
        for d in [
            dct,
            None,
            "0001-01-01".parse().ok(),
            "9999-12-31".parse().ok(),
        ] {
            for t in tagger.tag(&s, d) {
                assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
                assert_eq!(&s[t.start..t.end], t.text);
                let _ = t.interval();
            }
            for r in res.resolve(&s, 0, d) {
                assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            }
        }
    }
}

#[test]
fn large_input_is_linear_enough() {
    let tagger = TimeTagger::new().unwrap();
    let para =
        "On Friday, 5 November 2021, officials said prices had risen 3% over the past two years. ";
    let text = para.repeat(5000);
    let found = tagger.tag(&text, "2022-11-10".parse().ok());
    assert_eq!(found.len(), 2 * 5000);
    assert_eq!(found[0].text, "Friday, 5 November 2021");
    assert_eq!(found[0].value, "2021-11-05");
    assert_eq!(found[1].value, "P2Y");
}
