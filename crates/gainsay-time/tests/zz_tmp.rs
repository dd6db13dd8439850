#[test]
fn dbg() {
    let t = gainsay_time::TimeTagger::new().unwrap();
    let d = "1989-10-26".parse().ok();
    for s in ["The quarter was bad.  For the nine months, losses totaled $212 million, or $10.83 a share, compared with net income of $48.7 million, or $1.11 a share, a year earlier.", "For the nine months, losses were up from a year earlier."] {
        eprintln!("{:?}", t.tag(s, d).iter().map(|x| (&x.text, &x.value)).collect::<Vec<_>>());
    }
}
