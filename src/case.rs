//! Lower case without the Unicode case tables.
//!
//! `str::to_lowercase` links the standard library's full Unicode case
//! tables, 7.8 KB of the program after brotli (measured). The app only
//! lowercases to compare what people type (participant names, the
//! organisation's values) and to make file names, so this folds the
//! scripts its users write: ASCII, Latin-1, Latin Extended-A, Greek and
//! Cyrillic. Any other character stays as it is, so the worst case is a
//! comparison that minds case, never a wrong letter (tested against the
//! standard library for every character).

/// `c` in lower case when it is a capital of a script listed above; else `c`.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        // Greek capitals with an accent (Ά Έ Ή Ί Ό Ύ Ώ).
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` with every character through [`lower`].
pub fn to_lower(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// Equal when lowercased with [`lower`].
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    a.chars().map(lower).eq(b.chars().map(lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the standard library makes of `c`, when that is one character.
    fn std_lower(c: char) -> Option<char> {
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        }
    }

    #[test]
    fn never_a_different_letter_than_the_standard_library() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours = lower(c);
            assert!(ours == c || Some(ours) == std_lower(c), "{c:?} U+{:04X}: ours {ours:?}", c as u32);
        }
    }

    #[test]
    fn the_scripts_it_covers_fold_like_the_standard_library() {
        let ranges = [(0x00, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF)];
        let covered = |u: u32| u < 0x180 || (0x386..=0x3AB).contains(&u) || (0x400..=0x42F).contains(&u);
        for (lo, hi) in ranges {
            for c in (lo..=hi).filter(|u| covered(*u)).filter_map(char::from_u32) {
                // İ lowercases to two characters (i + a dot); it stays as it is.
                if c == 'İ' {
                    assert_eq!(lower(c), c);
                    continue;
                }
                assert_eq!(Some(lower(c)), std_lower(c), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn words_people_type() {
        let cases = [
            ("Eerlijk", "eerlijk"),
            ("ÉÉN KLANT", "één klant"),
            ("Zoë Çelik", "zoë çelik"),
            ("ŁÓDŹ ŽIŽKA", "łódź žižka"),
            ("ΕΛΛΆΔΑ", "ελλάδα"),
            ("МОСКВА Ёж", "москва ёж"),
            ("日本 ABC", "日本 abc"),
        ];
        for (input, want) in cases {
            assert_eq!(to_lower(input), want, "{input}");
            assert_eq!(to_lower(input), input.to_lowercase(), "{input}: same as the standard library");
            assert!(eq_ignore_case(input, want));
        }
        assert!(!eq_ignore_case("Anna", "Anne"));
        assert!(!eq_ignore_case("Anna", "Ann"));
    }
}
