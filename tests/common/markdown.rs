//! Checks shared by the Markdown report tests: does text stay inert?

/// The number of `c` in `s` not escaped by a backslash.
pub fn unescaped(s: &str, c: char) -> usize {
    let mut count = 0;
    let mut backslashes = 0;
    for x in s.chars() {
        if x == c && backslashes % 2 == 0 {
            count += 1;
        }
        backslashes = if x == '\\' { backslashes + 1 } else { 0 };
    }
    count
}

/// True when a Markdown line could start a block other than a paragraph.
pub fn starts_block(line: &str) -> bool {
    let t = line.trim_start();
    if line.starts_with("    ") || line.starts_with('\t') {
        return true;
    }
    let first = t.chars().next();
    if matches!(first, Some('#' | '>' | '-' | '+' | '*' | '=' | '`' | '~' | '|' | '<' | '[' | '_' | ':')) {
        return true;
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(t[digits..].chars().next(), Some('.' | ')'))
}

/// Every table row has as many cells as its header.
#[allow(dead_code)] // not every test crate that includes this file checks tables
pub fn assert_tables_well_formed(md: &str, ctx: &str) {
    let mut cells = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = unescaped(line, '|');
            match cells {
                None => cells = Some(n),
                Some(m) => assert_eq!(n, m, "{ctx}: table row {line:?}"),
            }
        } else {
            cells = None;
        }
    }
}

/// The lines that give a Markdown document its structure, by their markers.
#[allow(dead_code)]
pub fn structure(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| starts_block(l))
        .map(|l| l.chars().take_while(|c| !c.is_alphanumeric() && *c != '&').collect())
        .collect()
}
