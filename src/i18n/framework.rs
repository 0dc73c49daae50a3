//! The framework's content: the eight dimensions of service (Hogeschool
//! Utrecht), the value-versus-values lens (Joris Krijger) and the red flags,
//! with scale words, helper questions and advice. Data in one place; the
//! components only render it.

use super::Text;
use crate::domain::{DimensionId, RedFlag, ValueQuestion};

/// Content of one dimension.
pub struct DimensionText {
    /// The dimension's name (HU).
    pub name: Text,
    /// HU's guiding question, in the customer's voice.
    pub question: Text,
    /// One or two sentences: what this dimension asks of a proactive service.
    pub explain: Text,
    /// What step 1 (crosses the line) looks like for this dimension.
    pub low: Text,
    /// What step 5 (strong) looks like.
    pub high: Text,
    /// Questions that prompt discussion before scoring.
    pub helpers: &'static [Text],
    /// Concrete improvements when the dimension scores 3 or lower.
    pub advice: &'static [Text],
    /// How to find out when the answer is not known yet.
    pub find_out: Text,
}

/// Content of one value-versus-values question.
pub struct ValueText {
    pub name: Text,
    pub question: Text,
    pub explain: Text,
    /// A word for each step 1..=5.
    pub scale: [Text; 5],
    /// Improvements when the answer is weak.
    pub advice: &'static [Text],
    pub find_out: Text,
}

/// Content of one red flag.
pub struct FlagText {
    pub name: Text,
    /// The yes / no / unsure question.
    pub question: Text,
    pub explain: Text,
    pub advice: &'static [Text],
    pub find_out: Text,
}

/// Words for the five steps of the dimension scale, worst first.
pub const DIMENSION_SCALE: [Text; 5] = [
    Text { nl: "Over de schreef", en: "Crosses the line" },
    Text { nl: "Zwak", en: "Weak" },
    Text { nl: "Redelijk", en: "Fair" },
    Text { nl: "Goed", en: "Good" },
    Text { nl: "Sterk", en: "Strong" },
];

pub fn dimension(d: DimensionId) -> &'static DimensionText {
    &DIMENSIONS[d.index()]
}

pub fn value(q: ValueQuestion) -> &'static ValueText {
    &VALUES[q as usize]
}

pub fn flag(f: RedFlag) -> &'static FlagText {
    &FLAGS[f as usize]
}

/// In `DimensionId::ALL` order.
pub static DIMENSIONS: [DimensionText; 8] = [
    DimensionText {
        name: Text { nl: "Complexiteit", en: "Complexity" },
        question: Text { nl: "Hoe ingewikkeld is het?", en: "How complicated is it?" },
        explain: Text {
            nl: "Hoeveel moeite kost het de klant om het aanbod te snappen en erop te reageren?",
            en: "How much effort does it take the customer to grasp the offer and respond to it?",
        },
        low: Text {
            nl: "De klant moet veel uitzoeken, invullen of regelen. Hij haakt af of voelt zich dom.",
            en: "The customer has to work out, fill in or arrange a lot. They give up or feel stupid.",
        },
        high: Text {
            nl: "Eén duidelijke stap. De organisatie doet het werk, de klant hoeft weinig te doen.",
            en: "One clear step. The organisation does the work; the customer has little to do.",
        },
        helpers: &[
            Text {
                nl: "Hoeveel stappen moet de klant zetten na ons bericht?",
                en: "How many steps does the customer have to take after our message?",
            },
            Text {
                nl: "Kan de klant het aanbod in één zin navertellen?",
                en: "Could the customer retell the offer in one sentence?",
            },
            Text {
                nl: "Welke gegevens vullen wij al in, zodat de klant dat niet hoeft?",
                en: "Which details do we fill in already, so the customer does not have to?",
            },
        ],
        advice: &[
            Text {
                nl: "Breng het terug tot één duidelijke vervolgstap.",
                en: "Reduce it to one clear next step.",
            },
            Text {
                nl: "Vul vooraf in wat u al weet en laat de klant alleen controleren.",
                en: "Pre-fill what you already know and let the customer only check it.",
            },
            Text {
                nl: "Test het aanbod met vijf klanten: wat snappen ze niet?",
                en: "Test the offer with five customers: what do they not understand?",
            },
        ],
        find_out: Text {
            nl: "Laat een paar klanten het aanbod lezen en vraag wat ze nu zouden doen.",
            en: "Let a few customers read the offer and ask what they would do next.",
        },
    },
    // HELPER: the other seven dimensions, in DimensionId::ALL order.
    PLACEHOLDER_DIM, PLACEHOLDER_DIM, PLACEHOLDER_DIM, PLACEHOLDER_DIM, PLACEHOLDER_DIM, PLACEHOLDER_DIM, PLACEHOLDER_DIM,
];

const PLACEHOLDER: Text = Text { nl: "TODO", en: "TODO" };
const PLACEHOLDER_DIM: DimensionText = DimensionText {
    name: PLACEHOLDER,
    question: PLACEHOLDER,
    explain: PLACEHOLDER,
    low: PLACEHOLDER,
    high: PLACEHOLDER,
    helpers: &[PLACEHOLDER],
    advice: &[PLACEHOLDER],
    find_out: PLACEHOLDER,
};
const PLACEHOLDER_VALUE: ValueText = ValueText {
    name: PLACEHOLDER,
    question: PLACEHOLDER,
    explain: PLACEHOLDER,
    scale: [PLACEHOLDER; 5],
    advice: &[PLACEHOLDER],
    find_out: PLACEHOLDER,
};
const PLACEHOLDER_FLAG: FlagText =
    FlagText { name: PLACEHOLDER, question: PLACEHOLDER, explain: PLACEHOLDER, advice: &[PLACEHOLDER], find_out: PLACEHOLDER };

/// In `ValueQuestion::ALL` order.
pub static VALUES: [ValueText; 4] = [PLACEHOLDER_VALUE, PLACEHOLDER_VALUE, PLACEHOLDER_VALUE, PLACEHOLDER_VALUE];

/// In `RedFlag::ALL` order.
pub static FLAGS: [FlagText; 5] = [PLACEHOLDER_FLAG, PLACEHOLDER_FLAG, PLACEHOLDER_FLAG, PLACEHOLDER_FLAG, PLACEHOLDER_FLAG];
