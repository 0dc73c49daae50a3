//! The interface's own texts. Placeholders in braces (`{n}`) are filled in
//! by the views; the tests check both languages use the same ones.

use super::{Lang, Text};
use crate::codec::paste::{Outcome, Pasted};
use crate::codec::DecodeError;
use crate::domain::scoring::{Confidence, Rule, Verdict};
use crate::domain::FlagAnswer;
use crate::texts;

texts! {
    APP_NAME = "Wenselijk?", "Wenselijk?";
    APP_TAGLINE = "Welkome hulp of over de schreef? Toets je idee voor proactieve dienstverlening.",
        "Welcome help or crossing the line? Test your idea for proactive service.";
    SKIP_TO_CONTENT = "Naar de inhoud", "Skip to content";
    NAV_LABEL = "Hoofdmenu", "Main menu";
    NAV_START = "Start", "Start";
    NAV_ASSESS = "Beoordeling", "Assessment";
    NAV_COMPARE = "Vergelijken", "Compare";
    NAV_RULES = "Hoe berekend?", "How is this computed?";
    NAV_ABOUT = "Over", "About";
    LANG_SWITCH = "English", "Nederlands";
    LANG_SWITCH_LABEL = "Switch to English", "Schakel naar Nederlands";
    PRIVACY_LINE = "Alles blijft in deze browser. Er gaat niets naar een server.",
        "Everything stays in this browser. Nothing is sent to a server.";

    // Start view
    START_TITLE = "Is dit idee welkome hulp?", "Is this idea welcome help?";
    START_INTRO = "Je organisatie wil klanten of burgers helpen voordat ze erom vragen. Dat kan goede service zijn, of voelen als bemoeienis. Toets je idee op acht dimensies van dienstverlening en op waarde tegenover waarden. Je ziet direct het oordeel, de redenen en wat je kunt verbeteren.",
        "Your organisation wants to help customers or citizens before they ask. That can be good service, or feel like meddling. Test your idea on eight dimensions of service and on value versus values. You see the verdict, the reasons and what to improve straight away.";
    START_CONTINUE_TITLE = "Verder met je beoordeling", "Continue your assessment";
    START_CONTINUE = "Verder met ‘{title}’", "Continue ‘{title}’";
    START_UNTITLED = "Naamloos idee", "Untitled idea";
    START_NEW = "Nieuwe beoordeling", "New assessment";
    START_NEW_HINT = "Begin met een leeg formulier.", "Start with an empty form.";
    START_NEW_REPLACES = "Je huidige beoordeling wordt vervangen. Je kunt dat daarna ongedaan maken.",
        "This replaces your current assessment. You can undo that afterwards.";
    START_EXAMPLES_TITLE = "Of begin met een voorbeeld", "Or start from an example";
    START_EXAMPLES_INTRO = "Zeven ingevulde voorbeelden laten zien hoe de toets redeneert. Het zijn illustraties, geen oordelen over echte organisaties.",
        "Seven filled-in examples show how the tool reasons. They are illustrations, not judgements of real organisations.";
    START_OPEN_EXAMPLE = "Open voorbeeld: {title}", "Open example: {title}";
    COPY_OF = "{title} (kopie)", "{title} (copy)";
    START_OPEN_EXAMPLE_SHORT = "Open voorbeeld", "Open example";

    // The list of assessments
    LIST_TITLE = "Je beoordelingen", "Your assessments";
    LIST_EMPTY = "Nog geen beoordelingen. Begin een nieuwe, open een voorbeeld of importeer een bestand.",
        "No assessments yet. Start a new one, open an example or import a file.";
    LIST_COL_TITLE = "Idee", "Idea";
    LIST_COL_VERDICT = "Oordeel", "Verdict";
    LIST_COL_CHANGED = "Laatst gewijzigd", "Last changed";
    LIST_COL_COMPARE = "Vergelijken", "Compare";
    LIST_COL_ACTIONS = "Acties", "Actions";
    LIST_EXAMPLE_TAG = "voorbeeld", "example";
    LIST_COMPARE = "Kies", "Pick";
    LIST_COMPARE_HINT = "Kies twee tot vier beoordelingen om ze naast elkaar te zien.", "Pick two to four assessments to see them side by side.";
    LIST_COMPARE_READY = "{n} gekozen.", "{n} picked.";
    LIST_OPEN_COMPARE = "Vergelijk", "Compare";
    LIST_RENAME = "Hernoem", "Rename";
    LIST_RENAME_LABEL = "Hernoem ‘{title}’", "Rename ‘{title}’";
    LIST_RENAME_FIELD = "Nieuwe naam (Enter bewaart, Escape annuleert)", "New name (Enter saves, Escape cancels)";
    LIST_DUPLICATE = "Kopieer", "Duplicate";
    LIST_DUPLICATE_LABEL = "Kopieer ‘{title}’ als variant", "Duplicate ‘{title}’ as a variant";
    LIST_EXPORT = "Bestand opslaan", "Save as file";
    LIST_EXPORT_LABEL = "Bestand opslaan: ‘{title}’", "Save as file: ‘{title}’";
    LIST_DELETE = "Verwijder", "Delete";
    LIST_DELETE_LABEL = "Verwijder ‘{title}’", "Delete ‘{title}’";
    EXPORT_ALL = "Alles opslaan als bestand", "Save all as a file";
    IMPORT_FILE = "Bestand importeren", "Import a file";

    // Toolbar and sharing
    TOOLBAR_LABEL = "Acties voor deze beoordeling", "Actions for this assessment";
    TOOLBAR_REPORT = "Verslag", "Report";
    TOOLBAR_SHARE = "Deel als link", "Share as link";
    TOOLBAR_VARIANT = "Maak variant", "Make a variant";
    SHARE_EXPLAIN = "De hele beoordeling zit in de link zelf, na het #-teken. Dat deel stuurt de browser nooit naar een server. Wie de link opent, ziet een kopie die alleen te lezen is.",
        "The whole assessment is inside the link itself, after the # sign. Browsers never send that part to a server. Whoever opens the link sees a read-only copy.";
    SHARE_LINK = "Link om te delen", "Link to share";
    SHARE_COPY = "Kopieer link", "Copy link";
    SHARED_TITLE = "Gedeelde beoordeling, alleen lezen.", "Shared assessment, read-only.";
    SHARED_EXPLAIN = "Iemand heeft deze beoordeling met je gedeeld via een link. Bewaar een kopie om ermee verder te werken.",
        "Someone shared this assessment with you through a link. Save a copy to work on it.";
    SHARED_SAVE = "Bewaar een kopie bij mijn beoordelingen", "Save a copy to my assessments";
    SHARED_CLOSE = "Sluiten", "Close";

    // Report
    REPORT_TITLE = "Verslag", "Report";
    REPORT_KICKER = "Wenselijk? · verslag", "Wenselijk? · report";
    REPORT_EXAMPLE = "Gebaseerd op een voorbeeld ter illustratie.", "Based on an example for illustration.";
    REPORT_META = "Datum: {date} · Taal: {lang}", "Date: {date} · Language: {lang}";
    LANG_NAME = "Nederlands", "English";
    REPORT_BACK = "Terug naar de beoordeling", "Back to the assessment";
    REPORT_PRINT = "Afdrukken of opslaan als pdf", "Print or save as PDF";
    REPORT_DOWNLOAD_MD = "Download Markdown", "Download Markdown";
    REPORT_COPY_MD = "Kopieer als Markdown", "Copy as Markdown";

    // Compare
    COMPARE_TITLE = "Vergelijken", "Compare";
    COMPARE_INTRO = "Zet twee tot vier beoordelingen of varianten naast elkaar: hun oordeel, de acht dimensies en wat er veranderd is.",
        "Put two to four assessments or variants side by side: their verdicts, the eight dimensions and what changed.";
    COMPARE_PICK = "Kies er twee tot {max}", "Pick two to {max}";
    COMPARE_NONE = "Er zijn nog geen beoordelingen om te vergelijken.", "There are no assessments to compare yet.";
    COMPARE_NEED_TWO = "Kies er minstens twee.", "Pick at least two.";
    COMPARE_VERDICTS = "Oordelen", "Verdicts";
    COMPARE_VERDICT_ROW = "Oordeel", "Verdict";
    COMPARE_TABLE = "De acht dimensies per beoordeling; tussen haakjes het verschil met A", "The eight dimensions per assessment; in brackets the difference from A";
    COMPARE_CHANGES = "Wat is er anders in {b} dan in {a}?", "What is different in {b} compared with {a}?";
    COMPARE_NO_CHANGES = "Geen verschillen.", "No differences.";
    COMPARE_DOWNLOAD_MD = "Download vergelijking (Markdown)", "Download comparison (Markdown)";
    COMPARE_RADAR_DESC = "Netdiagrammen van de gekozen beoordelingen over elkaar, elk met een eigen kleur en lijnstijl. De tabel eronder geeft dezelfde gegevens.",
        "Radar charts of the picked assessments on top of each other, each with its own colour and line style. The table below gives the same data.";
    CHANGED_ANSWER = "{name}: {old} → {new}", "{name}: {old} → {new}";
    CHANGED_TEXT = " (andere tekst)", " (different text)";

    // Compare: customer groups (issue 12)
    COMPARE_GROUPS_HINT = "Kies één beoordeling met klantgroepen om haar groepen naast elkaar te zien.",
        "Pick one assessment with customer groups to see its groups side by side.";
    COMPARE_GROUPS_TITLE = "De klantgroepen van ‘{title}’ naast elkaar", "The customer groups of ‘{title}’ side by side";
    COMPARE_GROUPS_TABLE = "Oordeel en antwoorden per klantgroep; (anders): anders dan voor de gewone klant", "Verdict and answers per customer group; (differs): different from the typical customer";
    COMPARE_TYPICAL = "Gewone klant", "Typical customer";
    COMPARE_WEAKEST_ROW = "Zwakste schakel", "Weakest link";
    COMPARE_CONFIDENCE_ROW = "Zekerheid", "Confidence";
    COMPARE_UNNAMED_GROUP = "Klantgroep zonder naam", "Customer group without a name";
    LIST_OPEN_COMPARE_GROUPS = "Vergelijk de klantgroepen", "Compare the customer groups";
    COMPARE_ACROSS_TITLE = "Dezelfde klantgroep in elk idee", "The same customer group in each idea";
    COMPARE_ACROSS_INTRO = "Open een groep. Groepen met dezelfde naam horen bij elkaar, ook met andere hoofdletters. Heeft een idee die groep niet, dan zie je daar de gewone klant.", "Open a group. Groups with the same name belong together, whatever the capitals. Where an idea does not have that group, you see its typical customer.";
    COMPARE_ACROSS_COUNT = "{name} (in {n} van de {total})", "{name} (in {n} of {total})";
    COMPARE_ACROSS_TABLE = "‘{name}’ in elk idee; (anders): anders dan voor de gewone klant van dat idee", "‘{name}’ in each idea; (differs): different from that idea's typical customer";
    COMPARE_ACROSS_MISSING = "geen groep ‘{name}’: gewone klant", "no group ‘{name}’: typical customer";
    MD_GROUPS_OF = "Klantgroepen van {label}", "Customer groups of {label}";
    MD_GROUPS_NOTE = "Alleen de vragen waarop een groep anders antwoordt dan de gewone klant; ‘(anders)’ markeert die antwoorden.",
        "Only the questions where a group answers differently from the typical customer; ‘(differs)’ marks those answers.";
    MD_DIFFERS = "(anders)", "(differs)";
    MD_ITEM = "Vraag", "Question";

    // Round table
    RT_DEFAULT_NAME = "Ronde tafel: {title}", "Round table: {title}";
    RT_ANONYMOUS = "Deelnemer {n}", "Participant {n}";
    NAV_ROUNDTABLE = "Ronde tafel", "Round table";
    TOOLBAR_ROUNDTABLE = "Ronde tafel starten", "Start a round table";
    RT_TITLE = "Ronde tafel", "Round table";
    RT_ABOUT = "Ronde tafel over ‘{title}’", "Round table about ‘{title}’";
    RT_PHASES = "Stappen van de ronde tafel", "Steps of the round table";
    RT_PHASE_SCORE = "1. Ieder apart scoren", "1. Score independently";
    RT_PHASE_REVEAL = "2. Laten zien", "2. Reveal";
    RT_PHASE_AGREE = "3. Samen besluiten", "3. Agree";
    RT_SETUP = "Opzet", "Setup";
    RT_NAME = "Naam van de sessie", "Name of the session";
    RT_MODE = "Hoe scoren de deelnemers?", "How do participants score?";
    RT_MODE_ONE = "Op één apparaat", "On one device";
    RT_MODE_OWN = "Op hun eigen apparaat", "On their own device";
    RT_MODE_ONE_HINT = "Geef het apparaat door. Ieder scoort apart; de scores blijven verborgen tot je ze laat zien.",
        "Pass the device around. Everyone scores alone; the scores stay hidden until you reveal them.";
    RT_MODE_OWN_HINT = "Deelnemers openen een link of QR-code op hun telefoon of laptop en sturen een antwoordcode terug.",
        "Participants open a link or QR code on their phone or laptop and send back an answer code.";
    RT_TIMEBOX = "Tijd per dimensie in minuten (optioneel)", "Time per dimension in minutes (optional)";
    RT_PARTICIPANTS = "Deelnemers", "Participants";
    RT_NO_PARTICIPANTS = "Nog geen deelnemers. Voeg namen toe, of laat het veld leeg voor een anonieme deelnemer.",
        "No participants yet. Add names, or leave the field empty for an anonymous participant.";
    RT_ADD_LABEL = "Naam van de deelnemer", "Name of the participant";
    RT_ADD_HINT = "Leeg laten geeft een anoniem label, zoals ‘Deelnemer 1’.", "Leave empty for an anonymous label, such as ‘Participant 1’.";
    RT_ADD = "Toevoegen", "Add";
    RT_REMOVE = "Verwijder {name}", "Delete {name}";
    RT_STATUS_DONE = "klaar", "done";
    RT_STATUS_WAITING = "nog niet gescoord", "not scored yet";
    RT_SCORE = "Scoren", "Score";
    RT_SCORE_AS = "Scoren als {name}", "Score as {name}";
    RT_PRIVATE = "Scoren als {name}", "Scoring as {name}";
    RT_PRIVATE_HINT = "Alleen jij ziet nu deze scores. Klik op ‘Klaar’ om ze te verbergen en het apparaat door te geven.",
        "Only you see these scores now. Click ‘Done’ to hide them and pass the device on.";
    RT_DONE = "Klaar, verberg mijn scores", "Done, hide my scores";
    RT_READY = "{done} van {total} deelnemers zijn klaar.", "{done} of {total} participants are done.";
    RT_REVEAL = "Laat alle scores zien", "Reveal all scores";
    RT_UNREVEAL = "Terug naar scoren", "Back to scoring";
    RT_INVITE = "Uitnodiging voor eigen apparaten", "Invitation for own devices";
    RT_INVITE_HINT = "Laat de QR-code zien of stuur de link. Daarin zit het idee. Wie klaar is, stuurt een antwoordcode terug. Plak die hieronder.",
        "Show the QR code or send the link. It carries the idea. When done, each participant sends back an answer code. Paste it below.";
    RT_QR_LABEL = "QR-code met de uitnodigingslink", "QR code with the invitation link";
    RT_NO_SERVER = "Er is geen server: de link en de codes bevatten zelf alle gegevens.", "There is no server: the link and the codes carry all the data themselves.";
    RT_CODE_LABEL = "Antwoordcodes van deelnemers", "Participants' answer codes";
    RT_CODE_HINT = "Plak één code of link, of een heel chatgesprek of e-mail met veel codes. De app vindt alle codes en zegt welke hij overslaat. Enter voegt toe; Shift+Enter maakt een nieuwe regel.", "Paste one code or link, or a whole chat or e-mail with many codes. The app finds every code and says which it skips. Enter adds; Shift+Enter starts a new line.";
    RT_CODE_ADD = "Codes toevoegen", "Add codes";
    PASTE_SUMMARY = "{added} toegevoegd, {skipped} overgeslagen.", "{added} added, {skipped} skipped.";
    PASTE_ADDED = "Toegevoegd: {names}.", "Added: {names}.";
    PASTE_NO_NAME = "Code zonder leesbare naam", "Code without a readable name";
    PASTE_SAME = "deze antwoorden waren al toegevoegd", "these answers were already added";
    PASTE_CHANGED = "andere antwoorden dan eerder, niet vervangen (wilt u vervangen? Plak dan alleen deze nieuwe code)", "different answers from before, not replaced (to replace them, paste only this new code)";
    RT_WRONG_SESSION = "deze code hoort bij een andere ronde tafel", "this code belongs to another round table";
    RT_TAMPERED = "deze code is veranderd of beschadigd", "this code was changed or damaged";
    RT_CONFLICT = "{name} stuurde eerder andere antwoorden. Vervangen?", "{name} sent different answers before. Replace them?";
    RT_AGENDA = "Agenda: de meeste onenigheid eerst", "Agenda: most disagreement first";
    RT_AGENDA_HINT = "Bespreek per punt de verschillen en leg vast wat jullie samen vinden.", "Discuss the differences for each item and record what you agree on.";
    RT_STRIP_LABEL = "Scores van alle deelnemers voor {name}", "All participants' scores for {name}";
    RT_SPREAD = "Spreiding: {spread} · bekend: {known} · onbekend of leeg: {unknown}", "Spread: {spread} · known: {known} · unknown or empty: {unknown}";
    RT_ANSWERS_OF = "Antwoorden voor {name}", "Answers for {name}";
    RT_WHO = "Deelnemer", "Participant";
    RT_AGREED = "Samen besloten:", "Agreed together:";
    RT_SUGGESTED = "(voorstel: {answer})", "(suggestion: {answer})";
    RT_REASON = "Reden", "Reason";
    RT_DECISIONS = "Besluiten", "Decisions";
    RT_DECISION_LABEL = "Nieuw besluit", "New decision";
    RT_ACTIONS = "Actiepunten", "Action points";
    RT_ACTION_WHAT = "Wat", "What";
    RT_ACTION_WHO = "Wie", "Who";
    RT_ACTION_DUE = "Wanneer klaar", "By when";
    RT_ACTION_ADD = "Actiepunt toevoegen", "Add action point";
    RT_APPLY_TITLE = "Uitkomst vastleggen", "Record the outcome";
    RT_APPLY_HINT = "{n} punten zijn samen besloten. Zet ze in de beoordeling; de losse scores blijven in het verslag van de sessie.",
        "{n} items are agreed. Put them into the assessment; the individual scores stay in the session record.";
    RT_APPLY = "Zet de besluiten in de beoordeling", "Put the agreed answers into the assessment";
    RT_EXPORT = "Verslag van de sessie", "Session record";
    RT_JSON = "Download JSON", "Download JSON";
    RT_DELETE = "Verwijder deze ronde tafel", "Delete this round table";
    RT_PRESENT = "Presentatiemodus", "Presentation mode";
    RT_TIME_LEFT = "Nog {time}", "{time} left";
    RT_TIME_UP = "De tijd is om", "Time is up";
    RT_EXISTING = "Ronde tafels over dit idee:", "Round tables about this idea:";
    RT_PRESENT_COUNT = "Punt {i} van {n}", "Item {i} of {n}";
    RT_PREV = "Vorige", "Previous";
    RT_NEXT = "Volgende", "Next";
    RT_SHOW_ANSWERS = "Toon scores", "Show scores";
    RT_EXIT = "Stoppen", "Exit";
    RT_PRESENT_KEYS = "Toetsen: pijl rechts volgende, pijl links vorige, R scores tonen, Escape stoppen.",
        "Keys: right arrow next, left arrow previous, R show scores, Escape exit.";
    RT_PARTICIPANT_KICKER = "Ronde tafel · jouw scores", "Round table · your scores";
    RT_PARTICIPANT_HINT = "Score het idee zelf, zonder overleg. Maak daarna je antwoordcode en stuur die naar de gespreksleider.",
        "Score the idea on your own, without talking it over. Then make your answer code and send it to the facilitator.";
    RT_YOU = "Wie ben je?", "Who are you?";
    RT_YOUR_NAME = "Je naam of label", "Your name or label";
    RT_YOUR_NAME_HINT = "Bijvoorbeeld je voornaam, of ‘Deelnemer 3’", "For example your first name, or ‘Participant 3’";
    RT_YOUR_CODE = "Jouw antwoordcode", "Your answer code";
    RT_YOUR_CODE_HINT = "Kopieer deze code en stuur hem naar de gespreksleider, bijvoorbeeld via chat of mail.",
        "Copy this code and send it to the facilitator, for example by chat or email.";
    RT_COPY_CODE = "Kopieer code", "Copy code";
    RT_NEED_NAME = "Vul eerst je naam of label in.", "Fill in your name or label first.";
    RT_PROGRESS = "{done} van {total} beantwoord", "{done} of {total} answered";
    RT_SHOW_CODE = "Toon mijn antwoordcode", "Show my answer code";
    RT_SHARE_CODE = "Deel code", "Share code";
    RT_LEAVE = "Deze sessie verlaten", "Leave this session";
    RT_LEAVE_HINT = "Je antwoorden blijven op dit apparaat. Open de uitnodiging opnieuw om verder te gaan.",
        "Your answers stay on this device. Open the invitation again to go on.";
    RT_LEAVE_CONFIRM = "Ja, verlaten", "Yes, leave";

    // The participant page (participant.html).
    PP_TITLE = "Meedoen aan een ronde tafel", "Join a round table";
    PP_INTRO = "Open de uitnodiging die je van de gespreksleider kreeg. Of plak de link hieronder.",
        "Open the invitation the facilitator sent you. Or paste its link below.";
    PP_KEPT = "Sessies op dit apparaat", "Sessions on this device";
    PP_RESUME = "Verder gaan", "Continue";
    PP_RESUME_NAMED = "Verder gaan met {name}", "Continue with {name}";
    PP_FORGET = "Vergeten", "Forget";
    PP_FORGET_NAMED = "{name} vergeten op dit apparaat", "Forget {name} on this device";
    PP_FORGOTTEN = "De sessie en je antwoorden zijn van dit apparaat gewist.", "The session and your answers are gone from this device.";
    PP_PASTE_TITLE = "Uitnodiging openen", "Open an invitation";
    PP_PASTE_LABEL = "Link of code van de uitnodiging (een heel bericht mag ook)", "Link or code of the invitation (a whole message is fine too)";
    PP_OPEN = "Openen", "Open";
    PP_BAD_INVITE = "Deze uitnodiging kan niet worden geopend: {detail}. Vraag de gespreksleider om de link opnieuw te sturen.",
        "This invitation cannot be opened: {detail}. Ask the facilitator to send the link again.";
    PP_KEPT_UNREADABLE = "Wat dit apparaat eerder bewaarde, kan niet worden gelezen: {detail}. De pagina begint leeg.",
        "What this device kept before cannot be read: {detail}. The page starts empty.";
    PP_KEPT_ASIDE = "Een kopie staat onder de sleutel {key}.", "A copy is kept under the key {key}.";
    PP_NOT_KEPT = "Dit apparaat bewaart je antwoorden nu niet (opslag vol of geblokkeerd). Je antwoordcode werkt wel. Stuur hem voordat je deze pagina sluit.",
        "This device does not keep your answers now (storage full or blocked). Your answer code still works. Send it before you close this page.";

    // Round table: for whom the session scores (issue 12)
    RT_FOR_LEGEND = "Voor wie scoren de deelnemers?", "Who do participants score for?";
    RT_FOR_HINT = "Kies je een klantgroep, dan worden de besluiten antwoorden van die groep.", "If you pick a customer group, the agreed answers become that group's answers.";
    RT_TYPICAL = "gewone klant", "typical customer";
    RT_YOU_SCORE_FOR = "Je scoort voor: {group}", "You score for: {group}";
    RT_YOU_SCORE_FOR_HINT = "Denk bij elke vraag aan deze mensen.", "Think of these people for every question.";
    RT_SCORED_FOR = "Gescoord voor: {group}", "Scored for: {group}";
    RT_GROUP_GONE = "een klantgroep die niet meer bestaat", "a customer group that no longer exists";
    RT_GROUP_GONE_HINT = "Deze klantgroep is verwijderd. Je kunt de scores bekijken, maar niet in de beoordeling zetten.", "This customer group was removed. You can look at the scores, but not put them into the assessment.";
    RT_APPLY_GROUP_HINT = "{n} punten zijn samen besloten. Ze worden eigen antwoorden van ‘{group}’; de rest volgt de gewone klant.", "{n} items were agreed. They become answers of ‘{group}’ itself; the rest follows the typical customer.";
    NOTICE_ANSWERS_ADDED = "De antwoorden van {name} zijn toegevoegd.", "{name}'s answers were added.";
    NOTICE_ANSWERS_SAME = "De antwoorden van {name} waren al toegevoegd.", "{name}'s answers were already added.";
    NOTICE_AGREED_APPLIED = "De besluiten staan nu in de beoordeling.", "The agreed answers are now in the assessment.";

    // Assess view
    ASSESS_TITLE_EMPTY = "Nieuwe beoordeling", "New assessment";
    EXAMPLE_BANNER = "Voorbeeld ter illustratie. Pas het gerust aan: je werkt in je eigen kopie.",
        "Example for illustration. Feel free to change it: you are working in your own copy.";
    EXAMPLE_SOURCE = "Bron van de casus: {source}", "Source of the case: {source}";
    SECTION_IDEA = "1. Het idee", "1. The idea";
    SECTION_IDEA_INTRO = "Beschrijf kort wat je organisatie uit zichzelf gaat doen.",
        "Describe briefly what your organisation will do on its own initiative.";
    IDEA_TITLE = "Naam van het idee", "Name of the idea";
    IDEA_TITLE_HINT = "Bijvoorbeeld: Bel nieuwe klanten op dag 3", "For example: Call new customers on day 3";
    IDEA_ACTION = "Wat doet de organisatie proactief?", "What will the organisation do proactively?";
    IDEA_AUDIENCE = "Voor wie?", "For whom?";
    IDEA_CHANNEL = "Via welk kanaal?", "Through which channel?";
    IDEA_MOMENT = "Op welk moment of bij welke aanleiding?", "At which moment, or on which trigger?";
    IDEA_DATA = "Welke gegevens gebruikt het?", "Which data does it use?";
    IDEA_MESSAGE = "Tekst die de klant krijgt (optioneel)", "Text the customer receives (optional)";
    SECTION_DIMENSIONS = "2. Acht dimensies van dienstverlening", "2. Eight dimensions of service";
    SECTION_DIMENSIONS_INTRO = "Kijk door de ogen van de klant. Kies per dimensie een stap. Weet je het nog niet? Kies dan ‘Nog niet bekend’.",
        "Look through the customer's eyes. Pick a step for each dimension. Don't know yet? Choose ‘Not known yet’.";
    SECTION_VALUES = "3. Waarde of waarden", "3. Value or values";
    SECTION_VALUES_INTRO = "Wie heeft er baat bij, en past het bij wat klant en organisatie belangrijk vinden?",
        "Who benefits, and does it fit what the customer and the organisation care about?";
    SECTION_FLAGS = "4. Rode vlaggen", "4. Red flags";
    SECTION_FLAGS_INTRO = "Eén ‘ja’ maakt het idee alleen wenselijk onder voorwaarden. Twee of meer gaan over de schreef.",
        "One ‘yes’ makes the idea desirable only under conditions. Two or more cross the line.";
    UNKNOWN = "Nog niet bekend", "Not known yet";
    CLEAR_ANSWER = "Wis antwoord", "Clear answer";
    CLEAR_ANSWER_LABEL = "Wis antwoord bij {name}", "Clear answer for {name}";
    NOTE = "Toelichting", "Note";
    NOTE_HINT = "Waarom deze keuze? Wat weet je wel en niet?", "Why this choice? What do you know, and what not?";
    HELPERS = "Vragen om te bespreken", "Questions to discuss";
    ANCHOR_LOW = "Stap 1:", "Step 1:";
    ANCHOR_HIGH = "Stap 5:", "Step 5:";
    ORG_VALUES = "Waarden waar de organisatie voor staat", "Values the organisation says it stands for";
    ORG_VALUES_HINT = "Bijvoorbeeld: betrokken, eerlijk, duurzaam", "For example: caring, honest, sustainable";
    FLAG_YES = "Ja", "Yes";
    FLAG_NO = "Nee", "No";
    FLAG_UNSURE = "Weet niet", "Unsure";

    // Result
    RESULT_TITLE = "Uitkomst", "Result";
    RESULT_LIVE = "Werkt mee terwijl je invult.", "Updates while you fill in.";
    VERDICT_NONE = "Nog geen oordeel", "No verdict yet";
    VERDICT_NONE_HINT = "Beantwoord een vraag om de uitkomst te zien.", "Answer a question to see the result.";
    VERDICT_DESIRABLE = "Wenselijk", "Desirable";
    VERDICT_CONDITIONAL = "Wenselijk onder voorwaarden", "Desirable if conditions are met";
    VERDICT_CROSSES = "Gaat over de schreef", "Crosses the line";
    VERDICT_DESIRABLE_HINT = "Klanten zullen dit waarschijnlijk als welkome hulp zien.",
        "Customers will probably see this as welcome help.";
    VERDICT_CONDITIONAL_HINT = "Dit kan welkom zijn, als je de voorwaarden hieronder regelt.",
        "This can be welcome, if you take care of the conditions below.";
    VERDICT_CROSSES_HINT = "Zo voelt dit voor klanten eerder als bemoeienis dan als hulp.",
        "As it stands, customers are more likely to feel meddled with than helped.";
    WHY = "Waarom?", "Why?";
    CONDITIONS = "Voorwaarden", "Conditions";
    ALSO_NOTED = "Ook opgemerkt", "Also noted";
    STRENGTHS = "Wat goed is", "What works";
    NO_FINDINGS = "Geen zwakke plekken en geen open vragen.", "No weak spots and no open questions.";
    CONFIDENCE = "Zekerheid: {level}", "Confidence: {level}";
    CONFIDENCE_DETAIL = "{known} van {total} antwoorden zijn bekend.", "{known} of {total} answers are known.";
    CONFIDENCE_LOW = "laag", "low";
    CONFIDENCE_MEDIUM = "middel", "medium";
    CONFIDENCE_HIGH = "hoog", "high";
    AVERAGE = "Gemiddelde van de dimensies: {avg}", "Average of the dimensions: {avg}";
    WEAKEST = "Zwakste schakel: {dims} ({level})", "Weakest link: {dims} ({level})";
    RADAR_TITLE = "De acht dimensies", "The eight dimensions";
    RADAR_DESC = "Netdiagram met per dimensie de gekozen stap, van 1 in het midden tot 5 aan de rand. Onbekende dimensies staan in het midden met een open rondje.",
        "Radar chart with the chosen step for each dimension, from 1 in the centre to 5 at the edge. Unknown dimensions sit in the centre with an open circle.";
    SHOW_TABLE = "Toon als tabel", "Show as table";
    COL_DIMENSION = "Dimensie", "Dimension";
    COL_QUESTION = "Vraag", "Question";
    COL_STEP = "Stap", "Step";
    COL_ANSWER = "Antwoord", "Answer";
    NOT_ANSWERED = "Nog niet beantwoord", "Not answered yet";
    VALUE_MAP_TITLE = "Waarde of waarden", "Value or values";
    VALUE_MAP_DESC = "Grafiek met waarde voor de klant op de horizontale as en waarde voor de organisatie op de verticale as. Daaronder twee balken: past het bij de waarden van de klant en van de organisatie?",
        "Chart with value for the customer on the horizontal axis and value for the organisation on the vertical axis. Below it two bars: does it fit the customer's values and the organisation's values?";
    AXIS_CUSTOMER = "Waarde voor klant", "Value for customer";
    AXIS_ORG = "Waarde voor organisatie", "Value for organisation";
    QUADRANT_MUTUAL = "Beide hebben er baat bij", "Both benefit";
    QUADRANT_ORG = "Vooral de organisatie", "Mainly the organisation";
    QUADRANT_CUSTOMER = "Vooral de klant", "Mainly the customer";
    QUADRANT_LITTLE = "Weinig waarde", "Little value";
    QUADRANT_UNKNOWN = "Vul beide waardevragen in om de positie te zien.", "Answer both value questions to see the position.";
    FIT_CUSTOMER = "Past bij waarden klant", "Fits customer's values";
    FIT_ORG = "Past bij waarden organisatie", "Fits organisation's values";
    FLAGS_RAISED = "Rode vlaggen", "Red flags";
    FLAGS_NONE = "Geen rode vlag met ‘ja’.", "No red flag answered ‘yes’.";
    SUGGESTIONS = "Zo maak je het beter", "How to improve it";
    SUGGESTIONS_NONE = "Geen verbeterpunten: elke dimensie scoort goed en alles is bekend.",
        "Nothing to improve: every dimension scores well and everything is known.";
    URGENCY_MUST = "Moet beter", "Must fix";
    URGENCY_SHOULD = "Voorwaarde", "Condition";
    URGENCY_COULD = "Kan beter", "Could be better";
    FIND_OUT = "Zoek uit", "Find out";
    JUMP_TO_RESULT = "Naar de uitkomst", "Go to the result";
    JUMP_TO_ITEM = "Ga naar {name}", "Go to {name}";

    // Findings: how each rule reads for one subject.
    FINDING_DIM_CROSSES = "{name} gaat over de schreef (stap 1).", "{name} crosses the line (step 1).";
    FINDING_DIM_WEAK = "{name} is zwak (stap 2).", "{name} is weak (step 2).";
    FINDING_AVERAGE = "Nergens zwak, maar gemiddeld maar {avg}: nog niet overtuigend goed.",
        "No weak spots, but the average is only {avg}: not yet convincingly good.";
    FINDING_NO_CUSTOMER_VALUE = "Geen waarde voor de klant: dan is het geen dienstverlening.",
        "No value for the customer: then it is not service.";
    FINDING_LOW_CUSTOMER_VALUE = "Weinig waarde voor de klant.", "Little value for the customer.";
    FINDING_IMBALANCE = "De organisatie heeft er veel meer aan dan de klant.", "The organisation gains much more than the customer.";
    FINDING_DISGUISED = "Vooral waarde voor de organisatie, terwijl de klant er weinig aan heeft.",
        "Mainly value for the organisation, while the customer gains little.";
    FINDING_CUSTOMER_CLASH = "Botst met de waarden van de klant.", "Clashes with the customer's values.";
    FINDING_CUSTOMER_STRAINED = "Schuurt met de waarden van de klant.", "Strains against the customer's values.";
    FINDING_ORG_CLASH = "Botst met de waarden die de organisatie uitdraagt.", "Clashes with the values the organisation stands for.";
    FINDING_ORG_STRAINED = "Schuurt met de waarden die de organisatie uitdraagt.", "Strains against the values the organisation stands for.";
    FINDING_FLAG = "Rode vlag: {name}.", "Red flag: {name}.";
    FINDING_OPEN = "Nog open: {name}.", "Still open: {name}.";
    AVERAGE_SUBJECT = "Gemiddelde", "Average";
    GROUP_SUBJECT = "Klantgroep", "Customer group";
    FIELD_GROUP_NAME = "naam", "name";
    FIELD_GROUP_DESCRIPTION = "beschrijving", "description";
    FIELD_GROUP_SHARE = "aandeel van de klanten", "share of the customers";
    FINDING_GROUP_CROSSES = "Voor de groep ‘{name}’ gaat het idee over de grens.", "For the group ‘{name}’, the idea crosses the line.";
    ADVICE_GROUP = "Pas het idee aan voor ‘{name}’, of laat deze groep erbuiten.", "Adapt the idea for ‘{name}’, or leave this group out.";

    // Rules view
    RULES_TITLE = "Hoe komt het oordeel tot stand?", "How is the verdict computed?";
    RULES_INTRO = "Er zijn geen verborgen gewichten. Tenzij je organisatie het hieronder anders instelt, tellen alle acht dimensies even zwaar. Elke regel hieronder kan het oordeel alleen slechter maken. Het oordeel is de zwaarste uitkomst van alle regels die gelden. Geldt er geen enkele regel, dan is het idee wenselijk.",
        "There are no hidden weights. Unless your organisation sets it differently below, all eight dimensions count the same. Each rule below can only make the verdict worse. The verdict is the most severe outcome of all rules that apply. If no rule applies, the idea is desirable.";
    RULES_PRINCIPLES = "Uitgangspunten", "Principles";
    RULES_WEAKEST = "Zwakste schakel: één dimensie op stap 1 laat het idee over de schreef gaan, hoe goed de rest ook is.",
        "Weakest link: one dimension at step 1 makes the idea cross the line, however good the rest is.";
    RULES_UNKNOWN = "‘Nog niet bekend’ telt nooit stilletjes mee als score. Het blijft buiten het gemiddelde en de zwakste schakel. Het wordt een voorwaarde: zoek het uit. En het verlaagt de zekerheid.",
        "‘Not known yet’ never silently counts as a score. It stays out of the average and the weakest link. It becomes a condition: find out. And it lowers the confidence.";
    RULES_VALUES = "Waarde of waarden en de rode vlaggen kunnen het oordeel ook op eigen kracht veranderen.",
        "Value versus values and the red flags can also change the verdict on their own.";
    RULES_CONFIDENCE = "Zekerheid: het deel van de {total} antwoorden dat bekend is. Hoog vanaf {high}%, middel vanaf {medium}%, anders laag.",
        "Confidence: the share of the {total} answers that are known. High from {high}%, medium from {medium}%, otherwise low.";
    RULES_SUGGEST = "Verbeterpunten: bij elke dimensie op stap {step} of lager, elk zwak antwoord op waarde of waarden, elke rode vlag en elke open vraag.",
        "Suggestions: for every dimension at step {step} or lower, every weak value answer, every red flag and every open question.";
    RULES_GROUPS = "Klantgroepen: elke groep krijgt een oordeel met dezelfde regels. Daarvoor gelden de antwoorden van de gewone klant, behalve de antwoorden die voor de groep anders zijn. Het totaaloordeel is dat van de gewone klant. Gaat het idee voor een groep over de grens, en voor de gewone klant niet? Dan is het totaaloordeel hoogstens ‘wenselijk onder voorwaarden’, met als voorwaarde: pas het aan voor die groep, of laat de groep erbuiten. Een groep maakt het oordeel nooit beter.",
        "Customer groups: each group gets a verdict by the same rules. It uses the typical customer's answers, except those that differ for the group. The overall verdict is the typical customer's. Does the idea cross the line for a group, but not for the typical customer? Then the overall verdict is at most ‘desirable under conditions’, with the condition: adapt it for that group, or leave the group out. A group never makes the verdict better.";
    RULES_TABLE_CAPTION = "Alle regels", "All rules";
    COL_RULE = "Regel", "Rule";
    COL_WHEN = "Wanneer", "When";
    COL_EFFECT = "Gevolg", "Effect";
    RULES_AT_MOST = "Hooguit: {verdict}", "At best: {verdict}";

    // About view
    ABOUT_TITLE = "Over Wenselijk?", "About Wenselijk?";
    ABOUT_INTRO = "Wenselijk? helpt productteams, ronde tafels en ethici om een idee voor proactieve dienstverlening te toetsen voordat het gebouwd wordt. Het combineert twee denkkaders.",
        "Wenselijk? helps product teams, round tables and ethics officers test an idea for proactive service before it is built. It combines two frameworks.";
    ABOUT_DIMENSIONS_TITLE = "Acht dimensies van dienstverlening", "Eight dimensions of service";
    ABOUT_DIMENSIONS = "De acht dimensies komen uit onderzoek van de Hogeschool Utrecht naar publieke dienstverlening in de digitale transitie (onder anderen Jeroen van Grondelle, Dies Weijschedé en Marlies van Steenbergen). Elke dimensie heeft een vraag in de stem van de klant of burger. Vervolgonderzoek naar proactieve hulp van de overheid liet zien: privacy, vertrouwen en eigen regie bepalen of mensen hulp welkom vinden.",
        "The eight dimensions come from research by Hogeschool Utrecht (HU University of Applied Sciences Utrecht) on public service in the digital transition (among others Jeroen van Grondelle, Dies Weijschedé and Marlies van Steenbergen). Each dimension has a question in the voice of the customer or citizen. Follow-up research on proactive government help showed: privacy, trust and keeping control decide whether people welcome help.";
    ABOUT_VALUES_TITLE = "Waarde of waarden", "Value or values";
    ABOUT_VALUES = "De lens ‘waarde of waarden’ is gepresenteerd door Joris Krijger, ethicus op het gebied van AI bij een Nederlandse bank. Vier vragen: wat is de waarde voor de klant, wat is de waarde voor de organisatie, past het bij de waarden van de klant, en past het bij de waarden die de organisatie uitdraagt?",
        "The ‘value or values’ lens was presented by Joris Krijger, ethics and AI officer at a Dutch bank. Four questions: what is the value for the customer, what is the value for the organisation, does it fit the customer's values, and does it fit the values the organisation says it stands for?";
    ABOUT_ORIGIN_TITLE = "Herkomst", "Origin";
    ABOUT_ORIGIN = "Beide kaders kwamen samen tijdens een ronde tafel van het Platform voor Klantcontact Organisaties (PvKO) over de vraag: proactief datagedreven werken, betere service of ongevraagd dwingend? De voorbeelden in deze app zijn op die discussie en verwante blogs gebaseerd. De scoreregels zijn een keuze van Wenselijk? zelf, niet van de onderzoekers.",
        "Both frameworks came together at a round table of a Dutch platform for customer-contact organisations (PvKO) on the question: proactive data-driven work, better service or unasked-for pushiness? The examples in this app are based on that discussion and related blog posts. The scoring rules are Wenselijk?'s own choice, not the researchers'.";
    ABOUT_PRIVACY_TITLE = "Privacy", "Privacy";
    ABOUT_PRIVACY = "Wenselijk? draait helemaal in je browser. Er is geen account en geen server. Je antwoorden worden alleen in de opslag van deze browser bewaard. Er zijn geen cookies en geen statistieken.",
        "Wenselijk? runs entirely in your browser. There is no account and no server. Your answers are only kept in this browser's storage. There are no cookies and no analytics.";

    // Notices
    NOTICE_STORAGE_UNAVAILABLE = "Deze browser laat de app niets bewaren. Je kunt werken, maar na sluiten is je werk weg.",
        "This browser does not let the app keep anything. You can work, but your work is gone after closing.";
    NOTICE_STORAGE_UNREADABLE = "Je opgeslagen gegevens waren onleesbaar ({detail}). We zijn leeg begonnen.",
        "Your saved data could not be read ({detail}). We started empty.";
    NOTICE_BACKUP_KEPT = "De oude inhoud is bewaard onder de sleutel ‘{key}’ in de opslag van de browser.",
        "The old content was kept under the key ‘{key}’ in the browser's storage.";
    NOTICE_SAVE_FAILED = "Opslaan lukte niet (de opslag is vol of geblokkeerd). Je werk staat nog op het scherm.",
        "Saving failed (storage is full or blocked). Your work is still on screen.";
    NOTICE_SAVE_FAILED_REMEDY = "Zet je werk veilig in een bestand. Maak daarna ruimte, bijvoorbeeld door oude beoordelingen te verwijderen.",
        "Keep your work safe in a file. Then make room, for example by deleting old assessments.";
    NOTICE_STORAGE_PROBLEM_START = "Let op voordat je begint: deze browser kan niets bewaren ({detail}). Wat je invult, is weg als je de pagina sluit. Bewaar je werk als bestand.",
        "Before you start: this browser cannot keep anything ({detail}). What you fill in is gone when you close the page. Save your work as a file.";
    STORAGE_BLOCKED = "de opslag is geblokkeerd of staat uit", "storage is blocked or switched off";
    STORAGE_FULL = "de opslag is vol", "storage is full";
    NOTICE_OVERWRITTEN = "In een ander tabblad is tegelijk iets anders ingevuld bij ‘{title}’: {fields}. Jouw tekst is daardoor vervangen.",
        "At the same time, another tab filled in something else in ‘{title}’: {fields}. Your text was replaced.";
    RESTORE_MINE = "Zet mijn versie terug", "Restore my version";
    NOTICE_DELETED_ELSEWHERE = "‘{title}’ is in een ander tabblad verwijderd. Jouw versie staat nog hier.",
        "‘{title}’ was deleted in another tab. Your version is still here.";
    KEEP_MY_COPY = "Bewaar mijn kopie", "Keep my copy";
    NOTICE_COPY_KEPT = "Je kopie van ‘{title}’ staat weer bij je beoordelingen.", "Your copy of ‘{title}’ is back among your assessments.";
    NOTICE_NEWER_VERSION = "Een ander tabblad gebruikt een nieuwere versie van Wenselijk?. Herlaad deze pagina om verder te werken. Tot dan bewaart dit tabblad niets.",
        "Another tab uses a newer version of Wenselijk?. Reload this page to go on working. Until then, this tab keeps nothing.";
    RELOAD = "Pagina herladen", "Reload page";
    FIELD_SCORE = "antwoord", "answer";
    FIELD_NOTE = "toelichting", "note";
    FIELD_AGREED = "afspraak", "agreed answer";
    FIELD_ANSWERS_OF = "antwoorden van {name}", "answers of {name}";
    ABOUT_STORAGE_TITLE = "Opslag in deze browser", "Storage in this browser";
    ABOUT_STORAGE = "Je beoordelingen staan alleen in deze browser, op dit apparaat. Open je de app in meer tabbladen, dan werken die met dezelfde beoordelingen: wat je in het ene tabblad invult, zie je binnen een seconde in het andere.",
        "Your assessments are only kept in this browser, on this device. If you open the app in several tabs, they work on the same assessments: what you fill in one tab shows in the others within a second.";
    PERSIST_GRANTED = "Je browser heeft beloofd je gegevens te bewaren. Hij wist ze niet vanzelf als de schijf vol raakt.",
        "Your browser has promised to keep your data. It will not clear it by itself when the disk fills up.";
    PERSIST_DENIED = "Je browser heeft niet beloofd je gegevens te bewaren. Hij kan ze wissen als de schijf vol raakt of als je de app lang niet gebruikt. Bewaar belangrijk werk ook als bestand.",
        "Your browser has not promised to keep your data. It may clear it when the disk fills up or when you have not used the app for a long time. Also save important work as a file.";
    PERSIST_UNKNOWN = "Je browser heeft nog niet gezegd of hij je gegevens blijvend bewaart. Dat vragen we zodra je iets opslaat.",
        "Your browser has not yet said whether it keeps your data for good. We ask as soon as you save something.";
    PERSIST_UNSUPPORTED = "Deze browser zegt niet of hij je gegevens blijvend bewaart. Bewaar belangrijk werk ook als bestand.",
        "This browser does not say whether it keeps your data for good. Also save important work as a file.";
    NOTICE_REPLACED = "Je vorige beoordeling is vervangen.", "Your previous assessment was replaced.";
    UNDO = "Ongedaan maken", "Undo";
    CANCEL = "Annuleren", "Cancel";
    NOTICE_DELETED = "‘{title}’ is verwijderd.", "‘{title}’ was deleted.";
    NOTICE_GROUP_REMOVED = "De klantgroep ‘{name}’ is verwijderd.", "The customer group ‘{name}’ was removed.";
    NOTICE_IMPORTED = "Geïmporteerd: {added} toegevoegd, {replaced} vervangen.", "Imported: {added} added, {replaced} replaced.";
    NOTICE_READ_FAILED = "Dit kon niet gelezen worden: {detail}. Er is niets veranderd.", "This could not be read: {detail}. Nothing was changed.";
    NOTICE_LINK_COPIED = "De link staat op het klembord.", "The link is on the clipboard.";
    NOTICE_CODE_COPIED = "Je antwoordcode staat op het klembord. Stuur hem naar de gespreksleider.", "Your answer code is on the clipboard. Send it to the facilitator.";
    NOTICE_MARKDOWN_COPIED = "Het verslag staat op het klembord, in Markdown.", "The report is on the clipboard, in Markdown.";
    NOTICE_COPY_FAILED = "Kopiëren lukte niet. Selecteer de tekst in het vak en kopieer hem zelf.", "Copying failed. Select the text in the box and copy it yourself.";
    NOTICE_LINK_TOO_LONG = "Deze beoordeling is te groot voor een link. Deel haar als bestand.", "This assessment is too large for a link. Share it as a file.";
    NOTICE_SHARED_SAVED = "Een kopie staat nu bij je beoordelingen.", "A copy is now among your assessments.";
    IMPORT_CLASH_TITLE = "Deze beoordelingen bestaan al", "These assessments already exist";
    IMPORT_CLASH_TEXT = "{count} van de {total} beoordelingen in het bestand heb je al. Wat wil je doen?", "You already have {count} of the {total} assessments in the file. What do you want to do?";
    IMPORT_KEEP_BOTH = "Beide bewaren", "Keep both";
    IMPORT_REPLACE = "Vervangen", "Replace";
    DISMISS = "Sluiten", "Close";
    DECODE_TOO_LARGE = "te groot: {bytes} bytes, maximaal {limit}", "too large: {bytes} bytes, at most {limit}";
    DECODE_MALFORMED = "geen geldige inhoud: {detail}", "not valid content: {detail}";
    DECODE_NOT_OURS = "geen gegevens van Wenselijk?", "not Wenselijk? data";
    DECODE_FUTURE = "gemaakt met een nieuwere versie (formaat {version})", "made with a newer version (format {version})";
    DECODE_TOO_MANY = "te veel beoordelingen: {count}, maximaal {limit}", "too many assessments: {count}, at most {limit}";
    DECODE_TEXT_TOO_LONG = "tekst te lang in {field}: {chars} tekens, maximaal {limit}", "text too long in {field}: {chars} characters, at most {limit}";
    DECODE_BAD_LINK = "de link is beschadigd of onvolledig ({detail})", "the link is damaged or incomplete ({detail})";
    FILE_UNREADABLE = "het bestand kon niet gelezen worden", "the file could not be read";
    EMBED_BAD_OPTION = "De instelling {key}={value} is niet bruikbaar (mogelijk: {expected}). De app gebruikt de standaard.",
        "The setting {key}={value} cannot be used (possible: {expected}). The app uses the default.";
    EMBED_PROBLEMS = "Niet alles in de instellingen van deze pagina klopt:", "Not everything in this page's settings is right:";
    MOUNT_TWICE = "Wenselijk? staat al op deze pagina; deze plek blijft leeg.", "Wenselijk? is already on this page; this place stays empty.";
    FOOTER = "Wenselijk? · acht dimensies (Hogeschool Utrecht) · waarde of waarden", "Wenselijk? · eight dimensions (HU Utrecht) · value or values";
}

pub fn verdict_name(v: Option<Verdict>) -> Text {
    match v {
        None => VERDICT_NONE,
        Some(Verdict::Desirable) => VERDICT_DESIRABLE,
        Some(Verdict::Conditional) => VERDICT_CONDITIONAL,
        Some(Verdict::CrossesLine) => VERDICT_CROSSES,
    }
}

pub fn verdict_hint(v: Option<Verdict>) -> Text {
    match v {
        None => VERDICT_NONE_HINT,
        Some(Verdict::Desirable) => VERDICT_DESIRABLE_HINT,
        Some(Verdict::Conditional) => VERDICT_CONDITIONAL_HINT,
        Some(Verdict::CrossesLine) => VERDICT_CROSSES_HINT,
    }
}

pub fn confidence_name(c: Confidence) -> Text {
    match c {
        Confidence::Low => CONFIDENCE_LOW,
        Confidence::Medium => CONFIDENCE_MEDIUM,
        Confidence::High => CONFIDENCE_HIGH,
    }
}

pub fn flag_answer(a: FlagAnswer) -> Text {
    match a {
        FlagAnswer::Yes => FLAG_YES,
        FlagAnswer::No => FLAG_NO,
        FlagAnswer::Unsure => FLAG_UNSURE,
    }
}

/// A rule's name and when it applies, for the rules view.
pub fn rule_text(r: Rule) -> (Text, Text) {
    let t = |nl, en| Text { nl, en };
    match r {
        Rule::DimensionCrossesLine => (
            t("Zwakste schakel", "Weakest link"),
            t("Een dimensie staat op stap 1 (over de schreef).", "A dimension is at step 1 (crosses the line)."),
        ),
        Rule::DimensionWeak => (t("Zwakke dimensie", "Weak dimension"), t("Een dimensie staat op stap 2.", "A dimension is at step 2.")),
        Rule::AverageMediocre => (
            t("Middelmatig", "Mediocre"),
            t(
                "Alle bekende dimensies staan op 3 of hoger, maar het gemiddelde is lager dan 3,5.",
                "All known dimensions are at 3 or higher, but the average is below 3.5.",
            ),
        ),
        Rule::NoCustomerValue => (
            t("Geen klantwaarde", "No customer value"),
            t("De waarde voor de klant staat op stap 1.", "Value for the customer is at step 1."),
        ),
        Rule::LowCustomerValue => (
            t("Weinig klantwaarde", "Little customer value"),
            t("De waarde voor de klant staat op stap 2.", "Value for the customer is at step 2."),
        ),
        Rule::ValueImbalance => (
            t("Scheve verhouding", "Imbalance"),
            t(
                "De waarde voor de organisatie staat 2 of meer stappen hoger dan die voor de klant.",
                "Value for the organisation is 2 or more steps above value for the customer.",
            ),
        ),
        Rule::DisguisedSelfInterest => (
            t("Eigenbelang als zorg", "Self-interest as care"),
            t(
                "Rode vlag ‘vooral waarde voor de organisatie’ is ja, en de waarde voor de klant staat op 2 of lager.",
                "Red flag ‘mainly value for the organisation’ is yes, and value for the customer is at 2 or lower.",
            ),
        ),
        Rule::CustomerValuesClash => (
            t("Botst met waarden klant", "Clashes with customer's values"),
            t("Past bij de waarden van de klant: stap 1.", "Fits the customer's values: step 1."),
        ),
        Rule::CustomerValuesStrained => (
            t("Schuurt met waarden klant", "Strains customer's values"),
            t("Past bij de waarden van de klant: stap 2.", "Fits the customer's values: step 2."),
        ),
        Rule::OrgValuesClash => (
            t("Botst met eigen waarden", "Clashes with own values"),
            t("Past bij de waarden van de organisatie: stap 1.", "Fits the organisation's values: step 1."),
        ),
        Rule::OrgValuesStrained => (
            t("Schuurt met eigen waarden", "Strains own values"),
            t("Past bij de waarden van de organisatie: stap 2.", "Fits the organisation's values: step 2."),
        ),
        Rule::RedFlag => (t("Eén rode vlag", "One red flag"), t("Precies één rode vlag is ja.", "Exactly one red flag is yes.")),
        Rule::RedFlags => (
            t("Meerdere rode vlaggen", "Several red flags"),
            t("Twee of meer rode vlaggen zijn ja.", "Two or more red flags are yes."),
        ),
        Rule::GroupCrossesLine => (
            t("Klantgroep over de grens", "Customer group crosses the line"),
            t(
                "Voor een klantgroep gaat het idee over de grens, voor de gewone klant niet. Pas het aan voor die groep, of laat de groep erbuiten.",
                "For a customer group the idea crosses the line, for the typical customer it does not. Adapt it for that group, or leave the group out.",
            ),
        ),
        Rule::LensBroken => (super::lens::RULE_LENS, super::lens::RULE_LENS_WHEN),
        Rule::OpenQuestion => (
            t("Open vraag", "Open question"),
            t(
                "Een dimensie of waardevraag is nog niet bekend of niet beantwoord, of een rode vlag is ‘weet niet’ of niet beantwoord.",
                "A dimension or value question is not known yet or unanswered, or a red flag is ‘unsure’ or unanswered.",
            ),
        ),
    }
}

/// The notice after pasting many codes: "3 added, 2 skipped.", who was
/// added, and one line per skipped code with its participant and why.
pub fn pasted(report: &[Pasted], lang: Lang) -> (Vec<String>, Vec<String>) {
    let (added, skipped): (Vec<&Pasted>, Vec<&Pasted>) = report.iter().partition(|p| p.outcome == Outcome::Added);
    let mut head =
        vec![PASTE_SUMMARY.fill(lang, &[("added", &added.len().to_string()), ("skipped", &skipped.len().to_string())])];
    if !added.is_empty() {
        let names: Vec<&str> = added.iter().map(|p| p.label.as_str()).collect();
        head.push(PASTE_ADDED.fill(lang, &[("names", &names.join(", "))]));
    }
    let items = skipped.iter().map(|p| {
        let reason = match p.outcome {
            Outcome::Same | Outcome::Added => PASTE_SAME,
            Outcome::Changed => PASTE_CHANGED,
            Outcome::Damaged => RT_TAMPERED,
            Outcome::OtherSession => RT_WRONG_SESSION,
        };
        let name = if p.label.is_empty() { PASTE_NO_NAME.get(lang) } else { &p.label };
        format!("{name}: {}.", reason.get(lang))
    });
    (head, items.collect())
}

/// A decode error in words, in the app's language.
pub fn describe_decode(err: &DecodeError, lang: Lang) -> String {
    let n = |x: &usize| x.to_string();
    match err {
        DecodeError::TooLarge { bytes, limit } => {
            DECODE_TOO_LARGE.fill(lang, &[("bytes", &n(bytes)), ("limit", &n(limit))])
        }
        DecodeError::Malformed(detail) => DECODE_MALFORMED.fill(lang, &[("detail", detail)]),
        DecodeError::NotOurs => DECODE_NOT_OURS.get(lang).to_string(),
        DecodeError::FutureVersion(v) => DECODE_FUTURE.fill(lang, &[("version", &v.to_string())]),
        DecodeError::TooMany { count, limit } => {
            DECODE_TOO_MANY.fill(lang, &[("count", &n(count)), ("limit", &n(limit))])
        }
        DecodeError::TextTooLong { field, chars, limit } => {
            DECODE_TEXT_TOO_LONG.fill(lang, &[("field", field), ("chars", &n(chars)), ("limit", &n(limit))])
        }
        DecodeError::BadLink(detail) => DECODE_BAD_LINK.fill(lang, &[("detail", detail)]),
    }
}
