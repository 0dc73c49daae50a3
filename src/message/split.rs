//! The text, split once into sentences and words.
//!
//! Sentences end at `.`, `!`, `?` or `…` (or a run such as `?!`), with any
//! closing quotes or brackets, followed by white space or the end of the
//! text; at a blank line; at a line break next to a bullet (`-`, `*`, `•`,
//! `·`, `–`, `—`, `1.`, `1)`, `a)`), so each bullet item stands alone; and
//! at a line break before a line that starts with a capital, so a
//! salutation ("Beste klant,") or a heading is a "sentence" of its own. A
//! full stop does not end a sentence after an abbreviation (bijv., d.w.z.,
//! e.g., Mr., …; any dotted run of one- or two-letter parts counts), after
//! an initial ("J. de Vries"), or inside numbers, dates, amounts, web
//! addresses and e-mail addresses (no white space follows). An ellipsis
//! followed by a lower-case word does not end the sentence either.
//!
//! Words are runs of letters and digits, with apostrophes and hyphens
//! inside ("zo'n", "don't", "e-mail") and, between digits, `.`, `,`, `:`
//! and `/` ("€ 1.000,00", "12.30", "12.05.2026" are one number each). A
//! web or e-mail address is one word. Emoji and punctuation are not words.
//! Sentences without words (a line of emoji) are left out. Bullet markers
//! are neither words nor part of a sentence.

use super::words::{has, ABBREVIATIONS, ABBREVIATIONS_LAST};
use super::Span;
use crate::case::lower;

/// What a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    Text,
    /// Only digits (with separators): 3, 1.000,00, 12.05.2026, 088-1234567.
    Number,
    /// A web or e-mail address.
    Link,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    pub kind: WordKind,
    /// The index of its sentence in [`Split::sentences`].
    pub sentence: usize,
}

/// One sentence: its span and its words, `words[first..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub span: Span,
    pub first: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Split {
    pub sentences: Vec<Part>,
    pub words: Vec<Word>,
}

/// Splits `text` into sentences and words.
pub fn split(text: &str) -> Split {
    let mut out = Split::default();
    let mut pieces = Vec::new();
    blocks(text, |s, e| sentences_in(text, s, e, &mut pieces));
    for (s, e) in pieces {
        let first = out.words.len();
        let sentence = out.sentences.len();
        for (span, kind) in Words::new(text, s, e) {
            out.words.push(Word { span, kind, sentence });
        }
        if out.words.len() > first {
            let start = s + (text[s..e].len() - text[s..e].trim_start().len());
            let end = s + text[s..e].trim_end().len();
            out.sentences.push(Part { span: Span { start, end }, first, end: out.words.len() });
        }
    }
    out
}

/// The character at byte `i` (on a boundary), if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b < 0x80 => Some(b as char),
        _ => text.get(i..).and_then(|s| s.chars().next()),
    }
}

/// A letter of any script this check knows, without the standard library's
/// Unicode tables (they cost program size): Latin, Greek, Cyrillic,
/// Armenian, Hebrew, Arabic, the Indic and South-East Asian scripts,
/// Georgian, Hangul, kana and CJK ideographs.
pub(crate) fn is_letter(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphabetic();
    }
    matches!(u,
        0xAA | 0xB5 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF
        | 0x370..=0x373 | 0x376..=0x377 | 0x37B..=0x37D | 0x37F | 0x386 | 0x388..=0x3FF
        | 0x400..=0x481 | 0x48A..=0x52F | 0x531..=0x587 | 0x5D0..=0x5EA | 0x620..=0x64A | 0x66E..=0x6D3
        | 0x904..=0x939 | 0x93D..=0x963 | 0x966..=0xDFF | 0xE01..=0xE30 | 0xE40..=0xE46 | 0x10A0..=0x10FF
        | 0x1100..=0x11FF | 0x1E00..=0x1FBC | 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// A combining mark: part of the word it follows.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5C7 | 0x610..=0x61A | 0x64B..=0x65F | 0x93A..=0x93C | 0x200C..=0x200D)
}

fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

/// Upper case in the scripts [`crate::case`] folds.
pub(crate) fn is_upper(c: char) -> bool {
    lower(c) != c
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Closing quotes and brackets, and symbols such as emoji, that may follow
/// the end of a sentence before the white space.
fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '"' | '\'' | '’' | '”' | '»') || is_symbol(c)
}

/// Emoji, arrows and other symbols (not letters, digits or punctuation).
fn is_symbol(c: char) -> bool {
    matches!(c, '\u{FE0F}' | '\u{200D}') || (c as u32 >= 0x2190 && !is_alnum(c) && c != '…' && !c.is_whitespace())
}

fn is_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '"' | '\'' | '‘' | '’' | '“' | '„' | '«')
}

/// A bullet at the start of `line` (after its indentation): where the
/// item's text starts, or `None`.
fn bullet(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    let mut cs = rest.char_indices();
    let (_, c) = cs.next()?;
    let after = if matches!(c, '-' | '*' | '•' | '·' | '–' | '—' | '▪' | '◦' | '‣' | '●' | '+') {
        c.len_utf8()
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let letter = usize::from(digits == 0 && c.is_ascii_alphabetic());
        let n = digits + letter;
        let close = rest.as_bytes().get(n).copied();
        let ok = (1..=3).contains(&digits) && matches!(close, Some(b'.' | b')')) || letter == 1 && close == Some(b')');
        if !ok {
            return None;
        }
        n + 1
    };
    let tail = &rest[after..];
    if !tail.starts_with(|c: char| c.is_whitespace()) {
        return None;
    }
    Some(lead + after + (tail.len() - tail.trim_start().len()))
}

/// Calls `f(start, end)` for each block: a run of lines not separated by a
/// blank line, a bullet or a line starting with a capital.
fn blocks(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut block: Option<(usize, usize)> = None;
    let mut prev_bullet = false;
    let mut pos = 0;
    for line in text.split('\n') {
        let start = pos;
        let end = pos + line.len();
        pos = end + 1;
        if line.trim().is_empty() {
            if let Some((s, e)) = block.take() {
                f(s, e);
            }
            prev_bullet = false;
            continue;
        }
        let marker = bullet(line);
        let content = start + marker.unwrap_or(line.len() - line.trim_start().len());
        let capital = text[content..end].chars().find(|c| is_alnum(*c)).is_some_and(is_upper);
        match block {
            Some((s, _)) if !(prev_bullet || marker.is_some() || capital) => block = Some((s, end)),
            _ => {
                if let Some((s, e)) = block.take() {
                    f(s, e);
                }
                block = Some((content, end));
            }
        }
        prev_bullet = marker.is_some();
    }
    if let Some((s, e)) = block {
        f(s, e);
    }
}

/// Splits the block `text[s..e]` at its sentence ends.
fn sentences_in(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let block = &text[..e];
    let mut start = s;
    let mut i = s;
    // Jump to the next `.`, `!`, `?` or `…` (its first byte is 0xE2).
    let next_stop = |i: usize| block.as_bytes().get(i..)?.iter().position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2));
    while let Some(n) = next_stop(i) {
        i += n;
        let Some(c) = char_at(block, i) else { break };
        if !is_terminal(c) {
            i += c.len_utf8();
            continue;
        }
        let run = i;
        let (mut dots, mut strong, mut ellipsis) = (0, false, false);
        while let Some(c) = char_at(block, i).filter(|c| is_terminal(*c)) {
            match c {
                '.' => dots += 1,
                '…' => ellipsis = true,
                _ => strong = true,
            }
            i += c.len_utf8();
        }
        let mut k = i;
        while let Some(c) = char_at(block, k).filter(|c| is_closer(*c)) {
            k += c.len_utf8();
        }
        let after = char_at(block, k);
        if after.is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        let next = block[k..].trim_start().chars().next();
        let ends = if strong {
            true
        } else if ellipsis || dots > 1 {
            next.is_none_or(is_upper)
        } else {
            !abbreviation(&block[start..run], next)
        };
        if ends {
            // Emoji after the end stay with the sentence ("Bedankt! 😀").
            let t = block[k..].trim_start_matches([' ', '\t']);
            let emoji = t.len() - t.trim_start_matches(is_symbol).len();
            if emoji > 0 && t[emoji..].chars().next().is_none_or(char::is_whitespace) {
                k = block.len() - t.len() + emoji;
            }
            out.push((start, k));
            start = k;
        }
        i = k.max(i);
    }
    if block[start..].trim().chars().next().is_some() {
        out.push((start, e));
    }
}

/// Whether the full stop after `before` (the sentence so far) belongs to an
/// abbreviation or an initial, given the next character after the space.
fn abbreviation(before: &str, next: Option<char>) -> bool {
    let b = before.as_bytes();
    let chunk = &before[b.iter().rposition(u8::is_ascii_whitespace).map_or(0, |p| p + 1)..];
    let word = chunk.trim_start_matches(is_opener);
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return false,
        // An initial: "J. de Vries" (not "voor u.").
        (Some(c), None) => return is_letter(c) && is_upper(c),
        _ => {}
    }
    if word.len() > 8 || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 8];
    for (b, w) in buf.iter_mut().zip(word.bytes()) {
        *b = w.to_ascii_lowercase();
    }
    let w = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
    if w == "no" {
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    if has(ABBREVIATIONS_LAST, w) {
        return !next.is_some_and(is_upper);
    }
    has(ABBREVIATIONS, w)
        || (w.contains('.')
            && w.split('.').all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic())))
}

/// The words of `text[s..e]`, with their kinds.
pub(crate) struct Words<'a> {
    text: &'a str,
    i: usize,
    end: usize,
    /// The previous character was white space or an opening bracket or
    /// quote (or there was none): a web address may start here.
    at_chunk: bool,
}

impl<'a> Words<'a> {
    pub(crate) fn new(text: &'a str, start: usize, end: usize) -> Words<'a> {
        Words { text: &text[..end], i: start, end, at_chunk: true }
    }
}

impl Iterator for Words<'_> {
    type Item = (Span, WordKind);

    fn next(&mut self) -> Option<(Span, WordKind)> {
        while let Some(c) = char_at(self.text, self.i) {
            let start = self.i;
            if !is_alnum(c) {
                self.at_chunk = c.is_whitespace() || is_opener(c);
                self.i += c.len_utf8();
                continue;
            }
            let (end, number) = word_end(self.text, start);
            // Only a word followed by `.`, `@`, `:` or `/` and more may be
            // the start of an address.
            let b = self.text.as_bytes();
            let more = matches!(b.get(end), Some(b'.' | b'@' | b':' | b'/'))
                && b.get(end + 1).is_some_and(|c| !c.is_ascii_whitespace());
            if self.at_chunk && more {
                if let Some(end) = link_end(self.text, start) {
                    self.i = end;
                    self.at_chunk = false;
                    return Some((Span { start, end }, WordKind::Link));
                }
            }
            self.i = end;
            self.at_chunk = false;
            let kind = if number { WordKind::Number } else { WordKind::Text };
            return Some((Span { start, end }, kind));
        }
        self.i = self.end;
        None
    }
}

/// Where the word starting at `i` ends, and whether it is a number.
pub(crate) fn word_end(text: &str, i: usize) -> (usize, bool) {
    let mut j = i;
    let mut number = true;
    let mut prev_digit = false;
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(j) {
        // Plain letters and digits at once; the rest by character.
        if b.is_ascii_alphanumeric() {
            number &= b.is_ascii_digit();
            prev_digit = b.is_ascii_digit();
            j += 1;
            continue;
        }
        let Some(c) = char_at(text, j) else { break };
        if c.is_ascii_digit() {
            prev_digit = true;
        } else if is_letter(c) || (j > i && is_mark(c)) {
            number = false;
            prev_digit = false;
        } else {
            let next = char_at(text, j + c.len_utf8());
            let joins = match c {
                '\'' | '’' | '-' | '‐' | '‑' => j > i && next.is_some_and(is_alnum),
                '.' | ',' | ':' | '/' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()),
                _ => false,
            };
            if !joins {
                break;
            }
        }
        j += c.len_utf8();
    }
    (j, number)
}

/// The end of a web or e-mail address starting at `i`, if one does.
fn link_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text.as_bytes()[i..];
    let mut n = rest.iter().position(|b| b.is_ascii_whitespace() || *b >= 0x80).unwrap_or(rest.len());
    while n > 0 && b".,;:!?)]}>\"'".contains(&rest[n - 1]) {
        n -= 1;
    }
    let chunk = &text[i..i + n];
    let host = chunk.split('/').next().unwrap_or("");
    let link = chunk.contains("://")
        || chunk.as_bytes().get(..4).is_some_and(|b| b.eq_ignore_ascii_case(b"www."))
        || chunk.split_once('@').is_some_and(|(a, b)| !a.is_empty() && domain(b))
        || domain(host);
    link.then_some(i + chunk.len())
}

/// Like `example.nl`: parts of letters, digits and hyphens, the last two to
/// six lower-case letters.
fn domain(host: &str) -> bool {
    let Some((name, tld)) = host.rsplit_once('.') else { return false };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && host.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c == '-' || is_alnum(c)))
}
