//! What differs between two assessments, item by item. Pure: the words for
//! a comparison live in `crate::report::compare_markdown`.

use super::model::*;

/// One comparable item of an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    Idea(IdeaField),
    Dimension(DimensionId),
    Value(ValueQuestion),
    /// The values the organisation says it stands for.
    OrgValues,
    Flag(RedFlag),
}

impl Item {
    /// Every item, in the stable order [`diff`] reports them: idea fields,
    /// dimensions, value questions, the organisation's values, red flags.
    pub fn all() -> impl Iterator<Item = Item> {
        IdeaField::ALL
            .into_iter()
            .map(Item::Idea)
            .chain(DimensionId::ALL.into_iter().map(Item::Dimension))
            .chain(ValueQuestion::ALL.into_iter().map(Item::Value))
            .chain(std::iter::once(Item::OrgValues))
            .chain(RedFlag::ALL.into_iter().map(Item::Flag))
    }
}

/// One item that differs.
///
/// For [`Item::Idea`] and [`Item::OrgValues`], which are text only,
/// `answer_changed` is always false and `note_changed` means the text changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Change {
    pub item: Item,
    pub answer_changed: bool,
    pub note_changed: bool,
}

/// Texts count as the same when they only differ in surrounding whitespace.
fn same_text(x: &str, y: &str) -> bool {
    x.trim() == y.trim()
}

/// The changes from `a` to `b`, in the order of [`Item::all`]. Identical
/// assessments give no changes. Whether either started from an example is
/// not compared.
pub fn diff(a: &Assessment, b: &Assessment) -> Vec<Change> {
    Item::all()
        .filter_map(|item| {
            let (answer_changed, note_changed) = match item {
                Item::Idea(f) => (false, !same_text(a.idea.get(f), b.idea.get(f))),
                Item::Dimension(d) => entry_changes(a.dimension(d), b.dimension(d)),
                Item::Value(q) => entry_changes(a.value(q), b.value(q)),
                Item::OrgValues => (false, !same_text(&a.org_values, &b.org_values)),
                Item::Flag(f) => {
                    let (x, y) = (a.flag(f), b.flag(f));
                    (x.answer != y.answer, !same_text(&x.note, &y.note))
                }
            };
            (answer_changed || note_changed).then_some(Change { item, answer_changed, note_changed })
        })
        .collect()
}

fn entry_changes(x: &Entry, y: &Entry) -> (bool, bool) {
    (x.answer != y.answer, !same_text(&x.note, &y.note))
}

/// How many steps dimension `d` moved from `a` to `b` (b's level minus a's),
/// when both have a level.
pub fn dimension_delta(a: &Assessment, b: &Assessment, d: DimensionId) -> Option<i8> {
    let (x, y) = (a.dimension_level(d)?, b.dimension_level(d)?);
    // Levels are 1..=5, so the difference always fits.
    Some(y.get() as i8 - x.get() as i8)
}
