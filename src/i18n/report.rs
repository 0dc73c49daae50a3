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

    // The message check (the report of one assessment, and compare)
    MSG_NO_WORDS = "De woordenlijst is hier niet gebruikt. Ambtelijke woorden zijn daarom niet gezocht.",
        "The word list was not used here, so officialese was not looked for.";
    MSG_SUGGESTIONS = "Voorstellen van de berichtcheck", "Suggestions from the message check";
    MSG_TEAM_ANSWER = "Antwoord van het team: {answer}", "The team's answer: {answer}";

    // Customer groups (the report of one assessment, Markdown and print)
    GROUPS = "Klantgroepen", "Customer groups";
    GROUPS_INTRO = "Elke klantgroep krijgt een oordeel met dezelfde regels als de gewone klant. Een groep heeft alleen eigen antwoorden waar die anders zijn. De rest is zoals voor de gewone klant.",
        "Each customer group gets a verdict by the same rules as the typical customer. A group has answers of its own only where they differ. Everything else is as for the typical customer.";
    GROUPS_RULE = "Omdat het idee voor {groups} over de grens gaat, maar voor de gewone klant niet, is het totaaloordeel hoogstens ‘{verdict}’.",
        "Because the idea crosses the line for {groups} but not for the typical customer, the overall verdict is at most ‘{verdict}’.";
    GROUPS_AND = "en", "and";
    GROUPS_TABLE_CAPTION = "Oordeel per klantgroep", "Verdict per customer group";
    GROUPS_ORDER = "Hierna volgt per groep alleen wat anders is. De groep waar het meest dringend iets moet gebeuren, staat eerst.",
        "What follows is, for each group, only what differs. The group that most urgently needs something done comes first.";
    COL_WHO = "Voor wie", "For whom";
    COL_WEAKEST = "Zwakste schakel", "Weakest link";
    COL_SHARE = "Aandeel", "Share";
    TYPICAL_CUSTOMER = "Gewone klant", "Typical customer";
    GROUP_UNNAMED = "Klantgroep {n}", "Customer group {n}";
    SHARE_SMALL = "Klein deel", "A small part";
    SHARE_LARGE = "Groot deel", "A large part";
    SHARE_UNKNOWN = "Niet bekend", "Not known";
    GROUP_SHARE = "Aandeel van de klanten", "Share of the customers";
    GROUP_DIFFERS = "Anders dan voor de gewone klant", "Different from the typical customer";
    COL_ITEM = "Punt", "Item";
    COL_THIS_GROUP = "Deze groep", "This group";
    COL_WHY_DIFFERENT = "Waarom anders", "Why different";
    GROUP_NO_DIFFERENCES = "Deze groep heeft nog geen eigen antwoorden. Alles is zoals voor de gewone klant.",
        "This group has no answers of its own yet. Everything is as for the typical customer.";
    GROUP_ADVICE = "Advies voor deze groep", "Advice for this group";
    GROUP_NO_ADVICE = "Geen eigen advies. Het advies voor de gewone klant geldt ook hier.",
        "No advice of its own. The advice for the typical customer applies here too.";

    // Round-table session record
    RT_RECORD = "Verslag van een ronde tafel", "Record of a round table";
    RT_UNTITLED = "Ronde tafel", "Round table";
    RT_SESSION = "De sessie", "The session";
    RT_MODE = "Werkwijze", "Way of working";
    RT_MODE_ONE = "Op één apparaat dat rondgaat", "On one device, passed around";
    RT_MODE_OWN = "Ieder op een eigen apparaat", "Everyone on their own device";
    RT_PHASE = "Fase", "Phase";
    RT_PHASE_SCORING = "Ieder scoort apart", "Everyone scores independently";
    RT_PHASE_REVEALED = "De scores zijn getoond", "The scores are revealed";
    RT_PHASE_AGREED = "Samen besloten", "Agreed";
    RT_TIMEBOX = "Tijd per dimensie: {n} minuten", "Time per dimension: {n} minutes";
    RT_AGREED_COUNT = "Samen besloten: {n} van {total} punten", "Agreed: {n} of {total} items";
    RT_PARTICIPANTS = "Deelnemers ({n})", "Participants ({n})";
    RT_NO_PARTICIPANTS = "Er zijn nog geen deelnemers.", "There are no participants yet.";
    RT_SUBMITTED = "klaar met scoren", "done scoring";
    RT_NOT_SUBMITTED = "nog niet klaar", "not done yet";
    RT_UNNAMED = "Deelnemer {n}", "Participant {n}";
    RT_AGENDA = "Per punt, de meeste onenigheid eerst", "Item by item, most disagreement first";
    RT_AGENDA_NOTE = "Spreiding is het verschil tussen het laagste en het hoogste antwoord, in stappen. Bij een rode vlag is de spreiding 2 als er zowel ja als nee is gezegd. Wijkt alleen twijfel af, dan is de spreiding 1.",
        "Spread is the difference between the lowest and the highest answer, in steps. For a red flag the spread is 2 when both yes and no were given. When only unsure differs, the spread is 1.";
    RT_COL_PARTICIPANT = "Deelnemer", "Participant";
    RT_SPREAD = "Spreiding: {spread} · bekend: {known} · niet bekend of twijfel: {unknown} · geen antwoord: {missing}",
        "Spread: {spread} · known: {known} · not known or unsure: {unknown} · no answer: {missing}";
    RT_MEDIAN = "mediaan: {median}", "median: {median}";
    RT_AGREED = "Samen besloten", "Agreed together";
    RT_REASON = "Reden", "Reason";
    RT_NO_REASON = "Er is geen reden genoteerd.", "No reason was recorded.";
    RT_NOT_AGREED = "Hierover is nog niets samen besloten.", "Nothing has been agreed on this yet.";
    RT_DECISIONS = "Besluiten", "Decisions";
    RT_NO_DECISIONS = "Er zijn geen besluiten vastgelegd.", "No decisions were recorded.";
    RT_ACTIONS = "Actiepunten", "Action points";
    RT_ACTION_WHAT = "Wat", "What";
    RT_ACTION_WHO = "Wie", "Who";
    RT_ACTION_DUE = "Wanneer klaar", "By when";
    RT_NO_ACTIONS = "Er zijn geen actiepunten vastgelegd.", "No action points were recorded.";
    RT_RESULT = "Uitkomst met de besluiten", "Result with the agreed answers";
    RT_RESULT_NOTE = "Dit is het oordeel met de samen besloten antwoorden in de beoordeling. Punten zonder besluit houden het antwoord uit de beoordeling.",
        "This is the verdict with the agreed answers in the assessment. Items without an agreed answer keep the answer from the assessment.";
    RT_BEFORE = "Oordeel zonder de besluiten: {verdict}", "Verdict without the agreed answers: {verdict}";
}
