//! Field paths in words, for telling a tab what it lost ("Name of the idea",
//! "Time: note", "answers of Ann: Trust: answer").

use crate::domain::lens::{self, LensId};
use crate::domain::roundtable::RoundTable;
use crate::domain::{DimensionId, IdeaField, RedFlag, ValueQuestion};
use crate::i18n::framework;
use crate::i18n::lens as tl;
use crate::i18n::message as m;
use crate::i18n::{ui as t, Lang};
use crate::report::idea_label;

/// A path inside an assessment (`idea.title`, `dimensions.time.note`) in words.
fn assessment_label(rest: &str, lang: Lang) -> Option<String> {
    if let Some(group) = rest.strip_prefix("groups.") {
        // `g1x.name`, `g1x.overrides.dimensions.time.note`: "Customer group: Time: note".
        let inner = group.split_once('.').map_or("", |(_, inner)| inner);
        let what = match inner {
            "name" => Some(t::FIELD_GROUP_NAME.get(lang).to_owned()),
            "description" => Some(t::FIELD_GROUP_DESCRIPTION.get(lang).to_owned()),
            "share" => Some(t::FIELD_GROUP_SHARE.get(lang).to_owned()),
            _ => inner.strip_prefix("overrides.").and_then(|o| assessment_label(o, lang)),
        };
        let head = t::GROUP_SUBJECT.get(lang);
        return Some(what.map_or_else(|| head.to_owned(), |w| format!("{head}: {w}")));
    }
    let mut parts = rest.split('.');
    let (group, key, part) = (parts.next()?, parts.next(), parts.next());
    let part_word = |p: Option<&str>| match p {
        Some("note") => t::FIELD_NOTE.get(lang),
        _ => t::FIELD_SCORE.get(lang),
    };
    let name: &str = match (group, key) {
        ("idea", Some(k)) => {
            return IdeaField::ALL.into_iter().find(|f| f.key() == k).map(|f| idea_label(f).get(lang).to_owned())
        }
        ("org_values", None) => return Some(t::ORG_VALUES.get(lang).to_owned()),
        ("message_check", Some("lang")) => return Some(m::TEXT_LANG.get(lang).to_owned()),
        ("message_check", Some("versions")) => return Some(m::VERSIONS.get(lang).to_owned()),
        ("lenses", _) => return lens_label(rest, lang),
        ("dimensions", Some(k)) => {
            framework::dimension_brief(DimensionId::ALL.into_iter().find(|d| d.key() == k)?).name.get(lang)
        }
        ("values", Some(k)) => {
            framework::value_brief(ValueQuestion::ALL.into_iter().find(|q| q.key() == k)?).name.get(lang)
        }
        ("flags", Some(k)) => framework::flag_brief(RedFlag::ALL.into_iter().find(|f| f.key() == k)?).name.get(lang),
        _ => return None,
    };
    Some(format!("{name}: {}", part_word(part)))
}

/// A lens field in words: "Lenses", "Contact plan", "Customer journey",
/// "B = MAP (…): question 2: answer".
fn lens_label(rest: &str, lang: Lang) -> Option<String> {
    let mut parts = rest.split('.').skip(1);
    let word = match parts.next()? {
        "on" => tl::LENSES,
        "plan" => tl::PLAN,
        "journey" => tl::JOURNEY,
        _ => {
            let l = LensId::from_key(parts.next()?)?;
            let key = parts.next()?;
            let question = match lens::extra_index(key) {
                Some(i) => format!("{} {}", tl::EXTRA_QUESTION.get(lang), i + 1),
                None => {
                    let n = lens::questions(l).iter().position(|q| q.key == key)? + 1;
                    tl::QUESTION.fill(lang, &[("n", &n.to_string())])
                }
            };
            let part = if parts.next() == Some("note") { t::FIELD_NOTE } else { t::FIELD_SCORE };
            return Some(format!("{}: {question}: {}", tl::lens(l).name.get(lang), part.get(lang)));
        }
    };
    Some(word.get(lang).to_owned())
}

/// A field's path in words; the path itself when it is not one the app
/// knows (a newer version's field).
pub fn field_label(path: &str, table: Option<&RoundTable>, lang: Lang) -> String {
    let known = if let Some(rest) = path.strip_prefix("assessment.") {
        assessment_label(rest, lang)
    } else if let Some(rest) = path.strip_prefix("agreed.") {
        assessment_label(rest, lang).map(|l| format!("{l} ({})", t::FIELD_AGREED.get(lang)))
    } else if let Some(rest) = path.strip_prefix("participants.") {
        let (id, inner) = rest.split_once('.').unwrap_or((rest, ""));
        let name = table.and_then(|tb| tb.participant(id)).map_or(id, |p| p.label.as_str());
        let whose = t::FIELD_ANSWERS_OF.fill(lang, &[("name", name)]);
        match inner.strip_prefix("answers.").and_then(|a| assessment_label(a, lang)) {
            Some(l) => Some(format!("{whose}: {l}")),
            None => Some(whose),
        }
    } else {
        match path {
            "name" => Some(t::RT_NAME.get(lang).to_owned()),
            "decisions" => Some(t::RT_DECISIONS.get(lang).to_owned()),
            "actions" => Some(t::RT_ACTIONS.get(lang).to_owned()),
            "mode" => Some(t::RT_MODE.get(lang).to_owned()),
            "timebox_minutes" => Some(t::RT_TIMEBOX.get(lang).to_owned()),
            "group" => Some(t::RT_FOR_LEGEND.get(lang).to_owned()),
            _ => None,
        }
    };
    known.unwrap_or_else(|| path.to_owned())
}
