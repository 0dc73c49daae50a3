//! The message check: reads the text the customer receives as the customer
//! would, and says, word by word, what makes it harder than B1.
//!
//! Pure and fast (a 2,000-character text in well under 2 ms natively): the
//! text is split into sentences and words once (`split`), each rule looks
//! at the tokens (`rules`), syllables are counted by rule (`syllables`), and
//! the reading ease is Flesch–Douma (Dutch) or Flesch Reading Ease
//! (English) (`ease`). The officialese lists are data (`lexicon`), shipped
//! as a separate file the page loads the first time the check is used; the
//! check works without them and adds their findings when they arrive.
//! `suggest` turns an analysis into a *suggested* step for Taal (and
//! Complexiteit), with its reasons; it never sets an answer.
//!
//! All positions are byte offsets into the text as given, always on
//! character boundaries, so a view can cut the text into marked pieces.

pub mod check;
pub mod ease;
pub mod lexicon;
pub mod load;
pub mod marks;
pub mod rules;
pub mod split;
pub mod suggest;
pub mod syllables;
mod words;

pub use lexicon::{Entry, Lexicon, OrgWords};

pub use crate::domain::TextLang as Lang;

/// A sentence with more words than this is marked as long. Dutch B1 guides
/// (Direct Duidelijk, Taalunie) advise about 15 words on average and
/// splitting any sentence over 20; plain-English guides say the same (15–20).
pub const LONG_SENTENCE: u32 = 20;
/// A word with at least this many syllables is marked as long: B1 texts use
/// mostly words of one to three syllables.
pub const LONG_WORD_SYLLABLES: u32 = 4;
/// A word with at least this many letters is marked as a very long word
/// (mostly Dutch compounds such as "inkomensafhankelijke").
pub const VERY_LONG_WORD: u32 = 15;
/// A reading ease at or above this is "about B1 or easier" (an estimate:
/// 60–70 is "fairly easy" on both Flesch scales), when the sentences are
/// short enough too (see [`B1_AVG_SENTENCE`]).
pub const B1_EASE: f32 = 60.0;
/// The most words per sentence, on average, of a text "about B1 or
/// easier": the B1 guides' 15. Flesch–Douma alone is lenient on Dutch, whose
/// words are short: an officialese letter with 30-word sentences can reach
/// 60.
pub const B1_AVG_SENTENCE: f32 = 15.0;
/// The longest text analysed; longer texts are analysed up to here (on a
/// character boundary) and the analysis says so.
pub const MAX_TEXT: usize = 100_000;

/// A part of the text: byte offsets, `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One sentence (or bullet, or line that stands alone).
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub span: Span,
    pub words: u32,
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A sentence over [`LONG_SENTENCE`] words.
    LongSentence,
    /// A word of [`LONG_WORD_SYLLABLES`] or more syllables.
    LongWord,
    /// A word of [`VERY_LONG_WORD`] or more letters.
    VeryLongWord,
    /// niet, geen, nooit, …; not, no, never, n't, …
    Negation,
    /// worden/zijn + voltooid deelwoord; be + past participle ("possibly").
    Passive,
    /// A word or phrase from the officialese list, with a plainer one.
    Officialese,
    /// A word the organisation asked to avoid (its configuration).
    Avoid,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::LongSentence,
        Kind::LongWord,
        Kind::VeryLongWord,
        Kind::Negation,
        Kind::Passive,
        Kind::Officialese,
        Kind::Avoid,
    ];
}

/// One thing to fix, at one place in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: Kind,
    pub span: Span,
    /// The plainer word for `Officialese` and `Avoid` (empty when the
    /// organisation gave none).
    pub instead: String,
    /// Words in the sentence (`LongSentence`) or syllables in the word
    /// (`LongWord`) or letters (`VeryLongWord`); 0 otherwise.
    pub count: u32,
}

/// Whether and how the text ends with one clear next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// No sentence asks the reader to do something.
    Missing,
    /// The last or second-to-last sentence asks for one step.
    AtEnd(Span),
    /// A step is asked, but not at the end.
    NotAtEnd(Span),
}

/// Whether the text speaks to the reader (je/jij/u, you).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    /// No je/jij/jouw/u/uw (you/your) at all.
    No,
    /// Informal (je, jij, jouw); English "you" counts as `Yes`.
    Informal,
    /// Formal (u, uw).
    Formal,
    /// Both je and u: mixed forms of address.
    Mixed,
    /// English: you, your.
    Yes,
}

/// The estimated level of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// No words: nothing to estimate.
    Empty,
    /// Reading ease at or above [`B1_EASE`], and at most
    /// [`B1_AVG_SENTENCE`] words per sentence on average.
    B1OrEasier,
    /// Below it.
    HarderThanB1,
}

/// The figures of a text, as shown side by side for versions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figures {
    pub words: u32,
    pub sentences: u32,
    pub syllables: u32,
    /// Words per sentence, on average (0 without sentences).
    pub avg_sentence: f32,
    pub longest_sentence: u32,
    pub long_sentences: u32,
    pub long_words: u32,
    pub very_long_words: u32,
    pub negations: u32,
    pub passives: u32,
    pub officialese: u32,
    pub avoid: u32,
    /// Sentences that ask the reader to do something (imperatives, "please
    /// …", questions to the reader): more than two makes a text ask a lot.
    pub asks: u32,
    /// Flesch–Douma or Flesch Reading Ease; `None` without words.
    pub ease: Option<f32>,
}

impl Figures {
    pub fn band(&self) -> Band {
        match self.ease {
            None => Band::Empty,
            Some(e) if e >= B1_EASE && self.avg_sentence <= B1_AVG_SENTENCE => Band::B1OrEasier,
            Some(_) => Band::HarderThanB1,
        }
    }
}

/// The whole check of one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The language the text was read in.
    pub lang: Lang,
    pub figures: Figures,
    pub sentences: Vec<Sentence>,
    /// Sorted by position (then kind); may overlap (a long word inside a
    /// long sentence).
    pub findings: Vec<Finding>,
    pub next_step: NextStep,
    pub address: Address,
    /// Whether the officialese list was used (it loads separately).
    pub with_lexicon: bool,
    /// The text was longer than [`MAX_TEXT`] and was cut there.
    pub cut: bool,
}

/// The word lists a check uses: the shipped list (once loaded) and the
/// organisation's own words.
#[derive(Clone, Copy, Debug, Default)]
pub struct Words<'a> {
    pub lexicon: Option<&'a Lexicon>,
    pub org: Option<&'a OrgWords>,
}

/// Checks `text` as a text in `lang`.
pub fn analyse(text: &str, lang: Lang, words: Words) -> Analysis {
    rules::analyse(text, lang, words)
}

/// The language a text is most likely written in, from its common words;
/// `None` when it is too short or unclear to tell.
pub fn guess_lang(text: &str) -> Option<Lang> {
    rules::guess_lang(text)
}
