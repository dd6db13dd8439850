fn main() {
    let r = gainsay_core::Reader::new().unwrap();
    for t in std::env::args().skip(1) {
        let rd = r.read(&gainsay_core::Document::new("d", t.clone()));
        println!("{t}");
        for s in rd.statements {
            println!(
                "   {:?} {:?} {} {:?} | {:?} / {} [{:?}] / {:?} {} {:?}",
                s.side(),
                s.stance,
                s.holder.canonical(),
                s.modality,
                s.proposition.actor,
                s.proposition.predicate,
                s.proposition.predicate_class,
                s.proposition.object,
                s.rule,
                s.text
            );
        }
    }
}
