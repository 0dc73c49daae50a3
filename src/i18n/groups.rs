//! Suggested customer groups (issue 12): people for whom a proactive service
//! often lands differently than for the typical customer. Each has a name, a
//! short description, a one-line reason and the dimensions that usually
//! differ for it. Written for this product from the sources (the bank's year
//! overview that "not everyone liked", HU's interviews with citizens with
//! money worries, B1 language that about one in twenty adults cannot read
//! above, and life events as moments that matter).

use super::Text;
use crate::domain::DimensionId;

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
