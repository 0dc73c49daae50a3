//! Answers and items in words.

use super::escape::{escape_cell, own};
use crate::domain::compare::Item;
use crate::domain::roundtable as round;
use crate::domain::*;
use crate::explain;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang, Text};

pub(super) fn dimension_answer(a: &Assessment, d: DimensionId, lang: Lang) -> String {
    match a.dimension(d).answer {
        None => t::NOT_ANSWERED.get(lang).into(),
        Some(Answer::Unknown) => t::UNKNOWN.get(lang).into(),
        Some(Answer::Level(l)) => explain::level_word(l, lang),
    }
}

pub(super) fn value_answer(a: &Assessment, q: ValueQuestion, lang: Lang) -> String {
    match a.value(q).answer {
        None => t::NOT_ANSWERED.get(lang).into(),
        Some(Answer::Unknown) => t::UNKNOWN.get(lang).into(),
        Some(Answer::Level(l)) => {
            format!("{} {}", l.get(), framework::value_scale(q)[usize::from(l.get() - 1)].get(lang))
        }
    }
}

pub(super) fn flag_answer(a: &Assessment, f: RedFlag, lang: Lang) -> String {
    match a.flag(f).answer {
        None => t::NOT_ANSWERED.get(lang).into(),
        Some(x) => t::flag_answer(x).get(lang).into(),
    }
}

/// The form's label of an idea field.
pub fn idea_label(f: IdeaField) -> Text {
    match f {
        IdeaField::Title => t::IDEA_TITLE,
        IdeaField::Action => t::IDEA_ACTION,
        IdeaField::Audience => t::IDEA_AUDIENCE,
        IdeaField::Channel => t::IDEA_CHANNEL,
        IdeaField::Moment => t::IDEA_MOMENT,
        IdeaField::Data => t::IDEA_DATA,
        IdeaField::Message => t::IDEA_MESSAGE,
    }
}

/// The name of a comparable item.
pub fn item_name(item: Item) -> Text {
    match item {
        Item::Idea(f) => idea_label(f),
        Item::Dimension(d) => framework::dimension_brief(d).name,
        Item::Value(q) => framework::value_brief(q).name,
        Item::OrgValues => t::ORG_VALUES,
        Item::Flag(f) => framework::flag_brief(f).name,
    }
}

/// The title as one escaped line, or the "untitled" text.
pub(super) fn title_line(a: &Assessment, lang: Lang) -> String {
    let title = escape_cell(&a.idea.title);
    if title.is_empty() {
        own(t::START_UNTITLED.get(lang))
    } else {
        title
    }
}
/// The answer of an item, in words ("4 Good", "Not known yet", "Yes").
pub fn item_answer(a: &Assessment, item: Item, lang: Lang) -> String {
    match item {
        Item::Dimension(d) => dimension_answer(a, d, lang),
        Item::Value(q) => value_answer(a, q, lang),
        Item::Flag(f) => flag_answer(a, f, lang),
        Item::Idea(_) | Item::OrgValues => String::new(),
    }
}

/// The note (or, for text items, the text) of an item.
pub(super) fn item_text(a: &Assessment, item: Item) -> &str {
    match item {
        Item::Idea(f) => a.idea.get(f),
        Item::Dimension(d) => &a.dimension(d).note,
        Item::Value(q) => &a.value(q).note,
        Item::OrgValues => &a.org_values,
        Item::Flag(f) => &a.flag(f).note,
    }
}

/// The comparison item of a round-table item, for [`item_name`] and
/// [`item_answer`]; none for a lens question.
pub(super) fn compare_item(item: round::Item) -> Option<Item> {
    Item::try_from(item).ok()
}
