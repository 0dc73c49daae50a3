//! Dates and file names.

use crate::domain::Assessment;

const MS_PER_DAY: u64 = 86_400_000;

/// The UTC date of a moment in milliseconds since the Unix epoch, as
/// "YYYY-MM-DD" (Howard Hinnant's civil-from-days).
pub fn date(ms: u64) -> String {
    let days = (ms / MS_PER_DAY) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // day of era, 0..=146096
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // year of era, 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from 1 March, 0..=365
    let mp = (5 * doy + 2) / 153; // month from March, 0..=11
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Longest slug of the idea's title in a file name.
pub const SLUG_MAX: usize = 60;

/// The ASCII letters a Latin letter with a diacritic is written as.
fn ascii_fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ĳ' => "ij",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'š' | 'ś' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        _ => return None,
    })
}

/// The title as lowercase ASCII words joined by hyphens, at most
/// [`SLUG_MAX`] characters, cut between words where possible.
fn slug(title: &str) -> String {
    let mut s = String::new();
    let mut gap = false;
    for c in title.chars().map(crate::case::lower) {
        let piece: Option<String> =
            if c.is_ascii_alphanumeric() { Some(c.to_string()) } else { ascii_fold(c).map(str::to_string) };
        match piece {
            Some(p) => {
                if gap && !s.is_empty() {
                    s.push('-');
                }
                gap = false;
                s.push_str(&p);
            }
            None => gap = true,
        }
        if s.len() > SLUG_MAX {
            break;
        }
    }
    if s.len() > SLUG_MAX {
        let cut_mid_word = s.as_bytes()[SLUG_MAX] != b'-';
        s.truncate(SLUG_MAX);
        if cut_mid_word {
            if let Some(p) = s.rfind('-') {
                s.truncate(p);
            }
        }
    }
    s.trim_matches('-').to_string()
}

/// A safe file name for a report of `a`: "wenselijk-<slug>-<date>.<ext>",
/// or "wenselijk-<date>.<ext>" when the title gives no slug. ASCII only;
/// `ext` is reduced to its ASCII letters and digits (no dot when empty).
pub fn file_name(a: &Assessment, date_ms: u64, ext: &str) -> String {
    let slug = slug(&a.idea.title);
    let ext: String = ext.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    let mut name = String::from("wenselijk-");
    if !slug.is_empty() {
        name.push_str(&slug);
        name.push('-');
    }
    name.push_str(&date(date_ms));
    if !ext.is_empty() {
        name.push('.');
        name.push_str(&ext);
    }
    name
}
