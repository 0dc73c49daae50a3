//! The assessment: what a user fills in. Plain data, serialisable, no rules.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::lens::Lenses;

/// The eight dimensions of service (Hogeschool Utrecht), in HU's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DimensionId {
    Complexity,
    Language,
    Place,
    Time,
    Relevance,
    Trust,
    Empathy,
    Autonomy,
}

impl DimensionId {
    pub const ALL: [DimensionId; 8] = [
        DimensionId::Complexity,
        DimensionId::Language,
        DimensionId::Place,
        DimensionId::Time,
        DimensionId::Relevance,
        DimensionId::Trust,
        DimensionId::Empathy,
        DimensionId::Autonomy,
    ];

    /// Position in HU's order, 0-based.
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable id for HTML ids and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            DimensionId::Complexity => "complexity",
            DimensionId::Language => "language",
            DimensionId::Place => "place",
            DimensionId::Time => "time",
            DimensionId::Relevance => "relevance",
            DimensionId::Trust => "trust",
            DimensionId::Empathy => "empathy",
            DimensionId::Autonomy => "autonomy",
        }
    }
}

/// The four questions of the value-versus-values lens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueQuestion {
    /// What is the value for the customer?
    CustomerValue,
    /// What is the value for the organisation?
    OrgValue,
    /// Does it fit the customer's values?
    CustomerValuesFit,
    /// Does it fit the organisation's stated values?
    OrgValuesFit,
}

impl ValueQuestion {
    pub const ALL: [ValueQuestion; 4] = [
        ValueQuestion::CustomerValue,
        ValueQuestion::OrgValue,
        ValueQuestion::CustomerValuesFit,
        ValueQuestion::OrgValuesFit,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ValueQuestion::CustomerValue => "customer_value",
            ValueQuestion::OrgValue => "org_value",
            ValueQuestion::CustomerValuesFit => "customer_values_fit",
            ValueQuestion::OrgValuesFit => "org_values_fit",
        }
    }
}

/// The red flags, each answered yes / no / unsure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedFlag {
    BigBrother,
    Paternalism,
    Pushiness,
    MainlyOrgValue,
    UnnecessaryContact,
}

impl RedFlag {
    pub const ALL: [RedFlag; 5] = [
        RedFlag::BigBrother,
        RedFlag::Paternalism,
        RedFlag::Pushiness,
        RedFlag::MainlyOrgValue,
        RedFlag::UnnecessaryContact,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RedFlag::BigBrother => "big_brother",
            RedFlag::Paternalism => "paternalism",
            RedFlag::Pushiness => "pushiness",
            RedFlag::MainlyOrgValue => "mainly_org_value",
            RedFlag::UnnecessaryContact => "unnecessary_contact",
        }
    }
}

/// A step on the five-step scale, 1 (worst) to 5 (best).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    /// A level from a number, `None` outside 1..=5.
    pub const fn new(n: u8) -> Option<Level> {
        if n >= Self::MIN && n <= Self::MAX {
            Some(Level(n))
        } else {
            None
        }
    }

    pub const fn get(self) -> u8 {
        self.0
    }

    /// Every level, worst first.
    pub fn all() -> impl Iterator<Item = Level> {
        (Self::MIN..=Self::MAX).map(Level)
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Level::new(n).ok_or_else(|| format!("score {n} is outside 1 to 5"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

/// An answer on a scale: a level, or "not known yet" chosen explicitly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Unknown,
    Level(Level),
}

impl Answer {
    /// `Answer::Level` from a number; for data tables. Panics at compile
    /// time when used in a `const` with a number outside 1..=5.
    pub const fn lv(n: u8) -> Answer {
        match Level::new(n) {
            Some(l) => Answer::Level(l),
            None => panic!("level outside 1..=5"),
        }
    }

    pub fn level(self) -> Option<Level> {
        match self {
            Answer::Level(l) => Some(l),
            Answer::Unknown => None,
        }
    }
}

/// A red flag's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagAnswer {
    Yes,
    No,
    Unsure,
}

impl FlagAnswer {
    pub const ALL: [FlagAnswer; 3] = [FlagAnswer::Yes, FlagAnswer::No, FlagAnswer::Unsure];

    pub fn key(self) -> &'static str {
        match self {
            FlagAnswer::Yes => "yes",
            FlagAnswer::No => "no",
            FlagAnswer::Unsure => "unsure",
        }
    }
}

/// One scored item: the answer (none until the user picks one) and a note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One red flag's answer and note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FlagEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<FlagAnswer>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

static EMPTY_ENTRY: Entry = Entry { answer: None, note: String::new() };
static EMPTY_FLAG: FlagEntry = FlagEntry { answer: None, note: String::new() };

/// The fields that describe the idea.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdeaField {
    Title,
    Action,
    Audience,
    Channel,
    Moment,
    Data,
    Message,
}

impl IdeaField {
    pub const ALL: [IdeaField; 7] = [
        IdeaField::Title,
        IdeaField::Action,
        IdeaField::Audience,
        IdeaField::Channel,
        IdeaField::Moment,
        IdeaField::Data,
        IdeaField::Message,
    ];

    pub fn key(self) -> &'static str {
        match self {
            IdeaField::Title => "title",
            IdeaField::Action => "action",
            IdeaField::Audience => "audience",
            IdeaField::Channel => "channel",
            IdeaField::Moment => "moment",
            IdeaField::Data => "data",
            IdeaField::Message => "message",
        }
    }
}

/// The language of the customer's text, chosen apart from the interface
/// language (a Dutch team may write an English letter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextLang {
    Nl,
    En,
}

/// The most earlier versions of the customer's text an assessment keeps;
/// when full, the first stays and the oldest after it goes.
pub const MAX_MESSAGE_VERSIONS: usize = 6;

/// One earlier version of the customer's text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MessageVersion {
    pub text: String,
    /// When it was kept, in milliseconds since the Unix epoch (0: unknown).
    pub at: u64,
}

/// The message check's part of an assessment: the text's language when
/// the team chose it, and the earlier versions kept for before and after.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MessageCheck {
    /// `None`: guessed from the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<TextLang>,
    /// Oldest first; the current text is `Idea::message`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<MessageVersion>,
}

impl MessageCheck {
    pub fn is_empty(&self) -> bool {
        self.lang.is_none() && self.versions.is_empty()
    }
}

/// The proactive-service idea being assessed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Idea {
    /// A short name for the idea.
    pub title: String,
    /// What the organisation will do proactively.
    pub action: String,
    /// For whom.
    pub audience: String,
    /// Through which channel.
    pub channel: String,
    /// At which moment, or on which trigger.
    pub moment: String,
    /// Which data it uses.
    pub data: String,
    /// Optional: the text the customer will receive.
    pub message: String,
}

impl Idea {
    pub fn get(&self, f: IdeaField) -> &str {
        match f {
            IdeaField::Title => &self.title,
            IdeaField::Action => &self.action,
            IdeaField::Audience => &self.audience,
            IdeaField::Channel => &self.channel,
            IdeaField::Moment => &self.moment,
            IdeaField::Data => &self.data,
            IdeaField::Message => &self.message,
        }
    }

    pub fn get_mut(&mut self, f: IdeaField) -> &mut String {
        match f {
            IdeaField::Title => &mut self.title,
            IdeaField::Action => &mut self.action,
            IdeaField::Audience => &mut self.audience,
            IdeaField::Channel => &mut self.channel,
            IdeaField::Moment => &mut self.moment,
            IdeaField::Data => &mut self.data,
            IdeaField::Message => &mut self.message,
        }
    }
}

/// Identifies a built-in example case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleId {
    BankWrapped,
    HealthAdvice,
    ContactCentreOffer,
    PostPurchase,
    FeedbackOverload,
    LowToPeak,
    GovernmentHelp,
}

impl ExampleId {
    pub const ALL: [ExampleId; 7] = [
        ExampleId::BankWrapped,
        ExampleId::HealthAdvice,
        ExampleId::ContactCentreOffer,
        ExampleId::PostPurchase,
        ExampleId::FeedbackOverload,
        ExampleId::LowToPeak,
        ExampleId::GovernmentHelp,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ExampleId::BankWrapped => "bank_wrapped",
            ExampleId::HealthAdvice => "health_advice",
            ExampleId::ContactCentreOffer => "contact_centre_offer",
            ExampleId::PostPurchase => "post_purchase",
            ExampleId::FeedbackOverload => "feedback_overload",
            ExampleId::LowToPeak => "low_to_peak",
            ExampleId::GovernmentHelp => "government_help",
        }
    }
}

/// A whole assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    pub idea: Idea,
    pub dimensions: BTreeMap<DimensionId, Entry>,
    pub values: BTreeMap<ValueQuestion, Entry>,
    /// The values the organisation says it stands for, in its own words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub org_values: String,
    pub flags: BTreeMap<RedFlag, FlagEntry>,
    /// Set when the assessment started from a built-in example.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<ExampleId>,
    /// Customer groups for whom the idea may land differently (at most
    /// [`MAX_GROUPS`]); each holds only its answers that differ from the
    /// answers above, which are those for the typical customer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// The message check: the text's language and its earlier versions.
    #[serde(skip_serializing_if = "MessageCheck::is_empty")]
    pub message_check: MessageCheck,
    /// The lenses switched on and their answers (issue 14).
    #[serde(skip_serializing_if = "Lenses::is_empty")]
    pub lenses: Lenses,
}

impl Assessment {
    pub fn dimension(&self, d: DimensionId) -> &Entry {
        self.dimensions.get(&d).unwrap_or(&EMPTY_ENTRY)
    }

    pub fn dimension_mut(&mut self, d: DimensionId) -> &mut Entry {
        self.dimensions.entry(d).or_default()
    }

    pub fn value(&self, q: ValueQuestion) -> &Entry {
        self.values.get(&q).unwrap_or(&EMPTY_ENTRY)
    }

    pub fn value_mut(&mut self, q: ValueQuestion) -> &mut Entry {
        self.values.entry(q).or_default()
    }

    pub fn flag(&self, f: RedFlag) -> &FlagEntry {
        self.flags.get(&f).unwrap_or(&EMPTY_FLAG)
    }

    pub fn flag_mut(&mut self, f: RedFlag) -> &mut FlagEntry {
        self.flags.entry(f).or_default()
    }

    /// The level of a dimension, if it has one.
    pub fn dimension_level(&self, d: DimensionId) -> Option<Level> {
        self.dimension(d).answer.and_then(Answer::level)
    }

    pub fn value_level(&self, q: ValueQuestion) -> Option<Level> {
        self.value(q).answer.and_then(Answer::level)
    }

    /// True when the user has entered nothing at all.
    pub fn is_blank(&self) -> bool {
        let idea_blank = IdeaField::ALL.iter().all(|f| self.idea.get(*f).trim().is_empty());
        let entries_blank = self
            .dimensions
            .values()
            .chain(self.values.values())
            .all(|e| e.answer.is_none() && e.note.trim().is_empty());
        let flags_blank = self.flags.values().all(|e| e.answer.is_none() && e.note.trim().is_empty());
        idea_blank
            && entries_blank
            && flags_blank
            && self.org_values.trim().is_empty()
            && self.groups.is_empty()
            && self.lenses.has_no_content()
    }

    /// Removes entries that carry nothing, so equal content compares equal
    /// and serialises the same way however it was edited.
    pub fn normalise(&mut self) {
        self.dimensions.retain(|_, e| *e != Entry::default());
        self.values.retain(|_, e| *e != Entry::default());
        self.flags.retain(|_, e| *e != FlagEntry::default());
        for g in &mut self.groups {
            g.overrides.normalise();
        }
        self.lenses.normalise();
    }

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn group_mut(&mut self, id: &str) -> Option<&mut Group> {
        self.groups.iter_mut().find(|g| g.id == id)
    }
}

/// Most customer groups in one assessment.
pub const MAX_GROUPS: usize = 8;

/// How many of the customers a group is, as far as the team knows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Share {
    #[default]
    Unknown,
    Small,
    Large,
    /// A percentage of the customers, 0 to 100.
    Percent(u8),
}

/// The answers of a group that differ from the base. An entry counts as a
/// difference only when it has an answer; its note says why it differs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Overrides {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub dimensions: BTreeMap<DimensionId, Entry>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<ValueQuestion, Entry>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub flags: BTreeMap<RedFlag, FlagEntry>,
}

impl Overrides {
    /// Drops entries without an answer: they differ in nothing.
    pub fn normalise(&mut self) {
        self.dimensions.retain(|_, e| e.answer.is_some());
        self.values.retain(|_, e| e.answer.is_some());
        self.flags.retain(|_, e| e.answer.is_some());
    }

    /// How many answers differ from the base.
    pub fn len(&self) -> usize {
        self.dimensions.len() + self.values.len() + self.flags.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A customer group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Group {
    /// Unique within the assessment.
    pub id: String,
    pub name: String,
    pub description: String,
    pub share: Share,
    pub overrides: Overrides,
}

impl Group {
    /// The assessment as it stands for this group: the base, with the
    /// group's differing answers (and their notes) in place of the base's.
    pub fn effective(&self, base: &Assessment) -> Assessment {
        let mut a = Assessment {
            idea: base.idea.clone(),
            dimensions: base.dimensions.clone(),
            values: base.values.clone(),
            org_values: base.org_values.clone(),
            flags: base.flags.clone(),
            example: base.example,
            groups: Vec::new(),
            message_check: MessageCheck::default(),
            // A lens looks at the idea as a whole: the same for every group.
            lenses: base.lenses.clone(),
        };
        for (d, e) in &self.overrides.dimensions {
            if e.answer.is_some() {
                *a.dimension_mut(*d) = e.clone();
            }
        }
        for (q, e) in &self.overrides.values {
            if e.answer.is_some() {
                *a.value_mut(*q) = e.clone();
            }
        }
        for (f, e) in &self.overrides.flags {
            if e.answer.is_some() {
                *a.flag_mut(*f) = e.clone();
            }
        }
        a.normalise();
        a
    }

    /// True when this group's answer to the dimension follows the base.
    pub fn follows_base(&self, d: DimensionId) -> bool {
        self.overrides.dimensions.get(&d).is_none_or(|e| e.answer.is_none())
    }
}
