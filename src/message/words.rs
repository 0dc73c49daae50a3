//! The word lists the rules use, each sorted (binary search; a test keeps
//! them sorted). Lower case, plain apostrophes.

/// Negations (Dutch).
#[rustfmt::skip]
pub(super) const NEGATIONS_NL: List = List::new(&[
    "geen", "geenszins", "nergens", "niemand", "niet", "niets", "nimmer", "noch", "nooit",
]);

/// Negations (English); any word ending in n't also counts.
#[rustfmt::skip]
pub(super) const NEGATIONS_EN: List = List::new(&[
    "cannot", "neither", "never", "no", "nobody", "none", "nor", "not", "nothing", "nowhere",
]);

/// Words that start another clause: a participle after them belongs to another verb.
#[rustfmt::skip]
pub(super) const CLAUSE_NL: List = List::new(&[
    "als", "dat", "die", "en", "indien", "maar", "nadat", "of", "omdat", "terwijl", "voordat", "waardoor", "waarin",
    "waarmee", "waarop", "waarvoor", "wanneer", "want", "wat", "welke", "zodat",
]);

/// Modal verbs between a participle and worden ("betaald kan worden").
#[rustfmt::skip]
pub(super) const MODALS_NL: List = List::new(&[
    "kan", "kunnen", "mag", "moet", "moeten", "mogen", "wil", "willen", "zal", "zou", "zouden", "zullen",
]);

/// Words after which a participle-shaped word is a noun or an infinitive ("de gevolgen", "te gebruiken").
#[rustfmt::skip]
pub(super) const ARTICLES_NL: List = List::new(&[
    "alle", "de", "deze", "een", "elke", "geen", "hun", "ieder", "je", "jouw", "mijn", "onze", "te", "uw", "welke",
]);

/// Words shaped like a participle that are not one.
#[rustfmt::skip]
pub(super) const NOT_PARTICIPLES_NL: List = List::new(&[
    "bekend", "beleid", "benieuwd", "bereid", "bericht", "besluit", "bestand", "betreft", "bezit", "gebeuren",
    "gebeurt", "gebied", "gebieden", "gebouwen", "gebruiken", "gedachten", "gedicht", "geeft", "geest", "gelden",
    "geldt", "geleden", "gelooft", "geloven", "geluid", "gemeenten", "geniet", "genieten", "gerecht", "gereed",
    "gerust", "geschikt", "gesprekken", "geven", "geweest", "gewend", "gewicht", "geworden", "gezicht", "gezond",
    "verband", "verkeerd", "verlet",
]);

/// Words allowed between be and a participle ("is not paid"), besides words in -ly.
#[rustfmt::skip]
pub(super) const ADVERBS_EN: List = List::new(&[
    "all", "already", "also", "always", "been", "being", "just", "never", "not", "now", "often", "only", "soon",
    "still", "then",
]);

/// Irregular English participles.
#[rustfmt::skip]
pub(super) const PARTICIPLES_EN: List = List::new(&[
    "begun", "born", "bought", "bound", "broken", "brought", "built", "caught", "chosen", "cut", "dealt", "done",
    "drawn", "driven", "felt", "forbidden", "forgiven", "forgotten", "found", "frozen", "given", "grown", "heard",
    "held", "hidden", "hurt", "kept", "known", "laid", "led", "left", "lent", "lost", "made", "meant", "met",
    "overseen", "paid", "put", "said", "seen", "sent", "set", "shown", "shut", "sold", "sought", "spent", "spoken",
    "stolen", "taken", "taught", "thought", "thrown", "told", "understood", "undertaken", "upheld", "withdrawn",
    "withheld", "won", "written",
]);

/// Words in -ed that are not a participle after be (or not a passive).
#[rustfmt::skip]
pub(super) const NOT_PARTICIPLES_EN: List = List::new(&[
    "bored", "concerned", "excited", "feed", "hundred", "indeed", "interested", "married", "naked", "need", "pleased",
    "sacred", "scared", "seed", "speed", "supposed", "tired", "worried",
]);

/// Verbs that start a request to the reader ("Bel ons").
#[rustfmt::skip]
pub(super) const ACTIONS_NL: List = List::new(&[
    "accepteer", "activeer", "annuleer", "app", "beantwoord", "begin", "bekijk", "bel", "betaal", "bevestig",
    "bewaar", "bezoek", "breng", "check", "controleer", "deel", "doe", "download", "ga", "gebruik", "geef", "hou",
    "houd", "installeer", "kies", "kijk", "klik", "kom", "laat", "lees", "let", "lever", "log", "maak", "mail",
    "meld", "neem", "onderteken", "open", "pas", "plan", "print", "probeer", "reageer", "regel", "scan", "schrijf",
    "sla", "start", "stuur", "teken", "upload", "verstuur", "voeg", "volg", "vraag", "vul", "wijzig", "zeg", "zet",
    "zoek",
]);

/// Verbs that start a request to the reader ("Call us").
#[rustfmt::skip]
pub(super) const ACTIONS_EN: List = List::new(&[
    "apply", "ask", "book", "bring", "call", "cancel", "check", "choose", "click", "complete", "confirm", "contact",
    "download", "e-mail", "email", "enter", "fill", "find", "follow", "give", "go", "join", "keep", "let", "log",
    "make", "open", "order", "pay", "phone", "print", "read", "register", "renew", "reply", "request", "return",
    "review", "save", "scan", "see", "select", "send", "share", "sign", "start", "submit", "take", "tap", "tell",
    "text", "try", "update", "upload", "use", "visit", "write",
]);

/// Common Dutch words, to guess a text's language.
#[rustfmt::skip]
pub(super) const COMMON_NL: List = List::new(&[
    "aan", "als", "bij", "daar", "dan", "dat", "de", "deze", "die", "dit", "een", "en", "er", "geen", "graag",
    "hebben", "hebt", "heeft", "het", "hier", "hoe", "hun", "ik", "je", "jouw", "kan", "kunt", "maar", "met", "moet",
    "naar", "niet", "nog", "nu", "om", "omdat", "ons", "onze", "ook", "op", "te", "tot", "u", "uit", "uw", "van",
    "voor", "wanneer", "wel", "wie", "wij", "worden", "wordt", "zal", "zich", "zijn", "zodat",
]);

/// Common English words, to guess a text's language (not "is", "in", "we": Dutch too).
#[rustfmt::skip]
pub(super) const COMMON_EN: List = List::new(&[
    "a", "about", "an", "and", "are", "as", "at", "be", "by", "can", "do", "for", "from", "has", "have", "i", "if",
    "into", "it", "my", "not", "on", "or", "our", "please", "than", "that", "the", "this", "to", "us", "which",
    "will", "with", "would", "you", "your",
]);

/// A sorted list of words, with the first letters it has (to say no
/// quickly).
#[derive(Clone, Copy)]
pub(super) struct List {
    words: &'static [&'static str],
    first: u32,
}

impl List {
    const fn new(words: &'static [&'static str]) -> List {
        let mut first = 0;
        let mut i = 0;
        while i < words.len() {
            if let Some(b) = words[i].as_bytes().first() {
                first |= 1 << (*b & 31);
            }
            i += 1;
        }
        List { words, first }
    }
}

/// Whether `w` is in `list`.
pub(super) fn has(list: List, w: &str) -> bool {
    // Byte by byte: for short words quicker than a call to memcmp.
    fn cmp(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
        a.iter().zip(b).find(|(x, y)| x != y).map_or(a.len().cmp(&b.len()), |(x, y)| x.cmp(y))
    }
    let w = w.as_bytes();
    w.first().is_some_and(|b| list.first & (1 << (b & 31)) != 0)
        && list.words.binary_search_by(|p| cmp(p.as_bytes(), w)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_without_repeats() {
        let lists = [
            ("NEGATIONS_NL", NEGATIONS_NL),
            ("NEGATIONS_EN", NEGATIONS_EN),
            ("CLAUSE_NL", CLAUSE_NL),
            ("MODALS_NL", MODALS_NL),
            ("ARTICLES_NL", ARTICLES_NL),
            ("NOT_PARTICIPLES_NL", NOT_PARTICIPLES_NL),
            ("ADVERBS_EN", ADVERBS_EN),
            ("PARTICIPLES_EN", PARTICIPLES_EN),
            ("NOT_PARTICIPLES_EN", NOT_PARTICIPLES_EN),
            ("ACTIONS_NL", ACTIONS_NL),
            ("ACTIONS_EN", ACTIONS_EN),
            ("COMMON_NL", COMMON_NL),
            ("COMMON_EN", COMMON_EN),
        ];
        for (name, list) in lists {
            assert!(list.words.windows(2).all(|p| p[0] < p[1]), "{name} is not sorted or repeats a word");
        }
    }
}
