//! User text as inert Markdown, and the light guard on the product's own texts.

/// Escapes one line of user text (see [`text_lines`]), character by
/// character. Characters that form inline constructs anywhere are always
/// escaped; characters that only start a block (`-`, `+`, `=`, and `.` or
/// `)` after leading digits) are escaped only where they could, so ordinary
/// prose stays readable when pasted as plain text.
fn escape_line(line: &str, out: &mut String) {
    let mut chars = line.chars().peekable();
    let mut first = true;
    let mut only_digits = true;
    while let Some(c) = chars.next() {
        match c {
            // Inline constructs: escapes, code, emphasis, links and images
            // (no `[` means no link or image), tables, strikethrough, maths
            // on GitHub, and headings or issue references (`#`).
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // Block starts: a list item, a heading underline, a thematic break.
            '-' | '+' | '=' if first => {
                out.push('\\');
                out.push(c);
            }
            // "1." or "1)" at the start would make an ordered list.
            '.' | ')' if only_digits && !first => {
                out.push('\\');
                out.push(c);
            }
            // "http://": GitHub would link the raw text, backslashes and all;
            // escaping the colon keeps a bare address plain text.
            ':' if chars.peek() == Some(&'/') => out.push_str("\\:"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
        only_digits &= c.is_ascii_digit();
        first = false;
    }
}

/// The lines of a text, with any line ending (`\n`, `\r\n`, `\r`): control
/// characters dropped, tabs made spaces, and trimmed, because leading
/// spaces could start a code block.
fn text_lines(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split("\r\n").flat_map(|x| x.split(['\n', '\r'])).map(|line| {
        let clean: String =
            line.chars().filter_map(|c| if c == '\t' { Some(' ') } else { (!c.is_control()).then_some(c) }).collect();
        clean.trim().to_string()
    })
}

/// User text as Markdown inline text, outside tables.
///
/// Every Markdown and HTML character is escaped (`<`, `>` and `&` as HTML
/// entities), so the text renders exactly as typed. Line breaks are kept:
/// a single one as a hard break (two spaces before the newline), an empty
/// line as a paragraph break. Each line is trimmed, so no line can start a
/// code block, and no line can start any other block either because its
/// first character is escaped when it could. Lines after the first start
/// at column 0; inside a list item, indent them with [`indent`].
pub fn escape_inline(s: &str) -> String {
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text_lines(s) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        let mut escaped = String::with_capacity(line.len() + 8);
        escape_line(&line, &mut escaped);
        current.push(escaped);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.iter().map(|p| p.join("  \n")).collect::<Vec<_>>().join("\n\n")
}

/// User text for one cell of a Markdown table: escaped like
/// [`escape_inline`], `|` included, with its lines joined by " / " because a
/// cell is one line.
pub fn escape_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for line in text_lines(s).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push_str(" / ");
        }
        escape_line(&line, &mut out);
    }
    out
}

/// The product's own text, guarded against the few characters that would
/// change its meaning in Markdown; the texts are written without them, so
/// normally this changes nothing.
pub(super) fn own(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Indents every line after the first by `n` spaces (blank lines stay
/// empty), so multi-line text stays inside a list item.
pub fn indent(s: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(&pad);
            }
        }
        out.push_str(line);
    }
    out
}
