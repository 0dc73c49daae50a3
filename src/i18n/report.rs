//! Texts of the Markdown report and the comparison of assessments (see
//! `crate::report`). Texts that the live view already has are reused from
//! [`super::ui`]; only what a report needs on top lives here. Placeholders in
//! braces are filled in by `crate::report`; the tests check both languages use
//! the same ones.
//!
//! These texts go into Markdown unescaped apart from a light guard, so keep
//! them free of Markdown syntax: no `*`, `_`, `[`, `]`, `<`, `>`, `|`, `` ` ``,
//! and no line that starts with `#`, `-`, `+` or a number and a full stop.

use crate::texts;

texts! {
    META = "Datum: {date} · Taal: Nederlands", "Date: {date} · Language: English";
    EXAMPLE_NOTE = "Dit is een voorbeeld ter illustratie. Het is geen oordeel over een echte organisatie.",
        "This is an example for illustration. It is not a judgement of a real organisation.";
    IDEA = "Het idee", "The idea";
    IDEA_EMPTY = "Het idee is nog niet beschreven.", "The idea has not been described yet.";
    VERDICT_NONE_HINT = "Er is nog geen vraag beantwoord. Daarom is er nog geen oordeel.",
        "No question has been answered yet. So there is no verdict yet.";
    COL_FLAG = "Rode vlag", "Red flag";
    NOT_FILLED_IN = "Niet ingevuld", "Not filled in";
    FOOTER_TITLE = "Over dit rapport", "About this report";
    FOOTER_MADE = "Gemaakt met Wenselijk?, een hulpmiddel om ideeën voor proactieve dienstverlening te toetsen voordat ze gebouwd worden.",
        "Made with Wenselijk?, a tool to test ideas for proactive service before they are built.";
    FOOTER_FRAMEWORKS = "De toets gebruikt twee denkkaders: de acht dimensies van dienstverlening van de Hogeschool Utrecht, en de lens ‘waarde of waarden’ van Joris Krijger.",
        "The test uses two frameworks: the eight dimensions of service by Hogeschool Utrecht (HU University of Applied Sciences Utrecht), and the ‘value or values’ lens by Joris Krijger.";
    FOOTER_RULES = "De scoreregels zijn een keuze van Wenselijk? zelf, niet van de onderzoekers. Het oordeel helpt bij het gesprek. Het is geen besluit.",
        "The scoring rules are Wenselijk?'s own choice, not the researchers'. The verdict helps the conversation. It is not a decision.";

    // Comparison
    COMPARE_TITLE = "Vergelijking van beoordelingen", "Comparison of assessments";
    COMPARE_NOTHING = "Er is niets om te vergelijken.", "There is nothing to compare.";
    COMPARE_VERDICTS = "Oordelen", "Verdicts";
    COL_IDEA = "Idee", "Idea";
    COL_VERDICT = "Oordeel", "Verdict";
    COL_CONFIDENCE = "Zekerheid", "Confidence";
    COL_AVERAGE = "Gemiddelde", "Average";
    COMPARE_KNOWN = "{level}, {known} van {total} bekend", "{level}, {known} of {total} known";
    COMPARE_DELTA_NOTE = "Tussen haakjes: het verschil met {first}, in stappen.",
        "In brackets: the difference from {first}, in steps.";
    COMPARE_CHANGES = "Wat is er anders van {from} naar {to}?", "What changed from {from} to {to}?";
    COMPARE_NO_CHANGES = "Niets veranderd.", "Nothing changed.";
    COMPARE_NOTE_CHANGED = "Toelichting aangepast", "Note changed";
    COMPARE_TEXT_CHANGED = "Tekst aangepast", "Text changed";
    COMPARE_BEFORE = "Eerst: {text}", "Before: {text}";
    COMPARE_NOW = "Nu: {text}", "Now: {text}";
    EMPTY = "(leeg)", "(empty)";
}
