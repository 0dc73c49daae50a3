//! The word lists the rules use. Each is one text of lower-case words
//! (plain apostrophes) separated by single spaces: no table of pointers in
//! the program. The sorted lists are searched by halving (a test keeps them
//! sorted); the short lists of endings and prefixes are read in order.

/// Negations (Dutch).
pub(super) const NEGATIONS_NL: List = List::new("geen geenszins nergens niemand niet niets nimmer noch nooit");

/// Negations (English); any word ending in n't also counts.
pub(super) const NEGATIONS_EN: List = List::new("cannot neither never no nobody none nor not nothing nowhere");

/// Words that start another clause: a participle after them belongs to another verb.
pub(super) const CLAUSE_NL: List = List::new(
    "als dat die en indien maar nadat of omdat terwijl voordat waardoor waarin waarmee waarop waarvoor wanneer \
    want wat welke zodat",
);

/// Modal verbs between a participle and worden ("betaald kan worden").
pub(super) const MODALS_NL: List = List::new("kan kunnen mag moet moeten mogen wil willen zal zou zouden zullen");

/// Words after which a participle-shaped word is a noun or an infinitive ("de gevolgen", "te gebruiken").
pub(super) const ARTICLES_NL: List = List::new("alle de deze een elke geen hun ieder je jouw mijn onze te uw welke");

/// Words shaped like a participle that are not one.
pub(super) const NOT_PARTICIPLES_NL: List = List::new(
    "bekend beleid benieuwd bereid bericht besluit bestand betreft bezit gebeuren gebeurt gebied gebieden gebouwen \
    gebruiken gedachten gedicht geeft geest gelden geldt geleden gelooft geloven geluid gemeenten geniet genieten \
    gerecht gereed gerust geschikt gesprekken geven geweest gewend gewicht geworden gezicht gezond verband \
    verkeerd verlet",
);

/// Words allowed between be and a participle ("is not paid"), besides words in -ly.
pub(super) const ADVERBS_EN: List =
    List::new("all already also always been being just never not now often only soon still then");

/// Irregular English participles.
pub(super) const PARTICIPLES_EN: List = List::new(
    "begun born bought bound broken brought built caught chosen cut dealt done drawn driven felt forbidden \
    forgiven forgotten found frozen given grown heard held hidden hurt kept known laid led left lent lost made \
    meant met overseen paid put said seen sent set shown shut sold sought spent spoken stolen taken taught \
    thought thrown told understood undertaken upheld withdrawn withheld won written",
);

/// Words in -ed that are not a participle after be (or not a passive).
pub(super) const NOT_PARTICIPLES_EN: List = List::new(
    "bored concerned excited feed hundred indeed interested married naked need pleased sacred scared seed speed \
    supposed tired worried",
);

/// Verbs that start a request to the reader ("Bel ons").
pub(super) const ACTIONS_NL: List = List::new(
    "accepteer activeer annuleer app beantwoord begin bekijk bel betaal bevestig bewaar bezoek breng check \
    controleer deel doe download ga gebruik geef hou houd installeer kies kijk klik kom laat lees let lever log \
    maak mail meld neem onderteken open pas plan print probeer reageer regel scan schrijf sla start stuur teken \
    upload verstuur voeg volg vraag vul wijzig zeg zet zoek",
);

/// Verbs that start a request to the reader ("Call us").
pub(super) const ACTIONS_EN: List = List::new(
    "apply ask book bring call cancel check choose click complete confirm contact download e-mail email enter fill \
    find follow give go join keep let log make open order pay phone print read register renew reply request \
    return review save scan see select send share sign start submit take tap tell text try update upload use \
    visit write",
);

/// Common Dutch words, to guess a text's language.
pub(super) const COMMON_NL: List = List::new(
    "aan als bij daar dan dat de deze die dit een en er geen graag hebben hebt heeft het hier hoe hun ik je jouw \
    kan kunt maar met moet naar niet nog nu om omdat ons onze ook op te tot u uit uw van voor wanneer wel wie wij \
    worden wordt zal zich zijn zodat",
);

/// Common English words, to guess a text's language (not "is", "in", "we": Dutch too).
pub(super) const COMMON_EN: List = List::new(
    "a about an and are as at be by can do for from has have i if into it my not on or our please than that the \
    this to us which will with would you your",
);

/// Participles that take zijn as a perfect tense ("is gebeurd"), not a
/// passive; matched at the end of a word ("aan-gekomen").
pub(super) const PERFECT_NL: &str =
    "gegaan gekomen gebleven gebeurd gestegen gedaald gebleken gelukt gestorven begonnen verhuisd overleden \
    vertrokken verschenen verlopen ontstaan mislukt gegroeid gestopt geslaagd gevallen";

/// Strong participles after be-, ver-, ont-, her-, er-, mis- ("verzonden").
pub(super) const STRONG_NL: &str =
    "zonden vangen sloten kregen schreven boden bonden nomen wezen heven zien geten gaan staan lopen dragen houden \
    wonnen";

/// Abbreviations after which a full stop does not end a sentence (besides dotted ones such as
/// d.w.z. and e.g.).
pub(super) const ABBREVIATIONS: List = List::new(
    "afd approx art bijv bijz blz bv ca dept dhr dr drs est evt excl ext fig incl ing ir jl jr mevr mr mrs ms mw \
    nr ong prof ref resp sr st tel vgl vnl vs zgn",
);

/// Abbreviations that may end a sentence: before a capital they do.
pub(super) const ABBREVIATIONS_LAST: List = List::new("e.a e.d enz etc usw");

/// Informal address (Dutch).
pub(super) const INFORMAL_NL: List = List::new("je jezelf jij jou jouw jullie");

/// Formal address (Dutch).
pub(super) const FORMAL_NL: List = List::new("u uw uzelf");

/// Address (English); you're, you'll, … also count.
pub(super) const YOU_EN: List = List::new("you your yours yourself yourselves");

/// Forms of worden.
pub(super) const WORDEN: List = List::new("geworden werd werden word worden wordt");

/// Forms of zijn.
pub(super) const ZIJN: List = List::new("ben bent geweest is waren was zijn");

/// Forms of be (and it's, that's, …).
pub(super) const BE_EN: List = List::new("am are be been being he's is it's she's that's was were what's");

/// Words that start a closing on their own ("Groet", "Regards").
pub(super) const CLOSING_FIRST: List = List::new("groet groeten hoogachtend regards sincerely");

/// Words that start a closing with a word from CLOSING_NEXT ("Met vriendelijke groet", "Kind
/// regards").
pub(super) const CLOSING_START: List = List::new("best hartelijke kind met vriendelijke warm warmest with yours");

/// The second word of such a closing.
pub(super) const CLOSING_NEXT: List =
    List::new("best faithfully groet groeten hartelijke kind regards sincerely truly vriendelijke wishes");

/// Separable prefixes before ge- ("aan-ge-vraagd").
pub(super) const SEPARABLE: &str =
    "aan af bij door in mee na om op over terug toe uit vast voor weg samen tegen neer los dicht binnen rond kwijt";

/// A sorted list of words, with the first letters it has (to say no
/// quickly).
#[derive(Clone, Copy)]
pub(super) struct List {
    words: &'static str,
    first: u32,
}

impl List {
    const fn new(words: &'static str) -> List {
        let b = words.as_bytes();
        let mut first = 0;
        let mut i = 0;
        while i < b.len() {
            if i == 0 || b[i - 1] == b' ' {
                first |= 1 << (b[i] & 31);
            }
            i += 1;
        }
        List { words, first }
    }
}

/// Whether `w` is in `list`: halving the text, each time comparing the word
/// around the middle.
pub(super) fn has(list: List, w: &str) -> bool {
    let (s, w) = (list.words.as_bytes(), w.as_bytes());
    if w.first().is_none_or(|b| list.first & (1 << (b & 31)) == 0) {
        return false;
    }
    let (mut lo, mut hi) = (0, s.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = s[..mid].iter().rposition(|&b| b == b' ').map_or(0, |p| p + 1);
        let end = s[mid..].iter().position(|&b| b == b' ').map_or(s.len(), |p| mid + p);
        // Byte by byte: for short words quicker than a call to memcmp.
        let word = &s[start..end];
        match word.iter().zip(w).find(|(x, y)| x != y).map_or(word.len().cmp(&w.len()), |(x, y)| x.cmp(y)) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_without_repeats_and_finds_each_word() {
        let lists = [
            ("ABBREVIATIONS", ABBREVIATIONS),
            ("ABBREVIATIONS_LAST", ABBREVIATIONS_LAST),
            ("INFORMAL_NL", INFORMAL_NL),
            ("FORMAL_NL", FORMAL_NL),
            ("YOU_EN", YOU_EN),
            ("WORDEN", WORDEN),
            ("ZIJN", ZIJN),
            ("BE_EN", BE_EN),
            ("CLOSING_FIRST", CLOSING_FIRST),
            ("CLOSING_START", CLOSING_START),
            ("CLOSING_NEXT", CLOSING_NEXT),
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
            let words: Vec<&str> = list.words.split(' ').collect();
            assert!(words.windows(2).all(|p| p[0] < p[1]), "{name} is not sorted or repeats a word");
            for w in &words {
                assert!(!w.is_empty() && has(list, w), "{name}: {w:?}");
                for other in [format!("{w}x"), format!("a{w}"), w[..w.len() - 1].to_string()] {
                    assert_eq!(has(list, &other), words.contains(&other.as_str()), "{name}: {other:?}");
                }
            }
            assert!(!has(list, "") && !has(list, "zzzz") && !has(list, " "));
        }
    }
}
