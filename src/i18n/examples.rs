//! The seven built-in example cases, each a filled-in assessment in both
//! languages. They are illustrations of the tool's reasoning, not judgements
//! of real organisations.

use super::{Lang, Text};
use crate::domain::*;

/// The description of an example's idea, field by field.
pub struct IdeaDef {
    pub title: Text,
    pub action: Text,
    pub audience: Text,
    pub channel: Text,
    pub moment: Text,
    pub data: Text,
    pub message: Text,
}

/// A scored item of an example.
pub struct EntryDef {
    pub answer: Option<Answer>,
    pub note: Text,
}

/// A red flag of an example.
pub struct FlagDef {
    pub answer: Option<FlagAnswer>,
    pub note: Text,
}

pub struct ExampleDef {
    pub id: ExampleId,
    /// One or two sentences for the example picker: the case and its question.
    pub summary: Text,
    /// Where the case comes from, in a few words (e.g. "Round table, 2024").
    pub source: Text,
    pub idea: IdeaDef,
    /// In `DimensionId::ALL` order.
    pub dimensions: [EntryDef; 8],
    /// In `ValueQuestion::ALL` order.
    pub values: [EntryDef; 4],
    pub org_values: Text,
    /// In `RedFlag::ALL` order.
    pub flags: [FlagDef; 5],
}

impl ExampleDef {
    /// The example as an assessment in one language.
    pub fn build(&self, lang: Lang) -> Assessment {
        let i = &self.idea;
        let mut a = Assessment {
            idea: Idea {
                title: i.title.get(lang).into(),
                action: i.action.get(lang).into(),
                audience: i.audience.get(lang).into(),
                channel: i.channel.get(lang).into(),
                moment: i.moment.get(lang).into(),
                data: i.data.get(lang).into(),
                message: i.message.get(lang).into(),
            },
            org_values: self.org_values.get(lang).into(),
            example: Some(self.id),
            ..Assessment::default()
        };
        for (d, e) in DimensionId::ALL.iter().zip(&self.dimensions) {
            *a.dimension_mut(*d) = Entry { answer: e.answer, note: e.note.get(lang).into() };
        }
        for (q, e) in ValueQuestion::ALL.iter().zip(&self.values) {
            *a.value_mut(*q) = Entry { answer: e.answer, note: e.note.get(lang).into() };
        }
        for (f, e) in RedFlag::ALL.iter().zip(&self.flags) {
            *a.flag_mut(*f) = FlagEntry { answer: e.answer, note: e.note.get(lang).into() };
        }
        a.normalise();
        a
    }
}

pub fn example(id: ExampleId) -> &'static ExampleDef {
    &EXAMPLES[id as usize]
}

const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}
const fn e(n: u8, nl: &'static str, en: &'static str) -> EntryDef {
    EntryDef { answer: Some(Answer::lv(n)), note: t(nl, en) }
}
#[allow(dead_code)]
const fn unknown(nl: &'static str, en: &'static str) -> EntryDef {
    EntryDef { answer: Some(Answer::Unknown), note: t(nl, en) }
}
const fn flag(answer: FlagAnswer, nl: &'static str, en: &'static str) -> FlagDef {
    FlagDef { answer: Some(answer), note: t(nl, en) }
}
use FlagAnswer::{No, Unsure, Yes};

/// In `ExampleId::ALL` order.
pub static EXAMPLES: [ExampleDef; 7] = [
    ExampleDef {
        id: ExampleId::BankWrapped,
        summary: t(
            "Een bank stuurt klanten een jaaroverzicht van hun geldgedrag, met een label per persoon. Inzicht of te persoonlijk?",
            "A bank sends customers a year-in-review of their money habits, with a label for each person. Insight, or too personal?",
        ),
        source: t("Ronde tafel PvKO, 2024", "PvKO round table, 2024"),
        idea: IdeaDef {
            title: t("Jaaroverzicht 'Jouw geldjaar'", "Year-in-review 'Your money year'"),
            action: t("TODO", "TODO"),
            audience: t("TODO", "TODO"),
            channel: t("TODO", "TODO"),
            moment: t("TODO", "TODO"),
            data: t("TODO", "TODO"),
            message: t("", ""),
        },
        dimensions: [
            e(4, "TODO", "TODO"),
            e(4, "TODO", "TODO"),
            e(4, "TODO", "TODO"),
            e(3, "TODO", "TODO"),
            e(3, "TODO", "TODO"),
            e(3, "TODO", "TODO"),
            e(2, "TODO", "TODO"),
            e(2, "TODO", "TODO"),
        ],
        values: [e(3, "TODO", "TODO"), e(3, "TODO", "TODO"), e(2, "TODO", "TODO"), e(3, "TODO", "TODO")],
        org_values: t("TODO", "TODO"),
        flags: [
            flag(Unsure, "TODO", "TODO"),
            flag(Yes, "TODO", "TODO"),
            flag(No, "TODO", "TODO"),
            flag(No, "TODO", "TODO"),
            flag(No, "TODO", "TODO"),
        ],
    },
    // HELPER: replace each stub with a fully written example.
    stub(ExampleId::HealthAdvice),
    stub(ExampleId::ContactCentreOffer),
    stub(ExampleId::PostPurchase),
    stub(ExampleId::FeedbackOverload),
    stub(ExampleId::LowToPeak),
    stub(ExampleId::GovernmentHelp),
];

const fn stub(id: ExampleId) -> ExampleDef {
    const T: Text = Text { nl: "TODO", en: "TODO" };
    const E: EntryDef = EntryDef { answer: None, note: T };
    const F: FlagDef = FlagDef { answer: None, note: T };
    ExampleDef {
        id,
        summary: T,
        source: T,
        idea: IdeaDef { title: T, action: T, audience: T, channel: T, moment: T, data: T, message: T },
        dimensions: [E, E, E, E, E, E, E, E],
        values: [E, E, E, E],
        org_values: T,
        flags: [F, F, F, F, F],
    }
}
