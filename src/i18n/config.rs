//! Texts about an organisation's settings file (`crate::config`): what the
//! interface shows when an organisation has set the app up, and the
//! descriptions of problems in the file. Placeholders in braces are filled
//! in by `crate::config` or the views; the tests check both languages use the
//! same ones. `{org}` is the organisation's name, or [`CONFIG_ORG_UNNAMED`]
//! when it gave none.

use crate::texts;

texts! {
    // Interface
    CONFIG_PROBLEMS = "De instellingen van je organisatie bevatten fouten. Waar iets fout is, gebruikt de app de standaard:",
        "Your organisation's settings contain errors. Where something is wrong, the app uses the default:";
    CONFIG_ORG_UNNAMED = "je organisatie", "your organisation";
    CONFIG_FROM = "Ingesteld door {org}", "Set up by {org}";
    CONFIG_LOGO_ALT = "Logo van {org}", "Logo of {org}";
    CONFIG_VALUES_HEADING = "De waarden van {org}", "{org}'s values";
    CONFIG_VALUES_HINT = "Welke van deze waarden raakt dit idee?", "Which of these values does this idea touch?";
    CONFIG_ORG_QUESTIONS = "Vragen van {org}", "Questions from {org}";
    CONFIG_WEIGHTS_NOTE = "Sommige dimensies tellen zwaarder of lichter mee in het gemiddelde. Zo heeft {org} het ingesteld. Een gewicht verandert alleen het gemiddelde, nooit de andere regels: één dimensie op 1 gaat nog steeds over de schreef.",
        "Some dimensions count more or less in the average, as set up by {org}. A weight changes only the average, never the other rules: one dimension at 1 still crosses the line.";
    CONFIG_WEIGHT_ITEM = "{dimension}: telt {weight} keer mee", "{dimension}: counts {weight} times";

    // Problems with the whole file
    PROBLEM_TOO_LARGE = "Het instellingenbestand is te groot: {size} kB. Het mag hoogstens {max} kB zijn.",
        "The settings file is too large: {size} kB. It may be at most {max} kB.";
    PROBLEM_MALFORMED = "Het instellingenbestand is geen geldige JSON. De fout zit in regel {line}, bij teken {column}.",
        "The settings file is not valid JSON. The error is on line {line}, at character {column}.";
    PROBLEM_MALFORMED_EOF = "Het instellingenbestand houdt te vroeg op (regel {line}, teken {column}). Mist er aan het eind een haakje of een aanhalingsteken?",
        "The settings file ends too early (line {line}, character {column}). Is a bracket or a quote missing at the end?";
    PROBLEM_NOT_OBJECT = "Het instellingenbestand moet één JSON-object zijn, tussen accolades. Nu is het {found}.",
        "The settings file must be one JSON object, between curly brackets. Now it is {found}.";
    FALLBACK_ALL = "De app gebruikt alle standaardinstellingen.", "The app uses all its default settings.";
    PROBLEM_FUTURE_VERSION = "‘version’ is {found}: het instellingenbestand is gemaakt voor een nieuwere versie van de app. Deze app kent versie {known}. Wat de app herkent, gebruikt ze.",
        "‘version’ is {found}: the settings file was made for a newer version of the app. This app knows version {known}. It uses what it recognises.";
    PROBLEM_BAD_VERSION = "‘version’ is {found}, maar moet het getal {known} zijn.",
        "‘version’ is {found}, but must be the number {known}.";
    PROBLEM_MORE = "En nog {count} fouten. Verbeter eerst deze, dan zie je de rest.",
        "And {count} more errors. Fix these first, then you will see the rest.";

    // Problems with one setting
    PROBLEM_UNKNOWN_KEY = "‘{path}’ is geen bekende instelling. De app slaat het over. Is het een tikfout?",
        "‘{path}’ is not a known setting. The app ignores it. Is it a typo?";
    PROBLEM_UNKNOWN_KEY_SUGGEST = "‘{path}’ is geen bekende instelling. De app slaat het over. Bedoel je ‘{suggestion}’?",
        "‘{path}’ is not a known setting. The app ignores it. Did you mean ‘{suggestion}’?";
    PROBLEM_WRONG_TYPE = "‘{path}’ moet {expected} zijn, maar is {found}.", "‘{path}’ must be {expected}, but is {found}.";
    PROBLEM_EMPTY = "‘{path}’ is leeg.", "‘{path}’ is empty.";
    PROBLEM_TOO_LONG = "‘{path}’ is te lang: {chars} tekens. Het mogen er hoogstens {max} zijn.",
        "‘{path}’ is too long: {chars} characters. At most {max} are allowed.";
    PROBLEM_TOO_MANY = "‘{path}’ heeft {found} onderdelen. De app gebruikt alleen de eerste {max}.",
        "‘{path}’ has {found} items. The app uses only the first {max}.";
    PROBLEM_MISSING_NL = "‘{path}’ heeft geen Nederlandse tekst (‘nl’). Geef beide talen, of één tekst voor allebei.",
        "‘{path}’ has no Dutch text (‘nl’). Give both languages, or one text for both.";
    PROBLEM_MISSING_EN = "‘{path}’ heeft geen Engelse tekst (‘en’). Geef beide talen, of één tekst voor allebei.",
        "‘{path}’ has no English text (‘en’). Give both languages, or one text for both.";
    PROBLEM_WEIGHT_RANGE = "Het gewicht ‘{path}’ is {value}. Een gewicht moet tussen {min} en {max} liggen.",
        "The weight ‘{path}’ is {value}. A weight must be between {min} and {max}.";
    PROBLEM_UNKNOWN_LANGUAGE = "‘{path}’ is ‘{found}’. De app kent alleen ‘nl’ (Nederlands) en ‘en’ (Engels).",
        "‘{path}’ is ‘{found}’. The app knows only ‘nl’ (Dutch) and ‘en’ (English).";
    PROBLEM_BAD_COLOUR = "‘{path}’ is ‘{found}’. Dat is geen kleur. Schrijf een # met 3 of 6 tekens (0-9, a-f), bijvoorbeeld #2f4bb8.",
        "‘{path}’ is ‘{found}’. That is not a colour. Write a # with 3 or 6 characters (0-9, a-f), for example #2f4bb8.";
    PROBLEM_LOW_CONTRAST = "‘{path}’ ({colour}) heeft te weinig contrast met {other}: {ratio} staat tot 1. Voor goed leesbare tekst is minstens {min} staat tot 1 nodig.",
        "‘{path}’ ({colour}) has too little contrast with {other}: {ratio} to 1. Readable text needs at least {min} to 1.";
    PROBLEM_MISSING = "‘{path}’ ontbreekt.", "‘{path}’ is missing.";
    PROBLEM_UNKNOWN_DIMENSION = "‘{path}’ is ‘{found}’. Dat is geen dimensie. Gebruik complexity, language, place, time, relevance, trust, empathy of autonomy.",
        "‘{path}’ is ‘{found}’. That is not a dimension. Use complexity, language, place, time, relevance, trust, empathy or autonomy.";
    PROBLEM_UNKNOWN_LENS = "‘{path}’ is ‘{found}’. Dat is geen lens. Gebruik golden_rules, b_map, moments, peaks_ends of emotions.",
        "‘{path}’ is ‘{found}’. That is not a lens. Use golden_rules, b_map, moments, peaks_ends or emotions.";
    PROBLEM_LENS_NOT_OFFERED = "‘{path}’ is ‘{found}’, maar die lens staat niet in ‘lenses.offered’.",
        "‘{path}’ is ‘{found}’, but that lens is not in ‘lenses.offered’.";
    PROBLEM_DID_YOU_MEAN = "Bedoel je ‘{suggestion}’?", "Did you mean ‘{suggestion}’?";
    PROBLEM_DUPLICATE_GROUP = "‘{path}’ heeft dezelfde naam als ‘{first}’.", "‘{path}’ has the same name as ‘{first}’.";
    PROBLEM_DUPLICATE_WORD = "‘{path}’ is hetzelfde woord als ‘{first}’.", "‘{path}’ is the same word as ‘{first}’.";
    PROBLEM_AVOIDED_AND_FINE = "‘{path}’ staat ook bij de goede woorden, in ‘{fine}’. Dan telt het als goed: de app markeert dit woord niet.",
        "‘{path}’ is also one of the fine words, in ‘{fine}’. Then it counts as fine: the app does not mark this word.";
    PROBLEM_BAD_LOGO = "‘{path}’ kan niet: {reason}. Een logo moet uit de map van de app komen, of een data:-afbeelding zijn.",
        "‘{path}’ is not allowed: {reason}. A logo must come from the app's own folder or be a data: image.";

    // What was expected and what was found ("must be {expected}, but is {found}")
    EXPECTED_TEXT = "een tekst tussen aanhalingstekens", "a text in quotes";
    EXPECTED_LOCAL_TEXT = "een tekst, of een object met ‘nl’ en ‘en’", "a text, or an object with ‘nl’ and ‘en’";
    EXPECTED_LIST = "een lijst tussen [ en ]", "a list between [ and ]";
    EXPECTED_OBJECT = "een object tussen accolades", "an object between curly brackets";
    EXPECTED_NUMBER = "een getal", "a number";
    EXPECTED_LANGUAGE = "‘nl’ of ‘en’", "‘nl’ or ‘en’";
    EXPECTED_COLOUR = "een kleur zoals \"#2f4bb8\"", "a colour like \"#2f4bb8\"";
    EXPECTED_TRUE_FALSE = "true of false (zonder aanhalingstekens)", "true or false (without quotes)";
    EXPECTED_WORD = "een tekst, of een object met ‘word’ (en als je wilt ‘instead’)",
        "a text, or an object with ‘word’ (and, if you like, ‘instead’)";
    KIND_NULL = "leeg (null)", "empty (null)";
    KIND_BOOL = "waar of onwaar (true of false)", "true or false";
    KIND_NUMBER = "een getal", "a number";
    KIND_TEXT = "een tekst", "a text";
    KIND_LIST = "een lijst", "a list";
    KIND_OBJECT = "een object", "an object";

    // The colour a low contrast was measured against ("too little contrast with {other}")
    CONTRAST_CARDS = "de witte vlakken ({colour})", "the white panels ({colour})";
    CONTRAST_ACCENT = "de accentkleur ‘theme.accent’ ({colour})", "the accent colour ‘theme.accent’ ({colour})";
    CONTRAST_ACCENT_INK = "de tekstkleur op knoppen ‘theme.accent_ink’ ({colour})",
        "the button text colour ‘theme.accent_ink’ ({colour})";
    CONTRAST_INK = "de tekstkleur ‘theme.ink’ ({colour})", "the text colour ‘theme.ink’ ({colour})";
    CONTRAST_BACKGROUND = "de achtergrond ‘theme.background’ ({colour})", "the background ‘theme.background’ ({colour})";

    // Why a logo is refused ("not allowed: {reason}")
    LOGO_SCHEME = "het begint met ‘{scheme}:’", "it starts with ‘{scheme}:’";
    LOGO_OTHER_SITE = "het begint met // en wijst dus naar een andere website", "it starts with // and so points to another website";
    LOGO_ABSOLUTE = "het begint met / en staat dus niet in de map van de app", "it starts with / and so is outside the app's folder";
    LOGO_PARENT = "het gaat met .. een map omhoog", "it goes up a folder with ..";
    LOGO_BACKSLASH = "het bevat een backslash", "it contains a backslash";
    LOGO_BAD_CHARACTER = "het bevat spaties, aanhalingstekens, haakjes of onzichtbare tekens",
        "it contains spaces, quotes, brackets or invisible characters";
    LOGO_NOT_IMAGE = "een data:-adres moet een afbeelding in base64 zijn (png, jpeg, webp of svg)",
        "a data: address must be an image in base64 (png, jpeg, webp or svg)";
    LOGO_TOO_LONG = "het is te lang ({chars} tekens, hoogstens {max})", "it is too long ({chars} characters, at most {max})";

    // What the app uses instead
    FALLBACK_DEFAULT = "De app gebruikt hier de standaard.", "The app uses the default here.";
    FALLBACK_LEFT_OUT = "De app laat dit weg.", "The app leaves this out.";
    FALLBACK_IGNORED = "De app slaat dit over.", "The app ignores this.";
    FALLBACK_WEIGHT_ONE = "Deze dimensie telt gewoon mee (gewicht 1).", "This dimension counts normally (weight 1).";
    FALLBACK_EQUAL_WEIGHTS = "Alle dimensies tellen even zwaar.", "All dimensions count the same.";
    FALLBACK_COLOUR = "De app gebruikt de standaardkleur {colour}.", "The app uses the default colour {colour}.";
    FALLBACK_GROUP_LEFT_OUT = "De app laat deze klantgroep weg.", "The app leaves this customer group out.";
    FALLBACK_SUGGESTIONS_SHOWN = "De app toont de voorgestelde klantgroepen.", "The app shows the suggested customer groups.";
    FALLBACK_WORD_LEFT_OUT = "De app laat dit woord weg.", "The app leaves this word out.";
    FALLBACK_NO_ALTERNATIVE = "De app houdt het woord, maar noemt geen ander woord.",
        "The app keeps the word, but suggests no other word.";
    FALLBACK_BROWSER_LANGUAGE = "De app kiest de taal van de browser.", "The app uses the browser's language.";
    /// Fetching the configuration file.
    FETCH_NOT_FOUND = "Het instellingenbestand ‘{path}’ is niet gevonden.", "The settings file ‘{path}’ was not found.";
    FETCH_REFUSED = "Het instellingenbestand ‘{path}’ moet in de map van de app staan.",
        "The settings file ‘{path}’ must be in the app's folder.";
    FETCH_FAILED = "Het instellingenbestand ‘{path}’ kon niet worden opgehaald.", "The settings file ‘{path}’ could not be fetched.";
    FETCH_STATUS = "Het instellingenbestand ‘{path}’ kon niet worden opgehaald: de server antwoordde {status}.",
        "The settings file ‘{path}’ could not be fetched: the server answered {status}.";
}
