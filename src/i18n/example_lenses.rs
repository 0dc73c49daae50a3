//! The lenses each example switches on: the ones that teach most about the
//! case (issue 14). Answers are data; only journey steps are words.

use super::{Lang, Text};
use crate::domain::lens::{Channel, ContactPlan, Journey, LensAnswer, LensId, Lenses, Step};
use crate::domain::{ExampleId, FlagAnswer, Level};

use LensAnswer::{No, NotApplicable as Na, Unsure, Yes};

const fn lv(n: u8) -> LensAnswer {
    match Level::new(n) {
        Some(l) => LensAnswer::Level(l),
        None => panic!("level outside 1..=5"),
    }
}

const L1: LensAnswer = lv(1);
const L2: LensAnswer = lv(2);
const L3: LensAnswer = lv(3);
const L4: LensAnswer = lv(4);
const L5: LensAnswer = lv(5);

type Answers = &'static [(LensId, &'static str, LensAnswer)];

struct Def {
    answers: Answers,
    /// Steps: name, counts for the customer.
    steps: &'static [(Text, bool)],
    at: Option<u8>,
    plan: ContactPlan,
}

const NO_PLAN: ContactPlan = ContactPlan { channel: None, day: None, hour: None, per_week: None, in_time: None };

fn def(id: ExampleId) -> Def {
    use LensId::*;
    match id {
        // A label per person: the customer finds out later what the bank makes of them.
        ExampleId::BankWrapped => Def {
            answers: &[
                (Emotions, "feeling", L3),
                (Emotions, "tone", Yes),
                (Emotions, "understood", L2),
                (Emotions, "upfront", No),
                (Emotions, "surprise", Yes),
                (Emotions, "human", Unsure),
            ],
            steps: &[],
            at: None,
            plan: NO_PLAN,
        },
        // Unasked health advice: low motivation at that moment.
        ExampleId::HealthAdvice => Def {
            answers: &[
                (BMap, "motivation", L2),
                (BMap, "ability", L3),
                (BMap, "act_now", No),
                (BMap, "right_moment", No),
            ],
            steps: &[],
            at: None,
            plan: NO_PLAN,
        },
        // The move matters to the customer; the insurance is the insurer's own step.
        ExampleId::ContactCentreOffer => Def {
            answers: &[(Moments, "worry", Yes), (Moments, "customer_view", Unsure), (Moments, "before_asked", No)],
            steps: &[
                (Text { nl: "Besluit te verhuizen", en: "Decides to move" }, true),
                (Text { nl: "Belt over de verhuizing", en: "Calls about the move" }, true),
                (Text { nl: "Adres gewijzigd in het systeem", en: "Address changed in the system" }, false),
                (Text { nl: "Inboedelverzekering aangepast", en: "Contents insurance adjusted" }, false),
            ],
            at: Some(3),
            plan: NO_PLAN,
        },
        // Doubt after the purchase: a moment that counts, and an easy call.
        ExampleId::PostPurchase => Def {
            answers: &[
                (BMap, "motivation", L4),
                (BMap, "ability", L5),
                (BMap, "act_now", Yes),
                (BMap, "right_moment", Yes),
                (Moments, "worry", Yes),
                (Moments, "customer_view", Yes),
                (Moments, "before_asked", Yes),
            ],
            steps: &[
                (Text { nl: "Sluit het abonnement af", en: "Signs up" }, false),
                (Text { nl: "Twijfelt over de keuze", en: "Doubts the choice" }, true),
                (Text { nl: "Installatie", en: "Installation" }, false),
                (Text { nl: "Eerste factuur komt", en: "First invoice arrives" }, true),
            ],
            at: Some(1),
            plan: NO_PLAN,
        },
        // Three requests in a week, two at 3 a.m., from a no-reply address.
        ExampleId::FeedbackOverload => Def {
            answers: &[
                (GoldenRules, "available", Unsure),
                (GoldenRules, "promises", Na),
                (GoldenRules, "bother", No),
                (GoldenRules, "formalities", Yes),
                (GoldenRules, "mistakes", Unsure),
                (GoldenRules, "involved", No),
                (BMap, "motivation", L1),
                (BMap, "ability", L4),
                (BMap, "act_now", Yes),
                (BMap, "right_moment", No),
            ],
            steps: &[],
            at: None,
            plan: ContactPlan {
                channel: Some(Channel::Email),
                day: None,
                hour: Some(3),
                per_week: Some(3),
                in_time: Some(FlagAnswer::Unsure),
            },
        },
        // A broken hair dryer far from home, a new one at once: a low turned into a peak.
        ExampleId::LowToPeak => Def {
            answers: &[
                (PeaksEnds, "before", L1),
                (PeaksEnds, "during", L5),
                (PeaksEnds, "end", Yes),
                (PeaksEnds, "beyond", Yes),
            ],
            steps: &[],
            at: None,
            plan: NO_PLAN,
        },
        // Residents want the money, but applying is a step of its own.
        ExampleId::GovernmentHelp => Def {
            answers: &[
                (BMap, "motivation", L4),
                (BMap, "ability", L3),
                (BMap, "act_now", No),
                (BMap, "right_moment", Yes),
            ],
            steps: &[],
            at: None,
            plan: NO_PLAN,
        },
    }
}

/// An example's lenses in one language: on, answered, with its plan and journey.
pub fn lenses_of(id: ExampleId, lang: Lang) -> Lenses {
    let d = def(id);
    let mut ls = Lenses {
        plan: d.plan,
        journey: Journey {
            steps: d
                .steps
                .iter()
                .map(|(name, matters)| Step { name: name.get(lang).into(), matters: *matters })
                .collect(),
            at: d.at,
        },
        ..Lenses::default()
    };
    for (l, key, answer) in d.answers {
        ls.switch(*l, true);
        ls.entry_mut(*l, key).answer = Some(*answer);
    }
    ls
}
