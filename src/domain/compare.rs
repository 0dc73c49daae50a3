//! What differs between two assessments, item by item; and customer groups
//! side by side: the groups of one idea ([`group_columns`]), or the same
//! group across ideas, matched by name ([`group_names`],
//! [`for_group_name`]). Pure: the words for a comparison live in
//! `crate::report::compare_markdown` and `crate::report::group_compare`.

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

// ---------------------------------------------------------------------------
// Customer groups side by side (issue 12)

use super::roundtable::Item as Scored;

/// Whom a column of a group comparison stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The typical customer: the base answers.
    Typical,
    /// The customer group at this position in the assessment.
    Group(usize),
}

/// `a` without its customer groups: the typical customer's assessment,
/// scored on its own (its verdict is not capped by a group's).
pub fn typical(a: &Assessment) -> Assessment {
    Assessment { groups: Vec::new(), ..a.clone() }
}

/// The typical customer and then every customer group of `a`, in the
/// groups' order, each with the answers it amounts to (a group's own
/// answers where it differs, the base's elsewhere).
pub fn group_columns(a: &Assessment) -> Vec<(Column, Assessment)> {
    std::iter::once((Column::Typical, typical(a)))
        .chain(a.groups.iter().enumerate().map(|(i, g)| (Column::Group(i), g.effective(a))))
        .collect()
}

/// A round-table item as a comparison item; a lens question is none.
impl TryFrom<Scored> for Item {
    type Error = ();
    fn try_from(item: Scored) -> Result<Item, ()> {
        match item {
            Scored::Dimension(d) => Ok(Item::Dimension(d)),
            Scored::Value(q) => Ok(Item::Value(q)),
            Scored::Flag(f) => Ok(Item::Flag(f)),
            Scored::Lens(..) => Err(()),
        }
    }
}

/// True when `item`'s answer in `b` is not the one in `a`.
pub fn answer_differs(a: &Assessment, b: &Assessment, item: Scored) -> bool {
    item.answer_in(a) != item.answer_in(b)
}

/// A customer group's name as found in compared assessments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupName {
    /// The name as first found, trimmed.
    pub name: String,
    /// How many of the assessments have a group by that name.
    pub count: usize,
}

/// The names of the customer groups in `items`, each once: names match
/// ignoring case and surrounding spaces (see
/// [`same_label`](super::roundtable::same_label)); blank names are left
/// out. Names found in more assessments first, then in the order found.
pub fn group_names(items: &[&Assessment]) -> Vec<GroupName> {
    let mut out: Vec<GroupName> = Vec::new();
    for a in items {
        let mut seen_here: Vec<usize> = Vec::new();
        for g in &a.groups {
            let name = g.name.trim();
            if name.is_empty() {
                continue;
            }
            let at = match out.iter().position(|n| super::roundtable::same_label(&n.name, name)) {
                Some(at) => at,
                None => {
                    out.push(GroupName { name: name.to_owned(), count: 0 });
                    out.len() - 1
                }
            };
            // Two groups of one name in one assessment count once.
            if !seen_here.contains(&at) {
                seen_here.push(at);
                out[at].count += 1;
            }
        }
    }
    super::sort_small_by(&mut out, |x, y| y.count.cmp(&x.count));
    out
}

/// The position of `a`'s first customer group named `name` (ignoring case
/// and surrounding spaces).
pub fn group_named(a: &Assessment, name: &str) -> Option<usize> {
    if name.trim().is_empty() {
        return None;
    }
    a.groups.iter().position(|g| super::roundtable::same_label(&g.name, name))
}

/// `a` for the customer group named `name`: the group's position and the
/// answers it amounts to; the typical customer's answers (and `None`) when
/// `a` has no group by that name.
pub fn for_group_name(a: &Assessment, name: &str) -> (Option<usize>, Assessment) {
    match group_named(a, name) {
        Some(i) => (Some(i), a.groups[i].effective(a)),
        None => (None, typical(a)),
    }
}
