//! Suggested customer groups (issue 12): people for whom a proactive service
//! often lands differently than for the typical customer. Each has a name, a
//! short description, a one-line reason and the dimensions that usually
//! differ for it. Written for this product from the sources (the bank's year
//! overview that "not everyone liked", HU's interviews with citizens with
//! money worries, B1 language that about one in twenty adults cannot read
//! above, and life events as moments that matter).

use super::{Lang, Text};
use crate::config::{OrgConfig, OrgGroup};
use crate::domain::roundtable::same_label;
use crate::domain::{Assessment, DimensionId, MAX_GROUPS};

/// A group the app suggests adding to an assessment.
pub struct SuggestedGroup {
    /// A stable key (for ids and the organisation's configuration).
    pub key: &'static str,
    pub name: Text,
    pub description: Text,
    /// Why it is worth a separate look, in one line.
    pub reason: Text,
    /// The dimensions that usually differ for this group, most telling first.
    pub usual: &'static [DimensionId],
}

use DimensionId::*;

pub static SUGGESTED: [SuggestedGroup; 6] = [
    SuggestedGroup {
        key: "money_worries",
        name: Text { nl: "Mensen met geldzorgen of schulden", en: "People with money worries or debts" },
        description: Text {
            nl: "Klanten met een betalingsachterstand, schulden of een krap budget.",
            en: "Customers in arrears, in debt or on a tight budget.",
        },
        reason: Text {
            nl: "Wat voor anderen een handige tip is, voelt voor hen al snel als controle of een verwijt.",
            en: "What is a handy tip for others easily feels like being watched or blamed to them.",
        },
        usual: &[Trust, Empathy, Autonomy, Relevance],
    },
    SuggestedGroup {
        key: "reading_difficulty",
        name: Text { nl: "Mensen die moeilijk lezen", en: "People who find reading hard" },
        description: Text {
            nl: "Ongeveer één op de twintig volwassenen leest niet boven taalniveau B1.",
            en: "About one in twenty adults cannot read above language level B1.",
        },
        reason: Text {
            nl: "Een bericht dat ze niet begrijpen, helpt niet en kan bang maken.",
            en: "A message they cannot understand does not help and can frighten them.",
        },
        usual: &[Language, Complexity, Trust],
    },
    SuggestedGroup {
        key: "rarely_online",
        name: Text { nl: "Ouderen die weinig online zijn", en: "Older people who are rarely online" },
        description: Text {
            nl: "Klanten die liever bellen of een brief krijgen dan een app of e-mail.",
            en: "Customers who would rather phone or get a letter than use an app or e-mail.",
        },
        reason: Text {
            nl: "Het kanaal en het moment die voor de meesten werken, missen hen of zetten hen onder druk.",
            en: "The channel and moment that work for most miss them or put them under pressure.",
        },
        usual: &[Place, Complexity, Time],
    },
    SuggestedGroup {
        key: "life_event",
        name: Text { nl: "Mensen in een moeilijke periode", en: "People going through a hard time" },
        description: Text {
            nl: "Ziekte, een overlijden, een scheiding of baanverlies.",
            en: "Illness, a bereavement, a divorce or losing a job.",
        },
        reason: Text {
            nl: "Het verkeerde bericht op het verkeerde moment doet pijn, ook als het goed bedoeld is.",
            en: "The wrong message at the wrong moment hurts, even when it is well meant.",
        },
        usual: &[Time, Empathy, Relevance],
    },
    SuggestedGroup {
        key: "app_first",
        name: Text { nl: "Jonge klanten die alles in de app doen", en: "Young customers who do everything in the app" },
        description: Text {
            nl: "Klanten die snel en digitaal geholpen willen worden.",
            en: "Customers who want to be helped quickly and digitally.",
        },
        reason: Text {
            nl: "Voor hen is een brief of telefoontje vaak te traag of te opdringerig.",
            en: "For them a letter or a phone call is often too slow or too pushy.",
        },
        usual: &[Place, Time, Autonomy],
    },
    SuggestedGroup {
        key: "distrust",
        name: Text { nl: "Klanten die de organisatie wantrouwen", en: "Customers who distrust the organisation" },
        description: Text {
            nl: "Bijvoorbeeld na een eerder conflict, een fout of een klacht die niet goed is opgelost.",
            en: "For example after an earlier conflict, a mistake or a complaint that was not resolved well.",
        },
        reason: Text {
            nl: "Zij lezen proactieve hulp eerder als een verborgen bedoeling.",
            en: "They are more likely to read proactive help as a hidden motive.",
        },
        usual: &[Trust, Empathy, Autonomy],
    },
];

/// The suggested group with this key.
pub fn suggested(key: &str) -> Option<&'static SuggestedGroup> {
    SUGGESTED.iter().find(|g| g.key == key)
}

/// A group that can be added to an assessment: one of the organisation's
/// own or a suggested one, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub name: String,
    pub description: String,
    /// Why it is worth a separate look (suggested groups; empty for the
    /// organisation's, whose description says it).
    pub reason: &'static str,
    pub usual: Vec<DimensionId>,
    pub from_org: bool,
}

/// True when `name` is the name of this suggested group in either language.
fn is_named(g: &SuggestedGroup, name: &str) -> bool {
    Lang::ALL.iter().any(|l| same_label(g.name.get(*l), name))
}

fn org_named(g: &OrgGroup, name: &str) -> bool {
    Lang::ALL.iter().any(|l| same_label(g.name.get(*l), name))
}

/// The groups that can still be added to `a`, in `lang`: the
/// organisation's own, then the suggested ones (unless the organisation
/// hides them). A group whose name (in either language) is already in the
/// assessment is left out; nothing at [`MAX_GROUPS`].
pub fn offers(a: &Assessment, org: &OrgConfig, lang: Lang) -> Vec<Offer> {
    if a.groups.len() >= MAX_GROUPS {
        return Vec::new();
    }
    let taken = |named: &dyn Fn(&str) -> bool| a.groups.iter().any(|g| named(&g.name));
    let own = org.groups.iter().filter(|g| !g.name.get(lang).trim().is_empty() && !taken(&|n| org_named(g, n)));
    let own = own.map(|g| Offer {
        name: g.name.get(lang).to_owned(),
        description: g.description.get(lang).to_owned(),
        reason: "",
        usual: g.usual.clone(),
        from_org: true,
    });
    let suggested = SUGGESTED.iter().filter(|g| !org.hide_suggested_groups && !taken(&|n| is_named(g, n)));
    let suggested = suggested.map(|g| Offer {
        name: g.name.get(lang).to_owned(),
        description: g.description.get(lang).to_owned(),
        reason: g.reason.get(lang),
        usual: g.usual.to_vec(),
        from_org: false,
    });
    own.chain(suggested).collect()
}

/// The dimensions that usually differ for a group called `name` (in either
/// language): the organisation's group of that name first, then the
/// suggested one; none for a group of the team's own.
pub fn usual_for<'a>(name: &str, org: &'a OrgConfig) -> &'a [DimensionId] {
    if let Some(g) = org.groups.iter().find(|g| org_named(g, name)) {
        return &g.usual;
    }
    SUGGESTED.iter().find(|g| is_named(g, name)).map_or(&[], |g| g.usual)
}

/// A name for a new blank group: "Group 3", the first number not in use.
pub fn blank_name(a: &Assessment, lang: Lang) -> String {
    (a.groups.len() + 1..)
        .map(|n| NEW_GROUP.fill(lang, &[("n", &n.to_string())]))
        .find(|name| !a.groups.iter().any(|g| same_label(&g.name, name)))
        .unwrap_or_default()
}

crate::texts! {
    SECTION = "5. Klantgroepen", "5. Customer groups";
    INTRO = "Voor wie werkt het idee, en voor wie niet? Geef per groep alleen aan wat anders is dan voor de gewone klant.",
        "For whom does the idea work, and for whom not? For each group, mark only what differs from the typical customer.";
    EMPTY = "Hetzelfde bericht kan voor de ene klant welkom zijn en voor de andere over de grens gaan. Voeg hieronder een groep toe en kijk wat voor die groep anders is.",
        "The same message can be welcome for one customer and cross the line for another. Add a group below and see what is different for it.";
    ADD = "Groep toevoegen", "Add a group";
    ADD_NAMED = "Groep toevoegen: {name}", "Add group: {name}";
    ADD_BLANK = "Eigen groep", "A group of your own";
    ADD_BLANK_HINT = "Een lege groep. Je geeft zelf de naam.", "An empty group. You give it a name.";
    USUAL = "Vaak anders: {dims}", "Often different: {dims}";
    LIMIT = "Je hebt {max} groepen. Meer kan niet. Verwijder eerst een groep om een andere toe te voegen.",
        "You have {max} groups, the most there can be. Remove a group first to add another.";
    NEW_GROUP = "Groep {n}", "Group {n}";
    NAME = "Naam van de groep", "Name of the group";
    DESCRIPTION = "Wie horen erbij?", "Who belongs to it?";
    SHARE = "Hoe groot is deze groep?", "How large is this group?";
    SHARE_UNKNOWN = "Weet ik niet", "Not known";
    SHARE_SMALL = "Kleine groep", "Small group";
    SHARE_LARGE = "Grote groep", "Large group";
    SHARE_PERCENT = "Deel in procenten", "Percentage";
    SHARE_PERCENT_LABEL = "Procent van de klanten (0 tot 100)", "Percent of the customers (0 to 100)";
    REMOVE = "Groep verwijderen", "Remove group";
    REMOVE_NAMED = "Groep verwijderen: {name}", "Remove group: {name}";
    DIFFER_NONE = "Nog niets anders", "Nothing differs yet";
    DIFFER_ONE = "1 antwoord anders", "1 answer differs";
    DIFFER_MANY = "{n} antwoorden anders", "{n} answers differ";
    ITEMS_INTRO = "Alles is zoals voor de gewone klant. Vink aan wat voor deze groep anders is.",
        "Everything is as for the typical customer. Tick what is different for this group.";
    FOLLOWS = "Zoals voor de gewone klant: {answer}", "As for the typical customer: {answer}";
    BASE_ANSWER = "Gewone klant: {answer}", "Typical customer: {answer}";
    DIFFERENT = "Anders voor deze groep", "Different for this group";
    WHY = "Waarom is het anders?", "Why is it different?";
    PART_DIMENSIONS = "Dimensies", "Dimensions";
    PART_VALUES = "Waarde of waarden", "Value or values";
    PART_FLAGS = "Rode vlaggen", "Red flags";
    OFTEN = "Vaak anders voor deze groep", "Often different for this group";
    RESULT_TITLE = "Per klantgroep", "By customer group";
    TABLE_CAPTION = "Oordeel voor de gewone klant en per groep", "Verdict for the typical customer and for each group";
    COL_GROUP = "Voor wie", "For whom";
    COL_VERDICT = "Oordeel", "Verdict";
    COL_WEAKEST = "Zwakste schakel", "Weakest link";
    COL_CONFIDENCE = "Zekerheid", "Confidence";
    COL_DIFFER = "Anders", "Differs";
    BASE_ROW = "Gewone klant", "Typical customer";
    CAPS = "Begrenst het totaal", "Caps the overall verdict";
    RULE = "Het totaaloordeel is dat van de gewone klant. Maar gaat het idee voor een groep over de grens, en voor de gewone klant niet? Dan is het totaal hooguit ‘wenselijk onder voorwaarden’. Dat geldt nu voor: {names}.",
        "The overall verdict is the typical customer's. But when the idea crosses the line for a group and not for the typical customer, the overall verdict is at most ‘desirable under conditions’. That is the case now for: {names}.";
    CHART_TITLE = "De acht dimensies per groep", "The eight dimensions per group";
    CHART_DESC = "Netdiagram met de gewone klant en elke groep over elkaar, elk met een eigen kleur, lijnstijl en vorm van de punten. De legenda en de tabel geven dezelfde gegevens.",
        "Radar chart with the typical customer and each group on top of each other, each with its own colour, line style and point shape. The legend and the table give the same data.";
    CHART_TABLE = "De acht dimensies voor de gewone klant en per groep", "The eight dimensions for the typical customer and for each group";
    DIFFERS_MARK = "anders", "differs";
    ADVICE_TITLE = "Advies per groep", "Advice per group";
    ADVICE_FOR = "Voor {name}:", "For {name}:";
}
