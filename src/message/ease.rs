//! Reading ease: Flesch–Douma for Dutch, Flesch Reading Ease for English.
//! Both are estimates from sentence length and word length (syllables);
//! higher is easier, 60–70 is "fairly easy". The raw value is returned (a
//! text of very short words can score above 100).

use super::Lang;

/// Flesch–Douma (1960): 206.84 − 0.77 × syllables per 100 words − 0.93 ×
/// words per sentence. `None` without words or sentences.
pub fn douma(words: u32, sentences: u32, syllables: u32) -> Option<f32> {
    let (w, s, y) = inputs(words, sentences, syllables)?;
    Some(206.84 - 0.77 * (y / w * 100.0) - 0.93 * (w / s))
}

/// Flesch Reading Ease (1948): 206.835 − 1.015 × words per sentence − 84.6
/// × syllables per word. `None` without words or sentences.
pub fn flesch(words: u32, sentences: u32, syllables: u32) -> Option<f32> {
    let (w, s, y) = inputs(words, sentences, syllables)?;
    Some(206.835 - 1.015 * (w / s) - 84.6 * (y / w))
}

/// The formula for `lang`.
pub fn ease(lang: Lang, words: u32, sentences: u32, syllables: u32) -> Option<f32> {
    match lang {
        Lang::Nl => douma(words, sentences, syllables),
        Lang::En => flesch(words, sentences, syllables),
    }
}

fn inputs(words: u32, sentences: u32, syllables: u32) -> Option<(f32, f32, f32)> {
    (words > 0 && sentences > 0).then_some((words as f32, sentences as f32, syllables as f32))
}
