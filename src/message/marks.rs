//! The text cut into pieces for the marked view and the reports: plain
//! text, marks (word findings, cut where they overlap so that each piece
//! names every finding it is part of), and long sentences holding their own
//! pieces. Every byte of the text is in exactly one piece, in order.

use super::{Analysis, Kind, Span};

/// A piece of the marked text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Text(Span),
    /// A marked word or phrase, with the indexes of its findings in
    /// `Analysis::findings`.
    Mark {
        span: Span,
        findings: Vec<usize>,
    },
    /// A long sentence (`finding` is its index) and its pieces.
    Long {
        finding: usize,
        span: Span,
        parts: Vec<Part>,
    },
}

/// The pieces of `text` as marked by `a` (which must be its analysis).
pub fn parts(text: &str, a: &Analysis) -> Vec<Part> {
    let len = text.len();
    let ok =
        |s: &Span| s.start < s.end && s.end <= len && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    let words: Vec<(usize, Span)> = a
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind != Kind::LongSentence && ok(&f.span))
        .map(|(i, f)| (i, f.span))
        .collect();
    let marks = split_overlaps(text, &words);
    let mut out = Vec::new();
    let mut pos = 0;
    for (i, f) in a.findings.iter().enumerate() {
        if f.kind != Kind::LongSentence || !ok(&f.span) || f.span.start < pos {
            continue;
        }
        flat(&marks, pos, f.span.start, &mut out);
        let mut inner = Vec::new();
        flat(&marks, f.span.start, f.span.end, &mut inner);
        out.push(Part::Long { finding: i, span: f.span, parts: inner });
        pos = f.span.end;
    }
    flat(&marks, pos, len, &mut out);
    out
}

/// Word findings cut where they overlap: "wordt uw aanvraag niet genomen"
/// (possibly passive, with a negation inside) becomes "wordt uw aanvraag"
/// (passive), "niet" (passive and negation) and "genomen" (passive), so one
/// word stays one mark to choose. Pieces with the same findings side by
/// side are one mark; spaces between marks are plain text.
fn split_overlaps(text: &str, words: &[(usize, Span)]) -> Vec<(Span, Vec<usize>)> {
    let mut cuts: Vec<usize> = words.iter().flat_map(|(_, s)| [s.start, s.end]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut marks: Vec<(Span, Vec<usize>)> = Vec::new();
    for w in cuts.windows(2) {
        let (start, end) = (w[0], w[1]);
        let ids: Vec<usize> = words.iter().filter(|(_, s)| s.start <= start && end <= s.end).map(|(i, _)| *i).collect();
        if ids.is_empty() {
            continue;
        }
        // Spaces at either end stay outside the mark.
        let piece = text.get(start..end).unwrap_or("");
        let (start, end) =
            (start + (piece.len() - piece.trim_start().len()), end - (piece.len() - piece.trim_end().len()));
        if start >= end {
            continue;
        }
        match marks.last_mut() {
            Some((s, last)) if *last == ids && text.get(s.end..start).is_some_and(|gap| gap.trim().is_empty()) => {
                s.end = end
            }
            _ => marks.push((Span { start, end }, ids)),
        }
    }
    marks
}

/// Plain text and marks of `from..to`, marks cut at its edges.
fn flat(marks: &[(Span, Vec<usize>)], from: usize, to: usize, out: &mut Vec<Part>) {
    let mut pos = from;
    for (s, ids) in marks {
        let (start, end) = (s.start.max(from), s.end.min(to));
        if start >= end || start < pos {
            continue;
        }
        if start > pos {
            out.push(Part::Text(Span { start: pos, end: start }));
        }
        out.push(Part::Mark { span: Span { start, end }, findings: ids.clone() });
        pos = end;
    }
    if to > pos {
        out.push(Part::Text(Span { start: pos, end: to }));
    }
}
