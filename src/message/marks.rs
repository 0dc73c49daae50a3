//! The text cut into pieces for the marked view and the reports: plain
//! text, marks (one or more overlapping word findings merged into one
//! mark), and long sentences holding their own pieces. Every byte of the
//! text is in exactly one piece, in order.

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
    // Word findings merged where they overlap.
    let mut marks: Vec<(Span, Vec<usize>)> = Vec::new();
    for (i, f) in a.findings.iter().enumerate() {
        if f.kind == Kind::LongSentence || !ok(&f.span) {
            continue;
        }
        match marks.last_mut() {
            Some((s, ids)) if f.span.start < s.end => {
                s.end = s.end.max(f.span.end);
                ids.push(i);
            }
            _ => marks.push((f.span, vec![i])),
        }
    }
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
