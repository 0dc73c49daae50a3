//! The stylesheet, minified at compile time: comments go, and whitespace
//! shrinks to what CSS needs. The app carries `styles/app.css` inside the
//! program (see `ui`), so every byte saved here is a byte less to download.

/// The stylesheet as written.
pub const SOURCE: &str = include_str!("../styles/app.css");

/// The stylesheet as the app uses it.
pub const MINIFIED: &str = {
    const LEN: usize = minify(SOURCE.as_bytes(), &mut []);
    static BYTES: [u8; LEN] = {
        let mut out = [0u8; LEN];
        minify(SOURCE.as_bytes(), &mut out);
        out
    };
    match core::str::from_utf8(&BYTES) {
        Ok(s) => s,
        Err(_) => panic!("minified CSS is not UTF-8"),
    }
};

const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | 0x0c)
}

/// Characters around which whitespace carries no meaning. Not `:` (before it,
/// a space means "descendant": `.a :focus`), not `+`/`-` (`calc(1px + 2px)`),
/// not parentheses (`and (max-width: 60em)`).
const fn is_tight(b: u8) -> bool {
    matches!(b, b'{' | b'}' | b';' | b',' | b'>')
}

/// Writes `b` at `out[n]` when `out` is long enough (the first pass only
/// counts); returns the next position.
const fn put(out: &mut [u8], n: usize, b: u8) -> usize {
    if n < out.len() {
        out[n] = b;
    }
    n + 1
}

/// Minifies `src` into `out` (when `out` is long enough) and returns the
/// minified length: drops `/* */` comments, turns each whitespace run into
/// one space, and drops it at the ends, next to the characters in
/// [`is_tight`] and after `:`. Strings (`"…"`, `'…'`) are copied unchanged.
pub const fn minify(src: &[u8], out: &mut [u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    let mut last = 0u8; // last byte written, 0 at the start
    let mut pending_space = false;
    while i < src.len() {
        let b = src[i];
        if b == b'/' && i + 1 < src.len() && src[i + 1] == b'*' {
            i += 2;
            while i < src.len() && !(src[i] == b'*' && i + 1 < src.len() && src[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        if is_space(b) {
            pending_space = true;
            i += 1;
            continue;
        }
        if pending_space && last != 0 && !is_tight(last) && last != b':' && !is_tight(b) {
            n = put(out, n, b' ');
        }
        pending_space = false;
        if b == b'"' || b == b'\'' {
            // Copy the string with its quotes, escapes included.
            let quote = b;
            loop {
                n = put(out, n, src[i]);
                i += 1;
                if i >= src.len() {
                    break;
                }
                if src[i] == b'\\' && i + 1 < src.len() {
                    n = put(out, n, src[i]);
                    i += 1;
                } else if src[i] == quote {
                    n = put(out, n, src[i]);
                    i += 1;
                    break;
                }
            }
            last = quote;
            continue;
        }
        n = put(out, n, b);
        last = b;
        i += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn min(s: &str) -> String {
        let mut out = vec![0u8; minify(s.as_bytes(), &mut [])];
        minify(s.as_bytes(), &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn keeps_what_matters() {
        assert_eq!(
            min("/* c */\n.a  .b > .c ,\n .d {\n  color: red;\n  margin: 0 auto;\n}\n"),
            ".a .b>.c,.d{color:red;margin:0 auto;}"
        );
        assert_eq!(min(".a :focus { width: calc(100% - 2rem); }"), ".a :focus{width:calc(100% - 2rem);}");
        assert_eq!(min("a[x=\"a  /* b */ c\"] { content: 'x  y'; }"), "a[x=\"a  /* b */ c\"]{content:'x  y';}");
        assert_eq!(
            min("@media (min-width: 40em) and (max-width: 60em) { .a { top: 0 } }"),
            "@media (min-width:40em) and (max-width:60em){.a{top:0}}"
        );
    }

    #[test]
    fn the_stylesheet_shrinks_and_keeps_its_rules() {
        assert!(MINIFIED.len() < SOURCE.len() * 9 / 10);
        let braces = |s: &str| (s.matches('{').count(), s.matches('}').count());
        assert_eq!(braces(MINIFIED), braces(&SOURCE.replace("/*", "").replace("*/", "")));
        assert!(!MINIFIED.contains("/*"));
    }
}
