//! Native benchmark of the pure core: scoring, codecs, reports, a
//! 50-participant round table and the message check. No dependencies: a fixed number of runs per
//! case, reporting median and p95 per call.
//!
//!     cargo bench --bench core            # full run
//!     BENCH_QUICK=1 cargo bench --bench core   # smoke run (few iterations)

use std::hint::black_box;
use std::rc::Rc;
use std::time::Instant;
use wenselijk::codec::storage::{self, Saved};
use wenselijk::codec::{file, link, roundtable as rtc};
use wenselijk::config::OrgConfig;
use wenselijk::domain::roundtable::{agenda, apply_agreed, Item, RoundTable};
use wenselijk::domain::scoring::evaluate;
use wenselijk::domain::*;
use wenselijk::i18n::{examples::example, Lang};
use wenselijk::message::{self, Entry, Lexicon, OrgWords};
use wenselijk::report;
use wenselijk::sync;

/// A realistic letter of about 2,000 characters (the message check).
const LETTER_NL: &str = "Beste heer De Vries,

Wij hebben uw aanvraag voor huurtoeslag over 2026 ontvangen. Deze aanvraag wordt momenteel door onze afdeling beoordeeld. Indien u in aanmerking komt voor een tegemoetkoming, ontvangt u binnen acht weken een voorlopige beschikking. Wij verzoeken u vriendelijk om de onderstaande gegevens zo spoedig mogelijk aan te leveren, teneinde vertraging in de behandeling van uw aanvraag te voorkomen.

Het gaat om de volgende stukken:
- een kopie van uw huurcontract;
- de jaaropgave van uw werkgever over 2025;
- een overzicht van uw spaartegoeden per 1 januari 2026.

Wanneer wij deze stukken niet uiterlijk op 15.06.2026 hebben ontvangen, kunnen wij uw aanvraag niet in behandeling nemen. In dat geval wordt de aanvraag buiten behandeling gesteld en heeft u geen recht op toeslag over deze periode. Het is niet mogelijk om de stukken per e-mail te versturen in verband met de bescherming van uw persoonsgegevens.

Let op: de hoogte van de toeslag is afhankelijk van uw inkomen, uw vermogen en de hoogte van de huur. Wijzigt er iets in uw situatie, bijv. doordat u gaat samenwonen of meer gaat verdienen, dan dient u dit binnen vier weken aan ons door te geven. Doet u dit niet, dan kan het zijn dat u een te hoog bedrag ontvangt dat u later moet terugbetalen.

Wij wijzen u er voorts op dat u tegen de beslissing op uw aanvraag bezwaar kunt maken. Een bezwaarschrift dient binnen zes weken na de datum van de beschikking te worden ingediend, onder vermelding van uw burgerservicenummer en de reden van het bezwaar. Het indienen van een bezwaarschrift schort de verplichting tot terugbetaling niet op.

Heeft u vragen over deze brief? Kijk dan op www.toeslagen.nl of bel de BelastingTelefoon via 0800-0543 (gratis). Wij zijn bereikbaar op werkdagen van 8.00 tot 20.00 uur. Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd en danken u voor uw medewerking.

Met vriendelijke groet,

Belastingdienst/Toeslagen
Afdeling Behandeling";

const LETTER_EN: &str = "Dear Ms Taylor,

Thank you for your application for Housing Benefit, which was received on 3 March 2026. Your application is currently being assessed by our team. In order to complete the assessment, we require additional information regarding your household income and your savings. Please be advised that the application cannot be processed until all requested documents have been received.

Please send us the following documents:
- a copy of your tenancy agreement;
- your three most recent payslips or, if you are self-employed, your latest tax return;
- bank statements for all accounts held in your name for the last two months.

If we do not receive these documents by 15 April 2026, your claim will be closed and you will not be entitled to any payment for this period. Documents should not be sent by email, as we are unable to guarantee the security of personal data transmitted in this way. Originals will be returned to you by post within ten working days.

Please note that the amount of benefit you receive depends on your income, your capital and the rent you pay. You must tell us about any change in your circumstances, e.g. if somebody moves into your home or your income increases, within one month. If you fail to do so, you may be overpaid, and any overpayment will have to be repaid in full.

You have the right to ask us to look at our decision again. A request for reconsideration must be made in writing within one month of the date of the decision notice, stating your reference number and the reasons why you believe the decision is wrong. Asking for a reconsideration does not stop any recovery of an overpayment.

If you have any questions regarding this letter, do not hesitate to contact us. You can visit www.example.gov.uk/benefits or call us on 0300 123 4567 between 9am and 5pm, Monday to Friday. We trust that the above information is of assistance and thank you for your cooperation.

Yours sincerely,

Benefits Service
Revenues and Benefits Department";

/// About 200 entries per language: the shipped list when present, else
/// realistic entries filled up with made-up ones of the same shape.
fn bench_lexicon() -> Lexicon {
    if let Ok(lex) =
        std::fs::read_to_string("web/message-words.json").map_err(|e| e.to_string()).and_then(|j| Lexicon::parse(&j))
    {
        return lex;
    }
    let entry = |p: &str, i: &str| Entry { phrase: p.into(), instead: i.into() };
    let fill = |real: &[(&str, &str)], filler: &str| -> Vec<Entry> {
        let mut v: Vec<Entry> = real.iter().map(|(p, i)| entry(p, i)).collect();
        for n in v.len()..200 {
            let words = n % 3 + 1;
            let phrase: Vec<String> = (0..words).map(|k| format!("{filler}{}", n * 7 + k)).collect();
            v.push(entry(&phrase.join(" "), "plain"));
        }
        v
    };
    let nl = [
        ("indien", "als"),
        ("teneinde", "om"),
        ("middels", "met"),
        ("derhalve", "daarom"),
        ("thans", "nu"),
        ("momenteel", "nu"),
        ("in verband met", "door"),
        ("met betrekking tot", "over"),
        ("zo spoedig mogelijk", "snel"),
        ("in aanmerking komen", "recht hebben"),
        ("verzoeken", "vragen"),
        ("dient u", "moet u"),
        ("aanleveren", "sturen"),
        ("beschikking", "besluit"),
        ("tegemoetkoming", "bijdrage"),
        ("buiten behandeling gesteld", "gestopt"),
        ("in behandeling nemen", "behandelen"),
        ("uiterlijk", "voor"),
        ("hoogte", "bedrag"),
        ("alsmede", "en"),
    ];
    let en = [
        ("in order to", "to"),
        ("regarding", "about"),
        ("please be advised", ""),
        ("require", "need"),
        ("additional", "more"),
        ("currently", "now"),
        ("do not hesitate", "feel free"),
        ("utilise", "use"),
        ("commence", "start"),
        ("in the event of", "if"),
        ("prior to", "before"),
        ("in respect of", "about"),
        ("assessment", "check"),
        ("entitled", "allowed"),
        ("transmitted", "sent"),
        ("circumstances", "situation"),
    ];
    Lexicon::new(fill(&nl, "woord"), fill(&en, "word"))
}

fn measure(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<f64> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
    println!("| {name:<44} | {median:>10.1} | {p95:>10.1} | {runs:>6} |");
}

fn table_with(n: usize) -> (RoundTable, Assessment) {
    let base = example(ExampleId::ContactCentreOffer).build(Lang::Nl);
    let mut rt = RoundTable::new("t1", "r1", "Bench", Default::default(), "secret", 0);
    for i in 0..n {
        let mut a = Assessment::default();
        for (k, d) in DimensionId::ALL.iter().enumerate() {
            a.dimension_mut(*d).answer = Some(Answer::lv(((i + k) % 5 + 1) as u8));
            a.dimension_mut(*d).note = format!("Note {i} on {k}");
        }
        for q in ValueQuestion::ALL {
            a.value_mut(q).answer = Some(if i % 7 == 0 { Answer::Unknown } else { Answer::lv((i % 5 + 1) as u8) });
        }
        for (k, f) in RedFlag::ALL.iter().enumerate() {
            a.flag_mut(*f).answer = Some(FlagAnswer::ALL[(i + k) % 3]);
        }
        rt.submit(&format!("Deelnemer {i}"), &a);
    }
    (rt, base)
}

fn main() {
    let quick = std::env::var_os("BENCH_QUICK").is_some();
    let runs = |n: usize| if quick { (n / 50).max(5) } else { n };
    let examples: Vec<Assessment> = ExampleId::ALL.iter().map(|id| example(*id).build(Lang::Nl)).collect();
    let records: Vec<Record> = (0..200)
        .map(|i| Record {
            id: format!("a{i}"),
            created: i,
            updated: i,
            assessment: examples[i as usize % examples.len()].clone(),
        })
        .collect();
    let export = file::export(&records, 0);
    let fragment = link::encode(&examples[0]);
    let (rt50, base) = table_with(50);
    let code = rtc::encode_return("t1", "secret", "Deelnemer 0", &rt50.participants[0].answers);

    println!("| case | median µs | p95 µs | runs |");
    println!("|---|---:|---:|---:|");
    measure("evaluate (one example)", runs(20_000), || {
        black_box(evaluate(black_box(&examples[0])));
    });
    let mut eight = examples[0].clone();
    eight.groups = (0..8)
        .map(|i| {
            let mut g = eight.groups[i % 2].clone();
            g.id = format!("g{i}");
            g
        })
        .collect();
    measure("evaluate (8 customer groups)", runs(20_000), || {
        black_box(evaluate(black_box(&eight)));
    });
    measure("markdown report (one example)", runs(2_000), || {
        black_box(report::markdown(&examples[0], &OrgConfig::default(), Lang::Nl, 0));
    });
    measure("link encode (one example)", runs(2_000), || {
        black_box(link::encode(black_box(&examples[0])));
    });
    measure("link decode (one example)", runs(2_000), || {
        black_box(link::decode(black_box(&fragment)).ok());
    });
    measure("file export (200 assessments)", runs(200), || {
        black_box(file::export(black_box(&records), 0));
    });
    measure("file import (200 assessments)", runs(200), || {
        black_box(file::import(black_box(&export)).ok());
    });
    measure("round table agenda (50 participants)", runs(2_000), || {
        black_box(agenda(black_box(&rt50), &Item::ALL));
    });
    measure("round table apply agreed (50 participants)", runs(2_000), || {
        black_box(apply_agreed(black_box(&rt50), &base));
    });
    measure("round table markdown (50 participants)", runs(200), || {
        black_box(report::roundtable_markdown(black_box(&rt50), &base, &OrgConfig::default(), Lang::Nl, 0));
    });
    measure("answer code decode", runs(2_000), || {
        black_box(rtc::decode_return(black_box(&code), "t1", "secret").ok());
    });
    // Several tabs (issue 11): what a tab does after a change with 200
    // assessments, and what storage decoding costs it.
    let saved = Saved { records: records.iter().cloned().map(Rc::new).collect(), ..Saved::default() };
    let stored_text = storage::encode(&saved);
    let mut edited = saved.clone();
    Rc::make_mut(&mut edited.records[7]).assessment.idea.title = "Edited in this tab".into();
    measure("sync: note one edit (200 assessments)", runs(2_000), || {
        let mut mine = saved.clone();
        sync::note_edits(&mut mine, black_box(&edited), "tab1", 10);
        black_box(mine);
    });
    let mut mine = saved.clone();
    sync::note_edits(&mut mine, &edited, "tab1", 10);
    measure("sync: merge, nothing new elsewhere (200)", runs(500), || {
        black_box(sync::sync(black_box(&saved), Some(&saved), "tab1", 20));
    });
    measure("sync: merge one edit (200)", runs(500), || {
        black_box(sync::sync(black_box(&mine), Some(&saved), "tab1", 20));
    });
    measure("storage decode (200 assessments)", runs(200), || {
        black_box(storage::decode(black_box(&stored_text), 0).ok());
    });
    // The message check runs on every keystroke (issue 13): a 2,000-character
    // letter with the word lists loaded.
    let lexicon = bench_lexicon();
    let org =
        OrgWords { avoid: vec![Entry { phrase: "BelastingTelefoon".into(), instead: String::new() }], fine: vec![] };
    let words = message::Words { lexicon: Some(&lexicon), org: Some(&org) };
    for (name, letter, lang) in [("nl", LETTER_NL, message::Lang::Nl), ("en", LETTER_EN, message::Lang::En)] {
        let chars = letter.chars().count();
        measure(&format!("message check ({chars} characters, {name})"), runs(5_000), || {
            black_box(message::analyse(black_box(letter), lang, words));
        });
    }
    measure("message language guess (2,000 characters)", runs(5_000), || {
        black_box(message::guess_lang(black_box(LETTER_NL)));
    });
    println!("\nexport of 200 assessments: {} bytes; one share link: {} chars", export.len(), fragment.len());
}
