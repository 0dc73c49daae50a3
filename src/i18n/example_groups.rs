//! The customer groups of the built-in examples (issue 12): in three of
//! them a group gets another verdict than the typical customer, so a new
//! user sees at once why groups matter. Each group names only the answers
//! that differ, with the reason.

use super::{Lang, Text};
use crate::domain::*;
use DimensionId::*;

/// One answer of a group that differs from the typical customer's.
pub enum DiffDef {
    Dim(DimensionId, u8, Text),
    Value(ValueQuestion, u8, Text),
    Flag(RedFlag, FlagAnswer, Text),
}

pub struct GroupDef {
    pub name: Text,
    pub description: Text,
    pub share: Share,
    pub differs: &'static [DiffDef],
}

impl GroupDef {
    /// The group in one language, with the id `g<n>` (1-based position).
    pub fn build(&self, n: usize, lang: Lang) -> Group {
        let mut g = Group {
            id: format!("g{n}"),
            name: self.name.get(lang).into(),
            description: self.description.get(lang).into(),
            share: self.share,
            ..Group::default()
        };
        for d in self.differs {
            match d {
                DiffDef::Dim(id, n, note) => {
                    g.overrides
                        .dimensions
                        .insert(*id, Entry { answer: Some(Answer::lv(*n)), note: note.get(lang).into() });
                }
                DiffDef::Value(q, n, note) => {
                    g.overrides.values.insert(*q, Entry { answer: Some(Answer::lv(*n)), note: note.get(lang).into() });
                }
                DiffDef::Flag(f, a, note) => {
                    g.overrides.flags.insert(*f, FlagEntry { answer: Some(*a), note: note.get(lang).into() });
                }
            }
        }
        g
    }
}

const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}

/// The groups of an example, in order (none for most examples).
pub fn groups_of(id: ExampleId) -> &'static [GroupDef] {
    match id {
        ExampleId::BankWrapped => &BANK,
        ExampleId::HealthAdvice => &HEALTH,
        ExampleId::GovernmentHelp => &GOVERNMENT,
        _ => &[],
    }
}

static BANK: [GroupDef; 2] = [
    GroupDef {
        name: t("Klanten met schulden", "Customers in debt"),
        description: t(
            "Klanten met een betalingsachterstand of een schuldregeling.",
            "Customers in arrears or in a debt arrangement.",
        ),
        share: Share::Percent(8),
        differs: &[
            DiffDef::Dim(
                Empathy,
                1,
                t(
                    "Een vrolijk label als 'De Genieter' voelt als spot of een verwijt als je achterloopt met betalen.",
                    "A cheerful label like 'The Enjoyer' feels like mockery or blame when you are behind on payments.",
                ),
            ),
            DiffDef::Dim(
                Trust,
                2,
                t(
                    "Ze vragen zich af wat de bank nog meer met hun uitgaven doet.",
                    "They wonder what else the bank does with their spending.",
                ),
            ),
            DiffDef::Value(
                ValueQuestion::CustomerValuesFit,
                1,
                t(
                    "Hun geldzorgen zijn privé. Een overzicht om te delen botst daarmee.",
                    "Their money worries are private. An overview made for sharing clashes with that.",
                ),
            ),
        ],
    },
    GroupDef {
        name: t("Jonge klanten die alles in de app doen", "Young customers who do everything in the app"),
        description: t(
            "Klanten die het overzicht graag zien en delen.",
            "Customers who like to see and share the overview.",
        ),
        share: Share::Large,
        differs: &[
            DiffDef::Dim(
                Empathy,
                4,
                t(
                    "Voor hen past de speelse toon bij hoe ze de app gebruiken.",
                    "For them the playful tone fits how they use the app.",
                ),
            ),
            DiffDef::Value(
                ValueQuestion::CustomerValuesFit,
                4,
                t("Ze delen zulke overzichten graag met vrienden.", "They like to share such overviews with friends."),
            ),
        ],
    },
];

static HEALTH: [GroupDef; 2] = [
    GroupDef {
        name: t("Chronisch zieke verzekerden", "Chronically ill policyholders"),
        description: t(
            "Verzekerden die door een blijvende aandoening vaak naar de fysiotherapeut gaan.",
            "Policyholders who see the physiotherapist often because of a lasting condition.",
        ),
        share: Share::Small,
        differs: &[
            DiffDef::Dim(
                Empathy,
                1,
                t(
                    "Tips voor een sterke rug lezen als een verwijt: alsof hun ziekte hun eigen schuld is.",
                    "Tips for a strong back read as blame: as if their illness were their own fault.",
                ),
            ),
            DiffDef::Dim(
                Relevance,
                1,
                t(
                    "Een algemeen rugprogramma past niet bij hun behandeling.",
                    "A general back programme does not fit their treatment.",
                ),
            ),
        ],
    },
    GroupDef {
        name: t("Verzekerden die om coaching vroegen", "Policyholders who asked for coaching"),
        description: t(
            "Verzekerden die in de app hebben aangegeven dat ze tips over hun gezondheid willen.",
            "Policyholders who said in the app that they want tips about their health.",
        ),
        share: Share::Small,
        differs: &[
            DiffDef::Dim(
                Trust,
                4,
                t(
                    "Ze weten waarom de verzekeraar hen mailt: ze vroegen erom.",
                    "They know why the insurer e-mails them: they asked.",
                ),
            ),
            DiffDef::Dim(
                Empathy,
                3,
                t("Het advies sluit aan bij wat ze zelf willen.", "The advice matches what they want themselves."),
            ),
            DiffDef::Dim(
                Autonomy,
                4,
                t("Ze kozen er zelf voor en kunnen stoppen.", "They chose it themselves and can stop."),
            ),
            DiffDef::Value(
                ValueQuestion::CustomerValuesFit,
                4,
                t("Gezond blijven is hun eigen doel.", "Staying healthy is their own goal."),
            ),
            DiffDef::Flag(
                RedFlag::BigBrother,
                FlagAnswer::No,
                t(
                    "Ze gaven zelf toestemming om hun gegevens te gebruiken.",
                    "They gave their own consent to use their data.",
                ),
            ),
            DiffDef::Flag(
                RedFlag::Paternalism,
                FlagAnswer::No,
                t("Het is advies waar ze om vroegen.", "It is advice they asked for."),
            ),
            DiffDef::Flag(
                RedFlag::MainlyOrgValue,
                FlagAnswer::No,
                t("Zij hebben er zelf het meeste aan.", "They gain the most from it themselves."),
            ),
        ],
    },
];

static GOVERNMENT: [GroupDef; 2] = [
    GroupDef {
        name: t(
            "Inwoners met geldzorgen die de overheid wantrouwen",
            "Residents with money worries who distrust the government",
        ),
        description: t(
            "Inwoners die eerder geld moesten terugbetalen, of bang zijn dat dat gebeurt.",
            "Residents who had to pay money back before, or fear that it will happen.",
        ),
        share: Share::Unknown,
        differs: &[
            DiffDef::Dim(
                Trust,
                1,
                t(
                    "Een brief van de gemeente over geld maakt hen bang voor een terugvordering. Ze vragen niets aan.",
                    "A letter from the municipality about money makes them afraid of a claim to pay back. They do not apply.",
                ),
            ),
            DiffDef::Dim(
                Empathy,
                3,
                t(
                    "De brief is vriendelijk, maar neemt hun angst niet weg.",
                    "The letter is friendly, but does not take away their fear.",
                ),
            ),
            DiffDef::Flag(
                RedFlag::BigBrother,
                FlagAnswer::Unsure,
                t(
                    "'Hoe weten ze dat?' Dat de gemeente hun gegevens koppelt, voelt als controle.",
                    "'How do they know?' The municipality linking their data feels like being watched.",
                ),
            ),
        ],
    },
    GroupDef {
        name: t("Inwoners die moeilijk lezen", "Residents who find reading hard"),
        description: t(
            "Ongeveer één op de twintig volwassenen leest niet boven taalniveau B1.",
            "About one in twenty adults cannot read above language level B1.",
        ),
        share: Share::Percent(5),
        differs: &[
            DiffDef::Dim(
                Language,
                2,
                t(
                    "Woorden als 'kwijtschelding' en 'toeslag' zijn voor hen moeilijk.",
                    "Words like 'waiver' and 'allowance' are hard for them.",
                ),
            ),
            DiffDef::Dim(
                Complexity,
                3,
                t("Online aanvragen is voor hen een drempel.", "Applying online is a hurdle for them."),
            ),
        ],
    },
];
