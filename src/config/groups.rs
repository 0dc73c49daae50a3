//! The organisation's own standard customer groups (`groups`) and whether
//! the app's suggested ones are offered (`suggested_groups`).
//!
//! A group needs a usable `name`; without one it is left out. A wrong
//! `description` or a wrong entry in `usual` is left out on its own, and the
//! group is kept. Two groups with the same name (in either language,
//! ignoring case) would look the same when offered: the later one is left
//! out. A dimension named twice in `usual` counts once, without a problem.

use serde_json::Value;

use super::parse::{dimension_of, Parser, DIMENSION_ALIASES, DIMENSION_KEYS};
use super::problems::{Expected, Fallback};
use super::{ConfigProblem, LocalText, OrgGroup, MAX_GROUP_DESCRIPTION_CHARS, MAX_GROUP_NAME_CHARS, MAX_ORG_GROUPS};
use crate::case::eq_ignore_case;
use crate::domain::DimensionId;

const GROUP_KEYS: &[&str] = &["name", "description", "usual"];
const GROUP_ALIASES: &[(&str, &str)] = &[
    ("naam", "name"),
    ("title", "name"),
    ("beschrijving", "description"),
    ("omschrijving", "description"),
    ("dimensions", "usual"),
    ("dimensies", "usual"),
    ("usual_dimensions", "usual"),
];

impl Parser {
    pub(super) fn groups(&mut self, v: &Value) -> Vec<OrgGroup> {
        let Value::Array(items) = v else {
            self.wrong_type("groups", Expected::List, v, Fallback::LeftOut);
            return Vec::new();
        };
        if items.len() > MAX_ORG_GROUPS {
            self.report(ConfigProblem::TooMany { path: "groups".into(), found: items.len(), max: MAX_ORG_GROUPS });
        }
        // Each kept group with its position in the file, for "same name as groups[i]".
        let mut kept: Vec<(usize, OrgGroup)> = Vec::new();
        for (i, item) in items.iter().take(MAX_ORG_GROUPS).enumerate() {
            let path = format!("groups[{i}]");
            let Some(group) = self.group(item, &path) else { continue };
            let same = |t: &LocalText| eq_ignore_case(&t.nl, &group.name.nl) || eq_ignore_case(&t.en, &group.name.en);
            match kept.iter().find(|(_, g)| same(&g.name)) {
                Some((first, _)) => self.report(ConfigProblem::DuplicateGroup { path, first: *first }),
                None => kept.push((i, group)),
            }
        }
        kept.into_iter().map(|(_, g)| g).collect()
    }

    fn group(&mut self, v: &Value, path: &str) -> Option<OrgGroup> {
        let Value::Object(m) = v else {
            self.wrong_type(path, Expected::Object, v, Fallback::GroupLeftOut);
            return None;
        };
        self.unknown_keys(m, path, GROUP_KEYS, GROUP_ALIASES);
        let name_path = format!("{path}.name");
        let name = match m.get("name") {
            Some(n) => self.local_text(n, &name_path, MAX_GROUP_NAME_CHARS, Fallback::GroupLeftOut),
            None => {
                self.report(ConfigProblem::Missing { path: name_path, fallback: Fallback::GroupLeftOut });
                None
            }
        };
        let description = m.get("description").and_then(|d| {
            self.local_text(d, &format!("{path}.description"), MAX_GROUP_DESCRIPTION_CHARS, Fallback::LeftOut)
        });
        let usual = m.get("usual").map(|u| self.usual(u, &format!("{path}.usual"))).unwrap_or_default();
        Some(OrgGroup { name: name?, description: description.unwrap_or_default(), usual })
    }

    /// The dimensions that usually differ, by key, each once, in the file's order.
    fn usual(&mut self, v: &Value, path: &str) -> Vec<DimensionId> {
        let unknown = |path, found, suggestion| ConfigProblem::UnknownDimension { path, found, suggestion };
        let keys = (DIMENSION_KEYS, DIMENSION_ALIASES);
        let found = self.key_list(v, path, Fallback::LeftOut, keys, dimension_of, unknown);
        found.unwrap_or_default().into_iter().map(|(_, d)| d).collect()
    }

    /// `suggested_groups`: `false` hides the app's suggested groups.
    pub(super) fn hide_suggested_groups(&mut self, v: &Value) -> bool {
        match v {
            Value::Bool(show) => !show,
            other => {
                self.wrong_type("suggested_groups", Expected::TrueFalse, other, Fallback::SuggestionsShown);
                false
            }
        }
    }
}
