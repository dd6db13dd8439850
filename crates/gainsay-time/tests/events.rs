//! Event calendar and event-time resolver tests.

use gainsay_time::{
    inconsistent, EventCalendar, EventTimeResolver, Interval, TimeError, TimeTagger, TimexType,
};
use jiff::civil::{date, Date};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn iv(s: Option<&str>, e: Option<&str>) -> Interval {
    Interval::new(s.map(d), e.map(d))
}

#[test]
fn calendar_finds_aliases_with_context() {
    let cal = EventCalendar::new().unwrap();
    let a = cal.find("Prices rose after the war began, Kyiv said.");
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].id, "ukraine-invasion-2022");
    assert_eq!(a[0].text, "the war began");
    assert_eq!(a[0].interval.start, Some(date(2022, 2, 24)));
    // "the war" needs a context word
    assert!(cal.find("Prices rose after the war began.").is_empty());
    // no context needed for unambiguous aliases, any case
    let b = cal.find("Markets fell after THE FALL OF THE BERLIN WALL.");
    assert_eq!(b[0].interval, Interval::day(date(1989, 11, 9)));
    // word boundaries
    assert!(cal.find("Kyiv: the warbegan").is_empty());
}

#[test]
fn calendar_builder_reports_bad_lines() {
    let err = EventCalendar::builder()
        .unwrap()
        .add_events(
            "mine.tsv",
            "# comment\nsummit\t2023-13-01\t-\tthe summit\t\n",
        )
        .unwrap_err();
    match &err {
        TimeError::Event { file, line, .. } => {
            assert_eq!(file, "mine.tsv");
            assert_eq!(*line, 2);
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().starts_with("mine.tsv:2: bad event entry"));
    let cal = EventCalendar::builder()
        .unwrap()
        .add_events(
            "mine.tsv",
            "summit\t2023-05-19\t2023-05-22\tthe hiroshima summit\t\n",
        )
        .unwrap()
        .build()
        .unwrap();
    let a = cal.find("before the Hiroshima summit");
    assert_eq!(a[0].interval, iv(Some("2023-05-19"), Some("2023-05-22")));
}

#[test]
fn tagger_builder_reports_bad_lines() {
    let err = TimeTagger::builder()
        .unwrap()
        .add_lexicon("extra.tsv", "month\tbrumaire\t13\n")
        .unwrap_err();
    assert!(matches!(err, TimeError::Lexicon { line: 1, .. }), "{err}");
    assert!(err.to_string().contains("extra.tsv:1"));
    let err = TimeTagger::builder()
        .unwrap()
        .add_lexicon("extra.tsv", "\nmonthz\tfoo\t1\n")
        .unwrap_err();
    assert!(err.to_string().contains("extra.tsv:2"), "{err}");
    // a user entry works
    let t = TimeTagger::builder()
        .unwrap()
        .add_lexicon("extra.tsv", "ref\tof late\tPAST_REF\n")
        .unwrap()
        .build()
        .unwrap();
    let got = t.tag("Prices have risen of late.", None);
    assert_eq!(got[0].value, "PAST_REF");
    assert_eq!(got[0].kind, TimexType::Date);
}

fn setup() -> (TimeTagger, EventCalendar) {
    (TimeTagger::new().unwrap(), EventCalendar::new().unwrap())
}

#[test]
fn resolves_timexes_and_anchors() {
    let (t, c) = setup();
    let r = EventTimeResolver::new(&t, &c);
    let dct = Some(d("2023-03-01"));
    let refs = r.resolve("The deal was signed in November 2022.", 0, dct);
    assert_eq!(refs.len(), 1);
    assert_eq!(refs[0].interval, iv(Some("2022-11-01"), Some("2022-12-01")));
    assert_eq!(refs[0].text, "in November 2022");

    let refs = r.resolve("It happened on 5 November 2022.", 100, dct);
    assert_eq!(refs[0].interval, Interval::day(d("2022-11-05")));
    assert_eq!(refs[0].start, 100 + 12);

    let refs = r.resolve("They met last week.", 0, Some(d("2022-11-10")));
    assert_eq!(refs[0].interval, iv(Some("2022-10-31"), Some("2022-11-07")));

    let refs = r.resolve(
        "Kyiv said the plan was drawn up before the war began.",
        0,
        dct,
    );
    assert_eq!(refs.len(), 1);
    assert_eq!(refs[0].interval, iv(None, Some("2022-02-24")));
    assert_eq!(refs[0].event.as_deref(), Some("ukraine-invasion-2022"));

    let refs = r.resolve(
        "The depots were built before Russian troops invaded Ukraine in February 2022.",
        0,
        dct,
    );
    assert_eq!(refs.len(), 1, "{refs:?}");
    assert_eq!(refs[0].interval, iv(None, Some("2022-02-24")));

    let refs = r.resolve("Exports have fallen since the invasion of Ukraine.", 0, dct);
    assert_eq!(refs[0].interval, iv(Some("2022-02-24"), None));

    let refs = r.resolve("Drones were used during the war in Ukraine.", 0, dct);
    assert_eq!(refs[0].interval, iv(Some("2022-02-24"), None));
}

#[test]
fn detects_self_inconsistency() {
    let (t, c) = setup();
    let r = EventTimeResolver::new(&t, &c);
    let text = "The drones were delivered in November 2022, three months before the start of hostilities in Ukraine.";
    let refs = r.resolve(text, 0, Some(d("2023-03-01")));
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert_eq!(refs[0].interval, iv(Some("2022-11-01"), Some("2022-12-01")));
    assert_eq!(refs[1].interval, iv(Some("2021-11-24"), Some("2021-12-24")));
    assert_eq!(refs[1].text, "three months before the start of hostilities");
    assert_eq!(inconsistent(&refs), Some((0, 1)));

    let ok = r.resolve(
        "The drones were delivered in November 2021, three months before the start of hostilities in Ukraine.",
        0,
        Some(d("2023-03-01")),
    );
    assert_eq!(inconsistent(&ok), None);
}

#[test]
fn intervals() {
    let nov = Interval::from_value("2022-11").unwrap();
    assert_eq!(nov.to_string(), "[2022-11-01, 2022-12-01)");
    assert!(nov.contains(d("2022-11-30")));
    assert!(!nov.contains(d("2022-12-01")));
    assert_eq!(
        iv(None, Some("2022-02-24")).to_string(),
        "before 2022-02-24"
    );
    assert!(nov.disjoint(&iv(None, Some("2022-02-24"))));
    assert!(!nov.disjoint(&iv(Some("2022-11-30"), None)));
    let cases = [
        ("2022", "2022-01-01", "2023-01-01"),
        ("2022-W45", "2022-11-07", "2022-11-14"),
        ("2022-W44-WE", "2022-11-05", "2022-11-07"),
        ("2022-Q3", "2022-07-01", "2022-10-01"),
        ("2022-H2", "2022-07-01", "2023-01-01"),
        ("2022-SU", "2022-06-01", "2022-09-01"),
        ("199", "1990-01-01", "2000-01-01"),
        ("19", "1900-01-01", "2000-01-01"),
        ("1998-01-08TMO", "1998-01-08", "1998-01-09"),
    ];
    for (v, s, e) in cases {
        assert_eq!(Interval::from_value(v), Some(iv(Some(s), Some(e))), "{v}");
    }
    for v in [
        "PRESENT_REF",
        "P3M",
        "XXXX-11",
        "",
        "2022-13",
        "2022-Q5",
        "9",
    ] {
        assert_eq!(Interval::from_value(v), None, "{v}");
    }
}
