//! The reducer's side of round tables: setup (name, way of working, time
//! box, what the session scores), participants, private scoring, answer
//! codes, reveal, agreement, applying, and a participant's own device.

use super::{display_title, AppState, Notice, ParticipantSession};
use super::{Action, View};
use crate::codec::paste;
use crate::codec::roundtable::{check_duplicate, Duplicate};
use crate::domain::roundtable::{self as rt, Mode, Phase, RoundTable, ScoredFor};
use crate::i18n::ui as t;
use std::rc::Rc;

/// Applies a round-table or participant action (`Rt…`, `OpenInvite`, `P…`);
/// any other action is ignored.
pub(super) fn reduce(s: &mut AppState, action: Action, now: u64) {
    match action {
        Action::RtStart(record_id) => {
            if let Some(r) = s.record(&record_id) {
                let name = t::RT_DEFAULT_NAME.fill(s.lang, &[("title", &display_title(&r.assessment, s.lang))]);
                let id = s.next_id(now);
                let secret = rt::make_secret(now ^ s.seq.rotate_left(32));
                s.tables.push(RoundTable::new(&id, &record_id, &name, Mode::OneDevice, &secret, now));
                s.current_table = Some(id);
                s.scoring_as = None;
                s.view = View::RoundTable;
            }
        }
        Action::RtOpen(id) => {
            if let Some(tb) = s.table(&id) {
                s.current = Some(tb.record_id.clone());
                s.current_table = Some(id);
                s.scoring_as = None;
                s.view = View::RoundTable;
            }
        }
        Action::RtDelete(id) => {
            if let Some(tb) = s.table(&id) {
                let title = tb.name.clone();
                s.undo = Some(s.snapshot());
                s.tables.retain(|x| x.id != id);
                if s.current_table.as_deref() == Some(id.as_str()) {
                    s.current_table = None;
                    if matches!(s.view, View::RoundTable | View::Present) {
                        s.view = if s.current_record().is_some() { View::Assess } else { View::Start };
                    }
                }
                s.notice = Some(Notice::Deleted { title });
            }
        }
        Action::RtRename(name) => s.table_mut(now, |tb| tb.name = name),
        Action::RtMode(mode) => s.table_mut(now, |tb| tb.mode = mode),
        Action::RtTimebox(minutes) => s.table_mut(now, |tb| tb.timebox_minutes = minutes),
        Action::RtGroup(group) => {
            let Some(tb) = s.current_table() else { return };
            let known = match (&group, s.record(&tb.record_id)) {
                (None, _) => true,
                (Some(id), Some(r)) => r.assessment.group(id).is_some(),
                (Some(_), None) => false,
            };
            if known && tb.phase == Phase::Scoring {
                s.table_mut(now, |tb| tb.group = group);
            }
        }
        Action::RtAddParticipant(label) => {
            let lang = s.lang;
            s.table_mut(now, |tb| {
                tb.add_participant(label.trim(), |n| t::RT_ANONYMOUS.fill(lang, &[("n", &n.to_string())]));
            })
        }
        Action::RtRenameParticipant(pid, label) => s.table_mut(now, |tb| {
            tb.rename_participant(&pid, label.trim());
        }),
        Action::RtRemoveParticipant(pid) => {
            if s.scoring_as.as_deref() == Some(pid.as_str()) {
                s.scoring_as = None;
            }
            s.table_mut(now, |tb| {
                tb.remove_participant(&pid);
            })
        }
        Action::RtScoreAs(pid) => s.scoring_as = pid,
        Action::RtSetAnswer(pid, item, answer) => s.table_mut(now, |tb| {
            if let Some(p) = tb.participant_mut(&pid) {
                item.set_in(&mut p.answers, answer);
                p.answers.normalise();
            }
        }),
        Action::RtSetNote(pid, item, note) => s.table_mut(now, |tb| {
            if let Some(p) = tb.participant_mut(&pid) {
                *item.note_mut(&mut p.answers) = note;
                p.answers.normalise();
            }
        }),
        Action::RtDone(pid) => {
            s.table_mut(now, |tb| {
                if let Some(p) = tb.participant_mut(&pid) {
                    p.submitted = true;
                }
            });
            s.scoring_as = None;
        }
        Action::RtAddReturned(ret) => {
            let ret = *ret;
            let Some(tb) = s.current_table() else { return };
            match check_duplicate(tb, &ret) {
                Some(Duplicate::Same { .. }) => s.notice = Some(Notice::AnswersAlreadyAdded { label: ret.label }),
                Some(Duplicate::Conflict { .. }) => s.pending_return = Some(ret),
                None => {
                    let label = ret.label.clone();
                    s.table_mut(now, |tb| {
                        tb.submit(&ret.label, &ret.answers);
                    });
                    s.notice = Some(Notice::AnswersAdded { label });
                }
            }
        }
        Action::RtAddPasted(found) => {
            let Some(tb) = s.current_table() else { return };
            let (report, add) = paste::sort(tb, &found);
            if !add.is_empty() {
                s.undo = Some(s.snapshot());
                s.table_mut(now, |tb| {
                    for ret in &add {
                        tb.submit(&ret.label, &ret.answers);
                    }
                });
            }
            s.notice = Some(Notice::AnswersPasted(report));
        }
        Action::RtReplaceReturned(replace) => {
            if let Some(ret) = s.pending_return.take() {
                if replace {
                    let label = ret.label.clone();
                    s.table_mut(now, |tb| {
                        tb.submit(&ret.label, &ret.answers);
                    });
                    s.notice = Some(Notice::AnswersAdded { label });
                }
            }
        }
        Action::RtReveal => {
            s.scoring_as = None;
            s.table_mut(now, |tb| tb.phase = Phase::Revealed);
        }
        Action::RtUnreveal => s.table_mut(now, |tb| tb.phase = Phase::Scoring),
        Action::RtAgree(item, answer, reason) => s.table_mut(now, |tb| match answer {
            Some(a) => {
                tb.agree(item, a, &reason);
            }
            None => {
                tb.unagree(item);
            }
        }),
        Action::RtAddDecision(text) if !text.trim().is_empty() => {
            s.table_mut(now, |tb| tb.decisions.push(text.trim().to_string()))
        }
        Action::RtRemoveDecision(i) => s.table_mut(now, |tb| {
            if i < tb.decisions.len() {
                tb.decisions.remove(i);
            }
        }),
        Action::RtAddAction(a) if !a.what.trim().is_empty() => s.table_mut(now, |tb| tb.actions.push(a)),
        Action::RtRemoveAction(i) => s.table_mut(now, |tb| {
            if i < tb.actions.len() {
                tb.actions.remove(i);
            }
        }),
        Action::RtApply => {
            let Some(tb) = s.current_table().cloned() else { return };
            let snap = s.snapshot();
            if let Some(r) = s.records.iter_mut().find(|r| r.id == tb.record_id) {
                // A group that was removed since: nothing to write into.
                if tb.scored_for(&r.assessment) == ScoredFor::Missing {
                    return;
                }
                let next = rt::apply_agreed(&tb, &r.assessment);
                if next != r.assessment {
                    let r = Rc::make_mut(r);
                    r.assessment = next;
                    r.updated = now;
                }
                s.undo = Some(snap);
                s.notice = Some(Notice::AgreedApplied);
            }
            s.table_mut(now, |tb| tb.phase = Phase::Agreed);
        }
        Action::OpenInvite(invite) => match s.participant.as_mut() {
            Some(p) if p.invite == *invite => p.left = false,
            _ => s.participant = Some(ParticipantSession::new(*invite)),
        },
        Action::PSetLabel(label) => {
            if let Some(p) = s.participant.as_mut() {
                p.set_label(&label);
            }
        }
        Action::PSetAnswer(item, answer) => {
            if let Some(p) = s.participant.as_mut() {
                p.set_answer(item, answer);
            }
        }
        Action::PSetNote(item, note) => {
            if let Some(p) = s.participant.as_mut() {
                p.set_note(item, note);
            }
        }
        Action::PClose => {
            if let Some(p) = s.participant.as_mut() {
                p.left = true;
            }
        }
        _ => {}
    }
}
