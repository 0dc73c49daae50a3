//! Turns a scoring [`Outcome`] into sentences in one language: the reasons
//! for the verdict and the improvement suggestions. Pure, so the live view
//! and (later) reports say exactly the same.

use crate::domain::scoring::{Finding, Outcome, Rule, Subject, Suggestion, Verdict};
use crate::domain::Level;
use crate::i18n::framework::{self, DIMENSION_SCALE};
use crate::i18n::{ui as t, Lang, Text};

/// The name of what a finding or suggestion is about.
pub fn subject_name(s: Subject) -> Text {
    match s {
        Subject::Dimension(d) => framework::dimension_brief(d).name,
        Subject::Value(q) => framework::value_brief(q).name,
        Subject::Flag(f) => framework::flag_brief(f).name,
        Subject::Average => t::AVERAGE_SUBJECT,
        Subject::Group(_) => t::GROUP_SUBJECT,
        Subject::Lens(l) => crate::i18n::lens::lens(l).name,
    }
}

/// The name of a subject in words: a group by its own name (the user's
/// text), anything else as [`subject_name`].
pub fn subject_label(s: Subject, outcome: &Outcome, lang: Lang) -> String {
    match s {
        Subject::Group(i) => group_name(outcome, i),
        _ => subject_name(s).get(lang).to_owned(),
    }
}

fn group_name(outcome: &Outcome, i: u8) -> String {
    // One line: the name is the user's text and goes into sentences.
    let name = outcome.groups.get(usize::from(i)).map(|g| g.name.as_str()).unwrap_or_default();
    crate::domain::groups::one_line(name)
}

/// The HTML id of the form item a subject refers to, for "go to" links.
pub fn subject_anchor(s: Subject) -> String {
    match s {
        Subject::Dimension(d) => format!("dim-{}", d.key()),
        Subject::Value(q) => format!("val-{}", q.key()),
        Subject::Flag(f) => format!("flag-{}", f.key()),
        Subject::Average => "sec-dims".into(),
        Subject::Group(i) => format!("group-{i}"),
        Subject::Lens(l) => format!("lens-{}", l.key()),
    }
}

/// One finding as a sentence.
pub fn finding(f: &Finding, outcome: &Outcome, lang: Lang) -> String {
    let name = subject_label(f.subject, outcome, lang);
    let with_name = |tx: Text| tx.fill(lang, &[("name", &name)]);
    match f.rule {
        Rule::DimensionCrossesLine => with_name(t::FINDING_DIM_CROSSES),
        Rule::DimensionWeak => with_name(t::FINDING_DIM_WEAK),
        Rule::AverageMediocre => {
            let avg = outcome.average.map(|a| crate::i18n::decimal(a, lang)).unwrap_or_default();
            t::FINDING_AVERAGE.fill(lang, &[("avg", &avg)])
        }
        Rule::NoCustomerValue => t::FINDING_NO_CUSTOMER_VALUE.get(lang).into(),
        Rule::LowCustomerValue => t::FINDING_LOW_CUSTOMER_VALUE.get(lang).into(),
        Rule::ValueImbalance => t::FINDING_IMBALANCE.get(lang).into(),
        Rule::DisguisedSelfInterest => t::FINDING_DISGUISED.get(lang).into(),
        Rule::CustomerValuesClash => t::FINDING_CUSTOMER_CLASH.get(lang).into(),
        Rule::CustomerValuesStrained => t::FINDING_CUSTOMER_STRAINED.get(lang).into(),
        Rule::OrgValuesClash => t::FINDING_ORG_CLASH.get(lang).into(),
        Rule::OrgValuesStrained => t::FINDING_ORG_STRAINED.get(lang).into(),
        Rule::RedFlag | Rule::RedFlags => with_name(t::FINDING_FLAG),
        Rule::GroupCrossesLine => with_name(t::FINDING_GROUP_CROSSES),
        Rule::LensBroken => with_name(crate::i18n::lens::FINDING_LENS),
        Rule::OpenQuestion => with_name(t::FINDING_OPEN),
    }
}

/// The word for a dimension level ("3 Fair").
pub fn level_word(l: Level, lang: Lang) -> String {
    format!("{} {}", l.get(), DIMENSION_SCALE[usize::from(l.get() - 1)].get(lang))
}

/// "Weakest link: Autonomy, Time (2 Weak)", when any dimension is known.
pub fn weakest(outcome: &Outcome, lang: Lang) -> Option<String> {
    let (dims, level) = weakest_parts(outcome, lang)?;
    Some(t::WEAKEST.fill(lang, &[("dims", &dims), ("level", &level)]))
}

/// The weakest dimensions ("Autonomy, Time") and their level ("2 Weak"),
/// when any dimension is known.
pub fn weakest_parts(outcome: &Outcome, lang: Lang) -> Option<(String, String)> {
    let (level, dims) = outcome.weakest.as_ref()?;
    let names: Vec<&str> = dims.iter().map(|d| framework::dimension_brief(*d).name.get(lang)).collect();
    Some((names.join(", "), level_word(*level, lang)))
}

/// How urgent a suggestion is, as a label.
pub fn urgency(s: &Suggestion) -> Text {
    match (s.find_out, s.urgency) {
        (true, _) => t::FIND_OUT,
        (false, Verdict::CrossesLine) => t::URGENCY_MUST,
        (false, Verdict::Conditional) => t::URGENCY_SHOULD,
        (false, Verdict::Desirable) => t::URGENCY_COULD,
    }
}

/// The concrete advice lines for a suggestion, in words.
pub fn advice_lines(s: &Suggestion, outcome: &Outcome, lang: Lang) -> Vec<String> {
    match s.subject {
        Subject::Group(i) => vec![t::ADVICE_GROUP.fill(lang, &[("name", &group_name(outcome, i))])],
        _ => advice(s).iter().map(|x| x.get(lang).to_owned()).collect(),
    }
}

/// The concrete advice lines for a suggestion (none for a group: see
/// [`advice_lines`]).
pub fn advice(s: &Suggestion) -> Vec<Text> {
    let (advice, find_out): (&[Text], Text) = match s.subject {
        Subject::Dimension(d) => {
            let x = framework::dimension(d);
            (x.advice, x.find_out)
        }
        Subject::Value(q) => {
            let x = framework::value(q);
            (x.advice, x.find_out)
        }
        Subject::Flag(f) => {
            let x = framework::flag(f);
            (x.advice, x.find_out)
        }
        Subject::Average | Subject::Group(_) | Subject::Lens(_) => (&[], t::FINDING_OPEN),
    };
    if s.find_out {
        vec![find_out]
    } else {
        advice.to_vec()
    }
}
