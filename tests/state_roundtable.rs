//! The reducer's round-table actions: setup, private scoring, answer codes,
//! reveal, agree, apply, and the participant's device.

use wenselijk::codec::roundtable::{decode_invite, decode_return, encode_invite, encode_return, Invite};
use wenselijk::domain::roundtable::{Item, ItemAnswer, Phase};
use wenselijk::domain::*;
use wenselijk::i18n::Lang;
use wenselijk::state::{reduce, Action, AppState, Notice, View};

fn run(state: AppState, actions: Vec<Action>) -> AppState {
    actions.into_iter().enumerate().fold(state, |s, (i, a)| reduce(&s, a, 1000 + i as u64))
}

fn with_table() -> AppState {
    let s = run(AppState::new(Lang::Nl), vec![Action::LoadExample(ExampleId::ContactCentreOffer)]);
    let id = s.current.clone().unwrap();
    run(s, vec![Action::RtStart(id), Action::RtAddParticipant("Anna".into()), Action::RtAddParticipant(String::new())])
}

const TIME: Item = Item::Dimension(DimensionId::Time);

#[test]
fn start_adds_participants_with_anonymous_labels() {
    let s = with_table();
    assert_eq!(s.view, View::RoundTable);
    let tb = s.current_table().unwrap();
    assert_eq!(tb.record_id, s.current.clone().unwrap());
    let labels: Vec<&str> = tb.participants.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, vec!["Anna", "Deelnemer 1"]);
    assert!(tb.name.starts_with("Ronde tafel: "));
}

#[test]
fn private_scoring_then_reveal_agree_and_apply() {
    let s = with_table();
    let ids: Vec<String> = s.current_table().unwrap().participants.iter().map(|p| p.id.clone()).collect();
    let s = run(
        s,
        vec![
            Action::RtScoreAs(Some(ids[0].clone())),
            Action::RtSetAnswer(ids[0].clone(), TIME, Some(ItemAnswer::Scale(Answer::lv(2)))),
            Action::RtSetNote(ids[0].clone(), TIME, "Te vroeg".into()),
            Action::RtDone(ids[0].clone()),
            Action::RtScoreAs(Some(ids[1].clone())),
            Action::RtSetAnswer(ids[1].clone(), TIME, Some(ItemAnswer::Scale(Answer::lv(5)))),
            Action::RtDone(ids[1].clone()),
        ],
    );
    assert_eq!(s.scoring_as, None);
    let tb = s.current_table().unwrap();
    assert!(tb.all_submitted());
    assert_eq!(tb.phase, Phase::Scoring);
    let s = run(
        s,
        vec![Action::RtReveal, Action::RtAgree(TIME, Some(ItemAnswer::Scale(Answer::lv(3))), "Na het gesprek".into())],
    );
    assert_eq!(s.current_table().unwrap().phase, Phase::Revealed);
    let before = s.current_record().unwrap().assessment.clone();
    let s = reduce(&s, Action::RtApply, 9000);
    let after = &s.current_record().unwrap().assessment;
    assert_eq!(after.dimension(DimensionId::Time).answer, Some(Answer::lv(3)));
    assert_eq!(after.dimension(DimensionId::Time).note, "Na het gesprek");
    assert_eq!(after.dimension(DimensionId::Place), before.dimension(DimensionId::Place), "others unchanged");
    assert_eq!(s.current_table().unwrap().phase, Phase::Agreed);
    assert_eq!(s.notice, Some(Notice::AgreedApplied));
    // The individual answers are kept in the record of the session.
    assert_eq!(s.current_table().unwrap().participants[0].answers.dimension(DimensionId::Time).note, "Te vroeg");
    // Undo brings the assessment back.
    let s = reduce(&s, Action::Undo, 9001);
    assert_eq!(s.current_record().unwrap().assessment, before);
}

#[test]
fn answer_codes_from_own_devices() {
    let s = with_table();
    let tb = s.current_table().unwrap().clone();
    let idea = s.current_record().unwrap().assessment.idea.clone();
    // The participant's device opens the invite and scores.
    let invite = decode_invite(&encode_invite(&Invite::new(&tb, &idea, Some("Bram")))).unwrap();
    let phone = run(
        AppState::new(Lang::Nl),
        vec![
            Action::OpenInvite(Box::new(invite.clone())),
            Action::PSetAnswer(TIME, Some(ItemAnswer::Scale(Answer::lv(4)))),
            Action::PSetNote(TIME, "Goed moment".into()),
        ],
    );
    let p = phone.participant.clone().unwrap();
    assert_eq!(p.label, "Bram");
    assert!(phone.records.is_empty(), "a participant's device stores no assessment");
    let code = encode_return(&invite.session_id, &invite.secret, &p.label, &p.answers);

    // The facilitator adds it: a third participant appears, submitted.
    let ret = decode_return(&code, &tb.id, &tb.secret).unwrap();
    let s = reduce(&s, Action::RtAddReturned(Box::new(ret.clone())), 5000);
    assert_eq!(s.notice, Some(Notice::AnswersAdded { label: "Bram".into() }));
    let bram = s.current_table().unwrap().participant_by_label("Bram").unwrap().clone();
    assert!(bram.submitted);
    assert_eq!(bram.answers.dimension(DimensionId::Time).answer, Some(Answer::lv(4)));
    // Adding it again changes nothing.
    let again = reduce(&s, Action::RtAddReturned(Box::new(ret)), 5001);
    assert_eq!(again.notice, Some(Notice::AnswersAlreadyAdded { label: "Bram".into() }));
    assert_eq!(again.current_table(), s.current_table());
    // Different answers from the same person wait for a choice.
    let mut changed = p.answers.clone();
    changed.dimension_mut(DimensionId::Time).answer = Some(Answer::lv(1));
    let code2 = encode_return(&invite.session_id, &invite.secret, "Bram", &changed);
    let ret2 = decode_return(&code2, &tb.id, &tb.secret).unwrap();
    let asked = reduce(&s, Action::RtAddReturned(Box::new(ret2)), 6000);
    assert!(asked.pending_return.is_some());
    assert_eq!(asked.current_table(), s.current_table(), "nothing changes before the choice");
    let kept = reduce(&asked, Action::RtReplaceReturned(false), 6001);
    assert_eq!(kept.current_table(), s.current_table());
    let replaced = reduce(&asked, Action::RtReplaceReturned(true), 6001);
    let bram = replaced.current_table().unwrap().participant_by_label("Bram").unwrap();
    assert_eq!(bram.answers.dimension(DimensionId::Time).answer, Some(Answer::lv(1)));
}

#[test]
fn deleting_a_record_deletes_its_round_tables_and_undo_restores_both() {
    let s = with_table();
    let id = s.current.clone().unwrap();
    let s2 = reduce(&s, Action::Delete(id), 7000);
    assert!(s2.tables.is_empty());
    assert_eq!(s2.current_table, None);
    assert_eq!(s2.view, View::Start);
    let s3 = reduce(&s2, Action::Undo, 7001);
    assert_eq!(s3.tables, s.tables);
}

#[test]
fn round_tables_survive_storage() {
    let s = with_table();
    let text = wenselijk::codec::storage::encode(&s.to_saved());
    let back = wenselijk::codec::storage::decode(&text, 1).unwrap();
    assert_eq!(back.tables, s.tables);
    assert_eq!(back.current_table, s.current_table);
}
