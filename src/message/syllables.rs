//! Syllables, counted by rule (no dictionary, no hyphenation patterns).
//!
//! Dutch: each vowel sound is a syllable. Vowels are read greedily as the
//! Dutch sounds of one to three letters (aai, ooi, oei, eeu, eau; ieu
//! before w or at the end; aa ee oo uu ie oe eu ei ij ui ou au, and ai ay
//! ey oy from loanwords); any other pair of vowels is two syllables
//! ("si-tu-a-tie", "so-ci-aal"). A trema (ë ï ö ü ä) starts a new
//! syllable; a final -e is a syllable; -eum is two ("mu-se-um"). A short
//! table holds loanwords read the English way (online, website, …); it
//! also applies inside compounds ("klan-ten-ser-vice").
//!
//! English: groups of vowels (y is a vowel except before a vowel at the
//! start or between vowels; u after q, and after g before a vowel, is a
//! consonant), with the vowel pairs that are two syllables (ia, io, ie,
//! ea, eo, ua, ue, uo under the conditions in `splits`; a vowel before
//! -ing), minus a silent final e (not in -le, -tre), a silent e in -ed
//! (not after t or d) and -es (not after s, x, z, c, g, ch, sh), and a
//! silent e before -ly, -ment, -ful, -less, -ness, -ty (after a vowel and
//! a consonant, or c or g: "like-ly", "large-ly"); plus one for -ism
//! and -eum. Compounds whose first part is a common word (some, any,
//! there, time, …) are counted part by part, and a short table holds
//! words no rule reads well (every, business, …), also as the start of a
//! longer word ("every-one", "business-es").
//!
//! Every word with a letter or digit has at least one syllable. Hyphens
//! split a word into parts counted apart ("e-mail"). Numbers are counted
//! by the caller (see `rules`), not here.

use super::split::is_letter;
use super::Lang;
use crate::case::lower;

/// Syllables in `word` read as `lang`; 0 only for a word without letters
/// or digits.
pub fn count(word: &str, lang: Lang) -> u32 {
    if !word.bytes().any(|b| b == b'-' || b == b'/' || b == 0xE2) {
        return part_count(word, lang);
    }
    let mut total = 0;
    let mut rest = word;
    // Each part between hyphens (or slashes) apart.
    while let Some(i) = rest.find(['-', '‐', '‑', '/']) {
        total += part_count(&rest[..i], lang);
        rest = rest[i..].trim_start_matches(['-', '‐', '‑', '/']);
    }
    total + part_count(rest, lang)
}

/// Dutch loanwords read the English way: matched anywhere in a word, the
/// rest counted by rule.
const NL_LOANS: &[(&[u8], u32)] = &[
    (b"online", 2),
    (b"website", 2),
    (b"update", 2),
    (b"service", 2),
    (b"software", 2),
    (b"team", 1),
    (b"download", 2),
    (b"load", 1),
];

/// English words the rules misread: matched as the whole word or its
/// start, the rest counted by rule ("every-one", "business-es").
const EN_EXCEPTIONS: &[(&[u8], u32)] = &[
    (b"every", 2),
    (b"business", 2),
    (b"hundred", 2),
    (b"evening", 2),
    (b"wednesday", 2),
    (b"maybe", 2),
    (b"argue", 2),
    (b"recipe", 3),
    (b"afore", 2),
];

/// Common first parts of English compounds (some-one, there-fore,
/// time-line): counted apart when the rest has a vowel.
const EN_HEADS: &[&[u8]] = &[
    b"some", b"any", b"there", b"where", b"here", b"home", b"time", b"life", b"care", b"more", b"safe", b"base",
    b"like", b"whole", b"fire", b"name", b"note", b"use", b"sale",
];

fn part_count(part: &str, lang: Lang) -> u32 {
    let mut arr = [0u8; 40];
    let mut long = Vec::new();
    let mut n = 0;
    for c in part.chars() {
        let Some(b) = letter(c) else { continue };
        if n < arr.len() {
            arr[n] = b;
        } else {
            if long.is_empty() {
                long.extend_from_slice(&arr);
            }
            long.push(b);
        }
        n += 1;
    }
    if n == 0 {
        return 0;
    }
    let w: &[u8] = if n <= arr.len() { &arr[..n] } else { &long };
    match lang {
        Lang::Nl => nl(w),
        Lang::En => en(w),
    }
    .max(1)
}

/// A letter as the rules see it: a–z without accents, a vowel with a trema
/// in upper case (it starts a syllable), any other letter or digit as `#`
/// (a consonant); apostrophes and other marks are left out.
fn letter(c: char) -> Option<u8> {
    let c = if c.is_ascii() { c.to_ascii_lowercase() } else { lower(c) };
    Some(match c {
        'a'..='z' => c as u8,
        'à' | 'á' | 'â' | 'ã' | 'å' | 'æ' => b'a',
        'è' | 'é' | 'ê' => b'e',
        'ì' | 'í' | 'î' => b'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' => b'o',
        'ù' | 'ú' | 'û' => b'u',
        'ý' | 'ÿ' => b'y',
        'ä' => b'A',
        'ë' => b'E',
        'ï' => b'I',
        'ö' => b'O',
        'ü' => b'U',
        'ç' => b'c',
        'ñ' => b'n',
        'ß' => b's',
        _ if c.is_ascii_digit() || is_letter(c) => b'#',
        _ => return None,
    })
}

fn trema(b: u8) -> bool {
    b.is_ascii_uppercase()
}

fn plain(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

fn aeiou(b: u8) -> bool {
    matches!(plain(b), b'a' | b'e' | b'i' | b'o' | b'u')
}

fn at(w: &[u8], i: Option<usize>) -> u8 {
    i.and_then(|i| w.get(i)).copied().unwrap_or(0)
}

/// Whether `w[i]` is a vowel here.
fn vowel(w: &[u8], i: usize, lang: Lang) -> bool {
    let prev = at(w, i.checked_sub(1));
    let next = at(w, Some(i + 1));
    match w.get(i).copied().unwrap_or(0) {
        b'u' if prev == b'q' => false,
        b'u' if lang == Lang::En && prev == b'g' && aeiou(next) => false,
        b'y' => !(aeiou(next) && (i == 0 || aeiou(prev))),
        b => aeiou(b),
    }
}

// ------------------------------------------------------------------ Dutch

fn nl(w: &[u8]) -> u32 {
    // The first letters of the loanwords, to skip most places at once.
    const FIRST: u32 = {
        let (mut m, mut i) = (0, 0);
        while i < NL_LOANS.len() {
            m |= 1 << (NL_LOANS[i].0[0] & 31);
            i += 1;
        }
        m
    };
    for p in 0..w.len() {
        if FIRST & (1 << (w[p] & 31)) == 0 {
            continue;
        }
        if let Some(&(loan, n)) = NL_LOANS.iter().find(|(loan, _)| loan[0] == w[p] && w[p..].starts_with(loan)) {
            return nl_rule(&w[..p]) + n + nl_rule(&w[p + loan.len()..]);
        }
    }
    nl_rule(w)
}

fn nl_rule(w: &[u8]) -> u32 {
    let mut n = 0;
    let mut i = 0;
    while i < w.len() {
        if vowel(w, i, Lang::Nl) {
            n += 1;
            i += nucleus(w, i);
        } else {
            i += 1;
        }
    }
    n + u32::from(w.ends_with(b"eum"))
}

/// How many letters the Dutch vowel sound starting at `i` has.
fn nucleus(w: &[u8], i: usize) -> usize {
    // A letter with a trema cannot continue a sound.
    let p = |k: usize| w.get(i + k).copied().filter(|b| k == 0 || !trema(*b)).map(plain).unwrap_or(0);
    match [p(0), p(1), p(2)] {
        [b'a', b'a', b'i'] | [b'o', b'o', b'i'] | [b'o', b'e', b'i'] | [b'e', b'e', b'u'] | [b'e', b'a', b'u'] => 3,
        [b'i', b'e', b'u'] => {
            if matches!(w.get(i + 3), None | Some(b'w')) {
                3
            } else {
                1
            }
        }
        [b'a', b'a', _]
        | [b'e', b'e', _]
        | [b'o', b'o', _]
        | [b'u', b'u', _]
        | [b'i', b'e', _]
        | [b'o', b'e', _]
        | [b'e', b'u', _]
        | [b'e', b'i', _]
        | [b'i', b'j', _]
        | [b'u', b'i', _]
        | [b'o', b'u', _]
        | [b'a', b'u', _]
        | [b'a', b'i', _]
        | [b'a', b'y', _]
        | [b'e', b'y', _]
        | [b'o', b'y', _] => 2,
        _ => 1,
    }
}

// ---------------------------------------------------------------- English

fn en(w: &[u8]) -> u32 {
    for &(word, n) in EN_EXCEPTIONS {
        if let Some(rest) = w.strip_prefix(word) {
            return n + en(rest);
        }
    }
    for head in EN_HEADS {
        if let Some(rest) = w.strip_prefix(*head) {
            if rest.len() >= 2 && (0..rest.len()).any(|i| vowel(rest, i, Lang::En)) {
                return en(head) + en(rest);
            }
        }
    }
    en_rule(w)
}

fn en_rule(w: &[u8]) -> u32 {
    let len = w.len();
    let mut n = 0u32;
    let mut i = 0;
    while i < len {
        if !vowel(w, i, Lang::En) {
            i += 1;
            continue;
        }
        let first = n == 0;
        let mut j = i + 1;
        while j < len && vowel(w, j, Lang::En) && !trema(w[j]) && w[j - 1] != b'y' {
            j += 1;
        }
        n += 1 + (i..j - 1).filter(|k| splits(w, *k, first)).count() as u32;
        i = j;
    }
    if n > 1 {
        n -= u32::from(silent_e(w));
    }
    n + u32::from(w.ends_with(b"ism") || w.ends_with(b"isms") || w.ends_with(b"eum"))
}

/// Whether `w[k]` and `w[k + 1]`, in one vowel group, are two syllables.
fn splits(w: &[u8], k: usize, first_group: bool) -> bool {
    let (a, b) = (plain(w[k]), plain(at(w, Some(k + 1))));
    let prev = at(w, k.checked_sub(1));
    let prev2 = at(w, k.checked_sub(2));
    let next = at(w, Some(k + 2));
    let next2 = at(w, Some(k + 3));
    let rest = &w[(k + 1).min(w.len())..];
    if b == b'i' && (rest == b"ing" || rest == b"ings") {
        return true;
    }
    match (a, b) {
        (b'i', b'a') => !(matches!(prev, b'c' | b't' | b's' | b'x') && matches!(next, b'l' | b'n')),
        (b'i', b'o') => {
            !(matches!(prev, b't' | b's' | b'c' | b'x' | b'g' | b'h' | b'n' | b'l') && matches!(next, b'n' | b'u'))
        }
        (b'i', b'u') | (b'u', b'a') | (b'u', b'o') | (b'a', b'o') => true,
        (b'i', b'e') => match next {
            b't' => true,
            b'r' => !first_group,
            b'n' => matches!(next2, b't' | b'c') && prev != b't' && !(prev == b'c' && prev2 != b's'),
            _ => false,
        },
        (b'e', b'a') => {
            let end = next == 0 || (next == b's' && next2 == 0);
            (end && !first_group) || (prev == b'r' && prev2 == b'c' && next == b't')
        }
        (b'e', b'o') => prev != b'p' && !(next == b'u' && matches!(prev, b'g' | b'c')),
        (b'u', b'e') => matches!(next, b'l' | b'n' | b't'),
        _ => false,
    }
}

/// Whether `w[k]` is an e that makes a vowel group on its own (after a
/// consonant or a y).
fn own_e(w: &[u8], k: usize) -> bool {
    k > 0 && w.get(k) == Some(&b'e') && (!vowel(w, k - 1, Lang::En) || w[k - 1] == b'y')
}

/// A consonant other than `l` at `k`: "-ble", "-ple" are syllables, "-lle"
/// is not.
fn cons_not_l(w: &[u8], k: Option<usize>) -> bool {
    k.is_some_and(|k| k < w.len() && !vowel(w, k, Lang::En) && w[k] != b'l')
}

/// Whether the word ends in an e that is not pronounced.
fn silent_e(w: &[u8]) -> bool {
    let len = w.len();
    let c = |back: usize| at(w, len.checked_sub(back));
    let syllabic_le = |back: usize| c(back) == b'l' && cons_not_l(w, len.checked_sub(back + 1));
    if c(1) == b'e' && own_e(w, len - 1) {
        return !(syllabic_le(2) || (c(2) == b'r' && matches!(c(3), b't' | b'b' | b'c' | b'g')));
    }
    if len >= 4 && c(1) == b'd' && own_e(w, len - 2) {
        return !(matches!(c(3), b't' | b'd') || syllabic_le(3));
    }
    if len >= 4 && c(1) == b's' && own_e(w, len - 2) {
        let hissing = matches!(c(3), b's' | b'x' | b'z' | b'c' | b'g') || (c(3) == b'h' && matches!(c(4), b'c' | b's'));
        return !(hissing || syllabic_le(3));
    }
    for suffix in [&b"ly"[..], b"ment", b"ments", b"ful", b"fully", b"less", b"ness", b"ty"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            let s = stem.len();
            // "like-ly", "state-ment", "large-ly"; not "ne-ver-the-less".
            let silent = |s: usize| vowel(w, s - 3, Lang::En) || matches!(w[s - 2], b'c' | b'g');
            if s >= 3 && own_e(w, s - 1) && silent(s) && !(w[s - 2] == b'l' && cons_not_l(w, Some(s - 3))) {
                return true;
            }
        }
    }
    false
}
