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

// ------------------------------------------------------------------ customer groups

use wenselijk::domain::roundtable::ScoredFor;
use wenselijk::state::GroupAction;

/// A round table about an idea with two customer groups (`g1` differing
/// on trust, `g2` on nothing), two participants who scored.
fn with_groups() -> AppState {
    let s = run(
        AppState::new(Lang::En),
        vec![
            Action::New,
            Action::SetIdea(IdeaField::Title, "Year overview".into()),
            Action::Group(GroupAction::Add { name: "People with debts".into(), description: "In arrears.".into() }),
            Action::Group(GroupAction::Add { name: "Young app users".into(), description: String::new() }),
        ],
    );
    let a = &s.current_record().unwrap().assessment;
    assert_eq!(a.groups.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), ["g1", "g2"], "test setup: group ids");
    let id = s.current.clone().unwrap();
    let s = run(
        s,
        vec![
            Action::Group(GroupAction::Answer("g1".into(), TRUST, Some(ItemAnswer::Scale(Answer::lv(2))))),
            Action::RtStart(id),
            Action::RtAddParticipant("Anna".into()),
        ],
    );
    let pid = s.current_table().unwrap().participants[0].id.clone();
    run(s, vec![Action::RtSetAnswer(pid.clone(), TIME, Some(ItemAnswer::Scale(Answer::lv(1)))), Action::RtDone(pid)])
}

const TRUST: Item = Item::Dimension(DimensionId::Trust);

#[test]
fn choosing_whom_the_session_scores() {
    let g = |id: &str| Action::RtGroup(Some(id.to_owned()));
    #[rustfmt::skip]
    let cases: Vec<(&str, Vec<Action>, Option<&str>)> = vec![
        ("a new session scores the typical customer", vec![], None),
        ("a group of the assessment", vec![g("g1")], Some("g1")),
        ("another group", vec![g("g1"), g("g2")], Some("g2")),
        ("back to the typical customer", vec![g("g1"), Action::RtGroup(None)], None),
        ("a group the assessment does not have: ignored", vec![g("g1"), g("g9")], Some("g1")),
        ("not after the reveal", vec![Action::RtReveal, g("g1")], None),
        ("again while scoring", vec![Action::RtReveal, Action::RtUnreveal, g("g1")], Some("g1")),
    ];
    for (name, actions, want) in cases {
        let s = run(with_groups(), actions);
        assert_eq!(s.current_table().unwrap().group.as_deref(), want, "{name}");
    }
}

#[test]
fn applying_a_group_session_changes_the_groups_answers_and_undo_restores() {
    let s = run(with_groups(), vec![Action::RtGroup(Some("g1".into())), Action::RtReveal]);
    let before = s.current_record().unwrap().assessment.clone();
    let s = run(
        s,
        vec![
            Action::RtAgree(TIME, Some(ItemAnswer::Scale(Answer::lv(2))), "Not in December".into()),
            Action::RtAgree(TRUST, Some(ItemAnswer::Scale(Answer::lv(3))), String::new()),
            Action::RtApply,
        ],
    );
    assert_eq!(s.notice, Some(Notice::AgreedApplied));
    assert_eq!(s.current_table().unwrap().phase, Phase::Agreed);
    let after = &s.current_record().unwrap().assessment;
    let g1 = after.group("g1").unwrap();
    assert_eq!((g1.answer(TIME), g1.note(TIME)), (Some(ItemAnswer::Scale(Answer::lv(2))), "Not in December"));
    assert_eq!(g1.answer(TRUST), Some(ItemAnswer::Scale(Answer::lv(3))));
    assert_eq!(after.dimensions, before.dimensions, "the typical customer's answers are unchanged");
    assert_eq!(after.group("g2"), before.group("g2"));
    let undone = reduce(&s, Action::Undo, 9999);
    assert_eq!(undone.current_record().unwrap().assessment, before);
}

#[test]
fn a_removed_group_keeps_the_table_working() {
    let s = run(with_groups(), vec![Action::RtGroup(Some("g1".into())), Action::RtReveal]);
    let s = run(s, vec![Action::RtAgree(TIME, Some(ItemAnswer::Scale(Answer::lv(2))), String::new())]);
    let tb = s.current_table().unwrap().clone();
    let s = reduce(&s, Action::Group(GroupAction::Remove("g1".into())), 8000);
    assert_eq!(s.notice, Some(Notice::GroupRemoved { name: "People with debts".into() }));
    let a = s.current_record().unwrap().assessment.clone();
    assert_eq!(s.current_table(), Some(&tb), "the table stays as it was");
    assert_eq!(tb.scored_for(&a), ScoredFor::Missing);
    assert_eq!(Invite::for_table(&tb, &a, None).group, None, "an invite names no group that is gone");
    // Applying writes nothing and says nothing; the undo of the removal stays.
    let applied = reduce(&s, Action::RtApply, 8001);
    assert_eq!(applied.current_record().unwrap().assessment, a);
    assert_eq!(applied.notice, s.notice);
    assert_eq!(applied.current_table().unwrap().phase, Phase::Revealed);
    assert!(rt_agenda_reads(&applied));
    // Undoing the removal brings the group back, and applying works again.
    let back = reduce(&applied, Action::Undo, 8002);
    assert_eq!(
        back.current_table().unwrap().scored_for(&back.current_record().unwrap().assessment),
        ScoredFor::Group(back.current_record().unwrap().assessment.group("g1").unwrap())
    );
    let applied = reduce(&back, Action::RtApply, 8003);
    assert_eq!(applied.notice, Some(Notice::AgreedApplied));
    let g1 = applied.current_record().unwrap().assessment.group("g1").cloned().unwrap();
    assert_eq!(g1.answer(TIME), Some(ItemAnswer::Scale(Answer::lv(2))));
}

/// The agenda and the record still read for a table whose group is gone.
fn rt_agenda_reads(s: &AppState) -> bool {
    let tb = s.current_table().unwrap();
    let a = &s.current_record().unwrap().assessment;
    let md = wenselijk::report::roundtable_markdown(tb, a, &s.config, s.lang, 0);
    wenselijk::domain::roundtable::agenda(tb, &wenselijk::domain::roundtable::Item::ALL).len() == 17
        && md.contains("Scored for: a customer group that no longer exists")
}

#[test]
fn a_participant_device_keeps_the_group_of_its_invite() {
    let s = run(with_groups(), vec![Action::RtGroup(Some("g1".into()))]);
    let tb = s.current_table().unwrap().clone();
    let invite =
        decode_invite(&encode_invite(&Invite::for_table(&tb, &s.current_record().unwrap().assessment, None))).unwrap();
    assert_eq!(
        (invite.group.as_deref(), invite.group_description.as_str()),
        (Some("People with debts"), "In arrears.")
    );
    let phone = reduce(&AppState::new(Lang::En), Action::OpenInvite(Box::new(invite.clone())), 1);
    assert_eq!(phone.participant.as_ref().unwrap().invite, invite);
    // It survives the device's storage.
    let text = wenselijk::codec::storage::encode(&phone.to_saved());
    let back = wenselijk::codec::storage::decode(&text, 1).unwrap();
    assert_eq!(back.participant, phone.participant);
}

/// The golden rule "do not bother the customer unnecessarily".
const BOTHER: Item = Item::Lens(wenselijk::domain::lens::LensId::GoldenRules, 2);

#[test]
fn lens_questions_from_the_phone_to_the_agreed_assessment() {
    use wenselijk::domain::lens::{LensAnswer, LensId};
    let mut s = with_table();
    let record = s.records.iter_mut().find(|r| Some(&r.id) == s.current.as_ref()).unwrap();
    let lenses = &mut std::rc::Rc::make_mut(record).assessment.lenses;
    *lenses = Default::default();
    lenses.switch(LensId::GoldenRules, true);
    let tb = s.current_table().unwrap().clone();
    let a = s.current_record().unwrap().assessment.clone();
    let invite = decode_invite(&encode_invite(&Invite::for_table(&tb, &a, Some("Bram")))).unwrap();
    assert_eq!(invite.lenses, [LensId::GoldenRules]);

    // The phone answers the lens question, with a note; it survives the phone's storage.
    let no = Some(ItemAnswer::Lens(LensAnswer::No));
    let phone = run(
        AppState::new(Lang::Nl),
        vec![
            Action::OpenInvite(Box::new(invite.clone())),
            Action::PSetAnswer(BOTHER, no),
            Action::PSetNote(BOTHER, "Al de derde keer".into()),
            Action::PSetAnswer(BOTHER, Some(ItemAnswer::Lens(LensAnswer::Level(Level::new(2).unwrap())))),
        ],
    );
    let p = phone.participant.clone().unwrap();
    assert_eq!(BOTHER.answer_in(&p.answers), no, "an answer of the wrong kind changes nothing");
    let text = wenselijk::codec::storage::encode(&phone.to_saved());
    assert_eq!(wenselijk::codec::storage::decode(&text, 1).unwrap().participant, phone.participant);

    // The facilitator adds the code; another participant answers on the shared device.
    let code = encode_return(&invite.session_id, &invite.secret, &p.label, &p.answers);
    let s = reduce(&s, Action::RtAddReturned(Box::new(decode_return(&code, &tb.id, &tb.secret).unwrap())), 5000);
    let bram = s.current_table().unwrap().participant_by_label("Bram").unwrap().clone();
    assert_eq!((BOTHER.answer_in(&bram.answers), BOTHER.note_in(&bram.answers)), (no, "Al de derde keer"));
    let anna = tb.participants[0].id.clone();
    let s = run(s, vec![Action::RtSetAnswer(anna.clone(), BOTHER, Some(ItemAnswer::Lens(LensAnswer::Yes)))]);
    let tb = s.current_table().unwrap().clone();
    let items = tb.items(&a, &s.config.lenses.rules().extra);
    assert_eq!(items.len(), 17 + 6);
    assert_eq!(wenselijk::domain::roundtable::agenda(&tb, &items)[0].item, BOTHER, "yes and no: most disagreement");

    // Agreed and applied: the assessment's lens answer, with the reason; undo restores.
    let s = run(s, vec![Action::RtReveal, Action::RtAgree(BOTHER, no, "Eén keer per week is genoeg".into())]);
    let before = s.current_record().unwrap().assessment.clone();
    let s = reduce(&s, Action::RtApply, 9000);
    let after = &s.current_record().unwrap().assessment;
    assert_eq!(after.lenses.answer(LensId::GoldenRules, "bother"), Some(LensAnswer::No));
    assert_eq!(after.lenses.entry(LensId::GoldenRules, "bother").note, "Eén keer per week is genoeg");
    assert_eq!(after.lenses.on, before.lenses.on);
    let md = wenselijk::report::roundtable_markdown(s.current_table().unwrap(), after, &s.config, Lang::Nl, 0);
    assert!(md.contains(wenselijk::i18n::lens::lens(LensId::GoldenRules).questions[2].nl), "{md}");
    let s = reduce(&s, Action::Undo, 9001);
    assert_eq!(s.current_record().unwrap().assessment, before);
}

#[test]
fn a_participant_who_leaves_keeps_the_answers_and_gets_them_back_with_the_same_invite() {
    let s = with_table();
    let tb = s.current_table().unwrap().clone();
    let invite = Invite::for_table(&tb, &s.current_record().unwrap().assessment, None);
    let three = Some(ItemAnswer::Scale(Answer::Level(Level::new(3).unwrap())));
    let phone = run(
        AppState::new(Lang::En),
        vec![
            Action::OpenInvite(Box::new(invite.clone())),
            Action::PSetLabel("Bram".into()),
            Action::PSetAnswer(TIME, three),
        ],
    );
    let left = run(phone.clone(), vec![Action::PClose]);
    assert!(left.participating().is_none(), "the session is no longer shown");
    let kept = left.participant.as_ref().unwrap();
    assert_eq!((kept.label.as_str(), TIME.answer_in(&kept.answers)), ("Bram", three), "the answers stay");
    // It survives the device's storage.
    let back = wenselijk::codec::storage::decode(&wenselijk::codec::storage::encode(&left.to_saved()), 1).unwrap();
    assert_eq!(back.participant, left.participant);
    // The same invite brings them back; another one starts afresh.
    let again = run(left.clone(), vec![Action::OpenInvite(Box::new(invite.clone()))]);
    assert_eq!(again.participating(), phone.participating());
    let other = Invite { session_id: "other".into(), ..invite };
    let fresh = run(left, vec![Action::OpenInvite(Box::new(other))]);
    assert_eq!(fresh.participating().map(|p| p.answers.clone()), Some(Assessment::default()));
}
