//! Texts of the message check (issue 13): the live check under the
//! customer's text, its marks and findings, before and after, the
//! suggested step, and the same in the reports.

use super::{decimal, Lang, Text};
use crate::domain::TextLang;
use crate::message::suggest::Reason;
use crate::message::{Address, Band, Figures, Kind, NextStep};

crate::texts! {
    TITLE = "Berichtcheck", "Message check";
    INTRO = "De check leest de tekst zoals een klant hem leest. Hij laat zien wat de tekst moeilijker maakt dan taalniveau B1. Ongeveer 95% van de Nederlanders kan B1 goed lezen.",
        "The check reads the text as a customer reads it. It shows what makes the text harder than language level B1. About 95% of Dutch adults read B1 well.";
    EMPTY = "Nog geen tekst. Schrijf of plak hierboven de tekst die de klant krijgt. Dan zie je meteen wat je kunt verbeteren.",
        "No text yet. Write or paste the text the customer receives above. You will see at once what to improve.";
    TEXT_LANG = "Taal van de tekst", "Language of the text";
    TEXT_LANG_GUESS = "Vanzelf ({lang})", "Automatic ({lang})";
    TEXT_LANG_GUESS_NONE = "Vanzelf", "Automatic";
    TEXT_LANG_HINT = "De check raadt de taal uit de tekst. Klopt het niet? Kies dan zelf.",
        "The check guesses the language from the text. Wrong guess? Choose it yourself.";
    LANG_NL = "Nederlands", "Dutch";
    LANG_EN = "Engels", "English";
    LOADING = "De woordenlijst wordt geladen. De andere punten zie je al.",
        "Loading the word list. The other points are already shown.";
    LOAD_FAILED = "De woordenlijst kon niet worden geladen ({detail}). Ambtelijke woorden worden nu niet gemarkeerd; de rest van de check werkt wel.",
        "The word list could not be loaded ({detail}). Officialese is not marked now; the rest of the check works.";
    CUT = "De tekst is erg lang. De check leest de eerste 100.000 tekens.",
        "The text is very long. The check reads the first 100,000 characters.";
    FIGURES = "Cijfers", "Figures";
    WORDS = "Woorden", "Words";
    SENTENCES = "Zinnen", "Sentences";
    AVG_SENTENCE = "Gemiddelde zinslengte", "Average sentence length";
    LONGEST = "Langste zin", "Longest sentence";
    N_WORDS = "{n} woorden", "{n} words";
    EASE = "Leesgemak", "Reading ease";
    EASE_NONE = "geen", "none";
    BAND_B1 = "ongeveer B1 of makkelijker", "about B1 or easier";
    BAND_HARD = "moeilijker dan B1", "harder than B1";
    BAND_EMPTY = "nog niet te zeggen", "not known yet";
    ESTIMATE = "Dit is een schatting. Een formule telt woorden en lettergrepen; lezers met de doelgroep testen blijft het beste.",
        "This is an estimate. A formula counts words and syllables; testing with readers from the audience is still best.";
    FORMULA_NL = "Flesch-Douma: 206,84 − 0,77 × {syl} lettergrepen per 100 woorden − 0,93 × {wps} woorden per zin = {ease}",
        "Flesch–Douma: 206.84 − 0.77 × {syl} syllables per 100 words − 0.93 × {wps} words per sentence = {ease}";
    FORMULA_EN = "Flesch Reading Ease: 206,835 − 1,015 × {wps} woorden per zin − 84,6 × {spw} lettergrepen per woord = {ease}",
        "Flesch Reading Ease: 206.835 − 1.015 × {wps} words per sentence − 84.6 × {spw} syllables per word = {ease}";
    FORMULA_BAND = "60 of hoger, met gemiddeld hoogstens 15 woorden per zin: ongeveer B1 of makkelijker.", "60 or higher, with 15 words per sentence or fewer on average: about B1 or easier.";
    MARKED = "De tekst, gemarkeerd", "The text, marked";
    MARKED_HINT = "Elke markering is een knop: kies hem voor de uitleg. Lange zinnen hebben een streep ervoor en het aantal woorden erachter.",
        "Each mark is a button: choose it for the explanation. Long sentences have a bar before them and their number of words after.";
    MARKED_NONE = "Geen markeringen. Goed bezig!", "Nothing marked. Well done!";
    SENTENCE_WORDS = "[{n} woorden]", "[{n} words]";
    FINDINGS = "Wat je kunt verbeteren", "What to improve";
    CHOSEN = "Gekozen markering", "Chosen mark";
    INSTEAD = "Schrijf liever: {instead}", "Write instead: {instead}";
    CHECKS = "Spreekt de tekst de lezer aan?", "Does the text speak to the reader?";
    NEXT_STEP = "Eindigt de tekst met één duidelijke volgende stap?", "Does the text end with one clear next step?";
    ADDRESS_NO = "Nee. Spreek de lezer direct aan met u of je. Dan voelt de lezer zich bedoeld.",
        "No. Speak to the reader directly as you. Then the reader knows the text is for them.";
    ADDRESS_INFORMAL = "Ja, met je en jij.", "Yes, informally (je, jij).";
    ADDRESS_FORMAL = "Ja, met u.", "Yes, formally (u).";
    ADDRESS_MIXED = "Ja, maar de tekst gebruikt zowel u als je. Kies er één.", "Yes, but the text uses both u and je. Choose one.";
    ADDRESS_YES = "Ja, met you.", "Yes (you).";
    STEP_AT_END = "Ja: “{step}”", "Yes: “{step}”";
    STEP_NOT_AT_END = "Er staat een stap in de tekst, maar niet aan het eind: “{step}”. Zet de stap aan het eind; dat onthoudt de lezer.",
        "The text asks for a step, but not at the end: “{step}”. Put the step at the end; that is what the reader remembers.";
    STEP_MISSING = "Nee. Zeg aan het eind wat de lezer nu kan doen, in één zin.", "No. Say at the end what the reader can do now, in one sentence.";
    ASKS = "De tekst vraagt {n} dingen van de lezer. Meer dan twee maakt het zwaar: vraag één ding.",
        "The text asks {n} things of the reader. More than two makes it heavy: ask one thing.";
    VERSIONS = "Voor en na", "Before and after";
    VERSIONS_INTRO = "Elke keer dat je de tekst verlaat na een wijziging, bewaart de app die versie. Zo zie je wat een herschrijving oplevert.",
        "Each time you leave the text after a change, the app keeps that version. So you see what a rewrite gains.";
    VERSIONS_CAPTION = "De eerste versie en nu, naast elkaar", "The first version and now, side by side";
    VERSION_FIRST = "Eerste versie", "First version";
    VERSION_PREVIOUS = "Vorige versie", "Previous version";
    VERSION_NOW = "Nu", "Now";
    VERSION_FIGURE = "Cijfer", "Figure";
    VERSIONS_KEPT = "Bewaarde versies ({n})", "Kept versions ({n})";
    VERSION_N = "Versie {n}", "Version {n}";
    VERSION_USE = "Weer gebruiken", "Use again";
    VERSION_USE_LABEL = "Versie {n} weer gebruiken (de tekst van nu wordt bewaard)", "Use again: version {n} (the current text is kept)";
    VERSION_FORGET = "Vergeten", "Forget";
    VERSION_FORGET_LABEL = "Versie {n} vergeten", "Forget version {n}";
    NOTICE_FORGOTTEN = "Een versie van de tekst is vergeten.", "A version of the text was forgotten.";
    SUGGESTED = "De berichtcheck stelt voor: {level}", "The message check suggests: {level}";
    SUGGESTED_WHY = "Omdat:", "Because:";
    SUGGESTED_OWN = "Dit is een voorstel. Jouw antwoord blijft van jou; de check vult niets in.",
        "This is a suggestion. Your answer stays yours; the check fills in nothing.";
    SUGGESTED_NONE = "De berichtcheck vindt niets dat de tekst moeilijk maakt.", "The message check finds nothing that makes the text hard.";
    REASON_HARD = "De tekst is moeilijker dan B1 (leesgemak {ease}).", "The text is harder than B1 (reading ease {ease}).";
    REASON_VERY_HARD = "De tekst is erg moeilijk (leesgemak onder 30).", "The text is very hard (reading ease under 30).";
    REASON_LONG = "Zinnen langer dan 20 woorden: {n}.", "Sentences longer than 20 words: {n}.";
    REASON_OFFICIALESE = "Ambtelijke of interne woorden: {n}.", "Officialese or in-house words: {n}.";
    REASON_NEGATIONS = "Ontkenningen (niet, geen, nooit…): {n}.", "Negations (not, no, never…): {n}.";
    REASON_PASSIVES = "Mogelijk lijdende vorm: {n} keer.", "Possibly passive constructions: {n}.";
    REASON_NO_ADDRESS = "De tekst spreekt de lezer niet aan.", "The text does not speak to the reader.";
    REASON_ASKS = "Dingen die de tekst van de lezer vraagt: {n}.", "Things the text asks of the reader: {n}.";
    SUMMARY = "Berichtcheck: {band}, {n} punten", "Message check: {band}, {n} points";
    FORMULA_SUMMARY = "Hoe wordt dit geschat?", "How is this estimated?";
    WORDS_MISSING = "het bestand {file} ontbreekt", "the file {file} is missing";
    WORDS_NO_CONNECTION = "geen verbinding", "no connection";
    WORDS_STATUS = "de server gaf status {status}", "the server answered with status {status}";
    WORDS_UNREADABLE = "{file} is niet te lezen: {error}", "{file} cannot be read: {error}";
    ROW_LONG_SENTENCES = "Zinnen langer dan 20 woorden", "Sentences over 20 words";
    ROW_NEGATIONS = "Ontkenningen", "Negations";
    ROW_OFFICIALESE = "Ambtelijke of interne woorden", "Officialese or in-house words";
    ROW_PASSIVES = "Mogelijk lijdende vorm", "Possibly passive";
    ROW_LONG_WORDS = "Lange woorden", "Long words";
    ROW_BAND = "Niveau (schatting)", "Level (estimate)";
}

/// The figures of one or more texts as table rows: a label, then one value
/// per text. The live view, the reports and compare show the same rows.
pub fn figure_rows(figs: &[Figures], lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    let col = |f: fn(&Figures) -> String| figs.iter().map(f).collect::<Vec<_>>();
    let lang_dec = move |x: f32| decimal(x, lang);
    let rows: [(Text, Vec<String>); 11] = [
        (WORDS, col(|f| f.words.to_string())),
        (SENTENCES, col(|f| f.sentences.to_string())),
        (AVG_SENTENCE, figs.iter().map(|f| lang_dec(f.avg_sentence)).collect()),
        (LONGEST, figs.iter().map(|f| N_WORDS.fill(lang, &[("n", &f.longest_sentence.to_string())])).collect()),
        (ROW_LONG_SENTENCES, col(|f| f.long_sentences.to_string())),
        (ROW_NEGATIONS, col(|f| f.negations.to_string())),
        (ROW_OFFICIALESE, col(|f| (f.officialese + f.avoid).to_string())),
        (ROW_PASSIVES, col(|f| f.passives.to_string())),
        (ROW_LONG_WORDS, col(|f| (f.long_words + f.very_long_words).to_string())),
        (EASE, figs.iter().map(|f| ease_text(f.ease, lang)).collect()),
        (ROW_BAND, figs.iter().map(|f| band(f.band()).get(lang).to_string()).collect()),
    ];
    rows.into_iter().map(|(t, v)| (t.get(lang), v)).collect()
}

/// The name of a kind of finding, for headings and lists.
pub fn kind_name(k: Kind) -> Text {
    match k {
        Kind::LongSentence => Text { nl: "Lange zin", en: "Long sentence" },
        Kind::LongWord => Text { nl: "Lang woord", en: "Long word" },
        Kind::VeryLongWord => Text { nl: "Heel lang woord", en: "Very long word" },
        Kind::Negation => Text { nl: "Ontkenning", en: "Negation" },
        Kind::Passive => Text { nl: "Mogelijk lijdende vorm", en: "Possibly passive" },
        Kind::Officialese => Text { nl: "Ambtelijk woord", en: "Officialese" },
        Kind::Avoid => Text { nl: "Woord om te vermijden", en: "Word to avoid" },
    }
}

/// Why a kind of finding makes a text harder, and what to do: from the
/// sources (B1, system 1 reading, the 64 → 37 words rewrite).
pub fn kind_why(k: Kind) -> Text {
    match k {
        Kind::LongSentence => Text {
            nl: "Zinnen van meer dan 20 woorden zijn moeilijk voor veel lezers. Maak er twee zinnen van, of gebruik een opsomming.",
            en: "Sentences of more than 20 words are hard for many readers. Make two sentences, or use a list.",
        },
        Kind::LongWord => Text {
            nl: "Woorden met vier of meer lettergrepen lezen langzaam. Is er een korter woord?",
            en: "Words of four or more syllables read slowly. Is there a shorter word?",
        },
        Kind::VeryLongWord => Text {
            nl: "Lange samenstellingen zijn moeilijk te lezen. Schrijf ze uit in een paar korte woorden.",
            en: "Very long words are hard to read. Say it in a few short words.",
        },
        Kind::Negation => Text {
            nl: "Wie snel leest, slaat ‘niet’ vaak over en begrijpt dan het omgekeerde. Zeg wat wél kan of moet.",
            en: "Fast readers often skip ‘not’ and take the opposite meaning. Say what can or should be done.",
        },
        Kind::Passive => Text {
            nl: "Mogelijk lijdende vorm: dan staat er niet wie iets doet. Schrijf ‘wij sturen’ in plaats van ‘wordt gestuurd’.",
            en: "Possibly passive: it hides who does what. Write ‘we send’ instead of ‘is sent’.",
        },
        Kind::Officialese => Text {
            nl: "Ambtelijke taal maakt afstand. Gewone woorden zijn duidelijker en vriendelijker.",
            en: "Officialese puts distance between you and the reader. Everyday words are clearer and kinder.",
        },
        Kind::Avoid => Text {
            nl: "Jullie organisatie vraagt dit woord te vermijden: klanten kennen het vaak niet.",
            en: "Your organisation asks to avoid this word: customers often do not know it.",
        },
    }
}

pub fn lang_name(l: TextLang) -> Text {
    match l {
        TextLang::Nl => LANG_NL,
        TextLang::En => LANG_EN,
    }
}

pub fn band(b: Band) -> Text {
    match b {
        Band::Empty => BAND_EMPTY,
        Band::B1OrEasier => BAND_B1,
        Band::HarderThanB1 => BAND_HARD,
    }
}

pub fn address(a: Address) -> Text {
    match a {
        Address::No => ADDRESS_NO,
        Address::Informal => ADDRESS_INFORMAL,
        Address::Formal => ADDRESS_FORMAL,
        Address::Mixed => ADDRESS_MIXED,
        Address::Yes => ADDRESS_YES,
    }
}

/// The next-step line; `step` is the sentence that asks.
pub fn next_step(n: NextStep, text: &str, lang: Lang) -> String {
    let quote = |s: crate::message::Span| text.get(s.start..s.end).unwrap_or("").trim().to_string();
    match n {
        NextStep::Missing => STEP_MISSING.get(lang).to_string(),
        NextStep::AtEnd(s) => STEP_AT_END.fill(lang, &[("step", &quote(s))]),
        NextStep::NotAtEnd(s) => STEP_NOT_AT_END.fill(lang, &[("step", &quote(s))]),
    }
}

/// A reason for a suggested step, in words.
pub fn reason(r: Reason, ease: Option<f32>, lang: Lang) -> String {
    let n = |t: Text, n: u32| t.fill(lang, &[("n", &n.to_string())]);
    match r {
        Reason::HarderThanB1 => REASON_HARD.fill(lang, &[("ease", &ease_text(ease, lang))]),
        Reason::VeryHard => REASON_VERY_HARD.get(lang).to_string(),
        Reason::LongSentences(c) => n(REASON_LONG, c),
        Reason::Officialese(c) => n(REASON_OFFICIALESE, c),
        Reason::Negations(c) => n(REASON_NEGATIONS, c),
        Reason::Passives(c) => n(REASON_PASSIVES, c),
        Reason::NoAddress => REASON_NO_ADDRESS.get(lang).to_string(),
        Reason::Asks(c) => n(REASON_ASKS, c),
    }
}

/// The reading ease, or "none" without words.
pub fn ease_text(ease: Option<f32>, lang: Lang) -> String {
    match ease {
        Some(e) => decimal(e, lang),
        None => EASE_NONE.get(lang).to_string(),
    }
}

/// Why the word list did not load, in words.
pub fn words_problem(p: &crate::message::load::WordsProblem, lang: Lang) -> String {
    use crate::message::load::WordsProblem as W;
    let file = crate::message::load::FILE;
    match p {
        W::Missing => WORDS_MISSING.fill(lang, &[("file", file)]),
        W::NoConnection => WORDS_NO_CONNECTION.get(lang).to_string(),
        W::Status(s) => WORDS_STATUS.fill(lang, &[("status", &s.to_string())]),
        W::Unreadable(e) => WORDS_UNREADABLE.fill(lang, &[("file", file), ("error", e)]),
    }
}
