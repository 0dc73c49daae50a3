//! The message check, rule by rule and language by language: sentence
//! splitting, words, long sentences and words, negations, passives,
//! officialese and the organisation's words, address, asks and the next
//! step, reading ease, the language guess and the suggested steps.

use wenselijk::domain::Level;
use wenselijk::message::suggest::{complexity, language, Reason, VERY_HARD_EASE};
use wenselijk::message::*;

fn check(text: &str, lang: Lang) -> Analysis {
    analyse(text, lang, Words::default())
}

fn with(text: &str, lang: Lang, lexicon: &Lexicon, org: &OrgWords) -> Analysis {
    analyse(text, lang, Words { lexicon: Some(lexicon), org: Some(org) })
}

fn piece(text: &str, s: Span) -> &str {
    &text[s.start..s.end]
}

fn sentences(text: &str) -> Vec<&str> {
    check(text, Lang::Nl).sentences.iter().map(|s| piece(text, s.span)).collect()
}

/// The marked pieces of one kind.
fn marked(text: &str, lang: Lang, kind: Kind) -> Vec<&str> {
    kind_in(text, &check(text, lang), kind)
}

fn kind_in<'a>(text: &'a str, a: &Analysis, kind: Kind) -> Vec<&'a str> {
    a.findings.iter().filter(|f| f.kind == kind).map(|f| piece(text, f.span)).collect()
}

const LEXICON: &str = r#"{
  "format": "wenselijk-words",
  "version": 1,
  "nl": [["indien", "als"], ["teneinde", "om"], ["met betrekking tot", "over"], ["met betrekking", "over"],
         ["in het kader van", "bij"], ["c.q.", "of"], ["  Middels ", "met"], ["zo'n", "zo een"]],
  "en": [["utilise", "use"], ["in order to", "to"], ["with regard to", "about"], ["commence", "start"],
         ["don't hesitate", "feel free"]]
}"#;

fn lexicon() -> Lexicon {
    Lexicon::parse(LEXICON).expect("the test lexicon parses")
}

// ------------------------------------------------------------- splitting

#[test]
fn sentences_split_at_ends_and_not_at_abbreviations_numbers_or_addresses() {
    let cases: &[(&str, &[&str])] = &[
        ("Eén zin. Twee zinnen! Drie? Vier", &["Eén zin.", "Twee zinnen!", "Drie?", "Vier"]),
        ("Echt?! Ja… Nou.", &["Echt?!", "Ja…", "Nou."]),
        ("Wacht... dat klopt niet. Toch?", &["Wacht... dat klopt niet.", "Toch?"]),
        ("Wacht... Dat klopt.", &["Wacht...", "Dat klopt."]),
        ("Dit geldt bijv. voor u. En d.w.z. ook voor hem.", &["Dit geldt bijv. voor u.", "En d.w.z. ook voor hem."]),
        (
            "Stuur het o.a. naar dhr. Jansen, mevr. De Wit en Mr. Smith. Klaar.",
            &["Stuur het o.a. naar dhr. Jansen, mevr. De Wit en Mr. Smith.", "Klaar."],
        ),
        ("Bel z.s.m. en i.p.v. mailen. Dank.", &["Bel z.s.m. en i.p.v. mailen.", "Dank."]),
        ("We need e.g. a copy, i.e. the form. Thanks.", &["We need e.g. a copy, i.e. the form.", "Thanks."]),
        ("U kreeg fruit, brood enz. Daarna niets.", &["U kreeg fruit, brood enz.", "Daarna niets."]),
        ("Zie art. 3 en nr. 12 van ca. 2020. Klaar.", &["Zie art. 3 en nr. 12 van ca. 2020.", "Klaar."]),
        ("The answer is no. We stop.", &["The answer is no.", "We stop."]),
        ("See No. 5 of the list. Done.", &["See No. 5 of the list.", "Done."]),
        ("Het kost € 1.000,00 per jaar. Of 3.5 procent.", &["Het kost € 1.000,00 per jaar.", "Of 3.5 procent."]),
        ("Kom om 12.30 uur op 12.05.2026. Tot dan.", &["Kom om 12.30 uur op 12.05.2026.", "Tot dan."]),
        ("It costs $1,000.50 today. Pay now.", &["It costs $1,000.50 today.", "Pay now."]),
        ("Ga naar www.example.nl. Daar staat het.", &["Ga naar www.example.nl.", "Daar staat het."]),
        ("Mail info@gemeente.nl. Of bel.", &["Mail info@gemeente.nl.", "Of bel."]),
        ("Zie https://x.nl/a?b=1. Klaar.", &["Zie https://x.nl/a?b=1.", "Klaar."]),
        ("J. de Vries en A.B. Jansen komen. Goed.", &["J. de Vries en A.B. Jansen komen.", "Goed."]),
        ("Hij zei: \"Klaar.\" Daarna ging hij.", &["Hij zei: \"Klaar.\"", "Daarna ging hij."]),
        ("(Dit is een zin.) Dit ook.", &["(Dit is een zin.)", "Dit ook."]),
        ("Bedankt! 😀 Tot ziens.", &["Bedankt! 😀", "Tot ziens."]),
        ("Top 👍\n\n🎉🎉\n\nDoei", &["Top 👍", "Doei"]),
    ];
    for (text, want) in cases {
        assert_eq!(sentences(text), *want, "{text}");
    }
}

#[test]
fn lines_blank_lines_bullets_and_salutations() {
    let cases: &[(&str, &[&str])] = &[
        ("Beste klant,\nWe zien dat u verhuist.", &["Beste klant,", "We zien dat u verhuist."]),
        ("Beste klant,\n\nwe zien het.", &["Beste klant,", "we zien het."]),
        ("Dit loopt door\nop de volgende regel.", &["Dit loopt door\nop de volgende regel."]),
        ("Uw toeslag 2026\nWe betalen elke maand", &["Uw toeslag 2026", "We betalen elke maand"]),
        (
            "Dit moet u doen:\n- Vul het formulier in\n- stuur het op\n* Wacht",
            &["Dit moet u doen:", "Vul het formulier in", "stuur het op", "Wacht"],
        ),
        ("Stappen\n1. Log in\n2) Kies een dag\n3. Klaar.", &["Stappen", "Log in", "Kies een dag", "Klaar."]),
        ("• één\n· twee\n– drie\n— vier\na) vijf", &["één", "twee", "drie", "vier", "vijf"]),
        ("Regel een\r\nRegel twee", &["Regel een", "Regel twee"]),
        ("  \n\n  Alleen dit.  \n\n", &["Alleen dit."]),
        ("-5 graden\nis koud", &["-5 graden\nis koud"]),
        ("", &[]),
        ("… ?! 😀", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(sentences(text), *want, "{text:?}");
    }
}

#[test]
fn words_and_what_counts_as_one() {
    let cases: &[(&str, u32)] = &[
        ("zo'n auto's e-mail don't", 4),
        ("Het kost € 1.000,00 of 3,5 %.", 5),
        ("Bel 088-1234567 of +31 6 12345678", 6),
        ("www.example.nl en info@x.nl", 3),
        ("😀 👍 — … !!!", 0),
        ("'s Avonds", 2),
        ("café naïve coöperatie", 3),
        ("Ελλάδα Москва 日本語", 3),
        ("e\u{301}e\u{301}n woord", 2),
        ("- lijst\n- twee", 2),
    ];
    for (text, want) in cases {
        assert_eq!(check(text, Lang::Nl).figures.words, *want, "{text}");
    }
}

// ------------------------------------------------ long sentences and words

#[test]
fn a_sentence_over_twenty_words_is_long() {
    let twenty = "een ".repeat(20).trim().to_string() + ".";
    let twenty_one = "een ".repeat(21).trim().to_string() + ".";
    let a = check(&twenty, Lang::Nl);
    assert!(kind_in(&twenty, &a, Kind::LongSentence).is_empty());
    assert_eq!(a.figures.longest_sentence, 20);
    let text = format!("Kort. {twenty_one} Ook kort.");
    let a = check(&text, Lang::Nl);
    let long: Vec<&Finding> = a.findings.iter().filter(|f| f.kind == Kind::LongSentence).collect();
    assert_eq!(long.len(), 1);
    assert_eq!(long[0].count, 21);
    assert_eq!(piece(&text, long[0].span), twenty_one);
    assert_eq!(a.figures.long_sentences, 1);
    assert_eq!(a.figures.longest_sentence, 21);
}

#[test]
fn long_and_very_long_words() {
    type Case = (Lang, &'static str, &'static [(Kind, &'static str, u32)]);
    let cases: &[Case] = &[
        (Lang::Nl, "De belasting.", &[]),
        (Lang::Nl, "De informatie.", &[(Kind::LongWord, "informatie", 4)]),
        (Lang::Nl, "De inkomensafhankelijke bijdrage.", &[(Kind::VeryLongWord, "inkomensafhankelijke", 20)]),
        (Lang::Nl, "Uw zorgverzekeraar.", &[(Kind::VeryLongWord, "zorgverzekeraar", 15)]),
        (Lang::Nl, "Uw verzekeraar.", &[(Kind::LongWord, "verzekeraar", 4)]),
        (Lang::Nl, "Bedrag 1.000.000.000,00 en 12345678901234567.", &[]),
        (Lang::Nl, "Zie www.belastingdienst-toeslagen.nl.", &[]),
        (Lang::En, "The application.", &[(Kind::LongWord, "application", 4)]),
        (Lang::En, "The paperwork.", &[]),
        (Lang::En, "Your responsibilities.", &[(Kind::VeryLongWord, "responsibilities", 16)]),
    ];
    for (lang, text, want) in cases {
        let a = check(text, *lang);
        let got: Vec<(Kind, &str, u32)> = a
            .findings
            .iter()
            .filter(|f| matches!(f.kind, Kind::LongWord | Kind::VeryLongWord))
            .map(|f| (f.kind, piece(text, f.span), f.count))
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn words_the_organisation_calls_fine_are_not_marked() {
    let org = OrgWords { avoid: vec![], fine: vec!["Zorgverzekeraar".into(), " informatie ".into()] };
    let text = "Uw zorgverzekeraar geeft informatie.";
    let a = with(text, Lang::Nl, &Lexicon::default(), &org);
    assert!(a.findings.is_empty(), "{:?}", a.findings);
}

// -------------------------------------------------------------- negations

#[test]
fn negations_in_both_languages() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Nl, "U krijgt geen geld als u niet betaalt.", &["geen", "niet"]),
        (
            Lang::Nl,
            "Nooit, niets, niemand, nergens. Noch dit noch dat.",
            &["Nooit", "niets", "niemand", "nergens", "Noch", "noch"],
        ),
        (Lang::Nl, "Het besluit is nietig. Dat is onmogelijk. Geenszins.", &["Geenszins"]),
        (Lang::Nl, "NIET doen.", &["NIET"]),
        (Lang::En, "You do not pay and we don't charge.", &["not", "don't"]),
        (Lang::En, "It isn’t late, it wasn't. You can't, we won't.", &["isn’t", "wasn't", "can't", "won't"]),
        (
            Lang::En,
            "Never, nothing, nobody, none, nowhere; neither nor. We cannot. No.",
            &["Never", "nothing", "nobody", "none", "nowhere", "neither", "nor", "cannot", "No"],
        ),
        (Lang::En, "A notice about nothingness and knots.", &[]),
    ];
    for (lang, text, want) in cases {
        assert_eq!(marked(text, *lang, Kind::Negation), *want, "{text}");
        assert_eq!(check(text, *lang).figures.negations, want.len() as u32);
    }
}

// ---------------------------------------------------------------- passive

#[test]
fn possibly_passive_in_dutch() {
    let cases: &[(&str, &[&str])] = &[
        ("Uw aanvraag wordt beoordeeld.", &["wordt beoordeeld"]),
        ("De brief werd gisteren verstuurd.", &["werd gisteren verstuurd"]),
        ("Het bedrag is op uw rekening gestort.", &["is op uw rekening gestort"]),
        ("Uw pakket is verzonden.", &["is verzonden"]),
        ("De formulieren zijn door ons ontvangen.", &["zijn door ons ontvangen"]),
        ("Het formulier moet worden ingevuld.", &["worden ingevuld"]),
        ("We weten dat de brief verstuurd wordt.", &["verstuurd wordt"]),
        ("Zodra het bedrag betaald is, sturen we het.", &["betaald is"]),
        ("We hopen dat het snel betaald kan worden.", &["betaald kan worden"]),
        (
            "Uw aanvraag wordt na ontvangst van alle gevraagde stukken door onze afdeling beoordeeld.",
            &["wordt na ontvangst van alle gevraagde stukken door onze afdeling beoordeeld"],
        ),
        ("De winkel is geopend en het geld wordt ingediend.", &["is geopend", "wordt ingediend"]),
        ("Het bedrag wordt verleend.", &["wordt verleend"]),
        ("Uw aanvraag is ontvangen en wordt beoordeeld.", &["is ontvangen", "wordt beoordeeld"]),
        ("Het geld wordt aangevraagd.", &["wordt aangevraagd"]),
        ("Er is besloten om te stoppen.", &["is besloten"]),
        // Not passive
        ("Het is gebeurd.", &[]),
        ("De prijs is gestegen.", &[]),
        ("Uw pakket is aangekomen.", &[]),
        ("Het wordt beter.", &[]),
        ("U wordt lid van de club.", &[]),
        ("Dit zijn de gevolgen.", &[]),
        ("Het is belangrijk dat u betaalt.", &[]),
        ("Dit is een regeling die u ontvangt.", &[]),
        ("U bent van harte welkom.", &[]),
        ("Wij zijn blij u te helpen.", &[]),
        ("Wij zijn bereid te gebruiken wat er is.", &[]),
        ("Het bericht is kort.", &[]),
        ("Zijn brief is goed.", &[]),
        ("Het is gezond om te bewegen.", &[]),
        ("Dit is de verschillende aanpak.", &[]),
        ("Dit is verschillend per gemeente.", &[]),
        ("Het is de ontvangst van uw brief.", &[]),
        ("U bent het gewend.", &[]),
        ("U heeft betaald.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(marked(text, Lang::Nl, Kind::Passive), *want, "{text}");
    }
}

#[test]
fn possibly_passive_in_english() {
    let cases: &[(&str, &[&str])] = &[
        ("Your application was received.", &["was received"]),
        ("The letter is sent today.", &["is sent"]),
        ("The bill has been paid.", &["been paid"]),
        ("It is not yet paid.", &[]),
        ("It is not paid.", &["is not paid"]),
        ("Your form is being processed.", &["is being processed"]),
        ("The forms were all checked.", &["were all checked"]),
        ("You are kindly requested to reply.", &["are kindly requested"]),
        ("It isn't finished.", &["isn't finished"]),
        ("We're told it's done.", &["We're told", "it's done"]),
        ("Forms are written and sent.", &["are written"]),
        // Not passive
        ("We are interested in your view.", &[]),
        ("The office is open.", &[]),
        ("We paid the bill.", &[]),
        ("This is a speed check.", &[]),
        ("It is, indeed, needed.", &[]),
        ("You are supposed to reply.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(marked(text, Lang::En, Kind::Passive), *want, "{text}");
    }
}

// ------------------------------------------------------------ word lists

#[test]
fn the_lexicon_parses_normalised_and_refuses_what_is_wrong() {
    let lex = lexicon();
    assert_eq!(lex.nl.len(), 8);
    assert_eq!(lex.en.len(), 5);
    assert!(lex.nl.iter().any(|e| e.phrase == "middels" && e.instead == "met"));
    let cases = [
        ("", "not a word list"),
        ("[]", "not a word list"),
        (r#"{"format": "other", "version": 1}"#, "format"),
        (r#"{"format": "wenselijk-words", "version": 2}"#, "version 2"),
        (r#"{"format": "wenselijk-words", "version": 1, "nl": [["  ", "x"]]}"#, "nl entry 1"),
        (r#"{"format": "wenselijk-words", "version": 1, "en": [["ok", "x"], ["...", "x"]]}"#, "en entry 2"),
        (r#"{"format": "wenselijk-words", "version": 1, "nl": [["Indien", "als"], ["indien ", "x"]]}"#, "twice"),
        (r#"{"format": "wenselijk-words", "version": 1, "nl": [["indien"]]}"#, "nl entry 1: not a pair"),
        (r#"{"format": "wenselijk-words", "version": 1, "en": {"a": "b"}}"#, "en is not a list"),
        (r#"{"version": 1}"#, "format"),
    ];
    for (json, want) in cases {
        let err = Lexicon::parse(json).expect_err(json);
        assert!(err.contains(want), "{json}: {err}");
    }
    let empty = Lexicon::parse(r#"{"format": "wenselijk-words", "version": 1}"#).expect("no lists is fine");
    assert!(empty.nl.is_empty() && empty.en.is_empty());
}

#[test]
fn officialese_matches_whole_words_and_phrases_longest_first() {
    let lex = lexicon();
    let org = OrgWords::default();
    type Case = (Lang, &'static str, &'static [(&'static str, &'static str)]);
    let cases: &[Case] = &[
        (Lang::Nl, "Indien u belt, helpen we.", &[("Indien", "als")]),
        (Lang::Nl, "U kunt het indienen. Indienen kan.", &[]),
        (Lang::Nl, "Dit is met betrekking tot uw brief.", &[("met betrekking tot", "over")]),
        (Lang::Nl, "Dit is met betrekking op uw brief.", &[("met betrekking", "over")]),
        (Lang::Nl, "Dit is met\nbetrekking  tot uw brief.", &[("met\nbetrekking  tot", "over")]),
        (Lang::Nl, "Dit is met, betrekking tot uw brief.", &[]),
        (Lang::Nl, "Het is met. Betrekking tot uw brief.", &[]),
        (Lang::Nl, "Dit gebeurt in het kader van de wet.", &[("in het kader van", "bij")]),
        (Lang::Nl, "Bel de klant c.q. de partner.", &[("c.q.", "of")]),
        (Lang::Nl, "Betaal middels een machtiging, MIDDELS de app.", &[("middels", "met"), ("MIDDELS", "met")]),
        (Lang::Nl, "Zo’n brief.", &[("Zo’n", "zo een")]),
        (Lang::Nl, "Teneinde dit te doen. Teneindes.", &[("Teneinde", "om")]),
        (Lang::En, "We utilise it in order to help.", &[("utilise", "use"), ("in order to", "to")]),
        (Lang::En, "Utilised and commenced.", &[]),
        (Lang::En, "Please don't hesitate to call.", &[("don't hesitate", "feel free")]),
        (Lang::En, "Indien is Dutch.", &[]),
    ];
    for (lang, text, want) in cases {
        let a = with(text, *lang, &lex, &org);
        assert!(a.with_lexicon);
        let got: Vec<(&str, &str)> = a
            .findings
            .iter()
            .filter(|f| f.kind == Kind::Officialese)
            .map(|f| (piece(text, f.span), f.instead.as_str()))
            .collect();
        assert_eq!(got, *want, "{text}");
        assert_eq!(a.figures.officialese, want.len() as u32);
    }
    let a = check("Indien u belt.", Lang::Nl);
    assert!(!a.with_lexicon);
    assert!(kind_in("", &a, Kind::Officialese).is_empty());
}

#[test]
fn the_organisations_words_to_avoid_and_words_that_are_fine() {
    let lex = lexicon();
    let org = OrgWords {
        avoid: vec![
            Entry { phrase: "Mijn Omgeving".into(), instead: "uw pagina".into() },
            Entry { phrase: "indien".into(), instead: "als u wilt".into() },
            Entry { phrase: "KlantID".into(), instead: String::new() },
        ],
        fine: vec!["teneinde".into(), "in order to".into()],
    };
    type Case = (Lang, &'static str, &'static [(Kind, &'static str, &'static str)]);
    let cases: &[Case] = &[
        (
            Lang::Nl,
            "Log in op mijn omgeving met uw klantid.",
            &[(Kind::Avoid, "mijn omgeving", "uw pagina"), (Kind::Avoid, "klantid", "")],
        ),
        // The organisation's word wins where both lists match.
        (Lang::Nl, "Indien u wilt.", &[(Kind::Avoid, "Indien", "als u wilt")]),
        (Lang::Nl, "Teneinde dit te doen.", &[]),
        // Avoid words count in both languages.
        (Lang::En, "Open Mijn Omgeving in order to pay.", &[(Kind::Avoid, "Mijn Omgeving", "uw pagina")]),
    ];
    for (lang, text, want) in cases {
        let a = with(text, *lang, &lex, &org);
        let got: Vec<(Kind, &str, &str)> = a
            .findings
            .iter()
            .filter(|f| matches!(f.kind, Kind::Avoid | Kind::Officialese))
            .map(|f| (f.kind, piece(text, f.span), f.instead.as_str()))
            .collect();
        assert_eq!(got, *want, "{text}");
    }
    let a = with("Log in op mijn omgeving.", Lang::Nl, &lex, &org);
    assert_eq!(a.figures.avoid, 1);
    assert_eq!(a.figures.officialese, 0);
}

// ---------------------------------------------------- address, next step

#[test]
fn does_the_text_speak_to_the_reader() {
    let cases: &[(Lang, &str, Address)] = &[
        (Lang::Nl, "Wij betalen de toeslag.", Address::No),
        (Lang::Nl, "Je krijgt het geld van jouw gemeente.", Address::Informal),
        (Lang::Nl, "Jullie krijgen het.", Address::Informal),
        (Lang::Nl, "U krijgt het op uw rekening.", Address::Formal),
        (Lang::Nl, "U krijgt het op je rekening.", Address::Mixed),
        (Lang::Nl, "Uwe hoogheid, jouwe.", Address::No),
        (Lang::En, "We pay the allowance.", Address::No),
        (Lang::En, "You get it in your account.", Address::Yes),
        (Lang::En, "You’re next.", Address::Yes),
        (Lang::En, "Young people.", Address::No),
    ];
    for (lang, text, want) in cases {
        assert_eq!(check(text, *lang).address, *want, "{text}");
    }
}

#[test]
fn asks_and_the_next_step() {
    // (text, asks, the next step: None = missing, Some((at end, sentence)))
    type Case = (Lang, &'static str, u32, Option<(bool, &'static str)>);
    let cases: &[Case] = &[
        (Lang::Nl, "Wij betalen de toeslag. Het geld komt in mei.", 0, None),
        (Lang::Nl, "Wij betalen de toeslag. Bel ons als u vragen heeft.", 1, Some((true, "Bel ons als u vragen heeft."))),
        (Lang::Nl, "Heeft u vragen? Wij helpen graag. Het kan.", 2, Some((true, "Wij helpen graag."))),
        (Lang::Nl, "Klopt dit? Wij betalen in mei.", 1, None),
        (Lang::Nl, "Klopt dit?\u{a0}😀 Wij betalen. Is het goed?)", 2, None),
        (Lang::Nl, "Vul het formulier in. Wij betalen in mei. Dat is fijn. Echt waar.", 1, Some((false, "Vul het formulier in."))),
        (Lang::Nl, "Wilt u het formulier sturen? Dank.", 1, Some((true, "Wilt u het formulier sturen?"))),
        (Lang::Nl, "Stuurt u ons het formulier. Dank.", 1, Some((true, "Stuurt u ons het formulier."))),
        (Lang::Nl, "Heeft u vragen, bel dan met ons.", 1, Some((true, "Heeft u vragen, bel dan met ons."))),
        (Lang::Nl, "Doet u dit niet, dan stopt de toeslag.", 0, None),
        (Lang::Nl, "Bel ons, dan helpen we.", 1, Some((true, "Bel ons, dan helpen we."))),
        (Lang::Nl, "Meer staat op www.example.nl. Dank.", 0, Some((true, "Meer staat op www.example.nl."))),
        (Lang::Nl, "Wij zijn er op 088 123 45 67. Dank.", 0, Some((true, "Wij zijn er op 088 123 45 67."))),
        (Lang::Nl, "Wij zijn bereikbaar op +31 6 12345678.", 0, Some((true, "Wij zijn bereikbaar op +31 6 12345678."))),
        (Lang::Nl, "Betaal voor 01-06-2026 het bedrag van 1.234.567,00.", 1, Some((true, "Betaal voor 01-06-2026 het bedrag van 1.234.567,00."))),
        (Lang::Nl, "Het gaat om 01-06-2026 en 1.234.567,00 euro. Dank.", 0, None),
        (Lang::Nl, "Beste klant,\n\nBel ons. Het geld komt in mei. Dat is fijn. Het is goed.\n\nMet vriendelijke groet,\nJan Jansen\nwww.example.nl", 1, Some((false, "Bel ons."))),
        (Lang::Nl, "Beste klant,\n\nHet geld komt in mei. Dat is fijn. Bel ons.\n\nMet vriendelijke groet,\nJan Jansen\nTeam Toeslagen", 1, Some((true, "Bel ons."))),
        (Lang::En, "We pay the allowance. Call us with questions.", 1, Some((true, "Call us with questions."))),
        (Lang::En, "Do you agree? We pay in May.", 1, None),
        (Lang::En, "Please send the form. We pay in May. That is good. Really.", 1, Some((false, "Please send the form."))),
        (Lang::En, "If you have questions, call us.", 1, Some((true, "If you have questions, call us."))),
        (Lang::En, "Would you send the form? Thanks.", 1, Some((true, "Would you send the form?"))),
        (Lang::En, "Visit www.example.com. Send the form. Call us.\n\nKind regards,\nAnn", 3, Some((true, "Call us."))),
    ];
    for (lang, text, asks, step) in cases {
        let a = check(text, *lang);
        assert_eq!(a.figures.asks, *asks, "asks in {text:?}");
        let got = match a.next_step {
            NextStep::Missing => None,
            NextStep::AtEnd(s) => Some((true, piece(text, s))),
            NextStep::NotAtEnd(s) => Some((false, piece(text, s))),
        };
        assert_eq!(got, *step, "next step in {text:?}");
    }
}

// ---------------------------------------------------------- reading ease

#[test]
fn reading_ease_matches_the_formulas_worked_by_hand() {
    // Wij(1) be-ta-len(3) de(1) toe-slag(2). U krijgt het geld snel (5×1):
    // 9 words, 2 sentences, 12 syllables.
    // 206.84 − 0.77 × 133.33 − 0.93 × 4.5 = 99.99
    let easy_nl = "Wij betalen de toeslag. U krijgt het geld snel.";
    // In-dien(2) de aan-vraag(2) niet tij-dig(2) wordt in-ge-diend(3)
    // ver-valt(2) het recht op een te-ge-moet-ko-ming(5) in de kos-ten(2):
    // 16 words, 1 sentence, 27 syllables.
    // 206.84 − 0.77 × 168.75 − 0.93 × 16 = 62.02
    let hard_nl =
        "Indien de aanvraag niet tijdig wordt ingediend, vervalt het recht op een tegemoetkoming in de kosten.";
    // We pay the fee. You get the mon-ey soon: 9 words, 2 sentences,
    // 10 syllables. 206.835 − 1.015 × 4.5 − 84.6 × 10/9 = 108.27
    let easy_en = "We pay the fee. You get the money soon.";
    // If the ap-pli-ca-tion(4) is not sub-mit-ted(3) in time, the
    // en-ti-tle-ment(4) to a con-tri-bu-tion(4) to-wards(2) the costs will
    // lapse: 18 words, 1 sentence, 30 syllables.
    // 206.835 − 1.015 × 18 − 84.6 × 30/18 = 47.565
    let hard_en =
        "If the application is not submitted in time, the entitlement to a contribution towards the costs will lapse.";
    let cases = [
        (Lang::Nl, easy_nl, (9, 2, 12), 99.988, Band::B1OrEasier),
        // Easy by the formula, but one sentence of 16 words: more than the
        // B1 average of 15, so harder than B1.
        (Lang::Nl, hard_nl, (16, 1, 27), 62.0225, Band::HarderThanB1),
        (Lang::En, easy_en, (9, 2, 10), 108.2675, Band::B1OrEasier),
        (Lang::En, hard_en, (18, 1, 30), 47.565, Band::HarderThanB1),
    ];
    for (lang, text, (w, s, y), ease, band) in cases {
        let f = check(text, lang).figures;
        assert_eq!((f.words, f.sentences, f.syllables), (w, s, y), "{text}");
        let got = f.ease.expect("words, so an ease");
        assert!((got - ease).abs() < 0.01, "{text}: {got} is not {ease}");
        assert_eq!(f.band(), band, "{text}");
        assert!((f.avg_sentence - w as f32 / s as f32).abs() < 1e-6);
    }
    assert_eq!(ease::douma(9, 2, 12), Some(206.84 - 0.77 * (12.0 / 9.0 * 100.0) - 0.93 * 4.5));
    assert_eq!(ease::flesch(9, 2, 10), Some(206.835 - 1.015 * 4.5 - 84.6 * (10.0 / 9.0)));
    assert_eq!(ease::douma(0, 0, 0), None);
    assert_eq!(ease::flesch(3, 0, 3), None);
}

#[test]
fn numbers_count_a_syllable_per_group_of_digits_and_addresses_one() {
    let f = check("€ 1.000,00 op 12.05.2026 via www.example.nl", Lang::Nl).figures;
    // 1|000|00, op, 12|05|2026, vi-a, the address
    assert_eq!((f.words, f.syllables), (5, 3 + 1 + 3 + 2 + 1));
}

#[test]
fn an_empty_text_has_no_ease_and_no_suggestion() {
    for text in ["", "   \n\n ", "😀 …", "-\n*"] {
        let a = check(text, Lang::Nl);
        assert_eq!(a.figures, Figures::default(), "{text:?}");
        assert_eq!(a.figures.band(), Band::Empty);
        assert!(a.sentences.is_empty() && a.findings.is_empty());
        assert_eq!(a.next_step, NextStep::Missing);
        assert_eq!(language(&a), None);
        assert_eq!(complexity(&a), None);
    }
}

// --------------------------------------------------------- language guess

#[test]
fn the_language_is_guessed_from_common_words() {
    let cases = [
        ("Wij betalen de toeslag op uw rekening.", Some(Lang::Nl)),
        ("Je krijgt het geld van de gemeente.", Some(Lang::Nl)),
        ("We pay the allowance into your account.", Some(Lang::En)),
        ("Please call us if you have a question.", Some(Lang::En)),
        ("Toeslag", None),
        ("Hallo!", None),
        ("", None),
        ("de the het a een an", None),
        ("Is we in?", None),
    ];
    for (text, want) in cases {
        assert_eq!(guess_lang(text), want, "{text}");
    }
}

// -------------------------------------------------------------- suggestion

#[test]
fn suggested_steps_and_their_reasons() {
    let level = |n| Level::new(n).expect("1 to 5");
    // Easy, speaks to the reader, nothing to fix: 5 without reasons.
    let a = check("U krijgt het geld snel. Bel ons.", Lang::Nl);
    let s = language(&a).expect("words");
    assert_eq!((s.level, s.reasons), (level(5), vec![]));

    // Every reason at once, in the fixed order; never below 1.
    let long = "Indien de aanvraag niet tijdig door de aanvrager bij de daartoe bevoegde instantie wordt ingediend, \
                vervalt het recht op een inkomensafhankelijke tegemoetkoming in de gemaakte kosten van de \
                kinderopvang, aangezien de noodzakelijke documentatie niet door de administratie werd ontvangen.";
    let a = with(long, Lang::Nl, &lexicon(), &OrgWords::default());
    let f = a.figures;
    assert!(f.ease.is_some_and(|e| e < VERY_HARD_EASE), "{f:?}");
    let s = language(&a).expect("words");
    assert_eq!(s.level, level(1));
    assert_eq!(
        s.reasons,
        vec![
            Reason::HarderThanB1,
            Reason::VeryHard,
            Reason::LongSentences(1),
            Reason::Officialese(1),
            Reason::Negations(2),
            Reason::Passives(2),
            Reason::NoAddress,
        ]
    );

    // One negation or passive is not a reason; the organisation's words count
    // with officialese.
    let org = OrgWords { avoid: vec![Entry { phrase: "klantid".into(), instead: String::new() }], fine: vec![] };
    let a = with("U krijgt niet uw klantid. Het wordt verstuurd.", Lang::Nl, &lexicon(), &org);
    let s = language(&a).expect("words");
    assert_eq!(s.reasons, vec![Reason::Officialese(1)]);
    assert_eq!(s.level, level(4));

    // Complexiteit: only when the text asks two or more things.
    let cases = [
        ("Bel ons.", None),
        ("Bel ons. Stuur de brief.", Some(3)),
        ("Bel ons. Stuur de brief. Kijk op de site.", Some(2)),
        ("Bel ons. Stuur de brief. Kijk op de site. Heeft u vragen?", Some(2)),
    ];
    for (text, want) in cases {
        let a = check(text, Lang::Nl);
        let got = complexity(&a);
        assert_eq!(got.as_ref().map(|s| s.level.get()), want, "{text}");
        if let Some(s) = got {
            assert_eq!(s.reasons, vec![Reason::Asks(a.figures.asks)]);
        }
    }
}

// ------------------------------------------------------------------ limits

#[test]
fn a_text_over_the_limit_is_cut_on_a_character_boundary() {
    let text = "Wij betalen. ".repeat(MAX_TEXT / 13) + &"é".repeat(100);
    assert!(text.len() > MAX_TEXT);
    let a = check(&text, Lang::Nl);
    assert!(a.cut);
    assert!(a.sentences.last().is_some_and(|s| s.span.end <= MAX_TEXT));
    assert!(a.findings.iter().all(|f| f.span.end <= MAX_TEXT));
    let short = check("Wij betalen.", Lang::Nl);
    assert!(!short.cut);
    let exact = "a".repeat(MAX_TEXT);
    assert!(!check(&exact, Lang::Nl).cut);
}

#[test]
fn findings_are_sorted_by_position_then_kind() {
    let text = "Indien u het formulier niet invult, wordt de inkomensafhankelijke bijdrage niet betaald. Bel ons.";
    let a = with(text, Lang::Nl, &lexicon(), &OrgWords::default());
    let keys: Vec<(usize, Kind)> = a.findings.iter().map(|f| (f.span.start, f.kind)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(kind_in(text, &a, Kind::Officialese), ["Indien"]);
    assert_eq!(kind_in(text, &a, Kind::Negation), ["niet", "niet"]);
    assert_eq!(kind_in(text, &a, Kind::VeryLongWord), ["inkomensafhankelijke"]);
    assert_eq!(kind_in(text, &a, Kind::Passive), ["wordt de inkomensafhankelijke bijdrage niet betaald"]);
}
