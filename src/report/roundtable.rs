//! The record of a round-table session, and its JSON file.

use super::doc::{bold, footer, meta, organisation, own_all, Doc};
use super::escape::{escape_cell, escape_inline, own};
use super::words::{compare_item, item_answer, item_name, title_line};
use crate::config::OrgConfig;
use crate::domain::roundtable::{self as round, Mode, Phase, RoundTable};
use crate::domain::scoring;
use crate::domain::*;
use crate::i18n::lens as lens_text;
use crate::i18n::report as r;
use crate::i18n::{ui as t, Lang};

/// The `format` of a round-table export ([`roundtable_json`]).
pub const ROUNDTABLE_FORMAT: &str = "wenselijk-roundtable";
/// The `version` of a round-table export.
pub const ROUNDTABLE_VERSION: u32 = 1;
/// An item's name: a lens question as "lens: question".
fn item_title(item: round::Item, org: &OrgConfig, lang: Lang) -> String {
    match (compare_item(item), item) {
        (Some(c), _) => own(item_name(c).get(lang)),
        (None, round::Item::Lens(l, i)) => {
            let question = lens_text::question(l, usize::from(i), org.lenses.questions(l), lang);
            format!("{}: {}", own(lens_text::lens(l).name.get(lang)), escape_inline(question))
        }
        (None, _) => String::new(),
    }
}

/// An item's answer in `a`, in words.
fn answer_words(a: &Assessment, item: round::Item, lang: Lang) -> String {
    match (compare_item(item), item.answer_in(a)) {
        (Some(c), _) => own(&item_answer(a, c, lang)),
        (None, Some(round::ItemAnswer::Lens(x))) => own(lens_text::answer(x).get(lang)),
        (None, _) => own(t::NOT_ANSWERED.get(lang)),
    }
}

/// A participant's label as one escaped line; "Participant n" (1-based, in
/// session order) when it is blank.
fn participant_label(label: &str, n: usize, lang: Lang) -> String {
    let l = escape_cell(label);
    if l.is_empty() {
        own(&r::RT_UNNAMED.fill(lang, &[("n", &n.to_string())]))
    } else {
        l
    }
}

/// The record of a round-table session as Markdown, in one language, dated
/// `date_ms`: the session (name, idea, way of working, phase, participants),
/// then every item in [`agenda`](round::agenda) order with each participant's
/// answer and note, the spread and what the group agreed, then the decisions
/// and action points, and the verdict the assessment `base` gets with the
/// agreed answers written in ([`apply_agreed`](round::apply_agreed)).
pub fn roundtable_markdown(rt: &RoundTable, base: &Assessment, org: &OrgConfig, lang: Lang, date_ms: u64) -> String {
    let mut doc = Doc::new();
    let name = escape_cell(&rt.name);
    doc.heading(1, &if name.is_empty() { own(r::RT_UNTITLED.get(lang)) } else { name });
    doc.para(&format!("{}  \n{}", own(r::RT_RECORD.get(lang)), meta(lang, date_ms)));
    organisation(&mut doc, org, lang);

    // The session.
    doc.heading(2, &own(r::RT_SESSION.get(lang)));
    let mode = match rt.mode {
        Mode::OneDevice => r::RT_MODE_ONE,
        Mode::OwnDevices => r::RT_MODE_OWN,
    };
    let phase = match rt.phase {
        Phase::Scoring => r::RT_PHASE_SCORING,
        Phase::Revealed => r::RT_PHASE_REVEALED,
        Phase::Agreed => r::RT_PHASE_AGREED,
    };
    let items = rt.items(base, &org.lenses.rules().extra);
    let agreed = items.iter().filter(|i| rt.agreed_answer(**i).is_some()).count();
    let mut session = vec![
        format!("{}: {}", bold(r::COL_IDEA.get(lang)), title_line(base, lang)),
        format!("{}: {}", bold(r::RT_MODE.get(lang)), own(mode.get(lang))),
        format!("{}: {}", bold(r::RT_PHASE.get(lang)), own(phase.get(lang))),
        super::group_compare::scored_for_line(rt, base, lang),
    ];
    if let Some(n) = rt.timebox_minutes {
        session.push(own(&r::RT_TIMEBOX.fill(lang, &[("n", &n.to_string())])));
    }
    let total = items.len().to_string();
    session.push(own(&r::RT_AGREED_COUNT.fill(lang, &[("n", &agreed.to_string()), ("total", &total)])));
    doc.list(session);

    // The participants.
    let labels: Vec<String> =
        rt.participants.iter().enumerate().map(|(i, p)| participant_label(&p.label, i + 1, lang)).collect();
    doc.heading(2, &own(&r::RT_PARTICIPANTS.fill(lang, &[("n", &labels.len().to_string())])));
    if labels.is_empty() {
        doc.para(&own(r::RT_NO_PARTICIPANTS.get(lang)));
    } else {
        doc.list(rt.participants.iter().zip(&labels).map(|(p, label)| {
            let status = if p.submitted { r::RT_SUBMITTED } else { r::RT_NOT_SUBMITTED };
            format!("{label} ({})", own(status.get(lang)))
        }));
    }

    // The items, most disagreement first.
    doc.heading(2, &own(r::RT_AGENDA.get(lang)));
    doc.para(&own(r::RT_AGENDA_NOTE.get(lang)));
    let header = own_all(&[r::RT_COL_PARTICIPANT, t::COL_ANSWER, t::NOTE], lang);
    for (i, s) in round::agenda(rt, &items).iter().enumerate() {
        doc.heading(3, &format!("{}. {}", i + 1, item_title(s.item, org, lang)));
        let mut spread = own(&r::RT_SPREAD.fill(
            lang,
            &[
                ("spread", &s.spread.to_string()),
                ("known", &s.known.to_string()),
                ("unknown", &s.unknown.to_string()),
                ("missing", &s.missing.to_string()),
            ],
        ));
        if let Some(m) = s.median {
            spread.push_str(" · ");
            spread.push_str(&own(&r::RT_MEDIAN.fill(lang, &[("median", &crate::i18n::decimal(m, lang))])));
        }
        doc.para(&spread);
        if !rt.participants.is_empty() {
            let rows = rt.participants.iter().zip(&labels).map(|(p, label)| {
                vec![label.clone(), answer_words(&p.answers, s.item, lang), escape_cell(s.item.note_in(&p.answers))]
            });
            doc.table(&header, rows);
        }
        match rt.agreed_answer(s.item) {
            Some((_, reason)) => {
                let answer = answer_words(&rt.agreed, s.item, lang);
                let reason = escape_inline(reason);
                let reason = if reason.is_empty() { own(r::RT_NO_REASON.get(lang)) } else { reason };
                doc.para(&format!(
                    "{}: {answer}  \n{}: {reason}",
                    bold(r::RT_AGREED.get(lang)),
                    bold(r::RT_REASON.get(lang))
                ));
            }
            None => doc.para(&own(r::RT_NOT_AGREED.get(lang))),
        }
    }

    // Decisions and action points.
    doc.heading(2, &own(r::RT_DECISIONS.get(lang)));
    let decisions: Vec<String> = rt.decisions.iter().map(|d| escape_inline(d)).filter(|d| !d.is_empty()).collect();
    if decisions.is_empty() {
        doc.para(&own(r::RT_NO_DECISIONS.get(lang)));
    } else {
        doc.list(decisions);
    }
    doc.heading(2, &own(r::RT_ACTIONS.get(lang)));
    let cell = |s: &str| {
        let c = escape_cell(s);
        if c.is_empty() {
            "–".to_string()
        } else {
            c
        }
    };
    let actions: Vec<Vec<String>> = rt
        .actions
        .iter()
        .filter(|a| [&a.what, &a.who, &a.due].iter().any(|s| !escape_cell(s).is_empty()))
        .map(|a| vec![cell(&a.what), cell(&a.who), cell(&a.due)])
        .collect();
    if actions.is_empty() {
        doc.para(&own(r::RT_NO_ACTIONS.get(lang)));
    } else {
        doc.table(&own_all(&[r::RT_ACTION_WHAT, r::RT_ACTION_WHO, r::RT_ACTION_DUE], lang), actions);
    }

    // The verdict with the agreed answers.
    let before = scoring::evaluate_with(base, &org.scoring());
    let after = scoring::evaluate_with(&round::apply_agreed(rt, base), &org.scoring());
    doc.heading(2, &own(r::RT_RESULT.get(lang)));
    doc.para(&own(r::RT_RESULT_NOTE.get(lang)));
    let hint = match after.verdict {
        None => r::VERDICT_NONE_HINT,
        v => t::verdict_hint(v),
    };
    doc.para(&format!("{}  \n{}", bold(t::verdict_name(after.verdict).get(lang)), own(hint.get(lang))));
    doc.list([
        format!(
            "{} {}",
            bold(&t::CONFIDENCE.fill(lang, &[("level", t::confidence_name(after.confidence).get(lang))])),
            own(&t::CONFIDENCE_DETAIL
                .fill(lang, &[("known", &after.known.to_string()), ("total", &after.total.to_string())]))
        ),
        own(&r::RT_BEFORE.fill(lang, &[("verdict", t::verdict_name(before.verdict).get(lang))])),
    ]);

    footer(&mut doc, lang);
    doc.finish()
}

/// A round-table session as a pretty-printed JSON file:
/// `{"format": "wenselijk-roundtable", "version": 1, "exported": ms,
/// "round_table": …, "assessment": …, "agreed_result": …}`, with the
/// assessment `base` the session is about and `base` with the agreed answers
/// written in ([`apply_agreed`](round::apply_agreed)).
///
/// The session's `secret` is left out (the field is absent, so reading the
/// session back gives an empty secret): a file is easily passed on, and
/// with the secret anyone could make answer codes for the session.
pub fn roundtable_json(rt: &RoundTable, base: &Assessment, exported_at: u64) -> String {
    #[derive(serde::Serialize)]
    struct FileOut<'a> {
        format: &'static str,
        version: u32,
        exported: u64,
        round_table: serde_json::Value,
        assessment: &'a Assessment,
        agreed_result: Assessment,
    }
    // Cleared first, so the secret is not in the output even if removing the
    // key below ever stopped matching.
    let shared = RoundTable { secret: String::new(), ..rt.clone() };
    // Plain structs with string keys: serialising cannot fail.
    // Via text rather than `to_value`: the same value, and the program needs
    // no second serialiser (into `Value`) for every type of the session.
    let mut round_table: serde_json::Value =
        serde_json::to_string(&shared).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
    if let Some(fields) = round_table.as_object_mut() {
        fields.remove("secret");
    }
    let doc = FileOut {
        format: ROUNDTABLE_FORMAT,
        version: ROUNDTABLE_VERSION,
        exported: exported_at,
        round_table,
        assessment: base,
        agreed_result: round::apply_agreed(rt, base),
    };
    crate::codec::to_pretty_json(&doc)
}
