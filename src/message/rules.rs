//! The rules: one pass over the words, one over the sentences, one for the
//! word lists.
//!
//! Choices (see the tests): a word of [`VERY_LONG_WORD`] letters or more is
//! marked as very long only, not also as long; numbers and web addresses
//! are never long words. A number counts one syllable per group of digits
//! ("1.000,00" three), a web address one. Negations are the words only
//! (niet, geen, …; not, n't, …), not prefixes ("onmogelijk"). The end of a
//! letter is the last sentence before its closing ("Met vriendelijke
//! groet", "Kind regards"): the signature does not count as the next step.

use super::lexicon::{fold, same, Entry, Index, Phrase};
use super::split::{self, Split, Word, WordKind};
use super::words::*;
use super::*;

/// The words of the text, folded (lower case, plain apostrophes), in one
/// string.
struct Folded {
    buf: String,
    at: Vec<(u32, u32)>,
}

impl Folded {
    fn new(text: &str, words: &[Word]) -> Folded {
        let mut buf = String::with_capacity(text.len());
        let mut at = Vec::with_capacity(words.len());
        for w in words {
            let s = buf.len();
            let piece = &text[w.span.start..w.span.end];
            if piece.is_ascii() {
                buf.push_str(piece);
                buf[s..].make_ascii_lowercase();
            } else {
                buf.extend(piece.chars().map(fold));
            }
            at.push((s as u32, buf.len() as u32));
        }
        Folded { buf, at }
    }

    fn get(&self, i: usize) -> &str {
        self.at.get(i).and_then(|&(s, e)| self.buf.get(s as usize..e as usize)).unwrap_or("")
    }
}

pub fn analyse(text: &str, lang: Lang, words: Words) -> Analysis {
    let cut = text.len() > MAX_TEXT;
    let text = if cut { &text[..(0..=MAX_TEXT).rev().find(|&n| text.is_char_boundary(n)).unwrap_or(0)] } else { text };
    let sp = split::split(text);
    let low = Folded::new(text, &sp.words);
    let fine: &[String] = words.org.map_or(&[], |o| &o.fine);
    // Three runs of findings, each in order; merged at the end.
    let mut findings = Vec::new();

    let mut syllables = 0;
    let (mut informal, mut formal) = (false, false);
    for (i, w) in sp.words.iter().enumerate() {
        let lw = low.get(i);
        let piece = &text[w.span.start..w.span.end];
        let n = match w.kind {
            WordKind::Number => digit_groups(piece),
            WordKind::Link => 1,
            WordKind::Text => syllables::count(piece, lang).max(1),
        };
        syllables += n;
        if w.kind == WordKind::Text && !fine.iter().any(|f| same(f, lw)) {
            let letters = piece.chars().filter(|c| split::is_letter(*c)).count() as u32;
            if letters >= VERY_LONG_WORD {
                findings.push(finding(Kind::VeryLongWord, w.span, letters));
            } else if n >= LONG_WORD_SYLLABLES {
                findings.push(finding(Kind::LongWord, w.span, n));
            }
        }
        if negation(lang, lw) {
            findings.push(finding(Kind::Negation, w.span, 0));
        }
        match lang {
            Lang::Nl => {
                informal |= has(INFORMAL_NL, lw);
                formal |= has(FORMAL_NL, lw);
            }
            // you're, you'll, you've, you'd
            Lang::En => formal |= has(YOU_EN, lw) || lw.starts_with("you'"),
        }
    }
    let address = match (lang, informal, formal) {
        // English has one "you": `formal` stands for it.
        (Lang::En, _, true) => Address::Yes,
        (Lang::Nl, true, true) => Address::Mixed,
        (Lang::Nl, true, false) => Address::Informal,
        (Lang::Nl, false, true) => Address::Formal,
        _ => Address::No,
    };

    let mut in_sentences = Vec::new();
    let mut asks = 0;
    let mut longest = 0;
    let mut last_step = None;
    let closing =
        sp.sentences.iter().enumerate().skip(1).find(|(_, p)| closing(&low, p)).map_or(sp.sentences.len(), |(i, _)| i);
    for (n, part) in sp.sentences.iter().enumerate() {
        let count = (part.end - part.first) as u32;
        longest = longest.max(count);
        if count > LONG_SENTENCE {
            in_sentences.push(finding(Kind::LongSentence, part.span, count));
        }
        match lang {
            Lang::Nl => passive_nl(text, &sp, &low, part, &mut in_sentences),
            Lang::En => passive_en(text, &sp, &low, part, &mut in_sentences),
        }
        let (ask, step) = asks_and_steps(text, &sp, &low, part, lang);
        asks += u32::from(ask);
        if step && n < closing {
            last_step = Some((n, part.span));
        }
    }
    let next_step = match last_step {
        None => NextStep::Missing,
        Some((n, span)) if n + 2 >= closing => NextStep::AtEnd(span),
        Some((_, span)) => NextStep::NotAtEnd(span),
    };

    let lexicon = words.lexicon.map(|l| l.list(lang));
    let avoid = words.org.map(|o| (&o.avoid[..], Index::new(&o.avoid)));
    let mut in_lists = Vec::new();
    word_lists(text, &sp, &low, avoid.as_ref().map(|(e, i)| (*e, i)), lexicon, fine, &mut in_lists);
    let findings = merge(merge(findings, in_sentences), in_lists);
    let mut n = [0u32; Kind::ALL.len()];
    for f in &findings {
        n[f.kind as usize] += 1;
    }
    let count = |k: Kind| n[k as usize];
    let (w, s) = (sp.words.len() as u32, sp.sentences.len() as u32);
    let figures = Figures {
        words: w,
        sentences: s,
        syllables,
        avg_sentence: if s == 0 { 0.0 } else { w as f32 / s as f32 },
        longest_sentence: longest,
        long_sentences: count(Kind::LongSentence),
        long_words: count(Kind::LongWord),
        very_long_words: count(Kind::VeryLongWord),
        negations: count(Kind::Negation),
        passives: count(Kind::Passive),
        officialese: count(Kind::Officialese),
        avoid: count(Kind::Avoid),
        asks,
        ease: ease::ease(lang, w, s, syllables),
    };
    let sentences = sp.sentences.iter().map(|p| Sentence { span: p.span, words: (p.end - p.first) as u32 }).collect();
    Analysis { lang, figures, sentences, findings, next_step, address, with_lexicon: words.lexicon.is_some(), cut }
}

/// Two runs of findings, each sorted by position, then kind, then end,
/// merged (no sort: its code would cost program size).
fn merge(a: Vec<Finding>, b: Vec<Finding>) -> Vec<Finding> {
    let key = |f: &Finding| (f.span.start, f.kind, f.span.end);
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut b = b.into_iter();
    let mut next = b.next();
    for f in a {
        while let Some(g) = next.take_if(|g| key(g) < key(&f)) {
            out.push(g);
            next = b.next();
        }
        out.push(f);
    }
    out.extend(next);
    out.extend(b);
    out
}

fn finding(kind: Kind, span: Span, count: u32) -> Finding {
    Finding { kind, span, instead: String::new(), count }
}

fn span(sp: &Split, a: usize, b: usize) -> Span {
    let s = sp.words.get(a).map_or(0, |w| w.span.start);
    Span { start: s, end: sp.words.get(b).map_or(s, |w| w.span.end) }
}

/// The text between words `i - 1` and `i`.
fn gap<'a>(text: &'a str, sp: &Split, i: usize) -> &'a str {
    match (i.checked_sub(1).and_then(|p| sp.words.get(p)), sp.words.get(i)) {
        (Some(a), Some(b)) => text.get(a.span.end..b.span.start).unwrap_or(""),
        _ => "",
    }
}

fn negation(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::Nl => has(NEGATIONS_NL, w),
        Lang::En => has(NEGATIONS_EN, w) || w.ends_with("n't"),
    }
}

// ---------------------------------------------------------------- passive

#[derive(Clone, Copy, PartialEq)]
enum Aux {
    Worden,
    Zijn,
}

fn aux_nl(w: &str) -> Option<Aux> {
    if w.len() > 8 {
        None
    } else if has(WORDEN, w) {
        Some(Aux::Worden)
    } else if has(ZIJN, w) {
        Some(Aux::Zijn)
    } else {
        None
    }
}

/// A likely past participle: ge-…-d/t/en, a separable prefix before ge-,
/// or be-, ver-, ont-, her-, er-, mis- before -d/-t or a strong ending.
fn participle_nl(w: &str, aux: Aux) -> bool {
    if w.len() < 5 || has(NOT_PARTICIPLES_NL, w) || (aux == Aux::Zijn && PERFECT_NL.split(' ').any(|p| w.ends_with(p)))
    {
        return false;
    }
    let b = w.as_bytes();
    let vowel_at = |back: usize| b.len() > back && matches!(b[b.len() - 1 - back], b'a' | b'e' | b'i' | b'o' | b'u');
    let dt = w.ends_with('d') || w.ends_with('t');
    // -st after a consonant is a noun ("ontvangst", "herfst"); participles
    // in -st have a vowel before it ("belast", "verrast").
    if !(dt || w.ends_with("en") || w.ends_with("aan")) || (w.ends_with("st") && !vowel_at(2)) {
        return false;
    }
    let ge = |r: &str| r.strip_prefix("ge").is_some_and(|r| r.len() >= 3);
    if ge(w) || SEPARABLE.split(' ').any(|p| w.strip_prefix(p).is_some_and(ge)) {
        return true;
    }
    // Not a present participle ("verschillend"); but "verleend", "erkend".
    if w.ends_with("end") && !(vowel_at(3) || w.ends_with("kend")) {
        return false;
    }
    ["be", "ver", "ont", "her", "er", "mis"]
        .iter()
        .filter_map(|p| w.strip_prefix(p))
        .any(|r| r.len() >= 3 && (dt || STRONG_NL.split(' ').any(|s| r.ends_with(s))))
}

/// worden/zijn with a participle: after it within six words or at the end
/// of the clause ("wordt morgen verstuurd", "wordt … beoordeeld."), or just
/// before it ("dat de brief verstuurd wordt", "betaald kan worden").
fn passive_nl(text: &str, sp: &Split, low: &Folded, part: &split::Part, out: &mut Vec<Finding>) {
    let mut taken = None::<usize>;
    for j in part.first..part.end {
        let Some(aux) = aux_nl(low.get(j)) else { continue };
        if taken.is_some_and(|t| j <= t) {
            continue;
        }
        // After an article or "te" the word is a noun or an infinitive
        // ("de gevolgen", "te gebruiken").
        let is_part = |k: usize| {
            taken.is_none_or(|t| k > t)
                && !(k > part.first && has(ARTICLES_NL, low.get(k - 1)))
                && participle_nl(low.get(k), aux)
        };
        let before = if j > part.first && is_part(j - 1) {
            Some(j - 1)
        } else if j >= part.first + 2 && has(MODALS_NL, low.get(j - 1)) && is_part(j - 2) {
            Some(j - 2)
        } else {
            None
        };
        if let Some(p) = before {
            out.push(finding(Kind::Passive, span(sp, p, j), 0));
            taken = Some(j);
            continue;
        }
        let mut last = None;
        let mut found = None;
        for k in j + 1..part.end {
            let g = gap(text, sp, k);
            if any_of(g, b",;:()") || has(CLAUSE_NL, low.get(k)) || aux_nl(low.get(k)).is_some() {
                break;
            }
            if k - j <= 6 && is_part(k) {
                found = Some(k);
                break;
            }
            last = Some(k);
        }
        if let Some(k) = found.or(last.filter(|&k| k - j > 6 && k + 1 == part.end && is_part(k))) {
            out.push(finding(Kind::Passive, span(sp, j, k), 0));
            taken = Some(k);
        }
    }
}

fn aux_en(w: &str) -> bool {
    has(BE_EN, w) || w.ends_with("'re") || w.strip_suffix("n't").is_some_and(|s| has(BE_EN, s))
}

fn participle_en(w: &str) -> bool {
    has(PARTICIPLES_EN, w) || (w.len() >= 4 && w.ends_with("ed") && !has(NOT_PARTICIPLES_EN, w))
}

/// be, up to two adverbs, a participle: "is sent", "was not yet paid",
/// "is being processed".
fn passive_en(text: &str, sp: &Split, low: &Folded, part: &split::Part, out: &mut Vec<Finding>) {
    let mut j = part.first;
    while j < part.end {
        if !aux_en(low.get(j)) {
            j += 1;
            continue;
        }
        let adverb = |w: &str| (w.len() > 3 && w.ends_with("ly")) || has(ADVERBS_EN, w);
        let mut k = j + 1;
        while k < part.end && k <= j + 2 && adverb(low.get(k)) && !any_of(gap(text, sp, k), b",") {
            k += 1;
        }
        if k < part.end && !any_of(gap(text, sp, k), b",;:") && participle_en(low.get(k)) {
            out.push(finding(Kind::Passive, span(sp, j, k), 0));
            j = k;
        }
        j += 1;
    }
}

// ------------------------------------------------------- asks, next step

/// An imperative at word `i`: "Bel", or the polite "Belt u".
fn imperative(lang: Lang, low: &Folded, i: usize, end: usize) -> bool {
    let w = low.get(i);
    match lang {
        Lang::Nl => {
            has(ACTIONS_NL, w)
                || (i + 1 < end && low.get(i + 1) == "u" && w.strip_suffix('t').is_some_and(|s| has(ACTIONS_NL, s)))
        }
        Lang::En => has(ACTIONS_EN, w),
    }
}

/// Whether a sentence asks the reader something (an imperative, "graag",
/// "please", "wilt u", "would you", a question), and whether it is a next
/// step (an ask that is not only a question, or a web address or phone
/// number).
fn asks_and_steps(text: &str, sp: &Split, low: &Folded, part: &split::Part, lang: Lang) -> (bool, bool) {
    // "Doet u dit niet, dan …" is a condition, not a request; "Bel ons, dan
    // …" still is one.
    let condition = lang == Lang::Nl
        && !has(ACTIONS_NL, low.get(part.first))
        && (part.first + 1..part.end).any(|k| low.get(k) == "dan" && any_of(gap(text, sp, k), b","));
    let mut imper = !condition && imperative(lang, low, part.first, part.end);
    let mut please = false;
    let mut link = false;
    let (mut digits, mut zero, mut phone) = (0, false, false);
    for k in part.first..part.end {
        let w = low.get(k);
        let g = gap(text, sp, k);
        // "Heeft u vragen, bel dan …", "If you have questions, call …"
        if k > part.first && any_of(g, b",") {
            imper |= imperative(lang, low, k, part.end);
        }
        let next = if k + 1 < part.end { low.get(k + 1) } else { "" };
        please |= match lang {
            Lang::Nl => w == "graag" || (matches!(w, "wilt" | "wil") && matches!(next, "u" | "je")),
            Lang::En => w == "please" || (matches!(w, "would" | "could") && next == "you"),
        };
        let kind = sp.words.get(k).map(|w| w.kind);
        link |= kind == Some(WordKind::Link);
        if kind == Some(WordKind::Number) && !any_of(w, b".,") && !date(w) {
            // A phone number: digits in groups ("088 123 45 67", "+31 6 …").
            let joined = digits > 0 && !g.is_empty() && g.chars().all(|c| c.is_whitespace() || "-()".contains(c));
            if !joined {
                digits = 0;
                zero = w.starts_with('0') || g.trim_end().ends_with('+');
            }
            digits += w.bytes().filter(u8::is_ascii_digit).count();
            phone |= digits >= 10 || (digits >= 8 && zero);
        } else {
            digits = 0;
        }
    }
    let tail = text.get(part.span.start..part.span.end).unwrap_or("");
    // Ends in a question mark, perhaps with closing marks or emoji after it.
    let question = tail.chars().rev().find(|&c| c == '?' || c.is_ascii_digit() || split::is_letter(c)) == Some('?');
    (imper || please || question, imper || please || link || phone)
}

/// Whether `s` has any of the (ASCII) `bytes`.
fn any_of(s: &str, bytes: &[u8]) -> bool {
    s.bytes().any(|b| bytes.contains(&b))
}

/// A number's syllables: one per group of digits ("1.000,00" three).
fn digit_groups(s: &str) -> u32 {
    let b = s.as_bytes();
    (0..b.len()).filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit())).count() as u32
}

/// dd-mm-yyyy: a date, not a phone number.
fn date(w: &str) -> bool {
    let mut parts = w.split('-').map(str::len);
    matches!((parts.next(), parts.next(), parts.next(), parts.next()), (Some(1..=2), Some(1..=2), Some(4), None))
}

/// A closing such as "Met vriendelijke groet" or "Kind regards".
fn closing(low: &Folded, part: &split::Part) -> bool {
    let (a, b) = (low.get(part.first), if part.first + 1 < part.end { low.get(part.first + 1) } else { "" });
    part.end - part.first <= 4 && (has(CLOSING_FIRST, a) || (has(CLOSING_START, a) && has(CLOSING_NEXT, b)))
}

// ------------------------------------------------------------ word lists

/// Marks the organisation's words to avoid and the officialese, longest
/// match first, whole words only, within a sentence; the organisation's
/// words win where both match; words it calls fine are left alone.
fn word_lists(
    text: &str,
    sp: &Split,
    low: &Folded,
    avoid: Option<(&[Entry], &Index)>,
    lexicon: Option<(&[Entry], &Index)>,
    fine: &[String],
    out: &mut Vec<Finding>,
) {
    let mut i = 0;
    'words: while i < sp.words.len() {
        if sp.words[i].kind == WordKind::Text {
            for (kind, list) in [(Kind::Avoid, avoid), (Kind::Officialese, lexicon)] {
                let Some((entries, index)) = list else { continue };
                for e in index.candidates(low.get(i)).filter_map(|n| entries.get(n)) {
                    let Some((last, end)) = matches(text, sp, low, i, &e.phrase) else { continue };
                    if fine.iter().any(|f| same(f, &e.phrase)) {
                        continue;
                    }
                    let start = sp.words[i].span.start;
                    out.push(Finding { kind, span: Span { start, end }, instead: e.instead.clone(), count: 0 });
                    i = last + 1;
                    continue 'words;
                }
            }
        }
        i += 1;
    }
}

/// Whether `phrase` matches the text from word `i`: the last word it
/// covers and the end of the match.
fn matches(text: &str, sp: &Split, low: &Folded, i: usize, phrase: &str) -> Option<(usize, usize)> {
    let sentence = sp.words.get(i)?.sentence;
    let mut prev_end = 0;
    let mut k = None;
    for (n, (s, e)) in Phrase::new(phrase).enumerate() {
        let at = i + n;
        sp.words.get(at).filter(|w| w.sentence == sentence && w.kind == WordKind::Text)?;
        if !same(low.get(at), &phrase[s..e]) || (n > 0 && !same(&phrase[prev_end..s], gap(text, sp, at))) {
            return None;
        }
        k = Some(at);
        prev_end = e;
    }
    let k = k?;
    let end = sp.words.get(k)?.span.end;
    // A phrase ending in punctuation ("c.q.") covers it when the text has it.
    let tail = phrase.get(prev_end..).unwrap_or("").trim_end();
    let end =
        if !tail.is_empty() && text.get(end..).is_some_and(|t| t.starts_with(tail)) { end + tail.len() } else { end };
    Some((k, end))
}

// ------------------------------------------------------------- language

/// The language with most of its common words in the text (at least three,
/// and more than the other); `None` when unclear.
pub fn guess_lang(text: &str) -> Option<Lang> {
    let (mut nl, mut en) = (0u32, 0u32);
    let mut buf = String::new();
    for (span, kind) in split::Words::new(text, 0, text.len()).take(400) {
        if kind != WordKind::Text || span.end - span.start > 6 {
            continue;
        }
        buf.clear();
        buf.extend(text[span.start..span.end].chars().map(fold));
        nl += u32::from(has(COMMON_NL, &buf));
        en += u32::from(has(COMMON_EN, &buf));
    }
    match nl.cmp(&en) {
        std::cmp::Ordering::Greater if nl >= 3 => Some(Lang::Nl),
        std::cmp::Ordering::Less if en >= 3 => Some(Lang::En),
        _ => None,
    }
}
